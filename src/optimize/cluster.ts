// Weight clustering: each quantization group (an output channel with per-axis quantization, else the whole tensor)
// ends up with exactly min(N, distinct) distinct values. One-dimensional k-means over the group's values, with
// centroids rounded to the quantization grid and every weight replaced by its centroid.
//
// Within a group all values share one scale, so k-means on the real values (q - zp) x scale is k-means on
// q - zp scaled: it runs on the integers, and "rounded to the grid" is rounding the integer mean.
// In one dimension k-means clusters are runs of the sorted values, and the rounded mean of a run lies inside it,
// so distinct runs always give distinct centroids: the count is exact, not approximate.
//
// With preserveZeros (pruning + clustering), values at the zero point form a cluster of their own that never
// moves, and no other cluster may round onto it (not even in a group that has no zeros), so the pruned sparsity
// survives clustering exactly.
// Scales, zero points and biases stay as they are: the weights remain on their own quantization grid.
import type { Model } from '../graph/types.js';
import { replaceTensorData, tensorKey } from './replace.js';
import { encodeQuantizedWeights, readQuantizedWeights, selectWeights, type WeightRef } from './weights.js';

export interface ClusterOptions {
  /** Distinct values per group (including the zero cluster when preserveZeros applies), >= 2. */
  clusters: number;
  /** Keep values at the zero point as a fixed cluster (sparsity-preserving clustering). */
  preserveZeros?: boolean;
  layers?: readonly WeightRef[];
}

/** Lloyd iterations are capped; 1-D runs converge in a handful. */
const MAX_ITERATIONS = 100;

/** Returns a clustered copy of `model`; `model` itself is not changed. */
export function clusterModel(model: Model, opts: ClusterOptions): Model {
  if (!(Number.isInteger(opts.clusters) && opts.clusters >= 2))
    throw new RangeError(`clusters must be a whole number >= 2, not ${opts.clusters}`);
  const layers = opts.layers ?? selectWeights(model).weights;
  const data = new Map<string, Uint8Array>();
  for (const ref of layers) {
    const tensor = model.subgraphs[ref.subgraph].tensors[ref.tensor];
    const w = readQuantizedWeights(model, tensor);
    clusterGroups(w.centred, w.group, w.groups, opts.clusters, opts.preserveZeros ?? false);
    data.set(tensorKey(ref.subgraph, ref.tensor), encodeQuantizedWeights(w));
  }
  return replaceTensorData(model, data);
}

/**
 * Replaces the integers in `values` (centred on the zero point) by at most `clusters` centroids, in place; the
 * result has exactly min(clusters, distinct) distinct values.
 */
export function clusterValues(values: Int32Array, clusters: number, preserveZeros: boolean): void {
  clusterGroups(values, new Int32Array(values.length), 1, clusters, preserveZeros);
}

/** clusterValues for each group of `values` (group[i] in 0..groups-1), from one histogram pass over the tensor. */
function clusterGroups(
  values: Int32Array,
  group: Int32Array,
  groups: number,
  clusters: number,
  preserveZeros: boolean,
): void {
  if (!values.length) return;
  let lo = values[0];
  let hi = values[0];
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const range = hi - lo + 1;
  const counts = new Float64Array(groups * range);
  for (let i = 0; i < values.length; i++) counts[group[i] * range + values[i] - lo]++;
  // Per group, the value each stored value becomes (identity where nothing changes).
  const table = new Int32Array(groups * range);
  for (let g = 0; g < groups; g++) {
    const base = g * range;
    for (let r = 0; r < range; r++) table[base + r] = r + lo;
    const keepZero = preserveZeros && lo <= 0 && hi >= 0 && counts[base - lo] > 0;
    const distinct: number[] = [];
    const weight: number[] = [];
    for (let r = 0; r < range; r++)
      if (counts[base + r] > 0 && !(keepZero && r + lo === 0)) {
        distinct.push(r + lo);
        weight.push(counts[base + r]);
      }
    const budget = clusters - (keepZero ? 1 : 0);
    if (distinct.length <= budget) continue;
    const hist = new Histogram(distinct, weight);
    for (const [start, end] of kMeansRuns(hist, budget)) {
      const mean = hist.mean(start, end);
      let c = Math.round(mean);
      // Only a run with values on both sides of 0 can round to 0; its ends lie at <= -1 and >= 1, so the nearest
      // non-zero grid point on the mean's side is still inside the run and still distinct from its neighbours'.
      // With preserveZeros this holds in groups without zeros too, so clustering never adds sparsity.
      if (preserveZeros && c === 0) c = mean < 0 ? -1 : 1;
      for (let j = start; j < end; j++) table[base + distinct[j] - lo] = c;
    }
  }
  for (let i = 0; i < values.length; i++) values[i] = table[group[i] * range + values[i] - lo];
}

/** Weighted sorted values with prefix sums: any run's mean and squared error in O(1). */
class Histogram {
  private readonly w: Float64Array;
  private readonly s: Float64Array;
  private readonly ss: Float64Array;
  constructor(
    readonly sorted: readonly number[],
    weight: readonly number[],
  ) {
    const m = sorted.length;
    this.w = new Float64Array(m + 1);
    this.s = new Float64Array(m + 1);
    this.ss = new Float64Array(m + 1);
    for (let j = 0; j < m; j++) {
      this.w[j + 1] = this.w[j] + weight[j];
      this.s[j + 1] = this.s[j] + weight[j] * sorted[j];
      this.ss[j + 1] = this.ss[j] + weight[j] * sorted[j] * sorted[j];
    }
  }
  mean(start: number, end: number): number {
    return (this.s[end] - this.s[start]) / (this.w[end] - this.w[start]);
  }
  squaredError(start: number, end: number): number {
    const n = this.w[end] - this.w[start];
    const sum = this.s[end] - this.s[start];
    return Math.max(0, this.ss[end] - this.ss[start] - (sum * sum) / n);
  }
}

/** [start, end) runs of the sorted values, exactly k non-empty runs, from k-means with linearly spaced starts. */
function kMeansRuns(h: Histogram, k: number): [number, number][] {
  const { sorted } = h;
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  // Linearly spaced initial centroids over the value range (TF MOT's LINEAR init).
  let centroids = Array.from({ length: k }, (_, i) => (k === 1 ? (lo + hi) / 2 : lo + ((hi - lo) * i) / (k - 1)));
  let runs: [number, number][] = [];
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    const next = fillRuns(assign(sorted, centroids), h, k);
    if (sameRuns(next, runs)) break;
    runs = next;
    centroids = runs.map(([s, e]) => h.mean(s, e));
  }
  return runs;
}

/** Runs from nearest-centroid assignment (centroids ascending, so each cluster is one contiguous run). */
function assign(sorted: readonly number[], centroids: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  let c = 0;
  let start = 0;
  for (let j = 0; j < sorted.length; j++) {
    let best = c;
    const v = sorted[j];
    while (best + 1 < centroids.length && Math.abs(v - centroids[best + 1]) < Math.abs(v - centroids[best])) best++;
    if (best !== c) {
      if (j > start) runs.push([start, j]);
      start = j;
      c = best;
    }
  }
  runs.push([start, sorted.length]);
  return runs;
}

/** Splits the run with the largest squared error at its best point until there are k runs (refills empty clusters). */
function fillRuns(runs: [number, number][], h: Histogram, k: number): [number, number][] {
  const out = runs.slice();
  while (out.length < k) {
    let worst = -1;
    let worstCost = -1;
    out.forEach(([s, e], i) => {
      if (e - s < 2) return;
      const cost = h.squaredError(s, e);
      if (cost > worstCost) [worst, worstCost] = [i, cost];
    });
    const [s, e] = out[worst];
    let bestSplit = s + 1;
    let bestCost = Infinity;
    for (let p = s + 1; p < e; p++) {
      const cost = h.squaredError(s, p) + h.squaredError(p, e);
      if (cost < bestCost) [bestSplit, bestCost] = [p, cost];
    }
    out.splice(worst, 1, [s, bestSplit], [bestSplit, e]);
  }
  return out;
}

function sameRuns(a: readonly [number, number][], b: readonly [number, number][]): boolean {
  return a.length === b.length && a.every(([s, e], i) => s === b[i][0] && e === b[i][1]);
}
