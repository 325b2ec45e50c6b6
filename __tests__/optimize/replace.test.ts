// Copy-on-write of tensor data: a buffer shared with a tensor that is not replaced the same way is never changed.
import { ModelBuilder } from '../../src/tflite/builder.js';
import { readModel } from '../../src/tflite/read.js';
import { writeModel } from '../../src/tflite/write.js';
import { replaceTensorData, tensorKey } from '../../src/optimize/replace.js';
import type { Model } from '../../src/graph/types.js';

/** Two convolutions whose weight tensors share one buffer. */
function sharedBufferModel(): Model {
  const mb = new ModelBuilder({ quant: 'int8', seed: 4 });
  const x = mb.input([1, 6, 6, 4]);
  const a = mb.conv2d(x, { filters: 4, kernel: 1 });
  mb.output(mb.conv2d(a, { filters: 4, kernel: 1 }));
  const model = mb.toModel();
  const sg = model.subgraphs[0];
  const [w0, w1] = sg.operators.map((op) => sg.tensors[op.inputs[1]]);
  sg.tensors[w1.index] = { ...w1, buffer: w0.buffer };
  return readModel(writeModel(model));
}

test('replacing one sharer gives it a new buffer; replacing all the same way rewrites the buffer', () => {
  const model = sharedBufferModel();
  const sg = model.subgraphs[0];
  const [w0, w1] = sg.operators.map((op) => sg.tensors[op.inputs[1]]);
  expect(w0.buffer).toBe(w1.buffer);
  const original = Array.from(model.buffers[w0.buffer].data!);
  const zeros = new Uint8Array(original.length);

  const one = replaceTensorData(model, new Map([[tensorKey(0, w0.index), zeros]]));
  const t0 = one.subgraphs[0].tensors[w0.index];
  const t1 = one.subgraphs[0].tensors[w1.index];
  expect(t0.buffer).not.toBe(t1.buffer);
  expect(Array.from(one.buffers[t0.buffer].data!)).toEqual(Array.from(zeros));
  expect(Array.from(one.buffers[t1.buffer].data!)).toEqual(original);

  const both = replaceTensorData(
    model,
    new Map([
      [tensorKey(0, w0.index), zeros],
      [tensorKey(0, w1.index), zeros.slice()],
    ]),
  );
  expect(both.buffers).toHaveLength(model.buffers.length);
  expect(Array.from(both.buffers[w0.buffer].data!)).toEqual(Array.from(zeros));
  // The input model is untouched.
  expect(Array.from(model.buffers[w0.buffer].data!)).toEqual(original);
});
