// Cascades when feature maps spill (Dedicated_Sram), as Vela 5.1.0's scheduler builds them.
//
// With a staging memory apart from the arena, Vela first gives every operation the smallest stripe the next
// one can consume (its stride in rows) and chains consecutive operations into cascades: a chain grows while
// the next operation's whole IFM and OFM would not fit the staging limit together and the rolling buffers
// between the chained operations still do. Each cascade then gets the tallest final stripe, searched upwards
// from the smallest, whose rolling buffers (with the weight buffers its operations chose on the smallest
// stripes) fit without splitting the cascade. This matters for the estimate in three ways: a cascaded
// operation's block config is chosen for its stripe (short blocks refetch the weights per block row), its
// output is never moved into the staging memory, and the rolling buffers take staging space while the
// cascade runs (the cascade's operations share one time step).
import { isOneToOne, sameShapeAndType, type InternalOp } from './ops.js';
import { allocationBytes } from './memory-plan.js';
import { requiredInput, upscaleRounding } from './block-u55.js';

export interface Stripe {
  /** OFM rows per stripe. */
  h: number;
  /** IFM rows one stripe reads. */
  ifmH: number;
  /** The operation starts its cascade. */
  first: boolean;
}

export interface Cascade {
  /** First and last step (inclusive) of the cascade. */
  start: number;
  end: number;
  /** Staging bytes of its rolling buffers. */
  bytes: number;
  /** Staging bytes of the rolling buffer into each step after the first (0 when it shares the one before). */
  buffers: number[];
}

export interface CascadePlan {
  cascades: Cascade[];
  /** Stripe of each cascaded step. */
  stripes: Map<number, Stripe>;
  /** Rolling buffer bytes of the IFM of each mid-cascade step. */
  rolling: Map<number, number>;
  /** The weight buffer each cascaded step keeps from the MIN schedule (counted in its cascade's bytes). */
  weightBuffers: Map<number, number>;
}

/** The NPU operation of each step (undefined for CPU operators). */
type Steps = readonly (InternalOp | undefined)[];

const roundAway = (x: number, n: number): number => Math.ceil(x / n) * n;

/** Stripe heights tried per cascade at most (each proposal rebuilds the cascade's chain). */
const MAX_STRIPE_PROPOSALS = 2048;

/**
 * Input rows a stripe of `h` output rows reads (regor's GetStripeInputRequirement: RequiredInputSize with an
 * upscale's rounding row, clamped to the IFM; all of it unstriped).
 */
function stripeInputRows(op: InternalOp, h: number): number {
  if (h >= op.ofm.shape.h) return op.ifm.shape.h;
  const k = op.kernel;
  const border = (k.h - 1) * k.dilationY + 1;
  const rounding = upscaleRounding(op.upscale, op.upscaleZeros);
  return Math.min(op.ifm.shape.h, requiredInput(h, k.strideY, border, op.upscale, rounding));
}

/**
 * Striping is along H only, for convolutions, pooling and elementwise operations outside a U85 chain that write
 * their output untransposed (regor's CanSubdivide).
 */
function canStripe(op: InternalOp): boolean {
  if (op.chained?.length || op.type === 'Transpose' || op.fusedTranspose) return false;
  return (
    op.hw === 'conv' ||
    op.hw === 'depthwise' ||
    op.hw === 'pool' ||
    op.hw === 'elementwise' ||
    op.hw === 'reducesum' ||
    op.hw === 'vector'
  );
}

function cascadable(op: InternalOp, stripeH: number): boolean {
  if (op.ifm.buffer.constant || !canStripe(op) || stripeH >= op.ofm.shape.h) return false;
  // regor cascades by its own operation type: a standalone activation, LUT, quantization or cast run as a pooling
  // keeps its type (Relu, LUT, Sigmoid, Quantize...), which is neither a convolution, a pooling nor elementwise;
  // nor is a copy (a slice's, a concatenation's, a PAD's).
  if (op.elementwiseLike || op.type === 'MemoryCopy') return false;
  if (op.hw === 'conv' || op.hw === 'depthwise') return op.upscale === 1;
  return op.hw === 'elementwise' || op.hw === 'pool';
}

interface RollingBuffer {
  rows: number;
  w: number;
  c: number;
  bytes: number;
}

/**
 * Plans the cascades of one subgraph's steps for a staging memory of `limit` bytes. `chainsToNext[t]` says
 * step t's OFM is read by step t + 1 alone (no other operation, CPU or NPU), in full and in the block layout.
 */
export function planSpillingCascades(
  steps: Steps,
  chainsToNext: readonly boolean[],
  limit: number,
  weightBuffer?: (t: number, stripe: Stripe, prevStripe: Stripe | undefined, free: number) => number,
  /** Step t's encoded weights (and scales) in the block config of a stripe (see the re-striping below). */
  weightBytes?: (t: number, stripe: Stripe) => number,
  /** Size every proposal's buffers for its own stripes (with every weight encoded), not only the chosen one's. */
  exactBuffers = false,
): CascadePlan {
  const n = steps.length;
  // The MIN schedule: each operation's stripe is the next step's row stride.
  const minStripe = new Array<number>(n).fill(0);
  for (let t = n - 1; t >= 0; t--) {
    const op = steps[t];
    if (!op) continue;
    const next = steps[t + 1];
    let h = t + 1 < n ? (next ? next.kernel.strideY : 1) : 1;
    if (!canStripe(op)) h = op.ofm.shape.h;
    minStripe[t] = roundAway(h, op.upscale);
  }
  const fullIfm = (op: InternalOp) => allocationBytes(op.ifm.buffer);
  const fullOfm = (op: InternalOp) => allocationBytes(op.ofm.buffer);
  // Staging an operation would need uncascaded: its IFM, and its OFM unless it can overwrite the IFM.
  const uncascaded = (op: InternalOp) => fullIfm(op) + (isOneToOne(op) && reusesIfm(op) ? 0 : fullOfm(op));

  const rollingBuffer = (prod: InternalOp, prodH: number, cons: InternalOp, consH: number): RollingBuffer => {
    const ifmH = stripeInputRows(cons, consH);
    const rows = roundAway(prodH + ifmH, ifmH);
    const c = roundAway(prod.ofm.shape.c, 16);
    // The map's own width (a fused padding is not stored).
    const w = cons.shallowShape ? cons.ifm.shape.w : cons.ifm.buffer.shape.w;
    return { rows, w, c, bytes: (rows * w * c * prod.ofm.bits) / 8 };
  };

  /** Set when a build ended a cascade because its buffers no longer fit (see the re-striping below). */
  let budgetBroke = false;
  /**
   * BuildCascades over steps from..to (inclusive) with the given stripes; `weights[t]` is step t's weight buffer,
   * counted with the rolling buffers.
   */
  const build = (
    from: number,
    to: number,
    stripeOf: (t: number) => number,
    weights?: Map<number, number>,
  ): Cascade[] => {
    const out: Cascade[] = [];
    let t = from;
    while (t <= to) {
      const op = steps[t];
      if (!op || !cascadable(op, stripeOf(t))) {
        t++;
        continue;
      }
      let producer = t;
      let buffers = weights?.get(t) ?? 0;
      const each: number[] = [];
      let prev: RollingBuffer | undefined;
      for (;;) {
        const c = producer + 1;
        const cons = steps[c];
        const prod = steps[producer]!;
        if (c > to || !cons || !chainsToNext[producer] || !cascadable(cons, stripeOf(c))) break;
        const buf = rollingBuffer(prod, stripeOf(producer), cons, stripeOf(c));
        // A one-to-one producer writes its stripes over its own rolling IFM buffer when the two are alike.
        const bytes = overwritesIfm(prod, prev, buf) ? 0 : buf.bytes;
        const weightBytes = weights?.get(c) ?? 0;
        // Cascade until an operation fits in full, or the buffers no longer fit.
        if (uncascaded(cons) < limit) break;
        if (buffers + bytes + weightBytes > limit) {
          budgetBroke = true;
          break;
        }
        buffers += bytes + weightBytes;
        each.push(bytes);
        prev = buf;
        producer = c;
      }
      const best = producer;
      if (best > t) {
        out.push({ start: t, end: best, bytes: buffers, buffers: each });
        t = best + 1;
      } else t++;
    }
    return out;
  };

  /** Memory of a proposal: a cascade's rolling buffers, an operation outside one its whole IFM and OFM. */
  const memoryOf = (proposal: Cascade[], from: number, to: number): number => {
    let mem = 0;
    let t = from;
    for (const c of proposal) {
      for (; t < c.start; t++) mem = Math.max(mem, standalone(steps[t]!));
      mem = Math.max(mem, c.bytes);
      t = c.end + 1;
    }
    for (; t <= to; t++) mem = Math.max(mem, standalone(steps[t]!));
    return mem;
  };
  /** The kept buffers of a proposal sized by the weights as encoded for its stripes. */
  const sizedFor = (weights: Map<number, number>, stripeOf: (t: number) => number): Map<number, number> => {
    const kept = new Map<number, number>();
    for (const t of weights.keys()) {
      const op = steps[t]!;
      const h = stripeOf(t);
      kept.set(t, weightBytes!(t, { h: Math.min(h, op.ofm.shape.h), ifmH: stripeInputRows(op, h), first: false }));
    }
    return kept;
  };
  /** The proposal built with the MIN stripe's buffer sizes, when its own sizes cannot change it (see above). */
  const looseProposal = (
    first: Cascade,
    weights: Map<number, number>,
    stripeOf: (t: number) => number,
  ): Cascade[] | undefined => {
    budgetBroke = false;
    const proposal = build(first.start, first.end, stripeOf, weights);
    if (budgetBroke) return undefined;
    let growth = 0;
    for (const bytes of weights.values()) growth += 3 * bytes;
    return memoryOf(proposal, first.start, first.end) + growth <= limit ? proposal : undefined;
  };
  const cascades: Cascade[] = [];
  const stripes = new Map<number, Stripe>();
  const weightBuffers = new Map<number, number>();
  for (const first of build(0, n - 1, (t) => minStripe[t])) {
    // The weight buffers the proposals keep: regor buffers the MIN schedule's operations first, and a striped
    // operation keeps its whole weights in one buffer where that buffering chose a single one.
    let weights: Map<number, number> | undefined;
    if (weightBuffer) {
      weights = new Map();
      const minStripeOf = (t: number): Stripe => {
        const op = steps[t]!;
        const h = minStripe[t];
        return { h: Math.min(h, op.ofm.shape.h), ifmH: stripeInputRows(op, h), first: t === first.start };
      };
      // The cascade's operations share a time step: a buffer taken is not free for the next one.
      let taken = 0;
      for (let t = first.start; t <= first.end; t++) {
        const prev = t > first.start ? minStripeOf(t - 1) : undefined;
        const bytes = weightBuffer(t, minStripeOf(t), prev, limit - first.bytes - taken);
        if (bytes > 0) weights.set(t, bytes);
        taken += bytes;
      }
    }
    // Re-stripe: the tallest final stripe (from one above the MIN stripe to half the OFM) whose cascades still
    // fit, stopping at the first that does not or that splits the cascade further.
    const last = steps[first.end]!;
    const maxH = Math.floor((last.ofm.shape.h + 1) / 2);
    let best: { stripes: number[]; cascades: Cascade[]; weights?: Map<number, number> } | undefined;
    let maxCount = 0;
    let proposals = 0;
    for (let h = roundAway(minStripe[first.end] + 1, last.upscale); h <= maxH; h += last.upscale) {
      // Real networks stop within a few hundred rows; a hostile model's millions of rows stop here.
      if (++proposals > MAX_STRIPE_PROPOSALS) break;
      const s = new Array<number>(first.end - first.start + 1);
      let stripe = h;
      for (let t = first.end; t >= first.start; t--) {
        const op = steps[t]!;
        stripe = canStripe(op) ? roundAway(stripe, op.upscale) : op.ofm.shape.h;
        s[t - first.start] = stripe;
        stripe = Math.floor(stripe / op.upscale) * op.kernel.strideY;
      }
      const stripeOf = (t: number) => s[t - first.start];
      // A proposal's striped operations keep the MIN schedule's single buffers, each the size of the weights as
      // encoded for the proposal's own stripe (regor's ProposeScheduleStriping: a new cost per stripe, its block
      // config and encoding, the buffer sized by that encoding). Encoding for every proposal's block configs costs
      // some models a tenth of their check, so the default sizing first builds the proposal with the MIN stripe's
      // sizes: when no cascade was cut for its buffers and it fits with room for every kept buffer to grow
      // fourfold, its own sizes cannot change it, and are taken for the chosen proposal alone (below).
      let proposal: Cascade[] | undefined;
      let kept = weights;
      if (weights?.size && weightBytes) {
        proposal = exactBuffers ? undefined : looseProposal(first, weights, stripeOf);
        if (!proposal) kept = sizedFor(weights, stripeOf);
      }
      proposal ??= build(first.start, first.end, stripeOf, kept);
      if (maxCount === 0) maxCount = proposal.length;
      if (memoryOf(proposal, first.start, first.end) > limit || proposal.length > maxCount) break;
      best = { stripes: s, cascades: proposal, weights: kept };
      if (proposal.length === 0) break;
    }
    // The chosen proposal's buffers as encoded for its stripes, when it was built with the MIN stripe's sizes.
    if (best && weights?.size && weightBytes && best.weights === weights) {
      const chosenStripes = best.stripes;
      const stripeOf = (t: number) => chosenStripes[t - first.start];
      const kept = sizedFor(weights, stripeOf);
      best = { stripes: chosenStripes, cascades: build(first.start, first.end, stripeOf, kept), weights: kept };
    }
    const chosen = best ?? {
      stripes: Array.from({ length: first.end - first.start + 1 }, (_, i) => minStripe[first.start + i]),
      cascades: [first],
    };
    for (const c of chosen.cascades) {
      cascades.push(c);
      for (let t = c.start; t <= c.end; t++) {
        // A proposal keeps the buffers; the MIN-stripe fallback has none.
        const kept = best?.weights?.get(t);
        if (kept) weightBuffers.set(t, kept);
        const op = steps[t]!;
        const h = chosen.stripes[t - first.start];
        stripes.set(t, {
          h: Math.min(h, op.ofm.shape.h),
          ifmH: stripeInputRows(op, h),
          first: t === c.start,
        });
      }
    }
  }
  const rolling = new Map<number, number>();
  for (const c of cascades) c.buffers.forEach((bytes, i) => rolling.set(c.start + 1 + i, bytes));
  return { cascades, stripes, rolling, weightBuffers };

  function standalone(op: InternalOp): number {
    return fullIfm(op) + fullOfm(op) + (op.ifm2 && !op.ifm2.buffer.constant ? allocationBytes(op.ifm2.buffer) : 0);
  }
}

/** Whether a one-to-one producer's OFM rolling buffer can take over its IFM's (the two are alike). */
function overwritesIfm(prod: InternalOp, into: RollingBuffer | undefined, out: RollingBuffer): boolean {
  return (
    into !== undefined &&
    isOneToOne(prod) &&
    reusesIfm(prod) &&
    into.rows === out.rows &&
    into.w === out.w &&
    into.c === out.c &&
    into.bytes === out.bytes
  );
}

/**
 * The OFM can take over the IFM's allocation (a graph input's is kept): regor's CanReuseCascadeRollingBuffer asks
 * for maps of one shape, element type and size, not one layout (an ADD writing a graph output of 128 channels
 * stores as many bytes as its brick IFM).
 */
function reusesIfm(op: InternalOp): boolean {
  const ifm = op.ifm.buffer;
  const ofm = op.ofm.buffer;
  return sameShapeAndType(ifm, ofm) && allocationBytes(ifm) === allocationBytes(ofm) && !ifm.external;
}
