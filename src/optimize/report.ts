// Renders the optimization report (report-data.ts) as markdown (PR comment, artifact), terminal text or JSON.
// Tables follow MLIA's optimize layout: Metric | Original | Optimized | Unit | Improvement (%).
import { escapeMarkdown } from '../report/escape.js';
import { formatInt, formatPercent, plural } from '../report/format.js';
import { markdownTable } from '../report/markdown-table.js';
import { sanitizeTerminal } from '../report/terminal.js';
import { outputCosines } from './drift.js';
import type { OptimizationRun } from './engine.js';
import {
  optimizationReportData,
  type MetricRow,
  type OptimizationReportData,
  type VariantReportData,
} from './report-data.js';

export type OptimizationReportFormat = 'markdown' | 'terminal' | 'json';

export const DRIFT_HEADERS = ['Output', 'Max abs difference', 'Cosine similarity', 'Same top-1'] as const;
export const METRIC_HEADERS = ['Metric', 'Original', 'Optimized', 'Unit', 'Improvement (%)'] as const;

/** A metric value in its unit: KiB with 2 decimals, whole cycles, ms with at least 3 significant digits. */
export function formatMetric(value: number, unit: MetricRow['unit']): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'KiB') return value.toFixed(2);
  if (unit === 'cycles') return formatInt(value);
  const abs = Math.abs(value);
  if (abs >= 10) return value.toFixed(2);
  // Sub-millisecond NPU times still show their change: 0.01234, not 0.012.
  return value.toFixed(abs === 0 ? 3 : Math.min(8, Math.max(3, 2 - Math.floor(Math.log10(abs)))));
}

export function formatImprovement(percent: number | null): string {
  return percent === null || !Number.isFinite(percent) ? '–' : percent.toFixed(2);
}

function metricCells(r: MetricRow): string[] {
  return [
    r.metric,
    formatMetric(r.original, r.unit),
    formatMetric(r.optimized, r.unit),
    r.unit,
    formatImprovement(r.improvementPercent),
  ];
}

function weightLine(v: VariantReportData): string {
  const w = v.weights;
  const parts = [`${w.tensors} weight tensor${w.tensors === 1 ? '' : 's'} (${formatInt(w.elements)} values)`];
  parts.push(`sparsity ${formatPercent(w.sparsity.original)} → ${formatPercent(w.sparsity.optimized)}`);
  parts.push(
    `at most ${w.maxGroupDistinct.original} → ${w.maxGroupDistinct.optimized} distinct values per tensor or channel`,
  );
  return parts.join(', ');
}

function driftRows(v: VariantReportData): string[][] {
  return (v.drift?.outputs ?? []).map((o) => [
    o.name,
    // Class indices have no meaningful difference or cosine: their top-1 share says it.
    o.indices ? '–' : o.maxAbsDiff.toPrecision(4),
    o.indices ? '–' : o.cosine.toFixed(6),
    o.top1Agreement === null ? '–' : formatPercent(o.top1Agreement),
  ]);
}

function driftIntro(v: VariantReportData): string | undefined {
  const d = v.drift;
  if (!d) return undefined;
  if (d.error) return `Output drift not measured: ${d.error}`;
  const notes = [
    d.runtimeFixes
      ? `with quantized_dimension set to the only possible axis on ${plural(d.runtimeFixes, 'tensor')}, which it refuses past the tensor's rank and TFLite Micro ignores`
      : '',
    d.indexOutputFixes
      ? `with ${plural(d.indexOutputFixes, 'ARG_MAX/ARG_MIN output')} made int32 from int64, which it cannot hand out (the same indices; their "Same top-1" is the share of equal ones)`
      : '',
  ].filter(Boolean);
  const fixes = notes.length ? ` (the runtime ran both ${notes.join(', and ')})` : '';
  return `Output drift against the original in the TFLite runtime, ${d.samples} random input set${d.samples === 1 ? '' : 's'} (seed ${d.seed}), dequantized outputs${fixes}:`;
}

/** One row per setting and target: the settings side by side (shown when more than one was asked for). */
function comparisonRows(data: OptimizationReportData): string[][] {
  const rows: string[][] = [];
  for (const v of data.variants) {
    const cosines = outputCosines(v.drift);
    const worst = cosines.length ? Math.min(...cosines) : undefined;
    for (const t of v.targets) {
      const get = (m: string) => t.rows.find((r) => r.metric === m);
      const cell = (m: string) => {
        const r = get(m);
        return r ? `${formatMetric(r.optimized, r.unit)} (${formatImprovement(r.improvementPercent)}%)` : '–';
      };
      rows.push([
        v.label,
        t.target,
        cell('Encoded weights'),
        cell('Inference time'),
        formatPercent(v.weights.sparsity.optimized),
        worst === undefined ? '–' : worst.toFixed(4),
      ]);
    }
  }
  return rows;
}

export const COMPARISON_HEADERS = [
  'Setting',
  'Target',
  'Encoded weights KiB (improvement)',
  'Inference time ms (improvement)',
  'Sparsity',
  'Min cosine',
] as const;

function renderMarkdown(data: OptimizationReportData): string {
  const out: string[] = [];
  const md = escapeMarkdown;
  out.push(`## Optimization of \`${data.file.replace(/`/g, "'")}\``, '');
  out.push(
    `Layers optimised: ${data.optimizedTensors.length} weight tensor${data.optimizedTensors.length === 1 ? '' : 's'} ` +
      `of NPU layers on ${md(data.selectionTarget)}; ${data.skipped.length} skipped.`,
  );
  if (data.skipped.length) {
    out.push('', '<details><summary>Skipped weights</summary>', '');
    out.push(
      markdownTable(
        ['Layer', 'Tensor', 'Reason'],
        ['left', 'left', 'left'],
        data.skipped.map((s) => [md(s.users.map((u) => `#${u.index} ${u.type}`).join(', ')), md(s.name), md(s.reason)]),
      ),
    );
    out.push('', '</details>');
  }
  if (data.variants.length > 1) {
    out.push('', '### Settings compared', '');
    out.push(
      markdownTable(
        [...COMPARISON_HEADERS],
        ['left', 'left', 'right', 'right', 'right', 'right'],
        comparisonRows(data).map(([setting, target, ...rest]) => [md(setting), md(target), ...rest]),
      ),
    );
  }
  for (const v of data.variants) {
    out.push('', `### ${md(v.label)}`, '', `Weights: ${weightLine(v)}.`);
    if (v.tensors.length) {
      out.push('', '<details><summary>Per weight tensor</summary>', '');
      out.push(
        markdownTable(
          ['Layer', 'Tensor', 'Values', 'Sparsity', 'Distinct', 'Max distinct per group', 'Groups'],
          ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
          v.tensors.map((t) => [
            md(t.layers.join(', ')),
            md(t.name),
            formatInt(t.elements),
            formatPercent(t.sparsity),
            formatInt(t.distinct),
            formatInt(t.maxGroupDistinct),
            formatInt(t.groups),
          ]),
        ),
      );
      out.push('', '</details>');
    }
    for (const t of v.targets) {
      out.push('', `#### ${md(t.target)}`, '');
      if (t.error) {
        out.push(`No comparison: ${md(t.error)}.`);
        continue;
      }
      out.push(
        markdownTable([...METRIC_HEADERS], ['left', 'right', 'right', 'left', 'right'], t.rows.map(metricCells)),
      );
      out.push(
        '',
        t.placementUnchanged
          ? `Placement unchanged: ${plural(t.npuOperators.optimized, 'operator')} on the NPU.`
          : `**Placement changed**: ${t.npuOperators.original} → ${plural(t.npuOperators.optimized, 'operator')} on the NPU.`,
      );
    }
    const intro = driftIntro(v);
    if (intro) {
      out.push('', md(intro));
      const rows = driftRows(v);
      if (rows.length)
        out.push(
          '',
          markdownTable(
            [...DRIFT_HEADERS],
            ['left', 'right', 'right', 'right'],
            rows.map(([n, ...rest]) => [md(n), ...rest]),
          ),
        );
    }
    if (v.hints.length) out.push('', '**Next steps**', '', ...v.hints.map((h) => `- ${md(h)}`));
  }
  out.push('', `> **Accuracy:** ${md(data.caveat)}`, '');
  return out.join('\n');
}

/** Columns padded to their widest cell; numbers right-aligned. */
function columns(rows: string[][], right: readonly boolean[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, Array.from(c).length)));
  return rows.map(
    (row) =>
      indent +
      row
        .map((c, i) => {
          const pad = ' '.repeat(widths[i] - Array.from(c).length);
          return right[i] ? pad + c : c + pad;
        })
        .join('  ')
        .trimEnd(),
  );
}

function renderTerminal(data: OptimizationReportData): string {
  const s = sanitizeTerminal;
  const out: string[] = [];
  out.push(`Optimization of ${s(data.file)}`);
  out.push(
    `  ${data.optimizedTensors.length} weight tensors of NPU layers on ${s(data.selectionTarget)} optimised, ` +
      `${data.skipped.length} skipped`,
  );
  for (const k of data.skipped)
    out.push(`    skipped ${k.users.map((u) => `#${u.index} ${u.type}`).join(', ')}: ${s(k.reason)}`);
  if (data.variants.length > 1) {
    out.push('', 'Settings compared');
    const rows = comparisonRows(data).map((r) => r.map((c) => s(c)));
    out.push(...columns([[...COMPARISON_HEADERS], ...rows], [false, false, true, true, true, true]));
  }
  for (const v of data.variants) {
    out.push('', `${s(v.label)}`, `  Weights: ${weightLine(v)}`);
    for (const t of v.targets) {
      out.push('', `  ${s(t.target)}`);
      if (t.error) {
        out.push(`    no comparison: ${s(t.error)}`);
        continue;
      }
      const header = [...METRIC_HEADERS];
      out.push(...columns([header, ...t.rows.map(metricCells)], [false, true, true, false, true], '    '));
      out.push(
        t.placementUnchanged
          ? `    placement unchanged: ${plural(t.npuOperators.optimized, 'operator')} on the NPU`
          : `    PLACEMENT CHANGED: ${t.npuOperators.original} -> ${plural(t.npuOperators.optimized, 'operator')} on the NPU`,
      );
    }
    const intro = driftIntro(v);
    if (intro) {
      out.push('', `  ${s(intro)}`);
      const rows = driftRows(v).map(([n, ...rest]) => [s(n), ...rest]);
      if (rows.length) out.push(...columns([[...DRIFT_HEADERS], ...rows], [false, true, true, true], '    '));
    }
    if (v.hints.length) out.push('', '  Next steps:', ...v.hints.map((h) => `    - ${s(h)}`));
  }
  out.push('', `Accuracy: ${data.caveat}`, '');
  return out.join('\n');
}

/** The report for one optimize run (after withDrift() when drift should be shown). */
export function renderOptimizationReport(
  run: OptimizationRun | OptimizationReportData,
  format: OptimizationReportFormat,
): string {
  const data = 'schemaVersion' in run ? run : optimizationReportData(run);
  if (format === 'json') return JSON.stringify(data, null, 2) + '\n';
  return format === 'markdown' ? renderMarkdown(data) : renderTerminal(data);
}
