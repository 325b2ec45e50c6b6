// Elementwise operations: broadcasts, fused activations, U85 chains and the reshaping of shallow maps.
import type { Operator } from '../../graph/types.js';
import type { Shape3 } from '../arch.js';
import { movesNoAxis, transposedShape, type ActivationKind, type Buffer, type FmRef, type InternalOp } from '../ops.js';
import {
  RELU_FAMILY,
  LUT_ACTIVATIONS,
  type Ctx,
  bufferKey,
  constantInts,
  fm,
  fusedActivation,
  internalOp,
  tempFm,
  push,
  lutBytesFor,
  lutTensor,
  constantFm,
  constantContent,
  elementsOfShape,
  sameQuantization,
  sameShape,
  SLICING,
  toShape3,
  writerOf,
} from './context.js';

/**
 * U55/U65 broadcast only one operand (regor's ReplaceBroadcastWithAdd): when both are smaller than the output,
 * the first is broadcast into a full-size map by adding it to a constant of zeros the output's size. Returns the
 * operand the operation then reads first.
 */
export function broadcastBoth(ctx: Ctx, op: Operator, a: FmRef, b: FmRef, ofm: FmRef): FmRef {
  const full = (f: FmRef) => f.shape.h === ofm.shape.h && f.shape.w === ofm.shape.w && f.shape.c === ofm.shape.c;
  if (full(a) || full(b)) return a;
  const zeros = constantFm(
    ctx,
    `broadcast-zeros-${op.index}`,
    ofm.shape,
    a.bits,
    constantContent(a.bits, '0', ofm.shape.h * ofm.shape.w * ofm.shape.c),
  );
  const broadcast = tempFm(ctx, ofm.shape, a.bits);
  push(ctx, op, 'Add', 'elementwise', zeros, broadcast, { ifm2: a });
  return broadcast;
}

/**
 * The operation lowered last when it alone writes `op`'s input and `op` alone reads it (no subgraph output): the
 * one regor may pack `op` into. A map several operations write (a concatenation's copies) has no such producer.
 */
export function soleProducer(ctx: Ctx, op: Operator): InternalOp | undefined {
  const inT = op.inputs[0] ?? -1;
  const prev = lastWriterOf(ctx, bufferKey(ctx, inT));
  if (!prev || prev.subgraph !== ctx.sg.index || prev.ofm.buffer.key !== bufferKey(ctx, inT)) return undefined;
  if ((ctx.readers.get(inT) ?? 0) !== 1 || ctx.sg.outputs.includes(inT)) return undefined;
  if (ctx.ops.some((o) => o !== prev && o.ofm.buffer === prev.ofm.buffer)) return undefined;
  return prev;
}

/**
 * The operation lowered last, or for a map one of a SPLIT's copies writes, that copy: in regor's execution order the
 * copy an activation reads runs right before it (the split's other copies first: Vela packs a TANH into the first of
 * two parts' copies, read through a reshape), so the activation packs into it.
 */
function lastWriterOf(ctx: Ctx, key: string): InternalOp | undefined {
  const last = ctx.ops[ctx.ops.length - 1];
  if (!last || last.ofm.buffer.key === key || ctx.sg.operators[last.sourceIndex]?.type !== 'SPLIT') return last;
  for (let k = ctx.ops.length - 2; k >= 0 && ctx.ops[k].sourceIndex === last.sourceIndex; k--) {
    if (ctx.ops[k].ofm.buffer.key === key) return ctx.ops[k];
  }
  return last;
}

/** Folds a standalone activation into the operation that produces its input, as Vela packs them. */
export function tryFuseActivation(ctx: Ctx, op: Operator): boolean {
  const kind: ActivationKind | null = RELU_FAMILY.has(op.type) ? 'relu' : LUT_ACTIVATIONS.has(op.type) ? 'lut' : null;
  if (!kind) return false;
  const inT = op.inputs[0] ?? -1;
  // A 16-bit leaky ReLU is no LUT (regor's ConvertLeakyRelu), and a 16-bit LUT keeps its scales, which only
  // activations with unit scaling are fused with (SchedulerPacking::CanPack): each runs as an operation of its own.
  if (kind === 'lut' && (ctx.sg.tensors[inT]?.dtype ?? 'int8') === 'int16') return false;
  const through = wholeSpanSliceBefore(ctx, op);
  const prev = through ? through.producer : soleProducer(ctx, op);
  if (!prev) return false;
  // U85: a LUT may follow a transpose fused after the operation's own activation (EthosU85OpGroup::Fuse refuses
  // only an activation right after another).
  if (ctx.family === 'u85' && kind === 'lut' && prev.fusedTranspose && prev.activation !== 'none') {
    return !through && fuseLutAfterTranspose(ctx, op, prev);
  }
  // regor packs one activation into an operation: not into one that has its own (a depth-multiplier depthwise
  // convolution's parts run without it, but the operation has it).
  const source = ctx.sg.operators[prev.sourceIndex];
  if (source && fusedActivation(source) !== 'none') return false;
  // Into a depth-multiplier depthwise convolution's transpose only as the convolution's own (see below).
  const multiplierParts = source?.type === 'DEPTHWISE_CONV_2D' && prev.type === 'Transpose';
  // A U55/U65 transpose takes one when it writes 8 bits (EthosU55OpGroup::Add lets an activation join a transpose, the
  // one compound operation it may join, only then).
  const transposeTakes = ctx.family !== 'u85' && prev.type === 'Transpose' && prev.ofm.bits === 8;
  if (prev.activation !== 'none' || (prev.hw === 'transpose' && !multiplierParts && !transposeTakes)) return false;
  if (prev.hw === 'dma') return false;
  // Nor into a slice's copy the slice moves into the activation (regor moves slices into their readers first, and
  // the activation then reads it in place): only one read in the slice's own shape; read through a reshape, the copy
  // stays and takes the activation (moveSlicesToConsumers).
  const readShape = toShape3(ctx.sg.tensors[inT]?.shape ?? []);
  // (A slice's copy that writes transposed, the transpose itself, stays and takes it: see fuseTranspose.)
  const sliceCopy = SLICING.has(source?.type ?? '') && prev.type !== 'Transpose';
  if (sliceCopy && sameShape(readShape, prev.ofm.shape)) return false;
  // Vela fuses only activations with unit scaling: a ReLU that requantizes (another scale or zero point) runs alone.
  if (kind === 'relu' && !sameQuantization(ctx, inT, op.outputs[0] ?? -1)) return false;
  // Nor an operation writing a variable with one that does not.
  if (!!ctx.sg.tensors[op.outputs[0] ?? -1]?.isVariable !== !!prev.ofm.buffer.persistent) return false;
  const ofm = fm(ctx, op.outputs[0]);
  if (through) {
    if (multiplierParts) return false;
    ctx.ops = ctx.ops.filter((o) => o !== through.copy);
    ctx.buffers.delete(through.copy.ofm.buffer.key);
  }
  if (multiplierParts) {
    // Packed into the convolution, it is dropped with its parts as its own fused activation is (see
    // pushPerMultiplier), except on a 16-bit output on U55/U65, where it runs on its own after the transpose.
    if (prev.ofm.bits === 16 && ctx.family !== 'u85') return false;
    ctx.buffers.delete(prev.ofm.buffer.key);
    // The transpose writes the output's storage in its own shape, and on U55/U65 in NHWC, as every transpose.
    if (prev.hw === 'transpose') ofm.buffer.linear = true;
    prev.ofm = { ...ofm, shape: prev.ofm.shape };
    return true;
  }
  ctx.buffers.delete(prev.ofm.buffer.key);
  // A U55/U65 transpose writes NHWC, the activation's output too when it joins the transpose.
  if (transposeTakes) ofm.buffer.linear = true;
  // The operation still computes in its own shape: after a fused transpose, or a RESHAPE between it and the
  // activation (regor's OFM connection keeps its shape; only the storage is the activation's).
  prev.ofm = { ...ofm, shape: prev.ofm.shape };
  prev.activation = kind;
  prev.packedActivation = true;
  if (kind === 'lut') {
    packLutTable(ctx, op, prev);
    prev.activationSource = op.index;
    // Read in another shape of as many values (through a RESHAPE): see splitLutsWritingPadInteriors.
    const [mine, its] = [prev.ofm.shape, ofm.shape];
    if (!prev.fusedTranspose && !sameShape(mine, its) && elementsOfShape(mine) === elementsOfShape(its))
      prev.activationReshaped = true;
  }
  return true;
}

/**
 * A STRIDED_SLICE between an activation and the operation before it, when it spans that operation's whole output
 * (begins at 0 and ends at the end on every axis, with a stride): regor moves the slice into the activation
 * (MoveSplitSliceToConsumer), and when it packs operations a slice whose span is the whole map is no slice
 * (SchedulerPacking::CanPack compares the read's shape with the slice's), so the activation joins the operation,
 * which then writes its whole output, every row, into the activation's smaller map: the stride is lost, a quirk of
 * Vela 5.1.0's estimate (a MEAN, a strided slice taking every other row, a HARD_SWISH: Vela costs the MEAN's
 * multiplication with the LUT, writing 8 rows where the map holds 4). The slice's copy, lowered last, and the
 * operation before it, when nothing else reads its output; else undefined.
 */
function wholeSpanSliceBefore(ctx: Ctx, op: Operator): { copy: InternalOp; producer: InternalOp } | undefined {
  const inT = op.inputs[0] ?? -1;
  const slice = writerOf(ctx, inT);
  if (slice?.type !== 'STRIDED_SLICE' || !ctx.npu.has(slice.index)) return undefined;
  if ((ctx.readers.get(inT) ?? 0) !== 1 || ctx.sg.outputs.includes(inT)) return undefined;
  const copy = ctx.ops[ctx.ops.length - 1];
  const producer = ctx.ops[ctx.ops.length - 2];
  if (!copy || !producer || copy.sourceIndex !== slice.index || copy.type !== 'MemoryCopy') return undefined;
  const src = slice.inputs[0] ?? -1;
  if (!spansWhole(ctx, slice)) return undefined;
  // The operation before writes the slice's input alone, and nothing else reads it.
  if (producer.ofm.buffer.key !== bufferKey(ctx, src) || producer.subgraph !== ctx.sg.index) return undefined;
  if ((ctx.readers.get(src) ?? 0) !== 1 || ctx.sg.outputs.includes(src)) return undefined;
  if (ctx.ops.some((o) => o !== producer && o.ofm.buffer === producer.ofm.buffer)) return undefined;
  return { copy, producer };
}

/** A STRIDED_SLICE that steps through its whole input: begins at 0, ends at the end, a stride above 1 somewhere. */
function spansWhole(ctx: Ctx, slice: Operator): boolean {
  const dims = ctx.sg.tensors[slice.inputs[0] ?? -1]?.shape ?? [];
  const begin = constantInts(ctx, slice.inputs[1] ?? -1);
  const end = constantInts(ctx, slice.inputs[2] ?? -1);
  const strides = constantInts(ctx, slice.inputs[3] ?? -1);
  const o = slice.options ?? {};
  const mask = (k: string): number => (typeof o[k] === 'number' ? (o[k] as number) : 0);
  if (!begin || !end || !strides || strides.length !== dims.length || begin.length !== dims.length) return false;
  if (end.length !== dims.length || mask('ellipsisMask') || mask('newAxisMask') || mask('shrinkAxisMask')) return false;
  if (o.offset === true || strides.some((x) => x < 1) || !strides.some((x) => x > 1)) return false;
  return dims.every((d, i) => {
    const from = mask('beginMask') & (1 << i) ? 0 : begin[i] < 0 ? begin[i] + d : begin[i];
    const to = mask('endMask') & (1 << i) ? d : end[i] < 0 ? end[i] + d : Math.min(end[i], d);
    return from <= 0 && to >= d;
  });
}

/**
 * A LUT activation packed after an operation's activation and fused transpose (U85: a convolution with ReLU writing
 * transposed, then a LOGISTIC): the operation writes the LUT's output and loads its table; its output pace is the
 * same (the activation unit runs the ReLU, the transpose and the LUT in one pass).
 */
function fuseLutAfterTranspose(ctx: Ctx, op: Operator, prev: InternalOp): boolean {
  if (prev.lutBytes > 0 || prev.hw === 'dma') return false;
  if (!!ctx.sg.tensors[op.outputs[0] ?? -1]?.isVariable !== !!prev.ofm.buffer.persistent) return false;
  const ofm = fm(ctx, op.outputs[0]);
  ctx.buffers.delete(prev.ofm.buffer.key);
  prev.ofm = { ...ofm, shape: prev.ofm.shape };
  packLutTable(ctx, op, prev);
  return true;
}

/** Gives the operation a LUT activation's table, applied on its way out (its bytes and the tensor regor loads). */
function packLutTable(ctx: Ctx, op: Operator, prev: InternalOp): void {
  prev.lutBytes = lutBytesFor(prev.ifm.bits, op.type, ctx.family);
  prev.lutInActivation = true;
  if (prev.lutBytes > 0)
    prev.lutTensor = lutTensor(ctx, op.type, op.inputs[0] ?? -1, op.outputs[0] ?? -1, prev.lutBytes);
}

/** What chaining changed in the operations: each one inserted after another, and those it removed. */
export interface ChainSplits {
  inserted: [after: InternalOp, op: InternalOp][];
  removed: InternalOp[];
}

/**
 * Whether the operation writes its output transposed: a transpose fused into it, or a transpose itself that moves an
 * axis (one left with no permutation, two merged that undo each other on a graph input, is none: see movesNoAxis).
 */
function writesTransposed(o: InternalOp): boolean {
  return !!o.fusedTranspose || (o.type === 'Transpose' && !movesNoAxis(o));
}

/** A resize or a DMA operation starts no chain (EthosU85OpGroup::Chain takes neither as its first operation). */
const startsNoChain = (o: InternalOp): boolean => o.hw === 'resize' || o.hw === 'dma';

/**
 * U85 chains up to four operations in one pass when each elementwise operation consumes the
 * previous one's output through the chaining buffer (at most three external inputs).
 */
export function chainElementwise(ctx: Ctx): ChainSplits {
  const ops = ctx.ops;
  const split: ChainSplits = { inserted: [], removed: [] };
  const readers = new Map<string, number>();
  for (const op of ops) {
    for (const r of [op.ifm, op.ifm2]) if (r) readers.set(r.buffer.key, (readers.get(r.buffer.key) ?? 0) + 1);
  }
  const writers = new Map<string, number>();
  for (const op of ops) writers.set(op.ofm.buffer.key, (writers.get(op.ofm.buffer.key) ?? 0) + 1);
  /** The operation writes the whole buffer, not a slice of it. */
  const whole = (r: FmRef) => r.shape.h * r.shape.w * r.shape.c === r.buffer.elements;
  const MAX_CHAIN = 4;
  const MAX_EXTERNAL = 3;
  let primary: InternalOp | null = null;
  let last: InternalOp | null = null;
  let external = 0;
  const elements = (x: Shape3) => x.h * x.w * x.c;
  // regor's ExternalIfms: the inputs, less constant scalars (on either side).
  const scalarConst = (r: FmRef | undefined) => (!!r && r.buffer.constant && elements(r.shape) === 1 ? 1 : 0);
  // regor packs in execution order: an elementwise operation chains onto the one before it before a transpose after
  // it could fuse, and then the transpose cannot (EthosU85OpGroup::Fuse takes none once two operations chain).
  // (Not when a LUT joined after the transpose: see fuseLutAfterTranspose.)
  const lutAfterTranspose = (o: InternalOp) => o.lutBytes > 0 && o.activation !== 'lut';
  const transposeRunsApart = (o: InternalOp) =>
    !!o.fusedTranspose && o.fusedTransposeSource !== undefined && !lutAfterTranspose(o);
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k];
    const inputs = (op.ifm2 ? 2 : 1) - scalarConst(op.ifm) - scalarConst(op.ifm2);
    // An operation writing transposed neither chains nor is chained (EthosU85OpGroup::Chain), nor does a transpose
    // start a chain (its group has a transposed output).
    const chainable = !writesTransposed(op) || transposeRunsApart(op);
    if (primary && last && op.hw === 'elementwise' && !writesTransposed(primary) && chainable) {
      const link = last.ofm.buffer;
      const viaIfm1 = op.ifm.buffer === link;
      const viaIfm2 = op.ifm2?.buffer === link;
      // regor's CanPack: the link has one writer and one reader, written whole (not a slice), and is no output;
      // the chained operation may write part of a map (a concatenation's slice). Nor does it pack an operation
      // writing a variable with one that does not.
      const private_ =
        (readers.get(link.key) ?? 0) === 1 &&
        !link.isOutput &&
        !link.external &&
        (writers.get(link.key) ?? 0) === 1 &&
        whole(last.ofm) &&
        !!op.ofm.buffer.persistent === !!link.persistent;
      const chainLength = 1 + (primary.chained?.length ?? 0);
      const newExternal = inputs - 1;
      const other = viaIfm1 ? op.ifm2 : op.ifm;
      const chainedIn = viaIfm1 ? op.ifm : op.ifm2;
      // regor's Chain: the chained input may broadcast against the other when it has the primary's output
      // shape, or when the other is a scalar and the element counts match.
      const shapesOk =
        !!chainedIn &&
        sameShape(last.ofm.shape, op.ofm.shape) &&
        (!shallowActivation(last) || !!op.keepsShape) &&
        (!other ||
          sameShape(chainedIn.shape, other.shape) ||
          sameShape(chainedIn.shape, primary.ofm.shape) ||
          (elements(other.shape) === 1 && elements(chainedIn.shape) === elements(primary.ofm.shape)));
      if (
        (viaIfm1 || viaIfm2) &&
        private_ &&
        shapesOk &&
        chainLength < MAX_CHAIN &&
        external + newExternal <= MAX_EXTERNAL
      ) {
        if (op.fusedTranspose) {
          const transpose = splitFusedTranspose(ctx, op);
          ops.splice(k + 1, 0, transpose);
          split.inserted.push([op, transpose]);
          // With the LUT that followed it, it writes a PAD's interior, as regor moved that write into the LUT.
          const copy = transpose.activation === 'lut' ? writeIntoPadInterior(ctx, transpose) : undefined;
          if (copy) split.removed.push(copy);
        }
        (primary.chained ??= []).push(op);
        op.chainedInto = primary;
        if (other && !scalarConst(other)) {
          (primary.extraIfms ??= []).push(other);
        }
        external += newExternal;
        last = op;
        continue;
      }
    }
    const startsChain = !startsNoChain(op);
    primary = startsChain ? op : null;
    last = startsChain ? op : null;
    external = inputs;
  }
  return split;
}

/**
 * Takes the transpose fused into an elementwise operation out again (see chainElementwise): the operation writes a
 * map of its own, which a transpose of its own, named after the TRANSPOSE, writes out. Returns that transpose.
 */
function splitFusedTranspose(ctx: Ctx, op: InternalOp): InternalOp {
  const out = op.ofm;
  const own = tempFm(ctx, op.ofm.shape, op.ofm.bits);
  const source = ctx.sg.operators[op.fusedTransposeSource!];
  const written = { ...out, shape: transposedShape(out.shape, op.fusedTranspose) };
  // A LUT activation packed after the transpose (it reads the transpose's output) goes with it: regor runs it as the
  // transpose's sub-operation.
  const after = op.activation === 'lut' && (op.activationSource ?? -1) > (op.fusedTransposeSource ?? -1);
  const lut = after ? { ...takePackedLut(op), lutInActivation: true } : {};
  const transpose = internalOp(ctx, source, 'Transpose', 'pool', own, written, {
    transpose: op.fusedTranspose,
    ...lut,
  });
  op.ofm = own;
  op.fusedTranspose = undefined;
  op.fusedTransposeSource = undefined;
  return transpose;
}

/**
 * An elementwise operation with a LUT activation packed into it through a reshape, whose output a PAD copies into its
 * interior: regor moves that copy into the activation, which then writes a slice beside a reshape and is not packed
 * (SchedulerPacking::CanPack). The LUT runs as an operation of its own, after the elementwise one, and writes the
 * interior (an addition, a reshape, a HARD_SWISH and a PAD: U65-512 2% under with the interior copied).
 */
export function splitLutsWritingPadInteriors(ctx: Ctx): void {
  for (const op of [...ctx.ops]) {
    if (op.hw !== 'elementwise' || !lutThroughReshape(op)) continue;
    if (!padInteriorCopy(ctx, op.ofm.buffer, op.ofm.buffer.shape)) continue;
    const lut = splitPackedLut(ctx, op);
    ctx.ops.splice(ctx.ops.indexOf(op) + 1, 0, lut);
    writeIntoPadInterior(ctx, lut);
  }
}

/**
 * A LUT activation packed into the operation through a reshape: the activation reads the operation's whole output in
 * another shape.
 */
function lutThroughReshape(op: InternalOp): boolean {
  return op.activation === 'lut' && op.activationSource !== undefined && !!op.activationReshaped && !op.writesInPlace;
}

/**
 * Takes a LUT activation packed into an elementwise operation through a reshape out again: the operation writes a
 * map of its own, which a LUT operation of its own, named after the activation, reads in the activation's shape and
 * writes out. Returns that operation.
 */
function splitPackedLut(ctx: Ctx, op: InternalOp): InternalOp {
  const out = op.ofm;
  const shape = out.buffer.shape;
  const own = tempFm(ctx, shape, out.bits);
  // Written in the operation's shape and read in the activation's: stored linear (see linearWhereViewsDiffer).
  if (!sameShape(op.ofm.shape, shape)) own.buffer.linear = true;
  const source = ctx.sg.operators[op.activationSource!];
  const lut = internalOp(
    ctx,
    source,
    'AvgPool',
    'pool',
    own,
    { ...out, shape },
    {
      elementwiseLike: true,
      ...takePackedLut(op),
    },
  );
  op.ofm = { ...own, shape: op.ofm.shape };
  return lut;
}

/**
 * A LUT operation split out of the operation it was packed into (see splitPackedLut, splitFusedTranspose) whose
 * output only a PAD copies into its interior writes the interior itself, as regor moves a PAD's interior copy into
 * the producer (which the operation, computing in another shape, could not take). Returns the copy it replaces.
 */
function writeIntoPadInterior(ctx: Ctx, lut: InternalOp): InternalOp | undefined {
  const copy = padInteriorCopy(ctx, lut.ofm.buffer, lut.ofm.shape);
  if (!copy) return;
  ctx.buffers.delete(lut.ofm.buffer.key);
  lut.ofm = copy.ofm;
  lut.writesInPlace = true;
  ctx.ops.splice(ctx.ops.indexOf(copy), 1);
  return copy;
}

/**
 * The copy of a PAD that alone reads `map` (in `shape`) into the padded map's interior, which regor moves into the
 * map's producer (not a graph output's); undefined when there is none. An activation packed through a reshape that
 * writes that interior writes a slice beside a reshape, which regor does not pack (SchedulerPacking::CanPack).
 */
function padInteriorCopy(ctx: Ctx, map: Buffer, shape: Shape3): InternalOp | undefined {
  if (map.isOutput) return;
  const readers = ctx.ops.filter((o) => o.ifm.buffer === map || o.ifm2?.buffer === map);
  const copy = readers.length === 1 ? readers[0] : undefined;
  const pad = copy ? ctx.sg.operators[copy.sourceIndex] : undefined;
  if (!copy || !pad || copy.type !== 'MemoryCopy' || !PADS.has(pad.type) || copy.ifm.buffer !== map) return;
  const [src, out] = [pad.inputs[0] ?? -1, pad.outputs[0] ?? -1];
  if (!sameShape(copy.ifm.shape, shape) || wholeMap(copy.ofm)) return;
  if ((ctx.readers.get(src) ?? 0) !== 1 || !sameQuantization(ctx, src, out)) return;
  return copy;
}

const PADS = new Set(['PAD', 'PADV2']);

/**
 * A fused activation on a shallow map: an operation of its own before packing, regor reshapes it deeper like any
 * elementwise one (ReshapeToIncreaseDepth), and its op group then holds that shape, so an operation of the map's own
 * shape (a broadcast one, which is not reshaped) does not chain after it (EthosU85OpGroup::Chain). A depthwise
 * convolution with ReLU6 on 4 channels, then a broadcast multiplication: Vela costs the multiplication apart (507
 * cycles where a chain has none), its map in DRAM. (One reshaped alike does chain: see
 * keepShapeAfterShallowActivation.)
 */
function shallowActivation(o: InternalOp): boolean {
  const s = o.ofm.shape;
  if (o.activation === 'none' || !shallow(s)) return false;
  // An activation run as an operation of its own (a HARD_SWISH's LUT) that reads part of a map, a slice moved into
  // it, is not reshaped.
  if (o.elementwiseLike && !wholeMap(o.ifm)) return false;
  const deeper = increaseDepth(s.h * s.w * s.c);
  return deeper.h !== s.h || deeper.w !== s.w || deeper.c !== s.c;
}

/**
 * A map regor reshapes deeper when an elementwise operation reads and writes it whole: depth under 8 and more than
 * 16 elements (it counts them in an int: larger maps, only hostile ones, keep their shape).
 */
function shallow(s: Shape3): boolean {
  const n = s.h * s.w * s.c;
  return s.c < 8 && n > 16 && n <= 2 ** 31 - 1;
}

/**
 * regor's ReshapeToIncreaseDepth: the element count's prime factors (2s first, then odd ones ascending) make
 * the depth until it reaches 16; the rest alternate between height and width, the height the larger.
 */
function increaseDepth(elements: number): Shape3 {
  const primes: number[] = [];
  let rest = elements;
  for (; rest % 2 === 0 && rest > 1; rest /= 2) primes.push(2);
  const root = Math.floor(Math.sqrt(rest));
  for (let f = 3; rest > 1 && f <= root; f += 2) for (; rest % f === 0; rest /= f) primes.push(f);
  if (rest !== 1) primes.push(rest);
  let c = 1;
  let k = 0;
  for (; k < primes.length && c < 16; k++) c *= primes[k];
  let h = 1;
  let w = 1;
  for (; k < primes.length; k++) {
    if (w < h) w *= primes[k];
    else h *= primes[k];
  }
  return h < w ? { h: w, w: h, c } : { h, w, c };
}

/** The operation's inputs have the output's shape `o`, or are scalars (no broadcast: regor reshapes only then). */
function inputsAlike(op: InternalOp, o: Shape3): boolean {
  const alike = (s?: Shape3) => !s || (s.h === o.h && s.w === o.w && s.c === o.c) || s.h * s.w * s.c === 1;
  return alike(op.ifm.shape) && alike(op.ifm2?.shape);
}

/** The reference covers its whole map (no slice of it). */
const wholeMap = (f?: FmRef): boolean =>
  !f || f.shape.h * f.shape.w * f.shape.c === f.buffer.shape.h * f.buffer.shape.w * f.buffer.shape.c;

/**
 * An elementwise operation with a fused ReLU, or a LUT activation packed into it, that writes into a slice of its
 * output (a PAD's interior): in regor the activation is an operation of its own, which takes the slice, and the
 * elementwise operation on a shallow map is reshaped deeper, so the two are not packed (SchedulerPacking::CanPack
 * refuses a reshape beside a slice). The operation then writes a map of its own and the activation copies it into
 * the slice (an addition into a padded map: 7,331 cycles of ReLU on U55-128 for 884 elements; a MEAN's
 * multiplication and a LeakyReLU's LUT: 1,892 cycles on U85-256).
 */
export function splitSliceWritingActivations(ctx: Ctx): void {
  const ops = ctx.ops;
  ctx.ops = [];
  for (const op of ops) {
    ctx.ops.push(op);
    const o = op.ofm.shape;
    const lut = op.activation === 'lut' && op.activationSource !== undefined;
    const source = ctx.sg.operators[lut ? op.activationSource! : op.sourceIndex];
    // (An elementwise operation, or a quantization or copy an activation was packed into: DecomposeAsElementwise.)
    const elementwise =
      op.hw === 'elementwise' || ((op.elementwiseLike || op.type === 'MemoryCopy') && op.packedActivation);
    if (!elementwise || !(op.activation === 'relu' || lut) || !op.writesInPlace || !source) continue;
    // (An operation reading part of a map, a slice moved into it, is not reshaped either: the two pack.)
    if (wholeMap(op.ofm) || !wholeMap(op.ifm) || !wholeMap(op.ifm2) || !shallow(o) || !inputsAlike(op, o)) continue;
    const slice = op.ofm;
    const own = tempFm(ctx, o, slice.bits);
    op.ofm = own;
    op.activation = 'none';
    op.writesInPlace = false;
    const table = lut ? takePackedLut(op) : {};
    push(ctx, source, 'AvgPool', 'pool', own, slice, { elementwiseLike: true, writesInPlace: true, ...table });
  }
}

/** Takes a packed LUT activation out of an operation: the table an operation of its own runs it with. */
function takePackedLut(op: InternalOp): Pick<InternalOp, 'activation' | 'lutBytes' | 'lutTensor'> {
  const table = { activation: 'lut' as const, lutBytes: op.lutBytes, lutTensor: op.lutTensor };
  op.activation = 'none';
  op.lutBytes = 0;
  op.lutTensor = undefined;
  op.lutInActivation = undefined;
  op.packedActivation = undefined;
  op.activationSource = undefined;
  op.activationReshaped = undefined;
  return table;
}

/**
 * U85: after an operation that keeps its shape (a convolution) with a fused activation on a shallow map, an
 * elementwise operation that reads the map whole and that regor would reshape deeper alike chains (their op groups
 * hold the same shape), and the chain runs in the map's own shape: a convolution to one channel with ReLU6, then a
 * LeakyReLU, writes one map of 51x67x1 in bricks (16 channels deep: 109 kB of SRAM in Vela). (After an elementwise
 * operation, reshaped itself, the two chain reshaped.)
 */
export function keepShapeAfterShallowActivation(ops: readonly InternalOp[]): void {
  const readers = new Map<string, number>();
  const writers = new Map<string, number>();
  for (const op of ops) {
    for (const r of [op.ifm, op.ifm2]) if (r) readers.set(r.buffer.key, (readers.get(r.buffer.key) ?? 0) + 1);
    writers.set(op.ofm.buffer.key, (writers.get(op.ofm.buffer.key) ?? 0) + 1);
  }
  for (let k = 0; k + 1 < ops.length; k++) {
    const a = ops[k];
    const b = ops[k + 1];
    // (Nor is one reshaped after an operation kept in its shape so: the chain holds that shape on.)
    const holdsShape = (shallowActivation(a) && !reshapesDeeper(a)) || !!a.keepsShape;
    if (!holdsShape || b.hw !== 'elementwise' || !reshapesDeeper(b)) continue;
    // Nor after one that starts no chain, a transpose or a resize: after one with a LUT, a shallow subtraction is
    // reshaped (U85-512 3x over kept).
    if (writesTransposed(a) || startsNoChain(a)) continue;
    // Read through a removed reshape, the map has as many elements, so regor reshapes the two deeper alike.
    const count = elementsOfShape(a.ofm.shape);
    if (count !== elementsOfShape(b.ofm.shape) || (b.ifm.buffer !== a.ofm.buffer && b.ifm2?.buffer !== a.ofm.buffer))
      continue;
    // Only where the two chain (see chainElementwise): the map is theirs alone.
    const link = a.ofm.buffer;
    const private_ = readers.get(link.key) === 1 && writers.get(link.key) === 1 && !link.isOutput && !link.external;
    if (!private_ || !!b.ofm.buffer.persistent !== !!link.persistent) continue;
    b.keepsShape = true;
    // The chain runs in the map's shape (a subtraction after a convolution's [32, 9, 4] reshaped to [288, 1, 4]).
    const inChainShape = (r: FmRef): FmRef => (elementsOfShape(r.shape) === count ? { ...r, shape: a.ofm.shape } : r);
    b.ofm = inChainShape(b.ofm);
    b.ifm = inChainShape(b.ifm);
    if (b.ifm2) b.ifm2 = inChainShape(b.ifm2);
  }
}

/**
 * Whether regor reshapes the operation deeper: an elementwise one, an activation, quantization or copy (regor's
 * DecomposeAsElementwise) on a shallow map, reading and writing whole maps (an operation writing into a PAD's
 * interior or a concatenation's slice keeps its shape) with inputs of its shape.
 */
export function reshapesDeeper(op: InternalOp): boolean {
  const like = op.elementwiseLike || op.type === 'MemoryCopy';
  if (op.hw !== 'elementwise' && !like) return false;
  const o = op.ofm.shape;
  return shallow(o) && wholeMap(op.ifm) && wholeMap(op.ifm2) && wholeMap(op.ofm) && inputsAlike(op, o);
}

/** Vela reshapes shallow elementwise operations (depth < 8) toward depth 16 so no lanes idle. */
export function reshapeShallowElementwise(op: InternalOp): void {
  if (!reshapesDeeper(op) || op.keepsShape) return;
  const o = op.ofm.shape;
  const deeper = increaseDepth(o.h * o.w * o.c);
  const view = (s: Shape3): Shape3 => (s.h * s.w * s.c === 1 ? s : deeper);
  // The maps keep their own shape and layout (a 4x756x1 int32 map in bricks still takes 16 channels); they are
  // stored linear where their readers' and writers' views then differ (linearWhereViewsDiffer).
  op.shallowShape = o;
  op.ofm = { ...op.ofm, shape: view(o) };
  op.ifm = { ...op.ifm, shape: view(op.ifm.shape) };
  if (op.ifm2) op.ifm2 = { ...op.ifm2, shape: view(op.ifm2.shape) };
}
