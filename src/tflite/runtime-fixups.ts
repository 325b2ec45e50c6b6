// A copy of a model that the full TFLite runtime accepts where only its stricter checks refuse it. Converters
// write some per-channel tensors (biases, mostly) with a quantized_dimension past their rank: TFLite Micro, which
// these models are made for, never reads it, but the full runtime refuses the whole model ("quantized_dimension
// must be in range [0, 1). Was 3."). Where the axis cannot matter (one scale) or can only be one (a single axis
// as long as the scales), the field is set to that axis in place: no other byte changes, so the copy computes
// what the original does. Used to run models in the runtime (output drift), never to write a model out.
import * as flatbuffers from 'flatbuffers';
import { Model as FbModel } from './generated/tflite/model.js';
import { verifiedModelBytes } from './read.js';

/** vtable slot of QuantizationParameters.quantized_dimension (field 6: 4 + 2 * 6). */
const QUANTIZED_DIMENSION_SLOT = 16;

export interface QuantizedDimensionFix {
  subgraph: number;
  tensor: number;
  /** The axis the file gave, and the one the copy gives. */
  from: number;
  to: number;
}

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
  const aligned = verifiedModelBytes(bytes, file);
  const bb = new flatbuffers.ByteBuffer(aligned);
  const model = FbModel.getRootAsModel(bb);
  const found: (QuantizedDimensionFix & { at: number })[] = [];
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
      found.push({ subgraph: s, tensor: t, from, to, at: q.bb_pos + slot });
    }
  }
  const fixes = found.map(({ at: _at, ...fix }) => fix);
  if (!found.length) return { bytes, fixes };
  const copy = new Uint8Array(aligned);
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  for (const f of found) view.setInt32(f.at, f.to, true);
  return { bytes: copy, fixes };
}
