// Runs the chosen engine on head and base versions of each model, in this process, so that both sides
// of every comparison come from the same targets (and, unless `engine: auto` had to fall back for one
// side, from the same engine; then the comparison is refused rather than made).
import * as core from '@actions/core';
import { sanitizeTerminal as oneLine } from '../report/terminal.js';
import type { ModelChange } from '../gate/changes.js';
import { ENGINE_MISMATCH } from '../gate/evaluate.js';
import type { GateReport, ModelComparison, ModelResult } from '../report/types.js';
import type { TargetProfile } from '../targets/types.js';
import {
  analyzeModelsWithEngine,
  assertComparable,
  isVelaError,
  type EngineChoice,
  type EngineStamp,
  type ModelInput,
} from '../vela/index.js';
import { headBytes, type BaseReader } from './models.js';
import { analyzeModelFile } from '../io/analyze-file.js';
import { join } from 'node:path';
import type { LfsAuth } from '../io/git.js';
import { BUILTIN_ENGINE_VERSION as ENGINE_VERSION, VERSION } from '../engine/version.js';

export interface EngineSettings {
  choice: EngineChoice;
  /** The vela executable (default: `vela` on PATH). */
  velaPath?: string;
  /** Per Vela run. */
  timeoutMs?: number;
  /** Built-in engine: encode every weight exactly (input exact-weights). */
  exactWeights?: boolean;
}

export const BUILTIN_ENGINE: EngineSettings = { choice: 'builtin' };

// Vela runs in parallel within a batch; batches bound how many models' bytes are held at once.
const VELA_BATCH = 32;

export async function analyzeChanges(
  changes: readonly ModelChange[],
  workspace: string,
  targets: readonly TargetProfile[],
  base: BaseReader | undefined,
  engine: EngineSettings = BUILTIN_ENGINE,
  lfsAuth?: LfsAuth,
): Promise<ModelComparison[]> {
  const out: ModelComparison[] = [];
  const warned = new Set<string>();
  const batch = engine.choice === 'builtin' ? 1 : VELA_BATCH;
  for (let i = 0; i < changes.length; i += batch) {
    const started = Date.now();
    const slice = changes.slice(i, i + batch);
    out.push(...(await analyzeBatch(slice, workspace, targets, base, engine, warned, lfsAuth)));
    const took = Date.now() - started;
    if (batch === 1) {
      const c = slice[0];
      // Paths come from the pull request: a line break in one could start a log line the runner reads as a
      // workflow command.
      core.info(
        `${c.status.padEnd(9)} ${oneLine(c.path)}${c.basePath ? ` (from ${oneLine(c.basePath)})` : ''}: ${took} ms`,
      );
    } else core.info(`${slice.length} model(s) analysed with engine ${engine.choice}: ${took} ms`);
  }
  return out;
}

async function analyzeBatch(
  changes: readonly ModelChange[],
  workspace: string,
  targets: readonly TargetProfile[],
  base: BaseReader | undefined,
  engine: EngineSettings,
  warned: Set<string>,
  lfsAuth: LfsAuth | undefined,
): Promise<ModelComparison[]> {
  const comparisons: ModelComparison[] = [];
  // The engine's inputs, and where each answer goes.
  const inputs: ModelInput[] = [];
  const slots: { comparison: ModelComparison; side: 'head' | 'base' }[] = [];
  for (const change of changes) {
    const comparison: ModelComparison = {
      path: change.path,
      ...(change.basePath ? { basePath: change.basePath } : {}),
      status: change.status,
    };
    comparisons.push(comparison);
    if (change.status !== 'removed') {
      const head = await headBytes(workspace, change.path, lfsAuth);
      if (head instanceof Uint8Array) {
        inputs.push({ path: change.path, bytes: head });
        slots.push({ comparison, side: 'head' });
      } else if ('large' in head) comparison.head = analyzeLarge(workspace, change.path, head.large, targets, engine);
      else comparison.head = unreadable(change.path, head.code, head.message);
    }
    if (base && (change.status === 'modified' || change.status === 'renamed')) {
      const basePath = change.basePath ?? change.path;
      try {
        inputs.push({ path: basePath, bytes: await base.read(basePath) });
        slots.push({ comparison, side: 'base' });
      } catch (e) {
        comparison.base = unreadable(
          basePath,
          'base-unavailable',
          `cannot read the base version at ${base.sha}: ${(e as Error).message}`,
        );
      }
    }
  }
  const results = await analyzeModelsWithEngine(inputs, targets, {
    engine: engine.choice,
    builtinVersion: VERSION,
    ...(engine.velaPath ? { velaPath: engine.velaPath } : {}),
    ...(engine.timeoutMs ? { timeoutMs: engine.timeoutMs } : {}),
    ...(engine.exactWeights ? { exactWeights: true } : {}),
  });
  const stamps = new Map<ModelResult, EngineStamp>();
  results.forEach((r, k) => {
    for (const w of r.warnings) {
      if (warned.has(w)) continue;
      warned.add(w);
      core.warning(w);
    }
    // Built-in runs keep the report as it always was; a chosen engine is named on every result.
    if (engine.choice !== 'builtin') r.result.engine = { name: r.engine.engine, version: r.engine.version };
    stamps.set(r.result, r.engine);
    slots[k].comparison[slots[k].side] = r.result;
  });
  for (const c of comparisons) refuseMixedEngines(c, stamps);
  return comparisons;
}

/** One model's bytes analysed like the others (e.g. a quantized variant): the same targets and engine. */
export async function analyzeBytes(
  path: string,
  bytes: Uint8Array,
  targets: readonly TargetProfile[],
  engine: EngineSettings = BUILTIN_ENGINE,
): Promise<ModelResult> {
  const [r] = await analyzeModelsWithEngine([{ path, bytes }], targets, {
    engine: engine.choice,
    builtinVersion: VERSION,
    ...(engine.velaPath ? { velaPath: engine.velaPath } : {}),
    ...(engine.timeoutMs ? { timeoutMs: engine.timeoutMs } : {}),
    ...(engine.exactWeights ? { exactWeights: true } : {}),
  });
  for (const w of r.warnings) core.warning(w);
  if (engine.choice !== 'builtin') r.result.engine = { name: r.engine.engine, version: r.engine.version };
  return r.result;
}

/**
 * A head file too large to hold whole: the built-in engine reads it from disk lazily (the flatbuffer part, then one
 * weight buffer at a time); Vela is given files only through our bytes, so it is not asked.
 */
function analyzeLarge(
  workspace: string,
  path: string,
  size: number,
  targets: readonly TargetProfile[],
  engine: EngineSettings,
): ModelResult {
  if (engine.choice === 'vela')
    return unreadable(path, 'too-large', `${path} (${(size / 2 ** 30).toFixed(1)} GiB) is too large for engine: vela`);
  return analyzeModelFile(join(workspace, path), targets, {
    displayPath: path,
    ...(engine.exactWeights ? { exactWeights: true } : {}),
  });
}

/** Head and base figures from different engines or versions are not compared: the base says why. */
function refuseMixedEngines(c: ModelComparison, stamps: Map<ModelResult, EngineStamp>): void {
  if (!c.head || !c.base || c.head.error || c.base.error) return;
  const head = stamps.get(c.head);
  const base = stamps.get(c.base);
  if (!head || !base) return;
  try {
    assertComparable(c.path, base, head);
  } catch (e) {
    if (!isVelaError(e)) throw e;
    c.base = { ...c.base, error: { code: ENGINE_MISMATCH, message: e.message } };
  }
}

/** The report's `tool` for these results: Vela when every figure came from Vela, else the built-in engine (and how many did not). */
export function toolFor(models: readonly ModelComparison[]): GateReport['tool'] {
  const stamps = models.flatMap((m) => [m.head, m.base]).flatMap((r) => (r?.engine ? [r.engine] : []));
  const vela = stamps.filter((s) => s.name === 'vela');
  const versions = [...new Set(vela.map((s) => s.version))].sort().join(', ');
  if (vela.length && vela.length === stamps.length)
    return { name: 'ethos-gate', version: VERSION, engine: 'vela', engineVersion: versions };
  const mixed = vela.length ? `; ${vela.length} of ${stamps.length} results from Vela ${versions}` : '';
  return { name: 'ethos-gate', version: VERSION, engine: 'builtin', engineVersion: ENGINE_VERSION + mixed };
}

function unreadable(path: string, code: string, message: string): ModelResult {
  // No bytes, so no digest.
  return { path, sha256: '', velaCompiled: false, error: { code, message }, targets: [] };
}
