// Lowers the NPU-placed TFLite operators of a subgraph into Vela's internal operations:
// reshapes vanish, fused activations and LUT activations fold into their producer, SOFTMAX,
// MEAN, PRELU, concatenation and friends expand into the chains Vela builds for them.
// One module per family of operators (see the files beside this one).
import type { Model, Operator, Subgraph } from '../../graph/types.js';
import type { NpuFamily } from '../../targets/types.js';
import type { Buffer, FmRef, InternalOp, WeightInfo } from '../ops.js';
import {
  type LoweredGraph,
  toShape3,
  RESHAPES,
  type Ctx,
  bufferKey,
  bufferFor,
  fm,
  tempFm,
  isConstant,
  push,
  type OfmBlockOf,
  scalarFm,
  GRAPH_BOUNDARY,
} from './context.js';
import {
  tryFuseActivation,
  chainElementwise,
  keepShapeAfterShallowActivation,
  reshapeShallowElementwise,
  splitLutsWritingPadInteriors,
  splitSliceWritingActivations,
} from './elementwise.js';
import { lowerOne } from './operator.js';
import { isFusablePad } from './pad.js';
import { scheduleInVelaOrder, linearWhereViewsDiffer, moveSlicesToConsumers } from './schedule.js';
import { isIdentityTranspose } from './transpose.js';

export {
  cpuBuffer,
  cpuReadBuffer,
  type ScheduleEntry,
  type LoweredGraph,
  bitsOf,
  toShape3,
  setCoreDependentSizes,
  type OfmBlockOf,
  GRAPH_BOUNDARY,
} from './context.js';
export { clearGeneratedKernels } from './generated-kernels.js';
export { PerfLimitError, MAX_INTERNAL_OPS, MAX_LSTM_STEPS } from './limits.js';
export { u85TransposeType } from './transpose.js';

export function lowerSubgraph(
  model: Model,
  sg: Subgraph,
  npuOps: ReadonlySet<number>,
  family: NpuFamily,
  cores: number,
  weights: Map<string, WeightInfo>,
  ofmBlockOf?: OfmBlockOf,
): LoweredGraph {
  const ctx: Ctx = {
    model,
    sg,
    family,
    npu: new Set(npuOps),
    buffers: new Map(),
    alias: new Map(),
    weights,
    ops: [],
    cores,
    tmpCount: 0,
    readers: new Map(),
    ofmBlockOf,
  };
  const consumers = ctx.readers;
  for (const op of sg.operators) for (const i of op.inputs) if (i >= 0) consumers.set(i, (consumers.get(i) ?? 0) + 1);
  const producedByCpu = new Set<number>();
  const consumedByCpu = new Set<number>();
  for (const op of sg.operators) {
    if (ctx.npu.has(op.index)) continue;
    for (const o of op.outputs) producedByCpu.add(o);
    for (const i of op.inputs) consumedByCpu.add(i);
  }
  const readerOf = new Map<number, Operator>();
  for (const op of sg.operators) for (const i of op.inputs) if (i >= 0) readerOf.set(i, op);
  /**
   * The shape a map is stored in once regor has removed the reshapes after it: it removes the later one of a chain
   * first, and the map it keeps takes the removed one's shape (a TRANSPOSE of [1, 128, 1, 24] into [1, 128, 24, 1]
   * reshaped back is stored as its input, so its input's other readers need no copy).
   */
  const storageAfterLaterReshapes = (t: number): readonly number[] => {
    let shape = sg.tensors[t]?.shape ?? [];
    for (let hops = 0; hops < sg.operators.length && !sg.outputs.includes(t); hops++) {
      const next = consumers.get(t) === 1 ? readerOf.get(t) : undefined;
      if (!next || !ctx.npu.has(next.index) || !(RESHAPES.has(next.type) || isIdentityTranspose(ctx, next))) break;
      t = next.outputs[0] ?? -1;
      shape = sg.tensors[t]?.shape ?? shape;
    }
    return shape;
  };
  const reshapeCopies: { copy: InternalOp; source: number; from: Buffer; to: Buffer }[] = [];
  // Reshaped views of an input (regor removes reshapes one at a time: a chain of them from an input to an output
  // still needs its copy).
  const ioViews = new Set<number>();
  // An input's storage before a reshape of it reshaped it (see below).
  const ioStorage = new Map<Buffer, Pick<Buffer, 'dims' | 'reshapedStorage'>>();
  for (const op of sg.operators) {
    if (!ctx.npu.has(op.index)) continue;
    if (isFusablePad(ctx, op, consumers)) {
      // A zero PAD in front of a convolution becomes the convolution's explicit padding.
      const src = op.inputs[0] ?? -1;
      const dst = op.outputs[0] ?? -1;
      // The buffer is the input's, sized as stored (the padded view would overstate it if it came first).
      bufferFor(ctx, src);
      ctx.alias.set(dst, bufferKey(ctx, src));
      continue;
    }
    if (RESHAPES.has(op.type) || isIdentityTranspose(ctx, op)) {
      const src = op.inputs[0] ?? -1;
      const dst = op.outputs[0] ?? -1;
      const srcIsIo = sg.inputs.includes(src) || producedByCpu.has(src) || isConstant(ctx, src) || ioViews.has(src);
      const dstIsIo = sg.outputs.includes(dst) || consumedByCpu.has(dst);
      // regor also copies when the input has other readers and another stored shape (RemoveReshape), the output's
      // as the reshapes after it leave it.
      const shared =
        (consumers.get(src) ?? 0) > 1 &&
        (sg.tensors[src]?.shape ?? []).join(',') !== storageAfterLaterReshapes(dst).join(',');
      if (src >= 0 && dst >= 0 && ((srcIsIo && dstIsIo) || shared)) {
        // Vela copies in the input's shape (the output is the same bytes, linear): the stored map's, through a chain
        // of reshapes.
        const view = fm(ctx, src);
        // The input keeps its own storage: regor removes the later reshape of a chain first, so the earlier one
        // is the copy's and never reshapes the input (a [1, 24, 3, 12] input reshaped twice into an output is
        // copied from its own shape, and the copy cannot overwrite it).
        const own = ioStorage.get(view.buffer);
        if (own) Object.assign(view.buffer, own);
        const a = { ...view, shape: view.buffer.shape };
        const b = fm(ctx, dst);
        const copy = push(ctx, op, 'MemoryCopy', 'pool', a, { ...b, shape: a.shape });
        reshapeCopies.push({ copy, source: src, from: a.buffer, to: b.buffer });
      } else if (src >= 0 && dst >= 0) {
        const key = bufferKey(ctx, src);
        ctx.alias.set(dst, key);
        if (srcIsIo) ioViews.add(dst);
        const b = bufferFor(ctx, src);
        if (srcIsIo && !ioStorage.has(b)) ioStorage.set(b, { dims: b.dims, reshapedStorage: b.reshapedStorage });
        // regor keeps one tensor in the reshaped storage shape (RemoveReshape): an operation writing it no
        // longer writes a map shaped like its input, which it could otherwise overwrite.
        const dstDims = sg.tensors[dst]?.shape;
        if (dstDims) b.dims = dstDims;
        // Stored in the reshape's shape: whether in bricks or linear is left to the views its readers and writers
        // take (linearWhereViewsDiffer; an elementwise writer viewed deeper may write it in that very shape).
        const from = toShape3(sg.tensors[src]?.shape ?? []);
        const to = toShape3(sg.tensors[dst]?.shape ?? []);
        if (from.w !== to.w || from.c !== to.c) b.reshapedStorage = to;
        if (sg.outputs.includes(dst)) b.isOutput = true;
      }
      continue;
    }
    if (tryFuseActivation(ctx, op)) continue;
    lowerOne(ctx, op);
  }
  // The input's other readers read the copy too (regor inserts it after the tensor).
  for (const { copy, from, to } of reshapeCopies) {
    for (const o of ctx.ops) {
      if (o === copy) continue;
      if (o.ifm.buffer === from) o.ifm = { ...o.ifm, buffer: to };
      if (o.ifm2?.buffer === from) o.ifm2 = { ...o.ifm2, buffer: to };
      if (o.extraIfms) o.extraIfms = o.extraIfms.map((r) => (r.buffer === from ? { ...r, buffer: to } : r));
    }
  }
  if (family === 'u85') addBoolIoConversions(ctx);
  // Graph and CPU boundaries are linear (NHWC) and live in the arena.
  const mark = (i: number, f: (b: Buffer) => void) => {
    const key = bufferKey(ctx, i);
    const b = ctx.buffers.get(key);
    if (b) f(b);
  };
  for (const i of sg.inputs)
    mark(i, (b) => {
      b.linear = true;
      b.isInput = true;
      b.external = true;
    });
  for (const o of sg.outputs)
    mark(o, (b) => {
      b.linear = true;
      b.isOutput = true;
      b.external = true;
      b.graphOutput = true;
    });
  for (const t of producedByCpu)
    mark(t, (b) => {
      b.linear = true;
      b.isInput = true;
    });
  for (const t of consumedByCpu)
    mark(t, (b) => {
      b.linear = true;
      b.isOutput = true;
    });
  // A reshape's copy is what the input's CPU readers read too.
  for (const { source, to } of reshapeCopies) {
    if (consumedByCpu.has(source)) {
      to.linear = true;
      to.isOutput = true;
    }
  }
  moveSlicesToConsumers(ctx);
  // After the slices move (regor reshapes in the scheduler, after its graph optimiser moved them): an operation
  // that now reads part of a map keeps its shape.
  splitSliceWritingActivations(ctx);
  splitLutsWritingPadInteriors(ctx);
  // regor packs operations in the order it runs them (which the schedule puts ctx.ops in): on U85 an elementwise
  // operation chains onto the one run just before it.
  const schedule = scheduleInVelaOrder(ctx);
  if (family === 'u85') keepShapeAfterShallowActivation(ctx.ops);
  for (const op of ctx.ops) reshapeShallowElementwise(op);
  linearWhereViewsDiffer(ctx.ops);
  // A 32-bit map a ReduceSum reads is stored linear (regor: Int32 ReduceSum requires it).
  for (const o of ctx.ops) if (o.hw === 'reducesum' && o.ifm.bits === 32) o.ifm.buffer.linear = true;
  if (family === 'u85') {
    // A transpose or LUT a chained operation cannot keep runs right after it.
    const split = chainElementwise(ctx);
    const at = (op: InternalOp) => schedule.findIndex((e) => 'npu' in e && e.npu === op);
    for (const [after, op] of split.inserted) schedule.splice(at(after) + 1, 0, { npu: op });
    for (const op of split.removed) schedule.splice(at(op), 1);
    for (const op of ctx.ops) {
      if (!op.chained?.length) continue;
      // The chain writes only its last output; intermediate results stay in the chaining buffer.
      op.chainLinkBits = op.ofm.bits;
      op.chainLinkLinear = op.ofm.buffer.linear;
      op.chainLinkKey = op.ofm.buffer.key;
      op.ofm = op.chained[op.chained.length - 1].ofm;
    }
  }
  // CPU readers of a tensor a reshape's copy was inserted after read the copy too.
  const copiedFor = new Map<number, Buffer>();
  for (const { source, to } of reshapeCopies) if (!copiedFor.has(source)) copiedFor.set(source, to);
  return {
    ops: ctx.ops,
    schedule,
    buffers: ctx.buffers,
    weights,
    keyOf: (i) => bufferKey(ctx, i),
    copiedFor,
    readsBlockConfigs: !!ctx.readsBlockConfigs,
  };
}

/** Bool graph inputs and outputs of the main subgraph that hold data (shaped, not constant). */
function boolIo(model: Model, sg: Subgraph, list: readonly number[]): number[] {
  if (sg.index !== 0) return [];
  return list.filter((i) => {
    const t = sg.tensors[i];
    if (!t || t.dtype !== 'bool' || t.shape.length === 0) return false;
    const b = model.buffers[t.buffer];
    return !(b && b.size > 0);
  });
}

/** True when the U85 lowering inserts boundary conversions, so the subgraph has NPU work even without NPU operators. */
export function hasBoolIo(model: Model, sg: Subgraph): boolean {
  return boolIo(model, sg, sg.inputs).length > 0 || boolIo(model, sg, sg.outputs).length > 0;
}

/**
 * U85 keeps booleans as 0/-1 internally: Vela converts every bool graph input with a NotEqual
 * against zero, and every bool graph output back with an And against one, whoever reads or
 * writes them (even CPU operators).
 */
function addBoolIoConversions(ctx: Ctx): void {
  const scalar = (key: string): FmRef => scalarFm(ctx, key, 8);
  const boundary = { index: GRAPH_BOUNDARY } as Operator;
  const inputs: InternalOp[] = [];
  for (const i of boolIo(ctx.model, ctx.sg, ctx.sg.inputs)) {
    const src = fm(ctx, i);
    const internal = tempFm(ctx, src.shape, 8);
    // It replaces the input for every reader, CPU ones included: linear, in the arena.
    internal.buffer.linear = true;
    internal.buffer.isOutput = true;
    push(ctx, boundary, 'NotEqual', 'elementwise', src, internal, { ifm2: scalar('bool-zero') });
    inputs.push(ctx.ops.pop()!);
  }
  for (const o of boolIo(ctx.model, ctx.sg, ctx.sg.outputs)) {
    const dst = fm(ctx, o);
    const internal = tempFm(ctx, dst.shape, 8);
    internal.buffer.linear = true;
    internal.buffer.isInput = true;
    push(ctx, boundary, 'And', 'elementwise', internal, dst, { ifm2: scalar('bool-one') });
  }
  ctx.ops.unshift(...inputs);
}
