// mode: changed | all. Finds the models (this shard's share of them, with `shard`), analyses head (and
// base) versions, evaluates the thresholds and publishes the verdict: files, outputs, job summary,
// annotations, the sticky comment, a check run. A shard only uploads its report; `merge` gives the verdict.
import * as core from '@actions/core';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { applySettings, DEFAULT_SETTINGS, parseGateConfig, type GateConfig } from '../gate/config.js';
import { modelMatcher, selectChangedModels, type ModelChange } from '../gate/changes.js';
import { buildGateReport, type GateOutcome } from '../gate/report.js';
import { assignShards, selectionDigest, type ShardSpec } from '../gate/shard.js';
import { GateConfigError } from '../gate/thresholds.js';
import { renderMarkdown } from '../report/markdown.js';
import type { GateReport, ModelComparison } from '../report/types.js';
import type { TargetProfile } from '../targets/types.js';
import { analyzeChanges, toolFor } from './analyze.js';
import { publishComment } from './comment.js';
import type { RunContext } from './event.js';
import { GitHubApi, httpStatus } from './github.js';
import type { ActionInputs } from './inputs.js';
import { allModels, BaseReader, changedFiles } from './models.js';
import { annotate, setOutputs, uploadReportArtifact, writeJobSummary, writeReportFiles } from './publish.js';
import { loadTargets } from './targets.js';
import { publishShard } from './shard.js';
import { DEFAULT_RETRY } from './retry.js';
import { ArtifactOutputs } from './artifacts.js';
import { loadOptimizer, optimizeModels, type Optimizer } from './optimize.js';
import { quantizeModels } from './quantize.js';
import type { LfsAuth } from '../io/git.js';
import { appendSections, type ExtraSection } from './sections.js';

export const FORK_HELP =
  'The token cannot write to this pull request (pull requests from forks get a read-only token). ' +
  'The report is in the job summary and in the artifact "%s". To comment anyway, add a second workflow ' +
  'on `workflow_run` that runs this action with `mode: comment-from-report` (see the README: fork-safe setup).';

/** Runs the gate; returns true when the check should fail. */
export async function runGate(inputs: ActionInputs, ctx: RunContext): Promise<boolean> {
  const config = loadConfig(inputs, ctx.workspace);
  const targets = loadTargets(inputs.targets, inputs.targetFiles, ctx.workspace);
  const api = apiFor(inputs, ctx);
  // Parsed before any analysis: a bad setting fails at once. Loaded only when asked for.
  const optimizer = inputs.optimize ? await loadOptimizer(inputs.optimize) : undefined;
  const isModel = modelMatcher(inputs.models);

  const lfsAuth = lfsAuthOf(inputs, ctx);
  let changes: ModelChange[];
  let base: BaseReader | undefined;
  // A merge queue's group is checked against the commit it will be merged onto, through git.
  const baseSha = ctx.pull?.baseSha ?? ctx.mergeGroup?.baseSha ?? ctx.pushBefore;
  if (inputs.mode === 'changed' && baseSha) {
    const { files, source } = await changedFiles(ctx, api, baseSha);
    changes = selectChangedModels(files, isModel);
    base = new BaseReader(ctx.workspace, api, baseSha, lfsAuth);
    core.info(`${changes.length} changed model(s) among ${files.length} changed file(s), from ${source}.`);
  } else {
    if (inputs.mode === 'changed')
      core.info(`No base commit in a "${ctx.eventName}" event: checking every matching model (mode: all).`);
    changes = allModels(ctx.workspace, isModel);
    core.info(`${changes.length} model(s) match ${inputs.models.join(', ')}.`);
  }
  const selection = { models: changes.length, digest: selectionDigest(changes) };
  if (inputs.shard) {
    changes = shardOf(changes, inputs.shard, ctx.workspace);
    core.info(`Shard ${inputs.shard.index}/${inputs.shard.total}: ${changes.length} of ${selection.models} model(s).`);
  }

  const models = await analyzeChanges(changes, ctx.workspace, targets, base, inputs.engine, lfsAuth);
  const extras = await optimizeAndQuantize(inputs, ctx, models, targets, optimizer);
  const tool = toolFor(models);
  const outcome = buildGateReport({
    version: tool.version,
    engine: tool.engine,
    engineVersion: tool.engineVersion,
    targets: targets.map((t) => t.id),
    models,
    config,
    ...(ctx.pull ? { pullRequest: pullRequestOf(ctx) } : {}),
  });
  if (inputs.shard) {
    await publishShard(inputs, ctx, inputs.shard, outcome.report, selection, extras);
    return false;
  }
  return publishVerdict(inputs, ctx, api, outcome, extras);
}

/**
 * `optimize:` and `quantize:` on the analysed head models: their files go to the `optimized-path` folder and
 * the artifacts; their sections follow the gate report. Neither touches the GateReport or the verdict.
 */
async function optimizeAndQuantize(
  inputs: ActionInputs,
  ctx: RunContext,
  models: ModelComparison[],
  targets: TargetProfile[],
  optimizer: Optimizer | undefined,
): Promise<ExtraSection[]> {
  if (!optimizer && !inputs.quantize) return [];
  const outputs = new ArtifactOutputs(ctx);
  // Artifact names must be unique in the run: jobs of a matrix differ by check name or targets.
  const salt = `${inputs.checkName}\n${targets.map((t) => t.id).join(',')}`;
  const sections: ExtraSection[] = [];
  const lfsAuth = lfsAuthOf(inputs, ctx);
  if (inputs.quantize)
    sections.push(...(await quantizeModels(models, targets, inputs.engine, ctx.workspace, outputs, salt, lfsAuth)));
  if (optimizer)
    sections.push(...(await optimizeModels(optimizer, models, targets, ctx.workspace, outputs, salt, lfsAuth)));
  if (!sections.length)
    sections.push({
      levels: [
        [optimizer ? 'No model to optimise.' : '', inputs.quantize ? 'No float model to quantize.' : '']
          .filter(Boolean)
          .join(' '),
      ],
    });
  core.setOutput('optimized-path', outputs.used ? outputs.dir : '');
  return sections;
}

export function apiFor(inputs: ActionInputs, ctx: RunContext): GitHubApi | undefined {
  return inputs.token
    ? new GitHubApi(inputs.token, ctx.apiUrl, ctx.repo, { ...DEFAULT_RETRY, timeoutMs: inputs.apiTimeoutMs })
    : undefined;
}

export function pullRequestOf(ctx: RunContext): NonNullable<GateReport['pullRequest']> {
  const pull = ctx.pull as NonNullable<RunContext['pull']>;
  return {
    number: pull.number,
    repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
    headSha: pull.headSha,
    baseSha: pull.baseSha,
  };
}

/** This shard's models: each model weighs its head bytes, twice when its base is analysed too. */
function shardOf(changes: readonly ModelChange[], shard: ShardSpec, workspace: string): ModelChange[] {
  const items = changes.map((c) => {
    let size = 0;
    try {
      if (c.status !== 'removed') size = lstatSync(join(workspace, c.path)).size;
    } catch {
      // Missing in the workspace: reported as such, at no cost.
    }
    return { path: c.path, weight: c.status === 'modified' || c.status === 'renamed' ? 2 * size : size };
  });
  const assigned = assignShards(items, shard.total);
  return changes.filter((c) => assigned.get(c.path) === shard.index);
}

/**
 * The verdict of a whole run (unsharded, or merged from the shards): files, outputs, job summary,
 * annotations, the sticky comment and the check run. Returns true when the check should fail.
 */
export async function publishVerdict(
  inputs: ActionInputs,
  ctx: RunContext,
  api: GitHubApi | undefined,
  outcome: GateOutcome,
  extras: readonly ExtraSection[] = [],
): Promise<boolean> {
  const { report, notes } = outcome;
  for (const n of notes) core.info(`Note: ${n}`);

  const runUrl = runPageUrl(ctx);
  // The comment sheds detail to fit GitHub's limit (the extra sections first); the job summary and report.md get it all.
  const markdown = appendSections(
    (max) => renderComment(report, inputs.checkName, runUrl, max),
    extras,
    CHECK_SUMMARY_LIMIT,
  );
  const full = appendSections(
    (max) => renderMarkdown(report, { ...markerOption(inputs.checkName), maxLength: max }),
    extras,
    JOB_SUMMARY_LIMIT,
  );
  const files = writeReportFiles(report, full);
  await writeJobSummary(full, notes);
  annotate(report.findings, new Set(outcome.blocking));

  let commentId: number | undefined;
  // Without a comment, the report travels as an artifact to a comment-from-report workflow.
  let uploadArtifact = Boolean(ctx.pull) && inputs.comment === 'off';
  if (ctx.pull && api && inputs.comment !== 'off') {
    try {
      const result = await publishComment(api, ctx.pull.number, markdown, inputs.comment);
      commentId = result.id;
      core.info(
        `Comment ${result.id} ${result.action}${result.removed ? `, ${result.removed} duplicate(s) removed` : ''}.`,
      );
    } catch (e) {
      // The verdict stands without a comment: the job summary and annotations carry it.
      if (httpStatus(e) === 403) core.warning(FORK_HELP.replace('%s', inputs.reportArtifact));
      else core.warning(`Could not post the pull-request comment: ${(e as Error).message}`);
      uploadArtifact = true;
    }
  }
  if (uploadArtifact) await uploadReportArtifact(inputs.reportArtifact, files);

  if (inputs.checkRun && api)
    await publishCheckRun(api, inputs.checkName, ctx.pull?.headSha ?? ctx.sha, report, outcome.failed, markdown);
  setOutputs(report, files, commentId);
  return outcome.failed;
}

/** GitHub's limits: a check-run summary holds 65,535 characters (a comment one more), a job summary 1 MiB. */
const CHECK_SUMMARY_LIMIT = 65_535;
const JOB_SUMMARY_LIMIT = 1_000_000;

/** The default gate keeps the plain marker; other check names get their own comment. */
const markerOption = (checkName: string) => (checkName !== 'ethos-gate' ? { markerKey: checkName } : {});

/**
 * The comment (and check-run) text. No clock and no run link: a rerun with equal results leaves it untouched
 * (unless optimize/quantize sections link this run's new artifacts).
 */
export function renderComment(
  report: GateReport,
  checkName: string,
  runUrl: string | undefined,
  maxLength = CHECK_SUMMARY_LIMIT,
): string {
  return renderMarkdown(report, {
    ...markerOption(checkName),
    maxLength,
    ...(runUrl ? { fullReportUrl: runUrl, fullReportLabel: 'the full report in the job summary' } : {}),
  });
}

export function loadConfig(inputs: ActionInputs, workspace: string): GateConfig {
  const defaults = applySettings(DEFAULT_SETTINGS, inputs.settings);
  const file = isAbsolute(inputs.config.path) ? inputs.config.path : join(workspace, inputs.config.path);
  if (!existsSync(file)) {
    if (inputs.config.explicit) throw new GateConfigError('config', `${inputs.config.path} does not exist`);
    return { defaults, overrides: [] };
  }
  core.info(`Settings from ${inputs.config.path}.`);
  return parseGateConfig(readFileSync(file, 'utf8'), inputs.config.path, defaults);
}

export async function publishCheckRun(
  api: GitHubApi,
  name: string,
  headSha: string,
  report: GateReport,
  failed: boolean,
  markdown: string,
): Promise<void> {
  const conclusion = failed ? 'failure' : report.findings.length ? 'neutral' : 'success';
  const title = failed
    ? `${report.findings.length} threshold(s) failed`
    : report.findings.length
      ? `${report.findings.length} finding(s), informational`
      : `${report.models.length} model(s) checked, no findings`;
  try {
    await api.createCheckRun({ name, headSha, conclusion, title, summary: markdown });
  } catch (e) {
    core.warning(
      httpStatus(e) === 403
        ? `Could not publish the check run "${name}": the token needs \`checks: write\`.`
        : `Could not publish the check run "${name}": ${(e as Error).message}`,
    );
  }
}

/** Models stored with Git LFS are fetched by git-lfs, with the token where the checkout kept no credentials. */
function lfsAuthOf(inputs: ActionInputs, ctx: RunContext): LfsAuth | undefined {
  return inputs.token ? { serverUrl: ctx.serverUrl, token: inputs.token } : undefined;
}

function runPageUrl(ctx: RunContext): string | undefined {
  const server = process.env.GITHUB_SERVER_URL;
  const runId = process.env.GITHUB_RUN_ID;
  return server && runId ? `${server}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${runId}` : undefined;
}
