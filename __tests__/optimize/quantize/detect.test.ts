// isFloatModel agrees with the corpus manifest's own categories: the float32 and float-activation models (with
// float16 or hybrid weights) are the ones to quantize; int8, uint8, int16 and mixed models are not.
import { readModel } from '../../../src/tflite/read.js';
import { ModelBuilder } from '../../../src/tflite/builder.js';
import { isFloatModel } from '../../../src/optimize/quantize/index.js';
import { corpusBytes, corpusManifest, describeShared } from '../../helpers/shared.js';

test('builder models: float yes, int8 no', () => {
  const float = new ModelBuilder({ quant: 'float32' });
  float.output(float.fullyConnected(float.input([1, 4]), { units: 2 }));
  expect(isFloatModel(float.toModel())).toBe(true);
  const int8 = new ModelBuilder({ quant: 'int8' });
  int8.output(int8.fullyConnected(int8.input([1, 4]), { units: 2 }));
  expect(isFloatModel(int8.toModel())).toBe(false);
});

describeShared('isFloatModel on the corpus', () => {
  test('matches the manifest category of every readable model', () => {
    const mismatches: string[] = [];
    for (const entry of corpusManifest()) {
      let model;
      try {
        model = readModel(corpusBytes(entry), { file: entry.file });
      } catch {
        continue;
      }
      const expected = entry.category.startsWith('float32');
      if (isFloatModel(model) !== expected) mismatches.push(`${entry.file} (${entry.category})`);
    }
    expect(mismatches).toEqual([]);
  });
});
