// Facts the estimator derives from a profile, resolved the way Vela 5.1.0 does (shared/notes/vela-map.md §0).
// Two views exist because Vela has two halves:
// - the C++ core (regor) makes the estimate: memory bandwidth uses an AXI width picked from the system-config
//   NAME (8 bytes when it starts with "Ethos_U55", else 16), and the memory settings are clamped as it
//   clamps them;
// - the Python front end prints the summary (GB/s figures, which memory the weights are reported in): its AXI
//   width comes from the accelerator (8 on U55, 16 on U65/U85), and in Vela's Sram_Only case it reports
//   constants in OnChipFlash with the Sram's characteristics.
// For the built-in profiles both views agree on widths; for custom ones they can differ, as in Vela.
import { maxAddressOffset } from './accelerators.js';
import { VELA_MEMORY_DEFAULTS } from './vela-config.js';
import type { MemArea, MemoryMode, MemoryTiming, SystemConfig, TargetProfile } from './types.js';

/** Bytes one AXI port moves per NPU cycle, as the C++ core sees it: chosen by the system-config name. */
export function axiWidthBytes(systemConfigName: string): number {
  return systemConfigName.startsWith('Ethos_U55') ? 8 : 16;
}

/** The settings the profile gives a memory, with Vela's defaults for any it leaves out. */
export function memoryTiming(profile: TargetProfile, area: MemArea): MemoryTiming {
  return { ...VELA_MEMORY_DEFAULTS, ...profile.systemConfig.memories[area] };
}

/**
 * Memory bandwidth in bytes per NPU cycle = clock scale × AXI width × ports used, as the C++ core holds it:
 * computed in float32, passed on as text with 6 decimals, read back as float32 and floored at 0.0001.
 * (Exact for vela.ini's scales, which are binary fractions; scale 0.1 on a U55-named config gives 0.800000011920929.)
 */
export function memoryBandwidth(profile: TargetProfile, area: MemArea): number {
  const t = memoryTiming(profile, area);
  const product = Math.fround(Math.fround(t.clockScale) * axiWidthBytes(profile.systemConfig.name) * t.portsUsed);
  return Math.fround(Math.max(0.0001, Number(product.toFixed(6))));
}

/** A memory as the estimator uses it: bandwidth plus the settings after the C++ core's lower bounds. */
export interface EffectiveMemory {
  area: MemArea;
  /** Bytes per NPU cycle. */
  bandwidth: number;
  readLatency: number;
  writeLatency: number;
  /** Bytes. */
  burstLength: number;
  portsUsed: number;
  maxReads: number;
  maxWrites: number;
}

export function effectiveMemory(profile: TargetProfile, area: MemArea): EffectiveMemory {
  const t = memoryTiming(profile, area);
  // The core raises burst, ports and outstanding reads/writes to at least 1 and latencies to at least 0
  // (vela.ini's U85 flash says max_writes=0, which the core runs as 1).
  return {
    area,
    bandwidth: memoryBandwidth(profile, area),
    readLatency: Math.max(0, t.readLatency),
    writeLatency: Math.max(0, t.writeLatency),
    burstLength: Math.max(1, t.burstLength),
    portsUsed: Math.max(1, t.portsUsed),
    maxReads: Math.max(1, t.maxReads),
    maxWrites: Math.max(1, t.maxWrites),
  };
}

/** Which memory holds what, as the C++ core places it. */
export interface MemoryRoles {
  /** Constants: encoded weights, scales, LUTs (`const_mem_area`). */
  const: MemArea;
  /** The tensor arena: feature maps (`arena_mem_area`). */
  featureMaps: MemArea;
  /** The staging cache: buffered weights, spilled feature maps (`cache_mem_area`). */
  staging: MemArea;
}

export function memoryRoles(profile: TargetProfile): MemoryRoles {
  return memoryRolesOf(profile.systemConfig, profile.memoryMode);
}

/** memoryRoles() for a system config and memory mode not yet put together. */
export function memoryRolesOf(sys: SystemConfig, mode: MemoryMode): MemoryRoles {
  const onPort = (port: 'Axi0' | 'Axi1') => (port === 'Axi0' ? sys.axi0Port : sys.axi1Port);
  return {
    const: onPort(mode.constMemArea),
    featureMaps: onPort(mode.arenaMemArea),
    staging: onPort(mode.cacheMemArea),
  };
}

/** Constants, arena and cache all on one AXI port (Vela's Sram_Only layout when that port is Sram). */
export function usesOnePort(mode: MemoryMode): boolean {
  return mode.constMemArea === mode.arenaMemArea && mode.arenaMemArea === mode.cacheMemArea;
}

/** Sram_Only: everything in Sram on one port (Vela then reports constants as OnChipFlash). */
export function isSramOnly(profile: TargetProfile): boolean {
  return usesOnePort(profile.memoryMode) && memoryRoles(profile).const === 'Sram';
}

/** Where Vela's summary reports constants (weights): the const memory, or OnChipFlash in the Sram_Only case. */
export function reportedConstArea(profile: TargetProfile): MemArea {
  return isSramOnly(profile) ? 'OnChipFlash' : memoryRoles(profile).const;
}

/**
 * Bandwidth in bytes per NPU cycle as Vela's summary reports it (its GB/s = this × core clock / 2^30):
 * AXI width by accelerator, scale and ports of the memories on the two AXI ports, 1 and 1 for the others,
 * and in the Sram_Only case OnChipFlash with the Sram's figures.
 */
export function reportedBandwidth(profile: TargetProfile, area: MemArea): number {
  const width = profile.family === 'u55' ? 8 : 16;
  const sys = profile.systemConfig;
  const source = isSramOnly(profile) && area === 'OnChipFlash' ? 'Sram' : area;
  const onPort = sys.axi0Port === source || sys.axi1Port === source;
  const t = onPort ? memoryTiming(profile, source) : VELA_MEMORY_DEFAULTS;
  return width * t.clockScale * Math.max(1, t.portsUsed);
}

/** The staging (arena cache) size limit in bytes the scheduler works to: the memory mode's, else the address space. */
export function arenaSizeLimit(profile: TargetProfile): number {
  return profile.memoryMode.arenaCacheSize ?? maxAddressOffset(profile.family);
}

/** Vela's display name of a memory area, as in its summary ("Off-chip Flash"). */
export function memAreaDisplayName(area: MemArea): string {
  return { Sram: 'SRAM', Dram: 'DRAM', OnChipFlash: 'On-chip Flash', OffChipFlash: 'Off-chip Flash' }[area];
}

/** The key a memory area has in the report contract (src/report/types.ts): sram, dram, onChipFlash, offChipFlash. */
export function memAreaKey(area: MemArea): 'sram' | 'dram' | 'onChipFlash' | 'offChipFlash' {
  return ({ Sram: 'sram', Dram: 'dram', OnChipFlash: 'onChipFlash', OffChipFlash: 'offChipFlash' } as const)[area];
}
