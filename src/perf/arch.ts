// Architecture facts per Ethos-U configuration (MAC units, micro-blocks, internal RAM, output
// cycles per element), as Vela 5.1.0 models them, and the memories a target profile describes.
import { effectiveMemory, type EffectiveMemory } from '../targets/derived.js';
import type { MemArea, TargetProfile } from '../targets/types.js';

export interface Shape3 {
  h: number;
  w: number;
  c: number;
}

export interface U55Config {
  kind: 'u55';
  macs: number;
  cores: number;
  ofmUBlock: Shape3;
  ifmUBlock: Shape3;
  shramBanks: number;
  /** Bank granules: IFM8, IFM16, IFM8 elementwise, IFM16 elementwise, IFM32, Acc16, Acc32, Acc40. */
  granules: readonly number[];
  /** Output cycles per element by output kind (see ops/ao.ts) and by fused activation kind. */
  outputCycles: readonly number[];
  activationCycles: readonly number[];
}

export interface U85Config {
  kind: 'u85';
  macs: number;
  cores: number;
  ofmUBlocks: readonly Shape3[];
  ifmRamBytes: number;
  accRamBytes: number;
  cbRamBytes: number;
  obRamBytes: number;
  /** Read buffers per DMA channel: Mem2Mem, IFMStream, Weight, FastWeight, IFM, Scale. */
  channelReadBuffers: readonly number[];
  outputCycles: readonly number[];
  activationCycles: readonly number[];
}

export type NpuConfig = U55Config | U85Config;

const s = (h: number, w: number, c: number): Shape3 => ({ h, w, c });

const U55_128: U55Config = {
  kind: 'u55',
  macs: 128,
  cores: 1,
  ofmUBlock: s(1, 2, 8),
  ifmUBlock: s(1, 2, 8),
  shramBanks: 24,
  granules: [4, 4, 4, 4, 8, 4, 8, 12],
  outputCycles: [0.75, 1.25, 0.75, 0.75, 1.0, 1.5, 0.25, 0.5],
  activationCycles: [1.0, 0.5, 0.0],
};
const U55_256: U55Config = {
  kind: 'u55',
  macs: 256,
  cores: 1,
  ofmUBlock: s(2, 2, 8),
  ifmUBlock: s(2, 2, 8),
  shramBanks: 48,
  granules: [8, 8, 8, 8, 16, 8, 16, 20],
  outputCycles: [0.625, 1.125, 0.5, 0.375, 0.5, 0.75, 0.125, 0.25],
  activationCycles: [1.0, 0.25, 0.0],
};
const U55_64: U55Config = {
  kind: 'u55',
  macs: 64,
  cores: 1,
  ofmUBlock: s(1, 1, 8),
  ifmUBlock: s(1, 1, 8),
  shramBanks: 16,
  granules: [2, 2, 2, 2, 4, 4, 4, 8],
  outputCycles: [1.0, 1.5, 1.5, 1.5, 2.0, 3.0, 0.5, 1.0],
  activationCycles: [1.0, 1.0, 0.0],
};
const U55_32: U55Config = {
  kind: 'u55',
  macs: 32,
  cores: 1,
  ofmUBlock: s(1, 1, 4),
  ifmUBlock: s(1, 1, 8),
  shramBanks: 16,
  granules: [2, 2, 2, 2, 4, 4, 4, 4],
  outputCycles: [2.0, 3.0, 3.0, 3.0, 4.0, 6.0, 1.0, 2.0],
  activationCycles: [1.0, 1.0, 0.0],
};

const U85: Record<number, U85Config> = {
  128: {
    kind: 'u85',
    macs: 128,
    cores: 1,
    ofmUBlocks: [s(1, 2, 8), s(1, 1, 16)],
    ifmRamBytes: 8192,
    accRamBytes: 8192,
    cbRamBytes: 768,
    obRamBytes: 2048,
    channelReadBuffers: [64, 64, 128, 128, 104, 16],
    outputCycles: [0.5, 0.5, 0.5, 1.0, 1.0, 1.0],
    activationCycles: [0.5, 1.0],
  },
  256: {
    kind: 'u85',
    macs: 256,
    cores: 1,
    ofmUBlocks: [s(1, 2, 16), s(1, 4, 8), s(2, 2, 8)],
    ifmRamBytes: 16384,
    accRamBytes: 16384,
    cbRamBytes: 1536,
    obRamBytes: 2048,
    channelReadBuffers: [104, 104, 128, 128, 128, 16],
    outputCycles: [0.25, 0.25, 0.25, 0.5, 0.5, 0.5],
    activationCycles: [0.25, 0.5],
  },
  512: {
    kind: 'u85',
    macs: 512,
    cores: 2,
    ofmUBlocks: [s(2, 2, 16), s(1, 4, 16)],
    ifmRamBytes: 16384,
    accRamBytes: 32768,
    cbRamBytes: 3072,
    obRamBytes: 4096,
    channelReadBuffers: [128, 128, 256, 256, 128, 16],
    outputCycles: [0.125, 0.125, 0.25, 0.5, 0.25, 0.25],
    activationCycles: [0.125, 0.25],
  },
  1024: {
    kind: 'u85',
    macs: 1024,
    cores: 4,
    ofmUBlocks: [s(2, 2, 32), s(1, 4, 32), s(2, 4, 16)],
    ifmRamBytes: 16384,
    accRamBytes: 65536,
    cbRamBytes: 6144,
    obRamBytes: 4096,
    channelReadBuffers: [256, 256, 416, 208, 256, 16],
    outputCycles: [0.0625, 0.125, 0.25, 0.5, 0.125, 0.25],
    activationCycles: [0.0625, 0.125],
  },
  2048: {
    kind: 'u85',
    macs: 2048,
    cores: 4,
    ofmUBlocks: [s(2, 2, 64), s(1, 4, 64), s(4, 4, 16)],
    ifmRamBytes: 32768,
    accRamBytes: 131072,
    cbRamBytes: 12288,
    obRamBytes: 8192,
    channelReadBuffers: [256, 256, 512, 256, 256, 16],
    outputCycles: [0.03125, 0.0625, 0.125, 0.25, 0.0625, 0.125],
    activationCycles: [0.03125, 0.0625],
  },
};

/** A memory as the C++ core costs it (bandwidth per NPU cycle, clamped settings): see targets/derived.ts. */
export type Memory = EffectiveMemory;

export interface Arch {
  npu: NpuConfig;
  /** Where constants (weights, scales, LUTs) live. */
  constMem: Memory;
  /** Where the tensor arena (feature maps) lives. */
  arenaMem: Memory;
  /** Where weight buffers and fast feature maps are staged. */
  stagingMem: Memory;
  /** Staging size limit in bytes (Vela's arena cache size). */
  stagingLimit: number;
  coreClockHz: number;
}

/** A U85 configuration's read-buffer slots per DMA channel ([Mem2Mem, IFMStream, Weight, FastWeight, IFM, Scale]). */
export function u85ChannelReadBuffers(macs: number): readonly number[] | undefined {
  return U85[macs]?.channelReadBuffers;
}

export function npuConfigFor(target: TargetProfile): NpuConfig {
  if (target.family === 'u85') {
    const cfg = U85[target.macs];
    if (!cfg) throw new Error(`${target.id}: no Ethos-U85 configuration with ${target.macs} MACs`);
    return cfg;
  }
  if (target.family === 'u65' && target.macs === 512) {
    // Two 256-MAC cores; the AO table is per core pair.
    return {
      ...U55_256,
      macs: 256,
      cores: 2,
      outputCycles: [0.3125, 0.5625, 0.25, 0.1875, 0.25, 0.375, 0.0625, 0.125],
      activationCycles: [0.5, 0.125, 0.0],
    };
  }
  const byMacs: Record<number, U55Config> = { 32: U55_32, 64: U55_64, 128: U55_128, 256: U55_256 };
  const cfg = byMacs[target.macs];
  if (!cfg)
    throw new Error(`${target.id}: no Ethos-${target.family.toUpperCase()} configuration with ${target.macs} MACs`);
  return cfg;
}

export function archFor(target: TargetProfile): Arch {
  const port = (p: 'Axi0' | 'Axi1'): MemArea =>
    p === 'Axi0' ? target.systemConfig.axi0Port : target.systemConfig.axi1Port;
  const mode = target.memoryMode;
  // One object per memory area: transfers to the same memory share its bandwidth.
  const memories = new Map<MemArea, Memory>();
  const memory = (area: MemArea): Memory => {
    let m = memories.get(area);
    if (!m) memories.set(area, (m = effectiveMemory(target, area)));
    return m;
  };
  const defaultLimit = target.family === 'u55' ? 2 ** 32 : 2 ** 40;
  return {
    npu: npuConfigFor(target),
    constMem: memory(port(mode.constMemArea)),
    arenaMem: memory(port(mode.arenaMemArea)),
    stagingMem: memory(port(mode.cacheMemArea)),
    stagingLimit: mode.arenaCacheSize ?? defaultLimit,
    coreClockHz: target.systemConfig.coreClockHz,
  };
}
