// The report of a plain `check` (no base, no thresholds), whatever it is rendered as: every model as unchanged, and
// a model that could not be analysed as the one failing check (an already-compiled one is a note, not a failure).
import type { GateReport, ModelResult } from './types.js';

export function checkReport(
  results: readonly ModelResult[],
  opts: { tool?: GateReport['tool']; targets?: string[] } = {},
): GateReport {
  return {
    schemaVersion: 1,
    tool: opts.tool ?? { name: 'ethos-gate', version: '', engine: 'builtin', engineVersion: '' },
    targets: opts.targets ?? [...new Set(results.flatMap((r) => r.targets.map((t) => t.target)))],
    models: results.map((r) => ({ path: r.path, status: 'unchanged', head: r })),
    findings: results
      .filter((r) => r.error && !r.velaCompiled)
      .map((r) => ({ path: r.path, rule: 'model-error' as const, message: `${r.error!.code}: ${r.error!.message}` })),
    regressed: false,
    informational: false,
  };
}
