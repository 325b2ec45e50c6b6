// How closely a quantized model tracks its float original: both run in the TFLite runtime on the same samples;
// integer inputs are quantized and integer outputs dequantized with the model's own parameters.
import { indexOutputPositions } from '../../graph/index-outputs.js';
import type { Model, Quantization, Tensor } from '../../graph/types.js';
import { readModel } from '../../tflite/read.js';
import { runtimeCopy } from '../../tflite/runtime-fixups.js';
import { writeModel } from '../../tflite/write.js';
import type { SampleArray } from './types.js';

export interface TrackingResult {
  /**
   * Cosine similarity of all outputs of all samples, concatenated; NaN when nothing could be compared (outputs
   * with a dynamic shape that came out empty on every sample).
   */
  cosine: number;
  /**
   * Cosine per model output (over all samples); NaN for outputs that were empty, and for outputs of class indices
   * (see indexAgreement).
   */
  perOutput: number[];
  /**
   * Outputs of ARG_MAX / ARG_MIN (class indices, such as a segmentation's class per pixel): the share of indices
   * equal to the float model's. Their values are not in `cosine`: a cosine of class numbers means nothing.
   */
  indexAgreement?: { output: number; share: number }[];
  /** Output values compared. */
  compared: number;
  /**
   * 'outputs', or 'detection heads' when the model ends in TFLite_Detection_PostProcess: its box and score inputs
   * are compared instead, since non-maximum suppression turns tiny score changes into reordered detections.
   */
  comparedAt: 'outputs' | 'detection heads';
  samples: number;
  /** Why the outputs could not be compared (the runtime refused or failed on a model); the figures are then empty. */
  error?: string;
}

const quantizeInto = (values: ArrayLike<number>, q: Quantization, dtype: string): SampleArray => {
  const [lo, hi, Ctor] =
    dtype === 'int16' ? [-32768, 32767, Int16Array] : dtype === 'uint8' ? [0, 255, Uint8Array] : [-128, 127, Int8Array];
  const out = new Ctor(values.length);
  for (let i = 0; i < values.length; i++)
    out[i] = Math.max(lo, Math.min(hi, Math.round(values[i] / q.scale[0]) + q.zeroPoint[0]));
  return out;
};

const realValues = (values: ArrayLike<number>, t: Tensor): Float64Array => {
  const out = new Float64Array(values.length);
  const q = t.dtype !== 'float32' ? t.quantization : undefined;
  for (let i = 0; i < values.length; i++) out[i] = q ? (values[i] - q.zeroPoint[0]) * q.scale[0] : values[i];
  return out;
};

/**
 * Cosine similarity accumulated output by output, sample by sample: nothing is kept of the outputs themselves (a
 * 268K-value output over 100 samples held 430 MB as number arrays). Non-finite pairs are skipped.
 */
class CosineSum {
  private dot = 0;
  private na = 0;
  private nb = 0;
  /** Finite pairs added. */
  n = 0;
  add(a: ArrayLike<number>, b: ArrayLike<number>): void {
    let { dot, na, nb, n } = this;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const y = b[i];
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      n++;
      dot += x * y;
      na += x * x;
      nb += y * y;
    }
    this.dot = dot;
    this.na = na;
    this.nb = nb;
    this.n = n;
  }
  value(): number {
    if (this.n === 0) return NaN;
    // Two all-zero outputs agree perfectly.
    if (this.na === 0 && this.nb === 0) return 1;
    return this.na === 0 || this.nb === 0 ? 0 : this.dot / Math.sqrt(this.na * this.nb);
  }
}

const DETECTION_POSTPROCESS = 'TFLite_Detection_PostProcess';

/** The model with the box and score inputs of its detection post-process appended to the outputs, or null. */
function exposeDetectionHeads(model: Model): { bytes: Uint8Array; first: number } | null {
  const sg = model.subgraphs[0];
  const post = sg.operators.find((o) => o.type === 'CUSTOM' && o.customCode === DETECTION_POSTPROCESS);
  if (!post) return null;
  const heads = post.inputs.slice(0, 2);
  const subgraph = { ...sg, outputs: [...sg.outputs, ...heads] };
  return {
    bytes: writeModel({ ...model, subgraphs: [subgraph, ...model.subgraphs.slice(1)] }),
    first: sg.outputs.length,
  };
}

/**
 * Runs both models on the samples and compares their outputs. A model the runtime refuses or fails on gives a
 * result with `error` set, not an exception: the quantized model stands on its own, tracking is a check of it.
 */
export async function compareOutputs(
  floatBytes: Uint8Array,
  quantBytes: Uint8Array,
  samples: readonly SampleArray[][],
  opts: { file?: string } = {},
): Promise<TrackingResult> {
  const { InterpreterError } = await import('../../runtime/interpreter.js');
  try {
    return await track(floatBytes, quantBytes, samples, opts.file ?? '<model>');
  } catch (e) {
    if (!(e instanceof InterpreterError)) throw e;
    return {
      cosine: NaN,
      perOutput: [],
      compared: 0,
      comparedAt: 'outputs',
      samples: samples.length,
      error: e.message,
    };
  }
}

async function track(
  floatBytes: Uint8Array,
  quantBytes: Uint8Array,
  samples: readonly SampleArray[][],
  file: string,
): Promise<TrackingResult> {
  const { loadInterpreter } = await import('../../runtime/interpreter.js');
  const qModel = readModel(quantBytes, { file });
  const qsg = qModel.subgraphs[0];
  const floatModel = readModel(floatBytes, { file });
  const floatHeads = exposeDetectionHeads(floatModel);
  const quantHeads = floatHeads && exposeDetectionHeads(qModel);
  const atHeads = floatHeads !== null && quantHeads !== null;
  // Both through the runtime copy: an int64 ARG_MAX output (which the runtime cannot hand out) as int32.
  const floatRun = await loadInterpreter(runtimeCopy(atHeads ? floatHeads.bytes : floatBytes, file).bytes, { file });
  const quantFile = `${file} (quantized)`;
  const quantRun = await loadInterpreter(runtimeCopy(atHeads ? quantHeads.bytes : quantBytes, quantFile).bytes, {
    file: quantFile,
  }).catch((e: unknown) => {
    floatRun.dispose();
    throw e;
  });
  // Outputs that hold class indices, by position (none at the detection heads, which are scores and boxes).
  const indexOutputs = atHeads ? new Set<number>() : indexOutputPositions(floatModel);
  const equalIndices = new Map<number, { equal: number; total: number }>();
  const heads = atHeads ? qsg.operators.find((o) => o.customCode === DETECTION_POSTPROCESS)!.inputs.slice(0, 2) : [];
  const all = new CosineSum();
  const perOutputSums: CosineSum[] = [];
  let compared = 0;
  try {
    for (const sample of samples) {
      let f = floatRun.run(sample);
      const qIn = sample.map((v, i) => {
        const t = qsg.tensors[qsg.inputs[i]];
        return t.dtype !== 'float32' && t.quantization && v instanceof Float32Array
          ? quantizeInto(v, t.quantization, t.dtype)
          : v;
      });
      let q = quantRun.run(qIn).map((o, i) => realValues(o, qsg.tensors[[...qsg.outputs, ...heads][i]]));
      if (atHeads) {
        f = f.slice(floatHeads.first);
        q = q.slice(quantHeads.first);
      }
      f.forEach((o, k) => {
        // Compared over the float output's length (a dynamically shaped output may differ between the runs).
        const y = q[k] ?? [];
        if (indexOutputs.has(k)) {
          const e = equalIndices.get(k) ?? { equal: 0, total: 0 };
          for (let i = 0; i < o.length; i++) if (o[i] === y[i]) e.equal++;
          e.total += o.length;
          equalIndices.set(k, e);
          compared += o.length;
          return;
        }
        (perOutputSums[k] ??= new CosineSum()).add(o, y);
        all.add(o, y);
        compared += o.length;
      });
    }
  } finally {
    floatRun.dispose();
    quantRun.dispose();
  }
  return {
    cosine: all.value(),
    perOutput: Array.from(
      { length: Math.max(perOutputSums.length, ...[...indexOutputs].map((k) => k + 1)) },
      (_, k) => perOutputSums[k]?.value() ?? NaN,
    ),
    ...(equalIndices.size
      ? {
          indexAgreement: [...equalIndices]
            .sort((a, b) => a[0] - b[0])
            .map(([output, e]) => ({ output, share: e.total ? e.equal / e.total : NaN })),
        }
      : {}),
    compared,
    comparedAt: atHeads ? 'detection heads' : 'outputs',
    samples: samples.length,
  };
}
