// Memory in use per (half) step, for the fast-storage allocation: bytes added over a span of steps and the peak
// over a span. Maps usually live a few steps, where a plain array answers fastest (a question costs the span);
// a hostile model decomposed into tens of thousands of operations has maps live across thousands of them, and
// the array would cost billions of steps: there a segment tree answers each in O(log steps).

export interface UsageTimeline {
  /** Adds `bytes` (negative: removes them) at steps start..end inclusive. */
  add(start: number, end: number, bytes: number): void;
  /** The highest usage at steps start..end inclusive (0 when nothing is in use). */
  peakOver(start: number, end: number): number;
  /** The highest usage at any step. */
  highest(): number;
  clone(): UsageTimeline;
}

/** Spans up to this many steps use the array (two automl-sized searches ran 10% slower on the tree). */
const ARRAY_MAX_SPAN = 256;

/** A timeline of `steps` steps for spans of at most `longestSpan` steps. */
export function usageTimeline(steps: number, longestSpan: number): UsageTimeline {
  return longestSpan <= ARRAY_MAX_SPAN ? new ArrayTimeline(new Float64Array(steps)) : new TreeTimeline(steps);
}

class ArrayTimeline implements UsageTimeline {
  constructor(private readonly usage: Float64Array) {}

  add(start: number, end: number, bytes: number): void {
    const u = this.usage;
    for (let t = start; t <= end; t++) u[t] += bytes;
  }

  peakOver(start: number, end: number): number {
    const u = this.usage;
    let m = 0;
    for (let t = start; t <= end; t++) if (u[t] > m) m = u[t];
    return m;
  }

  highest(): number {
    return this.peakOver(0, this.usage.length - 1);
  }

  clone(): UsageTimeline {
    return new ArrayTimeline(Float64Array.from(this.usage));
  }
}

/** A segment tree with per-node additions: a node's peak includes its own addition, so nothing is pushed down. */
class TreeTimeline implements UsageTimeline {
  private readonly leaves: number;
  /** Per node: the peak over its steps, its own addition included. */
  private readonly peak: Float64Array;
  /** Per node: bytes added to every one of its steps. */
  private readonly added: Float64Array;

  constructor(steps: number) {
    let leaves = 1;
    while (leaves < steps) leaves *= 2;
    this.leaves = leaves;
    this.peak = new Float64Array(2 * leaves);
    this.added = new Float64Array(2 * leaves);
  }

  add(start: number, end: number, bytes: number): void {
    this.addIn(1, 0, this.leaves - 1, start, end, bytes);
  }

  peakOver(start: number, end: number): number {
    return Math.max(0, this.peakIn(1, 0, this.leaves - 1, start, end));
  }

  highest(): number {
    return Math.max(0, this.peak[1]);
  }

  clone(): UsageTimeline {
    const copy = new TreeTimeline(this.leaves);
    copy.peak.set(this.peak);
    copy.added.set(this.added);
    return copy;
  }

  private addIn(node: number, lo: number, hi: number, start: number, end: number, bytes: number): void {
    if (end < lo || hi < start) return;
    if (start <= lo && hi <= end) {
      this.peak[node] += bytes;
      this.added[node] += bytes;
      return;
    }
    const mid = (lo + hi) >> 1;
    this.addIn(2 * node, lo, mid, start, end, bytes);
    this.addIn(2 * node + 1, mid + 1, hi, start, end, bytes);
    this.peak[node] = Math.max(this.peak[2 * node], this.peak[2 * node + 1]) + this.added[node];
  }

  private peakIn(node: number, lo: number, hi: number, start: number, end: number): number {
    if (end < lo || hi < start) return -Infinity;
    if (start <= lo && hi <= end) return this.peak[node];
    const mid = (lo + hi) >> 1;
    const below = Math.max(
      this.peakIn(2 * node, lo, mid, start, end),
      this.peakIn(2 * node + 1, mid + 1, hi, start, end),
    );
    return below + this.added[node];
  }
}
