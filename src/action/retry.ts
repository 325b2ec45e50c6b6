// Retries for the GitHub REST API: server errors with exponential backoff, rate limits (primary and
// secondary) after the wait GitHub asks for, requests that time out like a 5xx; every request within a
// bounded total time. Anything else (404, a read-only token's 403) fails at once.

/** What the retry decision needs from a failed request (an Octokit RequestError has these). */
export interface FailedRequest {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

export interface RetryPolicy {
  /** Retries after 5xx and network errors. */
  maxServerRetries: number;
  /** Retries after rate limits. */
  maxRateLimitRetries: number;
  /** First backoff for 5xx; doubles each time. */
  baseDelayMs: number;
  /** Longest wait we accept for a rate limit; longer ones fail rather than stall the job. */
  maxWaitMs: number;
  /** One attempt without an answer for this long is abandoned (and retried like a 5xx). */
  timeoutMs: number;
  /** All attempts of one request, waits included, stay within this. */
  maxTotalMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxServerRetries: 3,
  maxRateLimitRetries: 2,
  baseDelayMs: 1000,
  maxWaitMs: 120_000,
  timeoutMs: 30_000,
  maxTotalMs: 300_000,
};

/** Milliseconds to wait before trying `error` again (attempt 0 = first retry), or undefined to give up. */
export function retryDelay(
  error: FailedRequest,
  attempt: number,
  nowMs: number,
  policy = DEFAULT_RETRY,
): number | undefined {
  const status = error.status ?? 0;
  const headers = error.response?.headers ?? {};
  if (status >= 500 || status === 0) {
    // status 0: no response at all (connection reset); worth the same retries as a 502.
    return attempt < policy.maxServerRetries ? policy.baseDelayMs * 2 ** attempt : undefined;
  }
  if (status !== 403 && status !== 429) return undefined;
  if (attempt >= policy.maxRateLimitRetries) return undefined;
  let wait: number | undefined;
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) wait = retryAfter * 1000;
  else if (String(headers['x-ratelimit-remaining']) === '0' && headers['x-ratelimit-reset'] !== undefined)
    wait = Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - nowMs) + 1000;
  // GitHub's advice for a secondary limit without retry-after: wait at least a minute.
  else if (/secondary rate limit/i.test(error.message ?? '')) wait = 60_000;
  if (wait === undefined || wait > policy.maxWaitMs) return undefined;
  return wait;
}
