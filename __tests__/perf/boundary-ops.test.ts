// Golden tests for NPU work Vela adds around CPU operators and at the graph boundary: a RESHAPE
// between graph I/O becomes a MemoryCopy in the input's shape, and U85 converts bool graph
// inputs with a NotEqual even when every TFLite operator runs on the CPU; a concatenation of
// batched parts fed by a reshape copies each batch separately.
import { describeShared } from '../helpers/shared.js';
import { estimateCorpusPair, relErr, sramError } from './reference.js';

describeShared('NPU operations outside the TFLite operator list vs Vela 5.1.0', () => {
  test.each(['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-512', 'ethos-u85-1024'])(
    'RESHAPE between graph input, CPU op and graph output copies in the input shape (%s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('litert', 'static_w8_a16_q_einsum', target);
      expect(relErr(perf.summary.npuCycles, r.summary.npu_cycles)).toBeLessThanOrEqual(0.02);
      expect(relErr(perf.summary.totalCycles, r.summary.total_cycles)).toBeLessThanOrEqual(0.02);
    },
  );

  // Every block of a copy costs 1.0 per output element in exact arithmetic; regor computes it in float32, in
  // its own order (width ratio before height ratio), and the rounding picks the block. The 16-bit 8x100x128
  // copy on U85-256 took 4x4x128, its cycles 37% under Vela's, until the order was regor's:
  // now 5x12x16 as Vela, and the model's total from 23.1% under to exact.
  test("blocks that tie in exact arithmetic are told apart by regor's float32 rounding (einsum, U85-256)", () => {
    const { perf, ref: r } = estimateCorpusPair('litert', 'static_w8_a16_q_einsum', 'ethos-u85-256');
    const copy = perf.layers.find((l) => l.operatorIndex === 0)!;
    const refCopy = r.per_op.find((o) => o.index === 0)!;
    expect(relErr(copy.cycles, refCopy.op_cycles)).toBeLessThanOrEqual(0.01);
    expect(relErr(perf.summary.totalCycles, r.summary.total_cycles)).toBeLessThanOrEqual(0.01);
  });

  test.each(['ethos-u85-128', 'ethos-u85-512', 'ethos-u85-2048'])(
    'bool graph input of an all-CPU graph gets a NotEqual on %s',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('litert', 'torchaudio_conformer_float', target);
      expect(r.summary.npu_cycles).toBeGreaterThan(0);
      expect(relErr(perf.summary.npuCycles, r.summary.npu_cycles)).toBeLessThanOrEqual(0.02);
      expect(relErr(perf.summary.totalCycles, r.summary.total_cycles)).toBeLessThanOrEqual(0.02);
      expect(perf.summary.sramUsedBytes).toBe(Math.round(r.summary.sram_used_kib * 1024));
      expect(perf.layers.map((l) => l.type)).toEqual(['NotEqual']);
    },
  );

  test.each(['ethos-u55-128', 'ethos-u65-256', 'ethos-u85-256', 'ethos-u85-2048'])(
    'a feature map a FULLY_CONNECTED reads flattened is stored linear: SRAM as Vela (micro_speech_quantized, %s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('tflite-micro', 'micro_speech_quantized', target);
      // The conv output (25x20x8) in brick format would take 8,000 bytes instead of 4,000: 58-79% over.
      expect(sramError(perf, r)).toBeLessThanOrEqual(0.02);
    },
  );

  // gtcrn concatenates two [1, 32, 33, 8, 1] maps along the last axis. regor decomposes each part's copy over
  // every leading axis that is not 1 (here 32 copies of 33x8x1 per part, 64 in all); one copy of 1056x8x1 per
  // part, as the batch rule alone (rank 4) gave, was 32% under on U85-2048.
  test.each(['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-256', 'ethos-u85-2048'])(
    'a rank-5 concatenation copies each part once per index of its leading axes (gtcrn_micro, %s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
      for (const index of [51, 74]) {
        const ours = perf.layers.find((l) => l.operatorIndex === index)!;
        const ref = r.per_op.find((o) => o.index === index)!;
        expect(relErr(ours.cycles, ref.op_cycles)).toBeLessThanOrEqual(0.01);
      }
    },
  );

  test.each(['ethos-u85-128', 'ethos-u85-256', 'ethos-u85-1024', 'ethos-u85-2048'])(
    'maps seen in another width or depth, and concatenations at a depth offset not a multiple of 16, are linear: SRAM as Vela (gtcrn_micro, %s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
      // Its 5D TRANSPOSE writes 32x33x8 that a CONCATENATION reads as 1056x8x1, along a depth of 1 + 1: in bricks
      // the two took 16 times their bytes and the staging peak came out 124% over.
      expect(sramError(perf, r)).toBeLessThanOrEqual(0.02);
    },
  );

  // The ADD before each PAD in front of a TRANSPOSE_CONV writes into the padded map (Vela's copy count shows no
  // copy of the interior), which puts the peak one padding slab (1,056 B) over Vela's: U65 from 0% to 1.6%, U55
  // from 9.4% to 10.6%.
  test.each([
    ['ethos-u65-256', 0.02],
    ['ethos-u65-512', 0.02],
    ['ethos-u55-256', 0.11],
  ] as const)(
    'a transpose reads and writes linear layouts on U55/U65: SRAM as Vela (gtcrn_micro, %s)',
    (target, bar) => {
      const { perf, ref: r } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
      // regor requires NHWC for a U55/U65 Transpose's IFM as well as its OFM; with the IFMs in brick format the
      // staging peak came out 46-50% over.
      expect(sramError(perf, r)).toBeLessThanOrEqual(bar);
    },
  );

  test.each(['ethos-u55-128', 'ethos-u55-256'])(
    'an elementwise OFM takes over its IFM allocation: SRAM as Vela (single_add_a16w8, %s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('litert', 'single_add_a16w8', target);
      // Without the reuse the IFM and the OFM both count: 50% over.
      expect(sramError(perf, r)).toBeLessThanOrEqual(0.01);
    },
  );

  test.each(['ethos-u55-128', 'ethos-u55-256'])(
    'the variable state of CPU operators is not in the arena (keyword_scrambled, SVDFs on the CPU, %s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('tflite-micro', 'keyword_scrambled', target);
      // Measured 10% over (2,112 bytes, 5.6x Vela's, with the SVDF states counted).
      expect(sramError(perf, r)).toBeLessThanOrEqual(0.12);
    },
  );

  test.each(['ethos-u55-128', 'ethos-u85-256'])(
    'batched concatenation behind a reshape is copied per batch (%s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
      // Operator 51 concatenates two [32, 33, 8, 1] parts, the first written by a RESHAPE.
      const refCycles = r.per_op.filter((o) => o.index === 51).reduce((a, o) => a + o.op_cycles, 0);
      const est = perf.layers.find((l) => l.subgraph === 0 && l.operatorIndex === 51);
      expect(refCycles).toBeGreaterThan(0);
      expect(est).toBeDefined();
      // Each copy is ~4% cheaper than Vela's (2115 vs 2213 cycles on U85-256); without the
      // decomposition the operator cost 0.
      expect(relErr(est?.cycles ?? 0, refCycles)).toBeLessThanOrEqual(0.06);
    },
  );
});

describeShared('shallow activations, quantizations and copies vs Vela 5.1.0', () => {
  // Vela reshapes every elementwise-like operation over a map shallower than 8 (activations, QUANTIZE, CAST,
  // copies: not only the elementwise ones) to a depth of 16: the 3-channel int8 map a network's input QUANTIZE
  // writes no longer matches its reader's view and is stored linear, 1/16 of its bytes in bricks.
  test.each(['ethos-u65-256', 'ethos-u65-512'])(
    'TF2 MobileNet v2 on %s: the input map fits the SRAM whole, so the cascade starts at the first convolution: total within 3%%',
    (target) => {
      const { perf, ref } = estimateCorpusPair('coral', 'tf2_mobilenet_v2_1.0_224_ptq', target);
      // 20-25% under while that map, in bricks, was cascaded with its QUANTIZE.
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.03);
    },
  );

  // The reshaped view is regor's ReshapeToIncreaseDepth: the element count's prime factors make the depth up to
  // 16 and the rest alternate between height and width, so the 224x224x3 input (2^10 x 3 x 7^2 elements) is
  // viewed as 168x56x16, not 1x9408x16; its QUANTIZE then takes Vela's block config (NPU 2-5% off before).
  test.each(['ethos-u65-256', 'ethos-u65-512'])('TF2 MobileNet v2 on %s: NPU cycles within 0.5%%', (target) => {
    const { perf, ref } = estimateCorpusPair('coral', 'tf2_mobilenet_v2_1.0_224_ptq', target);
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.005);
  });

  test.each(['ethos-u65-512', 'ethos-u85-256', 'ethos-u85-2048'])('YOLOv8n 192 on %s: SRAM within 2%%', (target) => {
    const { perf, ref } = estimateCorpusPair('openmv', 'yolov8n_192', target);
    // 28-30% over with the input map in bricks.
    expect(sramError(perf, ref)).toBeLessThanOrEqual(0.02);
  });
});

describeShared('fast-storage allocation on Dedicated_Sram vs Vela 5.1.0', () => {
  // Maps that compete for the SRAM are kept or evicted, per group of overlapping ones, to keep the most element
  // accesses (Vela's FastStorageAllocator): Palm Detection's first convolution output stays, and the input map
  // its QUANTIZE wrote goes to DRAM. Evicting by access density kept the small input map instead: 12-13% under.
  test.each(['ethos-u65-256', 'ethos-u65-512', 'ethos-u85-128', 'ethos-u85-1024'])(
    'Palm Detection on %s: SRAM within 0.5%%',
    (target) => {
      const { perf, ref } = estimateCorpusPair('openmv', 'palm_detection_full_192', target);
      expect(sramError(perf, ref)).toBeLessThanOrEqual(0.005);
    },
  );
});

describeShared("CPU operators' feature maps in the arena vs Vela 5.1.0", () => {
  // YAMNet's spectrogram runs on the CPU: its RFFT2D writes complex64 maps (8 bytes an element) that hold the
  // Shared_Sram arena's peak. Sized at a byte an element (an unknown type), the peak was 0.4% under Vela's.
  test.each(['ethos-u55-128', 'ethos-u55-256'])(
    'complex64 maps of CPU operators take 8 bytes an element (YAMNet, %s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('tflite-support', 'yamnet_audio_classifier', target);
      expect(perf.summary.sramUsedBytes).toBe(Math.round(r.summary.sram_used_kib * 1024));
    },
  );

  // The audio preprocessor's FFT auto-scale also writes a rank-0 int32 shift, read four CPU operators later:
  // regor's shapes give a rank-0 tensor no elements, so it takes no arena space (16 bytes over as one element).
  test.each(['ethos-u55-128', 'ethos-u55-256'])(
    'a rank-0 CPU output takes no arena space (audio preprocessor, %s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('tflite-micro', 'audio_preprocessor_int8', target);
      expect(perf.summary.sramUsedBytes).toBe(Math.round(r.summary.sram_used_kib * 1024));
    },
  );
});
