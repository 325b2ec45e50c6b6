// A short fixed-seed fuzz run through the whole check pipeline, plus every input the long runs
// (`npm run fuzz -- --save`) ever kept: each must end in a result or a typed error, never a crash or a hang.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mutate, prng } from '../../scripts/fuzz/mutate.js';
import { runPipeline, tryRead } from '../../scripts/fuzz/pipeline.js';
import { projectRoot } from '../helpers/shared.js';
import { analyzeModel } from '../../src/engine/analyze.js';
import { checkPlacement } from '../../src/compat/index.js';
import { estimatePerformance } from '../../src/perf/index.js';
import { builtinTarget } from '../../src/targets/index.js';
import { readModel } from '../../src/tflite/read.js';
import { writeModel } from '../../src/tflite/write.js';

const PER_INPUT_BUDGET_MS = 10_000; // generous: CI machines are shared; hangs are minutes, not seconds

const examples = join(projectRoot, 'examples/models');
const seeds = readdirSync(examples)
  .filter((f) => f.endsWith('.tflite'))
  .map((f) => {
    const bytes = new Uint8Array(readFileSync(join(examples, f)));
    return { name: f, bytes, model: tryRead(bytes) };
  });

test('seed models are readable (else the run below would only mutate bytes)', () => {
  expect(seeds.length).toBeGreaterThanOrEqual(3);
  for (const s of seeds) expect(s.model).toBeDefined();
});

test('fixed-seed fuzz run: 200 mutated models, no crash, no hang', () => {
  const rng = prng(20261122);
  const outcomes: Record<string, number> = {};
  const crashes: string[] = [];
  for (let i = 0; i < 200; i++) {
    const s = seeds[Math.floor(rng() * seeds.length)];
    const m = mutate(s.bytes, s.model, rng);
    const t0 = performance.now();
    const r = runPipeline(m.bytes);
    const ms = performance.now() - t0;
    outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
    if (r.outcome === 'crash') crashes.push(`#${i} ${m.kind} from ${s.name}: ${r.detail}`);
    if (ms > PER_INPUT_BUDGET_MS) crashes.push(`#${i} ${m.kind} from ${s.name}: took ${ms.toFixed(0)} ms`);
  }
  expect(crashes).toEqual([]);
  // Both kinds of ending occur: the mutations reach the engine and also break the file.
  expect(outcomes.ok).toBeGreaterThan(0);
  expect(outcomes['typed-error']).toBeGreaterThan(0);
});

const fixtures = join(projectRoot, '__tests__/fuzz/fixtures');
const kept = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => f.endsWith('.tflite')) : [];

test.each(kept)('kept fuzz finding %s now ends in a result or a typed error', (f) => {
  const t0 = performance.now();
  const r = runPipeline(new Uint8Array(readFileSync(join(fixtures, f))));
  expect(r.outcome === 'crash' ? r.detail : r.outcome).toMatch(/^(ok|typed-error)$/);
  expect(performance.now() - t0).toBeLessThan(PER_INPUT_BUDGET_MS);
});

/**
 * A kept finding with its tensors' shape signatures dropped. The estimator, like Vela, reads a signature in place
 * of the shape field; these findings corrupted the shape field alone, so without the signature they still carry
 * the hostile dimension the guards below are for (a file without signatures is as valid).
 */
function withoutSignatures(f: string): Uint8Array {
  const model = readModel(new Uint8Array(readFileSync(join(fixtures, f))), { file: f });
  for (const sg of model.subgraphs) for (const t of sg.tensors) delete t.shapeSignature;
  return writeModel(model);
}

test.each(['hang-2eecfe82237467aa.tflite', 'hang-2b210e73a2e8069a.tflite'])(
  'a FULLY_CONNECTED over a prime batch of 2^31 - 1 rows (kept finding %s) is laid out at once, not searched row by row',
  (f) => {
    const t0 = performance.now();
    const r = analyzeModel(withoutSignatures(f), f, [builtinTarget('ethos-u55-128')]);
    expect(r.error).toBeUndefined();
    // The layer over the hostile batch is estimated (regor lays a batch out as the squarest h x w its divisors
    // allow: a prime one is a single row).
    const fcs = r.targets[0].performance!.layers.filter((l) => l.type === 'FULLY_CONNECTED');
    expect(fcs.some((l) => l.macs > 2 ** 31)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(PER_INPUT_BUDGET_MS);
  },
);

test('weights of 2^30 + 32 output channels (a kept finding) are refused by name, not cut into 600,000 buffer slices', () => {
  const f = 'crash-5a5565d1474ab228.tflite';
  const r = analyzeModel(new Uint8Array(readFileSync(join(fixtures, f))), f, [builtinTarget('ethos-u85-256')]);
  expect(r.error?.code).toBe('too-large');
  expect(r.error?.message).toMatch(/operator 2 \(Conv2D\): its weights would be buffered in \d+ OFM-depth slices/);
});

test('an LSTM with 2^31 - 1 time steps (a kept finding) is refused by name, not unrolled', () => {
  const f = 'hang-e6d7894a513cd94c.tflite';
  const r = analyzeModel(new Uint8Array(readFileSync(join(fixtures, f))), f, [builtinTarget('ethos-u55-256')]);
  expect(r.error?.code).toBe('too-large');
  expect(r.error?.message).toMatch(/operator 0 \(UNIDIRECTIONAL_SEQUENCE_LSTM\) has 2147483647 time steps/);
  // Only the estimate is refused: the placement on the target is still reported.
  expect(r.targets.map((t) => [t.target, t.npuOperators, t.performance])).toEqual([['ethos-u55-256', 4, undefined]]);
});

/**
 * The estimate of a kept finding (signatures dropped) with operator `op` handed to the estimator as an NPU one:
 * placement keeps it on the CPU (the file's MEANs now show placement their hostile shapes), so this reaches
 * the estimator's own guards, which stand behind placement.
 */
function estimateAsNpu(f: string, target: string, op: number) {
  const model = readModel(withoutSignatures(f), { file: f });
  const t = builtinTarget(target);
  const ops = checkPlacement(model, t).map((o) => (o.index === op ? { ...o, placement: 'NPU' as const } : o));
  return () => estimatePerformance(model, t, ops);
}

test('a MEAN over a 2^31 - 1 high input (a kept finding) is refused by name, not lowered into billions of operations', () => {
  const f = 'hang-93f20527a9a150e7.tflite';
  expect(checkPlacement(readModel(withoutSignatures(f)), builtinTarget('ethos-u55-256'))[5].placement).toBe('CPU');
  expect(estimateAsNpu(f, 'ethos-u55-256', 5)).toThrow(
    /operator 5 \(MEAN\) takes the model past 200000 internal operations/,
  );
  // As the file stands, its MEAN is estimated on the shape its signature gives (as Vela reads it).
  const r = analyzeModel(new Uint8Array(readFileSync(join(fixtures, f))), f, [builtinTarget('ethos-u55-256')]);
  expect(r.error).toBeUndefined();
  expect(r.targets[0].performance!.layers.find((l) => l.operatorIndex === 5)?.type).toBe('MEAN');
});

test('a CPU operator map of 260 dimensions (a kept finding) is refused by name, not sized as Infinity', () => {
  const f = 'crash-e2fb6f5f24451e8c.tflite';
  const r = analyzeModel(new Uint8Array(readFileSync(join(fixtures, f))), f, [builtinTarget('ethos-u55-256')]);
  expect(r.error?.code).toBe('bad-shape');
  expect(r.error?.message).toMatch(/tensor 45 of a CPU operator has 260 dimensions/);
});

test('a MEAN over 2^62 channels (a kept finding) is refused by name, not given a kernel of ones that size', () => {
  const f = 'crash-9565602401477f27.tflite';
  const t0 = performance.now();
  // Its slabs alone pass the internal-operation limit, counted before any is built (the kernel guard stands
  // behind that for a MEAN of few slabs over a hostile depth).
  expect(estimateAsNpu(f, 'ethos-u85-256', 5)).toThrow(
    /operator 5 \(MEAN\) takes the model past 200000 internal operations/,
  );
  expect(performance.now() - t0).toBeLessThan(PER_INPUT_BUDGET_MS);
});

test.each([256, -129, 2 ** 40])(
  'weights with a hostile zero point (%s, a long-run finding) get finite figures on every family',
  (zp) => {
    const seed = seeds.find((s) => s.name === 'kws_int8.tflite');
    if (!seed) throw new Error('examples/models/kws_int8.tflite is missing');
    const model = readModel(seed.bytes, { file: seed.name });
    // Every constant input of a CONV_2D (its weights) gets the zero point.
    for (const sg of model.subgraphs)
      for (const op of sg.operators)
        if (op.type === 'CONV_2D') {
          const w = sg.tensors[op.inputs[1]];
          if (w?.quantization)
            w.quantization = { ...w.quantization, zeroPoint: w.quantization.zeroPoint.map(() => zp) };
        }
    const bytes = writeModel(model);
    const targets = ['ethos-u55-256', 'ethos-u65-512', 'ethos-u85-256'].map((t) => builtinTarget(t));
    // A small sample budget sends these small tensors through the sampled sizing too.
    const r = analyzeModel(bytes, 'hostile.tflite', targets, { weightSampleValues: 64 });
    expect(r.error).toBeUndefined();
    for (const t of r.targets) {
      const s = t.performance?.summary;
      expect(s).toBeDefined();
      for (const [k, v] of Object.entries(s ?? {}))
        if (typeof v === 'number') expect([k, Number.isFinite(v)]).toEqual([k, true]);
    }
  },
);
