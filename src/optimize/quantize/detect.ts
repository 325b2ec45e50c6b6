// Which models the quantizer is for: float models (float activations throughout, weights float or compressed as
// float16 / hybrid int8), as opposed to models that already run integer activations, even partly.
import type { Model } from '../../graph/types.js';
import { isConstant } from './tensor-data.js';

const INTEGER_ACTIVATIONS = new Set(['int8', 'uint8', 'int16']);

/** True when subgraph 0 computes in float: some operator writes a float32 tensor and no activation is integer. */
export function isFloatModel(model: Model): boolean {
  const sg = model.subgraphs[0];
  if (!sg) return false;
  let floatOutputs = false;
  for (const op of sg.operators)
    for (const o of op.outputs) {
      if (o < 0) continue;
      const t = sg.tensors[o];
      if (t.dtype === 'float32') floatOutputs = true;
    }
  if (!floatOutputs) return false;
  return !sg.tensors.some((t) => INTEGER_ACTIVATIONS.has(t.dtype) && t.quantization && !isConstant(model, t));
}
