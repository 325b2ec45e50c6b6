// One TFLite operator lowered into Vela's internal operations: the dispatch on its type.
import type { Operator } from '../../graph/types.js';
import type { Shape3 } from '../arch.js';
import { UNIT_KERNEL, type FmRef, type Kernel } from '../ops.js';
import { transposePasses } from '../transpose-passes.js';
import {
  RESHAPES,
  BINARY_ELEMENTWISE,
  fusedActivation,
  num,
  type Ctx,
  fm,
  tempFm,
  isConstant,
  weightInfo,
  push,
  resetKernel,
  constantInts,
  lutBytesFor,
  lutTensor,
  elementsOfShape,
  scalarFm,
  constantFm,
  batchOf,
  sameQuantization,
  uniformConstant,
  maxConstantValue,
} from './context.js';
import {
  convKernel,
  unrollsStride,
  pushConvolution,
  pushPerMultiplier,
  largeStride,
  pushPerKernelElement,
  dilateKernel,
  pushU85TransposeConv,
  reversedKernel,
  pushUnrolled,
  fcRows,
} from './convolution.js';
import { broadcastBoth } from './elementwise.js';
import { generatedKernel } from './generated-kernels.js';
import { lowerLstm } from './lstm.js';
import { pushPadFills, writeIntoOutput } from './pad.js';
import { lowerReduce, lowerArgMaxU85 } from './reduce.js';
import { pushHalfPixelBilinear } from './resize.js';
import { keptUnpackSlice, axisKeptAsOne } from './schedule.js';
import { lowerSoftmax } from './softmax.js';
import {
  pushU55Transpose,
  pushU85Transpose,
  MAX_DECOMPOSED_BATCH,
  pushPerBatch,
  mergeWithPreviousTranspose,
  transposeBeforeReshape,
  isNoOpPermute,
  transposePerm,
} from './transpose.js';

export function lowerOne(ctx: Ctx, op: Operator): void {
  const inT = (i: number) => op.inputs[i] ?? -1;
  const outT = op.outputs[0] ?? -1;
  if (outT < 0 || inT(0) < 0) return;
  const act = fusedActivation(op);
  const ofm = fm(ctx, outT);
  const ifm = fm(ctx, inT(0));
  switch (op.type) {
    case 'CONV_2D':
    case 'DEPTHWISE_CONV_2D':
    case 'TRANSPOSE_CONV': {
      const wIdx = op.type === 'TRANSPOSE_CONV' ? inT(1) : inT(1);
      const w = ctx.sg.tensors[wIdx];
      if (!w || w.shape.length !== 4) return;
      const transpose = op.type === 'TRANSPOSE_CONV';
      const src = transpose ? fm(ctx, inT(2)) : ifm;
      const kernel = convKernel(op, w.shape[1], w.shape[2]);
      let dw = op.type === 'DEPTHWISE_CONV_2D';
      // A depthwise conv over a single input channel is really a convolution.
      if (dw && src.shape.c === 1 && ofm.shape.c > 1) dw = false;
      if (transpose) {
        kernel.strideX = 1;
        kernel.strideY = 1;
      } else resetKernel(kernel, ctx.sg.tensors[outT]?.shape);
      let weights = weightInfo(ctx, wIdx, ofm.shape.c, dw, dw ? 'depthwise' : 'conv');
      if (!transpose && (kernel.dilationX > 2 || kernel.dilationY > 2))
        weights = dilateKernel(ctx, op, kernel, weights);
      const extra = {
        kernel,
        activation: act,
        weights,
        upscale: transpose ? num(op.options?.strideW, 1) : 1,
        upscaleZeros: transpose,
      };
      const multiplier = dw ? Math.round(ofm.shape.c / Math.max(1, src.shape.c)) : 1;
      if (transpose && ctx.family === 'u85' && weights)
        pushU85TransposeConv(ctx, op, src, ofm, weights, convKernel(op, w.shape[1], w.shape[2]), act);
      else if (transpose)
        push(ctx, op, 'Conv2D', 'conv', src, ofm, { ...extra, weights: weights && reversedKernel(ctx, weights) });
      else if (multiplier > 1 && ofm.shape.c === src.shape.c * multiplier)
        pushPerMultiplier(ctx, op, multiplier, src, ofm, extra);
      else {
        // Vela runs a batched convolution once per batch (its kernel must not span two of them).
        const batch = batchOf(ctx, op.outputs[0] ?? -1);
        if (batch > 1 && batch <= MAX_DECOMPOSED_BATCH && src.shape.h % batch === 0 && ofm.shape.h % batch === 0) {
          const inPart = { ...src, shape: { ...src.shape, h: src.shape.h / batch } };
          const outPart = { ...ofm, shape: { ...ofm.shape, h: ofm.shape.h / batch } };
          for (let b = 0; b < batch; b++) pushConvolution(ctx, op, dw, inPart, outPart, extra);
        } else pushConvolution(ctx, op, dw, src, ofm, extra);
      }
      return;
    }
    case 'FULLY_CONNECTED': {
      const w = ctx.sg.tensors[inT(1)];
      if (!w) return;
      const inDepth = w.shape[w.shape.length - 1] ?? 1;
      const batch = Math.max(1, Math.round(elementsOfShape(ifm.shape) / Math.max(inDepth, 1)));
      // A feature map the FC reads with another width or depth (flattened) cannot use the brick format.
      const stored = ifm.buffer.shape;
      if (stored.w !== batch || stored.c !== inDepth) ifm.buffer.linear = true;
      if (!isConstant(ctx, inT(1))) {
        const rowIfm: FmRef = { ...ifm, shape: { h: 1, w: batch, c: inDepth } };
        const rowOfm: FmRef = { ...ofm, shape: { h: 1, w: batch, c: ofm.shape.c } };
        push(ctx, op, 'MatMul', 'vector', rowIfm, rowOfm, { activation: act });
        return;
      }
      // Constant weights: the rows are laid out as a map (regor does not rewrite an FC with non-constant weights).
      const rows = fcRows(batch);
      const viewIfm: FmRef = { ...ifm, shape: { ...rows, c: inDepth } };
      const viewOfm: FmRef = { ...ofm, shape: { ...rows, c: ofm.shape.c } };
      const weights = weightInfo(ctx, inT(1), ofm.shape.c, false, 'fully-connected');
      // Several rows run as a 1x1 convolution over them on U55/U65 (a vector product takes one row at a time).
      const hw = batch > 1 && ctx.family !== 'u85' ? 'conv' : 'vector';
      push(ctx, op, 'FullyConnected', hw, viewIfm, viewOfm, { activation: act, weights });
      return;
    }
    case 'AVERAGE_POOL_2D':
    case 'MAX_POOL_2D': {
      const o = op.options ?? {};
      const kernel: Kernel = {
        w: num(o.filterWidth, 1),
        h: num(o.filterHeight, 1),
        strideX: num(o.strideW, 1),
        strideY: num(o.strideH, 1),
        dilationX: 1,
        dilationY: 1,
      };
      const type = op.type === 'MAX_POOL_2D' ? 'MaxPool' : 'AvgPool';
      resetKernel(kernel, ctx.sg.tensors[outT]?.shape);
      if (unrollsStride(op, kernel, ifm, ofm))
        pushUnrolled(ctx, op, type, 'pool', ifm, ofm, { kernel, activation: act });
      else if (ctx.family === 'u85' && largeStride(kernel, ofm))
        pushPerKernelElement(ctx, op, type, 'pool', ifm, ofm, { kernel, activation: act });
      else push(ctx, op, type, 'pool', ifm, ofm, { kernel, activation: act });
      return;
    }
    case 'ADD':
    case 'SUB':
    case 'MUL':
    case 'MAXIMUM':
    case 'MINIMUM':
    case 'DIV':
    case 'EQUAL':
    case 'NOT_EQUAL':
    case 'GREATER':
    case 'GREATER_EQUAL':
    case 'LESS':
    case 'LESS_EQUAL':
    case 'LOGICAL_AND':
    case 'LOGICAL_OR': {
      const ifm2 = inT(1) >= 0 ? fm(ctx, inT(1)) : undefined;
      const first = ifm2 && ctx.family !== 'u85' ? broadcastBoth(ctx, op, ifm, ifm2, ofm) : ifm;
      push(ctx, op, BINARY_ELEMENTWISE[op.type] ?? 'Add', 'elementwise', first, ofm, { ifm2, activation: act });
      return;
    }
    case 'SQUARED_DIFFERENCE': {
      const ifm2 = inT(1) >= 0 ? fm(ctx, inT(1)) : undefined;
      const t32 = tempFm(ctx, ofm.shape, 32);
      push(ctx, op, 'Sub', 'elementwise', ifm, t32, { ifm2 });
      push(ctx, op, 'Mul', 'elementwise', t32, ofm, { ifm2: t32 });
      return;
    }
    case 'LEAKY_RELU': {
      // 8-bit leaky ReLU is a LUT activation; 16-bit runs natively.
      if (ifm.bits === 8)
        push(ctx, op, 'AvgPool', 'pool', ifm, ofm, {
          activation: 'lut',
          lutBytes: lutBytesFor(8),
          lutTensor: lutTensor(ctx, `LEAKY_RELU:${String(op.options?.alpha)}`, inT(0), outT, lutBytesFor(8)),
          elementwiseLike: true,
        });
      else push(ctx, op, 'LeakyRelu', 'elementwise', ifm, ofm);
      return;
    }
    case 'ABS':
    case 'NEG':
    case 'LOGICAL_NOT': {
      const type = op.type === 'ABS' ? 'Abs' : op.type === 'NEG' ? 'Sub' : 'LeakyRelu';
      push(ctx, op, type, 'elementwise', ifm, ofm);
      return;
    }
    case 'PRELU': {
      const alpha = inT(1) >= 0 ? fm(ctx, inT(1)) : ifm;
      const uniform = uniformConstant(ctx, inT(1));
      if (uniform !== undefined && ifm.bits === 8) {
        // One alpha: a leaky ReLU (regor), a ReLU at 0, an absolute value at -1, else an 8-bit LUT.
        if (uniform === 0) push(ctx, op, 'AvgPool', 'pool', ifm, ofm, { elementwiseLike: true });
        else if (uniform === -1) push(ctx, op, 'Abs', 'elementwise', ifm, ofm);
        else
          push(ctx, op, 'AvgPool', 'pool', ifm, ofm, {
            activation: 'lut',
            lutBytes: lutBytesFor(8),
            lutTensor: lutTensor(ctx, `PRELU:${uniform}`, inT(0), outT, lutBytesFor(8)),
            elementwiseLike: true,
          });
        return;
      }
      if (maxConstantValue(ctx, inT(1)) <= 1) {
        // All alphas <= 1: max(alpha * x, x), x first rescaled to the output's quantization when that differs.
        const t = tempFm(ctx, ofm.shape, ofm.bits);
        push(ctx, op, 'Mul', 'elementwise', ifm, t, { ifm2: alpha });
        let x = ifm;
        if (!sameQuantization(ctx, inT(0), outT)) {
          x = tempFm(ctx, ofm.shape, ofm.bits);
          push(ctx, op, 'Mul', 'elementwise', ifm, x, { ifm2: scalarFm(ctx, 'prelu-one', ifm.bits, 1) });
        }
        push(ctx, op, 'Maximum', 'elementwise', t, ofm, { ifm2: x });
        return;
      }
      // Otherwise relu(x) + alpha * min(x, 0).
      const pos = tempFm(ctx, ofm.shape, ofm.bits);
      const neg = tempFm(ctx, ofm.shape, ofm.bits);
      const scaled = tempFm(ctx, ofm.shape, ofm.bits);
      push(ctx, op, 'Relu', 'pool', ifm, pos);
      // The minimum with zero reads regor's constant zero (one for every PReLU: equal constants share a place).
      push(ctx, op, 'Minimum', 'elementwise', ifm, neg, { ifm2: scalarFm(ctx, 'prelu-zero', ifm.bits, 0) });
      push(ctx, op, 'Mul', 'elementwise', neg, scaled, { ifm2: alpha });
      // regor adds the scaled negatives to the positives (its IFM order decides which the output takes over).
      push(ctx, op, 'Add', 'elementwise', scaled, ofm, { ifm2: pos });
      return;
    }
    case 'RELU':
    case 'RELU6':
    case 'RELU_N1_TO_1':
    case 'RELU_0_TO_1':
    case 'QUANTIZE':
    case 'DEQUANTIZE':
    case 'CAST': {
      // A standalone activation is the main op of its group, so no fused-activation discount applies.
      push(ctx, op, op.type === 'QUANTIZE' ? 'Quantize' : 'AvgPool', 'pool', ifm, ofm, { elementwiseLike: true });
      return;
    }
    case 'LOGISTIC':
    case 'TANH':
    case 'EXP':
    case 'LOG':
    case 'HARD_SWISH':
    case 'RSQRT':
    case 'GELU': {
      const lutBytes = lutBytesFor(ifm.bits, op.type, ctx.family);
      push(ctx, op, 'AvgPool', 'pool', ifm, ofm, {
        activation: 'lut',
        lutBytes,
        ...(lutBytes > 0 ? { lutTensor: lutTensor(ctx, op.type, inT(0), outT, lutBytes) } : {}),
        elementwiseLike: true,
      });
      return;
    }
    case 'CONCATENATION':
    case 'PACK': {
      // Parts written at a depth offset that is not a multiple of 16 cannot be in the brick format (regor).
      const outShape = ctx.sg.tensors[outT]?.shape ?? [];
      const rawAxis = num(op.options?.axis, 0);
      const axis = rawAxis < 0 ? rawAxis + outShape.length : rawAxis;
      if (op.type === 'CONCATENATION' && outShape.length > 0 && axis === outShape.length - 1) {
        let offset = 0;
        for (const i of op.inputs) {
          if (i < 0) continue;
          if (offset % 16 !== 0) ofm.buffer.linear = true;
          offset += ctx.sg.tensors[i]?.shape.at(-1) ?? 0;
        }
      }
      for (let i = 0; i < op.inputs.length; i++) {
        if (op.inputs[i] < 0) continue;
        const part = fm(ctx, op.inputs[i]);
        // An NPU producer whose only reader is the concatenation writes straight into its slice.
        if (op.type === 'CONCATENATION' && writeIntoOutput(ctx, op.inputs[i], part, ofm, outT)) continue;
        const slice = op.type === 'PACK' ? axisKeptAsOne(ctx.sg.tensors[op.inputs[i]]?.shape ?? [], axis) : undefined;
        if (slice) {
          // Read in the slice's shape, the packed axis there as 1: a view in another width or depth is linear.
          part.buffer.linear = true;
          pushPerBatch(ctx, op, { ...part, shape: slice }, { ...ofm, shape: slice }, batchOf(ctx, op.inputs[i]));
        } else pushPerBatch(ctx, op, part, { ...ofm, shape: part.shape }, batchOf(ctx, op.inputs[i]));
      }
      return;
    }
    case 'SPLIT':
    case 'SPLIT_V':
    case 'UNPACK': {
      const src = op.type === 'SPLIT' ? fm(ctx, inT(1)) : ifm;
      const kept = keptUnpackSlice(ctx, op);
      for (const o of op.outputs) {
        if (o < 0) continue;
        const part = fm(ctx, o);
        if (kept) {
          // The copy writes the slice as regor keeps it, the unpacked axis still there.
          part.buffer.shape = kept;
          push(ctx, op, 'MemoryCopy', 'pool', { ...src, shape: kept }, { ...part, shape: kept });
        } else push(ctx, op, 'MemoryCopy', 'pool', { ...src, shape: part.shape }, part);
      }
      return;
    }
    case 'PAD':
    case 'PADV2':
    case 'MIRROR_PAD': {
      if (op.type !== 'MIRROR_PAD' && pushPadFills(ctx, op, ifm, ofm)) return;
      // Copy the input into the interior, then fill the border.
      push(ctx, op, 'MemoryCopy', 'pool', ifm, { ...ofm, shape: ifm.shape });
      const border = elementsOfShape(ofm.shape) - elementsOfShape(ifm.shape);
      if (border > 0) {
        const c = ofm.shape.c;
        const fill: Shape3 = { h: 1, w: Math.max(1, Math.ceil(border / c)), c };
        push(ctx, op, 'MemoryCopy', 'pool', { ...ifm, shape: fill }, { ...ofm, shape: fill });
      }
      return;
    }
    case 'STRIDED_SLICE': {
      // A strided read spans stride x the output in the input: regor's block search sees that extent, and a
      // read strided along the width cannot use the brick format.
      const strides = constantInts(ctx, inT(3)) ?? [];
      const rank = strides.length;
      const sy = rank >= 3 ? Math.max(1, Math.abs(strides[rank - 3])) : 1;
      const sx = rank >= 2 ? Math.max(1, Math.abs(strides[rank - 2])) : 1;
      const read: FmRef = { ...ifm, shape: ofm.shape };
      if (sy > 1 || sx > 1) {
        read.extent = {
          h: Math.min(ofm.shape.h * sy, Math.max(ifm.shape.h, ofm.shape.h)),
          w: Math.min(ofm.shape.w * sx, Math.max(ifm.shape.w, ofm.shape.w)),
          c: ofm.shape.c,
        };
        read.step = { h: sy, w: sx };
      }
      if (sx > 1) ifm.buffer.linear = true;
      push(ctx, op, 'MemoryCopy', 'pool', read, ofm);
      return;
    }
    case 'SLICE':
    case 'TILE':
    case 'REVERSE_V2':
    case 'BATCH_TO_SPACE_ND':
    case 'SPACE_TO_BATCH_ND':
    case 'DEPTH_TO_SPACE':
    case 'SPACE_TO_DEPTH': {
      push(ctx, op, 'MemoryCopy', 'pool', { ...ifm, shape: ofm.shape }, ofm);
      return;
    }
    case 'GATHER':
    case 'GATHER_ND':
    case 'SCATTER_ND': {
      // U85 runs these as DMA: no NPU cycles.
      const indices = inT(1) >= 0 ? fm(ctx, inT(1)) : undefined;
      if (ctx.family === 'u85') push(ctx, op, 'Gather', 'dma', ifm, ofm, { ifm2: indices });
      else push(ctx, op, 'MemoryCopy', 'pool', { ...ifm, shape: ofm.shape }, ofm);
      return;
    }
    case 'TRANSPOSE': {
      // Two transposes in a row run as one (regor's MergeTransposes), under the first one's name.
      const merged = mergeWithPreviousTranspose(ctx, op);
      const first = merged?.op ?? op;
      const from = merged ? fm(ctx, merged.op.inputs[0]) : ifm;
      let perm = merged ? merged.perm : transposePerm(ctx, op.inputs[1] ?? -1);
      let shape = ctx.sg.tensors[first.inputs[0] ?? -1]?.shape ?? [];
      // Two that undo each other leave nothing: the operation writing the first one's input writes the output
      // (MergeTransposes removes a merged no-op transpose whose input has one writer and one reader).
      if (merged && perm && isNoOpPermute(shape, perm) && (ctx.readers.get(first.inputs[0] ?? -1) ?? 0) === 1) {
        const writers = ctx.ops.filter((o) => o.ofm.buffer === from.buffer);
        if (writers.length === 1 && !from.buffer.isInput) {
          ctx.buffers.delete(from.buffer.key);
          writers[0].ofm = { ...ofm, shape: writers[0].ofm.shape };
          return;
        }
      }
      if (perm) ({ shape, perm } = transposeBeforeReshape(ctx, first, shape, perm));
      if (ctx.family === 'u85') {
        if (perm) pushU85Transpose(ctx, first, from, ofm, shape, perm, op);
        else push(ctx, first, 'Transpose', 'pool', from, ofm);
      } else {
        const int32 = from.bits === 32;
        pushU55Transpose(ctx, first, from, ofm, perm ? transposePasses(shape, perm, int32) : []);
      }
      return;
    }
    case 'RESIZE_BILINEAR':
    case 'RESIZE_NEAREST_NEIGHBOR': {
      if (ctx.family === 'u85') {
        push(ctx, op, 'Resize', 'resize', ifm, ofm, { resizeScaleX: resizeScaleX(op, ifm.shape.w, ofm.shape.w) });
        return;
      }
      if (ifm.shape.h * ifm.shape.w === 1 && ofm.shape.h * ofm.shape.w > 1) {
        // A single pixel is broadcast: an addition of a constant map of zero points the output's size
        // (regor's RewriteResize; an identity resize was rewritten before it).
        const zeros = constantFm(ctx, `resize-zeros-${op.index}`, ofm.shape, ofm.bits);
        push(ctx, op, 'Add', 'elementwise', ifm, ofm, { ifm2: zeros });
        return;
      }
      const scale = Math.max(1, Math.round(ofm.shape.w / Math.max(ifm.shape.w, 1)));
      const o = op.options ?? {};
      const doubled = ofm.shape.h === 2 * ifm.shape.h && ofm.shape.w === 2 * ifm.shape.w;
      if (
        op.type === 'RESIZE_BILINEAR' &&
        o.halfPixelCenters === true &&
        !o.alignCorners &&
        doubled &&
        (ifm.bits === 8 || ifm.bits === 16)
      ) {
        pushHalfPixelBilinear(ctx, op, ifm, ofm);
        return;
      }
      const k = op.type === 'RESIZE_BILINEAR' ? Math.min(scale, 8) : 1;
      const kernel: Kernel = { ...UNIT_KERNEL, w: k, h: k };
      // regor's LegaliseResize: a 4x or 8x upscale is 2x upscales, the last one with the kernel.
      let from = ifm;
      let step = scale;
      for (; step > 2 && (step & (step - 1)) === 0 && step <= 8; step /= 2) {
        const shape = { h: from.shape.h * (ofm.shape.h > from.shape.h ? 2 : 1), w: from.shape.w * 2, c: ofm.shape.c };
        const mid = tempFm(ctx, shape, ifm.bits);
        push(ctx, op, 'AvgPool', 'pool', from, mid, { upscale: 2 });
        from = mid;
      }
      // An align-corners nearest-neighbour resize ends in a depthwise convolution whose scale x scale kernel
      // picks the middle tap (regor's generated weights: 1 there, 0 elsewhere, per channel).
      const alignCorners =
        op.type === 'RESIZE_NEAREST_NEIGHBOR' &&
        (scale & (scale - 1)) === 0 &&
        scale >= 2 &&
        scale <= 8 &&
        !(ifm.shape.h === 1 && ifm.shape.w === 1) &&
        Math.max((ofm.shape.h - 1) / Math.max(ifm.shape.h - 1, 1), (ofm.shape.w - 1) / Math.max(ifm.shape.w - 1, 1)) ===
          scale;
      if (alignCorners) {
        const c = ofm.shape.c;
        const weights = generatedKernel(
          ctx,
          op,
          `resize-pick-${scale}x${c}`,
          `pick-${scale}x${c}`,
          scale,
          scale,
          c,
          (n) => {
            const data = new Int8Array(n);
            const middle = (Math.floor(scale / 2) * scale + Math.floor(scale / 2)) * c;
            data.fill(1, middle, middle + c);
            return data;
          },
        );
        const pick: Kernel = { ...UNIT_KERNEL, w: scale, h: scale };
        push(ctx, op, 'DepthwiseConv2D', 'depthwise', from, ofm, { kernel: pick, weights, upscale: step });
        return;
      }
      push(ctx, op, 'AvgPool', 'pool', from, ofm, { kernel, upscale: step });
      return;
    }
    case 'MEAN':
    case 'SUM':
    case 'REDUCE_MAX':
    case 'REDUCE_MIN':
    case 'REDUCE_PROD':
    case 'ARG_MAX':
    case 'ARG_MIN': {
      if (op.type === 'ARG_MAX' && ctx.family === 'u85' && lowerArgMaxU85(ctx, op, ifm, ofm)) return;
      lowerReduce(ctx, op, ifm, ofm);
      return;
    }
    case 'UNIDIRECTIONAL_SEQUENCE_LSTM': {
      lowerLstm(ctx, op, ifm, ofm);
      return;
    }
    case 'SOFTMAX':
    case 'LOG_SOFTMAX': {
      lowerSoftmax(ctx, op, ifm, ofm);
      return;
    }
    case 'BATCH_MATMUL': {
      const ifm2 = inT(1) >= 0 ? fm(ctx, inT(1)) : ifm;
      push(ctx, op, 'MatMul', 'vector', ifm, ofm, { ifm2 });
      return;
    }
    default: {
      if (RESHAPES.has(op.type)) return;
      // Anything else the NPU runs: cost it as a pass over the OFM.
      push(ctx, op, 'MemoryCopy', 'pool', { ...ifm, shape: ofm.shape }, ofm);
    }
  }
}

/**
 * A resize's horizontal scale as regor's RewriteResize sets it: output over input width, (n - 1) / (d - 1) with
 * align-corners, reduced, then doubled with half-pixel centres (which a nearest-neighbour resize without
 * align-corners always uses).
 */
function resizeScaleX(op: Operator, inW: number, outW: number): [number, number] {
  const o = op.options ?? {};
  const alignCorners = o.alignCorners === true;
  const halfPixel =
    op.type === 'RESIZE_NEAREST_NEIGHBOR' ? !alignCorners || o.halfPixelCenters === true : o.halfPixelCenters === true;
  let n = outW;
  let d = inW;
  if (alignCorners && d > 1) {
    n -= 1;
    d -= 1;
  }
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = Math.max(1, gcd(n, d));
  n /= g;
  d /= g;
  return halfPixel ? [n * 2, d * 2] : [n, d];
}
