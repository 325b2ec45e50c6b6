// A 2x bilinear resize with half-pixel centers on U55/U65, as Vela 5.1.0 legalises it: a copy into a map one
// pixel larger on every side, four mirrored border copies, then four 2x2 depthwise convolutions (one per output
// phase) with constant interpolation weights.
import { describeShared } from '../helpers/shared.js';
import { estimateCorpusPair, estimateSyntheticPair, relErr } from './reference.js';

describeShared('half-pixel bilinear resize vs Vela 5.1.0 (synthetic)', () => {
  test.each(['ethos-u55-128', 'ethos-u55-256', 'ethos-u65-512'])(
    "data_movement__resize_bilinear_x2_halfpixel on %s: Vela's cycles and encoded weights",
    (target) => {
      const name = 'data_movement__resize_bilinear_x2_halfpixel';
      const { perf, ref } = estimateSyntheticPair(name, target);
      // It was one upscaling average pool: 70-75% under.
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.005);
      // The four constant 2x2 kernels are encoded as Vela encodes them.
      expect(perf.summary.weightsEncodedBytes).toBe(ref.summary.weights_npu_encoded_bytes);
    },
  );
});

// regor's LegaliseResize on U55/U65: a 4x or 8x upscale runs as 2x upscaling average pools, the last one with
// the resize's kernel (a bilinear one's 4x4), and an align-corners nearest-neighbour resize ends in a depthwise
// convolution whose generated kernel picks the middle tap.
describeShared('resizes legalised as Vela 5.1.0 does (synthetic)', () => {
  test.each([
    // One 4x upscaling pool before: 22-28% under.
    ['data_movement__resize_nn_x4', 'ethos-u55-128'],
    ['data_movement__resize_nn_x4', 'ethos-u65-512'],
    // One 4x4-kernel pool upscaling 4x before: 10-15% under.
    ['data_movement__resize_bilinear_x4', 'ethos-u55-256'],
    ['data_movement__resize_bilinear_x4', 'ethos-u65-512'],
    // An upscaling average pool before: 22% over on U55-128, 5% under on U65-512.
    ['data_movement__resize_nn_x2_align', 'ethos-u55-128'],
    ['data_movement__resize_nn_x2_align', 'ethos-u65-512'],
  ])("%s on %s: Vela's cycles, MACs and encoded weights", (name, target) => {
    const { perf, ref } = estimateSyntheticPair(name, target);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.005);
    expect(perf.summary.macs).toBe(ref.per_op.reduce((sum, o) => sum + o.macs, 0));
    expect(perf.summary.weightsEncodedBytes).toBe(ref.summary.weights_npu_encoded_bytes);
  });
});

// Each half-pixel RESIZE has its own tap tensors, as regor makes them per operation: PalmDetection's two 256-channel
// upsamplings on U55/U65 had shared one set, 832-896 bytes under Vela's encoded weights.
describeShared('half-pixel resize tap tensors per operation vs Vela 5.1.0', () => {
  test.each(['ethos-u55-128', 'ethos-u65-512'])(
    'PalmDetection on %s (--exact-weights): encoded weights as Vela',
    (target) => {
      const { perf, ref } = estimateCorpusPair('openmv', 'palm_detection_full_192', target, {
        weightSampleValues: Infinity,
      });
      expect(perf.summary.weightsEncodedBytes).toBe(ref.summary.weights_npu_encoded_bytes);
    },
  );
});
