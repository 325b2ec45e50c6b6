// Builds the graph IR (src/graph/types.ts) from the bytes of a .tflite file.
//
// Why generated bindings: the official schema changes often (new operators and options every release);
// flatc-generated accessors from shared/tflite/schema.fbs keep every field and option table exact, and the
// same bindings give the writer for free. The flatbuffers JS runtime trusts every offset, so nothing here
// touches the bytes before verifyModelBuffer (./verify.ts) has checked the whole buffer against the schema.
import * as flatbuffers from 'flatbuffers';
import { Model as FbModel } from './generated/tflite/model.js';
import { BuiltinOperator } from './generated/tflite/builtin-operator.js';
import { BuiltinOptions, unionToBuiltinOptions } from './generated/tflite/builtin-options.js';
import { BuiltinOptions2, unionToBuiltinOptions2 } from './generated/tflite/builtin-options2.js';
import { TensorType } from './generated/tflite/tensor-type.js';
import type {
  Buffer,
  DType,
  Model,
  Operator,
  OperatorCode,
  Options,
  Quantization,
  Subgraph,
  Tensor,
} from '../graph/types.js';
import { computeMacs } from '../graph/macs.js';
import { ModelFileError } from './errors.js';
import { verifyModelBuffer } from './verify.js';
import { sniffModelFile } from './sniff.js';

export interface ReadOptions {
  /** File name used in error messages. */
  file?: string;
}

/**
 * Reads byte ranges of the model file on demand. The edge (src/io) supplies it; the core never touches the file
 * system. Returns exactly `size` bytes or throws.
 */
export type RangeLoader = (offset: number, size: number) => Uint8Array;

export interface PrefixReadOptions extends ReadOptions {
  /** Size of the whole file; the bytes passed are its first bytes. */
  fileSize: number;
  /** Reads external buffers (stored after the flatbuffer) that lie beyond the bytes passed, when first used. */
  load: RangeLoader;
}

/** The outcome of readModelPrefix: the model, or how many leading bytes of the file it needs to see. */
export type PrefixReadResult = { model: Model } | { needBytes: number };

/** The flatbuffer part of a file must be addressable by signed 32-bit offsets (TFLite's own limit). */
export const MAX_FLATBUFFER_BYTES = 0x7fffffff;

/** Reads and verifies a model. Throws ModelFileError for anything that is not a valid TFLite flatbuffer. */
export function readModel(bytes: Uint8Array, options: ReadOptions = {}): Model {
  const file = options.file ?? '<model>';
  const checked = verifiedModelBytes(bytes, file);
  return buildChecked(checked, file, checked.length, null);
}

/**
 * The bytes of a whole model file, verified against the schema, for the generated accessors: the same bytes, or
 * an aligned copy. Throws ModelFileError for anything that is not a valid TFLite flatbuffer.
 */
export function verifiedModelBytes(bytes: Uint8Array, file: string): Uint8Array {
  sniffModelFile(bytes, file);
  // The accessors view vectors through typed arrays, which need aligned addresses; a view at an odd place in
  // its ArrayBuffer (e.g. a slice of a larger read) is copied once to a fresh, aligned buffer. (Not `.slice()`:
  // on a Node Buffer that is another view of the same memory.)
  const aligned = bytes.byteOffset % 16 === 0 ? bytes : new Uint8Array(bytes);
  verifyModelBuffer(aligned, file);
  return aligned;
}

function buildChecked(bytes: Uint8Array, file: string, fileSize: number, lazy: LazyBuffers | null): Model {
  try {
    return buildModel(bytes, fileSize, lazy);
  } catch (e) {
    if (e instanceof ModelFileError) throw e;
    // The verifier should make this unreachable; keep the promise of a typed error regardless.
    throw new ModelFileError(file, 'bad-value', `unreadable model: ${(e as Error).message}`);
  }
}

/**
 * Reads a model from the first bytes of its file, for files whose weights sit after the flatbuffer (the > 2 GB
 * layout): external buffers beyond `prefix` are not read here; their `data` is read through `options.load` when
 * first used, and only the most recently used one is kept, so memory holds the flatbuffer part plus one buffer.
 *
 * Returns `{ needBytes }` when `prefix` does not yet cover the whole flatbuffer part (everything before the first
 * external buffer); call again with that many leading bytes. A file without external buffers needs all its bytes.
 * Throws ModelFileError like readModel, with external ranges checked against `fileSize`.
 */
export function readModelPrefix(prefix: Uint8Array, options: PrefixReadOptions): PrefixReadResult {
  const file = options.file ?? '<model>';
  const { fileSize } = options;
  if (!Number.isSafeInteger(fileSize) || fileSize < prefix.length)
    throw new RangeError(`readModelPrefix: fileSize ${fileSize} is smaller than the ${prefix.length} bytes given`);
  sniffModelFile(prefix, file);
  if (prefix.length === fileSize) return { model: readModel(prefix, options) };

  // Verify the prefix with external ranges checked against the whole file; an offset that points past the
  // prefix fails the structural walk, and a longer prefix is read.
  const view = prefix.byteOffset % 16 === 0 ? prefix : new Uint8Array(prefix);
  const canGrow = prefix.length < Math.min(fileSize, MAX_FLATBUFFER_BYTES);
  try {
    verifyModelBuffer(view, file, fileSize);
  } catch (e) {
    if (e instanceof ModelFileError && canGrow) return { needBytes: grow(prefix.length, fileSize) };
    throw e;
  }
  // Everything before the first external buffer is the flatbuffer part: have all of it before building.
  const start = firstExternalOffset(view);
  if (start === null) {
    // No external buffers, yet the file goes on: it is one flatbuffer, read all of it.
    if (canGrow) return { needBytes: grow(prefix.length, fileSize) };
    throw new ModelFileError(file, 'too-large', `${fileSize} bytes without external buffers: a flatbuffer is < 2 GB`);
  }
  if (start > prefix.length) {
    if (start > MAX_FLATBUFFER_BYTES)
      throw new ModelFileError(file, 'too-large', `the flatbuffer part (${start} bytes) exceeds 2 GB`);
    return { needBytes: start };
  }
  return { model: buildChecked(view, file, fileSize, new LazyBuffers(options.load, file)) };
}

/** Grows a prefix fourfold, so the bytes read in all attempts stay within 4/3 of the last prefix. */
const grow = (have: number, fileSize: number): number =>
  Math.min(fileSize, MAX_FLATBUFFER_BYTES, Math.max(4 * have, 4096));

/** The smallest file offset of an external buffer, or null when there is none (bytes already verified). */
function firstExternalOffset(bytes: Uint8Array): number | null {
  const fm = FbModel.getRootAsModel(new flatbuffers.ByteBuffer(bytes));
  let first: number | null = null;
  for (let i = 0; i < fm.buffersLength(); i++) {
    const b = fm.buffers(i)!;
    const offset = Number(b.offset());
    if (offset > 1 && b.size() > 0n && (first === null || offset < first)) first = offset;
  }
  return first;
}

/**
 * External buffers read on first use. One buffer is kept (consumers often read the same weights several times in a
 * row); reading another releases it, which bounds what the model itself holds to the largest single buffer.
 */
class LazyBuffers {
  private lastIndex = -1;
  private lastData: Uint8Array | undefined;
  constructor(
    private readonly load: RangeLoader,
    private readonly file: string,
  ) {}

  attach(buffer: Buffer): void {
    const { index, offset, size } = buffer;
    Object.defineProperty(buffer, 'data', {
      enumerable: true,
      configurable: true,
      get: (): Uint8Array => {
        if (this.lastIndex === index && this.lastData) return this.lastData;
        // Let go of the previous buffer before reading the next, so both need not be held at once.
        this.lastData = undefined;
        this.lastIndex = -1;
        const data = this.load(offset!, size);
        if (data.length !== size)
          throw new ModelFileError(this.file, 'truncated', `buffer ${index}: read ${data.length} of ${size} bytes`);
        this.lastIndex = index;
        this.lastData = data;
        return data;
      },
    });
  }
}

function dtypeName(t: number): DType {
  const name = TensorType[t] as string | undefined;
  return name ? (name.toLowerCase() as DType) : 'unknown';
}

function builtinName(code: number): string {
  return (BuiltinOperator[code] as string | undefined) ?? `UNKNOWN_${code}`;
}

/** Copies a generated object-API value into plain JSON-safe data (bigint -> number, typed arrays -> arrays). */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number | bigint>, (v) => Number(v));
  if (Array.isArray(value)) return value.map(plain);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = plain(v);
  return out;
}

/**
 * `bytes`: the file, or its first bytes (at least the whole flatbuffer part) when `fileSize` is larger. External
 * buffers beyond them get their bytes from `lazy`, or none without it.
 */
function buildModel(bytes: Uint8Array, fileSize: number, lazy: LazyBuffers | null): Model {
  const bb = new flatbuffers.ByteBuffer(bytes);
  const fm = FbModel.getRootAsModel(bb);

  const operatorCodes: OperatorCode[] = [];
  for (let i = 0; i < fm.operatorCodesLength(); i++) {
    const oc = fm.operatorCodes(i)!;
    // Old files only set the int8 deprecated_builtin_code; new ones set both. The larger is the real code.
    const code = Math.max(oc.deprecatedBuiltinCode(), oc.builtinCode());
    const customCode = oc.customCode() ?? undefined;
    operatorCodes.push({ type: builtinName(code), builtinCode: code, customCode, version: oc.version() });
  }

  const buffers: Buffer[] = [];
  for (let i = 0; i < fm.buffersLength(); i++) {
    const b = fm.buffers(i)!;
    const offset = Number(b.offset());
    const extSize = Number(b.size());
    if (offset > 1) {
      if (offset + extSize <= bytes.length) {
        buffers.push({ index: i, offset, size: extSize, data: bytes.subarray(offset, offset + extSize) });
      } else {
        const buffer: Buffer = { index: i, offset, size: extSize };
        if (lazy && extSize > 0) lazy.attach(buffer);
        else buffer.data = undefined;
        buffers.push(buffer);
      }
    } else {
      const data = b.dataArray() ?? undefined;
      buffers.push({ index: i, size: data?.length ?? 0, data: data && data.length > 0 ? data : undefined });
    }
  }

  const subgraphs: Subgraph[] = [];
  for (let s = 0; s < fm.subgraphsLength(); s++) {
    const sg = fm.subgraphs(s)!;
    const tensors: Tensor[] = [];
    for (let t = 0; t < sg.tensorsLength(); t++) {
      const ft = sg.tensors(t)!;
      const q = ft.quantization();
      let quantization: Quantization | undefined;
      if (q) {
        const scale = Array.from(q.scaleArray() ?? []);
        const zeroPoint: number[] = [];
        for (let z = 0; z < q.zeroPointLength(); z++) zeroPoint.push(Number(q.zeroPoint(z)));
        const min = q.minArray();
        const max = q.maxArray();
        const custom = q.detailsType() !== 0;
        if (scale.length || zeroPoint.length || min || max || custom) {
          quantization = {
            scale,
            zeroPoint,
            quantizedDimension: q.quantizedDimension(),
            ...(min ? { min: Array.from(min) } : {}),
            ...(max ? { max: Array.from(max) } : {}),
            ...(custom ? { custom } : {}),
          };
        }
      }
      const sig = ft.shapeSignatureArray();
      const shape = Array.from(ft.shapeArray() ?? []);
      const unknownRank = shape.length === 0 && !ft.hasRank() && !(buffers[ft.buffer()]?.size ?? 0);
      tensors.push({
        index: t,
        name: ft.name() ?? '',
        shape,
        ...(sig ? { shapeSignature: Array.from(sig) } : {}),
        ...(unknownRank ? { unknownRank } : {}),
        dtype: dtypeName(ft.type()),
        buffer: ft.buffer(),
        quantization,
        isVariable: ft.isVariable(),
        hasSparsity: ft.sparsity() !== null,
      });
    }
    const operators: Operator[] = [];
    for (let o = 0; o < sg.operatorsLength(); o++) {
      const fo = sg.operators(o)!;
      const oc = operatorCodes[fo.opcodeIndex()];
      const optType = fo.builtinOptionsType();
      let options: Options | null = null;
      if (optType !== BuiltinOptions.NONE) {
        const table = unionToBuiltinOptions(optType, (obj) => fo.builtinOptions(obj));
        options = table ? (plain(table.unpack()) as Options) : null;
      }
      const opt2Type = fo.builtinOptions2Type();
      let options2: Options | null = null;
      if (opt2Type !== BuiltinOptions2.NONE) {
        const table = unionToBuiltinOptions2(opt2Type, (obj) => fo.builtinOptions2(obj));
        options2 = table ? (plain(table.unpack()) as Options) : null;
      }
      const custom = fo.customOptionsArray();
      operators.push({
        index: o,
        opcodeIndex: fo.opcodeIndex(),
        type: oc.type,
        ...(oc.customCode !== undefined ? { customCode: oc.customCode } : {}),
        inputs: Array.from(fo.inputsArray() ?? []),
        outputs: Array.from(fo.outputsArray() ?? []),
        intermediates: Array.from(fo.intermediatesArray() ?? []),
        optionsType: optType !== BuiltinOptions.NONE ? (BuiltinOptions[optType] ?? null) : null,
        options,
        options2Type: opt2Type !== BuiltinOptions2.NONE ? (BuiltinOptions2[opt2Type] ?? null) : null,
        options2,
        ...(custom && custom.length ? { customOptions: custom } : {}),
        macs: 0,
      });
    }
    const subgraph: Subgraph = {
      index: s,
      name: sg.name() ?? '',
      tensors,
      inputs: Array.from(sg.inputsArray() ?? []),
      outputs: Array.from(sg.outputsArray() ?? []),
      operators,
    };
    for (const op of operators) op.macs = computeMacs(op, subgraph);
    subgraphs.push(subgraph);
  }

  const metadata = [];
  for (let i = 0; i < fm.metadataLength(); i++) {
    const m = fm.metadata(i)!;
    metadata.push({ name: m.name() ?? '', buffer: m.buffer() });
  }
  const signatureDefs = [];
  for (let i = 0; i < fm.signatureDefsLength(); i++) {
    const sd = fm.signatureDefs(i)!;
    const inputs = [];
    for (let j = 0; j < sd.inputsLength(); j++)
      inputs.push({ name: sd.inputs(j)!.name() ?? '', tensorIndex: sd.inputs(j)!.tensorIndex() });
    const outputs = [];
    for (let j = 0; j < sd.outputsLength(); j++)
      outputs.push({ name: sd.outputs(j)!.name() ?? '', tensorIndex: sd.outputs(j)!.tensorIndex() });
    signatureDefs.push({ key: sd.signatureKey() ?? '', subgraphIndex: sd.subgraphIndex(), inputs, outputs });
  }

  return {
    version: fm.version(),
    description: fm.description() ?? '',
    subgraphs,
    buffers,
    operatorCodes,
    metadata,
    signatureDefs,
    fileSize,
  };
}
