// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// Heavy, rarely used parts (the TFLite interpreter for optimize/quantize) are separate chunks loaded on demand,
// so `check` and the action's start-up never pay for them.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` builds elsewhere (tests of work in progress); dist/ is the committed default.
const outArg = process.argv.indexOf('--outdir');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { index: join(root, 'src/action/main.ts'), cli: join(root, 'src/cli/main.ts') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
  sourcemap: false,
});

// The TFLite interpreter's emscripten loader and WASM binary are loaded from disk at run time.
const wasmSrc = join(root, 'node_modules/@tensorflow/tfjs-tflite/wasm');
if (existsSync(wasmSrc)) {
  mkdirSync(join(out, 'wasm'), { recursive: true });
  for (const f of ['tflite_web_api_cc_simd.js', 'tflite_web_api_cc_simd.wasm'])
    cpSync(join(wasmSrc, f), join(out, 'wasm', f));
}
