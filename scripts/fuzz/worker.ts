// The fuzz loop, run in a worker thread so the parent can stop a hang or an out-of-memory input.
// Before each execution the input is posted to the parent, which keeps it if the worker never answers.
import { parentPort, workerData } from 'node:worker_threads';
import { mutate, prng } from './mutate.js';
import { runPipeline, tryRead } from './pipeline.js';

interface Data {
  seeds: { name: string; bytes: Uint8Array }[];
  seed: number;
  deadline: number;
}
const data = workerData as Data;
const rng = prng(data.seed);
const models = data.seeds.map((s) => ({ ...s, model: tryRead(s.bytes) }));

for (let i = 0; Date.now() < data.deadline; i++) {
  const s = models[Math.floor(rng() * models.length)];
  const m = mutate(s.bytes, s.model, rng);
  parentPort!.postMessage({ type: 'start', i, kind: m.kind, seed: s.name, bytes: m.bytes });
  const t0 = performance.now();
  const r = runPipeline(m.bytes);
  parentPort!.postMessage({ type: 'done', i, outcome: r.outcome, detail: r.detail, ms: performance.now() - t0 });
}
parentPort!.postMessage({ type: 'finished' });
