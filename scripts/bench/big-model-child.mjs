// Child process of the bench for the multi-GB model, so each step's peak RSS is its own.
//   write <bundle> <path> <layers> <width>: writes the model file; prints {bytes}.
//   open <bundle> <path>: lazy open (verify, IR) without, then with the SHA-256 streamed over the file.
//   scan <bundle> <path>: reads every external buffer once, in order, as a one-tensor-at-a-time estimator would.
//   place <bundle> <path>: the pipeline through the lazy path, placement only, on three targets.
//   check <bundle> <path>: the pipeline through the lazy path, placement and performance, on ethos-u55-256.
// Each prints one JSON line with its wall time, the bytes read for the model, and RSS at start and peak.
import { closeSync, openSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [mode, bundle, path, ...rest] = process.argv.slice(2);
const src = await import(pathToFileURL(bundle).href);
const CHUNK = 64 * 2 ** 20;
const baseRss = process.memoryUsage().rss;
const t0 = performance.now();
const report = (fields) =>
  console.log(
    JSON.stringify({ ...fields, ms: performance.now() - t0, baseRss, peakRss: process.resourceUsage().maxRSS * 1024 }),
  );

if (mode === 'write') {
  const [layers, width] = rest.map(Number);
  const file = src.bigModel(layers, width);
  const fd = openSync(path, 'w');
  try {
    for (let at = 0; at < file.length; at += CHUNK) writeSync(fd, file, at, Math.min(CHUNK, file.length - at));
  } finally {
    closeSync(fd);
  }
  report({ bytes: file.length });
} else if (mode === 'open') {
  const bare = src.openModelFile(path, { hash: false });
  bare.close();
  const bareMs = performance.now() - t0;
  const f = src.openModelFile(path);
  const external = f.model.buffers.filter((b) => b.offset && b.size);
  report({
    lazy: f.lazy,
    bareMs,
    fileBytes: f.size,
    bytesRead: f.bytesRead,
    flatbufferBytes: Math.min(...external.map((b) => b.offset)),
    largestBuffer: Math.max(...external.map((b) => b.size)),
  });
  f.close();
} else if (mode === 'scan') {
  const f = src.openModelFile(path, { hash: false });
  let nonZero = 0;
  for (const b of f.model.buffers) {
    const data = b.offset ? b.data : undefined;
    if (data) for (let i = 0; i < data.length; i += 4096) nonZero += data[i] ? 1 : 0;
  }
  report({ bytesRead: f.bytesRead, nonZero });
  f.close();
} else if (mode === 'place') {
  const targets = ['ethos-u55-256', 'ethos-u65-512', 'ethos-u85-256'].map((id) => src.builtinTarget(id));
  const r = src.analyzeModelFile(path, targets, { performance: false });
  report({
    error: r.error ?? null,
    placed: r.targets.map((t) => `${t.target} ${t.npuOperators}/${t.operators.length} on NPU`),
  });
}

if (mode === 'check') {
  const r = src.analyzeModelFile(path, [src.builtinTarget('ethos-u55-256')]);
  const t = r.targets[0];
  report({
    error: r.error ?? null,
    npuCycles: t?.performance?.summary.npuCycles ?? null,
    weightsEncodedBytes: t?.performance?.summary.weightsEncodedBytes ?? null,
  });
}
