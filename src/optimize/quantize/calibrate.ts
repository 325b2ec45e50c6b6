// Calibration: the float model runs in the real TFLite runtime with every float tensor that an operator of
// subgraph 0 produces made a graph output, so one inference yields all activations; their min/max over the
// samples are the ranges quantization starts from, with the magnitude that holds 99% of the values (the "bulk",
// from a histogram) so ranges set by rare outliers can be reported. The runtime is imported lazily (WASM is large).
import type { Model } from '../../graph/types.js';
import { readModel } from '../../tflite/read.js';
import { writeModel } from '../../tflite/write.js';
import type { CalibrationStats, SampleArray, TensorRange } from './types.js';
import { QuantizeError } from './types.js';
import { BULK_QUANTILE, MagnitudeHistogram } from './outliers.js';
import { isConstant } from './tensor-data.js';

/** Activations of subgraph 0 that a MUL multiplies by a float constant. */
function multipliedByConstant(model: Model): Set<number> {
  const sg = model.subgraphs[0];
  const out = new Set<number>();
  for (const op of sg.operators) {
    if (op.type !== 'MUL' || op.inputs.length !== 2) continue;
    const [a, b] = op.inputs.map((i) => (i >= 0 ? sg.tensors[i] : undefined));
    if (!a || !b || a.dtype !== 'float32' || b.dtype !== 'float32') continue;
    const ca = isConstant(model, a);
    const cb = isConstant(model, b);
    if (ca !== cb) out.add(ca ? b.index : a.index);
  }
  return out;
}

function addSquares(squares: Map<number, Float64Array>, t: number, values: ArrayLike<number>): void {
  let s = squares.get(t);
  if (!s) squares.set(t, (s = new Float64Array(values.length)));
  if (s.length !== values.length) return; // a dynamically shaped tensor: no per-element statistics
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) s[i] += values[i] * values[i];
}

/**
 * The model with every float32 tensor an operator of subgraph 0 writes as a graph output. Its other outputs
 * (indices, shapes: int64 ones the runtime cannot hand out) are left out: calibration reads only float values.
 */
export function withAllOutputs(model: Model): { model: Model; observed: number[] } {
  const sg = model.subgraphs[0];
  const floatOutputs = sg.outputs.filter((o) => sg.tensors[o]?.dtype === 'float32');
  const seen = new Set(floatOutputs);
  const extra: number[] = [];
  for (const op of sg.operators)
    for (const o of op.outputs)
      if (o >= 0 && !seen.has(o) && sg.tensors[o].dtype === 'float32') {
        seen.add(o);
        extra.push(o);
      }
  const subgraph = { ...sg, outputs: [...floatOutputs, ...extra] };
  return {
    model: { ...model, subgraphs: [subgraph, ...model.subgraphs.slice(1)] },
    observed: subgraph.outputs,
  };
}

function widen(
  ranges: Map<number, TensorRange>,
  histograms: Map<number, MagnitudeHistogram>,
  t: number,
  values: ArrayLike<number>,
): void {
  let h = histograms.get(t);
  if (!h) histograms.set(t, (h = new MagnitudeHistogram()));
  // Non-finite values (log of 0, overflow) would make every scale meaningless; TFLite's calibrator skips them too.
  const { min, max } = h.add(values);
  if (min > max) return;
  const r = ranges.get(t);
  if (!r) ranges.set(t, { min, max });
  else {
    if (min < r.min) r.min = min;
    if (max > r.max) r.max = max;
  }
}

/** Runs every sample through the float model and returns the min/max of each float tensor of subgraph 0. */
export async function calibrate(
  bytes: Uint8Array,
  samples: readonly SampleArray[][],
  opts: { file?: string } = {},
): Promise<CalibrationStats> {
  const file = opts.file ?? '<model>';
  if (samples.length === 0) throw new QuantizeError(file, 'calibration needs at least one sample');
  const model = readModel(bytes, { file });
  const { model: probe, observed } = withAllOutputs(model);
  const { loadInterpreter } = await import('../../runtime/interpreter.js');
  const interp = await loadInterpreter(writeModel(probe), { file });
  const ranges = new Map<number, TensorRange>();
  const histograms = new Map<number, MagnitudeHistogram>();
  const tracked = multipliedByConstant(model);
  const squares = new Map<number, Float64Array>();
  const sg = model.subgraphs[0];
  try {
    if (interp.outputs.length !== observed.length)
      throw new QuantizeError(
        file,
        `the runtime exposes ${interp.outputs.length} outputs, ${observed.length} expected`,
      );
    for (const sample of samples) {
      sample.forEach((values, i) => {
        if (sg.tensors[sg.inputs[i]]?.dtype === 'float32') widen(ranges, histograms, sg.inputs[i], values);
        if (tracked.has(sg.inputs[i])) addSquares(squares, sg.inputs[i], values);
      });
      const outputs = interp.run(sample);
      outputs.forEach((values, i) => {
        if (sg.tensors[observed[i]].dtype === 'float32') widen(ranges, histograms, observed[i], values);
        if (tracked.has(observed[i])) addSquares(squares, observed[i], values);
      });
    }
  } finally {
    interp.dispose();
  }
  for (const [t, r] of ranges) r.bulk = histograms.get(t)!.quantile(BULK_QUANTILE);
  return { ranges, samples: samples.length, squares };
}
