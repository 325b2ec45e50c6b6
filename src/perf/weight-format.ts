// U85 Sparse2_4 weights, chosen as Vela 5.1.0 chooses them (regor's EncodeBestWeightFormat): a convolution or
// fully connected layer whose weights hold at least 2 zeros in every group of 4 input channels (|w| <= 127)
// may run on the sparse block config at half the MAC work. It stays a candidate when its op cycles are no
// more than the dense config's; then, as MLIA runs Vela (--optimise Performance), the format with the fewer
// weight-decode + op cycles wins. The Fast (FWD) format is not modelled here.
import type { Memory } from './arch.js';
import type { WeightInfo } from './ops.js';
import { encodeWeightsBestFormat, type EncodeWeightsInput, type Traversal } from './weights/index.js';
import type { BlockConfig } from './block-u55.js';

/** Candidates are encoded exactly in both formats: beyond this many values the dense format is kept. */
export const SPARSE_CHOICE_MAX_VALUES = 1 << 16;

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

const traversalOf = (cfg: BlockConfig): Traversal =>
  cfg.traversal === 'Depthwise' ? 'depthwise' : cfg.traversal === 'PartKernel' ? 'part-kernel' : 'depth-first';

/**
 * The encoded sizes when Vela would pick Sparse2_4 for these weights on this U85, else null (dense). The
 * op cycles are the operation's estimate on each block config.
 */
export function sparseWeightSizes(args: {
  macs: number;
  cores: number;
  weights: WeightInfo;
  ifmBits: number;
  dense: { cfg: BlockConfig; opCycles: number };
  sparse: { cfg: BlockConfig; opCycles: number };
  /** Where the weights are read from (the decode cost includes their DMA). */
  constMem: Memory;
}): { weightBytes: number; scaleBytes: number } | null {
  const src = args.weights.source;
  if (!src || src.kind === 'depthwise' || args.sparse.opCycles > args.dense.opCycles) return null;
  if (src.shape.reduce((a, d) => a * d, 1) > SPARSE_CHOICE_MAX_VALUES || !hasSparsePattern(src)) return null;
  const { dense, sparse } = args;
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
    sizeOnly: true,
  };
  try {
    const best = encodeWeightsBestFormat({
      ...input,
      strategy: 'performance',
      opCycles: dense.opCycles,
      sparse: {
        ofmBlockDepth: sparse.cfg.ofmBlock.c,
        ifmBlockDepth: sparse.cfg.ifmBlock.c,
        ofmUBlockDepth: sparse.cfg.ofmUBlock.c,
        traversal: traversalOf(sparse.cfg),
        opCycles: sparse.opCycles,
      },
      weightMemory: {
        bandwidth: args.constMem.bandwidth,
        readLatency: args.constMem.readLatency,
        maxBurstLength: args.constMem.burstLength,
        maxReads: args.constMem.maxReads,
        portsUsed: args.constMem.portsUsed,
      },
      allowFast: false,
    });
    return best.format === 'sparse' ? { weightBytes: best.weightBytes, scaleBytes: best.scaleBytes } : null;
  } catch {
    return null; // a layout the encoder refuses stays dense
  }
}
