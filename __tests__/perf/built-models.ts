// Small models built here whose Vela 5.1.0 figures the tests hold (vela-vs-built.test.ts): shapes the corpus
// does not have, found by comparing random models with a local Vela 5.1.0 build (outside the repository).
import { ModelBuilder } from '../../src/tflite/builder.js';

export const BUILT_MODELS: Record<string, () => Uint8Array> = {
  /** A zero PAD in front of a MEAN over H and W: Vela folds it into the MEAN's depthwise sum. */
  pad_mean: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 11 });
    const x = mb.input([1, 8, 17, 8]);
    const p = mb.pad(x, [
      [0, 0],
      [1, 2],
      [0, 1],
      [0, 0],
    ]);
    mb.output(mb.mean(p, [1, 2], { keepDims: true }));
    return mb.build();
  },
  /** The same PAD also padding the channels: not folded (a MEAN's kernel covers H and W only). */
  pad_channels_mean: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 12 });
    const x = mb.input([1, 8, 17, 8]);
    const p = mb.pad(x, [
      [0, 0],
      [1, 2],
      [0, 1],
      [0, 8],
    ]);
    mb.output(mb.mean(p, [1, 2], { keepDims: true }));
    return mb.build();
  },
  /** A 2x nearest-neighbour resize of 48 channels: on U85 its OFM blocks are one row of at most 16 channels. */
  resize_nearest_48: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 13 });
    const x = mb.input([1, 64, 17, 48]);
    mb.output(mb.resize(x, [128, 34], { method: 'nearest' }));
    return mb.build();
  },
  /** A 2x bilinear resize (no half-pixel centres) of 32 channels. */
  resize_bilinear_32: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 14 });
    const x = mb.input([1, 20, 20, 32]);
    mb.output(mb.resize(x, [40, 40], { method: 'bilinear' }));
    return mb.build();
  },
};
