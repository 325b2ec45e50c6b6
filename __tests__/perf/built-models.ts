// Small models built here whose Vela 5.1.0 figures the tests hold (vela-vs-built.test.ts): shapes the corpus
// does not have, found by comparing random models with a local Vela 5.1.0 build (outside the repository).
import { ModelBuilder } from '../../src/tflite/builder.js';
import { makeModel } from '../../scripts/vela-diff/random-models.js';

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
  /** Two 16-bit leaky ReLUs in a row: no LUT, so the second is an operation of its own (chained on U85). */
  leaky_leaky_int16: () => {
    const mb = new ModelBuilder({ quant: 'int16x8', seed: 15 });
    const x = mb.input([1, 7, 32, 96]);
    mb.output(mb.leakyRelu(mb.leakyRelu(x, 0.1), 0.2));
    return mb.build();
  },
  /** A resize of a single pixel: on U55 and U65, an addition of a constant map of zero points. */
  resize_one_pixel: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 16 });
    const x = mb.input([1, 1, 1, 128]);
    mb.output(mb.resize(x, [2, 2], { method: 'bilinear' }));
    return mb.build();
  },
  /** A multiplication reshaped for a fully connected layer: its output no longer has its inputs' storage shape. */
  mul_reshape_fc: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 17 });
    const a = mb.input([1, 49, 16, 8]);
    const b = mb.input([1, 49, 16, 8]);
    const flat = mb.reshape(mb.mul(a, b), [1, 6272]);
    mb.output(mb.fullyConnected(flat, { units: 16 }));
    return mb.build();
  },
  /** The same with a [1, 100] reshape, which is a [1, 1, 1, 100] map to regor: the output takes an input's place. */
  fc_mul_reshape_fc: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 18 });
    const x = mb.input([1, 24]);
    const y = mb.reshape(mb.fullyConnected(x, { units: 100 }), [1, 1, 1, 100]);
    const z = mb.mul(y, mb.conv2d(y, { filters: 100, kernel: 1 }));
    mb.output(mb.fullyConnected(mb.reshape(z, [1, 100]), { units: 32 }));
    return mb.build();
  },
  /** A 16-bit sigmoid after a multiplication: a 16-bit LUT keeps its scales, so it is not fused. */
  mul_logistic_int16: () => {
    const mb = new ModelBuilder({ quant: 'int16x8', seed: 19 });
    const x = mb.input([1, 2, 2, 256]);
    const y = mb.input([1, 1, 1, 256]);
    mb.output(mb.logistic(mb.mul(x, y)));
    return mb.build();
  },
  /** A transpose convolution padded after: on U85 its phases write straight into the padded map's interior. */
  tconv_pad: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 20 });
    const x = mb.input([1, 31, 5, 64]);
    const t = mb.transposeConv(x, { filters: 8, kernel: 2, stride: 2, padding: 'same' });
    mb.output(
      mb.pad(t, [
        [0, 0],
        [1, 1],
        [0, 0],
        [0, 0],
      ]),
    );
    return mb.build();
  },
  /** A slice of a slice read by a sigmoid: the second slice moves into the sigmoid, which then reads part of a map. */
  slice_slice_logistic: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 21 });
    const x = mb.input([1, 7, 16, 3]);
    const a = mb.slice(x, [0, 1, 0, 0], [1, 6, 16, 3]);
    const b = mb.slice(a, [0, 1, 0, 0], [1, 5, 16, 3]);
    mb.output(mb.depthwiseConv2d(mb.logistic(b), { kernel: 3, stride: 2 }));
    return mb.build();
  },
  /** A depthwise convolution with depth multiplier 2 and a fused ReLU: Vela costs its parts as with no activation. */
  dw_multiplier_relu: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 22 });
    const x = mb.input([1, 40, 24, 64]);
    mb.output(mb.depthwiseConv2d(x, { kernel: 3, multiplier: 2, padding: 'same', activation: 'relu' }));
    return mb.build();
  },
  /** The same with 16-bit maps: on U55 and U65 the ReLU then runs on its own after the transpose. */
  dw_multiplier_relu_int16: () => {
    const mb = new ModelBuilder({ quant: 'int16x8', seed: 25 });
    const x = mb.input([1, 12, 20, 24]);
    mb.output(mb.depthwiseConv2d(x, { kernel: 3, multiplier: 2, padding: 'same', activation: 'relu6' }));
    return mb.build();
  },
  /**
   * A leaky ReLU after a depth-multiplier depthwise convolution without an activation: Vela packs it into the
   * convolution and drops it with the parts.
   */
  dw_multiplier_leaky: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 26 });
    const x = mb.input([1, 12, 16, 24]);
    mb.output(mb.leakyRelu(mb.depthwiseConv2d(x, { kernel: 3, multiplier: 2, padding: 'same' }), 0.1));
    return mb.build();
  },
  /** The same convolution with a fused ReLU6: the leaky ReLU cannot be packed as a second one, so it runs alone. */
  dw_multiplier_relu6_leaky: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 26 });
    const x = mb.input([1, 12, 16, 24]);
    const y = mb.depthwiseConv2d(x, { kernel: 3, multiplier: 2, padding: 'same', activation: 'relu6' });
    mb.output(mb.leakyRelu(y, 0.1));
    return mb.build();
  },
  /**
   * On U65, the first map is still live (to the half step after its last reader) when the last convolution's
   * 160 KiB of weights are copied ahead: with both later maps it does not fit the staging SRAM, so one goes to DRAM.
   */
  maps_beside_weight_buffer: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 27 });
    const x = mb.input([1, 124, 2, 64]);
    const a = mb.conv2d(x, { filters: 512, kernel: 1 });
    const b = mb.depthwiseConv2d(a, { kernel: 3, padding: 'same' });
    mb.output(mb.conv2d(b, { filters: 32, kernel: [5, 2], padding: 'same' }));
    return mb.build();
  },
  /** A slice read by a MEAN: the MEAN's sums read their own slices, so the slice stays a copy. */
  slice_mean: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 28 });
    const x = mb.input([1, 16, 64, 32]);
    const y = mb.slice(mb.add(x, x), [0, 1, 0, 0], [1, 15, 64, 32]);
    mb.output(mb.mean(y, [1, 2], { keepDims: true }));
    return mb.build();
  },
  /** A slice read by a 2x resize: the resize reads its input through a slice of its own, so the copy stays. */
  slice_resize: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 29 });
    const x = mb.input([1, 9, 12, 16]);
    const y = mb.slice(mb.add(x, x), [0, 1, 0, 0], [1, 8, 12, 16]);
    mb.output(mb.resize(y, [16, 24], { method: 'nearest' }));
    return mb.build();
  },
  /** A PAD of nothing after a multiplication: the multiplication does not write into it, its copy stays. */
  pad_nothing: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 30 });
    const x = mb.input([1, 13, 8, 64]);
    const p = mb.pad(mb.mul(x, x), [
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    mb.output(mb.conv2d(p, { filters: 8, kernel: 3, stride: 2 }));
    return mb.build();
  },
  /**
   * On U85-2048 the first convolution's 256 KiB output does not fit the staging SRAM beside its own second weight
   * buffer and the MEAN's weights copied ahead: it stays in DRAM. On U65-512 its weights are double-buffered in
   * three slices: the buffer of the first and last slice is the one held to the end.
   */
  conv_mean_squeeze: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 31 });
    const x = mb.input([1, 16, 64, 96]);
    const a = mb.conv2d(x, { filters: 256, kernel: [3, 1], padding: 'same', activation: 'relu' });
    const s = mb.conv2d(mb.logistic(mb.mean(a, [1, 2], { keepDims: true })), { filters: 256, kernel: 1 });
    mb.output(mb.mul(s, s));
    return mb.build();
  },
  /**
   * A depthwise convolution with ReLU6 on 4 channels, then a multiplication by a broadcast input: on U85 the
   * multiplication does not chain (the shallow ReLU6 was reshaped deeper), it runs apart and its map is stored.
   */
  shallow_relu6_broadcast_mul: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 32 });
    const x = mb.input([1, 12, 8, 4]);
    const y = mb.input([1, 1, 1, 4]);
    const d = mb.depthwiseConv2d(x, { kernel: 3, padding: 'same', activation: 'relu6' });
    mb.output(mb.conv2d(mb.mul(d, y), { filters: 3, kernel: 1 }));
    return mb.build();
  },
  /** The same on 16 channels: no reshape, so the multiplication chains. */
  relu6_broadcast_mul_16: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 33 });
    const x = mb.input([1, 12, 8, 16]);
    const y = mb.input([1, 1, 1, 16]);
    const d = mb.depthwiseConv2d(x, { kernel: 3, padding: 'same', activation: 'relu6' });
    mb.output(mb.conv2d(mb.mul(d, y), { filters: 3, kernel: 1 }));
    return mb.build();
  },
  /**
   * A stride-2 transpose convolution padded on both axes, read by a convolution: on U85 its phases write into the
   * padded map with steps, which keeps that map linear, as they keep their own output.
   */
  tconv_pad_conv: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 34 });
    const x = mb.input([1, 24, 3, 48]);
    const t = mb.transposeConv(x, { filters: 8, kernel: 3, stride: 2, padding: 'same' });
    const p = mb.pad(t, [
      [0, 0],
      [1, 2],
      [1, 1],
      [0, 0],
    ]);
    mb.output(mb.conv2d(p, { filters: 16, kernel: 3 }));
    return mb.build();
  },
  /** A multiplication of one-channel maps writing into a PAD's interior: it keeps its shape (not reshaped deeper). */
  mul_into_pad: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 35 });
    const x = mb.input([1, 12, 10, 1]);
    const p = mb.pad(mb.mul(x, x), [
      [0, 0],
      [2, 1],
      [0, 0],
      [0, 0],
    ]);
    mb.output(mb.depthwiseConv2d(p, { kernel: [5, 1], stride: 3 }));
    return mb.build();
  },
  /** The same with an addition and a fused ReLU: the addition is reshaped and its ReLU writes the interior apart. */
  add_relu_into_pad: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 36 });
    const x = mb.input([1, 26, 34, 1]);
    const p = mb.pad(mb.add(x, x, { activation: 'relu' }), [
      [0, 0],
      [2, 2],
      [0, 0],
      [0, 0],
    ]);
    mb.output(mb.conv2d(p, { filters: 1, kernel: 1 }));
    return mb.build();
  },
  /**
   * Random model 948 of `npm run vela-diff`: a stride-2 3x1 convolution over 16 columns reads 15 of them, and Vela's
   * weight-buffering test sizes the IFM read by the input the output needs: on U65 the first convolution's weights
   * stay in place (read whole, the test was a tie and buffered them).
   */
  random_948: () => makeModel(948).bytes,
  /**
   * A 16-bit sigmoid after a convolution, both maps larger than the U65/U85 staging SRAM: the sigmoid stays an
   * operation of its own type, which Vela does not cascade, so every map stays in DRAM.
   */
  conv_logistic_int16: () => {
    const mb = new ModelBuilder({ quant: 'int16x8', seed: 23 });
    const x = mb.input([1, 64, 64, 32]);
    mb.output(mb.logistic(mb.conv2d(x, { filters: 64, kernel: 1 })));
    return mb.build();
  },
  /** A stride-2 transpose convolution with a fused tanh: its zero-inserting upscale needs no rounding column. */
  tconv_tanh: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 24 });
    const x = mb.input([1, 8, 32, 128]);
    mb.output(mb.tanh(mb.transposeConv(x, { filters: 8, kernel: 3, stride: 2, padding: 'same' })));
    return mb.build();
  },
  /**
   * A 33-filter convolution whose weights (111k values, sized from a sample by default) Vela buffers in OFM-depth
   * slices: the last slice's lone channel is padded to a microblock in streams of its own, and the slices of whole
   * microblocks code their values without the padding zeros that the whole tensor's stream holds.
   */
  conv33_sliced: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 31 });
    const x = mb.input([1, 49, 40, 96]);
    mb.output(mb.conv2d(x, { filters: 33, kernel: [5, 7], stride: 2, padding: 'valid' }));
    return mb.build();
  },
  /**
   * A 96-filter convolution (31k weights, sized from a sample by default) that U85-1024 buffers in slices of 16 and
   * 80 channels: its microblock is 32 deep, so the first slice's streams are half padding (28% over its share).
   */
  conv96_sliced: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 37 });
    const x = mb.input([1, 64, 10, 64]);
    mb.output(mb.conv2d(x, { filters: 96, kernel: [5, 1], stride: 3, padding: 'same' }));
    return mb.build();
  },
  /**
   * A convolution to one channel with a fused ReLU6, then a LeakyReLU and a MEAN: on U85 the LeakyReLU, which Vela
   * would view deeper like the ReLU6, chains after the convolution in the map's own shape, and the chain writes one
   * map in bricks (16 channels deep) for the MEAN.
   */
  conv1_relu6_leaky_mean: () => {
    const mb = new ModelBuilder({ quant: 'int16x8', seed: 41 });
    const x = mb.input([1, 24, 40, 32]);
    const c = mb.conv2d(x, { filters: 1, kernel: [5, 1], padding: 'same', activation: 'relu6' });
    mb.output(mb.mean(mb.leakyRelu(c, 0.2), [1, 2]));
    return mb.build();
  },
  /**
   * A softmax over a 24x32x16 map: on U85 its last multiplication chains the shift that narrows the 32-bit result to
   * int8, and the chain's blocks are written at the 32-bit width of its chaining buffer, not the output's.
   */
  softmax_map: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 43 });
    const x = mb.input([1, 24, 32, 16]);
    mb.output(mb.softmax(x));
    return mb.build();
  },
  /**
   * A slice, then a softmax over rows 20 wide: on U85 the softmax's subtraction reads the slice's source, and the
   * copy left for the softmax's transpose (depth into H for its row maximum) writes in the transposed order itself.
   */
  slice_softmax: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 47 });
    const x = mb.input([1, 12, 20, 11]);
    mb.output(mb.softmax(mb.slice(x, [0, 1, 0, 0], [1, 11, 20, 11])));
    return mb.build();
  },
  /**
   * A depth-multiplier depthwise convolution, then a sigmoid packed into it and a convolution: on U55/U65 the
   * transpose that ends the decomposition writes the sigmoid's map, in NHWC as every transpose writes. (U55-256 is
   * left out of its figures: its first depthwise part is 2 cycles over Vela's, another matter.)
   */
  dw_multiplier_logistic_conv: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 53 });
    const x = mb.input([1, 9, 18, 3]);
    const d = mb.logistic(mb.depthwiseConv2d(x, { kernel: 1, stride: 3, multiplier: 2, padding: 'valid' }));
    mb.output(mb.conv2d(d, { filters: 16, kernel: 3, padding: 'same' }));
    return mb.build();
  },
  /**
   * A depth-multiplier depthwise convolution decomposed into parts and transposes, then a convolution with 12 kB of
   * weights: on U65 the last transpose's cycles on the reference schedule (its maps in DRAM, read in 8-byte bursts
   * of 128) are the slack Vela hides the weight copy under, enough to buffer them.
   */
  dw_multiplier_then_buffered_conv: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 59 });
    const x = mb.input([1, 7, 10, 128]);
    const c = mb.tanh(mb.conv2d(x, { filters: 4, kernel: 3, stride: 2, padding: 'same', activation: 'relu6' }));
    const d = mb.depthwiseConv2d(c, { kernel: 3, multiplier: 2, padding: 'same' });
    mb.output(mb.conv2d(d, { filters: 128, kernel: 3, padding: 'valid', activation: 'relu_n1_to_1' }));
    return mb.build();
  },
  /**
   * A 16-bit depth-multiplier depthwise convolution with ReLU6 into a PAD: on U85 its parts drop the ReLU6, and the
   * copy of its transposed output into the PAD's interior runs it (Vela's Relu6 operation, not a plain copy).
   * (U85-1024 and U85-2048 are left out of its figures: that ReLU6 is 32 cycles over Vela's there, another matter.)
   */
  dw_multiplier_relu6_pad_int16: () => {
    const mb = new ModelBuilder({ quant: 'int16x8', seed: 61 });
    const x = mb.input([1, 32, 16, 4]);
    const d = mb.depthwiseConv2d(x, { kernel: 3, multiplier: 2, padding: 'same', activation: 'relu6' });
    const p = mb.pad(d, [
      [0, 0],
      [1, 0],
      [1, 0],
      [0, 0],
    ]);
    mb.output(p);
    return mb.build();
  },
  /**
   * The same at 8 bits: on U55/U65 too the transposes write a map of their own and the ReLU6 the PAD's interior.
   * (Its figures are U85's: on U55/U65 Vela costs that ReLU6 against the whole padded map, 9,397 cycles where 5,442
   * are counted here, which is not modelled.)
   */
  dw_multiplier_relu6_pad: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 67 });
    const x = mb.input([1, 24, 16, 8]);
    const d = mb.depthwiseConv2d(x, { kernel: 3, multiplier: 2, padding: 'same', activation: 'relu6' });
    const p = mb.pad(d, [
      [0, 0],
      [1, 0],
      [1, 0],
      [0, 0],
    ]);
    mb.output(p);
    return mb.build();
  },
  /**
   * A 2x nearest resize of a 16-bit map, its first 47 of 48 rows SLICEd into an ADD of a per-channel constant: the
   * slice moves into the ADD, whose connection keeps the resized map's shape, so on U65 (the maps spill from SRAM)
   * Vela cascades the resize into the ADD and the resized map never reaches DRAM.
   */
  resize_slice_add: () => {
    const mb = new ModelBuilder({ quant: 'int16x8', seed: 71 });
    const x = mb.input([1, 24, 64, 19]);
    const r = mb.resize(x, [48, 128], { method: 'nearest' });
    const s = mb.slice(r, [0, 0, 0, 0], [1, 47, 128, 19]);
    mb.output(mb.add(s, mb.input([1, 1, 1, 19])));
    return mb.build();
  },
  /**
   * The same ADD with a full-size second input: only that input has the output's shape, so regor makes it the
   * ADD's primary input and the resize is not cascaded into it.
   */
  resize_slice_add_full: () => {
    const mb = new ModelBuilder({ quant: 'int16x8', seed: 73 });
    const x = mb.input([1, 24, 64, 19]);
    const r = mb.resize(x, [48, 128], { method: 'nearest' });
    const s = mb.slice(r, [0, 0, 0, 0], [1, 47, 128, 19]);
    mb.output(mb.add(s, mb.input([1, 47, 128, 19])));
    return mb.build();
  },
  /**
   * A depth-multiplier depthwise convolution whose output goes into a PAD read by an ADD: its last transpose writes
   * the PAD's interior, and on U55/U65 a transpose reads and writes NHWC, so the padded map is linear (in bricks it
   * was written 8 bytes at a time: 4-30% over). On U85 that transpose writes through a view of the interior (its
   * planes' shape), straight into the padded map, linear too (it was copied there: 2-2.7% over).
   */
  dw_multiplier_pad_add: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 79 });
    const x = mb.input([1, 9, 2, 16]);
    const d = mb.depthwiseConv2d(x, { kernel: [3, 2], multiplier: 2, padding: 'same' });
    const p = mb.pad(d, [
      [0, 0],
      [1, 0],
      [1, 0],
      [0, 0],
    ]);
    mb.output(mb.add(p, mb.input([1, 10, 3, 32])));
    return mb.build();
  },
  /**
   * A convolution with 160 kB of weights writing into a PAD whose map a 1x1 convolution reads before a
   * concatenation copies it: on U65-256 the first convolution is bound by its MACs and the 1x1 one by reading its
   * IFM, so regor gives up buffering the weights (PreferFutureOpPerformance, the padded map's first consumer), and
   * the padded map stays in SRAM.
   */
  conv_into_pad_then_concat: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 83 });
    const x = mb.input([1, 32, 32, 128]);
    const d = mb.depthwiseConv2d(x, { kernel: 3, padding: 'same' });
    const s = mb.slice(d, [0, 1, 0, 0], [1, 31, 32, 128]);
    const c = mb.conv2d(s, { filters: 256, kernel: [1, 5], padding: 'valid' });
    const p = mb.pad(c, [
      [0, 0],
      [1, 1],
      [1, 1],
      [0, 0],
    ]);
    const q = mb.concatenation([p, mb.conv2d(p, { filters: 16, kernel: 1 })], 3);
    mb.output(mb.conv2d(q, { filters: 16, kernel: 3, padding: 'valid' }));
    return mb.build();
  },
  /**
   * The same with a ReLU fused into the first convolution: regor writes the padded map from the ReLU, a
   * sub-operation whose cost record counts no write, so on U85-128 the fast-storage allocation scores that map
   * below the concatenation's and keeps the concatenation in SRAM instead.
   */
  conv_relu_into_pad_then_concat: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 89 });
    const x = mb.input([1, 32, 32, 128]);
    const d = mb.depthwiseConv2d(x, { kernel: 3, padding: 'same' });
    const s = mb.slice(d, [0, 1, 0, 0], [1, 31, 32, 128]);
    const c = mb.conv2d(s, { filters: 256, kernel: [1, 5], padding: 'valid', activation: 'relu' });
    const p = mb.pad(c, [
      [0, 0],
      [1, 1],
      [1, 1],
      [0, 0],
    ]);
    const q = mb.concatenation([p, mb.conv2d(p, { filters: 16, kernel: 1 })], 3);
    mb.output(mb.conv2d(q, { filters: 16, kernel: 3, padding: 'valid' }));
    return mb.build();
  },
  /**
   * A standalone LOGISTIC's 256 kB map read by a 1x1 convolution and copied into a concatenation: on U85 the LUT
   * runs as an operation of its own whose cost record counts its write (a LUT fused into a convolution is a
   * sub-operation and does not), so on U85-128 the fast-storage allocation keeps the logistic's map in SRAM rather
   * than the concatenation.
   */
  logistic_concat: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 97 });
    const x = mb.logistic(mb.input([1, 64, 64, 64]));
    const q = mb.concatenation([x, mb.conv2d(x, { filters: 3, kernel: 1 })], 3);
    const c = mb.conv2d(q, { filters: 1, kernel: [3, 5], stride: 2, padding: 'same', activation: 'relu' });
    mb.output(mb.conv2d(c, { filters: 64, kernel: [1, 7], padding: 'same', activation: 'relu' }));
    return mb.build();
  },
  /**
   * Two 2x resizes of a 1-channel map on U85: a resize reads its IFM as stored, its depth padded to 16 in bricks
   * (it was counted unpadded: SRAM access 19% under, 1.4% of the total).
   */
  resize_one_channel: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 101 });
    const x = mb.input([1, 6, 14, 1]);
    const r = mb.resize(mb.resize(x, [12, 28]), [24, 56], { method: 'nearest' });
    mb.output(mb.conv2d(r, { filters: 16, kernel: 3, padding: 'same' }));
    return mb.build();
  },
  /**
   * A SLICE between a 128-channel map and a 2x bilinear resize, on U65 (the maps spill from SRAM): the slice's copy
   * is not cascaded into the resize, since regor cascades a copy by its own type, neither a convolution, a pooling
   * nor elementwise (a rolling buffer between them was 6.4% over Vela's SRAM).
   */
  slice_copy_then_resize: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 103 });
    const x = mb.input([1, 49, 40, 8]);
    const c = mb.tanh(mb.conv2d(x, { filters: 128, kernel: [1, 5], padding: 'valid', activation: 'relu_n1_to_1' }));
    const s = mb.slice(c, [0, 1, 0, 0], [1, 48, 36, 128]);
    const r = mb.tanh(mb.resize(s, [96, 72]));
    mb.output(mb.add(r, mb.input([1, 96, 72, 128])));
    return mb.build();
  },
  /**
   * A 1x1 convolution with 64 kB of weights reading a 368 kB map on U85-256: the map and the weight buffer do not
   * fit in SRAM together, and staging the map beats buffering the weights, so regor reads the weights in place
   * and keeps the map in SRAM (the staging preference for the IFM; it was evicted for the buffer: 27% over).
   */
  ifm_staging_preferred: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 107 });
    const x = mb.resize(mb.input([1, 24, 17, 32]), [48, 34]);
    const c = mb.conv2d(x, { filters: 256, kernel: 3, padding: 'valid' });
    const a = mb.add(mb.add(c, mb.conv2d(c, { filters: 256, kernel: 1 })), mb.input([1, 1, 1, 256]));
    const d = mb.conv2d(a, { filters: 128, kernel: 1, activation: 'relu' });
    mb.output(mb.avgPool2d(d, { filter: [3, 32], stride: 1, padding: 'valid' }));
    return mb.build();
  },
  /**
   * A zero PAD folded into a stride-3 depthwise convolution of a 16-bit map: its block config is searched for the
   * map as stored, the padding being the kernel's, as regor does (for the padded view it was another block:
   * 1.6-7.7% over on U55/U65, 19.6% on U85-2048, where the scales are fetched per block).
   */
  pad_into_strided_depthwise_int16: () => {
    const mb = new ModelBuilder({ quant: 'int16x8', seed: 109 });
    const x = mb.input([1, 64, 3, 48]);
    const m = mb.mul(x, mb.conv2d(x, { filters: 48, kernel: 1 }));
    const p = mb.pad(m, [
      [0, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
    mb.output(mb.depthwiseConv2d(p, { kernel: [3, 1], stride: 3, padding: 'valid', activation: 'relu' }));
    return mb.build();
  },
  /**
   * Convolutions with 8-9k weights (12 kB encoded in all), too few for a sample of a few channel units to give
   * their palettes and runs: the default sizing encodes tensors up to four times its sample budget whole (sampled,
   * they were 2% under, and on U55-128 a buffering decision flipped: 14% under in NPU cycles).
   */
  small_tensors_default_sizing: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 113 });
    const x = mb.slice(mb.input([1, 13, 17, 12]), [0, 1, 0, 0], [1, 12, 17, 12]);
    const c = mb.conv2d(x, { filters: 33, kernel: [3, 7], padding: 'same', activation: 'relu6' });
    const t = mb.transposeConv(c, { filters: 16, kernel: 3, stride: 2, padding: 'same' });
    const d = mb.depthwiseConv2d(t, { kernel: [5, 1], padding: 'valid' });
    mb.output(mb.conv2d(d, { filters: 8, kernel: [3, 5], stride: 2, padding: 'same', activation: 'relu' }));
    return mb.build();
  },
  /**
   * A SOFTMAX of a single value: its depth maximum views the map as one channel as wide as the depth, the same
   * layout when the map is one element wide and deep, so the map stays in bricks and the MUL writing it is paced
   * over a brick's 16 elements (linear, it was 60 cycles under on U65).
   */
  softmax_one_value: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 127 });
    const x = mb.input([1, 1, 40, 64]);
    const f = mb.reshape(mb.fullyConnected(mb.reshape(x, [1, 2560]), { units: 1 }), [1, 1, 1, 1]);
    const m = mb.mul(f, mb.input([1, 1, 1, 1]));
    mb.output(mb.resize(mb.softmax(m), [2, 2], { method: 'nearest' }));
    return mb.build();
  },
  /**
   * Convolutions into a 2x nearest-neighbour resize of a 220 kB map on U65, cascaded: the resize's stripe reads
   * one input row more than half its output rows (the upscale's rounding row), and the rolling buffer between them
   * is sized by it (50 rows, not 48: SRAM 3% under).
   */
  conv_cascade_into_resize: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 131 });
    const x = mb.input([1, 49, 40, 24]);
    const a = mb.conv2d(x, { filters: 4, kernel: [1, 5], padding: 'valid' });
    const b = mb.conv2d(a, { filters: 32, kernel: [1, 3], padding: 'same', activation: 'relu' });
    const c = mb.conv2d(b, { filters: 128, kernel: [5, 1], padding: 'same', activation: 'relu' });
    mb.output(mb.resize(c, [98, 72], { method: 'nearest' }));
    return mb.build();
  },
  /**
   * A depthwise convolution with a fused ReLU6 writing into a PAD's interior in DRAM: on U85 the ReLU6 is a
   * sub-operation, whose output regor records as the whole padded map, so the write is counted over all of it (it
   * was counted over the interior: 31.7% under on U85-128).
   */
  dw_relu6_into_pad: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 137 });
    const x = mb.input([1, 32, 1, 48]);
    const d = mb.depthwiseConv2d(mb.mul(x, x), { kernel: [3, 1], padding: 'same', activation: 'relu6' });
    mb.output(
      mb.pad(d, [
        [0, 0],
        [1, 1],
        [1, 1],
        [0, 0],
      ]),
    );
    return mb.build();
  },
  /**
   * The same through a U85 chain: a convolution with an ADD and its ReLU6 chained after it, writing into a PAD's
   * interior (the chain's last operation has the activation; 25% under on U85-128).
   */
  conv_add_relu6_into_pad: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 139 });
    const x = mb.input([1, 26, 6, 96]);
    const c = mb.conv2d(x, { filters: 96, kernel: 1 });
    mb.output(
      mb.pad(mb.add(x, c, { activation: 'relu6' }), [
        [0, 0],
        [1, 2],
        [1, 3],
        [0, 0],
      ]),
    );
    return mb.build();
  },
  /**
   * A convolution with a fused ReLU writing its part of a concatenation along the channels: the ReLU sub-operation's
   * output is the whole concatenated map on U85 too, 48 channels deep where the part has 32 (19% under on U85-128).
   */
  conv_relu_concat_c: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 141 });
    const x = mb.input([1, 24, 5, 32]);
    const c = mb.conv2d(mb.mul(x, x), { filters: 32, kernel: 1, activation: 'relu' });
    mb.output(mb.concatenation([c, mb.input([1, 24, 5, 16])], 3));
    return mb.build();
  },
  /**
   * A standalone TANH writing into a PAD's interior: its LUT runs as an operation of its own, not a sub-operation,
   * so on U85 its write is its own slice (counted over the whole padded map, 14.7% over on U85-128).
   */
  tanh_into_pad: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 149 });
    const x = mb.input([1, 64, 16, 24]);
    mb.output(
      mb.pad(mb.tanh(x), [
        [0, 0],
        [0, 1],
        [1, 2],
        [0, 0],
      ]),
    );
    return mb.build();
  },
  /**
   * A strided 16-bit convolution whose 384 kB input a resize wrote: its output needs 95 of the 96 rows and 127 of
   * the 128 columns, and regor sizes the input it could stage instead of buffering the weights by that area, which
   * fits in what the previous operation left (the whole map does not), so it prefers staging the input (U85-1024
   * buffered the weights: 47% over).
   */
  strided_conv_staged_input: () => {
    const mb = new ModelBuilder({ quant: 'int16x8', seed: 151 });
    const x = mb.input([1, 24, 32, 16]);
    const r = mb.resize(mb.resize(x, [48, 64], { method: 'bilinear' }), [96, 128], { method: 'nearest' });
    const c = mb.tanh(mb.conv2d(r, { filters: 32, kernel: [3, 5], stride: 2, padding: 'valid' }));
    mb.output(mb.maxPool2d(c, { filter: 3, stride: 2, padding: 'same' }));
    return mb.build();
  },
  /**
   * A strided convolution with 104 kB of weights whose output needs 63 of its input's 64 rows, buffered in slices on
   * U65-512: regor sizes the slices after the first by the first slice's run over the whole IFM
   * (EstimateOpPerformance), not the input the output needs (which made them 192 channels deep, not 224, and the
   * buffering lost to reading the weights in place: SRAM 59% under).
   */
  strided_conv_sliced_buffer: () => {
    const mb = new ModelBuilder({ quant: 'int8', seed: 157 });
    const x = mb.input([1, 64, 10, 24]);
    const c = mb.conv2d(x, { filters: 256, kernel: [5, 3], stride: 2, padding: 'valid', activation: 'relu_n1_to_1' });
    mb.output(mb.conv2d(c, { filters: 8, kernel: 1 }));
    return mb.build();
  },
  /**
   * Random model 2244: three PADs in a row, the middle one of nothing, before a depthwise convolution. The PAD of
   * nothing is a copy, a data-layout operation regor moves no slice into (MoveConcatSliceToProducer skips
   * IsDataLayout producers), so the next PAD copies its interior (written in place it took a third of the cycles:
   * NPU cycles 2-7% under on every target).
   */
  random_2244: () => makeModel(2244).bytes,
  /**
   * Random model 2024: a convolution after a CPU operator (a 40x2 average pool), then a strided 1x1 convolution
   * whose reference figures regor reads (PreferFutureOpPerformance) for the input its output needs: 31 of 32 rows
   * and 19 of 20 columns. So weighed, the next convolution is bound by its run, not its IFM reads, and does not stop
   * the first from buffering its weights on U85-2048 (weighed over the whole IFM it did: 9.9% under).
   */
  random_2024: () => makeModel(2024).bytes,
  /**
   * Random model 1704: an ADD with a fused ReLU6 writing into a PAD's interior, then a SLICE and a convolution
   * reading the padded map. regor lists the ADD after the PAD's border copies among the map's producers (packing
   * its activation appends it), so the first producer is a copy, a data-layout operation: the convolution does not
   * weigh staging its IFM instead of buffering its weights, and buffers them in two slices on U85-2048 (weighing
   * the staged IFM, it read them in place: SRAM 62% under, total cycles 13% under).
   */
  random_1704: () => makeModel(1704).bytes,
  /**
   * Random model 2070: a 1x5 convolution to 256 channels cascaded into a 3x5 convolution over them, both weights
   * small enough to buffer. Each stripe height regor proposes for the cascade costs its operations anew (their block
   * configs and weight encodings for that stripe): the second convolution's buffer is sized by its weights as
   * encoded for the proposal (61,664 bytes on U85-2048), not for the MIN schedule's one-row stripe (88,720). Sized by
   * the latter the cascade settled on 6-row stripes, not 7 (U85-2048 total 10.9% under, U85-1024 SRAM 8.5% under).
   */
  random_2070: () => makeModel(2070).bytes,
  /**
   * Random model 2594 (int16): a depth-multiplier depthwise convolution with a fused ReLU_N1_TO_1, whose transposed
   * result the ReLU (an operation of its own on U55/U65 for a 16-bit output) writes into a map a RESHAPE flattens
   * for a fully connected layer. regor's IFM reuse compares storage shapes: the transpose's [1, 1, 14, 32] is not the
   * flattened [1, 1, 1, 448], so the ReLU's output gets storage of its own, alive beside the fully connected
   * layer's prebuffered weights (reusing the ReLU's input, the SRAM peak was 29% under on U65).
   */
  random_2594: () => makeModel(2594).bytes,
  /**
   * Extended random model 100167: a 3x1 max pool, a RESHAPE of its [1, 8, 1, 12] output to [1, 1, 8, 12], and a
   * TANH, which regor packs into the pool as its LUT. The pool still computes in its own shape (regor's OFM
   * connection keeps it; the storage is the TANH's): costed as a [1, 1, 8, 12] output it was 44% under on U55-128.
   */
  random_100167: () => makeModel(100167).bytes,
  /**
   * Extended random model 100204: a [1, 4096, 1, 1] map, every other row taken by a STRIDED_SLICE, then a SUB. regor
   * moves the slice into the SUB, whose IFM connection keeps the slice's whole area and steps through it: on U85 the
   * elementwise read covers the 4,096 rows, not the 2,048 it uses (33% under on U85-256 counting the latter).
   */
  random_100204: () => makeModel(100204).bytes,
  /**
   * Extended random model 100009: a RESHAPE of the input to [1, 7, 1, 120], then a TRANSPOSE that only moves its unit
   * axis, the output. regor rewrites such a transpose into an identity and removes it as it does a reshape; the two
   * leave the input and output, which must stay apart, joined by one copy in the input's shape, reshaped deeper (7 x
   * 5 x 24). Costed as a transpose it was 85% under on U55-128.
   */
  random_100009: () => makeModel(100009).bytes,
  /**
   * Extended random model 100284: a transpose of a 49x64x64 input (height and width swapped), then a LOGISTIC. On
   * U55/U65 an activation may join a transpose writing 8 bits (the one compound operation it may join): the LUT
   * runs in the transpose, at no cost of its own (run apart it added 206,272 cycles on U55-128, and its map took
   * SRAM on U65).
   */
  random_100284: () => makeModel(100284).bytes,
  /**
   * Extended random model 100041: a SPLIT of a convolution's 64 channels in two, the first half reshaped to [1, 3136,
   * 1, 32] and read by a TANH, the second an output. The reshape keeps the slice from moving into the TANH, so its
   * copy stays, and the TANH packs into that copy (the split's other copy runs before it): run apart it cost 200,944
   * cycles more on U55-128.
   */
  random_100041: () => makeModel(100041).bytes,
  /**
   * Extended random model 100098: a depthwise convolution, two transposes that undo each other (W and C swapped
   * twice), a TANH and a SOFTMAX. regor merges the transposes into a no-op and removes it: the convolution writes the
   * map, and the TANH packs into it (costed as a transpose and a TANH it was 3-13% apart on U55/U65). On U85 the
   * merge comes before the first transpose could fuse into the convolution (fused, it was 3% over on U85-2048).
   */
  random_100098: () => makeModel(100098).bytes,
  /**
   * Extended random model 100253: a one-axis MEAN, a HARD_SWISH, a requantizing QUANTIZE, another HARD_SWISH and a
   * PAD. The second HARD_SWISH packs into the QUANTIZE, which writes the PAD's interior: on U85 that packed LUT is a
   * sub-operation and charges the whole padded map, as a convolution's fused activation does (counted as a LUT of
   * its own writing its slice: 5% under on U85-128).
   */
  random_100253: () => makeModel(100253).bytes,
  /**
   * Extended random model 100340: the input reshaped to [1, 320, 1, 128], then a requantizing QUANTIZE, the output.
   * The reshape gives the input that storage shape, so the QUANTIZE's output takes over its allocation (IFM reuse
   * compares the tensors' storage shapes only; compared in the 32x10 shape the input is read in, U55 held both maps:
   * SRAM 100% over).
   */
  random_100340: () => makeModel(100340).bytes,
  /**
   * Extended random model 100484: a SUB and its input concatenated, a LeakyReLU, a SPLIT of the 8 channels in two,
   * and two ADDs reading the halves (skip connections to the SUB and to the first ADD), concatenated again. An ADD
   * whose second input is a split's half is not reshaped deeper (regor reshapes an operation only when every map it
   * reads and writes is whole): reshaped, both ADDs cost a quarter of Vela's on U55-128 (total 33% under).
   */
  random_100484: () => makeModel(100484).bytes,
  /**
   * Extended random model 100453: a SPLIT of 32 channels, an ADD of the halves with ReLU6, and a transpose swapping W
   * and C, which U85 fuses into the ADD. regor's OFM connection then has the transposed shape [8, 16, 40] while the
   * block config stays the ADD's: its writes go out in 16-byte bursts, not its 128-byte blocks (U85-128 40% under).
   */
  random_100453: () => makeModel(100453).bytes,
  /**
   * Extended random model 100147: a 5x1 stride-2 convolution writing [25, 2, 32], then a transpose swapping H and W,
   * which U85 fuses into it. regor costs the operation in the transposed OFM [2, 25, 32] with its own block config
   * ([26, 2, 32] on U85-256): clipped to the transposed shape the blocks are [2, 2, 32], 13 of them, each reading
   * the whole IFM again (DRAM 11x what one read takes). Costed in its own shape it was 90% under on U85-256.
   */
  random_100147: () => makeModel(100147).bytes,
  /**
   * Extended random model 100065: convolutions with a skip ADD, then a 4x5 convolution with 87 kB of weights and a
   * fused transpose. An operation writing transposed cannot be cut along its OFM (regor's CanSubdivide): its weights
   * are buffered whole or not at all, and it is never striped in a cascade. Here the whole copy would not be hidden,
   * so the weights are read in place, once per block of the transposed output (8 times on U85-512: sliced and
   * buffered they took 64 kB of SRAM against Vela's 7 kB).
   */
  random_100065: () => makeModel(100065).bytes,
  /**
   * Extended random model 100179: a strided slice then three transposes in a row, a depthwise convolution, a SUB
   * and a MINIMUM. regor merges the transposes into one (MergeTransposes, before any is fused into the operation
   * before it), which then fuses into the slice's copy; fused one by one, U85 SRAM was 9-15x Vela's.
   */
  random_100179: () => makeModel(100179).bytes,
  /**
   * Extended random model 100449: a HARD_SWISH (a LUT run as a pooling) with a fused transpose swapping W and C,
   * then two convolutions. The block search takes the OFM's transpose: with the output in bricks, a block whose
   * depth comes from the input's width takes 16 of it at a time ([2, 16, 48] on U85-128, not [9, 6, 32]). The map is
   * written whole in its transposed shape, so it stays in bricks: counted as a view in another shape it went linear,
   * and the LUT's reads were 42% over.
   */
  random_100449: () => makeModel(100449).bytes,
  /**
   * Extended random model 100720: a 3x1 convolution writing [64, 8, 64] with a fused transpose swapping W and C, the
   * output. regor's sliced estimate, on which it decides the weight buffering and times the buffered run, takes the
   * transposed map's height and width with the operation's own depth: [64, 64, 64], 8 times the work (U85-256 NPU
   * cycles 78% under without it; on U85-128 the weights were buffered where Vela reads them in place).
   */
  random_100720: () => makeModel(100720).bytes,
  /**
   * Extended random model 100714: a HARD_SWISH on an 8x16x4 input, a transpose swapping W and C, a SOFTMAX and more.
   * regor reshapes the shallow HARD_SWISH deeper (to 8x4x16) before it packs operations, so it no longer writes the
   * map the transpose reads and the transpose runs on its own; fused, U85-2048 was 15% over.
   */
  random_100714: () => makeModel(100714).bytes,
  /**
   * Extended random model 100665: a transpose swapping H and W of a 16x40x128 map, a HARD_SWISH that joins it on
   * U55/U65, then a strided slice and a PAD. The transpose writes NHWC, so the HARD_SWISH's output, which it now
   * writes, is linear too: stored in bricks its write went out in whole bursts (U55 14% under).
   */
  random_100665: () => makeModel(100665).bytes,
  /**
   * Extended random model 100805: a SPLIT of 8 channels in two (the second half an output), the first half transposed
   * and averaged, split again, a TANH. regor rewrites a SPLIT into one slice per output and places each on its own:
   * the output's copy runs late, after the MEAN, not beside the first half's copy (together they held both halves
   * in SRAM at the peak: U55 SRAM 18% over).
   */
  random_100805: () => makeModel(100805).bytes,
  /**
   * Extended random model 100596: a depthwise convolution with ReLU, a transpose swapping H and W that U85 fuses
   * into it, a HARD_SWISH, a convolution. U85 refuses an activation right after another, not after a transpose: the
   * HARD_SWISH's LUT joins the convolution's group after the ReLU and the transpose (run apart: 19% over on
   * U85-512).
   */
  random_100596: () => makeModel(100596).bytes,
  /**
   * Extended random model 100739: a LOGISTIC on a 7x40x1 input, a transpose that only moves the unit axis (a reshape
   * to 7x1x40), a convolution. regor removes the reshape and keeps the LOGISTIC's output in the reshape's shape, and
   * the LOGISTIC, viewed deeper, writes it in that very shape: its readers and writer agree, so it stays in bricks,
   * 16 channels deep of 40 (stored linear for the other view, U55 SRAM was 8% under, U65 total 5% under).
   */
  random_100739: () => makeModel(100739).bytes,
  /**
   * Extended random model 100705: a MEAN over the width of 8x32x48, a STRIDED_SLICE taking every other row of all 8,
   * a HARD_SWISH, a stride-2 convolution. The slice spans its whole input, so once regor moves it into the
   * HARD_SWISH it is no slice when operations are packed: the LUT joins the MEAN's multiplication, which writes all
   * 8 rows into the HARD_SWISH's 4-row map, and the convolution reads that map (run apart, U85-128 SRAM was 3x
   * Vela's and U55 total 12% over).
   */
  random_100705: () => makeModel(100705).bytes,
  /**
   * Extended random model 100801: the same through a resize: a STRIDED_SLICE of every other row of a resize's whole
   * output, then a TANH, which joins the resize (U85-256 NPU cycles 2.6x Vela's apart).
   */
  random_100801: () => makeModel(100801).bytes,
  /**
   * Extended random model 100899: a resize, a depthwise convolution, a MUL of the two, then a transpose swapping W and
   * C and a SPLIT. regor packs in execution order: the MUL chains onto the convolution first, and a chain of two takes
   * no transpose, so the transpose runs on its own after it (fused into the MUL, the MUL could not chain: U85 SRAM
   * 31% over, cycles 20-30% under).
   */
  random_100899: () => makeModel(100899).bytes,
  /**
   * Extended random model 101037: the input reshaped twice, the second time into the output. regor removes the later
   * reshape first, so the earlier one becomes the input-to-output copy and the input keeps its own storage shape:
   * the copy cannot overwrite it (both in SRAM on U55). Reshaped by the first reshape, the input took the output's
   * shape and its memory was reused: U55 SRAM half of Vela's.
   */
  random_101037: () => makeModel(101037).bytes,
  /**
   * Extended random model 101136: a SPLIT of 12 channels, a HARD_SWISH of the first half, an ADD with ReLU of it and
   * the second half, a PAD. The ADD reads a half (the split's slice, moved into it) so regor does not reshape it
   * deeper, and its ReLU stays packed with it, writing the PAD's interior; on U85 the HARD_SWISH, reading the other
   * slice, is not reshaped either and the ADD chains onto it. Run apart: U85 SRAM 1,280 bytes where Vela has none,
   * U55 cycles 58% over.
   */
  random_101136: () => makeModel(101136).bytes,
  /**
   * Extended random model 101116: a convolution, a MUL chained onto it with a HARD_SWISH, a transpose and a strided
   * slice. The MUL chains first, so the transpose runs apart (the LUT before it stays in the chain): U85 SRAM was
   * half of Vela's.
   */
  random_101116: () => makeModel(101116).bytes,
  /**
   * Extended random model 100984: depthwise convolutions with skip connections into a PAD, then a SPLIT whose second
   * half goes to a transpose, then a HARD_SWISH. On U85 that half's copy writes in the transpose's order, as the
   * transpose itself, and the HARD_SWISH's LUT joins it (a plain slice copy would hand its slice to the activation
   * instead): run apart, U85-128 NPU cycles 9% over.
   */
  random_100984: () => makeModel(100984).bytes,
  /**
   * Extended random model 101185 (int16x8): a max pool and a convolution, a SPLIT, a 2x RESIZE_BILINEAR with half-pixel centers of one half, a
   * SOFTMAX. U55/U65 legalise it as for 8 bits: the input copied into a map one pixel larger, its border mirrored,
   * then a 2x2 depthwise convolution per output phase (costed as one pooling upscale: 26% under on U65-512).
   */
  random_101185: () => makeModel(101185).bytes,
  /**
   * Extended random model 100139: every other row of a 64x16x128 input into a depthwise convolution and, through a
   * skip connection, a MUL that U85 chains onto it. The chained MUL's read of the strided slice spans its whole area
   * too, as the operation's own reads do (counted over the rows read, U85 total cycles 42% under).
   */
  random_100139: () => makeModel(100139).bytes,
  /**
   * Extended random model 100223: a resize, a strided slice, a MEAN over the width, a LeakyReLU (a LUT at 8 bits)
   * and a PAD. The LUT writes the PAD's interior and the MEAN's multiplication on its 4-channel map is reshaped
   * deeper, so the two are not packed: the LUT runs on its own, as a ReLU would (packed, 9% under on U85-256).
   */
  random_100223: () => makeModel(100223).bytes,
  /**
   * Extended random model 101190: a softmax over a 32x34 map of depth 1 (after a resize). On U85 the transpose that
   * puts the depth in H for the row maximum moves only that unit axis: regor makes it a copy (the softmax reads its
   * input twice, so it cannot go), which is reshaped deeper like any copy (as a transpose, 9% over on U85-2048).
   */
  random_101190: () => makeModel(101190).bytes,
  /**
   * Extended random model 100306: a depthwise convolution with ReLU, an addition, a reshape from [32, 3, 4] to
   * [1, 96, 4], a HARD_SWISH and a PAD. regor moves the PAD's interior copy into the HARD_SWISH, which then writes a
   * slice beside a reshape and is not packed into the addition: its LUT runs as an operation of its own and writes
   * the interior, on every target (on U85, packed, the LUT was lost in the chain and the interior copied: 2.8% under
   * on U85-128; on U65, the interior copied after the packed addition: 2% under on U65-512).
   */
  random_100306: () => makeModel(100306).bytes,
  /**
   * Extended random model 101204: two TRANSPOSEs that undo each other on a 16-bit graph input, then a multiplication.
   * The merged transpose stays (its input is the graph's), with no permutation left: on U85 the multiplication
   * chains into it (as into a transposing one, not: 55-99% over).
   */
  random_101204: () => makeModel(101204).bytes,
  /**
   * Extended random model 101413: depthwise convolutions with ReLU on one channel, a subtraction of a scalar and an
   * addition. On U85 the subtraction chains into the convolution in its shape, and so does the addition after it
   * (the chain holds that shape on; reshaped deeper, it ran apart and its map sat in SRAM: 84% under).
   */
  random_101413: () => makeModel(101413).bytes,
  /**
   * Extended random model 101222: two convolutions of one input, then their sum. Vela runs the second convolution
   * first, and on U85 the addition chains into the one run just before it (in file order it did not chain: 4-11%
   * under).
   */
  random_101222: () => makeModel(101222).bytes,
  /**
   * Extended random model 101357: a first convolution whose weights sit in off-chip flash (U55), read four times. regor
   * tries buffering them from the start only when a tenth of their unbuffered read, in whole cycles, exceeds the
   * first slice's copy: 2,361 is not under 23,616 / 10 in integers (2.5% over on U55-128, buffered).
   */
  random_101357: () => makeModel(101357).bytes,
  /**
   * Extended random model 101272 (int16x8): a requantization, a strided slice of rows, a convolution, a 2x
   * RESIZE_BILINEAR with half-pixel centers. The 2x2 depthwise convolutions regor legalises the resize into read maps
   * with no scaling of their own: 32-bit accumulators, not the 40-bit ones of a scaled 16-bit operation, which
   * changes their block (U55-128: 3x20, not 3x24; 2.5% over).
   */
  random_101272: () => makeModel(101272).bytes,
  /**
   * Extended random model 101644: a depthwise convolution's output SPLIT in two; one half is requantized, then a
   * MINIMUM (on the CPU) reads it and the requantized copy. regor moves the slice into the map's readers in turn
   * and stops at the first CPU operator: the QUANTIZE reads the slice's source in SRAM, the copy stays for the CPU
   * (copy and all kept, U65-512 9.9% over).
   */
  random_101644: () => makeModel(101644).bytes,
  /**
   * Extended random model 101635: a MEAN's output SPLIT; one half goes to a LEAKY_RELU, an ADD (with it) and a
   * MINIMUM on the CPU. The LEAKY_RELU, rewritten into a LUT operation before the slices move, is connected anew, after
   * the other readers: only the ADD reads the slice's source, the LUT reads the copy in DRAM (9.4% under on U65-512
   * with both moved).
   */
  random_101635: () => makeModel(101635).bytes,
  /**
   * Extended random model 101724: a convolution, a strided slice of its columns, a 3x1 convolution whose output a
   * TRANSPOSE swaps H and W (fused into it on U85), a MEAN. regor's sliced estimate (which weight buffering decides on)
   * asks for the input the transposed output needs: 11 of the 64 rows, over the slice's whole extent, so its reference
   * and buffered runs read far less IFM than the whole map (U85-1024 NPU cycles 26% over).
   */
  random_101724: () => makeModel(101724).bytes,
  /**
   * Extended random model 102090: two convolutions of one map and their sum, a graph output. With a dedicated SRAM
   * (U65), the addition could overwrite its first input, a brick map of 128 channels, as many bytes as its linear
   * output: so it fits in staging uncascaded, and regor does not cascade it (cascaded, its other input stayed in the
   * SRAM: 6 times Vela's SRAM, 5% under in cycles).
   */
  random_102090: () => makeModel(102090).bytes,
  /**
   * Extended random model 101965: a convolution's [1, 128, 1, 24] output read by a TRANSPOSE to [1, 128, 24, 1]
   * (moving only unit axes: an identity), reshaped back, and by a multiplication with that. regor removes the later
   * reshape first, so the identity's output is stored as its input and needs no copy for the input's other reader
   * (copied: 49% over on U55-128).
   */
  random_101965: () => makeModel(101965).bytes,
  /**
   * Extended random model 102075: a depthwise convolution over 512 channels whose 8,320 bytes of weights sit in DRAM.
   * regor divides bytes by a bandwidth in single precision: their copy on U85-256 takes 3,125 cycles (a double's
   * quotient truncates to 3,124), so buffering them is no faster than reading them (3,039 either way) and they stay
   * in DRAM (buffered in slices: SRAM 3 times Vela's).
   */
  random_102075: () => makeModel(102075).bytes,
  /**
   * Extended random model 101807: a convolution with ReLU6 whose output a SPLIT halves (one half a graph output),
   * a subtraction and a second convolution. With a dedicated SRAM the convolution's output and the subtraction's
   * compete for staging; regor scores a U85 operation with a fused activation (a sub-operation) without its write, so
   * the subtraction's output wins (the convolution's kept: SRAM twice Vela's, 32% under in cycles on U85-128).
   */
  random_101807: () => makeModel(101807).bytes,
  /**
   * Extended random model 101881: a HARD_SWISH (a LUT operation of its own) written into a PAD's interior, a
   * column-strided slice and a 5x1 convolution. The LUT is the padded map's first producer, the border copies come
   * after it, so the convolution may weigh staging its input (in SRAM, read in 2,197 cycles) against buffering its
   * weights, and buffering loses (buffered, as if its input stayed in DRAM: U85-2048 SRAM 39% over).
   */
  random_101881: () => makeModel(101881).bytes,
  /**
   * Extended random model 102010: a subtraction whose [4, 8, 12] output a TRANSPOSE writes as [4, 12, 8] (fused into
   * it on U85), read by two convolutions. regor costs and counts the write in the transposed map's shape: 8 channels
   * in bricks of 16, 768 elements, not the 512 of the untransposed one (NPU cycles 2% under on U85-512).
   */
  random_102010: () => makeModel(102010).bytes,
  /**
   * Extended random model 102164: a requantization, a TANH written into a PAD's interior, then splits and a pooling.
   * The TANH's LUT, packed into the requantization, writes a slice of the padded map, while regor reshapes the
   * shallow requantization deeper ([13, 64, 4] as [52, 4, 16]): the two are not packed, and the LUT runs on its own
   * (packed: U65-512 73% over, U55-128 10% under).
   */
  random_102164: () => makeModel(102164).bytes,
  /**
   * Extended random model 102375 (int16x8): a LOGISTIC, then two multiplications by the input, chained on U85. The
   * LOGISTIC heads the chain as an activation-type operation: its activation pass, not an output pass, then the two
   * multiplications' outputs pace it (U85-1024 NPU cycles 15% over).
   */
  random_102375: () => makeModel(102375).bytes,
  /**
   * Extended random model 102605: a convolution to 4 channels with ReLU, reshaped from [32, 9, 4] to [288, 1, 4], then
   * a subtraction. regor reshapes the activation and the subtraction deeper alike (as many elements), so on U85 the
   * subtraction chains into the convolution, in the convolution's shape (run apart: NPU cycles 3% over, SRAM 6% under).
   */
  random_102605: () => makeModel(102605).bytes,
  /**
   * Extended random model 102597: a MEAN (a depthwise convolution and a multiplication, chained on U85), a reshape, a
   * HARD_SWISH, and an identity TRANSPOSE to the graph output. The HARD_SWISH's LUT stays packed after the chained
   * multiplication through the reshape: only one writing a slice (a PAD's interior) beside a reshape is refused
   * (split out: U85-1024 NPU cycles 10% over).
   */
  random_102597: () => makeModel(102597).bytes,
  /**
   * Extended random model 102949: a depthwise convolution, a PAD of nothing read by two 1x1 convolutions, their
   * MINIMUM and sum. regor gives every convolution reading a PAD the padding (ReplacePadByExplicitPadding) and drops
   * the PAD once none reads it: both read its input, and no copy runs (copied: 16% over on U85-512, 2-5% elsewhere).
   */
  random_102949: () => makeModel(102949).bytes,
  /**
   * Extended random model 102992: a requantization, a subtraction, a TRANSPOSE, a TANH and a PAD. On U85 the
   * subtraction chains into the requantization, so the transpose fused into it runs on its own, and the TANH's LUT,
   * which followed the transpose, goes with it and writes the PAD's interior (left on the subtraction, the interior
   * was copied: SRAM 75% over).
   */
  random_102992: () => makeModel(102992).bytes,
  /**
   * Extended random model 101472: a convolution, a slice of every other column (3 to 2), and a 5x1 convolution of
   * stride 2 down the rows to one output column. The slice moves into the convolution, which steps through the
   * map's columns; regor's sliced estimate asks for the input its one column needs with the kernel's stride times
   * the read's: one column of the map, not the slice's two. Its reference run is then short enough that buffering
   * the weights does not pay (U85-2048 buffered: total cycles 25% over, SRAM 22% over).
   */
  random_101472: () => makeModel(101472).bytes,
  /**
   * Extended random model 102609: a depthwise convolution, a LEAKY_RELU and a multiplication by its input, a slice of
   * every other column, a HARD_SWISH, a 3x5 convolution and a subtraction. The HARD_SWISH joins the multiplication
   * across the slice, which then writes its whole output, 40 columns, into the 20-column map the convolution reads:
   * the writer's connection and the reader's differ in width, so regor stores the map linear (in bricks, the
   * convolution's reads cost no burst overhead: U85-2048 NPU cycles 4% under).
   */
  random_102609: () => makeModel(102609).bytes,
  /**
   * Extended random model 103215: a resize, a TRANSPOSE with the HARD_SWISH's LUT packed after it, a subtraction of a
   * shallow map and a max pooling. A transpose starts no chain on U85, so the subtraction does not hold the map's
   * shape after it: regor reshapes it deeper ([16, 8, 1] as [4, 2, 16]) (kept shallow, its reads of one channel of a
   * graph input in DRAM each cost a burst: total cycles 3x Vela's on every U85).
   */
  random_103215: () => makeModel(103215).bytes,
  /**
   * Extended random model 103132 (the eleventh extended set): a 13x16 input reshaped to [1, 1, 208, 1], a softmax, and
   * requantizations. On U85 the transpose that would put the depth of 1 in H is an identity, kept as a copy; regor
   * inserts that copy after the input, so the subtraction of the row maximum reads the copy in SRAM too, not the graph
   * input in DRAM (U85-512 9% over).
   */
  random_103132: () => makeModel(103132).bytes,
  /**
   * Extended random model 103111: two poolings of a [4, 1, 1] map, a requantization, a RESHAPE to the very shape it
   * reads, and a PAD. regor removes the reshape, and the PAD's interior copy moves into the requantization, which
   * writes the interior (copied after the reshape: 15% over on U55-128).
   */
  random_103111: () => makeModel(103111).bytes,
  /**
   * Random model 913: a resize, two convolutions, an addition, a max pooling and a TRANSPOSE_CONV to 8 channels with a
   * 3x3 kernel. On U55/U65 regor runs the transpose convolution as a convolution over the upscaled input with its
   * kernel reversed in height and width (LegaliseTransposeConv2D), which is what it encodes: 160 bytes of weights,
   * not the 144 of the kernel as stored.
   */
  random_913: () => makeModel(913).bytes,
  /**
   * Random model 937: a depthwise convolution, a convolution, their sum, a resize to [6, 2, 8], a TANH, a PAD of two
   * columns on the left and one on the right, and a 3x5 stride-2 convolution, which takes the PAD as its padding.
   * regor's sliced estimate (weight buffering decides on it) asks for the input the output needs within the map as
   * stored: two columns, not the five of the padded view (reading five, the buffered run was 42 cycles longer than
   * Vela's: U65-512 2% over).
   */
  random_937: () => makeModel(937).bytes,
  /**
   * Random model 2354: a softmax, a convolution, a multiplication, a depthwise convolution of depth multiplier 2 with
   * ReLU6, and a PAD. On U55/U65 the convolution runs per multiplier, transposes interleave the parts, and the
   * ReLU6 runs last as an operation of its own writing the PAD's interior: the main op of its group, paced like one
   * with no fused activation (AO cycles per element 1.0 on U55-256, not a fused ReLU's 0.25: 2,000 cycles under).
   */
  random_2354: () => makeModel(2354).bytes,
  /**
   * Extended random model 103518 (the twelfth extended set): a half-pixel 2x bilinear resize of [13, 1, 96] and a
   * PAD. regor decomposes the resize in its scheduler, after moving the PAD's interior copy into it, so its four 2x2
   * depthwise phases write the interior, each costed over the padded map less its last row and column (27x2 of 28x3);
   * apart, the interior was copied and the phases were costed on the resize's own output (U65-512 8.5% under).
   */
  random_103518: () => makeModel(103518).bytes,
  /**
   * Extended random model 103576: a subtraction of [1, 1, 17, 64] maps, a TRANSPOSE swapping W and C, a second one
   * moving only a unit axis ([1, 1, 64, 17] to [1, 64, 1, 17]), a requantization, a multiplication and a
   * concatenation. regor rewrites the second into an identity before it merges transposes, so the first is no pair:
   * it fuses into the subtraction on U85 (merged and run apart: NPU cycles 20-33% over).
   */
  random_103576: () => makeModel(103576).bytes,
  /**
   * Extended random model 103475: a graph input reshaped to its own shape and read by a MINIMUM on the CPU (mismatched
   * quantization) together with the input itself, then a convolution, a PAD and a subtraction. regor inserts the
   * reshape's copy after the input (InsertCopyOpAfterTensor), so the CPU operator reads the copy for both operands and
   * the input is free once copied (both held: U55 SRAM peak 1,024 bytes, 50%, over).
   */
  random_103475: () => makeModel(103475).bytes,
  /**
   * Extended random model 103887 (the thirteenth extended set): a convolution to 4 channels, a nearest-neighbour
   * resize with the HARD_SWISH's LUT packed after it (through a reshape to [1, 768, 1, 4]), a subtraction and a
   * pooling. A resize starts no U85 chain, so the subtraction does not hold the [24, 32, 4] shape after it: regor
   * reshapes it deeper ([24, 8, 16]), and the resize writes its map linear (kept shallow, the subtraction read a
   * 4-channel graph input per burst: total cycles 2x Vela's on every U85).
   */
  random_103887: () => makeModel(103887).bytes,
  /**
   * Extended random model 103688: two TRANSPOSEs of a [7, 10, 32] graph input that undo each other, a slice of every
   * other column and a requantization. regor merges the pair into one transpose that moves no axis and keeps it (its
   * input is a graph input); with no permutation on its output it maps elements one to one, so its output takes over
   * the input's storage (U55 SRAM peak 33% over with both held).
   */
  random_103688: () => makeModel(103688).bytes,
};
