// End to end, as the runner does it: the bundled dist/index.js in a child process, with INPUT_* variables,
// a real pull_request payload, GITHUB_* files and GITHUB_API_URL pointing at the local API server, in a
// real git repository whose head commit adds, changes, renames and deletes models.
// Set ETHOS_GATE_DIST to test a bundle built elsewhere (`node scripts/build.mjs --outdir DIR`).
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GateReport } from '../../src/report/types.js';
import { mergeGroupEvent, pullRequestEvent, webhookErrors } from '../helpers/github-events.js';
import { GitHubServer, runtimeToken, storedZip, type PullFile } from '../helpers/github-server.js';
import { corpusBytes, corpusManifest, hasShared, projectRoot, sharedDir } from '../helpers/shared.js';
import { fakeVelaPath, readRef } from '../vela/fake.js';
import { formatMs } from '../../src/report/format.js';
import { ModelBuilder } from '../../src/tflite/builder.js';

const dist = process.env.ETHOS_GATE_DIST ?? join(projectRoot, 'dist');
const hasLfs = spawnSync('git', ['lfs', 'version']).status === 0;
if (!hasLfs) console.warn('git-lfs is not installed: the action’s Git LFS test is skipped (apt-get install git-lfs)');
const testLfs = hasLfs ? test : test.skip;
const OWNER = 'arm-example';
const REPO = 'kws-models';
const PR = 42;
// A name that breaks anything passing paths through a shell: leading dash, space, unicode, $(...).
const TRICKY = 'models/-$(touch pwned) ünï.tflite';

// Models from the builder, so the test needs nothing outside the repository.
/** Two int8 convolutions; with `floatSecond` the second one is float32 between DEQUANTIZE and QUANTIZE (CPU). */
function kwsModel(floatSecond: boolean): Uint8Array {
  const mb = new ModelBuilder({ quant: 'int8', seed: 1 });
  const x = mb.input([1, 16, 16, 8]);
  const c = mb.conv2d(x, { filters: 16, kernel: 3, padding: 'same', activation: 'relu' });
  if (!floatSecond) return mb.output(mb.conv2d(c, { filters: 16, kernel: 3, padding: 'same' })).build();
  const f = mb.conv2d(mb.dequantize(c), { filters: 16, kernel: 3, padding: 'same' });
  return mb.output(mb.quantize(f, { dtype: 'int8' })).build();
}

/** One int8 3x3 convolution on a size x size x channels feature map: bigger is slower. */
function convModel(size: number, channels: number): Uint8Array {
  const mb = new ModelBuilder({ quant: 'int8', seed: 2 });
  return mb
    .output(mb.conv2d(mb.input([1, size, size, channels]), { filters: channels, kernel: 3, padding: 'same' }))
    .build();
}

function fcModel(units: number): Uint8Array {
  const mb = new ModelBuilder({ quant: 'int8', seed: 3 });
  return mb.output(mb.fullyConnected(mb.input([1, 32]), { units })).build();
}

interface RunResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
}

function write(root: string, path: string, bytes: Uint8Array | string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), bytes);
}

/** GITHUB_OUTPUT's heredoc format: `name<<DELIMITER\nvalue\nDELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = m[3];
  return out;
}

describe('the action, end to end (dist/index.js in a child process)', () => {
  let tmp: string;
  let repo: string;
  let baseSha: string;
  let headSha: string;
  let server: GitHubServer;
  /** report.json of the first gate run, reused by the comment-from-report test (it runs the gate itself when absent). */
  let gateReport: string | undefined;

  const pullFiles: PullFile[] = [
    { filename: 'README.md', status: 'modified' },
    { filename: TRICKY, status: 'renamed', previous_filename: 'models/old name.tflite' },
    { filename: 'models/kws.tflite', status: 'modified' },
    { filename: 'models/legacy.tflite', status: 'removed' },
    { filename: 'models/new/added.tflite', status: 'added' },
    { filename: 'models/vision/detect.tflite', status: 'modified' },
  ];

  beforeAll(() => {
    if (!existsSync(join(dist, 'index.js'))) throw new Error(`no bundle at ${dist}: run scripts/build.mjs`);
    tmp = mkdtempSync(join(tmpdir(), 'ethos-gate-e2e-'));
    repo = join(tmp, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'ci@example.com');
    git(repo, 'config', 'user.name', 'CI');
    write(repo, 'README.md', '# models\n');
    write(repo, 'models/kws.tflite', kwsModel(false));
    write(repo, 'models/vision/detect.tflite', convModel(8, 8));
    write(repo, 'models/old name.tflite', fcModel(10));
    write(repo, 'models/legacy.tflite', fcModel(20));
    write(repo, 'models/stable.tflite', fcModel(30));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    baseSha = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', '-b', 'change-models');
    write(repo, 'README.md', '# models\n\nNow with more models.\n');
    // Regressions: an int8 conv becomes float32 (falls to the CPU); the small conv becomes a big one (slower).
    write(repo, 'models/kws.tflite', kwsModel(true));
    write(repo, 'models/vision/detect.tflite', convModel(24, 16));
    git(repo, 'mv', '--', 'models/old name.tflite', TRICKY);
    git(repo, 'rm', '-q', '--', 'models/legacy.tflite');
    write(repo, 'models/new/added.tflite', fcModel(12));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'change models');
    headSha = git(repo, 'rev-parse', 'HEAD');
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  beforeEach(async () => {
    server = await GitHubServer.start({
      owner: OWNER,
      repo: REPO,
      pull: { number: PR, baseSha, headSha, files: pullFiles },
      contents: (ref, path) => {
        try {
          return execFileSync('git', ['cat-file', 'blob', `${ref}:${path}`], { cwd: repo });
        } catch {
          return undefined;
        }
      },
    });
  });

  afterEach(async () => {
    await server.close();
    expect(server.failures).toEqual([]);
  });

  /** Runs the bundle as the runner would, in `workspace`, with `inputs` as INPUT_* variables. */
  function run(
    inputs: Record<string, string>,
    opts: { workspace?: string; event?: object; eventName?: string; sha?: string; env?: Record<string, string> } = {},
  ): Promise<RunResult> {
    const dir = mkdtempSync(join(tmp, 'run-'));
    const eventPath = join(dir, 'event.json');
    const payload =
      opts.event ?? pullRequestEvent({ action: 'synchronize', owner: OWNER, repo: REPO, number: PR, baseSha, headSha });
    writeFileSync(eventPath, JSON.stringify(payload));
    const outputFile = join(dir, 'output');
    const summaryFile = join(dir, 'summary.md');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SHA: opts.sha ?? headSha,
      GITHUB_WORKSPACE: opts.workspace ?? repo,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '1234',
      RUNNER_TEMP: dir,
      'INPUT_GITHUB-TOKEN': 'ghs_test_token_never_logged',
      ...opts.env,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    return new Promise((resolve) => {
      execFile(process.execPath, [join(dist, 'index.js')], { cwd: opts.workspace ?? repo, env }, (error, stdout) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
          summary: readFileSync(summaryFile, 'utf8'),
        });
      });
    });
  }

  const gateInputs = {
    models: 'models/**/*.tflite',
    targets: 'ethos-u55-256',
    'fail-on-new-cpu-ops': 'true',
    'max-coverage-drop': '0 pp',
    'max-latency-increase': '5%',
  };

  /** Every model the pull request touches, in report order; faults must never drop one. */
  const ALL_MODELS = [
    TRICKY,
    'models/kws.tflite',
    'models/legacy.tflite',
    'models/new/added.tflite',
    'models/vision/detect.tflite',
  ];
  const GATE_FINDINGS = [
    ['models/kws.tflite', 'max-coverage-drop'],
    ['models/kws.tflite', 'new-cpu-ops'],
    ['models/vision/detect.tflite', 'max-latency-increase'],
  ];

  const readReport = (r: RunResult) => JSON.parse(readFileSync(r.outputs['report-path'], 'utf8')) as GateReport;

  test('the payload is one GitHub could have sent', () => {
    const payload = pullRequestEvent({ action: 'synchronize', owner: OWNER, repo: REPO, number: PR, baseSha, headSha });
    expect(webhookErrors('webhook-pull-request-synchronize', payload)).toBeUndefined();
    // The check has teeth: a payload GitHub would never send is caught.
    expect(webhookErrors('webhook-pull-request-synchronize', { ...payload, number: 'forty-two' })).toMatch(/number/);
  });

  test('a regression fails the run: the right models, annotations, outputs, one comment; a rerun leaves it alone', async () => {
    // A secondary rate limit on the first comment: retried after retry-after.
    server.inject({
      operationId: 'issues/create-comment',
      status: 403,
      headers: { 'retry-after': '1' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
    const first = await run(gateInputs);
    expect(first.code).toBe(1);
    const report = readReport(first);
    gateReport = first.outputs['report-path'];
    expect(report.models.map((m) => [m.path, m.status, m.basePath])).toEqual([
      [TRICKY, 'renamed', 'models/old name.tflite'],
      ['models/kws.tflite', 'modified', undefined],
      ['models/legacy.tflite', 'removed', undefined],
      ['models/new/added.tflite', 'added', undefined],
      ['models/vision/detect.tflite', 'modified', undefined],
    ]);
    expect(report.pullRequest).toEqual({ number: PR, repository: `${OWNER}/${REPO}`, headSha, baseSha });
    expect(report.findings.map((f) => [f.path, f.rule])).toEqual([
      ['models/kws.tflite', 'max-coverage-drop'],
      ['models/kws.tflite', 'new-cpu-ops'],
      ['models/vision/detect.tflite', 'max-latency-increase'],
    ]);
    const annotations = first.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toMatch(
      /^::error title=ethos-gate%3A fails max-coverage-drop%2C new-cpu-ops,file=models\/kws\.tflite::/,
    );
    expect(annotations[0]).toContain('3 operators newly on the CPU: DEQUANTIZE');
    expect(annotations[1]).toMatch(/^::error .*file=models\/vision\/detect\.tflite::.*inference time rose/);
    expect(first.stdout).toMatch(/^::error::ethos-gate: thresholds failed/m);
    expect(first.stdout).not.toContain('ghs_test_token_never_logged');
    // The tricky name was handled as data, never as shell.
    expect(existsSync(join(repo, 'pwned'))).toBe(false);
    expect(existsSync(join(repo, 'models', 'pwned'))).toBe(false);

    expect(first.outputs.regressed).toBe('true');
    expect(JSON.parse(first.outputs['npu-coverage'])).toMatchObject({
      'models/kws.tflite': { 'ethos-u55-256': 0.25 },
      'models/vision/detect.tflite': { 'ethos-u55-256': 1 },
    });
    const latency = JSON.parse(first.outputs['latency-ms']) as Record<string, Record<string, number>>;
    expect(latency['models/vision/detect.tflite']['ethos-u55-256']).toBeGreaterThan(0);
    const markdown = readFileSync(first.outputs['markdown-path'], 'utf8');
    expect(markdown).toMatch(/kws/);
    expect(first.summary.startsWith(markdown.trimEnd())).toBe(true);

    expect(server.comments).toHaveLength(1);
    expect(first.outputs['comment-id']).toBe(String(server.comments[0].id));
    expect(server.comments[0].body.startsWith('<!-- ethos-gate -->\n')).toBe(true);
    expect(server.calls('issues/create-comment').map((r) => r.status)).toEqual([403, 201]);

    const again = await run(gateInputs);
    expect(again.code).toBe(1);
    expect(server.comments).toHaveLength(1);
    expect(server.calls('issues/create-comment')).toHaveLength(2);
    expect(server.calls('issues/update-comment')).toHaveLength(0);
    expect(again.outputs['comment-id']).toBe(first.outputs['comment-id']);

    // informational: the same findings, reported as warnings; the run stays green; the comment is edited in place.
    const info = await run({ ...gateInputs, informational: 'true' });
    expect(info.code).toBe(0);
    expect(info.stdout).toMatch(/^::warning .*file=models\/kws\.tflite::/m);
    expect(info.stdout).not.toMatch(/^::error/m);
    expect(info.outputs.regressed).toBe('true');
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0].id).toBe(Number(first.outputs['comment-id']));
  });

  test('no regression: green; a named gate keeps its own comment and publishes its check run', async () => {
    const inputs = {
      models: 'models/new/**',
      targets: 'ethos-u55-256\nethos-u85-256',
      'min-npu-coverage': '100%',
      'check-run': 'true',
      'check-name': 'ethos-gate (u85)',
    };
    const r = await run(inputs);
    expect(r.code).toBe(0);
    expect(readReport(r).models.map((m) => m.path)).toEqual(['models/new/added.tflite']);
    expect(readReport(r).targets).toEqual(['ethos-u55-256', 'ethos-u85-256']);
    expect(r.outputs.regressed).toBe('false');
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0].body).toMatch(/^<!-- ethos-gate:ethos-gate__u85_ -->\n/);
    expect(server.checkRuns).toHaveLength(1);
    expect(server.checkRuns[0]).toMatchObject({ name: 'ethos-gate (u85)', head_sha: headSha, conclusion: 'success' });
  });

  test('a push: mode changed compares with the commit before the push, through git', async () => {
    const push = {
      ref: 'refs/heads/change-models',
      before: baseSha,
      after: headSha,
      repository: { full_name: `${OWNER}/${REPO}` },
    };
    const r = await run({ ...gateInputs, mode: 'changed' }, { event: push, eventName: 'push' });
    expect(r.code).toBe(1);
    expect(readReport(r).models.map((m) => [m.path, m.status])).toEqual([
      [TRICKY, 'renamed'],
      ['models/kws.tflite', 'modified'],
      ['models/legacy.tflite', 'removed'],
      ['models/new/added.tflite', 'added'],
      ['models/vision/detect.tflite', 'modified'],
    ]);
    expect(readReport(r).pullRequest).toBeUndefined();
    expect(server.requests).toEqual([]);

    // Per-path settings from the config file: the kws model only informs, the vision models are spared the latency limit.
    const config = join(tmp, 'ethos-gate.yml');
    writeFileSync(
      config,
      [
        'overrides:',
        "  - paths: 'models/kws.tflite'",
        '    informational: true',
        "  - paths: 'models/vision/**'",
        '    max-latency-increase: off',
      ].join('\n'),
    );
    const lenient = await run({ ...gateInputs, mode: 'changed', config }, { event: push, eventName: 'push' });
    expect(lenient.code).toBe(0);
    expect(readReport(lenient).findings.map((f) => [f.path, f.rule])).toEqual([
      ['models/kws.tflite', 'max-coverage-drop'],
      ['models/kws.tflite', 'new-cpu-ops'],
    ]);
    expect(lenient.outputs.regressed).toBe('true');
    expect(lenient.stdout).toMatch(/^::warning .*file=models\/kws\.tflite::/m);
  });

  test('a merge queue: merge_group checks the group against the commit it goes onto, through git', async () => {
    const event = mergeGroupEvent({ owner: OWNER, repo: REPO, number: PR, baseSha, headSha });
    expect(webhookErrors('webhook-merge-group-checks-requested', event)).toBeUndefined();
    const r = await run(gateInputs, { event, eventName: 'merge_group' });
    expect(r.code).toBe(1);
    const report = readReport(r);
    expect(report.models.map((m) => [m.path, m.status])).toEqual([
      [TRICKY, 'renamed'],
      ['models/kws.tflite', 'modified'],
      ['models/legacy.tflite', 'removed'],
      ['models/new/added.tflite', 'added'],
      ['models/vision/detect.tflite', 'modified'],
    ]);
    expect(report.findings.map((f) => [f.path, f.rule])).toEqual(GATE_FINDINGS);
    expect(r.stdout).toContain(`git diff ${baseSha}...${headSha}`);
    // No pull request to comment on.
    expect(server.requests).toEqual([]);
  });

  test('a read-only token (pull request from a fork): 403 on commenting degrades to the summary, with a warning', async () => {
    for (const operationId of ['issues/create-comment', 'issues/update-comment', 'issues/delete-comment'])
      server.inject({ operationId, status: 403, times: 5, message: 'Resource not accessible by integration' });
    const r = await run({ ...gateInputs, informational: 'true' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::warning::The token cannot write to this pull request.*mode: comment-from-report/m);
    expect(r.summary).toContain('models/kws');
    expect(readReport(r).models.map((m) => m.path)).toEqual(ALL_MODELS);
    expect(r.outputs['comment-id']).toBe('');
    expect(existsSync(r.outputs['report-path'])).toBe(true);
    expect(server.comments).toHaveLength(0);
  });

  test('concurrent runs on one pull request leave one comment', async () => {
    server.options.latencyMs = { 'issues/create-comment': 300 };
    const [a, b] = await Promise.all([run(gateInputs), run(gateInputs)]);
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(server.comments).toHaveLength(1);
    expect(server.calls('issues/create-comment').length).toBeGreaterThanOrEqual(1);
  });

  test('a shallow clone: base versions from the contents API; without the files API: git diff', async () => {
    const shallow = join(tmp, 'shallow');
    execFileSync('git', [
      'clone',
      '-q',
      '--depth',
      '1',
      '--no-local',
      '--branch',
      'change-models',
      '--',
      `file://${repo}`,
      shallow,
    ]);
    const r = await run({ ...gateInputs, comment: 'off' }, { workspace: shallow });
    expect(r.code).toBe(1);
    expect(readReport(r).models.map((m) => m.path)).toEqual(ALL_MODELS);
    expect(readReport(r).findings.map((f) => f.rule)).toEqual([
      'max-coverage-drop',
      'new-cpu-ops',
      'max-latency-increase',
    ]);
    expect(
      server
        .calls('repos/get-content')
        .map((c) => decodeURIComponent(c.path.split('/contents/')[1]))
        .sort(),
    ).toEqual(['models/kws.tflite', 'models/old name.tflite', 'models/vision/detect.tflite']);
    expect(server.calls('issues/list-comments')).toHaveLength(0);

    server.inject({ operationId: 'pulls/list-files', status: 404, message: 'Not Found' });
    const viaGit = await run({ ...gateInputs, comment: 'off' });
    expect(readReport(viaGit).models.map((m) => [m.path, m.status])).toEqual(
      readReport(r).models.map((m) => [m.path, m.status]),
    );
    expect(viaGit.stdout).toContain(`git diff ${baseSha}...`);
  });

  test('comment-from-report: posts the report of the gate run to the pull request it names, after checking it', async () => {
    const reportFile = join(tmp, 'downloaded-report.json');
    cpSync(gateReport ?? (await run({ ...gateInputs, comment: 'off' })).outputs['report-path'], reportFile);
    const original = JSON.parse(readFileSync(reportFile, 'utf8')) as GateReport;
    const workflowRun = {
      action: 'completed',
      workflow_run: { id: 99, head_sha: headSha, html_url: 'https://github.com/x/y/actions/runs/99' },
    };
    const post = await run(
      { mode: 'comment-from-report', report: reportFile },
      { event: workflowRun, eventName: 'workflow_run' },
    );
    expect(post.code).toBe(0);
    expect(server.comments).toHaveLength(1);
    expect(server.calls('pulls/get')).toHaveLength(1);
    expect(post.outputs['comment-id']).toBe(String(server.comments[0].id));

    // A report naming another head than the run's is refused.
    const forged = structuredClone(original);
    forged.pullRequest = { ...forged.pullRequest!, headSha: 'f'.repeat(40) };
    writeFileSync(reportFile, JSON.stringify(forged));
    const refused = await run(
      { mode: 'comment-from-report', report: reportFile },
      { event: workflowRun, eventName: 'workflow_run' },
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^::error::.*refusing to post it/m);
  });

  test('comment-from-report: downloads the artifact of the gate run; no artifact, nothing to post', async () => {
    const report = gateReport ?? (await run({ ...gateInputs, comment: 'off' })).outputs['report-path'];
    server.options.artifacts = [
      { runId: 77, name: 'ethos-gate-report', zip: storedZip({ 'report.json': readFileSync(report) }) },
    ];
    const event = (id: number) => ({ action: 'completed', workflow_run: { id, head_sha: headSha } });
    const post = await run({ mode: 'comment-from-report' }, { event: event(77), eventName: 'workflow_run' });
    expect(post.code).toBe(0);
    expect(server.calls('actions/list-workflow-run-artifacts')).toHaveLength(1);
    expect(server.calls('actions/download-artifact')).toHaveLength(1);
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0].body).toContain('models/kws');

    const none = await run({ mode: 'comment-from-report' }, { event: event(78), eventName: 'workflow_run' });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('Nothing to post');
    expect(server.comments).toHaveLength(1);
  });

  test('shard: k/n splits the models over three jobs, merge: true posts the single comment and verdict', async () => {
    // Each job of the matrix gets its own runtime token for the run's artifact service (this server).
    const job = (id: string) => ({
      ACTIONS_RUNTIME_TOKEN: runtimeToken('run-backend-1', id),
      ACTIONS_RESULTS_URL: `${server.url}/`,
    });
    const reports = join(tmp, 'shard-reports');
    const shards = await Promise.all(
      [1, 2, 3].map((k) =>
        run({ ...gateInputs, shard: `${k}/3`, 'reports-path': reports }, { env: job(`shard-${k}`) }),
      ),
    );
    for (const s of shards) {
      expect([s.code, s.stdout.match(/^::error.*$/m)?.[0]]).toEqual([0, undefined]);
      expect(s.summary).toMatch(/^Shard \d\/3: \d of 5 model\(s\)/);
    }
    // No shard comments: the merge job does.
    expect(server.comments).toHaveLength(0);
    const perShard = shards.map((s) => readReport(s).models.map((m) => m.path));
    expect(perShard.flat().sort()).toEqual([...ALL_MODELS].sort());
    expect(perShard.map((p) => p.length > 0)).toEqual([true, true, true]);

    // Uploaded as artifacts of the run (and written to reports-path too).
    expect(server.uploads.map((u) => [u.name, u.jobBackendId, Boolean(u.digest)]).sort()).toEqual([
      ['ethos-gate-report-shard-1-of-3', 'shard-1', true],
      ['ethos-gate-report-shard-2-of-3', 'shard-2', true],
      ['ethos-gate-report-shard-3-of-3', 'shard-3', true],
    ]);

    // The merge downloads the artifacts.
    const merged = await run({ ...gateInputs, merge: 'true' }, { env: job('merge') });
    expect(merged.code).toBe(1);
    expect(merged.stdout).toContain('3 shard artifact(s) "ethos-gate-report-shard-*" in this run.');
    const report = readReport(merged);
    expect(report.models.map((m) => m.path)).toEqual(ALL_MODELS);
    expect(report.findings.map((f) => [f.path, f.rule])).toEqual(GATE_FINDINGS);
    expect(merged.stdout).toContain('Merged 5 model(s) from 3 shard(s).');
    expect(merged.stdout.split('\n').filter((l) => l.startsWith('::error '))).toHaveLength(2);
    expect(server.comments).toHaveLength(1);
    expect(merged.outputs['comment-id']).toBe(String(server.comments[0].id));
    if (gateReport) {
      // The same verdict and figures as one unsharded job.
      const single = JSON.parse(readFileSync(gateReport, 'utf8')) as GateReport;
      expect(report.models).toEqual(single.models);
      expect(report.findings).toEqual(single.findings);
    }

    // From the folder instead, with a shard that never delivered: the merge names it and posts nothing.
    rmSync(join(reports, 'ethos-gate-shard-2-of-3.json'));
    const missing = await run({ ...gateInputs, merge: 'true', 'reports-path': reports });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(
      /^::error::ethos-gate: cannot merge the shard reports: 1 of 3 shard\(s\) missing: 2\/3 \(no ethos-gate-shard-2-of-3\.json under .*shard-reports\)$/m,
    );
    expect(server.calls('issues/update-comment')).toHaveLength(0);
    expect(server.comments).toHaveLength(1);
  });

  test('engine: auto without Vela falls back to the built-in engine with a warning; every model reported', async () => {
    const r = await run({ ...gateInputs, engine: 'auto', 'vela-path': join(tmp, 'nowhere', 'vela'), comment: 'off' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::warning::engine auto: Vela is not usable \(.*\); using the built-in engine$/m);
    expect(r.stdout.match(/^::warning::engine auto/gm)).toHaveLength(1);
    const report = readReport(r);
    expect(report.models.map((m) => m.path)).toEqual(ALL_MODELS);
    expect(report.findings.map((f) => [f.path, f.rule])).toEqual(GATE_FINDINGS);
    expect(report.tool.engine).toBe('builtin');
    for (const m of report.models)
      for (const side of [m.head, m.base]) if (side) expect(side.engine?.name).toBe('builtin');
  });

  (hasShared ? test : test.skip)(
    'engine: vela carries Vela 5.1.0 figures into the comment; auto refuses to compare figures of two engines',
    async () => {
      const corpus = (file: string) => {
        const entry = corpusManifest().find((e) => e.file === file);
        if (!entry) throw new Error(`${file} is not in the corpus`);
        return corpusBytes(entry);
      };
      const hello = corpus('models/tflite-micro/hello_world_int8.tflite');
      const speech = corpus('models/tflite-micro/micro_speech_quantized.tflite');
      const vrepo = join(tmp, 'vela-repo');
      mkdirSync(vrepo);
      git(vrepo, 'init', '-q', '-b', 'main');
      git(vrepo, 'config', 'user.email', 'ci@example.com');
      git(vrepo, 'config', 'user.name', 'CI');
      write(vrepo, 'models/kws.tflite', hello);
      write(vrepo, 'models/mixed.tflite', speech);
      git(vrepo, 'add', '-A');
      git(vrepo, 'commit', '-q', '-m', 'base');
      const vBase = git(vrepo, 'rev-parse', 'HEAD');
      write(vrepo, 'models/kws.tflite', speech);
      // Not a recorded model: the stand-in Vela cannot answer for it, so auto falls back for head only.
      write(vrepo, 'models/mixed.tflite', kwsModel(false));
      git(vrepo, 'commit', '-q', '-am', 'head');
      const vHead = git(vrepo, 'rev-parse', 'HEAD');
      server.options.pull = {
        number: PR,
        baseSha: vBase,
        headSha: vHead,
        files: [
          { filename: 'models/kws.tflite', status: 'modified' },
          { filename: 'models/mixed.tflite', status: 'modified' },
        ],
      };
      const opts = {
        workspace: vrepo,
        sha: vHead,
        event: pullRequestEvent({
          action: 'synchronize',
          owner: OWNER,
          repo: REPO,
          number: PR,
          baseSha: vBase,
          headSha: vHead,
        }),
        env: { PATH: `${dirname(fakeVelaPath())}:${process.env.PATH}`, FAKE_VELA_SHARED: sharedDir },
      };

      const r = await run({ models: 'models/kws.tflite', targets: 'ethos-u55-256', engine: 'vela' }, opts);
      expect(r.code).toBe(0);
      const report = readReport(r);
      expect(report.tool).toMatchObject({ engine: 'vela', engineVersion: '5.1.0' });
      const [m] = report.models;
      const sides = [
        { result: m.head, ref: readRef('tflite-micro__micro_speech_quantized', 'ethos-u55-256') },
        { result: m.base, ref: readRef('tflite-micro__hello_world_int8', 'ethos-u55-256') },
      ];
      for (const { result, ref } of sides) {
        expect(result?.engine).toEqual({ name: 'vela', version: '5.1.0' });
        const t = result!.targets[0];
        const s = t.performance!.summary;
        expect([t.npuOperators, t.cpuOperators, s.totalCycles, s.npuCycles, s.macs]).toEqual([
          ref.summary.tflite_ops_npu,
          ref.summary.tflite_ops_cpu,
          ref.summary.total_cycles,
          ref.summary.npu_cycles,
          ref.summary.nn_macs,
        ]);
        expect(s.inferenceTimeMs).toBeCloseTo(ref.summary.inference_time_s * 1000, 9);
      }
      const body = server.comments[0].body;
      expect(body).toContain('Vela (5.1.0)');
      expect(body).toContain(formatMs(m.head!.targets[0].performance!.summary.inferenceTimeMs));

      // auto: Vela answers for base but not for the unrecorded head, which falls back to the built-in engine.
      const auto = await run({ models: 'models/**', targets: 'ethos-u55-256', engine: 'auto' }, opts);
      expect(auto.code).toBe(1);
      expect(auto.stdout).toMatch(/^::warning::engine auto: Vela failed on models\/mixed\.tflite/m);
      const mixed = readReport(auto);
      expect(mixed.models.map((x) => [x.path, x.head?.engine?.name, x.base?.engine?.name])).toEqual([
        ['models/kws.tflite', 'vela', 'vela'],
        ['models/mixed.tflite', 'builtin', 'vela'],
      ]);
      expect(mixed.findings.map((f) => [f.path, f.rule])).toEqual([['models/mixed.tflite', 'model-error']]);
      expect(mixed.findings[0].message).toMatch(
        /base and head cannot be compared: .*base figures come from Vela 5\.1\.0 but head figures from built-in engine/,
      );
      expect(mixed.tool.engine).toBe('builtin');
      expect(mixed.tool.engineVersion).toMatch(/3 of 4 results from Vela 5\.1\.0/);
    },
  );

  test('GitHub faults in a shallow clone: 5xx, a response held past the timeout, a deleted base file; every model reported', async () => {
    const shallow = join(tmp, 'shallow-faults');
    execFileSync('git', [
      'clone',
      '-q',
      '--depth',
      '1',
      '--no-local',
      '--branch',
      'change-models',
      '--',
      `file://${repo}`,
      shallow,
    ]);
    server.inject({ operationId: 'pulls/list-files', status: 502, message: 'Server Error' });
    server.inject({
      operationId: 'repos/get-content',
      status: 200,
      holdMs: 4000,
      pathIncludes: 'models/old name.tflite',
    });
    server.inject({
      operationId: 'repos/get-content',
      status: 404,
      message: 'Not Found',
      pathIncludes: 'models/kws.tflite',
    });
    const r = await run({ ...gateInputs, comment: 'off', 'api-timeout': '1' }, { workspace: shallow });
    expect(r.code).toBe(1);
    const report = readReport(r);
    expect(report.models.map((m) => m.path)).toEqual(ALL_MODELS);
    expect(server.calls('pulls/list-files').map((c) => c.status)).toEqual([502, 200]);
    expect(r.stdout).toMatch(/pulls\/42\/files\S*: 502, retrying in 1\.0 s/);
    // The held request was abandoned after a second and asked again.
    expect(r.stdout).toMatch(/contents\/\{path\}: no answer within 1\.0 s, retrying in 1\.0 s/);
    const renamed = report.models.find((m) => m.path === TRICKY)!;
    expect([renamed.base?.error, renamed.base?.targets.length]).toEqual([undefined, 1]);
    const kws = report.models.find((m) => m.path === 'models/kws.tflite')!;
    expect(kws.base?.error?.code).toBe('base-unavailable');
    expect(kws.base?.error?.message).toMatch(/Not Found/);
    expect(kws.head?.targets).toHaveLength(1);
    expect(report.findings.map((f) => [f.path, f.rule])).toEqual([
      ['models/vision/detect.tflite', 'max-latency-increase'],
    ]);
  });

  testLfs(
    'models tracked with Git LFS: base versions, and a checkout without LFS content, come from git-lfs',
    async () => {
      const lfs = join(tmp, 'lfs');
      mkdirSync(lfs);
      git(lfs, 'init', '-q', '-b', 'main');
      git(lfs, 'config', 'user.email', 'ci@example.com');
      git(lfs, 'config', 'user.name', 'CI');
      git(lfs, 'lfs', 'install', '--local');
      git(lfs, 'lfs', 'track', '*.tflite');
      write(lfs, 'models/kws.tflite', kwsModel(false));
      write(lfs, 'models/vision/detect.tflite', convModel(8, 8));
      git(lfs, 'add', '-A');
      git(lfs, 'commit', '-q', '-m', 'base');
      const before = git(lfs, 'rev-parse', 'HEAD');
      git(lfs, 'checkout', '-q', '-b', 'bigger');
      const bigger = convModel(24, 16);
      write(lfs, 'models/vision/detect.tflite', bigger);
      git(lfs, 'commit', '-q', '-am', 'bigger detector');
      const after = git(lfs, 'rev-parse', 'HEAD');
      // What git keeps of a model is its pointer.
      expect(git(lfs, 'cat-file', 'blob', `${before}:models/vision/detect.tflite`)).toMatch(
        /^version https:\/\/git-lfs/,
      );
      const push = { ref: 'refs/heads/bigger', before, after, repository: { full_name: `${OWNER}/${REPO}` } };
      const judged = (r: RunResult) => {
        const report = readReport(r);
        expect(report.models.map((m) => [m.path, m.status, m.base?.error?.code, m.head?.error?.code])).toEqual([
          ['models/vision/detect.tflite', 'modified', undefined, undefined],
        ]);
        expect(report.models[0].head!.sha256).toBe(createHash('sha256').update(bigger).digest('hex'));
        expect(report.findings.map((f) => [f.path, f.rule])).toEqual([
          ['models/vision/detect.tflite', 'max-latency-increase'],
        ]);
        expect(r.code).toBe(1);
      };
      const opts = { event: push, eventName: 'push', sha: after };
      judged(await run({ ...gateInputs, mode: 'changed' }, { ...opts, workspace: lfs }));

      // actions/checkout without `lfs: true` leaves pointers in the workspace: fetched from the remote.
      const pointers = join(tmp, 'lfs-pointers');
      execFileSync('git', ['clone', '-q', '--branch', 'bigger', '--', `file://${lfs}`, pointers], {
        env: { ...process.env, GIT_LFS_SKIP_SMUDGE: '1' },
      });
      expect(readFileSync(join(pointers, 'models/vision/detect.tflite'), 'utf8')).toMatch(/^version https:\/\/git-lfs/);
      judged(await run({ ...gateInputs, mode: 'changed' }, { ...opts, workspace: pointers }));
    },
  );

  test('bad inputs fail with the input named', async () => {
    const r = await run({ ...gateInputs, 'min-npu-coverage': '95' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::ethos-gate: min-npu-coverage: "95" is ambiguous/m);
  });
});
