// mode: comment-from-report, for a `workflow_run` workflow. It never checks out or runs the pull
// request's code: it downloads the report the gate run uploaded, checks that the report belongs to the
// run and to the pull request it names, and posts it with this workflow's write token.
import * as core from '@actions/core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { parseGateReport } from '../gate/report.js';
import { GateConfigError } from '../gate/thresholds.js';
import type { GateReport } from '../report/types.js';
import { publishComment } from './comment.js';
import type { RunContext } from './event.js';
import { GitHubApi } from './github.js';
import type { ActionInputs } from './inputs.js';
import { setOutputs } from './publish.js';
import { publishCheckRun, renderComment } from './run-gate.js';

/** Reports larger than this are refused: a real one is a few hundred KiB. */
const MAX_REPORT_BYTES = 50 * 1024 * 1024;

interface WorkflowRun {
  id: number;
  head_sha?: string;
  html_url?: string;
}

export async function runCommentFromReport(inputs: ActionInputs, ctx: RunContext): Promise<void> {
  if (!inputs.token) throw new GateConfigError('github-token', 'is required by mode: comment-from-report');
  const api = new GitHubApi(inputs.token, ctx.apiUrl, ctx.repo);
  const run = ctx.payload.workflow_run as WorkflowRun | undefined;
  let text: string;
  let source: string;
  if (inputs.reportFile) {
    source = inputs.reportFile;
    text = readFileSync(isAbsolute(source) ? source : join(ctx.workspace, source), 'utf8');
  } else {
    if (!run || typeof run.id !== 'number')
      throw new GateConfigError('mode', 'comment-from-report needs a workflow_run event (or the `report` input)');
    const downloaded = await downloadReport(inputs, ctx, run.id);
    if (downloaded === undefined) {
      core.info(
        `Run ${run.id} left no "${inputs.reportArtifact}" artifact: the gate commented itself, or did not run. Nothing to post.`,
      );
      return;
    }
    text = downloaded;
    source = `artifact "${inputs.reportArtifact}" of run ${run.id}`;
  }
  const report = parseGateReport(text, source);
  const pr = report.pullRequest;
  if (!pr) {
    core.info(`${source} is not about a pull request; nothing to post.`);
    return;
  }
  const repository = `${ctx.repo.owner}/${ctx.repo.repo}`;
  if (pr.repository.toLowerCase() !== repository.toLowerCase())
    throw new Error(`${source} is for ${pr.repository}, not ${repository}: refusing to post it`);
  if (run?.head_sha && run.head_sha !== pr.headSha)
    throw new Error(`${source} names head ${pr.headSha}, but the run was for ${run.head_sha}: refusing to post it`);
  const live = await api.pullRequest(pr.number);
  if (live.headSha !== pr.headSha) {
    // A newer push has its own gate run coming; an old report must not overwrite the current one.
    core.warning(
      `Pull request #${pr.number} is now at ${live.headSha}, the report is for ${pr.headSha}: not posting a stale report.`,
    );
    return;
  }
  const markdown = renderReport(report, inputs.checkName, run?.html_url);
  let commentId: number | undefined;
  if (inputs.comment !== 'off') {
    const result = await publishComment(api, pr.number, markdown, inputs.comment);
    commentId = result.id;
    core.info(`Comment ${result.id} on #${pr.number} ${result.action}.`);
  }
  // The verdict was the gate run's; this workflow only carries it (a fork's run cannot publish checks).
  if (inputs.checkRun)
    await publishCheckRun(
      api,
      inputs.checkName,
      pr.headSha,
      report,
      report.regressed && !report.informational,
      markdown,
    );
  setOutputs(report, undefined, commentId);
}

function renderReport(report: GateReport, checkName: string, runUrl: string | undefined): string {
  try {
    return renderComment(report, checkName, runUrl);
  } catch (e) {
    throw new Error(`the report cannot be rendered (malformed contents): ${(e as Error).message}`, { cause: e });
  }
}

async function downloadReport(inputs: ActionInputs, ctx: RunContext, runId: number): Promise<string | undefined> {
  const { DefaultArtifactClient, ArtifactNotFoundError } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = {
    token: inputs.token,
    workflowRunId: runId,
    repositoryOwner: ctx.repo.owner,
    repositoryName: ctx.repo.repo,
  };
  let artifact;
  try {
    ({ artifact } = await client.getArtifact(inputs.reportArtifact, { findBy }));
  } catch (e) {
    if (e instanceof ArtifactNotFoundError) return undefined;
    throw e;
  }
  if (artifact.size > MAX_REPORT_BYTES)
    throw new Error(`artifact "${artifact.name}" is ${artifact.size} bytes: too large for a report`);
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'ethos-gate-report-'));
  const { digestMismatch } = await client.downloadArtifact(artifact.id, {
    path: dir,
    findBy,
    ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
  });
  if (digestMismatch) throw new Error(`artifact "${artifact.name}" does not match its digest ${artifact.digest}`);
  return readFileSync(join(dir, 'report.json'), 'utf8');
}
