// The estimator's own IR: the internal NPU operations Vela lowers TFLite operators into,
// with their feature maps (shape as H x W x C, element bits) and kernels.
import type { Shape3 } from './arch.js';
import type { BlockConfig } from './block-u55.js';
import type { TransposePass } from './transpose-passes.js';
import { sameDims } from '../graph/shape.js';

/** How the hardware runs an operation (Vela's NpuOp classes). */
export type HwOp =
  | 'conv'
  | 'depthwise'
  | 'vector'
  | 'pool'
  | 'reducesum'
  | 'elementwise'
  | 'transpose'
  | 'resize'
  | 'dma';

/** Fused activation classes that set the AO cost on U55/U65. */
export type ActivationKind = 'none' | 'relu' | 'lut' | 'other';

export interface Kernel {
  w: number;
  h: number;
  strideX: number;
  strideY: number;
  dilationX: number;
  dilationY: number;
}

export const UNIT_KERNEL: Kernel = { w: 1, h: 1, strideX: 1, strideY: 1, dilationX: 1, dilationY: 1 };

/** A feature-map buffer: several TFLite tensors may share one (reshapes are removed). */
export interface Buffer {
  key: string;
  /** Storage bytes of the whole tensor as allocated. */
  elements: number;
  bits: number;
  /** Graph input/output, CPU-side or otherwise forced to linear NHWC layout. */
  linear: boolean;
  /** Lives in the arena for the whole inference (graph input/output or variable). */
  external: boolean;
  /** A variable (an LSTM's state): regor packs no operation writing one with one that does not. */
  persistent?: boolean;
  isInput: boolean;
  /** Read by the CPU or by the application (a graph output). */
  isOutput: boolean;
  /** A graph output: the application reads it after the inference, so it lives to the end. */
  graphOutput?: boolean;
  /** Constant data (read from the const area, never allocated in the arena). */
  constant: boolean;
  /** Shape of the full tensor (H x W x C, batch folded into H). */
  shape: Shape3;
  /** The TFLite tensor's own dimensions, when the buffer is one (not an internal map). */
  dims?: readonly number[];
  /**
   * The H x W x C the map is stored in when a reshape of it was removed (regor's RemoveReshape leaves the tensor in
   * the reshape's shape): the depth its bricks round up. Absent: `shape`.
   */
  reshapedStorage?: Shape3;
  /**
   * A constant's place in read-only memory: `key` names its content (regor gives constants of equal bytes one
   * place), `bytes` its size before alignment. Absent: the buffer's own key and size.
   */
  storage?: ReadOnlyTensor;
}

/** A tensor of read-only data: what its content is (equal contents share one place) and its bytes. */
export interface ReadOnlyTensor {
  key: string;
  bytes: number;
}

export interface FmRef {
  buffer: Buffer;
  /** Shape this operation sees (may be a slice or a reshaped view). */
  shape: Shape3;
  bits: number;
  /**
   * Read through a SLICE moved into this operation: regor keeps the whole map's shape on the connection (and a
   * slice on it), so the read still chains the map's producer into a cascade.
   */
  throughSlice?: boolean;
  /**
   * A strided read (a STRIDED_SLICE's copy, or a reader it moved into): the input area it spans, the shape read
   * times the stride. regor's IFM connection keeps that area as its slice shape and steps through it, so block
   * searches, IFM blocks and U85 elementwise reads see the area, not the strided shape.
   */
  extent?: Shape3;
  /** With `extent`: the read's stride in rows and columns (regor's stepXY on the IFM connection). */
  step?: { h: number; w: number };
}

/**
 * The part of a feature map that is stored: a zero PAD folded into the operation after it leaves a view larger
 * than its buffer (the padding is the kernel's); regor clamps IFM blocks to the real input and searches block
 * configs for it.
 */
export function storedShape(fm: FmRef): Shape3 {
  if (fm.extent) return fm.extent;
  const b = fm.buffer.shape;
  const v = fm.shape;
  const padded = b.c === v.c && v.h >= b.h && v.w >= b.w && v.h * v.w > b.h * b.w;
  return padded ? b : v;
}

export interface WeightInfo {
  /** Identity of the TFLite weight tensor (shared weights count once). */
  key: string;
  originalBytes: number;
  encodedBytes: number;
  /** The encoded bytes when an operation buffers the weights in OFM-depth slices (each slice encoded apart). */
  slicedBytes?: number;
  scaleBytes: number;
  /** OFM channels (one scale record each). */
  channels: number;
  /** Sized for a block config by the encoder (exact or sampled); until then encodedBytes is the first estimate. */
  sized?: boolean;
  /** The block config the weights were first sized for (an operation sharing them may run another). */
  sizedFor?: BlockConfig;
  /** The encoder ran on a sample of the tensor's OFM blocks and the size is predicted from it. */
  sampled?: boolean;
  /**
   * A kernel the lowering generates (a MEAN's ones, a resize's taps): its operations sum into 32 bits without
   * rescaling, so their scale records are alike whatever the operator's quantization.
   */
  generated?: boolean;
  /** U85: encoded in the Sparse2_4 format (the operations using them run on the sparse block config). */
  sparse?: boolean;
  /** U85: encoded in the Fast (FWD) format. */
  fast?: boolean;
  /** What the first estimate of weights the encoder cannot take (not 8-bit) is made from (see setCoreDependentSizes). */
  estimateFrom?: { count: number; zeroPoints: readonly number[]; depthwise: boolean };
  /** The raw tensor for the exact encoder (absent when the data is not 8-bit). */
  source?: {
    /** Read on each access, not kept: a large model's weights come from disk one tensor at a time. */
    readonly data: Int8Array | Uint8Array;
    /**
     * Values in the tensor: its shape's product, or what lowering counted for it. Read this rather than
     * `data.length`: each read of `data` loads or derives the values again (and a shared buffer may be longer).
     */
    count: number;
    shape: [number, number, number, number];
    zeroPoints: number[];
    kind: 'conv' | 'depthwise' | 'fully-connected';
    /** Stable identity of the model buffer (caches encodings across targets and calls). */
    identity: object;
  };
}

export interface InternalOp {
  /** TFLite operator this was lowered from. */
  subgraph: number;
  sourceIndex: number;
  /** Vela's internal operation name (Conv2D, AvgPool, Add, MemoryCopy, ...). */
  type: string;
  hw: HwOp;
  ifm: FmRef;
  ifm2?: FmRef;
  ofm: FmRef;
  kernel: Kernel;
  activation: ActivationKind;
  /** Output rescaling is applied (selects the 40/48-bit accumulator for 16-bit IFMs). */
  scaled: boolean;
  weights?: WeightInfo;
  /** LUT bytes copied to the NPU before the operation (0 when none). */
  lutBytes: number;
  /** The LUT tensor the operation reads, as stored in read-only memory (see read-only.ts). */
  lutTensor?: ReadOnlyTensor;
  /** Upscaling of the IFM (resize / transpose conv), 1 when none. */
  upscale: number;
  /**
   * The upscale inserts zeros (a transpose convolution) rather than repeating elements (a resize): regor's block
   * search then adds no rounding row and column to the IFM block.
   */
  upscaleZeros?: boolean;
  /** U85 Resize: its horizontal scale as regor reduces it (numerator, denominator), which bounds its OFM block. */
  resizeScaleX?: readonly [number, number];
  /** U55/U65 Transpose: its pass (one 3D swap; a transpose of several is an operation per pass). */
  transposePasses?: TransposePass[];
  /** U85 Transpose: the input axis at each output position of NHWC (e.g. NWCH), as regor names it. */
  transpose?: string;
  /**
   * U85: a TRANSPOSE fused into this operation, which writes its OFM in that order (named as `transpose`); `ofm`
   * is then the transposed map's buffer seen in this operation's own shape.
   */
  fusedTranspose?: string;
  /** The TRANSPOSE operator fused into it (see fusedTranspose), should it have to run apart again. */
  fusedTransposeSource?: number;
  /** The operation type regor's block search sees, when not `type` (a slice copy writing transposed: MemoryCopy). */
  blockAs?: string;
  /**
   * The LUT is a fused activation's: regor leaves it on the activation (a sub-operation), so loading it costs
   * this operation nothing.
   */
  lutInActivation?: boolean;
  /**
   * The activation was packed into this operation (a standalone one regor makes a sub-operation of it), not the
   * operation's own: on U85 it writes the whole map when the operation writes in place.
   */
  packedActivation?: boolean;
  /** The TFLite operator of a LUT activation packed into this operation, should it have to run apart again. */
  activationSource?: number;
  /** That activation reads the operation's output in another shape (through a RESHAPE). */
  activationReshaped?: boolean;
  /** Writes straight into part of a larger map (a concatenation's part, a PAD's interior) instead of a copy. */
  writesInPlace?: boolean;
  /** U85: elementwise operations chained after this one (they run in its pass, at no cost of their own). */
  chained?: InternalOp[];
  /** U85: this operation runs inside another's chain. */
  chainedInto?: InternalOp;
  /** U85: feature maps the chained operations read from memory. */
  extraIfms?: FmRef[];
  /** U85: element bits of the primary's own output (before the chain replaced its OFM). */
  chainLinkBits?: number;
  /**
   * U85: the LUT applied to this operation's result runs as an operation of its own after it (the softmax's exp
   * table), so the output stage writes the LUT's input, of these bits, not the wider map the LUT writes.
   */
  lutInputBits?: number;
  /** U85 chain: the primary's own output (the chaining buffer) is in linear layout, not bricks. */
  chainLinkLinear?: boolean;
  /** U85 chain: the key of the primary's own output, the first chained operation's link. */
  chainLinkKey?: string;
  /** An activation, quantization or cast run as a pooling: Vela decomposes it like an elementwise operation. */
  elementwiseLike?: boolean;
  /** The output shape before a shallow map's pass was viewed deeper (see reshapeShallowElementwise). */
  shallowShape?: Shape3;
  /** U85: chained after a shallow map's fused activation, in the map's own shape (see keepShapeAfterShallowActivation). */
  keepsShape?: boolean;
}

export const elementsOf = (s: Shape3): number => s.h * s.w * s.c;

/** A shape in the order a transpose fused into its writer (U85: NHCW, NWHC ...) stores it. */
export function transposedShape(s: Shape3, transpose: string | undefined): Shape3 {
  if (!transpose || transpose.length !== 4) return s;
  const axis = (a: string): number => (a === 'H' ? s.h : a === 'W' ? s.w : a === 'C' ? s.c : 1);
  return { h: axis(transpose[1]), w: axis(transpose[2]), c: axis(transpose[3]) };
}

/**
 * Maps each IFM element to one OFM element (regor's IsOp1To1: elementwise, a pooling with a 1x1 kernel, a transpose
 * that moves no axis; not one that does), so its OFM can take over its IFM's storage.
 */
export const isOneToOne = (op: InternalOp): boolean =>
  op.hw === 'elementwise' ||
  (op.type === 'Transpose' ? movesNoAxis(op) : op.hw === 'pool' && op.kernel.w * op.kernel.h === 1);

/**
 * A TRANSPOSE that moves no axis: its OFM connection carries no permutation in regor (two merged that undo each
 * other on a graph input run as one that copies): its passes swap nothing, or its order is NHWC.
 */
export function movesNoAxis(op: InternalOp): boolean {
  if (op.hw === 'transpose') return (op.transposePasses ?? []).every((p) => p.swap[0] === p.swap[1]);
  return !op.transpose || op.transpose === 'NHWC';
}

/** Two buffers allocated alike: same storage shape, element size and layout. */
export const sameStorage = (a: Buffer, b: Buffer): boolean => a.linear === b.linear && sameShapeAndType(a, b);

/** Two buffers of the same storage shape and element size (whatever their layouts). */
export const sameShapeAndType = (a: Buffer, b: Buffer): boolean =>
  a.bits === b.bits &&
  // regor compares storage shapes padded to 4 axes with leading ones (a [1, 100] map is a [1, 1, 1, 100] one), and
  // otherwise whole: a 4D map and a 5D one of the same bytes are not alike, nor [1, 6272] and [1, 49, 16, 8]. An
  // internal map is stored in its own shape: a transpose's [1, 14, 32] is not a [1, 448] map a reshape flattened.
  sameDims(storageDims(a), storageDims(b));

/** The storage shape regor compares: the tensor's own dimensions, or an internal map's [1, H, W, C]. */
const storageDims = (b: Buffer): readonly number[] => (b.dims ? padTo4(b.dims) : [1, b.shape.h, b.shape.w, b.shape.c]);

const padTo4 = (dims: readonly number[]): readonly number[] =>
  dims.length >= 4 ? dims : [...new Array<number>(4 - dims.length).fill(1), ...dims];
