// Facts the estimator derives from a profile, checked against figures stated independently of our data:
// the bandwidths vela.ini's own comments give for each system config, and Vela's documented rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  arenaSizeLimit,
  axiWidthBytes,
  builtinTarget,
  builtinTargets,
  effectiveMemory,
  isSramOnly,
  memAreaKey,
  memoryBandwidth,
  memoryRoles,
  memoryTiming,
  npuCores,
  reportedBandwidth,
  reportedConstArea,
  resolveTargets,
  VELA_MEMORY_DEFAULTS,
  type MemArea,
} from '../../src/targets/index.js';
import { describeShared, sharedDir } from '../helpers/shared.js';

describe('derived facts', () => {
  test('AXI width follows the system-config name', () => {
    expect(axiWidthBytes('Ethos_U55_High_End_Embedded')).toBe(8);
    expect(axiWidthBytes('Ethos_U65_High_End')).toBe(16);
    expect(axiWidthBytes('Ethos_U85_SYS_DRAM_Mid')).toBe(16);
    expect(axiWidthBytes('My_U55_System')).toBe(16);
  });

  test('bandwidth = clock scale x AXI width x ports, per built-in', () => {
    expect(memoryBandwidth(builtinTarget('ethos-u55-128'), 'Sram')).toBe(8);
    expect(memoryBandwidth(builtinTarget('ethos-u55-128'), 'OffChipFlash')).toBe(1);
    expect(memoryBandwidth(builtinTarget('ethos-u65-512'), 'Sram')).toBe(16);
    expect(memoryBandwidth(builtinTarget('ethos-u65-512'), 'Dram')).toBe(3.75);
    expect(memoryBandwidth(builtinTarget('ethos-u85-128'), 'Sram')).toBe(32);
    expect(memoryBandwidth(builtinTarget('ethos-u85-128'), 'Dram')).toBe(7.5);
    expect(memoryBandwidth(builtinTarget('ethos-u85-256'), 'Dram')).toBe(12);
    expect(memoryBandwidth(builtinTarget('ethos-u85-2048'), 'Sram')).toBe(64);
    expect(memoryBandwidth(builtinTarget('ethos-u85-2048'), 'Dram')).toBe(24);
  });

  test('the core holds bandwidth as float32 text with 6 decimals', () => {
    const text = (scale: string) =>
      `[System_Config.S]\ncore_clock=1e9\naxi0_port=Sram\naxi1_port=Dram\nSram_clock_scale=${scale}\nDram_clock_scale=0.5\n` +
      '[Memory_Mode.M]\nconst_mem_area=Axi1\narena_mem_area=Axi1\ncache_mem_area=Axi0\n';
    const bw = (scale: string) =>
      memoryBandwidth(resolveTargets(['ethos-u85-256:S:M'], [{ path: 'b.ini', text: text(scale) }])[0], 'Sram');
    expect(bw('0.1')).toBe(Math.fround(1.6));
    expect(bw('0.1')).not.toBe(1.6);
    expect(bw('0.0000001')).toBe(Math.fround(0.0001));
  });

  test('NPU cores per configuration', () => {
    const cores = Object.fromEntries(builtinTargets().map((t) => [t.id, npuCores(t)]));
    expect(cores).toEqual({
      'ethos-u55-32': 1,
      'ethos-u55-64': 1,
      'ethos-u55-128': 1,
      'ethos-u55-256': 1,
      'ethos-u65-256': 1,
      'ethos-u65-512': 2,
      'ethos-u85-128': 1,
      'ethos-u85-256': 1,
      'ethos-u85-512': 2,
      'ethos-u85-1024': 4,
      'ethos-u85-2048': 4,
    });
  });

  test('the core takes the AXI width from the name, the summary from the accelerator', () => {
    // A U55 given a U65 system config: 16-byte width in the estimate, 8 in the printed GB/s, as in Vela.
    const [t] = resolveTargets(['ethos-u55-256:Ethos_U65_High_End:Shared_Sram']);
    expect(memoryBandwidth(t, 'Sram')).toBe(16);
    expect(reportedBandwidth(t, 'Sram')).toBe(8);
  });

  test('missing settings take Vela defaults; the core raises max_writes=0 to 1', () => {
    const u55 = builtinTarget('ethos-u55-256');
    expect(u55.systemConfig.memories.Sram?.portsUsed).toBe(1);
    expect(memoryTiming(u55, 'Dram')).toEqual(VELA_MEMORY_DEFAULTS);
    const [flash] = resolveTargets(['ethos-u85-256:Ethos_U85_SYS_Flash_High:Shared_Sram']);
    expect(flash.systemConfig.memories.OffChipFlash?.maxWrites).toBe(0);
    expect(effectiveMemory(flash, 'OffChipFlash')).toEqual({
      area: 'OffChipFlash',
      bandwidth: 1,
      readLatency: 64,
      writeLatency: 0,
      burstLength: 128,
      portsUsed: 1,
      maxReads: 2,
      maxWrites: 1,
    });
  });

  test('memory area keys of the report contract', () => {
    expect(['Sram', 'Dram', 'OnChipFlash', 'OffChipFlash'].map((a) => memAreaKey(a as MemArea))).toEqual([
      'sram',
      'dram',
      'onChipFlash',
      'offChipFlash',
    ]);
  });

  test('memory roles of the built-in memory modes', () => {
    expect(memoryRoles(builtinTarget('ethos-u55-256'))).toEqual({
      const: 'OffChipFlash',
      featureMaps: 'Sram',
      staging: 'Sram',
    });
    expect(memoryRoles(builtinTarget('ethos-u85-512'))).toEqual({
      const: 'Dram',
      featureMaps: 'Dram',
      staging: 'Sram',
    });
    expect(reportedConstArea(builtinTarget('ethos-u65-256'))).toBe('Dram');
  });

  test('Sram_Only: the core keeps constants in Sram, the summary reports them as OnChipFlash', () => {
    const [t] = resolveTargets(['ethos-u55-128:Ethos_U55_High_End_Embedded:Sram_Only']);
    expect(isSramOnly(t)).toBe(true);
    expect(memoryRoles(t)).toEqual({ const: 'Sram', featureMaps: 'Sram', staging: 'Sram' });
    expect(reportedConstArea(t)).toBe('OnChipFlash');
    expect(reportedBandwidth(t, 'OnChipFlash')).toBe(reportedBandwidth(t, 'Sram'));
    expect(isSramOnly(builtinTarget('ethos-u55-128'))).toBe(false);
  });

  test('arena size limit: the memory mode, else the AXI address space', () => {
    expect(arenaSizeLimit(builtinTarget('ethos-u55-64'))).toBe(2 ** 32);
    expect(arenaSizeLimit(builtinTarget('ethos-u65-512'))).toBe(393216);
    expect(arenaSizeLimit(resolveTargets(['ethos-u85-256:Ethos_U85_SYS_DRAM_Mid:Shared_Sram'])[0])).toBe(2 ** 40);
    expect(arenaSizeLimit(resolveTargets(['ethos-u65-256:Ethos_U65_High_End:Dedicated_Sram_256KB'])[0])).toBe(262144);
  });
});

describeShared("bandwidths match the GB/s vela.ini's comments state for each system config", () => {
  // e.g. "; SRAMx4 (64 GB/s) and DRAMx2 (24 GB/s)" above [System_Config.Ethos_U85_SYS_DRAM_High]
  const lines = readFileSync(join(sharedDir, 'mlia/vela.ini'), 'utf8').split(/\r?\n/);
  const stated = lines.flatMap((line, i) => {
    const name = /^\[System_Config\.(.+)\]/.exec(line)?.[1];
    if (!name) return [];
    const comment = lines[i - 1];
    const gbs = (what: RegExp) => Number(what.exec(comment)?.[1]);
    return [
      {
        name,
        sram: gbs(/SRAM(?:x\d)? \(([\d.]+) GB\/s\)/),
        other: gbs(/(?:DRAM|Flash)(?:x\d)? \(([\d.]+) GB\/s\)/),
        otherArea: /DRAM/.test(comment) ? ('Dram' as const) : ('OffChipFlash' as const),
      },
    ];
  });

  test('every system config has a stated figure', () => {
    expect(stated).toHaveLength(11);
    for (const s of stated) expect(Number.isFinite(s.sram) && Number.isFinite(s.other)).toBe(true);
  });

  test.each(stated.map((s) => [s.name, s] as const))('%s', (name, s) => {
    const acc = name.startsWith('Ethos_U55')
      ? 'ethos-u55-256'
      : name.startsWith('Ethos_U65')
        ? 'ethos-u65-256'
        : 'ethos-u85-256';
    const [t] = resolveTargets([`${acc}:${name}:Shared_Sram`]);
    const gbs = (bytesPerCycle: number) => (bytesPerCycle * t.systemConfig.coreClockHz) / 1e9;
    expect(gbs(memoryBandwidth(t, 'Sram'))).toBeCloseTo(s.sram, 9);
    expect(gbs(memoryBandwidth(t, s.otherArea))).toBeCloseTo(s.other, 9);
  });
});
