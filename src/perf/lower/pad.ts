// Padding: fused into the next convolution where Vela fuses it, else written as fills around a copy.
import { type Operator, PADDING_SAME } from '../../graph/types.js';
import type { Shape3 } from '../arch.js';
import type { FmRef } from '../ops.js';
import {
  num,
  type Ctx,
  push,
  constantInts,
  constantFm,
  batchOf,
  sameQuantization,
  sameShape,
  elementsOfShape,
  SLICING,
  fusedActivation,
} from './context.js';
import type { ActivationKind } from '../ops.js';
import { viaLayoutOp } from './transpose.js';
import { MEAN_MAX_HEIGHT, MEAN_MAX_KERNEL } from './reduce.js';

/**
 * A PAD as Vela rewrites it (regor's RewritePad): for each padded side of each axis, a copy of the padding
 * value from a constant into that slab of the output (the whole output but that axis, which is the padding
 * width), then the input copied into the interior. False when the paddings cannot be read (or pad the batch).
 */
export function pushPadFills(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): boolean {
  const pads = constantInts(ctx, op.inputs[1] ?? -1);
  const rank = ctx.sg.tensors[op.inputs[0] ?? -1]?.shape.length ?? 0;
  if (!pads || rank < 1 || rank > 4 || pads.length !== 2 * rank) return false;
  if (rank === 4 && (pads[0] !== 0 || pads[1] !== 0)) return false;
  // Before and after of H, W and C, counted from the innermost axis.
  const at = (fromEnd: number, side: number) => (rank - fromEnd >= 0 ? pads[2 * (rank - fromEnd) + side] : 0);
  const sides: [keyof Shape3, number, number][] = [
    ['h', at(3, 0), at(3, 1)],
    ['w', at(2, 0), at(2, 1)],
    ['c', at(1, 0), at(1, 1)],
  ];
  if (sides.some(([, before, after]) => before < 0 || after < 0)) return false;
  let largest = 0;
  for (const [axis, before, after] of sides) {
    const slab = (ofm.shape.h * ofm.shape.w * ofm.shape.c) / Math.max(1, ofm.shape[axis]);
    largest = Math.max(largest, slab * Math.max(before, after));
  }
  const fill = constantFm(ctx, `pad-const-${op.index}`, { h: 1, w: 1, c: Math.max(1, largest) }, ofm.bits);
  for (const [axis, before, after] of sides) {
    for (const width of [before, after]) {
      if (width === 0) continue;
      const slab: Shape3 = { ...ofm.shape, [axis]: width };
      push(ctx, op, 'MemoryCopy', 'pool', { ...fill, shape: slab }, { ...ofm, shape: slab });
    }
  }
  // Writes at a depth offset that is not a multiple of 16 cannot be in the brick format.
  const cBefore = sides[2][1];
  if (cBefore % 16 !== 0 || (sides[2][2] > 0 && (cBefore + ifm.shape.c) % 16 !== 0)) ofm.buffer.linear = true;
  // An NPU producer whose only reader is the PAD writes straight into the interior (as into a concatenation);
  // otherwise a copy does (running the activation a depth multiplier's parts dropped, see multiplierActivation).
  const activation = multiplierActivation(ctx, ifm);
  if (activation || !writeIntoOutput(ctx, op.inputs[0] ?? -1, ifm, ofm, op.outputs[0] ?? -1)) {
    push(
      ctx,
      op,
      activation ? 'AvgPool' : 'MemoryCopy',
      'pool',
      ifm,
      { ...ofm, shape: ifm.shape },
      // A ReLU runs as a standalone activation, the main op of its group (as a RELU operator: see lowerOperator).
      activation ? { elementwiseLike: true, ...(activation !== 'relu' && { activation }) } : {},
    );
  }
  return true;
}

/**
 * The fused activation a depth-multiplier depthwise convolution drops with its parts (see pushPerMultiplier), when
 * its output goes into a PAD's interior: regor moves that write into the convolution, and the operation its
 * decomposition ends with to write the slice runs the activation (Vela's Relu6 after the transposes).
 */
function multiplierActivation(ctx: Ctx, part: FmRef): ActivationKind | undefined {
  const writers = ctx.ops.filter((o) => o.ofm.buffer === part.buffer && o.subgraph === ctx.sg.index);
  const source =
    writers.length === 1 && writers[0].type === 'Transpose' ? ctx.sg.operators[writers[0].sourceIndex] : undefined;
  if (source?.type !== 'DEPTHWISE_CONV_2D') return undefined;
  const kind = fusedActivation(source);
  return kind === 'none' ? undefined : kind;
}

/** TFLite operators regor's data-layout operations come from (besides slices and reshapes, checked apart). */
const DATA_LAYOUT = new Set(['PAD', 'PADV2', 'CONCATENATION', 'PACK', 'REVERSE_V2', 'TILE']);

/**
 * Has the NPU operation that writes `part` (tensor `src`) write straight into its place in `out` instead of a
 * copy (a concatenation's part, a PAD's interior), as Vela does when nothing else reads the part, it is no graph
 * output, it comes through no reshape or transpose, it is not rescaled on the way (tensor `outT`'s quantization),
 * and a producer with batches is elementwise (others are decomposed). True when it does.
 */
export function writeIntoOutput(ctx: Ctx, src: number, part: FmRef, out: FmRef, outT: number): boolean {
  const writers = ctx.ops.filter((o) => o.ofm.buffer === part.buffer && o.subgraph === ctx.sg.index);
  // A chain's primary writes its last operation's output: one writer.
  const own = writers.filter((o) => !writers.some((p) => p !== o && p.chained?.includes(o)));
  // The phases a transpose convolution or a half-pixel resize is decomposed into are one operation when regor moves
  // the write (it decomposes later, in the scheduler).
  const decomposed = ctx.sg.operators[own[0]?.sourceIndex ?? -1]?.type;
  const phases =
    own.length > 1 &&
    own.every((o) => o.sourceIndex === own[0].sourceIndex) &&
    (decomposed === 'TRANSPOSE_CONV' || decomposed === 'RESIZE_BILINEAR');
  const producer = own.length === 1 ? writers[0] : phases ? own[0] : undefined;
  // A U85 depth multiplier's last transpose writes the part through a view of it (its planes' shape): it writes
  // the output through the same view.
  const view =
    !!producer &&
    producer.type === 'Transpose' &&
    !sameShape(producer.ofm.shape, part.shape) &&
    elementsOfShape(producer.ofm.shape) === elementsOfShape(part.shape);
  if (
    // A part several operations write (a concatenation's copies, a PAD's fills) is copied whole, as in regor.
    !producer ||
    // A slice is not copied twice: the part's own copy reads the slice's source instead (moveSlicesToConsumers).
    SLICING.has(ctx.sg.operators[producer.sourceIndex]?.type ?? '') ||
    // Nor does regor move the write into another data-layout operation (IsDataLayout): a PAD of nothing's copy
    // keeps it, and the next PAD copies its interior.
    DATA_LAYOUT.has(ctx.sg.operators[producer.sourceIndex]?.type ?? '') ||
    (ctx.readers.get(src) ?? 0) !== 1 ||
    ctx.sg.outputs.includes(src) ||
    viaLayoutOp(ctx, src) ||
    !sameQuantization(ctx, src, outT) ||
    (batchOf(ctx, src) !== 1 && producer.hw !== 'elementwise') ||
    // Nor one that computes the part in another shape (a fully connected layer's rows laid out as a map).
    (!phases && !view && !sameShape(producer.ofm.shape, part.shape)) ||
    // Nor into the whole output (a PAD of nothing, a concatenation of one map): regor moves only a copy into a
    // slice of its output (MoveConcatSliceToProducer), so that copy stays.
    sameShape(part.shape, out.shape)
  )
    return false;
  ctx.buffers.delete(part.buffer.key);
  // The phases' stepped writes keep the map they write into linear, as they keep their own output.
  if (phases && part.buffer.linear) out.buffer.linear = true;
  // So does a transpose that writes its part linear (a depth multiplier's last pass: on U55/U65 regor has every
  // transpose read and write NHWC) or through a view of it (on U85: no brick format has both shapes).
  if (producer.type === 'Transpose' && (part.buffer.linear || view)) out.buffer.linear = true;
  // A half-pixel resize's phases are costed over the output they write into less its last row and column (see
  // pushHalfPixelBilinear): the padded map's, then (a resize into a PAD's interior: 27x2 phases of a 28x3 map).
  const resized = phases && decomposed === 'RESIZE_BILINEAR';
  for (const w of phases ? own : [producer]) {
    // Each phase writes its own lattice of the part.
    const shape = resized ? { ...w.ofm.shape, h: out.shape.h - 1, w: out.shape.w - 1 } : w.ofm.shape;
    w.ofm = { ...out, shape: phases || view ? shape : part.shape };
    w.writesInPlace = true;
    for (const o of ctx.ops) if (o.chained?.includes(w)) o.ofm = w.ofm;
  }
  return true;
}

/** Whether a PADV2's constant value is its output's zero point (what a convolution's own padding writes). */
function padsWithZeroPoint(ctx: Ctx, op: Operator): boolean {
  const value = ctx.sg.tensors[op.inputs[2] ?? -1];
  const data = value ? ctx.model.buffers[value.buffer]?.data : undefined;
  if (!value) return true; // no value: zeros, as PAD
  if (!data || data.byteLength < 1) return false;
  const raw = value.dtype === 'int8' ? (data[0] << 24) >> 24 : value.dtype === 'uint8' ? data[0] : NaN;
  const zp = ctx.sg.tensors[op.outputs[0] ?? -1]?.quantization?.zeroPoint?.[0] ?? 0;
  return raw === zp;
}

export function isFusablePad(ctx: Ctx, op: Operator, consumers: Map<number, number>): boolean {
  if (op.type !== 'PAD' && op.type !== 'PADV2') return false;
  // A convolution pads with its input's zero point: a PADV2 with any other value stays a PAD.
  if (op.type === 'PADV2' && !padsWithZeroPoint(ctx, op)) return false;
  const dst = op.outputs[0] ?? -1;
  if (dst < 0 || ctx.sg.outputs.includes(dst)) return false;
  // regor's ReplacePadByExplicitPadding gives each convolution reading the PAD the padding, and drops the PAD once
  // none reads it: every reader must take it (two 1x1 convolutions of one padded map read its input).
  const readers = ctx.sg.operators.filter((o) => o.inputs.includes(dst));
  if (readers.length === 0 || readers.length !== (consumers.get(dst) ?? 0)) return false;
  const pads = constantInts(ctx, op.inputs[1] ?? -1);
  return readers.every((next) => next.inputs[0] === dst && takesPadding(ctx, op, pads, next));
}

/** Whether the operation reading a PAD's output as its input takes the PAD as its own explicit padding. */
function takesPadding(ctx: Ctx, op: Operator, pads: number[] | undefined, next: Operator): boolean {
  const dst = op.outputs[0] ?? -1;
  if (!ctx.npu.has(next.index)) return false;
  if (next.type === 'MEAN') {
    // A MEAN is a depthwise sum by then (regor converts it first): the kernel is the reduced area.
    const kernel = meanKernel(ctx, next);
    return !!kernel && !!pads && pads.length === 8 && fitsKernel(ctx, op, pads, kernel, [1, 1]);
  }
  if (next.type !== 'CONV_2D' && next.type !== 'DEPTHWISE_CONV_2D') return false;
  // Only H/W padding, each side smaller than the kernel.
  const w = ctx.sg.tensors[next.inputs[1] ?? -1];
  if (!w || w.shape.length !== 4 || !pads || pads.length !== 8) return true;
  const [kh, kw] = [w.shape[1], w.shape[2]];
  // The kernel as it reads, dilation included.
  const dh = (kh - 1) * num(next.options?.dilationHFactor, 1) + 1;
  const dw = (kw - 1) * num(next.options?.dilationWFactor, 1) + 1;
  const [sy, sx] = [num(next.options?.strideH, 1), num(next.options?.strideW, 1)];
  // Only into a convolution without padding of its own (regor's ReplacePadByExplicitPadding): SAME that pads
  // anything keeps the PAD.
  if (next.options?.padding === PADDING_SAME) {
    const padded = ctx.sg.tensors[dst]?.shape ?? [];
    if (padded.length !== 4 || needed(padded[1], sy, dh) > 0 || needed(padded[2], sx, dw) > 0) return false;
  }
  return fitsKernel(ctx, op, pads, [dh, dw], [sy, sx]);
}

const needed = (input: number, stride: number, filter: number) =>
  Math.max(0, (Math.ceil(input / stride) - 1) * stride + filter - input);

/**
 * Whether a PAD's paddings (NHWC before/after pairs) become the explicit padding of a convolution with this
 * (dilated) kernel and stride: H/W only, and each side, the after ones first trimmed to what the stride reaches,
 * narrower than the kernel.
 */
function fitsKernel(
  ctx: Ctx,
  op: Operator,
  pads: readonly number[],
  [dh, dw]: readonly [number, number],
  [sy, sx]: readonly [number, number],
): boolean {
  if (pads[0] !== 0 || pads[1] !== 0 || pads[6] !== 0 || pads[7] !== 0) return false;
  const input = ctx.sg.tensors[op.inputs[0] ?? -1]?.shape ?? [];
  const after = (size: number, stride: number, filter: number, before: number, pad: number) => {
    const diff = (pad % stride) - ((needed(size, stride, filter) - before) % stride);
    return Math.max(0, pad - diff - (diff >= 0 ? 0 : stride));
  };
  const [top, bottom, left, right] = [pads[2], pads[3], pads[4], pads[5]];
  return (
    input.length === 4 &&
    top < dh &&
    left < dw &&
    after(input[1], sy, dh, top, bottom) < dh &&
    after(input[2], sx, dw, left, right) < dw
  );
}

/**
 * The kernel [h, w] of the one depthwise sum a MEAN over height and/or width becomes, reading its 4D input as
 * it is (see lowerMean); undefined when it becomes something else (a reduction over depth, several sums, or a
 * tall area read as one row), where no PAD is fused.
 */
function meanKernel(ctx: Ctx, mean: Operator): [number, number] | undefined {
  const input = ctx.sg.tensors[mean.inputs[0] ?? -1]?.shape ?? [];
  const axes = constantInts(ctx, mean.inputs[1] ?? -1);
  if (input.length !== 4 || input[0] !== 1 || !axes || axes.length === 0) return undefined;
  const reduced = new Set(axes.map((a) => (a < 0 ? a + 4 : a)));
  if ([...reduced].some((a) => a !== 1 && a !== 2)) return undefined;
  const h = reduced.has(1) ? input[1] : 1;
  const w = reduced.has(2) ? input[2] : 1;
  if (h > MEAN_MAX_HEIGHT || h * w > MEAN_MAX_KERNEL) return undefined;
  return [h, w];
}
