import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fsReason } from '../../src/io/fs-reason.js';

/** The error a file operation throws. */
function errorOf(operation: () => unknown): unknown {
  try {
    operation();
  } catch (e) {
    return e;
  }
  throw new Error('the operation did not fail');
}

describe('fsReason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ethos-gate-fs-reason-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('errors of real file operations read as words with their code', () => {
    expect(fsReason(errorOf(() => readFileSync(join(dir, 'missing.tflite'))))).toBe(
      'no such file or directory (ENOENT)',
    );
    expect(fsReason(errorOf(() => readFileSync(dir)))).toBe('is a directory (EISDIR)');
    const file = join(dir, 'model.tflite');
    writeFileSync(file, 'x');
    expect(fsReason(errorOf(() => readFileSync(join(file, 'inside'))))).toBe(
      'a part of the path is not a directory (ENOTDIR)',
    );
  });

  test('a code without words is given as it is; an error without a code by its message', () => {
    expect(fsReason(Object.assign(new Error('odd'), { code: 'EWEIRD' }))).toBe('EWEIRD');
    expect(fsReason(new Error('the disk said no'))).toBe('the disk said no');
  });
});
