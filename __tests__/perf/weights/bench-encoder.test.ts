// Encoder speed benchmark (opt-in: ENCODER_BENCH=1). Encodes every mappable weight tensor of a few large
// corpus models for U55-256 and U85-256, cold (fresh arrays, so the memo never hits), and prints the CPU time.
// Sizes are also checked against Vela so a fast-but-wrong encoder cannot pass as a speed-up.
import { readModel } from '../../../src/tflite/read.js';
import { encodeWeights } from '../../../src/perf/weights/index.js';
import { corpusBytes, corpusManifest, describeShared } from '../../helpers/shared.js';
import { layerCases, type LayerCase } from './vela-debug.js';

const MODELS = [
  'tflite-micro__mobilenet_v2_pytorch_1x3x224x224_int8',
  'coral__tf2_mobilenet_v2_1.0_224_ptq',
  'misc__yolov8n_320_int8',
];
const TARGETS = ['ethos-u55-256', 'ethos-u85-256'];
const ROUNDS = 3;

const bench = process.env.ENCODER_BENCH === '1' ? test : test.skip;

describeShared('weight encoder speed (ENCODER_BENCH=1)', () => {
  bench('cold encoding of large corpus models', () => {
    const manifest = corpusManifest();
    const lines: string[] = [];
    let totalMs = 0;
    for (const model of MODELS) {
      const entry = manifest.find(
        (e) =>
          e.file
            .replace(/^models\//, '')
            .replace('/', '__')
            .replace(/\.tflite$/, '') === model,
      );
      if (!entry) throw new Error(`corpus model ${model} not in the manifest`);
      const graph = readModel(corpusBytes(entry));
      for (const target of TARGETS) {
        const cases: LayerCase[] = layerCases(model, target, graph).cases;
        let best = Infinity;
        let values = 0;
        for (let round = 0; round < ROUNDS; round++) {
          // Fresh copies defeat the per-buffer memo, so every round measures cold encoding.
          const inputs = cases.map((c) => ({ ...c.input, weights: c.input.weights.slice() }));
          // CPU time of this process: steadier than wall time on a machine shared with other jobs.
          const start = process.cpuUsage();
          const results = inputs.map((input) => encodeWeights(input));
          const ms = process.cpuUsage(start).user / 1000;
          best = Math.min(best, ms);
          values = results.reduce((n, r) => n + r.sourceElements, 0);
          const wrong = cases.filter((c, k) => results[k].weightBytes !== c.velaWeightBytes).length;
          expect(wrong).toBe(0);
        }
        totalMs += best;
        lines.push(`${model} ${target}: ${cases.length} layers, ${values} values, ${best.toFixed(1)} ms`);
      }
    }
    lines.push(`total (best of ${ROUNDS} per pair, CPU ms): ${totalMs.toFixed(1)} ms`);
    console.log(lines.join('\n'));
  });
});
