// Assembles the GateReport (the JSON contract every renderer and the comment-from-report workflow read).
import type { GateFinding, GateReport, ModelComparison } from '../report/types.js';
import type { GateConfig } from './config.js';
import { evaluateGate } from './evaluate.js';

export interface GateReportInput {
  version: string;
  /** The engine behind the figures (default: the built-in one). */
  engine?: 'builtin' | 'vela';
  engineVersion: string;
  targets: string[];
  models: ModelComparison[];
  config: GateConfig;
  pullRequest?: GateReport['pullRequest'];
}

export interface GateOutcome {
  report: GateReport;
  notes: string[];
  /** Findings that count against the gate (those on informational paths do not). */
  blocking: GateFinding[];
  /** The check fails: a threshold failed on a path that is not informational. */
  failed: boolean;
}

export function buildGateReport(input: GateReportInput): GateOutcome {
  const verdict = evaluateGate(input.models, input.config);
  const report: GateReport = {
    schemaVersion: 1,
    tool: {
      name: 'ethos-gate',
      version: input.version,
      engine: input.engine ?? 'builtin',
      engineVersion: input.engineVersion,
    },
    targets: input.targets,
    models: input.models,
    findings: verdict.findings,
    // A threshold failed somewhere, even where it only informs; `failed` says whether the check fails.
    regressed: verdict.findings.length > 0,
    informational: input.config.defaults.informational,
    ...(input.pullRequest ? { pullRequest: input.pullRequest } : {}),
  };
  return { report, notes: verdict.notes, blocking: verdict.blocking, failed: verdict.blocking.length > 0 };
}

/** A report file that is not an ethos-gate report this version can read. */
export class ReportFileError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ReportFileError';
  }
}

const CHANGE_STATUSES = new Set(['added', 'modified', 'renamed', 'removed', 'unchanged']);

/**
 * Reads a report made by another workflow run. The comment-from-report workflow runs with a write
 * token on data a pull request's code could have shaped, so the structure is checked before use.
 */
export function parseGateReport(text: string, file: string): GateReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ReportFileError(file, `not JSON: ${(e as Error).message}`);
  }
  const fail = (detail: string): never => {
    throw new ReportFileError(file, detail);
  };
  const r = doc as Partial<GateReport> | null;
  if (typeof r !== 'object' || r === null) return fail('not a JSON object');
  if (r.schemaVersion !== 1) fail(`schemaVersion ${JSON.stringify(r.schemaVersion)} is not 1`);
  if (r.tool?.name !== 'ethos-gate') fail('not an ethos-gate report (tool.name)');
  if (!Array.isArray(r.targets) || !r.targets.every((t) => typeof t === 'string'))
    fail('targets must be a list of names');
  if (!Array.isArray(r.findings)) fail('findings must be a list');
  if (typeof r.regressed !== 'boolean' || typeof r.informational !== 'boolean')
    fail('regressed and informational must be true or false');
  if (!Array.isArray(r.models)) return fail('models must be a list');
  for (const [i, m] of r.models.entries()) {
    if (typeof m?.path !== 'string' || !CHANGE_STATUSES.has(m.status))
      fail(`models[${i}] needs a path and a known status`);
    for (const side of [m.head, m.base])
      if (side !== undefined && (typeof side !== 'object' || side === null || !Array.isArray(side.targets)))
        fail(`models[${i}]: a result without a targets list`);
  }
  const pr = r.pullRequest;
  if (pr !== undefined) {
    if (!Number.isSafeInteger(pr.number) || pr.number <= 0) fail('pullRequest.number must be a positive integer');
    if (typeof pr.repository !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(pr.repository))
      fail('pullRequest.repository must be owner/name');
    if (typeof pr.headSha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(pr.headSha))
      fail('pullRequest.headSha must be a commit sha');
  }
  return r as GateReport;
}
