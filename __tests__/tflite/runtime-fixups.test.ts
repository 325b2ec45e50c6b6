// A model whose per-channel bias carries its weights' quantized_dimension (3, past the bias's rank 1), as some
// converters write it: the full TFLite runtime refuses it, TFLite Micro ignores the field. The fixed copy runs in
// the runtime and computes what the same model written correctly computes.
import { ModelBuilder } from '../../src/tflite/builder.js';
import { readModel } from '../../src/tflite/read.js';
import { writeModel } from '../../src/tflite/write.js';
import { ModelFileError } from '../../src/tflite/errors.js';
import { fixQuantizedDimensions, runtimeCopy } from '../../src/tflite/runtime-fixups.js';
import { InterpreterError, loadInterpreter } from '../../src/runtime/interpreter.js';
import { measureDrift, outputCosines, randomInputs, seededRandom } from '../../src/optimize/drift.js';
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

/** A convolution whose output feeds ARG_MAX over channels, with int64 indices as the graph output (a segmentation). */
function argMaxModel(outputType: 'int64' | 'int32'): Model {
  const model = cleanModel();
  const sg = model.subgraphs[0];
  const logits = sg.outputs[0];
  const axisBuffer = { index: model.buffers.length, data: new Uint8Array(new Int32Array([3]).buffer), size: 4 };
  const outBuffer = { index: model.buffers.length + 1, size: 0 };
  const axis = { index: sg.tensors.length, name: 'axis', shape: [], dtype: 'int32', buffer: axisBuffer.index };
  const out = {
    index: sg.tensors.length + 1,
    name: 'classes',
    shape: [1, 6, 6],
    dtype: outputType,
    buffer: outBuffer.index,
  };
  const typeCode = outputType === 'int64' ? 4 : 2;
  const argMax = {
    index: sg.operators.length,
    opcodeIndex: model.operatorCodes.length,
    type: 'ARG_MAX',
    inputs: [logits, axis.index],
    outputs: [out.index],
    intermediates: [],
    optionsType: 'ArgMaxOptions',
    options: { outputType: typeCode },
    options2Type: null,
    options2: null,
    macs: 0,
  };
  return {
    ...model,
    buffers: [...model.buffers, axisBuffer, outBuffer],
    operatorCodes: [...model.operatorCodes, { type: 'ARG_MAX', builtinCode: 56, version: 1 }],
    subgraphs: [
      {
        ...sg,
        tensors: [
          ...sg.tensors,
          { ...axis, isVariable: false, hasSparsity: false },
          { ...out, isVariable: false, hasSparsity: false },
        ],
        operators: [...sg.operators, argMax],
        outputs: [out.index],
      },
    ],
  } as Model;
}

describe('runtimeCopy: int64 ARG_MAX outputs', () => {
  test('the runtime cannot hand out int64 indices; the copy gives int32 ones, the same as an int32 ARG_MAX', async () => {
    const int64 = writeModel(argMaxModel('int64'));
    const plain = await loadInterpreter(int64, { file: 'seg.tflite' });
    try {
      const inputs = randomInputs(plain, seededRandom(3));
      expect(() => plain.run(inputs)).toThrow(/seg\.tflite: output 0 \(classes\) has a type the runtime cannot return/);
    } finally {
      plain.dispose();
    }

    const { bytes, fixes } = runtimeCopy(int64, 'seg.tflite');
    const sg = readModel(int64).subgraphs[0];
    expect(fixes.indexOutputs).toEqual([{ subgraph: 0, operator: sg.operators.length - 1, tensor: sg.outputs[0] }]);
    expect(fixes.quantizedDimensions).toEqual([]);
    // Two bytes changed in place (the tensor's type, the operator's output_type); the input is left as it was.
    expect(bytes.length).toBe(int64.length);
    expect(Array.from(bytes).filter((b, i) => b !== int64[i])).toEqual([2, 2]);
    expect(readModel(int64).subgraphs[0].tensors[sg.outputs[0]].dtype).toBe('int64');
    const fixed = readModel(bytes).subgraphs[0];
    expect(fixed.tensors[fixed.outputs[0]].dtype).toBe('int32');
    expect(fixed.operators.at(-1)!.options).toEqual({ outputType: 2 });

    const a = await loadInterpreter(bytes, { file: 'fixed.tflite' });
    const b = await loadInterpreter(writeModel(argMaxModel('int32')), { file: 'int32.tflite' });
    try {
      const random = seededRandom(5);
      for (let s = 0; s < 3; s++) {
        const inputs = randomInputs(a, random);
        const [classes] = a.run(inputs);
        expect(classes).toBeInstanceOf(Int32Array);
        expect(classes.length).toBe(36);
        expect(classes).toEqual(b.run(inputs)[0]);
      }
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  test('output drift compares the indices element by element: the share of equal classes, no cosine', async () => {
    const int64 = writeModel(argMaxModel('int64'));
    const same = await measureDrift(int64, int64, { file: 'seg.tflite', samples: 2 });
    expect(same.error).toBeUndefined();
    expect(same.indexOutputFixes).toBe(1);
    expect(same.runtimeFixes).toBeUndefined();
    expect(same.outputs).toEqual([{ name: 'classes', maxAbsDiff: 0, cosine: 1, top1Agreement: 1, indices: true }]);
    expect(outputCosines(same)).toEqual([]);
    // Another model's classes: some differ, and the share says how many.
    const other = argMaxModel('int64');
    const conv = other.subgraphs[0].operators[0];
    const weights = other.subgraphs[0].tensors[conv.inputs[1]];
    const buffers = other.buffers.map((b) =>
      b.index === weights.buffer ? { ...b, data: b.data!.map((v) => (v * 7 + 13) & 0xff) } : b,
    );
    const drift = await measureDrift(int64, writeModel({ ...other, buffers }), { samples: 2 });
    expect(drift.outputs[0].indices).toBe(true);
    expect(drift.outputs[0].top1Agreement).toBeGreaterThanOrEqual(0);
    expect(drift.outputs[0].top1Agreement).toBeLessThan(1);
  });

  test('an int64 ARG_MAX output that another operator reads is left alone', () => {
    const model = argMaxModel('int64');
    const sg = model.subgraphs[0];
    const classes = sg.outputs[0];
    // A CAST of the indices after it: the int64 tensor is read, so changing its type could break its reader.
    const castOut = { ...sg.tensors[classes], index: sg.tensors.length, name: 'cast', dtype: 'float32' as const };
    const cast = {
      ...sg.operators.at(-1)!,
      index: sg.operators.length,
      opcodeIndex: model.operatorCodes.length,
      type: 'CAST',
      inputs: [classes],
      outputs: [castOut.index],
      optionsType: null,
      options: null,
    };
    const bytes = writeModel({
      ...model,
      operatorCodes: [...model.operatorCodes, { type: 'CAST', builtinCode: 53, version: 1 }],
      subgraphs: [
        {
          ...sg,
          tensors: [...sg.tensors, castOut],
          operators: [...sg.operators, cast],
          outputs: [classes, castOut.index],
        },
      ],
    });
    const result = runtimeCopy(bytes);
    expect(result.fixes.indexOutputs).toEqual([]);
    expect(result.bytes).toBe(bytes);
  });
});

test('runtimeCopy: an ARG_MAX whose output or opcode index lies past its vector is refused before anything is read', () => {
  const model = argMaxModel('int64');
  const sg = model.subgraphs[0];
  const last = sg.operators.length - 1;
  for (const hostile of [
    { ...sg.operators[last], outputs: [sg.tensors.length + 1000] },
    { ...sg.operators[last], opcodeIndex: model.operatorCodes.length + 50 },
  ]) {
    const operators = sg.operators.map((o, i) => (i === last ? hostile : o));
    const bytes = writeModel({ ...model, subgraphs: [{ ...sg, operators }] });
    expect(() => runtimeCopy(bytes, 'hostile.tflite')).toThrow(ModelFileError);
    expect(() => runtimeCopy(bytes, 'hostile.tflite')).toThrow(/^hostile\.tflite: operator 3 of subgraph 0\b/);
  }
});
