// Post-training quantization of builder-made float models: the quantized models load and run in the TFLite
// runtime, their dequantized outputs track the float outputs, and the rewrite follows the converter's rules
// (symmetric per-channel weights, bias at input × weight scale, fixed output scales, shared scales, edges).
import { ModelBuilder } from '../../../src/tflite/builder.js';
import { readModel } from '../../../src/tflite/read.js';
import { writeModel } from '../../../src/tflite/write.js';
import type { Model, Tensor } from '../../../src/graph/types.js';
import {
  compareOutputs,
  describeQuantization,
  modelInputs,
  quantize,
  quantizeModel,
  randomSamples,
  RANDOM_DATA_CAVEAT,
  type QuantizeFileOptions,
} from '../../../src/optimize/quantize/index.js';
import { calibrate } from '../../../src/optimize/quantize/calibrate.js';

const MIN_COSINE = 0.98;

/** conv+relu, depthwise+relu6, max/avg pool, add, logistic, concat, FC, softmax and tanh in one small graph. */
function mixedFloatModel(): Uint8Array {
  const mb = new ModelBuilder({ quant: 'float32', seed: 3 });
  const x = mb.input([1, 12, 12, 3]);
  const c = mb.conv2d(x, { filters: 8, kernel: 3, activation: 'relu' });
  const d = mb.depthwiseConv2d(c, { kernel: 3, activation: 'relu6' });
  const p = mb.maxPool2d(d, { filter: 2, stride: 2 });
  const a = mb.avgPool2d(p, { filter: 2, stride: 2 });
  const s = mb.add(
    a,
    mb.constant([1, 1, 1, 8], 'float32', (i) => (i - 4) / 8),
  );
  const cat = mb.concatenation([s, mb.logistic(a)], 3);
  const f = mb.fullyConnected(mb.reshape(cat, [1, -1]), { units: 10 });
  mb.output(mb.softmax(f), mb.tanh(f));
  return mb.build();
}

/** A conv whose output feeds EXP (no integer kernel in the quantizer's table): it must stay float. */
function modelWithFloatOnlyOp(): Uint8Array {
  const mb = new ModelBuilder({ quant: 'float32', seed: 5 });
  const x = mb.input([1, 8, 8, 2]);
  const c = mb.conv2d(x, { filters: 4, kernel: 3 });
  const e = mb.unary('EXP', c);
  const fc = mb.fullyConnected(mb.reshape(e, [1, -1]), { units: 6, activation: 'relu' });
  mb.output(fc);
  return mb.build();
}

const tensorOf = (m: Model, i: number): Tensor => m.subgraphs[0].tensors[i];
const opsOf = (m: Model, type: string) => m.subgraphs[0].operators.filter((o) => o.type === type);

async function quantizeAndTrack(bytes: Uint8Array, opts: QuantizeFileOptions) {
  const q = await quantize(bytes, { randomCount: 6, ...opts });
  const tracking = await compareOutputs(bytes, q.bytes, q.samples);
  return { ...q, tracking, read: readModel(q.bytes) };
}

describe('quantize builder-made float models', () => {
  const bytes = mixedFloatModel();

  test.each([
    ['int8', 'float'],
    ['int8', 'int8'],
    ['int16x8', 'float'],
    ['int16x8', 'int8'],
  ] as const)('%s activations, %s I/O: runs and tracks the float outputs', async (scheme, io) => {
    const q = await quantizeAndTrack(bytes, { io, int16x8: scheme === 'int16x8' });
    expect(q.report.floatOps).toEqual([]);
    expect(q.report.quantizedOps).toBe(readModel(bytes).subgraphs[0].operators.length);
    expect(q.report.caveats).toContain(RANDOM_DATA_CAVEAT);
    expect(q.tracking.compared).toBeGreaterThan(0);
    expect(q.tracking.cosine).toBeGreaterThanOrEqual(MIN_COSINE);
    for (const c of q.tracking.perOutput) expect(c).toBeGreaterThanOrEqual(MIN_COSINE);

    const m = q.read;
    const sg = m.subgraphs[0];
    const act = scheme === 'int16x8' ? 'int16' : 'int8';
    // Edges: float I/O through one QUANTIZE per input and one DEQUANTIZE per output; integer I/O without them.
    const inputTypes = sg.inputs.map((i) => tensorOf(m, i).dtype);
    const outputTypes = sg.outputs.map((i) => tensorOf(m, i).dtype);
    if (io === 'float') {
      expect(inputTypes).toEqual(['float32']);
      expect(outputTypes).toEqual(['float32', 'float32']);
      expect(opsOf(m, 'DEQUANTIZE')).toHaveLength(2);
      expect(opsOf(m, 'QUANTIZE').filter((o) => tensorOf(m, o.inputs[0]).dtype === 'float32')).toHaveLength(1);
    } else {
      expect(inputTypes).toEqual([act]);
      expect(outputTypes).toEqual([act, act]);
      expect(opsOf(m, 'DEQUANTIZE')).toHaveLength(0);
    }
    // No float tensor is left between operators.
    for (const op of sg.operators.filter((o) => o.type !== 'QUANTIZE' && o.type !== 'DEQUANTIZE'))
      for (const t of [...op.inputs, ...op.outputs]) if (t >= 0) expect(tensorOf(m, t).dtype).not.toBe('float32');

    // Conv weights: int8, symmetric, one scale per output channel; bias at input scale × weight scale.
    const [conv] = opsOf(m, 'CONV_2D');
    const w = tensorOf(m, conv.inputs[1]);
    const b = tensorOf(m, conv.inputs[2]);
    expect(w.dtype).toBe('int8');
    expect(w.quantization!.scale).toHaveLength(8);
    expect(w.quantization!.zeroPoint.every((z) => z === 0)).toBe(true);
    expect(b.dtype).toBe(scheme === 'int16x8' ? 'int64' : 'int32');
    const inScale = tensorOf(m, conv.inputs[0]).quantization!.scale[0];
    // Scales are stored as float32: compare relatively.
    b.quantization!.scale.forEach((s, c) =>
      expect(Math.abs(s / (inScale * w.quantization!.scale[c]) - 1)).toBeLessThan(1e-6),
    );
    expect(tensorOf(m, opsOf(m, 'DEPTHWISE_CONV_2D')[0].inputs[1]).quantization!.quantizedDimension).toBe(3);

    // Fixed output parameters of the bounded activations.
    const outQ = (type: string) => tensorOf(m, opsOf(m, type)[0].outputs[0]).quantization!;
    if (scheme === 'int8') {
      expect(outQ('SOFTMAX')).toMatchObject({ scale: [1 / 256], zeroPoint: [-128] });
      expect(outQ('LOGISTIC')).toMatchObject({ scale: [1 / 256], zeroPoint: [-128] });
      expect(outQ('TANH')).toMatchObject({ scale: [1 / 128], zeroPoint: [0] });
    } else {
      for (const t of ['SOFTMAX', 'LOGISTIC', 'TANH'])
        expect(outQ(t)).toMatchObject({ scale: [1 / 32768], zeroPoint: [0] });
    }
    // Data movement keeps its input's parameters; concatenation inputs share the output's.
    for (const t of ['MAX_POOL_2D', 'AVERAGE_POOL_2D', 'RESHAPE']) {
      const op = opsOf(m, t)[0];
      expect(tensorOf(m, op.outputs[0]).quantization).toEqual(tensorOf(m, op.inputs[0]).quantization);
    }
    const [cat] = opsOf(m, 'CONCATENATION');
    for (const i of cat.inputs) expect(tensorOf(m, i).quantization).toEqual(tensorOf(m, cat.outputs[0]).quantization);
    // Integer kernels carry the converter's operator versions.
    const version = (t: string) => m.operatorCodes[opsOf(m, t)[0].opcodeIndex].version;
    expect(version('CONV_2D')).toBe(scheme === 'int16x8' ? 4 : 3);
    expect(version('SOFTMAX')).toBe(scheme === 'int16x8' ? 3 : 2);
  });

  test('int8 activations are asymmetric with zero exactly representable; int16 ones symmetric', async () => {
    const int8 = await quantize(bytes, { io: 'int8', randomCount: 3 });
    const x = tensorOf(int8.model, int8.model.subgraphs[0].inputs[0]);
    // Random inputs lie in [0, 1): the range widened to [0, max] puts real 0 at the lowest integer.
    expect(x.quantization!.zeroPoint[0]).toBe(-128);
    const int16 = await quantize(bytes, { io: 'int8', int16x8: true, randomCount: 3 });
    for (const t of int16.model.subgraphs[0].tensors)
      if (t.dtype === 'int16') expect(t.quantization!.zeroPoint.every((z) => z === 0)).toBe(true);
  });

  test('an operator without an integer kernel stays float, bracketed by DEQUANTIZE/QUANTIZE, and is reported', async () => {
    const float = modelWithFloatOnlyOp();
    const q = await quantizeAndTrack(float, { io: 'float' });
    expect(q.report.floatOps).toEqual([{ index: 1, type: 'EXP', reason: expect.stringContaining('EXP') }]);
    expect(q.report.quantizedOps).toBe(3);
    const sg = q.read.subgraphs[0];
    const exp = opsOf(q.read, 'EXP')[0];
    expect(tensorOf(q.read, exp.inputs[0]).dtype).toBe('float32');
    expect(sg.operators.map((o) => o.type)).toEqual([
      'QUANTIZE',
      'CONV_2D',
      'DEQUANTIZE',
      'EXP',
      'QUANTIZE',
      'RESHAPE',
      'FULLY_CONNECTED',
      'DEQUANTIZE',
    ]);
    expect(q.tracking.cosine).toBeGreaterThanOrEqual(MIN_COSINE);
  });

  test('the input model is left untouched and the result is a new object', async () => {
    const model = readModel(bytes);
    const before = JSON.stringify(model.subgraphs);
    const samples = randomSamples(modelInputs(model), 2, 9);
    const stats = await calibrate(bytes, samples);
    const { model: q } = quantizeModel(model, stats, { io: 'float' });
    expect(JSON.stringify(model.subgraphs)).toBe(before);
    expect(q).not.toBe(model);
    expect(q.subgraphs[0].tensors.some((t) => t.dtype === 'int8')).toBe(true);
  });

  test('calibration records a range for every float tensor an operator writes', async () => {
    const model = readModel(bytes);
    const stats = await calibrate(bytes, randomSamples(modelInputs(model), 2, 4));
    const sg = model.subgraphs[0];
    for (const op of sg.operators) for (const o of op.outputs) expect(stats.ranges.has(o)).toBe(true);
    // Bounded activations stay within their mathematical range.
    const logistic = sg.operators.find((o) => o.type === 'LOGISTIC')!;
    const r = stats.ranges.get(logistic.outputs[0])!;
    expect(r.min).toBeGreaterThanOrEqual(0);
    expect(r.max).toBeLessThanOrEqual(1);
    expect(stats.samples).toBe(2);
  });
});

/** A float segmentation head: conv logits, ARG_MAX over channels, int64 class indices as the output. */
function floatSegmentation(): Uint8Array {
  const mb = new ModelBuilder({ quant: 'float32', seed: 2 });
  const x = mb.input([1, 6, 6, 4]);
  mb.output(mb.conv2d(x, { filters: 5, kernel: 1 }));
  const model = readModel(mb.build());
  const sg = model.subgraphs[0];
  const axisBuffer = { index: model.buffers.length, data: new Uint8Array(new Int32Array([3]).buffer), size: 4 };
  const outBuffer = { index: model.buffers.length + 1, size: 0 };
  const plain = { isVariable: false, hasSparsity: false };
  const axis: Tensor = {
    index: sg.tensors.length,
    name: 'axis',
    shape: [],
    dtype: 'int32',
    buffer: axisBuffer.index,
    ...plain,
  };
  const classes: Tensor = {
    index: sg.tensors.length + 1,
    name: 'classes',
    shape: [1, 6, 6],
    dtype: 'int64',
    buffer: outBuffer.index,
    ...plain,
  };
  const argMax = {
    index: sg.operators.length,
    opcodeIndex: model.operatorCodes.length,
    type: 'ARG_MAX',
    inputs: [sg.outputs[0], axis.index],
    outputs: [classes.index],
    intermediates: [],
    optionsType: 'ArgMaxOptions',
    options: { outputType: 4 },
    options2Type: null,
    options2: null,
    macs: 0,
  };
  const m: Model = {
    ...model,
    buffers: [...model.buffers, axisBuffer, outBuffer],
    operatorCodes: [...model.operatorCodes, { type: 'ARG_MAX', builtinCode: 56, version: 1 }],
    subgraphs: [
      {
        ...sg,
        tensors: [...sg.tensors, axis, classes],
        operators: [...sg.operators, argMax],
        outputs: [classes.index],
      },
    ],
  };
  return writeModel(m);
}

test('a float model ending in an int64 ARG_MAX: calibrated, ARG_MAX quantized, tracked by its class indices', async () => {
  const bytes = floatSegmentation();
  const q = await quantize(bytes, { file: 'seg.tflite', io: 'int8', randomCount: 8 });
  expect(q.report.floatOps).toEqual([]);
  const sg = q.model.subgraphs[0];
  const argMax = sg.operators.find((o) => o.type === 'ARG_MAX')!;
  expect(sg.tensors[argMax.inputs[0]].dtype).toBe('int8');
  expect(sg.tensors[argMax.outputs[0]].dtype).toBe('int64');
  const t = await compareOutputs(bytes, q.bytes, q.samples, { file: 'seg.tflite' });
  // No cosine of class numbers: the share of equal indices instead (int8 rounding may flip a near tie).
  expect(t.cosine).toBeNaN();
  expect(t.indexAgreement).toHaveLength(1);
  expect(t.indexAgreement![0].output).toBe(0);
  expect(t.indexAgreement![0].share).toBeGreaterThan(0.9);
  expect(t.indexAgreement![0].share).toBeLessThanOrEqual(1);
  const lines = describeQuantization(q.report, t);
  expect(lines.some((l) => /^tracking: \d+\.\d% of the class indices of output 0 \(ARG_MAX\/ARG_MIN\)/.test(l))).toBe(
    true,
  );
  expect(lines.some((l) => l.includes('not measurable'))).toBe(false);
});

test('an int64 output the runtime cannot hand out: calibrated without it, tracking says why it was not measured', async () => {
  const mb = new ModelBuilder({ quant: 'float32', seed: 4 });
  const x = mb.input([1, 4, 4, 3]);
  mb.output(mb.conv2d(x, { filters: 4, kernel: 1 }));
  const model = readModel(mb.build());
  const sg = model.subgraphs[0];
  // A CAST of the conv output to int64, as a second graph output.
  const wide: Tensor = {
    index: sg.tensors.length,
    name: 'as_int64',
    shape: [1, 4, 4, 4],
    dtype: 'int64',
    buffer: model.buffers.length,
    isVariable: false,
    hasSparsity: false,
  };
  const cast = {
    ...sg.operators[0],
    index: sg.operators.length,
    opcodeIndex: model.operatorCodes.length,
    type: 'CAST',
    inputs: [sg.outputs[0]],
    outputs: [wide.index],
    optionsType: null,
    options: null,
  };
  const bytes = writeModel({
    ...model,
    buffers: [...model.buffers, { index: model.buffers.length, size: 0 }],
    operatorCodes: [...model.operatorCodes, { type: 'CAST', builtinCode: 53, version: 1 }],
    subgraphs: [
      {
        ...sg,
        tensors: [...sg.tensors, wide],
        operators: [...sg.operators, cast],
        outputs: [sg.outputs[0], wide.index],
      },
    ],
  });
  const q = await quantize(bytes, { file: 'wide.tflite', io: 'int8', randomCount: 4 });
  expect(q.stats.ranges.has(sg.outputs[0])).toBe(true);
  const t = await compareOutputs(bytes, q.bytes, q.samples, { file: 'wide.tflite' });
  expect(t.error).toMatch(/wide\.tflite: output 1 \(as_int64\) has a type the runtime cannot return/);
  expect(describeQuantization(q.report, t)).toContain(`tracking: not measured: ${t.error}`);
});
