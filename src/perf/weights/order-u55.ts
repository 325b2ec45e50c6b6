// Weight order for Ethos-U55 and U65 (the order the weight decoder feeds the MAC array), following the
// loop nest of regor 5.1.0's U55 weight source. Outer to inner: OFM block (per stream), IFM block
// (32 deep; 16 for part-kernel or a 16-bit IFM), sub-kernels of at most 8/dilation per axis,
// [part-kernel: IFM ublocks], OFM ublocks, kernel elements (padded to a multiple of 4 for depthwise and
// 8-bit part-kernel, 2 for 16-bit part-kernel), [depth-first: IFM ublocks], OFM ublock channels,
// IFM ublock channels. Positions outside the tensor emit 0.
// With several cores (U65-512) stream s takes OFM channels s, s+cores, ... of the depth slice.

import { Int16Sink, makeReader, sharedZeroPoint, type WeightTensorView } from './source.js';
import type { Traversal } from './types.js';

export interface U55OrderParams {
  streams: number;
  stream: number;
  /** First OFM channel of the depth slice (absolute) and its length. */
  depthOffset: number;
  depthLength: number;
  ofmBlockDepth: number;
  ofmUBlockDepth: number;
  ifmUBlockDepth: number;
  ifmBits: 8 | 16;
  traversal: Traversal;
  dilation: readonly [number, number];
}

/** `reuse`: write into the shared ordering buffer (see Int16Sink); the result is valid until the next such call. */
export function orderWeightsU55(view: WeightTensorView, p: U55OrderParams, reuse = false): Int16Array {
  const read = makeReader(view);
  const data = view.data;
  const zp = sharedZeroPoint(view);
  const depthwise = p.traversal === 'depthwise';
  const partKernel = p.traversal === 'part-kernel';
  const [, kernelH, kernelW, tensorDepth] = view.shape;
  const S = p.streams;
  // The OFM axis of the source: OHWI O, or the channel axis of a depthwise kernel.
  const ofmDepth = Math.floor((p.depthLength + S - 1 - p.stream) / S);
  const ifmDepth = depthwise ? 1 : tensorDepth;
  const ofmChannel = (z: number): number => p.depthOffset + p.stream + z * S;

  const streamBlockDepth = Math.floor((p.ofmBlockDepth + S - 1 - p.stream) / S);
  const ifmBlockDepth = partKernel || p.ifmBits === 16 ? 16 : 32;
  const ofmU = p.ofmUBlockDepth;
  const ifmU = p.ifmUBlockDepth;
  const decompY = Math.floor(8 / p.dilation[0]);
  const decompX = Math.floor(8 / p.dilation[1]);
  const elementRound = depthwise ? 4 : partKernel ? (p.ifmBits === 16 ? 2 : 4) : 1;
  const ifmUDepth = depthwise ? 1 : ifmU;

  const sink = new Int16Sink(ofmDepth * kernelH * kernelW * Math.max(ifmDepth, 8) * 2, reuse);
  for (let ofmBlockZ = 0; ofmBlockZ < ofmDepth; ofmBlockZ += streamBlockDepth) {
    const clippedOfm = Math.min(streamBlockDepth, ofmDepth - ofmBlockZ);
    for (let ifmBlockZ = 0; ifmBlockZ < (depthwise ? 1 : ifmDepth); ifmBlockZ += ifmBlockDepth) {
      const clippedIfm = depthwise ? ifmU : partKernel ? Math.min(ifmBlockDepth, ifmDepth - ifmBlockZ) : ifmBlockDepth;
      for (let subY = 0; subY < kernelH; subY += decompY) {
        const subH = Math.min(kernelH - subY, decompY);
        for (let subX = 0; subX < kernelW; subX += decompX) {
          const subW = Math.min(kernelW - subX, decompX);
          const elements = Math.ceil((subW * subH) / elementRound) * elementRound;
          const outerDepth = partKernel ? clippedIfm : 1;
          const innerDepth = partKernel ? 1 : clippedIfm;
          for (let ifmUOuter = 0; ifmUOuter < outerDepth; ifmUOuter += ifmU) {
            for (let ofmUZ = 0; ofmUZ < clippedOfm; ofmUZ += ofmU) {
              for (let e = 0; e < elements; e++) {
                const kx = e % subW;
                const ky = (e / subW) | 0;
                if (depthwise && zp !== undefined) {
                  // Depthwise with one zero point: the stream's channels of a kernel element, every S-th in [1, H, W, C].
                  sink.ensure(ofmU);
                  const out = sink.data;
                  let n = sink.length;
                  const row = ((subY + ky) * kernelW + subX + kx) * tensorDepth + p.depthOffset + p.stream;
                  const first = ofmBlockZ + ofmUZ;
                  const last = ky < subH ? Math.min(first + ofmU, ofmDepth) : first;
                  for (let z = first; z < last; z++) out[n++] = data[row + z * S] - zp;
                  for (let z = last; z < first + ofmU; z++) out[n++] = 0;
                  sink.length = n;
                  continue;
                }
                for (let ifmUInner = 0; ifmUInner < innerDepth; ifmUInner += ifmU) {
                  const ifmUZ = ifmUInner + ifmUOuter;
                  sink.ensure(ofmU * ifmUDepth);
                  const out = sink.data;
                  let n = sink.length;
                  // IFM channels past the tensor depth, OFM channels past the slice and padding elements are 0.
                  const ifmStart = ifmBlockZ + ifmUZ;
                  const ifmValid = ky < subH ? clamp(ifmDepth - ifmStart, ifmUDepth) : 0;
                  for (let oz = 0; oz < ofmU; oz++) {
                    const ofmZ = ofmBlockZ + ofmUZ + oz;
                    const valid = ofmZ < ofmDepth ? ifmValid : 0;
                    const o = ofmChannel(ofmZ);
                    if (zp !== undefined && valid > 0) {
                      // A run of IFM channels (one value for depthwise) straight from the OHWI buffer.
                      const at = depthwise
                        ? ((subY + ky) * kernelW + subX + kx) * tensorDepth + o
                        : ((o * kernelH + subY + ky) * kernelW + subX + kx) * tensorDepth + ifmStart;
                      for (let iz = 0; iz < valid; iz++) out[n++] = data[at + iz] - zp;
                    } else {
                      for (let iz = 0; iz < valid; iz++) {
                        const ifmZ = ifmStart + iz;
                        out[n++] = read(o, subY + ky, subX + kx, ifmZ, depthwise ? ofmZ : ifmZ);
                      }
                    }
                    for (let iz = valid; iz < ifmUDepth; iz++) out[n++] = 0;
                  }
                  sink.length = n;
                }
              }
            }
          }
        }
      }
    }
  }
  return sink.result();
}

/** n limited to 0..limit (a local helper: Math.* are slow global lookups under jest's vm). */
function clamp(n: number, limit: number): number {
  return n < 0 ? 0 : n > limit ? limit : n;
}
