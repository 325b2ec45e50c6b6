// Tensor shapes as the flatbuffer gives them (any rank).

/** Two shapes with the same rank and dimensions ([1, 8, 8, 16] and [1, 2, 4, 8, 16] differ). */
export const sameDims = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((d, i) => d === b[i]);
