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
  const t = (i: number) => (i >= 0 && i < sg.tensors.length ? sg.tensors[i] : undefined);
  const ofm = t(op.outputs[0] ?? -1);
  if (!ofm) return 0;
  const ofmElems = product(velaDims(ofm));
  const opt = op.options ?? {};
  switch (op.type) {
    case 'CONV_2D': {
      const w = t(op.inputs[1] ?? -1); // [O, kh, kw, I]
      if (!w || velaDims(w).length !== 4) return 0;
      const [, kh, kw, i] = velaDims(w);
      return ofmElems * kh * kw * i;
    }
    case 'DEPTHWISE_CONV_2D': {
      const w = t(op.inputs[1] ?? -1); // [1, kh, kw, C]
      if (!w || velaDims(w).length !== 4) return 0;
      const [, kh, kw] = velaDims(w);
      return ofmElems * kh * kw;
    }
    case 'CONV_3D': {
      const w = t(op.inputs[1] ?? -1); // [kd, kh, kw, I, O]
      if (!w || velaDims(w).length !== 5) return 0;
      const [kd, kh, kw, i] = velaDims(w);
      return ofmElems * kd * kh * kw * i;
    }
    case 'TRANSPOSE_CONV': {
      const w = t(op.inputs[1] ?? -1); // [O, kh, kw, I]
      if (!w || velaDims(w).length !== 4) return 0;
      const [, kh, kw, i] = velaDims(w);
      return ofmElems * kh * kw * i;
    }
    case 'FULLY_CONNECTED': {
      const w = t(op.inputs[1] ?? -1); // [O, I]
      const ws = w ? velaDims(w) : [];
      if (ws.length < 2) return 0;
      return ofmElems * ws[ws.length - 1];
    }
    case 'BATCH_MATMUL': {
      const a = t(op.inputs[0] ?? -1);
      const as = a ? velaDims(a) : [];
      if (as.length < 2) return 0;
      const adjX = opt.adjX === true;
      const k = adjX ? as[as.length - 2] : as[as.length - 1];
      return ofmElems * k;
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
