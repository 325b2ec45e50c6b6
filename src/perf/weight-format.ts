// U85 weight formats, chosen as Vela 5.1.0 chooses them (regor's EncodeBestWeightFormat). A convolution or
// fully connected layer whose weights hold at least 2 zeros in every group of 4 input channels (|w| <= 127)
// may run on the sparse block config at half the MAC work; it stays a candidate when its op cycles are no
// more than the dense config's. The Fast (FWD) format trades a larger stream for a faster decoder. As MLIA
// runs Vela (--optimise Performance), the format with the fewer weight-decode + op cycles wins.
import type { Memory } from './arch.js';
import type { WeightInfo } from './ops.js';
import {
  encodeWeightsBestFormat,
  encodeWeightsOnce,
  type EncodedWeights,
  type EncodeWeightsInput,
  type Traversal,
  type WeightStats,
} from './weights/index.js';
import type { BlockConfig } from './block-u55.js';
import { u85DepthwisePadding } from './weights/order-u85.js';

/**
 * Candidates are encoded exactly in both formats: beyond this many values the dense format is kept. Only
 * tensors with the 2:4 pattern get that far (a pruned layer, an all-zero one), so the bound is for hostile sizes.
 */
export const SPARSE_CHOICE_MAX_VALUES = 1 << 20;

/** Per weight buffer: whether its values have the 2:4 pattern (the same on every target). */
const patternCache = new WeakMap<object, boolean>();

/**
 * True when every group of 4 input channels (a partial last group is padded with zeros) at every output
 * channel and kernel position holds at least 2 zeros, and every zero-point corrected weight is within ±127.
 */
export function hasSparsePattern(src: NonNullable<WeightInfo['source']>): boolean {
  const known = patternCache.get(src.identity);
  if (known !== undefined) return known;
  const data = src.data;
  const [o, h, w, depth] = src.shape;
  const zps = src.zeroPoints.length ? src.zeroPoints : [0];
  let ok = src.kind !== 'depthwise';
  for (let row = 0; ok && row < o * h * w; row++) {
    const zp = zps.length > 1 ? (zps[Math.floor(row / (h * w)) % zps.length] ?? 0) : zps[0];
    for (let g = 0; ok && g < depth; g += 4) {
      let zeros = 4 - Math.min(4, depth - g);
      for (let i = g; i < Math.min(depth, g + 4); i++) {
        const v = data[row * depth + i] - zp;
        if (v === 0) zeros++;
        else if (v > 127 || v < -127) ok = false;
      }
      if (zeros < 2) ok = false;
    }
  }
  patternCache.set(src.identity, ok);
  return ok;
}

/** Per weight buffer, its candidate encodings by config (U85 targets often encode a tensor alike). */
const encodings = new WeakMap<object, Map<string, EncodedWeights>>();

/**
 * encodeWeightsOnce, remembered per weight buffer and everything the stream depends on: the MAC count only through
 * the depthwise padding, and an OFM block at least as deep as the channels orders them as any such block does
 * (U85-128/256/512 often encode a tensor alike).
 */
function cachedEncode(identity: object): (input: EncodeWeightsInput) => EncodedWeights {
  let byConfig = encodings.get(identity);
  if (!byConfig) encodings.set(identity, (byConfig = new Map()));
  const known = byConfig;
  return (input) => {
    const f = input.format ?? { fast: false, sparse: false };
    const channels = input.kind === 'depthwise' ? input.shape[3] : input.shape[0];
    const key = [
      u85DepthwisePadding(input.macs, input.ifmBits),
      input.cores,
      input.shape.join('x'),
      input.kind,
      input.ofmBlockDepth >= channels ? 'all' : input.ofmBlockDepth,
      input.ifmBlockDepth,
      input.ofmUBlockDepth,
      input.traversal,
      input.ifmBits,
      f.fast ? 1 : 0,
      f.sparse ? 1 : 0,
      (input.stride ?? [1, 1]).join('x'),
      (input.dilation ?? [1, 1]).join('x'),
    ].join('/');
    let enc = known.get(key);
    if (!enc) known.set(key, (enc = encodeWeightsOnce({ ...input, sizeOnly: true })));
    return enc;
  };
}

/** An encoder that answers the dense default format from the estimator's sizing instead of encoding it again. */
function withDefaultStream(
  encode: (input: EncodeWeightsInput) => EncodedWeights,
  sized: NonNullable<Parameters<typeof u85WeightFormat>[0]['defaultStream']>,
): (input: EncodeWeightsInput) => EncodedWeights {
  return (input) => {
    const f = input.format ?? { fast: false, sparse: false };
    const known = f.fast || f.sparse ? undefined : sized();
    if (!known) return encode(input);
    // Only what the format choice reads: the sizes and the decode model's statistics.
    return {
      ...known.stats,
      weightBytes: known.weightBytes,
      scaleBytes: known.scaleBytes,
      totalBytes: known.weightBytes + known.scaleBytes,
      format: 'default',
    } as unknown as EncodedWeights;
  };
}

const traversalOf = (cfg: BlockConfig): Traversal =>
  cfg.traversal === 'Depthwise' ? 'depthwise' : cfg.traversal === 'PartKernel' ? 'part-kernel' : 'depth-first';

/**
 * The format Vela would pick for these weights on this U85 and its encoded sizes, or null when only the
 * default format is in play (the caller sizes it as usual). Sparse2_4 is a candidate for the 2:4 pattern when
 * its block config is no slower; Fast (FWD) when `allowFast`. Deciding on Fast reads the default stream's size
 * and statistics: encoded exactly here, or as `defaultStream` gives them. The op cycles are the
 * operation's estimate on each block config.
 */
export function u85WeightFormat(args: {
  macs: number;
  cores: number;
  weights: WeightInfo;
  ifmBits: number;
  /** The operation's strides and dilations [y, x] (they order a strided or dilated kernel's weights). */
  stride: readonly [number, number];
  dilation: readonly [number, number];
  dense: { cfg: BlockConfig; opCycles: number };
  sparse: { cfg: BlockConfig; opCycles: number };
  allowFast: boolean;
  /** Where the weights are read from (the decode cost includes their DMA). */
  constMem: Memory;
  /**
   * The default format's size and stream statistics as the estimator's sizing gives them (encoded exactly, or
   * predicted from a sample of large weights), so the default stream is not encoded twice; the Fast format, a
   * fixed width per value, is still encoded here.
   */
  defaultStream?: () => { weightBytes: number; scaleBytes: number; stats: WeightStats } | undefined;
}): { format: 'default' | 'sparse' | 'fast'; weightBytes: number; scaleBytes: number } | null {
  const src = args.weights.source;
  if (!src || src.kind === 'depthwise') return null;
  const count = src.shape.reduce((a, d) => a * d, 1);
  const { dense, sparse } = args;
  const sparseOk = sparse.opCycles <= dense.opCycles && count <= SPARSE_CHOICE_MAX_VALUES && hasSparsePattern(src);
  if (!sparseOk && !args.allowFast) return null;
  const input: EncodeWeightsInput = {
    family: 'u85',
    macs: args.macs,
    cores: args.cores,
    weights: src.data,
    shape: src.shape,
    zeroPoints: src.zeroPoints,
    kind: src.kind,
    ofmBlockDepth: dense.cfg.ofmBlock.c,
    ifmBlockDepth: dense.cfg.ifmBlock.c,
    ofmUBlockDepth: dense.cfg.ofmUBlock.c,
    traversal: traversalOf(dense.cfg),
    ifmBits: args.ifmBits === 16 ? 16 : 8,
    stride: args.stride,
    dilation: args.dilation,
    sizeOnly: true,
  };
  try {
    const best = encodeWeightsBestFormat({
      ...input,
      strategy: 'performance',
      opCycles: dense.opCycles,
      sparse: sparseOk
        ? {
            ofmBlockDepth: sparse.cfg.ofmBlock.c,
            ifmBlockDepth: sparse.cfg.ifmBlock.c,
            ofmUBlockDepth: sparse.cfg.ofmUBlock.c,
            traversal: traversalOf(sparse.cfg),
            opCycles: sparse.opCycles,
          }
        : undefined,
      weightMemory: {
        bandwidth: args.constMem.bandwidth,
        readLatency: args.constMem.readLatency,
        maxBurstLength: args.constMem.burstLength,
        maxReads: args.constMem.maxReads,
        portsUsed: args.constMem.portsUsed,
      },
      allowFast: args.allowFast,
      encode: args.defaultStream
        ? withDefaultStream(cachedEncode(src.identity), args.defaultStream)
        : cachedEncode(src.identity),
    });
    // Fast with sparse (raw FWD) is not among the formats modelled here.
    if (best.format === 'fast-sparse') return null;
    return { format: best.format, weightBytes: best.weightBytes, scaleBytes: best.scaleBytes };
  } catch {
    return null; // a layout the encoder refuses is sized as usual
  }
}
