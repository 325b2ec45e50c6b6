// Vela's output formats, read from the real Vela 5.1.0 files in shared/vela-ref/raw, and the command
// line against the one MLIA ran for the references.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinTarget, resolveTargets } from '../../src/targets/index.js';
import { velaArguments } from '../../src/vela/command.js';
import { parseDebugDb } from '../../src/vela/debug-db.js';
import { VelaOutputError } from '../../src/vela/errors.js';
import { ruleId } from '../../src/vela/fold.js';
import { bundledVelaIni, velaIniFor } from '../../src/vela/ini.js';
import { parseIni } from '../../src/targets/ini.js';
import { memoryModeNames, readMemoryMode, readSystemConfig, systemConfigNames } from '../../src/targets/vela-config.js';
import { parsePerLayerCsv } from '../../src/vela/per-layer.js';
import { parseVelaStdout, parseVelaVersion } from '../../src/vela/stdout.js';
import { parseSummaryCsv, toPerfSummary } from '../../src/vela/summary.js';
import { describeShared, sharedDir } from '../helpers/shared.js';
import { gunzipSync } from 'node:zlib';
import { readRef } from './fake.js';

const rawDir = (model: string, target: string) => join(sharedDir, 'vela-ref/raw', model, target);
const rawFile = (model: string, target: string, test: (name: string) => boolean) => {
  const dir = rawDir(model, target);
  return readFileSync(join(dir, readdirSync(dir).find(test)!), 'utf8');
};

describeShared('real Vela 5.1.0 output files', () => {
  const recorded = [
    ['tflite-micro__person_detect', 'ethos-u55-256'],
    ['tflite-micro__person_detect', 'ethos-u85-256'],
    ['mlperf-tiny__kws_ref_model_int8', 'ethos-u85-256'],
    ['tflite-micro__audio_preprocessor_int8', 'ethos-u55-256'],
  ] as const;

  test.each(recorded)('summary CSV of %s on %s, in bytes and ms', (model, target) => {
    const ref = readRef(model, target);
    const s = toPerfSummary(parseSummaryCsv(rawFile(model, target, (n) => n.includes('_summary_'))));
    expect(s.totalCycles).toBe(ref.summary.total_cycles);
    expect(s.npuCycles).toBe(ref.summary.npu_cycles);
    expect(s.inferenceTimeMs).toBeCloseTo(ref.summary.inference_time_s * 1000, 12);
    expect(s.sramUsedBytes).toBe(ref.summary.sram_used_kib * 1024);
    expect(s.dramUsedBytes).toBe(ref.summary.dram_used_kib * 1024);
    expect(s.offChipFlashUsedBytes).toBe(ref.summary.off_chip_flash_used_kib * 1024);
    expect(s.weightsEncodedBytes).toBe(ref.summary.weights_npu_encoded_bytes);
    expect(s.memory.sram.accessCycles).toBe(ref.summary.memory.sram.access_cycles);
  });

  test.each(recorded)('per-layer CSV of %s on %s lines up with the debug database', (model, target) => {
    const rows = parsePerLayerCsv(rawFile(model, target, (n) => n.endsWith('_per-layer.csv')));
    const db = parseDebugDb(
      gunzipSync(readFileSync(join(sharedDir, 'vela-ref/debug', model, `${target}.xml.gz`))).toString('utf8'),
    );
    expect(rows.length).toBe(db.perf.length);
    expect(rows.map((r) => r.internalOperator)).toEqual(db.perf.map((p) => p.operator));
    expect(rows.map((r) => r.name)).toEqual(db.perf.map((p) => p.name));
    const ref = readRef(model, target);
    expect(rows.reduce((a, r) => a + r.opCycles, 0)).toBe(ref.summary.total_cycles);
    expect(rows.filter((r) => r.target === 'CPU').every((r) => r.internalOperator === 'Passthrough')).toBe(true);
  });

  test('stdout of audio_preprocessor on U55: warnings, constraints and the CPU operator list', () => {
    const model = 'tflite-micro__audio_preprocessor_int8';
    const out = parseVelaStdout(rawFile(model, 'ethos-u55-256', (n) => n === 'vela_stdout.log'));
    const ref = readRef(model, 'ethos-u55-256');
    const expected = ref.operators.flatMap((o) =>
      o.cpu_reasons.map((r) => ({ operator: r.warned_as, ofm: r.ofm, reason: r.reason, constraint: r.constraint })),
    );
    const order = (a: { ofm: string }, b: { ofm: string }) => a.ofm.localeCompare(b.ofm);
    expect([...out.warnings].sort(order)).toEqual([...expected].sort(order));
    expect(out.cpuOperatorCount).toBe(19);
    expect(out.cpuOperators).toHaveLength(19);
    expect(out.cpuOperators[0]).toEqual({ operator: 'Passthrough', name: 'signal_window' });
  });
});

describe('output parsing', () => {
  test('a multi-line constraint is kept line by line and the rule id comes from it', () => {
    const out = parseVelaStdout(
      [
        '',
        "Warning (supported operators) operator: QUANTIZE, ofm: 'q, with comma'",
        'Reason: OFM zeroPoint out of range',
        'OFM Zero-points must be in the range:',
        '  - Signed-integer: (-128 <= zp <= 127)',
        '',
        "Warning (supported operators) operator: CUSTOM, ofm: 'c'",
        'Reason: Unsupported opType',
        '',
      ].join('\n'),
    );
    expect(out.warnings).toEqual([
      {
        operator: 'QUANTIZE',
        ofm: 'q, with comma',
        reason: 'OFM zeroPoint out of range',
        constraint: ['OFM Zero-points must be in the range:', '  - Signed-integer: (-128 <= zp <= 127)'],
      },
      { operator: 'CUSTOM', ofm: 'c', reason: 'Unsupported opType', constraint: [] },
    ]);
    expect(ruleId(out.warnings[0])).toBe('vela.ofm-zero-points-must-be-in-the-range');
    expect(ruleId(out.warnings[1])).toBe('vela.unsupported-op-type');
  });

  test('per-layer names may hold commas (Vela does not quote them)', () => {
    const header =
      'Original Operator,NNG Operator,Target,Staging Usage,Peak% (Staging),Op Cycles,Network% (cycles),NPU,SRAM AC,DRAM AC,OnFlash AC,OffFlash AC,MAC Count,Network% (MAC),Util% (MAC),Name';
    const rows = parsePerLayerCsv(
      `${header}\nBatchMatMul,MatMul,NPU,16,1.0,100,50.0,90,100,0,0,0,64,100,1.0,a/BTD,NDH->BTNH/x\n`,
    );
    expect(rows[0]).toMatchObject({ name: 'a/BTD,NDH->BTNH/x', opCycles: 100, npuCycles: 90, macs: 64, target: 'NPU' });
  });

  test('malformed files are typed errors that say what is wrong', () => {
    expect(() => parseSummaryCsv('just one line\n')).toThrow(VelaOutputError);
    expect(() => toPerfSummary(parseSummaryCsv('cycles_npu,x\n1,2\n'))).toThrow(/lacks the column "cycles_total"/);
    expect(() => parsePerLayerCsv('Original Operator,NNG Operator\nA,B\n')).toThrow(/lacks the column "Target"/);
    expect(() => parseDebugDb('<html></html>')).toThrow(/not a Vela debug XML/);
  });

  test('versions', () => {
    expect(parseVelaVersion('5.1.0\n')).toBe('5.1.0');
    expect(parseVelaVersion('vela 4.0.1.dev3+g1234\n')).toBe('4.0.1.dev3+g1234');
    expect(parseVelaVersion('usage: vela [-h]')).toBeNull();
  });
});

describeShared('the command line and vela.ini', () => {
  test.each(['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-1024'])('%s: the options MLIA passes', (id) => {
    const ref = readRef('tflite-micro__person_detect', id) as unknown as { vela_command: string };
    const printOnly = new Set([
      '--debug-force-regor',
      '--verbose-weights',
      '--verbose-cycle-estimate',
      '--enable-debug-db',
    ]);
    const mlia = ref.vela_command
      .trim()
      .split(/\s+/)
      .slice(1)
      .filter((a) => !printOnly.has(a));
    const ours = velaArguments({
      target: builtinTarget(id),
      modelFile: 'person_detect.tflite',
      outputDir: id,
      configFile: 'mlia_vela.ini',
    });
    expect(ours.filter((a) => a !== '--enable-debug-db')).toEqual(mlia);
    expect(ours).toContain('--enable-debug-db');
  });

  test("the ini written from the built-in data gives Vela MLIA's vela.ini, section by section and value by value", () => {
    // Both read by the same reader, which resolves inherit= and fills Vela's defaults as Vela does.
    const mlia = parseIni(readFileSync(join(sharedDir, 'mlia/vela.ini'), 'utf8'), 'vela.ini');
    const ours = parseIni(bundledVelaIni(), 'bundled.ini');
    expect(systemConfigNames(ours).sort()).toEqual(systemConfigNames(mlia).sort());
    expect(memoryModeNames(ours).sort()).toEqual(memoryModeNames(mlia).sort());
    for (const name of systemConfigNames(mlia))
      expect([name, readSystemConfig(ours, name)]).toEqual([name, readSystemConfig(mlia, name)]);
    for (const name of memoryModeNames(mlia))
      expect([name, readMemoryMode(ours, name)]).toEqual([name, readMemoryMode(mlia, name)]);
    // Every value is written out: nothing is left to inherit= or to a default.
    expect(bundledVelaIni()).not.toMatch(/inherit/);
  });
});

describe('vela.ini for a target', () => {
  test("built-in targets, and ids naming MLIA's sections, get the bundled ini", () => {
    expect(velaIniFor(builtinTarget('ethos-u85-256'))).toBe(bundledVelaIni());
    const [bundled] = resolveTargets(['ethos-u65-256:Ethos_U65_Client_Server:Dedicated_Sram_512KB']);
    expect(velaIniFor(bundled)).toBe(bundledVelaIni());
  });

  const custom = () => {
    const base = builtinTarget('ethos-u55-128');
    return {
      ...base,
      id: 'my-npu',
      source: 'my-npu.toml',
      systemConfig: { ...base.systemConfig, name: 'My_System', coreClockHz: 250e6 },
      memoryMode: { ...base.memoryMode, name: 'My_Mode', arenaCacheSize: 131072 },
    };
  };

  test("a user's profile gets its own two sections, written from its data", () => {
    const ini = velaIniFor(custom());
    expect(ini).not.toContain('Ethos_U55_High_End_Embedded');
    expect(ini).toContain('[System_Config.My_System]\ncore_clock=250000000\naxi0_port=Sram\naxi1_port=OffChipFlash\n');
    expect(ini).toContain('Sram_burst_length=32');
    expect(ini).toContain('OffChipFlash_clock_scale=0.125');
    expect(ini).toContain(
      '[Memory_Mode.My_Mode]\nconst_mem_area=Axi1\narena_mem_area=Axi0\ncache_mem_area=Axi0\narena_cache_size=131072',
    );
  });

  test('a user profile reusing an MLIA section name still gets its own values', () => {
    const base = builtinTarget('ethos-u55-256');
    const ini = velaIniFor({
      ...base,
      source: 'my.ini',
      systemConfig: { ...base.systemConfig, coreClockHz: 123e6 },
    });
    expect(ini).toContain('[System_Config.Ethos_U55_High_End_Embedded]\ncore_clock=123000000\n');
    expect(ini.match(/\[System_Config\./g)).toHaveLength(1);
  });

  test('a given ini keeps its sections and gains the missing ones', () => {
    const base = bundledVelaIni();
    const ini = velaIniFor(custom(), base);
    expect(ini.startsWith(base.trimEnd())).toBe(true);
    expect(ini).toContain('[System_Config.My_System]');
    expect(ini).toContain('[Memory_Mode.My_Mode]');
  });
});
