import { DEFAULT_RETRY, retryDelay } from '../../src/action/retry.js';

describe('when to retry a GitHub API call', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  test('5xx and lost connections: exponential backoff, then give up', () => {
    expect([0, 1, 2, 3].map((a) => retryDelay({ status: 502 }, a, now))).toEqual([1000, 2000, 4000, undefined]);
    expect(retryDelay({}, 0, now)).toBe(1000);
  });

  test('rate limits: retry-after, the primary limit reset, or a minute for a secondary limit', () => {
    expect(retryDelay({ status: 403, response: { headers: { 'retry-after': '3' } } }, 0, now)).toBe(3000);
    expect(retryDelay({ status: 429, response: { headers: { 'retry-after': '0' } } }, 0, now)).toBe(0);
    const reset = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 20) };
    expect(retryDelay({ status: 403, response: { headers: reset } }, 0, now)).toBe(21000);
    expect(retryDelay({ status: 403, message: 'You have exceeded a secondary rate limit' }, 0, now)).toBe(60000);
    expect(
      retryDelay(
        { status: 403, response: { headers: { 'retry-after': '1' } } },
        DEFAULT_RETRY.maxRateLimitRetries,
        now,
      ),
    ).toBeUndefined();
    // A wait longer than the policy accepts fails rather than stalling the job.
    expect(retryDelay({ status: 403, response: { headers: { 'retry-after': '3600' } } }, 0, now)).toBeUndefined();
  });

  test('everything else fails at once', () => {
    expect(retryDelay({ status: 403, message: 'Resource not accessible by integration' }, 0, now)).toBeUndefined();
    expect(retryDelay({ status: 404 }, 0, now)).toBeUndefined();
    expect(retryDelay({ status: 422 }, 0, now)).toBeUndefined();
  });
});
