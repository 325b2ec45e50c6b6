// Advice for one model on one target: MLIA's Ethos-U rules (CPU-only operators, unsupported ratio, all
// on the NPU, expensive activations, high-impact layers, MAC utilisation, memory-bound layers, optimization
// follow-ups) plus ours (channel granularity, other targets, NPU/CPU partitions). Pure: data in, data out.
import type { Model } from '../graph/types.js';
import { truncateMiddle } from './escape.js';
import { formatPercent, plural } from './format.js';
import type { LayerPerf, OperatorResult, PerfSummary, TargetResult } from './types.js';

export type AdviceSeverity = 'info' | 'warning' | 'error';
/** MLIA's advice categories. */
export type AdviceCategory = 'compatibility' | 'performance' | 'optimization';

export interface AdviceOperator {
  subgraph: number;
  index: number;
  type: string;
  name: string;
}

export interface Advice {
  /** Stable rule id, e.g. `cpu-only-operators`. */
  id: string;
  severity: AdviceSeverity;
  category: AdviceCategory;
  message: string;
  /** The operators the advice is about, most important first. */
  operators?: AdviceOperator[];
}

/** A model before and after an optimization (pruning, clustering, quantization…), on the same target. */
export interface OptimizationOutcome {
  /** What was applied, e.g. `pruning 0.5`, `clustering 32`. */
  techniques: string[];
  before: PerfSummary;
  after: PerfSummary;
  /** Stronger settings worth trying next, e.g. `pruning 0.7`. */
  nextTechniques?: string[];
}

export interface AdviceInput {
  result: TargetResult;
  /** The same model on the other configured targets (for "runs on the NPU elsewhere"). */
  otherTargets?: readonly TargetResult[];
  /** The model's IR, for rules that read tensor shapes (channel granularity); skipped without it. */
  model?: Model;
  optimization?: OptimizationOutcome;
}

export interface AdviceOptions {
  /** Layers named by the high-impact rule (default 3). */
  topLayers?: number;
  /** Operators listed per message before "and N more" (default 5). */
  listLimit?: number;
}

/** MLIA's utilisation thresholds: convolutions below 30% are very low, below 55% low; depthwise below 3%. */
export const UTILISATION = { convVeryLow: 0.3, convLow: 0.55, depthwiseLow: 0.03 } as const;
/** Ethos-U55/U65 compute output channels in ublocks/bricks of 16 (U85's accumulator depth granule is 16 too). */
export const CHANNEL_GRANULE = 16;
/** A layer counts as high impact from this share of the model's cycles. */
const HIGH_IMPACT_SHARE = 0.1;

const CONV_TYPES = new Set(['CONV_2D', 'CONV_3D', 'FULLY_CONNECTED', 'TRANSPOSE_CONV', 'BATCH_MATMUL']);
const DEPTHWISE_TYPES = new Set(['DEPTHWISE_CONV_2D']);
/** Activations the NPU runs through a lookup table (a table DMA per use) and a cheaper alternative. */
const LUT_ACTIVATIONS: Record<string, string> = {
  LOGISTIC: 'a ReLU/ReLU6 where a gate is not needed, or HARD_SWISH',
  TANH: 'a ReLU6 or clamp where the range allows',
  HARD_SWISH: 'ReLU6, which fuses into the producing layer for free',
  GELU: 'ReLU or ReLU6',
  EXP: 'a formulation without exponentials where possible',
  LOG: 'a formulation without logarithms where possible',
  ELU: 'ReLU',
  LEAKY_RELU: 'ReLU (an 8-bit LEAKY_RELU becomes a lookup table)',
  RSQRT: 'a precomputed scale where the input is constant',
};
/** Operators that become a long chain of NPU operations. */
const EXPENSIVE_OPS: Record<string, string> = {
  SOFTMAX: 'about 28 NPU operations for 8-bit data; keep it at the end of the model or replace it by an ARG_MAX',
};

/**
 * Whether a reason says the operator type itself is unsupported (MLIA's "CPU only"), not a parameter:
 * src/compat's stable rule `op.unsupported`, or Vela's own "Unsupported opType" text.
 */
export function isOperatorTypeReason(rule: string, message: string): boolean {
  return rule === 'op.unsupported' || /unsupported op ?type/i.test(message);
}

/** Whether a reason is about floating-point data (the model is not quantized). */
export function isFloatReason(rule: string, message: string): boolean {
  return /float/i.test(message) || /(^|[._-])float/i.test(rule);
}

export function adviseModel(input: AdviceInput, options: AdviceOptions = {}): Advice[] {
  const listLimit = options.listLimit ?? 5;
  const { result } = input;
  const advice: Advice[] = [];
  const ops = result.operators;
  const cpuOps = ops.filter((o) => o.placement === 'CPU');
  const byId = new Map(ops.map((o) => [`${o.subgraph}:${o.index}`, o]));
  const list = (items: readonly OperatorResult[]) => describeOps(items, listLimit);

  // MLIA: operators whose type the NPU does not support at all.
  const cpuOnly = cpuOps.filter((o) => o.reasons.some((r) => isOperatorTypeReason(r.rule, r.message)));
  if (cpuOnly.length) {
    const types = [...new Set(cpuOnly.map((o) => o.type))].sort();
    advice.push({
      id: 'cpu-only-operators',
      severity: 'warning',
      category: 'compatibility',
      message:
        `${plural(cpuOnly.length, 'operator')} ${cpuOnly.length === 1 ? 'is' : 'are'} CPU-only on ${result.target}: ` +
        `${types.join(', ')}. Using operators the NPU supports instead will improve performance.`,
      operators: cpuOnly.map(adviceOperator),
    });
  }

  // MLIA: the share of operators that cannot be placed on the NPU, or the all-NPU confirmation.
  if (cpuOps.length && ops.length) {
    advice.push({
      id: 'unsupported-ratio',
      severity: cpuOps.length === ops.length ? 'error' : 'warning',
      category: 'compatibility',
      message:
        `${formatPercent(cpuOps.length / ops.length, 0)} of the operators (${cpuOps.length} of ${ops.length}) ` +
        `cannot be placed on the NPU of ${result.target}. Review the reasons in the operator table and adjust the model where possible.`,
      operators: cpuOps.map(adviceOperator),
    });
  } else if (ops.length) {
    advice.push({
      id: 'all-on-npu',
      severity: 'info',
      category: 'compatibility',
      message: `${ops.length === 1 ? 'The one operator runs' : `All ${ops.length} operators run`} on the NPU of ${result.target}; check the performance figures for the next gains.`,
    });
  }

  // Ours: a float model runs entirely on the CPU; the fix is quantization, not operator changes.
  const floatOps = cpuOps.filter((o) => o.reasons.some((r) => isFloatReason(r.rule, r.message)));
  if (floatOps.length && floatOps.length >= cpuOps.length / 2) {
    advice.push({
      id: 'quantize-model',
      severity: 'warning',
      category: 'optimization',
      message:
        `${plural(floatOps.length, 'operator')} ${floatOps.length === 1 ? 'stays' : 'stay'} on the CPU of ${result.target} because of floating-point tensors. ` +
        'Ethos-U runs 8-bit and 16-bit quantized operators only: quantize the model (full-integer post-training quantization, int8 or int16x8).',
      operators: floatOps.map(adviceOperator),
    });
  }

  // Ours: operators on the CPU here that another configured target runs on its NPU.
  for (const other of input.otherTargets ?? []) {
    if (other.target === result.target) continue;
    const otherById = new Map(other.operators.map((o) => [`${o.subgraph}:${o.index}`, o]));
    const movable = cpuOps.filter((o) => otherById.get(`${o.subgraph}:${o.index}`)?.placement === 'NPU');
    if (movable.length) {
      advice.push({
        id: 'npu-on-other-target',
        severity: 'info',
        category: 'compatibility',
        message: `${plural(movable.length, 'operator')} on the CPU of ${result.target} would run on the NPU of ${other.target}: ${list(movable)}.`,
        operators: movable.map(adviceOperator),
      });
    }
  }

  // Ours: every NPU/CPU hand-over costs a round trip through the tensor arena and the CPU scheduler.
  const { npu, cpu } = result.partitions;
  if (cpu > 0 && npu > 0 && npu + cpu > 2) {
    advice.push({
      id: 'partitions',
      severity: npu + cpu > 4 ? 'warning' : 'info',
      category: 'performance',
      message:
        `The model is split into ${plural(npu, 'NPU partition')} and ${plural(cpu, 'CPU partition')} on ${result.target}; ` +
        `each hand-over between NPU and CPU costs time. Moving CPU operators to the start or end of the model, or replacing them, reduces the splits.`,
    });
  }

  // MLIA: activations that need a lookup table, and operators that expand into long chains.
  const npuOps = ops.filter((o) => o.placement === 'NPU');
  const lutTypes = [...new Set(npuOps.map((o) => o.type).filter((t) => t in LUT_ACTIVATIONS || t in EXPENSIVE_OPS))];
  for (const type of lutTypes.sort()) {
    const users = npuOps.filter((o) => o.type === type);
    const isLut = type in LUT_ACTIVATIONS;
    advice.push({
      id: isLut ? 'lut-activation' : 'expensive-operator',
      severity: 'info',
      category: 'performance',
      message: isLut
        ? `${plural(users.length, `${type} operator`)} run${users.length === 1 ? 's' : ''} on the NPU through a lookup table loaded for each use; if accuracy allows, consider ${LUT_ACTIVATIONS[type]}.`
        : `${plural(users.length, `${type} operator`)} expand${users.length === 1 ? 's' : ''} into ${EXPENSIVE_OPS[type]}.`,
      operators: users.map(adviceOperator),
    });
  }

  const perf = result.performance;
  if (perf && perf.layers.length) {
    const totalCycles = perf.layers.reduce((a, l) => a + l.cycles, 0) || 1;
    const opOf = (l: LayerPerf): AdviceOperator => {
      const o = byId.get(`${l.subgraph}:${l.operatorIndex}`);
      return { subgraph: l.subgraph, index: l.operatorIndex, type: l.type, name: o?.name ?? '' };
    };
    const share = (l: LayerPerf) => l.cycles / totalCycles;
    const sorted = [...perf.layers].sort((a, b) => b.cycles - a.cycles);

    // MLIA: the layers that dominate the estimate.
    const top = sorted.slice(0, options.topLayers ?? 3).filter((l) => share(l) >= HIGH_IMPACT_SHARE);
    if (top.length) {
      advice.push({
        id: 'high-impact-layers',
        severity: 'info',
        category: 'performance',
        message:
          `The layers with the most cycles on ${result.target}: ` +
          top.map((l) => `${layerLabel(opOf(l))} (${formatPercent(share(l))})`).join(', ') +
          '. Optimizing these gives the largest gains.',
        operators: top.map(opOf),
      });
    }

    // MLIA: low MAC utilisation by layer kind.
    const withMacs = sorted.filter((l) => l.macs > 0);
    const veryLow = withMacs.filter((l) => CONV_TYPES.has(l.type) && l.macUtilisation < UTILISATION.convVeryLow);
    const low = withMacs.filter(
      (l) =>
        CONV_TYPES.has(l.type) && l.macUtilisation >= UTILISATION.convVeryLow && l.macUtilisation < UTILISATION.convLow,
    );
    const dwLow = withMacs.filter((l) => DEPTHWISE_TYPES.has(l.type) && l.macUtilisation < UTILISATION.depthwiseLow);
    /** `what` follows "N layer(s) use(s)". */
    const utilAdvice = (id: string, severity: AdviceSeverity, layers: LayerPerf[], kind: string, what: string) => {
      if (!layers.length) return;
      advice.push({
        id,
        severity,
        category: 'performance',
        message:
          `${plural(layers.length, 'layer')}${kind} ${layers.length === 1 ? 'uses' : 'use'} ${what} on ${result.target}: ` +
          describeLayers(layers, opOf, listLimit) +
          '. Channel counts that fill the NPU (multiples of 16) and larger feature maps raise utilisation.',
        operators: layers.map(opOf),
      });
    };
    utilAdvice(
      'mac-utilisation-very-low',
      'warning',
      veryLow,
      '',
      `under ${formatPercent(UTILISATION.convVeryLow, 0)} of the NPU's MACs (very low)`,
    );
    utilAdvice(
      'mac-utilisation-low',
      'info',
      low,
      '',
      `under ${formatPercent(UTILISATION.convLow, 0)} of the NPU's MACs (low)`,
    );
    utilAdvice(
      'depthwise-utilisation-low',
      'info',
      dwLow,
      ' (depthwise)',
      `under ${formatPercent(UTILISATION.depthwiseLow, 0)} of the NPU's MACs`,
    );

    // MLIA: layers whose memory traffic, not compute, sets their time.
    const memBound = sorted.filter((l) => l.memoryBound);
    if (memBound.length) {
      const memShare = memBound.reduce((a, l) => a + share(l), 0);
      advice.push({
        id: 'memory-bound-layers',
        severity: memShare >= 0.5 ? 'warning' : 'info',
        category: 'performance',
        message:
          `${plural(memBound.length, 'layer')} ${memBound.length === 1 ? 'is' : 'are'} memory-bound on ${result.target} ` +
          `(${formatPercent(memShare)} of the cycles): ${describeLayers(memBound, opOf, listLimit)}. ` +
          'Smaller weights (pruning, clustering) or feature maps that fit in SRAM help more than extra MACs.',
        operators: memBound.map(opOf),
      });
    }
  }

  // Ours: output channels that leave part of the NPU's 16-channel blocks idle.
  if (input.model) {
    const wasteful = channelWaste(input.model, npuOps).sort((a, b) => b.wastedMacs - a.wastedMacs);
    if (wasteful.length) {
      advice.push({
        id: 'channel-granularity',
        severity: 'info',
        category: 'performance',
        message:
          `${plural(wasteful.length, 'NPU layer')} ${wasteful.length === 1 ? 'has' : 'have'} an output channel count that is not a multiple of ${CHANNEL_GRANULE}: ` +
          wasteful
            .slice(0, listLimit)
            .map((w) => `${layerLabel(adviceOperator(w.op))} (${w.channels} channels computed as ${w.padded})`)
            .join(', ') +
          (wasteful.length > listLimit ? ` and ${wasteful.length - listLimit} more` : '') +
          `. The NPU computes channels in blocks of ${CHANNEL_GRANULE}: rounding the count up costs nothing extra in time.`,
        operators: wasteful.map((w) => adviceOperator(w.op)),
      });
    }
  }

  if (input.optimization) advice.push(...optimizationAdvice(input.optimization, result.target));
  return advice;
}

interface ChannelWaste {
  op: OperatorResult;
  channels: number;
  padded: number;
  wastedMacs: number;
}

/** NPU layers with MACs whose output depth is not a multiple of the channel granule. */
function channelWaste(model: Model, npuOps: readonly OperatorResult[]): ChannelWaste[] {
  const out: ChannelWaste[] = [];
  for (const o of npuOps) {
    if (o.macs <= 0) continue;
    const sg = model.subgraphs[o.subgraph];
    const op = sg?.operators[o.index];
    const shape = op ? sg.tensors[op.outputs[0]]?.shape : undefined;
    const channels = shape?.[shape.length - 1];
    if (!channels || channels <= 0 || channels % CHANNEL_GRANULE === 0) continue;
    const padded = Math.ceil(channels / CHANNEL_GRANULE) * CHANNEL_GRANULE;
    out.push({ op: o, channels, padded, wastedMacs: (o.macs * (padded - channels)) / channels });
  }
  return out;
}

function optimizationAdvice(opt: OptimizationOutcome, target: string): Advice[] {
  const metrics: { label: string; before: number; after: number }[] = [
    { label: 'inference time', before: opt.before.inferenceTimeMs, after: opt.after.inferenceTimeMs },
    { label: 'NPU cycles', before: opt.before.npuCycles, after: opt.after.npuCycles },
    { label: 'SRAM used', before: opt.before.sramUsedBytes, after: opt.after.sramUsedBytes },
    { label: 'DRAM used', before: opt.before.dramUsedBytes, after: opt.after.dramUsedBytes },
    {
      label: 'flash used',
      before: opt.before.onChipFlashUsedBytes + opt.before.offChipFlashUsedBytes,
      after: opt.after.onChipFlashUsedBytes + opt.after.offChipFlashUsedBytes,
    },
  ].filter((m) => m.before > 0 && m.before !== m.after);
  const improved = metrics.filter((m) => m.after < m.before);
  const degraded = metrics.filter((m) => m.after > m.before);
  const pct = (m: { before: number; after: number }) => formatPercent(Math.abs(m.after - m.before) / m.before);
  const applied = opt.techniques.join(', ') || 'the optimization';
  const parts = [`With ${applied} on ${target}:`];
  const changes: string[] = [];
  if (improved.length) changes.push(`improved ${improved.map((m) => `${m.label} by ${pct(m)}`).join(', ')}`);
  if (degraded.length) changes.push(`degraded ${degraded.map((m) => `${m.label} by ${pct(m)}`).join(', ')}`);
  parts.push(changes.length ? `${changes.join('; ')}.` : 'no change in the estimated figures.');
  if (improved.length && opt.nextTechniques?.length) {
    parts.push(
      `Try pushing further (${opt.nextTechniques.join(' and/or ')}) to check whether the results improve more.`,
    );
  } else if (degraded.length && !improved.length) {
    parts.push('Try other optimization types or targets.');
  }
  return [
    {
      id: 'optimization-results',
      severity: degraded.length && !improved.length ? 'warning' : 'info',
      category: 'optimization',
      message: parts.join(' '),
    },
    {
      id: 'optimization-accuracy',
      severity: 'warning',
      category: 'optimization',
      message:
        'Optimizations change the model numerically: check its accuracy, and tune or fine-tune it again if needed.',
    },
  ];
}

function adviceOperator(o: OperatorResult): AdviceOperator {
  return { subgraph: o.subgraph, index: o.index, type: o.type, name: o.name };
}

function layerLabel(o: AdviceOperator): string {
  const where = o.subgraph ? `${o.subgraph}:${o.index}` : `${o.index}`;
  return `#${where} ${o.type}${o.name ? ` "${truncateMiddle(o.name, 48)}"` : ''}`;
}

function describeOps(items: readonly OperatorResult[], limit: number): string {
  const shown = items.slice(0, limit).map((o) => layerLabel(adviceOperator(o)));
  return shown.join(', ') + (items.length > limit ? ` and ${items.length - limit} more` : '');
}

function describeLayers(layers: readonly LayerPerf[], opOf: (l: LayerPerf) => AdviceOperator, limit: number): string {
  const shown = layers
    .slice(0, limit)
    .map((l) => `${layerLabel(opOf(l))} ${formatPercent(l.macUtilisation)} utilisation`);
  return shown.join(', ') + (layers.length > limit ? ` and ${layers.length - limit} more` : '');
}
