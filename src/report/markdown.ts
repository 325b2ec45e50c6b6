// The pull-request comment / job summary: a verdict, one summary table, then per model a chart and a
// collapsible section with the operators, the costliest layers, the changes against base and advice.
// Everything from a model is escaped; the whole text fits GitHub's comment limit, shedding detail first.
import { adviseModel } from './advice.js';
import { compareTargets, hasChanges, type FigureChange, type LayerChange, type TargetComparison } from './compare.js';
import { escapeHtml, escapeMarkdown, truncateMiddle } from './escape.js';
import {
  formatBytes,
  formatBytesChange,
  formatInt,
  formatMs,
  formatPercent,
  formatPointsChange,
  formatRate,
  formatRelative,
  operatorRef,
  plural,
} from './format.js';
import { markdownTable } from './markdown-table.js';
import {
  anyDram,
  countModels,
  dramBytes,
  flashBytes,
  modelTargets,
  summaryRows,
  type SummaryRow,
} from './summary-rows.js';
import type { GateReport, LayerPerf, ModelComparison, OperatorResult, TargetResult } from './types.js';

/** GitHub's limit for an issue or pull-request comment, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/**
 * For the job summary ($GITHUB_STEP_SUMMARY, limited to 1 MiB per step): pass as `maxLength`. Lengths here
 * are UTF-16 characters, so this leaves room for the multi-byte ones.
 */
export const JOB_SUMMARY_LIMIT = 1_000_000;
export const MARKER = 'ethos-gate';

export interface MarkdownOptions {
  /** Distinguishes several sticky comments of one pull request: `<!-- ethos-gate:KEY -->`. */
  markerKey?: string;
  /** Character budget (default GitHub's 65,536). */
  maxLength?: number;
  /** Where the untruncated report lives (job summary or artifact), named when the text had to be shortened. */
  fullReportUrl?: string;
  /** Link text for `fullReportUrl` (default "the full report"). */
  fullReportLabel?: string;
  /** The workflow run, linked in the footer. */
  runUrl?: string;
  /** When the report was made (reports never read the clock). */
  now?: Date;
  /** Layers in each chart and top-layers table (default 10). */
  topLayers?: number;
  /** Mermaid charts (default true). */
  charts?: boolean;
  /** Advice inside each model's details (default true). */
  advice?: boolean;
}

/** Detail levels of a model section, from everything to nothing; the budget walks them in order. */
enum Level {
  Full = 0,
  /** The operator table lists CPU operators only. */
  CpuOperatorsOnly = 1,
  /** No `<details>`: the chart and its data table only. */
  ChartOnly = 2,
  /** One line: the model, with a pointer to the full report. */
  Line = 3,
  /** Left out entirely (the summary table still names the model). */
  Gone = 4,
}

const NAME_WIDTH = 60;

/** Renders the report as GitHub markdown within `maxLength` characters. */
export function renderMarkdown(report: GateReport, opts: MarkdownOptions = {}): string {
  const budget = opts.maxLength ?? GITHUB_COMMENT_LIMIT;
  const marker = `<!-- ${MARKER}${opts.markerKey ? `:${sanitizeMarkerKey(opts.markerKey)}` : ''} -->`;
  const sections = report.models.map((m) => new ModelSection(report, m, opts));
  const head = [marker, headline(report), findingsList(report)].filter(Boolean).join('\n\n');
  const foot = footer(report, opts);
  let rows = summaryRows(report);
  let rowsDropped = 0;
  // The "vs base" columns only when some model has a base to compare with (a plain `check` has none).
  const columns = { informational: report.informational, compared: report.models.some((m) => m.base) };

  let table = summaryTable(rows, rowsDropped, columns);
  const parts = (notice: string) =>
    [head, notice, table, ...sections.map((s) => s.render()), foot].filter((p) => p.length > 0);
  // Length of the joined text without building it: the budget loop asks many times.
  const lengthOf = (notice: string) => {
    const ps = parts(notice);
    return ps.reduce((a, p) => a + p.length, 0) + 2 * (ps.length - 1) + 1;
  };
  const assemble = (notice: string) => parts(notice).join('\n\n') + '\n';

  // Cheap first: every model with its chart only. Then give details back, smallest sections first, while
  // they fit, so details are dropped from the largest first; building every full section of a huge
  // report just to throw it away would take seconds.
  const notice = truncationNotice(opts, budget);
  for (const s of sections) s.level = Level.ChartOnly;
  let used = lengthOf('');
  if (used <= budget) {
    const bySize = [...sections].sort((x, y) => x.estimate(Level.Full) - y.estimate(Level.Full));
    // A level that did not fit for one section is not tried again for sections estimated larger.
    const failedAt = new Map<Level, number>();
    for (const s of bySize) {
      for (const level of [Level.Full, Level.CpuOperatorsOnly]) {
        const estimate = s.estimate(level);
        if (used + estimate > budget || estimate >= (failedAt.get(level) ?? Infinity)) continue;
        const before = s.render().length;
        s.level = level;
        const extra = s.render().length - before;
        if (used + extra <= budget) {
          used += extra;
          break;
        }
        s.level = Level.ChartOnly;
        failedAt.set(level, Math.min(estimate, failedAt.get(level) ?? Infinity));
      }
    }
    if (sections.every((s) => s.level === Level.Full)) return assemble('');
    // Something was shortened: make room for saying so, taking detail from the largest sections again.
    while (lengthOf(notice) > budget) {
      const detailed = sections.filter((s) => s.level < Level.ChartOnly);
      if (!detailed.length) break;
      detailed.reduce((x, y) => (y.render().length > x.render().length ? y : x)).level++;
    }
  }

  // Even the charts do not fit: drop them from the largest section first, then whole sections.
  for (;;) {
    if (lengthOf(notice) <= budget) return assemble(notice);
    const next = pickLargest(sections);
    if (!next) break;
    next.level++;
  }
  // Still too long (thousands of models): drop summary rows from the end, then cut hard.
  while (rows.length > 1) {
    const keep = Math.max(1, Math.floor(rows.length * 0.8));
    rowsDropped += rows.length - keep;
    rows = rows.slice(0, keep);
    table = summaryTable(rows, rowsDropped, columns);
    if (lengthOf(notice) <= budget) return assemble(notice);
  }
  const cut = '\n\n… (cut at the length limit)\n';
  return assemble(notice).slice(0, Math.max(0, budget - cut.length)) + cut;
}

function pickLargest(sections: ModelSection[]): ModelSection | undefined {
  for (let level = Level.ChartOnly; level <= Level.Line; level++) {
    const candidates = sections.filter((s) => s.level === level && s.render().length > 0);
    if (candidates.length) return candidates.reduce((x, y) => (y.render().length > x.render().length ? y : x));
  }
  return undefined;
}

function sanitizeMarkerKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._/:-]/g, '_').slice(0, 100);
}

function truncationNotice(opts: MarkdownOptions, budget: number): string {
  const where = opts.fullReportUrl
    ? `[${escapeMarkdown(opts.fullReportLabel ?? 'the full report')}](${safeUrl(opts.fullReportUrl)})`
    : 'the job summary and the report artifact of this run';
  // 65,535 is a check-run summary's limit, 65,536 a comment's: both are "GitHub's".
  const limit =
    budget === GITHUB_COMMENT_LIMIT || budget === GITHUB_COMMENT_LIMIT - 1
      ? `GitHub's ${formatInt(budget)}-character comment limit`
      : `the ${formatInt(budget)}-character limit`;
  return `> [!NOTE]\n> This report was shortened to fit ${limit}: some per-model details and charts are left out. Everything is in ${where}.`;
}

/** URLs come from the workflow, but still must not break out of the link syntax. */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url.replace(/[\s()<>]/g, encodeURIComponent) : '#';
}

function headline(report: GateReport): string {
  const failed = report.findings.length;
  const counts = countModels(report);
  let title: string;
  if (failed && !report.informational) title = `### ❌ ethos-gate: ${plural(failed, 'check')} failed`;
  else if (failed) title = `### ⚠️ ethos-gate: ${plural(failed, 'check')} would fail (informational run)`;
  else title = '### ✅ ethos-gate: all checks passed';
  const changed = (['added', 'modified', 'renamed', 'removed'] as const)
    .filter((s) => counts[s])
    .map((s) => `${counts[s]} ${s}`);
  const facts = [
    `${plural(report.models.length, 'model')}${changed.length ? ` (${changed.join(', ')})` : ''}`,
    `on ${report.targets.map((t) => `**${escapeMarkdown(t)}**`).join(', ') || 'no targets'}`,
  ];
  if (counts.errors) facts.push(`${plural(counts.errors, 'model')} could not be analysed`);
  return `${title}\n\n${facts.join(' · ')}`;
}

function findingsList(report: GateReport): string {
  if (!report.findings.length) return '';
  const icon = report.informational ? '⚠️' : '❌';
  const limit = 30;
  const lines = report.findings
    .slice(0, limit)
    .map(
      (f) =>
        `- ${icon} **${escapeMarkdown(truncateMiddle(f.path, NAME_WIDTH))}**${f.target ? ` on ${escapeMarkdown(f.target)}` : ''}: ${escapeMarkdown(f.message)}`,
    );
  if (report.findings.length > limit) lines.push(`- … and ${report.findings.length - limit} more`);
  return lines.join('\n');
}

function statusCell(row: SummaryRow, informational: boolean): string {
  if (row.error) return `⚠️ ${escapeMarkdown(row.error.code)}`;
  const verdict = row.findings.length ? (informational ? '⚠️ would fail' : '❌ failed') : '✅';
  // "unchanged" says something only of a model that was compared with a base.
  return row.status === 'unchanged' && !row.base ? verdict : `${verdict} · ${row.status}`;
}

function summaryTable(
  rows: SummaryRow[],
  dropped: number,
  columns: { informational: boolean; compared: boolean },
): string {
  const { informational, compared: withBase } = columns;
  const headers = [
    'Model',
    'Target',
    'NPU coverage',
    'vs base',
    'Est. time',
    'vs base',
    'SRAM',
    'Flash',
    'DRAM',
    'Status',
  ];
  const align = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'] as const;
  // Columns 3 and 5 are the changes against the base; column 8 (DRAM) is shown only when some row uses DRAM.
  const withDram = anyDram(rows);
  const shown = <T>(cells: readonly T[]): T[] =>
    cells.filter((_, i) => (withBase || (i !== 3 && i !== 5)) && (withDram || i !== 8));
  let lastPath = '';
  const cells = rows.map((r) => {
    const path = r.path === lastPath ? '' : escapeMarkdown(truncateMiddle(r.path, NAME_WIDTH));
    lastPath = r.path;
    const t = r.head ?? r.base;
    const compared = r.head && r.base;
    const hs = r.head?.performance?.summary;
    const bs = r.base?.performance?.summary;
    const withChange = (value: string, change: string | undefined) => (change ? `${value} (${change})` : value);
    const bytesCell = (now: number | undefined, before: number | undefined) =>
      now !== undefined
        ? withChange(
            formatBytes(now),
            before !== undefined && before !== now ? formatBytesChange(before, now) : undefined,
          )
        : '–';
    return [
      path,
      escapeMarkdown(r.target),
      t ? `${formatPercent(t.npuCoverage)} (${t.npuOperators}/${t.npuOperators + t.cpuOperators})` : '–',
      compared ? formatPointsChange(r.base!.npuCoverage, r.head!.npuCoverage) : '',
      hs ? formatMs(hs.inferenceTimeMs) : r.head ? '–' : bs ? `~~${formatMs(bs.inferenceTimeMs)}~~` : '–',
      hs && bs ? formatRelative(bs.inferenceTimeMs, hs.inferenceTimeMs) : '',
      bytesCell(hs?.sramUsedBytes, bs?.sramUsedBytes),
      bytesCell(flashBytes(r.head), flashBytes(r.base)),
      bytesCell(dramBytes(r.head), dramBytes(r.base)),
      statusCell(r, informational),
    ];
  });
  const body = cells.map(shown);
  if (dropped) body.push([`… ${plural(dropped, 'more row')} in the full report`]);
  return markdownTable(shown(headers), shown(align), body);
}

function footer(report: GateReport, opts: MarkdownOptions): string {
  const parts = [
    `${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}`,
    `${report.tool.engine === 'builtin' ? 'built-in estimator' : 'Vela'} (${escapeMarkdown(report.tool.engineVersion)})`,
  ];
  if (opts.now) parts.push(opts.now.toISOString().replace(/\.\d+Z$/, 'Z'));
  if (opts.runUrl) parts.push(`[workflow run](${safeUrl(opts.runUrl)})`);
  const sampled = report.models.some((m) =>
    [m.head, m.base].some((r) => r?.targets.some((t) => t.performance?.summary.weightsSizing === 'sampled')),
  );
  const weightsNote = sampled
    ? ' Encoded sizes of large weight tensors come from an exact encoding of a spread sample of their blocks (`exact-weights: true` encodes every weight).'
    : '';
  return `<sub>${parts.join(' · ')}. Estimates are for the NPU; CPU operators get no time.${weightsNote}</sub>`;
}

/** One model's part of the report, renderable at each detail level (cached: the budget loop re-asks). */
class ModelSection {
  level: Level = Level.Full;
  private readonly cache = new Map<Level, string>();

  constructor(
    private readonly report: GateReport,
    private readonly model: ModelComparison,
    private readonly opts: MarkdownOptions,
  ) {}

  /**
   * A cheap estimate, from below, of the characters `level` adds over the chart-only rendering (operator
   * rows, top-layer rows, the figure table; escaping only lengthens them), so hopeless upgrades are
   * skipped without building them.
   */
  estimate(level: Level): number {
    if (level >= Level.ChartOnly) return 0;
    const result = this.model.head ?? this.model.base;
    const ts = result?.targets ?? [];
    const first = ts[0];
    if (!first || result?.error || this.model.status === 'removed') return 0;
    const rows =
      level === Level.Full
        ? first.operators
        : first.operators.filter((_, i) => ts.some((t) => t.operators[i]?.placement === 'CPU'));
    const operatorRows = rows.reduce(
      (a, o) => a + Math.min(o.name.length, NAME_WIDTH) + o.type.length + 10 + 6 * ts.length,
      0,
    );
    const layerRows = ts.reduce((a, t) => a + Math.min(this.topLayers, t.performance?.layers.length ?? 0) * 40, 0);
    const compared = this.model.base && this.model.head && this.model.status !== 'unchanged';
    const figureRows = compared ? 17 * (20 + 10 * ts.length) : 0;
    return operatorRows + layerRows + figureRows;
  }

  render(): string {
    let text = this.cache.get(this.level);
    if (text === undefined) {
      text = this.build(this.level);
      this.cache.set(this.level, text);
    }
    return text;
  }

  private build(level: Level): string {
    const m = this.model;
    const result = m.head ?? m.base;
    const title = `#### ${escapeMarkdown(m.path)}${m.basePath ? ` (renamed from ${escapeMarkdown(m.basePath)})` : ''}`;
    if (level === Level.Gone) return '';
    if (level === Level.Line) return `${title}\n\nDetails left out here: see the full report.`;
    if (!result) return title;
    const parts = [title];
    if (result.description) parts.push(`<sub>${escapeMarkdown(truncateMiddle(result.description, 200))}</sub>`);
    if (m.status === 'removed') {
      parts.push('Removed in this pull request.');
      return parts.join('\n\n');
    }
    if (result.error) {
      parts.push(`⚠️ ${escapeMarkdown(result.error.code)}: ${escapeMarkdown(result.error.message)}`);
      return parts.join('\n\n');
    }
    const targets = modelTargets(this.report, m)
      .map((id) => result.targets.find((t) => t.target === id))
      .filter((t): t is TargetResult => t !== undefined);
    const chartTarget = targets.find((t) => t.performance?.layers.length);
    const charts = this.opts.charts !== false;
    if (chartTarget && charts) parts.push(layerChart(chartTarget, this.topLayers));
    if (level === Level.ChartOnly) {
      if (chartTarget && charts) parts.push(topLayersTable(chartTarget, this.topLayers, false));
      return parts.join('\n\n');
    }
    parts.push(this.details(targets, level));
    return parts.join('\n\n');
  }

  private get topLayers(): number {
    return this.opts.topLayers ?? 10;
  }

  private details(targets: TargetResult[], level: Level): string {
    const m = this.model;
    const cpu = targets.map((t) => `${escapeHtml(t.target)}: ${t.cpuOperators} CPU`).join(', ');
    const summary = `${escapeHtml(truncateMiddle(m.path, NAME_WIDTH))}: ${plural(targets[0]?.operators.length ?? 0, 'operator')}${cpu ? ` (${cpu})` : ''}`;
    const { before, after } = this.sharedDetails(targets);
    const body = [
      ...before,
      '**Operators** (CPU first)',
      operatorTable(targets, level === Level.CpuOperatorsOnly),
      ...after,
    ];
    // Blank lines around the body: GitHub parses markdown inside <details> only when separated.
    return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
  }

  private shared?: { before: string[]; after: string[] };

  /** The parts of the details every level shares (comparison, top layers, advice), built once. */
  private sharedDetails(targets: TargetResult[]): { before: string[]; after: string[] } {
    if (this.shared) return this.shared;
    const m = this.model;
    const before: string[] = [];
    const after: string[] = [];
    if (m.base && m.head && !m.base.error) {
      const comparisons = targets.flatMap((t) => {
        const b = m.base!.targets.find((x) => x.target === t.target);
        return b ? [compareTargets(b, t)] : [];
      });
      if (comparisons.some(hasChanges)) {
        before.push(`**Changes against base**`, comparisonBlock(comparisons, this.topLayers));
      }
    }
    for (const t of targets) {
      if (t.performance?.layers.length) {
        after.push(
          `**Top ${plural(Math.min(this.topLayers, t.performance.layers.length), 'layer')} by cycles on ${escapeMarkdown(t.target)}**`,
          topLayersTable(t, this.topLayers, true),
        );
      }
    }
    if (this.opts.advice !== false) {
      const advice = adviceLines(targets);
      if (advice.length) after.push('**Advice**', advice.join('\n'));
    }
    this.shared = { before, after };
    return this.shared;
  }
}

const SEVERITY_ICON = { info: 'ℹ️', warning: '⚠️', error: '❌' } as const;

/** Advice of every target, the same advice for several targets said once with the targets listed. */
function adviceLines(targets: TargetResult[]): string[] {
  const groups = new Map<string, { icon: string; template: string; targets: string[] }>();
  for (const t of targets) {
    for (const a of adviseModel({ result: t, otherTargets: targets.filter((o) => o !== t) })) {
      const template = a.message.split(t.target).join('\u0001');
      const key = `${a.id}\u0000${template}`;
      const g = groups.get(key) ?? { icon: SEVERITY_ICON[a.severity], template, targets: [] };
      g.targets.push(t.target);
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => {
    const names = g.targets.length > 1 ? `${g.targets.slice(0, -1).join(', ')} and ${g.targets.at(-1)}` : g.targets[0];
    return `- ${g.icon} ${escapeMarkdown(g.template.split('\u0001').join(names))}`;
  });
}

function opNumber(o: { subgraph: number; index: number }): string {
  return operatorRef(o.subgraph, o.index);
}

function nameCell(name: string): string {
  return name ? escapeMarkdown(truncateMiddle(name, NAME_WIDTH)) : '';
}

/** One row per operator, one placement column per target; reasons merged when the targets agree. */
function operatorTable(targets: TargetResult[], cpuOnly: boolean): string {
  const first = targets[0];
  if (!first) return '_No targets._';
  const byTarget = targets.map((t) => new Map(t.operators.map((o) => [`${o.subgraph}:${o.index}`, o])));
  const placementsOf = (o: OperatorResult) => byTarget.map((m) => m.get(`${o.subgraph}:${o.index}`));
  const onCpu = (o: OperatorResult) => placementsOf(o).some((p) => p?.placement === 'CPU');
  const cpuRows = first.operators.filter(onCpu);
  const npuRows = first.operators.filter((o) => !onCpu(o));
  const rows = cpuOnly ? cpuRows : [...cpuRows, ...npuRows];
  const single = targets.length === 1;
  const headers = [
    '#',
    'Name',
    'Type',
    ...(single ? ['Placement'] : targets.map((t) => escapeMarkdown(t.target))),
    'Reasons',
  ];
  const align = ['right', 'left', 'left', ...targets.map(() => 'center' as const), 'left'] as const;
  const cells = rows.map((o) => {
    const per = placementsOf(o);
    return [
      opNumber(o),
      nameCell(o.name),
      escapeMarkdown(o.type),
      ...per.map((p) => (p ? (p.placement === 'CPU' ? '**CPU**' : 'NPU') : '–')),
      reasonsCell(targets, per),
    ];
  });
  const table = rows.length ? markdownTable(headers, [...align], cells) : '_No operators run on the CPU._';
  if (cpuOnly && npuRows.length)
    return `${table}\n\n_${plural(npuRows.length, 'NPU operator')} not listed here: see the full report._`;
  return table;
}

function reasonsCell(targets: TargetResult[], per: (OperatorResult | undefined)[]): string {
  const groups = new Map<string, string[]>();
  per.forEach((p, i) => {
    if (!p || p.placement !== 'CPU' || !p.reasons.length) return;
    const text = p.reasons.map((r) => escapeMarkdown(r.message)).join('<br>');
    groups.set(text, [...(groups.get(text) ?? []), targets[i].target]);
  });
  if (groups.size === 1 && [...groups.values()][0].length === per.filter((p) => p?.placement === 'CPU').length) {
    return [...groups.keys()][0];
  }
  return [...groups.entries()]
    .map(([text, ts]) => `${ts.map((t) => `_${escapeMarkdown(t)}_`).join(', ')}: ${text}`)
    .join('<br>');
}

function topLayers(t: TargetResult, n: number): LayerPerf[] {
  return [...(t.performance?.layers ?? [])].sort((a, b) => b.cycles - a.cycles).slice(0, n);
}

function layerTotal(t: TargetResult): number {
  return (t.performance?.layers ?? []).reduce((a, l) => a + l.cycles, 0);
}

function boundBy(l: LayerPerf): string {
  if (!l.memoryBound) return 'compute';
  const [area] = Object.entries(l.accessCycles).sort((a, b) => b[1] - a[1])[0] ?? ['memory'];
  const names: Record<string, string> = {
    sram: 'SRAM',
    dram: 'DRAM',
    onChipFlash: 'on-chip flash',
    offChipFlash: 'off-chip flash',
  };
  return `**memory** (${names[area] ?? area})`;
}

function topLayersTable(t: TargetResult, n: number, full: boolean): string {
  const total = layerTotal(t) || 1;
  const ops = new Map(t.operators.map((o) => [`${o.subgraph}:${o.index}`, o]));
  const layers = topLayers(t, n);
  const headers = full
    ? ['#', 'Name', 'Type', 'Cycles', 'Share', 'MAC util.', 'Bound by']
    : ['#', 'Type', 'Cycles', 'Share'];
  const align = full
    ? (['right', 'left', 'left', 'right', 'right', 'right', 'left'] as const)
    : (['right', 'left', 'right', 'right'] as const);
  const cells = layers.map((l) => {
    const id = { subgraph: l.subgraph, index: l.operatorIndex };
    const base = [opNumber(id), escapeMarkdown(l.type), formatInt(l.cycles), formatPercent(l.cycles / total)];
    if (!full) return base;
    return [
      base[0],
      nameCell(ops.get(`${l.subgraph}:${l.operatorIndex}`)?.name ?? ''),
      base[1],
      base[2],
      base[3],
      l.macs > 0 ? formatPercent(l.macUtilisation) : '–',
      boundBy(l),
    ];
  });
  return markdownTable(headers, [...align], cells);
}

/** Mermaid labels: built from operator numbers and types only, never from model-controlled names. */
function chartLabel(l: LayerPerf): string {
  const type = l.type.replace(/[^A-Za-z0-9_]/g, '');
  return `#${operatorRef(l.subgraph, l.operatorIndex)} ${type}`;
}

function layerChart(t: TargetResult, n: number): string {
  const layers = topLayers(t, n);
  const target = t.target.replace(/[^A-Za-z0-9._-]/g, '');
  return [
    '```mermaid',
    'xychart-beta',
    `    title "Top ${plural(layers.length, 'layer')} by cycles on ${target}"`,
    `    x-axis [${layers.map((l) => `"${chartLabel(l)}"`).join(', ')}]`,
    '    y-axis "Cycles"',
    `    bar [${layers.map((l) => Math.round(l.cycles)).join(', ')}]`,
    '```',
  ].join('\n');
}

/** Base vs head across the model's targets: one column per target, so nothing repeats per target. */
function comparisonBlock(comparisons: TargetComparison[], topN: number): string {
  const parts: string[] = [];
  const targetHeaders = comparisons.map((c) => escapeMarkdown(c.target));
  const centre = comparisons.map(() => 'center' as const);
  const right = comparisons.map(() => 'right' as const);

  // Placement moves, NPU->CPU first, one row per operator with the move on each target.
  const moved = new Map<string, { op: OperatorResult; toCpu: boolean }>();
  for (const c of comparisons) {
    for (const { head } of c.placementChanges) {
      const key = `${head.subgraph}:${head.index}`;
      const prev = moved.get(key);
      moved.set(key, { op: head, toCpu: (prev?.toCpu ?? false) || head.placement === 'CPU' });
    }
  }
  if (moved.size) {
    const rows = [...moved.values()].sort((a, b) => Number(b.toCpu) - Number(a.toCpu) || a.op.index - b.op.index);
    parts.push(
      `Placement changes (${moved.size}):`,
      markdownTable(
        ['#', 'Name', 'Type', ...targetHeaders, 'Reasons'],
        ['right', 'left', 'left', ...centre, 'left'],
        rows.map(({ op }) => [
          opNumber(op),
          nameCell(op.name),
          escapeMarkdown(op.type),
          ...comparisons.map((c) => {
            const ch = c.placementChanges.find((x) => x.head.subgraph === op.subgraph && x.head.index === op.index);
            if (!ch) return 'unchanged';
            return ch.head.placement === 'CPU' ? 'NPU → **CPU**' : 'CPU → NPU';
          }),
          op.reasons.map((r) => escapeMarkdown(r.message)).join('<br>'),
        ]),
      ),
    );
  }

  const first = comparisons[0];
  const opList = (label: string, ops: OperatorResult[]) => {
    if (!ops.length) return;
    const shown = ops.slice(0, 20).map((o) => `${escapeMarkdown(o.type)} ${nameCell(o.name)}`.trim());
    parts.push(`${label}: ${shown.join(', ')}${ops.length > 20 ? `, … ${ops.length - 20} more` : ''}.`);
  };
  if (first) {
    opList(plural(first.addedOperators.length, 'new operator'), first.addedOperators);
    opList(plural(first.removedOperators.length, 'removed operator'), first.removedOperators);
  }

  // Layers whose cycles changed most on any target.
  const layerRows = new Map<string, { op: OperatorResult; worst: number }>();
  for (const c of comparisons) {
    for (const l of c.layerChanges) {
      const key = `${l.operator.subgraph}\u0000${l.operator.type}\u0000${l.operator.name}\u0000${l.operator.index}`;
      const d = Math.abs(l.headCycles - l.baseCycles);
      const prev = layerRows.get(key);
      if (!prev || prev.worst < d) layerRows.set(key, { op: l.operator, worst: d });
    }
  }
  if (layerRows.size) {
    const rows = [...layerRows.values()].sort((a, b) => b.worst - a.worst).slice(0, topN);
    parts.push(
      `Layers whose cycles changed most${layerRows.size > topN ? ` (top ${topN} of ${layerRows.size})` : ''}:`,
      markdownTable(
        ['#', 'Name', 'Type', ...targetHeaders],
        ['right', 'left', 'left', ...right],
        rows.map(({ op }) => [
          opNumber(op),
          nameCell(op.name),
          escapeMarkdown(op.type),
          ...comparisons.map((c) => {
            const l = c.layerChanges.find((x) => x.operator === op || sameOperator(x.operator, op));
            return l ? layerChangeCell(l) : unchangedLayerCell(c, op);
          }),
        ]),
      ),
    );
  }

  // Every summary figure, base → head per target.
  if (first) {
    parts.push(
      'Summary figures (base → head):',
      markdownTable(
        ['Figure', ...targetHeaders],
        ['left', ...right],
        first.figures.map((f, i) => [
          f.label,
          ...comparisons.map((c) => {
            const g = c.figures.find((x) => x.id === f.id) ?? c.figures[i];
            if (!g) return '–';
            if (g.base === g.head) return formatFigure(g, g.head);
            return `${formatFigure(g, g.base)} → ${formatFigure(g, g.head)} (${formatFigureChange(g)})`;
          }),
        ]),
      ),
    );
  }
  return parts.join('\n\n');
}

/** A layer's cycles, base → head, saying where an operator appeared, vanished or moved to or from the CPU. */
function layerChangeCell(l: LayerChange): string {
  const base = l.basePlacement === 'CPU' ? 'CPU' : formatInt(l.baseCycles);
  const head = l.headPlacement === 'CPU' ? 'CPU' : formatInt(l.headCycles);
  if (!l.basePlacement) return `new: ${head}`;
  if (!l.headPlacement) return `${base} → removed`;
  if (l.basePlacement === 'CPU' || l.headPlacement === 'CPU') return `${base} → ${head}`;
  return `${base} → ${head} (${formatRelative(l.baseCycles, l.headCycles)})`;
}

/** A target where the layer's cycles did not change: it may still be new, removed or on the CPU there. */
function unchangedLayerCell(c: TargetComparison, op: OperatorResult): string {
  const cpu = c.cpuOperators.some((o) => sameOperator(o, op));
  if (c.addedOperators.some((o) => sameOperator(o, op))) return cpu ? 'new: CPU' : 'new: 0';
  const removed = c.removedOperators.find((o) => sameOperator(o, op));
  if (removed) return removed.placement === 'CPU' ? 'CPU → removed' : '0 → removed';
  return cpu ? 'CPU' : 'unchanged';
}

function sameOperator(a: OperatorResult, b: OperatorResult): boolean {
  return a.subgraph === b.subgraph && a.index === b.index && a.type === b.type && a.name === b.name;
}

function formatFigure(f: FigureChange, v: number): string {
  switch (f.unit) {
    case 'ratio':
      return formatPercent(v);
    case 'ms':
      return formatMs(v);
    case 'bytes':
      return formatBytes(v);
    case 'per-second':
      return formatRate(v);
    default:
      return formatInt(v);
  }
}

function formatFigureChange(f: FigureChange): string {
  if (f.base === f.head) return '–';
  switch (f.unit) {
    case 'ratio':
      return formatPointsChange(f.base, f.head);
    default:
      return formatRelative(f.base, f.head);
  }
}
