// ESTIMATE of the Ethos-U encoded weight stream size: the fallback for weights the exact encoder
// (src/perf/weights/) does not take (non-8-bit data, layouts it rejects). It prices the
// zero-point-corrected values with the codec's tools (palette of the most frequent values,
// Golomb-Rice with the best divisor) per stream, and adds the stream padding; it ignores the
// hardware ordering and slice switching.

export interface WeightEstimateInput {
  /** Raw 8-bit values in TFLite order, or undefined when not available (then a size-only guess). */
  values?: ArrayLike<number>;
  count: number;
  zeroPoints: readonly number[];
  /** OFM channels; per-channel zero points run along the output axis. */
  channels: number;
  /** Weight streams (U55/U65: min(channels, cores); U85: 1). */
  streams: number;
  depthwise: boolean;
}

const CHUNK = 128 * 1024;

function streamBits(folded: Uint16Array, length: number): number {
  let bits = 0;
  for (let start = 0; start < length; start += CHUNK) {
    const end = Math.min(length, start + CHUNK);
    const freq = new Map<number, number>();
    for (let i = start; i < end; i++) freq.set(folded[i], (freq.get(folded[i]) ?? 0) + 1);
    const ranked = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const n = end - start;
    // Palette of up to 32 values covering every weight: code indices instead of values.
    const usePalette = ranked.length <= 32;
    const rank = new Map<number, number>();
    ranked.forEach(([v], i) => rank.set(v, i));
    let best = Infinity;
    for (let div = 0; div <= 5; div++) {
      let cost = 0;
      for (let i = start; i < end; i++) {
        const u = usePalette ? (rank.get(folded[i]) ?? 0) : folded[i];
        cost += (u >> div) + 1 + div;
      }
      best = Math.min(best, cost);
    }
    if (usePalette) {
      const palBits = Math.max(2, Math.ceil(Math.log2(Math.max(...ranked.map(([v]) => v)) + 1)));
      best = Math.min(best, n * Math.max(1, Math.ceil(Math.log2(ranked.length))));
      bits += 13 + ranked.length * palBits;
    }
    bits += best + 23;
  }
  return bits;
}

/** Estimated encoded weight bytes (all streams, each padded to 16 bytes). */
export function estimateEncodedWeights(input: WeightEstimateInput): number {
  const { values, count, zeroPoints, channels, streams, depthwise } = input;
  const nStreams = Math.max(1, streams);
  if (!values || values.length < count) {
    return Math.ceil((count * 1.0) / 16) * 16 + nStreams * 16;
  }
  const perChannel = Math.max(1, Math.floor(count / Math.max(channels, 1)));
  const buffers = Array.from({ length: nStreams }, () => new Uint16Array(Math.ceil(count / nStreams) + perChannel));
  const lengths = new Array<number>(nStreams).fill(0);
  for (let i = 0; i < count; i++) {
    // Output channel of element i: the last axis for depthwise, the first otherwise.
    const ch = depthwise ? i % Math.max(channels, 1) : Math.floor(i / perChannel);
    const zp = zeroPoints.length > 1 ? (zeroPoints[ch] ?? 0) : (zeroPoints[0] ?? 0);
    const v = values[i] - zp;
    const folded = (Math.abs(v) << 1) | (v < 0 ? 1 : 0);
    const s = ch % nStreams;
    const buf = buffers[s];
    if (lengths[s] < buf.length) buf[lengths[s]++] = folded;
  }
  let total = 0;
  for (let s = 0; s < nStreams; s++) {
    if (lengths[s] === 0) continue;
    const bytes = Math.ceil(streamBits(buffers[s], lengths[s]) / 8) + 1;
    total += Math.ceil(bytes / 16) * 16;
  }
  return total;
}
