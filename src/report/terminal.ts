// The terminal report: compact aligned tables, colour only when the caller asks (the CLI decides from
// TTY / NO_COLOR). Model-controlled text is stripped of control characters so a tensor name cannot
// move the cursor or recolour the terminal.
import { checkReport } from './check-report.js';
import { adviseModel } from './advice.js';
import { truncateMiddle } from './escape.js';
import {
  formatBytes,
  formatBytesChange,
  formatMs,
  formatPercent,
  formatPointsChange,
  formatRelative,
  operatorRef,
  plural,
} from './format.js';
import { anyDram, dramBytes, flashBytes, summaryRows } from './summary-rows.js';
import type { GateReport, ModelComparison, ModelResult, TargetResult } from './types.js';

export interface TerminalOptions {
  color: boolean;
  /** Layers named per target (default 5). */
  topLayers?: number;
  /** CPU operators listed per model before "… and N more" (default 20). */
  cpuOperatorLimit?: number;
  /** Print advice under each model (default true). */
  advice?: boolean;
}

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';
const ANSI: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

/** Removes C0/C1 control characters (ESC included) from untrusted text. */
export function sanitizeTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

/** Visible width: ANSI sequences take no columns. */
function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return Array.from(text.replace(/\u001b\[[0-9;]*m/g, '')).length;
}

function layout(rows: string[][], rightAligned: readonly boolean[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(c))));
  return rows.map((row) =>
    (
      indent +
      row
        .map((c, i) => {
          const pad = ' '.repeat(widths[i] - visibleLength(c));
          return rightAligned[i] ? pad + c : c + pad;
        })
        .join('  ')
    ).trimEnd(),
  );
}

/** Renders a gate report (the `check` output, or a pull-request comparison) for a terminal. */
export function renderTerminal(report: GateReport, opts: TerminalOptions): string {
  const paint = (style: Style, text: string) =>
    opts.color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text;
  const lines: string[] = [];
  const failed = report.findings.length;
  const verdict = !failed
    ? paint('green', '✓ all checks passed')
    : report.informational
      ? paint('yellow', `! ${plural(failed, 'check')} would fail (informational)`)
      : paint('red', `✗ ${plural(failed, 'check')} failed`);
  const name = [report.tool.name, report.tool.version].filter(Boolean).join(' ');
  lines.push(`${paint('bold', name)}  ${verdict}`);
  for (const f of report.findings) {
    const where = `${sanitizeTerminal(f.path)}${f.target ? ` on ${sanitizeTerminal(f.target)}` : ''}`;
    lines.push(`  ${paint(report.informational ? 'yellow' : 'red', '✗')} ${where}: ${sanitizeTerminal(f.message)}`);
  }
  const rows = summaryRows(report);
  for (const m of report.models) {
    lines.push(
      '',
      ...renderModel(
        m,
        rows.filter((r) => r.path === m.path),
        opts,
        paint,
      ),
    );
  }
  return lines.join('\n') + '\n';
}

/** The `check` command's output for plain results (no base, no findings). */
export function renderResultsTerminal(
  results: readonly ModelResult[],
  opts: TerminalOptions & { tool?: GateReport['tool']; targets?: string[] },
): string {
  return renderTerminal(checkReport(results, opts), opts);
}

function renderModel(
  m: ModelComparison,
  rows: ReturnType<typeof summaryRows>,
  opts: TerminalOptions,
  paint: (s: Style, t: string) => string,
): string[] {
  const out: string[] = [];
  const result = m.head ?? m.base;
  const status = m.basePath ? `${m.status} from ${sanitizeTerminal(m.basePath)}` : m.status;
  const tag = m.base || m.status !== 'unchanged' ? paint('dim', ` (${status})`) : '';
  out.push(paint('bold', sanitizeTerminal(m.path)) + tag);
  if (!result) return out;
  if (m.status === 'removed') return [...out, '  removed'];
  if (result.error) {
    return [
      ...out,
      `  ${paint('yellow', sanitizeTerminal(result.error.code))}: ${sanitizeTerminal(result.error.message)}`,
    ];
  }
  const compared = rows.some((r) => r.base && r.head);
  const withDram = anyDram(rows);
  const header = [
    'Target',
    'NPU',
    'CPU',
    'Coverage',
    ...(compared ? ['Δ cov.'] : []),
    'Time',
    ...(compared ? ['Δ time'] : []),
    'SRAM',
    'Flash',
    ...(withDram ? ['DRAM'] : []),
  ];
  const table: string[][] = [header.map((h) => paint('dim', h))];
  for (const r of rows) {
    const t = r.head ?? r.base;
    if (!t) continue;
    const s = r.head?.performance?.summary;
    const b = r.base?.performance?.summary;
    const covChange = r.base && r.head ? formatPointsChange(r.base.npuCoverage, r.head.npuCoverage) : '';
    const timeChange = s && b ? formatRelative(b.inferenceTimeMs, s.inferenceTimeMs) : '';
    const worse = (text: string, bad: boolean) => (text && bad ? paint('red', text) : text);
    const withChange = (now: number | undefined, before: number | undefined) =>
      now !== undefined
        ? formatBytes(now) + (before !== undefined && before !== now ? ` (${formatBytesChange(before, now)})` : '')
        : '–';
    table.push([
      sanitizeTerminal(r.target) + (r.findings.length ? ` ${paint('red', '✗')}` : ''),
      String(t.npuOperators),
      t.cpuOperators ? paint('yellow', String(t.cpuOperators)) : '0',
      formatPercent(t.npuCoverage),
      ...(compared ? [worse(covChange, !!(r.base && r.head && r.head.npuCoverage < r.base.npuCoverage))] : []),
      s ? formatMs(s.inferenceTimeMs) : '–',
      ...(compared ? [worse(timeChange, !!(s && b && s.inferenceTimeMs > b.inferenceTimeMs))] : []),
      withChange(s?.sramUsedBytes, b?.sramUsedBytes),
      withChange(flashBytes(r.head), flashBytes(r.base)),
      ...(withDram ? [withChange(dramBytes(r.head), dramBytes(r.base))] : []),
    ]);
  }
  const right = header.map((_, i) => i > 0);
  out.push(...layout(table, right));

  const targets = rows.map((r) => r.head).filter((t): t is TargetResult => t !== undefined);
  out.push(...cpuOperatorLines(targets, opts, paint));
  for (const t of targets) {
    const layers = [...(t.performance?.layers ?? [])].sort((a, b) => b.cycles - a.cycles).slice(0, opts.topLayers ?? 5);
    if (!layers.length) continue;
    const total = t.performance!.layers.reduce((a, l) => a + l.cycles, 0) || 1;
    const list = layers
      .map(
        (l) =>
          `#${operatorRef(l.subgraph, l.operatorIndex)} ${l.type} ${formatPercent(l.cycles / total)}${l.memoryBound ? ' (memory)' : ''}`,
      )
      .join(', ');
    out.push(`  ${paint('dim', `top layers ${sanitizeTerminal(t.target)}:`)} ${list}`);
  }
  if (opts.advice !== false) {
    const seen = new Set<string>();
    for (const t of targets) {
      for (const a of adviseModel({ result: t, otherTargets: targets.filter((o) => o !== t) })) {
        if (a.severity === 'info' || seen.has(a.id)) continue;
        seen.add(a.id);
        out.push(`  ${paint('yellow', '!')} ${sanitizeTerminal(a.message)}`);
      }
    }
  }
  return out;
}

/** CPU operators once per operator, with the targets that put it there and the reason. */
function cpuOperatorLines(
  targets: TargetResult[],
  opts: TerminalOptions,
  paint: (s: Style, t: string) => string,
): string[] {
  const byOp = new Map<string, { label: string; reasons: Map<string, string[]> }>();
  for (const t of targets) {
    for (const o of t.operators) {
      if (o.placement !== 'CPU') continue;
      const key = `${o.subgraph}:${o.index}`;
      const entry = byOp.get(key) ?? {
        label: `#${o.subgraph ? key : o.index} ${o.type}${o.name ? ` ${truncateMiddle(sanitizeTerminal(o.name), 50)}` : ''}`,
        reasons: new Map<string, string[]>(),
      };
      const reason = sanitizeTerminal(o.reasons.map((r) => r.message).join('; ') || 'no reason given');
      entry.reasons.set(reason, [...(entry.reasons.get(reason) ?? []), t.target]);
      byOp.set(key, entry);
    }
  }
  if (!byOp.size) return [];
  const limit = opts.cpuOperatorLimit ?? 20;
  const lines = [`  ${paint('yellow', `CPU operators (${byOp.size}):`)}`];
  for (const { label, reasons } of [...byOp.values()].slice(0, limit)) {
    const why = [...reasons.entries()]
      .map(([reason, ts]) =>
        reasons.size > 1 || ts.length < targets.length ? `${reason} [${ts.map(sanitizeTerminal).join(', ')}]` : reason,
      )
      .join(' | ');
    lines.push(`    ${label}: ${why}`);
  }
  if (byOp.size > limit) lines.push(`    … and ${byOp.size - limit} more`);
  return lines;
}
