// Read-only data as Vela 5.1.0 (regor) allocates it: the off-chip flash of a Shared_Sram system, part of the DRAM of
// a Dedicated_Sram one. regor lays out every constant tensor the NPU operations read (encoded weights with their scale
// records, LUTs, constant operands, the constants its lowerings create) one after another, 16-byte aligned, and
// gives tensors of equal content one place (it keys them by a hash of their bytes). So equal constants count once:
// the ones of a MEAN's kernel shared by MEANs of one shape, LUTs whose values come out equal, the zero every PReLU
// compares with. Weights shared by operations of one block config are encoded once, with a place of its own for
// each operation's scale records (they fold in its quantization); an operation of another block config encodes
// them anew.
import type { Model, Operator, Tensor } from '../graph/types.js';
import type { BlockConfig } from './block-u55.js';
import type { FmRef, InternalOp } from './ops.js';

/** regor's alignment of read-only tensors (NPUTensorAlignment). */
const ALIGN = 16;
const aligned = (bytes: number): number => Math.ceil(bytes / ALIGN) * ALIGN;

/** Scale identities by TFLite operator (the same on every target). */
const scaleIdentities = new WeakMap<Operator, string>();

/**
 * What an operation's scale records are computed from: its bias tensor and, per channel, input scale x weight scale
 * / output scale. The weights' scales are fixed by the weight tensor, so the ratio of the input and output scales
 * and the bias decide (to the 31 bits of regor's multipliers: operations of equal ratio share their records).
 */
function scaleIdentity(model: Model, op: InternalOp): string {
  const sg = model.subgraphs[op.subgraph];
  const source = sg?.operators[op.sourceIndex];
  if (!source) return `${op.subgraph}:${op.sourceIndex}`;
  let known = scaleIdentities.get(source);
  if (known === undefined) scaleIdentities.set(source, (known = computeScaleIdentity(sg.tensors, source)));
  return known;
}

function computeScaleIdentity(tensors: readonly Tensor[], source: Operator): string {
  const scale = (i: number | undefined) => {
    const q = i === undefined || i < 0 ? undefined : tensors[i]?.quantization;
    return q?.scale?.length ? q.scale[0] : undefined;
  };
  const input = scale(source.inputs[0]);
  const output = scale(source.outputs[0]);
  const ratio = input !== undefined && output ? (input / output).toPrecision(9) : '-';
  const bias = source.inputs[2];
  const biasBuffer = bias !== undefined && bias >= 0 ? (tensors[bias]?.buffer ?? '-') : '-';
  return `${ratio}|${biasBuffer}`;
}

/** An operation as costed: its own encoded weight bytes (see OpCost), when known. */
export interface ReadOnlyUse {
  op: InternalOp;
  ownWeightBytes?: number;
  ownScaleBytes?: number;
  weightConfig?: BlockConfig;
}

/** Bytes of read-only data the NPU operations of one target need (`uses`: every operation costed, in any order). */
export function readOnlyBytes(model: Model, uses: Iterable<ReadOnlyUse>): number {
  // Per weight content (the tensor's values, or a generated kernel's), its encodings by size, each with the scale
  // records stored for it.
  const weights = new Map<object | string, Map<string, Set<string>>>();
  const constants = new Set<string>();
  const luts = new Set<string>();
  let total = 0;
  const constant = (r: FmRef | undefined) => {
    if (!r?.buffer.constant) return;
    const s = r.buffer.storage;
    const key = s?.key ?? r.buffer.key;
    if (constants.has(key)) return;
    constants.add(key);
    total += aligned(s?.bytes ?? Math.ceil((r.buffer.elements * r.buffer.bits) / 8));
  };
  const visit = ({ op, ownWeightBytes, ownScaleBytes, weightConfig: c }: ReadOnlyUse) => {
    const w = op.weights;
    if (w) {
      const encoded = ownWeightBytes ?? w.slicedBytes ?? w.encodedBytes;
      // Weights with one content and one encoding share a place (a generated kernel's values have one identity);
      // an operation of another block config gets an encoding of its own.
      const content = w.source?.identity ?? w.key;
      let encodings = weights.get(content);
      if (!encodings) weights.set(content, (encodings = new Map()));
      const encoding = c ? `${encoded}|${c.ofmBlock.c}/${c.ifmBlock.c}/${c.ofmUBlock.c}/${c.traversal}` : `${encoded}`;
      let records = encodings.get(encoding);
      if (!records) {
        encodings.set(encoding, (records = new Set()));
        total += encoded;
      }
      const id = w.generated ? 'unit' : scaleIdentity(model, op);
      if (!records.has(id)) {
        records.add(id);
        total += ownScaleBytes ?? w.scaleBytes;
      }
    }
    if (op.lutTensor && !luts.has(op.lutTensor.key)) {
      luts.add(op.lutTensor.key);
      total += aligned(op.lutTensor.bytes);
    }
    constant(op.ifm);
    constant(op.ifm2);
    for (const r of op.extraIfms ?? []) constant(r);
  };
  for (const use of uses) {
    visit(use);
    for (const op of use.op.chained ?? []) visit({ op });
  }
  return total;
}
