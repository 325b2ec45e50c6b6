// Multiply-accumulates per operator for one inference, counted as Vela counts them:
// kernel area x OFM elements x IFM depth for convolutions and fully connected layers,
// without the depth factor for depthwise convolutions and pooling.
// Shapes are the ones Vela reads (velaDims). A count past what a double holds exactly (a hostile shape) is 0:
// no figure rather than Infinity or NaN.
import { velaDims } from './shape.js';
import type { Operator, Subgraph } from './types.js';

const product = (dims: readonly number[]): number => dims.reduce((a, d) => a * Math.max(d, 0), 1);

export function computeMacs(op: Operator, sg: Subgraph): number {
  const macs = countMacs(op, sg);
  return Number.isSafeInteger(macs) ? macs : 0;
}

function countMacs(op: Operator, sg: Subgraph): number {
  const tensor = (i = -1) => (i >= 0 && i < sg.tensors.length ? sg.tensors[i] : undefined);
  // A tensor's dimensions ([] when the index names none).
  const dims = (i?: number): readonly number[] => {
    const t = tensor(i);
    return t ? velaDims(t) : [];
  };
  const ofm = tensor(op.outputs[0]);
  if (!ofm) return 0;
  const ofmElems = product(velaDims(ofm));
  const opt = op.options ?? {};
  switch (op.type) {
    case 'CONV_2D':
    case 'TRANSPOSE_CONV': {
      const w = dims(op.inputs[1]); // [O, kh, kw, I]
      return w.length === 4 ? ofmElems * w[1] * w[2] * w[3] : 0;
    }
    case 'DEPTHWISE_CONV_2D': {
      const w = dims(op.inputs[1]); // [1, kh, kw, C]
      return w.length === 4 ? ofmElems * w[1] * w[2] : 0;
    }
    case 'CONV_3D': {
      const w = dims(op.inputs[1]); // [kd, kh, kw, I, O]
      return w.length === 5 ? ofmElems * w[0] * w[1] * w[2] * w[3] : 0;
    }
    case 'FULLY_CONNECTED': {
      const w = dims(op.inputs[1]); // [O, I]
      return w.length >= 2 ? ofmElems * w[w.length - 1] : 0;
    }
    case 'BATCH_MATMUL': {
      const a = dims(op.inputs[0]);
      if (a.length < 2) return 0;
      return ofmElems * (opt.adjX === true ? a[a.length - 2] : a[a.length - 1]);
    }
    case 'AVERAGE_POOL_2D':
    case 'MAX_POOL_2D':
    case 'L2_POOL_2D': {
      const fw = Number(opt.filterWidth ?? 1);
      const fh = Number(opt.filterHeight ?? 1);
      return ofmElems * fw * fh;
    }
    default:
      return 0;
  }
}
