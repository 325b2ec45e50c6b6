// Which elementwise operations chain on U85 (regor's SchedulerPacking and EthosU85OpGroup::Chain), on built
// models: the chained input may broadcast when it has the chain's shape, and an operation that does not read
// the previous one's output starts a chain of its own.
import { lowerSubgraph } from '../../src/perf/lower.js';
import { ModelBuilder } from '../../src/tflite/builder.js';
import { readModel } from '../../src/tflite/read.js';

/** The lowered U85 operations of a built model, every operator on the NPU. */
function lowered(build: (mb: ModelBuilder) => void) {
  const mb = new ModelBuilder({ quant: 'int8', seed: 5 });
  build(mb);
  const model = readModel(mb.build());
  const sg = model.subgraphs[0];
  return lowerSubgraph(model, sg, new Set(sg.operators.map((o) => o.index)), 'u85', 1, new Map()).ops;
}

describe('U85 elementwise chains', () => {
  test('an ADD whose other input broadcasts chains onto the MUL it reads (the chained input has its shape)', () => {
    const ops = lowered((mb) => {
      const x = mb.input([1, 8, 8, 16]);
      const row = mb.input([1, 8, 8, 1]);
      mb.output(mb.add(mb.mul(x, x), row));
    });
    const [mul, add] = ops;
    expect(mul.type).toBe('Mul');
    expect(mul.chained?.map((o) => o.type)).toEqual(['Add']);
    expect(add.chainedInto).toBe(mul);
  });

  test('an operation that does not read the previous output starts its own chain (no crash on a unary one)', () => {
    // Two ABS on separate inputs: the second is not linked to the first, and has no second input.
    const ops = lowered((mb) => {
      const a = mb.input([1, 8, 8, 16]);
      const b = mb.input([1, 8, 8, 16]);
      mb.output(mb.unary('ABS', a), mb.unary('ABS', b));
    });
    expect(ops.map((o) => o.type)).toEqual(['Abs', 'Abs']);
    expect(ops.every((o) => !o.chained?.length && !o.chainedInto)).toBe(true);
  });
});
