import type { BlockConfig } from '../../src/perf/block-u55.js';
import { UNIT_KERNEL, type WeightInfo } from '../../src/perf/ops.js';
import { defaultSizes, slicedEncoding } from '../../src/perf/weight-sizes.js';
import { encodeWeights } from '../../src/perf/weights/index.js';
import { builtinTarget } from '../../src/targets/index.js';

// A weight source's `data` is derived or loaded again on every read (a decomposed convolution's per-element
// weights are gathered from the whole tensor; a large model's come from disk). The sizing reads it once per
// tensor and config it encodes, and not at all for slices it already has: a fuzzed U85 stride, decomposed into
// hundreds of such records, spent a third of its time re-deriving them before (1.3 s, now 0.78 s).

const target = builtinTarget('ethos-u85-256');
const cfg: BlockConfig = {
  ofmBlock: { h: 8, w: 8, c: 16 },
  ifmBlock: { h: 8, w: 8, c: 16 },
  traversal: 'DepthFirst',
  wideAcc: false,
  ofmUBlock: { h: 2, w: 2, c: 8 },
};

/** A 32 x 1 x 1 x 16 convolution's weights whose reads are counted. */
function countedWeights(): { w: WeightInfo; reads: () => number } {
  const values = Int8Array.from({ length: 32 * 16 }, (_, i) => ((i * 37) % 61) - 30);
  let reads = 0;
  const w: WeightInfo = {
    key: 'w',
    originalBytes: values.length,
    encodedBytes: 0,
    scaleBytes: 0,
    channels: 32,
    source: {
      get data() {
        reads++;
        return values.slice();
      },
      count: values.length,
      shape: [32, 1, 1, 16],
      zeroPoints: [0],
      kind: 'conv',
      identity: {},
    },
  };
  return { w, reads: () => reads };
}

describe('weight sizing reads a source once per encoding', () => {
  test('default sizes: one read per call, and the size the encoder gives', () => {
    const { w, reads } = countedWeights();
    const sizes = defaultSizes(target, w, cfg, 8, UNIT_KERNEL, 1, 3072);
    expect(reads()).toBe(1);
    const direct = encodeWeights({
      family: 'u85',
      macs: 256,
      weights: w.source!.data,
      shape: w.source!.shape,
      zeroPoints: [0],
      kind: 'conv',
      ofmBlockDepth: 16,
      ifmBlockDepth: 16,
      ofmUBlockDepth: 8,
      traversal: 'depth-first',
      ifmBits: 8,
    });
    expect(sizes.weightBytes).toBe(direct.weightBytes);
  });

  test('sliced encodings: one read for the slices it encodes, none for slices it has', () => {
    const { w, reads } = countedWeights();
    const first = slicedEncoding(target, w, cfg, 8, UNIT_KERNEL, [0, 16, 32], 3072);
    expect(first?.rangeSizes).toHaveLength(2);
    expect(reads()).toBe(1);
    expect(slicedEncoding(target, w, cfg, 8, UNIT_KERNEL, [0, 16, 32], 3072)).toEqual(first);
    expect(reads()).toBe(1);
    // A proposal sharing the first slice encodes only its new ones, from one more read.
    const other = slicedEncoding(target, w, cfg, 8, UNIT_KERNEL, [0, 16, 24, 32], 3072);
    expect(other?.rangeSizes[0]).toBe(first?.rangeSizes[0]);
    expect(reads()).toBe(2);
  });
});
