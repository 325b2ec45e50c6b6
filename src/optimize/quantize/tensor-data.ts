// Constant tensor data as numbers: decoding float32 / float16 / quantized integer buffers into float32, and
// encoding quantized values back into little-endian bytes.
import type { Model, Tensor } from '../../graph/types.js';
import { float16Value } from '../../tflite/float16.js';

export const elementCount = (shape: readonly number[]): number => shape.reduce((a, d) => a * d, 1);

/** True when the tensor holds data in the file (a weight, a bias or another constant). */
export function isConstant(model: Model, t: Tensor): boolean {
  const b = model.buffers[t.buffer];
  return t.buffer > 0 && b !== undefined && (b.data?.length ?? 0) > 0;
}

/**
 * The real values of a constant tensor: float32 as is, float16 widened, integer types dequantized with the
 * tensor's (per-tensor or per-axis) parameters. Null when the tensor has no data or a type we cannot decode.
 */
export function constantValues(model: Model, t: Tensor): Float32Array | null {
  const data = model.buffers[t.buffer]?.data;
  if (!data || data.length === 0) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const n = elementCount(t.shape);
  const out = new Float32Array(n);
  const get = reader(t.dtype, view);
  if (!get) return null;
  const width = ELEMENT_BYTES[t.dtype] ?? 1;
  if (data.length < n * width) return null;
  const q = t.quantization;
  const isInt = t.dtype !== 'float32' && t.dtype !== 'float16';
  if (isInt && q && q.scale.length > 0 && !q.custom) {
    const axis = q.quantizedDimension;
    const inner = q.scale.length > 1 ? elementCount(t.shape.slice(axis + 1)) : 1;
    for (let i = 0; i < n; i++) {
      const c = q.scale.length > 1 ? Math.floor(i / inner) % q.scale.length : 0;
      out[i] = (get(i) - (q.zeroPoint[c] ?? 0)) * q.scale[c];
    }
  } else if (isInt && q?.custom) {
    return null;
  } else {
    for (let i = 0; i < n; i++) out[i] = get(i);
  }
  return out;
}

const ELEMENT_BYTES: Partial<Record<string, number>> = {
  float32: 4,
  float16: 2,
  int32: 4,
  int16: 2,
  int8: 1,
  uint8: 1,
};

function reader(dtype: string, v: DataView): ((i: number) => number) | null {
  switch (dtype) {
    case 'float32':
      return (i) => v.getFloat32(i * 4, true);
    case 'float16':
      return (i) => float16Value(v.getUint16(i * 2, true));
    case 'int32':
      return (i) => v.getInt32(i * 4, true);
    case 'int16':
      return (i) => v.getInt16(i * 2, true);
    case 'int8':
      return (i) => v.getInt8(i);
    case 'uint8':
      return (i) => v.getUint8(i);
    default:
      return null;
  }
}

export function float32Bytes(values: ArrayLike<number>): Uint8Array {
  const f = Float32Array.from(values);
  return new Uint8Array(f.buffer);
}

/** Little-endian bytes of integers of `dtype` (values already rounded and clamped). */
export function integerBytes(dtype: 'int8' | 'int16' | 'int32' | 'int64', values: ArrayLike<number>): Uint8Array {
  const n = values.length;
  const size = { int8: 1, int16: 2, int32: 4, int64: 8 }[dtype];
  const bytes = new Uint8Array(n * size);
  const v = new DataView(bytes.buffer);
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (dtype === 'int8') v.setInt8(i, x);
    else if (dtype === 'int16') v.setInt16(i * 2, x, true);
    else if (dtype === 'int32') v.setInt32(i * 4, x, true);
    else v.setBigInt64(i * 8, BigInt(x), true);
  }
  return bytes;
}

/** Min and max of the values, widened to include 0 (integer zero must be exact). */
export function rangeOf(values: ArrayLike<number>): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  return { min, max };
}
