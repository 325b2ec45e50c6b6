// TEMPORARY scaffold: replaced by the Vela 5.1.0 placement rules (issue 3). Marks every operator CPU with an honest reason.
import type { Model } from '../graph/types.js';
import type { TargetProfile } from '../targets/types.js';
import type { OperatorResult } from '../report/types.js';

export function checkPlacement(model: Model, _target: TargetProfile): OperatorResult[] {
  return model.subgraphs.flatMap((sg) =>
    sg.operators.map((op) => ({
      subgraph: sg.index,
      index: op.index,
      type: op.type,
      name: sg.tensors[op.outputs[0]]?.name ?? '',
      placement: 'CPU' as const,
      reasons: [{ rule: 'scaffold', message: 'placement rules not implemented yet' }],
      macs: op.macs,
    })),
  );
}
