// Constraints of Vela 5.1.0's Ethos-U55 checker, which also serves the Ethos-U65.
import type { Constraint } from './constraint.js';
import { dtypeName, fail, slug } from './constraint.js';
import { dtypeBits, elements, input, intValues, isIfm, isOfm, ofm, padShape, tensorName } from './view.js';
import type { OpView } from './view.js';

const fmt = (s: readonly number[]) => `[${s.join(', ')}]`;
const SIGNED = new Set(['int8', 'int16', 'int32', 'int64', 'int4']);

/** Feature-map zero points: 0 for 32-bit tensors, non-negative for unsigned ones. */
export const zeroPoints: Constraint = (v) => {
  for (const c of v.connections) {
    if (!isIfm(c) && !isOfm(c)) continue;
    for (const zp of c.zeroPoints) {
      if (dtypeBits(c.dtype) === 32 && zp !== 0)
        return fail(
          'u55.zero-point',
          `${dtypeName(c.dtype)} tensor ${tensorName(c)} has zero point ${zp}; it must be 0`,
        );
      if (!SIGNED.has(c.dtype) && zp < 0)
        return fail('u55.zero-point', `unsigned tensor ${tensorName(c)} has negative zero point ${zp}`);
    }
  }
  return null;
};

export function rejectBits(bits: 32 | 64): Constraint {
  return (v) => {
    for (const c of v.connections)
      if ((isIfm(c) || isOfm(c)) && dtypeBits(c.dtype) === bits)
        return fail(
          `u55.${bits}bit`,
          `${dtypeName(c.dtype)} ${isIfm(c) ? 'input' : 'output'} ${tensorName(c)} is not supported by ${v.type} on Ethos-U55/U65`,
        );
    return null;
  };
}

/** Strides up to 3; larger ones only when Vela can unroll them (no padding, no dilation) or the output is 1 wide. */
export const unrolledStride: Constraint = (v) => {
  const k = v.kernel;
  const o = padShape(ofm(v)?.shape ?? [], 4);
  if (!k) return null;
  if ((k.strideW <= 3 || o[2] === 1) && (k.strideH <= 3 || o[1] === 1)) return null;
  if (k.paddingZero && k.dilationW === 1 && k.dilationH === 1) return null;
  const why = !k.paddingZero ? 'the kernel needs padding' : 'the kernel is dilated';
  return fail(
    `u55.${slug(v.type)}.stride`,
    `stride ${k.strideW}x${k.strideH} exceeds 3 and cannot be unrolled because ${why}; use VALID padding without dilation`,
  );
};

export const strideMax3: Constraint = (v) => {
  const k = v.kernel;
  if (!k || (k.strideW <= 3 && k.strideH <= 3)) return null;
  return fail(`u55.${slug(v.type)}.stride`, `stride ${k.strideW}x${k.strideH} exceeds the maximum of 3`);
};

export const reverseAxes: Constraint = (v) => {
  const p = input(v, 'params');
  const axes = p ? intValues(p) : [];
  return axes.length
    ? fail('u55.reversev2.axis', `reversing along axis ${axes.join(', ')} is not supported on Ethos-U55/U65`)
    : null;
};

/** FULLY_CONNECTED with constant weights is a plain FC; with variable weights it is a matrix multiply. */
const isMatmul = (v: OpView) => v.type !== 'FULLY_CONNECTED' || !input(v, 'weights')?.constant;

export const matmulReducedAxis: Constraint = (v) => {
  if (!isMatmul(v)) return null;
  let s = padShape(input(v, 'ifm')?.shape ?? [], 1);
  if (v.type === 'BATCH_MATMUL' && v.options.adjX === true) {
    const p = padShape(s, 2);
    s = [...p.slice(0, -2), p[p.length - 1], p[p.length - 2]];
  }
  const depth = s[s.length - 1];
  return depth > 65536
    ? fail(`u55.${slug(v.type)}.reduced-axis`, `the reduced axis has ${depth} elements, above the maximum of 65536`)
    : null;
};

export const matmulOfmDepth: Constraint = (v) => {
  if (!isMatmul(v)) return null;
  const s = ofm(v)?.shape ?? [];
  const depth = s[s.length - 1] ?? 0;
  return depth > 65536
    ? fail(`u55.${slug(v.type)}.ofm-depth`, `output depth ${depth} exceeds the maximum of 65536`)
    : null;
};

export const matmulIfmInt8: Constraint = (v) => {
  if (!isMatmul(v)) return null;
  const t = input(v, 'ifm')?.dtype ?? 'none';
  return t !== 'int8'
    ? fail(
        `u55.${slug(v.type)}.dtype`,
        `${dtypeName(t)} input is not supported for a matrix multiply (variable weights); it must be INT8`,
      )
    : null;
};

export const argMaxDepth: Constraint = (v) => {
  const s = input(v, 'ifm')?.shape ?? [];
  const depth = s[s.length - 1] ?? 0;
  return depth > 127 ? fail('u55.argmax.depth', `input depth ${depth} exceeds the maximum of 127`) : null;
};

export const argMaxAxis: Constraint = (v) => {
  const rank = input(v, 'ifm')?.shape?.length ?? 0;
  const axis = intValues(input(v, 'params'))[0];
  return axis !== rank - 1 && axis !== -1
    ? fail('u55.argmax.axis', `axis ${axis} is not supported; only the last axis of the ${rank}-D input is`)
    : null;
};

/** Classifies a permutation as Vela does: the layout of the last four axes, leading axes kept in place. */
export function transposeKind(perm: readonly number[]): string {
  const n = perm.length;
  if (n > 8) return 'other';
  const p8 = [...Array.from({ length: 8 - n }, (_, i) => i), ...perm.map((a) => a + 8 - n)];
  if (p8.slice(0, 4).some((a, i) => a !== i)) return 'other';
  const tail = p8
    .slice(4)
    .map((a) => a - 4)
    .join('');
  return (
    { '0123': 'NHWC', '0213': 'NWHC', '0132': 'NHCW', '0231': 'NWCH', '0312': 'NCHW', '0321': 'NCWH' }[tail] ?? 'other'
  );
}

export const transpose32Bit: Constraint = (v) => {
  const ifm = input(v, 'ifm');
  if (!ifm || ifm.dtype !== 'int32') return null;
  const s = padShape(ifm.shape ?? [], 4);
  const kind = transposeKind(intValues(input(v, 'params')));
  const bad = (msg: string) => fail('u55.transpose.int32', msg);
  if (s.length > 4) return bad(`an INT32 transpose of rank ${s.length} is not supported (maximum 4)`);
  const [n, h, w, c] = s;
  switch (kind) {
    case 'NHWC':
      return c > 32768 ? bad(`INT32 depth ${c} exceeds 32768`) : null;
    case 'NWHC':
      return n > 1 || h > 65536 || w > 65536 || c > 16384
        ? bad(`INT32 height/width swap of ${fmt(s)} is out of range (N 1, H and W 65536, C 16384)`)
        : null;
    case 'NHCW':
      return n * h > 65536 || w > 65536 || c > 65536
        ? bad(`INT32 width/depth swap of ${fmt(s)} is out of range (N*H, W, C up to 65536)`)
        : null;
    default:
      return bad('this INT32 permutation is not supported on Ethos-U55/U65');
  }
};

export const transpose8And16Bit: Constraint = (v) => {
  const ifm = input(v, 'ifm');
  if (!ifm || dtypeBits(ifm.dtype) > 16) return null;
  const s = ifm.shape ?? [];
  const kind = transposeKind(intValues(input(v, 'params')));
  if (kind === 'NHWC') return null;
  const total = elements(s);
  const lead = s.slice(0, -3).reduce((a, d) => a * d, 1);
  if ((s.length <= 3 || lead === 1) && ['NWHC', 'NHCW', 'NCWH', 'NWCH', 'NCHW'].includes(kind)) {
    const hwc = s.length <= 3 ? padShape(s, 3) : [s[s.length - 3], s[s.length - 2], s[s.length - 1]];
    return hwc.some((d) => d > 65536)
      ? fail('u55.transpose.shape', `transposed shape ${fmt(s)} has an axis above 65536`)
      : null;
  }
  if (total > 0) {
    for (let i = 0; i < s.length; i++)
      for (let j = i + 1; j < s.length; j++)
        if (total / (s[i] * s[j]) > 65536)
          return fail(
            'u55.transpose.shape',
            `transposing ${fmt(s)}: the product of the axes other than ${i} and ${j} exceeds 65536`,
          );
  }
  return null;
};

export const resizeScale: Constraint = (v) => {
  const o = v.options;
  const bilinear = v.type === 'RESIZE_BILINEAR';
  const hpc = bilinear && o.halfPixelCenters === true;
  const align = o.alignCorners === true;
  const i = padShape(input(v, 'ifm')?.shape ?? [], 4);
  const out = padShape(ofm(v)?.shape ?? [], 4);
  const [ih, iw, oh, ow] = [i[1], i[2], out[1], out[2]];
  const rule = `u55.${slug(v.type)}.scale`;
  if (ih === 1 && iw === 1) return null;
  if (ih === oh && iw === ow)
    return hpc ? fail(rule, 'a same-size resize with half_pixel_centers is not supported') : null;
  const f = Math.fround;
  const hs = align ? (oh === 1 ? 1 : f((oh - 1) / (ih - 1))) : f(oh / ih);
  const ws = align ? (ow === 1 ? 1 : f((ow - 1) / (iw - 1))) : f(ow / iw);
  if (hs !== ws) {
    if (!((oh === 1 && hs === 1) || (ow === 1 && ws === 1)))
      return fail(rule, `height scale ${hs} and width scale ${ws} differ`);
    if (hpc) return fail(rule, `height scale ${hs} and width scale ${ws} differ, with half_pixel_centers`);
  }
  const max = hpc ? 2 : 8;
  const up = Math.max(hs, ws);
  const pow2 = Number.isInteger(up) && up > 1 && (up & (up - 1)) === 0;
  if (!(pow2 && up <= max))
    return fail(rule, `scale factor ${up} is not supported; it must be ${hpc ? '2' : '2, 4 or 8'}`);
  return null;
};

export const transposeConvStride: Constraint = (v) => {
  const k = v.kernel;
  if (!k) return null;
  const s = padShape(input(v, 'ifm')?.shape ?? [], 4);
  const rule = 'u55.transposeconv.stride';
  if (k.strideW < 1 || k.strideW > 2 || k.strideH < 1 || k.strideH > 2)
    return fail(rule, `stride ${k.strideW}x${k.strideH} is not supported; use 1x1 or 2x2`);
  if (k.strideW === 1 && k.strideH === 2 && !(s[2] === 1 && k.width === 1))
    return fail(rule, 'stride 1x2 needs an input and kernel of width 1');
  if (k.strideW === 2 && k.strideH === 1 && !(s[1] === 1 && k.height === 1))
    return fail(rule, 'stride 2x1 needs an input and kernel of height 1');
  return null;
};
