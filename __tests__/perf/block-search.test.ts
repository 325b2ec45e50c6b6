// The U55/U65 block search against Vela 5.1.0's own choices, read from its debug database: for the pooling-class
// operations of a few corpus models (pools, quantizes, copies), the OFM block we search for their shapes and
// kernels is the one Vela chose. regor weighs the blocks in float32, block ratios width first: ties in exact
// arithmetic fall the other way by the rounding (MoveNet's 48x48x17 quantize takes a 2x38x16 block, not 4x4x24).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findBlockConfigU55 } from '../../src/perf/block-u55.js';
import { npuConfigFor } from '../../src/perf/arch.js';
import { builtinTarget } from '../../src/targets/index.js';
import { describeShared, sharedDir } from '../helpers/shared.js';
import { readDebugTables } from './weights/vela-debug.js';
import { estimateCorpusPair, relErr } from './reference.js';

const POOLING = new Set(['MaxPool', 'AvgPool', 'Quantize', 'MemoryCopy']);

function poolingBlocks(model: string, target: string) {
  const tables = readDebugTables(model, target);
  const perf = tables.get('perf') ?? [];
  const main = new Map((tables.get('perf_debug_main') ?? []).map((r) => [r.id, r]));
  const debug = new Map((tables.get('perf_debug') ?? []).map((r) => [r.id, r]));
  const out: { id: string; op: string; query: Parameters<typeof findBlockConfigU55>[1]; vela: string }[] = [];
  for (const p of perf) {
    const m = main.get(p.id);
    const d = debug.get(p.id);
    if (!m || !d || !POOLING.has(p.operator)) continue;
    const bytes = (t: string) => t === 'Int8' || t === 'UInt8';
    if (!bytes(d.ifm_dtype) || !bytes(d.ofm_dtype) || Number(d.ifm_shape_n) !== 1) continue;
    const n = (k: string) => Number(d[k]);
    // An operation writing or reading part of a tensor (a PAD's interior, a concatenation's part) is configured
    // for its slice.
    const dims = (fm: 'ifm' | 'ofm') => {
      const part = n(`${fm}_slice_h`) > 0;
      const at = (axis: string) => n(`${fm}_${part ? 'slice' : 'shape'}_${axis}`);
      return { h: at('h'), w: at('w'), c: at('c') };
    };
    const ifm = dims('ifm');
    const ofm = dims('ofm');
    // A 2x nearest-neighbour upscale (a resize run as a 1x1 pool) reads each input element twice per axis.
    const upscale = ofm.h === 2 * ifm.h && ofm.w === 2 * ifm.w && n('kernel_size_x') === 1 ? 2 : 1;
    out.push({
      id: p.id,
      op: p.operator,
      query: {
        hw: 'pool',
        type: p.operator,
        ifmShape: ifm,
        ofmShape: ofm,
        ifmBits: 8,
        kernel: {
          w: n('kernel_size_x'),
          h: n('kernel_size_y'),
          strideX: n('kernel_stride_x'),
          strideY: n('kernel_stride_y'),
          dilationX: n('kernel_dilation_x'),
          dilationY: n('kernel_dilation_y'),
        },
        scaled: true,
        lutBytes: 0,
        upscale,
      },
      vela: `${m.ofm_block_h}x${m.ofm_block_w}x${m.ofm_block_c}`,
    });
  }
  return out;
}

describeShared("U55/U65 block search vs Vela 5.1.0's debug database", () => {
  // Every U55/U65 debug database of the corpus.
  const dir = join(sharedDir, 'vela-ref/debug');
  const cases = existsSync(dir)
    ? readdirSync(dir).flatMap((model) =>
        readdirSync(join(dir, model))
          .filter((f) => /^ethos-u(55|65)-\d+\.xml\.gz$/.test(f))
          .map((f) => [model, f.replace('.xml.gz', '')]),
      )
    : [];

  test.each(cases)("%s on %s: every 8-bit pooling-class operation's OFM block is Vela's", (model, target) => {
    const npu = npuConfigFor(builtinTarget(target)!);
    if (npu.kind === 'u85') throw new Error('a U55/U65 target was expected');
    const ops = poolingBlocks(model, target);
    const ours = ops.map((o) => {
      const b = findBlockConfigU55(npu, o.query).ofmBlock;
      return `${o.id} ${o.op} ${b.h}x${b.w}x${b.c}`;
    });
    expect(ours).toEqual(ops.map((o) => `${o.id} ${o.op} ${o.vela}`));
  });
});

// What the blocks moved: PoseNet's and AutoML's U65 totals were 1.4-1.5% under Vela's, MoveNet's 2.0%.
describeShared('U65 totals with Vela 5.1.0 block choices', () => {
  test.each([
    ['coral', 'posenet_mobilenet_v1_075_353_481_quant_decoder', 'ethos-u65-256', 0.005],
    ['coral', 'automl_traffic_model_uint8', 'ethos-u65-512', 0.005],
    ['coral', 'movenet_single_pose_lightning_ptq', 'ethos-u65-512', 0.01],
  ] as const)('%s/%s on %s: total within %f of Vela', (source, model, target, bound) => {
    const { perf, ref } = estimateCorpusPair(source, model, target);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(bound);
  });
});
