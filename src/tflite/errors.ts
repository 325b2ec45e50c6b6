// Typed errors for unreadable model files: every failure names the file and a stable code.

export type ModelErrorCode =
  | 'empty-file'
  | 'lfs-pointer'
  | 'not-tflite'
  | 'truncated'
  | 'bad-offset'
  | 'bad-length'
  | 'bad-index'
  | 'bad-value'
  | 'too-large'
  | 'io-error';

export class ModelFileError extends Error {
  readonly file: string;
  readonly code: ModelErrorCode;
  constructor(file: string, code: ModelErrorCode, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ModelFileError';
    this.file = file;
    this.code = code;
    // The bare cause, without the file prefix, for reports that print the file separately.
    this.detail = message;
  }
  readonly detail: string;
}

export function isModelFileError(e: unknown): e is ModelFileError {
  return e instanceof ModelFileError;
}
