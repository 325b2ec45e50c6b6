// How Vela's compiler sees one TFLite operator before its placement check: every input and output
// tagged with its role (IFM, weights, bias, parameter...), shapes after the dynamic-dimension fix,
// quantization as Vela keeps it, and the kernel geometry. The placement rules read only this view.
import type { DType, Model, Operator, Subgraph, Tensor } from '../graph/types.js';
import { PADDING_SAME } from '../graph/types.js';

/** The role of an operator connection, as Vela's graph names them. */
export type Role = 'ifm' | 'ofm' | 'weights' | 'scales' | 'params' | 'state' | 'scratch';

export interface Connection {
  role: Role;
  /** Position among the connections of the same role (ifm 0, ifm 1...). */
  slot: number;
  tensor: Tensor;
  /** Shape after the signature and dynamic-batch fix; null when the tensor has no shape at all. */
  shape: number[] | null;
  dtype: DType;
  /** Scales and zero points; both empty when the tensor is not quantized as Vela reads it. */
  scales: number[];
  zeroPoints: number[];
  /** The quantized axis (0 when not quantized). */
  quantDim: number;
  /** True when the tensor holds data in the file. */
  constant: boolean;
  data?: Uint8Array;
}

export interface Kernel {
  width: number;
  height: number;
  strideW: number;
  strideH: number;
  dilationW: number;
  dilationH: number;
  /** True when the kernel needs no padding (VALID, or SAME that happens to pad nothing). */
  paddingZero: boolean;
}

export interface OpView {
  /** The TFLite operator type, or the activation type for an unfused activation. */
  type: string;
  op: Operator;
  inputs: Connection[];
  outputs: Connection[];
  /** Inputs then outputs. */
  connections: Connection[];
  kernel?: Kernel;
  options: Record<string, unknown>;
}

/** Input roles per operator type, in TFLite input order; inputs beyond the list are further IFMs. */
const parseRoles = (...roles: string[]): [Role, number][] =>
  roles.map((r) => [r.replace(/\d+$/, '') as Role, Number(/\d+$/.exec(r)?.[0] ?? 0)]);
const BINARY = parseRoles('ifm0', 'ifm1');
const UNARY = parseRoles('ifm0');
const WITH_PARAM = parseRoles('ifm0', 'params0');
const CONV = parseRoles('ifm0', 'weights0', 'scales0');

const INPUT_ROLES: Record<string, [Role, number][]> = {
  ADD: BINARY,
  SUB: BINARY,
  MUL: BINARY,
  DIV: BINARY,
  SQUARED_DIFFERENCE: BINARY,
  EQUAL: BINARY,
  NOT_EQUAL: BINARY,
  GREATER: BINARY,
  GREATER_EQUAL: BINARY,
  LESS: BINARY,
  LESS_EQUAL: BINARY,
  LOGICAL_AND: BINARY,
  LOGICAL_OR: BINARY,
  LOGICAL_NOT: BINARY,
  BATCH_MATMUL: BINARY,
  GATHER: BINARY,
  GATHER_ND: BINARY,
  FLOOR_DIV: BINARY,
  FLOOR_MOD: BINARY,
  POW: BINARY,
  CONV_2D: CONV,
  DEPTHWISE_CONV_2D: CONV,
  FULLY_CONNECTED: CONV,
  TRANSPOSE_CONV: parseRoles('params0', 'weights0', 'ifm0', 'scales0'),
  ARG_MAX: WITH_PARAM,
  ARG_MIN: WITH_PARAM,
  MEAN: WITH_PARAM,
  SUM: WITH_PARAM,
  REDUCE_MAX: WITH_PARAM,
  REDUCE_MIN: WITH_PARAM,
  REDUCE_ANY: WITH_PARAM,
  REDUCE_ALL: WITH_PARAM,
  REDUCE_PROD: WITH_PARAM,
  PAD: WITH_PARAM,
  MIRROR_PAD: WITH_PARAM,
  PRELU: WITH_PARAM,
  RESHAPE: WITH_PARAM,
  RESIZE_BILINEAR: WITH_PARAM,
  RESIZE_NEAREST_NEIGHBOR: WITH_PARAM,
  REVERSE_V2: WITH_PARAM,
  TILE: WITH_PARAM,
  TRANSPOSE: WITH_PARAM,
  PADV2: parseRoles('ifm0', 'params0', 'params1'),
  SLICE: parseRoles('ifm0', 'params0', 'params1'),
  SPLIT_V: parseRoles('ifm0', 'params0', 'params1'),
  STRIDED_SLICE: parseRoles('ifm0', 'params0', 'params1', 'params2'),
  SPACE_TO_BATCH_ND: parseRoles('ifm0', 'params0', 'params1'),
  BATCH_TO_SPACE_ND: parseRoles('ifm0', 'params0', 'params1'),
  SPLIT: parseRoles('params0', 'ifm0'),
  SELECT: parseRoles('ifm0', 'ifm1', 'ifm2'),
  SELECT_V2: parseRoles('ifm0', 'ifm1', 'ifm2'),
  SCATTER_ND: parseRoles('ifm0', 'ifm1', 'params0'),
  UNIDIRECTIONAL_SEQUENCE_LSTM: parseRoles(
    'ifm0',
    ...Array.from({ length: 11 }, (_, i) => `weights${i}`),
    'scales0',
    'scales1',
    'scales2',
    'scales3',
    'weights11',
    'scales4',
    'state0',
    'state1',
    'scales5',
    'scales6',
    'scales7',
    'scales8',
  ),
};
// Variadic operators (all inputs are IFMs) and single-input operators need no entry.
for (const t of [
  'AVERAGE_POOL_2D',
  'MAX_POOL_2D',
  'LOGISTIC',
  'RELU',
  'RELU6',
  'RELU_N1_TO_1',
  'RELU_0_TO_1',
  'TANH',
  'SOFTMAX',
  'EXP',
  'LOG',
  'RSQRT',
  'ABS',
  'NEG',
  'HARD_SWISH',
  'LEAKY_RELU',
  'QUANTIZE',
  'DEQUANTIZE',
  'CAST',
  'SQUEEZE',
  'EXPAND_DIMS',
  'UNPACK',
  'PACK',
])
  INPUT_ROLES[t] ??= UNARY;

export function inputRoles(type: string): [Role, number][] {
  return INPUT_ROLES[type] ?? [];
}

const DTYPE_BYTES: Partial<Record<DType, number>> = {
  float32: 4,
  float16: 2,
  int32: 4,
  uint8: 1,
  int64: 8,
  bool: 1,
  int16: 2,
  complex64: 8,
  int8: 1,
  float64: 8,
  complex128: 16,
  uint64: 8,
  uint32: 4,
  uint16: 2,
  int4: 1,
  bfloat16: 2,
};

export function tensorData(model: Model, t: Tensor): Uint8Array | undefined {
  const b = model.buffers[t.buffer];
  return b?.data && b.data.length > 0 ? b.data : undefined;
}

/** Bytes the tensor's buffer holds, known without reading them (a large model's weights are read on demand). */
function bufferSize(model: Model, t: Tensor): number {
  return model.buffers[t.buffer]?.size ?? 0;
}

/** The shape Vela works with: the signature wins, -1 in axis 0 becomes 1, a shapeless constant becomes 1-D. */
export function velaShape(model: Model, t: Tensor): number[] | null {
  let shape: number[] = t.shape;
  if (t.shapeSignature && t.shapeSignature.length) {
    shape = [...t.shapeSignature];
    if (shape[0] === -1) shape[0] = 1;
  }
  if (shape.length === 0) {
    const size = bufferSize(model, t);
    if (!size) return null;
    return [Math.floor(size / (DTYPE_BYTES[t.dtype] ?? 1))];
  }
  return shape;
}

function connect(model: Model, t: Tensor, role: Role, slot: number): Connection {
  const q = t.quantization;
  const quantized = !!q && q.scale.length > 0 && q.zeroPoint.length > 0;
  const constant = !t.isVariable && bufferSize(model, t) > 0;
  return {
    role,
    slot,
    tensor: t,
    shape: velaShape(model, t),
    dtype: t.dtype,
    scales: quantized ? q.scale : [],
    zeroPoints: quantized ? q.zeroPoint : [],
    quantDim: quantized ? q.quantizedDimension : 0,
    constant,
    // Read when a check needs the values, not kept: views live as long as the model, weights need not.
    get data() {
      return constant ? tensorData(model, t) : undefined;
    },
  };
}

/** Total padding SAME needs along one axis (TensorFlow's rule). */
export function neededPadding(input: number, stride: number, filter: number): number {
  const out = Math.ceil(input / stride);
  return Math.max(0, (out - 1) * stride + filter - input);
}

const num = (v: unknown, dflt: number): number => (typeof v === 'number' ? v : dflt);

function kernelOf(view: OpView): Kernel | undefined {
  const o = view.options;
  const ifm = view.inputs.find((c) => c.role === 'ifm' && c.slot === 0);
  const w = view.inputs.find((c) => c.role === 'weights' && c.slot === 0);
  let width: number;
  let height: number;
  let dilationW = 1;
  let dilationH = 1;
  switch (view.type) {
    case 'CONV_2D':
    case 'DEPTHWISE_CONV_2D':
    case 'TRANSPOSE_CONV': {
      if (!w?.shape) return undefined;
      const s = w.shape.length >= 4 ? w.shape : [...Array(4 - w.shape.length).fill(1), ...w.shape];
      width = s[s.length - 2];
      height = s[s.length - 3];
      if (view.type !== 'TRANSPOSE_CONV') {
        dilationW = num(o.dilationWFactor, 1);
        dilationH = num(o.dilationHFactor, 1);
      }
      break;
    }
    case 'AVERAGE_POOL_2D':
    case 'MAX_POOL_2D':
      width = num(o.filterWidth, 1);
      height = num(o.filterHeight, 1);
      break;
    default:
      return undefined;
  }
  const strideW = num(o.strideW, 1);
  const strideH = num(o.strideH, 1);
  let paddingZero = true;
  if (view.type !== 'TRANSPOSE_CONV' && o.padding === PADDING_SAME && ifm?.shape && ifm.shape.length >= 2) {
    const s = ifm.shape;
    const xpad = neededPadding(s[s.length - 2], strideW, dilationW * (width - 1) + 1);
    const ypad = s.length >= 3 ? neededPadding(s[s.length - 3], strideH, dilationH * (height - 1) + 1) : 0;
    paddingZero = xpad === 0 && ypad === 0;
  }
  return { width, height, strideW, strideH, dilationW, dilationH, paddingZero };
}

/** Builds the view of a TFLite operator as Vela's reader connects it. */
export function viewOperator(model: Model, sg: Subgraph, op: Operator): OpView {
  const roles = inputRoles(op.type);
  const inputs: Connection[] = [];
  let ifmCount = 0;
  op.inputs.forEach((ti, i) => {
    const t = ti >= 0 ? sg.tensors[ti] : undefined;
    // Listed roles keep their position even when omitted (-1); extra inputs are further IFMs.
    const listed = i < roles.length;
    if (!listed && !t) return;
    const [role, slot] = listed ? roles[i] : (['ifm', ifmCount] as [Role, number]);
    if (role === 'ifm') ifmCount++;
    if (t) inputs.push(connect(model, t, role, slot));
  });
  op.intermediates.forEach((ti, i) => {
    const t = sg.tensors[ti];
    if (t) inputs.push(connect(model, t, 'scratch', i));
  });
  const outputs: Connection[] = [];
  op.outputs.forEach((ti, i) => {
    const t = sg.tensors[ti];
    if (t) outputs.push(connect(model, t, 'ofm', i));
  });
  inferOfmShape(op.type, inputs, outputs);
  const view: OpView = {
    type: op.type,
    op,
    inputs,
    outputs,
    connections: [...inputs, ...outputs],
    options: op.options ?? {},
  };
  if (op.type === 'FULLY_CONNECTED') reshapeFcWeights(view);
  view.kernel = kernelOf(view);
  return view;
}

const UNARY_ELEMENTWISE = new Set(['ABS', 'LEAKY_RELU', 'LOGICAL_NOT', 'NEG', 'QUANTIZE']);
const BINARY_ELEMENTWISE = new Set([
  'ADD',
  'SUB',
  'MUL',
  'MINIMUM',
  'MAXIMUM',
  'DIV',
  'LOGICAL_AND',
  'LOGICAL_OR',
  'EQUAL',
  'GREATER',
  'GREATER_EQUAL',
  'NOT_EQUAL',
]);

/** Vela fills in a missing OFM shape for elementwise operators from their inputs. */
function inferOfmShape(type: string, inputs: Connection[], outputs: Connection[]): void {
  const ofm = outputs[0];
  if (!ofm || ofm.shape) return;
  const a = inputs.find((c) => c.role === 'ifm' && c.slot === 0);
  const b = inputs.find((c) => c.role === 'ifm' && c.slot === 1);
  if (UNARY_ELEMENTWISE.has(type) && a?.shape) ofm.shape = [...a.shape];
  else if (BINARY_ELEMENTWISE.has(type) && a?.shape && b?.shape) {
    const n = Math.max(a.shape.length, b.shape.length);
    const pa = [...Array(n - a.shape.length).fill(1), ...a.shape];
    const pb = [...Array(n - b.shape.length).fill(1), ...b.shape];
    ofm.shape = pa.map((d, i) => Math.max(d, pb[i]));
  }
}

/** Vela reshapes fully-connected weights (O, ..., I) to (O, 1, 1, I) when the middle axes are all 1. */
function reshapeFcWeights(view: OpView): void {
  const w = view.inputs.find((c) => c.role === 'weights' && c.slot === 0);
  if (!w?.shape || w.shape.length < 2) return;
  const elems = w.shape.reduce((a, d) => a * d, 1);
  if (elems === w.shape[0] * w.shape[w.shape.length - 1]) w.shape = [w.shape[0], 1, 1, w.shape[w.shape.length - 1]];
}

/** A tensor's name for messages; TFLite allows empty names. */
export const tensorName = (c: Connection): string => (c.tensor.name ? `'${c.tensor.name}'` : `#${c.tensor.index}`);

export const isIfm = (c: Connection) => c.role === 'ifm';
export const isOfm = (c: Connection) => c.role === 'ofm';

export function input(view: OpView, role: Role, slot = 0): Connection | undefined {
  return view.inputs.find((c) => c.role === role && c.slot === slot);
}

export function ofm(view: OpView): Connection | undefined {
  return view.outputs.find((c) => c.slot === 0);
}

/** Integer values of a constant tensor (little-endian), or [] when it holds none. */
export function intValues(c: Connection | undefined): number[] {
  const d = c?.data;
  if (!d) return [];
  const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
  const out: number[] = [];
  switch (c?.dtype) {
    case 'int8':
      for (let i = 0; i < d.length; i++) out.push(dv.getInt8(i));
      break;
    case 'uint8':
    case 'bool':
      for (let i = 0; i < d.length; i++) out.push(d[i]);
      break;
    case 'int16':
      for (let i = 0; i + 2 <= d.length; i += 2) out.push(dv.getInt16(i, true));
      break;
    case 'uint16':
      for (let i = 0; i + 2 <= d.length; i += 2) out.push(dv.getUint16(i, true));
      break;
    case 'int32':
      for (let i = 0; i + 4 <= d.length; i += 4) out.push(dv.getInt32(i, true));
      break;
    case 'uint32':
      for (let i = 0; i + 4 <= d.length; i += 4) out.push(dv.getUint32(i, true));
      break;
    case 'int64':
      for (let i = 0; i + 8 <= d.length; i += 8) out.push(Number(dv.getBigInt64(i, true)));
      break;
    default:
      break;
  }
  return out;
}

/** Bits per element as Vela counts them (bool is 8-bit). */
export function dtypeBits(dtype: DType): number {
  return (DTYPE_BYTES[dtype] ?? 0) * 8;
}

/** Pads a shape on the left with `value` to at least `rank` axes. */
export function padShape(shape: readonly number[], rank: number, value = 1): number[] {
  return shape.length >= rank ? [...shape] : [...Array(rank - shape.length).fill(value), ...shape];
}

const largestScale = new WeakMap<readonly number[], number>();

/** The largest |scale| of a scale list (NaN when one is not a number), cached: per-channel lists can be long. */
export function maxAbsScale(scales: readonly number[]): number {
  let m = largestScale.get(scales);
  if (m === undefined) {
    m = 0;
    for (const s of scales) m = Number.isNaN(s) ? NaN : Math.max(m, Math.abs(s));
    largestScale.set(scales, m);
  }
  return m;
}

export const elements = (shape: readonly number[]): number => shape.reduce((a, d) => a * d, 1);
