// Scale: a 5,000-operator graph goes through the whole pipeline (read, placement, performance) on three targets in
// bounded time, and the cost grows about linearly with the operator count. The bound is generous (shared CI
// runners, jest's VM); `npm run bench` measures the real figures.
import { chainModel } from '../../scripts/bench/graphs.js';
import { analyzeModel } from '../../src/engine/analyze.js';
import { builtinTarget } from '../../src/targets/index.js';

const targets = ['ethos-u55-256', 'ethos-u65-512', 'ethos-u85-256'].map((id) => builtinTarget(id));

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

test('5,000 operators on three targets: every operator placed and priced, in bounded time', () => {
  const bytes = chainModel(5000, { mix: 'light' });
  // Warm the code paths on a small graph first, so the figure is the graph's cost rather than JIT start-up.
  analyzeModel(chainModel(50, { mix: 'light', seed: 2 }), 'warm.tflite', targets);
  const small = timed(() => analyzeModel(chainModel(500, { mix: 'light', seed: 3 }), 'small.tflite', targets));
  const { value: result, ms } = timed(() => analyzeModel(bytes, 'chain-5000.tflite', targets));

  expect(result.error).toBeUndefined();
  expect(result.targets.map((t) => t.target)).toEqual(targets.map((t) => t.id));
  for (const t of result.targets) {
    expect(t.operators).toHaveLength(5000);
    expect(t.npuOperators).toBe(5000);
    expect(t.performance?.layers).toHaveLength(5000);
    expect(t.performance!.summary.totalCycles).toBeGreaterThan(0);
  }
  console.log(
    `5,000-operator graph, 3 targets: ${ms.toFixed(0)} ms (${((ms / 5000 / 3) * 1000).toFixed(0)} µs per operator ` +
      `and target); 500 operators: ${small.ms.toFixed(0)} ms`,
  );
  // Generous: about 5 s outside jest on one core.
  expect(ms).toBeLessThan(45_000);
  // Ten times the operators costs well under a hundred times as much: nothing quadratic on the path.
  expect(ms / small.ms).toBeLessThan(30);
});

test('140,000 operators, near the internal-operation limit, are estimated (the steps are not spread into one call)', () => {
  // A spread of more than about 120,000 values into one call overflows the call stack: the costs of a graph this
  // long were once lost to an internal error.
  const r = analyzeModel(chainModel(140_000, { mix: 'light', size: 2, channels: 1 }), 'chain.tflite', [
    builtinTarget('ethos-u55-128'),
  ]);
  expect(r.error).toBeUndefined();
  expect(r.targets[0].performance?.layers).toHaveLength(140_000);
});
