// Scale part of `npm run bench`: how cost grows with model count and graph size, and a multi-GB model read lazily.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSource } from '../bundle-src.mjs';

const TARGET_IDS = ['ethos-u55-256', 'ethos-u65-512', 'ethos-u85-256'];
const child = fileURLToPath(new URL('./big-model-child.mjs', import.meta.url));
const fmt = (n, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const mib = (n) => `${fmt(n / 2 ** 20)} MiB`;
const now = () => performance.now();

export async function runScaleBench() {
  const bundle = await bundleSource('scripts/bench/entry.ts');
  const src = await import(new URL(`file://${bundle}`).href);
  const targets = TARGET_IDS.map((id) => src.builtinTarget(id));
  console.log(`\nscale (targets ${TARGET_IDS.join(', ')}; placement + performance)`);

  // 1. Model count: 100 distinct 25-operator models (seeded weights), cycled; every run reads and analyses afresh.
  const pool = Array.from({ length: 100 }, (_, i) => src.chainModel(25, { seed: 100 + i }));
  src.analyzeModel(pool[0], 'warm.tflite', targets);
  for (const count of [1, 10, 100, 1000]) {
    const t0 = now();
    let errors = 0;
    for (let i = 0; i < count; i++)
      if (src.analyzeModel(pool[i % pool.length], `m${i}.tflite`, targets).error) errors++;
    const ms = now() - t0;
    console.log(
      `  ${String(count).padStart(5)} models x 25 operators: ${fmt(ms, 0).padStart(7)} ms = ${fmt((count / ms) * 1000)} models/s, ` +
        `${fmt(ms / count, 2)} ms per model${errors ? ` (${errors} errors)` : ''}`,
    );
  }

  // 2. Graph size: one chain per size (mixed conv, depthwise, add, pool).
  for (const ops of [10, 100, 1000, 5000]) {
    const bytes = src.chainModel(ops);
    const reps = ops <= 100 ? 5 : 1;
    const t0 = now();
    let npu = 0;
    for (let r = 0; r < reps; r++)
      npu = src.analyzeModel(bytes, `chain-${ops}.tflite`, targets).targets[0]?.npuOperators ?? 0;
    const ms = (now() - t0) / reps;
    console.log(
      `  ${String(ops).padStart(5)} operators (${mib(bytes.length)}): ${fmt(ms, 0).padStart(7)} ms per model, ` +
        `${fmt((ms / ops) * 1000, 0)} µs per operator (${npu}/${ops} on NPU)`,
    );
  }

  // 3. A multi-GB model in the external layout, written by a child and analysed lazily by another.
  bigModelBench(bundle);
}

function freeBytes(dir) {
  try {
    const out = execFileSync('df', ['-Pk', dir], { encoding: 'utf8' }).trim().split('\n').pop();
    return Number(out.split(/\s+/)[3]) * 1024;
  } catch {
    return NaN;
  }
}

function runChild(args) {
  const r = spawnSync(process.execPath, [child, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${args[0]} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function bigModelBench(bundle) {
  const width = 16384; // 256 MiB of int8 weights per layer
  const layerBytes = width * width;
  const wantGb = Number(process.env.BENCH_BIG_GB ?? 3);
  const dir = mkdtempSync(join(tmpdir(), 'ethos-gate-bench-'));
  const free = freeBytes(dir);
  let layers = Math.max(1, Math.round((wantGb * 2 ** 30) / layerBytes));
  // Keep a quarter of the free space for everyone else; the layout matters beyond 2 GiB, so say when it is not met.
  const affordable = Number.isFinite(free) ? Math.floor((free * 0.75) / layerBytes) : layers;
  if (affordable < layers) {
    console.log(`  big model: ${mib(free)} free in ${dir}; scaling down from ${layers} to ${affordable} layers`);
    layers = affordable;
  }
  if (layers < 1) {
    console.log('  big model: skipped, not enough free disk');
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  const path = join(dir, 'big.tflite');
  try {
    const w = runChild(['write', bundle, path, String(layers), String(width)]);
    const open = runChild(['open', bundle, path]);
    const scan = runChild(['scan', bundle, path]);
    const place = runChild(['place', bundle, path]);
    // Exact weight encoding of every weight: minutes for a multi-GB model, so one target only.
    const check = runChild(['check', bundle, path]);
    const { largestBuffer } = open;
    // The read path's bound: what the process holds before reading, the bytes read for the flatbuffer part, two
    // weight buffers (the one in use and the one released but not yet collected) and 32 MiB of working memory
    // (hashing chunk, IR, code).
    const bound = (r) => r.baseRss + open.bytesRead + 2 * largestBuffer + 32 * 2 ** 20;
    const rss = (r) =>
      `peak RSS ${mib(r.peakRss)} (bound ${mib(bound(r))}: ${r.peakRss <= bound(r) ? 'within' : 'OVER'})`;
    console.log(
      `  big model: ${layers} x FULLY_CONNECTED ${width} = ${fmt(w.bytes / 2 ** 30, 2)} GiB` +
        `${w.bytes > 2 ** 31 ? ' (> 2 GiB)' : ''}, flatbuffer part ${fmt(open.flatbufferBytes, 0)} bytes, largest ` +
        `buffer ${mib(largestBuffer)}; written in ${fmt(w.ms / 1000)} s`,
    );
    console.log(
      `    bound: peak RSS <= RSS at start + prefix read + 2 x largest buffer + 32 MiB ` +
        `(= ${mib(bound(open))} here, ${fmt((bound(open) / w.bytes) * 100, 0)}% of the file)`,
    );
    console.log(
      `    lazy open: ${fmt(open.bareMs, 0)} ms to verify and build the IR (${mib(open.bytesRead)} read), ` +
        `${fmt(open.ms - open.bareMs, 0)} ms with the SHA-256 of the whole file; ${rss(open)}`,
    );
    console.log(
      `    every weight buffer once, one at a time: ${fmt(scan.ms, 0)} ms for ${mib(scan.bytesRead)} ` +
        `(${fmt(scan.bytesRead / 2 ** 20 / (scan.ms / 1000), 0)} MiB/s); ${rss(scan)}`,
    );
    console.log(
      `    placement on 3 targets through the lazy path: ${fmt(place.ms, 0)} ms` +
        `${place.error ? ` error ${place.error.code}: ${place.error.message}` : `, ${place.placed.join(', ')}`}; ` +
        `${rss(place)}`,
    );
    // Exact encoding works on one tensor at a time but holds, beside it and the released one, its values in the
    // encoder's order (16-bit: 2x) and the encoded stream (< 0.5x): 4.5 x the largest buffer, still not the file.
    const checkBound = (r) => r.baseRss + open.bytesRead + 4.5 * largestBuffer + 32 * 2 ** 20;
    console.log(
      `    placement + performance on ethos-u55-256 through the lazy path: ${fmt(check.ms / 1000, 1)} s` +
        `${check.error ? ` error ${check.error.code}: ${check.error.message}` : `, ${fmt(check.npuCycles, 0)} NPU cycles, ${mib(check.weightsEncodedBytes)} encoded weights`}; ` +
        `peak RSS ${mib(check.peakRss)} (encoding bound: RSS at start + prefix + 4.5 x largest buffer + 32 MiB = ` +
        `${mib(checkBound(check))}: ${check.peakRss <= checkBound(check) ? 'within' : 'OVER'})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
