// Reading model files from disk: whole or lazily (weights after the flatbuffer read one buffer at a time), with the
// same model and the same analysis either way, and typed errors naming the file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ModelBuilder } from '../../src/tflite/builder.js';
import { readModel, readModelPrefix } from '../../src/tflite/read.js';
import { ModelFileError } from '../../src/tflite/errors.js';
import { analyzeModel } from '../../src/engine/analyze.js';
import { builtinTarget } from '../../src/targets/index.js';
import { openModelFile } from '../../src/io/model-file.js';
import { analyzeModelFile } from '../../src/io/analyze-file.js';
import { writeModel } from '../../src/tflite/write.js';
import type { Model } from '../../src/graph/types.js';
import { corpusBytes, corpusManifest, describeShared } from '../helpers/shared.js';

const targets = ['ethos-u55-256', 'ethos-u65-512', 'ethos-u85-256'].map((id) => builtinTarget(id));

/** A small net whose weights all live in external buffers: conv, depthwise, pooling, FC, an add. */
function smallNet(): ModelBuilder {
  const mb = new ModelBuilder({ quant: 'int8', seed: 7, description: 'external layout' });
  const x = mb.input([1, 32, 32, 8]);
  const c = mb.conv2d(x, { filters: 32, kernel: 3, activation: 'relu' });
  const d = mb.depthwiseConv2d(c, { kernel: 3, stride: 2 });
  const p = mb.maxPool2d(d, { filter: 2, stride: 2 });
  const e = mb.add(p, mb.conv2d(p, { filters: 32, kernel: 1 }));
  // A wide classifier: 128 KiB of weights, much more than the flatbuffer part.
  const flat = mb.reshape(e, [1, 8 * 8 * 32]);
  mb.output(mb.fullyConnected(mb.fullyConnected(flat, { units: 64 }), { units: 10 }));
  return mb;
}

let dir: string;
let externalBytes: Uint8Array;
let externalPath: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ethos-gate-io-'));
  externalBytes = smallNet().build({ externalBuffers: true });
  externalPath = join(dir, 'external.tflite');
  writeFileSync(externalPath, externalBytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The IR with buffer bytes compared by content (lazy buffers are getters, whole-file ones views). */
function expectSameModel(actual: Model, expected: Model): void {
  const strip = (m: Model) => ({ ...m, buffers: m.buffers.map((b) => ({ ...b, data: undefined })) });
  expect(isDeepStrictEqual(strip(actual), strip(expected))).toBe(true);
  const differing = expected.buffers.filter((b, i) => {
    const other = actual.buffers[i].data;
    return (b.data === undefined) !== (other === undefined) || (b.data && !Buffer.from(b.data).equals(other!));
  });
  expect(differing.map((b) => b.index)).toEqual([]);
}

describe('lazy reading of the external layout', () => {
  test('reads only the flatbuffer part up front, then one buffer per use; same model as readModel', () => {
    const whole = readModel(externalBytes, { file: 'external.tflite' });
    const external = whole.buffers.filter((b) => b.offset !== undefined && b.size > 0);
    expect(external.length).toBeGreaterThanOrEqual(8);
    const firstData = Math.min(...external.map((b) => b.offset!));

    // A tiny first prefix so the growing path runs too.
    const f = openModelFile(externalPath, { wholeFileLimit: 0, firstPrefix: 64 });
    try {
      expect(f.lazy).toBe(true);
      expect(f.size).toBe(externalBytes.length);
      // Prefix growth (fourfold) reads the start several times, but not the weights beyond it.
      const upFront = f.bytesRead;
      expect(upFront).toBeLessThanOrEqual((4 / 3) * 4 * firstData + 4096);
      expect(upFront).toBeLessThan(f.size / 4);
      const largest = external.reduce((a, b) => (b.size > a.size ? b : a));
      expect(f.model.buffers[largest.index].data!.length).toBe(largest.size);
      expect(f.bytesRead - upFront).toBe(largest.size);
      // The same buffer again is not read again.
      void f.model.buffers[largest.index].data;
      expect(f.bytesRead - upFront).toBe(largest.size);
      expectSameModel(f.model, whole);
    } finally {
      f.close();
    }
  });

  test('holds one external buffer at a time: going back to a released buffer reads it again', () => {
    const f = openModelFile(externalPath, { wholeFileLimit: 0, firstPrefix: 64, hash: false });
    try {
      expect(f.lazy).toBe(true);
      // The last two buffers in the file: past the prefix, so read on demand.
      const [b, a] = f.model.buffers.filter((buf) => buf.offset !== undefined && buf.size > 0).slice(-2);
      const start = f.bytesRead;
      const first = a.data!;
      void b.data;
      expect(f.bytesRead - start).toBe(a.size + b.size);
      const again = a.data!;
      expect(f.bytesRead - start).toBe(2 * a.size + b.size);
      expect(again).not.toBe(first);
      expect(Buffer.from(again).equals(first)).toBe(true);
    } finally {
      f.close();
    }
  });

  test('the whole pipeline gives the same ModelResult lazily and in memory, on three targets', () => {
    const inMemory = analyzeModel(externalBytes, 'net.tflite', targets);
    expect(inMemory.error).toBeUndefined();
    expect(inMemory.targets.map((t) => t.performance !== undefined)).toEqual([true, true, true]);
    const lazy = analyzeModelFile(externalPath, targets, { displayPath: 'net.tflite', wholeFileLimit: 0 });
    expect(lazy).toEqual(inMemory);
    // And the inline layout read whole from disk agrees with its in-memory analysis.
    const inlinePath = join(dir, 'inline.tflite');
    const inline = smallNet().build();
    writeFileSync(inlinePath, inline);
    expect(analyzeModelFile(inlinePath, targets, { displayPath: 'i.tflite' })).toEqual(
      analyzeModel(inline, 'i.tflite', targets),
    );
  });

  test('readModelPrefix asks for the whole flatbuffer part before building anything', () => {
    const r = readModelPrefix(externalBytes.subarray(0, 64), {
      file: 'x.tflite',
      fileSize: externalBytes.length,
      load: () => {
        throw new Error('no loads while the flatbuffer part is incomplete');
      },
    });
    expect('needBytes' in r && r.needBytes > 64).toBe(true);
  });
});

describeShared('real models in the external layout', () => {
  // The three smallest convolutional corpus models that Vela did not compile, rewritten with their weights after
  // the flatbuffer: the lazy path must agree with the in-memory analysis of the same bytes.
  const picks = corpusManifest()
    .filter((e) => !e.vela_compiled && 'CONV_2D' in e.op_counts)
    .sort((a, b) => a.bytes - b.bytes)
    .slice(0, 3);
  test.each(picks.map((e) => [e.file, e] as const))('%s', (file, entry) => {
    const bytes = writeModel(readModel(corpusBytes(entry), { file }), { externalBuffers: true });
    const path = join(dir, file.replace(/[^\w.-]/g, '_'));
    writeFileSync(path, bytes);
    const lazy = analyzeModelFile(path, targets, { displayPath: file, wholeFileLimit: 0, firstPrefix: 256 });
    expect(lazy.error).toBeUndefined();
    const opened = openModelFile(path, { wholeFileLimit: 0, firstPrefix: 256, hash: false });
    opened.close();
    expect(opened.lazy).toBe(true);
    expect(lazy).toEqual(analyzeModel(bytes, file, targets));
  });
});

describe('bad files', () => {
  test('a truncated external region is a typed error naming the file', () => {
    const whole = readModel(externalBytes);
    const lastEnd = Math.max(...whole.buffers.filter((b) => b.offset).map((b) => b.offset! + b.size));
    const cut = join(dir, 'cut.tflite');
    writeFileSync(cut, externalBytes.subarray(0, lastEnd - 100));
    let caught: unknown;
    try {
      openModelFile(cut, { wholeFileLimit: 0, file: 'models/cut.tflite' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ModelFileError);
    const err = caught as ModelFileError;
    expect(err.file).toBe('models/cut.tflite');
    expect(err.code).toBe('bad-offset');
    expect(err.message).toMatch(/^models\/cut\.tflite: buffer \d+ claims \d+ bytes at file offset \d+, past the end/);
    // Through the pipeline: an error in the result, no throw.
    const r = analyzeModelFile(cut, targets, { wholeFileLimit: 0, displayPath: 'models/cut.tflite' });
    expect(r.error?.code).toBe('bad-offset');
    expect(r.targets).toEqual([]);
  });

  test('a missing file is an io-error; a cut flatbuffer part is a file error, not a crash', () => {
    expect(() => openModelFile(join(dir, 'absent.tflite'))).toThrow(
      expect.objectContaining({ code: 'io-error', file: join(dir, 'absent.tflite') }),
    );
    const stub = join(dir, 'stub.tflite');
    writeFileSync(stub, externalBytes.subarray(0, 200));
    expect(() => openModelFile(stub, { wholeFileLimit: 0 })).toThrow(ModelFileError);
    const lfs = join(dir, 'lfs.tflite');
    writeFileSync(lfs, 'version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 12\n');
    expect(() => openModelFile(lfs, { wholeFileLimit: 0 })).toThrow(expect.objectContaining({ code: 'lfs-pointer' }));
  });
});
