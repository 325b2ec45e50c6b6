// Strides above 3 (the hardware's limit) against Vela 5.1.0 on the synthetic conformance models: Vela
// unrolls an unpadded, undilated convolution or pool into one operation per output element, and on U85
// splits the rest per kernel element (each with that element's weights) or per dilation phase.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readModel } from '../../src/tflite/read.js';
import { lowerSubgraph, type OfmBlockOf } from '../../src/perf/lower/index.js';
import { sharedLowering } from '../../src/perf/shared-lowering.js';
import { describeShared, sharedDir } from '../helpers/shared.js';
import { estimateWithRefPlacement, quantile, readRef, relErr, sramError, syntheticModel } from './reference.js';

interface ManifestEntry {
  vref_name: string;
  params?: { stride?: number[] };
}

const TARGETS = ['ethos-u55-128', 'ethos-u55-256', 'ethos-u65-512', 'ethos-u85-256', 'ethos-u85-1024'];

/** Synthetic cases with a stride above 3, from the suite's manifest. */
function largeStrideCases(): string[] {
  const path = join(sharedDir, 'synthetic/models/manifest.json');
  if (!existsSync(path)) return [];
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { models: ManifestEntry[] };
  return manifest.models.filter((e) => (e.params?.stride ?? []).some((s) => s > 3)).map((e) => e.vref_name);
}

describeShared('strides above 3 vs Vela 5.1.0 (synthetic)', () => {
  const pairs = largeStrideCases().flatMap((name) =>
    TARGETS.flatMap((target) => {
      const ref = readRef(join(sharedDir, 'synthetic/vela-ref', name, `${target}.json`));
      // Only where Vela runs the strided operator on the NPU.
      return ref && ref.summary.npu_cycles > 0 ? [{ name, target, ref }] : [];
    }),
  );
  const estimates = new Map(
    pairs.map((p) => [`${p.name} ${p.target}`, estimateWithRefPlacement(syntheticModel(p.name), p.ref)]),
  );
  const errors = new Map(
    pairs.map((p) => [
      `${p.name} ${p.target}`,
      relErr(estimates.get(`${p.name} ${p.target}`)!.summary.totalCycles, p.ref.summary.total_cycles),
    ]),
  );
  const sramErrors = new Map(
    pairs.map((p) => [`${p.name} ${p.target}`, sramError(estimates.get(`${p.name} ${p.target}`)!, p.ref)]),
  );

  test('the suite has strided cases on every target family', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    for (const family of ['u55', 'u65', 'u85']) expect(pairs.some((p) => p.target.includes(family))).toBe(true);
  });

  test('total cycles: median within 1%, p90 within 1%, every pair within 30%', () => {
    const all = [...errors.values()];
    expect(quantile(all, 0.5)).toBeLessThanOrEqual(0.01);
    expect(quantile(all, 0.9)).toBeLessThanOrEqual(0.01);
    const worst = [...errors].filter(([, e]) => e > 0.3);
    expect(worst).toEqual([]);
  });

  // Each of the unrolled operations buffers the weights they share whole, without weighing the copy against
  // the reads (regor's AdjacentWeightConsumers): 15-32% under on U65/U85 while they read them in place.
  test.each([
    ['conv2d__k4_s4_valid', 'ethos-u65-512'],
    ['conv2d__k4_s4_valid', 'ethos-u85-256'],
    ['conv2d__k4_s4_valid', 'ethos-u85-1024'],
  ])("%s on %s: Vela's total cycles", (name, target) => {
    expect(errors.get(`${name} ${target}`)).toBeLessThanOrEqual(0.005);
  });

  test.each([
    ['pool__max_k3_s4_valid', 'ethos-u55-128'],
    ['pool__avg_k3_s4_same', 'ethos-u65-512'],
    ['pool__avg_k3_s4_valid', 'ethos-u85-256'],
    ['depthwise_conv2d__k3_s4_same', 'ethos-u85-256'],
    ['depthwise_conv2d__k3_s4_valid', 'ethos-u85-1024'],
    ['conv2d__k5_s4_same_pad', 'ethos-u85-256'],
    ['conv2d__k5_s4_same_pad', 'ethos-u85-1024'],
  ])("%s on %s: Vela's total cycles", (name, target) => {
    expect(errors.get(`${name} ${target}`)).toBeLessThanOrEqual(0.005);
  });

  // Split per kernel element on U85, each operation is costed over the input slice from its element's offset on
  // (regor's DecomposeForStrides keeps the slice and steps it by the stride), not over the elements it takes:
  // 5-8% under on a 33x33 input, whose IFM blocks and reads were priced as 9x9.
  test.each([
    ['conv2d__k3_s4_same_pad_33', 'ethos-u85-256'],
    ['conv2d__k3_s4_same_pad_33', 'ethos-u85-1024'],
    ['conv2d__k3_s1x4_same', 'ethos-u85-1024'],
  ])("%s on %s: Vela's total cycles, exactly", (name, target) => {
    expect(errors.get(`${name} ${target}`)).toBe(0);
  });

  // A U85 convolution split per kernel element whose output does not fit the OFM block of its 1x1 version's block
  // config is first split into such blocks (regor's DecomposeBlocks), each with its own input slice and its own copy
  // of the weights. On U85-256 the 32 output rows of k3_s1x4_same are two blocks of 16: as one, the estimate had
  // 35% less than Vela's NPU cycles and half its encoded weights.
  test("conv2d__k3_s1x4_same on ethos-u85-256: Vela's NPU cycles and encoded weights, exactly", () => {
    const key = 'conv2d__k3_s1x4_same ethos-u85-256';
    const ref = pairs.find((p) => `${p.name} ${p.target}` === key)!.ref;
    const { summary } = estimates.get(key)!;
    expect(summary.npuCycles).toBe(ref.summary.npu_cycles);
    expect(summary.weightsEncodedBytes).toBe(ref.summary.weights_npu_encoded_bytes);
    expect(errors.get(key)).toBe(0);
  });

  // The unrolled operations buffer the same weights whole one after another, and share one buffer from the first
  // copy to the last read (regor's CoalesceWeightBufferTensors): counting a buffer per operation put the SRAM peak
  // at twice Vela's on U65/U85 (the next operation's copy-ahead beside the current buffer), 3-31% over on U55.
  test('SRAM peak: every pair within 0.5%', () => {
    const worst = [...sramErrors].filter(([, e]) => e > 0.005);
    expect(worst).toEqual([]);
  });

  test.each([
    ['conv2d__k3_s4_same', 'ethos-u85-256'],
    ['conv2d__k1_s4_same_nopad', 'ethos-u65-512'],
    ['conv2d__int16_k3_s4_valid', 'ethos-u55-128'],
    ['conv2d__k8_s8_valid', 'ethos-u85-1024'],
  ])("%s on %s: Vela's SRAM peak", (name, target) => {
    expect(sramErrors.get(`${name} ${target}`)).toBe(0);
  });

  test('an unpadded stride-4 convolution becomes one operation per output element, each reading its window', () => {
    // 32x32x16 in, 3x3 kernel, stride 4, no padding: 8x8 outputs.
    const model = readModel(readFileSync(syntheticModel('conv2d__k3_s4_valid')));
    const sg = model.subgraphs[0];
    const lowered = lowerSubgraph(model, sg, new Set([0]), 'u55', 1, new Map());
    expect(lowered.ops).toHaveLength(64);
    for (const op of lowered.ops) {
      expect(op.ifm.shape).toEqual({ h: 3, w: 3, c: 16 });
      expect(op.ofm.shape).toEqual({ h: 1, w: 1, c: 16 });
      expect([op.kernel.strideX, op.kernel.strideY]).toEqual([1, 1]);
      expect(op.weights).toBe(lowered.ops[0].weights);
    }
  });

  test('on U85 a padded stride-4 convolution becomes one 1x1 operation per kernel element, with its weights', () => {
    const model = readModel(readFileSync(syntheticModel('conv2d__k5_s4_same_pad')));
    const sg = model.subgraphs[0];
    const lowered = lowerSubgraph(model, sg, new Set([0]), 'u85', 1, new Map());
    const [, kh, kw, cin] = sg.tensors[sg.operators[0].inputs[1]].shape;
    expect(lowered.ops.length).toBeGreaterThan(1);
    expect(lowered.ops.length).toBeLessThanOrEqual(kh * kw);
    const keys = new Set(lowered.ops.map((op) => op.weights?.key));
    expect(keys.size).toBe(lowered.ops.length);
    // Each reads the input from its kernel element's offset on (SAME padding puts the first elements in the
    // padding, which read from the start).
    const [, ih, iw] = sg.tensors[sg.operators[0].inputs[0]].shape;
    const [, oh, ow] = sg.tensors[sg.operators[0].outputs[0]].shape;
    const top = Math.floor(Math.max((oh - 1) * 4 + kh - ih, 0) / 2);
    const left = Math.floor(Math.max((ow - 1) * 4 + kw - iw, 0) / 2);
    const slices = new Set<string>();
    for (let ky = 0; ky < kh; ky++)
      for (let kx = 0; kx < kw; kx++) slices.add(`${ih - Math.max(ky - top, 0)}x${iw - Math.max(kx - left, 0)}`);
    for (const op of lowered.ops) {
      expect([op.kernel.w, op.kernel.h]).toEqual([1, 1]);
      expect(op.ifm.shape.c).toBe(cin);
      expect(slices.has(`${op.ifm.shape.h}x${op.ifm.shape.w}`)).toBe(true);
      expect(op.weights?.source?.shape).toEqual([op.ofm.shape.c, 1, 1, cin]);
    }
    expect(new Set(lowered.ops.map((op) => `${op.ifm.shape.h}x${op.ifm.shape.w}`)).size).toBeGreaterThan(1);
    // The slices hold the kernel's values: together, every weight once.
    const whole = sg.tensors[sg.operators[0].inputs[1]];
    const data = model.buffers[whole.buffer].data ?? new Uint8Array(0);
    const sum = (xs: Iterable<number>) => {
      let s = 0;
      for (const x of xs) s += x;
      return s;
    };
    const sliced = sum(lowered.ops.map((op) => sum(op.weights?.source?.data ?? [])));
    if (lowered.ops.length === kh * kw)
      expect(sliced).toBe(sum(new Int8Array(data.buffer, data.byteOffset, data.length)));
  });

  describe("on U85, a padded stride-4 convolution is split into its 1x1 version's OFM blocks first", () => {
    // 32x32x8 in, 3x3 kernel, stride 1x4, SAME (one row of padding above and below): 32x8x16 out.
    const model = readModel(readFileSync(syntheticModel('conv2d__k3_s1x4_same')));
    const sg = model.subgraphs[0];
    const lower = (ofmBlockOf?: OfmBlockOf) => lowerSubgraph(model, sg, new Set([0]), 'u85', 1, new Map(), ofmBlockOf);
    const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

    test('blocks of 16 rows: each block per kernel element, over its own input slice, with its own weights', () => {
      const queries: string[] = [];
      const g = lower((q) => {
        queries.push(`${q.ofm.h}x${q.ofm.w}x${q.ofm.c}`);
        return { h: 16, w: 8, c: 16 };
      });
      // The whole output is asked about, then each block (which fits its own block: no further split).
      expect(queries).toEqual(['32x8x16', '16x8x16', '16x8x16']);
      expect(g.readsBlockConfigs).toBe(true);
      expect(g.ops).toHaveLength(18);
      for (const op of g.ops) {
        expect(op.ofm.shape).toEqual({ h: 16, w: 8, c: 16 });
        expect([op.kernel.w, op.kernel.h]).toEqual([1, 1]);
      }
      // The first block reads input rows from -1 (padding) to 16: 17 rows for every kernel row. The second starts
      // at row 15 and ends at the input's end, so each kernel row reads one row fewer. Columns: the slice from
      // each element's offset on.
      expect(g.ops.map((op) => `${op.ifm.shape.h}x${op.ifm.shape.w}`)).toEqual([
        ...['17x32', '17x31', '17x30', '17x32', '17x31', '17x30', '17x32', '17x31', '17x30'],
        ...['17x32', '17x31', '17x30', '16x32', '16x31', '16x30', '15x32', '15x31', '15x30'],
      ]);
      // Every operation has a weight record of its own: each block carries a full copy of the kernel.
      expect(new Set(g.ops.map((op) => op.weights!.key)).size).toBe(18);
      const kernelSum = (ops: typeof g.ops) => sum(ops.map((op) => sum(op.weights!.source!.data)));
      expect(kernelSum(g.ops.slice(0, 9))).toBe(kernelSum(g.ops.slice(9)));
      for (let e = 0; e < 9; e++) expect(g.ops[e].weights!.source!.data).toEqual(g.ops[9 + e].weights!.source!.data);
    });

    test('a block shallower than the output splits the weights by OFM depth', () => {
      const g = lower(() => ({ h: 32, w: 8, c: 8 }));
      expect(g.ops).toHaveLength(18);
      const whole = lower().ops;
      for (const [i, op] of g.ops.entries()) {
        expect(op.ofm.shape).toEqual({ h: 32, w: 8, c: 8 });
        expect(op.weights!.source!.shape).toEqual([8, 1, 1, 8]);
        // Block i / 9 holds channels 8 * (i / 9) onwards of kernel element i % 9.
        const element = whole[i % 9].weights!.source!.data;
        const from = 8 * 8 * Math.floor(i / 9);
        expect(Array.from(op.weights!.source!.data)).toEqual(Array.from(element.subarray(from, from + 64)));
      }
    });

    test('an output that fits the block, or no block configs to read, keeps the per-element split alone', () => {
      const fits = lower(() => ({ h: 64, w: 64, c: 64 }));
      const none = lower();
      expect(fits.ops).toHaveLength(9);
      expect(none.readsBlockConfigs).toBe(false);
      expect(fits.ops.map((op) => op.ifm.shape)).toEqual(none.ops.map((op) => op.ifm.shape));
    });

    test('its lowering is shared only by targets of the same MAC config; others share one per family', () => {
      // A fresh read each: lowerings are kept per model object.
      const strided = readModel(readFileSync(syntheticModel('conv2d__k3_s1x4_same')));
      const blocks = (config: string, h: number) => ({ config, ofmBlockOf: () => ({ h, w: 8, c: 16 }) });
      const a = sharedLowering(strided, strided.subgraphs[0], new Set([0]), 'u85', 1, blocks('256', 16));
      const b = sharedLowering(strided, strided.subgraphs[0], new Set([0]), 'u85', 1, blocks('1024', 64));
      const a2 = sharedLowering(strided, strided.subgraphs[0], new Set([0]), 'u85', 1, blocks('256', 16));
      expect(a.ops).toHaveLength(18);
      expect(b.ops).toHaveLength(9);
      expect(a2).toBe(a);
      const plain = readModel(readFileSync(syntheticModel('conv2d__k3_s1_same')));
      const p1 = sharedLowering(plain, plain.subgraphs[0], new Set([0]), 'u85', 1, blocks('256', 16));
      const p2 = sharedLowering(plain, plain.subgraphs[0], new Set([0]), 'u85', 1, blocks('1024', 64));
      expect(p2).toBe(p1);
    });
  });
});
