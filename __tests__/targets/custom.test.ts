// Custom targets from MLIA TOML profiles and Vela .ini files, and a clear error for each kind of bad input.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  builtinTarget,
  builtinTargets,
  bundledVelaSections,
  memoryBandwidth,
  resolveTargets,
  TargetError,
  type TargetErrorCode,
  type TargetFile,
} from '../../src/targets/index.js';
import { describeShared, sharedDir } from '../helpers/shared.js';

const MY_INI = `; my board
[System_Config.My_System]
core_clock=400e6
axi0_port=Sram
axi1_port=Dram
Sram_clock_scale=1.0
Sram_burst_length=32
Sram_read_latency=16
Sram_write_latency=16
Dram_clock_scale=0.5
Dram_read_latency=200
Dram_write_latency=100

[Memory_Mode.My_Mode]
const_mem_area=Axi1
arena_mem_area=Axi1
cache_mem_area=Axi0
arena_cache_size=262144

[Memory_Mode.My_Big_Mode]
inherit=Memory_Mode.My_Mode
arena_cache_size=1048576
`;

const ini = (text: string, path = 'boards/my.ini'): TargetFile => ({ path, text });
const toml = (text: string, path = 'profiles/my-npu.toml'): TargetFile => ({ path, text });

function targetError(run: () => unknown): TargetError {
  try {
    run();
  } catch (e) {
    if (e instanceof TargetError) return e;
    throw e;
  }
  throw new Error('expected a TargetError');
}

function expectError(
  run: () => unknown,
  code: TargetErrorCode,
  message: RegExp,
  where: { file?: string; line?: number } = {},
) {
  const e = targetError(run);
  expect({ code: e.code, file: e.file, line: e.line }).toEqual({ code, file: where.file, line: where.line });
  expect(e.message).toMatch(message);
  if (where.file) expect(e.message.startsWith(where.file)).toBe(true);
}

describeShared('the real MLIA target-profile TOMLs load as they are', () => {
  const dir = join(sharedDir, 'mlia/target_profiles');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.toml'))
    .map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));

  test('all nine resolve to the built-in profiles of the same name', () => {
    const targets = resolveTargets([], files);
    expect(targets).toHaveLength(9);
    for (const t of targets) {
      const { source, ...facts } = t;
      const { source: _builtinSource, ...builtinFacts } = builtinTarget(t.id);
      expect(facts).toEqual(builtinFacts);
      expect(source).toMatch(new RegExp(`${t.id}\\.toml$`));
    }
  });

  test('a TOML profile with a built-in id shadows the built-in', () => {
    const u55 = files.find((f) => f.path.endsWith('ethos-u55-128.toml')) as TargetFile;
    const changed = { ...u55, text: u55.text.replace('Ethos_U55_High_End_Embedded', 'Ethos_U55_Deep_Embedded') };
    const [t] = resolveTargets(['ethos-u55-128'], [changed]);
    expect(t.systemConfig.coreClockHz).toBe(200e6);
    expect(t.source).toBe(u55.path);
  });

  test('the shared vela.ini as a target file gives the same facts as the bundled one', () => {
    const velaIni = {
      path: join(sharedDir, 'mlia/vela.ini'),
      text: readFileSync(join(sharedDir, 'mlia/vela.ini'), 'utf8'),
    };
    const [t] = resolveTargets(['ethos-u85-512:Ethos_U85_SYS_DRAM_Mid:Dedicated_Sram'], [velaIni]);
    const b = builtinTarget('ethos-u85-512');
    expect(t.systemConfig).toEqual(b.systemConfig);
    expect(t.memoryMode).toEqual(b.memoryMode);
    expect(t.source).toBe(velaIni.path);
  });
});

describe('MLIA TOML profiles', () => {
  test('current layout, sections from the bundled MLIA ini', () => {
    const [t] = resolveTargets(
      [],
      [
        toml(`profile_name = "my-u65"
target_type = "ethos-u65"
description = "U65 on a client-server board"
[[components]]
type = "npu"
family = "ethos-u"
[config]
mac = 512
system_config = "Ethos_U65_Client_Server"
memory_mode = "Dedicated_Sram_512KB"
`),
      ],
    );
    expect(t).toMatchObject({
      id: 'my-u65',
      family: 'u65',
      macs: 512,
      acceleratorConfig: 'ethos-u65-512',
      description: 'U65 on a client-server board',
      source: 'profiles/my-npu.toml',
    });
    expect(t.systemConfig.memories.Dram?.clockScale).toBe(0.75);
    expect(t.memoryMode.arenaCacheSize).toBe(524288);
  });

  test('earlier layout (top-level target and mac), id from the file name, sections from a given ini', () => {
    const [t] = resolveTargets(
      ['my-npu'],
      [
        toml('target = "ethos-u85"\nmac = 1024\nsystem_config = "My_System"\nmemory_mode = "My_Big_Mode"\n'),
        ini(MY_INI),
      ],
    );
    expect(t.id).toBe('my-npu');
    expect(t.acceleratorConfig).toBe('ethos-u85-1024');
    expect(t.systemConfig.coreClockHz).toBe(400e6);
    // Missing settings take Vela's defaults; inherit= keeps the base's areas.
    expect(t.systemConfig.memories.Dram).toEqual({
      clockScale: 0.5,
      burstLength: 64,
      readLatency: 200,
      writeLatency: 100,
      maxReads: 1,
      maxWrites: 1,
      portsUsed: 1,
    });
    expect(t.memoryMode).toEqual({
      name: 'My_Big_Mode',
      constMemArea: 'Axi1',
      arenaMemArea: 'Axi1',
      cacheMemArea: 'Axi0',
      arenaCacheSize: 1048576,
    });
    expect(memoryBandwidth(t, 'Dram')).toBe(8);
  });

  test('`config` names the ini to use, relative to the TOML or as a file name', () => {
    const profile =
      '[config]\nmac = 256\nsystem_config = "My_System"\nmemory_mode = "My_Mode"\nconfig = "../boards/my.ini"\n';
    const [t] = resolveTargets([], [toml(`target_type = "ethos-u55"\n${profile}`), ini(MY_INI)]);
    expect(t.systemConfig.name).toBe('My_System');
    const [byName] = resolveTargets(
      [],
      [toml(`target_type = "ethos-u55"\n${profile}`), ini(MY_INI, '/abs/elsewhere/my.ini')],
    );
    expect(byName.memoryMode.arenaCacheSize).toBe(262144);
  });

  test('several profiles: all when no id is given, only the named ones otherwise', () => {
    const files = [
      toml(
        'target_type="ethos-u55"\nmac=64\nsystem_config="Ethos_U55_Deep_Embedded"\nmemory_mode="Shared_Sram"\n',
        'a.toml',
      ),
      toml(
        'target_type="ethos-u85"\nmac=128\nsystem_config="Ethos_U85_SYS_Flash_Low"\nmemory_mode="Shared_Sram"\n',
        'b.toml',
      ),
    ];
    expect(resolveTargets([], files).map((t) => t.id)).toEqual(['a', 'b']);
    expect(resolveTargets(['b,ethos-u65-256', 'b'], files).map((t) => t.id)).toEqual(['b', 'ethos-u65-256']);
  });
});

describe('Vela .ini targets: <accelerator>:<System_Config>:<Memory_Mode>', () => {
  test('named sections from the given ini', () => {
    const [t] = resolveTargets(['ethos-u55-128:My_System:My_Mode'], [ini(MY_INI)]);
    expect(t).toMatchObject({
      id: 'ethos-u55-128:My_System:My_Mode',
      family: 'u55',
      macs: 128,
      source: 'boards/my.ini',
    });
    expect(t.systemConfig.memories.Sram?.readLatency).toBe(16);
  });

  test('an empty name means the only such section in the given ini files', () => {
    const single = MY_INI.replace(/\[Memory_Mode\.My_Big_Mode\][^]*$/, '');
    expect(resolveTargets(['ethos-u55-128:'], [ini(single)])[0].id).toBe('ethos-u55-128:My_System:My_Mode');
    expect(resolveTargets(['ethos-u55-128::My_Big_Mode'], [ini(MY_INI)])[0].id).toBe(
      'ethos-u55-128:My_System:My_Big_Mode',
    );
    expectError(
      () => resolveTargets(['ethos-u55-128:My_System'], [ini(MY_INI)]),
      'unknown-memory-mode',
      /My_Mode, My_Big_Mode/,
    );
  });

  test('the bundled MLIA ini sections are listed', () => {
    const { systemConfigs, memoryModes } = bundledVelaSections();
    expect(systemConfigs).toContain('Ethos_U65_Client_Server');
    expect(memoryModes).toEqual([
      'Sram_Only',
      'Shared_Sram',
      'Dedicated_Sram',
      'Dedicated_Sram_256KB',
      'Dedicated_Sram_384KB',
      'Dedicated_Sram_512KB',
    ]);
  });

  test('sections the files lack come from the bundled MLIA ini, with no file at all', () => {
    const [t] = resolveTargets(['ETHOS-U65-256:Ethos_U65_Mid_End:Dedicated_Sram_256KB']);
    expect(t.id).toBe('ethos-u65-256:Ethos_U65_Mid_End:Dedicated_Sram_256KB');
    expect(t.systemConfig.coreClockHz).toBe(500e6);
    expect(t.memoryMode.arenaCacheSize).toBe(262144);
    const [mixed] = resolveTargets(['ethos-u85-256:My_System:Dedicated_Sram_512KB'], [ini(MY_INI)]);
    expect(mixed.source).toBe('boards/my.ini, built-in MLIA vela.ini');
  });

  test('different spellings of one target resolve once', () => {
    const single = MY_INI.replace(/\[Memory_Mode\.My_Big_Mode\][^]*$/, '');
    const ids = ['ethos-u55-128:My_System', 'ethos-u55-128:My_System:My_Mode', 'ETHOS-U85-256', 'ethos-u85-256'];
    expect(resolveTargets(ids, [ini(single)]).map((t) => t.id)).toEqual([
      'ethos-u55-128:My_System:My_Mode',
      'ethos-u85-256',
    ]);
  });

  test('order kept, repeats dropped, built-ins mixed in', () => {
    const ids = resolveTargets(['ethos-u85-256', 'ethos-u55-128:My_System:My_Mode', 'ethos-u85-256'], [ini(MY_INI)]);
    expect(ids.map((t) => t.id)).toEqual(['ethos-u85-256', 'ethos-u55-128:My_System:My_Mode']);
    expect(resolveTargets(['ethos-u85-256'])[0]).toEqual(builtinTargets().find((t) => t.id === 'ethos-u85-256'));
  });
});

describe('bad input gets a TargetError naming the file and the cause', () => {
  const sys = (body: string) =>
    `[System_Config.S]\n${body}\n[Memory_Mode.M]\nconst_mem_area=Axi1\narena_mem_area=Axi0\ncache_mem_area=Axi0\n`;
  const GOOD_SYS =
    'core_clock=500e6\naxi0_port=Sram\naxi1_port=OffChipFlash\nSram_clock_scale=1\nOffChipFlash_clock_scale=0.125';
  const useSys = (body: string) => () => resolveTargets(['ethos-u55-256:S:M'], [ini(sys(body), 'x.ini')]);
  const mode = (body: string) => `[System_Config.S]\n${GOOD_SYS}\n[Memory_Mode.M]\n${body}\n`;
  const useMode =
    (body: string, acc = 'ethos-u55-256') =>
    () =>
      resolveTargets([`${acc}:S:M`], [ini(mode(body), 'x.ini')]);

  test('unknown target id lists the valid ids', () => {
    expectError(
      () => resolveTargets(['ethos-u55-512x']),
      'unknown-target',
      /built-in targets: ethos-u55-32, .*ethos-u85-2048/,
    );
    expectError(() => builtinTarget('nope'), 'unknown-target', /unknown target "nope".*ethos-u65-512/);
    // A name that looks like no accelerator: the names are listed once.
    try {
      resolveTargets(['ethos-u99']);
      throw new Error('resolved');
    } catch (e) {
      expect((e as Error).message.match(/ethos-u65-512/g)).toHaveLength(1);
    }
  });

  test('an accelerator that does not exist', () => {
    expectError(
      () => resolveTargets(['ethos-u65-128']),
      'unknown-target',
      /ethos-u65-128 does not exist: .*256, 512 MACs/,
    );
    expectError(
      () => resolveTargets(['ethos-u65-128:My_System:My_Mode'], [ini(MY_INI)]),
      'unknown-accelerator',
      /U65 is built with 256, 512/,
    );
    expectError(
      () =>
        resolveTargets([], [toml('target_type = "ethos-u65"\nmac = 128\nsystem_config = "S"\nmemory_mode = "M"\n')]),
      'unknown-accelerator',
      /ethos-u65-128 does not exist/,
      { file: 'profiles/my-npu.toml' },
    );
    expectError(() => resolveTargets(['ethos-u99-256:A:B']), 'unknown-accelerator', /not an Ethos-U accelerator/);
  });

  test('unknown system config or memory mode', () => {
    expectError(
      () => resolveTargets(['ethos-u55-128:Nope:My_Mode'], [ini(MY_INI)]),
      'unknown-system-config',
      /no \[System_Config\.Nope\] in boards\/my\.ini or the MLIA vela\.ini; known: My_System, Ethos_U55_Deep_Embedded/,
    );
    expectError(
      () =>
        resolveTargets(
          [],
          [
            toml(
              'target_type = "ethos-u55"\nmac = 128\nsystem_config = "Ethos_U55_High_End_Embedded"\nmemory_mode = "Nope"\n',
            ),
          ],
        ),
      'unknown-memory-mode',
      /no \[Memory_Mode\.Nope\]/,
      { file: 'profiles/my-npu.toml' },
    );
    // With `config`, only that ini counts, as in MLIA.
    expectError(
      () =>
        resolveTargets(
          [],
          [
            toml(
              'target_type="ethos-u55"\nmac=128\nsystem_config="Ethos_U55_High_End_Embedded"\nmemory_mode="My_Mode"\nconfig="my.ini"\n',
            ),
            ini(MY_INI),
          ],
        ),
      'unknown-system-config',
      /no \[System_Config\.Ethos_U55_High_End_Embedded\] section; this file has My_System/,
      { file: 'boards/my.ini' },
    );
  });

  test('missing values', () => {
    expectError(
      useSys('axi0_port=Sram\naxi1_port=OffChipFlash\nSram_clock_scale=1\nOffChipFlash_clock_scale=1'),
      'missing-value',
      /\[System_Config\.S\] has no core_clock/,
      { file: 'x.ini', line: 1 },
    );
    expectError(useSys('core_clock=1e9\naxi0_port=Sram\nSram_clock_scale=1'), 'missing-value', /has no axi1_port/, {
      file: 'x.ini',
      line: 1,
    });
    expectError(
      useMode('const_mem_area=Axi1\ncache_mem_area=Axi0'),
      'missing-value',
      /\[Memory_Mode\.M\] has no arena_mem_area/,
      { file: 'x.ini', line: 7 },
    );
    expectError(useSys(`${GOOD_SYS}\nSram_read_latency=`), 'missing-value', /Sram_read_latency has no value/, {
      file: 'x.ini',
      line: 7,
    });
    expectError(
      () => resolveTargets([], [toml('target_type = "ethos-u55"\nmac = 128\nmemory_mode = "Shared_Sram"\n')]),
      'missing-value',
      /no system_config/,
      { file: 'profiles/my-npu.toml' },
    );
    expectError(
      () => resolveTargets([], [toml('target_type = "ethos-u55"\nsystem_config = "A"\nmemory_mode = "B"\n')]),
      'missing-value',
      /no mac/,
      { file: 'profiles/my-npu.toml' },
    );
  });

  test('non-numeric and out-of-range values', () => {
    expectError(
      useSys(`${GOOD_SYS}\nSram_read_latency=fast`),
      'bad-value',
      /Sram_read_latency=fast is not a whole number/,
      { file: 'x.ini', line: 7 },
    );
    expectError(useSys(`${GOOD_SYS}\nSram_burst_length=32.5`), 'bad-value', /not a whole number/, {
      file: 'x.ini',
      line: 7,
    });
    expectError(
      useSys(GOOD_SYS.replace('core_clock=500e6', 'core_clock=500 MHz')),
      'bad-value',
      /core_clock=500 MHz is not a number/,
      { file: 'x.ini', line: 2 },
    );
    expectError(useSys(GOOD_SYS.replace('core_clock=500e6', 'core_clock=0')), 'bad-value', /above 0/, {
      file: 'x.ini',
      line: 2,
    });
    expectError(useSys(`${GOOD_SYS}\nSram_write_latency=-4`), 'bad-value', /Sram_write_latency=-4 must be at least 0/, {
      file: 'x.ini',
      line: 7,
    });
    expectError(useSys(`${GOOD_SYS}\nSram_ports_used=0`), 'bad-value', /must be at least 1/, {
      file: 'x.ini',
      line: 7,
    });
    expectError(useSys(GOOD_SYS.replace('Sram_clock_scale=1', 'Sram_clock_scale=0')), 'bad-value', /must be above 0/, {
      file: 'x.ini',
      line: 5,
    });
    expectError(
      useMode('const_mem_area=Axi1\narena_mem_area=Axi0\ncache_mem_area=Axi0\narena_cache_size=-1'),
      'bad-value',
      /0 or more/,
      { file: 'x.ini', line: 11 },
    );
    expectError(
      useMode('const_mem_area=axi1\narena_mem_area=Axi0\ncache_mem_area=Axi0'),
      'bad-value',
      /const_mem_area=axi1 must be Axi0 or Axi1/,
      { file: 'x.ini', line: 8 },
    );
    expectError(
      () =>
        resolveTargets([], [toml('target_type = "ethos-u55"\nmac = "256"\nsystem_config = "A"\nmemory_mode = "B"\n')]),
      'bad-value',
      /mac must be a whole number, not "256"/,
      { file: 'profiles/my-npu.toml' },
    );
    expectError(
      () => resolveTargets([], [toml('target_type = "cortex-a"\nmac = 256\n')]),
      'bad-value',
      /not an Ethos-U NPU/,
      { file: 'profiles/my-npu.toml' },
    );
  });

  test('unknown memory area names and unknown keys', () => {
    expectError(
      useSys(GOOD_SYS.replace('axi1_port=OffChipFlash', 'axi1_port=Flash')),
      'unknown-memory-area',
      /axi1_port=Flash: unknown memory area; expected Sram, Dram, OnChipFlash, OffChipFlash/,
      { file: 'x.ini', line: 4 },
    );
    expectError(
      useSys(GOOD_SYS.replace('axi0_port=Sram', 'axi0_port=SRAM')),
      'unknown-memory-area',
      /case-sensitive here: write Sram/,
      { file: 'x.ini', line: 3 },
    );
    expectError(useSys(`${GOOD_SYS}\nFlash_read_latency=3`), 'unknown-memory-area', /names memory "Flash"/, {
      file: 'x.ini',
      line: 7,
    });
    expectError(
      useSys(`${GOOD_SYS}\nSram_max_read=8`),
      'unknown-key',
      /"Sram_max_read" is not a Vela system-config setting/,
      { file: 'x.ini', line: 7 },
    );
    expectError(
      useMode('const_mem_area=Axi1\narena_mem_area=Axi0\ncache_mem_area=Axi0\narena_size=5'),
      'unknown-key',
      /not a Vela memory-mode setting/,
      { file: 'x.ini', line: 11 },
    );
    // Keys the C++ core reads are case-sensitive there; core_clock is read by the Python side only.
    expectError(
      useSys(GOOD_SYS.replace('axi0_port', 'AXI0_PORT')),
      'unknown-key',
      /write "axi0_port", not "AXI0_PORT"/,
      {
        file: 'x.ini',
        line: 3,
      },
    );
    expectError(useSys(GOOD_SYS.replace('Sram_clock', 'SRAM_clock')), 'unknown-key', /write "Sram_clock_scale"/, {
      file: 'x.ini',
      line: 5,
    });
    expect(useSys(GOOD_SYS.replace('core_clock', 'Core_Clock'))()[0].systemConfig.coreClockHz).toBe(500e6);
  });

  test('memory modes Vela refuses', () => {
    expectError(
      useMode('const_mem_area=Axi1\narena_mem_area=Axi1\ncache_mem_area=Axi0'),
      'bad-memory-mode',
      /arena_mem_area .* is Axi1, which is OffChipFlash; the arena must be in Sram or Dram/,
      { file: 'x.ini' },
    );
    expectError(
      useMode('const_mem_area=Axi0\narena_mem_area=Axi0\ncache_mem_area=Axi1'),
      'bad-memory-mode',
      /constants must be in Dram, OnChipFlash or OffChipFlash/,
      { file: 'x.ini' },
    );
    expectError(
      useMode('const_mem_area=Axi1\narena_mem_area=Axi0\ncache_mem_area=Axi1'),
      'bad-memory-mode',
      /the cache must be in Sram/,
      { file: 'x.ini' },
    );
    expectError(
      useMode('const_mem_area=Axi1\narena_mem_area=Axi0\ncache_mem_area=Axi0\narena_cache_size=8589934592'),
      'bad-memory-mode',
      /beyond the ethos-u55-256 address space \(4294967296 bytes\)/,
      { file: 'x.ini' },
    );
    // ...while U65/U85 address 2^40 bytes.
    expect(
      useMode(
        'const_mem_area=Axi1\narena_mem_area=Axi0\ncache_mem_area=Axi0\narena_cache_size=8589934592',
        'ethos-u65-256',
      )(),
    ).toHaveLength(1);
    const noFlashSettings = `[System_Config.S]\ncore_clock=1e9\naxi0_port=Sram\naxi1_port=Dram\nSram_clock_scale=1\n[Memory_Mode.M]\nconst_mem_area=Axi1\narena_mem_area=Axi0\ncache_mem_area=Axi0\n`;
    expectError(
      () => resolveTargets(['ethos-u85-256:S:M'], [ini(noFlashSettings, 'x.ini')]),
      'bad-memory-mode',
      /uses Dram, but the system config sets nothing for it/,
      { file: 'x.ini' },
    );
    // A memory mode from the bundled ini is blamed on no file, and named.
    expectError(
      () => resolveTargets(['ethos-u55-256:Ethos_U55_High_End_Embedded:Dedicated_Sram']),
      'bad-memory-mode',
      /Memory_Mode\.Dedicated_Sram with System_Config\.Ethos_U55_High_End_Embedded/,
    );
  });

  test('inherit: missing base, loop, base after the section', () => {
    const base = `[System_Config.S]\n${GOOD_SYS}\n`;
    const use = (modes: string) => () => resolveTargets(['ethos-u55-256:S:M'], [ini(base + modes, 'x.ini')]);
    expectError(
      use('[Memory_Mode.M]\ninherit=Memory_Mode.Nope\n'),
      'bad-inherit',
      /inherit=Memory_Mode\.Nope: no such section/,
      { file: 'x.ini', line: 8 },
    );
    expectError(
      use('[Memory_Mode.M]\ninherit=Memory_Mode.M\n'),
      'bad-inherit',
      /inherit loop: Memory_Mode\.M -> Memory_Mode\.M/,
      { file: 'x.ini', line: 7 },
    );
    expectError(
      use(
        '[Memory_Mode.M]\ninherit=Memory_Mode.B\n[Memory_Mode.B]\nconst_mem_area=Axi1\narena_mem_area=Axi0\ncache_mem_area=Axi0\n',
      ),
      'bad-inherit',
      /must come before \[Memory_Mode\.M\]/,
      { file: 'x.ini', line: 8 },
    );
  });

  test('syntax errors in either format', () => {
    expectError(() => resolveTargets(['ethos-u55-256'], [ini('[S]\njunk\n', 'x.ini')]), 'syntax', /neither/, {
      file: 'x.ini',
      line: 2,
    });
    expectError(() => resolveTargets([], [toml('target_type = "ethos-u55\nmac = 1\n')]), 'syntax', /not valid TOML/, {
      file: 'profiles/my-npu.toml',
      line: 1,
    });
  });

  test('files: wrong kind, missing `config` ini, duplicate ids, ambiguous sections, no target at all', () => {
    expectError(
      () => resolveTargets([], [{ path: 'npu.yaml', text: 'a: 1' }]),
      'unsupported-file',
      /expected an MLIA target profile \(\.toml\) or a Vela config \(\.ini\)/,
      { file: 'npu.yaml' },
    );
    expectError(
      () =>
        resolveTargets(
          [],
          [toml('target_type="ethos-u55"\nmac=128\nsystem_config="S"\nmemory_mode="M"\nconfig="boards/missing.ini"\n')],
        ),
      'missing-file',
      /config = "boards\/missing\.ini" names a Vela ini that is not among the target files/,
      { file: 'profiles/my-npu.toml' },
    );
    const p = 'profile_name="same"\ntarget_type="ethos-u55"\nmac=128\nsystem_config="S"\nmemory_mode="M"\n';
    expectError(
      () => resolveTargets([], [toml(p, 'a.toml'), toml(p, 'b.toml')]),
      'duplicate',
      /profile "same" is also defined by a\.toml/,
      { file: 'b.toml' },
    );
    expectError(() => resolveTargets([], [toml(p.replace('"same"', '"a:b"'))]), 'bad-value', /may not contain/, {
      file: 'profiles/my-npu.toml',
    });
    expectError(
      () => resolveTargets(['ethos-u55-128:My_System:My_Mode'], [ini(MY_INI, 'one.ini'), ini(MY_INI, 'two.ini')]),
      'ambiguous',
      /\[System_Config\.My_System\] is defined by several target files \(one\.ini, two\.ini\)/,
    );
    expectError(() => resolveTargets([], [ini(MY_INI)]), 'no-targets', /built-in targets: ethos-u55-32/);
    expectError(
      () => resolveTargets(['ethos-u55-128:a:b:c']),
      'unknown-target',
      /expected <accelerator>:<System_Config>:<Memory_Mode>/,
    );
  });
});
