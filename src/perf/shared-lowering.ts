// Lowered graphs shared by the targets that lower a subgraph alike. Lowering reads only whether the NPU is an
// Ethos-U85 and which operators run on the NPU, so the nine MLIA targets need two lowerings of a model, not nine
// (an unrolled LSTM spent a fifth of its check lowering). The exception, a U85 convolution with a stride above 3
// and a large output, is split by the target's block configs: such a subgraph is lowered per MAC config. The
// core count changes only the first estimates of the weight records' sizes, which each target sets for its own
// (setCoreDependentSizes). Costing writes a target's own state into the graph: the weight records' sizes and
// formats, and the CPU operators' maps it adds to the buffers. Both are put back as lowering left them before the
// graph serves the next target.
import type { Model, Subgraph } from '../graph/types.js';
import type { NpuFamily } from '../targets/types.js';
import { lowerSubgraph, setCoreDependentSizes, type LoweredGraph, type OfmBlockOf } from './lower/index.js';
import type { Buffer, WeightInfo } from './ops.js';

interface Lowering {
  graph: LoweredGraph;
  /** Every weight record an operation reaches, with its fields as lowering left them. */
  weights: [WeightInfo, WeightInfo][];
  /** The buffers lowering made, with their layout flag. */
  buffers: Map<string, [Buffer, boolean]>;
}

/** Models are read-only once read (see compat's prepare): their lowerings live as long as they do. */
const lowerings = new WeakMap<Model, Map<string, Lowering>>();

/**
 * The lowered graph of `sg` for a target of this family and core count, as lowerSubgraph makes it. `blocks`
 * gives the target's block configs (named by `config`, the NPU's MAC configuration) to the rare decomposition
 * that reads them; a lowering that did is shared only by targets of the same config.
 */
export function sharedLowering(
  model: Model,
  sg: Subgraph,
  npuOps: ReadonlySet<number>,
  family: NpuFamily,
  cores: number,
  blocks?: { config: string; ofmBlockOf: OfmBlockOf },
): LoweredGraph {
  let perModel = lowerings.get(model);
  if (!perModel) lowerings.set(model, (perModel = new Map()));
  // Lowering tells U85 from the rest, never U55 from U65.
  const kind = family === 'u85' ? 'u85' : 'u55/u65';
  const familyKey = `${sg.index}/${kind}/${[...npuOps].sort((a, b) => a - b).join(',')}`;
  const first = perModel.get(familyKey);
  const key = first?.graph.readsBlockConfigs ? `${familyKey}/${blocks?.config ?? '-'}` : familyKey;
  const known = perModel.get(key);
  if (known) {
    reset(known);
    for (const [w] of known.weights) setCoreDependentSizes(w, family, cores);
    return known.graph;
  }
  const graph = lowerSubgraph(model, sg, npuOps, family, cores, new Map(), blocks?.ofmBlockOf);
  const records = new Set<WeightInfo>();
  for (const op of graph.ops) {
    if (op.weights) records.add(op.weights);
    for (const c of op.chained ?? []) if (c.weights) records.add(c.weights);
  }
  const entry: Lowering = {
    graph,
    weights: [...records].map((w) => [w, { ...w }]),
    buffers: new Map([...graph.buffers].map(([k, b]) => [k, [b, b.linear]])),
  };
  // The family's first lowering stays under the family's key: it tells the next target whether it may share it.
  if (!first) perModel.set(familyKey, entry);
  if (graph.readsBlockConfigs) perModel.set(`${familyKey}/${blocks?.config ?? '-'}`, entry);
  return graph;
}

/** Fields costing sets on a weight record (absent after lowering). */
const PER_TARGET: readonly (keyof WeightInfo)[] = ['sized', 'sizedFor', 'sampled', 'sparse', 'fast', 'slicedBytes'];

function reset(l: Lowering): void {
  for (const [w, initial] of l.weights) {
    const record = w as unknown as Record<string, unknown>;
    for (const k of PER_TARGET) if (!(k in initial)) record[k] = undefined;
    Object.assign(w, initial);
  }
  for (const k of [...l.graph.buffers.keys()]) if (!l.buffers.has(k)) l.graph.buffers.delete(k);
  for (const [b, linear] of l.buffers.values()) b.linear = linear;
}
