import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import "./chunk-K42QXW5D.js";

// src/runtime/interpreter.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileFunction } from "node:vm";
var InterpreterError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InterpreterError";
  }
};
var LOADER = "tflite_web_api_cc_simd.js";
var BINARY = "tflite_web_api_cc_simd.wasm";
var runtimeLog = [];
var logTotal = 0;
var logLine = (line) => {
  runtimeLog.push(line);
  logTotal++;
  if (runtimeLog.length > 50) runtimeLog.shift();
};
var modulePromise = null;
function wasmDirCandidates() {
  const here = import.meta.url;
  const dirs = [fileURLToPath(new URL("./wasm/", here)), fileURLToPath(new URL("../wasm/", here))];
  try {
    const pkg = createRequire(here).resolve("@tensorflow/tfjs-tflite/package.json");
    dirs.push(join(dirname(pkg), "wasm"));
  } catch {
  }
  return dirs;
}
async function loadModule() {
  const dir = wasmDirCandidates().find((d) => existsSync(join(d, LOADER)) && existsSync(join(d, BINARY)));
  if (!dir)
    throw new InterpreterError(
      `TFLite runtime not found: ${LOADER} and ${BINARY} are neither beside the bundle (wasm/) nor in @tensorflow/tfjs-tflite`
    );
  const source = readFileSync(join(dir, LOADER), "utf8");
  const cjs = { exports: {} };
  compileFunction(source, ["module", "exports"], { filename: join(dir, LOADER) })(cjs, cjs.exports);
  const factory = cjs.exports;
  if (typeof factory !== "function")
    throw new InterpreterError(`${join(dir, LOADER)} did not define the module factory`);
  return factory({ wasmBinary: readFileSync(join(dir, BINARY)), print: logLine, printErr: logLine });
}
function getModule() {
  if (!modulePromise) {
    modulePromise = loadModule().catch((e) => {
      modulePromise = null;
      throw e instanceof InterpreterError ? e : new InterpreterError(`TFLite runtime failed to start: ${String(e)}`);
    });
  }
  return modulePromise;
}
function logSince(mark) {
  const n = Math.min(logTotal - mark, runtimeLog.length);
  const groups = /* @__PURE__ */ new Map();
  for (const line of runtimeLog.slice(runtimeLog.length - n)) {
    if (/^INFO:/.test(line)) continue;
    const key = line.replace(/\d+/g, "#");
    const group = groups.get(key);
    if (group) group.more++;
    else groups.set(key, { first: line, more: 0 });
  }
  return [...groups.values()].map((g) => g.more ? `${g.first} (and ${g.more} more like it)` : g.first).join("; ");
}
function trapMessage(e, log) {
  const text = String(e).replace(/\s*Build with -sASSERTIONS for more info\.?/g, "").trim();
  const aborted = /^RuntimeError: Aborted\(\)\.?$/.test(text) ? "it aborted (an operator or shape this build of the runtime cannot run)" : text;
  const detail = log && log !== "Aborted()" ? ` (${log})` : "";
  return aborted + detail;
}
var arrayKind = (a) => Object.prototype.toString.call(a).slice(8, -1);
var ARRAY_TYPES = { Int8Array, Uint8Array, Int16Array, Int32Array, Uint32Array, Float32Array, Float64Array };
function copyOut(view) {
  const Ctor = ARRAY_TYPES[arrayKind(view)];
  if (!Ctor) throw new InterpreterError(`the runtime returned an unexpected array type (${arrayKind(view)})`);
  return new Ctor(view);
}
function tensorInfos(vector) {
  const out = [];
  for (let i = 0; i < vector.size(); i++) out.push(vector.get(i));
  vector.delete();
  return out;
}
var tensorDescription = (t) => ({
  name: t.name,
  shape: t.shape === "" ? [] : t.shape.split(",").map(Number),
  dtype: t.dataType
});
async function loadInterpreter(modelBytes, opts = {}) {
  const file = opts.file ?? "<model>";
  const wasm = await getModule();
  const mark = logTotal;
  let runner;
  let ptr = 0;
  try {
    ptr = wasm._malloc(modelBytes.length);
    if (!ptr) throw new InterpreterError(`${file}: the TFLite runtime could not allocate ${modelBytes.length} bytes`);
    wasm.HEAPU8.set(modelBytes, ptr);
    const status = wasm.TFLiteWebModelRunner.CreateFromBufferAndOptions(ptr, modelBytes.length, {
      numThreads: -1,
      enableProfiling: false,
      maxProfilingBufferEntries: 1024
    });
    if (!status.ok()) {
      const reason = status.errorMessage();
      status.delete();
      const log = logSince(mark);
      throw new InterpreterError(`${file}: the TFLite runtime rejects the model: ${reason}${log ? ` (${log})` : ""}`);
    }
    runner = status.value();
    status.delete();
  } catch (e) {
    if (ptr) wasm._free(ptr);
    if (e instanceof InterpreterError) throw e;
    modulePromise = null;
    throw new InterpreterError(`${file}: the TFLite runtime failed while loading the model: ${trapMessage(e, "")}`);
  }
  const describeAll = (v) => tensorInfos(v).map((t) => {
    const d = tensorDescription(t);
    t.delete();
    return d;
  });
  const inputs = describeAll(runner.GetInputs());
  const outputs = describeAll(runner.GetOutputs());
  let disposed = false;
  return {
    inputs,
    outputs,
    run(values) {
      if (disposed) throw new InterpreterError(`${file}: the interpreter was disposed`);
      if (values.length !== inputs.length)
        throw new InterpreterError(`${file}: the model has ${inputs.length} inputs, ${values.length} given`);
      const mark2 = logTotal;
      try {
        const ins = tensorInfos(runner.GetInputs());
        try {
          ins.forEach((t, i) => {
            const view = t.data();
            const v = values[i];
            if (!ArrayBuffer.isView(view))
              throw new InterpreterError(
                `${file}: input ${i} (${t.name}) has a type the runtime cannot fill (${t.dataType})`
              );
            if (arrayKind(v) !== arrayKind(view) || v.length !== view.length)
              throw new InterpreterError(
                `${file}: input ${i} (${t.name}) needs ${view.length} values as ${arrayKind(view)}, given ${v.length} as ${arrayKind(v)}`
              );
            view.set(v);
          });
        } finally {
          for (const t of ins) t.delete();
        }
        if (!runner.Infer()) {
          const log = logSince(mark2);
          throw new InterpreterError(`${file}: inference failed${log ? `: ${log}` : ""}`);
        }
        const outs = tensorInfos(runner.GetOutputs());
        try {
          return outs.map((t, i) => {
            const view = t.data();
            if (!ArrayBuffer.isView(view))
              throw new InterpreterError(
                `${file}: output ${i} (${t.name}) has a type the runtime cannot return (${t.dataType})`
              );
            return copyOut(view);
          });
        } finally {
          for (const t of outs) t.delete();
        }
      } catch (e) {
        if (e instanceof InterpreterError) throw e;
        modulePromise = null;
        const log = logSince(mark2);
        throw new InterpreterError(`${file}: the TFLite runtime failed during inference: ${trapMessage(e, log)}`);
      }
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      runner.delete();
      wasm._free(ptr);
    }
  };
}
function zeroInputs(interp) {
  return interp.inputs.map((t) => {
    const n = t.shape.reduce((a, d) => a * d, 1);
    switch (t.dtype) {
      case "int8":
        return new Int8Array(n);
      case "uint8":
      case "bool":
        return new Uint8Array(n);
      case "int16":
        return new Int16Array(n);
      case "int32":
        return new Int32Array(n);
      case "uint32":
        return new Uint32Array(n);
      case "float64":
        return new Float64Array(n);
      default:
        return new Float32Array(n);
    }
  });
}
export {
  InterpreterError,
  loadInterpreter,
  zeroInputs
};
