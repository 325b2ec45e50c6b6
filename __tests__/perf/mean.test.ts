// MEAN as Vela 5.1.0 converts it (regor's ConvertMeanOps): depthwise sums of at most 64 rows and 4096 elements
// (a tall area that fits one kernel read as a single row), added in 32 bits, then one multiply.
import { describeShared } from '../helpers/shared.js';
import { estimateCorpusPair, estimateSyntheticPair, relErr, sramError } from './reference.js';

describeShared('MEAN vs Vela 5.1.0 (synthetic)', () => {
  const TARGETS = ['ethos-u55-128', 'ethos-u55-256', 'ethos-u65-512', 'ethos-u85-256', 'ethos-u85-1024'];
  const cases = [
    // 16 sums of 16 rows (4096 / 256), 15 adds: it was one 64x64 sum, 94% under.
    'data_movement__mean_int16_256x256',
    // 65 x 65 is over 4096: two sums of 63 and 2 rows.
    'data_movement__mean_hw_65x65',
    // One kernel 4096 wide; 64 kernels 64 high.
    'data_movement__mean_w4096',
    'data_movement__mean_h4096',
    // 7x7 over 256 channels: on U85-1024 the kernel's bias records, read at DRAM latency per block, set the time.
    'data_movement__mean_hw_7x7',
  ].flatMap((name) => TARGETS.map((t) => [name, t] as const));

  test.each(cases)('%s on %s: total cycles within 1.5%% (NPU within 2%%)', (name, target) => {
    const { perf, ref } = estimateSyntheticPair(name, target);
    // The sums read a kernel of ones regor generates: encoded, buffered and read with its scale and bias records
    // like any weights; and the sums all run before the additions (64 sums on U65 then buffer each kernel under
    // the one before: 26% over when an addition came between).
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.015);
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.02);
  });

  // The sums read one generated kernel in turn, buffered whole: one buffer shared by them all (regor's
  // CoalesceWeightBufferTensors), not one per sum beside the next one's copy-ahead (6% over on U85-256).
  test.each(cases)("%s on %s: Vela's SRAM peak", (name, target) => {
    const { perf, ref } = estimateSyntheticPair(name, target);
    expect(sramError(perf, ref)).toBe(0);
  });
});

describeShared('MEAN in corpus models vs Vela 5.1.0', () => {
  // YAMNet's global average pool (3x2 over 1024 channels): its 10 KB of scale records come over the DRAM scale
  // channel, which sets the layer's time on U85-2048 (5x its NPU cycles). Without the generated kernel there were
  // no records to read.
  test.each(['ethos-u85-1024', 'ethos-u85-2048'])("YAMNet's MEAN on %s: within 1%% of Vela", (target) => {
    const { perf, ref } = estimateCorpusPair('tflite-support', 'yamnet_audio_classifier', target);
    const ours = perf.layers.find((l) => l.operatorIndex === 43);
    const vela = ref.per_op.find((o) => o.index === 43);
    expect(ours && vela && relErr(ours.cycles, vela.op_cycles)).toBeLessThanOrEqual(0.01);
  });

  // Vela counts the generated kernels in the encoded weights.
  test.each(['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-1024'])(
    "G-sensor CNN on %s: encoded weights equal to Vela's",
    (target) => {
      const { perf, ref } = estimateCorpusPair('nuvoton', 'gsensor_cnn_s_int8', target);
      expect(perf.summary.weightsEncodedBytes).toBe(ref.summary.weights_npu_encoded_bytes);
    },
  );
});
