// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// Heavy, rarely used parts (the TFLite interpreter for optimize/quantize) are separate chunks loaded on demand,
// so `check` and the action's start-up never pay for them.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` builds elsewhere (tests of work in progress); dist/ is the committed default.
const outArg = process.argv.indexOf('--outdir');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  entryPoints: { index: join(root, 'src/action/main.ts'), cli: join(root, 'src/cli/bin.ts') },
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
  metafile: true,
});

// The TFLite interpreter's emscripten loader and WASM binary are loaded from disk at run time.
const wasmSrc = join(root, 'node_modules/@tensorflow/tfjs-tflite/wasm');
if (existsSync(wasmSrc)) {
  mkdirSync(join(out, 'wasm'), { recursive: true });
  for (const f of ['tflite_web_api_cc_simd.js', 'tflite_web_api_cc_simd.wasm'])
    cpSync(join(wasmSrc, f), join(out, 'wasm', f));
}

// The licenses of the third-party packages in the bundle (and of the runtime copied beside it), in one file: the
// bundle redistributes their code.
writeFileSync(join(out, 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(Object.keys(result.metafile.inputs)));

function thirdPartyNotices(inputs) {
  const dirs = new Set(existsSync(wasmSrc) ? [join(root, 'node_modules/@tensorflow/tfjs-tflite')] : []);
  for (const input of inputs) {
    const at = input.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const rest = input.slice(at + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    dirs.add(join(root, input.slice(0, at), 'node_modules', name));
  }
  const entries = [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir)
      .sort()
      .find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    const stated = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type;
    // Old packages list theirs in a "licenses" array.
    const license = stated ?? (pkg.licenses?.map((l) => l.type ?? l).join(' OR ') || 'not stated');
    const text = file
      ? readFileSync(join(dir, file), 'utf8').trim()
      : `The package holds no license file; its package.json gives the license as: ${license}.`;
    return { id: `${pkg.name}@${pkg.version}`, head: `${pkg.name} ${pkg.version} (${license})`, text };
  });
  // One entry per package and version, however many copies node_modules holds.
  const unique = [...new Map(entries.map((e) => [e.id, e])).values()];
  unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rule = '-'.repeat(100);
  return (
    `Third-party software bundled in ethos-gate's dist/ (${unique.length} packages), with their licenses.\n\n` +
    unique.map((e) => `${rule}\n${e.head}\n${rule}\n\n${e.text}\n`).join('\n')
  );
}
