#!/usr/bin/env node
// Quantizes every float / float-activation corpus model (../shared/corpus) with random calibration data and prints
// one row per model: quantized/float operator counts, cosine similarity of the quantized model's outputs to the
// float model's on the calibration samples, and NPU coverage (operators on the NPU / all) of the quantized model
// on ethos-u55-256 and ethos-u85-256 per our compatibility engine; `out N` counts the integer tensors whose range
// rare outliers set (the quantizer's outlier report: their step erases nearly all their values).
// Usage: node scripts/quantize-corpus.mjs [--samples 10] [--int16x8] [--io int8|float] [--keep-float-above N]
//        [--model <substring>] [--json out.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importSource, projectRoot } from './bundle-src.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const shared = resolve(projectRoot, '../shared');
if (!existsSync(join(shared, 'corpus/manifest.json'))) {
  console.error(`quantize-corpus: ${shared}/corpus not found`);
  process.exit(2);
}
const samplesPerModel = Number(opt('--samples', '10'));
const int16x8 = args.includes('--int16x8');
const io = opt('--io', 'float');
const filter = opt('--model');
const keepFloatAbove = opt('--keep-float-above') === undefined ? undefined : Number(opt('--keep-float-above'));

const Q = await importSource('src/optimize/quantize/index.ts');
const E = await importSource('src/engine/analyze.ts');
const T = await importSource('src/targets/index.ts');
const targets = ['ethos-u55-256', 'ethos-u85-256'].map((id) => T.builtinTarget(id));

const manifest = JSON.parse(readFileSync(join(shared, 'corpus/manifest.json'), 'utf8'));
const rows = [];
for (const entry of manifest) {
  if (!/^float32/.test(entry.category)) continue;
  if (filter && !entry.file.includes(filter)) continue;
  const bytes = readFileSync(join(shared, 'corpus', entry.file));
  const row = {
    model: entry.file.replace(/^models\//, ''),
    category: entry.category.startsWith('float32 activations') ? 'compressed' : 'float32',
  };
  const t0 = Date.now();
  try {
    const q = await Q.quantize(bytes, { file: entry.file, io, int16x8, keepFloatAbove, randomCount: samplesPerModel });
    row.quantizedOps = q.report.quantizedOps;
    row.floatOps = q.report.floatOps.length;
    row.floatTypes = [...new Set(q.report.floatOps.map((f) => f.type))].join(' ');
    row.outlierTensors = q.report.outlierRanges.length;
    row.outliers = q.report.outlierRanges.map((o) => o.name);
    const tracking = await Q.compareOutputs(bytes, q.bytes, q.samples, { file: entry.file });
    row.cosine = tracking.cosine;
    row.minOutputCosine = Math.min(...tracking.perOutput);
    const analysed = E.analyzeModel(q.bytes, entry.file, targets, { performance: false });
    const before = E.analyzeModel(bytes, entry.file, targets, { performance: false });
    for (const [i, t] of analysed.targets.entries()) {
      const n = t.npuOperators + t.cpuOperators;
      row[t.target] = `${t.npuOperators}/${n}`;
      row[`${t.target} before`] =
        `${before.targets[i]?.npuOperators ?? '?'}/${(before.targets[i]?.npuOperators ?? 0) + (before.targets[i]?.cpuOperators ?? 0)}`;
    }
    if (analysed.error) row.error = analysed.error.message;
  } catch (e) {
    row.error = String(e.message ?? e).slice(0, 160);
  }
  row.ms = Date.now() - t0;
  rows.push(row);
  const f = (x) => (typeof x === 'number' ? x.toFixed(4) : '-');
  console.log(
    [
      row.model.padEnd(52),
      row.category.padEnd(10),
      `q ${row.quantizedOps ?? '-'}`.padEnd(6),
      `f ${row.floatOps ?? '-'}`.padEnd(6),
      `cos ${f(row.cosine)}`.padEnd(11),
      `min ${f(row.minOutputCosine)}`.padEnd(11),
      `out ${row.outlierTensors ?? '-'}`.padEnd(6),
      `u55 ${row['ethos-u55-256'] ?? '-'} (was ${row['ethos-u55-256 before'] ?? '-'})`.padEnd(24),
      `u85 ${row['ethos-u85-256'] ?? '-'} (was ${row['ethos-u85-256 before'] ?? '-'})`.padEnd(24),
      `${row.ms} ms`,
      row.error ? `ERROR ${row.error}` : row.floatTypes ? `float: ${row.floatTypes}` : '',
    ].join(' '),
  );
}
const out = opt('--json');
if (out) writeFileSync(out, JSON.stringify(rows, null, 2));
