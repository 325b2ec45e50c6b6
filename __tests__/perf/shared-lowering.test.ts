// Targets that lower a subgraph alike share one lowered graph (src/perf/shared-lowering.ts). Each target's costing
// writes its own weight sizes and formats into that graph; what a target gets must not depend on which targets
// were analysed before it in the same call.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeModel } from '../../src/engine/analyze.js';
import { builtinTargets } from '../../src/targets/index.js';
import { projectRoot } from '../helpers/shared.js';

const examples = join(projectRoot, 'examples/models');
const models = readdirSync(examples).filter((f) => f.endsWith('.tflite'));

describe('lowered graphs shared across targets', () => {
  const targets = builtinTargets();

  test.each(models)('%s: each target gets what it gets alone, in any order', (file) => {
    const bytes = readFileSync(join(examples, file));
    const forward = analyzeModel(bytes, file, targets);
    const backward = analyzeModel(bytes, file, [...targets].reverse());
    // Some targets do size their weights differently, so a size carried over would show.
    const sizes = new Set(forward.targets.map((t) => t.performance?.summary.weightsEncodedBytes));
    expect(sizes.size).toBeGreaterThan(1);
    for (const t of forward.targets) {
      const alone = analyzeModel(bytes, file, [targets.find((x) => x.id === t.target)!]).targets[0];
      expect(t).toEqual(alone);
      expect(backward.targets.find((x) => x.target === t.target)).toEqual(alone);
    }
  });
});
