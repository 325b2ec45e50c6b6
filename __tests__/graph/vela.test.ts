// Which models count as already compiled by Vela: by their command stream, or by exactly the description Vela
// writes; never because a model's own description mentions Vela.
import { velaCompiledReason } from '../../src/graph/vela.js';
import { ModelBuilder } from '../../src/tflite/builder.js';
import { readModel } from '../../src/tflite/read.js';

function modelWith(description: string) {
  const mb = new ModelBuilder({ quant: 'int8', seed: 3, description });
  const x = mb.input([1, 8, 8, 4]);
  mb.output(mb.conv2d(x, { filters: 8, kernel: 3 }));
  return readModel(mb.build(), { file: 'm.tflite' });
}

describe('velaCompiledReason', () => {
  test.each(['Vela Optimised', 'Vela 3.11.0 Optimised', 'Vela 4.1.1.dev18+g86ea209 Optimised'])(
    'the description Vela writes (%s) marks a model with no command stream as compiled',
    (description) => {
      expect(velaCompiledReason(modelWith(description))).toMatch(/already compiled by Vela \(description/);
    },
  );

  test.each([
    'MAXIMUM with mismatching quantisation (Vela rule: must match)',
    'tuned for Vela',
    'vela optimised later',
    'Optimised by Vela',
    'Vela Optimised v2 of our detector',
  ])('a description that only mentions Vela (%s) is not a compiled model', (description) => {
    expect(velaCompiledReason(modelWith(description))).toBeNull();
  });
});
