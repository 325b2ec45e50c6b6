// Convolutions, depthwise and transpose convolutions, fully connected layers: strides the hardware cannot take
// unrolled per kernel element, dilations folded into the weights, depth multipliers split, as Vela lowers them.
import { type Operator, PADDING_SAME } from '../../graph/types.js';
import type { Shape3 } from '../arch.js';
import {
  UNIT_KERNEL,
  type ActivationKind,
  type FmRef,
  type HwOp,
  type InternalOp,
  type Kernel,
  type WeightInfo,
} from '../ops.js';
import { transposePasses } from '../transpose-passes.js';
import { num, type Ctx, tempFm, refuseBeyondOpLimit, push } from './context.js';
import { MAX_INTERNAL_OPS, PerfLimitError } from './limits.js';
import { pushU55Transpose, pushU85Transpose } from './transpose.js';

export function convKernel(op: Operator, kh: number, kw: number): Kernel {
  const o = op.options ?? {};
  return {
    w: kw,
    h: kh,
    strideX: num(o.strideW, 1),
    strideY: num(o.strideH, 1),
    dilationX: num(o.dilationWFactor, 1),
    dilationY: num(o.dilationHFactor, 1),
  };
}

/**
 * Whether Vela unrolls a convolution or pool into one operation per output element (regor's
 * UnrollKernelStrides): a stride above 3, the hardware's limit, on an axis where the output is more than one
 * element (a stride over a single output has no effect), with no padding and no dilation. Otherwise such a
 * stride is not the NPU's (placement says so) or, on U85, decomposed by kernel element (not modelled yet).
 */
export function unrollsStride(op: Operator, kernel: Kernel, ifm: FmRef, ofm: FmRef): boolean {
  if (!largeStride(kernel, ofm)) return false;
  if ((kernel.h > 1 && kernel.dilationY !== 1) || (kernel.w > 1 && kernel.dilationX !== 1)) return false;
  // A zero PAD fused in front (the input view is larger than its buffer) is padding too.
  if (ifm.shape.h !== ifm.buffer.shape.h || ifm.shape.w !== ifm.buffer.shape.w) return false;
  if (op.options?.padding !== PADDING_SAME) return true;
  const needed = (input: number, stride: number, filter: number) =>
    Math.max(0, (Math.ceil(input / stride) - 1) * stride + filter - input);
  return needed(ifm.shape.h, kernel.strideY, kernel.h) === 0 && needed(ifm.shape.w, kernel.strideX, kernel.w) === 0;
}

/**
 * A convolution as Vela decomposes what the hardware cannot run natively. A stride above 3 is unrolled or, on
 * U85, split per kernel element; a U85 one that is also dilated is first split per dilation phase (regor's
 * HandleDilation: each phase reads every dilation-th input and writes every dilation-th output, undilated,
 * the stride divided by what it shares with the dilation). (Vela's own per-layer rows show no such split of a
 * dilation of 3 alone, so that one stays a single operation.)
 */
export function pushConvolution(
  ctx: Ctx,
  op: Operator,
  dw: boolean,
  ifm: FmRef,
  ofm: FmRef,
  extra: Partial<InternalOp> & { kernel: Kernel },
): void {
  const type = dw ? 'DepthwiseConv2D' : 'Conv2D';
  const hw: HwOp = dw ? 'depthwise' : 'conv';
  const k = extra.kernel;
  const dilationY = k.h === 1 ? 1 : k.dilationY;
  const dilationX = k.w === 1 ? 1 : k.dilationX;
  const dilated = dilationY > 1 || dilationX > 1;
  const strided = largeStride(k, ofm);
  if (dilated && strided && ctx.family === 'u85') {
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
    const gy = gcd(dilationY, k.strideY);
    const gx = gcd(dilationX, k.strideX);
    const [phasesY, phasesX] = [dilationY / gy, dilationX / gx];
    const kernel: Kernel = { ...k, dilationX: 1, dilationY: 1, strideY: k.strideY / gy, strideX: k.strideX / gx };
    const top = leadingPadding(op, ifm.shape.h, ofm.shape.h, k.strideY, (k.h - 1) * dilationY + 1);
    const left = leadingPadding(op, ifm.shape.w, ofm.shape.w, k.strideX, (k.w - 1) * dilationX + 1);
    for (let dy = 0; dy < phasesY; dy++) {
      for (let dx = 0; dx < phasesX; dx++) {
        const out = { h: Math.ceil((ofm.shape.h - dy) / phasesY), w: Math.ceil((ofm.shape.w - dx) / phasesX) };
        const fromY = dy * gy * kernel.strideY;
        const fromX = dx * gx * kernel.strideX;
        const inp = {
          h: Math.ceil((ifm.shape.h - fromY) / (phasesY * gy)),
          w: Math.ceil((ifm.shape.w - fromX) / (phasesX * gx)),
        };
        if (out.h <= 0 || out.w <= 0 || inp.h <= 0 || inp.w <= 0) continue;
        const subIfm: FmRef = { ...ifm, shape: { ...inp, c: ifm.shape.c } };
        const subOfm: FmRef = { ...ofm, shape: { ...out, c: ofm.shape.c } };
        if (largeStride(kernel, subOfm)) {
          // Split further per kernel element, over the phase's own (stepped) input.
          pushConvolution(ctx, op, dw, subIfm, subOfm, { ...extra, kernel });
          continue;
        }
        // One operation for the phase: regor keeps the input slice from the phase's offset on and steps it by
        // the dilation, so the operation is costed over that whole slice (its IFM blocks and reads).
        const slice: Shape3 = {
          h: ifm.shape.h - Math.max(0, fromY - top),
          w: ifm.shape.w - Math.max(0, fromX - left),
          c: ifm.shape.c,
        };
        push(ctx, op, type, hw, { ...ifm, shape: slice }, subOfm, { ...extra, kernel });
      }
    }
    return;
  }
  if (!dw && unrollsStride(op, k, ifm, ofm)) pushUnrolled(ctx, op, type, hw, ifm, ofm, extra);
  else if (strided && ctx.family === 'u85') pushPerKernelElement(ctx, op, type, hw, ifm, ofm, extra);
  else push(ctx, op, type, hw, ifm, ofm, extra);
}

/**
 * A depthwise convolution with a depth multiplier M > 1 as Vela decomposes it: one depthwise operation per
 * multiplier, each with every M-th weight channel, writing its plane of an [M, H, W, C] intermediate; then a
 * transpose of that intermediate into the [H, W, C x M] output.
 */
export function pushPerMultiplier(
  ctx: Ctx,
  op: Operator,
  multiplier: number,
  ifm: FmRef,
  ofm: FmRef,
  extra: Partial<InternalOp> & { kernel: Kernel },
): void {
  const c = ifm.shape.c;
  const planes = tempFm(ctx, { h: multiplier * ofm.shape.h, w: ofm.shape.w, c }, ofm.bits);
  const plane: FmRef = { ...planes, shape: { h: ofm.shape.h, w: ofm.shape.w, c } };
  for (let m = 0; m < multiplier; m++) {
    const weights = extra.weights && multiplierWeights(ctx, extra.weights, m, multiplier);
    // regor's sub-operations leave the fused activation behind (Vela 5.1.0 costs them as with none, and no
    // operation runs it), so each is costed with none.
    pushConvolution(ctx, op, true, ifm, plane, { ...extra, weights, activation: 'none' });
  }
  const perm = [1, 2, 3, 0];
  if (ctx.family === 'u85') {
    pushU85Transpose(ctx, op, planes, ofm, [multiplier, ofm.shape.h, ofm.shape.w, c], perm);
  } else {
    const shape = [multiplier, ofm.shape.h, ofm.shape.w, c];
    const passes = transposePasses(shape, perm, ofm.bits === 32);
    // A 16-bit output keeps its activation (Vela 5.1.0 on U55/U65): it runs on its own after the transpose, as a
    // standalone activation does (an 8-bit one, and U85's, is dropped as above).
    if (extra.activation && extra.activation !== 'none' && ofm.bits === 16) {
      const transposed = tempFm(ctx, ofm.shape, ofm.bits);
      pushU55Transpose(ctx, op, planes, transposed, passes);
      push(ctx, op, 'AvgPool', 'pool', transposed, ofm, { elementwiseLike: true });
    } else pushU55Transpose(ctx, op, planes, ofm, passes);
  }
}

/** Depthwise weights [1, H, W, C x M] of one multiplier m: channels m, M + m, 2M + m, ... as [1, H, W, C]. */
function multiplierWeights(ctx: Ctx, w: WeightInfo, m: number, multiplier: number): WeightInfo {
  const channels = Math.round(w.channels / multiplier);
  const [, h, wd, all] = w.source?.shape ?? [1, 1, 1, 1];
  const zeroPoints = w.source?.zeroPoints ?? [0];
  return derivedWeights(ctx, w, `#${m}/${multiplier}`, {
    scale: 1 / multiplier,
    shape: [1, h, wd, channels],
    gather: (data, out) => {
      for (let k = 0; k < h * wd; k++)
        for (let c = 0; c < channels; c++) out[k * channels + c] = data[k * all + c * multiplier + m];
    },
    channels,
    scaleBytes: Math.ceil(w.scaleBytes / multiplier / 16) * 16,
    zeroPoints: zeroPoints.length > 1 ? zeroPoints.filter((_, i) => i % multiplier === m) : zeroPoints,
    source: w.source?.kind === 'depthwise',
  });
}

/** A stride above the hardware's 3 on an axis where the output has more than one element. */
export const largeStride = (kernel: Kernel, ofm: FmRef): boolean =>
  (ofm.shape.h > 1 && kernel.strideY > 3) || (ofm.shape.w > 1 && kernel.strideX > 3);

/** Padding rows or columns on both sides together, as TFLite computes it (none unless SAME). */
function totalPadding(op: Operator, input: number, output: number, stride: number, span: number): number {
  if (op.options?.padding !== PADDING_SAME) return 0;
  return Math.max(0, (output - 1) * stride + span - input);
}

/** Padding before the first row or column (SAME puts the odd one after), as TFLite computes it. */
function leadingPadding(op: Operator, input: number, output: number, stride: number, span: number): number {
  return Math.floor(totalPadding(op, input, output, stride, span) / 2);
}

/** Padding of an IFM slice's four edges, in elements. */
interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * A part of a strided convolution being decomposed: its IFM slice (offset negative in the leading padding),
 * its OFM block at depth `oc`, its padding, and which block it is when the output was split (each block has its own
 * copy of the weights).
 */
interface StridedPart {
  y: number;
  x: number;
  h: number;
  w: number;
  ofm: Shape3;
  oc: number;
  pad: Padding;
  block?: number;
}

/**
 * U85's decomposition of a stride above 3 that cannot be unrolled: the output first split into the OFM blocks of
 * the 1x1 version's block config (regor's DecomposeBlocks, when it does not fit one), then each part into one 1x1
 * operation per kernel element (DecomposeForStrides), each reading the input from its element's offset at the
 * stride and adding into the saved accumulators; elements whose every read falls in the padding are left out.
 */
export function pushPerKernelElement(
  ctx: Ctx,
  op: Operator,
  type: string,
  hw: HwOp,
  ifm: FmRef,
  ofm: FmRef,
  extra: Partial<InternalOp> & { kernel: Kernel },
): void {
  const k = extra.kernel;
  if (k.h * k.w > MAX_INTERNAL_OPS) {
    throw new PerfLimitError(
      `operator ${op.index} (${op.type}) has a ${k.w}x${k.h} kernel to split per element; too large to estimate`,
    );
  }
  const strideY = ofm.shape.h === 1 ? 1 : k.strideY;
  const strideX = ofm.shape.w === 1 ? 1 : k.strideX;
  const spanY = (k.h - 1) * k.dilationY + 1;
  const spanX = (k.w - 1) * k.dilationX + 1;
  const top = leadingPadding(op, ifm.shape.h, ofm.shape.h, strideY, spanY);
  const left = leadingPadding(op, ifm.shape.w, ofm.shape.w, strideX, spanX);
  const pad: Padding = {
    top,
    left,
    bottom: totalPadding(op, ifm.shape.h, ofm.shape.h, strideY, spanY) - top,
    right: totalPadding(op, ifm.shape.w, ofm.shape.w, strideX, spanX) - left,
  };
  // Whether an element at this offset (negative: in the leading padding) reads input: only if a step of the
  // stride brings it into the slice.
  const readsFrom = (offset: number, stride: number, outputs: number, extent: number): boolean => {
    if (offset >= 0) return true;
    const steps = Math.ceil(-offset / stride);
    return steps < outputs && offset + steps * stride < extent;
  };
  const IH = ifm.shape.h;
  const IW = ifm.shape.w;
  let blocks = 0;

  // One part per kernel element (DecomposeForStrides), over the part's IFM slice.
  const perElement = (part: StridedPart): void => {
    let sent = 0;
    for (let ky = 0; ky < k.h; ky++) {
      for (let kx = 0; kx < k.w; kx++) {
        const last = ky === k.h - 1 && kx === k.w - 1;
        const y = part.y + ky * k.dilationY;
        const x = part.x + kx * k.dilationX;
        const h = extent(y, ky * k.dilationY, part.y, part.h, IH);
        const w = extent(x, kx * k.dilationX, part.x, part.w, IW);
        if (!(last && sent === 0)) {
          if (h * w <= 0) continue;
          if (!readsFrom(y, strideY, part.ofm.h, h) || !readsFrom(x, strideX, part.ofm.w, w)) continue;
        }
        // Each takes its own kernel element's weights (and a block its own copy of its depth's).
        let weights = extra.weights && kernelElementWeights(ctx, extra.weights, ky, kx, k.h * k.w);
        if (weights && part.block !== undefined) weights = blockWeights(ctx, weights, part, hw === 'depthwise');
        // Each reads the input from its element's offset on, stepped by the stride: regor costs it over that
        // whole slice (its IFM blocks and reads), not over the elements it takes.
        // (A depthwise block of fewer channels still reads the IFM slice at its full depth, as regor's does.)
        const slice: Shape3 = { h: Math.max(1, h), w: Math.max(1, w), c: ifm.shape.c };
        push(
          ctx,
          op,
          type,
          hw,
          { ...ifm, shape: slice },
          { ...ofm, shape: part.ofm },
          { ...extra, kernel: UNIT_KERNEL, weights },
        );
        sent++;
      }
    }
  };

  // A part whose output does not fit the 1x1 version's OFM block is split into such blocks first
  // (DecomposeBlocks), each with its own IFM slice and padding, and each block is decomposed the same way.
  const decompose = (part: StridedPart): void => {
    const block = ctx.ofmBlockOf?.({
      hw,
      type,
      ifm: { h: part.h, w: part.w, c: ifm.shape.c },
      ofm: part.ofm,
      ifmBits: ifm.bits,
    });
    if (block) ctx.readsBlockConfigs = true;
    if (!block || (block.h >= part.ofm.h && block.w >= part.ofm.w && block.c >= part.ofm.c)) {
      perElement(part);
      return;
    }
    const bh = Math.min(part.ofm.h, block.h);
    const bw = Math.min(part.ofm.w, block.w);
    const bc = Math.min(part.ofm.c, block.c);
    // Every block yields at least one operation: refused before any is built when that alone passes the limit.
    refuseBeyondOpLimit(ctx, op, Math.ceil(part.ofm.h / bh) * Math.ceil(part.ofm.w / bw) * Math.ceil(part.ofm.c / bc));
    for (let oy = 0; oy < part.ofm.h; oy += bh) {
      for (let ox = 0; ox < part.ofm.w; ox += bw) {
        for (let oc = 0; oc < part.ofm.c; oc += bc) {
          const y = Math.min(part.y + oy * strideY, IH);
          const x = Math.min(part.x + ox * strideX, IW);
          const nh = Math.min(part.ofm.h - oy, bh);
          const nw = Math.min(part.ofm.w - ox, bw);
          // The block's padding: what of the part's leading padding it has not stepped past, and trailing
          // padding where the block (at full size) reaches past the input.
          const blockPad: Padding = {
            top: Math.max(part.pad.top - Math.max(y + part.pad.top, 0), 0),
            left: Math.max(part.pad.left - Math.max(x + part.pad.left, 0), 0),
            bottom: Math.min(part.pad.bottom, Math.max(bh * strideY + y + k.h - 1 - IH, 0)),
            right: Math.min(part.pad.right, Math.max(bw * strideX + x + k.w - 1 - IW, 0)),
          };
          const ih = bh >= part.ofm.h ? part.h : (nh - 1) * strideY + k.h - blockPad.top - blockPad.bottom;
          const iw = bw >= part.ofm.w ? part.w : (nw - 1) * strideX + k.w - blockPad.left - blockPad.right;
          decompose({
            y,
            x,
            h: Math.min(ih, IH - y),
            w: Math.min(iw, IW - x),
            ofm: { h: nh, w: nw, c: Math.min(part.ofm.c - oc, bc) },
            oc: part.oc + oc,
            pad: blockPad,
            block: blocks++,
          });
        }
      }
    }
  };

  decompose({ y: -top, x: -left, h: IH, w: IW, ofm: ofm.shape, oc: 0, pad });
}

/**
 * Rows (or columns) a kernel element's operation reads of its part's IFM slice, from its offset `at` (the part's
 * offset plus the element's `step`): the part's extent, grown back by the leading padding the step passes, within
 * the input and never beyond the part's extent.
 */
function extent(at: number, step: number, partAt: number, partExtent: number, input: number): number {
  return Math.min(Math.max(0, Math.min(input - at, partExtent + Math.min(step, Math.max(0, -partAt)))), partExtent);
}

/**
 * One block's copy of a kernel element's weights (regor slices them anew for every block): its OFM depth's
 * channels, a record of its own (counted and encoded as such) whose values match every block of that depth.
 */
function blockWeights(ctx: Ctx, w: WeightInfo, part: StridedPart, depthwise: boolean): WeightInfo {
  const i = w.source?.shape[3] ?? 1;
  const { oc } = part;
  const nc = part.ofm.c;
  return derivedWeights(
    ctx,
    w,
    `[${oc}:${oc + nc}]`,
    {
      scale: nc / w.channels,
      shape: depthwise ? [1, 1, 1, nc] : [nc, 1, 1, i],
      channels: nc,
      gather: (all, out) => {
        if (depthwise) out.set(all.subarray(oc, oc + nc));
        else out.set(all.subarray(oc * i, (oc + nc) * i));
      },
      zeroPoints: w.source && w.source.zeroPoints.length > 1 ? w.source.zeroPoints.slice(oc, oc + nc) : undefined,
    },
    `#${part.block}`,
  );
}

/** Per weight buffer, one identity per kernel element (the encodings of a slice are cached by it). */
const sliceIdentities = new WeakMap<object, Map<string, object>>();

/**
 * A dilation above the hardware's 2, as Vela fixes it up (regor's FixupDilationGT2): the kernel is dilated in
 * its weights, zero points between the taps, leaving the hardware a dilation of 2 where the factor is even (the
 * kernel half as large) and none otherwise. `kernel` is updated in place; returns the dilated weights.
 */
export function dilateKernel(
  ctx: Ctx,
  op: Operator,
  kernel: Kernel,
  w: WeightInfo | undefined,
): WeightInfo | undefined {
  const hwY = kernel.dilationY % 2 === 0 ? 2 : 1;
  const hwX = kernel.dilationX % 2 === 0 ? 2 : 1;
  const [my, mx] = [kernel.dilationY / hwY, kernel.dilationX / hwX];
  const [kh, kw] = [kernel.h, kernel.w];
  const [nh, nw] = [(kh - 1) * my + 1, (kw - 1) * mx + 1];
  if (!(nh * nw <= MAX_DILATED_KERNEL)) {
    throw new PerfLimitError(
      `operator ${op.index} (${op.type}) dilates its ${kw}x${kh} kernel to ${nw}x${nh}; too large to estimate`,
    );
  }
  Object.assign(kernel, { h: nh, w: nw, dilationY: hwY, dilationX: hwX });
  if (!w) return w;
  const [o, , , i] = w.source?.shape ?? [1, 1, 1, 1];
  return derivedWeights(ctx, w, `~${my}x${mx}`, {
    scale: (nh * nw) / (kh * kw),
    shape: [o, nh, nw, i],
    fill: w.source?.zeroPoints[0] ?? 0,
    gather: (all, out) => {
      for (let n = 0; n < o; n++)
        for (let y = 0; y < kh; y++)
          for (let x = 0; x < kw; x++) {
            const from = ((n * kh + y) * kw + x) * i;
            out.set(all.subarray(from, from + i), ((n * nh + y * my) * nw + x * mx) * i);
          }
    },
    // The dilated weights are built only to be encoded: past the encoder's reach they are estimated instead.
    source: o * nh * nw * i <= MAX_DILATED_WEIGHTS,
  });
}

/** Most elements a kernel dilated into its weights may have (hostile dilations are refused). */
const MAX_DILATED_KERNEL = 1 << 16;

/** Most values a dilated kernel may have to be encoded (beyond, its size is estimated). */
const MAX_DILATED_WEIGHTS = 1 << 24;

/** The identity of a slice of a weight buffer, the same for every target (encodings are cached by it). */
function sliceIdentity(src: NonNullable<WeightInfo['source']>, slice: string): object {
  let perBuffer = sliceIdentities.get(src.identity);
  if (!perBuffer) sliceIdentities.set(src.identity, (perBuffer = new Map()));
  const id = `${src.kind}/${src.shape.join('x')}${slice}`;
  let identity = perBuffer.get(id);
  if (!identity) perBuffer.set(id, (identity = {}));
  return identity;
}

/** The weights of one kernel element [O, 1, 1, I] (depthwise [1, 1, 1, C]) of a tensor. */
function kernelElementWeights(ctx: Ctx, w: WeightInfo, y: number, x: number, elements: number): WeightInfo {
  const [o, h, wd, i] = w.source?.shape ?? [1, 1, 1, 1];
  return derivedWeights(ctx, w, `@${y},${x}`, {
    scale: 1 / elements,
    shape: [o, 1, 1, i],
    gather: (all, out) => {
      for (let n = 0; n < o; n++)
        out.set(all.subarray(((n * h + y) * wd + x) * i, ((n * h + y) * wd + x + 1) * i), n * i);
    },
  });
}

/**
 * A U55/U65 transpose convolution's kernel as regor runs it, a convolution over the upscaled input
 * (LegaliseTransposeConv2D): reversed in height and width, which its encoded size follows (a 3x3 kernel to 8
 * channels: 160 bytes reversed, 144 as stored).
 */
export function reversedKernel(ctx: Ctx, w: WeightInfo): WeightInfo {
  const shape = w.source?.shape;
  if (!shape) return w;
  const [o, kh, kw, i] = shape;
  if (kh * kw <= 1) return w;
  return derivedWeights(ctx, w, '@reversed', {
    scale: 1,
    shape: [o, kh, kw, i],
    gather: (all, out) => {
      for (let c = 0; c < o; c++)
        for (let y = 0; y < kh; y++)
          for (let x = 0; x < kw; x++) {
            const at = ((c * kh + (kh - 1 - y)) * kw + (kw - 1 - x)) * i;
            out.set(all.subarray(at, at + i), ((c * kh + y) * kw + x) * i);
          }
    },
  });
}

/**
 * A U85 transpose convolution as regor decomposes it (DecomposeTransposeConv2DLargeStride): one stride-1
 * convolution per output phase (oy, ox) with the kernel taps that land there, reversed, writing every stride-th
 * output element from the phase's offset, after a 1x1 pass of zero weights when the stride exceeds the kernel
 * (some outputs get no tap). Vela estimates each phase over its whole output slice, as if it wrote every element
 * from its offset on; the stepped writes keep the output linear.
 */
export function pushU85TransposeConv(
  ctx: Ctx,
  op: Operator,
  ifm: FmRef,
  ofm: FmRef,
  w: WeightInfo,
  kernel: Kernel,
  activation: ActivationKind,
): void {
  const sy = Math.max(1, num(op.options?.strideH, 1));
  const sx = Math.max(1, num(op.options?.strideW, 1));
  const [o, kh, kw, i] = w.source?.shape ?? [ofm.shape.c, kernel.h, kernel.w, ifm.shape.c];
  // SAME crops the output: the leading crop (the odd one trails) moves the first phase's offset.
  const same = op.options?.padding === PADDING_SAME;
  const crop = (input: number, stride: number, k: number, out: number) =>
    same ? Math.floor(Math.max(0, (input - 1) * stride + k - out) / 2) : 0;
  const cropY = crop(ifm.shape.h, sy, kh, ofm.shape.h);
  const cropX = crop(ifm.shape.w, sx, kw, ofm.shape.w);
  const offset = (phase: number, cropped: number, stride: number) =>
    cropped > 0 ? phase + Math.ceil((cropped - phase) / stride) * stride - cropped : phase;
  if (sx > 1) ofm.buffer.linear = true;
  if (sx > kw || sy > kh) {
    const zeros = derivedWeights(ctx, w, '@zero', {
      scale: 1 / (kh * kw),
      shape: [o, 1, 1, i],
      gather: (_all, out) => out.fill(0),
    });
    push(ctx, op, 'Conv2D', 'conv', ifm, ofm, { weights: zeros });
  }
  for (let oy = 0; oy < Math.min(kh, sy); oy++) {
    for (let ox = 0; ox < Math.min(kw, sx); ox++) {
      const ny = Math.floor((kh - 1 - oy) / sy);
      const nx = Math.floor((kw - 1 - ox) / sx);
      const phase = derivedWeights(ctx, w, `@t${oy},${ox}`, {
        scale: ((ny + 1) * (nx + 1)) / (kh * kw),
        shape: [o, ny + 1, nx + 1, i],
        gather: (all, out) => {
          let n = 0;
          for (let c = 0; c < o; c++)
            for (let m = ny; m >= 0; m--)
              for (let k = nx; k >= 0; k--) {
                const at = ((c * kh + oy + m * sy) * kw + ox + k * sx) * i;
                out.set(all.subarray(at, at + i), n);
                n += i;
              }
        },
      });
      const offY = offset(oy, cropY, sy);
      const offX = offset(ox, cropX, sx);
      if (offY >= ofm.shape.h || offX >= ofm.shape.w) continue;
      const part = { ...ofm, shape: { h: ofm.shape.h - offY, w: ofm.shape.w - offX, c: ofm.shape.c } };
      push(ctx, op, 'Conv2D', 'conv', ifm, part, {
        kernel: { ...UNIT_KERNEL, h: ny + 1, w: nx + 1 },
        activation,
        weights: phase,
      });
    }
  }
}

/**
 * Weights Vela derives from a tensor (a kernel element, a multiplier's channels, a dilated kernel): remembered
 * per model under `w.key + suffix`; their values are rebuilt from the tensor's on each read (`gather`), and
 * their encodings cached across targets under an identity of the tensor and the suffix. `scale` sizes what
 * has no values to encode (original and estimated bytes, by proportion); `source: false` keeps them estimated.
 */
function derivedWeights(
  ctx: Ctx,
  w: WeightInfo,
  suffix: string,
  derive: {
    scale: number;
    shape: [number, number, number, number];
    gather: (all: Int8Array | Uint8Array, out: Int8Array | Uint8Array) => void;
    fill?: number;
    channels?: number;
    scaleBytes?: number;
    zeroPoints?: number[];
    source?: boolean;
  },
  /** Tells apart records of the same values (each encoded and counted on its own): the key only, not the identity. */
  instance = '',
): WeightInfo {
  const key = `${w.key}${suffix}${instance}`;
  const known = ctx.weights.get(key);
  if (known) return known;
  const src = derive.source === false ? undefined : w.source;
  const derived: WeightInfo = {
    key,
    originalBytes: Math.ceil((w.originalBytes * derive.scale) / 16) * 16,
    encodedBytes: src ? 0 : Math.ceil(w.encodedBytes * derive.scale),
    scaleBytes: derive.scaleBytes ?? w.scaleBytes,
    channels: derive.channels ?? w.channels,
  };
  if (src) {
    const [a, b, c, d] = derive.shape;
    derived.source = {
      get data() {
        const all = src.data;
        const out = new (all.constructor as Int8ArrayConstructor | Uint8ArrayConstructor)(a * b * c * d);
        if (derive.fill) out.fill(derive.fill);
        derive.gather(all, out);
        return out;
      },
      count: a * b * c * d,
      shape: derive.shape,
      zeroPoints: derive.zeroPoints ?? src.zeroPoints,
      kind: src.kind,
      identity: sliceIdentity(src, suffix),
    };
  }
  ctx.weights.set(key, derived);
  return derived;
}

/**
 * An unrolled strided operation: per output element, the kernel over its own input window (stride 1), one
 * element out; every one reads the same weights.
 */
export function pushUnrolled(
  ctx: Ctx,
  op: Operator,
  type: string,
  hw: HwOp,
  ifm: FmRef,
  ofm: FmRef,
  extra: Partial<InternalOp> & { kernel: Kernel },
): void {
  const window: FmRef = { ...ifm, shape: { h: extra.kernel.h, w: extra.kernel.w, c: ifm.shape.c } };
  const element: FmRef = { ...ofm, shape: { h: 1, w: 1, c: ofm.shape.c } };
  const kernel: Kernel = { ...extra.kernel, strideX: 1, strideY: 1 };
  for (let n = ofm.shape.h * ofm.shape.w; n > 0; n--) push(ctx, op, type, hw, window, element, { ...extra, kernel });
}

/**
 * The rows of a fully connected layer as regor lays them out (RewriteFullyConnected): a batch of n rows becomes
 * an h x w map, as square as the divisors of n allow (w at least sqrt(n), and n / 16 for long batches).
 */
export function fcRows(n: number): { h: number; w: number } {
  if (n <= 1) return { h: 1, w: 1 };
  // The smallest divisor w of n from `least` up is n / d for the largest divisor d of n up to n / least, which is
  // at most 16 (a prime batch of 2^31 - 1 rows would otherwise step w through two billion values).
  const least = Math.max(Math.floor(n / 16), Math.ceil(Math.sqrt(n)));
  let d = Math.floor(n / least);
  while (d > 1 && n % d !== 0) d--;
  return { h: d, w: n / d };
}
