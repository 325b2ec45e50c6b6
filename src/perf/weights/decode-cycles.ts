// Weight decode cost as regor 5.1.0 uses it to pick a weight format on U85 (and, on U55/U65, the plain DMA
// time): max(decoder throughput, DMA of the encoded bytes over the weight channel) + nothing else.
// Float32 rounding is kept where regor computes in float, so the integer results match.

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

/** U85 read-buffer slots per DMA channel: [Mem2Mem, IFMStream, Weight, FastWeight, IFM, Scale]. */
export const U85_CHANNEL_READ_BUFFERS: Record<number, readonly number[]> = {
  128: [64, 64, 128, 128, 104, 16],
  256: [104, 104, 128, 128, 128, 16],
  512: [128, 128, 256, 256, 128, 16],
  1024: [256, 256, 416, 208, 256, 16],
  2048: [256, 256, 512, 256, 256, 16],
};

/** Effective bandwidth (bytes/cycle) of the U85 weight or fast-weight DMA channel. */
export function u85WeightChannelBandwidth(memory: WeightMemory, macs: number, fast: boolean): number {
  const rbs = U85_CHANNEL_READ_BUFFERS[macs];
  if (!rbs) throw new Error(`no U85 configuration with ${macs} MACs`);
  const burstWords = Math.max(Math.floor(memory.maxBurstLength / 16), 1);
  const readBufferLimit = f32(rbs[fast ? 3 : 2] / burstWords);
  const transactionUtil = Math.min(readBufferLimit, f32(memory.maxReads * memory.portsUsed * 0.8));
  const latencyBound = f32(f32(f32(memory.maxBurstLength * transactionUtil) / memory.readLatency) * 0.8);
  return Math.min(f32(memory.bandwidth), latencyBound);
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
  const dmaCycles = Math.trunc(f32(f32(stats.encodedBytes) / bandwidth)) + memory.readLatency;
  return Math.max(decodeCycles, dmaCycles);
}

/** regor's EthosU55Performance::WeightDecodeCycles (U55/U65: DMA only). */
export function u55WeightDecodeCycles(stats: WeightStats, memory: WeightMemory): number {
  return Math.trunc(f32(f32(stats.encodedBytes) / f32(memory.bandwidth))) + memory.readLatency;
}
