// Ethos-U85 block configuration: micro-block choice, then an elementwise fit (output and
// chaining buffers), an area fit for depthwise/pooling (accumulator and IFM RAM), or the
// re-fetch cost search for convolutions and fully connected layers, as Vela 5.1.0 does.
import type { Shape3, U85Config } from './arch.js';
import type { HwOp, Kernel } from './ops.js';
import {
  dilatedSize,
  divUp,
  requiredInput,
  roundUp,
  upscaleRounding,
  type BlockConfig,
  type BlockQuery,
} from './block-u55.js';

const ACC_DEPTH_GRANULE = 16;
const CB_SLOTS = 6;
const BRICK_ELEMENTS = 16;
const OFM_BLOCK_MAX: Shape3 = { h: 128, w: 128, c: 1024 };

type Op = 'conv' | 'depthwise' | 'vector' | 'matmul' | 'pool' | 'reducesum' | 'elementwise' | 'resize';
const ALL8: Op[] = ['conv', 'matmul', 'vector', 'depthwise', 'pool', 'reducesum', 'elementwise', 'resize'];

/** Operations each micro-block supports, per IFM width index (8, 16, 32 bit). */
function validOps(cfg: U85Config, ub: Shape3): Op[][] {
  const is = (h: number, w: number, c: number) => ub.h === h && ub.w === w && ub.c === c;
  const convLike: Op[] = ['conv', 'matmul', 'vector', 'reducesum', 'elementwise', 'resize'];
  const dwLike: Op[] = ['depthwise', 'pool', 'elementwise', 'resize'];
  const wide: Op[] = ['reducesum', 'elementwise', 'resize'];
  switch (cfg.macs) {
    case 128:
      return is(1, 2, 8)
        ? [convLike, ALL8, wide]
        : [dwLike, ['conv', 'vector', 'elementwise', 'resize'], ['elementwise', 'resize']];
    case 256:
      return is(1, 2, 16)
        ? [dwLike, ['conv', 'vector', 'elementwise', 'resize'], ['elementwise', 'resize']]
        : [convLike, ALL8, wide];
    case 512:
      return [ALL8, ALL8, wide];
    default: {
      const big = cfg.macs === 1024 ? is(2, 4, 16) : is(4, 4, 16);
      const dense: Op[] = ['conv', 'matmul', 'vector', 'elementwise'];
      const small: Op[] = ['conv', 'vector', 'depthwise', 'pool', 'reducesum', 'elementwise', 'resize'];
      return big ? [small, small, wide] : [dense, dense, ['elementwise']];
    }
  }
}

const NULL_POOL = new Set(['MemoryCopy', 'Transpose', 'Reverse', 'Rescale']);

function opClass(q: BlockQuery): Op {
  if (q.hw === 'vector') return q.ifm2Shape ? 'matmul' : 'vector';
  if (q.hw === 'transpose' || q.hw === 'dma') return 'pool';
  return q.hw;
}

function findUBlock(cfg: U85Config, q: BlockQuery, partKernel: boolean): Shape3 {
  const op = opClass(q);
  // A 32-bit copy, transpose or reverse runs as a pooling that reads its input through the accumulator path
  // with an 8-bit IFM (regor's NullPool): its micro-blocks are the 8-bit ones.
  const nullPool = NULL_POOL.has(q.type) && q.ifmBits >= 32;
  const bitIdx = nullPool ? 0 : Math.min(2, Math.floor(q.ifmBits / 16));
  const depthFirst1x1 = q.kernel.w === 1 && q.kernel.h === 1 && !partKernel;
  let best: Shape3 | null = null;
  let bestWaste = Infinity;
  for (const ub of cfg.ofmUBlocks) {
    if (!validOps(cfg, ub)[bitIdx].includes(op)) continue;
    if (op === 'conv' && !depthFirst1x1) {
      if (cfg.macs === 128 && ub.h === 1 && ub.w === 1 && ub.c === 16) continue;
      if (cfg.macs === 256 && ub.h === 1 && ub.w === 2 && ub.c === 16) continue;
    }
    const waste =
      roundUp(q.ofmShape.h, ub.h) * roundUp(q.ofmShape.w, ub.w) * roundUp(q.ofmShape.c, ub.c) -
      q.ofmShape.h * q.ofmShape.w * q.ofmShape.c;
    if (waste < bestWaste) {
      best = ub;
      bestWaste = waste;
    }
  }
  return best ?? cfg.ofmUBlocks[0];
}

/** IFM allocation unit for a micro-block and IFM block depth. */
function ifmAllocUnit(cfg: U85Config, ifmBlockDepth: number, ifmBits: number, ub: Shape3): Shape3 {
  const depthBits = ifmBlockDepth * ifmBits;
  const idx = depthBits > 256 ? 2 : depthBits > 128 ? 1 : 0;
  const s = (h: number, w: number, c: number): Shape3 => ({ h, w, c });
  const is = (h: number, w: number, c: number) => ub.h === h && ub.w === w && ub.c === c;
  let table: Shape3[];
  switch (cfg.macs) {
    case 128:
      table = [s(1, 2, 1), s(1, 1, 2), s(1, 1, 2)];
      break;
    case 256:
      table = is(1, 4, 8) ? [s(1, 4, 1), s(1, 2, 2), s(1, 1, 4)] : [s(2, 2, 1), s(1, 2, 2), s(1, 1, 4)];
      break;
    case 512:
      table = is(1, 4, 16) ? [s(1, 4, 1), s(1, 2, 2), s(1, 1, 4)] : [s(2, 2, 1), s(1, 2, 2), s(1, 1, 4)];
      break;
    case 1024:
      table = is(1, 4, 32) ? [s(2, 4, 1), s(1, 4, 2), s(1, 2, 4)] : [s(2, 4, 1), s(2, 2, 2), s(1, 2, 4)];
      break;
    default:
      table = is(1, 4, 64) ? [s(4, 4, 1), s(2, 4, 2), s(1, 4, 4)] : [s(4, 4, 1), s(2, 4, 2), s(2, 2, 4)];
  }
  const b = table[idx];
  return { h: b.h, w: b.w, c: (b.c * 128) / ifmBits };
}

function ifmBlockFor(
  ofmBlock: Shape3,
  k: Kernel,
  au: Shape3,
  upscale: number,
  rounding: number,
  depth: number,
): Shape3 {
  const dil = dilatedSize(k);
  const h = roundUp(requiredInput(ofmBlock.h, k.strideY, Math.min(dil.h, 8), upscale, rounding), au.h);
  const w = roundUp(requiredInput(ofmBlock.w, k.strideX, Math.min(dil.w, 8), upscale, rounding), au.w);
  return { h, w, c: roundUp(depth || ofmBlock.c, au.c) };
}

const granularTile = (range: number, granule: number, tile: number): number => {
  if (range % tile === 0) return tile;
  const tiles = Math.floor(range / tile);
  return Math.max(roundUp(Math.floor(range / (tiles + 1)), granule), granule);
};

function reapportion(value: number, maxLimit: number, avail: { v: number }, required: number): number {
  const excess = Math.min(Math.floor(avail.v / required), Math.floor(maxLimit / value));
  if (excess >= 2) {
    avail.v = Math.floor(avail.v / excess);
    return value * excess;
  }
  return value;
}

/** The widest OFM block of a resize whose IFM block still fits a chaining-buffer slot (regor's CalcResizeMaxOfmBlockWidth). */
function resizeMaxBlockWidth(cfg: U85Config, ifmBits: number, [n, d]: readonly [number, number]): number {
  const cbBricks = Math.floor(Math.floor(cfg.cbRamBytes / CB_SLOTS) / (BRICK_ELEMENTS * (ifmBits / 8)));
  const width = Math.ceil(((cbBricks - 2) * n + 1) / d);
  return Math.max(1, Math.min(width, OFM_BLOCK_MAX.w));
}

function elementwiseBlock(cfg: U85Config, q: BlockQuery, ub: Shape3, granule: Shape3): Shape3 {
  const ofm: Shape3 = {
    h: roundUp(q.ofmShape.h, granule.h),
    w: roundUp(q.ofmShape.w, granule.w),
    c: roundUp(q.ofmShape.c, granule.c),
  };
  const limit: Shape3 = { h: Math.min(ofm.h, 128), w: Math.min(ofm.w, 128), c: Math.min(ofm.c, 1024) };
  const scalar =
    q.ifmShape.h * q.ifmShape.w * q.ifmShape.c === 1 ||
    (!!q.ifm2Shape && q.ifm2Shape.h * q.ifm2Shape.w * q.ifm2Shape.c === 1);
  const cbBricks = Math.floor(Math.floor(cfg.cbRamBytes / CB_SLOTS) / (BRICK_ELEMENTS * (q.ifmBits / 8)));
  const obElements = Math.floor((cfg.obRamBytes * 8) / q.ifmBits);
  const obWidthUnits = Math.floor(obElements / granule.c);
  const cbWidthUnits = Math.floor(cbBricks / ub.h);
  let h = granularTile(ofm.h, granule.h, limit.h);
  const wRequired = granularTile(ofm.w, granule.w, Math.min(obWidthUnits, limit.w));
  const wLimit = { v: obWidthUnits };
  let c = reapportion(granule.c, limit.c, wLimit, Math.max(wRequired, granule.w));
  if (!scalar && q.ifm2Shape) {
    const less = (a: Shape3) =>
      (a.c < q.ofmShape.c ? 1 : 0) | (a.w < q.ofmShape.w ? 2 : 0) | (a.h < q.ofmShape.h ? 4 : 0);
    const mask = less(q.ifmShape) | less(q.ifm2Shape);
    if (mask & 1) {
      c = granularTile(ofm.c, granule.c, limit.c);
      wLimit.v = cbWidthUnits;
      if ((mask & 1) === mask) h = reapportion(ub.h, limit.h, wLimit, Math.max(wRequired, granule.w));
    } else if (mask & 4) {
      wLimit.v = cbWidthUnits;
      c = reapportion(BRICK_ELEMENTS, limit.c, wLimit, Math.max(wRequired, granule.w));
    }
  }
  return { h: roundUp(h, granule.h), w: roundUp(wLimit.v, granule.w), c: roundUp(c, granule.c) };
}

function bestTile(range: number, granule: number, tile: number): number {
  if (range % tile === 0) return tile;
  const tiles = Math.floor(range / tile);
  const tile2 = Math.max(roundUp(Math.floor(range / (tiles + 1)), granule), granule);
  let best = tile;
  let bestRem = range % tile;
  const first = Math.max(Math.max(tile2 - granule * 2, Math.floor((tile2 + 1) / 2)), granule);
  for (let t = tile; t >= first; t -= granule) {
    let rem = range % t;
    if (rem === 0) rem = t;
    if (rem > bestRem) {
      best = t;
      bestRem = rem;
    }
  }
  return best;
}

interface Common {
  ub: Shape3;
  granule: Shape3;
  /** The largest OFM block, in the operation's input orientation (a transpose's is permuted back). */
  blockMax: Shape3;
  accBits: number;
  ifmBits: number;
  ifmBlockDepth: number;
}

function areaFit(cfg: U85Config, c: Common, ofm: Shape3, limit: Shape3, ifmShape: Shape3, k: Kernel): Shape3 {
  const accElements = Math.floor((cfg.accRamBytes * 8) / c.accBits);
  const ibElements = Math.floor((cfg.ifmRamBytes * 8) / c.ifmBits);
  const ubAcc = c.ub.h * c.ub.w * ACC_DEPTH_GRANULE;
  const aspect = ofm.h / ofm.w;
  const dil = dilatedSize(k);
  const prioritiseDepth = dil.w === 1 && dil.h === 1;
  let fit: Shape3 = { h: c.granule.h, w: c.granule.w, c: ACC_DEPTH_GRANULE };
  let bestMetric = Infinity;
  const maxDepth = Math.min(Math.max(cfg.macs, Math.floor(accElements / ubAcc)), limit.c);
  const ofmArea = prioritiseDepth ? ofm.w * ofm.c : ofm.w * ofm.h;
  for (let depth = ACC_DEPTH_GRANULE; depth <= maxDepth; depth += ACC_DEPTH_GRANULE) {
    let fitAcc = accElements;
    const au = ifmAllocUnit(cfg, c.ifmBlockDepth || depth, c.ifmBits, c.ub);
    const ifmVolume = roundUp(ifmShape.h, au.h) * roundUp(ifmShape.w, au.w) * roundUp(ifmShape.c, au.c);
    let fitted = false;
    let prevAccReq = -1;
    let retry = 25;
    for (;;) {
      let w = Math.sqrt(Math.floor(fitAcc / depth) / aspect);
      let h = w * aspect;
      if (h < 1) {
        w *= h;
        h = 1;
      } else if (w < 1) {
        h *= w;
        w = 1;
      }
      let width = Math.floor(Math.max(Math.trunc(w), c.granule.w) / c.granule.w) * c.granule.w;
      let height = Math.floor(Math.max(Math.trunc(h), c.granule.h) / c.granule.h) * c.granule.h;
      width = Math.min(width, limit.w);
      height = Math.min(height, limit.h);
      const area = width * height;
      if (width < ofm.w) width = bestTile(ofm.w, c.granule.w, width);
      height = Math.max(Math.floor(Math.floor(area / width) / c.granule.h) * c.granule.h, c.granule.h);
      const accRequired = width * height * depth;
      const abRatio = accElements / accRequired;
      const ifmReq = ifmBlockFor({ h: height, w: width, c: depth }, k, au, 1, 0, c.ifmBlockDepth);
      const ibRequired = Math.min(ifmReq.h * ifmReq.w * ifmReq.c, ifmVolume);
      let ibRatio = ibElements / ibRequired;
      if (abRatio >= 1 && ibRatio >= 1) {
        const used = depth % au.c ? depth % au.c : au.c;
        const waste = 1 + (au.c - used) / au.c / 10;
        const fitM = 1 + Math.abs(1 - limit.c / depth) / 10;
        const other = prioritiseDepth ? depth : height;
        const coverage = 1 + Math.abs(1 - ofmArea / (width * other));
        const metric = coverage * fitM * waste;
        if (metric < bestMetric) {
          fit = { h: height, w: width, c: depth };
          bestMetric = metric;
          if (depth >= ofm.c && width >= ofm.w && height >= ofm.h) {
            return { h: roundUp(ofm.h, c.granule.h), w: roundUp(ofm.w, c.granule.w), c: roundUp(ofm.c, c.granule.c) };
          }
        }
        fitted = true;
        break;
      }
      if (accRequired === prevAccReq && --retry <= 0) ibRatio = 0.9;
      prevAccReq = accRequired;
      if (ibRatio < 1 && abRatio > 1) fitAcc = Math.min(fitAcc, accRequired);
      const ratio = Math.min(ibRatio, abRatio);
      let newAcc = Math.max(Math.trunc(Math.floor(fitAcc / ubAcc) * ratio), 0) * ubAcc;
      if (newAcc === fitAcc) newAcc = fitAcc - ubAcc;
      // Written so that NaN (from a hostile zero-sized shape) ends the search too.
      if (!(newAcc >= ubAcc)) break;
      fitAcc = newAcc;
    }
    if (!fitted) break;
  }
  return fit;
}

function depthwiseBlock(cfg: U85Config, q: BlockQuery, c: Common): { ofm: Shape3; ifm: Shape3 } {
  const ofm: Shape3 = {
    h: roundUp(q.ofmShape.h, c.granule.h),
    w: roundUp(q.ofmShape.w, c.granule.w),
    c: roundUp(q.ofmShape.c, c.granule.c),
  };
  const limit: Shape3 = {
    h: Math.min(ofm.h, c.blockMax.h),
    w: Math.min(ofm.w, c.blockMax.w),
    c: Math.min(ofm.c, c.blockMax.c),
  };
  const ibElements = Math.floor((cfg.ifmRamBytes * 8) / q.ifmBits);
  const fit = areaFit(cfg, c, ofm, limit, q.ifmShape, q.kernel);
  let { h: height, w: width, c: depth } = fit;
  let forceReduce = 0;
  let ifmReq: Shape3;
  for (let guard = 0; guard < 10000; guard++) {
    const au = ifmAllocUnit(cfg, c.ifmBlockDepth || depth, q.ifmBits, c.ub);
    ifmReq = ifmBlockFor({ h: height, w: width, c: depth }, q.kernel, au, 1, 0, c.ifmBlockDepth);
    const ibRequired = ifmReq.h * ifmReq.w * ifmReq.c;
    if (width < ofm.w || height < ofm.h || depth < ofm.c) {
      const row = ifmBlockFor({ h: c.granule.h, w: width, c: depth }, q.kernel, au, 1, 0, c.ifmBlockDepth);
      if (ibElements - ibRequired < row.h * row.w * row.c) {
        if ((height !== ofm.h || forceReduce & 2) && height > c.granule.h) height -= c.granule.h;
        else if ((depth > width || forceReduce & 1) && depth > au.c) depth -= au.c;
        else if ((width !== ofm.w || forceReduce & 4) && width > c.granule.w) width -= c.granule.w;
        else if (forceReduce !== 7) forceReduce = (forceReduce << 1) | 1;
        else if (depth > c.granule.c) depth = Math.max(Math.floor(depth / 2), c.granule.c);
        else break;
        continue;
      }
    }
    break;
  }
  const au = ifmAllocUnit(cfg, c.ifmBlockDepth || depth, q.ifmBits, c.ub);
  ifmReq = ifmBlockFor({ h: height, w: width, c: depth }, q.kernel, au, 1, 0, c.ifmBlockDepth);
  return { ofm: { h: height, w: width, c: depth }, ifm: ifmReq };
}

/** Part-kernel when it uses the MACs better: kernels round to 5 elements (10 sparse), depth-first IFMs to 64 (128 sparse). */
function chooseKernelFirst(ifmDepth: number, k: Kernel, sparse: boolean): boolean {
  const n = k.w * k.h;
  const step = sparse ? 10 : 5;
  const rnd = Math.floor(n / step) * step + Math.max(n % step, sparse ? 4 : 2);
  const kernelFirst = (ifmDepth / roundUp(ifmDepth, 16)) * (n / rnd);
  const depthFirst = ifmDepth / roundUp(ifmDepth, sparse ? 128 : 64);
  return kernelFirst >= depthFirst;
}

const elems = (s: Shape3): number => s.h * s.w * s.c;

export function findBlockConfigU85(cfg: U85Config, q: BlockQuery): BlockConfig {
  const hw: HwOp = q.hw;
  const ifmShape = q.ifm2Shape && elems(q.ifm2Shape) > elems(q.ifmShape) ? q.ifm2Shape : q.ifmShape;
  const isPooling = hw === 'pool' || hw === 'transpose' || hw === 'dma';
  const isReduceSum = hw === 'reducesum';
  const isDepthwise = hw === 'depthwise';
  const isElementwise = hw === 'elementwise';
  const isMatmul = hw === 'vector' && !!q.ifm2Shape;
  const isFc = hw === 'vector' && !isMatmul;
  const wideAcc = q.ifmBits === 16 && !isPooling && !isReduceSum && q.scaled;
  const sparse = !!q.sparse;
  const partKernel = hw === 'conv' && chooseKernelFirst(ifmShape.c, q.kernel, sparse);
  const ub = findUBlock(cfg, q, partKernel);
  const granule: Shape3 = { h: ub.h, w: ub.w, c: ACC_DEPTH_GRANULE };
  let blockMax = OFM_BLOCK_MAX;
  if (q.transpose && q.transpose.length === 4) {
    // A transpose is configured in its input's orientation: the OFM limits permuted back, and a brick OFM whose
    // depth comes from the input's width or height writes 16 of those at a time (regor).
    const ofmAxis = (a: 'H' | 'W' | 'C'): keyof Shape3 =>
      (['h', 'w', 'c'] as const)[q.transpose!.indexOf(a) - 1] ?? 'c';
    blockMax = { h: OFM_BLOCK_MAX[ofmAxis('H')], w: OFM_BLOCK_MAX[ofmAxis('W')], c: OFM_BLOCK_MAX[ofmAxis('C')] };
    if (q.ofmBrick && q.transpose[3] === 'W') granule.w = 16;
    if (q.ofmBrick && q.transpose[3] === 'H') granule.h = 16;
  }
  const common: Common = { ub, granule, blockMax, accBits: wideAcc ? 64 : 32, ifmBits: q.ifmBits, ifmBlockDepth: 0 };
  const make = (ofmBlock: Shape3, ifmBlock: Shape3, traversal: BlockConfig['traversal']): BlockConfig => ({
    ofmBlock,
    ifmBlock,
    traversal,
    wideAcc,
    ofmUBlock: ub,
  });
  if (isElementwise) {
    const b = elementwiseBlock(cfg, q, ub, granule);
    return make(b, b, 'DepthFirst');
  }
  if (isDepthwise) {
    const b = depthwiseBlock(cfg, q, common);
    return make(b.ofm, b.ifm, 'Depthwise');
  }
  const isResize = hw === 'resize';
  let ifmBlockDepth = 64;
  if (partKernel) ifmBlockDepth = 16;
  else if (q.ifmBits === 32 || ((cfg.macs === 128 || cfg.macs === 256) && ub.c === 16 && !sparse)) ifmBlockDepth = 32;
  else if (sparse && q.ifmBits === 8) ifmBlockDepth = 128;
  if ((isPooling || isReduceSum) && q.type !== 'MemoryCopy') {
    common.ifmBlockDepth = isReduceSum ? ifmBlockDepth : 0;
    const b = depthwiseBlock(cfg, q, common);
    return make(b.ofm, b.ifm, 'DepthFirst');
  }
  const isEqualDepth = isPooling || isResize;
  const accBits = common.accBits;
  let numBlocksInRam = 2;
  const dil = dilatedSize(q.kernel);
  const ifmRepeats = divUp(dil.w, 8) * divUp(dil.h, 8);
  const dilH = Math.min(dil.h, 8);
  const dilW = Math.min(dil.w, 8);
  const ifmElements = elems(ifmShape);
  const weightFetchWH = hw === 'conv' ? q.kernel.w * q.kernel.h : 0;
  const step: Shape3 = { h: Math.max(ub.h, granule.h), w: Math.max(ub.w, granule.w), c: Math.max(ub.c, granule.c) };
  let end: Shape3 = {
    h: roundUp(Math.max(Math.min(q.ofmShape.h, OFM_BLOCK_MAX.h), step.h), ub.h),
    w: roundUp(Math.max(Math.min(q.ofmShape.w, OFM_BLOCK_MAX.w), step.w), ub.w),
    c: roundUp(Math.max(Math.min(q.ofmShape.c, OFM_BLOCK_MAX.c), step.c), ub.c),
  };
  if (isResize) {
    // A resize's OFM block is one row of at most 16 channels, as wide as its IFM block fits the chaining buffer.
    const maxWidth = resizeMaxBlockWidth(cfg, q.ifmBits, q.resizeScaleX ?? [1, 1]);
    if (maxWidth < step.w) step.w = maxWidth;
    step.h = 1;
    end = { h: 1, w: maxWidth, c: 16 };
  }
  const rounding = upscaleRounding(q.upscale, q.upscaleZeros);
  let best = Infinity;
  let bestCoverage = Infinity;
  let chosen: BlockConfig | null = null;
  const ofmElements = elems(q.ofmShape);
  let depth = Math.max(ub.c, Math.min(end.c, 16));
  const restartDepth = depth;
  if (depth < q.ofmShape.c) depth = roundUp(depth, 16);
  let au = ifmAllocUnit(cfg, ifmBlockDepth, q.ifmBits, ub);
  // Whether a block fits only gets harder with width and depth (for one IFM allocation unit and block count):
  // per height, the narrowest width found not to fit bounds the later searches (Vela's "won't fit" set).
  const rows = Math.floor(end.h / step.h) + 1;
  let widthLimit = new Array<number>(rows).fill(end.w + 1);
  while (depth <= end.c) {
    if (isEqualDepth) {
      ifmBlockDepth = depth;
      const next = ifmAllocUnit(cfg, depth, q.ifmBits, ub);
      if (next.h !== au.h || next.w !== au.w || next.c !== au.c) {
        widthLimit = new Array<number>(rows).fill(end.w + 1);
        au = next;
      }
    }
    const ifmC = roundUp(ifmBlockDepth || depth, au.c);
    for (let height = step.h; height <= end.h; height += step.h) {
      const row = height / step.h;
      // The IFM block (ifmBlockFor's figures, without an object per candidate: this loop runs thousands of times).
      const ifmH = roundUp(requiredInput(height, q.kernel.strideY, dilH, q.upscale, rounding), au.h);
      for (let width = step.w; width < widthLimit[row]; width += step.w) {
        const ifmW = roundUp(requiredInput(width, q.kernel.strideX, dilW, q.upscale, rounding), au.w);
        // IFM and accumulator RAM must hold numBlocksInRam blocks.
        const ibDepth = roundUp(isEqualDepth ? depth : Math.min(ifmC, ifmShape.c), au.c);
        const ifmBytes = ifmH * ifmW * ibDepth * (q.ifmBits / 8) * numBlocksInRam;
        const accBytes = ((height * width * roundUp(depth, ACC_DEPTH_GRANULE) * accBits) / 8) * numBlocksInRam;
        if (!isResize && (ifmBytes > cfg.ifmRamBytes || accBytes > cfg.accRamBytes)) {
          widthLimit[row] = width;
          break;
        }
        const fullH = divUp(q.ofmShape.h, height);
        const fullW = divUp(q.ofmShape.w, width);
        const fullC = divUp(q.ofmShape.c, depth);
        // regor's float32 arithmetic, operation by operation and in its order (its block ratios are
        // width, height, depth): blocks that tie in exact arithmetic are told apart by the rounding.
        const f = Math.fround;
        const blocksW = f(q.ofmShape.w / width);
        const blocksH = f(q.ofmShape.h / height);
        const blocksC = f(q.ofmShape.c / depth);
        let weightFetch = f(f(weightFetchWH * ifmShape.c) * (fullH * fullW));
        weightFetch = f(weightFetch * f(blocksC * depth));
        let ifmFetch = f(f(f(f(ifmH * ifmW * ifmShape.c) * ifmRepeats) * blocksW) * blocksH);
        if (!isEqualDepth) ifmFetch = f(ifmFetch * fullC);
        let cost: number;
        if (isFc) cost = Math.fround(1 / (height * width));
        else if (isResize || isMatmul) cost = Math.fround(ofmElements / (height * width * depth));
        else cost = Math.fround(Math.fround(ifmFetch + weightFetch) / ofmElements);
        if (ifmElements < ifmH * ifmW * ifmC * 2) cost = Math.fround(cost / 2);
        if (cost <= best) {
          let take = false;
          if (cost === best) {
            const cov = Math.fround(
              (ifmShape.h * ifmShape.w) / Math.max(Math.min(ifmShape.h, ifmH) * Math.min(ifmShape.w, ifmW), 1),
            );
            if (cov <= bestCoverage && ((height <= 4 && width <= 4) || isMatmul)) {
              bestCoverage = cov;
              take = true;
            }
          } else {
            bestCoverage = Infinity;
            take = true;
          }
          if (take) {
            best = cost;
            chosen = make(
              { h: height, w: width, c: depth },
              { h: ifmH, w: ifmW, c: ifmBlockDepth },
              partKernel ? 'PartKernel' : 'DepthFirst',
            );
          }
        }
      }
    }
    depth += ub.c;
    if (depth < q.ofmShape.c) depth = roundUp(depth, 16);
    if (depth > end.c && best === Infinity && numBlocksInRam === 2) {
      numBlocksInRam = 1;
      widthLimit = new Array<number>(rows).fill(end.w + 1);
      depth = restartDepth;
    }
  }
  return chosen ?? make({ ...ub }, { ...ub }, 'DepthFirst');
}
