// Golden test: per-layer encoded weight sizes against Vela 5.1.0's debug database (shared/vela-ref/debug).
// Inputs per layer are the TFLite weight tensor plus the block config, traversal and OFM depth slices Vela
// chose (perf_debug, perf_debug_main); expected values are Vela's weight_total_bytes (encoded weight
// streams), weight_max_range_bytes (largest depth slice incl. scales), weight_distinct and weight_zero.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readModel } from '../../../src/tflite/read.js';
import {
  encodeWeights,
  encodeWeightsBestFormat,
  u85WeightDecoderCycles,
  WeightEncodingError,
  type WeightMemory,
} from '../../../src/perf/weights/index.js';
import {
  corpusBytes,
  corpusManifest,
  describeShared,
  MLIA_TARGET_IDS,
  sharedDir,
  type CorpusEntry,
} from '../../helpers/shared.js';
import { layerCases, type LayerCase } from './vela-debug.js';

const ALL_TARGETS = MLIA_TARGET_IDS;

// Small models that together cover every encoder path: FWD (keyword_scrambled, gtcrn), Sparse2_4,
// dilation (gtcrn), 16-bit IFM (ds_cnn_s_int16, seanet), depth-sliced buffering, strided depthwise,
// uint8 weights with non-zero zero points (traffic model, on two targets only: it is 3 MB).
const SELECTED: { model: string; targets: readonly string[] }[] = [
  { model: 'tflite-micro__keyword_scrambled', targets: ALL_TARGETS },
  { model: 'gtcrn-micro__gtcrn_micro_full_int8', targets: ALL_TARGETS },
  { model: 'ml-zoo__ds_cnn_s_int16', targets: ALL_TARGETS },
  { model: 'tflite-micro__seanet_conv10_int16', targets: ALL_TARGETS },
  { model: 'mlperf-tiny__kws_ref_model_int8', targets: ALL_TARGETS },
  { model: 'mlperf-tiny__ic_resnet8_int8', targets: ALL_TARGETS },
  { model: 'tflite-micro__person_detect', targets: ['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-2048'] },
  { model: 'mltk__autoencoder_example_int8', targets: ALL_TARGETS },
  { model: 'tflite-micro__hello_world_int8', targets: ALL_TARGETS },
  { model: 'coral__automl_traffic_model_uint8', targets: ['ethos-u65-512', 'ethos-u85-512'] },
];

function entryFor(model: string, manifest: CorpusEntry[]): CorpusEntry | undefined {
  return manifest.find(
    (e) =>
      e.file
        .replace(/^models\//, '')
        .replace('/', '__')
        .replace(/\.(tflite|bin)$/, '') === model,
  );
}

// Cases are built once per model and target so both tests share the weight arrays (and the encoder memo).
const caseCache = new Map<string, LayerCase[]>();
function casesFor(model: string, target: string, manifest: CorpusEntry[], cache = true): LayerCase[] {
  const key = `${model}/${target}`;
  let cases = caseCache.get(key);
  if (!cases) {
    const entry = entryFor(model, manifest);
    if (!entry) throw new Error(`corpus model ${model} not in the manifest`);
    cases = layerCases(model, target, readModel(corpusBytes(entry))).cases;
    if (cache) caseCache.set(key, cases);
  }
  return cases;
}

interface Outcome {
  checked: number;
  mismatches: string[];
  features: Set<string>;
}

function check(models: { model: string; targets: readonly string[] }[], cache = true): Outcome {
  const manifest = corpusManifest();
  const out: Outcome = { checked: 0, mismatches: [], features: new Set() };
  for (const { model, targets } of models) {
    for (const target of targets) {
      for (const c of casesFor(model, target, manifest, cache)) {
        out.checked++;
        noteFeatures(c, out.features);
        const r = encodeWeights(c.input);
        const got = [r.weightBytes, r.maxRangeBytes, r.distinctWeights, r.zeroCount];
        const want = [c.velaWeightBytes, c.velaMaxRangeBytes, c.velaDistinct, c.velaZeroCount];
        if (c.input.family === 'u85' && !Number.isNaN(c.velaDecoderCycles)) {
          const stats = {
            sourceElements: r.sourceElements,
            encodedBytes: r.weightBytes,
            zeroCount: r.zeroCount,
            distinctWeights: r.distinctWeights,
          };
          got.push(u85WeightDecoderCycles(stats, c.input.format?.fast ?? false, r.cores));
          want.push(c.velaDecoderCycles);
        }
        if (got.some((g, k) => g !== want[k])) {
          out.mismatches.push(
            `${model} ${target} op ${c.tfliteOp} (${c.input.kind}, ${c.velaFormat}): ` +
              `[weights, maxRange, distinct, zeros, decoder cycles] ours ${got.join('/')} vela ${want.join('/')}`,
          );
        }
      }
    }
  }
  return out;
}

function noteFeatures(c: LayerCase, features: Set<string>): void {
  const i = c.input;
  features.add(i.family);
  features.add(i.traversal);
  if (i.format?.fast) features.add('fast');
  if (i.format?.sparse) features.add('sparse');
  if (i.ifmBits === 16) features.add('ifm16');
  if (i.weights instanceof Uint8Array) features.add('uint8');
  if ((i.depthSlices?.length ?? 2) > 2) features.add('sliced');
  if (i.dilation && (i.dilation[0] > 1 || i.dilation[1] > 1)) features.add('dilation');
  if (i.family === 'u65' && i.macs === 512) features.add('two-core-u65');
  if (i.family === 'u85' && i.macs >= 512) features.add('multi-core-u85');
}

describeShared('weight encoder vs Vela 5.1.0 per-layer encoded sizes (corpus debug DB)', () => {
  test('selected corpus layers on all targets: weight bytes, max range bytes, distinct/zero counts and U85 decoder cycles match exactly', () => {
    const { checked, mismatches, features } = check(SELECTED);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(700);
    for (const f of [
      'u55',
      'u65',
      'u85',
      'depth-first',
      'part-kernel',
      'depthwise',
      'fast',
      'sparse',
      'ifm16',
      'uint8',
      'sliced',
      'dilation',
      'two-core-u65',
      'multi-core-u85',
    ]) {
      expect([...features]).toContain(f);
    }
  });

  test('U85 format choice (Performance mode) matches Vela on layers that are not 2:4-sparse eligible', () => {
    const manifest = corpusManifest();
    const ini = readFileSync(join(sharedDir, 'mlia/vela.ini'), 'utf8');
    let checked = 0;
    const formats = new Set<string>();
    const wrong: string[] = [];
    for (const { model, targets } of SELECTED) {
      for (const target of targets.filter((t) => t.startsWith('ethos-u85'))) {
        const memory = weightMemoryFor(model, target, ini);
        for (const c of casesFor(model, target, manifest)) {
          if (c.input.kind === 'depthwise' || c.input.format?.sparse || sparseEligible(c)) continue;
          // Without a sparse candidate both formats share the op cycles, so only decode cost decides.
          const best = encodeWeightsBestFormat({
            ...c.input,
            strategy: 'performance',
            opCycles: 0,
            weightMemory: memory,
          });
          const vela = c.input.format?.fast ? 'fast' : 'default';
          checked++;
          formats.add(vela);
          if (best.format !== vela)
            wrong.push(`${model} ${target} op ${c.tfliteOp}: ours ${best.format}, vela ${vela}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(200);
    expect([...formats].sort()).toEqual(['default', 'fast']);
  });

  // Every mappable layer of every corpus model on every target (about 7 900 layers, 20-30 s on a 2-core
  // machine since the encoder's passes run in WebAssembly); WEIGHTS_FULL_SWEEP=0 leaves it out.
  const fullSweep = process.env.WEIGHTS_FULL_SWEEP === '0' ? test.skip : test;
  fullSweep('full sweep: every mappable corpus layer on every target', () => {
    const models = readdirSync(join(sharedDir, 'vela-ref/debug')).map((model) => ({
      model,
      targets: readdirSync(join(sharedDir, 'vela-ref/debug', model)).map((f) => f.replace('.xml.gz', '')),
    }));
    const known = corpusManifest();
    const { checked, mismatches } = check(
      models.filter((m) => entryFor(m.model, known)),
      false,
    );
    expect(checked).toBeGreaterThan(7000);
    expect(mismatches).toEqual([]);
  });
});

function sparseEligible(c: LayerCase): boolean {
  try {
    encodeWeights({ ...c.input, format: { fast: false, sparse: true } });
    return true;
  } catch (e) {
    if (e instanceof WeightEncodingError && e.code === 'not-sparse') return false;
    throw e;
  }
}

/** The const (weight) memory of the run: the ini system config's axi1 (Dram) figures, as regor reads them. */
function weightMemoryFor(model: string, target: string, ini: string): WeightMemory {
  const ref = JSON.parse(readFileSync(join(sharedDir, 'vela-ref', model, `${target}.json`), 'utf8')) as {
    config: { system_config: string };
  };
  const name = ref.config.system_config;
  const section = ini.split(`[System_Config.${name}]`)[1]?.split('\n[')[0];
  if (!section) throw new Error(`system config ${name} not in vela.ini`);
  const key = (k: string, fallback: number): number => {
    const m = new RegExp(`^Dram_${k}=(.+)$`, 'm').exec(section);
    return m ? Number(m[1]) : fallback;
  };
  const axiWidth = name.startsWith('Ethos_U55') ? 8 : 16;
  return {
    bandwidth: key('clock_scale', 1) * axiWidth * key('ports_used', 1),
    readLatency: key('read_latency', 1),
    maxBurstLength: key('burst_length', 64),
    maxReads: key('max_reads', 1),
    portsUsed: key('ports_used', 1),
  };
}
