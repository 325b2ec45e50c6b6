// The optional Vela engine: an edge module (it spawns processes and uses temporary files), called
// by src/cli and src/action when the user picks `engine: vela` or `auto`.
//
// Typical use from an edge:
//   const results = await analyzeModelsWithEngine(models, targets, {
//     engine: parseEngineChoice(input),          // builtin | vela | auto
//     builtinVersion: ENGINE_VERSION,            // stamped on built-in results
//     velaPath, timeoutMs,                       // optional; Vela from PATH, 10 min per run
//   });
//   for (const r of results) { r.warnings.forEach(warn); use(r.result, r.engine); }
//   assertComparable(path, base.engine, head.engine);   // before diffing base and head figures
// Lower level: runVela / runVelaMany for one (model, target) run each, velaVersion to probe.
export { VelaError, isVelaError, type VelaErrorCode } from './errors.js';
export {
  runVela,
  runVelaMany,
  velaVersion,
  runPool,
  DEFAULT_VELA_TIMEOUT_MS,
  type RunVelaOptions,
  type VelaRun,
  type Settled,
} from './run.js';
export {
  analyzeModelsWithEngine,
  assertComparable,
  describeEngine,
  parseEngineChoice,
  ENGINE_CHOICES,
  type EngineChoice,
  type EngineOptions,
  type EngineStamp,
  type EngineModelResult,
  type ModelInput,
} from './engine.js';
export { velaArguments } from './command.js';
export { bundledVelaIni } from './ini.js';
