import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunContext } from '../../src/action/event.js';
import { GateConfigError } from '../../src/gate/thresholds.js';
import { pullRequestEvent } from '../helpers/github-events.js';

describe('the run context from the runner environment', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'ethos-gate-event-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const withPayload = (payload: unknown) => {
    const path = join(dir, `${Math.random()}.json`);
    writeFileSync(path, JSON.stringify(payload));
    return path;
  };

  test('pull_request: number, base and head from the payload; the API URL from GITHUB_API_URL', () => {
    const payload = pullRequestEvent({
      action: 'opened',
      owner: 'o',
      repo: 'r',
      number: 5,
      baseSha: 'a'.repeat(40),
      headSha: 'b'.repeat(40),
    });
    const ctx = readRunContext({
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: withPayload(payload),
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_WORKSPACE: '/w',
      GITHUB_API_URL: 'http://127.0.0.1:1',
    });
    expect(ctx).toMatchObject({
      eventName: 'pull_request',
      repo: { owner: 'o', repo: 'r' },
      sha: 'c'.repeat(40),
      workspace: '/w',
      apiUrl: 'http://127.0.0.1:1',
      pull: { number: 5, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) },
    });
    expect(ctx.pushBefore).toBeUndefined();
  });

  test('push: the commit before the push, except for a new branch (all zeros)', () => {
    const env = (before: string) => ({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_PATH: withPayload({ before }) });
    expect(readRunContext(env('d'.repeat(40))).pushBefore).toBe('d'.repeat(40));
    expect(readRunContext(env('0'.repeat(40))).pushBefore).toBeUndefined();
  });

  test('a bad environment names the variable', () => {
    expect(() => readRunContext({ GITHUB_REPOSITORY: 'no-slash' })).toThrow(GateConfigError);
    expect(() => readRunContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_PATH: join(dir, 'none.json') })).toThrow(
      /^GITHUB_EVENT_PATH: cannot read the event payload/,
    );
  });
});
