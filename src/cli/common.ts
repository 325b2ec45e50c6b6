// What the commands share: targets from their options, files the user named (errors in the user's words), colour.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './usage-error.js';
import { fsReason } from '../io/fs-reason.js';
import { resolveTargets, isTargetError, type TargetProfile } from '../targets/index.js';
import type { ModelResult } from '../report/types.js';

/**
 * A file operation on a path the user gave (a report, a model, a folder); a failure is theirs to fix: a usage error
 * saying what could not be done (`cannot <what>: <reason>`).
 */
export function onUserPath<T>(what: string, operation: () => T): T {
  try {
    return operation();
  } catch (e) {
    throw new UsageError(`cannot ${what}: ${fsReason(e)}`);
  }
}

/** Writes a file the user named (see onUserPath). */
export function writeNamedFile(path: string, data: string | Uint8Array, what: string): void {
  onUserPath(`write ${what} ${path}`, () => writeFileSync(path, data));
}

/**
 * Creates a folder and its missing parents, one level at a time: Node 20's recursive mkdir retries for ever where a
 * parent exists but refuses the child with ENOENT (under /proc), and `optimize --out /proc/x` hung.
 */
export function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  mkdirSync(dir);
}

function readTargetFiles(paths: readonly string[]) {
  return paths.map((path) => ({
    path,
    text: onUserPath(`read target file ${path}`, () => readFileSync(path, 'utf8')),
  }));
}

/** The options of every command that analyses, for its targets (read by loadTargets). */
export const TARGET_OPTIONS = {
  target: { type: 'string', multiple: true, short: 't' },
  'target-file': { type: 'string', multiple: true },
} as const;

export function loadTargets(ids: readonly string[], files: readonly string[]): TargetProfile[] {
  const list = ids
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  try {
    return resolveTargets(list.length || files.length ? list : ['ethos-u55-256'], readTargetFiles(files));
  } catch (e) {
    if (isTargetError(e)) throw new UsageError(e.message);
    throw e;
  }
}

/** Colour when writing to a terminal, unless NO_COLOR is set; flags override. */
export function wantColor(flag: boolean | undefined, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

export function ioError(path: string, message: string, code = 'io-error'): ModelResult {
  return { path, sha256: '', velaCompiled: false, targets: [], error: { code, message } };
}
