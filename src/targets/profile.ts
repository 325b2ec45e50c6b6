// Puts an accelerator, a system config and a memory mode together into a TargetProfile, refusing the
// combinations Vela 5.1.0 refuses (its Python front end checks these before the C++ core runs):
// constants in Dram or flash (or Sram only when everything is in Sram, Vela's Sram_Only case), the arena
// in Sram or Dram, the cache in Sram, an arena cache size the AXI address space can reach, and (for the
// C++ core, which fails on a memory it was never told about) settings for every memory the mode uses.
import { maxAddressOffset, type Accelerator } from './accelerators.js';
import { memoryRolesOf, usesOnePort } from './derived.js';
import { TargetError } from './errors.js';
import type { MemArea, MemoryMode, SystemConfig, TargetProfile } from './types.js';

export interface ProfileParts {
  id: string;
  accelerator: Accelerator;
  systemConfig: SystemConfig;
  memoryMode: MemoryMode;
  description?: string;
  source: string;
}

const ROLE_NAMES = {
  const: 'const_mem_area (constants, i.e. weights)',
  arena: 'arena_mem_area (the tensor arena: feature maps)',
  cache: 'cache_mem_area (the staging cache)',
} as const;

/** Builds and checks a profile; `where` names the file to blame for a bad combination. */
export function assembleProfile(parts: ProfileParts, where: { file?: string; line?: number } = {}): TargetProfile {
  const { accelerator, systemConfig: sys, memoryMode: mode } = parts;
  const { const: constArea, featureMaps: arenaArea, staging: cacheArea } = memoryRolesOf(sys, mode);
  const combo = `Memory_Mode.${mode.name} with System_Config.${sys.name}`;
  const bad = (detail: string) => new TargetError('bad-memory-mode', `${combo}: ${detail}`, where);
  const placed = (role: keyof typeof ROLE_NAMES, port: string, area: MemArea) =>
    `${ROLE_NAMES[role]} is ${port}, which is ${area}`;

  if (constArea === 'Sram' && !usesOnePort(mode)) {
    throw bad(
      `${placed('const', mode.constMemArea, constArea)}; constants must be in Dram, OnChipFlash or OffChipFlash`,
    );
  }
  if (arenaArea !== 'Sram' && arenaArea !== 'Dram') {
    throw bad(`${placed('arena', mode.arenaMemArea, arenaArea)}; the arena must be in Sram or Dram`);
  }
  if (cacheArea !== 'Sram') {
    throw bad(`${placed('cache', mode.cacheMemArea, cacheArea)}; the cache must be in Sram`);
  }
  const limit = maxAddressOffset(accelerator.family);
  if (mode.arenaCacheSize !== undefined && mode.arenaCacheSize > limit) {
    throw bad(
      `arena_cache_size=${mode.arenaCacheSize} is beyond the ${accelerator.config} address space (${limit} bytes)`,
    );
  }
  for (const area of new Set([constArea, arenaArea, cacheArea])) {
    if (!sys.memories[area]) {
      throw bad(`the mode uses ${area}, but the system config sets nothing for it (no ${area}_* keys)`);
    }
  }

  return {
    id: parts.id,
    family: accelerator.family,
    macs: accelerator.macs,
    acceleratorConfig: accelerator.config,
    description: parts.description ?? describeTarget(accelerator, sys, mode),
    systemConfig: sys,
    memoryMode: mode,
    source: parts.source,
  };
}

/** The description a profile gets when its file gives none. */
export function describeTarget(acc: Accelerator, sys: SystemConfig, mode: MemoryMode): string {
  return `Ethos-${acc.family.toUpperCase()} with ${acc.macs} MACs, ${mode.name} memory mode, ${sys.name} system config`;
}
