// Counting helpers for the optimize tests: they read the stored bytes of a weight tensor directly (not through
// src/optimize), so the counts check the engine rather than repeat it.
import type { Model, Tensor } from '../../src/graph/types.js';

export interface TensorCounts {
  elements: number;
  /** Values equal to their group's zero point. */
  zeros: number;
  /** Distinct stored values per quantization group (output channel with per-axis quantization, else one group). */
  groupDistinct: number[];
  groupZeros: number[];
}

export function countTensor(model: Model, t: Tensor): TensorCounts {
  const data = model.buffers[t.buffer].data!;
  const q = t.quantization!;
  const perAxis = q.scale.length > 1;
  const axis = q.quantizedDimension;
  const dims = t.shape;
  const elements = dims.reduce((a, d) => a * d, 1);
  const inner = perAxis ? dims.slice(axis + 1).reduce((a, d) => a * d, 1) : 1;
  const groups = perAxis ? dims[axis] : 1;
  const sets = Array.from({ length: groups }, () => new Set<number>());
  const groupZeros = new Array<number>(groups).fill(0);
  let zeros = 0;
  for (let i = 0; i < elements; i++) {
    const g = perAxis ? Math.floor(i / inner) % groups : 0;
    const v = t.dtype === 'int8' ? (data[i] << 24) >> 24 : data[i];
    sets[g].add(v);
    if (v === (q.zeroPoint[g] ?? q.zeroPoint[0])) {
      zeros++;
      groupZeros[g]++;
    }
  }
  return { elements, zeros, groupDistinct: sets.map((s) => s.size), groupZeros };
}

/** A tensor's distinct values with its zero-point values left out, per group. */
export function nonZeroDistinct(model: Model, t: Tensor): number[] {
  const c = countTensor(model, t);
  return c.groupDistinct.map((d, g) => d - (c.groupZeros[g] > 0 ? 1 : 0));
}
