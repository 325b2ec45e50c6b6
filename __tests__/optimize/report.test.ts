// The optimization report: MLIA's Metric | Original | Optimized | Unit | Improvement (%) table per target, figures
// taken from the perf engine's summaries, drift from the TFLite runtime, hints and the accuracy caveat; and the
// engine end to end on a builder model (no ../shared needed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelBuilder } from '../../src/tflite/builder.js';
import { builtinTarget } from '../../src/targets/index.js';
import {
  ACCURACY_CAVEAT,
  NOTHING_CHANGED_CAVEAT,
  nextTechniques,
  optimizationOutputs,
  optimizationReportData,
  optimizeModel,
  renderOptimizationReport,
  withDrift,
  type OptimizationRun,
} from '../../src/optimize/index.js';
import { projectRoot } from '../helpers/shared.js';

const TARGETS = [builtinTarget('ethos-u55-256'), builtinTarget('ethos-u65-512')];

/** Two NPU convolutions and one the U55 keeps on the CPU (stride 4 with SAME padding cannot be unrolled). */
function modelBytes(): Uint8Array {
  const mb = new ModelBuilder({ quant: 'int8', seed: 5 });
  const x = mb.input([1, 18, 18, 8]);
  // Small weight scales keep the activations mostly inside the int8 range, as in a trained model.
  const weightScale = 0.003;
  const a = mb.conv2d(x, { filters: 16, kernel: 3, padding: 'same', activation: 'relu', weightScale });
  const b = mb.conv2d(a, { filters: 16, kernel: 3, padding: 'same', activation: 'relu', weightScale });
  mb.output(mb.conv2d(b, { filters: 8, kernel: 4, stride: 4, padding: 'same', weightScale }));
  return mb.build();
}

let run: OptimizationRun;
beforeAll(async () => {
  const bytes = modelBytes();
  run = await withDrift(optimizeModel(bytes, [{ pruning: 0.5, clustering: 8 }, { clustering: 64 }], TARGETS), bytes);
});

describe('optimizeModel on a builder model', () => {
  test('NPU layers optimised, the CPU layer skipped with its reason', () => {
    expect(run.selectionTarget).toBe('ethos-u55-256');
    expect(run.weights.map((w) => w.users[0].index)).toEqual([0, 1]);
    expect(run.skipped.map((s) => s.users[0].index)).toEqual([2]);
    expect(run.skipped[0].reason).toMatch(/runs on the CPU/);
  });

  test('the runtime runs both variants; the mild one stays close to the original', () => {
    for (const v of run.variants) {
      expect(v.drift?.error).toBeUndefined();
      for (const o of v.drift!.outputs) expect(Number.isFinite(o.maxAbsDiff)).toBe(true);
    }
    for (const o of run.variants[1].drift!.outputs) expect(o.cosine).toBeGreaterThan(0.99);
  });
});

describe('optimizationReportData', () => {
  test('rows carry the perf summaries in their units, improvement = (original - optimized) / original', () => {
    const data = optimizationReportData(run);
    expect(data.variants.map((v) => v.label)).toEqual(['pruning=0.5,clustering=8', 'clustering=64']);
    data.variants.forEach((v, vi) => {
      expect(v.targets.map((t) => t.target)).toEqual(TARGETS.map((t) => t.id));
      v.targets.forEach((t, ti) => {
        expect(t.placementUnchanged).toBe(true);
        const before = run.original.targets[ti].performance!.summary;
        const after = run.variants[vi].result.targets[ti].performance!.summary;
        const row = (m: string) => t.rows.find((r) => r.metric === m)!;
        expect(row('Encoded weights')).toMatchObject({
          unit: 'KiB',
          original: before.weightsEncodedBytes / 1024,
          optimized: after.weightsEncodedBytes / 1024,
        });
        expect(row('NPU cycles')).toMatchObject({ unit: 'cycles', original: before.npuCycles });
        expect(row('Total cycles')).toMatchObject({ unit: 'cycles', optimized: after.totalCycles });
        expect(row('Inference time')).toMatchObject({ unit: 'ms', original: before.inferenceTimeMs });
        for (const r of t.rows)
          if (r.original) expect(r.improvementPercent).toBeCloseTo(((r.original - r.optimized) / r.original) * 100, 9);
      });
    });
    // 50% pruning shrinks the encoded weights on every target.
    for (const t of data.variants[0].targets)
      expect(t.rows.find((r) => r.metric === 'Encoded weights')!.improvementPercent).toBeGreaterThan(0);
    expect(data.variants[0].weights.sparsity.optimized).toBeCloseTo(0.5, 2);
    expect(data.variants[0].weights.maxGroupDistinct.optimized).toBeLessThanOrEqual(8);
  });

  test('next steps as MLIA gives them: push pruning up by 0.1 and halve the clusters', () => {
    expect(nextTechniques({ pruning: 0.5, clustering: 8 })).toEqual(['pruning 0.6', 'clustering 4']);
    expect(nextTechniques({ pruning: 0.9, clustering: 4 })).toEqual([]);
    const hints = optimizationReportData(run).variants[0].hints.join('\n');
    expect(hints).toContain('1 weight tensor was left as it is (#2 CONV_2D runs on the CPU).');
  });

  test('no "push further" for a variant whose outputs already drift: the drift hint says to go milder', () => {
    const v = run.variants[0];
    const withCosine = (cosine: number) => ({
      ...run,
      variants: [{ ...v, drift: { ...v.drift!, outputs: v.drift!.outputs.map((o) => ({ ...o, cosine })) } }],
    });
    const hintsOf = (r: OptimizationRun) => optimizationReportData(r).variants[0].hints.join('\n');
    expect(hintsOf(withCosine(0.999))).toContain('Try pushing further (pruning 0.6 and/or clustering 4)');
    const hints = hintsOf(withCosine(0.5));
    expect(hints).not.toContain('pushing further');
    expect(hints).toContain('The outputs drift noticeably on random inputs (cosine similarity down to 0.5000)');
  });
});

test('a model with no weights to optimise: the reason, no accuracy warning, no empty "results" hint', () => {
  // Its one convolution stays on the CPU of the U55 (stride 4 with SAME padding cannot be unrolled).
  const mb = new ModelBuilder({ quant: 'int8', seed: 6 });
  const x = mb.input([1, 18, 18, 4]);
  mb.output(mb.conv2d(x, { filters: 8, kernel: 4, stride: 4, padding: 'same' }));
  const bytes = mb.build();
  const data = optimizationReportData(optimizeModel(bytes, [{ pruning: 0.5 }], [builtinTarget('ethos-u55-256')]));
  expect(data.caveat).toBe(NOTHING_CHANGED_CAVEAT);
  expect(data.variants[0].hints[0]).toMatch(/^No weights were optimised: /);
  expect(data.variants[0].hints.join('\n')).not.toMatch(/no change in the estimated figures/);
  expect(optimizationReportData(run).caveat).toBe(ACCURACY_CAVEAT);
});

describe('renderOptimizationReport', () => {
  test('markdown: one MLIA table per target, drift table, next steps and the caveat', () => {
    const md = renderOptimizationReport(run, 'markdown');
    const header = '| Metric | Original | Optimized | Unit | Improvement (%) |';
    expect(md.split('\n').filter((l) => l === header)).toHaveLength(run.variants.length * TARGETS.length);
    expect(md).toMatch(/^\| Encoded weights \| [\d.]+ \| [\d.]+ \| KiB \| -?[\d.]+ \|$/m);
    expect(md).toMatch(/^\| Inference time \| [\d.]+ \| [\d.]+ \| ms \| -?[\d.]+ \|$/m);
    expect(md).toMatch(/^\| NPU cycles \| [\d,]+ \| [\d,]+ \| cycles \| -?[\d.]+ \|$/m);
    expect(md).toContain('| Output | Max abs difference | Cosine similarity | Same top-1 |');
    expect(md).toContain('**Next steps**');
    // Several settings: one side-by-side row per setting and target.
    const compared = md.split('### Settings compared')[1].split('###')[0];
    expect(compared.split('\n').filter((l) => /^\| (pruning|clustering)=/.test(l))).toHaveLength(
      run.variants.length * TARGETS.length,
    );
    expect(md).toContain('Skipped weights');
    expect(md).toContain(ACCURACY_CAVEAT.slice(0, 40));
  });

  test('terminal: aligned columns without escape sequences; json: the report data', () => {
    const text = renderOptimizationReport(run, 'terminal');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/\u001b/);
    expect(text).toMatch(/Metric\s+Original\s+Optimized\s+Unit\s+Improvement \(%\)/);
    const json = JSON.parse(renderOptimizationReport(run, 'json')) as unknown;
    expect(json).toEqual(JSON.parse(JSON.stringify(optimizationReportData(run))));
  });
});

test('optimizationOutputs: every variant as a loadable .tflite plus the markdown and JSON reports', () => {
  const files = optimizationOutputs({ ...run, file: 'models/net.tflite' });
  expect(files.map((f) => f.name)).toEqual([
    'net.pruning-0.5.clustering-8.tflite',
    'net.clustering-64.tflite',
    'net.optimization.md',
    'net.optimization.json',
  ]);
  expect(files[0].bytes).toBe(run.variants[0].bytes);
  expect(new TextDecoder().decode(files[2].bytes)).toContain(
    '| Metric | Original | Optimized | Unit | Improvement (%) |',
  );
  expect(JSON.parse(new TextDecoder().decode(files[3].bytes))).toMatchObject({
    schemaVersion: 1,
    file: 'models/net.tflite',
  });
});

test('the optimize engine does not import the TFLite runtime statically (check and start-up stay light)', () => {
  for (const f of ['engine.ts', 'drift.ts', 'index.ts', 'report.ts', 'report-data.ts', 'outputs.ts']) {
    const src = readFileSync(join(projectRoot, 'src/optimize', f), 'utf8');
    expect(src).not.toMatch(/^import\s+(?!type\b)[^;]*runtime\/interpreter/m);
  }
});
