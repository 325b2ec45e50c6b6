// The weight parameter search on WebAssembly SIMD (search.wat): the 13 configs' counts in 4 vectors, so a
// value costs a few vector operations instead of 13 scalar updates. Same result as the scalar search in
// mlw.ts, which stays the reference and the fallback where WebAssembly SIMD is missing.
import type { SliceSplit, WeightCostTables } from './mlw.js';
import { SEARCH_WASM } from './search-wasm.js';

// The WebAssembly global: Node has it, the ES2022 library types do not declare it.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
};

const LANES = 16;
const KEYS = 1024;
const CONFIGS = 13;
/** A penalty no count reaches: for the padding lanes and for a config the search must skip. */
const NEVER = 0x7ffffff0;
// Byte offsets of the kernel's memory layout (see search.wat): one table slot per uncompressed width.
const CFG_RANK = 128;
const VALUES = 1024;
const SLICE_CFG = 525312;
const SLICE_END = 1049616;
const SLOTS = 1638400;
const SLOT_BYTES = 204800;
const MAX_SLOT = 10;
const PEN = 65536;
const MASK = 131072;
const BLOCKED = 196608;
const RANK = 200704;
/** Values per call the memory holds (one MLW chunk). */
export const SIMD_MAX_VALUES = 131072;

interface Kernel {
  memory: { buffer: ArrayBuffer };
  /** The whole memory as i32 (it never grows), and its values region. */
  mem32: Int32Array;
  values: Int32Array;
  search: (count: number, tableBase: number) => number;
  /** The tables each slot holds. */
  loaded: (WeightCostTables | undefined)[];
}

let kernel: Kernel | null | undefined;

function load(): Kernel | null {
  if (kernel !== undefined) return kernel;
  try {
    const binary = Uint8Array.from(atob(SEARCH_WASM), (ch) => ch.charCodeAt(0));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(binary), {});
    const exports = instance.exports as {
      memory: { buffer: ArrayBuffer };
      search: (count: number, tableBase: number) => number;
    };
    const mem32 = new Int32Array(exports.memory.buffer);
    const values = mem32.subarray(VALUES / 4, VALUES / 4 + SIMD_MAX_VALUES);
    kernel = { memory: exports.memory, mem32, values, search: exports.search, loaded: [] };
  } catch {
    kernel = null; // no WebAssembly SIMD here: the scalar search runs
  }
  return kernel;
}

/** Writes the per-key tables in 16-lane rows (configs past 13, and 12 without an uncompressed width, never win). */
function upload(k: Kernel, t: WeightCostTables, cfgRank: Int32Array, base: number): void {
  const mem = k.mem32;
  const at0 = base / 4;
  mem.set(cfgRank, CFG_RANK / 4);
  mem.set(t.blocked, at0 + BLOCKED / 4);
  for (let key = 0; key < KEYS; key++) mem[at0 + RANK / 4 + key] = t.rank[key];
  for (let key = 0; key < KEYS; key++) {
    for (let j = 0; j < LANES; j++) {
      const at = at0 + key * LANES + j;
      const used = j < CONFIGS && (j < 12 || t.uncompressedBits > 0);
      mem[at] = used ? t.bits[key * CONFIGS + j] : 0;
      mem[at + PEN / 4] = used ? j + t.penalty[key * CONFIGS + j] : NEVER;
      mem[at + MASK / 4] = used && (t.blocked[key] >> j) & 1 ? -1 : 0;
    }
  }
  k.loaded[t.uncompressedBits] = t;
}

/**
 * Runs the search on the kernel; null when WebAssembly SIMD is unavailable or the input is larger than its
 * memory. `into` receives the slices (grown as needed).
 */
export function simdSearchWeights(
  values: Int32Array,
  count: number,
  tables: WeightCostTables,
  cfgRank: Int32Array,
  into: { cfg: Int32Array; end: Int32Array; count: number; ensure(n: number): void },
): SliceSplit | null {
  if (count > SIMD_MAX_VALUES || tables.uncompressedBits > MAX_SLOT) return null;
  const k = load();
  if (!k) return null;
  const base = SLOTS + tables.uncompressedBits * SLOT_BYTES;
  if (k.loaded[tables.uncompressedBits] !== tables) upload(k, tables, cfgRank, base);
  // Values already written into the kernel's memory (simdValues) need no copy.
  if (values.buffer !== k.memory.buffer || values.byteOffset !== VALUES) k.values.set(values.subarray(0, count));
  const n = k.search(count, base);
  into.ensure(n);
  const mem = k.mem32;
  for (let j = 0, c = SLICE_CFG / 4, e = SLICE_END / 4; j < n; j++) {
    into.cfg[j] = mem[c + j];
    into.end[j] = mem[e + j];
  }
  into.count = n;
  return { cfg: into.cfg, end: into.end, count: n };
}

/**
 * The kernel's input region (SIMD_MAX_VALUES coded weights), for writing a chunk's keys in place; null when
 * WebAssembly SIMD is unavailable.
 */
export function simdValues(): Int32Array | null {
  return load()?.values ?? null;
}
