// `npm run bench`: how fast and how lean the engine is, measured (a benchmark, not a timed test).
// Parsing throughput over the corpus; check (placement + performance) for every corpus model x built-in
// target with the speed-up over Vela's own wall time from the references; peak RSS. Then scale
// (scripts/bench/scale.mjs): whole-pipeline models/s against model count and cost against graph size, and a
// multi-GB model in the external-buffer layout analysed through the lazy path, with its peak RSS against the bound.
// BENCH_SKIP_CORPUS=1 runs only the scale part; BENCH_BIG_GB sets the big model's size (default 3).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importSource, projectRoot } from './bundle-src.mjs';
import { runScaleBench } from './bench/scale.mjs';

const shared = resolve(projectRoot, '../shared');
if (!existsSync(join(shared, 'corpus/manifest.json'))) {
  console.error('bench needs ../shared/corpus (the reference corpus beside the project root).');
  process.exit(2);
}
if (process.env.BENCH_SKIP_CORPUS) {
  await runScaleBench();
  process.exit(0);
}
const { readModel } = await importSource('src/tflite/read.ts');
const manifest = JSON.parse(readFileSync(join(shared, 'corpus/manifest.json'), 'utf8'));
const files = manifest.map((e) => ({ name: e.file, bytes: readFileSync(join(shared, 'corpus', e.file)) }));
const totalBytes = files.reduce((a, f) => a + f.bytes.length, 0);

let peakRss = process.memoryUsage().rss;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const time = (fn, reps) => {
  fn(); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) fn();
  sampleRss();
  return Number(process.hrtime.bigint() - t0) / 1e6 / reps;
};

const fmt = (n, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(`corpus: ${files.length} models, ${fmt(totalBytes / 2 ** 20)} MiB`);

// 1. Parsing (verify + build the IR).
const parseMs = time(() => {
  for (const f of files) {
    try {
      readModel(f.bytes, { file: f.name });
    } catch {
      /* counted below */
    }
  }
}, 5);
console.log(
  `parse: ${fmt(parseMs)} ms for the corpus = ${fmt((files.length / parseMs) * 1000, 0)} models/s, ${fmt(totalBytes / 2 ** 20 / (parseMs / 1000), 0)} MiB/s`,
);

// 2. check = placement + performance on every built-in target, against Vela's recorded wall time.
let targetsMod;
if (existsSync(join(projectRoot, 'src/targets/index.ts'))) targetsMod = await importSource('src/targets/index.ts');
if (targetsMod?.builtinTargets) {
  const { analyzeModel } = await importSource('src/engine/analyze.ts');
  const targets = targetsMod.builtinTargets().filter((t) => !/u55-(32|64)$/.test(t.id));
  const pairs = files.length * targets.length;
  let failures = 0;
  const checkMs = time(() => {
    failures = 0;
    for (const f of files) {
      const r = analyzeModel(f.bytes, f.name, targets);
      if (r.error && !r.velaCompiled) failures++;
    }
  }, 1);
  const perPairMs = checkMs / pairs;
  // Vela's own time per (model, target), from the references.
  const velaTimes = [];
  const refDir = join(shared, 'vela-ref');
  for (const d of readdirSync(refDir)) {
    for (const t of targets) {
      const p = join(refDir, d, `${t.id}.json`);
      if (!existsSync(p)) continue;
      const ref = JSON.parse(readFileSync(p, 'utf8'));
      if (typeof ref.vela_wall_seconds === 'number') velaTimes.push(ref.vela_wall_seconds * 1000);
    }
  }
  velaTimes.sort((a, b) => a - b);
  const velaMedian = velaTimes[Math.floor(velaTimes.length / 2)] ?? NaN;
  const velaMean = velaTimes.reduce((a, b) => a + b, 0) / velaTimes.length;
  console.log(
    `check: ${fmt(checkMs)} ms for ${pairs} model x target pairs = ${fmt(perPairMs, 3)} ms per pair (${failures} models with errors)`,
  );
  console.log(
    `vela 5.1.0: median ${fmt(velaMedian)} ms, mean ${fmt(velaMean)} ms per pair (${velaTimes.length} references) -> speed-up ${fmt(velaMedian / perPairMs, 0)}x (median), ${fmt(velaMean / perPairMs, 0)}x (mean)`,
  );
}
console.log(`peak RSS: ${fmt(peakRss / 2 ** 20)} MiB`);
await runScaleBench();
