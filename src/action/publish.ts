// Everything the run leaves behind on the runner: report files, step outputs, the job summary and
// annotations. The comment and the check run live in their own modules.
import * as core from '@actions/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateFinding, GateReport, TargetResult } from '../report/types.js';
import { escapeMarkdown } from '../report/escape.js';

export interface ReportFiles {
  dir: string;
  reportPath: string;
  markdownPath: string;
}

/** Writes report.json and report.md into a fresh folder under RUNNER_TEMP (one per step: a job may run the gate twice). */
export function writeReportFiles(report: GateReport, markdown: string): ReportFiles {
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'ethos-gate-'));
  const files = { dir, reportPath: join(dir, 'report.json'), markdownPath: join(dir, 'report.md') };
  writeFileSync(files.reportPath, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(files.markdownPath, markdown);
  return files;
}

/** model -> target -> value, for the `npu-coverage` and `latency-ms` outputs (head results only). */
export function perModelTarget(report: GateReport, pick: (t: TargetResult) => number | undefined) {
  const out: Record<string, Record<string, number>> = {};
  for (const m of report.models) {
    if (!m.head) continue;
    const row: Record<string, number> = {};
    for (const t of m.head.targets) {
      const v = pick(t);
      if (v !== undefined) row[t.target] = v;
    }
    out[m.path] = row;
  }
  return out;
}

export function setOutputs(report: GateReport, files: ReportFiles | undefined, commentId: number | undefined): void {
  if (files) {
    core.setOutput('report-path', files.reportPath);
    core.setOutput('markdown-path', files.markdownPath);
  }
  core.setOutput('regressed', String(report.regressed));
  core.setOutput('npu-coverage', JSON.stringify(perModelTarget(report, (t) => t.npuCoverage)));
  core.setOutput('latency-ms', JSON.stringify(perModelTarget(report, (t) => t.performance?.summary.inferenceTimeMs)));
  core.setOutput('comment-id', commentId === undefined ? '' : String(commentId));
}

/** One annotation per failing model, on the model file: errors when they fail the run, warnings when they only inform. */
export function annotate(findings: readonly GateFinding[], blocking: ReadonlySet<GateFinding>): void {
  const byPath = new Map<string, GateFinding[]>();
  for (const f of findings) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  for (const [path, list] of byPath) {
    const fails = list.some((f) => blocking.has(f));
    const text = list.map((f) => `${f.target ? `${f.target}: ` : ''}${f.message} [${f.rule}]`).join('\n');
    const rules = [...new Set(list.map((f) => f.rule))].join(', ');
    const props = { file: path, title: `ethos-gate: ${fails ? 'fails' : 'would fail'} ${rules}` };
    if (fails) core.error(text, props);
    else core.warning(text, props);
  }
}

/** The full report in the job summary (shown on the run's page even when no comment can be posted). */
export async function writeJobSummary(markdown: string, notes: readonly string[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const extra = notes.length
    ? `\n\n<details><summary>Notes</summary>\n\n${notes.map((n) => `- ${escapeMarkdown(n)}`).join('\n')}\n\n</details>\n`
    : '';
  await core.summary.addRaw(markdown + extra).write();
}

/**
 * Uploads report.json as an artifact for the comment-from-report workflow. Best effort: without the
 * runner's artifact service (e.g. on a self-hosted runner without it) the job summary still has it all.
 */
export async function uploadReportArtifact(name: string, files: ReportFiles): Promise<void> {
  try {
    // Loaded on demand: the artifact client is most of the bundle and most runs never need it.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().uploadArtifact(name, [files.reportPath], files.dir, { retentionDays: 7 });
    core.info(`Uploaded the report as artifact "${name}".`);
  } catch (e) {
    core.warning(`Could not upload the report artifact "${name}": ${(e as Error).message}`);
  }
}
