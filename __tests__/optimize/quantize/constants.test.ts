// Constant and secondary inputs: elementwise constants quantized per-tensor, PADV2's pad value and MAXIMUM's
// constant in the scale the kernel requires, and ±FLT_MAX masking constants left in float.
import { ModelBuilder } from '../../../src/tflite/builder.js';
import { readModel } from '../../../src/tflite/read.js';
import { compareOutputs, quantize } from '../../../src/optimize/quantize/index.js';

const FLT_MAX = 3.4028234663852886e38;

test('PADV2, MAXIMUM and MUL with constants quantize and track the float model', async () => {
  const mb = new ModelBuilder({ quant: 'float32', seed: 11 });
  const x = mb.input([1, 6, 6, 4]);
  const c = mb.conv2d(x, { filters: 4, kernel: 1 });
  const padded = mb.tensor({ shape: [1, 8, 8, 4], dtype: 'float32' });
  const paddings = mb.constant([4, 2], 'int32', [0, 0, 1, 1, 1, 1, 0, 0]);
  const padValue = mb.constant([], 'float32', [0.25]);
  mb.op('PADV2', [c, paddings, padValue], [padded]);
  const m = mb.elementwise('MAXIMUM', padded, mb.constant([4], 'float32', [0.1, -0.2, 0.3, 0]));
  mb.output(mb.mul(m, mb.constant([1, 1, 1, 4], 'float32', [2, -1, 0.5, 3])));
  const bytes = mb.build();

  const q = await quantize(bytes, { io: 'float', randomCount: 4 });
  expect(q.report.floatOps).toEqual([]);
  const model = readModel(q.bytes);
  const sg = model.subgraphs[0];
  const t = (i: number) => sg.tensors[i];
  const op = (type: string) => sg.operators.find((o) => o.type === type)!;
  const pad = op('PADV2');
  expect(t(pad.inputs[2]).dtype).toBe('int8');
  expect(t(pad.inputs[2]).quantization).toEqual(t(pad.inputs[0]).quantization);
  expect(t(pad.outputs[0]).quantization).toEqual(t(pad.inputs[0]).quantization);
  const max = op('MAXIMUM');
  for (const i of max.inputs) expect(t(i).quantization).toEqual(t(max.outputs[0]).quantization);
  const mul = op('MUL');
  expect(t(mul.inputs[1]).dtype).toBe('int8');
  expect(t(mul.inputs[1]).quantization!.scale).toHaveLength(1);

  const tracking = await compareOutputs(bytes, q.bytes, q.samples);
  expect(tracking.cosine).toBeGreaterThanOrEqual(0.98);
});

test('an attention-style mask of -FLT_MAX keeps the ADD and what reads it in float, and the model still runs', async () => {
  const mb = new ModelBuilder({ quant: 'float32', seed: 12 });
  const x = mb.input([1, 8]);
  const logits = mb.fullyConnected(x, { units: 8 });
  const mask = mb.constant([1, 8], 'float32', (i) => (i < 6 ? 0 : -FLT_MAX));
  const masked = mb.add(logits, mask);
  mb.output(mb.softmax(masked));
  const bytes = mb.build();

  const q = await quantize(bytes, { io: 'float', randomCount: 4 });
  expect(q.report.quantizedOps).toBe(1);
  expect(q.report.floatOps.map((f) => f.type)).toEqual(['ADD', 'SOFTMAX']);
  expect(q.report.floatOps[0].reason).toMatch(/sentinel/);
  const tracking = await compareOutputs(bytes, q.bytes, q.samples);
  expect(tracking.cosine).toBeGreaterThanOrEqual(0.98);
});

test('keepFloatAbove leaves operators on wide-range tensors in float, and only when asked', async () => {
  const mb = new ModelBuilder({ quant: 'float32', seed: 13 });
  const x = mb.input([1, 8]);
  const fc = mb.fullyConnected(x, { units: 8 });
  const wide = mb.mul(
    fc,
    mb.constant([1, 8], 'float32', (i) => 1000 * (i + 1)),
  );
  mb.output(mb.fullyConnected(wide, { units: 4 }));
  const bytes = mb.build();

  const plain = await quantize(bytes, { io: 'float', randomCount: 3 });
  expect(plain.report.floatOps).toEqual([]);
  const mixed = await quantize(bytes, { io: 'float', randomCount: 3, keepFloatAbove: 100 });
  expect(mixed.report.floatOps.map((f) => [f.index, f.type])).toEqual([
    [1, 'MUL'],
    [2, 'FULLY_CONNECTED'],
  ]);
  expect(mixed.report.floatOps[0].reason).toMatch(/above the keep-float limit 100/);
  const tracking = await compareOutputs(bytes, mixed.bytes, mixed.samples);
  expect(tracking.cosine).toBeGreaterThanOrEqual(0.98);
});
