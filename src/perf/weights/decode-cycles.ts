// Weight decode cost as regor 5.1.0 uses it to pick a weight format on U85 (and, on U55/U65, the plain DMA
// time): max(decoder throughput, DMA of the encoded bytes over the weight channel) + nothing else.
// Float32 rounding is kept where regor computes in float, so the integer results match.

import { u85ChannelReadBuffers } from '../arch.js';
import { floatCycles, u85ChannelBandwidth } from '../transfer.js';

const f32 = Math.fround;

/** The memory the encoded weights are read from (regor's ArchitectureMemory figures). */
export interface WeightMemory {
  /** Bytes per NPU cycle. */
  bandwidth: number;
  readLatency: number;
  /** Bytes. */
  maxBurstLength: number;
  maxReads: number;
  portsUsed: number;
}

/** What the decode-cost model reads from an encoded weight tensor (regor's WeightStats). */
export interface WeightStats {
  /** Values read by the encoder, padding included (regor's totalSourceBytes). */
  sourceElements: number;
  encodedBytes: number;
  zeroCount: number;
  /** regor's distinct-value count (a popcount that stops counting once it passes 16; 0 for FWD). */
  distinctWeights: number;
}

/** Effective bandwidth (bytes/cycle) of the U85 weight or fast-weight DMA channel. */
export function u85WeightChannelBandwidth(memory: WeightMemory, macs: number, fast: boolean): number {
  const rbs = u85ChannelReadBuffers(macs);
  if (!rbs) throw new Error(`no U85 configuration with ${macs} MACs`);
  const m = memory;
  return u85ChannelBandwidth(m.bandwidth, m.maxBurstLength, m.readLatency, m.maxReads, m.portsUsed, rbs[fast ? 3 : 2]);
}

/** Decoder throughput bound alone (what Vela's debug DB records as wd_cycles). */
export function u85WeightDecoderCycles(stats: WeightStats, fast: boolean, cores: number): number {
  let weightsPerCycle: number;
  if (fast) {
    weightsPerCycle = stats.distinctWeights < 16 ? 64 : 32;
  } else {
    let zeroRate = Math.min(f32(stats.zeroCount / stats.sourceElements), f32(0.9));
    zeroRate = Math.max(zeroRate, 0.5);
    const perCore = Math.trunc(8 + ((zeroRate - 0.5) * (32 - 8)) / 0.4);
    weightsPerCycle = perCore * cores;
  }
  return Math.floor(stats.sourceElements / weightsPerCycle);
}

/** regor's EthosU85Performance::WeightDecodeCycles: max(decoder throughput, weight DMA). */
export function u85WeightDecodeCycles(
  stats: WeightStats,
  fast: boolean,
  macs: number,
  cores: number,
  memory: WeightMemory,
): number {
  const decodeCycles = u85WeightDecoderCycles(stats, fast, cores);
  const bandwidth = u85WeightChannelBandwidth(memory, macs, fast);
  const dmaCycles = floatCycles(stats.encodedBytes, bandwidth) + memory.readLatency;
  return Math.max(decodeCycles, dmaCycles);
}

/** regor's EthosU55Performance::WeightDecodeCycles (U55/U65: DMA only). */
export function u55WeightDecodeCycles(stats: WeightStats, memory: WeightMemory): number {
  return floatCycles(stats.encodedBytes, memory.bandwidth) + memory.readLatency;
}
