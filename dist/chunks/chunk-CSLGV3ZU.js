import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  isModelFileError,
  readModel,
  sameDims,
  velaDims
} from "./chunk-DB7Z7Q6U.js";

// src/engine/analyze.ts
import { createHash } from "node:crypto";

// src/graph/vela.ts
var VELA_DESCRIPTION = /^Vela(?: \d[\w.+-]*)? Optimised$/;
function velaCompiledReason(model) {
  for (const sg of model.subgraphs) {
    for (const op of sg.operators) {
      if (op.type === "CUSTOM" && op.customCode === "ethos-u") {
        return "already compiled by Vela: it contains an ethos-u custom operator (a command stream); analyse the model before Vela";
      }
    }
  }
  if (VELA_DESCRIPTION.test(model.description.trim())) {
    return `already compiled by Vela (description "${model.description}"); analyse the model before Vela`;
  }
  return null;
}

// src/compat/constraint.ts
var slug = (type) => type.toLowerCase().replace(/_/g, "");
var fail = (rule, message) => ({ rule, message });
var dtypeName = (dtype) => dtype.toUpperCase();

// src/graph/types.ts
var PADDING_SAME = 0;

// src/compat/view.ts
var parseRoles = (...roles) => roles.map((r) => [r.replace(/\d+$/, ""), Number(/\d+$/.exec(r)?.[0] ?? 0)]);
var BINARY = parseRoles("ifm0", "ifm1");
var UNARY = parseRoles("ifm0");
var WITH_PARAM = parseRoles("ifm0", "params0");
var CONV = parseRoles("ifm0", "weights0", "scales0");
var INPUT_ROLES = {
  ADD: BINARY,
  SUB: BINARY,
  MUL: BINARY,
  DIV: BINARY,
  SQUARED_DIFFERENCE: BINARY,
  EQUAL: BINARY,
  NOT_EQUAL: BINARY,
  GREATER: BINARY,
  GREATER_EQUAL: BINARY,
  LESS: BINARY,
  LESS_EQUAL: BINARY,
  LOGICAL_AND: BINARY,
  LOGICAL_OR: BINARY,
  LOGICAL_NOT: BINARY,
  BATCH_MATMUL: BINARY,
  GATHER: BINARY,
  GATHER_ND: BINARY,
  FLOOR_DIV: BINARY,
  FLOOR_MOD: BINARY,
  POW: BINARY,
  CONV_2D: CONV,
  DEPTHWISE_CONV_2D: CONV,
  FULLY_CONNECTED: CONV,
  TRANSPOSE_CONV: parseRoles("params0", "weights0", "ifm0", "scales0"),
  ARG_MAX: WITH_PARAM,
  ARG_MIN: WITH_PARAM,
  MEAN: WITH_PARAM,
  SUM: WITH_PARAM,
  REDUCE_MAX: WITH_PARAM,
  REDUCE_MIN: WITH_PARAM,
  REDUCE_ANY: WITH_PARAM,
  REDUCE_ALL: WITH_PARAM,
  REDUCE_PROD: WITH_PARAM,
  PAD: WITH_PARAM,
  MIRROR_PAD: WITH_PARAM,
  PRELU: WITH_PARAM,
  RESHAPE: WITH_PARAM,
  RESIZE_BILINEAR: WITH_PARAM,
  RESIZE_NEAREST_NEIGHBOR: WITH_PARAM,
  REVERSE_V2: WITH_PARAM,
  TILE: WITH_PARAM,
  TRANSPOSE: WITH_PARAM,
  PADV2: parseRoles("ifm0", "params0", "params1"),
  SLICE: parseRoles("ifm0", "params0", "params1"),
  SPLIT_V: parseRoles("ifm0", "params0", "params1"),
  STRIDED_SLICE: parseRoles("ifm0", "params0", "params1", "params2"),
  SPACE_TO_BATCH_ND: parseRoles("ifm0", "params0", "params1"),
  BATCH_TO_SPACE_ND: parseRoles("ifm0", "params0", "params1"),
  SPLIT: parseRoles("params0", "ifm0"),
  SELECT: parseRoles("ifm0", "ifm1", "ifm2"),
  SELECT_V2: parseRoles("ifm0", "ifm1", "ifm2"),
  SCATTER_ND: parseRoles("ifm0", "ifm1", "params0"),
  UNIDIRECTIONAL_SEQUENCE_LSTM: parseRoles(
    "ifm0",
    ...Array.from({ length: 11 }, (_, i) => `weights${i}`),
    "scales0",
    "scales1",
    "scales2",
    "scales3",
    "weights11",
    "scales4",
    "state0",
    "state1",
    "scales5",
    "scales6",
    "scales7",
    "scales8"
  )
};
for (const t of [
  "AVERAGE_POOL_2D",
  "MAX_POOL_2D",
  "LOGISTIC",
  "RELU",
  "RELU6",
  "RELU_N1_TO_1",
  "RELU_0_TO_1",
  "TANH",
  "SOFTMAX",
  "EXP",
  "LOG",
  "RSQRT",
  "ABS",
  "NEG",
  "HARD_SWISH",
  "LEAKY_RELU",
  "QUANTIZE",
  "DEQUANTIZE",
  "CAST",
  "SQUEEZE",
  "EXPAND_DIMS",
  "UNPACK",
  "PACK"
])
  INPUT_ROLES[t] ??= UNARY;
function inputRoles(type) {
  return INPUT_ROLES[type] ?? [];
}
var DTYPE_BYTES = {
  float32: 4,
  float16: 2,
  int32: 4,
  uint8: 1,
  int64: 8,
  bool: 1,
  int16: 2,
  complex64: 8,
  int8: 1,
  float64: 8,
  complex128: 16,
  uint64: 8,
  uint32: 4,
  uint16: 2,
  int4: 1,
  bfloat16: 2
};
function tensorData(model, t) {
  const b = model.buffers[t.buffer];
  return b?.data && b.data.length > 0 ? b.data : void 0;
}
function bufferSize(model, t) {
  return model.buffers[t.buffer]?.size ?? 0;
}
function velaShape(model, t) {
  let shape = t.shape;
  if (t.shapeSignature && t.shapeSignature.length) {
    shape = [...t.shapeSignature];
    if (shape[0] === -1) shape[0] = 1;
  }
  if (shape.length === 0) {
    const size = bufferSize(model, t);
    if (!size) return null;
    return [Math.floor(size / (DTYPE_BYTES[t.dtype] ?? 1))];
  }
  return shape;
}
function connect(model, t, role, slot) {
  const q = t.quantization;
  const quantized = !!q && q.scale.length > 0 && q.zeroPoint.length > 0;
  const constant = !t.isVariable && bufferSize(model, t) > 0;
  return {
    role,
    slot,
    tensor: t,
    shape: velaShape(model, t),
    dtype: t.dtype,
    scales: quantized ? q.scale : [],
    zeroPoints: quantized ? q.zeroPoint : [],
    quantDim: quantized ? q.quantizedDimension : 0,
    constant,
    // Read when a check needs the values, not kept: views live as long as the model, weights need not.
    get data() {
      return constant ? tensorData(model, t) : void 0;
    }
  };
}
function neededPadding(input2, stride, filter) {
  const out = Math.ceil(input2 / stride);
  return Math.max(0, (out - 1) * stride + filter - input2);
}
var num = (v, dflt) => typeof v === "number" ? v : dflt;
function kernelOf(view) {
  const o = view.options;
  const ifm = view.inputs.find((c) => c.role === "ifm" && c.slot === 0);
  const w = view.inputs.find((c) => c.role === "weights" && c.slot === 0);
  let width;
  let height;
  let dilationW = 1;
  let dilationH = 1;
  switch (view.type) {
    case "CONV_2D":
    case "DEPTHWISE_CONV_2D":
    case "TRANSPOSE_CONV": {
      if (!w?.shape) return void 0;
      const s2 = w.shape.length >= 4 ? w.shape : [...Array(4 - w.shape.length).fill(1), ...w.shape];
      width = s2[s2.length - 2];
      height = s2[s2.length - 3];
      if (view.type !== "TRANSPOSE_CONV") {
        dilationW = num(o.dilationWFactor, 1);
        dilationH = num(o.dilationHFactor, 1);
      }
      break;
    }
    case "AVERAGE_POOL_2D":
    case "MAX_POOL_2D":
      width = num(o.filterWidth, 1);
      height = num(o.filterHeight, 1);
      break;
    default:
      return void 0;
  }
  const strideW = num(o.strideW, 1);
  const strideH = num(o.strideH, 1);
  let paddingZero = true;
  if (view.type !== "TRANSPOSE_CONV" && o.padding === PADDING_SAME && ifm?.shape && ifm.shape.length >= 2) {
    const s2 = ifm.shape;
    const xpad = neededPadding(s2[s2.length - 2], strideW, dilationW * (width - 1) + 1);
    const ypad = s2.length >= 3 ? neededPadding(s2[s2.length - 3], strideH, dilationH * (height - 1) + 1) : 0;
    paddingZero = xpad === 0 && ypad === 0;
  }
  return { width, height, strideW, strideH, dilationW, dilationH, paddingZero };
}
function viewOperator(model, sg, op) {
  const roles = inputRoles(op.type);
  const inputs = [];
  let ifmCount = 0;
  op.inputs.forEach((ti, i) => {
    const t = ti >= 0 ? sg.tensors[ti] : void 0;
    const listed = i < roles.length;
    if (!listed && !t) return;
    const [role, slot] = listed ? roles[i] : ["ifm", ifmCount];
    if (role === "ifm") ifmCount++;
    if (t) inputs.push(connect(model, t, role, slot));
  });
  op.intermediates.forEach((ti, i) => {
    const t = sg.tensors[ti];
    if (t) inputs.push(connect(model, t, "scratch", i));
  });
  const outputs = [];
  op.outputs.forEach((ti, i) => {
    const t = sg.tensors[ti];
    if (t) outputs.push(connect(model, t, "ofm", i));
  });
  inferOfmShape(op.type, inputs, outputs);
  const view = {
    type: op.type,
    op,
    inputs,
    outputs,
    connections: [...inputs, ...outputs],
    options: op.options ?? {}
  };
  if (op.type === "FULLY_CONNECTED") reshapeFcWeights(view);
  view.kernel = kernelOf(view);
  return view;
}
var UNARY_ELEMENTWISE = /* @__PURE__ */ new Set(["ABS", "LEAKY_RELU", "LOGICAL_NOT", "NEG", "QUANTIZE"]);
var BINARY_ELEMENTWISE = /* @__PURE__ */ new Set([
  "ADD",
  "SUB",
  "MUL",
  "MINIMUM",
  "MAXIMUM",
  "DIV",
  "LOGICAL_AND",
  "LOGICAL_OR",
  "EQUAL",
  "GREATER",
  "GREATER_EQUAL",
  "NOT_EQUAL"
]);
function inferOfmShape(type, inputs, outputs) {
  const ofm2 = outputs[0];
  if (!ofm2 || ofm2.shape) return;
  const a = inputs.find((c) => c.role === "ifm" && c.slot === 0);
  const b = inputs.find((c) => c.role === "ifm" && c.slot === 1);
  if (UNARY_ELEMENTWISE.has(type) && a?.shape) ofm2.shape = [...a.shape];
  else if (BINARY_ELEMENTWISE.has(type) && a?.shape && b?.shape) {
    const n = Math.max(a.shape.length, b.shape.length);
    const pa = [...Array(n - a.shape.length).fill(1), ...a.shape];
    const pb = [...Array(n - b.shape.length).fill(1), ...b.shape];
    ofm2.shape = pa.map((d, i) => Math.max(d, pb[i]));
  }
}
function reshapeFcWeights(view) {
  const w = view.inputs.find((c) => c.role === "weights" && c.slot === 0);
  if (!w?.shape || w.shape.length < 2) return;
  const elems4 = w.shape.reduce((a, d) => a * d, 1);
  if (elems4 === w.shape[0] * w.shape[w.shape.length - 1]) w.shape = [w.shape[0], 1, 1, w.shape[w.shape.length - 1]];
}
var tensorName = (c) => c.tensor.name ? `'${c.tensor.name}'` : `#${c.tensor.index}`;
var isIfm = (c) => c.role === "ifm";
var isOfm = (c) => c.role === "ofm";
function input(view, role, slot = 0) {
  return view.inputs.find((c) => c.role === role && c.slot === slot);
}
function ofm(view) {
  return view.outputs.find((c) => c.slot === 0);
}
function intValues(c) {
  const d = c?.data;
  if (!d) return [];
  const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
  const out = [];
  switch (c?.dtype) {
    case "int8":
      for (let i = 0; i < d.length; i++) out.push(dv.getInt8(i));
      break;
    case "uint8":
    case "bool":
      for (let i = 0; i < d.length; i++) out.push(d[i]);
      break;
    case "int16":
      for (let i = 0; i + 2 <= d.length; i += 2) out.push(dv.getInt16(i, true));
      break;
    case "uint16":
      for (let i = 0; i + 2 <= d.length; i += 2) out.push(dv.getUint16(i, true));
      break;
    case "int32":
      for (let i = 0; i + 4 <= d.length; i += 4) out.push(dv.getInt32(i, true));
      break;
    case "uint32":
      for (let i = 0; i + 4 <= d.length; i += 4) out.push(dv.getUint32(i, true));
      break;
    case "int64":
      for (let i = 0; i + 8 <= d.length; i += 8) out.push(Number(dv.getBigInt64(i, true)));
      break;
    default:
      break;
  }
  return out;
}
function dtypeBits(dtype) {
  return (DTYPE_BYTES[dtype] ?? 0) * 8;
}
function padShape(shape, rank, value = 1) {
  return shape.length >= rank ? [...shape] : [...Array(rank - shape.length).fill(value), ...shape];
}
var largestScale = /* @__PURE__ */ new WeakMap();
function maxAbsScale(scales) {
  let m = largestScale.get(scales);
  if (m === void 0) {
    m = 0;
    for (const s2 of scales) m = Number.isNaN(s2) ? NaN : Math.max(m, Math.abs(s2));
    largestScale.set(scales, m);
  }
  return m;
}
var elements = (shape) => shape.reduce((a, d) => a * d, 1);

// src/compat/generic.ts
function supportedDtypes(allowed) {
  return (v) => {
    for (const c of v.connections) {
      if ((isIfm(c) || isOfm(c)) && !allowed.has(c.dtype)) {
        const hint = c.dtype === "float32" || c.dtype === "float16" || c.dtype === "bfloat16" ? "; quantize the model to int8 (or int16 activations)" : "";
        return fail(
          "generic.dtype",
          `${dtypeName(c.dtype)} ${isIfm(c) ? "input" : "output"} tensor ${tensorName(c)} is not supported on the NPU${hint}`
        );
      }
    }
    return null;
  };
}
var mustHaveIfm = (v) => input(v, "ifm", 0) ? null : fail("generic.ifm", "the operator has no input feature map");
var mustHaveOfm = (v) => v.outputs.length ? null : fail("generic.ofm", "the operator has no output feature map");
var tensorsHaveShape = (v) => {
  for (const c of v.connections)
    if (!c.shape)
      return fail(
        "generic.shape",
        `tensor ${tensorName(c)} has no shape (a non-constant scalar); the NPU needs a known shape`
      );
  return null;
};
var staticShapes = (v) => {
  for (const c of v.connections) {
    const axis = c.shape?.findIndex((d) => d < 0) ?? -1;
    if (axis >= 0)
      return fail(
        "generic.dynamic-shape",
        `tensor ${tensorName(c)} has a dynamic dimension at axis ${axis}; only the batch axis may be dynamic`
      );
  }
  return null;
};
var tensorsQuantized = (v) => {
  for (const c of v.connections) {
    if (c.dtype === "int64" || c.dtype === "bool") continue;
    const featureMap = (isIfm(c) || isOfm(c)) && (c.dtype !== "int32" || v.type === "QUANTIZE");
    const weights = c.role === "weights" && c.slot === 0;
    if ((featureMap || weights) && (c.scales.length === 0 || c.zeroPoints.length === 0))
      return fail("generic.quantization", `tensor ${tensorName(c)} has no quantization parameters`);
  }
  return null;
};
var scaleShiftPositive = (v) => {
  for (const c of v.connections) {
    const big = maxAbsScale(c.scales);
    if (big >= 2 ** 31)
      return fail(
        "generic.quantization-scale",
        `tensor ${tensorName(c)} has a quantization scale of ${big}, too large`
      );
  }
  return null;
};
var noPerAxisQuant = (v) => {
  for (const c of v.connections)
    if (c.scales.length > 1 || c.zeroPoints.length > 1)
      return fail(
        "generic.per-axis",
        `tensor ${tensorName(c)} is quantized per axis, which this operator does not support`
      );
  return null;
};
var weights8Bit = (v) => {
  const w = input(v, "weights");
  if (w && dtypeBits(w.dtype) !== 8)
    return fail("weights.dtype", `${dtypeName(w.dtype)} weights are not supported; weights must be 8-bit`);
  return null;
};
function weightSum(max8Bit, max16Bit) {
  return (v) => {
    const w = input(v, "weights");
    const ifm = input(v, "ifm");
    if (!w || !ifm || !w.constant || !w.shape) return null;
    const limit = dtypeBits(ifm.dtype) === 8 ? max8Bit : max16Bit;
    const shape = w.shape.length >= 4 ? w.shape.slice(-4) : [...Array(4 - w.shape.length).fill(1), ...w.shape];
    const [n, h, wd, c] = shape;
    const depthwise = v.type === "DEPTHWISE_CONV_2D";
    const outChannels = depthwise ? c : n;
    const perOut = depthwise ? h * wd : n * h * wd * c / Math.max(n, 1);
    if (255 * perOut < limit) return null;
    const values = intValues(w);
    const zps = w.zeroPoints;
    for (let o = 0; o < outChannels; o++) {
      const zp = zps.length === 0 ? 0 : zps.length > 1 ? zps[o] : zps[0];
      let sum = 0;
      if (depthwise) {
        for (let i = 0; i < h * wd; i++) sum += Math.abs((values[i * c + o] ?? 0) - zp);
      } else {
        const base = o * h * wd * c;
        for (let i = 0; i < h * wd * c; i++) sum += Math.abs((values[base + i] ?? 0) - zp);
      }
      if (sum > limit)
        return fail(
          "weights.sum",
          `the absolute weight sum of output channel ${o} is ${sum}, above the limit of ${limit} for ${dtypeBits(ifm.dtype)}-bit inputs`
        );
    }
    return null;
  };
}
var biasShape = (v) => {
  const b = input(v, "scales");
  if (!b?.shape) return null;
  const els = b.shape.reduce((a, d) => a * d, 1);
  const depth = b.shape[b.shape.length - 1] ?? 0;
  return els > depth ? fail("bias.shape", `bias shape [${b.shape.join(", ")}] does not hold its values along the channel axis`) : null;
};
var biasConstant = (v) => {
  const b = input(v, "scales");
  return b && !b.constant ? fail("bias.constant", `bias tensor ${tensorName(b)} is not constant`) : null;
};
var biasDtype = (v) => {
  const b = input(v, "scales");
  return b && b.dtype !== "int32" && b.dtype !== "int64" ? fail("bias.dtype", `${dtypeName(b.dtype)} bias is not supported; bias must be INT32 or INT64`) : null;
};
function bias64Range(maxBias) {
  return (v) => {
    const b = input(v, "scales");
    if (!b || b.dtype !== "int64") return null;
    const big = intValues(b).find((x) => x > maxBias);
    return big !== void 0 ? fail("bias.range", `INT64 bias value ${big} exceeds the maximum of ${maxBias}`) : null;
  };
}

// src/compat/specific.ts
var shape4 = (c) => padShape(c?.shape ?? [], 4);
var fmt = (s2) => `[${s2.join(", ")}]`;
var constParams = (v) => {
  const p = v.inputs.find((c) => c.role === "params" && !c.constant);
  return p ? fail(`${slug(v.type)}.const-params`, `parameter tensor ${tensorName(p)} is not constant`) : null;
};
var sameQuant = (a, b) => a.quantDim === b.quantDim && a.scales.length === b.scales.length && a.scales.every((s2, i) => Math.fround(s2) === Math.fround(b.scales[i])) && a.zeroPoints.length === b.zeroPoints.length && a.zeroPoints.every((z, i) => z === b.zeroPoints[i]);
var matchingQuantization = (v) => {
  const a = input(v, "ifm", 0);
  const b = input(v, "ifm", 1);
  const o = ofm(v);
  if (!a || !b || !o) return null;
  return sameQuant(a, o) && sameQuant(b, o) ? null : fail(
    `${slug(v.type)}.quantization`,
    "both inputs must have exactly the quantization (scale and zero point) of the output"
  );
};
var fcWeightShape = (v) => {
  const w = input(v, "weights");
  const s2 = w?.shape ?? [];
  if (s2.length < 2 || elements(s2) !== s2[0] * s2[s2.length - 1])
    return fail("fullyconnected.weights-shape", `weights shape ${fmt(s2)} cannot be read as [outputs, inputs]`);
  return null;
};
var avgPoolKernel = (v) => {
  const k = v.kernel;
  if (!k) return null;
  const { width: w, height: h } = k;
  if (k.paddingZero) {
    if (h > 256 || h < 1) return fail("averagepool2d.kernel", `kernel height ${h} is outside 1..256 (VALID padding)`);
    if (w * h > 65536)
      return fail("averagepool2d.kernel", `kernel area ${w}x${h} = ${w * h} exceeds 65536 (VALID padding)`);
  } else {
    if (w > 8 || w < 1)
      return fail("averagepool2d.kernel", `kernel width ${w} is outside 1..8, the limit with SAME padding`);
    if (h > 8 || h < 1)
      return fail("averagepool2d.kernel", `kernel height ${h} is outside 1..8, the limit with SAME padding`);
  }
  return null;
};
var maxPoolKernel = (v) => {
  const k = v.kernel;
  if (!k) return null;
  const { width: w, height: h } = k;
  if (h > 256 || h < 1) return fail("maxpool2d.kernel", `kernel height ${h} is outside 1..256`);
  if (w * h > 65536) return fail("maxpool2d.kernel", `kernel area ${w}x${h} = ${w * h} exceeds 65536`);
  return null;
};
var transposeConvShape = (v) => {
  const k = v.kernel;
  const i = shape4(input(v, "ifm"));
  const o = shape4(ofm(v));
  if (!k) return null;
  const [iw, ih, ow, oh] = [i[2], i[1], o[2], o[1]];
  if (v.options.padding === PADDING_SAME) {
    if (iw * k.strideW !== ow || ih * k.strideH !== oh)
      return fail(
        "transposeconv.shape",
        `with SAME padding the output (${ow}x${oh}) must be the input (${iw}x${ih}) times the stride (${k.strideW}x${k.strideH})`
      );
  } else {
    const ew = iw * k.strideW + Math.max(k.width - k.strideW, 0);
    const eh = ih * k.strideH + Math.max(k.height - k.strideH, 0);
    if (ew !== ow || eh !== oh)
      return fail(
        "transposeconv.shape",
        `with VALID padding the output must be ${ew}x${eh} (input x stride + kernel - stride), not ${ow}x${oh}`
      );
  }
  return null;
};
var rsqrtIfm = (v) => {
  const i = input(v, "ifm");
  return i && i.dtype !== "int8" && i.dtype !== "int16" ? fail("rsqrt.dtype", `${dtypeName(i.dtype)} input is not supported; RSQRT needs INT8 or INT16`) : null;
};
var softmaxArea = (v) => {
  const s2 = shape4(input(v, "ifm"));
  const area = s2[s2.length - 2] * s2[s2.length - 3];
  return area > 65536 ? fail("softmax.size", `input width x height is ${area}, above the maximum of 65536`) : null;
};
var padParamsDtype = (v) => {
  const p = input(v, "params");
  return p && p.dtype !== "int32" && p.dtype !== "int64" ? fail(
    `${slug(v.type)}.params-dtype`,
    `${dtypeName(p.dtype)} padding tensor is not supported; it must be INT32 or INT64`
  ) : null;
};
var transposeRank = (v) => {
  const p = input(v, "params");
  const n = p?.shape?.[p.shape.length - 1] ?? 0;
  return n > 8 ? fail("transpose.rank", `a ${n}-D permutation exceeds the 8-D maximum`) : null;
};
var logShapes = (v) => {
  const a = input(v, "ifm")?.shape ?? [];
  const b = ofm(v)?.shape ?? [];
  return a.length !== b.length || a.some((d, i) => d !== b[i]) ? fail("log.shape", `input shape ${fmt(a)} differs from output shape ${fmt(b)}`) : null;
};
var logDtypes = (v) => {
  const a = input(v, "ifm")?.dtype;
  const b = ofm(v)?.dtype;
  if (a !== "int8" && a !== "int16")
    return fail("log.dtype", `${dtypeName(a ?? "none")} input is not supported; LOG needs INT8 or INT16`);
  if (a !== b) return fail("log.dtype", `input ${dtypeName(a)} and output ${dtypeName(b ?? "none")} types differ`);
  return null;
};
var unitBatch = (v) => {
  const s2 = shape4(input(v, "ifm"));
  return s2[s2.length - 4] > 1 ? fail(`${slug(v.type)}.batch`, `batch ${s2[s2.length - 4]} is not supported; the batch must be 1`) : null;
};
function meanAxes(v) {
  const i = input(v, "ifm");
  const rank = i?.shape?.length ?? 0;
  const mask = Array(rank).fill(0);
  for (let a of intValues(input(v, "params"))) {
    if (a < 0) a += rank;
    if (a >= 0 && a < rank) mask[a] = 1;
  }
  return { ifm: shape4(i), mask: padShape(mask, 4, 0) };
}
var meanDepth = (v) => {
  const { ifm, mask } = meanAxes(v);
  if (mask[3] && ![ifm[1], ifm[2], ifm[3]].includes(1))
    return fail("mean.depth", `reducing over depth needs H, W or C to be 1; input is ${fmt(ifm)}`);
  return null;
};
var meanAxisSize = (v) => {
  const { ifm, mask } = meanAxes(v);
  const big = ifm.findIndex((d, i) => mask[i] && d > 4096);
  return big >= 0 ? fail("mean.axis-size", `reduced axis ${big} has ${ifm[big]} elements, above the maximum of 4096`) : null;
};
var meanDtype = (v) => {
  const t = input(v, "ifm")?.dtype;
  return t !== "int8" && t !== "uint8" && t !== "int16" ? fail("mean.dtype", `${dtypeName(t ?? "none")} input is not supported; MEAN needs INT8, UINT8 or INT16`) : null;
};
var MEAN_MAX_ELEMENTS = { int8: 2 ** 24, uint8: 2 ** 23, int16: 2 ** 16 };
var meanElements = (v) => {
  const { ifm, mask } = meanAxes(v);
  const reduced = ifm.reduce((a, d, i) => a * (mask[i] ? d : 1), 1);
  const t = input(v, "ifm")?.dtype ?? "";
  const max = MEAN_MAX_ELEMENTS[t];
  return max !== void 0 && reduced > max ? fail("mean.elements", `${reduced} reduced elements exceed the maximum of ${max} for ${dtypeName(t)}`) : null;
};
var stridedSlice = (v) => {
  const ifm = input(v, "ifm");
  const shape = ifm?.shape ?? [];
  const [begin, end, strides] = [0, 1, 2].map((i) => intValues(input(v, "params", i)));
  const o = v.options;
  const bit = (m, i) => ((typeof m === "number" ? m : 0) & 1 << i) !== 0;
  const n = Math.min(begin.length, end.length, strides.length);
  const rank = shape.length;
  const offset = Array(rank).fill(0);
  const size = [...shape];
  const stride = Array(rank).fill(1);
  const clamp3 = (x, lo, hi) => Math.min(Math.max(x, lo), hi);
  for (let s2 = 0, a = 0; s2 < n; s2++) {
    if (bit(o.ellipsisMask, s2)) {
      a = rank - (n - s2 - 1);
      continue;
    }
    const shrink = bit(o.shrinkAxisMask, s2);
    if (!bit(o.beginMask, s2) || shrink) {
      let b = begin[s2];
      if (b < 0) b += shape[a];
      b = clamp3(b, 0, shape[a] - 1);
      offset[a] = b;
      size[a] = shrink ? 1 : shape[a] - b;
    }
    if (!bit(o.endMask, s2) && !shrink) {
      let e = end[s2];
      if (e < 0) e += shape[a];
      e = clamp3(e, 1, shape[a]);
      size[a] = e - offset[a];
    }
    stride[a] = strides[s2];
    a++;
  }
  const outsideHW = stride.reduce((p, d, i) => i === rank - 2 || i === rank - 3 ? p : p * d, 1);
  if (outsideHW !== 1)
    return fail("stridedslice.stride-axis", `stride ${fmt(stride)} steps along an axis other than height or width`);
  if (stride.some((d) => d < 0))
    return fail("stridedslice.negative-stride", `negative stride ${fmt(stride)} is not supported`);
  if (!size.some((d) => d > 0)) return fail("stridedslice.empty", `the slice ${fmt(size)} is empty`);
  return null;
};
var lstmNoCifg = (v) => {
  for (let i = 0; i <= 7; i++)
    if (!input(v, "weights", i))
      return fail("lstm.cifg", `gate weight tensor ${i} is missing (coupled input-forget gate is not supported)`);
  return null;
};
var lstmNoPeephole = (v) => [8, 9, 10].some((i) => input(v, "weights", i)) ? fail("lstm.peephole", "peephole connections are not supported") : null;
var lstmNoProjection = (v) => input(v, "weights", 11) || input(v, "scales", 4) ? fail("lstm.projection", "a projection layer is not supported") : null;
var lstmNoLayerNorm = (v) => [5, 6, 7, 8].some((i) => input(v, "scales", i)) ? fail("lstm.layer-norm", "layer normalization coefficients are not supported") : null;
var splitsMatchOutputs = (v) => {
  const n = typeof v.options.numSplits === "number" ? v.options.numSplits : 0;
  return n !== v.outputs.length ? fail(`${slug(v.type)}.num-splits`, `num_splits is ${n} but the operator has ${v.outputs.length} outputs`) : null;
};

// src/compat/u55.ts
var fmt2 = (s2) => `[${s2.join(", ")}]`;
var SIGNED = /* @__PURE__ */ new Set(["int8", "int16", "int32", "int64", "int4"]);
var zeroPoints = (v) => {
  for (const c of v.connections) {
    if (!isIfm(c) && !isOfm(c)) continue;
    for (const zp of c.zeroPoints) {
      if (dtypeBits(c.dtype) === 32 && zp !== 0)
        return fail(
          "u55.zero-point",
          `${dtypeName(c.dtype)} tensor ${tensorName(c)} has zero point ${zp}; it must be 0`
        );
      if (!SIGNED.has(c.dtype) && zp < 0)
        return fail("u55.zero-point", `unsigned tensor ${tensorName(c)} has negative zero point ${zp}`);
    }
  }
  return null;
};
function rejectBits(bits) {
  return (v) => {
    for (const c of v.connections)
      if ((isIfm(c) || isOfm(c)) && dtypeBits(c.dtype) === bits)
        return fail(
          `u55.${bits}bit`,
          `${dtypeName(c.dtype)} ${isIfm(c) ? "input" : "output"} ${tensorName(c)} is not supported by ${v.type} on Ethos-U55/U65`
        );
    return null;
  };
}
var unrolledStride = (v) => {
  const k = v.kernel;
  const o = padShape(ofm(v)?.shape ?? [], 4);
  if (!k) return null;
  if ((k.strideW <= 3 || o[2] === 1) && (k.strideH <= 3 || o[1] === 1)) return null;
  if (k.paddingZero && k.dilationW === 1 && k.dilationH === 1) return null;
  const why = !k.paddingZero ? "the kernel needs padding" : "the kernel is dilated";
  return fail(
    `u55.${slug(v.type)}.stride`,
    `stride ${k.strideW}x${k.strideH} exceeds 3 and cannot be unrolled because ${why}; use VALID padding without dilation`
  );
};
var strideMax3 = (v) => {
  const k = v.kernel;
  if (!k || k.strideW <= 3 && k.strideH <= 3) return null;
  return fail(`u55.${slug(v.type)}.stride`, `stride ${k.strideW}x${k.strideH} exceeds the maximum of 3`);
};
var reverseAxes = (v) => {
  const p = input(v, "params");
  const axes = p ? intValues(p) : [];
  return axes.length ? fail("u55.reversev2.axis", `reversing along axis ${axes.join(", ")} is not supported on Ethos-U55/U65`) : null;
};
var isMatmul = (v) => v.type !== "FULLY_CONNECTED" || !input(v, "weights")?.constant;
var matmulReducedAxis = (v) => {
  if (!isMatmul(v)) return null;
  let s2 = padShape(input(v, "ifm")?.shape ?? [], 1);
  if (v.type === "BATCH_MATMUL" && v.options.adjX === true) {
    const p = padShape(s2, 2);
    s2 = [...p.slice(0, -2), p[p.length - 1], p[p.length - 2]];
  }
  const depth = s2[s2.length - 1];
  return depth > 65536 ? fail(`u55.${slug(v.type)}.reduced-axis`, `the reduced axis has ${depth} elements, above the maximum of 65536`) : null;
};
var matmulOfmDepth = (v) => {
  if (!isMatmul(v)) return null;
  const s2 = ofm(v)?.shape ?? [];
  const depth = s2[s2.length - 1] ?? 0;
  return depth > 65536 ? fail(`u55.${slug(v.type)}.ofm-depth`, `output depth ${depth} exceeds the maximum of 65536`) : null;
};
var matmulIfmInt8 = (v) => {
  if (!isMatmul(v)) return null;
  const t = input(v, "ifm")?.dtype ?? "none";
  return t !== "int8" ? fail(
    `u55.${slug(v.type)}.dtype`,
    `${dtypeName(t)} input is not supported for a matrix multiply (variable weights); it must be INT8`
  ) : null;
};
var argMaxDepth = (v) => {
  const s2 = input(v, "ifm")?.shape ?? [];
  const depth = s2[s2.length - 1] ?? 0;
  return depth > 127 ? fail("u55.argmax.depth", `input depth ${depth} exceeds the maximum of 127`) : null;
};
var argMaxAxis = (v) => {
  const rank = input(v, "ifm")?.shape?.length ?? 0;
  const axis = intValues(input(v, "params"))[0];
  return axis !== rank - 1 && axis !== -1 ? fail("u55.argmax.axis", `axis ${axis} is not supported; only the last axis of the ${rank}-D input is`) : null;
};
function transposeKind(perm) {
  const n = perm.length;
  if (n > 8) return "other";
  const p8 = [...Array.from({ length: 8 - n }, (_, i) => i), ...perm.map((a) => a + 8 - n)];
  if (p8.slice(0, 4).some((a, i) => a !== i)) return "other";
  const tail = p8.slice(4).map((a) => a - 4).join("");
  return { "0123": "NHWC", "0213": "NWHC", "0132": "NHCW", "0231": "NWCH", "0312": "NCHW", "0321": "NCWH" }[tail] ?? "other";
}
var transpose32Bit = (v) => {
  const ifm = input(v, "ifm");
  if (!ifm || ifm.dtype !== "int32") return null;
  const s2 = padShape(ifm.shape ?? [], 4);
  const kind = transposeKind(intValues(input(v, "params")));
  const bad2 = (msg) => fail("u55.transpose.int32", msg);
  if (s2.length > 4) return bad2(`an INT32 transpose of rank ${s2.length} is not supported (maximum 4)`);
  const [n, h, w, c] = s2;
  switch (kind) {
    case "NHWC":
      return c > 32768 ? bad2(`INT32 depth ${c} exceeds 32768`) : null;
    case "NWHC":
      return n > 1 || h > 65536 || w > 65536 || c > 16384 ? bad2(`INT32 height/width swap of ${fmt2(s2)} is out of range (N 1, H and W 65536, C 16384)`) : null;
    case "NHCW":
      return n * h > 65536 || w > 65536 || c > 65536 ? bad2(`INT32 width/depth swap of ${fmt2(s2)} is out of range (N*H, W, C up to 65536)`) : null;
    default:
      return bad2("this INT32 permutation is not supported on Ethos-U55/U65");
  }
};
var transpose8And16Bit = (v) => {
  const ifm = input(v, "ifm");
  if (!ifm || dtypeBits(ifm.dtype) > 16) return null;
  const s2 = ifm.shape ?? [];
  const kind = transposeKind(intValues(input(v, "params")));
  if (kind === "NHWC") return null;
  const total = elements(s2);
  const lead = s2.slice(0, -3).reduce((a, d) => a * d, 1);
  if ((s2.length <= 3 || lead === 1) && ["NWHC", "NHCW", "NCWH", "NWCH", "NCHW"].includes(kind)) {
    const hwc = s2.length <= 3 ? padShape(s2, 3) : [s2[s2.length - 3], s2[s2.length - 2], s2[s2.length - 1]];
    return hwc.some((d) => d > 65536) ? fail("u55.transpose.shape", `transposed shape ${fmt2(s2)} has an axis above 65536`) : null;
  }
  if (total > 0) {
    for (let i = 0; i < s2.length; i++)
      for (let j = i + 1; j < s2.length; j++)
        if (total / (s2[i] * s2[j]) > 65536)
          return fail(
            "u55.transpose.shape",
            `transposing ${fmt2(s2)}: the product of the axes other than ${i} and ${j} exceeds 65536`
          );
  }
  return null;
};
var resizeScale = (v) => {
  const o = v.options;
  const bilinear = v.type === "RESIZE_BILINEAR";
  const hpc = bilinear && o.halfPixelCenters === true;
  const align = o.alignCorners === true;
  const i = padShape(input(v, "ifm")?.shape ?? [], 4);
  const out = padShape(ofm(v)?.shape ?? [], 4);
  const [ih, iw, oh, ow] = [i[1], i[2], out[1], out[2]];
  const rule = `u55.${slug(v.type)}.scale`;
  if (ih === 1 && iw === 1) return null;
  if (ih === oh && iw === ow)
    return hpc ? fail(rule, "a same-size resize with half_pixel_centers is not supported") : null;
  const f = Math.fround;
  const hs = align ? oh === 1 ? 1 : f((oh - 1) / (ih - 1)) : f(oh / ih);
  const ws = align ? ow === 1 ? 1 : f((ow - 1) / (iw - 1)) : f(ow / iw);
  if (hs !== ws) {
    if (!(oh === 1 && hs === 1 || ow === 1 && ws === 1))
      return fail(rule, `height scale ${hs} and width scale ${ws} differ`);
    if (hpc) return fail(rule, `height scale ${hs} and width scale ${ws} differ, with half_pixel_centers`);
  }
  const max = hpc ? 2 : 8;
  const up = Math.max(hs, ws);
  const pow2 = Number.isInteger(up) && up > 1 && (up & up - 1) === 0;
  if (!(pow2 && up <= max))
    return fail(rule, `scale factor ${up} is not supported; it must be ${hpc ? "2" : "2, 4 or 8"}`);
  return null;
};
var transposeConvStride = (v) => {
  const k = v.kernel;
  if (!k) return null;
  const s2 = padShape(input(v, "ifm")?.shape ?? [], 4);
  const rule = "u55.transposeconv.stride";
  if (k.strideW < 1 || k.strideW > 2 || k.strideH < 1 || k.strideH > 2)
    return fail(rule, `stride ${k.strideW}x${k.strideH} is not supported; use 1x1 or 2x2`);
  if (k.strideW === 1 && k.strideH === 2 && !(s2[2] === 1 && k.width === 1))
    return fail(rule, "stride 1x2 needs an input and kernel of width 1");
  if (k.strideW === 2 && k.strideH === 1 && !(s2[1] === 1 && k.height === 1))
    return fail(rule, "stride 2x1 needs an input and kernel of height 1");
  return null;
};

// src/compat/u85.ts
var SIGNED2 = /* @__PURE__ */ new Set(["int8", "int16", "int32", "int64", "int4"]);
function ifmZeroPointRange(dtype) {
  if (dtype === "int8") return ["-128..127", (zp) => zp >= -128 && zp <= 127];
  if (dtype === "uint8") return ["0..255", (zp) => zp >= 0 && zp <= 255];
  if (dtype === "uint16") return ["0 or 32768", (zp) => zp === 0 || zp === 32768];
  return ["0", (zp) => zp === 0];
}
var ifmZeroPoints = (v) => {
  for (const c of v.inputs) {
    if (!isIfm(c)) continue;
    const [range2, ok] = ifmZeroPointRange(c.dtype);
    const zp = c.zeroPoints.find((z) => !ok(z));
    if (zp !== void 0)
      return fail(
        "u85.zero-point",
        `${dtypeName(c.dtype)} input ${tensorName(c)} has zero point ${zp}; the NPU accepts ${range2}`
      );
  }
  return null;
};
var ofmZeroPoints = (v) => {
  for (const c of v.outputs) {
    const signed = SIGNED2.has(c.dtype);
    const ok = (zp2) => signed ? zp2 >= -128 && zp2 <= 127 : zp2 >= 0 && (zp2 <= 255 || zp2 === 32768);
    const zp = c.zeroPoints.find((z) => !ok(z));
    if (zp !== void 0)
      return fail(
        "u85.zero-point",
        `${dtypeName(c.dtype)} output ${tensorName(c)} has zero point ${zp}; the NPU accepts ${signed ? "-128..127" : "0..255 or 32768"}`
      );
  }
  return null;
};
var scatterShapeConst = (v) => input(v, "params")?.constant === false ? fail("u85.scatternd.shape", "the shape tensor is not constant") : null;
var scatterIndexConst = (v) => input(v, "ifm")?.constant === false ? fail("u85.scatternd.indices", "the index tensor is not constant") : null;
var scatterIndexUnitChannel = (v) => {
  const s2 = input(v, "ifm")?.shape ?? [];
  return s2[s2.length - 1] !== 1 ? fail("u85.scatternd.indices", `index tensor shape [${s2.join(", ")}] must end in 1`) : null;
};
var scatterIndexUnique = (v) => {
  const idx = intValues(input(v, "ifm"));
  return new Set(idx).size !== idx.length ? fail("u85.scatternd.indices", "the index tensor has duplicates") : null;
};
var gatherAxis = (v) => {
  const rank = input(v, "ifm")?.shape?.length ?? 0;
  let axis = typeof v.options.axis === "number" ? v.options.axis : 0;
  if (axis < 0) axis += rank;
  const batchDims = typeof v.options.batchDims === "number" ? v.options.batchDims : 0;
  return axis !== batchDims ? fail("u85.gather.axis", `axis ${axis} differs from batch_dims ${batchDims}; only axis == batch_dims is supported`) : null;
};
function resizeFlags(v) {
  const align = v.options.alignCorners === true;
  const hpc = v.type === "RESIZE_BILINEAR" ? v.options.halfPixelCenters === true : !align || v.options.halfPixelCenters === true;
  return { align, hpc };
}
var resizeAlignXorHalfPixel = (v) => {
  const { align, hpc } = resizeFlags(v);
  return align && hpc ? fail(`u85.${slug(v.type)}.flags`, "align_corners and half_pixel_centers cannot both be set") : null;
};
function ratios(v) {
  const i = input(v, "ifm")?.shape ?? [];
  const o = ofm(v)?.shape ?? [];
  let [wn, wd, hn, hd] = [o[o.length - 2] ?? 1, i[i.length - 2] ?? 1, o[o.length - 3] ?? 1, i[i.length - 3] ?? 1];
  if (v.options.alignCorners === true) {
    if (wd > 1) [wn, wd] = [wn - 1, wd - 1];
    if (hd > 1) [hn, hd] = [hn - 1, hd - 1];
  }
  return [wn, wd, hn, hd];
}
var resizeScaleLimit = (v) => {
  const { hpc } = resizeFlags(v);
  const [wn, wd, hn, hd] = ratios(v);
  const rule = `u85.${slug(v.type)}.scale`;
  for (const [n, d, axis] of [
    [wn, wd, "width"],
    [hn, hd, "height"]
  ]) {
    if (n === 0 || d === 0) return fail(rule, `${axis} scale ${n}/${d} is not supported`);
    const f = Math.trunc(n / d);
    if (hpc && f > 1024) return fail(rule, `${axis} scale ${f} exceeds 1024, the maximum with half-pixel centres`);
    if (f > 2048) return fail(rule, `${axis} scale ${f} exceeds the maximum of 2048`);
  }
  return null;
};
var resizeBilinearPowerOfTwo = (v) => {
  const i = input(v, "ifm")?.shape ?? [];
  if ((i[i.length - 2] ?? 1) === 1 && (i[i.length - 3] ?? 1) === 1) return null;
  const [wn, wd, hn, hd] = ratios(v);
  for (const [n, d, axis] of [
    [wn, wd, "width"],
    [hn, hd, "height"]
  ]) {
    const f = Math.trunc(n / d);
    if (n % d !== 0 || f <= 0 || (f & f - 1) !== 0)
      return fail(
        "u85.resizebilinear.scale",
        `${axis} scale ${n}/${d} is not supported; bilinear resize needs an integer power-of-two scale`
      );
  }
  return null;
};

// src/compat/rules.ts
var U55_OPS = [
  "ABS",
  "ADD",
  "ARG_MAX",
  "AVERAGE_POOL_2D",
  "BATCH_MATMUL",
  "CONCATENATION",
  "CONV_2D",
  "DEPTHWISE_CONV_2D",
  "EXP",
  "EXPAND_DIMS",
  "FULLY_CONNECTED",
  "HARD_SWISH",
  "LEAKY_RELU",
  "LOG",
  "LOGISTIC",
  "MAXIMUM",
  "MAX_POOL_2D",
  "MEAN",
  "MINIMUM",
  "MIRROR_PAD",
  "MUL",
  "NEG",
  "PACK",
  "PAD",
  "PADV2",
  "PRELU",
  "QUANTIZE",
  "REDUCE_MAX",
  "REDUCE_MIN",
  "RELU",
  "RELU6",
  "RELU_0_TO_1",
  "RELU_N1_TO_1",
  "RESHAPE",
  "RESIZE_BILINEAR",
  "RESIZE_NEAREST_NEIGHBOR",
  "REVERSE_V2",
  "RSQRT",
  "SLICE",
  "SOFTMAX",
  "SPLIT",
  "SPLIT_V",
  "SQUARED_DIFFERENCE",
  "SQUEEZE",
  "STRIDED_SLICE",
  "SUB",
  "SUM",
  "TANH",
  "TILE",
  "TRANSPOSE",
  "TRANSPOSE_CONV",
  "UNIDIRECTIONAL_SEQUENCE_LSTM",
  "UNPACK"
];
var U85_EXTRA_OPS = [
  "CAST",
  "DIV",
  "EQUAL",
  "GATHER",
  "GREATER",
  "GREATER_EQUAL",
  "LESS",
  "LESS_EQUAL",
  "LOGICAL_AND",
  "LOGICAL_NOT",
  "LOGICAL_OR",
  "NOT_EQUAL",
  "REDUCE_ALL",
  "REDUCE_ANY",
  "SCATTER_ND",
  "SELECT",
  "SELECT_V2"
];
var SUPPORTED_OPS = {
  u55: new Set(U55_OPS),
  u85: /* @__PURE__ */ new Set([...U55_OPS, ...U85_EXTRA_OPS])
};
var U55_DTYPES = /* @__PURE__ */ new Set(["uint8", "int8", "int16", "int32", "int64"]);
var U85_DTYPES = /* @__PURE__ */ new Set([...U55_DTYPES, "bool"]);
var NO_QUANT = /* @__PURE__ */ new Set([
  "ARG_MAX",
  "MIRROR_PAD",
  "QUANTIZE",
  "SHAPE",
  "TRANSPOSE",
  "GATHER_ND",
  "GATHER",
  "SELECT",
  "SELECT_V2",
  "SCATTER_ND",
  "PAD",
  "PADV2",
  "REDUCE_ALL",
  "REDUCE_ANY",
  "EXPAND_DIMS"
]);
var CONVOLUTIONS = /* @__PURE__ */ new Set(["CONV_2D", "DEPTHWISE_CONV_2D", "TRANSPOSE_CONV"]);
var POOLING = /* @__PURE__ */ new Set([
  "MAX_POOL_2D",
  "AVERAGE_POOL_2D",
  "SUM",
  "REDUCE_MIN",
  "REDUCE_MAX",
  "REDUCE_ANY",
  "REDUCE_ALL",
  "ARG_MAX"
]);
var U55_32BIT = /* @__PURE__ */ new Set([
  "SUM",
  "ARG_MAX",
  "TRANSPOSE",
  "MIRROR_PAD",
  "ADD",
  "MUL",
  "SUB",
  "BATCH_MATMUL",
  "FULLY_CONNECTED",
  "RESHAPE",
  "SQUEEZE",
  "EXPAND_DIMS",
  "NEG"
]);
var U55_64BIT = /* @__PURE__ */ new Set(["ARG_MAX"]);
var ZERO_POINT_EXEMPT = {
  u55: /* @__PURE__ */ new Set(["AVERAGE_POOL_2D", "RESIZE_BILINEAR", "RESIZE_NEAREST_NEIGHBOR", "UNIDIRECTIONAL_SEQUENCE_LSTM"]),
  u85: /* @__PURE__ */ new Set([
    "AVERAGE_POOL_2D",
    "RESIZE_BILINEAR",
    "RESIZE_NEAREST_NEIGHBOR",
    "DIV",
    "UNIDIRECTIONAL_SEQUENCE_LSTM"
  ])
};
var BASE_SPECIFIC = {
  SLICE: [constParams],
  STRIDED_SLICE: [constParams, stridedSlice],
  MEAN: [constParams, unitBatch, meanDepth, meanAxisSize, meanDtype, meanElements],
  PAD: [constParams, padParamsDtype],
  PADV2: [constParams, padParamsDtype],
  MIRROR_PAD: [constParams, padParamsDtype],
  TRANSPOSE: [constParams, transposeRank],
  MINIMUM: [matchingQuantization],
  MAXIMUM: [matchingQuantization],
  FULLY_CONNECTED: [fcWeightShape],
  AVERAGE_POOL_2D: [avgPoolKernel],
  MAX_POOL_2D: [maxPoolKernel],
  TRANSPOSE_CONV: [transposeConvShape],
  RSQRT: [rsqrtIfm],
  SOFTMAX: [softmaxArea],
  LOG: [logShapes, logDtypes],
  UNIDIRECTIONAL_SEQUENCE_LSTM: [lstmNoCifg, lstmNoPeephole, lstmNoProjection, lstmNoLayerNorm],
  SPLIT: [splitsMatchOutputs],
  SPLIT_V: [splitsMatchOutputs]
};
var U55_SPECIFIC = {
  REVERSE_V2: [reverseAxes],
  FULLY_CONNECTED: [matmulReducedAxis, matmulOfmDepth, matmulIfmInt8],
  BATCH_MATMUL: [matmulReducedAxis, matmulOfmDepth, matmulIfmInt8],
  ARG_MAX: [argMaxDepth, argMaxAxis],
  TRANSPOSE: [transpose32Bit, transpose8And16Bit],
  RESIZE_BILINEAR: [resizeScale],
  RESIZE_NEAREST_NEIGHBOR: [resizeScale],
  TRANSPOSE_CONV: [transposeConvStride]
};
var U85_SPECIFIC = {
  SCATTER_ND: [scatterShapeConst, scatterIndexConst, scatterIndexUnitChannel, scatterIndexUnique],
  GATHER: [gatherAxis],
  RESIZE_NEAREST_NEIGHBOR: [resizeAlignXorHalfPixel, resizeScaleLimit],
  RESIZE_BILINEAR: [resizeAlignXorHalfPixel, resizeScaleLimit, resizeBilinearPowerOfTwo]
};
var LIMITS = {
  u55: { weightSum8: 127 * 2 ** 16, weightSum16: 127 * 2 ** 16, maxBias: 2 ** 40 - 1 },
  u85: { weightSum8: 127 * 2 ** 16, weightSum16: 127 * 2 ** 24, maxBias: 2 ** 48 - 1 }
};
function genericList(type, checker) {
  const lim = LIMITS[checker];
  const list = [
    supportedDtypes(checker === "u55" ? U55_DTYPES : U85_DTYPES),
    mustHaveIfm,
    mustHaveOfm,
    tensorsHaveShape,
    staticShapes
  ];
  if (!NO_QUANT.has(type)) list.push(tensorsQuantized, scaleShiftPositive);
  const weighted = type === "FULLY_CONNECTED" || CONVOLUTIONS.has(type);
  if (!weighted) list.push(noPerAxisQuant);
  else
    list.push(
      weights8Bit,
      weightSum(lim.weightSum8, lim.weightSum16),
      biasShape,
      biasConstant,
      biasDtype,
      bias64Range(lim.maxBias)
    );
  return list;
}
function familyList(type, checker) {
  const list = [];
  if (checker === "u55") {
    if (!ZERO_POINT_EXEMPT.u55.has(type)) list.push(zeroPoints);
    if (!U55_32BIT.has(type)) list.push(rejectBits(32));
    if (!U55_64BIT.has(type)) list.push(rejectBits(64));
    if (CONVOLUTIONS.has(type) || POOLING.has(type) || type === "FULLY_CONNECTED") {
      if (type === "CONV_2D" || type === "AVERAGE_POOL_2D" || type === "MAX_POOL_2D") list.push(unrolledStride);
      else if (type !== "TRANSPOSE_CONV") list.push(strideMax3);
    }
    list.push(...U55_SPECIFIC[type] ?? []);
  } else {
    if (!ZERO_POINT_EXEMPT.u85.has(type)) list.push(ifmZeroPoints, ofmZeroPoints);
    list.push(...U85_SPECIFIC[type] ?? []);
  }
  return list;
}
var checkerFor = (family) => family === "u85" ? "u85" : "u55";
var cache = { u55: /* @__PURE__ */ new Map(), u85: /* @__PURE__ */ new Map() };
function constraintsFor(type, checker) {
  if (!SUPPORTED_OPS[checker].has(type)) return void 0;
  let list = cache[checker].get(type);
  if (!list) {
    list = [...genericList(type, checker), ...BASE_SPECIFIC[type] ?? [], ...familyList(type, checker)];
    cache[checker].set(type, list);
  }
  return list;
}

// src/compat/patterns.ts
function links(sg) {
  const out = sg.tensors.map(() => ({ writers: [], readers: [] }));
  for (const op of sg.operators) {
    for (const t of op.outputs) if (t >= 0) out[t]?.writers.push(op);
    for (const t of op.inputs) if (t >= 0) out[t]?.readers.push(op);
  }
  return out;
}
var RESHAPES = /* @__PURE__ */ new Set(["RESHAPE", "SQUEEZE", "EXPAND_DIMS"]);
var squeezed = (s2) => s2.filter((d) => d !== 1).join(",");
var singlePath = (l) => l?.readers.length === 1 && l.writers.length === 1;
function isMetadataReshape(sg, op, tl) {
  if (!RESHAPES.has(op.type)) return false;
  const i = sg.tensors[op.inputs[0]];
  const o = sg.tensors[op.outputs[0]];
  return !!i && !!o && squeezed(i.shape) === squeezed(o.shape) && singlePath(tl[i.index]) && singlePath(tl[o.index]);
}
function foldedSpaceToBatch(model, sg, checker, check) {
  const folded = /* @__PURE__ */ new Set();
  if (!sg.operators.some((o) => o.type === "SPACE_TO_BATCH_ND")) return folded;
  const tl = links(sg);
  for (const conv of sg.operators) {
    if (conv.type !== "CONV_2D" && conv.type !== "DEPTHWISE_CONV_2D") continue;
    const ifmT = conv.inputs[0];
    const ofmT = conv.outputs[0];
    const members = [conv.index];
    let prev = tl[ifmT]?.writers[0];
    let next = tl[ofmT]?.readers[0];
    if (prev && isMetadataReshape(sg, prev, tl)) {
      members.push(prev.index);
      prev = tl[prev.inputs[0]]?.writers[0];
    }
    if (next && isMetadataReshape(sg, next, tl)) {
      members.push(next.index);
      next = tl[next.outputs[0]]?.readers[0];
    }
    if (prev?.type !== "SPACE_TO_BATCH_ND" || next?.type !== "BATCH_TO_SPACE_ND") continue;
    if (tl[ifmT]?.readers.length !== 1 || tl[ofmT]?.readers.length !== 1) continue;
    if (typeof conv.options?.fusedActivationFunction === "number" && conv.options.fusedActivationFunction !== 0)
      continue;
    const view = dilatedView(model, sg, conv, prev, next);
    if (view && check(view, checker)) for (const i of [...members, prev.index, next.index]) folded.add(i);
  }
  return folded;
}
function dilatedView(model, sg, conv, s2b, b2s) {
  const view = viewOperator(model, sg, conv);
  const outer = viewOperator(model, sg, s2b);
  const last = viewOperator(model, sg, b2s);
  const ifm = input(outer, "ifm");
  const out = ofm(last);
  const block = intValues(input(outer, "params"));
  if (!ifm?.shape || !out?.shape || !view.kernel || block.length === 0) return void 0;
  const pad42 = (s2) => [...Array(Math.max(0, 4 - s2.length)).fill(1), ...s2];
  const inShape = pad42(ifm.shape);
  const outShape = pad42(out.shape);
  const k = view.kernel;
  const dilationH = block[0];
  const dilationW = block.length > 1 ? block[1] : block[0];
  const spanW = dilationW * (k.width - 1) + 1;
  const spanH = dilationH * (k.height - 1) + 1;
  const xpad = Math.max(0, (Math.ceil(outShape[2] / k.strideW) - 1) * k.strideW + spanW - inShape[2]);
  const ypad = Math.max(0, (Math.ceil(outShape[1] / k.strideH) - 1) * k.strideH + spanH - inShape[1]);
  return {
    ...view,
    inputs: view.inputs.map(
      (c) => c.role === "ifm" && c.slot === 0 ? { ...ifm, role: "ifm", slot: 0, shape: inShape } : c
    ),
    outputs: [{ ...out, shape: outShape }],
    kernel: { ...k, dilationW, dilationH, paddingZero: xpad === 0 && ypad === 0 }
  };
}

// src/compat/semantics.ts
var VARIADIC = /* @__PURE__ */ new Set(["CONCATENATION", "PACK", "MAXIMUM", "MINIMUM", "ADD_N", "CUSTOM"]);
var INTS = /* @__PURE__ */ new Set(["int4", "int8", "int16", "int32", "int64"]);
var UINTS = /* @__PURE__ */ new Set(["uint8", "uint16", "uint32", "uint64"]);
var fmt3 = (s2) => `[${s2.join(", ")}]`;
var tensorAt = (ctx, i) => i !== void 0 && i >= 0 ? ctx.sg.tensors[i] : void 0;
function ifmOf(ctx, slot = 0) {
  if (VARIADIC.has(ctx.op.type)) return tensorAt(ctx, ctx.op.inputs[slot]);
  const at = inputRoles(ctx.op.type).findIndex(([r, s2]) => r === "ifm" && s2 === slot);
  return at >= 0 ? tensorAt(ctx, ctx.op.inputs[at]) : void 0;
}
function paramsOf(ctx, slot = 0) {
  const at = inputRoles(ctx.op.type).findIndex(([r, s2]) => r === "params" && s2 === slot);
  return at >= 0 ? tensorAt(ctx, ctx.op.inputs[at]) : void 0;
}
var ofmOf = (ctx) => tensorAt(ctx, ctx.op.outputs[0]);
var shapeOf = (t) => t ? t.shape.length ? t.shape : [1] : [];
var signatureOf = (t) => t?.shapeSignature && t.shapeSignature.length ? t.shapeSignature : shapeOf(t);
var isDynamic = (s2) => s2.slice(0, Math.max(s2.length - 1, 1)).some((d) => d < 0);
var pad4 = (s2) => s2.length >= 4 ? [...s2] : [...Array(4 - s2.length).fill(1), ...s2];
var elems = (s2) => s2.reduce((a, d) => a * d, 1);
function int32At(ctx, t, i, wide = false) {
  const d = t ? tensorData(ctx.model, t) : void 0;
  if (!d) return void 0;
  const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
  if (wide) return (i + 1) * 8 <= d.length ? Number(dv.getBigInt64(i * 8, true)) : void 0;
  return (i + 1) * 4 <= d.length ? dv.getInt32(i * 4, true) : void 0;
}
var bad = (what, message) => fail(`semantics.${what}`, `${message}; Vela 5.1.0 rejects the whole model as invalid TFLite`);
var typesMatch = (ctx) => {
  const a = ifmOf(ctx);
  const b = ofmOf(ctx);
  return a && b && a.dtype !== b.dtype ? bad("dtype-mismatch", `input type ${dtypeName(a.dtype)} differs from output type ${dtypeName(b.dtype)}`) : null;
};
var quantScaleFinite = (ctx) => {
  if (!ctx.op.inputs.length || !ctx.op.outputs.length) return null;
  const a = ifmOf(ctx)?.quantization?.scale[0];
  const b = ofmOf(ctx)?.quantization?.scale[0];
  if (a === void 0 || b === void 0) return null;
  const ratio = Math.fround(a) / Math.fround(b);
  return Number.isFinite(Math.fround(ratio)) ? null : bad("quantization-scale", `input/output scale ratio ${a}/${b} is not a finite float32`);
};
var convGroups = (ctx) => {
  const ifm = shapeOf(ifmOf(ctx));
  const w = shapeOf(tensorAt(ctx, ctx.op.inputs[1]));
  if (!ifm.length || !w.length) return null;
  const depth = ifm[ifm.length - 1];
  const kic = w[w.length - 1];
  if (kic <= 0 || depth % kic !== 0)
    return bad("conv-groups", `input depth ${depth} is not a whole multiple of the kernel depth ${kic}`);
  const groups = depth / kic;
  if (w[0] % groups !== 0)
    return bad("conv-groups", `${w[0]} filters cannot be split evenly into ${groups} convolution groups`);
  return null;
};
var depthwiseDepth = (ctx) => {
  const i = shapeOf(ifmOf(ctx));
  const o = shapeOf(ofmOf(ctx));
  const m = Number(ctx.op.options?.depthMultiplier ?? 1);
  const id = i[i.length - 1];
  const od = o[o.length - 1];
  return id * m !== od ? bad("depthwise-depth", `output depth ${od} is not input depth ${id} times depth multiplier ${m}`) : null;
};
var concatAxis = (ctx) => {
  const rank = shapeOf(ofmOf(ctx)).length;
  const axis = Number(ctx.op.options?.axis ?? 0);
  return axis < -rank || axis > rank ? bad("concat-axis", `axis ${axis} is outside the ${rank}-D output`) : null;
};
var concatRanks = (ctx) => {
  const rank = shapeOf(ofmOf(ctx)).length;
  for (let i = 0; i < ctx.op.inputs.length; i++) {
    const r = shapeOf(ifmOf(ctx, i)).length;
    if (r !== rank) return bad("concat-rank", `input ${i} has rank ${r} but the output has rank ${rank}`);
  }
  return null;
};
var concatDims = (ctx) => {
  const out = ofmOf(ctx);
  const o = shapeOf(out);
  let axis = Number(ctx.op.options?.axis ?? 0);
  if (axis < 0) axis += o.length;
  let sum = 0;
  for (const ti of ctx.op.inputs) {
    const s2 = shapeOf(tensorAt(ctx, ti));
    for (let d = 0; d < s2.length; d++) {
      if (d === axis) sum += s2[d];
      else if (s2[d] !== o[d])
        return bad("concat-shape", `input shape ${fmt3(s2)} does not fit output shape ${fmt3(o)} outside axis ${axis}`);
    }
  }
  return sum !== o[axis] && signatureOf(out)[axis] !== -1 ? bad("concat-shape", `inputs add up to ${sum} along axis ${axis} but the output has ${o[axis]}`) : null;
};
var broadcastShapes = (ctx) => {
  const i = pad4(shapeOf(ifmOf(ctx)));
  const o = pad4(shapeOf(ofmOf(ctx)));
  if (sameDims(i, o)) return null;
  const t2 = ifmOf(ctx, 1);
  if (t2) {
    const i2 = pad4(shapeOf(t2));
    const n = Math.min(i.length, i2.length);
    let broadcastable = true;
    for (let k = 0; k < n; k++) broadcastable &&= i[k] === i2[k] || i[k] === 1 || i2[k] === 1;
    if (sameDims(i2, o) || broadcastable && sameDims(
      i.map((d, k) => Math.max(d, i2[k] ?? d)),
      o
    ))
      return null;
  }
  return bad("broadcast", `input shape ${fmt3(i)} cannot produce output shape ${fmt3(o)}`);
};
var inputTypesMatch = (ctx) => {
  const a = ifmOf(ctx);
  const b = ifmOf(ctx, 1);
  return a && b && a.dtype !== b.dtype ? bad("dtype-mismatch", `input types ${dtypeName(a.dtype)} and ${dtypeName(b.dtype)} differ`) : null;
};
var signedStaysSigned = (ctx) => {
  const a = ifmOf(ctx);
  const b = ofmOf(ctx);
  return a && b && INTS.has(a.dtype) && !INTS.has(b.dtype) ? bad("dtype-mismatch", `signed ${dtypeName(a.dtype)} input gives ${dtypeName(b.dtype)} output`) : null;
};
var unsignedValid = (ctx) => {
  const a = ifmOf(ctx);
  const b = ofmOf(ctx);
  return a && b && UINTS.has(a.dtype) && a.dtype !== b.dtype && b.dtype !== "int32" ? bad("dtype-mismatch", `unsigned ${dtypeName(a.dtype)} input gives ${dtypeName(b.dtype)} output`) : null;
};
var reshapeQuant = (ctx) => {
  const a = ifmOf(ctx)?.quantization?.scale;
  const b = ofmOf(ctx)?.quantization?.scale;
  return a?.length && b?.length && Math.fround(a[0]) !== Math.fround(b[0]) ? bad("reshape-quantization", `input scale ${a[0]} differs from output scale ${b[0]}`) : null;
};
var reshapeElements = (ctx) => {
  const a = ifmOf(ctx);
  const b = ofmOf(ctx);
  if (isDynamic(signatureOf(a)) || isDynamic(signatureOf(b))) return null;
  return elems(shapeOf(a)) !== elems(shapeOf(b)) ? bad("reshape-elements", `input ${fmt3(shapeOf(a))} and output ${fmt3(shapeOf(b))} hold different element counts`) : null;
};
var softmaxShapes = (ctx) => sameDims(shapeOf(ifmOf(ctx)), shapeOf(ofmOf(ctx))) ? null : bad(
  "softmax-shape",
  `input shape ${fmt3(shapeOf(ifmOf(ctx)))} differs from output shape ${fmt3(shapeOf(ofmOf(ctx)))}`
);
var softmaxTypes = (ctx) => {
  const a = ifmOf(ctx)?.dtype;
  const b = ofmOf(ctx)?.dtype;
  return a !== b && !(a === "int8" && b === "int16") ? bad("dtype-mismatch", `input type ${dtypeName(a ?? "")} and output type ${dtypeName(b ?? "")} differ`) : null;
};
var softmaxBeta = (ctx) => {
  const beta = Number(ctx.op.options?.beta ?? 0);
  return beta < 0 ? bad("softmax-beta", `beta ${beta} is negative`) : null;
};
var splitDim = (ctx) => {
  const rank = shapeOf(ifmOf(ctx)).length;
  const dim = int32At(ctx, paramsOf(ctx), 0);
  if (dim === void 0) return null;
  if (dim <= -rank || dim > rank) return bad("split-axis", `split axis ${dim} is outside the ${rank}-D input`);
  const s2 = shapeOf(ifmOf(ctx));
  const size = s2[dim < 0 ? dim + rank : dim];
  const n = Number(ctx.op.options?.numSplits ?? 0);
  return n !== 0 && size % n !== 0 ? bad("split-count", `axis size ${size} cannot be split into ${n} equal parts`) : null;
};
var splitVInferred = (ctx) => {
  const p = paramsOf(ctx);
  const n = shapeOf(p)[0] ?? 0;
  let inferred = 0;
  for (let i = 0; i < n; i++) if (int32At(ctx, p, i) === -1) inferred++;
  return inferred > 1 ? bad("splitv-sizes", `${inferred} split sizes are left to infer; at most one may be`) : null;
};
var inputCount = (n) => (ctx) => ctx.op.inputs.length !== n ? bad("input-count", `the operator has ${ctx.op.inputs.length} inputs, not ${n}`) : null;
var fcKeepDims = (ctx) => {
  if (ctx.op.options?.keepNumDims !== true) return null;
  const a = shapeOf(ifmOf(ctx)).length;
  const b = shapeOf(ofmOf(ctx)).length;
  return a !== b ? bad("fc-rank", `with keep_num_dims the input rank ${a} must equal the output rank ${b}`) : null;
};
var padOutput = (ctx) => {
  const out = ofmOf(ctx);
  if (isDynamic(signatureOf(out))) return null;
  const i = shapeOf(ifmOf(ctx));
  const o = shapeOf(out);
  const p = paramsOf(ctx);
  const wide = p?.dtype === "int64";
  for (let d = 0; d < i.length; d++) {
    const before = int32At(ctx, p, 2 * d, wide);
    const after = int32At(ctx, p, 2 * d + 1, wide);
    if (before === void 0 || after === void 0) return null;
    if (i[d] + before + after !== o[d])
      return bad("pad-shape", `axis ${d}: input ${i[d]} padded by ${before}+${after} does not give output ${o[d]}`);
  }
  return null;
};
var input8Bit = (ctx) => {
  const t = ifmOf(ctx)?.dtype ?? "";
  return t !== "int8" && t !== "uint8" ? bad("input-dtype", `${dtypeName(t)} input is invalid; it must be 8-bit`) : null;
};
var argMaxOutput = (ctx) => {
  const t = ofmOf(ctx)?.dtype ?? "";
  return t !== "int32" && t !== "int64" ? bad("output-dtype", `${dtypeName(t)} output is invalid; it must be INT32 or INT64`) : null;
};
var lstmInputSigned = (ctx) => {
  const t = ifmOf(ctx)?.dtype ?? "";
  return t !== "int8" && t !== "int16" ? bad("input-dtype", `${dtypeName(t)} input is invalid; it must be INT8 or INT16`) : null;
};
var lstmRank = (ctx) => {
  const a = shapeOf(ifmOf(ctx)).length;
  const b = shapeOf(ofmOf(ctx)).length;
  return a !== 3 || b !== 3 ? bad("lstm-rank", `input rank ${a} and output rank ${b} must both be 3`) : null;
};
var lstmIntermediates = (ctx) => ctx.op.intermediates.length !== 5 ? bad("lstm-intermediates", `the operator has ${ctx.op.intermediates.length} intermediate tensors, not 5`) : null;
var gatherIndices = (ctx) => {
  const t = ifmOf(ctx, 1)?.dtype ?? "";
  return !["int16", "int32", "int64"].includes(t) ? bad("gather-indices", `${dtypeName(t)} indices are invalid; they must be INT16, INT32 or INT64`) : null;
};
var transposeParamsType = (ctx) => {
  const t = paramsOf(ctx)?.dtype ?? "";
  return t !== "int32" && t !== "uint32" ? bad("transpose-perm", `${dtypeName(t)} permutation is invalid; it must be INT32 or UINT32`) : null;
};
var transposeParamsSize = (ctx) => {
  const r = shapeOf(ifmOf(ctx)).length;
  const p = shapeOf(paramsOf(ctx));
  return p[p.length - 1] !== r ? bad("transpose-perm", `a permutation of ${p[p.length - 1]} axes does not fit the ${r}-D input`) : null;
};
var ELEMENTWISE_MAIN = [
  "MINIMUM",
  "MAXIMUM",
  "ADD",
  "MUL",
  "SUB",
  "ABS",
  "EXP",
  "LEAKY_RELU",
  "RSQRT",
  "SQUARED_DIFFERENCE"
];
var RULES = {
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
  TRANSPOSE: [transposeParamsType, transposeParamsSize]
};
for (const t of ELEMENTWISE_MAIN) (RULES[t] ??= []).push(broadcastShapes);
for (const t of ["ABS", "EXP", "LEAKY_RELU", "RSQRT", "MINIMUM", "MAXIMUM"]) RULES[t].push(typesMatch);
for (const t of ["ADD", "MUL", "SUB"]) RULES[t].push(inputTypesMatch, signedStaysSigned, unsignedValid);
for (const t of ["RESHAPE", "SQUEEZE", "EXPAND_DIMS"]) RULES[t] = [reshapeQuant, reshapeElements];
var ELEMENT_BYTES = {
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
  complex128: 16
};
function constantSizeMatches(shape, dtype, size) {
  const bytes = ELEMENT_BYTES[dtype];
  if (bytes === void 0) return true;
  if (shape.some((d) => d < 0)) return false;
  return shape.reduce((a, d) => a * d, 1) * bytes === size;
}
function modelRules(model, out) {
  const written = /* @__PURE__ */ new Set();
  for (const sg of model.subgraphs) {
    const badScale = /* @__PURE__ */ new Set();
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
        let r = null;
        if (!written.has(ti) && t.buffer !== 0 && !t.isVariable && !(b && b.size > 0))
          r = bad("empty-constant", `constant tensor '${t.name}' has an empty buffer`);
        else if (b?.size && !constantSizeMatches(t.shape, t.dtype, b.size))
          r = bad(
            "buffer-size",
            `constant tensor '${t.name}' holds ${b.size} bytes, which does not match its shape [${t.shape.join(", ")}] of ${t.dtype}`
          );
        else if (badScale.has(ti))
          r = bad("quantization-scale", `tensor '${t.name}' has a non-finite quantization scale`);
        if (!r) continue;
        const m = out.get(sg.index) ?? /* @__PURE__ */ new Map();
        if (!m.has(op.index)) m.set(op.index, r);
        out.set(sg.index, m);
      }
    }
  }
}
function semanticViolations(model) {
  const out = /* @__PURE__ */ new Map();
  modelRules(model, out);
  for (const sg of model.subgraphs) {
    for (const op of sg.operators) {
      if (out.get(sg.index)?.has(op.index)) continue;
      const ctx = { model, sg, op };
      for (const rule of [quantScaleFinite, ...RULES[op.type] ?? []]) {
        let r;
        try {
          r = rule(ctx);
        } catch {
          r = bad("malformed", "the operator is malformed (missing inputs or outputs)");
        }
        if (r) {
          const m = out.get(sg.index) ?? /* @__PURE__ */ new Map();
          m.set(op.index, r);
          out.set(sg.index, m);
          break;
        }
      }
    }
  }
  return out;
}

// src/compat/index.ts
var UNFUSED_OPTIONS = /* @__PURE__ */ new Set([
  "Conv2DOptions",
  "DepthwiseConv2DOptions",
  "TransposeConvOptions",
  "Pool2DOptions",
  "FullyConnectedOptions",
  "ConcatenationOptions",
  "AddOptions",
  "SubOptions",
  "DivOptions",
  "MulOptions",
  "L2NormOptions",
  "SVDFOptions"
]);
var ACTIVATIONS = ["NONE", "RELU", "RELU_N1_TO_1", "RELU6", "TANH", "SIGN_BIT"];
function fusedActivation(op) {
  if (!op.optionsType || !UNFUSED_OPTIONS.has(op.optionsType) || op.outputs.length !== 1) return null;
  const f = op.options?.fusedActivationFunction;
  return typeof f === "number" && f > 0 ? ACTIVATIONS[f] ?? "UNKNOWN" : null;
}
function checkView(view, checker) {
  const constraints = constraintsFor(view.type, checker);
  if (!constraints)
    return fail(
      "op.unsupported",
      `${view.type}${view.op.customCode && view.type === "CUSTOM" ? ` (${view.op.customCode})` : ""} is not supported on ${checker === "u85" ? "Ethos-U85" : "Ethos-U55/U65"}`
    );
  for (const c of constraints) {
    const r = c(view);
    if (r) return r;
  }
  return null;
}
function activationView(view, act) {
  const out = view.outputs[0];
  const conn = act === "TANH" ? { ...out, scales: [1] } : out;
  const inputs = [{ ...conn, role: "ifm", slot: 0 }];
  return { type: act, op: view.op, inputs, outputs: [conn], connections: [...inputs, conn], options: {} };
}
function placeOperator(view, checker) {
  const op = view.op;
  const own = checkView(view, checker);
  if (own) return [own];
  const act = fusedActivation(op);
  const r = act && view.outputs[0] ? checkView(activationView(view, act), checker) : null;
  if (!r) return [];
  return [
    fail(
      "activation.dragged",
      `the operator itself is supported, but its fused ${act} activation is not, so both run on the CPU`
    ),
    { rule: r.rule, message: `fused ${act}: ${r.message}` }
  ];
}
function safePlace(view, checker) {
  try {
    return placeOperator(view, checker);
  } catch (e) {
    return [fail("compat.malformed", `the operator could not be checked: ${e.message}`)];
  }
}
var prepared = /* @__PURE__ */ new WeakMap();
function prepare(model) {
  let p = prepared.get(model);
  if (!p) {
    p = {
      views: model.subgraphs.map((sg) => sg.operators.map((op) => viewOperator(model, sg, op))),
      semantics: semanticViolations(model),
      reasons: /* @__PURE__ */ new Map()
    };
    prepared.set(model, p);
  }
  return p;
}
function reasonsFor(model, p, checker) {
  let all = p.reasons.get(checker);
  if (!all) {
    all = model.subgraphs.map((sg, s2) => {
      const folded = foldedSpaceToBatch(model, sg, checker, (v, c) => checkView(v, c) === null);
      return sg.operators.map((op, i) => {
        const broken = p.semantics.get(sg.index)?.get(op.index);
        if (broken) return [broken];
        return folded.has(op.index) ? [] : safePlace(p.views[s2][i], checker);
      });
    });
    p.reasons.set(checker, all);
  }
  return all;
}
function checkPlacement(model, target) {
  const all = reasonsFor(model, prepare(model), checkerFor(target.family));
  return model.subgraphs.flatMap(
    (sg, s2) => sg.operators.map((op, i) => {
      const reasons = all[s2][i].map((r) => ({ ...r }));
      return {
        subgraph: sg.index,
        index: op.index,
        type: op.type,
        name: sg.tensors[op.outputs[0]]?.name ?? "",
        placement: reasons.length ? "CPU" : "NPU",
        reasons,
        macs: op.macs
      };
    })
  );
}

// src/targets/errors.ts
var TargetError = class extends Error {
  code;
  /** The target file involved, as the caller named it. */
  file;
  /** 1-based line in `file`, when the cause sits on one line. */
  line;
  /** The bare cause, without the file prefix, for reports that print the file separately. */
  detail;
  constructor(code, detail, where = {}) {
    const prefix = where.file === void 0 ? "" : where.line === void 0 ? `${where.file}: ` : `${where.file}:${where.line}: `;
    super(prefix + detail);
    this.name = "TargetError";
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.detail = detail;
  }
};
function isTargetError(e) {
  return e instanceof TargetError;
}

// src/targets/accelerators.ts
var ACCELERATOR_MACS = {
  u55: [32, 64, 128, 256],
  u65: [256, 512],
  u85: [128, 256, 512, 1024, 2048]
};
var ACCELERATOR_CONFIGS = Object.keys(ACCELERATOR_MACS).flatMap(
  (family) => ACCELERATOR_MACS[family].map((macs) => `ethos-${family}-${macs}`)
);
function parseAccelerator(name, where = {}) {
  const config = name.trim().toLowerCase();
  const m = /^ethos-(u55|u65|u85)-(\d+)$/.exec(config);
  if (m) {
    const family = m[1];
    const macs = Number(m[2]);
    if (ACCELERATOR_MACS[family].includes(macs)) return { family, macs, config };
    throw new TargetError(
      "unknown-accelerator",
      `${config} does not exist: Ethos-${family.toUpperCase()} is built with ${ACCELERATOR_MACS[family].join(", ")} MACs`,
      where
    );
  }
  throw new TargetError(
    "unknown-accelerator",
    `"${name}" is not an Ethos-U accelerator; valid ones: ${ACCELERATOR_CONFIGS.join(", ")}`,
    where
  );
}
function maxAddressOffset(family) {
  return family === "u55" ? 2 ** 32 : 2 ** 40;
}

// src/targets/vela-config.ts
var MEM_AREAS = ["Sram", "Dram", "OnChipFlash", "OffChipFlash"];
var AXI_PORTS = ["Axi0", "Axi1"];
var VELA_MEMORY_DEFAULTS = Object.freeze({
  clockScale: 1,
  burstLength: 64,
  readLatency: 1,
  writeLatency: 1,
  maxReads: 1,
  maxWrites: 1,
  portsUsed: 1
});
var SYSTEM_CONFIG_PREFIX = "System_Config.";
var MEMORY_MODE_PREFIX = "Memory_Mode.";
var MEMORY_SETTINGS = {
  clock_scale: { field: "clockScale", kind: "float", min: 0, open: true },
  burst_length: { field: "burstLength", kind: "int", min: 1 },
  read_latency: { field: "readLatency", kind: "int", min: 0 },
  write_latency: { field: "writeLatency", kind: "int", min: 0 },
  ports_used: { field: "portsUsed", kind: "int", min: 1 },
  max_reads: { field: "maxReads", kind: "int", min: 0 },
  max_writes: { field: "maxWrites", kind: "int", min: 0 }
};
function systemConfigNames(doc) {
  return sectionNames(doc, SYSTEM_CONFIG_PREFIX);
}
function memoryModeNames(doc) {
  return sectionNames(doc, MEMORY_MODE_PREFIX);
}
function sectionNames(doc, prefix) {
  return doc.sections.filter((s2) => s2.name.startsWith(prefix)).map((s2) => s2.name.slice(prefix.length));
}
function readSystemConfig(doc, name) {
  const section = requireSection(doc, SYSTEM_CONFIG_PREFIX + name, "unknown-system-config");
  const entries = effectiveEntries(doc, section);
  const where = (e) => ({ file: doc.file, line: e.line });
  const inSection = `[${section.name}]`;
  let coreClockHz;
  const ports = {};
  const memories = {};
  for (const [lower, entry] of entries) {
    if (lower === "inherit") continue;
    if (lower === "core_clock") {
      coreClockHz = parseNumber(entry, "float", where(entry));
      if (!(coreClockHz > 0)) throw badValue(entry, "must be a clock frequency in Hz above 0", where(entry));
      continue;
    }
    const port = /^axi([01])_port$/.exec(lower);
    if (port) {
      exactKey(entry, lower, where(entry));
      ports[`Axi${port[1]}`] = parseMemArea(entry, where(entry));
      continue;
    }
    const us = lower.indexOf("_");
    const memName = us > 0 ? MEM_AREAS.find((m) => m.toLowerCase() === lower.slice(0, us)) : void 0;
    const setting = us > 0 ? MEMORY_SETTINGS[lower.slice(us + 1)] : void 0;
    if (setting && !memName) {
      throw new TargetError(
        "unknown-memory-area",
        `"${entry.key}" in ${inSection} names memory "${entry.key.slice(0, us)}"; memories are ${MEM_AREAS.join(", ")}`,
        where(entry)
      );
    }
    if (!setting || !memName) {
      throw new TargetError(
        "unknown-key",
        `"${entry.key}" is not a Vela system-config setting (in ${inSection}); expected core_clock, axi0_port, axi1_port or <Memory>_{${Object.keys(MEMORY_SETTINGS).join(",")}}`,
        where(entry)
      );
    }
    exactKey(entry, `${memName}_${lower.slice(us + 1)}`, where(entry));
    const value = parseNumber(entry, setting.kind, where(entry));
    if (setting.open ? !(value > setting.min) : value < setting.min) {
      throw badValue(entry, `must be ${setting.open ? "above" : "at least"} ${setting.min}`, where(entry));
    }
    const timing = memories[memName] ??= { ...VELA_MEMORY_DEFAULTS };
    timing[setting.field] = value;
  }
  const at = { file: doc.file, line: section.line };
  if (coreClockHz === void 0) throw missing(inSection, "core_clock", at);
  for (const p of AXI_PORTS) if (ports[p] === void 0) throw missing(inSection, `${p.toLowerCase()}_port`, at);
  return {
    name,
    coreClockHz,
    axi0Port: ports.Axi0,
    axi1Port: ports.Axi1,
    memories: orderedMemories(memories)
  };
}
function readMemoryMode(doc, name) {
  const section = requireSection(doc, MEMORY_MODE_PREFIX + name, "unknown-memory-mode");
  const entries = effectiveEntries(doc, section);
  const inSection = `[${section.name}]`;
  const areas = {};
  let arenaCacheSize;
  for (const [lower, entry] of entries) {
    const where = { file: doc.file, line: entry.line };
    if (lower === "inherit") continue;
    const area = /^(const|arena|cache)_mem_area$/.exec(lower);
    if (area) exactKey(entry, lower, where);
    if (area) {
      if (entry.value !== "Axi0" && entry.value !== "Axi1") throw badValue(entry, "must be Axi0 or Axi1", where);
      areas[area[1]] = entry.value;
    } else if (lower === "arena_cache_size") {
      arenaCacheSize = parseNumber(entry, "int", where);
      if (arenaCacheSize < 0) throw badValue(entry, "must be a size in bytes, 0 or more", where);
    } else {
      throw new TargetError(
        "unknown-key",
        `"${entry.key}" is not a Vela memory-mode setting (in ${inSection}); expected const_mem_area, arena_mem_area, cache_mem_area, arena_cache_size or inherit`,
        where
      );
    }
  }
  const at = { file: doc.file, line: section.line };
  for (const k of ["const", "arena", "cache"]) if (!areas[k]) throw missing(inSection, `${k}_mem_area`, at);
  const mode = {
    name,
    constMemArea: areas.const,
    arenaMemArea: areas.arena,
    cacheMemArea: areas.cache
  };
  if (arenaCacheSize !== void 0) mode.arenaCacheSize = arenaCacheSize;
  return mode;
}
function requireSection(doc, name, code) {
  const section = doc.byName.get(name);
  if (section) return section;
  const prefix = code === "unknown-system-config" ? SYSTEM_CONFIG_PREFIX : MEMORY_MODE_PREFIX;
  const known = sectionNames(doc, prefix);
  throw new TargetError(code, `no [${name}] section; this file has ${known.length ? known.join(", ") : "none"}`, {
    file: doc.file
  });
}
function effectiveEntries(doc, section) {
  const chain = [];
  for (let s2 = section; s2; ) {
    if (chain.includes(s2)) {
      throw new TargetError("bad-inherit", `inherit loop: ${[...chain, s2].map((c) => c.name).join(" -> ")}`, {
        file: doc.file,
        line: s2.line
      });
    }
    chain.push(s2);
    const inherit = s2.entries.get("inherit");
    if (!inherit) break;
    exactKey(inherit, "inherit", { file: doc.file, line: inherit.line });
    const base = doc.byName.get(inherit.value);
    const where = { file: doc.file, line: inherit.line };
    if (!base) throw new TargetError("bad-inherit", `inherit=${inherit.value}: no such section in this file`, where);
    if (base.line > s2.line && base !== s2) {
      throw new TargetError(
        "bad-inherit",
        `inherit=${inherit.value}: the base section must come before [${s2.name}] (Vela reads sections in order)`,
        where
      );
    }
    s2 = base;
  }
  const merged = /* @__PURE__ */ new Map();
  for (const s2 of chain.reverse()) for (const [k, e] of s2.entries) merged.set(k, e);
  return merged;
}
function exactKey(entry, canonical, where) {
  if (entry.key !== canonical) {
    throw new TargetError(
      "unknown-key",
      `write "${canonical}", not "${entry.key}": Vela's C++ core reads keys case-sensitively and would ignore it`,
      where
    );
  }
}
function parseMemArea(entry, where) {
  const area = MEM_AREAS.find((m) => m === entry.value);
  if (area) return area;
  const hint = MEM_AREAS.find((m) => m.toLowerCase() === entry.value.toLowerCase());
  throw new TargetError(
    "unknown-memory-area",
    `${entry.key}=${entry.value}: unknown memory area` + (hint ? ` (Vela is case-sensitive here: write ${hint})` : `; expected ${MEM_AREAS.join(", ")}`),
    where
  );
}
var FLOAT_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
var INT_RE = /^[+-]?\d+$/;
function parseNumber(entry, kind, where) {
  const text = entry.value;
  if (text === "") throw new TargetError("missing-value", `${entry.key} has no value`, where);
  const ok = kind === "int" ? INT_RE.test(text) : FLOAT_RE.test(text);
  const value = Number(text);
  if (!ok || !Number.isFinite(value)) {
    throw badValue(entry, kind === "int" ? "is not a whole number" : "is not a number", where);
  }
  return value;
}
function badValue(entry, why, where) {
  return new TargetError("bad-value", `${entry.key}=${entry.value} ${why}`, where);
}
function missing(inSection, key, where) {
  return new TargetError("missing-value", `${inSection} has no ${key}`, where);
}
function orderedMemories(m) {
  const out = {};
  for (const area of MEM_AREAS) if (m[area]) out[area] = m[area];
  return out;
}

// src/targets/derived.ts
function axiWidthBytes(systemConfigName) {
  return systemConfigName.startsWith("Ethos_U55") ? 8 : 16;
}
function memoryTiming(profile, area) {
  return { ...VELA_MEMORY_DEFAULTS, ...profile.systemConfig.memories[area] };
}
function memoryBandwidth(profile, area) {
  const t = memoryTiming(profile, area);
  const product2 = Math.fround(Math.fround(t.clockScale) * axiWidthBytes(profile.systemConfig.name) * t.portsUsed);
  return Math.fround(Math.max(1e-4, Number(product2.toFixed(6))));
}
function effectiveMemory(profile, area) {
  const t = memoryTiming(profile, area);
  return {
    area,
    bandwidth: memoryBandwidth(profile, area),
    readLatency: Math.max(0, t.readLatency),
    writeLatency: Math.max(0, t.writeLatency),
    burstLength: Math.max(1, t.burstLength),
    portsUsed: Math.max(1, t.portsUsed),
    maxReads: Math.max(1, t.maxReads),
    maxWrites: Math.max(1, t.maxWrites)
  };
}
function memoryRolesOf(sys, mode) {
  const onPort = (port) => port === "Axi0" ? sys.axi0Port : sys.axi1Port;
  return {
    const: onPort(mode.constMemArea),
    featureMaps: onPort(mode.arenaMemArea),
    staging: onPort(mode.cacheMemArea)
  };
}
function usesOnePort(mode) {
  return mode.constMemArea === mode.arenaMemArea && mode.arenaMemArea === mode.cacheMemArea;
}

// src/perf/arch.ts
var s = (h, w, c) => ({ h, w, c });
var U55_128 = {
  kind: "u55",
  macs: 128,
  cores: 1,
  ofmUBlock: s(1, 2, 8),
  ifmUBlock: s(1, 2, 8),
  shramBanks: 24,
  granules: [4, 4, 4, 4, 8, 4, 8, 12],
  outputCycles: [0.75, 1.25, 0.75, 0.75, 1, 1.5, 0.25, 0.5],
  activationCycles: [1, 0.5, 0]
};
var U55_256 = {
  kind: "u55",
  macs: 256,
  cores: 1,
  ofmUBlock: s(2, 2, 8),
  ifmUBlock: s(2, 2, 8),
  shramBanks: 48,
  granules: [8, 8, 8, 8, 16, 8, 16, 20],
  outputCycles: [0.625, 1.125, 0.5, 0.375, 0.5, 0.75, 0.125, 0.25],
  activationCycles: [1, 0.25, 0]
};
var U55_64 = {
  kind: "u55",
  macs: 64,
  cores: 1,
  ofmUBlock: s(1, 1, 8),
  ifmUBlock: s(1, 1, 8),
  shramBanks: 16,
  granules: [2, 2, 2, 2, 4, 4, 4, 8],
  outputCycles: [1, 1.5, 1.5, 1.5, 2, 3, 0.5, 1],
  activationCycles: [1, 1, 0]
};
var U55_32 = {
  kind: "u55",
  macs: 32,
  cores: 1,
  ofmUBlock: s(1, 1, 4),
  ifmUBlock: s(1, 1, 8),
  shramBanks: 16,
  granules: [2, 2, 2, 2, 4, 4, 4, 4],
  outputCycles: [2, 3, 3, 3, 4, 6, 1, 2],
  activationCycles: [1, 1, 0]
};
var U85 = {
  128: {
    kind: "u85",
    macs: 128,
    cores: 1,
    ofmUBlocks: [s(1, 2, 8), s(1, 1, 16)],
    ifmRamBytes: 8192,
    accRamBytes: 8192,
    cbRamBytes: 768,
    obRamBytes: 2048,
    channelReadBuffers: [64, 64, 128, 128, 104, 16],
    outputCycles: [0.5, 0.5, 0.5, 1, 1, 1],
    activationCycles: [0.5, 1]
  },
  256: {
    kind: "u85",
    macs: 256,
    cores: 1,
    ofmUBlocks: [s(1, 2, 16), s(1, 4, 8), s(2, 2, 8)],
    ifmRamBytes: 16384,
    accRamBytes: 16384,
    cbRamBytes: 1536,
    obRamBytes: 2048,
    channelReadBuffers: [104, 104, 128, 128, 128, 16],
    outputCycles: [0.25, 0.25, 0.25, 0.5, 0.5, 0.5],
    activationCycles: [0.25, 0.5]
  },
  512: {
    kind: "u85",
    macs: 512,
    cores: 2,
    ofmUBlocks: [s(2, 2, 16), s(1, 4, 16)],
    ifmRamBytes: 16384,
    accRamBytes: 32768,
    cbRamBytes: 3072,
    obRamBytes: 4096,
    channelReadBuffers: [128, 128, 256, 256, 128, 16],
    outputCycles: [0.125, 0.125, 0.25, 0.5, 0.25, 0.25],
    activationCycles: [0.125, 0.25]
  },
  1024: {
    kind: "u85",
    macs: 1024,
    cores: 4,
    ofmUBlocks: [s(2, 2, 32), s(1, 4, 32), s(2, 4, 16)],
    ifmRamBytes: 16384,
    accRamBytes: 65536,
    cbRamBytes: 6144,
    obRamBytes: 4096,
    channelReadBuffers: [256, 256, 416, 208, 256, 16],
    outputCycles: [0.0625, 0.125, 0.25, 0.5, 0.125, 0.25],
    activationCycles: [0.0625, 0.125]
  },
  2048: {
    kind: "u85",
    macs: 2048,
    cores: 4,
    ofmUBlocks: [s(2, 2, 64), s(1, 4, 64), s(4, 4, 16)],
    ifmRamBytes: 32768,
    accRamBytes: 131072,
    cbRamBytes: 12288,
    obRamBytes: 8192,
    channelReadBuffers: [256, 256, 512, 256, 256, 16],
    outputCycles: [0.03125, 0.0625, 0.125, 0.25, 0.0625, 0.125],
    activationCycles: [0.03125, 0.0625]
  }
};
function u85ChannelReadBuffers(macs) {
  return U85[macs]?.channelReadBuffers;
}
function npuConfigFor(target) {
  if (target.family === "u85") {
    const cfg2 = U85[target.macs];
    if (!cfg2) throw new Error(`${target.id}: no Ethos-U85 configuration with ${target.macs} MACs`);
    return cfg2;
  }
  if (target.family === "u65" && target.macs === 512) {
    return {
      ...U55_256,
      macs: 256,
      cores: 2,
      outputCycles: [0.3125, 0.5625, 0.25, 0.1875, 0.25, 0.375, 0.0625, 0.125],
      activationCycles: [0.5, 0.125, 0]
    };
  }
  const byMacs = { 32: U55_32, 64: U55_64, 128: U55_128, 256: U55_256 };
  const cfg = byMacs[target.macs];
  if (!cfg)
    throw new Error(`${target.id}: no Ethos-${target.family.toUpperCase()} configuration with ${target.macs} MACs`);
  return cfg;
}
function archFor(target) {
  const port = (p) => p === "Axi0" ? target.systemConfig.axi0Port : target.systemConfig.axi1Port;
  const mode = target.memoryMode;
  const memories = /* @__PURE__ */ new Map();
  const memory = (area) => {
    let m = memories.get(area);
    if (!m) memories.set(area, m = effectiveMemory(target, area));
    return m;
  };
  const defaultLimit = target.family === "u55" ? 2 ** 32 : 2 ** 40;
  return {
    npu: npuConfigFor(target),
    constMem: memory(port(mode.constMemArea)),
    arenaMem: memory(port(mode.arenaMemArea)),
    stagingMem: memory(port(mode.cacheMemArea)),
    stagingLimit: mode.arenaCacheSize ?? defaultLimit,
    coreClockHz: target.systemConfig.coreClockHz
  };
}

// src/perf/ops.ts
var UNIT_KERNEL = { w: 1, h: 1, strideX: 1, strideY: 1, dilationX: 1, dilationY: 1 };
function storedShape(fm2) {
  if (fm2.extent) return fm2.extent;
  const b = fm2.buffer.shape;
  const v = fm2.shape;
  const padded = b.c === v.c && v.h >= b.h && v.w >= b.w && v.h * v.w > b.h * b.w;
  return padded ? b : v;
}
function transposedShape(s2, transpose) {
  if (!transpose || transpose.length !== 4) return s2;
  const axis = (a) => a === "H" ? s2.h : a === "W" ? s2.w : a === "C" ? s2.c : 1;
  return { h: axis(transpose[1]), w: axis(transpose[2]), c: axis(transpose[3]) };
}
var isOneToOne = (op) => op.hw === "elementwise" || (op.type === "Transpose" ? movesNoAxis(op) : op.hw === "pool" && op.kernel.w * op.kernel.h === 1);
function movesNoAxis(op) {
  if (op.hw === "transpose") return (op.transposePasses ?? []).every((p) => p.swap[0] === p.swap[1]);
  return !op.transpose || op.transpose === "NHWC";
}
var sameStorage = (a, b) => a.linear === b.linear && sameShapeAndType(a, b);
var sameShapeAndType = (a, b) => a.bits === b.bits && // regor compares storage shapes padded to 4 axes with leading ones (a [1, 100] map is a [1, 1, 1, 100] one), and
// otherwise whole: a 4D map and a 5D one of the same bytes are not alike, nor [1, 6272] and [1, 49, 16, 8]. An
// internal map is stored in its own shape: a transpose's [1, 14, 32] is not a [1, 448] map a reshape flattened.
sameDims(storageDims(a), storageDims(b));
var storageDims = (b) => b.dims ? padTo4(b.dims) : [1, b.shape.h, b.shape.w, b.shape.c];
var padTo4 = (dims) => dims.length >= 4 ? dims : [...new Array(4 - dims.length).fill(1), ...dims];

// src/perf/usage-timeline.ts
var ARRAY_MAX_SPAN = 256;
function usageTimeline(steps, longestSpan) {
  return longestSpan <= ARRAY_MAX_SPAN ? new ArrayTimeline(new Float64Array(steps)) : new TreeTimeline(steps);
}
var ArrayTimeline = class _ArrayTimeline {
  constructor(usage) {
    this.usage = usage;
  }
  add(start, end, bytes) {
    const u = this.usage;
    for (let t = start; t <= end; t++) u[t] += bytes;
  }
  peakOver(start, end) {
    const u = this.usage;
    let m = 0;
    for (let t = start; t <= end; t++) if (u[t] > m) m = u[t];
    return m;
  }
  highest() {
    return this.peakOver(0, this.usage.length - 1);
  }
  clone() {
    return new _ArrayTimeline(Float64Array.from(this.usage));
  }
};
var TreeTimeline = class _TreeTimeline {
  leaves;
  /** Per node: the peak over its steps, its own addition included. */
  peak;
  /** Per node: bytes added to every one of its steps. */
  added;
  constructor(steps) {
    let leaves = 1;
    while (leaves < steps) leaves *= 2;
    this.leaves = leaves;
    this.peak = new Float64Array(2 * leaves);
    this.added = new Float64Array(2 * leaves);
  }
  add(start, end, bytes) {
    this.addIn(1, 0, this.leaves - 1, start, end, bytes);
  }
  peakOver(start, end) {
    return Math.max(0, this.peakIn(1, 0, this.leaves - 1, start, end));
  }
  highest() {
    return Math.max(0, this.peak[1]);
  }
  clone() {
    const copy = new _TreeTimeline(this.leaves);
    copy.peak.set(this.peak);
    copy.added.set(this.added);
    return copy;
  }
  addIn(node, lo, hi, start, end, bytes) {
    if (end < lo || hi < start) return;
    if (start <= lo && hi <= end) {
      this.peak[node] += bytes;
      this.added[node] += bytes;
      return;
    }
    const mid = lo + hi >> 1;
    this.addIn(2 * node, lo, mid, start, end, bytes);
    this.addIn(2 * node + 1, mid + 1, hi, start, end, bytes);
    this.peak[node] = Math.max(this.peak[2 * node], this.peak[2 * node + 1]) + this.added[node];
  }
  peakIn(node, lo, hi, start, end) {
    if (end < lo || hi < start) return -Infinity;
    if (start <= lo && hi <= end) return this.peak[node];
    const mid = lo + hi >> 1;
    const below = Math.max(
      this.peakIn(2 * node, lo, mid, start, end),
      this.peakIn(2 * node + 1, mid + 1, hi, start, end)
    );
    return below + this.added[node];
  }
};

// src/perf/memory-plan.ts
function allocationBytes(b) {
  const s2 = b.linear ? b.shape : b.reshapedStorage ?? b.shape;
  const c = b.linear ? s2.c : Math.ceil(s2.c / 16) * 16;
  const bytes = s2.h * s2.w * c * b.bits / 8;
  return Math.ceil(bytes / 16) * 16;
}
var formatOf = (b) => b.linear ? "NHWC" : "NHCWB16";
var LiveRanges = class {
  constructor(endTime) {
    this.endTime = endTime;
  }
  ranges = /* @__PURE__ */ new Map();
  use(buffer, time) {
    if (buffer.constant) return;
    let r = this.ranges.get(buffer.key);
    if (!r) {
      r = { buffer, start: time, end: time, bytes: allocationBytes(buffer) };
      this.ranges.set(buffer.key, r);
    }
    r.start = Math.min(r.start, time);
    r.end = Math.max(r.end, time);
  }
  finish() {
    for (const r of this.ranges.values()) {
      if (r.buffer.isInput && r.buffer.external) r.start = 0;
      if (r.buffer.graphOutput) r.end = this.endTime;
      if (r.buffer.external && !r.buffer.isInput && !r.buffer.isOutput) {
        r.start = 0;
        r.end = this.endTime;
      }
    }
  }
};
function peakUsage(ranges, extra) {
  const diff = usageChanges(ranges, extra);
  let cur = 0;
  let peak = 0;
  for (let t = 0; t < diff.length; t++) {
    cur += diff[t];
    if (cur > peak) peak = cur;
  }
  return peak;
}
function usageChanges(ranges, extra) {
  let last = 0;
  for (const r of ranges) if (r.end + 1 > last) last = r.end + 1;
  if (extra) {
    for (const t of extra.keys()) if (t + 1 > last) last = t + 1;
  }
  const diff = new Float64Array(last + 1);
  for (const r of ranges) {
    diff[r.start] += r.bytes;
    diff[r.end + 1] -= r.bytes;
  }
  if (extra) {
    for (const [t, bytes] of extra) {
      diff[t] += bytes;
      diff[t + 1] -= bytes;
    }
  }
  return diff;
}
function assignMemories(arch, live, npuBuffers, accessOf, cpuTimes = [], cascaded = /* @__PURE__ */ new Set(), reserved = /* @__PURE__ */ new Map(), takenOverBy = /* @__PURE__ */ new Map()) {
  const where = /* @__PURE__ */ new Map();
  const candidates = /* @__PURE__ */ new Map();
  for (const r of live.ranges.values()) {
    where.set(r.buffer.key, arch.arenaMem);
    const movable = arch.stagingMem !== arch.arenaMem && arch.stagingMem.area !== arch.arenaMem.area && npuBuffers.has(r.buffer.key) && !cascaded.has(r.buffer.key) && !r.buffer.external && !r.buffer.isOutput;
    if (movable) candidates.set(r.buffer.key, r);
  }
  if (candidates.size === 0) return where;
  const limit = arch.stagingLimit;
  const root = /* @__PURE__ */ new Map();
  const rootOf = (key) => {
    let k = key;
    for (let up = root.get(k); up !== void 0; up = root.get(k)) k = up;
    return k;
  };
  for (const [ifm, ofm2] of takenOverBy) {
    if (candidates.has(ifm) && candidates.has(ofm2) && rootOf(ofm2) !== rootOf(ifm)) root.set(ofm2, rootOf(ifm));
  }
  const byRoot = /* @__PURE__ */ new Map();
  for (const [key, r] of candidates) {
    const k = rootOf(key);
    const u = byRoot.get(k);
    if (!u) byRoot.set(k, { keys: [key], start: r.start, end: r.end, bytes: r.bytes });
    else {
      u.keys.push(key);
      u.start = Math.min(u.start, r.start);
      u.end = Math.max(u.end, r.end);
      u.bytes = Math.max(u.bytes, r.bytes);
    }
  }
  const npuOnly = [...byRoot.values()].filter((u) => !cpuTimes.some((t) => t >= u.start && t <= u.end)).map((u) => ({ ...u, start: 2 * u.start, end: 2 * u.end + 1 }));
  npuOnly.sort((a, b) => a.start - b.start || a.end - b.end);
  let last = 0;
  let longest = 0;
  for (const u of npuOnly) {
    last = Math.max(last, u.end);
    longest = Math.max(longest, u.end - u.start + 1);
  }
  for (const t of reserved.keys()) last = Math.max(last, t);
  const base = usageTimeline(last + 1, longest);
  for (const [t, bytes] of reserved) if (t >= 0) base.add(t, t, bytes);
  const max = base.clone();
  for (const u of npuOnly) addOver(max, u, 1);
  const keep = (u) => {
    addOver(base, u, 1);
    for (const key of u.keys) where.set(key, arch.stagingMem);
  };
  if (max.highest() <= limit) {
    for (const u of npuOnly) keep(u);
    return where;
  }
  const competing = [];
  const fitting = [];
  for (const u of npuOnly) {
    if (peakOver(base, u) + u.bytes > limit) addOver(max, u, -1);
    else fitting.push(u);
  }
  for (const u of fitting) {
    if (peakOver(max, u) <= limit) keep(u);
    else competing.push(u);
  }
  const score = new Map(competing.map((u) => [u, u.keys.reduce((sum, key) => sum + accessOf(key), 0)]));
  const budget = { steps: MAX_PLAN_SEARCH_STEPS };
  let from = 0;
  let groupEnd = -1;
  for (let i = 0; i <= competing.length; i++) {
    const u = competing[i];
    if (i < competing.length && (i === from || u.start <= groupEnd && i - from <= MAX_GROUP)) {
      groupEnd = Math.max(groupEnd, u.end);
      continue;
    }
    const group = competing.slice(from, i);
    for (const [j, kept] of bestKept(group, base, max, limit, score, budget).entries()) {
      if (kept) keep(group[j]);
      else addOver(max, group[j], -1);
    }
    from = i;
    groupEnd = u ? u.end : -1;
  }
  return where;
}
function addOver(usage, r, sign) {
  usage.add(r.start, r.end, sign * r.bytes);
}
function peakOver(usage, r) {
  return usage.peakOver(r.start, r.end);
}
var MAX_GROUP = 20;
var MAX_SEARCH_STEPS = 2e5;
var MAX_PLAN_SEARCH_STEPS = 5e5;
function bestKept(group, base, max, limit, score, budget) {
  const cur = new Array(group.length).fill(false);
  let best = cur.slice();
  let bestScore = -1;
  let steps = 0;
  const within = new Float64Array(group.length + 1);
  for (let i = group.length - 1; i >= 0; i--) within[i] = within[i + 1] + (score.get(group[i]) ?? 0);
  const visit = (i, total) => {
    if (++steps > MAX_SEARCH_STEPS || budget.steps <= 0) return;
    if (bestScore > 0 && total + within[i] <= bestScore) return;
    budget.steps--;
    if (i === group.length) {
      if (total > bestScore || bestScore <= 0) {
        bestScore = total;
        best = cur.slice();
      }
      return;
    }
    const r = group[i];
    const fits = peakOver(base, r) + r.bytes <= limit;
    let always = fits;
    if (fits) {
      always = peakOver(max, r) <= limit;
      cur[i] = true;
      addOver(base, r, 1);
      visit(i + 1, total + (score.get(r) ?? 0));
      addOver(base, r, -1);
    }
    if (!always) {
      cur[i] = false;
      addOver(max, r, -1);
      visit(i + 1, total);
      addOver(max, r, 1);
    }
  };
  visit(0, 0);
  return best;
}

// src/perf/block-u55.ts
var roundUp = (x, n) => Math.ceil(x / n) * n;
var divUp = (x, n) => Math.ceil(x / n);
var upscaleRounding = (upscale, zeros) => upscale > 1 && !zeros ? 1 : 0;
function requiredInput(out, stride, border, upscale, rounding) {
  return Math.ceil(Math.fround(((out - 1) * stride + border + rounding) / upscale));
}
function dilatedSize(k) {
  return { w: (k.w - 1) * k.dilationX + 1, h: (k.h - 1) * k.dilationY + 1 };
}
function usePartKernel(ifmDepth, ifmBits, kernel2) {
  if (ifmDepth <= 8) return true;
  const k = kernel2.w * kernel2.h;
  const depthUtil = ifmDepth / roundUp(ifmDepth, ifmBits === 8 ? 32 : 16);
  const partUtil = ifmDepth / roundUp(ifmDepth, 8) * (k / roundUp(k, ifmBits === 8 ? 4 : 2));
  return partUtil >= depthUtil;
}
var isScalar = (s2) => !!s2 && s2.h * s2.w * s2.c === 1;
var elems2 = (s2) => s2.h * s2.w * s2.c;
function findBlockConfigU55(cfg, q) {
  const OFM_SPLIT_DEPTH = 16;
  const ifmShape = q.ifm2Shape && elems2(q.ifm2Shape) > elems2(q.ifmShape) ? q.ifm2Shape : q.ifmShape;
  const ew = q.hw === "elementwise";
  const ewUsage = ew ? (isScalar(q.ifmShape) || isScalar(q.ifm2Shape)) && q.ifmBits <= 16 ? 2 : 1 : 0;
  const isPooling = q.hw === "pool" || q.hw === "reducesum";
  const isReduceSum = q.hw === "reducesum";
  const isDepthwise = q.hw === "depthwise";
  const isEqualDepth = ew || isPooling && !isReduceSum || isDepthwise;
  const partKernel = q.hw === "conv" && usePartKernel(ifmShape.c, q.ifmBits, q.kernel);
  const rounding = upscaleRounding(q.upscale, q.upscaleZeros);
  const wideAcc = q.ifmBits === 16 && (!isPooling || isReduceSum) && q.scaled;
  const accGranule = cfg.granules[wideAcc ? 7 : 6];
  const accBits = wideAcc ? 40 : 32;
  const bitsIdx = Math.max(0, q.ifmBits / 8 - 1);
  const ifmGranule = ew ? [cfg.granules[2], cfg.granules[3], 0, cfg.granules[4]][bitsIdx] : [cfg.granules[0], cfg.granules[1], 0, cfg.granules[4]][bitsIdx];
  const reservedEnd = cfg.shramBanks > 16 ? 2 : 0;
  const lutBanks = Math.max(divUp(q.lutBytes, 1024), reservedEnd);
  const dil = dilatedSize(q.kernel);
  const ifmRepeats = divUp(dil.w, 8) * divUp(dil.h, 8);
  const ifmBlockDepth = q.ifmBits === 16 ? roundUp(Math.min(ifmShape.c, 16), 4) : roundUp(Math.min(ifmShape.c, partKernel ? 16 : 32), cfg.ifmUBlock.c);
  const hasWeights = q.hw === "conv" && q.type !== "FullyConnected" || isDepthwise;
  const weightFetchWH = hasWeights ? q.kernel.w * q.kernel.h : 0;
  const ub = cfg.ofmUBlock;
  const space = {
    h: roundUp(Math.min(q.ofmShape.h, 32), ub.h),
    w: roundUp(Math.min(q.ofmShape.w, 64), ub.w),
    c: roundUp(Math.min(q.ofmShape.c, 128), ub.c)
  };
  const ofmElements = elems2(q.ofmShape);
  const lutStart = cfg.shramBanks - lutBanks;
  const fits = (ofmH, ofmW, ofmC, ifmH, ifmW, ifmC) => {
    const ifmBytes = ifmH * ifmW * roundUp(ifmC * (q.ifmBits / 8), 8);
    const ifmBanks = roundUp(divUp(ifmBytes, 1024) * 2, ifmGranule || 1);
    const ifmEnd = 2 + ifmBanks;
    if (ewUsage !== 0) return ifmEnd + (ewUsage === 1 ? ifmBanks : 0) <= lutStart;
    const accBytes = ofmH * ofmW * roundUp(ofmC, 8) * accBits / 8;
    return ifmEnd <= lutStart - roundUp(divUp(accBytes, 1024) * 2, accGranule);
  };
  let best = Infinity;
  let bestCoverage = Infinity;
  let chosen = null;
  let depth = Math.max(ub.c, Math.min(space.c, OFM_SPLIT_DEPTH));
  if (depth < q.ofmShape.c) depth = roundUp(depth, OFM_SPLIT_DEPTH);
  const widthLimit = new Array(Math.floor(space.h / ub.h) + 1).fill(space.w + 1);
  const ifmElements = elems2(ifmShape);
  const conv1d = q.ofmShape.h === 1 && q.kernel.h === 1 && ub.h === 2;
  while (depth <= space.c) {
    const ifmC = isEqualDepth ? depth : ifmBlockDepth;
    for (let height = ub.h; height <= space.h; height += ub.h) {
      const row = height / ub.h;
      const ifmH = roundUp(requiredInput(height, q.kernel.strideY, Math.min(dil.h, 8), q.upscale, rounding), ub.h);
      const ofmH = conv1d ? Math.min(height, 1) : height;
      for (let width = ub.w; width < widthLimit[row]; width += ub.w) {
        const ifmW = roundUp(requiredInput(width, q.kernel.strideX, Math.min(dil.w, 8), q.upscale, rounding), ub.w);
        if (!fits(ofmH, width, depth, ifmH, ifmW, ifmC)) {
          widthLimit[row] = width;
          break;
        }
        const fullH = divUp(q.ofmShape.h, ofmH);
        const fullW = divUp(q.ofmShape.w, width);
        const fullC = divUp(q.ofmShape.c, depth);
        const f = Math.fround;
        const blocksW = f(q.ofmShape.w / width);
        const blocksH = f(q.ofmShape.h / ofmH);
        const blocksC = f(q.ofmShape.c / depth);
        let weightFetch = f(weightFetchWH * ifmShape.c * fullH * fullW);
        if (!isDepthwise) weightFetch = f(weightFetch * f(blocksC * depth));
        let ifmFetch = f(f(f(ifmH * ifmW * ifmShape.c * ifmRepeats) * blocksW) * blocksH);
        if (!isEqualDepth) ifmFetch = Math.fround(ifmFetch * fullC);
        let cost = ew ? Math.fround(ofmElements / (height * width * depth)) : Math.fround(Math.fround(ifmFetch + weightFetch) / ofmElements);
        if (ifmElements < ifmH * ifmW * ifmC * 2) cost = Math.fround(cost / 2);
        if (cost <= best) {
          let take = false;
          if (cost === best) {
            const cov = Math.fround(
              ifmShape.h * ifmShape.w / Math.max(Math.min(ifmShape.h, ifmH) * Math.min(ifmShape.w, ifmW), 1)
            );
            if (cov <= bestCoverage && height <= 4 && width <= 4) {
              bestCoverage = cov;
              take = true;
            }
          } else {
            bestCoverage = Infinity;
            take = true;
          }
          if (take) {
            best = cost;
            chosen = {
              ofmBlock: { h: height, w: width, c: depth },
              ifmBlock: { h: ifmH, w: ifmW, c: ifmC },
              traversal: isDepthwise ? "Depthwise" : partKernel ? "PartKernel" : "DepthFirst",
              wideAcc,
              ofmUBlock: ub
            };
          }
        }
      }
    }
    depth += ub.c;
    if (depth < q.ofmShape.c) depth = roundUp(depth, OFM_SPLIT_DEPTH);
  }
  return chosen ?? {
    ofmBlock: { h: ub.h, w: ub.w, c: ub.c },
    ifmBlock: { h: ub.h, w: ub.w, c: ub.c },
    traversal: "DepthFirst",
    wideAcc,
    ofmUBlock: ub
  };
}

// src/perf/cascade.ts
var roundAway = (x, n) => Math.ceil(x / n) * n;
var MAX_STRIPE_PROPOSALS = 2048;
function stripeInputRows(op, h) {
  if (h >= op.ofm.shape.h) return op.ifm.shape.h;
  const k = op.kernel;
  const border = (k.h - 1) * k.dilationY + 1;
  const rounding = upscaleRounding(op.upscale, op.upscaleZeros);
  return Math.min(op.ifm.shape.h, requiredInput(h, k.strideY, border, op.upscale, rounding));
}
function canStripe(op) {
  if (op.chained?.length || op.type === "Transpose" || op.fusedTranspose) return false;
  return op.hw === "conv" || op.hw === "depthwise" || op.hw === "pool" || op.hw === "elementwise" || op.hw === "reducesum" || op.hw === "vector";
}
function cascadable(op, stripeH) {
  if (op.ifm.buffer.constant || !canStripe(op) || stripeH >= op.ofm.shape.h) return false;
  if (op.elementwiseLike || op.type === "MemoryCopy") return false;
  if (op.hw === "conv" || op.hw === "depthwise") return op.upscale === 1;
  return op.hw === "elementwise" || op.hw === "pool";
}
function planSpillingCascades(steps, chainsToNext, limit, weightBuffer, weightBytes, exactBuffers = false) {
  const n = steps.length;
  const minStripe = new Array(n).fill(0);
  for (let t = n - 1; t >= 0; t--) {
    const op = steps[t];
    if (!op) continue;
    const next = steps[t + 1];
    let h = t + 1 < n ? next ? next.kernel.strideY : 1 : 1;
    if (!canStripe(op)) h = op.ofm.shape.h;
    minStripe[t] = roundAway(h, op.upscale);
  }
  const fullIfm = (op) => allocationBytes(op.ifm.buffer);
  const fullOfm = (op) => allocationBytes(op.ofm.buffer);
  const uncascaded = (op) => fullIfm(op) + (isOneToOne(op) && reusesIfm(op) ? 0 : fullOfm(op));
  const rollingBuffer = (prod, prodH, cons, consH) => {
    const ifmH = stripeInputRows(cons, consH);
    const rows = roundAway(prodH + ifmH, ifmH);
    const c = roundAway(prod.ofm.shape.c, 16);
    const w = cons.shallowShape ? cons.ifm.shape.w : cons.ifm.buffer.shape.w;
    return { rows, w, c, bytes: rows * w * c * prod.ofm.bits / 8 };
  };
  let budgetBroke = false;
  const build = (from, to, stripeOf, weights) => {
    const out = [];
    let t = from;
    while (t <= to) {
      const op = steps[t];
      if (!op || !cascadable(op, stripeOf(t))) {
        t++;
        continue;
      }
      let producer = t;
      let buffers = weights?.get(t) ?? 0;
      const each = [];
      let prev;
      for (; ; ) {
        const c = producer + 1;
        const cons = steps[c];
        const prod = steps[producer];
        if (c > to || !cons || !chainsToNext[producer] || !cascadable(cons, stripeOf(c))) break;
        const buf = rollingBuffer(prod, stripeOf(producer), cons, stripeOf(c));
        const bytes = overwritesIfm(prod, prev, buf) ? 0 : buf.bytes;
        const weightBytes2 = weights?.get(c) ?? 0;
        if (uncascaded(cons) < limit) break;
        if (buffers + bytes + weightBytes2 > limit) {
          budgetBroke = true;
          break;
        }
        buffers += bytes + weightBytes2;
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
  const memoryOf = (proposal, from, to) => {
    let mem = 0;
    let t = from;
    for (const c of proposal) {
      for (; t < c.start; t++) mem = Math.max(mem, standalone(steps[t]));
      mem = Math.max(mem, c.bytes);
      t = c.end + 1;
    }
    for (; t <= to; t++) mem = Math.max(mem, standalone(steps[t]));
    return mem;
  };
  const sizedFor = (weights, stripeOf) => {
    const kept = /* @__PURE__ */ new Map();
    for (const t of weights.keys()) {
      const op = steps[t];
      const h = stripeOf(t);
      kept.set(t, weightBytes(t, { h: Math.min(h, op.ofm.shape.h), ifmH: stripeInputRows(op, h), first: false }));
    }
    return kept;
  };
  const looseProposal = (first, weights, stripeOf) => {
    budgetBroke = false;
    const proposal = build(first.start, first.end, stripeOf, weights);
    if (budgetBroke) return void 0;
    let growth = 0;
    for (const bytes of weights.values()) growth += 3 * bytes;
    return memoryOf(proposal, first.start, first.end) + growth <= limit ? proposal : void 0;
  };
  const cascades = [];
  const stripes = /* @__PURE__ */ new Map();
  const weightBuffers = /* @__PURE__ */ new Map();
  for (const first of build(0, n - 1, (t) => minStripe[t])) {
    let weights;
    if (weightBuffer) {
      weights = /* @__PURE__ */ new Map();
      const minStripeOf = (t) => {
        const op = steps[t];
        const h = minStripe[t];
        return { h: Math.min(h, op.ofm.shape.h), ifmH: stripeInputRows(op, h), first: t === first.start };
      };
      let taken = 0;
      for (let t = first.start; t <= first.end; t++) {
        const prev = t > first.start ? minStripeOf(t - 1) : void 0;
        const bytes = weightBuffer(t, minStripeOf(t), prev, limit - first.bytes - taken);
        if (bytes > 0) weights.set(t, bytes);
        taken += bytes;
      }
    }
    const last = steps[first.end];
    const maxH = Math.floor((last.ofm.shape.h + 1) / 2);
    let best;
    let maxCount = 0;
    let proposals = 0;
    for (let h = roundAway(minStripe[first.end] + 1, last.upscale); h <= maxH; h += last.upscale) {
      if (++proposals > MAX_STRIPE_PROPOSALS) break;
      const s2 = new Array(first.end - first.start + 1);
      let stripe = h;
      for (let t = first.end; t >= first.start; t--) {
        const op = steps[t];
        stripe = canStripe(op) ? roundAway(stripe, op.upscale) : op.ofm.shape.h;
        s2[t - first.start] = stripe;
        stripe = Math.floor(stripe / op.upscale) * op.kernel.strideY;
      }
      const stripeOf = (t) => s2[t - first.start];
      let proposal;
      let kept = weights;
      if (weights?.size && weightBytes) {
        proposal = exactBuffers ? void 0 : looseProposal(first, weights, stripeOf);
        if (!proposal) kept = sizedFor(weights, stripeOf);
      }
      proposal ??= build(first.start, first.end, stripeOf, kept);
      if (maxCount === 0) maxCount = proposal.length;
      if (memoryOf(proposal, first.start, first.end) > limit || proposal.length > maxCount) break;
      best = { stripes: s2, cascades: proposal, weights: kept };
      if (proposal.length === 0) break;
    }
    if (best && weights?.size && weightBytes && best.weights === weights) {
      const chosenStripes = best.stripes;
      const stripeOf = (t) => chosenStripes[t - first.start];
      const kept = sizedFor(weights, stripeOf);
      best = { stripes: chosenStripes, cascades: build(first.start, first.end, stripeOf, kept), weights: kept };
    }
    const chosen = best ?? {
      stripes: Array.from({ length: first.end - first.start + 1 }, (_, i) => minStripe[first.start + i]),
      cascades: [first]
    };
    for (const c of chosen.cascades) {
      cascades.push(c);
      for (let t = c.start; t <= c.end; t++) {
        const kept = best?.weights?.get(t);
        if (kept) weightBuffers.set(t, kept);
        const op = steps[t];
        const h = chosen.stripes[t - first.start];
        stripes.set(t, {
          h: Math.min(h, op.ofm.shape.h),
          ifmH: stripeInputRows(op, h),
          first: t === c.start
        });
      }
    }
  }
  const rolling = /* @__PURE__ */ new Map();
  for (const c of cascades) c.buffers.forEach((bytes, i) => rolling.set(c.start + 1 + i, bytes));
  return { cascades, stripes, rolling, weightBuffers };
  function standalone(op) {
    return fullIfm(op) + fullOfm(op) + (op.ifm2 && !op.ifm2.buffer.constant ? allocationBytes(op.ifm2.buffer) : 0);
  }
}
function overwritesIfm(prod, into, out) {
  return into !== void 0 && isOneToOne(prod) && reusesIfm(prod) && into.rows === out.rows && into.w === out.w && into.c === out.c && into.bytes === out.bytes;
}
function reusesIfm(op) {
  const ifm = op.ifm.buffer;
  const ofm2 = op.ofm.buffer;
  return sameShapeAndType(ifm, ofm2) && allocationBytes(ifm) === allocationBytes(ofm2) && !ifm.external;
}

// src/perf/transfer.ts
function burstInflated(cores, isRead, mem, format, bits, block, shape, bytes) {
  let burstBits = 8;
  if (format === "NHCWB16") {
    const zStride = shape.w * bits * 16 / 8;
    if (zStride === block.c) burstBits = bits * block.w * block.c;
    else if (isRead) burstBits = 16 * bits * block.w;
    else burstBits = 16 * bits * block.w * cores;
  } else {
    const xStride = shape.c * bits / 8;
    if (isRead) {
      burstBits = xStride === block.c ? bits * block.w * block.c : bits * block.c;
    } else if (block.c <= 16 && xStride === block.c) {
      burstBits = bits * block.w * block.c;
    } else {
      burstBits = Math.min(64 * 8, 16 * bits * cores, block.c * bits);
    }
  }
  const burst = Math.max(1, Math.min(mem.burstLength, Math.trunc(burstBits / 8)));
  return Math.trunc(bytes * mem.burstLength / burst);
}
function channelBandwidth(npu, mem, channel) {
  if (npu.kind !== "u85") return mem.bandwidth;
  if (channel === 7 /* Write */) {
    return u85ChannelBandwidth(mem.bandwidth, mem.burstLength, mem.writeLatency, mem.maxWrites, mem.portsUsed);
  }
  const readBuffers = channel === 0 /* None */ ? void 0 : npu.channelReadBuffers[Math.max(channel - 1, 0)];
  return u85ChannelBandwidth(mem.bandwidth, mem.burstLength, mem.readLatency, mem.maxReads, mem.portsUsed, readBuffers);
}
function u85ChannelBandwidth(bandwidth, burstLength, latency, maxOutstanding, portsUsed, readBuffers) {
  const burstWords = Math.max(Math.trunc(burstLength / 16), 1);
  const readBufferLimit = readBuffers === void 0 ? Number.MAX_VALUE : readBuffers / burstWords;
  const util = Math.fround(Math.min(readBufferLimit, Math.fround(maxOutstanding * portsUsed * 0.8)));
  const bw = latency > 0 ? Math.fround(Math.fround(Math.fround(burstLength * util) / latency) * 0.8) : Number.MAX_VALUE;
  return Math.min(Math.fround(bandwidth), bw);
}
function memToMemCycles(npu, dst, src, bytes) {
  if (npu.kind === "u85") {
    const from2 = floatCycles(bytes, channelBandwidth(npu, src, 1 /* Mem2Mem */)) + src.readLatency;
    const to2 = floatCycles(bytes, channelBandwidth(npu, dst, 7 /* Write */)) + dst.writeLatency;
    return Math.max(from2, to2);
  }
  const from = floatCycles(bytes, src.bandwidth) + src.readLatency;
  const to = floatCycles(bytes, dst.bandwidth) + src.writeLatency;
  return Math.max(from, to);
}
function floatCycles(bytes, bandwidth) {
  return Math.trunc(Math.fround(Math.fround(bytes) / Math.fround(bandwidth)));
}
function minReadCycles(npu, mem, bytes, channel) {
  return Math.trunc(bytes / channelBandwidth(npu, mem, channel) + mem.readLatency);
}

// src/perf/cycles.ts
var HALF_RATE_TRANSPOSES = /* @__PURE__ */ new Set(["NWHC", "NWCH", "NCWH"]);
var minShape = (a, b) => ({
  h: Math.min(a.h, b.h),
  w: Math.min(a.w, b.w),
  c: Math.min(a.c, b.c)
});
var divUpShape = (a, b) => ({ h: divUp(a.h, b.h), w: divUp(a.w, b.w), c: divUp(a.c, b.c) });
var count = (s2) => s2.h * s2.w * s2.c;
var usesMacs = (q) => q.op.hw === "conv" || q.op.hw === "depthwise" || q.op.hw === "vector" || q.op.hw === "pool" || q.op.hw === "reducesum";
function ofmUBlockFor(q) {
  const ub = q.cfg.ofmUBlock;
  if (q.npu.kind === "u55" && ub.h === 2 && (q.op.hw === "conv" || q.op.hw === "vector") && q.op.ofm.shape.h === 1 && q.op.ofm.shape.w % 2 === 0 && q.op.kernel.h === 1) {
    return { h: 1, w: 4, c: ub.c };
  }
  return ub;
}
function ifmBlockCycles(q) {
  let worst = 0;
  const ins = [[storedShape(q.op.ifm), q.ifmMem, q.ifmFormat]];
  if (q.op.ifm2) ins.push([q.op.ifm2.shape, q.ifm2Mem ?? q.ifmMem, q.ifm2Format]);
  const bits = q.op.ifm.bits;
  for (const [shape, mem, format] of ins) {
    const bytes = Math.trunc(count(minShape(shape, q.cfg.ifmBlock)) * bits / 8);
    const tx = burstInflated(q.npu.cores, true, mem, format, bits, q.cfg.ifmBlock, shape, bytes);
    worst = Math.max(worst, mem.readLatency + floatCycles(tx, mem.bandwidth));
  }
  return worst;
}
function ofmBlockCycles(q) {
  const bits = q.chainLinkMem ? q.op.chainLinkBits ?? q.op.ofm.bits : q.op.ofm.bits;
  const ofmShape = costedOfmShape(q);
  const bytes = Math.trunc(count(minShape(ofmShape, q.cfg.ofmBlock)) * bits / 8);
  const mem = q.chainLinkMem ?? q.ofmMem;
  const format = q.chainLinkMem ? q.op.chainLinkLinear ? "NHWC" : "NHCWB16" : q.ofmFormat;
  const tx = burstInflated(q.npu.cores, false, mem, format, bits, q.cfg.ofmBlock, ofmShape, bytes);
  return mem.writeLatency + floatCycles(tx, mem.bandwidth);
}
function aoCyclesPerElement(q) {
  const { op, npu } = q;
  const ifmBits = op.ifm.bits;
  const ofmBits = op.ofm.bits;
  if (npu.kind === "u85") {
    const outputCost = (o, writesToCb, oBits) => {
      if (o.type === "Div") return 33;
      const iBits = o.ifm.bits;
      let idx2 = 0;
      if (writesToCb && (oBits === 32 || iBits === 32)) idx2 = 4;
      else if (oBits === 64) idx2 = 3;
      else if (o.hw === "elementwise" && o.ifm2 && iBits === 32) idx2 = oBits === 32 ? 5 : 4;
      else if (oBits === 32) idx2 = 2;
      else if (oBits === 16) idx2 = 1;
      if (o.type === "Transpose") return npu.activationCycles[HALF_RATE_TRANSPOSES.has(o.transpose ?? "") ? 1 : 0];
      if (o.fusedTranspose)
        return Math.max(
          npu.outputCycles[idx2],
          npu.activationCycles[HALF_RATE_TRANSPOSES.has(o.fusedTranspose) ? 1 : 0]
        );
      return npu.outputCycles[idx2];
    };
    const chain = op.chained ?? [];
    const activationOnly = op.hw === "pool" && op.activation === "lut" && !op.lutInActivation;
    const activationRate = npu.activationCycles[HALF_RATE_TRANSPOSES.has(op.fusedTranspose ?? "") ? 1 : 0];
    if (chain.length === 0 && activationOnly) return activationRate;
    if (chain.length === 0) return outputCost(op, false, op.lutInputBits ?? ofmBits);
    let total = activationOnly ? activationRate : outputCost(op, true, op.chainLinkBits ?? ofmBits);
    chain.forEach((c, i) => total += outputCost(c, i < chain.length - 1, c.ofm.bits));
    return total;
  }
  let idx = 7;
  if (op.hw === "elementwise" && ifmBits === 32) idx = op.ifm2 ? 1 : 0;
  else if (op.type === "Mul" && ofmBits === 32) idx = 2;
  else if (op.type === "Mul" || op.hw !== "elementwise" && q.cfg.wideAcc) idx = 3;
  else if (op.type === "Add" || op.type === "Sub") idx = 5;
  else if (op.type === "MaxPool") idx = 6;
  const act = op.activation === "relu" ? 1 : op.activation === "other" ? 2 : 0;
  return Math.max(npu.outputCycles[idx], npu.activationCycles[act]);
}
function macCyclesPerBlock(q) {
  const { op, npu, cfg } = q;
  const ifmBlock = minShape(op.ifm.shape, cfg.ifmBlock);
  const ofmBlock = minShape(costedOfmShape(q), cfg.ofmBlock);
  const ub = ofmUBlockFor(q);
  const ifmBits = op.ifm.bits;
  const nub = divUpShape(ofmBlock, ub);
  const nubWH = nub.h * nub.w;
  const cyclesWb = npu.kind === "u85" ? Math.trunc(32 * ub.c / (8 * npu.cores)) : 32 * ub.c / 8;
  const sub = op.hw === "vector" ? 1 : 8;
  const partKernel = op.hw === "conv" && cfg.traversal === "PartKernel";
  const fullW = Math.floor(op.kernel.w / sub);
  const fullH = Math.floor(op.kernel.h / sub);
  const lastW = op.kernel.w % sub;
  const lastH = op.kernel.h % sub;
  const delay = cfg.wideAcc && npu.macs <= 128 ? 3 : 2;
  let total = 0;
  for (let size = 0; size < 4; size++) {
    const many = (size & 2 ? lastW > 0 ? 1 : 0 : fullW) * (size & 1 ? lastH > 0 ? 1 : 0 : fullH);
    if (many === 0) continue;
    const k = (size & 2 ? lastW : sub) * (size & 1 ? lastH : sub);
    let steps;
    let cycles;
    if (op.hw === "pool") {
      steps = 1;
      cycles = Math.max(4, k) * count(nub) * (ifmBits / 2);
    } else if (op.hw === "depthwise") {
      steps = divUp(k, 4);
      cycles = Math.max(cyclesWb, 4 * nubWH * (ifmBits / 8)) * steps * nub.c;
    } else if (!partKernel) {
      steps = k;
      cycles = npu.kind === "u85" ? Math.max(cyclesWb, Math.trunc(ifmBlock.c / 8) * nubWH) * steps * nub.c * (ifmBits / 8) : Math.max(cyclesWb, 4 * nubWH) * steps * nub.c;
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
  if (op.hw === "conv" || op.hw === "vector" || op.hw === "reducesum") total *= divUp(op.ifm.shape.c, ifmBlock.c);
  if (npu.kind === "u55") total = Math.trunc(total / npu.cores);
  return total;
}
function macOpCycles(q) {
  const { op, cfg } = q;
  const ofmShape = costedOfmShape(q);
  const ofmBlock = minShape(ofmShape, cfg.ofmBlock);
  const ub = ofmUBlockFor(q);
  const ubPerBlock = count(divUpShape(ofmBlock, ub));
  const numBlocks = count(divUpShape(ofmShape, ub)) / ubPerBlock;
  const aoPerElem = aoCyclesPerElement(q);
  const aoCompute = Math.ceil(aoPerElem * count(ofmBlock));
  let biasCycles = 0;
  if ((op.hw === "conv" || op.hw === "depthwise" || op.hw === "vector") && op.weights) {
    const mem = q.weightStagingMem ?? q.constMem;
    if (mem) biasCycles = 10 * ofmBlock.c * mem.readLatency / 256;
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
  let total;
  if (bMac > bAo) total = Math.trunc(bMac * numBlocks) + (last ? bAo : 0);
  else total = bAo * numBlocks + bMac;
  total = Math.trunc(total) + (last ? ofmCycles : 0) + (first ? ifmCycles : 0);
  let macs = op.kernel.w * op.kernel.h * count(op.ofm.shape);
  if (op.hw !== "depthwise" && op.hw !== "pool") macs *= op.ifm.shape.c;
  if (q.sparse) macs = Math.trunc(macs / 2);
  return { cycles: total, macs };
}
function elementwiseCycles(q) {
  const s2 = costedOfmShape(q);
  const format = q.op.chained?.length ? q.op.chainLinkLinear ? "NHWC" : "NHCWB16" : q.ofmFormat;
  const elements2 = format === "NHCWB16" ? s2.h * s2.w * roundUp(s2.c, 16) : count(s2);
  const aoPerElem = aoCyclesPerElement(q);
  const ao = Math.ceil(aoPerElem * elements2);
  const blockCycles = Math.max(ofmBlockCycles(q), ifmBlockCycles(q));
  const cmd = Math.ceil((blockCycles / count(q.cfg.ofmBlock) + aoPerElem) / 4 * elements2);
  return { cycles: Math.max(ao, cmd), macs: 0 };
}
function measureCycles(q) {
  switch (q.op.hw) {
    case "dma":
      return { cycles: 0, macs: 0 };
    case "resize":
      return q.npu.kind === "u85" ? { cycles: 0, macs: 0 } : macOpCycles(q);
    case "elementwise":
      return elementwiseCycles(q);
    case "transpose": {
      const bytes = elementBytes(q, elementAccess(q));
      const from = floatCycles(bytes.ifmRead[0], q.ifmMem.bandwidth) + q.ifmMem.readLatency;
      const to = floatCycles(bytes.ofmWrite, q.ofmMem.bandwidth) + q.ofmMem.writeLatency;
      return { cycles: Math.max(from, to), macs: 0 };
    }
    default: {
      if (q.op.type === "MatMul" && q.op.ifm2) {
        return macOpCycles(q);
      }
      return macOpCycles(q);
    }
  }
}
var storedDepth = (c, f) => f === "NHCWB16" ? roundUp(c, 16) : c;
var storedCount = (s2, f) => s2.h * s2.w * storedDepth(s2.c, f);
function elementAccess(q) {
  const { op, cfg } = q;
  const a = { ifmRead: [0, 0], ofmWrite: 0, weightRead: 0, scaleRead: 0, weightsRefetch: 1 };
  if (usesMacs(q) || op.hw === "resize" && q.npu.kind === "u55") {
    const ifmBlock = minShape(storedShape(op.ifm), cfg.ifmBlock);
    const ofmShape = costedOfmShape(q);
    const ofmBlock = minShape(ofmShape, cfg.ofmBlock);
    let blocks = divUpShape(ofmShape, ofmBlock);
    let ofmBlockDepth = ofmBlock.c;
    if (op.hw === "depthwise" || op.hw === "pool") {
      blocks = { ...blocks, c: 1 };
      ofmBlockDepth = op.ifm.shape.c;
    }
    const sub = op.hw === "vector" ? 1 : 8;
    const subkernels = divUp(op.kernel.w, sub) * divUp(op.kernel.h, sub);
    const ifmFetch = ifmBlock.h * ifmBlock.w * storedDepth(op.ifm.shape.c, q.ifmFormat);
    a.ifmRead[0] = ifmFetch * subkernels * count(blocks);
    if (op.hw !== "pool" && op.hw !== "reducesum") {
      let kernelRead = op.kernel.w * op.kernel.h;
      if (op.hw !== "depthwise") kernelRead *= op.ifm.shape.c;
      a.weightRead = kernelRead * ofmBlockDepth * count(blocks);
      a.scaleRead = op.ofm.shape.c;
      a.weightsRefetch = blocks.h * blocks.w;
    }
  } else if (op.hw === "elementwise") {
    const ifm1 = op.ifm.shape;
    const ifm2 = op.ifm2?.shape;
    if (q.npu.kind === "u85") {
      const shapes = [op.ifm.extent ?? ifm1, op.ifm2?.extent ?? ifm2];
      let encodedScalar = false;
      shapes.forEach((s2, i) => {
        if (!s2) return;
        if (count(s2) > 1 || encodedScalar) a.ifmRead[i] = storedCount(s2, q.ifmFormat);
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
  } else if (op.hw === "resize") {
    a.ifmRead[0] = storedCount(op.ifm.shape, q.ifmFormat);
  } else if (op.hw === "dma") {
    const idx = op.ifm2 ? storedCount(op.ifm2.shape, q.ifmFormat) : count(op.ifm.shape);
    a.ifmRead[0] = idx;
    a.ifmRead[1] = idx;
  } else {
    a.ifmRead[0] = count(op.ifm.shape);
  }
  a.ofmWrite = storedCount(writeBurstShape(q), q.ofmFormat);
  return a;
}
function writtenShape(q) {
  const op = q.op;
  const writer = op.chained?.length ? op.chained[op.chained.length - 1] : op;
  const own = writer.elementwiseLike && !writer.packedActivation;
  const whole = q.npu.kind === "u85" && writer.writesInPlace && writer.activation !== "none" && !own;
  return whole ? op.ofm.buffer.shape : op.ofm.shape;
}
function writeBurstShape(q) {
  return transposedShape(writtenShape(q), q.op.fusedTranspose);
}
function costedOfmShape(q) {
  return q.npu.kind === "u85" && !q.ofmCosted ? transposedShape(q.op.ofm.shape, q.op.fusedTranspose) : q.op.ofm.shape;
}
function chainWritesOutput(op) {
  const chain = op.chained ?? [];
  const last = chain[chain.length - 1];
  if (!last) return true;
  const link = chain.length > 1 ? chain[chain.length - 2].ofm.buffer.key : op.chainLinkKey;
  const readsAnother = [last.ifm, last.ifm2].some((r) => !!r && r.buffer.key !== link);
  return !readsAnother || last.activation !== "none";
}
function elementBytes(q, a) {
  const cores = q.npu.cores;
  const r = { ...a, ifmRead: [0, 0] };
  r.ifmRead[0] = burstInflated(
    cores,
    true,
    q.ifmMem,
    q.ifmFormat,
    q.op.ifm.bits,
    q.cfg.ifmBlock,
    q.op.ifm.shape,
    a.ifmRead[0]
  );
  if (q.op.ifm2) {
    r.ifmRead[1] = burstInflated(
      cores,
      true,
      q.ifm2Mem ?? q.ifmMem,
      q.ifm2Format,
      q.npu.kind === "u85" ? q.op.ifm2.bits : q.op.ifm.bits,
      q.cfg.ifmBlock,
      q.op.ifm2.shape,
      a.ifmRead[1]
    );
  }
  const burstShape = writeBurstShape(q);
  r.ofmWrite = q.op.chained?.length && !chainWritesOutput(q.op) ? 0 : burstInflated(cores, false, q.ofmMem, q.ofmFormat, q.op.ofm.bits, q.cfg.ofmBlock, burstShape, a.ofmWrite);
  r.weightRead = 0;
  r.scaleRead = 0;
  if (q.encodedWeightSize) {
    r.weightRead = a.weightsRefetch * q.encodedWeightSize;
    r.scaleRead = a.weightsRefetch * q.encodedScaleSize;
    r.weightsRefetch = 1;
  }
  return r;
}
function extraIfmBytes(q, fm2, mem, format) {
  const s2 = fm2.extent ?? fm2.shape;
  const elements2 = format === "NHCWB16" ? s2.h * s2.w * roundUp(s2.c, 16) : count(s2);
  if (elements2 <= 1) return 0;
  return burstInflated(q.npu.cores, true, mem, format, fm2.bits, q.cfg.ifmBlock, s2, elements2);
}
function accessCycles(q, b) {
  const bytes = /* @__PURE__ */ new Map();
  const add = (mem, ch, g, n) => {
    let m = bytes.get(mem);
    if (!m) bytes.set(mem, m = /* @__PURE__ */ new Map());
    let c = m.get(ch);
    if (!c) m.set(ch, c = /* @__PURE__ */ new Map());
    c.set(g, (c.get(g) ?? 0) + n);
  };
  const stream = q.op.hw === "elementwise" || q.op.hw === "resize";
  add(q.ifmMem, stream ? 2 /* IfmStream */ : 5 /* Ifm */, "fm", b.ifmRead[0]);
  if (q.op.ifm2) add(q.ifm2Mem ?? q.ifmMem, q.op.hw === "dma" ? 5 /* Ifm */ : 2 /* IfmStream */, "fm", b.ifmRead[1]);
  add(q.ofmMem, 7 /* Write */, "fm", b.ofmWrite);
  for (const x of q.extraIfms ?? []) add(x.mem, 2 /* IfmStream */, "fm", x.bytes);
  if (q.constMem && q.op.weights) {
    if (q.weightStagingMem) {
      const rest = Math.max(q.encodedWeightSize - q.firstWeightDmaSize, 0);
      add(q.constMem, 1 /* Mem2Mem */, "w", rest);
      add(q.weightStagingMem, 7 /* Write */, "w", rest);
      add(q.weightStagingMem, 3 /* Weight */, "w", b.weightRead);
    } else {
      add(q.constMem, 3 /* Weight */, "w", b.weightRead);
    }
    add(q.constMem, 6 /* Scale */, "s", b.scaleRead);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [mem, channels] of bytes) {
    let total = 0;
    let maxChannel = 0;
    for (const [ch, groups] of channels) {
      let chCycles = 0;
      for (const n of groups.values()) {
        total += n;
        if (q.npu.kind === "u85") chCycles += floatCycles(n, channelBandwidth(q.npu, mem, ch));
      }
      maxChannel = Math.max(maxChannel, chCycles);
    }
    out.set(mem, Math.max(floatCycles(total, mem.bandwidth), maxChannel));
  }
  return out;
}

// src/perf/weight-estimate.ts
var CHUNK = 128 * 1024;
function streamBits(folded, length) {
  let bits = 0;
  for (let start = 0; start < length; start += CHUNK) {
    const end = Math.min(length, start + CHUNK);
    const freq = /* @__PURE__ */ new Map();
    for (let i = start; i < end; i++) freq.set(folded[i], (freq.get(folded[i]) ?? 0) + 1);
    const ranked = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const n = end - start;
    const usePalette = ranked.length <= 32;
    const rank = /* @__PURE__ */ new Map();
    ranked.forEach(([v], i) => rank.set(v, i));
    let best = Infinity;
    for (let div = 0; div <= 5; div++) {
      let cost = 0;
      for (let i = start; i < end; i++) {
        const u = usePalette ? rank.get(folded[i]) ?? 0 : folded[i];
        cost += (u >> div) + 1 + div;
      }
      best = Math.min(best, cost);
    }
    if (usePalette) {
      const palBits = Math.max(2, Math.ceil(Math.log2(Math.max(...ranked.map(([v]) => v)) + 1)));
      best = Math.min(best, n * Math.max(1, Math.ceil(Math.log2(ranked.length))));
      bits += 13 + ranked.length * palBits;
    }
    bits += best + 23;
  }
  return bits;
}
function estimateEncodedWeights(input2) {
  const { values, count: count2, zeroPoints: zeroPoints2, channels, streams, depthwise } = input2;
  const nStreams = Math.max(1, streams);
  if (!values || values.length < count2) {
    return Math.ceil(count2 * 1 / 16) * 16 + nStreams * 16;
  }
  const perChannel = Math.max(1, Math.floor(count2 / Math.max(channels, 1)));
  const buffers = Array.from({ length: nStreams }, () => new Uint16Array(Math.ceil(count2 / nStreams) + perChannel));
  const lengths = new Array(nStreams).fill(0);
  for (let i = 0; i < count2; i++) {
    const ch = depthwise ? i % Math.max(channels, 1) : Math.floor(i / perChannel);
    const zp = zeroPoints2.length > 1 ? zeroPoints2[ch] ?? 0 : zeroPoints2[0] ?? 0;
    const v = values[i] - zp;
    const folded = Math.abs(v) << 1 | (v < 0 ? 1 : 0);
    const s2 = ch % nStreams;
    const buf = buffers[s2];
    if (lengths[s2] < buf.length) buf[lengths[s2]++] = folded;
  }
  let total = 0;
  for (let s2 = 0; s2 < nStreams; s2++) {
    if (lengths[s2] === 0) continue;
    const bytes = Math.ceil(streamBits(buffers[s2], lengths[s2]) / 8) + 1;
    total += Math.ceil(bytes / 16) * 16;
  }
  return total;
}

// src/perf/lower/limits.ts
var MAX_INTERNAL_OPS = 2e5;
var MAX_LSTM_STEPS = 8192;
var PerfLimitError = class extends Error {
  code;
  constructor(message, code = "too-large") {
    super(message);
    this.name = "PerfLimitError";
    this.code = code;
  }
};

// src/perf/lower/context.ts
var BITS = {
  int8: 8,
  uint8: 8,
  bool: 8,
  int16: 16,
  uint16: 16,
  float16: 16,
  bfloat16: 16,
  int32: 32,
  uint32: 32,
  float32: 32,
  int64: 64,
  uint64: 64,
  float64: 64,
  // A complex number is two floats (CPU operators such as RFFT2D write them; their maps take arena space too).
  complex64: 64,
  complex128: 128,
  int4: 8
};
var bitsOf = (t) => BITS[t.dtype] ?? 8;
function toShape3(dims) {
  const d = dims.map((x) => x > 0 ? x : 1);
  if (d.length === 0) return { h: 1, w: 1, c: 1 };
  if (d.length === 1) return { h: 1, w: 1, c: d[0] };
  if (d.length === 2) return { h: 1, w: d[0], c: d[1] };
  const c = d[d.length - 1];
  const w = d[d.length - 2];
  const h = d.slice(0, d.length - 2).reduce((a, x) => a * x, 1);
  return { h, w, c };
}
var RELU_FAMILY = /* @__PURE__ */ new Set(["RELU", "RELU6", "RELU_N1_TO_1", "RELU_0_TO_1"]);
var LUT_ACTIVATIONS = /* @__PURE__ */ new Set(["LOGISTIC", "TANH", "EXP", "LOG", "HARD_SWISH", "RSQRT", "GELU", "LEAKY_RELU"]);
var RESHAPES2 = /* @__PURE__ */ new Set(["RESHAPE", "SQUEEZE", "EXPAND_DIMS"]);
var BINARY_ELEMENTWISE2 = {
  ADD: "Add",
  SUB: "Sub",
  MUL: "Mul",
  MAXIMUM: "Maximum",
  MINIMUM: "Minimum",
  DIV: "Div",
  EQUAL: "Equal",
  NOT_EQUAL: "NotEqual",
  GREATER: "Greater",
  GREATER_EQUAL: "GreaterEqual",
  LESS: "Less",
  LESS_EQUAL: "LessEqual",
  LOGICAL_AND: "LogicalAnd",
  LOGICAL_OR: "LogicalOr",
  SELECT: "Select",
  SELECT_V2: "Select"
};
function fusedActivation2(op) {
  const f = op.options?.fusedActivationFunction;
  if (typeof f !== "number" || f === 0) return "none";
  if (f === 1 || f === 2 || f === 3) return "relu";
  if (f === 4) return "lut";
  return "other";
}
function num2(v, dflt) {
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? v : dflt;
}
function bufferKey(ctx, tensorIndex) {
  return ctx.alias.get(tensorIndex) ?? `${ctx.sg.index}:${tensorIndex}`;
}
function writerOf(ctx, tensorIndex) {
  return ctx.sg.operators.find((o) => o.outputs.includes(tensorIndex));
}
function bufferFor(ctx, tensorIndex) {
  const key = bufferKey(ctx, tensorIndex);
  let b = ctx.buffers.get(key);
  if (!b) {
    const t = ctx.sg.tensors[tensorIndex];
    const shape = toShape3(t?.shape ?? []);
    b = {
      key,
      elements: shape.h * shape.w * shape.c,
      bits: t ? bitsOf(t) : 8,
      linear: false,
      external: false,
      isInput: false,
      isOutput: false,
      shape,
      dims: t?.shape,
      constant: isConstant(ctx, tensorIndex)
    };
    if (b.constant && t) b.storage = modelConstantStorage(ctx, t.buffer);
    if (t?.isVariable) b.persistent = true;
    if (b.constant) b.linear = true;
    ctx.buffers.set(key, b);
  }
  return b;
}
function fm(ctx, tensorIndex) {
  const t = ctx.sg.tensors[tensorIndex];
  const shape = toShape3(t?.shape ?? []);
  const buffer = bufferFor(ctx, tensorIndex);
  return { buffer, shape, bits: t ? bitsOf(t) : 8 };
}
function tempFm(ctx, shape, bits) {
  const key = `tmp${ctx.tmpCount++}`;
  const buffer = {
    key,
    elements: shape.h * shape.w * shape.c,
    bits,
    linear: false,
    external: false,
    isInput: false,
    isOutput: false,
    shape,
    constant: false
  };
  ctx.buffers.set(key, buffer);
  return { buffer, shape, bits };
}
var CONTENT_KEY_BYTES = 64;
function modelConstantStorage(ctx, bufferIndex) {
  const buffer = ctx.model.buffers[bufferIndex];
  const bytes = buffer?.size ?? 0;
  const data = bytes <= CONTENT_KEY_BYTES ? buffer?.data : void 0;
  return { key: data ? `bytes:${Array.from(data).join(",")}` : `buffer:${bufferIndex}`, bytes };
}
var constantContent = (bits, values, count2 = 1) => `gen:${bits}:${count2}:${values}`;
function quantKey(ctx, tensorIndex) {
  const t = ctx.sg.tensors[tensorIndex];
  const q = t?.quantization;
  return `${t?.dtype ?? "-"}:${q?.scale[0] ?? "-"}:${q?.zeroPoint[0] ?? "-"}`;
}
var LUT8_FUNCTIONS = {
  LOGISTIC: (x) => x <= -8 ? 0 : x >= 8 ? 1 : 1 / (1 + Math.exp(-x)),
  TANH: Math.tanh
};
function lut8Values(ctx, kind, inT, outT) {
  const fn = LUT8_FUNCTIONS[kind];
  const a = ctx.sg.tensors[inT];
  const b = ctx.sg.tensors[outT];
  if (!fn || !a || !b || a.dtype !== b.dtype || a.dtype !== "int8" && a.dtype !== "uint8") return void 0;
  const inScale = a.quantization?.scale[0];
  const outScale = b.quantization?.scale[0];
  if (!inScale || !outScale) return void 0;
  const inZp = a.quantization?.zeroPoint[0] ?? 0;
  const outZp = b.quantization?.zeroPoint[0] ?? 0;
  const [lo, hi] = a.dtype === "int8" ? [-128, 127] : [0, 255];
  const values = [];
  for (let x = lo; x <= hi; x++) {
    values.push(Math.min(hi, Math.max(lo, Math.round(outZp + fn(inScale * (x - inZp)) / outScale))));
  }
  return values.join(",");
}
var lutKeys = /* @__PURE__ */ new Map();
function lutTensor(ctx, kind, inT, outT, bytes) {
  const byQuant = `lut:${kind}:${quantKey(ctx, inT)}:${quantKey(ctx, outT)}:${bytes}`;
  let key = lutKeys.get(byQuant);
  if (key === void 0) {
    const values = bytes === 256 ? lut8Values(ctx, kind, inT, outT) : void 0;
    key = values ? `lut8:${ctx.sg.tensors[inT]?.dtype}:${values}` : byQuant;
    if (lutKeys.size >= 4096) lutKeys.clear();
    lutKeys.set(byQuant, key);
  }
  return { key, bytes };
}
function isConstant(ctx, tensorIndex) {
  const t = ctx.sg.tensors[tensorIndex];
  if (!t) return false;
  const b = ctx.model.buffers[t.buffer];
  return !!b && b.size > 0;
}
function weightValues(buf, unsigned, depthwiseShape, count2) {
  const raw = buf.data ?? new Uint8Array(0);
  const data = unsigned ? raw : new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  if (!depthwiseShape) return data;
  const [, kh, kw, c] = depthwiseShape;
  const out = unsigned ? new Uint8Array(count2) : new Int8Array(count2);
  for (let y = 0; y < kh; y++)
    for (let x = 0; x < kw; x++) for (let o = 0; o < c; o++) out[o * kh * kw + y * kw + x] = data[(y * kw + x) * c + o];
  return out;
}
function weightInfo(ctx, tensorIndex, channels, depthwise, kind) {
  const t = ctx.sg.tensors[tensorIndex];
  if (!t) return void 0;
  const key = `${ctx.sg.index}:w${t.buffer}`;
  const known = ctx.weights.get(key);
  if (known) return known;
  const buf = ctx.model.buffers[t.buffer];
  const count2 = t.shape.reduce((a, d) => a * Math.max(d, 1), 1);
  const bytesPer = bitsOf(t) / 8;
  const originalBytes = Math.ceil(count2 * bytesPer / 16) * 16;
  const zeroPoints2 = t.quantization?.zeroPoint ?? [0];
  const exactLater = !!buf && bytesPer === 1 && buf.size >= count2 && count2 > 0;
  const info = {
    key,
    originalBytes,
    encodedBytes: 0,
    scaleBytes: 0,
    channels,
    estimateFrom: exactLater ? void 0 : { count: count2, zeroPoints: zeroPoints2, depthwise }
  };
  setCoreDependentSizes(info, ctx.family, ctx.cores);
  if (buf && exactLater) {
    const sh = t.shape;
    const shape = sh.length === 4 ? [sh[0], sh[1], sh[2], sh[3]] : [sh[0] ?? 1, 1, 1, sh.slice(1).reduce((a, d) => a * d, 1)];
    const asConv = kind === "conv" && sh.length === 4 && sh[0] === 1 && sh[3] === channels && channels > 1;
    if (asConv) {
      shape[0] = sh[3];
      shape[3] = 1;
    }
    const unsigned = t.dtype === "uint8";
    info.source = {
      get data() {
        return weightValues(buf, unsigned, asConv ? sh : null, count2);
      },
      count: count2,
      shape,
      zeroPoints: [...zeroPoints2],
      kind,
      identity: buf
    };
  }
  ctx.weights.set(key, info);
  return info;
}
function setCoreDependentSizes(w, family, cores) {
  const streams = family === "u85" ? 1 : Math.min(w.channels, cores);
  w.scaleBytes = scaleBytes(w.channels, streams, family);
  const e = w.estimateFrom;
  w.encodedBytes = e ? estimateEncodedWeights({ values: void 0, ...e, channels: w.channels, streams }) : 0;
}
function scaleBytes(channels, streams, family) {
  if (family === "u85") return Math.ceil(channels * 10 / 16) * 16;
  let total = 0;
  for (let s2 = 0; s2 < streams; s2++) {
    const n = Math.ceil((channels - s2) / streams);
    total += Math.ceil(n * 10 / 16) * 16;
  }
  return total;
}
function refuseBeyondOpLimit(ctx, op, more) {
  if (ctx.ops.length + more > MAX_INTERNAL_OPS) {
    throw new PerfLimitError(
      `operator ${op.index} (${op.type}) takes the model past ${MAX_INTERNAL_OPS} internal operations; its shapes are too large to estimate`
    );
  }
}
function push(ctx, op, type, hw, ifm, ofm2, extra = {}) {
  const iop = internalOp(ctx, op, type, hw, ifm, ofm2, extra);
  refuseBeyondOpLimit(ctx, op, 1);
  ctx.ops.push(iop);
  return iop;
}
function internalOp(ctx, op, type, hw, ifm, ofm2, extra = {}) {
  const iop = {
    subgraph: ctx.sg.index,
    sourceIndex: op.index,
    type,
    hw,
    ifm,
    ofm: ofm2,
    kernel: UNIT_KERNEL,
    activation: "none",
    scaled: true,
    lutBytes: 0,
    upscale: 1,
    ...extra
  };
  for (const fm2 of [iop.ifm, iop.ofm, iop.ifm2]) {
    if (fm2 && !validShape(fm2.shape)) {
      throw new PerfLimitError(
        `operator ${op.index} (${op.type}) has a feature map of ${fm2.shape.h}x${fm2.shape.w}x${fm2.shape.c}: an empty, negative or non-finite dimension`,
        "bad-shape"
      );
    }
  }
  return iop;
}
function resetKernel(kernel2, ofmShape) {
  const dims = ofmShape ?? [];
  const h = dims.length >= 3 ? dims[dims.length - 3] : 1;
  const w = dims.length >= 2 ? dims[dims.length - 2] : 1;
  if (w === 1) kernel2.strideX = 1;
  if (h === 1) kernel2.strideY = 1;
  if (kernel2.w === 1) kernel2.dilationX = 1;
  if (kernel2.h === 1) kernel2.dilationY = 1;
}
function constantInts(ctx, tensorIndex, wide = false) {
  const t = ctx.sg.tensors[tensorIndex];
  const data = t ? ctx.model.buffers[t.buffer]?.data : void 0;
  if (!t || !data || t.dtype !== "int32" && !(wide && t.dtype === "int64")) return void 0;
  const step = t.dtype === "int64" ? 8 : 4;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out = [];
  for (let i = 0; i + step <= data.byteLength; i += step) out.push(view.getInt32(i, true));
  return out;
}
var lutBytesFor = (bits, type = "", family = "u55") => bits === 16 ? family !== "u85" && (type === "LOGISTIC" || type === "TANH") ? 0 : 2048 : 256;
var elementsOfShape = (s2) => s2.h * s2.w * s2.c;
var validShape = (s2) => s2.h >= 1 && s2.w >= 1 && s2.c >= 1 && Number.isFinite(s2.h * s2.w * s2.c);
function constantFm(ctx, key, shape, bits, content) {
  const buffer = {
    key: `${ctx.sg.index}:${key}`,
    elements: shape.h * shape.w * shape.c,
    bits,
    linear: true,
    external: false,
    isInput: false,
    isOutput: false,
    shape,
    constant: true,
    storage: {
      key: content ?? `${ctx.sg.index}:${key}`,
      bytes: Math.ceil(shape.h * shape.w * shape.c * bits / 8)
    }
  };
  return { buffer, shape, bits };
}
var scalarFm = (ctx, key, bits, value) => constantFm(ctx, key, UNIT_SHAPE, bits, value === void 0 ? void 0 : constantContent(bits, String(value)));
var UNIT_SHAPE = { h: 1, w: 1, c: 1 };
function batchOf(ctx, tensorIndex) {
  const dims = ctx.sg.tensors[tensorIndex]?.shape ?? [];
  let batch = 1;
  for (let i = 0; i < dims.length - 3; i++) batch *= dims[i];
  return batch;
}
function sameQuantization(ctx, a, b) {
  const qa = ctx.sg.tensors[a]?.quantization;
  const qb = ctx.sg.tensors[b]?.quantization;
  if (!qa || !qb) return !qa && !qb;
  const eq = (x, y) => x.length === y.length && x.every((v, i) => v === y[i]);
  return eq(qa.scale, qb.scale) && eq(qa.zeroPoint, qb.zeroPoint);
}
var sameShape = (a, b) => a.h === b.h && a.w === b.w && a.c === b.c;
function uniformConstant(ctx, tensorIndex) {
  const t = ctx.sg.tensors[tensorIndex];
  const data = t ? ctx.model.buffers[t.buffer]?.data : void 0;
  if (!t || !data || data.length === 0 || t.dtype !== "int8" && t.dtype !== "uint8") return void 0;
  for (let i = 1; i < data.length; i++) if (data[i] !== data[0]) return void 0;
  const raw = t.dtype === "int8" ? data[0] << 24 >> 24 : data[0];
  return (raw - (t.quantization?.zeroPoint?.[0] ?? 0)) * (t.quantization?.scale?.[0] ?? 1);
}
function maxConstantValue(ctx, tensorIndex) {
  const t = ctx.sg.tensors[tensorIndex];
  const data = t ? ctx.model.buffers[t.buffer]?.data : void 0;
  if (!t || !data || t.dtype !== "int8" && t.dtype !== "uint8") return Infinity;
  const q = t.quantization;
  const scales = q?.scale ?? [1];
  const zps = q?.zeroPoint ?? [0];
  const c = t.shape[t.shape.length - 1] ?? 1;
  let max = -Infinity;
  for (let i = 0; i < data.length; i++) {
    const raw = t.dtype === "int8" ? data[i] << 24 >> 24 : data[i];
    const ch = scales.length > 1 ? i % c : 0;
    max = Math.max(max, (raw - (zps[ch] ?? zps[0] ?? 0)) * (scales[ch] ?? scales[0] ?? 1));
  }
  return max;
}
var SLICING = /* @__PURE__ */ new Set(["SLICE", "STRIDED_SLICE", "SPLIT", "SPLIT_V", "UNPACK"]);
var GRAPH_BOUNDARY = -1;
function cpuReadBuffer(model, sg, graph, tensorIndex) {
  return graph.copiedFor?.get(tensorIndex) ?? cpuBuffer(model, sg, graph, tensorIndex);
}
function cpuBuffer(model, sg, graph, tensorIndex) {
  const key = graph.keyOf(tensorIndex);
  const known = graph.buffers.get(key);
  if (known) return known;
  const t = sg.tensors[tensorIndex];
  if (!t) return void 0;
  const b = model.buffers[t.buffer];
  if (b && b.size > 0) return void 0;
  const shape = toShape3(t.shape);
  if (!validShape(shape)) {
    throw new PerfLimitError(
      `tensor ${tensorIndex} of a CPU operator has ${t.shape.length} dimensions whose product is not a finite size`,
      "bad-shape"
    );
  }
  if (t.shape.length === 0) shape.c = 0;
  const buffer = {
    key,
    elements: shape.h * shape.w * shape.c,
    bits: bitsOf(t),
    linear: true,
    external: sg.inputs.includes(tensorIndex) || sg.outputs.includes(tensorIndex),
    isInput: sg.inputs.includes(tensorIndex),
    isOutput: sg.outputs.includes(tensorIndex),
    shape,
    constant: false
  };
  graph.buffers.set(key, buffer);
  return buffer;
}

// src/perf/lower/elementwise.ts
function broadcastBoth(ctx, op, a, b, ofm2) {
  const full = (f) => f.shape.h === ofm2.shape.h && f.shape.w === ofm2.shape.w && f.shape.c === ofm2.shape.c;
  if (full(a) || full(b)) return a;
  const zeros = constantFm(
    ctx,
    `broadcast-zeros-${op.index}`,
    ofm2.shape,
    a.bits,
    constantContent(a.bits, "0", ofm2.shape.h * ofm2.shape.w * ofm2.shape.c)
  );
  const broadcast = tempFm(ctx, ofm2.shape, a.bits);
  push(ctx, op, "Add", "elementwise", zeros, broadcast, { ifm2: a });
  return broadcast;
}
function soleProducer(ctx, op) {
  const inT = op.inputs[0] ?? -1;
  const prev = lastWriterOf(ctx, bufferKey(ctx, inT));
  if (!prev || prev.subgraph !== ctx.sg.index || prev.ofm.buffer.key !== bufferKey(ctx, inT)) return void 0;
  if ((ctx.readers.get(inT) ?? 0) !== 1 || ctx.sg.outputs.includes(inT)) return void 0;
  if (ctx.ops.some((o) => o !== prev && o.ofm.buffer === prev.ofm.buffer)) return void 0;
  return prev;
}
function lastWriterOf(ctx, key) {
  const last = ctx.ops[ctx.ops.length - 1];
  if (!last || last.ofm.buffer.key === key || ctx.sg.operators[last.sourceIndex]?.type !== "SPLIT") return last;
  for (let k = ctx.ops.length - 2; k >= 0 && ctx.ops[k].sourceIndex === last.sourceIndex; k--) {
    if (ctx.ops[k].ofm.buffer.key === key) return ctx.ops[k];
  }
  return last;
}
function tryFuseActivation(ctx, op) {
  const kind = RELU_FAMILY.has(op.type) ? "relu" : LUT_ACTIVATIONS.has(op.type) ? "lut" : null;
  if (!kind) return false;
  const inT = op.inputs[0] ?? -1;
  if (kind === "lut" && (ctx.sg.tensors[inT]?.dtype ?? "int8") === "int16") return false;
  const through = wholeSpanSliceBefore(ctx, op);
  const prev = through ? through.producer : soleProducer(ctx, op);
  if (!prev) return false;
  if (ctx.family === "u85" && kind === "lut" && prev.fusedTranspose && prev.activation !== "none") {
    return !through && fuseLutAfterTranspose(ctx, op, prev);
  }
  const source = ctx.sg.operators[prev.sourceIndex];
  if (source && fusedActivation2(source) !== "none") return false;
  const multiplierParts = source?.type === "DEPTHWISE_CONV_2D" && prev.type === "Transpose";
  const transposeTakes = ctx.family !== "u85" && prev.type === "Transpose" && prev.ofm.bits === 8;
  if (prev.activation !== "none" || prev.hw === "transpose" && !multiplierParts && !transposeTakes) return false;
  if (prev.hw === "dma") return false;
  const readShape = toShape3(ctx.sg.tensors[inT]?.shape ?? []);
  const sliceCopy = SLICING.has(source?.type ?? "") && prev.type !== "Transpose";
  if (sliceCopy && sameShape(readShape, prev.ofm.shape)) return false;
  if (kind === "relu" && !sameQuantization(ctx, inT, op.outputs[0] ?? -1)) return false;
  if (!!ctx.sg.tensors[op.outputs[0] ?? -1]?.isVariable !== !!prev.ofm.buffer.persistent) return false;
  const ofm2 = fm(ctx, op.outputs[0]);
  if (through) {
    if (multiplierParts) return false;
    ctx.ops = ctx.ops.filter((o) => o !== through.copy);
    ctx.buffers.delete(through.copy.ofm.buffer.key);
  }
  if (multiplierParts) {
    if (prev.ofm.bits === 16 && ctx.family !== "u85") return false;
    ctx.buffers.delete(prev.ofm.buffer.key);
    if (prev.hw === "transpose") ofm2.buffer.linear = true;
    prev.ofm = { ...ofm2, shape: prev.ofm.shape };
    return true;
  }
  ctx.buffers.delete(prev.ofm.buffer.key);
  if (transposeTakes) ofm2.buffer.linear = true;
  prev.ofm = { ...ofm2, shape: prev.ofm.shape };
  prev.activation = kind;
  prev.packedActivation = true;
  if (kind === "lut") {
    packLutTable(ctx, op, prev);
    prev.activationSource = op.index;
    const [mine, its] = [prev.ofm.shape, ofm2.shape];
    if (!prev.fusedTranspose && !sameShape(mine, its) && elementsOfShape(mine) === elementsOfShape(its))
      prev.activationReshaped = true;
  }
  return true;
}
function wholeSpanSliceBefore(ctx, op) {
  const inT = op.inputs[0] ?? -1;
  const slice = writerOf(ctx, inT);
  if (slice?.type !== "STRIDED_SLICE" || !ctx.npu.has(slice.index)) return void 0;
  if ((ctx.readers.get(inT) ?? 0) !== 1 || ctx.sg.outputs.includes(inT)) return void 0;
  const copy = ctx.ops[ctx.ops.length - 1];
  const producer = ctx.ops[ctx.ops.length - 2];
  if (!copy || !producer || copy.sourceIndex !== slice.index || copy.type !== "MemoryCopy") return void 0;
  const src = slice.inputs[0] ?? -1;
  if (!spansWhole(ctx, slice)) return void 0;
  if (producer.ofm.buffer.key !== bufferKey(ctx, src) || producer.subgraph !== ctx.sg.index) return void 0;
  if ((ctx.readers.get(src) ?? 0) !== 1 || ctx.sg.outputs.includes(src)) return void 0;
  if (ctx.ops.some((o) => o !== producer && o.ofm.buffer === producer.ofm.buffer)) return void 0;
  return { copy, producer };
}
function spansWhole(ctx, slice) {
  const dims = ctx.sg.tensors[slice.inputs[0] ?? -1]?.shape ?? [];
  const begin = constantInts(ctx, slice.inputs[1] ?? -1);
  const end = constantInts(ctx, slice.inputs[2] ?? -1);
  const strides = constantInts(ctx, slice.inputs[3] ?? -1);
  const o = slice.options ?? {};
  const mask = (k) => typeof o[k] === "number" ? o[k] : 0;
  if (!begin || !end || !strides || strides.length !== dims.length || begin.length !== dims.length) return false;
  if (end.length !== dims.length || mask("ellipsisMask") || mask("newAxisMask") || mask("shrinkAxisMask")) return false;
  if (o.offset === true || strides.some((x) => x < 1) || !strides.some((x) => x > 1)) return false;
  return dims.every((d, i) => {
    const from = mask("beginMask") & 1 << i ? 0 : begin[i] < 0 ? begin[i] + d : begin[i];
    const to = mask("endMask") & 1 << i ? d : end[i] < 0 ? end[i] + d : Math.min(end[i], d);
    return from <= 0 && to >= d;
  });
}
function fuseLutAfterTranspose(ctx, op, prev) {
  if (prev.lutBytes > 0 || prev.hw === "dma") return false;
  if (!!ctx.sg.tensors[op.outputs[0] ?? -1]?.isVariable !== !!prev.ofm.buffer.persistent) return false;
  const ofm2 = fm(ctx, op.outputs[0]);
  ctx.buffers.delete(prev.ofm.buffer.key);
  prev.ofm = { ...ofm2, shape: prev.ofm.shape };
  packLutTable(ctx, op, prev);
  return true;
}
function packLutTable(ctx, op, prev) {
  prev.lutBytes = lutBytesFor(prev.ifm.bits, op.type, ctx.family);
  prev.lutInActivation = true;
  if (prev.lutBytes > 0)
    prev.lutTensor = lutTensor(ctx, op.type, op.inputs[0] ?? -1, op.outputs[0] ?? -1, prev.lutBytes);
}
function writesTransposed(o) {
  return !!o.fusedTranspose || o.type === "Transpose" && !movesNoAxis(o);
}
var startsNoChain = (o) => o.hw === "resize" || o.hw === "dma";
function chainElementwise(ctx) {
  const ops = ctx.ops;
  const split = { inserted: [], removed: [] };
  const readers = /* @__PURE__ */ new Map();
  for (const op of ops) {
    for (const r of [op.ifm, op.ifm2]) if (r) readers.set(r.buffer.key, (readers.get(r.buffer.key) ?? 0) + 1);
  }
  const writers = /* @__PURE__ */ new Map();
  for (const op of ops) writers.set(op.ofm.buffer.key, (writers.get(op.ofm.buffer.key) ?? 0) + 1);
  const whole = (r) => r.shape.h * r.shape.w * r.shape.c === r.buffer.elements;
  const MAX_CHAIN = 4;
  const MAX_EXTERNAL = 3;
  let primary = null;
  let last = null;
  let external = 0;
  const elements2 = (x) => x.h * x.w * x.c;
  const scalarConst = (r) => !!r && r.buffer.constant && elements2(r.shape) === 1 ? 1 : 0;
  const lutAfterTranspose = (o) => o.lutBytes > 0 && o.activation !== "lut";
  const transposeRunsApart = (o) => !!o.fusedTranspose && o.fusedTransposeSource !== void 0 && !lutAfterTranspose(o);
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k];
    const inputs = (op.ifm2 ? 2 : 1) - scalarConst(op.ifm) - scalarConst(op.ifm2);
    const chainable = !writesTransposed(op) || transposeRunsApart(op);
    if (primary && last && op.hw === "elementwise" && !writesTransposed(primary) && chainable) {
      const link = last.ofm.buffer;
      const viaIfm1 = op.ifm.buffer === link;
      const viaIfm2 = op.ifm2?.buffer === link;
      const private_ = (readers.get(link.key) ?? 0) === 1 && !link.isOutput && !link.external && (writers.get(link.key) ?? 0) === 1 && whole(last.ofm) && !!op.ofm.buffer.persistent === !!link.persistent;
      const chainLength = 1 + (primary.chained?.length ?? 0);
      const newExternal = inputs - 1;
      const other = viaIfm1 ? op.ifm2 : op.ifm;
      const chainedIn = viaIfm1 ? op.ifm : op.ifm2;
      const shapesOk = !!chainedIn && sameShape(last.ofm.shape, op.ofm.shape) && (!shallowActivation(last) || !!op.keepsShape) && (!other || sameShape(chainedIn.shape, other.shape) || sameShape(chainedIn.shape, primary.ofm.shape) || elements2(other.shape) === 1 && elements2(chainedIn.shape) === elements2(primary.ofm.shape));
      if ((viaIfm1 || viaIfm2) && private_ && shapesOk && chainLength < MAX_CHAIN && external + newExternal <= MAX_EXTERNAL) {
        if (op.fusedTranspose) {
          const transpose = splitFusedTranspose(ctx, op);
          ops.splice(k + 1, 0, transpose);
          split.inserted.push([op, transpose]);
          const copy = transpose.activation === "lut" ? writeIntoPadInterior(ctx, transpose) : void 0;
          if (copy) split.removed.push(copy);
        }
        (primary.chained ??= []).push(op);
        op.chainedInto = primary;
        if (other && !scalarConst(other)) {
          (primary.extraIfms ??= []).push(other);
        }
        external += newExternal;
        last = op;
        continue;
      }
    }
    const startsChain = !startsNoChain(op);
    primary = startsChain ? op : null;
    last = startsChain ? op : null;
    external = inputs;
  }
  return split;
}
function splitFusedTranspose(ctx, op) {
  const out = op.ofm;
  const own = tempFm(ctx, op.ofm.shape, op.ofm.bits);
  const source = ctx.sg.operators[op.fusedTransposeSource];
  const written = { ...out, shape: transposedShape(out.shape, op.fusedTranspose) };
  const after = op.activation === "lut" && (op.activationSource ?? -1) > (op.fusedTransposeSource ?? -1);
  const lut = after ? { ...takePackedLut(op), lutInActivation: true } : {};
  const transpose = internalOp(ctx, source, "Transpose", "pool", own, written, {
    transpose: op.fusedTranspose,
    ...lut
  });
  op.ofm = own;
  op.fusedTranspose = void 0;
  op.fusedTransposeSource = void 0;
  return transpose;
}
function splitLutsWritingPadInteriors(ctx) {
  for (const op of [...ctx.ops]) {
    if (op.hw !== "elementwise" || !lutThroughReshape(op)) continue;
    if (!padInteriorCopy(ctx, op.ofm.buffer, op.ofm.buffer.shape)) continue;
    const lut = splitPackedLut(ctx, op);
    ctx.ops.splice(ctx.ops.indexOf(op) + 1, 0, lut);
    writeIntoPadInterior(ctx, lut);
  }
}
function lutThroughReshape(op) {
  return op.activation === "lut" && op.activationSource !== void 0 && !!op.activationReshaped && !op.writesInPlace;
}
function splitPackedLut(ctx, op) {
  const out = op.ofm;
  const shape = out.buffer.shape;
  const own = tempFm(ctx, shape, out.bits);
  if (!sameShape(op.ofm.shape, shape)) own.buffer.linear = true;
  const source = ctx.sg.operators[op.activationSource];
  const lut = internalOp(
    ctx,
    source,
    "AvgPool",
    "pool",
    own,
    { ...out, shape },
    {
      elementwiseLike: true,
      ...takePackedLut(op)
    }
  );
  op.ofm = { ...own, shape: op.ofm.shape };
  return lut;
}
function writeIntoPadInterior(ctx, lut) {
  const copy = padInteriorCopy(ctx, lut.ofm.buffer, lut.ofm.shape);
  if (!copy) return;
  ctx.buffers.delete(lut.ofm.buffer.key);
  lut.ofm = copy.ofm;
  lut.writesInPlace = true;
  ctx.ops.splice(ctx.ops.indexOf(copy), 1);
  return copy;
}
function padInteriorCopy(ctx, map, shape) {
  if (map.isOutput) return;
  const readers = ctx.ops.filter((o) => o.ifm.buffer === map || o.ifm2?.buffer === map);
  const copy = readers.length === 1 ? readers[0] : void 0;
  const pad = copy ? ctx.sg.operators[copy.sourceIndex] : void 0;
  if (!copy || !pad || copy.type !== "MemoryCopy" || !PADS.has(pad.type) || copy.ifm.buffer !== map) return;
  const [src, out] = [pad.inputs[0] ?? -1, pad.outputs[0] ?? -1];
  if (!sameShape(copy.ifm.shape, shape) || wholeMap(copy.ofm)) return;
  if ((ctx.readers.get(src) ?? 0) !== 1 || !sameQuantization(ctx, src, out)) return;
  return copy;
}
var PADS = /* @__PURE__ */ new Set(["PAD", "PADV2"]);
function shallowActivation(o) {
  const s2 = o.ofm.shape;
  if (o.activation === "none" || !shallow(s2)) return false;
  if (o.elementwiseLike && !wholeMap(o.ifm)) return false;
  const deeper = increaseDepth(s2.h * s2.w * s2.c);
  return deeper.h !== s2.h || deeper.w !== s2.w || deeper.c !== s2.c;
}
function shallow(s2) {
  const n = s2.h * s2.w * s2.c;
  return s2.c < 8 && n > 16 && n <= 2 ** 31 - 1;
}
function increaseDepth(elements2) {
  const primes = [];
  let rest = elements2;
  for (; rest % 2 === 0 && rest > 1; rest /= 2) primes.push(2);
  const root = Math.floor(Math.sqrt(rest));
  for (let f = 3; rest > 1 && f <= root; f += 2) for (; rest % f === 0; rest /= f) primes.push(f);
  if (rest !== 1) primes.push(rest);
  let c = 1;
  let k = 0;
  for (; k < primes.length && c < 16; k++) c *= primes[k];
  let h = 1;
  let w = 1;
  for (; k < primes.length; k++) {
    if (w < h) w *= primes[k];
    else h *= primes[k];
  }
  return h < w ? { h: w, w: h, c } : { h, w, c };
}
function inputsAlike(op, o) {
  const alike = (s2) => !s2 || s2.h === o.h && s2.w === o.w && s2.c === o.c || s2.h * s2.w * s2.c === 1;
  return alike(op.ifm.shape) && alike(op.ifm2?.shape);
}
var wholeMap = (f) => !f || f.shape.h * f.shape.w * f.shape.c === f.buffer.shape.h * f.buffer.shape.w * f.buffer.shape.c;
function splitSliceWritingActivations(ctx) {
  const ops = ctx.ops;
  ctx.ops = [];
  for (const op of ops) {
    ctx.ops.push(op);
    const o = op.ofm.shape;
    const lut = op.activation === "lut" && op.activationSource !== void 0;
    const source = ctx.sg.operators[lut ? op.activationSource : op.sourceIndex];
    const elementwise = op.hw === "elementwise" || (op.elementwiseLike || op.type === "MemoryCopy") && op.packedActivation;
    if (!elementwise || !(op.activation === "relu" || lut) || !op.writesInPlace || !source) continue;
    if (wholeMap(op.ofm) || !wholeMap(op.ifm) || !wholeMap(op.ifm2) || !shallow(o) || !inputsAlike(op, o)) continue;
    const slice = op.ofm;
    const own = tempFm(ctx, o, slice.bits);
    op.ofm = own;
    op.activation = "none";
    op.writesInPlace = false;
    const table = lut ? takePackedLut(op) : {};
    push(ctx, source, "AvgPool", "pool", own, slice, { elementwiseLike: true, writesInPlace: true, ...table });
  }
}
function takePackedLut(op) {
  const table = { activation: "lut", lutBytes: op.lutBytes, lutTensor: op.lutTensor };
  op.activation = "none";
  op.lutBytes = 0;
  op.lutTensor = void 0;
  op.lutInActivation = void 0;
  op.packedActivation = void 0;
  op.activationSource = void 0;
  op.activationReshaped = void 0;
  return table;
}
function keepShapeAfterShallowActivation(ops) {
  const readers = /* @__PURE__ */ new Map();
  const writers = /* @__PURE__ */ new Map();
  for (const op of ops) {
    for (const r of [op.ifm, op.ifm2]) if (r) readers.set(r.buffer.key, (readers.get(r.buffer.key) ?? 0) + 1);
    writers.set(op.ofm.buffer.key, (writers.get(op.ofm.buffer.key) ?? 0) + 1);
  }
  for (let k = 0; k + 1 < ops.length; k++) {
    const a = ops[k];
    const b = ops[k + 1];
    const holdsShape = shallowActivation(a) && !reshapesDeeper(a) || !!a.keepsShape;
    if (!holdsShape || b.hw !== "elementwise" || !reshapesDeeper(b)) continue;
    if (writesTransposed(a) || startsNoChain(a)) continue;
    const count2 = elementsOfShape(a.ofm.shape);
    if (count2 !== elementsOfShape(b.ofm.shape) || b.ifm.buffer !== a.ofm.buffer && b.ifm2?.buffer !== a.ofm.buffer)
      continue;
    const link = a.ofm.buffer;
    const private_ = readers.get(link.key) === 1 && writers.get(link.key) === 1 && !link.isOutput && !link.external;
    if (!private_ || !!b.ofm.buffer.persistent !== !!link.persistent) continue;
    b.keepsShape = true;
    const inChainShape = (r) => elementsOfShape(r.shape) === count2 ? { ...r, shape: a.ofm.shape } : r;
    b.ofm = inChainShape(b.ofm);
    b.ifm = inChainShape(b.ifm);
    if (b.ifm2) b.ifm2 = inChainShape(b.ifm2);
  }
}
function reshapesDeeper(op) {
  const like = op.elementwiseLike || op.type === "MemoryCopy";
  if (op.hw !== "elementwise" && !like) return false;
  const o = op.ofm.shape;
  return shallow(o) && wholeMap(op.ifm) && wholeMap(op.ifm2) && wholeMap(op.ofm) && inputsAlike(op, o);
}
function reshapeShallowElementwise(op) {
  if (!reshapesDeeper(op) || op.keepsShape) return;
  const o = op.ofm.shape;
  const deeper = increaseDepth(o.h * o.w * o.c);
  const view = (s2) => s2.h * s2.w * s2.c === 1 ? s2 : deeper;
  op.shallowShape = o;
  op.ofm = { ...op.ofm, shape: view(o) };
  op.ifm = { ...op.ifm, shape: view(op.ifm.shape) };
  if (op.ifm2) op.ifm2 = { ...op.ifm2, shape: view(op.ifm2.shape) };
}

// src/perf/transpose-passes.ts
function transposePasses(shape, perm, int32 = false) {
  const n = shape.length;
  if (perm.length !== n || n === 0 || !isPermutation(perm)) return [];
  const passes = [];
  if (nativeSwap(shape, perm, int32)) {
    const from = inner3D(shape);
    const to = inner3D(perm.map((a) => shape[a]));
    const moved = perm.map((a, i) => a === i ? -1 : i + 3 - n).filter((i) => i >= 0);
    return [{ from, to, swap: moved.length === 2 ? [moved[0], moved[1]] : [1, 1] }];
  }
  const order = new Array(n);
  perm.forEach((axis, position) => order[axis] = position);
  const current = [...shape];
  for (let axis = 0; axis < n; axis++) {
    if (order[axis] === axis) continue;
    const from = order.indexOf(axis, axis + 1);
    swapAxes(current, axis, from, int32, passes);
    [order[axis], order[from]] = [order[from], order[axis]];
  }
  return passes;
}
function inner3D(shape) {
  const s2 = [1, 1, ...shape];
  const n = s2.length;
  return [product(s2.slice(0, n - 2)), s2[n - 2], s2[n - 1]];
}
var isPermutation = (perm) => perm.every((a, i) => Number.isInteger(a) && a >= 0 && a < perm.length && perm.indexOf(a) === i);
function nativeSwap(shape, perm, int32) {
  const n = shape.length;
  const lead = Math.max(0, n - 3);
  for (let i = 0; i < lead; i++) if (shape[i] > 1 || perm[i] !== i) return false;
  const moved = perm.map((a, i) => a === i ? -1 : i).filter((i) => i >= 0);
  if (moved.length === 0) return true;
  if (moved.length !== 2) return false;
  return !(int32 && swapsHAndC(n, moved[0], moved[1]));
}
function swapsHAndC(n, a, b) {
  const [x, y] = [n - 1 - a, n - 1 - b];
  return Math.max(x, y) === 2 && Math.min(x, y) === 0;
}
var product = (xs) => xs.reduce((p, x) => p * x, 1);
function as3D(shape, k0, k1) {
  return [product(shape.slice(0, k0)), product(shape.slice(k0, k0 + k1)), product(shape.slice(k0 + k1))];
}
var swap = (shape, a, b) => {
  [shape[a], shape[b]] = [shape[b], shape[a]];
};
function swapAxes(shape, a, b, int32, out) {
  const n = shape.length;
  if (n <= 3 || a >= n - 3 && b >= n - 3 && product(shape.slice(0, n - 3)) === 1) {
    if (int32 && swapsHAndC(n, a, b)) {
      swapAxes(shape, n - 2, n - 1, int32, out);
      swapAxes(shape, n - 3, n - 2, int32, out);
      swapAxes(shape, n - 2, n - 1, int32, out);
      return;
    }
    const from = inner3D(shape);
    swap(shape, a, b);
    out.push({ from, to: inner3D(shape), swap: [a + 3 - n, b + 3 - n] });
    return;
  }
  if (a === 0 && b === 1) {
    swapAxes(as3D(shape, 1, 1), 0, 1, int32, out);
    swap(shape, a, b);
    return;
  }
  if (a === n - 2 && b === n - 1) {
    swapAxes(as3D(shape, n - 2, 1), 1, 2, int32, out);
    swap(shape, a, b);
    return;
  }
  if (a !== 0) {
    swapAxes(as3D(shape, a, 1), 0, 1, int32, out);
    shape.splice(0, 0, ...shape.splice(a, 1));
    swapAxes(shape, 0, b, int32, out);
    swapAxes(as3D(shape, 1, a), 0, 1, int32, out);
    shape.splice(a, 0, ...shape.splice(0, 1));
    return;
  }
  if (b !== n - 1) {
    swapAxes(as3D(shape, b, 1), 1, 2, int32, out);
    shape.push(...shape.splice(b, 1));
    swapAxes(shape, 0, n - 1, int32, out);
    swapAxes(as3D(shape, b, n - b - 1), 1, 2, int32, out);
    shape.splice(b, 0, ...shape.splice(n - 1, 1));
    return;
  }
  swapAxes([shape[0], product(shape.slice(1, n - 1)), shape[n - 1]], 0, 2, int32, out);
  swap(shape, 0, n - 1);
}

// src/perf/lower/transpose.ts
function pushU55Transpose(ctx, op, ifm, ofm2, passes) {
  ifm.buffer.linear = true;
  ofm2.buffer.linear = true;
  if (passes.length <= 1) {
    push(ctx, op, "Transpose", "transpose", ifm, ofm2, { transposePasses: passes });
    return;
  }
  let from = ifm;
  passes.forEach((pass, i) => {
    const to = i === passes.length - 1 ? ofm2 : tempFm(ctx, toShape3(pass.to), ofm2.bits);
    to.buffer.linear = true;
    push(ctx, op, "Transpose", "transpose", from, to, { transposePasses: [pass] });
    from = to;
  });
}
var SWAP_TYPE = { "0,1": "NWHC", "1,2": "NHCW", "0,2": "NCWH" };
function pushU85Transpose(ctx, op, ifm, ofm2, shape, perm, writer = op) {
  const n = shape.length;
  const lead = Math.max(0, n - 3);
  const native = n === perm.length && shape.slice(0, lead).every((d, i) => d === 1 && perm[i] === i);
  if (native) {
    const transpose = u85TransposeType(perm);
    const out = { ...ofm2, shape: toShape3(perm.map((a) => shape[a])) };
    if (transpose && !mergesWithNextTranspose(ctx, writer) && fuseTranspose(ctx, op, out, toShape3(shape), transpose))
      return;
    push(ctx, op, "Transpose", "pool", { ...ifm, shape: toShape3(shape) }, out, transpose ? { transpose } : {});
    return;
  }
  const passes = transposePasses(shape, perm);
  if (passes.length <= 1) {
    const transpose = u85TransposeType(perm.length <= 4 ? perm : void 0);
    push(ctx, op, "Transpose", "pool", ifm, ofm2, transpose ? { transpose } : {});
    return;
  }
  let from = ifm;
  passes.forEach((pass, i) => {
    const last = i === passes.length - 1;
    const to = last ? ofm2 : tempFm(ctx, toShape3(pass.to), ofm2.bits);
    const transpose = SWAP_TYPE[[...pass.swap].sort().join(",")];
    push(
      ctx,
      op,
      "Transpose",
      "pool",
      { ...from, shape: toShape3(pass.from) },
      { ...to, shape: toShape3(pass.to) },
      {
        transpose
      }
    );
    from = to;
  });
}
var LAYOUT_OPS = /* @__PURE__ */ new Set(["RESHAPE", "SQUEEZE", "EXPAND_DIMS", "TRANSPOSE"]);
function viaLayoutOp(ctx, tensorIndex) {
  const writer = writerOf(ctx, tensorIndex);
  if (!writer || !LAYOUT_OPS.has(writer.type)) return false;
  if (writer.type === "TRANSPOSE") return true;
  const input2 = writer.inputs[0] ?? -1;
  if ((ctx.readers.get(input2) ?? 0) !== 1 || ctx.sg.outputs.includes(input2)) return true;
  const from = ctx.sg.tensors[input2]?.shape;
  const to = ctx.sg.tensors[tensorIndex]?.shape;
  return !from || !to || from.join("x") !== to.join("x");
}
var MAX_DECOMPOSED_BATCH = 256;
function pushPerBatch(ctx, op, src, dst, batch) {
  if (batch <= 1 || batch > MAX_DECOMPOSED_BATCH || src.shape.h % batch !== 0 || dst.shape.h % batch !== 0) {
    push(ctx, op, "MemoryCopy", "pool", src, dst);
    return;
  }
  const one = (s2) => ({ h: s2.h / batch, w: s2.w, c: s2.c });
  for (let n = 0; n < batch; n++) {
    push(ctx, op, "MemoryCopy", "pool", { ...src, shape: one(src.shape) }, { ...dst, shape: one(dst.shape) });
  }
}
var ELEMENTWISE_FUSED_TRANSPOSES = /* @__PURE__ */ new Set(["NHCW", "NCHW"]);
function fuseTranspose(ctx, op, ofm2, inShape, transpose) {
  const inT = op.inputs[0] ?? -1;
  const prev = soleProducer(ctx, op);
  if (!prev) return false;
  if (prev.hw === "resize" || prev.hw === "dma" || prev.hw === "transpose" || prev.type === "Transpose") return false;
  if (prev.fusedTranspose || prev.hw === "elementwise" && !ELEMENTWISE_FUSED_TRANSPOSES.has(transpose)) return false;
  if (reshapesDeeper(prev)) return false;
  const link = prev.ofm.buffer;
  if (link.isOutput || link.external || ofm2.buffer.isOutput || ofm2.buffer.external) return false;
  if (!sameShape(prev.ofm.shape, inShape) || elementsOfShape(prev.ofm.shape) !== link.elements) return false;
  if (!sameQuantization(ctx, inT, op.outputs[0] ?? -1)) return false;
  if (!!ofm2.buffer.persistent !== !!link.persistent) return false;
  ctx.buffers.delete(link.key);
  if (prev.type === "MemoryCopy" && prev.activation === "none") {
    prev.type = "Transpose";
    prev.blockAs = "MemoryCopy";
    prev.transpose = transpose;
    prev.ofm = ofm2;
    return true;
  }
  prev.ofm = { ...ofm2, shape: prev.ofm.shape };
  prev.fusedTranspose = transpose;
  prev.fusedTransposeSource = op.index;
  return true;
}
function mergeablePair(ctx, first, second) {
  if (first.type !== "TRANSPOSE" || second.type !== "TRANSPOSE") return false;
  if (isIdentityTranspose(ctx, first) || isIdentityTranspose(ctx, second)) return false;
  if (!ctx.npu.has(first.index) || !ctx.npu.has(second.index)) return false;
  const link = first.outputs[0] ?? -1;
  if (second.inputs[0] !== link || (ctx.readers.get(link) ?? 0) !== 1 || ctx.sg.outputs.includes(link)) return false;
  const a = transposePerm(ctx, first.inputs[1] ?? -1);
  const b = transposePerm(ctx, second.inputs[1] ?? -1);
  return !!a && !!b && a.length === b.length;
}
function mergesWithNextTranspose(ctx, op) {
  const out = op.outputs[0] ?? -1;
  const next = ctx.sg.operators.find((o) => o.type === "TRANSPOSE" && o.inputs[0] === out);
  return !!next && mergeablePair(ctx, op, next);
}
function mergeWithPreviousTranspose(ctx, op) {
  const input2 = op.inputs[0] ?? -1;
  const prev = writerOf(ctx, input2);
  if (!prev || !mergeablePair(ctx, prev, op)) return void 0;
  const earlier = ctx.mergedTransposes?.get(prev.index);
  const owner = earlier?.op ?? prev;
  const first = earlier?.perm ?? transposePerm(ctx, prev.inputs[1] ?? -1);
  const second = transposePerm(ctx, op.inputs[1] ?? -1);
  if (!first || !second || first.length !== second.length) return void 0;
  const lowered = (o) => o.sourceIndex === owner.index && o.subgraph === ctx.sg.index;
  if (!ctx.ops.some(lowered)) return void 0;
  ctx.ops = ctx.ops.filter((o) => !lowered(o));
  ctx.buffers.delete(bufferKey(ctx, input2));
  const merged = { op: owner, perm: second.map((a) => first[a]) };
  (ctx.mergedTransposes ??= /* @__PURE__ */ new Map()).set(op.index, merged);
  return merged;
}
function transposeBeforeReshape(ctx, transpose, shape, perm) {
  const input2 = transpose.inputs[0] ?? -1;
  const reshape = writerOf(ctx, input2);
  const unchanged = { shape: [...shape], perm: [...perm] };
  if (!reshape || !RESHAPES2.has(reshape.type) || (ctx.readers.get(input2) ?? 0) !== 1) return unchanged;
  const pre = ctx.sg.tensors[reshape.inputs[0] ?? -1]?.shape;
  if (!pre || perm.length !== shape.length) return unchanged;
  const squeeze = (d) => d.filter((x) => x !== 1).join("x");
  if (squeeze(pre) !== squeeze(shape)) return unchanged;
  const preAxes = pre.map((d, i) => d !== 1 ? i : -1).filter((i) => i >= 0);
  const nonUnit = [];
  let count2 = 0;
  for (const d of shape) nonUnit.push(d !== 1 ? count2++ : -1);
  const moved = perm.filter((a) => nonUnit[a] >= 0).map((a) => preAxes[nonUnit[a]]);
  let k = 0;
  return { shape: [...pre], perm: pre.map((d, i) => d === 1 ? i : moved[k++]) };
}
function isIdentityTranspose(ctx, op) {
  if (op.type !== "TRANSPOSE") return false;
  const perm = transposePerm(ctx, op.inputs[1] ?? -1);
  const shape = ctx.sg.tensors[op.inputs[0] ?? -1]?.shape;
  return !!perm && !!shape && isNoOpPermute(shape, perm);
}
function isNoOpPermute(shape, perm) {
  if (perm.length !== shape.length) return false;
  let last = 0;
  for (const axis of perm) {
    if (shape[axis] === 1) continue;
    if (axis < last) return false;
    last = axis;
  }
  return true;
}
function transposePerm(ctx, permTensor) {
  return constantInts(ctx, permTensor, true);
}
function u85TransposeType(perm) {
  if (!perm || perm.length > 4) return void 0;
  const pad = 4 - perm.length;
  const full = [...Array.from({ length: pad }, (_, i) => i), ...perm.map((a) => a + pad)];
  return full.map((a) => "NHWC"[a] ?? "?").join("");
}

// src/perf/lower/convolution.ts
function convKernel(op, kh, kw) {
  const o = op.options ?? {};
  return {
    w: kw,
    h: kh,
    strideX: num2(o.strideW, 1),
    strideY: num2(o.strideH, 1),
    dilationX: num2(o.dilationWFactor, 1),
    dilationY: num2(o.dilationHFactor, 1)
  };
}
function unrollsStride(op, kernel2, ifm, ofm2) {
  if (!largeStride(kernel2, ofm2)) return false;
  if (kernel2.h > 1 && kernel2.dilationY !== 1 || kernel2.w > 1 && kernel2.dilationX !== 1) return false;
  if (ifm.shape.h !== ifm.buffer.shape.h || ifm.shape.w !== ifm.buffer.shape.w) return false;
  if (op.options?.padding !== PADDING_SAME) return true;
  const needed2 = (input2, stride, filter) => Math.max(0, (Math.ceil(input2 / stride) - 1) * stride + filter - input2);
  return needed2(ifm.shape.h, kernel2.strideY, kernel2.h) === 0 && needed2(ifm.shape.w, kernel2.strideX, kernel2.w) === 0;
}
function pushConvolution(ctx, op, dw, ifm, ofm2, extra) {
  const type = dw ? "DepthwiseConv2D" : "Conv2D";
  const hw = dw ? "depthwise" : "conv";
  const k = extra.kernel;
  const dilationY = k.h === 1 ? 1 : k.dilationY;
  const dilationX = k.w === 1 ? 1 : k.dilationX;
  const dilated = dilationY > 1 || dilationX > 1;
  const strided = largeStride(k, ofm2);
  if (dilated && strided && ctx.family === "u85") {
    const gcd = (a, b) => b === 0 ? a : gcd(b, a % b);
    const gy = gcd(dilationY, k.strideY);
    const gx = gcd(dilationX, k.strideX);
    const [phasesY, phasesX] = [dilationY / gy, dilationX / gx];
    const kernel2 = { ...k, dilationX: 1, dilationY: 1, strideY: k.strideY / gy, strideX: k.strideX / gx };
    const top = leadingPadding(op, ifm.shape.h, ofm2.shape.h, k.strideY, (k.h - 1) * dilationY + 1);
    const left = leadingPadding(op, ifm.shape.w, ofm2.shape.w, k.strideX, (k.w - 1) * dilationX + 1);
    for (let dy = 0; dy < phasesY; dy++) {
      for (let dx = 0; dx < phasesX; dx++) {
        const out = { h: Math.ceil((ofm2.shape.h - dy) / phasesY), w: Math.ceil((ofm2.shape.w - dx) / phasesX) };
        const fromY = dy * gy * kernel2.strideY;
        const fromX = dx * gx * kernel2.strideX;
        const inp = {
          h: Math.ceil((ifm.shape.h - fromY) / (phasesY * gy)),
          w: Math.ceil((ifm.shape.w - fromX) / (phasesX * gx))
        };
        if (out.h <= 0 || out.w <= 0 || inp.h <= 0 || inp.w <= 0) continue;
        const subIfm = { ...ifm, shape: { ...inp, c: ifm.shape.c } };
        const subOfm = { ...ofm2, shape: { ...out, c: ofm2.shape.c } };
        if (largeStride(kernel2, subOfm)) {
          pushConvolution(ctx, op, dw, subIfm, subOfm, { ...extra, kernel: kernel2 });
          continue;
        }
        const slice = {
          h: ifm.shape.h - Math.max(0, fromY - top),
          w: ifm.shape.w - Math.max(0, fromX - left),
          c: ifm.shape.c
        };
        push(ctx, op, type, hw, { ...ifm, shape: slice }, subOfm, { ...extra, kernel: kernel2 });
      }
    }
    return;
  }
  if (!dw && unrollsStride(op, k, ifm, ofm2)) pushUnrolled(ctx, op, type, hw, ifm, ofm2, extra);
  else if (strided && ctx.family === "u85") pushPerKernelElement(ctx, op, type, hw, ifm, ofm2, extra);
  else push(ctx, op, type, hw, ifm, ofm2, extra);
}
function pushPerMultiplier(ctx, op, multiplier, ifm, ofm2, extra) {
  const c = ifm.shape.c;
  const planes = tempFm(ctx, { h: multiplier * ofm2.shape.h, w: ofm2.shape.w, c }, ofm2.bits);
  const plane = { ...planes, shape: { h: ofm2.shape.h, w: ofm2.shape.w, c } };
  for (let m = 0; m < multiplier; m++) {
    const weights = extra.weights && multiplierWeights(ctx, extra.weights, m, multiplier);
    pushConvolution(ctx, op, true, ifm, plane, { ...extra, weights, activation: "none" });
  }
  const perm = [1, 2, 3, 0];
  if (ctx.family === "u85") {
    pushU85Transpose(ctx, op, planes, ofm2, [multiplier, ofm2.shape.h, ofm2.shape.w, c], perm);
  } else {
    const shape = [multiplier, ofm2.shape.h, ofm2.shape.w, c];
    const passes = transposePasses(shape, perm, ofm2.bits === 32);
    if (extra.activation && extra.activation !== "none" && ofm2.bits === 16) {
      const transposed = tempFm(ctx, ofm2.shape, ofm2.bits);
      pushU55Transpose(ctx, op, planes, transposed, passes);
      push(ctx, op, "AvgPool", "pool", transposed, ofm2, { elementwiseLike: true });
    } else pushU55Transpose(ctx, op, planes, ofm2, passes);
  }
}
function multiplierWeights(ctx, w, m, multiplier) {
  const channels = Math.round(w.channels / multiplier);
  const [, h, wd, all] = w.source?.shape ?? [1, 1, 1, 1];
  const zeroPoints2 = w.source?.zeroPoints ?? [0];
  return derivedWeights(ctx, w, `#${m}/${multiplier}`, {
    scale: 1 / multiplier,
    shape: [1, h, wd, channels],
    gather: (data, out) => {
      for (let k = 0; k < h * wd; k++)
        for (let c = 0; c < channels; c++) out[k * channels + c] = data[k * all + c * multiplier + m];
    },
    channels,
    scaleBytes: Math.ceil(w.scaleBytes / multiplier / 16) * 16,
    zeroPoints: zeroPoints2.length > 1 ? zeroPoints2.filter((_, i) => i % multiplier === m) : zeroPoints2,
    source: w.source?.kind === "depthwise"
  });
}
var largeStride = (kernel2, ofm2) => ofm2.shape.h > 1 && kernel2.strideY > 3 || ofm2.shape.w > 1 && kernel2.strideX > 3;
function totalPadding(op, input2, output, stride, span) {
  if (op.options?.padding !== PADDING_SAME) return 0;
  return Math.max(0, (output - 1) * stride + span - input2);
}
function leadingPadding(op, input2, output, stride, span) {
  return Math.floor(totalPadding(op, input2, output, stride, span) / 2);
}
function pushPerKernelElement(ctx, op, type, hw, ifm, ofm2, extra) {
  const k = extra.kernel;
  if (k.h * k.w > MAX_INTERNAL_OPS) {
    throw new PerfLimitError(
      `operator ${op.index} (${op.type}) has a ${k.w}x${k.h} kernel to split per element; too large to estimate`
    );
  }
  const strideY = ofm2.shape.h === 1 ? 1 : k.strideY;
  const strideX = ofm2.shape.w === 1 ? 1 : k.strideX;
  const spanY = (k.h - 1) * k.dilationY + 1;
  const spanX = (k.w - 1) * k.dilationX + 1;
  const top = leadingPadding(op, ifm.shape.h, ofm2.shape.h, strideY, spanY);
  const left = leadingPadding(op, ifm.shape.w, ofm2.shape.w, strideX, spanX);
  const pad = {
    top,
    left,
    bottom: totalPadding(op, ifm.shape.h, ofm2.shape.h, strideY, spanY) - top,
    right: totalPadding(op, ifm.shape.w, ofm2.shape.w, strideX, spanX) - left
  };
  const readsFrom = (offset, stride, outputs, extent2) => {
    if (offset >= 0) return true;
    const steps = Math.ceil(-offset / stride);
    return steps < outputs && offset + steps * stride < extent2;
  };
  const IH = ifm.shape.h;
  const IW = ifm.shape.w;
  let blocks = 0;
  const perElement = (part) => {
    let sent = 0;
    for (let ky = 0; ky < k.h; ky++) {
      for (let kx = 0; kx < k.w; kx++) {
        const last = ky === k.h - 1 && kx === k.w - 1;
        const y = part.y + ky * k.dilationY;
        const x = part.x + kx * k.dilationX;
        const h = extent(y, ky * k.dilationY, part.y, part.h, IH);
        const w = extent(x, kx * k.dilationX, part.x, part.w, IW);
        if (!(last && sent === 0)) {
          if (h * w <= 0) continue;
          if (!readsFrom(y, strideY, part.ofm.h, h) || !readsFrom(x, strideX, part.ofm.w, w)) continue;
        }
        let weights = extra.weights && kernelElementWeights(ctx, extra.weights, ky, kx, k.h * k.w);
        if (weights && part.block !== void 0) weights = blockWeights(ctx, weights, part, hw === "depthwise");
        const slice = { h: Math.max(1, h), w: Math.max(1, w), c: ifm.shape.c };
        push(
          ctx,
          op,
          type,
          hw,
          { ...ifm, shape: slice },
          { ...ofm2, shape: part.ofm },
          { ...extra, kernel: UNIT_KERNEL, weights }
        );
        sent++;
      }
    }
  };
  const decompose = (part) => {
    const block = ctx.ofmBlockOf?.({
      hw,
      type,
      ifm: { h: part.h, w: part.w, c: ifm.shape.c },
      ofm: part.ofm,
      ifmBits: ifm.bits
    });
    if (block) ctx.readsBlockConfigs = true;
    if (!block || block.h >= part.ofm.h && block.w >= part.ofm.w && block.c >= part.ofm.c) {
      perElement(part);
      return;
    }
    const bh = Math.min(part.ofm.h, block.h);
    const bw = Math.min(part.ofm.w, block.w);
    const bc = Math.min(part.ofm.c, block.c);
    refuseBeyondOpLimit(ctx, op, Math.ceil(part.ofm.h / bh) * Math.ceil(part.ofm.w / bw) * Math.ceil(part.ofm.c / bc));
    for (let oy = 0; oy < part.ofm.h; oy += bh) {
      for (let ox = 0; ox < part.ofm.w; ox += bw) {
        for (let oc = 0; oc < part.ofm.c; oc += bc) {
          const y = Math.min(part.y + oy * strideY, IH);
          const x = Math.min(part.x + ox * strideX, IW);
          const nh = Math.min(part.ofm.h - oy, bh);
          const nw = Math.min(part.ofm.w - ox, bw);
          const blockPad = {
            top: Math.max(part.pad.top - Math.max(y + part.pad.top, 0), 0),
            left: Math.max(part.pad.left - Math.max(x + part.pad.left, 0), 0),
            bottom: Math.min(part.pad.bottom, Math.max(bh * strideY + y + k.h - 1 - IH, 0)),
            right: Math.min(part.pad.right, Math.max(bw * strideX + x + k.w - 1 - IW, 0))
          };
          const ih = bh >= part.ofm.h ? part.h : (nh - 1) * strideY + k.h - blockPad.top - blockPad.bottom;
          const iw = bw >= part.ofm.w ? part.w : (nw - 1) * strideX + k.w - blockPad.left - blockPad.right;
          decompose({
            y,
            x,
            h: Math.min(ih, IH - y),
            w: Math.min(iw, IW - x),
            ofm: { h: nh, w: nw, c: Math.min(part.ofm.c - oc, bc) },
            oc: part.oc + oc,
            pad: blockPad,
            block: blocks++
          });
        }
      }
    }
  };
  decompose({ y: -top, x: -left, h: IH, w: IW, ofm: ofm2.shape, oc: 0, pad });
}
function extent(at, step, partAt, partExtent, input2) {
  return Math.min(Math.max(0, Math.min(input2 - at, partExtent + Math.min(step, Math.max(0, -partAt)))), partExtent);
}
function blockWeights(ctx, w, part, depthwise) {
  const i = w.source?.shape[3] ?? 1;
  const { oc } = part;
  const nc = part.ofm.c;
  return derivedWeights(
    ctx,
    w,
    `[${oc}:${oc + nc}]`,
    {
      scale: nc / w.channels,
      shape: depthwise ? [1, 1, 1, nc] : [nc, 1, 1, i],
      channels: nc,
      gather: (all, out) => {
        if (depthwise) out.set(all.subarray(oc, oc + nc));
        else out.set(all.subarray(oc * i, (oc + nc) * i));
      },
      zeroPoints: w.source && w.source.zeroPoints.length > 1 ? w.source.zeroPoints.slice(oc, oc + nc) : void 0
    },
    `#${part.block}`
  );
}
var sliceIdentities = /* @__PURE__ */ new WeakMap();
function dilateKernel(ctx, op, kernel2, w) {
  const hwY = kernel2.dilationY % 2 === 0 ? 2 : 1;
  const hwX = kernel2.dilationX % 2 === 0 ? 2 : 1;
  const [my, mx] = [kernel2.dilationY / hwY, kernel2.dilationX / hwX];
  const [kh, kw] = [kernel2.h, kernel2.w];
  const [nh, nw] = [(kh - 1) * my + 1, (kw - 1) * mx + 1];
  if (!(nh * nw <= MAX_DILATED_KERNEL)) {
    throw new PerfLimitError(
      `operator ${op.index} (${op.type}) dilates its ${kw}x${kh} kernel to ${nw}x${nh}; too large to estimate`
    );
  }
  Object.assign(kernel2, { h: nh, w: nw, dilationY: hwY, dilationX: hwX });
  if (!w) return w;
  const [o, , , i] = w.source?.shape ?? [1, 1, 1, 1];
  return derivedWeights(ctx, w, `~${my}x${mx}`, {
    scale: nh * nw / (kh * kw),
    shape: [o, nh, nw, i],
    fill: w.source?.zeroPoints[0] ?? 0,
    gather: (all, out) => {
      for (let n = 0; n < o; n++)
        for (let y = 0; y < kh; y++)
          for (let x = 0; x < kw; x++) {
            const from = ((n * kh + y) * kw + x) * i;
            out.set(all.subarray(from, from + i), ((n * nh + y * my) * nw + x * mx) * i);
          }
    },
    // The dilated weights are built only to be encoded: past the encoder's reach they are estimated instead.
    source: o * nh * nw * i <= MAX_DILATED_WEIGHTS
  });
}
var MAX_DILATED_KERNEL = 1 << 16;
var MAX_DILATED_WEIGHTS = 1 << 24;
function sliceIdentity(src, slice) {
  let perBuffer = sliceIdentities.get(src.identity);
  if (!perBuffer) sliceIdentities.set(src.identity, perBuffer = /* @__PURE__ */ new Map());
  const id = `${src.kind}/${src.shape.join("x")}${slice}`;
  let identity = perBuffer.get(id);
  if (!identity) perBuffer.set(id, identity = {});
  return identity;
}
function kernelElementWeights(ctx, w, y, x, elements2) {
  const [o, h, wd, i] = w.source?.shape ?? [1, 1, 1, 1];
  return derivedWeights(ctx, w, `@${y},${x}`, {
    scale: 1 / elements2,
    shape: [o, 1, 1, i],
    gather: (all, out) => {
      for (let n = 0; n < o; n++)
        out.set(all.subarray(((n * h + y) * wd + x) * i, ((n * h + y) * wd + x + 1) * i), n * i);
    }
  });
}
function reversedKernel(ctx, w) {
  const shape = w.source?.shape;
  if (!shape) return w;
  const [o, kh, kw, i] = shape;
  if (kh * kw <= 1) return w;
  return derivedWeights(ctx, w, "@reversed", {
    scale: 1,
    shape: [o, kh, kw, i],
    gather: (all, out) => {
      for (let c = 0; c < o; c++)
        for (let y = 0; y < kh; y++)
          for (let x = 0; x < kw; x++) {
            const at = ((c * kh + (kh - 1 - y)) * kw + (kw - 1 - x)) * i;
            out.set(all.subarray(at, at + i), ((c * kh + y) * kw + x) * i);
          }
    }
  });
}
function pushU85TransposeConv(ctx, op, ifm, ofm2, w, kernel2, activation) {
  const sy = Math.max(1, num2(op.options?.strideH, 1));
  const sx = Math.max(1, num2(op.options?.strideW, 1));
  const [o, kh, kw, i] = w.source?.shape ?? [ofm2.shape.c, kernel2.h, kernel2.w, ifm.shape.c];
  const same = op.options?.padding === PADDING_SAME;
  const crop = (input2, stride, k, out) => same ? Math.floor(Math.max(0, (input2 - 1) * stride + k - out) / 2) : 0;
  const cropY = crop(ifm.shape.h, sy, kh, ofm2.shape.h);
  const cropX = crop(ifm.shape.w, sx, kw, ofm2.shape.w);
  const offset = (phase, cropped, stride) => cropped > 0 ? phase + Math.ceil((cropped - phase) / stride) * stride - cropped : phase;
  if (sx > 1) ofm2.buffer.linear = true;
  if (sx > kw || sy > kh) {
    const zeros = derivedWeights(ctx, w, "@zero", {
      scale: 1 / (kh * kw),
      shape: [o, 1, 1, i],
      gather: (_all, out) => out.fill(0)
    });
    push(ctx, op, "Conv2D", "conv", ifm, ofm2, { weights: zeros });
  }
  for (let oy = 0; oy < Math.min(kh, sy); oy++) {
    for (let ox = 0; ox < Math.min(kw, sx); ox++) {
      const ny = Math.floor((kh - 1 - oy) / sy);
      const nx = Math.floor((kw - 1 - ox) / sx);
      const phase = derivedWeights(ctx, w, `@t${oy},${ox}`, {
        scale: (ny + 1) * (nx + 1) / (kh * kw),
        shape: [o, ny + 1, nx + 1, i],
        gather: (all, out) => {
          let n = 0;
          for (let c = 0; c < o; c++)
            for (let m = ny; m >= 0; m--)
              for (let k = nx; k >= 0; k--) {
                const at = ((c * kh + oy + m * sy) * kw + ox + k * sx) * i;
                out.set(all.subarray(at, at + i), n);
                n += i;
              }
        }
      });
      const offY = offset(oy, cropY, sy);
      const offX = offset(ox, cropX, sx);
      if (offY >= ofm2.shape.h || offX >= ofm2.shape.w) continue;
      const part = { ...ofm2, shape: { h: ofm2.shape.h - offY, w: ofm2.shape.w - offX, c: ofm2.shape.c } };
      push(ctx, op, "Conv2D", "conv", ifm, part, {
        kernel: { ...UNIT_KERNEL, h: ny + 1, w: nx + 1 },
        activation,
        weights: phase
      });
    }
  }
}
function derivedWeights(ctx, w, suffix, derive, instance = "") {
  const key = `${w.key}${suffix}${instance}`;
  const known = ctx.weights.get(key);
  if (known) return known;
  const src = derive.source === false ? void 0 : w.source;
  const derived = {
    key,
    originalBytes: Math.ceil(w.originalBytes * derive.scale / 16) * 16,
    encodedBytes: src ? 0 : Math.ceil(w.encodedBytes * derive.scale),
    scaleBytes: derive.scaleBytes ?? w.scaleBytes,
    channels: derive.channels ?? w.channels
  };
  if (src) {
    const [a, b, c, d] = derive.shape;
    derived.source = {
      get data() {
        const all = src.data;
        const out = new all.constructor(a * b * c * d);
        if (derive.fill) out.fill(derive.fill);
        derive.gather(all, out);
        return out;
      },
      count: a * b * c * d,
      shape: derive.shape,
      zeroPoints: derive.zeroPoints ?? src.zeroPoints,
      kind: src.kind,
      identity: sliceIdentity(src, suffix)
    };
  }
  ctx.weights.set(key, derived);
  return derived;
}
function pushUnrolled(ctx, op, type, hw, ifm, ofm2, extra) {
  const window = { ...ifm, shape: { h: extra.kernel.h, w: extra.kernel.w, c: ifm.shape.c } };
  const element = { ...ofm2, shape: { h: 1, w: 1, c: ofm2.shape.c } };
  const kernel2 = { ...extra.kernel, strideX: 1, strideY: 1 };
  for (let n = ofm2.shape.h * ofm2.shape.w; n > 0; n--) push(ctx, op, type, hw, window, element, { ...extra, kernel: kernel2 });
}
function fcRows(n) {
  if (n <= 1) return { h: 1, w: 1 };
  const least = Math.max(Math.floor(n / 16), Math.ceil(Math.sqrt(n)));
  let d = Math.floor(n / least);
  while (d > 1 && n % d !== 0) d--;
  return { h: d, w: n / d };
}

// src/perf/lower/generated-kernels.ts
var MAX_GENERATED_KERNEL = 2 ** 24;
function checkGeneratedKernel(op, values) {
  if (!Number.isSafeInteger(values) || values > MAX_GENERATED_KERNEL) {
    throw new PerfLimitError(
      `operator ${op.index} (${op.type}) would need a generated kernel of ${values} values (at most ${MAX_GENERATED_KERNEL})`
    );
  }
}
var generatedValues = /* @__PURE__ */ new Map();
function generatedKernel(ctx, op, name, valuesKey, kh, kw, c, values) {
  const key = `${ctx.sg.index}:${name}`;
  const known = ctx.weights.get(key);
  if (known) return known;
  checkGeneratedKernel(op, kh * kw * c);
  let kernel2 = generatedValues.get(valuesKey);
  if (!kernel2) {
    if (generatedValues.size >= 64) generatedValues.clear();
    generatedValues.set(valuesKey, kernel2 = { data: values(kh * kw * c), identity: {} });
  }
  const info = {
    key,
    originalBytes: Math.ceil(kh * kw * c / 16) * 16,
    encodedBytes: 0,
    scaleBytes: 0,
    channels: c,
    generated: true,
    source: {
      data: kernel2.data,
      count: kh * kw * c,
      shape: [1, kh, kw, c],
      zeroPoints: [0],
      kind: "depthwise",
      identity: kernel2.identity
    }
  };
  setCoreDependentSizes(info, ctx.family, ctx.cores);
  ctx.weights.set(key, info);
  return info;
}

// src/perf/lower/lstm.ts
function lowerLstm(ctx, op, ifm, ofm2) {
  const x = ctx.sg.tensors[op.inputs[0] ?? -1];
  const inW = ctx.sg.tensors[op.inputs[2] ?? -1] ?? ctx.sg.tensors[op.inputs[1] ?? -1];
  if (!x || !inW || x.shape.length < 2) return;
  const timeMajor = op.options?.timeMajor === true;
  const dims = x.shape.map((d) => Math.max(d, 1));
  const steps = dims.length === 3 ? timeMajor ? dims[0] : dims[1] : 1;
  const batch = dims.length === 3 ? timeMajor ? dims[1] : dims[0] : dims[0];
  if (steps > MAX_LSTM_STEPS) {
    throw new PerfLimitError(
      `operator ${op.index} (UNIDIRECTIONAL_SEQUENCE_LSTM) has ${steps} time steps; the estimate unrolls at most ${MAX_LSTM_STEPS}`
    );
  }
  const nInput = dims[dims.length - 1];
  const nCell = inW.shape[0] ?? 1;
  const outW = ctx.sg.tensors[op.inputs[16] ?? -1];
  const nOut = outW ? outW.shape[0] ?? nCell : nCell;
  const xt = { ...ifm, shape: { h: 1, w: batch, c: nInput } };
  const hPrev = tempFm(ctx, { h: 1, w: batch, c: nOut }, ifm.bits);
  const gateShape = { h: 1, w: batch, c: nCell };
  const gateWeights = [];
  for (let i = 1; i <= 8; i++) {
    const t = op.inputs[i] ?? -1;
    const w = t >= 0 ? ctx.sg.tensors[t] : void 0;
    gateWeights.push(
      w && isConstant(ctx, t) ? weightInfo(ctx, t, w.shape[0] ?? nCell, false, "fully-connected") : void 0
    );
  }
  const cellState = tempFm(ctx, gateShape, 16);
  for (const state of [hPrev, cellState]) {
    state.buffer.external = true;
    state.buffer.linear = true;
    state.buffer.persistent = true;
  }
  push(ctx, op, "MemoryCopy", "pool", { ...hPrev }, hPrev);
  for (let step = 0; step < steps; step++) {
    const gates = [];
    const t2 = tempFm(ctx, gateShape, 16);
    let inputTimesCell = false;
    for (const g of [3, 0, 2, 1]) {
      const wIn = gateWeights[g];
      const wRec = gateWeights[4 + g];
      if (!wIn && !wRec) continue;
      const a = tempFm(ctx, gateShape, 16);
      const b = tempFm(ctx, gateShape, 16);
      push(ctx, op, "FullyConnected", "vector", hPrev, b, { weights: wRec });
      push(ctx, op, "FullyConnected", "vector", xt, a, { weights: wIn });
      const gate = tempFm(ctx, gateShape, 16);
      const kind = g === 2 ? "TANH" : "LOGISTIC";
      const gateLut = lutBytesFor(16, kind, ctx.family);
      const table = gateLut > 0 ? lutTensor(ctx, `LSTM-${kind}`, -1, -1, gateLut) : void 0;
      push(ctx, op, "Add", "elementwise", a, gate, {
        ifm2: b,
        activation: "lut",
        ...table ? { lutTensor: table } : {}
      });
      if (g !== 2) push(ctx, op, "Clamp", "pool", gate, gate);
      gates[g] = gate;
      if (g === 2 && gates[0]) {
        push(ctx, op, "Mul", "elementwise", gates[0], t2, { ifm2: gate });
        inputTimesCell = true;
      }
    }
    const ig = gates[0] ?? gates[1];
    const t1 = tempFm(ctx, gateShape, 16);
    if (!inputTimesCell) push(ctx, op, "Mul", "elementwise", ig, t2, { ifm2: gates[2] ?? ig });
    if (step === 0) push(ctx, op, "MemoryCopy", "pool", { ...cellState }, cellState);
    push(ctx, op, "Mul", "elementwise", cellState, t1, { ifm2: gates[1] ?? ig });
    push(ctx, op, "Add", "elementwise", t1, cellState, { ifm2: t2 });
    push(ctx, op, "Clamp", "pool", cellState, cellState);
    const th = tempFm(ctx, gateShape, 16);
    const tanhLut = lutBytesFor(16, "TANH", ctx.family);
    push(ctx, op, "Tanh", "pool", cellState, th, {
      activation: "lut",
      lutBytes: tanhLut,
      ...tanhLut > 0 ? { lutTensor: lutTensor(ctx, "LSTM-TANH", -1, -1, tanhLut) } : {}
    });
    push(ctx, op, "Mul", "elementwise", gates[3] ?? ig, hPrev, { ifm2: th });
    push(ctx, op, "MemoryCopy", "pool", hPrev, { ...ofm2, shape: hPrev.shape });
  }
}

// src/perf/lower/reduce.ts
function lowerReduce(ctx, op, ifm, ofm2) {
  const s2 = ifm.shape;
  const o = ofm2.shape;
  const overC = o.c === 1 && s2.c > 1 && elementsOfShape(o) * s2.c === elementsOfShape(s2);
  if (overC) {
    push(ctx, op, "ReduceSum", "reducesum", ifm, ofm2, { kernel: UNIT_KERNEL });
    return;
  }
  if (op.type === "MEAN") {
    lowerMean(ctx, op, ifm, ofm2);
    return;
  }
  const kernel2 = { ...UNIT_KERNEL, w: Math.min(s2.w, 64), h: Math.min(s2.h, 64) };
  if (op.type === "SUM") {
    const parts = s2.h > 64 && s2.w > 64 ? 1 : Math.ceil(s2.h / kernel2.h) * Math.ceil(s2.w / kernel2.w);
    if (parts === 1) {
      push(ctx, op, "DepthwiseConv2D", "depthwise", ifm, ofm2, { kernel: kernel2 });
      return;
    }
    const sliceShape = { h: kernel2.h, w: kernel2.w, c: s2.c };
    const acc = tempFm(ctx, ofm2.shape, 32);
    for (let i = 0; i < parts; i++) {
      const partial = tempFm(ctx, ofm2.shape, 32);
      push(ctx, op, "DepthwiseConv2D", "depthwise", { ...ifm, shape: sliceShape }, partial, { kernel: kernel2 });
      if (i > 0) push(ctx, op, "Add", "elementwise", partial, acc, { ifm2: acc });
    }
    push(ctx, op, "Mul", "elementwise", acc, ofm2);
  } else {
    push(ctx, op, "MaxPool", "pool", ifm, ofm2, { kernel: kernel2 });
  }
}
var U85_ARGMAX_BLOCK = 32768;
function lowerArgMaxU85(ctx, op, ifm, ofm2) {
  const dims = ctx.sg.tensors[op.inputs[0] ?? -1]?.shape;
  const raw = constantInts(ctx, op.inputs[1] ?? -1, true)?.[0];
  if (!dims || dims.length === 0 || raw === void 0) return false;
  const axis = raw < 0 ? raw + dims.length : raw;
  if (axis < 0 || axis >= dims.length) return false;
  const product2 = (list) => list.reduce((a, d) => a * Math.max(d, 1), 1);
  const shape = {
    h: product2(dims.slice(0, axis)),
    w: Math.max(dims[axis], 1),
    c: product2(dims.slice(axis + 1))
  };
  if (shape.w > U85_ARGMAX_BLOCK) return false;
  const kernel2 = { ...UNIT_KERNEL, w: shape.w, h: 1 };
  push(ctx, op, "ArgMax", "pool", { ...ifm, shape }, { ...ofm2, shape: { h: shape.h, w: 1, c: shape.c } }, { kernel: kernel2 });
  return true;
}
var MEAN_MAX_HEIGHT = 64;
var MEAN_MAX_KERNEL = 64 * 64;
function lowerMean(ctx, op, ifm, ofm2) {
  const s2 = ifm.shape;
  const reduceH = ofm2.shape.h === 1 && s2.h > 1;
  const reduceW = ofm2.shape.w === 1 && s2.w > 1;
  let h = reduceH ? s2.h : 1;
  let w = reduceW ? s2.w : 1;
  let view = s2;
  if (h > MEAN_MAX_HEIGHT && h * w <= MEAN_MAX_KERNEL && reduceH && reduceW) {
    view = { h: 1, w: s2.h * s2.w, c: s2.c };
    w = h * w;
    h = 1;
  }
  const perConv = Math.max(1, Math.min(Math.floor(MEAN_MAX_KERNEL / w), h, MEAN_MAX_HEIGHT));
  const count2 = Math.ceil(h / perConv);
  refuseBeyondOpLimit(ctx, op, 2 * count2);
  const sums = { ...ofm2.shape };
  let acc;
  for (let i = 0; i < count2; i++) {
    const kh = i === count2 - 1 && h % perConv !== 0 ? h % perConv : perConv;
    const read = { h: reduceH ? kh : view.h, w: reduceW || view.w === 1 ? w : view.w, c: view.c };
    const partial = tempFm(ctx, sums, 32);
    const kernel2 = { ...UNIT_KERNEL, w: reduceW ? w : 1, h: reduceH ? kh : 1 };
    const shape = `${kernel2.h}x${kernel2.w}x${view.c}`;
    const weights = generatedKernel(
      ctx,
      op,
      `mean-ones-${op.index}-${shape}`,
      `ones-${shape}`,
      kernel2.h,
      kernel2.w,
      view.c,
      (n) => new Uint8Array(n).fill(1)
    );
    push(ctx, op, "DepthwiseConv2D", "depthwise", { ...ifm, shape: read }, partial, { kernel: kernel2, weights });
    if (acc) {
      const next = tempFm(ctx, sums, 32);
      push(ctx, op, "Add", "elementwise", acc, next, { ifm2: partial });
      acc = next;
    } else acc = partial;
  }
  const multiplier = `mean:${h * w}:${quantKey(ctx, op.inputs[0] ?? -1)}:${quantKey(ctx, op.outputs[0] ?? -1)}`;
  if (acc) push(ctx, op, "Mul", "elementwise", acc, ofm2, { ifm2: scalarFm(ctx, "mean-scale", 32, multiplier) });
}

// src/perf/lower/pad.ts
function pushPadFills(ctx, op, ifm, ofm2) {
  const pads = constantInts(ctx, op.inputs[1] ?? -1);
  const rank = ctx.sg.tensors[op.inputs[0] ?? -1]?.shape.length ?? 0;
  if (!pads || rank < 1 || rank > 4 || pads.length !== 2 * rank) return false;
  if (rank === 4 && (pads[0] !== 0 || pads[1] !== 0)) return false;
  const at = (fromEnd, side) => rank - fromEnd >= 0 ? pads[2 * (rank - fromEnd) + side] : 0;
  const sides = [
    ["h", at(3, 0), at(3, 1)],
    ["w", at(2, 0), at(2, 1)],
    ["c", at(1, 0), at(1, 1)]
  ];
  if (sides.some(([, before, after]) => before < 0 || after < 0)) return false;
  let largest2 = 0;
  for (const [axis, before, after] of sides) {
    const slab = ofm2.shape.h * ofm2.shape.w * ofm2.shape.c / Math.max(1, ofm2.shape[axis]);
    largest2 = Math.max(largest2, slab * Math.max(before, after));
  }
  const fill = constantFm(ctx, `pad-const-${op.index}`, { h: 1, w: 1, c: Math.max(1, largest2) }, ofm2.bits);
  for (const [axis, before, after] of sides) {
    for (const width of [before, after]) {
      if (width === 0) continue;
      const slab = { ...ofm2.shape, [axis]: width };
      push(ctx, op, "MemoryCopy", "pool", { ...fill, shape: slab }, { ...ofm2, shape: slab });
    }
  }
  const cBefore = sides[2][1];
  if (cBefore % 16 !== 0 || sides[2][2] > 0 && (cBefore + ifm.shape.c) % 16 !== 0) ofm2.buffer.linear = true;
  const activation = multiplierActivation(ctx, ifm);
  if (activation || !writeIntoOutput(ctx, op.inputs[0] ?? -1, ifm, ofm2, op.outputs[0] ?? -1)) {
    push(
      ctx,
      op,
      activation ? "AvgPool" : "MemoryCopy",
      "pool",
      ifm,
      { ...ofm2, shape: ifm.shape },
      // A ReLU runs as a standalone activation, the main op of its group (as a RELU operator: see lowerOperator).
      activation ? { elementwiseLike: true, ...activation !== "relu" && { activation } } : {}
    );
  }
  return true;
}
function multiplierActivation(ctx, part) {
  const writers = ctx.ops.filter((o) => o.ofm.buffer === part.buffer && o.subgraph === ctx.sg.index);
  const source = writers.length === 1 && writers[0].type === "Transpose" ? ctx.sg.operators[writers[0].sourceIndex] : void 0;
  if (source?.type !== "DEPTHWISE_CONV_2D") return void 0;
  const kind = fusedActivation2(source);
  return kind === "none" ? void 0 : kind;
}
var DATA_LAYOUT = /* @__PURE__ */ new Set(["PAD", "PADV2", "CONCATENATION", "PACK", "REVERSE_V2", "TILE"]);
function writeIntoOutput(ctx, src, part, out, outT) {
  const writers = ctx.ops.filter((o) => o.ofm.buffer === part.buffer && o.subgraph === ctx.sg.index);
  const own = writers.filter((o) => !writers.some((p) => p !== o && p.chained?.includes(o)));
  const decomposed = ctx.sg.operators[own[0]?.sourceIndex ?? -1]?.type;
  const phases = own.length > 1 && own.every((o) => o.sourceIndex === own[0].sourceIndex) && (decomposed === "TRANSPOSE_CONV" || decomposed === "RESIZE_BILINEAR");
  const producer = own.length === 1 ? writers[0] : phases ? own[0] : void 0;
  const view = !!producer && producer.type === "Transpose" && !sameShape(producer.ofm.shape, part.shape) && elementsOfShape(producer.ofm.shape) === elementsOfShape(part.shape);
  if (
    // A part several operations write (a concatenation's copies, a PAD's fills) is copied whole, as in regor.
    !producer || // A slice is not copied twice: the part's own copy reads the slice's source instead (moveSlicesToConsumers).
    SLICING.has(ctx.sg.operators[producer.sourceIndex]?.type ?? "") || // Nor does regor move the write into another data-layout operation (IsDataLayout): a PAD of nothing's copy
    // keeps it, and the next PAD copies its interior.
    DATA_LAYOUT.has(ctx.sg.operators[producer.sourceIndex]?.type ?? "") || (ctx.readers.get(src) ?? 0) !== 1 || ctx.sg.outputs.includes(src) || viaLayoutOp(ctx, src) || !sameQuantization(ctx, src, outT) || batchOf(ctx, src) !== 1 && producer.hw !== "elementwise" || // Nor one that computes the part in another shape (a fully connected layer's rows laid out as a map).
    !phases && !view && !sameShape(producer.ofm.shape, part.shape) || // Nor into the whole output (a PAD of nothing, a concatenation of one map): regor moves only a copy into a
    // slice of its output (MoveConcatSliceToProducer), so that copy stays.
    sameShape(part.shape, out.shape)
  )
    return false;
  ctx.buffers.delete(part.buffer.key);
  if (phases && part.buffer.linear) out.buffer.linear = true;
  if (producer.type === "Transpose" && (part.buffer.linear || view)) out.buffer.linear = true;
  const resized = phases && decomposed === "RESIZE_BILINEAR";
  for (const w of phases ? own : [producer]) {
    const shape = resized ? { ...w.ofm.shape, h: out.shape.h - 1, w: out.shape.w - 1 } : w.ofm.shape;
    w.ofm = { ...out, shape: phases || view ? shape : part.shape };
    w.writesInPlace = true;
    for (const o of ctx.ops) if (o.chained?.includes(w)) o.ofm = w.ofm;
  }
  return true;
}
function padsWithZeroPoint(ctx, op) {
  const value = ctx.sg.tensors[op.inputs[2] ?? -1];
  const data = value ? ctx.model.buffers[value.buffer]?.data : void 0;
  if (!value) return true;
  if (!data || data.byteLength < 1) return false;
  const raw = value.dtype === "int8" ? data[0] << 24 >> 24 : value.dtype === "uint8" ? data[0] : NaN;
  const zp = ctx.sg.tensors[op.outputs[0] ?? -1]?.quantization?.zeroPoint?.[0] ?? 0;
  return raw === zp;
}
function isFusablePad(ctx, op, consumers) {
  if (op.type !== "PAD" && op.type !== "PADV2") return false;
  if (op.type === "PADV2" && !padsWithZeroPoint(ctx, op)) return false;
  const dst = op.outputs[0] ?? -1;
  if (dst < 0 || ctx.sg.outputs.includes(dst)) return false;
  const readers = ctx.sg.operators.filter((o) => o.inputs.includes(dst));
  if (readers.length === 0 || readers.length !== (consumers.get(dst) ?? 0)) return false;
  const pads = constantInts(ctx, op.inputs[1] ?? -1);
  return readers.every((next) => next.inputs[0] === dst && takesPadding(ctx, op, pads, next));
}
function takesPadding(ctx, op, pads, next) {
  const dst = op.outputs[0] ?? -1;
  if (!ctx.npu.has(next.index)) return false;
  if (next.type === "MEAN") {
    const kernel2 = meanKernel(ctx, next);
    return !!kernel2 && !!pads && pads.length === 8 && fitsKernel(ctx, op, pads, kernel2, [1, 1]);
  }
  if (next.type !== "CONV_2D" && next.type !== "DEPTHWISE_CONV_2D") return false;
  const w = ctx.sg.tensors[next.inputs[1] ?? -1];
  if (!w || w.shape.length !== 4 || !pads || pads.length !== 8) return true;
  const [kh, kw] = [w.shape[1], w.shape[2]];
  const dh = (kh - 1) * num2(next.options?.dilationHFactor, 1) + 1;
  const dw = (kw - 1) * num2(next.options?.dilationWFactor, 1) + 1;
  const [sy, sx] = [num2(next.options?.strideH, 1), num2(next.options?.strideW, 1)];
  if (next.options?.padding === PADDING_SAME) {
    const padded = ctx.sg.tensors[dst]?.shape ?? [];
    if (padded.length !== 4 || needed(padded[1], sy, dh) > 0 || needed(padded[2], sx, dw) > 0) return false;
  }
  return fitsKernel(ctx, op, pads, [dh, dw], [sy, sx]);
}
var needed = (input2, stride, filter) => Math.max(0, (Math.ceil(input2 / stride) - 1) * stride + filter - input2);
function fitsKernel(ctx, op, pads, [dh, dw], [sy, sx]) {
  if (pads[0] !== 0 || pads[1] !== 0 || pads[6] !== 0 || pads[7] !== 0) return false;
  const input2 = ctx.sg.tensors[op.inputs[0] ?? -1]?.shape ?? [];
  const after = (size, stride, filter, before, pad) => {
    const diff = pad % stride - (needed(size, stride, filter) - before) % stride;
    return Math.max(0, pad - diff - (diff >= 0 ? 0 : stride));
  };
  const [top, bottom, left, right] = [pads[2], pads[3], pads[4], pads[5]];
  return input2.length === 4 && top < dh && left < dw && after(input2[1], sy, dh, top, bottom) < dh && after(input2[2], sx, dw, left, right) < dw;
}
function meanKernel(ctx, mean) {
  const input2 = ctx.sg.tensors[mean.inputs[0] ?? -1]?.shape ?? [];
  const axes = constantInts(ctx, mean.inputs[1] ?? -1);
  if (input2.length !== 4 || input2[0] !== 1 || !axes || axes.length === 0) return void 0;
  const reduced = new Set(axes.map((a) => a < 0 ? a + 4 : a));
  if ([...reduced].some((a) => a !== 1 && a !== 2)) return void 0;
  const h = reduced.has(1) ? input2[1] : 1;
  const w = reduced.has(2) ? input2[2] : 1;
  if (h > MEAN_MAX_HEIGHT || h * w > MEAN_MAX_KERNEL) return void 0;
  return [h, w];
}

// src/perf/lower/resize.ts
var HALF_PIXEL_TAPS = [
  [1, 3, 3, 9],
  [3, 1, 9, 3],
  [3, 9, 1, 3],
  [9, 3, 3, 1]
];
function pushHalfPixelBilinear(ctx, op, ifm, ofm2) {
  const { h, w, c } = ifm.shape;
  const padded = tempFm(ctx, { h: h + 2, w: w + 2, c }, ifm.bits);
  padded.buffer.linear = true;
  ofm2.buffer.linear = true;
  push(ctx, op, "MemoryCopy", "pool", ifm, { ...padded, shape: ifm.shape });
  const row = { h: 1, w, c };
  for (let i = 0; i < 2; i++) push(ctx, op, "MemoryCopy", "pool", { ...ifm, shape: row }, { ...padded, shape: row });
  const column = { h: h + 2, w: 1, c };
  for (let i = 0; i < 2; i++)
    push(ctx, op, "MemoryCopy", "pool", { ...padded, shape: column }, { ...padded, shape: column });
  const window = { ...padded, shape: { h: h + 1, w: w + 1, c } };
  const phase = { ...ofm2, shape: { h: ofm2.shape.h - 1, w: ofm2.shape.w - 1, c } };
  HALF_PIXEL_TAPS.forEach((taps, tile) => {
    const key = `${c}/${tile}`;
    const weights = generatedKernel(ctx, op, `resize-taps-${op.index}-${key}`, `taps-${key}`, 2, 2, c, (n) => {
      const data = new Int8Array(n);
      for (let k = 0; k < 4; k++) data.fill(taps[k], k * c, (k + 1) * c);
      return data;
    });
    push(ctx, op, "DepthwiseConv2D", "depthwise", window, phase, {
      kernel: { ...UNIT_KERNEL, w: 2, h: 2 },
      weights,
      // Its maps carry no scaling of their own in regor (HasScaling): 32-bit accumulators even for 16 bits.
      scaled: false
    });
  });
}

// src/perf/execution-order.ts
function executionOrder(nodes, outputs) {
  return groupCpuSteps(nodes, walkFromOutputs(nodes, outputs), new Set(outputs));
}
function walkFromOutputs(nodes, outputs) {
  const copies = /* @__PURE__ */ new Map();
  const inPlace = /* @__PURE__ */ new Map();
  nodes.forEach((n, k) => {
    for (const w of n.writes) {
      const into = n.inPlace ? inPlace : copies;
      let list = into.get(w);
      if (!list) into.set(w, list = []);
      list.push(k);
    }
  });
  const writers = /* @__PURE__ */ new Map();
  for (const [key, list] of copies) writers.set(key, list);
  for (const [key, list] of inPlace) writers.set(key, [...writers.get(key) ?? [], ...[...list].reverse()]);
  const none = [];
  const writersOf = (key) => writers.get(key) ?? none;
  const order = [];
  const visited = new Uint8Array(nodes.length);
  const stack = [];
  for (const key of outputs) stack.push(...writersOf(key));
  while (stack.length > 0) {
    const e = stack.pop();
    if (e < 0) {
      order.push(~e);
      continue;
    }
    if (visited[e]) continue;
    visited[e] = 1;
    stack.push(~e);
    for (const r of nodes[e].reads) for (const w of writersOf(r)) if (!visited[w] && w !== e) stack.push(w);
  }
  nodes.forEach((_, k) => {
    if (!visited[k]) order.push(k);
  });
  return order;
}
function groupCpuSteps(nodes, order, outputs) {
  const producers = /* @__PURE__ */ new Map();
  for (const k of order) {
    for (const w of nodes[k].writes) {
      let list = producers.get(w);
      if (!list) producers.set(w, list = []);
      list.push(k);
    }
  }
  const readers = /* @__PURE__ */ new Set();
  for (const n of nodes) for (const r of n.reads) readers.add(r);
  const early = [];
  const earlySet = /* @__PURE__ */ new Set();
  const late = [];
  const other = [];
  for (const k of order) {
    const n = nodes[k];
    if (n.cpu) {
      if (n.reads.every((r) => (producers.get(r) ?? []).every((p) => earlySet.has(p)))) {
        early.push(k);
        earlySet.add(k);
        continue;
      }
      if (n.writes.every((w) => outputs.has(w) && !readers.has(w))) {
        late.push(k);
        continue;
      }
    }
    other.push(k);
  }
  for (let i = other.length - 1; i >= 0; i--) {
    if (!nodes[other[i]].cpu) continue;
    for (let j = i; j + 1 < other.length; j++) {
      const cpu = nodes[other[j]];
      const next = nodes[other[j + 1]];
      if (next.cpu || next.reads.some((r) => cpu.writes.includes(r))) break;
      [other[j], other[j + 1]] = [other[j + 1], other[j]];
    }
  }
  return [...early, ...other, ...late];
}

// src/perf/lower/schedule.ts
var PARTS_COPIED = /* @__PURE__ */ new Set(["CONCATENATION", "PACK"]);
var PARTS_SLICED = /* @__PURE__ */ new Set(["SPLIT", "SPLIT_V", "UNPACK"]);
var ORDERED_INSIDE = /* @__PURE__ */ new Set(["MEAN", "SUM", "PAD", "PADV2", "MIRROR_PAD"]);
function scheduleInVelaOrder(ctx) {
  const { sg } = ctx;
  const units = /* @__PURE__ */ new Map();
  const add = (key, e) => {
    const list2 = units.get(key);
    if (list2) list2.push(e);
    else units.set(key, [e]);
  };
  const source = (e) => "cpu" in e ? e.cpu : e.npu.sourceIndex;
  const entries = ctx.ops.filter((o) => o.sourceIndex !== GRAPH_BOUNDARY).map((npu) => ({ npu }));
  for (const op of sg.operators) if (!ctx.npu.has(op.index)) entries.push({ cpu: op.index });
  entries.sort((a, b) => source(a) - source(b));
  const seen = /* @__PURE__ */ new Map();
  entries.forEach((e, k) => {
    const type = "npu" in e ? sg.operators[e.npu.sourceIndex]?.type ?? "" : "";
    if ("cpu" in e) add(`cpu ${e.cpu}`, e);
    else if (PARTS_COPIED.has(type)) add(`${e.npu.sourceIndex} ${e.npu.ifm.buffer.key}`, e);
    else if (PARTS_SLICED.has(type)) add(`${e.npu.sourceIndex} > ${e.npu.ofm.buffer.key}`, e);
    else if (ORDERED_INSIDE.has(type)) add(`${e.npu.sourceIndex} #${k}`, e);
    else if (type === "UNIDIRECTIONAL_SEQUENCE_LSTM") {
      const n = seen.get(e.npu.sourceIndex) ?? 0;
      seen.set(e.npu.sourceIndex, n + 1);
      add(`${e.npu.sourceIndex}${n < 2 ? " prologue" : ""}`, e);
    } else add(`${e.npu.sourceIndex}`, e);
  });
  const list = [...units.values()];
  const maps = (tensors) => tensors.filter((i) => i >= 0 && !isConstant(ctx, i)).map((i) => bufferKey(ctx, i));
  const nodes = list.map((unit) => {
    const first = unit[0];
    if ("cpu" in first) {
      const op = sg.operators[first.cpu];
      return { cpu: true, reads: maps(op.inputs), writes: maps(op.outputs) };
    }
    const ops = unit.flatMap((e) => "npu" in e ? [e.npu] : []);
    const writes = new Set(ops.map((o) => o.ofm.buffer.key));
    const reads = /* @__PURE__ */ new Set();
    for (const o of ops)
      for (const r of [o.ifm, o.ifm2, ...o.extraIfms ?? []])
        if (r && !r.buffer.constant && !writes.has(r.buffer.key)) reads.add(r.buffer.key);
    return { cpu: false, reads: [...reads], writes: [...writes], inPlace: ops.some((o) => o.writesInPlace) };
  });
  const ordered = executionOrder(
    nodes,
    sg.outputs.map((i) => bufferKey(ctx, i))
  ).flatMap((k) => list[k]);
  const boundary = ctx.ops.filter((o) => o.sourceIndex === GRAPH_BOUNDARY);
  const schedule = [
    ...boundary.filter((o) => o.type !== "And").map((npu) => ({ npu })),
    ...ordered,
    ...boundary.filter((o) => o.type === "And").map((npu) => ({ npu }))
  ];
  ctx.ops = schedule.flatMap((e) => "npu" in e ? [e.npu] : []);
  return schedule;
}
function readerOrder(o) {
  return (o.elementwiseLike && o.activation === "lut" ? 2 ** 31 : 0) + o.sourceIndex;
}
function firstCpuReader(ctx, copy, out) {
  const source = ctx.sg.operators[copy.sourceIndex];
  const tensor = source?.outputs.find((t) => t >= 0 && bufferKey(ctx, t) === out.key);
  if (tensor === void 0) return 0;
  const cpu = ctx.sg.operators.find((op) => !ctx.npu.has(op.index) && op.inputs.includes(tensor));
  return cpu ? cpu.index : Infinity;
}
function linearWhereViewsDiffer(ops) {
  const views = /* @__PURE__ */ new Map();
  const wc = (s2) => `${s2.w}x${s2.c}`;
  const elements2 = (s2) => s2.h * s2.w * s2.c;
  const viewOf = (b) => {
    let v = views.get(b);
    if (!v) views.set(b, v = { read: /* @__PURE__ */ new Set(), whole: /* @__PURE__ */ new Set() });
    return v;
  };
  const whole = (r) => wc(elements2(r.shape) === elements2(r.buffer.shape) ? r.shape : r.buffer.shape);
  const read = (r) => wc(elements2(r.shape) > elements2(r.buffer.shape) ? r.buffer.shape : r.shape);
  for (const op of ops) {
    for (const r of [op.ifm, op.ifm2, ...op.extraIfms ?? []]) {
      if (!r || r.buffer.linear || r.buffer.constant) continue;
      const v = viewOf(r.buffer);
      v.read.add(read(r));
      v.whole.add(whole(r));
    }
    const written = { ...op.ofm, shape: transposedShape(op.ofm.shape, op.fusedTranspose) };
    const larger = elements2(written.shape) > elements2(written.buffer.shape);
    if (!op.ofm.buffer.linear) viewOf(op.ofm.buffer).whole.add(larger ? wc(written.shape) : whole(written));
  }
  for (const [b, v] of views) {
    if (v.read.size === 0) continue;
    if (v.read.size > 1 || [...v.whole].some((s2) => !v.read.has(s2))) b.linear = true;
  }
}
function moveSlicesToConsumers(ctx) {
  const readsOwnSlice = (o) => {
    const source = ctx.sg.operators[o.sourceIndex];
    if (source?.type === "MEAN") return o.hw === "depthwise";
    if (source?.type !== "RESIZE_BILINEAR" && source?.type !== "RESIZE_NEAREST_NEIGHBOR") return false;
    const [a, b] = [ctx.sg.tensors[source.inputs[0] ?? -1]?.shape, ctx.sg.tensors[source.outputs[0] ?? -1]?.shape];
    return !a || !b || a.join("x") !== b.join("x");
  };
  const slicing = (o) => o.type === "MemoryCopy" && SLICING.has(ctx.sg.operators[o.sourceIndex]?.type ?? "");
  const readersOf = /* @__PURE__ */ new Map();
  const addReader = (b, o) => {
    let set = readersOf.get(b);
    if (!set) readersOf.set(b, set = /* @__PURE__ */ new Set());
    set.add(o);
  };
  for (const o of ctx.ops) for (const f of [o.ifm, o.ifm2, ...o.extraIfms ?? []]) if (f) addReader(f.buffer, o);
  const removed = /* @__PURE__ */ new Set();
  const same = (a, b) => a.h === b.h && a.w === b.w && a.c === b.c;
  for (const copy of ctx.ops) {
    if (!slicing(copy) || copy.activation !== "none" || copy.lutBytes > 0) continue;
    const source = ctx.sg.operators[copy.sourceIndex];
    if (source && keptUnpackSlice(ctx, source)) continue;
    const out = copy.ofm.buffer;
    const kept = out.isOutput || out.external;
    const cpuReader = kept ? firstCpuReader(ctx, copy, out) : void 0;
    const src = copy.ifm;
    const readers = [...readersOf.get(out) ?? []].filter(
      (o) => o !== copy && (cpuReader === void 0 || readerOrder(o) < cpuReader)
    );
    const sameAsShallow = (s2) => !!copy.shallowShape && same(s2, copy.shallowShape);
    const movable = (o) => !slicing(o) && o.type !== "Transpose" && !readsOwnSlice(o) && o.hw !== "dma" && !o.chained && !o.extraIfms?.some((f) => f.buffer === out) && [o.ifm, o.ifm2].every((f) => !f || f.buffer !== out || same(f.shape, copy.ofm.shape) || sameAsShallow(f.shape));
    const moved = readers.filter(movable);
    if (moved.length === 0) continue;
    for (const o of moved) {
      if (o.ifm.buffer === out) o.ifm = { ...src, shape: o.ifm.shape, throughSlice: true };
      if (o.ifm2?.buffer === out) o.ifm2 = { ...src, shape: o.ifm2.shape, throughSlice: true };
      readersOf.get(out)?.delete(o);
      addReader(src.buffer, o);
    }
    if (src.buffer.shape.w !== copy.ofm.shape.w || src.buffer.shape.c !== copy.ofm.shape.c) src.buffer.linear = true;
    if (moved.length === readers.length && !kept) removed.add(copy);
    else if (ctx.family === "u85" && readers.length - moved.length === 1) {
      const t = readers.find((o) => !moved.includes(o));
      const whole = t.ifm.buffer === out && same(t.ifm.shape, copy.ofm.shape) && same(copy.ofm.shape, out.shape);
      if (t.type === "Transpose" && t.hw === "pool" && !!t.transpose && whole && !t.ifm2 && !t.fusedTranspose) {
        if (!t.ofm.buffer.isOutput && !t.ofm.buffer.external && !!t.ofm.buffer.persistent === !!out.persistent) {
          copy.type = "Transpose";
          copy.blockAs = "MemoryCopy";
          copy.transpose = t.transpose;
          copy.ofm = t.ofm;
          removed.add(t);
          ctx.buffers.delete(out.key);
        }
      }
    }
  }
  if (removed.size > 0) ctx.ops = ctx.ops.filter((o) => !removed.has(o));
}
function keptUnpackSlice(ctx, op) {
  if (op.type !== "UNPACK") return void 0;
  const rank = ctx.sg.tensors[op.inputs[0] ?? -1]?.shape.length ?? 0;
  const raw = Number(op.options?.axis ?? 0);
  return axisKeptAsOne(ctx.sg.tensors[op.outputs[0] ?? -1]?.shape ?? [], raw < 0 ? raw + rank : raw);
}
function axisKeptAsOne(shape, axis) {
  if (!shape.slice(0, axis).some((d) => d > 1)) return void 0;
  return toShape3([...shape.slice(0, axis), 1, ...shape.slice(axis)]);
}

// src/perf/lower/softmax.ts
function lowerSoftmax8(ctx, op, ifm, ofm2) {
  const { h, w, c } = ifm.shape;
  const rows = { h, w, c: 1 };
  const max = tempFm(ctx, rows, 8);
  const wide = w > 1 ? w : h;
  let input2 = ifm;
  if (ctx.family === "u85" && c !== h * w * c && wide >= 16) {
    const perm = w > 1 ? [0, 3, 1, 2] : [0, 3, 2, 1];
    const turned = tempFm(ctx, w > 1 ? { h: c, w: h, c: w } : { h: c, w: 1, c: h }, 8);
    if (c === 1) {
      input2 = { ...turned, shape: ifm.shape };
      push(ctx, op, "MemoryCopy", "pool", ifm, input2);
    } else push(ctx, op, "Transpose", "pool", ifm, turned, { transpose: u85TransposeType(perm) });
    const kernel2 = { ...UNIT_KERNEL, h: c };
    push(
      ctx,
      op,
      "MaxPool",
      "pool",
      turned,
      { ...max, shape: { h: 1, w: turned.shape.w, c: turned.shape.c } },
      { kernel: kernel2 }
    );
  } else pushDepthMax(ctx, op, ifm, max);
  const exp = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, "Sub", "elementwise", input2, exp, {
    ifm2: max,
    activation: "lut",
    lutBytes: 0,
    lutInputBits: ifm.bits,
    lutTensor: { key: `softmax8-exp:${String(op.options?.beta)}:${quantKey(ctx, op.inputs[0] ?? -1)}`, bytes: 1024 }
  });
  const constant = (name, value) => scalarFm(ctx, `softmax-${name}`, 32, value);
  const row = (type, a, b) => {
    const next = tempFm(ctx, rows, 32);
    push(ctx, op, type, "elementwise", a, next, b ? { ifm2: b } : {});
    return next;
  };
  const shifted = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, "Asr", "elementwise", exp, shifted, { ifm2: constant("right-shift12", 12) });
  const sum = tempFm(ctx, rows, 32);
  push(ctx, op, "ReduceSum", "reducesum", shifted, sum);
  const headroomPlusOne = row("CLZ", sum);
  const rightShift = row("Sub", constant("headroom-offset", 12 + 31 - ofm2.bits), headroomPlusOne);
  const headroom = row("Sub", headroomPlusOne, constant("one", 1));
  const halfDenominator = row("SHL", sum, headroom);
  let x = row(
    "Add",
    row("Mul", halfDenominator, constant("neg-32-over-17", -Math.floor(2 ** 34 / 17))),
    constant("48-over-17", Math.floor(48 * 2 ** 29 / 17))
  );
  for (let i = 0; i < 3; i++) {
    const oneMinus = row("Sub", constant("F2-one", 2 ** 29), row("Mul", x, halfDenominator));
    x = row("Add", x, row("Mul", row("Mul", x, oneMinus), constant("four", 4)));
  }
  const scaled = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, "Mul", "elementwise", exp, scaled, { ifm2: x });
  if (ifm.bits === 8 && ofm2.bits === 16) {
    const shiftedOut = tempFm(ctx, ifm.shape, 32);
    push(ctx, op, "Asr", "elementwise", scaled, shiftedOut, { ifm2: rightShift });
    const zeroPoint = ctx.sg.tensors[op.outputs[0] ?? -1]?.quantization?.zeroPoint[0] ?? 0;
    push(ctx, op, "Add", "elementwise", shiftedOut, ofm2, { ifm2: constant("zero-point", zeroPoint) });
  } else push(ctx, op, "Asr", "elementwise", scaled, ofm2, { ifm2: rightShift });
}
function pushDepthMax(ctx, op, ifm, max) {
  const { h, w, c } = ifm.shape;
  if (w !== 1 || c !== 1) ifm.buffer.linear = true;
  const view = { ...ifm, shape: { h: h * w, w: c, c: 1 } };
  const kernel2 = { ...UNIT_KERNEL, w: c };
  push(ctx, op, "MaxPool", "pool", view, { ...max, shape: { h: h * w, w: 1, c: 1 } }, { kernel: kernel2 });
}
function lowerSoftmax16(ctx, op, ifm, ofm2) {
  const rows = { ...ifm.shape, c: 1 };
  const max = tempFm(ctx, rows, 16);
  pushDepthMax(ctx, op, ifm, max);
  const constant = (name, value2) => scalarFm(ctx, `softmax16-${name}`, 32, value2);
  const inQuant = `${String(op.options?.beta)}:${quantKey(ctx, op.inputs[0] ?? -1)}`;
  const diff = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, "Sub", "elementwise", ifm, diff, { ifm2: max });
  const scaled = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, "Mul", "elementwise", diff, scaled, { ifm2: constant("scale", `scale:${inQuant}`) });
  const exp = tempFm(ctx, ifm.shape, 16);
  push(ctx, op, "Add", "elementwise", scaled, exp, {
    ifm2: constant("add3", 32767),
    activation: "lut",
    lutTensor: { key: `softmax16-exp:${inQuant}`, bytes: 2048 }
  });
  const sum = tempFm(ctx, rows, 32);
  push(ctx, op, "ReduceSum", "reducesum", exp, sum);
  const rowOp = (type, a, b, bits = 32, lut = false) => {
    const next = tempFm(ctx, rows, bits);
    push(ctx, op, type, "elementwise", a, next, {
      ...b ? { ifm2: b } : {},
      // The reciprocal's LUT (1 / (1 + x)) is the same for every softmax.
      ...lut ? { activation: "lut", lutTensor: { key: "softmax16-reciprocal", bytes: 2048 } } : {}
    });
    return next;
  };
  const headroomPlusOne = rowOp("CLZ", sum, void 0);
  const rightShift = rowOp("Sub", constant("31", 31), headroomPlusOne);
  const constantOne = rowOp("SHL", constant("one", 1), rightShift);
  const sumMinusOne = rowOp("Sub", sum, constantOne);
  const shifted = rowOp("SHL", sumMinusOne, headroomPlusOne);
  const shifted16 = rowOp("Asr", shifted, constant("shift", 15));
  const value = rowOp("Sub", shifted16, constant("sub11", 32768), 16, true);
  const product2 = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, "Mul", "elementwise", exp, product2, { ifm2: value });
  push(ctx, op, "Asr", "elementwise", product2, ofm2, { ifm2: rightShift });
}
function lowerSoftmax(ctx, op, ifm, ofm2) {
  if (op.type === "SOFTMAX" && ifm.bits === 8) {
    lowerSoftmax8(ctx, op, ifm, ofm2);
    return;
  }
  if (op.type === "SOFTMAX" && ifm.bits === 16) {
    lowerSoftmax16(ctx, op, ifm, ofm2);
    return;
  }
  const full = ifm.shape;
  const row = { h: full.h, w: full.w, c: 1 };
  const max = tempFm(ctx, row, 8);
  push(ctx, op, "MaxPool", "pool", { ...ifm, shape: full }, max, { kernel: UNIT_KERNEL });
  const exp = tempFm(ctx, full, 32);
  push(ctx, op, "Sub", "elementwise", ifm, exp, {
    ifm2: max,
    activation: "lut",
    lutBytes: lutBytesFor(ifm.bits),
    lutInActivation: true
  });
  const sum = tempFm(ctx, row, 32);
  push(ctx, op, "ReduceSum", "reducesum", exp, sum);
  const r = tempFm(ctx, row, 32);
  for (let i = 0; i < 18; i++) push(ctx, op, i % 2 ? "Mul" : "Add", "elementwise", sum, r, { ifm2: r });
  const scaled = tempFm(ctx, full, 32);
  push(ctx, op, "Mul", "elementwise", exp, scaled, { ifm2: r });
  push(ctx, op, "Shr", "elementwise", scaled, ofm2);
}

// src/perf/lower/operator.ts
function lowerOne(ctx, op) {
  const inT = (i) => op.inputs[i] ?? -1;
  const outT = op.outputs[0] ?? -1;
  if (outT < 0 || inT(0) < 0) return;
  const act = fusedActivation2(op);
  const ofm2 = fm(ctx, outT);
  const ifm = fm(ctx, inT(0));
  switch (op.type) {
    case "CONV_2D":
    case "DEPTHWISE_CONV_2D":
    case "TRANSPOSE_CONV": {
      const wIdx = op.type === "TRANSPOSE_CONV" ? inT(1) : inT(1);
      const w = ctx.sg.tensors[wIdx];
      if (!w || w.shape.length !== 4) return;
      const transpose = op.type === "TRANSPOSE_CONV";
      const src = transpose ? fm(ctx, inT(2)) : ifm;
      const kernel2 = convKernel(op, w.shape[1], w.shape[2]);
      let dw = op.type === "DEPTHWISE_CONV_2D";
      if (dw && src.shape.c === 1 && ofm2.shape.c > 1) dw = false;
      if (transpose) {
        kernel2.strideX = 1;
        kernel2.strideY = 1;
      } else resetKernel(kernel2, ctx.sg.tensors[outT]?.shape);
      let weights = weightInfo(ctx, wIdx, ofm2.shape.c, dw, dw ? "depthwise" : "conv");
      if (!transpose && (kernel2.dilationX > 2 || kernel2.dilationY > 2))
        weights = dilateKernel(ctx, op, kernel2, weights);
      const extra = {
        kernel: kernel2,
        activation: act,
        weights,
        upscale: transpose ? num2(op.options?.strideW, 1) : 1,
        upscaleZeros: transpose
      };
      const multiplier = dw ? Math.round(ofm2.shape.c / Math.max(1, src.shape.c)) : 1;
      if (transpose && ctx.family === "u85" && weights)
        pushU85TransposeConv(ctx, op, src, ofm2, weights, convKernel(op, w.shape[1], w.shape[2]), act);
      else if (transpose)
        push(ctx, op, "Conv2D", "conv", src, ofm2, { ...extra, weights: weights && reversedKernel(ctx, weights) });
      else if (multiplier > 1 && ofm2.shape.c === src.shape.c * multiplier)
        pushPerMultiplier(ctx, op, multiplier, src, ofm2, extra);
      else {
        const batch = batchOf(ctx, op.outputs[0] ?? -1);
        if (batch > 1 && batch <= MAX_DECOMPOSED_BATCH && src.shape.h % batch === 0 && ofm2.shape.h % batch === 0) {
          const inPart = { ...src, shape: { ...src.shape, h: src.shape.h / batch } };
          const outPart = { ...ofm2, shape: { ...ofm2.shape, h: ofm2.shape.h / batch } };
          for (let b = 0; b < batch; b++) pushConvolution(ctx, op, dw, inPart, outPart, extra);
        } else pushConvolution(ctx, op, dw, src, ofm2, extra);
      }
      return;
    }
    case "FULLY_CONNECTED": {
      const w = ctx.sg.tensors[inT(1)];
      if (!w) return;
      const inDepth = w.shape[w.shape.length - 1] ?? 1;
      const batch = Math.max(1, Math.round(elementsOfShape(ifm.shape) / Math.max(inDepth, 1)));
      const stored = ifm.buffer.shape;
      if (stored.w !== batch || stored.c !== inDepth) ifm.buffer.linear = true;
      if (!isConstant(ctx, inT(1))) {
        const rowIfm = { ...ifm, shape: { h: 1, w: batch, c: inDepth } };
        const rowOfm = { ...ofm2, shape: { h: 1, w: batch, c: ofm2.shape.c } };
        push(ctx, op, "MatMul", "vector", rowIfm, rowOfm, { activation: act });
        return;
      }
      const rows = fcRows(batch);
      const viewIfm = { ...ifm, shape: { ...rows, c: inDepth } };
      const viewOfm = { ...ofm2, shape: { ...rows, c: ofm2.shape.c } };
      const weights = weightInfo(ctx, inT(1), ofm2.shape.c, false, "fully-connected");
      const hw = batch > 1 && ctx.family !== "u85" ? "conv" : "vector";
      push(ctx, op, "FullyConnected", hw, viewIfm, viewOfm, { activation: act, weights });
      return;
    }
    case "AVERAGE_POOL_2D":
    case "MAX_POOL_2D": {
      const o = op.options ?? {};
      const kernel2 = {
        w: num2(o.filterWidth, 1),
        h: num2(o.filterHeight, 1),
        strideX: num2(o.strideW, 1),
        strideY: num2(o.strideH, 1),
        dilationX: 1,
        dilationY: 1
      };
      const type = op.type === "MAX_POOL_2D" ? "MaxPool" : "AvgPool";
      resetKernel(kernel2, ctx.sg.tensors[outT]?.shape);
      if (unrollsStride(op, kernel2, ifm, ofm2))
        pushUnrolled(ctx, op, type, "pool", ifm, ofm2, { kernel: kernel2, activation: act });
      else if (ctx.family === "u85" && largeStride(kernel2, ofm2))
        pushPerKernelElement(ctx, op, type, "pool", ifm, ofm2, { kernel: kernel2, activation: act });
      else push(ctx, op, type, "pool", ifm, ofm2, { kernel: kernel2, activation: act });
      return;
    }
    case "ADD":
    case "SUB":
    case "MUL":
    case "MAXIMUM":
    case "MINIMUM":
    case "DIV":
    case "EQUAL":
    case "NOT_EQUAL":
    case "GREATER":
    case "GREATER_EQUAL":
    case "LESS":
    case "LESS_EQUAL":
    case "LOGICAL_AND":
    case "LOGICAL_OR": {
      const ifm2 = inT(1) >= 0 ? fm(ctx, inT(1)) : void 0;
      const first = ifm2 && ctx.family !== "u85" ? broadcastBoth(ctx, op, ifm, ifm2, ofm2) : ifm;
      push(ctx, op, BINARY_ELEMENTWISE2[op.type] ?? "Add", "elementwise", first, ofm2, { ifm2, activation: act });
      return;
    }
    case "SQUARED_DIFFERENCE": {
      const ifm2 = inT(1) >= 0 ? fm(ctx, inT(1)) : void 0;
      const t32 = tempFm(ctx, ofm2.shape, 32);
      push(ctx, op, "Sub", "elementwise", ifm, t32, { ifm2 });
      push(ctx, op, "Mul", "elementwise", t32, ofm2, { ifm2: t32 });
      return;
    }
    case "LEAKY_RELU": {
      if (ifm.bits === 8)
        push(ctx, op, "AvgPool", "pool", ifm, ofm2, {
          activation: "lut",
          lutBytes: lutBytesFor(8),
          lutTensor: lutTensor(ctx, `LEAKY_RELU:${String(op.options?.alpha)}`, inT(0), outT, lutBytesFor(8)),
          elementwiseLike: true
        });
      else push(ctx, op, "LeakyRelu", "elementwise", ifm, ofm2);
      return;
    }
    case "ABS":
    case "NEG":
    case "LOGICAL_NOT": {
      const type = op.type === "ABS" ? "Abs" : op.type === "NEG" ? "Sub" : "LeakyRelu";
      push(ctx, op, type, "elementwise", ifm, ofm2);
      return;
    }
    case "PRELU": {
      const alpha = inT(1) >= 0 ? fm(ctx, inT(1)) : ifm;
      const uniform = uniformConstant(ctx, inT(1));
      if (uniform !== void 0 && ifm.bits === 8) {
        if (uniform === 0) push(ctx, op, "AvgPool", "pool", ifm, ofm2, { elementwiseLike: true });
        else if (uniform === -1) push(ctx, op, "Abs", "elementwise", ifm, ofm2);
        else
          push(ctx, op, "AvgPool", "pool", ifm, ofm2, {
            activation: "lut",
            lutBytes: lutBytesFor(8),
            lutTensor: lutTensor(ctx, `PRELU:${uniform}`, inT(0), outT, lutBytesFor(8)),
            elementwiseLike: true
          });
        return;
      }
      if (maxConstantValue(ctx, inT(1)) <= 1) {
        const t = tempFm(ctx, ofm2.shape, ofm2.bits);
        push(ctx, op, "Mul", "elementwise", ifm, t, { ifm2: alpha });
        let x = ifm;
        if (!sameQuantization(ctx, inT(0), outT)) {
          x = tempFm(ctx, ofm2.shape, ofm2.bits);
          push(ctx, op, "Mul", "elementwise", ifm, x, { ifm2: scalarFm(ctx, "prelu-one", ifm.bits, 1) });
        }
        push(ctx, op, "Maximum", "elementwise", t, ofm2, { ifm2: x });
        return;
      }
      const pos = tempFm(ctx, ofm2.shape, ofm2.bits);
      const neg = tempFm(ctx, ofm2.shape, ofm2.bits);
      const scaled = tempFm(ctx, ofm2.shape, ofm2.bits);
      push(ctx, op, "Relu", "pool", ifm, pos);
      push(ctx, op, "Minimum", "elementwise", ifm, neg, { ifm2: scalarFm(ctx, "prelu-zero", ifm.bits, 0) });
      push(ctx, op, "Mul", "elementwise", neg, scaled, { ifm2: alpha });
      push(ctx, op, "Add", "elementwise", scaled, ofm2, { ifm2: pos });
      return;
    }
    case "RELU":
    case "RELU6":
    case "RELU_N1_TO_1":
    case "RELU_0_TO_1":
    case "QUANTIZE":
    case "DEQUANTIZE":
    case "CAST": {
      push(ctx, op, op.type === "QUANTIZE" ? "Quantize" : "AvgPool", "pool", ifm, ofm2, { elementwiseLike: true });
      return;
    }
    case "LOGISTIC":
    case "TANH":
    case "EXP":
    case "LOG":
    case "HARD_SWISH":
    case "RSQRT":
    case "GELU": {
      const lutBytes = lutBytesFor(ifm.bits, op.type, ctx.family);
      push(ctx, op, "AvgPool", "pool", ifm, ofm2, {
        activation: "lut",
        lutBytes,
        ...lutBytes > 0 ? { lutTensor: lutTensor(ctx, op.type, inT(0), outT, lutBytes) } : {},
        elementwiseLike: true
      });
      return;
    }
    case "CONCATENATION":
    case "PACK": {
      const outShape = ctx.sg.tensors[outT]?.shape ?? [];
      const rawAxis = num2(op.options?.axis, 0);
      const axis = rawAxis < 0 ? rawAxis + outShape.length : rawAxis;
      if (op.type === "CONCATENATION" && outShape.length > 0 && axis === outShape.length - 1) {
        let offset = 0;
        for (const i of op.inputs) {
          if (i < 0) continue;
          if (offset % 16 !== 0) ofm2.buffer.linear = true;
          offset += ctx.sg.tensors[i]?.shape.at(-1) ?? 0;
        }
      }
      for (let i = 0; i < op.inputs.length; i++) {
        if (op.inputs[i] < 0) continue;
        const part = fm(ctx, op.inputs[i]);
        if (op.type === "CONCATENATION" && writeIntoOutput(ctx, op.inputs[i], part, ofm2, outT)) continue;
        const slice = op.type === "PACK" ? axisKeptAsOne(ctx.sg.tensors[op.inputs[i]]?.shape ?? [], axis) : void 0;
        if (slice) {
          part.buffer.linear = true;
          pushPerBatch(ctx, op, { ...part, shape: slice }, { ...ofm2, shape: slice }, batchOf(ctx, op.inputs[i]));
        } else pushPerBatch(ctx, op, part, { ...ofm2, shape: part.shape }, batchOf(ctx, op.inputs[i]));
      }
      return;
    }
    case "SPLIT":
    case "SPLIT_V":
    case "UNPACK": {
      const src = op.type === "SPLIT" ? fm(ctx, inT(1)) : ifm;
      const kept = keptUnpackSlice(ctx, op);
      for (const o of op.outputs) {
        if (o < 0) continue;
        const part = fm(ctx, o);
        if (kept) {
          part.buffer.shape = kept;
          push(ctx, op, "MemoryCopy", "pool", { ...src, shape: kept }, { ...part, shape: kept });
        } else push(ctx, op, "MemoryCopy", "pool", { ...src, shape: part.shape }, part);
      }
      return;
    }
    case "PAD":
    case "PADV2":
    case "MIRROR_PAD": {
      if (op.type !== "MIRROR_PAD" && pushPadFills(ctx, op, ifm, ofm2)) return;
      push(ctx, op, "MemoryCopy", "pool", ifm, { ...ofm2, shape: ifm.shape });
      const border = elementsOfShape(ofm2.shape) - elementsOfShape(ifm.shape);
      if (border > 0) {
        const c = ofm2.shape.c;
        const fill = { h: 1, w: Math.max(1, Math.ceil(border / c)), c };
        push(ctx, op, "MemoryCopy", "pool", { ...ifm, shape: fill }, { ...ofm2, shape: fill });
      }
      return;
    }
    case "STRIDED_SLICE": {
      const strides = constantInts(ctx, inT(3)) ?? [];
      const rank = strides.length;
      const sy = rank >= 3 ? Math.max(1, Math.abs(strides[rank - 3])) : 1;
      const sx = rank >= 2 ? Math.max(1, Math.abs(strides[rank - 2])) : 1;
      const read = { ...ifm, shape: ofm2.shape };
      if (sy > 1 || sx > 1) {
        read.extent = {
          h: Math.min(ofm2.shape.h * sy, Math.max(ifm.shape.h, ofm2.shape.h)),
          w: Math.min(ofm2.shape.w * sx, Math.max(ifm.shape.w, ofm2.shape.w)),
          c: ofm2.shape.c
        };
        read.step = { h: sy, w: sx };
      }
      if (sx > 1) ifm.buffer.linear = true;
      push(ctx, op, "MemoryCopy", "pool", read, ofm2);
      return;
    }
    case "SLICE":
    case "TILE":
    case "REVERSE_V2":
    case "BATCH_TO_SPACE_ND":
    case "SPACE_TO_BATCH_ND":
    case "DEPTH_TO_SPACE":
    case "SPACE_TO_DEPTH": {
      push(ctx, op, "MemoryCopy", "pool", { ...ifm, shape: ofm2.shape }, ofm2);
      return;
    }
    case "GATHER":
    case "GATHER_ND":
    case "SCATTER_ND": {
      const indices = inT(1) >= 0 ? fm(ctx, inT(1)) : void 0;
      if (ctx.family === "u85") push(ctx, op, "Gather", "dma", ifm, ofm2, { ifm2: indices });
      else push(ctx, op, "MemoryCopy", "pool", { ...ifm, shape: ofm2.shape }, ofm2);
      return;
    }
    case "TRANSPOSE": {
      const merged = mergeWithPreviousTranspose(ctx, op);
      const first = merged?.op ?? op;
      const from = merged ? fm(ctx, merged.op.inputs[0]) : ifm;
      let perm = merged ? merged.perm : transposePerm(ctx, op.inputs[1] ?? -1);
      let shape = ctx.sg.tensors[first.inputs[0] ?? -1]?.shape ?? [];
      if (merged && perm && isNoOpPermute(shape, perm) && (ctx.readers.get(first.inputs[0] ?? -1) ?? 0) === 1) {
        const writers = ctx.ops.filter((o) => o.ofm.buffer === from.buffer);
        if (writers.length === 1 && !from.buffer.isInput) {
          ctx.buffers.delete(from.buffer.key);
          writers[0].ofm = { ...ofm2, shape: writers[0].ofm.shape };
          return;
        }
      }
      if (perm) ({ shape, perm } = transposeBeforeReshape(ctx, first, shape, perm));
      if (ctx.family === "u85") {
        if (perm) pushU85Transpose(ctx, first, from, ofm2, shape, perm, op);
        else push(ctx, first, "Transpose", "pool", from, ofm2);
      } else {
        const int32 = from.bits === 32;
        pushU55Transpose(ctx, first, from, ofm2, perm ? transposePasses(shape, perm, int32) : []);
      }
      return;
    }
    case "RESIZE_BILINEAR":
    case "RESIZE_NEAREST_NEIGHBOR": {
      if (ctx.family === "u85") {
        push(ctx, op, "Resize", "resize", ifm, ofm2, { resizeScaleX: resizeScaleX(op, ifm.shape.w, ofm2.shape.w) });
        return;
      }
      if (ifm.shape.h * ifm.shape.w === 1 && ofm2.shape.h * ofm2.shape.w > 1) {
        const zeros = constantFm(ctx, `resize-zeros-${op.index}`, ofm2.shape, ofm2.bits);
        push(ctx, op, "Add", "elementwise", ifm, ofm2, { ifm2: zeros });
        return;
      }
      const scale = Math.max(1, Math.round(ofm2.shape.w / Math.max(ifm.shape.w, 1)));
      const o = op.options ?? {};
      const doubled = ofm2.shape.h === 2 * ifm.shape.h && ofm2.shape.w === 2 * ifm.shape.w;
      if (op.type === "RESIZE_BILINEAR" && o.halfPixelCenters === true && !o.alignCorners && doubled && (ifm.bits === 8 || ifm.bits === 16)) {
        pushHalfPixelBilinear(ctx, op, ifm, ofm2);
        return;
      }
      const k = op.type === "RESIZE_BILINEAR" ? Math.min(scale, 8) : 1;
      const kernel2 = { ...UNIT_KERNEL, w: k, h: k };
      let from = ifm;
      let step = scale;
      for (; step > 2 && (step & step - 1) === 0 && step <= 8; step /= 2) {
        const shape = { h: from.shape.h * (ofm2.shape.h > from.shape.h ? 2 : 1), w: from.shape.w * 2, c: ofm2.shape.c };
        const mid = tempFm(ctx, shape, ifm.bits);
        push(ctx, op, "AvgPool", "pool", from, mid, { upscale: 2 });
        from = mid;
      }
      const alignCorners = op.type === "RESIZE_NEAREST_NEIGHBOR" && (scale & scale - 1) === 0 && scale >= 2 && scale <= 8 && !(ifm.shape.h === 1 && ifm.shape.w === 1) && Math.max((ofm2.shape.h - 1) / Math.max(ifm.shape.h - 1, 1), (ofm2.shape.w - 1) / Math.max(ifm.shape.w - 1, 1)) === scale;
      if (alignCorners) {
        const c = ofm2.shape.c;
        const weights = generatedKernel(
          ctx,
          op,
          `resize-pick-${scale}x${c}`,
          `pick-${scale}x${c}`,
          scale,
          scale,
          c,
          (n) => {
            const data = new Int8Array(n);
            const middle = (Math.floor(scale / 2) * scale + Math.floor(scale / 2)) * c;
            data.fill(1, middle, middle + c);
            return data;
          }
        );
        const pick = { ...UNIT_KERNEL, w: scale, h: scale };
        push(ctx, op, "DepthwiseConv2D", "depthwise", from, ofm2, { kernel: pick, weights, upscale: step });
        return;
      }
      push(ctx, op, "AvgPool", "pool", from, ofm2, { kernel: kernel2, upscale: step });
      return;
    }
    case "MEAN":
    case "SUM":
    case "REDUCE_MAX":
    case "REDUCE_MIN":
    case "REDUCE_PROD":
    case "ARG_MAX":
    case "ARG_MIN": {
      if (op.type === "ARG_MAX" && ctx.family === "u85" && lowerArgMaxU85(ctx, op, ifm, ofm2)) return;
      lowerReduce(ctx, op, ifm, ofm2);
      return;
    }
    case "UNIDIRECTIONAL_SEQUENCE_LSTM": {
      lowerLstm(ctx, op, ifm, ofm2);
      return;
    }
    case "SOFTMAX":
    case "LOG_SOFTMAX": {
      lowerSoftmax(ctx, op, ifm, ofm2);
      return;
    }
    case "BATCH_MATMUL": {
      const ifm2 = inT(1) >= 0 ? fm(ctx, inT(1)) : ifm;
      push(ctx, op, "MatMul", "vector", ifm, ofm2, { ifm2 });
      return;
    }
    default: {
      if (RESHAPES2.has(op.type)) return;
      push(ctx, op, "MemoryCopy", "pool", { ...ifm, shape: ofm2.shape }, ofm2);
    }
  }
}
function resizeScaleX(op, inW, outW) {
  const o = op.options ?? {};
  const alignCorners = o.alignCorners === true;
  const halfPixel = op.type === "RESIZE_NEAREST_NEIGHBOR" ? !alignCorners || o.halfPixelCenters === true : o.halfPixelCenters === true;
  let n = outW;
  let d = inW;
  if (alignCorners && d > 1) {
    n -= 1;
    d -= 1;
  }
  const gcd = (a, b) => b === 0 ? a : gcd(b, a % b);
  const g = Math.max(1, gcd(n, d));
  n /= g;
  d /= g;
  return halfPixel ? [n * 2, d * 2] : [n, d];
}

// src/perf/lower/index.ts
function lowerSubgraph(model, sg, npuOps, family, cores, weights, ofmBlockOf) {
  const ctx = {
    model,
    sg,
    family,
    npu: new Set(npuOps),
    buffers: /* @__PURE__ */ new Map(),
    alias: /* @__PURE__ */ new Map(),
    weights,
    ops: [],
    cores,
    tmpCount: 0,
    readers: /* @__PURE__ */ new Map(),
    ofmBlockOf
  };
  const consumers = ctx.readers;
  for (const op of sg.operators) for (const i of op.inputs) if (i >= 0) consumers.set(i, (consumers.get(i) ?? 0) + 1);
  const producedByCpu = /* @__PURE__ */ new Set();
  const consumedByCpu = /* @__PURE__ */ new Set();
  for (const op of sg.operators) {
    if (ctx.npu.has(op.index)) continue;
    for (const o of op.outputs) producedByCpu.add(o);
    for (const i of op.inputs) consumedByCpu.add(i);
  }
  const readerOf = /* @__PURE__ */ new Map();
  for (const op of sg.operators) for (const i of op.inputs) if (i >= 0) readerOf.set(i, op);
  const storageAfterLaterReshapes = (t) => {
    let shape = sg.tensors[t]?.shape ?? [];
    for (let hops = 0; hops < sg.operators.length && !sg.outputs.includes(t); hops++) {
      const next = consumers.get(t) === 1 ? readerOf.get(t) : void 0;
      if (!next || !ctx.npu.has(next.index) || !(RESHAPES2.has(next.type) || isIdentityTranspose(ctx, next))) break;
      t = next.outputs[0] ?? -1;
      shape = sg.tensors[t]?.shape ?? shape;
    }
    return shape;
  };
  const reshapeCopies = [];
  const ioViews = /* @__PURE__ */ new Set();
  const ioStorage = /* @__PURE__ */ new Map();
  for (const op of sg.operators) {
    if (!ctx.npu.has(op.index)) continue;
    if (isFusablePad(ctx, op, consumers)) {
      const src = op.inputs[0] ?? -1;
      const dst = op.outputs[0] ?? -1;
      bufferFor(ctx, src);
      ctx.alias.set(dst, bufferKey(ctx, src));
      continue;
    }
    if (RESHAPES2.has(op.type) || isIdentityTranspose(ctx, op)) {
      const src = op.inputs[0] ?? -1;
      const dst = op.outputs[0] ?? -1;
      const srcIsIo = sg.inputs.includes(src) || producedByCpu.has(src) || isConstant(ctx, src) || ioViews.has(src);
      const dstIsIo = sg.outputs.includes(dst) || consumedByCpu.has(dst);
      const shared2 = (consumers.get(src) ?? 0) > 1 && (sg.tensors[src]?.shape ?? []).join(",") !== storageAfterLaterReshapes(dst).join(",");
      if (src >= 0 && dst >= 0 && (srcIsIo && dstIsIo || shared2)) {
        const view = fm(ctx, src);
        const own = ioStorage.get(view.buffer);
        if (own) Object.assign(view.buffer, own);
        const a = { ...view, shape: view.buffer.shape };
        const b = fm(ctx, dst);
        const copy = push(ctx, op, "MemoryCopy", "pool", a, { ...b, shape: a.shape });
        reshapeCopies.push({ copy, source: src, from: a.buffer, to: b.buffer });
      } else if (src >= 0 && dst >= 0) {
        const key = bufferKey(ctx, src);
        ctx.alias.set(dst, key);
        if (srcIsIo) ioViews.add(dst);
        const b = bufferFor(ctx, src);
        if (srcIsIo && !ioStorage.has(b)) ioStorage.set(b, { dims: b.dims, reshapedStorage: b.reshapedStorage });
        const dstDims = sg.tensors[dst]?.shape;
        if (dstDims) b.dims = dstDims;
        const from = toShape3(sg.tensors[src]?.shape ?? []);
        const to = toShape3(sg.tensors[dst]?.shape ?? []);
        if (from.w !== to.w || from.c !== to.c) b.reshapedStorage = to;
        if (sg.outputs.includes(dst)) b.isOutput = true;
      }
      continue;
    }
    if (tryFuseActivation(ctx, op)) continue;
    lowerOne(ctx, op);
  }
  for (const { copy, from, to } of reshapeCopies) {
    for (const o of ctx.ops) {
      if (o === copy) continue;
      if (o.ifm.buffer === from) o.ifm = { ...o.ifm, buffer: to };
      if (o.ifm2?.buffer === from) o.ifm2 = { ...o.ifm2, buffer: to };
      if (o.extraIfms) o.extraIfms = o.extraIfms.map((r) => r.buffer === from ? { ...r, buffer: to } : r);
    }
  }
  if (family === "u85") addBoolIoConversions(ctx);
  const mark = (i, f) => {
    const key = bufferKey(ctx, i);
    const b = ctx.buffers.get(key);
    if (b) f(b);
  };
  for (const i of sg.inputs)
    mark(i, (b) => {
      b.linear = true;
      b.isInput = true;
      b.external = true;
    });
  for (const o of sg.outputs)
    mark(o, (b) => {
      b.linear = true;
      b.isOutput = true;
      b.external = true;
      b.graphOutput = true;
    });
  for (const t of producedByCpu)
    mark(t, (b) => {
      b.linear = true;
      b.isInput = true;
    });
  for (const t of consumedByCpu)
    mark(t, (b) => {
      b.linear = true;
      b.isOutput = true;
    });
  for (const { source, to } of reshapeCopies) {
    if (consumedByCpu.has(source)) {
      to.linear = true;
      to.isOutput = true;
    }
  }
  moveSlicesToConsumers(ctx);
  splitSliceWritingActivations(ctx);
  splitLutsWritingPadInteriors(ctx);
  const schedule = scheduleInVelaOrder(ctx);
  if (family === "u85") keepShapeAfterShallowActivation(ctx.ops);
  for (const op of ctx.ops) reshapeShallowElementwise(op);
  linearWhereViewsDiffer(ctx.ops);
  for (const o of ctx.ops) if (o.hw === "reducesum" && o.ifm.bits === 32) o.ifm.buffer.linear = true;
  if (family === "u85") {
    const split = chainElementwise(ctx);
    const at = (op) => schedule.findIndex((e) => "npu" in e && e.npu === op);
    for (const [after, op] of split.inserted) schedule.splice(at(after) + 1, 0, { npu: op });
    for (const op of split.removed) schedule.splice(at(op), 1);
    for (const op of ctx.ops) {
      if (!op.chained?.length) continue;
      op.chainLinkBits = op.ofm.bits;
      op.chainLinkLinear = op.ofm.buffer.linear;
      op.chainLinkKey = op.ofm.buffer.key;
      op.ofm = op.chained[op.chained.length - 1].ofm;
    }
  }
  const copiedFor = /* @__PURE__ */ new Map();
  for (const { source, to } of reshapeCopies) if (!copiedFor.has(source)) copiedFor.set(source, to);
  return {
    ops: ctx.ops,
    schedule,
    buffers: ctx.buffers,
    weights,
    keyOf: (i) => bufferKey(ctx, i),
    copiedFor,
    readsBlockConfigs: !!ctx.readsBlockConfigs
  };
}
function boolIo(model, sg, list) {
  if (sg.index !== 0) return [];
  return list.filter((i) => {
    const t = sg.tensors[i];
    if (!t || t.dtype !== "bool" || t.shape.length === 0) return false;
    const b = model.buffers[t.buffer];
    return !(b && b.size > 0);
  });
}
function hasBoolIo(model, sg) {
  return boolIo(model, sg, sg.inputs).length > 0 || boolIo(model, sg, sg.outputs).length > 0;
}
function addBoolIoConversions(ctx) {
  const scalar = (key) => scalarFm(ctx, key, 8);
  const boundary = { index: GRAPH_BOUNDARY };
  const inputs = [];
  for (const i of boolIo(ctx.model, ctx.sg, ctx.sg.inputs)) {
    const src = fm(ctx, i);
    const internal = tempFm(ctx, src.shape, 8);
    internal.buffer.linear = true;
    internal.buffer.isOutput = true;
    push(ctx, boundary, "NotEqual", "elementwise", src, internal, { ifm2: scalar("bool-zero") });
    inputs.push(ctx.ops.pop());
  }
  for (const o of boolIo(ctx.model, ctx.sg, ctx.sg.outputs)) {
    const dst = fm(ctx, o);
    const internal = tempFm(ctx, dst.shape, 8);
    internal.buffer.linear = true;
    internal.buffer.isInput = true;
    push(ctx, boundary, "And", "elementwise", internal, dst, { ifm2: scalar("bool-one") });
  }
  ctx.ops.unshift(...inputs);
}

// src/perf/shared-lowering.ts
var lowerings = /* @__PURE__ */ new WeakMap();
function sharedLowering(model, sg, npuOps, family, cores, blocks) {
  let perModel = lowerings.get(model);
  if (!perModel) lowerings.set(model, perModel = /* @__PURE__ */ new Map());
  const kind = family === "u85" ? "u85" : "u55/u65";
  const familyKey = `${sg.index}/${kind}/${[...npuOps].sort((a, b) => a - b).join(",")}`;
  const first = perModel.get(familyKey);
  const key = first?.graph.readsBlockConfigs ? `${familyKey}/${blocks?.config ?? "-"}` : familyKey;
  const known = perModel.get(key);
  if (known) {
    reset(known);
    for (const [w] of known.weights) setCoreDependentSizes(w, family, cores);
    return known.graph;
  }
  const graph = lowerSubgraph(model, sg, npuOps, family, cores, /* @__PURE__ */ new Map(), blocks?.ofmBlockOf);
  const records = /* @__PURE__ */ new Set();
  for (const op of graph.ops) {
    if (op.weights) records.add(op.weights);
    for (const c of op.chained ?? []) if (c.weights) records.add(c.weights);
  }
  const entry = {
    graph,
    weights: [...records].map((w) => [w, { ...w }]),
    buffers: new Map([...graph.buffers].map(([k, b]) => [k, [b, b.linear]]))
  };
  if (!first) perModel.set(familyKey, entry);
  if (graph.readsBlockConfigs) perModel.set(`${familyKey}/${blocks?.config ?? "-"}`, entry);
  return graph;
}
var PER_TARGET = ["sized", "sizedFor", "sampled", "sparse", "fast", "slicedBytes"];
function reset(l) {
  for (const [w, initial] of l.weights) {
    const record = w;
    for (const k of PER_TARGET) if (!(k in initial)) record[k] = void 0;
    Object.assign(w, initial);
  }
  for (const k of [...l.graph.buffers.keys()]) if (!l.buffers.has(k)) l.graph.buffers.delete(k);
  for (const [b, linear] of l.buffers.values()) b.linear = linear;
}

// src/perf/signature-memo.ts
var Interner = class {
  ids = /* @__PURE__ */ new Map();
  id(s2) {
    let id = this.ids.get(s2);
    if (id === void 0) this.ids.set(s2, id = this.ids.size);
    return id;
  }
};
var SignatureMemo = class {
  buckets = /* @__PURE__ */ new Map();
  sig = new Float64Array(32);
  length = 0;
  reset() {
    this.length = 0;
  }
  /** How many fields the signature holds (to return to with truncate). */
  get size() {
    return this.length;
  }
  /** Drops the fields past the first n. */
  truncate(n) {
    this.length = Math.min(this.length, n);
  }
  push(x) {
    if (this.length === this.sig.length) {
      const grown = new Float64Array(this.sig.length * 2);
      grown.set(this.sig);
      this.sig = grown;
    }
    this.sig[this.length++] = x;
  }
  /** The current signature's value, or undefined. */
  get() {
    const bucket = this.buckets.get(this.hash());
    if (!bucket) return void 0;
    for (const e of bucket) if (this.matches(e.sig)) return e.value;
    return void 0;
  }
  /** Stores a value under the current signature (replacing an earlier one). */
  set(value) {
    const h = this.hash();
    let bucket = this.buckets.get(h);
    if (!bucket) this.buckets.set(h, bucket = []);
    for (const e of bucket) {
      if (this.matches(e.sig)) {
        e.value = value;
        return;
      }
    }
    bucket.push({ sig: this.sig.slice(0, this.length), value });
  }
  hash() {
    let h = 2166136261 ^ this.length;
    for (let i = 0; i < this.length; i++) h = Math.imul(h ^ (this.sig[i] | 0), 16777619);
    return h;
  }
  matches(stored) {
    if (stored.length !== this.length) return false;
    for (let i = 0; i < this.length; i++) if (stored[i] !== this.sig[i]) return false;
    return true;
  }
};

// src/perf/weight-buffering.ts
var STARTUP_DELAY_CYCLES = 1e3;
var SPLIT_DEPTH = 16;
function futureMatters(f) {
  return !!f && f.weightRead > 0 && !(f.opRun > f.weightRead && f.opRun > f.ifmRead) && f.ifmRead / f.weightRead > 2;
}
var MAX_WEIGHT_SLICES = 1 << 16;
function largest(xs) {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}
var roundZero = (x, n) => Math.floor(x / n) * n;
var roundAway2 = (x, n) => Math.ceil(x / n) * n;
function planWeightBuffering(x) {
  const { npu, constMem, stagingMem, fullBytes, depth } = x;
  if (fullBytes <= 0 || depth <= 0) return null;
  const refetches = x.refetches * (x.cascade?.stripes ?? 1);
  const unmoved = minReadCycles(npu, constMem, fullBytes, 3 /* Weight */) * refetches;
  const fromBuffer = minReadCycles(npu, stagingMem, fullBytes, 3 /* Weight */) * refetches;
  if (fromBuffer >= unmoved) return null;
  const transfer = (bytes) => memToMemCycles(npu, stagingMem, constMem, bytes);
  const fullTransfer = transfer(fullBytes);
  const slack = x.prevSlack;
  const smallest = Math.trunc(fullTransfer * Math.min(depth, SPLIT_DEPTH) / depth);
  const allowPreBuffer = !x.first && (!x.cascade || x.cascade.first);
  const forceInitial = !x.prevIsNpu && refetches > 1 && (smallest < Math.trunc(unmoved / 10) || smallest <= STARTUP_DELAY_CYCLES);
  const opDominated = x.refRun > unmoved;
  const fullBuffered = fromBuffer + Math.max(fullTransfer - slack, 0);
  const expectedSlices = Math.floor(depth / Math.max(x.blockDepth, 1));
  if (x.sharedWithNeighbour && fullBytes <= x.bufferLimit && (fullBuffered < unmoved || !opDominated)) {
    return {
      slices: [0, depth],
      firstBytes: fullBytes,
      bufferBytes: fullBytes,
      secondBytes: 0,
      prebufferBytes: allowPreBuffer && fullBytes < x.bufferLimit ? fullBytes : 0,
      ownSlack: x.runAt(depth, true, true),
      fullTransfer
    };
  }
  const sliceable = !x.cascade && !x.unsliceable;
  if (!sliceable) {
    const visible2 = Math.max(fullTransfer - slack, 0);
    const hidden = visible2 < Math.trunc(fullTransfer / 20) || Math.ceil(visible2 / (x.cascade?.stripes ?? 1)) < STARTUP_DELAY_CYCLES;
    const fits = fullBytes <= x.bufferLimit;
    if (!fits || !(hidden || forceInitial) || !(fullBuffered < unmoved || !opDominated)) return null;
  }
  const worthTrying = !sliceable || forceInitial || fullBuffered < unmoved || expectedSlices > 2 || allowPreBuffer && smallest < slack && refetches > 1;
  if (!worthTrying) return null;
  const refWeightRead = x.refWeightRead ?? unmoved;
  const halfLimit = x.bufferLimit / 2;
  const minSplit = Math.min(SPLIT_DEPTH / depth, 1);
  const halfSplit = Math.min(halfLimit / fullBytes, 1);
  const transferRatio = Math.min(slack / fullTransfer, 1);
  const aligned2 = Math.floor(transferRatio / minSplit) * minSplit;
  let prebufferRatio = 1 - aligned2 < minSplit / 2 ? 1 : transferRatio;
  if (opDominated && prebufferRatio > 0.5 && prebufferRatio < 1) {
    prebufferRatio = Math.min(Math.max(roundAway2(Math.floor(depth * 0.5), SPLIT_DEPTH) / depth, 0.5), 1);
  }
  prebufferRatio = Math.min(Math.max(prebufferRatio, minSplit), halfSplit);
  const bytesOf = (from, to) => Math.round(fullBytes * (to - from) / depth);
  const rangesOf = (s2) => (s2.length > 2 ? x.rangeBytes?.(s2) : void 0) ?? s2.slice(1).map((d, i) => bytesOf(s2[i], d));
  let slices = [0, depth];
  if (prebufferRatio < 1 && sliceable) {
    let bufferingDepth = 0;
    let prebufferDepth = Math.max(roundZero(Math.trunc(depth * prebufferRatio), x.minDepth), SPLIT_DEPTH);
    if (prebufferDepth < depth) {
      const prebufferRun = x.prebufferRun?.(prebufferDepth) ?? x.runAt(prebufferDepth, true, false);
      bufferingDepth = Math.trunc(depth * prebufferRun / fullTransfer);
      bufferingDepth = roundAway2(Math.max(bufferingDepth, SPLIT_DEPTH), x.blockDepth);
      if (Math.trunc(bufferingDepth / depth * fullBytes) > halfLimit) {
        bufferingDepth = Math.trunc(halfLimit / fullBytes * depth);
      }
    }
    while (bufferingDepth !== 0) {
      bufferingDepth = roundZero(bufferingDepth, bufferingDepth > x.blockDepth ? x.blockDepth : x.minDepth);
      bufferingDepth = Math.max(bufferingDepth, x.minDepth);
      const count2 = Math.ceil(Math.max(depth - prebufferDepth, 0) / bufferingDepth) + 1;
      if (count2 > MAX_WEIGHT_SLICES) {
        throw new PerfLimitError(
          `its weights would be buffered in ${count2} OFM-depth slices of ${bufferingDepth} (at most ${MAX_WEIGHT_SLICES}); its shapes are too large to estimate`
        );
      }
      slices = [0];
      for (let d = prebufferDepth; d < depth; d += bufferingDepth) slices.push(d);
      slices.push(depth);
      const maxRange2 = largest(rangesOf(slices));
      if (maxRange2 <= halfLimit || prebufferDepth === SPLIT_DEPTH && bufferingDepth === x.minDepth) break;
      if (bufferingDepth > prebufferDepth) bufferingDepth = roundAway2(bufferingDepth / 2, x.minDepth);
      else prebufferDepth = roundAway2(prebufferDepth / 2, SPLIT_DEPTH);
    }
    if (slices.length > 3 && opDominated && bufferingDepth / roundAway2(bufferingDepth, x.blockDepth) < 0.3) return null;
  }
  const ranges = rangesOf(slices);
  const maxRange = largest(ranges);
  const pair = [0, 0];
  ranges.forEach((r, i) => pair[i % 2] = Math.max(pair[i % 2], r));
  let double = false;
  let bufferBytes;
  const slicedBytes = ranges.reduce((a, b) => a + b, 0);
  if (pair[0] + pair[1] <= x.bufferLimit && maxRange < slicedBytes) {
    double = true;
    bufferBytes = pair[0] + pair[1];
  } else if (Math.min(slicedBytes, maxRange) <= x.bufferLimit) {
    bufferBytes = Math.min(slicedBytes, maxRange);
  } else {
    return null;
  }
  const firstPart = double ? pair[0] : bufferBytes;
  const slackMemory = x.prevSlackMemory ?? x.bufferLimit;
  let hideUnder = allowPreBuffer && firstPart < slackMemory ? slack : forceInitial ? STARTUP_DELAY_CYCLES : 0;
  let visible = 0;
  let run = 0;
  let last = 0;
  ranges.forEach((bytes, i) => {
    last = x.runAt(slices[i + 1] - slices[i], i === 0, i === ranges.length - 1);
    const t = transfer(bytes);
    if (t > hideUnder) visible += t - hideUnder;
    run += last;
    hideUnder = double ? last : 0;
  });
  const fetches = ranges.length * (x.stripes?.fetches ?? refetches);
  const bufferedBytes = ranges.reduce((a, b) => a + b, 0);
  const repeats = x.stripes?.repeats ?? 1;
  const slicedRead = Math.trunc(
    repeats * minReadCycles(npu, stagingMem, Math.trunc(bufferedBytes / fetches), 3 /* Weight */) * fetches
  );
  run = Math.trunc(repeats * run);
  const ownIfmRead = slices.length > 2 ? x.slicedIfmRead?.(slices) ?? x.ifmRead : x.ifmRead;
  const prevMemory = x.prevSlackMemory ?? x.bufferLimit;
  const bothFit = !!x.movableIfm && x.movableIfm.bytes + pair[0] + pair[1] <= x.bufferLimit;
  if (x.movableIfm && !bothFit && x.movableIfm.bytes < prevMemory) {
    const ifmStaged = Math.max(x.refRun, refWeightRead, x.movableIfm.stagedRead([0, depth]));
    if (ifmStaged < Math.max(run + visible, slicedRead, ownIfmRead) && ifmStaged < ownIfmRead) return null;
  }
  const f = x.movableIfm ? x.future?.() : void 0;
  if (f) {
    const buffers = double ? pair[0] + pair[1] : bufferBytes;
    if (f.ifmBytes < x.bufferLimit && f.ifmBytes + x.movableIfm.bytes + buffers > prevMemory) {
      if (x.refRun > refWeightRead && x.refRun > x.ifmRead || f.ifmRead > ownIfmRead) return null;
    }
  }
  const ifmRead = bothFit ? x.movableIfm.stagedRead(slices) : ownIfmRead;
  const before = Math.max(x.refRun, refWeightRead, ifmRead);
  if (refetches === 1 && fullTransfer + slicedRead > before) return null;
  let improved = Math.max(run + visible, slicedRead, ifmRead);
  if (opDominated) {
    if (visible / ranges.length < STARTUP_DELAY_CYCLES) improved -= visible;
    if (ranges.length > 1 && run + visible === improved && forceInitial)
      improved -= ranges.length * (STARTUP_DELAY_CYCLES / 2);
  }
  if (before < improved) return null;
  const prebuffered = allowPreBuffer && firstPart < slackMemory;
  return {
    slices,
    firstBytes: ranges[0],
    bufferBytes,
    secondBytes: double ? pair[1] : 0,
    prebufferBytes: prebuffered ? firstPart : 0,
    ownSlack: last,
    fullTransfer
  };
}

// src/perf/block-u85.ts
var ACC_DEPTH_GRANULE = 16;
var CB_SLOTS = 6;
var BRICK_ELEMENTS = 16;
var OFM_BLOCK_MAX = { h: 128, w: 128, c: 1024 };
var ALL8 = ["conv", "matmul", "vector", "depthwise", "pool", "reducesum", "elementwise", "resize"];
function validOps(cfg, ub) {
  const is = (h, w, c) => ub.h === h && ub.w === w && ub.c === c;
  const convLike = ["conv", "matmul", "vector", "reducesum", "elementwise", "resize"];
  const dwLike = ["depthwise", "pool", "elementwise", "resize"];
  const wide = ["reducesum", "elementwise", "resize"];
  switch (cfg.macs) {
    case 128:
      return is(1, 2, 8) ? [convLike, ALL8, wide] : [dwLike, ["conv", "vector", "elementwise", "resize"], ["elementwise", "resize"]];
    case 256:
      return is(1, 2, 16) ? [dwLike, ["conv", "vector", "elementwise", "resize"], ["elementwise", "resize"]] : [convLike, ALL8, wide];
    case 512:
      return [ALL8, ALL8, wide];
    default: {
      const big = cfg.macs === 1024 ? is(2, 4, 16) : is(4, 4, 16);
      const dense = ["conv", "matmul", "vector", "elementwise"];
      const small = ["conv", "vector", "depthwise", "pool", "reducesum", "elementwise", "resize"];
      return big ? [small, small, wide] : [dense, dense, ["elementwise"]];
    }
  }
}
var NULL_POOL = /* @__PURE__ */ new Set(["MemoryCopy", "Transpose", "Reverse", "Rescale"]);
function opClass(q) {
  if (q.hw === "vector") return q.ifm2Shape ? "matmul" : "vector";
  if (q.hw === "transpose" || q.hw === "dma") return "pool";
  return q.hw;
}
function findUBlock(cfg, q, partKernel) {
  const op = opClass(q);
  const nullPool = NULL_POOL.has(q.type) && q.ifmBits >= 32;
  const bitIdx = nullPool ? 0 : Math.min(2, Math.floor(q.ifmBits / 16));
  const depthFirst1x1 = q.kernel.w === 1 && q.kernel.h === 1 && !partKernel;
  let best = null;
  let bestWaste = Infinity;
  for (const ub of cfg.ofmUBlocks) {
    if (!validOps(cfg, ub)[bitIdx].includes(op)) continue;
    if (op === "conv" && !depthFirst1x1) {
      if (cfg.macs === 128 && ub.h === 1 && ub.w === 1 && ub.c === 16) continue;
      if (cfg.macs === 256 && ub.h === 1 && ub.w === 2 && ub.c === 16) continue;
    }
    const waste = roundUp(q.ofmShape.h, ub.h) * roundUp(q.ofmShape.w, ub.w) * roundUp(q.ofmShape.c, ub.c) - q.ofmShape.h * q.ofmShape.w * q.ofmShape.c;
    if (waste < bestWaste) {
      best = ub;
      bestWaste = waste;
    }
  }
  return best ?? cfg.ofmUBlocks[0];
}
function ifmAllocUnit(cfg, ifmBlockDepth, ifmBits, ub) {
  const depthBits = ifmBlockDepth * ifmBits;
  const idx = depthBits > 256 ? 2 : depthBits > 128 ? 1 : 0;
  const s2 = (h, w, c) => ({ h, w, c });
  const is = (h, w, c) => ub.h === h && ub.w === w && ub.c === c;
  let table;
  switch (cfg.macs) {
    case 128:
      table = [s2(1, 2, 1), s2(1, 1, 2), s2(1, 1, 2)];
      break;
    case 256:
      table = is(1, 4, 8) ? [s2(1, 4, 1), s2(1, 2, 2), s2(1, 1, 4)] : [s2(2, 2, 1), s2(1, 2, 2), s2(1, 1, 4)];
      break;
    case 512:
      table = is(1, 4, 16) ? [s2(1, 4, 1), s2(1, 2, 2), s2(1, 1, 4)] : [s2(2, 2, 1), s2(1, 2, 2), s2(1, 1, 4)];
      break;
    case 1024:
      table = is(1, 4, 32) ? [s2(2, 4, 1), s2(1, 4, 2), s2(1, 2, 4)] : [s2(2, 4, 1), s2(2, 2, 2), s2(1, 2, 4)];
      break;
    default:
      table = is(1, 4, 64) ? [s2(4, 4, 1), s2(2, 4, 2), s2(1, 4, 4)] : [s2(4, 4, 1), s2(2, 4, 2), s2(2, 2, 4)];
  }
  const b = table[idx];
  return { h: b.h, w: b.w, c: b.c * 128 / ifmBits };
}
function ifmBlockFor(ofmBlock, k, au, upscale, rounding, depth) {
  const dil = dilatedSize(k);
  const h = roundUp(requiredInput(ofmBlock.h, k.strideY, Math.min(dil.h, 8), upscale, rounding), au.h);
  const w = roundUp(requiredInput(ofmBlock.w, k.strideX, Math.min(dil.w, 8), upscale, rounding), au.w);
  return { h, w, c: roundUp(depth || ofmBlock.c, au.c) };
}
var granularTile = (range2, granule, tile) => {
  if (range2 % tile === 0) return tile;
  const tiles = Math.floor(range2 / tile);
  return Math.max(roundUp(Math.floor(range2 / (tiles + 1)), granule), granule);
};
function reapportion(value, maxLimit, avail, required) {
  const excess = Math.min(Math.floor(avail.v / required), Math.floor(maxLimit / value));
  if (excess >= 2) {
    avail.v = Math.floor(avail.v / excess);
    return value * excess;
  }
  return value;
}
function resizeMaxBlockWidth(cfg, ifmBits, [n, d]) {
  const cbBricks = Math.floor(Math.floor(cfg.cbRamBytes / CB_SLOTS) / (BRICK_ELEMENTS * (ifmBits / 8)));
  const width = Math.ceil(((cbBricks - 2) * n + 1) / d);
  return Math.max(1, Math.min(width, OFM_BLOCK_MAX.w));
}
function elementwiseBlock(cfg, q, ub, granule) {
  const ofm2 = {
    h: roundUp(q.ofmShape.h, granule.h),
    w: roundUp(q.ofmShape.w, granule.w),
    c: roundUp(q.ofmShape.c, granule.c)
  };
  const limit = { h: Math.min(ofm2.h, 128), w: Math.min(ofm2.w, 128), c: Math.min(ofm2.c, 1024) };
  const scalar = q.ifmShape.h * q.ifmShape.w * q.ifmShape.c === 1 || !!q.ifm2Shape && q.ifm2Shape.h * q.ifm2Shape.w * q.ifm2Shape.c === 1;
  const cbBricks = Math.floor(Math.floor(cfg.cbRamBytes / CB_SLOTS) / (BRICK_ELEMENTS * (q.ifmBits / 8)));
  const obElements = Math.floor(cfg.obRamBytes * 8 / q.ifmBits);
  const obWidthUnits = Math.floor(obElements / granule.c);
  const cbWidthUnits = Math.floor(cbBricks / ub.h);
  let h = granularTile(ofm2.h, granule.h, limit.h);
  const wRequired = granularTile(ofm2.w, granule.w, Math.min(obWidthUnits, limit.w));
  const wLimit = { v: obWidthUnits };
  let c = reapportion(granule.c, limit.c, wLimit, Math.max(wRequired, granule.w));
  if (!scalar && q.ifm2Shape) {
    const less = (a) => (a.c < q.ofmShape.c ? 1 : 0) | (a.w < q.ofmShape.w ? 2 : 0) | (a.h < q.ofmShape.h ? 4 : 0);
    const mask = less(q.ifmShape) | less(q.ifm2Shape);
    if (mask & 1) {
      c = granularTile(ofm2.c, granule.c, limit.c);
      wLimit.v = cbWidthUnits;
      if ((mask & 1) === mask) h = reapportion(ub.h, limit.h, wLimit, Math.max(wRequired, granule.w));
    } else if (mask & 4) {
      wLimit.v = cbWidthUnits;
      c = reapportion(BRICK_ELEMENTS, limit.c, wLimit, Math.max(wRequired, granule.w));
    }
  }
  return { h: roundUp(h, granule.h), w: roundUp(wLimit.v, granule.w), c: roundUp(c, granule.c) };
}
function bestTile(range2, granule, tile) {
  if (range2 % tile === 0) return tile;
  const tiles = Math.floor(range2 / tile);
  const tile2 = Math.max(roundUp(Math.floor(range2 / (tiles + 1)), granule), granule);
  let best = tile;
  let bestRem = range2 % tile;
  const first = Math.max(Math.max(tile2 - granule * 2, Math.floor((tile2 + 1) / 2)), granule);
  for (let t = tile; t >= first; t -= granule) {
    let rem = range2 % t;
    if (rem === 0) rem = t;
    if (rem > bestRem) {
      best = t;
      bestRem = rem;
    }
  }
  return best;
}
function areaFit(cfg, c, ofm2, limit, ifmShape, k) {
  const accElements = Math.floor(cfg.accRamBytes * 8 / c.accBits);
  const ibElements = Math.floor(cfg.ifmRamBytes * 8 / c.ifmBits);
  const ubAcc = c.ub.h * c.ub.w * ACC_DEPTH_GRANULE;
  const aspect = ofm2.h / ofm2.w;
  const dil = dilatedSize(k);
  const prioritiseDepth = dil.w === 1 && dil.h === 1;
  let fit = { h: c.granule.h, w: c.granule.w, c: ACC_DEPTH_GRANULE };
  let bestMetric = Infinity;
  const maxDepth = Math.min(Math.max(cfg.macs, Math.floor(accElements / ubAcc)), limit.c);
  const ofmArea = prioritiseDepth ? ofm2.w * ofm2.c : ofm2.w * ofm2.h;
  for (let depth = ACC_DEPTH_GRANULE; depth <= maxDepth; depth += ACC_DEPTH_GRANULE) {
    let fitAcc = accElements;
    const au = ifmAllocUnit(cfg, c.ifmBlockDepth || depth, c.ifmBits, c.ub);
    const ifmVolume = roundUp(ifmShape.h, au.h) * roundUp(ifmShape.w, au.w) * roundUp(ifmShape.c, au.c);
    let fitted = false;
    let prevAccReq = -1;
    let retry = 25;
    for (; ; ) {
      let w = Math.sqrt(Math.floor(fitAcc / depth) / aspect);
      let h = w * aspect;
      if (h < 1) {
        w *= h;
        h = 1;
      } else if (w < 1) {
        h *= w;
        w = 1;
      }
      let width = Math.floor(Math.max(Math.trunc(w), c.granule.w) / c.granule.w) * c.granule.w;
      let height = Math.floor(Math.max(Math.trunc(h), c.granule.h) / c.granule.h) * c.granule.h;
      width = Math.min(width, limit.w);
      height = Math.min(height, limit.h);
      const area = width * height;
      if (width < ofm2.w) width = bestTile(ofm2.w, c.granule.w, width);
      height = Math.max(Math.floor(Math.floor(area / width) / c.granule.h) * c.granule.h, c.granule.h);
      const accRequired = width * height * depth;
      const abRatio = accElements / accRequired;
      const ifmReq = ifmBlockFor({ h: height, w: width, c: depth }, k, au, 1, 0, c.ifmBlockDepth);
      const ibRequired = Math.min(ifmReq.h * ifmReq.w * ifmReq.c, ifmVolume);
      let ibRatio = ibElements / ibRequired;
      if (abRatio >= 1 && ibRatio >= 1) {
        const used = depth % au.c ? depth % au.c : au.c;
        const waste = 1 + (au.c - used) / au.c / 10;
        const fitM = 1 + Math.abs(1 - limit.c / depth) / 10;
        const other = prioritiseDepth ? depth : height;
        const coverage = 1 + Math.abs(1 - ofmArea / (width * other));
        const metric = coverage * fitM * waste;
        if (metric < bestMetric) {
          fit = { h: height, w: width, c: depth };
          bestMetric = metric;
          if (depth >= ofm2.c && width >= ofm2.w && height >= ofm2.h) {
            return { h: roundUp(ofm2.h, c.granule.h), w: roundUp(ofm2.w, c.granule.w), c: roundUp(ofm2.c, c.granule.c) };
          }
        }
        fitted = true;
        break;
      }
      if (accRequired === prevAccReq && --retry <= 0) ibRatio = 0.9;
      prevAccReq = accRequired;
      if (ibRatio < 1 && abRatio > 1) fitAcc = Math.min(fitAcc, accRequired);
      const ratio = Math.min(ibRatio, abRatio);
      let newAcc = Math.max(Math.trunc(Math.floor(fitAcc / ubAcc) * ratio), 0) * ubAcc;
      if (newAcc === fitAcc) newAcc = fitAcc - ubAcc;
      if (!(newAcc >= ubAcc)) break;
      fitAcc = newAcc;
    }
    if (!fitted) break;
  }
  return fit;
}
function depthwiseBlock(cfg, q, c) {
  const ofm2 = {
    h: roundUp(q.ofmShape.h, c.granule.h),
    w: roundUp(q.ofmShape.w, c.granule.w),
    c: roundUp(q.ofmShape.c, c.granule.c)
  };
  const limit = {
    h: Math.min(ofm2.h, c.blockMax.h),
    w: Math.min(ofm2.w, c.blockMax.w),
    c: Math.min(ofm2.c, c.blockMax.c)
  };
  const ibElements = Math.floor(cfg.ifmRamBytes * 8 / q.ifmBits);
  const fit = areaFit(cfg, c, ofm2, limit, q.ifmShape, q.kernel);
  let { h: height, w: width, c: depth } = fit;
  let forceReduce = 0;
  let ifmReq;
  for (let guard = 0; guard < 1e4; guard++) {
    const au2 = ifmAllocUnit(cfg, c.ifmBlockDepth || depth, q.ifmBits, c.ub);
    ifmReq = ifmBlockFor({ h: height, w: width, c: depth }, q.kernel, au2, 1, 0, c.ifmBlockDepth);
    const ibRequired = ifmReq.h * ifmReq.w * ifmReq.c;
    if (width < ofm2.w || height < ofm2.h || depth < ofm2.c) {
      const row = ifmBlockFor({ h: c.granule.h, w: width, c: depth }, q.kernel, au2, 1, 0, c.ifmBlockDepth);
      if (ibElements - ibRequired < row.h * row.w * row.c) {
        if ((height !== ofm2.h || forceReduce & 2) && height > c.granule.h) height -= c.granule.h;
        else if ((depth > width || forceReduce & 1) && depth > au2.c) depth -= au2.c;
        else if ((width !== ofm2.w || forceReduce & 4) && width > c.granule.w) width -= c.granule.w;
        else if (forceReduce !== 7) forceReduce = forceReduce << 1 | 1;
        else if (depth > c.granule.c) depth = Math.max(Math.floor(depth / 2), c.granule.c);
        else break;
        continue;
      }
    }
    break;
  }
  const au = ifmAllocUnit(cfg, c.ifmBlockDepth || depth, q.ifmBits, c.ub);
  ifmReq = ifmBlockFor({ h: height, w: width, c: depth }, q.kernel, au, 1, 0, c.ifmBlockDepth);
  return { ofm: { h: height, w: width, c: depth }, ifm: ifmReq };
}
function chooseKernelFirst(ifmDepth, k, sparse) {
  const n = k.w * k.h;
  const step = sparse ? 10 : 5;
  const rnd = Math.floor(n / step) * step + Math.max(n % step, sparse ? 4 : 2);
  const kernelFirst = ifmDepth / roundUp(ifmDepth, 16) * (n / rnd);
  const depthFirst = ifmDepth / roundUp(ifmDepth, sparse ? 128 : 64);
  return kernelFirst >= depthFirst;
}
var elems3 = (s2) => s2.h * s2.w * s2.c;
function findBlockConfigU85(cfg, q) {
  const hw = q.hw;
  const ifmShape = q.ifm2Shape && elems3(q.ifm2Shape) > elems3(q.ifmShape) ? q.ifm2Shape : q.ifmShape;
  const isPooling = hw === "pool" || hw === "transpose" || hw === "dma";
  const isReduceSum = hw === "reducesum";
  const isDepthwise = hw === "depthwise";
  const isElementwise = hw === "elementwise";
  const isMatmul2 = hw === "vector" && !!q.ifm2Shape;
  const isFc = hw === "vector" && !isMatmul2;
  const wideAcc = q.ifmBits === 16 && !isPooling && !isReduceSum && q.scaled;
  const sparse = !!q.sparse;
  const partKernel = hw === "conv" && chooseKernelFirst(ifmShape.c, q.kernel, sparse);
  const ub = findUBlock(cfg, q, partKernel);
  const granule = { h: ub.h, w: ub.w, c: ACC_DEPTH_GRANULE };
  let blockMax = OFM_BLOCK_MAX;
  if (q.transpose && q.transpose.length === 4) {
    const ofmAxis = (a) => ["h", "w", "c"][q.transpose.indexOf(a) - 1] ?? "c";
    blockMax = { h: OFM_BLOCK_MAX[ofmAxis("H")], w: OFM_BLOCK_MAX[ofmAxis("W")], c: OFM_BLOCK_MAX[ofmAxis("C")] };
    if (q.ofmBrick && q.transpose[3] === "W") granule.w = 16;
    if (q.ofmBrick && q.transpose[3] === "H") granule.h = 16;
  }
  const common = { ub, granule, blockMax, accBits: wideAcc ? 64 : 32, ifmBits: q.ifmBits, ifmBlockDepth: 0 };
  const make = (ofmBlock, ifmBlock, traversal) => ({
    ofmBlock,
    ifmBlock,
    traversal,
    wideAcc,
    ofmUBlock: ub
  });
  if (isElementwise) {
    const b = elementwiseBlock(cfg, q, ub, granule);
    return make(b, b, "DepthFirst");
  }
  if (isDepthwise) {
    const b = depthwiseBlock(cfg, q, common);
    return make(b.ofm, b.ifm, "Depthwise");
  }
  const isResize = hw === "resize";
  let ifmBlockDepth = 64;
  if (partKernel) ifmBlockDepth = 16;
  else if (q.ifmBits === 32 || (cfg.macs === 128 || cfg.macs === 256) && ub.c === 16 && !sparse) ifmBlockDepth = 32;
  else if (sparse && q.ifmBits === 8) ifmBlockDepth = 128;
  if ((isPooling || isReduceSum) && q.type !== "MemoryCopy") {
    common.ifmBlockDepth = isReduceSum ? ifmBlockDepth : 0;
    const b = depthwiseBlock(cfg, q, common);
    return make(b.ofm, b.ifm, "DepthFirst");
  }
  const isEqualDepth = isPooling || isResize;
  const accBits = common.accBits;
  let numBlocksInRam = 2;
  const dil = dilatedSize(q.kernel);
  const ifmRepeats = divUp(dil.w, 8) * divUp(dil.h, 8);
  const dilH = Math.min(dil.h, 8);
  const dilW = Math.min(dil.w, 8);
  const ifmElements = elems3(ifmShape);
  const weightFetchWH = hw === "conv" ? q.kernel.w * q.kernel.h : 0;
  const step = { h: Math.max(ub.h, granule.h), w: Math.max(ub.w, granule.w), c: Math.max(ub.c, granule.c) };
  let end = {
    h: roundUp(Math.max(Math.min(q.ofmShape.h, OFM_BLOCK_MAX.h), step.h), ub.h),
    w: roundUp(Math.max(Math.min(q.ofmShape.w, OFM_BLOCK_MAX.w), step.w), ub.w),
    c: roundUp(Math.max(Math.min(q.ofmShape.c, OFM_BLOCK_MAX.c), step.c), ub.c)
  };
  if (isResize) {
    const maxWidth = resizeMaxBlockWidth(cfg, q.ifmBits, q.resizeScaleX ?? [1, 1]);
    if (maxWidth < step.w) step.w = maxWidth;
    step.h = 1;
    end = { h: 1, w: maxWidth, c: 16 };
  }
  const rounding = upscaleRounding(q.upscale, q.upscaleZeros);
  let best = Infinity;
  let bestCoverage = Infinity;
  let chosen = null;
  const ofmElements = elems3(q.ofmShape);
  let depth = Math.max(ub.c, Math.min(end.c, 16));
  const restartDepth = depth;
  if (depth < q.ofmShape.c) depth = roundUp(depth, 16);
  let au = ifmAllocUnit(cfg, ifmBlockDepth, q.ifmBits, ub);
  const rows = Math.floor(end.h / step.h) + 1;
  let widthLimit = new Array(rows).fill(end.w + 1);
  while (depth <= end.c) {
    if (isEqualDepth) {
      ifmBlockDepth = depth;
      const next = ifmAllocUnit(cfg, depth, q.ifmBits, ub);
      if (next.h !== au.h || next.w !== au.w || next.c !== au.c) {
        widthLimit = new Array(rows).fill(end.w + 1);
        au = next;
      }
    }
    const ifmC = roundUp(ifmBlockDepth || depth, au.c);
    for (let height = step.h; height <= end.h; height += step.h) {
      const row = height / step.h;
      const ifmH = roundUp(requiredInput(height, q.kernel.strideY, dilH, q.upscale, rounding), au.h);
      for (let width = step.w; width < widthLimit[row]; width += step.w) {
        const ifmW = roundUp(requiredInput(width, q.kernel.strideX, dilW, q.upscale, rounding), au.w);
        const ibDepth = roundUp(isEqualDepth ? depth : Math.min(ifmC, ifmShape.c), au.c);
        const ifmBytes = ifmH * ifmW * ibDepth * (q.ifmBits / 8) * numBlocksInRam;
        const accBytes = height * width * roundUp(depth, ACC_DEPTH_GRANULE) * accBits / 8 * numBlocksInRam;
        if (!isResize && (ifmBytes > cfg.ifmRamBytes || accBytes > cfg.accRamBytes)) {
          widthLimit[row] = width;
          break;
        }
        const fullH = divUp(q.ofmShape.h, height);
        const fullW = divUp(q.ofmShape.w, width);
        const fullC = divUp(q.ofmShape.c, depth);
        const f = Math.fround;
        const blocksW = f(q.ofmShape.w / width);
        const blocksH = f(q.ofmShape.h / height);
        const blocksC = f(q.ofmShape.c / depth);
        let weightFetch = f(f(weightFetchWH * ifmShape.c) * (fullH * fullW));
        weightFetch = f(weightFetch * f(blocksC * depth));
        let ifmFetch = f(f(f(f(ifmH * ifmW * ifmShape.c) * ifmRepeats) * blocksW) * blocksH);
        if (!isEqualDepth) ifmFetch = f(ifmFetch * fullC);
        let cost;
        if (isFc) cost = Math.fround(1 / (height * width));
        else if (isResize || isMatmul2) cost = Math.fround(ofmElements / (height * width * depth));
        else cost = Math.fround(Math.fround(ifmFetch + weightFetch) / ofmElements);
        if (ifmElements < ifmH * ifmW * ifmC * 2) cost = Math.fround(cost / 2);
        if (cost <= best) {
          let take = false;
          if (cost === best) {
            const cov = Math.fround(
              ifmShape.h * ifmShape.w / Math.max(Math.min(ifmShape.h, ifmH) * Math.min(ifmShape.w, ifmW), 1)
            );
            if (cov <= bestCoverage && (height <= 4 && width <= 4 || isMatmul2)) {
              bestCoverage = cov;
              take = true;
            }
          } else {
            bestCoverage = Infinity;
            take = true;
          }
          if (take) {
            best = cost;
            chosen = make(
              { h: height, w: width, c: depth },
              { h: ifmH, w: ifmW, c: ifmBlockDepth },
              partKernel ? "PartKernel" : "DepthFirst"
            );
          }
        }
      }
    }
    depth += ub.c;
    if (depth < q.ofmShape.c) depth = roundUp(depth, 16);
    if (depth > end.c && best === Infinity && numBlocksInRam === 2) {
      numBlocksInRam = 1;
      widthLimit = new Array(rows).fill(end.w + 1);
      depth = restartDepth;
    }
  }
  return chosen ?? make({ ...ub }, { ...ub }, "DepthFirst");
}

// src/perf/block-config.ts
var kernelKey = (k) => `${k.w}x${k.h}/${k.strideX}x${k.strideY}/${k.dilationX}x${k.dilationY}`;
var blockCache = /* @__PURE__ */ new Map();
function blockConfig(arch, op, sparse = false, stripe) {
  if (op.hw === "dma") {
    const unit = { h: 1, w: 1, c: 1 };
    return { ofmBlock: unit, ifmBlock: unit, traversal: "DepthFirst", wideAcc: false, ofmUBlock: unit };
  }
  const ifm = storedShape(op.ifm);
  const q = {
    hw: op.hw,
    type: op.blockAs ?? op.type,
    ifmShape: stripe ? { ...ifm, h: stripe.ifmH } : ifm,
    ifm2Shape: op.ifm2 && stripe ? { ...op.ifm2.shape, h: Math.min(op.ifm2.shape.h, stripe.ifmH) } : op.ifm2?.shape,
    // A transposing pass is configured in the input's orientation.
    ofmShape: op.type === "Transpose" ? op.ifm.shape : stripe ? { ...op.ofm.shape, h: stripe.h } : op.ofm.shape,
    ifmBits: Math.min(op.ifm.bits, 32),
    kernel: op.kernel,
    scaled: op.scaled,
    lutBytes: op.lutBytes,
    upscale: op.upscale,
    upscaleZeros: op.upscaleZeros,
    resizeScaleX: op.resizeScaleX,
    sparse,
    // regor searches with the OFM's transpose, fused into the operation or its own (the limits permuted back).
    transpose: op.type === "Transpose" ? op.transpose : op.fusedTranspose,
    ofmBrick: !op.ofm.buffer.linear
  };
  return findBlockConfig(arch, q);
}
function findBlockConfig(arch, q) {
  const sh = (x) => x ? `${x.h}x${x.w}x${x.c}` : "-";
  const npu = arch.npu;
  const key = `${npu.kind}|${npu.macs}|${npu.cores}|${q.hw}|${q.type}|${sh(q.ifmShape)}|${sh(q.ifm2Shape)}|${sh(q.ofmShape)}|${q.ifmBits}|${kernelKey(q.kernel)}|${q.scaled ? 1 : 0}|${q.lutBytes}|${q.upscale}${q.upscaleZeros ? "z" : ""}|${q.sparse ? 1 : 0}|${q.transpose ?? "-"}|${q.ofmBrick ? 1 : 0}|${q.resizeScaleX?.join("/") ?? "-"}`;
  const known = blockCache.get(key);
  if (known) return known;
  const cfg = arch.npu.kind === "u85" ? findBlockConfigU85(arch.npu, q) : findBlockConfigU55(arch.npu, q);
  if (blockCache.size > 2e4) blockCache.clear();
  blockCache.set(key, cfg);
  return cfg;
}

// src/perf/weights/bits.ts
var BitWriter = class {
  buf;
  bytePos = 0;
  acc = 0;
  accBits = 0;
  constructor(initialBytes = 1024) {
    this.buf = new Uint8Array(Math.max(16, initialBytes));
  }
  /** Bits written so far. */
  get bitLength() {
    return this.bytePos * 8 + this.accBits;
  }
  /** Appends the low `len` bits of `value` (len <= 24). */
  put(len, value) {
    if (len === 0) return;
    let acc = this.acc | (value & (1 << len) - 1) << this.accBits;
    let accBits = this.accBits + len;
    let pos = this.bytePos;
    if (pos + 4 > this.buf.length) this.grow();
    const buf = this.buf;
    while (accBits >= 8) {
      buf[pos++] = acc & 255;
      acc >>>= 8;
      accBits -= 8;
    }
    this.acc = acc;
    this.accBits = accBits;
    this.bytePos = pos;
  }
  /** Pads to a byte boundary with `bit`, then with whole `fillByte` bytes up to a multiple of `alignBytes`. */
  align(alignBytes, bit, fillByte) {
    const partial = 8 - this.accBits & 7;
    if (partial) this.put(partial, bit ? 255 : 0);
    while (this.bytePos % alignBytes !== 0) this.put(8, fillByte);
  }
  /** The written bytes (the stream must be byte-aligned). */
  bytes() {
    if (this.accBits !== 0) throw new Error("BitWriter.bytes: stream is not byte-aligned");
    return this.buf.slice(0, this.bytePos);
  }
  grow() {
    const next = new Uint8Array(this.buf.length * 2);
    next.set(this.buf);
    this.buf = next;
  }
};
var BitCounter = class {
  bits = 0;
  get bitLength() {
    return this.bits;
  }
  put(len, _value) {
    this.bits += len;
  }
  /** Adds bits counted elsewhere (a whole slice, sized without simulating its fields). */
  skip(bits) {
    this.bits += bits;
  }
  align(alignBytes, _bit, _fillByte) {
    this.bits = Math.ceil(this.bits / 8) * 8;
    this.bits = Math.ceil(this.bits / (alignBytes * 8)) * alignBytes * 8;
  }
};
var foldValue = (v) => Math.abs(v) << 1 | (v < 0 ? 1 : 0);

// src/perf/weights/fwd.ts
var HEADER_BITS = 256;
var LUT_ENTRIES = 16;
function analyse(values, forceRaw) {
  const lut = [];
  const index = new Int8Array(512).fill(-1);
  let useLut = true;
  let min = 1e3;
  let max = -1e3;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (useLut && index[foldValue(v)] < 0) {
      if (lut.length < LUT_ENTRIES) {
        index[foldValue(v)] = lut.length;
        lut.push(v);
      } else {
        useLut = false;
      }
    }
  }
  let raw = !useLut;
  let small = useLut && lut.length <= 4;
  let zeroAdjust = 0;
  let ok = true;
  if (raw) {
    if (max - min >= 256) ok = false;
    else if (min < -128) zeroAdjust = -128 - min;
    else if (max > 127) zeroAdjust = 127 - max;
  }
  if (forceRaw) {
    raw = true;
    small = false;
  }
  return { lut, index, raw, small, zeroAdjust, ok };
}
function fwdEncodedSize(values, forceRaw = false) {
  const a = analyse(values, forceRaw);
  if (!a.ok) return 0;
  const bitsPerWeight = a.small ? 2 : a.raw ? 8 : 4;
  return Math.ceil((HEADER_BITS + bitsPerWeight * values.length) / 256) * 32;
}
function fwdEncode(values, forceRaw = false) {
  const a = analyse(values, forceRaw);
  const mode = a.small ? "lut2" : a.raw ? "raw" : "lut4";
  if (!a.ok) return { bytes: new Uint8Array(0), ok: false, mode };
  const w = new BitWriter(32 + values.length);
  w.put(1, a.raw ? 1 : 0);
  w.put(1, a.small ? 1 : 0);
  for (let k = 0; k < 102; k += 17) w.put(17, 0);
  w.put(8, a.zeroAdjust & 255);
  for (let k = 0; k < LUT_ENTRIES; k++) w.put(9, k < a.lut.length ? foldValue(a.lut[k]) : 0);
  if (mode === "raw") {
    for (let i = 0; i < values.length; i++) w.put(8, values[i] + a.zeroAdjust & 255);
  } else {
    const bits = mode === "lut2" ? 2 : 4;
    for (let i = 0; i < values.length; i++) w.put(bits, a.index[foldValue(values[i])]);
  }
  w.align(32, 0, 0);
  return { bytes: w.bytes(), ok: true, mode };
}

// src/perf/weights/search-wasm.ts
var SEARCH_WASM = "AGFzbQEAAAABKAZgAX8Bf2ADf39/AX9gAn9/AX9gAX8AYAV/f39/fwF/YAR/f39/AX8DDAsAAQIDAAMCAAQFAQUDAQBQB1YJBm1lbW9yeQIABnNlYXJjaAACBGhpc3QAAwRsb25lAAQDbWFwAAUFc3BsaXQABgpzZWFyY2hSdW5zAAcKd2VpZ2h0Qml0cwAJCnJ1blN5bWJvbHMACgq/EAtEAQN/QYABIABBAnRqKAIAIQECQANAIAFBDE4NAUHAACABQQJ0aigCACEDIAMgAkoEQCADIQILIAFBAWohAQwACwsgAgsmAEGAiCAgAEECdGogATYCAEGQiMAAIABBAnRqIAI2AgAgAEEBagvvBQILfwp7QX8hBkHAAP0MAAAAAAAAAAAAAAAAAAAAAP0LBABB0AD9DAAAAAAAAAAAAAAAAAAAAAD9CwQAQeAA/QwAAAAAAAAAAAAAAAAAAAAA/QsEAEHwAP0MAAAAAAAAAAAAAAAAAAAAAP0LBAACQANAIAIgAE8NAUGACCACQQJ0aigCACEDIANBBnQhBCAWIA0gEf1SIAEgBGr9AAQA/a4BIQ0gFiAOIBL9UiABIARq/QAEEP2uASEOIBYgDyAT/VIgASAEav0ABCD9rgEhDyAWIBAgFP1SIAEgBGr9AAQw/a4BIRAgDUEE/asBIAFBgIAEaiAEav0ABAD9rgEgDkEE/asBIAFBgIAEaiAEav0ABBD9rgH9tgEgD0EE/asBIAFBgIAEaiAEav0ABCD9rgEgEEEE/asBIAFBgIAEaiAEav0ABDD9rgH9tgH9tgEhFSAVIBUgFf0NCAkKCwwNDg8AAQIDBAUGB/22ASEVIBUgFSAV/Q0EBQYHAAECAwwNDg8ICQoL/bYBIRUgFf0bACEIIAFBgIAIaiAEav0ABAAhESABQYCACGogBGr9AAQQIRIgAUGAgAhqIARq/QAEICETIAFBgIAIaiAEav0ABDAhFCABQYCADGogA0ECdGooAgAhC0HAACABQYCgDGogA0ECdGooAgBBAnRqIAJBAWo2AgAgCEEEdSEJIAhBD3EhCiAGQX9GIAsgBkEfcXZBAXEgCiAGRyAJQShqIAdIcXJyIQwgDARAIAZBf0cEQEEAIA39CwQAQRAgDv0LBABBICAP/QsEAEEwIBD9CwQAIApBAnQoAgAgBkECdCgCAEggChAAIAYQAExxRQRAIAUgBiACEAEhBQsLIAohBiAJIQcFIAcgASAEaiAGQQJ0aigCAGohBwsgB/0RIRYgAkEBaiECDAALCyAFRUGAiCAgBUEBa0ECdGooAgAgBkdyBEAgBSAGIAAQASEFC0GQiMAAIAVBAWtBAnRqIAA2AgAgBQvaAgEEf0GQgLACIQQCQANAIARBkMCwAk8NASAE/QwAAAAAAAAAAAAAAAAAAAAA/QsEACAEQRBqIQQMAAsLQYCAgAIhAUGAgIACIABBAXRqIQICQANAIAFBCGogAksNAUGQiLACIAEuAQBBAnRqIQMgAyADKAIAQQFqNgIAQZCYsAIgAS4BAkECdGohAyADIAMoAgBBAWo2AgBBkKiwAiABLgEEQQJ0aiEDIAMgAygCAEEBajYCAEGQuLACIAEuAQZBAnRqIQMgAyADKAIAQQFqNgIAIAFBCGohAQwACwsCQANAIAEgAk8NAUGQiLACIAEuAQBBAnRqIQMgAyADKAIAQQFqNgIAIAFBAmohAQwACwtBkICwAiEEAkADQCAEQZCQsAJPDQEgBCAE/QAEACAE/QAEgBD9rgEgBP0ABIAgIAT9AASAMP2uAf2uAf0LBAAgBEEQaiEEDAALCwtmAQZ/QQEhA0GAgIACLgEAIQRBASEBAkADQCABIABLDQFBgICAAiABQQF0ai4BAEEBIAEgAEkbIQUgBEEARyEGIAIgBkUgA3EgBUEAR3FqIQIgBiEDIAUhBCABQQFqIQEMAAsLIAILUAEDf0GAgIACIQFBgAghAkGAgIACIABBAXRqIQMCQANAIAEgA08NASACQZDIsAIgAS4BAEECdGooAgA2AgAgAUECaiEBIAJBBGohAgwACwsLlQEBA38CQANAQQAhBCABIAJBAEtyBEACQANAIAIgAE8NAUGAgIACIAJBAXRqLgEADQEgBEEBaiEEIAJBAWohAgwACwsLQYCAkAIgA0ECdGogBDYCACACIABGDQFBgAggA0ECdGpBkMiwAkGAgIACIAJBAXRqLgEAQQJ0aigCADYCACADQQFqIQMgAkEBaiECDAALCyADC6ICAQx/QX8hBAJAA0AgASAATw0BQYCAkAIgAUECdGooAgAhAiAGIAJBAWpqIQYgByACQQF1QQJqaiEHIAggAkECdUEDamohCCAJIAJBA3VBBGpqIQkgBiEKQQAhCyAHIApIBEAgByEKQQEhCwsgCCAKSARAIAghCkECIQsLIAkgCkgEQCAJIQpBAyELCyAEQX9GIAsgBEcgCkEoaiAFSHFyBEAgBEF/RwRAIAQgBiAHIAggCRAIIQwgCiAMSEUEQCADIAQgARABIQMLCyALIQQLIAQgBiAHIAggCRAIIQUgAUEBaiEBDAALCyADRUGAiCAgA0EBa0ECdGooAgAgBEdyBEAgAyAEIAAQASEDC0GQiMAAIANBAWtBAnRqIAA2AgAgAwsaACABIAIgAyAEIABBAkYbIABBAUYbIABFGwuxAQEHf0GACCAAQQJ0aiEEIAQgAUECdGohBSADBEACQANAIAQgBU8NASAEKAIAIAJ1IQYgByAGQQNuQQFqaiEHIAZBAEoEQCAIIAZBAWtBA25BAWpqIQgLIARBBGohBAwACwsFAkADQCAEIAVPDQEgBCgCACACdSEGIAkgBmohCSAKIAZBAXVqIQogBEEEaiEEDAALCyAKIAFqIQcgCSAKayEICyAHQQtqQQxuQQxsIAhqC0MBA39BgICQAiAAQQJ0aiEDIAMgAUECdGohBAJAA0AgAyAETw0BIAUgAygCACACdUEBamohBSADQQRqIQMMAAsLIAUL";

// src/perf/weights/search-simd.ts
var LANES = 16;
var KEYS = 1024;
var CONFIGS = 13;
var NEVER = 2147483632;
var CFG_RANK = 128;
var VALUES = 1024;
var SLICE_CFG = 525312;
var SLICE_END = 1049616;
var SLOTS = 1638400;
var SLOT_BYTES = 204800;
var MAX_SLOT = 10;
var PEN = 65536;
var MASK = 131072;
var BLOCKED = 196608;
var RANK = 200704;
var CHUNK2 = 4194304;
var RUNS = 4456448;
var HIST = 4980752;
var INDEX = 4988944;
var SIMD_MAX_VALUES = 131072;
var kernel;
function load() {
  if (kernel !== void 0) return kernel;
  try {
    const binary = Uint8Array.from(atob(SEARCH_WASM), (ch) => ch.charCodeAt(0));
    const x = new WebAssembly.Instance(new WebAssembly.Module(binary), {}).exports;
    const buffer = x.memory.buffer;
    const mem32 = new Int32Array(buffer);
    kernel = {
      memory: x.memory,
      mem32,
      chunk: new Int16Array(buffer, CHUNK2, SIMD_MAX_VALUES),
      freq: new Int32Array(buffer, HIST, 512),
      index: new Int32Array(buffer, INDEX, 512),
      values: mem32.subarray(VALUES / 4, VALUES / 4 + SIMD_MAX_VALUES),
      runs: new Int32Array(buffer, RUNS, SIMD_MAX_VALUES + 1),
      hist: x.hist,
      lone: x.lone,
      map: x.map,
      split: (n, allowLeadingRun) => x.split(n, allowLeadingRun ? 1 : 0),
      weightBits: (start, count2, div, trunc) => x.weightBits(start, count2, div, trunc ? 1 : 0),
      runSymbols: x.runSymbols,
      search: x.search,
      searchRuns: x.searchRuns,
      loaded: []
    };
  } catch {
    kernel = null;
  }
  return kernel;
}
function upload(k, t, cfgRank2, base) {
  const mem = k.mem32;
  const at0 = base / 4;
  mem.set(cfgRank2, CFG_RANK / 4);
  mem.set(t.blocked, at0 + BLOCKED / 4);
  for (let key = 0; key < KEYS; key++) mem[at0 + RANK / 4 + key] = t.rank[key];
  for (let key = 0; key < KEYS; key++) {
    for (let j = 0; j < LANES; j++) {
      const at = at0 + key * LANES + j;
      const used = j < CONFIGS && (j < 12 || t.uncompressedBits > 0);
      mem[at] = used ? t.bits[key * CONFIGS + j] : 0;
      mem[at + PEN / 4] = used ? j + t.penalty[key * CONFIGS + j] : NEVER;
      mem[at + MASK / 4] = used && t.blocked[key] >> j & 1 ? -1 : 0;
    }
  }
  k.loaded[t.uncompressedBits] = t;
}
function simdSearchWeights(values, count2, tables, cfgRank2, into) {
  if (count2 > SIMD_MAX_VALUES || tables.uncompressedBits > MAX_SLOT) return null;
  const k = load();
  if (!k) return null;
  const base = SLOTS + tables.uncompressedBits * SLOT_BYTES;
  if (k.loaded[tables.uncompressedBits] !== tables) upload(k, tables, cfgRank2, base);
  if (values.buffer !== k.memory.buffer || values.byteOffset !== VALUES) k.values.set(values.subarray(0, count2));
  return readSlices(k, k.search(count2, base), into);
}
function readSlices(k, n, into) {
  into.ensure(n);
  const mem = k.mem32;
  for (let j = 0, c = SLICE_CFG / 4, e = SLICE_END / 4; j < n; j++) {
    into.cfg[j] = mem[c + j];
    into.end[j] = mem[e + j];
  }
  into.count = n;
  return { cfg: into.cfg, end: into.end, count: n };
}
function simdSearchRuns(count2, into) {
  const k = load();
  if (!k) throw new Error("MLW: the zero-run search needs the WebAssembly kernel");
  return readSlices(k, k.searchRuns(count2), into);
}
function chunkKernel() {
  return load();
}

// src/perf/weights/mlw.ts
var MLW_CHUNK_VALUES = 128 * 1024;
var ZERO_FREQ_THRESHOLD = 5;
var mostZerosInRuns = (zeros, lone) => zeros - lone >= Math.floor(zeros / 2);
var SLICE_LEN_BITS = 15;
var MAX_SLICE_LEN = (1 << SLICE_LEN_BITS) - 1;
var ZDIV_DISABLED = 6;
var ZDIV_END_OF_STREAM = 7;
var WDIV_UNCOMPRESSED = 7;
var SLICE_SWITCH_COST = 40;
var W_DIV = [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0];
var W_MODE = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2];
var W_CONFIGS = 13;
function mlwEncode(values, paletteFrequencies, options = {}) {
  const writer = options.sizeOnly ? new BitCounter() : new BitWriter(values.length + 64);
  const used = options.used ?? new Uint8Array(512);
  let zeroRunZeros = 0;
  let paletteBits = 0;
  let zeroRuns = false;
  for (let start = 0; start < values.length; start += MLW_CHUNK_VALUES) {
    const chunk = values.subarray(start, Math.min(values.length, start + MLW_CHUNK_VALUES));
    const before = writer.bitLength;
    const chunkResult = encodeChunk(chunk, writer, used, paletteFrequencies, options.zeroRuns);
    zeroRunZeros += chunkResult.zeroRunZeros;
    zeroRuns = chunkResult.zeroRuns;
    if (writer.bitLength > before) paletteBits += chunkResult.paletteBits;
  }
  const bodyBits = writer.bitLength;
  writer.put(3, ZDIV_END_OF_STREAM);
  writer.align(16, 1, 255);
  const bytes = writer instanceof BitWriter ? writer.bytes() : new Uint8Array(0);
  const byteLength = writer.bitLength / 8;
  return { bytes, byteLength, zeroRunZeros, used, sourceLength: values.length, bodyBits, paletteBits, zeroRuns };
}
var paletteFreq = new Int32Array(512);
var paletteSort = new Float64Array(512);
var paletteLut = new Int16Array(32);
var paletteInv = new Int16Array(512);
var FOLDED = new Int32Array(512);
for (let v = -256; v < 256; v++) FOLDED[v + 256] = foldValue(v);
var paletteFreq4 = new Int32Array(4 * 512);
function buildPalette(values, used, reference, kernel2, forceZeroRuns) {
  const n = values.length;
  const freq = kernel2 ? kernel2.freq : paletteFreq;
  if (kernel2) kernel2.hist(n);
  else if (n < 2048) {
    freq.fill(0);
    for (let i = 0; i < n; i++) freq[values[i] + 256]++;
  } else {
    const f4 = paletteFreq4;
    f4.fill(0);
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      f4[values[i] + 256]++;
      f4[values[i + 1] + 768]++;
      f4[values[i + 2] + 1280]++;
      f4[values[i + 3] + 1792]++;
    }
    for (; i < n; i++) f4[values[i] + 256]++;
    for (let k = 0; k < 512; k++) freq[k] = f4[k] + f4[k + 512] + f4[k + 1024] + f4[k + 1536];
  }
  const totalZeros = freq[256];
  let commonFreq = 0;
  let allCount = 0;
  let maxFolded = 0;
  let minFolded = 512;
  let present = 0;
  const keys = paletteSort;
  const refTotal = reference ? referenceTotal(reference) : 0;
  const own = n - totalZeros;
  for (let k = 1; k < 512; k++) {
    let f = freq[k];
    if (f > 0) used[k] = 1;
    if (k === 256) continue;
    if (reference) {
      if (refTotal === 0) f *= REFERENCE_UNITS;
      else {
        const r = reference[k];
        f = r > 0 || f > 0 ? Math.max(1, Math.round(r * own * REFERENCE_UNITS / refTotal)) : 0;
      }
      freq[k] = f;
    }
    if (f === 0) continue;
    if (f > commonFreq) commonFreq = f;
    const folded = FOLDED[k];
    keys[present++] = f * 65536 + folded;
    allCount += f;
    if (folded > maxFolded) maxFolded = folded;
    if (folded < minFolded) minFolded = folded;
  }
  if (reference) {
    freq[256] *= REFERENCE_UNITS;
    commonFreq /= REFERENCE_UNITS;
  }
  let useZeroRuns = false;
  if (forceZeroRuns !== void 0) useZeroRuns = forceZeroRuns && totalZeros > 0;
  else if (totalZeros > ZERO_FREQ_THRESHOLD * commonFreq) {
    let lone = 0;
    if (kernel2) lone = kernel2.lone(n);
    else {
      let prevNonZero = 1;
      let cur = values[0];
      for (let i = 1; i <= n; i++) {
        const next = i < n ? values[i] : 1;
        const nonZero = (cur | -cur) >>> 31;
        lone += (nonZero ^ 1) & prevNonZero & (next | -next) >>> 31;
        prevNonZero = nonZero;
        cur = next;
      }
    }
    useZeroRuns = mostZerosInRuns(totalZeros, lone);
  }
  if (freq[256] > 0 && !useZeroRuns) {
    const f = freq[256];
    keys[present++] = f * 65536;
    allCount += f;
    minFolded = 0;
  }
  const onlyZeros = allCount === 0;
  const directOffset = allCount !== 0 ? Math.min(minFolded, 31) : 0;
  const ascending = keys;
  sortTop(ascending, present, 33);
  const keyAt = (k) => ascending[present - 1 - k];
  const freqAt = (k) => k < present ? Math.floor(keyAt(k) / 65536) : 0;
  const onlyPalette = freqAt(0) > 0 && freqAt(32) === 0;
  let maxSize = onlyPalette ? 32 : Math.min(32, 511 - maxFolded);
  if (maxSize === 1) maxSize = 0;
  const lut = paletteLut;
  lut.fill(0);
  let entries = 0;
  let maxLutValue = 0;
  let lutCount = 0;
  for (; entries < maxSize; entries++) {
    const count2 = freqAt(entries);
    if (count2 === 0) break;
    const folded = keyAt(entries) % 65536;
    lut[entries] = folded;
    if (folded > maxLutValue) maxLutValue = folded;
    lutCount += count2;
  }
  if (entries === 1) lut[entries++] = 0;
  let size;
  let widest;
  if (lutCount >= Math.floor(allCount / 2)) {
    size = entries;
    widest = maxLutValue;
  } else {
    size = 0;
    widest = maxFolded;
  }
  let bits = 2;
  while (1 << bits <= widest) bits++;
  const inv = paletteInv;
  let code = size - directOffset;
  for (let m = 0; m < 256; m++) {
    inv[256 + m] = code;
    inv[256 - m] = code + 1;
    code += 2;
  }
  inv[0] = 0;
  for (let k = 0; k < size; k++) {
    const folded = lut[k];
    const v = folded & 1 ? -(folded >> 1) : folded >> 1;
    inv[v + 256] = k;
  }
  return { lut, inv, size, bits, directOffset, useZeroRuns, onlyPalette, onlyZeros };
}
function sortTop(keys, n, top) {
  let from = n - top;
  if (from > 0) {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const pivot = keys[lo + hi >> 1];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (keys[i] < pivot) i++;
        while (keys[j] > pivot) j--;
        if (i <= j) {
          const t = keys[i];
          keys[i] = keys[j];
          keys[j] = t;
          i++;
          j--;
        }
      }
      if (from <= j) hi = j;
      else if (from >= i) lo = i;
      else break;
    }
  } else from = 0;
  for (let i = from + 1; i < n; i++) {
    const key = keys[i];
    let j = i - 1;
    while (j >= from && keys[j] > key) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = key;
  }
}
var REFERENCE_UNITS = 4096;
function referenceTotal(reference) {
  let total = 0;
  for (let k = 0; k < 512; k++) if (k !== 256) total += reference[k];
  return total;
}
var SliceList = class {
  cfg = new Int32Array(64);
  end = new Int32Array(64);
  count = 0;
  /** Empties the list for the next search (the lists are reused: one for weights, one for zero runs). */
  reset() {
    this.count = 0;
    return this;
  }
  /** Room for n slices. */
  ensure(n) {
    while (this.cfg.length < n) {
      this.cfg = grow(this.cfg);
      this.end = grow(this.end);
    }
  }
  push(cfg, end) {
    if (this.count === this.cfg.length) {
      this.cfg = grow(this.cfg);
      this.end = grow(this.end);
    }
    this.cfg[this.count] = cfg;
    this.end[this.count++] = end;
  }
  /** Closes the search: the last slice runs to `count` with the final config. */
  finish(active, count2) {
    if (this.count === 0 || this.cfg[this.count - 1] !== active) this.push(active, count2);
    this.end[this.count - 1] = count2;
    return { cfg: this.cfg, end: this.end, count: this.count };
  }
};
var searchBitCount = new Int32Array(W_CONFIGS);
var NEVER_BLOCKED = 12;
var cfgRank = new Int32Array(W_CONFIGS);
var BLOCK_LIMITS = [];
for (let j = 0; j < W_CONFIGS; j++) {
  const limit = W_MODE[j] === 1 ? 3 << W_DIV[j] : W_MODE[j] === 0 ? 32 << W_DIV[j] : 0;
  if (limit > 0 && limit < 1024) BLOCK_LIMITS.push(limit);
}
BLOCK_LIMITS.sort((a, b) => a - b);
for (let j = 0; j < W_CONFIGS; j++) {
  const limit = W_MODE[j] === 1 ? 3 << W_DIV[j] : W_MODE[j] === 0 ? 32 << W_DIV[j] : 0;
  const at = BLOCK_LIMITS.indexOf(limit);
  cfgRank[j] = at >= 0 ? at + 1 : NEVER_BLOCKED;
}
var lastAtRank = new Int32Array(NEVER_BLOCKED + 1);
function lastBlocked(cfg) {
  let pos = 0;
  for (let r = cfgRank[cfg]; r < NEVER_BLOCKED; r++) if (lastAtRank[r] > pos) pos = lastAtRank[r];
  return pos;
}
var weightSlices = new SliceList();
var runSlices = new SliceList();
var searchImpl = "simd";
function searchWeights(values, count2, tables) {
  if (searchImpl === "simd") {
    const simd = simdSearchWeights(values, count2, tables, cfgRank, weightSlices.reset());
    if (simd) return simd;
  }
  const { bits, penalty, blocked, rank } = tables;
  const withUncompressed = tables.uncompressedBits > 0;
  lastAtRank.fill(0);
  const out = weightSlices.reset();
  let active = -1;
  let activeBits = 0;
  let restartMask = 0;
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  let c5 = 0;
  let c6 = 0;
  let c7 = 0;
  let c8 = 0;
  let c9 = 0;
  let c10 = 0;
  let c11 = 0;
  let c12 = 0;
  for (let i = 0; i < count2; i++) {
    const key = values[i];
    const row = key * W_CONFIGS;
    let bestKey = 2147483647;
    let d;
    c0 += (activeBits - c0 & -(restartMask >> 0 & 1)) + bits[row + 0];
    d = (c0 << 4 | 0) + penalty[row + 0] - bestKey;
    bestKey += d & d >> 31;
    c1 += (activeBits - c1 & -(restartMask >> 1 & 1)) + bits[row + 1];
    d = (c1 << 4 | 1) + penalty[row + 1] - bestKey;
    bestKey += d & d >> 31;
    c2 += (activeBits - c2 & -(restartMask >> 2 & 1)) + bits[row + 2];
    d = (c2 << 4 | 2) + penalty[row + 2] - bestKey;
    bestKey += d & d >> 31;
    c3 += (activeBits - c3 & -(restartMask >> 3 & 1)) + bits[row + 3];
    d = (c3 << 4 | 3) + penalty[row + 3] - bestKey;
    bestKey += d & d >> 31;
    c4 += (activeBits - c4 & -(restartMask >> 4 & 1)) + bits[row + 4];
    d = (c4 << 4 | 4) + penalty[row + 4] - bestKey;
    bestKey += d & d >> 31;
    c5 += (activeBits - c5 & -(restartMask >> 5 & 1)) + bits[row + 5];
    d = (c5 << 4 | 5) + penalty[row + 5] - bestKey;
    bestKey += d & d >> 31;
    c6 += (activeBits - c6 & -(restartMask >> 6 & 1)) + bits[row + 6];
    d = (c6 << 4 | 6) + penalty[row + 6] - bestKey;
    bestKey += d & d >> 31;
    c7 += (activeBits - c7 & -(restartMask >> 7 & 1)) + bits[row + 7];
    d = (c7 << 4 | 7) + penalty[row + 7] - bestKey;
    bestKey += d & d >> 31;
    c8 += (activeBits - c8 & -(restartMask >> 8 & 1)) + bits[row + 8];
    d = (c8 << 4 | 8) + penalty[row + 8] - bestKey;
    bestKey += d & d >> 31;
    c9 += (activeBits - c9 & -(restartMask >> 9 & 1)) + bits[row + 9];
    d = (c9 << 4 | 9) + penalty[row + 9] - bestKey;
    bestKey += d & d >> 31;
    c10 += (activeBits - c10 & -(restartMask >> 10 & 1)) + bits[row + 10];
    d = (c10 << 4 | 10) + penalty[row + 10] - bestKey;
    bestKey += d & d >> 31;
    c11 += (activeBits - c11 & -(restartMask >> 11 & 1)) + bits[row + 11];
    d = (c11 << 4 | 11) + penalty[row + 11] - bestKey;
    bestKey += d & d >> 31;
    if (withUncompressed) {
      c12 += (activeBits - c12 & -(restartMask >> 12 & 1)) + bits[row + 12];
      d = (c12 << 4 | 12) + penalty[row + 12] - bestKey;
      bestKey += d & d >> 31;
    }
    const blockedNow = blocked[key];
    lastAtRank[rank[key]] = i + 1;
    restartMask = blockedNow;
    const best = bestKey >> 4;
    const bestCfg = bestKey & 15;
    if (active === -1 || (blockedNow >> active & 1) === 1 || bestCfg !== active && best + SLICE_SWITCH_COST < activeBits) {
      if (active !== -1) {
        const counts = searchBitCount;
        counts[0] = c0;
        counts[1] = c1;
        counts[2] = c2;
        counts[3] = c3;
        counts[4] = c4;
        counts[5] = c5;
        counts[6] = c6;
        counts[7] = c7;
        counts[8] = c8;
        counts[9] = c9;
        counts[10] = c10;
        counts[11] = c11;
        counts[12] = c12;
        const elide = counts[bestCfg] < counts[active] && lastBlocked(bestCfg) <= lastBlocked(active);
        if (!elide) out.push(active, i);
      }
      active = bestCfg;
      activeBits = best;
    } else {
      activeBits += bits[row + active];
    }
  }
  return out.finish(active, count2);
}
function searchRuns(runs, count2) {
  const out = runSlices.reset();
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let active = -1;
  let activeBits = 0;
  for (let i = 0; i < count2; i++) {
    const run = runs[i];
    c0 += run + 1;
    c1 += (run >> 1) + 2;
    c2 += (run >> 2) + 3;
    c3 += (run >> 3) + 4;
    let best = c0;
    let bestCfg = 0;
    if (c1 < best) {
      best = c1;
      bestCfg = 1;
    }
    if (c2 < best) {
      best = c2;
      bestCfg = 2;
    }
    if (c3 < best) {
      best = c3;
      bestCfg = 3;
    }
    if (active === -1 || bestCfg !== active && best + SLICE_SWITCH_COST < activeBits) {
      const now = active === 0 ? c0 : active === 1 ? c1 : active === 2 ? c2 : c3;
      if (active !== -1 && !(best < now)) out.push(active, i);
      active = bestCfg;
    }
    activeBits = active === 0 ? c0 : active === 1 ? c1 : active === 2 ? c2 : c3;
  }
  return out.finish(active, count2);
}
function grow(a) {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}
var weightCostTables = /* @__PURE__ */ new Map();
function weightCostTable(uncompressedBits) {
  const cached = weightCostTables.get(uncompressedBits);
  if (cached) return cached;
  const keys = 1024;
  const bits = new Int32Array(keys * W_CONFIGS);
  const penalty = new Int32Array(keys * W_CONFIGS);
  const blocked = new Int32Array(keys);
  const rank = new Uint8Array(keys);
  const uncompressedCost = uncompressedBits > 0 ? uncompressedBits : 100;
  for (let v = 0; v < keys; v++) {
    while (rank[v] < BLOCK_LIMITS.length && v >= BLOCK_LIMITS[rank[v]]) rank[v]++;
    for (let j = 0; j < W_CONFIGS; j++) {
      const mode = W_MODE[j];
      const q = v >> W_DIV[j];
      let cost;
      if (mode === 2) cost = uncompressedCost;
      else if (mode === 1) cost = q <= 2 ? Math.min(q + 1, 2) + W_DIV[j] : -1;
      else cost = q <= 31 ? q + 1 + W_DIV[j] : -1;
      if (cost < 0) {
        bits[v * W_CONFIGS + j] = SLICE_SWITCH_COST;
        penalty[v * W_CONFIGS + j] = 1 << 30;
        blocked[v] |= 1 << j;
      } else {
        bits[v * W_CONFIGS + j] = cost;
      }
    }
    for (let j = 0; j < W_CONFIGS; j++) {
      if ((blocked[v] >> j & 1) !== (rank[v] >= cfgRank[j] ? 1 : 0)) throw new Error("MLW: inconsistent cost tables");
    }
  }
  const tables = { bits, penalty, blocked, rank, uncompressedBits };
  weightCostTables.set(uncompressedBits, tables);
  return tables;
}
var chunkWeights = new Int32Array(1024);
var chunkRuns = new Int32Array(1024);
var NO_SLICES = { cfg: new Int32Array(0), end: new Int32Array(0), count: 0 };
function encodeChunk(chunk, writer, used, paletteFrequencies, forceZeroRuns) {
  const size = chunk.length;
  if (size === 0) return { zeroRunZeros: 0, paletteBits: 0, zeroRuns: false };
  const kernel2 = searchImpl === "simd" && size <= SIMD_MAX_VALUES ? chunkKernel() : null;
  if (kernel2) kernel2.chunk.set(chunk);
  const pal = buildPalette(chunk, used, paletteFrequencies, kernel2 ?? void 0, forceZeroRuns);
  let uncompressedBits = 0;
  if (pal.onlyPalette) {
    while (1 << uncompressedBits < pal.size) uncompressedBits++;
  } else if (pal.size === 0) {
    uncompressedBits = pal.bits;
  }
  let weights;
  let runs;
  let nWeights = 0;
  let nRuns = 0;
  let zeroRunZeros = 0;
  const allowLeadingRun = !pal.onlyZeros;
  const inv = pal.inv;
  if (kernel2) {
    kernel2.index.set(inv);
    weights = kernel2.values;
    runs = kernel2.runs;
    if (!pal.useZeroRuns) {
      kernel2.map(size);
      nWeights = size;
    } else {
      nWeights = kernel2.split(size, allowLeadingRun);
      nRuns = nWeights + 1;
      zeroRunZeros = size - nWeights;
    }
  } else {
    if (chunkWeights.length < size + 1) {
      chunkWeights = new Int32Array(size + 1);
      chunkRuns = new Int32Array(size + 1);
    }
    weights = chunkWeights;
    runs = chunkRuns;
    if (!pal.useZeroRuns) {
      for (let i = 0; i < size; i++) weights[i] = inv[chunk[i] + 256];
      nWeights = size;
    } else {
      let i = 0;
      for (; ; ) {
        let zeros = 0;
        if (allowLeadingRun || i > 0) {
          while (i < size && chunk[i] === 0) {
            zeros++;
            i++;
          }
        }
        zeroRunZeros += zeros;
        runs[nRuns++] = zeros;
        if (i === size) break;
        weights[nWeights++] = inv[chunk[i] + 256];
        i++;
      }
    }
  }
  const tables = weightCostTable(uncompressedBits);
  const wSplit = searchWeights(weights, nWeights, tables);
  const zSplit = !pal.useZeroRuns ? NO_SLICES : kernel2 ? simdSearchRuns(nWeights + 1, runSlices.reset()) : searchRuns(runs, nWeights + 1);
  let pos = 0;
  let iw = 0;
  let iz = 0;
  let newPalette = true;
  let firstPassWithRuns = nRuns > 0;
  while (pos < nWeights || newPalette || firstPassWithRuns) {
    let wLen = 0;
    let zLen = 0;
    if (iw < wSplit.count) wLen = Math.min(wSplit.end[iw] - pos, MAX_SLICE_LEN);
    if (iz < zSplit.count) zLen = Math.min(zSplit.end[iz] - pos, MAX_SLICE_LEN);
    const wCfg = wLen ? wSplit.cfg[iw] : 0;
    const zCfg = pal.useZeroRuns ? zSplit.cfg[iz] : 0;
    const zStart = pos + (newPalette ? 0 : 1);
    if (writer instanceof BitCounter)
      writer.skip(
        sliceBits(pal, weights, pos, wLen, runs, zStart, zLen, newPalette, uncompressedBits, wCfg, zCfg, kernel2)
      );
    else encodeSlice(writer, pal, weights, pos, wLen, runs, zStart, zLen, newPalette, uncompressedBits, wCfg, zCfg);
    newPalette = false;
    if (zLen <= 0 && wLen > 0) pos += wLen;
    else if (wLen <= 0 && zLen > 0) pos += zLen;
    else pos += Math.min(zLen, wLen);
    if (iw < wSplit.count && wSplit.end[iw] <= pos) iw++;
    if (iz < zSplit.count && zSplit.end[iz] <= pos) iz++;
    firstPassWithRuns = false;
  }
  return { zeroRunZeros, paletteBits: 13 + pal.size * pal.bits, zeroRuns: pal.useZeroRuns };
}
var wRemainA = new Int32Array(12);
var wRemainB = new Int32Array(12);
var zRemainA = new Int32Array(12);
var zRemainB = new Int32Array(12);
function sliceFormat(pal, wCount, zLen, newPalette, uncompressedBits, wCfg) {
  const wUncompressed = W_MODE[wCfg] === 2;
  return {
    // Zero runs: one before each weight of the slice, plus the leading one in a slice that starts a palette.
    zCount: pal.useZeroRuns && zLen ? wCount + (newPalette ? 1 : 0) : 0,
    wTrunc: W_MODE[wCfg] === 1,
    wUncompressed,
    wDiv: wUncompressed ? uncompressedBits : W_DIV[wCfg]
  };
}
function sliceBits(pal, weights, wStart, wCount, runs, zStart, zLen, newPalette, uncompressedBits, wCfg, zCfg, kernel2) {
  const { zCount, wTrunc, wUncompressed, wDiv } = sliceFormat(pal, wCount, zLen, newPalette, uncompressedBits, wCfg);
  let bits = 3 + SLICE_LEN_BITS + 3 + 1 + 1;
  if (newPalette) bits += 5 + 5 + 3 + pal.size * pal.bits;
  bits += wDiv * wCount;
  if (!wUncompressed && wCount > 0 && kernel2) bits += kernel2.weightBits(wStart, wCount, wDiv, wTrunc);
  else if (!wUncompressed && wCount > 0) {
    let symbols = 0;
    let ones = 0;
    if (wTrunc) {
      for (let i = wStart; i < wStart + wCount; i++) {
        const q = weights[i] >> wDiv;
        symbols += (q / 3 | 0) + 1;
        if (q > 0) ones += ((q - 1) / 3 | 0) + 1;
      }
    } else {
      let sumQ = 0;
      let sumHalf = 0;
      for (let i = wStart; i < wStart + wCount; i++) {
        const q = weights[i] >> wDiv;
        sumQ += q;
        sumHalf += q >> 1;
      }
      symbols = sumHalf + wCount;
      ones = sumQ - sumHalf;
    }
    bits += 12 * Math.ceil(symbols / 12) + ones;
  }
  if (zCount > 0) {
    const zUnaryLen = zCfg < 3 ? 12 : 8;
    let symbols = 0;
    if (kernel2) symbols = kernel2.runSymbols(zStart, zCount, zCfg);
    else for (let i = zStart; i < zStart + zCount; i++) symbols += (runs[i] >> zCfg) + 1;
    bits += zUnaryLen * Math.ceil(symbols / zUnaryLen) + zCfg * zCount;
  }
  return bits;
}
function encodeSlice(writer, pal, weights, wStart, wCount, runs, zStart, zLen, newPalette, uncompressedBits, wCfg, zCfg) {
  const useRuns = pal.useZeroRuns;
  const { zCount, wTrunc, wUncompressed, wDiv } = sliceFormat(pal, wCount, zLen, newPalette, uncompressedBits, wCfg);
  const zDiv = zCfg;
  writer.put(3, useRuns ? zDiv : ZDIV_DISABLED);
  writer.put(SLICE_LEN_BITS, wCount - 1);
  writer.put(3, wUncompressed ? WDIV_UNCOMPRESSED : wDiv);
  writer.put(1, wTrunc ? 1 : 0);
  writer.put(1, newPalette ? 1 : 0);
  if (newPalette) {
    writer.put(5, pal.directOffset);
    writer.put(5, Math.max(0, pal.size - 1));
    writer.put(3, pal.bits - 2);
    for (let k = 0; k < pal.size; k++) writer.put(pal.bits, pal.lut[k]);
  }
  const zUnaryLen = zDiv < 3 ? 12 : 8;
  const wMask = (1 << wDiv) - 1;
  const zMask = (1 << zDiv) - 1;
  const wStep = wTrunc ? 3 : 2;
  const maxWSymbols = wUncompressed && wDiv > 5 ? 8 : 12;
  let wPos = 0;
  let zPos = 0;
  let wq = -1;
  let wr = 0;
  let zq = -1;
  let zr = 0;
  let wRemain = wRemainA;
  let wPrevRemain = wRemainB;
  let zRemain = zRemainA;
  let zPrevRemain = zRemainB;
  let wPrevEnabled = false;
  let wPrevCount = 0;
  let zPrevEnabled = false;
  let zPrevCount = 0;
  do {
    const balance = useRuns ? wPos - zPos : 0;
    const wEnabled = balance < 8 && wPos < wCount;
    const zEnabled = balance >= 0 && useRuns && zPos < zCount;
    let wUnary0 = 0;
    let wUnary1 = 0;
    let wUnary1Len = 0;
    let wCountNow = 0;
    if (wEnabled) {
      let j = 0;
      while (j < maxWSymbols) {
        if (wq < 0) {
          if (wPos === wCount) {
            j = maxWSymbols;
            wq = -wStep;
            break;
          }
          const value = weights[wStart + wPos];
          wq = value >> wDiv;
          wr = value & wMask;
        }
        const symbols = (wq / wStep | 0) + 1;
        const take = symbols < maxWSymbols - j ? symbols : maxWSymbols - j;
        let ones0 = wq > 0 ? ((wq - 1) / wStep | 0) + 1 : 0;
        if (ones0 > take) ones0 = take;
        let ones1 = wq > 1 ? ((wq - 2) / wStep | 0) + 1 : 0;
        if (ones1 > ones0) ones1 = ones0;
        wUnary0 |= (1 << ones0) - 1 << j;
        wUnary1 |= (1 << ones1) - 1 << wUnary1Len;
        wUnary1Len += ones0;
        j += take;
        wq -= take * wStep;
        if (wq < 0) {
          wRemain[wCountNow++] = wr;
          wPos++;
        }
      }
    }
    let zUnary = 0;
    let zCountNow = 0;
    if (zEnabled) {
      let j = 0;
      while (j < zUnaryLen) {
        if (zq < 0) {
          if (zPos < zCount) {
            const value = runs[zStart + zPos];
            zq = value >> zDiv;
            zr = value & zMask;
          } else {
            zq = 0;
            zr = -1;
          }
        }
        while (zq >= 0 && j < zUnaryLen) {
          if (zq > 0) zUnary |= 1 << j;
          j++;
          zq--;
        }
        if (zq < 0 && zr >= 0) {
          zRemain[zCountNow++] = zr;
          zPos++;
        }
      }
    }
    if (wEnabled && !wUncompressed) writer.put(12, wUnary0);
    if (zEnabled) writer.put(zUnaryLen, zUnary);
    if (wEnabled && !wUncompressed && wUnary1Len > 0) writer.put(wUnary1Len, wUnary1);
    if (wPrevEnabled) putFields(writer, wDiv, wPrevRemain, wPrevCount);
    if (zPrevEnabled) putFields(writer, zDiv, zPrevRemain, zPrevCount);
    wPrevEnabled = wEnabled;
    wPrevCount = wCountNow;
    const wSwap = wRemain;
    wRemain = wPrevRemain;
    wPrevRemain = wSwap;
    zPrevEnabled = zEnabled;
    zPrevCount = zCountNow;
    const zSwap = zRemain;
    zRemain = zPrevRemain;
    zPrevRemain = zSwap;
  } while (wPrevEnabled || zPrevEnabled);
}
function putFields(writer, width, fields, count2) {
  if (width === 0) return;
  let packed = 0;
  let packedBits = 0;
  for (let k = 0; k < count2; k++) {
    if (packedBits + width > 24) {
      writer.put(packedBits, packed);
      packed = 0;
      packedBits = 0;
    }
    packed |= (fields[k] & (1 << width) - 1) << packedBits;
    packedBits += width;
  }
  writer.put(packedBits, packed);
}

// src/perf/weights/source.ts
var shared = new Int16Array(1 << 16);
var Int16Sink = class {
  data;
  length = 0;
  reuse;
  constructor(capacity, reuse = false) {
    this.reuse = reuse;
    if (reuse && shared.length < capacity) shared = new Int16Array(capacity);
    this.data = reuse ? shared : new Int16Array(Math.max(64, capacity));
  }
  ensure(extra) {
    if (this.length + extra <= this.data.length) return;
    let cap = this.data.length * 2;
    while (cap < this.length + extra) cap *= 2;
    const next = new Int16Array(cap);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
    if (this.reuse) shared = next;
  }
  result() {
    return this.data.subarray(0, this.length);
  }
};
function sharedZeroPoint(view) {
  return zeroPointsOf(view.zeroPoints).shared;
}
function hasSharedZeroPoint(zeroPoints2) {
  return zeroPointsOf(zeroPoints2).shared !== void 0;
}
var zeroPointCache = /* @__PURE__ */ new WeakMap();
function zeroPointsOf(zeroPoints2) {
  let known = zeroPointCache.get(zeroPoints2);
  if (!known) {
    const values = Int32Array.from(zeroPoints2.length ? zeroPoints2 : [0]);
    known = { values, shared: values.every((z) => z === values[0]) ? values[0] : void 0 };
    zeroPointCache.set(zeroPoints2, known);
  }
  return known;
}
function makeReader(view) {
  const [, h, w, depth] = view.shape;
  const data = view.data;
  const { values: zps, shared: shared2 } = zeroPointsOf(view.zeroPoints);
  const nZp = zps.length;
  if (shared2 !== void 0) {
    const zp = shared2;
    if (view.depthwise) return (o, ky, kx) => data[(ky * w + kx) * depth + o] - zp;
    return (o, ky, kx, i) => data[((o * h + ky) * w + kx) * depth + i] - zp;
  }
  if (view.depthwise) {
    return (o, ky, kx, _i, zpIndex) => data[(ky * w + kx) * depth + o] - zps[zpIndex % nZp];
  }
  return (o, ky, kx, i, zpIndex) => data[((o * h + ky) * w + kx) * depth + i] - zps[zpIndex % nZp];
}

// src/perf/weights/order-u55.ts
function orderWeightsU55(view, p, reuse = false) {
  const read = makeReader(view);
  const data = view.data;
  const zp = sharedZeroPoint(view);
  const depthwise = p.traversal === "depthwise";
  const partKernel = p.traversal === "part-kernel";
  const [, kernelH, kernelW, tensorDepth] = view.shape;
  const S = p.streams;
  const ofmDepth = Math.floor((p.depthLength + S - 1 - p.stream) / S);
  const ifmDepth = depthwise ? 1 : tensorDepth;
  const ofmChannel = (z) => p.depthOffset + p.stream + z * S;
  const streamBlockDepth = Math.floor((p.ofmBlockDepth + S - 1 - p.stream) / S);
  const ifmBlockDepth = partKernel || p.ifmBits === 16 ? 16 : 32;
  const ofmU = p.ofmUBlockDepth;
  const ifmU = p.ifmUBlockDepth;
  const decompY = Math.floor(8 / p.dilation[0]);
  const decompX = Math.floor(8 / p.dilation[1]);
  const elementRound = depthwise ? 4 : partKernel ? p.ifmBits === 16 ? 2 : 4 : 1;
  const ifmUDepth = depthwise ? 1 : ifmU;
  const sink = new Int16Sink(ofmDepth * kernelH * kernelW * Math.max(ifmDepth, 8) * 2, reuse);
  for (let ofmBlockZ = 0; ofmBlockZ < ofmDepth; ofmBlockZ += streamBlockDepth) {
    const clippedOfm = Math.min(streamBlockDepth, ofmDepth - ofmBlockZ);
    for (let ifmBlockZ = 0; ifmBlockZ < (depthwise ? 1 : ifmDepth); ifmBlockZ += ifmBlockDepth) {
      const clippedIfm = depthwise ? ifmU : partKernel ? Math.min(ifmBlockDepth, ifmDepth - ifmBlockZ) : ifmBlockDepth;
      for (let subY = 0; subY < kernelH; subY += decompY) {
        const subH = Math.min(kernelH - subY, decompY);
        for (let subX = 0; subX < kernelW; subX += decompX) {
          const subW = Math.min(kernelW - subX, decompX);
          const elements2 = Math.ceil(subW * subH / elementRound) * elementRound;
          const outerDepth = partKernel ? clippedIfm : 1;
          const innerDepth = partKernel ? 1 : clippedIfm;
          for (let ifmUOuter = 0; ifmUOuter < outerDepth; ifmUOuter += ifmU) {
            for (let ofmUZ = 0; ofmUZ < clippedOfm; ofmUZ += ofmU) {
              for (let e = 0; e < elements2; e++) {
                const kx = e % subW;
                const ky = e / subW | 0;
                if (depthwise && zp !== void 0) {
                  sink.ensure(ofmU);
                  const out = sink.data;
                  let n = sink.length;
                  const row = ((subY + ky) * kernelW + subX + kx) * tensorDepth + p.depthOffset + p.stream;
                  const first = ofmBlockZ + ofmUZ;
                  const last = ky < subH ? Math.min(first + ofmU, ofmDepth) : first;
                  for (let z = first; z < last; z++) out[n++] = data[row + z * S] - zp;
                  for (let z = last; z < first + ofmU; z++) out[n++] = 0;
                  sink.length = n;
                  continue;
                }
                for (let ifmUInner = 0; ifmUInner < innerDepth; ifmUInner += ifmU) {
                  const ifmUZ = ifmUInner + ifmUOuter;
                  sink.ensure(ofmU * ifmUDepth);
                  const out = sink.data;
                  let n = sink.length;
                  const ifmStart = ifmBlockZ + ifmUZ;
                  const ifmValid = ky < subH ? clamp(ifmDepth - ifmStart, ifmUDepth) : 0;
                  for (let oz = 0; oz < ofmU; oz++) {
                    const ofmZ = ofmBlockZ + ofmUZ + oz;
                    const valid = ofmZ < ofmDepth ? ifmValid : 0;
                    const o = ofmChannel(ofmZ);
                    if (zp !== void 0 && valid > 0) {
                      const at = depthwise ? ((subY + ky) * kernelW + subX + kx) * tensorDepth + o : ((o * kernelH + subY + ky) * kernelW + subX + kx) * tensorDepth + ifmStart;
                      for (let iz = 0; iz < valid; iz++) out[n++] = data[at + iz] - zp;
                    } else {
                      for (let iz = 0; iz < valid; iz++) {
                        const ifmZ = ifmStart + iz;
                        out[n++] = read(o, subY + ky, subX + kx, ifmZ, depthwise ? ofmZ : ifmZ);
                      }
                    }
                    for (let iz = valid; iz < ifmUDepth; iz++) out[n++] = 0;
                  }
                  sink.length = n;
                }
              }
            }
          }
        }
      }
    }
  }
  return sink.result();
}
function clamp(n, limit) {
  return n < 0 ? 0 : n > limit ? limit : n;
}

// src/perf/weights/order-u85.ts
var WeightsNotSparseError = class extends Error {
  constructor() {
    super("weights are not 2:4 sparse");
    this.name = "WeightsNotSparseError";
  }
};
var INTERLEAVE = 4;
function u85IfmUBlockDepth(p) {
  if (p.traversal === "depthwise") return 1;
  if (p.traversal === "part-kernel") return p.ifmBits === 16 && !p.sparse ? 8 : p.ifmBlockDepth;
  return p.ifmBlockDepth;
}
function u85DepthwisePadding(macs, ifmBits) {
  return ifmBits !== 16 && macs <= 256 ? 0 : macs <= 512 ? 2 : 6;
}
function u85ElementRound(p) {
  if (p.traversal === "depthwise") return 10;
  if (p.traversal === "part-kernel") return p.ifmBits === 16 || p.sparse ? 10 : 5;
  return 1;
}
function orderWeightsU85(view, p, reuse = false) {
  const read = makeReader(view);
  const data = view.data;
  const zp = sharedZeroPoint(view);
  const depthwise = p.traversal === "depthwise";
  const sparse = p.sparse && !depthwise;
  const [, kernelH, kernelW, tensorDepth] = view.shape;
  const S = p.streams;
  const ofmDepth = p.depthLength;
  const ifmDepth = depthwise ? 1 : tensorDepth;
  const [strideY, strideX] = p.traversal === "depth-first" ? [1, 1] : p.stride;
  const ifmU = u85IfmUBlockDepth(p);
  const round = u85ElementRound(p);
  const ofmU = p.ofmUBlockDepth;
  const decompY = Math.floor(8 / p.dilation[0]);
  const decompX = Math.floor(8 / p.dilation[1]);
  const dwPadding = u85DepthwisePadding(p.macs, p.ifmBits);
  const innerStep = depthwise ? 1 : sparse ? 16 : 8;
  let sparsePos = -1;
  let sparseZeros = 0;
  let sparseIndex = 0;
  const sink = new Int16Sink(Math.ceil(ofmDepth * kernelH * kernelW * Math.max(ifmDepth, 16) * 2 / S), reuse);
  let ifmBlockStart = 0;
  let ifmStep = -p.ifmBlockDepth;
  for (let ofmBlockZ = 0; ofmBlockZ < ofmDepth; ofmBlockZ += p.ofmBlockDepth) {
    ifmStep = -ifmStep;
    const clippedOfm = Math.min(p.ofmBlockDepth, ofmDepth - ofmBlockZ);
    const ifmLimit = depthwise ? 1 : ifmDepth;
    for (let ifmBlockZ = ifmBlockStart; ifmBlockZ < ifmLimit && ifmBlockZ >= 0; ifmBlockZ += ifmStep) {
      ifmBlockStart = ifmBlockZ;
      const clippedIfm = Math.min(p.ifmBlockDepth, ifmDepth - ifmBlockZ);
      for (let subX = 0; subX < kernelW; subX += decompX) {
        const subW = Math.min(kernelW - subX, decompX);
        for (let subY = 0; subY < kernelH; subY += decompY) {
          const subH = Math.min(kernelH - subY, decompY);
          const outerDepth = depthwise ? 1 : clippedIfm;
          for (let ifmUOuter = 0; ifmUOuter < outerDepth; ifmUOuter += ifmU) {
            for (let ofmUOuter = 0; ofmUOuter < clippedOfm; ofmUOuter += ofmU) {
              let remaining = Math.ceil(subW * subH / round) * round;
              for (let sy = 0; sy < strideY; sy++) {
                const rows = Math.floor((subH + strideY - 1 - sy) / strideY);
                for (let sx = 0; sx < strideX; sx++) {
                  const cols = Math.floor((subW + strideX - 1 - sx) / strideX);
                  for (let ky = 0; ky < rows; ky++) {
                    for (let kxi = 0; kxi < cols; kxi++) {
                      const kx = ky % 2 === 0 ? kxi : cols - 1 - kxi;
                      remaining--;
                      const wx = subX + sx + kx * strideX;
                      const wy = subY + sy + ky * strideY;
                      if (depthwise && zp !== void 0) {
                        const row = (wy * kernelW + wx) * tensorDepth + p.depthOffset;
                        sink.ensure(ofmU);
                        const out = sink.data;
                        let n = sink.length;
                        for (let ofmUZ = p.stream * INTERLEAVE; ofmUZ < ofmU; ofmUZ += INTERLEAVE * S) {
                          const first = ofmBlockZ + ofmUOuter + ofmUZ;
                          for (let z = first; z < first + INTERLEAVE; z++)
                            out[n++] = z < ofmDepth ? data[row + z] - zp : 0;
                        }
                        sink.length = n;
                        if (remaining % round === 0) pushZeros(sink, Math.floor(dwPadding * ofmU / S));
                        continue;
                      }
                      for (let ifmUInner = 0; ifmUInner < ifmU; ifmUInner += innerStep) {
                        for (let ofmUZ = p.stream * INTERLEAVE; ofmUZ < ofmU; ofmUZ += INTERLEAVE * S) {
                          sink.ensure(INTERLEAVE * innerStep);
                          const out = sink.data;
                          let n = sink.length;
                          if (!sparse) {
                            const ifmStart = ifmBlockZ + ifmUOuter + ifmUInner;
                            const ifmValid = clamp2(ifmDepth - ifmStart, innerStep);
                            for (let oi = 0; oi < INTERLEAVE; oi++) {
                              const ofmZ = ofmBlockZ + ofmUOuter + oi + ofmUZ;
                              const valid = ofmZ < ofmDepth ? ifmValid : 0;
                              const o = p.depthOffset + ofmZ;
                              if (zp !== void 0 && valid > 0) {
                                const at = depthwise ? (wy * kernelW + wx) * tensorDepth + o : ((o * kernelH + wy) * kernelW + wx) * tensorDepth + ifmStart;
                                for (let iz = 0; iz < valid; iz++) out[n++] = data[at + iz] - zp;
                              } else {
                                for (let iz = 0; iz < valid; iz++) {
                                  const ifmZ = ifmStart + iz;
                                  out[n++] = read(o, wy, wx, ifmZ, depthwise ? ofmZ : ifmZ);
                                }
                              }
                              for (let iz = valid; iz < innerStep; iz++) out[n++] = 0;
                            }
                            sink.length = n;
                            continue;
                          }
                          for (let oi = 0; oi < INTERLEAVE; oi++) {
                            const ofmZ = ofmBlockZ + ofmUOuter + oi + ofmUZ;
                            for (let iz = 0; iz < innerStep; iz++) {
                              const ifmZ = ifmBlockZ + ifmUOuter + ifmUInner + iz;
                              let weight = 0;
                              if (ifmZ < ifmDepth && ofmZ < ofmDepth) {
                                weight = read(p.depthOffset + ofmZ, wy, wx, ifmZ, depthwise ? ofmZ : ifmZ);
                              }
                              if (sparse) {
                                const pos = wy * 65536 + wx;
                                if (pos !== sparsePos) {
                                  sparsePos = pos;
                                  sparseZeros = 0;
                                  sparseIndex = 0;
                                  if (ifmZ & 3) throw new WeightsNotSparseError();
                                }
                                if (weight === 0) sparseZeros++;
                                else if (weight > 127 || weight < -127) throw new WeightsNotSparseError();
                                if ((sparseIndex & 3) === 3) {
                                  if (sparseZeros < 2) throw new WeightsNotSparseError();
                                  sparseZeros = 0;
                                }
                                sparseIndex++;
                              }
                              out[n++] = weight;
                            }
                          }
                          sink.length = n;
                        }
                      }
                      if (depthwise && remaining % round === 0) pushZeros(sink, Math.floor(dwPadding * ofmU / S));
                    }
                  }
                }
              }
              if (remaining > 0) {
                const pad = remaining + (depthwise ? dwPadding : 0);
                pushZeros(sink, Math.floor(pad * ifmU * ofmU / S));
              }
            }
          }
        }
      }
    }
  }
  return sink.result();
}
function pushZeros(sink, count2) {
  sink.ensure(count2);
  sink.data.fill(0, sink.length, sink.length + count2);
  sink.length += count2;
}
function clamp2(n, limit) {
  return n < 0 ? 0 : n > limit ? limit : n;
}

// src/perf/weights/types.ts
var formatName = (f) => f.fast ? f.sparse ? "fast-sparse" : "fast" : f.sparse ? "sparse" : "default";
var WeightEncodingError = class extends Error {
  code;
  detail;
  constructor(code, detail) {
    super(`weight encoding: ${detail}`);
    this.name = "WeightEncodingError";
    this.code = code;
    this.detail = detail;
  }
};

// src/perf/weights/order.ts
function orderedValues(input2, view, format, cores, stream, depthOffset, depthLength, dilation, stride, reuse = false) {
  try {
    if (input2.family !== "u85") {
      return orderWeightsU55(
        view,
        {
          streams: cores,
          stream,
          depthOffset,
          depthLength,
          ofmBlockDepth: input2.ofmBlockDepth,
          ofmUBlockDepth: input2.macs === 32 ? 4 : 8,
          ifmUBlockDepth: 8,
          ifmBits: input2.ifmBits,
          traversal: input2.traversal,
          dilation
        },
        reuse
      );
    }
    const params = {
      streams: cores,
      stream,
      macs: input2.macs,
      depthOffset,
      depthLength,
      ofmBlockDepth: input2.ofmBlockDepth,
      ifmBlockDepth: input2.ifmBlockDepth ?? 0,
      ofmUBlockDepth: input2.ofmUBlockDepth ?? 0,
      ifmBits: input2.ifmBits,
      traversal: input2.traversal,
      dilation,
      stride,
      sparse: format.sparse
    };
    if (!format.fast || cores === 1) return orderWeightsU85(view, params, reuse);
    const perCore = Array.from({ length: cores }, (_, s2) => orderWeightsU85(view, { ...params, stream: s2 }));
    const block = Math.floor(params.ofmUBlockDepth * u85IfmUBlockDepth(params) * u85ElementRound(params) / cores);
    return interleave(perCore, Math.max(1, block));
  } catch (e) {
    if (e instanceof WeightsNotSparseError) throw new WeightEncodingError("not-sparse", e.message);
    throw e;
  }
}
function interleave(parts, block) {
  const total = parts.reduce((n2, p) => n2 + p.length, 0);
  const out = new Int16Array(total);
  const pos = parts.map(() => 0);
  let n = 0;
  while (n < total) {
    for (let s2 = 0; s2 < parts.length; s2++) {
      const take = Math.min(block, parts[s2].length - pos[s2]);
      if (take <= 0) continue;
      out.set(parts[s2].subarray(pos[s2], pos[s2] + take), n);
      pos[s2] += take;
      n += take;
    }
  }
  return out;
}

// src/perf/weights/decode-cycles.ts
var f32 = Math.fround;
function u85WeightChannelBandwidth(memory, macs, fast) {
  const rbs = u85ChannelReadBuffers(macs);
  if (!rbs) throw new Error(`no U85 configuration with ${macs} MACs`);
  const m = memory;
  return u85ChannelBandwidth(m.bandwidth, m.maxBurstLength, m.readLatency, m.maxReads, m.portsUsed, rbs[fast ? 3 : 2]);
}
function u85WeightDecoderCycles(stats, fast, cores) {
  let weightsPerCycle;
  if (fast) {
    weightsPerCycle = stats.distinctWeights < 16 ? 64 : 32;
  } else {
    let zeroRate = Math.min(f32(stats.zeroCount / stats.sourceElements), f32(0.9));
    zeroRate = Math.max(zeroRate, 0.5);
    const perCore = Math.trunc(8 + (zeroRate - 0.5) * (32 - 8) / 0.4);
    weightsPerCycle = perCore * cores;
  }
  return Math.floor(stats.sourceElements / weightsPerCycle);
}
function u85WeightDecodeCycles(stats, fast, macs, cores, memory) {
  const decodeCycles = u85WeightDecoderCycles(stats, fast, cores);
  const bandwidth = u85WeightChannelBandwidth(memory, macs, fast);
  const dmaCycles = floatCycles(stats.encodedBytes, bandwidth) + memory.readLatency;
  return Math.max(decodeCycles, dmaCycles);
}
function u55WeightDecodeCycles(stats, memory) {
  return floatCycles(stats.encodedBytes, memory.bandwidth) + memory.readLatency;
}

// src/perf/weights/index.ts
var U85_CORES = { 128: 1, 256: 1, 512: 2, 1024: 4, 2048: 4 };
function coresFor(family, macs) {
  if (family === "u55") return 1;
  if (family === "u65") return macs === 512 ? 2 : 1;
  const cores = U85_CORES[macs];
  if (!cores) throw new WeightEncodingError("bad-config", `no Ethos-U85 configuration with ${macs} MACs`);
  return cores;
}
var roundUp2 = (x, n) => Math.ceil(x / n) * n;
function validateEncodeInput(input2) {
  const { shape, weights, kind } = input2;
  if (shape.length !== 4 || shape.some((d) => !Number.isInteger(d) || d <= 0)) {
    throw new WeightEncodingError("bad-shape", `weight shape must be 4 positive integers, got [${shape.join(", ")}]`);
  }
  const count2 = shape[0] * shape[1] * shape[2] * shape[3];
  const signed = weights instanceof Int8Array;
  for (const zp of input2.zeroPoints) {
    if (!Number.isInteger(zp) || zp < (signed ? -128 : 0) || zp > (signed ? 127 : 255)) {
      throw new WeightEncodingError("bad-data", `zero point ${zp} is outside the ${signed ? "int8" : "uint8"} range`);
    }
  }
  if (weights.length < count2) {
    throw new WeightEncodingError("bad-data", `weight buffer holds ${weights.length} values, shape needs ${count2}`);
  }
  if (kind === "depthwise" && shape[0] !== 1) {
    throw new WeightEncodingError("bad-shape", `depthwise weights must be [1, H, W, C], got [${shape.join(", ")}]`);
  }
  if (kind === "depthwise" !== (input2.traversal === "depthwise")) {
    throw new WeightEncodingError("bad-config", `traversal ${input2.traversal} does not fit a ${kind} operator`);
  }
  if (!(input2.ofmBlockDepth > 0)) throw new WeightEncodingError("bad-config", "ofmBlockDepth must be positive");
  if (input2.family === "u85") {
    if (!(input2.ifmBlockDepth && input2.ifmBlockDepth > 0)) {
      throw new WeightEncodingError("bad-config", "U85 needs the block config ifmBlockDepth");
    }
    if (!(input2.ofmUBlockDepth && input2.ofmUBlockDepth > 0)) {
      throw new WeightEncodingError("bad-config", "U85 needs the block config ofmUBlockDepth");
    }
  } else if (input2.format && (input2.format.fast || input2.format.sparse)) {
    throw new WeightEncodingError("bad-config", `${input2.family} supports only the default weight format`);
  }
}
function regorDistinct(used) {
  let count2 = 0;
  for (let word = 0; word < 8 && count2 <= 16; word++) {
    for (let b = 0; b < 64; b++) count2 += used[word * 64 + b];
  }
  return count2;
}
function encodeWeights(input2) {
  validateEncodeInput(input2);
  const { weights, ...config } = input2;
  const key = JSON.stringify(config);
  const hash = contentHash(weights);
  let entry = memo.get(weights);
  if (!entry || entry.hash !== hash) memo.set(weights, entry = { hash, results: /* @__PURE__ */ new Map() });
  const perBuffer = entry.results;
  const hit = perBuffer.get(key);
  if (hit) {
    if (hit instanceof WeightEncodingError) throw hit;
    return hit;
  }
  try {
    const result = encodeUncached(input2);
    perBuffer.set(key, result);
    return result;
  } catch (e) {
    if (e instanceof WeightEncodingError) perBuffer.set(key, e);
    throw e;
  }
}
function encodeWeightsOnce(input2) {
  validateEncodeInput(input2);
  return encodeUncached(input2);
}
var memo = /* @__PURE__ */ new WeakMap();
var imul = Math.imul;
function contentHash(data) {
  let h = 2166136261 ^ data.length;
  for (let i = 0; i < data.length; i++) h = imul(h ^ data[i] & 255, 16777619);
  return h >>> 0;
}
function encodeUncached(input2) {
  const format = input2.format ?? { fast: false, sparse: false };
  const depthwise = input2.kind === "depthwise";
  const channels = depthwise ? input2.shape[3] : input2.shape[0];
  const slices = input2.depthSlices ?? [0, channels];
  const base = input2.weightDepthBase ?? 0;
  const cores = input2.cores ?? coresFor(input2.family, input2.macs);
  const view = { data: input2.weights, shape: input2.shape, zeroPoints: input2.zeroPoints, depthwise };
  const dilation = input2.dilation ?? [1, 1];
  const stride = input2.stride ?? [1, 1];
  const u85 = input2.family === "u85";
  const weightStreams = u85 ? format.fast ? 1 : cores : Math.min(channels, cores);
  const scaleStreams = u85 ? 1 : weightStreams;
  const ranges = [];
  const rangeSizes = [];
  const streamBytes = [];
  const streamData = [];
  const maxBuffer = [0, 0];
  const used = new Uint8Array(512);
  let weightBytes = 0;
  let scaleBytes2 = 0;
  let sourceElements = 0;
  let zeroCount = 0;
  let mlwStreams = false;
  let streamsUsed = 1;
  for (let idx = 0; idx + 1 < slices.length; idx++) {
    const depthOffset = slices[idx];
    const depthLength = slices[idx + 1] - depthOffset;
    if (depthOffset < 0 || depthLength <= 0 || depthOffset + depthLength > channels) {
      throw new WeightEncodingError(
        "bad-config",
        `depth slices [${slices.join(", ")}] do not fit ${channels} channels`
      );
    }
    let rangeSize = 0;
    for (let stream = 0; stream < weightStreams; stream++) {
      let streamScaleBytes = 0;
      if (stream < scaleStreams) {
        streamScaleBytes = scaleRecordBytes(input2, depthLength, cores, stream);
        if (streamScaleBytes === 0) continue;
      }
      const values = orderedValues(
        input2,
        view,
        format,
        cores,
        stream,
        base + depthOffset,
        depthLength,
        dilation,
        stride,
        true
        // encoded at once below
      );
      let encoded;
      let length;
      if (format.fast) {
        if (input2.sizeOnly) {
          encoded = new Uint8Array(0);
          length = fwdEncodedSize(values, format.sparse);
        } else {
          encoded = fwdEncode(values, format.sparse).bytes;
          length = encoded.length;
        }
      } else {
        const mlw = mlwEncode(values, void 0, { sizeOnly: input2.sizeOnly, used });
        encoded = mlw.bytes;
        length = mlw.byteLength;
        zeroCount += mlw.zeroRunZeros;
        mlwStreams = true;
      }
      if (format.fast) for (let k = 0; k < values.length; k++) used[values[k] + 256] = 1;
      sourceElements += values.length;
      weightBytes += length;
      scaleBytes2 += streamScaleBytes;
      rangeSize += streamScaleBytes + length;
      ranges.push({ depthOffset, stream, scaleBytes: streamScaleBytes, weightBytes: length });
      streamBytes.push(length);
      streamData.push(encoded);
      streamsUsed = Math.max(streamsUsed, stream + 1);
    }
    maxBuffer[idx % 2] = Math.max(maxBuffer[idx % 2], rangeSize);
    rangeSizes.push(rangeSize);
  }
  const distinctWeights = mlwStreams ? regorDistinct(used) : 0;
  let distinctValues2 = 0;
  for (let k = 0; k < 512; k++) distinctValues2 += used[k];
  return {
    weightBytes,
    scaleBytes: scaleBytes2,
    totalBytes: weightBytes + scaleBytes2,
    ranges,
    rangeSizes,
    maxRangeBytes: Math.max(maxBuffer[0], maxBuffer[1]),
    doubleBufferSizes: maxBuffer,
    streams: streamsUsed,
    cores,
    streamBytes,
    format: formatName(format),
    sourceElements,
    zeroCount: format.fast ? 0 : zeroCount,
    distinctWeights: format.fast ? 0 : distinctWeights,
    distinctValues: distinctValues2,
    streamData
  };
}
function scaleRecordBytes(input2, depthLength, cores, stream) {
  const records = input2.family === "u85" ? roundUp2(depthLength, roundUp2(input2.ofmUBlockDepth ?? 16, 16)) : Math.floor((depthLength + cores - 1 - stream) / cores);
  return roundUp2(records * 10, 16);
}
function encodeWeightsBestFormat(input2) {
  const cores = input2.cores ?? coresFor(input2.family, input2.macs);
  const encode = input2.encode ?? encodeWeights;
  const statsOf = (e) => ({
    sourceElements: e.sourceElements,
    encodedBytes: e.weightBytes,
    zeroCount: e.zeroCount,
    distinctWeights: e.distinctWeights
  });
  const decode = (stats, fast) => input2.family === "u85" ? u85WeightDecodeCycles(stats, fast, input2.macs, cores, input2.weightMemory) : u55WeightDecodeCycles(stats, input2.weightMemory);
  if (input2.family !== "u85") {
    const enc = encode({ ...input2, format: { fast: false, sparse: false } });
    return { ...enc, decodeCycles: decode(statsOf(enc), false) };
  }
  const kindAllowsSparse = input2.kind !== "depthwise";
  let allowSparse = kindAllowsSparse && !!input2.sparse && input2.sparse.opCycles <= input2.opCycles;
  let allowFast = input2.allowFast !== false && input2.kind !== "depthwise";
  const order = [
    { fast: false, sparse: true },
    { fast: false, sparse: false },
    { fast: true, sparse: true },
    { fast: true, sparse: false }
  ];
  const results = [];
  for (const format of order) {
    if (format.sparse && !allowSparse || format.fast && !allowFast) continue;
    const cfg = format.sparse && input2.sparse ? input2.sparse : input2;
    let enc;
    try {
      enc = encode({
        ...input2,
        ofmBlockDepth: cfg.ofmBlockDepth,
        ifmBlockDepth: cfg.ifmBlockDepth,
        ofmUBlockDepth: cfg.ofmUBlockDepth,
        traversal: cfg.traversal,
        format
      });
    } catch (e) {
      if (e instanceof WeightEncodingError && e.code === "not-sparse") {
        allowSparse = false;
        continue;
      }
      throw e;
    }
    if (!format.fast && allowFast && !fastDecoderPays(enc, input2.strategy, (s2, f) => decode(s2, f))) {
      allowFast = false;
    }
    results.push({
      enc,
      opCycles: format.sparse && input2.sparse ? input2.sparse.opCycles : input2.opCycles,
      fast: format.fast
    });
  }
  let best = results[0];
  let bestCost = Infinity;
  for (const r of results) {
    const cost = input2.strategy === "size" ? r.enc.weightBytes : decode(statsOf(r.enc), r.fast) + r.opCycles;
    if (cost < bestCost) {
      best = r;
      bestCost = cost;
    }
  }
  return { ...best.enc, decodeCycles: decode(statsOf(best.enc), best.fast) };
}
function fastDecoderPays(enc, strategy, decode) {
  let divisor = 1;
  if (enc.distinctWeights > 0 && enc.distinctWeights <= 16) divisor = enc.distinctWeights <= 4 ? 4 : 2;
  const fastSize = 32 + Math.floor(enc.sourceElements / divisor);
  if (strategy === "size") return fastSize < enc.weightBytes;
  const stats = {
    sourceElements: enc.sourceElements,
    encodedBytes: enc.weightBytes,
    zeroCount: enc.zeroCount,
    distinctWeights: enc.distinctWeights
  };
  const defaultCycles = decode(stats, false);
  const fastCycles = decode({ ...stats, encodedBytes: fastSize }, true);
  return fastCycles < defaultCycles;
}

// src/perf/weight-format.ts
var SPARSE_CHOICE_MAX_VALUES = 1 << 20;
var patternCache = /* @__PURE__ */ new WeakMap();
function hasSparsePattern(src) {
  const known = patternCache.get(src.identity);
  if (known !== void 0) return known;
  const data = src.data;
  const [o, h, w, depth] = src.shape;
  const zps = src.zeroPoints.length ? src.zeroPoints : [0];
  let ok = src.kind !== "depthwise";
  for (let row = 0; ok && row < o * h * w; row++) {
    const zp = zps.length > 1 ? zps[Math.floor(row / (h * w)) % zps.length] ?? 0 : zps[0];
    for (let g = 0; ok && g < depth; g += 4) {
      let zeros = 4 - Math.min(4, depth - g);
      for (let i = g; i < Math.min(depth, g + 4); i++) {
        const v = data[row * depth + i] - zp;
        if (v === 0) zeros++;
        else if (v > 127 || v < -127) ok = false;
      }
      if (zeros < 2) ok = false;
    }
  }
  patternCache.set(src.identity, ok);
  return ok;
}
var encodings = /* @__PURE__ */ new WeakMap();
function cachedEncode(identity) {
  let byConfig = encodings.get(identity);
  if (!byConfig) encodings.set(identity, byConfig = /* @__PURE__ */ new Map());
  const known = byConfig;
  return (input2) => {
    const f = input2.format ?? { fast: false, sparse: false };
    const channels = input2.kind === "depthwise" ? input2.shape[3] : input2.shape[0];
    const key = [
      u85DepthwisePadding(input2.macs, input2.ifmBits),
      input2.cores,
      input2.shape.join("x"),
      input2.kind,
      input2.ofmBlockDepth >= channels ? "all" : input2.ofmBlockDepth,
      input2.ifmBlockDepth,
      input2.ofmUBlockDepth,
      input2.traversal,
      input2.ifmBits,
      f.fast ? 1 : 0,
      f.sparse ? 1 : 0,
      (input2.stride ?? [1, 1]).join("x"),
      (input2.dilation ?? [1, 1]).join("x")
    ].join("/");
    let enc = known.get(key);
    if (!enc) known.set(key, enc = encodeWeightsOnce({ ...input2, sizeOnly: true }));
    return enc;
  };
}
function withDefaultStream(encode, sized) {
  return (input2) => {
    const f = input2.format ?? { fast: false, sparse: false };
    const known = f.fast || f.sparse ? void 0 : sized();
    if (!known) return encode(input2);
    return {
      ...known.stats,
      weightBytes: known.weightBytes,
      scaleBytes: known.scaleBytes,
      totalBytes: known.weightBytes + known.scaleBytes,
      format: "default"
    };
  };
}
var traversalOf = (cfg) => cfg.traversal === "Depthwise" ? "depthwise" : cfg.traversal === "PartKernel" ? "part-kernel" : "depth-first";
function u85WeightFormat(args) {
  const src = args.weights.source;
  if (!src || src.kind === "depthwise") return null;
  const count2 = src.shape.reduce((a, d) => a * d, 1);
  const { dense, sparse } = args;
  const sparseOk = sparse.opCycles <= dense.opCycles && count2 <= SPARSE_CHOICE_MAX_VALUES && hasSparsePattern(src);
  if (!sparseOk && !args.allowFast) return null;
  const input2 = {
    family: "u85",
    macs: args.macs,
    cores: args.cores,
    weights: src.data,
    shape: src.shape,
    zeroPoints: src.zeroPoints,
    kind: src.kind,
    ofmBlockDepth: dense.cfg.ofmBlock.c,
    ifmBlockDepth: dense.cfg.ifmBlock.c,
    ofmUBlockDepth: dense.cfg.ofmUBlock.c,
    traversal: traversalOf(dense.cfg),
    ifmBits: args.ifmBits === 16 ? 16 : 8,
    stride: args.stride,
    dilation: args.dilation,
    sizeOnly: true
  };
  try {
    const best = encodeWeightsBestFormat({
      ...input2,
      strategy: "performance",
      opCycles: dense.opCycles,
      sparse: sparseOk ? {
        ofmBlockDepth: sparse.cfg.ofmBlock.c,
        ifmBlockDepth: sparse.cfg.ifmBlock.c,
        ofmUBlockDepth: sparse.cfg.ofmUBlock.c,
        traversal: traversalOf(sparse.cfg),
        opCycles: sparse.opCycles
      } : void 0,
      weightMemory: {
        bandwidth: args.constMem.bandwidth,
        readLatency: args.constMem.readLatency,
        maxBurstLength: args.constMem.burstLength,
        maxReads: args.constMem.maxReads,
        portsUsed: args.constMem.portsUsed
      },
      allowFast: args.allowFast,
      encode: args.defaultStream ? withDefaultStream(cachedEncode(src.identity), args.defaultStream) : cachedEncode(src.identity)
    });
    if (best.format === "fast-sparse") return null;
    return { format: best.format, weightBytes: best.weightBytes, scaleBytes: best.scaleBytes };
  } catch {
    return null;
  }
}

// src/perf/traffic.ts
var AREA_KEY = {
  Sram: "sram",
  Dram: "dram",
  OnChipFlash: "onChipFlash",
  OffChipFlash: "offChipFlash"
};
var emptyTraffic = () => ({
  sram: { read: 0, write: 0, cycles: 0 },
  dram: { read: 0, write: 0, cycles: 0 },
  onChipFlash: { read: 0, write: 0, cycles: 0 },
  offChipFlash: { read: 0, write: 0, cycles: 0 }
});
function addTraffic(into, from) {
  for (const [area, tr] of Object.entries(from)) {
    into[area].read += tr.read;
    into[area].write += tr.write;
    into[area].cycles += tr.cycles;
  }
}

// src/perf/weights/sampled.ts
var roundUp3 = (x, n) => Math.ceil(x / n) * n;
var CONFIGS2 = 6;
var SWITCH_BITS = 40;
var CLASSES = 8;
var channelClass = (c) => (c >> 2 & 3) * 2 + (c & 1);
var CLASS_MIN_VALUES = 2048;
var classScratch = new Int32Array(CLASSES * 4 * 256);
var rawScratch = new Int32Array(256);
var packedLow = new Float64Array(256);
var packedHigh = new Float64Array(256);
var histScratch = new Int32Array(512);
var touchedScratch = new Int32Array(512);
var keysScratch = new Float64Array(511);
var keyScratch = new Int32Array(512);
var KEY_COST = new Uint8Array(1024 * CONFIGS2);
for (let key = 0; key < 1024; key++) {
  for (let d = 0; d < CONFIGS2; d++) KEY_COST[key * CONFIGS2 + d] = key >> d <= 31 ? (key >> d) + 1 + d : SWITCH_BITS;
}
var PACK = 2 ** 17;
var PACK2 = 2 ** 34;
var PACK_VALUES = Math.floor((PACK - 1) / SWITCH_BITS);
var COST_GROUP = 4;
function channelCosts(weights, shape, zeroPoints2, depthwise, priceWith, reread) {
  const [o, h, w, i] = shape;
  const channels = depthwise ? i : o;
  const count2 = o * h * w * i;
  const perChannel = count2 / channels;
  const values = reread ?? holding(weights);
  const nZp = Math.max(1, zeroPoints2.length);
  const zp0 = zeroPoints2[0] ?? 0;
  const uniform = zeroPoints2.every((z) => z === zp0);
  const group = uniform ? COST_GROUP : 1;
  const groups = Math.ceil(channels / group);
  const stride = depthwise ? channels : 1;
  const step = depthwise ? 1 : perChannel;
  const signed = weights instanceof Int8Array;
  const valueOf = (b) => signed ? b << 24 >> 24 : b;
  const freq = new Float64Array(512);
  let zeros = 0;
  let classes;
  const clustered = !priceWith && isClustered(weights, shape, depthwise);
  if (uniform && !depthwise) {
    const raw = rawScratch;
    const shift = 256 - zp0;
    const byClass = !priceWith && count2 >= CLASS_MIN_VALUES;
    const h2 = classScratch;
    if (byClass) {
      for (let c = 0; c < channels; c++)
        countBytes(weights, c * perChannel, (c + 1) * perChannel, h2, channelClass(c) * 1024);
      classes = new Int32Array(CLASSES * 256);
    } else countBytes(weights, 0, count2, h2, 0);
    for (let cls = 0; cls < (byClass ? CLASSES : 1); cls++) {
      const base = cls * 1024;
      for (let b = 0; b < 256; b++) {
        const n = h2[base + b] + h2[base + b + 256] + h2[base + b + 512] + h2[base + b + 768];
        if (classes) classes[cls * 256 + b] = n;
        raw[b] += n;
      }
      h2.fill(0, base, base + 1024);
    }
    for (let b = 0; b < 256; b++) if (raw[b] > 0) freq[valueOf(b) + shift] += raw[b];
    zeros = raw[zp0 & 255];
    raw.fill(0);
    const table2 = priceWith ?? proxyTable(freq);
    const price2 = () => {
      const data = values();
      const cost = new Float64Array(groups * CONFIGS2);
      const low = packedLow;
      const high = packedHigh;
      for (let b = 0; b < 256; b++) {
        const row = (valueOf(b) + shift) * CONFIGS2;
        low[b] = table2[row] + table2[row + 1] * PACK + table2[row + 2] * PACK2;
        high[b] = table2[row + 3] + table2[row + 4] * PACK + table2[row + 5] * PACK2;
      }
      const rowValues = group * perChannel;
      for (let g = 0; g < groups; g++) {
        const end = Math.min(count2, (g + 1) * rowValues);
        const at = g * CONFIGS2;
        for (let from = g * rowValues; from < end; from += PACK_VALUES) {
          const stop = Math.min(end, from + PACK_VALUES);
          let lo = 0;
          let hi = 0;
          let lo2nd = 0;
          let hi2nd = 0;
          let j = from;
          for (; j + 2 <= stop; j += 2) {
            const a = data[j] & 255;
            const b = data[j + 1] & 255;
            lo += low[a];
            hi += high[a];
            lo2nd += low[b];
            hi2nd += high[b];
          }
          if (j < stop) {
            const a = data[j] & 255;
            lo += low[a];
            hi += high[a];
          }
          lo += lo2nd;
          hi += hi2nd;
          const lo2 = Math.floor(lo / PACK2);
          const lo1 = Math.floor((lo - lo2 * PACK2) / PACK);
          const hi2 = Math.floor(hi / PACK2);
          const hi1 = Math.floor((hi - hi2 * PACK2) / PACK);
          cost[at] += lo - lo2 * PACK2 - lo1 * PACK;
          cost[at + 1] += lo1;
          cost[at + 2] += lo2;
          cost[at + 3] += hi - hi2 * PACK2 - hi1 * PACK;
          cost[at + 4] += hi1;
          cost[at + 5] += hi2;
        }
      }
      return cost;
    };
    return withCosts(
      { group, nonzero: count2 - zeros, frequencies: freq, table: table2, clustered, classes },
      price2,
      !priceWith
    );
  }
  if (!priceWith) {
    if (uniform) {
      const raw = rawScratch;
      if (depthwise && count2 >= CLASS_MIN_VALUES) {
        classes = new Int32Array(CLASSES * 256);
        const classOf = new Int32Array(channels);
        for (let c = 0; c < channels; c++) classOf[c] = channelClass(c) * 256;
        for (let at = 0; at < count2; at += channels) {
          for (let c = 0; c < channels; c++) classes[classOf[c] + (weights[at + c] & 255)]++;
        }
        for (let cls = 0; cls < CLASSES; cls++) for (let b = 0; b < 256; b++) raw[b] += classes[cls * 256 + b];
      } else {
        for (let k = 0; k < count2; k++) raw[weights[k] & 255]++;
      }
      for (let b = 0; b < 256; b++) {
        if (raw[b] > 0) freq[valueOf(b) + 256 - zp0] += raw[b];
        raw[b] = 0;
      }
    } else {
      for (let c = 0; c < channels; c++) {
        const shift = 256 - (zeroPoints2[c % nZp] ?? 0);
        for (let e = 0, k = c * step; e < perChannel; e++, k += stride) freq[weights[k] + shift]++;
      }
    }
  }
  const table = priceWith ?? proxyTable(freq);
  const price = () => {
    const data = values();
    const cost = new Float64Array(groups * CONFIGS2);
    const hist = histScratch;
    const touched = touchedScratch;
    zeros = 0;
    for (let c = 0; c < channels; c++) {
      const shift = 256 - (zeroPoints2[c % nZp] ?? 0);
      const first = c * step;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let a4 = 0;
      let a5 = 0;
      if (perChannel < 64) {
        for (let e = 0, k = first; e < perChannel; e++, k += stride) {
          const x = data[k] + shift;
          const row = x * CONFIGS2;
          a0 += table[row];
          a1 += table[row + 1];
          a2 += table[row + 2];
          a3 += table[row + 3];
          a4 += table[row + 4];
          a5 += table[row + 5];
          if (x === 256) zeros++;
          if (priceWith) freq[x]++;
        }
      } else {
        let n = 0;
        for (let e = 0, k = first; e < perChannel; e++, k += stride) {
          const x = data[k] + shift;
          if (hist[x]++ === 0) touched[n++] = x;
        }
        for (let b = 0; b < n; b++) {
          const x = touched[b];
          const times = hist[x];
          hist[x] = 0;
          const row = x * CONFIGS2;
          a0 += times * table[row];
          a1 += times * table[row + 1];
          a2 += times * table[row + 2];
          a3 += times * table[row + 3];
          a4 += times * table[row + 4];
          a5 += times * table[row + 5];
          if (x === 256) zeros += times;
          if (priceWith) freq[x] += times;
        }
      }
      const at = Math.floor(c / group) * CONFIGS2;
      cost[at] += a0;
      cost[at + 1] += a1;
      cost[at + 2] += a2;
      cost[at + 3] += a3;
      cost[at + 4] += a4;
      cost[at + 5] += a5;
    }
    return cost;
  };
  if (priceWith) {
    const cost = price();
    return { cost, group, nonzero: count2 - zeros, frequencies: freq, table, clustered };
  }
  return withCosts({ group, nonzero: count2 - freq[256], frequencies: freq, table, clustered, classes }, price, true);
}
function countBytes(weights, from, to, h, base) {
  let k = from;
  for (; k + 4 <= to; k += 4) {
    h[base + (weights[k] & 255)]++;
    h[base + 256 + (weights[k + 1] & 255)]++;
    h[base + 512 + (weights[k + 2] & 255)]++;
    h[base + 768 + (weights[k + 3] & 255)]++;
  }
  for (; k < to; k++) h[base + (weights[k] & 255)]++;
}
var holding = (values) => () => values;
function withCosts(stats, price, lazy) {
  if (!lazy) return { ...stats, cost: price() };
  let cost;
  return Object.defineProperty(stats, "cost", { get: () => cost ??= price(), enumerable: true });
}
var PALETTE_VALUES = 32;
var CLUSTER_CHECKS = 16;
var seenScratch = new Int32Array(256);
var seenStamp = 0;
function isClustered(weights, shape, depthwise) {
  const [o, h, w, i] = shape;
  const channels = depthwise ? i : o;
  const perChannel = o * h * w * i / channels;
  if (perChannel <= 2 * PALETTE_VALUES) return false;
  const stride = depthwise ? channels : 1;
  const checks = Math.min(CLUSTER_CHECKS, channels);
  for (let j = 0; j < checks; j++) {
    const c = Math.floor((j + 0.5) * channels / checks);
    const stamp = ++seenStamp;
    let distinct = 0;
    for (let e = 0, k = depthwise ? c : c * perChannel; e < perChannel; e++, k += stride) {
      const b = weights[k] & 255;
      if (seenScratch[b] !== stamp) {
        seenScratch[b] = stamp;
        if (++distinct > PALETTE_VALUES) return false;
      }
    }
  }
  return true;
}
function proxyTable(freq) {
  let common = 0;
  for (let k = 0; k < 512; k++) if (k !== 256 && freq[k] > common) common = freq[k];
  const zeroRuns = freq[256] > ZERO_FREQ_THRESHOLD * common;
  const keys = keysScratch;
  let present = 0;
  let total = 0;
  for (let v = -255; v < 256; v++) {
    const f = freq[v + 256];
    if (v === 0 && zeroRuns || f === 0) continue;
    keys[present++] = f * 1024 + foldValue(v);
    total += f;
  }
  const ascending = keys.subarray(0, present).sort();
  const paletteSize = Math.min(32, present);
  let covered = 0;
  for (let r = 0; r < paletteSize; r++) covered += Math.floor(ascending[present - 1 - r] / 1024);
  const size = covered * 2 >= total ? paletteSize : 0;
  const key = keyScratch;
  for (let v = -255; v < 256; v++) key[v + 256] = foldValue(v) + size;
  for (let r = 0; r < size; r++) {
    const f = ascending[present - 1 - r] % 1024;
    key[(f & 1 ? -(f >> 1) : f >> 1) + 256] = r;
  }
  const table = new Uint8Array(512 * CONFIGS2);
  for (let x = 0; x < 512; x++) {
    if (x === 256 && zeroRuns) continue;
    const from = key[x] * CONFIGS2;
    const at = x * CONFIGS2;
    table[at] = KEY_COST[from];
    table[at + 1] = KEY_COST[from + 1];
    table[at + 2] = KEY_COST[from + 2];
    table[at + 3] = KEY_COST[from + 3];
    table[at + 4] = KEY_COST[from + 4];
    table[at + 5] = KEY_COST[from + 5];
  }
  return table;
}
function channelUnit(input2) {
  const cores = input2.cores ?? coresFor(input2.family, input2.macs);
  if (input2.family === "u85") return roundUp3(input2.ofmUBlockDepth ?? 16, 4 * cores);
  return (input2.macs === 32 ? 4 : 8) * cores;
}
var PARTIAL_UNIT_EXACT_FACTOR = 32;
function sizingPlan(input2, maxValues, stats) {
  const [o, h, w, i] = input2.shape;
  const count2 = o * h * w * i;
  const depthwise = input2.kind === "depthwise";
  const channels = depthwise ? i : o;
  const u85 = input2.family === "u85";
  const unit = channelUnit(input2);
  const fullUnits = Math.floor(channels / unit);
  const special = !!input2.format?.fast || !!input2.format?.sparse || (input2.depthSlices?.length ?? 2) > 2 || !!input2.weightDepthBase || !hasSharedZeroPoint(input2.zeroPoints);
  if (special || count2 <= maxValues) return { exact: true };
  const full = stats ?? channelCosts(input2.weights, input2.shape, input2.zeroPoints, depthwise);
  if (full.nonzero <= maxValues || full.nonzero * 5 <= count2) return { exact: true };
  if (full.clustered || distinctValues(full.frequencies) <= PALETTE_VALUES) return { exact: true };
  if (unit % full.group !== 0) return { exact: true };
  const perChannelAllIfm = h * w * (depthwise ? 1 : i);
  let units = range(0, fullUnits);
  const unitsWanted = Math.max(1, Math.floor(maxValues / (unit * perChannelAllIfm)));
  if (fullUnits >= 4 && unitsWanted * 2 <= fullUnits) units = spread(unitsWanted, fullUnits);
  const ifmBlock = u85 ? Math.max(8, input2.ifmBlockDepth ?? 32) : input2.traversal === "part-kernel" || input2.ifmBits === 16 ? 16 : 32;
  const ifmBlocks = depthwise ? 1 : Math.ceil(i / ifmBlock);
  let pickedIfm;
  const sampledChannels = units.length === fullUnits ? channels : units.length * unit;
  if (!depthwise && ifmBlocks >= 4 && sampledChannels * perChannelAllIfm > 2 * maxValues && i % ifmBlock === 0) {
    const k = Math.max(2, Math.floor(maxValues / (sampledChannels * h * w * ifmBlock)));
    if (k * 2 <= ifmBlocks) pickedIfm = spread(k, ifmBlocks);
  }
  if (units.length === fullUnits && !pickedIfm) return { exact: true };
  if (fullUnits < 2 && channels % unit !== 0 && count2 <= PARTIAL_UNIT_EXACT_FACTOR * maxValues) return { exact: true };
  return { exact: false, unit, fullUnits, units, ifmBlocks: pickedIfm, ifmBlock };
}
function orderedChannels(input2, plan) {
  const channels = input2.kind === "depthwise" ? input2.shape[3] : input2.shape[0];
  if (plan.exact || plan.units.length === plan.fullUnits) return channels;
  return Math.max(plan.units.length * plan.unit, channels - plan.fullUnits * plan.unit);
}
function weightSize(input2, maxValues, stats, plan = sizingPlan(input2, maxValues, stats)) {
  validateEncodeInput(input2);
  const [o, h, w, i] = input2.shape;
  const count2 = o * h * w * i;
  const depthwise = input2.kind === "depthwise";
  const channels = depthwise ? i : o;
  const cores = input2.cores ?? coresFor(input2.family, input2.macs);
  const u85 = input2.family === "u85";
  if (plan.exact) {
    const enc = encodeWeightsOnce({ ...input2, sizeOnly: true });
    return {
      weightBytes: enc.weightBytes,
      scaleBytes: enc.scaleBytes,
      exact: true,
      encodedValues: count2,
      sourceElements: enc.sourceElements,
      zeroCount: enc.zeroCount,
      distinctWeights: enc.distinctWeights
    };
  }
  const { unit, fullUnits, ifmBlock } = plan;
  const sampleChannels = [];
  for (const u of plan.units) for (let c = u * unit; c < (u + 1) * unit; c++) sampleChannels.push(c);
  let sampleIfm;
  if (plan.ifmBlocks) {
    sampleIfm = [];
    for (const b of plan.ifmBlocks)
      for (let c = b * ifmBlock; c < Math.min(i, (b + 1) * ifmBlock); c++) sampleIfm.push(c);
  }
  const tailChannels = range(fullUnits * unit, channels);
  const full = stats ?? channelCosts(input2.weights, input2.shape, input2.zeroPoints, depthwise);
  const format = { fast: false, sparse: false };
  const dilation = input2.dilation ?? [1, 1];
  const stride = input2.stride ?? [1, 1];
  const streams = u85 ? cores : Math.min(channels, cores);
  const references = streamFrequencies(input2, full, streams);
  let encodedValues = 0;
  const used = new Uint8Array(512);
  for (let k = 0; k < 512; k++) if (full.frequencies[k] > 0) used[k] = 1;
  const predictRuns = tailChannels.length > 0 && fullUnits >= 2;
  const encodeSub = (ofm2, ifm, zeroRuns2) => {
    const sub = gather(input2.weights, input2.shape, depthwise, ofm2, ifm);
    const subInput = { ...input2, weights: sub.data, shape: sub.shape, depthSlices: void 0 };
    const view = { data: sub.data, shape: sub.shape, zeroPoints: input2.zeroPoints, depthwise };
    const out = [];
    for (let s2 = 0; s2 < streams; s2++) {
      const ordered = orderedValues(subInput, view, format, cores, s2, 0, ofm2.length, dilation, stride, true);
      const mix = predictRuns ? zeroRunMix(ordered) : NO_MIX;
      const mlw = ordered.length > 0 ? mlwEncode(ordered, references[s2], { sizeOnly: true, zeroRuns: zeroRuns2?.[s2], used }) : void 0;
      encodedValues += ordered.length;
      out.push({
        body: mlw ? mlw.bodyBits - mlw.paletteBits : 0,
        palette: mlw ? mlw.paletteBits / Math.ceil(ordered.length / MLW_CHUNK_VALUES) : 0,
        values: ordered.length,
        zeroRuns: mlw?.zeroRuns ?? false,
        runZeros: mlw?.zeroRunZeros ?? 0,
        mix
      });
    }
    return { streams: out, data: sub.data, shape: sub.shape };
  };
  const predicted = (parts, scale2, valueScale2, tails, tailScale2 = 1, tailValueScale2 = 1) => {
    let weightBytes = 0;
    let sourceElements = 0;
    let zeroCount = 0;
    parts.forEach((part, s2) => {
      const tail = tails?.[s2];
      const values = part.values * valueScale2 + (tail?.values ?? 0) * tailValueScale2;
      sourceElements += values;
      zeroCount += part.runZeros * valueScale2 + (tail?.runZeros ?? 0) * tailValueScale2;
      const bits = part.body * scale2 + (tail?.body ?? 0) * tailScale2 + Math.ceil(values / MLW_CHUNK_VALUES) * part.palette + 3;
      weightBytes += roundUp3(Math.ceil(bits / 8), 16);
    });
    return {
      weightBytes,
      scaleBytes: tensorScaleBytes(input2, channels, cores),
      exact: false,
      encodedValues,
      sourceElements: Math.round(sourceElements),
      zeroCount: Math.round(zeroCount),
      distinctWeights: regorDistinct(used)
    };
  };
  if (sampleIfm && tailChannels.length > 0 && plan.units.length === fullUnits) {
    const all = [...sampleChannels, ...tailChannels];
    const joint = encodeSub(all, sampleIfm);
    if (joint.streams.some((x) => x.values === 0)) return weightSize(input2, maxValues, full, { exact: true });
    const sampleCost2 = channelCosts(joint.data, joint.shape, input2.zeroPoints, depthwise, full.table);
    const subProxy = unitsProxy(sampleCost2.cost, sampleCost2.group, channels, unit);
    const scale2 = unitsProxy(full.cost, full.group, channels, unit) / Math.max(1e-9, subProxy);
    return predicted(joint.streams, scale2, i / sampleIfm.length);
  }
  let sampled = encodeSub(sampleChannels, sampleIfm);
  if (sampled.streams.some((x) => x.values === 0)) return weightSize(input2, maxValues, full, { exact: true });
  const ownMode = sampled.streams;
  let zeroRuns = sampled.streams.map((x) => x.zeroRuns);
  let tailPart = tailChannels.length > 0 ? encodeSub(tailChannels, sampleIfm, zeroRuns) : void 0;
  let tailIfm = sampleIfm;
  let tailScale = 1;
  let tailValueScale = 1;
  if (tailPart && sampleIfm) {
    const first = fullUnits * unit / full.group;
    const tailProxy = unitsProxy(full.cost.subarray(first * CONFIGS2), full.group, tailChannels.length, channels);
    const sub = channelCosts(tailPart.data, tailPart.shape, input2.zeroPoints, depthwise, full.table);
    const subProxy = unitsProxy(sub.cost, sub.group, tailChannels.length, channels);
    if (subProxy > 0) {
      tailScale = tailProxy / subProxy;
      tailValueScale = i / sampleIfm.length;
    } else {
      encodedValues -= tailPart.streams.reduce((a, x) => a + x.values, 0);
      tailIfm = void 0;
      tailPart = encodeSub(tailChannels, void 0, zeroRuns);
    }
  }
  const valueScale = fullUnits * unit * h * w * (depthwise ? 1 : i) / sampled.data.length;
  if (tailPart && predictRuns) {
    const tailStreams = tailPart.streams;
    const predicted2 = sampled.streams.map(
      (x, k) => chunkUsesZeroRuns(x.mix, valueScale, tailStreams[k].mix, tailValueScale, commonShare(references[k]))
    );
    if (predicted2.some((z, k) => z !== zeroRuns[k])) {
      zeroRuns = predicted2;
      encodedValues -= sampled.streams.reduce((a, x) => a + x.values, 0);
      encodedValues -= tailPart.streams.reduce((a, x) => a + x.values, 0);
      sampled = encodeSub(sampleChannels, sampleIfm, zeroRuns);
      tailPart = encodeSub(tailChannels, tailIfm, zeroRuns);
    }
  }
  const sampleCost = sampleIfm ? channelCosts(sampled.data, sampled.shape, input2.zeroPoints, depthwise, full.table) : { cost: rowsOf(full.cost, sampleChannels, full.group), group: full.group };
  const fullProxy = unitsProxy(full.cost, full.group, fullUnits * unit, unit);
  const scale = fullProxy / Math.max(1e-9, unitsProxy(sampleCost.cost, sampleCost.group, sampleChannels.length, unit));
  let unitBits = 0;
  for (const own of ownMode) {
    unitBits += own.body * scale + own.values * valueScale / MLW_CHUNK_VALUES * own.palette;
  }
  const size = predicted(sampled.streams, scale, valueScale, tailPart?.streams, tailScale, tailValueScale);
  return { ...size, unitBits };
}
function sliceSize(input2, maxValues, full, from, to) {
  if (from % full.group !== 0) return void 0;
  const [o, h, w, i] = input2.shape;
  const depthwise = input2.kind === "depthwise";
  const channels = depthwise ? i : o;
  const ofm2 = range(from, to);
  const sub = depthwise ? gather(input2.weights, input2.shape, true, ofm2, void 0) : { data: input2.weights.subarray(from * h * w * i, to * h * w * i), shape: [to - from, h, w, i] };
  const zeroPoints2 = input2.zeroPoints.length > 1 ? input2.zeroPoints.slice(from, to) : input2.zeroPoints;
  const subInput = {
    ...input2,
    weights: sub.data,
    shape: sub.shape,
    zeroPoints: zeroPoints2,
    depthSlices: void 0
  };
  const stats = {
    cost: full.cost.subarray(from / full.group * CONFIGS2, Math.ceil(to / full.group) * CONFIGS2),
    group: full.group,
    nonzero: Math.round(full.nonzero * (to - from) / channels),
    frequencies: full.frequencies,
    table: full.table,
    clustered: full.clustered,
    classes: full.classes
  };
  const size = weightSize(subInput, maxValues, stats);
  return { weightBytes: size.weightBytes, scaleBytes: size.scaleBytes, exact: size.exact };
}
function sliceProxy(full, from, to) {
  const rows = full.cost.subarray(from / full.group * CONFIGS2, Math.ceil(to / full.group) * CONFIGS2);
  return unitsProxy(rows, full.group, to - from, to - from);
}
var streamCounts = /* @__PURE__ */ new WeakMap();
function streamFrequencies(input2, full, streams) {
  const u85 = input2.family === "u85";
  const ofmU = input2.ofmUBlockDepth ?? 16;
  const resolved = u85 ? (streams === 2 || streams === 4) && ofmU % (4 * streams) === 0 : streams === 2;
  const classes = full.classes;
  if (streams <= 1 || !resolved || !classes)
    return new Array(Math.max(1, streams)).fill(full.frequencies);
  const key = `${u85 ? "u85" : "u55"}/${streams}`;
  let byLayout = streamCounts.get(full);
  if (!byLayout) streamCounts.set(full, byLayout = /* @__PURE__ */ new Map());
  const known = byLayout.get(key);
  if (known) return known;
  const streamOfClass = (cls) => u85 ? (cls >> 1) % streams : cls & 1;
  const signed = input2.weights instanceof Int8Array;
  const shift = 256 - (input2.zeroPoints[0] ?? 0);
  const counts = Array.from({ length: streams }, () => new Float64Array(512));
  for (let cls = 0; cls < CLASSES; cls++) {
    const freq = counts[streamOfClass(cls)];
    for (let b = 0; b < 256; b++) {
      const n = classes[cls * 256 + b];
      if (n > 0) freq[(signed ? b << 24 >> 24 : b) + shift] += n;
    }
  }
  byLayout.set(key, counts);
  return counts;
}
function distinctValues(frequencies) {
  let n = 0;
  for (let k = 0; k < 512; k++) if (frequencies[k] > 0) n++;
  return n;
}
function commonShare(frequencies) {
  let total = 0;
  let common = 0;
  for (let k = 0; k < 512; k++) {
    total += frequencies[k];
    if (k !== 256 && frequencies[k] > common) common = frequencies[k];
  }
  return total > 0 ? common / total : 0;
}
var NO_MIX = { values: 0, zeros: 0, lone: 0 };
function zeroRunMix(values) {
  let zeros = 0;
  let lone = 0;
  const n = values.length;
  for (let i = 0; i < n; i++) {
    if (values[i] !== 0) continue;
    zeros++;
    if ((i === 0 || values[i - 1] !== 0) && (i === n - 1 || values[i + 1] !== 0)) lone++;
  }
  return { values: n, zeros, lone };
}
function chunkUsesZeroRuns(sample, scale, tail, tailScale, commonShare2) {
  const zeros = sample.zeros * scale + tail.zeros * tailScale;
  const values = sample.values * scale + tail.values * tailScale;
  if (!(zeros > ZERO_FREQ_THRESHOLD * commonShare2 * values)) return false;
  return mostZerosInRuns(zeros, sample.lone * scale + tail.lone * tailScale);
}
function rowsOf(cost, channels, group) {
  const out = new Float64Array(channels.length / group * CONFIGS2);
  for (let k = 0; k < channels.length; k += group) {
    const g = channels[k] / group;
    out.set(cost.subarray(g * CONFIGS2, (g + 1) * CONFIGS2), k / group * CONFIGS2);
  }
  return out;
}
function spread(k, n) {
  const out = new Array(k);
  for (let j = 0; j < k; j++) out[j] = Math.floor((j + 0.5) * n / k);
  return out;
}
function range(from, to) {
  const out = new Array(Math.max(0, to - from));
  for (let j = 0; j < out.length; j++) out[j] = from + j;
  return out;
}
function unitsProxy(cost, group, channels, unit) {
  let total = 0;
  for (let start = 0; start < channels; start += unit) {
    const from = start / group;
    const to = Math.ceil(Math.min(channels, start + unit) / group);
    let best = Infinity;
    for (let j = 0; j < CONFIGS2; j++) {
      let sum = 0;
      for (let g = from; g < to; g++) sum += cost[g * CONFIGS2 + j];
      if (sum < best) best = sum;
    }
    total += best;
  }
  return total;
}
function gather(data, shape, depthwise, ofm2, ifm) {
  const [, h, w, depth] = shape;
  if (depthwise) {
    const out2 = new data.constructor(h * w * ofm2.length);
    let n2 = 0;
    for (let k = 0; k < h * w; k++) for (let j = 0; j < ofm2.length; j++) out2[n2++] = data[k * depth + ofm2[j]];
    return { data: out2, shape: [1, h, w, ofm2.length] };
  }
  const inner = ifm ?? range(0, depth);
  const m = inner.length;
  const runs = [];
  for (let j = 0; j < m; j++) {
    if (j > 0 && inner[j] === inner[j - 1] + 1) runs[runs.length - 1]++;
    else runs.push(inner[j], inner[j] + 1);
  }
  const out = new data.constructor(ofm2.length * h * w * m);
  let n = 0;
  for (let o = 0; o < ofm2.length; o++) {
    for (let k = 0; k < h * w; k++) {
      const base = (ofm2[o] * h * w + k) * depth;
      if (!ifm) {
        out.set(data.subarray(base, base + depth), n);
        n += depth;
      } else {
        for (let r = 0; r < runs.length; r += 2) for (let x = runs[r]; x < runs[r + 1]; x++) out[n++] = data[base + x];
      }
    }
  }
  return { data: out, shape: [ofm2.length, h, w, inner.length] };
}
function tensorScaleBytes(input2, channels, cores) {
  const recordStreams = input2.family === "u85" ? 1 : Math.min(channels, cores);
  let total = 0;
  for (let s2 = 0; s2 < recordStreams; s2++) total += scaleRecordBytes(input2, channels, cores, s2);
  return total;
}

// src/perf/weight-sizes.ts
var encodeCache = /* @__PURE__ */ new WeakMap();
var costCache = /* @__PURE__ */ new WeakMap();
var EXACT_FACTOR = 4;
function sizedFromSample(count2, sampleValues) {
  return count2 > EXACT_FACTOR * sampleValues;
}
function tensorStats(src, sampleValues) {
  if (!sizedFromSample(src.count, sampleValues)) return void 0;
  let costsByLayout = costCache.get(src.identity);
  if (!costsByLayout) costCache.set(src.identity, costsByLayout = /* @__PURE__ */ new Map());
  const layout = `${src.kind}/${src.shape.join("x")}`;
  let costs = costsByLayout.get(layout);
  if (!costs) {
    costs = channelCosts(src.data, src.shape, src.zeroPoints, src.kind === "depthwise", void 0, () => src.data);
    costsByLayout.set(layout, costs);
  }
  return costs;
}
function encoderInput(target, src, data, cfg, ifmBits, kernel2) {
  return {
    family: target.family,
    macs: target.macs,
    weights: data,
    shape: src.shape,
    zeroPoints: src.zeroPoints,
    kind: src.kind,
    ofmBlockDepth: cfg.ofmBlock.c,
    ifmBlockDepth: cfg.ifmBlock.c,
    ofmUBlockDepth: cfg.ofmUBlock.c,
    traversal: cfg.traversal === "Depthwise" ? "depthwise" : cfg.traversal === "PartKernel" ? "part-kernel" : "depth-first",
    ifmBits: ifmBits === 16 ? 16 : 8,
    // U85 walks a strided part-kernel or depthwise kernel by stride phase; both split dilated kernels.
    stride: [kernel2.strideY, kernel2.strideX],
    dilation: [kernel2.dilationY, kernel2.dilationX]
  };
}
function encodeFor(target, w, cfg, ifmBits, kernel2, cores, sampleValues) {
  if (!w.source || w.sized) return;
  const sizes = defaultSizes(target, w, cfg, ifmBits, kernel2, cores, sampleValues);
  w.encodedBytes = sizes.weightBytes;
  w.scaleBytes = sizes.scaleBytes;
  w.sized = true;
  w.sampled = sizes.sampled;
}
function defaultSizes(target, w, cfg, ifmBits, kernel2, cores, sampleValues) {
  const src = w.source;
  const data = src.data;
  const input2 = encoderInput(target, src, data, cfg, ifmBits, kernel2);
  const traversal = input2.traversal;
  let plan;
  let costs;
  try {
    validateEncodeInput(input2);
    costs = tensorStats(src, sampleValues);
    plan = costs ? sizingPlan(input2, sampleValues, costs) : { exact: true };
  } catch {
    plan = void 0;
  }
  const u85 = target.family === "u85";
  const dwPadding = u85DepthwisePadding(target.macs, ifmBits);
  const key = [
    u85 ? "u85" : "u55",
    cores,
    u85 ? dwPadding : target.macs === 32 ? 4 : 8,
    plan && cfg.ofmBlock.c >= orderedChannels(input2, plan) ? "all" : cfg.ofmBlock.c,
    u85 ? cfg.ifmBlock.c : "-",
    u85 ? cfg.ofmUBlock.c : "-",
    traversal,
    ifmBits,
    src.kind,
    src.shape.join("x"),
    sampleValues,
    input2.stride.join("x"),
    input2.dilation.join("x")
  ].join("/");
  let perData = encodeCache.get(src.identity);
  if (!perData) encodeCache.set(src.identity, perData = /* @__PURE__ */ new Map());
  let sizes = perData.get(key);
  if (sizes === void 0) {
    try {
      if (!plan) throw new Error("no sizing plan");
      const enc = weightSize(input2, sampleValues, costs, plan);
      sizes = {
        weightBytes: enc.weightBytes,
        scaleBytes: enc.scaleBytes,
        sampled: !enc.exact,
        unitBits: enc.unitBits,
        stats: {
          sourceElements: enc.sourceElements,
          encodedBytes: enc.weightBytes,
          zeroCount: enc.zeroCount,
          distinctWeights: enc.distinctWeights
        }
      };
    } catch {
      sizes = {
        weightBytes: estimateEncodedWeights({
          values: data,
          count: data.length,
          zeroPoints: src.zeroPoints,
          channels: w.channels,
          streams: target.family === "u85" ? 1 : Math.min(w.channels, cores),
          depthwise: src.kind === "depthwise"
        }),
        scaleBytes: w.scaleBytes,
        sampled: false
      };
    }
    perData.set(key, sizes);
  }
  return sizes;
}
var slicedCache = /* @__PURE__ */ new WeakMap();
function slicedEncoding(target, w, cfg, ifmBits, kernel2, slices, sampleValues) {
  const src = w.source;
  if (!src) return void 0;
  const stats = w.fast ? void 0 : tensorStats(src, sampleValues);
  const sampled = !w.fast && sizedFromSample(src.count, sampleValues) && !stats?.clustered;
  if (sampled && (w.sparse || !stats)) return void 0;
  let input2;
  const u85 = target.family === "u85";
  const key = [
    w.fast ? "fast" : w.sparse ? "sparse" : "default",
    u85 ? "u85" : "u55",
    coresFor(target.family, target.macs),
    u85 ? u85DepthwisePadding(target.macs, ifmBits) : target.macs === 32 ? 4 : 8,
    cfg.ofmBlock.c,
    cfg.ifmBlock.c,
    cfg.ofmUBlock.c,
    cfg.traversal,
    ifmBits,
    src.kind,
    src.shape.join("x"),
    `${kernel2.strideY}x${kernel2.strideX}`,
    `${kernel2.dilationY}x${kernel2.dilationX}`
  ].join("/");
  let perData = slicedCache.get(src.identity);
  if (!perData) slicedCache.set(src.identity, perData = /* @__PURE__ */ new Map());
  let perSlice = perData.get(key);
  if (!perSlice) perData.set(key, perSlice = /* @__PURE__ */ new Map());
  let weightBytes = 0;
  let exact = true;
  const rangeSizes = [];
  for (let k = 0; k + 1 < slices.length; k++) {
    const sliceKey = slices[k] * 65536 + slices[k + 1];
    let slice = perSlice.get(sliceKey);
    if (slice === void 0) {
      input2 ??= {
        ...encoderInput(target, src, src.data, cfg, ifmBits, kernel2),
        format: { fast: !!w.fast, sparse: !!w.sparse }
      };
      try {
        if (sampled) {
          const unitBits = () => defaultSizes(target, w, cfg, ifmBits, kernel2, coresFor(target.family, target.macs), sampleValues).unitBits;
          slice = sampledSlice(perSlice, input2, stats, w, unitBits, slices[k], slices[k + 1], sampleValues);
        } else {
          const enc = encodeWeightsOnce({ ...input2, depthSlices: [slices[k], slices[k + 1]], sizeOnly: true });
          slice = { weightBytes: enc.weightBytes, rangeSize: enc.rangeSizes[0], exact: true };
        }
      } catch {
        slice = null;
      }
      perSlice.set(sliceKey, slice);
    }
    if (!slice) return void 0;
    weightBytes += slice.weightBytes;
    rangeSizes.push(slice.rangeSize);
    exact &&= slice.exact;
  }
  return { weightBytes, rangeSizes, exact };
}
function sampledSlice(perSlice, input2, stats, w, unitBits, from, to, sampleValues) {
  if (from % stats.group !== 0) return null;
  const unit = channelUnit(input2);
  const depth = to - from;
  const bits = depth % unit === 0 ? unitBits() : void 0;
  const allUnits = bits === void 0 ? 0 : sliceProxy(stats, 0, Math.floor(w.channels / unit) * unit);
  if (bits !== void 0 && allUnits > 0) {
    const cores = coresFor(input2.family, input2.macs);
    const streams = input2.family === "u85" ? cores : Math.min(depth, cores);
    const perStream = bits * sliceProxy(stats, from, to) / allUnits / streams;
    const weightBytes2 = streams * (Math.ceil((perStream + 3) / 8 / 16) * 16);
    return { weightBytes: weightBytes2, rangeSize: weightBytes2 + tensorScaleBytes(input2, depth, cores), exact: false };
  }
  const proxy = sliceProxy(stats, from, to);
  let rep = perSlice.get(-depth);
  if (rep === void 0) {
    const size = sliceSize(input2, sampleValues, stats, from, to);
    rep = size ? { ...size, rangeSize: size.weightBytes + size.scaleBytes, proxy } : null;
    perSlice.set(-depth, rep);
  }
  if (!rep) return null;
  if (rep.proxy === proxy || !(rep.proxy > 0)) return { ...rep, exact: rep.exact && rep.proxy === proxy };
  const weightBytes = Math.ceil(rep.weightBytes * proxy / rep.proxy / 16) * 16;
  return { weightBytes, rangeSize: rep.rangeSize - rep.weightBytes + weightBytes, exact: false };
}
function slicedScaleBytes(arch, cfg, slices) {
  const family = arch.npu.kind === "u85" ? "u85" : "u55";
  const input2 = { family, ofmUBlockDepth: cfg.ofmUBlock.c };
  let total = 0;
  for (let k = 0; k + 1 < slices.length; k++)
    total += tensorScaleBytes(input2, slices[k + 1] - slices[k], arch.npu.cores);
  return total;
}

// src/perf/operation-cost.ts
function passBytes(arch, q, pass, from, to) {
  const shape = (d) => ({ h: d[0], w: d[1], c: d[2] });
  const op = {
    ...q.op,
    ifm: { ...q.op.ifm, shape: shape(pass.from) },
    ofm: { ...q.op.ofm, shape: shape(pass.to) }
  };
  const pq = { ...q, op, cfg: blockConfig(arch, op), ifmMem: from, ofmMem: to };
  const bytes = elementBytes(pq, elementAccess(pq));
  return { read: bytes.ifmRead[0], write: bytes.ofmWrite };
}
function transposePassCost(arch, q, pass, from, to) {
  const moved = passBytes(arch, q, pass, from, to);
  const read = floatCycles(moved.read, from.bandwidth) + from.readLatency;
  const write = floatCycles(moved.write, to.bandwidth) + to.writeLatency;
  const npuCycles = Math.max(read, write);
  const access = /* @__PURE__ */ new Map();
  const addAc = (m, n) => access.set(m, (access.get(m) ?? 0) + floatCycles(n, m.bandwidth));
  addAc(from, moved.read);
  addAc(to, moved.write);
  const passAccess = from === to ? floatCycles(moved.read + moved.write, from.bandwidth) : Math.max(floatCycles(moved.read, from.bandwidth), floatCycles(moved.write, to.bandwidth));
  return { npuCycles, opCycles: Math.max(npuCycles, passAccess, ...access.values()), access };
}
var objectIds = /* @__PURE__ */ new WeakMap();
var nextObjectId = 0;
function objectId(o) {
  let id = objectIds.get(o);
  if (id === void 0) objectIds.set(o, id = nextObjectId++);
  return id;
}
function slicedEstimateShape(op) {
  const t = op.fusedTranspose;
  if (!t || t.length !== 4 || t[3] === "C") return op;
  const shape = { ...transposedShape(op.ofm.shape, t), c: op.ofm.shape.c };
  return { ...op, ofm: { ...op.ofm, shape } };
}
function readingRequiredInput(op) {
  const k = op.kernel;
  const rounding = upscaleRounding(op.upscale, op.upscaleZeros);
  const need = (out, stride, size, dilation) => requiredInput(out, stride, (size - 1) * dilation + 1, op.upscale, rounding);
  const s2 = op.ifm.shape;
  const e = op.ifm.extent;
  const step = e && op.ifm.step || { h: 1, w: 1 };
  const area = storedShape(op.ifm);
  const o = op.fusedTranspose ? transposedShape(op.ofm.shape, op.fusedTranspose) : op.ofm.shape;
  const h = Math.min(area.h, need(o.h, k.strideY * step.h, k.h, k.dilationY));
  const w = Math.min(area.w, need(o.w, k.strideX * step.w, k.w, k.dilationX));
  if (h === area.h && w === area.w) return op;
  if (!e) return { ...op, ifm: { ...op.ifm, shape: { ...s2, h, w } } };
  const shape = { ...s2, h: Math.min(s2.h, Math.ceil(h / step.h)), w: Math.min(s2.w, Math.ceil(w / step.w)) };
  return { ...op, ifm: { ...op.ifm, shape, extent: { ...e, h, w } } };
}
function stripeRun(op, stripe) {
  return {
    op: {
      ...op,
      ifm: { ...op.ifm, shape: { ...op.ifm.shape, h: Math.min(stripe.ifmH, op.ifm.shape.h) } },
      ofm: { ...op.ofm, shape: { ...op.ofm.shape, h: stripe.h } }
    },
    repeats: Math.max(1, op.ofm.shape.h / stripe.h)
  };
}
var LUT_MEMORY = {
  area: "Sram",
  bandwidth: 1,
  readLatency: 0,
  writeLatency: 0,
  burstLength: 1,
  maxReads: 1e3,
  maxWrites: 1e3,
  portsUsed: 1
};
function bufferingPlan(arch, op, cfg, w, refQuery, refetches, slackBefore, prevWasNpu, time, plans, stagingFree, stripe, sharedWithNeighbour, rangeBytes, prevFree, future, ifmLaidOut = false) {
  const npu = arch.npu;
  const graphInput = op.ifm.buffer.isInput && op.ifm.buffer.external;
  const movable = !graphInput && !op.ifm.buffer.constant && (!stripe || stripe.first) && !ifmLaidOut;
  const f = movable ? future?.() : void 0;
  const futureKey = f ? `${f.opRun}/${f.ifmRead}/${f.weightRead}/${f.ifmBytes}` : "-";
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
    refQuery.ifm2Mem?.area ?? "-",
    refQuery.ofmMem.area,
    refQuery.ifmFormat,
    refQuery.ifm2Format,
    refQuery.ofmFormat,
    (refQuery.extraIfms ?? []).map((x) => `${x.mem.area}:${x.bytes}`).join(","),
    refQuery.sparse ? 1 : 0,
    stripe ? `${stripe.h}/${stripe.first}` : "-",
    slackBefore,
    prevWasNpu,
    time === 0,
    stagingFree,
    sharedWithNeighbour,
    movable ? 1 : 0,
    prevFree ?? -1,
    futureKey
  ].join("|");
  const known = plans.get(key);
  if (known !== void 0) return known;
  const depth = op.ofm.shape.c;
  const oneStripe = stripe ? stripeRun(op, stripe) : void 0;
  const required = readingRequiredInput(oneStripe?.op ?? op);
  const striped = slicedEstimateShape(required);
  const repeats = oneStripe?.repeats ?? 1;
  const ofmCosted = striped !== required;
  const base = stripe ? { ...refQuery, op: striped, ifmMem: stripe.first ? refQuery.ifmMem : arch.stagingMem } : { ...refQuery, op: striped, ofmCosted };
  const stripeAccess = stripe ? elementAccess(base) : void 0;
  const runs = /* @__PURE__ */ new Map();
  const runAt = (d, first, last) => {
    const runKey = d * 4 + (first ? 2 : 0) + (last ? 1 : 0);
    const seen = runs.get(runKey);
    if (seen !== void 0) return seen;
    const ofm2 = { ...striped.ofm, shape: { ...striped.ofm.shape, c: d } };
    const share = d / depth;
    const cycles = measureCycles({
      ...base,
      op: { ...striped, ofm: ofm2 },
      weightStagingMem: arch.stagingMem,
      encodedWeightSize: Math.round(w.encodedBytes * share / 16) * 16,
      encodedScaleSize: Math.round(w.scaleBytes * share / 16) * 16,
      firstWeightDmaSize: 0,
      scheduling: { first, last }
    }).cycles;
    runs.set(runKey, cycles);
    return cycles;
  };
  const ifmBytes = Math.ceil(elementAccess(base).ifmRead[0] * op.ifm.bits / 8);
  const wholeRun = stripe ? readingRequiredInput(op) : striped;
  const slicedIfmBytes = (slices) => {
    if (slices.length <= 2) return ifmBytes;
    let bytes = 0;
    for (let k = 0; k + 1 < slices.length; k++) {
      const ofm2 = { ...op.ofm, shape: { ...op.ofm.shape, c: slices[k + 1] - slices[k] } };
      bytes += Math.ceil(elementAccess({ ...refQuery, op: { ...wholeRun, ofm: ofm2 } }).ifmRead[0] * op.ifm.bits / 8);
    }
    return bytes;
  };
  const plan = namingOperation(
    op,
    () => planWeightBuffering({
      npu,
      constMem: arch.constMem,
      stagingMem: arch.stagingMem,
      bufferLimit: Math.max(0, Math.min(stagingFree, 2 ** 30)),
      fullBytes: w.encodedBytes + w.scaleBytes,
      depth,
      blockDepth: Math.max(cfg.ofmBlock.c, 1),
      minDepth: npu.kind === "u85" ? Math.max(16, cfg.ofmUBlock.c) : 16,
      refetches,
      refRun: Math.trunc(repeats * measureCycles({ ...base, ifmMem: refQuery.ifmMem }).cycles),
      refWeightRead: stripeAccess ? Math.trunc(
        repeats * minReadCycles(npu, arch.constMem, w.encodedBytes + w.scaleBytes, 3 /* Weight */) * stripeAccess.weightsRefetch
      ) : void 0,
      stripes: stripeAccess ? { repeats, fetches: stripeAccess.weightsRefetch } : void 0,
      ifmRead: Math.trunc(repeats * minReadCycles(npu, base.ifmMem, ifmBytes, 5 /* Ifm */)),
      slicedIfmRead: (slices) => minReadCycles(npu, refQuery.ifmMem, slicedIfmBytes(slices), 5 /* Ifm */),
      movableIfm: movable ? {
        // The input the output needs (regor's sliced estimate sizes the IFM by it): a strided convolution's
        // last row and column may go unread.
        bytes: Math.ceil(striped.ifm.shape.h * striped.ifm.shape.w * striped.ifm.shape.c * op.ifm.bits / 8),
        stagedRead: (slices) => Math.trunc(repeats * minReadCycles(npu, arch.stagingMem, slicedIfmBytes(slices), 5 /* Ifm */))
      } : void 0,
      runAt,
      prebufferRun: (d) => measureCycles({
        ...refQuery,
        op: { ...op, ofm: { ...op.ofm, shape: { ...op.ofm.shape, c: d } } },
        weightStagingMem: arch.stagingMem,
        scheduling: { first: true, last: false }
      }).cycles,
      prevSlack: slackBefore,
      prevSlackMemory: prevFree === void 0 ? void 0 : Math.max(0, Math.min(prevFree, 2 ** 30)),
      prevIsNpu: prevWasNpu,
      first: time === 0,
      cascade: stripe ? { stripes: Math.ceil(op.ofm.shape.h / stripe.h), first: stripe.first } : void 0,
      unsliceable: !!op.fusedTranspose,
      sharedWithNeighbour,
      rangeBytes,
      future: () => f
    })
  );
  plans.set(key, plan);
  return plan;
}
function namingOperation(op, f) {
  try {
    return f();
  } catch (e) {
    if (e instanceof PerfLimitError)
      throw new PerfLimitError(`operator ${op.sourceIndex} (${op.type}): ${e.message}`, e.code);
    throw e;
  }
}
function baseQuery(arch, op, cfg, ifmMem, ifm2Mem, ofmMem) {
  return {
    op,
    cfg,
    npu: arch.npu,
    ifmMem,
    ifm2Mem,
    ofmMem,
    ifmFormat: formatOf(op.ifm.buffer),
    ifm2Format: op.ifm2 ? formatOf(op.ifm2.buffer) : "NHWC",
    ofmFormat: formatOf(op.ofm.buffer),
    constMem: op.weights ? arch.constMem : void 0,
    chainLinkMem: op.chained?.length ? arch.arenaMem : void 0,
    encodedWeightSize: 0,
    encodedScaleSize: 0,
    firstWeightDmaSize: 0
  };
}
function costOperation(arch, target, op, memOf, prevSlackOf, prevWasNpu, time, sizeWeights, plans, sampleValues, stripe, stagingFree, sharedWeights, prevFree, future, ifmLaidOut) {
  const npu = arch.npu;
  let cfg = blockConfig(arch, op, false, stripe);
  const ifmMem = memOf(op.ifm.buffer.key, op.ifm.buffer.constant);
  const ifm2Mem = op.ifm2 ? memOf(op.ifm2.buffer.key, op.ifm2.buffer.constant) : void 0;
  const ofmMem = memOf(op.ofm.buffer.key, false);
  const w = op.weights;
  const q = baseQuery(arch, op, cfg, ifmMem, ifm2Mem, ofmMem);
  const otherFormats = !!w && npu.kind === "u85" && (op.hw === "conv" || op.hw === "vector" && !op.ifm2);
  if (w && otherFormats && !w.sized && w.source) {
    const sparseCfg = blockConfig(arch, op, true, stripe);
    const formatQuery = arch.arenaMem !== arch.stagingMem ? { ...q, ifmMem: arch.arenaMem, ifm2Mem: op.ifm2 ? arch.arenaMem : void 0, ofmMem: arch.arenaMem } : q;
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
      }
    });
    if (choice && !(large && choice.format === "default")) {
      w.encodedBytes = choice.weightBytes;
      w.scaleBytes = choice.scaleBytes;
      w.sized = true;
      w.sparse = choice.format === "sparse";
      w.fast = choice.format === "fast";
    }
  }
  if (otherFormats && w?.sparse) {
    cfg = blockConfig(arch, op, true, stripe);
    q.cfg = cfg;
    q.sparse = true;
  }
  let ownWeightBytes;
  let ownScaleBytes;
  if (w) {
    const sizedFor = w.sizedFor;
    sizeWeights(w, cfg, op.ifm.bits, op.kernel);
    q.encodedWeightSize = w.encodedBytes;
    q.encodedScaleSize = w.scaleBytes;
    if (sizedFor === void 0) w.sizedFor = cfg;
    ownWeightBytes = sizedFor === void 0 || sizedFor === cfg || !w.source || w.fast || w.sparse ? w.encodedBytes : defaultSizes(target, w, cfg, op.ifm.bits, op.kernel, npu.cores, sampleValues).weightBytes;
  }
  if (op.extraIfms?.length) {
    q.extraIfms = op.extraIfms.map((fm2) => {
      const mem = memOf(fm2.buffer.key, fm2.buffer.constant);
      return { mem, bytes: extraIfmBytes(q, fm2, mem, formatOf(fm2.buffer)) };
    });
  }
  const base = measureCycles(q);
  const refetches = elementAccess(q).weightsRefetch;
  const separateArena = arch.arenaMem !== arch.stagingMem;
  const refQuery = separateArena ? { ...q, ifmMem: arch.arenaMem, ifm2Mem: op.ifm2 ? arch.arenaMem : void 0, ofmMem: arch.arenaMem } : { ...q };
  let refCycles;
  const pass = op.hw === "transpose" ? op.transposePasses?.[0] : void 0;
  const refRun = () => refCycles ??= pass ? transposePassCost(arch, refQuery, pass, refQuery.ifmMem, refQuery.ofmMem).npuCycles : separateArena ? measureCycles(refQuery).cycles : base.cycles;
  let denseRef;
  const refRunDefault = q.sparse ? () => denseRef ??= measureCycles({ ...refQuery, sparse: false }).cycles : refRun;
  let prevCycles;
  const prevSlack = () => prevCycles ??= prevSlackOf();
  const fullBytes = w ? w.encodedBytes + w.scaleBytes : 0;
  const plan = w && arch.constMem !== arch.stagingMem && arch.constMem.area !== arch.stagingMem.area ? bufferingPlan(
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
    ifmLaidOut
  ) : null;
  const buffered = plan !== null;
  if (plan && plan.slices.length > 2 && w) {
    const sliced = slicedEncoding(target, w, cfg, op.ifm.bits, op.kernel, plan.slices, sampleValues);
    if (sliced) {
      const bytes2 = sliced.weightBytes;
      w.slicedBytes = bytes2;
      if (!sliced.exact) w.sampled = true;
      q.encodedWeightSize = bytes2;
      ownWeightBytes = bytes2;
    }
  }
  if (plan) {
    q.weightStagingMem = arch.stagingMem;
    q.firstWeightDmaSize = plan.prebufferBytes > 0 ? plan.firstBytes : 0;
    if (plan.slices.length > 2) q.encodedScaleSize = ownScaleBytes = slicedScaleBytes(arch, cfg, plan.slices);
  }
  const cycles = buffered ? measureCycles(q) : base;
  const access = elementAccess(q);
  const bytes = elementBytes(q, access);
  const ac = accessCycles(q, bytes);
  let npuCycles = cycles.cycles;
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
  const accessBy = { sram: 0, dram: 0, onChipFlash: 0, offChipFlash: 0 };
  for (const [m, c] of ac) accessBy[AREA_KEY[m.area]] = Math.max(accessBy[AREA_KEY[m.area]], c);
  const opCycles = Math.max(npuCycles, ...Object.values(accessBy), passOpCycles);
  const tr = emptyTraffic();
  const k = (m) => AREA_KEY[m.area];
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
  for (const area of Object.keys(accessBy)) tr[area].cycles += accessBy[area];
  return {
    cost: {
      op,
      npuCycles,
      opCycles,
      macs: cycles.macs,
      access: accessBy,
      weightBufferBytes: plan ? plan.bufferBytes : 0,
      time,
      ...ownWeightBytes !== void 0 ? { ownWeightBytes } : {},
      ...ownScaleBytes !== void 0 ? { ownScaleBytes } : {},
      ...w ? { weightConfig: cfg } : {}
    },
    traffic: tr,
    slack,
    prebufferBytes: plan ? plan.prebufferBytes : 0,
    lastPartBytes: !plan ? 0 : plan.secondBytes && (plan.slices.length - 2) % 2 === 1 ? plan.secondBytes : plan.bufferBytes - plan.secondBytes,
    wholeBuffer: !!plan && plan.slices.length === 2
  };
}

// src/perf/read-only.ts
var ALIGN = 16;
var aligned = (bytes) => Math.ceil(bytes / ALIGN) * ALIGN;
var scaleIdentities = /* @__PURE__ */ new WeakMap();
function scaleIdentity(model, op) {
  const sg = model.subgraphs[op.subgraph];
  const source = sg?.operators[op.sourceIndex];
  if (!source) return `${op.subgraph}:${op.sourceIndex}`;
  let known = scaleIdentities.get(source);
  if (known === void 0) scaleIdentities.set(source, known = computeScaleIdentity(sg.tensors, source));
  return known;
}
function computeScaleIdentity(tensors, source) {
  const scale = (i) => {
    const q = i === void 0 || i < 0 ? void 0 : tensors[i]?.quantization;
    return q?.scale?.length ? q.scale[0] : void 0;
  };
  const input2 = scale(source.inputs[0]);
  const output = scale(source.outputs[0]);
  const ratio = input2 !== void 0 && output ? (input2 / output).toPrecision(9) : "-";
  const bias = source.inputs[2];
  const biasBuffer = bias !== void 0 && bias >= 0 ? tensors[bias]?.buffer ?? "-" : "-";
  return `${ratio}|${biasBuffer}`;
}
function readOnlyBytes(model, uses) {
  const weights = /* @__PURE__ */ new Map();
  const constants = /* @__PURE__ */ new Set();
  const luts = /* @__PURE__ */ new Set();
  let total = 0;
  const constant = (r) => {
    if (!r?.buffer.constant) return;
    const s2 = r.buffer.storage;
    const key = s2?.key ?? r.buffer.key;
    if (constants.has(key)) return;
    constants.add(key);
    total += aligned(s2?.bytes ?? Math.ceil(r.buffer.elements * r.buffer.bits / 8));
  };
  const visit = ({ op, ownWeightBytes, ownScaleBytes, weightConfig: c }) => {
    const w = op.weights;
    if (w) {
      const encoded = ownWeightBytes ?? w.slicedBytes ?? w.encodedBytes;
      const content = w.source?.identity ?? w.key;
      let encodings2 = weights.get(content);
      if (!encodings2) weights.set(content, encodings2 = /* @__PURE__ */ new Map());
      const encoding = c ? `${encoded}|${c.ofmBlock.c}/${c.ifmBlock.c}/${c.ofmUBlock.c}/${c.traversal}` : `${encoded}`;
      let records = encodings2.get(encoding);
      if (!records) {
        encodings2.set(encoding, records = /* @__PURE__ */ new Set());
        total += encoded;
      }
      const id = w.generated ? "unit" : scaleIdentity(model, op);
      if (!records.has(id)) {
        records.add(id);
        total += ownScaleBytes ?? w.scaleBytes;
      }
    }
    if (op.lutTensor && !luts.has(op.lutTensor.key)) {
      luts.add(op.lutTensor.key);
      total += aligned(op.lutTensor.bytes);
    }
    constant(op.ifm);
    constant(op.ifm2);
    for (const r of op.extraIfms ?? []) constant(r);
  };
  for (const use of uses) {
    visit(use);
    for (const op of use.op.chained ?? []) visit({ op });
  }
  return total;
}

// src/perf/vela-shapes.ts
function signatureShape(t) {
  const dims = velaDims(t);
  return dims === t.shape || sameDims(dims, t.shape) ? void 0 : [...dims];
}
var cache2 = /* @__PURE__ */ new WeakMap();
function withVelaShapes(model) {
  const known = cache2.get(model);
  if (known) return known;
  let changed = false;
  const subgraphs = model.subgraphs.map((sg) => {
    let tensors;
    sg.tensors.forEach((t, i) => {
      const shape = signatureShape(t);
      if (!shape) return;
      tensors ??= [...sg.tensors];
      tensors[i] = { ...t, shape };
    });
    if (!tensors) return sg;
    changed = true;
    return { ...sg, tensors };
  });
  const shaped = changed ? { ...model, subgraphs } : model;
  cache2.set(model, shaped);
  return shaped;
}

// src/perf/index.ts
var DEFAULT_WEIGHT_SAMPLE_VALUES = 3072;
function estimatePerformance(source, target, operators, options = {}) {
  const model = withVelaShapes(source);
  const arch = archFor(target);
  const sampleValues = options.weightSampleValues ?? DEFAULT_WEIGHT_SAMPLE_VALUES;
  const sizeWeights = (w, cfg, ifmBits, kernel2) => encodeFor(target, w, cfg, ifmBits, kernel2, arch.npu.cores, sampleValues);
  const ofmBlockOf = (q) => findBlockConfig(arch, {
    hw: q.hw,
    type: q.type,
    ifmShape: q.ifm,
    ofmShape: q.ofm,
    ifmBits: q.ifmBits,
    kernel: UNIT_KERNEL,
    scaled: true,
    lutBytes: 0,
    upscale: 1,
    ofmBrick: false
  }).ofmBlock;
  const blocks = { config: `${arch.npu.kind}/${arch.npu.macs}/${arch.npu.cores}`, ofmBlockOf };
  const npuBySubgraph = /* @__PURE__ */ new Map();
  for (const o of operators) {
    if (o.placement !== "NPU") continue;
    let set = npuBySubgraph.get(o.subgraph);
    if (!set) npuBySubgraph.set(o.subgraph, set = /* @__PURE__ */ new Set());
    set.add(o.index);
  }
  const costs = [];
  const memUse = { sram: 0, dram: 0, onChipFlash: 0, offChipFlash: 0 };
  const traffic = emptyTraffic();
  for (const sg of model.subgraphs) {
    const npuOps = npuBySubgraph.get(sg.index) ?? /* @__PURE__ */ new Set();
    if (npuOps.size === 0 && !(target.family === "u85" && hasBoolIo(model, sg))) continue;
    const graph = sharedLowering(model, sg, npuOps, target.family, arch.npu.cores, blocks);
    costSubgraph(model, target, sg.index, graph, arch, costs, memUse, traffic, sizeWeights, sampleValues);
  }
  let originalWeights = 0;
  let encodedWeights = 0;
  const seen = /* @__PURE__ */ new Set();
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
  const layers = /* @__PURE__ */ new Map();
  let npuCycles = 0;
  let totalCycles = 0;
  let macs = 0;
  for (const c of costs) {
    npuCycles += c.npuCycles;
    totalCycles += c.opCycles;
    macs += c.macs;
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
        memoryBound: false
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
  const cpuOperators = operators.filter((o) => o.placement === "CPU").map((o) => ({ subgraph: o.subgraph, operatorIndex: o.index, type: o.type, macs: o.macs }));
  const clock = arch.coreClockHz > 0 ? arch.coreClockHz : 1;
  const seconds = totalCycles / clock;
  const mem = (k) => ({
    readBytes: traffic[k].read,
    writeBytes: traffic[k].write,
    accessCycles: traffic[k].cycles
  });
  const summary = {
    npuCycles,
    totalCycles,
    inferenceTimeMs: seconds * 1e3,
    inferencesPerSecond: seconds > 0 ? 1 / seconds : 0,
    macs,
    sramUsedBytes: memUse.sram,
    dramUsedBytes: memUse.dram,
    onChipFlashUsedBytes: memUse.onChipFlash,
    offChipFlashUsedBytes: memUse.offChipFlash,
    weightsOriginalBytes: originalWeights,
    weightsEncodedBytes: encodedWeights,
    weightsSizing: sampledWeights ? "sampled" : "exact",
    memory: {
      sram: mem("sram"),
      dram: mem("dram"),
      onChipFlash: mem("onChipFlash"),
      offChipFlash: mem("offChipFlash")
    }
  };
  const byOperator = [...layers.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l);
  return { summary, layers: byOperator, cpuOperators };
}
function costSubgraph(model, target, sgIndex, graph, arch, costs, memUse, traffic, sizeWeights, sampleValues) {
  const sg = model.subgraphs[sgIndex];
  const steps = graph.schedule.filter((e) => !("npu" in e) || !e.npu.chainedInto);
  const spilling = arch.stagingMem !== arch.arenaMem && arch.stagingMem.area !== arch.arenaMem.area;
  const npuAt = (t) => steps[t].npu;
  const minSlack = /* @__PURE__ */ new Map();
  const late = (o) => !!o.writesInPlace && o.activation !== "none" && !o.elementwiseLike;
  const firstProducer = /* @__PURE__ */ new Map();
  for (const e of graph.schedule) {
    if (!("npu" in e)) continue;
    for (const o of [e.npu, ...e.npu.chained ?? []]) {
      const known = firstProducer.get(o.ofm.buffer.key);
      if (!known || late(known) && !late(o)) firstProducer.set(o.ofm.buffer.key, o);
    }
  }
  const laidOut = new Set([...firstProducer].filter(([, o]) => DATA_LAYOUT2.has(o.type)).map(([key]) => key));
  const plan = spilling ? cascadePlan(
    steps,
    model,
    sg,
    graph,
    arch.stagingLimit,
    (t, stripe, prevStripe, free) => minStripeWeightBuffer(arch, target, steps, t, stripe, prevStripe, free, sampleValues, minSlack, laidOut),
    (t, stripe) => stripeWeights(arch, target, npuAt(t), stripe, sampleValues).bytes,
    sampleValues === Infinity
  ) : void 0;
  const timeOf = steps.map((_, t) => t);
  for (const c of plan?.cascades ?? []) for (let t = c.start; t <= c.end; t++) timeOf[t] = c.start;
  const live = new LiveRanges(steps.length);
  const npuBuffers = /* @__PURE__ */ new Set();
  const npuTouched = /* @__PURE__ */ new Set();
  for (const s2 of steps) if ("npu" in s2) forEachFm(s2.npu, (r) => npuTouched.add(r.buffer.key));
  steps.forEach((s2, t) => {
    if ("npu" in s2) {
      npuBuffers.add(s2.npu.ofm.buffer.key);
      forEachFm(s2.npu, (r) => live.use(r.buffer, timeOf[t]));
    } else {
      const op = sg.operators[s2.cpu];
      for (const i of [...op.inputs, ...op.outputs]) {
        if (i < 0) continue;
        const b = op.inputs.includes(i) ? cpuReadBuffer(model, sg, graph, i) : cpuBuffer(model, sg, graph, i);
        if (!b) continue;
        b.linear = true;
        if (sg.tensors[i]?.isVariable && !npuTouched.has(b.key)) continue;
        live.use(b, t);
      }
    }
  });
  live.finish();
  const cpuTimes = [];
  steps.forEach((s2, t) => {
    if ("cpu" in s2) cpuTimes.push(t);
  });
  const cascaded = /* @__PURE__ */ new Set();
  const rolling = /* @__PURE__ */ new Map();
  const keptAt = /* @__PURE__ */ new Map();
  for (const [t, bytes] of plan?.weightBuffers ?? []) keptAt.set(timeOf[t], (keptAt.get(timeOf[t]) ?? 0) + bytes);
  const rollingBytes = /* @__PURE__ */ new Map();
  const cascadeSteps = /* @__PURE__ */ new Set();
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
  let access;
  const accessOf = (key) => {
    if (!access) {
      const counts = /* @__PURE__ */ new Map();
      const count2 = (k, n) => counts.set(k, (counts.get(k) ?? 0) + n);
      steps.forEach((s2, t) => {
        if (!("npu" in s2)) return;
        const op = s2.npu;
        const arena = arch.arenaMem;
        const cfg = blockConfig(arch, op, false, plan?.stripes.get(t));
        const a = elementAccess(baseQuery(arch, op, cfg, arena, op.ifm2 ? arena : void 0, arena));
        count2(op.ifm.buffer.key, a.ifmRead[0]);
        if (op.ifm2 && op.ifm2.buffer !== op.ifm.buffer) count2(op.ifm2.buffer.key, a.ifmRead[1]);
        const subOps = !!op.chained?.length || arch.npu.kind === "u85" && op.activation !== "none" && !op.elementwiseLike || op.activation !== "none" && !!op.writesInPlace;
        if (!subOps) count2(op.ofm.buffer.key, a.ofmWrite);
        const links2 = /* @__PURE__ */ new Set([op.chainLinkKey, ...(op.chained ?? []).slice(0, -1).map((c) => c.ofm.buffer.key)]);
        for (const c of op.chained ?? []) {
          const q = baseQuery(arch, c, blockConfig(arch, c, false, plan?.stripes.get(t)), arena, arena, arena);
          if (links2.has(c.ifm.buffer.key)) q.ifmFormat = "NHWC";
          const ca = elementAccess(q);
          if (!links2.has(c.ifm.buffer.key)) count2(c.ifm.buffer.key, ca.ifmRead[0]);
          if (c.ifm2 && !links2.has(c.ifm2.buffer.key) && c.ifm2.buffer !== c.ifm.buffer) {
            count2(c.ifm2.buffer.key, ca.ifmRead[1]);
          }
        }
      });
      access = counts;
    }
    return access.get(key) ?? 0;
  };
  const plans = /* @__PURE__ */ new Map();
  const seen = new SignatureMemo();
  const names = new Interner();
  const elementwiseOnly = /* @__PURE__ */ new Map();
  for (const e of graph.schedule) {
    if (!("npu" in e)) continue;
    const elementwise = ELEMENTWISE_TYPES.has(e.npu.type);
    for (const r of [e.npu.ifm, e.npu.ifm2]) {
      if (r) elementwiseOnly.set(r.buffer.key, (elementwiseOnly.get(r.buffer.key) ?? true) && elementwise);
    }
  }
  const handedOver = ifmReuse(steps, model, sg, graph, cascadeSteps);
  const takenOverBy = new Map([...handedOver].map(([key, h]) => [key, h.by]));
  const place = (reserved) => {
    const where2 = assignMemories(arch, live, npuBuffers, accessOf, cpuTimes, cascaded, reserved, takenOverBy);
    if (spilling) {
      steps.forEach((s2, t) => {
        if (!("npu" in s2) || timeOf[t] !== t) return;
        const inputs = [];
        forEachIfm(s2.npu, (r) => {
          if (!r.buffer.constant && !inputs.includes(r.buffer.key)) inputs.push(r.buffer.key);
        });
        if (inputs.every((key) => where2.get(key) === arch.stagingMem)) return;
        for (const key of inputs) {
          if (where2.get(key) === arch.stagingMem && elementwiseOnly.get(key)) where2.set(key, arch.arenaMem);
        }
      });
    }
    for (const [key, bytes] of rollingBytes) {
      where2.set(key, arch.stagingMem);
      const r = live.ranges.get(key);
      if (r) r.bytes = bytes;
    }
    return where2;
  };
  let firstReader;
  const futures = /* @__PURE__ */ new Map();
  const futureOf = (t) => {
    if (!firstReader) {
      firstReader = /* @__PURE__ */ new Map();
      const unread = /* @__PURE__ */ new Map();
      steps.forEach((s2, u2) => {
        if (!("npu" in s2)) return;
        for (const r of [s2.npu.ifm, s2.npu.ifm2]) {
          const writers2 = r ? unread.get(r.buffer.key) : void 0;
          if (!writers2) continue;
          for (const w of writers2) if (!firstReader.has(w)) firstReader.set(w, u2);
          unread.delete(r.buffer.key);
        }
        const key = s2.npu.ofm.buffer.key;
        const writers = unread.get(key);
        if (writers) writers.push(u2);
        else unread.set(key, [u2]);
      });
    }
    if (futures.has(t)) return futures.get(t);
    const u = firstReader.get(t);
    let f;
    const c = u === void 0 ? void 0 : npuAt(u);
    if (c?.weights) {
      const arena = arch.arenaMem;
      const stripe = plan?.stripes.get(u);
      const striped = stripe ? stripeRun(c, stripe) : void 0;
      const required = readingRequiredInput(striped?.op ?? c);
      const run = slicedEstimateShape(required);
      const repeats = striped?.repeats ?? 1;
      const cfg = blockConfig(arch, c, false, stripe);
      const q = { ...baseQuery(arch, run, cfg, arena, c.ifm2 ? arena : void 0, arena), ofmCosted: run !== required };
      const cw = c.weights;
      const encoded = cw.sized || !cw.source ? cw.encodedBytes : defaultSizes(target, cw, cfg, c.ifm.bits, c.kernel, arch.npu.cores, sampleValues).weightBytes;
      q.encodedWeightSize = encoded;
      q.encodedScaleSize = cw.scaleBytes;
      const acc = elementAccess(q);
      const weightBytes = encoded + cw.scaleBytes;
      const weightRead = Math.trunc(
        repeats * minReadCycles(arch.npu, arch.constMem, weightBytes, 3 /* Weight */) * acc.weightsRefetch
      );
      const ifmRead = Math.trunc(
        repeats * minReadCycles(arch.npu, arena, Math.ceil(acc.ifmRead[0] * c.ifm.bits / 8), 5 /* Ifm */)
      );
      if (weightRead > 0 && ifmRead / weightRead > 2) {
        const candidate = {
          opRun: Math.trunc(repeats * measureCycles(q).cycles),
          ifmRead,
          weightRead,
          ifmBytes: Math.ceil(run.ifm.shape.h * run.ifm.shape.w * c.ifm.shape.c * c.ifm.bits / 8)
        };
        if (futureMatters(candidate)) f = candidate;
      }
    }
    futures.set(t, f);
    return f;
  };
  const costSteps = (where2) => {
    const memOf2 = (key, constant) => constant ? arch.constMem : where2.get(key) ?? arch.arenaMem;
    const stepCosts = [];
    const stepTraffic = emptyTraffic();
    const weightBuffers = /* @__PURE__ */ new Map();
    const peakBuffers2 = /* @__PURE__ */ new Map();
    const take = (m, t, bytes) => m.set(t, (m.get(t) ?? 0) + bytes);
    let prevSlack = () => 0;
    let prevWasNpu = false;
    let prevFree;
    let lastBuffer;
    steps.forEach((s2, t) => {
      if (!("npu" in s2)) {
        prevSlack = () => 0;
        prevWasNpu = false;
        prevFree = 0;
        return;
      }
      const op = s2.npu;
      costKey(seen, names, op, memOf2, prevWasNpu, t === 0);
      const neighbour = t > 0 ? steps[t - 1] : steps[1];
      const sharedWeights = !!op.weights && !!neighbour && "npu" in neighbour && neighbour.npu.weights?.key === op.weights.key;
      seen.push(sharedWeights ? 1 : 0);
      seen.push(laidOut.has(op.ifm.buffer.key) ? 1 : 0);
      const stripe = plan?.stripes.get(t);
      seen.push(stripe ? stripe.h : -1);
      seen.push(stripe ? stripe.ifmH : -1);
      const kept = (keptAt.get(timeOf[t]) ?? 0) - (plan?.weightBuffers.get(t) ?? 0);
      const taken = weightBuffers.get(timeOf[t]) ?? 0;
      const stagingFree = arch.stagingLimit - (rolling.get(timeOf[t]) ?? 0) - kept - taken;
      seen.push(stagingFree);
      seen.push(prevFree ?? -1);
      const f = op.weights && arch.constMem !== arch.stagingMem ? futureOf(t) : void 0;
      for (const x of f ? [f.opRun, f.ifmRead, f.weightRead, f.ifmBytes] : [-1]) seen.push(x);
      const keySize = seen.size;
      let known = seen.get();
      if (known === "by-slack") {
        seen.push(prevSlack());
        known = seen.get();
      }
      let cost;
      let opCost;
      if (known && known !== "by-slack") {
        cost = known;
        opCost = { ...known.cost, op, time: t };
      } else {
        let askedSlack = false;
        const slackBefore = prevSlack;
        const tracked = () => {
          askedSlack = true;
          return slackBefore();
        };
        cost = costOperation(
          arch,
          target,
          op,
          memOf2,
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
          laidOut.has(op.ifm.buffer.key)
        );
        opCost = cost.cost;
        seen.truncate(keySize);
        if (!askedSlack) seen.set(cost);
        else {
          seen.set("by-slack");
          seen.push(slackBefore());
          seen.set(cost);
        }
      }
      stepCosts.push(opCost);
      addTraffic(stepTraffic, cost.traffic);
      const at = timeOf[t];
      const bufferBytes = cost.cost.weightBufferBytes;
      const coalesced = bufferBytes > 0 && cost.wholeBuffer && lastBuffer !== void 0 && lastBuffer.whole && lastBuffer.key === op.weights?.key && lastBuffer.bytes === bufferBytes;
      if (coalesced) {
        for (let h = lastBuffer.at + 1; h <= at; h++) take(weightBuffers, h, bufferBytes);
        for (let h = 2 * lastBuffer.at + 2; h <= 2 * at + 1; h++) take(peakBuffers2, h, bufferBytes);
      }
      lastBuffer = op.weights ? { key: op.weights.key, bytes: bufferBytes, whole: cost.wholeBuffer, at } : void 0;
      if (!coalesced && bufferBytes) {
        take(weightBuffers, at, bufferBytes);
        const before = t > 0 ? timeOf[t - 1] : -1;
        if (cost.prebufferBytes && before >= 0) take(weightBuffers, before, cost.prebufferBytes);
        take(peakBuffers2, 2 * at, bufferBytes);
        take(peakBuffers2, 2 * at + 1, cost.lastPartBytes || bufferBytes);
        if (cost.prebufferBytes && before >= 0) take(peakBuffers2, 2 * before + 1, cost.prebufferBytes);
      }
      prevSlack = cost.slack;
      prevWasNpu = true;
      prevFree = stagingFree - cost.lastPartBytes;
    });
    return { memOf: memOf2, stepCosts, stepTraffic, weightBuffers, peakBuffers: peakBuffers2 };
  };
  const rollingByHalfStep = new Map([...rolling].map(([t, bytes]) => [2 * t, bytes]));
  let where = place(rollingByHalfStep);
  let pass = costSteps(where);
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
  for (const c of pass.stepCosts) costs.push(c);
  addTraffic(traffic, pass.stepTraffic);
  const byMem = /* @__PURE__ */ new Map();
  for (const r of live.ranges.values()) {
    const m = memOf(r.buffer.key, r.buffer.constant);
    let list = byMem.get(m);
    if (!list) byMem.set(m, list = []);
    const reusedAt = handedOver.get(r.buffer.key)?.at;
    if (reusedAt === void 0 || r.end !== reusedAt) list.push(r);
    else if (r.start < reusedAt) list.push({ ...r, end: reusedAt - 1 });
  }
  const areas = /* @__PURE__ */ new Map();
  for (const [m, list] of byMem) {
    const area = AREA_KEY[m.area];
    const halves = list.map((r) => ({ start: 2 * r.start, end: 2 * r.end + 1, bytes: r.bytes }));
    areas.set(area, (areas.get(area) ?? 0) + peakUsage(halves, m === arch.stagingMem ? peakBuffers : void 0));
  }
  if (!byMem.has(arch.stagingMem) && peakBuffers.size > 0) {
    const area = AREA_KEY[arch.stagingMem.area];
    areas.set(area, (areas.get(area) ?? 0) + peakUsage([], peakBuffers));
  }
  if (arch.stagingMem !== arch.arenaMem) {
    const staging = AREA_KEY[arch.stagingMem.area];
    areas.set(staging, Math.min(areas.get(staging) ?? 0, arch.stagingLimit));
  }
  for (const [area, bytes] of areas) memUse[area] = Math.max(memUse[area], bytes);
}
function forEachIfm(op, fn) {
  fn(op.ifm);
  if (op.ifm2) fn(op.ifm2);
  if (op.extraIfms) for (const r of op.extraIfms) fn(r);
}
var DATA_LAYOUT2 = /* @__PURE__ */ new Set(["MemoryCopy", "Transpose"]);
var ELEMENTWISE_TYPES = new Set(
  "Abs LeakyRelu CLZ LogicalNot Not Neg Add Sub Mul Minimum Maximum SHL Shr Div LogicalAnd LogicalOr LogicalXor Xor And Or Asr Equal Greater GreaterEqual NotEqual Less LessEqual AndNot".split(" ")
);
function forEachFm(op, fn) {
  fn(op.ifm);
  if (op.ifm2) fn(op.ifm2);
  fn(op.ofm);
  if (op.extraIfms) for (const r of op.extraIfms) fn(r);
}
function costKey(memo2, names, op, memOf, prevWasNpu, first) {
  memo2.reset();
  const fm2 = (r, constant) => {
    if (!r) return memo2.push(-1);
    memo2.push(r.shape.h);
    memo2.push(r.shape.w);
    memo2.push(r.shape.c);
    memo2.push(r.bits);
    memo2.push(objectId(memOf(r.buffer.key, constant)));
    memo2.push(r.buffer.linear ? 1 : 0);
    memo2.push(r.buffer.shape.h);
    memo2.push(r.buffer.shape.w);
    memo2.push(r.buffer.shape.c);
    memo2.push(r.extent ? r.extent.h : -1);
    memo2.push(r.extent ? r.extent.w : -1);
    memo2.push(r.step ? r.step.h : -1);
    memo2.push(r.step ? r.step.w : -1);
  };
  const describe = (o) => {
    memo2.push(names.id(o.type));
    memo2.push(names.id(o.hw));
    fm2(o.ifm, o.ifm.buffer.constant);
    fm2(o.ifm2, o.ifm2?.buffer.constant ?? false);
    fm2(o.ofm, false);
    const k = o.kernel;
    memo2.push(k.w);
    memo2.push(k.h);
    memo2.push(k.strideX);
    memo2.push(k.strideY);
    memo2.push(k.dilationX);
    memo2.push(k.dilationY);
    memo2.push(names.id(o.activation));
    memo2.push(o.scaled ? 1 : 0);
    memo2.push(o.lutBytes);
    memo2.push(o.lutInActivation ? 1 : 0);
    memo2.push(o.packedActivation ? 1 : 0);
    memo2.push(o.elementwiseLike ? 1 : 0);
    memo2.push(o.writesInPlace ? 1 : 0);
    memo2.push(o.lutInputBits ?? -1);
    memo2.push(o.upscale);
    memo2.push(o.weights ? names.id(o.weights.key) : -1);
    memo2.push(o.transpose ? names.id(o.transpose) : -1);
    memo2.push(o.blockAs ? names.id(o.blockAs) : -1);
    memo2.push(o.fusedTranspose ? names.id(o.fusedTranspose) : -1);
    for (const pass of o.transposePasses ?? []) for (const d of [...pass.from, ...pass.to]) memo2.push(d);
  };
  describe(op);
  memo2.push(prevWasNpu ? 1 : 0);
  memo2.push(first ? 1 : 0);
  memo2.push(op.chainLinkBits ?? -1);
  memo2.push(op.chainLinkLinear ? 1 : 0);
  const chain = op.chained ?? [];
  memo2.push(chain.length);
  for (const c of chain) describe(c);
  const extra = op.extraIfms ?? [];
  memo2.push(extra.length);
  for (const r of extra) fm2(r, r.buffer.constant);
}
function ifmReuse(steps, model, sg, graph, cascadeSteps) {
  const readers = /* @__PURE__ */ new Map();
  const read = (key) => readers.set(key, (readers.get(key) ?? 0) + 1);
  for (const s2 of steps) {
    if ("npu" in s2) {
      const op = s2.npu;
      const k1 = op.ifm.buffer.key;
      read(k1);
      const k2 = op.ifm2?.buffer.key;
      if (k2 !== void 0) read(k2);
      for (const c of op.chained ?? []) {
        const c1 = c.ifm.buffer.key;
        read(c1);
        const c2 = c.ifm2?.buffer.key;
        if (c2 !== void 0) read(c2);
      }
    } else {
      for (const i of sg.operators[s2.cpu].inputs) {
        const b = i >= 0 ? cpuReadBuffer(model, sg, graph, i) : void 0;
        if (b) read(b.key);
      }
    }
  }
  const writers = /* @__PURE__ */ new Map();
  for (const s2 of steps)
    if ("npu" in s2) writers.set(s2.npu.ofm.buffer.key, (writers.get(s2.npu.ofm.buffer.key) ?? 0) + 1);
  const out = /* @__PURE__ */ new Map();
  steps.forEach((s2, t) => {
    if (!("npu" in s2)) return;
    const op = s2.npu;
    if (!isOneToOne(op) || cascadeSteps.has(t)) return;
    const o = op.ofm.buffer;
    if ((writers.get(o.key) ?? 0) > 1) return;
    const persistent = (b) => b.external && !b.isInput && !b.isOutput;
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
function cascadePlan(steps, model, sg, graph, limit, weightBuffer, weightBytes, exactBuffers) {
  const readers = /* @__PURE__ */ new Map();
  const writers = /* @__PURE__ */ new Map();
  const count2 = (m, key) => m.set(key, (m.get(key) ?? 0) + 1);
  for (const s2 of steps) {
    if ("npu" in s2) {
      const op = s2.npu;
      count2(writers, op.ofm.buffer.key);
      count2(readers, op.ifm.buffer.key);
      if (op.ifm2) count2(readers, op.ifm2.buffer.key);
      for (const r of op.extraIfms ?? []) count2(readers, r.buffer.key);
    } else {
      for (const i of sg.operators[s2.cpu].inputs) {
        const b = i >= 0 ? cpuReadBuffer(model, sg, graph, i) : void 0;
        if (b) count2(readers, b.key);
      }
    }
  }
  const same = (a, b) => a.h === b.h && a.w === b.w && a.c === b.c;
  const connectionShape = (f) => f.throughSlice ? f.buffer.shape : f.shape;
  const secondIsPrimary = (op) => {
    const b = op.ifm2;
    if (!b || op.hw !== "elementwise") return false;
    if (op.ifm.buffer.constant && !b.buffer.constant) return true;
    return !same(connectionShape(op.ifm), op.ofm.shape) && same(connectionShape(b), op.ofm.shape);
  };
  const ops = steps.map((s2) => "npu" in s2 ? s2.npu : void 0);
  const chainsToNext = ops.map((op, t) => {
    const next = ops[t + 1];
    if (!op || !next || secondIsPrimary(next)) return false;
    const b = op.ofm.buffer;
    const whole = op.shallowShape && next.shallowShape && same(op.ofm.shape, next.ifm.shape) ? op.ofm.shape : b.shape;
    return writers.get(b.key) === 1 && readers.get(b.key) === 1 && next.ifm.buffer === b && !b.linear && !b.external && !b.isOutput && same(op.ofm.shape, whole) && // The whole map, or the whole map inside a zero padding fused from a PAD (Vela pads in the kernel), or rows
    // of it through a moved SLICE (a slice across width or depth leaves the map linear).
    next.ifm.shape.c === whole.c && (next.ifm.shape.h >= whole.h || !!next.ifm.throughSlice) && next.ifm.shape.w >= whole.w;
  });
  return planSpillingCascades(ops, chainsToNext, limit, weightBuffer, weightBytes, exactBuffers);
}
function stripeWeights(arch, target, o, s2, sampleValues) {
  const cfg = blockConfig(arch, o, false, s2);
  let weightBytes = o.weights?.encodedBytes ?? 0;
  let scaleBytes2 = o.weights?.scaleBytes ?? 0;
  if (o.weights?.source) {
    const sizes = defaultSizes(target, o.weights, cfg, o.ifm.bits, o.kernel, arch.npu.cores, sampleValues);
    weightBytes = sizes.weightBytes;
    scaleBytes2 = sizes.scaleBytes;
  }
  return { cfg, weightBytes, scaleBytes: scaleBytes2, bytes: weightBytes + scaleBytes2 };
}
function minStripeWeightBuffer(arch, target, steps, t, stripe, prevStripe, free, sampleValues, slackOf, laidOut) {
  const step = steps[t];
  if (!("npu" in step) || !step.npu.weights) return 0;
  if (arch.constMem === arch.stagingMem || arch.constMem.area === arch.stagingMem.area) return 0;
  const op = step.npu;
  const w = op.weights;
  const reference = (o, s2) => {
    const { cfg, weightBytes, scaleBytes: scaleBytes2 } = stripeWeights(arch, target, o, s2, sampleValues);
    const q = baseQuery(arch, o, cfg, arch.arenaMem, o.ifm2 ? arch.arenaMem : void 0, arch.arenaMem);
    q.encodedWeightSize = weightBytes;
    q.encodedScaleSize = scaleBytes2;
    return { q, cfg, weightBytes, scaleBytes: scaleBytes2, cycles: measureCycles(q).cycles };
  };
  const ref = reference(op, stripe);
  const prev = t > 0 ? steps[t - 1] : void 0;
  const prevOp = prev && "npu" in prev ? prev.npu : void 0;
  const inCascade = prevStripe !== void 0 ? slackOf.get(t - 1) : void 0;
  const slack = prevOp ? inCascade ?? reference(prevOp, prevStripe).cycles : 0;
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
    /* @__PURE__ */ new Map(),
    free,
    stripe,
    false,
    () => void 0,
    void 0,
    void 0,
    laidOut.has(op.ifm.buffer.key)
  );
  slackOf.set(t, plan ? plan.ownSlack : ref.cycles);
  return plan && plan.slices.length === 2 ? ref.weightBytes + ref.scaleBytes : 0;
}

// src/engine/analyze.ts
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function analyzeModel(bytes, path, targets, options = {}) {
  const result = { path, sha256: sha256(bytes), velaCompiled: false, targets: [] };
  let model;
  try {
    model = readModel(bytes, { file: path });
  } catch (e) {
    if (isModelFileError(e)) result.error = { code: e.code, message: e.detail };
    else result.error = { code: "internal", message: `unexpected failure while reading: ${e.message}` };
    return result;
  }
  return analyzeReadModel(model, result, targets, options);
}
function analyzeReadModel(model, result, targets, options = {}) {
  result.description = model.description;
  const vela = velaCompiledReason(model);
  if (vela) {
    result.velaCompiled = true;
    result.error = { code: "vela-compiled", message: vela };
    return result;
  }
  for (const target of targets) {
    let placed;
    try {
      placed = placeOnTarget(model, target);
      if (options.performance !== false) estimateOnTarget(placed, model, target, options);
      result.targets.push(placed);
    } catch (e) {
      result.error = isModelFileError(e) ? { code: e.code, message: e.detail } : e instanceof PerfLimitError ? { code: e.code, message: `cannot estimate performance on ${target.id}: ${e.message}` } : { code: "internal", message: `analysis failed on ${target.id}: ${e.message}` };
      if (e instanceof PerfLimitError && placed) result.targets.push(placed);
    }
  }
  return result;
}
function placeOnTarget(model, target) {
  const operators = checkPlacement(model, target);
  return { target: target.id, ...summarisePlacement(operators), operators };
}
function estimateOnTarget(res, model, target, options) {
  res.performance = estimatePerformance(model, target, res.operators, {
    weightSampleValues: options.exactWeights ? Infinity : options.weightSampleValues
  });
}
function summarisePlacement(operators) {
  const npu = operators.filter((o) => o.placement === "NPU");
  const totalMacs = operators.reduce((a, o) => a + o.macs, 0);
  const npuMacs = npu.reduce((a, o) => a + o.macs, 0);
  const partitions = { npu: 0, cpu: 0 };
  let prev = null;
  let prevSg = -1;
  for (const o of operators) {
    if (o.placement !== prev || o.subgraph !== prevSg) {
      if (o.placement === "NPU") partitions.npu++;
      else partitions.cpu++;
    }
    prev = o.placement;
    prevSg = o.subgraph;
  }
  return {
    npuOperators: npu.length,
    cpuOperators: operators.length - npu.length,
    npuCoverage: operators.length ? npu.length / operators.length : 1,
    macCoverage: totalMacs ? npuMacs / totalMacs : 1,
    partitions
  };
}

export {
  TargetError,
  isTargetError,
  parseAccelerator,
  maxAddressOffset,
  MEM_AREAS,
  AXI_PORTS,
  SYSTEM_CONFIG_PREFIX,
  MEMORY_MODE_PREFIX,
  systemConfigNames,
  memoryModeNames,
  readSystemConfig,
  readMemoryMode,
  memoryRolesOf,
  usesOnePort,
  velaCompiledReason,
  checkPlacement,
  sha256,
  analyzeModel,
  analyzeReadModel,
  summarisePlacement
};
