// Graph patterns Vela 5.1.0 rewrites before its placement check. The one that changes placement:
// SPACE_TO_BATCH_ND -> CONV_2D/DEPTHWISE_CONV_2D -> BATCH_TO_SPACE_ND (how TensorFlow used to express a
// dilated convolution) becomes one dilated convolution when that convolution passes the checks; the two
// reshuffling operators, on their own CPU-only, then disappear into it.
import type { Model, Operator, Subgraph } from '../graph/types.js';
import type { Checker } from './rules.js';
import { input, intValues, ofm, viewOperator } from './view.js';
import type { OpView } from './view.js';

interface TensorLinks {
  writers: Operator[];
  readers: Operator[];
}

function links(sg: Subgraph): TensorLinks[] {
  const out: TensorLinks[] = sg.tensors.map(() => ({ writers: [], readers: [] }));
  for (const op of sg.operators) {
    for (const t of op.outputs) if (t >= 0) out[t]?.writers.push(op);
    for (const t of op.inputs) if (t >= 0) out[t]?.readers.push(op);
  }
  return out;
}

const RESHAPES = new Set(['RESHAPE', 'SQUEEZE', 'EXPAND_DIMS']);
const squeezed = (s: readonly number[]) => s.filter((d) => d !== 1).join(',');
const singlePath = (l: TensorLinks | undefined) => l?.readers.length === 1 && l.writers.length === 1;

/** A reshape that only moves unit axes around, on a tensor path with no branches. */
function isMetadataReshape(sg: Subgraph, op: Operator, tl: TensorLinks[]): boolean {
  if (!RESHAPES.has(op.type)) return false;
  const i = sg.tensors[op.inputs[0]];
  const o = sg.tensors[op.outputs[0]];
  return !!i && !!o && squeezed(i.shape) === squeezed(o.shape) && singlePath(tl[i.index]) && singlePath(tl[o.index]);
}

/**
 * Operator indices Vela folds into a dilated convolution, given how a convolution view is checked.
 * `check` returns true when the rewritten convolution may run on the NPU.
 */
export function foldedSpaceToBatch(
  model: Model,
  sg: Subgraph,
  checker: Checker,
  check: (view: OpView, checker: Checker) => boolean,
): Set<number> {
  const folded = new Set<number>();
  if (!sg.operators.some((o) => o.type === 'SPACE_TO_BATCH_ND')) return folded;
  const tl = links(sg);
  for (const conv of sg.operators) {
    if (conv.type !== 'CONV_2D' && conv.type !== 'DEPTHWISE_CONV_2D') continue;
    const ifmT = conv.inputs[0];
    const ofmT = conv.outputs[0];
    const members = [conv.index];
    let prev = tl[ifmT]?.writers[0];
    let next = tl[ofmT]?.readers[0];
    if (prev && isMetadataReshape(sg, prev, tl)) {
      members.push(prev.index);
      prev = tl[prev.inputs[0]]?.writers[0];
    }
    if (next && isMetadataReshape(sg, next, tl)) {
      members.push(next.index);
      next = tl[next.outputs[0]]?.readers[0];
    }
    if (prev?.type !== 'SPACE_TO_BATCH_ND' || next?.type !== 'BATCH_TO_SPACE_ND') continue;
    if (tl[ifmT]?.readers.length !== 1 || tl[ofmT]?.readers.length !== 1) continue;
    // A fused activation sits between the convolution and BATCH_TO_SPACE_ND in Vela's graph.
    if (typeof conv.options?.fusedActivationFunction === 'number' && conv.options.fusedActivationFunction !== 0)
      continue;
    const view = dilatedView(model, sg, conv, prev, next);
    if (view && check(view, checker)) for (const i of [...members, prev.index, next.index]) folded.add(i);
  }
  return folded;
}

/** The convolution as Vela rewrites it: the outer input and output, dilation = block shape, SAME-style padding. */
function dilatedView(model: Model, sg: Subgraph, conv: Operator, s2b: Operator, b2s: Operator): OpView | undefined {
  const view = viewOperator(model, sg, conv);
  const outer = viewOperator(model, sg, s2b);
  const last = viewOperator(model, sg, b2s);
  const ifm = input(outer, 'ifm');
  const out = ofm(last);
  const block = intValues(input(outer, 'params'));
  if (!ifm?.shape || !out?.shape || !view.kernel || block.length === 0) return undefined;
  const pad4 = (s: number[]) => [...Array(Math.max(0, 4 - s.length)).fill(1), ...s];
  const inShape = pad4(ifm.shape);
  const outShape = pad4(out.shape);
  const k = view.kernel;
  const dilationH = block[0];
  const dilationW = block.length > 1 ? block[1] : block[0];
  const spanW = dilationW * (k.width - 1) + 1;
  const spanH = dilationH * (k.height - 1) + 1;
  const xpad = Math.max(0, (Math.ceil(outShape[2] / k.strideW) - 1) * k.strideW + spanW - inShape[2]);
  const ypad = Math.max(0, (Math.ceil(outShape[1] / k.strideH) - 1) * k.strideH + spanH - inShape[1]);
  return {
    ...view,
    inputs: view.inputs.map((c) =>
      c.role === 'ifm' && c.slot === 0 ? { ...ifm, role: 'ifm', slot: 0, shape: inShape } : c,
    ),
    outputs: [{ ...out, shape: outShape }],
    kernel: { ...k, dilationW, dilationH, paddingZero: xpad === 0 && ypad === 0 },
  };
}
