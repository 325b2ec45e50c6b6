// Reads the weight-encoding facts of Vela's debug database (shared/vela-ref/debug/<model>/<target>.xml.gz)
// and pairs each encoded internal operation with its TFLite operator's weight tensor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Model } from '../../../src/graph/types.js';
import type { EncodeWeightsInput, NpuFamily, Traversal, WeightKind } from '../../../src/perf/weights/index.js';
import { sharedDir } from '../../helpers/shared.js';

type Row = Record<string, string>;

function parseCsv(text: string): Row[] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}

export function readDebugTables(model: string, target: string): Map<string, Row[]> {
  const xml = gunzipSync(readFileSync(join(sharedDir, 'vela-ref/debug', model, `${target}.xml.gz`))).toString('utf8');
  const tables = new Map<string, Row[]>();
  const re = /<table name="([^"]+)">\s*<!\[CDATA\[\n([\s\S]*?)\]\]>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) tables.set(m[1], parseCsv(m[2]));
  return tables;
}

export function targetFamily(target: string): { family: NpuFamily; macs: number } {
  const m = /^ethos-(u55|u65|u85)-(\d+)$/.exec(target);
  if (!m) throw new Error(`unknown target ${target}`);
  return { family: m[1] as NpuFamily, macs: Number(m[2]) };
}

const TRAVERSALS: Record<string, Traversal> = {
  DepthFirst: 'depth-first',
  PartKernel: 'part-kernel',
  Depthwise: 'depthwise',
};

const KINDS: Record<string, { kind: WeightKind; internal: string }> = {
  CONV_2D: { kind: 'conv', internal: 'Conv2D' },
  DEPTHWISE_CONV_2D: { kind: 'depthwise', internal: 'DepthwiseConv2D' },
  FULLY_CONNECTED: { kind: 'fully-connected', internal: 'FullyConnected' },
};

export interface LayerCase {
  model: string;
  target: string;
  id: string;
  tfliteOp: number;
  input: EncodeWeightsInput;
  velaFormat: string;
  /** Vela's encoded weight bytes (weight_total_bytes) and the largest range incl. scales. */
  velaWeightBytes: number;
  velaMaxRangeBytes: number;
  velaDistinct: number;
  velaZeroCount: number;
  /** U85 only: Vela's decoder-throughput cycles (perf_debug_wd.wd_cycles); NaN when absent. */
  velaDecoderCycles: number;
}

/** The encoded layers of one model/target that map one-to-one onto a TFLite conv, depthwise or FC weight tensor. */
export function layerCases(
  model: string,
  target: string,
  graph: Model,
): { cases: LayerCase[]; skipped: number; reasons: Record<string, number> } {
  const tables = readDebugTables(model, target);
  const perf = new Map((tables.get('perf') ?? []).map((r) => [r.id, r]));
  const main = new Map((tables.get('perf_debug_main') ?? []).map((r) => [r.id, r]));
  const source = new Map((tables.get('source') ?? []).map((r) => [r.id, r]));
  const decoder = new Map((tables.get('perf_debug_wd') ?? []).map((r) => [r.id, r.wd_cycles]));
  const { family, macs } = targetFamily(target);
  const sg = graph.subgraphs[0];
  const cases: LayerCase[] = [];
  let skipped = 0;
  const reasons: Record<string, number> = {};
  const skip = (why: string): void => {
    skipped++;
    reasons[why] = (reasons[why] ?? 0) + 1;
  };
  for (const r of tables.get('perf_debug') ?? []) {
    if (!r.weight_format) continue;
    const p = perf.get(r.id);
    const m = main.get(r.id);
    const src = p && source.get(p.source_id);
    const op = src ? sg.operators[Number(src.ext_key)] : undefined;
    const kind = op && KINDS[op.type];
    const weightsTensor = op && kind ? sg.tensors[op.inputs[1]] : undefined;
    const data = weightsTensor ? graph.buffers[weightsTensor.buffer]?.data : undefined;
    if (!p || !m || !op) {
      skip('no source op');
      continue;
    }
    if (!kind || p.operator !== kind.internal) {
      skip(`${op.type} as ${p.operator}`);
      continue;
    }
    if (!weightsTensor || !data) {
      skip('non-constant weights');
      continue;
    }
    if (weightsTensor.dtype !== 'int8' && weightsTensor.dtype !== 'uint8') {
      skip(`${weightsTensor.dtype} weights`);
      continue;
    }
    const s = weightsTensor.shape;
    const shape: [number, number, number, number] =
      s.length === 4 ? [s[0], s[1], s[2], s[3]] : s.length === 2 ? [s[0], 1, 1, s[1]] : [0, 0, 0, 0];
    const channels = kind.kind === 'depthwise' ? shape[3] : shape[0];
    const slices = r.ofm_depth_slices.split('|').map(Number);
    const ifmChannels = Number(r.ifm_shape_c);
    // Only layers that encode the whole TFLite tensor as it is (no decomposition, no depth multiplier).
    const shapeFits =
      shape[0] > 0 &&
      slices[slices.length - 1] === channels &&
      (kind.kind === 'depthwise' ? ifmChannels === channels : kind.kind === 'conv' ? ifmChannels === shape[3] : true);
    if (!shapeFits) {
      skip('decomposed or reshaped');
      continue;
    }
    const bytes = data;
    const weights =
      weightsTensor.dtype === 'int8'
        ? new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const ifmBits = r.ifm_dtype.includes('16') ? 16 : 8;
    const fmt = r.weight_format.split('|');
    cases.push({
      model,
      target,
      id: r.id,
      tfliteOp: op.index,
      velaFormat: r.weight_format,
      velaWeightBytes: Number(r.weight_total_bytes),
      velaMaxRangeBytes: Number(r.weight_max_range_bytes),
      velaDistinct: Number(r.weight_distinct),
      velaZeroCount: Number(r.weight_zero),
      velaDecoderCycles: decoder.get(r.id) ? Number(decoder.get(r.id)) : NaN,
      input: {
        family,
        macs,
        weights,
        shape,
        zeroPoints: weightsTensor.quantization?.zeroPoint ?? [0],
        kind: kind.kind,
        ofmBlockDepth: Number(m.ofm_block_c),
        ifmBlockDepth: Number(m.ifm_block_c),
        ofmUBlockDepth: Number(m.ofm_ublock_c),
        traversal: TRAVERSALS[m.traversal] ?? 'depth-first',
        dilation: [Number(r.kernel_dilation_y), Number(r.kernel_dilation_x)],
        stride: [Number(r.kernel_stride_y), Number(r.kernel_stride_x)],
        ifmBits,
        depthSlices: slices,
        format: { fast: fmt.includes('Fast'), sparse: fmt.includes('Sparse2_4') },
      },
    });
  }
  return { cases, skipped, reasons };
}
