// A real TFLite runtime for checks (does a written or optimised model still load and run, with which outputs):
// the WASM build of TFLite shipped in @tensorflow/tfjs-tflite, driven directly through its emscripten module.
//
// Loaded lazily: nothing here touches the 3.7 MB WASM until loadInterpreter() is first called, and one
// emscripten instance is then shared by every interpreter (each model lives in its own malloc'd block).
// The loader script is a UMD/CommonJS file; it is evaluated as a function body rather than imported, so it works
// both from node_modules and from the copy the bundle ships in dist/wasm (where `.js` would be parsed as ESM).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFunction } from 'node:vm';

export type TensorData = Int8Array | Uint8Array | Int16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

export interface InterpreterTensor {
  name: string;
  shape: number[];
  /** TFLite type in lower case as the runtime reports it: int8, uint8, int16, int32, uint32, float32, float64, bool. */
  dtype: string;
}

export interface Interpreter {
  readonly inputs: InterpreterTensor[];
  readonly outputs: InterpreterTensor[];
  /**
   * Runs one inference; `inputs` in model input order, each with exactly the tensor's element count and type.
   * Outputs hold the values they have after this inference: a dynamically shaped output has its resolved size
   * (possibly 0), not the element count of `outputs[i].shape`, which is the shape at load.
   */
  run(inputs: TensorData[]): TensorData[];
  /** Frees the runtime's copy of the model. The interpreter cannot be used afterwards. */
  dispose(): void;
}

export class InterpreterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InterpreterError';
  }
}

const LOADER = 'tflite_web_api_cc_simd.js';
const BINARY = 'tflite_web_api_cc_simd.wasm';

// ---- the parts of the emscripten module we use ---------------------------------------------------------------------

interface Deletable {
  delete(): void;
}
interface WasmTensorInfo extends Deletable {
  id: number;
  name: string;
  shape: string;
  dataType: string;
  data(): TensorData;
}
interface WasmVector<T> extends Deletable {
  size(): number;
  get(i: number): T;
}
interface WasmRunner extends Deletable {
  GetInputs(): WasmVector<WasmTensorInfo>;
  GetOutputs(): WasmVector<WasmTensorInfo>;
  Infer(): boolean;
}
interface WasmStatusOr<T> extends Deletable {
  ok(): boolean;
  errorMessage(): string;
  value(): T;
}
interface WasmModule {
  HEAPU8: Uint8Array;
  _malloc(n: number): number;
  _free(p: number): void;
  TFLiteWebModelRunner: {
    CreateFromBufferAndOptions(
      ptr: number,
      len: number,
      opts: { numThreads: number; enableProfiling: boolean; maxProfilingBufferEntries: number },
    ): WasmStatusOr<WasmRunner>;
  };
}
type ModuleFactory = (overrides: Record<string, unknown>) => Promise<WasmModule>;

/** The runtime's latest log lines (errors, warnings): they explain a failed load or run. */
const runtimeLog: string[] = [];
let logTotal = 0;
const logLine = (line: string) => {
  runtimeLog.push(line);
  logTotal++;
  if (runtimeLog.length > 50) runtimeLog.shift();
};

let modulePromise: Promise<WasmModule> | null = null;

function wasmDirCandidates(): string[] {
  const here = import.meta.url;
  const dirs = [fileURLToPath(new URL('./wasm/', here)), fileURLToPath(new URL('../wasm/', here))];
  try {
    const pkg = createRequire(here).resolve('@tensorflow/tfjs-tflite/package.json');
    dirs.push(join(dirname(pkg), 'wasm'));
  } catch {
    // not installed: only the bundled copy can serve
  }
  return dirs;
}

async function loadModule(): Promise<WasmModule> {
  const dir = wasmDirCandidates().find((d) => existsSync(join(d, LOADER)) && existsSync(join(d, BINARY)));
  if (!dir)
    throw new InterpreterError(
      `TFLite runtime not found: ${LOADER} and ${BINARY} are neither beside the bundle (wasm/) nor in @tensorflow/tfjs-tflite`,
    );
  const source = readFileSync(join(dir, LOADER), 'utf8');
  const cjs: { exports: unknown } = { exports: {} };
  compileFunction(source, ['module', 'exports'], { filename: join(dir, LOADER) })(cjs, cjs.exports);
  const factory = cjs.exports as ModuleFactory;
  if (typeof factory !== 'function')
    throw new InterpreterError(`${join(dir, LOADER)} did not define the module factory`);
  return factory({ wasmBinary: readFileSync(join(dir, BINARY)), print: logLine, printErr: logLine });
}

function getModule(): Promise<WasmModule> {
  if (!modulePromise) {
    modulePromise = loadModule().catch((e: unknown) => {
      modulePromise = null;
      throw e instanceof InterpreterError ? e : new InterpreterError(`TFLite runtime failed to start: ${String(e)}`);
    });
  }
  return modulePromise;
}

/**
 * Messages the runtime logged since `mark` (a value of logTotal), minus its chatter about delegates. A message
 * repeated for many tensors (the same words, other numbers) is given once, with how many more there were.
 */
function logSince(mark: number): string {
  const n = Math.min(logTotal - mark, runtimeLog.length);
  const groups = new Map<string, { first: string; more: number }>();
  for (const line of runtimeLog.slice(runtimeLog.length - n)) {
    if (/^INFO:/.test(line)) continue;
    const key = line.replace(/\d+/g, '#');
    const group = groups.get(key);
    if (group) group.more++;
    else groups.set(key, { first: line, more: 0 });
  }
  return [...groups.values()].map((g) => (g.more ? `${g.first} (and ${g.more} more like it)` : g.first)).join('; ');
}

/**
 * A WASM trap in words: emscripten's advice to rebuild with assertions is dropped (it is for the runtime's builders,
 * not its users), and an abort says what it is; the runtime's own log lines, when it wrote any, follow.
 */
function trapMessage(e: unknown, log: string): string {
  const text = String(e)
    .replace(/\s*Build with -sASSERTIONS for more info\.?/g, '')
    .trim();
  const aborted = /^RuntimeError: Aborted\(\)\.?$/.test(text)
    ? 'it aborted (an operator or shape this build of the runtime cannot run)'
    : text;
  const detail = log && log !== 'Aborted()' ? ` (${log})` : '';
  return aborted + detail;
}

/** 'Int8Array', 'Float32Array', ... whatever realm the array comes from (a Buffer counts as Uint8Array). */
const arrayKind = (a: ArrayBufferView): string => Object.prototype.toString.call(a).slice(8, -1);

const ARRAY_TYPES = { Int8Array, Uint8Array, Int16Array, Int32Array, Uint32Array, Float32Array, Float64Array };

/** A copy of a WASM memory view as a typed array of this realm (so `instanceof Float32Array` holds for callers). */
function copyOut(view: ArrayBufferView): TensorData {
  const Ctor = ARRAY_TYPES[arrayKind(view) as keyof typeof ARRAY_TYPES];
  if (!Ctor) throw new InterpreterError(`the runtime returned an unexpected array type (${arrayKind(view)})`);
  return new Ctor(view as unknown as ArrayLike<number>);
}

function tensorInfos(vector: WasmVector<WasmTensorInfo>): WasmTensorInfo[] {
  const out: WasmTensorInfo[] = [];
  for (let i = 0; i < vector.size(); i++) out.push(vector.get(i));
  vector.delete();
  return out;
}

const tensorDescription = (t: WasmTensorInfo): InterpreterTensor => ({
  name: t.name,
  shape: t.shape === '' ? [] : t.shape.split(',').map(Number),
  dtype: t.dataType,
});

/**
 * Loads a model into the TFLite runtime. Rejects with an InterpreterError naming the cause when the runtime
 * cannot be started or refuses the model.
 */
export async function loadInterpreter(modelBytes: Uint8Array, opts: { file?: string } = {}): Promise<Interpreter> {
  const file = opts.file ?? '<model>';
  const wasm = await getModule();
  const mark = logTotal;
  let runner: WasmRunner;
  let ptr = 0;
  try {
    // The runtime keeps pointing at the model bytes: they stay allocated until dispose().
    ptr = wasm._malloc(modelBytes.length);
    if (!ptr) throw new InterpreterError(`${file}: the TFLite runtime could not allocate ${modelBytes.length} bytes`);
    wasm.HEAPU8.set(modelBytes, ptr);
    const status = wasm.TFLiteWebModelRunner.CreateFromBufferAndOptions(ptr, modelBytes.length, {
      numThreads: -1,
      enableProfiling: false,
      maxProfilingBufferEntries: 1024,
    });
    if (!status.ok()) {
      const reason = status.errorMessage();
      status.delete();
      const log = logSince(mark);
      throw new InterpreterError(`${file}: the TFLite runtime rejects the model: ${reason}${log ? ` (${log})` : ''}`);
    }
    runner = status.value();
    status.delete();
  } catch (e) {
    if (ptr) wasm._free(ptr);
    if (e instanceof InterpreterError) throw e;
    // A WASM trap leaves the shared instance unusable; start a fresh one next time.
    modulePromise = null;
    throw new InterpreterError(`${file}: the TFLite runtime failed while loading the model: ${trapMessage(e, '')}`);
  }

  const describeAll = (v: WasmVector<WasmTensorInfo>) =>
    tensorInfos(v).map((t) => {
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
    run(values: TensorData[]): TensorData[] {
      if (disposed) throw new InterpreterError(`${file}: the interpreter was disposed`);
      if (values.length !== inputs.length)
        throw new InterpreterError(`${file}: the model has ${inputs.length} inputs, ${values.length} given`);
      const mark = logTotal;
      try {
        const ins = tensorInfos(runner.GetInputs());
        try {
          ins.forEach((t, i) => {
            // Views into WASM memory: take them just before use, since memory growth detaches older views.
            const view = t.data();
            const v = values[i];
            if (!ArrayBuffer.isView(view))
              throw new InterpreterError(
                `${file}: input ${i} (${t.name}) has a type the runtime cannot fill (${t.dataType})`,
              );
            // Compared by tag, not instanceof: WASM views and callers' arrays may come from different realms.
            if (arrayKind(v) !== arrayKind(view) || v.length !== view.length)
              throw new InterpreterError(
                `${file}: input ${i} (${t.name}) needs ${view.length} values as ${arrayKind(view)}, ` +
                  `given ${v.length} as ${arrayKind(v)}`,
              );
            (view as { set(a: ArrayLike<number>): void }).set(v);
          });
        } finally {
          for (const t of ins) t.delete();
        }
        if (!runner.Infer()) {
          const log = logSince(mark);
          throw new InterpreterError(`${file}: inference failed${log ? `: ${log}` : ''}`);
        }
        const outs = tensorInfos(runner.GetOutputs());
        try {
          return outs.map((t, i) => {
            const view = t.data();
            if (!ArrayBuffer.isView(view))
              throw new InterpreterError(
                `${file}: output ${i} (${t.name}) has a type the runtime cannot return (${t.dataType})`,
              );
            return copyOut(view);
          });
        } finally {
          for (const t of outs) t.delete();
        }
      } catch (e) {
        if (e instanceof InterpreterError) throw e;
        // A WASM trap (abort) leaves the shared instance unusable; start a fresh one next time.
        modulePromise = null;
        const log = logSince(mark);
        throw new InterpreterError(`${file}: the TFLite runtime failed during inference: ${trapMessage(e, log)}`);
      }
    },
    dispose(): void {
      if (disposed) return;
      disposed = true;
      runner.delete();
      wasm._free(ptr);
    },
  };
}

/** Zero-filled inputs of the right type and size for `interp`, for smoke runs. */
export function zeroInputs(interp: Interpreter): TensorData[] {
  return interp.inputs.map((t) => {
    const n = t.shape.reduce((a, d) => a * d, 1);
    switch (t.dtype) {
      case 'int8':
        return new Int8Array(n);
      case 'uint8':
      case 'bool':
        return new Uint8Array(n);
      case 'int16':
        return new Int16Array(n);
      case 'int32':
        return new Int32Array(n);
      case 'uint32':
        return new Uint32Array(n);
      case 'float64':
        return new Float64Array(n);
      default:
        return new Float32Array(n);
    }
  });
}
