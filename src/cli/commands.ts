// Commands that need targets and the engine (check, targets, optimize, quantize); loaded on demand.
import { UsageError } from './usage-error.js';

export async function run(command: string, _args: string[]): Promise<number> {
  throw new UsageError(`"${command}" is not available yet`);
}
