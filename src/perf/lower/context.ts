// The lowering's shared state and vocabulary: the context one subgraph is lowered in, the feature-map buffers
// and weights it creates, and the helpers every operator's lowering uses to add internal operations.
import type { Model, Operator, Subgraph, Tensor } from '../../graph/types.js';
import type { NpuFamily } from '../../targets/types.js';
import type { Shape3 } from '../arch.js';
import {
  UNIT_KERNEL,
  type ActivationKind,
  type Buffer,
  type FmRef,
  type HwOp,
  type InternalOp,
  type Kernel,
  type ReadOnlyTensor,
  type WeightInfo,
} from '../ops.js';
import { estimateEncodedWeights } from '../weight-estimate.js';
import { MAX_INTERNAL_OPS, PerfLimitError } from './limits.js';

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
  /**
   * The buffer a CPU operator reads for a tensor a reshape's copy was inserted after (regor's
   * InsertCopyOpAfterTensor: every reader of the tensor reads the copy), by tensor index.
   */
  copiedFor?: ReadonlyMap<number, Buffer>;
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

export const RELU_FAMILY = new Set(['RELU', 'RELU6', 'RELU_N1_TO_1', 'RELU_0_TO_1']);

export const LUT_ACTIVATIONS = new Set(['LOGISTIC', 'TANH', 'EXP', 'LOG', 'HARD_SWISH', 'RSQRT', 'GELU', 'LEAKY_RELU']);

export const RESHAPES = new Set(['RESHAPE', 'SQUEEZE', 'EXPAND_DIMS']);

export const BINARY_ELEMENTWISE: Record<string, string> = {
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

export function fusedActivation(op: Operator): ActivationKind {
  const f = op.options?.fusedActivationFunction;
  if (typeof f !== 'number' || f === 0) return 'none';
  if (f === 1 || f === 2 || f === 3) return 'relu';
  if (f === 4) return 'lut';
  return 'other';
}

export function num(v: unknown, dflt: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : dflt;
}

export interface Ctx {
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
  /**
   * TRANSPOSEs merged into the one before them: the operator whose name the merged operation carries, and the
   * composed permutation (see mergeWithPreviousTranspose).
   */
  mergedTransposes?: Map<number, { op: Operator; perm: number[] }>;
  /** The target's block configs, where a decomposition depends on them (see OfmBlockOf). */
  ofmBlockOf?: OfmBlockOf;
  /** Set when the lowering read them: it is then the target's own. */
  readsBlockConfigs?: boolean;
}

/** The buffer key of a TFLite tensor (a reshaped or fused-away tensor shares its source's buffer). */
export function bufferKey(ctx: Ctx, tensorIndex: number): string {
  return ctx.alias.get(tensorIndex) ?? `${ctx.sg.index}:${tensorIndex}`;
}

/** The operator that writes a TFLite tensor, if any. */
export function writerOf(ctx: Ctx, tensorIndex: number): Operator | undefined {
  return ctx.sg.operators.find((o) => o.outputs.includes(tensorIndex));
}

export function bufferFor(ctx: Ctx, tensorIndex: number): Buffer {
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
    if (b.constant && t) b.storage = modelConstantStorage(ctx, t.buffer);
    if (t?.isVariable) b.persistent = true;
    if (b.constant) b.linear = true;
    ctx.buffers.set(key, b);
  }
  return b;
}

export function fm(ctx: Ctx, tensorIndex: number): FmRef {
  const t = ctx.sg.tensors[tensorIndex];
  const shape = toShape3(t?.shape ?? []);
  const buffer = bufferFor(ctx, tensorIndex);
  return { buffer, shape, bits: t ? bitsOf(t) : 8 };
}

export function tempFm(ctx: Ctx, shape: Shape3, bits: number): FmRef {
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

/** Constants up to this size are told apart by their bytes (regor hashes every constant's content). */
const CONTENT_KEY_BYTES = 64;

/** A model constant in read-only memory: keyed by its bytes when small (equal small constants share a place). */
function modelConstantStorage(ctx: Ctx, bufferIndex: number): ReadOnlyTensor {
  const buffer = ctx.model.buffers[bufferIndex];
  const bytes = buffer?.size ?? 0;
  const data = bytes <= CONTENT_KEY_BYTES ? buffer?.data : undefined;
  return { key: data ? `bytes:${Array.from(data).join(',')}` : `buffer:${bufferIndex}`, bytes };
}

/** The key of a constant's content that regor generates: `values` in `bits`-bit elements, `count` of them. */
export const constantContent = (bits: number, values: string, count = 1): string => `gen:${bits}:${count}:${values}`;

/** A tensor's dtype and (first) scale and zero point: LUTs built for equal ones are equal. */
export function quantKey(ctx: Ctx, tensorIndex: number): string {
  const t = ctx.sg.tensors[tensorIndex];
  const q = t?.quantization;
  return `${t?.dtype ?? '-'}:${q?.scale[0] ?? '-'}:${q?.zeroPoint[0] ?? '-'}`;
}

/** The functions of the 8-bit LUTs regor fills value by value (ConvertToLUT8): sigmoid is clamped at +-8. */
const LUT8_FUNCTIONS: Partial<Record<string, (x: number) => number>> = {
  LOGISTIC: (x) => (x <= -8 ? 0 : x >= 8 ? 1 : 1 / (1 + Math.exp(-x))),
  TANH: Math.tanh,
};

/**
 * The 256 values of an 8-bit LUT as regor fills them (each input value dequantized, mapped, requantized and
 * clamped), joined: activations whose tables come out equal share one. Undefined when not such a LUT.
 */
function lut8Values(ctx: Ctx, kind: string, inT: number, outT: number): string | undefined {
  const fn = LUT8_FUNCTIONS[kind];
  const a = ctx.sg.tensors[inT];
  const b = ctx.sg.tensors[outT];
  if (!fn || !a || !b || a.dtype !== b.dtype || (a.dtype !== 'int8' && a.dtype !== 'uint8')) return undefined;
  const inScale = a.quantization?.scale[0];
  const outScale = b.quantization?.scale[0];
  if (!inScale || !outScale) return undefined;
  const inZp = a.quantization?.zeroPoint[0] ?? 0;
  const outZp = b.quantization?.zeroPoint[0] ?? 0;
  const [lo, hi] = a.dtype === 'int8' ? [-128, 127] : [0, 255];
  const values: number[] = [];
  for (let x = lo; x <= hi; x++) {
    values.push(Math.min(hi, Math.max(lo, Math.round(outZp + fn(inScale * (x - inZp)) / outScale))));
  }
  return values.join(',');
}

/** LUT keys by activation and quantization: an LSTM's hundreds of activations repeat a few dozen of them. */
const lutKeys = new Map<string, string>();

/**
 * The LUT regor builds for an activation `kind` from `inT` to `outT`, of `bytes` bytes. Its values follow from
 * the two tensors' quantization (for sigmoid and tanh they are computed, so tables that come out equal share a
 * place, as in regor; other activations share one when their quantization is equal).
 */
export function lutTensor(ctx: Ctx, kind: string, inT: number, outT: number, bytes: number): ReadOnlyTensor {
  const byQuant = `lut:${kind}:${quantKey(ctx, inT)}:${quantKey(ctx, outT)}:${bytes}`;
  let key = lutKeys.get(byQuant);
  if (key === undefined) {
    const values = bytes === 256 ? lut8Values(ctx, kind, inT, outT) : undefined;
    key = values ? `lut8:${ctx.sg.tensors[inT]?.dtype}:${values}` : byQuant;
    if (lutKeys.size >= 4096) lutKeys.clear();
    lutKeys.set(byQuant, key);
  }
  return { key, bytes };
}

export function isConstant(ctx: Ctx, tensorIndex: number): boolean {
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

export function weightInfo(
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
      count,
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
export function refuseBeyondOpLimit(ctx: Ctx, op: Operator, more: number): void {
  if (ctx.ops.length + more > MAX_INTERNAL_OPS) {
    throw new PerfLimitError(
      `operator ${op.index} (${op.type}) takes the model past ${MAX_INTERNAL_OPS} internal operations; its shapes are too large to estimate`,
    );
  }
}

export function push(
  ctx: Ctx,
  op: Operator,
  type: string,
  hw: HwOp,
  ifm: FmRef,
  ofm: FmRef,
  extra: Partial<InternalOp> = {},
): InternalOp {
  const iop = internalOp(ctx, op, type, hw, ifm, ofm, extra);
  refuseBeyondOpLimit(ctx, op, 1);
  ctx.ops.push(iop);
  return iop;
}

/**
 * An internal operation of `op` with the defaults (unit kernel, no activation, scaled, no upscale), its maps checked,
 * not yet added to the operations (see push).
 */
export function internalOp(
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
  return iop;
}

/**
 * regor's ResetKernelAttributes: a stride over an output one element long, or a dilation of a kernel one element
 * long, has no effect and is set to 1 (the block search then sizes the input it reads without it).
 */
export function resetKernel(kernel: Kernel, ofmShape: readonly number[] | undefined): void {
  const dims = ofmShape ?? [];
  const h = dims.length >= 3 ? dims[dims.length - 3] : 1;
  const w = dims.length >= 2 ? dims[dims.length - 2] : 1;
  if (w === 1) kernel.strideX = 1;
  if (h === 1) kernel.strideY = 1;
  if (kernel.w === 1) kernel.dilationX = 1;
  if (kernel.h === 1) kernel.dilationY = 1;
}

/**
 * A constant integer tensor's values: int32, or with `wide` int64 too (read by their low 32 bits); undefined
 * when the tensor is not constant or of another type.
 */
export function constantInts(ctx: Ctx, tensorIndex: number, wide = false): number[] | undefined {
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
 * The OFM block of the block config an operation's 1x1, stride-1 version gets on the target: regor's
 * NewOfmBlockShape, by which U85 splits the output of a convolution it must decompose (a stride above 3) before
 * splitting it per kernel element. Given by the estimator, which knows the target; lowering without it keeps
 * the output whole.
 */
export type OfmBlockOf = (q: { hw: HwOp; type: string; ifm: Shape3; ofm: Shape3; ifmBits: number }) => Shape3;

/** LUT bytes: 256 for 8-bit; int16 uses a 2 KiB LUT16, except U55/U65's native sigmoid and tanh. */
export const lutBytesFor = (bits: number, type = '', family: NpuFamily = 'u55'): number =>
  bits === 16 ? (family !== 'u85' && (type === 'LOGISTIC' || type === 'TANH') ? 0 : 2048) : 256;

export const elementsOfShape = (s: Shape3): number => s.h * s.w * s.c;

const validShape = (s: Shape3): boolean => s.h >= 1 && s.w >= 1 && s.c >= 1 && Number.isFinite(s.h * s.w * s.c);

/**
 * A constant operand of the given shape (Vela's CreateConstTensor), in read-only memory: `content` names its
 * values (see constantContent; constants of equal content share a place).
 */
export function constantFm(ctx: Ctx, key: string, shape: Shape3, bits: number, content?: string): FmRef {
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
    storage: {
      key: content ?? `${ctx.sg.index}:${key}`,
      bytes: Math.ceil((shape.h * shape.w * shape.c * bits) / 8),
    },
  };
  return { buffer, shape, bits };
}

/** A constant scalar operand of the given value (a number, or a description of one computed from the model). */
export const scalarFm = (ctx: Ctx, key: string, bits: number, value?: number | string): FmRef =>
  constantFm(ctx, key, UNIT_SHAPE, bits, value === undefined ? undefined : constantContent(bits, String(value)));

const UNIT_SHAPE: Shape3 = { h: 1, w: 1, c: 1 };

/**
 * The axes before H x W x C multiplied: the batch of a rank-4 tensor, and the extra leading axes of a rank-5 one
 * (regor decomposes an operation over every leading axis that is not 1). 1 for rank 3 or less.
 */
export function batchOf(ctx: Ctx, tensorIndex: number): number {
  const dims = ctx.sg.tensors[tensorIndex]?.shape ?? [];
  let batch = 1;
  for (let i = 0; i < dims.length - 3; i++) batch *= dims[i];
  return batch;
}

export function sameQuantization(ctx: Ctx, a: number, b: number): boolean {
  const qa = ctx.sg.tensors[a]?.quantization;
  const qb = ctx.sg.tensors[b]?.quantization;
  if (!qa || !qb) return !qa && !qb;
  const eq = (x: number[], y: number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return eq(qa.scale, qb.scale) && eq(qa.zeroPoint, qb.zeroPoint);
}

export const sameShape = (a: Shape3, b: Shape3): boolean => a.h === b.h && a.w === b.w && a.c === b.c;

/** The one value (dequantized) of a constant 8-bit tensor whose raw values are all equal, else undefined. */
export function uniformConstant(ctx: Ctx, tensorIndex: number): number | undefined {
  const t = ctx.sg.tensors[tensorIndex];
  const data = t ? ctx.model.buffers[t.buffer]?.data : undefined;
  if (!t || !data || data.length === 0 || (t.dtype !== 'int8' && t.dtype !== 'uint8')) return undefined;
  for (let i = 1; i < data.length; i++) if (data[i] !== data[0]) return undefined;
  const raw = t.dtype === 'int8' ? (data[0] << 24) >> 24 : data[0];
  return (raw - (t.quantization?.zeroPoint?.[0] ?? 0)) * (t.quantization?.scale?.[0] ?? 1);
}

/** Largest real value of a constant quantized tensor (Infinity when it cannot be read). */
export function maxConstantValue(ctx: Ctx, tensorIndex: number): number {
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

/** TFLite operators lowered to a copy of part of their input (a slice of it). */
export const SLICING = new Set(['SLICE', 'STRIDED_SLICE', 'SPLIT', 'SPLIT_V', 'UNPACK']);

/** Marks operations that belong to no TFLite operator (Vela inserts them at the graph boundary). */
export const GRAPH_BOUNDARY = -1;

/** The buffer a CPU operator reads for a tensor: a reshape's copy of it when one was inserted after it. */
export function cpuReadBuffer(
  model: Model,
  sg: Subgraph,
  graph: LoweredGraph,
  tensorIndex: number,
): Buffer | undefined {
  return graph.copiedFor?.get(tensorIndex) ?? cpuBuffer(model, sg, graph, tensorIndex);
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
