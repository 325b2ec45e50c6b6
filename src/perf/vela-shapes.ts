// The model as the estimator sees it: with the shapes Vela works with. Vela reads a tensor's shape_signature in
// place of its shape (graph/shape.ts velaDims), and placement already judges operators by those shapes
// (compat/view.ts velaShape); the estimator must cost the same ones. A converter writes the two
// alike, so for almost every model this is the model itself; a file whose shape field disagrees with its
// signature (a corrupted or hand-edited one) is costed on the signature, as Vela does, not on the other field.
import { sameDims, velaDims } from '../graph/shape.js';
import type { Model, Subgraph, Tensor } from '../graph/types.js';

/** The signature's shape when it replaces the tensor's, else undefined. */
function signatureShape(t: Tensor): number[] | undefined {
  const dims = velaDims(t);
  return dims === t.shape || sameDims(dims, t.shape) ? undefined : [...dims];
}

const cache = new WeakMap<Model, Model>();

/** `model`, or a copy of it sharing everything but the tensors whose shape the signature replaces. */
export function withVelaShapes(model: Model): Model {
  const known = cache.get(model);
  if (known) return known;
  let changed = false;
  const subgraphs = model.subgraphs.map((sg): Subgraph => {
    let tensors: Tensor[] | undefined;
    sg.tensors.forEach((t, i) => {
      const shape = signatureShape(t);
      if (!shape) return;
      tensors ??= [...sg.tensors];
      tensors[i] = { ...t, shape };
    });
    if (!tensors) return sg;
    changed = true;
    return { ...sg, tensors };
  });
  const shaped = changed ? { ...model, subgraphs } : model;
  cache.set(model, shaped);
  return shaped;
}
