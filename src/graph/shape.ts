// Tensor shapes as the flatbuffer gives them (any rank), and the shape Vela reads of a tensor.
import type { Tensor } from './types.js';

/** Two shapes with the same rank and dimensions ([1, 8, 8, 16] and [1, 2, 4, 8, 16] differ). */
export const sameDims = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * The dimensions Vela reads: the shape signature in place of the shape field (a dynamic batch, -1 in axis 0,
 * counts as 1). Converters write the two alike; where a file's disagree, the signature is what Vela (and so
 * placement, MAC counts and the estimate) goes by. A signature with another dynamic axis leaves the shape field
 * (that operator stays on the CPU).
 */
export function velaDims(t: Tensor): readonly number[] {
  const sig = t.shapeSignature;
  if (!sig || sig.length === 0) return t.shape;
  const dims = sig[0] === -1 ? [1, ...sig.slice(1)] : sig;
  return dims.some((d) => d < 0) ? t.shape : dims;
}
