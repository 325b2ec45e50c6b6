// Cheap checks on a file's first bytes, before any flatbuffer parsing: say what the file is
// when it is clearly not a model (empty, a Git LFS pointer, another format).
import { ModelFileError } from './errors.js';

const LFS_PREFIX = 'version https://git-lfs.github.com/spec/';
/** Pointer files are small text files (the spec caps them below 1024 bytes). */
export const LFS_POINTER_MAX_BYTES = 1024;

/** A Git LFS pointer (what git stores for a file tracked with LFS) rather than the file itself. */
export function isLfsPointer(bytes: Uint8Array): boolean {
  if (bytes.length >= LFS_POINTER_MAX_BYTES || bytes.length < LFS_PREFIX.length) return false;
  for (let i = 0; i < LFS_PREFIX.length; i++) if (bytes[i] !== LFS_PREFIX.charCodeAt(i)) return false;
  return true;
}

export function sniffModelFile(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new ModelFileError(file, 'empty-file', 'the file is empty');
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, Math.min(bytes.length, 200)));
  if (head.startsWith(LFS_PREFIX)) {
    throw new ModelFileError(
      file,
      'lfs-pointer',
      'this is a Git LFS pointer, not the model; fetch the LFS content (`git lfs pull`, or actions/checkout with `lfs: true`)',
    );
  }
  if (bytes.length < 8)
    throw new ModelFileError(file, 'truncated', `only ${bytes.length} bytes, too short for a TFLite flatbuffer`);
  const ident = String.fromCharCode(bytes[4], bytes[5], bytes[6], bytes[7]);
  if (ident !== 'TFL3') {
    const printable = /^[\x20-\x7e]{4}$/.test(ident) ? `"${ident}"` : 'binary bytes';
    throw new ModelFileError(
      file,
      'not-tflite',
      `not a TFLite model: file identifier is ${printable}, expected "TFL3"`,
    );
  }
}
