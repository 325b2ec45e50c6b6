// The built-in targets and the bundled MLIA vela.ini, from the data files in the top-level targets/ folder.
// They are imported statically so the bundle carries them and never reads a file; the shapes are checked
// once at load, so a bad edit to a data file fails loudly instead of misleading the estimator.
import u55_32 from '../../targets/ethos-u55-32.json' with { type: 'json' };
import u55_64 from '../../targets/ethos-u55-64.json' with { type: 'json' };
import u55_128 from '../../targets/ethos-u55-128.json' with { type: 'json' };
import u55_256 from '../../targets/ethos-u55-256.json' with { type: 'json' };
import u65_256 from '../../targets/ethos-u65-256.json' with { type: 'json' };
import u65_512 from '../../targets/ethos-u65-512.json' with { type: 'json' };
import u85_128 from '../../targets/ethos-u85-128.json' with { type: 'json' };
import u85_256 from '../../targets/ethos-u85-256.json' with { type: 'json' };
import u85_512 from '../../targets/ethos-u85-512.json' with { type: 'json' };
import u85_1024 from '../../targets/ethos-u85-1024.json' with { type: 'json' };
import u85_2048 from '../../targets/ethos-u85-2048.json' with { type: 'json' };
import mliaVela from '../../targets/mlia-vela.json' with { type: 'json' };
import { parseAccelerator } from './accelerators.js';
import { TargetError } from './errors.js';
import { assembleProfile } from './profile.js';
import { AXI_PORTS, MEM_AREAS } from './vela-config.js';
import type { MemArea, MemoryMode, MemoryTiming, SystemConfig, TargetProfile } from './types.js';

const PROFILE_DATA: ReadonlyArray<[string, unknown]> = [
  ['ethos-u55-32.json', u55_32],
  ['ethos-u55-64.json', u55_64],
  ['ethos-u55-128.json', u55_128],
  ['ethos-u55-256.json', u55_256],
  ['ethos-u65-256.json', u65_256],
  ['ethos-u65-512.json', u65_512],
  ['ethos-u85-128.json', u85_128],
  ['ethos-u85-256.json', u85_256],
  ['ethos-u85-512.json', u85_512],
  ['ethos-u85-1024.json', u85_1024],
  ['ethos-u85-2048.json', u85_2048],
];

/** The bundled MLIA vela.ini's sections, resolved, by name. */
export interface VelaConfigSet {
  systemConfigs: ReadonlyMap<string, SystemConfig>;
  memoryModes: ReadonlyMap<string, MemoryMode>;
}

export const BUNDLED_INI_NAME = 'built-in MLIA vela.ini';

let cache: { profiles: TargetProfile[]; mlia: VelaConfigSet } | undefined;

function load() {
  if (!cache) {
    const mliaFile = 'targets/mlia-vela.json';
    const raw = record(mliaVela, mliaFile, 'the file');
    const mlia: VelaConfigSet = {
      systemConfigs: new Map(
        array(raw.systemConfigs, mliaFile, 'systemConfigs').map((s) => {
          const sys = systemConfigData(s, mliaFile);
          return [sys.name, sys] as const;
        }),
      ),
      memoryModes: new Map(
        array(raw.memoryModes, mliaFile, 'memoryModes').map((m) => {
          const mode = memoryModeData(m, mliaFile);
          return [mode.name, mode] as const;
        }),
      ),
    };
    const profiles = PROFILE_DATA.map(([name, data]) => profileData(data, `targets/${name}`));
    cache = { profiles, mlia };
  }
  return cache;
}

/** Fresh copies, so a caller's changes never leak into later calls. */
export function builtinProfiles(): TargetProfile[] {
  return load().profiles.map((p) => structuredClone(p));
}

export function bundledMliaConfig(): VelaConfigSet {
  return load().mlia;
}

function profileData(data: unknown, file: string): TargetProfile {
  const r = record(data, file, 'the file');
  const id = str(r.id, file, 'id');
  const accelerator = parseAccelerator(str(r.acceleratorConfig, file, 'acceleratorConfig'), { file });
  if (r.family !== accelerator.family || r.macs !== accelerator.macs || id !== accelerator.config) {
    throw new TargetError('bad-data', 'id, family and macs disagree with acceleratorConfig', { file });
  }
  return assembleProfile(
    {
      id,
      accelerator,
      systemConfig: systemConfigData(r.systemConfig, file),
      memoryMode: memoryModeData(r.memoryMode, file),
      description: str(r.description, file, 'description'),
      source: `builtin:${id}`,
    },
    { file },
  );
}

function systemConfigData(data: unknown, file: string): SystemConfig {
  const r = record(data, file, 'systemConfig');
  const memories: Partial<Record<MemArea, MemoryTiming>> = {};
  for (const [area, t] of Object.entries(record(r.memories, file, 'memories'))) {
    const tr = record(t, file, `memories.${area}`);
    const n = (k: keyof MemoryTiming) => num(tr[k], file, `memories.${area}.${k}`);
    memories[oneOf(area, MEM_AREAS, file, 'memories')] = {
      clockScale: n('clockScale'),
      burstLength: n('burstLength'),
      readLatency: n('readLatency'),
      writeLatency: n('writeLatency'),
      maxReads: n('maxReads'),
      maxWrites: n('maxWrites'),
      portsUsed: n('portsUsed'),
    };
  }
  return {
    name: str(r.name, file, 'systemConfig.name'),
    coreClockHz: num(r.coreClockHz, file, 'coreClockHz'),
    axi0Port: oneOf(r.axi0Port, MEM_AREAS, file, 'axi0Port'),
    axi1Port: oneOf(r.axi1Port, MEM_AREAS, file, 'axi1Port'),
    memories,
  };
}

function memoryModeData(data: unknown, file: string): MemoryMode {
  const r = record(data, file, 'memoryMode');
  const mode: MemoryMode = {
    name: str(r.name, file, 'memoryMode.name'),
    constMemArea: oneOf(r.constMemArea, AXI_PORTS, file, 'constMemArea'),
    arenaMemArea: oneOf(r.arenaMemArea, AXI_PORTS, file, 'arenaMemArea'),
    cacheMemArea: oneOf(r.cacheMemArea, AXI_PORTS, file, 'cacheMemArea'),
  };
  if (r.arenaCacheSize !== undefined) mode.arenaCacheSize = num(r.arenaCacheSize, file, 'arenaCacheSize');
  return mode;
}

function bad(file: string, field: string, why: string): TargetError {
  return new TargetError('bad-data', `${field} ${why}`, { file });
}

function record(v: unknown, file: string, field: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad(file, field, 'is not an object');
  return v as Record<string, unknown>;
}

function array(v: unknown, file: string, field: string): unknown[] {
  if (!Array.isArray(v)) throw bad(file, field, 'is not an array');
  return v;
}

function str(v: unknown, file: string, field: string): string {
  if (typeof v !== 'string' || v === '') throw bad(file, field, 'is not a non-empty string');
  return v;
}

function num(v: unknown, file: string, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw bad(file, field, 'is not a number >= 0');
  return v;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], file: string, field: string): T {
  if (!allowed.includes(v as T))
    throw bad(file, field, `is ${JSON.stringify(v)}, expected one of ${allowed.join(', ')}`);
  return v as T;
}
