// The verdict: each analysed model (and its base version, when there is one) against the thresholds
// that apply to its path. Pure: results in, findings out.
import type { GateFinding, ModelComparison, ModelResult, PerfSummary, TargetResult } from '../report/types.js';
import { settingsFor, type GateConfig, type GateSettings } from './config.js';
import { formatBytes, formatMs } from '../report/format.js';
import { formatPercent } from './thresholds.js';

export interface GateVerdict {
  findings: GateFinding[];
  /** The findings on paths that are not informational: these fail the gate. */
  blocking: GateFinding[];
  /** Thresholds that could not be checked, and why (e.g. no performance estimate on a target). */
  notes: string[];
}

// Coverage and ratios are compared with a little slack so that 0.95 vs 19/20 is not a failure by rounding.
const EPS = 1e-9;
const MAX_LISTED_OPS = 5;

/** Error codes that mean "reported, not analysed" rather than "unreadable". */
const NOT_A_FAILURE = new Set(['vela-compiled']);
/** The base error code the action sets when base and head figures came from different engines or versions. */
export const ENGINE_MISMATCH = 'engine-mismatch';

export function evaluateGate(models: readonly ModelComparison[], config: GateConfig): GateVerdict {
  const verdict: GateVerdict = { findings: [], blocking: [], notes: [] };
  for (const m of models) {
    if (m.status === 'removed' || !m.head) continue;
    const settings = settingsFor(config, m.path);
    const found = evaluateModel(m, settings, verdict.notes);
    if (settings.informational) for (const f of found) f.message += ' (informational for this path)';
    else verdict.blocking.push(...found);
    verdict.findings.push(...found);
  }
  return verdict;
}

function evaluateModel(m: ModelComparison, s: GateSettings, notes: string[]): GateFinding[] {
  const head = m.head as ModelResult;
  const findings: GateFinding[] = [];
  const add = (rule: GateFinding['rule'], message: string, target?: string) =>
    findings.push({ path: m.path, ...(target ? { target } : {}), rule, message });

  if (head.error) {
    if (NOT_A_FAILURE.has(head.error.code)) notes.push(`${m.path}: ${head.error.message}`);
    else if (s.failOnError) add('model-error', `cannot be analysed (${head.error.code}): ${head.error.message}`);
    else notes.push(`${m.path}: cannot be analysed (${head.error.code}), not failing: fail-on-error is false`);
    return findings;
  }
  if (m.base?.error?.code === ENGINE_MISMATCH) {
    // Figures from two engines differ by design: comparing them would report noise as a regression.
    if (s.failOnError) add('model-error', `base and head cannot be compared: ${m.base.error.message}`);
    else notes.push(`${m.path}: ${m.base.error.message}; thresholds versus base skipped (fail-on-error is false)`);
  }
  const base = usableBase(m, notes);
  for (const t of head.targets) {
    const b = base?.targets.find((x) => x.target === t.target);
    if (s.minNpuCoverage !== undefined && t.npuCoverage + EPS < s.minNpuCoverage)
      add(
        'min-npu-coverage',
        `NPU coverage ${formatPercent(t.npuCoverage)} (${t.npuOperators}/${t.npuOperators + t.cpuOperators} operators) ` +
          `is below the minimum ${formatPercent(s.minNpuCoverage)}`,
        t.target,
      );
    if (b && s.maxCoverageDrop !== undefined && b.npuCoverage - t.npuCoverage > s.maxCoverageDrop + EPS)
      add(
        'max-coverage-drop',
        `NPU coverage fell from ${formatPercent(b.npuCoverage)} to ${formatPercent(t.npuCoverage)} ` +
          `(-${points(b.npuCoverage - t.npuCoverage)} pp; allowed ${points(s.maxCoverageDrop)} pp)`,
        t.target,
      );
    // An added model's CPU operators are all new to the repository; a model without a base (mode: all) has nothing to compare.
    if (s.failOnNewCpuOps && (b || m.status === 'added')) {
      const fresh = newCpuOperators(t, b);
      if (fresh.length)
        add(
          'new-cpu-ops',
          `${fresh.length} operator${fresh.length > 1 ? 's' : ''} newly on the CPU: ` +
            fresh
              .slice(0, MAX_LISTED_OPS)
              .map((o) => `${o.type}${o.name ? ` "${o.name}"` : ''}${o.reasons[0] ? ` (${o.reasons[0].message})` : ''}`)
              .join('; ') +
            (fresh.length > MAX_LISTED_OPS ? `; and ${fresh.length - MAX_LISTED_OPS} more` : ''),
          t.target,
        );
    }
    if (b) comparePerformance(m.path, t, b, s, add, notes);
  }
  return findings;
}

/** The base result when it can be compared; otherwise a note saying why not. */
function usableBase(m: ModelComparison, notes: string[]): ModelResult | undefined {
  if (!m.base) return undefined;
  if (m.base.error) {
    if (m.base.error.code === ENGINE_MISMATCH) return undefined;
    notes.push(`${m.path}: the base version cannot be analysed (${m.base.error.code}); thresholds versus base skipped`);
    return undefined;
  }
  return m.base;
}

type OperatorOf = TargetResult['operators'][number];

/** CPU operators of head that base did not already run on the CPU, matched by type and output name (a multiset). */
export function newCpuOperators(head: TargetResult, base: TargetResult | undefined): OperatorOf[] {
  const known = new Map<string, number>();
  for (const o of base?.operators ?? []) if (o.placement === 'CPU') known.set(opKey(o), (known.get(opKey(o)) ?? 0) + 1);
  const fresh: OperatorOf[] = [];
  for (const o of head.operators) {
    if (o.placement !== 'CPU') continue;
    const left = known.get(opKey(o)) ?? 0;
    if (left > 0) known.set(opKey(o), left - 1);
    else fresh.push(o);
  }
  return fresh;
}

const opKey = (o: OperatorOf) => `${o.type}\u0000${o.name}`;

interface Metric {
  rule: 'max-latency-increase' | 'max-sram-increase' | 'max-flash-increase' | 'max-dram-increase';
  label: string;
  limit: (s: GateSettings) => number | undefined;
  value: (p: PerfSummary) => number;
  format: (v: number) => string;
}

const METRICS: Metric[] = [
  {
    rule: 'max-latency-increase',
    label: 'inference time',
    limit: (s) => s.maxLatencyIncrease,
    value: (p) => p.inferenceTimeMs,
    format: formatMs,
  },
  {
    rule: 'max-sram-increase',
    label: 'SRAM use',
    limit: (s) => s.maxSramIncrease,
    value: (p) => p.sramUsedBytes,
    format: formatBytes,
  },
  {
    rule: 'max-flash-increase',
    label: 'flash use',
    limit: (s) => s.maxFlashIncrease,
    value: (p) => p.onChipFlashUsedBytes + p.offChipFlashUsedBytes,
    format: formatBytes,
  },
  {
    // Dedicated_Sram systems (U65, U85 by default) keep the weights in DRAM, not flash.
    rule: 'max-dram-increase',
    label: 'DRAM use',
    limit: (s) => s.maxDramIncrease,
    value: (p) => p.dramUsedBytes,
    format: formatBytes,
  },
];

function comparePerformance(
  path: string,
  head: TargetResult,
  base: TargetResult,
  s: GateSettings,
  add: (rule: GateFinding['rule'], message: string, target?: string) => void,
  notes: string[],
) {
  const wanted = METRICS.filter((m) => m.limit(s) !== undefined);
  if (!wanted.length) return;
  if (!head.performance || !base.performance) {
    notes.push(
      `${path} on ${head.target}: no performance estimate, so ${wanted.map((m) => m.rule).join(', ')} ` +
        'did not apply',
    );
    return;
  }
  for (const m of wanted) {
    const before = m.value(base.performance.summary);
    const after = m.value(head.performance.summary);
    const limit = m.limit(s) as number;
    const increase = before > 0 ? (after - before) / before : after > 0 ? Infinity : 0;
    if (increase > limit + EPS)
      add(
        m.rule,
        `${m.label} rose from ${m.format(before)} to ${m.format(after)} ` +
          `(${Number.isFinite(increase) ? `+${formatPercent(increase)}` : 'from nothing'}; allowed ${formatPercent(limit)})`,
        head.target,
      );
  }
}

/** Percentage points with at most one decimal: 0.2 -> "20", 0.125 -> "12.5". */
function points(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10);
}
