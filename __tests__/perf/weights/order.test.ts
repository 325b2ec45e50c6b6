// Depthwise weights with one zero point take a direct path through the brick order; it must give the order the
// general path (a reader per value, taken for per-channel zero points) gives. The general path is forced by a
// zero-point list that is not uniform only past the last channel, so both read the same values.
import { orderWeightsU55, orderWeightsU85 } from '../../../src/perf/weights/index.js';
import type { WeightTensorView } from '../../../src/perf/weights/source.js';

const shape = [1, 5, 3, 37] as const; // odd depth: partial ublocks and groups
const channels = shape[3];
const data = Int8Array.from({ length: 5 * 3 * channels }, (_, i) => ((i * 37) % 255) - 127);
const shared: WeightTensorView = { data, shape: [...shape], zeroPoints: [0], depthwise: true };
const general: WeightTensorView = { ...shared, zeroPoints: [...new Array<number>(channels).fill(0), 9] };

test.each([
  [1, 0, 0, channels],
  [2, 1, 0, channels],
  [1, 0, 8, 24],
])('U55/U65 depthwise, %i stream(s), stream %i, depth slice from %i, %i deep', (streams, stream, offset, length) => {
  const p = {
    streams,
    stream,
    depthOffset: offset,
    depthLength: length,
    ofmBlockDepth: 16,
    ofmUBlockDepth: 8,
    ifmUBlockDepth: 8,
    ifmBits: 8 as const,
    traversal: 'depthwise' as const,
    dilation: [1, 1] as const,
  };
  const expected = orderWeightsU55(general, p);
  expect(expected.some((v) => v !== 0)).toBe(true);
  expect(Array.from(orderWeightsU55(shared, p))).toEqual(Array.from(expected));
});

test.each([
  [256, 1, 0, 0],
  [512, 2, 1, 0],
  [2048, 4, 3, 8],
])('U85-%i depthwise, %i stream(s), stream %i, depth slice from %i', (macs, streams, stream, offset) => {
  const p = {
    streams,
    stream,
    macs,
    depthOffset: offset,
    depthLength: channels - offset,
    ofmBlockDepth: 32,
    ifmBlockDepth: 32,
    ofmUBlockDepth: 16,
    ifmBits: 8 as const,
    traversal: 'depthwise' as const,
    dilation: [1, 1] as const,
    stride: [2, 1] as const,
    sparse: false,
  };
  const expected = orderWeightsU85(general, p);
  expect(expected.some((v) => v !== 0)).toBe(true);
  expect(Array.from(orderWeightsU85(shared, p))).toEqual(Array.from(expected));
});
