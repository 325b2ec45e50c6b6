// Drops what a rewrite left unreferenced: tensors of subgraph 0 no operator or graph edge uses (the float
// weights replaced by integer copies), buffers no tensor or metadata points at, operator codes no operator uses.
import type { Model, OperatorCode, Subgraph } from '../../graph/types.js';

export function compactModel(model: Model): Model {
  const [sg0, ...rest] = model.subgraphs;
  const used = new Set<number>([...sg0.inputs, ...sg0.outputs]);
  for (const op of sg0.operators) for (const t of [...op.inputs, ...op.outputs, ...op.intermediates]) used.add(t);
  for (const sd of model.signatureDefs)
    if (sd.subgraphIndex === 0) for (const io of [...sd.inputs, ...sd.outputs]) used.add(io.tensorIndex);
  const tensorMap = new Map<number, number>();
  const tensors = sg0.tensors
    .filter((t) => used.has(t.index))
    .map((t, index) => {
      tensorMap.set(t.index, index);
      return { ...t, index };
    });
  const mapT = (i: number) => (i < 0 ? i : tensorMap.get(i)!);
  const subgraph0: Subgraph = {
    ...sg0,
    tensors,
    inputs: sg0.inputs.map(mapT),
    outputs: sg0.outputs.map(mapT),
    operators: sg0.operators.map((op) => ({
      ...op,
      inputs: op.inputs.map(mapT),
      outputs: op.outputs.map(mapT),
      intermediates: op.intermediates.map(mapT),
    })),
  };
  const subgraphs = [subgraph0, ...rest];

  const liveBuffers = new Set<number>([0]);
  for (const sg of subgraphs) for (const t of sg.tensors) liveBuffers.add(t.buffer);
  for (const m of model.metadata) liveBuffers.add(m.buffer);
  const bufferMap = new Map<number, number>();
  const buffers = model.buffers
    .filter((b, i) => liveBuffers.has(i))
    .map((b, index) => {
      bufferMap.set(b.index, index);
      return { ...b, index };
    });

  const codeMap = new Map<number, number>();
  const operatorCodes: OperatorCode[] = [];
  for (const sg of subgraphs)
    for (const op of sg.operators)
      if (!codeMap.has(op.opcodeIndex)) {
        codeMap.set(op.opcodeIndex, operatorCodes.length);
        operatorCodes.push(model.operatorCodes[op.opcodeIndex]);
      }

  return {
    ...model,
    buffers,
    operatorCodes,
    metadata: model.metadata.map((m) => ({ ...m, buffer: bufferMap.get(m.buffer)! })),
    signatureDefs: model.signatureDefs.map((sd) =>
      sd.subgraphIndex !== 0
        ? sd
        : {
            ...sd,
            inputs: sd.inputs.map((io) => ({ ...io, tensorIndex: mapT(io.tensorIndex) })),
            outputs: sd.outputs.map((io) => ({ ...io, tensorIndex: mapT(io.tensorIndex) })),
          },
    ),
    subgraphs: subgraphs.map((sg) => ({
      ...sg,
      tensors: sg.tensors.map((t) => ({ ...t, buffer: bufferMap.get(t.buffer)! })),
      operators: sg.operators.map((op) => ({ ...op, opcodeIndex: codeMap.get(op.opcodeIndex)! })),
    })),
  };
}
