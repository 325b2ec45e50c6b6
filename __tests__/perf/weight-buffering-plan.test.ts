// The weight-buffering rules (src/perf/weight-buffering.ts) on a real memory system (U65-256: weights in DRAM,
// staged in SRAM) with a made-up operation whose cycles grow with its OFM depth.
import { planWeightBuffering, type BufferingInput } from '../../src/perf/weight-buffering.js';
import { archFor } from '../../src/perf/arch.js';
import { builtinTarget } from '../../src/targets/index.js';
import { Channel, channelBandwidth, floatCycles, memToMemCycles } from '../../src/perf/transfer.js';

const arch = archFor(builtinTarget('ethos-u65-256'));
const PER_CHANNEL = 100;
const input = (over: Partial<BufferingInput> = {}): BufferingInput => ({
  npu: arch.npu,
  constMem: arch.constMem,
  stagingMem: arch.stagingMem,
  bufferLimit: 64 * 1024,
  fullBytes: 8192,
  depth: 128,
  blockDepth: 32,
  minDepth: 16,
  refetches: 4,
  refRun: 128 * PER_CHANNEL + 100,
  ifmRead: 0,
  // Each slice: its channels, plus the IFM start-up on the first and the OFM drain on the last.
  runAt: (d, first, last) => d * PER_CHANNEL + (first ? 50 : 0) + (last ? 50 : 0),
  prevSlack: 0,
  prevIsNpu: true,
  first: false,
  ...over,
});

describe('weight buffering plan', () => {
  test('weights already in fast memory are read in place', () => {
    expect(planWeightBuffering(input({ constMem: arch.stagingMem }))).toBeNull();
  });

  test('a previous operation long enough to hide the whole copy: one slice, the full tensor first', () => {
    const full = memToMemCycles(arch.npu, arch.stagingMem, arch.constMem, 8192);
    const plan = planWeightBuffering(input({ prevSlack: full + 10 }));
    expect(plan).not.toBeNull();
    expect(plan!.slices).toEqual([0, 128]);
    expect(plan!.firstBytes).toBe(8192);
    expect(plan!.bufferBytes).toBe(8192);
    expect(plan!.ownSlack).toBe(128 * PER_CHANNEL + 100);
  });

  test('little slack: a 16-deep prebuffer, then whole-block slices in two alternating buffers', () => {
    const plan = planWeightBuffering(input({ prevSlack: 0 }));
    expect(plan).not.toBeNull();
    const { slices } = plan!;
    expect(slices[0]).toBe(0);
    expect(slices[1]).toBe(16);
    expect(slices.at(-1)).toBe(128);
    // Slices after the prebuffer are whole blocks (the last one takes the rest).
    for (let i = 2; i < slices.length - 1; i++) expect((slices[i] - slices[1]) % 32).toBe(0);
    expect(plan!.firstBytes).toBe(Math.round((8192 * 16) / 128));
    expect(plan!.bufferBytes).toBeLessThan(8192);
    // The next operation hides its copy under the last slice only.
    expect(plan!.ownSlack).toBe((128 - slices.at(-2)!) * PER_CHANNEL + 50);
  });

  test('no buffer fits: read in place', () => {
    expect(planWeightBuffering(input({ bufferLimit: 512 }))).toBeNull();
  });

  test('read once and copying costs more than the operation: read in place', () => {
    expect(planWeightBuffering(input({ refetches: 1, refRun: 10, runAt: () => 10 }))).toBeNull();
  });
});

describe('weight buffering plan in a cascade (never sliced in depth)', () => {
  test('weights larger than the staging left beside the rolling buffers are read in place', () => {
    // The same operation outside a cascade slices its weights into small buffers that fit.
    expect(planWeightBuffering(input({ bufferLimit: 4096 }))).not.toBeNull();
    expect(planWeightBuffering(input({ bufferLimit: 4096, cascade: { stripes: 8, first: false } }))).toBeNull();
  });

  test('a whole-tensor copy hidden under the previous operation is taken, in one slice', () => {
    const full = memToMemCycles(arch.npu, arch.stagingMem, arch.constMem, 8192);
    const plan = planWeightBuffering(input({ prevSlack: full + 10, cascade: { stripes: 8, first: true } }));
    expect(plan).not.toBeNull();
    expect(plan!.slices).toEqual([0, 128]);
    expect(plan!.bufferBytes).toBe(8192);
  });

  test('a copy that would show is not made inside a cascade, unless spread over many stripes', () => {
    // Without slack, outside a cascade the copy is sliced and mostly hidden; inside, it would be seen whole
    // (about 2,700 cycles): too much over 2 stripes, under Vela's 1,000-cycle allowance per stripe over 8.
    expect(planWeightBuffering(input({ prevSlack: 0 }))).not.toBeNull();
    expect(planWeightBuffering(input({ prevSlack: 0, cascade: { stripes: 2, first: false } }))).toBeNull();
    expect(planWeightBuffering(input({ prevSlack: 0, cascade: { stripes: 8, first: false } }))).not.toBeNull();
  });
});

describe('copy and access cycles in single precision, as regor divides', () => {
  const u85 = archFor(builtinTarget('ethos-u85-256'));
  test("8,320 bytes from DRAM into SRAM on U85-256 take Vela's 3,625 cycles (a double's quotient gives 3,624)", () => {
    // Vela 5.1.0's own log for random model 102075 (its depthwise weights): fullTransferCycles=3625.
    expect(memToMemCycles(u85.npu, u85.stagingMem, u85.constMem, 8320)).toBe(3625);
    const bandwidth = channelBandwidth(u85.npu, u85.constMem, Channel.Mem2Mem);
    expect(floatCycles(8320, bandwidth)).toBe(3125);
    expect(Math.trunc(8320 / bandwidth)).toBe(3124);
  });
});
