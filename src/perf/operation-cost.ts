// The cost of one internal operation in its memories: compute, feature map and weight traffic, weight
// buffering as Vela plans it, LUT and weight DMA.
import type { TargetProfile } from '../targets/types.js';
import type { Arch, Memory, Shape3 } from './arch.js';
import { requiredInput, upscaleRounding, type BlockConfig } from './block-u55.js';
import type { Stripe } from './cascade.js';
import { accessCycles, elementAccess, elementBytes, extraIfmBytes, measureCycles, type PerfQuery } from './cycles.js';
import { PerfLimitError } from './lower/index.js';
import { formatOf } from './memory-plan.js';
import { storedShape, transposedShape, type InternalOp, type Kernel, type WeightInfo } from './ops.js';
import { Channel, floatCycles, memToMemCycles, minReadCycles } from './transfer.js';
import type { TransposePass } from './transpose-passes.js';
import { planWeightBuffering, type BufferingPlan, type FutureOp } from './weight-buffering.js';
import { u85WeightFormat } from './weight-format.js';
import { blockConfig } from './block-config.js';
import { type AreaKey, AREA_KEY, type Traffic, emptyTraffic } from './traffic.js';
import { defaultSizes, sizedFromSample, slicedEncoding, slicedScaleBytes } from './weight-sizes.js';

/** Bytes one pass of a decomposed U55/U65 transpose reads and writes (linear in and out), on its own block config. */
function passBytes(
  arch: Arch,
  q: PerfQuery,
  pass: TransposePass,
  from: Memory,
  to: Memory,
): { read: number; write: number } {
  const shape = (d: readonly number[]): Shape3 => ({ h: d[0], w: d[1], c: d[2] });
  const op: InternalOp = {
    ...q.op,
    ifm: { ...q.op.ifm, shape: shape(pass.from) },
    ofm: { ...q.op.ofm, shape: shape(pass.to) },
  };
  const pq: PerfQuery = { ...q, op, cfg: blockConfig(arch, op), ifmMem: from, ofmMem: to };
  const bytes = elementBytes(pq, elementAccess(pq));
  return { read: bytes.ifmRead[0], write: bytes.ofmWrite };
}

/**
 * A U55/U65 transpose pass (one 3D axis swap; a transpose of several is an operation per pass, through intermediate
 * maps): it moves the tensor viewed in its own 3D shape, the write's bursts following the swapped shape, and is
 * bound by its memory when that takes longer than the move. Its NPU and op cycles, and the cycles each memory's
 * accesses take.
 */
function transposePassCost(
  arch: Arch,
  q: PerfQuery,
  pass: TransposePass,
  from: Memory,
  to: Memory,
): { npuCycles: number; opCycles: number; access: Map<Memory, number> } {
  const moved = passBytes(arch, q, pass, from, to);
  const read = floatCycles(moved.read, from.bandwidth) + from.readLatency;
  const write = floatCycles(moved.write, to.bandwidth) + to.writeLatency;
  const npuCycles = Math.max(read, write);
  const access = new Map<Memory, number>();
  const addAc = (m: Memory, n: number) => access.set(m, (access.get(m) ?? 0) + floatCycles(n, m.bandwidth));
  addAc(from, moved.read);
  addAc(to, moved.write);
  const passAccess =
    from === to
      ? floatCycles(moved.read + moved.write, from.bandwidth)
      : Math.max(floatCycles(moved.read, from.bandwidth), floatCycles(moved.write, to.bandwidth));
  return { npuCycles, opCycles: Math.max(npuCycles, passAccess, ...access.values()), access };
}

/**
 * A number per object, for cache keys: block configs (shared through blockCache) and the arch's memories are
 * the same objects wherever they are equal.
 */
const objectIds = new WeakMap<object, number>();

let nextObjectId = 0;

export function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextObjectId++));
  return id;
}

export interface OpCost {
  op: InternalOp;
  npuCycles: number;
  opCycles: number;
  macs: number;
  access: Record<AreaKey, number>;
  weightBufferBytes: number;
  time: number;
  /**
   * The operation's own encoded weight bytes (its block config's, or its slices'): regor encodes shared weights
   * for each operation, and stores each encoding that comes out different.
   */
  ownWeightBytes?: number;
  /** Its scale records' bytes: weights buffered in depth slices carry each slice's records padded on their own. */
  ownScaleBytes?: number;
  /** The block config its weights were encoded for: regor encodes shared weights anew for another. */
  weightConfig?: BlockConfig;
}

/** Sizes a layer's weights for its block config (sets encodedBytes and scaleBytes). */
export type SizeWeights = (w: WeightInfo, cfg: BlockConfig, ifmBits: number, kernel: Kernel) => void;

export interface PerfOptions {
  /**
   * Weight values per tensor the exact encoder runs on: larger tensors are sized from evenly spread OFM
   * blocks encoded exactly (src/perf/weights/sampled.ts). Infinity encodes every value.
   */
  weightSampleValues?: number;
}

/**
 * The operation as regor's sliced estimate (EstimateSlicedOpPerformance, which the weight buffering decides on)
 * sees one with a transpose fused into it that moves the depth: the OFM stripe's height and width are the transposed
 * map's, its depth the operation's own (the only depth slice such an operation has). A convolution writing
 * [64, 8, 64] as [64, 64, 8] is estimated as [64, 64, 64], 8 times its work. The same operation otherwise.
 */
export function slicedEstimateShape(op: InternalOp): InternalOp {
  const t = op.fusedTranspose;
  if (!t || t.length !== 4 || t[3] === 'C') return op;
  const shape = { ...transposedShape(op.ofm.shape, t), c: op.ofm.shape.c };
  return { ...op, ofm: { ...op.ofm, shape } };
}

/**
 * The operation reading only the input its output needs (regor's GetStripeInputRequirement, which the buffering
 * test sizes its IFM reads by): a strided kernel that does not reach the input's last columns or rows reads less
 * than the whole map (a 3x1 stride-2 convolution over 16 columns needs 15). A strided read (see FmRef.extent) steps
 * through its area: the kernel's stride times the read's, within the area (one output column of a 1-wide kernel
 * over a column-strided slice reads one column of it, not the slice's two). A PAD folded into the operation pads
 * nothing it reads (a 3x5 convolution over two columns padded to five reads the two).
 */
export function readingRequiredInput(op: InternalOp): InternalOp {
  const k = op.kernel;
  const rounding = upscaleRounding(op.upscale, op.upscaleZeros);
  const need = (out: number, stride: number, size: number, dilation: number) =>
    requiredInput(out, stride, (size - 1) * dilation + 1, op.upscale, rounding);
  const s = op.ifm.shape;
  const e = op.ifm.extent;
  const step = (e && op.ifm.step) || { h: 1, w: 1 };
  // Within the map as stored: a zero PAD folded into the operation is its kernel's padding, not input to read.
  const area = storedShape(op.ifm);
  // With a transpose fused into the operation, regor asks for the input of its OFM connection, the transposed map:
  // a 3x1 convolution writing [64, 9] as [9, 64] needs 11 rows (and every column).
  const o = op.fusedTranspose ? transposedShape(op.ofm.shape, op.fusedTranspose) : op.ofm.shape;
  const h = Math.min(area.h, need(o.h, k.strideY * step.h, k.h, k.dilationY));
  const w = Math.min(area.w, need(o.w, k.strideX * step.w, k.w, k.dilationX));
  if (h === area.h && w === area.w) return op;
  if (!e) return { ...op, ifm: { ...op.ifm, shape: { ...s, h, w } } };
  const shape = { ...s, h: Math.min(s.h, Math.ceil(h / step.h)), w: Math.min(s.w, Math.ceil(w / step.w)) };
  return { ...op, ifm: { ...op.ifm, shape, extent: { ...e, h, w } } };
}

/**
 * One stripe of a cascaded operation (its OFM rows, the IFM rows they read) and how many run: regor estimates a
 * cascaded operation on one stripe and multiplies (EstimateSlicedOpPerformance; a short last stripe counts as a
 * fraction).
 */
export function stripeRun(op: InternalOp, stripe: Stripe): { op: InternalOp; repeats: number } {
  return {
    op: {
      ...op,
      ifm: { ...op.ifm, shape: { ...op.ifm.shape, h: Math.min(stripe.ifmH, op.ifm.shape.h) } },
      ofm: { ...op.ofm, shape: { ...op.ofm.shape, h: stripe.h } },
    },
    repeats: Math.max(1, op.ofm.shape.h / stripe.h),
  };
}

/** The NPU's internal LUT memory as Vela models it: 1 byte per cycle, no latency. */
const LUT_MEMORY: Memory = {
  area: 'Sram',
  bandwidth: 1,
  readLatency: 0,
  writeLatency: 0,
  burstLength: 1,
  maxReads: 1000,
  maxWrites: 1000,
  portsUsed: 1,
};

export interface OperationCost {
  cost: OpCost;
  traffic: Record<AreaKey, Traffic>;
  /** Cycles the next operation can hide a transfer under (computed when asked: most operations never ask). */
  slack: () => number;
  /** Weight-buffer bytes already in use during the previous step. */
  prebufferBytes: number;
  /** Of the buffers, the one the last slice is copied into (0 when nothing is buffered). */
  lastPartBytes: number;
  /** The weights are buffered whole, in one OFM-depth slice. */
  wholeBuffer: boolean;
}

/**
 * The weight buffering Vela would plan for one operation (weight-buffering.ts), measured on the reference
 * schedule `refQuery`; repeated operations (LSTM steps) reuse the plan of their first occurrence.
 */
export function bufferingPlan(
  arch: Arch,
  op: InternalOp,
  cfg: BlockConfig,
  w: WeightInfo,
  refQuery: PerfQuery,
  refetches: number,
  slackBefore: number,
  prevWasNpu: boolean,
  time: number,
  plans: Map<string, BufferingPlan | null>,
  stagingFree: number,
  stripe: Stripe | undefined,
  sharedWithNeighbour: boolean,
  rangeBytes: (slices: readonly number[]) => number[] | undefined,
  /** The staging free at the previous operation (undefined for the first of an NPU graph). */
  prevFree?: number,
  future?: () => FutureOp | undefined,
  /** Only data-layout operations (copies, transposes) write the IFM: regor does not weigh moving it. */
  ifmLaidOut = false,
): BufferingPlan | null {
  const npu = arch.npu;
  // regor weighs staging the IFM instead when another operation wrote it, a CPU operator too (not a graph input,
  // a cascade's own buffer, or what only data-layout operations wrote: regor's IsDataLayout(producers[0]), where an
  // operation writing into a concatenation in place comes before its copies).
  const graphInput = op.ifm.buffer.isInput && op.ifm.buffer.external;
  const movable = !graphInput && !op.ifm.buffer.constant && (!stripe || stripe.first) && !ifmLaidOut;
  const f = movable ? future?.() : undefined;
  const futureKey = f ? `${f.opRun}/${f.ifmRead}/${f.weightRead}/${f.ifmBytes}` : '-';
  // Everything the plan depends on: the block config stands for the shapes, kernel and IFM bits.
  const key = [
    w.key,
    w.encodedBytes,
    w.scaleBytes,
    objectId(cfg),
    op.type,
    op.ofm.bits,
    op.activation,
    op.lutBytes,
    op.chained?.length ?? 0,
    op.chainLinkBits ?? 0,
    op.chainLinkLinear ? 1 : 0,
    refQuery.ifmMem.area,
    refQuery.ifm2Mem?.area ?? '-',
    refQuery.ofmMem.area,
    refQuery.ifmFormat,
    refQuery.ifm2Format,
    refQuery.ofmFormat,
    (refQuery.extraIfms ?? []).map((x) => `${x.mem.area}:${x.bytes}`).join(','),
    refQuery.sparse ? 1 : 0,
    stripe ? `${stripe.h}/${stripe.first}` : '-',
    slackBefore,
    prevWasNpu,
    time === 0,
    stagingFree,
    sharedWithNeighbour,
    movable ? 1 : 0,
    prevFree ?? -1,
    futureKey,
  ].join('|');
  const known = plans.get(key);
  if (known !== undefined) return known;
  const depth = op.ofm.shape.c;
  // In a cascade regor measures one stripe (its OFM rows, the IFM rows they read) and multiplies by the stripes
  // (EstimateSlicedOpPerformance), with the IFM read from staging when it is the cascade's rolling buffer: the
  // reference run and weight read, the IFM read, and the buffered run.
  const oneStripe = stripe ? stripeRun(op, stripe) : undefined;
  // Sized by the input the output needs, as regor's sliced estimate sizes it (GetStripeInputRequirement).
  const required = readingRequiredInput(oneStripe?.op ?? op);
  const striped = slicedEstimateShape(required);
  const repeats = oneStripe?.repeats ?? 1;
  const ofmCosted = striped !== required;
  const base: PerfQuery = stripe
    ? { ...refQuery, op: striped, ifmMem: stripe.first ? refQuery.ifmMem : arch.stagingMem }
    : { ...refQuery, op: striped, ofmCosted };
  const stripeAccess = stripe ? elementAccess(base) : undefined;
  // One OFM-depth slice of the operation on the reference schedule, its weights read from staging.
  const runs = new Map<number, number>();
  const runAt = (d: number, first: boolean, last: boolean): number => {
    const runKey = d * 4 + (first ? 2 : 0) + (last ? 1 : 0);
    const seen = runs.get(runKey);
    if (seen !== undefined) return seen;
    // Every slice reads the whole IFM depth, as in Vela (depthwise too).
    const ofm = { ...striped.ofm, shape: { ...striped.ofm.shape, c: d } };
    const share = d / depth;
    const cycles = measureCycles({
      ...base,
      op: { ...striped, ofm },
      weightStagingMem: arch.stagingMem,
      encodedWeightSize: Math.round((w.encodedBytes * share) / 16) * 16,
      encodedScaleSize: Math.round((w.scaleBytes * share) / 16) * 16,
      firstWeightDmaSize: 0,
      scheduling: { first, last },
    }).cycles;
    runs.set(runKey, cycles);
    return cycles;
  };
  const ifmBytes = Math.ceil((elementAccess(base).ifmRead[0] * op.ifm.bits) / 8);
  const wholeRun = stripe ? readingRequiredInput(op) : striped;
  /** IFM bytes a run in OFM-depth slices reads (every slice reads the IFM). */
  const slicedIfmBytes = (slices: readonly number[]): number => {
    if (slices.length <= 2) return ifmBytes;
    let bytes = 0;
    for (let k = 0; k + 1 < slices.length; k++) {
      const ofm = { ...op.ofm, shape: { ...op.ofm.shape, c: slices[k + 1] - slices[k] } };
      bytes += Math.ceil((elementAccess({ ...refQuery, op: { ...wholeRun, ofm } }).ifmRead[0] * op.ifm.bits) / 8);
    }
    return bytes;
  };
  const plan = namingOperation(op, () =>
    planWeightBuffering({
      npu,
      constMem: arch.constMem,
      stagingMem: arch.stagingMem,
      bufferLimit: Math.max(0, Math.min(stagingFree, 2 ** 30)),
      fullBytes: w.encodedBytes + w.scaleBytes,
      depth,
      blockDepth: Math.max(cfg.ofmBlock.c, 1),
      minDepth: npu.kind === 'u85' ? Math.max(16, cfg.ofmUBlock.c) : 16,
      refetches,
      refRun: Math.trunc(repeats * measureCycles({ ...base, ifmMem: refQuery.ifmMem }).cycles),
      refWeightRead: stripeAccess
        ? Math.trunc(
            repeats *
              minReadCycles(npu, arch.constMem, w.encodedBytes + w.scaleBytes, Channel.Weight) *
              stripeAccess.weightsRefetch,
          )
        : undefined,
      stripes: stripeAccess ? { repeats, fetches: stripeAccess.weightsRefetch } : undefined,
      ifmRead: Math.trunc(repeats * minReadCycles(npu, base.ifmMem, ifmBytes, Channel.Ifm)),
      slicedIfmRead: (slices) => minReadCycles(npu, refQuery.ifmMem, slicedIfmBytes(slices), Channel.Ifm),
      movableIfm: movable
        ? {
            // The input the output needs (regor's sliced estimate sizes the IFM by it): a strided convolution's
            // last row and column may go unread.
            bytes: Math.ceil((striped.ifm.shape.h * striped.ifm.shape.w * striped.ifm.shape.c * op.ifm.bits) / 8),
            stagedRead: (slices) =>
              Math.trunc(repeats * minReadCycles(npu, arch.stagingMem, slicedIfmBytes(slices), Channel.Ifm)),
          }
        : undefined,
      runAt,
      prebufferRun: (d) =>
        measureCycles({
          ...refQuery,
          op: { ...op, ofm: { ...op.ofm, shape: { ...op.ofm.shape, c: d } } },
          weightStagingMem: arch.stagingMem,
          scheduling: { first: true, last: false },
        }).cycles,
      prevSlack: slackBefore,
      prevSlackMemory: prevFree === undefined ? undefined : Math.max(0, Math.min(prevFree, 2 ** 30)),
      prevIsNpu: prevWasNpu,
      first: time === 0,
      cascade: stripe ? { stripes: Math.ceil(op.ofm.shape.h / stripe.h), first: stripe.first } : undefined,
      unsliceable: !!op.fusedTranspose,
      sharedWithNeighbour,
      rangeBytes,
      future: () => f,
    }),
  );
  plans.set(key, plan);
  return plan;
}

/** Runs `f`, naming the operation in a limit it reaches (the TFLite operator it lowers and its own kind). */
function namingOperation<T>(op: InternalOp, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PerfLimitError)
      throw new PerfLimitError(`operator ${op.sourceIndex} (${op.type}): ${e.message}`, e.code);
    throw e;
  }
}

/**
 * An operation's cost query with its maps in the given memories and no weights sized yet (the caller sets the
 * encoded sizes and the rest).
 */
export function baseQuery(
  arch: Arch,
  op: InternalOp,
  cfg: BlockConfig,
  ifmMem: Memory,
  ifm2Mem: Memory | undefined,
  ofmMem: Memory,
): PerfQuery {
  return {
    op,
    cfg,
    npu: arch.npu,
    ifmMem,
    ifm2Mem,
    ofmMem,
    ifmFormat: formatOf(op.ifm.buffer),
    ifm2Format: op.ifm2 ? formatOf(op.ifm2.buffer) : 'NHWC',
    ofmFormat: formatOf(op.ofm.buffer),
    constMem: op.weights ? arch.constMem : undefined,
    chainLinkMem: op.chained?.length ? arch.arenaMem : undefined,
    encodedWeightSize: 0,
    encodedScaleSize: 0,
    firstWeightDmaSize: 0,
  };
}

export function costOperation(
  arch: Arch,
  target: TargetProfile,
  op: InternalOp,
  memOf: (key: string, constant: boolean) => Memory,
  prevSlackOf: () => number,
  prevWasNpu: boolean,
  time: number,
  sizeWeights: SizeWeights,
  plans: Map<string, BufferingPlan | null>,
  /** Weights up to this many values are encoded exactly (see PerfOptions.weightSampleValues). */
  sampleValues: number,
  /** In a cascade: the stripe its block config is chosen for. */
  stripe: Stripe | undefined,
  /** Staging bytes free for a weight buffer at this step. */
  stagingFree: number,
  /** The neighbouring operation reads the same weights (see planWeightBuffering). */
  sharedWeights: boolean,
  /** The staging free at the previous operation (undefined for the first of an NPU graph). */
  prevFree: number | undefined,
  /** The first operation reading this one's output, on the reference schedule. */
  future: () => FutureOp | undefined,
  /** Only data-layout operations write the IFM (see bufferingPlan). */
  ifmLaidOut: boolean,
): OperationCost {
  const npu = arch.npu;
  let cfg = blockConfig(arch, op, false, stripe);
  const ifmMem = memOf(op.ifm.buffer.key, op.ifm.buffer.constant);
  const ifm2Mem = op.ifm2 ? memOf(op.ifm2.buffer.key, op.ifm2.buffer.constant) : undefined;
  const ofmMem = memOf(op.ofm.buffer.key, false);
  const w = op.weights;
  const q = baseQuery(arch, op, cfg, ifmMem, ifm2Mem, ofmMem);
  // U85 convolutions and fully connected layers may take their weights in the Sparse2_4 format (its own block
  // config, half the MAC work) or the Fast format, decided once, when the weights are first sized. The choice
  // reads the default stream's size and statistics: for weights the sizing samples, the sample's prediction.
  const otherFormats = !!w && npu.kind === 'u85' && (op.hw === 'conv' || (op.hw === 'vector' && !op.ifm2));
  if (w && otherFormats && !w.sized && w.source) {
    const sparseCfg = blockConfig(arch, op, true, stripe);
    // regor chooses the format before it places the feature maps: every map in permanent storage.
    const formatQuery: PerfQuery =
      arch.arenaMem !== arch.stagingMem
        ? { ...q, ifmMem: arch.arenaMem, ifm2Mem: op.ifm2 ? arch.arenaMem : undefined, ofmMem: arch.arenaMem }
        : q;
    // Weights the sizing samples: their default format is sized (and cached) by sizeWeights below.
    const large = sizedFromSample(w.source.count, sampleValues);
    const choice = u85WeightFormat({
      macs: npu.macs,
      cores: npu.cores,
      weights: w,
      ifmBits: op.ifm.bits,
      stride: [op.kernel.strideY, op.kernel.strideX],
      dilation: [op.kernel.dilationY, op.kernel.dilationX],
      dense: { cfg, opCycles: measureCycles(formatQuery).cycles },
      sparse: { cfg: sparseCfg, opCycles: measureCycles({ ...formatQuery, cfg: sparseCfg, sparse: true }).cycles },
      allowFast: true,
      constMem: arch.constMem,
      // The default format as the sizing gives it (exact or sampled), shared with the sizing and futureOf.
      defaultStream: () => {
        const sizes = defaultSizes(target, w, cfg, op.ifm.bits, op.kernel, npu.cores, sampleValues);
        return sizes.stats && { weightBytes: sizes.weightBytes, scaleBytes: sizes.scaleBytes, stats: sizes.stats };
      },
    });
    if (choice && !(large && choice.format === 'default')) {
      w.encodedBytes = choice.weightBytes;
      w.scaleBytes = choice.scaleBytes;
      w.sized = true;
      w.sparse = choice.format === 'sparse';
      w.fast = choice.format === 'fast';
    }
  }
  if (otherFormats && w?.sparse) {
    cfg = blockConfig(arch, op, true, stripe);
    q.cfg = cfg;
    q.sparse = true;
  }
  // The operation's own encoding of its weights: the record's, unless another operation sized shared weights
  // for another block config (or this one slices them, below).
  let ownWeightBytes: number | undefined;
  let ownScaleBytes: number | undefined;
  if (w) {
    const sizedFor = w.sizedFor;
    sizeWeights(w, cfg, op.ifm.bits, op.kernel);
    q.encodedWeightSize = w.encodedBytes;
    q.encodedScaleSize = w.scaleBytes;
    if (sizedFor === undefined) w.sizedFor = cfg;
    ownWeightBytes =
      sizedFor === undefined || sizedFor === cfg || !w.source || w.fast || w.sparse
        ? w.encodedBytes
        : defaultSizes(target, w, cfg, op.ifm.bits, op.kernel, npu.cores, sampleValues).weightBytes;
  }
  if (op.extraIfms?.length) {
    q.extraIfms = op.extraIfms.map((fm) => {
      const mem = memOf(fm.buffer.key, fm.buffer.constant);
      return { mem, bytes: extraIfmBytes(q, fm, mem, formatOf(fm.buffer)) };
    });
  }
  const base = measureCycles(q);
  const refetches = elementAccess(q).weightsRefetch;
  // Vela plans buffering on its reference schedule, where every feature map is still in permanent storage (the
  // fast-storage allocator moves them into the staging memory later), and the slack it hides transfers under
  // is measured there too.
  const separateArena = arch.arenaMem !== arch.stagingMem;
  const refQuery: PerfQuery = separateArena
    ? { ...q, ifmMem: arch.arenaMem, ifm2Mem: op.ifm2 ? arch.arenaMem : undefined, ofmMem: arch.arenaMem }
    : { ...q };
  let refCycles: number | undefined;
  // A U55/U65 transpose pass is costed by its moves (see transposePassCost), in the reference run too: the slack it
  // leaves the next operation is its cycles there (a pass of 160 bytes in DRAM reads in 8-byte bursts of 128).
  const pass = op.hw === 'transpose' ? op.transposePasses?.[0] : undefined;
  const refRun = (): number =>
    (refCycles ??= pass
      ? transposePassCost(arch, refQuery, pass, refQuery.ifmMem, refQuery.ofmMem).npuCycles
      : separateArena
        ? measureCycles(refQuery).cycles
        : base.cycles);
  // regor's buffering test reads the reference run in the chosen weight format (a sparse operation's MAC work
  // halved), but the slack an unbuffered operation leaves the next one is its reference op cycles, measured in the
  // default format.
  let denseRef: number | undefined;
  const refRunDefault = q.sparse ? () => (denseRef ??= measureCycles({ ...refQuery, sparse: false }).cycles) : refRun;
  let prevCycles: number | undefined;
  const prevSlack = (): number => (prevCycles ??= prevSlackOf());

  // Weight buffering: copy the weights into the staging memory when reading them there is faster.
  const fullBytes = w ? w.encodedBytes + w.scaleBytes : 0;
  const plan =
    w && arch.constMem !== arch.stagingMem && arch.constMem.area !== arch.stagingMem.area
      ? bufferingPlan(
          arch,
          op,
          cfg,
          w,
          refQuery,
          refetches,
          prevWasNpu ? prevSlack() : 0,
          prevWasNpu,
          time,
          plans,
          stagingFree,
          stripe,
          sharedWeights,
          (slices) => slicedEncoding(target, w, cfg, op.ifm.bits, op.kernel, slices, sampleValues)?.rangeSizes,
          prevFree,
          future,
          ifmLaidOut,
        )
      : null;
  const buffered = plan !== null;
  if (plan && plan.slices.length > 2 && w) {
    // Weights buffered in OFM-depth slices are encoded per slice (each slice's streams padded on their own).
    const sliced = slicedEncoding(target, w, cfg, op.ifm.bits, op.kernel, plan.slices, sampleValues);
    if (sliced) {
      const bytes = sliced.weightBytes;
      w.slicedBytes = bytes;
      // Sized from samples (a tensor encoded whole may be sized per slice from them).
      if (!sliced.exact) w.sampled = true;
      q.encodedWeightSize = bytes;
      ownWeightBytes = bytes;
    }
  }
  if (plan) {
    q.weightStagingMem = arch.stagingMem;
    // The first slice is copied before the operation only when it is prebuffered (regor's firstWeightDMASize).
    q.firstWeightDmaSize = plan.prebufferBytes > 0 ? plan.firstBytes : 0;
    // Weights buffered in depth slices are encoded per slice, each slice's scale records padded on their own.
    if (plan.slices.length > 2) q.encodedScaleSize = ownScaleBytes = slicedScaleBytes(arch, cfg, plan.slices);
  }
  const cycles = buffered ? measureCycles(q) : base;
  const access = elementAccess(q);
  const bytes = elementBytes(q, access);
  const ac = accessCycles(q, bytes);

  let npuCycles = cycles.cycles;
  // What the next operation can hide a weight copy under: this one's cycles on the reference schedule.
  const slack = plan ? () => plan.ownSlack : refRunDefault;
  if (plan) {
    const dma = Math.max(memToMemCycles(npu, arch.stagingMem, arch.constMem, plan.firstBytes) - prevSlack(), 0);
    npuCycles = Math.max(plan.fullTransfer - prevSlack() + plan.ownSlack, cycles.cycles + dma);
  }
  let lutCycles = 0;
  if (op.lutBytes > 0 && !op.lutInActivation) {
    lutCycles = memToMemCycles(npu, LUT_MEMORY, arch.constMem, op.lutBytes);
    if (!buffered) lutCycles = Math.max(lutCycles - prevSlack(), 0);
  }
  npuCycles += lutCycles;

  let passOpCycles = 0;
  if (pass) {
    const cost = transposePassCost(arch, q, pass, ifmMem, ofmMem);
    ac.clear();
    for (const [m, c] of cost.access) ac.set(m, c);
    npuCycles = cost.npuCycles;
    passOpCycles = cost.opCycles;
  }
  const accessBy: Record<AreaKey, number> = { sram: 0, dram: 0, onChipFlash: 0, offChipFlash: 0 };
  for (const [m, c] of ac) accessBy[AREA_KEY[m.area]] = Math.max(accessBy[AREA_KEY[m.area]], c);
  const opCycles = Math.max(npuCycles, ...Object.values(accessBy), passOpCycles);

  const tr = emptyTraffic();
  const k = (m: Memory) => AREA_KEY[m.area];
  tr[k(ifmMem)].read += bytes.ifmRead[0];
  if (op.ifm2 && ifm2Mem) tr[k(ifm2Mem)].read += bytes.ifmRead[1];
  tr[k(ofmMem)].write += bytes.ofmWrite;
  for (const x of q.extraIfms ?? []) tr[k(x.mem)].read += x.bytes;
  if (w) {
    const wm = buffered ? arch.stagingMem : arch.constMem;
    tr[k(wm)].read += bytes.weightRead + bytes.scaleRead;
    if (buffered) {
      tr[k(arch.constMem)].read += fullBytes;
      tr[k(arch.stagingMem)].write += fullBytes;
    }
  }
  if (op.lutBytes && !op.lutInActivation) tr[k(arch.constMem)].read += op.lutBytes;
  for (const area of Object.keys(accessBy) as AreaKey[]) tr[area].cycles += accessBy[area];

  return {
    cost: {
      op,
      npuCycles,
      opCycles,
      macs: cycles.macs,
      access: accessBy,
      weightBufferBytes: plan ? plan.bufferBytes : 0,
      time,
      ...(ownWeightBytes !== undefined ? { ownWeightBytes } : {}),
      ...(ownScaleBytes !== undefined ? { ownScaleBytes } : {}),
      ...(w ? { weightConfig: cfg } : {}),
    },
    traffic: tr,
    slack,
    prebufferBytes: plan ? plan.prebufferBytes : 0,
    lastPartBytes: !plan
      ? 0
      : plan.secondBytes && (plan.slices.length - 2) % 2 === 1
        ? plan.secondBytes
        : plan.bufferBytes - plan.secondBytes,
    wholeBuffer: !!plan && plan.slices.length === 2,
  };
}
