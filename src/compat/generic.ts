// Constraints Vela 5.1.0 applies to every supported operator type (or every weighted one),
// before any operator-specific rule: data types, presence of tensors, shapes, quantization, weights and bias.
import type { DType } from '../graph/types.js';
import type { Constraint } from './constraint.js';
import { dtypeName, fail } from './constraint.js';
import { dtypeBits, input, intValues, isIfm, isOfm, maxAbsScale, tensorName } from './view.js';

/** Feature maps (IFMs and OFMs) must use one of the NPU's data types. */
export function supportedDtypes(allowed: ReadonlySet<DType>): Constraint {
  return (v) => {
    for (const c of v.connections) {
      if ((isIfm(c) || isOfm(c)) && !allowed.has(c.dtype)) {
        const hint =
          c.dtype === 'float32' || c.dtype === 'float16' || c.dtype === 'bfloat16'
            ? '; quantize the model to int8 (or int16 activations)'
            : '';
        return fail(
          'generic.dtype',
          `${dtypeName(c.dtype)} ${isIfm(c) ? 'input' : 'output'} tensor ${tensorName(c)} is not supported on the NPU${hint}`,
        );
      }
    }
    return null;
  };
}

export const mustHaveIfm: Constraint = (v) =>
  input(v, 'ifm', 0) ? null : fail('generic.ifm', 'the operator has no input feature map');

export const mustHaveOfm: Constraint = (v) =>
  v.outputs.length ? null : fail('generic.ofm', 'the operator has no output feature map');

export const tensorsHaveShape: Constraint = (v) => {
  for (const c of v.connections)
    if (!c.shape)
      return fail(
        'generic.shape',
        `tensor ${tensorName(c)} has no shape (a non-constant scalar); the NPU needs a known shape`,
      );
  return null;
};

export const staticShapes: Constraint = (v) => {
  for (const c of v.connections) {
    const axis = c.shape?.findIndex((d) => d < 0) ?? -1;
    if (axis >= 0)
      return fail(
        'generic.dynamic-shape',
        `tensor ${tensorName(c)} has a dynamic dimension at axis ${axis}; only the batch axis may be dynamic`,
      );
  }
  return null;
};

export const tensorsQuantized: Constraint = (v) => {
  for (const c of v.connections) {
    if (c.dtype === 'int64' || c.dtype === 'bool') continue;
    const featureMap = (isIfm(c) || isOfm(c)) && (c.dtype !== 'int32' || v.type === 'QUANTIZE');
    const weights = c.role === 'weights' && c.slot === 0;
    if ((featureMap || weights) && (c.scales.length === 0 || c.zeroPoints.length === 0))
      return fail('generic.quantization', `tensor ${tensorName(c)} has no quantization parameters`);
  }
  return null;
};

/** Vela turns each scale into a fixed-point multiplier with a right shift; scales of 2^31 and above need a left shift. */
export const scaleShiftPositive: Constraint = (v) => {
  for (const c of v.connections) {
    const big = maxAbsScale(c.scales);
    if (big >= 2 ** 31)
      return fail(
        'generic.quantization-scale',
        `tensor ${tensorName(c)} has a quantization scale of ${big}, too large`,
      );
  }
  return null;
};

export const noPerAxisQuant: Constraint = (v) => {
  for (const c of v.connections)
    if (c.scales.length > 1 || c.zeroPoints.length > 1)
      return fail(
        'generic.per-axis',
        `tensor ${tensorName(c)} is quantized per axis, which this operator does not support`,
      );
  return null;
};

export const weights8Bit: Constraint = (v) => {
  const w = input(v, 'weights');
  if (w && dtypeBits(w.dtype) !== 8)
    return fail('weights.dtype', `${dtypeName(w.dtype)} weights are not supported; weights must be 8-bit`);
  return null;
};

/** The accumulated |weight - zero point| per output channel must stay below the hardware limit. */
export function weightSum(max8Bit: number, max16Bit: number): Constraint {
  return (v) => {
    const w = input(v, 'weights');
    const ifm = input(v, 'ifm');
    if (!w || !ifm || !w.constant || !w.shape) return null;
    const limit = dtypeBits(ifm.dtype) === 8 ? max8Bit : max16Bit;
    const shape = w.shape.length >= 4 ? w.shape.slice(-4) : [...Array(4 - w.shape.length).fill(1), ...w.shape];
    const [n, h, wd, c] = shape;
    const depthwise = v.type === 'DEPTHWISE_CONV_2D';
    const outChannels = depthwise ? c : n;
    const perOut = depthwise ? h * wd : (n * h * wd * c) / Math.max(n, 1);
    if (255 * perOut < limit) return null;
    const values = intValues(w);
    const zps = w.zeroPoints;
    for (let o = 0; o < outChannels; o++) {
      const zp = zps.length === 0 ? 0 : zps.length > 1 ? zps[o] : zps[0];
      let sum = 0;
      if (depthwise) {
        for (let i = 0; i < h * wd; i++) sum += Math.abs((values[i * c + o] ?? 0) - zp);
      } else {
        const base = o * h * wd * c;
        for (let i = 0; i < h * wd * c; i++) sum += Math.abs((values[base + i] ?? 0) - zp);
      }
      if (sum > limit)
        return fail(
          'weights.sum',
          `the absolute weight sum of output channel ${o} is ${sum}, above the limit of ${limit} for ${dtypeBits(ifm.dtype)}-bit inputs`,
        );
    }
    return null;
  };
}

export const biasShape: Constraint = (v) => {
  const b = input(v, 'scales');
  if (!b?.shape) return null;
  const els = b.shape.reduce((a, d) => a * d, 1);
  const depth = b.shape[b.shape.length - 1] ?? 0;
  return els > depth
    ? fail('bias.shape', `bias shape [${b.shape.join(', ')}] does not hold its values along the channel axis`)
    : null;
};

export const biasConstant: Constraint = (v) => {
  const b = input(v, 'scales');
  return b && !b.constant ? fail('bias.constant', `bias tensor ${tensorName(b)} is not constant`) : null;
};

export const biasDtype: Constraint = (v) => {
  const b = input(v, 'scales');
  return b && b.dtype !== 'int32' && b.dtype !== 'int64'
    ? fail('bias.dtype', `${dtypeName(b.dtype)} bias is not supported; bias must be INT32 or INT64`)
    : null;
};

export function bias64Range(maxBias: number): Constraint {
  return (v) => {
    const b = input(v, 'scales');
    if (!b || b.dtype !== 'int64') return null;
    const big = intValues(b).find((x) => x > maxBias);
    return big !== undefined ? fail('bias.range', `INT64 bias value ${big} exceeds the maximum of ${maxBias}`) : null;
  };
}
