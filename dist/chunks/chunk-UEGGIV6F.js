import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  FILE_IDENTIFIER,
  ROOT_TABLE,
  SCALAR_SIZE,
  TABLES,
  TensorType,
  UNIONS,
  require_flatbuffers
} from "./chunk-DB7Z7Q6U.js";
import {
  __toESM
} from "./chunk-K42QXW5D.js";

// src/tflite/write.ts
var flatbuffers = __toESM(require_flatbuffers(), 1);
var DATA_ALIGN = 16;
var PLACEHOLDER_FOR_GREATER_OP_CODES = 127;
var toNumber = Number;
var toBigInt = BigInt;
function writeModel(model, opts = {}) {
  if (!opts.externalBuffers) return serialise(schemaObject(model, null));
  const placeholders = model.buffers.map((b) => (b.data?.length ?? 0) > 0 ? 2 : 0);
  const fbSize = serialise(schemaObject(model, placeholders)).length;
  const offsets = [];
  let cursor = alignUp(fbSize, DATA_ALIGN);
  for (const b of model.buffers) {
    const n = b.data?.length ?? 0;
    offsets.push(n > 0 ? cursor : 0);
    if (n > 0) cursor = alignUp(cursor + n, DATA_ALIGN);
  }
  const fb = serialise(schemaObject(model, offsets));
  if (fb.length !== fbSize)
    throw new Error(`writeModel: flatbuffer size changed between passes (${fbSize} -> ${fb.length})`);
  const out = new Uint8Array(cursor);
  out.set(fb, 0);
  model.buffers.forEach((b, i) => {
    if (b.data && b.data.length > 0) out.set(b.data, offsets[i]);
  });
  return out;
}
var alignUp = (n, a) => Math.ceil(n / a) * a;
var UNION_TYPE = new Map(
  UNIONS.map((u) => [u.name, new Map(u.members.map((table, i) => [TABLES[table].name, i + 1]))])
);
function unionType(union, member, where) {
  const v = UNION_TYPE.get(union)?.get(member);
  if (v === void 0) throw new Error(`writeModel: ${where}: ${member} is not a member of ${union}`);
  return v;
}
function schemaObject(model, externalOffsets) {
  return {
    version: model.version,
    operatorCodes: model.operatorCodes.map((oc) => ({
      deprecatedBuiltinCode: Math.min(oc.builtinCode, PLACEHOLDER_FOR_GREATER_OP_CODES),
      customCode: oc.customCode,
      version: oc.version,
      builtinCode: oc.builtinCode
    })),
    subgraphs: model.subgraphs.map(subgraphObject),
    description: model.description || void 0,
    buffers: model.buffers.map((b, i) => {
      if (!b.data || b.data.length === 0) return {};
      if (externalOffsets) return { offset: externalOffsets[i], size: b.data.length };
      return { data: b.data };
    }),
    metadata: model.metadata.map((m) => ({ name: m.name, buffer: m.buffer })),
    signatureDefs: model.signatureDefs.map((sd) => ({
      inputs: sd.inputs.map((t) => ({ name: t.name, tensorIndex: t.tensorIndex })),
      outputs: sd.outputs.map((t) => ({ name: t.name, tensorIndex: t.tensorIndex })),
      signatureKey: sd.key,
      subgraphIndex: sd.subgraphIndex
    }))
  };
}
function subgraphObject(sg) {
  return {
    tensors: sg.tensors.map((t) => tensorObject(t, sg)),
    inputs: sg.inputs,
    outputs: sg.outputs,
    operators: sg.operators.map((op) => operatorObject(op, sg)),
    name: sg.name || void 0
  };
}
function tensorObject(t, sg) {
  const type = TensorType[t.dtype.toUpperCase()];
  if (type === void 0)
    throw new Error(
      `writeModel: tensor ${t.index} of subgraph ${sg.index} has a type that cannot be written (${t.dtype})`
    );
  return {
    shape: t.shape,
    type,
    buffer: t.buffer,
    name: t.name,
    quantization: t.quantization ? quantizationObject(t.quantization) : void 0,
    isVariable: t.isVariable || void 0,
    shapeSignature: t.shapeSignature,
    // Every tensor has a rank but those the file left without one (a scalar's is 0), as today's converters write.
    hasRank: t.unknownRank ? void 0 : true
  };
}
function quantizationObject(q) {
  return {
    min: q.min,
    max: q.max,
    scale: q.scale,
    zeroPoint: q.zeroPoint,
    ...q.custom ? { detailsType: unionType("QuantizationDetails", "CustomQuantization", "quantization"), details: {} } : {},
    quantizedDimension: q.quantizedDimension
  };
}
function operatorObject(op, sg) {
  const where = `operator ${op.index} of subgraph ${sg.index}`;
  return {
    opcodeIndex: op.opcodeIndex,
    inputs: op.inputs,
    outputs: op.outputs,
    ...op.optionsType ? {
      builtinOptionsType: unionType("BuiltinOptions", op.optionsType, where),
      builtinOptions: checkedOptions(op.optionsType, op.options, where)
    } : {},
    customOptions: op.customOptions,
    intermediates: op.intermediates.length ? op.intermediates : void 0,
    ...op.options2Type ? {
      builtinOptions2Type: unionType("BuiltinOptions2", op.options2Type, where),
      builtinOptions2: checkedOptions(op.options2Type, op.options2, where)
    } : {}
  };
}
var TABLE_FIELDS = new Map(TABLES.map((t) => [t.name, new Set(t.slots.map((s) => s.js))]));
function checkedOptions(table, options, where) {
  const fields = TABLE_FIELDS.get(table);
  for (const key of Object.keys(options ?? {}))
    if (fields && !fields.has(key))
      throw new Error(`writeModel: ${where}: ${table} has no field "${key}" (fields: ${[...fields].join(", ")})`);
  return options ?? {};
}
function serialise(root) {
  const builder = new flatbuffers.Builder(initialSize(root));
  builder.forceDefaults(true);
  const rootOffset = writeTable(builder, ROOT_TABLE, root);
  builder.finish(rootOffset, FILE_IDENTIFIER);
  return builder.asUint8Array().slice();
}
function initialSize(root) {
  let bytes = 1 << 16;
  for (const b of root.buffers ?? [])
    bytes += (b.data?.length ?? 0) + DATA_ALIGN;
  return Math.min(bytes, 2147483647);
}
function writeTable(b, tableIndex, obj) {
  const slots = TABLES[tableIndex].slots;
  const offsets = new Array(slots.length).fill(0);
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s];
    const value = obj[slot.js];
    if (value === void 0 || value === null) continue;
    switch (slot.kind) {
      case "string":
        offsets[s] = b.createString(value);
        break;
      case "table":
        offsets[s] = writeTable(b, slot.ref, value);
        break;
      case "union": {
        const type = toNumber(obj[slots[s - 1].js] ?? 0);
        if (type > 0) offsets[s] = writeTable(b, UNIONS[slot.ref].members[type - 1], value);
        break;
      }
      case "vector-scalar":
        offsets[s] = writeScalarVector(b, slot.scalar, slot.align ?? 1, value);
        break;
      case "vector-string":
        offsets[s] = writeOffsetVector(
          b,
          value.map((v) => b.createString(v))
        );
        break;
      case "vector-table":
        offsets[s] = writeOffsetVector(
          b,
          value.map((v) => writeTable(b, slot.ref, v))
        );
        break;
      default:
        break;
    }
  }
  b.startObject(slots.length);
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s];
    if (slot.kind === "scalar" || slot.kind === "union-type") {
      const value = obj[slot.js];
      if (value === void 0 || value === null) continue;
      if (slot.kind === "union-type" && !offsets[s + 1]) continue;
      addScalarField(b, s, slot.scalar, value);
    } else if (offsets[s]) b.addFieldOffset(s, offsets[s], 0);
  }
  return b.endObject();
}
function addScalarField(b, slot, type, value) {
  switch (type) {
    case "bool":
      return b.addFieldInt8(slot, value ? 1 : 0, 0);
    case "int8":
    case "uint8":
      return b.addFieldInt8(slot, toNumber(value), 0);
    case "int16":
    case "uint16":
      return b.addFieldInt16(slot, toNumber(value), 0);
    case "int32":
    case "uint32":
      return b.addFieldInt32(slot, toNumber(value), 0);
    case "int64":
    case "uint64":
      return b.addFieldInt64(slot, toBigInt(value), 0n);
    case "float32":
      return b.addFieldFloat32(slot, toNumber(value), 0);
    case "float64":
      return b.addFieldFloat64(slot, toNumber(value), 0);
  }
}
function writeScalarVector(b, type, align, values) {
  const n = values.length;
  if (values instanceof Uint8Array || values instanceof Int8Array) {
    b.prep(Math.max(align, 4), n);
    return b.createByteVector(
      values instanceof Uint8Array ? values : new Uint8Array(values.buffer, values.byteOffset, n)
    );
  }
  const size = SCALAR_SIZE[type];
  b.startVector(size, n, Math.max(align, size));
  for (let i = n - 1; i >= 0; i--) {
    const v = values[i];
    switch (type) {
      case "bool":
        b.addInt8(v ? 1 : 0);
        break;
      case "int8":
      case "uint8":
        b.addInt8(toNumber(v));
        break;
      case "int16":
      case "uint16":
        b.addInt16(toNumber(v));
        break;
      case "int32":
      case "uint32":
        b.addInt32(toNumber(v));
        break;
      case "int64":
      case "uint64":
        b.addInt64(toBigInt(v));
        break;
      case "float32":
        b.addFloat32(toNumber(v));
        break;
      case "float64":
        b.addFloat64(toNumber(v));
        break;
    }
  }
  return b.endVector();
}
function writeOffsetVector(b, offsets) {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i]);
  return b.endVector();
}

export {
  writeModel
};
