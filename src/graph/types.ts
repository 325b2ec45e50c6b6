// The graph IR: plain data built from a .tflite file by src/tflite/read.ts.
// Everything downstream (compat, perf, optimize, report) reads only these types,
// never the flatbuffer, so the IR is the one contract between the file format and the analysis.

/** TFLite tensor element types, by their schema names in lower case. */
export type DType =
  | 'float32'
  | 'float16'
  | 'int32'
  | 'uint8'
  | 'int64'
  | 'string'
  | 'bool'
  | 'int16'
  | 'complex64'
  | 'int8'
  | 'float64'
  | 'complex128'
  | 'uint64'
  | 'resource'
  | 'variant'
  | 'uint32'
  | 'uint16'
  | 'int4'
  | 'bfloat16'
  | 'int2'
  | 'uint4'
  | 'unknown';

export interface Quantization {
  /** Per-tensor when length 1, per-axis (along `quantizedDimension`) otherwise. */
  scale: number[];
  zeroPoint: number[];
  min?: number[];
  max?: number[];
  quantizedDimension: number;
  /** Set when the file uses a custom quantization scheme we do not interpret. */
  custom?: boolean;
}

export interface Tensor {
  /** Index in its subgraph's tensor list. */
  index: number;
  /** The tensor name; TFLite allows empty names, we keep them empty. */
  name: string;
  shape: number[];
  /** Present when the file carries a shape_signature (-1 marks a dynamic dimension). */
  shapeSignature?: number[];
  /**
   * The file gives no rank (an empty shape without has_rank, as a detection post-process leaves its outputs):
   * the shape is set when the model runs. Never set on constants, whose data says what they hold.
   */
  unknownRank?: true;
  dtype: DType;
  /** Index into Model.buffers (0 is the conventional empty buffer). */
  buffer: number;
  quantization?: Quantization;
  isVariable: boolean;
  /** True when the tensor carries sparsity metadata (Vela ignores it with a warning). */
  hasSparsity: boolean;
}

/** Builtin options of an operator: the decoded flatbuffer table, field names as in the generated bindings (camelCase), enums as numbers. */
export type Options = Record<string, unknown>;

export interface Operator {
  /** Index in its subgraph's operator list (the TFLite operator index). */
  index: number;
  opcodeIndex: number;
  /** BuiltinOperator name, e.g. CONV_2D; custom operators are `CUSTOM`. */
  type: string;
  /** The custom code of a CUSTOM operator. */
  customCode?: string;
  /** Tensor indices; -1 marks an omitted optional input. */
  inputs: number[];
  outputs: number[];
  intermediates: number[];
  /** Name of the BuiltinOptions union member, e.g. Conv2DOptions, or null. */
  optionsType: string | null;
  options: Options | null;
  /** Name of the BuiltinOptions2 union member (StableHLO etc.), or null. */
  options2Type: string | null;
  options2: Options | null;
  customOptions?: Uint8Array;
  /** Multiply-accumulates for one inference (0 for operators without MACs). */
  macs: number;
}

export interface Subgraph {
  index: number;
  name: string;
  tensors: Tensor[];
  inputs: number[];
  outputs: number[];
  operators: Operator[];
}

export interface Buffer {
  index: number;
  /** The bytes, a view into the model file; undefined when the buffer is empty. */
  data?: Uint8Array;
  /** Set for buffers stored after the flatbuffer (the > 2 GB layout): absolute file offset and size. */
  offset?: number;
  size: number;
}

export interface OperatorCode {
  type: string;
  builtinCode: number;
  customCode?: string;
  version: number;
}

export interface Metadata {
  name: string;
  buffer: number;
}

export interface SignatureDef {
  key: string;
  subgraphIndex: number;
  inputs: { name: string; tensorIndex: number }[];
  outputs: { name: string; tensorIndex: number }[];
}

export interface Model {
  version: number;
  description: string;
  subgraphs: Subgraph[];
  buffers: Buffer[];
  operatorCodes: OperatorCode[];
  metadata: Metadata[];
  signatureDefs: SignatureDef[];
  /** Size of the file in bytes. */
  fileSize: number;
}

export const FUSED_ACTIVATIONS = ['NONE', 'RELU', 'RELU_N1_TO_1', 'RELU6', 'TANH', 'SIGN_BIT'] as const;
export type FusedActivation = (typeof FUSED_ACTIVATIONS)[number];

/** Schema enum Padding. */
export const PADDING_SAME = 0;
export const PADDING_VALID = 1;
