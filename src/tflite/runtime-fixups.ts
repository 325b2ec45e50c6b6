// A copy of a model that the bundled TFLite runtime can run and read where it otherwise could not, computing what
// the original computes. Two fixes, each a field set in place (no other byte changes):
// - Converters write some per-channel tensors (biases, mostly) with a quantized_dimension past their rank: TFLite
//   Micro, which these models are made for, never reads it, but the full runtime refuses the whole model
//   ("quantized_dimension must be in range [0, 1). Was 3."). Where the axis cannot matter (one scale) or can only
//   be one (a single axis as long as the scales), it is set to that axis.
// - A segmentation model ending in ARG_MAX (or ARG_MIN) with int64 indices: the runtime computes them but cannot
//   hand int64 out. Such an output, read by no operator, is made int32 (tensor and operator alike): the same
//   indices.
// Used to run models in the runtime (output drift), never to write a model out.
import * as flatbuffers from 'flatbuffers';
import { ArgMaxOptions } from './generated/tflite/arg-max-options.js';
import { ArgMinOptions } from './generated/tflite/arg-min-options.js';
import { BuiltinOperator } from './generated/tflite/builtin-operator.js';
import { BuiltinOptions } from './generated/tflite/builtin-options.js';
import { Model as FbModel } from './generated/tflite/model.js';
import { TensorType } from './generated/tflite/tensor-type.js';
import { verifiedModelBytes } from './read.js';

/** vtable slot of QuantizationParameters.quantized_dimension (field 6: 4 + 2 * 6). */
const QUANTIZED_DIMENSION_SLOT = 16;
/** vtable slots of Tensor.type (field 1) and of Arg{Max,Min}Options.output_type (field 0). */
const TENSOR_TYPE_SLOT = 6;
const OUTPUT_TYPE_SLOT = 4;

export interface QuantizedDimensionFix {
  subgraph: number;
  tensor: number;
  /** The axis the file gave, and the one the copy gives. */
  from: number;
  to: number;
}

export interface IndexOutputFix {
  subgraph: number;
  operator: number;
  /** The output tensor, int64 in the file, int32 in the copy. */
  tensor: number;
}

/** What runtimeCopy changed. */
export interface RuntimeFixes {
  quantizedDimensions: QuantizedDimensionFix[];
  indexOutputs: IndexOutputFix[];
}

/** A fix found in the file, and the bytes to set: little-endian int32 or single bytes. */
type Patch = { at: number; int32?: number; byte?: number };

/**
 * Returns `bytes` itself when every tensor's quantized_dimension is within its rank (or absent), else a copy with
 * the out-of-range ones set to the only axis they can mean, and what changed. A tensor whose axis is ambiguous
 * (several scales, several axes as long) is left as it is: the runtime still refuses the model, as it should.
 * Throws ModelFileError for bytes that are not a valid model (checked first: nothing is read unverified).
 */
export function fixQuantizedDimensions(
  bytes: Uint8Array,
  file = '<model>',
): { bytes: Uint8Array; fixes: QuantizedDimensionFix[] } {
  const r = runtimeCopy(bytes, file, { indexOutputs: false });
  return { bytes: r.bytes, fixes: r.fixes.quantizedDimensions };
}

/**
 * Returns `bytes` itself when the runtime needs no fix, else a copy with both kinds fixed (see the top of this
 * file), and what changed. Throws ModelFileError for bytes that are not a valid model.
 */
export function runtimeCopy(
  bytes: Uint8Array,
  file = '<model>',
  which: { indexOutputs?: boolean } = {},
): { bytes: Uint8Array; fixes: RuntimeFixes } {
  const aligned = verifiedModelBytes(bytes, file);
  const bb = new flatbuffers.ByteBuffer(aligned);
  const model = FbModel.getRootAsModel(bb);
  const axes = quantizedDimensionFixes(model, bb);
  const indices = which.indexOutputs === false ? [] : indexOutputFixes(model, bb);
  const fixes: RuntimeFixes = {
    quantizedDimensions: axes.map((f) => f.fix),
    indexOutputs: indices.map((f) => f.fix),
  };
  const patches = [...axes, ...indices].flatMap((f) => f.patches);
  if (!patches.length) return { bytes, fixes };
  const copy = new Uint8Array(aligned);
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  for (const p of patches) {
    if (p.int32 !== undefined) view.setInt32(p.at, p.int32, true);
    else copy[p.at] = p.byte!;
  }
  return { bytes: copy, fixes };
}

function quantizedDimensionFixes(
  model: FbModel,
  bb: flatbuffers.ByteBuffer,
): { fix: QuantizedDimensionFix; patches: Patch[] }[] {
  const found: { fix: QuantizedDimensionFix; patches: Patch[] }[] = [];
  for (let s = 0; s < model.subgraphsLength(); s++) {
    const sg = model.subgraphs(s);
    if (!sg) continue;
    for (let t = 0; t < sg.tensorsLength(); t++) {
      const tensor = sg.tensors(t);
      const q = tensor?.quantization();
      if (!tensor || !q) continue;
      const slot = bb.__offset(q.bb_pos, QUANTIZED_DIMENSION_SLOT);
      if (!slot) continue; // absent: 0, always in range
      const from = q.quantizedDimension();
      const shape = Array.from(tensor.shapeArray() ?? []);
      if (from >= 0 && from < Math.max(1, shape.length)) continue;
      const scales = q.scaleLength();
      let to: number | undefined;
      if (scales <= 1) to = 0;
      else {
        const axes = shape.flatMap((d, axis) => (d === scales ? [axis] : []));
        if (axes.length === 1) to = axes[0];
      }
      if (to === undefined || to === from) continue;
      found.push({ fix: { subgraph: s, tensor: t, from, to }, patches: [{ at: q.bb_pos + slot, int32: to }] });
    }
  }
  return found;
}

/** ARG_MAX / ARG_MIN outputs in int64 that are graph outputs and read by no operator. */
function indexOutputFixes(model: FbModel, bb: flatbuffers.ByteBuffer): { fix: IndexOutputFix; patches: Patch[] }[] {
  const found: { fix: IndexOutputFix; patches: Patch[] }[] = [];
  for (let s = 0; s < model.subgraphsLength(); s++) {
    const sg = model.subgraphs(s);
    if (!sg) continue;
    const outputs = new Set(sg.outputsArray() ?? []);
    const read = new Set<number>();
    for (let o = 0; o < sg.operatorsLength(); o++) for (const i of sg.operators(o)?.inputsArray() ?? []) read.add(i);
    for (let o = 0; o < sg.operatorsLength(); o++) {
      const op = sg.operators(o);
      // Every index was checked by the verifier (the accessors do not bound a vector index).
      const code = op ? model.operatorCodes(op.opcodeIndex()) : null;
      if (!op || !code) continue;
      const builtin = Math.max(code.deprecatedBuiltinCode(), code.builtinCode());
      const options =
        builtin === BuiltinOperator.ARG_MAX && op.builtinOptionsType() === BuiltinOptions.ArgMaxOptions
          ? (op.builtinOptions(new ArgMaxOptions()) as ArgMaxOptions | null)
          : builtin === BuiltinOperator.ARG_MIN && op.builtinOptionsType() === BuiltinOptions.ArgMinOptions
            ? (op.builtinOptions(new ArgMinOptions()) as ArgMinOptions | null)
            : null;
      const out = op.outputsArray()?.[0];
      const tensor = options && out !== undefined ? sg.tensors(out) : null;
      if (!options || out === undefined || !tensor || !outputs.has(out) || read.has(out)) continue;
      const typeSlot = bb.__offset(tensor.bb_pos, TENSOR_TYPE_SLOT);
      const optionSlot = bb.__offset(options.bb_pos, OUTPUT_TYPE_SLOT);
      if (!typeSlot || !optionSlot || tensor.type() !== TensorType.INT64 || options.outputType() !== TensorType.INT64)
        continue;
      found.push({
        fix: { subgraph: s, operator: o, tensor: out },
        patches: [
          { at: tensor.bb_pos + typeSlot, byte: TensorType.INT32 },
          { at: options.bb_pos + optionSlot, byte: TensorType.INT32 },
        ],
      });
    }
  }
  return found;
}
