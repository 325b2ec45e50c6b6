import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allModels, readHead } from '../../src/action/models.js';
import { modelMatcher } from '../../src/gate/changes.js';

describe('models in the workspace', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ethos-gate-ws-'));
    for (const dir of ['m/deep', '.git', 'node_modules/pkg', '.hidden'])
      mkdirSync(join(root, dir), { recursive: true });
    for (const file of [
      'm/a.tflite',
      'm/deep/b.tflite',
      '.git/c.tflite',
      'node_modules/pkg/d.tflite',
      '.hidden/e.tflite',
      'm/f.txt',
    ])
      writeFileSync(join(root, file), 'x');
    symlinkSync('/etc/hostname', join(root, 'm/link.tflite'));
    symlinkSync(join(root, 'm'), join(root, 'loop'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('mode all: matching files, not in .git or node_modules, symbolic links not followed', () => {
    expect(allModels(root, modelMatcher(['**/*.tflite'])).map((m) => m.path)).toEqual([
      '.hidden/e.tflite',
      'm/a.tflite',
      'm/deep/b.tflite',
    ]);
  });

  test('head versions: bytes, missing, or a symbolic link that is not read', () => {
    expect(Buffer.from(readHead(root, 'm/a.tflite') as Uint8Array).toString()).toBe('x');
    expect(readHead(root, 'm/none.tflite')).toBe('missing');
    expect(readHead(root, 'm/link.tflite')).toBe('symlink');
  });
});
