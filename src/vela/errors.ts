// Typed failures of the optional Vela engine. Every one names the model (and the target when there is
// one) so that a report can say which run failed and why, and `engine: auto` can fall back.

export type VelaErrorCode =
  /** The executable was not found or could not be started. */
  | 'missing'
  /** Vela exited with an error or was killed by a signal. */
  | 'crashed'
  /** Vela ran longer than the allowed time and was killed. */
  | 'timeout'
  /** Vela finished but its output files or report could not be read. */
  | 'unparsable'
  /** Base and head figures came from different engines or Vela versions. */
  | 'mismatch';

export class VelaError extends Error {
  readonly model: string;
  readonly target?: string;
  readonly code: VelaErrorCode;
  /** The cause without the model prefix. */
  readonly detail: string;
  constructor(code: VelaErrorCode, model: string, detail: string, target?: string) {
    super(`${model}${target ? ` (${target})` : ''}: ${detail}`);
    this.name = 'VelaError';
    this.code = code;
    this.model = model;
    this.target = target;
    this.detail = detail;
  }
}

export function isVelaError(e: unknown): e is VelaError {
  return e instanceof VelaError;
}

/** A parser's complaint, turned into a VelaError('unparsable') by the runner, which knows the model. */
export class VelaOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VelaOutputError';
  }
}
