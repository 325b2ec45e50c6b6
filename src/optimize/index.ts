// Pruning and clustering of .tflite weights with a before/after report (MLIA's `optimize`), without TensorFlow.
// The CLI (`ethos-gate optimize`) and the action (`optimize:` input) call optimizeModel, withDrift and
// renderOptimizationReport; the TFLite runtime is imported lazily inside withDrift only.
export { optimizeModel, withDrift, applySetting } from './engine.js';
export type { OptimizationRun, OptimizedVariant, OptimizeOptions } from './engine.js';
export { pruneModel, pruneValues, type PruneOptions } from './prune.js';
export { clusterModel, clusterValues, type ClusterOptions } from './cluster.js';
export {
  selectWeights,
  WEIGHT_OPERATORS,
  type WeightRef,
  type SkippedWeight,
  type WeightSelection,
} from './weights.js';
export { weightStats, type WeightTensorStats } from './stats.js';
export { measureDrift, outputCosines, type DriftResult, type OutputDrift, type DriftOptions } from './drift.js';
export {
  parseSettings,
  validateSetting,
  formatSetting,
  optimizedFileName,
  settingTechniques,
  MAX_CLUSTERS,
  type OptimizationSetting,
} from './settings.js';
export { OptimizeError, isOptimizeError, type OptimizeErrorCode } from './errors.js';
export { optimizationOutputs, type OutputFile } from './outputs.js';
export { renderOptimizationReport, type OptimizationReportFormat } from './report.js';
export {
  optimizationReportData,
  nextTechniques,
  ACCURACY_CAVEAT,
  NOTHING_CHANGED_CAVEAT,
  type OptimizationReportData,
  type VariantReportData,
  type TargetComparisonData,
  type MetricRow,
} from './report-data.js';
