// Turns the [System_Config.*] and [Memory_Mode.*] sections of a Vela .ini into SystemConfig and
// MemoryMode data, the way Vela 5.1.0 reads them:
// - `inherit=<full section name>` takes the named section as a base and the section's own keys override
//   it. The base must come earlier in the same file: Vela's C++ core reads sections in order and ignores
//   a base it has not met yet, while its Python side would use it, so such a file is rejected here.
// - `<Memory>_<setting>` keys (Sram_clock_scale, Dram_max_reads...) describe a memory; the C++ core knows
//   a memory only when at least one such key names it, and fills the missing settings with its defaults
//   (scale 1, latency 1, burst 64, ports 1, max 1, see VELA_MEMORY_DEFAULTS).
// - Values are checked as Python would parse them (float for clocks and scales, int for the rest), and
//   beyond that: a typo in a key would silently fall back to a default in Vela, so unknown keys are errors.
// - Keys the C++ core reads must be written as Vela documents them (`Sram_read_latency`, `axi0_port`,
//   `const_mem_area`, `inherit`): the Python side ignores key case, but the core, which makes the estimate,
//   reads the text case-sensitively and would miss `SRAM_read_latency` or `AXI0_PORT`. core_clock and
//   arena_cache_size are read by the Python side only, so their case is free.
import { TargetError } from './errors.js';
import type { IniDocument, IniEntry, IniSection } from './ini.js';
import type { MemArea, MemoryMode, MemoryTiming, SystemConfig } from './types.js';

export const MEM_AREAS: readonly MemArea[] = ['Sram', 'Dram', 'OnChipFlash', 'OffChipFlash'];
export const AXI_PORTS = ['Axi0', 'Axi1'] as const;
export type AxiPort = (typeof AXI_PORTS)[number];

/** What Vela's C++ core assumes for a memory setting the system config leaves out. */
export const VELA_MEMORY_DEFAULTS: Readonly<MemoryTiming> = Object.freeze({
  clockScale: 1,
  burstLength: 64,
  readLatency: 1,
  writeLatency: 1,
  maxReads: 1,
  maxWrites: 1,
  portsUsed: 1,
});

export const SYSTEM_CONFIG_PREFIX = 'System_Config.';
export const MEMORY_MODE_PREFIX = 'Memory_Mode.';

type Where = { file: string; line: number };

/** Memory settings by their ini suffix, with the number type and lowest value each accepts. */
const MEMORY_SETTINGS: Record<
  string,
  { field: keyof MemoryTiming; kind: 'float' | 'int'; min: number; open?: boolean }
> = {
  clock_scale: { field: 'clockScale', kind: 'float', min: 0, open: true },
  burst_length: { field: 'burstLength', kind: 'int', min: 1 },
  read_latency: { field: 'readLatency', kind: 'int', min: 0 },
  write_latency: { field: 'writeLatency', kind: 'int', min: 0 },
  ports_used: { field: 'portsUsed', kind: 'int', min: 1 },
  max_reads: { field: 'maxReads', kind: 'int', min: 0 },
  max_writes: { field: 'maxWrites', kind: 'int', min: 0 },
};

export function systemConfigNames(doc: IniDocument): string[] {
  return sectionNames(doc, SYSTEM_CONFIG_PREFIX);
}

export function memoryModeNames(doc: IniDocument): string[] {
  return sectionNames(doc, MEMORY_MODE_PREFIX);
}

function sectionNames(doc: IniDocument, prefix: string): string[] {
  return doc.sections.filter((s) => s.name.startsWith(prefix)).map((s) => s.name.slice(prefix.length));
}

/** Reads `[System_Config.<name>]` (with its inherit chain); the section must exist. */
export function readSystemConfig(doc: IniDocument, name: string): SystemConfig {
  const section = requireSection(doc, SYSTEM_CONFIG_PREFIX + name, 'unknown-system-config');
  const entries = effectiveEntries(doc, section);
  const where = (e: IniEntry): Where => ({ file: doc.file, line: e.line });
  const inSection = `[${section.name}]`;

  let coreClockHz: number | undefined;
  const ports: Partial<Record<AxiPort, MemArea>> = {};
  const memories: Partial<Record<MemArea, MemoryTiming>> = {};

  for (const [lower, entry] of entries) {
    if (lower === 'inherit') continue;
    if (lower === 'core_clock') {
      coreClockHz = parseNumber(entry, 'float', where(entry));
      if (!(coreClockHz > 0)) throw badValue(entry, 'must be a clock frequency in Hz above 0', where(entry));
      continue;
    }
    const port = /^axi([01])_port$/.exec(lower);
    if (port) {
      exactKey(entry, lower, where(entry));
      ports[`Axi${port[1]}` as AxiPort] = parseMemArea(entry, where(entry));
      continue;
    }
    const us = lower.indexOf('_');
    const memName = us > 0 ? MEM_AREAS.find((m) => m.toLowerCase() === lower.slice(0, us)) : undefined;
    const setting = us > 0 ? MEMORY_SETTINGS[lower.slice(us + 1)] : undefined;
    if (setting && !memName) {
      throw new TargetError(
        'unknown-memory-area',
        `"${entry.key}" in ${inSection} names memory "${entry.key.slice(0, us)}"; memories are ${MEM_AREAS.join(', ')}`,
        where(entry),
      );
    }
    if (!setting || !memName) {
      throw new TargetError(
        'unknown-key',
        `"${entry.key}" is not a Vela system-config setting (in ${inSection}); expected core_clock, axi0_port, axi1_port ` +
          `or <Memory>_{${Object.keys(MEMORY_SETTINGS).join(',')}}`,
        where(entry),
      );
    }
    exactKey(entry, `${memName}_${lower.slice(us + 1)}`, where(entry));
    const value = parseNumber(entry, setting.kind, where(entry));
    if (setting.open ? !(value > setting.min) : value < setting.min) {
      throw badValue(entry, `must be ${setting.open ? 'above' : 'at least'} ${setting.min}`, where(entry));
    }
    const timing = (memories[memName] ??= { ...VELA_MEMORY_DEFAULTS });
    timing[setting.field] = value;
  }

  const at = { file: doc.file, line: section.line };
  if (coreClockHz === undefined) throw missing(inSection, 'core_clock', at);
  for (const p of AXI_PORTS) if (ports[p] === undefined) throw missing(inSection, `${p.toLowerCase()}_port`, at);
  return {
    name,
    coreClockHz,
    axi0Port: ports.Axi0 as MemArea,
    axi1Port: ports.Axi1 as MemArea,
    memories: orderedMemories(memories),
  };
}

/** Reads `[Memory_Mode.<name>]` (with its inherit chain); the section must exist. */
export function readMemoryMode(doc: IniDocument, name: string): MemoryMode {
  const section = requireSection(doc, MEMORY_MODE_PREFIX + name, 'unknown-memory-mode');
  const entries = effectiveEntries(doc, section);
  const inSection = `[${section.name}]`;
  const areas: Partial<Record<'const' | 'arena' | 'cache', 'Axi0' | 'Axi1'>> = {};
  let arenaCacheSize: number | undefined;

  for (const [lower, entry] of entries) {
    const where = { file: doc.file, line: entry.line };
    if (lower === 'inherit') continue;
    const area = /^(const|arena|cache)_mem_area$/.exec(lower);
    if (area) exactKey(entry, lower, where);
    if (area) {
      if (entry.value !== 'Axi0' && entry.value !== 'Axi1') throw badValue(entry, 'must be Axi0 or Axi1', where);
      areas[area[1] as 'const' | 'arena' | 'cache'] = entry.value;
    } else if (lower === 'arena_cache_size') {
      arenaCacheSize = parseNumber(entry, 'int', where);
      if (arenaCacheSize < 0) throw badValue(entry, 'must be a size in bytes, 0 or more', where);
    } else {
      throw new TargetError(
        'unknown-key',
        `"${entry.key}" is not a Vela memory-mode setting (in ${inSection}); expected const_mem_area, ` +
          'arena_mem_area, cache_mem_area, arena_cache_size or inherit',
        where,
      );
    }
  }
  const at = { file: doc.file, line: section.line };
  for (const k of ['const', 'arena', 'cache'] as const) if (!areas[k]) throw missing(inSection, `${k}_mem_area`, at);
  const mode: MemoryMode = {
    name,
    constMemArea: areas.const as AxiPort,
    arenaMemArea: areas.arena as AxiPort,
    cacheMemArea: areas.cache as AxiPort,
  };
  if (arenaCacheSize !== undefined) mode.arenaCacheSize = arenaCacheSize;
  return mode;
}

function requireSection(doc: IniDocument, name: string, code: 'unknown-system-config' | 'unknown-memory-mode') {
  const section = doc.byName.get(name);
  if (section) return section;
  const prefix = code === 'unknown-system-config' ? SYSTEM_CONFIG_PREFIX : MEMORY_MODE_PREFIX;
  const known = sectionNames(doc, prefix);
  throw new TargetError(code, `no [${name}] section; this file has ${known.length ? known.join(', ') : 'none'}`, {
    file: doc.file,
  });
}

/** The section's entries over those of its inherit chain (base first, so the section's own keys win). */
function effectiveEntries(doc: IniDocument, section: IniSection): Map<string, IniEntry> {
  const chain: IniSection[] = [];
  for (let s: IniSection | undefined = section; s; ) {
    if (chain.includes(s)) {
      throw new TargetError('bad-inherit', `inherit loop: ${[...chain, s].map((c) => c.name).join(' -> ')}`, {
        file: doc.file,
        line: s.line,
      });
    }
    chain.push(s);
    const inherit = s.entries.get('inherit');
    if (!inherit) break;
    exactKey(inherit, 'inherit', { file: doc.file, line: inherit.line });
    const base = doc.byName.get(inherit.value);
    const where = { file: doc.file, line: inherit.line };
    if (!base) throw new TargetError('bad-inherit', `inherit=${inherit.value}: no such section in this file`, where);
    if (base.line > s.line && base !== s) {
      throw new TargetError(
        'bad-inherit',
        `inherit=${inherit.value}: the base section must come before [${s.name}] (Vela reads sections in order)`,
        where,
      );
    }
    s = base;
  }
  const merged = new Map<string, IniEntry>();
  for (const s of chain.reverse()) for (const [k, e] of s.entries) merged.set(k, e);
  return merged;
}

function exactKey(entry: IniEntry, canonical: string, where: Where): void {
  if (entry.key !== canonical) {
    throw new TargetError(
      'unknown-key',
      `write "${canonical}", not "${entry.key}": Vela's C++ core reads keys case-sensitively and would ignore it`,
      where,
    );
  }
}

function parseMemArea(entry: IniEntry, where: Where): MemArea {
  const area = MEM_AREAS.find((m) => m === entry.value);
  if (area) return area;
  const hint = MEM_AREAS.find((m) => m.toLowerCase() === entry.value.toLowerCase());
  throw new TargetError(
    'unknown-memory-area',
    `${entry.key}=${entry.value}: unknown memory area` +
      (hint ? ` (Vela is case-sensitive here: write ${hint})` : `; expected ${MEM_AREAS.join(', ')}`),
    where,
  );
}

const FLOAT_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INT_RE = /^[+-]?\d+$/;

function parseNumber(entry: IniEntry, kind: 'float' | 'int', where: Where): number {
  const text = entry.value;
  if (text === '') throw new TargetError('missing-value', `${entry.key} has no value`, where);
  const ok = kind === 'int' ? INT_RE.test(text) : FLOAT_RE.test(text);
  const value = Number(text);
  if (!ok || !Number.isFinite(value)) {
    throw badValue(entry, kind === 'int' ? 'is not a whole number' : 'is not a number', where);
  }
  return value;
}

function badValue(entry: IniEntry, why: string, where: Where): TargetError {
  return new TargetError('bad-value', `${entry.key}=${entry.value} ${why}`, where);
}

function missing(inSection: string, key: string, where: Where): TargetError {
  return new TargetError('missing-value', `${inSection} has no ${key}`, where);
}

function orderedMemories(m: Partial<Record<MemArea, MemoryTiming>>): Partial<Record<MemArea, MemoryTiming>> {
  const out: Partial<Record<MemArea, MemoryTiming>> = {};
  for (const area of MEM_AREAS) if (m[area]) out[area] = m[area];
  return out;
}
