import { readModel } from '../../src/tflite/read.js';
import { velaCompiledReason } from '../../src/graph/vela.js';
import { corpusBytes, corpusManifest, describeShared } from '../helpers/shared.js';

describeShared('every corpus model parses', () => {
  const entries = corpusManifest();
  test.each(entries.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const model = readModel(corpusBytes(entry), { file: entry.file });
    const counts: Record<string, number> = {};
    for (const sg of model.subgraphs)
      for (const op of sg.operators) {
        const key = op.type === 'CUSTOM' ? `CUSTOM:${op.customCode}` : op.type;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    expect(counts).toEqual(entry.op_counts);
    expect(model.subgraphs).toHaveLength(entry.subgraphs);
    expect(model.description).toBe(entry.description ?? '');
    expect(velaCompiledReason(model) !== null).toBe(entry.vela_compiled);
  });
});
