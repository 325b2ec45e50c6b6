// The Ethos-U "MLW" weight codec (the default weight format on every Ethos-U), bit-exact with the
// encoder Vela 5.1.0 uses. Facts (not code) from regor's mlw_codec:
// - The input is read in chunks of 128 Ki values; every chunk gets a freshly built palette.
// - Per chunk: optional zero-run mode, a palette of up to 32 frequent values, values outside it coded
//   directly from their folded form (|v|<<1 | sign), and a greedy Golomb-Rice parameter search that
//   cuts the chunk into slices.
// - The stream ends with ZDIV=7, 1-bits to a byte boundary and 0xFF bytes to a 16-byte boundary.

import { BitCounter, BitWriter, foldValue, type BitSink } from './bits.js';
import { chunkKernel, simdSearchRuns, simdSearchWeights, SIMD_MAX_VALUES, type ChunkKernel } from './search-simd.js';

/** Values per palette chunk: regor feeds the codec 128 Ki weights at a time and each call starts a new palette. */
export const MLW_CHUNK_VALUES = 128 * 1024;

/** Zero runs pay off only when zeros outnumber the most common other value this many times over. */
export const ZERO_FREQ_THRESHOLD = 5;

/** The encoder's second zero-run test: at least half the zeros sit in runs (`lone`: zeros not in a run). */
export const mostZerosInRuns = (zeros: number, lone: number): boolean => zeros - lone >= Math.floor(zeros / 2);
const SLICE_LEN_BITS = 15;
const MAX_SLICE_LEN = (1 << SLICE_LEN_BITS) - 1;
const ZDIV_DISABLED = 6;
const ZDIV_END_OF_STREAM = 7;
const WDIV_UNCOMPRESSED = 7;
/** Bit cost the parameter search charges for starting a new slice. */
const SLICE_SWITCH_COST = 40;

// Weight Golomb-Rice configurations, by index: divisor 0..5 plain, divisor 0..5 truncated, uncompressed.
const W_DIV = [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0];
const W_MODE = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2]; // 0 plain, 1 truncated, 2 uncompressed
const W_CONFIGS = 13;

export interface MlwEncodeResult {
  /** The encoded stream, padded to 16 bytes (empty when only the size was asked for). */
  bytes: Uint8Array;
  /** The stream's length in bytes, padding included. */
  byteLength: number;
  /** Zeros that were coded as zero runs (regor's zero count; 0 when zero-run mode is never used). */
  zeroRunZeros: number;
  /** used[v + 256] = 1 when value v occurred (v in -256..255); the caller's array when it gave one. */
  used: Uint8Array;
  /** Values read (the encoder's source length). */
  sourceLength: number;
  /** Bits of the chunks before the end-of-stream marker and padding. */
  bodyBits: number;
  /** Of those, the bits of the palette headers (one per chunk). */
  paletteBits: number;
  /** Whether the last chunk coded its zeros as runs. */
  zeroRuns: boolean;
}

interface Palette {
  lut: Int16Array;
  /** Maps value + 256 to the coded index. */
  inv: Int16Array;
  size: number;
  bits: number;
  directOffset: number;
  useZeroRuns: boolean;
  onlyPalette: boolean;
  onlyZeros: boolean;
}

/**
 * Encodes zero-point-corrected weights (each in -255..255) as one MLW stream. `paletteFrequencies` (count per
 * value + 256) replaces the chunk's own value counts when choosing the palette: for encoding a sample of a
 * larger tensor with the palette the whole tensor would get (the stream is then no longer regor's).
 */
export function mlwEncode(
  values: Int16Array,
  paletteFrequencies?: Float64Array,
  options: {
    sizeOnly?: boolean;
    /**
     * Zero-run mode for every chunk instead of each chunk's own choice: for sizing part of a stream (a
     * sample's partial last unit) as the chunk it belongs to would code it.
     */
    zeroRuns?: boolean;
    /** Where to mark the values that occur (the result's `used`): a caller's tally over several streams. */
    used?: Uint8Array;
  } = {},
): MlwEncodeResult {
  const writer = options.sizeOnly ? new BitCounter() : new BitWriter(values.length + 64);
  const used = options.used ?? new Uint8Array(512);
  let zeroRunZeros = 0;
  let paletteBits = 0;
  let zeroRuns = false;
  for (let start = 0; start < values.length; start += MLW_CHUNK_VALUES) {
    const chunk = values.subarray(start, Math.min(values.length, start + MLW_CHUNK_VALUES));
    const before = writer.bitLength;
    const chunkResult = encodeChunk(chunk, writer, used, paletteFrequencies, options.zeroRuns);
    zeroRunZeros += chunkResult.zeroRunZeros;
    zeroRuns = chunkResult.zeroRuns;
    // An empty chunk writes nothing; otherwise its first slice carries the palette.
    if (writer.bitLength > before) paletteBits += chunkResult.paletteBits;
  }
  const bodyBits = writer.bitLength;
  writer.put(3, ZDIV_END_OF_STREAM);
  writer.align(16, 1, 0xff);
  const bytes = writer instanceof BitWriter ? writer.bytes() : new Uint8Array(0);
  const byteLength = writer.bitLength / 8;
  return { bytes, byteLength, zeroRunZeros, used, sourceLength: values.length, bodyBits, paletteBits, zeroRuns };
}

/** Size in bytes of the MLW stream for `values`, without keeping the bytes. */
export function mlwEncodedSize(values: Int16Array): number {
  return mlwEncode(values).bytes.length;
}

// Scratch of buildPalette, reused across calls: typed-array allocation costs more than a small chunk's whole
// palette pass, and a palette lives only while its chunk is encoded (the encoder is not re-entrant).
const paletteFreq = new Int32Array(512);
const paletteSort = new Float64Array(512);
const paletteLut = new Int16Array(32);
const paletteInv = new Int16Array(512);
/** FOLDED[v + 256]: the folded form |v| << 1 | sign of v. */
const FOLDED = new Int32Array(512);
for (let v = -256; v < 256; v++) FOLDED[v + 256] = foldValue(v);

/** Four interleaved histograms: runs of one value (zeros) then update different counters in turn. */
const paletteFreq4 = new Int32Array(4 * 512);

function buildPalette(
  values: Int16Array,
  used: Uint8Array,
  reference?: Float64Array,
  kernel?: ChunkKernel,
  forceZeroRuns?: boolean,
): Palette {
  const n = values.length;
  // The kernel counts the values it holds (the caller wrote them there).
  const freq = kernel ? kernel.freq : paletteFreq;
  if (kernel) kernel.hist(n);
  else if (n < 2048) {
    freq.fill(0);
    for (let i = 0; i < n; i++) freq[values[i] + 256]++;
  } else {
    const f4 = paletteFreq4;
    f4.fill(0);
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      f4[values[i] + 256]++;
      f4[values[i + 1] + 768]++;
      f4[values[i + 2] + 1280]++;
      f4[values[i + 3] + 1792]++;
    }
    for (; i < n; i++) f4[values[i] + 256]++;
    for (let k = 0; k < 512; k++) freq[k] = f4[k] + f4[k + 512] + f4[k + 1024] + f4[k + 1536];
  }
  const totalZeros = freq[256];
  // One pass marks the values that occur, scales the counts to the reference (when given) and keys every coded
  // value but zero (keyed below, once the zero-run mode is known), for the palette's sort: keys by frequency, then
  // by larger folded value (exact in a double: keys < 2^34), read from the top end. Only values that occur are
  // sorted: every later rank has frequency 0, which is all the palette rules ask of it.
  let commonFreq = 0;
  let allCount = 0;
  let maxFolded = 0;
  let minFolded = 512;
  let present = 0;
  const keys = paletteSort;
  // Reference counts replace the chunk's non-zero counts, scaled to its non-zero count (every count, zeros'
  // too, in REFERENCE_UNITS per value; present values keep at least 1: the palette must still see them).
  const refTotal = reference ? referenceTotal(reference) : 0;
  const own = n - totalZeros;
  for (let k = 1; k < 512; k++) {
    let f = freq[k];
    if (f > 0) used[k] = 1;
    if (k === 256) continue;
    if (reference) {
      if (refTotal === 0) f *= REFERENCE_UNITS;
      else {
        const r = reference[k];
        f = r > 0 || f > 0 ? Math.max(1, Math.round((r * own * REFERENCE_UNITS) / refTotal)) : 0;
      }
      freq[k] = f;
    }
    if (f === 0) continue;
    if (f > commonFreq) commonFreq = f;
    const folded = FOLDED[k];
    keys[present++] = f * 65536 + folded;
    allCount += f;
    if (folded > maxFolded) maxFolded = folded;
    if (folded < minFolded) minFolded = folded;
  }
  if (reference) {
    freq[256] *= REFERENCE_UNITS;
    // The zero-run test is in values.
    commonFreq /= REFERENCE_UNITS;
  }
  // Zero runs pay off when zero dominates the next most common value and most zeros sit in runs (counted
  // only then: dense weights never get that far).
  let useZeroRuns = false;
  if (forceZeroRuns !== undefined) useZeroRuns = forceZeroRuns && totalZeros > 0;
  else if (totalZeros > ZERO_FREQ_THRESHOLD * commonFreq) {
    // Runs count from 2 zeros (regor's minimum zero-run length): the zeros in runs are all zeros but the lone ones,
    // counted without branching on each value.
    // ((v | -v) >>> 31) is 1 for a non-zero value, 0 for zero.
    let lone = 0;
    if (kernel) lone = kernel.lone(n);
    else {
      let prevNonZero = 1;
      let cur = values[0];
      for (let i = 1; i <= n; i++) {
        const next = i < n ? values[i] : 1;
        const nonZero = (cur | -cur) >>> 31;
        lone += (nonZero ^ 1) & prevNonZero & ((next | -next) >>> 31);
        prevNonZero = nonZero;
        cur = next;
      }
    }
    useZeroRuns = mostZerosInRuns(totalZeros, lone);
  }

  // Zero is coded as a value unless it goes in runs.
  if (freq[256] > 0 && !useZeroRuns) {
    const f = freq[256];
    keys[present++] = f * 65536;
    allCount += f;
    minFolded = 0;
  }
  const onlyZeros = allCount === 0;
  // Direct codes skip the unused small values around zero.
  const directOffset = allCount !== 0 ? Math.min(minFolded, 31) : 0;
  // Only the 33 highest ranks are read (the palette, and whether a 33rd value exists): put them, sorted, at
  // the top end (a partial sort: a native sort of every key costs more than the rest of a small chunk).
  const ascending = keys;
  sortTop(ascending, present, 33);
  // Rank k (most frequent first) sits at the top end.
  const keyAt = (k: number): number => ascending[present - 1 - k];
  const freqAt = (k: number): number => (k < present ? Math.floor(keyAt(k) / 65536) : 0);

  const onlyPalette = freqAt(0) > 0 && freqAt(32) === 0;
  let maxSize = onlyPalette ? 32 : Math.min(32, 511 - maxFolded);
  if (maxSize === 1) maxSize = 0; // a one-entry palette is not supported
  const lut = paletteLut;
  lut.fill(0);
  let entries = 0;
  let maxLutValue = 0;
  let lutCount = 0;
  for (; entries < maxSize; entries++) {
    const count = freqAt(entries);
    if (count === 0) break;
    const folded = keyAt(entries) % 65536;
    lut[entries] = folded;
    if (folded > maxLutValue) maxLutValue = folded;
    lutCount += count;
  }
  if (entries === 1) lut[entries++] = 0; // pad a single-value palette to two entries

  // Use the palette only when it covers at least half of the coded values.
  let size: number;
  let widest: number;
  if (lutCount >= Math.floor(allCount / 2)) {
    size = entries;
    widest = maxLutValue;
  } else {
    size = 0;
    widest = maxFolded;
  }
  let bits = 2;
  while (1 << bits <= widest) bits++;

  // Direct codes: folded value + palette size - offset; note zero maps to size - offset + 1 in regor.
  const inv = paletteInv;
  let code = size - directOffset;
  for (let m = 0; m < 256; m++) {
    inv[256 + m] = code;
    inv[256 - m] = code + 1;
    code += 2;
  }
  inv[0] = 0;
  for (let k = 0; k < size; k++) {
    const folded = lut[k];
    const v = folded & 1 ? -(folded >> 1) : folded >> 1;
    inv[v + 256] = k;
  }
  return { lut, inv, size, bits, directOffset, useZeroRuns, onlyPalette, onlyZeros };
}

/**
 * Reorders keys[0..n) (distinct) so that the `top` largest sit at its end in ascending order: a quickselect
 * for the boundary, then an insertion sort of the top part.
 */
function sortTop(keys: Float64Array, n: number, top: number): void {
  let from = n - top;
  if (from > 0) {
    // Quickselect: everything at or after `from` is larger than everything before it.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const pivot = keys[(lo + hi) >> 1];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (keys[i] < pivot) i++;
        while (keys[j] > pivot) j--;
        if (i <= j) {
          const t = keys[i];
          keys[i] = keys[j];
          keys[j] = t;
          i++;
          j--;
        }
      }
      if (from <= j) hi = j;
      else if (from >= i) lo = i;
      else break;
    }
  } else from = 0;
  for (let i = from + 1; i < n; i++) {
    const key = keys[i];
    let j = i - 1;
    while (j >= from && keys[j] > key) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = key;
  }
}

/**
 * Units per value of the scaled reference counts: fine enough that rounding and the count of 1 every present
 * value keeps do not tip the palette's coverage test on a small sample (a 1,536-value stream of a 25%-sparse
 * layer lost its palette to them, 4% under), coarse enough that keys (count * 65536 + folded) stay exact.
 */
const REFERENCE_UNITS = 4096;

/** The reference's count of non-zero values (the denominator of the scaling in buildPalette). */
function referenceTotal(reference: Float64Array): number {
  let total = 0;
  for (let k = 0; k < 512; k++) if (k !== 256) total += reference[k];
  return total;
}

export interface SliceSplit {
  /** Slice configs and end positions; only the first `count` entries are meaningful. */
  cfg: Int32Array;
  end: Int32Array;
  count: number;
}

/** The slices found so far by a parameter search (grows on demand: slices are rare, each costs 40 bits). */
class SliceList {
  cfg = new Int32Array(64);
  end = new Int32Array(64);
  count = 0;
  /** Empties the list for the next search (the lists are reused: one for weights, one for zero runs). */
  reset(): this {
    this.count = 0;
    return this;
  }
  /** Room for n slices. */
  ensure(n: number): void {
    while (this.cfg.length < n) {
      this.cfg = grow(this.cfg);
      this.end = grow(this.end);
    }
  }
  push(cfg: number, end: number): void {
    if (this.count === this.cfg.length) {
      this.cfg = grow(this.cfg);
      this.end = grow(this.end);
    }
    this.cfg[this.count] = cfg;
    this.end[this.count++] = end;
  }
  /** Closes the search: the last slice runs to `count` with the final config. */
  finish(active: number, count: number): SliceSplit {
    if (this.count === 0 || this.cfg[this.count - 1] !== active) this.push(active, count);
    this.end[this.count - 1] = count;
    return { cfg: this.cfg, end: this.end, count: this.count };
  }
}

// The greedy Golomb-Rice parameter search (regor's rule, restated):
// each config keeps a running bit count; a config that could not code the previous value restarts from the
// active path's count. A switch happens when the active config cannot code a value or another config is
// ahead by more than the switch cost (ties go to the lower config); a switch to a config that was better all
// along (and whose last uncodable value is no later than the active one's) extends it backwards instead of
// cutting a slice.
//
// The weight search is the encoder's hot loop, so it runs branch-free per config from per-key tables:
// - an uncodable value adds SLICE_SWITCH_COST to the config's count, as in regor; the count of a config that
//   restarts next value is never read, so it may start from the active count either way;
// - the best config is the minimum of (total << 4 | cfg), uncodable configs pushed above every total;
// - configs become uncodable above nested thresholds (3, 6, ... 512), so the last uncodable position of
//   every config follows from one "last position per threshold rank" store per value.

const searchBitCount = new Int32Array(W_CONFIGS);
/** Configs that can never be uncodable (plain divisor 5 and uncompressed) get this rank. */
const NEVER_BLOCKED = 12;

export interface WeightCostTables {
  /** bits[key * W_CONFIGS + cfg]: the cost, or SLICE_SWITCH_COST when cfg cannot code key. */
  bits: Int32Array;
  /**
   * penalty[key * W_CONFIGS + cfg]: 0, or 1 << 30 when cfg cannot code key: above every (total << 4 | cfg),
   * as counts stay below 2^25 in a 128 Ki chunk (at most 140 bits a value), and the sum stays below 2^31.
   */
  penalty: Int32Array;
  /** blocked[key]: bit cfg set when cfg cannot code key. */
  blocked: Int32Array;
  /** rank[key]: how many thresholds key reaches; cfg cannot code key iff rank[key] >= cfgRank[cfg]. */
  rank: Uint8Array;
  /** The uncompressed width the tables were built for (0: no uncompressed coding, config 12 costs 100). */
  uncompressedBits: number;
}

/** Blocking threshold rank per config: the config cannot code values whose rank reaches it. */
const cfgRank = new Int32Array(W_CONFIGS);
const BLOCK_LIMITS: number[] = [];
for (let j = 0; j < W_CONFIGS; j++) {
  const limit = W_MODE[j] === 1 ? 3 << W_DIV[j] : W_MODE[j] === 0 ? 32 << W_DIV[j] : 0;
  if (limit > 0 && limit < 1024) BLOCK_LIMITS.push(limit);
}
BLOCK_LIMITS.sort((a, b) => a - b);
for (let j = 0; j < W_CONFIGS; j++) {
  const limit = W_MODE[j] === 1 ? 3 << W_DIV[j] : W_MODE[j] === 0 ? 32 << W_DIV[j] : 0;
  const at = BLOCK_LIMITS.indexOf(limit);
  cfgRank[j] = at >= 0 ? at + 1 : NEVER_BLOCKED;
}

/** lastAtRank[r] = 1 + the last position whose value has rank exactly r (scratch of the weight search). */
const lastAtRank = new Int32Array(NEVER_BLOCKED + 1);

/** regor's resetPos for cfg: 1 + the last position it could not code (0 if none). */
function lastBlocked(cfg: number): number {
  let pos = 0;
  for (let r = cfgRank[cfg]; r < NEVER_BLOCKED; r++) if (lastAtRank[r] > pos) pos = lastAtRank[r];
  return pos;
}

/** The slices of the last weight and zero-run searches (reused: a chunk's slices are read before the next search). */
const weightSlices = new SliceList();
const runSlices = new SliceList();

/** Which implementation of the weight search runs (tests compare the two). */
let searchImpl: 'simd' | 'scalar' = 'simd';
export function useWeightSearch(impl: 'simd' | 'scalar'): void {
  searchImpl = impl;
}

/**
 * Parameter search over coded weight indices (see the rule above) over the 13 configs: on WebAssembly SIMD
 * (search.wat) when available, else here. Hand-unrolled with one local count per config (c0..c12): V8 keeps
 * them in registers, about twice as fast as a loop over a typed array. The counts only go to the
 * searchBitCount array at a switch, which is rare.
 */
function searchWeights(values: Int32Array, count: number, tables: WeightCostTables): SliceSplit {
  if (searchImpl === 'simd') {
    const simd = simdSearchWeights(values, count, tables, cfgRank, weightSlices.reset());
    if (simd) return simd;
  }
  const { bits, penalty, blocked, rank } = tables;
  // Without a usable uncompressed width config 12 costs 100 bits a value, while plain divisor 5 (config 5)
  // codes every value (< 1024) in at most 37 bits and, like config 12, never restarts: config 12 can then
  // never be the best or the active config, and its count is never read, so it is skipped.
  const withUncompressed = tables.uncompressedBits > 0;
  lastAtRank.fill(0);
  const out = weightSlices.reset();
  let active = -1;
  let activeBits = 0;
  let restartMask = 0; // configs that could not code the previous value
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  let c5 = 0;
  let c6 = 0;
  let c7 = 0;
  let c8 = 0;
  let c9 = 0;
  let c10 = 0;
  let c11 = 0;
  let c12 = 0;
  for (let i = 0; i < count; i++) {
    const key = values[i];
    const row = key * W_CONFIGS;
    // Branch-free: a restarting config takes the active count (mask select), and the minimum is kept
    // with a sign-mask step; real weights make both conditions unpredictable.
    let bestKey = 0x7fffffff;
    let d: number;
    c0 += ((activeBits - c0) & -((restartMask >> 0) & 1)) + bits[row + 0];
    d = ((c0 << 4) | 0) + penalty[row + 0] - bestKey;
    bestKey += d & (d >> 31);
    c1 += ((activeBits - c1) & -((restartMask >> 1) & 1)) + bits[row + 1];
    d = ((c1 << 4) | 1) + penalty[row + 1] - bestKey;
    bestKey += d & (d >> 31);
    c2 += ((activeBits - c2) & -((restartMask >> 2) & 1)) + bits[row + 2];
    d = ((c2 << 4) | 2) + penalty[row + 2] - bestKey;
    bestKey += d & (d >> 31);
    c3 += ((activeBits - c3) & -((restartMask >> 3) & 1)) + bits[row + 3];
    d = ((c3 << 4) | 3) + penalty[row + 3] - bestKey;
    bestKey += d & (d >> 31);
    c4 += ((activeBits - c4) & -((restartMask >> 4) & 1)) + bits[row + 4];
    d = ((c4 << 4) | 4) + penalty[row + 4] - bestKey;
    bestKey += d & (d >> 31);
    c5 += ((activeBits - c5) & -((restartMask >> 5) & 1)) + bits[row + 5];
    d = ((c5 << 4) | 5) + penalty[row + 5] - bestKey;
    bestKey += d & (d >> 31);
    c6 += ((activeBits - c6) & -((restartMask >> 6) & 1)) + bits[row + 6];
    d = ((c6 << 4) | 6) + penalty[row + 6] - bestKey;
    bestKey += d & (d >> 31);
    c7 += ((activeBits - c7) & -((restartMask >> 7) & 1)) + bits[row + 7];
    d = ((c7 << 4) | 7) + penalty[row + 7] - bestKey;
    bestKey += d & (d >> 31);
    c8 += ((activeBits - c8) & -((restartMask >> 8) & 1)) + bits[row + 8];
    d = ((c8 << 4) | 8) + penalty[row + 8] - bestKey;
    bestKey += d & (d >> 31);
    c9 += ((activeBits - c9) & -((restartMask >> 9) & 1)) + bits[row + 9];
    d = ((c9 << 4) | 9) + penalty[row + 9] - bestKey;
    bestKey += d & (d >> 31);
    c10 += ((activeBits - c10) & -((restartMask >> 10) & 1)) + bits[row + 10];
    d = ((c10 << 4) | 10) + penalty[row + 10] - bestKey;
    bestKey += d & (d >> 31);
    c11 += ((activeBits - c11) & -((restartMask >> 11) & 1)) + bits[row + 11];
    d = ((c11 << 4) | 11) + penalty[row + 11] - bestKey;
    bestKey += d & (d >> 31);
    if (withUncompressed) {
      c12 += ((activeBits - c12) & -((restartMask >> 12) & 1)) + bits[row + 12];
      d = ((c12 << 4) | 12) + penalty[row + 12] - bestKey;
      bestKey += d & (d >> 31);
    }
    const blockedNow = blocked[key];
    lastAtRank[rank[key]] = i + 1;
    restartMask = blockedNow;
    const best = bestKey >> 4;
    const bestCfg = bestKey & 15;
    if (
      active === -1 ||
      ((blockedNow >> active) & 1) === 1 ||
      (bestCfg !== active && best + SLICE_SWITCH_COST < activeBits)
    ) {
      if (active !== -1) {
        const counts = searchBitCount;
        counts[0] = c0;
        counts[1] = c1;
        counts[2] = c2;
        counts[3] = c3;
        counts[4] = c4;
        counts[5] = c5;
        counts[6] = c6;
        counts[7] = c7;
        counts[8] = c8;
        counts[9] = c9;
        counts[10] = c10;
        counts[11] = c11;
        counts[12] = c12;
        const elide = counts[bestCfg] < counts[active] && lastBlocked(bestCfg) <= lastBlocked(active);
        if (!elide) out.push(active, i);
      }
      active = bestCfg;
      activeBits = best;
    } else {
      // The active config never restarts (it coded the previous value), so its count just grows.
      activeBits += bits[row + active];
    }
  }
  return out.finish(active, count);
}

/** Parameter search over zero runs: every divisor codes every run, so no config ever restarts. */
function searchRuns(runs: Int32Array, count: number): SliceSplit {
  const out = runSlices.reset();
  // The four zero-run divisors' (0..3) running counts in locals; the lowest total wins ties.
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let active = -1;
  let activeBits = 0;
  for (let i = 0; i < count; i++) {
    const run = runs[i];
    c0 += run + 1;
    c1 += (run >> 1) + 2;
    c2 += (run >> 2) + 3;
    c3 += (run >> 3) + 4;
    let best = c0;
    let bestCfg = 0;
    if (c1 < best) {
      best = c1;
      bestCfg = 1;
    }
    if (c2 < best) {
      best = c2;
      bestCfg = 2;
    }
    if (c3 < best) {
      best = c3;
      bestCfg = 3;
    }
    if (active === -1 || (bestCfg !== active && best + SLICE_SWITCH_COST < activeBits)) {
      // With no restarts a switch to a config cheaper than the active one so far extends it backwards.
      const now = active === 0 ? c0 : active === 1 ? c1 : active === 2 ? c2 : c3;
      if (active !== -1 && !(best < now)) out.push(active, i);
      active = bestCfg;
    }
    activeBits = active === 0 ? c0 : active === 1 ? c1 : active === 2 ? c2 : c3;
  }
  return out.finish(active, count);
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}

/** Per-key weight cost tables (coded weight indices are < 1024), built once per uncompressed width. */
const weightCostTables = new Map<number, WeightCostTables>();
function weightCostTable(uncompressedBits: number): WeightCostTables {
  const cached = weightCostTables.get(uncompressedBits);
  if (cached) return cached;
  const keys = 1024;
  const bits = new Int32Array(keys * W_CONFIGS);
  const penalty = new Int32Array(keys * W_CONFIGS);
  const blocked = new Int32Array(keys);
  const rank = new Uint8Array(keys);
  const uncompressedCost = uncompressedBits > 0 ? uncompressedBits : 100;
  for (let v = 0; v < keys; v++) {
    while (rank[v] < BLOCK_LIMITS.length && v >= BLOCK_LIMITS[rank[v]]) rank[v]++;
    for (let j = 0; j < W_CONFIGS; j++) {
      const mode = W_MODE[j];
      const q = v >> W_DIV[j];
      let cost: number;
      if (mode === 2) cost = uncompressedCost;
      else if (mode === 1) cost = q <= 2 ? Math.min(q + 1, 2) + W_DIV[j] : -1;
      else cost = q <= 31 ? q + 1 + W_DIV[j] : -1;
      if (cost < 0) {
        bits[v * W_CONFIGS + j] = SLICE_SWITCH_COST;
        penalty[v * W_CONFIGS + j] = 1 << 30;
        blocked[v] |= 1 << j;
      } else {
        bits[v * W_CONFIGS + j] = cost;
      }
    }
    // The nested thresholds must agree with the per-config codability (cfgRank).
    for (let j = 0; j < W_CONFIGS; j++) {
      if (((blocked[v] >> j) & 1) !== (rank[v] >= cfgRank[j] ? 1 : 0)) throw new Error('MLW: inconsistent cost tables');
    }
  }
  const tables = { bits, penalty, blocked, rank, uncompressedBits };
  weightCostTables.set(uncompressedBits, tables);
  return tables;
}

/** Scratch of encodeChunk (coded weights, zero runs), grown to the largest chunk seen. */
let chunkWeights = new Int32Array(1024);
let chunkRuns = new Int32Array(1024);

const NO_SLICES: SliceSplit = { cfg: new Int32Array(0), end: new Int32Array(0), count: 0 };

/** Encodes one palette chunk; returns the zeros coded as runs and the bits of its palette header. */
function encodeChunk(
  chunk: Int16Array,
  writer: BitSink,
  used: Uint8Array,
  paletteFrequencies?: Float64Array,
  forceZeroRuns?: boolean,
): { zeroRunZeros: number; paletteBits: number; zeroRuns: boolean } {
  const size = chunk.length;
  if (size === 0) return { zeroRunZeros: 0, paletteBits: 0, zeroRuns: false };
  // The per-value passes run in the WebAssembly kernel when there is one (on the chunk copied into it).
  const kernel = searchImpl === 'simd' && size <= SIMD_MAX_VALUES ? chunkKernel() : null;
  if (kernel) kernel.chunk.set(chunk);
  const pal = buildPalette(chunk, used, paletteFrequencies, kernel ?? undefined, forceZeroRuns);

  // Uncompressed coding is possible only when every value is in the palette or there is no palette.
  let uncompressedBits = 0;
  if (pal.onlyPalette) {
    while (1 << uncompressedBits < pal.size) uncompressedBits++;
  } else if (pal.size === 0) {
    uncompressedBits = pal.bits;
  }

  // Split into coded weights and zero runs (one run before each weight and one at the end). The kernel's
  // weight search reads the coded weights where they are written, in its own memory.
  let weights: Int32Array;
  let runs: Int32Array;
  let nWeights = 0;
  let nRuns = 0;
  let zeroRunZeros = 0;
  // An all-zero chunk still needs one coded weight, so its first zero is not taken as a run.
  const allowLeadingRun = !pal.onlyZeros;
  const inv = pal.inv;
  if (kernel) {
    kernel.index.set(inv);
    weights = kernel.values;
    runs = kernel.runs;
    if (!pal.useZeroRuns) {
      kernel.map(size);
      nWeights = size;
    } else {
      nWeights = kernel.split(size, allowLeadingRun);
      nRuns = nWeights + 1;
      // Every value is either a coded weight or a zero in a run.
      zeroRunZeros = size - nWeights;
    }
  } else {
    if (chunkWeights.length < size + 1) {
      chunkWeights = new Int32Array(size + 1);
      chunkRuns = new Int32Array(size + 1);
    }
    weights = chunkWeights;
    runs = chunkRuns;
    if (!pal.useZeroRuns) {
      // Every value is coded (the common case for dense weights).
      for (let i = 0; i < size; i++) weights[i] = inv[chunk[i] + 256];
      nWeights = size;
    } else {
      let i = 0;
      for (;;) {
        let zeros = 0;
        if (allowLeadingRun || i > 0) {
          while (i < size && chunk[i] === 0) {
            zeros++;
            i++;
          }
        }
        zeroRunZeros += zeros;
        runs[nRuns++] = zeros;
        if (i === size) break;
        weights[nWeights++] = inv[chunk[i] + 256];
        i++;
      }
    }
  }

  const tables = weightCostTable(uncompressedBits);
  const wSplit = searchWeights(weights, nWeights, tables);
  const zSplit: SliceSplit = !pal.useZeroRuns
    ? NO_SLICES
    : kernel
      ? simdSearchRuns(nWeights + 1, runSlices.reset())
      : searchRuns(runs, nWeights + 1);

  let pos = 0;
  let iw = 0;
  let iz = 0;
  let newPalette = true;
  let firstPassWithRuns = nRuns > 0;
  while (pos < nWeights || newPalette || firstPassWithRuns) {
    let wLen = 0;
    let zLen = 0;
    if (iw < wSplit.count) wLen = Math.min(wSplit.end[iw] - pos, MAX_SLICE_LEN);
    if (iz < zSplit.count) zLen = Math.min(zSplit.end[iz] - pos, MAX_SLICE_LEN);
    const wCfg = wLen ? wSplit.cfg[iw] : 0;
    const zCfg = pal.useZeroRuns ? zSplit.cfg[iz] : 0;
    // The first slice carries the leading run too; later slices only the runs after their weights.
    const zStart = pos + (newPalette ? 0 : 1);
    if (writer instanceof BitCounter)
      writer.skip(
        sliceBits(pal, weights, pos, wLen, runs, zStart, zLen, newPalette, uncompressedBits, wCfg, zCfg, kernel),
      );
    else encodeSlice(writer, pal, weights, pos, wLen, runs, zStart, zLen, newPalette, uncompressedBits, wCfg, zCfg);
    newPalette = false;
    if (zLen <= 0 && wLen > 0) pos += wLen;
    else if (wLen <= 0 && zLen > 0) pos += zLen;
    else pos += Math.min(zLen, wLen);
    if (iw < wSplit.count && wSplit.end[iw] <= pos) iw++;
    if (iz < zSplit.count && zSplit.end[iz] <= pos) iz++;
    firstPassWithRuns = false;
  }
  // The new-palette fields of the first slice header: offset, size, width and the entries.
  return { zeroRunZeros, paletteBits: 13 + pal.size * pal.bits, zeroRuns: pal.useZeroRuns };
}

const wRemainA = new Int32Array(12);
const wRemainB = new Int32Array(12);
const zRemainA = new Int32Array(12);
const zRemainB = new Int32Array(12);

/** What a slice's configs make of its fields (shared by encodeSlice and sliceBits). */
function sliceFormat(
  pal: Palette,
  wCount: number,
  zLen: number,
  newPalette: boolean,
  uncompressedBits: number,
  wCfg: number,
): { zCount: number; wTrunc: boolean; wUncompressed: boolean; wDiv: number } {
  const wUncompressed = W_MODE[wCfg] === 2;
  return {
    // Zero runs: one before each weight of the slice, plus the leading one in a slice that starts a palette.
    zCount: pal.useZeroRuns && zLen ? wCount + (newPalette ? 1 : 0) : 0,
    wTrunc: W_MODE[wCfg] === 1,
    wUncompressed,
    wDiv: wUncompressed ? uncompressedBits : W_DIV[wCfg],
  };
}

/**
 * The bits encodeSlice would write, counted without packing them: the header, 12-bit unary words for every
 * group of up to 12 weight symbols (none when uncompressed), a second unary bit for every symbol of a value
 * that has more to come, the remainders, and the zero-run unary words and remainders. Equal to encodeSlice's
 * count by construction of the format (each group takes symbols until full or the stream ends; only the last
 * group of each stream is padded).
 */
function sliceBits(
  pal: Palette,
  weights: Int32Array,
  wStart: number,
  wCount: number,
  runs: Int32Array,
  zStart: number,
  zLen: number,
  newPalette: boolean,
  uncompressedBits: number,
  wCfg: number,
  zCfg: number,
  /** The kernel holding `weights` and `runs`, to count there. */
  kernel: ChunkKernel | null,
): number {
  const { zCount, wTrunc, wUncompressed, wDiv } = sliceFormat(pal, wCount, zLen, newPalette, uncompressedBits, wCfg);
  let bits = 3 + SLICE_LEN_BITS + 3 + 1 + 1;
  if (newPalette) bits += 5 + 5 + 3 + pal.size * pal.bits;
  bits += wDiv * wCount;
  if (!wUncompressed && wCount > 0 && kernel) bits += kernel.weightBits(wStart, wCount, wDiv, wTrunc);
  else if (!wUncompressed && wCount > 0) {
    let symbols = 0;
    let ones = 0;
    if (wTrunc) {
      for (let i = wStart; i < wStart + wCount; i++) {
        const q = weights[i] >> wDiv;
        symbols += ((q / 3) | 0) + 1;
        if (q > 0) ones += (((q - 1) / 3) | 0) + 1;
      }
    } else {
      // Plain codes (two quotient steps a symbol): floor(q / 2) + 1 symbols, q - floor(q / 2) of them with more to come.
      let sumQ = 0;
      let sumHalf = 0;
      for (let i = wStart; i < wStart + wCount; i++) {
        const q = weights[i] >> wDiv;
        sumQ += q;
        sumHalf += q >> 1;
      }
      symbols = sumHalf + wCount;
      ones = sumQ - sumHalf;
    }
    bits += 12 * Math.ceil(symbols / 12) + ones;
  }
  if (zCount > 0) {
    const zUnaryLen = zCfg < 3 ? 12 : 8;
    let symbols = 0;
    if (kernel) symbols = kernel.runSymbols(zStart, zCount, zCfg);
    else for (let i = zStart; i < zStart + zCount; i++) symbols += (runs[i] >> zCfg) + 1;
    bits += zUnaryLen * Math.ceil(symbols / zUnaryLen) + zCfg * zCount;
  }
  return bits;
}

function encodeSlice(
  writer: BitSink,
  pal: Palette,
  weights: Int32Array,
  wStart: number,
  wCount: number,
  runs: Int32Array,
  zStart: number,
  zLen: number,
  newPalette: boolean,
  uncompressedBits: number,
  wCfg: number,
  zCfg: number,
): void {
  const useRuns = pal.useZeroRuns;
  const { zCount, wTrunc, wUncompressed, wDiv } = sliceFormat(pal, wCount, zLen, newPalette, uncompressedBits, wCfg);
  const zDiv = zCfg;

  // Slice header.
  writer.put(3, useRuns ? zDiv : ZDIV_DISABLED);
  writer.put(SLICE_LEN_BITS, wCount - 1);
  writer.put(3, wUncompressed ? WDIV_UNCOMPRESSED : wDiv);
  writer.put(1, wTrunc ? 1 : 0);
  writer.put(1, newPalette ? 1 : 0);
  if (newPalette) {
    writer.put(5, pal.directOffset);
    writer.put(5, Math.max(0, pal.size - 1));
    writer.put(3, pal.bits - 2);
    for (let k = 0; k < pal.size; k++) writer.put(pal.bits, pal.lut[k]);
  }

  // Body: chunks of up to 12 unary symbols per stream, each chunk's remainders written after the next chunk's unary bits.
  const zUnaryLen = zDiv < 3 ? 12 : 8;
  const wMask = (1 << wDiv) - 1;
  const zMask = (1 << zDiv) - 1;
  const wStep = wTrunc ? 3 : 2;
  const maxWSymbols = wUncompressed && wDiv > 5 ? 8 : 12;
  let wPos = 0;
  let zPos = 0;
  let wq = -1;
  let wr = 0;
  let zq = -1;
  let zr = 0;
  let wRemain = wRemainA;
  let wPrevRemain = wRemainB;
  let zRemain = zRemainA;
  let zPrevRemain = zRemainB;
  let wPrevEnabled = false;
  let wPrevCount = 0;
  let zPrevEnabled = false;
  let zPrevCount = 0;
  do {
    const balance = useRuns ? wPos - zPos : 0;
    const wEnabled = balance < 8 && wPos < wCount;
    const zEnabled = balance >= 0 && useRuns && zPos < zCount;
    let wUnary0 = 0;
    let wUnary1 = 0;
    let wUnary1Len = 0;
    let wCountNow = 0;
    if (wEnabled) {
      let j = 0;
      while (j < maxWSymbols) {
        if (wq < 0) {
          if (wPos === wCount) {
            // Past the last weight the group is padded with empty symbols (no bits, no remainder).
            j = maxWSymbols;
            wq = -wStep;
            break;
          }
          const value = weights[wStart + wPos];
          wq = value >> wDiv;
          wr = value & wMask;
        }
        // The value's remaining symbols (quotient wq, stepping by wStep) that fit in this group, at once:
        // unary0 gets a 1 per symbol with wq > 0, unary1 one bit per such symbol, 1 while wq > 1.
        const symbols = ((wq / wStep) | 0) + 1;
        const take = symbols < maxWSymbols - j ? symbols : maxWSymbols - j;
        let ones0 = wq > 0 ? (((wq - 1) / wStep) | 0) + 1 : 0;
        if (ones0 > take) ones0 = take;
        let ones1 = wq > 1 ? (((wq - 2) / wStep) | 0) + 1 : 0;
        if (ones1 > ones0) ones1 = ones0;
        wUnary0 |= ((1 << ones0) - 1) << j;
        wUnary1 |= ((1 << ones1) - 1) << wUnary1Len;
        wUnary1Len += ones0;
        j += take;
        wq -= take * wStep;
        if (wq < 0) {
          wRemain[wCountNow++] = wr;
          wPos++;
        }
      }
    }
    let zUnary = 0;
    let zCountNow = 0;
    if (zEnabled) {
      let j = 0;
      while (j < zUnaryLen) {
        if (zq < 0) {
          if (zPos < zCount) {
            const value = runs[zStart + zPos];
            zq = value >> zDiv;
            zr = value & zMask;
          } else {
            zq = 0;
            zr = -1;
          }
        }
        while (zq >= 0 && j < zUnaryLen) {
          if (zq > 0) zUnary |= 1 << j;
          j++;
          zq--;
        }
        if (zq < 0 && zr >= 0) {
          zRemain[zCountNow++] = zr;
          zPos++;
        }
      }
    }
    if (wEnabled && !wUncompressed) writer.put(12, wUnary0);
    if (zEnabled) writer.put(zUnaryLen, zUnary);
    if (wEnabled && !wUncompressed && wUnary1Len > 0) writer.put(wUnary1Len, wUnary1);
    if (wPrevEnabled) putFields(writer, wDiv, wPrevRemain, wPrevCount);
    if (zPrevEnabled) putFields(writer, zDiv, zPrevRemain, zPrevCount);
    wPrevEnabled = wEnabled;
    wPrevCount = wCountNow;
    const wSwap = wRemain; // swap without allocating a pair per group
    wRemain = wPrevRemain;
    wPrevRemain = wSwap;
    zPrevEnabled = zEnabled;
    zPrevCount = zCountNow;
    const zSwap = zRemain;
    zRemain = zPrevRemain;
    zPrevRemain = zSwap;
  } while (wPrevEnabled || zPrevEnabled);
}

/**
 * Writes count fields of `width` bits each, LSB-first, exactly as count separate puts would, but packed
 * into puts of up to 24 bits (fewer writer calls on the hot path).
 */
function putFields(writer: BitSink, width: number, fields: Int32Array, count: number): void {
  if (width === 0) return;
  let packed = 0;
  let packedBits = 0;
  for (let k = 0; k < count; k++) {
    if (packedBits + width > 24) {
      writer.put(packedBits, packed);
      packed = 0;
      packedBits = 0;
    }
    packed |= (fields[k] & ((1 << width) - 1)) << packedBits;
    packedBits += width;
  }
  writer.put(packedBits, packed);
}
