// merge: true, the final job of a sharded run. Collects every shard's report, checks that they are all
// there and belong to this run, evaluates the thresholds once over all models, and publishes the single
// verdict and comment, exactly as an unsharded run would.
import * as core from '@actions/core';
import { buildGateReport } from '../gate/report.js';
import { mergeShards, ShardMergeError } from '../gate/shard.js';
import { toolFor } from './analyze.js';
import type { RunContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import { apiFor, loadConfig, publishVerdict, pullRequestOf } from './run-gate.js';
import { collectShards } from './shard.js';

/** Returns true when the check should fail. */
export async function runMerge(inputs: ActionInputs, ctx: RunContext): Promise<boolean> {
  const config = loadConfig(inputs, ctx.workspace);
  const { shards, describeMissing } = await collectShards(inputs, ctx);
  const merged = mergeShards(shards, {
    ...(process.env.GITHUB_RUN_ID ? { runId: process.env.GITHUB_RUN_ID } : {}),
    describeMissing,
  });
  if (ctx.sha && merged.sha && merged.sha !== ctx.sha)
    throw new ShardMergeError(`the shards analysed commit ${merged.sha}, this job is for ${ctx.sha}`);
  if (ctx.pull) {
    const mine = pullRequestOf(ctx);
    const theirs = merged.pullRequest;
    if (!theirs || theirs.number !== mine.number || theirs.headSha !== mine.headSha)
      throw new ShardMergeError(
        `the shards are about ${theirs ? `pull request #${theirs.number} at ${theirs.headSha}` : 'no pull request'}, ` +
          `this job is about #${mine.number} at ${mine.headSha}`,
      );
  }
  core.info(`Merged ${merged.models.length} model(s) from ${merged.total} shard(s).`);
  const tool = toolFor(merged.models);
  const outcome = buildGateReport({
    version: merged.tool.version,
    engine: tool.engine,
    engineVersion: tool.engineVersion,
    targets: merged.targets,
    models: merged.models,
    config,
    ...(merged.pullRequest ? { pullRequest: merged.pullRequest } : {}),
  });
  return publishVerdict(inputs, ctx, apiFor(inputs, ctx), outcome);
}
