import { adviseModel, isOperatorTypeReason, type Advice } from '../../src/report/advice.js';
import type { Model, Operator, Tensor } from '../../src/graph/types.js';
import { operators, performance, summary, target, type OpSpec } from './fixtures.js';

const U55 = 'ethos-u55-256';
const ids = (advice: Advice[]) => advice.map((a) => a.id);
const find = (advice: Advice[], id: string) => advice.find((a) => a.id === id);

describe('adviseModel: MLIA rules', () => {
  test('CPU-only operators: types the NPU does not support at all', () => {
    const ops = operators([
      { type: 'CONV_2D', macs: 10 },
      { type: 'CUSTOM', name: 'nms', cpu: { rule: 'op.unsupported', message: 'Unsupported operator type CUSTOM' } },
      { type: 'ADD', cpu: { rule: 'u55.add.dtype', message: 'int32 inputs are not supported for ADD' } },
    ]);
    const a = find(adviseModel({ result: target(U55, ops) }), 'cpu-only-operators');
    expect(a?.severity).toBe('warning');
    expect(a?.message).toMatch(/1 operator is CPU-only on ethos-u55-256: CUSTOM/);
    expect(a?.operators?.map((o) => o.type)).toEqual(['CUSTOM']);
    expect(isOperatorTypeReason('op.unsupported', 'CUSTOM (X) is not supported on Ethos-U85')).toBe(true);
    expect(isOperatorTypeReason('x', 'Unsupported opType')).toBe(true);
    expect(isOperatorTypeReason('u55.conv2d.stride', 'stride 4 exceeds 3')).toBe(false);
  });

  test('unsupported ratio, and everything on the NPU', () => {
    const some = operators([
      { type: 'CONV_2D' },
      { type: 'CONV_2D' },
      { type: 'CONV_2D' },
      { type: 'TANH', cpu: 'int32' },
    ]);
    const ratio = find(adviseModel({ result: target(U55, some) }), 'unsupported-ratio');
    expect(ratio?.message).toMatch(/^25% of the operators \(1 of 4\) cannot be placed on the NPU/);
    expect(ratio?.severity).toBe('warning');
    const none = operators([{ type: 'CONV_2D', cpu: 'float32' }]);
    expect(find(adviseModel({ result: target(U55, none) }), 'unsupported-ratio')?.severity).toBe('error');
    const all = adviseModel({ result: target(U55, operators([{ type: 'CONV_2D' }])) });
    expect(ids(all)).toContain('all-on-npu');
    expect(find(all, 'all-on-npu')?.message).toMatch(/^The one operator runs on the NPU of ethos-u55-256;/);
    expect(ids(all)).not.toContain('unsupported-ratio');
  });

  test('LUT activations and expensive operators on the NPU get alternatives', () => {
    const ops = operators([{ type: 'CONV_2D' }, { type: 'LOGISTIC' }, { type: 'HARD_SWISH' }, { type: 'SOFTMAX' }]);
    const advice = adviseModel({ result: target(U55, ops) });
    const lut = advice.filter((a) => a.id === 'lut-activation');
    expect(lut.map((a) => a.operators?.[0].type)).toEqual(['HARD_SWISH', 'LOGISTIC']);
    expect(lut[0].message).toMatch(/^1 HARD_SWISH operator runs on the NPU through a lookup table.*ReLU6/);
    expect(find(advice, 'expensive-operator')?.message).toMatch(/SOFTMAX.*28 NPU operations/);
  });

  test('high-impact layers: the top layers by cycles with their share', () => {
    const ops = operators([{ type: 'CONV_2D' }, { type: 'CONV_2D' }, { type: 'ADD' }, { type: 'ADD' }]);
    const result = target(U55, ops, performance(ops, [7000, 2000, 500, 500]));
    const a = find(adviseModel({ result }), 'high-impact-layers');
    expect(a?.operators?.map((o) => o.index)).toEqual([0, 1]); // 70% and 20%; 5% layers are not high impact
    expect(a?.message).toMatch(/70\.0%.*20\.0%/);
  });

  test('MAC utilisation: convolutions under 30% very low, under 55% low; depthwise under 3%', () => {
    const specs: OpSpec[] = [
      { type: 'CONV_2D', macs: 100 },
      { type: 'CONV_2D', macs: 100 },
      { type: 'CONV_2D', macs: 100 },
      { type: 'DEPTHWISE_CONV_2D', macs: 100 },
      { type: 'DEPTHWISE_CONV_2D', macs: 100 },
    ];
    const ops = operators(specs);
    const result = target(
      U55,
      ops,
      performance(ops, [
        { cycles: 1000, macUtilisation: 0.2 },
        { cycles: 1000, macUtilisation: 0.5 },
        { cycles: 1000, macUtilisation: 0.9 },
        { cycles: 1000, macUtilisation: 0.02 },
        { cycles: 1000, macUtilisation: 0.1 },
      ]),
    );
    const advice = adviseModel({ result });
    expect(find(advice, 'mac-utilisation-very-low')?.operators?.map((o) => o.index)).toEqual([0]);
    expect(find(advice, 'mac-utilisation-very-low')?.severity).toBe('warning');
    expect(find(advice, 'mac-utilisation-low')?.operators?.map((o) => o.index)).toEqual([1]);
    expect(find(advice, 'depthwise-utilisation-low')?.operators?.map((o) => o.index)).toEqual([3]);
    // The verb agrees with the count.
    expect(find(advice, 'mac-utilisation-very-low')?.message).toMatch(/^1 layer uses under 30% of the NPU's MACs/);
    expect(find(advice, 'depthwise-utilisation-low')?.message).toMatch(/^1 layer \(depthwise\) uses under 3%/);
    const two = operators([
      { type: 'CONV_2D', macs: 100 },
      { type: 'CONV_2D', macs: 100 },
    ]);
    const both = performance(two, [
      { cycles: 1000, macUtilisation: 0.2 },
      { cycles: 1000, macUtilisation: 0.1 },
    ]);
    expect(find(adviseModel({ result: target(U55, two, both) }), 'mac-utilisation-very-low')?.message).toMatch(
      /^2 layers use under 30%/,
    );
  });

  test('memory-bound layers, a warning when they take most of the time', () => {
    const ops = operators([
      { type: 'FULLY_CONNECTED', macs: 10 },
      { type: 'CONV_2D', macs: 10 },
    ]);
    const result = target(
      U55,
      ops,
      performance(ops, [{ cycles: 9000, memoryBound: true, offChipFlash: 9000 }, { cycles: 1000 }]),
    );
    const a = find(adviseModel({ result }), 'memory-bound-layers');
    expect(a?.severity).toBe('warning');
    expect(a?.message).toMatch(/1 layer is memory-bound on ethos-u55-256 \(90\.0% of the cycles\)/);
  });

  test('after an optimization: what improved, the next step, and the accuracy caveat', () => {
    const ops = operators([{ type: 'CONV_2D' }]);
    const advice = adviseModel({
      result: target(U55, ops),
      optimization: {
        techniques: ['pruning 0.5'],
        before: summary({ inferenceTimeMs: 1.0, npuCycles: 1000 }),
        after: summary({ inferenceTimeMs: 0.8, npuCycles: 800 }),
        nextTechniques: ['pruning 0.7'],
      },
    });
    const result = find(advice, 'optimization-results');
    expect(result?.message).toMatch(/improved inference time by 20\.0%, NPU cycles by 20\.0%/);
    expect(result?.message).toMatch(/pruning 0\.7/);
    expect(find(advice, 'optimization-accuracy')?.message).toMatch(/accuracy/);

    const worse = adviseModel({
      result: target(U55, ops),
      optimization: { techniques: ['clustering 4'], before: summary(), after: summary({ inferenceTimeMs: 0.5 }) },
    });
    expect(find(worse, 'optimization-results')?.severity).toBe('warning');
    expect(find(worse, 'optimization-results')?.message).toMatch(/degraded inference time.*other optimization/);

    // Both at once: one sentence.
    const mixed = adviseModel({
      result: target(U55, ops),
      optimization: {
        techniques: ['pruning 0.5'],
        before: summary({ inferenceTimeMs: 1.0, npuCycles: 1000 }),
        after: summary({ inferenceTimeMs: 0.8, npuCycles: 1100 }),
      },
    });
    expect(find(mixed, 'optimization-results')?.message).toBe(
      'With pruning 0.5 on ethos-u55-256: improved inference time by 20.0%; degraded NPU cycles by 10.0%.',
    );
  });
});

describe('adviseModel: our rules', () => {
  test('operators on the CPU here that another configured target runs on its NPU', () => {
    const here = operators([{ type: 'CONV_2D' }, { type: 'RESIZE_BILINEAR', name: 'up', cpu: 'half_pixel_centers' }]);
    const there = operators([{ type: 'CONV_2D' }, { type: 'RESIZE_BILINEAR', name: 'up' }]);
    const a = find(
      adviseModel({ result: target(U55, here), otherTargets: [target('ethos-u85-256', there)] }),
      'npu-on-other-target',
    );
    expect(a?.message).toMatch(/1 operator on the CPU of ethos-u55-256 would run on the NPU of ethos-u85-256/);
    expect(a?.operators?.[0].name).toBe('up');
  });

  test('a float model is told to quantize', () => {
    const ops = operators([
      {
        type: 'CONV_2D',
        cpu: { rule: 'u55.ifm.dtype', message: 'Operation has tensor with unsupported DataType Float32' },
      },
      {
        type: 'ADD',
        cpu: { rule: 'u55.ifm.dtype', message: 'Operation has tensor with unsupported DataType Float32' },
      },
    ]);
    const a = find(adviseModel({ result: target(U55, ops) }), 'quantize-model');
    expect(a?.message).toMatch(/2 operators stay on the CPU of ethos-u55-256 because of floating-point tensors/);
    const one = operators([
      {
        type: 'CONV_2D',
        cpu: { rule: 'u55.ifm.dtype', message: 'Operation has tensor with unsupported DataType Float32' },
      },
    ]);
    expect(find(adviseModel({ result: target(U55, one) }), 'quantize-model')?.message).toMatch(
      /^1 operator stays on the CPU/,
    );
    const quantized = operators([{ type: 'CONV_2D', cpu: 'stride 4 exceeds 3' }]);
    expect(ids(adviseModel({ result: target(U55, quantized) }))).not.toContain('quantize-model');
  });

  test('NPU/CPU partitions', () => {
    const ops = operators([
      { type: 'CONV_2D' },
      { type: 'CUSTOM', cpu: 'x' },
      { type: 'CONV_2D' },
      { type: 'CUSTOM', cpu: 'x' },
      { type: 'CONV_2D' },
    ]);
    const a = find(adviseModel({ result: target(U55, ops) }), 'partitions');
    expect(a?.message).toMatch(/3 NPU partitions and 2 CPU partitions/);
    expect(a?.severity).toBe('warning');
    expect(ids(adviseModel({ result: target(U55, operators([{ type: 'CONV_2D' }])) }))).not.toContain('partitions');
  });

  test('channel counts that waste the 16-channel granularity (needs the model IR)', () => {
    const ops = operators([
      { type: 'CONV_2D', name: 'c20', macs: 2000 },
      { type: 'CONV_2D', name: 'c32', macs: 2000 },
      { type: 'ADD', name: 'add20' },
    ]);
    const model = modelWithOutputs([
      [1, 8, 8, 20],
      [1, 8, 8, 32],
      [1, 8, 8, 20],
    ]);
    const a = find(adviseModel({ result: target(U55, ops), model }), 'channel-granularity');
    expect(a?.operators?.map((o) => o.name)).toEqual(['c20']); // ADD has no MACs; 32 is a multiple of 16
    expect(a?.message).toMatch(/20 channels computed as 32/);
    expect(ids(adviseModel({ result: target(U55, ops) }))).not.toContain('channel-granularity');
  });
});

/** A one-subgraph model whose operator i writes tensor i with the given shape. */
function modelWithOutputs(shapes: number[][]): Model {
  const tensors: Tensor[] = shapes.map((shape, index) => ({
    index,
    name: `t${index}`,
    shape,
    dtype: 'int8',
    buffer: 0,
    isVariable: false,
    hasSparsity: false,
  }));
  const ops: Operator[] = shapes.map((_, index) => ({
    index,
    opcodeIndex: 0,
    type: 'CONV_2D',
    inputs: [],
    outputs: [index],
    intermediates: [],
    optionsType: null,
    options: null,
    options2Type: null,
    options2: null,
    macs: 0,
  }));
  return {
    version: 3,
    description: '',
    subgraphs: [{ index: 0, name: 'main', tensors, inputs: [], outputs: [], operators: ops }],
    buffers: [],
    operatorCodes: [],
    metadata: [],
    signatureDefs: [],
    fileSize: 0,
  };
}
