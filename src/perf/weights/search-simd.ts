// The MLW chunk encoder's per-value passes on WebAssembly SIMD (search.wat): the value histogram, the lone-zero
// count, the split into coded weights and zero runs, both parameter searches (the weight search holds the 13
// configs' counts in 4 vectors) and a slice's bit counts. Same results as the JavaScript passes in mlw.ts,
// which stay the reference and the fallback where WebAssembly SIMD is missing.
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
const CHUNK = 4194304;
const RUNS = 4456448;
const HIST = 4980752;
const INDEX = 4988944;
/** Values per call the memory holds (one MLW chunk). */
export const SIMD_MAX_VALUES = 131072;

interface Exports {
  memory: { buffer: ArrayBuffer };
  search: (count: number, tableBase: number) => number;
  hist: (n: number) => void;
  lone: (n: number) => number;
  map: (n: number) => void;
  split: (n: number, allowLeading: number) => number;
  searchRuns: (count: number) => number;
  weightBits: (start: number, count: number, div: number, trunc: number) => number;
  runSymbols: (start: number, count: number, div: number) => number;
}

/** The kernel's passes over one chunk, and the regions of its memory they read and write. */
export interface ChunkKernel {
  /** The chunk's values (write them before the passes). */
  chunk: Int16Array;
  /** The histogram hist() fills, by value + 256 (scratch: the caller may overwrite it). */
  freq: Int32Array;
  /** The coded index per value + 256 that map() and split() read (the caller writes it). */
  index: Int32Array;
  /** Coded weights (the weight search reads them here) and zero runs, as map() and split() leave them. */
  values: Int32Array;
  runs: Int32Array;
  hist(n: number): void;
  lone(n: number): number;
  map(n: number): void;
  /** Returns the coded weights; the runs are one more. */
  split(n: number, allowLeadingRun: boolean): number;
  weightBits(start: number, count: number, div: number, trunc: boolean): number;
  runSymbols(start: number, count: number, div: number): number;
}

interface Kernel extends ChunkKernel {
  memory: { buffer: ArrayBuffer };
  /** The whole memory as i32 (it never grows). */
  mem32: Int32Array;
  search: (count: number, tableBase: number) => number;
  searchRuns: (count: number) => number;
  /** The tables each slot holds. */
  loaded: (WeightCostTables | undefined)[];
}

let kernel: Kernel | null | undefined;

function load(): Kernel | null {
  if (kernel !== undefined) return kernel;
  try {
    const binary = Uint8Array.from(atob(SEARCH_WASM), (ch) => ch.charCodeAt(0));
    const x = new WebAssembly.Instance(new WebAssembly.Module(binary), {}).exports as unknown as Exports;
    const buffer = x.memory.buffer;
    const mem32 = new Int32Array(buffer);
    kernel = {
      memory: x.memory,
      mem32,
      chunk: new Int16Array(buffer, CHUNK, SIMD_MAX_VALUES),
      freq: new Int32Array(buffer, HIST, 512),
      index: new Int32Array(buffer, INDEX, 512),
      values: mem32.subarray(VALUES / 4, VALUES / 4 + SIMD_MAX_VALUES),
      runs: new Int32Array(buffer, RUNS, SIMD_MAX_VALUES + 1),
      hist: x.hist,
      lone: x.lone,
      map: x.map,
      split: (n, allowLeadingRun) => x.split(n, allowLeadingRun ? 1 : 0),
      weightBits: (start, count, div, trunc) => x.weightBits(start, count, div, trunc ? 1 : 0),
      runSymbols: x.runSymbols,
      search: x.search,
      searchRuns: x.searchRuns,
      loaded: [],
    };
  } catch {
    kernel = null; // no WebAssembly SIMD here: the JavaScript passes run
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
  return readSlices(k, k.search(count, base), into);
}

/** Copies the last search's slices out of the kernel's memory into `into`. */
function readSlices(
  k: Kernel,
  n: number,
  into: { cfg: Int32Array; end: Int32Array; count: number; ensure(n: number): void },
): SliceSplit {
  into.ensure(n);
  const mem = k.mem32;
  for (let j = 0, c = SLICE_CFG / 4, e = SLICE_END / 4; j < n; j++) {
    into.cfg[j] = mem[c + j];
    into.end[j] = mem[e + j];
  }
  into.count = n;
  return { cfg: into.cfg, end: into.end, count: n };
}

/** The parameter search over the `count` zero runs split() left in the kernel's memory. */
export function simdSearchRuns(
  count: number,
  into: { cfg: Int32Array; end: Int32Array; count: number; ensure(n: number): void },
): SliceSplit {
  const k = load();
  if (!k) throw new Error('MLW: the zero-run search needs the WebAssembly kernel');
  return readSlices(k, k.searchRuns(count), into);
}

/** The kernel's chunk passes; null when WebAssembly SIMD is unavailable. */
export function chunkKernel(): ChunkKernel | null {
  return load();
}
