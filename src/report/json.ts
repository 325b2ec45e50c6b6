// Machine-readable reports. Two shapes, both described by schemas/ethos-gate-report.schema.json:
// - the gate report (GateReport as data) the action writes as its artifact and passes between workflows;
// - `check --format json`: the analysed models, with each target's performance flattened into the
//   target object (`summary`, `layers`) as the CLI contract names them.
import type { GateReport, LayerPerf, ModelResult, PerfSummary, TargetResult } from './types.js';

/** The `$id` of schemas/ethos-gate-report.schema.json. */
export const REPORT_SCHEMA_ID = 'https://github.com/ethos-gate/ethos-gate/schemas/ethos-gate-report.schema.json';

export interface CheckTargetJson extends Omit<TargetResult, 'performance'> {
  /** Network figures (absent when only compatibility was asked for). */
  summary?: PerfSummary;
  /** Per-layer cost of the NPU operators. */
  layers?: LayerPerf[];
  /** CPU operators with their MACs (Vela gives them no time). */
  cpuLayers?: { subgraph: number; operatorIndex: number; type: string; macs: number }[];
}

export interface CheckModelJson extends Omit<ModelResult, 'targets'> {
  targets: CheckTargetJson[];
}

export interface CheckJson {
  schemaVersion: 1;
  kind: 'check';
  tool?: GateReport['tool'];
  models: CheckModelJson[];
}

export function toCheckTarget(t: TargetResult): CheckTargetJson {
  const { performance, ...rest } = t;
  if (!performance) return rest;
  return { ...rest, summary: performance.summary, layers: performance.layers, cpuLayers: performance.cpuOperators };
}

/** `check --format json`: every model with its targets; performance flattened into each target. */
export function toCheckJson(results: readonly ModelResult[], tool?: GateReport['tool']): CheckJson {
  return {
    schemaVersion: 1,
    kind: 'check',
    ...(tool ? { tool } : {}),
    models: results.map(({ targets, ...model }) => ({ ...model, targets: targets.map(toCheckTarget) })),
  };
}

/** The gate report as data (it already is plain data; this fixes the field order for stable diffs). */
export function toReportJson(report: GateReport): GateReport {
  return {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    targets: report.targets,
    regressed: report.regressed,
    informational: report.informational,
    findings: report.findings,
    models: report.models,
    ...(report.pullRequest ? { pullRequest: report.pullRequest } : {}),
  };
}

/** Pretty JSON text with a trailing newline; non-finite numbers (never expected) become null, as JSON requires. */
export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
