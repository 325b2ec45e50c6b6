// The value order of one weight stream: the family's brick order for a depth slice and stream, and for
// the U85 fast format the per-core orders interleaved into its single stream.
import { orderWeightsU55 } from './order-u55.js';
import { orderWeightsU85, u85ElementRound, u85IfmUBlockDepth, WeightsNotSparseError } from './order-u85.js';
import type { WeightTensorView } from './source.js';
import { WeightEncodingError, type WeightFormat } from './types.js';
import type { EncodeWeightsInput } from './index.js';

export function orderedValues(
  input: EncodeWeightsInput,
  view: WeightTensorView,
  format: WeightFormat,
  cores: number,
  stream: number,
  depthOffset: number,
  depthLength: number,
  dilation: readonly [number, number],
  stride: readonly [number, number],
  /** Write into the shared ordering buffer: the result is valid until the next ordering (encode it at once). */
  reuse = false,
): Int16Array {
  try {
    if (input.family !== 'u85') {
      return orderWeightsU55(
        view,
        {
          streams: cores,
          stream,
          depthOffset,
          depthLength,
          ofmBlockDepth: input.ofmBlockDepth,
          ofmUBlockDepth: input.macs === 32 ? 4 : 8,
          ifmUBlockDepth: 8,
          ifmBits: input.ifmBits,
          traversal: input.traversal,
          dilation,
        },
        reuse,
      );
    }
    const params = {
      streams: cores,
      stream,
      macs: input.macs,
      depthOffset,
      depthLength,
      ofmBlockDepth: input.ofmBlockDepth,
      ifmBlockDepth: input.ifmBlockDepth ?? 0,
      ofmUBlockDepth: input.ofmUBlockDepth ?? 0,
      ifmBits: input.ifmBits,
      traversal: input.traversal,
      dilation,
      stride,
      sparse: format.sparse,
    };
    if (!format.fast || cores === 1) return orderWeightsU85(view, params, reuse);
    // FWD has one stream: the per-core orders interleaved in blocks of one kernel-element group.
    const perCore = Array.from({ length: cores }, (_, s) => orderWeightsU85(view, { ...params, stream: s }));
    const block = Math.floor((params.ofmUBlockDepth * u85IfmUBlockDepth(params) * u85ElementRound(params)) / cores);
    return interleave(perCore, Math.max(1, block));
  } catch (e) {
    if (e instanceof WeightsNotSparseError) throw new WeightEncodingError('not-sparse', e.message);
    throw e;
  }
}

function interleave(parts: Int16Array[], block: number): Int16Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Int16Array(total);
  const pos = parts.map(() => 0);
  let n = 0;
  while (n < total) {
    for (let s = 0; s < parts.length; s++) {
      const take = Math.min(block, parts[s].length - pos[s]);
      if (take <= 0) continue;
      out.set(parts[s].subarray(pos[s], pos[s] + take), n);
      pos[s] += take;
      n += take;
    }
  }
  return out;
}
