// What the bench needs from the sources, bundled once (scripts/bundle-src.mjs) and shared with its child processes.
// One bundle, so one copy of the estimator's module state: clearEstimatorCaches clears the caches analyzeModel uses
// (each separately bundled entry would carry its own).
export { chainModel } from './graphs.js';
export { bigModel } from './big-model.js';
export { analyzeModel } from '../../src/engine/analyze.js';
export { clearEstimatorCaches } from '../../src/perf/index.js';
export { readModel } from '../../src/tflite/read.js';
export { analyzeModelFile } from '../../src/io/analyze-file.js';
export { openModelFile } from '../../src/io/model-file.js';
export { builtinTarget, builtinTargets } from '../../src/targets/index.js';
