// Typed errors for target selection and target files: each names the file (when one is involved),
// the line when known, and the cause, with a stable code for callers that branch on it.

export type TargetErrorCode =
  | 'no-targets'
  | 'unknown-target'
  | 'unknown-accelerator'
  | 'unknown-system-config'
  | 'unknown-memory-mode'
  | 'ambiguous'
  | 'duplicate'
  | 'unsupported-file'
  | 'missing-file'
  | 'syntax'
  | 'missing-value'
  | 'bad-value'
  | 'unknown-key'
  | 'unknown-memory-area'
  | 'bad-memory-mode'
  | 'bad-inherit'
  | 'bad-data';

export class TargetError extends Error {
  readonly code: TargetErrorCode;
  /** The target file involved, as the caller named it. */
  readonly file?: string;
  /** 1-based line in `file`, when the cause sits on one line. */
  readonly line?: number;
  /** The bare cause, without the file prefix, for reports that print the file separately. */
  readonly detail: string;
  constructor(code: TargetErrorCode, detail: string, where: { file?: string; line?: number } = {}) {
    const prefix =
      where.file === undefined ? '' : where.line === undefined ? `${where.file}: ` : `${where.file}:${where.line}: `;
    super(prefix + detail);
    this.name = 'TargetError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.detail = detail;
  }
}

export function isTargetError(e: unknown): e is TargetError {
  return e instanceof TargetError;
}
