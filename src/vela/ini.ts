// The vela.ini passed to Vela for a target. Built-in profiles (and ids naming sections of the bundled
// MLIA vela.ini) get MLIA's vela.ini as it is, as MLIA passes it. A user's profile may come from its
// own .ini or TOML, possibly reusing one of MLIA's section names with other values; the profile
// carries the resolved values, so its two sections are written from it, and Vela compiles for
// exactly the system the built-in engine models.
import { BUNDLED_INI_NAME } from '../targets/builtin.js';
import type { MemArea, TargetProfile } from '../targets/types.js';
import { MLIA_VELA_INI } from './mlia-ini.js';

function hasSection(ini: string, section: string): boolean {
  const escaped = section.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*\\[${escaped}\\]\\s*$`, 'm').test(ini);
}

const AREAS: MemArea[] = ['Sram', 'Dram', 'OnChipFlash', 'OffChipFlash'];

function systemConfigSection(target: TargetProfile): string {
  const sys = target.systemConfig;
  const lines = [
    `[System_Config.${sys.name}]`,
    `core_clock=${sys.coreClockHz}`,
    `axi0_port=${sys.axi0Port}`,
    `axi1_port=${sys.axi1Port}`,
  ];
  for (const area of AREAS) {
    const m = sys.memories[area];
    if (!m) continue;
    lines.push(
      `${area}_clock_scale=${m.clockScale}`,
      `${area}_burst_length=${m.burstLength}`,
      `${area}_read_latency=${m.readLatency}`,
      `${area}_write_latency=${m.writeLatency}`,
      `${area}_max_reads=${m.maxReads}`,
      `${area}_max_writes=${m.maxWrites}`,
    );
    // Only U85 system configs use more than one port; Vela's default is 1.
    if (m.portsUsed !== 1) lines.push(`${area}_ports_used=${m.portsUsed}`);
  }
  return lines.join('\n');
}

function memoryModeSection(target: TargetProfile): string {
  const mode = target.memoryMode;
  const lines = [
    `[Memory_Mode.${mode.name}]`,
    `const_mem_area=${mode.constMemArea}`,
    `arena_mem_area=${mode.arenaMemArea}`,
    `cache_mem_area=${mode.cacheMemArea}`,
  ];
  if (mode.arenaCacheSize !== undefined) lines.push(`arena_cache_size=${mode.arenaCacheSize}`);
  return lines.join('\n');
}

/** True when every part of the profile comes from ethos-gate's built-in data (MLIA's profiles and vela.ini). */
export function isBundledProfile(target: TargetProfile): boolean {
  return target.source.split(', ').every((part) => part.startsWith('builtin:') || part === BUNDLED_INI_NAME);
}

/**
 * The vela.ini text for a target. With `base` (a user's own ini text), `base` plus any section the
 * target names that it lacks; otherwise MLIA's vela.ini for bundled profiles, and the profile's own
 * two sections for any other.
 */
export function velaIniFor(target: TargetProfile, base?: string): string {
  if (base === undefined) {
    if (isBundledProfile(target)) return withMissingSections(target, MLIA_VELA_INI);
    return [
      '; Written by ethos-gate from the target profile',
      `; ${target.id} (${target.source})`,
      systemConfigSection(target),
      '',
      memoryModeSection(target),
      '',
    ].join('\n');
  }
  return withMissingSections(target, base);
}

function withMissingSections(target: TargetProfile, base: string): string {
  const extra: string[] = [];
  if (!hasSection(base, `System_Config.${target.systemConfig.name}`)) extra.push(systemConfigSection(target));
  if (!hasSection(base, `Memory_Mode.${target.memoryMode.name}`)) extra.push(memoryModeSection(target));
  if (extra.length === 0) return base;
  return `${base.trimEnd()}\n\n; Written by ethos-gate from the target profile ${target.id}\n${extra.join('\n\n')}\n`;
}
