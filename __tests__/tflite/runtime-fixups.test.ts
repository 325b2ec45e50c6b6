// A model whose per-channel bias carries its weights' quantized_dimension (3, past the bias's rank 1), as some
// converters write it: the full TFLite runtime refuses it, TFLite Micro ignores the field. The fixed copy runs in
// the runtime and computes what the same model written correctly computes.
import { ModelBuilder } from '../../src/tflite/builder.js';
import { readModel } from '../../src/tflite/read.js';
import { writeModel } from '../../src/tflite/write.js';
import { ModelFileError } from '../../src/tflite/errors.js';
import { fixQuantizedDimensions } from '../../src/tflite/runtime-fixups.js';
import { InterpreterError, loadInterpreter } from '../../src/runtime/interpreter.js';
import { measureDrift, randomInputs, seededRandom } from '../../src/optimize/drift.js';
import type { Model } from '../../src/graph/types.js';

/** A depthwise convolution (per-channel weights and bias) between two convolutions. */
function cleanModel(): Model {
  const mb = new ModelBuilder({ quant: 'int8', inputQuant: { scale: 0.05, zeroPoint: 3 } });
  const x = mb.input([1, 6, 6, 4]);
  mb.output(
    mb.conv2d(mb.depthwiseConv2d(mb.conv2d(x, { filters: 8, kernel: 1 }), { kernel: 3 }), { filters: 5, kernel: 1 }),
  );
  return readModel(mb.build());
}

/** The depthwise bias with quantized_dimension 3, as the depthwise weights have it. */
function withBiasAxisPastRank(model: Model): { model: Model; bias: number } {
  const sg = model.subgraphs[0];
  const dw = sg.operators.find((o) => o.type === 'DEPTHWISE_CONV_2D')!;
  const bias = dw.inputs[2];
  const t = sg.tensors[bias];
  expect(t.shape).toHaveLength(1);
  expect(t.quantization!.scale.length).toBe(t.shape[0]);
  const tensors = sg.tensors.map((x, i) =>
    i === bias ? { ...x, quantization: { ...x.quantization!, quantizedDimension: 3 } } : x,
  );
  return { model: { ...model, subgraphs: [{ ...sg, tensors }, ...model.subgraphs.slice(1)] }, bias };
}

describe('fixQuantizedDimensions', () => {
  test('a bias axis past its rank: refused by the runtime, fixed in place, then computes what the clean model does', async () => {
    const clean = writeModel(cleanModel());
    const { model, bias } = withBiasAxisPastRank(cleanModel());
    const broken = writeModel(model);
    await expect(loadInterpreter(broken, { file: 'broken.tflite' })).rejects.toThrow(
      /broken\.tflite: the TFLite runtime rejects the model: .*quantized_dimension/,
    );

    const { bytes, fixes } = fixQuantizedDimensions(broken, 'broken.tflite');
    expect(fixes).toEqual([{ subgraph: 0, tensor: bias, from: 3, to: 0 }]);
    // Four bytes changed (the field, in place), and the input is left as it was.
    expect(bytes.length).toBe(broken.length);
    expect(bytes).not.toBe(broken);
    const changed = Array.from(bytes).filter((b, i) => b !== broken[i]).length;
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThanOrEqual(4);
    expect(readModel(broken).subgraphs[0].tensors[bias].quantization!.quantizedDimension).toBe(3);
    expect(readModel(bytes).subgraphs[0].tensors[bias].quantization!.quantizedDimension).toBe(0);

    const a = await loadInterpreter(clean, { file: 'clean.tflite' });
    const b = await loadInterpreter(bytes, { file: 'fixed.tflite' });
    try {
      const random = seededRandom(7);
      for (let s = 0; s < 3; s++) {
        const inputs = randomInputs(a, random);
        expect(b.run(inputs)).toEqual(a.run(inputs));
      }
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  test('output drift runs both models through the fix and says so; a model in range is returned as it is', async () => {
    const { model } = withBiasAxisPastRank(cleanModel());
    const broken = writeModel(model);
    const drift = await measureDrift(broken, broken, { file: 'broken.tflite', samples: 2 });
    expect(drift.error).toBeUndefined();
    expect(drift.runtimeFixes).toBe(1);
    expect(drift.outputs.map((o) => o.cosine)).toEqual([1]);

    const clean = writeModel(cleanModel());
    const same = fixQuantizedDimensions(clean);
    expect(same.fixes).toEqual([]);
    expect(same.bytes).toBe(clean);
    expect((await measureDrift(clean, clean, { samples: 1 })).runtimeFixes).toBeUndefined();
  });

  test('an axis that could mean several is left for the runtime to refuse', async () => {
    // A [2, 2] tensor with 2 scales and axis 5: either axis could be meant.
    const mb = new ModelBuilder({ quant: 'int8' });
    const x = mb.input([2, 2]);
    mb.output(mb.add(x, x));
    const model = readModel(mb.build());
    const sg = model.subgraphs[0];
    const tensors = sg.tensors.map((t, i) =>
      i === sg.inputs[0] ? { ...t, quantization: { scale: [0.1, 0.2], zeroPoint: [0, 0], quantizedDimension: 5 } } : t,
    );
    const bytes = writeModel({ ...model, subgraphs: [{ ...sg, tensors }] });
    const result = fixQuantizedDimensions(bytes);
    expect(result.fixes).toEqual([]);
    expect(result.bytes).toBe(bytes);
    await expect(loadInterpreter(result.bytes)).rejects.toBeInstanceOf(InterpreterError);
  });

  test("the runtime's refusal of several such tensors names each problem once", async () => {
    const model = cleanModel();
    const sg = model.subgraphs[0];
    const biases = new Set(sg.operators.map((o) => o.inputs[2]));
    expect(biases.size).toBe(3);
    const tensors = sg.tensors.map((t, i) =>
      biases.has(i) ? { ...t, quantization: { ...t.quantization!, quantizedDimension: 3 } } : t,
    );
    const broken = writeModel({ ...model, subgraphs: [{ ...sg, tensors }] });
    const message = await loadInterpreter(broken, { file: 'three.tflite' }).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(message.match(/quantized_dimension must be in range/g)).toHaveLength(1);
    expect(message).toMatch(/Was 3\. \(and 2 more like it\)/);
    expect(fixQuantizedDimensions(broken).fixes.map((f) => f.tensor)).toEqual([...biases].sort((a, b) => a - b));
  });

  test('bytes that are no model are refused before anything is read', () => {
    const clean = writeModel(cleanModel());
    expect(() => fixQuantizedDimensions(clean.subarray(0, 200), 'cut.tflite')).toThrow(ModelFileError);
    expect(() => fixQuantizedDimensions(new Uint8Array(64), 'zeros.tflite')).toThrow(/zeros\.tflite/);
  });
});
