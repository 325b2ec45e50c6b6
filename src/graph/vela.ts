// Recognises models that Vela has already compiled: their NPU work is a CUSTOM `ethos-u` operator
// holding a command stream, so analysing the remaining TFLite operators would mislead.
import type { Model } from './types.js';

export function velaCompiledReason(model: Model): string | null {
  for (const sg of model.subgraphs) {
    for (const op of sg.operators) {
      if (op.type === 'CUSTOM' && op.customCode === 'ethos-u') {
        return 'already compiled by Vela: it contains an ethos-u custom operator (a command stream); analyse the model before Vela';
      }
    }
  }
  if (/\bvela\b/i.test(model.description)) {
    return `already compiled by Vela (description "${model.description}"); analyse the model before Vela`;
  }
  return null;
}
