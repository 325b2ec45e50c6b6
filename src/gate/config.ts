// Gate settings: action inputs give the defaults, an optional YAML file (.github/ethos-gate.yml) refines
// them for every model and, per path glob, for some models. Pure: the caller passes the file's text.
import picomatch from 'picomatch';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { GateConfigError, parseBoolean, parseIncrease, parsePoints, parseRatio } from './thresholds.js';

/** The thresholds that apply to one model. An absent threshold is not checked. */
export interface GateSettings {
  /** Minimum NPU coverage (operators on the NPU / all operators), 0..1. */
  minNpuCoverage?: number;
  /** Maximum drop of NPU coverage versus base, as a fraction (10 pp -> 0.1). */
  maxCoverageDrop?: number;
  /** Maximum relative increase of inference time versus base (0.05 = 5%). */
  maxLatencyIncrease?: number;
  maxSramIncrease?: number;
  maxFlashIncrease?: number;
  /** Maximum relative increase of DRAM use (where Dedicated_Sram systems keep the weights). */
  maxDramIncrease?: number;
  failOnNewCpuOps: boolean;
  /** An unreadable model fails the gate. */
  failOnError: boolean;
  /** Findings are reported but never fail the gate. */
  informational: boolean;
}

/** Where the settings file is read from when none is named (the action's `config` input, `compare --since`). */
export const DEFAULT_CONFIG_PATH = '.github/ethos-gate.yml';

export const DEFAULT_SETTINGS: GateSettings = { failOnNewCpuOps: false, failOnError: true, informational: false };

/** Setting values as written (action input strings or YAML scalars), by their kebab-case names. */
export type RawSettings = Partial<Record<SettingName, string | number | boolean | null>>;

export const SETTING_NAMES = [
  'min-npu-coverage',
  'max-coverage-drop',
  'max-latency-increase',
  'max-sram-increase',
  'max-flash-increase',
  'max-dram-increase',
  'fail-on-new-cpu-ops',
  'fail-on-error',
  'informational',
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

// A threshold set higher up can be switched off for some paths.
const OFF = new Set(['off', 'none', 'false']);

/**
 * Applies written settings on top of `base`. Empty values leave the base value; `off` clears a threshold.
 * `where` prefixes error messages (an input name or a place in the config file).
 */
export function applySettings(base: GateSettings, raw: RawSettings, where = ''): GateSettings {
  const out: GateSettings = { ...base };
  for (const name of SETTING_NAMES) {
    const value = raw[name];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const setting = where + name;
    const off = typeof value === 'string' && OFF.has(value.trim().toLowerCase());
    const threshold = (parse: (s: string, v: string | number) => number) =>
      off ? undefined : parse(setting, numeric(setting, value));
    switch (name) {
      case 'min-npu-coverage':
        out.minNpuCoverage = threshold(parseRatio);
        break;
      case 'max-coverage-drop':
        out.maxCoverageDrop = threshold(parsePoints);
        break;
      case 'max-latency-increase':
        out.maxLatencyIncrease = threshold(parseIncrease);
        break;
      case 'max-sram-increase':
        out.maxSramIncrease = threshold(parseIncrease);
        break;
      case 'max-flash-increase':
        out.maxFlashIncrease = threshold(parseIncrease);
        break;
      case 'max-dram-increase':
        out.maxDramIncrease = threshold(parseIncrease);
        break;
      case 'fail-on-new-cpu-ops':
        out.failOnNewCpuOps = parseBoolean(setting, value);
        break;
      case 'fail-on-error':
        out.failOnError = parseBoolean(setting, value);
        break;
      case 'informational':
        out.informational = parseBoolean(setting, value);
        break;
    }
  }
  return out;
}

function numeric(setting: string, value: string | number | boolean): string | number {
  if (typeof value === 'boolean')
    throw new GateConfigError(setting, `${value} is not a threshold (examples: 95%, 5 pp)`);
  return value;
}

interface PathOverride {
  patterns: string[];
  matches: (path: string) => boolean;
  raw: RawSettings;
  where: string;
}

/** Settings for every model, with per-path overrides applied in file order (later entries win). */
export interface GateConfig {
  defaults: GateSettings;
  overrides: PathOverride[];
}

export function settingsFor(config: GateConfig, path: string): GateSettings {
  let s = config.defaults;
  for (const o of config.overrides) if (o.matches(path)) s = applySettings(s, o.raw, o.where);
  return s;
}

/**
 * Parses the YAML config file on top of the defaults from the action inputs:
 *
 *     min-npu-coverage: 95%          # applies to every model
 *     overrides:
 *       - paths: ['models/experimental/**']
 *         informational: true
 *       - paths: 'models/kws/*.tflite'
 *         max-latency-increase: 2%
 */
export function parseGateConfig(text: string, file: string, defaults: GateSettings): GateConfig {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    const detail = e instanceof YAMLParseError ? e.message.split('\n')[0] : String(e);
    throw new GateConfigError(file, `not valid YAML: ${detail}`);
  }
  if (doc === null || doc === undefined) return { defaults, overrides: [] };
  if (!isRecord(doc)) throw new GateConfigError(file, 'must be a mapping of settings (e.g. "min-npu-coverage: 95%")');
  const { overrides: rawOverrides, ...top } = doc;
  const config: GateConfig = {
    defaults: applySettings(defaults, checkKeys(top, `${file}: `), `${file}: `),
    overrides: [],
  };
  if (rawOverrides === undefined || rawOverrides === null) return config;
  if (!Array.isArray(rawOverrides))
    throw new GateConfigError(`${file}: overrides`, 'must be a list of entries, each with "paths" and settings');
  rawOverrides.forEach((entry, i) => {
    const where = `${file}: overrides[${i}]`;
    if (!isRecord(entry)) throw new GateConfigError(where, 'must be a mapping with "paths" and settings');
    const { paths, ...rest } = entry;
    const patterns = typeof paths === 'string' ? [paths] : paths;
    if (!Array.isArray(patterns) || patterns.length === 0 || !patterns.every((p) => typeof p === 'string' && p !== ''))
      throw new GateConfigError(`${where}.paths`, 'must be a glob or a list of globs');
    const raw = checkKeys(rest, `${where}.`);
    // Validate now, so a bad value fails at start-up even when no model matches the entry.
    applySettings(DEFAULT_SETTINGS, raw, `${where}.`);
    config.overrides.push({ patterns, matches: picomatch(patterns, { dot: true }), raw, where: `${where}.` });
  });
  return config;
}

/** The settings of one mapping; `prefix` is how its keys are named in errors ("file: " or "file: overrides[0]."). */
function checkKeys(obj: Record<string, unknown>, prefix: string): RawSettings {
  const raw: RawSettings = {};
  for (const [key, value] of Object.entries(obj)) {
    if (!(SETTING_NAMES as readonly string[]).includes(key))
      throw new GateConfigError(
        prefix.replace(/[.:]\s*$/, ''),
        `unknown setting "${key}" (known: ${SETTING_NAMES.join(', ')}, overrides)`,
      );
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
      throw new GateConfigError(prefix + key, 'must be a single value');
    raw[key as SettingName] = value as string | number | boolean | null;
  }
  return raw;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
