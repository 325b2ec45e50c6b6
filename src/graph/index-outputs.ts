// Graph outputs that hold class indices (what ARG_MAX / ARG_MIN write, such as a segmentation's class per pixel):
// they are compared by how many indices agree, since their differences and cosine mean nothing.
import type { Model } from './types.js';

/** Positions, in subgraph 0's output list, of the outputs an ARG_MAX or ARG_MIN writes. */
export function indexOutputPositions(model: Model): Set<number> {
  const sg = model.subgraphs[0];
  if (!sg) return new Set();
  return new Set(
    sg.operators
      .filter((op) => op.type === 'ARG_MAX' || op.type === 'ARG_MIN')
      .map((op) => sg.outputs.indexOf(op.outputs[0]))
      .filter((position) => position >= 0),
  );
}
