import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_CONFIG_PATH,
  DEFAULT_SETTINGS,
  ENGINE_MISMATCH,
  GateConfigError,
  ReportFileError,
  SETTING_NAMES,
  applySettings,
  buildGateReport,
  diffNameStatus,
  hasCommit,
  lfsContent,
  modelMatcher,
  parseBoolean,
  parseGateConfig,
  parseGateReport,
  parseNameStatus,
  selectChangedModels,
  showFile
} from "./chunks/chunk-WGWV4ZUU.js";
import {
  error,
  getInput,
  getOctokit,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-AWOXINED.js";
import {
  ENGINE_CHOICES,
  analyzeModelsWithEngine,
  assertComparable,
  isVelaError
} from "./chunks/chunk-EDPCYMDN.js";
import {
  outputCosines
} from "./chunks/chunk-5LRAGWZQ.js";
import "./chunks/chunk-DDUPMNEX.js";
import {
  analyzeModelFile,
  renderMarkdown,
  resolveTargets
} from "./chunks/chunk-XUHGTX2Z.js";
import {
  BUILTIN_ENGINE_VERSION,
  VERSION,
  fsReason
} from "./chunks/chunk-E2KYLUGO.js";
import "./chunks/chunk-SLRNASFL.js";
import {
  markdownTable
} from "./chunks/chunk-CIWQW54I.js";
import {
  escapeMarkdown,
  formatBytes,
  formatInt,
  formatMs,
  formatPercent,
  sanitizeTerminal,
  truncateMiddle
} from "./chunks/chunk-SMDWGUPR.js";
import {
  TargetError,
  isTargetError
} from "./chunks/chunk-CSLGV3ZU.js";
import {
  isLfsPointer,
  readModel
} from "./chunks/chunk-DB7Z7Q6U.js";
import "./chunks/chunk-K42QXW5D.js";

// src/action/event.ts
import { readFileSync } from "node:fs";
function readRunContext(env = process.env) {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo] = repository.split("/");
  if (!owner || !repo) throw new GateConfigError("GITHUB_REPOSITORY", `"${repository}" is not owner/name`);
  const payload = env.GITHUB_EVENT_PATH ? readPayload(env.GITHUB_EVENT_PATH) : {};
  const ctx = {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    repo: { owner, repo },
    sha: env.GITHUB_SHA ?? "",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    payload
  };
  const pr = payload.pull_request;
  if (pr && typeof pr.number === "number" && pr.base?.sha && pr.head?.sha)
    ctx.pull = { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
  const group = payload.merge_group;
  if (group && typeof group.base_sha === "string" && typeof group.head_sha === "string" && group.base_sha)
    ctx.mergeGroup = { baseSha: group.base_sha, headSha: group.head_sha };
  const before = payload.before;
  if (typeof before === "string" && !/^0+$/.test(before)) ctx.pushBefore = before;
  return ctx;
}
function readPayload(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new GateConfigError("GITHUB_EVENT_PATH", `cannot read the event payload ${path}: ${e.message}`);
  }
}

// src/action/from-report.ts
import { mkdtempSync as mkdtempSync4, readFileSync as readFileSync6 } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import { isAbsolute as isAbsolute4, join as join8 } from "node:path";

// src/action/comment.ts
function markerOf(body) {
  const nl = body.indexOf("\n");
  const first = nl < 0 ? body : body.slice(0, nl);
  if (!/^<!-- ethos-gate(:[^>]*)? -->$/.test(first))
    throw new Error("the rendered report does not start with the ethos-gate marker");
  return first;
}
var normalise = (s) => s.replace(/\r\n/g, "\n").trimEnd();
async function publishComment(api, issue, body, mode) {
  const marker = markerOf(body);
  let removed = 0;
  let existing = await api.commentsWithMarker(issue, marker);
  if (mode === "recreate") {
    removed += await removeAll(api, existing);
    existing = [];
  }
  if (existing.length) {
    const [keep2, ...duplicates2] = existing;
    removed += await removeAll(api, duplicates2);
    if (normalise(keep2.body) === normalise(body)) return { id: keep2.id, action: "unchanged", removed };
    await api.updateComment(keep2.id, body);
    return { id: keep2.id, action: "updated", removed };
  }
  const created = await api.createComment(issue, body);
  const again = await api.commentsWithMarker(issue, marker);
  if (again.length <= 1) return { id: created.id, action: "created", removed };
  const [keep, ...duplicates] = again;
  removed += await removeAll(api, duplicates);
  if (keep.id === created.id) return { id: created.id, action: "created", removed };
  if (normalise(keep.body) !== normalise(body)) await api.updateComment(keep.id, body);
  return { id: keep.id, action: "updated", removed };
}
async function removeAll(api, comments) {
  let n = 0;
  for (const c of comments) {
    try {
      await api.deleteComment(c.id);
      n++;
    } catch (e) {
      if (e.status !== 404) throw e;
    }
  }
  return n;
}

// src/action/retry.ts
var DEFAULT_RETRY = {
  maxServerRetries: 3,
  maxRateLimitRetries: 2,
  baseDelayMs: 1e3,
  maxWaitMs: 12e4,
  timeoutMs: 3e4,
  maxTotalMs: 3e5
};
function retryDelay(error2, attempt, nowMs, policy = DEFAULT_RETRY) {
  const status = error2.status ?? 0;
  const headers = error2.response?.headers ?? {};
  if (status >= 500 || status === 0) {
    return attempt < policy.maxServerRetries ? policy.baseDelayMs * 2 ** attempt : void 0;
  }
  if (status !== 403 && status !== 429) return void 0;
  if (attempt >= policy.maxRateLimitRetries) return void 0;
  let wait;
  const retryAfter = Number(headers["retry-after"]);
  if (headers["retry-after"] !== void 0 && Number.isFinite(retryAfter)) wait = retryAfter * 1e3;
  else if (String(headers["x-ratelimit-remaining"]) === "0" && headers["x-ratelimit-reset"] !== void 0)
    wait = Math.max(0, Number(headers["x-ratelimit-reset"]) * 1e3 - nowMs) + 1e3;
  else if (/secondary rate limit/i.test(error2.message ?? "")) wait = 6e4;
  if (wait === void 0 || wait > policy.maxWaitMs) return void 0;
  return wait;
}

// src/action/github.ts
var PULL_FILES_LIMIT = 3e3;
var GitHubApi = class {
  constructor(token, baseUrl, repo, policy = DEFAULT_RETRY) {
    this.repo = repo;
    this.policy = policy;
    this.octokit = getOctokit(token, { baseUrl });
    this.octokit.hook.wrap("request", async (request, options) => {
      const started = Date.now();
      const what = `GitHub API ${options.method} ${String(options.url)}`;
      for (let attempt = 0; ; attempt++) {
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, policy.timeoutMs);
        try {
          options.request = { ...options.request, signal: controller.signal };
          return await request(options);
        } catch (e) {
          const failure = timedOut ? { status: 0 } : e;
          const wait = retryDelay(failure, attempt, Date.now(), policy);
          const why = timedOut ? `no answer within ${seconds(policy.timeoutMs)}` : `${failure.status ?? "no response"}`;
          const elapsed = Date.now() - started;
          if (wait === void 0 || elapsed + wait + policy.timeoutMs > policy.maxTotalMs) {
            if (timedOut)
              throw new Error(`${what}: ${why} (${attempt + 1} attempt(s) in ${seconds(elapsed)})`, { cause: e });
            throw e;
          }
          info(`${what}: ${why}, retrying in ${seconds(wait)}`);
          await new Promise((r) => setTimeout(r, wait));
        } finally {
          clearTimeout(timer);
        }
      }
    });
  }
  octokit;
  /** The files a pull request changes (paginated, up to GitHub's limit of 3,000). */
  async pullRequestFiles(pull) {
    const files = [];
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.pulls.listFiles, {
      ...this.repo,
      pull_number: pull,
      per_page: 100
    })) {
      for (const f of page.data)
        files.push({
          filename: f.filename,
          status: f.status,
          ...f.previous_filename ? { previousFilename: f.previous_filename } : {}
        });
    }
    return { files, truncated: files.length >= PULL_FILES_LIMIT };
  }
  async pullRequest(pull) {
    const { data } = await this.octokit.rest.pulls.get({ ...this.repo, pull_number: pull });
    return { headSha: data.head.sha, baseSha: data.base.sha, state: data.state };
  }
  /** A file's raw bytes at a commit, from the contents API (raw media type: no base64, up to 100 MB). */
  async fileAt(path, ref) {
    const res = await this.octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
      ...this.repo,
      path,
      ref,
      mediaType: { format: "raw" },
      // The body is binary: take the stream, not Octokit's text decoding.
      request: { parseSuccessResponseBody: false }
    });
    const reader = res.data.getReader();
    let stalled = false;
    const timer = setTimeout(() => {
      stalled = true;
      void reader.cancel().catch(() => void 0);
    }, this.policy.maxTotalMs);
    const chunks = [];
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    } finally {
      clearTimeout(timer);
    }
    if (stalled)
      throw new Error(
        `GitHub API contents of ${path}: the download did not finish in ${seconds(this.policy.maxTotalMs)}`
      );
    const bytes = Buffer.concat(chunks);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  /** Every comment on an issue or pull request that starts with `marker` (not one quoting it), oldest first. */
  async commentsWithMarker(issue, marker) {
    const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.repo,
      issue_number: issue,
      per_page: 100
    });
    return all.filter((c) => (c.body ?? "").trimStart().startsWith(marker)).map((c) => ({ id: c.id, body: c.body ?? "", createdAt: c.created_at })).sort((a, b) => a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id);
  }
  async createComment(issue, body) {
    const { data } = await this.octokit.rest.issues.createComment({ ...this.repo, issue_number: issue, body });
    return { id: data.id, body: data.body ?? "", createdAt: data.created_at };
  }
  async updateComment(id, body) {
    await this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: id, body });
  }
  async deleteComment(id) {
    await this.octokit.rest.issues.deleteComment({ ...this.repo, comment_id: id });
  }
  async createCheckRun(run) {
    const { data } = await this.octokit.rest.checks.create({
      ...this.repo,
      name: run.name,
      head_sha: run.headSha,
      status: "completed",
      conclusion: run.conclusion,
      output: { title: run.title, summary: run.summary }
    });
    return data.id;
  }
};
var seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`;
function httpStatus(e) {
  const s = e?.status;
  return typeof s === "number" ? s : void 0;
}

// src/action/publish.ts
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
function writeReportFiles(report, markdown) {
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), "ethos-gate-"));
  const files = { dir, reportPath: join(dir, "report.json"), markdownPath: join(dir, "report.md") };
  writeFileSync(files.reportPath, JSON.stringify(report, null, 2) + "\n");
  writeFileSync(files.markdownPath, markdown);
  return files;
}
function perModelTarget(report, pick) {
  const out = {};
  for (const m of report.models) {
    if (!m.head) continue;
    const row = {};
    for (const t of m.head.targets) {
      const v = pick(t);
      if (v !== void 0) row[t.target] = v;
    }
    out[m.path] = row;
  }
  return out;
}
function setOutputs(report, files, commentId) {
  if (files) {
    setOutput("report-path", files.reportPath);
    setOutput("markdown-path", files.markdownPath);
  }
  setOutput("regressed", String(report.regressed));
  setOutput("npu-coverage", JSON.stringify(perModelTarget(report, (t) => t.npuCoverage)));
  setOutput("latency-ms", JSON.stringify(perModelTarget(report, (t) => t.performance?.summary.inferenceTimeMs)));
  setOutput("comment-id", commentId === void 0 ? "" : String(commentId));
}
function annotate(findings, blocking) {
  const byPath = /* @__PURE__ */ new Map();
  for (const f of findings) byPath.set(f.path, [...byPath.get(f.path) ?? [], f]);
  for (const [path, list] of byPath) {
    const fails = list.some((f) => blocking.has(f));
    const text = list.map((f) => `${f.target ? `${f.target}: ` : ""}${f.message} [${f.rule}]`).join("\n");
    const rules = [...new Set(list.map((f) => f.rule))].join(", ");
    const props = { file: path, title: `ethos-gate: ${fails ? "fails" : "would fail"} ${rules}` };
    if (fails) error(text, props);
    else warning(text, props);
  }
}
async function writeJobSummary(markdown, notes) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const extra = notes.length ? `

<details><summary>Notes</summary>

${notes.map((n) => `- ${escapeMarkdown(n)}`).join("\n")}

</details>
` : "";
  await summary.addRaw(markdown + extra).write();
}
async function uploadReportArtifact(name, files) {
  try {
    const { DefaultArtifactClient } = await import("./chunks/artifact-ING6OU5X.js");
    await new DefaultArtifactClient().uploadArtifact(name, [files.reportPath], files.dir, { retentionDays: 7 });
    info(`Uploaded the report as artifact "${name}".`);
  } catch (e) {
    warning(`Could not upload the report artifact "${name}": ${e.message}`);
  }
}

// src/action/run-gate.ts
import { existsSync, lstatSync as lstatSync2, readFileSync as readFileSync5 } from "node:fs";
import { isAbsolute as isAbsolute3, join as join7 } from "node:path";

// src/gate/shard.ts
import { createHash } from "node:crypto";
var MAX_SHARDS = 256;
function parseShard(setting, raw) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  if (!m) throw new GateConfigError(setting, `"${raw}" is not k/n (e.g. 2/3 for the second of three shards)`);
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1 || total > MAX_SHARDS) throw new GateConfigError(setting, `"${raw}": n must be 1 to ${MAX_SHARDS}`);
  if (index < 1 || index > total)
    throw new GateConfigError(setting, `"${raw}": k must be 1 to ${total} (shards are counted from 1)`);
  return { index, total };
}
function assignShards(items, total) {
  const order = [...items].sort((a, b) => b.weight - a.weight || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const load = new Array(total).fill(0);
  const count = new Array(total).fill(0);
  const out = /* @__PURE__ */ new Map();
  for (const item of order) {
    let best = 0;
    for (let s = 1; s < total; s++)
      if (load[s] < load[best] || load[s] === load[best] && count[s] < count[best]) best = s;
    load[best] += Math.max(1, item.weight);
    count[best]++;
    out.set(item.path, best + 1);
  }
  return out;
}
function selectionDigest(changes) {
  const lines = changes.map((c) => `${c.status}	${c.path}	${c.basePath ?? ""}`).sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}
function shardFileName(shard) {
  return `ethos-gate-shard-${shard.index}-of-${shard.total}.json`;
}
var SHARD_FILE_PATTERN = /^ethos-gate-shard-(\d+)-of-(\d+)\.json$/;
function parseShardFile(text, file) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ReportFileError(file, `not JSON: ${e.message}`);
  }
  const d = doc;
  if (typeof d !== "object" || d === null || d.kind !== "ethos-gate-shard")
    throw new ReportFileError(file, "not an ethos-gate shard report (kind)");
  if (d.schemaVersion !== 1)
    throw new ReportFileError(file, `schemaVersion ${JSON.stringify(d.schemaVersion)} is not 1`);
  const s = d.shard;
  if (!s || !Number.isSafeInteger(s.index) || !Number.isSafeInteger(s.total) || s.index < 1 || s.index > s.total)
    throw new ReportFileError(file, "shard must be {index, total} with 1 <= index <= total");
  if (typeof d.sha !== "string" || typeof d.engine !== "string")
    throw new ReportFileError(file, "sha and engine must be strings");
  if (d.runId !== void 0 && typeof d.runId !== "string") throw new ReportFileError(file, "runId must be a string");
  const sel = d.selection;
  if (!sel || !Number.isSafeInteger(sel.models) || typeof sel.digest !== "string")
    throw new ReportFileError(file, "selection must be {models, digest}");
  const report = parseGateReport(JSON.stringify(d.report ?? null), `${file} (report)`);
  return { ...d, report };
}
var ShardMergeError = class extends Error {
  constructor(detail) {
    super(`cannot merge the shard reports: ${detail}`);
    this.detail = detail;
    this.name = "ShardMergeError";
  }
};
function mergeShards(shards, expect) {
  if (!shards.length) throw new ShardMergeError("no shard reports were found");
  const [first] = shards;
  const total = first.data.shard.total;
  const byIndex = /* @__PURE__ */ new Map();
  for (const { file, data } of shards) {
    const where = `${file} (shard ${data.shard.index}/${data.shard.total})`;
    const differs = (what, a, b) => new ShardMergeError(`${where} has ${what} ${JSON.stringify(b)}, ${first.file} has ${JSON.stringify(a)}`);
    if (data.shard.total !== total) throw differs("a shard count of", total, data.shard.total);
    const seen = byIndex.get(data.shard.index);
    if (seen) throw new ShardMergeError(`shard ${data.shard.index}/${total} was found twice: ${seen} and ${file}`);
    byIndex.set(data.shard.index, file);
    if (expect.runId && data.runId && data.runId !== expect.runId)
      throw new ShardMergeError(`${where} belongs to workflow run ${data.runId}, not to this run ${expect.runId}`);
    if (data.sha !== first.data.sha) throw differs("commit", first.data.sha, data.sha);
    if (data.engine !== first.data.engine) throw differs("engine", first.data.engine, data.engine);
    const r = data.report;
    if (JSON.stringify(r.targets) !== JSON.stringify(first.data.report.targets))
      throw differs("targets", first.data.report.targets, r.targets);
    if (r.tool.version !== first.data.report.tool.version)
      throw differs("ethos-gate version", first.data.report.tool.version, r.tool.version);
    if (JSON.stringify(r.pullRequest ?? null) !== JSON.stringify(first.data.report.pullRequest ?? null))
      throw differs("pull request", first.data.report.pullRequest ?? null, r.pullRequest ?? null);
    if (data.selection.digest !== first.data.selection.digest)
      throw new ShardMergeError(
        `${where} saw a different list of models than ${first.file} (${data.selection.models} vs ${first.data.selection.models}): did the pull request change during the run?`
      );
  }
  const missing = [];
  for (let i = 1; i <= total; i++) if (!byIndex.has(i)) missing.push(i);
  if (missing.length)
    throw new ShardMergeError(
      `${missing.length} of ${total} shard(s) missing: ` + missing.map((i) => expect.describeMissing({ index: i, total })).join(", ")
    );
  const velaVersions = /* @__PURE__ */ new Map();
  for (const { file, data } of shards)
    for (const m of data.report.models)
      for (const r of [m.head, m.base])
        if (r?.engine?.name === "vela" && r.engine.version !== "unknown" && !velaVersions.has(r.engine.version))
          velaVersions.set(r.engine.version, file);
  if (velaVersions.size > 1)
    throw new ShardMergeError(
      `the shards ran different Vela versions: ${[...velaVersions].map(([v, f]) => `${v} in ${f}`).join(", ")}`
    );
  const owner = /* @__PURE__ */ new Map();
  const models = [];
  for (const { data } of [...shards].sort((a, b) => a.data.shard.index - b.data.shard.index)) {
    for (const m of data.report.models) {
      const other = owner.get(m.path);
      if (other !== void 0)
        throw new ShardMergeError(`${m.path} is in shard ${other}/${total} and in shard ${data.shard.index}/${total}`);
      owner.set(m.path, data.shard.index);
      models.push(m);
    }
  }
  if (models.length !== first.data.selection.models)
    throw new ShardMergeError(
      `the shards hold ${models.length} models, but the run has ${first.data.selection.models}`
    );
  models.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const { report } = first.data;
  return {
    total,
    models,
    tool: report.tool,
    targets: report.targets,
    ...report.pullRequest ? { pullRequest: report.pullRequest } : {},
    sha: first.data.sha,
    engine: first.data.engine
  };
}

// src/action/models.ts
import { lstatSync, readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function allModels(root, isModel) {
  const found = [];
  const walk = (dir, rel) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join2(dir, entry.name), path);
      } else if (entry.isFile() && isModel(path)) found.push(path);
    }
  };
  walk(root, "");
  return found.sort().map((path) => ({ path, status: "unchanged" }));
}
async function changedFiles(ctx, api, baseSha) {
  let partial;
  if (ctx.pull && api) {
    try {
      const { files, truncated } = await api.pullRequestFiles(ctx.pull.number);
      if (!truncated) return { files, source: "the pull request files API" };
      partial = files;
      info(`The pull request files API stops at ${files.length} files; asking git for the full list.`);
    } catch (e) {
      info(`The pull request files API is not available (${e.message}); using git diff.`);
    }
  }
  try {
    const head = ctx.sha && await hasCommit(ctx.workspace, ctx.sha) ? ctx.sha : "HEAD";
    return {
      files: parseNameStatus(await diffNameStatus(ctx.workspace, baseSha, head)),
      source: `git diff ${baseSha}...${head}`
    };
  } catch (e) {
    if (partial) {
      warning(
        `Only the first ${partial.length} changed files were checked: git diff failed (${e.message}).`
      );
      return { files: partial, source: "the pull request files API (first 3,000 files)" };
    }
    throw new Error(
      `cannot list the changed files: ${e.message}. Check out with \`fetch-depth: 0\` or grant \`pull-requests: read\`.`,
      { cause: e }
    );
  }
}
var HEAD_WHOLE_READ_LIMIT = 1024 * 1024 * 1024;
function readHead(workspace, path) {
  const file = join2(workspace, path);
  try {
    const st = lstatSync(file);
    if (st.isSymbolicLink()) return "symlink";
    if (!st.isFile()) return { error: `${path} is not a regular file` };
    if (st.size > HEAD_WHOLE_READ_LIMIT) return { large: st.size };
    return readFileSync2(file);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return "missing";
    return { error: `cannot read ${path}: ${fsReason(e)}` };
  }
}
var BaseReader = class {
  constructor(workspace, api, sha, lfsAuth) {
    this.workspace = workspace;
    this.api = api;
    this.sha = sha;
    this.lfsAuth = lfsAuth;
  }
  local;
  async read(path) {
    this.local ??= hasCommit(this.workspace, this.sha);
    let bytes;
    if (await this.local) bytes = await showFile(this.workspace, this.sha, path);
    else if (!this.api) throw new Error(`base commit ${this.sha} is not in the clone and no token was given`);
    else bytes = await this.api.fileAt(path, this.sha);
    return isLfsPointer(bytes) ? lfsContent(this.workspace, path, bytes, this.lfsAuth) : bytes;
  }
};
async function headBytes(workspace, path, lfsAuth) {
  const read = readHead(workspace, path);
  if (read === "missing") return { code: "missing", message: `${path} is not in the checked-out workspace` };
  if (read === "symlink") return { code: "symlink", message: `${path} is a symbolic link; it is not followed` };
  if (!(read instanceof Uint8Array)) return "error" in read ? { code: "io-error", message: read.error } : read;
  if (!isLfsPointer(read)) return read;
  try {
    return await lfsContent(workspace, path, read, lfsAuth);
  } catch (e) {
    const message = `${path}: ${e.message}; check out the LFS content (actions/checkout with \`lfs: true\`)`;
    return { code: "lfs-pointer", message };
  }
}

// src/action/analyze.ts
import { join as join3 } from "node:path";
var BUILTIN_ENGINE = { choice: "builtin" };
var VELA_BATCH = 32;
async function analyzeChanges(changes, workspace, targets, base, engine = BUILTIN_ENGINE, lfsAuth) {
  const out = [];
  const warned = /* @__PURE__ */ new Set();
  const batch = engine.choice === "builtin" ? 1 : VELA_BATCH;
  for (let i = 0; i < changes.length; i += batch) {
    const started = Date.now();
    const slice = changes.slice(i, i + batch);
    out.push(...await analyzeBatch(slice, workspace, targets, base, engine, warned, lfsAuth));
    const took = Date.now() - started;
    if (batch === 1) {
      const c = slice[0];
      info(
        `${c.status.padEnd(9)} ${sanitizeTerminal(c.path)}${c.basePath ? ` (from ${sanitizeTerminal(c.basePath)})` : ""}: ${took} ms`
      );
    } else info(`${slice.length} model(s) analysed with engine ${engine.choice}: ${took} ms`);
  }
  return out;
}
async function analyzeBatch(changes, workspace, targets, base, engine, warned, lfsAuth) {
  const comparisons = [];
  const inputs = [];
  const slots = [];
  for (const change2 of changes) {
    const comparison = {
      path: change2.path,
      ...change2.basePath ? { basePath: change2.basePath } : {},
      status: change2.status
    };
    comparisons.push(comparison);
    if (change2.status !== "removed") {
      const head = await headBytes(workspace, change2.path, lfsAuth);
      if (head instanceof Uint8Array) {
        inputs.push({ path: change2.path, bytes: head });
        slots.push({ comparison, side: "head" });
      } else if ("large" in head) comparison.head = analyzeLarge(workspace, change2.path, head.large, targets, engine);
      else comparison.head = unreadable(change2.path, head.code, head.message);
    }
    if (base && (change2.status === "modified" || change2.status === "renamed")) {
      const basePath = change2.basePath ?? change2.path;
      try {
        inputs.push({ path: basePath, bytes: await base.read(basePath) });
        slots.push({ comparison, side: "base" });
      } catch (e) {
        comparison.base = unreadable(
          basePath,
          "base-unavailable",
          `cannot read the base version at ${base.sha}: ${e.message}`
        );
      }
    }
  }
  const results = await analyzeModelsWithEngine(inputs, targets, {
    engine: engine.choice,
    builtinVersion: VERSION,
    ...engine.velaPath ? { velaPath: engine.velaPath } : {},
    ...engine.timeoutMs ? { timeoutMs: engine.timeoutMs } : {},
    ...engine.exactWeights ? { exactWeights: true } : {}
  });
  const stamps = /* @__PURE__ */ new Map();
  results.forEach((r, k) => {
    for (const w of r.warnings) {
      if (warned.has(w)) continue;
      warned.add(w);
      warning(w);
    }
    if (engine.choice !== "builtin") r.result.engine = { name: r.engine.engine, version: r.engine.version };
    stamps.set(r.result, r.engine);
    slots[k].comparison[slots[k].side] = r.result;
  });
  for (const c of comparisons) refuseMixedEngines(c, stamps);
  return comparisons;
}
async function analyzeBytes(path, bytes, targets, engine = BUILTIN_ENGINE) {
  const [r] = await analyzeModelsWithEngine([{ path, bytes }], targets, {
    engine: engine.choice,
    builtinVersion: VERSION,
    ...engine.velaPath ? { velaPath: engine.velaPath } : {},
    ...engine.timeoutMs ? { timeoutMs: engine.timeoutMs } : {},
    ...engine.exactWeights ? { exactWeights: true } : {}
  });
  for (const w of r.warnings) warning(w);
  if (engine.choice !== "builtin") r.result.engine = { name: r.engine.engine, version: r.engine.version };
  return r.result;
}
function analyzeLarge(workspace, path, size, targets, engine) {
  if (engine.choice === "vela")
    return unreadable(path, "too-large", `${path} (${(size / 2 ** 30).toFixed(1)} GiB) is too large for engine: vela`);
  return analyzeModelFile(join3(workspace, path), targets, {
    displayPath: path,
    ...engine.exactWeights ? { exactWeights: true } : {}
  });
}
function refuseMixedEngines(c, stamps) {
  if (!c.head || !c.base || c.head.error || c.base.error) return;
  const head = stamps.get(c.head);
  const base = stamps.get(c.base);
  if (!head || !base) return;
  try {
    assertComparable(c.path, base, head);
  } catch (e) {
    if (!isVelaError(e)) throw e;
    c.base = { ...c.base, error: { code: ENGINE_MISMATCH, message: e.message } };
  }
}
function toolFor(models) {
  const stamps = models.flatMap((m) => [m.head, m.base]).flatMap((r) => r?.engine ? [r.engine] : []);
  const vela = stamps.filter((s) => s.name === "vela");
  const versions = [...new Set(vela.map((s) => s.version))].sort().join(", ");
  if (vela.length && vela.length === stamps.length)
    return { name: "ethos-gate", version: VERSION, engine: "vela", engineVersion: versions };
  const mixed = vela.length ? `; ${vela.length} of ${stamps.length} results from Vela ${versions}` : "";
  return { name: "ethos-gate", version: VERSION, engine: "builtin", engineVersion: BUILTIN_ENGINE_VERSION + mixed };
}
function unreadable(path, code, message) {
  return { path, sha256: "", velaCompiled: false, error: { code, message }, targets: [] };
}

// src/action/targets.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { isAbsolute, join as join4 } from "node:path";
var DEFAULT_TARGET = "ethos-u55-256";
function loadTargets(ids, targetFiles, workspace) {
  const files = targetFiles.map((path) => ({ path, text: readTargetFile(workspace, path) }));
  try {
    return resolveTargets(ids.length || files.length ? ids : [DEFAULT_TARGET], files);
  } catch (e) {
    if (isTargetError(e)) throw new GateConfigError(e.file === void 0 ? "targets" : "target-files", e.message);
    throw e;
  }
}
function readTargetFile(workspace, path) {
  try {
    return readFileSync3(isAbsolute(path) ? path : join4(workspace, path), "utf8");
  } catch (e) {
    throw new TargetError("missing-file", `cannot read the target file: ${e.message}`, { file: path });
  }
}

// src/action/shard.ts
import { copyFileSync, mkdirSync, mkdtempSync as mkdtempSync2, readdirSync as readdirSync2, readFileSync as readFileSync4, statSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { isAbsolute as isAbsolute2, join as join5, relative } from "node:path";
var MAX_SHARD_BYTES = 100 * 1024 * 1024;
var MAX_DEPTH = 4;
var shardArtifactName = (prefix, shard) => `${prefix}-shard-${shard.index}-of-${shard.total}`;
var hasArtifactService = () => Boolean(process.env.ACTIONS_RUNTIME_TOKEN);
var inWorkspace = (workspace, path) => isAbsolute2(path) ? path : join5(workspace, path);
async function publishShard(inputs, ctx, shard, report, selection, extras = []) {
  const markdown = renderMarkdown(report, { markerKey: `shard-${shard.index}-of-${shard.total}` });
  const extraText = extras.map((e) => e.levels[0]).join("\n\n");
  const files = writeReportFiles(report, markdown);
  const data = {
    kind: "ethos-gate-shard",
    schemaVersion: 1,
    shard,
    ...process.env.GITHUB_RUN_ID ? { runId: process.env.GITHUB_RUN_ID } : {},
    sha: ctx.sha,
    engine: inputs.engine.choice,
    selection,
    report
  };
  const name = shardFileName(shard);
  const file = join5(files.dir, name);
  writeFileSync2(file, JSON.stringify(data) + "\n");
  await writeJobSummary(
    `Shard ${shard.index}/${shard.total}: ${report.models.length} of ${selection.models} model(s). The merge job gives the verdict and posts the comment.

` + markdown + (extraText ? `

${extraText}
` : ""),
    []
  );
  let delivered = false;
  if (inputs.reportsPath) {
    const dir = inWorkspace(ctx.workspace, inputs.reportsPath);
    mkdirSync(dir, { recursive: true });
    copyFileSync(file, join5(dir, name));
    info(`Wrote ${join5(inputs.reportsPath, name)}.`);
    delivered = true;
  }
  if (hasArtifactService()) {
    const artifact = shardArtifactName(inputs.reportArtifact, shard);
    try {
      const { DefaultArtifactClient } = await import("./chunks/artifact-ING6OU5X.js");
      await new DefaultArtifactClient().uploadArtifact(artifact, [file], files.dir, { retentionDays: 1 });
      info(`Uploaded the shard report as artifact "${artifact}".`);
      delivered = true;
    } catch (e) {
      if (!delivered) throw new Error(`could not upload the shard report "${artifact}": ${e.message}`);
      warning(`Could not upload the shard report "${artifact}": ${e.message}`);
    }
  }
  if (!delivered)
    throw new GateConfigError(
      "reports-path",
      "this runner has no artifact service (ACTIONS_RUNTIME_TOKEN is not set): give a folder for the shard reports"
    );
  setOutputs(report, files, void 0);
}
async function collectShards(inputs, ctx) {
  if (inputs.reportsPath) {
    const dir = inWorkspace(ctx.workspace, inputs.reportsPath);
    const found = findShardFiles(dir);
    info(`${found.length} shard report(s) under ${inputs.reportsPath}.`);
    return {
      shards: found.map((path) => ({ file: relative(ctx.workspace, path) || path, data: readShardFile(path) })),
      describeMissing: (s) => `${s.index}/${s.total} (no ${shardFileName(s)} under ${inputs.reportsPath})`
    };
  }
  if (!hasArtifactService())
    throw new GateConfigError(
      "reports-path",
      "merge needs the shard reports: this runner has no artifact service (ACTIONS_RUNTIME_TOKEN is not set), so give the folder the shards wrote to"
    );
  const { DefaultArtifactClient } = await import("./chunks/artifact-ING6OU5X.js");
  const client = new DefaultArtifactClient();
  const { artifacts } = await client.listArtifacts({ latest: true });
  const prefix = `${inputs.reportArtifact}-shard-`;
  const mine = artifacts.filter((a) => a.name.startsWith(prefix) && /^\d+-of-\d+$/.test(a.name.slice(prefix.length)));
  info(`${mine.length} shard artifact(s) "${prefix}*" in this run.`);
  const shards = [];
  for (const a of mine) {
    if (a.size > MAX_SHARD_BYTES) throw new Error(`artifact "${a.name}" is ${a.size} bytes: too large for a report`);
    const dir = mkdtempSync2(join5(process.env.RUNNER_TEMP || tmpdir2(), "ethos-gate-shard-"));
    await client.downloadArtifact(a.id, { path: dir });
    const files = findShardFiles(dir);
    if (files.length !== 1)
      throw new ReportFileError(`artifact "${a.name}"`, `holds ${files.length} shard reports, expected one`);
    shards.push({ file: `artifact "${a.name}"`, data: readShardFile(files[0]) });
  }
  return {
    shards,
    describeMissing: (s) => `${s.index}/${s.total} (no artifact "${shardArtifactName(inputs.reportArtifact, s)}")`
  };
}
function readShardFile(path) {
  const size = statSync(path).size;
  if (size > MAX_SHARD_BYTES) throw new ReportFileError(path, `${size} bytes: too large for a shard report`);
  return parseShardFile(readFileSync4(path, "utf8"), path);
}
function findShardFiles(dir) {
  const out = [];
  const walk = (d, depth) => {
    let entries;
    try {
      entries = readdirSync2(d, { withFileTypes: true });
    } catch (e) {
      if (depth === 0) throw new GateConfigError("reports-path", `cannot read ${d}: ${e.message}`);
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && depth < MAX_DEPTH) walk(join5(d, e.name), depth + 1);
      else if (e.isFile() && SHARD_FILE_PATTERN.test(e.name)) out.push(join5(d, e.name));
    }
  };
  walk(dir, 0);
  return out.sort();
}

// src/action/artifacts.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdirSync as mkdirSync2, mkdtempSync as mkdtempSync3, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join6 } from "node:path";
var RETENTION_DAYS = 14;
var NAME_PART_MAX = 80;
var hasArtifactService2 = (env = process.env) => Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
function artifactName(kind, path, salt) {
  const readable = path.replace(/\.tflite$/i, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[-.]+|[-.]+$/g, "").slice(-NAME_PART_MAX).replace(/^[-.]+/, "") || "model";
  const hash = createHash2("sha256").update(`${path}
${salt}`).digest("hex").slice(0, 8);
  return `ethos-gate-${kind}-${readable}-${hash}`;
}
function artifactUrl(ctx, id, env = process.env) {
  const server = env.GITHUB_SERVER_URL;
  const run = env.GITHUB_RUN_ID;
  if (id === void 0 || !server || !run) return void 0;
  return `${server}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${run}/artifacts/${id}`;
}
var ArtifactOutputs = class {
  constructor(ctx, env = process.env) {
    this.ctx = ctx;
    this.env = env;
  }
  root;
  warned = false;
  /** The folder holding every model's subfolder (created on first use): under RUNNER_TEMP, else the workspace's `.ethos-gate/`. */
  get dir() {
    if (!this.root) {
      const base = this.env.RUNNER_TEMP || join6(this.ctx.workspace, ".ethos-gate");
      mkdirSync2(base, { recursive: true });
      this.root = mkdtempSync3(join6(base, "ethos-gate-optimized-"));
    }
    return this.root;
  }
  get used() {
    return this.root !== void 0;
  }
  /** Writes the files to `<dir>/<name>/` and uploads them as the artifact `name` when the runner can. */
  async publish(name, files) {
    const dir = join6(this.dir, name);
    mkdirSync2(dir, { recursive: true });
    const paths = files.map((f) => {
      const p = join6(dir, f.name.replace(/[":<>|*?\r\n\\/]/g, "_"));
      writeFileSync3(p, f.bytes);
      return p;
    });
    if (!hasArtifactService2(this.env)) {
      if (!this.warned)
        warning(
          `No artifact service on this runner (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set): the optimized and quantized models stay on disk under ${this.dir} (the optimized-path output).`
        );
      this.warned = true;
      return { status: "kept", name, dir };
    }
    try {
      const { DefaultArtifactClient } = await import("./chunks/artifact-ING6OU5X.js");
      const { id } = await new DefaultArtifactClient().uploadArtifact(name, paths, dir, {
        retentionDays: RETENTION_DAYS
      });
      const url = artifactUrl(this.ctx, id, this.env);
      info(`Uploaded artifact "${name}"${url ? `: ${url}` : ""}.`);
      return { status: "uploaded", name, ...id !== void 0 ? { id } : {}, ...url ? { url } : {} };
    } catch (e) {
      const message = e.message;
      warning(`Could not upload the artifact "${name}" (the files are in ${dir}): ${message}`);
      return { status: "failed", name, dir, message };
    }
  }
};
function describeOutcome(o) {
  const code = `\`${o.name}\``;
  if (o.status === "uploaded") return o.url ? `Artifact: [${code}](${o.url})` : `Artifact: ${code}`;
  if (o.status === "kept") return `Files kept on the runner (no artifact service): ${code}`;
  return `Artifact ${code} could not be uploaded; the files are on the runner`;
}

// src/action/optimize.ts
var DRIFT_SAMPLES = 4;
var NAME_WIDTH = 60;
async function loadOptimizer(spec) {
  const module = await import("./chunks/optimize-BPBFAY5N.js");
  try {
    return { settings: module.parseSettings(spec), module };
  } catch (e) {
    if (module.isOptimizeError(e)) throw new GateConfigError("optimize", e.detail);
    throw e;
  }
}
function notOptimised(m) {
  if (!m.head) return "no head version";
  if (m.head.velaCompiled) return "already compiled by Vela";
  if (m.head.error) return `not analysed (${m.head.error.code})`;
  return void 0;
}
async function optimizeModels(optimizer, models, targets, workspace, outputs, salt, lfsAuth) {
  const opt = optimizer.module;
  const sections = [];
  const skipped = [];
  for (const m of models) {
    const why = notOptimised(m);
    if (why) {
      if (m.status !== "removed") skipped.push(`${m.path}: ${why}`);
      continue;
    }
    const bytes = await headBytes(workspace, m.path, lfsAuth);
    if (!(bytes instanceof Uint8Array)) {
      const why2 = "large" in bytes ? `${(bytes.large / 2 ** 30).toFixed(1)} GiB is too large to rework in memory` : bytes.message;
      skipped.push(`${m.path}: ${why2}`);
      continue;
    }
    const started = Date.now();
    let run;
    try {
      run = opt.optimizeModel(bytes, optimizer.settings, targets, { file: m.path });
    } catch (e) {
      warning(`optimize: ${e.message}`);
      skipped.push(`${m.path}: ${e.message}`);
      continue;
    }
    if (!run.weights.length) {
      skipped.push(`${m.path}: no constant weights of NPU layers to optimise`);
      continue;
    }
    run = await opt.withDrift(run, bytes, { samples: DRIFT_SAMPLES });
    const outcome = await outputs.publish(artifactName("optimized", m.path, salt), opt.optimizationOutputs(run));
    info(`optimize ${sanitizeTerminal(m.path)}: ${run.variants.length} variant(s) in ${Date.now() - started} ms`);
    sections.push(optimizationSection(opt.optimizationReportData(run), opt, run, describeOutcome(outcome)));
  }
  if (skipped.length) {
    info(`Not optimised:
${skipped.map((s) => `  ${sanitizeTerminal(s)}`).join("\n")}`);
    const lines = skipped.map((s) => `- ${escapeMarkdown(s)}`);
    sections.push({
      levels: [
        `**Not optimised** (${skipped.length}):

${lines.join("\n")}`,
        `**Not optimised**: ${skipped.length} model(s); see the job log.`
      ]
    });
  }
  return sections;
}
function change(row, digits) {
  if (!row) return "\u2013";
  const fmt = (v) => row.unit === "cycles" ? formatInt(v) : v.toFixed(digits);
  const pct = row.improvementPercent;
  const gain = pct === null || !Number.isFinite(pct) ? "" : Math.abs(pct) < 0.05 ? " (\xB10.0%)" : ` (${pct > 0 ? "\u2212" : "+"}${Math.abs(pct).toFixed(1)}%)`;
  return `${fmt(row.original)} \u2192 ${fmt(row.optimized)}${gain}`;
}
function compactTable(data) {
  const rows = [];
  for (const v of data.variants) {
    const cosines = outputCosines(v.drift);
    const kept = (v.drift?.outputs ?? []).filter((o) => o.indices && o.top1Agreement !== null);
    const cosine = cosines.length ? Math.min(...cosines).toFixed(4) : kept.length ? `${(Math.min(...kept.map((o) => o.top1Agreement)) * 100).toFixed(1)}% of classes kept` : v.drift?.error ? "not measured" : "\u2013";
    for (const t of v.targets) {
      const row = (metric) => t.rows.find((r) => r.metric === metric);
      rows.push([
        escapeMarkdown(v.label),
        escapeMarkdown(t.target),
        t.error ? escapeMarkdown(t.error) : change(row("Encoded weights"), 2),
        t.error ? "\u2013" : change(row("Inference time"), 4),
        t.placementUnchanged ? String(t.npuOperators.optimized) : `**${t.npuOperators.original} \u2192 ${t.npuOperators.optimized}**`,
        cosine
      ]);
    }
  }
  return markdownTable(
    ["Setting", "Target", "Encoded weights (KiB)", "Inference time (ms)", "NPU operators", "Min output cosine"],
    ["left", "left", "right", "right", "right", "right"],
    rows
  );
}
function optimizationSection(data, opt, run, where) {
  const name = escapeMarkdown(truncateMiddle(data.file, NAME_WIDTH));
  const title = `#### Optimization of **${name}**`;
  const table = compactTable(data);
  const caveat = `> ${escapeMarkdown(data.caveat)}`;
  const full = opt.renderOptimizationReport(run, "markdown").replace(/^(#+) /gm, "$1## ");
  return {
    levels: [
      [title, table, where, `<details><summary>Full optimization report</summary>

${full}

</details>`].join(
        "\n\n"
      ),
      [title, table, where, caveat].join("\n\n"),
      `Optimization of **${name}**: ${data.variants.length} setting(s). ${where}.`
    ]
  };
}

// src/action/quantize.ts
var CALIBRATION_SAMPLES = 100;
var NAME_WIDTH2 = 60;
var QUANTIZED_SUFFIX = " (quantized int8)";
var RANDOM_CAVEAT = "Calibrated on random inputs (the action has no representative data): placement and performance are those of the int8 model, but its accuracy is not. Quantize with real calibration data (`ethos-gate quantize --calibration DIR`) before relying on it.";
async function quantizeModels(models, targets, engine, workspace, outputs, salt, lfsAuth) {
  const q = await import("./chunks/quantize-F2O4QIDN.js");
  const sections = [];
  let integer = 0;
  for (const m of models) {
    if (!m.head || m.head.error || m.head.velaCompiled) continue;
    const bytes = await headBytes(workspace, m.path, lfsAuth);
    if (!(bytes instanceof Uint8Array)) continue;
    if (!q.isFloatModel(readModel(bytes, { file: m.path }))) {
      integer++;
      continue;
    }
    const started = Date.now();
    const label = m.path + QUANTIZED_SUFFIX;
    const name = escapeMarkdown(truncateMiddle(m.path, NAME_WIDTH2));
    try {
      const result = await q.quantize(bytes, { io: "int8", file: m.path, randomCount: CALIBRATION_SAMPLES });
      const tracking = await q.compareOutputs(bytes, result.bytes, result.samples, { file: m.path });
      const quantized = await analyzeBytes(label, result.bytes, targets, engine);
      const notes = q.describeQuantization(result.report, tracking);
      const stem = (m.path.split("/").pop() ?? "model").replace(/\.tflite$/i, "");
      const table = comparisonTable(m.head, quantized);
      const text = (s) => new TextEncoder().encode(s);
      const outcome = await outputs.publish(artifactName("quantized", m.path, salt), [
        { name: `${stem}.int8.tflite`, bytes: result.bytes },
        {
          name: `${stem}.quantization.md`,
          bytes: text(`# ${m.path}${QUANTIZED_SUFFIX}

${table}

${notes.map((l) => `    ${l}`).join("\n")}
`)
        },
        {
          name: `${stem}.quantization.json`,
          bytes: text(
            JSON.stringify({ file: m.path, report: result.report, tracking, float: m.head, quantized }, null, 2) + "\n"
          )
        }
      ]);
      info(
        `quantize ${sanitizeTerminal(m.path)}: ${Date.now() - started} ms
${notes.map((l) => `  ${sanitizeTerminal(l)}`).join("\n")}`
      );
      const title = `#### Quantized to int8: **${name}**`;
      const where = describeOutcome(outcome);
      const details = `<details><summary>Quantization</summary>

${notes.map((l) => `- ${escapeMarkdown(l)}`).join("\n")}

</details>`;
      sections.push({
        levels: [
          [title, table, `> ${RANDOM_CAVEAT}`, where, details].join("\n\n"),
          [title, table, `> ${RANDOM_CAVEAT}`, where].join("\n\n"),
          `Quantized to int8: **${name}**${summaryLine(m.head, quantized)}. ${where}.`
        ]
      });
    } catch (e) {
      const message = e.message;
      warning(`quantize: ${m.path}: ${message}`);
      sections.push({ levels: [`Quantized to int8: **${name}**: failed: ${escapeMarkdown(message)}`] });
    }
  }
  if (integer) info(`quantize: ${integer} model(s) already integer, left as they are.`);
  return sections;
}
function comparisonTable(float, quantized) {
  const rows = [];
  for (const f of float.targets) {
    const q = quantized.targets.find((t) => t.target === f.target);
    const cells = (t) => {
      if (!t) return ["\u2013", "\u2013", "\u2013", "\u2013"];
      const p = t.performance?.summary;
      return [
        `${t.npuOperators}/${t.npuOperators + t.cpuOperators} (${formatPercent(t.npuCoverage)})`,
        // No NPU operator: no estimate (Vela times the NPU only), not zero time.
        !p ? "\u2013" : t.npuOperators === 0 ? "CPU only" : formatMs(p.inferenceTimeMs),
        p ? formatBytes(p.sramUsedBytes) : "\u2013",
        p ? formatBytes(p.onChipFlashUsedBytes + p.offChipFlashUsedBytes) : "\u2013"
      ];
    };
    const a = cells(f);
    const b = cells(q);
    rows.push([escapeMarkdown(f.target), ...a.map((x, i) => `${x} \u2192 ${b[i]}`)]);
  }
  const error2 = quantized.error ? `

The quantized model could not be analysed: ${escapeMarkdown(quantized.error.message)}` : "";
  return markdownTable(
    ["Target (float \u2192 int8)", "NPU operators", "Inference time", "SRAM", "Flash"],
    ["left", "right", "right", "right", "right"],
    rows
  ) + error2;
}
function summaryLine(float, quantized) {
  const f = float.targets[0];
  const q = quantized.targets.find((t) => t.target === f?.target);
  if (!f || !q) return "";
  return ` \u2014 NPU coverage on ${escapeMarkdown(f.target)} ${formatPercent(f.npuCoverage)} \u2192 ${formatPercent(q.npuCoverage)}`;
}

// src/action/sections.ts
var MIN_GATE_SHARE = 0.75;
var joined = (parts) => parts.filter((p) => p.length > 0).join("\n\n");
function appendSections(render, sections, limit) {
  const gate = render(limit);
  if (!sections.length) return gate;
  const level = sections.map(() => 0);
  const extras = () => joined(sections.map((s, i) => s.levels[level[i]] ?? ""));
  const total = (g, e2) => g.trimEnd().length + (e2 ? 2 + e2.length : 0) + 1;
  const assemble = (g, e2) => e2 ? `${g.trimEnd()}

${e2}
` : g;
  while (total(gate, extras()) > limit) {
    let pick = -1;
    for (let i = 0; i < sections.length; i++) {
      if (level[i] >= sections[i].levels.length - 1) continue;
      if (pick < 0 || sections[i].levels[level[i]].length > sections[pick].levels[level[pick]].length) pick = i;
    }
    if (pick < 0) break;
    level[pick]++;
  }
  let e = extras();
  if (total(gate, e) <= limit) return assemble(gate, e);
  const share = Math.floor(limit * (1 - MIN_GATE_SHARE));
  if (e.length > share) {
    const note = "\n\n\u2026 (more optimization results in the job summary and the artifacts)";
    e = e.slice(0, Math.max(0, share - note.length)).replace(/\n[^\n]*$/, "") + note;
  }
  return assemble(render(limit - e.length - 3), e);
}

// src/action/run-gate.ts
var FORK_HELP = 'The token cannot write to this pull request (pull requests from forks get a read-only token). The report is in the job summary and in the artifact "%s". To comment anyway, add a second workflow on `workflow_run` that runs this action with `mode: comment-from-report` (see the README: fork-safe setup).';
async function runGate(inputs, ctx) {
  const config = loadConfig(inputs, ctx.workspace);
  const targets = loadTargets(inputs.targets, inputs.targetFiles, ctx.workspace);
  const api = apiFor(inputs, ctx);
  const optimizer = inputs.optimize ? await loadOptimizer(inputs.optimize) : void 0;
  const isModel = modelMatcher(inputs.models);
  const lfsAuth = lfsAuthOf(inputs, ctx);
  let changes;
  let base;
  const baseSha = ctx.pull?.baseSha ?? ctx.mergeGroup?.baseSha ?? ctx.pushBefore;
  if (inputs.mode === "changed" && baseSha) {
    const { files, source } = await changedFiles(ctx, api, baseSha);
    changes = selectChangedModels(files, isModel);
    base = new BaseReader(ctx.workspace, api, baseSha, lfsAuth);
    info(`${changes.length} changed model(s) among ${files.length} changed file(s), from ${source}.`);
  } else {
    if (inputs.mode === "changed")
      info(`No base commit in a "${ctx.eventName}" event: checking every matching model (mode: all).`);
    changes = allModels(ctx.workspace, isModel);
    info(`${changes.length} model(s) match ${inputs.models.join(", ")}.`);
  }
  const selection = { models: changes.length, digest: selectionDigest(changes) };
  if (inputs.shard) {
    changes = shardOf(changes, inputs.shard, ctx.workspace);
    info(`Shard ${inputs.shard.index}/${inputs.shard.total}: ${changes.length} of ${selection.models} model(s).`);
  }
  const models = await analyzeChanges(changes, ctx.workspace, targets, base, inputs.engine, lfsAuth);
  const extras = await optimizeAndQuantize(inputs, ctx, models, targets, optimizer);
  const tool = toolFor(models);
  const outcome = buildGateReport({
    version: tool.version,
    engine: tool.engine,
    engineVersion: tool.engineVersion,
    targets: targets.map((t) => t.id),
    models,
    config,
    ...ctx.pull ? { pullRequest: pullRequestOf(ctx) } : {}
  });
  if (inputs.shard) {
    await publishShard(inputs, ctx, inputs.shard, outcome.report, selection, extras);
    return false;
  }
  return publishVerdict(inputs, ctx, api, outcome, extras);
}
async function optimizeAndQuantize(inputs, ctx, models, targets, optimizer) {
  if (!optimizer && !inputs.quantize) return [];
  const outputs = new ArtifactOutputs(ctx);
  const salt = `${inputs.checkName}
${targets.map((t) => t.id).join(",")}`;
  const sections = [];
  const lfsAuth = lfsAuthOf(inputs, ctx);
  if (inputs.quantize)
    sections.push(...await quantizeModels(models, targets, inputs.engine, ctx.workspace, outputs, salt, lfsAuth));
  if (optimizer)
    sections.push(...await optimizeModels(optimizer, models, targets, ctx.workspace, outputs, salt, lfsAuth));
  if (!sections.length)
    sections.push({
      levels: [
        [optimizer ? "No model to optimise." : "", inputs.quantize ? "No float model to quantize." : ""].filter(Boolean).join(" ")
      ]
    });
  setOutput("optimized-path", outputs.used ? outputs.dir : "");
  return sections;
}
function apiFor(inputs, ctx) {
  return inputs.token ? new GitHubApi(inputs.token, ctx.apiUrl, ctx.repo, { ...DEFAULT_RETRY, timeoutMs: inputs.apiTimeoutMs }) : void 0;
}
function pullRequestOf(ctx) {
  const pull = ctx.pull;
  return {
    number: pull.number,
    repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
    headSha: pull.headSha,
    baseSha: pull.baseSha
  };
}
function shardOf(changes, shard, workspace) {
  const items = changes.map((c) => {
    let size = 0;
    try {
      if (c.status !== "removed") size = lstatSync2(join7(workspace, c.path)).size;
    } catch {
    }
    return { path: c.path, weight: c.status === "modified" || c.status === "renamed" ? 2 * size : size };
  });
  const assigned = assignShards(items, shard.total);
  return changes.filter((c) => assigned.get(c.path) === shard.index);
}
async function publishVerdict(inputs, ctx, api, outcome, extras = []) {
  const { report, notes } = outcome;
  for (const n of notes) info(`Note: ${n}`);
  const runUrl = runPageUrl(ctx);
  const markdown = appendSections(
    (max) => renderComment(report, inputs.checkName, runUrl, max),
    extras,
    CHECK_SUMMARY_LIMIT
  );
  const full = appendSections(
    (max) => renderMarkdown(report, { ...markerOption(inputs.checkName), maxLength: max }),
    extras,
    JOB_SUMMARY_LIMIT
  );
  const files = writeReportFiles(report, full);
  await writeJobSummary(full, notes);
  annotate(report.findings, new Set(outcome.blocking));
  let commentId;
  let uploadArtifact = Boolean(ctx.pull) && inputs.comment === "off";
  if (ctx.pull && api && inputs.comment !== "off") {
    try {
      const result = await publishComment(api, ctx.pull.number, markdown, inputs.comment);
      commentId = result.id;
      info(
        `Comment ${result.id} ${result.action}${result.removed ? `, ${result.removed} duplicate(s) removed` : ""}.`
      );
    } catch (e) {
      if (httpStatus(e) === 403) warning(FORK_HELP.replace("%s", inputs.reportArtifact));
      else warning(`Could not post the pull-request comment: ${e.message}`);
      uploadArtifact = true;
    }
  }
  if (uploadArtifact) await uploadReportArtifact(inputs.reportArtifact, files);
  if (inputs.checkRun && api)
    await publishCheckRun(api, inputs.checkName, ctx.pull?.headSha ?? ctx.sha, report, outcome.failed, markdown);
  setOutputs(report, files, commentId);
  return outcome.failed;
}
var CHECK_SUMMARY_LIMIT = 65535;
var JOB_SUMMARY_LIMIT = 1e6;
var markerOption = (checkName) => checkName !== "ethos-gate" ? { markerKey: checkName } : {};
function renderComment(report, checkName, runUrl, maxLength = CHECK_SUMMARY_LIMIT) {
  return renderMarkdown(report, {
    ...markerOption(checkName),
    maxLength,
    ...runUrl ? { fullReportUrl: runUrl, fullReportLabel: "the full report in the job summary" } : {}
  });
}
function loadConfig(inputs, workspace) {
  const defaults = applySettings(DEFAULT_SETTINGS, inputs.settings);
  const file = isAbsolute3(inputs.config.path) ? inputs.config.path : join7(workspace, inputs.config.path);
  if (!existsSync(file)) {
    if (inputs.config.explicit) throw new GateConfigError("config", `${inputs.config.path} does not exist`);
    return { defaults, overrides: [] };
  }
  info(`Settings from ${inputs.config.path}.`);
  return parseGateConfig(readFileSync5(file, "utf8"), inputs.config.path, defaults);
}
async function publishCheckRun(api, name, headSha, report, failed, markdown) {
  const conclusion = failed ? "failure" : report.findings.length ? "neutral" : "success";
  const title = failed ? `${report.findings.length} threshold(s) failed` : report.findings.length ? `${report.findings.length} finding(s), informational` : `${report.models.length} model(s) checked, no findings`;
  try {
    await api.createCheckRun({ name, headSha, conclusion, title, summary: markdown });
  } catch (e) {
    warning(
      httpStatus(e) === 403 ? `Could not publish the check run "${name}": the token needs \`checks: write\`.` : `Could not publish the check run "${name}": ${e.message}`
    );
  }
}
function lfsAuthOf(inputs, ctx) {
  return inputs.token ? { serverUrl: ctx.serverUrl, token: inputs.token } : void 0;
}
function runPageUrl(ctx) {
  const server = process.env.GITHUB_SERVER_URL;
  const runId = process.env.GITHUB_RUN_ID;
  return server && runId ? `${server}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${runId}` : void 0;
}

// src/action/from-report.ts
var MAX_REPORT_BYTES = 50 * 1024 * 1024;
async function runCommentFromReport(inputs, ctx) {
  if (!inputs.token) throw new GateConfigError("github-token", "is required by mode: comment-from-report");
  const api = new GitHubApi(inputs.token, ctx.apiUrl, ctx.repo);
  const run = ctx.payload.workflow_run;
  let text;
  let source;
  if (inputs.reportFile) {
    source = inputs.reportFile;
    text = readFileSync6(isAbsolute4(source) ? source : join8(ctx.workspace, source), "utf8");
  } else {
    if (!run || typeof run.id !== "number")
      throw new GateConfigError("mode", "comment-from-report needs a workflow_run event (or the `report` input)");
    const downloaded = await downloadReport(inputs, ctx, run.id);
    if (downloaded === void 0) {
      info(
        `Run ${run.id} left no "${inputs.reportArtifact}" artifact: the gate commented itself, or did not run. Nothing to post.`
      );
      return;
    }
    text = downloaded;
    source = `artifact "${inputs.reportArtifact}" of run ${run.id}`;
  }
  const report = parseGateReport(text, source);
  const pr = report.pullRequest;
  if (!pr) {
    info(`${source} is not about a pull request; nothing to post.`);
    return;
  }
  const repository = `${ctx.repo.owner}/${ctx.repo.repo}`;
  if (pr.repository.toLowerCase() !== repository.toLowerCase())
    throw new Error(`${source} is for ${pr.repository}, not ${repository}: refusing to post it`);
  if (run?.head_sha && run.head_sha !== pr.headSha)
    throw new Error(`${source} names head ${pr.headSha}, but the run was for ${run.head_sha}: refusing to post it`);
  const live = await api.pullRequest(pr.number);
  if (live.headSha !== pr.headSha) {
    warning(
      `Pull request #${pr.number} is now at ${live.headSha}, the report is for ${pr.headSha}: not posting a stale report.`
    );
    return;
  }
  const markdown = renderReport(report, inputs.checkName, run?.html_url);
  let commentId;
  if (inputs.comment !== "off") {
    const result = await publishComment(api, pr.number, markdown, inputs.comment);
    commentId = result.id;
    info(`Comment ${result.id} on #${pr.number} ${result.action}.`);
  }
  if (inputs.checkRun)
    await publishCheckRun(
      api,
      inputs.checkName,
      pr.headSha,
      report,
      report.regressed && !report.informational,
      markdown
    );
  setOutputs(report, void 0, commentId);
}
function renderReport(report, checkName, runUrl) {
  try {
    return renderComment(report, checkName, runUrl);
  } catch (e) {
    throw new Error(`the report cannot be rendered (malformed contents): ${e.message}`, { cause: e });
  }
}
async function downloadReport(inputs, ctx, runId) {
  const { DefaultArtifactClient, ArtifactNotFoundError } = await import("./chunks/artifact-ING6OU5X.js");
  const client = new DefaultArtifactClient();
  const findBy = {
    token: inputs.token,
    workflowRunId: runId,
    repositoryOwner: ctx.repo.owner,
    repositoryName: ctx.repo.repo
  };
  let artifact;
  try {
    ({ artifact } = await client.getArtifact(inputs.reportArtifact, { findBy }));
  } catch (e) {
    if (e instanceof ArtifactNotFoundError) return void 0;
    throw e;
  }
  if (artifact.size > MAX_REPORT_BYTES)
    throw new Error(`artifact "${artifact.name}" is ${artifact.size} bytes: too large for a report`);
  const dir = mkdtempSync4(join8(process.env.RUNNER_TEMP || tmpdir3(), "ethos-gate-report-"));
  const { digestMismatch } = await client.downloadArtifact(artifact.id, {
    path: dir,
    findBy,
    ...artifact.digest ? { expectedHash: artifact.digest } : {}
  });
  if (digestMismatch) throw new Error(`artifact "${artifact.name}" does not match its digest ${artifact.digest}`);
  return readFileSync6(join8(dir, "report.json"), "utf8");
}

// src/action/inputs.ts
var INPUT_NAMES = [
  "models",
  "targets",
  "target-files",
  "config",
  ...SETTING_NAMES,
  "mode",
  "comment",
  "check-run",
  "check-name",
  "report-artifact",
  "report",
  "shard",
  "merge",
  "reports-path",
  "engine",
  "vela-path",
  "vela-timeout",
  "exact-weights",
  "api-timeout",
  "optimize",
  "quantize",
  "github-token"
];
function seconds2(name, value) {
  const m = /^(\d+(?:\.\d+)?)\s*s?$/.exec(value);
  if (!m || Number(m[1]) <= 0) throw new GateConfigError(name, `"${value}" is not a number of seconds (e.g. 30)`);
  return Number(m[1]) * 1e3;
}
function splitList(value) {
  return value.split(/[\n,]/).map((s) => s.trim()).filter((s) => s && !s.startsWith("#"));
}
function oneOf(name, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new GateConfigError(name, `"${value}" is not one of ${allowed.join(", ")}`);
}
function readInputs(eventName) {
  const get = (name) => getInput(name).trim();
  const settings = {};
  for (const name of SETTING_NAMES) {
    const v = get(name);
    if (v) settings[name] = v;
  }
  const changedByDefault = eventName === "pull_request" || eventName === "pull_request_target" || eventName === "merge_group";
  const configInput = get("config");
  const inputs = {
    models: splitList(get("models") || "**/*.tflite"),
    targets: splitList(get("targets")),
    targetFiles: splitList(get("target-files")),
    config: { path: configInput || DEFAULT_CONFIG_PATH, explicit: configInput !== "" },
    settings,
    mode: oneOf("mode", get("mode") || (changedByDefault ? "changed" : "all"), [
      "changed",
      "all",
      "comment-from-report"
    ]),
    comment: oneOf("comment", get("comment") || "update", ["update", "recreate", "off"]),
    token: get("github-token"),
    checkName: get("check-name") || "ethos-gate",
    checkRun: parseBoolean("check-run", get("check-run") || "false"),
    reportArtifact: get("report-artifact") || "ethos-gate-report",
    reportFile: get("report"),
    merge: parseBoolean("merge", get("merge") || "false"),
    reportsPath: get("reports-path"),
    engine: {
      choice: oneOf("engine", (get("engine") || "builtin").toLowerCase(), ENGINE_CHOICES),
      ...get("vela-path") ? { velaPath: get("vela-path") } : {},
      ...get("vela-timeout") ? { timeoutMs: seconds2("vela-timeout", get("vela-timeout")) } : {},
      ...parseBoolean("exact-weights", get("exact-weights") || "false") ? { exactWeights: true } : {}
    },
    apiTimeoutMs: seconds2("api-timeout", get("api-timeout") || "30"),
    optimize: get("optimize"),
    quantize: parseBoolean("quantize", get("quantize") || "false")
  };
  const shard = get("shard");
  if (shard) inputs.shard = parseShard("shard", shard);
  if (inputs.shard && inputs.merge)
    throw new GateConfigError("merge", "a job either analyses a shard (shard: k/n) or merges the shards (merge: true)");
  if ((inputs.shard || inputs.merge) && inputs.mode === "comment-from-report")
    throw new GateConfigError("mode", "comment-from-report takes neither shard nor merge");
  if ((inputs.optimize || inputs.quantize) && (inputs.merge || inputs.mode === "comment-from-report"))
    throw new GateConfigError(
      inputs.optimize ? "optimize" : "quantize",
      "works where the models are analysed: not with merge: true or mode: comment-from-report"
    );
  return inputs;
}

// src/action/merge.ts
async function runMerge(inputs, ctx) {
  const config = loadConfig(inputs, ctx.workspace);
  const { shards, describeMissing } = await collectShards(inputs, ctx);
  const merged = mergeShards(shards, {
    ...process.env.GITHUB_RUN_ID ? { runId: process.env.GITHUB_RUN_ID } : {},
    describeMissing
  });
  if (ctx.sha && merged.sha && merged.sha !== ctx.sha)
    throw new ShardMergeError(`the shards analysed commit ${merged.sha}, this job is for ${ctx.sha}`);
  if (ctx.pull) {
    const mine = pullRequestOf(ctx);
    const theirs = merged.pullRequest;
    if (!theirs || theirs.number !== mine.number || theirs.headSha !== mine.headSha)
      throw new ShardMergeError(
        `the shards are about ${theirs ? `pull request #${theirs.number} at ${theirs.headSha}` : "no pull request"}, this job is about #${mine.number} at ${mine.headSha}`
      );
  }
  info(`Merged ${merged.models.length} model(s) from ${merged.total} shard(s).`);
  const tool = toolFor(merged.models);
  const outcome = buildGateReport({
    version: merged.tool.version,
    engine: tool.engine,
    engineVersion: tool.engineVersion,
    targets: merged.targets,
    models: merged.models,
    config,
    ...merged.pullRequest ? { pullRequest: merged.pullRequest } : {}
  });
  return publishVerdict(inputs, ctx, apiFor(inputs, ctx), outcome);
}

// src/action/main.ts
async function main() {
  const ctx = readRunContext();
  const inputs = readInputs(ctx.eventName);
  if (inputs.mode === "comment-from-report") {
    await runCommentFromReport(inputs, ctx);
    return;
  }
  const failed = inputs.merge ? await runMerge(inputs, ctx) : await runGate(inputs, ctx);
  if (failed) setFailed("ethos-gate: thresholds failed (see the annotations and the job summary).");
}
main().catch((e) => {
  setFailed(`ethos-gate: ${e instanceof Error ? e.message : String(e)}`);
});
