// `optimize:` — prunes and/or clusters the weights of each analysed model's head version, one variant per
// setting, and reports before/after figures beside the gate report. The optimize module (and, for the output
// drift, the TFLite runtime) is imported only when the input is set: the gate's start-up never loads them.
import * as core from '@actions/core';
import { sanitizeTerminal as oneLine } from '../report/terminal.js';
import type { OptimizationSetting, OptimizationRun, OptimizationReportData, MetricRow } from '../optimize/index.js';
import { outputCosines } from '../optimize/drift.js';
import { escapeMarkdown, truncateMiddle } from '../report/escape.js';
import { formatInt } from '../report/format.js';
import { markdownTable } from '../report/markdown-table.js';
import type { ModelComparison } from '../report/types.js';
import type { TargetProfile } from '../targets/types.js';
import { GateConfigError } from '../gate/thresholds.js';
import { artifactName, describeOutcome, type ArtifactOutputs } from './artifacts.js';
import { headBytes } from './models.js';
import type { LfsAuth } from '../io/git.js';
import type { ExtraSection } from './sections.js';

type OptimizeModule = typeof import('../optimize/index.js');

/** Random input sets per variant for the output drift (the CLI's default is 8; the action keeps start-to-end short). */
const DRIFT_SAMPLES = 4;
const NAME_WIDTH = 60;

export interface Optimizer {
  settings: OptimizationSetting[];
  module: OptimizeModule;
}

/** Loads the optimize module and parses the input; a bad setting fails the run before any analysis. */
export async function loadOptimizer(spec: string): Promise<Optimizer> {
  const module = await import('../optimize/index.js');
  try {
    return { settings: module.parseSettings(spec), module };
  } catch (e) {
    if (module.isOptimizeError(e)) throw new GateConfigError('optimize', e.detail);
    throw e;
  }
}

/** Why a model is not optimised, or undefined when it is one to optimise. */
function notOptimised(m: ModelComparison): string | undefined {
  if (!m.head) return 'no head version';
  if (m.head.velaCompiled) return 'already compiled by Vela';
  if (m.head.error) return `not analysed (${m.head.error.code})`;
  return undefined;
}

/**
 * Optimises every analysed head model; writes and uploads one artifact per model. Returns one section per
 * optimised model plus one naming the models left alone. Per-model failures are warnings, never the verdict.
 */
export async function optimizeModels(
  optimizer: Optimizer,
  models: readonly ModelComparison[],
  targets: readonly TargetProfile[],
  workspace: string,
  outputs: ArtifactOutputs,
  salt: string,
  lfsAuth?: LfsAuth,
): Promise<ExtraSection[]> {
  const opt = optimizer.module;
  const sections: ExtraSection[] = [];
  const skipped: string[] = [];
  for (const m of models) {
    const why = notOptimised(m);
    if (why) {
      if (m.status !== 'removed') skipped.push(`${m.path}: ${why}`);
      continue;
    }
    const bytes = await headBytes(workspace, m.path, lfsAuth);
    if (!(bytes instanceof Uint8Array)) {
      const why =
        'large' in bytes ? `${(bytes.large / 2 ** 30).toFixed(1)} GiB is too large to rework in memory` : bytes.message;
      skipped.push(`${m.path}: ${why}`);
      continue;
    }
    const started = Date.now();
    let run: OptimizationRun;
    try {
      run = opt.optimizeModel(bytes, optimizer.settings, targets, { file: m.path });
    } catch (e) {
      core.warning(`optimize: ${(e as Error).message}`);
      skipped.push(`${m.path}: ${(e as Error).message}`);
      continue;
    }
    if (!run.weights.length) {
      skipped.push(`${m.path}: no constant weights of NPU layers to optimise`);
      continue;
    }
    run = await opt.withDrift(run, bytes, { samples: DRIFT_SAMPLES });
    const outcome = await outputs.publish(artifactName('optimized', m.path, salt), opt.optimizationOutputs(run));
    core.info(`optimize ${oneLine(m.path)}: ${run.variants.length} variant(s) in ${Date.now() - started} ms`);
    sections.push(optimizationSection(opt.optimizationReportData(run), opt, run, describeOutcome(outcome)));
  }
  if (skipped.length) {
    core.info(`Not optimised:\n${skipped.map((s) => `  ${oneLine(s)}`).join('\n')}`);
    const lines = skipped.map((s) => `- ${escapeMarkdown(s)}`);
    sections.push({
      levels: [
        `**Not optimised** (${skipped.length}):\n\n${lines.join('\n')}`,
        `**Not optimised**: ${skipped.length} model(s); see the job log.`,
      ],
    });
  }
  return sections;
}

/** `before → after (improvement %)` for one metric. */
function change(row: MetricRow | undefined, digits: number): string {
  if (!row) return '–';
  const fmt = (v: number) => (row.unit === 'cycles' ? formatInt(v) : v.toFixed(digits));
  const pct = row.improvementPercent;
  // improvementPercent is positive when the figure fell; shown as the change, with its sign.
  const gain =
    pct === null || !Number.isFinite(pct)
      ? ''
      : Math.abs(pct) < 0.05
        ? ' (±0.0%)'
        : ` (${pct > 0 ? '−' : '+'}${Math.abs(pct).toFixed(1)}%)`;
  return `${fmt(row.original)} → ${fmt(row.optimized)}${gain}`;
}

/** The compact before/after table: one row per setting and target. */
export function compactTable(data: OptimizationReportData): string {
  const rows: string[][] = [];
  for (const v of data.variants) {
    const cosines = outputCosines(v.drift);
    // A model of class indices only (a segmentation's ARG_MAX) has no cosine: the share of indices kept stands in.
    const kept = (v.drift?.outputs ?? []).filter((o) => o.indices && o.top1Agreement !== null);
    // The runtime may refuse a model (then the full report says why).
    const cosine = cosines.length
      ? Math.min(...cosines).toFixed(4)
      : kept.length
        ? `${(Math.min(...kept.map((o) => o.top1Agreement!)) * 100).toFixed(1)}% of classes kept`
        : v.drift?.error
          ? 'not measured'
          : '–';
    for (const t of v.targets) {
      const row = (metric: string) => t.rows.find((r) => r.metric === metric);
      rows.push([
        escapeMarkdown(v.label),
        escapeMarkdown(t.target),
        t.error ? escapeMarkdown(t.error) : change(row('Encoded weights'), 2),
        t.error ? '–' : change(row('Inference time'), 4),
        t.placementUnchanged
          ? String(t.npuOperators.optimized)
          : `**${t.npuOperators.original} → ${t.npuOperators.optimized}**`,
        cosine,
      ]);
    }
  }
  return markdownTable(
    ['Setting', 'Target', 'Encoded weights (KiB)', 'Inference time (ms)', 'NPU operators', 'Min output cosine'],
    ['left', 'left', 'right', 'right', 'right', 'right'],
    rows,
  );
}

function optimizationSection(
  data: OptimizationReportData,
  opt: OptimizeModule,
  run: OptimizationRun,
  where: string,
): ExtraSection {
  const name = escapeMarkdown(truncateMiddle(data.file, NAME_WIDTH));
  const title = `#### Optimization of **${name}**`;
  const table = compactTable(data);
  const caveat = `> ${escapeMarkdown(data.caveat)}`;
  // The full report starts with its own heading: demote it below the section's.
  const full = opt.renderOptimizationReport(run, 'markdown').replace(/^(#+) /gm, '$1## ');
  return {
    levels: [
      [title, table, where, `<details><summary>Full optimization report</summary>\n\n${full}\n\n</details>`].join(
        '\n\n',
      ),
      [title, table, where, caveat].join('\n\n'),
      `Optimization of **${name}**: ${data.variants.length} setting(s). ${where}.`,
    ],
  };
}
