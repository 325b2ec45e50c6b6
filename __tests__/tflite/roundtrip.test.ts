// read -> write -> read gives the same IR for every corpus model, in both buffer layouts.
import { isDeepStrictEqual } from 'node:util';
import { readModel } from '../../src/tflite/read.js';
import { writeModel } from '../../src/tflite/write.js';
import { ModelBuilder } from '../../src/tflite/builder.js';
import type { Model } from '../../src/graph/types.js';
import { corpusBytes, corpusManifest, describeShared } from '../helpers/shared.js';

/** The IR minus what legitimately differs between two files of one model (size, where buffer bytes sit). */
function comparable(m: Model) {
  return {
    ...m,
    fileSize: 0,
    buffers: m.buffers.map((b) => ({ index: b.index, size: b.size, hasData: b.data !== undefined })),
  };
}

/** Deep equality, checked natively (fast); jest's toEqual only runs to describe a difference. */
function expectSameIR(actual: Model, expected: Model): void {
  const a = comparable(actual);
  const e = comparable(expected);
  if (!isDeepStrictEqual(a, e)) expect(a).toEqual(e);
}

/** Buffer contents compared in bulk (toEqual on multi-megabyte typed arrays is slow). */
function expectSameData(a: Model, b: Model): void {
  expect(b.buffers.length).toBe(a.buffers.length);
  const differing = a.buffers.filter((buf, i) => {
    const other = b.buffers[i].data;
    return (buf.data === undefined) !== (other === undefined) || (buf.data && !Buffer.from(buf.data).equals(other!));
  });
  expect(differing.map((buf) => buf.index)).toEqual([]);
}

describeShared('corpus round trip', () => {
  test.each(corpusManifest().map((e) => [e.file, e] as const))('%s', (file, entry) => {
    const original = readModel(corpusBytes(entry), { file });
    const written = writeModel(original);
    expect(String.fromCharCode(...written.subarray(4, 8))).toBe('TFL3');
    const copy = readModel(written, { file: `${file} (written)` });
    expectSameIR(copy, original);
    expectSameData(original, copy);
    // Buffer data honours the schema's force_align: 16.
    for (const b of copy.buffers) if (b.data) expect(b.data.byteOffset % 16).toBe(0);
  });

  test.each(
    corpusManifest()
      .filter((e) => e.bytes < 300_000)
      .slice(0, 8)
      .map((e) => [e.file, e] as const),
  )('external-buffer layout: %s', (file, entry) => {
    const original = readModel(corpusBytes(entry), { file });
    const external = writeModel(original, { externalBuffers: true });
    const copy = readModel(external, { file: `${file} (external)` });
    expectSameIR(copy, original);
    expectSameData(original, copy);
    for (const b of copy.buffers) {
      if (!b.data) continue;
      // Stored after the flatbuffer, 16-aligned, and read back from there.
      expect(b.offset).toBeDefined();
      expect(b.offset! % 16).toBe(0);
      expect(b.data.byteOffset).toBe(b.offset);
    }
  });
});

describe('external-buffer layout, synthetic', () => {
  test('a builder model round-trips through the > 2 GB layout', () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 11 });
    const x = mb.input([1, 12, 12, 4]);
    mb.output(mb.conv2d(mb.depthwiseConv2d(x, { kernel: 3 }), { filters: 6, kernel: 1 }));
    const inline = readModel(mb.build());
    const bytes = mb.build({ externalBuffers: true });
    const external = readModel(bytes);
    expectSameIR(external, inline);
    expectSameData(inline, external);
    const withData = external.buffers.filter((b) => b.data);
    expect(withData.length).toBe(4);
    // Every data block lies past the flatbuffer, in order, and the file ends at the last block (plus padding).
    const offsets = withData.map((b) => b.offset!);
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
    expect(bytes.length - (offsets.at(-1)! + withData.at(-1)!.size)).toBeLessThan(16);
    // Writing the external IR inline again gives the inline file back, byte for byte.
    expect(Buffer.from(writeModel(external)).equals(Buffer.from(writeModel(inline)))).toBe(true);
  });
});

describe('tensors without a rank', () => {
  // TFLite marks a shape left to the run by an empty shape without has_rank (a detection post-process's outputs);
  // a scalar has has_rank set. The writer keeps the difference.
  test('a computed tensor left without a rank reads back so; a ranked scalar and a constant do not', () => {
    const mb = new ModelBuilder({ quant: 'float32' });
    const x = mb.input([], { name: 'scalar' });
    mb.output(mb.add(x, mb.constant([], 'float32', [2])));
    const model = readModel(mb.build(), { file: 'ranks.tflite' });
    const [input, constant, output] = model.subgraphs[0].tensors;
    expect(input).toMatchObject({ name: 'scalar', shape: [] });
    expect(input.unknownRank).toBeUndefined();
    output.unknownRank = true;
    const again = readModel(writeModel(model), { file: 'ranks.tflite' }).subgraphs[0].tensors;
    expect(again[2]).toMatchObject({ shape: [], unknownRank: true });
    expect(again[0].unknownRank).toBeUndefined();
    expect(again[1].unknownRank).toBeUndefined();
    expect(constant.shape).toEqual([]);
  });
});
