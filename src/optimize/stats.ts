// What an optimization did to each weight tensor: zeros (values at the zero point) and distinct values, per tensor
// and per quantization group (output channel with per-axis quantization).
import type { Model } from '../graph/types.js';
import { readQuantizedWeights, type WeightRef } from './weights.js';

export interface WeightTensorStats {
  subgraph: number;
  tensor: number;
  name: string;
  /** The operators using these weights, e.g. `#3 CONV_2D`. */
  layers: string[];
  shape: number[];
  elements: number;
  /** Values equal to their zero point (a real 0). */
  zeros: number;
  /** zeros / elements. */
  sparsity: number;
  /** Distinct stored values in the whole tensor. */
  distinct: number;
  /** Quantization groups: output channels with per-axis quantization, else 1. */
  groups: number;
  /** The largest number of distinct values in one group (what clustering bounds). */
  maxGroupDistinct: number;
}

export function weightStats(model: Model, refs: readonly WeightRef[]): WeightTensorStats[] {
  return refs.map((ref) => {
    const t = model.subgraphs[ref.subgraph].tensors[ref.tensor];
    const w = readQuantizedWeights(model, t);
    const data = model.buffers[t.buffer].data!;
    let zeros = 0;
    const all = new Set<number>();
    const perGroup = Array.from({ length: w.groups }, () => new Set<number>());
    for (let i = 0; i < w.centred.length; i++) {
      if (w.centred[i] === 0) zeros++;
      all.add(data[i]);
      perGroup[w.group[i]].add(data[i]);
    }
    const elements = w.centred.length;
    return {
      subgraph: ref.subgraph,
      tensor: ref.tensor,
      name: t.name,
      layers: ref.users.map((u) => `#${u.index} ${u.type}`),
      shape: [...t.shape],
      elements,
      zeros,
      sparsity: elements ? zeros / elements : 0,
      distinct: all.size,
      groups: w.groups,
      maxGroupDistinct: Math.max(0, ...perGroup.map((s) => s.size)),
    };
  });
}
