// Output drift of an optimised model: the original and the optimised model run in the real TFLite runtime on the
// same seeded random inputs, outputs compared after dequantization. The runtime (a 3.7 MB WASM) is imported only
// here and only when drift is asked for, so `check` and the action's start-up never load it.
import { indexOutputPositions } from '../graph/index-outputs.js';
import type { Model } from '../graph/types.js';
import { readModel } from '../tflite/read.js';
import { runtimeCopy } from '../tflite/runtime-fixups.js';
import { seededRandom } from './seeded-random.js';
import type { Interpreter, TensorData } from '../runtime/interpreter.js';

export { seededRandom };

export interface OutputDrift {
  /** Output tensor name. */
  name: string;
  /** Largest |original - optimised| over all samples, in real (dequantized) units. */
  maxAbsDiff: number;
  /** Cosine similarity of the dequantized outputs over all samples (1 = same direction). */
  cosine: number;
  /**
   * Share of rows (vectors along the last axis, over all samples) whose largest element is at the same position:
   * for a classifier, how often the top-1 class survives. Saturated int8 softmax outputs make the cosine harsh,
   * this says whether the decision changed. For an ARG_MAX / ARG_MIN output (a segmentation's class per pixel)
   * every element is already a decision: the share of equal elements. Null for outputs of one value per row
   * (regressions).
   */
  top1Agreement: number | null;
  /**
   * Set on an ARG_MAX / ARG_MIN output: its values are class indices, whose differences and cosine mean nothing;
   * top1Agreement is what to read (outputCosines leaves them out).
   */
  indices?: true;
}

/** The cosine similarities of a drift's outputs that have one worth reading (not those of index outputs). */
export function outputCosines(drift: DriftResult | undefined): number[] {
  return (drift?.outputs ?? []).filter((o) => !o.indices).map((o) => o.cosine);
}

export interface DriftResult {
  samples: number;
  seed: number;
  outputs: OutputDrift[];
  /** Set when the runtime could not load or run one of the models; the outputs are then empty. */
  error?: string;
  /** Which model the runtime failed on: a failing original is the runtime's limit, a failing optimised model ours. */
  failed?: 'original' | 'optimized';
  /**
   * Tensors of the original whose quantized_dimension lay past their rank, set to their only possible axis in the
   * copies the runtime ran (see tflite/runtime-fixups.ts): the full runtime refuses them, TFLite Micro ignores it.
   */
  runtimeFixes?: number;
  /**
   * ARG_MAX / ARG_MIN outputs in int64, which the runtime computes but cannot hand out, made int32 in the copies
   * it ran (the same indices).
   */
  indexOutputFixes?: number;
}

export interface DriftOptions {
  /** Random input sets to run (default 3). */
  samples?: number;
  seed?: number;
  /** File name for error messages. */
  file?: string;
}

/** Random inputs for every model input: integers uniform over their type's range, floats uniform in [-1, 1]. */
export function randomInputs(interp: Interpreter, random: () => number): TensorData[] {
  return interp.inputs.map((t) => {
    const n = t.shape.reduce((a, d) => a * d, 1);
    const ints = (lo: number, hi: number) => () => lo + Math.floor(random() * (hi - lo + 1));
    const fill = <T extends TensorData>(arr: T, gen: (i: number) => number): T => {
      for (let i = 0; i < n; i++) arr[i] = gen(i);
      return arr;
    };
    switch (t.dtype) {
      case 'int8':
        return fill(new Int8Array(n), ints(-128, 127));
      case 'uint8':
        return fill(new Uint8Array(n), ints(0, 255));
      case 'bool':
        return fill(new Uint8Array(n), ints(0, 1));
      case 'int16':
        return fill(new Int16Array(n), ints(-32768, 32767));
      // Wider integers are usually indices or lengths: keep them small and valid.
      case 'int32':
        return fill(new Int32Array(n), ints(0, 3));
      case 'uint32':
        return fill(new Uint32Array(n), ints(0, 3));
      case 'float64':
        return fill(new Float64Array(n), () => random() * 2 - 1);
      default:
        return fill(new Float32Array(n), () => random() * 2 - 1);
    }
  });
}

/** Runs both models on the same random inputs and compares their outputs. Never throws for a model problem. */
export async function measureDrift(
  originalBytes: Uint8Array,
  optimizedBytes: Uint8Array,
  opts: DriftOptions = {},
): Promise<DriftResult> {
  const samples = Math.max(1, Math.floor(opts.samples ?? 3));
  const seed = opts.seed ?? 1;
  const file = opts.file ?? '<model>';
  const result: DriftResult = { samples, seed, outputs: [] };
  const { loadInterpreter } = await import('../runtime/interpreter.js');
  let original: Interpreter | undefined;
  let optimized: Interpreter | undefined;
  let stage: 'original' | 'optimized' = 'original';
  try {
    // Both models alike: the optimised one carries the original's quantization parameters.
    const fixed = runtimeCopy(originalBytes, file);
    const { quantizedDimensions, indexOutputs } = fixed.fixes;
    if (quantizedDimensions.length) result.runtimeFixes = quantizedDimensions.length;
    if (indexOutputs.length) result.indexOutputFixes = indexOutputs.length;
    original = await loadInterpreter(fixed.bytes, { file });
    const model = readModel(originalBytes, { file });
    const dequantize = outputDequantizers(model, original.outputs.length);
    // Outputs that hold indices (ARG_MAX / ARG_MIN): compared element by element for the top-1 share.
    const indexOutput = indexOutputPositions(model);
    const random = seededRandom(seed);
    const acc = original.outputs.map(() => ({ maxAbs: 0, dot: 0, na: 0, nb: 0, rows: 0, sameTop1: 0 }));
    for (let s = 0; s < samples; s++) {
      const inputs = randomInputs(original, random);
      stage = 'original';
      const a = original.run(inputs);
      stage = 'optimized';
      const optimizedFile = `${file} (optimized)`;
      optimized ??= await loadInterpreter(
        fixed.bytes !== originalBytes ? runtimeCopy(optimizedBytes, optimizedFile).bytes : optimizedBytes,
        { file: optimizedFile },
      );
      const b = optimized.run(inputs);
      a.forEach((outA, o) => {
        const outB = b[o];
        const m = acc[o];
        for (let i = 0; i < outA.length; i++) {
          const x = dequantize[o](Number(outA[i]));
          const y = dequantize[o](Number(outB[i]));
          m.maxAbs = Math.max(m.maxAbs, Math.abs(x - y));
          m.dot += x * y;
          m.na += x * x;
          m.nb += y * y;
        }
        if (indexOutput.has(o)) {
          for (let i = 0; i < outA.length; i++) {
            m.rows++;
            if (outA[i] === outB[i]) m.sameTop1++;
          }
          return;
        }
        const shape = original!.outputs[o].shape;
        const width = shape[shape.length - 1] ?? 1;
        if (width < 2) return;
        for (let r = 0; r + width <= outA.length; r += width) {
          m.rows++;
          if (argmax(outA, r, width) === argmax(outB, r, width)) m.sameTop1++;
        }
      });
    }
    result.outputs = acc.map((m, o) => ({
      name: original!.outputs[o].name,
      maxAbsDiff: m.maxAbs,
      cosine: cosine(m.dot, m.na, m.nb),
      top1Agreement: m.rows ? m.sameTop1 / m.rows : null,
      ...(indexOutput.has(o) ? { indices: true as const } : {}),
    }));
  } catch (e) {
    result.failed = stage;
    result.error =
      stage === 'original'
        ? `the original model does not run in the bundled TFLite runtime either: ${(e as Error).message}`
        : (e as Error).message;
  } finally {
    original?.dispose();
    optimized?.dispose();
  }
  return result;
}

/** Position of the first largest value in values[start, start + width). */
function argmax(values: TensorData, start: number, width: number): number {
  let best = 0;
  for (let i = 1; i < width; i++) if (values[start + i] > values[start + best]) best = i;
  return best;
}

/** Two all-zero outputs agree (1); one all-zero output against a non-zero one does not (0). */
function cosine(dot: number, na: number, nb: number): number {
  if (na === 0 && nb === 0) return 1;
  if (na === 0 || nb === 0) return 0;
  return Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb)));
}

/** Per runtime output, value -> real value, from the primary subgraph's output quantization (identity for floats). */
function outputDequantizers(model: Model, count: number): ((v: number) => number)[] {
  const sg = model.subgraphs[0];
  return Array.from({ length: count }, (_, o) => {
    const t = sg?.tensors[sg.outputs[o]];
    const q = t?.quantization;
    const quantized = t && t.dtype !== 'float32' && t.dtype !== 'float64' && t.dtype !== 'float16';
    if (!quantized || !q || q.scale.length !== 1) return (v: number) => v;
    const [scale] = q.scale;
    const zp = q.zeroPoint[0] ?? 0;
    return (v: number) => (v - zp) * scale;
  });
}
