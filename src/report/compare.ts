// Base vs head for one model on one target, as data: which operators moved between NPU and CPU, which
// appeared or vanished, which layers got slower, and every summary figure's change. Reports render this.
import type { OperatorResult, PerfSummary, TargetResult } from './types.js';

export type FigureUnit = 'ratio' | 'count' | 'cycles' | 'ms' | 'per-second' | 'bytes';

export interface FigureChange {
  /** Field name in the contract, e.g. `inferenceTimeMs`. */
  id: string;
  label: string;
  unit: FigureUnit;
  base: number;
  head: number;
}

export interface PlacementChange {
  base: OperatorResult;
  head: OperatorResult;
}

export interface LayerChange {
  /** The head operator (or the base one for a removed operator). */
  operator: OperatorResult;
  baseCycles: number;
  headCycles: number;
  /** Where it ran in base: absent for a new operator. */
  basePlacement?: OperatorResult['placement'];
  /** Where it runs in head: absent for a removed operator. */
  headPlacement?: OperatorResult['placement'];
}

export interface TargetComparison {
  target: string;
  /** NPU->CPU first (the regressions), then CPU->NPU. */
  placementChanges: PlacementChange[];
  addedOperators: OperatorResult[];
  removedOperators: OperatorResult[];
  /** Largest absolute cycle change first; unchanged layers left out. */
  layerChanges: LayerChange[];
  /** Head operators on the CPU (no cycles: a layer table says where they went). */
  cpuOperators: OperatorResult[];
  figures: FigureChange[];
}

/**
 * Operators are matched by subgraph, type and output tensor name (the n-th occurrence of that triple),
 * not by index: inserting one operator shifts every index after it but changes nothing else.
 */
export function operatorKeys(operators: readonly OperatorResult[]): Map<string, OperatorResult> {
  const seen = new Map<string, number>();
  const keyed = new Map<string, OperatorResult>();
  for (const op of operators) {
    const base = `${op.subgraph}\u0000${op.type}\u0000${op.name}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keyed.set(`${base}\u0000${n}`, op);
  }
  return keyed;
}

/** Cycles per operator, summing the layers an operator was split into. */
export function cyclesByOperator(target: TargetResult): Map<string, number> {
  const cycles = new Map<string, number>();
  for (const layer of target.performance?.layers ?? []) {
    const id = `${layer.subgraph}:${layer.operatorIndex}`;
    cycles.set(id, (cycles.get(id) ?? 0) + layer.cycles);
  }
  return cycles;
}

const opId = (op: OperatorResult): string => `${op.subgraph}:${op.index}`;

const PERF_FIGURES: { id: keyof PerfSummary; label: string; unit: FigureUnit }[] = [
  { id: 'inferenceTimeMs', label: 'Inference time', unit: 'ms' },
  { id: 'inferencesPerSecond', label: 'Inferences per second', unit: 'per-second' },
  { id: 'totalCycles', label: 'Total cycles', unit: 'cycles' },
  { id: 'npuCycles', label: 'NPU cycles', unit: 'cycles' },
  { id: 'macs', label: 'MACs', unit: 'count' },
  { id: 'sramUsedBytes', label: 'SRAM used', unit: 'bytes' },
  { id: 'dramUsedBytes', label: 'DRAM used', unit: 'bytes' },
  { id: 'onChipFlashUsedBytes', label: 'On-chip flash used', unit: 'bytes' },
  { id: 'offChipFlashUsedBytes', label: 'Off-chip flash used', unit: 'bytes' },
  { id: 'weightsOriginalBytes', label: 'Weights (original)', unit: 'bytes' },
  { id: 'weightsEncodedBytes', label: 'Weights (NPU encoded)', unit: 'bytes' },
];

/** Every summary figure of both results, in a fixed order; performance figures only when both have them. */
export function figureChanges(base: TargetResult, head: TargetResult): FigureChange[] {
  const figures: FigureChange[] = [
    {
      id: 'npuCoverage',
      label: 'NPU coverage (operators)',
      unit: 'ratio',
      base: base.npuCoverage,
      head: head.npuCoverage,
    },
    { id: 'macCoverage', label: 'NPU coverage (MACs)', unit: 'ratio', base: base.macCoverage, head: head.macCoverage },
    { id: 'npuOperators', label: 'NPU operators', unit: 'count', base: base.npuOperators, head: head.npuOperators },
    { id: 'cpuOperators', label: 'CPU operators', unit: 'count', base: base.cpuOperators, head: head.cpuOperators },
    {
      id: 'partitions.npu',
      label: 'NPU partitions',
      unit: 'count',
      base: base.partitions.npu,
      head: head.partitions.npu,
    },
    {
      id: 'partitions.cpu',
      label: 'CPU partitions',
      unit: 'count',
      base: base.partitions.cpu,
      head: head.partitions.cpu,
    },
  ];
  const b = base.performance?.summary;
  const h = head.performance?.summary;
  if (b && h) {
    for (const f of PERF_FIGURES) {
      figures.push({ id: f.id, label: f.label, unit: f.unit, base: b[f.id] as number, head: h[f.id] as number });
    }
  }
  return figures;
}

export function compareTargets(base: TargetResult, head: TargetResult): TargetComparison {
  const baseOps = operatorKeys(base.operators);
  const headOps = operatorKeys(head.operators);
  const placementChanges: PlacementChange[] = [];
  const addedOperators: OperatorResult[] = [];
  const removedOperators: OperatorResult[] = [];
  for (const [key, h] of headOps) {
    const b = baseOps.get(key);
    if (!b) addedOperators.push(h);
    else if (b.placement !== h.placement) placementChanges.push({ base: b, head: h });
  }
  for (const [key, b] of baseOps) if (!headOps.has(key)) removedOperators.push(b);
  placementChanges.sort((x, y) => rankMove(x) - rankMove(y));

  const baseCycles = cyclesByOperator(base);
  const headCycles = cyclesByOperator(head);
  const layerChanges: LayerChange[] = [];
  if (base.performance && head.performance) {
    for (const [key, h] of headOps) {
      const b = baseOps.get(key);
      const hc = headCycles.get(opId(h)) ?? 0;
      const bc = b ? (baseCycles.get(opId(b)) ?? 0) : 0;
      if (hc !== bc)
        layerChanges.push({
          operator: h,
          baseCycles: bc,
          headCycles: hc,
          basePlacement: b?.placement,
          headPlacement: h.placement,
        });
    }
    for (const b of removedOperators) {
      const bc = baseCycles.get(opId(b)) ?? 0;
      if (bc) layerChanges.push({ operator: b, baseCycles: bc, headCycles: 0, basePlacement: b.placement });
    }
    layerChanges.sort((x, y) => Math.abs(y.headCycles - y.baseCycles) - Math.abs(x.headCycles - x.baseCycles));
  }
  return {
    target: head.target,
    placementChanges,
    addedOperators,
    removedOperators,
    layerChanges,
    cpuOperators: head.operators.filter((o) => o.placement === 'CPU'),
    figures: figureChanges(base, head),
  };
}

/** NPU->CPU moves sort before CPU->NPU ones. */
function rankMove(c: PlacementChange): number {
  return c.head.placement === 'CPU' ? 0 : 1;
}

/** True when anything a reader would care about changed. */
export function hasChanges(c: TargetComparison): boolean {
  return (
    c.placementChanges.length > 0 ||
    c.addedOperators.length > 0 ||
    c.removedOperators.length > 0 ||
    c.layerChanges.length > 0 ||
    c.figures.some((f) => f.base !== f.head)
  );
}
