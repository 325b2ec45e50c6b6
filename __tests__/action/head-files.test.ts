// Head versions the workspace cannot hand over whole: a file past the whole-read limit is analysed from disk lazily,
// and one that is not a regular file is reported by name; neither stops the other models.
import {
  closeSync,
  copyFileSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeChanges } from '../../src/action/analyze.js';
import { HEAD_WHOLE_READ_LIMIT, readHead } from '../../src/action/models.js';
import { analyzeModel } from '../../src/engine/analyze.js';
import { builtinTarget } from '../../src/targets/index.js';
import { projectRoot } from '../helpers/shared.js';

const kws = join(projectRoot, 'examples/models/kws_int8.tflite');
const target = builtinTarget('ethos-u55-256');

test('a head past the whole-read limit is analysed from disk; a folder named like a model is named', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'ethos-gate-head-'));
  // A valid model followed by zeros up to past the limit (a sparse file: nothing is written to disk).
  copyFileSync(kws, join(workspace, 'big.tflite'));
  const fd = openSync(join(workspace, 'big.tflite'), 'r+');
  ftruncateSync(fd, HEAD_WHOLE_READ_LIMIT + 4096);
  closeSync(fd);
  mkdirSync(join(workspace, 'folder.tflite'));
  copyFileSync(kws, join(workspace, 'small.tflite'));
  const log = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    expect(readHead(workspace, 'big.tflite')).toEqual({ large: HEAD_WHOLE_READ_LIMIT + 4096 });
    expect(readHead(workspace, 'folder.tflite')).toEqual({ error: 'folder.tflite is not a regular file' });
    const [big, folder, small] = await analyzeChanges(
      ['big.tflite', 'folder.tflite', 'small.tflite'].map((path) => ({ path, status: 'added' as const })),
      workspace,
      [target],
      undefined,
    );
    const own = analyzeModel(readFileSync(kws), 'kws', [target]).targets[0];
    expect(big.head?.error).toBeUndefined();
    expect(big.head!.targets[0].performance!.summary).toEqual(own.performance!.summary);
    expect(folder.head?.error).toEqual({ code: 'io-error', message: 'folder.tflite is not a regular file' });
    expect(small.head!.targets[0].performance!.summary).toEqual(own.performance!.summary);
  } finally {
    process.stdout.write = log;
    rmSync(workspace, { recursive: true, force: true });
  }
});
