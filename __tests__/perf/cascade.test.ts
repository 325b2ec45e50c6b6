// Cascades when feature maps spill into a separate staging memory (Dedicated_Sram), as Vela 5.1.0 builds them
// (src/perf/cascade.ts): which operations chain, the stripes they run in, and what that does to the estimate.
import { planSpillingCascades } from '../../src/perf/cascade.js';
import type { Buffer, InternalOp } from '../../src/perf/ops.js';
import { allocationBytes } from '../../src/perf/memory-plan.js';
import { describeShared } from '../helpers/shared.js';
import { estimateCorpusPair, relErr, sramError } from './reference.js';

const fm = (key: string, h: number, w: number, c: number): Buffer => ({
  key,
  elements: h * w * c,
  bits: 8,
  linear: false,
  external: false,
  isInput: false,
  isOutput: false,
  constant: false,
  shape: { h, w, c },
});

const conv = (ifm: Buffer, ofm: Buffer, k = 3, stride = 1, hw: InternalOp['hw'] = 'conv'): InternalOp => ({
  subgraph: 0,
  sourceIndex: 0,
  type: hw === 'depthwise' ? 'DepthwiseConv2D' : 'Conv2D',
  hw,
  ifm: { buffer: ifm, shape: ifm.shape, bits: 8 },
  ofm: { buffer: ofm, shape: ofm.shape, bits: 8 },
  kernel: { w: k, h: k, strideX: stride, strideY: stride, dilationX: 1, dilationY: 1 },
  activation: 'none',
  scaled: true,
  lutBytes: 0,
  upscale: 1,
});

const LIMIT = 384 * 1024;

/** A chain of operations on feature maps of the given shapes (each reads the previous one's output). */
function chain(shapes: [number, number, number][], k = 3, strides: number[] = []): InternalOp[] {
  const bufs = shapes.map(([h, w, c], i) => fm(`fm${i}`, h, w, c));
  return bufs.slice(1).map((b, i) => conv(bufs[i], b, k, strides[i] ?? 1));
}

describe('spilling cascades (Vela 5.1.0 CascadeBuilder with a separate staging memory)', () => {
  test('operations whose IFM and OFM cannot be staged together chain into one cascade', () => {
    // 64x64x64 maps are 256 KiB each: no conv fits with both maps in 384 KiB.
    const ops = chain([
      [64, 64, 64],
      [64, 64, 64],
      [64, 64, 64],
      [64, 64, 64],
    ]);
    const plan = planSpillingCascades(ops, [true, true, false], LIMIT);
    expect(plan.cascades).toHaveLength(1);
    const [c] = plan.cascades;
    expect([c.start, c.end]).toEqual([0, 2]);
    expect(c.bytes).toBeLessThanOrEqual(LIMIT);
    // Re-striped above the MIN schedule's one row, and no taller than half the output.
    const last = plan.stripes.get(2)!;
    expect(last.h).toBeGreaterThan(1);
    expect(last.h).toBeLessThanOrEqual(32);
    // Stride 1: every operation runs in stripes of the same height; a 3x3 kernel reads two more rows.
    for (let t = 0; t <= 2; t++) {
      expect(plan.stripes.get(t)!.h).toBe(last.h);
      expect(plan.stripes.get(t)!.ifmH).toBe(last.h + 2);
      expect(plan.stripes.get(t)!.first).toBe(t === 0);
    }
    // The buffers between the operations: rows for a producer stripe and a consumer stripe's input, the whole
    // width, depth rounded to 16.
    const rows = Math.ceil((last.h + last.h + 2) / (last.h + 2)) * (last.h + 2);
    expect(plan.rolling.get(1)).toBe(rows * 64 * 64);
    expect(plan.rolling.get(2)).toBe(rows * 64 * 64);
    expect(c.bytes).toBe(2 * rows * 64 * 64);
  });

  test('the tallest stripe whose rolling buffers still fit is kept', () => {
    const ops = chain([
      [64, 64, 64],
      [64, 64, 64],
      [64, 64, 64],
      [64, 64, 64],
    ]);
    const h = planSpillingCascades(ops, [true, true, false], LIMIT).stripes.get(2)!.h;
    // One row taller would not fit the limit (two buffers of 2 stripes' worth of input rows).
    const bytesAt = (s: number) => 2 * Math.ceil((2 * s + 2) / (s + 2)) * (s + 2) * 64 * 64;
    expect(bytesAt(h)).toBeLessThanOrEqual(LIMIT);
    expect(bytesAt(h + 1)).toBeGreaterThan(LIMIT);
  });

  test('the weight buffers the MIN schedule chose count with the rolling buffers, each out of what is left', () => {
    const shapes: [number, number, number][] = [
      [64, 64, 64],
      [64, 64, 64],
      [64, 64, 64],
      [64, 64, 64],
    ];
    const free: number[] = [];
    const bytes = 40 * 1024;
    // Every operation would take a 40 KiB buffer; the second sees 40 KiB less free than the first.
    const withWeights = planSpillingCascades(chain(shapes), [true, true, false], LIMIT, (t, stripe, prev, left) => {
      free[t] = left;
      expect(stripe.h).toBe(1); // the MIN schedule's stripe (the next operation's row stride)
      expect(prev === undefined).toBe(t === 0);
      return left >= bytes ? bytes : 0;
    });
    expect(free[1]).toBe(free[0] - bytes);
    const plain = planSpillingCascades(chain(shapes), [true, true, false], LIMIT);
    const h = (p: typeof plain) => p.stripes.get(2)!.h;
    // The same cascade, in shorter stripes: the buffers leave the rolling buffers less room.
    expect(withWeights.cascades.map((c) => [c.start, c.end])).toEqual(plain.cascades.map((c) => [c.start, c.end]));
    expect(h(withWeights)).toBeLessThan(h(plain));
    // The cascade's staging: its rolling buffers and the weight buffers taken, within the limit.
    const taken = free.filter((f) => f >= bytes).length * bytes;
    expect(taken).toBeGreaterThan(0);
    const rolling = [...withWeights.rolling.values()].reduce((a, b) => a + b, 0);
    expect(withWeights.cascades[0].bytes).toBe(rolling + taken);
    // Which steps keep them (the estimate leaves that much less staging to the cascade's other operations).
    expect([...withWeights.weightBuffers.values()].reduce((a, b) => a + b, 0)).toBe(taken);
    expect(plain.weightBuffers.size).toBe(0);
    expect(withWeights.cascades[0].bytes).toBeLessThanOrEqual(LIMIT);
  });

  test("a proposal's kept buffers are the weights as encoded for its stripes, with or without exact sizing", () => {
    const shapes: [number, number, number][] = [
      [64, 64, 64],
      [64, 64, 64],
      [64, 64, 64],
      [64, 64, 64],
    ];
    const atMin = 16 * 1024;
    // Encoded for taller stripes (another block config) the weights take less than for the MIN stripe's one row.
    const sizeAt = (h: number) => (h === 1 ? atMin : 4 * 1024 + h * 16);
    const asked: number[] = [];
    const plan = (exact: boolean) =>
      planSpillingCascades(
        chain(shapes),
        [true, true, false],
        LIMIT,
        (t, stripe, prev, left) => (left >= atMin ? atMin : 0),
        (t, stripe) => {
          asked.push(stripe.h);
          return sizeAt(stripe.h);
        },
        exact,
      );
    const exact = plan(true);
    const askedExact = asked.length;
    asked.length = 0;
    const loose = plan(false);
    // The same plan either way: the chosen stripes, and buffers the size of their own encoding.
    expect(loose.cascades).toEqual(exact.cascades);
    expect([...loose.stripes]).toEqual([...exact.stripes]);
    expect([...loose.weightBuffers]).toEqual([...exact.weightBuffers]);
    const h = exact.stripes.get(2)!.h;
    expect(h).toBeGreaterThan(1);
    for (const [t, bytes] of exact.weightBuffers) expect(bytes).toBe(sizeAt(exact.stripes.get(t)!.h));
    // Sized at the MIN stripe's 16 KiB the buffers would leave the cascade shorter stripes.
    const atMinOnly = planSpillingCascades(chain(shapes), [true, true, false], LIMIT, (t, s, p, left) =>
      left >= atMin ? atMin : 0,
    );
    expect(atMinOnly.stripes.get(2)!.h).toBeLessThan(h);
    // Without exact sizing most proposals are built at the MIN stripe's sizes: fewer encodings asked for.
    expect(asked.length).toBeLessThan(askedExact);
  });

  test('the cascade stops before an operation that fits whole, and strided stripes grow upstream', () => {
    const ops = chain(
      [
        [128, 64, 32],
        [128, 64, 32],
        [64, 32, 128],
        [32, 16, 32],
      ],
      3,
      [1, 2, 2],
    );
    const plan = planSpillingCascades(ops, [true, true, false], LIMIT);
    // Ops 0 and 1 cannot stage IFM and OFM together (256 KiB each); op 2 reads 256 KiB and writes 16 KiB: it
    // fits, so the cascade ends before it.
    expect(allocationBytes(ops[2].ifm.buffer) + allocationBytes(ops[2].ofm.buffer)).toBeLessThan(LIMIT);
    expect(plan.cascades.map((c) => [c.start, c.end])).toEqual([[0, 1]]);
    expect(plan.stripes.has(2)).toBe(false);
    // A stride-2 consumer takes twice its stripe's rows from the producer.
    expect(plan.stripes.get(0)!.h).toBe(2 * plan.stripes.get(1)!.h);
    expect(plan.stripes.get(1)!.ifmH).toBe(2 * plan.stripes.get(1)!.h + 1);
  });

  test('a map read by another operation, a transpose or a U85 chain is never cascaded', () => {
    const shapes: [number, number, number][] = [
      [64, 64, 64],
      [64, 64, 64],
      [64, 64, 64],
    ];
    expect(planSpillingCascades(chain(shapes), [false, false], LIMIT).cascades).toHaveLength(0);
    const transposed = chain(shapes);
    transposed[1] = { ...transposed[1], type: 'Transpose', hw: 'transpose' };
    expect(planSpillingCascades(transposed, [true, false], LIMIT).cascades).toHaveLength(0);
    const chained = chain(shapes);
    chained[1] = { ...chained[1], chained: [chained[0]] };
    expect(planSpillingCascades(chained, [true, false], LIMIT).cascades).toHaveLength(0);
  });

  test('a map a million rows tall: the stripe search is bounded', () => {
    const ops = chain([
      [1_000_000, 1, 16],
      [1_000_000, 1, 16],
      [1_000_000, 1, 16],
    ]);
    const plan = planSpillingCascades(ops, [true, false], LIMIT);
    expect(plan.cascades).toHaveLength(1);
    // The rolling buffers would fit stripes of thousands of rows; the search stops after 2048 proposals.
    expect(plan.stripes.get(1)!.h).toBeLessThanOrEqual(2 + 2048);
    expect(plan.cascades[0].bytes).toBeLessThanOrEqual(LIMIT);
  });

  test('small maps that stage whole form no cascade', () => {
    const ops = chain([
      [16, 16, 32],
      [16, 16, 32],
      [16, 16, 32],
    ]);
    expect(planSpillingCascades(ops, [true, false], LIMIT).cascades).toHaveLength(0);
  });
});

describeShared('cascaded Dedicated_Sram estimates vs Vela 5.1.0', () => {
  // PoseNet's 353x481 input spills on every Dedicated_Sram target: Vela cascades most of the network. Before
  // cascades were modelled it was 28-39% under on total cycles on these targets.
  test.each(['ethos-u65-512', 'ethos-u85-256', 'ethos-u85-1024', 'ethos-u85-2048'])(
    'PoseNet on %s: total cycles within 1%%, SRAM within 2%%',
    (target) => {
      const { perf, ref } = estimateCorpusPair('coral', 'posenet_mobilenet_v1_075_353_481_quant_decoder', target);
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.01);
      expect(sramError(perf, ref)).toBeLessThanOrEqual(0.02);
    },
  );

  test('PoseNet on ethos-u65-512: most layers within 2% of Vela (weights refetched per stripe from DRAM)', () => {
    const { perf, ref } = estimateCorpusPair(
      'coral',
      'posenet_mobilenet_v1_075_353_481_quant_decoder',
      'ethos-u65-512',
    );
    const ours = new Map(perf.layers.map((l) => [l.operatorIndex, l.cycles]));
    const close = ref.per_op.filter((o) => ours.has(o.index) && relErr(ours.get(o.index)!, o.op_cycles) <= 0.02);
    expect(close.length / ref.per_op.length).toBeGreaterThanOrEqual(0.85);
  });

  // regor's stripe proposals keep the weight buffers its MIN schedule chose (the depthwise and expansion layers'),
  // so the cascades take shorter stripes and those weights are buffered: a layer's scales are then read from
  // the SRAM, not DRAM. Without them NPU cycles were 8-10% over.
  test.each([
    ['coral', 'tf2_mobilenet_v2_1.0_224_ptq', 'ethos-u85-1024'],
    ['coral', 'tf2_mobilenet_v2_1.0_224_ptq', 'ethos-u85-2048'],
    ['tflite-micro', 'mobilenet_v2_pytorch_1x3x224x224_int8', 'ethos-u85-1024'],
    ['tflite-micro', 'mobilenet_v2_pytorch_1x3x224x224_int8', 'ethos-u85-2048'],
  ])('%s/%s on %s: NPU cycles within 0.5%%', (source, model, target) => {
    const { perf, ref } = estimateCorpusPair(source, model, target);
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.005);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.01);
  });

  test("PoseNet on ethos-u85-2048: a cascaded operation has the staging its neighbours' kept buffers leave", () => {
    // regor decides buffering on the memory in use at the cascade's time step, the other operations' weight
    // buffers included: fewer depthwise weights fit, and their scales are read from DRAM (6.3% under without).
    const { perf, ref } = estimateCorpusPair(
      'coral',
      'posenet_mobilenet_v1_075_353_481_quant_decoder',
      'ethos-u85-2048',
    );
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.05);
  });

  test.each(['ethos-u65-256', 'ethos-u65-512'])(
    'MobileNet v2 (PyTorch export) on %s: total cycles within 1%% (17-41%% under without cascades)',
    (target) => {
      // Its explicit PADs fold into the convolutions: a cascade runs on through the padded maps.
      const { perf, ref } = estimateCorpusPair('tflite-micro', 'mobilenet_v2_pytorch_1x3x224x224_int8', target);
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.01);
    },
  );

  test.each(['ethos-u65-256', 'ethos-u65-512', 'ethos-u85-256'])(
    'MoveNet on %s: total cycles within 10%% (26-35%% under without cascades on U65)',
    (target) => {
      const { perf, ref } = estimateCorpusPair('coral', 'movenet_single_pose_lightning_ptq', target);
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.1);
    },
  );

  // The operation after a cascade fills its weight buffer under the cascade, whose operations share one time: the
  // buffer is live in the cascade's last half step, beside the cascade's maps. Counted after the cascade's time
  // instead, these SRAM peaks were 1.2-1.4% under Vela's (the buffer missed the peak).
  test.each([
    ['coral', 'tf2_mobilenet_v2_1.0_224_ptq', 'ethos-u65-256'],
    ['coral', 'tf2_mobilenet_v2_1.0_224_ptq', 'ethos-u85-512'],
    ['tflite-micro', 'mobilenet_v2_pytorch_1x3x224x224_int8', 'ethos-u65-512'],
    ['nuvoton', 'ssd_mobilenetv3_small_int8', 'ethos-u65-256'],
    ['coral', 'movenet_single_pose_lightning_ptq', 'ethos-u85-256'],
  ])("%s %s on %s: SRAM used is Vela's, with the buffer prefetched under a cascade", (source, model, target) => {
    const { perf, ref } = estimateCorpusPair(source, model, target);
    expect(perf.summary.sramUsedBytes).toBe(Math.round(ref.summary.sram_used_kib * 1024));
  });
});
