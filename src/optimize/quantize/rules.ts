// Which operators TFLite runs in integer form, and how each one's tensors are quantized: the rules TFLite's
// converter follows (its quantization spec per operator) as facts, in our own table.
//
//   weighted  conv / depthwise / fully connected / transpose conv: int8 symmetric weights (per output channel
//             when the kernel accepts it), bias quantized at input scale × weight scale (int32; int64 for int16x8);
//   range     output parameters from the output's calibrated range; inputs keep their own parameters;
//   same      output must carry its input's exact parameters (the kernel moves values without rescaling);
//   shared    all data inputs and the output share one set of parameters (the output's); inputs with others
//             are requantized first;
//   fixed     the kernel requires fixed output parameters (LOGISTIC, TANH, SOFTMAX ...).
//
// Versions are the operator versions the converter writes for the integer kernels; the TFLite runtime resolves
// kernels by (operator, version), so a version higher than it registers would be refused. Operators whose integer
// kernels the runtime we verify with lacks (EXP, LOG, SQRT, DIV: "Didn't find op ... version 2" or "Div only
// supports FLOAT32, INT32 and quantized UINT8") are deliberately absent and stay float.

export type OutputRule = 'range' | 'same' | 'shared' | { int8: [number, number]; int16: [number, number] };

export interface WeightedRule {
  input: number;
  weights: number;
  bias: number;
  /** Output-channel axis of the weights. */
  channelAxis: number;
  /** Per-channel weights (else per-tensor). */
  perChannel: boolean;
}

export interface OpRule {
  output: OutputRule;
  weighted?: WeightedRule;
  /** Version for int8 activations. */
  int8: number;
  /** Version for int16 activations; absent when the runtime has no int16 kernel. */
  int16?: number;
}

const range = (int8: number, int16?: number): OpRule => ({ output: 'range', int8, int16 });
const same = (int8: number, int16?: number): OpRule => ({ output: 'same', int8, int16 });
const shared = (int8: number, int16?: number): OpRule => ({ output: 'shared', int8, int16 });

/** Output [scale, zero point] the integer kernels of the bounded activations require. */
const SIGMOID_OUT = { int8: [1 / 256, -128] as [number, number], int16: [1 / 32768, 0] as [number, number] };
const TANH_OUT = { int8: [1 / 128, 0] as [number, number], int16: [1 / 32768, 0] as [number, number] };

export const OP_RULES: Readonly<Record<string, OpRule>> = {
  CONV_2D: {
    output: 'range',
    weighted: { input: 0, weights: 1, bias: 2, channelAxis: 0, perChannel: true },
    int8: 3,
    int16: 4,
  },
  DEPTHWISE_CONV_2D: {
    output: 'range',
    weighted: { input: 0, weights: 1, bias: 2, channelAxis: 3, perChannel: true },
    int8: 3,
    int16: 5,
  },
  FULLY_CONNECTED: {
    output: 'range',
    weighted: { input: 0, weights: 1, bias: 2, channelAxis: 0, perChannel: true },
    int8: 4,
    int16: 7,
  },
  TRANSPOSE_CONV: {
    output: 'range',
    weighted: { input: 2, weights: 1, bias: 3, channelAxis: 0, perChannel: true },
    int8: 2,
    int16: 3,
  },

  ADD: range(2, 3),
  SUB: range(2, 3),
  MUL: range(2, 4),
  MEAN: range(2, 3),
  SUM: range(2),
  RELU: range(2, 3),
  RELU6: range(2),
  RELU_N1_TO_1: range(2),
  LEAKY_RELU: range(2),
  HARD_SWISH: range(1),
  PRELU: range(1),
  SQUARED_DIFFERENCE: range(2),
  RSQRT: range(2),
  BATCH_MATMUL: range(2),

  RESHAPE: same(1, 1),
  SQUEEZE: same(1, 1),
  EXPAND_DIMS: same(1),
  MAX_POOL_2D: same(2, 3),
  AVERAGE_POOL_2D: same(2, 3),
  PAD: same(2, 4),
  PADV2: same(2),
  TRANSPOSE: same(2, 5),
  STRIDED_SLICE: same(2, 4),
  SLICE: same(2),
  SPLIT: same(2, 4),
  SPLIT_V: same(2),
  GATHER: same(2),
  RESIZE_BILINEAR: same(2),
  RESIZE_NEAREST_NEIGHBOR: same(2),
  DEPTH_TO_SPACE: same(2),
  SPACE_TO_DEPTH: same(2),
  BATCH_TO_SPACE_ND: same(2),
  SPACE_TO_BATCH_ND: same(2),
  UNPACK: same(2),
  REDUCE_MAX: same(2),
  REDUCE_MIN: same(2),
  REVERSE_V2: same(3),
  // Class indices of the largest (smallest) value: the same indices in any positive scale; the output stays an
  // integer index tensor.
  ARG_MAX: same(2),
  ARG_MIN: same(2),

  CONCATENATION: shared(2, 3),
  PACK: shared(2),
  MAXIMUM: shared(2),
  MINIMUM: shared(2),

  LOGISTIC: { output: SIGMOID_OUT, int8: 2, int16: 3 },
  SOFTMAX: { output: SIGMOID_OUT, int8: 2, int16: 3 },
  TANH: { output: TANH_OUT, int8: 2, int16: 3 },
};

/** Versions of the conversion operators the quantizer inserts. */
export const QUANTIZE_VERSION = { int8: 2, int16: 3 };
export const DEQUANTIZE_VERSION = { int8: 2, int16: 4 };
