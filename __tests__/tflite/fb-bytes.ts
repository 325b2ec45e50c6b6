// Byte-level navigation of a TFLite flatbuffer, for tests that corrupt one precise field.
import { TABLES, TABLE_INDEX } from '../../src/tflite/generated/layout.js';

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Position of the root (Model) table. */
export const rootTable = (b: Uint8Array): number => view(b).getUint32(0, true);

/** Position of a field's inline value in the table at `table`, by schema table and field name (js or schema name). */
export function fieldPos(b: Uint8Array, table: number, tableName: string, field: string): number {
  const layout = TABLES[TABLE_INDEX.get(tableName)!];
  const slot = layout.slots.findIndex((s) => s.js === field || s.name === field);
  if (slot < 0) throw new Error(`no field ${field} in ${tableName}`);
  const v = view(b);
  const vtable = table - v.getInt32(table, true);
  if (4 + 2 * slot >= v.getUint16(vtable, true)) throw new Error(`${tableName}.${field} absent`);
  const off = v.getUint16(vtable + 4 + 2 * slot, true);
  if (!off) throw new Error(`${tableName}.${field} absent`);
  return table + off;
}

/** Follows the uoffset stored at `pos`. */
export const deref = (b: Uint8Array, pos: number): number => pos + view(b).getUint32(pos, true);

/** Position of element `i` of the vector whose uoffset is stored at `pos` (element slots are 4-byte offsets here). */
export const vectorElem = (b: Uint8Array, pos: number, i: number, elemSize = 4): number =>
  deref(b, pos) + 4 + i * elemSize;

/** Position of the table element `i` of the table vector whose uoffset is stored at `pos`. */
export const tableElem = (b: Uint8Array, pos: number, i: number): number => deref(b, vectorElem(b, pos, i));

export const setU32 = (b: Uint8Array, pos: number, value: number): void => view(b).setUint32(pos, value >>> 0, true);
export const setI32 = (b: Uint8Array, pos: number, value: number): void => view(b).setInt32(pos, value, true);

/** The first operator of subgraph 0. */
export function firstOperator(b: Uint8Array): number {
  const sg = tableElem(b, fieldPos(b, rootTable(b), 'Model', 'subgraphs'), 0);
  return tableElem(b, fieldPos(b, sg, 'SubGraph', 'operators'), 0);
}

/** Tensor `t` of subgraph 0. */
export function tensorTable(b: Uint8Array, t: number): number {
  const sg = tableElem(b, fieldPos(b, rootTable(b), 'Model', 'subgraphs'), 0);
  return tableElem(b, fieldPos(b, sg, 'SubGraph', 'tensors'), t);
}

/** Deterministic PRNG for fuzzing (LCG; quality is irrelevant here, reproducibility is the point). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
}
