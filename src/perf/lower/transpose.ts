// Transposes and batch copies: U55/U65 as chains of hardware passes, U85 fused into the writer where it can be.
import type { Operator } from '../../graph/types.js';
import type { Shape3 } from '../arch.js';
import type { FmRef, InternalOp } from '../ops.js';
import { transposePasses, type TransposePass } from '../transpose-passes.js';
import {
  toShape3,
  RESHAPES,
  type Ctx,
  bufferKey,
  writerOf,
  tempFm,
  push,
  constantInts,
  elementsOfShape,
  sameQuantization,
  sameShape,
} from './context.js';
import { reshapesDeeper, soleProducer } from './elementwise.js';

/**
 * A U55/U65 transpose: one operation carrying its passes (3D axis swaps; one in the output's orientation when
 * there are none), reading and writing linear layouts (regor requires NHWC for both).
 */
export function pushU55Transpose(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef, passes: TransposePass[]): void {
  ifm.buffer.linear = true;
  ofm.buffer.linear = true;
  if (passes.length <= 1) {
    push(ctx, op, 'Transpose', 'transpose', ifm, ofm, { transposePasses: passes });
    return;
  }
  // Each pass is an operation of its own, through an intermediate map the allocation places like any other.
  let from = ifm;
  passes.forEach((pass, i) => {
    const to = i === passes.length - 1 ? ofm : tempFm(ctx, toShape3(pass.to), ofm.bits);
    to.buffer.linear = true;
    push(ctx, op, 'Transpose', 'transpose', from, to, { transposePasses: [pass] });
    from = to;
  });
}

/** regor's names of the 3D axis swaps (H<->W, W<->C, H<->C), by the swapped pair. */
const SWAP_TYPE: Record<string, string> = { '0,1': 'NWHC', '1,2': 'NHCW', '0,2': 'NCWH' };

/**
 * A U85 transpose: one operation when its permutation moves only the three innermost axes of a tensor whose
 * leading axes are 1 (any such permutation is native); otherwise Vela's decomposition into 3D axis swaps, each
 * its own operation through intermediate maps. Unit axes stay: regor's RearrangeTranspose, which would drop them,
 * returns early on both families (its capability query always answers native), so a [1, 32, 33, 8, 2] map
 * takes eight swaps, two of them moving the leading 1. `writer` is the TFLite operator whose output it writes
 * (`op`, whose name the operations carry, unless transposes were merged).
 */
export function pushU85Transpose(
  ctx: Ctx,
  op: Operator,
  ifm: FmRef,
  ofm: FmRef,
  shape: readonly number[],
  perm: readonly number[],
  writer: Operator = op,
): void {
  const n = shape.length;
  const lead = Math.max(0, n - 3);
  const native = n === perm.length && shape.slice(0, lead).every((d, i) => d === 1 && perm[i] === i);
  if (native) {
    const transpose = u85TransposeType(perm);
    // In the orientation of the shape it transposes (a reshape after it may fold the axes another way).
    const out: FmRef = { ...ofm, shape: toShape3(perm.map((a) => shape[a])) };
    if (transpose && !mergesWithNextTranspose(ctx, writer) && fuseTranspose(ctx, op, out, toShape3(shape), transpose))
      return;
    push(ctx, op, 'Transpose', 'pool', { ...ifm, shape: toShape3(shape) }, out, transpose ? { transpose } : {});
    return;
  }
  const passes = transposePasses(shape, perm);
  if (passes.length <= 1) {
    const transpose = u85TransposeType(perm.length <= 4 ? perm : undefined);
    push(ctx, op, 'Transpose', 'pool', ifm, ofm, transpose ? { transpose } : {});
    return;
  }
  let from: FmRef = ifm;
  passes.forEach((pass, i) => {
    const last = i === passes.length - 1;
    const to = last ? ofm : tempFm(ctx, toShape3(pass.to), ofm.bits);
    const transpose = SWAP_TYPE[[...pass.swap].sort().join(',')];
    push(
      ctx,
      op,
      'Transpose',
      'pool',
      { ...from, shape: toShape3(pass.from) },
      { ...to, shape: toShape3(pass.to) },
      {
        transpose,
      },
    );
    from = to;
  });
}

const LAYOUT_OPS = new Set(['RESHAPE', 'SQUEEZE', 'EXPAND_DIMS', 'TRANSPOSE']);

/**
 * True when a reshape or transpose writes the tensor (Vela never moves a slice into those), but for a reshape to the
 * very shape it reads, of a map nothing else reads (the graph optimiser removes it, and the write moves into the
 * operation before).
 */
export function viaLayoutOp(ctx: Ctx, tensorIndex: number): boolean {
  const writer = writerOf(ctx, tensorIndex);
  if (!writer || !LAYOUT_OPS.has(writer.type)) return false;
  if (writer.type === 'TRANSPOSE') return true;
  // (Only when the reshape alone reads its input: a map read apart too keeps its copy.)
  const input = writer.inputs[0] ?? -1;
  if ((ctx.readers.get(input) ?? 0) !== 1 || ctx.sg.outputs.includes(input)) return true;
  const from = ctx.sg.tensors[input]?.shape;
  const to = ctx.sg.tensors[tensorIndex]?.shape;
  return !from || !to || from.join('x') !== to.join('x');
}

/** Most copies Vela's batch decomposition is modelled as separate operations (beyond that, one folded op). */
export const MAX_DECOMPOSED_BATCH = 256;

/** A copy of a batched tensor runs once per batch on the HxWxC slice, as Vela decomposes it. */
export function pushPerBatch(ctx: Ctx, op: Operator, src: FmRef, dst: FmRef, batch: number): void {
  if (batch <= 1 || batch > MAX_DECOMPOSED_BATCH || src.shape.h % batch !== 0 || dst.shape.h % batch !== 0) {
    push(ctx, op, 'MemoryCopy', 'pool', src, dst);
    return;
  }
  const one = (s: Shape3): Shape3 => ({ h: s.h / batch, w: s.w, c: s.c });
  for (let n = 0; n < batch; n++) {
    push(ctx, op, 'MemoryCopy', 'pool', { ...src, shape: one(src.shape) }, { ...dst, shape: one(dst.shape) });
  }
}

/** Output orders an elementwise operation can write (regor's SupportsFusedTranspose); others take any. */
const ELEMENTWISE_FUSED_TRANSPOSES = new Set(['NHCW', 'NCHW']);

/**
 * Folds a U85 TRANSPOSE (`ofm`: its output in the transposed orientation) into the operation that produces its
 * input, which then writes its OFM in that order
 * (regor packs it into the producer's operation group: CanPack and EthosU85OpGroup::Fuse). The producer writes
 * the whole map in the order the transpose reads it, for no one else, and is not a DMA, resize or transpose; an
 * elementwise producer takes only the orders that keep W innermost but one; the transpose does not rescale.
 */
function fuseTranspose(ctx: Ctx, op: Operator, ofm: FmRef, inShape: Shape3, transpose: string): boolean {
  const inT = op.inputs[0] ?? -1;
  const prev = soleProducer(ctx, op);
  if (!prev) return false;
  if (prev.hw === 'resize' || prev.hw === 'dma' || prev.hw === 'transpose' || prev.type === 'Transpose') return false;
  if (prev.fusedTranspose || (prev.hw === 'elementwise' && !ELEMENTWISE_FUSED_TRANSPOSES.has(transpose))) return false;
  // A shallow map's elementwise operation is reshaped deeper first, and no longer writes what the transpose reads.
  if (reshapesDeeper(prev)) return false;
  const link = prev.ofm.buffer;
  if (link.isOutput || link.external || ofm.buffer.isOutput || ofm.buffer.external) return false;
  // Written whole, in the shape the transpose reads (a reshape between them keeps them apart).
  if (!sameShape(prev.ofm.shape, inShape) || elementsOfShape(prev.ofm.shape) !== link.elements) return false;
  if (!sameQuantization(ctx, inT, op.outputs[0] ?? -1)) return false;
  if (!!ofm.buffer.persistent !== !!link.persistent) return false;
  ctx.buffers.delete(link.key);
  if (prev.type === 'MemoryCopy' && prev.activation === 'none') {
    // A plain copy (a slice) that writes in the transpose's order is the transpose itself, reading the slice:
    // regor costs it in the transposed output's shape, its block searched as a copy's (GTCRN's
    // slice-then-transpose pairs on U85).
    prev.type = 'Transpose';
    prev.blockAs = 'MemoryCopy';
    prev.transpose = transpose;
    prev.ofm = ofm;
    return true;
  }
  prev.ofm = { ...ofm, shape: prev.ofm.shape };
  prev.fusedTranspose = transpose;
  prev.fusedTransposeSource = op.index;
  return true;
}

/**
 * Whether regor merges two NPU TRANSPOSEs in a row (`MergeTransposes`): the second reads the first's output, which
 * nothing else reads and no subgraph output is, and both permutations are known and of one rank.
 */
function mergeablePair(ctx: Ctx, first: Operator, second: Operator): boolean {
  if (first.type !== 'TRANSPOSE' || second.type !== 'TRANSPOSE') return false;
  // regor rewrites one that moves only unit axes into an identity first (RewriteIdentityTranspose): no pair.
  if (isIdentityTranspose(ctx, first) || isIdentityTranspose(ctx, second)) return false;
  if (!ctx.npu.has(first.index) || !ctx.npu.has(second.index)) return false;
  const link = first.outputs[0] ?? -1;
  if (second.inputs[0] !== link || (ctx.readers.get(link) ?? 0) !== 1 || ctx.sg.outputs.includes(link)) return false;
  const a = transposePerm(ctx, first.inputs[1] ?? -1);
  const b = transposePerm(ctx, second.inputs[1] ?? -1);
  return !!a && !!b && a.length === b.length;
}

/**
 * Whether a TRANSPOSE's output goes only to another NPU TRANSPOSE it merges with: regor merges the two before it
 * fuses a transpose into the operation before it, so the pair is fused, or dropped, as one.
 */
function mergesWithNextTranspose(ctx: Ctx, op: Operator): boolean {
  const out = op.outputs[0] ?? -1;
  const next = ctx.sg.operators.find((o) => o.type === 'TRANSPOSE' && o.inputs[0] === out);
  return !!next && mergeablePair(ctx, op, next);
}

/**
 * When a TRANSPOSE's input comes straight from another NPU TRANSPOSE that nothing else reads, drops that one's
 * operations and returns it with the two permutations composed: regor merges the pair into the first.
 */
export function mergeWithPreviousTranspose(ctx: Ctx, op: Operator): { op: Operator; perm: number[] } | undefined {
  const input = op.inputs[0] ?? -1;
  const prev = writerOf(ctx, input);
  if (!prev || !mergeablePair(ctx, prev, op)) return undefined;
  // A chain of three or more merges in turn: the previous one may already run as a merged pair.
  const earlier = ctx.mergedTransposes?.get(prev.index);
  const owner = earlier?.op ?? prev;
  const first = earlier?.perm ?? transposePerm(ctx, prev.inputs[1] ?? -1);
  const second = transposePerm(ctx, op.inputs[1] ?? -1);
  if (!first || !second || first.length !== second.length) return undefined;
  const lowered = (o: InternalOp) => o.sourceIndex === owner.index && o.subgraph === ctx.sg.index;
  if (!ctx.ops.some(lowered)) return undefined;
  ctx.ops = ctx.ops.filter((o) => !lowered(o));
  ctx.buffers.delete(bufferKey(ctx, input));
  // Output axis i of the pair is input axis first[second[i]].
  const merged = { op: owner, perm: second.map((a) => first[a]) };
  (ctx.mergedTransposes ??= new Map()).set(op.index, merged);
  return merged;
}

/**
 * A transpose whose input a reshape writes that only adds or drops unit axes (and nothing else reads) runs on
 * the reshape's input instead, its permutation carried over to the non-unit axes and the unit axes left in
 * place (regor's CanonicaliseReshapeTransposePattern).
 */
export function transposeBeforeReshape(
  ctx: Ctx,
  transpose: Operator,
  shape: readonly number[],
  perm: readonly number[],
): { shape: number[]; perm: number[] } {
  const input = transpose.inputs[0] ?? -1;
  const reshape = writerOf(ctx, input);
  const unchanged = { shape: [...shape], perm: [...perm] };
  if (!reshape || !RESHAPES.has(reshape.type) || (ctx.readers.get(input) ?? 0) !== 1) return unchanged;
  const pre = ctx.sg.tensors[reshape.inputs[0] ?? -1]?.shape;
  if (!pre || perm.length !== shape.length) return unchanged;
  const squeeze = (d: readonly number[]) => d.filter((x) => x !== 1).join('x');
  if (squeeze(pre) !== squeeze(shape)) return unchanged;
  // The k-th non-unit axis of the reshaped shape is the k-th non-unit axis of the input.
  const preAxes = pre.map((d, i) => (d !== 1 ? i : -1)).filter((i) => i >= 0);
  const nonUnit: number[] = [];
  let count = 0;
  for (const d of shape) nonUnit.push(d !== 1 ? count++ : -1);
  const moved = perm.filter((a) => nonUnit[a] >= 0).map((a) => preAxes[nonUnit[a]]);
  let k = 0;
  return { shape: [...pre], perm: pre.map((d, i) => (d === 1 ? i : moved[k++])) };
}

/**
 * A TRANSPOSE that moves only unit axes, keeping the others in order: regor rewrites it into an identity
 * (RewriteIdentityTranspose), removed as a reshape is.
 */
export function isIdentityTranspose(ctx: Ctx, op: Operator): boolean {
  if (op.type !== 'TRANSPOSE') return false;
  const perm = transposePerm(ctx, op.inputs[1] ?? -1);
  const shape = ctx.sg.tensors[op.inputs[0] ?? -1]?.shape;
  return !!perm && !!shape && isNoOpPermute(shape, perm);
}

/** The permutation keeps the non-unit axes of `shape` in order (regor's IsNoOpPermuteForShape). */
export function isNoOpPermute(shape: readonly number[], perm: readonly number[]): boolean {
  if (perm.length !== shape.length) return false;
  let last = 0;
  for (const axis of perm) {
    if (shape[axis] === 1) continue;
    if (axis < last) return false;
    last = axis;
  }
  return true;
}

/** A TRANSPOSE's constant permutation (output axis i = input axis perm[i]), or undefined when unreadable. */
export function transposePerm(ctx: Ctx, permTensor: number): number[] | undefined {
  return constantInts(ctx, permTensor, true);
}

/**
 * The transpose as the U85 names it: the input axis at each output position of NHWC (NWCH: output H is input
 * W, W is C, C is H), the permutation padded to 4D with leading axes; undefined beyond 4D.
 */
export function u85TransposeType(perm: readonly number[] | undefined): string | undefined {
  if (!perm || perm.length > 4) return undefined;
  const pad = 4 - perm.length;
  const full = [...Array.from({ length: pad }, (_, i) => i), ...perm.map((a) => a + pad)];
  return full.map((a) => 'NHWC'[a] ?? '?').join('');
}
