#!/usr/bin/env node
// `npm run vela-diff -- --vela PATH`: the built-in estimate against a Vela 5.1.0 you have, on random models
// (scripts/vela-diff/random-models.ts), for shapes the reference corpus lacks. Both engines run through
// `dist/cli.js check` (`--engine vela` runs Vela with MLIA's options per target, as the references were made).
// Prints placement agreement and, per figure, the median / p90 / largest absolute relative error, the share of
// exact pairs, and the models with a pair more than 1% off (total/NPU cycles, SRAM used, encoded weights).
// Options: --count N (150) --seed N (1) --targets a,b (the 9 MLIA targets) --exact-weights --keep DIR (keep the
// models and both reports there) --reuse-vela (with --keep: Vela's report from an earlier run on the same seed and
// count, for comparing changes to the estimate quickly) --json FILE (the comparison). Vela is not part of ethos-gate: install it
// yourself (pip install ethos-u-vela==5.1.0); a run takes about 0.3 s per model and target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importSource, projectRoot } from './bundle-src.mjs';

const USAGE = `Usage: npm run vela-diff -- --vela PATH [--count 150] [--seed 1] [--targets ID,ID] [--exact-weights]
                              [--keep DIR [--reuse-vela]] [--json FILE]`;
const TARGETS = [
  'ethos-u55-128',
  'ethos-u55-256',
  'ethos-u65-256',
  'ethos-u65-512',
  'ethos-u85-128',
  'ethos-u85-256',
  'ethos-u85-512',
  'ethos-u85-1024',
  'ethos-u85-2048',
];

let args;
try {
  args = parseArgs({
    options: {
      vela: { type: 'string' },
      count: { type: 'string', default: '150' },
      seed: { type: 'string', default: '1' },
      targets: { type: 'string', default: TARGETS.join(',') },
      'exact-weights': { type: 'boolean', default: false },
      keep: { type: 'string' },
      'reuse-vela': { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  }).values;
} catch (e) {
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}
const count = Number(args.count);
const seed = Number(args.seed);
if (
  !args.vela ||
  !Number.isInteger(count) ||
  count < 1 ||
  !Number.isInteger(seed) ||
  (args['reuse-vela'] && !(args.keep && existsSync(join(args.keep, 'vela.json'))))
) {
  console.error(USAGE);
  process.exit(2);
}
const cli = join(projectRoot, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('vela-diff runs dist/cli.js: npm run build first');
  process.exit(2);
}
const version = spawnSync(args.vela, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) {
  console.error(`vela-diff: "${args.vela} --version" failed: ${version.error?.message ?? version.stderr}`);
  process.exit(2);
}

const work = args.keep ?? mkdtempSync(join(tmpdir(), 'ethos-gate-vela-diff-'));
mkdirSync(work, { recursive: true });
try {
  const { generate } = await importSource('scripts/vela-diff/random-models.ts');
  const models = join(work, 'models');
  const about = new Map(generate(models, seed, count).map((m) => [m.file, m.about]));

  // Exit 2 with a report written: some model could not be analysed (Vela itself crashes on a few shapes). The
  // report names it, and the comparison below leaves it out and lists it.
  const check = (extra, out) => {
    rmSync(out, { force: true });
    const r = spawnSync(
      process.execPath,
      [cli, 'check', models, '--target', args.targets, '--format', 'json', '--output', out, ...extra],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (r.status !== 0 && r.status !== 1 && !(r.status === 2 && existsSync(out)))
      throw new Error(`check ${extra.join(' ')} exited ${r.status}`);
    return JSON.parse(readFileSync(out, 'utf8'));
  };
  console.log(`vela-diff: ${count} models from seed ${seed}, Vela ${version.stdout.trim()}, targets ${args.targets}`);
  const velaOut = join(work, 'vela.json');
  const vela = args['reuse-vela']
    ? JSON.parse(readFileSync(velaOut, 'utf8'))
    : check(['--engine', 'vela', '--vela-path', args.vela], velaOut);
  const ours = check(args['exact-weights'] ? ['--exact-weights'] : [], join(work, 'builtin.json'));

  const name = (m) => m.path.split('/').pop();
  const byName = new Map(vela.models.map((m) => [name(m), m]));
  const FIGURES = ['totalCycles', 'npuCycles', 'sramUsedBytes', 'weightsEncodedBytes'];
  const errors = Object.fromEntries(FIGURES.map((f) => [f, []]));
  const worstByModel = new Map();
  let pairs = 0;
  let placementDiffers = 0;
  let unanswered = 0;
  for (const m of ours.models) {
    const v = byName.get(name(m));
    const vt = new Map((v?.targets ?? []).map((t) => [t.target, t]));
    for (const t of m.targets ?? []) {
      const u = vt.get(t.target);
      if (!u?.summary || !t.summary) {
        unanswered++;
        continue;
      }
      pairs++;
      const place = (x) => x.operators.map((o) => `${o.index}:${o.placement}`).join(',');
      if (place(t) !== place(u)) placementDiffers++;
      for (const f of FIGURES) {
        const e = Math.abs(t.summary[f] - u.summary[f]) / Math.max(1, Math.abs(u.summary[f]));
        errors[f].push(e);
        worstByModel.set(name(m), Math.max(worstByModel.get(name(m)) ?? 0, e));
      }
    }
  }
  const pct = (x) => `${(x * 100).toFixed(2)}%`;
  const q = (a, f) => a[Math.min(a.length - 1, Math.floor(a.length * f))];
  console.log(
    `${pairs} model x target pairs with both answers (${unanswered} without); placement differs on ${placementDiffers}`,
  );
  const summary = {};
  for (const f of FIGURES) {
    const a = [...errors[f]].sort((x, y) => x - y);
    summary[f] = { median: q(a, 0.5), p90: q(a, 0.9), max: a[a.length - 1], exact: a.filter((x) => x === 0).length };
    const s = summary[f];
    console.log(
      `  ${f.padEnd(20)} median ${pct(s.median)}  p90 ${pct(s.p90)}  largest ${pct(s.max)}  exact ${s.exact}/${a.length}`,
    );
  }
  for (const [side, report] of [
    ['vela', vela],
    ['ours', ours],
  ]) {
    for (const m of report.models.filter((x) => x.error))
      console.log(`  ${side} failed on ${name(m)}: ${m.error.code} (${m.error.message.split('\n')[0]})`);
  }
  const off = [...worstByModel].filter(([, e]) => e > 0.01).sort((a, b) => b[1] - a[1]);
  console.log(`models with a pair more than 1% off: ${off.length} of ${worstByModel.size}`);
  for (const [file, e] of off.slice(0, 20)) console.log(`  ${pct(e).padStart(9)}  ${file}  ${about.get(file) ?? ''}`);
  if (args.json)
    writeFileSync(args.json, JSON.stringify({ seed, count, pairs, placementDiffers, summary, off }, null, 1));
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}
