// Random calibration shaped by the model's own input normalisation: the constant affine steps an input enters
// through (a folded batch norm, a mean subtraction, a scale) say what spread the model was trained on.
import { ModelBuilder } from '../../../src/tflite/builder.js';
import { readModel } from '../../../src/tflite/read.js';
import {
  compareOutputs,
  describeQuantization,
  inputNormalisations,
  modelInputs,
  quantize,
  randomSamples,
} from '../../../src/optimize/quantize/index.js';

const CHANNELS = 3;
const BINS = 65;
const DEAD = [1, (BINS - 1) * CHANNELS + 1];

/** dp_net's entry in small: x × per-feature multiplier (1e4 on two features constant in training) + offset, conv, FC. */
function batchNormEntry(): Uint8Array {
  const mb = new ModelBuilder({ quant: 'float32', seed: 5 });
  const x = mb.input([1, 1, BINS, CHANNELS], { name: 'features' });
  const m = mb.constant([1, 1, BINS, CHANNELS], 'float32', (i) => (DEAD.includes(i) ? 1e4 : 0.5 + (i % 7) / 4));
  const a = mb.constant([1, 1, BINS, CHANNELS], 'float32', (i) => ((i % 5) - 2) * 0.05);
  const y = mb.add(mb.mul(x, m), a);
  const conv = mb.conv2d(y, { filters: 8, kernel: [1, 3], stride: [1, 2], padding: 'valid', activation: 'relu' });
  mb.output(mb.tanh(mb.fullyConnected(mb.reshape(conv, [1, -1]), { units: 16 })));
  return mb.build();
}

const mean = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0) / a.length;

describe('input normalisation', () => {
  test('a folded batch norm (MUL then ADD by per-element constants) is read as x * scale + shift', () => {
    const model = readModel(batchNormEntry());
    const [n] = inputNormalisations(model);
    expect(n).toBeDefined();
    expect(n!.operators).toEqual([0, 1]);
    expect(n!.scale[DEAD[0]]).toBe(1e4);
    expect(n!.scale[0]).toBeCloseTo(0.5);
    expect(n!.shift[0]).toBeCloseTo(-0.1);
    expect(n!.shift[1]).toBeCloseTo(-0.05);
  });

  test('SUB of a per-channel mean then DIV by a scalar; a constant minus x flips the sign', () => {
    const mb = new ModelBuilder({ quant: 'float32' });
    const x = mb.input([1, 2, 2, 3]);
    const centred = mb.sub(x, mb.constant([3], 'float32', [10, 20, 30]));
    const scaled = mb.elementwise('DIV', centred, mb.constant([1], 'float32', [4]));
    const flipped = mb.sub(mb.constant([1], 'float32', [1]), scaled);
    mb.output(mb.conv2d(flipped, { filters: 2, kernel: [1, 1] }));
    const [n] = inputNormalisations(readModel(mb.build()));
    expect(n!.operators).toEqual([0, 1, 2]);
    // 1 - (x - c) / 4 = -x/4 + (1 + c/4)
    for (let i = 0; i < 12; i++) {
      expect(n!.scale[i]).toBeCloseTo(-0.25);
      expect(n!.shift[i]).toBeCloseTo(1 + [10, 20, 30][i % 3] / 4);
    }
  });

  test('no normalisation when the first step is not a plain constant affine one', () => {
    const fused = new ModelBuilder({ quant: 'float32' });
    const x = fused.input([1, 4]);
    fused.output(fused.mul(x, fused.constant([4], 'float32', [1, 2, 3, 4]), { activation: 'relu' }));
    const twoInputs = new ModelBuilder({ quant: 'float32' });
    const a = twoInputs.input([1, 4]);
    const b = twoInputs.input([1, 4]);
    twoInputs.output(twoInputs.mul(a, b));
    const branched = new ModelBuilder({ quant: 'float32' });
    const y = branched.input([1, 4]);
    branched.output(branched.mul(y, branched.constant([4], 'float32', [1, 2, 3, 4])), branched.tanh(y));
    expect(inputNormalisations(readModel(fused.build()))).toEqual([undefined]);
    expect(inputNormalisations(readModel(twoInputs.build()))).toEqual([undefined, undefined]);
    expect(inputNormalisations(readModel(branched.build()))).toEqual([undefined]);
  });

  test('random samples through the normalisation come out standard normal once normalised', () => {
    const model = readModel(batchNormEntry());
    const norms = inputNormalisations(model);
    const samples = randomSamples(modelInputs(model), 400, 9, norms);
    const n = norms[0]!;
    for (const i of [0, 7, DEAD[0], DEAD[1]]) {
      const z = samples.map(([x]) => x[i] * n.scale[i] + n.shift[i]);
      const mu = mean(z);
      const sd = Math.sqrt(mean(z.map((v) => (v - mu) ** 2)));
      expect(Math.abs(mu)).toBeLessThan(0.15);
      expect(sd).toBeGreaterThan(0.85);
      expect(sd).toBeLessThan(1.15);
    }
    // The same seed gives the same samples; without a normalisation, [0, 1) as before.
    expect(randomSamples(modelInputs(model), 2, 9, norms)).toEqual(samples.slice(0, 2));
    for (const v of randomSamples(modelInputs(model), 1, 9)[0][0]) expect(v >= 0 && v < 1).toBe(true);
  });

  test('quantize() draws random calibration through it: no outlier ranges, the float model tracked, the report says so', async () => {
    const bytes = batchNormEntry();
    const q = await quantize(bytes, { io: 'float', randomCount: 8 });
    expect(q.report.outlierRanges).toEqual([]);
    expect(q.report.caveats.some((c) => c.includes('input features') && c.includes('standard normal'))).toBe(true);
    const tracking = await compareOutputs(bytes, q.bytes, q.samples);
    expect(tracking.cosine).toBeGreaterThanOrEqual(0.98);
    // Plain uniform data on the same model sends the dead features to 1e4 and the ranges say so.
    const model = readModel(bytes);
    const plain = await quantize(bytes, { io: 'float', samples: randomSamples(modelInputs(model), 8, 1) });
    expect(plain.report.outlierRanges.length).toBeGreaterThan(0);
  });
});

describe('describing the tracking', () => {
  const report = { quantizedOps: 3, floatOps: [], conversionOps: 2, outlierRanges: [], caveats: [] };
  test('several outputs: each output gets its own figure', () => {
    const lines = describeQuantization(report, {
      cosine: 0.9957,
      perOutput: [0.9964, 0.9199, NaN],
      compared: 10,
      comparedAt: 'outputs',
      samples: 4,
    });
    expect(lines).toContain('tracking: cosine similarity 0.9957 of the outputs over 4 sample(s)');
    expect(lines).toContain('tracking per output: 0: 0.9964, 1: 0.9199, 2: empty');
  });
  test('one output: no per-output line', () => {
    const lines = describeQuantization(report, {
      cosine: 0.99,
      perOutput: [0.99],
      compared: 1,
      comparedAt: 'outputs',
      samples: 1,
    });
    expect(lines.some((l) => l.startsWith('tracking per output'))).toBe(false);
  });
});
