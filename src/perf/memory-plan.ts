// Where each feature map lives and for how long: live ranges over the operation timeline,
// Dedicated_Sram's move of feature maps into the staging SRAM (evicting what does not fit),
// and the peak arena sizes the tensor allocator reaches.
import type { Arch, Memory } from './arch.js';
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
  const c = b.linear ? b.shape.c : Math.ceil(b.shape.c / 16) * 16;
  const bytes = (b.shape.h * b.shape.w * c * b.bits) / 8;
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
      if (r.buffer.isOutput && r.buffer.external) r.end = this.endTime;
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
 * (Dedicated_Sram), NPU feature maps other than graph inputs and outputs and cascaded operations' outputs move
 * into staging while they fit under its limit beside the cascades' rolling buffers (`rolling`: bytes in use
 * per time step); the ones that do not fit stay in the arena memory, evicting the least accessed first.
 */
export function assignMemories(
  arch: Arch,
  live: LiveRanges,
  npuBuffers: Set<string>,
  accesses: Map<string, number>,
  cpuTimes: readonly number[] = [],
  cascaded: ReadonlySet<string> = new Set(),
  rolling: Map<number, number> = new Map(),
): Map<string, Memory> {
  const where = new Map<string, Memory>();
  const staged: LiveRange[] = [];
  for (const r of live.ranges.values()) {
    where.set(r.buffer.key, arch.arenaMem);
    const movable =
      arch.stagingMem !== arch.arenaMem &&
      arch.stagingMem.area !== arch.arenaMem.area &&
      npuBuffers.has(r.buffer.key) &&
      !cascaded.has(r.buffer.key) &&
      !r.buffer.external &&
      !r.buffer.isOutput &&
      // Staging is not preserved across CPU operators.
      !cpuTimes.some((t) => t > r.start && t < r.end);
    if (movable) staged.push(r);
  }
  if (staged.length === 0) return where;
  // Evict the lowest access density first until every time step fits the staging limit.
  // Long-lived maps block staging for longer: weigh accesses against bytes x lifetime.
  const score = (r: LiveRange) => (accesses.get(r.buffer.key) ?? 0) / Math.max(r.bytes * (r.end - r.start + 1), 1);
  const keep = new Set(staged);
  const limit = arch.stagingLimit;
  for (;;) {
    const over = peakUsage(keep, rolling);
    if (over <= limit) break;
    // Find the time of the peak and evict the worst-scoring range live then.
    let worst: LiveRange | null = null;
    const peakTime = peakTimeOf(keep, rolling);
    for (const r of keep) {
      if (r.start > peakTime || r.end < peakTime) continue;
      if (r.bytes > limit) {
        worst = r;
        break;
      }
      if (!worst || score(r) < score(worst)) worst = r;
    }
    if (!worst) break;
    keep.delete(worst);
  }
  for (const r of keep) where.set(r.buffer.key, arch.stagingMem);
  return where;
}

function peakTimeOf(ranges: Iterable<LiveRange>, extra?: Map<number, number>): number {
  const diff = usageChanges(ranges, extra);
  let cur = 0;
  let peak = -1;
  let at = 0;
  for (let t = 0; t < diff.length; t++) {
    cur += diff[t];
    if (cur > peak) {
      peak = cur;
      at = t;
    }
  }
  return at;
}
