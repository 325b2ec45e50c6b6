// Memory transfers: burst-efficiency inflation of a block transfer, U85 DMA channel bandwidths,
// and memory-to-memory DMA time, as Vela 5.1.0 estimates them.
import type { Memory, NpuConfig, Shape3 } from './arch.js';

export type Format = 'NHWC' | 'NHCWB16';

/** U85 DMA channels; their index into the read-buffer table is `channel - 1` (None uses 0). */
export enum Channel {
  None = 0,
  Mem2Mem,
  IfmStream,
  Weight,
  FastWeight,
  Ifm,
  Scale,
  Write,
}

/**
 * Bytes that really cross the bus for `bytes` of payload: short bursts waste the rest of the
 * memory's burst. The burst length depends on the format and how the block lines up with the tensor.
 */
export function burstInflated(
  cores: number,
  isRead: boolean,
  mem: Memory,
  format: Format,
  bits: number,
  block: Shape3,
  shape: Shape3,
  bytes: number,
): number {
  let burstBits = 8;
  if (format === 'NHCWB16') {
    const zStride = (shape.w * bits * 16) / 8;
    if (zStride === block.c) burstBits = bits * block.w * block.c;
    else if (isRead) burstBits = 16 * bits * block.w;
    else burstBits = 16 * bits * block.w * cores;
  } else {
    const xStride = (shape.c * bits) / 8;
    if (isRead) {
      burstBits = xStride === block.c ? bits * block.w * block.c : bits * block.c;
    } else if (block.c <= 16 && xStride === block.c) {
      burstBits = bits * block.w * block.c;
    } else {
      burstBits = Math.min(64 * 8, 16 * bits * cores, block.c * bits);
    }
  }
  const burst = Math.max(1, Math.min(mem.burstLength, Math.trunc(burstBits / 8)));
  return Math.trunc((bytes * mem.burstLength) / burst);
}

/** U85 effective bandwidth of one DMA channel of a memory (bytes per cycle). */
export function channelBandwidth(npu: NpuConfig, mem: Memory, channel: Channel): number {
  if (npu.kind !== 'u85') return mem.bandwidth;
  if (channel === Channel.Write) {
    return u85ChannelBandwidth(mem.bandwidth, mem.burstLength, mem.writeLatency, mem.maxWrites, mem.portsUsed);
  }
  const readBuffers = channel === Channel.None ? undefined : npu.channelReadBuffers[Math.max(channel - 1, 0)];
  return u85ChannelBandwidth(mem.bandwidth, mem.burstLength, mem.readLatency, mem.maxReads, mem.portsUsed, readBuffers);
}

/**
 * regor's U85 ChannelBW, in single precision as it computes it: the memory's bandwidth, or less when `maxOutstanding`
 * transactions on `portsUsed` ports (or the channel's `readBuffers` slots, for a read channel) cannot cover the
 * latency (the bursts times that utilisation over the latency, then x 0.8). Shared with the weight decode cost.
 */
export function u85ChannelBandwidth(
  bandwidth: number,
  burstLength: number,
  latency: number,
  maxOutstanding: number,
  portsUsed: number,
  readBuffers?: number,
): number {
  const burstWords = Math.max(Math.trunc(burstLength / 16), 1);
  const readBufferLimit = readBuffers === undefined ? Number.MAX_VALUE : readBuffers / burstWords;
  const util = Math.fround(Math.min(readBufferLimit, Math.fround(maxOutstanding * portsUsed * 0.8)));
  const bw = latency > 0 ? Math.fround(Math.fround(Math.fround(burstLength * util) / latency) * 0.8) : Number.MAX_VALUE;
  return Math.min(Math.fround(bandwidth), bw);
}

/** DMA time for copying `bytes` from `src` to `dst`. */
export function memToMemCycles(npu: NpuConfig, dst: Memory, src: Memory, bytes: number): number {
  if (npu.kind === 'u85') {
    const from = floatCycles(bytes, channelBandwidth(npu, src, Channel.Mem2Mem)) + src.readLatency;
    const to = floatCycles(bytes, channelBandwidth(npu, dst, Channel.Write)) + dst.writeLatency;
    return Math.max(from, to);
  }
  // U55/U65 charge the source's write latency on the destination side.
  const from = floatCycles(bytes, src.bandwidth) + src.readLatency;
  const to = floatCycles(bytes, dst.bandwidth) + src.writeLatency;
  return Math.max(from, to);
}

/**
 * Bytes over a bandwidth in whole cycles as regor divides them, in single precision (an integer over a float is a
 * float): 8,320 bytes at 2.6624 bytes a cycle take 3,125 cycles, not the 3,124 of a double's quotient.
 */
export function floatCycles(bytes: number, bandwidth: number): number {
  return Math.trunc(Math.fround(Math.fround(bytes) / Math.fround(bandwidth)));
}

/** Time to read `bytes` once from `mem` including latency (used by buffering decisions). */
export function minReadCycles(npu: NpuConfig, mem: Memory, bytes: number, channel: Channel): number {
  return Math.trunc(bytes / channelBandwidth(npu, mem, channel) + mem.readLatency);
}
