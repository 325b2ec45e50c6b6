// The vela.ini passed to Vela for a target. Built-in profiles (and ids naming sections of MLIA's vela.ini) get
// an ini written from the built-in data (targets/mlia-vela.json: every System_Config and Memory_Mode section of
// the vela.ini MLIA passes to Vela, resolved), so Vela sees the systems MLIA gives it, value for value. A user's
// profile may come from its own .ini or TOML, possibly reusing one of MLIA's section names with other values;
// the profile carries the resolved values, so its two sections are written from it, and Vela compiles for
// exactly the system the built-in engine models.
import { BUNDLED_INI_NAME, bundledMliaConfig } from '../targets/builtin.js';
import type { MemArea, MemoryMode, SystemConfig, TargetProfile } from '../targets/types.js';

function hasSection(ini: string, section: string): boolean {
  const escaped = section.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*\\[${escaped}\\]\\s*$`, 'm').test(ini);
}

const AREAS: MemArea[] = ['Sram', 'Dram', 'OnChipFlash', 'OffChipFlash'];

function systemConfigSection(sys: SystemConfig): string {
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

function memoryModeSection(mode: MemoryMode): string {
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
 * target names that it lacks; otherwise the built-in MLIA sections (bundledVelaIni) for bundled profiles, and the profile's own
 * two sections for any other.
 */
export function velaIniFor(target: TargetProfile, base?: string): string {
  if (base === undefined) {
    if (isBundledProfile(target)) return withMissingSections(target, bundledVelaIni());
    return [
      '; Written by ethos-gate from the target profile',
      `; ${target.id} (${target.source})`,
      systemConfigSection(target.systemConfig),
      '',
      memoryModeSection(target.memoryMode),
      '',
    ].join('\n');
  }
  return withMissingSections(target, base);
}

function withMissingSections(target: TargetProfile, base: string): string {
  const extra: string[] = [];
  if (!hasSection(base, `System_Config.${target.systemConfig.name}`))
    extra.push(systemConfigSection(target.systemConfig));
  if (!hasSection(base, `Memory_Mode.${target.memoryMode.name}`)) extra.push(memoryModeSection(target.memoryMode));
  if (extra.length === 0) return base;
  return `${base.trimEnd()}\n\n; Written by ethos-gate from the target profile ${target.id}\n${extra.join('\n\n')}\n`;
}

let bundled: string | undefined;

/** Every section of the built-in MLIA configuration, as a vela.ini (written once). */
export function bundledVelaIni(): string {
  if (bundled === undefined) {
    const { systemConfigs, memoryModes } = bundledMliaConfig();
    bundled = [
      `; Written by ethos-gate from ${BUNDLED_INI_NAME} (targets/mlia-vela.json)`,
      ...[...systemConfigs.values()].map((sys) => `\n${systemConfigSection(sys)}`),
      ...[...memoryModes.values()].map((mode) => `\n${memoryModeSection(mode)}`),
      '',
    ].join('\n');
  }
  return bundled;
}
