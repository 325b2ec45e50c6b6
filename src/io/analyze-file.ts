// The whole pipeline from a path: read the model through ./model-file.ts (lazily when it is large), then place and
// estimate on each target as src/engine/analyze.ts does for bytes. Never throws for a bad file: the error is in the
// result, with the same codes as analyzeModel plus `io-error`.
import { analyzeOnTarget, type AnalyzeOptions } from '../engine/analyze.js';
import { velaCompiledReason } from '../graph/vela.js';
import type { ModelResult } from '../report/types.js';
import type { TargetProfile } from '../targets/types.js';
import { isModelFileError } from '../tflite/errors.js';
import { openModelFile, type ModelFile, type OpenOptions } from './model-file.js';

export interface AnalyzeFileOptions extends AnalyzeOptions, Omit<OpenOptions, 'hash'> {
  /** The path as reported (default: the path read). */
  displayPath?: string;
}

export function analyzeModelFile(
  path: string,
  targets: readonly TargetProfile[],
  options: AnalyzeFileOptions = {},
): ModelResult {
  const shown = options.displayPath ?? path;
  const result: ModelResult = { path: shown, sha256: '', velaCompiled: false, targets: [] };
  let opened: ModelFile;
  try {
    opened = openModelFile(path, { ...options, file: options.file ?? shown });
  } catch (e) {
    if (isModelFileError(e)) result.error = { code: e.code, message: e.detail };
    else result.error = { code: 'internal', message: `unexpected failure while reading: ${(e as Error).message}` };
    return result;
  }
  try {
    const { model } = opened;
    result.sha256 = opened.sha256;
    result.description = model.description;
    const vela = velaCompiledReason(model);
    if (vela) {
      result.velaCompiled = true;
      result.error = { code: 'vela-compiled', message: vela };
      return result;
    }
    for (const target of targets) {
      try {
        result.targets.push(analyzeOnTarget(model, target, options));
      } catch (e) {
        // A weight read that fails mid-analysis (the file changed underneath) is a file error, not ours.
        result.error = isModelFileError(e)
          ? { code: e.code, message: e.detail }
          : { code: 'internal', message: `analysis failed on ${target.id}: ${(e as Error).message}` };
      }
    }
    return result;
  } finally {
    opened.close();
  }
}
