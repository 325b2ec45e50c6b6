// The small float and float-activation corpus models quantize, run in the TFLite runtime, track their float
// outputs, and every operator quantized lands on the NPU per our compatibility engine. The large ones
// (dp_net, ssd_mobilenet, conformer) are covered by scripts/quantize-corpus.mjs to keep this suite fast.
import { analyzeModel } from '../../../src/engine/analyze.js';
import { builtinTarget } from '../../../src/targets/index.js';
import { compareOutputs, quantize } from '../../../src/optimize/quantize/index.js';
import { corpusBytes, corpusManifest, describeShared } from '../../helpers/shared.js';

const SMALL_FLOAT_MODELS = [
  'models/tflite-micro/hello_world_float.tflite',
  'models/mlperf-tiny/ad01_fp32.tflite',
  'models/mlperf-tiny/kws_ref_model_float32.tflite', // float16 weights behind DEQUANTIZE
  'models/mlperf-tiny/ad_toycar_dynamic_range_quant.tflite', // hybrid int8 weights
];

describeShared('quantize small float corpus models', () => {
  const entries = corpusManifest().filter((e) => SMALL_FLOAT_MODELS.includes(e.file));
  const targets = [builtinTarget('ethos-u55-256'), builtinTarget('ethos-u85-256')];

  test('the manifest lists them as float models', () => {
    expect(entries.map((e) => e.file).sort()).toEqual([...SMALL_FLOAT_MODELS].sort());
    for (const e of entries) expect(e.category).toMatch(/^float32/);
  });

  test.each(SMALL_FLOAT_MODELS)('%s', async (file) => {
    const entry = entries.find((e) => e.file === file)!;
    const bytes = corpusBytes(entry);
    const q = await quantize(bytes, { file, io: 'float', randomCount: 5 });
    expect(q.report.floatOps).toEqual([]);
    expect(q.report.quantizedOps).toBeGreaterThan(0);
    const tracking = await compareOutputs(bytes, q.bytes, q.samples, { file });
    expect(tracking.compared).toBeGreaterThan(0);
    expect(tracking.cosine).toBeGreaterThanOrEqual(0.98);

    const before = analyzeModel(bytes, file, targets, { performance: false });
    const after = analyzeModel(q.bytes, file, targets, { performance: false });
    expect(after.error).toBeUndefined();
    for (const [i, t] of after.targets.entries()) {
      expect(before.targets[i].npuOperators).toBe(0);
      // Every integer operator runs on the NPU; only the QUANTIZE/DEQUANTIZE at the float edges stay on the CPU.
      expect(t.npuOperators).toBe(q.report.quantizedOps);
      const cpu = t.operators.filter((o) => o.placement !== 'NPU').map((o) => o.type);
      expect(new Set(cpu)).toEqual(new Set(['QUANTIZE', 'DEQUANTIZE']));
    }
  });
});
