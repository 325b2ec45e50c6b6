// U85 transposes as regor names and times them: the type lists, for each NHWC output axis, the input axis it
// takes (TFLite permutations padded to 4D); H<->W moves run the activation unit at half throughput.
import { aoCyclesPerElement, type PerfQuery } from '../../src/perf/cycles.js';
import { archFor } from '../../src/perf/arch.js';
import { u85TransposeType } from '../../src/perf/lower/index.js';
import type { InternalOp } from '../../src/perf/ops.js';
import { builtinTarget } from '../../src/targets/index.js';
import { describeShared } from '../helpers/shared.js';
import { estimateCorpusPair, relErr } from './reference.js';

describe('U85 transpose types', () => {
  test.each([
    [[0, 2, 1, 3], 'NWHC'],
    [[0, 1, 3, 2], 'NHCW'],
    [[0, 2, 3, 1], 'NWCH'],
    [[0, 3, 1, 2], 'NCHW'],
    [[0, 3, 2, 1], 'NCWH'],
    [[1, 0], 'NHCW'], // a 2D transpose swaps the two innermost axes
    [[0, 2, 1], 'NHCW'],
    [[0, 1, 2, 3], 'NHWC'],
  ])('permutation %j is %s', (perm, type) => {
    expect(u85TransposeType(perm)).toBe(type);
  });

  test('beyond 4D there is no single type (regor decomposes it)', () => {
    expect(u85TransposeType([0, 3, 4, 1, 2])).toBeUndefined();
    expect(u85TransposeType(undefined)).toBeUndefined();
  });
});

describe('U85 transpose throughput', () => {
  const npu = archFor(builtinTarget('ethos-u85-256')).npu;
  const fm = { buffer: {} as never, shape: { h: 8, w: 12, c: 16 }, bits: 8 };
  const query = (transpose: string): PerfQuery =>
    ({ op: { type: 'Transpose', hw: 'pool', ifm: fm, ofm: fm, transpose } as unknown as InternalOp, npu }) as PerfQuery;

  test('moving H or W halves the activation unit rate; other transposes run at the full rate', () => {
    if (npu.kind !== 'u85') throw new Error('expected a U85');
    for (const t of ['NWHC', 'NWCH', 'NCWH']) expect(aoCyclesPerElement(query(t))).toBe(npu.activationCycles[1]);
    for (const t of ['NHCW', 'NCHW']) expect(aoCyclesPerElement(query(t))).toBe(npu.activationCycles[0]);
    expect(npu.activationCycles[1]).toBeGreaterThan(npu.activationCycles[0]);
  });
});

describeShared('U85 transpose block configs vs Vela 5.1.0', () => {
  // MobileNet v2's PyTorch export starts with an NCHW-to-NHWC TRANSPOSE (NWCH on 3x224x224). Its block is
  // searched in the input's orientation with the OFM limits permuted back, and its brick output takes its depth
  // from the input's height, 16 rows at a time; with the unpermuted search its cycles stopped halving past
  // U85-256 (up to 1.7x Vela's on U85-2048).
  test.each(['ethos-u85-128', 'ethos-u85-256', 'ethos-u85-512', 'ethos-u85-1024', 'ethos-u85-2048'])(
    "the input TRANSPOSE of MobileNet v2 (PyTorch) on %s: Vela's NPU cycles",
    (target) => {
      const { perf, ref } = estimateCorpusPair('tflite-micro', 'mobilenet_v2_pytorch_1x3x224x224_int8', target);
      const ours = perf.layers.find((l) => l.operatorIndex === 0);
      const theirs = ref.per_op.find((o) => o.index === 0);
      expect(ours?.type).toBe('TRANSPOSE');
      expect(ours?.npuCycles).toBe(theirs?.npu_cycles);
    },
  );
});

describeShared('transpose memory traffic and merged transposes vs Vela 5.1.0', () => {
  // Vela prices a U85 transpose's input like any pooling's: per output block, the input block's width and
  // height over the whole input depth, so a transpose that moves depth into width reads its input once per
  // output block column. MobileNet v2 (PyTorch) spends most of U85-1024/2048's time there: 19-28% under when
  // each input element was read once.
  test.each(['ethos-u85-256', 'ethos-u85-1024', 'ethos-u85-2048'])(
    "the input TRANSPOSE of MobileNet v2 (PyTorch) on %s: Vela's cycles, and the network's total within 1%%",
    (target) => {
      const { perf, ref } = estimateCorpusPair('tflite-micro', 'mobilenet_v2_pytorch_1x3x224x224_int8', target);
      const ours = perf.layers.find((l) => l.operatorIndex === 0);
      const theirs = ref.per_op.find((o) => o.index === 0);
      expect(ours && theirs && relErr(ours.cycles, theirs.op_cycles)).toBeLessThanOrEqual(0.001);
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.01);
    },
  );

  // YOLOv8n's DFL head at 192x192 transposes twice in a row; Vela merges the pair into the first transpose
  // (its permutations composed) and drops the second.
  test.each(['ethos-u55-256', 'ethos-u65-512', 'ethos-u85-256', 'ethos-u85-1024'])(
    "two TRANSPOSEs in a row in YOLOv8n 192 on %s run as one, at Vela's cycles",
    (target) => {
      const { perf, ref } = estimateCorpusPair('openmv', 'yolov8n_192', target);
      const merged = perf.layers.find((l) => l.operatorIndex === 239);
      const theirs = ref.per_op.find((o) => o.index === 239);
      expect(perf.layers.find((l) => l.operatorIndex === 240)).toBeUndefined();
      expect(merged && theirs && relErr(merged.cycles, theirs.op_cycles)).toBeLessThanOrEqual(0.001);
    },
  );
});

// regor packs a TRANSPOSE into the operation that produces its input (CanPack, EthosU85OpGroup::Fuse): the producer
// writes its OFM in the transposed order and the transpose costs nothing of its own. GTCRN's strided slices each
// feed a transpose; run apart, the eight transposes cost 17,259-17,488 cycles each on U85-128 and the network
// was 3.3% over Vela in total cycles.
describeShared('TRANSPOSE fused into its producer on U85 vs Vela 5.1.0', () => {
  const transposes = [55, 73, 78, 96, 207, 227, 233, 253];
  test.each(['ethos-u85-128', 'ethos-u85-512', 'ethos-u85-2048'])(
    'GTCRN on %s: the transposes after its slices cost nothing, the network within 1.1%%',
    (target) => {
      const { perf, ref } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
      for (const index of transposes) {
        expect(ref.per_op.find((o) => o.index === index)?.op_cycles ?? 0).toBe(0);
        expect(perf.layers.find((l) => l.operatorIndex === index)?.cycles ?? 0).toBe(0);
      }
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.011);
    },
  );

  // A slice copied straight into a transpose is the transpose itself, reading the slice, costed in the transposed
  // output's shape with its block searched as a copy's (regor's MemoryCopy writing in the transpose's order). As a
  // copy in the slice's shape GTCRN's twelve slices were up to 3,550 cycles off each (its layers' differences from
  // Vela's, summed, 6.9-78K cycles per target, the figure in the title); now each is Vela's to the cycle. With a
  // transpose kept from starting a U85 chain (its group writes a transposed output, EthosU85OpGroup::Chain), every
  // layer is Vela's on every U85.
  test.each([
    ['ethos-u85-128', 78251, 0],
    ['ethos-u85-256', 41917, 0],
    ['ethos-u85-512', 17833, 0],
    ['ethos-u85-1024', 10328, 0],
    ['ethos-u85-2048', 6867, 0],
  ] as const)(
    "GTCRN on %s: every slice at Vela's NPU cycles; the layers off Vela's by %i before, at most %i in all",
    (target, _before, bound) => {
      const { perf, ref } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
      let off = 0;
      let slices = 0;
      for (const l of perf.layers) {
        const v = ref.per_op.find((o) => o.index === l.operatorIndex);
        if (!v) continue;
        off += Math.abs(l.npuCycles - v.npu_cycles);
        if (l.type !== 'STRIDED_SLICE') continue;
        slices++;
        expect([l.operatorIndex, l.npuCycles]).toEqual([l.operatorIndex, v.npu_cycles]);
      }
      expect(slices).toBe(12);
      expect(off).toBeLessThanOrEqual(bound);
    },
  );
});
