// The bundled examples are up to date with their generator, small, and real models the TFLite runtime runs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES, generateExamples } from '../../scripts/example-models.js';
import { readModel } from '../../src/tflite/read.js';
import { loadInterpreter, zeroInputs } from '../../src/runtime/interpreter.js';
import { projectRoot } from '../helpers/shared.js';

const committed = (file: string) => readFileSync(join(projectRoot, 'examples/models', file));

describe('examples/models', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ethos-gate-examples-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('regenerating gives the committed bytes (deterministic, up to date)', () => {
    const written = generateExamples(dir);
    expect(written.map((w) => w.file)).toEqual(EXAMPLES.map((e) => e.file));
    for (const w of written) {
      expect(w.bytes).toBeLessThan(100 * 1024);
      expect(Buffer.compare(readFileSync(join(dir, w.file)), committed(w.file))).toBe(0);
    }
  });

  test.each(EXAMPLES.map((e) => [e.file] as const))('%s loads and runs in the TFLite runtime', async (file) => {
    const bytes = committed(file);
    const model = readModel(bytes, { file });
    const interp = await loadInterpreter(bytes, { file });
    try {
      const graph = model.subgraphs[0];
      expect(interp.outputs.map((o) => o.shape)).toEqual(graph.outputs.map((t) => graph.tensors[t].shape));
      const results = interp.run(zeroInputs(interp));
      expect(results.map((r) => r.length)).toEqual(
        graph.outputs.map((t) => graph.tensors[t].shape.reduce((a, d) => a * d, 1)),
      );
    } finally {
      interp.dispose();
    }
  });
});
