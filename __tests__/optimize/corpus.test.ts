// Pruning and clustering on real int8 corpus models: exact counts per tensor and channel in the written file,
// placement unchanged on every target, the encoded weight size from the perf engine, and the TFLite runtime
// loading and running every optimised model with finite drift figures.
import { readModel } from '../../src/tflite/read.js';
import { builtinTarget } from '../../src/targets/index.js';
import { optimizeModel, withDrift, type OptimizationRun } from '../../src/optimize/index.js';
import type { Model, Tensor } from '../../src/graph/types.js';
import { corpusBytes, corpusManifest, describeShared } from '../helpers/shared.js';
import { countTensor, nonZeroDistinct } from './helpers.js';

/** Small and mid-size int8 models: conv, depthwise and fully connected layers, per-channel and per-tensor weights. */
const MODELS = [
  'models/tflite-micro/hello_world_int8.tflite',
  'models/tflite-micro/micro_speech_quantized.tflite',
  'models/mlperf-tiny/kws_ref_model_int8.tflite',
];
const TARGETS = ['ethos-u55-256', 'ethos-u65-512', 'ethos-u85-256'].map((id) => builtinTarget(id));
const SETTINGS = [{ pruning: 0.5 }, { clustering: 16 }, { pruning: 0.5, clustering: 16 }, { clustering: 64 }];

const tensorOf = (m: Model, subgraph: number, tensor: number): Tensor => m.subgraphs[subgraph].tensors[tensor];

describeShared('optimize on corpus int8 models', () => {
  const runs = new Map<string, { run: OptimizationRun; original: Model }>();
  const get = (file: string) => {
    let r = runs.get(file);
    if (!r) {
      const entry = corpusManifest().find((e) => e.file === file)!;
      const bytes = corpusBytes(entry);
      r = { run: optimizeModel(bytes, SETTINGS, TARGETS, { file }), original: readModel(bytes, { file }) };
      runs.set(file, r);
    }
    return r;
  };

  describe.each(MODELS)('%s', (file) => {
    test('every NPU weight layer is selected; counts in the written file are exactly as asked', () => {
      const { run, original } = get(file);
      expect(run.weights.length).toBeGreaterThan(0);
      expect(run.skipped).toEqual([]);
      const [pruned, clustered, both, mild] = run.variants.map((v) => readModel(v.bytes, { file }));
      for (const w of run.weights) {
        const before = countTensor(original, tensorOf(original, w.subgraph, w.tensor));
        const p = countTensor(pruned, tensorOf(pruned, w.subgraph, w.tensor));
        expect(p.zeros).toBe(Math.max(Math.round(0.5 * p.elements), before.zeros));

        const c = countTensor(clustered, tensorOf(clustered, w.subgraph, w.tensor));
        expect(c.groupDistinct).toEqual(before.groupDistinct.map((d) => Math.min(16, d)));
        const m = countTensor(mild, tensorOf(mild, w.subgraph, w.tensor));
        expect(m.groupDistinct).toEqual(before.groupDistinct.map((d) => Math.min(64, d)));

        // Pruning + clustering: the same zeros as pruning alone, zero plus at most 15 other values per group.
        const b = countTensor(both, tensorOf(both, w.subgraph, w.tensor));
        const prunedNonZero = nonZeroDistinct(pruned, tensorOf(pruned, w.subgraph, w.tensor));
        expect(b.groupZeros).toEqual(p.groupZeros);
        expect(b.groupDistinct).toEqual(
          prunedNonZero.map((d, g) => (p.groupZeros[g] > 0 ? 1 + Math.min(15, d) : Math.min(16, d))),
        );
      }
      // The engine's own statistics agree with the independent count.
      run.variants[0].stats.forEach((s) => expect(s.sparsity).toBeCloseTo(0.5, 2));
      run.variants[1].stats.forEach((s) => expect(s.maxGroupDistinct).toBeLessThanOrEqual(16));
    });

    test('placement is unchanged on every target; only weight values differ', () => {
      const { run } = get(file);
      for (const v of run.variants) {
        expect(v.result.error).toBeUndefined();
        expect(v.result.targets.map((t) => t.target)).toEqual(TARGETS.map((t) => t.id));
        v.result.targets.forEach((t, i) => {
          const o = run.original.targets[i];
          expect(t.operators.map((x) => [x.index, x.type, x.placement])).toEqual(
            o.operators.map((x) => [x.index, x.type, x.placement]),
          );
        });
      }
    });

    test('encoded weights from the perf engine shrink with pruning, and with pruning + clustering further', () => {
      const { run } = get(file);
      const enc = (r: OptimizationRun['original'], i: number) => r.targets[i].performance!.summary.weightsEncodedBytes;
      TARGETS.forEach((_, i) => {
        const original = enc(run.original, i);
        const [pruned, , both] = run.variants.map((v) => enc(v.result, i));
        expect(pruned).toBeLessThan(original);
        expect(both).toBeLessThanOrEqual(pruned);
      });
    });

    test('the TFLite runtime loads and runs every optimised model; drift is finite', async () => {
      const { run } = get(file);
      const entry = corpusManifest().find((e) => e.file === file)!;
      const measured = await withDrift(run, corpusBytes(entry), { samples: 2 });
      for (const v of measured.variants) {
        expect(v.drift?.error).toBeUndefined();
        expect(v.drift!.outputs.length).toBeGreaterThan(0);
        for (const o of v.drift!.outputs) {
          expect(Number.isFinite(o.maxAbsDiff)).toBe(true);
          expect(o.cosine).toBeGreaterThanOrEqual(-1);
          expect(o.cosine).toBeLessThanOrEqual(1);
          if (o.top1Agreement !== null) {
            expect(o.top1Agreement).toBeGreaterThanOrEqual(0);
            expect(o.top1Agreement).toBeLessThanOrEqual(1);
          }
        }
      }
      // The mild setting (64 clusters per channel) keeps the outputs close to the original.
      for (const o of measured.variants[3].drift!.outputs) expect(o.cosine).toBeGreaterThan(0.99);
      // A variant identical to the original (no weights changed) must show no drift at all: the comparison is sound.
      const same = await withDrift(
        { ...run, variants: [{ ...run.variants[0], bytes: corpusBytes(entry) }] },
        corpusBytes(entry),
        {
          samples: 1,
        },
      );
      for (const o of same.variants[0].drift!.outputs)
        expect([o.maxAbsDiff, o.cosine, o.top1Agreement ?? 1]).toEqual([0, 1, 1]);
    });
  });
});

describeShared('optimize on an int16x8 TRANSPOSE_CONV model', () => {
  const file = 'models/tflite-micro/seanet_transpose_conv0_int16.tflite';
  test('skipped where the layer runs on the CPU (U55), optimised where it runs on the NPU (U85)', async () => {
    const entry = corpusManifest().find((e) => e.file === file)!;
    const bytes = corpusBytes(entry);
    const targets = [builtinTarget('ethos-u85-256'), builtinTarget('ethos-u55-256')];
    const onU55 = optimizeModel(bytes, [{ pruning: 0.5 }], targets, { file, selectionTarget: 'ethos-u55-256' });
    expect(onU55.weights).toEqual([]);
    expect(onU55.skipped.map((s) => [s.users[0].type, /runs on the CPU/.test(s.reason)])).toEqual([
      ['TRANSPOSE_CONV', true],
    ]);

    const run = await withDrift(optimizeModel(bytes, [{ pruning: 0.5, clustering: 16 }], targets, { file }), bytes, {
      samples: 1,
    });
    expect(run.weights.map((w) => w.users[0].type)).toEqual(['TRANSPOSE_CONV']);
    const original = readModel(bytes, { file });
    const out = readModel(run.variants[0].bytes, { file });
    const w = run.weights[0];
    const before = countTensor(original, tensorOf(original, w.subgraph, w.tensor));
    const after = countTensor(out, tensorOf(out, w.subgraph, w.tensor));
    expect(after.zeros).toBe(Math.max(Math.round(0.5 * after.elements), before.zeros));
    for (const d of after.groupDistinct) expect(d).toBeLessThanOrEqual(16);
    run.variants[0].result.targets.forEach((t, i) =>
      expect(t.operators.map((o) => o.placement)).toEqual(run.original.targets[i].operators.map((o) => o.placement)),
    );
    expect(run.variants[0].drift?.error).toBeUndefined();
  });
});
