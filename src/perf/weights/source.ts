// Access to a constant weight tensor for the ordering passes: OHWI layout (TFLite), zero-point correction
// as regor applies it, and a growable Int16 output buffer.

export interface WeightTensorView {
  /** Raw weights, OHWI (conv, FC as [O,1,1,I]) or [1,H,W,C] (depthwise). */
  data: Int8Array | Uint8Array;
  /** [O, H, W, I]; depthwise [1, H, W, C]. */
  shape: readonly [number, number, number, number];
  zeroPoints: readonly number[];
  depthwise: boolean;
}

/** The buffer sinks made with `reuse` write into (grown as needed). */
let shared = new Int16Array(1 << 16);

/**
 * Growable Int16 output for one ordered weight stream. With `reuse` it writes into one buffer shared by all
 * such sinks, so its result is valid only until the next reusing sink is made: for callers that encode the
 * stream at once (allocating and zeroing a fresh buffer per stream costs more than ordering a small one).
 */
export class Int16Sink {
  data: Int16Array;
  length = 0;
  private readonly reuse: boolean;
  constructor(capacity: number, reuse = false) {
    this.reuse = reuse;
    if (reuse && shared.length < capacity) shared = new Int16Array(capacity);
    this.data = reuse ? shared : new Int16Array(Math.max(64, capacity));
  }
  ensure(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    let cap = this.data.length * 2;
    while (cap < this.length + extra) cap *= 2;
    const next = new Int16Array(cap);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
    if (this.reuse) shared = next;
  }
  result(): Int16Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * The zero point every channel shares, or undefined when they differ. The ordering passes index the raw
 * buffer directly in that (usual) case: a reader call per value costs more than the rest of the pass.
 */
export function sharedZeroPoint(view: WeightTensorView): number | undefined {
  return zeroPointsOf(view.zeroPoints).shared;
}

/** True when a zero-point list gives every channel the same zero point (an empty list: all 0). */
export function hasSharedZeroPoint(zeroPoints: readonly number[]): boolean {
  return zeroPointsOf(zeroPoints).shared !== undefined;
}

/**
 * A tensor's zero points as the readers use them, worked out once per zero-point list: a tensor is ordered for
 * many targets and block configs, and a per-channel list holds one entry per channel.
 */
const zeroPointCache = new WeakMap<readonly number[], { values: Int32Array; shared: number | undefined }>();

function zeroPointsOf(zeroPoints: readonly number[]): { values: Int32Array; shared: number | undefined } {
  let known = zeroPointCache.get(zeroPoints);
  if (!known) {
    const values = Int32Array.from(zeroPoints.length ? zeroPoints : [0]);
    known = { values, shared: values.every((z) => z === values[0]) ? values[0] : undefined };
    zeroPointCache.set(zeroPoints, known);
  }
  return known;
}

/**
 * Reads weight (ofm channel `o`, ky, kx, ifm channel `i`) in absolute tensor coordinates, zero-point
 * corrected. `zpIndex` is the index regor uses into the zero-point list: for depthwise the (stream-local)
 * OFM index, otherwise the IFM index (regor's ApplyZeroPointAxisI); they only differ from the real axis
 * when zero points vary per channel, which int8 TFLite weights never do (all zero).
 */
export function makeReader(
  view: WeightTensorView,
): (o: number, ky: number, kx: number, i: number, zpIndex: number) => number {
  const [, h, w, depth] = view.shape;
  const data = view.data;
  const { values: zps, shared } = zeroPointsOf(view.zeroPoints);
  const nZp = zps.length;
  // One zero point for every channel (the usual case) needs no per-value lookup and modulo.
  if (shared !== undefined) {
    const zp = shared;
    if (view.depthwise) return (o, ky, kx) => data[(ky * w + kx) * depth + o] - zp;
    return (o, ky, kx, i) => data[((o * h + ky) * w + kx) * depth + i] - zp;
  }
  if (view.depthwise) {
    return (o, ky, kx, _i, zpIndex) => data[(ky * w + kx) * depth + o] - zps[zpIndex % nZp];
  }
  return (o, ky, kx, i, zpIndex) => data[((o * h + ky) * w + kx) * depth + i] - zps[zpIndex % nZp];
}
