// Structure-aware mutations of TFLite models for the fuzz harness.
// Two layers: IR mutations written back through our writer (so the bytes stay a valid flatbuffer and
// the hostile values reach compat and perf), and byte mutations aimed at the places a flatbuffer keeps
// offsets, lengths and indices (4-byte aligned words), plus plain random bytes.
import type { Model, Tensor } from '../../src/graph/types.js';
import { writeModel } from '../../src/tflite/write.js';

/** A small deterministic PRNG (mulberry32): the same seed gives the same fuzz run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, n: number) => Math.floor(rng() * n);

const HOSTILE_DIMS = [0, -1, -7, 1, 65535, 65536, 2 ** 31 - 1, 2 ** 30, 1e6];
const HOSTILE_WORDS = [0, 1, 0xffffffff, 0x7fffffff, 0x80000000, 0xfffffff0, 0x00010000, 0x40000000];

export interface Mutation {
  kind: string;
  bytes: Uint8Array;
}

function cloneModel(m: Model): Model {
  // The IR is plain data apart from buffer views; a structured clone keeps the views' bytes.
  return structuredClone(m);
}

function randomTensor(rng: Rng, m: Model): Tensor | undefined {
  const sg = m.subgraphs[int(rng, m.subgraphs.length)];
  return sg?.tensors.length ? sg.tensors[int(rng, sg.tensors.length)] : undefined;
}

/** IR-level mutations: each returns a changed copy, or undefined when it does not apply. */
const IR_MUTATORS: Record<string, (m: Model, rng: Rng) => Model | undefined> = {
  'shape-hostile-dim': (m, rng) => {
    const t = randomTensor(rng, m);
    if (!t) return undefined;
    t.shape = t.shape.length
      ? t.shape.map((d) => (rng() < 0.5 ? pick(rng, HOSTILE_DIMS) : d))
      : [pick(rng, HOSTILE_DIMS)];
    return m;
  },
  'shape-overflow-product': (m, rng) => {
    const t = randomTensor(rng, m);
    if (!t) return undefined;
    t.shape = [2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1].slice(0, Math.max(2, t.shape.length));
    return m;
  },
  'shape-rank': (m, rng) => {
    const t = randomTensor(rng, m);
    if (!t) return undefined;
    t.shape = rng() < 0.5 ? [] : Array.from({ length: 5 + int(rng, 4) }, () => 1 + int(rng, 4));
    return m;
  },
  'quant-wrong-length': (m, rng) => {
    const t = randomTensor(rng, m);
    if (!t) return undefined;
    const n = pick(rng, [0, 2, 3, 1000]);
    t.quantization = {
      scale: Array.from({ length: n }, () => rng()),
      zeroPoint: [0],
      quantizedDimension: pick(rng, [0, 3, 9, -1]),
    };
    return m;
  },
  'quant-hostile-values': (m, rng) => {
    const t = randomTensor(rng, m);
    if (!t) return undefined;
    t.quantization = {
      scale: [pick(rng, [0, -1, Infinity, NaN, 1e-45, 2 ** 40])],
      zeroPoint: [pick(rng, [-129, 256, 2 ** 40, -(2 ** 40)])],
      quantizedDimension: 0,
    };
    return m;
  },
  'dtype-swap': (m, rng) => {
    const t = randomTensor(rng, m);
    if (!t) return undefined;
    t.dtype = pick(rng, [
      'float32',
      'int8',
      'uint8',
      'int16',
      'int32',
      'int64',
      'bool',
      'string',
      'float16',
      'int4',
    ] as const);
    return m;
  },
  'operator-io-shuffle': (m, rng) => {
    const sg = m.subgraphs[int(rng, m.subgraphs.length)];
    const op = sg?.operators[int(rng, sg.operators.length)];
    if (!op || !sg.tensors.length) return undefined;
    const idx = () => (rng() < 0.2 ? -1 : int(rng, sg.tensors.length));
    if (rng() < 0.5) op.inputs = op.inputs.map(() => idx());
    else op.inputs = Array.from({ length: int(rng, 6) }, idx);
    return m;
  },
  'operator-options': (m, rng) => {
    const sg = m.subgraphs[int(rng, m.subgraphs.length)];
    const op = sg?.operators[int(rng, sg.operators.length)];
    if (!op?.options) return undefined;
    for (const k of Object.keys(op.options)) {
      const v = op.options[k];
      if (typeof v === 'number' && rng() < 0.6)
        op.options[k] = pick(rng, [0, -1, 3, 4, 127, 65536, 2 ** 31 - 1, -(2 ** 31)]);
      if (typeof v === 'boolean' && rng() < 0.5) op.options[k] = !v;
    }
    return m;
  },
  'buffer-truncate': (m, rng) => {
    const withData = m.buffers.filter((b) => b.data && b.data.length > 1);
    if (!withData.length) return undefined;
    const b = pick(rng, withData);
    b.data = b.data!.slice(0, int(rng, b.data!.length));
    b.size = b.data.length;
    return m;
  },
  'operator-drop-outputs': (m, rng) => {
    const sg = m.subgraphs[int(rng, m.subgraphs.length)];
    const op = sg?.operators[int(rng, sg.operators.length)];
    if (!op) return undefined;
    op.outputs = [];
    return m;
  },
};

function byteMutation(src: Uint8Array, rng: Rng): Mutation {
  const out = src.slice();
  const dv = new DataView(out.buffer);
  const which = rng();
  if (which < 0.4) {
    // Aim at offsets, lengths and indices: flatbuffers keep them in aligned 32-bit words.
    const n = 1 + int(rng, 4);
    for (let i = 0; i < n && out.length >= 8; i++) {
      const at = (int(rng, out.length >> 2) << 2) >>> 0;
      if (at + 4 <= out.length) dv.setUint32(at, pick(rng, HOSTILE_WORDS) >>> 0, true);
    }
    return { kind: 'word', bytes: out };
  }
  if (which < 0.7) {
    const n = 1 + int(rng, 16);
    for (let i = 0; i < n; i++) out[int(rng, out.length)] ^= 1 << int(rng, 8);
    return { kind: 'bitflip', bytes: out };
  }
  if (which < 0.9) return { kind: 'truncate', bytes: out.slice(0, int(rng, out.length)) };
  const junk = new Uint8Array(int(rng, 4096));
  for (let i = 0; i < junk.length; i++) junk[i] = int(rng, 256);
  if (junk.length >= 8 && rng() < 0.5) junk.set([0x54, 0x46, 0x4c, 0x33], 4); // a TFL3 identifier on noise
  return { kind: 'random', bytes: junk };
}

/** One mutated input from a seed model (its bytes and its IR). */
export function mutate(seedBytes: Uint8Array, seedModel: Model | undefined, rng: Rng): Mutation {
  if (seedModel && rng() < 0.55) {
    const names = Object.keys(IR_MUTATORS);
    const name = pick(rng, names);
    const changed = IR_MUTATORS[name](cloneModel(seedModel), rng);
    if (changed) {
      try {
        return { kind: `ir:${name}`, bytes: writeModel(changed) };
      } catch {
        // The writer refused the hostile IR (e.g. a value outside its field's range): mutate bytes instead.
      }
    }
  }
  return byteMutation(seedBytes, rng);
}
