// The fast-storage allocation's usage per step: the array and the segment tree answer as a plain list does.
import { usageTimeline } from '../../src/perf/usage-timeline.js';

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

describe.each([
  ['array', 1],
  ['segment tree', 10_000],
])('usage timeline (%s)', (_name, longestSpan) => {
  test('additions, removals and peaks over spans match a list of every step, clones are independent', () => {
    const rnd = lcg(longestSpan);
    const steps = 333;
    const timeline = usageTimeline(steps, longestSpan);
    const plain = new Float64Array(steps);
    const added: [number, number, number][] = [];
    for (let i = 0; i < 2000; i++) {
      const start = Math.floor(rnd() * steps);
      const end = Math.min(steps - 1, start + Math.floor(rnd() * 40));
      if (added.length && rnd() < 0.4) {
        // Remove an earlier addition, as the search does when it backtracks.
        const [s, e, bytes] = added.splice(Math.floor(rnd() * added.length), 1)[0];
        timeline.add(s, e, -bytes);
        for (let t = s; t <= e; t++) plain[t] -= bytes;
      } else {
        const bytes = 1 + Math.floor(rnd() * 100_000);
        added.push([start, end, bytes]);
        timeline.add(start, end, bytes);
        for (let t = start; t <= end; t++) plain[t] += bytes;
      }
      const a = Math.floor(rnd() * steps);
      const b = Math.min(steps - 1, a + Math.floor(rnd() * 60));
      expect(timeline.peakOver(a, b)).toBe(Math.max(0, ...plain.subarray(a, b + 1)));
    }
    expect(timeline.highest()).toBe(Math.max(0, ...plain));
    const copy = timeline.clone();
    copy.add(0, steps - 1, 1e9);
    expect(timeline.highest()).toBe(Math.max(0, ...plain));
    expect(copy.highest()).toBe(Math.max(0, ...plain) + 1e9);
  });
});
