// Encoded weight size from an exact encoding of a sample of the tensor (the default in `check`).
//
// The exact encoder costs some tens of nanoseconds per weight and target (the parameter search is serial), most
// of a check on a model with millions of weights. A sample keeps the stream's structure: whole OFM
// microblocks spread evenly over the tensor (and, for deep inputs, spread IFM blocks), ordered with the real
// block config and encoded with the palette its stream's channels give (see streamFrequencies). Its bits are
// scaled by a proxy (every value priced under each Golomb-Rice divisor, the cheapest per unit), so channels of
// very different spread are weighed by what they cost rather than by count. Small, mostly-zero, clustered and
// special-layout tensors are encoded exactly. Measured against the exact encoder with the default budget (3072 values):
// corpus models x 9 targets, encoded weights median 0.0% / p90 0.3%; built tensors within 2% (per-channel
// quantized) and 5% (wildly varying channel spreads).

import {
  coresFor,
  encodeWeightsOnce,
  regorDistinct,
  scaleRecordBytes,
  validateEncodeInput,
  type EncodeWeightsInput,
} from './index.js';
import { foldValue } from './bits.js';
import { mlwEncode, mostZerosInRuns, MLW_CHUNK_VALUES, ZERO_FREQ_THRESHOLD } from './mlw.js';
import { orderedValues } from './order.js';
import { hasSharedZeroPoint } from './source.js';

export interface WeightSize {
  /** Encoded weight streams incl. padding (exact, or predicted from the sample). */
  weightBytes: number;
  /** Scale and bias records (always exact: they depend only on the channel count). */
  scaleBytes: number;
  /** True when every value was encoded. */
  exact: boolean;
  /** Values the exact encoder was run on. */
  encodedValues: number;
  /** What regor's decode-cost model reads of the stream (see WeightStats), predicted like the size. */
  sourceElements: number;
  zeroCount: number;
  distinctWeights: number;
  /**
   * Sampled only: the predicted bits of the full units of channels coded without the partial last unit (bodies and
   * palette headers in the zero-run mode of their own values, without stream alignment), from which a slice of whole
   * units takes its share (see slicedEncoding).
   */
  unitBits?: number;
}

const roundUp = (x: number, n: number): number => Math.ceil(x / n) * n;

// The proxy: every value priced with the codec's plain Golomb-Rice divisors 0..5 under a tensor-wide palette
// (the most frequent values, zeros as nearly free runs when they dominate), a value a divisor cannot code
// priced like the slice switch it forces; per unit of channels the cheapest divisor's total. The parameter
// search picks about that config per region, so bits track the proxy across channels of very different
// spread. (The truncated configs never gave the cheapest unit total on the corpus, so they are left out.)
const CONFIGS = 6;
const SWITCH_BITS = 40;

export interface ChannelStats {
  /** cost[g * 6 + d]: the proxy bits of OFM channels g * group .. (g + 1) * group - 1 under divisor d. */
  cost: Float64Array;
  /**
   * Channels per cost row: COST_GROUP when every channel shares a zero point, else 1. Sampling units are
   * whole groups (a microblock is a multiple of 4 channels), and pricing a group's histogram once is cheaper
   * than pricing each channel's.
   */
  group: number;
  /** Values that are not the zero point. */
  nonzero: number;
  /** Count per zero-point-corrected value (index v + 256), for the sample's palette. */
  frequencies: Float64Array;
  /** The proxy's bits per value and config (a sample is priced with its tensor's table). */
  table: Uint8Array;
  /** Every checked channel holds at most PALETTE_VALUES distinct values (a clustered tensor: see sizingPlan). */
  clustered: boolean;
  /**
   * Raw-byte counts by channel class (classes[k * 256 + byte], see channelClass), from which each weight stream's
   * value counts follow (see streamFrequencies); only for tensors large enough to be sampled.
   */
  classes?: Int32Array;
}

/** Channel classes: by channel parity and group of 4 channels mod 4, the layouts of multi-core weight streams. */
const CLASSES = 8;
const channelClass = (c: number): number => ((c >> 2) & 3) * 2 + (c & 1);
/** Tensors with fewer values are encoded exactly: no class counts. */
const CLASS_MIN_VALUES = 2048;
const classScratch = new Int32Array(CLASSES * 4 * 256);

// Scratch of channelCosts and proxyTable, reused across calls: allocating typed arrays costs more than
// pricing a small tensor (the functions are not re-entrant).
const rawScratch = new Int32Array(256);
/** Per raw byte, its proxy bits under configs 0-2 and 3-5, packed three to a double (see PACK). */
const packedLow = new Float64Array(256);
const packedHigh = new Float64Array(256);
const histScratch = new Int32Array(512);
const touchedScratch = new Int32Array(512);
const keysScratch = new Float64Array(511);
const keyScratch = new Int32Array(512);

/** Proxy bits of a coded key under each divisor: (key >> d) + 1 + d, or a slice switch when it does not fit. */
const KEY_COST = new Uint8Array(1024 * CONFIGS);
for (let key = 0; key < 1024; key++) {
  for (let d = 0; d < CONFIGS; d++) KEY_COST[key * CONFIGS + d] = key >> d <= 31 ? (key >> d) + 1 + d : SWITCH_BITS;
}

/**
 * Field width of the packed pricing: three 17-bit sums in one double (exact below 2^53). A value costs at most
 * SWITCH_BITS, so a stretch of PACK_VALUES values cannot carry into the next field.
 */
const PACK = 2 ** 17;
const PACK2 = 2 ** 34;
const PACK_VALUES = Math.floor((PACK - 1) / SWITCH_BITS);

/** Channels per cost row when they share a zero point: every sampling unit is a multiple of it. */
const COST_GROUP = 4;

/** Per group of OFM channels, the proxy cost under each config (depends only on the tensor: compute once for all targets). */
export function channelCosts(
  weights: Int8Array | Uint8Array,
  shape: readonly [number, number, number, number],
  zeroPoints: readonly number[],
  depthwise: boolean,
  priceWith?: Uint8Array,
  reread?: () => Int8Array | Uint8Array,
): ChannelStats {
  const [o, h, w, i] = shape;
  const channels = depthwise ? i : o;
  const count = o * h * w * i;
  const perChannel = count / channels;
  // The pricing pass may run later (see withCosts): it reads the values through `values`, which holds on to the
  // array only when the caller cannot read it again (a weight buffer read lazily from a large file is not pinned).
  const values = reread ?? holding(weights);
  const nZp = Math.max(1, zeroPoints.length);
  const zp0 = zeroPoints[0] ?? 0;
  const uniform = zeroPoints.every((z) => z === zp0);
  const group = uniform ? COST_GROUP : 1;
  const groups = Math.ceil(channels / group);
  // Channel c's values: perChannel in a row (OHWI), or every `stride`-th from c (depthwise [1, H, W, C]).
  const stride = depthwise ? channels : 1;
  const step = depthwise ? 1 : perChannel;
  // Raw bytes index the histograms (one shift per tensor when the zero point is shared).
  const signed = weights instanceof Int8Array;
  const valueOf = (b: number): number => (signed ? (b << 24) >> 24 : b);
  const freq = new Float64Array(512);
  let zeros = 0;
  let classes: Int32Array | undefined;
  // Not for a sample's statistics (priced with its tensor's table): only the whole tensor's is read.
  const clustered = !priceWith && isClustered(weights, shape, depthwise);

  if (uniform && !depthwise) {
    // A shared zero point, channels in contiguous rows: the tensor's raw-byte histogram (four interleaved
    // counters: a run of one value, zeros most often, would serialise on one), then every value priced
    // under all six configs with two lookups in a packed table, summed per group row.
    const raw = rawScratch;
    const shift = 256 - zp0;
    // By channel class (each channel's values in a row) for the streams' value counts, when it may be sampled.
    const byClass = !priceWith && count >= CLASS_MIN_VALUES;
    const h = classScratch;
    if (byClass) {
      for (let c = 0; c < channels; c++)
        countBytes(weights, c * perChannel, (c + 1) * perChannel, h, channelClass(c) * 1024);
      classes = new Int32Array(CLASSES * 256);
    } else countBytes(weights, 0, count, h, 0);
    for (let cls = 0; cls < (byClass ? CLASSES : 1); cls++) {
      const base = cls * 1024;
      for (let b = 0; b < 256; b++) {
        const n = h[base + b] + h[base + b + 256] + h[base + b + 512] + h[base + b + 768];
        if (classes) classes[cls * 256 + b] = n;
        raw[b] += n;
      }
      h.fill(0, base, base + 1024);
    }
    for (let b = 0; b < 256; b++) if (raw[b] > 0) freq[valueOf(b) + shift] += raw[b];
    zeros = raw[zp0 & 255];
    raw.fill(0);
    const table = priceWith ?? proxyTable(freq);
    const price = (): Float64Array => {
      const data = values();
      const cost = new Float64Array(groups * CONFIGS);
      const low = packedLow;
      const high = packedHigh;
      for (let b = 0; b < 256; b++) {
        const row = (valueOf(b) + shift) * CONFIGS;
        low[b] = table[row] + table[row + 1] * PACK + table[row + 2] * PACK2;
        high[b] = table[row + 3] + table[row + 4] * PACK + table[row + 5] * PACK2;
      }
      const rowValues = group * perChannel;
      for (let g = 0; g < groups; g++) {
        const end = Math.min(count, (g + 1) * rowValues);
        const at = g * CONFIGS;
        for (let from = g * rowValues; from < end; from += PACK_VALUES) {
          // A stretch short enough that no packed field overflows.
          const stop = Math.min(end, from + PACK_VALUES);
          // Two running sums per packed half: an add no longer waits on the one just before it.
          let lo = 0;
          let hi = 0;
          let lo2nd = 0;
          let hi2nd = 0;
          let j = from;
          for (; j + 2 <= stop; j += 2) {
            const a = data[j] & 255;
            const b = data[j + 1] & 255;
            lo += low[a];
            hi += high[a];
            lo2nd += low[b];
            hi2nd += high[b];
          }
          if (j < stop) {
            const a = data[j] & 255;
            lo += low[a];
            hi += high[a];
          }
          lo += lo2nd;
          hi += hi2nd;
          const lo2 = Math.floor(lo / PACK2);
          const lo1 = Math.floor((lo - lo2 * PACK2) / PACK);
          const hi2 = Math.floor(hi / PACK2);
          const hi1 = Math.floor((hi - hi2 * PACK2) / PACK);
          cost[at] += lo - lo2 * PACK2 - lo1 * PACK;
          cost[at + 1] += lo1;
          cost[at + 2] += lo2;
          cost[at + 3] += hi - hi2 * PACK2 - hi1 * PACK;
          cost[at + 4] += hi1;
          cost[at + 5] += hi2;
        }
      }
      return cost;
    };
    return withCosts(
      { group, nonzero: count - zeros, frequencies: freq, table, clustered, classes },
      price,
      !priceWith,
    );
  }

  // Otherwise channel by channel. The tensor's histogram first (the table depends on it): with a shared
  // zero point one pass over the raw bytes, shifted once.
  if (!priceWith) {
    if (uniform) {
      const raw = rawScratch;
      if (depthwise && count >= CLASS_MIN_VALUES) {
        // By channel class (the channel axis innermost), for the streams' value counts.
        classes = new Int32Array(CLASSES * 256);
        const classOf = new Int32Array(channels);
        for (let c = 0; c < channels; c++) classOf[c] = channelClass(c) * 256;
        for (let at = 0; at < count; at += channels) {
          for (let c = 0; c < channels; c++) classes[classOf[c] + (weights[at + c] & 255)]++;
        }
        for (let cls = 0; cls < CLASSES; cls++) for (let b = 0; b < 256; b++) raw[b] += classes[cls * 256 + b];
      } else {
        for (let k = 0; k < count; k++) raw[weights[k] & 255]++;
      }
      for (let b = 0; b < 256; b++) {
        if (raw[b] > 0) freq[valueOf(b) + 256 - zp0] += raw[b];
        raw[b] = 0;
      }
    } else {
      for (let c = 0; c < channels; c++) {
        const shift = 256 - (zeroPoints[c % nZp] ?? 0);
        for (let e = 0, k = c * step; e < perChannel; e++, k += stride) freq[weights[k] + shift]++;
      }
    }
  }
  const table = priceWith ?? proxyTable(freq);
  const price = (): Float64Array => {
    const data = values();
    const cost = new Float64Array(groups * CONFIGS);
    const hist = histScratch;
    const touched = touchedScratch;
    zeros = 0;
    for (let c = 0; c < channels; c++) {
      const shift = 256 - (zeroPoints[c % nZp] ?? 0);
      const first = c * step;
      // The six configs' sums in locals, added to the channel's group row once.
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let a4 = 0;
      let a5 = 0;
      if (perChannel < 64) {
        // Short channels (depthwise kernels): price each value.
        for (let e = 0, k = first; e < perChannel; e++, k += stride) {
          const x = data[k] + shift;
          const row = x * CONFIGS;
          a0 += table[row];
          a1 += table[row + 1];
          a2 += table[row + 2];
          a3 += table[row + 3];
          a4 += table[row + 4];
          a5 += table[row + 5];
          if (x === 256) zeros++;
          if (priceWith) freq[x]++;
        }
      } else {
        // Long channels: price each distinct value once, by its count.
        let n = 0;
        for (let e = 0, k = first; e < perChannel; e++, k += stride) {
          const x = data[k] + shift;
          if (hist[x]++ === 0) touched[n++] = x;
        }
        for (let b = 0; b < n; b++) {
          const x = touched[b];
          const times = hist[x];
          hist[x] = 0;
          const row = x * CONFIGS;
          a0 += times * table[row];
          a1 += times * table[row + 1];
          a2 += times * table[row + 2];
          a3 += times * table[row + 3];
          a4 += times * table[row + 4];
          a5 += times * table[row + 5];
          if (x === 256) zeros += times;
          if (priceWith) freq[x] += times;
        }
      }
      const at = Math.floor(c / group) * CONFIGS;
      cost[at] += a0;
      cost[at + 1] += a1;
      cost[at + 2] += a2;
      cost[at + 3] += a3;
      cost[at + 4] += a4;
      cost[at + 5] += a5;
    }
    return cost;
  };
  if (priceWith) {
    // A sample's statistics come out of its pricing pass (its zeros and value counts included).
    const cost = price();
    return { cost, group, nonzero: count - zeros, frequencies: freq, table, clustered };
  }
  return withCosts({ group, nonzero: count - freq[256], frequencies: freq, table, clustered, classes }, price, true);
}

/**
 * Counts the raw bytes of weights[from, to) into four interleaved histograms at h[base..base + 1024) (a run of one
 * value, zeros most often, would serialise on one counter).
 */
function countBytes(weights: Int8Array | Uint8Array, from: number, to: number, h: Int32Array, base: number): void {
  let k = from;
  for (; k + 4 <= to; k += 4) {
    h[base + (weights[k] & 255)]++;
    h[base + 256 + (weights[k + 1] & 255)]++;
    h[base + 512 + (weights[k + 2] & 255)]++;
    h[base + 768 + (weights[k + 3] & 255)]++;
  }
  for (; k < to; k++) h[base + (weights[k] & 255)]++;
}

/** A reader of an array already in hand (defined apart, so that a pricing closure holds only this reader). */
const holding =
  (values: Int8Array | Uint8Array): (() => Int8Array | Uint8Array) =>
  () =>
    values;

/**
 * The statistics with their per-group costs priced when first read: the sizing plan reads only the counts, and
 * a tensor it encodes exactly (clustered, mostly zero, few units) never needs the pricing pass over every value.
 */
function withCosts(stats: Omit<ChannelStats, 'cost'>, price: () => Float64Array, lazy: boolean): ChannelStats {
  if (!lazy) return { ...stats, cost: price() };
  let cost: Float64Array | undefined;
  return Object.defineProperty(stats, 'cost', { get: () => (cost ??= price()), enumerable: true }) as ChannelStats;
}

/** Entries of the MLW palette. */
const PALETTE_VALUES = 32;
/**
 * Channels checked for clustering: clustering tools treat every channel of a tensor alike, but a trained
 * tensor's channels vary (a few may hold few values).
 */
const CLUSTER_CHECKS = 16;
const seenScratch = new Int32Array(256);
let seenStamp = 0;

/**
 * Whether the tensor looks clustered: CLUSTER_CHECKS spread channels of more than 2 x PALETTE_VALUES values each
 * hold at most PALETTE_VALUES distinct values. Each channel's values then fit a palette of their own but not the
 * tensor's, and a sample of channels sizes it poorly (measured on the conformance suite's clustered layers).
 */
function isClustered(
  weights: Int8Array | Uint8Array,
  shape: readonly [number, number, number, number],
  depthwise: boolean,
): boolean {
  const [o, h, w, i] = shape;
  const channels = depthwise ? i : o;
  const perChannel = (o * h * w * i) / channels;
  if (perChannel <= 2 * PALETTE_VALUES) return false;
  const stride = depthwise ? channels : 1;
  const checks = Math.min(CLUSTER_CHECKS, channels);
  for (let j = 0; j < checks; j++) {
    const c = Math.floor(((j + 0.5) * channels) / checks);
    const stamp = ++seenStamp;
    let distinct = 0;
    for (let e = 0, k = depthwise ? c : c * perChannel; e < perChannel; e++, k += stride) {
      const b = weights[k] & 255;
      if (seenScratch[b] !== stamp) {
        seenScratch[b] = stamp;
        if (++distinct > PALETTE_VALUES) return false;
      }
    }
  }
  return true;
}

/** Bits per corrected value (index v + 256) and config, under the tensor-wide palette. */
function proxyTable(freq: Float64Array): Uint8Array {
  let common = 0;
  for (let k = 0; k < 512; k++) if (k !== 256 && freq[k] > common) common = freq[k];
  const zeroRuns = freq[256] > ZERO_FREQ_THRESHOLD * common;
  // Coded values by frequency, then by larger folded value: a native sort of (count * 1024 + folded), exact
  // in a double, read from the top end.
  const keys = keysScratch;
  let present = 0;
  let total = 0;
  for (let v = -255; v < 256; v++) {
    const f = freq[v + 256];
    if ((v === 0 && zeroRuns) || f === 0) continue;
    keys[present++] = f * 1024 + foldValue(v);
    total += f;
  }
  const ascending = keys.subarray(0, present).sort();
  const paletteSize = Math.min(32, present);
  let covered = 0;
  for (let r = 0; r < paletteSize; r++) covered += Math.floor(ascending[present - 1 - r] / 1024);
  const size = covered * 2 >= total ? paletteSize : 0;
  const key = keyScratch;
  for (let v = -255; v < 256; v++) key[v + 256] = foldValue(v) + size;
  for (let r = 0; r < size; r++) {
    const f = ascending[present - 1 - r] % 1024;
    key[(f & 1 ? -(f >> 1) : f >> 1) + 256] = r;
  }
  const table = new Uint8Array(512 * CONFIGS);
  for (let x = 0; x < 512; x++) {
    if (x === 256 && zeroRuns) continue; // zeros in runs are (nearly) free
    const from = key[x] * CONFIGS;
    const at = x * CONFIGS;
    table[at] = KEY_COST[from];
    table[at + 1] = KEY_COST[from + 1];
    table[at + 2] = KEY_COST[from + 2];
    table[at + 3] = KEY_COST[from + 3];
    table[at + 4] = KEY_COST[from + 4];
    table[at + 5] = KEY_COST[from + 5];
  }
  return table;
}

/**
 * How weightSize sizes a tensor: every value, or a sample of whole units of OFM channels (and, for deep
 * inputs, of IFM blocks) plus the partial last unit, encoded whole (on the sampled IFM blocks, when there are).
 */
export type SizingPlan =
  | { exact: true }
  | {
      exact: false;
      unit: number;
      fullUnits: number;
      /** The sampled units of `unit` OFM channels. */
      units: number[];
      /** For deep inputs, the sampled IFM blocks of `ifmBlock` channels (all when absent). */
      ifmBlocks?: number[];
      ifmBlock: number;
    };

/**
 * OFM channels per unit of the weight streams: every stream's microblock (U55/U65: a microblock per core; U85: the
 * microblock rounded up to 4 channels per core). A part of a tensor (a sample, a slice) that is not a whole number
 * of units pads its last one with zeros.
 */
export function channelUnit(input: Pick<EncodeWeightsInput, 'family' | 'macs' | 'cores' | 'ofmUBlockDepth'>): number {
  const cores = input.cores ?? coresFor(input.family, input.macs);
  if (input.family === 'u85') return roundUp(input.ofmUBlockDepth ?? 16, 4 * cores);
  return (input.macs === 32 ? 4 : 8) * cores;
}

/** Tensors with a partial unit beside at most one full one are encoded exactly up to this many times the budget. */
const PARTIAL_UNIT_EXACT_FACTOR = 32;

/** The sizing plan for a tensor and target (see weightSize); `stats` is channelCosts() of the tensor. */
export function sizingPlan(input: EncodeWeightsInput, maxValues: number, stats?: ChannelStats): SizingPlan {
  const [o, h, w, i] = input.shape;
  const count = o * h * w * i;
  const depthwise = input.kind === 'depthwise';
  const channels = depthwise ? i : o;
  const u85 = input.family === 'u85';
  const unit = channelUnit(input);
  const fullUnits = Math.floor(channels / unit);
  const special =
    !!input.format?.fast ||
    !!input.format?.sparse ||
    (input.depthSlices?.length ?? 2) > 2 ||
    !!input.weightDepthBase ||
    !hasSharedZeroPoint(input.zeroPoints);
  if (special || count <= maxValues) return { exact: true };
  const full = stats ?? channelCosts(input.weights, input.shape, input.zeroPoints, depthwise);
  // Mostly-zero tensors (pruned, dead channels) code their zeros as runs, which the parameter search skips,
  // so they are cheap to encode exactly; and a sample of them is not representative (a 90%-pruned FC layer's
  // was 2-4% off).
  if (full.nonzero <= maxValues || full.nonzero * 5 <= count) return { exact: true };
  // Clustered tensors too: a sample of channels misses how their values share the tensor's palette. So does
  // one whose every value fits a palette, however short its channels (a MEAN's kernel of ones over a 7x7 area
  // was 2.4% over when sampled).
  if (full.clustered || distinctValues(full.frequencies) <= PALETTE_VALUES) return { exact: true };
  // Units are whole cost groups (microblocks are multiples of 4 channels); anything else is encoded exactly.
  if (unit % full.group !== 0) return { exact: true };

  // OFM units first; then, for deep inputs, IFM blocks (depthwise kernels have one input channel).
  const perChannelAllIfm = h * w * (depthwise ? 1 : i);
  let units = range(0, fullUnits);
  const unitsWanted = Math.max(1, Math.floor(maxValues / (unit * perChannelAllIfm)));
  if (fullUnits >= 4 && unitsWanted * 2 <= fullUnits) units = spread(unitsWanted, fullUnits);
  const ifmBlock = u85
    ? Math.max(8, input.ifmBlockDepth ?? 32)
    : input.traversal === 'part-kernel' || input.ifmBits === 16
      ? 16
      : 32;
  const ifmBlocks = depthwise ? 1 : Math.ceil(i / ifmBlock);
  let pickedIfm: number[] | undefined;
  // The OFM channels the sample holds: with every full unit, the partial last one too (see weightSize).
  const sampledChannels = units.length === fullUnits ? channels : units.length * unit;
  // Only when the input channels fill whole IFM blocks: a last, partial block is padded to the block in the stream
  // (a 257-deep FC on U85-2048 carries 63 zeros per row of it), which a sample of other blocks misses (5% under).
  if (!depthwise && ifmBlocks >= 4 && sampledChannels * perChannelAllIfm > 2 * maxValues && i % ifmBlock === 0) {
    // At least 2 IFM blocks: one alone misses how the input channels differ.
    const k = Math.max(2, Math.floor(maxValues / (sampledChannels * h * w * ifmBlock)));
    if (k * 2 <= ifmBlocks) pickedIfm = spread(k, ifmBlocks);
  }
  if (units.length === fullUnits && !pickedIfm) return { exact: true };
  // A partial unit beside at most one full one (a classifier's 10 outputs on 8-channel units): the sample holds a
  // few IFM blocks of every channel, padding included, about as many values as an exact encoding up to
  // PARTIAL_UNIT_EXACT_FACTOR x the budget (about a millisecond), which is exact.
  if (fullUnits < 2 && channels % unit !== 0 && count <= PARTIAL_UNIT_EXACT_FACTOR * maxValues) return { exact: true };
  return { exact: false, unit, fullUnits, units, ifmBlocks: pickedIfm, ifmBlock };
}

/**
 * The most OFM channels the plan orders in one stream pass (the whole tensor, the sample or the tail): an OFM
 * block depth at least this deep gives the same order, so the same size, as any other such depth.
 */
export function orderedChannels(input: Pick<EncodeWeightsInput, 'shape' | 'kind'>, plan: SizingPlan): number {
  const channels = input.kind === 'depthwise' ? input.shape[3] : input.shape[0];
  if (plan.exact || plan.units.length === plan.fullUnits) return channels;
  // The sample's units, or the partial last unit (encoded on its own).
  return Math.max(plan.units.length * plan.unit, channels - plan.fullUnits * plan.unit);
}

/**
 * The encoded size of one weight tensor (default format, one depth slice), encoding about `maxValues` values
 * exactly; `maxValues = Infinity` encodes everything. `stats` is channelCosts() of the tensor, `plan` its
 * sizingPlan() when already made.
 *
 * The sample is a smaller tensor gathered from evenly spread units of OFM channels (whole microblocks of
 * every stream, so the hardware order keeps its shape: a partial microblock would be padded with zeros the
 * full stream does not have) and, for deep inputs, evenly spread IFM blocks; it is ordered with the real
 * block config, encoded with the palette of its stream's channels, and its bits scaled by full proxy / sample proxy.
 */
export function weightSize(
  input: EncodeWeightsInput,
  maxValues: number,
  stats?: ChannelStats,
  plan: SizingPlan = sizingPlan(input, maxValues, stats),
): WeightSize {
  validateEncodeInput(input);
  const [o, h, w, i] = input.shape;
  const count = o * h * w * i;
  const depthwise = input.kind === 'depthwise';
  const channels = depthwise ? i : o;
  const cores = input.cores ?? coresFor(input.family, input.macs);
  const u85 = input.family === 'u85';
  if (plan.exact) {
    const enc = encodeWeightsOnce({ ...input, sizeOnly: true });
    return {
      weightBytes: enc.weightBytes,
      scaleBytes: enc.scaleBytes,
      exact: true,
      encodedValues: count,
      sourceElements: enc.sourceElements,
      zeroCount: enc.zeroCount,
      distinctWeights: enc.distinctWeights,
    };
  }
  const { unit, fullUnits, ifmBlock } = plan;
  const sampleChannels: number[] = [];
  for (const u of plan.units) for (let c = u * unit; c < (u + 1) * unit; c++) sampleChannels.push(c);
  let sampleIfm: number[] | undefined;
  if (plan.ifmBlocks) {
    sampleIfm = [];
    for (const b of plan.ifmBlocks)
      for (let c = b * ifmBlock; c < Math.min(i, (b + 1) * ifmBlock); c++) sampleIfm.push(c);
  }
  // The last, partial unit is padded to a microblock in the real stream too: all its OFM channels are encoded.
  const tailChannels = range(fullUnits * unit, channels);
  const full = stats ?? channelCosts(input.weights, input.shape, input.zeroPoints, depthwise);

  const format = { fast: false, sparse: false };
  const dilation = input.dilation ?? [1, 1];
  const stride = input.stride ?? [1, 1];
  const streams = u85 ? cores : Math.min(channels, cores);
  const references = streamFrequencies(input, full, streams);
  let encodedValues = 0;
  // Values the streams use (the tensor's, and the padding zeros the sample shows).
  const used = new Uint8Array(512);
  for (let k = 0; k < 512; k++) if (full.frequencies[k] > 0) used[k] = 1;
  // Whether the stream's zero-run mode is predicted (see below), for which each part counts its zeros.
  const predictRuns = tailChannels.length > 0 && fullUnits >= 2;
  /**
   * Per stream: body bits (without palette headers), palette header bits, values, zeros coded as runs, and what
   * decides the zero-run mode (see zeroRunMix).
   */
  const encodeSub = (ofm: number[], ifm: number[] | undefined, zeroRuns?: boolean[]) => {
    const sub = gather(input.weights, input.shape, depthwise, ofm, ifm);
    const subInput: EncodeWeightsInput = { ...input, weights: sub.data, shape: sub.shape, depthSlices: undefined };
    const view = { data: sub.data, shape: sub.shape, zeroPoints: input.zeroPoints, depthwise };
    const out: {
      body: number;
      palette: number;
      values: number;
      zeroRuns: boolean;
      runZeros: number;
      mix: ZeroRunMix;
    }[] = [];
    for (let s = 0; s < streams; s++) {
      const ordered = orderedValues(subInput, view, format, cores, s, 0, ofm.length, dilation, stride, true);
      const mix = predictRuns ? zeroRunMix(ordered) : NO_MIX;
      const mlw =
        ordered.length > 0
          ? mlwEncode(ordered, references[s], { sizeOnly: true, zeroRuns: zeroRuns?.[s], used })
          : undefined;
      encodedValues += ordered.length;
      out.push({
        body: mlw ? mlw.bodyBits - mlw.paletteBits : 0,
        palette: mlw ? mlw.paletteBits / Math.ceil(ordered.length / MLW_CHUNK_VALUES) : 0,
        values: ordered.length,
        zeroRuns: mlw?.zeroRuns ?? false,
        runZeros: mlw?.zeroRunZeros ?? 0,
        mix,
      });
    }
    return { streams: out, data: sub.data, shape: sub.shape };
  };
  type Coded = ReturnType<typeof encodeSub>['streams'][number];
  /**
   * The prediction per stream: the sample's body scaled, the tail's body (scaled when sampled), one palette header
   * per chunk and the 3-bit end marker; then byte and 16-byte alignment.
   */
  const predicted = (
    parts: readonly Coded[],
    scale: number,
    valueScale: number,
    tails?: readonly Coded[],
    tailScale = 1,
    tailValueScale = 1,
  ): WeightSize => {
    let weightBytes = 0;
    let sourceElements = 0;
    let zeroCount = 0;
    parts.forEach((part, s) => {
      const tail = tails?.[s];
      const values = part.values * valueScale + (tail?.values ?? 0) * tailValueScale;
      sourceElements += values;
      zeroCount += part.runZeros * valueScale + (tail?.runZeros ?? 0) * tailValueScale;
      const bits =
        part.body * scale + (tail?.body ?? 0) * tailScale + Math.ceil(values / MLW_CHUNK_VALUES) * part.palette + 3;
      weightBytes += roundUp(Math.ceil(bits / 8), 16);
    });
    return {
      weightBytes,
      scaleBytes: tensorScaleBytes(input, channels, cores),
      exact: false,
      encodedValues,
      sourceElements: Math.round(sourceElements),
      zeroCount: Math.round(zeroCount),
      distinctWeights: regorDistinct(used),
    };
  };
  // Every OFM channel kept (only IFM blocks sampled) and a partial last unit: the sample holds the tail with the
  // units, its padding zeros interleaved with their values as in the whole stream, and is scaled over the IFM
  // channels by proxy. (Coded apart, the tail's padding ran in long runs of its own: a 100-output fully connected
  // layer came out 2% under on U85-1024's 32-deep microblocks, 2% over on U85-2048's 64-deep ones.)
  if (sampleIfm && tailChannels.length > 0 && plan.units.length === fullUnits) {
    const all = [...sampleChannels, ...tailChannels];
    const joint = encodeSub(all, sampleIfm);
    if (joint.streams.some((x) => x.values === 0)) return weightSize(input, maxValues, full, { exact: true });
    const sampleCost = channelCosts(joint.data, joint.shape, input.zeroPoints, depthwise, full.table);
    const subProxy = unitsProxy(sampleCost.cost, sampleCost.group, channels, unit);
    const scale = unitsProxy(full.cost, full.group, channels, unit) / Math.max(1e-9, subProxy);
    return predicted(joint.streams, scale, i / sampleIfm.length);
  }
  let sampled = encodeSub(sampleChannels, sampleIfm);
  // A stream the sample misses would be missing from the total.
  if (sampled.streams.some((x) => x.values === 0)) return weightSize(input, maxValues, full, { exact: true });
  // The full units coded in their own zero-run mode, as a slice of whole units codes them (see unitBits).
  const ownMode = sampled.streams;
  // The tail is coded in the chunk that holds the rest of its stream: with that chunk's zero-run mode (its
  // padding zeros are cheap runs only if the whole chunk's zeros are), which the sample's chunk shows. It
  // takes the sample's IFM channels too (then its body is scaled by its own proxy ratio), unless those hold
  // nothing of it.
  let zeroRuns = sampled.streams.map((x) => x.zeroRuns);
  let tailPart = tailChannels.length > 0 ? encodeSub(tailChannels, sampleIfm, zeroRuns) : undefined;
  let tailIfm = sampleIfm;
  let tailScale = 1;
  let tailValueScale = 1;
  if (tailPart && sampleIfm) {
    const first = (fullUnits * unit) / full.group;
    const tailProxy = unitsProxy(full.cost.subarray(first * CONFIGS), full.group, tailChannels.length, channels);
    const sub = channelCosts(tailPart.data, tailPart.shape, input.zeroPoints, depthwise, full.table);
    const subProxy = unitsProxy(sub.cost, sub.group, tailChannels.length, channels);
    if (subProxy > 0) {
      tailScale = tailProxy / subProxy;
      tailValueScale = i / sampleIfm.length;
    } else {
      encodedValues -= tailPart.streams.reduce((a, x) => a + x.values, 0);
      tailIfm = undefined;
      tailPart = encodeSub(tailChannels, undefined, zeroRuns);
    }
  }
  const valueScale = (fullUnits * unit * h * w * (depthwise ? 1 : i)) / sampled.data.length;
  // The whole stream's chunk chooses its zero-run mode on all its values: the padding zeros of the partial last
  // unit, and of channels the sample misses, can tip it where the sample alone does not (100 channels on two
  // cores pad each stream with 6 zero channels: runs, which cost every coded weight a run field). Sample and
  // tail are coded in the mode their stream's mix predicts. (Not over a single full unit: there the padding
  // interleaves with half the stream or more and sets every slice's run parameters, which a sample coded on its
  // own cannot show in either mode; its own mode errs less.)
  if (tailPart && predictRuns) {
    const tailStreams = tailPart.streams;
    const predicted = sampled.streams.map((x, k) =>
      chunkUsesZeroRuns(x.mix, valueScale, tailStreams[k].mix, tailValueScale, commonShare(references[k])),
    );
    if (predicted.some((z, k) => z !== zeroRuns[k])) {
      zeroRuns = predicted;
      encodedValues -= sampled.streams.reduce((a, x) => a + x.values, 0);
      encodedValues -= tailPart.streams.reduce((a, x) => a + x.values, 0);
      sampled = encodeSub(sampleChannels, sampleIfm, zeroRuns);
      tailPart = encodeSub(tailChannels, tailIfm, zeroRuns);
    }
  }
  // The sample's proxy: its channels' rows of the tensor's costs, unless it holds only some IFM channels.
  // (Cost rows are groups of channels; sampling units are whole groups.)
  const sampleCost = sampleIfm
    ? channelCosts(sampled.data, sampled.shape, input.zeroPoints, depthwise, full.table)
    : { cost: rowsOf(full.cost, sampleChannels, full.group), group: full.group };
  const fullProxy = unitsProxy(full.cost, full.group, fullUnits * unit, unit);
  const scale = fullProxy / Math.max(1e-9, unitsProxy(sampleCost.cost, sampleCost.group, sampleChannels.length, unit));
  // The full units' bits coded in their own zero-run mode, for slices of whole units (see WeightSize.unitBits).
  let unitBits = 0;
  for (const own of ownMode) {
    unitBits += own.body * scale + ((own.values * valueScale) / MLW_CHUNK_VALUES) * own.palette;
  }
  const size = predicted(sampled.streams, scale, valueScale, tailPart?.streams, tailScale, tailValueScale);
  return { ...size, unitBits };
}

/**
 * One OFM-depth slice of a tensor (channels `from` to `to`) sized as a tensor of its own, from a sample when it is
 * large: regor encodes a buffered tensor's slices as streams of their own, each with its partial last microblock
 * padded, which is the same as encoding the slice's channels alone. A slice of a few channels on a deep microblock
 * is mostly padding (a 96-channel convolution's 16-channel first slice on U85-1024, whose microblock is 32 deep,
 * came out 28% over its share of the whole). Priced with the whole tensor's statistics (`full`, channelCosts()
 * of it): its cost rows and value counts. Undefined when the slice does not start on a cost row.
 */
export function sliceSize(
  input: EncodeWeightsInput,
  maxValues: number,
  full: ChannelStats,
  from: number,
  to: number,
): { weightBytes: number; scaleBytes: number; exact: boolean } | undefined {
  if (from % full.group !== 0) return undefined;
  const [o, h, w, i] = input.shape;
  const depthwise = input.kind === 'depthwise';
  const channels = depthwise ? i : o;
  const ofm = range(from, to);
  // A convolution's channels are contiguous rows; a depthwise kernel's are gathered.
  const sub = depthwise
    ? gather(input.weights, input.shape, true, ofm, undefined)
    : { data: input.weights.subarray(from * h * w * i, to * h * w * i), shape: [to - from, h, w, i] as const };
  const zeroPoints = input.zeroPoints.length > 1 ? input.zeroPoints.slice(from, to) : input.zeroPoints;
  const subInput: EncodeWeightsInput = {
    ...input,
    weights: sub.data,
    shape: sub.shape,
    zeroPoints,
    depthSlices: undefined,
  };
  const stats: ChannelStats = {
    cost: full.cost.subarray((from / full.group) * CONFIGS, Math.ceil(to / full.group) * CONFIGS),
    group: full.group,
    nonzero: Math.round((full.nonzero * (to - from)) / channels),
    frequencies: full.frequencies,
    table: full.table,
    clustered: full.clustered,
    classes: full.classes,
  };
  const size = weightSize(subInput, maxValues, stats);
  return { weightBytes: size.weightBytes, scaleBytes: size.scaleBytes, exact: size.exact };
}

/** The proxy bits of channels `from` to `to` (a slice starting on a cost row) under their cheapest config. */
export function sliceProxy(full: ChannelStats, from: number, to: number): number {
  const rows = full.cost.subarray((from / full.group) * CONFIGS, Math.ceil(to / full.group) * CONFIGS);
  return unitsProxy(rows, full.group, to - from, to - from);
}

/** Per tensor (its statistics) and stream layout, each stream's value counts (see streamFrequencies). */
const streamCounts = new WeakMap<ChannelStats, Map<string, Float64Array[]>>();

/**
 * Per weight stream, the counts (index v + 256) of the values of the OFM channels it takes: the palette each
 * stream's chunk builds from. On a multi-core target the streams take different channels (U55/U65: every
 * cores-th channel; U85: every cores-th group of 4 channels of each OFM microblock), whose values can rank
 * differently from the whole tensor's: coded with the whole tensor's palette, a 2-core stream of a YOLOv8n
 * convolution came out 10% under its exact size, with every channel in the sample. Summed from the tensor's
 * channel classes; a layout they do not resolve (a U85 microblock that is not a multiple of 4 channels per core)
 * takes the whole tensor's counts for every stream. (A shared zero point: tensors with several are exact.)
 */
function streamFrequencies(input: EncodeWeightsInput, full: ChannelStats, streams: number): Float64Array[] {
  const u85 = input.family === 'u85';
  const ofmU = input.ofmUBlockDepth ?? 16;
  const resolved = u85 ? (streams === 2 || streams === 4) && ofmU % (4 * streams) === 0 : streams === 2;
  const classes = full.classes;
  if (streams <= 1 || !resolved || !classes)
    return new Array<Float64Array>(Math.max(1, streams)).fill(full.frequencies);
  const key = `${u85 ? 'u85' : 'u55'}/${streams}`;
  let byLayout = streamCounts.get(full);
  if (!byLayout) streamCounts.set(full, (byLayout = new Map()));
  const known = byLayout.get(key);
  if (known) return known;
  // The stream of a class: U55/U65, the channel's parity; U85, its group of 4 mod the cores.
  const streamOfClass = (cls: number): number => (u85 ? (cls >> 1) % streams : cls & 1);
  const signed = input.weights instanceof Int8Array;
  const shift = 256 - (input.zeroPoints[0] ?? 0);
  const counts = Array.from({ length: streams }, () => new Float64Array(512));
  for (let cls = 0; cls < CLASSES; cls++) {
    const freq = counts[streamOfClass(cls)];
    for (let b = 0; b < 256; b++) {
      const n = classes[cls * 256 + b];
      if (n > 0) freq[(signed ? (b << 24) >> 24 : b) + shift] += n;
    }
  }
  byLayout.set(key, counts);
  return counts;
}

/** Distinct values in a tensor (from its frequencies). */
function distinctValues(frequencies: Float64Array): number {
  let n = 0;
  for (let k = 0; k < 512; k++) if (frequencies[k] > 0) n++;
  return n;
}

/** The share of a tensor's values that its most common value other than zero takes. */
function commonShare(frequencies: Float64Array): number {
  let total = 0;
  let common = 0;
  for (let k = 0; k < 512; k++) {
    total += frequencies[k];
    if (k !== 256 && frequencies[k] > common) common = frequencies[k];
  }
  return total > 0 ? common / total : 0;
}

/** What decides a chunk's zero-run mode, counted over an ordered stream (see buildPalette in mlw.ts). */
interface ZeroRunMix {
  values: number;
  zeros: number;
  /** Zeros with a non-zero value on both sides (not in a run). */
  lone: number;
}

const NO_MIX: ZeroRunMix = { values: 0, zeros: 0, lone: 0 };

function zeroRunMix(values: Int16Array): ZeroRunMix {
  let zeros = 0;
  let lone = 0;
  const n = values.length;
  for (let i = 0; i < n; i++) {
    if (values[i] !== 0) continue;
    zeros++;
    if ((i === 0 || values[i - 1] !== 0) && (i === n - 1 || values[i + 1] !== 0)) lone++;
  }
  return { values: n, zeros, lone };
}

/**
 * The encoder's zero-run test (zeros above 5x the most common other value, at least half of them in runs) on a
 * whole stream predicted from its sample's and tail's mixes, each scaled to the share of the stream it stands
 * for; the most common other value's count from the whole tensor's frequencies, as the sample's own chunk takes
 * it (a sample's largest count overstates it).
 */
function chunkUsesZeroRuns(
  sample: ZeroRunMix,
  scale: number,
  tail: ZeroRunMix,
  tailScale: number,
  commonShare: number,
): boolean {
  const zeros = sample.zeros * scale + tail.zeros * tailScale;
  const values = sample.values * scale + tail.values * tailScale;
  if (!(zeros > ZERO_FREQ_THRESHOLD * commonShare * values)) return false;
  return mostZerosInRuns(zeros, sample.lone * scale + tail.lone * tailScale);
}

/** The cost rows of the given channels, in order (runs of whole groups). */
function rowsOf(cost: Float64Array, channels: readonly number[], group: number): Float64Array {
  const out = new Float64Array((channels.length / group) * CONFIGS);
  for (let k = 0; k < channels.length; k += group) {
    const g = channels[k] / group;
    out.set(cost.subarray(g * CONFIGS, (g + 1) * CONFIGS), (k / group) * CONFIGS);
  }
  return out;
}

/** k indices spread evenly over 0..n-1 (the middle of k equal parts). */
function spread(k: number, n: number): number[] {
  const out = new Array<number>(k);
  for (let j = 0; j < k; j++) out[j] = Math.floor(((j + 0.5) * n) / k);
  return out;
}

function range(from: number, to: number): number[] {
  const out = new Array<number>(Math.max(0, to - from));
  for (let j = 0; j < out.length; j++) out[j] = from + j;
  return out;
}

/** Sum over units of channels of the cheapest config's proxy bits (the last unit may be partial). */
function unitsProxy(cost: Float64Array, group: number, channels: number, unit: number): number {
  let total = 0;
  for (let start = 0; start < channels; start += unit) {
    const from = start / group;
    const to = Math.ceil(Math.min(channels, start + unit) / group);
    let best = Infinity;
    for (let j = 0; j < CONFIGS; j++) {
      let sum = 0;
      for (let g = from; g < to; g++) sum += cost[g * CONFIGS + j];
      if (sum < best) best = sum;
    }
    total += best;
  }
  return total;
}

/** The sub-tensor of the given OFM channels (and IFM channels, conv/FC only), in the original layout. */
function gather(
  data: Int8Array | Uint8Array,
  shape: readonly [number, number, number, number],
  depthwise: boolean,
  ofm: readonly number[],
  ifm: readonly number[] | undefined,
): { data: Int8Array | Uint8Array; shape: [number, number, number, number] } {
  const [, h, w, depth] = shape;
  if (depthwise) {
    const out = new (data.constructor as Int8ArrayConstructor | Uint8ArrayConstructor)(h * w * ofm.length);
    let n = 0;
    for (let k = 0; k < h * w; k++) for (let j = 0; j < ofm.length; j++) out[n++] = data[k * depth + ofm[j]];
    return { data: out, shape: [1, h, w, ofm.length] };
  }
  const inner = ifm ?? range(0, depth);
  const m = inner.length;
  // The sampled input channels come in runs of consecutive indices (whole IFM blocks): [start, end) pairs.
  const runs: number[] = [];
  for (let j = 0; j < m; j++) {
    if (j > 0 && inner[j] === inner[j - 1] + 1) runs[runs.length - 1]++;
    else runs.push(inner[j], inner[j] + 1);
  }
  const out = new (data.constructor as Int8ArrayConstructor | Uint8ArrayConstructor)(ofm.length * h * w * m);
  let n = 0;
  for (let o = 0; o < ofm.length; o++) {
    for (let k = 0; k < h * w; k++) {
      const base = (ofm[o] * h * w + k) * depth;
      if (!ifm) {
        // Every input channel: one contiguous row.
        out.set(data.subarray(base, base + depth), n);
        n += depth;
      } else {
        for (let r = 0; r < runs.length; r += 2) for (let x = runs[r]; x < runs[r + 1]; x++) out[n++] = data[base + x];
      }
    }
  }
  return { data: out, shape: [ofm.length, h, w, inner.length] };
}

/** Scale and bias records of the whole tensor (one depth slice): every record stream's, as the encoder counts them. */
export function tensorScaleBytes(
  input: Pick<EncodeWeightsInput, 'family' | 'ofmUBlockDepth'>,
  channels: number,
  cores: number,
): number {
  const recordStreams = input.family === 'u85' ? 1 : Math.min(channels, cores);
  let total = 0;
  for (let s = 0; s < recordStreams; s++) total += scaleRecordBytes(input, channels, cores, s);
  return total;
}
