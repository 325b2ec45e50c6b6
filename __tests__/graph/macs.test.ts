// MACs per operator are counted on the shapes Vela reads (a tensor's shape signature over its shape field), and
// a count no double holds exactly (a hostile shape) is 0, never Infinity or NaN.
import { computeMacs } from '../../src/graph/macs.js';
import { velaDims } from '../../src/graph/shape.js';
import { ModelBuilder } from '../../src/tflite/builder.js';
import { readModel } from '../../src/tflite/read.js';

function conv() {
  const mb = new ModelBuilder({ quant: 'int8', seed: 2 });
  const x = mb.input([1, 10, 10, 4]);
  mb.output(mb.conv2d(x, { filters: 8, kernel: 3, padding: 'same' }));
  const model = readModel(mb.build());
  const sg = model.subgraphs[0];
  const op = sg.operators[0];
  return { sg, op, ofm: sg.tensors[op.outputs[0]] };
}

test('velaDims: the signature wins, a dynamic batch counts as 1, another dynamic axis leaves the shape field', () => {
  const { ofm } = conv();
  expect(velaDims(ofm)).toEqual([1, 10, 10, 8]);
  ofm.shapeSignature = [-1, 5, 5, 8];
  expect(velaDims(ofm)).toEqual([1, 5, 5, 8]);
  ofm.shapeSignature = [1, -1, 10, 8];
  expect(velaDims(ofm)).toBe(ofm.shape);
});

test('a conv: OFM elements x kernel area x IFM depth, on the signature when the shape field disagrees', () => {
  const { sg, op, ofm } = conv();
  expect(computeMacs(op, sg)).toBe(10 * 10 * 8 * 3 * 3 * 4);
  // A corrupted shape field (258 dimensions of 2^31) beside an intact signature.
  ofm.shapeSignature = [-1, 10, 10, 8];
  ofm.shape = new Array(258).fill(2 ** 31 - 1);
  expect(computeMacs(op, sg)).toBe(10 * 10 * 8 * 3 * 3 * 4);
});

test('a count past 2^53 is 0 (no figure), not Infinity or NaN', () => {
  const { sg, op, ofm } = conv();
  ofm.shape = new Array(258).fill(2 ** 31 - 1);
  expect(computeMacs(op, sg)).toBe(0);
  ofm.shape = [1, 2 ** 31 - 1, 2 ** 31 - 1, 8];
  expect(computeMacs(op, sg)).toBe(0);
});
