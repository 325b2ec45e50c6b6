import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/io/fs-reason.ts
var ERRNO_WORDS = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  EEXIST: "already exists",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files"
};
var fsReason = (e) => {
  const code = e.code;
  if (code === void 0) return e.message;
  const words = ERRNO_WORDS[code];
  return words ? `${words} (${code})` : code;
};

// package.json
var package_default = {
  name: "ethos-gate",
  version: "0.1.0",
  description: "Pull-request gate for TensorFlow Lite models on Arm Ethos-U NPUs: operator placement, performance estimates and regressions, Vela-faithful, without Python.",
  license: "Apache-2.0",
  type: "module",
  private: true,
  engines: {
    node: ">=20"
  },
  bin: {
    "ethos-gate": "dist/cli.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    jest: "node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js",
    test: "npm run typecheck && npm run lint && node scripts/check-dist.mjs && node scripts/gen-wasm.mjs --check && npm run jest",
    demo: "node dist/cli.js check examples/models --target ethos-u55-256,ethos-u65-512,ethos-u85-256",
    bench: "node --expose-gc scripts/bench.mjs",
    fidelity: "node scripts/fidelity.mjs",
    "gen:tflite": "node scripts/gen-tflite-bindings.mjs",
    "gen:wasm": "node scripts/gen-wasm.mjs",
    "gen:examples": "node scripts/gen-examples.mjs",
    fuzz: "node scripts/fuzz.mjs",
    "vela-diff": "node scripts/vela-diff.mjs"
  },
  dependencies: {
    "@actions/artifact": "6.2.1",
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    flatbuffers: "25.9.23",
    picomatch: "4.0.7",
    "smol-toml": "1.9.1",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@eslint/js": "9.39.5",
    "@octokit/openapi": "23.0.2",
    "@octokit/openapi-webhooks": "12.1.0",
    "@swc/core": "1.15.3",
    "@swc/jest": "0.2.39",
    "@tensorflow/tfjs-core": "4.9.0",
    "@tensorflow/tfjs-tflite": "0.0.1-alpha.10",
    "@types/jest": "30.0.0",
    "@types/node": "20.19.43",
    "@types/picomatch": "4.0.3",
    ajv: "8.17.1",
    "ajv-formats": "3.0.1",
    esbuild: "0.27.0",
    eslint: "9.39.5",
    globals: "17.14.0",
    jest: "30.2.0",
    marked: "16.4.2",
    prettier: "3.6.2",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    wabt: "1.0.39"
  },
  overrides: {
    "unrs-resolver": "1.12.2"
  }
};

// src/engine/version.ts
var VERSION = package_default.version;
var BUILTIN_ENGINE_VERSION = "Vela 5.1.0";
function builtinTool() {
  return { name: "ethos-gate", version: VERSION, engine: "builtin", engineVersion: BUILTIN_ENGINE_VERSION };
}

export {
  fsReason,
  VERSION,
  BUILTIN_ENGINE_VERSION,
  builtinTool
};
