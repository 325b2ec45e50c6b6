// The command line as users run it: the bundled dist/cli.js in a child process (no shell), on the bundled example
// models. Exit codes, what goes to stdout and stderr, files written, and errors that name their cause.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeModel } from '../../src/engine/analyze.js';
import { inspectModel } from '../../src/cli/inspect.js';
import { ModelBuilder } from '../../src/tflite/builder.js';
import { readModel } from '../../src/tflite/read.js';
import { builtinTarget, builtinTargets } from '../../src/targets/index.js';
import { describeShared, projectRoot, sharedDir } from '../helpers/shared.js';

const cli = join(projectRoot, 'dist/cli.js');
const examples = join(projectRoot, 'examples/models');
const kws = join(examples, 'kws_int8.tflite');

function run(args: string[], timeout = 60_000) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: projectRoot, encoding: 'utf8', timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ethos-gate-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('ethos-gate (dist/cli.js in a child process)', () => {
  test('--help lists every command and exits 0; no command at all is a usage error', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['inspect', 'check', 'compare', 'optimize', 'quantize', 'targets'])
      expect(help.stdout).toContain(`ethos-gate ${c}`);
    expect(run([]).code).toBe(2);
    const bogus = run(['bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('unknown command "bogus"');
  });

  test('--version (and -V, version) prints the package version and the Vela release the engine follows', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V', 'version']) {
      const r = run([flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(`ethos-gate ${pkg.version} (engine: Vela 5.1.0 placement and performance)\n`);
    }
  });

  test('turns on Node’s compile cache (in the temp folder) where Node has one, and runs the same from it', () => {
    const home = mkdtempSync(join(tmp, 'cache-'));
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: home };
    delete env.NODE_COMPILE_CACHE;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    const check = () =>
      spawnSync(process.execPath, [cli, 'check', kws, '--target', 'ethos-u55-256', '--format', 'json'], {
        cwd: projectRoot,
        encoding: 'utf8',
        env,
      });
    const first = check();
    expect(first.status).toBe(0);
    const [major, minor] = process.versions.node.split('.').map(Number);
    const hasCache = major > 22 || (major === 22 && minor >= 1);
    const cacheDir = join(home, 'node-compile-cache');
    expect(existsSync(cacheDir)).toBe(hasCache);
    if (hasCache) expect(readdirSync(cacheDir).length).toBeGreaterThan(0);
    // A second run reads the cache: the same report.
    const second = check();
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  test('targets lists every built-in target', () => {
    const r = run(['targets']);
    expect(r.code).toBe(0);
    const [header, ...lines] = r.stdout.split('\n').filter(Boolean);
    expect(header.split(/\s{2,}/)).toEqual(['Target', 'MACs', 'System config', 'Memory mode', 'Clock', 'SRAM cache']);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(builtinTargets().map((t) => t.id));
    expect(lines.find((l) => l.startsWith('ethos-u65-512 '))).toMatch(
      /512 +Ethos_U65_High_End +Dedicated_Sram +1000 MHz +384\.0 KiB$/,
    );
    expect(lines.find((l) => l.startsWith('ethos-u55-256 '))).toMatch(/Shared_Sram +500 MHz +-$/);
    expect(run(['targets', '--format', 'xml']).code).toBe(2);
  });

  test('check --format json gives the engine’s own answer (default target ethos-u55-256)', () => {
    const r = run(['check', kws, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.models).toHaveLength(1);
    const [target] = report.models[0].targets;
    expect(target.target).toBe('ethos-u55-256');
    const own = analyzeModel(readFileSync(kws), kws, [builtinTarget('ethos-u55-256')]).targets[0];
    expect(target.summary).toEqual(JSON.parse(JSON.stringify(own.performance!.summary)));
    expect(target.operators.map((o: { placement: string }) => o.placement)).toEqual(
      own.operators.map((o) => o.placement),
    );
  });

  test('check reads a folder and several targets; every format renders', () => {
    const r = run(['check', examples, '--target', 'ethos-u55-256,ethos-u85-256', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const files = readdirSync(examples).filter((f) => f.endsWith('.tflite'));
    expect(report.models).toHaveLength(files.length);
    for (const m of report.models)
      expect(m.targets.map((t: { target: string }) => t.target)).toEqual(['ethos-u55-256', 'ethos-u85-256']);
    for (const format of ['table', 'markdown', 'mlia-json']) {
      const f = run(['check', kws, '--format', format]);
      expect(f.code).toBe(0);
      expect(f.stdout.length).toBeGreaterThan(100);
    }
  });

  test('a missing or unreadable model fails the run (exit 2) by name, and the others are still reported', () => {
    const junk = join(tmp, 'junk.tflite');
    writeFileSync(junk, 'not a flatbuffer');
    const r = run(['check', kws, junk, join(tmp, 'missing.tflite')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('kws_int8.tflite');
    expect(r.stdout).toContain('junk.tflite');
    expect(r.stdout).toContain('missing.tflite: io-error');
  });

  test('a folder is searched without following links to folders; broken links and pipes are named, the models checked', () => {
    const dir = join(tmp, 'tree');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync(kws, join(dir, 'sub', 'model.tflite'));
    symlinkSync('..', join(dir, 'sub', 'up')); // a loop, if followed
    symlinkSync(join(tmp, 'nowhere.tflite'), join(dir, 'broken.tflite'));
    symlinkSync(kws, join(dir, 'linked.tflite'));
    const fifo = spawnSync('mkfifo', [join(dir, 'pipe.tflite')]).status === 0;
    for (const command of ['check', 'inspect']) {
      const r = run([command, dir], 20_000);
      expect(r.timedOut).toBe(false);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stdout).toContain(join(dir, 'sub', 'model.tflite'));
      expect(r.stdout).toContain(join(dir, 'linked.tflite'));
      expect(r.stdout).not.toContain(join(dir, 'sub', 'up'));
      expect(r.stdout).toMatch(/broken\.tflite.*a broken link: no such file or directory/s);
      if (fifo) expect(r.stdout).toMatch(/pipe\.tflite.*not a regular file/s);
    }
  });

  test.each([
    [['check', kws, '--target', 'bogus'], 'unknown target "bogus"'],
    [['check', kws, '--format', 'xml'], '--format must be table, markdown, json or mlia-json, not "xml"'],
    [['check'], 'check needs at least one model file or directory'],
    [['check', kws, '--engine', 'bogus'], '--engine must be builtin, vela or auto'],
    [
      ['check', kws, '--target-file', 'nope.toml'],
      'cannot read target file nope.toml: no such file or directory (ENOENT)',
    ],
    [['check', kws, '--bogus'], "Unknown option '--bogus'"],
    [['optimize', kws, '--pruning', '2'], 'pruning must be a sparsity in [0, 1), not 2'],
    [['optimize', kws, '--settings', 'clustering=1'], '--settings: clustering must be a whole number of clusters'],
    [['quantize', kws], 'quantize needs --out FILE'],
    [
      ['quantize', kws, '--out', join(tmpdir(), 'q.tflite'), '--calibration', 'no-such-folder'],
      'cannot read the calibration folder no-such-folder: no such file or directory (ENOENT)',
    ],
  ])('usage error %j: exit 2, the cause on stderr, nothing on stdout', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).not.toContain('<setting>');
    expect(r.stdout).toBe('');
  });

  test('--output writes the report to the file; one that cannot be written is named (exit 2)', () => {
    const out = join(tmp, 'report.json');
    const r = run(['check', kws, '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).models).toHaveLength(1);
    const bad = join(tmp, 'no-such-folder', 'report.json');
    const failed = run(['check', kws, '--output', bad]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain(`cannot write the report ${bad}: no such file or directory (ENOENT)`);
    expect(failed.stderr).not.toContain('internal error');
  });

  test('optimize writes the pruned model and its report into --out (folders created); the model checks', () => {
    const out = join(tmp, 'optimized', 'nested');
    const r = run(['optimize', kws, '--pruning', '0.5', '--no-drift', '--out', out]);
    expect(r.code).toBe(0);
    const written = readdirSync(out).sort();
    expect(written).toEqual(
      ['kws_int8.optimization.json', 'kws_int8.optimization.md', 'kws_int8.pruning-0.5.tflite'].sort(),
    );
    const pruned = readModel(readFileSync(join(out, 'kws_int8.pruning-0.5.tflite')));
    // Every weight tensor of the convolutions and the FC layer is half zeros (its zero point: 0 here).
    for (const op of pruned.subgraphs[0].operators.filter((o) => ['CONV_2D', 'FULLY_CONNECTED'].includes(o.type))) {
      const w = pruned.subgraphs[0].tensors[op.inputs[1]];
      const data = pruned.buffers[w.buffer].data!;
      const zeros = data.filter((v) => v === 0).length;
      expect(zeros / data.length).toBeGreaterThanOrEqual(0.5);
    }
    expect(run(['check', join(out, 'kws_int8.pruning-0.5.tflite')]).code).toBe(0);
    // --format table, as for the other commands, is the default report (its older name "terminal" too).
    const again = join(tmp, 'optimized-again');
    const table = run(['optimize', kws, '--pruning', '0.5', '--no-drift', '--out', again, '--format', 'table']);
    expect(table.code).toBe(0);
    expect(table.stdout).toBe(r.stdout.replaceAll(out, again));
    expect(run(['optimize', kws, '--pruning', '0.5', '--no-drift', '--out', again, '--format', 'terminal']).code).toBe(
      0,
    );
  });

  (existsSync('/proc/self') ? test : test.skip)(
    'optimize --out a folder that cannot be made fails at once, by name (no endless retry)',
    () => {
      const r = run(
        ['optimize', kws, '--pruning', '0.5', '--no-drift', '--out', '/proc/ethos-gate-cannot-be-here'],
        20_000,
      );
      expect(r.timedOut).toBe(false);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('cannot create the output folder /proc/ethos-gate-cannot-be-here');
    },
  );

  test('inspect names the inputs and outputs an application feeds and reads, with their quantization', () => {
    const mb = new ModelBuilder({ quant: 'int8', inputQuant: { scale: 0.25, zeroPoint: -7 } });
    const x = mb.input([1, 12, 12, 2], { name: 'frame' });
    mb.output(mb.conv2d(x, { filters: 3, kernel: 3 }));
    const file = join(tmp, 'io.tflite');
    writeFileSync(file, mb.build());
    const r = run(['inspect', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  input   frame int8 [1, 12, 12, 2] (scale 0.25, zero point -7)\n');
    const [model] = JSON.parse(run(['inspect', file, '--format', 'json']).stdout).models;
    expect(model.inputs).toEqual([{ name: 'frame', dtype: 'int8', shape: [1, 12, 12, 2], scale: 0.25, zeroPoint: -7 }]);
    expect(model.outputs).toHaveLength(1);
    // SAME padding: the output keeps the input's size.
    expect(model.outputs[0]).toMatchObject({ dtype: 'int8', shape: [1, 12, 12, 3] });
    // A float model's tensors carry no quantization.
    const float = join(tmp, 'io-float.tflite');
    const fb = new ModelBuilder({ quant: 'float32' });
    fb.output(fb.conv2d(fb.input([1, 4, 4, 1], { name: 'x' }), { filters: 1, kernel: 1 }));
    writeFileSync(float, fb.build());
    expect(run(['inspect', float]).stdout).toMatch(/ {2}input {3}x float32 \[1, 4, 4, 1\]\n/);
  });

  test('inspect and check of a folder without models say so, with exit code 2', () => {
    const empty = join(tmp, 'no-models');
    mkdirSync(empty, { recursive: true });
    for (const command of ['inspect', 'check']) {
      const r = run([command, empty]);
      expect([command, r.code]).toEqual([command, 2]);
      expect(r.stderr).toContain(`no .tflite files found in ${empty}`);
    }
  });

  test('inspect --format json is the inspector’s answer', () => {
    const r = run(['inspect', kws, '--format', 'json']);
    expect(r.code).toBe(0);
    const [model] = JSON.parse(r.stdout).models;
    expect(model).toEqual(JSON.parse(JSON.stringify(inspectModel(new Uint8Array(readFileSync(kws)), kws))));
  });

  test('quantize: a float model in, a full-integer model out that checks on the NPU; an integer model is refused by name', () => {
    const mb = new ModelBuilder({ quant: 'float32', seed: 11 });
    const x = mb.input([1, 8, 8, 3]);
    const c = mb.conv2d(x, { filters: 8, kernel: 3, activation: 'relu' });
    mb.output(mb.fullyConnected(mb.reshape(c, [1, -1]), { units: 4 }));
    const float = join(tmp, 'float.tflite');
    writeFileSync(float, mb.build());
    const out = join(tmp, 'float.int8.tflite');
    const r = run(['quantize', float, '--random', '--samples', '4', '--out', out]);
    expect(r.code).toBe(0);
    const q = readModel(readFileSync(out));
    const types = q.subgraphs[0].operators.map((o) => o.type);
    expect(types).toEqual(expect.arrayContaining(['CONV_2D', 'FULLY_CONNECTED']));
    expect(q.subgraphs[0].tensors[q.subgraphs[0].operators.find((o) => o.type === 'CONV_2D')!.outputs[0]].dtype).toBe(
      'int8',
    );
    const checked = JSON.parse(run(['check', out, '--format', 'json']).stdout);
    expect(checked.models[0].targets[0].npuCoverage).toBeGreaterThan(0);
    const refused = run(['quantize', kws, '--out', join(tmp, 'again.tflite')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('kws_int8.tflite: not a float model');
  });

  test('text from the model (its description, tensor names) reaches the terminal without control characters', () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 2, description: 'evil\u001b[2J\u001b[31mRED\u0007' });
    const x = mb.input([1, 8, 8, 3], { name: 'in\u001b[31mput' });
    mb.output(mb.conv2d(x, { filters: 8, kernel: 3, name: 'conv\u001b]0;pwned\u0007' }));
    const hostile = join(tmp, 'hostile\u001b[1m.tflite');
    writeFileSync(hostile, mb.build());
    for (const args of [
      ['inspect', hostile],
      ['check', hostile],
      ['check', hostile, '--format', 'markdown'],
    ]) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/evil|conv/);
      // eslint-disable-next-line no-control-regex
      expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
  });

  test('a reader that closes the pipe early (| head) ends the output quietly; the exit code stays the command’s', async () => {
    const args = [
      cli,
      'check',
      examples,
      '--target',
      builtinTargets()
        .map((t) => t.id)
        .join(','),
      '--format',
      'json',
    ];
    // More output than a pipe holds, so the writer meets the closed pipe.
    expect(run(args.slice(1)).stdout.length).toBeGreaterThan(128 * 1024);
    const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});

describeShared('inspect on the reference corpus', () => {
  test('says when the file leaves an output’s shape to the run (no rank), not a scalar "[]"', () => {
    const ssd = join(sharedDir, 'corpus/models/nuvoton/ssd_mobilenetv3_small_int8.tflite');
    const r = run(['inspect', ssd]);
    expect(r.stdout).toContain('  output  TFLite_Detection_PostProcess float32 shape set at run time\n');
    const [model] = JSON.parse(run(['inspect', ssd, '--format', 'json']).stdout).models;
    expect(model.outputs[0]).toMatchObject({ shape: [], unknownRank: true });
    expect(model.inputs[0].unknownRank).toBeUndefined();
  });
});
