// The Vela adapter: runs Arm's `vela` once for a model and target in a fresh temporary directory and
// turns its outputs into the report structures of the built-in engine.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import type { Model } from '../graph/types.js';
import type { OperatorResult, PerfResult } from '../report/types.js';
import type { TargetProfile } from '../targets/types.js';
import { ModelFileError } from '../tflite/errors.js';
import { readModel } from '../tflite/read.js';
import { velaArguments, velaOutputNames } from './command.js';
import { parseDebugDb } from './debug-db.js';
import { VelaError, VelaOutputError } from './errors.js';
import { foldVelaOutput, mapRowsByName, mapRowsWithDb, type RowMapping } from './fold.js';
import { velaIniFor } from './ini.js';
import { parsePerLayerCsv } from './per-layer.js';
import { runProcess, SpawnFailure, type ProcessOutcome } from './process.js';
import { parseSummaryCsv, toPerfSummary } from './summary.js';
import { parseVelaStdout, parseVelaVersion, type VelaWarning } from './stdout.js';

export const DEFAULT_VELA_TIMEOUT_MS = 10 * 60 * 1000;
const VERSION_TIMEOUT_MS = 60 * 1000;

export interface RunVelaOptions {
  /** The model file; read when modelBytes is not given. */
  modelPath?: string;
  modelBytes?: Uint8Array;
  /** The model's name in messages (default: modelPath, else "model"). */
  modelName?: string;
  /** The model's IR when the caller has already read it (saves a second parse). */
  model?: Model;
  target: TargetProfile;
  /** The executable (default `vela`, looked up on PATH). */
  velaPath?: string;
  timeoutMs?: number;
  /** vela.ini content (default: the built-in MLIA sections); sections the target names but this lacks are added from the profile. */
  iniText?: string;
  /** Vela's version when already known (skips `vela --version`). */
  version?: string;
  /** Environment for the child process (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

export interface VelaRun {
  version: string;
  target: string;
  operators: OperatorResult[];
  performance: PerfResult;
  /** How per-layer rows were tied to operators. */
  mapping: RowMapping;
  /** Supported-operator warnings that named no operator of the model. */
  unmatchedWarnings: VelaWarning[];
  /** Vela's own output, for debugging and for reports that quote it. */
  raw: { stdout: string; stderr: string; files: Record<string, string> };
}

/** The last lines of a process's output, to quote in an error. */
function tail(text: string, lines = 8): string {
  return text.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
}

function spawnError(e: unknown, velaPath: string, model: string, target?: string): VelaError {
  if (e instanceof SpawnFailure) {
    const why =
      e.errno === 'ENOENT'
        ? `the Vela executable "${velaPath}" was not found (install Arm's ethos-u-vela, e.g. pip install ethos-u-vela==5.1.0, or set vela-path)`
        : `the Vela executable "${velaPath}" could not be started: ${e.message}`;
    return new VelaError('missing', model, why, target);
  }
  return new VelaError('crashed', model, `running Vela failed: ${(e as Error).message}`, target);
}

/** `vela --version`. Throws VelaError('missing') when Vela cannot be run. */
export async function velaVersion(
  velaPath = 'vela',
  options: { model?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<string> {
  const model = options.model ?? velaPath;
  let out: ProcessOutcome;
  try {
    out = await runProcess(velaPath, ['--version'], {
      timeoutMs: options.timeoutMs ?? VERSION_TIMEOUT_MS,
      env: options.env,
    });
  } catch (e) {
    throw spawnError(e, velaPath, model);
  }
  if (out.timedOut) throw new VelaError('timeout', model, `"${velaPath} --version" did not answer`);
  const version = out.code === 0 ? parseVelaVersion(out.stdout) : null;
  if (!version) {
    throw new VelaError(
      'missing',
      model,
      `"${velaPath} --version" did not print a version (exit ${out.code ?? out.signal}): ${tail(out.stdout + out.stderr, 3)}`,
    );
  }
  return version;
}

/** A file name Vela accepts and that keeps the network name recognisable. */
function networkName(modelName: string): string {
  const stem = basename(modelName, extname(modelName)).replace(/[^A-Za-z0-9_.-]/g, '_');
  return stem === '' || stem.startsWith('.') ? 'model' : stem;
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** Finds an output file by its expected name, else by its suffix (names depend on Vela's version). */
async function findOutput(dir: string, expected: string, suffix: RegExp): Promise<string | null> {
  const exact = await readOptional(join(dir, expected));
  if (exact !== null) return exact;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return null;
  }
  const found = names.find((n) => suffix.test(n));
  return found ? readOptional(join(dir, found)) : null;
}

/** A path with a directory part is made absolute: Vela runs in the temporary directory. */
function executable(velaPath: string): string {
  return /[\\/]/.test(velaPath) ? resolve(velaPath) : velaPath;
}

export async function runVela(options: RunVelaOptions): Promise<VelaRun> {
  const velaPath = executable(options.velaPath ?? 'vela');
  const timeoutMs = options.timeoutMs ?? DEFAULT_VELA_TIMEOUT_MS;
  const modelName = options.modelName ?? options.modelPath ?? 'model';
  const targetId = options.target.id;
  let bytes = options.modelBytes;
  if (!bytes) {
    if (!options.modelPath) throw new TypeError('runVela needs modelPath or modelBytes');
    try {
      bytes = await readFile(options.modelPath);
    } catch (e) {
      throw new ModelFileError(modelName, 'io-error', `cannot read the model: ${(e as Error).message}`);
    }
  }
  const model = options.model ?? readModel(bytes, { file: modelName });
  const version = options.version ?? (await velaVersion(velaPath, { model: modelName, env: options.env }));

  const dir = await mkdtemp(join(tmpdir(), 'ethos-gate-vela-'));
  try {
    const net = networkName(modelName);
    const modelFile = `${net}.tflite`;
    const configFile = 'mlia_vela.ini';
    const outputDir = 'out';
    await writeFile(join(dir, modelFile), bytes);
    await writeFile(join(dir, configFile), velaIniFor(options.target, options.iniText));
    const args = velaArguments({ target: options.target, modelFile, outputDir, configFile });

    let out: ProcessOutcome;
    try {
      out = await runProcess(velaPath, args, {
        cwd: dir,
        timeoutMs,
        env: options.env,
      });
    } catch (e) {
      throw spawnError(e, velaPath, modelName, targetId);
    }
    if (out.timedOut) {
      throw new VelaError(
        'timeout',
        modelName,
        `Vela did not finish within ${timeoutMs / 1000} s and was stopped`,
        targetId,
      );
    }
    if (out.code !== 0) {
      const how = out.code === null ? `was killed by ${out.signal}` : `exited with code ${out.code}`;
      const said = tail(out.stderr) || tail(out.stdout);
      throw new VelaError('crashed', modelName, `Vela ${how}${said ? `:\n${said}` : ''}`, targetId);
    }

    const outDir = join(dir, outputDir);
    const names = velaOutputNames(net, options.target.systemConfig.name);
    const files: Record<string, string> = {};
    try {
      const summaryText = await findOutput(outDir, names.summaryCsv, /_summary_.*\.csv$/);
      if (summaryText === null) throw new VelaOutputError(`Vela wrote no summary CSV (${names.summaryCsv})`);
      files.summaryCsv = summaryText;
      const perLayerText = await findOutput(outDir, names.perLayerCsv, /_per-layer\.csv$/);
      if (perLayerText === null) throw new VelaOutputError(`Vela wrote no per-layer CSV (${names.perLayerCsv})`);
      files.perLayerCsv = perLayerText;
      const dbText = await findOutput(outDir, names.debugDb, /_debug\.xml$/);

      const summary = toPerfSummary(parseSummaryCsv(summaryText));
      const rows = parsePerLayerCsv(perLayerText);
      // Vela prints its warnings on stdout; read stderr too, in case a build logs them there.
      const stdout = parseVelaStdout(`${out.stdout}\n${out.stderr}`);
      let mapping: RowMapping = 'names';
      let refs = null;
      if (dbText !== null) {
        refs = mapRowsWithDb(rows, parseDebugDb(dbText), model);
        mapping = 'debug-db';
      } else {
        refs = mapRowsByName(rows, model);
      }
      const folded = foldVelaOutput({
        model,
        rows,
        refs,
        warnings: stdout.warnings,
        summary,
        macsPerCycle: options.target.macs,
      });
      return {
        version,
        target: targetId,
        operators: folded.operators,
        performance: folded.performance,
        mapping,
        unmatchedWarnings: folded.unmatchedWarnings,
        raw: { stdout: out.stdout, stderr: out.stderr, files },
      };
    } catch (e) {
      if (e instanceof VelaOutputError) {
        throw new VelaError('unparsable', modelName, `cannot read Vela's output: ${e.message}`, targetId);
      }
      throw e;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs jobs with at most `concurrency` at once; results in job order, failures kept, never rejects. */
export async function runPool<J, T>(
  jobs: readonly J[],
  worker: (job: J) => Promise<T>,
  concurrency: number,
): Promise<Settled<T>[]> {
  const results: Settled<T>[] = new Array<Settled<T>>(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      try {
        results[i] = { ok: true, value: await worker(jobs[i]) };
      } catch (error) {
        results[i] = { ok: false, error };
      }
    }
  };
  const lanes = Math.max(1, Math.min(concurrency, jobs.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}

/**
 * Runs Vela for many (model, target) jobs in parallel, up to the machine's cores by default. Vela's
 * version is asked once per executable. Each result is a VelaRun or the error of that job.
 */
export async function runVelaMany(
  jobs: readonly RunVelaOptions[],
  options: { concurrency?: number } = {},
): Promise<Settled<VelaRun>[]> {
  const versions = new Map<string, Promise<string>>();
  const versionOf = (job: RunVelaOptions) => {
    const path = job.velaPath ?? 'vela';
    let v = versions.get(path);
    if (!v) {
      v = velaVersion(path, { env: job.env });
      versions.set(path, v);
    }
    return v;
  };
  return runPool(
    jobs,
    async (job) => {
      let version = job.version;
      if (version === undefined) {
        try {
          version = await versionOf(job);
        } catch (e) {
          // Name this job's model rather than the executable.
          if (e instanceof VelaError) {
            throw new VelaError(e.code, job.modelName ?? job.modelPath ?? 'model', e.detail, job.target.id);
          }
          throw e;
        }
      }
      return runVela({ ...job, version });
    },
    options.concurrency ?? availableParallelism(),
  );
}
