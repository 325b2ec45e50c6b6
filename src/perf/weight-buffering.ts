// Weight buffering as Vela 5.1.0 plans it: when the weights live outside the staging memory and reading them
// from staging is faster, copy them there, whole or in OFM-depth slices (double-buffered when two slices fit),
// with the first copy hidden under the previous operation. The plan is made on Vela's reference schedule: the
// caller's `runAt` measures the operation there (feature maps in permanent storage, weights read from staging).
import type { Memory, NpuConfig } from './arch.js';
import { PerfLimitError } from './lower/index.js';
import { Channel, memToMemCycles, minReadCycles } from './transfer.js';

/** Vela's allowance for hiding the first weight transfer at the start of a schedule. */
export const STARTUP_DELAY_CYCLES = 1000;
/** Depth-slice granule of the prebuffer (Vela's OFM split depth). */
const SPLIT_DEPTH = 16;

export interface BufferingInput {
  npu: NpuConfig;
  constMem: Memory;
  stagingMem: Memory;
  /** Staging bytes the buffers may take. */
  bufferLimit: number;
  /** Encoded weights and scales of the whole tensor. */
  fullBytes: number;
  /** OFM depth the weights can be sliced along. */
  depth: number;
  /** The block config's OFM depth (slices are whole blocks when they can be). */
  blockDepth: number;
  /** The smallest slice depth (16; the OFM microblock depth on U85 when larger). */
  minDepth: number;
  refetches: number;
  /** Operation cycles on the reference schedule with the weights read in place. */
  refRun: number;
  /**
   * Cycles to read the weights in place on the reference schedule (regor's reference weightReadCycles).
   * Defaults to the unbuffered read of `refetches` fetches; in a cascade it is one stripe's fetches times the
   * stripes, where `refetches` counts the whole operation's per stripe.
   */
  refWeightRead?: number;
  /**
   * In a cascade, regor's estimate of the buffered run: `runAt` is one stripe, run `repeats` times (a fraction
   * for a short last stripe), each fetching the weights `fetches` times.
   */
  stripes?: { repeats: number; fetches: number };
  /** Cycles to read the IFM on the reference schedule. */
  ifmRead: number;
  /**
   * Cycles to read the IFM over a sliced run (every slice reads it again: regor's sliced estimate sums the
   * slices' reads, and its buffering test compares both schedules at that figure). Defaults to `ifmRead`.
   */
  slicedIfmRead?: (slices: readonly number[]) => number;
  /**
   * An IFM another operation wrote (regor could move it into staging instead): its bytes, and the cycles to
   * read it over a sliced run from staging. When it fits in staging beside the weight buffers, both schedules
   * are compared with the IFM read from there.
   */
  movableIfm?: { bytes: number; stagedRead: (slices: readonly number[]) => number };
  /**
   * The first operation reading this one's output, on the reference schedule, when it can stop buffering (see
   * futureMatters; regor's PreferFutureOpPerformance weighs it when the IFM could move instead).
   */
  future?: () => FutureOp | undefined;
  /**
   * Operation cycles on the reference schedule for an OFM-depth slice, weights read from staging; `first` and
   * `last` say which ends of the sliced run the slice is.
   */
  runAt: (depth: number, first: boolean, last: boolean) => number;
  /**
   * The run of a first slice `depth` deep as regor times it to size the slices after it (EstimateOpPerformance: the
   * whole IFM, where `runAt` reads the input the output needs). Defaults to `runAt(depth, true, false)`.
   */
  prebufferRun?: (depth: number) => number;
  /** The previous operation's slack (cycles a transfer can hide under); 0 after a CPU operator. */
  prevSlack: number;
  /**
   * The staging the previous operation saw free (regor's slackBufferingMemory): a first slice larger than that is
   * not copied ahead under it. Defaults to `bufferLimit` (the first operation of an NPU graph).
   */
  prevSlackMemory?: number;
  prevIsNpu: boolean;
  /** True for the first operation of the schedule (nothing to prebuffer under). */
  first: boolean;
  /**
   * In a cascade: the stripes it runs in (each refetches the weights) and whether it is the cascade's first
   * operation (the only one a copy can go ahead of). Cascaded weights are never sliced in depth.
   */
  cascade?: { stripes: number; first: boolean };
  /**
   * The operation cannot be cut along its OFM (regor's CanSubdivide: a U85 operation writing its output transposed):
   * its weights are buffered whole or not at all, as a cascade's are.
   */
  unsliceable?: boolean;
  /** The neighbouring operation (the previous one; the next for the first) reads the same weights. */
  sharedWithNeighbour?: boolean;
  /**
   * The encoded bytes (weights and scales) of each slice of a slicing, when the weights can be encoded per slice
   * (regor encodes every proposal); otherwise each slice takes its share of `fullBytes`.
   */
  rangeBytes?: (slices: readonly number[]) => number[] | undefined;
}

/** What the buffering test reads of the operation after (its reference-schedule figures). */
export interface FutureOp {
  opRun: number;
  ifmRead: number;
  weightRead: number;
  ifmBytes: number;
}

/** Whether the operation after can stop buffering: it has weights, is not op-bound and reads its IFM slowly. */
export function futureMatters(f: FutureOp | undefined): f is FutureOp {
  return !!f && f.weightRead > 0 && !(f.opRun > f.weightRead && f.opRun > f.ifmRead) && f.ifmRead / f.weightRead > 2;
}

export interface BufferingPlan {
  /** OFM depth boundaries of the slices, [0, ..., depth]. */
  slices: number[];
  /** Bytes copied before the operation starts (the first slice). */
  firstBytes: number;
  /** Staging bytes the weight buffers take. */
  bufferBytes: number;
  /** Of those, the second buffer's when double-buffered (0 for one buffer). */
  secondBytes: number;
  /** Bytes of the buffer filled under the previous operation (0 when nothing is copied ahead). */
  prebufferBytes: number;
  /** Cycles of the last slice: the slack the next operation can hide a transfer under. */
  ownSlack: number;
  /** The whole tensor's copy time. */
  fullTransfer: number;
}

/**
 * Slices a buffering proposal may cut a tensor into. Real layers stay in the hundreds (a few thousand OFM channels
 * in slices of 16 or more); a hostile depth of 2^30 would be tens of millions of slices.
 */
export const MAX_WEIGHT_SLICES = 1 << 16;

/** The largest of many numbers (Math.max(...xs) overflows the call stack on a long list). */
function largest(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}

const roundZero = (x: number, n: number): number => Math.floor(x / n) * n;
const roundAway = (x: number, n: number): number => Math.ceil(x / n) * n;

/** The buffering Vela would choose for one operation's weights, or null to read them in place. */
export function planWeightBuffering(x: BufferingInput): BufferingPlan | null {
  const { npu, constMem, stagingMem, fullBytes, depth } = x;
  if (fullBytes <= 0 || depth <= 0) return null;
  const refetches = x.refetches * (x.cascade?.stripes ?? 1);
  const unmoved = minReadCycles(npu, constMem, fullBytes, Channel.Weight) * refetches;
  const fromBuffer = minReadCycles(npu, stagingMem, fullBytes, Channel.Weight) * refetches;
  if (fromBuffer >= unmoved) return null;
  const transfer = (bytes: number) => memToMemCycles(npu, stagingMem, constMem, bytes);
  const fullTransfer = transfer(fullBytes);
  const slack = x.prevSlack;
  const smallest = Math.trunc((fullTransfer * Math.min(depth, SPLIT_DEPTH)) / depth);
  const allowPreBuffer = !x.first && (!x.cascade || x.cascade.first);
  const forceInitial =
    !x.prevIsNpu && refetches > 1 && (smallest < Math.trunc(unmoved / 10) || smallest <= STARTUP_DELAY_CYCLES);
  const opDominated = x.refRun > unmoved;
  const fullBuffered = fromBuffer + Math.max(fullTransfer - slack, 0);
  const expectedSlices = Math.floor(depth / Math.max(x.blockDepth, 1));
  if (x.sharedWithNeighbour && fullBytes <= x.bufferLimit && (fullBuffered < unmoved || !opDominated)) {
    // regor's AdjacentWeightConsumers: operations in a row on one weight tensor (a decomposed convolution) each
    // buffer it whole, without the performance test (the command stream copies it once).
    return {
      slices: [0, depth],
      firstBytes: fullBytes,
      bufferBytes: fullBytes,
      secondBytes: 0,
      prebufferBytes: allowPreBuffer && fullBytes < x.bufferLimit ? fullBytes : 0,
      ownSlack: x.runAt(depth, true, true),
      fullTransfer,
    };
  }
  const sliceable = !x.cascade && !x.unsliceable;
  if (!sliceable) {
    // Unsliced: the whole tensor in one buffer, only when it fits and its copy is (nearly) hidden or up front.
    const visible = Math.max(fullTransfer - slack, 0);
    const hidden =
      visible < Math.trunc(fullTransfer / 20) || Math.ceil(visible / (x.cascade?.stripes ?? 1)) < STARTUP_DELAY_CYCLES;
    const fits = fullBytes <= x.bufferLimit;
    if (!fits || !(hidden || forceInitial) || !(fullBuffered < unmoved || !opDominated)) return null;
  }
  const worthTrying =
    !sliceable ||
    forceInitial ||
    fullBuffered < unmoved ||
    expectedSlices > 2 ||
    (allowPreBuffer && smallest < slack && refetches > 1);
  if (!worthTrying) return null;
  const refWeightRead = x.refWeightRead ?? unmoved;

  // How much to copy ahead: what the previous operation's slack can hide, in whole split depths.
  const halfLimit = x.bufferLimit / 2;
  const minSplit = Math.min(SPLIT_DEPTH / depth, 1);
  const halfSplit = Math.min(halfLimit / fullBytes, 1);
  const transferRatio = Math.min(slack / fullTransfer, 1);
  const aligned = Math.floor(transferRatio / minSplit) * minSplit;
  let prebufferRatio = 1 - aligned < minSplit / 2 ? 1 : transferRatio;
  if (opDominated && prebufferRatio > 0.5 && prebufferRatio < 1) {
    prebufferRatio = Math.min(Math.max(roundAway(Math.floor(depth * 0.5), SPLIT_DEPTH) / depth, 0.5), 1);
  }
  prebufferRatio = Math.min(Math.max(prebufferRatio, minSplit), halfSplit);

  const bytesOf = (from: number, to: number) => Math.round((fullBytes * (to - from)) / depth);
  const rangesOf = (s: readonly number[]): number[] =>
    (s.length > 2 ? x.rangeBytes?.(s) : undefined) ?? s.slice(1).map((d, i) => bytesOf(s[i], d));
  let slices = [0, depth];
  if (prebufferRatio < 1 && sliceable) {
    let bufferingDepth = 0;
    let prebufferDepth = Math.max(roundZero(Math.trunc(depth * prebufferRatio), x.minDepth), SPLIT_DEPTH);
    if (prebufferDepth < depth) {
      // Following slices as deep as the copy that fits under the first slice's run.
      const prebufferRun = x.prebufferRun?.(prebufferDepth) ?? x.runAt(prebufferDepth, true, false);
      bufferingDepth = Math.trunc((depth * prebufferRun) / fullTransfer);
      bufferingDepth = roundAway(Math.max(bufferingDepth, SPLIT_DEPTH), x.blockDepth);
      if (Math.trunc((bufferingDepth / depth) * fullBytes) > halfLimit) {
        bufferingDepth = Math.trunc((halfLimit / fullBytes) * depth);
      }
    }
    while (bufferingDepth !== 0) {
      bufferingDepth = roundZero(bufferingDepth, bufferingDepth > x.blockDepth ? x.blockDepth : x.minDepth);
      bufferingDepth = Math.max(bufferingDepth, x.minDepth);
      const count = Math.ceil(Math.max(depth - prebufferDepth, 0) / bufferingDepth) + 1;
      if (count > MAX_WEIGHT_SLICES) {
        throw new PerfLimitError(
          `its weights would be buffered in ${count} OFM-depth slices of ${bufferingDepth} (at most ${MAX_WEIGHT_SLICES}); its shapes are too large to estimate`,
        );
      }
      slices = [0];
      for (let d = prebufferDepth; d < depth; d += bufferingDepth) slices.push(d);
      slices.push(depth);
      const maxRange = largest(rangesOf(slices));
      if (maxRange <= halfLimit || (prebufferDepth === SPLIT_DEPTH && bufferingDepth === x.minDepth)) break;
      if (bufferingDepth > prebufferDepth) bufferingDepth = roundAway(bufferingDepth / 2, x.minDepth);
      else prebufferDepth = roundAway(prebufferDepth / 2, SPLIT_DEPTH);
    }
    // Intermediate slices that fill less than 30% of a block waste the MACs.
    if (slices.length > 3 && opDominated && bufferingDepth / roundAway(bufferingDepth, x.blockDepth) < 0.3) return null;
  }

  // Single or double buffer (two alternating slice buffers), if either fits.
  const ranges = rangesOf(slices);
  const maxRange = largest(ranges);
  const pair = [0, 0];
  ranges.forEach((r, i) => (pair[i % 2] = Math.max(pair[i % 2], r)));
  let double = false;
  let bufferBytes: number;
  // regor's TryWeightBuffering compares the largest slice with the tensor as encoded in these slices (each slice's
  // streams padded on their own), not as encoded whole.
  const slicedBytes = ranges.reduce((a, b) => a + b, 0);
  if (pair[0] + pair[1] <= x.bufferLimit && maxRange < slicedBytes) {
    double = true;
    bufferBytes = pair[0] + pair[1];
  } else if (Math.min(slicedBytes, maxRange) <= x.bufferLimit) {
    bufferBytes = Math.min(slicedBytes, maxRange);
  } else {
    return null;
  }

  // The sliced run: each slice's copy hides under the slack before it (the previous slice when double-buffered).
  const firstPart = double ? pair[0] : bufferBytes;
  // A first slice is copied ahead only into staging the previous operation left free.
  const slackMemory = x.prevSlackMemory ?? x.bufferLimit;
  let hideUnder = allowPreBuffer && firstPart < slackMemory ? slack : forceInitial ? STARTUP_DELAY_CYCLES : 0;
  let visible = 0;
  let run = 0;
  let last = 0;
  ranges.forEach((bytes, i) => {
    last = x.runAt(slices[i + 1] - slices[i], i === 0, i === ranges.length - 1);
    const t = transfer(bytes);
    if (t > hideUnder) visible += t - hideUnder;
    run += last;
    hideUnder = double ? last : 0;
  });
  // Reading the slices from the buffer: regor spreads the bytes over every slice's fetches, each with its own
  // latency (one fetch per slice and refetch), and tests weights read once again with that figure.
  const fetches = ranges.length * (x.stripes?.fetches ?? refetches);
  const bufferedBytes = ranges.reduce((a, b) => a + b, 0);
  const repeats = x.stripes?.repeats ?? 1;
  const slicedRead = Math.trunc(
    repeats * minReadCycles(npu, stagingMem, Math.trunc(bufferedBytes / fetches), Channel.Weight) * fetches,
  );
  run = Math.trunc(repeats * run);
  const ownIfmRead = slices.length > 2 ? (x.slicedIfmRead?.(slices) ?? x.ifmRead) : x.ifmRead;
  const prevMemory = x.prevSlackMemory ?? x.bufferLimit;
  const bothFit = !!x.movableIfm && x.movableIfm.bytes + pair[0] + pair[1] <= x.bufferLimit;
  // regor's staging preference: when the IFM and the buffers do not fit together but the IFM fits in what the
  // previous operation left, staging the IFM instead (the reference run, its IFM read from staging) is preferred
  // if it beats both the buffered run and that run's IFM reads.
  if (x.movableIfm && !bothFit && x.movableIfm.bytes < prevMemory) {
    const ifmStaged = Math.max(x.refRun, refWeightRead, x.movableIfm.stagedRead([0, depth]));
    if (ifmStaged < Math.max(run + visible, slicedRead, ownIfmRead) && ifmStaged < ownIfmRead) return null;
  }
  // regor's PreferFutureOpPerformance: when the next operation reads its IFM slowly against its weights and that
  // IFM, this one's and the buffers cannot all fit in what the previous operation left, buffering is given up
  // if this operation is not bound by its weights or the next one's IFM reads cost more than its own.
  const f = x.movableIfm ? x.future?.() : undefined;
  if (f) {
    const buffers = double ? pair[0] + pair[1] : bufferBytes;
    if (f.ifmBytes < x.bufferLimit && f.ifmBytes + x.movableIfm!.bytes + buffers > prevMemory) {
      if ((x.refRun > refWeightRead && x.refRun > x.ifmRead) || f.ifmRead > ownIfmRead) return null;
    }
  }
  const ifmRead = bothFit ? x.movableIfm!.stagedRead(slices) : ownIfmRead;
  const before = Math.max(x.refRun, refWeightRead, ifmRead);
  if (refetches === 1 && fullTransfer + slicedRead > before) return null;
  let improved = Math.max(run + visible, slicedRead, ifmRead);
  if (opDominated) {
    // Vela's compensation for scheduling noise on operations that are not bound by their weights.
    if (visible / ranges.length < STARTUP_DELAY_CYCLES) improved -= visible;
    if (ranges.length > 1 && run + visible === improved && forceInitial)
      improved -= ranges.length * (STARTUP_DELAY_CYCLES / 2);
  }
  if (before < improved) return null;
  const prebuffered = allowPreBuffer && firstPart < slackMemory;
  return {
    slices,
    firstBytes: ranges[0],
    bufferBytes,
    secondBytes: double ? pair[1] : 0,
    prebufferBytes: prebuffered ? firstPart : 0,
    ownSlack: last,
    fullTransfer,
  };
}
