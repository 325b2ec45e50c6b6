// Vela's execution order of the lowered operations, and the slices moved to the operations that read them.
import type { Operator } from '../../graph/types.js';
import type { Shape3 } from '../arch.js';
import { executionOrder, type OrderNode } from '../execution-order.js';
import { transposedShape, type Buffer, type FmRef, type InternalOp } from '../ops.js';
import { type ScheduleEntry, toShape3, type Ctx, bufferKey, isConstant, SLICING, GRAPH_BOUNDARY } from './context.js';

/** Operators regor rewrites into one copy per input. */
const PARTS_COPIED = new Set(['CONCATENATION', 'PACK']);

/** Operators regor rewrites into one slice per output (RewriteUnpack), each placed in the order on its own. */
const PARTS_SLICED = new Set(['SPLIT', 'SPLIT_V', 'UNPACK']);

/**
 * Operators whose decomposition here is regor's own graph, so its operations are walked one by one: a MEAN's
 * partial sums all run before the additions that accumulate them, and a PAD's copies run last created first
 * (the input into the interior, then the padded sides), so the operation after it follows a side's copy.
 */
const ORDERED_INSIDE = new Set(['MEAN', 'SUM', 'PAD', 'PADV2', 'MIRROR_PAD']);

/**
 * Puts the internal operations (lowered in file order) and the CPU operators in the order Vela runs them
 * (execution-order.ts); the U85 boolean conversions of the graph's inputs stay first and of its outputs last.
 */
export function scheduleInVelaOrder(ctx: Ctx): ScheduleEntry[] {
  const { sg } = ctx;
  // The units Vela orders: a TFLite operator's internal operations together (regor orders its own lowered
  // graph, whose decompositions differ from ours in detail), but each copy of a concatenation's part alone
  // (regor rewrites a concatenation into one copy per part).
  const units = new Map<string, ScheduleEntry[]>();
  const add = (key: string, e: ScheduleEntry) => {
    const list = units.get(key);
    if (list) list.push(e);
    else units.set(key, [e]);
  };
  const source = (e: ScheduleEntry) => ('cpu' in e ? e.cpu : e.npu.sourceIndex);
  const entries: ScheduleEntry[] = ctx.ops.filter((o) => o.sourceIndex !== GRAPH_BOUNDARY).map((npu) => ({ npu }));
  for (const op of sg.operators) if (!ctx.npu.has(op.index)) entries.push({ cpu: op.index });
  entries.sort((a, b) => source(a) - source(b)); // stable: each operator's internal operations keep their order
  const seen = new Map<number, number>();
  entries.forEach((e, k) => {
    const type = 'npu' in e ? (sg.operators[e.npu.sourceIndex]?.type ?? '') : '';
    if ('cpu' in e) add(`cpu ${e.cpu}`, e);
    else if (PARTS_COPIED.has(type)) add(`${e.npu.sourceIndex} ${e.npu.ifm.buffer.key}`, e);
    else if (PARTS_SLICED.has(type)) add(`${e.npu.sourceIndex} > ${e.npu.ofm.buffer.key}`, e);
    else if (ORDERED_INSIDE.has(type)) add(`${e.npu.sourceIndex} #${k}`, e);
    else if (type === 'UNIDIRECTIONAL_SEQUENCE_LSTM') {
      // An LSTM's first two operations (the initial output state's copy and the first gate's product with it) read
      // only the state: regor's walk reaches them through the first step's gate, before the input's producers.
      const n = seen.get(e.npu.sourceIndex) ?? 0;
      seen.set(e.npu.sourceIndex, n + 1);
      add(`${e.npu.sourceIndex}${n < 2 ? ' prologue' : ''}`, e);
    } else add(`${e.npu.sourceIndex}`, e);
  });
  const list = [...units.values()];
  const maps = (tensors: readonly number[]) =>
    tensors.filter((i) => i >= 0 && !isConstant(ctx, i)).map((i) => bufferKey(ctx, i));
  const nodes: OrderNode[] = list.map((unit) => {
    const first = unit[0];
    if ('cpu' in first) {
      const op = sg.operators[first.cpu];
      return { cpu: true, reads: maps(op.inputs), writes: maps(op.outputs) };
    }
    const ops = unit.flatMap((e) => ('npu' in e ? [e.npu] : []));
    const writes = new Set(ops.map((o) => o.ofm.buffer.key));
    const reads = new Set<string>();
    for (const o of ops)
      for (const r of [o.ifm, o.ifm2, ...(o.extraIfms ?? [])])
        if (r && !r.buffer.constant && !writes.has(r.buffer.key)) reads.add(r.buffer.key);
    return { cpu: false, reads: [...reads], writes: [...writes], inPlace: ops.some((o) => o.writesInPlace) };
  });
  const ordered = executionOrder(
    nodes,
    sg.outputs.map((i) => bufferKey(ctx, i)),
  ).flatMap((k) => list[k]);
  const boundary = ctx.ops.filter((o) => o.sourceIndex === GRAPH_BOUNDARY);
  const schedule: ScheduleEntry[] = [
    ...boundary.filter((o) => o.type !== 'And').map((npu) => ({ npu })),
    ...ordered,
    ...boundary.filter((o) => o.type === 'And').map((npu) => ({ npu })),
  ];
  ctx.ops = schedule.flatMap((e) => ('npu' in e ? [e.npu] : []));
  return schedule;
}

/**
 * Where an operation stands among a map's readers in regor's graph: in file order, but an activation regor rewrote
 * into a LUT operation before it moves slices (a LEAKY_RELU, a HARD_SWISH) was connected anew, after the others.
 */
function readerOrder(o: InternalOp): number {
  return (o.elementwiseLike && o.activation === 'lut' ? 2 ** 31 : 0) + o.sourceIndex;
}

/**
 * The place (see readerOrder) of the first CPU operator reading the map a slice's copy writes: none of its readers
 * move from there on. Infinity when no CPU operator reads it, 0 when the map is not found.
 */
function firstCpuReader(ctx: Ctx, copy: InternalOp, out: Buffer): number {
  const source = ctx.sg.operators[copy.sourceIndex];
  const tensor = source?.outputs.find((t) => t >= 0 && bufferKey(ctx, t) === out.key);
  if (tensor === undefined) return 0;
  const cpu = ctx.sg.operators.find((op) => !ctx.npu.has(op.index) && op.inputs.includes(tensor));
  return cpu ? cpu.index : Infinity;
}

/**
 * The brick format needs every reader of a map to read the same width and depth, and every writer and reader to
 * see the map with that width and depth (regor's scheduler compares its connections' shapes: what each reader
 * reads, against each connection's whole view). So a map written as 32x33x8 and read as 1056x8x1 is stored
 * linear, and so is one a reader reads only part of in width or depth (a slice moved into its reader); a
 * concatenation's parts, each written with the whole map in view, are not.
 */
export function linearWhereViewsDiffer(ops: readonly InternalOp[]): void {
  const views = new Map<Buffer, { read: Set<string>; whole: Set<string> }>();
  const wc = (s: Shape3) => `${s.w}x${s.c}`;
  const elements = (s: Shape3) => s.h * s.w * s.c;
  const viewOf = (b: Buffer) => {
    let v = views.get(b);
    if (!v) views.set(b, (v = { read: new Set(), whole: new Set() }));
    return v;
  };
  // A part's connection sees the whole map (a concatenation's part, a slice); a whole view may reshape it; a
  // padded view (a PAD folded into its reader) is the map itself.
  const whole = (r: FmRef) => wc(elements(r.shape) === elements(r.buffer.shape) ? r.shape : r.buffer.shape);
  const read = (r: FmRef) => wc(elements(r.shape) > elements(r.buffer.shape) ? r.buffer.shape : r.shape);
  for (const op of ops) {
    for (const r of [op.ifm, op.ifm2, ...(op.extraIfms ?? [])]) {
      if (!r || r.buffer.linear || r.buffer.constant) continue;
      const v = viewOf(r.buffer);
      v.read.add(read(r));
      v.whole.add(whole(r));
    }
    // A writer with a transpose fused into it writes the map in the transposed shape; one writing more than the map
    // holds (the whole output of an operation a strided slice's activation joined, see wholeSpanSliceBefore) has
    // its own shape on its connection.
    const written = { ...op.ofm, shape: transposedShape(op.ofm.shape, op.fusedTranspose) };
    const larger = elements(written.shape) > elements(written.buffer.shape);
    if (!op.ofm.buffer.linear) viewOf(op.ofm.buffer).whole.add(larger ? wc(written.shape) : whole(written));
  }
  for (const [b, v] of views) {
    if (v.read.size === 0) continue;
    if (v.read.size > 1 || [...v.whole].some((s) => !v.read.has(s))) b.linear = true;
  }
}

/**
 * Vela's MoveSplitSliceToConsumer: a slice's readers that can read part of a tensor read the slice's source
 * directly, and the copy goes when every reader does (it stays for the others). A transpose, a gather, a MEAN,
 * a resize or another slice cannot; neither can a CPU operator or a reshaped view (a graph or CPU boundary keeps
 * the copy). A source read in another width or depth than its own cannot be stored in bricks.
 */
export function moveSlicesToConsumers(ctx: Ctx): void {
  // A reader that already reads its input through a slice takes no other: a MEAN's sums (regor's ConvertMeanOps)
  // and a resize (ConvertResizeOffsets sets one on every resize but an identity one).
  const readsOwnSlice = (o: InternalOp): boolean => {
    const source = ctx.sg.operators[o.sourceIndex];
    if (source?.type === 'MEAN') return o.hw === 'depthwise';
    if (source?.type !== 'RESIZE_BILINEAR' && source?.type !== 'RESIZE_NEAREST_NEIGHBOR') return false;
    const [a, b] = [ctx.sg.tensors[source.inputs[0] ?? -1]?.shape, ctx.sg.tensors[source.outputs[0] ?? -1]?.shape];
    return !a || !b || a.join('x') !== b.join('x');
  };
  const slicing = (o: InternalOp) =>
    o.type === 'MemoryCopy' && SLICING.has(ctx.sg.operators[o.sourceIndex]?.type ?? '');
  // Who reads each buffer (kept up to date as readers move).
  const readersOf = new Map<Buffer, Set<InternalOp>>();
  const addReader = (b: Buffer, o: InternalOp) => {
    let set = readersOf.get(b);
    if (!set) readersOf.set(b, (set = new Set()));
    set.add(o);
  };
  for (const o of ctx.ops) for (const f of [o.ifm, o.ifm2, ...(o.extraIfms ?? [])]) if (f) addReader(f.buffer, o);
  const removed = new Set<InternalOp>();
  const same = (a: Shape3, b: Shape3) => a.h === b.h && a.w === b.w && a.c === b.c;
  for (const copy of ctx.ops) {
    // A copy that also runs a fused activation does work of its own.
    if (!slicing(copy) || copy.activation !== 'none' || copy.lutBytes > 0) continue;
    const source = ctx.sg.operators[copy.sourceIndex];
    if (source && keptUnpackSlice(ctx, source)) continue;
    const out = copy.ofm.buffer;
    // regor moves the slice into the map's readers in turn and stops at the first CPU operator among them: the copy
    // stays for that one (and for a graph output), the NPU readers before it read the slice's source.
    const kept = out.isOutput || out.external;
    const cpuReader = kept ? firstCpuReader(ctx, copy, out) : undefined;
    const src = copy.ifm;
    const readers = [...(readersOf.get(out) ?? [])].filter(
      (o) => o !== copy && (cpuReader === undefined || readerOrder(o) < cpuReader),
    );
    // A shallow map's copy runs in a deeper view of it: its readers read it in its own shape.
    const sameAsShallow = (s: Shape3) => !!copy.shallowShape && same(s, copy.shallowShape);
    const movable = (o: InternalOp): boolean =>
      !slicing(o) &&
      o.type !== 'Transpose' &&
      !readsOwnSlice(o) &&
      o.hw !== 'dma' &&
      !o.chained &&
      !o.extraIfms?.some((f) => f.buffer === out) &&
      [o.ifm, o.ifm2].every((f) => !f || f.buffer !== out || same(f.shape, copy.ofm.shape) || sameAsShallow(f.shape));
    const moved = readers.filter(movable);
    if (moved.length === 0) continue;
    for (const o of moved) {
      if (o.ifm.buffer === out) o.ifm = { ...src, shape: o.ifm.shape, throughSlice: true };
      if (o.ifm2?.buffer === out) o.ifm2 = { ...src, shape: o.ifm2.shape, throughSlice: true };
      readersOf.get(out)?.delete(o);
      addReader(src.buffer, o);
    }
    if (src.buffer.shape.w !== copy.ofm.shape.w || src.buffer.shape.c !== copy.ofm.shape.c) src.buffer.linear = true;
    if (moved.length === readers.length && !kept) removed.add(copy);
    // U85: a copy left with a single transpose to feed (a softmax's, once its subtraction reads the slice's source)
    // writes in the transpose's order, as the transpose itself (see fuseTranspose).
    else if (ctx.family === 'u85' && readers.length - moved.length === 1) {
      const t = readers.find((o) => !moved.includes(o))!;
      const whole = t.ifm.buffer === out && same(t.ifm.shape, copy.ofm.shape) && same(copy.ofm.shape, out.shape);
      if (t.type === 'Transpose' && t.hw === 'pool' && !!t.transpose && whole && !t.ifm2 && !t.fusedTranspose) {
        if (!t.ofm.buffer.isOutput && !t.ofm.buffer.external && !!t.ofm.buffer.persistent === !!out.persistent) {
          copy.type = 'Transpose';
          copy.blockAs = 'MemoryCopy';
          copy.transpose = t.transpose;
          copy.ofm = t.ofm;
          removed.add(t);
          ctx.buffers.delete(out.key);
        }
      }
    }
  }
  if (removed.size > 0) ctx.ops = ctx.ops.filter((o) => !removed.has(o));
}

/**
 * The stored shape of an UNPACK's slices when regor keeps them as copies, else undefined: regor moves a slice to its
 * consumers only when the slice's shape equals theirs but for leading 1s (MoveSplitSliceToConsumer), and an UNPACK's
 * slices keep the unpacked axis where its outputs drop it (see axisKeptAsOne).
 */
export function keptUnpackSlice(ctx: Ctx, op: Operator): Shape3 | undefined {
  if (op.type !== 'UNPACK') return undefined;
  const rank = ctx.sg.tensors[op.inputs[0] ?? -1]?.shape.length ?? 0;
  const raw = Number(op.options?.axis ?? 0);
  return axisKeptAsOne(ctx.sg.tensors[op.outputs[0] ?? -1]?.shape ?? [], raw < 0 ? raw + rank : raw);
}

/**
 * A slice of a PACK or UNPACK, the packed axis kept as 1 in `shape` (which lacks it), when that changes the shape
 * more than by a leading 1: some dimension before the axis is more than 1 (a [17] map packed along axis 1 is copied
 * as [17, 1], in another width and depth). Undefined otherwise.
 */
export function axisKeptAsOne(shape: readonly number[], axis: number): Shape3 | undefined {
  if (!shape.slice(0, axis).some((d) => d > 1)) return undefined;
  return toShape3([...shape.slice(0, axis), 1, ...shape.slice(axis)]);
}
