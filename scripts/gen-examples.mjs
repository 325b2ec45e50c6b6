// Writes examples/models/*.tflite with the synthetic model builder (scripts/example-models.ts).
// The builder is TypeScript: bundle the generator with esbuild to a temporary ES module, then run it.
// Deterministic: the same bytes on every run (`--check` compares with the committed files instead of writing).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'examples/models');
const check = process.argv.includes('--check');
const work = mkdtempSync(join(tmpdir(), 'ethos-gate-examples-'));
try {
  const bundle = join(work, 'gen-examples.mjs');
  await build({
    entryPoints: [join(root, 'scripts/example-models.ts')],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const { generateExamples } = await import(pathToFileURL(bundle).href);
  const target = check ? join(work, 'models') : outDir;
  const written = generateExamples(target);
  let stale = 0;
  for (const w of written) {
    let status = '';
    if (check) {
      let committed = null;
      try {
        committed = readFileSync(join(outDir, w.file));
      } catch {
        // missing
      }
      const same = committed !== null && Buffer.compare(committed, readFileSync(join(target, w.file))) === 0;
      if (!same) stale++;
      status = same ? '  up to date' : '  STALE (run npm run gen:examples)';
    }
    console.log(`${w.file.padEnd(26)} ${String(w.bytes).padStart(6)} bytes  ${w.about}${status}`);
  }
  if (stale) process.exitCode = 1;
  else if (!check) console.log(`written to ${outDir}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
