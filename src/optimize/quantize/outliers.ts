// Ranges set by rare outliers. Per-tensor integer parameters span the whole calibrated range, so when a few values
// are orders of magnitude larger than the rest (random calibration data reaching an input feature the model was
// trained to ignore, e.g. a batch-norm of a constant feature with a 1e4 multiplier), the quantization step exceeds
// almost every value and the tensor is read back as zeros. No per-tensor range choice repairs that: clipping the
// outliers changes what the float model computes, keeping them erases the rest. It is reported, not hidden.
import type { OutlierRange } from './types.js';

/** Buckets per octave of |x| in the histogram: the top 2 mantissa bits of a float32. */
const BUCKET_SHIFT = 21;
const BUCKETS = 1 << (32 - 1 - BUCKET_SHIFT);

/** Share of values the "bulk" magnitude covers. */
export const BULK_QUANTILE = 0.99;

/**
 * The bulk is erased when it spans fewer than this many quantization steps: 99% of the values then take at most a
 * handful of integer levels, below any useful resolution.
 */
export const ERASED_BELOW_STEPS = 4;

/**
 * ... and the tensor's own range is at least this many times its bulk: outliers set it. (A slice that inherits its
 * source's parameters without outliers of its own is a consequence, reported through its source.)
 */
export const OUTLIER_RATIO = 32;

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Histogram of |x| over quarter-octave buckets (exact to within 19%), cheap enough for every activation. */
export class MagnitudeHistogram {
  private readonly counts = new Uint32Array(BUCKETS);
  private total = 0;

  /**
   * Counts the finite values and returns their min and max (min > max when there is none): calibration reads both
   * in this one pass over every activation. A Float32Array (what the runtime hands back) is read by its bits.
   */
  add(values: ArrayLike<number>): { min: number; max: number } {
    const counts = this.counts;
    let min = Infinity;
    let max = -Infinity;
    let finite = 0;
    if (values instanceof Float32Array && values.byteOffset % 4 === 0) {
      const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
      for (let i = 0; i < bits.length; i++) {
        const magnitude = bits[i] & 0x7fffffff;
        if (magnitude >= 0x7f800000) continue; // infinities and NaNs
        counts[magnitude >>> BUCKET_SHIFT]++;
        finite++;
        const v = values[i];
        if (v < min) min = v;
        if (v > max) max = v;
      }
    } else {
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (!Number.isFinite(v)) continue;
        f32[0] = Math.abs(v);
        counts[u32[0] >>> BUCKET_SHIFT]++;
        finite++;
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    this.total += finite;
    return { min, max };
  }

  /** The magnitude a share `q` of the values does not exceed: the upper edge of the bucket holding that quantile. */
  quantile(q: number): number {
    if (this.total === 0) return 0;
    const target = q * this.total;
    let seen = 0;
    for (let b = 0; b < BUCKETS; b++) {
      seen += this.counts[b];
      if (seen >= target) {
        if (b === 0) return 0; // zeros (and float32 denormals)
        u32[0] = (b + 1) << BUCKET_SHIFT;
        return f32[0];
      }
    }
    return Infinity;
  }
}

/** The exact `q` quantile of |x| over a constant's values. */
export function magnitudeQuantile(values: ArrayLike<number>, q: number): number {
  const mags = Float64Array.from(values, Math.abs).sort();
  return mags.length === 0 ? 0 : mags[Math.min(mags.length - 1, Math.ceil(q * mags.length) - 1)];
}

/**
 * The outlier report for a tensor quantized with step `scale`, or null when its bulk keeps enough levels. A bulk of
 * 0 (an all-zero tensor, a mask of zeros) erases nothing.
 */
export function outlierRange(
  t: Omit<OutlierRange, 'bulk' | 'max' | 'scale'>,
  bulk: number | undefined,
  max: number,
  scale: number,
): OutlierRange | null {
  if (bulk === undefined || !(bulk > 0) || bulk >= ERASED_BELOW_STEPS * scale || max < OUTLIER_RATIO * bulk)
    return null;
  return { ...t, bulk, max, scale };
}

/** One caveat line for the report: how many tensors, and the first few by name. */
export function describeOutliers(found: readonly OutlierRange[]): string | null {
  if (found.length === 0) return null;
  const fmt = (x: number) => x.toPrecision(3);
  const named = found
    .slice(0, 3)
    .map(
      (o) =>
        `${o.name} (${o.constant ? 'constant of ' : ''}${o.op}: ${Math.round(BULK_QUANTILE * 100)}% within ` +
        `±${fmt(o.bulk)}, range ±${fmt(o.max)}, step ${fmt(o.scale)})`,
    )
    .join('; ');
  return (
    `${found.length} tensor(s) have a range set by rare outliers, so their integer step erases almost every value: ` +
    `${named}${found.length > 3 ? ' ...' : ''}. Random calibration data can drive input features the model ignores ` +
    'on real data to such values; calibrate with representative data'
  );
}
