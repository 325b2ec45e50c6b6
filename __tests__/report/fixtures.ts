// Builders for result-contract objects, so report tests do not depend on the compat/perf engines.
import type {
  GateReport,
  LayerPerf,
  ModelComparison,
  ModelResult,
  OperatorResult,
  PerfResult,
  PerfSummary,
  TargetResult,
} from '../../src/report/types.js';
import { summarisePlacement } from '../../src/engine/analyze.js';

export interface OpSpec {
  type: string;
  name?: string;
  cpu?: string | { rule: string; message: string };
  macs?: number;
  subgraph?: number;
}

export function operators(specs: OpSpec[]): OperatorResult[] {
  return specs.map((s, index) => ({
    subgraph: s.subgraph ?? 0,
    index,
    type: s.type,
    name: s.name ?? `layer_${index}/${s.type.toLowerCase()}`,
    placement: s.cpu ? 'CPU' : 'NPU',
    reasons: !s.cpu ? [] : typeof s.cpu === 'string' ? [{ rule: 'u55.test.rule', message: s.cpu }] : [s.cpu],
    macs: s.macs ?? 0,
  }));
}

export interface LayerSpec {
  cycles: number;
  macUtilisation?: number;
  memoryBound?: boolean;
  macs?: number;
  sram?: number;
  offChipFlash?: number;
}

export function summary(overrides: Partial<PerfSummary> = {}): PerfSummary {
  const traffic = { readBytes: 0, writeBytes: 0, accessCycles: 0 };
  return {
    npuCycles: 100_000,
    totalCycles: 120_000,
    inferenceTimeMs: 0.24,
    inferencesPerSecond: 4166.7,
    macs: 5_000_000,
    sramUsedBytes: 200 * 1024,
    dramUsedBytes: 0,
    onChipFlashUsedBytes: 0,
    offChipFlashUsedBytes: 300 * 1024,
    weightsOriginalBytes: 280 * 1024,
    weightsEncodedBytes: 290 * 1024,
    memory: { sram: { ...traffic }, dram: { ...traffic }, onChipFlash: { ...traffic }, offChipFlash: { ...traffic } },
    ...overrides,
  };
}

/** Performance for the NPU operators of `ops`; `layers` gives cycles per NPU operator in order. */
export function performance(
  ops: OperatorResult[],
  layers: (number | LayerSpec)[],
  overrides: Partial<PerfSummary> = {},
): PerfResult {
  const npu = ops.filter((o) => o.placement === 'NPU');
  const layerPerf: LayerPerf[] = npu.map((o, i) => {
    const spec = layers[i] ?? 1000;
    const l: LayerSpec = typeof spec === 'number' ? { cycles: spec } : spec;
    return {
      subgraph: o.subgraph,
      operatorIndex: o.index,
      type: o.type,
      cycles: l.cycles,
      npuCycles: l.memoryBound ? Math.round(l.cycles / 2) : l.cycles,
      macs: l.macs ?? o.macs,
      macUtilisation: l.macUtilisation ?? (o.macs > 0 ? 0.8 : 0),
      accessCycles: { sram: l.sram ?? 0, dram: 0, onChipFlash: 0, offChipFlash: l.offChipFlash ?? 0 },
      memoryBound: l.memoryBound ?? false,
    };
  });
  return {
    summary: summary(overrides),
    layers: layerPerf,
    cpuOperators: ops
      .filter((o) => o.placement === 'CPU')
      .map((o) => ({ subgraph: o.subgraph, operatorIndex: o.index, type: o.type, macs: o.macs })),
  };
}

export function target(id: string, ops: OperatorResult[], perf?: PerfResult): TargetResult {
  return { target: id, ...summarisePlacement(ops), operators: ops, ...(perf ? { performance: perf } : {}) };
}

export function modelResult(path: string, targets: TargetResult[], extra: Partial<ModelResult> = {}): ModelResult {
  return { path, sha256: 'ab'.repeat(32), velaCompiled: false, targets, ...extra };
}

export function gateReport(models: ModelComparison[], extra: Partial<GateReport> = {}): GateReport {
  const targets = [...new Set(models.flatMap((m) => (m.head ?? m.base)?.targets.map((t) => t.target) ?? []))];
  return {
    schemaVersion: 1,
    tool: { name: 'ethos-gate', version: '0.1.0', engine: 'builtin', engineVersion: 'vela-5.1.0-model' },
    targets,
    models,
    findings: [],
    regressed: false,
    informational: false,
    ...extra,
  };
}

/** A small classifier: conv, depthwise, a CPU-only custom op, a softmax. */
export function smallModelOps(): OperatorResult[] {
  return operators([
    { type: 'CONV_2D', name: 'stem/conv', macs: 1_000_000 },
    { type: 'DEPTHWISE_CONV_2D', name: 'block1/dw', macs: 200_000 },
    { type: 'CONV_2D', name: 'block1/pw', macs: 2_000_000 },
    {
      type: 'CUSTOM',
      name: 'postproc/nms',
      cpu: { rule: 'op.unsupported', message: 'Unsupported operator type CUSTOM' },
    },
    { type: 'FULLY_CONNECTED', name: 'head/fc', macs: 100_000 },
    { type: 'SOFTMAX', name: 'head/softmax' },
  ]);
}
