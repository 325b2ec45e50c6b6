// The block config Vela would pick for an internal operation on a target (block-u55.ts, block-u85.ts), cached
// by query: networks repeat shapes.
import type { Arch } from './arch.js';
import { findBlockConfigU55, type BlockConfig, type BlockQuery } from './block-u55.js';
import { findBlockConfigU85 } from './block-u85.js';
import type { Stripe } from './cascade.js';
import { storedShape, type InternalOp, type Kernel } from './ops.js';

/** A kernel's size, strides and dilations, for cache keys. */
const kernelKey = (k: Kernel): string => `${k.w}x${k.h}/${k.strideX}x${k.strideY}/${k.dilationX}x${k.dilationY}`;

/** Block configs depend only on the query; networks repeat shapes, so remember them. */
const blockCache = new Map<string, BlockConfig>();

/** Forgets the block configs found so far (see clearEstimatorCaches). */
export function clearBlockConfigs(): void {
  blockCache.clear();
}

export function blockConfig(arch: Arch, op: InternalOp, sparse = false, stripe?: Stripe): BlockConfig {
  if (op.hw === 'dma') {
    // DMA operations have no block config; transfers are priced element by element.
    const unit = { h: 1, w: 1, c: 1 };
    return { ofmBlock: unit, ifmBlock: unit, traversal: 'DepthFirst', wideAcc: false, ofmUBlock: unit };
  }
  // A zero PAD folded into the operation is its kernel's padding: regor searches for the IFM as stored; a strided
  // read, for the area it steps through.
  const ifm = storedShape(op.ifm);
  const q: BlockQuery = {
    hw: op.hw,
    type: op.blockAs ?? op.type,
    ifmShape: stripe ? { ...ifm, h: stripe.ifmH } : ifm,
    ifm2Shape: op.ifm2 && stripe ? { ...op.ifm2.shape, h: Math.min(op.ifm2.shape.h, stripe.ifmH) } : op.ifm2?.shape,
    // A transposing pass is configured in the input's orientation.
    ofmShape: op.type === 'Transpose' ? op.ifm.shape : stripe ? { ...op.ofm.shape, h: stripe.h } : op.ofm.shape,
    ifmBits: Math.min(op.ifm.bits, 32),
    kernel: op.kernel,
    scaled: op.scaled,
    lutBytes: op.lutBytes,
    upscale: op.upscale,
    upscaleZeros: op.upscaleZeros,
    resizeScaleX: op.resizeScaleX,
    sparse,
    // regor searches with the OFM's transpose, fused into the operation or its own (the limits permuted back).
    transpose: op.type === 'Transpose' ? op.transpose : op.fusedTranspose,
    ofmBrick: !op.ofm.buffer.linear,
  };
  return findBlockConfig(arch, q);
}

/** The block config of a query on the target's NPU (cached process-wide: see clearEstimatorCaches). */
export function findBlockConfig(arch: Arch, q: BlockQuery): BlockConfig {
  const sh = (x?: { h: number; w: number; c: number }) => (x ? `${x.h}x${x.w}x${x.c}` : '-');
  const npu = arch.npu;
  // One template, not an array joined: this runs for every operation, stripe and format the costing weighs.
  const key =
    `${npu.kind}|${npu.macs}|${npu.cores}|${q.hw}|${q.type}|${sh(q.ifmShape)}|${sh(q.ifm2Shape)}|${sh(q.ofmShape)}|` +
    `${q.ifmBits}|${kernelKey(q.kernel)}|${q.scaled ? 1 : 0}|${q.lutBytes}|${q.upscale}${q.upscaleZeros ? 'z' : ''}|${q.sparse ? 1 : 0}|` +
    `${q.transpose ?? '-'}|${q.ofmBrick ? 1 : 0}|${q.resizeScaleX?.join('/') ?? '-'}`;
  const known = blockCache.get(key);
  if (known) return known;
  const cfg = arch.npu.kind === 'u85' ? findBlockConfigU85(arch.npu, q) : findBlockConfigU55(arch.npu, q);
  if (blockCache.size > 20000) blockCache.clear();
  blockCache.set(key, cfg);
  return cfg;
}
