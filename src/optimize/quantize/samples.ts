// Calibration samples: seeded random data (MLIA's default when no dataset is given) or .npy arrays matched to
// the model's inputs.
import type { DType, Model } from '../../graph/types.js';
import { parseNpy, type NpyArray } from './npy.js';
import { QuantizeError, type SampleArray } from './types.js';
import { elementCount } from './tensor-data.js';
import type { InputNormalisation } from './input-normalisation.js';
import { seededRandom } from '../seeded-random.js';

export interface InputSpec {
  name: string;
  shape: number[];
  dtype: DType;
}

export function modelInputs(model: Model): InputSpec[] {
  const sg = model.subgraphs[0];
  return sg.inputs.map((i) => {
    const t = sg.tensors[i];
    return { name: t.name, shape: t.shape, dtype: t.dtype };
  });
}

function emptyArray(dtype: DType, n: number): SampleArray {
  switch (dtype) {
    case 'int8':
      return new Int8Array(n);
    case 'uint8':
    case 'bool':
      return new Uint8Array(n);
    case 'int16':
      return new Int16Array(n);
    case 'int32':
    case 'int64':
      return new Int32Array(n);
    default:
      return new Float32Array(n);
  }
}

/**
 * `count` samples of random data: float inputs in [0, 1) as MLIA's random representative dataset, booleans 0/1,
 * integer inputs zero (they are usually indices or lengths, where random values would be invalid). A float input
 * with a known normalisation (input-normalisation.ts) is drawn so that its normalised values are standard normal;
 * an element the normalisation multiplies by zero keeps the uniform draw.
 */
export function randomSamples(
  inputs: readonly InputSpec[],
  count: number,
  seed = 1,
  normalisations: readonly (InputNormalisation | undefined)[] = [],
): SampleArray[][] {
  const rand = seededRandom(seed);
  // Box-Muller on the same generator: reproducible everywhere.
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const samples: SampleArray[][] = [];
  for (let s = 0; s < count; s++) {
    samples.push(
      inputs.map((inp, k) => {
        const a = emptyArray(inp.dtype, elementCount(inp.shape));
        const norm = normalisations[k];
        if (inp.dtype === 'float32' && norm) {
          for (let i = 0; i < a.length; i++) {
            const m = norm.scale[i];
            a[i] = m === 0 ? rand() : (normal() - norm.shift[i]) / m;
          }
        } else if (inp.dtype === 'float32') for (let i = 0; i < a.length; i++) a[i] = rand();
        else if (inp.dtype === 'bool') for (let i = 0; i < a.length; i++) a[i] = rand() < 0.5 ? 0 : 1;
        return a;
      }),
    );
  }
  return samples;
}

/**
 * Samples from .npy arrays. One input: each array is one sample (the input's element count) or a stack of them
 * (a multiple of it, split along the first axis). Several inputs: arrays are taken in order, one per input per
 * sample (file k holds input k mod inputs of sample floor(k / inputs)).
 */
export function samplesFromNpy(
  arrays: readonly { file: string; array: NpyArray }[],
  inputs: readonly InputSpec[],
): SampleArray[][] {
  const samples: SampleArray[][] = [];
  const convert = (file: string, data: SampleArray, spec: InputSpec): SampleArray => {
    const out = emptyArray(spec.dtype, data.length);
    for (let i = 0; i < data.length; i++) out[i] = data[i];
    if (out.length !== elementCount(spec.shape))
      throw new QuantizeError(file, `${data.length} values do not match input ${spec.name} [${spec.shape}]`);
    return out;
  };
  if (inputs.length === 1) {
    const size = elementCount(inputs[0].shape);
    for (const { file, array } of arrays) {
      if (array.data.length === 0 || array.data.length % size !== 0)
        throw new QuantizeError(
          file,
          `${array.data.length} values are not a whole number of samples of input ${inputs[0].name} [${inputs[0].shape}]`,
        );
      for (let o = 0; o < array.data.length; o += size)
        samples.push([convert(file, array.data.subarray(o, o + size), inputs[0])]);
    }
    return samples;
  }
  if (arrays.length % inputs.length !== 0)
    throw new QuantizeError(
      arrays[0]?.file ?? '<calibration>',
      `${arrays.length} arrays for a model with ${inputs.length} inputs: need a multiple`,
    );
  for (let k = 0; k < arrays.length; k += inputs.length)
    samples.push(inputs.map((spec, i) => convert(arrays[k + i].file, arrays[k + i].array.data, spec)));
  return samples;
}

/**
 * Samples from the .npy files of a calibration folder (the CLI reads the files; names give the order), at most
 * `limit` of them.
 */
export function samplesFromNpyFiles(
  files: readonly { name: string; bytes: Uint8Array }[],
  model: Model,
  limit = Infinity,
): SampleArray[][] {
  const sorted = [...files].filter((f) => f.name.endsWith('.npy')).sort((a, b) => (a.name < b.name ? -1 : 1));
  if (sorted.length === 0) throw new QuantizeError('<calibration>', 'no .npy files in the calibration data');
  const arrays = sorted.map((f) => ({ file: f.name, array: parseNpy(f.bytes, f.name) }));
  return samplesFromNpy(arrays, modelInputs(model)).slice(0, limit);
}
