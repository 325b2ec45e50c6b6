// Text from a pull request in the job log: a model path with a line break must not start a log line with "::",
// which the runner would take as a workflow command (an annotation, stop-commands, a mask).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeChanges } from '../../src/action/analyze.js';
import { builtinTarget } from '../../src/targets/index.js';
import { projectRoot } from '../helpers/shared.js';

test('a model path holding a line break and a workflow command is logged on one line', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'ethos-gate-log-'));
  const path = 'x\n::error title=injected::pwned\r\n::stop-commands::token.tflite';
  copyFileSync(join(projectRoot, 'examples/models/kws_int8.tflite'), join(workspace, path));
  const written: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    const [comparison] = await analyzeChanges(
      [{ path, status: 'added' }],
      workspace,
      [builtinTarget('ethos-u55-256')],
      undefined,
    );
    expect(comparison.head?.error).toBeUndefined();
  } finally {
    process.stdout.write = write;
    rmSync(workspace, { recursive: true, force: true });
  }
  const lines = written.join('').split(/\r?\n|\r/);
  expect(lines.some((l) => l.includes('pwned'))).toBe(true); // the path is in the log
  expect(lines.filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
});
