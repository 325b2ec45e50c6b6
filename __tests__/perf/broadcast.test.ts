// U55/U65 broadcast only one operand of an elementwise operation: when both are smaller than the output,
// Vela 5.1.0 first broadcasts one into a full-size map by adding it to a constant of zeros (regor's
// ReplaceBroadcastWithAdd).
import { describeShared } from '../helpers/shared.js';
import { estimateCorpusPair, estimateSyntheticPair, relErr } from './reference.js';

describeShared('broadcasting both operands on U55/U65 vs Vela 5.1.0', () => {
  test.each(['ethos-u55-128', 'ethos-u55-256'])("add_bcast_both on %s: Vela's total cycles", (target) => {
    const name = 'elementwise__add_bcast_both';
    const { perf, ref } = estimateSyntheticPair(name, target);
    // One Add without the broadcast was 50-84% under.
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.005);
  });

  test.each(['ethos-u55-128', 'ethos-u55-256'])('MoveNet on %s: total cycles within 1%%', (target) => {
    const { perf, ref } = estimateCorpusPair('coral', 'movenet_single_pose_lightning_ptq', target);
    // 8-9% under while its doubly broadcast elementwise operations ran as one pass each.
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.01);
  });
});
