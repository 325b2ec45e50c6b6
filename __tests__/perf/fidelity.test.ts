// Golden test: the network estimate against Vela 5.1.0 on the corpus (shared/vela-ref), with Vela's
// own placement. Small corpus models (<= 150 KB, to keep the test quick) on all nine targets;
// `npm run fidelity` runs the whole corpus.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeShared, sharedDir } from '../helpers/shared.js';
import { estimateWithRefPlacement, quantile, readRef, relErr, velaTraffic } from './reference.js';

const MAX_MODEL_BYTES = 150 * 1024;

interface Pair {
  model: string;
  target: string;
  total: number;
  npu: number;
  sram: number;
  weights: number;
  /** Off-chip flash used (U55, Shared_Sram) or DRAM used (U65 and U85, Dedicated_Sram). */
  used: number;
  /** Errors of the bytes read and written per memory area either side uses. */
  traffic: number[];
  /** Per NPU layer with cycles in Vela's per-operator rows: our cycles and Vela's, and the pair's total. */
  layers: { ours: number; vela: number; total: number }[];
}

const TRAFFIC_AREAS = [
  ['sram', 'sram'],
  ['dram', 'dram'],
  ['onChipFlash', 'on_chip_flash'],
  ['offChipFlash', 'off_chip_flash'],
] as const;

function corpusPairs(): Pair[] {
  const pairs: Pair[] = [];
  const refDir = join(sharedDir, 'vela-ref');
  for (const name of readdirSync(refDir).sort()) {
    if (name === 'debug' || name === 'README.md') continue;
    const [source, ...rest] = name.split('__');
    const file = ['.tflite', '.bin']
      .map((ext) => join(sharedDir, 'corpus/models', source, rest.join('__') + ext))
      .find((p) => {
        try {
          return statSync(p).size <= MAX_MODEL_BYTES;
        } catch {
          return false;
        }
      });
    if (!file) continue;
    for (const tf of readdirSync(join(refDir, name)).sort()) {
      const ref = readRef(join(refDir, name, tf));
      if (!ref) continue;
      let perf;
      try {
        perf = estimateWithRefPlacement(file, ref);
      } catch {
        continue; // models our reader rejects are covered by the tflite tests
      }
      const s = perf.summary;
      const traffic: number[] = [];
      for (const [ours, theirs] of TRAFFIC_AREAS) {
        if (!ref.summary.memory?.[theirs]) continue;
        const { read, written } = velaTraffic(ref, theirs);
        if (read > 0 || s.memory[ours].readBytes > 0) traffic.push(relErr(s.memory[ours].readBytes, read));
        if (written > 0 || s.memory[ours].writeBytes > 0) traffic.push(relErr(s.memory[ours].writeBytes, written));
      }
      const byLayer = new Map(perf.layers.map((l) => [`${l.subgraph}:${l.operatorIndex}`, l.cycles]));
      const layers = ref.per_op
        .filter((o) => o.op_cycles > 0)
        .map((o) => ({
          ours: byLayer.get(`${o.subgraph ?? 0}:${o.index}`) ?? 0,
          vela: o.op_cycles,
          total: ref.summary.total_cycles,
        }));
      pairs.push({
        model: name,
        target: ref.target,
        total: relErr(s.totalCycles, ref.summary.total_cycles),
        npu: relErr(s.npuCycles, ref.summary.npu_cycles),
        sram: relErr(s.sramUsedBytes, Math.round(ref.summary.sram_used_kib * 1024)),
        weights: relErr(s.weightsEncodedBytes, ref.summary.weights_npu_encoded_bytes),
        used: ref.target.startsWith('ethos-u55')
          ? relErr(s.offChipFlashUsedBytes, Math.round(ref.summary.off_chip_flash_used_kib * 1024))
          : relErr(s.dramUsedBytes, Math.round(ref.summary.dram_used_kib * 1024)),
        traffic,
        layers,
      });
    }
  }
  return pairs;
}

describeShared('network estimate vs Vela 5.1.0 (corpus golden)', () => {
  let pairs: Pair[] = [];
  beforeAll(() => {
    pairs = corpusPairs();
  });

  test('covers the small corpus models on every target', () => {
    expect(pairs.length).toBeGreaterThan(100);
    expect(new Set(pairs.map((p) => p.target)).size).toBe(9);
  });

  // Each layer's cycles (what the report's costliest layers show) against Vela's per-operator rows (measured
  // 2026-11-24 on these pairs: most exact, the largest difference 0.24% of its pair's total cycles).
  test('per layer: most layers have Vela’s cycles exactly; none is off by more than 1% of its pair’s total', () => {
    const layers = pairs.flatMap((p) => p.layers);
    expect(layers.length).toBeGreaterThan(2000);
    const exact = layers.filter((l) => l.ours === l.vela).length;
    expect(exact / layers.length).toBeGreaterThan(0.8);
    const worst = Math.max(...layers.map((l) => Math.abs(l.ours - l.vela) / l.total));
    expect(worst).toBeLessThanOrEqual(0.01);
    expect(
      quantile(
        layers.map((l) => relErr(l.ours, l.vela)),
        0.99,
      ),
    ).toBeLessThanOrEqual(0.02);
  });

  test('totalCycles: median error <= 10%', () => {
    expect(
      quantile(
        pairs.map((p) => p.total),
        0.5,
      ),
    ).toBeLessThanOrEqual(0.1);
  });

  test('totalCycles: p90 error <= 25%', () => {
    expect(
      quantile(
        pairs.map((p) => p.total),
        0.9,
      ),
    ).toBeLessThanOrEqual(0.25);
  });

  test('npuCycles: median error <= 10%', () => {
    expect(
      quantile(
        pairs.map((p) => p.npu),
        0.5,
      ),
    ).toBeLessThanOrEqual(0.1);
  });

  test('weightsEncodedBytes: median error <= 2%', () => {
    expect(
      quantile(
        pairs.map((p) => p.weights),
        0.5,
      ),
    ).toBeLessThanOrEqual(0.02);
  });

  // What the engine reaches on these pairs, with a margin (measured 2026-11-23: total 0.0% / 0.10%, NPU 0.0% /
  // 0.09%, SRAM 0.0% / 0.0%, weights 0.0% / 0.07%, median / p90; flash or DRAM used, 2026-11-24: 0.0% / 0.06%,
  // 211 of 225 within 0.1%, the largest 0.17%): a regression shows here before the bars.
  test.each([
    ['total', 0.5, 0.001],
    ['total', 0.9, 0.005],
    ['npu', 0.9, 0.005],
    ['sram', 0.9, 0.005],
    ['weights', 0.9, 0.005],
    ['used', 0.5, 0.001],
    ['used', 0.9, 0.005],
  ] as const)('%s: quantile %s within %s of Vela (tighter than the issue asks)', (metric, q, bar) => {
    expect(
      quantile(
        pairs.map((p) => p[metric]),
        q,
      ),
    ).toBeLessThanOrEqual(bar);
  });

  // Bytes read and written per memory area, each area either side uses (measured 2026-11-23: median 0.0%, p90
  // 0.7-1.5% per area and direction).
  test.each([
    [0.5, 0.005],
    [0.9, 0.03],
  ] as const)('memory traffic: quantile %s within %s of Vela', (q, bar) => {
    const errors = pairs.flatMap((p) => p.traffic);
    expect(errors.length).toBeGreaterThan(300);
    expect(quantile(errors, q)).toBeLessThanOrEqual(bar);
  });

  test('sramUsedBytes: median error <= 15%', () => {
    expect(
      quantile(
        pairs.map((p) => p.sram),
        0.5,
      ),
    ).toBeLessThanOrEqual(0.15);
  });
});
