// ARG_MAX on Ethos-U85 as Vela 5.1.0 runs it: the hardware's own ArgMax, costed like pooling, over the input
// reshaped to 3D around the reduced axis with a kernel as wide as that axis (regor's DecomposeReduce).
import { describeShared } from '../helpers/shared.js';
import { estimateCorpusPair, relErr } from './reference.js';

describeShared('ARG_MAX on U85 vs Vela 5.1.0', () => {
  const targets = ['ethos-u85-128', 'ethos-u85-256', 'ethos-u85-512', 'ethos-u85-1024', 'ethos-u85-2048'];
  // MoveNet's keypoint decoder: one ARG_MAX over a 48x48 heatmap (2,304 values) and one over 17 of them. Run as
  // a max pool of at most 64 wide they were 622 and 1,458 NPU cycles against Vela's 12,523 and 23,858, which
  // put the network's NPU cycles 6.5% under on U85-2048.
  test.each(targets)('MoveNet on %s: both ARG_MAX layers within 0.5%% of Vela', (target) => {
    const { perf, ref } = estimateCorpusPair('coral', 'movenet_single_pose_lightning_ptq', target);
    for (const index of [89, 130]) {
      const ours = perf.layers.find((l) => l.operatorIndex === index);
      const vela = ref.per_op.find((o) => o.index === index);
      expect(ours && vela && relErr(ours.npuCycles, vela.npu_cycles)).toBeLessThanOrEqual(0.005);
      expect(ours && vela && relErr(ours.cycles, vela.op_cycles)).toBeLessThanOrEqual(0.005);
    }
  });
});
