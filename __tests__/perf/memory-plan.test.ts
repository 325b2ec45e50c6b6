// Which feature maps Vela keeps in the staging SRAM on Dedicated_Sram (src/perf/memory-plan.ts, after regor's
// FastStorageAllocator), on made-up live ranges.
import { assignMemories, LiveRanges } from '../../src/perf/memory-plan.js';
import { archFor } from '../../src/perf/arch.js';
import type { Buffer } from '../../src/perf/ops.js';
import { builtinTarget } from '../../src/targets/index.js';

const arch = archFor(builtinTarget('ethos-u65-256'));
const map = (key: string, bytes: number): Buffer => ({
  key,
  elements: bytes,
  bits: 8,
  linear: true,
  external: false,
  isInput: false,
  isOutput: false,
  constant: false,
  shape: { h: 1, w: 1, c: bytes },
});

/** Live ranges from [key, bytes, first step, last step]. */
function ranges(list: [string, number, number, number][]): LiveRanges {
  const live = new LiveRanges(10);
  for (const [key, bytes, from, to] of list) {
    const b = map(key, bytes);
    live.use(b, from);
    live.use(b, to);
  }
  return live;
}

describe('fast-storage allocation (Dedicated_Sram)', () => {
  const limit = arch.stagingLimit;
  const staged = (where: Map<string, unknown>, key: string) => where.get(key) === arch.stagingMem;

  test('everything stays in SRAM when it all fits', () => {
    const live = ranges([
      ['a', limit / 4, 0, 1],
      ['b', limit / 4, 1, 2],
    ]);
    const where = assignMemories(arch, live, new Set(['a', 'b']), () => 0);
    expect(staged(where, 'a') && staged(where, 'b')).toBe(true);
  });

  test('of two maps that cannot share the SRAM, the one with more element accesses stays, whatever its size', () => {
    const live = ranges([
      ['small', Math.floor(limit * 0.3), 0, 1],
      ['large', Math.floor(limit * 0.8), 1, 2],
    ]);
    const accesses: Record<string, number> = { small: 1000, large: 5000 };
    const where = assignMemories(arch, live, new Set(['small', 'large']), (k) => accesses[k]);
    expect(staged(where, 'large')).toBe(true);
    expect(staged(where, 'small')).toBe(false);
    // With the accesses the other way round, the small one stays.
    const flipped = assignMemories(arch, live, new Set(['small', 'large']), (k) => 6000 - accesses[k]);
    expect(staged(flipped, 'small')).toBe(true);
    expect(staged(flipped, 'large')).toBe(false);
  });

  test('the best combination, not the best single map: two that fit together beat one that excludes both', () => {
    const live = ranges([
      ['a', Math.floor(limit * 0.45), 0, 2],
      ['b', Math.floor(limit * 0.45), 2, 4],
      ['big', Math.floor(limit * 0.6), 1, 3],
    ]);
    const accesses: Record<string, number> = { a: 400, b: 400, big: 700 };
    const where = assignMemories(arch, live, new Set(['a', 'b', 'big']), (k) => accesses[k]);
    expect(staged(where, 'a') && staged(where, 'b')).toBe(true);
    expect(staged(where, 'big')).toBe(false);
  });

  test('a map larger than the SRAM, one living across a CPU operator and a cascade output stay in the arena', () => {
    const live = ranges([
      ['huge', limit + 16, 0, 1],
      ['acrossCpu', 64, 2, 5],
      ['cascaded', 64, 6, 7],
    ]);
    const where = assignMemories(
      arch,
      live,
      new Set(['huge', 'acrossCpu', 'cascaded']),
      () => 1,
      [3],
      new Set(['cascaded']),
    );
    for (const k of ['huge', 'acrossCpu', 'cascaded']) expect(where.get(k)).toBe(arch.arenaMem);
  });

  // regor counts time in half steps: 2t while step t runs, 2t - 1 between steps t - 1 and t, and a map lives to
  // the half step after its last reader. A weight buffer filled under step 0 for step 1 is taken from half step
  // 1: the previous step's input meets it there, as does a map still in use at step 1; the next step's output
  // does not (Vela sent a U65 map last read by the step before a prebuffered convolution to DRAM).
  test('a buffer filled between two steps meets the maps of the step before and those that live across', () => {
    const prebuffer = new Map([[1, Math.floor(limit * 0.5)]]);
    // A map of 60% of the SRAM used from step `from` to step `to`, beside the buffer: staged or not.
    const stagedBeside = (from: number, to: number): boolean => {
      const live = ranges([['m', Math.floor(limit * 0.6), from, to]]);
      return staged(
        assignMemories(arch, live, new Set(['m']), () => 1, [], new Set(), prebuffer),
        'm',
      );
    };
    expect(stagedBeside(0, 0)).toBe(false); // the previous step's input
    expect(stagedBeside(1, 2)).toBe(true); // the next step's output
    expect(stagedBeside(0, 2)).toBe(false); // a map that lives across the boundary
  });

  test('rolling buffers of a cascade take their share of the SRAM first', () => {
    const live = ranges([['m', Math.floor(limit * 0.6), 0, 2]]);
    const rolling = new Map([[2, Math.floor(limit * 0.5)]]); // during step 1 (half steps)
    const where = assignMemories(arch, live, new Set(['m']), () => 1, [], new Set(), rolling);
    expect(staged(where, 'm')).toBe(false);
    expect(
      staged(
        assignMemories(arch, live, new Set(['m']), () => 1),
        'm',
      ),
    ).toBe(true);
  });

  // regor's FuseRanges: a map whose allocation the next operation's output takes over is one live range with
  // that output, kept or evicted as a unit and worth both maps' accesses.
  test('a map and the output that takes it over are kept or evicted together, on their summed accesses', () => {
    const live = ranges([
      ['in', Math.floor(limit * 0.5), 0, 1],
      ['out', Math.floor(limit * 0.5), 1, 2],
      ['rival', Math.floor(limit * 0.6), 2, 3],
    ]);
    const keys = new Set(['in', 'out', 'rival']);
    const accesses: Record<string, number> = { in: 400, out: 400, rival: 600 };
    // Apart, 'out' (400) loses to 'rival' (600) and 'in' stays on its own.
    const apart = assignMemories(arch, live, keys, (k) => accesses[k]);
    expect([staged(apart, 'in'), staged(apart, 'out'), staged(apart, 'rival')]).toEqual([true, false, true]);
    // Together (800) they beat 'rival', and they share one allocation.
    const fused = assignMemories(
      arch,
      live,
      keys,
      (k) => accesses[k],
      [],
      new Set(),
      new Map(),
      new Map([['in', 'out']]),
    );
    expect([staged(fused, 'in'), staged(fused, 'out'), staged(fused, 'rival')]).toEqual([true, true, false]);
  });
  test('maps living across thousands of steps (the segment-tree timeline) are chosen as short-lived ones are', () => {
    // The combination test above, every step a thousand steps long.
    const live = new LiveRanges(5000);
    for (const [key, bytes, from, to] of [
      ['a', Math.floor(limit * 0.45), 0, 2000],
      ['b', Math.floor(limit * 0.45), 2000, 4000],
      ['big', Math.floor(limit * 0.6), 1000, 3000],
    ] as const) {
      const b = map(key, bytes);
      live.use(b, from);
      live.use(b, to);
    }
    const accesses: Record<string, number> = { a: 400, b: 400, big: 700 };
    const where = assignMemories(arch, live, new Set(['a', 'b', 'big']), (k) => accesses[k]);
    expect([staged(where, 'a'), staged(where, 'b'), staged(where, 'big')]).toEqual([true, true, false]);
  });

  test('thousands of long-lived competing maps: what is kept fits at every step, whatever the search reached', () => {
    // A decomposed hostile model's shape: 6,000 maps of 30% of the SRAM, each overlapping the next 2,000.
    const n = 6000;
    const live = new LiveRanges(n + 2000);
    const keys = new Set<string>();
    const spans: [string, number, number, number][] = [];
    for (let i = 0; i < n; i++) {
      const key = `m${i}`;
      const b = map(key, Math.floor(limit * 0.3));
      live.use(b, i);
      live.use(b, i + 2000);
      keys.add(key);
      spans.push([key, b.elements, i, i + 2000]);
    }
    const where = assignMemories(arch, live, keys, (k) => Number(k.slice(1)) % 97);
    const usage = new Float64Array(n + 2001);
    let kept = 0;
    for (const [key, bytes, from, to] of spans) {
      if (!staged(where, key)) continue;
      kept++;
      for (let t = from; t <= to; t++) usage[t] += bytes;
    }
    expect(kept).toBeGreaterThan(0);
    expect(Math.max(...usage)).toBeLessThanOrEqual(limit);
  });
});
