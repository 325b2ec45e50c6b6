// Post-training quantization (float TFLite -> full-integer int8 or int16x8), the step MLIA runs through
// TensorFlow's converter, without TensorFlow. Entry points for the CLI and the action:
//   quantize(bytes, opts)        calibrate + quantize + write, async (runs the float model in the TFLite runtime)
//   quantizeModel(model, stats)  the pure rewrite from calibrated ranges
//   calibrate(bytes, samples)    ranges per tensor
//   parseNpy / samplesFromNpy / randomSamples / modelInputs   calibration data
//   inputNormalisations(model)   what the model's input normalisation says random data should look like
//   compareOutputs(float, quantized, samples)                  cosine similarity of outputs
//   isFloatModel(model)          whether a model is one to quantize (action `quantize: true`)
//   describeQuantization(report, tracking)                     text lines for the CLI
import { readModel } from '../../tflite/read.js';
import { writeModel } from '../../tflite/write.js';
import { calibrate } from './calibrate.js';
import { quantizeModel } from './quantize.js';
import { modelInputs, randomSamples } from './samples.js';
import { inputNormalisations } from './input-normalisation.js';
import { isFloatModel } from './detect.js';
import {
  QuantizeError,
  type CalibrationStats,
  type QuantizeOptions,
  type QuantizeReport,
  type SampleArray,
} from './types.js';
import type { Model } from '../../graph/types.js';

export { calibrate, withAllOutputs } from './calibrate.js';
export { quantizeModel, RANDOM_DATA_CAVEAT, type QuantizeResult } from './quantize.js';
export { parseNpy, type NpyArray } from './npy.js';
export { inputNormalisations, type InputNormalisation } from './input-normalisation.js';
export { modelInputs, randomSamples, samplesFromNpy, samplesFromNpyFiles, type InputSpec } from './samples.js';
export { compareOutputs, type TrackingResult } from './verify.js';
export { OP_RULES } from './rules.js';
export { isFloatModel } from './detect.js';
export { describeQuantization } from './describe.js';
export * from './types.js';

export interface QuantizeFileOptions extends Omit<QuantizeOptions, 'randomCalibration'> {
  file?: string;
  /** Calibration samples (per sample, one array per model input); random data when absent. */
  samples?: SampleArray[][];
  /** Random samples to draw when `samples` is absent (default 100, as MLIA). */
  randomCount?: number;
  seed?: number;
}

export interface QuantizedFile {
  bytes: Uint8Array;
  model: Model;
  report: QuantizeReport;
  stats: CalibrationStats;
  /** The samples calibration ran on (for compareOutputs). */
  samples: SampleArray[][];
}

/**
 * Calibrates a float model on the samples (or random data) and returns the quantized .tflite. Throws
 * ModelFileError for an unreadable file, QuantizeError for a model that is not float, InterpreterError when the
 * TFLite runtime cannot run the float model.
 */
export async function quantize(bytes: Uint8Array, opts: QuantizeFileOptions): Promise<QuantizedFile> {
  const model = readModel(bytes, { file: opts.file });
  if (!isFloatModel(model))
    throw new QuantizeError(
      opts.file ?? '<model>',
      'not a float model: it already computes with integer activations (or has no float operator)',
    );
  const random = !opts.samples;
  const inputs = modelInputs(model);
  const normalised = random ? inputNormalisations(model) : [];
  const samples = opts.samples ?? randomSamples(inputs, opts.randomCount ?? 100, opts.seed ?? 1, normalised);
  const stats = await calibrate(bytes, samples, { file: opts.file });
  const { model: q, report } = quantizeModel(model, stats, { ...opts, randomCalibration: random });
  normalised.forEach((n, k) => {
    if (n)
      report.caveats.push(
        `random values for input ${inputs[k].name} were drawn so that its normalisation (operators ` +
          `${n.operators.join(', ')}) makes them standard normal, as the model was trained to expect`,
      );
  });
  return { bytes: writeModel(q), model: q, report, stats, samples };
}
