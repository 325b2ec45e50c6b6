import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ArgMaxOptions,
  ArgMinOptions,
  Model,
  require_flatbuffers,
  verifiedModelBytes
} from "./chunk-DB7Z7Q6U.js";
import {
  __toESM
} from "./chunk-K42QXW5D.js";

// src/graph/index-outputs.ts
function indexOutputPositions(model) {
  const sg = model.subgraphs[0];
  if (!sg) return /* @__PURE__ */ new Set();
  return new Set(
    sg.operators.filter((op) => op.type === "ARG_MAX" || op.type === "ARG_MIN").map((op) => sg.outputs.indexOf(op.outputs[0])).filter((position) => position >= 0)
  );
}

// src/tflite/runtime-fixups.ts
var flatbuffers = __toESM(require_flatbuffers(), 1);
var QUANTIZED_DIMENSION_SLOT = 16;
var TENSOR_TYPE_SLOT = 6;
var OUTPUT_TYPE_SLOT = 4;
function runtimeCopy(bytes, file = "<model>", which = {}) {
  const aligned = verifiedModelBytes(bytes, file);
  const bb = new flatbuffers.ByteBuffer(aligned);
  const model = Model.getRootAsModel(bb);
  const axes = quantizedDimensionFixes(model, bb);
  const indices = which.indexOutputs === false ? [] : indexOutputFixes(model, bb);
  const fixes = {
    quantizedDimensions: axes.map((f) => f.fix),
    indexOutputs: indices.map((f) => f.fix)
  };
  const patches = [...axes, ...indices].flatMap((f) => f.patches);
  if (!patches.length) return { bytes, fixes };
  const copy = new Uint8Array(aligned);
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  for (const p of patches) {
    if (p.int32 !== void 0) view.setInt32(p.at, p.int32, true);
    else copy[p.at] = p.byte;
  }
  return { bytes: copy, fixes };
}
function quantizedDimensionFixes(model, bb) {
  const found = [];
  for (let s = 0; s < model.subgraphsLength(); s++) {
    const sg = model.subgraphs(s);
    if (!sg) continue;
    for (let t = 0; t < sg.tensorsLength(); t++) {
      const tensor = sg.tensors(t);
      const q = tensor?.quantization();
      if (!tensor || !q) continue;
      const slot = bb.__offset(q.bb_pos, QUANTIZED_DIMENSION_SLOT);
      if (!slot) continue;
      const from = q.quantizedDimension();
      const shape = Array.from(tensor.shapeArray() ?? []);
      if (from >= 0 && from < Math.max(1, shape.length)) continue;
      const scales = q.scaleLength();
      let to;
      if (scales <= 1) to = 0;
      else {
        const axes = shape.flatMap((d, axis) => d === scales ? [axis] : []);
        if (axes.length === 1) to = axes[0];
      }
      if (to === void 0 || to === from) continue;
      found.push({ fix: { subgraph: s, tensor: t, from, to }, patches: [{ at: q.bb_pos + slot, int32: to }] });
    }
  }
  return found;
}
function indexOutputFixes(model, bb) {
  const found = [];
  for (let s = 0; s < model.subgraphsLength(); s++) {
    const sg = model.subgraphs(s);
    if (!sg) continue;
    const outputs = new Set(sg.outputsArray() ?? []);
    const read = /* @__PURE__ */ new Set();
    for (let o = 0; o < sg.operatorsLength(); o++) for (const i of sg.operators(o)?.inputsArray() ?? []) read.add(i);
    for (let o = 0; o < sg.operatorsLength(); o++) {
      const op = sg.operators(o);
      const code = op ? model.operatorCodes(op.opcodeIndex()) : null;
      if (!op || !code) continue;
      const builtin = Math.max(code.deprecatedBuiltinCode(), code.builtinCode());
      const options = builtin === 56 /* ARG_MAX */ && op.builtinOptionsType() === 40 /* ArgMaxOptions */ ? op.builtinOptions(new ArgMaxOptions()) : builtin === 79 /* ARG_MIN */ && op.builtinOptionsType() === 57 /* ArgMinOptions */ ? op.builtinOptions(new ArgMinOptions()) : null;
      const out = op.outputsArray()?.[0];
      const tensor = options && out !== void 0 ? sg.tensors(out) : null;
      if (!options || out === void 0 || !tensor || !outputs.has(out) || read.has(out)) continue;
      const typeSlot = bb.__offset(tensor.bb_pos, TENSOR_TYPE_SLOT);
      const optionSlot = bb.__offset(options.bb_pos, OUTPUT_TYPE_SLOT);
      if (!typeSlot || !optionSlot || tensor.type() !== 4 /* INT64 */ || options.outputType() !== 4 /* INT64 */)
        continue;
      found.push({
        fix: { subgraph: s, operator: o, tensor: out },
        patches: [
          { at: tensor.bb_pos + typeSlot, byte: 2 /* INT32 */ },
          { at: options.bb_pos + optionSlot, byte: 2 /* INT32 */ }
        ]
      });
    }
  }
  return found;
}

// src/optimize/seeded-random.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

export {
  indexOutputPositions,
  runtimeCopy,
  seededRandom
};
