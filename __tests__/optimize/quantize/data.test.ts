// Calibration data: .npy parsing from bytes, seeded random samples, and samples matched to model inputs.
import {
  parseNpy,
  quantize,
  randomSamples,
  samplesFromNpy,
  samplesFromNpyFiles,
  QuantizeError,
} from '../../../src/optimize/quantize/index.js';
import { ModelBuilder } from '../../../src/tflite/builder.js';

/** A version-1 .npy file as numpy writes it: magic, header dict padded to 64 bytes, raw data. */
function npy(descr: string, shape: number[], data: ArrayBufferView): Uint8Array {
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const pad = 64 - ((10 + dict.length + 1) % 64);
  const header = dict + ' '.repeat(pad % 64) + '\n';
  const out = new Uint8Array(10 + header.length + data.byteLength);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], 0);
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 10 + header.length);
  return out;
}

describe('parseNpy', () => {
  test('float32, float64 and int8 arrays with their shapes', () => {
    const f4 = parseNpy(npy('<f4', [2, 3], new Float32Array([1, 2, 3, 4, 5, 6.5])));
    expect(f4.shape).toEqual([2, 3]);
    expect(Array.from(f4.data)).toEqual([1, 2, 3, 4, 5, 6.5]);
    const f8 = parseNpy(npy('<f8', [3], new Float64Array([0.25, -1, 1e3])));
    expect(f8.data).toBeInstanceOf(Float32Array);
    expect(Array.from(f8.data)).toEqual([0.25, -1, 1000]);
    const i1 = parseNpy(npy('|i1', [4], new Int8Array([-128, -1, 0, 127])));
    expect(i1.data).toBeInstanceOf(Int8Array);
    expect(Array.from(i1.data)).toEqual([-128, -1, 0, 127]);
  });

  test('a scalar array has shape [] and one value', () => {
    const s = parseNpy(npy('<f4', [], new Float32Array([3])));
    expect(s.shape).toEqual([]);
    expect(Array.from(s.data)).toEqual([3]);
  });

  test('bad files are typed errors naming the file and the cause', () => {
    expect(() => parseNpy(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), 'x.npy')).toThrow(QuantizeError);
    expect(() => parseNpy(new Uint8Array(12), 'x.npy')).toThrow(/x\.npy: .*magic/);
    const truncated = npy('<f4', [10], new Float32Array(2));
    expect(() => parseNpy(truncated, 't.npy')).toThrow(/t\.npy: .*do not fit/);
    expect(() => parseNpy(npy('<c8', [1], new Float32Array(2)), 'c.npy')).toThrow(/unsupported dtype <c8/);
  });
});

describe('calibration samples', () => {
  const inputs = [{ name: 'x', shape: [1, 4], dtype: 'float32' as const }];

  test('random samples are seeded, in [0, 1), and of the input size', () => {
    const a = randomSamples(inputs, 3, 7);
    const b = randomSamples(inputs, 3, 7);
    expect(a).toEqual(b);
    expect(randomSamples(inputs, 3, 8)).not.toEqual(a);
    expect(a).toHaveLength(3);
    for (const [s] of a) {
      expect(s).toHaveLength(4);
      for (const v of s) expect(v >= 0 && v < 1).toBe(true);
    }
  });

  test('a stacked .npy array splits into samples; a size mismatch is an error', () => {
    const stacked = parseNpy(
      npy(
        '<f4',
        [3, 1, 4],
        new Float32Array(12).map((_, i) => i),
      ),
    );
    const samples = samplesFromNpy([{ file: 's.npy', array: stacked }], inputs);
    expect(samples).toHaveLength(3);
    expect(Array.from(samples[2][0])).toEqual([8, 9, 10, 11]);
    const odd = parseNpy(npy('<f4', [5], new Float32Array(5)));
    expect(() => samplesFromNpy([{ file: 'odd.npy', array: odd }], inputs)).toThrow(/odd\.npy: 5 values/);
  });
});

describe('calibration folders', () => {
  const mb = new ModelBuilder({ quant: 'float32' });
  mb.output(mb.fullyConnected(mb.input([1, 2]), { units: 2 }));
  const model = mb.toModel();

  test('.npy files are taken in name order, other files ignored, up to the limit', () => {
    const files = [
      { name: 'b.npy', bytes: npy('<f4', [2], new Float32Array([3, 4])) },
      { name: 'notes.txt', bytes: new Uint8Array([1]) },
      { name: 'a.npy', bytes: npy('<f4', [2, 2], new Float32Array([1, 2, 5, 6])) },
    ];
    expect(samplesFromNpyFiles(files, model).map((s) => Array.from(s[0]))).toEqual([
      [1, 2],
      [5, 6],
      [3, 4],
    ]);
    expect(samplesFromNpyFiles(files, model, 2)).toHaveLength(2);
    expect(() => samplesFromNpyFiles([{ name: 'x.txt', bytes: new Uint8Array() }], model)).toThrow(/no \.npy files/);
  });

  test('quantize refuses a model that is already integer', async () => {
    const int8 = new ModelBuilder({ quant: 'int8' });
    int8.output(int8.fullyConnected(int8.input([1, 2]), { units: 2 }));
    await expect(quantize(int8.build(), { file: 'q.tflite', io: 'int8' })).rejects.toThrow(
      /q\.tflite: not a float model/,
    );
  });
});
