import { applySettings, DEFAULT_SETTINGS, parseGateConfig, type GateConfig } from '../../src/gate/config.js';
import { ENGINE_MISMATCH, evaluateGate, newCpuOperators } from '../../src/gate/evaluate.js';
import { buildGateReport } from '../../src/gate/report.js';
import type { ModelComparison, ModelResult, OperatorResult, PerfResult, TargetResult } from '../../src/report/types.js';

// Hand-made results: the gate only reads placement counts, operators and summary figures.
function op(index: number, type: string, name: string, placement: 'NPU' | 'CPU'): OperatorResult {
  const reasons = placement === 'CPU' ? [{ rule: 'test.float', message: `${name} is float32` }] : [];
  return { subgraph: 0, index, type, name, placement, reasons, macs: 100 };
}

function perf(ms: number, sram: number, flash: number, dram = 0): PerfResult {
  const traffic = { readBytes: 0, writeBytes: 0, accessCycles: 0 };
  return {
    summary: {
      npuCycles: 0,
      totalCycles: 0,
      inferenceTimeMs: ms,
      inferencesPerSecond: 1000 / ms,
      macs: 0,
      sramUsedBytes: sram,
      dramUsedBytes: dram,
      onChipFlashUsedBytes: 0,
      offChipFlashUsedBytes: flash,
      weightsOriginalBytes: 0,
      weightsEncodedBytes: 0,
      memory: { sram: traffic, dram: traffic, onChipFlash: traffic, offChipFlash: traffic },
    },
    layers: [],
    cpuOperators: [],
  };
}

function target(id: string, ops: OperatorResult[], p?: PerfResult): TargetResult {
  const npu = ops.filter((o) => o.placement === 'NPU').length;
  return {
    target: id,
    npuOperators: npu,
    cpuOperators: ops.length - npu,
    npuCoverage: ops.length ? npu / ops.length : 1,
    macCoverage: 1,
    partitions: { npu: 1, cpu: 0 },
    operators: ops,
    ...(p ? { performance: p } : {}),
  };
}

const result = (path: string, targets: TargetResult[], error?: ModelResult['error']): ModelResult => ({
  path,
  sha256: 'x',
  velaCompiled: false,
  targets,
  ...(error ? { error } : {}),
});

const allNpu = [op(0, 'CONV_2D', 'conv', 'NPU'), op(1, 'RELU', 'relu', 'NPU'), op(2, 'SOFTMAX', 'sm', 'NPU')];
const convOnCpu = [op(0, 'CONV_2D', 'conv', 'CPU'), op(1, 'RELU', 'relu', 'NPU'), op(2, 'SOFTMAX', 'sm', 'NPU')];

const config = (raw: Parameters<typeof applySettings>[1], yaml = ''): GateConfig =>
  parseGateConfig(yaml, 'c.yml', applySettings(DEFAULT_SETTINGS, raw));

describe('the gate against base', () => {
  const modified: ModelComparison = {
    path: 'models/kws.tflite',
    status: 'modified',
    base: result('models/kws.tflite', [target('ethos-u55-256', allNpu, perf(1.0, 1000, 5000))]),
    head: result('models/kws.tflite', [target('ethos-u55-256', convOnCpu, perf(1.2, 1000, 5600))]),
  };

  test('an operator falling to the CPU: coverage drop and new CPU operator, naming the operator', () => {
    const v = evaluateGate([modified], config({ 'max-coverage-drop': '10 pp', 'fail-on-new-cpu-ops': 'true' }));
    expect(v.findings.map((f) => f.rule)).toEqual(['max-coverage-drop', 'new-cpu-ops']);
    expect(v.findings[0]).toMatchObject({ path: 'models/kws.tflite', target: 'ethos-u55-256' });
    expect(v.findings[0].message).toBe('NPU coverage fell from 100% to 66.7% (-33.3 pp; allowed 10 pp)');
    expect(v.findings[1].message).toBe('1 operator newly on the CPU: CONV_2D "conv" (conv is float32)');
    expect(v.blocking).toHaveLength(2);
  });

  test('slower and bigger: latency and flash increases against their limits', () => {
    const v = evaluateGate(
      [modified],
      config({ 'max-latency-increase': '5%', 'max-flash-increase': '20%', 'max-sram-increase': '0%' }),
    );
    expect(v.findings.map((f) => f.rule)).toEqual(['max-latency-increase']);
    expect(v.findings[0].message).toBe('inference time rose from 1.000 ms to 1.200 ms (+20%; allowed 5%)');
    const tight = evaluateGate([modified], config({ 'max-flash-increase': '10%' }));
    expect(tight.findings[0].message).toBe('flash use rose from 4.88 KiB to 5.47 KiB (+12%; allowed 10%)');
  });

  test('DRAM use has its own limit: a Dedicated_Sram target keeps its weights there, not in flash', () => {
    // U65 in Dedicated_Sram: no flash at all, the weights grew in DRAM.
    const u65: ModelComparison = {
      path: 'models/kws.tflite',
      status: 'modified',
      base: result('models/kws.tflite', [target('ethos-u65-512', allNpu, perf(1.0, 1000, 0, 40_000))]),
      head: result('models/kws.tflite', [target('ethos-u65-512', allNpu, perf(1.0, 1000, 0, 50_000))]),
    };
    expect(evaluateGate([u65], config({ 'max-flash-increase': '10%' })).findings).toEqual([]);
    const v = evaluateGate([u65], config({ 'max-dram-increase': '10%' }));
    expect(v.findings.map((f) => f.rule)).toEqual(['max-dram-increase']);
    expect(v.findings[0].message).toBe('DRAM use rose from 39.1 KiB to 48.8 KiB (+25%; allowed 10%)');
    expect(evaluateGate([u65], config({ 'max-dram-increase': '30%' })).findings).toEqual([]);
  });

  test('within limits: no findings', () => {
    const v = evaluateGate([modified], config({ 'max-latency-increase': '20%', 'max-coverage-drop': '40 pp' }));
    expect(v.findings).toEqual([]);
  });

  test('minimum coverage applies to every analysed model, with or without base', () => {
    const all: ModelComparison = { path: 'a.tflite', status: 'unchanged', head: modified.head };
    const v = evaluateGate([all], config({ 'min-npu-coverage': '100%', 'fail-on-new-cpu-ops': 'true' }));
    expect(v.findings.map((f) => f.rule)).toEqual(['min-npu-coverage']);
    expect(v.findings[0].message).toBe('NPU coverage 66.7% (2/3 operators) is below the minimum 100%');
    // 19/20 is 95%: rounding must not fail it.
    const ops = Array.from({ length: 20 }, (_, i) => op(i, 'ADD', `a${i}`, i === 0 ? 'CPU' : 'NPU'));
    const m: ModelComparison = { path: 'b.tflite', status: 'unchanged', head: result('b.tflite', [target('t', ops)]) };
    expect(evaluateGate([m], config({ 'min-npu-coverage': '95%' })).findings).toEqual([]);
  });

  test('an added model: all its CPU operators are new', () => {
    const added: ModelComparison = { path: 'n.tflite', status: 'added', head: modified.head };
    const v = evaluateGate([added], config({ 'fail-on-new-cpu-ops': 'true', 'max-latency-increase': '1%' }));
    expect(v.findings.map((f) => f.rule)).toEqual(['new-cpu-ops']);
  });

  test('base figures from another engine: one model-error finding, no comparison (a note with fail-on-error false)', () => {
    const mixed: ModelComparison = {
      ...modified,
      base: {
        ...(modified.base as ModelResult),
        error: { code: ENGINE_MISMATCH, message: 'base figures come from Vela 5.1.0 but head figures from built-in' },
      },
    };
    const strict = config({ 'max-latency-increase': '5%', 'max-coverage-drop': '0 pp' });
    const v = evaluateGate([mixed], strict);
    expect(v.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'model-error',
        'base and head cannot be compared: base figures come from Vela 5.1.0 but head figures from built-in',
      ],
    ]);
    const lenient = evaluateGate([mixed], config({ 'max-latency-increase': '5%', 'fail-on-error': 'false' }));
    expect(lenient.findings).toEqual([]);
    expect(lenient.notes).toEqual([expect.stringMatching(/^models\/kws\.tflite: base figures come from Vela/)]);
  });

  test('CPU operators already on the CPU in base are not new; matching is by type and name, as a multiset', () => {
    const head = target('t', [op(0, 'GATHER', 'g', 'CPU'), op(1, 'GATHER', 'g', 'CPU'), op(2, 'CAST', 'c', 'CPU')]);
    const base = target('t', [op(0, 'GATHER', 'g', 'CPU'), op(1, 'CAST', 'c', 'NPU')]);
    expect(newCpuOperators(head, base).map((o) => o.index)).toEqual([1, 2]);
  });

  test('unreadable models fail unless fail-on-error is false; Vela-compiled files never fail', () => {
    const broken: ModelComparison = {
      path: 'bad.tflite',
      status: 'added',
      head: result('bad.tflite', [], { code: 'truncated', message: 'file ends at byte 12' }),
    };
    const vela: ModelComparison = {
      path: 'v.tflite',
      status: 'added',
      head: result('v.tflite', [], { code: 'vela-compiled', message: 'already compiled by Vela' }),
    };
    const v = evaluateGate([broken, vela], config({}));
    expect(v.findings).toEqual([
      { path: 'bad.tflite', rule: 'model-error', message: 'cannot be analysed (truncated): file ends at byte 12' },
    ]);
    const lenient = evaluateGate([broken], config({ 'fail-on-error': 'false' }));
    expect(lenient.findings).toEqual([]);
    expect(lenient.notes[0]).toMatch(/^bad\.tflite: cannot be analysed \(truncated\), not failing/);
  });

  test('no performance estimate: latency and memory thresholds do not apply, with a note', () => {
    const noPerf: ModelComparison = {
      path: 'p.tflite',
      status: 'modified',
      base: result('p.tflite', [target('t', allNpu)]),
      head: result('p.tflite', [target('t', allNpu)]),
    };
    const v = evaluateGate([noPerf], config({ 'max-latency-increase': '5%', 'max-sram-increase': '5%' }));
    expect(v.findings).toEqual([]);
    expect(v.notes).toEqual([
      'p.tflite on t: no performance estimate, so max-latency-increase, max-sram-increase did not apply',
    ]);
  });

  test('removed models and unreadable bases are not judged against base', () => {
    const removed: ModelComparison = { path: 'gone.tflite', status: 'removed', base: modified.base };
    const badBase: ModelComparison = {
      ...modified,
      base: result('models/kws.tflite', [], { code: 'base-unavailable', message: 'not in clone' }),
    };
    const v = evaluateGate([removed, badBase], config({ 'max-coverage-drop': '0', 'max-latency-increase': '0%' }));
    expect(v.findings).toEqual([]);
    expect(v.notes[0]).toMatch(/the base version cannot be analysed \(base-unavailable\)/);
  });

  test('informational, per path or for the whole run: reported and regressed, but the check does not fail', () => {
    const c = config({ 'max-coverage-drop': '0' }, "overrides:\n  - paths: 'models/**'\n    informational: true\n");
    const v = evaluateGate([modified], c);
    expect(v.findings).toHaveLength(1);
    expect(v.findings[0].message).toMatch(/\(informational for this path\)$/);
    expect(v.blocking).toEqual([]);

    const report = (cfg: GateConfig) =>
      buildGateReport({ version: '1', engineVersion: 'e', targets: ['t'], models: [modified], config: cfg });
    const strict = report(config({ 'max-coverage-drop': '0' }));
    expect(strict.report).toMatchObject({ schemaVersion: 1, regressed: true, informational: false });
    expect(strict.failed).toBe(true);
    const runWide = report(config({ 'max-coverage-drop': '0', informational: 'true' }));
    expect(runWide.report).toMatchObject({ regressed: true, informational: true });
    expect(runWide.failed).toBe(false);
    // A path can opt back in to failing when the run is informational.
    const optIn = report(
      config(
        { 'max-coverage-drop': '0', informational: 'true' },
        "overrides:\n  - paths: 'models/kws.tflite'\n    informational: false\n",
      ),
    );
    expect(optIn.failed).toBe(true);
    expect(report(config({})).report.regressed).toBe(false);
  });
});
