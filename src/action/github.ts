// The GitHub REST calls the action makes, behind one small class so the rest of the action reads as
// intent. Every request goes through the retry hook. The token is handed to Octokit and never logged.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import type { ChangedFile } from '../gate/changes.js';
import { retryDelay, type FailedRequest, type RetryPolicy, DEFAULT_RETRY } from './retry.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  createdAt: string;
}

/** The pull request files API lists at most this many files; beyond it the list is silently cut. */
export const PULL_FILES_LIMIT = 3000;

export class GitHubApi {
  private readonly octokit: Octokit;

  constructor(
    token: string,
    baseUrl: string,
    readonly repo: Repo,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
  ) {
    this.octokit = getOctokit(token, { baseUrl });
    this.octokit.hook.wrap('request', async (request, options) => {
      const started = Date.now();
      const what = `GitHub API ${options.method} ${String(options.url)}`;
      for (let attempt = 0; ; attempt++) {
        // A held connection must not stall the job: each attempt gets its own deadline.
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, policy.timeoutMs);
        try {
          // Inner hooks (auth) see the options this hook was called with, not an argument: set the signal in place.
          options.request = { ...options.request, signal: controller.signal };
          return await request(options);
        } catch (e) {
          const failure: FailedRequest = timedOut ? { status: 0 } : (e as FailedRequest);
          const wait = retryDelay(failure, attempt, Date.now(), policy);
          const why = timedOut ? `no answer within ${seconds(policy.timeoutMs)}` : `${failure.status ?? 'no response'}`;
          const elapsed = Date.now() - started;
          if (wait === undefined || elapsed + wait + policy.timeoutMs > policy.maxTotalMs) {
            if (timedOut)
              throw new Error(`${what}: ${why} (${attempt + 1} attempt(s) in ${seconds(elapsed)})`, { cause: e });
            throw e;
          }
          core.info(`${what}: ${why}, retrying in ${seconds(wait)}`);
          await new Promise((r) => setTimeout(r, wait));
        } finally {
          clearTimeout(timer);
        }
      }
    });
  }

  /** The files a pull request changes (paginated, up to GitHub's limit of 3,000). */
  async pullRequestFiles(pull: number): Promise<{ files: ChangedFile[]; truncated: boolean }> {
    const files: ChangedFile[] = [];
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.pulls.listFiles, {
      ...this.repo,
      pull_number: pull,
      per_page: 100,
    })) {
      for (const f of page.data)
        files.push({
          filename: f.filename,
          status: f.status,
          ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
        });
    }
    return { files, truncated: files.length >= PULL_FILES_LIMIT };
  }

  async pullRequest(pull: number): Promise<{ headSha: string; baseSha: string; state: string }> {
    const { data } = await this.octokit.rest.pulls.get({ ...this.repo, pull_number: pull });
    return { headSha: data.head.sha, baseSha: data.base.sha, state: data.state };
  }

  /** A file's raw bytes at a commit, from the contents API (raw media type: no base64, up to 100 MB). */
  async fileAt(path: string, ref: string): Promise<Uint8Array> {
    const res = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...this.repo,
      path,
      ref,
      mediaType: { format: 'raw' },
      // The body is binary: take the stream, not Octokit's text decoding.
      request: { parseSuccessResponseBody: false },
    });
    // The retry hook's deadline ends with the headers; a body that stalls gets the request's whole budget.
    const reader = (res.data as unknown as ReadableStream<Uint8Array>).getReader();
    let stalled = false;
    const timer = setTimeout(() => {
      stalled = true;
      void reader.cancel().catch(() => undefined);
    }, this.policy.maxTotalMs);
    const chunks: Uint8Array[] = [];
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    } finally {
      clearTimeout(timer);
    }
    // A cancelled stream ends as if complete: the flag tells a cut download from a whole one.
    if (stalled)
      throw new Error(
        `GitHub API contents of ${path}: the download did not finish in ${seconds(this.policy.maxTotalMs)}`,
      );
    const bytes = Buffer.concat(chunks);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  /** Every comment on an issue or pull request that starts with `marker` (not one quoting it), oldest first. */
  async commentsWithMarker(issue: number, marker: string): Promise<IssueComment[]> {
    const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.repo,
      issue_number: issue,
      per_page: 100,
    });
    return all
      .filter((c) => (c.body ?? '').trimStart().startsWith(marker))
      .map((c) => ({ id: c.id, body: c.body ?? '', createdAt: c.created_at }))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id));
  }

  async createComment(issue: number, body: string): Promise<IssueComment> {
    const { data } = await this.octokit.rest.issues.createComment({ ...this.repo, issue_number: issue, body });
    return { id: data.id, body: data.body ?? '', createdAt: data.created_at };
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: id, body });
  }

  async deleteComment(id: number): Promise<void> {
    await this.octokit.rest.issues.deleteComment({ ...this.repo, comment_id: id });
  }

  async createCheckRun(run: {
    name: string;
    headSha: string;
    conclusion: 'success' | 'failure' | 'neutral';
    title: string;
    summary: string;
  }): Promise<number> {
    const { data } = await this.octokit.rest.checks.create({
      ...this.repo,
      name: run.name,
      head_sha: run.headSha,
      status: 'completed',
      conclusion: run.conclusion,
      output: { title: run.title, summary: run.summary },
    });
    return data.id;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(e: unknown): number | undefined {
  const s = (e as FailedRequest | undefined)?.status;
  return typeof s === 'number' ? s : undefined;
}
