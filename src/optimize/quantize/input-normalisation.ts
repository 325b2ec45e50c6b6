// What a model says about its own input data: a float input that enters through constant affine steps (a folded
// batch norm MUL + ADD, a mean SUB, a scale MUL or DIV) was trained on data those steps map to about zero mean and
// unit spread. Random calibration draws its samples through the inverse of those steps, so each element gets the
// spread the model expects: uniform [0, 1) instead would drive a feature the normalisation multiplies by 1e4
// (one the training data held constant) far outside anything the model saw, and its range would erase the rest.
import type { Model, Operator, Subgraph } from '../../graph/types.js';
import { constantValues, elementCount, isConstant } from './tensor-data.js';

/** Per input element: the normalised value is x * scale + shift. */
export interface InputNormalisation {
  scale: Float32Array;
  shift: Float32Array;
  /** The operators the affine map was read from, in order (for the report). */
  operators: number[];
}

const AFFINE = new Set(['MUL', 'ADD', 'SUB', 'DIV']);

/**
 * Per input of subgraph 0, the affine map its first constant elementwise steps apply (undefined when the input
 * does not enter that way). Only fused-activation-free MUL / ADD / SUB / DIV with a constant operand whose values
 * broadcast element- or channel-wise are followed; the chain stops at the first other consumer.
 */
export function inputNormalisations(model: Model): (InputNormalisation | undefined)[] {
  const sg = model.subgraphs[0];
  return sg.inputs.map((input) => {
    const t = sg.tensors[input];
    if (t.dtype !== 'float32') return undefined;
    const n = elementCount(t.shape);
    const channels = t.shape[t.shape.length - 1] ?? 1;
    const scale = new Float32Array(n).fill(1);
    const shift = new Float32Array(n);
    const operators: number[] = [];
    let tensor = input;
    for (;;) {
      const step = affineStep(model, sg, tensor, n, channels);
      if (!step) break;
      for (let i = 0; i < n; i++) {
        const c = step.values[step.values.length === 1 ? 0 : step.values.length === n ? i : i % channels];
        if (step.type === 'MUL') {
          scale[i] *= c;
          shift[i] *= c;
        } else if (step.type === 'DIV') {
          scale[i] /= c;
          shift[i] /= c;
        } else if (step.type === 'ADD') shift[i] += c;
        else if (step.constantFirst) {
          // c - x
          scale[i] = -scale[i];
          shift[i] = c - shift[i];
        } else shift[i] -= c;
      }
      operators.push(step.op.index);
      tensor = step.op.outputs[0];
    }
    const usable = scale.every((s, i) => Number.isFinite(s) && Number.isFinite(shift[i]));
    return operators.length > 0 && usable ? { scale, shift, operators } : undefined;
  });
}

function affineStep(
  model: Model,
  sg: Subgraph,
  tensor: number,
  n: number,
  channels: number,
): { op: Operator; type: string; values: Float32Array; constantFirst: boolean } | undefined {
  const consumers = sg.operators.filter((o) => o.inputs.includes(tensor));
  if (consumers.length !== 1) return undefined;
  const op = consumers[0];
  if (!AFFINE.has(op.type) || op.inputs.length !== 2 || op.outputs.length !== 1) return undefined;
  if ((op.options?.fusedActivationFunction ?? 0) !== 0) return undefined;
  const other = op.inputs[0] === tensor ? op.inputs[1] : op.inputs[0];
  if (other === tensor || other < 0) return undefined;
  const c = sg.tensors[other];
  if (!isConstant(model, c)) return undefined;
  const values = constantValues(model, c);
  if (!values || !(values.length === 1 || values.length === n || values.length === channels)) return undefined;
  if (elementCount(sg.tensors[op.outputs[0]].shape) !== n) return undefined;
  if ((op.type === 'DIV' && op.inputs[1] !== other) || (op.type === 'DIV' && values.some((v) => v === 0)))
    return undefined;
  return { op, type: op.type, values, constantFirst: op.inputs[0] === other };
}
