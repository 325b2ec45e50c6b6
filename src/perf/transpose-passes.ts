// How many passes a transpose takes on Ethos-U55/U65, as Vela 5.1.0 decomposes it (regor's DecomposeTranspose):
// the hardware swaps two of the three innermost axes (H<->W, W<->C, and H<->C except for 32-bit data) of a
// tensor whose leading axes are all 1. Any other permutation, or a tensor with a leading axis above 1, is
// sorted axis by axis (a selection sort of the output order); each swap of two axes runs as one or more of
// those 3D swaps on the tensor viewed as 3D, moving an axis that is not innermost there and back.

/** One pass: a swap of two axes of the tensor viewed as 3D (H x W x C), its input and output shapes. */
export interface TransposePass {
  from: [number, number, number];
  to: [number, number, number];
  /** The two swapped axes of the 3D view (0 H, 1 W, 2 C). */
  swap: [number, number];
}

/**
 * The passes of the transpose of a tensor of `shape` by `perm` (output axis j is input axis perm[j]); none
 * when the permutation cannot be read (the caller costs one pass in the output's orientation).
 */
export function transposePasses(shape: readonly number[], perm: readonly number[], int32 = false): TransposePass[] {
  const n = shape.length;
  if (perm.length !== n || n === 0 || !isPermutation(perm)) return [];
  const passes: TransposePass[] = [];
  if (nativeSwap(shape, perm, int32)) {
    const from = inner3D(shape);
    const to = inner3D(perm.map((a) => shape[a]));
    const moved = perm.map((a, i) => (a === i ? -1 : i + 3 - n)).filter((i) => i >= 0);
    return [{ from, to, swap: moved.length === 2 ? [moved[0], moved[1]] : [1, 1] }];
  }
  // Sort order: the output position of each input axis.
  const order = new Array<number>(n);
  perm.forEach((axis, position) => (order[axis] = position));
  const current = [...shape];
  for (let axis = 0; axis < n; axis++) {
    if (order[axis] === axis) continue;
    const from = order.indexOf(axis, axis + 1);
    swapAxes(current, axis, from, int32, passes);
    [order[axis], order[from]] = [order[from], order[axis]];
  }
  return passes;
}

/** The three innermost axes (leading ones multiplied into the first), padded with 1s. */
function inner3D(shape: readonly number[]): [number, number, number] {
  const s = [1, 1, ...shape];
  const n = s.length;
  return [product(s.slice(0, n - 2)), s[n - 2], s[n - 1]];
}

const isPermutation = (perm: readonly number[]): boolean =>
  perm.every((a, i) => Number.isInteger(a) && a >= 0 && a < perm.length && perm.indexOf(a) === i);

/** One native pass: leading axes all 1 and fixed, and at most one swap of two innermost axes (H<->C not for int32). */
function nativeSwap(shape: readonly number[], perm: readonly number[], int32: boolean): boolean {
  const n = shape.length;
  const lead = Math.max(0, n - 3);
  for (let i = 0; i < lead; i++) if (shape[i] > 1 || perm[i] !== i) return false;
  const moved = perm.map((a, i) => (a === i ? -1 : i)).filter((i) => i >= 0);
  if (moved.length === 0) return true;
  if (moved.length !== 2) return false;
  return !(int32 && swapsHAndC(n, moved[0], moved[1]));
}

/** Whether axes a and b of an n-axis shape are its H and C (counted from the innermost: C, W, H). */
function swapsHAndC(n: number, a: number, b: number): boolean {
  const [x, y] = [n - 1 - a, n - 1 - b];
  return Math.max(x, y) === 2 && Math.min(x, y) === 0;
}

const product = (xs: readonly number[]): number => xs.reduce((p, x) => p * x, 1);

/** The shape viewed as 3D: the first `k0` axes, the next `k1`, and the rest, each multiplied together. */
function as3D(shape: readonly number[], k0: number, k1: number): number[] {
  return [product(shape.slice(0, k0)), product(shape.slice(k0, k0 + k1)), product(shape.slice(k0 + k1))];
}

const swap = (shape: number[], a: number, b: number): void => {
  [shape[a], shape[b]] = [shape[b], shape[a]];
};

/** Adds the passes that swap axes a < b of `shape` (updated in place), as regor's SwapAxes. */
function swapAxes(shape: number[], a: number, b: number, int32: boolean, out: TransposePass[]): void {
  const n = shape.length;
  if (n <= 3 || (a >= n - 3 && b >= n - 3 && product(shape.slice(0, n - 3)) === 1)) {
    // A swap of two of the three innermost axes: H<->C of 32-bit data is three (W<->C, H<->W, W<->C).
    if (int32 && swapsHAndC(n, a, b)) {
      swapAxes(shape, n - 2, n - 1, int32, out);
      swapAxes(shape, n - 3, n - 2, int32, out);
      swapAxes(shape, n - 2, n - 1, int32, out);
      return;
    }
    const from = inner3D(shape);
    swap(shape, a, b);
    out.push({ from, to: inner3D(shape), swap: [a + 3 - n, b + 3 - n] });
    return;
  }
  if (a === 0 && b === 1) {
    swapAxes(as3D(shape, 1, 1), 0, 1, int32, out);
    swap(shape, a, b);
    return;
  }
  if (a === n - 2 && b === n - 1) {
    swapAxes(as3D(shape, n - 2, 1), 1, 2, int32, out);
    swap(shape, a, b);
    return;
  }
  if (a !== 0) {
    // Move A leftmost, swap it with B, move it back.
    swapAxes(as3D(shape, a, 1), 0, 1, int32, out);
    shape.splice(0, 0, ...shape.splice(a, 1));
    swapAxes(shape, 0, b, int32, out);
    swapAxes(as3D(shape, 1, a), 0, 1, int32, out);
    shape.splice(a, 0, ...shape.splice(0, 1));
    return;
  }
  if (b !== n - 1) {
    // Move B rightmost, swap it with the leftmost, move it back.
    swapAxes(as3D(shape, b, 1), 1, 2, int32, out);
    shape.push(...shape.splice(b, 1));
    swapAxes(shape, 0, n - 1, int32, out);
    swapAxes(as3D(shape, b, n - b - 1), 1, 2, int32, out);
    shape.splice(b, 0, ...shape.splice(n - 1, 1));
    return;
  }
  // Leftmost and rightmost: one swap of the 3D view around the edges.
  swapAxes([shape[0], product(shape.slice(1, n - 1)), shape[n - 1]], 0, 2, int32, out);
  swap(shape, 0, n - 1);
}
