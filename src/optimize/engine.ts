// The optimize engine: bytes in, optimised models and their analyses out. Pure apart from the optional drift
// measurement (withDrift), which runs the TFLite runtime; no files, environment or clock. The CLI and the action
// write the variant bytes and the rendered reports.
import { analyzeModel } from '../engine/analyze.js';
import { checkPlacement } from '../compat/index.js';
import { velaCompiledReason } from '../graph/vela.js';
import type { Model } from '../graph/types.js';
import type { ModelResult } from '../report/types.js';
import type { TargetProfile } from '../targets/types.js';
import { readModel } from '../tflite/read.js';
import { writeModel } from '../tflite/write.js';
import { clusterModel } from './cluster.js';
import { measureDrift, type DriftOptions, type DriftResult } from './drift.js';
import { OptimizeError } from './errors.js';
import { pruneModel } from './prune.js';
import { formatSetting, validateSetting, type OptimizationSetting } from './settings.js';
import { weightStats, type WeightTensorStats } from './stats.js';
import { selectWeights, type SkippedWeight, type WeightRef } from './weights.js';

export interface OptimizeOptions {
  /** The model's path, used in results and error messages (default `model.tflite`). */
  file?: string;
  /** Id of the target whose NPU placement chooses the layers (default: the first target). */
  selectionTarget?: string;
  /** Estimate performance as well as placement (default true). */
  performance?: boolean;
  /**
   * Encode every weight tensor exactly (default true): the comparison is about weight sizes, and a sampled size
   * can be a few percent off on a lightly pruned tensor (see PerfOptions.weightSampleValues).
   */
  exactWeights?: boolean;
}

export interface OptimizedVariant {
  setting: OptimizationSetting;
  /** The setting as `pruning=0.5,clustering=16`. */
  label: string;
  /** The optimised .tflite file. */
  bytes: Uint8Array;
  /** Per optimised weight tensor, measured on the written file. */
  stats: WeightTensorStats[];
  result: ModelResult;
  /** Present after withDrift(). */
  drift?: DriftResult;
}

export interface OptimizationRun {
  file: string;
  /** The target whose placement selected the layers. */
  selectionTarget: string;
  /** The weight tensors the settings were applied to. */
  weights: WeightRef[];
  /** Weight tensors left alone, with the reason (CPU layers, float weights, ...). */
  skipped: SkippedWeight[];
  original: ModelResult;
  originalStats: WeightTensorStats[];
  variants: OptimizedVariant[];
}

/** Applies one setting: pruning first, then clustering that keeps the pruned zeros. */
export function applySetting(model: Model, setting: OptimizationSetting, layers: readonly WeightRef[]): Model {
  let out = model;
  if (setting.pruning !== undefined) out = pruneModel(out, { sparsity: setting.pruning, layers });
  if (setting.clustering !== undefined)
    out = clusterModel(out, { clusters: setting.clustering, preserveZeros: setting.pruning !== undefined, layers });
  return out;
}

/**
 * Optimises the model once per setting and analyses the original and every variant on every target.
 * Throws ModelFileError for an unreadable model and OptimizeError for a bad setting, a Vela-compiled model or no
 * target.
 */
export function optimizeModel(
  bytes: Uint8Array,
  settings: readonly OptimizationSetting[],
  targets: readonly TargetProfile[],
  opts: OptimizeOptions = {},
): OptimizationRun {
  const file = opts.file ?? 'model.tflite';
  settings.forEach((s) => validateSetting(s, file));
  if (!targets.length) throw new OptimizeError('no-target', file, 'optimize needs at least one target');
  const selectionTarget = opts.selectionTarget ? targets.find((t) => t.id === opts.selectionTarget) : targets[0];
  if (!selectionTarget)
    throw new OptimizeError('no-target', file, `selection target ${opts.selectionTarget} is not among the targets`);

  const model = readModel(bytes, { file });
  const vela = velaCompiledReason(model);
  if (vela) throw new OptimizeError('bad-model', file, `already compiled by Vela, nothing left to optimise (${vela})`);

  const { weights, skipped } = selectWeights(model, checkPlacement(model, selectionTarget));
  const exactWeights = opts.exactWeights ?? true;
  const analyse = (b: Uint8Array) => analyzeModel(b, file, targets, { performance: opts.performance, exactWeights });
  const variants = settings.map((setting): OptimizedVariant => {
    const out = writeModel(applySetting(model, setting, weights));
    // Statistics come from the written file read back, so they describe what was actually saved.
    const written = readModel(out, { file });
    return {
      setting,
      label: formatSetting(setting),
      bytes: out,
      stats: weightStats(written, weights),
      result: analyse(out),
    };
  });
  return {
    file,
    selectionTarget: selectionTarget.id,
    weights,
    skipped,
    original: analyse(bytes),
    originalStats: weightStats(model, weights),
    variants,
  };
}

/** The run with each variant's output drift against the original measured in the TFLite runtime. */
export async function withDrift(
  run: OptimizationRun,
  originalBytes: Uint8Array,
  opts: Omit<DriftOptions, 'file'> = {},
): Promise<OptimizationRun> {
  const variants: OptimizedVariant[] = [];
  for (const v of run.variants)
    variants.push({ ...v, drift: await measureDrift(originalBytes, v.bytes, { ...opts, file: run.file }) });
  return { ...run, variants };
}
