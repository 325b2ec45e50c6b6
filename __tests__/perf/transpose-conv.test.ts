// U85 transpose convolutions as regor decomposes them (DecomposeTransposeConv2DLargeStride): one stride-1
// convolution per output phase with its kernel taps reversed, estimated over the phase's whole output slice, after
// a 1x1 pass of zero weights when the stride exceeds the kernel. As one upscaling convolution they were 59-79%
// under Vela's cycles.
import { describeShared } from '../helpers/shared.js';
import { estimateSyntheticPair, relErr } from './reference.js';

describeShared('U85 transpose convolution vs Vela 5.1.0 (synthetic)', () => {
  const cases = ['tconv_s2_k2_valid', 'tconv_s2_k3_same', 'tconv_s3_k3_same', 'tconv_s2_k4_same_nobias'];
  test.each(cases.flatMap((c) => ['ethos-u85-256', 'ethos-u85-1024'].map((t) => [c, t] as const)))(
    "%s on %s: Vela's NPU and total cycles and encoded weights",
    (name, target) => {
      const { perf, ref } = estimateSyntheticPair(`data_movement__${name}`, target);
      expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.005);
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.005);
      expect(relErr(perf.summary.weightsEncodedBytes, ref.summary.weights_npu_encoded_bytes)).toBeLessThanOrEqual(0.02);
    },
  );
});
