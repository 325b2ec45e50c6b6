// Compute cycles of one internal operation (MAC pipeline, output/activation unit, command
// issue limit) and its memory traffic (elements, burst-inflated bytes, access cycles per memory),
// following Vela 5.1.0's EthosU55Performance / EthosU85Performance.
import type { Memory, NpuConfig, Shape3 } from './arch.js';
import type { BlockConfig } from './block-u55.js';
import { divUp, roundUp } from './block-u55.js';
import { storedShape, transposedShape, type FmRef, type InternalOp } from './ops.js';
import { burstInflated, Channel, channelBandwidth, floatCycles, type Format } from './transfer.js';

/** U85 transposes that run at half the activation unit's throughput. */
const HALF_RATE_TRANSPOSES = new Set(['NWHC', 'NWCH', 'NCWH']);

export interface PerfQuery {
  op: InternalOp;
  cfg: BlockConfig;
  npu: NpuConfig;
  ifmMem: Memory;
  ifm2Mem?: Memory;
  ofmMem: Memory;
  ifmFormat: Format;
  ifm2Format: Format;
  ofmFormat: Format;
  constMem?: Memory;
  /** Memory the weights are read from when buffered (staging); undefined when read in place. */
  weightStagingMem?: Memory;
  encodedWeightSize: number;
  encodedScaleSize: number;
  firstWeightDmaSize: number;
  /** U85 chains: the memory of the primary's own output (the arena: that tensor is never allocated). */
  chainLinkMem?: Memory;
  /** U85 chains: burst-inflated bytes each chained operation reads from memory. */
  extraIfms?: { mem: Memory; bytes: number }[];
  /**
   * Which ends of a run this is (default both): a run split into OFM-depth slices pays the IFM start-up on its
   * first slice only and the OFM drain on its last.
   */
  scheduling?: { first: boolean; last: boolean };
  /** U85: the weights are in the Sparse2_4 format, which halves convolution and fully connected MAC work. */
  sparse?: boolean;
  /** The OFM shape is the one to cost in already (see costedOfmShape): not transposed again. */
  ofmCosted?: boolean;
}

export interface CycleResult {
  cycles: number;
  macs: number;
}

const minShape = (a: Shape3, b: Shape3): Shape3 => ({
  h: Math.min(a.h, b.h),
  w: Math.min(a.w, b.w),
  c: Math.min(a.c, b.c),
});
const divUpShape = (a: Shape3, b: Shape3): Shape3 => ({ h: divUp(a.h, b.h), w: divUp(a.w, b.w), c: divUp(a.c, b.c) });
const count = (s: Shape3): number => s.h * s.w * s.c;

const usesMacs = (q: PerfQuery): boolean =>
  q.op.hw === 'conv' ||
  q.op.hw === 'depthwise' ||
  q.op.hw === 'vector' ||
  q.op.hw === 'pool' ||
  q.op.hw === 'reducesum';

function ofmUBlockFor(q: PerfQuery): Shape3 {
  const ub = q.cfg.ofmUBlock;
  if (
    q.npu.kind === 'u55' &&
    ub.h === 2 &&
    (q.op.hw === 'conv' || q.op.hw === 'vector') &&
    q.op.ofm.shape.h === 1 &&
    q.op.ofm.shape.w % 2 === 0 &&
    q.op.kernel.h === 1
  ) {
    return { h: 1, w: 4, c: ub.c };
  }
  return ub;
}

function ifmBlockCycles(q: PerfQuery): number {
  let worst = 0;
  // The input block as regor clamps it: to the stored input, not a view a folded PAD made larger.
  const ins: [Shape3, Memory, Format][] = [[storedShape(q.op.ifm), q.ifmMem, q.ifmFormat]];
  if (q.op.ifm2) ins.push([q.op.ifm2.shape, q.ifm2Mem ?? q.ifmMem, q.ifm2Format]);
  const bits = q.op.ifm.bits;
  for (const [shape, mem, format] of ins) {
    const bytes = Math.trunc((count(minShape(shape, q.cfg.ifmBlock)) * bits) / 8);
    const tx = burstInflated(q.npu.cores, true, mem, format, bits, q.cfg.ifmBlock, shape, bytes);
    worst = Math.max(worst, mem.readLatency + floatCycles(tx, mem.bandwidth));
  }
  return worst;
}

function ofmBlockCycles(q: PerfQuery): number {
  // A chain's primary writes its chaining buffer at that buffer's width (a softmax's last multiplication, 32 bits,
  // before the chained shift narrows it to int8).
  const bits = q.chainLinkMem ? (q.op.chainLinkBits ?? q.op.ofm.bits) : q.op.ofm.bits;
  const ofmShape = costedOfmShape(q);
  const bytes = Math.trunc((count(minShape(ofmShape, q.cfg.ofmBlock)) * bits) / 8);
  // A U85 chain's primary writes the chaining buffer, which regor prices at the memory its unallocated tensor
  // names (the arena's), in that buffer's own layout (bricks unless linear), not the chain's output's.
  const mem = q.chainLinkMem ?? q.ofmMem;
  const format = q.chainLinkMem ? (q.op.chainLinkLinear ? 'NHWC' : 'NHCWB16') : q.ofmFormat;
  const tx = burstInflated(q.npu.cores, false, mem, format, bits, q.cfg.ofmBlock, ofmShape, bytes);
  return mem.writeLatency + floatCycles(tx, mem.bandwidth);
}

/** Output-unit cycles per OFM element, including the fused activation. */
export function aoCyclesPerElement(q: PerfQuery): number {
  const { op, npu } = q;
  const ifmBits = op.ifm.bits;
  const ofmBits = op.ofm.bits;
  if (npu.kind === 'u85') {
    const outputCost = (o: InternalOp, writesToCb: boolean, oBits: number): number => {
      if (o.type === 'Div') return 33;
      const iBits = o.ifm.bits;
      let idx = 0;
      if (writesToCb && (oBits === 32 || iBits === 32)) idx = 4;
      else if (oBits === 64) idx = 3;
      else if (o.hw === 'elementwise' && o.ifm2 && iBits === 32) idx = oBits === 32 ? 5 : 4;
      else if (oBits === 32) idx = 2;
      else if (oBits === 16) idx = 1;
      // A transpose passes through the activation unit instead of an output stage, at half throughput when
      // it moves H or W (regor: NWHC, NWCH, NCWH).
      if (o.type === 'Transpose') return npu.activationCycles[HALF_RATE_TRANSPOSES.has(o.transpose ?? '') ? 1 : 0];
      // A fused transpose goes through the activation unit in the same pass: the slower of the two sets the rate.
      if (o.fusedTranspose)
        return Math.max(
          npu.outputCycles[idx],
          npu.activationCycles[HALF_RATE_TRANSPOSES.has(o.fusedTranspose) ? 1 : 0],
        );
      return npu.outputCycles[idx];
    };
    // A chain costs each of its operations' output pass.
    const chain = op.chained ?? [];
    // A LUT activation on its own (regor keeps it an activation-type operation, Sigmoid or LUT) has no output
    // stage: the activation unit's rate alone paces it, the slower one when it moves H or W; so it does at the head
    // of a chain (a 16-bit LOGISTIC chained with two multiplications: its activation and their two outputs).
    const activationOnly = op.hw === 'pool' && op.activation === 'lut' && !op.lutInActivation;
    const activationRate = npu.activationCycles[HALF_RATE_TRANSPOSES.has(op.fusedTranspose ?? '') ? 1 : 0];
    if (chain.length === 0 && activationOnly) return activationRate;
    if (chain.length === 0) return outputCost(op, false, op.lutInputBits ?? ofmBits);
    let total = activationOnly ? activationRate : outputCost(op, true, op.chainLinkBits ?? ofmBits);
    chain.forEach((c, i) => (total += outputCost(c, i < chain.length - 1, c.ofm.bits)));
    return total;
  }
  let idx = 7;
  if (op.hw === 'elementwise' && ifmBits === 32) idx = op.ifm2 ? 1 : 0;
  else if (op.type === 'Mul' && ofmBits === 32) idx = 2;
  else if (op.type === 'Mul' || (op.hw !== 'elementwise' && q.cfg.wideAcc)) idx = 3;
  else if (op.type === 'Add' || op.type === 'Sub') idx = 5;
  else if (op.type === 'MaxPool') idx = 6;
  // No fused activation costs like a LUT (index 0), a Vela 5.1.0 quirk.
  const act = op.activation === 'relu' ? 1 : op.activation === 'other' ? 2 : 0;
  return Math.max(npu.outputCycles[idx], npu.activationCycles[act]);
}

function macCyclesPerBlock(q: PerfQuery): number {
  const { op, npu, cfg } = q;
  const ifmBlock = minShape(op.ifm.shape, cfg.ifmBlock);
  const ofmBlock = minShape(costedOfmShape(q), cfg.ofmBlock);
  const ub = ofmUBlockFor(q);
  const ifmBits = op.ifm.bits;
  const nub = divUpShape(ofmBlock, ub);
  const nubWH = nub.h * nub.w;
  const cyclesWb = npu.kind === 'u85' ? Math.trunc((32 * ub.c) / (8 * npu.cores)) : (32 * ub.c) / 8;
  const sub = op.hw === 'vector' ? 1 : 8;
  const partKernel = op.hw === 'conv' && cfg.traversal === 'PartKernel';
  // The kernel is walked in sub-kernels of at most sub x sub, which come in at most four sizes (full, the last
  // column, the last row, the corner): each size is costed once and counted, not walked sub-kernel by sub-kernel
  // (a hostile pool of 2^31 columns has 2^28 of them).
  const fullW = Math.floor(op.kernel.w / sub);
  const fullH = Math.floor(op.kernel.h / sub);
  const lastW = op.kernel.w % sub;
  const lastH = op.kernel.h % sub;
  const delay = cfg.wideAcc && npu.macs <= 128 ? 3 : 2;
  let total = 0;
  for (let size = 0; size < 4; size++) {
    const many = (size & 2 ? (lastW > 0 ? 1 : 0) : fullW) * (size & 1 ? (lastH > 0 ? 1 : 0) : fullH);
    if (many === 0) continue;
    const k = (size & 2 ? lastW : sub) * (size & 1 ? lastH : sub);
    let steps: number;
    let cycles: number;
    if (op.hw === 'pool') {
      steps = 1;
      cycles = Math.max(4, k) * count(nub) * (ifmBits / 2);
    } else if (op.hw === 'depthwise') {
      steps = divUp(k, 4);
      cycles = Math.max(cyclesWb, 4 * nubWH * (ifmBits / 8)) * steps * nub.c;
    } else if (!partKernel) {
      steps = k;
      cycles =
        npu.kind === 'u85'
          ? Math.max(cyclesWb, Math.trunc(ifmBlock.c / 8) * nubWH) * steps * nub.c * (ifmBits / 8)
          : Math.max(cyclesWb, 4 * nubWH) * steps * nub.c;
      if (q.sparse) cycles = Math.trunc(cycles / 2);
    } else {
      steps = divUp(k, ifmBits === 16 ? 2 : 4);
      cycles = Math.max(cyclesWb, 4 * nubWH) * steps * nub.c * divUp(ifmBlock.c, 8);
      if (q.sparse) cycles = Math.trunc(cycles / 2);
    }
    let delayCycles = 0;
    if (nubWH === 1) {
      if (nub.c === 1) delayCycles = delay * steps;
      else if (steps > 1) delayCycles = delay * (steps - 1) * nub.c;
    }
    if (partKernel) delayCycles *= divUp(ifmBlock.c, 8);
    total += many * (cycles + delayCycles);
  }
  if (op.hw === 'conv' || op.hw === 'vector' || op.hw === 'reducesum') total *= divUp(op.ifm.shape.c, ifmBlock.c);
  if (npu.kind === 'u55') total = Math.trunc(total / npu.cores);
  return total;
}

function macOpCycles(q: PerfQuery): CycleResult {
  const { op, cfg } = q;
  const ofmShape = costedOfmShape(q);
  const ofmBlock = minShape(ofmShape, cfg.ofmBlock);
  const ub = ofmUBlockFor(q);
  const ubPerBlock = count(divUpShape(ofmBlock, ub));
  const numBlocks = count(divUpShape(ofmShape, ub)) / ubPerBlock;
  const aoPerElem = aoCyclesPerElement(q);
  const aoCompute = Math.ceil(aoPerElem * count(ofmBlock));
  let biasCycles = 0;
  if ((op.hw === 'conv' || op.hw === 'depthwise' || op.hw === 'vector') && op.weights) {
    const mem = q.weightStagingMem ?? q.constMem;
    if (mem) biasCycles = (10 * ofmBlock.c * mem.readLatency) / 256;
  }
  const ao = Math.max(aoCompute, biasCycles);
  const mac = macCyclesPerBlock(q);
  const ifmCycles = ifmBlockCycles(q);
  const ofmCycles = ofmBlockCycles(q);
  const minMem = numBlocks > 1 ? Math.abs(ofmCycles - ifmCycles) : 0;
  const cmd = (minMem + mac + ao) / 4;
  const bMac = Math.max(mac, cmd);
  const bAo = Math.max(ao, cmd);
  const first = q.scheduling?.first ?? true;
  const last = q.scheduling?.last ?? true;
  let total: number;
  if (bMac > bAo) total = Math.trunc(bMac * numBlocks) + (last ? bAo : 0);
  else total = bAo * numBlocks + bMac;
  total = Math.trunc(total) + (last ? ofmCycles : 0) + (first ? ifmCycles : 0);
  let macs = op.kernel.w * op.kernel.h * count(op.ofm.shape);
  if (op.hw !== 'depthwise' && op.hw !== 'pool') macs *= op.ifm.shape.c;
  if (q.sparse) macs = Math.trunc(macs / 2);
  return { cycles: total, macs };
}

function elementwiseCycles(q: PerfQuery): CycleResult {
  const s = costedOfmShape(q);
  // A chain is paced in the layout of its primary's own output, the chaining buffer (regor: bricks unless linear).
  const format = q.op.chained?.length ? (q.op.chainLinkLinear ? 'NHWC' : 'NHCWB16') : q.ofmFormat;
  const elements = format === 'NHCWB16' ? s.h * s.w * roundUp(s.c, 16) : count(s);
  const aoPerElem = aoCyclesPerElement(q);
  const ao = Math.ceil(aoPerElem * elements);
  const blockCycles = Math.max(ofmBlockCycles(q), ifmBlockCycles(q));
  const cmd = Math.ceil(((blockCycles / count(q.cfg.ofmBlock) + aoPerElem) / 4) * elements);
  return { cycles: Math.max(ao, cmd), macs: 0 };
}

export function measureCycles(q: PerfQuery): CycleResult {
  switch (q.op.hw) {
    case 'dma':
      return { cycles: 0, macs: 0 };
    case 'resize':
      return q.npu.kind === 'u85' ? { cycles: 0, macs: 0 } : macOpCycles(q);
    case 'elementwise':
      return elementwiseCycles(q);
    case 'transpose': {
      const bytes = elementBytes(q, elementAccess(q));
      const from = floatCycles(bytes.ifmRead[0], q.ifmMem.bandwidth) + q.ifmMem.readLatency;
      const to = floatCycles(bytes.ofmWrite, q.ofmMem.bandwidth) + q.ofmMem.writeLatency;
      return { cycles: Math.max(from, to), macs: 0 };
    }
    default: {
      if (q.op.type === 'MatMul' && q.op.ifm2) {
        // U55 runs MatMul as an elementwise multiply plus a reduce-sum per output column.
        return macOpCycles(q);
      }
      return macOpCycles(q);
    }
  }
}

export interface ElementAccess {
  ifmRead: [number, number];
  ofmWrite: number;
  weightRead: number;
  scaleRead: number;
  weightsRefetch: number;
}

/** Depth as stored: bricks of 16 channels in NHCWB16. */
const storedDepth = (c: number, f: Format): number => (f === 'NHCWB16' ? roundUp(c, 16) : c);
/** Elements as stored (no shape object: this runs for every operation costed). */
const storedCount = (s: Shape3, f: Format): number => s.h * s.w * storedDepth(s.c, f);

export function elementAccess(q: PerfQuery): ElementAccess {
  const { op, cfg } = q;
  const a: ElementAccess = { ifmRead: [0, 0], ofmWrite: 0, weightRead: 0, scaleRead: 0, weightsRefetch: 1 };
  if (usesMacs(q) || (op.hw === 'resize' && q.npu.kind === 'u55')) {
    const ifmBlock = minShape(storedShape(op.ifm), cfg.ifmBlock);
    const ofmShape = costedOfmShape(q);
    const ofmBlock = minShape(ofmShape, cfg.ofmBlock);
    let blocks = divUpShape(ofmShape, ofmBlock);
    let ofmBlockDepth = ofmBlock.c;
    if (op.hw === 'depthwise' || op.hw === 'pool') {
      blocks = { ...blocks, c: 1 };
      ofmBlockDepth = op.ifm.shape.c;
    }
    const sub = op.hw === 'vector' ? 1 : 8;
    const subkernels = divUp(op.kernel.w, sub) * divUp(op.kernel.h, sub);
    const ifmFetch = ifmBlock.h * ifmBlock.w * storedDepth(op.ifm.shape.c, q.ifmFormat);
    a.ifmRead[0] = ifmFetch * subkernels * count(blocks);
    if (op.hw !== 'pool' && op.hw !== 'reducesum') {
      let kernelRead = op.kernel.w * op.kernel.h;
      if (op.hw !== 'depthwise') kernelRead *= op.ifm.shape.c;
      a.weightRead = kernelRead * ofmBlockDepth * count(blocks);
      a.scaleRead = op.ofm.shape.c;
      a.weightsRefetch = blocks.h * blocks.w;
    }
  } else if (op.hw === 'elementwise') {
    const ifm1 = op.ifm.shape;
    const ifm2 = op.ifm2?.shape;
    if (q.npu.kind === 'u85') {
      // A strided read spans its whole area (see FmRef.extent).
      const shapes: (Shape3 | undefined)[] = [op.ifm.extent ?? ifm1, op.ifm2?.extent ?? ifm2];
      let encodedScalar = false;
      shapes.forEach((s, i) => {
        if (!s) return;
        if (count(s) > 1 || encodedScalar) a.ifmRead[i] = storedCount(s, q.ifmFormat);
        else encodedScalar = true;
      });
    } else if (count(ifm1) === 1) {
      if (op.ifm.bits > 8) a.ifmRead[0] = storedCount(ifm1, q.ifmFormat);
      else if (ifm2) a.ifmRead[1] = storedCount(op.ofm.shape, q.ifmFormat);
    } else {
      a.ifmRead[0] = storedCount(op.ofm.shape, q.ifmFormat);
      if (ifm2) {
        if (count(ifm2) > 1) a.ifmRead[1] = a.ifmRead[0];
        else if ((op.ifm2?.bits ?? 8) > 8) a.ifmRead[1] = storedCount(ifm2, q.ifmFormat);
      }
    }
  } else if (op.hw === 'resize') {
    // A U85 resize reads its IFM as stored (bricks pad the depth to 16).
    a.ifmRead[0] = storedCount(op.ifm.shape, q.ifmFormat);
  } else if (op.hw === 'dma') {
    // Gather: the indices drive both reads.
    const idx = op.ifm2 ? storedCount(op.ifm2.shape, q.ifmFormat) : count(op.ifm.shape);
    a.ifmRead[0] = idx;
    a.ifmRead[1] = idx;
  } else {
    a.ifmRead[0] = count(op.ifm.shape);
  }
  // The map as written: a U85 transpose fused into the operation writes the transposed map (its depth in bricks).
  a.ofmWrite = storedCount(writeBurstShape(q), q.ofmFormat);
  return a;
}

/**
 * The shape of the map an operation's write is counted over. On U85 a fused activation is a sub-operation of its
 * own, and when the operation writes into a PAD's interior or a concatenation's part, regor records that
 * sub-operation's output as the whole map (its connection has no slice): the write is counted over all of it (a
 * ReLU6 depthwise convolution writing 32x1 into a 34x3 map in DRAM was charged 4,896 elements, three times its own).
 * So is a chain's, whose last operation has the activation.
 */
function writtenShape(q: PerfQuery): Shape3 {
  const op = q.op;
  // A chain writes through its last operation.
  const writer = op.chained?.length ? op.chained[op.chained.length - 1] : op;
  // An activation run as an operation of its own (a standalone TANH's LUT) writes its slice; one packed into a
  // standalone operation (a HARD_SWISH into a QUANTIZE) is a sub-operation, as a convolution's is.
  const own = writer.elementwiseLike && !writer.packedActivation;
  const whole = q.npu.kind === 'u85' && writer.writesInPlace && writer.activation !== 'none' && !own;
  return whole ? op.ofm.buffer.shape : op.ofm.shape;
}

/**
 * The shape a write's bursts follow: with a transpose fused into the operation (U85: NHCW, NWHC ...), the OFM as stored,
 * transposed (regor's OFM connection takes the transpose's shape, its block config stays the operation's): an ADD
 * writing [8, 40, 16] as [8, 16, 40] writes 16 bytes a burst, not its 128-byte blocks.
 */
function writeBurstShape(q: PerfQuery): Shape3 {
  return transposedShape(writtenShape(q), q.op.fusedTranspose);
}

/**
 * The OFM shape an operation is costed in: on U85, with a transpose fused into it, the transposed shape (regor's
 * performance query takes the OFM connection's shape, which is the transpose's, while the block config keeps the
 * operation's own): blocks and their count are clipped to it, so a [25, 2] output written as [2, 25] with an
 * OFM block of [26, 2] runs 13 blocks, each reading the whole IFM.
 */
function costedOfmShape(q: PerfQuery): Shape3 {
  return q.npu.kind === 'u85' && !q.ofmCosted ? transposedShape(q.op.ofm.shape, q.op.fusedTranspose) : q.op.ofm.shape;
}

/**
 * Whether Vela counts a U85 chain's output write. regor records, per sub-operation, only the first of its external
 * maps (IFM, second IFM, OFM, in that order): a chained operation that reads another map (or a constant) besides the
 * link has its write left out; a unary one, or one whose fused activation is a sub-operation of its own, has it.
 */
function chainWritesOutput(op: InternalOp): boolean {
  const chain = op.chained ?? [];
  const last = chain[chain.length - 1];
  if (!last) return true;
  const link = chain.length > 1 ? chain[chain.length - 2].ofm.buffer.key : op.chainLinkKey;
  const readsAnother = [last.ifm, last.ifm2].some((r) => !!r && r.buffer.key !== link);
  return !readsAnother || last.activation !== 'none';
}

export function elementBytes(q: PerfQuery, a: ElementAccess): ElementAccess {
  const cores = q.npu.cores;
  const r: ElementAccess = { ...a, ifmRead: [0, 0] };
  r.ifmRead[0] = burstInflated(
    cores,
    true,
    q.ifmMem,
    q.ifmFormat,
    q.op.ifm.bits,
    q.cfg.ifmBlock,
    q.op.ifm.shape,
    a.ifmRead[0],
  );
  if (q.op.ifm2) {
    r.ifmRead[1] = burstInflated(
      cores,
      true,
      q.ifm2Mem ?? q.ifmMem,
      q.ifm2Format,
      q.npu.kind === 'u85' ? q.op.ifm2.bits : q.op.ifm.bits,
      q.cfg.ifmBlock,
      q.op.ifm2.shape,
      a.ifmRead[1],
    );
  }
  // A U85 chain's primary writes the chaining buffer, which is in no memory; its last sub-operation writes the
  // output, counted only as chainWritesOutput says (in memory access cycles and in the traffic alike).
  const burstShape = writeBurstShape(q);
  r.ofmWrite =
    q.op.chained?.length && !chainWritesOutput(q.op)
      ? 0
      : burstInflated(cores, false, q.ofmMem, q.ofmFormat, q.op.ofm.bits, q.cfg.ofmBlock, burstShape, a.ofmWrite);
  r.weightRead = 0;
  r.scaleRead = 0;
  if (q.encodedWeightSize) {
    r.weightRead = a.weightsRefetch * q.encodedWeightSize;
    r.scaleRead = a.weightsRefetch * q.encodedScaleSize;
    r.weightsRefetch = 1;
  }
  return r;
}

/** Burst-inflated bytes a chained operation reads from an external feature map. */
export function extraIfmBytes(q: PerfQuery, fm: FmRef, mem: Memory, format: Format): number {
  // A strided read spans its whole area (see FmRef.extent), as the operation's own reads do.
  const s = fm.extent ?? fm.shape;
  const elements = format === 'NHCWB16' ? s.h * s.w * roundUp(s.c, 16) : count(s);
  if (elements <= 1) return 0;
  return burstInflated(q.npu.cores, true, mem, format, fm.bits, q.cfg.ifmBlock, s, elements);
}

export type AccessCycles = Map<Memory, number>;

/** Cycles each memory is busy for the operation's transfers. */
export function accessCycles(q: PerfQuery, b: ElementAccess): AccessCycles {
  type Group = 'fm' | 'w' | 's';
  // bytes[mem][channel][group]
  const bytes = new Map<Memory, Map<Channel, Map<Group, number>>>();
  const add = (mem: Memory, ch: Channel, g: Group, n: number) => {
    let m = bytes.get(mem);
    if (!m) bytes.set(mem, (m = new Map()));
    let c = m.get(ch);
    if (!c) m.set(ch, (c = new Map()));
    c.set(g, (c.get(g) ?? 0) + n);
  };
  const stream = q.op.hw === 'elementwise' || q.op.hw === 'resize';
  add(q.ifmMem, stream ? Channel.IfmStream : Channel.Ifm, 'fm', b.ifmRead[0]);
  if (q.op.ifm2) add(q.ifm2Mem ?? q.ifmMem, q.op.hw === 'dma' ? Channel.Ifm : Channel.IfmStream, 'fm', b.ifmRead[1]);
  add(q.ofmMem, Channel.Write, 'fm', b.ofmWrite);
  for (const x of q.extraIfms ?? []) add(x.mem, Channel.IfmStream, 'fm', x.bytes);
  if (q.constMem && q.op.weights) {
    if (q.weightStagingMem) {
      const rest = Math.max(q.encodedWeightSize - q.firstWeightDmaSize, 0);
      add(q.constMem, Channel.Mem2Mem, 'w', rest);
      add(q.weightStagingMem, Channel.Write, 'w', rest);
      add(q.weightStagingMem, Channel.Weight, 'w', b.weightRead);
    } else {
      add(q.constMem, Channel.Weight, 'w', b.weightRead);
    }
    add(q.constMem, Channel.Scale, 's', b.scaleRead);
  }
  const out: AccessCycles = new Map();
  for (const [mem, channels] of bytes) {
    let total = 0;
    let maxChannel = 0;
    for (const [ch, groups] of channels) {
      let chCycles = 0;
      for (const n of groups.values()) {
        total += n;
        if (q.npu.kind === 'u85') chCycles += floatCycles(n, channelBandwidth(q.npu, mem, ch));
      }
      maxChannel = Math.max(maxChannel, chCycles);
    }
    out.set(mem, Math.max(floatCycles(total, mem.bandwidth), maxChannel));
  }
  return out;
}
