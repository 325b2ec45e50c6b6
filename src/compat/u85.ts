// Constraints of Vela 5.1.0's Ethos-U85 checker.
import type { Constraint } from './constraint.js';
import { dtypeName, fail, slug } from './constraint.js';
import { input, intValues, isIfm, ofm, tensorName } from './view.js';
import type { OpView } from './view.js';

const SIGNED = new Set(['int8', 'int16', 'int32', 'int64', 'int4']);

/** The zero points the Ethos-U85 accepts on an input of each type, as a range text and a test. */
function ifmZeroPointRange(dtype: string): [string, (zp: number) => boolean] {
  if (dtype === 'int8') return ['-128..127', (zp) => zp >= -128 && zp <= 127];
  if (dtype === 'uint8') return ['0..255', (zp) => zp >= 0 && zp <= 255];
  if (dtype === 'uint16') return ['0 or 32768', (zp) => zp === 0 || zp === 32768];
  return ['0', (zp) => zp === 0];
}

export const ifmZeroPoints: Constraint = (v) => {
  for (const c of v.inputs) {
    if (!isIfm(c)) continue;
    const [range, ok] = ifmZeroPointRange(c.dtype);
    const zp = c.zeroPoints.find((z) => !ok(z));
    if (zp !== undefined)
      return fail(
        'u85.zero-point',
        `${dtypeName(c.dtype)} input ${tensorName(c)} has zero point ${zp}; the NPU accepts ${range}`,
      );
  }
  return null;
};

export const ofmZeroPoints: Constraint = (v) => {
  for (const c of v.outputs) {
    const signed = SIGNED.has(c.dtype);
    const ok = (zp: number) => (signed ? zp >= -128 && zp <= 127 : zp >= 0 && (zp <= 255 || zp === 32768));
    const zp = c.zeroPoints.find((z) => !ok(z));
    if (zp !== undefined)
      return fail(
        'u85.zero-point',
        `${dtypeName(c.dtype)} output ${tensorName(c)} has zero point ${zp}; the NPU accepts ${signed ? '-128..127' : '0..255 or 32768'}`,
      );
  }
  return null;
};

export const scatterShapeConst: Constraint = (v) =>
  input(v, 'params')?.constant === false ? fail('u85.scatternd.shape', 'the shape tensor is not constant') : null;

export const scatterIndexConst: Constraint = (v) =>
  input(v, 'ifm')?.constant === false ? fail('u85.scatternd.indices', 'the index tensor is not constant') : null;

export const scatterIndexUnitChannel: Constraint = (v) => {
  const s = input(v, 'ifm')?.shape ?? [];
  return s[s.length - 1] !== 1
    ? fail('u85.scatternd.indices', `index tensor shape [${s.join(', ')}] must end in 1`)
    : null;
};

export const scatterIndexUnique: Constraint = (v) => {
  const idx = intValues(input(v, 'ifm'));
  return new Set(idx).size !== idx.length ? fail('u85.scatternd.indices', 'the index tensor has duplicates') : null;
};

export const gatherAxis: Constraint = (v) => {
  const rank = input(v, 'ifm')?.shape?.length ?? 0;
  let axis = typeof v.options.axis === 'number' ? v.options.axis : 0;
  if (axis < 0) axis += rank;
  const batchDims = typeof v.options.batchDims === 'number' ? v.options.batchDims : 0;
  return axis !== batchDims
    ? fail('u85.gather.axis', `axis ${axis} differs from batch_dims ${batchDims}; only axis == batch_dims is supported`)
    : null;
};

/** Nearest-neighbour resizes use half-pixel centres unless they align corners (as TFLite's reference does). */
function resizeFlags(v: OpView): { align: boolean; hpc: boolean } {
  const align = v.options.alignCorners === true;
  const hpc =
    v.type === 'RESIZE_BILINEAR' ? v.options.halfPixelCenters === true : !align || v.options.halfPixelCenters === true;
  return { align, hpc };
}

export const resizeAlignXorHalfPixel: Constraint = (v) => {
  const { align, hpc } = resizeFlags(v);
  return align && hpc
    ? fail(`u85.${slug(v.type)}.flags`, 'align_corners and half_pixel_centers cannot both be set')
    : null;
};

/** Output/input ratios per axis, corners-aligned when asked: [w num, w den, h num, h den]. */
function ratios(v: OpView): [number, number, number, number] {
  const i = input(v, 'ifm')?.shape ?? [];
  const o = ofm(v)?.shape ?? [];
  let [wn, wd, hn, hd] = [o[o.length - 2] ?? 1, i[i.length - 2] ?? 1, o[o.length - 3] ?? 1, i[i.length - 3] ?? 1];
  if (v.options.alignCorners === true) {
    if (wd > 1) [wn, wd] = [wn - 1, wd - 1];
    if (hd > 1) [hn, hd] = [hn - 1, hd - 1];
  }
  return [wn, wd, hn, hd];
}

export const resizeScaleLimit: Constraint = (v) => {
  const { hpc } = resizeFlags(v);
  const [wn, wd, hn, hd] = ratios(v);
  const rule = `u85.${slug(v.type)}.scale`;
  for (const [n, d, axis] of [
    [wn, wd, 'width'],
    [hn, hd, 'height'],
  ] as const) {
    if (n === 0 || d === 0) return fail(rule, `${axis} scale ${n}/${d} is not supported`);
    const f = Math.trunc(n / d);
    if (hpc && f > 1024) return fail(rule, `${axis} scale ${f} exceeds 1024, the maximum with half-pixel centres`);
    if (f > 2048) return fail(rule, `${axis} scale ${f} exceeds the maximum of 2048`);
  }
  return null;
};

export const resizeBilinearPowerOfTwo: Constraint = (v) => {
  const i = input(v, 'ifm')?.shape ?? [];
  if ((i[i.length - 2] ?? 1) === 1 && (i[i.length - 3] ?? 1) === 1) return null;
  const [wn, wd, hn, hd] = ratios(v);
  for (const [n, d, axis] of [
    [wn, wd, 'width'],
    [hn, hd, 'height'],
  ] as const) {
    const f = Math.trunc(n / d);
    if (n % d !== 0 || f <= 0 || (f & (f - 1)) !== 0)
      return fail(
        'u85.resizebilinear.scale',
        `${axis} scale ${n}/${d} is not supported; bilinear resize needs an integer power-of-two scale`,
      );
  }
  return null;
};
