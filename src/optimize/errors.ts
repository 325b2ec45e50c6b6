// Typed failures of the optimize engine: a bad setting string, or a model it cannot optimise.
export type OptimizeErrorCode = 'bad-setting' | 'bad-model' | 'no-target';

export class OptimizeError extends Error {
  constructor(
    readonly code: OptimizeErrorCode,
    /** The model file (or `<setting>` for a setting string) the problem is about. */
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'OptimizeError';
  }
}

export function isOptimizeError(e: unknown): e is OptimizeError {
  return e instanceof OptimizeError;
}
