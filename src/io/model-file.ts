// Reading model files from disk for the CLI and the action (an edge: the core takes bytes and loaders).
//
// Small files are read whole. Large files are read lazily: only the flatbuffer part is read up front (a prefix that
// grows until readModelPrefix is satisfied); weights stored after it (the > 2 GB layout) are read one buffer at a
// time when the analysis asks for them. The SHA-256 is computed by streaming the file in fixed-size chunks.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Model } from '../graph/types.js';
import { ModelFileError } from '../tflite/errors.js';
import { readModel, readModelPrefix } from '../tflite/read.js';

/** Files up to this size are read whole: one read is faster than several, and the memory is small anyway. */
export const DEFAULT_WHOLE_FILE_LIMIT = 64 * 2 ** 20;
/** First prefix tried for a lazily read file; it doubles until the flatbuffer part is covered. */
export const DEFAULT_FIRST_PREFIX = 2 ** 20;
/** Chunk size for hashing; with the one buffer the model keeps this is the read path's working memory. */
const HASH_CHUNK = 8 * 2 ** 20;

export interface OpenOptions {
  /** Name used in errors (default: the path). */
  file?: string;
  /** Files larger than this are read lazily (default 64 MiB; 0 reads every file lazily). */
  wholeFileLimit?: number;
  /** First prefix size for lazy reads (default 1 MiB). */
  firstPrefix?: number;
  /** Compute the file's SHA-256 (default true). */
  hash?: boolean;
}

export interface ModelFile {
  model: Model;
  /** Hex SHA-256 of the whole file ('' when not asked for). */
  sha256: string;
  size: number;
  /** True when external buffers are read on demand. */
  lazy: boolean;
  /** Bytes read so far for the model itself (prefix and buffers), not counting hashing. */
  readonly bytesRead: number;
  /** Closes the file; lazily read buffers are unavailable afterwards. */
  close(): void;
}

/** Opens and reads a model file. Throws ModelFileError (including `io-error` for file-system failures). */
export function openModelFile(path: string, options: OpenOptions = {}): ModelFile {
  const file = options.file ?? path;
  const fd = openOrFail(path, file);
  let keepOpen = false;
  try {
    const size = fstatSync(fd).size;
    const hash = options.hash !== false;
    const counter = { bytesRead: 0 };
    const readRange = (offset: number, length: number): Uint8Array => {
      const out = readFully(fd, offset, length, file);
      counter.bytesRead += out.length;
      return out;
    };
    const sha256 = hash ? hashFile(fd, size, file) : '';
    if (size <= (options.wholeFileLimit ?? DEFAULT_WHOLE_FILE_LIMIT)) {
      const model = readModel(readRange(0, size), { file });
      return finish(model, sha256, size, false, counter, () => {});
    }
    let prefixSize = Math.min(size, options.firstPrefix ?? DEFAULT_FIRST_PREFIX);
    for (;;) {
      const result = readModelPrefix(readRange(0, prefixSize), { file, fileSize: size, load: readRange });
      if ('model' in result) {
        keepOpen = true;
        return finish(result.model, sha256, size, true, counter, () => closeSync(fd));
      }
      prefixSize = result.needBytes;
    }
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}

function finish(
  model: Model,
  sha256: string,
  size: number,
  lazy: boolean,
  counter: { bytesRead: number },
  close: () => void,
): ModelFile {
  let closed = false;
  return {
    model,
    sha256,
    size,
    lazy,
    get bytesRead() {
      return counter.bytesRead;
    },
    close() {
      if (!closed) close();
      closed = true;
    },
  };
}

function openOrFail(path: string, file: string): number {
  try {
    return openSync(path, 'r');
  } catch (e) {
    throw new ModelFileError(file, 'io-error', `cannot open: ${(e as Error).message}`);
  }
}

/** Reads exactly `length` bytes at `offset`; a short read means the file shrank since it was checked. */
function readFully(fd: number, offset: number, length: number, file: string): Uint8Array {
  const out = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    let n: number;
    try {
      n = readSync(fd, out, done, length - done, offset + done);
    } catch (e) {
      throw new ModelFileError(file, 'io-error', `read failed at byte ${offset + done}: ${(e as Error).message}`);
    }
    if (n === 0)
      throw new ModelFileError(
        file,
        'truncated',
        `the file ended at byte ${offset + done}, expected ${offset + length}`,
      );
    done += n;
  }
  return out;
}

/** The SHA-256 of a file, read in chunks (what openModelFile reports as the model's digest). */
export function sha256OfFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    return hashFile(fd, fstatSync(fd).size, path);
  } finally {
    closeSync(fd);
  }
}

function hashFile(fd: number, size: number, file: string): string {
  const h = createHash('sha256');
  const chunk = new Uint8Array(Math.min(HASH_CHUNK, Math.max(size, 1)));
  for (let at = 0; at < size; ) {
    const n = Math.min(chunk.length, size - at);
    let got: number;
    try {
      got = readSync(fd, chunk, 0, n, at);
    } catch (e) {
      throw new ModelFileError(file, 'io-error', `read failed at byte ${at}: ${(e as Error).message}`);
    }
    if (got === 0) throw new ModelFileError(file, 'truncated', `the file ended at byte ${at}, expected ${size}`);
    h.update(chunk.subarray(0, got));
    at += got;
  }
  return h.digest('hex');
}
