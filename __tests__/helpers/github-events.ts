// Webhook payloads for tests of the action. @octokit/openapi-webhooks describes every event but ships no
// pull_request example, so the payload is assembled from the REST description's own examples (a pull
// request, a repository, a user), patched with the test repository's numbers and commits, and then
// checked against the webhook's schema from @octokit/openapi-webhooks: a payload the runner could not
// have delivered fails the test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { mapValues, restDescription } from './github-server.js';

type JsonObject = Record<string, unknown>;
const require = createRequire(import.meta.url);
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv,
) => Ajv;

let hooks: JsonObject | undefined;
function load() {
  hooks ??= JSON.parse(
    readFileSync(require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json'), 'utf8'),
  );
  return { rest: restDescription(), hooks: hooks as JsonObject };
}

function restExample(name: string): JsonObject {
  const ex = ((load().rest.components as JsonObject).examples as JsonObject)[name] as JsonObject;
  return structuredClone(ex.value) as JsonObject;
}

/** Validates `payload` against a webhook schema (`webhook-pull-request-synchronize`, ...); returns the errors. */
export function webhookErrors(schemaName: string, payload: unknown): string | undefined {
  const all = (load().hooks.components as JsonObject).schemas as JsonObject;
  const ajv = new Ajv({ strict: false, logger: false });
  addFormats(ajv);
  // Only the schemas the event refers to (transitively): compiling all of them takes seconds.
  const needed: JsonObject = {};
  const visit = (name: string) => {
    if (name in needed) return;
    needed[name] = all[name];
    for (const m of JSON.stringify(all[name]).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) visit(m[1]);
  };
  visit(schemaName);
  const schemas = mapValues(needed as Parameters<typeof mapValues>[0], 'hooks');
  ajv.addSchema({ $id: 'hooks', components: { schemas } }, 'hooks');
  const validate = ajv.compile({ $ref: `hooks#/components/schemas/${schemaName}` });
  return validate(payload) ? undefined : ajv.errorsText(validate.errors, { separator: '\n' });
}

export interface PullRequestEventOptions {
  action: 'opened' | 'synchronize';
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  /** Head repository full name, when the pull request comes from a fork. */
  fork?: string;
}

/** A `pull_request` event payload as the runner writes it to GITHUB_EVENT_PATH. */
export function pullRequestEvent(o: PullRequestEventOptions): JsonObject {
  const pr = restExample('pull-request');
  // The REST example's repository, shaped as webhooks carry it (they always state has_discussions).
  const repository = structuredClone((pr.base as JsonObject).repo) as JsonObject;
  Object.assign(repository, {
    name: o.repo,
    full_name: `${o.owner}/${o.repo}`,
    has_discussions: false,
    visibility: 'public',
  });
  delete repository.organization;
  Object.assign(repository.owner as JsonObject, { login: o.owner });
  const sender = restExample('simple-user');
  pr.number = o.number;
  pr.state = 'open';
  pr.merged = false;
  pr.merged_at = null;
  pr.merged_by = null;
  pr.closed_at = null;
  const base = pr.base as JsonObject;
  const head = pr.head as JsonObject;
  Object.assign(base, { sha: o.baseSha, ref: 'main', label: `${o.owner}:main`, repo: repository });
  const headRepo = structuredClone(repository);
  if (o.fork) Object.assign(headRepo, { full_name: o.fork, name: o.fork.split('/')[1], fork: true });
  Object.assign(head, {
    sha: o.headSha,
    ref: 'change-models',
    label: `${o.fork?.split('/')[0] ?? o.owner}:change-models`,
    repo: headRepo,
  });
  const payload: JsonObject = { action: o.action, number: o.number, pull_request: pr, repository, sender };
  if (o.action === 'synchronize') Object.assign(payload, { before: o.baseSha, after: o.headSha });
  return payload;
}

export interface MergeGroupEventOptions {
  owner: string;
  repo: string;
  baseSha: string;
  headSha: string;
  /** The pull request the queue grouped (named in the group's ref). */
  number: number;
}

/** A `merge_group` (checks_requested) event payload: a merge queue asks for the checks of a group's commit. */
export function mergeGroupEvent(o: MergeGroupEventOptions): JsonObject {
  const repository = pullRequestEvent({ action: 'opened', ...o }).repository as JsonObject;
  const person = { name: 'Monalisa Octocat', email: 'octocat@github.com' };
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: o.headSha,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-${o.number}-${o.baseSha}`,
      base_sha: o.baseSha,
      base_ref: 'refs/heads/main',
      head_commit: {
        id: o.headSha,
        tree_id: o.headSha,
        message: `Merge pull request #${o.number}`,
        timestamp: '2026-01-01T00:00:00Z',
        author: person,
        committer: person,
      },
    },
    repository,
    sender: restExample('simple-user'),
  };
}
