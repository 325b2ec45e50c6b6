// Single-operator NPU cycles against Vela 5.1.0 on the synthetic conformance models
// (shared/synthetic/vela-ref, per_op npu_cycles), on U55-128, U65-512 and U85-256.
import { join } from 'node:path';
import { describeShared, sharedDir } from '../helpers/shared.js';
import { estimateWithRefPlacement, readRef, relErr, syntheticModel } from './reference.js';

const TARGETS = ['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-256'];
const CASES: [string, string[]][] = [
  ['conv2d__ifm_4x4x256_k3_s1', TARGETS],
  ['conv2d__act_relu', ['ethos-u85-256']],
  ['depthwise_conv2d__c16_28x28', TARGETS],
  ['depthwise_conv2d__c128_14x14', ['ethos-u55-128', 'ethos-u65-512']],
  ['fully_connected__fc_128_2048', TARGETS],
  ['fully_connected__fc_16_10', ['ethos-u55-128']],
  ['pool__avg_global_7x7', TARGETS],
  ['pool__avg_k2_s2_int16', TARGETS],
  ['elementwise__add_bcast_scalar_const', TARGETS],
  ['elementwise__add_bcast_channel', ['ethos-u55-128', 'ethos-u65-512']],
];

describeShared('single-operator NPU cycles vs Vela 5.1.0 (synthetic)', () => {
  const table = CASES.flatMap(([name, targets]) => targets.map((t) => [name, t] as const));
  test.each(table)('%s on %s', (name, target) => {
    const ref = readRef(join(sharedDir, 'synthetic/vela-ref', name, `${target}.json`));
    expect(ref).not.toBeNull();
    if (!ref) return;
    const perf = estimateWithRefPlacement(syntheticModel(name), ref);
    const refNpu = ref.per_op.reduce((a, o) => a + o.npu_cycles, 0);
    const estNpu = perf.layers.reduce((a, l) => a + l.npuCycles, 0);
    expect(estNpu).toBeGreaterThan(0);
    expect(relErr(estNpu, refNpu)).toBeLessThanOrEqual(0.02);
    // The layer cost is the maximal processing path: never below the NPU cycles.
    for (const l of perf.layers) expect(l.cycles).toBeGreaterThanOrEqual(l.npuCycles);
  });
});

describeShared('activation fusing vs Vela 5.1.0 (synthetic)', () => {
  // A RELU that requantizes (here the zero point moves from -3 to -128) is not fused into the convolution before
  // it: Vela fuses only activations with unit scaling. Fused, the chain was 44-48% under. (On U65-512, with its
  // maps in DRAM, it is still 15% under.)
  test.each(['ethos-u55-256', 'ethos-u85-256'])("conv_relu_add on %s: Vela's total cycles", (target) => {
    const name = 'chains__conv_relu_add';
    const ref = readRef(join(sharedDir, 'synthetic/vela-ref', name, `${target}.json`));
    expect(ref).not.toBeNull();
    if (!ref) return;
    const perf = estimateWithRefPlacement(syntheticModel(name), ref);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.01);
  });
});
