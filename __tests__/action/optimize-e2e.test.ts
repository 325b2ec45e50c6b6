// `optimize:` and `quantize:` end to end: the bundled action in a child process against the local GitHub
// server, which also stands in for the runner's artifact service (ACTIONS_RESULTS_URL). Set ETHOS_GATE_DIST to
// test a bundle built elsewhere (`node scripts/build.mjs --outdir DIR`).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GateReport } from '../../src/report/types.js';
import { ModelBuilder } from '../../src/tflite/builder.js';
import { pullRequestEvent } from '../helpers/github-events.js';
import { GitHubServer, runtimeToken, type PullFile } from '../helpers/github-server.js';
import { projectRoot } from '../helpers/shared.js';

const dist = process.env.ETHOS_GATE_DIST ?? join(projectRoot, 'dist');
const OWNER = 'arm-example';
const REPO = 'kws-models';
const PR = 7;
const RUN_ID = '4321';

/** An int8 model whose two convolutions run on the NPU: weights to prune and cluster. */
function convModel(seed: number): Uint8Array {
  const mb = new ModelBuilder({ quant: 'int8', seed });
  const x = mb.input([1, 12, 12, 8]);
  const c = mb.conv2d(x, { filters: 16, kernel: 3, padding: 'same', activation: 'relu' });
  return mb.output(mb.conv2d(c, { filters: 16, kernel: 3, padding: 'same' })).build();
}

/** A float32 model: every operator on the CPU until it is quantized. */
function floatModel(): Uint8Array {
  const mb = new ModelBuilder({ quant: 'float32', seed: 4 });
  const x = mb.input([1, 8, 8, 4]);
  const c = mb.conv2d(x, { filters: 8, kernel: 3, padding: 'same', activation: 'relu' });
  return mb.output(mb.fullyConnected(mb.reshape(c, [1, 512]), { units: 10 })).build();
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

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = m[3];
  return out;
}

/** The names in a zip's central directory (the artifact client writes them as they are). */
function zipNames(zip: Buffer): string[] {
  const names: string[] = [];
  for (let at = zip.indexOf('PK\x01\x02'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4)) {
    const len = zip.readUInt16LE(at + 28);
    names.push(zip.subarray(at + 46, at + 46 + len).toString('utf8'));
  }
  return names.sort();
}

describe('the action optimizes and quantizes models (dist/index.js in a child process)', () => {
  let tmp: string;
  let repo: string;
  let baseSha: string;
  let headSha: string;
  let server: GitHubServer;

  const pullFiles: PullFile[] = [
    { filename: 'models/kws.tflite', status: 'modified' },
    { filename: 'models/vision/detect net.tflite', status: 'added' },
    { filename: 'models/float.tflite', status: 'added' },
    { filename: 'models/old.tflite', status: 'removed' },
  ];

  beforeAll(() => {
    if (!existsSync(join(dist, 'index.js'))) throw new Error(`no bundle at ${dist}: run scripts/build.mjs`);
    tmp = mkdtempSync(join(tmpdir(), 'ethos-gate-opt-e2e-'));
    repo = join(tmp, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'ci@example.com');
    git(repo, 'config', 'user.name', 'CI');
    write(repo, 'models/kws.tflite', convModel(1));
    write(repo, 'models/old.tflite', convModel(3));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    baseSha = git(repo, 'rev-parse', 'HEAD');
    write(repo, 'models/kws.tflite', convModel(2));
    write(repo, 'models/vision/detect net.tflite', convModel(5));
    write(repo, 'models/float.tflite', floatModel());
    git(repo, 'rm', '-q', '--', 'models/old.tflite');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'head');
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
    });
  });

  afterEach(async () => {
    await server.close();
    expect(server.failures).toEqual([]);
  });

  function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
    const dir = mkdtempSync(join(tmp, 'run-'));
    const eventPath = join(dir, 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify(
        pullRequestEvent({ action: 'synchronize', owner: OWNER, repo: REPO, number: PR, baseSha, headSha }),
      ),
    );
    const outputFile = join(dir, 'output');
    const summaryFile = join(dir, 'summary.md');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const vars: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SHA: headSha,
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: RUN_ID,
      RUNNER_TEMP: dir,
      'INPUT_GITHUB-TOKEN': 'ghs_test_token_never_logged',
      ...env,
    };
    for (const [k, v] of Object.entries(inputs)) vars[`INPUT_${k.toUpperCase()}`] = v;
    return new Promise((resolve) => {
      execFile(process.execPath, [join(dist, 'index.js')], { cwd: repo, env: vars }, (error, stdout) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
          summary: readFileSync(summaryFile, 'utf8'),
        });
      });
    });
  }

  const artifactService = () => ({
    ACTIONS_RUNTIME_TOKEN: runtimeToken('run-backend-9', 'job-1'),
    ACTIONS_RESULTS_URL: `${server.url}/`,
  });
  const readReport = (r: RunResult) => JSON.parse(readFileSync(r.outputs['report-path'], 'utf8')) as GateReport;
  const HEAD_MODELS = [
    'models/float.tflite',
    'models/kws.tflite',
    'models/old.tflite',
    'models/vision/detect net.tflite',
  ];

  test('optimize: one artifact per model through the artifact service; the comment has the table and the link', async () => {
    const r = await run(
      { models: 'models/**', targets: 'ethos-u55-256', optimize: 'pruning=0.5,clustering=16; clustering=4' },
      artifactService(),
    );
    expect([r.code, r.stdout.match(/^::(error|warning).*$/m)?.[0]]).toEqual([0, undefined]);
    // The gate report is about the pull request's files only.
    expect(readReport(r).models.map((m) => m.path)).toEqual(HEAD_MODELS);

    // Two int8 models with NPU weights: two artifacts, uniquely named, each with both variants and the reports.
    const uploads = [...server.uploads].sort((a, b) => a.name.localeCompare(b.name));
    expect(uploads.map((u) => u.name)).toEqual([
      expect.stringMatching(/^ethos-gate-optimized-models-kws-[0-9a-f]{8}$/),
      expect.stringMatching(/^ethos-gate-optimized-models-vision-detect-net-[0-9a-f]{8}$/),
    ]);
    for (const u of uploads) expect([u.name, u.jobBackendId, Boolean(u.digest)]).toEqual([u.name, 'job-1', true]);
    expect(zipNames(uploads[0].bytes)).toEqual([
      'kws.clustering-4.tflite',
      'kws.optimization.json',
      'kws.optimization.md',
      'kws.pruning-0.5.clustering-16.tflite',
    ]);

    // The same files on disk, under optimized-path.
    const root = r.outputs['optimized-path'];
    expect(root.startsWith(tmp)).toBe(true);
    expect(readdirSync(root).sort()).toEqual(uploads.map((u) => u.name));
    const json = JSON.parse(readFileSync(join(root, uploads[0].name, 'kws.optimization.json'), 'utf8')) as {
      variants: { label: string; targets: { rows: { metric: string; original: number; optimized: number }[] }[] }[];
    };
    expect(json.variants.map((v) => v.label)).toEqual(['pruning=0.5,clustering=16', 'clustering=4']);
    const weights = json.variants[0].targets[0].rows.find((x) => x.metric === 'Encoded weights')!;
    expect(weights.optimized).toBeLessThan(weights.original);

    // One comment: the gate report, then per model the before/after table and the artifact's page.
    expect(server.comments).toHaveLength(1);
    const body = server.comments[0].body;
    expect(body.startsWith('<!-- ethos-gate -->\n')).toBe(true);
    expect(body).toContain('#### Optimization of **models/kws.tflite**');
    expect(body).toMatch(/\| Setting \| Target \| Encoded weights \(KiB\) \| Inference time \(ms\) \|/);
    expect(body).toMatch(/\| pruning=0\.5,clustering=16 \| ethos-u55-256 \| [\d.]+ → [\d.]+ \(−[\d.]+%\) \|/);
    for (const u of uploads)
      expect(body).toContain(`(https://github.com/${OWNER}/${REPO}/actions/runs/${RUN_ID}/artifacts/${u.id})`);
    // The float model has no NPU weights; the removed model is not listed.
    expect(body).toMatch(/\*\*Not optimised\*\* \(1\):\n\n- models\/float\.tflite: no constant weights of NPU layers/);
    expect(body).not.toContain('old.tflite:');
    expect(r.summary).toContain('Full optimization report');
    expect(r.summary.startsWith(readFileSync(r.outputs['markdown-path'], 'utf8').trimEnd())).toBe(true);
  });

  test('optimize without a runtime token: one warning, the files stay on disk, the comment says so', async () => {
    const r = await run({ models: 'models/kws.tflite', targets: 'ethos-u55-256', optimize: 'clustering=8' });
    expect(r.code).toBe(0);
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toEqual([expect.stringMatching(/^::warning::No artifact service on this runner/)]);
    expect(server.uploads).toEqual([]);
    const root = r.outputs['optimized-path'];
    const [folder] = readdirSync(root);
    expect(folder).toMatch(/^ethos-gate-optimized-models-kws-[0-9a-f]{8}$/);
    expect(readdirSync(join(root, folder)).sort()).toEqual([
      'kws.clustering-8.tflite',
      'kws.optimization.json',
      'kws.optimization.md',
    ]);
    // The optimized model is a valid model the gate can read back.
    const optimized = readFileSync(join(root, folder, 'kws.clustering-8.tflite'));
    expect(optimized.subarray(4, 8).toString('latin1')).toBe('TFL3');
    expect(server.comments[0].body).toContain('Files kept on the runner (no artifact service)');
  });

  test('quantize: the float model is quantized, shown beside the float result, uploaded; thresholds judge the real model', async () => {
    const r = await run(
      { models: 'models/**', targets: 'ethos-u55-256', quantize: 'true', 'min-npu-coverage': '100%' },
      artifactService(),
    );
    expect(r.code).toBe(1);
    const report = readReport(r);
    expect(report.models.map((m) => m.path)).toEqual(HEAD_MODELS);
    // Only the float model fails the coverage threshold; the quantized one is not judged.
    expect(report.findings.map((f) => [f.path, f.rule])).toEqual([['models/float.tflite', 'min-npu-coverage']]);
    expect(server.uploads.map((u) => u.name)).toEqual([
      expect.stringMatching(/^ethos-gate-quantized-models-float-[0-9a-f]{8}$/),
    ]);
    expect(zipNames(server.uploads[0].bytes)).toEqual([
      'float.int8.tflite',
      'float.quantization.json',
      'float.quantization.md',
    ]);
    const saved = JSON.parse(
      readFileSync(join(r.outputs['optimized-path'], server.uploads[0].name, 'float.quantization.json'), 'utf8'),
    ) as {
      float: { targets: { npuCoverage: number }[] };
      quantized: { path: string; targets: { npuCoverage: number }[] };
    };
    expect(saved.quantized.path).toBe('models/float.tflite (quantized int8)');
    expect(saved.float.targets[0].npuCoverage).toBe(0);
    expect(saved.quantized.targets[0].npuCoverage).toBe(1);

    const body = server.comments[0].body;
    expect(body).toContain('#### Quantized to int8: **models/float.tflite**');
    expect(body).toMatch(/\| ethos-u55-256 \| 0\/\d+ \(0\.0%\) → (\d+)\/\1 \(100\.0%\) \|/);
    expect(body).toContain('Calibrated on random inputs');
    expect(body).toContain(`/actions/runs/${RUN_ID}/artifacts/${server.uploads[0].id})`);
  });

  test('a shard optimises its own models and keeps the results in its job summary; no inputs, nothing extra', async () => {
    const shard = await run({
      models: 'models/kws.tflite',
      optimize: 'clustering=16',
      shard: '1/1',
      'reports-path': 'shard-reports',
    });
    expect(shard.code).toBe(0);
    expect(shard.summary).toMatch(/^Shard 1\/1: 1 of 1 model\(s\)/);
    expect(shard.summary).toContain('#### Optimization of **models/kws.tflite**');
    expect(readdirSync(shard.outputs['optimized-path'])).toHaveLength(1);
    expect(server.comments).toHaveLength(0);
    rmSync(join(repo, 'shard-reports'), { recursive: true, force: true });

    const plain = await run({ models: 'models/kws.tflite' }, artifactService());
    expect(plain.code).toBe(0);
    expect(plain.outputs['optimized-path']).toBeUndefined();
    expect(server.uploads).toEqual([]);
    expect(server.comments[0].body).not.toMatch(/Optimization of|Quantized to int8/);
  });

  test('a bad optimize setting fails before any analysis, naming the input', async () => {
    const r = await run({ models: 'models/**', optimize: 'pruning=1.5' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::ethos-gate: optimize: pruning must be a sparsity in \[0, 1\), not 1\.5$/m);
    expect(server.comments).toHaveLength(0);
  });
});
