// The engine: bytes in, plain results out. No file system, environment, network or clock here;
// the CLI and the action read files and pass the bytes.
import { createHash } from 'node:crypto';
import type { Model } from '../graph/types.js';
import { readModel } from '../tflite/read.js';
import { isModelFileError } from '../tflite/errors.js';
import { velaCompiledReason } from '../graph/vela.js';
import type { TargetProfile } from '../targets/types.js';
import type { ModelResult, OperatorResult, TargetResult } from '../report/types.js';
import { checkPlacement } from '../compat/index.js';
import { estimatePerformance } from '../perf/index.js';
import { PerfLimitError } from '../perf/lower/index.js';

export interface AnalyzeOptions {
  /** Estimate performance as well as placement (default true). */
  performance?: boolean;
  /**
   * Encode every weight exactly (default false: tensors larger than the sample budget are sized from an
   * exact encoding of evenly spread OFM blocks, within a fraction of a percent; see src/perf/weights/sampled.ts).
   */
  exactWeights?: boolean;
  /** The sample budget in weight values per tensor (tuning and tests; exactWeights wins). */
  weightSampleValues?: number;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Analyses one model file on every target. Never throws for a bad model: the error is in the result. */
export function analyzeModel(
  bytes: Uint8Array,
  path: string,
  targets: readonly TargetProfile[],
  options: AnalyzeOptions = {},
): ModelResult {
  const result: ModelResult = { path, sha256: sha256(bytes), velaCompiled: false, targets: [] };
  let model: Model;
  try {
    model = readModel(bytes, { file: path });
  } catch (e) {
    if (isModelFileError(e)) result.error = { code: e.code, message: e.detail };
    else result.error = { code: 'internal', message: `unexpected failure while reading: ${(e as Error).message}` };
    return result;
  }
  return analyzeReadModel(model, result, targets, options);
}

/**
 * Analyses a model already read (from bytes, or lazily from a large file) on every target, into `result`
 * (which carries the path and hash). Never throws: a Vela-compiled model or a failure is in the result.
 */
export function analyzeReadModel(
  model: Model,
  result: ModelResult,
  targets: readonly TargetProfile[],
  options: AnalyzeOptions = {},
): ModelResult {
  result.description = model.description;
  const vela = velaCompiledReason(model);
  if (vela) {
    result.velaCompiled = true;
    result.error = { code: 'vela-compiled', message: vela };
    return result;
  }
  for (const target of targets) {
    let placed: TargetResult | undefined;
    try {
      placed = placeOnTarget(model, target);
      if (options.performance !== false) estimateOnTarget(placed, model, target, options);
      result.targets.push(placed);
    } catch (e) {
      // A weight read that fails mid-analysis (a large file changed underneath) is a file error, not ours.
      result.error = isModelFileError(e)
        ? { code: e.code, message: e.detail }
        : e instanceof PerfLimitError
          ? { code: e.code, message: `cannot estimate performance on ${target.id}: ${e.message}` }
          : { code: 'internal', message: `analysis failed on ${target.id}: ${(e as Error).message}` };
      // Only the estimate was refused: the operator placement on this target stands (without performance).
      if (e instanceof PerfLimitError && placed) result.targets.push(placed);
    }
  }
  return result;
}

export function analyzeOnTarget(model: Model, target: TargetProfile, options: AnalyzeOptions = {}): TargetResult {
  const res = placeOnTarget(model, target);
  if (options.performance !== false) estimateOnTarget(res, model, target, options);
  return res;
}

/** Which operators run on the target's NPU, and why the others do not. */
function placeOnTarget(model: Model, target: TargetProfile): TargetResult {
  const operators = checkPlacement(model, target);
  return { target: target.id, ...summarisePlacement(operators), operators };
}

/** Adds the performance estimate to a placement (throws PerfLimitError for a model too large to estimate). */
function estimateOnTarget(res: TargetResult, model: Model, target: TargetProfile, options: AnalyzeOptions): void {
  res.performance = estimatePerformance(model, target, res.operators, {
    weightSampleValues: options.exactWeights ? Infinity : options.weightSampleValues,
  });
}

/** Counts, coverage and partitions of a placement, in execution (model) order of subgraph 0 first. */
export function summarisePlacement(operators: readonly OperatorResult[]) {
  const npu = operators.filter((o) => o.placement === 'NPU');
  const totalMacs = operators.reduce((a, o) => a + o.macs, 0);
  const npuMacs = npu.reduce((a, o) => a + o.macs, 0);
  const partitions = { npu: 0, cpu: 0 };
  let prev: string | null = null;
  let prevSg = -1;
  for (const o of operators) {
    if (o.placement !== prev || o.subgraph !== prevSg) {
      if (o.placement === 'NPU') partitions.npu++;
      else partitions.cpu++;
    }
    prev = o.placement;
    prevSg = o.subgraph;
  }
  return {
    npuOperators: npu.length,
    cpuOperators: operators.length - npu.length,
    npuCoverage: operators.length ? npu.length / operators.length : 1,
    macCoverage: totalMacs ? npuMacs / totalMacs : 1,
    partitions,
  };
}
