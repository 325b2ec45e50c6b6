// The action's inputs (action.yml), read and checked once. Errors name the input.
import * as core from '@actions/core';
import { GateConfigError, parseBoolean } from '../gate/thresholds.js';
import { DEFAULT_CONFIG_PATH, SETTING_NAMES, type RawSettings } from '../gate/config.js';
import { parseShard, type ShardSpec } from '../gate/shard.js';
import { ENGINE_CHOICES } from '../vela/index.js';
import type { EngineSettings } from './analyze.js';
import type { CommentMode } from './comment.js';

export type Mode = 'changed' | 'all' | 'comment-from-report';

export interface ActionInputs {
  models: string[];
  /** Empty: the TOML profiles among `targetFiles`, else ethos-u55-256. */
  targets: string[];
  targetFiles: string[];
  /** The config file; `explicit` when the user named it (then it must exist). */
  config: { path: string; explicit: boolean };
  settings: RawSettings;
  mode: Mode;
  comment: CommentMode;
  token: string;
  checkName: string;
  checkRun: boolean;
  reportArtifact: string;
  /** comment-from-report: a report already on disk instead of the artifact. */
  reportFile: string;
  /** This job analyses one shard of the models and only uploads its report. */
  shard?: ShardSpec;
  /** This job merges the shards' reports and gives the verdict. */
  merge: boolean;
  /** A folder shard reports are written to (shards) or read from (merge), instead of or besides artifacts. */
  reportsPath: string;
  engine: EngineSettings;
  /** Per GitHub API request attempt. */
  apiTimeoutMs: number;
  /**
   * `optimize:` as written (`pruning=0.5,clustering=16;clustering=32`), parsed by the optimize module, which is
   * loaded only when this is set. Empty: no optimization.
   */
  optimize: string;
  /** Quantize float models (random calibration) and report the int8 result beside the float one. */
  quantize: boolean;
}

/** Every input the action reads; action.yml declares exactly these (a test holds the two together). */
export const INPUT_NAMES = [
  'models',
  'targets',
  'target-files',
  'config',
  ...SETTING_NAMES,
  'mode',
  'comment',
  'check-run',
  'check-name',
  'report-artifact',
  'report',
  'shard',
  'merge',
  'reports-path',
  'engine',
  'vela-path',
  'vela-timeout',
  'exact-weights',
  'api-timeout',
  'optimize',
  'quantize',
  'github-token',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** A duration in seconds (`30`, `1.5`, `30s`), returned in milliseconds. */
function seconds(name: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*s?$/.exec(value);
  if (!m || Number(m[1]) <= 0) throw new GateConfigError(name, `"${value}" is not a number of seconds (e.g. 30)`);
  return Number(m[1]) * 1000;
}

/** Lists as users write them in YAML: one per line or comma-separated; blank entries and `#` comments dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new GateConfigError(name, `"${value}" is not one of ${allowed.join(', ')}`);
}

/**
 * Reads every input. `eventName` picks the default mode. The token is never printed; the runner already
 * masks `github.token` and secrets in the log.
 */
export function readInputs(eventName: string): ActionInputs {
  const get = (name: InputName) => core.getInput(name).trim();
  const settings: RawSettings = {};
  for (const name of SETTING_NAMES) {
    const v = get(name);
    if (v) settings[name] = v;
  }
  // A merge queue's group is judged as its pull request was: against the commit it goes onto.
  const changedByDefault =
    eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'merge_group';
  const configInput = get('config');
  const inputs: ActionInputs = {
    models: splitList(get('models') || '**/*.tflite'),
    targets: splitList(get('targets')),
    targetFiles: splitList(get('target-files')),
    config: { path: configInput || DEFAULT_CONFIG_PATH, explicit: configInput !== '' },
    settings,
    mode: oneOf('mode', get('mode') || (changedByDefault ? 'changed' : 'all'), [
      'changed',
      'all',
      'comment-from-report',
    ] as const),
    comment: oneOf('comment', get('comment') || 'update', ['update', 'recreate', 'off'] as const),
    token: get('github-token'),
    checkName: get('check-name') || 'ethos-gate',
    checkRun: parseBoolean('check-run', get('check-run') || 'false'),
    reportArtifact: get('report-artifact') || 'ethos-gate-report',
    reportFile: get('report'),
    merge: parseBoolean('merge', get('merge') || 'false'),
    reportsPath: get('reports-path'),
    engine: {
      choice: oneOf('engine', (get('engine') || 'builtin').toLowerCase(), ENGINE_CHOICES),
      ...(get('vela-path') ? { velaPath: get('vela-path') } : {}),
      ...(get('vela-timeout') ? { timeoutMs: seconds('vela-timeout', get('vela-timeout')) } : {}),
      ...(parseBoolean('exact-weights', get('exact-weights') || 'false') ? { exactWeights: true } : {}),
    },
    apiTimeoutMs: seconds('api-timeout', get('api-timeout') || '30'),
    optimize: get('optimize'),
    quantize: parseBoolean('quantize', get('quantize') || 'false'),
  };
  const shard = get('shard');
  if (shard) inputs.shard = parseShard('shard', shard);
  if (inputs.shard && inputs.merge)
    throw new GateConfigError('merge', 'a job either analyses a shard (shard: k/n) or merges the shards (merge: true)');
  if ((inputs.shard || inputs.merge) && inputs.mode === 'comment-from-report')
    throw new GateConfigError('mode', 'comment-from-report takes neither shard nor merge');
  // Both work on the analysed models' head bytes, which a merge or comment-from-report job does not have.
  if ((inputs.optimize || inputs.quantize) && (inputs.merge || inputs.mode === 'comment-from-report'))
    throw new GateConfigError(
      inputs.optimize ? 'optimize' : 'quantize',
      'works where the models are analysed: not with merge: true or mode: comment-from-report',
    );
  return inputs;
}
