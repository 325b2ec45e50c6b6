// `npm run fuzz -- --seconds 60 [--seed N] [--seeds small|large|all] [--save]`: structure-aware fuzzing of the
// whole check pipeline. Seeds are the corpus models up to 400 KB (../shared) plus the bundled examples, or with
// --seeds the larger ones (slower per input). Every input must end in a result or a typed error; crashes, hangs
// (no answer within --budget-ms) and out-of-memory are findings, kept under __tests__/fuzz/fixtures with --save so
// they become regression tests. The slowest input is named, and kept too when it took over a quarter of the
// budget (a hang at a slightly larger size, often).
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleSource, projectRoot } from './bundle-src.mjs';

const USAGE = `Usage: npm run fuzz -- [--seconds 60] [--seed N] [--budget-ms 5000] [--memory-mb 1024] [--seeds small] [--save]

Mutates the seed models (by default ../shared/corpus models up to 400 KB and examples/models) and runs each input
through the whole check pipeline in a worker. Every input must end in a result or a typed error.
  --seconds N     how long to run (default 60)
  --seed N        the first seed (default: from the clock); a run is repeatable from its seed
  --budget-ms N   an input with no answer within N ms is a hang (default 5000)
  --memory-mb N   the worker's heap limit; running out is a finding (default 1024)
  --seeds S       small (default: corpus models up to 400 KB and the examples, many inputs a second), large (the
                  corpus models over 400 KB: the large CNNs and detectors) or all
  --save          keep crashing, hanging and out-of-memory inputs, and a slow one, under __tests__/fuzz/fixtures`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '60' },
      seed: { type: 'string', default: String(Date.now() % 1e9) },
      'budget-ms': { type: 'string', default: '5000' },
      'memory-mb': { type: 'string', default: '1024' },
      seeds: { type: 'string', default: 'small' },
      save: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (e) {
  console.error(`fuzz: ${e.message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const seconds = Number(values.seconds);
const budgetMs = Number(values['budget-ms']);
let seed = Number(values.seed);
for (const [name, n] of [
  ['seconds', seconds],
  ['budget-ms', budgetMs],
  ['seed', seed],
  ['memory-mb', Number(values['memory-mb'])],
]) {
  if (!Number.isFinite(n) || n < 0) {
    console.error(`fuzz: --${name} must be a non-negative number, not '${values[name]}'\n\n${USAGE}`);
    process.exit(2);
  }
}

const seedSet = values.seeds;
if (!['small', 'large', 'all'].includes(seedSet)) {
  console.error(`fuzz: --seeds must be small, large or all, not '${seedSet}'\n\n${USAGE}`);
  process.exit(2);
}
/** Corpus models up to this size are small seeds. */
const SMALL_SEED_BYTES = 400_000;
const seeds = [];
const shared = resolve(projectRoot, '../shared/corpus');
if (existsSync(join(shared, 'manifest.json'))) {
  for (const e of JSON.parse(readFileSync(join(shared, 'manifest.json'), 'utf8'))) {
    const small = e.bytes <= SMALL_SEED_BYTES;
    if (seedSet === 'all' || small === (seedSet === 'small'))
      seeds.push({ name: e.file, bytes: readFileSync(join(shared, e.file)) });
  }
}
const examples = join(projectRoot, 'examples/models');
if (existsSync(examples) && seedSet !== 'large')
  for (const f of readdirSync(examples))
    if (f.endsWith('.tflite')) seeds.push({ name: `examples/${f}`, bytes: readFileSync(join(examples, f)) });
if (!seeds.length) {
  console.error('fuzz: no seed models (../shared/corpus or examples/models)');
  process.exit(2);
}

const workerFile = await bundleSource('scripts/fuzz/worker.ts');
const counts = { ok: 0, 'typed-error': 0, crash: 0, hang: 0, oom: 0 };
const kinds = {};
const findings = [];
const end = Date.now() + seconds * 1000;
const t0 = Date.now();
let execs = 0;
/** The slowest input that ended, and where it came from (kept with --save when it took over a quarter of the budget). */
let slowest = { ms: 0, detail: '', bytes: null };

function keep(kind, bytes, detail) {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  findings.push({
    kind,
    hash,
    detail: String(detail ?? '')
      .split('\n')
      .slice(0, 3)
      .join(' | '),
  });
  if (values.save) {
    const dir = join(projectRoot, '__tests__/fuzz/fixtures');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${kind}-${hash}.tflite`), bytes);
  }
}

while (Date.now() < end) {
  await new Promise((resolveRun) => {
    const w = new Worker(workerFile, {
      workerData: { seeds, seed: seed++, deadline: end },
      resourceLimits: { maxOldGenerationSizeMb: Number(values['memory-mb']) },
    });
    let current = null;
    let timer = null;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        counts.hang++;
        if (current) keep('hang', current.bytes, `${current.kind} from ${current.seed}`);
        w.terminate();
      }, budgetMs);
    };
    arm();
    w.on('message', (msg) => {
      if (msg.type === 'start') {
        current = msg;
        arm();
      } else if (msg.type === 'done') {
        execs++;
        if (msg.ms > slowest.ms)
          slowest = { ms: msg.ms, detail: `${current.kind} from ${current.seed}`, bytes: current.bytes };
        counts[msg.outcome]++;
        kinds[current.kind] = (kinds[current.kind] ?? 0) + 1;
        if (msg.outcome === 'crash')
          keep('crash', current.bytes, `${current.kind} from ${current.seed}: ${msg.detail}`);
        current = null;
      } else if (msg.type === 'finished') {
        clearTimeout(timer);
      }
    });
    w.on('error', (e) => {
      if (/memory/i.test(String(e))) {
        counts.oom++;
        if (current) keep('oom', current.bytes, `${current.kind} from ${current.seed}`);
      } else {
        counts.crash++;
        if (current) keep('crash', current.bytes, String(e));
      }
    });
    w.on('exit', () => {
      clearTimeout(timer);
      resolveRun();
    });
  });
}

const secs = (Date.now() - t0) / 1000;
console.log(
  `fuzz: ${execs} executions in ${secs.toFixed(1)} s = ${(execs / secs).toFixed(0)} exec/s, ${seeds.length} seed models, first seed ${values.seed}`,
);
console.log(
  `outcomes: ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; slowest input ${slowest.ms.toFixed(1)} ms${slowest.detail ? ` (${slowest.detail})` : ''}`,
);
if (slowest.bytes && slowest.ms > budgetMs / 4)
  keep('slow', slowest.bytes, `${slowest.ms.toFixed(0)} ms: ${slowest.detail}`);
console.log(
  `mutations: ${Object.entries(kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
for (const f of findings.slice(0, 20)) console.log(`  ${f.kind} ${f.hash}: ${f.detail}`);
if (findings.length > 20) console.log(`  … and ${findings.length - 20} more`);
process.exitCode = counts.crash + counts.hang + counts.oom ? 1 : 0;
