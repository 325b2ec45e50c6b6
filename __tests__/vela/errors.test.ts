// Failure paths of the Vela adapter, the fallback mapping without Vela's database, parallel runs,
// and engine selection (vela, auto) with version stamps.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { builtinTarget } from '../../src/targets/index.js';
import { analyzeModelsWithEngine, assertComparable, parseEngineChoice } from '../../src/vela/engine.js';
import { VelaError, isVelaError } from '../../src/vela/errors.js';
import { runVela, runVelaMany, velaVersion } from '../../src/vela/run.js';
import { corpusBytes, corpusManifest, describeShared } from '../helpers/shared.js';
import { fakeEnv, fakeVelaPath, readRef } from './fake.js';

const PERSON = 'models/tflite-micro/person_detect.tflite';
const AUDIO = 'models/tflite-micro/audio_preprocessor_int8.tflite';

function bytesOf(file: string): Uint8Array {
  const entry = corpusManifest().find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in the corpus`);
  return corpusBytes(entry);
}

async function velaError(p: Promise<unknown>): Promise<VelaError> {
  try {
    await p;
  } catch (e) {
    if (isVelaError(e)) return e;
    throw e;
  }
  throw new Error('expected a VelaError');
}

describeShared('Vela adapter failures', () => {
  let logDir: string;
  beforeAll(() => {
    logDir = mkdtempSync(join(tmpdir(), 'ethos-gate-vela-test-'));
  });
  afterAll(() => rmSync(logDir, { recursive: true, force: true }));
  const logLines = (name: string) =>
    readFileSync(join(logDir, name), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { args: string[]; cwd: string; pid: number; start: number; end: number });

  const job = (env: Record<string, string> = {}, file = PERSON) => ({
    modelBytes: bytesOf(file),
    modelName: file,
    target: builtinTarget('ethos-u55-256'),
    velaPath: fakeVelaPath(),
    env: fakeEnv(env),
  });

  test('Vela not installed: "missing", naming the model and how to get Vela', async () => {
    const e = await velaError(runVela({ ...job(), velaPath: join(logDir, 'no-such-vela') }));
    expect(e.code).toBe('missing');
    expect(e.model).toBe(PERSON);
    expect(e.message).toContain(PERSON);
    expect(e.message).toMatch(/not found.*ethos-u-vela/);
  });

  test('a Vela that prints no version is refused as "missing"', async () => {
    const e = await velaError(velaVersion(fakeVelaPath(), { env: fakeEnv({ FAKE_VELA_MODE: 'bad-version' }) }));
    expect(e.code).toBe('missing');
  });

  test('the version Vela reports is carried on every result (vela-path relative to the working directory)', async () => {
    const velaPath = relative(process.cwd(), fakeVelaPath());
    expect(velaPath.startsWith('/')).toBe(false);
    const run = await runVela({ ...job({ FAKE_VELA_VERSION: '4.2.0' }), velaPath });
    expect(run.version).toBe('4.2.0');
  });

  test('a crash: "crashed", with the exit code and the end of Vela\'s error output', async () => {
    const e = await velaError(runVela(job({ FAKE_VELA_MODE: 'crash' })));
    expect(e.code).toBe('crashed');
    expect(e.target).toBe('ethos-u55-256');
    expect(e.message).toContain(PERSON);
    expect(e.message).toMatch(/exited with code 1[\s\S]*RuntimeError: regor: internal error/);
  });

  test('Vela rejecting a model (recorded failure) is a crash naming the model', async () => {
    const ref = readRef('litert__torchaudio_conformer_float', 'ethos-u55-256');
    expect(ref.vela_failed).toBe(true);
    const e = await velaError(runVela(job({}, 'models/litert/torchaudio_conformer_float.tflite')));
    expect(e.code).toBe('crashed');
    expect(e.message).toContain('torchaudio_conformer_float');
  });

  test('a hang: "timeout", the process is killed and the temporary directory removed', async () => {
    const log = join(logDir, 'hang.jsonl');
    const e = await velaError(runVela({ ...job({ FAKE_VELA_MODE: 'hang', FAKE_VELA_LOG: log }), timeoutMs: 1000 }));
    expect(e.code).toBe('timeout');
    expect(e.message).toMatch(/did not finish within 1 s/);
    const [entry] = logLines('hang.jsonl');
    expect(() => process.kill(entry.pid, 0)).toThrow();
    expect(existsSync(entry.cwd)).toBe(false);
  });

  test('garbage output: "unparsable", naming the model and the file', async () => {
    const e = await velaError(runVela(job({ FAKE_VELA_MODE: 'garbage' })));
    expect(e.code).toBe('unparsable');
    expect(e.message).toContain(PERSON);
    expect(e.message).toMatch(/summary CSV/);
  });

  test('no per-layer CSV: "unparsable"', async () => {
    const e = await velaError(runVela(job({ FAKE_VELA_MODE: 'no-per-layer' })));
    expect(e.code).toBe('unparsable');
    expect(e.message).toMatch(/no per-layer CSV/);
  });

  test.each([PERSON, AUDIO])('without the debug database, rows are mapped by name: %s', async (file) => {
    const run = await runVela(job({ FAKE_VELA_MODE: 'no-debug-db' }, file));
    expect(run.mapping).toBe('names');
    const ref = readRef(
      file.includes('person') ? 'tflite-micro__person_detect' : 'tflite-micro__audio_preprocessor_int8',
      'ethos-u55-256',
    );
    expect(run.operators.map((o) => o.placement)).toEqual(ref.operators.map((o) => o.placement));
    const cycles = new Map(run.performance.layers.map((l) => [l.operatorIndex, l.cycles]));
    for (const p of ref.per_op)
      if (p.op_cycles > 0) expect([p.index, cycles.get(p.index)]).toEqual([p.index, p.op_cycles]);
  });

  test('runVelaMany: results in job order, at most `concurrency` Vela processes at once, each in its own directory', async () => {
    const log = join(logDir, 'many.jsonl');
    const targets = ['ethos-u55-128', 'ethos-u65-256', 'ethos-u85-128', 'ethos-u85-512'];
    const jobs = targets.map((t) => ({ ...job({ FAKE_VELA_LOG: log }), target: builtinTarget(t) }));
    jobs.push({ ...job({ FAKE_VELA_MODE: 'crash', FAKE_VELA_LOG: log }), target: builtinTarget('ethos-u55-256') });
    const results = await runVelaMany(jobs, { concurrency: 2 });
    expect(results.map((r) => (r.ok ? r.value.target : (r.error as VelaError).code))).toEqual([...targets, 'crashed']);
    const runs = logLines('many.jsonl');
    expect(runs).toHaveLength(5);
    for (const r of runs) {
      const overlapping = runs.filter((q) => q.start < r.end && r.start < q.end).length;
      expect(overlapping).toBeLessThanOrEqual(2);
      expect(existsSync(r.cwd)).toBe(false);
      expect(r.args).toEqual(expect.arrayContaining(['--config', 'mlia_vela.ini', '--output-format', 'tflite']));
    }
    expect(new Set(runs.map((r) => r.cwd)).size).toBe(5);
    for (const r of results)
      if (r.ok)
        expect(r.value.performance.summary.totalCycles).toBe(
          readRef('tflite-micro__person_detect', r.value.target).summary.total_cycles,
        );
  });
});

describeShared('engine selection', () => {
  const inputs = () => [{ path: PERSON, bytes: bytesOf(PERSON) }];
  const targets = [builtinTarget('ethos-u55-256')];

  test('engine vela: Vela figures, stamped with Vela and its version', async () => {
    const [res] = await analyzeModelsWithEngine(inputs(), targets, {
      engine: 'vela',
      builtinVersion: '0.1.0',
      velaPath: fakeVelaPath(),
      env: fakeEnv(),
    });
    expect(res.engine).toEqual({ engine: 'vela', version: '5.1.0' });
    expect(res.warnings).toEqual([]);
    expect(res.result.error).toBeUndefined();
    const ref = readRef('tflite-micro__person_detect', 'ethos-u55-256');
    const t = res.result.targets[0];
    expect(t.target).toBe('ethos-u55-256');
    expect([t.npuOperators, t.cpuOperators]).toEqual([ref.summary.tflite_ops_npu, ref.summary.tflite_ops_cpu]);
    expect(t.npuCoverage).toBe(1);
    expect(t.performance?.summary.totalCycles).toBe(ref.summary.total_cycles);
  });

  test('engine vela without Vela: every model gets an error naming it', async () => {
    const [res] = await analyzeModelsWithEngine(inputs(), targets, {
      engine: 'vela',
      builtinVersion: '0.1.0',
      velaPath: '/nonexistent/vela',
    });
    expect(res.result.error?.code).toBe('vela-missing');
    expect(res.result.error?.message).toContain(PERSON);
    expect(res.result.targets).toEqual([]);
  });

  test('engine vela with a crash: the model error names the model and the target', async () => {
    const [res] = await analyzeModelsWithEngine(inputs(), targets, {
      engine: 'vela',
      builtinVersion: '0.1.0',
      velaPath: fakeVelaPath(),
      env: fakeEnv({ FAKE_VELA_MODE: 'crash' }),
    });
    expect(res.result.error?.code).toBe('vela-crashed');
    expect(res.result.error?.message).toContain(`${PERSON} (ethos-u55-256)`);
  });

  test.each([
    ['Vela missing', { velaPath: '/nonexistent/vela' }, /Vela is not usable/],
    [
      'Vela crashing',
      { env: fakeEnv({ FAKE_VELA_MODE: 'crash' }) },
      /Vela failed on models\/tflite-micro\/person_detect/,
    ],
  ])('engine auto with %s falls back to the built-in engine with a warning', async (_name, extra, warning) => {
    const [res] = await analyzeModelsWithEngine(inputs(), targets, {
      engine: 'auto',
      builtinVersion: '0.1.0',
      velaPath: fakeVelaPath(),
      performance: false,
      ...extra,
    });
    expect(res.engine).toEqual({ engine: 'builtin', version: '0.1.0' });
    expect(res.warnings).toHaveLength(1);
    expect(res.warnings[0]).toMatch(warning);
    expect(res.warnings[0]).toMatch(/using the built-in engine/);
  });

  test('base and head from different engines or Vela versions are not compared', () => {
    const vela510 = { engine: 'vela' as const, version: '5.1.0' };
    expect(() => assertComparable(PERSON, vela510, { ...vela510 })).not.toThrow();
    expect(() => assertComparable(PERSON, vela510, { engine: 'vela', version: '5.0.0' })).toThrow(
      /person_detect.tflite: base figures come from Vela 5.1.0 but head figures from Vela 5.0.0/,
    );
    expect(() => assertComparable(PERSON, { engine: 'builtin', version: '0.1.0' }, vela510)).toThrow(VelaError);
  });

  test('engine choice', () => {
    expect(parseEngineChoice(' Vela ')).toBe('vela');
    expect(() => parseEngineChoice('python')).toThrow(/builtin, vela, auto/);
  });
});
