// Serialises the graph IR back to a .tflite file.
//
// The IR is first mapped onto the schema's shape (plain objects keyed by the generated camelCase field names, the
// same names the IR's decoded options already use), then one generic, schema-driven serialiser
// (generated/layout.ts) writes every table. Options tables therefore go back into their unions without a
// per-operator list, and new schema options need no code here.
//
// Not in the IR, so not written: sparsity parameters, custom/blockwise quantization details (written as an empty
// CustomQuantization so the tensor still reads back as `custom`), mutating_variable_inputs,
// custom_options_format, debug metadata indices, metadata_buffer and external buffer groups.
import * as flatbuffers from 'flatbuffers';
import type { Model, Operator, Quantization, Subgraph, Tensor } from '../graph/types.js';
import { FILE_IDENTIFIER, ROOT_TABLE, SCALAR_SIZE, TABLES, UNIONS, type ScalarType } from './generated/layout.js';
import { TensorType } from './generated/tflite/tensor-type.js';

export interface WriteOptions {
  /**
   * Store buffer data after the flatbuffer, referenced by Buffer.offset/size (the layout TFLite's converter uses
   * for models over 2 GB), instead of inside it.
   */
  externalBuffers?: boolean;
}

/** Alignment of buffer data, inside the flatbuffer (schema force_align) and after it (external layout). */
const DATA_ALIGN = 16;
/** Builtin codes above this are stored as the placeholder 127 in the int8 deprecated_builtin_code field. */
const PLACEHOLDER_FOR_GREATER_OP_CODES = 127;

type Obj = Record<string, unknown>;

// Module-level aliases for the per-field conversions: a global lookup per call is slow where code runs in a vm
// context (jest), and large models have hundreds of thousands of fields.
const toNumber = Number;
const toBigInt = BigInt;

export function writeModel(model: Model, opts: WriteOptions = {}): Uint8Array {
  if (!opts.externalBuffers) return serialise(schemaObject(model, null));

  // Buffer.offset and .size are fixed-width fields, so the flatbuffer's size does not depend on their values:
  // build once with placeholders to learn where the data will start, then again with the real offsets.
  const placeholders = model.buffers.map((b) => ((b.data?.length ?? 0) > 0 ? 2 : 0));
  const fbSize = serialise(schemaObject(model, placeholders)).length;
  const offsets: number[] = [];
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

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

// ---- IR -> schema-shaped objects ----------------------------------------------------------------------------------

/** Union type value of each member table, per union name (e.g. BuiltinOptions -> Conv2DOptions -> 1). */
const UNION_TYPE = new Map(
  UNIONS.map((u) => [u.name, new Map(u.members.map((table, i) => [TABLES[table].name, i + 1]))] as const),
);

function unionType(union: string, member: string, where: string): number {
  const v = UNION_TYPE.get(union)?.get(member);
  if (v === undefined) throw new Error(`writeModel: ${where}: ${member} is not a member of ${union}`);
  return v;
}

/** `externalOffsets` null: buffer data inline; otherwise the file offset of each buffer's data (0 for empty ones). */
function schemaObject(model: Model, externalOffsets: number[] | null): Obj {
  return {
    version: model.version,
    operatorCodes: model.operatorCodes.map((oc) => ({
      deprecatedBuiltinCode: Math.min(oc.builtinCode, PLACEHOLDER_FOR_GREATER_OP_CODES),
      customCode: oc.customCode,
      version: oc.version,
      builtinCode: oc.builtinCode,
    })),
    subgraphs: model.subgraphs.map(subgraphObject),
    description: model.description || undefined,
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
      subgraphIndex: sd.subgraphIndex,
    })),
  };
}

function subgraphObject(sg: Subgraph): Obj {
  return {
    tensors: sg.tensors.map((t) => tensorObject(t, sg)),
    inputs: sg.inputs,
    outputs: sg.outputs,
    operators: sg.operators.map((op) => operatorObject(op, sg)),
    name: sg.name || undefined,
  };
}

function tensorObject(t: Tensor, sg: Subgraph): Obj {
  const type = (TensorType as unknown as Record<string, number | undefined>)[t.dtype.toUpperCase()];
  if (type === undefined)
    throw new Error(
      `writeModel: tensor ${t.index} of subgraph ${sg.index} has a type that cannot be written (${t.dtype})`,
    );
  return {
    shape: t.shape,
    type,
    buffer: t.buffer,
    name: t.name,
    quantization: t.quantization ? quantizationObject(t.quantization) : undefined,
    isVariable: t.isVariable || undefined,
    shapeSignature: t.shapeSignature,
    // Every tensor has a rank but those the file left without one (a scalar's is 0), as today's converters write.
    hasRank: t.unknownRank ? undefined : true,
  };
}

function quantizationObject(q: Quantization): Obj {
  return {
    min: q.min,
    max: q.max,
    scale: q.scale,
    zeroPoint: q.zeroPoint,
    ...(q.custom
      ? { detailsType: unionType('QuantizationDetails', 'CustomQuantization', 'quantization'), details: {} }
      : {}),
    quantizedDimension: q.quantizedDimension,
  };
}

function operatorObject(op: Operator, sg: Subgraph): Obj {
  const where = `operator ${op.index} of subgraph ${sg.index}`;
  return {
    opcodeIndex: op.opcodeIndex,
    inputs: op.inputs,
    outputs: op.outputs,
    ...(op.optionsType
      ? {
          builtinOptionsType: unionType('BuiltinOptions', op.optionsType, where),
          builtinOptions: checkedOptions(op.optionsType, op.options, where),
        }
      : {}),
    customOptions: op.customOptions,
    intermediates: op.intermediates.length ? op.intermediates : undefined,
    ...(op.options2Type
      ? {
          builtinOptions2Type: unionType('BuiltinOptions2', op.options2Type, where),
          builtinOptions2: checkedOptions(op.options2Type, op.options2, where),
        }
      : {}),
  };
}

/** Field names of each table, for checking hand-made options. */
const TABLE_FIELDS = new Map(TABLES.map((t) => [t.name, new Set(t.slots.map((s) => s.js))] as const));

/**
 * Options as given, after checking every key is a field of the options table: a misspelt field (`stride` for
 * `strideW`) would otherwise be dropped silently and the model would carry the schema default instead.
 */
function checkedOptions(table: string, options: Obj | null, where: string): Obj {
  const fields = TABLE_FIELDS.get(table);
  for (const key of Object.keys(options ?? {}))
    if (fields && !fields.has(key))
      throw new Error(`writeModel: ${where}: ${table} has no field "${key}" (fields: ${[...fields].join(', ')})`);
  return options ?? {};
}

// ---- schema-driven serialiser -------------------------------------------------------------------------------------

function serialise(root: Obj): Uint8Array {
  const builder = new flatbuffers.Builder(initialSize(root));
  // Every field we are given is written, defaults included: the layout does not carry schema defaults, and an
  // explicit value always reads back as itself.
  builder.forceDefaults(true);
  const rootOffset = writeTable(builder, ROOT_TABLE, root);
  builder.finish(rootOffset, FILE_IDENTIFIER);
  return builder.asUint8Array().slice();
}

/** Enough room for the buffer data plus the graph, so the builder rarely has to grow (each growth copies). */
function initialSize(root: Obj): number {
  let bytes = 1 << 16;
  for (const b of (root.buffers as Obj[]) ?? [])
    bytes += ((b.data as Uint8Array | undefined)?.length ?? 0) + DATA_ALIGN;
  return Math.min(bytes, 0x7fffffff);
}

function writeTable(b: flatbuffers.Builder, tableIndex: number, obj: Obj): number {
  const slots = TABLES[tableIndex].slots;
  const offsets = new Array<number>(slots.length).fill(0);
  // Strings, vectors and sub-tables must be complete before the table that points at them is started.
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s];
    const value = obj[slot.js];
    if (value === undefined || value === null) continue;
    switch (slot.kind) {
      case 'string':
        offsets[s] = b.createString(value as string);
        break;
      case 'table':
        offsets[s] = writeTable(b, slot.ref!, value as Obj);
        break;
      case 'union': {
        const type = toNumber(obj[slots[s - 1].js] ?? 0);
        if (type > 0) offsets[s] = writeTable(b, UNIONS[slot.ref!].members[type - 1], value as Obj);
        break;
      }
      case 'vector-scalar':
        offsets[s] = writeScalarVector(b, slot.scalar!, slot.align ?? 1, value as ArrayLike<number | bigint | boolean>);
        break;
      case 'vector-string':
        offsets[s] = writeOffsetVector(
          b,
          (value as string[]).map((v) => b.createString(v)),
        );
        break;
      case 'vector-table':
        offsets[s] = writeOffsetVector(
          b,
          (value as Obj[]).map((v) => writeTable(b, slot.ref!, v)),
        );
        break;
      default:
        break;
    }
  }
  b.startObject(slots.length);
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s];
    if (slot.kind === 'scalar' || slot.kind === 'union-type') {
      const value = obj[slot.js];
      if (value === undefined || value === null) continue;
      if (slot.kind === 'union-type' && !offsets[s + 1]) continue;
      addScalarField(b, s, slot.scalar!, value as number | bigint | boolean);
    } else if (offsets[s]) b.addFieldOffset(s, offsets[s], 0);
  }
  return b.endObject();
}

function addScalarField(
  b: flatbuffers.Builder,
  slot: number,
  type: ScalarType,
  value: number | bigint | boolean,
): void {
  switch (type) {
    case 'bool':
      return b.addFieldInt8(slot, value ? 1 : 0, 0);
    case 'int8':
    case 'uint8':
      return b.addFieldInt8(slot, toNumber(value), 0);
    case 'int16':
    case 'uint16':
      return b.addFieldInt16(slot, toNumber(value), 0);
    case 'int32':
    case 'uint32':
      return b.addFieldInt32(slot, toNumber(value), 0);
    case 'int64':
    case 'uint64':
      return b.addFieldInt64(slot, toBigInt(value), 0n);
    case 'float32':
      return b.addFieldFloat32(slot, toNumber(value), 0);
    case 'float64':
      return b.addFieldFloat64(slot, toNumber(value), 0);
  }
}

function writeScalarVector(
  b: flatbuffers.Builder,
  type: ScalarType,
  align: number,
  values: ArrayLike<number | bigint | boolean>,
): number {
  const n = values.length;
  if (values instanceof Uint8Array || values instanceof Int8Array) {
    // Bulk copy; pad first so the data (written just below the length word) starts on `align` bytes.
    b.prep(Math.max(align, 4), n);
    return b.createByteVector(
      values instanceof Uint8Array ? values : new Uint8Array(values.buffer, values.byteOffset, n),
    );
  }
  const size = SCALAR_SIZE[type];
  b.startVector(size, n, Math.max(align, size));
  for (let i = n - 1; i >= 0; i--) {
    const v = values[i];
    switch (type) {
      case 'bool':
        b.addInt8(v ? 1 : 0);
        break;
      case 'int8':
      case 'uint8':
        b.addInt8(toNumber(v));
        break;
      case 'int16':
      case 'uint16':
        b.addInt16(toNumber(v));
        break;
      case 'int32':
      case 'uint32':
        b.addInt32(toNumber(v));
        break;
      case 'int64':
      case 'uint64':
        b.addInt64(toBigInt(v));
        break;
      case 'float32':
        b.addFloat32(toNumber(v));
        break;
      case 'float64':
        b.addFloat64(toNumber(v));
        break;
    }
  }
  return b.endVector();
}

function writeOffsetVector(b: flatbuffers.Builder, offsets: number[]): number {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i]);
  return b.endVector();
}
