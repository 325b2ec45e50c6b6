// NumPy .npy files (format versions 1-3) parsed from bytes: calibration samples for the quantizer.
import type { SampleArray } from './types.js';
import { QuantizeError } from './types.js';
import { float16Value } from '../../tflite/float16.js';

export interface NpyArray {
  /** NumPy dtype descriptor, e.g. '<f4'. */
  descr: string;
  shape: number[];
  /** The values; float64 is narrowed to float32 and int64 to int32 (TFLite inputs are 32-bit at most). */
  data: SampleArray;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

export function parseNpy(bytes: Uint8Array, file = '<npy>'): NpyArray {
  const fail = (why: string): never => {
    throw new QuantizeError(file, `not a usable .npy file: ${why}`);
  };
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) fail('missing the \\x93NUMPY magic');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6];
  if (major < 1 || major > 3) fail(`unknown format version ${major}`);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const headerStart = major === 1 ? 10 : 12;
  const dataStart = headerStart + headerLen;
  if (dataStart > bytes.length) fail('truncated header');
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(headerStart, dataStart));
  const descr = /'descr'\s*:\s*'([^']+)'/.exec(header)?.[1] ?? fail('no descr in the header');
  if (/'fortran_order'\s*:\s*True/.test(header)) fail('Fortran-ordered arrays are not supported');
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1] ?? fail('no shape in the header');
  const shape = shapeText
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(Number);
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) fail(`bad shape (${shapeText})`);
  const n = shape.reduce((a, d) => a * d, 1);
  const kind = descr.slice(1);
  const little = descr[0] !== '>';
  const width = Number(kind.slice(1));
  if (!/^[fiub][1248]$/.test(kind)) fail(`unsupported dtype ${descr}`);
  if (dataStart + n * width > bytes.length) fail(`${n} elements of ${descr} do not fit in the file`);
  const at = dataStart;
  const get = (i: number): number => {
    const o = at + i * width;
    switch (kind) {
      case 'f4':
        return view.getFloat32(o, little);
      case 'f8':
        return view.getFloat64(o, little);
      case 'f2':
        return float16Value(view.getUint16(o, little));
      case 'i1':
        return view.getInt8(o);
      case 'u1':
      case 'b1':
        return view.getUint8(o);
      case 'i2':
        return view.getInt16(o, little);
      case 'u2':
        return view.getUint16(o, little);
      case 'i4':
        return view.getInt32(o, little);
      case 'u4':
        return view.getUint32(o, little);
      case 'i8':
      case 'u8':
        return Number(view.getBigInt64(o, little));
      default:
        return fail(`unsupported dtype ${descr}`);
    }
  };
  const Ctor =
    kind[0] === 'f'
      ? Float32Array
      : kind === 'i1'
        ? Int8Array
        : kind === 'u1' || kind === 'b1'
          ? Uint8Array
          : kind === 'i2'
            ? Int16Array
            : Int32Array;
  const data = new Ctor(n);
  for (let i = 0; i < n; i++) data[i] = get(i);
  return { descr, shape, data };
}
