// Recognises models that Vela has already compiled: their NPU work is a CUSTOM `ethos-u` operator
// holding a command stream, so analysing the remaining TFLite operators would mislead.
import type { Model } from './types.js';

/**
 * The description Vela writes into the models it compiles: "Vela Optimised", or with its version
 * ("Vela 3.11.0 Optimised", "Vela 4.1.1.dev18+g86ea209 Optimised"). Only that exact form counts: a model
 * whose own description merely mentions Vela is not compiled.
 */
const VELA_DESCRIPTION = /^Vela(?: \d[\w.+-]*)? Optimised$/;

export function velaCompiledReason(model: Model): string | null {
  for (const sg of model.subgraphs) {
    for (const op of sg.operators) {
      if (op.type === 'CUSTOM' && op.customCode === 'ethos-u') {
        return 'already compiled by Vela: it contains an ethos-u custom operator (a command stream); analyse the model before Vela';
      }
    }
  }
  // Vela's output with every operator left on the CPU holds no command stream, only Vela's description.
  if (VELA_DESCRIPTION.test(model.description.trim())) {
    return `already compiled by Vela (description "${model.description}"); analyse the model before Vela`;
  }
  return null;
}
