// The block searches against Vela 5.1.0's own choices, read from its debug database: for every 8-bit operation of
// the corpus's debug databases whose type we map (convolutions, depthwise, pools, quantizes, copies, elementwise,
// fully connected), the OFM block we search for its shapes (its slice, or its cascade stripe) and kernel is the one
// Vela chose. regor weighs the blocks in float32, block ratios width first: ties in exact arithmetic fall the other
// way by the rounding (MoveNet's 48x48x17 quantize on U65-512 takes a 2x38x16 block, not 4x4x24).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findBlockConfigU55, type BlockQuery } from '../../src/perf/block-u55.js';
import { findBlockConfigU85 } from '../../src/perf/block-u85.js';
import { npuConfigFor } from '../../src/perf/arch.js';
import type { HwOp } from '../../src/perf/ops.js';
import { builtinTarget } from '../../src/targets/index.js';
import { describeShared, sharedDir } from '../helpers/shared.js';
import { readDebugTables } from './weights/vela-debug.js';
import { estimateCorpusPair, relErr } from './reference.js';

const HW: Record<string, HwOp> = {
  Conv2D: 'conv',
  DepthwiseConv2D: 'depthwise',
  FullyConnected: 'vector',
  MaxPool: 'pool',
  AvgPool: 'pool',
  Quantize: 'pool',
  MemoryCopy: 'pool',
  Add: 'elementwise',
  Sub: 'elementwise',
  Mul: 'elementwise',
};

/** The block queries of a debug database's operations, with the OFM block Vela chose for each. */
function debugBlocks(model: string, target: string) {
  const tables = readDebugTables(model, target);
  const main = new Map((tables.get('perf_debug_main') ?? []).map((r) => [r.id, r]));
  const debug = new Map((tables.get('perf_debug') ?? []).map((r) => [r.id, r]));
  const out: { label: string; query: BlockQuery; vela: string }[] = [];
  for (const p of tables.get('perf') ?? []) {
    const m = main.get(p.id);
    const d = debug.get(p.id);
    const hw = HW[p.operator];
    if (!m || !d || !hw) continue;
    const bytes = (t: string) => t === 'Int8' || t === 'UInt8';
    if (!bytes(d.ifm_dtype) || !bytes(d.ofm_dtype) || Number(d.ifm_shape_n) !== 1) continue;
    // Transposing copies (U85) are searched in their input's orientation: not covered here.
    if (d.transpose_type && d.transpose_type !== 'None' && d.transpose_type !== 'NHWC') continue;
    const n = (k: string) => Number(d[k]);
    // An operation writing or reading part of a tensor (a PAD's interior, a concatenation's part) is configured
    // for its slice, one in a cascade for its stripe.
    const dims = (fm: 'ifm' | 'ofm') => {
      const part = n(`${fm}_slice_h`) > 0;
      const at = (axis: string) => n(`${fm}_${part ? 'slice' : 'shape'}_${axis}`);
      return { h: at('h'), w: at('w'), c: at('c') };
    };
    let ifm = dims('ifm');
    let ofm = dims('ofm');
    if (n('ofm_stripe_h') > 0 && n('ofm_stripe_h') < ofm.h) {
      ofm = { ...ofm, h: n('ofm_stripe_h') };
      ifm = { ...ifm, h: Math.min(ifm.h, n('ifm_stripe_h')) };
    }
    const ifm2 =
      n('ifm2_shape_c') > 0 ? { h: n('ifm2_shape_h'), w: n('ifm2_shape_w'), c: n('ifm2_shape_c') } : undefined;
    // A 2x nearest-neighbour upscale (a resize run as a 1x1 pool) reads each input element twice per axis.
    const upscale = ofm.h === 2 * ifm.h && ofm.w === 2 * ifm.w && n('kernel_size_x') === 1 ? 2 : 1;
    out.push({
      label: `${p.id} ${p.operator}`,
      query: {
        hw,
        type: p.operator,
        ifmShape: ifm,
        ifm2Shape: ifm2,
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
        ofmBrick: d.ofm_format === 'NHCWB16',
      },
      vela: `${m.ofm_block_h}x${m.ofm_block_w}x${m.ofm_block_c}`,
    });
  }
  return out;
}

describeShared("block search vs Vela 5.1.0's debug database", () => {
  const dir = join(sharedDir, 'vela-ref/debug');
  const cases = existsSync(dir)
    ? readdirSync(dir).flatMap((model) =>
        readdirSync(join(dir, model))
          .filter((f) => /^ethos-u\d+-\d+\.xml\.gz$/.test(f))
          .map((f) => [model, f.replace('.xml.gz', '')]),
      )
    : [];

  test('the debug databases cover every target family', () => {
    for (const family of ['u55', 'u65', 'u85']) expect(cases.some(([, t]) => t.includes(family))).toBe(true);
  });

  test.each(cases)("%s on %s: every mapped 8-bit operation's OFM block is Vela's", (model, target) => {
    const npu = npuConfigFor(builtinTarget(target)!);
    const ops = debugBlocks(model, target);
    const ours = ops.map((o) => {
      const b =
        npu.kind === 'u85' ? findBlockConfigU85(npu, o.query).ofmBlock : findBlockConfigU55(npu, o.query).ofmBlock;
      return `${o.label} ${b.h}x${b.w}x${b.c}`;
    });
    expect(ours).toEqual(ops.map((o) => `${o.label} ${o.vela}`));
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
