// Small graph-IR models for placement unit tests: checkPlacement reads only the IR, so tests build it directly.
import type { DType, Model, Operator, Tensor } from '../../src/graph/types.js';
import type { NpuFamily, TargetProfile } from '../../src/targets/types.js';

export interface TensorSpec {
  shape: number[];
  dtype?: DType;
  /** Per-tensor [scale, zero point], per-axis {scale[], zeroPoint[]}, or null for none. Default: int8-like. */
  quant?: [number, number] | { scale: number[]; zeroPoint: number[]; dim?: number } | null;
  /** Constant contents, stored little-endian in the tensor's dtype. */
  values?: number[];
  signature?: number[];
  name?: string;
}

export interface OpSpec {
  type: string;
  inputs: (number | -1)[];
  outputs: number[];
  optionsType?: string;
  options?: Record<string, unknown>;
}

const BYTES: Partial<Record<DType, number>> = { int8: 1, uint8: 1, bool: 1, int16: 2, int32: 4, float32: 4, int64: 8 };

function encode(values: number[], dtype: DType): Uint8Array {
  const n = BYTES[dtype] ?? 1;
  const out = new Uint8Array(values.length * n);
  const dv = new DataView(out.buffer);
  values.forEach((v, i) => {
    if (dtype === 'int8') dv.setInt8(i, v);
    else if (dtype === 'uint8' || dtype === 'bool') dv.setUint8(i, v);
    else if (dtype === 'int16') dv.setInt16(i * 2, v, true);
    else if (dtype === 'int32') dv.setInt32(i * 4, v, true);
    else if (dtype === 'float32') dv.setFloat32(i * 4, v, true);
    else if (dtype === 'int64') dv.setBigInt64(i * 8, BigInt(v), true);
  });
  return out;
}

export function buildModel(tensors: TensorSpec[], ops: OpSpec[], graphOutputs?: number[]): Model {
  const buffers: Model['buffers'] = [{ index: 0, size: 0 }];
  const irTensors: Tensor[] = tensors.map((t, i) => {
    const dtype = t.dtype ?? 'int8';
    let buffer = 0;
    if (t.values) {
      const data = encode(t.values, dtype);
      buffer = buffers.length;
      buffers.push({ index: buffer, size: data.length, data });
    }
    const q = t.quant === undefined ? ([0.05, 0] as [number, number]) : t.quant;
    return {
      index: i,
      name: t.name ?? `t${i}`,
      shape: t.shape,
      ...(t.signature ? { shapeSignature: t.signature } : {}),
      dtype,
      buffer,
      quantization: q
        ? Array.isArray(q)
          ? { scale: [q[0]], zeroPoint: [q[1]], quantizedDimension: 0 }
          : { scale: q.scale, zeroPoint: q.zeroPoint, quantizedDimension: q.dim ?? 0 }
        : undefined,
      isVariable: false,
      hasSparsity: false,
    };
  });
  const operators: Operator[] = ops.map((o, i) => ({
    index: i,
    opcodeIndex: 0,
    type: o.type,
    inputs: o.inputs,
    outputs: o.outputs,
    intermediates: [],
    optionsType: o.optionsType ?? null,
    options: o.options ?? null,
    options2Type: null,
    options2: null,
    macs: 0,
  }));
  const produced = new Set(ops.flatMap((o) => o.outputs));
  const consumed = new Set(ops.flatMap((o) => o.inputs));
  return {
    version: 3,
    description: 'unit test',
    subgraphs: [
      {
        index: 0,
        name: 'main',
        tensors: irTensors,
        inputs: irTensors.filter((t) => !produced.has(t.index) && !tensors[t.index].values).map((t) => t.index),
        outputs: graphOutputs ?? [...produced].filter((t) => !consumed.has(t)),
        operators,
      },
    ],
    buffers,
    operatorCodes: [],
    metadata: [],
    signatureDefs: [],
    fileSize: 0,
  };
}

/** A minimal profile: placement reads only the family (and the id). */
export function target(id: string): TargetProfile {
  const family = id.slice('ethos-'.length, 'ethos-'.length + 3) as NpuFamily;
  return {
    id,
    family,
    macs: Number(id.split('-')[2]),
    acceleratorConfig: id,
    description: id,
    systemConfig: { name: 'test', coreClockHz: 1e9, axi0Port: 'Sram', axi1Port: 'Dram', memories: {} },
    memoryMode: { name: 'test', constMemArea: 'Axi1', arenaMemArea: 'Axi0', cacheMemArea: 'Axi0' },
    source: 'test',
  };
}

export const U55 = target('ethos-u55-128');
export const U65 = target('ethos-u65-512');
export const U85 = target('ethos-u85-256');
