// Which weight tensors the optimizations touch, and their quantized values grouped as the quantization groups
// them (per output channel with per-axis quantization, else the whole tensor).
//
// Selected: the constant 8-bit weights (input 1) of CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED and
// TRANSPOSE_CONV operators placed on the NPU. Everything else is reported as skipped with the reason.
import type { Model, Tensor } from '../graph/types.js';
import type { OperatorResult } from '../report/types.js';

export const WEIGHT_OPERATORS: ReadonlySet<string> = new Set([
  'CONV_2D',
  'DEPTHWISE_CONV_2D',
  'FULLY_CONNECTED',
  'TRANSPOSE_CONV',
]);
/** The weights are input 1 of every operator above (TRANSPOSE_CONV: output_shape, weights, input, bias). */
const WEIGHT_INPUT = 1;

export interface WeightUser {
  index: number;
  type: string;
}

/** A weight tensor the optimizations may change. */
export interface WeightRef {
  subgraph: number;
  tensor: number;
  name: string;
  users: WeightUser[];
}

export interface SkippedWeight {
  subgraph: number;
  /** -1 when the operator has no weight input at all. */
  tensor: number;
  name: string;
  users: WeightUser[];
  reason: string;
}

export interface WeightSelection {
  weights: WeightRef[];
  skipped: SkippedWeight[];
}

/**
 * Selects the weight tensors to optimise. With a placement (from checkPlacement on one target), weights of CPU
 * operators are skipped: the NPU report is what the optimization is for, and CPU kernels gain nothing from it.
 */
export function selectWeights(model: Model, placement?: readonly OperatorResult[]): WeightSelection {
  const onCpu = new Map<string, OperatorResult>();
  for (const o of placement ?? []) if (o.placement === 'CPU') onCpu.set(`${o.subgraph}:${o.index}`, o);

  const weights: WeightRef[] = [];
  const skipped: SkippedWeight[] = [];
  for (const sg of model.subgraphs) {
    // Every operator using a tensor as its weights, so a tensor shared by several layers is judged once.
    const users = new Map<number, WeightUser[]>();
    for (const op of sg.operators) {
      if (!WEIGHT_OPERATORS.has(op.type)) continue;
      const t = op.inputs[WEIGHT_INPUT] ?? -1;
      if (t < 0) {
        skipped.push({
          subgraph: sg.index,
          tensor: -1,
          name: '',
          users: [{ index: op.index, type: op.type }],
          reason: 'the operator has no weights',
        });
        continue;
      }
      const list = users.get(t) ?? [];
      list.push({ index: op.index, type: op.type });
      users.set(t, list);
    }
    for (const [t, list] of users) {
      const tensor = sg.tensors[t];
      const ops = list.map((u) => ({ index: u.index, type: u.type }));
      const cpu = ops.map((u) => onCpu.get(`${sg.index}:${u.index}`)).find((o) => o !== undefined);
      const reason = cpu
        ? `#${cpu.index} ${cpu.type} runs on the CPU${cpu.reasons[0] ? ` (${cpu.reasons[0].message})` : ''}`
        : unsupportedReason(model, tensor);
      const ref = { subgraph: sg.index, tensor: t, name: tensor?.name ?? '', users: ops };
      if (reason) skipped.push({ ...ref, reason });
      else weights.push(ref);
    }
  }
  return { weights, skipped };
}

/** Why a weight tensor cannot be optimised in the quantized domain, or null when it can. */
function unsupportedReason(model: Model, t: Tensor | undefined): string | null {
  if (!t) return 'the weight tensor index is out of range';
  const data = model.buffers[t.buffer]?.data;
  if (!data || data.length === 0) return 'the weights are not constant (computed at run time)';
  if (t.dtype === 'float32' || t.dtype === 'float16' || t.dtype === 'bfloat16' || t.dtype === 'float64')
    return `${t.dtype} weights: pruning and clustering here work on quantized values only`;
  if (t.dtype !== 'int8' && t.dtype !== 'uint8') return `${t.dtype} weights are not supported (only int8 and uint8)`;
  if (t.hasSparsity) return 'the weights are already stored in a sparse format';
  const q = t.quantization;
  if (!q || q.scale.length === 0) return 'the weights carry no quantization parameters';
  if (q.custom) return 'the weights use a custom quantization scheme';
  const n = elementCount(t.shape);
  if (data.length < n) return `the weight buffer holds ${data.length} bytes for ${n} values`;
  if (q.scale.length > 1 && t.shape[q.quantizedDimension] !== q.scale.length)
    return `${q.scale.length} scales do not match dimension ${q.quantizedDimension} of shape [${t.shape.join(', ')}]`;
  return null;
}

export const elementCount = (shape: readonly number[]): number => shape.reduce((a, d) => a * Math.max(d, 0), 1);

/** A weight tensor's values relative to their zero points, and the group (channel) of each. */
export interface QuantizedWeights {
  /** q - zero point of the value's group. */
  centred: Int32Array;
  /** Quantization group of each value: the index along the per-axis dimension, or 0. */
  group: Int32Array;
  groups: number;
  zeroPoints: number[];
  /** True when the groups are output channels of a per-axis quantization. */
  perAxis: boolean;
}

export function readQuantizedWeights(model: Model, t: Tensor): QuantizedWeights {
  const data = model.buffers[t.buffer].data!;
  const q = t.quantization!;
  const n = elementCount(t.shape);
  const perAxis = q.scale.length > 1;
  const groups = perAxis ? q.scale.length : 1;
  // Elements along the quantized axis are `stride` apart, each run repeating every `stride * dim`.
  const axis = q.quantizedDimension;
  const stride = perAxis ? elementCount(t.shape.slice(axis + 1)) : 1;
  const signed = t.dtype === 'int8';
  const centred = new Int32Array(n);
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const g = perAxis ? Math.floor(i / stride) % groups : 0;
    const raw = signed ? (data[i] << 24) >> 24 : data[i];
    group[i] = g;
    centred[i] = raw - (q.zeroPoint[g] ?? q.zeroPoint[0] ?? 0);
  }
  return { centred, group, groups, zeroPoints: q.zeroPoint, perAxis };
}

/** The stored bytes of centred values (inverse of readQuantizedWeights). */
export function encodeQuantizedWeights(w: QuantizedWeights): Uint8Array {
  const out = new Uint8Array(w.centred.length);
  for (let i = 0; i < out.length; i++) {
    const g = w.group[i];
    out[i] = (w.centred[i] + (w.zeroPoints[g] ?? w.zeroPoints[0] ?? 0)) & 0xff;
  }
  return out;
}
