// Multiply-accumulates per operator for one inference, counted as Vela counts them:
// kernel area x OFM elements x IFM depth for convolutions and fully connected layers,
// without the depth factor for depthwise convolutions and pooling.
import type { Operator, Subgraph } from './types.js';

const product = (dims: readonly number[]): number => dims.reduce((a, d) => a * Math.max(d, 0), 1);

export function computeMacs(op: Operator, sg: Subgraph): number {
  const t = (i: number) => (i >= 0 && i < sg.tensors.length ? sg.tensors[i] : undefined);
  const ofm = t(op.outputs[0] ?? -1);
  if (!ofm) return 0;
  const ofmElems = product(ofm.shape);
  const opt = op.options ?? {};
  switch (op.type) {
    case 'CONV_2D': {
      const w = t(op.inputs[1] ?? -1); // [O, kh, kw, I]
      if (!w || w.shape.length !== 4) return 0;
      return ofmElems * w.shape[1] * w.shape[2] * w.shape[3];
    }
    case 'DEPTHWISE_CONV_2D': {
      const w = t(op.inputs[1] ?? -1); // [1, kh, kw, C]
      if (!w || w.shape.length !== 4) return 0;
      return ofmElems * w.shape[1] * w.shape[2];
    }
    case 'CONV_3D': {
      const w = t(op.inputs[1] ?? -1); // [kd, kh, kw, I, O]
      if (!w || w.shape.length !== 5) return 0;
      return ofmElems * w.shape[0] * w.shape[1] * w.shape[2] * w.shape[3];
    }
    case 'TRANSPOSE_CONV': {
      const w = t(op.inputs[1] ?? -1); // [O, kh, kw, I]
      if (!w || w.shape.length !== 4) return 0;
      return ofmElems * w.shape[1] * w.shape[2] * w.shape[3];
    }
    case 'FULLY_CONNECTED': {
      const w = t(op.inputs[1] ?? -1); // [O, I]
      if (!w || w.shape.length < 2) return 0;
      return ofmElems * w.shape[w.shape.length - 1];
    }
    case 'BATCH_MATMUL': {
      const a = t(op.inputs[0] ?? -1);
      if (!a || a.shape.length < 2) return 0;
      const adjX = opt.adjX === true;
      const k = adjX ? a.shape[a.shape.length - 2] : a.shape[a.shape.length - 1];
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
