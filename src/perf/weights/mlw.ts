// The Ethos-U "MLW" weight codec (the default weight format on every Ethos-U), bit-exact with the
// encoder Vela 5.1.0 uses. Facts (not code) from regor's mlw_codec:
// - The input is read in chunks of 128 Ki values; every chunk gets a freshly built palette.
// - Per chunk: optional zero-run mode, a palette of up to 32 frequent values, values outside it coded
//   directly from their folded form (|v|<<1 | sign), and a greedy Golomb-Rice parameter search that
//   cuts the chunk into slices.
// - The stream ends with ZDIV=7, 1-bits to a byte boundary and 0xFF bytes to a 16-byte boundary.

import { BitWriter } from './bits.js';

/** Values per palette chunk: regor feeds the codec 128 Ki weights at a time and each call starts a new palette. */
export const MLW_CHUNK_VALUES = 128 * 1024;

const ZERO_FREQ_THRESHOLD = 5;
const MIN_ZERO_RUN_LENGTH = 2;
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
const Z_CONFIGS = 4; // zero-run divisor 0..3

export interface MlwEncodeResult {
  /** The encoded stream, padded to 16 bytes. */
  bytes: Uint8Array;
  /** Zeros that were coded as zero runs (regor's zero count; 0 when zero-run mode is never used). */
  zeroRunZeros: number;
  /** used[v + 256] = 1 when value v occurred (v in -256..255). */
  used: Uint8Array;
  /** Values read (the encoder's source length). */
  sourceLength: number;
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

/** Encodes zero-point-corrected weights (each in -255..255) as one MLW stream. */
export function mlwEncode(values: Int16Array): MlwEncodeResult {
  const writer = new BitWriter(values.length + 64);
  const used = new Uint8Array(512);
  let zeroRunZeros = 0;
  for (let start = 0; start < values.length; start += MLW_CHUNK_VALUES) {
    const chunk = values.subarray(start, Math.min(values.length, start + MLW_CHUNK_VALUES));
    zeroRunZeros += encodeChunk(chunk, writer, used);
  }
  writer.put(3, ZDIV_END_OF_STREAM);
  writer.align(16, 1, 0xff);
  return { bytes: writer.bytes(), zeroRunZeros, used, sourceLength: values.length };
}

/** Size in bytes of the MLW stream for `values`, without keeping the bytes. */
export function mlwEncodedSize(values: Int16Array): number {
  return mlwEncode(values).bytes.length;
}

function buildPalette(values: Int16Array, used: Uint8Array): Palette {
  const freq = new Int32Array(512);
  let totalZeros = 0;
  let zerosInRuns = 0;
  let run = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    freq[v + 256]++;
    used[v + 256] = 1;
    if (v === 0) {
      totalZeros++;
      run++;
    } else {
      if (run >= MIN_ZERO_RUN_LENGTH) zerosInRuns += run;
      run = 0;
    }
  }
  if (run >= MIN_ZERO_RUN_LENGTH) zerosInRuns += run;

  let commonFreq = 0;
  for (let i = 0; i < 512; i++) if (i !== 256 && freq[i] > commonFreq) commonFreq = freq[i];
  // Zero runs pay off when most zeros sit in runs and zero dominates the next most common value.
  const useZeroRuns = zerosInRuns >= Math.floor(totalZeros / 2) && totalZeros > ZERO_FREQ_THRESHOLD * commonFreq;

  // Frequency per folded value; the key orders by frequency, then by larger folded value.
  const foldedFreq = new Int32Array(512);
  let allCount = 0;
  let maxFolded = 0;
  for (let v = -255; v < 256; v++) {
    if (v === 0 && useZeroRuns) continue;
    const folded = (Math.abs(v) << 1) | (v < 0 ? 1 : 0);
    const f = freq[v + 256];
    foldedFreq[folded] = f;
    allCount += f;
    if (f > 0 && folded > maxFolded) maxFolded = folded;
  }
  const onlyZeros = allCount === 0;
  let directOffset = 0;
  if (allCount !== 0) {
    // Direct codes skip the unused small values around zero.
    while (directOffset < 31 && foldedFreq[directOffset] === 0) directOffset++;
  }
  const order: number[] = [];
  for (let folded = 0; folded < 512; folded++) order.push(foldedFreq[folded] * 65536 + folded);
  order.sort((a, b) => b - a);
  const freqAt = (k: number): number => Math.floor(order[k] / 65536);

  const onlyPalette = freqAt(0) > 0 && freqAt(32) === 0;
  let maxSize = onlyPalette ? 32 : Math.min(32, 511 - maxFolded);
  if (maxSize === 1) maxSize = 0; // a one-entry palette is not supported
  const lut = new Int16Array(32);
  let entries = 0;
  let maxLutValue = 0;
  let lutCount = 0;
  for (; entries < maxSize; entries++) {
    const count = freqAt(entries);
    if (count === 0) break;
    const folded = order[entries] % 65536;
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
  const inv = new Int16Array(512);
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

interface SliceSplit {
  cfg: number[];
  end: number[];
}

/**
 * Greedy forward Golomb-Rice parameter search over `count` values; value i costs table[keys[i] * nCfg + cfg]
 * bits under config cfg (-1 = cannot be coded). Returns the slice configs and their end positions.
 * Each config keeps a running bit count; a config that could not code the previous value restarts from the
 * active path's count. A switch happens when the active config cannot code a value or another config is
 * ahead by more than the switch cost; a switch to a config that was better all along (and became usable no
 * later) extends it backwards instead of cutting a slice.
 */
function searchParameters(keys: Int32Array, count: number, nCfg: number, table: Int32Array): SliceSplit {
  const bitCount = new Int32Array(nCfg);
  // resetPos[j] = index after the last value config j could not code; so resetPos[j] === i means that
  // config j could not code the previous value and restarts from the active path.
  const resetPos = new Int32Array(nCfg);
  const split: SliceSplit = { cfg: [], end: [] };
  let active = -1;
  let activeBits = 0;
  for (let i = 0; i < count; i++) {
    const base = keys[i] * nCfg;
    let best = 0x7fffffff;
    let bestCfg = 0;
    for (let j = 0; j < nCfg; j++) {
      const bits = table[base + j];
      if (bits >= 0) {
        const total = (resetPos[j] === i ? activeBits : bitCount[j]) + bits;
        bitCount[j] = total;
        if (total < best) {
          best = total;
          bestCfg = j;
        }
      } else {
        resetPos[j] = i + 1;
        bitCount[j] += SLICE_SWITCH_COST;
      }
    }
    if (active === -1 || resetPos[active] === i + 1 || (bestCfg !== active && best + SLICE_SWITCH_COST < activeBits)) {
      if (active !== -1) {
        const elide = bitCount[bestCfg] < bitCount[active] && resetPos[bestCfg] <= resetPos[active];
        if (!elide) {
          split.cfg.push(active);
          split.end.push(i);
        }
      }
      active = bestCfg;
    }
    activeBits = bitCount[active];
  }
  if (split.cfg.length === 0 || split.cfg[split.cfg.length - 1] !== active) {
    split.cfg.push(active);
    split.end.push(count);
  }
  split.end[split.end.length - 1] = count;
  return split;
}

/** Per-config weight costs; table-driven since coded weight indices are < 1024. */
function weightCostTable(uncompressedBits: number): Int32Array {
  const table = new Int32Array(1024 * W_CONFIGS);
  const uncompressedCost = uncompressedBits > 0 ? uncompressedBits : 100;
  for (let v = 0; v < 1024; v++) {
    for (let j = 0; j < W_CONFIGS; j++) {
      const mode = W_MODE[j];
      const q = v >> W_DIV[j];
      let bits: number;
      if (mode === 2) bits = uncompressedCost;
      else if (mode === 1) bits = q <= 2 ? Math.min(q + 1, 2) + W_DIV[j] : -1;
      else bits = q <= 31 ? q + 1 + W_DIV[j] : -1;
      table[v * W_CONFIGS + j] = bits;
    }
  }
  return table;
}

/** Zero-run costs per run (runs can be long, so one table row per run rather than per value). */
function runCostTable(runs: Int32Array, count: number): { keys: Int32Array; table: Int32Array } {
  const keys = new Int32Array(count);
  const table = new Int32Array(count * Z_CONFIGS);
  for (let i = 0; i < count; i++) {
    keys[i] = i;
    for (let j = 0; j < Z_CONFIGS; j++) table[i * Z_CONFIGS + j] = (runs[i] >> j) + 1 + j;
  }
  return { keys, table };
}

/** Encodes one palette chunk; returns the zeros coded as runs. */
function encodeChunk(chunk: Int16Array, writer: BitWriter, used: Uint8Array): number {
  const size = chunk.length;
  if (size === 0) return 0;
  const pal = buildPalette(chunk, used);

  // Uncompressed coding is possible only when every value is in the palette or there is no palette.
  let uncompressedBits = 0;
  if (pal.onlyPalette) {
    while (1 << uncompressedBits < pal.size) uncompressedBits++;
  } else if (pal.size === 0) {
    uncompressedBits = pal.bits;
  }

  // Split into coded weights and zero runs (one run before each weight and one at the end).
  const weights = new Int32Array(size);
  const runs = pal.useZeroRuns ? new Int32Array(size + 1) : new Int32Array(0);
  let nWeights = 0;
  let nRuns = 0;
  let zeroRunZeros = 0;
  // An all-zero chunk still needs one coded weight, so its first zero is not taken as a run.
  const allowLeadingRun = !pal.onlyZeros;
  let i = 0;
  for (;;) {
    if (pal.useZeroRuns) {
      let zeros = 0;
      if (allowLeadingRun || i > 0) {
        while (i < size && chunk[i] === 0) {
          zeros++;
          i++;
        }
      }
      zeroRunZeros += zeros;
      runs[nRuns++] = zeros;
    }
    if (i === size) break;
    weights[nWeights++] = pal.inv[chunk[i] + 256];
    i++;
  }

  const wSplit = searchParameters(weights, nWeights, W_CONFIGS, weightCostTable(uncompressedBits));
  let zSplit: SliceSplit = { cfg: [], end: [] };
  if (pal.useZeroRuns) {
    const runCosts = runCostTable(runs, nWeights + 1);
    zSplit = searchParameters(runCosts.keys, nWeights + 1, Z_CONFIGS, runCosts.table);
  }

  let pos = 0;
  let iw = 0;
  let iz = 0;
  let newPalette = true;
  let firstPassWithRuns = nRuns > 0;
  while (pos < nWeights || newPalette || firstPassWithRuns) {
    let wLen = 0;
    let zLen = 0;
    if (iw < wSplit.cfg.length) wLen = Math.min(wSplit.end[iw] - pos, MAX_SLICE_LEN);
    if (iz < zSplit.cfg.length) zLen = Math.min(zSplit.end[iz] - pos, MAX_SLICE_LEN);
    const wCfg = wLen ? wSplit.cfg[iw] : 0;
    const zCfg = pal.useZeroRuns ? zSplit.cfg[iz] : 0;
    // The first slice carries the leading run too; later slices only the runs after their weights.
    const zStart = pos + (newPalette ? 0 : 1);
    encodeSlice(writer, pal, weights, pos, wLen, runs, zStart, zLen, newPalette, uncompressedBits, wCfg, zCfg);
    newPalette = false;
    if (zLen <= 0 && wLen > 0) pos += wLen;
    else if (wLen <= 0 && zLen > 0) pos += zLen;
    else pos += Math.min(zLen, wLen);
    if (iw < wSplit.cfg.length && wSplit.end[iw] <= pos) iw++;
    if (iz < zSplit.cfg.length && zSplit.end[iz] <= pos) iz++;
    firstPassWithRuns = false;
  }
  return zeroRunZeros;
}

const wRemainA = new Int32Array(12);
const wRemainB = new Int32Array(12);
const zRemainA = new Int32Array(12);
const zRemainB = new Int32Array(12);

function encodeSlice(
  writer: BitWriter,
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
  const zCount = useRuns && zLen ? wCount + (newPalette ? 1 : 0) : 0;
  const wTrunc = W_MODE[wCfg] === 1;
  const wUncompressed = W_MODE[wCfg] === 2;
  const wDiv = wUncompressed ? uncompressedBits : W_DIV[wCfg];
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
          if (wPos < wCount) {
            const value = weights[wStart + wPos];
            wq = value >> wDiv;
            wr = value & wMask;
          } else {
            wq = 0;
            wr = -1;
          }
        }
        while (wq >= 0 && j < maxWSymbols) {
          if (wq > 0) {
            wUnary0 |= 1 << j;
            if (wq > 1) wUnary1 |= 1 << wUnary1Len;
            wUnary1Len++;
          }
          j++;
          wq -= wStep;
        }
        if (wq < 0 && wr >= 0) {
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
    if (wPrevEnabled) for (let k = 0; k < wPrevCount; k++) writer.put(wDiv, wPrevRemain[k]);
    if (zPrevEnabled && zDiv > 0) for (let k = 0; k < zPrevCount; k++) writer.put(zDiv, zPrevRemain[k]);
    wPrevEnabled = wEnabled;
    wPrevCount = wCountNow;
    [wRemain, wPrevRemain] = [wPrevRemain, wRemain];
    zPrevEnabled = zEnabled;
    zPrevCount = zCountNow;
    [zRemain, zPrevRemain] = [zPrevRemain, zRemain];
  } while (wPrevEnabled || zPrevEnabled);
}
