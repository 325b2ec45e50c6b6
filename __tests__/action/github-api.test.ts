// The action's GitHub calls against the local API server (which checks each request against GitHub's
// OpenAPI description): the sticky comment, pagination, raw contents, retries and fault handling.
import { publishComment } from '../../src/action/comment.js';
import { GitHubApi } from '../../src/action/github.js';
import { GitHubServer } from '../helpers/github-server.js';

const repo = { owner: 'arm-example', repo: 'kws-models' };
const fast = {
  maxServerRetries: 3,
  maxRateLimitRetries: 2,
  baseDelayMs: 5,
  maxWaitMs: 5000,
  timeoutMs: 10_000,
  maxTotalMs: 30_000,
};
const BINARY = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) & 0xff);

let server: GitHubServer;
let api: GitHubApi;

beforeEach(async () => {
  server = await GitHubServer.start({
    ...repo,
    pull: {
      number: 7,
      headSha: 'b'.repeat(40),
      baseSha: 'a'.repeat(40),
      files: Array.from({ length: 250 }, (_, i) => ({ filename: `m/${i}.tflite`, status: 'modified' as const })),
    },
    contents: (ref, path) => (ref === 'a'.repeat(40) && path === 'dir/a model.tflite' ? BINARY : undefined),
  });
  api = new GitHubApi('test-token', server.url, repo, fast);
});

afterEach(async () => {
  await server.close();
  expect(server.failures).toEqual([]);
});

describe('sticky comment', () => {
  const body = (text: string) => `<!-- ethos-gate -->\n${text}`;

  test('created once, then updated in place, then left alone when unchanged', async () => {
    const first = await publishComment(api, 7, body('one'), 'update');
    expect(first).toMatchObject({ action: 'created', removed: 0 });
    const second = await publishComment(api, 7, body('two'), 'update');
    expect(second).toEqual({ id: first.id, action: 'updated', removed: 0 });
    const third = await publishComment(api, 7, body('two'), 'update');
    expect(third).toEqual({ id: first.id, action: 'unchanged', removed: 0 });
    expect(server.comments.map((c) => c.body)).toEqual([body('two')]);
    expect(server.calls('issues/update-comment')).toHaveLength(1);
  });

  test('duplicates from concurrent runs: the oldest is kept and updated, the others deleted', async () => {
    const other = server.seedComment('a human comment quoting us:\n> <!-- ethos-gate -->', 'octocat');
    const oldest = server.seedComment(body('stale'));
    server.seedComment(body('stale too'));
    const gateOther = server.seedComment('<!-- ethos-gate:u85 -->\nanother gate');
    const out = await publishComment(api, 7, body('fresh'), 'update');
    expect(out).toEqual({ id: oldest.id, action: 'updated', removed: 1 });
    expect(server.comments.map((c) => c.id)).toEqual([other.id, oldest.id, gateOther.id]);
  });

  test('recreate: old comments deleted, a new one created at the bottom', async () => {
    const old = server.seedComment(body('old'));
    const out = await publishComment(api, 7, body('new'), 'recreate');
    expect(out.action).toBe('created');
    expect(out.id).not.toBe(old.id);
    expect(server.comments.map((c) => c.body)).toEqual([body('new')]);
  });

  test('a body without the marker is refused before any call', async () => {
    await expect(publishComment(api, 7, 'no marker', 'update')).rejects.toThrow(/marker/);
    expect(server.requests).toEqual([]);
  });
});

describe('reads', () => {
  test('pull request files: paginated, 100 per page', async () => {
    const { files, truncated } = await api.pullRequestFiles(7);
    expect(files).toHaveLength(250);
    expect(truncated).toBe(false);
    expect(server.calls('pulls/list-files').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  test('pull request files: GitHub stops at 3,000 and the list says it may be cut', async () => {
    server.options.pull.files = Array.from({ length: 3100 }, (_, i) => ({
      filename: `m/${i}.tflite`,
      status: 'added' as const,
    }));
    const { files, truncated } = await api.pullRequestFiles(7);
    expect(files).toHaveLength(3000);
    expect(truncated).toBe(true);
  });

  test('contents API, raw media type: binary bytes arrive intact', async () => {
    const bytes = await api.fileAt('dir/a model.tflite', 'a'.repeat(40));
    expect(Buffer.from(bytes).equals(Buffer.from(BINARY))).toBe(true);
    expect(server.calls('repos/get-content')[0].accept).toMatch(/application\/vnd\.github(\.v3)?\.raw/);
  });
});

describe('faults', () => {
  test('5xx: retried with backoff until it works', async () => {
    server.inject({ operationId: 'issues/list-comments', status: 502, times: 2 });
    await publishComment(api, 7, '<!-- ethos-gate -->\nx', 'update');
    expect(
      server
        .calls('issues/list-comments')
        .map((r) => r.status)
        .slice(0, 3),
    ).toEqual([502, 502, 200]);
  });

  test('5xx that persists: gives up after the retries', async () => {
    server.inject({ operationId: 'pulls/get', status: 503, times: 10 });
    await expect(api.pullRequest(7)).rejects.toMatchObject({ status: 503 });
    expect(server.calls('pulls/get')).toHaveLength(4);
  });

  test('secondary rate limit with retry-after: waits and retries', async () => {
    server.inject({
      operationId: 'issues/create-comment',
      status: 403,
      headers: { 'retry-after': '1' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
    const started = Date.now();
    const out = await publishComment(api, 7, '<!-- ethos-gate -->\nx', 'update');
    expect(out.action).toBe('created');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.calls('issues/create-comment').map((r) => r.status)).toEqual([403, 201]);
  });

  test('a read-only token (403 without rate limit): fails at once, no retry', async () => {
    server.inject({
      operationId: 'issues/create-comment',
      status: 403,
      message: 'Resource not accessible by integration',
    });
    await expect(publishComment(api, 7, '<!-- ethos-gate -->\nx', 'update')).rejects.toMatchObject({ status: 403 });
    expect(server.calls('issues/create-comment')).toHaveLength(1);
  });
});

describe('the test server itself', () => {
  test('rejects routes GitHub does not have, unknown query parameters and invalid bodies', async () => {
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: 'token t', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    expect((await call('GET', '/repos/arm-example/kws-models/pulls/7/nonsense')).status).toBe(404);
    expect((await call('GET', '/repos/arm-example/kws-models/issues/7/comments?colour=red')).status).toBe(422);
    expect((await call('POST', '/repos/arm-example/kws-models/issues/7/comments', { text: 'x' })).status).toBe(422);
    expect((await call('PATCH', '/repos/arm-example/kws-models/issues/comments/abc', { body: 'x' })).status).toBe(422);
    expect(server.failures).toHaveLength(4);
    server.failures.length = 0;
  });
});

describe('timeouts', () => {
  // Short deadlines, on a call whose answer has no body to validate, so that only the held calls are slow.
  const impatient = () => new GitHubApi('test-token', server.url, repo, { ...fast, timeoutMs: 400, maxTotalMs: 2000 });

  test('a response held past the timeout: abandoned and asked again', async () => {
    const c = server.seedComment('<!-- ethos-gate -->\nold');
    server.inject({ operationId: 'issues/delete-comment', status: 200, holdMs: 1200 });
    const started = Date.now();
    await impatient().deleteComment(c.id);
    expect(Date.now() - started).toBeLessThan(1200);
    expect(server.calls('issues/delete-comment')).toHaveLength(2);
    expect(server.comments).toEqual([]);
  });

  test('a server that never answers in time: gives up within the bounded total, naming the call', async () => {
    const c = server.seedComment('<!-- ethos-gate -->\nold');
    server.inject({ operationId: 'issues/delete-comment', status: 200, holdMs: 1200, times: 10 });
    const started = Date.now();
    await expect(impatient().deleteComment(c.id)).rejects.toThrow(
      /^GitHub API DELETE \/repos\/\{owner\}\/\{repo\}\/issues\/comments\/\{comment_id\}: no answer within 0\.4 s \([234] attempt\(s\) in [\d.]+ s\)$/,
    );
    // Each new attempt must fit in what is left of the budget (a little slack for a loaded machine).
    expect(Date.now() - started).toBeLessThan(2000 + 300);
    expect(server.calls('issues/delete-comment').length).toBeGreaterThanOrEqual(2);
  });
});
