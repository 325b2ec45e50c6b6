// Where each feature map lives and for how long: live ranges over the operation timeline,
// Dedicated_Sram's move of feature maps into the staging SRAM (evicting what does not fit),
// and the peak arena sizes the tensor allocator reaches.
import type { Arch, Memory } from './arch.js';
import { usageTimeline, type UsageTimeline } from './usage-timeline.js';
import type { Buffer } from './ops.js';
import type { Format } from './transfer.js';

export interface LiveRange {
  buffer: Buffer;
  start: number;
  end: number;
  bytes: number;
}

/** Allocated bytes of a buffer: brick format rounds depth to 16; every allocation is 16-byte aligned. */
export function allocationBytes(b: Buffer): number {
  const s = b.linear ? b.shape : (b.reshapedStorage ?? b.shape);
  const c = b.linear ? s.c : Math.ceil(s.c / 16) * 16;
  const bytes = (s.h * s.w * c * b.bits) / 8;
  return Math.ceil(bytes / 16) * 16;
}

export const formatOf = (b: Buffer): Format => (b.linear ? 'NHWC' : 'NHCWB16');

export class LiveRanges {
  readonly ranges = new Map<string, LiveRange>();
  constructor(private readonly endTime: number) {}

  use(buffer: Buffer, time: number): void {
    if (buffer.constant) return;
    let r = this.ranges.get(buffer.key);
    if (!r) {
      r = { buffer, start: time, end: time, bytes: allocationBytes(buffer) };
      this.ranges.set(buffer.key, r);
    }
    r.start = Math.min(r.start, time);
    r.end = Math.max(r.end, time);
  }

  finish(): void {
    for (const r of this.ranges.values()) {
      if (r.buffer.isInput && r.buffer.external) r.start = 0;
      // A graph output lives to the end; a graph input a CPU operator reads, only to its last reader.
      if (r.buffer.graphOutput) r.end = this.endTime;
      // Persistent maps (LSTM states: external without being graph inputs or outputs) live throughout.
      if (r.buffer.external && !r.buffer.isInput && !r.buffer.isOutput) {
        r.start = 0;
        r.end = this.endTime;
      }
    }
  }
}

/** Peak of the summed live sizes over time (what HillClimb allocation aims for). */
export function peakUsage(
  ranges: Iterable<{ start: number; end: number; bytes: number }>,
  extra?: Map<number, number>,
): number {
  const diff = usageChanges(ranges, extra);
  let cur = 0;
  let peak = 0;
  for (let t = 0; t < diff.length; t++) {
    cur += diff[t];
    if (cur > peak) peak = cur;
  }
  return peak;
}

/** Bytes coming into use (+) and going out of use (-) at each time step (a dense array: steps are few). */
function usageChanges(
  ranges: Iterable<{ start: number; end: number; bytes: number }>,
  extra?: Map<number, number>,
): Float64Array {
  let last = 0;
  for (const r of ranges) if (r.end + 1 > last) last = r.end + 1;
  if (extra) for (const t of extra.keys()) if (t + 1 > last) last = t + 1;
  const diff = new Float64Array(last + 1);
  for (const r of ranges) {
    diff[r.start] += r.bytes;
    diff[r.end + 1] -= r.bytes;
  }
  if (extra) {
    for (const [t, bytes] of extra) {
      diff[t] += bytes;
      diff[t + 1] -= bytes;
    }
  }
  return diff;
}

/**
 * Memory of each buffer (npuBuffers: the feature maps NPU operations write). With a separate staging memory
 * (Dedicated_Sram), Vela's fast-storage allocation: NPU feature maps other than graph inputs and outputs and
 * cascaded operations' outputs move into staging beside what is already taken there, unless they live across a
 * CPU operator; those that can never fit are evicted and those that always fit kept; the rest are kept or
 * evicted, per group of overlapping maps, to keep the most element accesses (`accessOf`) in staging.
 *
 * `reserved`: staging bytes taken (the cascades' rolling buffers, the weight buffers) per half step, as regor
 * counts time: 2t while step t runs, 2t - 1 between steps t - 1 and t. A map lives from 2t of its first step to
 * the half step after its last (regor's live ranges), so a weight buffer filled ahead of step t, taken from
 * 2t - 1, meets the maps step t - 1 was the last to read (a U65 convolution's 160 KiB of weights pushed one of
 * them to DRAM in Vela).
 *
 * `takenOverBy`: maps whose allocation a one-to-one operation's output takes over (IFM reuse), to that output.
 * regor makes the two one live range (LiveRangeGraph::FuseRanges) when both are candidates: kept or evicted
 * together, worth both maps' accesses.
 */
export function assignMemories(
  arch: Arch,
  live: LiveRanges,
  npuBuffers: Set<string>,
  accessOf: (key: string) => number,
  cpuTimes: readonly number[] = [],
  cascaded: ReadonlySet<string> = new Set(),
  reserved: Map<number, number> = new Map(),
  takenOverBy: ReadonlyMap<string, string> = new Map(),
): Map<string, Memory> {
  const where = new Map<string, Memory>();
  const candidates = new Map<string, LiveRange>();
  for (const r of live.ranges.values()) {
    where.set(r.buffer.key, arch.arenaMem);
    const movable =
      arch.stagingMem !== arch.arenaMem &&
      arch.stagingMem.area !== arch.arenaMem.area &&
      npuBuffers.has(r.buffer.key) &&
      !cascaded.has(r.buffer.key) &&
      !r.buffer.external &&
      !r.buffer.isOutput;
    if (movable) candidates.set(r.buffer.key, r);
  }
  if (candidates.size === 0) return where;
  const limit = arch.stagingLimit;
  // Maps handed over from IFM to OFM (both candidates) join one unit, sized as the first (the larger).
  const root = new Map<string, string>();
  const rootOf = (key: string): string => {
    let k = key;
    for (let up = root.get(k); up !== undefined; up = root.get(k)) k = up;
    return k;
  };
  for (const [ifm, ofm] of takenOverBy) {
    if (candidates.has(ifm) && candidates.has(ofm) && rootOf(ofm) !== rootOf(ifm)) root.set(ofm, rootOf(ifm));
  }
  const byRoot = new Map<string, Unit>();
  for (const [key, r] of candidates) {
    const k = rootOf(key);
    const u = byRoot.get(k);
    if (!u) byRoot.set(k, { keys: [key], start: r.start, end: r.end, bytes: r.bytes });
    else {
      u.keys.push(key);
      u.start = Math.min(u.start, r.start);
      u.end = Math.max(u.end, r.end);
      u.bytes = Math.max(u.bytes, r.bytes);
    }
  }
  // Staging is not preserved across CPU operators. The rest, in half steps (to the one after the last step).
  const npuOnly = [...byRoot.values()]
    .filter((u) => !cpuTimes.some((t) => t >= u.start && t <= u.end))
    .map((u) => ({ ...u, start: 2 * u.start, end: 2 * u.end + 1 }));
  npuOnly.sort((a, b) => a.start - b.start || a.end - b.end);
  let last = 0;
  let longest = 0;
  for (const u of npuOnly) {
    last = Math.max(last, u.end);
    longest = Math.max(longest, u.end - u.start + 1);
  }
  for (const t of reserved.keys()) last = Math.max(last, t);
  // Usage per half step of what is certainly in staging (base) and of everything not evicted (max).
  const base = usageTimeline(last + 1, longest);
  for (const [t, bytes] of reserved) if (t >= 0) base.add(t, t, bytes);
  const max = base.clone();
  for (const u of npuOnly) addOver(max, u, 1);
  const keep = (u: Unit) => {
    addOver(base, u, 1);
    for (const key of u.keys) where.set(key, arch.stagingMem);
  };
  if (max.highest() <= limit) {
    for (const u of npuOnly) keep(u);
    return where;
  }
  const competing: Unit[] = [];
  const fitting: Unit[] = [];
  for (const u of npuOnly) {
    if (peakOver(base, u) + u.bytes > limit) addOver(max, u, -1);
    else fitting.push(u);
  }
  for (const u of fitting) {
    if (peakOver(max, u) <= limit) keep(u);
    else competing.push(u);
  }
  // Overlapping competitors form groups (of at most 20), each searched exhaustively for the most accesses kept.
  const score = new Map(competing.map((u) => [u, u.keys.reduce((sum, key) => sum + accessOf(key), 0)]));
  const budget = { steps: MAX_PLAN_SEARCH_STEPS };
  let from = 0;
  let groupEnd = -1;
  for (let i = 0; i <= competing.length; i++) {
    const u = competing[i];
    if (i < competing.length && (i === from || (u.start <= groupEnd && i - from <= MAX_GROUP))) {
      groupEnd = Math.max(groupEnd, u.end);
      continue;
    }
    const group = competing.slice(from, i);
    for (const [j, kept] of bestKept(group, base, max, limit, score, budget).entries()) {
      if (kept) keep(group[j]);
      else addOver(max, group[j], -1);
    }
    from = i;
    groupEnd = u ? u.end : -1;
  }
  return where;
}

/** Steps start..end (inclusive) with `bytes` in use throughout. */
interface Span {
  start: number;
  end: number;
  bytes: number;
}

/** What the fast-storage allocation keeps or evicts at once: a map, or maps handed over from IFM to OFM. */
interface Unit extends Span {
  keys: string[];
}

/** Adds (sign 1) or removes (sign -1) a live range's bytes over its steps. */
function addOver(usage: UsageTimeline, r: Span, sign: number): void {
  usage.add(r.start, r.end, sign * r.bytes);
}

/** The highest usage during a live range's steps. */
function peakOver(usage: UsageTimeline, r: Span): number {
  return usage.peakOver(r.start, r.end);
}

/** Vela's cap on a group of competing maps (its search is exhaustive within one). */
const MAX_GROUP = 20;
/** Our cap on the search's steps: a group of 20 maps that all overlap has a million choices. */
const MAX_SEARCH_STEPS = 200_000;
/**
 * Our cap on the steps of all of one plan's searches: a hostile model decomposed into tens of thousands of
 * operations makes thousands of groups. The corpus needs at most 53 thousand over a model's 11 targets.
 */
const MAX_PLAN_SEARCH_STEPS = 500_000;

/** Which maps of a group to keep in staging: the fitting choice with the most accesses (the first found on ties). */
function bestKept(
  group: Unit[],
  base: UsageTimeline,
  max: UsageTimeline,
  limit: number,
  score: Map<Unit, number>,
  /** Work left for the plan's searches (shared by its groups); a group searched when it has run out keeps nothing. */
  budget: { steps: number },
): boolean[] {
  const cur = new Array<boolean>(group.length).fill(false);
  let best: boolean[] = cur.slice();
  let bestScore = -1;
  let steps = 0;
  // The most the maps from i on could still add: a branch that cannot beat a (non-zero) best is not walked.
  const within = new Float64Array(group.length + 1);
  for (let i = group.length - 1; i >= 0; i--) within[i] = within[i + 1] + (score.get(group[i]) ?? 0);
  const visit = (i: number, total: number): void => {
    if (++steps > MAX_SEARCH_STEPS || budget.steps <= 0) return;
    if (bestScore > 0 && total + within[i] <= bestScore) return;
    budget.steps--;
    if (i === group.length) {
      // The first choice found, or a better one (Vela keeps replacing a best of zero).
      if (total > bestScore || bestScore <= 0) {
        bestScore = total;
        best = cur.slice();
      }
      return;
    }
    const r = group[i];
    const fits = peakOver(base, r) + r.bytes <= limit;
    let always = fits;
    if (fits) {
      always = peakOver(max, r) <= limit;
      cur[i] = true;
      addOver(base, r, 1);
      visit(i + 1, total + (score.get(r) ?? 0));
      addOver(base, r, -1);
    }
    if (!always) {
      cur[i] = false;
      addOver(max, r, -1);
      visit(i + 1, total);
      addOver(max, r, 1);
    }
  };
  visit(0, 0);
  return best;
}
