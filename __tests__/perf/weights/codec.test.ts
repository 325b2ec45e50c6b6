// Unit tests of the bit streams: an independent decoder (written from the Ethos-U weight stream format)
// must give back exactly the encoded values, and the stream framing must be as the hardware expects.
import { fwdEncode, fwdEncodedSize, mlwEncode, MLW_CHUNK_VALUES } from '../../../src/perf/weights/index.js';
import { useWeightSearch } from '../../../src/perf/weights/mlw.js';

class BitReader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get(len: number): number {
    let v = 0;
    for (let k = 0; k < len; k++, this.pos++) {
      const bit = (this.bytes[this.pos >> 3] >> (this.pos & 7)) & 1;
      v |= bit << k;
    }
    return v;
  }
}

/** Decodes an MLW stream; returns the values and how many palettes (chunks) it carried. */
function mlwDecode(bytes: Uint8Array): { values: number[]; palettes: number } {
  const r = new BitReader(bytes);
  const out: number[] = [];
  let palettes = 0;
  let lut: number[] = [];
  let palSize = 0;
  let palBits = 2;
  let dirOffset = 0;
  for (;;) {
    const zDiv = r.get(3);
    if (zDiv === 7) break;
    const wCount = r.get(15) + 1;
    let wDiv = r.get(3);
    const trunc = r.get(1) === 1;
    const newPal = r.get(1) === 1;
    if (newPal) {
      palettes++;
      dirOffset = r.get(5);
      const size = r.get(5);
      palSize = size > 0 ? size + 1 : 0;
      palBits = r.get(3) + 2;
      lut = [];
      for (let k = 0; k < palSize; k++) lut.push(r.get(palBits));
    }
    const uncompressed = wDiv === 7;
    if (uncompressed) {
      wDiv = 0;
      if (palSize > 0) while (1 << wDiv < palSize) wDiv++;
      else wDiv = palBits;
    }
    const useRuns = zDiv !== 6;
    const zCount = useRuns ? wCount + (newPal ? 1 : 0) : 0;
    const zUnaryLen = zDiv < 3 ? 12 : 8;
    const wq: number[] = [];
    const zq: number[] = [];
    const w: number[] = [];
    const z: number[] = [];
    let wPos = 0;
    let zPos = 0;
    let wAcc = 0;
    let zAcc = 0;
    let prevW: number[] = [];
    let prevZ: number[] = [];
    let prevWEnabled = false;
    let prevZEnabled = false;
    do {
      const balance = useRuns ? wPos - zPos : 0;
      const wEnabled = balance < 8 && wPos < wCount;
      const zEnabled = balance >= 0 && useRuns && zPos < zCount;
      const unary0 = wEnabled && !uncompressed ? r.get(12) : 0;
      const zNow: number[] = [];
      if (zEnabled) {
        const bits = r.get(zUnaryLen);
        for (let k = 0; k < zUnaryLen; k++) {
          if (bits & (1 << k)) zAcc++;
          else {
            zNow.push(zAcc);
            zAcc = 0;
          }
        }
        zPos += zNow.length;
      }
      const wNow: number[] = [];
      if (wEnabled) {
        const maxSymbols = uncompressed && wDiv > 5 ? 8 : 12;
        let ones = 0;
        for (let k = 0; k < maxSymbols; k++) if (unary0 & (1 << k)) ones++;
        let unary1 = ones ? r.get(ones) : 0;
        for (let k = 0; k < maxSymbols && wNow.length < wCount - wPos; k++) {
          let code = 0;
          if (unary0 & (1 << k)) {
            code = 1 + (unary1 & 1);
            unary1 >>= 1;
          }
          wAcc += code;
          if (code < 2 || trunc) {
            wNow.push(wAcc);
            wAcc = 0;
          }
        }
        wPos += wNow.length;
      }
      if (prevWEnabled) for (const q of prevW) if (w.length < wCount) w.push((q << wDiv) + r.get(wDiv));
      if (prevZEnabled) for (const q of prevZ) if (z.length < zCount) z.push((q << zDiv) + (zDiv ? r.get(zDiv) : 0));
      prevW = wNow;
      prevZ = zNow;
      prevWEnabled = wEnabled;
      prevZEnabled = zEnabled;
      wq.push(...wNow);
      zq.push(...zNow);
    } while (prevWEnabled || prevZEnabled);
    if (useRuns && newPal) for (let k = 0; k < z[0]; k++) out.push(0);
    for (let i = 0; i < wCount; i++) {
      const code = w[i];
      const folded = code < palSize ? lut[code] : code - palSize + dirOffset;
      out.push((folded & 1 ? -(folded >> 1) : folded >> 1) | 0); // regor codes zero as "-0" when direct
      if (useRuns) for (let k = 0; k < z[i + (newPal ? 1 : 0)]; k++) out.push(0);
    }
  }
  return { values: out, palettes };
}

/** Deterministic pseudo-random integers (xorshift). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

function makeValues(n: number, gen: (i: number, r: () => number) => number, seed = 7): Int16Array {
  const r = rng(seed);
  const v = new Int16Array(n);
  for (let i = 0; i < n; i++) v[i] = gen(i, r);
  return v;
}

const SOURCES: Record<string, Int16Array> = {
  'uniform int8': makeValues(5000, (_i, r) => Math.floor(r() * 255) - 127),
  'gaussian-like small values': makeValues(4000, (_i, r) => Math.round((r() + r() + r() - 1.5) * 20)),
  'sparse 80% with zero runs': makeValues(6000, (_i, r) => (r() < 0.8 ? 0 : Math.floor(r() * 60) - 30)),
  'clustered to 4 values': makeValues(3000, (_i, r) => [-40, -3, 9, 77][Math.floor(r() * 4)]),
  'clustered to 40 values': makeValues(3000, (_i, r) => Math.floor(r() * 40) * 3 - 60),
  'one non-zero value': makeValues(500, () => 5),
  'all zeros': new Int16Array(777),
  'single value': Int16Array.of(-3),
  '9-bit extremes (uint8 minus zero point)': makeValues(2000, (_i, r) => Math.floor(r() * 511) - 255),
  'long zero runs then data': makeValues(70000, (i, r) => (i < 60000 ? 0 : Math.floor(r() * 20) - 10)),
};

describe('MLW codec', () => {
  for (const [name, values] of Object.entries(SOURCES)) {
    test(`round-trips ${name}`, () => {
      const enc = mlwEncode(values);
      expect(enc.bytes.length % 16).toBe(0);
      expect(mlwDecode(enc.bytes).values).toEqual(Array.from(values));
    });
  }

  test("counting the bits gives the written stream's size, for every source", () => {
    for (const values of Object.values(SOURCES)) {
      const written = mlwEncode(values);
      const counted = mlwEncode(values, undefined, { sizeOnly: true });
      expect(counted.byteLength).toBe(written.bytes.length);
      expect(written.byteLength).toBe(written.bytes.length);
      expect(counted.bytes.length).toBe(0);
      expect([counted.bodyBits, counted.paletteBits, counted.zeroRunZeros]).toEqual([
        written.bodyBits,
        written.paletteBits,
        written.zeroRunZeros,
      ]);
    }
  });

  test('counted sizes equal written ones on 300 random streams mixing spreads, outliers and zero runs', () => {
    // Regimes that steer the parameter search to plain, truncated and uncompressed slices and to zero runs.
    for (let seed = 1; seed <= 300; seed++) {
      const spread = [1, 3, 12, 60, 255][seed % 5];
      const zeros = [0, 0.3, 0.7, 0.95][seed % 4];
      const outliers = [0, 0.01, 0.1][seed % 3];
      const values = makeValues(
        200 + ((seed * 977) % 6000),
        (i, r) => {
          if (r() < zeros) return 0;
          if (r() < outliers) return (r() < 0.5 ? -1 : 1) * (200 + Math.floor(r() * 55));
          // Runs of one value now and then, as clustered weights give.
          if (i % 97 < 20 && seed % 2) return 5;
          return Math.round((r() - 0.5) * 2 * spread);
        },
        seed,
      );
      const written = mlwEncode(values);
      const counted = mlwEncode(values, undefined, { sizeOnly: true });
      expect([seed, counted.byteLength, counted.bodyBits]).toEqual([seed, written.bytes.length, written.bodyBits]);
    }
  });

  test('the WebAssembly chunk passes write the same streams and counts as the JavaScript ones', () => {
    // Every source above, a full 128 Ki chunk, and random streams in every regime of the search.
    const streams = [...Object.values(SOURCES)];
    streams.push(makeValues(MLW_CHUNK_VALUES, (_i, r) => Math.round((r() - 0.5) * 2 * (r() < 0.02 ? 255 : 20)), 3));
    for (let seed = 1; seed <= 120; seed++) {
      const spread = [1, 3, 12, 60, 255][seed % 5];
      const zeros = [0, 0.5, 0.9][seed % 3];
      streams.push(
        makeValues(
          50 + ((seed * 577) % 4000),
          (_i, r) => (r() < zeros ? 0 : Math.round((r() - 0.5) * 2 * (r() < 0.05 ? 255 : spread))),
          seed,
        ),
      );
    }
    // Zero-heavy streams with lone zeros and long runs (the zero-run split and its search), and streams that
    // start with zeros or hold nothing else.
    for (let seed = 1; seed <= 40; seed++) {
      streams.push(
        makeValues(
          30 + ((seed * 313) % 3000),
          (i, r) => (i % 50 < seed % 7 ? 0 : r() < 0.6 + (seed % 4) * 0.1 ? 0 : Math.round((r() - 0.5) * 2 * 40)),
          1000 + seed,
        ),
      );
    }
    streams.push(new Int16Array(1), new Int16Array(777), Int16Array.of(0, 0, 5, 0, -3, 0, 0, 0, 9));
    // A palette reference (the sampled sizing's): every value's count over a larger tensor.
    const reference = new Float64Array(512);
    for (let v = -60; v <= 60; v++) reference[v + 256] = Math.round(1000 / (1 + Math.abs(v)));
    try {
      for (const values of streams) {
        useWeightSearch('scalar');
        const scalar = mlwEncode(values);
        const scalarSize = mlwEncode(values, undefined, { sizeOnly: true });
        const scalarRef = mlwEncode(values, reference, { sizeOnly: true });
        useWeightSearch('simd');
        const simd = mlwEncode(values);
        expect(Buffer.from(simd.bytes).equals(Buffer.from(scalar.bytes))).toBe(true);
        expect(simd.zeroRunZeros).toBe(scalar.zeroRunZeros);
        const simdSize = mlwEncode(values, undefined, { sizeOnly: true });
        expect([simdSize.bodyBits, simdSize.paletteBits]).toEqual([scalarSize.bodyBits, scalarSize.paletteBits]);
        const simdRef = mlwEncode(values, reference, { sizeOnly: true });
        expect([simdRef.bodyBits, simdRef.paletteBits, simdRef.zeroRunZeros]).toEqual([
          scalarRef.bodyBits,
          scalarRef.paletteBits,
          scalarRef.zeroRunZeros,
        ]);
      }
    } finally {
      useWeightSearch('simd');
    }
  });

  test('a forced zero-run mode codes the chunk as that mode would (for sizing part of a stream)', () => {
    const sparse = SOURCES['sparse 80% with zero runs'];
    const own = mlwEncode(sparse, undefined, { sizeOnly: true });
    expect(own.zeroRuns).toBe(true);
    expect(mlwEncode(sparse, undefined, { sizeOnly: true, zeroRuns: true }).bodyBits).toBe(own.bodyBits);
    const without = mlwEncode(sparse, undefined, { zeroRuns: false });
    expect(without.zeroRuns).toBe(false);
    expect(without.zeroRunZeros).toBe(0);
    expect(without.bodyBits).toBeGreaterThan(own.bodyBits);
    // Still a valid stream.
    expect(mlwDecode(without.bytes).values).toEqual(Array.from(sparse));
  });

  test('starts a new palette every 128 Ki values and still round-trips', () => {
    const values = makeValues(MLW_CHUNK_VALUES + 1000, (i, r) => (i < MLW_CHUNK_VALUES ? 3 : Math.floor(r() * 9) - 4));
    const enc = mlwEncode(values);
    const dec = mlwDecode(enc.bytes);
    expect(dec.palettes).toBe(2);
    expect(dec.values).toEqual(Array.from(values));
  });

  test('ends with the end-of-stream code, 1-bits to the byte and 0xFF bytes to 16', () => {
    const enc = mlwEncode(Int16Array.of(1, 2, 3));
    // Header 3+15+3+1+1, palette 5+5+3 + entries, chunk bits: well under 16 bytes, so padding follows.
    expect(enc.bytes.length).toBe(16);
    expect(enc.bytes[15]).toBe(0xff);
  });

  test('reports zeros coded as runs and the used values', () => {
    const enc = mlwEncode(SOURCES['sparse 80% with zero runs']);
    const zeros = SOURCES['sparse 80% with zero runs'].filter((v) => v === 0).length;
    expect(enc.zeroRunZeros).toBe(zeros);
    expect(enc.used[256]).toBe(1);
    expect(mlwEncode(SOURCES['uniform int8']).zeroRunZeros).toBe(0);
  });

  test('sparser and more clustered weights encode smaller', () => {
    const dense = mlwEncode(SOURCES['uniform int8']).bytes.length;
    const clustered = mlwEncode(makeValues(5000, (_i, r) => [-40, -3, 9, 77][Math.floor(r() * 4)])).bytes.length;
    const sparse = mlwEncode(makeValues(5000, (_i, r) => (r() < 0.9 ? 0 : Math.floor(r() * 255) - 127))).bytes.length;
    expect(clustered).toBeLessThan(dense / 3);
    expect(sparse).toBeLessThan(dense / 3);
  });
});

/** Decodes an FWD stream: header, then 2-bit, 4-bit or raw 8-bit values. */
function fwdDecode(bytes: Uint8Array, count: number): number[] {
  const r = new BitReader(bytes);
  const raw = r.get(1) === 1;
  const small = r.get(1) === 1;
  for (let k = 0; k < 102; k++) r.get(1);
  let zeroAdjust = r.get(8);
  if (zeroAdjust & 0x80) zeroAdjust -= 256;
  const lut: number[] = [];
  for (let k = 0; k < 16; k++) {
    const f = r.get(9);
    lut.push(f & 1 ? -(f >> 1) : f >> 1);
  }
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    if (raw) {
      let v = r.get(8);
      if (v & 0x80) v -= 256;
      out.push(v - zeroAdjust);
    } else out.push(lut[r.get(small ? 2 : 4)]);
  }
  return out;
}

describe('FWD codec', () => {
  const cases: [string, Int16Array, number][] = [
    ['3 distinct values: 2 bits each', makeValues(1000, (_i, r) => [0, 4, -9][Math.floor(r() * 3)]), 2],
    ['12 distinct values: 4 bits each', makeValues(1000, (_i, r) => Math.floor(r() * 12) - 6), 4],
    ['many values: raw bytes', makeValues(1000, (_i, r) => Math.floor(r() * 255) - 127), 8],
    ['raw with zero adjust (uint8 range)', makeValues(1000, (_i, r) => Math.floor(r() * 200) - 20), 8],
  ];
  for (const [name, values, bits] of cases) {
    test(name, () => {
      const enc = fwdEncode(values);
      expect(enc.bytes.length).toBe(Math.ceil((256 + bits * values.length) / 256) * 32);
      expect(fwdEncodedSize(values)).toBe(enc.bytes.length);
      expect(fwdDecode(enc.bytes, values.length)).toEqual(Array.from(values));
    });
  }

  test('sparse FWD is forced to raw mode', () => {
    const values = makeValues(1000, (_i, r) => [0, 4, -9][Math.floor(r() * 3)]);
    const enc = fwdEncode(values, true);
    expect(enc.mode).toBe('raw');
    expect(fwdDecode(enc.bytes, values.length)).toEqual(Array.from(values));
  });

  test('a value range of 256 or more cannot be coded raw (regor records 0 bytes)', () => {
    const values = makeValues(100, (i) => (i % 2 ? 200 : -100));
    values[3] = 7; // make sure the LUT overflows
    for (let i = 0; i < 20; i++) values[10 + i] = i * 3;
    expect(fwdEncode(values).ok).toBe(false);
    expect(fwdEncodedSize(values)).toBe(0);
  });
});
