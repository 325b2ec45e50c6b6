// Read-only memory (src/perf/read-only.ts) against Vela 5.1.0: the off-chip flash a Shared_Sram system (U55)
// needs, and the DRAM of a Dedicated_Sram one (U65, U85), which also holds the feature maps the SRAM does not.
// regor stores every constant the NPU reads once per distinct content; each case below is one of its rules.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeShared, sharedDir } from '../helpers/shared.js';
import { estimateCorpusPair, estimateSyntheticPair, KIB_ROUNDING, readOnlyGap, readRef } from './reference.js';

describeShared('read-only memory vs Vela 5.1.0', () => {
  // Measured 2026-11-24: 1,328 of 1,330 pairs within Vela's rounding (1,210 before constants, LUTs and
  // shared contents were counted as regor stores them); the rest are maps Vela keeps in SRAM.
  test('conformance models: flash (U55) and DRAM (U65, U85) equal Vela’s on at least 99% of pairs', () => {
    const dir = join(sharedDir, 'synthetic/vela-ref');
    let pairs = 0;
    const off: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      for (const file of readdirSync(join(dir, name)).sort()) {
        if (!readRef(join(dir, name, file))) continue;
        const target = file.replace(/\.json$/, '');
        const { perf, ref } = estimateSyntheticPair(name, target);
        pairs++;
        const gap = readOnlyGap(perf, ref);
        if (Math.abs(gap) > KIB_ROUNDING) off.push(`${name} on ${target}: ${gap} B`);
      }
    }
    expect(pairs).toBeGreaterThan(1000);
    expect(off.length / pairs).toBeLessThanOrEqual(0.01);
  });

  test.each([
    // An 8-bit softmax: its exp LUT (256 32-bit values) and its seven 32-bit constants.
    ['mlperf-tiny', 'kws_ref_model_int8'],
    // ... with a 16-bit output: one more constant, the output's zero point.
    ['tflite-micro', 'keyword_scrambled'],
    // A 16-bit softmax: two interpolating LUTs of 2 KiB and six constants.
    ['ml-zoo', 'ds_cnn_s_int16'],
    // Scalar constants the model's own ADD and MUL read.
    ['tflite-micro', 'audio_preprocessor_int8'],
    // 245 sigmoids and tanhs whose LUTs come out equal share them (92 tables); 49 fully connected layers share
    // one weight tensor, each with its own scale records (its quantization differs).
    ['ml-examples', 'basic_lstm_s_int8'],
    // Two broadcasts' constants of zeros of one shape: one place.
    ['coral', 'movenet_single_pose_lightning_ptq'],
    // MEANs of one area share their kernel of ones and its unit scale records; each has its own multiplier.
    ['nuvoton', 'ssd_mobilenetv3_small_int8'],
    // Every PReLU compares with one zero; the two resizes' tap kernels share records (their scales are equal).
    ['openmv', 'palm_detection_full_192'],
  ])('%s/%s on ethos-u55-256: off-chip flash equal to Vela’s', (source, model) => {
    const { perf, ref } = estimateCorpusPair(source, model, 'ethos-u55-256');
    expect(Math.abs(readOnlyGap(perf, ref))).toBeLessThanOrEqual(KIB_ROUNDING);
  });

  // Each operation's own encoding: the one its block config gives, or its slices' when it buffers them in slices
  // (an operation costed again, or reading weights another sliced, keeps its own).
  test.each(['ethos-u85-1024', 'ethos-u85-2048'])('ad01_int8 on %s: DRAM equal to Vela’s', (target) => {
    const { perf, ref } = estimateCorpusPair('mlperf-tiny', 'ad01_int8', target);
    expect(Math.abs(readOnlyGap(perf, ref))).toBeLessThanOrEqual(KIB_ROUNDING);
  });

  // The maps in DRAM: a graph input that CPU operators read lives to its last reader, not to the end (only graph
  // outputs do). GTCRN's input, read by two CPU GATHERs and an NPU TRANSPOSE, was held 16 KiB too long on U85.
  test.each(['ethos-u85-256', 'ethos-u85-2048'])('gtcrn_micro_full_int8 on %s: DRAM equal to Vela’s', (target) => {
    const { perf, ref } = estimateCorpusPair('gtcrn-micro', 'gtcrn_micro_full_int8', target);
    expect(Math.abs(readOnlyGap(perf, ref))).toBeLessThanOrEqual(KIB_ROUNDING);
  });

  // Weights buffered in depth slices carry each slice's scale records, on U85 each rounded up to the microblock
  // depth: a 32-channel convolution sliced in two on U85-1024 stores 64 records, not 32.
  test('conv2d k1_same (conformance) on ethos-u85-1024: DRAM equal to Vela’s', () => {
    const { perf, ref } = estimateSyntheticPair('conv2d__k1_same', 'ethos-u85-1024');
    expect(Math.abs(readOnlyGap(perf, ref))).toBeLessThanOrEqual(KIB_ROUNDING);
  });
  test.each(['ethos-u85-1024', 'ethos-u85-2048'])('ds_cnn_s_int16 on %s: DRAM equal to Vela’s', (target) => {
    const { perf, ref } = estimateCorpusPair('ml-zoo', 'ds_cnn_s_int16', target);
    expect(Math.abs(readOnlyGap(perf, ref))).toBeLessThanOrEqual(KIB_ROUNDING);
  });

  // An operation inside a cascade takes over no IFM's allocation (regor reuses IFMs outside cascades only):
  // MobileNet v2's residual ADD heads the next block's cascade, so both its inputs stay in DRAM to the cascade's
  // end (62 KiB under Vela on U65 when the ADD's output took over one of them).
  test.each(['ethos-u65-256', 'ethos-u65-512'])('tf2_mobilenet_v2 on %s: DRAM equal to Vela’s', (target) => {
    const { perf, ref } = estimateCorpusPair('coral', 'tf2_mobilenet_v2_1.0_224_ptq', target);
    expect(Math.abs(readOnlyGap(perf, ref))).toBeLessThanOrEqual(KIB_ROUNDING);
  });

  // Two shallow elementwise operations that see a map in the same deeper shape (regor reshapes them alike) are
  // cascaded through it, as in Vela: MoveNet's input scaling (MUL then SUB over 192x192x3) and YOLOv8n's softmax
  // reciprocal (MUL then MUL on 4x2100 rows). Without, the map went to DRAM: 4% over and 12% under Vela on U65.
  test.each([
    ['coral', 'movenet_single_pose_lightning_ptq'],
    ['misc', 'yolov8n_320_int8'],
  ])('%s/%s on ethos-u65-256: DRAM equal to Vela’s', (source, model) => {
    const { perf, ref } = estimateCorpusPair(source, model, 'ethos-u65-256');
    expect(Math.abs(readOnlyGap(perf, ref))).toBeLessThanOrEqual(KIB_ROUNDING);
  });

  // Weights shared by operations of different block configs are encoded anew for each config (regor's encoding
  // cache misses), each with its operation's scale records: the AutoML traffic model's detection head, shared by
  // three feature levels, was 15-31 KiB under Vela (flash on U55, DRAM on U65/U85). Within 0.01% now: its own
  // sampled weight sizes leave tens of bytes.
  test.each(['ethos-u55-128', 'ethos-u55-256', 'ethos-u65-256', 'ethos-u85-512'])(
    'automl_traffic_model_uint8 on %s: flash or DRAM within 0.01% of Vela’s',
    (target) => {
      const { perf, ref } = estimateCorpusPair('coral', 'automl_traffic_model_uint8', target);
      const used = target.startsWith('ethos-u55') ? ref.summary.off_chip_flash_used_kib : ref.summary.dram_used_kib;
      expect(Math.abs(readOnlyGap(perf, ref)) / (used * 1024)).toBeLessThanOrEqual(0.0001);
    },
  );

  // U85 runs 16-bit sigmoid and tanh from LUTs (U55 and U65 natively): an LSTM's gates read one more table.
  test('dtln_noise_suppression (two LSTMs) on ethos-u85-256: DRAM equal to Vela’s, the gates’ LUTs stored once', () => {
    const { perf, ref } = estimateCorpusPair('tflite-micro', 'dtln_noise_suppression', 'ethos-u85-256');
    expect(Math.abs(readOnlyGap(perf, ref))).toBeLessThanOrEqual(KIB_ROUNDING);
  });
  test.each(['ethos-u85-256', 'ethos-u85-2048'])('trained_lstm_int8 on %s: DRAM equal to Vela’s', (target) => {
    const { perf, ref } = estimateCorpusPair('tflite-micro', 'trained_lstm_int8', target);
    expect(Math.abs(readOnlyGap(perf, ref))).toBeLessThanOrEqual(KIB_ROUNDING);
  });
});
