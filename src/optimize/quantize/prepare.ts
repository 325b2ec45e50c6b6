// Turns a float model with compressed weights back into a plain float model before quantization: DEQUANTIZE
// operators of constants (float16 weights) are folded into float32 constants, and hybrid (dynamic-range) int8
// weights read by float operators are dequantized in place. Tensor indices are kept, so calibration ranges taken
// on the original file still apply.
import type { Buffer, Model, Operator, Tensor } from '../../graph/types.js';
import { constantValues, float32Bytes, isConstant } from './tensor-data.js';

export interface PreparedModel {
  model: Model;
  /** For each operator of the prepared subgraph 0, its index in the input model. */
  sourceIndex: number[];
  /** Constant DEQUANTIZE operators folded and hybrid weights widened. */
  folded: number;
  widened: number;
}

export function prepareFloatModel(model: Model): PreparedModel {
  const sg = model.subgraphs[0];
  const buffers: Buffer[] = [...model.buffers];
  const tensors: Tensor[] = [...sg.tensors];
  const floatConstant = (t: Tensor, values: Float32Array): Tensor => {
    const data = float32Bytes(values);
    const buffer = buffers.length;
    buffers.push({ index: buffer, data, size: data.length });
    return { ...t, dtype: 'float32', buffer, quantization: undefined };
  };

  const operators: Operator[] = [];
  const sourceIndex: number[] = [];
  let folded = 0;
  let widened = 0;
  for (const op of sg.operators) {
    const input = op.inputs[0] >= 0 ? sg.tensors[op.inputs[0]] : undefined;
    const output = sg.tensors[op.outputs[0]];
    if (op.type === 'DEQUANTIZE' && input && isConstant(model, input) && output?.dtype === 'float32') {
      const values = constantValues(model, input);
      if (values) {
        tensors[output.index] = floatConstant(output, values);
        folded++;
        continue;
      }
    }
    // Hybrid operators: float activations in and out, integer weights dequantized by the kernel on the fly.
    if (op.outputs.some((o) => sg.tensors[o]?.dtype === 'float32')) {
      for (const i of op.inputs) {
        const t = i >= 0 ? tensors[i] : undefined;
        if (!t || (t.dtype !== 'int8' && t.dtype !== 'uint8') || !t.quantization || !isConstant(model, t)) continue;
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
    widened,
  };
}
