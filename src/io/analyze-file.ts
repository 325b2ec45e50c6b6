// The whole pipeline from a path: read the model through ./model-file.ts (lazily when it is large), then place and
// estimate on each target as src/engine/analyze.ts does for bytes. Never throws for a bad file: the error is in the
// result, with the same codes as analyzeModel plus `io-error`.
import { analyzeReadModel, type AnalyzeOptions } from '../engine/analyze.js';
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
    result.sha256 = opened.sha256;
    return analyzeReadModel(opened.model, result, targets, options);
  } finally {
    opened.close();
  }
}
