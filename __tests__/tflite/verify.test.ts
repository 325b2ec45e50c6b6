// Malformed input never escapes readModel as anything but a ModelFileError, and never hangs.
// "unreadable model" is the reader's catch-all for accessor failures the verifier missed: it must never appear.
import * as flatbuffers from 'flatbuffers';
import { readModel } from '../../src/tflite/read.js';
import { writeModel } from '../../src/tflite/write.js';
import { ModelFileError, type ModelErrorCode } from '../../src/tflite/errors.js';
import { verifyModelBuffer } from '../../src/tflite/verify.js';
import { ModelBuilder } from '../../src/tflite/builder.js';
import type { Model } from '../../src/graph/types.js';
import { corpusBytes, corpusManifest, describeShared } from '../helpers/shared.js';
import {
  deref,
  fieldPos,
  firstOperator,
  lcg,
  rootTable,
  setI32,
  setU32,
  tableElem,
  tensorTable,
  vectorElem,
} from './fb-bytes.js';

/** Reads `bytes` and returns the ModelFileError it must throw (fails the test on success or any other error). */
function readError(bytes: Uint8Array, file = 'bad.tflite'): ModelFileError {
  try {
    readModel(bytes, { file });
  } catch (e) {
    if (!(e instanceof ModelFileError)) throw new Error(`not a ModelFileError: ${String(e)}`);
    expect(e.message).not.toMatch(/unreadable model/);
    expect(e.file).toBe(file);
    return e;
  }
  throw new Error('the model was accepted');
}

/** Either parses, or fails with a verifier ModelFileError. Returns whether it failed. */
function readsOrFailsTyped(bytes: Uint8Array): boolean {
  try {
    readModel(bytes, { file: 'fuzz.tflite' });
    return false;
  } catch (e) {
    if (!(e instanceof ModelFileError) || /unreadable model/.test(e.message))
      throw new Error(`escaped the verifier: ${String(e)}`);
    return true;
  }
}

function smallModel(): ModelBuilder {
  const mb = new ModelBuilder({ quant: 'int8', seed: 5 });
  const x = mb.input([1, 8, 8, 3]);
  const c = mb.conv2d(x, { filters: 4, kernel: 3, stride: 2, activation: 'relu' });
  const r = mb.reshape(c, [1, -1]);
  mb.output(mb.softmax(mb.fullyConnected(r, { units: 5 })));
  return mb;
}

const good = (): Uint8Array => smallModel().build();
const edited = (edit: (m: Model) => void): Uint8Array => {
  const m = smallModel().toModel();
  edit(m);
  return writeModel(m);
};

describe('file-level problems', () => {
  test.each<[string, Uint8Array, ModelErrorCode]>([
    ['empty file', new Uint8Array(0), 'empty-file'],
    [
      'Git LFS pointer',
      new TextEncoder().encode('version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 300568\n'),
      'lfs-pointer',
    ],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'not-tflite'],
    ['7 bytes', new Uint8Array(7), 'truncated'],
    ['identifier only', new Uint8Array([12, 0, 0, 0, 0x54, 0x46, 0x4c, 0x33]), 'truncated'],
  ])('%s', (_name, bytes, code) => {
    expect(readError(bytes).code).toBe(code);
  });
});

describe("alignment of the caller's bytes", () => {
  test('a valid model in a view at an odd offset of a larger buffer reads fine', () => {
    const b = good();
    const host = new Uint8Array(b.length + 3);
    host.set(b, 3);
    const expected = readModel(b, { file: 'view.tflite' });
    expect(readModel(host.subarray(3), { file: 'view.tflite' })).toEqual(expected);
    // A Node Buffer view, whose slice() would not copy.
    expect(readModel(Buffer.from(host.buffer, 3, b.length), { file: 'view.tflite' })).toEqual(expected);
  });
});

describe('crafted structural damage', () => {
  test('root offset outside the file', () => {
    const b = good();
    setU32(b, 0, b.length + 100);
    expect(readError(b).message).toMatch(/root table offset \d+ is outside the file/);
  });

  test('vtable outside the file', () => {
    const b = good();
    setI32(b, rootTable(b), -b.length);
    expect(readError(b).code).toBe('bad-offset');
  });

  test('vtable with an odd size', () => {
    const b = good();
    const root = rootTable(b);
    const vt = root - new DataView(b.buffer).getInt32(root, true);
    new DataView(b.buffer).setUint16(vt, 5, true);
    expect(readError(b).code).toBe('bad-length');
  });

  test('huge claimed vector length (buffer data)', () => {
    const b = good();
    const model = readModel(b);
    const data = model.buffers.find((x) => x.data)!.data!;
    setU32(b, data.byteOffset - 4, 0x7ffffff0);
    const e = readError(b);
    expect(e.code).toBe('bad-length');
    expect(e.message).toMatch(/Model\.buffers\[\d+\]\.data: vector claims 2147483632 elements/);
  });

  test('huge claimed string length (tensor name)', () => {
    const b = good();
    const name = deref(b, fieldPos(b, tensorTable(b, 0), 'Tensor', 'name'));
    setU32(b, name, 0xfffffff0);
    expect(readError(b).message).toMatch(/subgraphs\[0\]\.tensors\[0\]\.name/);
  });

  test('vector offset past the end of the file', () => {
    const b = good();
    const at = fieldPos(b, rootTable(b), 'Model', 'subgraphs');
    setU32(b, at, b.length);
    expect(readError(b).code).toBe('bad-offset');
  });

  test('offset with the sign bit set (the accessors would read backwards)', () => {
    const b = good();
    setU32(b, fieldPos(b, rootTable(b), 'Model', 'operator_codes'), 0x80000010);
    expect(readError(b).code).toBe('bad-offset');
  });

  test('table element offset outside the file', () => {
    const b = good();
    const sg = tableElem(b, fieldPos(b, rootTable(b), 'Model', 'subgraphs'), 0);
    setU32(b, vectorElem(b, fieldPos(b, sg, 'SubGraph', 'tensors'), 2), 0x7fffff00);
    expect(readError(b).message).toMatch(/subgraphs\[0\]\.tensors\[2\]/);
  });

  test('union type that is not a member', () => {
    const b = good();
    const op = firstOperator(b);
    b[fieldPos(b, op, 'Operator', 'builtin_options_type')] = 250;
    const e = readError(b);
    expect(e.code).toBe('bad-value');
    expect(e.message).toMatch(/union type 250 is not a member of BuiltinOptions/);
  });

  test('misaligned int32 vector', () => {
    // Shift the inputs vector of the first operator by one byte: typed-array views need 4-byte alignment.
    const b = good();
    const at = fieldPos(b, firstOperator(b), 'Operator', 'inputs');
    setU32(b, at, new DataView(b.buffer).getUint32(at, true) + 1);
    expect(readError(b).code).toMatch(/bad-offset|bad-length/);
  });

  test('pathological sharing is cut off, quickly', () => {
    // A model whose 400 subgraphs are one subgraph holding 400 references to one tensor: 160,000 tensor visits
    // from a file of a few kilobytes.
    const fb = new flatbuffers.Builder(1024);
    fb.startVector(4, 1, 4);
    fb.addInt32(1);
    const shape = fb.endVector();
    fb.startObject(12);
    fb.addFieldOffset(0, shape, 0);
    const tensor = fb.endObject();
    const refs = (target: number, n: number) => {
      fb.startVector(4, n, 4);
      for (let i = 0; i < n; i++) fb.addOffset(target);
      return fb.endVector();
    };
    const tensors = refs(tensor, 400);
    fb.startObject(6);
    fb.addFieldOffset(0, tensors, 0);
    const subgraph = fb.endObject();
    const subgraphs = refs(subgraph, 400);
    fb.startObject(11);
    fb.addFieldOffset(2, subgraphs, 0);
    fb.finish(fb.endObject(), 'TFL3');
    const bytes = fb.asUint8Array().slice();
    const t0 = performance.now();
    const e = readError(bytes);
    expect(e.code).toBe('bad-value');
    expect(e.message).toMatch(/shared pathologically/);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('index checks name what is wrong', () => {
  test.each<[string, (m: Model) => void, RegExp]>([
    [
      'tensor buffer',
      (m) => (m.subgraphs[0].tensors[1].buffer = 900),
      /tensor 1 of subgraph 0 refers to buffer 900 but the model has \d+ buffers/,
    ],
    [
      'operator input',
      (m) => (m.subgraphs[0].operators[0].inputs[0] = 1000),
      /operator 0 of subgraph 0: inputs refers to tensor 1000/,
    ],
    ['operator input below -1', (m) => (m.subgraphs[0].operators[0].inputs[0] = -2), /inputs refers to tensor -2/],
    [
      'omitted operator output',
      (m) => (m.subgraphs[0].operators[1].outputs[0] = -1),
      /operator 1 of subgraph 0: outputs refers to tensor -1/,
    ],
    ['intermediate', (m) => (m.subgraphs[0].operators[0].intermediates = [77]), /intermediates refers to tensor 77/],
    [
      'opcode index',
      (m) => (m.subgraphs[0].operators[2].opcodeIndex = 50),
      /operator 2 of subgraph 0 uses operator code 50 but the model has \d+ operator codes/,
    ],
    ['subgraph input', (m) => (m.subgraphs[0].inputs = [99]), /input list of subgraph 0 refers to tensor 99/],
    ['subgraph output', (m) => (m.subgraphs[0].outputs = [-1]), /output list of subgraph 0 refers to tensor -1/],
    ['metadata buffer', (m) => m.metadata.push({ name: 'x', buffer: 77 }), /metadata 0 refers to buffer 77/],
    [
      'signature subgraph',
      (m) => m.signatureDefs.push({ key: 'serving_default', subgraphIndex: 5, inputs: [], outputs: [] }),
      /signature 0 refers to subgraph 5 but the model has 1 subgraphs/,
    ],
    [
      'signature tensor',
      (m) =>
        m.signatureDefs.push({ key: 's', subgraphIndex: 0, inputs: [{ name: 'x', tensorIndex: 999 }], outputs: [] }),
      /signature 0 input 0 refers to tensor 999/,
    ],
  ])('%s', (_name, edit, message) => {
    const e = readError(edited(edit));
    expect(e.code).toBe('bad-index');
    expect(e.message).toMatch(message);
  });

  test('external buffer past the end of the file', () => {
    const b = smallModel().build({ externalBuffers: true });
    const lastData = Math.max(...readModel(b).buffers.map((x) => x.offset ?? 0));
    const e = readError(b.subarray(0, lastData + 1).slice());
    expect(e.code).toBe('bad-offset');
    expect(e.message).toMatch(/buffer \d+ claims \d+ bytes at file offset \d+, past the end of the file/);
  });
});

describe('random bytes', () => {
  test('300 random files with a TFL3 identifier are rejected with a typed error', () => {
    const rand = lcg(99);
    let rejected = 0;
    for (let i = 0; i < 300; i++) {
      const b = new Uint8Array(8 + Math.floor(rand() * 2000));
      for (let k = 0; k < b.length; k++) b[k] = Math.floor(rand() * 256);
      b.set([0x54, 0x46, 0x4c, 0x33], 4);
      // Small root offsets make the walk reach real structure more often.
      if (i % 2) setU32(b, 0, 8 + Math.floor(rand() * 64));
      if (readsOrFailsTyped(b)) rejected++;
    }
    expect(rejected).toBe(300);
  });
});

describeShared('corpus models, damaged', () => {
  const picks = corpusManifest()
    .filter((e) => !e.vela_compiled && e.bytes < 400_000)
    .sort((a, b) => a.file.localeCompare(b.file))
    .filter((_e, i) => i % 6 === 0)
    .slice(0, 6);

  test('picks a handful of models', () => expect(picks.length).toBeGreaterThanOrEqual(5));

  test.each(picks.map((e) => [e.file, e] as const))('40 truncations of %s are rejected', (_f, entry) => {
    const bytes = corpusBytes(entry);
    for (let k = 0; k < 40; k++) {
      const cut = Math.floor((bytes.length * k) / 40);
      expect(readsOrFailsTyped(bytes.slice(0, cut))).toBe(true);
    }
  });

  test.each(picks.map((e) => [e.file, e] as const))('60 seeded corruptions of %s', (_f, entry) => {
    const original = new Uint8Array(corpusBytes(entry));
    // Corrupt the flatbuffer structure, not the weights: skip bytes inside buffer data.
    const data = readModel(original).buffers.flatMap((b) =>
      b.data ? [[b.data.byteOffset, b.data.byteOffset + b.data.length] as const] : [],
    );
    const inData = (p: number) => data.some(([a, z]) => p >= a && p < z);
    const rand = lcg(entry.bytes);
    let rejected = 0;
    for (let i = 0; i < 60; i++) {
      const b = original.slice();
      for (let f = 0; f < 1 + (i % 4); f++) {
        let p: number;
        do p = Math.floor(rand() * b.length);
        while (inData(p));
        if (i % 2) b[p] ^= 1 << Math.floor(rand() * 8);
        else b[p] = Math.floor(rand() * 256);
      }
      if (readsOrFailsTyped(b)) rejected++;
    }
    // Many corruptions land in scalars and stay valid models; a healthy share must be caught.
    expect(rejected).toBeGreaterThanOrEqual(10);
  });

  test('verifying the whole corpus is fast', () => {
    const all = corpusManifest().map((e) => corpusBytes(e));
    for (const b of all) verifyModelBuffer(b, 'warm-up');
    const t0 = performance.now();
    for (const b of all) verifyModelBuffer(b, 'corpus');
    const ms = performance.now() - t0;
    console.log(`verified ${all.reduce((a, b) => a + b.length, 0)} bytes in ${ms.toFixed(1)} ms`);
    // The target is well under 200 ms on an idle machine; the bound is loose for shared CI runners.
    expect(ms).toBeLessThan(1500);
  });
});
