// Ranges set by rare outliers, the dp_net_float pattern: an input batch-norm whose multiplier is 1e4 on a feature
// that is constant in training (the imaginary part of the DC and Nyquist bins) turns random calibration data into
// two huge values among hundreds of small ones; the per-tensor int8 step then erases every other value. The
// quantizer cannot repair that with any per-tensor range, so it must say so, naming the tensors.
import { ModelBuilder } from '../../../src/tflite/builder.js';
import { readModel } from '../../../src/tflite/read.js';
import {
  calibrate,
  compareOutputs,
  modelInputs,
  quantize,
  quantizeModel,
  randomSamples,
} from '../../../src/optimize/quantize/index.js';
import { writeModel } from '../../../src/tflite/write.js';
import { productRange, productWeights } from '../../../src/optimize/quantize/product-range.js';
import {
  ERASED_BELOW_STEPS,
  MagnitudeHistogram,
  magnitudeQuantile,
  outlierRange,
} from '../../../src/optimize/quantize/outliers.js';

const BINS = 129;
const CHANNELS = 3;

/** input × per-feature multiplier + offset, pad, strided conv, FC, tanh: dp_net's encoder entry in small. */
function batchNormFrontEnd(deadFeatureMultiplier: number, offsetScale = 0.5): Uint8Array {
  const mb = new ModelBuilder({ quant: 'float32', seed: 11 });
  const x = mb.input([1, 1, BINS, CHANNELS]);
  const dead = new Set([1, (BINS - 1) * CHANNELS + 1]);
  const scale = mb.constant(
    [1, 1, BINS, CHANNELS],
    'float32',
    (i) => (dead.has(i) ? deadFeatureMultiplier : 0.5 + (i % 7) / 4),
    {
      name: 'bn_multiplier',
    },
  );
  const offset = mb.constant([1, 1, BINS, CHANNELS], 'float32', (i) => ((i % 5) - 2) * offsetScale);
  const normalized = mb.add(mb.mul(x, scale, { name: 'bn_scaled' }), offset, { name: 'bn_out' });
  const padded = mb.pad(normalized, [
    [0, 0],
    [0, 0],
    [1, 1],
    [0, 0],
  ]);
  const conv = mb.conv2d(padded, { filters: 8, kernel: [1, 3], stride: [1, 2], padding: 'valid', activation: 'relu' });
  const fc = mb.fullyConnected(mb.reshape(conv, [1, -1]), { units: 16 });
  mb.output(mb.tanh(fc));
  return mb.build();
}

describe('magnitude histogram', () => {
  test('quantiles are upper bucket edges within a quarter octave; zeros give 0', () => {
    const h = new MagnitudeHistogram();
    const values = Float32Array.from({ length: 1000 }, (_, i) => ((i % 2 ? -1 : 1) * (i + 1)) / 100);
    h.add(values);
    h.add([NaN, Infinity, -Infinity]);
    const exact = magnitudeQuantile(values, 0.99);
    expect(exact).toBeCloseTo(9.9, 5);
    const q = h.quantile(0.99);
    expect(q).toBeGreaterThanOrEqual(exact);
    expect(q).toBeLessThanOrEqual(exact * 2 ** 0.25 * 1.0001);
    const zeros = new MagnitudeHistogram();
    zeros.add(new Float32Array(50));
    expect(zeros.quantile(0.99)).toBe(0);
    expect(new MagnitudeHistogram().quantile(0.99)).toBe(0);
  });

  test('a Float32Array (read by its bits, at an offset too) counts and bounds exactly as plain numbers do', () => {
    const special = [NaN, Infinity, -Infinity, -0, 0, 1e-45, -1e-45, 3.4e38, -3.4e38, 1.17549435e-38];
    const random = Array.from({ length: 4000 }, (_, i) => Math.fround(Math.sin(i * 12.9898) * 10 ** ((i % 13) - 6)));
    const values = [...special, ...random].map(Math.fround);
    const buffer = new Float32Array(values.length + 3);
    buffer.set(values, 3);
    const view = buffer.subarray(3); // byteOffset 12
    const asNumbers = new MagnitudeHistogram();
    const asFloats = new MagnitudeHistogram();
    const bounds = asNumbers.add(values);
    expect(asFloats.add(view)).toEqual(bounds);
    expect(bounds).toEqual({ min: Math.fround(-3.4e38), max: Math.fround(3.4e38) });
    for (const q of [0.01, 0.25, 0.5, 0.9, 0.99, 1]) expect(asFloats.quantile(q)).toBe(asNumbers.quantile(q));
    expect(new MagnitudeHistogram().add([NaN, Infinity])).toEqual({ min: Infinity, max: -Infinity });
  });

  test('a tensor is reported only when its bulk spans few steps and its own range is outlier-made', () => {
    const t = { tensor: 0, name: 't', op: 'ADD', constant: false };
    expect(outlierRange(t, 2.5, 9929, 38.9)).toMatchObject({ bulk: 2.5, max: 9929, scale: 38.9 });
    // Enough levels for the bulk.
    expect(outlierRange(t, ERASED_BELOW_STEPS * 0.1, 9929, 0.1)).toBeNull();
    // A slice inheriting a wide source's step, without outliers of its own.
    expect(outlierRange(t, 0.9, 1.4, 0.63)).toBeNull();
    // All zeros, or not measured.
    expect(outlierRange(t, 0, 0, 1e-6)).toBeNull();
    expect(outlierRange(t, undefined, 9929, 38.9)).toBeNull();
  });
});

describe('quantizing the dp_net front end', () => {
  test('calibration records the bulk magnitude of every range', async () => {
    const bytes = batchNormFrontEnd(1e4);
    const model = readModel(bytes);
    const stats = await calibrate(bytes, randomSamples(modelInputs(model), 4, 2));
    const scaled = model.subgraphs[0].tensors.find((t) => t.name === 'bn_scaled')!.index;
    const r = stats.ranges.get(scaled)!;
    // Uniform [0, 1) times multipliers up to 2: the bulk stays small while two values reach thousands.
    expect(r.max).toBeGreaterThan(1000);
    expect(r.bulk).toBeGreaterThan(0.5);
    expect(r.bulk).toBeLessThan(3);
    for (const range of stats.ranges.values()) expect(range.bulk).toBeDefined();
  });

  test('a dead feature amplified by 1e4: the erased tensors and the constant are reported by name', async () => {
    // Uniform samples given as the calibration data (random calibration would be drawn through the
    // normalisation, input-normalisation.test.ts): the dead features reach 1e4.
    const bytes = batchNormFrontEnd(1e4);
    const samples = randomSamples(modelInputs(readModel(bytes)), 6, 1);
    const q = await quantize(bytes, { io: 'float', samples });
    const names = q.report.outlierRanges.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['bn_scaled', 'bn_multiplier', 'bn_out']));
    const multiplier = q.report.outlierRanges.find((o) => o.name === 'bn_multiplier')!;
    expect(multiplier).toMatchObject({ constant: true, op: 'MUL', max: 1e4 });
    for (const o of q.report.outlierRanges) expect(o.bulk).toBeLessThan(ERASED_BELOW_STEPS * o.scale);
    expect(q.report.caveats.some((c) => c.includes('rare outliers') && c.includes('bn_scaled'))).toBe(true);
  });

  test('the same front end with an ordinary multiplier reports nothing and tracks the float model', async () => {
    const bytes = batchNormFrontEnd(1.5);
    const q = await quantize(bytes, { io: 'float', randomCount: 6 });
    expect(q.report.outlierRanges).toEqual([]);
    expect(q.report.caveats.some((c) => c.includes('rare outliers'))).toBe(false);
    const tracking = await compareOutputs(bytes, q.bytes, q.samples);
    expect(tracking.cosine).toBeGreaterThanOrEqual(0.98);
  });
});

describe('the range of a constant multiplied into activations', () => {
  test('weights follow numpy broadcasting', () => {
    // [2, 1] constant times a [2, 3] activation: each constant element meets one row.
    const w = productWeights([2, 1], [2, 3], Float64Array.from([1, 2, 3, 4, 5, 6]));
    expect([...w]).toEqual([6, 15]);
    // [3] constant times [2, 3]: each meets one column.
    expect([...productWeights([3], [2, 3], Float64Array.from([1, 2, 3, 4, 5, 6]))]).toEqual([5, 7, 9]);
  });

  test('elements multiplying only zeros are clipped for free; with none, the full range stays', () => {
    const values = Float32Array.from([0.5, 1, 2, 1e4]);
    const clipped = productRange(values, Float64Array.from([1, 1, 1, 0]), 'int8');
    expect(clipped.max).toBeLessThanOrEqual(2);
    expect(productRange(values, Float64Array.from([1, 1, 1, 1]), 'int8')).toEqual({ min: 0, max: 1e4 });
  });

  test('dp_net front end calibrated with the dead features silent (as in real data): it tracks in int8', async () => {
    // Small offsets: the output depends on input × multiplier, which a min/max int8 multiplier (step 1e4 / 255)
    // rounds to zero for every live feature.
    const bytes = batchNormFrontEnd(1e4, 0.05);
    const model = readModel(bytes);
    const samples = randomSamples(modelInputs(model), 6, 3);
    for (const [x] of samples) for (const i of [1, (BINS - 1) * CHANNELS + 1]) x[i] = 0;
    const stats = await calibrate(bytes, samples);
    const { model: q, report } = quantizeModel(model, stats, { io: 'float' });
    expect(report.floatOps).toEqual([]);
    const multiplier = q.subgraphs[0].tensors.find((t) => t.name.startsWith('bn_multiplier'))!;
    expect(multiplier.dtype).toBe('int8');
    // Live multipliers are at most 2: the step resolves them instead of spanning 1e4.
    expect(multiplier.quantization!.scale[0]).toBeLessThan(2.5 / 255);
    expect(report.outlierRanges).toEqual([]);
    const tracking = await compareOutputs(bytes, writeModel(q), samples);
    expect(tracking.cosine).toBeGreaterThanOrEqual(0.98);
  });
});
