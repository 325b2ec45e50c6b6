// IEEE 754 half precision (TFLite's FLOAT16 tensors, numpy's float16): the value of 16 bits.

/** The number a float16 bit pattern holds (subnormals, infinities and NaN included). */
export function float16Value(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}
