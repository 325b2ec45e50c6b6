// Transposes and slices as Vela 5.1.0 lowers them: on U55/U65 a transpose runs as 3D axis swaps (its unit axes
// kept, as regor keeps them), each pass costed in its own 3D shape; on U85 it runs whole when the hardware can,
// else as the same swaps; a depth multiplier runs one depthwise operation per multiplier and a transpose; a
// slice's readers read its source directly, so the copy goes.
import { transposePasses } from '../../src/perf/transpose-passes.js';
import { describeShared, MLIA_TARGET_IDS } from '../helpers/shared.js';
import { estimateCorpusPair, estimateSyntheticPair, relErr } from './reference.js';

describe('transpose passes (regor DecomposeTranspose)', () => {
  test('a swap the hardware runs (H<->W, W<->C, H<->C) is one pass in the output orientation', () => {
    expect(transposePasses([1, 8, 12, 16], [0, 2, 1, 3])).toEqual([
      { from: [8, 12, 16], to: [12, 8, 16], swap: [0, 1] },
    ]);
    expect(transposePasses([1, 8, 12, 16], [0, 1, 3, 2])).toEqual([
      { from: [8, 12, 16], to: [8, 16, 12], swap: [1, 2] },
    ]);
    expect(transposePasses([1, 8, 12, 16], [0, 3, 2, 1])).toHaveLength(1);
  });

  test('32-bit H<->C is three swaps (W<->C, H<->W, W<->C)', () => {
    const passes = transposePasses([1, 8, 12, 16], [0, 3, 2, 1], true);
    expect(passes.map((p) => p.to)).toEqual([
      [8, 16, 12],
      [16, 8, 12],
      [16, 12, 8],
    ]);
  });

  test('a rotation of H, W, C is a selection sort: two swaps', () => {
    expect(transposePasses([1, 8, 12, 16], [0, 3, 1, 2])).toHaveLength(2);
  });

  test('a depth multiplier [M, H, W, C] -> [H, W, C, M] takes 7 passes (the batch axis moves there and back)', () => {
    const passes = transposePasses([2, 16, 16, 32], [1, 2, 3, 0]);
    expect(passes).toHaveLength(7);
    // Every pass moves the whole tensor.
    for (const p of passes) expect(p.from[0] * p.from[1] * p.from[2]).toBe(2 * 16 * 16 * 32);
    expect(passes.at(-1)?.to).toEqual([16 * 16, 32, 2]);
  });

  // gtcrn's [1, 32, 33, 8, 2] by [0, 3, 4, 1, 2]: regor sorts it with its leading 1 in place, which puts two of
  // the eight swaps on a unit axis (1x32x528 and 8x1x2112, each a full pass over the map).
  test('unit axes stay: gtcrn [1,32,33,8,2] by [0,3,4,1,2] is eight swaps, two of them moving the leading 1', () => {
    const passes = transposePasses([1, 32, 33, 8, 2], [0, 3, 4, 1, 2]);
    expect(passes.map((p) => p.from.join('x'))).toEqual([
      '1x32x528',
      '1056x8x2',
      '32x66x8',
      '264x2x32',
      '8x1x2112',
      '8x33x64',
      '33x256x2',
      '2x8x1056',
    ]);
  });

  test('a permutation that cannot be read is no passes (the caller costs one)', () => {
    expect(transposePasses([1, 2, 3], [0, 0, 1])).toEqual([]);
    expect(transposePasses([1, 2, 3], [0, 1])).toEqual([]);
  });
});

describeShared('transposes, depth multipliers and slices vs Vela 5.1.0', () => {
  const TRANSPOSES = ['nwhc', 'nhcw', 'ncwh', 'nwch', 'nchw'].map((p) => `data_movement__transpose_${p}_int8`);
  const cases = [
    ...TRANSPOSES,
    'data_movement__transpose_nchw_int16',
    // 32-bit: the 8-bit micro-blocks on U85 (regor's NullPool).
    'data_movement__transpose_nchw_int32',
    // A stride-2 slice in H and W: the block search sees the strided extent (2x the output), as regor's does.
    'data_movement__strided_slice_hw_stride2',
    'data_movement__transpose_2d',
    'data_movement__transpose_3d_021',
  ].flatMap((name) =>
    ['ethos-u55-128', 'ethos-u55-256', 'ethos-u65-512', 'ethos-u85-256', 'ethos-u85-1024'].map(
      (t) => [name, t] as const,
    ),
  );

  test.each(cases)("%s on %s: Vela's total cycles", (name, target) => {
    const { perf, ref } = estimateSyntheticPair(name, target);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.005);
  });

  test.each([
    ['depthwise_conv2d__mult2_c32', 'ethos-u85-256'],
    ['depthwise_conv2d__mult2_c32', 'ethos-u85-1024'],
    ['depthwise_conv2d__mult2_c16_s2', 'ethos-u85-256'],
    ['depthwise_conv2d__mult2_c16_s2', 'ethos-u85-1024'],
  ])('%s on %s: the [M, H, W, C] transpose runs as 7 U85 axis swaps, total within 3%%', (name, target) => {
    const { perf, ref } = estimateSyntheticPair(name, target);
    // It was one transpose of an unknown type: 70-84% under.
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.03);
  });

  test.each(['ethos-u85-128', 'ethos-u85-256'])(
    'gtcrn on %s: its 5D transposes decomposed into U85 axis swaps, total within 6%%',
    (target) => {
      const { perf, ref } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
      // 14-17% under while each ran as a single transpose. (Within 4% while its PADs each copied their input, and
      // its shallow MUL and QUANTIZE ran unreshaped at 8x Vela's cycles: those, which Vela does not do, hid part
      // of what is still missing elsewhere.)
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.06);
      const mul = perf.layers.find((l) => l.operatorIndex === 270);
      expect(mul?.cycles).toBe(ref.per_op.find((o) => o.index === 270)?.op_cycles);
    },
  );

  // The transpose's passes are operations of their own: each bound by its memory when that takes longer (a pass
  // through the staging memory both reads and writes it). Priced as one, the total was 8-9% under on U65-512.
  test.each(
    ['depthwise_conv2d__mult2_c32', 'depthwise_conv2d__mult2_c16_s2'].flatMap((name) =>
      ['ethos-u55-128', 'ethos-u55-256', 'ethos-u65-512'].map((target) => [name, target] as const),
    ),
  )('%s (depth multiplier 2) on %s: NPU and total cycles as Vela', (name, target) => {
    const { perf, ref } = estimateSyntheticPair(name, target);
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.005);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.005);
  });

  test.each(['ethos-u55-128', 'ethos-u55-256', 'ethos-u65-256', 'ethos-u65-512'])(
    'gtcrn: slices read by their consumers and transposes per pass, total cycles within 4%% (%s)',
    (target) => {
      const { perf, ref } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
      // Within 2% while each PAD before a TRANSPOSE_CONV also copied its input (9x its cycles, and Vela makes no
      // such copy: the ADD before it writes into the padded map); those PADs and convolutions are Vela's now.
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.04);
      for (const index of [189, 190, 214, 215, 240, 241]) {
        const ours = perf.layers.find((l) => l.operatorIndex === index);
        const theirs = ref.per_op.find((o) => o.index === index);
        expect(ours?.cycles).toBe(theirs?.op_cycles);
      }
      // STRIDED_SLICE 269 feeds a MUL: Vela has no operation for it, and neither do we.
      expect(perf.layers.some((l) => l.operatorIndex === 269)).toBe(false);
    },
  );
});

describeShared('slices read in place, and the layouts they force, vs Vela 5.1.0', () => {
  // The audio preprocessor concatenates a STRIDED_SLICE of a CPU result with two constants. Vela drops the
  // slice: the concatenation's copy reads the slice's source. We had the slice write into the concatenation
  // (a copy of its own, and the concatenation one copy short). Then a MUL, ADD, DIV, ADD run as one U85 chain.
  // The copies move 32-bit values, which the U85 does as a pooling with an 8-bit IFM (regor's NullPool): they
  // take the 8-bit micro-blocks (1x1x16 on U85-128, 4x4x16 on U85-2048), not the 32-bit ones (10-21% off).
  test.each(['ethos-u85-128', 'ethos-u85-256', 'ethos-u85-512', 'ethos-u85-1024', 'ethos-u85-2048'])(
    'audio preprocessor on %s: total within 1%%',
    (target) => {
      const { perf, ref } = estimateCorpusPair('tflite-micro', 'audio_preprocessor_int8', target);
      expect(perf.layers.find((l) => l.operatorIndex === 6)).toBeUndefined();
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.01);
    },
  );

  test.each(['ethos-u85-128', 'ethos-u85-256', 'ethos-u85-512', 'ethos-u85-1024', 'ethos-u85-2048'])(
    'a DIV chains like any elementwise operation on %s: the MUL that starts the chain has its cycles',
    (target) => {
      const { perf, ref } = estimateCorpusPair('tflite-micro', 'audio_preprocessor_int8', target);
      const mul = perf.layers.find((l) => l.operatorIndex === 15);
      const vela = ref.per_op.find((o) => o.index === 15);
      expect(mul && vela && relErr(mul.npuCycles, vela.npu_cycles)).toBeLessThanOrEqual(0.01);
      expect(perf.layers.find((l) => l.operatorIndex === 17)?.npuCycles ?? 0).toBe(0);
    },
  );

  // YOLOv8n's head concatenation (1x144x2100) is read by two slices along its width, moved into their readers:
  // readers that see only part of the width make it linear (regor compares what each reader reads with the
  // map's whole view), and its copies then write 16 bytes per burst. In bricks they cost an eighth. (On
  // U65-256 the layout is the same, but since the weight buffers take their share of the SRAM, the maps its
  // parts come from are placed otherwise than in Vela: it is 92% over there, while the model's total went from
  // 3.7% to 0.6% off.)
  test.each(['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-256'])(
    'YOLOv8n 320 on %s: the head concatenation within 1%% of Vela',
    (target) => {
      const { perf, ref } = estimateCorpusPair('misc', 'yolov8n_320_int8', target);
      const cat = perf.layers.find((l) => l.operatorIndex === 233);
      const vela = ref.per_op.find((o) => o.index === 233);
      expect(cat && vela && relErr(cat.cycles, vela.op_cycles)).toBeLessThanOrEqual(0.01);
    },
  );
});

describeShared('transposes whose unit axes matter vs Vela 5.1.0 (gtcrn_micro)', () => {
  /** Our cycles for one of gtcrn's operators against Vela's, as a relative error. */
  const gtcrnOperatorError = (target: string, index: number): number => {
    const { perf, ref } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
    const ours = perf.layers.find((l) => l.operatorIndex === index);
    const vela = ref.per_op.find((o) => o.index === index);
    return relErr(ours?.cycles ?? 0, vela?.op_cycles ?? -1);
  };

  // Operator 52 transposes the [1, 32, 33, 8, 2] concatenation by [0, 3, 4, 1, 2]: eight swaps with the leading 1
  // kept. Dropping the unit axes first (as we did) gave six, 27% under on U85-2048 and 1-2% off the model's total.
  test.each(['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-128', 'ethos-u85-512', 'ethos-u85-2048'])(
    'a rank-5 transpose keeps its leading 1 (%s)',
    (target) => expect(gtcrnOperatorError(target, 52)).toBeLessThanOrEqual(0.01),
  );

  // Operator 73 transposes [1, 1, 8, 32, 33] by [0, 3, 4, 2, 1] behind a reshape that added the second 1: it runs
  // on the reshape's input [1, 8, 32, 33] by [0, 2, 3, 1] (two swaps on U55/U65), where its raw shape would take nine.
  test.each(['ethos-u55-128', 'ethos-u65-512'])(
    'a transpose behind a unit-axis reshape runs on its input (%s)',
    (target) => expect(gtcrnOperatorError(target, 73)).toBeLessThanOrEqual(0.01),
  );

  // On U55/U65 each pass of a transpose is an operation of its own, through an intermediate map the allocation
  // places like any other, and a transpose's output never takes over its input's allocation (regor's IsOp1To1
  // leaves out transposes that move an axis): YOLOv8n's 40x40x144 head transpose runs its first pass DRAM to
  // DRAM, as in Vela. 3.6-4.1% under while the passes went through the SRAM.
  test.each(['ethos-u65-256', 'ethos-u65-512'])('YOLOv8n 320 on %s: total within 1%%', (target) => {
    const { perf, ref } = estimateCorpusPair('misc', 'yolov8n_320_int8', target);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.01);
  });
});

// A shallow map's copy runs in a deeper view of it (a 96x64x1 map as 24x16x16), but its readers still read the
// map in its own shape: YAMNet's one-way SPLIT of its input is a slice the first convolution reads in place, as
// in Vela (its copy into the SRAM made that convolution 0.4-1.1% fast on U55, U65 and U85-128).
describeShared('a shallow slice read in place vs Vela 5.1.0', () => {
  test.each(['ethos-u55-256', 'ethos-u65-256', 'ethos-u65-512', 'ethos-u85-128'])(
    "YAMNet on %s: the SPLIT has no operation of its own; the first convolution's cycles are Vela's",
    (target) => {
      const { perf, ref } = estimateCorpusPair('tflite-support', 'yamnet_audio_classifier', target);
      expect(perf.layers.find((l) => l.operatorIndex === 15)).toBeUndefined();
      const ours = perf.layers.find((l) => l.operatorIndex === 16);
      const vela = ref.per_op.find((o) => o.index === 16);
      expect(ours && vela && relErr(ours.cycles, vela.op_cycles)).toBeLessThanOrEqual(0.001);
      expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.002);
    },
  );
});

// regor's RemoveReshape keeps a copy when the reshape's input has other readers and another stored shape, and
// inserts it after the input: every reader then reads the copy. GTCRN's spectrum channels are squared (x * x) and
// reshaped for a concatenation; read where the gather left them, in the DRAM, its NPU cycles were 0.3-0.5% off.
describeShared('an activation reading a slice vs Vela 5.1.0', () => {
  // YOLOv8n's box head takes one row of a [65, 756] map for a LOGISTIC: regor moves the slice into the LUT, which
  // reads the row in place (an activation on its own, no output stage). Fused into the slice's copy, the two were
  // priced as one copy with an activation (32% under on U85-2048).
  test.each(['ethos-u65-512', 'ethos-u85-128', 'ethos-u85-2048'])(
    "YOLOv8n on %s: no copy for the slice, the LOGISTIC at Vela's NPU cycles",
    (target) => {
      const { perf, ref } = estimateCorpusPair('openmv', 'yolov8n_192', target);
      expect(ref.per_op.find((o) => o.index === 253)).toBeUndefined();
      expect(perf.layers.find((l) => l.operatorIndex === 253)).toBeUndefined();
      const ours = perf.layers.find((l) => l.operatorIndex === 254)?.npuCycles;
      expect(ours).toBe(ref.per_op.find((o) => o.index === 254)?.npu_cycles);
    },
  );
});

describeShared('a concatenation part computed in another shape vs Vela 5.1.0', () => {
  // GTCRN's fully connected layer over 96 rows computes them as an 8x12 map, so it cannot write its 3x32 part of
  // the concatenation in place: the concatenation copies it, as Vela does (2,216 cycles under on U85-512 before).
  test.each(['ethos-u55-256', 'ethos-u65-512', 'ethos-u85-512', 'ethos-u85-2048'])(
    "GTCRN on %s: the concatenation's two copies, Vela's NPU cycles",
    (target) => {
      const { perf, ref } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
      const ours = perf.layers.find((l) => l.operatorIndex === 19)?.npuCycles;
      expect(ours).toBe(ref.per_op.find((o) => o.index === 19)?.npu_cycles);
    },
  );
  // With the rules of this file and of the fully connected and transpose tests, every GTCRN layer takes Vela's NPU
  // cycles on every target (it was 0.1-0.2% off in total, in both directions, on U85).
  test.each(MLIA_TARGET_IDS)('GTCRN on %s: NPU cycles equal to Vela', (target) => {
    const { perf, ref } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
    expect(perf.summary.npuCycles).toBe(ref.summary.npu_cycles);
  });
});

describeShared('a reshape of a map other operations read vs Vela 5.1.0', () => {
  // The copies (operations 8 and 9) and the squares that read the copied maps (1 and 3), each Vela's to the cycle.
  test.each(['ethos-u55-256', 'ethos-u65-256', 'ethos-u85-1024'])(
    "GTCRN on %s: the reshape copies and the squares reading them take Vela's NPU cycles",
    (target) => {
      const { perf, ref } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
      for (const index of [1, 3, 8, 9]) {
        const ours = perf.layers.find((l) => l.operatorIndex === index)?.npuCycles;
        expect([index, ours]).toEqual([index, ref.per_op.find((o) => o.index === index)?.npu_cycles]);
      }
    },
  );
});

// MoveNet's keypoint decoding unpacks [17, 2] maps along their last axis and packs [17] maps back: regor's slices
// keep the axis as 1 ([17, 1]), which reduces to the outputs' shape only when every dimension before the axis is 1,
// so these copies stay, in that shape (the UNPACK's were moved into the consumers, the PACK's copied as [17]); and a
// reshape's copy is what the input's CPU readers read too, so it stays in the DRAM.
describeShared('PACK and UNPACK along an inner axis vs Vela 5.1.0', () => {
  test.each(['ethos-u55-128', 'ethos-u85-1024', 'ethos-u85-2048'])(
    'MoveNet on %s: NPU cycles within 0.05%%',
    (target) => {
      const { perf, ref } = estimateCorpusPair('coral', 'movenet_single_pose_lightning_ptq', target);
      expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.0005);
      const unpack = perf.layers.find((l) => l.operatorIndex === 114);
      expect(unpack?.npuCycles).toBe(ref.per_op.find((o) => o.index === 114)?.npu_cycles);
    },
  );
});
