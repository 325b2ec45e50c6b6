// Ethos-U weight encoder: encoded weight and scale sizes exactly as Vela 5.1.0 (regor) produces them.
//
// API (pure functions, typed arrays in, plain data out; nothing here touches files, env or clock):
//
//   encodeWeights(input: EncodeWeightsInput): EncodedWeights
//     Orders one constant weight tensor for the NPU and encodes it in one given format.
//     input:
//       family        'u55' | 'u65' | 'u85'
//       macs          the target's MAC count (U65-512: 512, U85-1024: 1024 ...)
//       cores?        streams; derived from family+macs when omitted (U65-512: 2; U85-512: 2, -1024/-2048: 4)
//       weights       Int8Array | Uint8Array, the raw TFLite buffer
//       shape         [O, H, W, I] (TFLite OHWI; fully connected [O, 1, 1, I]; depthwise [1, H, W, C])
//       zeroPoints    the weight tensor's zero points (per tensor or per channel)
//       kind          'conv' | 'depthwise' | 'fully-connected'
//       ofmBlockDepth the chosen block config's OFM block depth (Vela debug DB: ofm_block_c)
//       ifmBlockDepth U85 only: the block config's IFM block depth (ifm_block_c)
//       ofmUBlockDepth U85 only: the chosen OFM microblock depth (ofm_ublock_c); U55/U65 take it from macs
//       traversal     'depth-first' | 'part-kernel' | 'depthwise' (the block config's traversal)
//       dilation      [dy, dx]; stride [sy, sx] (U85 part-kernel/depthwise ordering uses it)
//       ifmBits       8 | 16
//       depthSlices?  OFM depth offsets, default [0, C]; more entries when weights are buffered in slices
//                     (Vela debug DB: ofm_depth_slices, e.g. [0, 16, 64])
//       weightDepthBase? added to the slice offsets, for an op that covers part of the tensor's OFM depth
//       format?       { fast, sparse } (U85 only; default MLW, dense)
//       sizeOnly?     count the streams' bits instead of writing them (streamData then holds empty arrays)
//     The weights must already be in the form regor encodes: the caller applies graph rewrites first
//     (transpose-conv kernel flips, depth-multiplier depthwise as conv, LSTM gate splits, Resize/Mean
//     generated kernels); those layers are not covered by the golden tests yet.
//     result (EncodedWeights):
//       weightBytes   encoded weight streams incl. their 16-byte (MLW) or 32-byte (FWD) padding, excluding
//                     scales = regor's totalWeightBytes, summed by Vela into weights_npu_encoded_bytes
//       scaleBytes    scale/bias records (10 B per OFM channel), each stream's block padded to 16 B
//       totalBytes    weightBytes + scaleBytes = the encoded tensor size
//       ranges        per depth slice and stream: scale and weight bytes (regor's WeightRange)
//       rangeSizes, maxRangeBytes, doubleBufferSizes   as regor computes them for weight buffering
//       streams       number of weight streams per slice; streamBytes: each stream's encoded bytes
//       format        'default' | 'fast' | 'sparse' | 'fast-sparse'
//       cores         the streams' core count
//       sourceElements, zeroCount, distinctWeights   the stats regor's decode-cost model reads (regor's
//                     quirks kept: zeroCount counts only zero-run zeros, distinctWeights stops counting past
//                     16, both 0 for FWD)
//       distinctValues exact number of distinct zero-point-corrected values (all streams)
//       streamData    the encoded weight bit streams in regor's layout, one per range and stream (sizes are
//                     checked against Vela; the bits are checked by decoding them in the tests)
//     Throws WeightEncodingError ('bad-shape' | 'bad-config' | 'bad-data' | 'not-sparse').
//     Results are memoised per weight array and config (guarded by a content hash): treat them as read-only.
//
//   encodeWeightsBestFormat(input: BestFormatInput): EncodedWeights & { decodeCycles }
//     Vela's EncodeBestWeightFormat: on U55/U65 the default format; on U85 tries {default, fast} x
//     {dense, sparse 2:4} in regor's order and picks by strategy ('performance': lowest decode cycles +
//     op cycles; 'size': smallest weightBytes). Needs from the estimator: opCycles of the dense block
//     config, `sparse` = the Sparse2_4 block config and its opCycles (omit if none), and the weight
//     memory (const area: bandwidth in bytes/cycle, read latency, burst, max reads, ports).
//
//   u85WeightDecodeCycles / u55WeightDecodeCycles(stats, ...): regor's WeightDecodeCycles (max of decoder
//     throughput and weight DMA); u85WeightDecoderCycles: the throughput part alone (debug DB wd_cycles).
//   coresFor(family, macs): the core count regor uses.
//   mlwEncode(values: Int16Array), fwdEncode(values), orderWeightsU55/U85: the lower layers, for tests.
//   The MLW parameter search runs on WebAssembly SIMD (search.wat, compiled by `npm run gen:wasm` into
//   search-wasm.ts) with the scalar search in mlw.ts as reference and fallback; both give the same streams.

import { fwdEncode, fwdEncodedSize } from './fwd.js';
import { mlwEncode } from './mlw.js';
import { orderedValues } from './order.js';
import type { WeightTensorView } from './source.js';
import {
  formatName,
  WeightEncodingError,
  type NpuFamily,
  type Traversal,
  type WeightFormat,
  type WeightFormatName,
  type WeightKind,
} from './types.js';
import { u55WeightDecodeCycles, u85WeightDecodeCycles, type WeightMemory, type WeightStats } from './decode-cycles.js';

export { mlwEncode, MLW_CHUNK_VALUES } from './mlw.js';
export { fwdEncode, fwdEncodedSize } from './fwd.js';
export { orderWeightsU55 } from './order-u55.js';
export { orderWeightsU85, WeightsNotSparseError } from './order-u85.js';
export {
  u85WeightDecodeCycles,
  u85WeightDecoderCycles,
  u55WeightDecodeCycles,
  u85WeightChannelBandwidth,
  type WeightMemory,
  type WeightStats,
} from './decode-cycles.js';
export * from './types.js';

export interface EncodeWeightsInput {
  family: NpuFamily;
  macs: number;
  cores?: number;
  weights: Int8Array | Uint8Array;
  shape: readonly [number, number, number, number];
  zeroPoints: readonly number[];
  kind: WeightKind;
  ofmBlockDepth: number;
  ifmBlockDepth?: number;
  ofmUBlockDepth?: number;
  traversal: Traversal;
  dilation?: readonly [number, number];
  stride?: readonly [number, number];
  ifmBits: 8 | 16;
  depthSlices?: readonly number[];
  /** Added to every slice offset (regor's weightDepthBase, for ops split along OFM depth). */
  weightDepthBase?: number;
  /** Count the streams' bits without writing them: sizes as usual, streamData empty arrays. */
  sizeOnly?: boolean;
  format?: WeightFormat;
}

export interface WeightRange {
  depthOffset: number;
  stream: number;
  scaleBytes: number;
  weightBytes: number;
}

export interface EncodedWeights {
  weightBytes: number;
  scaleBytes: number;
  totalBytes: number;
  ranges: WeightRange[];
  rangeSizes: number[];
  maxRangeBytes: number;
  doubleBufferSizes: [number, number];
  streams: number;
  /** Cores of the target (decode throughput scales with it). */
  cores: number;
  streamBytes: number[];
  format: WeightFormatName;
  sourceElements: number;
  zeroCount: number;
  distinctWeights: number;
  distinctValues: number;
  streamData: Uint8Array[];
}

const U85_CORES: Record<number, number> = { 128: 1, 256: 1, 512: 2, 1024: 4, 2048: 4 };

/** Streams (cores) of a target as regor configures it. */
export function coresFor(family: NpuFamily, macs: number): number {
  if (family === 'u55') return 1;
  if (family === 'u65') return macs === 512 ? 2 : 1;
  const cores = U85_CORES[macs];
  if (!cores) throw new WeightEncodingError('bad-config', `no Ethos-U85 configuration with ${macs} MACs`);
  return cores;
}

const roundUp = (x: number, n: number): number => Math.ceil(x / n) * n;

export function validateEncodeInput(input: EncodeWeightsInput): void {
  const { shape, weights, kind } = input;
  if (shape.length !== 4 || shape.some((d) => !Number.isInteger(d) || d <= 0)) {
    throw new WeightEncodingError('bad-shape', `weight shape must be 4 positive integers, got [${shape.join(', ')}]`);
  }
  const count = shape[0] * shape[1] * shape[2] * shape[3];
  // Zero-point corrected weights must fit the codec's -255..255: a zero point within the data type's range.
  const signed = weights instanceof Int8Array;
  for (const zp of input.zeroPoints) {
    if (!Number.isInteger(zp) || zp < (signed ? -128 : 0) || zp > (signed ? 127 : 255)) {
      throw new WeightEncodingError('bad-data', `zero point ${zp} is outside the ${signed ? 'int8' : 'uint8'} range`);
    }
  }
  if (weights.length < count) {
    throw new WeightEncodingError('bad-data', `weight buffer holds ${weights.length} values, shape needs ${count}`);
  }
  if (kind === 'depthwise' && shape[0] !== 1) {
    throw new WeightEncodingError('bad-shape', `depthwise weights must be [1, H, W, C], got [${shape.join(', ')}]`);
  }
  if ((kind === 'depthwise') !== (input.traversal === 'depthwise')) {
    throw new WeightEncodingError('bad-config', `traversal ${input.traversal} does not fit a ${kind} operator`);
  }
  if (!(input.ofmBlockDepth > 0)) throw new WeightEncodingError('bad-config', 'ofmBlockDepth must be positive');
  if (input.family === 'u85') {
    if (!(input.ifmBlockDepth && input.ifmBlockDepth > 0)) {
      throw new WeightEncodingError('bad-config', 'U85 needs the block config ifmBlockDepth');
    }
    if (!(input.ofmUBlockDepth && input.ofmUBlockDepth > 0)) {
      throw new WeightEncodingError('bad-config', 'U85 needs the block config ofmUBlockDepth');
    }
  } else if (input.format && (input.format.fast || input.format.sparse)) {
    throw new WeightEncodingError('bad-config', `${input.family} supports only the default weight format`);
  }
}

/** regor's distinct count: popcount of the used-value mask, 64 values a word, stopping once past 16. */
export function regorDistinct(used: Uint8Array): number {
  let count = 0;
  for (let word = 0; word < 8 && count <= 16; word++) {
    for (let b = 0; b < 64; b++) count += used[word * 64 + b];
  }
  return count;
}

/** Encodes one weight tensor in one format (see the API notes at the top of this file). Results are shared: do not mutate. */
export function encodeWeights(input: EncodeWeightsInput): EncodedWeights {
  validateEncodeInput(input);
  // The estimator asks for the same tensor and config more than once (format trials, buffering), and the
  // MLW parameter search is the costly part, so results are memoised per weight buffer (read-only results).
  const { weights, ...config } = input;
  const key = JSON.stringify(config);
  // A content hash guards against callers that prune or cluster the same array in place.
  const hash = contentHash(weights);
  let entry = memo.get(weights);
  if (!entry || entry.hash !== hash) memo.set(weights, (entry = { hash, results: new Map() }));
  const perBuffer = entry.results;
  const hit = perBuffer.get(key);
  if (hit) {
    if (hit instanceof WeightEncodingError) throw hit;
    return hit;
  }
  try {
    const result = encodeUncached(input);
    perBuffer.set(key, result);
    return result;
  } catch (e) {
    if (e instanceof WeightEncodingError) perBuffer.set(key, e);
    throw e;
  }
}

/**
 * encodeWeights without the memo (no content hash of the tensor, no result kept): for callers that cache sizes
 * themselves, such as the estimator's sizing (weightSize), which sees each tensor and config once.
 */
export function encodeWeightsOnce(input: EncodeWeightsInput): EncodedWeights {
  validateEncodeInput(input);
  return encodeUncached(input);
}

const memo = new WeakMap<
  Int8Array | Uint8Array,
  { hash: number; results: Map<string, EncodedWeights | WeightEncodingError> }
>();

// Aliased once: a global lookup per byte is slow under jest's vm (the hash reads every weight).
const imul = Math.imul;

function contentHash(data: Int8Array | Uint8Array): number {
  let h = 0x811c9dc5 ^ data.length;
  for (let i = 0; i < data.length; i++) h = imul(h ^ (data[i] & 0xff), 0x01000193);
  return h >>> 0;
}

function encodeUncached(input: EncodeWeightsInput): EncodedWeights {
  const format: WeightFormat = input.format ?? { fast: false, sparse: false };
  const depthwise = input.kind === 'depthwise';
  const channels = depthwise ? input.shape[3] : input.shape[0];
  const slices = input.depthSlices ?? [0, channels];
  const base = input.weightDepthBase ?? 0;
  const cores = input.cores ?? coresFor(input.family, input.macs);
  const view: WeightTensorView = { data: input.weights, shape: input.shape, zeroPoints: input.zeroPoints, depthwise };
  const dilation = input.dilation ?? [1, 1];
  const stride = input.stride ?? [1, 1];
  const u85 = input.family === 'u85';

  // Streams and scale streams per depth slice (regor's StreamsRequired).
  const weightStreams = u85 ? (format.fast ? 1 : cores) : Math.min(channels, cores);
  const scaleStreams = u85 ? 1 : weightStreams;

  const ranges: WeightRange[] = [];
  const rangeSizes: number[] = [];
  const streamBytes: number[] = [];
  const streamData: Uint8Array[] = [];
  const maxBuffer: [number, number] = [0, 0];
  const used = new Uint8Array(512);
  let weightBytes = 0;
  let scaleBytes = 0;
  let sourceElements = 0;
  let zeroCount = 0;
  let mlwStreams = false;
  let streamsUsed = 1;

  for (let idx = 0; idx + 1 < slices.length; idx++) {
    const depthOffset = slices[idx];
    const depthLength = slices[idx + 1] - depthOffset;
    if (depthOffset < 0 || depthLength <= 0 || depthOffset + depthLength > channels) {
      throw new WeightEncodingError(
        'bad-config',
        `depth slices [${slices.join(', ')}] do not fit ${channels} channels`,
      );
    }
    let rangeSize = 0;
    for (let stream = 0; stream < weightStreams; stream++) {
      let streamScaleBytes = 0;
      if (stream < scaleStreams) {
        streamScaleBytes = scaleRecordBytes(input, depthLength, cores, stream);
        if (streamScaleBytes === 0) continue; // regor skips a stream that gets no channels
      }
      const values = orderedValues(
        input,
        view,
        format,
        cores,
        stream,
        base + depthOffset,
        depthLength,
        dilation,
        stride,
        true, // encoded at once below
      );
      let encoded: Uint8Array;
      let length: number;
      if (format.fast) {
        // regor keeps no value statistics for FWD streams; an unencodable stream counts as 0 bytes.
        if (input.sizeOnly) {
          encoded = new Uint8Array(0);
          length = fwdEncodedSize(values, format.sparse);
        } else {
          encoded = fwdEncode(values, format.sparse).bytes;
          length = encoded.length;
        }
      } else {
        const mlw = mlwEncode(values, undefined, { sizeOnly: input.sizeOnly, used });
        encoded = mlw.bytes;
        length = mlw.byteLength;
        zeroCount += mlw.zeroRunZeros;
        mlwStreams = true;
      }
      if (format.fast) for (let k = 0; k < values.length; k++) used[values[k] + 256] = 1;
      sourceElements += values.length;
      weightBytes += length;
      scaleBytes += streamScaleBytes;
      rangeSize += streamScaleBytes + length;
      ranges.push({ depthOffset, stream, scaleBytes: streamScaleBytes, weightBytes: length });
      streamBytes.push(length);
      streamData.push(encoded);
      streamsUsed = Math.max(streamsUsed, stream + 1);
    }
    maxBuffer[idx % 2] = Math.max(maxBuffer[idx % 2], rangeSize);
    rangeSizes.push(rangeSize);
  }

  // The values of every MLW stream (regor's count stops past 16).
  const distinctWeights = mlwStreams ? regorDistinct(used) : 0;
  let distinctValues = 0;
  for (let k = 0; k < 512; k++) distinctValues += used[k];
  return {
    weightBytes,
    scaleBytes,
    totalBytes: weightBytes + scaleBytes,
    ranges,
    rangeSizes,
    maxRangeBytes: Math.max(maxBuffer[0], maxBuffer[1]),
    doubleBufferSizes: maxBuffer,
    streams: streamsUsed,
    cores,
    streamBytes,
    format: formatName(format),
    sourceElements,
    zeroCount: format.fast ? 0 : zeroCount,
    distinctWeights: format.fast ? 0 : distinctWeights,
    distinctValues,
    streamData,
  };
}

/**
 * Scale and bias records of one weight stream of a depth slice: 10 bytes per OFM channel it serves, padded to
 * 16 (U85: one record stream for the slice, rounded up to whole OFM microblocks of 16; U55/U65: stream s
 * serves every cores-th channel from s).
 */
export function scaleRecordBytes(
  input: Pick<EncodeWeightsInput, 'family' | 'ofmUBlockDepth'>,
  depthLength: number,
  cores: number,
  stream: number,
): number {
  const records =
    input.family === 'u85'
      ? roundUp(depthLength, roundUp(input.ofmUBlockDepth ?? 16, 16))
      : Math.floor((depthLength + cores - 1 - stream) / cores);
  return roundUp(records * 10, 16);
}

export interface BestFormatInput extends Omit<EncodeWeightsInput, 'format'> {
  /** 'performance' is what MLIA runs Vela with. */
  strategy: 'performance' | 'size';
  /** Op cycles of the dense block config (regor's EstimateOpPerformance opCycles). */
  opCycles: number;
  /** U85 only: the block config chosen for Sparse2_4 and its op cycles; omit when there is none. */
  sparse?: {
    ofmBlockDepth: number;
    ifmBlockDepth: number;
    ofmUBlockDepth: number;
    traversal: Traversal;
    opCycles: number;
  };
  /** The memory the weights are read from (const area). */
  weightMemory: WeightMemory;
  /** Set false when weights are not constant or fast weights are disabled. */
  allowFast?: boolean;
  /**
   * Encodes one candidate (default: encodeWeights, memoised per weight array). The estimator passes its own,
   * cached across the targets that encode the same tensor alike.
   */
  encode?: (input: EncodeWeightsInput) => EncodedWeights;
}

/** Vela's choice of weight format for an operator (EncodeBestWeightFormat + ChooseBestWeightFormat). */
export function encodeWeightsBestFormat(input: BestFormatInput): EncodedWeights & { decodeCycles: number } {
  const cores = input.cores ?? coresFor(input.family, input.macs);
  const encode = input.encode ?? encodeWeights;
  const statsOf = (e: EncodedWeights): WeightStats => ({
    sourceElements: e.sourceElements,
    encodedBytes: e.weightBytes,
    zeroCount: e.zeroCount,
    distinctWeights: e.distinctWeights,
  });
  const decode = (stats: WeightStats, fast: boolean): number =>
    input.family === 'u85'
      ? u85WeightDecodeCycles(stats, fast, input.macs, cores, input.weightMemory)
      : u55WeightDecodeCycles(stats, input.weightMemory);

  if (input.family !== 'u85') {
    const enc = encode({ ...input, format: { fast: false, sparse: false } });
    return { ...enc, decodeCycles: decode(statsOf(enc), false) };
  }

  const kindAllowsSparse = input.kind !== 'depthwise';
  let allowSparse = kindAllowsSparse && !!input.sparse && input.sparse.opCycles <= input.opCycles;
  let allowFast = input.allowFast !== false && input.kind !== 'depthwise';
  const order: WeightFormat[] = [
    { fast: false, sparse: true },
    { fast: false, sparse: false },
    { fast: true, sparse: true },
    { fast: true, sparse: false },
  ];
  const results: { enc: EncodedWeights; opCycles: number; fast: boolean }[] = [];
  for (const format of order) {
    if ((format.sparse && !allowSparse) || (format.fast && !allowFast)) continue;
    const cfg = format.sparse && input.sparse ? input.sparse : input;
    let enc: EncodedWeights;
    try {
      enc = encode({
        ...input,
        ofmBlockDepth: cfg.ofmBlockDepth,
        ifmBlockDepth: cfg.ifmBlockDepth,
        ofmUBlockDepth: cfg.ofmUBlockDepth,
        traversal: cfg.traversal,
        format,
      });
    } catch (e) {
      if (e instanceof WeightEncodingError && e.code === 'not-sparse') {
        allowSparse = false;
        continue;
      }
      throw e;
    }
    if (!format.fast && allowFast && !fastDecoderPays(enc, input.strategy, (s, f) => decode(s, f))) {
      allowFast = false;
    }
    results.push({
      enc,
      opCycles: format.sparse && input.sparse ? input.sparse.opCycles : input.opCycles,
      fast: format.fast,
    });
  }
  let best = results[0];
  let bestCost = Infinity;
  for (const r of results) {
    const cost = input.strategy === 'size' ? r.enc.weightBytes : decode(statsOf(r.enc), r.fast) + r.opCycles;
    if (cost < bestCost) {
      best = r;
      bestCost = cost;
    }
  }
  return { ...best.enc, decodeCycles: decode(statsOf(best.enc), best.fast) };
}

/** regor's UseFastDecoder: is the FWD format (estimated from the MLW encoding) worth trying? */
function fastDecoderPays(
  enc: EncodedWeights,
  strategy: 'performance' | 'size',
  decode: (s: WeightStats, fast: boolean) => number,
): boolean {
  let divisor = 1;
  if (enc.distinctWeights > 0 && enc.distinctWeights <= 16) divisor = enc.distinctWeights <= 4 ? 4 : 2;
  const fastSize = 32 + Math.floor(enc.sourceElements / divisor);
  if (strategy === 'size') return fastSize < enc.weightBytes;
  const stats: WeightStats = {
    sourceElements: enc.sourceElements,
    encodedBytes: enc.weightBytes,
    zeroCount: enc.zeroCount,
    distinctWeights: enc.distinctWeights,
  };
  const defaultCycles = decode(stats, false);
  const fastCycles = decode({ ...stats, encodedBytes: fastSize }, true);
  return fastCycles < defaultCycles;
}
