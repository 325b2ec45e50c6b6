// The multi-GB model of the bench: a chain of FULLY_CONNECTED layers whose weights live after the flatbuffer (the
// > 2 GB layout). Built small and widened, so no weights are generated: the weights are zero-filled arrays that stay
// virtual memory until writeModel copies them into the file image. The writer thus holds about the file size in
// memory for a moment; the bench runs it in a child process, apart from what it measures.
import { ModelBuilder } from '../../src/tflite/builder.js';
import { writeModel } from '../../src/tflite/write.js';
import type { Model } from '../../src/graph/types.js';

/** Placeholder width in the small model that is then widened (distinct from every other dimension in it). */
const SMALL = 8;

/** `layers` FULLY_CONNECTED layers of `width` x `width` int8 weights (width^2 bytes each) with int32 biases. */
export function bigModel(layers: number, width: number): Uint8Array {
  const mb = new ModelBuilder({ quant: 'int8', seed: 1, description: `${layers} x FULLY_CONNECTED ${width}` });
  let x = mb.input([1, SMALL], { quant: { scale: 0.05, zeroPoint: 0 } });
  for (let i = 0; i < layers; i++) x = mb.fullyConnected(x, { units: SMALL, out: { scale: 0.05, zeroPoint: 0 } });
  mb.output(x);
  const small = mb.toModel();
  const widen = (shape: number[]) => shape.map((d) => (d === SMALL ? width : d));
  const sizeOf = (n: number) => (n === SMALL * SMALL ? width * width : n === SMALL * 4 ? width * 4 : n);
  const model: Model = {
    ...small,
    subgraphs: small.subgraphs.map((sg) => ({
      ...sg,
      tensors: sg.tensors.map((t) => ({ ...t, shape: widen(t.shape) })),
    })),
    buffers: small.buffers.map((b, i) => {
      const n = sizeOf(b.data?.length ?? 0);
      return { index: i, size: n, data: n ? new Uint8Array(n) : undefined };
    }),
  };
  return writeModel(model, { externalBuffers: true });
}
