// Reductions: MEAN and SUM over an area as depthwise convolutions (MEAN's over generated kernels), a reduction
// over depth as ReduceSum, the other reductions as pooling, and ARG_MAX as the U85's own ArgMax.
import type { Operator } from '../../graph/types.js';
import type { Shape3 } from '../arch.js';
import { UNIT_KERNEL, type FmRef, type Kernel } from '../ops.js';
import {
  type Ctx,
  tempFm,
  refuseBeyondOpLimit,
  push,
  constantInts,
  elementsOfShape,
  quantKey,
  scalarFm,
} from './context.js';
import { generatedKernel } from './generated-kernels.js';

export function lowerReduce(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  // Reductions over H/W become depthwise sums (MEAN) or pooling; over C a reduce-sum.
  const s = ifm.shape;
  const o = ofm.shape;
  const overC = o.c === 1 && s.c > 1 && elementsOfShape(o) * s.c === elementsOfShape(s);
  if (overC) {
    push(ctx, op, 'ReduceSum', 'reducesum', ifm, ofm, { kernel: UNIT_KERNEL });
    return;
  }
  if (op.type === 'MEAN') {
    lowerMean(ctx, op, ifm, ofm);
    return;
  }
  const kernel: Kernel = { ...UNIT_KERNEL, w: Math.min(s.w, 64), h: Math.min(s.h, 64) };
  if (op.type === 'SUM') {
    // Sums use depthwise kernels of at most 64x64; larger areas are split and the partial sums added.
    const parts = s.h > 64 && s.w > 64 ? 1 : Math.ceil(s.h / kernel.h) * Math.ceil(s.w / kernel.w);
    if (parts === 1) {
      push(ctx, op, 'DepthwiseConv2D', 'depthwise', ifm, ofm, { kernel });
      return;
    }
    const sliceShape: Shape3 = { h: kernel.h, w: kernel.w, c: s.c };
    const acc = tempFm(ctx, ofm.shape, 32);
    for (let i = 0; i < parts; i++) {
      const partial = tempFm(ctx, ofm.shape, 32);
      push(ctx, op, 'DepthwiseConv2D', 'depthwise', { ...ifm, shape: sliceShape }, partial, { kernel });
      if (i > 0) push(ctx, op, 'Add', 'elementwise', partial, acc, { ifm2: acc });
    }
    push(ctx, op, 'Mul', 'elementwise', acc, ofm);
  } else {
    push(ctx, op, 'MaxPool', 'pool', ifm, ofm, { kernel });
  }
}

/** Longest axis one U85 ArgMax reduces (regor splits longer ones into blocks; indices must stay positive). */
const U85_ARGMAX_BLOCK = 32768;

/**
 * An ARG_MAX on U85 as regor runs it: the hardware's own ArgMax, costed like pooling, over the input reshaped
 * to 3D around the reduced axis (the axes before it in H, after it in C) with a kernel as wide as that axis.
 * False when the axis cannot be read or needs splitting (the generic reduction then stands in).
 */
export function lowerArgMaxU85(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): boolean {
  const dims = ctx.sg.tensors[op.inputs[0] ?? -1]?.shape;
  const raw = constantInts(ctx, op.inputs[1] ?? -1, true)?.[0];
  if (!dims || dims.length === 0 || raw === undefined) return false;
  const axis = raw < 0 ? raw + dims.length : raw;
  if (axis < 0 || axis >= dims.length) return false;
  const product = (list: readonly number[]) => list.reduce((a, d) => a * Math.max(d, 1), 1);
  const shape: Shape3 = {
    h: product(dims.slice(0, axis)),
    w: Math.max(dims[axis], 1),
    c: product(dims.slice(axis + 1)),
  };
  if (shape.w > U85_ARGMAX_BLOCK) return false;
  const kernel: Kernel = { ...UNIT_KERNEL, w: shape.w, h: 1 };
  push(ctx, op, 'ArgMax', 'pool', { ...ifm, shape }, { ...ofm, shape: { h: shape.h, w: 1, c: shape.c } }, { kernel });
  return true;
}

/** Vela's mean kernels: at most 64 rows and 4096 elements each. */
export const MEAN_MAX_HEIGHT = 64;

export const MEAN_MAX_KERNEL = 64 * 64;

/**
 * A MEAN over height and/or width as Vela converts it (regor's ConvertMeanOps): depthwise sums with the reduced
 * area as their kernel, at most 64 rows and 4096 elements each (a tall area that fits one kernel is read as a
 * single row), added together in 32 bits, then scaled by a multiply.
 */
function lowerMean(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  const s = ifm.shape;
  const reduceH = ofm.shape.h === 1 && s.h > 1;
  const reduceW = ofm.shape.w === 1 && s.w > 1;
  let h = reduceH ? s.h : 1;
  let w = reduceW ? s.w : 1;
  let view = s;
  if (h > MEAN_MAX_HEIGHT && h * w <= MEAN_MAX_KERNEL && reduceH && reduceW) {
    view = { h: 1, w: s.h * s.w, c: s.c };
    w = h * w;
    h = 1;
  }
  const perConv = Math.max(1, Math.min(Math.floor(MEAN_MAX_KERNEL / w), h, MEAN_MAX_HEIGHT));
  const count = Math.ceil(h / perConv);
  // A sum and an addition per slab: refused up front rather than after building them.
  refuseBeyondOpLimit(ctx, op, 2 * count);
  const sums: Shape3 = { ...ofm.shape };
  let acc: FmRef | undefined;
  for (let i = 0; i < count; i++) {
    const kh = i === count - 1 && h % perConv !== 0 ? h % perConv : perConv;
    const read: Shape3 = { h: reduceH ? kh : view.h, w: reduceW || view.w === 1 ? w : view.w, c: view.c };
    const partial = tempFm(ctx, sums, 32);
    const kernel: Kernel = { ...UNIT_KERNEL, w: reduceW ? w : 1, h: reduceH ? kh : 1 };
    // The sums of one MEAN share their kernel of ones (regor reuses the tensor); each MEAN has its own.
    const shape = `${kernel.h}x${kernel.w}x${view.c}`;
    const weights = generatedKernel(
      ctx,
      op,
      `mean-ones-${op.index}-${shape}`,
      `ones-${shape}`,
      kernel.h,
      kernel.w,
      view.c,
      (n) => new Uint8Array(n).fill(1),
    );
    push(ctx, op, 'DepthwiseConv2D', 'depthwise', { ...ifm, shape: read }, partial, { kernel, weights });
    if (acc) {
      const next = tempFm(ctx, sums, 32);
      push(ctx, op, 'Add', 'elementwise', acc, next, { ifm2: partial });
      acc = next;
    } else acc = partial;
  }
  // The multiplier folds the area and the two scales in: MEANs alike in both share the constant.
  const multiplier = `mean:${h * w}:${quantKey(ctx, op.inputs[0] ?? -1)}:${quantKey(ctx, op.outputs[0] ?? -1)}`;
  if (acc) push(ctx, op, 'Mul', 'elementwise', acc, ofm, { ifm2: scalarFm(ctx, 'mean-scale', 32, multiplier) });
}
