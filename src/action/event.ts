// What the workflow run is about, from the runner's environment and the event payload file.
import { readFileSync } from 'node:fs';
import { GateConfigError } from '../gate/thresholds.js';
import type { Repo } from './github.js';

export interface RunContext {
  eventName: string;
  repo: Repo;
  /** GITHUB_SHA: for pull_request events, the merge commit that was checked out. */
  sha: string;
  workspace: string;
  apiUrl: string;
  /** GITHUB_SERVER_URL: where git and Git LFS are served. */
  serverUrl: string;
  payload: Record<string, unknown>;
  pull?: { number: number; baseSha: string; headSha: string };
  /** push events: the commit before the push, when there was one. */
  pushBefore?: string;
  /** merge_group events (a merge queue): the group's commit and the commit it will be merged onto. */
  mergeGroup?: { baseSha: string; headSha: string };
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new GateConfigError('GITHUB_REPOSITORY', `"${repository}" is not owner/name`);
  const payload = env.GITHUB_EVENT_PATH ? readPayload(env.GITHUB_EVENT_PATH) : {};
  const ctx: RunContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repo: { owner, repo },
    sha: env.GITHUB_SHA ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    payload,
  };
  const pr = payload.pull_request as { number?: number; base?: { sha?: string }; head?: { sha?: string } } | undefined;
  if (pr && typeof pr.number === 'number' && pr.base?.sha && pr.head?.sha)
    ctx.pull = { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
  const group = payload.merge_group as { base_sha?: unknown; head_sha?: unknown } | undefined;
  if (group && typeof group.base_sha === 'string' && typeof group.head_sha === 'string' && group.base_sha)
    ctx.mergeGroup = { baseSha: group.base_sha, headSha: group.head_sha };
  const before = payload.before;
  if (typeof before === 'string' && !/^0+$/.test(before)) ctx.pushBefore = before;
  return ctx;
}

function readPayload(path: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new GateConfigError('GITHUB_EVENT_PATH', `cannot read the event payload ${path}: ${(e as Error).message}`);
  }
}
