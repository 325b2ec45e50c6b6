// Post-training full-integer quantization of a float model, from calibrated tensor ranges: the rewrite TFLite's
// converter performs, on our IR. Pure: the input model is never mutated, a new Model is returned.
//
// Every float activation tensor of subgraph 0 gets a native form: integer when an integer operator produces it
// (or it is a model input and `io` is int8), float otherwise. Operators read the form they need; a QUANTIZE or
// DEQUANTIZE is inserted, once per tensor, where a float operator meets an integer tensor or the reverse.
import type { DType, Model, Operator, OperatorCode, Quantization, Subgraph, Tensor } from '../../graph/types.js';
import { computeMacs } from '../../graph/macs.js';
import { BuiltinOperator } from '../../tflite/generated/tflite/builtin-operator.js';
import { compactModel } from './compact.js';
import { BULK_QUANTILE, describeOutliers, magnitudeQuantile, outlierRange } from './outliers.js';
import { productRange, productWeights } from './product-range.js';
import {
  activationParams,
  perTensor,
  quantizeValues,
  sameParams,
  symmetricScales,
  type ActivationType,
} from './params.js';
import { prepareFloatModel } from './prepare.js';
import { DEQUANTIZE_VERSION, OP_RULES, QUANTIZE_VERSION, type OpRule } from './rules.js';
import { constantValues, elementCount, integerBytes, isConstant, rangeOf } from './tensor-data.js';
import type { CalibrationStats, FloatOp, OutlierRange, QuantizeOptions, QuantizeReport, TensorRange } from './types.js';

export interface QuantizeResult {
  model: Model;
  report: QuantizeReport;
}

export const RANDOM_DATA_CAVEAT =
  'calibrated on random data: activation ranges do not reflect real inputs, so the accuracy of this model is ' +
  'not meaningful; quantize with representative data (--calibration DIR) before judging accuracy';

/** Values beyond this are masking sentinels (±FLT_MAX, 1e38 ...), not data. */
const SENTINEL_MAGNITUDE = 1e30;

type Decision = { kind: 'quantize'; rule: OpRule } | { kind: 'float'; reason: string } | { kind: 'integer' };

export function quantizeModel(input: Model, stats: CalibrationStats, opts: QuantizeOptions): QuantizeResult {
  const prepared = prepareFloatModel(input);
  const model = prepared.model;
  const sg = model.subgraphs[0];
  const act: ActivationType = opts.int16x8 ? 'int16' : 'int8';
  const tensors: Tensor[] = sg.tensors.map((t) => ({ ...t }));
  const buffers = [...model.buffers];
  const opcodes: OperatorCode[] = [...model.operatorCodes];
  const caveats: string[] = [];
  const constant = (i: number) => isConstant(model, sg.tensors[i]);
  const isFloatActivation = (i: number) =>
    i >= 0 && sg.tensors[i].dtype === 'float32' && !constant(i) && !sg.tensors[i].isVariable;

  // ---- which operators go integer ------------------------------------------------------------------------------
  const decisions = sg.operators.map((op) => decide(op, sg, model, stats, act, opts.keepFloatAbove));
  const producer = new Map<number, number>();
  sg.operators.forEach((op, i) => op.outputs.forEach((t) => t >= 0 && producer.set(t, i)));
  const consumers = new Map<number, number[]>();
  sg.operators.forEach((op, i) =>
    op.inputs.forEach((t) => {
      if (t < 0) return;
      const list = consumers.get(t);
      if (list) list.push(i);
      else consumers.set(t, [i]);
    }),
  );
  const graphOutputs = new Set(sg.outputs);
  const graphInputs = new Set(sg.inputs);

  /** True when the tensor's native form is integer. */
  const nativeInteger = (t: number): boolean => {
    if (!isFloatActivation(t)) return false;
    const p = producer.get(t);
    if (p !== undefined) return decisions[p].kind === 'quantize';
    return (
      graphInputs.has(t) && opts.io === 'int8' && (consumers.get(t) ?? []).some((c) => decisions[c].kind === 'quantize')
    );
  };

  // ---- parameters ------------------------------------------------------------------------------------------------
  const params = new Map<number, Quantization>();
  const paramsOf = (t: number): Quantization => {
    let q = params.get(t);
    if (q) return q;
    if (constant(t)) {
      const values = constantValues(model, sg.tensors[t])!;
      q = activationParams(constantRange(t, values), act);
    } else {
      const r = stats.ranges.get(t);
      if (!r) throw new Error(`quantizeModel: no calibrated range for tensor ${t} (${sg.tensors[t].name})`);
      q = activationParams(r, act);
    }
    params.set(t, q);
    return q;
  };
  sg.operators.forEach((op, i) => {
    const d = decisions[i];
    if (d.kind !== 'quantize') return;
    const out = d.rule.output;
    for (const o of op.outputs) {
      if (o < 0 || sg.tensors[o].dtype !== 'float32') continue;
      if (out === 'same') params.set(o, paramsOf(op.inputs[0]));
      else if (out === 'range' || out === 'shared') paramsOf(o);
      else {
        const [scale, zp] = out[act];
        params.set(o, perTensor(scale, zp));
      }
    }
  });

  /**
   * A constant's range: chosen for the products when every reader is a MUL whose other operand has calibrated
   * per-element statistics, else its own min/max.
   */
  function constantRange(t: number, values: Float32Array): TensorRange {
    const readers = consumers.get(t) ?? [];
    const weights = new Float64Array(values.length);
    for (const i of readers) {
      const op = sg.operators[i];
      const other = op.inputs.find((x) => x !== t);
      if (op.type !== 'MUL' || op.inputs.length !== 2 || other === undefined) return rangeOf(values);
      const otherShape = sg.tensors[other].shape;
      const sq = stats.squares?.get(other);
      if (!sq || sq.length !== elementCount(otherShape)) return rangeOf(values);
      const w = productWeights(sg.tensors[t].shape, otherShape, sq);
      if (w.length !== values.length) return rangeOf(values);
      for (let k = 0; k < w.length; k++) weights[k] += w[k];
    }
    return readers.length ? productRange(values, weights, act) : rangeOf(values);
  }

  // ---- emission --------------------------------------------------------------------------------------------------
  const ops: Operator[] = [];
  const opcodeFor = (type: string, version: number): number => {
    const builtinCode = (BuiltinOperator as unknown as Record<string, number>)[type];
    let i = opcodes.findIndex((c) => c.builtinCode === builtinCode && c.version === version && !c.customCode);
    if (i < 0) {
      i = opcodes.length;
      opcodes.push({ type, builtinCode, version });
    }
    return i;
  };
  const addTensor = (t: Omit<Tensor, 'index'>): number => {
    const index = tensors.length;
    tensors.push({ ...t, index });
    return index;
  };
  const addBuffer = (data: Uint8Array): number => {
    buffers.push({ index: buffers.length, data, size: data.length });
    return buffers.length - 1;
  };
  let conversionOps = 0;
  const emitConversion = (type: 'QUANTIZE' | 'DEQUANTIZE', from: number, to: number) => {
    const version = (type === 'QUANTIZE' ? QUANTIZE_VERSION : DEQUANTIZE_VERSION)[act];
    ops.push(conversionOp(type, opcodeFor(type, version), from, to));
    conversionOps++;
  };

  // Constants quantized per tensor for an integer operator (not weights: those are per channel), for the report.
  const quantizedConstants = new Map<number, { q: Quantization; op: string }>();
  let currentOp = '';
  const quantForm = new Map<number, number>();
  const floatForm = new Map<number, number>();
  const requantized = new Map<string, number>();

  // Native integer tensors become integer in place, except float model outputs, which get an integer twin.
  for (let t = 0; t < sg.tensors.length; t++) {
    if (!nativeInteger(t)) continue;
    const q = paramsOf(t);
    if (graphOutputs.has(t) && opts.io === 'float') {
      quantForm.set(t, addTensor({ ...sg.tensors[t], name: `${sg.tensors[t].name}_int`, dtype: act, quantization: q }));
    } else {
      tensors[t] = { ...tensors[t], dtype: act, quantization: q };
      quantForm.set(t, t);
    }
  }
  for (let t = 0; t < sg.tensors.length; t++) if (isFloatActivation(t) && !quantForm.has(t)) floatForm.set(t, t);

  /** The integer form of a tensor (activation or constant), with its own parameters. */
  const needQuant = (t: number): number => {
    const have = quantForm.get(t);
    if (have !== undefined) return have;
    const src = sg.tensors[t];
    const q = paramsOf(t);
    let index: number;
    if (constant(t)) {
      const values = quantizeValues(constantValues(model, src)!, src.shape, q, act);
      quantizedConstants.set(t, { q, op: currentOp });
      index = addTensor({
        ...src,
        name: `${src.name}_${act}`,
        dtype: act,
        quantization: q,
        buffer: addBuffer(integerBytes(act, values)),
      });
    } else {
      index = addTensor({ ...src, name: `${src.name}_${act}`, dtype: act, quantization: q, buffer: 0 });
      emitConversion('QUANTIZE', needFloat(t), index);
    }
    quantForm.set(t, index);
    return index;
  };
  /** The float form of an activation tensor. */
  const needFloat = (t: number): number => {
    const have = floatForm.get(t);
    if (have !== undefined) return have;
    const src = sg.tensors[t];
    const index =
      graphOutputs.has(t) && opts.io === 'float'
        ? t
        : addTensor({ ...src, name: `${src.name}_float`, dtype: 'float32', quantization: undefined, buffer: 0 });
    emitConversion('DEQUANTIZE', quantForm.get(t)!, index);
    floatForm.set(t, index);
    return index;
  };
  /** The integer form of a tensor with exactly the parameters `q` (requantized when its own differ). */
  const needQuantWith = (t: number, q: Quantization): number => {
    if (constant(t)) {
      const key = `c${t}:${q.scale[0]}:${q.zeroPoint[0]}`;
      let index = requantized.get(key);
      if (index === undefined) {
        const src = sg.tensors[t];
        const values = quantizeValues(constantValues(model, src)!, src.shape, q, act);
        quantizedConstants.set(t, { q, op: currentOp });
        index = addTensor({
          ...src,
          name: `${src.name}_${act}`,
          dtype: act,
          quantization: q,
          buffer: addBuffer(integerBytes(act, values)),
        });
        requantized.set(key, index);
      }
      return index;
    }
    const base = needQuant(t);
    if (sameParams(tensors[base].quantization!, q)) return base;
    const key = `${t}:${q.scale[0]}:${q.zeroPoint[0]}`;
    let index = requantized.get(key);
    if (index === undefined) {
      index = addTensor({
        ...sg.tensors[t],
        name: `${sg.tensors[t].name}_requant`,
        dtype: act,
        quantization: q,
        buffer: 0,
      });
      emitConversion('QUANTIZE', base, index);
      requantized.set(key, index);
    }
    return index;
  };

  const floatOps: FloatOp[] = [];
  let quantizedOps = 0;
  sg.operators.forEach((op, i) => {
    const d = decisions[i];
    const sourceIndex = prepared.sourceIndex[i];
    if (d.kind === 'float') {
      floatOps.push({ index: sourceIndex, type: op.type, reason: d.reason });
      ops.push({ ...op, inputs: op.inputs.map((t) => (isFloatActivation(t) ? needFloat(t) : t)) });
      return;
    }
    if (d.kind === 'integer') {
      ops.push(op);
      return;
    }
    quantizedOps++;
    currentOp = op.type;
    const rule = d.rule;
    const inputs = [...op.inputs];
    const w = rule.weighted;
    if (w) {
      const x = needQuant(op.inputs[w.input]);
      inputs[w.input] = x;
      const inScale = tensors[x].quantization!.scale[0];
      const perChannel = w.perChannel && (op.type !== 'FULLY_CONNECTED' || !opts.perTensorFullyConnected);
      const wt = op.inputs[w.weights];
      let weightScales: number[];
      if (constant(wt)) {
        const src = sg.tensors[wt];
        const values = constantValues(model, src)!;
        weightScales = symmetricScales(values, src.shape, perChannel ? w.channelAxis : null);
        const q: Quantization = {
          scale: weightScales,
          zeroPoint: weightScales.map(() => 0),
          quantizedDimension: perChannel ? w.channelAxis : 0,
        };
        const ints = quantizeValues(values, src.shape, q, 'int8', true);
        inputs[w.weights] = addTensor({
          ...src,
          name: `${src.name}_int8`,
          dtype: 'int8',
          quantization: q,
          buffer: addBuffer(integerBytes('int8', ints)),
        });
      } else {
        // Activation weights (e.g. attention): symmetric per-tensor, as the integer kernels expect zero point 0.
        const r = stats.ranges.get(wt)!;
        const q = perTensor(Math.max(Math.abs(r.min), Math.abs(r.max), 1e-6) / 127, 0);
        weightScales = q.scale;
        inputs[w.weights] = needQuantWith(wt, q);
      }
      const b = op.inputs[w.bias];
      if (b !== undefined && b >= 0) {
        const src = sg.tensors[b];
        const values = constantValues(model, src)!;
        // One bias scale per weight scale: input scale × weight scale, zero point 0.
        const scale = weightScales.map((ws) => inScale * ws);
        const q: Quantization = { scale, zeroPoint: scale.map(() => 0), quantizedDimension: 0 };
        const biasType = act === 'int16' ? 'int64' : 'int32';
        const ints = quantizeValues(values, src.shape, q, biasType);
        inputs[w.bias] = addTensor({
          ...src,
          name: `${src.name}_${biasType}`,
          dtype: biasType as DType,
          quantization: q,
          buffer: addBuffer(integerBytes(biasType, ints)),
        });
      }
    } else if (rule.output === 'shared') {
      const outQ = params.get(op.outputs[0])!;
      op.inputs.forEach((t, k) => {
        if (t >= 0 && sg.tensors[t].dtype === 'float32') inputs[k] = needQuantWith(t, outQ);
      });
    } else if (rule.output === 'same') {
      // Secondary float inputs (PADV2's pad value) must be in the data's own integer scale.
      inputs[0] = needQuant(op.inputs[0]);
      const dataQ = tensors[inputs[0]].quantization!;
      op.inputs.forEach((t, k) => {
        if (k > 0 && t >= 0 && sg.tensors[t].dtype === 'float32') inputs[k] = needQuantWith(t, dataQ);
      });
    } else {
      op.inputs.forEach((t, k) => {
        if (t >= 0 && sg.tensors[t].dtype === 'float32') inputs[k] = needQuant(t);
      });
    }
    const outputs = op.outputs.map((t) => quantForm.get(t) ?? t);
    ops.push({
      ...op,
      opcodeIndex: opcodeFor(op.type, act === 'int16' ? rule.int16! : rule.int8),
      inputs,
      outputs,
      options:
        op.options && 'asymmetricQuantizeInputs' in op.options
          ? { ...op.options, asymmetricQuantizeInputs: false }
          : op.options,
    });
  });
  // Float model outputs computed in integer form are dequantized last.
  for (const t of sg.outputs) if (quantForm.has(t) && opts.io === 'float') needFloat(t);

  const subgraph: Subgraph = { ...sg, tensors, operators: ops.map((op, index) => ({ ...op, index })) };
  for (const op of subgraph.operators) op.macs = computeMacs(op, subgraph);
  const rewritten = compactModel({
    ...model,
    buffers,
    operatorCodes: opcodes,
    subgraphs: [subgraph, ...model.subgraphs.slice(1)],
  });

  /** Integer activations and per-tensor constants whose step exceeds what nearly all their values need. */
  function findOutliers(): OutlierRange[] {
    const found: { order: number; range: OutlierRange }[] = [];
    for (const [t, qt] of quantForm) {
      if (!isFloatActivation(t)) continue;
      const r = stats.ranges.get(t);
      const p = producer.get(t);
      const o =
        r &&
        outlierRange(
          {
            tensor: t,
            name: sg.tensors[t].name,
            op: p === undefined ? 'model input' : sg.operators[p].type,
            constant: false,
          },
          r.bulk,
          Math.max(-r.min, r.max),
          tensors[qt].quantization!.scale[0],
        );
      if (o) found.push({ order: p ?? -1, range: o });
    }
    for (const [t, { q, op }] of quantizedConstants) {
      const values = constantValues(model, sg.tensors[t])!;
      const r = rangeOf(values);
      const o = outlierRange(
        { tensor: t, name: sg.tensors[t].name, op, constant: true },
        magnitudeQuantile(values, BULK_QUANTILE),
        Math.max(-r.min, r.max),
        q.scale[0],
      );
      const firstUse = Math.min(...(consumers.get(t) ?? [Infinity]));
      if (o) found.push({ order: firstUse, range: o });
    }
    return found.sort((a, b) => a.order - b.order).map((f) => f.range);
  }

  const outlierRanges = findOutliers();
  const outlierCaveat = describeOutliers(outlierRanges);
  if (outlierCaveat) caveats.push(outlierCaveat);
  if (opts.randomCalibration) caveats.push(RANDOM_DATA_CAVEAT);
  if (prepared.folded)
    caveats.push(`${prepared.folded} float16 / quantized constants were dequantized to float32 first`);
  if (prepared.widened)
    caveats.push(`${prepared.widened} hybrid (dynamic-range) int8 weights were dequantized to float32 first`);
  if (model.subgraphs.length > 1)
    caveats.push(`only subgraph 0 is quantized; ${model.subgraphs.length - 1} other subgraph(s) stay float`);
  if (opts.io === 'int8' && sg.inputs.some((t) => isFloatActivation(t) && !nativeInteger(t)))
    caveats.push('some float inputs feed only float operators and stay float');
  if (opts.io === 'int8' && sg.outputs.some((t) => isFloatActivation(t) && !quantForm.has(t)))
    caveats.push('some outputs come from float operators and stay float');
  return { model: rewritten, report: { quantizedOps, floatOps, conversionOps, outlierRanges, caveats } };
}

function conversionOp(type: 'QUANTIZE' | 'DEQUANTIZE', opcodeIndex: number, from: number, to: number): Operator {
  return {
    index: 0,
    opcodeIndex,
    type,
    inputs: [from],
    outputs: [to],
    intermediates: [],
    optionsType: type === 'QUANTIZE' ? 'QuantizeOptions' : 'DequantizeOptions',
    options: {},
    options2Type: null,
    options2: null,
    macs: 0,
  };
}

/** Whether an operator can run in integer form, and if not, why. */
function decide(
  op: Operator,
  sg: Subgraph,
  model: Model,
  stats: CalibrationStats,
  act: ActivationType,
  keepFloatAbove = Infinity,
): Decision {
  const touched = [...op.inputs, ...op.outputs].filter((t) => t >= 0).map((t) => sg.tensors[t]);
  const floats = touched.filter((t) => t.dtype === 'float32' || t.dtype === 'float16' || t.dtype === 'float64');
  if (floats.length === 0) return { kind: 'integer' };
  const rule = OP_RULES[op.type];
  const name = op.type === 'CUSTOM' ? `CUSTOM ${op.customCode ?? ''}`.trim() : op.type;
  if (!rule) return { kind: 'float', reason: `TFLite has no integer kernel for ${name} that the quantizer supports` };
  if (act === 'int16' && rule.int16 === undefined)
    return { kind: 'float', reason: `TFLite has no int16x8 kernel for ${name}` };
  if (floats.some((t) => t.dtype !== 'float32'))
    return { kind: 'float', reason: 'a tensor is float16/float64 that is not a foldable constant' };
  if (touched.some((t) => t.isVariable)) return { kind: 'float', reason: 'reads or writes a variable (state) tensor' };
  const w = rule.weighted;
  for (const [k, t] of op.inputs.entries()) {
    if (t < 0) continue;
    const tensor = sg.tensors[t];
    if (tensor.dtype !== 'float32') continue;
    const isConst = isConstant(model, tensor);
    if (w && k === w.bias && !isConst) return { kind: 'float', reason: 'the bias is not a constant' };
    if (isConst && !constantValues(model, tensor))
      return { kind: 'float', reason: `constant ${tensor.name} is unreadable` };
    if (!isConst && !stats.ranges.has(t))
      return { kind: 'float', reason: `no calibrated range for input ${tensor.name || t}` };
  }
  if (w) {
    const x = op.inputs[w.input];
    if (x < 0 || sg.tensors[x].dtype !== 'float32') return { kind: 'float', reason: 'the data input is not float' };
    const weights = sg.tensors[op.inputs[w.weights]];
    if (weights?.dtype !== 'float32') return { kind: 'float', reason: 'the weights are not float' };
    if (act === 'int16' && !isConstant(model, weights))
      return { kind: 'float', reason: 'non-constant weights have no int16x8 kernel' };
  } else if (rule.output === 'same' && sg.tensors[op.inputs[0]]?.dtype !== 'float32') {
    return { kind: 'float', reason: 'the data input is not float' };
  }
  // Masks use ±FLT_MAX as "minus infinity"; an integer scale spanning them would erase every real value.
  for (const t of [...op.inputs, ...op.outputs]) {
    if (t < 0 || sg.tensors[t].dtype !== 'float32') continue;
    const r = isConstant(model, sg.tensors[t])
      ? rangeOf(constantValues(model, sg.tensors[t]) ?? [])
      : stats.ranges.get(t);
    const magnitude = r ? Math.max(-r.min, r.max) : 0;
    const label = sg.tensors[t].name || String(t);
    if (magnitude > SENTINEL_MAGNITUDE)
      return {
        kind: 'float',
        reason: `${label} holds float sentinel values (±${magnitude.toPrecision(3)}), beyond any integer scale`,
      };
    if (magnitude > keepFloatAbove)
      return {
        kind: 'float',
        reason: `${label} spans ±${magnitude.toPrecision(3)}, above the keep-float limit ${keepFloatAbove}`,
      };
  }
  for (const o of op.outputs) {
    if (o < 0 || sg.tensors[o].dtype !== 'float32') continue;
    if ((rule.output === 'range' || rule.output === 'shared') && !stats.ranges.has(o))
      return { kind: 'float', reason: `no calibrated range for output ${sg.tensors[o].name || o}` };
  }
  return { kind: 'quantize', rule };
}
