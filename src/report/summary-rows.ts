// The per (model, target) facts every summary shows: head and base figures, findings and status.
// Shared by the markdown and terminal reports so both say the same thing.
import type { ChangeStatus, GateFinding, GateReport, ModelComparison, ModelResult, TargetResult } from './types.js';

export interface SummaryRow {
  path: string;
  target: string;
  status: ChangeStatus;
  head?: TargetResult;
  base?: TargetResult;
  /** The model's own error (head first, else base). */
  error?: ModelResult['error'];
  findings: GateFinding[];
}

/** Flash the model's constant data occupies: on-chip plus off-chip flash. */
export function flashBytes(t: TargetResult | undefined): number | undefined {
  const s = t?.performance?.summary;
  return s ? s.onChipFlashUsedBytes + s.offChipFlashUsedBytes : undefined;
}

/** The models a report shows: the head result, or the base one for a removed model. */
export function shownResult(m: ModelComparison): ModelResult | undefined {
  return m.head ?? m.base;
}

/** DRAM the model uses (Dedicated_Sram keeps weights and spilled feature maps there; 0 in Shared_Sram). */
export function dramBytes(t: TargetResult | undefined): number | undefined {
  return t?.performance?.summary.dramUsedBytes;
}

/** Whether any row uses DRAM, head or base: only then do the summary tables give it a column. */
export function anyDram(rows: readonly SummaryRow[]): boolean {
  return rows.some((r) => (dramBytes(r.head) ?? 0) > 0 || (dramBytes(r.base) ?? 0) > 0);
}

/** Target ids of a model in report order, then any the report's list does not name. */
export function modelTargets(report: GateReport, m: ModelComparison): string[] {
  const ids = new Set<string>();
  for (const r of [m.head, m.base]) for (const t of r?.targets ?? []) ids.add(t.target);
  const ordered = report.targets.filter((t) => ids.has(t));
  for (const t of ids) if (!ordered.includes(t)) ordered.push(t);
  return ordered;
}

export function summaryRows(report: GateReport): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const m of report.models) {
    const findings = report.findings.filter(
      (f) => f.path === m.path || (m.basePath !== undefined && f.path === m.basePath),
    );
    const error = m.head?.error ?? (m.head ? undefined : m.base?.error);
    const targets = modelTargets(report, m);
    if (!targets.length) {
      rows.push({ path: m.path, target: '', status: m.status, error, findings });
      continue;
    }
    for (const target of targets) {
      rows.push({
        path: m.path,
        target,
        status: m.status,
        head: m.head?.targets.find((t) => t.target === target),
        base: m.base?.targets.find((t) => t.target === target),
        error,
        findings: findings.filter((f) => f.target === undefined || f.target === target),
      });
    }
  }
  return rows;
}

/** Headline counts for the verdict line. */
export function countModels(report: GateReport): Record<ChangeStatus, number> & { errors: number } {
  const counts = { added: 0, modified: 0, renamed: 0, removed: 0, unchanged: 0, errors: 0 };
  for (const m of report.models) {
    counts[m.status]++;
    if (m.head?.error) counts.errors++;
  }
  return counts;
}
