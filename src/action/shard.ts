// Where shard reports travel between the jobs of a matrix: each shard uploads one file as the artifact
// `<report-artifact>-shard-<k>-of-<n>`, and the merge job downloads them all. Without the runner's
// artifact service (ACTIONS_RUNTIME_TOKEN absent: a self-hosted runner, a local run), or when the
// workflow downloads the artifacts itself, `reports-path` is a folder the shards write to and the merge
// reads from.
import * as core from '@actions/core';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { ReportFileError } from '../gate/report.js';
import { parseShardFile, SHARD_FILE_PATTERN, shardFileName, type ShardFile, type ShardSpec } from '../gate/shard.js';
import { GateConfigError } from '../gate/thresholds.js';
import { renderMarkdown } from '../report/markdown.js';
import type { GateReport } from '../report/types.js';
import type { RunContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import { setOutputs, writeJobSummary, writeReportFiles } from './publish.js';
import type { ExtraSection } from './sections.js';

/** A shard file larger than this is refused: a real one is a few MiB at most. */
const MAX_SHARD_BYTES = 100 * 1024 * 1024;
/** How deep the merge looks under reports-path (download-artifact puts each artifact in a subfolder). */
const MAX_DEPTH = 4;

export const shardArtifactName = (prefix: string, shard: ShardSpec) =>
  `${prefix}-shard-${shard.index}-of-${shard.total}`;

const hasArtifactService = () => Boolean(process.env.ACTIONS_RUNTIME_TOKEN);

const inWorkspace = (workspace: string, path: string) => (isAbsolute(path) ? path : join(workspace, path));

/** Writes this shard's report and hands it on: artifact, reports-path, or both. No comment, no verdict. */
export async function publishShard(
  inputs: ActionInputs,
  ctx: RunContext,
  shard: ShardSpec,
  report: GateReport,
  selection: ShardFile['selection'],
  extras: readonly ExtraSection[] = [],
): Promise<void> {
  const markdown = renderMarkdown(report, { markerKey: `shard-${shard.index}-of-${shard.total}` });
  // Optimization and quantization results stay with the shard that produced them (the merge job has only reports).
  const extraText = extras.map((e) => e.levels[0]).join('\n\n');
  const files = writeReportFiles(report, markdown);
  const data: ShardFile = {
    kind: 'ethos-gate-shard',
    schemaVersion: 1,
    shard,
    ...(process.env.GITHUB_RUN_ID ? { runId: process.env.GITHUB_RUN_ID } : {}),
    sha: ctx.sha,
    engine: inputs.engine.choice,
    selection,
    report,
  };
  const name = shardFileName(shard);
  const file = join(files.dir, name);
  writeFileSync(file, JSON.stringify(data) + '\n');
  await writeJobSummary(
    `Shard ${shard.index}/${shard.total}: ${report.models.length} of ${selection.models} model(s). ` +
      'The merge job gives the verdict and posts the comment.\n\n' +
      markdown +
      (extraText ? `\n\n${extraText}\n` : ''),
    [],
  );
  let delivered = false;
  if (inputs.reportsPath) {
    const dir = inWorkspace(ctx.workspace, inputs.reportsPath);
    mkdirSync(dir, { recursive: true });
    copyFileSync(file, join(dir, name));
    core.info(`Wrote ${join(inputs.reportsPath, name)}.`);
    delivered = true;
  }
  if (hasArtifactService()) {
    const artifact = shardArtifactName(inputs.reportArtifact, shard);
    try {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      await new DefaultArtifactClient().uploadArtifact(artifact, [file], files.dir, { retentionDays: 1 });
      core.info(`Uploaded the shard report as artifact "${artifact}".`);
      delivered = true;
    } catch (e) {
      // The merge job cannot give a verdict without this shard: fail here, where the cause is.
      if (!delivered) throw new Error(`could not upload the shard report "${artifact}": ${(e as Error).message}`);
      core.warning(`Could not upload the shard report "${artifact}": ${(e as Error).message}`);
    }
  }
  if (!delivered)
    throw new GateConfigError(
      'reports-path',
      'this runner has no artifact service (ACTIONS_RUNTIME_TOKEN is not set): give a folder for the shard reports',
    );
  setOutputs(report, files, undefined);
}

export interface CollectedShards {
  shards: { file: string; data: ShardFile }[];
  /** How to name a missing shard in the error. */
  describeMissing: (shard: ShardSpec) => string;
}

/** Every shard report of this run: from reports-path when given, else from this run's artifacts. */
export async function collectShards(inputs: ActionInputs, ctx: RunContext): Promise<CollectedShards> {
  if (inputs.reportsPath) {
    const dir = inWorkspace(ctx.workspace, inputs.reportsPath);
    const found = findShardFiles(dir);
    core.info(`${found.length} shard report(s) under ${inputs.reportsPath}.`);
    return {
      shards: found.map((path) => ({ file: relative(ctx.workspace, path) || path, data: readShardFile(path) })),
      describeMissing: (s) => `${s.index}/${s.total} (no ${shardFileName(s)} under ${inputs.reportsPath})`,
    };
  }
  if (!hasArtifactService())
    throw new GateConfigError(
      'reports-path',
      'merge needs the shard reports: this runner has no artifact service (ACTIONS_RUNTIME_TOKEN is not set), ' +
        'so give the folder the shards wrote to',
    );
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const { artifacts } = await client.listArtifacts({ latest: true });
  const prefix = `${inputs.reportArtifact}-shard-`;
  const mine = artifacts.filter((a) => a.name.startsWith(prefix) && /^\d+-of-\d+$/.test(a.name.slice(prefix.length)));
  core.info(`${mine.length} shard artifact(s) "${prefix}*" in this run.`);
  const shards: CollectedShards['shards'] = [];
  for (const a of mine) {
    if (a.size > MAX_SHARD_BYTES) throw new Error(`artifact "${a.name}" is ${a.size} bytes: too large for a report`);
    const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'ethos-gate-shard-'));
    await client.downloadArtifact(a.id, { path: dir });
    const files = findShardFiles(dir);
    if (files.length !== 1)
      throw new ReportFileError(`artifact "${a.name}"`, `holds ${files.length} shard reports, expected one`);
    shards.push({ file: `artifact "${a.name}"`, data: readShardFile(files[0]) });
  }
  return {
    shards,
    describeMissing: (s) => `${s.index}/${s.total} (no artifact "${shardArtifactName(inputs.reportArtifact, s)}")`,
  };
}

function readShardFile(path: string): ShardFile {
  const size = statSync(path).size;
  if (size > MAX_SHARD_BYTES) throw new ReportFileError(path, `${size} bytes: too large for a shard report`);
  return parseShardFile(readFileSync(path, 'utf8'), path);
}

/** Shard files under `dir` (sorted), following no symbolic links. */
function findShardFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      if (depth === 0) throw new GateConfigError('reports-path', `cannot read ${d}: ${(e as Error).message}`);
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && depth < MAX_DEPTH) walk(join(d, e.name), depth + 1);
      else if (e.isFile() && SHARD_FILE_PATTERN.test(e.name)) out.push(join(d, e.name));
    }
  };
  walk(dir, 0);
  return out.sort();
}
