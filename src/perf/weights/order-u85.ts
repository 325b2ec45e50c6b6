// Weight order for Ethos-U85, following the loop nest of regor 5.1.0's U85 weight source.
// Differences from U55: every stream sees the whole depth slice and takes 4-channel groups of each OFM
// ublock in turn (stream s: groups s, s+cores, ...); IFM blocks are walked forwards and backwards on
// alternate OFM blocks; sub-kernels go W-outer; part-kernel and depthwise kernels are split by stride
// phase and walked in serpentine rows; kernel elements are padded to 5 (10 for 16-bit or sparse) for
// part-kernel and to 10 for depthwise; depthwise adds zero padding per group on larger configs.
// Sparse2_4 checks that every group of 4 IFM channels holds at least 2 zeros and |w| <= 127.

import { Int16Sink, makeReader, sharedZeroPoint, type WeightTensorView } from './source.js';
import type { Traversal } from './types.js';

/** Thrown when weights do not satisfy the 2:4 sparsity pattern (regor's WeightsNotSparse). */
export class WeightsNotSparseError extends Error {
  constructor() {
    super('weights are not 2:4 sparse');
    this.name = 'WeightsNotSparseError';
  }
}

export interface U85OrderParams {
  streams: number;
  stream: number;
  macs: number;
  depthOffset: number;
  depthLength: number;
  ofmBlockDepth: number;
  ifmBlockDepth: number;
  ofmUBlockDepth: number;
  ifmBits: 8 | 16;
  traversal: Traversal;
  dilation: readonly [number, number];
  stride: readonly [number, number];
  sparse: boolean;
}

const INTERLEAVE = 4;

/** Geometry shared by the plain and the FWD-interleaved orderings. */
export function u85IfmUBlockDepth(
  p: Pick<U85OrderParams, 'traversal' | 'ifmBits' | 'sparse' | 'ifmBlockDepth'>,
): number {
  if (p.traversal === 'depthwise') return 1;
  if (p.traversal === 'part-kernel') return p.ifmBits === 16 && !p.sparse ? 8 : p.ifmBlockDepth;
  return p.ifmBlockDepth;
}

/** Zero elements the larger U85 configs add per depthwise kernel group (none on 256 MACs or less with 8-bit IFMs). */
export function u85DepthwisePadding(macs: number, ifmBits: number): number {
  return ifmBits !== 16 && macs <= 256 ? 0 : macs <= 512 ? 2 : 6;
}

export function u85ElementRound(p: Pick<U85OrderParams, 'traversal' | 'ifmBits' | 'sparse'>): number {
  if (p.traversal === 'depthwise') return 10;
  if (p.traversal === 'part-kernel') return p.ifmBits === 16 || p.sparse ? 10 : 5;
  return 1;
}

/** `reuse`: write into the shared ordering buffer (see Int16Sink); the result is valid until the next such call. */
export function orderWeightsU85(view: WeightTensorView, p: U85OrderParams, reuse = false): Int16Array {
  const read = makeReader(view);
  const data = view.data;
  const zp = sharedZeroPoint(view);
  const depthwise = p.traversal === 'depthwise';
  const sparse = p.sparse && !depthwise;
  const [, kernelH, kernelW, tensorDepth] = view.shape;
  const S = p.streams;
  const ofmDepth = p.depthLength;
  const ifmDepth = depthwise ? 1 : tensorDepth;
  const [strideY, strideX] = p.traversal === 'depth-first' ? [1, 1] : p.stride;
  const ifmU = u85IfmUBlockDepth(p);
  const round = u85ElementRound(p);
  const ofmU = p.ofmUBlockDepth;
  const decompY = Math.floor(8 / p.dilation[0]);
  const decompX = Math.floor(8 / p.dilation[1]);
  const dwPadding = u85DepthwisePadding(p.macs, p.ifmBits);
  const innerStep = depthwise ? 1 : sparse ? 16 : 8;

  // 2:4 sparsity tracker state (per kernel position).
  let sparsePos = -1;
  let sparseZeros = 0;
  let sparseIndex = 0;

  const sink = new Int16Sink(Math.ceil((ofmDepth * kernelH * kernelW * Math.max(ifmDepth, 16) * 2) / S), reuse);
  let ifmBlockStart = 0;
  let ifmStep = -p.ifmBlockDepth;
  for (let ofmBlockZ = 0; ofmBlockZ < ofmDepth; ofmBlockZ += p.ofmBlockDepth) {
    ifmStep = -ifmStep; // serpentine over IFM blocks
    const clippedOfm = Math.min(p.ofmBlockDepth, ofmDepth - ofmBlockZ);
    const ifmLimit = depthwise ? 1 : ifmDepth;
    for (let ifmBlockZ = ifmBlockStart; ifmBlockZ < ifmLimit && ifmBlockZ >= 0; ifmBlockZ += ifmStep) {
      ifmBlockStart = ifmBlockZ;
      const clippedIfm = Math.min(p.ifmBlockDepth, ifmDepth - ifmBlockZ);
      for (let subX = 0; subX < kernelW; subX += decompX) {
        const subW = Math.min(kernelW - subX, decompX);
        for (let subY = 0; subY < kernelH; subY += decompY) {
          const subH = Math.min(kernelH - subY, decompY);
          const outerDepth = depthwise ? 1 : clippedIfm;
          for (let ifmUOuter = 0; ifmUOuter < outerDepth; ifmUOuter += ifmU) {
            for (let ofmUOuter = 0; ofmUOuter < clippedOfm; ofmUOuter += ofmU) {
              let remaining = Math.ceil((subW * subH) / round) * round;
              for (let sy = 0; sy < strideY; sy++) {
                const rows = Math.floor((subH + strideY - 1 - sy) / strideY);
                for (let sx = 0; sx < strideX; sx++) {
                  const cols = Math.floor((subW + strideX - 1 - sx) / strideX);
                  for (let ky = 0; ky < rows; ky++) {
                    for (let kxi = 0; kxi < cols; kxi++) {
                      const kx = ky % 2 === 0 ? kxi : cols - 1 - kxi;
                      remaining--;
                      const wx = subX + sx + kx * strideX;
                      const wy = subY + sy + ky * strideY;
                      if (depthwise && zp !== undefined) {
                        // Depthwise with one zero point: each group's 4 channels sit side by side in [1, H, W, C].
                        const row = (wy * kernelW + wx) * tensorDepth + p.depthOffset;
                        sink.ensure(ofmU);
                        const out = sink.data;
                        let n = sink.length;
                        for (let ofmUZ = p.stream * INTERLEAVE; ofmUZ < ofmU; ofmUZ += INTERLEAVE * S) {
                          const first = ofmBlockZ + ofmUOuter + ofmUZ;
                          for (let z = first; z < first + INTERLEAVE; z++)
                            out[n++] = z < ofmDepth ? data[row + z] - zp : 0;
                        }
                        sink.length = n;
                        if (remaining % round === 0) pushZeros(sink, Math.floor((dwPadding * ofmU) / S));
                        continue;
                      }
                      for (let ifmUInner = 0; ifmUInner < ifmU; ifmUInner += innerStep) {
                        for (let ofmUZ = p.stream * INTERLEAVE; ofmUZ < ofmU; ofmUZ += INTERLEAVE * S) {
                          sink.ensure(INTERLEAVE * innerStep);
                          const out = sink.data;
                          let n = sink.length;
                          if (!sparse) {
                            // Dense fast path: channels past the tensor are 0, the rest are read in a run.
                            const ifmStart = ifmBlockZ + ifmUOuter + ifmUInner;
                            const ifmValid = clamp(ifmDepth - ifmStart, innerStep);
                            for (let oi = 0; oi < INTERLEAVE; oi++) {
                              const ofmZ = ofmBlockZ + ofmUOuter + oi + ofmUZ;
                              const valid = ofmZ < ofmDepth ? ifmValid : 0;
                              const o = p.depthOffset + ofmZ;
                              if (zp !== undefined && valid > 0) {
                                // A run of IFM channels (one value for depthwise) straight from the OHWI buffer.
                                const at = depthwise
                                  ? (wy * kernelW + wx) * tensorDepth + o
                                  : ((o * kernelH + wy) * kernelW + wx) * tensorDepth + ifmStart;
                                for (let iz = 0; iz < valid; iz++) out[n++] = data[at + iz] - zp;
                              } else {
                                for (let iz = 0; iz < valid; iz++) {
                                  const ifmZ = ifmStart + iz;
                                  out[n++] = read(o, wy, wx, ifmZ, depthwise ? ofmZ : ifmZ);
                                }
                              }
                              for (let iz = valid; iz < innerStep; iz++) out[n++] = 0;
                            }
                            sink.length = n;
                            continue;
                          }
                          for (let oi = 0; oi < INTERLEAVE; oi++) {
                            const ofmZ = ofmBlockZ + ofmUOuter + oi + ofmUZ;
                            for (let iz = 0; iz < innerStep; iz++) {
                              const ifmZ = ifmBlockZ + ifmUOuter + ifmUInner + iz;
                              let weight = 0;
                              if (ifmZ < ifmDepth && ofmZ < ofmDepth) {
                                weight = read(p.depthOffset + ofmZ, wy, wx, ifmZ, depthwise ? ofmZ : ifmZ);
                              }
                              if (sparse) {
                                const pos = wy * 65536 + wx;
                                if (pos !== sparsePos) {
                                  sparsePos = pos;
                                  sparseZeros = 0;
                                  sparseIndex = 0;
                                  if (ifmZ & 3) throw new WeightsNotSparseError();
                                }
                                if (weight === 0) sparseZeros++;
                                else if (weight > 127 || weight < -127) throw new WeightsNotSparseError();
                                if ((sparseIndex & 3) === 3) {
                                  if (sparseZeros < 2) throw new WeightsNotSparseError();
                                  sparseZeros = 0;
                                }
                                sparseIndex++;
                              }
                              out[n++] = weight;
                            }
                          }
                          sink.length = n;
                        }
                      }
                      if (depthwise && remaining % round === 0) pushZeros(sink, Math.floor((dwPadding * ofmU) / S));
                    }
                  }
                }
              }
              if (remaining > 0) {
                const pad = remaining + (depthwise ? dwPadding : 0);
                pushZeros(sink, Math.floor((pad * ifmU * ofmU) / S));
              }
            }
          }
        }
      }
    }
  }
  return sink.result();
}

function pushZeros(sink: Int16Sink, count: number): void {
  sink.ensure(count);
  sink.data.fill(0, sink.length, sink.length + count);
  sink.length += count;
}

/** n limited to 0..limit (a local helper: Math.* are slow global lookups under jest's vm). */
function clamp(n: number, limit: number): number {
  return n < 0 ? 0 : n > limit ? limit : n;
}
