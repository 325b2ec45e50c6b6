// TFLite semantic rules Vela 5.1.0 enforces while reading a model. Vela refuses to compile a model
// that breaks one; we still answer, placing each offending operator on the CPU with a `semantics.*` reason.
import type { Model, Operator, Subgraph, Tensor } from '../graph/types.js';
import { sameDims } from '../graph/shape.js';
import type { Reason } from '../report/types.js';
import { dtypeName, fail } from './constraint.js';
import { inputRoles, maxAbsScale, tensorData } from './view.js';

const VARIADIC = new Set(['CONCATENATION', 'PACK', 'MAXIMUM', 'MINIMUM', 'ADD_N', 'CUSTOM']);
const INTS = new Set(['int4', 'int8', 'int16', 'int32', 'int64']);
const UINTS = new Set(['uint8', 'uint16', 'uint32', 'uint64']);
const fmt = (s: readonly number[]) => `[${s.join(', ')}]`;

interface Ctx {
  model: Model;
  sg: Subgraph;
  op: Operator;
}

const tensorAt = (ctx: Ctx, i: number | undefined): Tensor | undefined =>
  i !== undefined && i >= 0 ? ctx.sg.tensors[i] : undefined;

/** The tensor Vela's semantic checker finds for a role: variadic inputs by position, others by the role table. */
function ifmOf(ctx: Ctx, slot = 0): Tensor | undefined {
  if (VARIADIC.has(ctx.op.type)) return tensorAt(ctx, ctx.op.inputs[slot]);
  const at = inputRoles(ctx.op.type).findIndex(([r, s]) => r === 'ifm' && s === slot);
  return at >= 0 ? tensorAt(ctx, ctx.op.inputs[at]) : undefined;
}
function paramsOf(ctx: Ctx, slot = 0): Tensor | undefined {
  const at = inputRoles(ctx.op.type).findIndex(([r, s]) => r === 'params' && s === slot);
  return at >= 0 ? tensorAt(ctx, ctx.op.inputs[at]) : undefined;
}
const ofmOf = (ctx: Ctx) => tensorAt(ctx, ctx.op.outputs[0]);

/** Shape as the semantic checker reads it: the stored shape, a scalar counted as [1]. */
const shapeOf = (t: Tensor | undefined): number[] => (t ? (t.shape.length ? t.shape : [1]) : []);
const signatureOf = (t: Tensor | undefined): number[] =>
  t?.shapeSignature && t.shapeSignature.length ? t.shapeSignature : shapeOf(t);
const isDynamic = (s: readonly number[]) => s.slice(0, Math.max(s.length - 1, 1)).some((d) => d < 0);
const pad4 = (s: readonly number[]) => (s.length >= 4 ? [...s] : [...Array(4 - s.length).fill(1), ...s]);
const elems = (s: readonly number[]) => s.reduce((a, d) => a * d, 1);

function int32At(ctx: Ctx, t: Tensor | undefined, i: number, wide = false): number | undefined {
  const d = t ? tensorData(ctx.model, t) : undefined;
  if (!d) return undefined;
  const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
  if (wide) return (i + 1) * 8 <= d.length ? Number(dv.getBigInt64(i * 8, true)) : undefined;
  return (i + 1) * 4 <= d.length ? dv.getInt32(i * 4, true) : undefined;
}

type Rule = (ctx: Ctx) => Reason | null;
const bad = (what: string, message: string): Reason =>
  fail(`semantics.${what}`, `${message}; Vela 5.1.0 rejects the whole model as invalid TFLite`);

const typesMatch: Rule = (ctx) => {
  const a = ifmOf(ctx);
  const b = ofmOf(ctx);
  return a && b && a.dtype !== b.dtype
    ? bad('dtype-mismatch', `input type ${dtypeName(a.dtype)} differs from output type ${dtypeName(b.dtype)}`)
    : null;
};

const quantScaleFinite: Rule = (ctx) => {
  if (!ctx.op.inputs.length || !ctx.op.outputs.length) return null;
  const a = ifmOf(ctx)?.quantization?.scale[0];
  const b = ofmOf(ctx)?.quantization?.scale[0];
  if (a === undefined || b === undefined) return null;
  const ratio = Math.fround(a) / Math.fround(b);
  return Number.isFinite(Math.fround(ratio))
    ? null
    : bad('quantization-scale', `input/output scale ratio ${a}/${b} is not a finite float32`);
};

const convGroups: Rule = (ctx) => {
  const ifm = shapeOf(ifmOf(ctx));
  const w = shapeOf(tensorAt(ctx, ctx.op.inputs[1]));
  if (!ifm.length || !w.length) return null;
  const depth = ifm[ifm.length - 1];
  const kic = w[w.length - 1];
  if (kic <= 0 || depth % kic !== 0)
    return bad('conv-groups', `input depth ${depth} is not a whole multiple of the kernel depth ${kic}`);
  const groups = depth / kic;
  if (w[0] % groups !== 0)
    return bad('conv-groups', `${w[0]} filters cannot be split evenly into ${groups} convolution groups`);
  return null;
};

const depthwiseDepth: Rule = (ctx) => {
  const i = shapeOf(ifmOf(ctx));
  const o = shapeOf(ofmOf(ctx));
  const m = Number(ctx.op.options?.depthMultiplier ?? 1);
  const id = i[i.length - 1];
  const od = o[o.length - 1];
  return id * m !== od
    ? bad('depthwise-depth', `output depth ${od} is not input depth ${id} times depth multiplier ${m}`)
    : null;
};

const concatAxis: Rule = (ctx) => {
  const rank = shapeOf(ofmOf(ctx)).length;
  const axis = Number(ctx.op.options?.axis ?? 0);
  return axis < -rank || axis > rank ? bad('concat-axis', `axis ${axis} is outside the ${rank}-D output`) : null;
};

const concatRanks: Rule = (ctx) => {
  const rank = shapeOf(ofmOf(ctx)).length;
  for (let i = 0; i < ctx.op.inputs.length; i++) {
    const r = shapeOf(ifmOf(ctx, i)).length;
    if (r !== rank) return bad('concat-rank', `input ${i} has rank ${r} but the output has rank ${rank}`);
  }
  return null;
};

const concatDims: Rule = (ctx) => {
  const out = ofmOf(ctx);
  const o = shapeOf(out);
  let axis = Number(ctx.op.options?.axis ?? 0);
  if (axis < 0) axis += o.length;
  let sum = 0;
  for (const ti of ctx.op.inputs) {
    const s = shapeOf(tensorAt(ctx, ti));
    for (let d = 0; d < s.length; d++) {
      if (d === axis) sum += s[d];
      else if (s[d] !== o[d])
        return bad('concat-shape', `input shape ${fmt(s)} does not fit output shape ${fmt(o)} outside axis ${axis}`);
    }
  }
  return sum !== o[axis] && signatureOf(out)[axis] !== -1
    ? bad('concat-shape', `inputs add up to ${sum} along axis ${axis} but the output has ${o[axis]}`)
    : null;
};

const broadcastShapes: Rule = (ctx) => {
  const i = pad4(shapeOf(ifmOf(ctx)));
  const o = pad4(shapeOf(ofmOf(ctx)));
  if (sameDims(i, o)) return null;
  const t2 = ifmOf(ctx, 1);
  if (t2) {
    const i2 = pad4(shapeOf(t2));
    const n = Math.min(i.length, i2.length);
    let broadcastable = true;
    for (let k = 0; k < n; k++) broadcastable &&= i[k] === i2[k] || i[k] === 1 || i2[k] === 1;
    if (
      sameDims(i2, o) ||
      (broadcastable &&
        sameDims(
          i.map((d, k) => Math.max(d, i2[k] ?? d)),
          o,
        ))
    )
      return null;
  }
  return bad('broadcast', `input shape ${fmt(i)} cannot produce output shape ${fmt(o)}`);
};

const inputTypesMatch: Rule = (ctx) => {
  const a = ifmOf(ctx);
  const b = ifmOf(ctx, 1);
  return a && b && a.dtype !== b.dtype
    ? bad('dtype-mismatch', `input types ${dtypeName(a.dtype)} and ${dtypeName(b.dtype)} differ`)
    : null;
};

const signedStaysSigned: Rule = (ctx) => {
  const a = ifmOf(ctx);
  const b = ofmOf(ctx);
  return a && b && INTS.has(a.dtype) && !INTS.has(b.dtype)
    ? bad('dtype-mismatch', `signed ${dtypeName(a.dtype)} input gives ${dtypeName(b.dtype)} output`)
    : null;
};

const unsignedValid: Rule = (ctx) => {
  const a = ifmOf(ctx);
  const b = ofmOf(ctx);
  return a && b && UINTS.has(a.dtype) && a.dtype !== b.dtype && b.dtype !== 'int32'
    ? bad('dtype-mismatch', `unsigned ${dtypeName(a.dtype)} input gives ${dtypeName(b.dtype)} output`)
    : null;
};

const reshapeQuant: Rule = (ctx) => {
  const a = ifmOf(ctx)?.quantization?.scale;
  const b = ofmOf(ctx)?.quantization?.scale;
  return a?.length && b?.length && Math.fround(a[0]) !== Math.fround(b[0])
    ? bad('reshape-quantization', `input scale ${a[0]} differs from output scale ${b[0]}`)
    : null;
};

const reshapeElements: Rule = (ctx) => {
  const a = ifmOf(ctx);
  const b = ofmOf(ctx);
  if (isDynamic(signatureOf(a)) || isDynamic(signatureOf(b))) return null;
  return elems(shapeOf(a)) !== elems(shapeOf(b))
    ? bad('reshape-elements', `input ${fmt(shapeOf(a))} and output ${fmt(shapeOf(b))} hold different element counts`)
    : null;
};

const softmaxShapes: Rule = (ctx) =>
  sameDims(shapeOf(ifmOf(ctx)), shapeOf(ofmOf(ctx)))
    ? null
    : bad(
        'softmax-shape',
        `input shape ${fmt(shapeOf(ifmOf(ctx)))} differs from output shape ${fmt(shapeOf(ofmOf(ctx)))}`,
      );

const softmaxTypes: Rule = (ctx) => {
  const a = ifmOf(ctx)?.dtype;
  const b = ofmOf(ctx)?.dtype;
  return a !== b && !(a === 'int8' && b === 'int16')
    ? bad('dtype-mismatch', `input type ${dtypeName(a ?? '')} and output type ${dtypeName(b ?? '')} differ`)
    : null;
};

const softmaxBeta: Rule = (ctx) => {
  const beta = Number(ctx.op.options?.beta ?? 0);
  return beta < 0 ? bad('softmax-beta', `beta ${beta} is negative`) : null;
};

const splitDim: Rule = (ctx) => {
  const rank = shapeOf(ifmOf(ctx)).length;
  const dim = int32At(ctx, paramsOf(ctx), 0);
  if (dim === undefined) return null;
  if (dim <= -rank || dim > rank) return bad('split-axis', `split axis ${dim} is outside the ${rank}-D input`);
  const s = shapeOf(ifmOf(ctx));
  const size = s[dim < 0 ? dim + rank : dim];
  const n = Number(ctx.op.options?.numSplits ?? 0);
  return n !== 0 && size % n !== 0
    ? bad('split-count', `axis size ${size} cannot be split into ${n} equal parts`)
    : null;
};

const splitVInferred: Rule = (ctx) => {
  const p = paramsOf(ctx);
  const n = shapeOf(p)[0] ?? 0;
  let inferred = 0;
  for (let i = 0; i < n; i++) if (int32At(ctx, p, i) === -1) inferred++;
  return inferred > 1 ? bad('splitv-sizes', `${inferred} split sizes are left to infer; at most one may be`) : null;
};

const inputCount =
  (n: number): Rule =>
  (ctx) =>
    ctx.op.inputs.length !== n ? bad('input-count', `the operator has ${ctx.op.inputs.length} inputs, not ${n}`) : null;

const fcKeepDims: Rule = (ctx) => {
  if (ctx.op.options?.keepNumDims !== true) return null;
  const a = shapeOf(ifmOf(ctx)).length;
  const b = shapeOf(ofmOf(ctx)).length;
  return a !== b ? bad('fc-rank', `with keep_num_dims the input rank ${a} must equal the output rank ${b}`) : null;
};

const padOutput: Rule = (ctx) => {
  const out = ofmOf(ctx);
  if (isDynamic(signatureOf(out))) return null;
  const i = shapeOf(ifmOf(ctx));
  const o = shapeOf(out);
  const p = paramsOf(ctx);
  const wide = p?.dtype === 'int64';
  for (let d = 0; d < i.length; d++) {
    const before = int32At(ctx, p, 2 * d, wide);
    const after = int32At(ctx, p, 2 * d + 1, wide);
    if (before === undefined || after === undefined) return null;
    if (i[d] + before + after !== o[d])
      return bad('pad-shape', `axis ${d}: input ${i[d]} padded by ${before}+${after} does not give output ${o[d]}`);
  }
  return null;
};

const input8Bit: Rule = (ctx) => {
  const t = ifmOf(ctx)?.dtype ?? '';
  return t !== 'int8' && t !== 'uint8'
    ? bad('input-dtype', `${dtypeName(t)} input is invalid; it must be 8-bit`)
    : null;
};

const argMaxOutput: Rule = (ctx) => {
  const t = ofmOf(ctx)?.dtype ?? '';
  return t !== 'int32' && t !== 'int64'
    ? bad('output-dtype', `${dtypeName(t)} output is invalid; it must be INT32 or INT64`)
    : null;
};

const lstmInputSigned: Rule = (ctx) => {
  const t = ifmOf(ctx)?.dtype ?? '';
  return t !== 'int8' && t !== 'int16'
    ? bad('input-dtype', `${dtypeName(t)} input is invalid; it must be INT8 or INT16`)
    : null;
};

const lstmRank: Rule = (ctx) => {
  const a = shapeOf(ifmOf(ctx)).length;
  const b = shapeOf(ofmOf(ctx)).length;
  return a !== 3 || b !== 3 ? bad('lstm-rank', `input rank ${a} and output rank ${b} must both be 3`) : null;
};

const lstmIntermediates: Rule = (ctx) =>
  ctx.op.intermediates.length !== 5
    ? bad('lstm-intermediates', `the operator has ${ctx.op.intermediates.length} intermediate tensors, not 5`)
    : null;

const gatherIndices: Rule = (ctx) => {
  const t = ifmOf(ctx, 1)?.dtype ?? '';
  return !['int16', 'int32', 'int64'].includes(t)
    ? bad('gather-indices', `${dtypeName(t)} indices are invalid; they must be INT16, INT32 or INT64`)
    : null;
};

const transposeParamsType: Rule = (ctx) => {
  const t = paramsOf(ctx)?.dtype ?? '';
  return t !== 'int32' && t !== 'uint32'
    ? bad('transpose-perm', `${dtypeName(t)} permutation is invalid; it must be INT32 or UINT32`)
    : null;
};

const transposeParamsSize: Rule = (ctx) => {
  const r = shapeOf(ifmOf(ctx)).length;
  const p = shapeOf(paramsOf(ctx));
  return p[p.length - 1] !== r
    ? bad('transpose-perm', `a permutation of ${p[p.length - 1]} axes does not fit the ${r}-D input`)
    : null;
};

const ELEMENTWISE_MAIN = [
  'MINIMUM',
  'MAXIMUM',
  'ADD',
  'MUL',
  'SUB',
  'ABS',
  'EXP',
  'LEAKY_RELU',
  'RSQRT',
  'SQUARED_DIFFERENCE',
];

const RULES: Record<string, Rule[]> = {
  CONV_2D: [convGroups],
  AVERAGE_POOL_2D: [typesMatch],
  MAX_POOL_2D: [typesMatch],
  CONCATENATION: [concatAxis, concatRanks, concatDims],
  DEPTHWISE_CONV_2D: [depthwiseDepth],
  SOFTMAX: [softmaxShapes, softmaxTypes, softmaxBeta],
  SPLIT: [splitDim],
  SPLIT_V: [splitVInferred],
  STRIDED_SLICE: [inputCount(4)],
  FULLY_CONNECTED: [fcKeepDims],
  PAD: [inputCount(2), padOutput],
  HARD_SWISH: [input8Bit, typesMatch],
  ARG_MAX: [input8Bit, argMaxOutput],
  UNIDIRECTIONAL_SEQUENCE_LSTM: [lstmInputSigned, typesMatch, lstmRank, inputCount(24), lstmIntermediates],
  GATHER: [gatherIndices, typesMatch],
  TRANSPOSE: [transposeParamsType, transposeParamsSize],
};
for (const t of ELEMENTWISE_MAIN) (RULES[t] ??= []).push(broadcastShapes);
for (const t of ['ABS', 'EXP', 'LEAKY_RELU', 'RSQRT', 'MINIMUM', 'MAXIMUM']) RULES[t].push(typesMatch);
for (const t of ['ADD', 'MUL', 'SUB']) RULES[t].push(inputTypesMatch, signedStaysSigned, unsignedValid);
for (const t of ['RESHAPE', 'SQUEEZE', 'EXPAND_DIMS']) RULES[t] = [reshapeQuant, reshapeElements];

const ELEMENT_BYTES: Partial<Record<string, number>> = {
  float32: 4,
  float16: 2,
  bfloat16: 2,
  float64: 8,
  int64: 8,
  uint64: 8,
  int32: 4,
  uint32: 4,
  int16: 2,
  uint16: 2,
  int8: 1,
  uint8: 1,
  bool: 1,
  complex64: 8,
  complex128: 16,
};

/** A constant's bytes must be exactly what its shape claims; hostile shapes would otherwise drive loops past the data. */
function constantSizeMatches(shape: readonly number[], dtype: string, size: number): boolean {
  const bytes = ELEMENT_BYTES[dtype];
  if (bytes === undefined) return true; // packed (int4, int2) and variable-size (string) types: sizes vary by layout
  if (shape.some((d) => d < 0)) return false;
  return shape.reduce((a, d) => a * d, 1) * bytes === size;
}

/** Model-wide rules (constant tensors with empty buffers, non-finite scales), blamed on the operators reading the tensor. */
function modelRules(model: Model, out: Map<number, Map<number, Reason>>): void {
  const written = new Set<number>();
  for (const sg of model.subgraphs) {
    const badScale = new Set<number>();
    for (const t of sg.tensors) {
      const scales = t.quantization?.scale;
      if (scales && !Number.isFinite(maxAbsScale(scales))) badScale.add(t.index);
    }
    for (const i of sg.inputs) written.add(i);
    for (const op of sg.operators) for (const o of op.outputs) written.add(o);
    for (const op of sg.operators) {
      for (const ti of op.inputs) {
        const t = sg.tensors[ti];
        if (!t) continue;
        const b = model.buffers[t.buffer];
        let r: Reason | null = null;
        if (!written.has(ti) && t.buffer !== 0 && !t.isVariable && !(b && b.size > 0))
          r = bad('empty-constant', `constant tensor '${t.name}' has an empty buffer`);
        else if (b?.size && !constantSizeMatches(t.shape, t.dtype, b.size))
          r = bad(
            'buffer-size',
            `constant tensor '${t.name}' holds ${b.size} bytes, which does not match its shape [${t.shape.join(', ')}] of ${t.dtype}`,
          );
        else if (badScale.has(ti))
          r = bad('quantization-scale', `tensor '${t.name}' has a non-finite quantization scale`);
        if (!r) continue;
        const m = out.get(sg.index) ?? new Map<number, Reason>();
        if (!m.has(op.index)) m.set(op.index, r);
        out.set(sg.index, m);
      }
    }
  }
}

/** Per subgraph and operator index, the first semantic rule the operator breaks. */
export function semanticViolations(model: Model): Map<number, Map<number, Reason>> {
  const out = new Map<number, Map<number, Reason>>();
  modelRules(model, out);
  for (const sg of model.subgraphs) {
    for (const op of sg.operators) {
      if (out.get(sg.index)?.has(op.index)) continue;
      const ctx = { model, sg, op };
      for (const rule of [quantScaleFinite, ...(RULES[op.type] ?? [])]) {
        let r: Reason | null;
        try {
          r = rule(ctx);
        } catch {
          r = bad('malformed', 'the operator is malformed (missing inputs or outputs)');
        }
        if (r) {
          const m = out.get(sg.index) ?? new Map<number, Reason>();
          m.set(op.index, r);
          out.set(sg.index, m);
          break;
        }
      }
    }
  }
  return out;
}
