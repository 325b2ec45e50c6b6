// Engine selection for the CLI and the action: `builtin` (default, pure TypeScript), `vela` (Arm's
// Vela, figures to the cycle) or `auto` (Vela when it runs, else the built-in engine with a warning).
// Every model result is stamped with the engine and version that produced it, so that base and head
// figures from different engines are never compared.
import { analyzeModel, sha256, summarisePlacement } from '../engine/analyze.js';
import { velaCompiledReason } from '../graph/vela.js';
import type { Model } from '../graph/types.js';
import type { ModelResult, TargetResult } from '../report/types.js';
import type { TargetProfile } from '../targets/types.js';
import { isModelFileError } from '../tflite/errors.js';
import { readModel } from '../tflite/read.js';
import { VelaError, isVelaError } from './errors.js';
import { runVelaMany, velaVersion, type RunVelaOptions, type VelaRun } from './run.js';

export type EngineChoice = 'builtin' | 'vela' | 'auto';
export const ENGINE_CHOICES: readonly EngineChoice[] = ['builtin', 'vela', 'auto'];

export interface EngineStamp {
  engine: 'builtin' | 'vela';
  /** ethos-gate's version for the built-in engine, Vela's version for Vela. */
  version: string;
}

export interface EngineOptions {
  engine: EngineChoice;
  /** Version stamped on built-in results (ethos-gate's version). */
  builtinVersion: string;
  velaPath?: string;
  timeoutMs?: number;
  iniText?: string;
  /** Parallel Vela processes (default: the machine's cores). */
  concurrency?: number;
  /** Estimate performance as well as placement (default true). */
  performance?: boolean;
  /** Built-in engine: encode every weight exactly instead of sizing large tensors from a sample. */
  exactWeights?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface ModelInput {
  path: string;
  bytes: Uint8Array;
}

export interface EngineModelResult {
  result: ModelResult;
  engine: EngineStamp;
  /** Fallbacks and other things the user should see (the edge logs them as warnings). */
  warnings: string[];
}

export function parseEngineChoice(value: string): EngineChoice {
  const v = value.trim().toLowerCase();
  if ((ENGINE_CHOICES as readonly string[]).includes(v)) return v as EngineChoice;
  throw new TypeError(`engine must be one of ${ENGINE_CHOICES.join(', ')}, not "${value}"`);
}

export function describeEngine(stamp: EngineStamp): string {
  return stamp.engine === 'vela' ? `Vela ${stamp.version}` : `built-in engine ${stamp.version}`;
}

/** Throws VelaError('mismatch') when base and head figures of a model came from different engines or versions. */
export function assertComparable(path: string, base: EngineStamp, head: EngineStamp): void {
  if (base.engine === head.engine && base.version === head.version) return;
  throw new VelaError(
    'mismatch',
    path,
    `base figures come from ${describeEngine(base)} but head figures from ${describeEngine(head)}; ` +
      'they are not compared (run both with the same engine and version)',
  );
}

function builtin(input: ModelInput, targets: readonly TargetProfile[], options: EngineOptions, warnings: string[]) {
  return {
    result: analyzeModel(input.bytes, input.path, targets, {
      performance: options.performance,
      exactWeights: options.exactWeights,
    }),
    engine: { engine: 'builtin' as const, version: options.builtinVersion },
    warnings,
  };
}

function targetResult(run: VelaRun, withPerformance: boolean): TargetResult {
  const res: TargetResult = { target: run.target, ...summarisePlacement(run.operators), operators: run.operators };
  if (withPerformance) res.performance = run.performance;
  return res;
}

function errorMessage(e: unknown): string {
  return isVelaError(e) ? e.message : (e as Error).message;
}

/**
 * Analyses models on targets with the chosen engine. Never rejects for a model's failure: with
 * `vela` the failure is the model's error (naming the model), with `auto` the model falls back to
 * the built-in engine as a whole, with a warning.
 */
export async function analyzeModelsWithEngine(
  inputs: readonly ModelInput[],
  targets: readonly TargetProfile[],
  options: EngineOptions,
): Promise<EngineModelResult[]> {
  if (options.engine === 'builtin') return inputs.map((m) => builtin(m, targets, options, []));

  const velaPath = options.velaPath ?? 'vela';
  let version: string;
  try {
    version = await velaVersion(velaPath, { env: options.env });
  } catch (e) {
    if (options.engine === 'auto') {
      const why = `engine auto: Vela is not usable (${errorMessage(e)}); using the built-in engine`;
      return inputs.map((m) => builtin(m, targets, options, [why]));
    }
    const err = isVelaError(e) ? e : new VelaError('missing', velaPath, errorMessage(e));
    return inputs.map((m) => ({
      result: {
        path: m.path,
        sha256: sha256(m.bytes),
        velaCompiled: false,
        targets: [],
        error: { code: `vela-${err.code}`, message: `${m.path}: ${err.detail}` },
      },
      engine: { engine: 'vela' as const, version: 'unknown' },
      warnings: [],
    }));
  }
  const stamp: EngineStamp = { engine: 'vela', version };

  // Models the built-in reader rejects, or that Vela already compiled, get the built-in engine's
  // answer (an error result with no figures): Vela cannot do better with them.
  const models: (Model | null)[] = inputs.map((m) => {
    try {
      const model = readModel(m.bytes, { file: m.path });
      return velaCompiledReason(model) ? null : model;
    } catch (e) {
      if (isModelFileError(e)) return null;
      throw e;
    }
  });

  const jobs: { model: number; job: RunVelaOptions }[] = [];
  inputs.forEach((m, i) => {
    const model = models[i];
    if (!model) return;
    for (const target of targets) {
      jobs.push({
        model: i,
        job: {
          modelBytes: m.bytes,
          modelName: m.path,
          model,
          target,
          velaPath,
          version,
          timeoutMs: options.timeoutMs,
          iniText: options.iniText,
          env: options.env,
        },
      });
    }
  });
  const settled = await runVelaMany(
    jobs.map((j) => j.job),
    { concurrency: options.concurrency },
  );

  return inputs.map((m, i) => {
    if (!models[i]) {
      const res = builtin(m, targets, options, []);
      return { ...res, engine: stamp };
    }
    const mine = jobs.map((j, k) => ({ j, s: settled[k] })).filter((x) => x.j.model === i);
    const failures = mine.flatMap((x) => (x.s.ok ? [] : [x.s.error]));
    if (failures.length > 0 && options.engine === 'auto') {
      const why = `engine auto: Vela failed on ${m.path} (${errorMessage(failures[0])}); using the built-in engine for this model`;
      return builtin(m, targets, options, [why]);
    }
    const result: ModelResult = {
      path: m.path,
      sha256: sha256(m.bytes),
      velaCompiled: false,
      description: models[i]!.description,
      targets: [],
    };
    const warnings: string[] = [];
    for (const x of mine) {
      if (!x.s.ok) continue;
      const run = x.s.value;
      result.targets.push(targetResult(run, options.performance !== false));
      for (const w of run.unmatchedWarnings) {
        warnings.push(
          `${m.path} (${run.target}): Vela warned about ${w.operator} '${w.ofm}', which names no operator of the model: ${w.reason}`,
        );
      }
      if (run.mapping === 'names') {
        warnings.push(
          `${m.path} (${run.target}): Vela wrote no debug database; per-operator figures were matched by tensor name`,
        );
      }
    }
    if (failures.length > 0) {
      const first = failures[0];
      const code = isVelaError(first) ? `vela-${first.code}` : 'vela-crashed';
      result.error = { code, message: failures.map(errorMessage).join('\n') };
    }
    return { result, engine: stamp, warnings };
  });
}
