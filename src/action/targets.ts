// The targets a run analyses: ids from `targets`, custom profiles from `target-files` (paths relative
// to the workspace). Errors are the targets module's TargetError, naming the id or file.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { GateConfigError } from '../gate/thresholds.js';
import { isTargetError, resolveTargets, TargetError, type TargetFile, type TargetProfile } from '../targets/index.js';

/** The default target when neither `targets` nor `target-files` name any. */
export const DEFAULT_TARGET = 'ethos-u55-256';

export function loadTargets(
  ids: readonly string[],
  targetFiles: readonly string[],
  workspace: string,
): TargetProfile[] {
  const files: TargetFile[] = targetFiles.map((path) => ({ path, text: readTargetFile(workspace, path) }));
  try {
    // Target files alone: their TOML profiles are the targets.
    return resolveTargets(ids.length || files.length ? ids : [DEFAULT_TARGET], files);
  } catch (e) {
    // Name the input as well as the cause (the TargetError already names the file and line).
    if (isTargetError(e)) throw new GateConfigError(e.file === undefined ? 'targets' : 'target-files', e.message);
    throw e;
  }
}

function readTargetFile(workspace: string, path: string): string {
  try {
    return readFileSync(isAbsolute(path) ? path : join(workspace, path), 'utf8');
  } catch (e) {
    throw new TargetError('missing-file', `cannot read the target file: ${(e as Error).message}`, { file: path });
  }
}
