// A new Model with some tensors' data replaced. The input model is never mutated: placement results are cached
// per Model object, and the caller still needs the original.
import type { Buffer, Model, Subgraph } from '../graph/types.js';

/** Key of a tensor in a model: `subgraph:tensor`. */
export const tensorKey = (subgraph: number, tensor: number): string => `${subgraph}:${tensor}`;

/**
 * Returns a copy of `model` where each tensor in `data` (keyed by tensorKey) holds the given bytes. A buffer
 * shared with tensors that are not replaced the same way is left alone and the replaced tensor gets a new buffer.
 */
export function replaceTensorData(model: Model, data: ReadonlyMap<string, Uint8Array>): Model {
  // Who references each buffer: tensors (by key) and metadata.
  const refs = new Map<number, string[]>();
  for (const sg of model.subgraphs)
    for (const t of sg.tensors) {
      const list = refs.get(t.buffer) ?? [];
      list.push(tensorKey(sg.index, t.index));
      refs.set(t.buffer, list);
    }
  for (const m of model.metadata) refs.set(m.buffer, [...(refs.get(m.buffer) ?? []), `metadata:${m.name}`]);

  const buffers: Buffer[] = model.buffers.slice();
  const newBufferOf = new Map<string, number>();
  const handled = new Set<number>();
  for (const sg of model.subgraphs)
    for (const t of sg.tensors) {
      const key = tensorKey(sg.index, t.index);
      const bytes = data.get(key);
      if (!bytes || handled.has(t.buffer)) continue;
      const sharers = refs.get(t.buffer) ?? [key];
      const sameForAll = sharers.every((k) => {
        const other = data.get(k);
        return other !== undefined && equalBytes(other, bytes);
      });
      if (sameForAll) {
        handled.add(t.buffer);
        buffers[t.buffer] = { index: t.buffer, data: bytes, size: bytes.length };
      } else {
        newBufferOf.set(key, buffers.length);
        buffers.push({ index: buffers.length, data: bytes, size: bytes.length });
      }
    }

  const subgraphs: Subgraph[] = model.subgraphs.map((sg) => ({
    ...sg,
    tensors: sg.tensors.map((t) => {
      const b = newBufferOf.get(tensorKey(sg.index, t.index));
      return b === undefined ? t : { ...t, buffer: b };
    }),
  }));
  return { ...model, subgraphs, buffers };
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
