// Pruning and clustering on builder-made models (no ../shared needed): exact zero and distinct-value counts per
// tensor and per channel, the original model untouched, the written file valid, skipped weights explained.
import { ModelBuilder } from '../../src/tflite/builder.js';
import { readModel } from '../../src/tflite/read.js';
import { writeModel } from '../../src/tflite/write.js';
import { checkPlacement } from '../../src/compat/index.js';
import { builtinTarget } from '../../src/targets/index.js';
import type { Model } from '../../src/graph/types.js';
import {
  clusterModel,
  clusterValues,
  parseSettings,
  pruneModel,
  pruneValues,
  selectWeights,
  OptimizeError,
  optimizedFileName,
} from '../../src/optimize/index.js';
import { countTensor, nonZeroDistinct } from './helpers.js';

/** Conv (per-channel), depthwise (per-channel along the last axis), fully connected (per-tensor). */
function smallModel(seed = 3): Model {
  const mb = new ModelBuilder({ quant: 'int8', seed });
  const x = mb.input([1, 12, 12, 3]);
  const c = mb.conv2d(x, { filters: 8, kernel: 3, padding: 'same', activation: 'relu' });
  const d = mb.depthwiseConv2d(c, { kernel: 3, padding: 'same' });
  const f = mb.fullyConnected(mb.reshape(d, [1, -1]), { units: 10 });
  mb.output(f);
  return readModel(mb.build(), { file: 'small.tflite' });
}

const weightTensors = (m: Model) => selectWeights(m).weights.map((w) => m.subgraphs[w.subgraph].tensors[w.tensor]);

describe('pruneValues / clusterValues', () => {
  test('exactly round(sparsity x n) zeros, smallest magnitudes first, ties to the lower index', () => {
    const v = Int32Array.from([5, -1, 1, 0, 3, -3, 2, 1]);
    pruneValues(v, 0.5); // k = 4: the 0, then -1, 1 (index 1, 2) and the next 1 (index 7)
    expect(Array.from(v)).toEqual([5, 0, 0, 0, 3, -3, 2, 0]);
  });

  test('a tensor already sparser than asked keeps its zeros', () => {
    const v = Int32Array.from([0, 0, 0, 4, 5]);
    pruneValues(v, 0.2);
    expect(Array.from(v)).toEqual([0, 0, 0, 4, 5]);
  });

  test('exactly min(N, distinct) values; runs never share a centroid', () => {
    const v = Int32Array.from({ length: 200 }, (_, i) => ((i * 37) % 61) - 30);
    for (const n of [2, 3, 7, 16, 61, 100]) {
      const c = v.slice();
      clusterValues(c, n, false);
      expect(new Set(c).size).toBe(Math.min(n, 61));
    }
  });

  test('with preserveZeros, zeros stay put and nothing else lands on zero', () => {
    // Values straddling zero whose plain mean would round to 0.
    const v = Int32Array.from([0, 0, 0, -2, -1, 1, 2, 50, 60, 70]);
    clusterValues(v, 3, true);
    expect(Array.from(v.slice(0, 3))).toEqual([0, 0, 0]);
    expect(Array.from(v.slice(3)).filter((x) => x === 0)).toHaveLength(0);
    expect(new Set(v).size).toBe(3);
  });
});

test('with preserveZeros, a group without zeros gets no new zeros either', () => {
  const v = Int32Array.from([-3, -1, 1, 3, 40, 50]);
  clusterValues(v, 2, true);
  expect(Array.from(v).filter((x) => x === 0)).toHaveLength(0);
  expect(new Set(v).size).toBe(2);
});

describe('pruneModel', () => {
  test.each([0, 0.3, 0.5, 0.9])('sparsity %p: zeros per tensor are exactly max(round(s x n), existing)', (s) => {
    const model = smallModel();
    const before = weightTensors(model).map((t) => countTensor(model, t));
    const pruned = readModel(writeModel(pruneModel(model, { sparsity: s })));
    weightTensors(pruned).forEach((t, i) => {
      const c = countTensor(pruned, t);
      expect(c.zeros).toBe(Math.max(Math.round(s * c.elements), before[i].zeros));
    });
  });

  test('does not touch the model it was given', () => {
    const model = smallModel();
    const snapshot = model.buffers.map((b) => (b.data ? Array.from(b.data) : null));
    pruneModel(model, { sparsity: 0.7 });
    clusterModel(model, { clusters: 4 });
    expect(model.buffers.map((b) => (b.data ? Array.from(b.data) : null))).toEqual(snapshot);
  });

  test('scales, zero points and biases are kept', () => {
    const model = smallModel();
    const out = readModel(writeModel(pruneModel(model, { sparsity: 0.5 })));
    for (const sg of model.subgraphs)
      sg.tensors.forEach((t, i) => {
        const o = out.subgraphs[sg.index].tensors[i];
        expect(o.quantization).toEqual(t.quantization);
        if (t.dtype === 'int32') expect(out.buffers[o.buffer].data).toEqual(model.buffers[t.buffer].data);
      });
  });
});

describe('clusterModel', () => {
  test.each([2, 4, 16, 32])('%p clusters: per channel (per-axis) or per tensor, exactly min(N, distinct)', (n) => {
    const model = smallModel();
    const before = weightTensors(model).map((t) => countTensor(model, t).groupDistinct);
    const out = readModel(writeModel(clusterModel(model, { clusters: n })));
    const tensors = weightTensors(out);
    // Conv and depthwise weights are per-channel (8 groups), FC per-tensor (1 group).
    expect(tensors.map((t) => countTensor(out, t).groupDistinct.length)).toEqual([8, 8, 1]);
    tensors.forEach((t, i) => {
      expect(countTensor(out, t).groupDistinct).toEqual(before[i].map((d) => Math.min(n, d)));
    });
  });

  test('pruning then sparsity-preserving clustering: the pruned zeros survive, N values including zero', () => {
    const model = smallModel(11);
    const pruned = pruneModel(model, { sparsity: 0.5 });
    const prunedCounts = weightTensors(pruned).map((t) => countTensor(pruned, t));
    const prunedNonZero = weightTensors(pruned).map((t) => nonZeroDistinct(pruned, t));
    const out = readModel(writeModel(clusterModel(pruned, { clusters: 8, preserveZeros: true })));
    weightTensors(out).forEach((t, i) => {
      const c = countTensor(out, t);
      expect(c.zeros).toBe(prunedCounts[i].zeros);
      expect(c.groupZeros).toEqual(prunedCounts[i].groupZeros);
      // Groups with zeros: zero plus min(N - 1, non-zero distinct) values; others min(N, distinct).
      const expected = prunedNonZero[i].map((d, g) =>
        prunedCounts[i].groupZeros[g] > 0 ? 1 + Math.min(7, d) : Math.min(8, d),
      );
      expect(c.groupDistinct).toEqual(expected);
    });
  });
});

describe('selectWeights', () => {
  test('float weights are skipped with the reason', () => {
    const mb = new ModelBuilder({ quant: 'float32', seed: 1 });
    const x = mb.input([1, 8, 8, 2]);
    mb.output(mb.conv2d(x, { filters: 4, kernel: 3 }));
    const model = readModel(mb.build());
    const sel = selectWeights(model);
    expect(sel.weights).toHaveLength(0);
    expect(sel.skipped).toHaveLength(1);
    expect(sel.skipped[0].reason).toMatch(/float32 weights/);
  });

  test('weights of layers the target runs on the CPU are skipped, naming the layer and why', () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 2 });
    const x = mb.input([1, 18, 18, 4]);
    const ok = mb.conv2d(x, { filters: 8, kernel: 3, padding: 'same' });
    // Stride 4 with SAME padding (18 -> 5 needs 2 padding rows) cannot be unrolled: this layer stays on the CPU.
    mb.output(mb.conv2d(ok, { filters: 8, kernel: 4, stride: 4, padding: 'same' }));
    const model = readModel(mb.build());
    const placement = checkPlacement(model, builtinTarget('ethos-u55-256'));
    const cpu = placement.filter((o) => o.placement === 'CPU').map((o) => o.index);
    expect(cpu).toEqual([1]);
    const sel = selectWeights(model, placement);
    expect(sel.weights.map((w) => w.users[0].index)).toEqual(
      placement.filter((o) => o.placement === 'NPU').map((o) => o.index),
    );
    expect(sel.skipped.map((s) => s.users[0].index)).toEqual(cpu);
    for (const s of sel.skipped) expect(s.reason).toMatch(/runs on the CPU/);
  });
});

describe('parseSettings', () => {
  test('settings separated by ; with comma-separated techniques', () => {
    expect(parseSettings('pruning=0.5,clustering=16; pruning=0.75')).toEqual([
      { pruning: 0.5, clustering: 16 },
      { pruning: 0.75 },
    ]);
  });

  test('variant file names say the setting', () => {
    expect(optimizedFileName('models/kws.tflite', { pruning: 0.5, clustering: 16 })).toBe(
      'kws.pruning-0.5.clustering-16.tflite',
    );
    expect(optimizedFileName('C:\\m\\net.TFLITE', { clustering: 8 })).toBe('net.clustering-8.tflite');
  });

  test.each(['pruning=1', 'clustering=1', 'clustering=3.5', 'pruning=abc', 'quantize=8', 'pruning', ''])(
    '"%s" is a clear OptimizeError',
    (text) => {
      expect(() => parseSettings(text)).toThrow(OptimizeError);
    },
  );

  test('a value that is no number is named as written', () => {
    expect(() => parseSettings('pruning=abc')).toThrow('pruning must be a number, not "abc"');
    expect(() => parseSettings('clustering=16,pruning=half')).toThrow('pruning must be a number, not "half"');
  });
});
