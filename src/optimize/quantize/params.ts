// Quantization parameters and value quantization, as TFLite's converter chooses them.
import type { Quantization } from '../../graph/types.js';
import type { TensorRange } from './types.js';

export type ActivationType = 'int8' | 'int16';

export const INT_LIMITS = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
  int64: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
} as const;

/** Smallest span we quantize over, so a tensor that was always zero still gets a usable scale. */
const MIN_SPAN = 1e-6;

export const perTensor = (scale: number, zeroPoint: number): Quantization => ({
  scale: [scale],
  zeroPoint: [zeroPoint],
  quantizedDimension: 0,
});

/**
 * Activation parameters from a calibrated range: int8 asymmetric with 0 exactly representable (the range widened
 * to include 0, the zero point rounded into [-128, 127]); int16 symmetric with zero point 0.
 */
export function activationParams(r: TensorRange, type: ActivationType): Quantization {
  const lo = Math.min(r.min, 0);
  const hi = Math.max(r.max, 0);
  if (type === 'int16') return perTensor(Math.max(-lo, hi, MIN_SPAN) / 32767, 0);
  const scale = Math.max(hi - lo, MIN_SPAN) / 255;
  const zp = Math.round(-128 - lo / scale);
  return perTensor(scale, Math.max(-128, Math.min(127, zp)));
}

/** Symmetric int8 weight scales, one per slice along `axis` (or one for the whole tensor when axis is null). */
export function symmetricScales(values: Float32Array, shape: readonly number[], axis: number | null): number[] {
  const channels = axis === null ? 1 : shape[axis];
  const inner = axis === null ? values.length : shape.slice(axis + 1).reduce((a, d) => a * d, 1);
  const maxAbs = new Array<number>(channels).fill(0);
  for (let i = 0; i < values.length; i++) {
    const c = axis === null ? 0 : Math.floor(i / inner) % channels;
    const a = Math.abs(values[i]);
    if (a > maxAbs[c]) maxAbs[c] = a;
  }
  // An all-zero channel quantizes to zeros at any scale; 1/127 keeps the bias scale (input × weight) sane.
  return maxAbs.map((m) => (m > 0 ? m / 127 : 1 / 127));
}

/** Quantizes values with per-tensor or per-axis parameters into integers clamped to the type's range. */
export function quantizeValues(
  values: Float32Array,
  shape: readonly number[],
  q: Quantization,
  type: keyof typeof INT_LIMITS,
  symmetricClamp = false,
): number[] {
  const [lo, hi] = INT_LIMITS[type];
  // Symmetric int8 weights use [-127, 127], as the converter does.
  const min = symmetricClamp ? -hi : lo;
  const channels = q.scale.length;
  const inner = channels > 1 ? shape.slice(q.quantizedDimension + 1).reduce((a, d) => a * d, 1) : 1;
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const c = channels > 1 ? Math.floor(i / inner) % channels : 0;
    const v = Math.round(values[i] / q.scale[c]) + q.zeroPoint[c];
    out[i] = v < min ? min : v > hi ? hi : v;
  }
  return out;
}

export const sameParams = (a: Quantization, b: Quantization): boolean =>
  a.scale.length === b.scale.length && a.scale.every((s, i) => s === b.scale[i] && a.zeroPoint[i] === b.zeroPoint[i]);
