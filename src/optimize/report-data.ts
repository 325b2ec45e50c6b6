// The optimization report as plain data (also its JSON form): per setting and target, MLIA's
// `Metric | Original | Optimized | Unit | Improvement (%)` rows, what happened to the weights, the measured output
// drift, and next-step hints. The markdown and terminal renderings (report.ts) only lay this out.
import { adviseModel, type OptimizationOutcome } from '../report/advice.js';
import { formatPercent } from '../report/format.js';
import type { PerfSummary, TargetResult } from '../report/types.js';
import { outputCosines, type DriftResult } from './drift.js';
import type { OptimizationRun, OptimizedVariant } from './engine.js';
import { settingTechniques, type OptimizationSetting } from './settings.js';
import type { WeightTensorStats } from './stats.js';
import type { SkippedWeight } from './weights.js';

export type MetricUnit = 'KiB' | 'cycles' | 'ms';

export interface MetricRow {
  metric: string;
  original: number;
  optimized: number;
  unit: MetricUnit;
  /** (original - optimized) / original x 100; positive is better. Null when the original is 0. */
  improvementPercent: number | null;
}

export interface TargetComparisonData {
  target: string;
  rows: MetricRow[];
  /** Every operator has the same placement before and after (it should: only weight values change). */
  placementUnchanged: boolean;
  npuOperators: { original: number; optimized: number };
  /** Set when either side has no performance estimate (an analysis error). */
  error?: string;
}

export interface WeightSummary {
  tensors: number;
  elements: number;
  /** Zeros / elements over all optimised tensors, before and after. */
  sparsity: { original: number; optimized: number };
  /** The largest number of distinct values in one quantization group, before and after. */
  maxGroupDistinct: { original: number; optimized: number };
}

export interface VariantReportData {
  label: string;
  setting: OptimizationSetting;
  weights: WeightSummary;
  tensors: WeightTensorStats[];
  targets: TargetComparisonData[];
  drift?: DriftResult;
  hints: string[];
}

export interface OptimizationReportData {
  schemaVersion: 1;
  file: string;
  selectionTarget: string;
  optimizedTensors: { subgraph: number; tensor: number; name: string; layers: string[] }[];
  skipped: SkippedWeight[];
  variants: VariantReportData[];
  caveat: string;
}

export const ACCURACY_CAVEAT =
  'These weights were pruned/clustered after training, with no retraining: the model may lose accuracy. ' +
  'Check it on your validation data, and if it dropped, fine-tune with pruning or clustering in the loop ' +
  '(TensorFlow Model Optimization Toolkit) before quantizing again.';

/** The caveat when no weight was changed: the written model computes what the original does. */
export const NOTHING_CHANGED_CAVEAT =
  'No weights were changed: the written model computes exactly what the original does, so its accuracy is the same.';

/** Cosine below this on any output is worth a warning hint. */
const DRIFT_COSINE_WARNING = 0.99;
/** Share of class indices kept (an ARG_MAX output) below this is worth the same hint. */
const DRIFT_INDICES_WARNING = 0.99;
/** Relative improvements below this (on the selection target's inference time and weights) suggest going further. */
const SMALL_IMPROVEMENT_PERCENT = 5;

const KIB = 1024;

function metricRows(before: PerfSummary, after: PerfSummary): MetricRow[] {
  const kib = (n: number) => n / KIB;
  const rows: [string, number, number, MetricUnit, boolean][] = [
    ['Encoded weights', kib(before.weightsEncodedBytes), kib(after.weightsEncodedBytes), 'KiB', true],
    ['SRAM used', kib(before.sramUsedBytes), kib(after.sramUsedBytes), 'KiB', false],
    ['DRAM used', kib(before.dramUsedBytes), kib(after.dramUsedBytes), 'KiB', false],
    ['On-chip flash used', kib(before.onChipFlashUsedBytes), kib(after.onChipFlashUsedBytes), 'KiB', false],
    ['Off-chip flash used', kib(before.offChipFlashUsedBytes), kib(after.offChipFlashUsedBytes), 'KiB', false],
    ['NPU cycles', before.npuCycles, after.npuCycles, 'cycles', true],
    ['Total cycles', before.totalCycles, after.totalCycles, 'cycles', true],
    ['Inference time', before.inferenceTimeMs, after.inferenceTimeMs, 'ms', true],
  ];
  // Memories the system does not use (0 before and after) are left out, as MLIA leaves them out.
  return rows
    .filter(([, o, n, , always]) => always || o !== 0 || n !== 0)
    .map(([metric, original, optimized, unit]) => ({
      metric,
      original,
      optimized,
      unit,
      improvementPercent: original === 0 ? null : ((original - optimized) / original) * 100,
    }));
}

function compareTarget(before: TargetResult | undefined, after: TargetResult | undefined): TargetComparisonData {
  const target = before?.target ?? after?.target ?? '';
  const placementOf = (t: TargetResult | undefined) =>
    (t?.operators ?? []).map((o) => `${o.subgraph}:${o.index}:${o.placement}`).join(',');
  const res: TargetComparisonData = {
    target,
    rows: [],
    placementUnchanged: !!before && !!after && placementOf(before) === placementOf(after),
    npuOperators: { original: before?.npuOperators ?? 0, optimized: after?.npuOperators ?? 0 },
  };
  const b = before?.performance?.summary;
  const a = after?.performance?.summary;
  if (b && a) res.rows = metricRows(b, a);
  else res.error = `no performance estimate for ${before ? 'the optimized model' : 'the original model'}`;
  return res;
}

function summariseWeights(before: readonly WeightTensorStats[], after: readonly WeightTensorStats[]): WeightSummary {
  const sum = (s: readonly WeightTensorStats[], f: (t: WeightTensorStats) => number) => s.reduce((a, t) => a + f(t), 0);
  const elements = sum(after, (t) => t.elements);
  const maxDistinct = (s: readonly WeightTensorStats[]) => Math.max(0, ...s.map((t) => t.maxGroupDistinct));
  return {
    tensors: after.length,
    elements,
    sparsity: {
      original: elements ? sum(before, (t) => t.zeros) / elements : 0,
      optimized: elements ? sum(after, (t) => t.zeros) / elements : 0,
    },
    maxGroupDistinct: { original: maxDistinct(before), optimized: maxDistinct(after) },
  };
}

/** MLIA's "push further" suggestions: pruning +0.1 (up to 0.9), clustering halved (down to 4). */
export function nextTechniques(s: OptimizationSetting): string[] {
  const out: string[] = [];
  if (s.pruning !== undefined && s.pruning < 0.9)
    out.push(`pruning ${Math.min(0.9, Math.round((s.pruning + 0.1) * 100) / 100)}`);
  if (s.clustering !== undefined && s.clustering >= 8) out.push(`clustering ${Math.floor(s.clustering / 2)}`);
  return out;
}

function variantHints(run: OptimizationRun, v: OptimizedVariant, targets: TargetComparisonData[]): string[] {
  const hints: string[] = [];
  const sel = run.selectionTarget;
  const before = run.original.targets.find((t) => t.target === sel);
  const after = v.result.targets.find((t) => t.target === sel);
  if (!run.weights.length) {
    hints.push(
      `No weights were optimised: no CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED or TRANSPOSE_CONV layer with ` +
        `8-bit quantized constant weights runs on the NPU on ${sel}.`,
    );
  }
  const worst = Math.min(1, ...outputCosines(v.drift));
  const indicesDrift = (v.drift?.outputs ?? []).flatMap((o) =>
    o.indices && o.top1Agreement !== null && o.top1Agreement < DRIFT_INDICES_WARNING
      ? [{ name: o.name, agreement: o.top1Agreement }]
      : [],
  );
  // Outputs that already drift are no place to suggest stronger settings (the drift hints say so below).
  const drifts = worst < DRIFT_COSINE_WARNING || indicesDrift.length > 0;
  if (before?.performance && after?.performance) {
    const outcome: OptimizationOutcome = {
      techniques: settingTechniques(v.setting),
      before: before.performance.summary,
      after: after.performance.summary,
      nextTechniques: drifts ? [] : nextTechniques(v.setting),
    };
    // With no weights changed there is nothing to report but the reason above.
    const results = run.weights.length
      ? adviseModel({ result: after, optimization: outcome }).find((a) => a.id === 'optimization-results')
      : undefined;
    if (results) hints.push(results.message);
    const row = targets.find((t) => t.target === sel)?.rows;
    const gain = (m: string) => row?.find((r) => r.metric === m)?.improvementPercent ?? 0;
    if (
      run.weights.length &&
      gain('Inference time') < SMALL_IMPROVEMENT_PERCENT &&
      gain('Encoded weights') >= SMALL_IMPROVEMENT_PERCENT
    )
      hints.push(
        `On ${sel} the weights shrink but the inference time barely moves: the model is not bound by weight ` +
          'traffic, so more aggressive settings would mostly save memory, not time.',
      );
  }
  // The layers that still hold the most weight data after the optimization.
  const biggest = [...v.stats]
    .sort((a, b) => b.elements - b.zeros - (a.elements - a.zeros) || a.tensor - b.tensor)
    .slice(0, 3)
    .filter((t) => t.elements > t.zeros);
  if (biggest.length && run.weights.length > biggest.length) {
    hints.push(
      'The largest remaining weight tensors: ' +
        biggest.map((t) => `${t.layers.join(', ')} (${t.elements - t.zeros} non-zero weights)`).join('; ') +
        '. They gain the most from stronger per-layer settings.',
    );
  }
  if (run.skipped.length) {
    hints.push(
      `${run.skipped.length} weight tensor${run.skipped.length === 1 ? ' was left as it is' : 's were left as they are'} ` +
        `(${[...new Set(run.skipped.map((s) => s.reason.replace(/ \(.*\)$/, '')))].slice(0, 3).join('; ')}).`,
    );
  }
  if (worst < DRIFT_COSINE_WARNING) {
    hints.push(
      `The outputs drift noticeably on random inputs (cosine similarity down to ${worst.toFixed(4)}): expect an ` +
        'accuracy drop without fine-tuning; milder settings keep the model closer to the original.',
    );
  }
  // An output of class indices drifts by the share of its elements that change class.
  for (const o of indicesDrift) {
    hints.push(
      `${formatPercent(1 - o.agreement)} of the indices in ${o.name} change on random inputs (each a class ` +
        'decision, such as a pixel of a segmentation): expect an accuracy drop without fine-tuning; milder ' +
        'settings keep the model closer to the original.',
    );
  }
  return hints;
}

/** The report's data: what renderOptimizationReport lays out, and its JSON form. */
export function optimizationReportData(run: OptimizationRun): OptimizationReportData {
  const variants = run.variants.map((v): VariantReportData => {
    const ids = [...new Set([...run.original.targets, ...v.result.targets].map((t) => t.target))];
    const targets = ids.map((id) =>
      compareTarget(
        run.original.targets.find((t) => t.target === id),
        v.result.targets.find((t) => t.target === id),
      ),
    );
    return {
      label: v.label,
      setting: v.setting,
      weights: summariseWeights(run.originalStats, v.stats),
      tensors: v.stats,
      targets,
      drift: v.drift,
      hints: variantHints(run, v, targets),
    };
  });
  return {
    schemaVersion: 1,
    file: run.file,
    selectionTarget: run.selectionTarget,
    optimizedTensors: run.originalStats.map((t) => ({
      subgraph: t.subgraph,
      tensor: t.tensor,
      name: t.name,
      layers: t.layers,
    })),
    skipped: run.skipped,
    variants,
    caveat: run.weights.length ? ACCURACY_CAVEAT : NOTHING_CHANGED_CAVEAT,
  };
}
