// The rule table: which TFLite operators each Ethos-U checker of Vela 5.1.0 accepts, and the
// constraints it runs on each, in Vela's order (the first failing one decides).
import type { DType } from '../graph/types.js';
import type { NpuFamily } from '../targets/types.js';
import type { Constraint } from './constraint.js';
import * as g from './generic.js';
import * as s from './specific.js';
import * as u55 from './u55.js';
import * as u85 from './u85.js';

/** Operators both checkers accept (53: the Ethos-U55/U65 set). */
const U55_OPS = [
  'ABS',
  'ADD',
  'ARG_MAX',
  'AVERAGE_POOL_2D',
  'BATCH_MATMUL',
  'CONCATENATION',
  'CONV_2D',
  'DEPTHWISE_CONV_2D',
  'EXP',
  'EXPAND_DIMS',
  'FULLY_CONNECTED',
  'HARD_SWISH',
  'LEAKY_RELU',
  'LOG',
  'LOGISTIC',
  'MAXIMUM',
  'MAX_POOL_2D',
  'MEAN',
  'MINIMUM',
  'MIRROR_PAD',
  'MUL',
  'NEG',
  'PACK',
  'PAD',
  'PADV2',
  'PRELU',
  'QUANTIZE',
  'REDUCE_MAX',
  'REDUCE_MIN',
  'RELU',
  'RELU6',
  'RELU_0_TO_1',
  'RELU_N1_TO_1',
  'RESHAPE',
  'RESIZE_BILINEAR',
  'RESIZE_NEAREST_NEIGHBOR',
  'REVERSE_V2',
  'RSQRT',
  'SLICE',
  'SOFTMAX',
  'SPLIT',
  'SPLIT_V',
  'SQUARED_DIFFERENCE',
  'SQUEEZE',
  'STRIDED_SLICE',
  'SUB',
  'SUM',
  'TANH',
  'TILE',
  'TRANSPOSE',
  'TRANSPOSE_CONV',
  'UNIDIRECTIONAL_SEQUENCE_LSTM',
  'UNPACK',
];

/** The Ethos-U85 adds comparisons, logic, gather/scatter, select, cast and division (70 in all). */
const U85_EXTRA_OPS = [
  'CAST',
  'DIV',
  'EQUAL',
  'GATHER',
  'GREATER',
  'GREATER_EQUAL',
  'LESS',
  'LESS_EQUAL',
  'LOGICAL_AND',
  'LOGICAL_NOT',
  'LOGICAL_OR',
  'NOT_EQUAL',
  'REDUCE_ALL',
  'REDUCE_ANY',
  'SCATTER_ND',
  'SELECT',
  'SELECT_V2',
];

export const SUPPORTED_OPS: Record<'u55' | 'u85', ReadonlySet<string>> = {
  u55: new Set(U55_OPS),
  u85: new Set([...U55_OPS, ...U85_EXTRA_OPS]),
};

const U55_DTYPES: ReadonlySet<DType> = new Set<DType>(['uint8', 'int8', 'int16', 'int32', 'int64']);
const U85_DTYPES: ReadonlySet<DType> = new Set<DType>([...U55_DTYPES, 'bool']);

/** Operators exempt from the quantization-presence check (they move data or produce indices). */
const NO_QUANT = new Set([
  'ARG_MAX',
  'MIRROR_PAD',
  'QUANTIZE',
  'SHAPE',
  'TRANSPOSE',
  'GATHER_ND',
  'GATHER',
  'SELECT',
  'SELECT_V2',
  'SCATTER_ND',
  'PAD',
  'PADV2',
  'REDUCE_ALL',
  'REDUCE_ANY',
  'EXPAND_DIMS',
]);

const CONVOLUTIONS = new Set(['CONV_2D', 'DEPTHWISE_CONV_2D', 'TRANSPOSE_CONV']);
const POOLING = new Set([
  'MAX_POOL_2D',
  'AVERAGE_POOL_2D',
  'SUM',
  'REDUCE_MIN',
  'REDUCE_MAX',
  'REDUCE_ANY',
  'REDUCE_ALL',
  'ARG_MAX',
]);

/** On Ethos-U55/U65 only these operators take 32-bit (and, for ARG_MAX, 64-bit) feature maps. */
const U55_32BIT = new Set([
  'SUM',
  'ARG_MAX',
  'TRANSPOSE',
  'MIRROR_PAD',
  'ADD',
  'MUL',
  'SUB',
  'BATCH_MATMUL',
  'FULLY_CONNECTED',
  'RESHAPE',
  'SQUEEZE',
  'EXPAND_DIMS',
  'NEG',
]);
const U55_64BIT = new Set(['ARG_MAX']);

const ZERO_POINT_EXEMPT = {
  u55: new Set(['AVERAGE_POOL_2D', 'RESIZE_BILINEAR', 'RESIZE_NEAREST_NEIGHBOR', 'UNIDIRECTIONAL_SEQUENCE_LSTM']),
  u85: new Set([
    'AVERAGE_POOL_2D',
    'RESIZE_BILINEAR',
    'RESIZE_NEAREST_NEIGHBOR',
    'DIV',
    'UNIDIRECTIONAL_SEQUENCE_LSTM',
  ]),
};

/** Operator-specific constraints shared by both checkers, in Vela's order. */
const BASE_SPECIFIC: Record<string, Constraint[]> = {
  SLICE: [s.constParams],
  STRIDED_SLICE: [s.constParams, s.stridedSlice],
  MEAN: [s.constParams, s.unitBatch, s.meanDepth, s.meanAxisSize, s.meanDtype, s.meanElements],
  PAD: [s.constParams, s.padParamsDtype],
  PADV2: [s.constParams, s.padParamsDtype],
  MIRROR_PAD: [s.constParams, s.padParamsDtype],
  TRANSPOSE: [s.constParams, s.transposeRank],
  MINIMUM: [s.matchingQuantization],
  MAXIMUM: [s.matchingQuantization],
  FULLY_CONNECTED: [s.fcWeightShape],
  AVERAGE_POOL_2D: [s.avgPoolKernel],
  MAX_POOL_2D: [s.maxPoolKernel],
  TRANSPOSE_CONV: [s.transposeConvShape],
  RSQRT: [s.rsqrtIfm],
  SOFTMAX: [s.softmaxArea],
  LOG: [s.logShapes, s.logDtypes],
  UNIDIRECTIONAL_SEQUENCE_LSTM: [s.lstmNoCifg, s.lstmNoPeephole, s.lstmNoProjection, s.lstmNoLayerNorm],
  SPLIT: [s.splitsMatchOutputs],
  SPLIT_V: [s.splitsMatchOutputs],
};

const U55_SPECIFIC: Record<string, Constraint[]> = {
  REVERSE_V2: [u55.reverseAxes],
  FULLY_CONNECTED: [u55.matmulReducedAxis, u55.matmulOfmDepth, u55.matmulIfmInt8],
  BATCH_MATMUL: [u55.matmulReducedAxis, u55.matmulOfmDepth, u55.matmulIfmInt8],
  ARG_MAX: [u55.argMaxDepth, u55.argMaxAxis],
  TRANSPOSE: [u55.transpose32Bit, u55.transpose8And16Bit],
  RESIZE_BILINEAR: [u55.resizeScale],
  RESIZE_NEAREST_NEIGHBOR: [u55.resizeScale],
  TRANSPOSE_CONV: [u55.transposeConvStride],
};

const U85_SPECIFIC: Record<string, Constraint[]> = {
  SCATTER_ND: [u85.scatterShapeConst, u85.scatterIndexConst, u85.scatterIndexUnitChannel, u85.scatterIndexUnique],
  GATHER: [u85.gatherAxis],
  RESIZE_NEAREST_NEIGHBOR: [u85.resizeAlignXorHalfPixel, u85.resizeScaleLimit],
  RESIZE_BILINEAR: [u85.resizeAlignXorHalfPixel, u85.resizeScaleLimit, u85.resizeBilinearPowerOfTwo],
};

const LIMITS = {
  u55: { weightSum8: 127 * 2 ** 16, weightSum16: 127 * 2 ** 16, maxBias: 2 ** 40 - 1 },
  u85: { weightSum8: 127 * 2 ** 16, weightSum16: 127 * 2 ** 24, maxBias: 2 ** 48 - 1 },
};

function genericList(type: string, checker: 'u55' | 'u85'): Constraint[] {
  const lim = LIMITS[checker];
  const list: Constraint[] = [
    g.supportedDtypes(checker === 'u55' ? U55_DTYPES : U85_DTYPES),
    g.mustHaveIfm,
    g.mustHaveOfm,
    g.tensorsHaveShape,
    g.staticShapes,
  ];
  if (!NO_QUANT.has(type)) list.push(g.tensorsQuantized, g.scaleShiftPositive);
  const weighted = type === 'FULLY_CONNECTED' || CONVOLUTIONS.has(type);
  if (!weighted) list.push(g.noPerAxisQuant);
  else
    list.push(
      g.weights8Bit,
      g.weightSum(lim.weightSum8, lim.weightSum16),
      g.biasShape,
      g.biasConstant,
      g.biasDtype,
      g.bias64Range(lim.maxBias),
    );
  return list;
}

function familyList(type: string, checker: 'u55' | 'u85'): Constraint[] {
  const list: Constraint[] = [];
  if (checker === 'u55') {
    if (!ZERO_POINT_EXEMPT.u55.has(type)) list.push(u55.zeroPoints);
    if (!U55_32BIT.has(type)) list.push(u55.rejectBits(32));
    if (!U55_64BIT.has(type)) list.push(u55.rejectBits(64));
    if (CONVOLUTIONS.has(type) || POOLING.has(type) || type === 'FULLY_CONNECTED') {
      if (type === 'CONV_2D' || type === 'AVERAGE_POOL_2D' || type === 'MAX_POOL_2D') list.push(u55.unrolledStride);
      else if (type !== 'TRANSPOSE_CONV') list.push(u55.strideMax3);
    }
    list.push(...(U55_SPECIFIC[type] ?? []));
  } else {
    if (!ZERO_POINT_EXEMPT.u85.has(type)) list.push(u85.ifmZeroPoints, u85.ofmZeroPoints);
    list.push(...(U85_SPECIFIC[type] ?? []));
  }
  return list;
}

export type Checker = 'u55' | 'u85';

/** Ethos-U65 uses the Ethos-U55 checker. */
export const checkerFor = (family: NpuFamily): Checker => (family === 'u85' ? 'u85' : 'u55');

const cache: Record<Checker, Map<string, Constraint[]>> = { u55: new Map(), u85: new Map() };

/** The constraints Vela runs on `type`, in order; undefined when the target does not support the type at all. */
export function constraintsFor(type: string, checker: Checker): Constraint[] | undefined {
  if (!SUPPORTED_OPS[checker].has(type)) return undefined;
  let list = cache[checker].get(type);
  if (!list) {
    list = [...genericList(type, checker), ...(BASE_SPECIFIC[type] ?? []), ...familyList(type, checker)];
    cache[checker].set(type, list);
  }
  return list;
}
