// Lowers the NPU-placed TFLite operators of a subgraph into Vela's internal operations:
// reshapes vanish, fused activations and LUT activations fold into their producer, SOFTMAX,
// MEAN, PRELU, concatenation and friends expand into the chains Vela builds for them.
import type { Model, Operator, Subgraph, Tensor } from '../graph/types.js';
import { PADDING_SAME } from '../graph/types.js';
import type { NpuFamily } from '../targets/types.js';
import type { Shape3 } from './arch.js';
import { estimateEncodedWeights } from './weight-estimate.js';
import { executionOrder, type OrderNode } from './execution-order.js';
import { transposePasses, type TransposePass } from './transpose-passes.js';
import {
  UNIT_KERNEL,
  type ActivationKind,
  type Buffer,
  type FmRef,
  type HwOp,
  type InternalOp,
  type Kernel,
  type WeightInfo,
} from './ops.js';

export type ScheduleEntry = { npu: InternalOp } | { cpu: number };

export interface LoweredGraph {
  /** Internal operations, in Vela's execution order (see execution-order.ts). */
  ops: InternalOp[];
  /** Internal operations and CPU operators (by index) in Vela's execution order. */
  schedule: ScheduleEntry[];
  buffers: Map<string, Buffer>;
  /** Weight tensors by key, with their sizes (each counted once). */
  weights: Map<string, WeightInfo>;
  /** Buffer key of a TFLite tensor index (reshaped tensors share their source's buffer). */
  keyOf: (tensorIndex: number) => string;
  /** The lowering read the target's block configs (see OfmBlockOf): it serves only targets of that MAC config. */
  readsBlockConfigs: boolean;
}

const BITS: Partial<Record<string, number>> = {
  int8: 8,
  uint8: 8,
  bool: 8,
  int16: 16,
  uint16: 16,
  float16: 16,
  bfloat16: 16,
  int32: 32,
  uint32: 32,
  float32: 32,
  int64: 64,
  uint64: 64,
  float64: 64,
  // A complex number is two floats (CPU operators such as RFFT2D write them; their maps take arena space too).
  complex64: 64,
  complex128: 128,
  int4: 8,
};

export const bitsOf = (t: Tensor): number => BITS[t.dtype] ?? 8;

/** TFLite shape to H x W x C, batch and any extra leading axes folded into H. */
export function toShape3(dims: readonly number[]): Shape3 {
  const d = dims.map((x) => (x > 0 ? x : 1));
  if (d.length === 0) return { h: 1, w: 1, c: 1 };
  if (d.length === 1) return { h: 1, w: 1, c: d[0] };
  if (d.length === 2) return { h: 1, w: d[0], c: d[1] };
  const c = d[d.length - 1];
  const w = d[d.length - 2];
  const h = d.slice(0, d.length - 2).reduce((a, x) => a * x, 1);
  return { h, w, c };
}

const RELU_FAMILY = new Set(['RELU', 'RELU6', 'RELU_N1_TO_1', 'RELU_0_TO_1']);
const LUT_ACTIVATIONS = new Set(['LOGISTIC', 'TANH', 'EXP', 'LOG', 'HARD_SWISH', 'RSQRT', 'GELU', 'LEAKY_RELU']);
const RESHAPES = new Set(['RESHAPE', 'SQUEEZE', 'EXPAND_DIMS']);
const BINARY_ELEMENTWISE: Record<string, string> = {
  ADD: 'Add',
  SUB: 'Sub',
  MUL: 'Mul',
  MAXIMUM: 'Maximum',
  MINIMUM: 'Minimum',
  DIV: 'Div',
  EQUAL: 'Equal',
  NOT_EQUAL: 'NotEqual',
  GREATER: 'Greater',
  GREATER_EQUAL: 'GreaterEqual',
  LESS: 'Less',
  LESS_EQUAL: 'LessEqual',
  LOGICAL_AND: 'LogicalAnd',
  LOGICAL_OR: 'LogicalOr',
  SELECT: 'Select',
  SELECT_V2: 'Select',
};

function fusedActivation(op: Operator): ActivationKind {
  const f = op.options?.fusedActivationFunction;
  if (typeof f !== 'number' || f === 0) return 'none';
  if (f === 1 || f === 2 || f === 3) return 'relu';
  if (f === 4) return 'lut';
  return 'other';
}

function num(v: unknown, dflt: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : dflt;
}

interface Ctx {
  model: Model;
  sg: Subgraph;
  family: NpuFamily;
  npu: Set<number>;
  buffers: Map<string, Buffer>;
  /** TFLite tensor index -> buffer key (reshapes alias their input). */
  alias: Map<number, string>;
  weights: Map<string, WeightInfo>;
  ops: InternalOp[];
  cores: number;
  tmpCount: number;
  /** Readers of each TFLite tensor. */
  readers: Map<number, number>;
  /** The target's block configs, where a decomposition depends on them (see OfmBlockOf). */
  ofmBlockOf?: OfmBlockOf;
  /** Set when the lowering read them: it is then the target's own. */
  readsBlockConfigs?: boolean;
}

/** The buffer key of a TFLite tensor (a reshaped or fused-away tensor shares its source's buffer). */
function bufferKey(ctx: Ctx, tensorIndex: number): string {
  return ctx.alias.get(tensorIndex) ?? `${ctx.sg.index}:${tensorIndex}`;
}

/** The operator that writes a TFLite tensor, if any. */
function writerOf(ctx: Ctx, tensorIndex: number): Operator | undefined {
  return ctx.sg.operators.find((o) => o.outputs.includes(tensorIndex));
}

function bufferFor(ctx: Ctx, tensorIndex: number): Buffer {
  const key = bufferKey(ctx, tensorIndex);
  let b = ctx.buffers.get(key);
  if (!b) {
    const t = ctx.sg.tensors[tensorIndex];
    const shape = toShape3(t?.shape ?? []);
    b = {
      key,
      elements: shape.h * shape.w * shape.c,
      bits: t ? bitsOf(t) : 8,
      linear: false,
      external: false,
      isInput: false,
      isOutput: false,
      shape,
      dims: t?.shape,
      constant: isConstant(ctx, tensorIndex),
    };
    if (t?.isVariable) b.persistent = true;
    if (b.constant) b.linear = true;
    ctx.buffers.set(key, b);
  }
  return b;
}

function fm(ctx: Ctx, tensorIndex: number): FmRef {
  const t = ctx.sg.tensors[tensorIndex];
  const shape = toShape3(t?.shape ?? []);
  const buffer = bufferFor(ctx, tensorIndex);
  return { buffer, shape, bits: t ? bitsOf(t) : 8 };
}

function tempFm(ctx: Ctx, shape: Shape3, bits: number): FmRef {
  const key = `tmp${ctx.tmpCount++}`;
  const buffer: Buffer = {
    key,
    elements: shape.h * shape.w * shape.c,
    bits,
    linear: false,
    external: false,
    isInput: false,
    isOutput: false,
    shape,
    constant: false,
  };
  ctx.buffers.set(key, buffer);
  return { buffer, shape, bits };
}

function isConstant(ctx: Ctx, tensorIndex: number): boolean {
  const t = ctx.sg.tensors[tensorIndex];
  if (!t) return false;
  const b = ctx.model.buffers[t.buffer];
  return !!b && b.size > 0;
}

/** A weight buffer's values as the encoder takes them, transposed from [1, H, W, C] to [C, H, W, 1] when asked. */
function weightValues(
  buf: { data?: Uint8Array },
  unsigned: boolean,
  depthwiseShape: readonly number[] | null,
  count: number,
): Int8Array | Uint8Array {
  const raw = buf.data ?? new Uint8Array(0);
  const data = unsigned ? raw : new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  if (!depthwiseShape) return data;
  const [, kh, kw, c] = depthwiseShape;
  const out = unsigned ? new Uint8Array(count) : new Int8Array(count);
  for (let y = 0; y < kh; y++)
    for (let x = 0; x < kw; x++) for (let o = 0; o < c; o++) out[o * kh * kw + y * kw + x] = data[(y * kw + x) * c + o];
  return out;
}

function weightInfo(
  ctx: Ctx,
  tensorIndex: number,
  channels: number,
  depthwise: boolean,
  kind: 'conv' | 'depthwise' | 'fully-connected',
): WeightInfo | undefined {
  const t = ctx.sg.tensors[tensorIndex];
  if (!t) return undefined;
  const key = `${ctx.sg.index}:w${t.buffer}`;
  const known = ctx.weights.get(key);
  if (known) return known;
  const buf = ctx.model.buffers[t.buffer];
  const count = t.shape.reduce((a, d) => a * Math.max(d, 1), 1);
  const bytesPer = bitsOf(t) / 8;
  const originalBytes = Math.ceil((count * bytesPer) / 16) * 16;
  const zeroPoints = t.quantization?.zeroPoint ?? [0];
  // The exact encoder prices 8-bit weights later, once the block config is known; the estimate covers the rest.
  // Decided from the buffer's size: its bytes are read only when the encoder needs them.
  const exactLater = !!buf && bytesPer === 1 && buf.size >= count && count > 0;
  const info: WeightInfo = {
    key,
    originalBytes,
    encodedBytes: 0,
    scaleBytes: 0,
    channels,
    estimateFrom: exactLater ? undefined : { count, zeroPoints, depthwise },
  };
  setCoreDependentSizes(info, ctx.family, ctx.cores);
  if (buf && exactLater) {
    const sh = t.shape;
    const shape: [number, number, number, number] =
      sh.length === 4 ? [sh[0], sh[1], sh[2], sh[3]] : [sh[0] ?? 1, 1, 1, sh.slice(1).reduce((a, d) => a * d, 1)];
    // A depthwise kernel [1, H, W, C] run as a convolution is laid out as [C, H, W, 1].
    const asConv = kind === 'conv' && sh.length === 4 && sh[0] === 1 && sh[3] === channels && channels > 1;
    if (asConv) {
      shape[0] = sh[3];
      shape[3] = 1;
    }
    const unsigned = t.dtype === 'uint8';
    info.source = {
      get data() {
        return weightValues(buf, unsigned, asConv ? sh : null, count);
      },
      shape,
      zeroPoints: [...zeroPoints],
      kind,
      identity: buf,
    };
  }
  ctx.weights.set(key, info);
  return info;
}

/**
 * The sizes of a weight record that depend on the core count (U55/U65 split scale records and streams over
 * their cores), as first estimated: everything else lowering decides is the same for any core count, so the
 * targets of a family share one lowering and set these for their own.
 */
export function setCoreDependentSizes(w: WeightInfo, family: NpuFamily, cores: number): void {
  const streams = family === 'u85' ? 1 : Math.min(w.channels, cores);
  w.scaleBytes = scaleBytes(w.channels, streams, family);
  const e = w.estimateFrom;
  w.encodedBytes = e ? estimateEncodedWeights({ values: undefined, ...e, channels: w.channels, streams }) : 0;
}

/** Scale and bias records: 10 bytes per OFM channel, each stream padded to 16 bytes. */
function scaleBytes(channels: number, streams: number, family: NpuFamily): number {
  if (family === 'u85') return Math.ceil((channels * 10) / 16) * 16;
  let total = 0;
  for (let s = 0; s < streams; s++) {
    const n = Math.ceil((channels - s) / streams);
    total += Math.ceil((n * 10) / 16) * 16;
  }
  return total;
}

/** Refuses an operator whose next `more` internal operations would take the model past MAX_INTERNAL_OPS. */
function refuseBeyondOpLimit(ctx: Ctx, op: Operator, more: number): void {
  if (ctx.ops.length + more > MAX_INTERNAL_OPS) {
    throw new PerfLimitError(
      `operator ${op.index} (${op.type}) takes the model past ${MAX_INTERNAL_OPS} internal operations; its shapes are too large to estimate`,
    );
  }
}

function push(
  ctx: Ctx,
  op: Operator,
  type: string,
  hw: HwOp,
  ifm: FmRef,
  ofm: FmRef,
  extra: Partial<InternalOp> = {},
): InternalOp {
  const iop: InternalOp = {
    subgraph: ctx.sg.index,
    sourceIndex: op.index,
    type,
    hw,
    ifm,
    ofm,
    kernel: UNIT_KERNEL,
    activation: 'none',
    scaled: true,
    lutBytes: 0,
    upscale: 1,
    ...extra,
  };
  for (const fm of [iop.ifm, iop.ofm, iop.ifm2]) {
    if (fm && !validShape(fm.shape)) {
      throw new PerfLimitError(
        `operator ${op.index} (${op.type}) has a feature map of ${fm.shape.h}x${fm.shape.w}x${fm.shape.c}: an empty, negative or non-finite dimension`,
        'bad-shape',
      );
    }
  }
  refuseBeyondOpLimit(ctx, op, 1);
  ctx.ops.push(iop);
  return iop;
}

/**
 * regor's ResetKernelAttributes: a stride over an output one element long, or a dilation of a kernel one element
 * long, has no effect and is set to 1 (the block search then sizes the input it reads without it).
 */
function resetKernel(kernel: Kernel, ofmShape: readonly number[] | undefined): void {
  const dims = ofmShape ?? [];
  const h = dims.length >= 3 ? dims[dims.length - 3] : 1;
  const w = dims.length >= 2 ? dims[dims.length - 2] : 1;
  if (w === 1) kernel.strideX = 1;
  if (h === 1) kernel.strideY = 1;
  if (kernel.w === 1) kernel.dilationX = 1;
  if (kernel.h === 1) kernel.dilationY = 1;
}

function convKernel(op: Operator, kh: number, kw: number): Kernel {
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
function unrollsStride(op: Operator, kernel: Kernel, ifm: FmRef, ofm: FmRef): boolean {
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
function pushConvolution(
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
function pushPerMultiplier(
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
    pushConvolution(ctx, op, true, ifm, plane, { ...extra, weights });
  }
  const perm = [1, 2, 3, 0];
  if (ctx.family === 'u85') {
    pushU85Transpose(ctx, op, planes, ofm, [multiplier, ofm.shape.h, ofm.shape.w, c], perm);
  } else {
    const shape = [multiplier, ofm.shape.h, ofm.shape.w, c];
    pushU55Transpose(ctx, op, planes, ofm, transposePasses(shape, perm, ofm.bits === 32));
  }
}

/** The 2x2 interpolation weights of each output phase of a half-pixel 2x bilinear resize (regor's kCoeff). */
const HALF_PIXEL_TAPS = [
  [1, 3, 3, 9],
  [3, 1, 9, 3],
  [3, 9, 1, 3],
  [9, 3, 3, 1],
];

/** Shared identities of the constant half-pixel kernels, by channel count and phase (cached encodings). */
/**
 * A 2x bilinear resize with half-pixel centers on U55/U65, as Vela legalises it (regor's
 * ConvertResizeBilinearHPCToDepthwise): the input copied into a map one pixel larger on every side, the border
 * filled by four mirrored row and column copies, then one 2x2 depthwise convolution per output phase, each
 * writing every other row and column of the output (and costed, as Vela does, over its whole slice).
 */
function pushHalfPixelBilinear(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  const { h, w, c } = ifm.shape;
  const padded = tempFm(ctx, { h: h + 2, w: w + 2, c }, ifm.bits);
  // Read in slices of another width: neither map can be stored in bricks.
  padded.buffer.linear = true;
  ofm.buffer.linear = true;
  push(ctx, op, 'MemoryCopy', 'pool', ifm, { ...padded, shape: ifm.shape });
  const row: Shape3 = { h: 1, w, c };
  for (let i = 0; i < 2; i++) push(ctx, op, 'MemoryCopy', 'pool', { ...ifm, shape: row }, { ...padded, shape: row });
  const column: Shape3 = { h: h + 2, w: 1, c };
  for (let i = 0; i < 2; i++)
    push(ctx, op, 'MemoryCopy', 'pool', { ...padded, shape: column }, { ...padded, shape: column });
  const window: FmRef = { ...padded, shape: { h: h + 1, w: w + 1, c } };
  // Vela sizes each phase by its output slice (all but the last row and column), stepped by 2 when written.
  const phase: FmRef = { ...ofm, shape: { h: ofm.shape.h - 1, w: ofm.shape.w - 1, c } };
  HALF_PIXEL_TAPS.forEach((taps, tile) => {
    const key = `${c}/${tile}`;
    // Each RESIZE has its own tap tensors (regor makes them per operation), of values built once.
    const weights = generatedKernel(ctx, op, `resize-taps-${op.index}-${key}`, `taps-${key}`, 2, 2, c, (n) => {
      const data = new Int8Array(n);
      for (let k = 0; k < 4; k++) data.fill(taps[k], k * c, (k + 1) * c);
      return data;
    });
    push(ctx, op, 'DepthwiseConv2D', 'depthwise', window, phase, { kernel: { ...UNIT_KERNEL, w: 2, h: 2 }, weights });
  });
}

/**
 * A PAD as Vela rewrites it (regor's RewritePad): for each padded side of each axis, a copy of the padding
 * value from a constant into that slab of the output (the whole output but that axis, which is the padding
 * width), then the input copied into the interior. False when the paddings cannot be read (or pad the batch).
 */
function pushPadFills(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): boolean {
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
  // An NPU producer whose only reader is the PAD writes straight into the interior (as into a concatenation).
  if (!writeIntoOutput(ctx, op.inputs[0] ?? -1, ifm, ofm, op.outputs[0] ?? -1))
    push(ctx, op, 'MemoryCopy', 'pool', ifm, { ...ofm, shape: ifm.shape });
  return true;
}

/**
 * Has the NPU operation that writes `part` (tensor `src`) write straight into its place in `out` instead of a
 * copy (a concatenation's part, a PAD's interior), as Vela does when nothing else reads the part, it is no graph
 * output, it comes through no reshape or transpose, it is not rescaled on the way (tensor `outT`'s quantization),
 * and a producer with batches is elementwise (others are decomposed). True when it does.
 */
function writeIntoOutput(ctx: Ctx, src: number, part: FmRef, out: FmRef, outT: number): boolean {
  const writers = ctx.ops.filter((o) => o.ofm.buffer === part.buffer && o.subgraph === ctx.sg.index);
  // A chain's primary writes its last operation's output: one writer.
  const own = writers.filter((o) => !writers.some((p) => p !== o && p.chained?.includes(o)));
  const producer = own.length === 1 ? writers[0] : undefined;
  if (
    // A part several operations write (a concatenation's copies, a PAD's fills) is copied whole, as in regor.
    !producer ||
    // A slice is not copied twice: the part's own copy reads the slice's source instead (moveSlicesToConsumers).
    SLICING.has(ctx.sg.operators[producer.sourceIndex]?.type ?? '') ||
    (ctx.readers.get(src) ?? 0) !== 1 ||
    ctx.sg.outputs.includes(src) ||
    viaLayoutOp(ctx, src) ||
    !sameQuantization(ctx, src, outT) ||
    (batchOf(ctx, src) !== 1 && producer.hw !== 'elementwise') ||
    // Nor one that computes the part in another shape (a fully connected layer's rows laid out as a map).
    !sameShape(producer.ofm.shape, part.shape)
  )
    return false;
  ctx.buffers.delete(part.buffer.key);
  producer.ofm = { ...out, shape: part.shape };
  producer.writesInPlace = true;
  for (const o of ctx.ops) if (o.chained?.includes(producer)) o.ofm = producer.ofm;
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

/**
 * A constant integer tensor's values: int32, or with `wide` int64 too (read by their low 32 bits); undefined
 * when the tensor is not constant or of another type.
 */
function constantInts(ctx: Ctx, tensorIndex: number, wide = false): number[] | undefined {
  const t = ctx.sg.tensors[tensorIndex];
  const data = t ? ctx.model.buffers[t.buffer]?.data : undefined;
  if (!t || !data || (t.dtype !== 'int32' && !(wide && t.dtype === 'int64'))) return undefined;
  const step = t.dtype === 'int64' ? 8 : 4;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: number[] = [];
  for (let i = 0; i + step <= data.byteLength; i += step) out.push(view.getInt32(i, true));
  return out;
}

/**
 * U55/U65 broadcast only one operand (regor's ReplaceBroadcastWithAdd): when both are smaller than the output,
 * the first is broadcast into a full-size map by adding it to a constant of zeros the output's size. Returns the
 * operand the operation then reads first.
 */
function broadcastBoth(ctx: Ctx, op: Operator, a: FmRef, b: FmRef, ofm: FmRef): FmRef {
  const full = (f: FmRef) => f.shape.h === ofm.shape.h && f.shape.w === ofm.shape.w && f.shape.c === ofm.shape.c;
  if (full(a) || full(b)) return a;
  const zeros = constantFm(ctx, `broadcast-zeros-${op.index}`, ofm.shape, a.bits);
  const broadcast = tempFm(ctx, ofm.shape, a.bits);
  push(ctx, op, 'Add', 'elementwise', zeros, broadcast, { ifm2: a });
  return broadcast;
}

/**
 * A U55/U65 transpose: one operation carrying its passes (3D axis swaps; one in the output's orientation when
 * there are none), reading and writing linear layouts (regor requires NHWC for both).
 */
function pushU55Transpose(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef, passes: TransposePass[]): void {
  ifm.buffer.linear = true;
  ofm.buffer.linear = true;
  if (passes.length <= 1) {
    push(ctx, op, 'Transpose', 'transpose', ifm, ofm, { transposePasses: passes });
    return;
  }
  // Each pass is an operation of its own, through an intermediate map the allocation places like any other.
  let from = ifm;
  passes.forEach((pass, i) => {
    const to = i === passes.length - 1 ? ofm : tempFm(ctx, toShape3(pass.to), ofm.bits);
    to.buffer.linear = true;
    push(ctx, op, 'Transpose', 'transpose', from, to, { transposePasses: [pass] });
    from = to;
  });
}

/** regor's names of the 3D axis swaps (H<->W, W<->C, H<->C), by the swapped pair. */
const SWAP_TYPE: Record<string, string> = { '0,1': 'NWHC', '1,2': 'NHCW', '0,2': 'NCWH' };

/**
 * A U85 transpose: one operation when its permutation moves only the three innermost axes of a tensor whose
 * leading axes are 1 (any such permutation is native); otherwise Vela's decomposition into 3D axis swaps, each
 * its own operation through intermediate maps. Unit axes stay: regor's RearrangeTranspose, which would drop them,
 * returns early on both families (its capability query always answers native), so a [1, 32, 33, 8, 2] map
 * takes eight swaps, two of them moving the leading 1.
 */
function pushU85Transpose(
  ctx: Ctx,
  op: Operator,
  ifm: FmRef,
  ofm: FmRef,
  shape: readonly number[],
  perm: readonly number[],
): void {
  const n = shape.length;
  const lead = Math.max(0, n - 3);
  const native = n === perm.length && shape.slice(0, lead).every((d, i) => d === 1 && perm[i] === i);
  if (native) {
    const transpose = u85TransposeType(perm);
    // In the orientation of the shape it transposes (a reshape after it may fold the axes another way).
    const out: FmRef = { ...ofm, shape: toShape3(perm.map((a) => shape[a])) };
    if (transpose && fuseTranspose(ctx, op, out, toShape3(shape), transpose)) return;
    push(ctx, op, 'Transpose', 'pool', { ...ifm, shape: toShape3(shape) }, out, transpose ? { transpose } : {});
    return;
  }
  const passes = transposePasses(shape, perm);
  if (passes.length <= 1) {
    const transpose = u85TransposeType(perm.length <= 4 ? perm : undefined);
    push(ctx, op, 'Transpose', 'pool', ifm, ofm, transpose ? { transpose } : {});
    return;
  }
  let from: FmRef = ifm;
  passes.forEach((pass, i) => {
    const last = i === passes.length - 1;
    const to = last ? ofm : tempFm(ctx, toShape3(pass.to), ofm.bits);
    const transpose = SWAP_TYPE[[...pass.swap].sort().join(',')];
    push(
      ctx,
      op,
      'Transpose',
      'pool',
      { ...from, shape: toShape3(pass.from) },
      { ...to, shape: toShape3(pass.to) },
      {
        transpose,
      },
    );
    from = to;
  });
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
const largeStride = (kernel: Kernel, ofm: FmRef): boolean =>
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

/**
 * The OFM block of the block config an operation's 1x1, stride-1 version gets on the target: regor's
 * NewOfmBlockShape, by which U85 splits the output of a convolution it must decompose (a stride above 3) before
 * splitting it per kernel element. Given by the estimator, which knows the target; lowering without it keeps
 * the output whole.
 */
export type OfmBlockOf = (q: { hw: HwOp; type: string; ifm: Shape3; ofm: Shape3; ifmBits: number }) => Shape3;

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
function pushPerKernelElement(
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
function dilateKernel(ctx: Ctx, op: Operator, kernel: Kernel, w: WeightInfo | undefined): WeightInfo | undefined {
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
 * A U85 transpose convolution as regor decomposes it (DecomposeTransposeConv2DLargeStride): one stride-1
 * convolution per output phase (oy, ox) with the kernel taps that land there, reversed, writing every stride-th
 * output element from the phase's offset, after a 1x1 pass of zero weights when the stride exceeds the kernel
 * (some outputs get no tap). Vela estimates each phase over its whole output slice, as if it wrote every element
 * from its offset on; the stepped writes keep the output linear.
 */
function pushU85TransposeConv(
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
function pushUnrolled(
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
function fcRows(n: number): { h: number; w: number } {
  if (n <= 1) return { h: 1, w: 1 };
  // The smallest divisor w of n from `least` up is n / d for the largest divisor d of n up to n / least, which is
  // at most 16 (a prime batch of 2^31 - 1 rows would otherwise step w through two billion values).
  const least = Math.max(Math.floor(n / 16), Math.ceil(Math.sqrt(n)));
  let d = Math.floor(n / least);
  while (d > 1 && n % d !== 0) d--;
  return { h: d, w: n / d };
}

/** LUT bytes: 256 for 8-bit; int16 uses a 2 KiB LUT16, except U55/U65's native sigmoid and tanh. */
const lutBytesFor = (bits: number, type = '', family: NpuFamily = 'u55'): number =>
  bits === 16 ? (family !== 'u85' && (type === 'LOGISTIC' || type === 'TANH') ? 0 : 2048) : 256;

function lowerOne(ctx: Ctx, op: Operator): void {
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
      const extra = { kernel, activation: act, weights, upscale: transpose ? num(op.options?.strideW, 1) : 1 };
      const multiplier = dw ? Math.round(ofm.shape.c / Math.max(1, src.shape.c)) : 1;
      if (transpose && ctx.family === 'u85' && weights)
        pushU85TransposeConv(ctx, op, src, ofm, weights, convKernel(op, w.shape[1], w.shape[2]), act);
      else if (transpose) push(ctx, op, 'Conv2D', 'conv', src, ofm, extra);
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
          push(ctx, op, 'Mul', 'elementwise', ifm, x, { ifm2: scalarFm(ctx, 'prelu-one', ifm.bits) });
        }
        push(ctx, op, 'Maximum', 'elementwise', t, ofm, { ifm2: x });
        return;
      }
      // Otherwise relu(x) + alpha * min(x, 0).
      const pos = tempFm(ctx, ofm.shape, ofm.bits);
      const neg = tempFm(ctx, ofm.shape, ofm.bits);
      const scaled = tempFm(ctx, ofm.shape, ofm.bits);
      push(ctx, op, 'Relu', 'pool', ifm, pos);
      push(ctx, op, 'Minimum', 'elementwise', ifm, neg, { ifm2: { ...alpha, shape: { h: 1, w: 1, c: 1 } } });
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
      push(ctx, op, 'AvgPool', 'pool', ifm, ofm, {
        activation: 'lut',
        lutBytes: lutBytesFor(ifm.bits, op.type, ctx.family),
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
      const extra: Partial<InternalOp> = {};
      if (sy > 1 || sx > 1) {
        extra.blockIfm = {
          h: Math.min(ofm.shape.h * sy, Math.max(ifm.shape.h, ofm.shape.h)),
          w: Math.min(ofm.shape.w * sx, Math.max(ifm.shape.w, ofm.shape.w)),
          c: ofm.shape.c,
        };
      }
      if (sx > 1) ifm.buffer.linear = true;
      push(ctx, op, 'MemoryCopy', 'pool', { ...ifm, shape: ofm.shape }, ofm, extra);
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
      if (perm) ({ shape, perm } = transposeBeforeReshape(ctx, first, shape, perm));
      if (ctx.family === 'u85') {
        if (perm) pushU85Transpose(ctx, first, from, ofm, shape, perm);
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
        push(ctx, op, 'Resize', 'resize', ifm, ofm);
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
        ifm.bits === 8
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

const elementsOfShape = (s: Shape3): number => s.h * s.w * s.c;

function lowerReduce(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
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
function lowerArgMaxU85(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): boolean {
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
const MEAN_MAX_HEIGHT = 64;
const MEAN_MAX_KERNEL = 64 * 64;

/** Most values a kernel the lowering generates may hold (a 4096-element MEAN over 4096 channels). */
const MAX_GENERATED_KERNEL = 2 ** 24;

/** Refuses a generated kernel too large to build (only hostile shapes get there): names the operator. */
function checkGeneratedKernel(op: Operator, values: number): void {
  if (!Number.isSafeInteger(values) || values > MAX_GENERATED_KERNEL) {
    throw new PerfLimitError(
      `operator ${op.index} (${op.type}) would need a generated kernel of ${values} values (at most ${MAX_GENERATED_KERNEL})`,
    );
  }
}

/** Values of the kernels the lowering generates, per kind and shape: built once, one identity (and encoding). */
const generatedValues = new Map<string, { data: Int8Array | Uint8Array; identity: object }>();

/** Forgets the generated kernels (and so their cached encodings): see clearEstimatorCaches. */
export function clearGeneratedKernels(): void {
  generatedValues.clear();
}

/**
 * A depthwise kernel [1, kh, kw, c] the lowering generates (a MEAN's ones, a half-pixel resize's taps): a real
 * constant tensor, encoded, read and possibly buffered like any weights, with scale and bias records per
 * channel. Operations asking for the same `name` share one tensor; `valuesKey` and `values` give its values,
 * built the first time they are needed.
 */
function generatedKernel(
  ctx: Ctx,
  op: Operator,
  name: string,
  valuesKey: string,
  kh: number,
  kw: number,
  c: number,
  values: (count: number) => Int8Array | Uint8Array,
): WeightInfo {
  const key = `${ctx.sg.index}:${name}`;
  const known = ctx.weights.get(key);
  if (known) return known;
  checkGeneratedKernel(op, kh * kw * c);
  let kernel = generatedValues.get(valuesKey);
  if (!kernel) {
    if (generatedValues.size >= 64) generatedValues.clear();
    generatedValues.set(valuesKey, (kernel = { data: values(kh * kw * c), identity: {} }));
  }
  const info: WeightInfo = {
    key,
    originalBytes: Math.ceil((kh * kw * c) / 16) * 16,
    encodedBytes: 0,
    scaleBytes: 0,
    channels: c,
    source: { data: kernel.data, shape: [1, kh, kw, c], zeroPoints: [0], kind: 'depthwise', identity: kernel.identity },
  };
  setCoreDependentSizes(info, ctx.family, ctx.cores);
  ctx.weights.set(key, info);
  return info;
}

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
  if (acc) push(ctx, op, 'Mul', 'elementwise', acc, ofm, { ifm2: scalarFm(ctx, 'mean-scale', 32) });
}

/** Internal operations one subgraph may lower into (the corpus's largest has a few thousand). */
export const MAX_INTERNAL_OPS = 200_000;

/** Time steps an LSTM may have for the estimate (Vela unrolls them one by one too). */
export const MAX_LSTM_STEPS = 8192;

/**
 * A model the estimator refuses: estimating it would take unbounded work ('too-large'), or an NPU operator
 * has a feature map with an empty, negative or non-finite dimension ('bad-shape'). Both come from hostile
 * or corrupted shapes; the message names the operator.
 */
export class PerfLimitError extends Error {
  readonly code: 'too-large' | 'bad-shape';
  constructor(message: string, code: 'too-large' | 'bad-shape' = 'too-large') {
    super(message);
    this.name = 'PerfLimitError';
    this.code = code;
  }
}

const validShape = (s: Shape3): boolean => s.h >= 1 && s.w >= 1 && s.c >= 1 && Number.isFinite(s.h * s.w * s.c);

/**
 * Vela unrolls an LSTM per time step (and batch): each gate is an input and a recurrent fully
 * connected layer summed with a sigmoid/tanh LUT, then the cell and output state updates.
 */
function lowerLstm(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  const x = ctx.sg.tensors[op.inputs[0] ?? -1];
  const inW = ctx.sg.tensors[op.inputs[2] ?? -1] ?? ctx.sg.tensors[op.inputs[1] ?? -1];
  if (!x || !inW || x.shape.length < 2) return;
  const timeMajor = op.options?.timeMajor === true;
  const dims = x.shape.map((d) => Math.max(d, 1));
  const steps = dims.length === 3 ? (timeMajor ? dims[0] : dims[1]) : 1;
  const batch = dims.length === 3 ? (timeMajor ? dims[1] : dims[0]) : dims[0];
  // Unrolling is per time step: a hostile shape would make billions of operations.
  if (steps > MAX_LSTM_STEPS) {
    throw new PerfLimitError(
      `operator ${op.index} (UNIDIRECTIONAL_SEQUENCE_LSTM) has ${steps} time steps; the estimate unrolls at most ${MAX_LSTM_STEPS}`,
    );
  }
  const nInput = dims[dims.length - 1];
  const nCell = inW.shape[0] ?? 1;
  const outW = ctx.sg.tensors[op.inputs[16] ?? -1];
  const nOut = outW ? (outW.shape[0] ?? nCell) : nCell;
  const xt: FmRef = { ...ifm, shape: { h: 1, w: batch, c: nInput } };
  const hPrev: FmRef = tempFm(ctx, { h: 1, w: batch, c: nOut }, ifm.bits);
  const gateShape: Shape3 = { h: 1, w: batch, c: nCell };
  const gateWeights: (WeightInfo | undefined)[] = [];
  for (let i = 1; i <= 8; i++) {
    const t = op.inputs[i] ?? -1;
    const w = t >= 0 ? ctx.sg.tensors[t] : undefined;
    gateWeights.push(
      w && isConstant(ctx, t) ? weightInfo(ctx, t, w.shape[0] ?? nCell, false, 'fully-connected') : undefined,
    );
  }
  const cellState = tempFm(ctx, gateShape, 16);
  // The states are the operator's variable tensors: persistent, so Vela keeps them in permanent storage
  // (linear, never moved to the staging memory).
  for (const state of [hPrev, cellState]) {
    state.buffer.external = true;
    state.buffer.linear = true;
    state.buffer.persistent = true;
  }
  // The initial output state is copied in once, before the first step.
  push(ctx, op, 'MemoryCopy', 'pool', { ...hPrev }, hPrev);
  for (let step = 0; step < steps; step++) {
    const gates: FmRef[] = [];
    const t2 = tempFm(ctx, gateShape, 16);
    let inputTimesCell = false;
    // Gate order as Vela emits them: output, input, cell, forget.
    for (const g of [3, 0, 2, 1]) {
      const wIn = gateWeights[g];
      const wRec = gateWeights[4 + g];
      if (!wIn && !wRec) continue; // CIFG: no input gate
      const a = tempFm(ctx, gateShape, 16);
      const b = tempFm(ctx, gateShape, 16);
      push(ctx, op, 'FullyConnected', 'vector', hPrev, b, { weights: wRec });
      push(ctx, op, 'FullyConnected', 'vector', xt, a, { weights: wIn });
      const gate = tempFm(ctx, gateShape, 16);
      // 16-bit sigmoid and tanh are native activations: no LUT.
      push(ctx, op, 'Add', 'elementwise', a, gate, { ifm2: b, activation: 'lut' });
      // The clamp is an operation of its own, with no fused activation: its output stage runs at regor's
      // no-activation rate (1 cycle per element on U55/U65).
      if (g !== 2) push(ctx, op, 'Clamp', 'pool', gate, gate);
      gates[g] = gate;
      // The input gate times the cell gate right after the cell gate, as regor's walk from the state update
      // reaches them (the forget gate comes after).
      if (g === 2 && gates[0]) {
        push(ctx, op, 'Mul', 'elementwise', gates[0], t2, { ifm2: gate });
        inputTimesCell = true;
      }
    }
    const ig = gates[0] ?? gates[1];
    const t1 = tempFm(ctx, gateShape, 16);
    if (!inputTimesCell) push(ctx, op, 'Mul', 'elementwise', ig, t2, { ifm2: gates[2] ?? ig });
    // The first step copies the initial cell state into the state itself (regor's copy writes the variable, so
    // it stays in permanent storage); every step multiplies the state, read first, by the forget gate into a new map.
    if (step === 0) push(ctx, op, 'MemoryCopy', 'pool', { ...cellState }, cellState);
    push(ctx, op, 'Mul', 'elementwise', cellState, t1, { ifm2: gates[1] ?? ig });
    push(ctx, op, 'Add', 'elementwise', t1, cellState, { ifm2: t2 });
    push(ctx, op, 'Clamp', 'pool', cellState, cellState);
    const th = tempFm(ctx, gateShape, 16);
    push(ctx, op, 'Tanh', 'pool', cellState, th, { activation: 'lut', lutBytes: lutBytesFor(16, 'TANH', ctx.family) });
    push(ctx, op, 'Mul', 'elementwise', gates[3] ?? ig, hPrev, { ifm2: th });
    push(ctx, op, 'MemoryCopy', 'pool', hPrev, { ...ofm, shape: hPrev.shape });
  }
}

/**
 * Vela's 8-bit softmax (regor's Softmax::GetGraph8Bit), pass by pass: the row maximum (a max pool over the
 * depth; on U85 a transpose putting the depth in H, then a max pool down it, when the rows are at least 16
 * wide), the difference through the exp LUT, a shift, the row sum; the reciprocal of the sum on one value per
 * row (count leading zeros, two subtractions, a shift, a multiply-add first guess, three Newton-Raphson steps of
 * five operations); the scaled exponentials and the final shift.
 */
function lowerSoftmax8(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  const { h, w, c } = ifm.shape;
  const rows: Shape3 = { h, w, c: 1 };
  const max = tempFm(ctx, rows, 8);
  const wide = w > 1 ? w : h;
  if (ctx.family === 'u85' && c !== h * w * c && wide >= 16) {
    const perm = w > 1 ? [0, 3, 1, 2] : [0, 3, 2, 1];
    const turned = tempFm(ctx, w > 1 ? { h: c, w: h, c: w } : { h: c, w: 1, c: h }, 8);
    push(ctx, op, 'Transpose', 'pool', ifm, turned, { transpose: u85TransposeType(perm) });
    const kernel: Kernel = { ...UNIT_KERNEL, h: c };
    push(
      ctx,
      op,
      'MaxPool',
      'pool',
      turned,
      { ...max, shape: { h: 1, w: turned.shape.w, c: turned.shape.c } },
      { kernel },
    );
  } else pushDepthMax(ctx, op, ifm, max);
  const exp = tempFm(ctx, ifm.shape, 32);
  // The exp LUT is its own (fused) operation in Vela, with no cycles: its transfer is costed nowhere.
  push(ctx, op, 'Sub', 'elementwise', ifm, exp, { ifm2: max, activation: 'lut', lutBytes: 0, lutInputBits: ifm.bits });
  const constant = scalarFm(ctx, 'softmax-const', 32);
  // regor's graph, operand for operand (the order Vela runs it in follows this dataflow).
  const row = (type: string, a: FmRef, b?: FmRef): FmRef => {
    const next = tempFm(ctx, rows, 32);
    push(ctx, op, type, 'elementwise', a, next, b ? { ifm2: b } : {});
    return next;
  };
  const shifted = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, 'Asr', 'elementwise', exp, shifted, { ifm2: constant });
  const sum = tempFm(ctx, rows, 32);
  push(ctx, op, 'ReduceSum', 'reducesum', shifted, sum);
  const headroomPlusOne = row('CLZ', sum);
  // A constant minus a value: the constant is the first operand, read from memory like any first operand.
  const rightShift = row('Sub', constant, headroomPlusOne);
  const headroom = row('Sub', headroomPlusOne, constant);
  const halfDenominator = row('SHL', sum, headroom);
  let x = row('Add', row('Mul', halfDenominator, constant), constant);
  // Three Newton-Raphson steps: x += 4 * x * (1 - d/2 * x).
  for (let i = 0; i < 3; i++) {
    const oneMinus = row('Sub', constant, row('Mul', x, halfDenominator));
    x = row('Add', x, row('Mul', row('Mul', x, oneMinus), constant));
  }
  const scaled = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, 'Mul', 'elementwise', exp, scaled, { ifm2: x });
  if (ifm.bits === 8 && ofm.bits === 16) {
    // An int16 output: the shift writes 32 bits, then an ADD of the output's zero point (a constant) narrows it.
    const shiftedOut = tempFm(ctx, ifm.shape, 32);
    push(ctx, op, 'Asr', 'elementwise', scaled, shiftedOut, { ifm2: rightShift });
    push(ctx, op, 'Add', 'elementwise', shiftedOut, ofm, { ifm2: constant });
  } else push(ctx, op, 'Asr', 'elementwise', scaled, ofm, { ifm2: rightShift });
}

/**
 * The maximum over the depth of each row (Vela's CreateDepthwiseMaxpool): a max pool whose kernel spans the
 * depth, read as the width of a one-channel map, so the input cannot be stored in bricks.
 */
function pushDepthMax(ctx: Ctx, op: Operator, ifm: FmRef, max: FmRef): void {
  const { h, w, c } = ifm.shape;
  ifm.buffer.linear = true;
  const view = { ...ifm, shape: { h: h * w, w: c, c: 1 } };
  const kernel: Kernel = { ...UNIT_KERNEL, w: c };
  push(ctx, op, 'MaxPool', 'pool', view, { ...max, shape: { h: h * w, w: 1, c: 1 } }, { kernel });
}

/** A constant operand of the given shape (Vela's CreateConstTensor), in read-only memory. */
function constantFm(ctx: Ctx, key: string, shape: Shape3, bits: number): FmRef {
  const buffer: Buffer = {
    key: `${ctx.sg.index}:${key}`,
    elements: shape.h * shape.w * shape.c,
    bits,
    linear: true,
    external: false,
    isInput: false,
    isOutput: false,
    shape,
    constant: true,
  };
  return { buffer, shape, bits };
}

/** A constant scalar operand. */
const scalarFm = (ctx: Ctx, key: string, bits: number): FmRef => constantFm(ctx, key, UNIT_SHAPE, bits);
const UNIT_SHAPE: Shape3 = { h: 1, w: 1, c: 1 };

/**
 * Vela's 16-bit softmax (regor's Softmax::GetGraphInt16): the row maximum, the difference scaled and offset
 * through the exp LUT, the row sum, the reciprocal on one value per row (seven operations and a LUT), then
 * the scaling and the final shift.
 */
function lowerSoftmax16(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  const rows: Shape3 = { ...ifm.shape, c: 1 };
  const max = tempFm(ctx, rows, 16);
  pushDepthMax(ctx, op, ifm, max);
  const constant = scalarFm(ctx, 'softmax-const', 32);
  const diff = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, 'Sub', 'elementwise', ifm, diff, { ifm2: max });
  const scaled = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, 'Mul', 'elementwise', diff, scaled, { ifm2: constant });
  // The exp LUT, like every softmax LUT, is its own fused operation in Vela with no transfer costed.
  const exp = tempFm(ctx, ifm.shape, 16);
  push(ctx, op, 'Add', 'elementwise', scaled, exp, { ifm2: constant, activation: 'lut' });
  const sum = tempFm(ctx, rows, 32);
  push(ctx, op, 'ReduceSum', 'reducesum', exp, sum);
  // The reciprocal on one value per row, operand for operand as regor builds it: the constants 31 and 1 are the
  // first operands of the shift count's SUB and SHL, so those read them from where constants are.
  const rowOp = (type: string, a: FmRef, b: FmRef | undefined, bits = 32, lut = false): FmRef => {
    const next = tempFm(ctx, rows, bits);
    push(ctx, op, type, 'elementwise', a, next, {
      ...(b ? { ifm2: b } : {}),
      ...(lut ? { activation: 'lut' as const } : {}),
    });
    return next;
  };
  const headroomPlusOne = rowOp('CLZ', sum, undefined);
  const rightShift = rowOp('Sub', constant, headroomPlusOne);
  const constantOne = rowOp('SHL', constant, rightShift);
  const sumMinusOne = rowOp('Sub', sum, constantOne);
  const shifted = rowOp('SHL', sumMinusOne, headroomPlusOne);
  const shifted16 = rowOp('Asr', shifted, constant);
  const value = rowOp('Sub', shifted16, constant, 16, true);
  const product = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, 'Mul', 'elementwise', exp, product, { ifm2: value });
  push(ctx, op, 'Asr', 'elementwise', product, ofm, { ifm2: rightShift });
}

function lowerSoftmax(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  if (op.type === 'SOFTMAX' && ifm.bits === 8) {
    lowerSoftmax8(ctx, op, ifm, ofm);
    return;
  }
  if (op.type === 'SOFTMAX' && ifm.bits === 16) {
    lowerSoftmax16(ctx, op, ifm, ofm);
    return;
  }
  // Vela's int8 softmax: row max, exp LUT, sum, reciprocal by Newton-Raphson, scale.
  const full = ifm.shape;
  const row: Shape3 = { h: full.h, w: full.w, c: 1 };
  const max = tempFm(ctx, row, 8);
  push(ctx, op, 'MaxPool', 'pool', { ...ifm, shape: full }, max, { kernel: UNIT_KERNEL });
  const exp = tempFm(ctx, full, 32);
  push(ctx, op, 'Sub', 'elementwise', ifm, exp, {
    ifm2: max,
    activation: 'lut',
    lutBytes: lutBytesFor(ifm.bits),
    lutInActivation: true,
  });
  const sum = tempFm(ctx, row, 32);
  push(ctx, op, 'ReduceSum', 'reducesum', exp, sum);
  const r = tempFm(ctx, row, 32);
  // Headroom, reciprocal and Newton-Raphson steps: about 18 operations on one value per row.
  for (let i = 0; i < 18; i++) push(ctx, op, i % 2 ? 'Mul' : 'Add', 'elementwise', sum, r, { ifm2: r });
  const scaled = tempFm(ctx, full, 32);
  push(ctx, op, 'Mul', 'elementwise', exp, scaled, { ifm2: r });
  push(ctx, op, 'Shr', 'elementwise', scaled, ofm);
}

/**
 * The axes before H x W x C multiplied: the batch of a rank-4 tensor, and the extra leading axes of a rank-5 one
 * (regor decomposes an operation over every leading axis that is not 1). 1 for rank 3 or less.
 */
function batchOf(ctx: Ctx, tensorIndex: number): number {
  const dims = ctx.sg.tensors[tensorIndex]?.shape ?? [];
  let batch = 1;
  for (let i = 0; i < dims.length - 3; i++) batch *= dims[i];
  return batch;
}

const LAYOUT_OPS = new Set(['RESHAPE', 'SQUEEZE', 'EXPAND_DIMS', 'TRANSPOSE']);

/** True when a reshape or transpose writes the tensor (Vela never moves a slice into those). */
function viaLayoutOp(ctx: Ctx, tensorIndex: number): boolean {
  const writer = writerOf(ctx, tensorIndex);
  return !!writer && LAYOUT_OPS.has(writer.type);
}

function sameQuantization(ctx: Ctx, a: number, b: number): boolean {
  const qa = ctx.sg.tensors[a]?.quantization;
  const qb = ctx.sg.tensors[b]?.quantization;
  if (!qa || !qb) return !qa && !qb;
  const eq = (x: number[], y: number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return eq(qa.scale, qb.scale) && eq(qa.zeroPoint, qb.zeroPoint);
}

/** Most copies Vela's batch decomposition is modelled as separate operations (beyond that, one folded op). */
const MAX_DECOMPOSED_BATCH = 256;

/** A copy of a batched tensor runs once per batch on the HxWxC slice, as Vela decomposes it. */
function pushPerBatch(ctx: Ctx, op: Operator, src: FmRef, dst: FmRef, batch: number): void {
  if (batch <= 1 || batch > MAX_DECOMPOSED_BATCH || src.shape.h % batch !== 0 || dst.shape.h % batch !== 0) {
    push(ctx, op, 'MemoryCopy', 'pool', src, dst);
    return;
  }
  const one = (s: Shape3): Shape3 => ({ h: s.h / batch, w: s.w, c: s.c });
  for (let n = 0; n < batch; n++) {
    push(ctx, op, 'MemoryCopy', 'pool', { ...src, shape: one(src.shape) }, { ...dst, shape: one(dst.shape) });
  }
}

/** Output orders an elementwise operation can write (regor's SupportsFusedTranspose); others take any. */
const ELEMENTWISE_FUSED_TRANSPOSES = new Set(['NHCW', 'NCHW']);

/**
 * Folds a U85 TRANSPOSE (`ofm`: its output in the transposed orientation) into the operation that produces its
 * input, which then writes its OFM in that order
 * (regor packs it into the producer's operation group: CanPack and EthosU85OpGroup::Fuse). The producer writes
 * the whole map in the order the transpose reads it, for no one else, and is not a DMA, resize or transpose; an
 * elementwise producer takes only the orders that keep W innermost but one; the transpose does not rescale.
 */
function fuseTranspose(ctx: Ctx, op: Operator, ofm: FmRef, inShape: Shape3, transpose: string): boolean {
  const inT = op.inputs[0] ?? -1;
  const prev = soleProducer(ctx, op);
  if (!prev) return false;
  if (prev.hw === 'resize' || prev.hw === 'dma' || prev.hw === 'transpose' || prev.type === 'Transpose') return false;
  if (prev.fusedTranspose || (prev.hw === 'elementwise' && !ELEMENTWISE_FUSED_TRANSPOSES.has(transpose))) return false;
  const link = prev.ofm.buffer;
  if (link.isOutput || link.external || ofm.buffer.isOutput || ofm.buffer.external) return false;
  // Written whole, in the shape the transpose reads (a reshape between them keeps them apart).
  if (!sameShape(prev.ofm.shape, inShape) || elementsOfShape(prev.ofm.shape) !== link.elements) return false;
  if (!sameQuantization(ctx, inT, op.outputs[0] ?? -1)) return false;
  if (!!ofm.buffer.persistent !== !!link.persistent) return false;
  ctx.buffers.delete(link.key);
  if (prev.type === 'MemoryCopy' && prev.activation === 'none') {
    // A plain copy (a slice) that writes in the transpose's order is the transpose itself, reading the slice:
    // regor costs it in the transposed output's shape, its block searched as a copy's (GTCRN's
    // slice-then-transpose pairs on U85).
    prev.type = 'Transpose';
    prev.blockAs = 'MemoryCopy';
    prev.transpose = transpose;
    prev.ofm = ofm;
    return true;
  }
  prev.ofm = { ...ofm, shape: prev.ofm.shape };
  prev.fusedTranspose = transpose;
  return true;
}

/**
 * The operation lowered last when it alone writes `op`'s input and `op` alone reads it (no subgraph output): the
 * one regor may pack `op` into. A map several operations write (a concatenation's copies) has no such producer.
 */
function soleProducer(ctx: Ctx, op: Operator): InternalOp | undefined {
  const inT = op.inputs[0] ?? -1;
  const prev = ctx.ops[ctx.ops.length - 1];
  if (!prev || prev.subgraph !== ctx.sg.index || prev.ofm.buffer.key !== bufferKey(ctx, inT)) return undefined;
  if ((ctx.readers.get(inT) ?? 0) !== 1 || ctx.sg.outputs.includes(inT)) return undefined;
  if (ctx.ops.some((o) => o !== prev && o.ofm.buffer === prev.ofm.buffer)) return undefined;
  return prev;
}

/** Folds a standalone activation into the operation that produces its input, as Vela packs them. */
function tryFuseActivation(ctx: Ctx, op: Operator): boolean {
  const kind: ActivationKind | null = RELU_FAMILY.has(op.type) ? 'relu' : LUT_ACTIVATIONS.has(op.type) ? 'lut' : null;
  if (!kind) return false;
  const inT = op.inputs[0] ?? -1;
  const prev = soleProducer(ctx, op);
  if (!prev) return false;
  if (prev.activation !== 'none' || prev.hw === 'transpose' || prev.hw === 'dma') return false;
  // Nor into a slice's copy: regor moves the slice into its readers first, and the activation reads it in place.
  if (SLICING.has(ctx.sg.operators[prev.sourceIndex]?.type ?? '')) return false;
  // Vela fuses only activations with unit scaling: a ReLU that requantizes (another scale or zero point) runs alone.
  if (kind === 'relu' && !sameQuantization(ctx, inT, op.outputs[0] ?? -1)) return false;
  // Nor an operation writing a variable with one that does not.
  if (!!ctx.sg.tensors[op.outputs[0] ?? -1]?.isVariable !== !!prev.ofm.buffer.persistent) return false;
  const ofm = fm(ctx, op.outputs[0]);
  ctx.buffers.delete(prev.ofm.buffer.key);
  // After a fused transpose the operation still computes in its own shape.
  prev.ofm = prev.fusedTranspose ? { ...ofm, shape: prev.ofm.shape } : ofm;
  prev.activation = kind;
  if (kind === 'lut') {
    prev.lutBytes = lutBytesFor(prev.ifm.bits, op.type, ctx.family);
    prev.lutInActivation = true;
  }
  return true;
}

const sameShape = (a: Shape3, b: Shape3): boolean => a.h === b.h && a.w === b.w && a.c === b.c;

/**
 * U85 chains up to four operations in one pass when each elementwise operation consumes the
 * previous one's output through the chaining buffer (at most three external inputs).
 */
function chainElementwise(ops: InternalOp[]): void {
  const readers = new Map<string, number>();
  for (const op of ops) {
    for (const r of [op.ifm, op.ifm2]) if (r) readers.set(r.buffer.key, (readers.get(r.buffer.key) ?? 0) + 1);
  }
  const writers = new Map<string, number>();
  for (const op of ops) writers.set(op.ofm.buffer.key, (writers.get(op.ofm.buffer.key) ?? 0) + 1);
  /** The operation writes the whole buffer, not a slice of it. */
  const whole = (r: FmRef) => r.shape.h * r.shape.w * r.shape.c === r.buffer.elements;
  const MAX_CHAIN = 4;
  const MAX_EXTERNAL = 3;
  let primary: InternalOp | null = null;
  let last: InternalOp | null = null;
  let external = 0;
  const elements = (x: Shape3) => x.h * x.w * x.c;
  // regor's ExternalIfms: the inputs, less constant scalars (on either side).
  const scalarConst = (r: FmRef | undefined) => (!!r && r.buffer.constant && elements(r.shape) === 1 ? 1 : 0);
  // An operation writing a fused transpose neither chains nor is chained (EthosU85OpGroup::Chain), nor does a
  // transpose start a chain (its group has a transposed output).
  const transposing = (o: InternalOp) => !!o.fusedTranspose || (o.type === 'Transpose' && !!o.transpose);
  for (const op of ops) {
    const inputs = (op.ifm2 ? 2 : 1) - scalarConst(op.ifm) - scalarConst(op.ifm2);
    if (primary && last && op.hw === 'elementwise' && !transposing(primary) && !transposing(op)) {
      const link = last.ofm.buffer;
      const viaIfm1 = op.ifm.buffer === link;
      const viaIfm2 = op.ifm2?.buffer === link;
      // regor's CanPack: the link has one writer and one reader, written whole (not a slice), and is no output;
      // the chained operation may write part of a map (a concatenation's slice). Nor does it pack an operation
      // writing a variable with one that does not.
      const private_ =
        (readers.get(link.key) ?? 0) === 1 &&
        !link.isOutput &&
        !link.external &&
        (writers.get(link.key) ?? 0) === 1 &&
        whole(last.ofm) &&
        !!op.ofm.buffer.persistent === !!link.persistent;
      const chainLength = 1 + (primary.chained?.length ?? 0);
      const newExternal = inputs - 1;
      const other = viaIfm1 ? op.ifm2 : op.ifm;
      const chainedIn = viaIfm1 ? op.ifm : op.ifm2;
      // regor's Chain: the chained input may broadcast against the other when it has the primary's output
      // shape, or when the other is a scalar and the element counts match.
      const shapesOk =
        !!chainedIn &&
        sameShape(last.ofm.shape, op.ofm.shape) &&
        (!other ||
          sameShape(chainedIn.shape, other.shape) ||
          sameShape(chainedIn.shape, primary.ofm.shape) ||
          (elements(other.shape) === 1 && elements(chainedIn.shape) === elements(primary.ofm.shape)));
      if (
        (viaIfm1 || viaIfm2) &&
        private_ &&
        shapesOk &&
        chainLength < MAX_CHAIN &&
        external + newExternal <= MAX_EXTERNAL
      ) {
        (primary.chained ??= []).push(op);
        op.chainedInto = primary;
        if (other && !scalarConst(other)) {
          (primary.extraIfms ??= []).push(other);
        }
        external += newExternal;
        last = op;
        continue;
      }
    }
    const startsChain = op.hw !== 'resize' && op.hw !== 'dma';
    primary = startsChain ? op : null;
    last = startsChain ? op : null;
    external = inputs;
  }
}

/**
 * regor's ReshapeToIncreaseDepth: the element count's prime factors (2s first, then odd ones ascending) make
 * the depth until it reaches 16; the rest alternate between height and width, the height the larger.
 */
function increaseDepth(elements: number): Shape3 {
  const primes: number[] = [];
  let rest = elements;
  for (; rest % 2 === 0 && rest > 1; rest /= 2) primes.push(2);
  const root = Math.floor(Math.sqrt(rest));
  for (let f = 3; rest > 1 && f <= root; f += 2) for (; rest % f === 0; rest /= f) primes.push(f);
  if (rest !== 1) primes.push(rest);
  let c = 1;
  let k = 0;
  for (; k < primes.length && c < 16; k++) c *= primes[k];
  let h = 1;
  let w = 1;
  for (; k < primes.length; k++) {
    if (w < h) w *= primes[k];
    else h *= primes[k];
  }
  return h < w ? { h: w, w: h, c } : { h, w, c };
}

/** Vela reshapes shallow elementwise operations (depth < 8) toward depth 16 so no lanes idle. */
function reshapeShallowElementwise(op: InternalOp): void {
  const like = op.elementwiseLike || op.type === 'MemoryCopy';
  if (op.hw !== 'elementwise' && !like) return;
  const o = op.ofm.shape;
  const n = o.h * o.w * o.c;
  // regor counts the elements in an int: larger maps (only hostile ones) keep their shape.
  if (o.c >= 8 || n <= 16 || n > 2 ** 31 - 1) return;
  // Activations, quantizations and copies too (regor's DecomposeAsElementwise), when they read and write whole maps.
  const whole = (f?: FmRef) =>
    !f || f.shape.h * f.shape.w * f.shape.c === f.buffer.shape.h * f.buffer.shape.w * f.buffer.shape.c;
  if (like && (!whole(op.ifm) || !whole(op.ofm))) return;
  const same = (s?: Shape3) => !s || (s.h === o.h && s.w === o.w && s.c === o.c) || s.h * s.w * s.c === 1;
  if (!same(op.ifm.shape) || !same(op.ifm2?.shape)) return;
  const deeper = increaseDepth(n);
  const view = (s: Shape3): Shape3 => (s.h * s.w * s.c === 1 ? s : deeper);
  // The maps keep their own shape and layout (a 4x756x1 int32 map in bricks still takes 16 channels); they are
  // stored linear where their readers' and writers' views then differ (linearWhereViewsDiffer).
  op.shallowShape = o;
  op.ofm = { ...op.ofm, shape: view(o) };
  op.ifm = { ...op.ifm, shape: view(op.ifm.shape) };
  if (op.ifm2) op.ifm2 = { ...op.ifm2, shape: view(op.ifm2.shape) };
}

/**
 * When a TRANSPOSE's input comes straight from another NPU TRANSPOSE that nothing else reads, drops that one's
 * operations and returns it with the two permutations composed: regor merges the pair into the first.
 */
function mergeWithPreviousTranspose(ctx: Ctx, op: Operator): { op: Operator; perm: number[] } | undefined {
  const input = op.inputs[0] ?? -1;
  const prev = writerOf(ctx, input);
  if (!prev || prev.type !== 'TRANSPOSE' || !ctx.npu.has(prev.index)) return undefined;
  if ((ctx.readers.get(input) ?? 0) !== 1 || ctx.sg.outputs.includes(input)) return undefined;
  const first = transposePerm(ctx, prev.inputs[1] ?? -1);
  const second = transposePerm(ctx, op.inputs[1] ?? -1);
  if (!first || !second || first.length !== second.length) return undefined;
  if (!ctx.ops.some((o) => o.sourceIndex === prev.index && o.subgraph === ctx.sg.index)) return undefined;
  ctx.ops = ctx.ops.filter((o) => !(o.sourceIndex === prev.index && o.subgraph === ctx.sg.index));
  ctx.buffers.delete(bufferKey(ctx, input));
  // Output axis i of the pair is input axis first[second[i]].
  return { op: prev, perm: second.map((a) => first[a]) };
}

/**
 * A transpose whose input a reshape writes that only adds or drops unit axes (and nothing else reads) runs on
 * the reshape's input instead, its permutation carried over to the non-unit axes and the unit axes left in
 * place (regor's CanonicaliseReshapeTransposePattern).
 */
function transposeBeforeReshape(
  ctx: Ctx,
  transpose: Operator,
  shape: readonly number[],
  perm: readonly number[],
): { shape: number[]; perm: number[] } {
  const input = transpose.inputs[0] ?? -1;
  const reshape = writerOf(ctx, input);
  const unchanged = { shape: [...shape], perm: [...perm] };
  if (!reshape || !RESHAPES.has(reshape.type) || (ctx.readers.get(input) ?? 0) !== 1) return unchanged;
  const pre = ctx.sg.tensors[reshape.inputs[0] ?? -1]?.shape;
  if (!pre || perm.length !== shape.length) return unchanged;
  const squeeze = (d: readonly number[]) => d.filter((x) => x !== 1).join('x');
  if (squeeze(pre) !== squeeze(shape)) return unchanged;
  // The k-th non-unit axis of the reshaped shape is the k-th non-unit axis of the input.
  const preAxes = pre.map((d, i) => (d !== 1 ? i : -1)).filter((i) => i >= 0);
  const nonUnit: number[] = [];
  let count = 0;
  for (const d of shape) nonUnit.push(d !== 1 ? count++ : -1);
  const moved = perm.filter((a) => nonUnit[a] >= 0).map((a) => preAxes[nonUnit[a]]);
  let k = 0;
  return { shape: [...pre], perm: pre.map((d, i) => (d === 1 ? i : moved[k++])) };
}

/** A TRANSPOSE's constant permutation (output axis i = input axis perm[i]), or undefined when unreadable. */
function transposePerm(ctx: Ctx, permTensor: number): number[] | undefined {
  return constantInts(ctx, permTensor, true);
}

/**
 * The transpose as the U85 names it: the input axis at each output position of NHWC (NWCH: output H is input
 * W, W is C, C is H), the permutation padded to 4D with leading axes; undefined beyond 4D.
 */
export function u85TransposeType(perm: readonly number[] | undefined): string | undefined {
  if (!perm || perm.length > 4) return undefined;
  const pad = 4 - perm.length;
  const full = [...Array.from({ length: pad }, (_, i) => i), ...perm.map((a) => a + pad)];
  return full.map((a) => 'NHWC'[a] ?? '?').join('');
}

/** Largest real value of a constant quantized tensor (Infinity when it cannot be read). */
/** The one value (dequantized) of a constant 8-bit tensor whose raw values are all equal, else undefined. */
function uniformConstant(ctx: Ctx, tensorIndex: number): number | undefined {
  const t = ctx.sg.tensors[tensorIndex];
  const data = t ? ctx.model.buffers[t.buffer]?.data : undefined;
  if (!t || !data || data.length === 0 || (t.dtype !== 'int8' && t.dtype !== 'uint8')) return undefined;
  for (let i = 1; i < data.length; i++) if (data[i] !== data[0]) return undefined;
  const raw = t.dtype === 'int8' ? (data[0] << 24) >> 24 : data[0];
  return (raw - (t.quantization?.zeroPoint?.[0] ?? 0)) * (t.quantization?.scale?.[0] ?? 1);
}

function maxConstantValue(ctx: Ctx, tensorIndex: number): number {
  const t = ctx.sg.tensors[tensorIndex];
  const data = t ? ctx.model.buffers[t.buffer]?.data : undefined;
  if (!t || !data || (t.dtype !== 'int8' && t.dtype !== 'uint8')) return Infinity;
  const q = t.quantization;
  const scales = q?.scale ?? [1];
  const zps = q?.zeroPoint ?? [0];
  const c = t.shape[t.shape.length - 1] ?? 1;
  let max = -Infinity;
  for (let i = 0; i < data.length; i++) {
    const raw = t.dtype === 'int8' ? (data[i] << 24) >> 24 : data[i];
    const ch = scales.length > 1 ? i % c : 0;
    max = Math.max(max, (raw - (zps[ch] ?? zps[0] ?? 0)) * (scales[ch] ?? scales[0] ?? 1));
  }
  return max;
}

function isFusablePad(ctx: Ctx, op: Operator, consumers: Map<number, number>): boolean {
  if (op.type !== 'PAD' && op.type !== 'PADV2') return false;
  // A convolution pads with its input's zero point: a PADV2 with any other value stays a PAD.
  if (op.type === 'PADV2' && !padsWithZeroPoint(ctx, op)) return false;
  const dst = op.outputs[0] ?? -1;
  if (dst < 0 || (consumers.get(dst) ?? 0) !== 1 || ctx.sg.outputs.includes(dst)) return false;
  const next = ctx.sg.operators.find((o) => o.inputs[0] === dst);
  if (!next || !ctx.npu.has(next.index) || (next.type !== 'CONV_2D' && next.type !== 'DEPTHWISE_CONV_2D')) return false;
  // Only H/W padding, each side smaller than the kernel.
  const w = ctx.sg.tensors[next.inputs[1] ?? -1];
  const pads = constantInts(ctx, op.inputs[1] ?? -1);
  if (!w || w.shape.length !== 4 || !pads || pads.length !== 8) return true;
  const [kh, kw] = [w.shape[1], w.shape[2]];
  const needed = (input: number, stride: number, filter: number) =>
    Math.max(0, (Math.ceil(input / stride) - 1) * stride + filter - input);
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
  if (pads[0] !== 0 || pads[1] !== 0 || pads[6] !== 0 || pads[7] !== 0) return false;
  // The padding after is first trimmed to what the stride reaches; each side must then be narrower than the
  // dilated kernel.
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

export function lowerSubgraph(
  model: Model,
  sg: Subgraph,
  npuOps: ReadonlySet<number>,
  family: NpuFamily,
  cores: number,
  weights: Map<string, WeightInfo>,
  ofmBlockOf?: OfmBlockOf,
): LoweredGraph {
  const ctx: Ctx = {
    model,
    sg,
    family,
    npu: new Set(npuOps),
    buffers: new Map(),
    alias: new Map(),
    weights,
    ops: [],
    cores,
    tmpCount: 0,
    readers: new Map(),
    ofmBlockOf,
  };
  const consumers = ctx.readers;
  for (const op of sg.operators) for (const i of op.inputs) if (i >= 0) consumers.set(i, (consumers.get(i) ?? 0) + 1);
  const producedByCpu = new Set<number>();
  const consumedByCpu = new Set<number>();
  for (const op of sg.operators) {
    if (ctx.npu.has(op.index)) continue;
    for (const o of op.outputs) producedByCpu.add(o);
    for (const i of op.inputs) consumedByCpu.add(i);
  }
  const reshapeCopies: { copy: InternalOp; source: number; from: Buffer; to: Buffer }[] = [];
  for (const op of sg.operators) {
    if (!ctx.npu.has(op.index)) continue;
    if (isFusablePad(ctx, op, consumers)) {
      // A zero PAD in front of a convolution becomes the convolution's explicit padding.
      const src = op.inputs[0] ?? -1;
      const dst = op.outputs[0] ?? -1;
      // The buffer is the input's, sized as stored (the padded view would overstate it if it came first).
      bufferFor(ctx, src);
      ctx.alias.set(dst, bufferKey(ctx, src));
      continue;
    }
    if (RESHAPES.has(op.type)) {
      const src = op.inputs[0] ?? -1;
      const dst = op.outputs[0] ?? -1;
      const srcIsIo = sg.inputs.includes(src) || producedByCpu.has(src) || isConstant(ctx, src);
      const dstIsIo = sg.outputs.includes(dst) || consumedByCpu.has(dst);
      // regor also copies when the input has other readers and another stored shape (RemoveReshape).
      const shared =
        (consumers.get(src) ?? 0) > 1 &&
        (sg.tensors[src]?.shape ?? []).join(',') !== (sg.tensors[dst]?.shape ?? []).join(',');
      if (src >= 0 && dst >= 0 && ((srcIsIo && dstIsIo) || shared)) {
        const a = fm(ctx, src);
        const b = fm(ctx, dst);
        // Vela copies in the input's shape (the output is the same bytes, linear).
        const copy = push(ctx, op, 'MemoryCopy', 'pool', a, { ...b, shape: a.shape });
        reshapeCopies.push({ copy, source: src, from: a.buffer, to: b.buffer });
      } else if (src >= 0 && dst >= 0) {
        const key = bufferKey(ctx, src);
        ctx.alias.set(dst, key);
        const b = bufferFor(ctx, src);
        const from = toShape3(sg.tensors[src]?.shape ?? []);
        const to = toShape3(sg.tensors[dst]?.shape ?? []);
        // A view with another width or depth cannot use the brick format.
        if (from.w !== to.w || from.c !== to.c) b.linear = true;
        if (sg.outputs.includes(dst)) b.isOutput = true;
      }
      continue;
    }
    if (tryFuseActivation(ctx, op)) continue;
    lowerOne(ctx, op);
  }
  // The input's other readers read the copy too (regor inserts it after the tensor).
  for (const { copy, from, to } of reshapeCopies) {
    for (const o of ctx.ops) {
      if (o === copy) continue;
      if (o.ifm.buffer === from) o.ifm = { ...o.ifm, buffer: to };
      if (o.ifm2?.buffer === from) o.ifm2 = { ...o.ifm2, buffer: to };
      if (o.extraIfms) o.extraIfms = o.extraIfms.map((r) => (r.buffer === from ? { ...r, buffer: to } : r));
    }
  }
  if (family === 'u85') addBoolIoConversions(ctx);
  for (const op of ctx.ops) reshapeShallowElementwise(op);
  // Graph and CPU boundaries are linear (NHWC) and live in the arena.
  const mark = (i: number, f: (b: Buffer) => void) => {
    const key = bufferKey(ctx, i);
    const b = ctx.buffers.get(key);
    if (b) f(b);
  };
  for (const i of sg.inputs)
    mark(i, (b) => {
      b.linear = true;
      b.isInput = true;
      b.external = true;
    });
  for (const o of sg.outputs)
    mark(o, (b) => {
      b.linear = true;
      b.isOutput = true;
      b.external = true;
    });
  for (const t of producedByCpu)
    mark(t, (b) => {
      b.linear = true;
      b.isInput = true;
    });
  for (const t of consumedByCpu)
    mark(t, (b) => {
      b.linear = true;
      b.isOutput = true;
    });
  // A reshape's copy is what the input's CPU readers read too.
  for (const { source, to } of reshapeCopies) {
    if (consumedByCpu.has(source)) {
      to.linear = true;
      to.isOutput = true;
    }
  }
  moveSlicesToConsumers(ctx);
  linearWhereViewsDiffer(ctx.ops);
  // A 32-bit map a ReduceSum reads is stored linear (regor: Int32 ReduceSum requires it).
  for (const o of ctx.ops) if (o.hw === 'reducesum' && o.ifm.bits === 32) o.ifm.buffer.linear = true;
  const schedule = scheduleInVelaOrder(ctx);
  if (family === 'u85') {
    chainElementwise(ctx.ops);
    for (const op of ctx.ops) {
      if (!op.chained?.length) continue;
      // The chain writes only its last output; intermediate results stay in the chaining buffer.
      op.chainLinkBits = op.ofm.bits;
      op.chainLinkLinear = op.ofm.buffer.linear;
      op.chainLinkKey = op.ofm.buffer.key;
      op.ofm = op.chained[op.chained.length - 1].ofm;
    }
  }
  return {
    ops: ctx.ops,
    schedule,
    buffers: ctx.buffers,
    weights,
    keyOf: (i) => bufferKey(ctx, i),
    readsBlockConfigs: !!ctx.readsBlockConfigs,
  };
}

/** Operators regor rewrites into one copy per input. */
const PARTS_COPIED = new Set(['CONCATENATION', 'PACK']);

/**
 * Operators whose decomposition here is regor's own graph, so its operations are walked one by one: a MEAN's
 * partial sums all run before the additions that accumulate them, and a PAD's copies run last created first
 * (the input into the interior, then the padded sides), so the operation after it follows a side's copy.
 */
const ORDERED_INSIDE = new Set(['MEAN', 'SUM', 'PAD', 'PADV2', 'MIRROR_PAD']);

/**
 * Puts the internal operations (lowered in file order) and the CPU operators in the order Vela runs them
 * (execution-order.ts); the U85 boolean conversions of the graph's inputs stay first and of its outputs last.
 */
function scheduleInVelaOrder(ctx: Ctx): ScheduleEntry[] {
  const { sg } = ctx;
  // The units Vela orders: a TFLite operator's internal operations together (regor orders its own lowered
  // graph, whose decompositions differ from ours in detail), but each copy of a concatenation's part alone
  // (regor rewrites a concatenation into one copy per part).
  const units = new Map<string, ScheduleEntry[]>();
  const add = (key: string, e: ScheduleEntry) => {
    const list = units.get(key);
    if (list) list.push(e);
    else units.set(key, [e]);
  };
  const source = (e: ScheduleEntry) => ('cpu' in e ? e.cpu : e.npu.sourceIndex);
  const entries: ScheduleEntry[] = ctx.ops.filter((o) => o.sourceIndex !== GRAPH_BOUNDARY).map((npu) => ({ npu }));
  for (const op of sg.operators) if (!ctx.npu.has(op.index)) entries.push({ cpu: op.index });
  entries.sort((a, b) => source(a) - source(b)); // stable: each operator's internal operations keep their order
  const seen = new Map<number, number>();
  entries.forEach((e, k) => {
    const type = 'npu' in e ? (sg.operators[e.npu.sourceIndex]?.type ?? '') : '';
    if ('cpu' in e) add(`cpu ${e.cpu}`, e);
    else if (PARTS_COPIED.has(type)) add(`${e.npu.sourceIndex} ${e.npu.ifm.buffer.key}`, e);
    else if (ORDERED_INSIDE.has(type)) add(`${e.npu.sourceIndex} #${k}`, e);
    else if (type === 'UNIDIRECTIONAL_SEQUENCE_LSTM') {
      // An LSTM's first two operations (the initial output state's copy and the first gate's product with it) read
      // only the state: regor's walk reaches them through the first step's gate, before the input's producers.
      const n = seen.get(e.npu.sourceIndex) ?? 0;
      seen.set(e.npu.sourceIndex, n + 1);
      add(`${e.npu.sourceIndex}${n < 2 ? ' prologue' : ''}`, e);
    } else add(`${e.npu.sourceIndex}`, e);
  });
  const list = [...units.values()];
  const maps = (tensors: readonly number[]) =>
    tensors.filter((i) => i >= 0 && !isConstant(ctx, i)).map((i) => bufferKey(ctx, i));
  const nodes: OrderNode[] = list.map((unit) => {
    const first = unit[0];
    if ('cpu' in first) {
      const op = sg.operators[first.cpu];
      return { cpu: true, reads: maps(op.inputs), writes: maps(op.outputs) };
    }
    const ops = unit.flatMap((e) => ('npu' in e ? [e.npu] : []));
    const writes = new Set(ops.map((o) => o.ofm.buffer.key));
    const reads = new Set<string>();
    for (const o of ops)
      for (const r of [o.ifm, o.ifm2, ...(o.extraIfms ?? [])])
        if (r && !r.buffer.constant && !writes.has(r.buffer.key)) reads.add(r.buffer.key);
    return { cpu: false, reads: [...reads], writes: [...writes], inPlace: ops.some((o) => o.writesInPlace) };
  });
  const ordered = executionOrder(
    nodes,
    sg.outputs.map((i) => bufferKey(ctx, i)),
  ).flatMap((k) => list[k]);
  const boundary = ctx.ops.filter((o) => o.sourceIndex === GRAPH_BOUNDARY);
  const schedule: ScheduleEntry[] = [
    ...boundary.filter((o) => o.type !== 'And').map((npu) => ({ npu })),
    ...ordered,
    ...boundary.filter((o) => o.type === 'And').map((npu) => ({ npu })),
  ];
  ctx.ops = schedule.flatMap((e) => ('npu' in e ? [e.npu] : []));
  return schedule;
}

/**
 * The brick format needs every reader of a map to read the same width and depth, and every writer and reader to
 * see the map with that width and depth (regor's scheduler compares its connections' shapes: what each reader
 * reads, against each connection's whole view). So a map written as 32x33x8 and read as 1056x8x1 is stored
 * linear, and so is one a reader reads only part of in width or depth (a slice moved into its reader); a
 * concatenation's parts, each written with the whole map in view, are not.
 */
function linearWhereViewsDiffer(ops: readonly InternalOp[]): void {
  const views = new Map<Buffer, { read: Set<string>; whole: Set<string> }>();
  const wc = (s: Shape3) => `${s.w}x${s.c}`;
  const elements = (s: Shape3) => s.h * s.w * s.c;
  const viewOf = (b: Buffer) => {
    let v = views.get(b);
    if (!v) views.set(b, (v = { read: new Set(), whole: new Set() }));
    return v;
  };
  // A part's connection sees the whole map (a concatenation's part, a slice); a whole view may reshape it; a
  // padded view (a PAD folded into its reader) is the map itself.
  const whole = (r: FmRef) => wc(elements(r.shape) === elements(r.buffer.shape) ? r.shape : r.buffer.shape);
  const read = (r: FmRef) => wc(elements(r.shape) > elements(r.buffer.shape) ? r.buffer.shape : r.shape);
  for (const op of ops) {
    for (const r of [op.ifm, op.ifm2, ...(op.extraIfms ?? [])]) {
      if (!r || r.buffer.linear || r.buffer.constant) continue;
      const v = viewOf(r.buffer);
      v.read.add(read(r));
      v.whole.add(whole(r));
    }
    if (!op.ofm.buffer.linear) viewOf(op.ofm.buffer).whole.add(whole(op.ofm));
  }
  for (const [b, v] of views) {
    if (v.read.size === 0) continue;
    if (v.read.size > 1 || [...v.whole].some((s) => !v.read.has(s))) b.linear = true;
  }
}

/** TFLite operators lowered to a copy of part of their input (a slice of it). */
const SLICING = new Set(['SLICE', 'STRIDED_SLICE', 'SPLIT', 'SPLIT_V', 'UNPACK']);

/**
 * Vela's MoveSplitSliceToConsumer: a slice's readers that can read part of a tensor read the slice's source
 * directly, and the copy goes when every reader does (it stays for the others). A transpose, a gather or another slice cannot; neither
 * can a CPU operator or a reshaped view (a graph or CPU boundary keeps the copy). A source read in another
 * width or depth than its own cannot be stored in bricks.
 */
function moveSlicesToConsumers(ctx: Ctx): void {
  const slicing = (o: InternalOp) =>
    o.type === 'MemoryCopy' && SLICING.has(ctx.sg.operators[o.sourceIndex]?.type ?? '');
  // Who reads each buffer (kept up to date as readers move).
  const readersOf = new Map<Buffer, Set<InternalOp>>();
  const addReader = (b: Buffer, o: InternalOp) => {
    let set = readersOf.get(b);
    if (!set) readersOf.set(b, (set = new Set()));
    set.add(o);
  };
  for (const o of ctx.ops) for (const f of [o.ifm, o.ifm2, ...(o.extraIfms ?? [])]) if (f) addReader(f.buffer, o);
  const removed = new Set<InternalOp>();
  const same = (a: Shape3, b: Shape3) => a.h === b.h && a.w === b.w && a.c === b.c;
  for (const copy of ctx.ops) {
    // A copy that also runs a fused activation does work of its own.
    if (!slicing(copy) || copy.activation !== 'none' || copy.lutBytes > 0) continue;
    const source = ctx.sg.operators[copy.sourceIndex];
    if (source && keptUnpackSlice(ctx, source)) continue;
    const out = copy.ofm.buffer;
    if (out.isOutput || out.external) continue;
    const src = copy.ifm;
    const readers = [...(readersOf.get(out) ?? [])].filter((o) => o !== copy);
    // A shallow map's copy runs in a deeper view of it: its readers read it in its own shape.
    const sameAsShallow = (s: Shape3) => !!copy.shallowShape && same(s, copy.shallowShape);
    const movable = (o: InternalOp): boolean =>
      !slicing(o) &&
      o.type !== 'Transpose' &&
      o.hw !== 'dma' &&
      !o.chained &&
      !o.extraIfms?.some((f) => f.buffer === out) &&
      [o.ifm, o.ifm2].every((f) => !f || f.buffer !== out || same(f.shape, copy.ofm.shape) || sameAsShallow(f.shape));
    const moved = readers.filter(movable);
    if (moved.length === 0) continue;
    for (const o of moved) {
      if (o.ifm.buffer === out) o.ifm = { ...src, shape: o.ifm.shape };
      if (o.ifm2?.buffer === out) o.ifm2 = { ...src, shape: o.ifm2.shape };
      readersOf.get(out)?.delete(o);
      addReader(src.buffer, o);
    }
    if (src.buffer.shape.w !== copy.ofm.shape.w || src.buffer.shape.c !== copy.ofm.shape.c) src.buffer.linear = true;
    if (moved.length === readers.length) removed.add(copy);
  }
  if (removed.size > 0) ctx.ops = ctx.ops.filter((o) => !removed.has(o));
}

/**
 * The stored shape of an UNPACK's slices when regor keeps them as copies, else undefined: regor moves a slice to its
 * consumers only when the slice's shape equals theirs but for leading 1s (MoveSplitSliceToConsumer), and an UNPACK's
 * slices keep the unpacked axis where its outputs drop it (see axisKeptAsOne).
 */
function keptUnpackSlice(ctx: Ctx, op: Operator): Shape3 | undefined {
  if (op.type !== 'UNPACK') return undefined;
  const rank = ctx.sg.tensors[op.inputs[0] ?? -1]?.shape.length ?? 0;
  const raw = Number(op.options?.axis ?? 0);
  return axisKeptAsOne(ctx.sg.tensors[op.outputs[0] ?? -1]?.shape ?? [], raw < 0 ? raw + rank : raw);
}

/**
 * A slice of a PACK or UNPACK, the packed axis kept as 1 in `shape` (which lacks it), when that changes the shape
 * more than by a leading 1: some dimension before the axis is more than 1 (a [17] map packed along axis 1 is copied
 * as [17, 1], in another width and depth). Undefined otherwise.
 */
function axisKeptAsOne(shape: readonly number[], axis: number): Shape3 | undefined {
  if (!shape.slice(0, axis).some((d) => d > 1)) return undefined;
  return toShape3([...shape.slice(0, axis), 1, ...shape.slice(axis)]);
}

/** Marks operations that belong to no TFLite operator (Vela inserts them at the graph boundary). */
export const GRAPH_BOUNDARY = -1;

/** Bool graph inputs and outputs of the main subgraph that hold data (shaped, not constant). */
function boolIo(model: Model, sg: Subgraph, list: readonly number[]): number[] {
  if (sg.index !== 0) return [];
  return list.filter((i) => {
    const t = sg.tensors[i];
    if (!t || t.dtype !== 'bool' || t.shape.length === 0) return false;
    const b = model.buffers[t.buffer];
    return !(b && b.size > 0);
  });
}

/** True when the U85 lowering inserts boundary conversions, so the subgraph has NPU work even without NPU operators. */
export function hasBoolIo(model: Model, sg: Subgraph): boolean {
  return boolIo(model, sg, sg.inputs).length > 0 || boolIo(model, sg, sg.outputs).length > 0;
}

/**
 * U85 keeps booleans as 0/-1 internally: Vela converts every bool graph input with a NotEqual
 * against zero, and every bool graph output back with an And against one, whoever reads or
 * writes them (even CPU operators).
 */
function addBoolIoConversions(ctx: Ctx): void {
  const scalar = (key: string): FmRef => scalarFm(ctx, key, 8);
  const boundary = { index: GRAPH_BOUNDARY } as Operator;
  const inputs: InternalOp[] = [];
  for (const i of boolIo(ctx.model, ctx.sg, ctx.sg.inputs)) {
    const src = fm(ctx, i);
    const internal = tempFm(ctx, src.shape, 8);
    // It replaces the input for every reader, CPU ones included: linear, in the arena.
    internal.buffer.linear = true;
    internal.buffer.isOutput = true;
    push(ctx, boundary, 'NotEqual', 'elementwise', src, internal, { ifm2: scalar('bool-zero') });
    inputs.push(ctx.ops.pop()!);
  }
  for (const o of boolIo(ctx.model, ctx.sg, ctx.sg.outputs)) {
    const dst = fm(ctx, o);
    const internal = tempFm(ctx, dst.shape, 8);
    internal.buffer.linear = true;
    internal.buffer.isInput = true;
    push(ctx, boundary, 'And', 'elementwise', internal, dst, { ifm2: scalar('bool-one') });
  }
  ctx.ops.unshift(...inputs);
}

/** The buffer of a tensor, created when the NPU lowering did not need it (CPU-side tensors). */
export function cpuBuffer(model: Model, sg: Subgraph, graph: LoweredGraph, tensorIndex: number): Buffer | undefined {
  const key = graph.keyOf(tensorIndex);
  const known = graph.buffers.get(key);
  if (known) return known;
  const t = sg.tensors[tensorIndex];
  if (!t) return undefined;
  const b = model.buffers[t.buffer];
  if (b && b.size > 0) return undefined;
  const shape = toShape3(t.shape);
  // A CPU operator's map takes arena space too: one too large to count is refused like an NPU one.
  if (!validShape(shape)) {
    throw new PerfLimitError(
      `tensor ${tensorIndex} of a CPU operator has ${t.shape.length} dimensions whose product is not a finite size`,
      'bad-shape',
    );
  }
  // A rank-0 tensor (a CPU operator's scalar output) has no elements in regor's shapes, so it takes no arena space.
  if (t.shape.length === 0) shape.c = 0;
  const buffer: Buffer = {
    key,
    elements: shape.h * shape.w * shape.c,
    bits: bitsOf(t),
    linear: true,
    external: sg.inputs.includes(tensorIndex) || sg.outputs.includes(tensorIndex),
    isInput: sg.inputs.includes(tensorIndex),
    isOutput: sg.outputs.includes(tensorIndex),
    shape,
    constant: false,
  };
  graph.buffers.set(key, buffer);
  return buffer;
}
