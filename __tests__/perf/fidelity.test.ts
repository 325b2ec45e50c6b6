// Golden test: the network estimate against Vela 5.1.0 on the corpus (shared/vela-ref), with Vela's
// own placement. Small corpus models (<= 150 KB, to keep the test quick) on all nine targets;
// `npm run fidelity` runs the whole corpus.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeShared, sharedDir } from '../helpers/shared.js';
import { estimateWithRefPlacement, quantile, readRef, relErr } from './reference.js';

const MAX_MODEL_BYTES = 150 * 1024;

interface Pair {
  model: string;
  target: string;
  total: number;
  npu: number;
  sram: number;
  weights: number;
}

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
      pairs.push({
        model: name,
        target: ref.target,
        total: relErr(s.totalCycles, ref.summary.total_cycles),
        npu: relErr(s.npuCycles, ref.summary.npu_cycles),
        sram: relErr(s.sramUsedBytes, Math.round(ref.summary.sram_used_kib * 1024)),
        weights: relErr(s.weightsEncodedBytes, ref.summary.weights_npu_encoded_bytes),
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

  // What the engine reaches on these pairs, with a margin (measured 2026-11-22: total 0.03% / 5.7%, NPU 0.0% /
  // 5.6%, SRAM 0.0% / 3.5%, weights 0.0% / 0.8%, median / p90): a regression shows here before the bars.
  test.each([
    ['total', 0.5, 0.01],
    ['total', 0.9, 0.08],
    ['npu', 0.9, 0.08],
    ['sram', 0.9, 0.06],
    ['weights', 0.9, 0.015],
  ] as const)('%s: quantile %s within %s of Vela (tighter than the issue asks)', (metric, q, bar) => {
    expect(
      quantile(
        pairs.map((p) => p[metric]),
        q,
      ),
    ).toBeLessThanOrEqual(bar);
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
