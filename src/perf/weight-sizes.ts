// A weight tensor's encoded size on a target and block config: encoded exactly, sized from a sample when it
// is large, or per OFM-depth slice when Vela buffers it in slices; cached per tensor and everything its weight
// streams depend on, so targets that order a tensor alike share one encoding.
import type { TargetProfile } from '../targets/types.js';
import type { Arch } from './arch.js';
import type { BlockConfig } from './block-u55.js';
import type { Kernel, WeightInfo } from './ops.js';
import { estimateEncodedWeights } from './weight-estimate.js';
import {
  coresFor,
  encodeWeightsOnce,
  validateEncodeInput,
  type EncodeWeightsInput,
  type WeightStats,
} from './weights/index.js';
import { u85DepthwisePadding } from './weights/order-u85.js';
import {
  channelCosts,
  channelUnit,
  orderedChannels,
  sizingPlan,
  sliceProxy,
  sliceSize,
  tensorScaleBytes,
  weightSize,
  type ChannelStats,
  type SizingPlan,
} from './weights/sampled.js';

/** A weight tensor's size in the default format on one config, and the stream statistics its decode cost reads. */
interface DefaultSizes {
  weightBytes: number;
  scaleBytes: number;
  sampled: boolean;
  /** Absent for layouts the encoder refuses (their size is an estimate). */
  stats?: WeightStats;
  /** Sampled only: the full units' predicted bits (see WeightSize). */
  unitBits?: number;
}

/** Encoded sizes per weight buffer and encoding config, shared across targets and calls. */
const encodeCache = new WeakMap<object, Map<string, DefaultSizes>>();

/** Per weight buffer and layout, the per-channel cost proxy the sampled sizing scales by (same for every target). */
const costCache = new WeakMap<object, Map<string, ChannelStats>>();

/**
 * Weight tensors are encoded exactly up to this many times the sample budget, whole or sliced: a sample of a few
 * channel units of a small tensor misses its palette and run lengths by 1-2% (a 12 kB convolution's weights were
 * 2% under, enough to flip a buffering decision), and the slices of a small tensor may be mostly padding channels,
 * which their own streams code as cheap zero runs (a 17-channel convolution's weights on U55-128 were 13% over
 * whole). About 1% of the time of a check.
 */
const EXACT_FACTOR = 4;

/** Whether a tensor of `count` values is sized from a sample rather than encoded whole. */
export function sizedFromSample(count: number, sampleValues: number): boolean {
  return count > EXACT_FACTOR * sampleValues;
}

/** The per-channel cost proxy of a tensor sized from a sample (the same on every target), else undefined. */
function tensorStats(src: NonNullable<WeightInfo['source']>, sampleValues: number): ChannelStats | undefined {
  if (!sizedFromSample(src.count, sampleValues)) return undefined;
  let costsByLayout = costCache.get(src.identity);
  if (!costsByLayout) costCache.set(src.identity, (costsByLayout = new Map()));
  const layout = `${src.kind}/${src.shape.join('x')}`;
  let costs = costsByLayout.get(layout);
  if (!costs) {
    // Priced later from a fresh read of the values, so that the cached statistics do not pin a buffer read lazily.
    costs = channelCosts(src.data, src.shape, src.zeroPoints, src.kind === 'depthwise', undefined, () => src.data);
    costsByLayout.set(layout, costs);
  }
  return costs;
}

/**
 * The encoder's input for a weight tensor on a target and block config (the default format, one slice). `data` is
 * the caller's one read of `src.data` (each read may load or derive the values again).
 */
function encoderInput(
  target: TargetProfile,
  src: NonNullable<WeightInfo['source']>,
  data: Int8Array | Uint8Array,
  cfg: BlockConfig,
  ifmBits: number,
  kernel: Kernel,
): EncodeWeightsInput {
  return {
    family: target.family,
    macs: target.macs,
    weights: data,
    shape: src.shape,
    zeroPoints: src.zeroPoints,
    kind: src.kind,
    ofmBlockDepth: cfg.ofmBlock.c,
    ifmBlockDepth: cfg.ifmBlock.c,
    ofmUBlockDepth: cfg.ofmUBlock.c,
    traversal:
      cfg.traversal === 'Depthwise' ? 'depthwise' : cfg.traversal === 'PartKernel' ? 'part-kernel' : 'depth-first',
    ifmBits: ifmBits === 16 ? 16 : 8,
    // U85 walks a strided part-kernel or depthwise kernel by stride phase; both split dilated kernels.
    stride: [kernel.strideY, kernel.strideX],
    dilation: [kernel.dilationY, kernel.dilationX],
  };
}

/**
 * Sizes a weight tensor for a block config with the encoder (every value, or a sample of a large tensor);
 * falls back to the estimate for layouts it refuses.
 */
export function encodeFor(
  target: TargetProfile,
  w: WeightInfo,
  cfg: BlockConfig,
  ifmBits: number,
  kernel: Kernel,
  cores: number,
  sampleValues: number,
): void {
  if (!w.source || w.sized) return;
  const sizes = defaultSizes(target, w, cfg, ifmBits, kernel, cores, sampleValues);
  w.encodedBytes = sizes.weightBytes;
  w.scaleBytes = sizes.scaleBytes;
  w.sized = true;
  w.sampled = sizes.sampled;
}

/** The default format's sizes for encodeFor (cached per weight buffer and everything the stream depends on). */
export function defaultSizes(
  target: TargetProfile,
  w: WeightInfo,
  cfg: BlockConfig,
  ifmBits: number,
  kernel: Kernel,
  cores: number,
  sampleValues: number,
): DefaultSizes {
  const src = w.source!;
  const data = src.data;
  const input = encoderInput(target, src, data, cfg, ifmBits, kernel);
  const traversal = input.traversal;
  let plan: SizingPlan | undefined;
  let costs: ChannelStats | undefined;
  try {
    validateEncodeInput(input);
    costs = tensorStats(src, sampleValues);
    // A tensor within the exact budget is encoded whole (see EXACT_FACTOR).
    plan = costs ? sizingPlan(input, sampleValues, costs) : { exact: true };
  } catch {
    plan = undefined; // the encoder refuses this layout: estimated below
  }
  // Targets whose weight streams come out the same share one encoding: U55 and U65 differ only in cores
  // and microblock depth (4 on the 32-MAC U55, else 8); U85 configs in cores and depthwise padding; and an
  // OFM block at least as deep as the channels ordered at once gives the same order whatever its depth.
  const u85 = target.family === 'u85';
  const dwPadding = u85DepthwisePadding(target.macs, ifmBits);
  const key = [
    u85 ? 'u85' : 'u55',
    cores,
    u85 ? dwPadding : target.macs === 32 ? 4 : 8,
    plan && cfg.ofmBlock.c >= orderedChannels(input, plan) ? 'all' : cfg.ofmBlock.c,
    u85 ? cfg.ifmBlock.c : '-',
    u85 ? cfg.ofmUBlock.c : '-',
    traversal,
    ifmBits,
    src.kind,
    src.shape.join('x'),
    sampleValues,
    input.stride!.join('x'),
    input.dilation!.join('x'),
  ].join('/');
  let perData = encodeCache.get(src.identity);
  if (!perData) encodeCache.set(src.identity, (perData = new Map()));
  let sizes = perData.get(key);
  if (sizes === undefined) {
    try {
      if (!plan) throw new Error('no sizing plan');
      const enc = weightSize(input, sampleValues, costs, plan);
      sizes = {
        weightBytes: enc.weightBytes,
        scaleBytes: enc.scaleBytes,
        sampled: !enc.exact,
        unitBits: enc.unitBits,
        stats: {
          sourceElements: enc.sourceElements,
          encodedBytes: enc.weightBytes,
          zeroCount: enc.zeroCount,
          distinctWeights: enc.distinctWeights,
        },
      };
    } catch {
      // Layouts the encoder rejects get a size estimate.
      sizes = {
        weightBytes: estimateEncodedWeights({
          values: data,
          count: data.length,
          zeroPoints: src.zeroPoints,
          channels: w.channels,
          streams: target.family === 'u85' ? 1 : Math.min(w.channels, cores),
          depthwise: src.kind === 'depthwise',
        }),
        scaleBytes: w.scaleBytes,
        sampled: false,
      };
    }
    perData.set(key, sizes);
  }
  return sizes;
}

/** Per-slice encodings (see slicedEncoding): the weight bytes and each slice's bytes (scales included). */
const slicedCache = new WeakMap<object, Map<string, SliceSizes>>();

/**
 * A tensor buffered in OFM-depth slices, encoded per slice (its weight bytes, each slice's bytes, and whether every
 * value was encoded): regor encodes each slice as streams of its own, each padded to 16 bytes and with its own
 * palette, so a sliced tensor takes more than it does whole (an LSTM's or an autoencoder's fully connected weights
 * by 1-5%), or less (a slice of whole microblocks carries none of the whole stream's padding). Encoded exactly for
 * tensors up to EXACT_FACTOR x `sampleValues`, and clustered ones; a larger one in the default format is
 * sized per slice from its sample (see sampledSlice). Fast weights are encoded per slice in their format (a
 * 1-channel first convolution's 16-channel first slice pads its stream: DS-CNN on U85-2048 3.4% under whole), and
 * Sparse2_4 ones up to the same size. Undefined otherwise, and for layouts the encoder refuses (their size stands).
 * Cached.
 */
export function slicedEncoding(
  target: TargetProfile,
  w: WeightInfo,
  cfg: BlockConfig,
  ifmBits: number,
  kernel: Kernel,
  slices: readonly number[],
  sampleValues: number,
): { weightBytes: number; rangeSizes: number[]; exact: boolean } | undefined {
  const src = w.source;
  if (!src) return undefined;
  // A clustered tensor is the exception: each slice's palette fits its channels' values better than the whole's.
  // So is the Fast format, a fixed width per value (cheap to encode), each slice with its header and padding.
  // Larger tensors in the default format are sized per slice from a sample of each (see sliceSize).
  const stats = w.fast ? undefined : tensorStats(src, sampleValues);
  const sampled = !w.fast && sizedFromSample(src.count, sampleValues) && !stats?.clustered;
  if (sampled && (w.sparse || !stats)) return undefined;
  // The values are read only when a slice is not cached yet (each read may load or derive them again).
  let input: EncodeWeightsInput | undefined;
  // The MAC count orders weights only through the U85 depthwise padding and the U55/U65 microblock (as in
  // defaultSizes' key): targets that order a tensor alike share its slices.
  const u85 = target.family === 'u85';
  const key = [
    w.fast ? 'fast' : w.sparse ? 'sparse' : 'default',
    u85 ? 'u85' : 'u55',
    coresFor(target.family, target.macs),
    u85 ? u85DepthwisePadding(target.macs, ifmBits) : target.macs === 32 ? 4 : 8,
    cfg.ofmBlock.c,
    cfg.ifmBlock.c,
    cfg.ofmUBlock.c,
    cfg.traversal,
    ifmBits,
    src.kind,
    src.shape.join('x'),
    `${kernel.strideY}x${kernel.strideX}`,
    `${kernel.dilationY}x${kernel.dilationX}`,
  ].join('/');
  let perData = slicedCache.get(src.identity);
  if (!perData) slicedCache.set(src.identity, (perData = new Map()));
  let perSlice = perData.get(key);
  if (!perSlice) perData.set(key, (perSlice = new Map()));
  // Each slice is encoded on its own (its streams, palettes and padding), so the proposals a buffering plan
  // weighs share the slices they have in common.
  let weightBytes = 0;
  let exact = true;
  const rangeSizes: number[] = [];
  for (let k = 0; k + 1 < slices.length; k++) {
    const sliceKey = slices[k] * 65536 + slices[k + 1];
    let slice = perSlice.get(sliceKey);
    if (slice === undefined) {
      // Outside the try: a file that cannot give the values is the model's error, not a size to leave out.
      input ??= {
        ...encoderInput(target, src, src.data, cfg, ifmBits, kernel),
        format: { fast: !!w.fast, sparse: !!w.sparse },
      };
      try {
        if (sampled) {
          const unitBits = () =>
            defaultSizes(target, w, cfg, ifmBits, kernel, coresFor(target.family, target.macs), sampleValues).unitBits;
          slice = sampledSlice(perSlice, input, stats!, w, unitBits, slices[k], slices[k + 1], sampleValues);
        } else {
          const enc = encodeWeightsOnce({ ...input, depthSlices: [slices[k], slices[k + 1]], sizeOnly: true });
          slice = { weightBytes: enc.weightBytes, rangeSize: enc.rangeSizes[0], exact: true };
        }
      } catch {
        slice = null;
      }
      perSlice.set(sliceKey, slice);
    }
    if (!slice) return undefined;
    weightBytes += slice.weightBytes;
    rangeSizes.push(slice.rangeSize);
    exact &&= slice.exact;
  }
  return { weightBytes, rangeSizes, exact };
}

/** A slice's weight bytes and bytes with its scales; whether every value was encoded; its proxy (see sampledSlice). */
interface SliceSize {
  weightBytes: number;
  rangeSize: number;
  exact: boolean;
  proxy?: number;
}
type SliceSizes = Map<number, SliceSize | null>;

/**
 * A slice of a large tensor. Whole units of channels take their share of the full units' bits of the tensor's
 * sample (`unitBits`: coded without the partial last unit, whose padding zeros can change how the whole stream
 * codes its values). Otherwise (a partial unit, padded in the slice's own streams, or a tensor encoded whole) the
 * first slice of each depth is sized as a tensor of its own (see sliceSize), and the others of that depth (a
 * buffering's middle slices) scale its weight bytes by their proxy bits over its (their padding and scale records
 * are alike). Cached in `perSlice` under -depth. Null when it cannot be sized.
 */
function sampledSlice(
  perSlice: SliceSizes,
  input: EncodeWeightsInput,
  stats: ChannelStats,
  w: WeightInfo,
  unitBits: () => number | undefined,
  from: number,
  to: number,
  sampleValues: number,
): SliceSize | null {
  if (from % stats.group !== 0) return null;
  const unit = channelUnit(input);
  const depth = to - from;
  const bits = depth % unit === 0 ? unitBits() : undefined;
  const allUnits = bits === undefined ? 0 : sliceProxy(stats, 0, Math.floor(w.channels / unit) * unit);
  if (bits !== undefined && allUnits > 0) {
    // Whole units: their share of the full units' bits (by proxy), in the slice's streams, each aligned to 16 bytes.
    const cores = coresFor(input.family, input.macs);
    const streams = input.family === 'u85' ? cores : Math.min(depth, cores);
    const perStream = (bits * sliceProxy(stats, from, to)) / allUnits / streams;
    const weightBytes = streams * (Math.ceil((perStream + 3) / 8 / 16) * 16);
    return { weightBytes, rangeSize: weightBytes + tensorScaleBytes(input, depth, cores), exact: false };
  }
  const proxy = sliceProxy(stats, from, to);
  let rep = perSlice.get(-depth);
  if (rep === undefined) {
    const size = sliceSize(input, sampleValues, stats, from, to);
    rep = size ? { ...size, rangeSize: size.weightBytes + size.scaleBytes, proxy } : null;
    perSlice.set(-depth, rep);
  }
  if (!rep) return null;
  if (rep.proxy === proxy || !(rep.proxy! > 0)) return { ...rep, exact: rep.exact && rep.proxy === proxy };
  const weightBytes = Math.ceil((rep.weightBytes * proxy) / rep.proxy! / 16) * 16;
  return { weightBytes, rangeSize: rep.rangeSize - rep.weightBytes + weightBytes, exact: false };
}

/**
 * Scale and bias records of weights encoded in OFM-depth slices (regor encodes each slice's records apart: on
 * U85 one stream, each slice rounded up to the microblock depth; on U55/U65 one stream per core).
 */
export function slicedScaleBytes(arch: Arch, cfg: BlockConfig, slices: readonly number[]): number {
  const family = arch.npu.kind === 'u85' ? 'u85' : 'u55';
  const input = { family, ofmUBlockDepth: cfg.ofmUBlock.c } as const;
  let total = 0;
  for (let k = 0; k + 1 < slices.length; k++)
    total += tensorScaleBytes(input, slices[k + 1] - slices[k], arch.npu.cores);
  return total;
}
