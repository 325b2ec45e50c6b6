// Operator-specific constraints Vela 5.1.0 applies on every Ethos-U target (its base checker).
import { PADDING_SAME } from '../graph/types.js';
import type { Constraint } from './constraint.js';
import { dtypeName, fail, slug } from './constraint.js';
import { elements, input, intValues, ofm, padShape, tensorName } from './view.js';
import type { Connection } from './view.js';

const shape4 = (c: Connection | undefined): number[] => padShape(c?.shape ?? [], 4);
const fmt = (s: readonly number[]) => `[${s.join(', ')}]`;

export const constParams: Constraint = (v) => {
  const p = v.inputs.find((c) => c.role === 'params' && !c.constant);
  return p ? fail(`${slug(v.type)}.const-params`, `parameter tensor ${tensorName(p)} is not constant`) : null;
};

const sameQuant = (a: Connection, b: Connection): boolean =>
  a.quantDim === b.quantDim &&
  a.scales.length === b.scales.length &&
  a.scales.every((s, i) => Math.fround(s) === Math.fround(b.scales[i])) &&
  a.zeroPoints.length === b.zeroPoints.length &&
  a.zeroPoints.every((z, i) => z === b.zeroPoints[i]);

export const matchingQuantization: Constraint = (v) => {
  const a = input(v, 'ifm', 0);
  const b = input(v, 'ifm', 1);
  const o = ofm(v);
  if (!a || !b || !o) return null;
  return sameQuant(a, o) && sameQuant(b, o)
    ? null
    : fail(
        `${slug(v.type)}.quantization`,
        'both inputs must have exactly the quantization (scale and zero point) of the output',
      );
};

export const fcWeightShape: Constraint = (v) => {
  const w = input(v, 'weights');
  const s = w?.shape ?? [];
  if (s.length < 2 || elements(s) !== s[0] * s[s.length - 1])
    return fail('fullyconnected.weights-shape', `weights shape ${fmt(s)} cannot be read as [outputs, inputs]`);
  return null;
};

export const avgPoolKernel: Constraint = (v) => {
  const k = v.kernel;
  if (!k) return null;
  const { width: w, height: h } = k;
  if (k.paddingZero) {
    if (h > 256 || h < 1) return fail('averagepool2d.kernel', `kernel height ${h} is outside 1..256 (VALID padding)`);
    if (w * h > 65536)
      return fail('averagepool2d.kernel', `kernel area ${w}x${h} = ${w * h} exceeds 65536 (VALID padding)`);
  } else {
    if (w > 8 || w < 1)
      return fail('averagepool2d.kernel', `kernel width ${w} is outside 1..8, the limit with SAME padding`);
    if (h > 8 || h < 1)
      return fail('averagepool2d.kernel', `kernel height ${h} is outside 1..8, the limit with SAME padding`);
  }
  return null;
};

export const maxPoolKernel: Constraint = (v) => {
  const k = v.kernel;
  if (!k) return null;
  const { width: w, height: h } = k;
  if (h > 256 || h < 1) return fail('maxpool2d.kernel', `kernel height ${h} is outside 1..256`);
  if (w * h > 65536) return fail('maxpool2d.kernel', `kernel area ${w}x${h} = ${w * h} exceeds 65536`);
  return null;
};

export const transposeConvShape: Constraint = (v) => {
  const k = v.kernel;
  const i = shape4(input(v, 'ifm'));
  const o = shape4(ofm(v));
  if (!k) return null;
  const [iw, ih, ow, oh] = [i[2], i[1], o[2], o[1]];
  if (v.options.padding === PADDING_SAME) {
    if (iw * k.strideW !== ow || ih * k.strideH !== oh)
      return fail(
        'transposeconv.shape',
        `with SAME padding the output (${ow}x${oh}) must be the input (${iw}x${ih}) times the stride (${k.strideW}x${k.strideH})`,
      );
  } else {
    const ew = iw * k.strideW + Math.max(k.width - k.strideW, 0);
    const eh = ih * k.strideH + Math.max(k.height - k.strideH, 0);
    if (ew !== ow || eh !== oh)
      return fail(
        'transposeconv.shape',
        `with VALID padding the output must be ${ew}x${eh} (input x stride + kernel - stride), not ${ow}x${oh}`,
      );
  }
  return null;
};

export const rsqrtIfm: Constraint = (v) => {
  const i = input(v, 'ifm');
  return i && i.dtype !== 'int8' && i.dtype !== 'int16'
    ? fail('rsqrt.dtype', `${dtypeName(i.dtype)} input is not supported; RSQRT needs INT8 or INT16`)
    : null;
};

export const softmaxArea: Constraint = (v) => {
  const s = shape4(input(v, 'ifm'));
  const area = s[s.length - 2] * s[s.length - 3];
  return area > 65536 ? fail('softmax.size', `input width x height is ${area}, above the maximum of 65536`) : null;
};

export const padParamsDtype: Constraint = (v) => {
  const p = input(v, 'params');
  return p && p.dtype !== 'int32' && p.dtype !== 'int64'
    ? fail(
        `${slug(v.type)}.params-dtype`,
        `${dtypeName(p.dtype)} padding tensor is not supported; it must be INT32 or INT64`,
      )
    : null;
};

export const transposeRank: Constraint = (v) => {
  const p = input(v, 'params');
  const n = p?.shape?.[p.shape.length - 1] ?? 0;
  return n > 8 ? fail('transpose.rank', `a ${n}-D permutation exceeds the 8-D maximum`) : null;
};

export const logShapes: Constraint = (v) => {
  const a = input(v, 'ifm')?.shape ?? [];
  const b = ofm(v)?.shape ?? [];
  return a.length !== b.length || a.some((d, i) => d !== b[i])
    ? fail('log.shape', `input shape ${fmt(a)} differs from output shape ${fmt(b)}`)
    : null;
};

export const logDtypes: Constraint = (v) => {
  const a = input(v, 'ifm')?.dtype;
  const b = ofm(v)?.dtype;
  if (a !== 'int8' && a !== 'int16')
    return fail('log.dtype', `${dtypeName(a ?? 'none')} input is not supported; LOG needs INT8 or INT16`);
  if (a !== b) return fail('log.dtype', `input ${dtypeName(a)} and output ${dtypeName(b ?? 'none')} types differ`);
  return null;
};

export const unitBatch: Constraint = (v) => {
  const s = shape4(input(v, 'ifm'));
  return s[s.length - 4] > 1
    ? fail(`${slug(v.type)}.batch`, `batch ${s[s.length - 4]} is not supported; the batch must be 1`)
    : null;
};

/** The reduced axes of a MEAN as a 0/1 mask over the 4-D (left-padded) input shape. */
function meanAxes(v: Parameters<Constraint>[0]): { ifm: number[]; mask: number[] } {
  const i = input(v, 'ifm');
  const rank = i?.shape?.length ?? 0;
  const mask = Array(rank).fill(0);
  for (let a of intValues(input(v, 'params'))) {
    if (a < 0) a += rank;
    if (a >= 0 && a < rank) mask[a] = 1;
  }
  return { ifm: shape4(i), mask: padShape(mask, 4, 0) };
}

export const meanDepth: Constraint = (v) => {
  const { ifm, mask } = meanAxes(v);
  if (mask[3] && ![ifm[1], ifm[2], ifm[3]].includes(1))
    return fail('mean.depth', `reducing over depth needs H, W or C to be 1; input is ${fmt(ifm)}`);
  return null;
};

export const meanAxisSize: Constraint = (v) => {
  const { ifm, mask } = meanAxes(v);
  const big = ifm.findIndex((d, i) => mask[i] && d > 4096);
  return big >= 0
    ? fail('mean.axis-size', `reduced axis ${big} has ${ifm[big]} elements, above the maximum of 4096`)
    : null;
};

export const meanDtype: Constraint = (v) => {
  const t = input(v, 'ifm')?.dtype;
  return t !== 'int8' && t !== 'uint8' && t !== 'int16'
    ? fail('mean.dtype', `${dtypeName(t ?? 'none')} input is not supported; MEAN needs INT8, UINT8 or INT16`)
    : null;
};

const MEAN_MAX_ELEMENTS: Record<string, number> = { int8: 2 ** 24, uint8: 2 ** 23, int16: 2 ** 16 };

export const meanElements: Constraint = (v) => {
  const { ifm, mask } = meanAxes(v);
  const reduced = ifm.reduce((a, d, i) => a * (mask[i] ? d : 1), 1);
  const t = input(v, 'ifm')?.dtype ?? '';
  const max = MEAN_MAX_ELEMENTS[t];
  return max !== undefined && reduced > max
    ? fail('mean.elements', `${reduced} reduced elements exceed the maximum of ${max} for ${dtypeName(t)}`)
    : null;
};

export const stridedSlice: Constraint = (v) => {
  const ifm = input(v, 'ifm');
  const shape = ifm?.shape ?? [];
  const [begin, end, strides] = [0, 1, 2].map((i) => intValues(input(v, 'params', i)));
  const o = v.options;
  const bit = (m: unknown, i: number) => ((typeof m === 'number' ? m : 0) & (1 << i)) !== 0;
  const n = Math.min(begin.length, end.length, strides.length);
  const rank = shape.length;
  const offset = Array(rank).fill(0);
  const size = [...shape];
  const stride = Array(rank).fill(1);
  const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
  for (let s = 0, a = 0; s < n; s++) {
    if (bit(o.ellipsisMask, s)) {
      a = rank - (n - s - 1);
      continue;
    }
    const shrink = bit(o.shrinkAxisMask, s);
    if (!bit(o.beginMask, s) || shrink) {
      let b = begin[s];
      if (b < 0) b += shape[a];
      b = clamp(b, 0, shape[a] - 1);
      offset[a] = b;
      size[a] = shrink ? 1 : shape[a] - b;
    }
    if (!bit(o.endMask, s) && !shrink) {
      let e = end[s];
      if (e < 0) e += shape[a];
      e = clamp(e, 1, shape[a]);
      size[a] = e - offset[a];
    }
    stride[a] = strides[s];
    a++;
  }
  // Strides other than on H and W (the 2nd and 3rd axes from the end) are not supported.
  const outsideHW = stride.reduce((p, d, i) => (i === rank - 2 || i === rank - 3 ? p : p * d), 1);
  if (outsideHW !== 1)
    return fail('stridedslice.stride-axis', `stride ${fmt(stride)} steps along an axis other than height or width`);
  if (stride.some((d) => d < 0))
    return fail('stridedslice.negative-stride', `negative stride ${fmt(stride)} is not supported`);
  if (!size.some((d) => d > 0)) return fail('stridedslice.empty', `the slice ${fmt(size)} is empty`);
  return null;
};

export const lstmNoCifg: Constraint = (v) => {
  for (let i = 0; i <= 7; i++)
    if (!input(v, 'weights', i))
      return fail('lstm.cifg', `gate weight tensor ${i} is missing (coupled input-forget gate is not supported)`);
  return null;
};

export const lstmNoPeephole: Constraint = (v) =>
  [8, 9, 10].some((i) => input(v, 'weights', i))
    ? fail('lstm.peephole', 'peephole connections are not supported')
    : null;

export const lstmNoProjection: Constraint = (v) =>
  input(v, 'weights', 11) || input(v, 'scales', 4)
    ? fail('lstm.projection', 'a projection layer is not supported')
    : null;

export const lstmNoLayerNorm: Constraint = (v) =>
  [5, 6, 7, 8].some((i) => input(v, 'scales', i))
    ? fail('lstm.layer-norm', 'layer normalization coefficients are not supported')
    : null;

export const splitsMatchOutputs: Constraint = (v) => {
  const n = typeof v.options.numSplits === 'number' ? v.options.numSplits : 0;
  return n !== v.outputs.length
    ? fail(`${slug(v.type)}.num-splits`, `num_splits is ${n} but the operator has ${v.outputs.length} outputs`)
    : null;
};
