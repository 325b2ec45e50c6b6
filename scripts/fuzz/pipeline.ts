// One fuzz execution: the whole `check` pipeline (read, placement, performance) on hostile bytes.
// Outcomes: a result, a typed error, or a crash (any exception, or the engine's `internal` error code,
// which it uses when compat or perf threw).
import { analyzeModel } from '../../src/engine/analyze.js';
import { readModel } from '../../src/tflite/read.js';
import { builtinTarget } from '../../src/targets/index.js';
import type { TargetProfile } from '../../src/targets/types.js';
import type { Model } from '../../src/graph/types.js';

export type Outcome = 'ok' | 'typed-error' | 'crash';

export const FUZZ_TARGETS: TargetProfile[] = ['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-256'].map(builtinTarget);

export function runPipeline(bytes: Uint8Array): { outcome: Outcome; detail?: string } {
  try {
    const r = analyzeModel(bytes, 'fuzz-input.tflite', FUZZ_TARGETS);
    if (r.error?.code === 'internal') return { outcome: 'crash', detail: r.error.message };
    if (r.error) return { outcome: 'typed-error', detail: r.error.code };
    // The JSON report must serialise (no cycles, no bigint) and every figure must be a finite number.
    JSON.stringify(r);
    const bad = nonFinitePath(r, 'result');
    if (bad) return { outcome: 'crash', detail: `non-finite figure at ${bad}` };
    return { outcome: 'ok' };
  } catch (e) {
    return { outcome: 'crash', detail: (e as Error).stack ?? String(e) };
  }
}

export function tryRead(bytes: Uint8Array): Model | undefined {
  try {
    return readModel(bytes);
  } catch {
    return undefined;
  }
}

function nonFinitePath(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value)) {
    const bad = nonFinitePath(v, `${path}.${k}`);
    if (bad) return bad;
  }
  return undefined;
}
