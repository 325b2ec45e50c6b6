// One placement rule at a time, with models on both sides of each boundary (built as IR, since
// checkPlacement reads only the IR). The limits are Vela 5.1.0's; the golden test checks the same
// rules on real models against Vela's own answers.
import { checkPlacement, SUPPORTED_OPS } from '../../src/compat/index.js';
import type { DType, Model } from '../../src/graph/types.js';
import { PADDING_SAME, PADDING_VALID } from '../../src/graph/types.js';
import type { OperatorResult } from '../../src/report/types.js';
import type { TargetProfile } from '../../src/targets/types.js';
import { buildModel, U55, U65, U85 } from './ir.js';
import type { TensorSpec } from './ir.js';

const first = (m: Model, t: TargetProfile): OperatorResult => checkPlacement(m, t)[0];
const rule = (m: Model, t: TargetProfile): string | null => first(m, t).reasons.at(-1)?.rule ?? null;

const outSize = (inp: number, k: number, s: number, d: number, same: boolean) =>
  same ? Math.ceil(inp / s) : Math.floor((inp - (d * (k - 1) + 1)) / s) + 1;

interface ConvSpec {
  type?: 'CONV_2D' | 'DEPTHWISE_CONV_2D';
  ifm?: number[];
  kernel?: [number, number];
  stride?: [number, number];
  dilation?: [number, number];
  padding?: number;
  outChannels?: number;
  weights?: (n: number) => number[];
  weightZp?: number;
  dtype?: DType;
  act?: number;
  bias?: TensorSpec | null;
}

function conv(spec: ConvSpec = {}): Model {
  const type = spec.type ?? 'CONV_2D';
  const [n, h, w, c] = spec.ifm ?? [1, 16, 16, 8];
  const [kh, kw] = spec.kernel ?? [3, 3];
  const [sh, sw] = spec.stride ?? [1, 1];
  const [dh, dw] = spec.dilation ?? [1, 1];
  const same = (spec.padding ?? PADDING_SAME) === PADDING_SAME;
  const oc = type === 'DEPTHWISE_CONV_2D' ? c : (spec.outChannels ?? 8);
  const wShape = type === 'DEPTHWISE_CONV_2D' ? [1, kh, kw, oc] : [oc, kh, kw, c];
  const count = wShape.reduce((a, d) => a * d, 1);
  const dtype = spec.dtype ?? 'int8';
  const tensors: TensorSpec[] = [
    { shape: [n, h, w, c], dtype },
    {
      shape: wShape,
      values: spec.weights ? spec.weights(count) : Array(count).fill(1),
      quant: [0.01, spec.weightZp ?? 0],
    },
    spec.bias === undefined
      ? { shape: [oc], dtype: dtype === 'int16' ? 'int64' : 'int32', values: Array(oc).fill(0), quant: [0.0005, 0] }
      : (spec.bias ?? { shape: [oc], dtype: 'int32', values: Array(oc).fill(0) }),
    { shape: [n, outSize(h, kh, sh, dh, same), outSize(w, kw, sw, dw, same), oc], dtype },
  ];
  const options = {
    padding: spec.padding ?? PADDING_SAME,
    strideW: sw,
    strideH: sh,
    dilationWFactor: dw,
    dilationHFactor: dh,
    fusedActivationFunction: spec.act ?? 0,
    ...(type === 'DEPTHWISE_CONV_2D' ? { depthMultiplier: 1 } : {}),
  };
  return buildModel(tensors, [
    {
      type,
      inputs: [0, 1, 2],
      outputs: [3],
      optionsType: type === 'CONV_2D' ? 'Conv2DOptions' : 'DepthwiseConv2DOptions',
      options,
    },
  ]);
}

function pool(
  type: 'AVERAGE_POOL_2D' | 'MAX_POOL_2D',
  ifm: number[],
  k: [number, number],
  padding: number,
  stride: [number, number] = [1, 1],
): Model {
  const [n, h, w, c] = ifm;
  const same = padding === PADDING_SAME;
  return buildModel(
    [{ shape: ifm }, { shape: [n, outSize(h, k[0], stride[0], 1, same), outSize(w, k[1], stride[1], 1, same), c] }],
    [
      {
        type,
        inputs: [0],
        outputs: [1],
        optionsType: 'Pool2DOptions',
        options: {
          padding,
          strideW: stride[1],
          strideH: stride[0],
          filterHeight: k[0],
          filterWidth: k[1],
          fusedActivationFunction: 0,
        },
      },
    ],
  );
}

/** A binary elementwise operator on same-shape tensors. */
function binary(type: string, dtype: DType, opts: { act?: number; quant?: TensorSpec['quant'][] } = {}): Model {
  const q = opts.quant ?? [];
  return buildModel(
    [
      { shape: [1, 8, 8, 4], dtype, quant: q[0] },
      { shape: [1, 8, 8, 4], dtype, quant: q[1] },
      { shape: [1, 8, 8, 4], dtype, quant: q[2] },
    ],
    [
      {
        type,
        inputs: [0, 1],
        outputs: [2],
        optionsType: { ADD: 'AddOptions', MUL: 'MulOptions', SUB: 'SubOptions' }[type],
        options: { fusedActivationFunction: opts.act ?? 0 },
      },
    ],
  );
}

function unary(
  type: string,
  ifm: TensorSpec,
  ofm: TensorSpec,
  optionsType?: string,
  options?: Record<string, unknown>,
  params?: TensorSpec[],
): Model {
  const tensors = [ifm, ofm, ...(params ?? [])];
  const inputs = [0, ...(params ?? []).map((_, i) => 2 + i)];
  return buildModel(tensors, [{ type, inputs, outputs: [1], optionsType, options }]);
}

describe('supported operator sets', () => {
  test('53 TFLite operators on Ethos-U55/U65, 70 on Ethos-U85 (a superset)', () => {
    expect(SUPPORTED_OPS.u55.size).toBe(53);
    expect(SUPPORTED_OPS.u85.size).toBe(70);
    for (const t of SUPPORTED_OPS.u55) expect(SUPPORTED_OPS.u85.has(t)).toBe(true);
  });
  test('an operator outside the target set goes to the CPU as op.unsupported', () => {
    const m = unary('DEQUANTIZE', { shape: [1, 4] }, { shape: [1, 4], dtype: 'float32', quant: null });
    for (const t of [U55, U65, U85]) expect(rule(m, t)).toBe('op.unsupported');
  });
  test('comparisons and GATHER exist only on the U85', () => {
    const m = binary('GREATER', 'int8');
    expect(rule(m, U55)).toBe('op.unsupported');
    expect(first(m, U85).placement).toBe('NPU');
  });
});

describe('generic constraints', () => {
  test('float32 feature maps are never supported, with a hint to quantize', () => {
    const m = binary('ADD', 'float32', { quant: [null, null, null] });
    for (const t of [U55, U65, U85]) {
      const r = first(m, t);
      expect(r.placement).toBe('CPU');
      expect(r.reasons[0].rule).toBe('generic.dtype');
      expect(r.reasons[0].message).toMatch(/FLOAT32 input .* quantize the model to int8/);
    }
  });
  test('int8 ADD runs on the NPU', () => {
    for (const t of [U55, U65, U85])
      expect(first(binary('ADD', 'int8'), t)).toMatchObject({ placement: 'NPU', reasons: [] });
  });
  test('a quantized tensor is required for feature maps (RESHAPE without quantization)', () => {
    const m = unary(
      'RESHAPE',
      { shape: [1, 4, 4], quant: null },
      { shape: [1, 16], quant: null },
      undefined,
      undefined,
      [{ shape: [2], dtype: 'int32', values: [1, 16], quant: null }],
    );
    expect(rule(m, U55)).toBe('generic.quantization');
    const ok = unary('RESHAPE', { shape: [1, 4, 4] }, { shape: [1, 16] }, undefined, undefined, [
      { shape: [2], dtype: 'int32', values: [1, 16], quant: null },
    ]);
    expect(first(ok, U55).placement).toBe('NPU');
  });
  test('a dynamic batch axis becomes 1; any other dynamic axis sends the operator to the CPU', () => {
    const batch = binary('ADD', 'int8');
    batch.subgraphs[0].tensors.forEach((t) => (t.shapeSignature = [-1, 8, 8, 4]));
    expect(first(batch, U55).placement).toBe('NPU');
    const inner = binary('ADD', 'int8');
    inner.subgraphs[0].tensors.forEach((t) => (t.shapeSignature = [1, -1, 8, 4]));
    expect(rule(inner, U55)).toBe('generic.dynamic-shape');
    expect(first(inner, U55).reasons[0].message).toMatch(/axis 1/);
  });
  test('a non-constant scalar tensor has no shape for the NPU', () => {
    const m = buildModel(
      [{ shape: [1, 8] }, { shape: [] }, { shape: [1, 8] }],
      [
        {
          type: 'MUL',
          inputs: [0, 1],
          outputs: [2],
          optionsType: 'MulOptions',
          options: { fusedActivationFunction: 0 },
        },
      ],
    );
    expect(rule(m, U85)).toBe('generic.shape');
    // The same scalar as a constant is fine.
    const c = buildModel(
      [{ shape: [1, 8] }, { shape: [], values: [3] }, { shape: [1, 8] }],
      [
        {
          type: 'MUL',
          inputs: [0, 1],
          outputs: [2],
          optionsType: 'MulOptions',
          options: { fusedActivationFunction: 0 },
        },
      ],
    );
    expect(first(c, U85).placement).toBe('NPU');
  });
  test('per-axis quantization only on convolutions and fully connected layers', () => {
    const perAxis = { scale: [0.1, 0.2], zeroPoint: [0, 0], dim: 3 };
    expect(rule(binary('ADD', 'int8', { quant: [perAxis, undefined, undefined] }), U85)).toBe('generic.per-axis');
    const w = conv();
    w.subgraphs[0].tensors[1].quantization = {
      scale: Array(8).fill(0.01),
      zeroPoint: Array(8).fill(0),
      quantizedDimension: 0,
    };
    expect(first(w, U85).placement).toBe('NPU');
  });
});

describe('U55/U65 data types and zero points', () => {
  test('32-bit feature maps: ADD accepts them, CONCATENATION does not (the U85 takes both)', () => {
    expect(first(binary('ADD', 'int32', { quant: [null, null, null] }), U55).placement).toBe('NPU');
    const concat = buildModel(
      [
        { shape: [1, 4], dtype: 'int32', quant: null },
        { shape: [1, 4], dtype: 'int32', quant: null },
        { shape: [1, 8], dtype: 'int32', quant: null },
      ],
      [
        {
          type: 'CONCATENATION',
          inputs: [0, 1],
          outputs: [2],
          optionsType: 'ConcatenationOptions',
          options: { axis: 1, fusedActivationFunction: 0 },
        },
      ],
    );
    expect(rule(concat, U55)).toBe('u55.32bit');
    expect(rule(concat, U65)).toBe('u55.32bit');
    expect(first(concat, U85).placement).toBe('NPU');
  });
  test('unsigned feature maps need a non-negative zero point on U55', () => {
    expect(
      first(
        binary('ADD', 'uint8', {
          quant: [
            [0.1, 0],
            [0.1, 0],
            [0.1, 0],
          ],
        }),
        U55,
      ).placement,
    ).toBe('NPU');
    expect(
      rule(
        binary('ADD', 'uint8', {
          quant: [
            [0.1, -1],
            [0.1, 0],
            [0.1, 0],
          ],
        }),
        U55,
      ),
    ).toBe('u55.zero-point');
  });
  test('U85: int8 zero points must lie in -128..127', () => {
    expect(
      first(
        binary('ADD', 'int8', {
          quant: [
            [0.1, -128],
            [0.1, 0],
            [0.1, 127],
          ],
        }),
        U85,
      ).placement,
    ).toBe('NPU');
    const r = first(
      binary('ADD', 'int8', {
        quant: [
          [0.1, -129],
          [0.1, 0],
          [0.1, 0],
        ],
      }),
      U85,
    );
    expect(r.reasons[0].rule).toBe('u85.zero-point');
    expect(r.reasons[0].message).toMatch(/zero point -129; the NPU accepts -128\.\.127/);
  });
  test('int16 output zero point outside -128..127 is rejected on U85 only', () => {
    const m = binary('ADD', 'int16', {
      quant: [
        [0.1, 0],
        [0.1, 0],
        [0.1, -200],
      ],
    });
    expect(rule(m, U85)).toBe('u85.zero-point');
  });
});

describe('fused activations share the fate of their operator', () => {
  test('int32 ADD with a fused RELU: U55 rejects the 32-bit RELU and drags the ADD to the CPU', () => {
    const m = binary('ADD', 'int32', { act: 1, quant: [null, null, null] });
    const r = first(m, U55);
    expect(r.placement).toBe('CPU');
    expect(r.reasons.map((x) => x.rule)).toEqual(['activation.dragged', 'u55.32bit']);
    expect(r.reasons[1].message).toMatch(/^fused RELU:/);
    // Without the activation the same ADD runs on the NPU.
    expect(first(binary('ADD', 'int32', { quant: [null, null, null] }), U55).placement).toBe('NPU');
  });
  test('SIGN_BIT is never an NPU activation', () => {
    expect(rule(binary('ADD', 'int8', { act: 5 }), U85)).toBe('op.unsupported');
    expect(first(binary('ADD', 'int8', { act: 5 }), U85).reasons[0].rule).toBe('activation.dragged');
  });
  test('a failing operator reports its own reason even when the activation also fails', () => {
    const m = binary('ADD', 'float32', { act: 1, quant: [null, null, null] });
    expect(first(m, U55).reasons.map((x) => x.rule)).toEqual(['generic.dtype']);
  });
});

describe('convolution stride, weights and bias', () => {
  test('U55 Conv2D stride 3 runs; stride 4 with SAME padding does not; stride 4 VALID is unrolled', () => {
    expect(first(conv({ stride: [3, 3] }), U55).placement).toBe('NPU');
    const r = first(conv({ stride: [4, 4], ifm: [1, 17, 17, 8] }), U55);
    expect(r.reasons[0].rule).toBe('u55.conv2d.stride');
    expect(r.reasons[0].message).toMatch(/stride 4x4 exceeds 3/);
    expect(first(conv({ stride: [4, 4], padding: PADDING_VALID, ifm: [1, 17, 17, 8] }), U55).placement).toBe('NPU');
    // A dilated kernel cannot be unrolled.
    expect(rule(conv({ stride: [4, 4], padding: PADDING_VALID, dilation: [2, 2], ifm: [1, 33, 33, 8] }), U55)).toBe(
      'u55.conv2d.stride',
    );
    // SAME padding that pads nothing counts as VALID.
    expect(first(conv({ stride: [4, 4], kernel: [4, 4], ifm: [1, 16, 16, 8] }), U55).placement).toBe('NPU');
    expect(first(conv({ stride: [4, 4], ifm: [1, 17, 17, 8] }), U85).placement).toBe('NPU');
  });
  test('U55 depthwise stride 3 vs 4', () => {
    expect(first(conv({ type: 'DEPTHWISE_CONV_2D', stride: [3, 3] }), U55).placement).toBe('NPU');
    expect(rule(conv({ type: 'DEPTHWISE_CONV_2D', stride: [4, 4], padding: PADDING_VALID }), U55)).toBe(
      'u55.depthwiseconv2d.stride',
    );
  });
  test('weight sum per output channel: 127 * 2^16 passes, one more fails', () => {
    // One output channel of 1x1 weights: 65536 weights of 127 sum to exactly 127 * 2^16 = 8323072.
    const sum = (count: number, last: number) =>
      conv({
        ifm: [1, 1, 1, count],
        kernel: [1, 1],
        outChannels: 1,
        weights: (n) => Array.from({ length: n }, (_, i) => (i === n - 1 ? last : 127)),
      });
    expect(first(sum(65536, 127), U55).placement).toBe('NPU');
    const r = first(sum(65537, 1), U55);
    expect(r.reasons[0].rule).toBe('weights.sum');
    expect(r.reasons[0].message).toMatch(/8323073, above the limit of 8323072/);
  });
  test('the weight zero point is subtracted before summing', () => {
    const m = conv({
      ifm: [1, 1, 1, 65537],
      kernel: [1, 1],
      outChannels: 1,
      weightZp: 1,
      weights: (n) => Array(n).fill(127),
    });
    expect(first(m, U55).placement).toBe('NPU'); // 65537 x 126 < 127 x 2^16
  });
  test('U55 int64 bias up to 2^40 - 1', () => {
    const withBias = (v: number) =>
      conv({
        dtype: 'int16',
        bias: { shape: [8], dtype: 'int64', values: [v, 0, 0, 0, 0, 0, 0, 0], quant: [0.0005, 0] },
      });
    const m16 = (m: Model) => {
      m.subgraphs[0].tensors[0].quantization!.zeroPoint = [0];
      return m;
    };
    expect(first(m16(withBias(2 ** 40 - 1)), U55).placement).toBe('NPU');
    expect(rule(m16(withBias(2 ** 40)), U55)).toBe('bias.range');
    expect(first(m16(withBias(2 ** 40)), U85).placement).toBe('NPU');
  });
  test('bias must be INT32 or INT64 and constant', () => {
    expect(rule(conv({ bias: { shape: [8], dtype: 'int16', values: Array(8).fill(0) } }), U85)).toBe('bias.dtype');
    expect(rule(conv({ bias: { shape: [8], dtype: 'int32' } }), U85)).toBe('bias.constant');
  });
});

describe('pooling kernels', () => {
  test('average pool with SAME padding: kernel 8 passes, 9 fails', () => {
    expect(first(pool('AVERAGE_POOL_2D', [1, 16, 16, 4], [8, 8], PADDING_SAME), U55).placement).toBe('NPU');
    const r = first(pool('AVERAGE_POOL_2D', [1, 16, 16, 4], [8, 9], PADDING_SAME), U85);
    expect(r.reasons[0].rule).toBe('averagepool2d.kernel');
    expect(r.reasons[0].message).toMatch(/kernel width 9/);
  });
  test('average pool VALID: height 256 passes, 257 fails', () => {
    expect(first(pool('AVERAGE_POOL_2D', [1, 256, 1, 4], [256, 1], PADDING_VALID), U55).placement).toBe('NPU');
    expect(rule(pool('AVERAGE_POOL_2D', [1, 257, 1, 4], [257, 1], PADDING_VALID), U55)).toBe('averagepool2d.kernel');
  });
  test('max pool area 65536 passes, 65537 fails', () => {
    expect(first(pool('MAX_POOL_2D', [1, 256, 256, 1], [256, 256], PADDING_VALID), U55).placement).toBe('NPU');
    const r = first(pool('MAX_POOL_2D', [1, 1, 65537, 1], [1, 65537], PADDING_VALID), U55);
    expect(r.reasons[0]).toEqual({ rule: 'maxpool2d.kernel', message: 'kernel area 65537x1 = 65537 exceeds 65536' });
  });
});

describe('operator-specific limits', () => {
  test('SOFTMAX: width x height 65536 passes, 65537 fails', () => {
    const sm = (w: number) =>
      unary('SOFTMAX', { shape: [1, 1, w, 2] }, { shape: [1, 1, w, 2], quant: [1 / 256, -128] }, 'SoftmaxOptions', {
        beta: 1,
      });
    expect(first(sm(65536), U55).placement).toBe('NPU');
    expect(rule(sm(65537), U55)).toBe('softmax.size');
  });
  test('MEAN over int16: 65536 reduced elements pass, more fail; reduced axis 4096 passes, 4097 fails', () => {
    const mean = (h: number, w: number, dtype: DType = 'int16') =>
      unary(
        'MEAN',
        { shape: [1, h, w, 4], dtype, quant: [0.1, 0] },
        { shape: [1, 1, 1, 4], dtype, quant: [0.1, 0] },
        'ReducerOptions',
        { keepDims: true },
        [{ shape: [2], dtype: 'int32', values: [1, 2], quant: null }],
      );
    expect(first(mean(256, 256), U85).placement).toBe('NPU');
    expect(rule(mean(1, 65537), U85)).toBe('mean.axis-size');
    expect(first(mean(1, 4096, 'int8'), U85).placement).toBe('NPU');
    expect(rule(mean(1, 4097, 'int8'), U85)).toBe('mean.axis-size');
    expect(rule(mean(257, 256), U85)).toBe('mean.elements');
  });
  test('U55 ARG_MAX: depth 127 passes, 128 fails', () => {
    const am = (d: number) =>
      unary(
        'ARG_MAX',
        { shape: [1, 4, d] },
        { shape: [1, 4], dtype: 'int32', quant: null },
        'ArgMaxOptions',
        { outputType: 2 },
        [{ shape: [1], dtype: 'int32', values: [2], quant: null }],
      );
    expect(first(am(127), U55).placement).toBe('NPU');
    expect(rule(am(128), U55)).toBe('u55.argmax.depth');
  });
  test('U55 resize: scale 2 passes, 3 fails; U85 bilinear needs a power of two', () => {
    const rs = (s: number) =>
      unary(
        'RESIZE_BILINEAR',
        { shape: [1, 8, 8, 4] },
        { shape: [1, 8 * s, 8 * s, 4] },
        'ResizeBilinearOptions',
        { alignCorners: false, halfPixelCenters: false },
        [{ shape: [2], dtype: 'int32', values: [8 * s, 8 * s], quant: null }],
      );
    expect(first(rs(2), U55).placement).toBe('NPU');
    expect(rule(rs(3), U55)).toBe('u55.resizebilinear.scale');
    expect(rule(rs(3), U85)).toBe('u85.resizebilinear.scale');
    expect(first(rs(16), U85).placement).toBe('NPU');
    expect(rule(rs(16), U55)).toBe('u55.resizebilinear.scale');
  });
  test('U55 TRANSPOSE_CONV: stride 2x2 passes, 3x3 fails', () => {
    const tc = (s: number) =>
      buildModel(
        [
          { shape: [4], dtype: 'int32', values: [1, 8 * s, 8 * s, 4], quant: null },
          { shape: [4, 3, 3, 4], values: Array(144).fill(1), quant: [0.01, 0] },
          { shape: [1, 8, 8, 4] },
          { shape: [1, 8 * s, 8 * s, 4] },
        ],
        [
          {
            type: 'TRANSPOSE_CONV',
            inputs: [0, 1, 2],
            outputs: [3],
            optionsType: 'TransposeConvOptions',
            options: { padding: PADDING_SAME, strideW: s, strideH: s, fusedActivationFunction: 0 },
          },
        ],
      );
    expect(first(tc(2), U55).placement).toBe('NPU');
    expect(rule(tc(3), U55)).toBe('u55.transposeconv.stride');
    expect(first(tc(3), U85).placement).toBe('NPU');
  });
  test('U55 BATCH_MATMUL needs int8 inputs', () => {
    expect(first(binary('BATCH_MATMUL', 'int8'), U55).placement).toBe('NPU');
    const m = binary('BATCH_MATMUL', 'int16', {
      quant: [
        [0.1, 0],
        [0.1, 0],
        [0.1, 0],
      ],
    });
    expect(rule(m, U55)).toBe('u55.batchmatmul.dtype');
    expect(first(m, U85).placement).toBe('NPU');
  });
  test('U85 GATHER: axis must equal batch_dims', () => {
    const g = (axis: number) =>
      buildModel(
        [
          { shape: [4, 6] },
          { shape: [3], dtype: 'int32', values: [0, 1, 2], quant: null },
          { shape: axis === 0 ? [3, 6] : [4, 3] },
        ],
        [
          {
            type: 'GATHER',
            inputs: [0, 1],
            outputs: [2],
            optionsType: 'GatherOptions',
            options: { axis, batchDims: 0 },
          },
        ],
      );
    expect(first(g(0), U85).placement).toBe('NPU');
    expect(rule(g(1), U85)).toBe('u85.gather.axis');
  });
  test('STRIDED_SLICE with a negative stride is rejected', () => {
    const ss = (stride: number) =>
      unary(
        'STRIDED_SLICE',
        { shape: [1, 8, 8, 4] },
        { shape: [1, 8, 8, 4] },
        'StridedSliceOptions',
        { beginMask: 15, endMask: 15 },
        [
          { shape: [4], dtype: 'int32', values: [0, 0, 0, 0], quant: null },
          { shape: [4], dtype: 'int32', values: [1, 8, 8, 4], quant: null },
          { shape: [4], dtype: 'int32', values: [1, 1, stride, 1], quant: null },
        ],
      );
    expect(first(ss(1), U55).placement).toBe('NPU');
    expect(rule(ss(-1), U55)).toBe('stridedslice.negative-stride');
  });
  test('MAXIMUM needs identical quantization on inputs and output', () => {
    expect(first(binary('MAXIMUM', 'int8'), U55).placement).toBe('NPU');
    expect(
      rule(
        binary('MAXIMUM', 'int8', {
          quant: [
            [0.1, 0],
            [0.2, 0],
            [0.1, 0],
          ],
        }),
        U55,
      ),
    ).toBe('maximum.quantization');
  });
});

describe('TFLite semantics Vela enforces before compiling', () => {
  test('a CONCATENATION whose inputs do not add up is placed on the CPU as a rejected model', () => {
    const m = buildModel(
      [{ shape: [1, 4] }, { shape: [1, 4] }, { shape: [1, 9] }],
      [
        {
          type: 'CONCATENATION',
          inputs: [0, 1],
          outputs: [2],
          optionsType: 'ConcatenationOptions',
          options: { axis: 1, fusedActivationFunction: 0 },
        },
      ],
    );
    for (const t of [U55, U85]) {
      const r = first(m, t);
      expect(r.placement).toBe('CPU');
      expect(r.reasons[0].rule).toBe('semantics.concat-shape');
      expect(r.reasons[0].message).toMatch(/rejects the whole model/);
    }
  });
  test('HARD_SWISH with int16 input is invalid for Vela', () => {
    const m = unary(
      'HARD_SWISH',
      { shape: [1, 8], dtype: 'int16', quant: [0.1, 0] },
      { shape: [1, 8], dtype: 'int16', quant: [0.1, 0] },
    );
    expect(rule(m, U85)).toBe('semantics.input-dtype');
  });
  test('a RESHAPE that changes the element count is invalid', () => {
    const m = unary('RESHAPE', { shape: [1, 4, 4] }, { shape: [1, 15] }, undefined, undefined, [
      { shape: [2], dtype: 'int32', values: [1, 15], quant: null },
    ]);
    expect(rule(m, U55)).toBe('semantics.reshape-elements');
  });
});

describe('every operator of every subgraph is reported, in model order', () => {
  test('results follow the operator list', () => {
    const m = buildModel(
      [{ shape: [1, 8] }, { shape: [1, 8] }, { shape: [1, 8], dtype: 'float32', quant: null }],
      [
        { type: 'RELU', inputs: [0], outputs: [1] },
        { type: 'DEQUANTIZE', inputs: [1], outputs: [2] },
      ],
    );
    const res = checkPlacement(m, U55);
    expect(res.map((r) => [r.index, r.type, r.placement, r.name])).toEqual([
      [0, 'RELU', 'NPU', 't1'],
      [1, 'DEQUANTIZE', 'CPU', 't2'],
    ]);
  });
});

describe('SPACE_TO_BATCH_ND -> convolution -> BATCH_TO_SPACE_ND is folded into a dilated convolution', () => {
  // TensorFlow's old spelling of a 3x3 convolution with dilation 2 and SAME padding on a 16x16 input.
  const pattern = (constantBias: boolean) =>
    buildModel(
      [
        { shape: [1, 16, 16, 4] },
        { shape: [2], dtype: 'int32', values: [2, 2], quant: null },
        { shape: [2, 2], dtype: 'int32', values: [2, 2, 2, 2], quant: null },
        { shape: [4, 10, 10, 4] },
        { shape: [8, 3, 3, 4], values: Array(288).fill(1), quant: [0.01, 0] },
        constantBias
          ? { shape: [8], dtype: 'int32', values: Array(8).fill(0), quant: [0.0005, 0] }
          : { shape: [8], dtype: 'int32' },
        { shape: [4, 8, 8, 8] },
        { shape: [2, 2], dtype: 'int32', values: [0, 0, 0, 0], quant: null },
        { shape: [1, 16, 16, 8] },
      ],
      [
        { type: 'SPACE_TO_BATCH_ND', inputs: [0, 1, 2], outputs: [3] },
        {
          type: 'CONV_2D',
          inputs: [3, 4, 5],
          outputs: [6],
          optionsType: 'Conv2DOptions',
          options: {
            padding: PADDING_VALID,
            strideW: 1,
            strideH: 1,
            dilationWFactor: 1,
            dilationHFactor: 1,
            fusedActivationFunction: 0,
          },
        },
        { type: 'BATCH_TO_SPACE_ND', inputs: [6, 1, 7], outputs: [8] },
      ],
    );
  test('all three run on the NPU when the dilated convolution passes', () => {
    for (const t of [U55, U85])
      expect(checkPlacement(pattern(true), t).map((r) => r.placement)).toEqual(['NPU', 'NPU', 'NPU']);
  });
  test('otherwise the reshuffling operators stay on the CPU', () => {
    const res = checkPlacement(pattern(false), U55);
    expect(res.map((r) => [r.placement, r.reasons[0]?.rule])).toEqual([
      ['CPU', 'op.unsupported'],
      ['CPU', 'bias.constant'],
      ['CPU', 'op.unsupported'],
    ]);
  });
});
