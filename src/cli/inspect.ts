// `ethos-gate inspect`: what is in each model file, without any target.
import type { Model, Subgraph } from '../graph/types.js';
import { readModel } from '../tflite/read.js';
import { isModelFileError } from '../tflite/errors.js';
import { velaCompiledReason } from '../graph/vela.js';
import { sha256 } from '../engine/analyze.js';
import { sanitizeTerminal } from '../report/terminal.js';

export interface InspectResult {
  path: string;
  sha256: string;
  error?: { code: string; message: string };
  velaCompiled: boolean;
  description?: string;
  version?: number;
  opCounts: Record<string, number>;
  macs: number;
  parameterBytes: number;
  constantBytes: number;
  tensorDtypes: Record<string, number>;
  /** The main subgraph's inputs and outputs: what the application feeds and reads. */
  inputs: IoTensor[];
  outputs: IoTensor[];
  subgraphs: {
    name: string;
    tensors: number;
    operators: { index: number; type: string; inputs: number[]; outputs: number[] }[];
  }[];
}

export interface IoTensor {
  name: string;
  dtype: string;
  shape: number[];
  /** -1 marks a dimension the file leaves dynamic (shape_signature); absent when every dimension is fixed. */
  shapeSignature?: number[];
  /** The file gives no rank: the shape (here []) is set when the model runs. */
  unknownRank?: true;
  /** Per-tensor quantization (real = scale * (q - zeroPoint)); absent for float or per-channel tensors. */
  scale?: number;
  zeroPoint?: number;
}

function ioTensors(sg: Subgraph | undefined, list: 'inputs' | 'outputs'): IoTensor[] {
  if (!sg) return [];
  return sg[list].flatMap((i) => {
    const t = sg.tensors[i];
    if (!t) return [];
    const io: IoTensor = { name: t.name, dtype: t.dtype, shape: t.shape };
    if (t.shapeSignature?.some((d) => d < 0)) io.shapeSignature = t.shapeSignature;
    if (t.unknownRank) io.unknownRank = true;
    const q = t.quantization;
    if (q && q.scale.length === 1) {
      io.scale = q.scale[0];
      io.zeroPoint = q.zeroPoint[0] ?? 0;
    }
    return [io];
  });
}

const WEIGHTED_INPUT_OPS = new Set(['CONV_2D', 'DEPTHWISE_CONV_2D', 'FULLY_CONNECTED', 'TRANSPOSE_CONV', 'CONV_3D']);

export function inspectModel(bytes: Uint8Array, path: string): InspectResult {
  const base: InspectResult = {
    path,
    sha256: sha256(bytes),
    velaCompiled: false,
    opCounts: {},
    macs: 0,
    parameterBytes: 0,
    constantBytes: 0,
    tensorDtypes: {},
    inputs: [],
    outputs: [],
    subgraphs: [],
  };
  let model: Model;
  try {
    model = readModel(bytes, { file: path });
  } catch (e) {
    base.error = isModelFileError(e) ? { code: e.code, message: e.detail } : { code: 'internal', message: String(e) };
    return base;
  }
  base.description = model.description;
  base.version = model.version;
  base.velaCompiled = velaCompiledReason(model) !== null;
  base.inputs = ioTensors(model.subgraphs[0], 'inputs');
  base.outputs = ioTensors(model.subgraphs[0], 'outputs');
  const paramBuffers = new Set<number>();
  const constBuffers = new Set<number>();
  for (const sg of model.subgraphs) {
    for (const t of sg.tensors) {
      base.tensorDtypes[t.dtype] = (base.tensorDtypes[t.dtype] ?? 0) + 1;
      if (model.buffers[t.buffer]?.size) constBuffers.add(t.buffer);
    }
    for (const op of sg.operators) {
      const key = op.type === 'CUSTOM' ? `CUSTOM:${op.customCode ?? ''}` : op.type;
      base.opCounts[key] = (base.opCounts[key] ?? 0) + 1;
      base.macs += op.macs;
      if (WEIGHTED_INPUT_OPS.has(op.type)) {
        for (const i of op.inputs.slice(1)) {
          const t = sg.tensors[i];
          if (t && model.buffers[t.buffer]?.size) paramBuffers.add(t.buffer);
        }
      }
    }
    base.subgraphs.push({
      name: sg.name,
      tensors: sg.tensors.length,
      operators: sg.operators.map((o) => ({ index: o.index, type: o.type, inputs: o.inputs, outputs: o.outputs })),
    });
  }
  for (const b of paramBuffers) base.parameterBytes += model.buffers[b].size;
  for (const b of constBuffers) base.constantBytes += model.buffers[b].size;
  return base;
}

const fmtBytes = (n: number) =>
  n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(2)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;

export function renderInspectTable(results: InspectResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    // Model-controlled text (the description, custom operator names) and paths lose their control characters.
    if (r.error && !r.velaCompiled) {
      lines.push(
        `${sanitizeTerminal(r.path)}: error [${sanitizeTerminal(r.error.code)}] ${sanitizeTerminal(r.error.message)}`,
      );
      continue;
    }
    lines.push(sanitizeTerminal(r.path));
    if (r.velaCompiled)
      lines.push('  already compiled by Vela (ethos-u custom operator): analyse the model before Vela');
    if (r.description) lines.push(`  description: ${sanitizeTerminal(r.description)}`);
    const ops = r.subgraphs.reduce((a, s) => a + s.operators.length, 0);
    lines.push(`  subgraphs: ${r.subgraphs.length}   operators: ${ops}   MACs: ${r.macs.toLocaleString('en-US')}`);
    lines.push(`  parameters: ${fmtBytes(r.parameterBytes)}   constants: ${fmtBytes(r.constantBytes)}`);
    lines.push(
      `  tensor dtypes: ${Object.entries(r.tensorDtypes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    for (const [label, list] of [
      ['input ', r.inputs],
      ['output', r.outputs],
    ] as const)
      for (const t of list) lines.push(`  ${label}  ${describeIo(t)}`);
    const counts = Object.entries(r.opCounts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    lines.push(`  operators by type: ${counts.map(([k, v]) => `${sanitizeTerminal(k)} ${v}`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * "image int8 [1, 96, 96, 1] (scale 0.0039, zero point -128)"; a dynamic dimension shows as -1, a shape the file
 * leaves to the run (no rank) as "shape set at run time".
 */
function describeIo(t: IoTensor): string {
  const shape = t.unknownRank ? 'shape set at run time' : `[${(t.shapeSignature ?? t.shape).join(', ')}]`;
  const quant = t.scale === undefined ? '' : ` (scale ${Number(t.scale.toPrecision(4))}, zero point ${t.zeroPoint})`;
  return `${sanitizeTerminal(t.name || '(unnamed)')} ${t.dtype} ${shape}${quant}`;
}
