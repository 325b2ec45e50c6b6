// Bundles a TypeScript entry from src/ into a temporary ESM file and returns its URL, so plain
// Node scripts (bench, fidelity, fuzz) can import the current sources without a build step.
// Each call makes a bundle of its own, with its own copy of every module's state: what must share state (the
// engine and the call that clears its caches) has to come from one entry (see scripts/bench/entry.ts).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function importSource(entry) {
  return import(pathToFileURL(await bundleSource(entry)).href);
}

export const projectRoot = root;

/** Bundles `entry` and returns the bundle's file path (for worker threads). */
export async function bundleSource(entry) {
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'ethos-gate-src-'));
  const outfile = join(outdir, 'bundle.mjs');
  await build({
    entryPoints: [resolve(root, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
