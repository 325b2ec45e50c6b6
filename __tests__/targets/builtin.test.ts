// The built-in target data against its sources: MLIA's vela.ini and target-profile TOMLs, and the
// configuration Vela 5.1.0 reported in shared/vela-ref.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  arenaSizeLimit,
  builtinTarget,
  builtinTargetIds,
  builtinTargets,
  memAreaDisplayName,
  memoryRoles,
  reportedBandwidth,
  reportedConstArea,
  VELA_MEMORY_DEFAULTS,
  type MemArea,
  type MemoryTiming,
  type TargetProfile,
} from '../../src/targets/index.js';
import { bundledMliaConfig } from '../../src/targets/builtin.js';
import { parseIni, type IniSection } from '../../src/targets/ini.js';
import { memoryModeNames, readMemoryMode, readSystemConfig, systemConfigNames } from '../../src/targets/vela-config.js';
import { describeShared, MLIA_TARGET_IDS, sharedDir } from '../helpers/shared.js';

const MLIA_IDS = MLIA_TARGET_IDS;

const TIMING_KEYS: Record<string, keyof MemoryTiming> = {
  clock_scale: 'clockScale',
  burst_length: 'burstLength',
  read_latency: 'readLatency',
  write_latency: 'writeLatency',
  ports_used: 'portsUsed',
  max_reads: 'maxReads',
  max_writes: 'maxWrites',
};

describe('built-in targets', () => {
  test('MLIA nine plus ethos-u55-32 and -64, in family and MAC order', () => {
    expect(builtinTargetIds()).toEqual(['ethos-u55-32', 'ethos-u55-64', ...MLIA_IDS]);
    for (const t of builtinTargets()) {
      expect(t.acceleratorConfig).toBe(t.id);
      expect(`ethos-${t.family}-${t.macs}`).toBe(t.id);
      expect(t.source).toBe(`builtin:${t.id}`);
    }
  });

  test('the U55-32 and U55-64 are set up like the other U55s', () => {
    const ref = builtinTarget('ethos-u55-256');
    for (const id of ['ethos-u55-32', 'ethos-u55-64']) {
      const t = builtinTarget(id);
      expect(t.systemConfig).toEqual(ref.systemConfig);
      expect(t.memoryMode).toEqual(ref.memoryMode);
    }
  });

  test('lookup is case-insensitive and hands out copies', () => {
    const a = builtinTarget('Ethos-U65-512');
    a.systemConfig.coreClockHz = 1;
    expect(builtinTarget('ethos-u65-512').systemConfig.coreClockHz).toBe(1e9);
  });
});

describeShared('built-in data agrees with the MLIA sources', () => {
  const iniText = readFileSync(join(sharedDir, 'mlia/vela.ini'), 'utf8');
  const ini = parseIni(iniText, 'vela.ini');
  const section = (name: string): IniSection => {
    const s = ini.byName.get(name);
    if (!s) throw new Error(`vela.ini has no [${name}]`);
    return s;
  };

  // Compares the data with the raw key=value text, not with our section reader's output.
  test.each(builtinTargets().map((t) => [t.id, t] as const))('%s: every fact matches vela.ini', (_id, t) => {
    const sys = section(`System_Config.${t.systemConfig.name}`);
    expect(sys.entries.has('inherit')).toBe(false);
    const seen = new Set<MemArea>();
    for (const { key, value } of sys.entries.values()) {
      if (key === 'core_clock') expect(t.systemConfig.coreClockHz).toBe(Number(value));
      else if (key === 'axi0_port') expect(t.systemConfig.axi0Port).toBe(value);
      else if (key === 'axi1_port') expect(t.systemConfig.axi1Port).toBe(value);
      else {
        const [, mem, setting] = /^([A-Za-z]+)_(.+)$/.exec(key) ?? [];
        const timing = t.systemConfig.memories[mem as MemArea];
        expect(timing).toBeDefined();
        expect(timing?.[TIMING_KEYS[setting]]).toBe(Number(value));
        seen.add(mem as MemArea);
      }
    }
    // Memories the ini names are the only ones, and settings it omits hold Vela's defaults.
    expect(Object.keys(t.systemConfig.memories).sort()).toEqual([...seen].sort());
    for (const mem of seen) {
      for (const [suffix, field] of Object.entries(TIMING_KEYS)) {
        if (!sys.entries.has(`${mem.toLowerCase()}_${suffix}`)) {
          expect(t.systemConfig.memories[mem]?.[field]).toBe(VELA_MEMORY_DEFAULTS[field]);
        }
      }
    }
    const mode = section(`Memory_Mode.${t.memoryMode.name}`);
    expect(mode.entries.has('inherit')).toBe(false);
    expect(t.memoryMode.constMemArea).toBe(mode.entries.get('const_mem_area')?.value);
    expect(t.memoryMode.arenaMemArea).toBe(mode.entries.get('arena_mem_area')?.value);
    expect(t.memoryMode.cacheMemArea).toBe(mode.entries.get('cache_mem_area')?.value);
    const size = mode.entries.get('arena_cache_size')?.value;
    expect(t.memoryMode.arenaCacheSize).toBe(size === undefined ? undefined : Number(size));
  });

  test.each(MLIA_IDS)('%s: names, MACs and description match the MLIA TOML', (id) => {
    const toml = readFileSync(join(sharedDir, 'mlia/target_profiles', `${id}.toml`), 'utf8');
    const get = (key: string) => new RegExp(`^${key} = "?([^"\\n]*)"?$`, 'm').exec(toml)?.[1];
    const t = builtinTarget(id);
    expect(get('profile_name')).toBe(t.id);
    expect(get('target_type')).toBe(`ethos-${t.family}`);
    expect(Number(get('mac'))).toBe(t.macs);
    expect(get('system_config')).toBe(t.systemConfig.name);
    expect(get('memory_mode')).toBe(t.memoryMode.name);
    expect(get('description')).toBe(t.description);
  });

  test('the bundled MLIA ini data holds every section of vela.ini, inherit resolved', () => {
    const bundled = bundledMliaConfig();
    expect([...bundled.systemConfigs.keys()]).toEqual(systemConfigNames(ini));
    expect([...bundled.memoryModes.keys()]).toEqual(memoryModeNames(ini));
    for (const name of systemConfigNames(ini))
      expect(bundled.systemConfigs.get(name)).toEqual(readSystemConfig(ini, name));
    for (const name of memoryModeNames(ini)) expect(bundled.memoryModes.get(name)).toEqual(readMemoryMode(ini, name));
    // inherit=Memory_Mode.Dedicated_Sram plus its own size
    expect(bundled.memoryModes.get('Dedicated_Sram_512KB')).toEqual({
      name: 'Dedicated_Sram_512KB',
      constMemArea: 'Axi1',
      arenaMemArea: 'Axi1',
      cacheMemArea: 'Axi0',
      arenaCacheSize: 524288,
    });
  });
});

describeShared('built-in targets agree with the configuration Vela reported (shared/vela-ref)', () => {
  const refDir = join(sharedDir, 'vela-ref');
  // A handful of models is enough: the config block is the same for every model on a target.
  const models = existsSync(refDir)
    ? readdirSync(refDir)
        .filter((d) => d.includes('__') && MLIA_IDS.every((id) => existsSync(join(refDir, d, `${id}.json`))))
        .slice(0, 4)
    : [];

  interface RefMemory {
    bandwidth_gb_s: number;
  }
  interface Ref {
    config: Record<string, unknown>;
    summary?: { memory?: Record<string, RefMemory> };
  }
  const AREA_KEYS: Record<string, MemArea> = {
    sram: 'Sram',
    dram: 'Dram',
    on_chip_flash: 'OnChipFlash',
    off_chip_flash: 'OffChipFlash',
  };

  test('there are reference models to compare with', () => {
    expect(models.length).toBeGreaterThanOrEqual(3);
  });

  const cases = models.flatMap((m) => MLIA_IDS.map((id) => [m, id] as const));
  test.each(cases)('%s on %s', (model, id) => {
    const ref = JSON.parse(readFileSync(join(refDir, model, `${id}.json`), 'utf8')) as Ref;
    const t: TargetProfile = builtinTarget(id);
    const c = ref.config;
    expect(c.accelerator_config).toBe(t.acceleratorConfig);
    expect(c.system_config).toBe(t.systemConfig.name);
    expect(c.memory_mode).toBe(t.memoryMode.name);
    expect(c.core_clock_hz).toBe(t.systemConfig.coreClockHz);
    // Vela prints the arena cache size in KiB: 384 for Dedicated_Sram, 2^32 / 1024 for the U55 default.
    expect(c.arena_cache_size).toBe(arenaSizeLimit(t) / 1024);
    expect(c.feature_map_storage_area).toBe(memAreaDisplayName(memoryRoles(t).featureMaps));
    expect(c.weights_storage_area).toBe(memAreaDisplayName(reportedConstArea(t)));
    // Summary bandwidths (2^30 B/s) follow from clock scales, ports and the core clock.
    for (const [key, mem] of Object.entries(ref.summary?.memory ?? {})) {
      const expected = (reportedBandwidth(t, AREA_KEYS[key]) * t.systemConfig.coreClockHz) / 2 ** 30;
      expect(mem.bandwidth_gb_s).toBeCloseTo(expected, 6);
    }
  });
});
