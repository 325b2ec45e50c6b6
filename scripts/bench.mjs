// `npm run bench`: how fast and how lean the engine is, measured (a benchmark, not a timed test).
// Parsing throughput over the corpus; check (placement + performance) for every corpus model x built-in
// target, by default and with every weight encoded exactly, with the speed-up over Vela's own wall time per
// pair from the references; peak RSS. Cold runs: `ethos-gate check` as a fresh process per model (Node's start and
// the JIT's first pass included), against Vela's wall time for the same runs (BENCH_SKIP_COLD=1 skips them). Then
// scale (scripts/bench/scale.mjs): whole-pipeline models/s against model count and cost against graph size, and a
// multi-GB model in the external-buffer layout analysed through the lazy path, with its peak RSS against the bound.
// BENCH_SKIP_CORPUS=1 runs only the scale part, BENCH_SKIP_SCALE=1 only the corpus part; BENCH_ROUNDS sets the
// rounds each model is timed in (default 3, its median kept); BENCH_BIG_GB sets the big model's size (default 3).
import { spawnSync } from 'node:child_process';
import * as nodeModule from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { devNull } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSource, projectRoot } from './bundle-src.mjs';
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
// Everything from one bundle (scripts/bench/entry.ts): clearing the estimator's caches must reach the module that
// analyzeModel runs in.
const bench = await import(pathToFileURL(await bundleSource('scripts/bench/entry.ts')).href);
const { readModel } = bench;
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
// The JIT moves these figures: Node 24 (the action's runtime) ran the check 20-25% faster than Node 20 here.
console.log(`corpus: ${files.length} models, ${fmt(totalBytes / 2 ** 20)} MiB; Node ${process.version}`);

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
{
  const { analyzeModel, clearEstimatorCaches, builtinTargets } = bench;
  const targets = builtinTargets().filter((t) => !/u55-(32|64)$/.test(t.id));
  const pairs = files.length * targets.length;
  const refDir = join(shared, 'vela-ref');
  const refName = (file) =>
    file
      .replace(/^models\//, '')
      .replace('/', '__')
      .replace(/\.tflite$/, '');
  // Vela's own time per (model, target), from the references.
  const velaMs = (file, target) => {
    const p = join(refDir, refName(file), `${target}.json`);
    if (!existsSync(p)) return undefined;
    const ref = JSON.parse(readFileSync(p, 'utf8'));
    return typeof ref.vela_wall_seconds === 'number' ? ref.vela_wall_seconds * 1000 : undefined;
  };
  const velaTimes = files.flatMap((f) => targets.map((t) => velaMs(f.name, t.id))).filter((v) => v !== undefined);
  velaTimes.sort((a, b) => a - b);
  const velaMedian = velaTimes[Math.floor(velaTimes.length / 2)] ?? NaN;
  const velaMean = velaTimes.reduce((a, b) => a + b, 0) / velaTimes.length;
  const q = (a, f) => a[Math.min(a.length - 1, Math.floor(a.length * f))];

  // check: every model on all targets in one call (as the CLI and the action run it); each model's time is
  // shared evenly by its targets. A fresh copy of the bytes and the estimator's process-wide caches cleared
  // before each model (outside the timing): nothing is reused from an earlier run or model. Each model is timed in
  // `rounds` rounds over the corpus and its median kept: one run's figure moves with the machine's other load.
  const reps = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3) || 1);
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor((a.length - 1) / 2)];
  const run = (label, options, rounds = reps) => {
    let failures = 0;
    const times = files.map(() => []);
    for (let round = 0; round < rounds; round++) {
      files.forEach((f, i) => {
        const bytes = Buffer.from(f.bytes);
        clearEstimatorCaches();
        const t0 = process.hrtime.bigint();
        const r = analyzeModel(bytes, f.name, targets, options);
        times[i].push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (round === 0 && r.error && !r.velaCompiled) failures++;
      });
    }
    let total = 0;
    const ratios = [];
    files.forEach((f, i) => {
      const ms = median(times[i]);
      total += ms;
      for (const t of targets) {
        const v = velaMs(f.name, t.id);
        if (v !== undefined) ratios.push({ ratio: v / (ms / targets.length), file: f.name, target: t.id });
      }
    });
    sampleRss();
    ratios.sort((a, b) => a.ratio - b.ratio);
    const perPair = total / pairs;
    console.log(
      `check (${label}${rounds > 1 ? `, each model's median of ${rounds} rounds` : ''}): ${fmt(total)} ms for ${pairs} model x target pairs = ${fmt(perPair, 3)} ms per pair (${failures} models with errors)`,
    );
    console.log(
      `  speed-up over vela 5.1.0 per pair (${ratios.length} pairs with a reference): median ${fmt(q(ratios, 0.5).ratio, 0)}x, p10 ${fmt(q(ratios, 0.1).ratio, 0)}x, worst ${fmt(ratios[0].ratio, 1)}x (${ratios[0].file} on ${ratios[0].target}); vela's median ${fmt(velaMedian)} ms / our mean per pair = ${fmt(velaMedian / perPair, 0)}x, vela's mean / ours = ${fmt(velaMean / perPair, 0)}x`,
    );
    const slow = ratios.filter((r) => r.ratio < 100);
    const slowModels = [...new Set(slow.map((r) => r.file.split('/').pop()))];
    console.log(
      `  pairs under 100x: ${slow.length} of ${ratios.length}${slowModels.length ? ` (${slowModels.length} models: ${slowModels.join(', ')})` : ''}`,
    );
  };
  run('warm-up', {}, 1); // JIT and lazily built tables; not reported as a result below
  run('default: large weight tensors sized from a sample', {});
  run('--exact-weights: every weight encoded', { exactWeights: true });
  console.log(
    `vela 5.1.0: median ${fmt(velaMedian)} ms, mean ${fmt(velaMean)} ms per pair (${velaTimes.length} references)`,
  );

  // 3. Cold: what one command costs a user, like Vela's own wall time (a process per run). The figures above are a
  // warm process's; a fresh one also starts Node, loads the bundle and runs the estimator before the JIT has
  // optimised it.
  if (!process.env.BENCH_SKIP_COLD) coldRuns(targets, velaMs, q);
}

/** `ethos-gate check` as a fresh process per model: on one target, and on the nine at once. */
function coldRuns(targets, velaMs, q) {
  const cli = join(projectRoot, 'dist/cli.js');
  if (!existsSync(cli)) {
    console.log('cold runs: skipped (no dist/cli.js: npm run build)');
    return;
  }
  // The CLI turns on Node's compile cache (Node >= 22.1): a first run compiles the bundle, later runs read it. Both
  // are measured, the first with the cache turned off.
  const hasCache = typeof nodeModule.enableCompileCache === 'function';
  const wall = (args, cache) => {
    const env = { ...process.env };
    delete env.NODE_COMPILE_CACHE;
    if (cache) delete env.NODE_DISABLE_COMPILE_CACHE;
    else env.NODE_DISABLE_COMPILE_CACHE = '1';
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, 'check', ...args, '--format', 'json', '--output', devNull], {
      stdio: 'ignore',
      env,
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    return r.status === 0 || r.status === 1 ? ms : undefined;
  };
  const one = targets.find((t) => t.id === 'ethos-u55-256') ?? targets[0];
  const summarise = (label, rows) => {
    const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
    const ratios = rows.filter((r) => r.vela !== undefined).map((r) => r.vela / r.ms);
    ratios.sort((a, b) => a - b);
    console.log(
      `  ${label}: median ${fmt(q(ms, 0.5), 0)} ms, p90 ${fmt(q(ms, 0.9), 0)} ms, slowest ${fmt(ms[ms.length - 1], 0)} ms per run; ` +
        `Vela's wall time over ours (${ratios.length} runs with references): median ${fmt(q(ratios, 0.5))}x, ` +
        `p10 ${fmt(q(ratios, 0.1))}x, worst ${fmt(ratios[0] ?? NaN)}x`,
    );
  };
  for (const cache of hasCache ? [false, true] : [false]) {
    const how = hasCache ? (cache ? ', compile cache on (later runs)' : ', compile cache off (a first run)') : '';
    console.log(`cold runs (node ${cli.replace(`${projectRoot}/`, '')} check, a fresh process per model${how}):`);
    const single = [];
    const all = [];
    if (cache) wall([join(projectRoot, 'examples/models/kws_int8.tflite')], true); // fills the cache
    for (const f of files) {
      const file = join(shared, 'corpus', f.name);
      const ms = wall([file, '--target', one.id], cache);
      if (ms !== undefined) single.push({ ms, vela: velaMs(f.name, one.id) });
      const msAll = wall([file, '--target', targets.map((t) => t.id).join(',')], cache);
      const velas = targets.map((t) => velaMs(f.name, t.id));
      if (msAll !== undefined)
        all.push({
          ms: msAll,
          vela: velas.every((v) => v !== undefined) ? velas.reduce((a, b) => a + b, 0) : undefined,
        });
    }
    summarise(`${files.length} models on ${one.id}`, single);
    summarise(
      `${files.length} models on the ${targets.length} targets in one run (against Vela's ${targets.length} runs)`,
      all,
    );
  }
}
console.log(`peak RSS: ${fmt(peakRss / 2 ** 20)} MiB`);
if (!process.env.BENCH_SKIP_SCALE) await runScaleBench();
