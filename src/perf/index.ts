// Performance estimation per target, after Vela 5.1.0: lower NPU operators into internal
// operations, place feature maps in memories, cost each operation (compute, memory access,
// weight and LUT DMA), and sum per TFLite operator and per network. Here: the network and its subgraphs
// (schedule, cascades, memory placement); one operation's cost is in operation-cost.ts, weight sizes in
// weight-sizes.ts, block configs in block-config.ts, the lowering in lower/.
import type { Model } from '../graph/types.js';
import type { LayerPerf, MemoryTraffic, OperatorResult, PerfResult, PerfSummary } from '../report/types.js';
import type { TargetProfile } from '../targets/types.js';
import { archFor, type Arch, type Memory, type Shape3 } from './arch.js';
import { planSpillingCascades, type CascadePlan, type Stripe } from './cascade.js';
import { elementAccess, measureCycles } from './cycles.js';
import {
  clearGeneratedKernels,
  cpuBuffer,
  cpuReadBuffer,
  hasBoolIo,
  type LoweredGraph,
  type OfmBlockOf,
} from './lower/index.js';
import { assignMemories, LiveRanges, peakUsage } from './memory-plan.js';
import { isOneToOne, sameStorage, UNIT_KERNEL, type FmRef, type InternalOp } from './ops.js';
import { sharedLowering } from './shared-lowering.js';
import { Interner, SignatureMemo } from './signature-memo.js';
import { Channel, minReadCycles } from './transfer.js';
import { futureMatters, type BufferingPlan, type FutureOp } from './weight-buffering.js';
import { blockConfig, clearBlockConfigs, findBlockConfig } from './block-config.js';
import type { BlockConfig } from './block-u55.js';
import {
  objectId,
  type OpCost,
  type SizeWeights,
  type PerfOptions,
  readingRequiredInput,
  slicedEstimateShape,
  stripeRun,
  type OperationCost,
  bufferingPlan,
  baseQuery,
  costOperation,
} from './operation-cost.js';
import { type AreaKey, AREA_KEY, type Traffic, emptyTraffic, addTraffic } from './traffic.js';
import { encodeFor, defaultSizes } from './weight-sizes.js';
import { readOnlyBytes } from './read-only.js';
import { withVelaShapes } from './vela-shapes.js';

export type { PerfOptions } from './operation-cost.js';

/**
 * Forgets what the estimator keeps across models for the life of the process (block configs by query, the
 * kernels the lowering generates and their encodings): results are the same either way; a benchmark calls it
 * so that no model is timed on work an earlier one did.
 */
export function clearEstimatorCaches(): void {
  clearBlockConfigs();
  clearGeneratedKernels();
}

/**
 * Default sample: large enough for a fraction of a percent on the corpus, small enough for milliseconds.
 * Against the exact encoder (corpus x 9 targets): encoded weights median 0.0% / p90 0.3%, total cycles p90
 * 0.08%, and the same fidelity to Vela as 4096; 2048 doubles the weights p90 (U85 to 4.5% against Vela).
 */
export const DEFAULT_WEIGHT_SAMPLE_VALUES = 3072;

/** Estimates cycles, memory traffic and memory use of the NPU part of `model` on `target`. */
export function estimatePerformance(
  source: Model,
  target: TargetProfile,
  operators: readonly OperatorResult[],
  options: PerfOptions = {},
): PerfResult {
  const model = withVelaShapes(source);
  const arch = archFor(target);
  const sampleValues = options.weightSampleValues ?? DEFAULT_WEIGHT_SAMPLE_VALUES;
  const sizeWeights: SizeWeights = (w, cfg, ifmBits, kernel) =>
    encodeFor(target, w, cfg, ifmBits, kernel, arch.npu.cores, sampleValues);
  // The OFM block of an operation's 1x1 version, for the decompositions that split by it (see OfmBlockOf).
  const ofmBlockOf: OfmBlockOf = (q) =>
    findBlockConfig(arch, {
      hw: q.hw,
      type: q.type,
      ifmShape: q.ifm,
      ofmShape: q.ofm,
      ifmBits: q.ifmBits,
      kernel: UNIT_KERNEL,
      scaled: true,
      lutBytes: 0,
      upscale: 1,
      ofmBrick: false,
    }).ofmBlock;
  const blocks = { config: `${arch.npu.kind}/${arch.npu.macs}/${arch.npu.cores}`, ofmBlockOf };
  const npuBySubgraph = new Map<number, Set<number>>();
  for (const o of operators) {
    if (o.placement !== 'NPU') continue;
    let set = npuBySubgraph.get(o.subgraph);
    if (!set) npuBySubgraph.set(o.subgraph, (set = new Set()));
    set.add(o.index);
  }
  const costs: OpCost[] = [];
  const memUse = { sram: 0, dram: 0, onChipFlash: 0, offChipFlash: 0 };
  const traffic = emptyTraffic();

  for (const sg of model.subgraphs) {
    const npuOps = npuBySubgraph.get(sg.index) ?? new Set<number>();
    if (npuOps.size === 0 && !(target.family === 'u85' && hasBoolIo(model, sg))) continue;
    const graph = sharedLowering(model, sg, npuOps, target.family, arch.npu.cores, blocks);
    costSubgraph(model, target, sg.index, graph, arch, costs, memUse, traffic, sizeWeights, sampleValues);
  }

  // Weight totals count each weight tensor once; read-only memory holds every constant the operations read.
  let originalWeights = 0;
  let encodedWeights = 0;
  const seen = new Set<string>();
  let sampledWeights = false;
  for (const c of costs) {
    const w = c.op.weights;
    if (w && !seen.has(w.key)) {
      seen.add(w.key);
      if (w.sampled) sampledWeights = true;
      originalWeights += w.originalBytes;
      encodedWeights += w.slicedBytes ?? w.encodedBytes;
    }
  }
  if (costs.length > 0) memUse[AREA_KEY[arch.constMem.area]] += readOnlyBytes(model, costs);

  const layers = new Map<number, LayerPerf>();
  let npuCycles = 0;
  let totalCycles = 0;
  let macs = 0;
  for (const c of costs) {
    npuCycles += c.npuCycles;
    totalCycles += c.opCycles;
    macs += c.macs;
    // One layer per TFLite operator (boundary conversions have a negative index).
    const key = c.op.subgraph * 2 ** 32 + c.op.sourceIndex;
    let l = layers.get(key);
    if (!l) {
      const tflite = model.subgraphs[c.op.subgraph]?.operators[c.op.sourceIndex];
      l = {
        subgraph: c.op.subgraph,
        operatorIndex: c.op.sourceIndex,
        type: tflite?.type ?? c.op.type,
        cycles: 0,
        npuCycles: 0,
        macs: 0,
        macUtilisation: 0,
        accessCycles: { sram: 0, dram: 0, onChipFlash: 0, offChipFlash: 0 },
        memoryBound: false,
      };
      layers.set(key, l);
    }
    l.cycles += c.opCycles;
    l.npuCycles += c.npuCycles;
    l.macs += c.macs;
    const a = l.accessCycles;
    a.sram += c.access.sram;
    a.dram += c.access.dram;
    a.onChipFlash += c.access.onChipFlash;
    a.offChipFlash += c.access.offChipFlash;
  }
  for (const l of layers.values()) {
    l.macUtilisation = l.cycles > 0 ? Math.min(1, l.macs / (l.cycles * target.macs)) : 0;
    l.memoryBound = l.cycles > l.npuCycles;
  }

  const cpuOperators = operators
    .filter((o) => o.placement === 'CPU')
    .map((o) => ({ subgraph: o.subgraph, operatorIndex: o.index, type: o.type, macs: o.macs }));

  const clock = arch.coreClockHz > 0 ? arch.coreClockHz : 1;
  const seconds = totalCycles / clock;
  const mem = (k: AreaKey): MemoryTraffic => ({
    readBytes: traffic[k].read,
    writeBytes: traffic[k].write,
    accessCycles: traffic[k].cycles,
  });
  const summary: PerfSummary = {
    npuCycles,
    totalCycles,
    inferenceTimeMs: seconds * 1000,
    inferencesPerSecond: seconds > 0 ? 1 / seconds : 0,
    macs,
    sramUsedBytes: memUse.sram,
    dramUsedBytes: memUse.dram,
    onChipFlashUsedBytes: memUse.onChipFlash,
    offChipFlashUsedBytes: memUse.offChipFlash,
    weightsOriginalBytes: originalWeights,
    weightsEncodedBytes: encodedWeights,
    weightsSizing: sampledWeights ? 'sampled' : 'exact',
    memory: {
      sram: mem('sram'),
      dram: mem('dram'),
      onChipFlash: mem('onChipFlash'),
      offChipFlash: mem('offChipFlash'),
    },
  };
  // In file order (the costs come in Vela's execution order).
  const byOperator = [...layers.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l);
  return { summary, layers: byOperator, cpuOperators };
}

function costSubgraph(
  model: Model,
  target: TargetProfile,
  sgIndex: number,
  graph: LoweredGraph,
  arch: Arch,
  costs: OpCost[],
  memUse: Record<AreaKey, number>,
  traffic: Record<AreaKey, Traffic>,
  sizeWeights: SizeWeights,
  sampleValues: number,
): void {
  const sg = model.subgraphs[sgIndex];
  // Timeline: Vela's order of the internal operations (a U85 chain is one step) and the CPU operators.
  const steps = graph.schedule.filter((e) => !('npu' in e) || !e.npu.chainedInto);
  // Dedicated_Sram: Vela's cascades (their stripes pick block configs; their operations share a time step).
  const spilling = arch.stagingMem !== arch.arenaMem && arch.stagingMem.area !== arch.arenaMem.area;
  const npuAt = (t: number) => (steps[t] as { npu: InternalOp }).npu;
  /** The slack each step leaves the next on the MIN schedule (a buffered operation's last stripe). */
  const minSlack = new Map<number, number>();
  // Maps whose first producer is a data-layout operation (regor's IsDataLayout test of producers[0]: copies,
  // transposes). regor lists a map's producers in execution order, except that an operation whose fused activation
  // writes in place into a PAD's interior or a concatenation's part comes last: the slice was moved onto the
  // activation, and packing it into the operation appends the operation to the map's producers (after a PAD's
  // border copies, which then decide: the operation reading the map does not weigh staging it). A standalone
  // activation (a HARD_SWISH's LUT) is packed into nothing: it keeps its place.
  const late = (o: InternalOp) => !!o.writesInPlace && o.activation !== 'none' && !o.elementwiseLike;
  const firstProducer = new Map<string, InternalOp>();
  for (const e of graph.schedule) {
    if (!('npu' in e)) continue;
    for (const o of [e.npu, ...(e.npu.chained ?? [])]) {
      const known = firstProducer.get(o.ofm.buffer.key);
      if (!known || (late(known) && !late(o))) firstProducer.set(o.ofm.buffer.key, o);
    }
  }
  const laidOut = new Set([...firstProducer].filter(([, o]) => DATA_LAYOUT.has(o.type)).map(([key]) => key));
  const plan = spilling
    ? cascadePlan(
        steps,
        model,
        sg,
        graph,
        arch.stagingLimit,
        (t, stripe, prevStripe, free) =>
          minStripeWeightBuffer(arch, target, steps, t, stripe, prevStripe, free, sampleValues, minSlack, laidOut),
        (t, stripe) => stripeWeights(arch, target, npuAt(t), stripe, sampleValues).bytes,
        sampleValues === Infinity,
      )
    : undefined;
  const timeOf = steps.map((_, t) => t);
  for (const c of plan?.cascades ?? []) for (let t = c.start; t <= c.end; t++) timeOf[t] = c.start;
  const live = new LiveRanges(steps.length);
  const npuBuffers = new Set<string>();
  const npuTouched = new Set<string>();
  for (const s of steps) if ('npu' in s) forEachFm(s.npu, (r) => npuTouched.add(r.buffer.key));
  steps.forEach((s, t) => {
    if ('npu' in s) {
      npuBuffers.add(s.npu.ofm.buffer.key);
      forEachFm(s.npu, (r) => live.use(r.buffer, timeOf[t]));
    } else {
      const op = sg.operators[s.cpu];
      for (const i of [...op.inputs, ...op.outputs]) {
        if (i < 0) continue;
        const b = op.inputs.includes(i) ? cpuReadBuffer(model, sg, graph, i) : cpuBuffer(model, sg, graph, i);
        if (!b) continue;
        b.linear = true;
        // A CPU operator's variable (state) tensor that no NPU operation touches persists outside the arena.
        if (sg.tensors[i]?.isVariable && !npuTouched.has(b.key)) continue;
        live.use(b, t);
      }
    }
  });
  live.finish();
  const cpuTimes: number[] = [];
  steps.forEach((s, t) => {
    if ('cpu' in s) cpuTimes.push(t);
  });
  // A cascade's feature maps stay in the arena, but those between its operations are rolling buffers in staging.
  const cascaded = new Set<string>();
  const rolling = new Map<number, number>();
  const keptAt = new Map<number, number>();
  for (const [t, bytes] of plan?.weightBuffers ?? []) keptAt.set(timeOf[t], (keptAt.get(timeOf[t]) ?? 0) + bytes);
  const rollingBytes = new Map<string, number>();
  const cascadeSteps = new Set<number>();
  for (const c of plan?.cascades ?? []) {
    for (let t = c.start; t <= c.end; t++) {
      cascaded.add(npuAt(t).ofm.buffer.key);
      cascadeSteps.add(t);
    }
  }
  for (const [t, bytes] of plan?.rolling ?? []) {
    rolling.set(timeOf[t], (rolling.get(timeOf[t]) ?? 0) + bytes);
    rollingBytes.set(npuAt(t).ifm.buffer.key, bytes);
  }
  // What keeping a map in staging is worth: the elements its writers and readers move (Vela's element access),
  // counted in one pass when first asked (only when maps compete for staging).
  let access: Map<string, number> | undefined;
  const accessOf = (key: string): number => {
    if (!access) {
      const counts = new Map<string, number>();
      const count = (k: string, n: number) => counts.set(k, (counts.get(k) ?? 0) + n);
      steps.forEach((s, t) => {
        if (!('npu' in s)) return;
        const op = s.npu;
        const arena = arch.arenaMem;
        const cfg = blockConfig(arch, op, false, plan?.stripes.get(t));
        const a = elementAccess(baseQuery(arch, op, cfg, arena, op.ifm2 ? arena : undefined, arena));
        count(op.ifm.buffer.key, a.ifmRead[0]);
        if (op.ifm2 && op.ifm2.buffer !== op.ifm.buffer) count(op.ifm2.buffer.key, a.ifmRead[1]);
        // A U85 operation with sub-operations (a chain, a fused activation, ReLU or LUT; a standalone LUT is an
        // operation of its own) counts no write: regor measures the first's output, which the next one takes (a
        // convolution with ReLU6 scored only its readers, and lost staging to a smaller map). Nor does one with a fused
        // activation that writes into a PAD's interior or a concatenation's part: regor moves that write onto the
        // activation, a sub-operation after packing.
        const subOps =
          !!op.chained?.length ||
          (arch.npu.kind === 'u85' && op.activation !== 'none' && !op.elementwiseLike) ||
          (op.activation !== 'none' && !!op.writesInPlace);
        if (!subOps) count(op.ofm.buffer.key, a.ofmWrite);
        // A chained operation's reads of other maps count (regor scores every consumer, sub-operations too), as
        // it measures them: the link from the operation before it is read in linear layout.
        const links = new Set([op.chainLinkKey, ...(op.chained ?? []).slice(0, -1).map((c) => c.ofm.buffer.key)]);
        for (const c of op.chained ?? []) {
          const q = baseQuery(arch, c, blockConfig(arch, c, false, plan?.stripes.get(t)), arena, arena, arena);
          if (links.has(c.ifm.buffer.key)) q.ifmFormat = 'NHWC';
          const ca = elementAccess(q);
          if (!links.has(c.ifm.buffer.key)) count(c.ifm.buffer.key, ca.ifmRead[0]);
          if (c.ifm2 && !links.has(c.ifm2.buffer.key) && c.ifm2.buffer !== c.ifm.buffer) {
            count(c.ifm2.buffer.key, ca.ifmRead[1]);
          }
        }
      });
      access = counts;
    }
    return access.get(key) ?? 0;
  };
  // Unrolled sequences (LSTM steps) repeat the same operation many times: plan its buffering once, and cost
  // an operation once for everything its cost depends on (costKey), and once more per slack it asked for.
  // (Shared by both costing passes below: an operation whose maps stay where they were is not costed again.)
  const plans = new Map<string, BufferingPlan | null>();
  const seen = new SignatureMemo<OperationCost | 'by-slack'>();
  const names = new Interner();
  // Maps that only elementwise operations read, chained ones included (regor's ElementwiseSanitizer moves those,
  // below).
  const elementwiseOnly = new Map<string, boolean>();
  for (const e of graph.schedule) {
    if (!('npu' in e)) continue;
    const elementwise = ELEMENTWISE_TYPES.has(e.npu.type);
    for (const r of [e.npu.ifm, e.npu.ifm2]) {
      if (r) elementwiseOnly.set(r.buffer.key, (elementwiseOnly.get(r.buffer.key) ?? true) && elementwise);
    }
  }
  // IFMs whose OFM takes over their allocation: one live range with it in the fast-storage allocation.
  const handedOver = ifmReuse(steps, model, sg, graph, cascadeSteps);
  const takenOverBy = new Map([...handedOver].map(([key, h]) => [key, h.by]));
  /** Feature maps placed by the fast-storage allocation, over `reserved` bytes of staging per half step. */
  const place = (reserved: Map<number, number>): Map<string, Memory> => {
    const where = assignMemories(arch, live, npuBuffers, accessOf, cpuTimes, cascaded, reserved, takenOverBy);
    // regor's ElementwiseSanitizer: an operation (not inside a cascade) that reads a map from outside staging
    // takes no other map from staging that only elementwise operations read; those go back to the arena.
    if (spilling) {
      steps.forEach((s, t) => {
        if (!('npu' in s) || timeOf[t] !== t) return;
        const inputs: string[] = [];
        forEachIfm(s.npu, (r) => {
          if (!r.buffer.constant && !inputs.includes(r.buffer.key)) inputs.push(r.buffer.key);
        });
        if (inputs.every((key) => where.get(key) === arch.stagingMem)) return;
        for (const key of inputs) {
          if (where.get(key) === arch.stagingMem && elementwiseOnly.get(key)) where.set(key, arch.arenaMem);
        }
      });
    }
    for (const [key, bytes] of rollingBytes) {
      where.set(key, arch.stagingMem);
      const r = live.ranges.get(key);
      if (r) r.bytes = bytes;
    }
    return where;
  };
  // The first later operation reading each step's output, and its figures on the reference schedule (every map in
  // the arena; in a cascade, one stripe's times the stripes), kept only when they can stop a buffering
  // (futureMatters).
  let firstReader: Map<number, number> | undefined;
  const futures = new Map<number, FutureOp | undefined>();
  const futureOf = (t: number): FutureOp | undefined => {
    if (!firstReader) {
      firstReader = new Map();
      // Every writer of a map has its first reader: an operation writing into a PAD's interior or a concatenation's
      // part reads as the map's consumer what reads the whole map (regor's consumers of its OFM tensor).
      const unread = new Map<string, number[]>();
      steps.forEach((s, u) => {
        if (!('npu' in s)) return;
        for (const r of [s.npu.ifm, s.npu.ifm2]) {
          const writers = r ? unread.get(r.buffer.key) : undefined;
          if (!writers) continue;
          for (const w of writers) if (!firstReader!.has(w)) firstReader!.set(w, u);
          unread.delete(r!.buffer.key);
        }
        const key = s.npu.ofm.buffer.key;
        const writers = unread.get(key);
        if (writers) writers.push(u);
        else unread.set(key, [u]);
      });
    }
    if (futures.has(t)) return futures.get(t);
    const u = firstReader.get(t);
    let f: FutureOp | undefined;
    const c = u === undefined ? undefined : npuAt(u);
    // Only one with weights can matter (see futureMatters), and only if it reads its IFM slowly against them.
    if (c?.weights) {
      const arena = arch.arenaMem;
      // In a cascade, regor's reference figures are one stripe's, times the stripes (EstimateSlicedOpPerformance):
      // its IFM is the stripe's rows, and it fetches its weights again for every stripe.
      const stripe = plan?.stripes.get(u!);
      const striped = stripe ? stripeRun(c, stripe) : undefined;
      // Its IFM is the input its output needs (GetStripeInputRequirement), as for the operation's own figures.
      // Its shapes as regor's sliced estimate takes them (see slicedEstimateShape).
      const required = readingRequiredInput(striped?.op ?? c);
      const run = slicedEstimateShape(required);
      const repeats = striped?.repeats ?? 1;
      const cfg = blockConfig(arch, c, false, stripe);
      const q = { ...baseQuery(arch, run, cfg, arena, c.ifm2 ? arena : undefined, arena), ofmCosted: run !== required };
      // Weights not sized yet are read at their default format's size (sized here, the format would be settled
      // too early).
      const cw = c.weights;
      const encoded =
        cw.sized || !cw.source
          ? cw.encodedBytes
          : defaultSizes(target, cw, cfg, c.ifm.bits, c.kernel, arch.npu.cores, sampleValues).weightBytes;
      q.encodedWeightSize = encoded;
      q.encodedScaleSize = cw.scaleBytes;
      const acc = elementAccess(q);
      const weightBytes = encoded + cw.scaleBytes;
      const weightRead = Math.trunc(
        repeats * minReadCycles(arch.npu, arch.constMem, weightBytes, Channel.Weight) * acc.weightsRefetch,
      );
      const ifmRead = Math.trunc(
        repeats * minReadCycles(arch.npu, arena, Math.ceil((acc.ifmRead[0] * c.ifm.bits) / 8), Channel.Ifm),
      );
      if (weightRead > 0 && ifmRead / weightRead > 2) {
        const candidate = {
          opRun: Math.trunc(repeats * measureCycles(q).cycles),
          ifmRead,
          weightRead,
          ifmBytes: Math.ceil((run.ifm.shape.h * run.ifm.shape.w * c.ifm.shape.c * c.ifm.bits) / 8),
        };
        if (futureMatters(candidate)) f = candidate;
      }
    }
    futures.set(t, f);
    return f;
  };
  /** Costs every step with the maps where `where` puts them. */
  const costSteps = (where: Map<string, Memory>) => {
    const memOf = (key: string, constant: boolean): Memory =>
      constant ? arch.constMem : (where.get(key) ?? arch.arenaMem);
    const stepCosts: OpCost[] = [];
    const stepTraffic = emptyTraffic();
    const weightBuffers = new Map<number, number>();
    /**
     * The weight buffers in half steps, as regor's live ranges hold them: the SRAM peak counts them, and the
     * fast-storage allocation places the maps beside them (see assignMemories).
     */
    const peakBuffers = new Map<number, number>();
    const take = (m: Map<number, number>, t: number, bytes: number) => m.set(t, (m.get(t) ?? 0) + bytes);
    let prevSlack: () => number = () => 0;
    let prevWasNpu = false;
    // The staging the previous operation's buffering saw free (regor's slackBufferingMemory): all of it before the
    // first operation, none after a CPU operator (whose cost keeps regor's default of 0: nothing is copied ahead).
    let prevFree: number | undefined;
    /** The last NPU operation's weight buffer (regor's CoalesceWeightBufferTensors looks past CPU operators). */
    let lastBuffer: { key: string; bytes: number; whole: boolean; at: number } | undefined;
    steps.forEach((s, t) => {
      if (!('npu' in s)) {
        prevSlack = () => 0;
        prevWasNpu = false;
        prevFree = 0;
        return;
      }
      const op = s.npu;
      costKey(seen, names, op, memOf, prevWasNpu, t === 0);
      const neighbour = t > 0 ? steps[t - 1] : steps[1];
      const sharedWeights =
        !!op.weights && !!neighbour && 'npu' in neighbour && neighbour.npu.weights?.key === op.weights.key;
      seen.push(sharedWeights ? 1 : 0);
      seen.push(laidOut.has(op.ifm.buffer.key) ? 1 : 0);
      const stripe = plan?.stripes.get(t);
      seen.push(stripe ? stripe.h : -1);
      seen.push(stripe ? stripe.ifmH : -1);
      // Staging the cascade's rolling buffers leave for weight buffers.
      // The other operations of its cascade keep their weight buffers (regor's memory at that time step).
      const kept = (keptAt.get(timeOf[t]) ?? 0) - (plan?.weightBuffers.get(t) ?? 0);
      // And the buffers this pass gave the cascade's earlier operations (regor decides them in order, each taking
      // from the staging of its time step).
      const taken = weightBuffers.get(timeOf[t]) ?? 0;
      const stagingFree = arch.stagingLimit - (rolling.get(timeOf[t]) ?? 0) - kept - taken;
      seen.push(stagingFree);
      seen.push(prevFree ?? -1);
      // Weight buffering may weigh the operation reading this one's output (see futureOf).
      const f = op.weights && arch.constMem !== arch.stagingMem ? futureOf(t) : undefined;
      for (const x of f ? [f.opRun, f.ifmRead, f.weightRead, f.ifmBytes] : [-1]) seen.push(x);
      const keySize = seen.size;
      let known = seen.get();
      if (known === 'by-slack') {
        seen.push(prevSlack());
        known = seen.get();
      }
      let cost: OperationCost;
      let opCost: OpCost;
      if (known && known !== 'by-slack') {
        cost = known;
        opCost = { ...known.cost, op, time: t };
      } else {
        let askedSlack = false;
        const slackBefore = prevSlack;
        const tracked = (): number => {
          askedSlack = true;
          return slackBefore();
        };
        cost = costOperation(
          arch,
          target,
          op,
          memOf,
          tracked,
          prevWasNpu,
          t,
          sizeWeights,
          plans,
          sampleValues,
          stripe,
          stagingFree,
          sharedWeights,
          prevFree,
          () => futureOf(t),
          laidOut.has(op.ifm.buffer.key),
        );
        opCost = cost.cost;
        // The key without the slack the lookup may have added.
        seen.truncate(keySize);
        if (!askedSlack) seen.set(cost);
        else {
          seen.set('by-slack');
          seen.push(slackBefore());
          seen.set(cost);
        }
      }
      stepCosts.push(opCost);
      addTraffic(stepTraffic, cost.traffic);
      const at = timeOf[t];
      const bufferBytes = cost.cost.weightBufferBytes;
      // Operations in a row that buffer the same weights whole (a decomposed convolution's parts) share one
      // buffer, held from the first one's copy to the last one's end (regor's CoalesceWeightBufferTensors). The
      // copies and their cycles stay as planned: regor coalesces after costing.
      const coalesced =
        bufferBytes > 0 &&
        cost.wholeBuffer &&
        lastBuffer !== undefined &&
        lastBuffer.whole &&
        lastBuffer.key === op.weights?.key &&
        lastBuffer.bytes === bufferBytes;
      if (coalesced) {
        for (let h = lastBuffer!.at + 1; h <= at; h++) take(weightBuffers, h, bufferBytes);
        for (let h = 2 * lastBuffer!.at + 2; h <= 2 * at + 1; h++) take(peakBuffers, h, bufferBytes);
      }
      lastBuffer = op.weights ? { key: op.weights.key, bytes: bufferBytes, whole: cost.wholeBuffer, at } : undefined;
      if (!coalesced && bufferBytes) {
        take(weightBuffers, at, bufferBytes);
        // A buffer filled under the previous operation is in use from then on: from the last half step of the
        // previous step's time (a cascade's operations share one time, so after a cascade that is the cascade's).
        const before = t > 0 ? timeOf[t - 1] : -1;
        if (cost.prebufferBytes && before >= 0) take(weightBuffers, before, cost.prebufferBytes);
        // regor's live ranges in half steps: a buffer holds until the half step after its operation, but of a
        // double buffer only the one the last slice was copied into (the other is no longer needed by then).
        take(peakBuffers, 2 * at, bufferBytes);
        take(peakBuffers, 2 * at + 1, cost.lastPartBytes || bufferBytes);
        if (cost.prebufferBytes && before >= 0) take(peakBuffers, 2 * before + 1, cost.prebufferBytes);
      }
      prevSlack = cost.slack;
      prevWasNpu = true;
      // regor's slackBufferingMemory: what this operation's own buffer (its last slice's part) left free.
      prevFree = stagingFree - cost.lastPartBytes;
    });
    return { memOf, stepCosts, stepTraffic, weightBuffers, peakBuffers };
  };
  const rollingByHalfStep = new Map([...rolling].map(([t, bytes]) => [2 * t, bytes]));
  let where = place(rollingByHalfStep);
  let pass = costSteps(where);
  // Vela decides weight buffering before it places the feature maps, and its fast-storage allocator sees the
  // buffers as taken: place the maps again beside them, and cost again if that moves any.
  if (spilling && pass.weightBuffers.size > 0) {
    const reserved = new Map(rollingByHalfStep);
    for (const [t, bytes] of pass.peakBuffers) reserved.set(t, (reserved.get(t) ?? 0) + bytes);
    const again = place(reserved);
    if ([...again].some(([key, m]) => where.get(key) !== m)) {
      where = again;
      pass = costSteps(where);
    }
  }
  const { memOf, peakBuffers } = pass;
  // One at a time: a spread of a model's hundred thousand steps would overflow the call stack.
  for (const c of pass.stepCosts) costs.push(c);
  addTraffic(traffic, pass.stepTraffic);

  // Peak memory per area: live feature maps, plus weight buffers in staging.
  const byMem = new Map<Memory, { start: number; end: number; bytes: number }[]>();
  for (const r of live.ranges.values()) {
    const m = memOf(r.buffer.key, r.buffer.constant);
    let list = byMem.get(m);
    if (!list) byMem.set(m, (list = []));
    // An IFM whose allocation the OFM takes over ends one step earlier (the two share it at that step).
    const reusedAt = handedOver.get(r.buffer.key)?.at;
    if (reusedAt === undefined || r.end !== reusedAt) list.push(r);
    else if (r.start < reusedAt) list.push({ ...r, end: reusedAt - 1 });
  }
  const areas = new Map<AreaKey, number>();
  for (const [m, list] of byMem) {
    const area = AREA_KEY[m.area];
    // In half steps, as regor's live ranges run: a map from its first operation to the half step after its last.
    const halves = list.map((r) => ({ start: 2 * r.start, end: 2 * r.end + 1, bytes: r.bytes }));
    areas.set(area, (areas.get(area) ?? 0) + peakUsage(halves, m === arch.stagingMem ? peakBuffers : undefined));
  }
  if (!byMem.has(arch.stagingMem) && peakBuffers.size > 0) {
    const area = AREA_KEY[arch.stagingMem.area];
    areas.set(area, (areas.get(area) ?? 0) + peakUsage([], peakBuffers));
  }
  // Vela refuses schedules whose staging exceeds the arena cache size, so the peak never does.
  if (arch.stagingMem !== arch.arenaMem) {
    const staging = AREA_KEY[arch.stagingMem.area];
    areas.set(staging, Math.min(areas.get(staging) ?? 0, arch.stagingLimit));
  }
  for (const [area, bytes] of areas) memUse[area] = Math.max(memUse[area], bytes);
}

/** Calls fn for each feature map an operation reads: IFM, IFM2, then the chain's extra IFMs. */
function forEachIfm(op: InternalOp, fn: (r: InternalOp['ifm']) => void): void {
  fn(op.ifm);
  if (op.ifm2) fn(op.ifm2);
  if (op.extraIfms) for (const r of op.extraIfms) fn(r);
}

/** regor's data-layout operations (IsDataLayout) among the lowered types. */
const DATA_LAYOUT = new Set(['MemoryCopy', 'Transpose']);

/** regor's elementwise operations (IsElementwise: the unary and binary ones, not activations or copies). */
const ELEMENTWISE_TYPES = new Set(
  (
    'Abs LeakyRelu CLZ LogicalNot Not Neg Add Sub Mul Minimum Maximum SHL Shr Div LogicalAnd LogicalOr LogicalXor ' +
    'Xor And Or Asr Equal Greater GreaterEqual NotEqual Less LessEqual AndNot'
  ).split(' '),
);

/** Calls fn for each feature map an operation touches: IFM, IFM2, OFM, then the chain's extra IFMs. */
function forEachFm(op: InternalOp, fn: (r: InternalOp['ofm']) => void): void {
  fn(op.ifm);
  if (op.ifm2) fn(op.ifm2);
  fn(op.ofm);
  if (op.extraIfms) for (const r of op.extraIfms) fn(r);
}

/**
 * Everything costOperation reads of an operation and its placement, as `memo`'s signature (the slack before
 * it aside, which it asks for only sometimes). A U85 chain's cost reads its chained operations and the feature
 * maps they fetch too: they are in the signature, described as fully as the primary.
 */
function costKey(
  memo: SignatureMemo<unknown>,
  names: Interner,
  op: InternalOp,
  memOf: (key: string, constant: boolean) => Memory,
  prevWasNpu: boolean,
  first: boolean,
): void {
  memo.reset();
  const fm = (r: InternalOp['ifm'] | undefined, constant: boolean): void => {
    if (!r) return memo.push(-1);
    memo.push(r.shape.h);
    memo.push(r.shape.w);
    memo.push(r.shape.c);
    memo.push(r.bits);
    memo.push(objectId(memOf(r.buffer.key, constant)));
    memo.push(r.buffer.linear ? 1 : 0);
    memo.push(r.buffer.shape.h);
    memo.push(r.buffer.shape.w);
    memo.push(r.buffer.shape.c);
    memo.push(r.extent ? r.extent.h : -1);
    memo.push(r.extent ? r.extent.w : -1);
    memo.push(r.step ? r.step.h : -1);
    memo.push(r.step ? r.step.w : -1);
  };
  const describe = (o: InternalOp): void => {
    memo.push(names.id(o.type));
    memo.push(names.id(o.hw));
    fm(o.ifm, o.ifm.buffer.constant);
    fm(o.ifm2, o.ifm2?.buffer.constant ?? false);
    fm(o.ofm, false);
    const k = o.kernel;
    memo.push(k.w);
    memo.push(k.h);
    memo.push(k.strideX);
    memo.push(k.strideY);
    memo.push(k.dilationX);
    memo.push(k.dilationY);
    memo.push(names.id(o.activation));
    memo.push(o.scaled ? 1 : 0);
    memo.push(o.lutBytes);
    memo.push(o.lutInActivation ? 1 : 0);
    memo.push(o.packedActivation ? 1 : 0);
    memo.push(o.elementwiseLike ? 1 : 0);
    memo.push(o.writesInPlace ? 1 : 0);
    memo.push(o.lutInputBits ?? -1);
    memo.push(o.upscale);
    memo.push(o.weights ? names.id(o.weights.key) : -1);
    memo.push(o.transpose ? names.id(o.transpose) : -1);
    memo.push(o.blockAs ? names.id(o.blockAs) : -1);
    memo.push(o.fusedTranspose ? names.id(o.fusedTranspose) : -1);
    for (const pass of o.transposePasses ?? []) for (const d of [...pass.from, ...pass.to]) memo.push(d);
  };
  describe(op);
  memo.push(prevWasNpu ? 1 : 0);
  memo.push(first ? 1 : 0);
  memo.push(op.chainLinkBits ?? -1);
  memo.push(op.chainLinkLinear ? 1 : 0);
  const chain = op.chained ?? [];
  memo.push(chain.length);
  for (const c of chain) describe(c);
  const extra = op.extraIfms ?? [];
  memo.push(extra.length);
  for (const r of extra) fm(r, r.buffer.constant);
}

/**
 * IFMs whose allocation their operation's OFM takes over (Vela's IFM reuse), with the step it happens at and
 * the OFM: a one-to-one operation (elementwise, a pooling with a 1x1 kernel, a transpose) whose IFM has the
 * OFM's storage shape, format and type, is read by no other operation and is neither a graph output nor
 * persistent.
 */
function ifmReuse(
  steps: readonly ({ npu: InternalOp } | { cpu: number })[],
  model: Model,
  sg: Model['subgraphs'][number],
  graph: LoweredGraph,
  /** Steps inside a cascade: regor reuses no IFM there (its stripes go through rolling buffers instead). */
  cascadeSteps: ReadonlySet<number>,
): Map<string, { at: number; by: string }> {
  const readers = new Map<string, number>();
  const read = (key: string) => readers.set(key, (readers.get(key) ?? 0) + 1);
  for (const s of steps) {
    if ('npu' in s) {
      // Once per input: regor lists an operation among a map's consumers for each input reading it, so a map an
      // operation reads twice (MoveNet's squared offsets, x * x) has two consumers and is not reused.
      const op = s.npu;
      const k1 = op.ifm.buffer.key;
      read(k1);
      const k2 = op.ifm2?.buffer.key;
      if (k2 !== undefined) read(k2);
      // A chained operation is a reader of its own (regor's consumers are per operation, sub-operations too).
      for (const c of op.chained ?? []) {
        const c1 = c.ifm.buffer.key;
        read(c1);
        const c2 = c.ifm2?.buffer.key;
        if (c2 !== undefined) read(c2);
      }
    } else {
      for (const i of sg.operators[s.cpu].inputs) {
        const b = i >= 0 ? cpuReadBuffer(model, sg, graph, i) : undefined;
        if (b) read(b.key);
      }
    }
  }
  // regor reuses an IFM only for an OFM with one producer (a gate that a clamp rewrites in place has two).
  const writers = new Map<string, number>();
  for (const s of steps)
    if ('npu' in s) writers.set(s.npu.ofm.buffer.key, (writers.get(s.npu.ofm.buffer.key) ?? 0) + 1);
  const out = new Map<string, { at: number; by: string }>();
  steps.forEach((s, t) => {
    if (!('npu' in s)) return;
    const op = s.npu;
    if (!isOneToOne(op) || cascadeSteps.has(t)) return;
    const o = op.ofm.buffer;
    if ((writers.get(o.key) ?? 0) > 1) return;
    // Persistent maps (LSTM states) are external without being graph inputs or outputs.
    const persistent = (b: typeof o) => b.external && !b.isInput && !b.isOutput;
    if (persistent(o)) return;
    for (const r of [op.ifm, op.ifm2]) {
      const b = r?.buffer;
      if (!b || b.constant || b.isOutput || persistent(b) || b === o || readers.get(b.key) !== 1) continue;
      if (sameStorage(b, o)) {
        out.set(b.key, { at: t, by: o.key });
        break;
      }
    }
  });
  return out;
}

/**
 * Vela's cascades for a subgraph whose feature maps spill (cascade.ts). Step t can hand its OFM to step t + 1
 * in stripes when that operation alone reads it (no CPU operator or other operation does), as its primary
 * IFM, whole (or rows of it through a moved SLICE) and in the block layout.
 */
function cascadePlan(
  steps: readonly ({ npu: InternalOp } | { cpu: number })[],
  model: Model,
  sg: Model['subgraphs'][number],
  graph: LoweredGraph,
  limit: number,
  weightBuffer: (t: number, stripe: Stripe, prevStripe: Stripe | undefined, free: number) => number,
  weightBytes: (t: number, stripe: Stripe) => number,
  exactBuffers: boolean,
): CascadePlan {
  const readers = new Map<string, number>();
  const writers = new Map<string, number>();
  const count = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  for (const s of steps) {
    if ('npu' in s) {
      const op = s.npu;
      count(writers, op.ofm.buffer.key);
      count(readers, op.ifm.buffer.key);
      if (op.ifm2) count(readers, op.ifm2.buffer.key);
      for (const r of op.extraIfms ?? []) count(readers, r.buffer.key);
    } else {
      for (const i of sg.operators[s.cpu].inputs) {
        const b = i >= 0 ? cpuReadBuffer(model, sg, graph, i) : undefined;
        if (b) count(readers, b.key);
      }
    }
  }
  const same = (a: Shape3, b: Shape3) => a.h === b.h && a.w === b.w && a.c === b.c;
  // regor cascades a binary elementwise operation through its second input when the first is constant and the
  // second not, or when only the second has the output's shape (a slice moved into a reader keeps the whole
  // map's shape on its connection). A cascade through the second input is not modelled: such a reader ends one.
  const connectionShape = (f: FmRef) => (f.throughSlice ? f.buffer.shape : f.shape);
  const secondIsPrimary = (op: InternalOp): boolean => {
    const b = op.ifm2;
    if (!b || op.hw !== 'elementwise') return false;
    if (op.ifm.buffer.constant && !b.buffer.constant) return true;
    return !same(connectionShape(op.ifm), op.ofm.shape) && same(connectionShape(b), op.ofm.shape);
  };
  const ops = steps.map((s) => ('npu' in s ? s.npu : undefined));
  const chainsToNext = ops.map((op, t) => {
    const next = ops[t + 1];
    if (!op || !next || secondIsPrimary(next)) return false;
    const b = op.ofm.buffer;
    // Two shallow elementwise operations that both see the map in the same deeper shape stripe it in that shape.
    const whole = op.shallowShape && next.shallowShape && same(op.ofm.shape, next.ifm.shape) ? op.ofm.shape : b.shape;
    return (
      writers.get(b.key) === 1 &&
      readers.get(b.key) === 1 &&
      next.ifm.buffer === b &&
      !b.linear &&
      !b.external &&
      !b.isOutput &&
      same(op.ofm.shape, whole) &&
      // The whole map, or the whole map inside a zero padding fused from a PAD (Vela pads in the kernel), or rows
      // of it through a moved SLICE (a slice across width or depth leaves the map linear).
      next.ifm.shape.c === whole.c &&
      (next.ifm.shape.h >= whole.h || !!next.ifm.throughSlice) &&
      next.ifm.shape.w >= whole.w
    );
  });
  return planSpillingCascades(ops, chainsToNext, limit, weightBuffer, weightBytes, exactBuffers);
}

/** An operation's block config for a stripe, and its weights and scales as encoded for it (default format). */
function stripeWeights(
  arch: Arch,
  target: TargetProfile,
  o: InternalOp,
  s: Stripe | undefined,
  sampleValues: number,
): { cfg: BlockConfig; weightBytes: number; scaleBytes: number; bytes: number } {
  const cfg = blockConfig(arch, o, false, s);
  let weightBytes = o.weights?.encodedBytes ?? 0;
  let scaleBytes = o.weights?.scaleBytes ?? 0;
  if (o.weights?.source) {
    const sizes = defaultSizes(target, o.weights, cfg, o.ifm.bits, o.kernel, arch.npu.cores, sampleValues);
    weightBytes = sizes.weightBytes;
    scaleBytes = sizes.scaleBytes;
  }
  return { cfg, weightBytes, scaleBytes, bytes: weightBytes + scaleBytes };
}

/**
 * The weight buffer regor's stripe proposals keep for a cascaded operation (see planSpillingCascades): the whole
 * encoded tensor where buffering it on the MIN schedule (its smallest stripe, the maps in permanent storage, the
 * previous operation's cycles to hide the copy under) chose a single buffer; 0 otherwise.
 */
function minStripeWeightBuffer(
  arch: Arch,
  target: TargetProfile,
  steps: readonly ({ npu: InternalOp } | { cpu: number })[],
  t: number,
  stripe: Stripe,
  prevStripe: Stripe | undefined,
  free: number,
  sampleValues: number,
  /** The slack each step left the next, set here as the cascade's steps are planned in order. */
  slackOf: Map<number, number>,
  /** Maps only data-layout operations write. */
  laidOut: ReadonlySet<string>,
): number {
  const step = steps[t];
  if (!('npu' in step) || !step.npu.weights) return 0;
  if (arch.constMem === arch.stagingMem || arch.constMem.area === arch.stagingMem.area) return 0;
  const op = step.npu;
  const w = op.weights!;
  /** The operation on the reference schedule: its query and cycles. */
  const reference = (o: InternalOp, s: Stripe | undefined) => {
    const { cfg, weightBytes, scaleBytes } = stripeWeights(arch, target, o, s, sampleValues);
    const q = baseQuery(arch, o, cfg, arch.arenaMem, o.ifm2 ? arch.arenaMem : undefined, arch.arenaMem);
    q.encodedWeightSize = weightBytes;
    q.encodedScaleSize = scaleBytes;
    return { q, cfg, weightBytes, scaleBytes, cycles: measureCycles(q).cycles };
  };
  const ref = reference(op, stripe);
  const prev = t > 0 ? steps[t - 1] : undefined;
  const prevOp = prev && 'npu' in prev ? prev.npu : undefined;
  // After a buffered operation of the same cascade, regor's slack is its last stripe's run (slackBufferingCycles);
  // before a cascade, the operation before it is seen on the reference schedule (each cascade's buffering is
  // proposed on its own).
  const inCascade = prevStripe !== undefined ? slackOf.get(t - 1) : undefined;
  const slack = prevOp ? (inCascade ?? reference(prevOp, prevStripe).cycles) : 0;
  const plan = bufferingPlan(
    arch,
    op,
    ref.cfg,
    { ...w, encodedBytes: ref.weightBytes, scaleBytes: ref.scaleBytes },
    ref.q,
    elementAccess(ref.q).weightsRefetch,
    slack,
    !!prevOp,
    t,
    new Map(),
    free,
    stripe,
    false,
    () => undefined,
    undefined,
    undefined,
    laidOut.has(op.ifm.buffer.key),
  );
  slackOf.set(t, plan ? plan.ownSlack : ref.cycles);
  return plan && plan.slices.length === 2 ? ref.weightBytes + ref.scaleBytes : 0;
}
