// Magnitude pruning in the quantized domain: in each selected weight tensor, the k = round(sparsity x n) values
// closest to their zero point become exactly the zero point (a real value of 0). Ties go to the lower element
// index, so the result is deterministic. Values already at the zero point count first; a tensor that is already
// sparser than asked keeps its zeros (pruning never restores a weight).
//
// Scales, zero points and biases stay as they are: every weight is still an integer on its own quantization grid,
// so the requantization of the layer (input scale x weight scale / output scale) and the bias scale
// (input scale x weight scale) remain exactly right for the changed weights.
import type { Model } from '../graph/types.js';
import { replaceTensorData, tensorKey } from './replace.js';
import { encodeQuantizedWeights, readQuantizedWeights, selectWeights, type WeightRef } from './weights.js';

export interface PruneOptions {
  /** Fraction of values set to the zero point per tensor, 0 <= sparsity < 1. */
  sparsity: number;
  /** The tensors to prune (default: every supported weight tensor, see selectWeights). */
  layers?: readonly WeightRef[];
}

/** Returns a pruned copy of `model`; `model` itself is not changed. */
export function pruneModel(model: Model, opts: PruneOptions): Model {
  if (!(opts.sparsity >= 0 && opts.sparsity < 1))
    throw new RangeError(`sparsity must be in [0, 1), not ${opts.sparsity}`);
  const layers = opts.layers ?? selectWeights(model).weights;
  const data = new Map<string, Uint8Array>();
  for (const ref of layers) {
    const tensor = model.subgraphs[ref.subgraph].tensors[ref.tensor];
    const w = readQuantizedWeights(model, tensor);
    pruneValues(w.centred, opts.sparsity);
    data.set(tensorKey(ref.subgraph, ref.tensor), encodeQuantizedWeights(w));
  }
  return replaceTensorData(model, data);
}

/** Sets the round(sparsity x n) smallest-magnitude values of `centred` to 0, in place. */
export function pruneValues(centred: Int32Array, sparsity: number): void {
  const n = centred.length;
  const k = Math.round(sparsity * n);
  if (k === 0) return;
  // Magnitudes of 8-bit values centred on their zero point are small integers: a counting pass finds the
  // magnitude below which every value goes, then the lowest-index values at exactly that magnitude fill up to k.
  let maxMagnitude = 0;
  for (let i = 0; i < n; i++) maxMagnitude = Math.max(maxMagnitude, Math.abs(centred[i]));
  const counts = new Float64Array(maxMagnitude + 1);
  for (let i = 0; i < n; i++) counts[Math.abs(centred[i])]++;
  let threshold = 0;
  let below = 0;
  for (; threshold <= maxMagnitude; threshold++) {
    if (below + counts[threshold] >= k) break;
    below += counts[threshold];
  }
  let atThreshold = k - below;
  for (let i = 0; i < n; i++) {
    const m = Math.abs(centred[i]);
    if (m < threshold) centred[i] = 0;
    else if (m === threshold && atThreshold > 0) {
      centred[i] = 0;
      atThreshold--;
    }
  }
}
