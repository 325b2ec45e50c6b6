// Resizes Vela runs as convolutions: the half-pixel 2x bilinear resize as four phases of 2x2 kernels.
import type { Operator } from '../../graph/types.js';
import type { Shape3 } from '../arch.js';
import { UNIT_KERNEL, type FmRef } from '../ops.js';
import { type Ctx, tempFm, push } from './context.js';
import { generatedKernel } from './generated-kernels.js';

/** The 2x2 interpolation weights of each output phase of a half-pixel 2x bilinear resize (regor's kCoeff). */
const HALF_PIXEL_TAPS = [
  [1, 3, 3, 9],
  [3, 1, 9, 3],
  [3, 9, 1, 3],
  [9, 3, 3, 1],
];

/** Shared identities of the constant half-pixel kernels, by channel count and phase (cached encodings). */
/**
 * A 2x bilinear resize with half-pixel centers on U55/U65, as Vela legalises it (regor's
 * ConvertResizeBilinearHPCToDepthwise): the input copied into a map one pixel larger on every side, the border
 * filled by four mirrored row and column copies, then one 2x2 depthwise convolution per output phase, each
 * writing every other row and column of the output (and costed, as Vela does, over its whole slice).
 */
export function pushHalfPixelBilinear(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  const { h, w, c } = ifm.shape;
  const padded = tempFm(ctx, { h: h + 2, w: w + 2, c }, ifm.bits);
  // Read in slices of another width: neither map can be stored in bricks.
  padded.buffer.linear = true;
  ofm.buffer.linear = true;
  push(ctx, op, 'MemoryCopy', 'pool', ifm, { ...padded, shape: ifm.shape });
  const row: Shape3 = { h: 1, w, c };
  for (let i = 0; i < 2; i++) push(ctx, op, 'MemoryCopy', 'pool', { ...ifm, shape: row }, { ...padded, shape: row });
  const column: Shape3 = { h: h + 2, w: 1, c };
  for (let i = 0; i < 2; i++)
    push(ctx, op, 'MemoryCopy', 'pool', { ...padded, shape: column }, { ...padded, shape: column });
  const window: FmRef = { ...padded, shape: { h: h + 1, w: w + 1, c } };
  // Vela sizes each phase by its output slice (all but the last row and column), stepped by 2 when written.
  const phase: FmRef = { ...ofm, shape: { h: ofm.shape.h - 1, w: ofm.shape.w - 1, c } };
  HALF_PIXEL_TAPS.forEach((taps, tile) => {
    const key = `${c}/${tile}`;
    // Each RESIZE has its own tap tensors (regor makes them per operation), of values built once.
    const weights = generatedKernel(ctx, op, `resize-taps-${op.index}-${key}`, `taps-${key}`, 2, 2, c, (n) => {
      const data = new Int8Array(n);
      for (let k = 0; k < 4; k++) data.fill(taps[k], k * c, (k + 1) * c);
      return data;
    });
    push(ctx, op, 'DepthwiseConv2D', 'depthwise', window, phase, {
      kernel: { ...UNIT_KERNEL, w: 2, h: 2 },
      weights,
      // Its maps carry no scaling of their own in regor (HasScaling): 32-bit accumulators even for 16 bits.
      scaled: false,
    });
  });
}
