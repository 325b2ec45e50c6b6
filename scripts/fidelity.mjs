#!/usr/bin/env node
// Fidelity of the performance estimate against Vela 5.1.0 (../shared/vela-ref): for every corpus
// model and target, the estimate runs on Vela's own placement; prints the median and p90 absolute
// relative error of totalCycles, npuCycles, sramUsedBytes and weightsEncodedBytes per target
// family and overall (and their means), the bytes read and written per memory area, the off-chip flash (U55)
// or DRAM (U65, U85) used, each layer's (TFLite
// operator's) cycles against Vela's per-operator figures, the ten worst pairs, and the time per model and target.
// Usage: npm run fidelity [-- --json out.json] [-- --model <substring>] [-- --target <id>] [-- --layers]
//        [-- --exact-weights] (encode every weight exactly instead of sampling large tensors, as check does)
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const args = process.argv.slice(2);
const exactWeights = args.includes('--exact-weights');
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

if (!existsSync(join(shared, 'vela-ref'))) {
  console.error(`fidelity: ${shared}/vela-ref not found; the reference data is needed`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'ethos-gate-fidelity-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  [
    `export { readModel } from ${JSON.stringify(join(root, 'src/tflite/read.ts'))};`,
    `export { estimatePerformance } from ${JSON.stringify(join(root, 'src/perf/index.ts'))};`,
    `export { builtinTarget } from ${JSON.stringify(join(root, 'src/targets/index.ts'))};`,
    `export { computeMacs } from ${JSON.stringify(join(root, 'src/graph/macs.ts'))};`,
  ].join('\n'),
);
const out = join(dir, 'bundle.mjs');
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
const lib = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const corpusFile = (name) => {
  const [source, ...rest] = name.split('__');
  const model = rest.join('__');
  for (const ext of ['.tflite', '.bin']) {
    const p = join(shared, 'corpus/models', source, model + ext);
    if (existsSync(p)) return p;
  }
  return null;
};

const metrics = ['totalCycles', 'npuCycles', 'sramUsedBytes', 'weightsEncodedBytes'];
const refValue = {
  totalCycles: (s) => s.total_cycles,
  npuCycles: (s) => s.npu_cycles,
  sramUsedBytes: (s) => Math.round(s.sram_used_kib * 1024),
  weightsEncodedBytes: (s) => s.weights_npu_encoded_bytes,
};
const TRAFFIC_AREAS = [
  ['sram', 'sram'],
  ['dram', 'dram'],
  ['onChipFlash', 'on_chip_flash'],
  ['offChipFlash', 'off_chip_flash'],
];
const relErr = (est, ref) => (ref === 0 ? (est === 0 ? 0 : 1) : Math.abs(est - ref) / Math.abs(ref));

const rows = [];
let timeMs = 0;
let runs = 0;
const modelFilter = opt('--model');
const targetFilter = opt('--target');
for (const name of readdirSync(join(shared, 'vela-ref')).sort()) {
  if (name === 'debug' || name === 'README.md') continue;
  if (modelFilter && !name.includes(modelFilter)) continue;
  const file = corpusFile(name);
  if (!file) continue;
  let model;
  try {
    model = lib.readModel(readFileSync(file), { file });
  } catch {
    continue;
  }
  for (const tf of readdirSync(join(shared, 'vela-ref', name)).sort()) {
    const ref = JSON.parse(readFileSync(join(shared, 'vela-ref', name, tf), 'utf8'));
    if (ref.vela_failed || !ref.summary) continue;
    if (targetFilter && ref.target !== targetFilter) continue;
    const target = lib.builtinTarget(ref.target);
    const placement = new Map(ref.operators.map((o) => [`${o.subgraph ?? 0}:${o.index}`, o.placement]));
    const operators = [];
    for (const sg of model.subgraphs) {
      for (const op of sg.operators) {
        operators.push({
          subgraph: sg.index,
          index: op.index,
          type: op.type,
          name: '',
          placement: placement.get(`${sg.index}:${op.index}`) === 'NPU' ? 'NPU' : 'CPU',
          reasons: [],
          macs: op.macs,
        });
      }
    }
    let perf;
    const t0 = process.hrtime.bigint();
    try {
      perf = lib.estimatePerformance(model, target, operators, exactWeights ? { weightSampleValues: Infinity } : {});
    } catch (e) {
      console.error(`${name} ${ref.target}: ${e.stack}`);
      continue;
    }
    timeMs += Number(process.hrtime.bigint() - t0) / 1e6;
    runs++;
    if (args.includes('--layers')) {
      console.log(`${name} ${ref.target}: total ${perf.summary.totalCycles} npu ${perf.summary.npuCycles}`);
      for (const l of perf.layers)
        console.log(`  ${l.subgraph}:${l.operatorIndex} ${l.type} cycles ${l.cycles} npu ${l.npuCycles}`);
    }
    const row = { model: name, target: ref.target, family: ref.target.slice(6, 9) };
    // Per layer: Vela's per-operator rows (its internal operations summed per TFLite operator) that have cycles.
    const ours = new Map(perf.layers.map((l) => [`${l.subgraph}:${l.operatorIndex}`, l]));
    row.layers = (ref.per_op ?? [])
      .filter((p) => p.op_cycles > 0 || p.npu_cycles > 0)
      .map((p) => {
        const l = ours.get(`${p.subgraph ?? 0}:${p.index}`);
        return {
          index: p.index,
          cycles: { est: l?.cycles ?? 0, ref: p.op_cycles },
          npuCycles: { est: l?.npuCycles ?? 0, ref: p.npu_cycles },
        };
      });
    for (const m of metrics) {
      row[m] = {
        est: perf.summary[m],
        ref: refValue[m](ref.summary),
        err: relErr(perf.summary[m], refValue[m](ref.summary)),
      };
    }
    // Bytes read and written per memory area (Vela's totals: feature maps, weights and scales, LUTs).
    row.traffic = {};
    for (const [area, refArea] of TRAFFIC_AREAS) {
      const r = ref.summary.memory?.[refArea];
      if (!r) continue;
      const written = r.feature_map_write_bytes + r.weight_write_bytes;
      const ours = perf.summary.memory[area];
      row.traffic[`${area}Read`] = { est: ours.readBytes, ref: r.total_bytes - written };
      row.traffic[`${area}Write`] = { est: ours.writeBytes, ref: written };
    }
    for (const t of Object.values(row.traffic)) t.err = relErr(t.est, t.ref);
    // Memory used beside the SRAM: off-chip flash on the U55 (Shared_Sram: the read-only data), DRAM on the U65
    // and U85 (Dedicated_Sram: the read-only data and the feature maps the SRAM does not hold).
    const flash = ref.target.startsWith('ethos-u55');
    const usedEst = flash ? perf.summary.offChipFlashUsedBytes : perf.summary.dramUsedBytes;
    const usedRef = Math.round((flash ? ref.summary.off_chip_flash_used_kib : ref.summary.dram_used_kib) * 1024);
    row.used = { memory: flash ? 'off-chip flash' : 'DRAM', est: usedEst, ref: usedRef, err: relErr(usedEst, usedRef) };
    rows.push(row);
  }
}

const quantile = (xs, q) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
};
const pct = (x, digits = 1) => (Number.isNaN(x) ? '   n/a' : `${(x * 100).toFixed(digits).padStart(5)}%`);

export function summarise(list) {
  const res = {};
  for (const m of metrics) {
    const errs = list.map((r) => r[m].err);
    res[m] = { median: quantile(errs, 0.5), p90: quantile(errs, 0.9) };
  }
  return res;
}

const groups = [
  ['u55', rows.filter((r) => r.family === 'u55')],
  ['u65', rows.filter((r) => r.family === 'u65')],
  ['u85', rows.filter((r) => r.family === 'u85')],
  ['all', rows],
];
console.log(`pairs: ${rows.length}   mean time per model and target: ${(timeMs / Math.max(runs, 1)).toFixed(3)} ms`);
console.log(`${'group'.padEnd(6)} ${'n'.padStart(4)}  ${metrics.map((m) => `${m} med/p90`.padStart(30)).join('')}`);
const summaryOut = {};
for (const [g, list] of groups) {
  const s = summarise(list);
  summaryOut[g] = { n: list.length, ...s };
  console.log(
    `${g.padEnd(6)} ${String(list.length).padStart(4)}  ${metrics.map((m) => `${pct(s[m].median)} / ${pct(s[m].p90)}`.padStart(30)).join('')}`,
  );
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
console.log(
  `${'mean'.padEnd(6)} ${String(rows.length).padStart(4)}  ${metrics.map((m) => pct(mean(rows.map((r) => r[m].err)), 3).padStart(30)).join('')}`,
);

// Memory traffic, per area that either side uses.
console.log('\nbytes read / written per memory area, all pairs: median / p90 / mean');
for (const [area] of TRAFFIC_AREAS) {
  for (const dir of ['Read', 'Write']) {
    const k = area + dir;
    const list = rows.map((r) => r.traffic[k]).filter((t) => t && (t.est > 0 || t.ref > 0));
    if (list.length === 0) continue;
    const errs = list.map((t) => t.err);
    console.log(
      `  ${k.padEnd(18)} ${String(list.length).padStart(4)} pairs  ${pct(quantile(errs, 0.5))} / ${pct(quantile(errs, 0.9))} / ${pct(mean(errs), 2)}`,
    );
  }
}
// Flash and DRAM used, per target family (the summary tables' Flash and DRAM columns).
console.log('\nmemory used: off-chip flash (u55), DRAM (u65, u85): median / p90 / mean, within 0.1%');
for (const [g, list] of groups) {
  const errs = list.map((r) => r.used.err);
  const close = errs.filter((e) => e <= 0.001).length;
  console.log(
    `  ${g.padEnd(18)} ${String(list.length).padStart(4)} pairs  ${pct(quantile(errs, 0.5))} / ${pct(quantile(errs, 0.9))} / ${pct(mean(errs), 2)}, ${close} within 0.1%`,
  );
}
// Per layer, against Vela's per-operator rows: the figures the report's top layers show.
const layers = rows.flatMap((r) => r.layers.map((l) => ({ ...l, row: r })));
if (layers.length) {
  console.log(`\nper layer (${layers.length} NPU layers, Vela's per-operator rows): median / p90 / p99, exact`);
  for (const k of ['cycles', 'npuCycles']) {
    const errs = layers.map((l) => relErr(l[k].est, l[k].ref));
    const exact = errs.filter((e) => e === 0).length;
    console.log(
      `  ${k.padEnd(18)} ${pct(quantile(errs, 0.5), 2)} / ${pct(quantile(errs, 0.9), 2)} / ${pct(quantile(errs, 0.99), 2)}, ${exact} exact (${pct(exact / errs.length)})`,
    );
  }
  // What a layer's error moves: its cycle difference as a share of its pair's total.
  const shares = layers.map((l) => Math.abs(l.cycles.est - l.cycles.ref) / Math.max(1, l.row.totalCycles.ref));
  console.log(`  largest layer difference: ${pct(Math.max(...shares), 2)} of its pair's total cycles`);
}
for (const r of rows) delete r.layers; // not in the JSON: it would be most of it

const worst = [...rows].sort((a, b) => b.totalCycles.err - a.totalCycles.err).slice(0, 10);
console.log('\nten worst pairs by totalCycles:');
for (const r of worst) {
  console.log(
    `  ${pct(r.totalCycles.err)}  ${r.model} ${r.target}  est ${r.totalCycles.est} ref ${r.totalCycles.ref}  (npu ${r.npuCycles.est}/${r.npuCycles.ref}, sram ${r.sramUsedBytes.est}/${r.sramUsedBytes.ref}, weights ${r.weightsEncodedBytes.est}/${r.weightsEncodedBytes.ref})`,
  );
}
const jsonOut = opt('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ summary: summaryOut, rows }, null, 1));
