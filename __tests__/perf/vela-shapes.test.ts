// The estimator costs the shapes Vela works with: a tensor's shape_signature in place of its shape field (as
// placement judges operators), so a file whose two fields disagree is costed as Vela costs it.
import { ModelBuilder } from '../../src/tflite/builder.js';
import { readModel } from '../../src/tflite/read.js';
import { writeModel } from '../../src/tflite/write.js';
import { analyzeModel } from '../../src/engine/analyze.js';
import { withVelaShapes } from '../../src/perf/vela-shapes.js';
import { builtinTarget } from '../../src/targets/index.js';

const TARGETS = ['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-256'].map(builtinTarget);

/** A small CNN whose tensors carry a signature with a dynamic batch, as converters write them. */
function cnn(): Uint8Array {
  const mb = new ModelBuilder({ quant: 'int8', seed: 11 });
  const x = mb.input([1, 24, 24, 8]);
  const a = mb.conv2d(x, { filters: 16, kernel: 3, padding: 'same', activation: 'relu' });
  const p = mb.maxPool2d(a, { filter: 2, stride: 2 });
  mb.output(mb.conv2d(p, { filters: 8, kernel: 1 }));
  const model = readModel(mb.build());
  for (const t of model.subgraphs[0].tensors) {
    const constant = (model.buffers[t.buffer]?.data?.length ?? 0) > 0;
    if (!constant && t.shape.length === 4) t.shapeSignature = [-1, ...t.shape.slice(1)];
  }
  return writeModel(model);
}

const summaries = (bytes: Uint8Array) =>
  analyzeModel(bytes, 'm.tflite', TARGETS).targets.map((t) => t.performance?.summary);

test('a shape field that disagrees with the signature is costed on the signature', () => {
  const bytes = cnn();
  const model = readModel(bytes);
  // The pooled map's shape field says 2 million rows (a corrupted file); its signature still says 12.
  const pooled = model.subgraphs[0].tensors.find((t) => t.shape[1] === 12)!;
  pooled.shape = [1, 2_097_164, 12, 16];
  const corrupted = writeModel(model);
  const expected = summaries(bytes);
  expect(expected.every((s) => s && s.npuCycles > 0)).toBe(true);
  expect(summaries(corrupted)).toEqual(expected);
});

test('a model whose shapes agree with their signatures is the model itself (nothing copied)', () => {
  const model = readModel(cnn());
  expect(withVelaShapes(model)).toBe(model);
  // A dynamic axis other than the batch keeps the stored shape (placement keeps that operator on the CPU).
  const other = readModel(cnn());
  other.subgraphs[0].tensors[0].shapeSignature = [1, -1, 24, 8];
  expect(withVelaShapes(other).subgraphs[0].tensors[0].shape).toEqual([1, 24, 24, 8]);
});
