// Folds Vela's outputs back onto the TFLite operators of the model, into the same report structures
// the built-in engine returns: one OperatorResult per operator (placement and reasons) and a
// PerfResult whose layers are per TFLite operator (Vela's rows are per internal operation).
import type { Model } from '../graph/types.js';
import type { LayerPerf, OperatorResult, PerfResult, PerfSummary, Reason } from '../report/types.js';
import type { DebugDb } from './debug-db.js';
import { VelaOutputError } from './errors.js';
import type { PerLayerRow } from './per-layer.js';
import type { VelaWarning } from './stdout.js';

export interface OpRef {
  subgraph: number;
  index: number;
}

/** How per-layer rows were tied to operators: Vela's database (exact) or output tensor names (best effort). */
export type RowMapping = 'debug-db' | 'names';

/**
 * Subgraph and operator index of each source id. Vela lists the operators subgraph by subgraph with
 * `ext_key` restarting at 0, so a key that does not grow starts the next subgraph.
 */
export function sourceOperators(db: DebugDb, model: Model): Map<number, OpRef> {
  const out = new Map<number, OpRef>();
  const sources = [...db.sources].sort((a, b) => a.id - b.id);
  let sg = 0;
  let prevKey = -1;
  for (const s of sources) {
    if (s.extKey <= prevKey) sg++;
    while (sg < model.subgraphs.length && s.extKey >= model.subgraphs[sg].operators.length) sg++;
    if (sg >= model.subgraphs.length) break;
    out.set(s.id, { subgraph: sg, index: s.extKey });
    prevKey = s.extKey;
  }
  return out;
}

/** The operator each per-layer row came from (null for rows Vela added without a source). */
export function mapRowsWithDb(rows: readonly PerLayerRow[], db: DebugDb, model: Model): (OpRef | null)[] {
  if (db.perf.length !== rows.length) {
    throw new VelaOutputError(
      `the per-layer CSV has ${rows.length} rows but the debug database has ${db.perf.length} perf rows`,
    );
  }
  const bySource = sourceOperators(db, model);
  return rows.map((row, i) => {
    const p = db.perf[i];
    if (p.operator !== row.internalOperator) {
      throw new VelaOutputError(
        `per-layer row ${i + 1} is ${row.internalOperator} but the debug database has ${p.operator} there`,
      );
    }
    return bySource.get(p.sourceId) ?? null;
  });
}

/**
 * Without the database (best effort): a row whose Name is an operator's output tensor belongs to that
 * operator; a row with another name (a decomposed softmax's steps, ...) belongs to the nearest named
 * row of the same source operator type in its run, the following one first, since a decomposition
 * ends in the operator's own output. Exact when each operator keeps its output name.
 */
export function mapRowsByName(rows: readonly PerLayerRow[], model: Model): (OpRef | null)[] {
  const byName = new Map<string, OpRef[]>();
  for (const sg of model.subgraphs) {
    for (const op of sg.operators) {
      const name = sg.tensors[op.outputs[0]]?.name;
      if (name === undefined) continue;
      const list = byName.get(name) ?? [];
      list.push({ subgraph: sg.index, index: op.index });
      byName.set(name, list);
    }
  }
  const key = (r: OpRef) => `${r.subgraph}:${r.index}`;
  const used = new Set<string>();
  const refs: (OpRef | null)[] = rows.map(() => null);
  rows.forEach((row, i) => {
    const candidates = byName.get(row.name) ?? [];
    const prev = i > 0 ? refs[i - 1] : null;
    // Consecutive rows of one operator (e.g. Conv2D then its fused Relu) share its name.
    if (prev && rows[i - 1].originalOperator === row.originalOperator && candidates.some((c) => key(c) === key(prev))) {
      refs[i] = prev;
      return;
    }
    const fresh = candidates.find((c) => !used.has(key(c))) ?? null;
    if (fresh) used.add(key(fresh));
    refs[i] = fresh;
  });
  const named = refs.slice();
  rows.forEach((row, i) => {
    if (named[i]) return;
    const near = (step: 1 | -1): OpRef | null => {
      for (let j = i + step; j >= 0 && j < rows.length; j += step) {
        if (rows[j].originalOperator !== row.originalOperator) return null;
        if (named[j]) return named[j];
      }
      return null;
    };
    refs[i] = near(1) ?? near(-1);
  });
  return refs;
}

/** A stable rule id from the constraint Vela documents, e.g. `vela.feature-map-data-types-must-be-one-of`. */
export function ruleId(warning: VelaWarning): string {
  const basis = warning.constraint[0]?.trim() || warning.reason || 'unsupported';
  const words = basis
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .slice(0, 8);
  return `vela.${words.join('-') || 'unsupported'}`;
}

function warningReason(warning: VelaWarning): Reason {
  const constraint = warning.constraint.map((l) => l.trim()).join(' ');
  const reason = warning.reason || `${warning.operator} is not supported`;
  return { rule: ruleId(warning), message: constraint ? `${reason}. ${constraint}` : reason };
}

/** Tensor names a warning's ofm can stand for: Vela prints `<unnamed>` for an empty name and appends `_act` for a fused activation. */
function warningNames(ofm: string): string[] {
  const bases = ofm.endsWith('_act') ? [ofm, ofm.slice(0, -'_act'.length)] : [ofm];
  return bases.flatMap((n) => (n === '<unnamed>' ? [n, ''] : [n]));
}

const NO_WARNING: Reason = {
  rule: 'vela.passthrough',
  message: 'Vela runs this operator on the CPU (Passthrough) and printed no reason for it',
};

export interface FoldInput {
  model: Model;
  rows: readonly PerLayerRow[];
  /** rows[i] came from refs[i]. */
  refs: readonly (OpRef | null)[];
  warnings: readonly VelaWarning[];
  summary: PerfSummary;
  /** MACs per cycle of the target, for MAC utilisation. */
  macsPerCycle: number;
}

export interface Folded {
  operators: OperatorResult[];
  performance: PerfResult;
  /** Warnings that named no operator of the model (kept so that nothing Vela said is lost). */
  unmatchedWarnings: VelaWarning[];
}

export function foldVelaOutput({ model, rows, refs, warnings, summary, macsPerCycle }: FoldInput): Folded {
  const key = (sg: number, i: number) => `${sg}:${i}`;
  const rowsByOp = new Map<string, PerLayerRow[]>();
  rows.forEach((row, i) => {
    const ref = refs[i];
    if (!ref) return;
    const k = key(ref.subgraph, ref.index);
    const list = rowsByOp.get(k) ?? [];
    list.push(row);
    rowsByOp.set(k, list);
  });

  const operators: OperatorResult[] = model.subgraphs.flatMap((sg) =>
    sg.operators.map((op) => ({
      subgraph: sg.index,
      index: op.index,
      type: op.type,
      name: sg.tensors[op.outputs[0]]?.name ?? '',
      placement: (rowsByOp.get(key(sg.index, op.index)) ?? []).some((r) => r.target === 'CPU')
        ? ('CPU' as const)
        : ('NPU' as const),
      reasons: [] as Reason[],
      macs: op.macs,
    })),
  );

  // Warnings name the operator by output tensor; a fused activation that fails is reported under the
  // main operator's name with `_act` appended. Prefer an operator already known to be on the CPU and
  // not yet explained, as names need not be unique.
  const unmatchedWarnings: VelaWarning[] = [];
  for (const w of warnings) {
    const names = warningNames(w.ofm);
    let candidates = operators.filter((o) => names.includes(o.name));
    if (candidates.length === 0) {
      // Last resort: same operator type and same last name segment (names may be shortened in print).
      const last = (n: string) => n.slice(n.lastIndexOf('/') + 1);
      candidates = operators.filter((o) => o.type === w.operator && names.some((n) => last(n) === last(o.name)));
    }
    const unexplained = (o: OperatorResult) => o.reasons.length === 0;
    const target =
      candidates.find((o) => o.placement === 'CPU' && unexplained(o) && o.type === w.operator) ??
      candidates.find((o) => o.placement === 'CPU' && unexplained(o)) ??
      candidates.find(unexplained) ??
      candidates[0];
    if (!target) {
      unmatchedWarnings.push(w);
      continue;
    }
    // A warning means the operator failed a check: Vela makes it a CPU Passthrough even when it
    // leaves no per-layer row (e.g. control flow).
    target.placement = 'CPU';
    target.reasons.push(warningReason(w));
  }
  for (const o of operators) if (o.placement === 'CPU' && o.reasons.length === 0) o.reasons.push({ ...NO_WARNING });

  const layers: LayerPerf[] = [];
  for (const o of operators) {
    if (o.placement !== 'NPU') continue;
    const opRows = rowsByOp.get(key(o.subgraph, o.index));
    if (!opRows || opRows.length === 0) continue;
    const sum = (f: (r: PerLayerRow) => number) => opRows.reduce((a, r) => a + f(r), 0);
    const cycles = sum((r) => r.opCycles);
    const npuCycles = sum((r) => r.npuCycles);
    const macs = sum((r) => r.macs);
    layers.push({
      subgraph: o.subgraph,
      operatorIndex: o.index,
      type: o.type,
      cycles,
      npuCycles,
      macs,
      macUtilisation: cycles > 0 && macsPerCycle > 0 ? macs / (cycles * macsPerCycle) : 0,
      accessCycles: {
        sram: sum((r) => r.sramAccessCycles),
        dram: sum((r) => r.dramAccessCycles),
        onChipFlash: sum((r) => r.onChipFlashAccessCycles),
        offChipFlash: sum((r) => r.offChipFlashAccessCycles),
      },
      // Each row costs max(compute, memories); more than compute means a memory set the cost.
      memoryBound: cycles > npuCycles,
    });
  }

  const cpuOperators = operators
    .filter((o) => o.placement === 'CPU')
    .map((o) => ({ subgraph: o.subgraph, operatorIndex: o.index, type: o.type, macs: o.macs }));

  return { operators, performance: { summary, layers, cpuOperators }, unmatchedWarnings };
}
