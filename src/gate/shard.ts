// Sharding a gate run across a GitHub Actions matrix, and merging the shards' reports back into one.
// Pure: the action reads the files, uploads and downloads the artifacts.
//
// The split is a greedy balance by work (largest model first, onto the least-loaded shard; ties by
// path), not a hash of the path: a pull request usually touches a handful of models, and a hash can put
// all of them on one shard while the others idle. Every shard checks out the same commit and sees the
// same model list, so each computes the same assignment on its own; the merge verifies that they did.
import { createHash } from 'node:crypto';
import type { ModelChange } from './changes.js';
import { GateConfigError } from './thresholds.js';
import { parseGateReport, ReportFileError } from './report.js';
import type { GateReport, ModelComparison } from '../report/types.js';

/** Shard `index` of `total`, both counted from 1 as users write them (`shard: 2/3`). */
export interface ShardSpec {
  index: number;
  total: number;
}

/** More shards than this is a typo, not a matrix (GitHub allows 256 jobs per matrix). */
export const MAX_SHARDS = 256;

/** Parses the `shard` input: `k/n` with 1 <= k <= n. */
export function parseShard(setting: string, raw: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  if (!m) throw new GateConfigError(setting, `"${raw}" is not k/n (e.g. 2/3 for the second of three shards)`);
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1 || total > MAX_SHARDS) throw new GateConfigError(setting, `"${raw}": n must be 1 to ${MAX_SHARDS}`);
  if (index < 1 || index > total)
    throw new GateConfigError(setting, `"${raw}": k must be 1 to ${total} (shards are counted from 1)`);
  return { index, total };
}

/** A model to place, with an estimate of its cost (bytes to analyse). */
export interface ShardItem {
  path: string;
  weight: number;
}

/** The shard (1-based) of each path: largest first onto the least-loaded shard, ties broken by path and index. */
export function assignShards(items: readonly ShardItem[], total: number): Map<string, number> {
  const order = [...items].sort((a, b) => b.weight - a.weight || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const load = new Array<number>(total).fill(0);
  const count = new Array<number>(total).fill(0);
  const out = new Map<string, number>();
  for (const item of order) {
    let best = 0;
    for (let s = 1; s < total; s++)
      if (load[s] < load[best] || (load[s] === load[best] && count[s] < count[best])) best = s;
    // Every model costs something (a removed one is still listed), so empty models spread out too.
    load[best] += Math.max(1, item.weight);
    count[best]++;
    out.set(item.path, best + 1);
  }
  return out;
}

/** A fingerprint of the full model list a shard saw: shards that saw different lists cannot be merged. */
export function selectionDigest(changes: readonly ModelChange[]): string {
  const lines = changes.map((c) => `${c.status}\t${c.path}\t${c.basePath ?? ''}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** What each shard uploads: its report, and what the merge needs to check that the shards belong together. */
export interface ShardFile {
  kind: 'ethos-gate-shard';
  schemaVersion: 1;
  shard: ShardSpec;
  /** GITHUB_RUN_ID of the workflow run, when known: shards of another run are refused. */
  runId?: string;
  /** The commit the shard analysed (GITHUB_SHA). */
  sha: string;
  /** The `engine` input (builtin, vela or auto). */
  engine: string;
  /** How many models the whole run has, across all shards, and a digest of that list. */
  selection: { models: number; digest: string };
  report: GateReport;
}

/** The file name of shard k of n: unique, so that shard artifacts downloaded into one folder do not collide. */
export function shardFileName(shard: ShardSpec): string {
  return `ethos-gate-shard-${shard.index}-of-${shard.total}.json`;
}

export const SHARD_FILE_PATTERN = /^ethos-gate-shard-(\d+)-of-(\d+)\.json$/;

/** Reads a shard file made by another job; the structure is checked before use. */
export function parseShardFile(text: string, file: string): ShardFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ReportFileError(file, `not JSON: ${(e as Error).message}`);
  }
  const d = doc as Partial<ShardFile> | null;
  if (typeof d !== 'object' || d === null || d.kind !== 'ethos-gate-shard')
    throw new ReportFileError(file, 'not an ethos-gate shard report (kind)');
  if (d.schemaVersion !== 1)
    throw new ReportFileError(file, `schemaVersion ${JSON.stringify(d.schemaVersion)} is not 1`);
  const s = d.shard;
  if (!s || !Number.isSafeInteger(s.index) || !Number.isSafeInteger(s.total) || s.index < 1 || s.index > s.total)
    throw new ReportFileError(file, 'shard must be {index, total} with 1 <= index <= total');
  if (typeof d.sha !== 'string' || typeof d.engine !== 'string')
    throw new ReportFileError(file, 'sha and engine must be strings');
  if (d.runId !== undefined && typeof d.runId !== 'string') throw new ReportFileError(file, 'runId must be a string');
  const sel = d.selection;
  if (!sel || !Number.isSafeInteger(sel.models) || typeof sel.digest !== 'string')
    throw new ReportFileError(file, 'selection must be {models, digest}');
  const report = parseGateReport(JSON.stringify(d.report ?? null), `${file} (report)`);
  return { ...(d as ShardFile), report };
}

/** Shards that cannot be merged: missing, duplicated, or from different runs, commits, targets or engines. */
export class ShardMergeError extends Error {
  constructor(readonly detail: string) {
    super(`cannot merge the shard reports: ${detail}`);
    this.name = 'ShardMergeError';
  }
}

export interface MergeExpectation {
  /** This run's GITHUB_RUN_ID, when known. */
  runId?: string;
  /** Names a missing shard as the user will look for it (e.g. the artifact name). */
  describeMissing: (shard: ShardSpec) => string;
}

export interface MergedShards {
  total: number;
  models: ModelComparison[];
  /** The report fields every shard shares. */
  tool: GateReport['tool'];
  targets: string[];
  pullRequest?: GateReport['pullRequest'];
  sha: string;
  engine: string;
}

/** Checks that `shards` are every shard of one run, then joins their models (sorted by path). */
export function mergeShards(
  shards: readonly { file: string; data: ShardFile }[],
  expect: MergeExpectation,
): MergedShards {
  if (!shards.length) throw new ShardMergeError('no shard reports were found');
  const [first] = shards;
  const total = first.data.shard.total;
  const byIndex = new Map<number, string>();
  for (const { file, data } of shards) {
    const where = `${file} (shard ${data.shard.index}/${data.shard.total})`;
    const differs = (what: string, a: unknown, b: unknown) =>
      new ShardMergeError(`${where} has ${what} ${JSON.stringify(b)}, ${first.file} has ${JSON.stringify(a)}`);
    if (data.shard.total !== total) throw differs('a shard count of', total, data.shard.total);
    const seen = byIndex.get(data.shard.index);
    if (seen) throw new ShardMergeError(`shard ${data.shard.index}/${total} was found twice: ${seen} and ${file}`);
    byIndex.set(data.shard.index, file);
    if (expect.runId && data.runId && data.runId !== expect.runId)
      throw new ShardMergeError(`${where} belongs to workflow run ${data.runId}, not to this run ${expect.runId}`);
    if (data.sha !== first.data.sha) throw differs('commit', first.data.sha, data.sha);
    if (data.engine !== first.data.engine) throw differs('engine', first.data.engine, data.engine);
    const r = data.report;
    if (JSON.stringify(r.targets) !== JSON.stringify(first.data.report.targets))
      throw differs('targets', first.data.report.targets, r.targets);
    if (r.tool.version !== first.data.report.tool.version)
      throw differs('ethos-gate version', first.data.report.tool.version, r.tool.version);
    if (JSON.stringify(r.pullRequest ?? null) !== JSON.stringify(first.data.report.pullRequest ?? null))
      throw differs('pull request', first.data.report.pullRequest ?? null, r.pullRequest ?? null);
    if (data.selection.digest !== first.data.selection.digest)
      throw new ShardMergeError(
        `${where} saw a different list of models than ${first.file} ` +
          `(${data.selection.models} vs ${first.data.selection.models}): did the pull request change during the run?`,
      );
  }
  const missing: number[] = [];
  for (let i = 1; i <= total; i++) if (!byIndex.has(i)) missing.push(i);
  if (missing.length)
    throw new ShardMergeError(
      `${missing.length} of ${total} shard(s) missing: ` +
        missing.map((i) => expect.describeMissing({ index: i, total })).join(', '),
    );
  // Each shard compares base and head with one engine; across shards, Vela's version must agree too.
  const velaVersions = new Map<string, string>();
  for (const { file, data } of shards)
    for (const m of data.report.models)
      for (const r of [m.head, m.base])
        if (r?.engine?.name === 'vela' && r.engine.version !== 'unknown' && !velaVersions.has(r.engine.version))
          velaVersions.set(r.engine.version, file);
  if (velaVersions.size > 1)
    throw new ShardMergeError(
      `the shards ran different Vela versions: ${[...velaVersions].map(([v, f]) => `${v} in ${f}`).join(', ')}`,
    );
  const owner = new Map<string, number>();
  const models: ModelComparison[] = [];
  for (const { data } of [...shards].sort((a, b) => a.data.shard.index - b.data.shard.index)) {
    for (const m of data.report.models) {
      const other = owner.get(m.path);
      if (other !== undefined)
        throw new ShardMergeError(`${m.path} is in shard ${other}/${total} and in shard ${data.shard.index}/${total}`);
      owner.set(m.path, data.shard.index);
      models.push(m);
    }
  }
  if (models.length !== first.data.selection.models)
    throw new ShardMergeError(
      `the shards hold ${models.length} models, but the run has ${first.data.selection.models}`,
    );
  models.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { report } = first.data;
  return {
    total,
    models,
    tool: report.tool,
    targets: report.targets,
    ...(report.pullRequest ? { pullRequest: report.pullRequest } : {}),
    sha: first.data.sha,
    engine: first.data.engine,
  };
}
