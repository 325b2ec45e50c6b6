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

/** Reads and verifies a model. Throws ModelFileError for anything that is not a valid TFLite flatbuffer. */
export function readModel(bytes: Uint8Array, options: ReadOptions = {}): Model {
  const file = options.file ?? '<model>';
  sniffModelFile(bytes, file);
  // The accessors view vectors through typed arrays, which need aligned addresses; a view at an odd place in
  // its ArrayBuffer (e.g. a slice of a larger read) is copied once to a fresh, aligned buffer. (Not `.slice()`:
  // on a Node Buffer that is another view of the same memory.)
  if (bytes.byteOffset % 16 !== 0) bytes = new Uint8Array(bytes);
  verifyModelBuffer(bytes, file);
  try {
    return buildModel(bytes);
  } catch (e) {
    if (e instanceof ModelFileError) throw e;
    // The verifier should make this unreachable; keep the promise of a typed error regardless.
    throw new ModelFileError(file, 'bad-value', `unreadable model: ${(e as Error).message}`);
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

function buildModel(bytes: Uint8Array): Model {
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
      const data = offset + extSize <= bytes.length ? bytes.subarray(offset, offset + extSize) : undefined;
      buffers.push({ index: i, offset, size: extSize, data });
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
      tensors.push({
        index: t,
        name: ft.name() ?? '',
        shape: Array.from(ft.shapeArray() ?? []),
        ...(sig ? { shapeSignature: Array.from(sig) } : {}),
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
    fileSize: bytes.length,
  };
}
