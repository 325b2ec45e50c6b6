// What a report says about the tool and the engine that produced its figures.
import pkg from '../../package.json' with { type: 'json' };
import type { GateReport } from '../report/types.js';

export const VERSION: string = pkg.version;
/** The built-in engine reproduces this Vela release's placement and estimates. */
export const BUILTIN_ENGINE_VERSION = 'Vela 5.1.0';

export function builtinTool(): GateReport['tool'] {
  return { name: 'ethos-gate', version: VERSION, engine: 'builtin', engineVersion: BUILTIN_ENGINE_VERSION };
}
