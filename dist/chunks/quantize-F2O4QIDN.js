import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  writeModel
} from "./chunk-UEGGIV6F.js";
import {
  indexOutputPositions,
  runtimeCopy,
  seededRandom
} from "./chunk-DDUPMNEX.js";
import {
  BuiltinOperator,
  computeMacs,
  readModel
} from "./chunk-DB7Z7Q6U.js";
import "./chunk-K42QXW5D.js";

// src/optimize/quantize/types.ts
var QuantizeError = class extends Error {
  file;
  detail;
  constructor(file, detail) {
    super(`${file}: ${detail}`);
    this.name = "QuantizeError";
    this.file = file;
    this.detail = detail;
  }
};

// src/optimize/quantize/outliers.ts
var BUCKET_SHIFT = 21;
var BUCKETS = 1 << 32 - 1 - BUCKET_SHIFT;
var BULK_QUANTILE = 0.99;
var ERASED_BELOW_STEPS = 4;
var OUTLIER_RATIO = 32;
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
var MagnitudeHistogram = class {
  counts = new Uint32Array(BUCKETS);
  total = 0;
  /**
   * Counts the finite values and returns their min and max (min > max when there is none): calibration reads both
   * in this one pass over every activation. A Float32Array (what the runtime hands back) is read by its bits.
   */
  add(values) {
    const counts = this.counts;
    let min = Infinity;
    let max = -Infinity;
    let finite = 0;
    if (values instanceof Float32Array && values.byteOffset % 4 === 0) {
      const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
      for (let i = 0; i < bits.length; i++) {
        const magnitude = bits[i] & 2147483647;
        if (magnitude >= 2139095040) continue;
        counts[magnitude >>> BUCKET_SHIFT]++;
        finite++;
        const v = values[i];
        if (v < min) min = v;
        if (v > max) max = v;
      }
    } else {
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (!Number.isFinite(v)) continue;
        f32[0] = Math.abs(v);
        counts[u32[0] >>> BUCKET_SHIFT]++;
        finite++;
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    this.total += finite;
    return { min, max };
  }
  /** The magnitude a share `q` of the values does not exceed: the upper edge of the bucket holding that quantile. */
  quantile(q) {
    if (this.total === 0) return 0;
    const target = q * this.total;
    let seen = 0;
    for (let b = 0; b < BUCKETS; b++) {
      seen += this.counts[b];
      if (seen >= target) {
        if (b === 0) return 0;
        u32[0] = b + 1 << BUCKET_SHIFT;
        return f32[0];
      }
    }
    return Infinity;
  }
};
function magnitudeQuantile(values, q) {
  const mags = Float64Array.from(values, Math.abs).sort();
  return mags.length === 0 ? 0 : mags[Math.min(mags.length - 1, Math.ceil(q * mags.length) - 1)];
}
function outlierRange(t, bulk, max, scale) {
  if (bulk === void 0 || !(bulk > 0) || bulk >= ERASED_BELOW_STEPS * scale || max < OUTLIER_RATIO * bulk)
    return null;
  return { ...t, bulk, max, scale };
}
function describeOutliers(found) {
  if (found.length === 0) return null;
  const fmt = (x) => x.toPrecision(3);
  const named = found.slice(0, 3).map(
    (o) => `${o.name} (${o.constant ? "constant of " : ""}${o.op}: ${Math.round(BULK_QUANTILE * 100)}% within \xB1${fmt(o.bulk)}, range \xB1${fmt(o.max)}, step ${fmt(o.scale)})`
  ).join("; ");
  return `${found.length} tensor(s) have a range set by rare outliers, so their integer step erases almost every value: ${named}${found.length > 3 ? " ..." : ""}. Random calibration data can drive input features the model ignores on real data to such values; calibrate with representative data`;
}

// src/tflite/float16.ts
function float16Value(bits) {
  const sign = bits & 32768 ? -1 : 1;
  const exp = bits >> 10 & 31;
  const frac = bits & 1023;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

// src/optimize/quantize/tensor-data.ts
var elementCount = (shape) => shape.reduce((a, d) => a * d, 1);
function isConstant(model, t) {
  const b = model.buffers[t.buffer];
  return t.buffer > 0 && b !== void 0 && (b.data?.length ?? 0) > 0;
}
function constantValues(model, t) {
  const data = model.buffers[t.buffer]?.data;
  if (!data || data.length === 0) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const n = elementCount(t.shape);
  const out = new Float32Array(n);
  const get = reader(t.dtype, view);
  if (!get) return null;
  const width = ELEMENT_BYTES[t.dtype] ?? 1;
  if (data.length < n * width) return null;
  const q = t.quantization;
  const isInt = t.dtype !== "float32" && t.dtype !== "float16";
  if (isInt && q && q.scale.length > 0 && !q.custom) {
    const axis = q.quantizedDimension;
    const inner = q.scale.length > 1 ? elementCount(t.shape.slice(axis + 1)) : 1;
    for (let i = 0; i < n; i++) {
      const c = q.scale.length > 1 ? Math.floor(i / inner) % q.scale.length : 0;
      out[i] = (get(i) - (q.zeroPoint[c] ?? 0)) * q.scale[c];
    }
  } else if (isInt && q?.custom) {
    return null;
  } else {
    for (let i = 0; i < n; i++) out[i] = get(i);
  }
  return out;
}
var ELEMENT_BYTES = {
  float32: 4,
  float16: 2,
  int32: 4,
  int16: 2,
  int8: 1,
  uint8: 1
};
function reader(dtype, v) {
  switch (dtype) {
    case "float32":
      return (i) => v.getFloat32(i * 4, true);
    case "float16":
      return (i) => float16Value(v.getUint16(i * 2, true));
    case "int32":
      return (i) => v.getInt32(i * 4, true);
    case "int16":
      return (i) => v.getInt16(i * 2, true);
    case "int8":
      return (i) => v.getInt8(i);
    case "uint8":
      return (i) => v.getUint8(i);
    default:
      return null;
  }
}
function float32Bytes(values) {
  const f = Float32Array.from(values);
  return new Uint8Array(f.buffer);
}
function integerBytes(dtype, values) {
  const n = values.length;
  const size = { int8: 1, int16: 2, int32: 4, int64: 8 }[dtype];
  const bytes = new Uint8Array(n * size);
  const v = new DataView(bytes.buffer);
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (dtype === "int8") v.setInt8(i, x);
    else if (dtype === "int16") v.setInt16(i * 2, x, true);
    else if (dtype === "int32") v.setInt32(i * 4, x, true);
    else v.setBigInt64(i * 8, BigInt(x), true);
  }
  return bytes;
}
function rangeOf(values) {
  let min = 0;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  return { min, max };
}

// src/optimize/quantize/calibrate.ts
function multipliedByConstant(model) {
  const sg = model.subgraphs[0];
  const out = /* @__PURE__ */ new Set();
  for (const op of sg.operators) {
    if (op.type !== "MUL" || op.inputs.length !== 2) continue;
    const [a, b] = op.inputs.map((i) => i >= 0 ? sg.tensors[i] : void 0);
    if (!a || !b || a.dtype !== "float32" || b.dtype !== "float32") continue;
    const ca = isConstant(model, a);
    const cb = isConstant(model, b);
    if (ca !== cb) out.add(ca ? b.index : a.index);
  }
  return out;
}
function addSquares(squares, t, values) {
  let s = squares.get(t);
  if (!s) squares.set(t, s = new Float64Array(values.length));
  if (s.length !== values.length) return;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) s[i] += values[i] * values[i];
}
function withAllOutputs(model) {
  const sg = model.subgraphs[0];
  const floatOutputs = sg.outputs.filter((o) => sg.tensors[o]?.dtype === "float32");
  const seen = new Set(floatOutputs);
  const extra = [];
  for (const op of sg.operators)
    for (const o of op.outputs)
      if (o >= 0 && !seen.has(o) && sg.tensors[o].dtype === "float32") {
        seen.add(o);
        extra.push(o);
      }
  const subgraph = { ...sg, outputs: [...floatOutputs, ...extra] };
  return {
    model: { ...model, subgraphs: [subgraph, ...model.subgraphs.slice(1)] },
    observed: subgraph.outputs
  };
}
function widen(ranges, histograms, t, values) {
  let h = histograms.get(t);
  if (!h) histograms.set(t, h = new MagnitudeHistogram());
  const { min, max } = h.add(values);
  if (min > max) return;
  const r = ranges.get(t);
  if (!r) ranges.set(t, { min, max });
  else {
    if (min < r.min) r.min = min;
    if (max > r.max) r.max = max;
  }
}
async function calibrate(bytes, samples, opts = {}) {
  const file = opts.file ?? "<model>";
  if (samples.length === 0) throw new QuantizeError(file, "calibration needs at least one sample");
  const model = readModel(bytes, { file });
  const { model: probe, observed } = withAllOutputs(model);
  const { loadInterpreter } = await import("./interpreter-JTB4UR5K.js");
  const interp = await loadInterpreter(writeModel(probe), { file });
  const ranges = /* @__PURE__ */ new Map();
  const histograms = /* @__PURE__ */ new Map();
  const tracked = multipliedByConstant(model);
  const squares = /* @__PURE__ */ new Map();
  const sg = model.subgraphs[0];
  try {
    if (interp.outputs.length !== observed.length)
      throw new QuantizeError(
        file,
        `the runtime exposes ${interp.outputs.length} outputs, ${observed.length} expected`
      );
    for (const sample of samples) {
      sample.forEach((values, i) => {
        if (sg.tensors[sg.inputs[i]]?.dtype === "float32") widen(ranges, histograms, sg.inputs[i], values);
        if (tracked.has(sg.inputs[i])) addSquares(squares, sg.inputs[i], values);
      });
      const outputs = interp.run(sample);
      outputs.forEach((values, i) => {
        if (sg.tensors[observed[i]].dtype === "float32") widen(ranges, histograms, observed[i], values);
        if (tracked.has(observed[i])) addSquares(squares, observed[i], values);
      });
    }
  } finally {
    interp.dispose();
  }
  for (const [t, r] of ranges) r.bulk = histograms.get(t).quantile(BULK_QUANTILE);
  return { ranges, samples: samples.length, squares };
}

// src/optimize/quantize/compact.ts
function compactModel(model) {
  const [sg0, ...rest] = model.subgraphs;
  const used = /* @__PURE__ */ new Set([...sg0.inputs, ...sg0.outputs]);
  for (const op of sg0.operators) for (const t of [...op.inputs, ...op.outputs, ...op.intermediates]) used.add(t);
  for (const sd of model.signatureDefs)
    if (sd.subgraphIndex === 0) for (const io of [...sd.inputs, ...sd.outputs]) used.add(io.tensorIndex);
  const tensorMap = /* @__PURE__ */ new Map();
  const tensors = sg0.tensors.filter((t) => used.has(t.index)).map((t, index) => {
    tensorMap.set(t.index, index);
    return { ...t, index };
  });
  const mapT = (i) => i < 0 ? i : tensorMap.get(i);
  const subgraph0 = {
    ...sg0,
    tensors,
    inputs: sg0.inputs.map(mapT),
    outputs: sg0.outputs.map(mapT),
    operators: sg0.operators.map((op) => ({
      ...op,
      inputs: op.inputs.map(mapT),
      outputs: op.outputs.map(mapT),
      intermediates: op.intermediates.map(mapT)
    }))
  };
  const subgraphs = [subgraph0, ...rest];
  const liveBuffers = /* @__PURE__ */ new Set([0]);
  for (const sg of subgraphs) for (const t of sg.tensors) liveBuffers.add(t.buffer);
  for (const m of model.metadata) liveBuffers.add(m.buffer);
  const bufferMap = /* @__PURE__ */ new Map();
  const buffers = model.buffers.filter((b, i) => liveBuffers.has(i)).map((b, index) => {
    bufferMap.set(b.index, index);
    return { ...b, index };
  });
  const codeMap = /* @__PURE__ */ new Map();
  const operatorCodes = [];
  for (const sg of subgraphs)
    for (const op of sg.operators)
      if (!codeMap.has(op.opcodeIndex)) {
        codeMap.set(op.opcodeIndex, operatorCodes.length);
        operatorCodes.push(model.operatorCodes[op.opcodeIndex]);
      }
  return {
    ...model,
    buffers,
    operatorCodes,
    metadata: model.metadata.map((m) => ({ ...m, buffer: bufferMap.get(m.buffer) })),
    signatureDefs: model.signatureDefs.map(
      (sd) => sd.subgraphIndex !== 0 ? sd : {
        ...sd,
        inputs: sd.inputs.map((io) => ({ ...io, tensorIndex: mapT(io.tensorIndex) })),
        outputs: sd.outputs.map((io) => ({ ...io, tensorIndex: mapT(io.tensorIndex) }))
      }
    ),
    subgraphs: subgraphs.map((sg) => ({
      ...sg,
      tensors: sg.tensors.map((t) => ({ ...t, buffer: bufferMap.get(t.buffer) })),
      operators: sg.operators.map((op) => ({ ...op, opcodeIndex: codeMap.get(op.opcodeIndex) }))
    }))
  };
}

// src/optimize/quantize/params.ts
var INT_LIMITS = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
  int64: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]
};
var MIN_SPAN = 1e-6;
var perTensor = (scale, zeroPoint) => ({
  scale: [scale],
  zeroPoint: [zeroPoint],
  quantizedDimension: 0
});
function activationParams(r, type) {
  const lo = Math.min(r.min, 0);
  const hi = Math.max(r.max, 0);
  if (type === "int16") return perTensor(Math.max(-lo, hi, MIN_SPAN) / 32767, 0);
  const scale = Math.max(hi - lo, MIN_SPAN) / 255;
  const zp = Math.round(-128 - lo / scale);
  return perTensor(scale, Math.max(-128, Math.min(127, zp)));
}
function symmetricScales(values, shape, axis) {
  const channels = axis === null ? 1 : shape[axis];
  const inner = axis === null ? values.length : shape.slice(axis + 1).reduce((a, d) => a * d, 1);
  const maxAbs = new Array(channels).fill(0);
  for (let i = 0; i < values.length; i++) {
    const c = axis === null ? 0 : Math.floor(i / inner) % channels;
    const a = Math.abs(values[i]);
    if (a > maxAbs[c]) maxAbs[c] = a;
  }
  return maxAbs.map((m) => m > 0 ? m / 127 : 1 / 127);
}
function quantizeValues(values, shape, q, type, symmetricClamp = false) {
  const [lo, hi] = INT_LIMITS[type];
  const min = symmetricClamp ? -hi : lo;
  const channels = q.scale.length;
  const inner = channels > 1 ? shape.slice(q.quantizedDimension + 1).reduce((a, d) => a * d, 1) : 1;
  const out = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const c = channels > 1 ? Math.floor(i / inner) % channels : 0;
    const v = Math.round(values[i] / q.scale[c]) + q.zeroPoint[c];
    out[i] = v < min ? min : v > hi ? hi : v;
  }
  return out;
}
var sameParams = (a, b) => a.scale.length === b.scale.length && a.scale.every((s, i) => s === b.scale[i] && a.zeroPoint[i] === b.zeroPoint[i]);

// src/optimize/quantize/product-range.ts
var CANDIDATES = 48;
var MAX_SEARCHED = 1 << 16;
function productWeights(constShape, actShape, squares) {
  const rank = Math.max(constShape.length, actShape.length);
  const pad = (s) => [...new Array(rank - s.length).fill(1), ...s];
  const c = pad(constShape);
  const a = pad(actShape);
  const out = c.map((d, i) => Math.max(d, a[i]));
  const strides = (s) => {
    const st = new Array(rank).fill(0);
    let acc = 1;
    for (let i = rank - 1; i >= 0; i--) {
      st[i] = s[i] === 1 ? 0 : acc;
      acc *= s[i];
    }
    return st;
  };
  const cStride = strides(c);
  const aStride = strides(a);
  const weights = new Float64Array(c.reduce((x, d) => x * d, 1));
  const total = out.reduce((x, d) => x * d, 1);
  const index = new Array(rank).fill(0);
  for (let n = 0; n < total; n++) {
    let ci = 0;
    let ai = 0;
    for (let i = 0; i < rank; i++) {
      ci += index[i] * cStride[i];
      ai += index[i] * aStride[i];
    }
    weights[ci] += squares[ai];
    for (let i = rank - 1; i >= 0; i--) {
      if (++index[i] < out[i]) break;
      index[i] = 0;
    }
  }
  return weights;
}
function weightedError(values, weights, r, act) {
  const q = activationParams(r, act);
  const scale = q.scale[0];
  const zp = q.zeroPoint[0];
  const [lo, hi] = act === "int16" ? [-32768, 32767] : [-128, 127];
  let err = 0;
  for (let i = 0; i < values.length; i++) {
    if (weights[i] === 0) continue;
    const level = Math.min(hi, Math.max(lo, Math.round(values[i] / scale) + zp));
    const d = (level - zp) * scale - values[i];
    err += weights[i] * d * d;
  }
  return err;
}
function clipPoints(magnitudes) {
  if (magnitudes.length === 0) return [0];
  const sorted = [...magnitudes].sort((x, y) => x - y);
  const points = /* @__PURE__ */ new Set([sorted[sorted.length - 1]]);
  for (let k = 0; k < CANDIDATES; k++) points.add(sorted[Math.floor(k * (sorted.length - 1) / CANDIDATES)]);
  return [...points].filter((p) => p > 0);
}
function productRange(values, weights, act) {
  const full = rangeOf(values);
  if (values.length > MAX_SEARCHED) return full;
  const positives = [];
  const negatives = [];
  for (const v of values)
    if (v > 0) positives.push(v);
    else if (v < 0) negatives.push(-v);
  let best = full;
  let bestError = weightedError(values, weights, full, act);
  if (bestError === 0) return full;
  const his = clipPoints(positives);
  const los = clipPoints(negatives);
  for (const hi of his.length ? his : [0])
    for (const lo of los.length ? los : [0]) {
      const r = { min: full.min < 0 ? -lo : 0, max: full.max > 0 ? hi : 0 };
      const e = weightedError(values, weights, r, act);
      if (e < bestError * (1 - 1e-9)) {
        bestError = e;
        best = r;
      }
    }
  return best;
}

// src/optimize/quantize/prepare.ts
function prepareFloatModel(model) {
  const sg = model.subgraphs[0];
  const buffers = [...model.buffers];
  const tensors = [...sg.tensors];
  const floatConstant = (t, values) => {
    const data = float32Bytes(values);
    const buffer = buffers.length;
    buffers.push({ index: buffer, data, size: data.length });
    return { ...t, dtype: "float32", buffer, quantization: void 0 };
  };
  const operators = [];
  const sourceIndex = [];
  let folded = 0;
  let widened = 0;
  for (const op of sg.operators) {
    const input = op.inputs[0] >= 0 ? sg.tensors[op.inputs[0]] : void 0;
    const output = sg.tensors[op.outputs[0]];
    if (op.type === "DEQUANTIZE" && input && isConstant(model, input) && output?.dtype === "float32") {
      const values = constantValues(model, input);
      if (values) {
        tensors[output.index] = floatConstant(output, values);
        folded++;
        continue;
      }
    }
    if (op.outputs.some((o) => sg.tensors[o]?.dtype === "float32")) {
      for (const i of op.inputs) {
        const t = i >= 0 ? tensors[i] : void 0;
        if (!t || t.dtype !== "int8" && t.dtype !== "uint8" || !t.quantization || !isConstant(model, t)) continue;
        const values = constantValues(model, t);
        if (!values) continue;
        tensors[i] = floatConstant(t, values);
        widened++;
      }
    }
    operators.push(op);
    sourceIndex.push(op.index);
  }
  if (folded === 0 && widened === 0) return { model, sourceIndex, folded, widened };
  const subgraph = { ...sg, tensors, operators: operators.map((op, index) => ({ ...op, index })) };
  return {
    model: { ...model, buffers, subgraphs: [subgraph, ...model.subgraphs.slice(1)] },
    sourceIndex,
    folded,
    widened
  };
}

// src/optimize/quantize/rules.ts
var range = (int8, int16) => ({ output: "range", int8, int16 });
var same = (int8, int16) => ({ output: "same", int8, int16 });
var shared = (int8, int16) => ({ output: "shared", int8, int16 });
var SIGMOID_OUT = { int8: [1 / 256, -128], int16: [1 / 32768, 0] };
var TANH_OUT = { int8: [1 / 128, 0], int16: [1 / 32768, 0] };
var OP_RULES = {
  CONV_2D: {
    output: "range",
    weighted: { input: 0, weights: 1, bias: 2, channelAxis: 0, perChannel: true },
    int8: 3,
    int16: 4
  },
  DEPTHWISE_CONV_2D: {
    output: "range",
    weighted: { input: 0, weights: 1, bias: 2, channelAxis: 3, perChannel: true },
    int8: 3,
    int16: 5
  },
  FULLY_CONNECTED: {
    output: "range",
    weighted: { input: 0, weights: 1, bias: 2, channelAxis: 0, perChannel: true },
    int8: 4,
    int16: 7
  },
  TRANSPOSE_CONV: {
    output: "range",
    weighted: { input: 2, weights: 1, bias: 3, channelAxis: 0, perChannel: true },
    int8: 2,
    int16: 3
  },
  ADD: range(2, 3),
  SUB: range(2, 3),
  MUL: range(2, 4),
  MEAN: range(2, 3),
  SUM: range(2),
  RELU: range(2, 3),
  RELU6: range(2),
  RELU_N1_TO_1: range(2),
  LEAKY_RELU: range(2),
  HARD_SWISH: range(1),
  PRELU: range(1),
  SQUARED_DIFFERENCE: range(2),
  RSQRT: range(2),
  BATCH_MATMUL: range(2),
  RESHAPE: same(1, 1),
  SQUEEZE: same(1, 1),
  EXPAND_DIMS: same(1),
  MAX_POOL_2D: same(2, 3),
  AVERAGE_POOL_2D: same(2, 3),
  PAD: same(2, 4),
  PADV2: same(2),
  TRANSPOSE: same(2, 5),
  STRIDED_SLICE: same(2, 4),
  SLICE: same(2),
  SPLIT: same(2, 4),
  SPLIT_V: same(2),
  GATHER: same(2),
  RESIZE_BILINEAR: same(2),
  RESIZE_NEAREST_NEIGHBOR: same(2),
  DEPTH_TO_SPACE: same(2),
  SPACE_TO_DEPTH: same(2),
  BATCH_TO_SPACE_ND: same(2),
  SPACE_TO_BATCH_ND: same(2),
  UNPACK: same(2),
  REDUCE_MAX: same(2),
  REDUCE_MIN: same(2),
  REVERSE_V2: same(3),
  // Class indices of the largest (smallest) value: the same indices in any positive scale; the output stays an
  // integer index tensor.
  ARG_MAX: same(2),
  ARG_MIN: same(2),
  CONCATENATION: shared(2, 3),
  PACK: shared(2),
  MAXIMUM: shared(2),
  MINIMUM: shared(2),
  LOGISTIC: { output: SIGMOID_OUT, int8: 2, int16: 3 },
  SOFTMAX: { output: SIGMOID_OUT, int8: 2, int16: 3 },
  TANH: { output: TANH_OUT, int8: 2, int16: 3 }
};
var QUANTIZE_VERSION = { int8: 2, int16: 3 };
var DEQUANTIZE_VERSION = { int8: 2, int16: 4 };

// src/optimize/quantize/quantize.ts
var RANDOM_DATA_CAVEAT = "calibrated on random data: activation ranges do not reflect real inputs, so the accuracy of this model is not meaningful; quantize with representative data (--calibration DIR) before judging accuracy";
var SENTINEL_MAGNITUDE = 1e30;
function quantizeModel(input, stats, opts) {
  const prepared = prepareFloatModel(input);
  const model = prepared.model;
  const sg = model.subgraphs[0];
  const act = opts.int16x8 ? "int16" : "int8";
  const tensors = sg.tensors.map((t) => ({ ...t }));
  const buffers = [...model.buffers];
  const opcodes = [...model.operatorCodes];
  const caveats = [];
  const constant = (i) => isConstant(model, sg.tensors[i]);
  const isFloatActivation = (i) => i >= 0 && sg.tensors[i].dtype === "float32" && !constant(i) && !sg.tensors[i].isVariable;
  const decisions = sg.operators.map((op) => decide(op, sg, model, stats, act, opts.keepFloatAbove));
  const producer = /* @__PURE__ */ new Map();
  sg.operators.forEach((op, i) => op.outputs.forEach((t) => t >= 0 && producer.set(t, i)));
  const consumers = /* @__PURE__ */ new Map();
  sg.operators.forEach(
    (op, i) => op.inputs.forEach((t) => {
      if (t < 0) return;
      const list = consumers.get(t);
      if (list) list.push(i);
      else consumers.set(t, [i]);
    })
  );
  const graphOutputs = new Set(sg.outputs);
  const graphInputs = new Set(sg.inputs);
  const nativeInteger = (t) => {
    if (!isFloatActivation(t)) return false;
    const p = producer.get(t);
    if (p !== void 0) return decisions[p].kind === "quantize";
    return graphInputs.has(t) && opts.io === "int8" && (consumers.get(t) ?? []).some((c) => decisions[c].kind === "quantize");
  };
  const params = /* @__PURE__ */ new Map();
  const paramsOf = (t) => {
    let q = params.get(t);
    if (q) return q;
    if (constant(t)) {
      const values = constantValues(model, sg.tensors[t]);
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
    if (d.kind !== "quantize") return;
    const out = d.rule.output;
    for (const o of op.outputs) {
      if (o < 0 || sg.tensors[o].dtype !== "float32") continue;
      if (out === "same") params.set(o, paramsOf(op.inputs[0]));
      else if (out === "range" || out === "shared") paramsOf(o);
      else {
        const [scale, zp] = out[act];
        params.set(o, perTensor(scale, zp));
      }
    }
  });
  function constantRange(t, values) {
    const readers = consumers.get(t) ?? [];
    const weights = new Float64Array(values.length);
    for (const i of readers) {
      const op = sg.operators[i];
      const other = op.inputs.find((x) => x !== t);
      if (op.type !== "MUL" || op.inputs.length !== 2 || other === void 0) return rangeOf(values);
      const otherShape = sg.tensors[other].shape;
      const sq = stats.squares?.get(other);
      if (!sq || sq.length !== elementCount(otherShape)) return rangeOf(values);
      const w = productWeights(sg.tensors[t].shape, otherShape, sq);
      if (w.length !== values.length) return rangeOf(values);
      for (let k = 0; k < w.length; k++) weights[k] += w[k];
    }
    return readers.length ? productRange(values, weights, act) : rangeOf(values);
  }
  const ops = [];
  const opcodeFor = (type, version) => {
    const builtinCode = BuiltinOperator[type];
    let i = opcodes.findIndex((c) => c.builtinCode === builtinCode && c.version === version && !c.customCode);
    if (i < 0) {
      i = opcodes.length;
      opcodes.push({ type, builtinCode, version });
    }
    return i;
  };
  const addTensor = (t) => {
    const index = tensors.length;
    tensors.push({ ...t, index });
    return index;
  };
  const addBuffer = (data) => {
    buffers.push({ index: buffers.length, data, size: data.length });
    return buffers.length - 1;
  };
  let conversionOps = 0;
  const emitConversion = (type, from, to) => {
    const version = (type === "QUANTIZE" ? QUANTIZE_VERSION : DEQUANTIZE_VERSION)[act];
    ops.push(conversionOp(type, opcodeFor(type, version), from, to));
    conversionOps++;
  };
  const quantizedConstants = /* @__PURE__ */ new Map();
  let currentOp = "";
  const quantForm = /* @__PURE__ */ new Map();
  const floatForm = /* @__PURE__ */ new Map();
  const requantized = /* @__PURE__ */ new Map();
  for (let t = 0; t < sg.tensors.length; t++) {
    if (!nativeInteger(t)) continue;
    const q = paramsOf(t);
    if (graphOutputs.has(t) && opts.io === "float") {
      quantForm.set(t, addTensor({ ...sg.tensors[t], name: `${sg.tensors[t].name}_int`, dtype: act, quantization: q }));
    } else {
      tensors[t] = { ...tensors[t], dtype: act, quantization: q };
      quantForm.set(t, t);
    }
  }
  for (let t = 0; t < sg.tensors.length; t++) if (isFloatActivation(t) && !quantForm.has(t)) floatForm.set(t, t);
  const needQuant = (t) => {
    const have = quantForm.get(t);
    if (have !== void 0) return have;
    const src = sg.tensors[t];
    const q = paramsOf(t);
    let index;
    if (constant(t)) {
      const values = quantizeValues(constantValues(model, src), src.shape, q, act);
      quantizedConstants.set(t, { q, op: currentOp });
      index = addTensor({
        ...src,
        name: `${src.name}_${act}`,
        dtype: act,
        quantization: q,
        buffer: addBuffer(integerBytes(act, values))
      });
    } else {
      index = addTensor({ ...src, name: `${src.name}_${act}`, dtype: act, quantization: q, buffer: 0 });
      emitConversion("QUANTIZE", needFloat(t), index);
    }
    quantForm.set(t, index);
    return index;
  };
  const needFloat = (t) => {
    const have = floatForm.get(t);
    if (have !== void 0) return have;
    const src = sg.tensors[t];
    const index = graphOutputs.has(t) && opts.io === "float" ? t : addTensor({ ...src, name: `${src.name}_float`, dtype: "float32", quantization: void 0, buffer: 0 });
    emitConversion("DEQUANTIZE", quantForm.get(t), index);
    floatForm.set(t, index);
    return index;
  };
  const needQuantWith = (t, q) => {
    if (constant(t)) {
      const key2 = `c${t}:${q.scale[0]}:${q.zeroPoint[0]}`;
      let index2 = requantized.get(key2);
      if (index2 === void 0) {
        const src = sg.tensors[t];
        const values = quantizeValues(constantValues(model, src), src.shape, q, act);
        quantizedConstants.set(t, { q, op: currentOp });
        index2 = addTensor({
          ...src,
          name: `${src.name}_${act}`,
          dtype: act,
          quantization: q,
          buffer: addBuffer(integerBytes(act, values))
        });
        requantized.set(key2, index2);
      }
      return index2;
    }
    const base = needQuant(t);
    if (sameParams(tensors[base].quantization, q)) return base;
    const key = `${t}:${q.scale[0]}:${q.zeroPoint[0]}`;
    let index = requantized.get(key);
    if (index === void 0) {
      index = addTensor({
        ...sg.tensors[t],
        name: `${sg.tensors[t].name}_requant`,
        dtype: act,
        quantization: q,
        buffer: 0
      });
      emitConversion("QUANTIZE", base, index);
      requantized.set(key, index);
    }
    return index;
  };
  const floatOps = [];
  let quantizedOps = 0;
  sg.operators.forEach((op, i) => {
    const d = decisions[i];
    const sourceIndex = prepared.sourceIndex[i];
    if (d.kind === "float") {
      floatOps.push({ index: sourceIndex, type: op.type, reason: d.reason });
      ops.push({ ...op, inputs: op.inputs.map((t) => isFloatActivation(t) ? needFloat(t) : t) });
      return;
    }
    if (d.kind === "integer") {
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
      const inScale = tensors[x].quantization.scale[0];
      const perChannel = w.perChannel && (op.type !== "FULLY_CONNECTED" || !opts.perTensorFullyConnected);
      const wt = op.inputs[w.weights];
      let weightScales;
      if (constant(wt)) {
        const src = sg.tensors[wt];
        const values = constantValues(model, src);
        weightScales = symmetricScales(values, src.shape, perChannel ? w.channelAxis : null);
        const q = {
          scale: weightScales,
          zeroPoint: weightScales.map(() => 0),
          quantizedDimension: perChannel ? w.channelAxis : 0
        };
        const ints = quantizeValues(values, src.shape, q, "int8", true);
        inputs[w.weights] = addTensor({
          ...src,
          name: `${src.name}_int8`,
          dtype: "int8",
          quantization: q,
          buffer: addBuffer(integerBytes("int8", ints))
        });
      } else {
        const r = stats.ranges.get(wt);
        const q = perTensor(Math.max(Math.abs(r.min), Math.abs(r.max), 1e-6) / 127, 0);
        weightScales = q.scale;
        inputs[w.weights] = needQuantWith(wt, q);
      }
      const b = op.inputs[w.bias];
      if (b !== void 0 && b >= 0) {
        const src = sg.tensors[b];
        const values = constantValues(model, src);
        const scale = weightScales.map((ws) => inScale * ws);
        const q = { scale, zeroPoint: scale.map(() => 0), quantizedDimension: 0 };
        const biasType = act === "int16" ? "int64" : "int32";
        const ints = quantizeValues(values, src.shape, q, biasType);
        inputs[w.bias] = addTensor({
          ...src,
          name: `${src.name}_${biasType}`,
          dtype: biasType,
          quantization: q,
          buffer: addBuffer(integerBytes(biasType, ints))
        });
      }
    } else if (rule.output === "shared") {
      const outQ = params.get(op.outputs[0]);
      op.inputs.forEach((t, k) => {
        if (t >= 0 && sg.tensors[t].dtype === "float32") inputs[k] = needQuantWith(t, outQ);
      });
    } else if (rule.output === "same") {
      inputs[0] = needQuant(op.inputs[0]);
      const dataQ = tensors[inputs[0]].quantization;
      op.inputs.forEach((t, k) => {
        if (k > 0 && t >= 0 && sg.tensors[t].dtype === "float32") inputs[k] = needQuantWith(t, dataQ);
      });
    } else {
      op.inputs.forEach((t, k) => {
        if (t >= 0 && sg.tensors[t].dtype === "float32") inputs[k] = needQuant(t);
      });
    }
    const outputs = op.outputs.map((t) => quantForm.get(t) ?? t);
    ops.push({
      ...op,
      opcodeIndex: opcodeFor(op.type, act === "int16" ? rule.int16 : rule.int8),
      inputs,
      outputs,
      options: op.options && "asymmetricQuantizeInputs" in op.options ? { ...op.options, asymmetricQuantizeInputs: false } : op.options
    });
  });
  for (const t of sg.outputs) if (quantForm.has(t) && opts.io === "float") needFloat(t);
  const subgraph = { ...sg, tensors, operators: ops.map((op, index) => ({ ...op, index })) };
  for (const op of subgraph.operators) op.macs = computeMacs(op, subgraph);
  const rewritten = compactModel({
    ...model,
    buffers,
    operatorCodes: opcodes,
    subgraphs: [subgraph, ...model.subgraphs.slice(1)]
  });
  function findOutliers() {
    const found = [];
    for (const [t, qt] of quantForm) {
      if (!isFloatActivation(t)) continue;
      const r = stats.ranges.get(t);
      const p = producer.get(t);
      const o = r && outlierRange(
        {
          tensor: t,
          name: sg.tensors[t].name,
          op: p === void 0 ? "model input" : sg.operators[p].type,
          constant: false
        },
        r.bulk,
        Math.max(-r.min, r.max),
        tensors[qt].quantization.scale[0]
      );
      if (o) found.push({ order: p ?? -1, range: o });
    }
    for (const [t, { q, op }] of quantizedConstants) {
      const values = constantValues(model, sg.tensors[t]);
      const r = rangeOf(values);
      const o = outlierRange(
        { tensor: t, name: sg.tensors[t].name, op, constant: true },
        magnitudeQuantile(values, BULK_QUANTILE),
        Math.max(-r.min, r.max),
        q.scale[0]
      );
      const firstUse = Math.min(...consumers.get(t) ?? [Infinity]);
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
  if (opts.io === "int8" && sg.inputs.some((t) => isFloatActivation(t) && !nativeInteger(t)))
    caveats.push("some float inputs feed only float operators and stay float");
  if (opts.io === "int8" && sg.outputs.some((t) => isFloatActivation(t) && !quantForm.has(t)))
    caveats.push("some outputs come from float operators and stay float");
  return { model: rewritten, report: { quantizedOps, floatOps, conversionOps, outlierRanges, caveats } };
}
function conversionOp(type, opcodeIndex, from, to) {
  return {
    index: 0,
    opcodeIndex,
    type,
    inputs: [from],
    outputs: [to],
    intermediates: [],
    optionsType: type === "QUANTIZE" ? "QuantizeOptions" : "DequantizeOptions",
    options: {},
    options2Type: null,
    options2: null,
    macs: 0
  };
}
function decide(op, sg, model, stats, act, keepFloatAbove = Infinity) {
  const touched = [...op.inputs, ...op.outputs].filter((t) => t >= 0).map((t) => sg.tensors[t]);
  const floats = touched.filter((t) => t.dtype === "float32" || t.dtype === "float16" || t.dtype === "float64");
  if (floats.length === 0) return { kind: "integer" };
  const rule = OP_RULES[op.type];
  const name = op.type === "CUSTOM" ? `CUSTOM ${op.customCode ?? ""}`.trim() : op.type;
  if (!rule) return { kind: "float", reason: `TFLite has no integer kernel for ${name} that the quantizer supports` };
  if (act === "int16" && rule.int16 === void 0)
    return { kind: "float", reason: `TFLite has no int16x8 kernel for ${name}` };
  if (floats.some((t) => t.dtype !== "float32"))
    return { kind: "float", reason: "a tensor is float16/float64 that is not a foldable constant" };
  if (touched.some((t) => t.isVariable)) return { kind: "float", reason: "reads or writes a variable (state) tensor" };
  const w = rule.weighted;
  for (const [k, t] of op.inputs.entries()) {
    if (t < 0) continue;
    const tensor = sg.tensors[t];
    if (tensor.dtype !== "float32") continue;
    const isConst = isConstant(model, tensor);
    if (w && k === w.bias && !isConst) return { kind: "float", reason: "the bias is not a constant" };
    if (isConst && !constantValues(model, tensor))
      return { kind: "float", reason: `constant ${tensor.name} is unreadable` };
    if (!isConst && !stats.ranges.has(t))
      return { kind: "float", reason: `no calibrated range for input ${tensor.name || t}` };
  }
  if (w) {
    const x = op.inputs[w.input];
    if (x < 0 || sg.tensors[x].dtype !== "float32") return { kind: "float", reason: "the data input is not float" };
    const weights = sg.tensors[op.inputs[w.weights]];
    if (weights?.dtype !== "float32") return { kind: "float", reason: "the weights are not float" };
    if (act === "int16" && !isConstant(model, weights))
      return { kind: "float", reason: "non-constant weights have no int16x8 kernel" };
  } else if (rule.output === "same" && sg.tensors[op.inputs[0]]?.dtype !== "float32") {
    return { kind: "float", reason: "the data input is not float" };
  }
  for (const t of [...op.inputs, ...op.outputs]) {
    if (t < 0 || sg.tensors[t].dtype !== "float32") continue;
    const r = isConstant(model, sg.tensors[t]) ? rangeOf(constantValues(model, sg.tensors[t]) ?? []) : stats.ranges.get(t);
    const magnitude = r ? Math.max(-r.min, r.max) : 0;
    const label = sg.tensors[t].name || String(t);
    if (magnitude > SENTINEL_MAGNITUDE)
      return {
        kind: "float",
        reason: `${label} holds float sentinel values (\xB1${magnitude.toPrecision(3)}), beyond any integer scale`
      };
    if (magnitude > keepFloatAbove)
      return {
        kind: "float",
        reason: `${label} spans \xB1${magnitude.toPrecision(3)}, above the keep-float limit ${keepFloatAbove}`
      };
  }
  for (const o of op.outputs) {
    if (o < 0 || sg.tensors[o].dtype !== "float32") continue;
    if ((rule.output === "range" || rule.output === "shared") && !stats.ranges.has(o))
      return { kind: "float", reason: `no calibrated range for output ${sg.tensors[o].name || o}` };
  }
  return { kind: "quantize", rule };
}

// src/optimize/quantize/npy.ts
var MAGIC = [147, 78, 85, 77, 80, 89];
function parseNpy(bytes, file = "<npy>") {
  const fail = (why) => {
    throw new QuantizeError(file, `not a usable .npy file: ${why}`);
  };
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) fail("missing the \\x93NUMPY magic");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6];
  if (major < 1 || major > 3) fail(`unknown format version ${major}`);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const headerStart = major === 1 ? 10 : 12;
  const dataStart = headerStart + headerLen;
  if (dataStart > bytes.length) fail("truncated header");
  const header = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(bytes.subarray(headerStart, dataStart));
  const descr = /'descr'\s*:\s*'([^']+)'/.exec(header)?.[1] ?? fail("no descr in the header");
  if (/'fortran_order'\s*:\s*True/.test(header)) fail("Fortran-ordered arrays are not supported");
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1] ?? fail("no shape in the header");
  const shape = shapeText.split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) fail(`bad shape (${shapeText})`);
  const n = shape.reduce((a, d) => a * d, 1);
  const kind = descr.slice(1);
  const little = descr[0] !== ">";
  const width = Number(kind.slice(1));
  if (!/^[fiub][1248]$/.test(kind)) fail(`unsupported dtype ${descr}`);
  if (dataStart + n * width > bytes.length) fail(`${n} elements of ${descr} do not fit in the file`);
  const at = dataStart;
  const get = (i) => {
    const o = at + i * width;
    switch (kind) {
      case "f4":
        return view.getFloat32(o, little);
      case "f8":
        return view.getFloat64(o, little);
      case "f2":
        return float16Value(view.getUint16(o, little));
      case "i1":
        return view.getInt8(o);
      case "u1":
      case "b1":
        return view.getUint8(o);
      case "i2":
        return view.getInt16(o, little);
      case "u2":
        return view.getUint16(o, little);
      case "i4":
        return view.getInt32(o, little);
      case "u4":
        return view.getUint32(o, little);
      case "i8":
      case "u8":
        return Number(view.getBigInt64(o, little));
      default:
        return fail(`unsupported dtype ${descr}`);
    }
  };
  const Ctor = kind[0] === "f" ? Float32Array : kind === "i1" ? Int8Array : kind === "u1" || kind === "b1" ? Uint8Array : kind === "i2" ? Int16Array : Int32Array;
  const data = new Ctor(n);
  for (let i = 0; i < n; i++) data[i] = get(i);
  return { descr, shape, data };
}

// src/optimize/quantize/samples.ts
function modelInputs(model) {
  const sg = model.subgraphs[0];
  return sg.inputs.map((i) => {
    const t = sg.tensors[i];
    return { name: t.name, shape: t.shape, dtype: t.dtype };
  });
}
function emptyArray(dtype, n) {
  switch (dtype) {
    case "int8":
      return new Int8Array(n);
    case "uint8":
    case "bool":
      return new Uint8Array(n);
    case "int16":
      return new Int16Array(n);
    case "int32":
    case "int64":
      return new Int32Array(n);
    default:
      return new Float32Array(n);
  }
}
function randomSamples(inputs, count, seed = 1, normalisations = []) {
  const rand = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const samples = [];
  for (let s = 0; s < count; s++) {
    samples.push(
      inputs.map((inp, k) => {
        const a = emptyArray(inp.dtype, elementCount(inp.shape));
        const norm = normalisations[k];
        if (inp.dtype === "float32" && norm) {
          for (let i = 0; i < a.length; i++) {
            const m = norm.scale[i];
            a[i] = m === 0 ? rand() : (normal() - norm.shift[i]) / m;
          }
        } else if (inp.dtype === "float32") for (let i = 0; i < a.length; i++) a[i] = rand();
        else if (inp.dtype === "bool") for (let i = 0; i < a.length; i++) a[i] = rand() < 0.5 ? 0 : 1;
        return a;
      })
    );
  }
  return samples;
}
function samplesFromNpy(arrays, inputs) {
  const samples = [];
  const convert = (file, data, spec) => {
    const out = emptyArray(spec.dtype, data.length);
    for (let i = 0; i < data.length; i++) out[i] = data[i];
    if (out.length !== elementCount(spec.shape))
      throw new QuantizeError(file, `${data.length} values do not match input ${spec.name} [${spec.shape}]`);
    return out;
  };
  if (inputs.length === 1) {
    const size = elementCount(inputs[0].shape);
    for (const { file, array } of arrays) {
      if (array.data.length === 0 || array.data.length % size !== 0)
        throw new QuantizeError(
          file,
          `${array.data.length} values are not a whole number of samples of input ${inputs[0].name} [${inputs[0].shape}]`
        );
      for (let o = 0; o < array.data.length; o += size)
        samples.push([convert(file, array.data.subarray(o, o + size), inputs[0])]);
    }
    return samples;
  }
  if (arrays.length % inputs.length !== 0)
    throw new QuantizeError(
      arrays[0]?.file ?? "<calibration>",
      `${arrays.length} arrays for a model with ${inputs.length} inputs: need a multiple`
    );
  for (let k = 0; k < arrays.length; k += inputs.length)
    samples.push(inputs.map((spec, i) => convert(arrays[k + i].file, arrays[k + i].array.data, spec)));
  return samples;
}
function samplesFromNpyFiles(files, model, limit = Infinity) {
  const sorted = [...files].filter((f) => f.name.endsWith(".npy")).sort((a, b) => a.name < b.name ? -1 : 1);
  if (sorted.length === 0) throw new QuantizeError("<calibration>", "no .npy files in the calibration data");
  const arrays = sorted.map((f) => ({ file: f.name, array: parseNpy(f.bytes, f.name) }));
  return samplesFromNpy(arrays, modelInputs(model)).slice(0, limit);
}

// src/optimize/quantize/input-normalisation.ts
var AFFINE = /* @__PURE__ */ new Set(["MUL", "ADD", "SUB", "DIV"]);
function inputNormalisations(model) {
  const sg = model.subgraphs[0];
  return sg.inputs.map((input) => {
    const t = sg.tensors[input];
    if (t.dtype !== "float32") return void 0;
    const n = elementCount(t.shape);
    const channels = t.shape[t.shape.length - 1] ?? 1;
    const scale = new Float32Array(n).fill(1);
    const shift = new Float32Array(n);
    const operators = [];
    let tensor = input;
    for (; ; ) {
      const step = affineStep(model, sg, tensor, n, channels);
      if (!step) break;
      for (let i = 0; i < n; i++) {
        const c = step.values[step.values.length === 1 ? 0 : step.values.length === n ? i : i % channels];
        if (step.type === "MUL") {
          scale[i] *= c;
          shift[i] *= c;
        } else if (step.type === "DIV") {
          scale[i] /= c;
          shift[i] /= c;
        } else if (step.type === "ADD") shift[i] += c;
        else if (step.constantFirst) {
          scale[i] = -scale[i];
          shift[i] = c - shift[i];
        } else shift[i] -= c;
      }
      operators.push(step.op.index);
      tensor = step.op.outputs[0];
    }
    const usable = scale.every((s, i) => Number.isFinite(s) && Number.isFinite(shift[i]));
    return operators.length > 0 && usable ? { scale, shift, operators } : void 0;
  });
}
function affineStep(model, sg, tensor, n, channels) {
  const consumers = sg.operators.filter((o) => o.inputs.includes(tensor));
  if (consumers.length !== 1) return void 0;
  const op = consumers[0];
  if (!AFFINE.has(op.type) || op.inputs.length !== 2 || op.outputs.length !== 1) return void 0;
  if ((op.options?.fusedActivationFunction ?? 0) !== 0) return void 0;
  const other = op.inputs[0] === tensor ? op.inputs[1] : op.inputs[0];
  if (other === tensor || other < 0) return void 0;
  const c = sg.tensors[other];
  if (!isConstant(model, c)) return void 0;
  const values = constantValues(model, c);
  if (!values || !(values.length === 1 || values.length === n || values.length === channels)) return void 0;
  if (elementCount(sg.tensors[op.outputs[0]].shape) !== n) return void 0;
  if (op.type === "DIV" && op.inputs[1] !== other || op.type === "DIV" && values.some((v) => v === 0))
    return void 0;
  return { op, type: op.type, values, constantFirst: op.inputs[0] === other };
}

// src/optimize/quantize/detect.ts
var INTEGER_ACTIVATIONS = /* @__PURE__ */ new Set(["int8", "uint8", "int16"]);
function isFloatModel(model) {
  const sg = model.subgraphs[0];
  if (!sg) return false;
  let floatOutputs = false;
  for (const op of sg.operators)
    for (const o of op.outputs) {
      if (o < 0) continue;
      const t = sg.tensors[o];
      if (t.dtype === "float32") floatOutputs = true;
    }
  if (!floatOutputs) return false;
  return !sg.tensors.some((t) => INTEGER_ACTIVATIONS.has(t.dtype) && t.quantization && !isConstant(model, t));
}

// src/optimize/quantize/verify.ts
var quantizeInto = (values, q, dtype) => {
  const [lo, hi, Ctor] = dtype === "int16" ? [-32768, 32767, Int16Array] : dtype === "uint8" ? [0, 255, Uint8Array] : [-128, 127, Int8Array];
  const out = new Ctor(values.length);
  for (let i = 0; i < values.length; i++)
    out[i] = Math.max(lo, Math.min(hi, Math.round(values[i] / q.scale[0]) + q.zeroPoint[0]));
  return out;
};
var realValues = (values, t) => {
  const out = new Float64Array(values.length);
  const q = t.dtype !== "float32" ? t.quantization : void 0;
  for (let i = 0; i < values.length; i++) out[i] = q ? (values[i] - q.zeroPoint[0]) * q.scale[0] : values[i];
  return out;
};
var CosineSum = class {
  dot = 0;
  na = 0;
  nb = 0;
  /** Finite pairs added. */
  n = 0;
  add(a, b) {
    let { dot, na, nb, n } = this;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const y = b[i];
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      n++;
      dot += x * y;
      na += x * x;
      nb += y * y;
    }
    this.dot = dot;
    this.na = na;
    this.nb = nb;
    this.n = n;
  }
  value() {
    if (this.n === 0) return NaN;
    if (this.na === 0 && this.nb === 0) return 1;
    return this.na === 0 || this.nb === 0 ? 0 : this.dot / Math.sqrt(this.na * this.nb);
  }
};
var DETECTION_POSTPROCESS = "TFLite_Detection_PostProcess";
function exposeDetectionHeads(model) {
  const sg = model.subgraphs[0];
  const post = sg.operators.find((o) => o.type === "CUSTOM" && o.customCode === DETECTION_POSTPROCESS);
  if (!post) return null;
  const heads = post.inputs.slice(0, 2);
  const subgraph = { ...sg, outputs: [...sg.outputs, ...heads] };
  return {
    bytes: writeModel({ ...model, subgraphs: [subgraph, ...model.subgraphs.slice(1)] }),
    first: sg.outputs.length
  };
}
async function compareOutputs(floatBytes, quantBytes, samples, opts = {}) {
  const { InterpreterError } = await import("./interpreter-JTB4UR5K.js");
  try {
    return await track(floatBytes, quantBytes, samples, opts.file ?? "<model>");
  } catch (e) {
    if (!(e instanceof InterpreterError)) throw e;
    return {
      cosine: NaN,
      perOutput: [],
      compared: 0,
      comparedAt: "outputs",
      samples: samples.length,
      error: e.message
    };
  }
}
async function track(floatBytes, quantBytes, samples, file) {
  const { loadInterpreter } = await import("./interpreter-JTB4UR5K.js");
  const qModel = readModel(quantBytes, { file });
  const qsg = qModel.subgraphs[0];
  const floatModel = readModel(floatBytes, { file });
  const floatHeads = exposeDetectionHeads(floatModel);
  const quantHeads = floatHeads && exposeDetectionHeads(qModel);
  const atHeads = floatHeads !== null && quantHeads !== null;
  const floatRun = await loadInterpreter(runtimeCopy(atHeads ? floatHeads.bytes : floatBytes, file).bytes, { file });
  const quantFile = `${file} (quantized)`;
  const quantRun = await loadInterpreter(runtimeCopy(atHeads ? quantHeads.bytes : quantBytes, quantFile).bytes, {
    file: quantFile
  }).catch((e) => {
    floatRun.dispose();
    throw e;
  });
  const indexOutputs = atHeads ? /* @__PURE__ */ new Set() : indexOutputPositions(floatModel);
  const equalIndices = /* @__PURE__ */ new Map();
  const heads = atHeads ? qsg.operators.find((o) => o.customCode === DETECTION_POSTPROCESS).inputs.slice(0, 2) : [];
  const all = new CosineSum();
  const perOutputSums = [];
  let compared = 0;
  try {
    for (const sample of samples) {
      let f = floatRun.run(sample);
      const qIn = sample.map((v, i) => {
        const t = qsg.tensors[qsg.inputs[i]];
        return t.dtype !== "float32" && t.quantization && v instanceof Float32Array ? quantizeInto(v, t.quantization, t.dtype) : v;
      });
      let q = quantRun.run(qIn).map((o, i) => realValues(o, qsg.tensors[[...qsg.outputs, ...heads][i]]));
      if (atHeads) {
        f = f.slice(floatHeads.first);
        q = q.slice(quantHeads.first);
      }
      f.forEach((o, k) => {
        const y = q[k] ?? [];
        if (indexOutputs.has(k)) {
          const e = equalIndices.get(k) ?? { equal: 0, total: 0 };
          for (let i = 0; i < o.length; i++) if (o[i] === y[i]) e.equal++;
          e.total += o.length;
          equalIndices.set(k, e);
          compared += o.length;
          return;
        }
        (perOutputSums[k] ??= new CosineSum()).add(o, y);
        all.add(o, y);
        compared += o.length;
      });
    }
  } finally {
    floatRun.dispose();
    quantRun.dispose();
  }
  return {
    cosine: all.value(),
    perOutput: Array.from(
      { length: Math.max(perOutputSums.length, ...[...indexOutputs].map((k) => k + 1)) },
      (_, k) => perOutputSums[k]?.value() ?? NaN
    ),
    ...equalIndices.size ? {
      indexAgreement: [...equalIndices].sort((a, b) => a[0] - b[0]).map(([output, e]) => ({ output, share: e.total ? e.equal / e.total : NaN }))
    } : {},
    compared,
    comparedAt: atHeads ? "detection heads" : "outputs",
    samples: samples.length
  };
}

// src/optimize/quantize/describe.ts
function describeQuantization(report, tracking) {
  const lines = [
    `${report.quantizedOps} operator(s) quantized, ${report.floatOps.length} left float, ${report.conversionOps} QUANTIZE/DEQUANTIZE added`
  ];
  for (const f of report.floatOps) lines.push(`  float: operator ${f.index} ${f.type}: ${f.reason}`);
  if (tracking) {
    const at = tracking.comparedAt === "outputs" ? "outputs" : "detection heads (before non-maximum suppression)";
    const indices = new Map((tracking.indexAgreement ?? []).map((a) => [a.output, a.share]));
    const pct = (share) => `${(share * 100).toFixed(1)}%`;
    if (tracking.error) lines.push(`tracking: not measured: ${tracking.error}`);
    else if (!Number.isNaN(tracking.cosine))
      lines.push(
        `tracking: cosine similarity ${tracking.cosine.toFixed(4)} of the ${at} over ${tracking.samples} sample(s)`
      );
    else if (!indices.size) lines.push(`tracking: not measurable (the ${at} were empty on every sample)`);
    for (const [output, share] of indices)
      lines.push(
        `tracking: ${pct(share)} of the class indices of output ${output} (ARG_MAX/ARG_MIN) equal the float model's over ${tracking.samples} sample(s)`
      );
    if (tracking.perOutput.length > 1 && !Number.isNaN(tracking.cosine)) {
      const each = tracking.perOutput.map(
        (c, i) => `${i}: ${indices.has(i) ? `${pct(indices.get(i))} equal` : Number.isNaN(c) ? "empty" : c.toFixed(4)}`
      ).join(", ");
      lines.push(`tracking per output: ${each}`);
    }
  }
  for (const c of report.caveats) lines.push(`note: ${c}`);
  return lines;
}

// src/optimize/quantize/index.ts
async function quantize(bytes, opts) {
  const model = readModel(bytes, { file: opts.file });
  if (!isFloatModel(model))
    throw new QuantizeError(
      opts.file ?? "<model>",
      "not a float model: it already computes with integer activations (or has no float operator)"
    );
  const random = !opts.samples;
  const inputs = modelInputs(model);
  const normalised = random ? inputNormalisations(model) : [];
  const samples = opts.samples ?? randomSamples(inputs, opts.randomCount ?? 100, opts.seed ?? 1, normalised);
  const stats = await calibrate(bytes, samples, { file: opts.file });
  const { model: q, report } = quantizeModel(model, stats, { ...opts, randomCalibration: random });
  normalised.forEach((n, k) => {
    if (n)
      report.caveats.push(
        `random values for input ${inputs[k].name} were drawn so that its normalisation (operators ${n.operators.join(", ")}) makes them standard normal, as the model was trained to expect`
      );
  });
  return { bytes: writeModel(q), model: q, report, stats, samples };
}
export {
  OP_RULES,
  QuantizeError,
  RANDOM_DATA_CAVEAT,
  calibrate,
  compareOutputs,
  describeQuantization,
  inputNormalisations,
  isFloatModel,
  modelInputs,
  parseNpy,
  quantize,
  quantizeModel,
  randomSamples,
  samplesFromNpy,
  samplesFromNpyFiles,
  withAllOutputs
};
