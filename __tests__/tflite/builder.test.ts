// The synthetic model builder: shapes and options as TFLite computes them, quantization the runtime accepts,
// deterministic bytes, and an escape hatch for anything else. (That built models run: __tests__/runtime.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readModel } from '../../src/tflite/read.js';
import { ModelBuilder, broadcastShape, windowOutput } from '../../src/tflite/builder.js';
import type { Model, Operator, Tensor } from '../../src/graph/types.js';
import { describeShared, sharedDir } from '../helpers/shared.js';

const read = (mb: ModelBuilder): Model => readModel(mb.build(), { file: 'built.tflite' });
const out = (m: Model, op: Operator): Tensor => m.subgraphs[0].tensors[op.outputs[0]];
const input = (m: Model, op: Operator, i: number): Tensor => m.subgraphs[0].tensors[op.inputs[i]];

describe('output shapes', () => {
  test.each([
    // size, kernel, stride, dilation, padding, expected (TFLite's formulas)
    [49, 10, 2, 1, 'same', 25],
    [49, 10, 2, 1, 'valid', 20],
    [16, 3, 3, 1, 'valid', 5],
    [16, 3, 4, 1, 'valid', 4],
    [16, 3, 4, 1, 'same', 4],
    [17, 3, 1, 2, 'valid', 13],
  ] as const)('window %i k%i s%i d%i %s -> %i', (size, k, s, d, pad, expected) => {
    expect(windowOutput(size, k, s, d, pad)).toBe(expected);
  });

  test('broadcasting', () => {
    expect(broadcastShape([1, 4, 4, 8], [8])).toEqual([1, 4, 4, 8]);
    expect(broadcastShape([1, 4, 1, 8], [1, 1, 5, 1])).toEqual([1, 4, 5, 8]);
    expect(() => broadcastShape([3], [4])).toThrow(/cannot broadcast/);
  });

  test('a conv net: stride 3 vs stride 4, dilation, pooling, FC', () => {
    const mb = new ModelBuilder({ quant: 'int8' });
    const x = mb.input([1, 48, 48, 3]);
    const s3 = mb.conv2d(x, { filters: 8, kernel: 3, stride: 3, padding: 'valid' });
    const s4 = mb.conv2d(x, { filters: 8, kernel: 3, stride: [4, 2], padding: 'valid' });
    const dil = mb.depthwiseConv2d(s3, { kernel: 3, dilation: 2, multiplier: 2, padding: 'valid' });
    const pool = mb.maxPool2d(dil, { filter: 3, stride: 2, padding: 'same' });
    const fc = mb.fullyConnected(pool, { units: 7 });
    mb.output(s4, fc);
    expect([s3.shape, s4.shape, dil.shape, pool.shape, fc.shape]).toEqual([
      [1, 16, 16, 8],
      [1, 12, 23, 8],
      [1, 12, 12, 16],
      [1, 6, 6, 16],
      [36, 7], // FULLY_CONNECTED contracts the last axis only: 1x6x6 rows of 16
    ]);
    const m = read(mb);
    const ops = m.subgraphs[0].operators;
    expect(ops.map((o) => o.type)).toEqual([
      'CONV_2D',
      'CONV_2D',
      'DEPTHWISE_CONV_2D',
      'MAX_POOL_2D',
      'FULLY_CONNECTED',
    ]);
    // The file says what the builder computed.
    expect(ops.map((o) => out(m, o).shape)).toEqual([s3.shape, s4.shape, dil.shape, pool.shape, fc.shape]);
    expect(ops[1].options).toMatchObject({ strideH: 4, strideW: 2, padding: 1, dilationHFactor: 1 });
    expect(ops[2].options).toMatchObject({ depthMultiplier: 2, dilationWFactor: 2, dilationHFactor: 2 });
    expect(ops[3].options).toMatchObject({ filterHeight: 3, filterWidth: 3, strideH: 2, padding: 0 });
    // MACs come from the shared counter (graph/macs.ts): OFM elements x kernel area x IFM depth.
    expect(ops[0].macs).toBe(16 * 16 * 8 * 3 * 3 * 3);
  });

  test('data movement and reductions', () => {
    const mb = new ModelBuilder({ quant: 'int8' });
    const x = mb.input([1, 6, 8, 4]);
    const padded = mb.pad(x, [
      [0, 0],
      [1, 2],
      [0, 3],
      [0, 0],
    ]);
    const cat = mb.concatenation([padded, padded], -1);
    const t = mb.transpose(cat, [0, 2, 1, 3]);
    const r = mb.resize(t, [22, 18], { method: 'nearest' });
    const mean = mb.mean(r, [1, 2], { keepDims: false });
    const flat = mb.reshape(mean, [-1, 2]);
    mb.output(flat);
    expect([padded.shape, cat.shape, t.shape, r.shape, mean.shape, flat.shape]).toEqual([
      [1, 9, 11, 4],
      [1, 9, 11, 8],
      [1, 11, 9, 8],
      [1, 22, 18, 8],
      [1, 8],
      [4, 2],
    ]);
    const m = read(mb);
    const ops = m.subgraphs[0].operators;
    expect(ops.map((o) => o.type)).toEqual([
      'PAD',
      'CONCATENATION',
      'TRANSPOSE',
      'RESIZE_NEAREST_NEIGHBOR',
      'MEAN',
      'RESHAPE',
    ]);
    expect(ops[1].options).toMatchObject({ axis: -1 });
    expect(ops[4].options).toMatchObject({ keepDims: false });
    expect(ops[5].options).toMatchObject({ newShape: [4, 2] });
    // Constant operands are int32 tensors with data.
    const perm = input(m, ops[2], 1);
    expect(perm.dtype).toBe('int32');
    expect(Array.from(new Int32Array(m.buffers[perm.buffer].data!.slice().buffer))).toEqual([0, 2, 1, 3]);
    // Data movement keeps the input's quantization.
    expect(out(m, ops[2]).quantization).toEqual(input(m, ops[0], 0).quantization);
  });
});

describe('quantization', () => {
  test('int8: per-channel conv weights, bias scale = input scale x weight scale', () => {
    const mb = new ModelBuilder({ quant: 'int8', inputQuant: { scale: 0.5, zeroPoint: -3 } });
    const x = mb.input([1, 8, 8, 3]);
    mb.output(mb.depthwiseConv2d(mb.conv2d(x, { filters: 5, kernel: 3 }), { kernel: 3 }));
    const m = read(mb);
    const [conv, dw] = m.subgraphs[0].operators;
    const w = input(m, conv, 1);
    const b = input(m, conv, 2);
    expect(input(m, conv, 0).quantization).toMatchObject({ scale: [0.5], zeroPoint: [-3] });
    expect(w.dtype).toBe('int8');
    expect(w.quantization!.scale).toHaveLength(5);
    expect(w.quantization!.zeroPoint).toEqual([0, 0, 0, 0, 0]);
    expect(w.quantization!.quantizedDimension).toBe(0);
    expect(b.dtype).toBe('int32');
    b.quantization!.scale.forEach((s, c) => expect(s).toBeCloseTo(0.5 * w.quantization!.scale[c], 9));
    expect(input(m, dw, 1).quantization!.quantizedDimension).toBe(3);
    // Weights fill the int8 range symmetrically.
    const values = new Int8Array(m.buffers[w.buffer].data!.slice().buffer);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-127);
  });

  test('int16x8: int16 activations with zero point 0, int8 weights, int64 bias', () => {
    const mb = new ModelBuilder({ quant: 'int16x8' });
    const x = mb.input([1, 4, 4, 2]);
    mb.output(mb.fullyConnected(mb.reshape(x, [1, 32]), { units: 3 }));
    const m = read(mb);
    const fc = m.subgraphs[0].operators[1];
    expect([input(m, fc, 0).dtype, input(m, fc, 1).dtype, input(m, fc, 2).dtype, out(m, fc).dtype]).toEqual([
      'int16',
      'int8',
      'int64',
      'int16',
    ]);
    expect(input(m, fc, 0).quantization!.zeroPoint).toEqual([0]);
  });

  test('fixed output ranges of softmax / logistic / tanh', () => {
    const mb = new ModelBuilder({ quant: 'int8' });
    const x = mb.input([1, 10]);
    mb.output(mb.softmax(x), mb.logistic(x), mb.tanh(x));
    const m = read(mb);
    const q = m.subgraphs[0].operators.map((o) => out(m, o).quantization);
    expect(q.map((p) => [p!.scale[0], p!.zeroPoint[0]])).toEqual([
      [1 / 256, -128],
      [1 / 256, -128],
      [1 / 128, 0],
    ]);
  });

  test('float edges: QUANTIZE in, DEQUANTIZE out', () => {
    const mb = new ModelBuilder({ quant: 'int8' });
    const x = mb.input([1, 4, 4, 2], { dtype: 'float32' });
    const q = mb.quantize(x);
    const y = mb.dequantize(mb.conv2d(q, { filters: 2, kernel: 1 }));
    mb.output(y);
    expect([x.dtype, q.dtype, y.dtype]).toEqual(['float32', 'int8', 'float32']);
    expect(x.quantization).toBeUndefined();
  });
});

describe('weights and determinism', () => {
  const build = (seed: number) => {
    const mb = new ModelBuilder({ quant: 'int8', seed });
    mb.output(mb.conv2d(mb.input([1, 8, 8, 4]), { filters: 8, kernel: 3 }));
    return mb.build();
  };

  test('the same seed gives the same bytes, another seed other weights', () => {
    expect(Buffer.from(build(3)).equals(Buffer.from(build(3)))).toBe(true);
    expect(Buffer.from(build(3)).equals(Buffer.from(build(4)))).toBe(false);
  });

  test('given weights and bias are stored as given; bias can be omitted', () => {
    const mb = new ModelBuilder({ quant: 'int8' });
    const x = mb.input([1, 2, 2, 2]);
    const y = mb.conv2d(x, { filters: 2, kernel: 1, weights: [1, -2, 3, -4], bias: [100, -100], weightScale: 0.1 });
    mb.output(mb.conv2d(y, { filters: 1, kernel: 1, weights: () => 7, bias: false }));
    const m = read(mb);
    const [a, b] = m.subgraphs[0].operators;
    expect(Array.from(new Int8Array(m.buffers[input(m, a, 1).buffer].data!.slice().buffer))).toEqual([1, -2, 3, -4]);
    expect(Array.from(new Int32Array(m.buffers[input(m, a, 2).buffer].data!.slice().buffer))).toEqual([100, -100]);
    expect(input(m, a, 1).quantization!.scale).toEqual([Math.fround(0.1)]);
    expect(b.inputs[2]).toBe(-1);
    expect(Array.from(m.buffers[input(m, b, 1).buffer].data!)).toEqual([7, 7]);
  });

  test('a wrong number of given values is an error', () => {
    const mb = new ModelBuilder();
    expect(() => mb.conv2d(mb.input([1, 2, 2, 2]), { filters: 2, kernel: 1, weights: [1, 2, 3] })).toThrow(
      /3 values given for a tensor of 4 elements/,
    );
  });
});

describe('escape hatch', () => {
  test('any tensor, any operator, arbitrary options, custom operators', () => {
    const mb = new ModelBuilder({ quant: 'int8' });
    const x = mb.input([1, 8, 8, 4]);
    const begin = mb.constant([4], 'int32', [0, 1, 1, 0]);
    const end = mb.constant([4], 'int32', [1, 7, 7, 4]);
    const strides = mb.constant([4], 'int32', [1, 2, 2, 1]);
    const sliced = mb.tensor({ shape: [1, 3, 3, 4], dtype: 'int8', quant: { scale: 1 / 64 }, name: 'sliced' });
    mb.op('STRIDED_SLICE', [x, begin, end, strides], [sliced], { options: { beginMask: 9, endMask: 9 }, version: 4 });
    const custom = mb.tensor({ shape: [1, 3, 3, 4], dtype: 'int8', quant: { scale: 1 / 64 } });
    mb.op('CUSTOM', [sliced, null], [custom], { customCode: 'ethos-u', customOptions: new Uint8Array([1, 2, 3]) });
    mb.output(custom);
    const m = read(mb);
    const [slice, cust] = m.subgraphs[0].operators;
    expect(slice.optionsType).toBe('StridedSliceOptions');
    expect(slice.options).toMatchObject({ beginMask: 9, endMask: 9, shrinkAxisMask: 0 });
    expect(m.operatorCodes[slice.opcodeIndex].version).toBe(4);
    expect(cust).toMatchObject({ type: 'CUSTOM', customCode: 'ethos-u', inputs: [sliced.index, -1] });
    expect(Array.from(cust.customOptions!)).toEqual([1, 2, 3]);
    expect(m.subgraphs[0].tensors[sliced.index].name).toBe('sliced');
  });

  test('a misspelt option field is an error, not a silent default', () => {
    const mb = new ModelBuilder();
    const x = mb.input([1, 4, 4, 2]);
    const y = mb.tensor({ shape: [1, 2, 2, 2], dtype: 'int8', quant: { scale: 1 / 64 } });
    mb.op('MAX_POOL_2D', [x], [y], { options: { stride: 2, filterWidth: 2, filterHeight: 2 } }).output(y);
    expect(() => mb.build()).toThrow(
      /operator 0 of subgraph 0: Pool2DOptions has no field "stride" \(fields: padding, strideW/,
    );
  });

  test('unknown operator types are refused', () => {
    expect(() => new ModelBuilder().op('NOT_AN_OP', [], [])).toThrow(/unknown builtin operator NOT_AN_OP/);
  });
});

describeShared('builder vs the shared synthetic suite', () => {
  interface Case {
    file: string;
    family: string;
    ops: string[];
    params: Record<string, unknown>;
    outputs: { shape: number[] }[];
  }
  const manifest = existsSync(join(sharedDir, 'synthetic/models/manifest.json'))
    ? (JSON.parse(readFileSync(join(sharedDir, 'synthetic/models/manifest.json'), 'utf8')) as { models: Case[] }).models
    : [];
  // Single windowed ops and FC with their geometry in the manifest: the builder must reproduce the file's
  // output shape and geometry options from the same parameters. Cases with over 300k weights only add time.
  const weightCount = (c: Case): number => {
    const p = c.params as { ifm: number[]; kernel?: number[]; units?: number; ofm_channels?: number };
    const depth = p.ifm[p.ifm.length - 1];
    if (c.ops[0] === 'FULLY_CONNECTED') return depth * (p.units ?? 0);
    return (p.kernel ?? [1, 1])[0] * (p.kernel ?? [1, 1])[1] * depth * (p.ofm_channels ?? 1);
  };
  const cases = manifest.filter(
    (c) =>
      c.ops.length === 1 &&
      ['CONV_2D', 'DEPTHWISE_CONV_2D', 'AVERAGE_POOL_2D', 'MAX_POOL_2D', 'FULLY_CONNECTED'].includes(c.ops[0]) &&
      Array.isArray(c.params.ifm) &&
      (c.ops[0] === 'FULLY_CONNECTED'
        ? typeof c.params.units === 'number'
        : Array.isArray(c.params.kernel) && typeof c.params.padding === 'string') &&
      weightCount(c) <= 300_000,
  );

  test('finds the cases', () => expect(cases.length).toBeGreaterThan(100));

  test.each(cases.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const p = c.params as {
      ifm: number[];
      kernel?: [number, number];
      stride?: [number, number];
      dilation?: [number, number];
      padding?: 'SAME' | 'VALID';
      ofm_channels?: number;
      depth_multiplier?: number;
      units?: number;
      keep_num_dims?: boolean;
    };
    const mb = new ModelBuilder({ quant: 'int8' });
    const x = mb.input(p.ifm.length === 3 && c.ops[0] !== 'FULLY_CONNECTED' ? [1, ...p.ifm] : p.ifm);
    const geometry = {
      stride: p.stride,
      padding: (p.padding ?? 'VALID').toLowerCase() as 'same' | 'valid',
    };
    const type = c.ops[0];
    const y =
      type === 'CONV_2D'
        ? mb.conv2d(x, { filters: p.ofm_channels!, kernel: p.kernel!, dilation: p.dilation, ...geometry })
        : type === 'DEPTHWISE_CONV_2D'
          ? mb.depthwiseConv2d(x, {
              kernel: p.kernel!,
              multiplier: p.depth_multiplier,
              dilation: p.dilation,
              ...geometry,
            })
          : type === 'FULLY_CONNECTED'
            ? mb.fullyConnected(x, { units: p.units!, keepNumDims: p.keep_num_dims })
            : type === 'AVERAGE_POOL_2D'
              ? mb.avgPool2d(x, { filter: p.kernel!, ...geometry })
              : mb.maxPool2d(x, { filter: p.kernel!, ...geometry });
    mb.output(y);
    expect(y.shape).toEqual(c.outputs[0].shape);
    const reference = readModel(readFileSync(join(sharedDir, 'synthetic/models', file)), { file });
    const refOp = reference.subgraphs[0].operators[0];
    const built = read(mb);
    const ours = built.subgraphs[0].operators[0];
    expect(ours.optionsType).toBe(refOp.optionsType);
    const pick = (o: Record<string, unknown> | null) =>
      Object.fromEntries(
        Object.entries(o ?? {}).filter(([k]) =>
          [
            'padding',
            'strideW',
            'strideH',
            'dilationWFactor',
            'dilationHFactor',
            'depthMultiplier',
            'filterWidth',
            'filterHeight',
            'keepNumDims',
          ].includes(k),
        ),
      );
    expect(pick(ours.options)).toEqual(pick(refOp.options));
    // Same tensor roles and shapes (weights, bias) as the reference file.
    const shapes = (m: Model, op: Operator) => op.inputs.map((i) => (i < 0 ? null : m.subgraphs[0].tensors[i].shape));
    expect(shapes(built, ours).slice(0, 2)).toEqual(shapes(reference, refOp).slice(0, 2));
  });
});

describeShared('builder vs the shared synthetic suite: transpose conv, slices, split', () => {
  interface Case {
    file: string;
    ops: string[];
    params: Record<string, unknown>;
    outputs: { shape: number[] }[];
  }
  const path = join(sharedDir, 'synthetic/models/manifest.json');
  const cases = (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { models: Case[] }).models : []).filter(
    (c) =>
      c.ops.length === 1 &&
      ['TRANSPOSE_CONV', 'STRIDED_SLICE', 'SLICE', 'SPLIT'].includes(c.ops[0]) &&
      Array.isArray(c.params.ifm),
  );

  test('finds the cases', () => expect(cases.length).toBeGreaterThanOrEqual(10));

  test.each(cases.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const p = c.params as Record<string, never>;
    const mb = new ModelBuilder({ quant: 'int8' });
    const x = mb.input(p.ifm);
    let outs: { shape: readonly number[] }[];
    switch (c.ops[0]) {
      case 'TRANSPOSE_CONV':
        outs = [
          mb.transposeConv(x, {
            filters: (p.ofm as number[])[3],
            kernel: p.kernel,
            stride: p.stride,
            padding: (p.padding as string).toLowerCase() as 'same' | 'valid',
            bias: p.bias ? undefined : false,
          }),
        ];
        break;
      case 'STRIDED_SLICE':
        outs = [mb.stridedSlice(x, p.begin, p.end, p.strides, { endMask: p.end_mask ?? 0 })];
        break;
      case 'SLICE':
        outs = [mb.slice(x, p.begin, p.size)];
        break;
      default:
        outs = mb.split(x, p.axis, p.num_splits);
    }
    mb.output(...(outs as never[]));
    expect(outs.map((o) => o.shape)).toEqual(c.outputs.map((o) => o.shape));
    // Same operand layout as the reference file: input count and every operand's shape.
    const reference = readModel(readFileSync(join(sharedDir, 'synthetic/models', file)), { file });
    const built = read(mb);
    const shapes = (m: Model) =>
      m.subgraphs[0].operators[0].inputs.map((i) => (i < 0 ? null : m.subgraphs[0].tensors[i].shape));
    expect(shapes(built)).toEqual(shapes(reference));
    expect(built.subgraphs[0].operators[0].optionsType).toBe(reference.subgraphs[0].operators[0].optionsType);
  });
});
