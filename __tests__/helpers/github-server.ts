// A local stand-in for api.github.com, for tests of the action. It listens on 127.0.0.1 only, checks
// every request against GitHub's official OpenAPI description (@octokit/openapi): the operation must
// exist for the method and path, and path parameters, query parameters and JSON bodies must validate
// against its schemas. Responses are built from the description's own examples, patched with the
// server's state (pull request files, comments, check runs), and are validated against the response
// schemas too. Faults (403, 404, 5xx, secondary rate limits, responses held past the client's timeout)
// can be injected per operation.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

interface Operation {
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  pathNames: string[];
  parameters: Parameter[];
  requestBody?: JsonObject;
  responses: JsonObject;
}

/** A request as the server saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  query: Record<string, string>;
  body?: unknown;
  accept?: string;
  status: number;
}

export interface Fault {
  /** e.g. `issues/create-comment` */
  operationId: string;
  status: number;
  /** Only requests whose decoded path contains this (e.g. one file of the contents API). */
  pathIncludes?: string;
  /** How many matching requests fail (default 1). */
  times?: number;
  headers?: Record<string, string>;
  message?: string;
  /** Hold the response this long first (a server that does not answer in time); with a 2xx status, then answer normally. */
  holdMs?: number;
}

export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

export interface StoredComment {
  id: number;
  body: string;
  created_at: string;
  updated_at: string;
  login: string;
}

export interface ServerOptions {
  owner: string;
  repo: string;
  pull: { number: number; headSha: string; baseSha: string; files: PullFile[] };
  /** A file's bytes at a commit (for the contents API), or undefined for a 404. */
  contents?: (ref: string, path: string) => Uint8Array | undefined;
  /** Extra delay before answering, per operation id (to make concurrent runs overlap). */
  latencyMs?: Record<string, number>;
  /** Artifacts of workflow runs, served through the artifacts API and a blob-storage redirect. */
  artifacts?: { runId: number; name: string; zip: Uint8Array }[];
}

/** An artifact uploaded by a job of the run, through the results service. */
export interface UploadedArtifact {
  id: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  bytes: Buffer;
  createdAt: string;
  /** Set by FinalizeArtifact; unfinalized artifacts are not listed. */
  digest?: string;
}

/**
 * An ACTIONS_RUNTIME_TOKEN as the runner gives a job: a JWT whose `scp` claim names the run's and the
 * job's backend ids (the artifact client reads them; nothing checks the signature).
 */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead Actions.Results:${runBackendId}:${jobBackendId}` })}.c2ln`;
}

const RESULTS_SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** A zip archive with `files` stored uncompressed: what an artifact download returns. */
export function storedZip(files: Record<string, Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, Buffer.from(data));
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const require = createRequire(import.meta.url);
/** Artifact ids are this plus the artifact's index in the options. */
const ARTIFACT_ID_BASE = 500;
// ajv-formats is CommonJS; its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv,
) => Ajv;

let description: { doc: JsonObject; operations: Operation[]; ajv: Ajv } | undefined;
let restDoc: JsonObject | undefined;

/** GitHub's REST OpenAPI description, parsed once per test process and shared by the helpers. */
export function restDescription(): JsonObject {
  restDoc ??= JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
  ) as JsonObject;
  return restDoc;
}

/** Loads GitHub's OpenAPI description once per test process (13 MB; about 0.3 s). */
function openapi() {
  if (description) return description;
  const doc = restDescription();
  const components = doc.components as JsonObject;
  const ajv = new Ajv({ strict: false, allErrors: false, logger: false, validateFormats: true });
  addFormats(ajv);
  // OpenAPI 3.0's `nullable` is not JSON Schema: rewrite it once, then let $refs resolve into "gh".
  ajv.addSchema(
    { $id: 'gh', components: { schemas: mapValues(components.schemas as JsonObject) } } as JsonObject,
    'gh',
  );
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(doc.paths as JsonObject)) {
    for (const [method, op] of Object.entries(item as JsonObject)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const o = op as JsonObject;
      const pathNames: string[] = [];
      // `{path}` of the contents API spans several segments (x-multi-segment); other parameters do not.
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
        pathNames.push(name);
        return name === 'path' ? '(.+)' : '([^/]+)';
      });
      operations.push({
        operationId: o.operationId as string,
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        pathNames,
        parameters: ((o.parameters as JsonObject[]) ?? []).map((p) => resolveRef(doc, p) as unknown as Parameter),
        requestBody: o.requestBody ? (resolveRef(doc, o.requestBody as JsonObject) as JsonObject) : undefined,
        responses: o.responses as JsonObject,
      });
    }
  }
  // Literal segments beat parameters: /pulls/comments must not match /pulls/{pull_number}.
  operations.sort((a, b) => a.template.split('{').length - b.template.split('{').length);
  description = { doc, operations, ajv };
  return description;
}

function resolveRef(doc: JsonObject, node: JsonObject): JsonObject {
  let n = node;
  while (typeof n.$ref === 'string') {
    const parts = (n.$ref as string).replace(/^#\//, '').split('/');
    n = parts.reduce<Json>((acc, k) => (acc as JsonObject)[k], doc) as JsonObject;
  }
  return n;
}

/** OpenAPI 3.0 schema -> JSON Schema: `nullable: true` becomes a null alternative; refs point into `refBase`. */
export function toJsonSchema(node: Json, refBase = 'gh'): Json {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, refBase));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') out.$ref = v.startsWith('#/components/') ? `${refBase}${v}` : v;
    else if (k === 'example' || k === 'examples' || k === 'description') continue;
    else
      out[k] =
        k === 'properties' || k === 'patternProperties'
          ? mapValues(v as JsonObject, refBase)
          : toJsonSchema(v, refBase);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else return { anyOf: [out, { type: 'null' }] };
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  return out;
}

/** A map of name -> schema (components.schemas, properties), each converted; the names are kept as they are. */
export function mapValues(obj: JsonObject, refBase = 'gh'): JsonObject {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, toJsonSchema(v, refBase)]));
}

const validators = new Map<string, ValidateFunction>();
function validator(key: string, schema: Json): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    v = openapi().ajv.compile(toJsonSchema(schema) as JsonObject);
    validators.set(key, v);
  }
  return v;
}

function example(name: string): JsonObject | JsonObject[] {
  const ex = (openapi().doc.components as JsonObject).examples as JsonObject;
  return structuredClone((ex[name] as JsonObject).value) as JsonObject | JsonObject[];
}

function coerce(value: string, schema: JsonObject | undefined): Json {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

export class GitHubServer {
  readonly requests: RecordedRequest[] = [];
  /** Anything a real GitHub would have rejected, or a response we made that breaks GitHub's schema. */
  readonly failures: string[] = [];
  readonly comments: StoredComment[] = [];
  readonly checkRuns: JsonObject[] = [];
  /** Artifacts uploaded through the results service (what ACTIONS_RESULTS_URL serves on a runner). */
  readonly uploads: UploadedArtifact[] = [];
  private blocks = new Map<string, Map<string, Buffer>>();
  private faults: Fault[] = [];
  private nextId = 1000;
  private clock = Date.parse('2026-01-01T00:00:00Z');
  private server!: Server;
  url = '';

  private constructor(readonly options: ServerOptions) {}

  static async start(options: ServerOptions): Promise<GitHubServer> {
    openapi();
    const s = new GitHubServer(options);
    s.server = createServer((req, res) => void s.handle(req, res));
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve));
    s.url = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
    return s;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      // Held responses (timeouts under test) must not keep the test waiting.
      this.server.closeAllConnections();
    });
  }

  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** A comment as if someone (or another run) had posted it. */
  seedComment(body: string, login = 'github-actions[bot]'): StoredComment {
    const at = this.tick();
    const c = { id: this.nextId++, body, created_at: at, updated_at: at, login };
    this.comments.push(c);
    return c;
  }

  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      accept: req.headers.accept,
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const payload =
        body === undefined ? '' : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(payload);
    };
    const fail = (why: string, status = 422) => {
      this.failures.push(`${record.method} ${record.path}: ${why}`);
      send(status, { message: why, documentation_url: 'https://docs.github.com/rest', status: String(status) });
    };

    // Blob storage, where artifact downloads redirect: not part of the API, no token.
    const blob = /^\/_blob\/artifact-(\d+)\.zip$/.exec(url.pathname);
    if (blob) {
      const artifact = this.options.artifacts?.[Number(blob[1]) - ARTIFACT_ID_BASE];
      if (!artifact) return fail('no such blob', 404);
      record.status = 200;
      res.writeHead(200, { 'content-type': 'application/zip' });
      return res.end(artifact.zip);
    }
    // Blob storage for the results service: signed URLs, no token (as Azure blob storage).
    const upload = /^\/_blob\/results\/(\d+)$/.exec(url.pathname);
    if (upload)
      return this.blobStorage(Number(upload[1]), req.method ?? 'GET', url, Buffer.concat(chunks), record, res);
    if (url.pathname.startsWith(RESULTS_SERVICE)) {
      if (!/^Bearer /.test(req.headers.authorization ?? '')) return fail('no runtime token sent', 401);
      let input: JsonObject;
      try {
        input = JSON.parse(raw) as JsonObject;
      } catch {
        return fail('results service: body is not JSON', 400);
      }
      record.body = input;
      const answer = this.resultsService(url.pathname.slice(RESULTS_SERVICE.length), input);
      if (typeof answer === 'string') return fail(`results service: ${answer}`, 400);
      return send(200, answer);
    }
    if (!/^Bearer |^token /.test(req.headers.authorization ?? '')) return fail('no token sent', 401);
    const { operations } = openapi();
    const op = operations.find((o) => o.method === record.method && o.pattern.test(url.pathname));
    if (!op) return fail('no such operation in the OpenAPI description', 404);
    record.operationId = op.operationId;
    const match = op.pattern.exec(url.pathname) as RegExpExecArray;
    const params: Record<string, Json> = {};
    for (const [i, name] of op.pathNames.entries()) {
      const p = op.parameters.find((x) => x.in === 'path' && x.name === name);
      params[name] = coerce(decodeURIComponent(match[i + 1]), p?.schema);
      if (p?.schema && !validator(`${op.operationId}:path:${name}`, p.schema)(params[name]))
        return fail(`path parameter ${name}=${String(params[name])} does not match its schema`);
    }
    for (const [name, value] of url.searchParams) {
      const p = op.parameters.find((x) => x.in === 'query' && x.name === name);
      if (!p) return fail(`unknown query parameter "${name}"`);
      if (p.schema && !validator(`${op.operationId}:query:${name}`, p.schema)(coerce(value, p.schema)))
        return fail(`query parameter ${name}=${value} does not match its schema`);
    }
    let body: unknown;
    if (op.requestBody) {
      const schema = ((op.requestBody.content as JsonObject)?.['application/json'] as JsonObject)?.schema;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        return fail('request body is not JSON', 400);
      }
      record.body = body;
      if (op.requestBody.required && body === undefined) return fail('request body missing');
      if (schema && body !== undefined) {
        const v = validator(`${op.operationId}:body`, schema);
        if (!v(body)) return fail(`request body does not match the schema: ${openapi().ajv.errorsText(v.errors)}`);
      }
    } else if (raw) return fail('this operation takes no request body', 400);

    const delay = this.options.latencyMs?.[op.operationId];
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const fault = this.faults.find(
      (f) =>
        f.operationId === op.operationId &&
        (f.times ?? 1) > 0 &&
        (f.pathIncludes === undefined || decodeURIComponent(url.pathname).includes(f.pathIncludes)),
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.holdMs) await new Promise((r) => setTimeout(r, fault.holdMs));
    }
    if (fault && fault.status >= 300) {
      record.status = fault.status;
      return send(
        fault.status,
        {
          message: fault.message ?? 'Injected fault',
          documentation_url: 'https://docs.github.com/rest',
          status: String(fault.status),
        },
        fault.headers,
      );
    }
    const answer = this.answer(op, params, url, body as JsonObject | undefined, req.headers.accept ?? '');
    if (answer.status < 300 && answer.body !== undefined && !(answer.body instanceof Uint8Array))
      this.checkResponse(op, answer.status, answer.body);
    send(answer.status, answer.body, answer.headers);
  }

  /** Our responses must match GitHub's response schemas, or the tests would prove nothing. */
  private checkResponse(op: Operation, status: number, body: unknown) {
    const content = ((op.responses[String(status)] as JsonObject)?.content ?? {}) as JsonObject;
    const schema = (content['application/json'] as JsonObject)?.schema;
    if (!schema) return;
    const v = validator(`${op.operationId}:response:${status}`, schema);
    if (!v(body))
      this.failures.push(`response to ${op.operationId} breaks its schema: ${openapi().ajv.errorsText(v.errors)}`);
  }

  private answer(
    op: Operation,
    params: Record<string, Json>,
    url: URL,
    body: JsonObject | undefined,
    accept: string,
  ): { status: number; body?: unknown; headers?: Record<string, string> } {
    const o = this.options;
    const notFound = {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
    };
    if (params.owner !== undefined && (params.owner !== o.owner || params.repo !== o.repo)) return notFound;
    switch (op.operationId) {
      case 'pulls/list-files': {
        if (params.pull_number !== o.pull.number) return notFound;
        const template = (example('diff-entry-items') as JsonObject[])[0];
        const entries = o.pull.files.map((f) => {
          const e: JsonObject = {
            ...structuredClone(template),
            filename: f.filename,
            status: f.status,
            sha: '0'.repeat(40),
          };
          if (f.previous_filename) e.previous_filename = f.previous_filename;
          else delete e.previous_filename;
          return e;
        });
        return this.page(entries, url, 3000);
      }
      case 'pulls/get': {
        if (params.pull_number !== o.pull.number) return notFound;
        const pr = example('pull-request') as JsonObject;
        pr.number = o.pull.number;
        (pr.head as JsonObject).sha = o.pull.headSha;
        (pr.base as JsonObject).sha = o.pull.baseSha;
        pr.state = 'open';
        // The description's own example lists a team without the `type` its schema requires.
        pr.requested_teams = [];
        return { status: 200, body: pr };
      }
      case 'repos/get-content': {
        const ref = url.searchParams.get('ref') ?? 'HEAD';
        const bytes = o.contents?.(ref, String(params.path));
        if (!bytes) return notFound;
        if (/application\/vnd\.github(\.v3)?\.raw/.test(accept))
          return { status: 200, body: bytes, headers: { 'content-type': 'text/plain; charset=utf-8' } };
        return { status: 415, body: { message: 'ethos-gate test server: ask for the raw media type', status: '415' } };
      }
      case 'issues/list-comments': {
        if (params.issue_number !== o.pull.number) return notFound;
        return this.page(
          this.comments.map((c) => this.commentJson(c)),
          url,
        );
      }
      case 'issues/create-comment': {
        if (params.issue_number !== o.pull.number) return notFound;
        const c = this.seedComment(String(body?.body));
        return { status: 201, body: this.commentJson(c) };
      }
      case 'issues/update-comment': {
        const c = this.comments.find((x) => x.id === params.comment_id);
        if (!c) return notFound;
        c.body = String(body?.body);
        c.updated_at = this.tick();
        return { status: 200, body: this.commentJson(c) };
      }
      case 'issues/delete-comment': {
        const i = this.comments.findIndex((x) => x.id === params.comment_id);
        if (i < 0) return notFound;
        this.comments.splice(i, 1);
        return { status: 204 };
      }
      case 'actions/list-workflow-run-artifacts': {
        const template = (example('artifact-paginated') as JsonObject).artifacts as JsonObject[];
        const found = (o.artifacts ?? [])
          .map((a, i) => ({ a, id: ARTIFACT_ID_BASE + i }))
          .filter(
            ({ a }) =>
              a.runId === params.run_id && (!url.searchParams.has('name') || a.name === url.searchParams.get('name')),
          )
          .map(({ a, id }) => ({
            ...structuredClone(template[0]),
            id,
            name: a.name,
            size_in_bytes: a.zip.length,
            digest: `sha256:${createHash('sha256').update(a.zip).digest('hex')}`,
            url: `https://api.github.com/repos/${o.owner}/${o.repo}/actions/artifacts/${id}`,
            archive_download_url: `https://api.github.com/repos/${o.owner}/${o.repo}/actions/artifacts/${id}/zip`,
            workflow_run: { ...((template[0].workflow_run as JsonObject) ?? {}), id: a.runId },
          }));
        return { status: 200, body: { total_count: found.length, artifacts: found } };
      }
      case 'actions/download-artifact': {
        const index = Number(params.artifact_id) - ARTIFACT_ID_BASE;
        if (!o.artifacts?.[index] || params.archive_format !== 'zip') return notFound;
        return { status: 302, headers: { location: `${this.url}/_blob/artifact-${params.artifact_id}.zip` } };
      }
      case 'checks/create': {
        const run = example('check-run-example-of-completed-conclusion') as JsonObject;
        Object.assign(run, {
          id: this.nextId++,
          name: body?.name ?? null,
          head_sha: body?.head_sha ?? null,
          status: body?.status ?? 'queued',
          conclusion: body?.conclusion ?? null,
        });
        const output = (body?.output ?? {}) as JsonObject;
        run.output = {
          ...(run.output as JsonObject),
          title: output.title ?? null,
          summary: output.summary ?? null,
          text: null,
        };
        this.checkRuns.push(run);
        return { status: 201, body: run };
      }
      default:
        this.failures.push(`${op.operationId}: valid, but the test server does not implement it`);
        return { status: 501, body: { message: `${op.operationId} not implemented by the test server` } };
    }
  }

  /** The artifact service's Twirp methods the artifact client calls (JSON, proto field names). */
  private resultsService(method: string, input: JsonObject): JsonObject | string {
    const run = input.workflow_run_backend_id;
    const job = input.workflow_job_run_backend_id;
    if (typeof run !== 'string' || typeof job !== 'string') return `${method} needs the run and job backend ids`;
    const listed = (a: UploadedArtifact): JsonObject => ({
      workflow_run_backend_id: a.runBackendId,
      workflow_job_run_backend_id: a.jobBackendId,
      database_id: String(a.id),
      name: a.name,
      size: String(a.bytes.length),
      created_at: a.createdAt,
      ...(a.digest ? { digest: a.digest } : {}),
    });
    const finalized = this.uploads.filter((a) => a.runBackendId === run && a.digest);
    switch (method) {
      case 'CreateArtifact': {
        if (typeof input.name !== 'string' || input.version !== 7) return 'CreateArtifact needs a name and version 7';
        if (this.uploads.some((a) => a.runBackendId === run && a.name === input.name))
          return `an artifact named ${input.name} already exists in this run`;
        const id = this.nextId++;
        this.uploads.push({
          id,
          runBackendId: run,
          jobBackendId: job,
          name: input.name,
          bytes: Buffer.alloc(0),
          createdAt: this.tick(),
        });
        return { ok: true, signed_upload_url: `${this.url}/_blob/results/${id}?sig=test` };
      }
      case 'FinalizeArtifact': {
        const a = this.uploads.find((x) => x.runBackendId === run && x.name === input.name && !x.digest);
        if (!a) return `no artifact ${String(input.name)} to finalize`;
        if (String(input.size) !== String(a.bytes.length)) return `size ${String(input.size)} is not ${a.bytes.length}`;
        const digest = `sha256:${createHash('sha256').update(a.bytes).digest('hex')}`;
        if (input.hash !== undefined && input.hash !== digest) return `hash ${String(input.hash)} is not ${digest}`;
        a.digest = digest;
        return { ok: true, artifact_id: String(a.id) };
      }
      case 'ListArtifacts': {
        const byName = input.name_filter;
        const byId = input.id_filter;
        return {
          artifacts: finalized
            .filter(
              (a) =>
                (byName === undefined || a.name === byName) && (byId === undefined || String(a.id) === String(byId)),
            )
            .map(listed),
        };
      }
      case 'GetSignedArtifactURL': {
        const a = finalized.find((x) => x.name === input.name);
        if (!a) return `no artifact ${String(input.name)}`;
        return { signed_url: `${this.url}/_blob/results/${a.id}?sig=test` };
      }
      default:
        return `${method} is not implemented by the test server`;
    }
  }

  /** Azure block blob storage, as far as the artifact client uses it: stage blocks, commit the list, read. */
  private blobStorage(
    id: number,
    method: string,
    url: URL,
    body: Buffer,
    record: RecordedRequest,
    res: ServerResponse,
  ) {
    const artifact = this.uploads.find((a) => a.id === id);
    const reply = (status: number, headers: Record<string, string> = {}, payload: Buffer | string = '') => {
      record.status = status;
      res.writeHead(status, { 'x-ms-request-id': `req-${this.nextId++}`, 'x-ms-version': '2024-11-04', ...headers });
      res.end(payload);
    };
    if (!artifact) return reply(404);
    const comp = url.searchParams.get('comp');
    if (method === 'PUT' && comp === 'block') {
      const staged = this.blocks.get(String(id)) ?? new Map<string, Buffer>();
      staged.set(url.searchParams.get('blockid') ?? '', body);
      this.blocks.set(String(id), staged);
      return reply(201);
    }
    if (method === 'PUT' && comp === 'blocklist') {
      const staged = this.blocks.get(String(id)) ?? new Map<string, Buffer>();
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]);
      if (ids.some((b) => !staged.has(b))) {
        this.failures.push(`blob ${id}: the block list names a block that was not staged`);
        return reply(400);
      }
      artifact.bytes = Buffer.concat(ids.map((b) => staged.get(b) as Buffer));
      return reply(201, { etag: '"0x1"', 'last-modified': new Date(this.clock).toUTCString() });
    }
    if (method === 'PUT' && comp === null) {
      // Small uploads go in one request.
      artifact.bytes = body;
      return reply(201, { etag: '"0x1"', 'last-modified': new Date(this.clock).toUTCString() });
    }
    if (method === 'GET' && artifact.digest) return reply(200, { 'content-type': 'application/zip' }, artifact.bytes);
    this.failures.push(`blob ${id}: ${method} ${url.search} is not what the artifact client does`);
    return reply(400);
  }

  private commentJson(c: StoredComment): JsonObject {
    const j = example('issue-comment') as JsonObject;
    const base = `https://api.github.com/repos/${this.options.owner}/${this.options.repo}`;
    Object.assign(j, {
      id: c.id,
      node_id: Buffer.from(`IssueComment${c.id}`).toString('base64'),
      url: `${base}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.options.owner}/${this.options.repo}/pull/${this.options.pull.number}#issuecomment-${c.id}`,
      issue_url: `${base}/issues/${this.options.pull.number}`,
      body: c.body,
      created_at: c.created_at,
      updated_at: c.updated_at,
    });
    Object.assign(j.user as JsonObject, { login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' });
    return j;
  }

  /** GitHub's pagination: per_page (max 100) and page, with a Link header naming the next and last pages. */
  private page(
    items: JsonObject[],
    url: URL,
    cap = Infinity,
  ): { status: number; body: JsonObject[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const all = items.slice(0, cap);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number) => {
      const u = new URL(url.href);
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return u.href;
    };
    const rels: string[] = [];
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage),
      headers: rels.length ? { link: rels.join(', ') } : {},
    };
  }
}
