// The encoder's contract: stream and scale-record layout per architecture, and typed errors on bad input.
import {
  encodeWeights,
  encodeWeightsBestFormat,
  WeightEncodingError,
  type EncodeWeightsInput,
} from '../../../src/perf/weights/index.js';

function conv(outChannels: number, overrides: Partial<EncodeWeightsInput> = {}): EncodeWeightsInput {
  const shape: [number, number, number, number] = [outChannels, 3, 3, 8];
  const weights = new Int8Array(shape[0] * shape[1] * shape[2] * shape[3]).map((_, i) => ((i * 37) % 23) - 11);
  return {
    family: 'u55',
    macs: 128,
    weights,
    shape,
    zeroPoints: [0],
    kind: 'conv',
    ofmBlockDepth: 16,
    traversal: 'depth-first',
    ifmBits: 8,
    ...overrides,
  };
}

const DRAM = { bandwidth: 12, readLatency: 500, maxBurstLength: 128, maxReads: 64, portsUsed: 1 };
const SRAM = { bandwidth: 16, readLatency: 32, maxBurstLength: 64, maxReads: 8, portsUsed: 2 };

describe('encoded layout', () => {
  test('U55: one stream, 10-byte scale records padded to 16', () => {
    const r = encodeWeights(conv(20));
    expect(r.streams).toBe(1);
    expect(r.scaleBytes).toBe(208);
    expect(r.weightBytes % 16).toBe(0);
    expect(r.totalBytes).toBe(r.weightBytes + r.scaleBytes);
    expect(r.maxRangeBytes).toBe(r.totalBytes);
  });

  test('U65-512: two streams take alternate OFM channels, each with its own scales', () => {
    const r = encodeWeights(conv(3, { family: 'u65', macs: 512 }));
    expect(r.streams).toBe(2);
    expect(r.ranges.map((x) => x.scaleBytes)).toEqual([32, 16]); // 2 and 1 channels
    expect(encodeWeights(conv(1, { family: 'u65', macs: 512 })).streams).toBe(1);
  });

  test('U85: scales only in stream 0, rounded up to 16 channels; one weight stream per core', () => {
    const base = { family: 'u85' as const, ifmBlockDepth: 16, ofmUBlockDepth: 16 };
    const r = encodeWeights(conv(20, { ...base, macs: 256 }));
    expect(r.streams).toBe(1);
    expect(r.scaleBytes).toBe(320);
    const quad = encodeWeights(conv(20, { ...base, macs: 1024 }));
    expect(quad.streams).toBe(4);
    expect(quad.ranges.map((x) => x.scaleBytes)).toEqual([320, 0, 0, 0]);
    const fast = encodeWeights(conv(20, { ...base, macs: 1024, format: { fast: true, sparse: false } }));
    expect(fast.streams).toBe(1);
    expect(fast.weightBytes % 32).toBe(0);
  });

  test('depth slices: one range per slice and stream; double-buffer sizes alternate', () => {
    const r = encodeWeights(conv(48, { depthSlices: [0, 16, 32, 48] }));
    expect(r.rangeSizes).toHaveLength(3);
    expect(r.doubleBufferSizes[0]).toBe(Math.max(r.rangeSizes[0], r.rangeSizes[2]));
    expect(r.doubleBufferSizes[1]).toBe(r.rangeSizes[1]);
    expect(r.weightBytes).toBeGreaterThan(encodeWeights(conv(48)).weightBytes - 1);
  });

  test('best format on U55 is always the default MLW stream', () => {
    const r = encodeWeightsBestFormat({ ...conv(16), strategy: 'performance', opCycles: 1000, weightMemory: DRAM });
    expect(r.format).toBe('default');
    expect(r.decodeCycles).toBeGreaterThan(0);
  });

  test('best format on U85: 2 distinct values in fast memory go to the fast decoder, behind slow DRAM they stay MLW', () => {
    const input = conv(64, { family: 'u85', macs: 256, ifmBlockDepth: 16, ofmUBlockDepth: 16 });
    const clustered = { ...input, weights: input.weights.map((v) => (v > 0 ? 5 : -5)) };
    // MLW decodes 8 weights/cycle here; FWD 64, but its larger stream must cross the weight channel.
    const r = encodeWeightsBestFormat({ ...clustered, strategy: 'performance', opCycles: 1000, weightMemory: SRAM });
    expect(r.format).toBe('fast');
    const slow = encodeWeightsBestFormat({ ...clustered, strategy: 'performance', opCycles: 1000, weightMemory: DRAM });
    expect(slow.format).toBe('default');
    const size = encodeWeightsBestFormat({ ...clustered, strategy: 'size', opCycles: 1000, weightMemory: DRAM });
    expect(size.weightBytes).toBeLessThanOrEqual(r.weightBytes);
  });
});

describe('memoisation', () => {
  test('repeated calls share the result, and pruning the same array in place re-encodes', () => {
    const input = conv(32);
    const first = encodeWeights(input);
    expect(encodeWeights({ ...input })).toBe(first);
    for (let i = 0; i < input.weights.length; i++) if (i % 4) input.weights[i] = 0;
    const pruned = encodeWeights(input);
    expect(pruned).not.toBe(first);
    expect(pruned.weightBytes).toBeLessThan(first.weightBytes);
  });
});

describe('typed errors', () => {
  const cases: [string, Partial<EncodeWeightsInput>, string][] = [
    ['a zero dimension', { shape: [0, 3, 3, 8] }, 'bad-shape'],
    ['a buffer shorter than the shape', { weights: new Int8Array(10) }, 'bad-data'],
    // Corrected values would leave the codec's -255..255 (a hostile file): sized by the estimate instead.
    ['an int8 zero point outside -128..127', { zeroPoints: [256] }, 'bad-data'],
    ['a zero point that is not an integer', { zeroPoints: [0.5] }, 'bad-data'],
    ['depthwise weights with O != 1', { kind: 'depthwise', traversal: 'depthwise' }, 'bad-shape'],
    ['a traversal that does not fit the kind', { traversal: 'depthwise' }, 'bad-config'],
    ['FWD on U55', { format: { fast: true, sparse: false } }, 'bad-config'],
    ['U85 without the microblock depth', { family: 'u85', macs: 256, ifmBlockDepth: 16 }, 'bad-config'],
    ['an unknown U85 size', { family: 'u85', macs: 384, ifmBlockDepth: 16, ofmUBlockDepth: 16 }, 'bad-config'],
    ['depth slices outside the tensor', { depthSlices: [0, 40] }, 'bad-config'],
    [
      'dense weights asked for as 2:4 sparse',
      { family: 'u85', macs: 256, ifmBlockDepth: 16, ofmUBlockDepth: 16, format: { fast: false, sparse: true } },
      'not-sparse',
    ],
  ];
  for (const [name, overrides, code] of cases) {
    test(`${name} -> ${code}`, () => {
      let error: unknown;
      try {
        encodeWeights(conv(16, overrides));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WeightEncodingError);
      expect((error as WeightEncodingError).code).toBe(code);
      expect((error as WeightEncodingError).detail.length).toBeGreaterThan(5);
    });
  }
});
