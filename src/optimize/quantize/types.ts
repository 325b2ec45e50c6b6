// Shared types of the quantizer: calibration statistics, options and the report.

/** Observed value range of one tensor over the calibration samples. */
export interface TensorRange {
  min: number;
  max: number;
  /** Magnitude 99% of the calibrated values do not exceed (to within 19%); absent when not measured. */
  bulk?: number;
}

/** Ranges per tensor index of subgraph 0 (the subgraph the quantizer rewrites), from `calibrate`. */
export interface CalibrationStats {
  ranges: Map<number, TensorRange>;
  /** How many samples were run. */
  samples: number;
  /**
   * Per-element sums of squares over the samples of the activations an elementwise MUL multiplies by a constant,
   * so the constant's range can be chosen for the products (product-range.ts).
   */
  squares?: Map<number, Float64Array>;
}

export interface QuantizeOptions {
  /** int16 activations with int8 weights and int64 biases, instead of int8 activations. */
  int16x8?: boolean;
  /** 'int8': the model's float inputs and outputs become integer; 'float': QUANTIZE / DEQUANTIZE at the edges. */
  io: 'int8' | 'float';
  /**
   * Per-tensor FULLY_CONNECTED weights instead of per-channel (the default, as the converter writes them), for
   * runtimes that predate per-channel fully-connected kernels.
   */
  perTensorFullyConnected?: boolean;
  /**
   * Mixed precision, off by default (the converter has no such option): operators reading or writing a tensor
   * whose calibrated magnitude exceeds this stay float. Wide-range tensors lose their small values at 8 bits.
   */
  keepFloatAbove?: number;
  /** Set when the statistics come from random data: the report then carries MLIA's caveat. */
  randomCalibration?: boolean;
}

export interface FloatOp {
  /** Operator index in subgraph 0 of the input model. */
  index: number;
  type: string;
  reason: string;
}

/** A tensor whose integer step erases almost all its values, because rare outliers set its range. */
export interface OutlierRange {
  /** Tensor index in subgraph 0 of the input model. */
  tensor: number;
  name: string;
  /** The operator writing it (for a constant: the integer operator reading it). */
  op: string;
  constant: boolean;
  /** Magnitude 99% of its values do not exceed. */
  bulk: number;
  /** Largest magnitude of its range. */
  max: number;
  /** Its quantization step. */
  scale: number;
}

export interface QuantizeReport {
  /** Operators of the input model (subgraph 0) now running in integer form. */
  quantizedOps: number;
  /** Operators left in float, with why. */
  floatOps: FloatOp[];
  /** QUANTIZE / DEQUANTIZE operators added at float/integer boundaries. */
  conversionOps: number;
  /** Integer tensors whose range rare outliers set (see outliers.ts), in operator order. */
  outlierRanges: OutlierRange[];
  caveats: string[];
}

/** Any input a TFLite model accepts. */
export type SampleArray = Float32Array | Int8Array | Uint8Array | Int16Array | Int32Array;

export class QuantizeError extends Error {
  readonly file: string;
  readonly detail: string;
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'QuantizeError';
    this.file = file;
    this.detail = detail;
  }
}
