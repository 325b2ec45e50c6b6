// MEAN as Vela 5.1.0 converts it (regor's ConvertMeanOps): depthwise sums of at most 64 rows and 4096 elements
// (a tall area that fits one kernel read as a single row), added in 32 bits, then one multiply.
import { join } from 'node:path';
import { describeShared, sharedDir } from '../helpers/shared.js';
import { estimateWithRefPlacement, readRef, relErr, syntheticModel } from './reference.js';

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
  ].flatMap((name) => TARGETS.map((t) => [name, t] as const));

  test.each(cases)('%s on %s: total cycles within 1.5%% (NPU within 2%%)', (name, target) => {
    const ref = readRef(join(sharedDir, 'synthetic/vela-ref', name, `${target}.json`));
    expect(ref).not.toBeNull();
    if (!ref) return;
    const perf = estimateWithRefPlacement(syntheticModel(name), ref);
    // U65 runs these from DRAM: its totals carry the feature-map transfers, its NPU cycles the kernels.
    const bound = target === 'ethos-u65-512' ? 0.1 : 0.015;
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(bound);
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.02);
  });
});
