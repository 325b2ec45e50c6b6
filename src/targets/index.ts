/**
 * Ethos-U targets: which NPU configuration, in which system (memories, clocks), with which memory mode.
 * Pure: the CLI and the action read target files and pass their text here.
 *
 * How a target is named (CLI `--target a,b`, repeated or comma-separated; the action's `targets` input):
 *
 * 1. A built-in id. MLIA's nine profiles, with the same names and settings as MLIA: ethos-u55-128 and
 *    ethos-u55-256 (Ethos_U55_High_End_Embedded, Shared_Sram), ethos-u65-256 and ethos-u65-512
 *    (Ethos_U65_High_End, Dedicated_Sram), ethos-u85-128 (Ethos_U85_SYS_DRAM_Low), ethos-u85-256 and -512
 *    (Ethos_U85_SYS_DRAM_Mid), ethos-u85-1024 and -2048 (Ethos_U85_SYS_DRAM_High), the U85s Dedicated_Sram;
 *    plus ethos-u55-32 and ethos-u55-64 set up like the other U55s.
 *
 * 2. An MLIA target-profile TOML, passed as a target file (`--target-file my-npu.toml`), used as it is:
 *    its id is its profile_name (else the file name without .toml). Given target files and no target ids,
 *    every TOML profile among the files is used. Its system_config and memory_mode are looked up in the ini
 *    its `config` key names (which must be passed as a target file too), else in the .ini target files,
 *    else in the MLIA vela.ini bundled with ethos-gate. A TOML profile shadows a built-in of the same id.
 *
 * 3. A Vela .ini, passed as a target file, with Vela's own three choices in one id:
 *    `<accelerator>:<System_Config name>:<Memory_Mode name>`, as in
 *      ethos-gate check model.tflite --target-file my_vela.ini --target ethos-u55-128:My_System:My_Mode
 *    which is what `vela --config my_vela.ini --accelerator-config ethos-u55-128 --system-config My_System
 *    --memory-mode My_Mode` compiles for. A name left empty (`ethos-u55-128:My_System` or `ethos-u55-128:`)
 *    means the only System_Config / Memory_Mode the .ini target files define. Names not in the given .ini
 *    files come from the bundled MLIA vela.ini, so `ethos-u65-256:Ethos_U65_Client_Server:Dedicated_Sram_512KB`
 *    needs no file at all. The profile's id is always the full `accelerator:system:mode` form.
 *
 * Every problem is a TargetError naming the file, the line when known, and the cause.
 */
import { parseAccelerator, type Accelerator } from './accelerators.js';
import { BUNDLED_INI_NAME, builtinProfiles, bundledMliaConfig } from './builtin.js';
import { TargetError } from './errors.js';
import { parseIni, type IniDocument } from './ini.js';
import { parseMliaProfile, type MliaProfile } from './mlia-toml.js';
import { assembleProfile, describeTarget } from './profile.js';
import {
  MEMORY_MODE_PREFIX,
  SYSTEM_CONFIG_PREFIX,
  memoryModeNames,
  readMemoryMode,
  readSystemConfig,
  systemConfigNames,
} from './vela-config.js';
import type { MemoryMode, SystemConfig, TargetProfile } from './types.js';

export type { MemArea, MemoryMode, MemoryTiming, NpuFamily, SystemConfig, TargetProfile } from './types.js';
export { TargetError, isTargetError, type TargetErrorCode } from './errors.js';
export { ACCELERATOR_CONFIGS, ACCELERATOR_MACS, maxAddressOffset, npuCores, parseAccelerator } from './accelerators.js';
export { VELA_MEMORY_DEFAULTS, MEM_AREAS } from './vela-config.js';
export {
  arenaSizeLimit,
  axiWidthBytes,
  effectiveMemory,
  isSramOnly,
  memAreaDisplayName,
  memAreaKey,
  memoryBandwidth,
  memoryRoles,
  memoryTiming,
  reportedBandwidth,
  reportedConstArea,
  type EffectiveMemory,
  type MemoryRoles,
} from './derived.js';

/** A target file as the caller read it: its path (for messages and `config` look-ups) and its text. */
export interface TargetFile {
  path: string;
  text: string;
}

/** Every built-in target, in a stable order (U55, U65, U85, by MACs). */
export function builtinTargets(): TargetProfile[] {
  return builtinProfiles();
}

export function builtinTargetIds(): string[] {
  return builtinProfiles().map((p) => p.id);
}

/** One built-in target by id (case-insensitive); a TargetError listing the valid ids otherwise. */
export function builtinTarget(id: string): TargetProfile {
  const found = builtinProfiles().find((p) => p.id === id.trim().toLowerCase());
  if (!found) throw unknownTarget(id, []);
  return found;
}

/** Section names of the bundled MLIA vela.ini, usable in `accelerator:system:mode` ids without a file. */
export function bundledVelaSections(): { systemConfigs: string[]; memoryModes: string[] } {
  const bundled = bundledMliaConfig();
  return { systemConfigs: [...bundled.systemConfigs.keys()], memoryModes: [...bundled.memoryModes.keys()] };
}

/**
 * The targets `ids` name, in order and without repeats, from the built-ins, the given target files
 * (MLIA .toml profiles and Vela .ini files) and the `accelerator:system:mode` form (see the top of this file).
 * With no ids, every TOML profile among `files`.
 */
export function resolveTargets(ids: readonly string[], files: readonly TargetFile[] = []): TargetProfile[] {
  const parsed = parseFiles(files);
  const wanted = [
    ...new Set(
      ids
        .flatMap((id) => id.split(','))
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    ),
  ];
  if (wanted.length === 0) {
    if (parsed.tomls.length === 0) {
      throw new TargetError(
        'no-targets',
        `no target named and no MLIA .toml profile among the target files; built-in targets: ${builtinTargetIds().join(', ')}`,
      );
    }
    return parsed.tomls.map((t) => fromToml(t, parsed));
  }
  const resolved = wanted.map((id) => {
    if (id.includes(':')) return fromIniId(id, parsed);
    const toml = parsed.tomls.find((t) => t.profile.id === id);
    if (toml) return fromToml(toml, parsed);
    const builtin = builtinProfiles().find((p) => p.id === id.toLowerCase());
    if (builtin) return builtin;
    throw unknownTarget(
      id,
      parsed.tomls.map((t) => t.profile.id),
    );
  });
  // Different spellings can name one target (ETHOS-U55-128, or ethos-u55-128:S and ethos-u55-128:S:M).
  return resolved.filter((t, i) => resolved.findIndex((u) => u.id === t.id) === i);
}

interface ParsedToml {
  file: string;
  profile: MliaProfile;
}

interface ParsedFiles {
  inis: IniDocument[];
  tomls: ParsedToml[];
}

function parseFiles(files: readonly TargetFile[]): ParsedFiles {
  const out: ParsedFiles = { inis: [], tomls: [] };
  for (const f of files) {
    if (/\.ini$/i.test(f.path)) out.inis.push(parseIni(f.text, f.path));
    else if (/\.toml$/i.test(f.path)) {
      const profile = parseMliaProfile(f.text, f.path);
      const twin = out.tomls.find((t) => t.profile.id === profile.id);
      if (twin) {
        throw new TargetError('duplicate', `profile "${profile.id}" is also defined by ${twin.file}`, { file: f.path });
      }
      out.tomls.push({ file: f.path, profile });
    } else {
      throw new TargetError(
        'unsupported-file',
        'not a target file: expected an MLIA target profile (.toml) or a Vela config (.ini)',
        { file: f.path },
      );
    }
  }
  return out;
}

function fromToml({ file, profile }: ParsedToml, parsed: ParsedFiles): TargetProfile {
  const forced = profile.configPath === undefined ? undefined : findConfigFile(profile.configPath, file, parsed.inis);
  const sys = lookup(SYSTEM, profile.systemConfigName, parsed.inis, forced, file);
  const mode = lookup(MODE, profile.memoryModeName, parsed.inis, forced, file);
  return assembleProfile(
    {
      id: profile.id,
      accelerator: profile.accelerator,
      systemConfig: sys.value,
      memoryMode: mode.value,
      description: profile.description,
      source: file,
    },
    { file },
  );
}

function fromIniId(id: string, parsed: ParsedFiles): TargetProfile {
  const [accName, sysName = '', modeName = '', ...rest] = id.split(':').map((s) => s.trim());
  if (rest.length > 0) {
    throw new TargetError('unknown-target', `"${id}": expected <accelerator>:<System_Config>:<Memory_Mode>`);
  }
  const accelerator: Accelerator = parseAccelerator(accName);
  const sys = lookup(SYSTEM, sysName || onlySection(SYSTEM, id, parsed.inis), parsed.inis);
  const mode = lookup(MODE, modeName || onlySection(MODE, id, parsed.inis), parsed.inis);
  const sources = [...new Set([sys.file, mode.file])];
  return assembleProfile(
    {
      id: `${accelerator.config}:${sys.value.name}:${mode.value.name}`,
      accelerator,
      systemConfig: sys.value,
      memoryMode: mode.value,
      description: `${describeTarget(accelerator, sys.value, mode.value)} (${sources.join(', ')})`,
      source: sources.join(', '),
    },
    { file: mode.file === BUNDLED_INI_NAME ? undefined : mode.file },
  );
}

/** The two kinds of ini section a target is built from, and how each is read and where the bundled ones are. */
interface SectionKind<T> {
  prefix: string;
  missingCode: 'unknown-system-config' | 'unknown-memory-mode';
  read: (doc: IniDocument, name: string) => T;
  names: (doc: IniDocument) => string[];
  bundled: () => ReadonlyMap<string, T>;
}

const SYSTEM: SectionKind<SystemConfig> = {
  prefix: SYSTEM_CONFIG_PREFIX,
  missingCode: 'unknown-system-config',
  read: readSystemConfig,
  names: systemConfigNames,
  bundled: () => bundledMliaConfig().systemConfigs,
};

const MODE: SectionKind<MemoryMode> = {
  prefix: MEMORY_MODE_PREFIX,
  missingCode: 'unknown-memory-mode',
  read: readMemoryMode,
  names: memoryModeNames,
  bundled: () => bundledMliaConfig().memoryModes,
};

/** The single section of a kind the given .ini files define, for an id that leaves its name out. */
function onlySection<T>(kind: SectionKind<T>, id: string, inis: readonly IniDocument[]): string {
  const names = [...new Set(inis.flatMap(kind.names))];
  if (names.length === 1) return names[0];
  throw new TargetError(
    kind.missingCode,
    `"${id}" leaves the ${kind.prefix.slice(0, -1)} out, which needs exactly one [${kind.prefix}*] section among ` +
      `the .ini target files; ${names.length ? `they define ${names.join(', ')}` : 'none was given'}`,
  );
}

interface Found<T> {
  value: T;
  /** The ini file the section came from, or BUNDLED_INI_NAME. */
  file: string;
}

/**
 * Finds section `<prefix><name>`: only in `forced` when a TOML names its ini, else in the given .ini files
 * (one of them at most), else in the bundled MLIA vela.ini. `from` is the file to blame when it is missing.
 */
function lookup<T>(
  kind: SectionKind<T>,
  name: string,
  inis: readonly IniDocument[],
  forced?: IniDocument,
  from?: string,
): Found<T> {
  if (forced) return { value: kind.read(forced, name), file: forced.file };
  const where = from === undefined ? {} : { file: from };
  const holders = inis.filter((d) => d.byName.has(kind.prefix + name));
  if (holders.length > 1) {
    const files = holders.map((d) => d.file).join(', ');
    throw new TargetError(
      'ambiguous',
      `[${kind.prefix}${name}] is defined by several target files (${files}); pass only one`,
      where,
    );
  }
  if (holders.length === 1) return { value: kind.read(holders[0], name), file: holders[0].file };
  const bundled = kind.bundled();
  const builtin = bundled.get(name);
  if (builtin) return { value: structuredClone(builtin), file: BUNDLED_INI_NAME };
  const known = [...new Set([...inis.flatMap(kind.names), ...bundled.keys()])];
  const searched = inis.length ? `${inis.map((d) => d.file).join(', ')} or ` : '';
  throw new TargetError(
    kind.missingCode,
    `no [${kind.prefix}${name}] in ${searched}the MLIA vela.ini; known: ${known.join(', ')}`,
    where,
  );
}

/** The ini a TOML's `config` key names: as written, relative to the TOML, or by file name when unique. */
function findConfigFile(configPath: string, tomlFile: string, inis: readonly IniDocument[]): IniDocument {
  const tomlDir = tomlFile.replace(/\\/g, '/').replace(/[^/]*$/, '');
  const candidates = [normalizePath(configPath), normalizePath(tomlDir + configPath)];
  const exact = inis.find((d) => candidates.includes(normalizePath(d.file)));
  if (exact) return exact;
  const base = (p: string) => p.replace(/\\/g, '/').replace(/^.*\//, '');
  const byName = inis.filter((d) => base(d.file) === base(configPath));
  if (byName.length === 1) return byName[0];
  throw new TargetError(
    'missing-file',
    `config = "${configPath}" names a Vela ini that is not among the target files; pass it too (--target-file ${configPath})`,
    { file: tomlFile },
  );
}

function normalizePath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && parts.length && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(seg);
  }
  return (p.startsWith('/') ? '/' : '') + parts.join('/');
}

function unknownTarget(id: string, fileIds: readonly string[]): TargetError {
  const builtins = builtinTargetIds();
  let why = '';
  // A family and a MAC count it is not built with gets the counts it is (the names are all listed below).
  if (/^ethos-u(55|65|85)-\d+$/i.test(id.trim())) {
    try {
      parseAccelerator(id);
    } catch (e) {
      if (e instanceof TargetError) why = `: ${e.detail}`;
    }
  }
  const fromFiles = fileIds.length ? `; from target files: ${fileIds.join(', ')}` : '';
  return new TargetError(
    'unknown-target',
    `unknown target "${id}"${why}; built-in targets: ${builtins.join(', ')}${fromFiles}; ` +
      'or <accelerator>:<System_Config>:<Memory_Mode> with sections from a Vela .ini',
  );
}
