// Ethos-U85 fast weight decoder (FWD) format, as Vela 5.1.0 writes it:
// a 256-bit header (raw flag, 2-bit-LUT flag, 102 reserved bits, 8-bit zero adjust, 16 folded 9-bit LUT
// entries), then 2 bits per weight when at most 4 distinct values occur, 4 bits when at most 16, else
// 8 raw bits; the whole stream is padded with zeros to 32 bytes. The LUT lists values in first-seen order.

import { BitWriter, foldValue as fold } from './bits.js';

const HEADER_BITS = 256;
const LUT_ENTRIES = 16;

export interface FwdEncodeResult {
  /** The encoded stream, a multiple of 32 bytes; empty when the values cannot be coded (range >= 256 in raw mode). */
  bytes: Uint8Array;
  /** False when the encoder rejected the values; regor then records an encoded size of 0. */
  ok: boolean;
  mode: 'lut2' | 'lut4' | 'raw';
}

/** Bits per weight and mode for these values; `forceRaw` is regor's no-palette flag (FWD + Sparse2_4). */
function analyse(values: Int16Array, forceRaw: boolean) {
  const lut: number[] = [];
  const index = new Int8Array(512).fill(-1);
  let useLut = true;
  let min = 1000;
  let max = -1000;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (useLut && index[fold(v)] < 0) {
      if (lut.length < LUT_ENTRIES) {
        index[fold(v)] = lut.length;
        lut.push(v);
      } else {
        useLut = false;
      }
    }
  }
  let raw = !useLut;
  let small = useLut && lut.length <= 4;
  let zeroAdjust = 0;
  let ok = true;
  if (raw) {
    if (max - min >= 256) ok = false;
    else if (min < -128) zeroAdjust = -128 - min;
    else if (max > 127) zeroAdjust = 127 - max;
  }
  if (forceRaw) {
    raw = true;
    small = false;
  }
  return { lut, index, raw, small, zeroAdjust, ok };
}

/** Size in bytes of the FWD stream for `values` (no bytes produced). */
export function fwdEncodedSize(values: Int16Array, forceRaw = false): number {
  const a = analyse(values, forceRaw);
  if (!a.ok) return 0;
  const bitsPerWeight = a.small ? 2 : a.raw ? 8 : 4;
  return Math.ceil((HEADER_BITS + bitsPerWeight * values.length) / 256) * 32;
}

/** Encodes zero-point-corrected weights in the FWD format. */
export function fwdEncode(values: Int16Array, forceRaw = false): FwdEncodeResult {
  const a = analyse(values, forceRaw);
  const mode = a.small ? 'lut2' : a.raw ? 'raw' : 'lut4';
  if (!a.ok) return { bytes: new Uint8Array(0), ok: false, mode };
  const w = new BitWriter(32 + values.length);
  w.put(1, a.raw ? 1 : 0);
  w.put(1, a.small ? 1 : 0);
  for (let k = 0; k < 102; k += 17) w.put(17, 0);
  w.put(8, a.zeroAdjust & 0xff);
  for (let k = 0; k < LUT_ENTRIES; k++) w.put(9, k < a.lut.length ? fold(a.lut[k]) : 0);
  if (mode === 'raw') {
    for (let i = 0; i < values.length; i++) w.put(8, (values[i] + a.zeroAdjust) & 0xff);
  } else {
    const bits = mode === 'lut2' ? 2 : 4;
    for (let i = 0; i < values.length; i++) w.put(bits, a.index[fold(values[i])]);
  }
  w.align(32, 0, 0);
  return { bytes: w.bytes(), ok: true, mode };
}
