// Synthetic TFLite models for tests and examples: a small fluent API over the graph IR, written through writeModel.
//
//   const mb = new ModelBuilder({ quant: 'int8', seed: 7 });
//   const x = mb.input([1, 49, 10, 1]);
//   const c = mb.conv2d(x, { filters: 8, kernel: [10, 4], stride: 2, padding: 'same', activation: 'relu' });
//   const d = mb.depthwiseConv2d(c, { kernel: 3, stride: 4, padding: 'valid' });   // a stride-4 boundary case
//   const p = mb.avgPool2d(d, { filter: [d.shape[1], d.shape[2]], padding: 'valid' });
//   const f = mb.fullyConnected(mb.reshape(p, [1, -1]), { units: 12 });
//   mb.output(mb.softmax(f));
//   const bytes = mb.build();          // a .tflite file (Uint8Array); mb.toModel() gives the IR
//
// Types follow the model's `quant` scheme: 'int8' (int8 activations, int8 per-channel conv weights, int32 bias),
// 'int16x8' (int16 activations with zero point 0, int8 weights, int64 bias), 'uint8' (legacy asymmetric, per-tensor)
// or 'float32'. An op's output takes its input's type, so QUANTIZE / DEQUANTIZE switch parts of a graph between
// float and quantized. Quantization parameters obey the TFLite runtime's rules (bias scale = input scale × weight
// scale; fixed output scales for SOFTMAX, LOGISTIC, TANH; data-movement ops keep their input's parameters), so
// built models load and run in the TFLite interpreter. Weights are deterministic (seeded) unless given.
// Helpers: conv2d, depthwiseConv2d, transposeConv, fullyConnected, avgPool2d, maxPool2d, add, sub, mul, elementwise
// (any binary op; comparisons give bool), select, softmax, logistic, tanh, leakyRelu, unary, reshape, pad,
// concatenation, mean, resize, transpose, stridedSlice, slice, split, quantize, dequantize, constant, input, output.
// The escape hatch `tensor()` + `op()` adds any tensor and any operator with arbitrary options.
import type { DType, Model, Operator, Options, Quantization, Subgraph, Tensor, Buffer } from '../graph/types.js';
import { computeMacs } from '../graph/macs.js';
import { BuiltinOperator } from './generated/tflite/builtin-operator.js';
import { writeModel, type WriteOptions } from './write.js';

export type QuantScheme = 'int8' | 'int16x8' | 'uint8' | 'float32';
export type Padding = 'same' | 'valid';
export type Activation = 'none' | 'relu' | 'relu_n1_to_1' | 'relu6' | 'tanh';
/** A single value for both axes, or [height, width]. */
export type Pair = number | readonly [number, number];

/** Quantization of one tensor: per-tensor when the arrays have one entry. */
export interface QuantParams {
  scale: number | readonly number[];
  zeroPoint?: number | readonly number[];
  quantizedDimension?: number;
}

/** A tensor of the model being built. */
export interface TensorRef {
  readonly index: number;
  readonly shape: readonly number[];
  readonly dtype: DType;
  readonly quantization?: Quantization;
}

interface OutputOpts {
  /** Quantization of the op's output (default: chosen from the inputs, or fixed by the runtime's rules). */
  out?: QuantParams;
  /** Output tensor name (default: `<op>_<n>`). */
  name?: string;
  /** Operator version in the operator code (default 1). */
  version?: number;
}

interface FusedOpts extends OutputOpts {
  activation?: Activation;
}

/** Weight values: quantized integers (or floats for float models), in the tensor's storage order, or a generator. */
export type Values = ArrayLike<number> | ((i: number) => number);

interface WeightOpts {
  /** Default: seeded values filling the type's range. */
  weights?: Values;
  /** Per-output-channel (or single) weight scale for quantized models; default 0.02 with a small per-channel spread. */
  weightScale?: number | readonly number[];
  /** Per-tensor weight quantization even for convolutions (default: per-channel for CONV_2D and DEPTHWISE_CONV_2D). */
  perTensor?: boolean;
  /** `false` omits the bias input (-1); values are quantized integers for quantized models. */
  bias?: Values | false;
}

export interface Conv2DOpts extends FusedOpts, WeightOpts {
  filters: number;
  kernel: Pair;
  stride?: Pair;
  padding?: Padding;
  dilation?: Pair;
}

export interface DepthwiseOpts extends FusedOpts, WeightOpts {
  kernel: Pair;
  multiplier?: number;
  stride?: Pair;
  padding?: Padding;
  dilation?: Pair;
}

export interface FullyConnectedOpts extends FusedOpts, WeightOpts {
  units: number;
  keepNumDims?: boolean;
}

export interface TransposeConvOpts extends FusedOpts, WeightOpts {
  filters: number;
  kernel: Pair;
  stride?: Pair;
  padding?: Padding;
}

export interface StridedSliceOpts extends OutputOpts {
  beginMask?: number;
  endMask?: number;
  shrinkAxisMask?: number;
}

export interface PoolOpts extends FusedOpts {
  filter: Pair;
  stride?: Pair;
  padding?: Padding;
}

export interface ModelBuilderOpts {
  quant?: QuantScheme;
  /** Seed of the deterministic weight generator. */
  seed?: number;
  description?: string;
  /** Scale and zero point given to inputs unless `input()` says otherwise. */
  inputQuant?: QuantParams;
}

const ACTIVATION_CODE: Record<Activation, number> = { none: 0, relu: 1, relu_n1_to_1: 2, relu6: 3, tanh: 4 };
const PADDING_CODE: Record<Padding, number> = { same: 0, valid: 1 };

/** The options table each builtin usually carries, so `op()` can be called without naming it. */
const OPTIONS_TYPE: Record<string, string> = {
  CONV_2D: 'Conv2DOptions',
  DEPTHWISE_CONV_2D: 'DepthwiseConv2DOptions',
  FULLY_CONNECTED: 'FullyConnectedOptions',
  AVERAGE_POOL_2D: 'Pool2DOptions',
  MAX_POOL_2D: 'Pool2DOptions',
  L2_POOL_2D: 'Pool2DOptions',
  ADD: 'AddOptions',
  SUB: 'SubOptions',
  MUL: 'MulOptions',
  DIV: 'DivOptions',
  SOFTMAX: 'SoftmaxOptions',
  RESHAPE: 'ReshapeOptions',
  PAD: 'PadOptions',
  PADV2: 'PadV2Options',
  CONCATENATION: 'ConcatenationOptions',
  MEAN: 'ReducerOptions',
  SUM: 'ReducerOptions',
  REDUCE_MAX: 'ReducerOptions',
  REDUCE_MIN: 'ReducerOptions',
  RESIZE_BILINEAR: 'ResizeBilinearOptions',
  RESIZE_NEAREST_NEIGHBOR: 'ResizeNearestNeighborOptions',
  TRANSPOSE: 'TransposeOptions',
  QUANTIZE: 'QuantizeOptions',
  DEQUANTIZE: 'DequantizeOptions',
  EQUAL: 'EqualOptions',
  NOT_EQUAL: 'NotEqualOptions',
  SELECT: 'SelectOptions',
  SELECT_V2: 'SelectV2Options',
  LEAKY_RELU: 'LeakyReluOptions',
  SQUEEZE: 'SqueezeOptions',
  STRIDED_SLICE: 'StridedSliceOptions',
  SLICE: 'SliceOptions',
  TRANSPOSE_CONV: 'TransposeConvOptions',
  SPLIT: 'SplitOptions',
  MAXIMUM: 'MaximumMinimumOptions',
  MINIMUM: 'MaximumMinimumOptions',
};

/** Bytes per element of the types the builder can fill with data. */
const ELEMENT_BYTES: Partial<Record<DType, number>> = {
  float32: 4,
  int32: 4,
  int64: 8,
  int16: 2,
  int8: 1,
  uint8: 1,
  bool: 1,
};

const pair = (p: Pair | undefined, dflt: number): [number, number] =>
  p === undefined ? [dflt, dflt] : typeof p === 'number' ? [p, p] : [p[0], p[1]];

const list = (v: number | readonly number[]): number[] => (typeof v === 'number' ? [v] : [...v]);

const product = (dims: readonly number[]): number => dims.reduce((a, d) => a * d, 1);

/** Output extent of a windowed op along one axis, as TFLite computes it. */
export function windowOutput(size: number, kernel: number, stride: number, dilation: number, padding: Padding): number {
  const effective = (kernel - 1) * dilation + 1;
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - effective) / stride) + 1;
}

/** Shape of elementwise broadcasting (numpy rules); throws on incompatible shapes. */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) throw new Error(`cannot broadcast [${a}] with [${b}]`);
    out.push(x === 1 ? y : x);
  }
  return out;
}

// Module-level aliases: weight generation calls these millions of times, and a global lookup per call is slow
// where code runs in a vm context (jest).
const { imul, floor } = Math;

/** Output shape of STRIDED_SLICE as TFLite computes it (begin/end masks, negative indices and strides, shrink). */
export function stridedSliceShape(
  shape: readonly number[],
  begin: readonly number[],
  end: readonly number[],
  strides: readonly number[],
  masks: { beginMask?: number; endMask?: number; shrinkAxisMask?: number } = {},
): number[] {
  const out: number[] = [];
  shape.forEach((dim, i) => {
    const stride = strides[i] ?? 1;
    const clamp = (v: number) => (stride > 0 ? Math.min(Math.max(v, 0), dim) : Math.min(Math.max(v, -1), dim - 1));
    const index = (v: number) => clamp(v < 0 ? v + dim : v);
    const b = (masks.beginMask ?? 0) & (1 << i) ? (stride > 0 ? 0 : dim - 1) : index(begin[i] ?? 0);
    const e = (masks.endMask ?? 0) & (1 << i) ? (stride > 0 ? dim : -1) : index(end[i] ?? dim);
    if ((masks.shrinkAxisMask ?? 0) & (1 << i)) return;
    out.push(Math.max(0, Math.ceil((e - b) / stride)));
  });
  return out;
}

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG, so weights are the same on every run and platform. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class ModelBuilder {
  readonly quant: QuantScheme;
  private readonly seed: number;
  private readonly description: string;
  private readonly inputQuant?: QuantParams;
  private readonly tensors: Tensor[] = [];
  private readonly buffers: Buffer[] = [{ index: 0, size: 0 }];
  private readonly operators: Operator[] = [];
  private readonly opcodes: Model['operatorCodes'] = [];
  private readonly inputs: number[] = [];
  private readonly outputs: number[] = [];
  private weightCount = 0;

  constructor(opts: ModelBuilderOpts = {}) {
    this.quant = opts.quant ?? 'int8';
    this.seed = opts.seed ?? 1;
    this.description = opts.description ?? 'ethos-gate synthetic model';
    this.inputQuant = opts.inputQuant;
  }

  // ---- tensors ----------------------------------------------------------------------------------------------------

  /** The activation type of the model's quantization scheme. */
  get activationType(): DType {
    return { int8: 'int8', int16x8: 'int16', uint8: 'uint8', float32: 'float32' }[this.quant] as DType;
  }

  /** Default quantization for an activation tensor of `dtype`. */
  defaultQuant(dtype: DType): QuantParams | undefined {
    switch (dtype) {
      case 'int8':
        return { scale: 1 / 64, zeroPoint: 0 };
      case 'uint8':
        return { scale: 1 / 64, zeroPoint: 128 };
      case 'int16':
        // Not a power of two: the runtime's int16 ADD/SUB take a restricted path when every scale is one.
        return { scale: 1 / 3000, zeroPoint: 0 };
      default:
        return undefined;
    }
  }

  /** Adds any tensor: a constant when `data` is given (raw bytes, or values converted to `dtype`). */
  tensor(spec: {
    shape: readonly number[];
    dtype: DType;
    quant?: QuantParams;
    data?: Uint8Array | Values;
    name?: string;
    isVariable?: boolean;
    shapeSignature?: readonly number[];
  }): TensorRef {
    const index = this.tensors.length;
    let buffer = 0;
    if (spec.data !== undefined) {
      buffer = this.buffers.length;
      const bytes = spec.data instanceof Uint8Array ? spec.data : encode(spec.dtype, product(spec.shape), spec.data);
      this.buffers.push({ index: buffer, data: bytes, size: bytes.length });
    }
    const t: Tensor = {
      index,
      name: spec.name ?? `t${index}`,
      shape: [...spec.shape],
      ...(spec.shapeSignature ? { shapeSignature: [...spec.shapeSignature] } : {}),
      dtype: spec.dtype,
      buffer,
      quantization: spec.quant ? toQuantization(spec.quant) : undefined,
      isVariable: spec.isVariable ?? false,
      hasSparsity: false,
    };
    this.tensors.push(t);
    return t;
  }

  /** A model input of the scheme's activation type (or `dtype`). */
  input(shape: readonly number[], opts: { dtype?: DType; quant?: QuantParams; name?: string } = {}): TensorRef {
    const dtype = opts.dtype ?? this.activationType;
    const quant =
      opts.quant ?? (dtype === this.activationType ? this.inputQuant : undefined) ?? this.defaultQuant(dtype);
    const t = this.tensor({ shape, dtype, quant, name: opts.name ?? `input_${this.inputs.length}` });
    this.inputs.push(t.index);
    return t;
  }

  /** A constant tensor. */
  constant(shape: readonly number[], dtype: DType, values: Values, opts: { quant?: QuantParams; name?: string } = {}) {
    return this.tensor({ shape, dtype, data: values, quant: opts.quant, name: opts.name });
  }

  /** Marks tensors as model outputs. */
  output(...tensors: TensorRef[]): this {
    for (const t of tensors) this.outputs.push(t.index);
    return this;
  }

  // ---- the escape hatch -------------------------------------------------------------------------------------------

  /**
   * Adds any operator. `inputs` may hold null for an omitted optional input. `optionsType` defaults to the usual
   * options table of the builtin (see OPTIONS_TYPE); `options` uses the generated camelCase field names.
   */
  op(
    type: string,
    inputs: readonly (TensorRef | null)[],
    outputs: readonly TensorRef[],
    opts: {
      optionsType?: string | null;
      options?: Options;
      customCode?: string;
      customOptions?: Uint8Array;
      version?: number;
    } = {},
  ): this {
    const builtinCode = (BuiltinOperator as unknown as Record<string, number | undefined>)[type];
    if (builtinCode === undefined) throw new Error(`ModelBuilder: unknown builtin operator ${type}`);
    const version = opts.version ?? 1;
    let opcodeIndex = this.opcodes.findIndex(
      (c) => c.builtinCode === builtinCode && c.version === version && c.customCode === opts.customCode,
    );
    if (opcodeIndex < 0) {
      opcodeIndex = this.opcodes.length;
      this.opcodes.push({
        type,
        builtinCode,
        version,
        ...(opts.customCode !== undefined ? { customCode: opts.customCode } : {}),
      });
    }
    const optionsType = opts.optionsType === undefined ? (OPTIONS_TYPE[type] ?? null) : opts.optionsType;
    this.operators.push({
      index: this.operators.length,
      opcodeIndex,
      type,
      ...(opts.customCode !== undefined ? { customCode: opts.customCode } : {}),
      inputs: inputs.map((t) => (t ? t.index : -1)),
      outputs: outputs.map((t) => t.index),
      intermediates: [],
      optionsType,
      options: optionsType ? (opts.options ?? {}) : null,
      options2Type: null,
      options2: null,
      ...(opts.customOptions ? { customOptions: opts.customOptions } : {}),
      macs: 0,
    });
    return this;
  }

  // ---- convolutions and fully connected -----------------------------------------------------------------------------

  conv2d(x: TensorRef, o: Conv2DOpts): TensorRef {
    const g = windowGeometry(x, o.kernel, o, 'same', 'CONV_2D');
    const weights = this.weightTensor(x, [o.filters, g.kh, g.kw, g.c], 0, o, 'CONV_2D');
    const bias = this.biasTensor(x, weights, o.filters, o);
    const y = this.derived(x, [g.n, g.oh, g.ow, o.filters], o, 'conv2d');
    this.op('CONV_2D', [x, weights, bias], [y], {
      version: o.version,
      options: { ...g.options, fusedActivationFunction: ACTIVATION_CODE[o.activation ?? 'none'] },
    });
    return y;
  }

  depthwiseConv2d(x: TensorRef, o: DepthwiseOpts): TensorRef {
    const g = windowGeometry(x, o.kernel, o, 'same', 'DEPTHWISE_CONV_2D');
    const multiplier = o.multiplier ?? 1;
    const channels = g.c * multiplier;
    const weights = this.weightTensor(x, [1, g.kh, g.kw, channels], 3, o, 'DEPTHWISE_CONV_2D');
    const bias = this.biasTensor(x, weights, channels, o);
    const y = this.derived(x, [g.n, g.oh, g.ow, channels], o, 'depthwise');
    this.op('DEPTHWISE_CONV_2D', [x, weights, bias], [y], {
      version: o.version,
      options: {
        ...g.options,
        depthMultiplier: multiplier,
        fusedActivationFunction: ACTIVATION_CODE[o.activation ?? 'none'],
      },
    });
    return y;
  }

  fullyConnected(x: TensorRef, o: FullyConnectedOpts): TensorRef {
    const depth = x.shape[x.shape.length - 1];
    // Per-tensor weights by default: per-channel FULLY_CONNECTED is recent in TFLite and older runtimes refuse it.
    const weights = this.weightTensor(
      x,
      [o.units, depth],
      0,
      { ...o, perTensor: o.perTensor ?? true },
      'FULLY_CONNECTED',
    );
    const bias = this.biasTensor(x, weights, o.units, o);
    const shape = o.keepNumDims ? [...x.shape.slice(0, -1), o.units] : [product(x.shape) / depth, o.units];
    const y = this.derived(x, shape, o, 'fc');
    this.op('FULLY_CONNECTED', [x, weights, bias], [y], {
      version: o.version,
      options: {
        fusedActivationFunction: ACTIVATION_CODE[o.activation ?? 'none'],
        keepNumDims: o.keepNumDims ?? false,
      },
    });
    return y;
  }

  /**
   * TRANSPOSE_CONV (inputs: output shape, weights [O, kh, kw, I], input, bias). Output: H x stride (SAME) or
   * (H - 1) x stride + kernel (VALID).
   */
  transposeConv(x: TensorRef, o: TransposeConvOpts): TensorRef {
    const [kh, kw] = pair(o.kernel, 1);
    const [sh, sw] = pair(o.stride, 1);
    const padding = o.padding ?? 'same';
    const [n, h, w, c] = nhwc(x, 'TRANSPOSE_CONV');
    const grow = (size: number, k: number, st: number) => (padding === 'same' ? size * st : (size - 1) * st + k);
    const shape = [n, grow(h, kh, sh), grow(w, kw, sw), o.filters];
    const outputShape = this.constant([4], 'int32', shape, { name: this.name('output_shape') });
    const weights = this.weightTensor(x, [o.filters, kh, kw, c], 0, o, 'TRANSPOSE_CONV');
    const bias = this.biasTensor(x, weights, o.filters, o);
    const y = this.derived(x, shape, o, 'transpose_conv');
    this.op('TRANSPOSE_CONV', bias ? [outputShape, weights, x, bias] : [outputShape, weights, x], [y], {
      version: o.version,
      options: {
        padding: PADDING_CODE[padding],
        strideW: sw,
        strideH: sh,
        fusedActivationFunction: ACTIVATION_CODE[o.activation ?? 'none'],
      },
    });
    return y;
  }

  // ---- pooling --------------------------------------------------------------------------------------------------------

  avgPool2d(x: TensorRef, o: PoolOpts): TensorRef {
    return this.pool('AVERAGE_POOL_2D', x, o);
  }

  maxPool2d(x: TensorRef, o: PoolOpts): TensorRef {
    return this.pool('MAX_POOL_2D', x, o);
  }

  private pool(type: string, x: TensorRef, o: PoolOpts): TensorRef {
    const g = windowGeometry(x, o.filter, { stride: o.stride, padding: o.padding }, 'valid', type);
    // The runtime requires pooling to keep its input's quantization.
    const y = this.derived(x, [g.n, g.oh, g.ow, g.c], o, type.toLowerCase());
    this.op(type, [x], [y], {
      version: o.version,
      options: {
        padding: g.options.padding,
        strideW: g.options.strideW,
        strideH: g.options.strideH,
        filterWidth: g.kw,
        filterHeight: g.kh,
        fusedActivationFunction: ACTIVATION_CODE[o.activation ?? 'none'],
      },
    });
    return y;
  }

  // ---- elementwise ----------------------------------------------------------------------------------------------------

  add(a: TensorRef, b: TensorRef, o: FusedOpts = {}): TensorRef {
    return this.binary('ADD', a, b, o, { fusedActivationFunction: ACTIVATION_CODE[o.activation ?? 'none'] });
  }

  sub(a: TensorRef, b: TensorRef, o: FusedOpts = {}): TensorRef {
    return this.binary('SUB', a, b, o, { fusedActivationFunction: ACTIVATION_CODE[o.activation ?? 'none'] });
  }

  mul(a: TensorRef, b: TensorRef, o: FusedOpts = {}): TensorRef {
    return this.binary('MUL', a, b, o, { fusedActivationFunction: ACTIVATION_CODE[o.activation ?? 'none'] });
  }

  /** Any two-input elementwise builtin (MAXIMUM, SQUARED_DIFFERENCE, ...); comparisons give a bool output. */
  elementwise(type: string, a: TensorRef, b: TensorRef, o: OutputOpts & { options?: Options } = {}): TensorRef {
    return this.binary(type, a, b, o, o.options ?? {});
  }

  private binary(type: string, a: TensorRef, b: TensorRef, o: OutputOpts, options: Options): TensorRef {
    const shape = broadcastShape(a.shape, b.shape);
    const comparison = ['EQUAL', 'NOT_EQUAL', 'GREATER', 'GREATER_EQUAL', 'LESS', 'LESS_EQUAL'].includes(type);
    let y: TensorRef;
    if (comparison) y = this.tensor({ shape, dtype: 'bool', name: o.name ?? this.name(type) });
    else {
      // Default output scale: wide enough for a sum of both inputs.
      const sa = a.quantization?.scale[0];
      const sb = b.quantization?.scale[0];
      const dflt = sa && sb ? { scale: 2 * Math.max(sa, sb), zeroPoint: a.quantization!.zeroPoint[0] } : undefined;
      y = this.tensor({ shape, dtype: a.dtype, quant: o.out ?? dflt, name: o.name ?? this.name(type) });
    }
    this.op(type, [a, b], [y], { version: o.version, options });
    return y;
  }

  /** SELECT_V2(condition, x, y) (SELECT when `v1`): picks from x where the bool condition holds. */
  select(cond: TensorRef, x: TensorRef, y: TensorRef, o: OutputOpts & { v1?: boolean } = {}): TensorRef {
    const shape = broadcastShape(broadcastShape(cond.shape, x.shape), y.shape);
    const out = this.derived(x, shape, o, 'select');
    this.op(o.v1 ? 'SELECT' : 'SELECT_V2', [cond, x, y], [out], { version: o.version });
    return out;
  }

  // ---- activations ----------------------------------------------------------------------------------------------------

  softmax(x: TensorRef, o: OutputOpts & { beta?: number } = {}): TensorRef {
    const y = this.fixedRange(x, x.shape, o, 'softmax', 'SOFTMAX');
    this.op('SOFTMAX', [x], [y], { version: o.version, options: { beta: o.beta ?? 1 } });
    return y;
  }

  logistic(x: TensorRef, o: OutputOpts = {}): TensorRef {
    const y = this.fixedRange(x, x.shape, o, 'logistic', 'LOGISTIC');
    this.op('LOGISTIC', [x], [y], { version: o.version });
    return y;
  }

  tanh(x: TensorRef, o: OutputOpts = {}): TensorRef {
    const y = this.fixedRange(x, x.shape, o, 'tanh', 'TANH');
    this.op('TANH', [x], [y], { version: o.version });
    return y;
  }

  leakyRelu(x: TensorRef, alpha: number, o: OutputOpts = {}): TensorRef {
    const y = this.derived(x, x.shape, o, 'leaky_relu');
    this.op('LEAKY_RELU', [x], [y], { version: o.version, options: { alpha } });
    return y;
  }

  /** Any one-input op whose output has its input's shape, type and quantization (RELU, ABS, ...). */
  unary(type: string, x: TensorRef, o: OutputOpts & { options?: Options } = {}): TensorRef {
    const y = this.derived(x, x.shape, o, type.toLowerCase());
    this.op(type, [x], [y], { version: o.version, options: o.options });
    return y;
  }

  // ---- data movement --------------------------------------------------------------------------------------------------

  /** RESHAPE with the new shape as an int32 constant input (one -1 is resolved). */
  reshape(x: TensorRef, shape: readonly number[], o: OutputOpts = {}): TensorRef {
    const total = product(x.shape);
    const known = product(shape.filter((d) => d !== -1));
    const resolved = shape.map((d) => (d === -1 ? total / known : d));
    if (product(resolved) !== total) throw new Error(`ModelBuilder: cannot reshape [${x.shape}] to [${shape}]`);
    const shapeTensor = this.constant([resolved.length], 'int32', resolved, { name: this.name('shape') });
    const y = this.derived(x, resolved, o, 'reshape');
    this.op('RESHAPE', [x, shapeTensor], [y], { version: o.version, options: { newShape: resolved } });
    return y;
  }

  /** PAD with [before, after] per dimension. */
  pad(x: TensorRef, paddings: readonly (readonly [number, number])[], o: OutputOpts = {}): TensorRef {
    if (paddings.length !== x.shape.length)
      throw new Error('ModelBuilder: pad needs one [before, after] per dimension');
    const p = this.constant([paddings.length, 2], 'int32', paddings.flat(), { name: this.name('paddings') });
    const y = this.derived(
      x,
      x.shape.map((d, i) => d + paddings[i][0] + paddings[i][1]),
      o,
      'pad',
    );
    this.op('PAD', [x, p], [y], { version: o.version });
    return y;
  }

  concatenation(xs: readonly TensorRef[], axis: number, o: FusedOpts = {}): TensorRef {
    const rank = xs[0].shape.length;
    const ax = axis < 0 ? axis + rank : axis;
    const shape = xs[0].shape.map((d, i) => (i === ax ? xs.reduce((a, t) => a + t.shape[i], 0) : d));
    const y = this.derived(xs[0], shape, o, 'concat');
    this.op('CONCATENATION', xs, [y], {
      version: o.version,
      options: { axis, fusedActivationFunction: ACTIVATION_CODE[o.activation ?? 'none'] },
    });
    return y;
  }

  mean(x: TensorRef, axes: readonly number[], o: OutputOpts & { keepDims?: boolean } = {}): TensorRef {
    const rank = x.shape.length;
    const reduced = new Set(axes.map((a) => (a < 0 ? a + rank : a)));
    const keep = o.keepDims ?? true;
    const shape = x.shape.flatMap((d, i) => (reduced.has(i) ? (keep ? [1] : []) : [d]));
    const axesTensor = this.constant([axes.length], 'int32', axes, { name: this.name('axes') });
    const y = this.derived(x, shape, o, 'mean');
    this.op('MEAN', [x, axesTensor], [y], { version: o.version, options: { keepDims: keep } });
    return y;
  }

  resize(
    x: TensorRef,
    size: readonly [number, number],
    o: OutputOpts & { method?: 'bilinear' | 'nearest'; alignCorners?: boolean; halfPixelCenters?: boolean } = {},
  ): TensorRef {
    const [n, , , c] = nhwc(x, 'RESIZE');
    const sizeTensor = this.constant([2], 'int32', size, { name: this.name('size') });
    const y = this.derived(x, [n, size[0], size[1], c], o, 'resize');
    const type = o.method === 'nearest' ? 'RESIZE_NEAREST_NEIGHBOR' : 'RESIZE_BILINEAR';
    this.op(type, [x, sizeTensor], [y], {
      version: o.version,
      options: { alignCorners: o.alignCorners ?? false, halfPixelCenters: o.halfPixelCenters ?? false },
    });
    return y;
  }

  transpose(x: TensorRef, perm: readonly number[], o: OutputOpts = {}): TensorRef {
    const permTensor = this.constant([perm.length], 'int32', perm, { name: this.name('perm') });
    const y = this.derived(
      x,
      perm.map((p) => x.shape[p]),
      o,
      'transpose',
    );
    this.op('TRANSPOSE', [x, permTensor], [y], { version: o.version });
    return y;
  }

  /** STRIDED_SLICE with constant begin/end/strides; masks as in TFLite (no ellipsis or new axes). */
  stridedSlice(
    x: TensorRef,
    begin: readonly number[],
    end: readonly number[],
    strides: readonly number[],
    o: StridedSliceOpts = {},
  ): TensorRef {
    const shape = stridedSliceShape(x.shape, begin, end, strides, o);
    const consts = [begin, end, strides].map((v, i) =>
      this.constant([v.length], 'int32', v, { name: this.name(['begin', 'end', 'strides'][i]) }),
    );
    const y = this.derived(x, shape, o, 'strided_slice');
    this.op('STRIDED_SLICE', [x, ...consts], [y], {
      version: o.version,
      options: { beginMask: o.beginMask ?? 0, endMask: o.endMask ?? 0, shrinkAxisMask: o.shrinkAxisMask ?? 0 },
    });
    return y;
  }

  /** SLICE with constant begin and size (-1: to the end of the axis). */
  slice(x: TensorRef, begin: readonly number[], size: readonly number[], o: OutputOpts = {}): TensorRef {
    const shape = size.map((sz, i) => (sz === -1 ? x.shape[i] - begin[i] : sz));
    const b = this.constant([begin.length], 'int32', begin, { name: this.name('begin') });
    const sz = this.constant([size.length], 'int32', size, { name: this.name('size') });
    const y = this.derived(x, shape, o, 'slice');
    this.op('SLICE', [x, b, sz], [y], { version: o.version });
    return y;
  }

  /** SPLIT into `numSplits` equal parts along `axis`; returns the parts. */
  split(x: TensorRef, axis: number, numSplits: number, o: OutputOpts = {}): TensorRef[] {
    const ax = axis < 0 ? axis + x.shape.length : axis;
    if (x.shape[ax] % numSplits !== 0)
      throw new Error(`ModelBuilder: axis ${axis} of [${x.shape}] does not split into ${numSplits} parts`);
    const axisTensor = this.constant([], 'int32', [axis], { name: this.name('axis') });
    const parts = Array.from({ length: numSplits }, () =>
      this.derived(
        x,
        x.shape.map((d, i) => (i === ax ? d / numSplits : d)),
        { out: o.out },
        'split',
      ),
    );
    this.op('SPLIT', [axisTensor, x], parts, { version: o.version, options: { numSplits } });
    return parts;
  }

  // ---- type changes ---------------------------------------------------------------------------------------------------

  /** QUANTIZE a float tensor to `dtype` (default: the scheme's activation type), or requantize a quantized one. */
  quantize(x: TensorRef, o: OutputOpts & { dtype?: DType } = {}): TensorRef {
    const dtype = o.dtype ?? (this.activationType === 'float32' ? 'int8' : this.activationType);
    const y = this.tensor({
      shape: x.shape,
      dtype,
      quant: o.out ?? this.defaultQuant(dtype),
      name: o.name ?? this.name('quantize'),
    });
    this.op('QUANTIZE', [x], [y], { version: o.version });
    return y;
  }

  dequantize(x: TensorRef, o: OutputOpts = {}): TensorRef {
    const y = this.tensor({ shape: x.shape, dtype: 'float32', name: o.name ?? this.name('dequantize') });
    this.op('DEQUANTIZE', [x], [y], { version: o.version });
    return y;
  }

  // ---- result ---------------------------------------------------------------------------------------------------------

  /** The model as IR. Options carry only the fields set here; readModel of the built file fills in the defaults. */
  toModel(): Model {
    const subgraph: Subgraph = {
      index: 0,
      name: 'main',
      tensors: this.tensors.map((t) => ({ ...t })),
      inputs: [...this.inputs],
      outputs: [...this.outputs],
      operators: this.operators.map((op) => ({ ...op })),
    };
    for (const op of subgraph.operators) op.macs = computeMacs(op, subgraph);
    return {
      version: 3,
      description: this.description,
      subgraphs: [subgraph],
      buffers: this.buffers.map((b) => ({ ...b })),
      operatorCodes: this.opcodes.map((c) => ({ ...c })),
      metadata: [],
      signatureDefs: [],
      fileSize: 0,
    };
  }

  /** The .tflite file. */
  build(opts: WriteOptions = {}): Uint8Array {
    if (this.outputs.length === 0) throw new Error('ModelBuilder: no outputs (call output())');
    return writeModel(this.toModel(), opts);
  }

  // ---- helpers --------------------------------------------------------------------------------------------------------

  private name(kind: string): string {
    return `${kind}_${this.tensors.length}`;
  }

  /** Output with the input's type and quantization unless `o.out` says otherwise. */
  private derived(x: TensorRef, shape: readonly number[], o: OutputOpts, kind: string): TensorRef {
    const quant =
      o.out ?? (x.quantization ? { scale: x.quantization.scale, zeroPoint: x.quantization.zeroPoint } : undefined);
    return this.tensor({ shape, dtype: x.dtype, quant, name: o.name ?? this.name(kind) });
  }

  /** Outputs whose quantization the runtime fixes (softmax, logistic: [0, 1); tanh: [-1, 1)). */
  private fixedRange(x: TensorRef, shape: readonly number[], o: OutputOpts, kind: string, type: string): TensorRef {
    let quant: QuantParams | undefined;
    if (x.dtype === 'int8')
      quant = type === 'TANH' ? { scale: 1 / 128, zeroPoint: 0 } : { scale: 1 / 256, zeroPoint: -128 };
    else if (x.dtype === 'uint8')
      quant = type === 'TANH' ? { scale: 1 / 128, zeroPoint: 128 } : { scale: 1 / 256, zeroPoint: 0 };
    else if (x.dtype === 'int16') quant = { scale: 1 / 32768, zeroPoint: 0 };
    return this.tensor({ shape, dtype: x.dtype, quant: o.out ?? quant, name: o.name ?? this.name(kind) });
  }

  private nextRandom(): () => number {
    return prng(this.seed * 7919 + ++this.weightCount * 104729);
  }

  /** Weights for a conv/FC on input x; `channelAxis` is the output-channel axis of the weight shape. */
  private weightTensor(x: TensorRef, shape: number[], channelAxis: number, o: WeightOpts, type: string): TensorRef {
    const channels = shape[channelAxis];
    const rand = this.nextRandom();
    const name = this.name(`${type.toLowerCase()}_weights`);
    if (x.dtype === 'float32') {
      const values = o.weights ?? (() => rand() * 2 - 1);
      return this.constant(shape, 'float32', values, { name });
    }
    const uint8 = x.dtype === 'uint8';
    const perTensor = o.perTensor ?? uint8;
    const scales =
      o.weightScale !== undefined
        ? list(o.weightScale)
        : Array.from({ length: perTensor ? 1 : channels }, (_, c) => 0.02 * (1 + ((c * 37) % 11) / 20));
    const quant: QuantParams = {
      scale: scales,
      zeroPoint: scales.map(() => (uint8 ? 128 : 0)),
      quantizedDimension: scales.length > 1 ? channelAxis : 0,
    };
    const values = o.weights ?? (uint8 ? () => floor(rand() * 256) : () => floor(rand() * 255) - 127);
    return this.constant(shape, uint8 ? 'uint8' : 'int8', values, { quant, name });
  }

  /** Bias: float for float models, else int32 (int64 for int16 activations) with scale = input scale × weight scale. */
  private biasTensor(x: TensorRef, weights: TensorRef, channels: number, o: WeightOpts): TensorRef | null {
    if (o.bias === false) return null;
    const rand = this.nextRandom();
    const name = this.name('bias');
    if (x.dtype === 'float32') return this.constant([channels], 'float32', o.bias ?? (() => rand() - 0.5), { name });
    const inScale = x.quantization?.scale[0] ?? 1;
    const wScales = weights.quantization!.scale;
    const scale = wScales.length > 1 ? wScales.map((s) => s * inScale) : [wScales[0] * inScale];
    const dtype: DType = x.dtype === 'int16' ? 'int64' : 'int32';
    const values = o.bias ?? (() => floor(rand() * 2001) - 1000);
    return this.constant([channels], dtype, values, {
      quant: { scale, zeroPoint: scale.map(() => 0), quantizedDimension: 0 },
      name,
    });
  }
}

/** Kernel, stride, dilation and padding of a windowed op on NHWC input x, its output extent and options fields. */
function windowGeometry(
  x: TensorRef,
  kernel: Pair,
  o: { stride?: Pair; dilation?: Pair; padding?: Padding },
  defaultPadding: Padding,
  type: string,
) {
  const [kh, kw] = pair(kernel, 1);
  const [sh, sw] = pair(o.stride, 1);
  const [dh, dw] = pair(o.dilation, 1);
  const padding = o.padding ?? defaultPadding;
  const [n, h, w, c] = nhwc(x, type);
  return {
    n,
    c,
    kh,
    kw,
    oh: windowOutput(h, kh, sh, dh, padding),
    ow: windowOutput(w, kw, sw, dw, padding),
    options: { padding: PADDING_CODE[padding], strideW: sw, strideH: sh, dilationWFactor: dw, dilationHFactor: dh },
  };
}

function nhwc(x: TensorRef, type: string): [number, number, number, number] {
  if (x.shape.length !== 4) throw new Error(`ModelBuilder: ${type} needs a 4-D NHWC input, got [${x.shape}]`);
  return [x.shape[0], x.shape[1], x.shape[2], x.shape[3]];
}

function toQuantization(q: QuantParams): Quantization {
  const scale = list(q.scale);
  const zeroPoint = q.zeroPoint === undefined ? scale.map(() => 0) : list(q.zeroPoint);
  return { scale, zeroPoint, quantizedDimension: q.quantizedDimension ?? 0 };
}

/** The file format is little-endian; typed arrays use the host's order, so they are used only on such hosts. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Little-endian bytes of `count` values of `dtype`. */
function encode(dtype: DType, count: number, values: Values): Uint8Array {
  const size = ELEMENT_BYTES[dtype];
  if (size === undefined) throw new Error(`ModelBuilder: cannot encode constant data of type ${dtype}`);
  const at = typeof values === 'function' ? values : (i: number) => values[i];
  if (typeof values !== 'function' && values.length !== count)
    throw new Error(`ModelBuilder: ${values.length} values given for a tensor of ${count} elements`);
  const bytes = new Uint8Array(count * size);
  if (LITTLE_ENDIAN && dtype !== 'int64') {
    const Typed = { float32: Float32Array, int32: Int32Array, int16: Int16Array, int8: Int8Array }[dtype as string];
    const target = Typed ? new Typed(bytes.buffer) : bytes;
    if (dtype === 'bool') for (let i = 0; i < count; i++) target[i] = at(i) ? 1 : 0;
    else for (let i = 0; i < count; i++) target[i] = at(i);
    return bytes;
  }
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < count; i++) {
    const v = at(i);
    switch (dtype) {
      case 'float32':
        view.setFloat32(i * 4, v, true);
        break;
      case 'int32':
        view.setInt32(i * 4, v, true);
        break;
      case 'int64':
        view.setBigInt64(i * 8, BigInt(Math.trunc(v)), true);
        break;
      case 'int16':
        view.setInt16(i * 2, v, true);
        break;
      case 'int8':
        view.setInt8(i, v);
        break;
      default:
        view.setUint8(i, dtype === 'bool' ? (v ? 1 : 0) : v);
    }
  }
  return bytes;
}
