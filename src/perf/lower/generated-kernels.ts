// The constant kernels the lowering makes (a MEAN's averaging kernel, a resize's interpolation taps): built once
// per kind and shape, with one identity, so every target shares their encodings.
import type { Operator } from '../../graph/types.js';
import type { WeightInfo } from '../ops.js';
import { type Ctx, setCoreDependentSizes } from './context.js';
import { PerfLimitError } from './limits.js';

/** Most values a kernel the lowering generates may hold (a 4096-element MEAN over 4096 channels). */
const MAX_GENERATED_KERNEL = 2 ** 24;

/** Refuses a generated kernel too large to build (only hostile shapes get there): names the operator. */
function checkGeneratedKernel(op: Operator, values: number): void {
  if (!Number.isSafeInteger(values) || values > MAX_GENERATED_KERNEL) {
    throw new PerfLimitError(
      `operator ${op.index} (${op.type}) would need a generated kernel of ${values} values (at most ${MAX_GENERATED_KERNEL})`,
    );
  }
}

/** Values of the kernels the lowering generates, per kind and shape: built once, one identity (and encoding). */
const generatedValues = new Map<string, { data: Int8Array | Uint8Array; identity: object }>();

/** Forgets the generated kernels (and so their cached encodings): see clearEstimatorCaches. */
export function clearGeneratedKernels(): void {
  generatedValues.clear();
}

/**
 * A depthwise kernel [1, kh, kw, c] the lowering generates (a MEAN's ones, a half-pixel resize's taps): a real
 * constant tensor, encoded, read and possibly buffered like any weights, with scale and bias records per
 * channel. Operations asking for the same `name` share one tensor; `valuesKey` and `values` give its values,
 * built the first time they are needed.
 */
export function generatedKernel(
  ctx: Ctx,
  op: Operator,
  name: string,
  valuesKey: string,
  kh: number,
  kw: number,
  c: number,
  values: (count: number) => Int8Array | Uint8Array,
): WeightInfo {
  const key = `${ctx.sg.index}:${name}`;
  const known = ctx.weights.get(key);
  if (known) return known;
  checkGeneratedKernel(op, kh * kw * c);
  let kernel = generatedValues.get(valuesKey);
  if (!kernel) {
    if (generatedValues.size >= 64) generatedValues.clear();
    generatedValues.set(valuesKey, (kernel = { data: values(kh * kw * c), identity: {} }));
  }
  const info: WeightInfo = {
    key,
    originalBytes: Math.ceil((kh * kw * c) / 16) * 16,
    encodedBytes: 0,
    scaleBytes: 0,
    channels: c,
    generated: true,
    source: {
      data: kernel.data,
      count: kh * kw * c,
      shape: [1, kh, kw, c],
      zeroPoints: [0],
      kind: 'depthwise',
      identity: kernel.identity,
    },
  };
  setCoreDependentSizes(info, ctx.family, ctx.cores);
  ctx.weights.set(key, info);
  return info;
}
