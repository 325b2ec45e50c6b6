// The range of a constant that an elementwise MUL multiplies into an activation (an input batch-norm's per-feature
// multiplier, a mask, a gain table), chosen for the product rather than for the constant alone. A per-tensor int8
// constant spanning [0.2, 1e4] rounds every ordinary multiplier to zero; but an element can be clipped at no cost
// when the activation it multiplies is always zero on the calibration data (a feature the model ignores, such as
// the imaginary part of a DC bin). So each element's error is weighted by the calibrated sum of squares of the
// activation values it multiplies, and the range minimising the weighted error over a set of clip points wins.
// When every element meets real data, clipping a large one costs more than the finer step saves elsewhere, so the
// full min/max range normally stays (as on random calibration data, where no feature is silent).
import { activationParams, type ActivationType } from './params.js';
import { rangeOf } from './tensor-data.js';
import type { TensorRange } from './types.js';

/** Clip points tried per side, spread over the sorted magnitudes (the extremes always included). */
const CANDIDATES = 48;
/** Larger constants keep their full range: the search would cost seconds (and such tables are rarely MUL gains). */
const MAX_SEARCHED = 1 << 16;

/**
 * Per element of the constant (shape `constShape`), the sum over the calibration samples of the squares of the
 * activation values (shape `actShape`, per-element sums `squares`) it multiplies, under numpy broadcasting.
 */
export function productWeights(
  constShape: readonly number[],
  actShape: readonly number[],
  squares: Float64Array,
): Float64Array {
  const rank = Math.max(constShape.length, actShape.length);
  const pad = (s: readonly number[]) => [...new Array<number>(rank - s.length).fill(1), ...s];
  const c = pad(constShape);
  const a = pad(actShape);
  const out = c.map((d, i) => Math.max(d, a[i]));
  const strides = (s: number[]) => {
    const st = new Array<number>(rank).fill(0);
    let acc = 1;
    for (let i = rank - 1; i >= 0; i--) {
      st[i] = s[i] === 1 ? 0 : acc; // a broadcast axis repeats the same element
      acc *= s[i];
    }
    return st;
  };
  const cStride = strides(c);
  const aStride = strides(a);
  const weights = new Float64Array(c.reduce((x, d) => x * d, 1));
  const total = out.reduce((x, d) => x * d, 1);
  const index = new Array<number>(rank).fill(0);
  for (let n = 0; n < total; n++) {
    let ci = 0;
    let ai = 0;
    for (let i = 0; i < rank; i++) {
      ci += index[i] * cStride[i];
      ai += index[i] * aStride[i];
    }
    weights[ci] += squares[ai];
    for (let i = rank - 1; i >= 0; i--) {
      if (++index[i] < out[i]) break;
      index[i] = 0;
    }
  }
  return weights;
}

function weightedError(values: Float32Array, weights: Float64Array, r: TensorRange, act: ActivationType): number {
  const q = activationParams(r, act);
  const scale = q.scale[0];
  const zp = q.zeroPoint[0];
  const [lo, hi] = act === 'int16' ? [-32768, 32767] : [-128, 127];
  let err = 0;
  for (let i = 0; i < values.length; i++) {
    if (weights[i] === 0) continue;
    const level = Math.min(hi, Math.max(lo, Math.round(values[i] / scale) + zp));
    const d = (level - zp) * scale - values[i];
    err += weights[i] * d * d;
  }
  return err;
}

/** Up to CANDIDATES clip points from the magnitudes on one side (always including the largest). */
function clipPoints(magnitudes: number[]): number[] {
  if (magnitudes.length === 0) return [0];
  const sorted = [...magnitudes].sort((x, y) => x - y);
  const points = new Set<number>([sorted[sorted.length - 1]]);
  for (let k = 0; k < CANDIDATES; k++) points.add(sorted[Math.floor((k * (sorted.length - 1)) / CANDIDATES)]);
  return [...points].filter((p) => p > 0);
}

/** The constant's range (including 0) minimising the weighted error of the products; min/max on ties. */
export function productRange(values: Float32Array, weights: Float64Array, act: ActivationType): TensorRange {
  const full = rangeOf(values);
  if (values.length > MAX_SEARCHED) return full;
  const positives: number[] = [];
  const negatives: number[] = [];
  for (const v of values)
    if (v > 0) positives.push(v);
    else if (v < 0) negatives.push(-v);
  let best: TensorRange = full;
  let bestError = weightedError(values, weights, full, act);
  if (bestError === 0) return full;
  const his = clipPoints(positives);
  const los = clipPoints(negatives);
  for (const hi of his.length ? his : [0])
    for (const lo of los.length ? los : [0]) {
      const r = { min: full.min < 0 ? -lo : 0, max: full.max > 0 ? hi : 0 };
      const e = weightedError(values, weights, r, act);
      // Strictly better only: ties keep the wider, converter-like range.
      if (e < bestError * (1 - 1e-9)) {
        bestError = e;
        best = r;
      }
    }
  return best;
}
