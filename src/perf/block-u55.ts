// Ethos-U55/U65 block configuration search: the OFM block (and the IFM block feeding it) that
// fits the shared buffer (SHRAM) and minimises re-fetching, as Vela 5.1.0 picks it.
import type { Shape3, U55Config } from './arch.js';
import type { HwOp, Kernel } from './ops.js';

export type Traversal = 'DepthFirst' | 'PartKernel' | 'Depthwise';

export interface BlockConfig {
  ofmBlock: Shape3;
  ifmBlock: Shape3;
  traversal: Traversal;
  /** 40-bit (U55) or 48-bit (U85) accumulators. */
  wideAcc: boolean;
  /** Micro-block the MAC estimate uses (U85 picks one per operation). */
  ofmUBlock: Shape3;
}

export interface BlockQuery {
  hw: HwOp;
  type: string;
  ifmShape: Shape3;
  ifm2Shape?: Shape3;
  ofmShape: Shape3;
  ifmBits: number;
  kernel: Kernel;
  scaled: boolean;
  lutBytes: number;
  upscale: number;
  /** The upscale inserts zeros (transpose convolution), not copies (resize): see InternalOp.upscaleZeros. */
  upscaleZeros?: boolean;
  /** U85 Resize: the horizontal scale (numerator, denominator). */
  resizeScaleX?: readonly [number, number];
  /** U85: the weights are in the Sparse2_4 format (conv and fully connected only). */
  sparse?: boolean;
  /** U85 Transpose: the input axis at each output position of NHWC (e.g. NWCH). */
  transpose?: string;
  /** The OFM is stored in the brick format (NHCWB16). */
  ofmBrick?: boolean;
}

export const roundUp = (x: number, n: number): number => Math.ceil(x / n) * n;
export const divUp = (x: number, n: number): number => Math.ceil(x / n);

/**
 * The extra input row and column regor's RequiredInputSize adds for an upscale (its UpscaleAndRounding): one for a
 * nearest-neighbour upscale (a resize), none for a zero-inserting one (a transpose convolution) or no upscale.
 */
export const upscaleRounding = (upscale: number, zeros?: boolean): number => (upscale > 1 && !zeros ? 1 : 0);

/** IFM rows/columns needed for `out` outputs (Vela's RequiredInputSize). */
export function requiredInput(out: number, stride: number, border: number, upscale: number, rounding: number): number {
  return Math.ceil(Math.fround(((out - 1) * stride + border + rounding) / upscale));
}

export function dilatedSize(k: Kernel): { w: number; h: number } {
  return { w: (k.w - 1) * k.dilationX + 1, h: (k.h - 1) * k.dilationY + 1 };
}

export function usePartKernel(ifmDepth: number, ifmBits: number, kernel: Kernel): boolean {
  if (ifmDepth <= 8) return true;
  const k = kernel.w * kernel.h;
  const depthUtil = ifmDepth / roundUp(ifmDepth, ifmBits === 8 ? 32 : 16);
  const partUtil = (ifmDepth / roundUp(ifmDepth, 8)) * (k / roundUp(k, ifmBits === 8 ? 4 : 2));
  return partUtil >= depthUtil;
}

const isScalar = (s?: Shape3): boolean => !!s && s.h * s.w * s.c === 1;
const elems = (s: Shape3): number => s.h * s.w * s.c;

export function findBlockConfigU55(cfg: U55Config, q: BlockQuery): BlockConfig {
  const OFM_SPLIT_DEPTH = 16;
  const ifmShape = q.ifm2Shape && elems(q.ifm2Shape) > elems(q.ifmShape) ? q.ifm2Shape : q.ifmShape;
  const ew = q.hw === 'elementwise';
  const ewUsage = ew ? ((isScalar(q.ifmShape) || isScalar(q.ifm2Shape)) && q.ifmBits <= 16 ? 2 : 1) : 0;
  const isPooling = q.hw === 'pool' || q.hw === 'reducesum';
  const isReduceSum = q.hw === 'reducesum';
  const isDepthwise = q.hw === 'depthwise';
  const isEqualDepth = ew || (isPooling && !isReduceSum) || isDepthwise;
  const partKernel = q.hw === 'conv' && usePartKernel(ifmShape.c, q.ifmBits, q.kernel);
  const rounding = upscaleRounding(q.upscale, q.upscaleZeros);
  const wideAcc = q.ifmBits === 16 && (!isPooling || isReduceSum) && q.scaled;
  // Accumulator and IFM granules by element width.
  const accGranule = cfg.granules[wideAcc ? 7 : 6];
  const accBits = wideAcc ? 40 : 32;
  const bitsIdx = Math.max(0, q.ifmBits / 8 - 1);
  const ifmGranule = ew
    ? [cfg.granules[2], cfg.granules[3], 0, cfg.granules[4]][bitsIdx]
    : [cfg.granules[0], cfg.granules[1], 0, cfg.granules[4]][bitsIdx];
  const reservedEnd = cfg.shramBanks > 16 ? 2 : 0;
  const lutBanks = Math.max(divUp(q.lutBytes, 1024), reservedEnd);
  const dil = dilatedSize(q.kernel);
  const ifmRepeats = divUp(dil.w, 8) * divUp(dil.h, 8);
  const ifmBlockDepth =
    q.ifmBits === 16
      ? roundUp(Math.min(ifmShape.c, 16), 4)
      : roundUp(Math.min(ifmShape.c, partKernel ? 16 : 32), cfg.ifmUBlock.c);
  // A fully connected layer over several rows runs as a convolution but is a vector product to regor's block
  // search, which counts no weight fetches for it.
  const hasWeights = (q.hw === 'conv' && q.type !== 'FullyConnected') || isDepthwise;
  const weightFetchWH = hasWeights ? q.kernel.w * q.kernel.h : 0;
  const ub = cfg.ofmUBlock;
  const space: Shape3 = {
    h: roundUp(Math.min(q.ofmShape.h, 32), ub.h),
    w: roundUp(Math.min(q.ofmShape.w, 64), ub.w),
    c: roundUp(Math.min(q.ofmShape.c, 128), ub.c),
  };
  const ofmElements = elems(q.ofmShape);

  // SHRAM: the IFM banks after the 2 reserved ones, then the accumulators, below the LUT.
  const lutStart = cfg.shramBanks - lutBanks;
  const fits = (ofmH: number, ofmW: number, ofmC: number, ifmH: number, ifmW: number, ifmC: number): boolean => {
    const ifmBytes = ifmH * ifmW * roundUp(ifmC * (q.ifmBits / 8), 8);
    const ifmBanks = roundUp(divUp(ifmBytes, 1024) * 2, ifmGranule || 1);
    const ifmEnd = 2 + ifmBanks;
    if (ewUsage !== 0) return ifmEnd + (ewUsage === 1 ? ifmBanks : 0) <= lutStart;
    const accBytes = (ofmH * ofmW * roundUp(ofmC, 8) * accBits) / 8;
    return ifmEnd <= lutStart - roundUp(divUp(accBytes, 1024) * 2, accGranule);
  };

  let best = Infinity;
  let bestCoverage = Infinity;
  let chosen: BlockConfig | null = null;
  let depth = Math.max(ub.c, Math.min(space.c, OFM_SPLIT_DEPTH));
  if (depth < q.ofmShape.c) depth = roundUp(depth, OFM_SPLIT_DEPTH);
  // Whether a block fits only gets harder with width and depth: per height, the narrowest width found not
  // to fit bounds every later search (what Vela's own search skips as "won't fit").
  const widthLimit = new Array<number>(Math.floor(space.h / ub.h) + 1).fill(space.w + 1);
  const ifmElements = elems(ifmShape);
  // 256/512 conv1d optimisation: the block height follows a 1-high OFM.
  const conv1d = q.ofmShape.h === 1 && q.kernel.h === 1 && ub.h === 2;
  while (depth <= space.c) {
    const ifmC = isEqualDepth ? depth : ifmBlockDepth;
    for (let height = ub.h; height <= space.h; height += ub.h) {
      const row = height / ub.h;
      const ifmH = roundUp(requiredInput(height, q.kernel.strideY, Math.min(dil.h, 8), q.upscale, rounding), ub.h);
      const ofmH = conv1d ? Math.min(height, 1) : height;
      for (let width = ub.w; width < widthLimit[row]; width += ub.w) {
        const ifmW = roundUp(requiredInput(width, q.kernel.strideX, Math.min(dil.w, 8), q.upscale, rounding), ub.w);
        if (!fits(ofmH, width, depth, ifmH, ifmW, ifmC)) {
          widthLimit[row] = width;
          break;
        }
        const fullH = divUp(q.ofmShape.h, ofmH);
        const fullW = divUp(q.ofmShape.w, width);
        const fullC = divUp(q.ofmShape.c, depth);
        // regor's float32 arithmetic, operation by operation and in its order (its block ratios are width, height,
        // depth): blocks that tie in exact arithmetic are told apart by the rounding.
        const f = Math.fround;
        const blocksW = f(q.ofmShape.w / width);
        const blocksH = f(q.ofmShape.h / ofmH);
        const blocksC = f(q.ofmShape.c / depth);
        let weightFetch = f(weightFetchWH * ifmShape.c * fullH * fullW);
        if (!isDepthwise) weightFetch = f(weightFetch * f(blocksC * depth));
        let ifmFetch = f(f(f(ifmH * ifmW * ifmShape.c * ifmRepeats) * blocksW) * blocksH);
        if (!isEqualDepth) ifmFetch = Math.fround(ifmFetch * fullC);
        let cost = ew
          ? Math.fround(ofmElements / (height * width * depth))
          : Math.fround(Math.fround(ifmFetch + weightFetch) / ofmElements);
        if (ifmElements < ifmH * ifmW * ifmC * 2) cost = Math.fround(cost / 2);
        if (cost <= best) {
          let take = false;
          if (cost === best) {
            const cov = Math.fround(
              (ifmShape.h * ifmShape.w) / Math.max(Math.min(ifmShape.h, ifmH) * Math.min(ifmShape.w, ifmW), 1),
            );
            if (cov <= bestCoverage && height <= 4 && width <= 4) {
              bestCoverage = cov;
              take = true;
            }
          } else {
            bestCoverage = Infinity;
            take = true;
          }
          if (take) {
            best = cost;
            chosen = {
              ofmBlock: { h: height, w: width, c: depth },
              ifmBlock: { h: ifmH, w: ifmW, c: ifmC },
              traversal: isDepthwise ? 'Depthwise' : partKernel ? 'PartKernel' : 'DepthFirst',
              wideAcc,
              ofmUBlock: ub,
            };
          }
        }
      }
    }
    depth += ub.c;
    if (depth < q.ofmShape.c) depth = roundUp(depth, OFM_SPLIT_DEPTH);
  }
  return (
    chosen ?? {
      ofmBlock: { h: ub.h, w: ub.w, c: ub.c },
      ifmBlock: { h: ub.h, w: ub.w, c: ub.c },
      traversal: 'DepthFirst',
      wideAcc,
      ofmUBlock: ub,
    }
  );
}
