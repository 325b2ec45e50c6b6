// GitHub Action entry point (bundled into dist/index.js). Exit codes: 0 pass, 1 a threshold failed or the
// run could not be completed; the reason is in the log, the job summary and annotations.
import * as core from '@actions/core';
import { readRunContext } from './event.js';
import { runCommentFromReport } from './from-report.js';
import { readInputs } from './inputs.js';
import { runMerge } from './merge.js';
import { runGate } from './run-gate.js';

async function main(): Promise<void> {
  const ctx = readRunContext();
  const inputs = readInputs(ctx.eventName);
  if (inputs.mode === 'comment-from-report') {
    await runCommentFromReport(inputs, ctx);
    return;
  }
  const failed = inputs.merge ? await runMerge(inputs, ctx) : await runGate(inputs, ctx);
  if (failed) core.setFailed('ethos-gate: thresholds failed (see the annotations and the job summary).');
}

main().catch((e: unknown) => {
  core.setFailed(`ethos-gate: ${e instanceof Error ? e.message : String(e)}`);
});
