// `ethos-gate compare BASE HEAD` as users run it: the bundled dist/cli.js in a child process, on copies of the example
// models laid out as two versions of a folder. The figures are checked against the engine's own answers on the same
// bytes, the verdict against the thresholds given.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeModel } from '../../src/engine/analyze.js';
import { builtinTarget } from '../../src/targets/index.js';
import type { GateReport } from '../../src/report/types.js';
import { projectRoot } from '../helpers/shared.js';
import { errorsOf, reportValidator } from '../report/schema-validators.js';

const cli = join(projectRoot, 'dist/cli.js');
const hasLfs = spawnSync('git', ['lfs', 'version']).status === 0;
if (!hasLfs)
  console.warn('git-lfs is not installed: the compare --since Git LFS test is skipped (apt-get install git-lfs)');
const testLfs = hasLfs ? test : test.skip;
const examples = join(projectRoot, 'examples/models');
const U55 = 'ethos-u55-256';

function run(args: string[], cwd = projectRoot) {
  const r = spawnSync(process.execPath, [cli, 'compare', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (args: string[], cwd = projectRoot) => {
  const r = run([...args, '--format', 'json'], cwd);
  return { ...r, report: JSON.parse(r.stdout) as GateReport };
};
const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

let tmp: string;
let base: string;
let head: string;
// base: kws, dw (stride-4 depthwise), denoise. head: kws unchanged, denoise replaced by the stride-4 model (slower,
// one operator newly on the CPU of U55), dw removed, float head added.
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ethos-gate-compare-'));
  base = join(tmp, 'base');
  head = join(tmp, 'head');
  mkdirSync(join(base, 'audio'), { recursive: true });
  mkdirSync(join(head, 'audio'), { recursive: true });
  copyFileSync(join(examples, 'kws_int8.tflite'), join(base, 'kws.tflite'));
  copyFileSync(join(examples, 'kws_int8.tflite'), join(head, 'kws.tflite'));
  copyFileSync(join(examples, 'dw_stride4_int8.tflite'), join(base, 'dw.tflite'));
  copyFileSync(join(examples, 'denoise_int16x8.tflite'), join(base, 'audio/denoise.tflite'));
  copyFileSync(join(examples, 'dw_stride4_int8.tflite'), join(head, 'audio/denoise.tflite'));
  copyFileSync(join(examples, 'float_head_int8.tflite'), join(head, 'float.tflite'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const own = (file: string) => analyzeModel(readFileSync(join(examples, file)), file, [builtinTarget(U55)]).targets[0];

describe('ethos-gate compare (dist/cli.js in a child process)', () => {
  test('two folders: models paired by their path inside each, with the engine’s figures on both sides', () => {
    const { code, report, stderr } = json([base, head]);
    expect(stderr).toBe('');
    expect(code).toBe(0); // no thresholds given
    expect(report.findings).toEqual([]);
    expect(report.models.map((m) => [m.path, m.status])).toEqual([
      ['audio/denoise.tflite', 'modified'],
      ['dw.tflite', 'removed'],
      ['float.tflite', 'added'],
      ['kws.tflite', 'unchanged'],
    ]);
    const denoise = report.models[0];
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v));
    expect(denoise.head!.targets[0].performance!.summary).toEqual(
      plain(own('dw_stride4_int8.tflite').performance!.summary),
    );
    expect(denoise.base!.targets[0].performance!.summary).toEqual(
      plain(own('denoise_int16x8.tflite').performance!.summary),
    );
    expect(report.models[2].base).toBeUndefined();
    const kws = report.models[3];
    expect(kws.base!.path).toBe('kws.tflite');
    expect(kws.base!.targets).toEqual(kws.head!.targets);
    expect(kws.head!.targets[0].performance!.summary).toEqual(plain(own('kws_int8.tflite').performance!.summary));
    // The action's report contract.
    const validate = reportValidator();
    expect(validate(report) ? '' : errorsOf(validate)).toBe('');
  });

  test('thresholds given as options fail the run (exit 1) with the findings the figures call for', () => {
    const headT = own('dw_stride4_int8.tflite');
    const baseT = own('denoise_int16x8.tflite');
    const rise = headT.performance!.summary.inferenceTimeMs / baseT.performance!.summary.inferenceTimeMs - 1;
    expect(rise).toBeGreaterThan(0.1);
    const { code, report } = json([base, head, '--max-latency-increase', '10%', '--fail-on-new-cpu-ops']);
    expect(code).toBe(1);
    expect(report.regressed).toBe(true);
    expect(report.findings.map((f) => [f.path, f.target, f.rule])).toEqual([
      ['audio/denoise.tflite', U55, 'new-cpu-ops'],
      ['audio/denoise.tflite', U55, 'max-latency-increase'],
      // An added model's CPU operators are all new, as in a pull request.
      ['float.tflite', U55, 'new-cpu-ops'],
    ]);
    // The rise as the message prints it (one decimal at most): the figures' own.
    const printed = /\(\+([\d.]+)%; allowed 10%\)/.exec(report.findings[1].message);
    expect(printed).not.toBeNull();
    expect(Math.abs(Number(printed![1]) - rise * 100)).toBeLessThanOrEqual(0.05);
    // A limit above the rise passes.
    expect(run([base, head, '--max-latency-increase', `${Math.ceil(rise * 100) + 1}%`]).code).toBe(0);
    // Informational: the same findings, exit 0.
    const info = json([base, head, '--max-latency-increase', '10%', '--informational']);
    expect(info.code).toBe(0);
    expect(info.report.findings).toHaveLength(1);
    expect(info.report.informational).toBe(true);
  });

  test('a settings file as the action reads it refines the options per path', () => {
    const config = join(tmp, 'ethos-gate.yml');
    writeFileSync(config, "max-latency-increase: 10%\noverrides:\n  - paths: ['audio/**']\n    informational: true\n");
    const { code, report } = json([base, head, '--config', config]);
    expect(code).toBe(0);
    expect(report.findings.map((f) => f.rule)).toEqual(['max-latency-increase']);
    writeFileSync(config, "overrides:\n  - paths: ['audio/**']\n    min-npu-coverage: 100%\n");
    const strict = json([base, head, '--config', config]);
    expect(strict.code).toBe(1);
    expect(strict.report.findings.map((f) => [f.path, f.rule])).toEqual([['audio/denoise.tflite', 'min-npu-coverage']]);
  });

  test('two files: one comparison named by the HEAD file; table and markdown render it', () => {
    const a = join(base, 'audio/denoise.tflite');
    const b = join(head, 'audio/denoise.tflite');
    const { report } = json([a, b]);
    expect(report.models.map((m) => [m.path, m.status, m.base?.path])).toEqual([[b, 'modified', a]]);
    const table = run([a, b, '--no-color']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Δ cov\./);
    expect(table.stdout).toContain('-25.0 pp');
    const md = run([a, b, '--format', 'markdown', '--max-latency-increase', '10%']);
    expect(md.code).toBe(1);
    expect(md.stdout).toMatch(/### ❌ ethos-gate: 1 check failed/);
    expect(md.stdout).toMatch(/\| NPU coverage \| vs base \| Est\. time \| vs base \|/);
    expect(md.stdout).toContain('❌ failed · modified');
  });

  test('an unreadable model is named (exit 2) and the others are still compared', () => {
    const broken = join(tmp, 'broken-head');
    mkdirSync(broken, { recursive: true });
    copyFileSync(join(examples, 'kws_int8.tflite'), join(broken, 'kws.tflite'));
    writeFileSync(join(broken, 'dw.tflite'), 'not a model');
    const { code, report } = json([base, broken]);
    expect(code).toBe(2);
    const dw = report.models.find((m) => m.path === 'dw.tflite')!;
    expect(dw.head!.error!.code).not.toBe('');
    expect(report.models.find((m) => m.path === 'kws.tflite')!.status).toBe('unchanged');
    // An unreadable base: the head is still judged on its own, and the run says what it skipped.
    const reversed = json([broken, base, '--max-latency-increase', '1%']);
    expect(reversed.code).toBe(2);
    expect(reversed.report.models.find((m) => m.path === 'dw.tflite')!.head!.error).toBeUndefined();
    expect(reversed.stderr).toMatch(
      /note: dw\.tflite: the base version cannot be analysed \([a-z-]+\); thresholds versus base skipped/,
    );
  });

  test('usage errors name their cause (exit 2)', () => {
    const cases: [string[], RegExp][] = [
      [[base], /needs two paths, BASE and HEAD/],
      [[base, join(head, 'kws.tflite')], /two model files or two folders/],
      [[base, join(tmp, 'nowhere')], /cannot read .*nowhere: no such file or directory \(ENOENT\)/],
      [[base, head, '--max-latency-increase', '5pp'], /--max-latency-increase: "5pp": an increase is relative/],
      [
        [base, head, '--config', join(tmp, 'none.yml')],
        /cannot read the settings file .*none\.yml: no such file or directory \(ENOENT\)/,
      ],
      [[base, head, '--format', 'xml'], /--format must be table, markdown or json/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  test('--since REV: the models the work tree changes since it left REV, each against its version there', () => {
    const repo = join(tmp, 'repo');
    mkdirSync(join(repo, 'models'), { recursive: true });
    mkdirSync(join(repo, '.github'));
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'dev@example.com');
    git(repo, 'config', 'user.name', 'dev');
    const put = (example: string, to: string) => copyFileSync(join(examples, example), join(repo, to));
    put('kws_int8.tflite', 'models/kws.tflite');
    put('denoise_int16x8.tflite', 'models/denoise.tflite');
    put('float_head_int8.tflite', 'models/gone.tflite');
    put('float_head_int8.tflite', 'models/main-only.tflite');
    // The action's settings file, read by default.
    writeFileSync(join(repo, '.github/ethos-gate.yml'), 'max-latency-increase: 10%\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'base');
    git(repo, 'checkout', '-qb', 'feature');
    put('dw_stride4_int8.tflite', 'models/denoise.tflite');
    git(repo, 'commit', '-qam', 'slower denoiser');
    // main moves on after the branch left it: not this branch's change.
    git(repo, 'checkout', '-q', 'main');
    put('kws_int8.tflite', 'models/main-only.tflite');
    git(repo, 'commit', '-qam', 'on main');
    git(repo, 'checkout', '-q', 'feature');
    // Uncommitted: a rename (staged), a removal, a new file git does not track yet, a link, a text file.
    git(repo, 'mv', 'models/kws.tflite', 'models/kws2.tflite');
    unlinkSync(join(repo, 'models/gone.tflite'));
    put('kws_int8.tflite', 'models/new.tflite');
    symlinkSync('/etc/hostname', join(repo, 'models/link.tflite'));
    writeFileSync(join(repo, 'README.md'), 'notes\n');

    const inFolder = join(repo, 'models'); // run from a subfolder: the work tree is found
    const linked = json(['--since', 'main'], inFolder);
    expect(linked.stderr).toMatch(
      /changed since main \(merge base [0-9a-f]{12}\); settings from \.github\/ethos-gate\.yml/,
    );
    expect(linked.report.models.map((m) => [m.path, m.status, m.basePath])).toEqual([
      ['models/denoise.tflite', 'modified', undefined],
      ['models/gone.tflite', 'removed', undefined],
      ['models/kws2.tflite', 'renamed', 'models/kws.tflite'],
      ['models/link.tflite', 'added', undefined],
      ['models/new.tflite', 'added', undefined],
    ]);
    expect(linked.report.models[3].head!.error!.code).toBe('symlink');
    expect(linked.code).toBe(2);

    unlinkSync(join(repo, 'models/link.tflite'));
    const { code, report } = json(['--since', 'main'], inFolder);
    expect(code).toBe(1);
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v));
    const denoise = report.models[0];
    expect(denoise.base!.targets[0].performance!.summary).toEqual(
      plain(own('denoise_int16x8.tflite').performance!.summary),
    );
    expect(denoise.head!.targets[0].performance!.summary).toEqual(
      plain(own('dw_stride4_int8.tflite').performance!.summary),
    );
    expect(report.models[2].status).toBe('renamed');
    expect(report.models[2].head!.sha256).toBe(report.models[2].base!.sha256);
    expect(report.findings.map((f) => [f.path, f.rule])).toEqual([['models/denoise.tflite', 'max-latency-increase']]);
    // --models narrows the models as the action's input does.
    expect(run(['--since', 'main', '--models', '!models/denoise.tflite'], inFolder).code).toBe(0);
    expect(run(['--since', 'main', '--informational'], inFolder).code).toBe(0);

    const errors: [string[], string, RegExp][] = [
      [['--since', 'no-such-branch'], repo, /--since no-such-branch: no common commit with HEAD/],
      [['--since', 'main', 'models'], repo, /--since takes no paths/],
      [['--models', '*.tflite', base, head], repo, /--models goes with --since/],
      [['--since', 'main'], tmp, /--since needs a git work tree/],
    ];
    for (const [args, cwd, message] of errors) {
      const r = run(args, cwd);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(message);
    }
  });

  testLfs('--since REV with models tracked with Git LFS: the base version is the model, not its pointer', () => {
    const repo = join(tmp, 'lfs-repo');
    mkdirSync(join(repo, 'models'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'dev@example.com');
    git(repo, 'config', 'user.name', 'dev');
    git(repo, 'lfs', 'install', '--local');
    git(repo, 'lfs', 'track', '*.tflite');
    copyFileSync(join(examples, 'denoise_int16x8.tflite'), join(repo, 'models/denoise.tflite'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'base');
    git(repo, 'checkout', '-qb', 'feature');
    copyFileSync(join(examples, 'dw_stride4_int8.tflite'), join(repo, 'models/denoise.tflite'));
    const { code, report } = json(['--since', 'main', '--max-latency-increase', '10%'], repo);
    expect(report.models.map((m) => [m.path, m.status, m.base?.error?.code])).toEqual([
      ['models/denoise.tflite', 'modified', undefined],
    ]);
    expect(report.models[0].base!.targets[0].performance!.summary).toEqual(
      JSON.parse(JSON.stringify(own('denoise_int16x8.tflite').performance!.summary)),
    );
    expect(report.findings.map((f) => f.rule)).toEqual(['max-latency-increase']);
    expect(code).toBe(1);

    // A clone whose LFS content was not pulled has pointers in its work tree: the head is fetched too.
    git(repo, 'commit', '-qam', 'slower denoiser');
    const pointers = join(tmp, 'lfs-pointers');
    spawnSync('git', ['clone', '-q', '--branch', 'feature', `file://${repo}`, pointers], {
      env: { ...process.env, GIT_LFS_SKIP_SMUDGE: '1' },
    });
    git(pointers, 'fetch', '-q', 'origin', 'main:main');
    expect(readFileSync(join(pointers, 'models/denoise.tflite'), 'utf8')).toMatch(/^version https:\/\/git-lfs/);
    const fetched = json(['--since', 'main', '--max-latency-increase', '10%'], pointers);
    expect(fetched.report.models.map((m) => [m.path, m.head?.error?.code, m.base?.error?.code])).toEqual([
      ['models/denoise.tflite', undefined, undefined],
    ]);
    expect(fetched.report.models[0].head!.targets[0].performance!.summary).toEqual(
      JSON.parse(JSON.stringify(own('dw_stride4_int8.tflite').performance!.summary)),
    );
    expect(fetched.code).toBe(1);
  });
});
