// What the bench needs from the sources, bundled once (scripts/bundle-src.mjs) and shared with its child processes.
export { chainModel } from './graphs.js';
export { bigModel } from './big-model.js';
export { analyzeModel } from '../../src/engine/analyze.js';
export { analyzeModelFile } from '../../src/io/analyze-file.js';
export { openModelFile } from '../../src/io/model-file.js';
export { builtinTarget, builtinTargets } from '../../src/targets/index.js';
