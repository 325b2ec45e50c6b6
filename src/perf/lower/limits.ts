// The bounds of the estimate: a model past them gets a too-large error that names the operator.

/** Internal operations one subgraph may lower into (the corpus's largest has a few thousand). */
export const MAX_INTERNAL_OPS = 200_000;

/** Time steps an LSTM may have for the estimate (Vela unrolls them one by one too). */
export const MAX_LSTM_STEPS = 8192;

/**
 * A model the estimator refuses: estimating it would take unbounded work ('too-large'), or an NPU operator
 * has a feature map with an empty, negative or non-finite dimension ('bad-shape'). Both come from hostile
 * or corrupted shapes; the message names the operator.
 */
export class PerfLimitError extends Error {
  readonly code: 'too-large' | 'bad-shape';
  constructor(message: string, code: 'too-large' | 'bad-shape' = 'too-large') {
    super(message);
    this.name = 'PerfLimitError';
    this.code = code;
  }
}
