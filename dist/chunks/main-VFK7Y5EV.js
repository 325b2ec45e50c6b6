import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UsageError,
  collectModelPaths
} from "./chunk-SICVBO2A.js";
import {
  BUILTIN_ENGINE_VERSION,
  VERSION
} from "./chunk-E2KYLUGO.js";
import {
  sanitizeTerminal
} from "./chunk-SMDWGUPR.js";
import {
  sha256,
  velaCompiledReason
} from "./chunk-CSLGV3ZU.js";
import {
  isModelFileError,
  readModel
} from "./chunk-DB7Z7Q6U.js";
import "./chunk-K42QXW5D.js";

// src/cli/main.ts
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";

// src/cli/inspect.ts
function ioTensors(sg, list) {
  if (!sg) return [];
  return sg[list].flatMap((i) => {
    const t = sg.tensors[i];
    if (!t) return [];
    const io = { name: t.name, dtype: t.dtype, shape: t.shape };
    if (t.shapeSignature?.some((d) => d < 0)) io.shapeSignature = t.shapeSignature;
    if (t.unknownRank) io.unknownRank = true;
    const q = t.quantization;
    if (q && q.scale.length === 1) {
      io.scale = q.scale[0];
      io.zeroPoint = q.zeroPoint[0] ?? 0;
    }
    return [io];
  });
}
var WEIGHTED_INPUT_OPS = /* @__PURE__ */ new Set(["CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "TRANSPOSE_CONV", "CONV_3D"]);
function inspectModel(bytes, path) {
  const base = {
    path,
    sha256: sha256(bytes),
    velaCompiled: false,
    opCounts: {},
    macs: 0,
    parameterBytes: 0,
    constantBytes: 0,
    tensorDtypes: {},
    inputs: [],
    outputs: [],
    subgraphs: []
  };
  let model;
  try {
    model = readModel(bytes, { file: path });
  } catch (e) {
    base.error = isModelFileError(e) ? { code: e.code, message: e.detail } : { code: "internal", message: String(e) };
    return base;
  }
  base.description = model.description;
  base.version = model.version;
  base.velaCompiled = velaCompiledReason(model) !== null;
  base.inputs = ioTensors(model.subgraphs[0], "inputs");
  base.outputs = ioTensors(model.subgraphs[0], "outputs");
  const paramBuffers = /* @__PURE__ */ new Set();
  const constBuffers = /* @__PURE__ */ new Set();
  for (const sg of model.subgraphs) {
    for (const t of sg.tensors) {
      base.tensorDtypes[t.dtype] = (base.tensorDtypes[t.dtype] ?? 0) + 1;
      if (model.buffers[t.buffer]?.size) constBuffers.add(t.buffer);
    }
    for (const op of sg.operators) {
      const key = op.type === "CUSTOM" ? `CUSTOM:${op.customCode ?? ""}` : op.type;
      base.opCounts[key] = (base.opCounts[key] ?? 0) + 1;
      base.macs += op.macs;
      if (WEIGHTED_INPUT_OPS.has(op.type)) {
        for (const i of op.inputs.slice(1)) {
          const t = sg.tensors[i];
          if (t && model.buffers[t.buffer]?.size) paramBuffers.add(t.buffer);
        }
      }
    }
    base.subgraphs.push({
      name: sg.name,
      tensors: sg.tensors.length,
      operators: sg.operators.map((o) => ({ index: o.index, type: o.type, inputs: o.inputs, outputs: o.outputs }))
    });
  }
  for (const b of paramBuffers) base.parameterBytes += model.buffers[b].size;
  for (const b of constBuffers) base.constantBytes += model.buffers[b].size;
  return base;
}
var fmtBytes = (n) => n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(2)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
function renderInspectTable(results) {
  const lines = [];
  for (const r of results) {
    if (r.error && !r.velaCompiled) {
      lines.push(
        `${sanitizeTerminal(r.path)}: error [${sanitizeTerminal(r.error.code)}] ${sanitizeTerminal(r.error.message)}`
      );
      continue;
    }
    lines.push(sanitizeTerminal(r.path));
    if (r.velaCompiled)
      lines.push("  already compiled by Vela (ethos-u custom operator): analyse the model before Vela");
    if (r.description) lines.push(`  description: ${sanitizeTerminal(r.description)}`);
    const ops = r.subgraphs.reduce((a, s) => a + s.operators.length, 0);
    lines.push(`  subgraphs: ${r.subgraphs.length}   operators: ${ops}   MACs: ${r.macs.toLocaleString("en-US")}`);
    lines.push(`  parameters: ${fmtBytes(r.parameterBytes)}   constants: ${fmtBytes(r.constantBytes)}`);
    lines.push(
      `  tensor dtypes: ${Object.entries(r.tensorDtypes).map(([k, v]) => `${k} ${v}`).join(", ")}`
    );
    for (const [label, list] of [
      ["input ", r.inputs],
      ["output", r.outputs]
    ])
      for (const t of list) lines.push(`  ${label}  ${describeIo(t)}`);
    const counts = Object.entries(r.opCounts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    lines.push(`  operators by type: ${counts.map(([k, v]) => `${sanitizeTerminal(k)} ${v}`).join(", ")}`);
  }
  return lines.join("\n") + "\n";
}
function describeIo(t) {
  const shape = t.unknownRank ? "shape set at run time" : `[${(t.shapeSignature ?? t.shape).join(", ")}]`;
  const quant = t.scale === void 0 ? "" : ` (scale ${Number(t.scale.toPrecision(4))}, zero point ${t.zeroPoint})`;
  return `${sanitizeTerminal(t.name || "(unnamed)")} ${t.dtype} ${shape}${quant}`;
}

// src/cli/main.ts
var USAGE = `ethos-gate: Arm Ethos-U NPU compatibility and performance for TensorFlow Lite models

Usage:
  ethos-gate inspect MODEL|DIR... [--format table|json]
  ethos-gate check MODEL|DIR... [--target ID[,ID...]] [--target-file FILE] [--format table|markdown|json|mlia-json]
  ethos-gate compare BASE HEAD | --since REV [--target ID[,ID...]] [--config FILE] [--max-latency-increase 5%]
  ethos-gate optimize MODEL [--pruning 0.5] [--clustering 16] [--target ID] [--out DIR]
  ethos-gate quantize MODEL.tflite --out Q.tflite [--calibration DIR | --random] [--int16x8] [--io int8|float]
  ethos-gate targets
  ethos-gate <command> --help
  ethos-gate --version

Exit codes: 0 fine, 1 a threshold of compare failed, 2 an unreadable input or a usage error.
`;
var INSPECT_USAGE = `Usage: ethos-gate inspect MODEL|DIR... [--format table|json]

Lists, per model: its inputs and outputs (type, shape, quantization), subgraphs, operator counts by type,
tensor dtypes, parameter and constant bytes, MACs.
Directories are searched for .tflite files. Unreadable files get one line each and exit code 2.
`;
async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-V" || command === "version") {
    process.stdout.write(`ethos-gate ${VERSION} (engine: ${BUILTIN_ENGINE_VERSION} placement and performance)
`);
    return 0;
  }
  switch (command) {
    case "inspect":
      return inspect(rest);
    case "check":
    case "targets":
    case "optimize":
    case "quantize": {
      const mod = await import("./commands-LNB7XQGE.js");
      return mod.run(command, rest);
    }
    case "compare": {
      const mod = await import("./compare-JOSHFIJB.js");
      return mod.compare(rest);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
function inspect(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "table" }, help: { type: "boolean", short: "h" } }
  });
  if (values.help) {
    process.stdout.write(INSPECT_USAGE);
    return 0;
  }
  if (values.format !== "table" && values.format !== "json")
    throw new UsageError(`--format must be table or json, not "${values.format}"`);
  if (!positionals.length) throw new UsageError("inspect needs at least one model file or directory");
  const { files, unreadable } = collectModelPaths(positionals);
  if (!files.length && !unreadable.length) throw new UsageError(`no .tflite files found in ${positionals.join(", ")}`);
  const results = files.map((f) => {
    try {
      return inspectModel(readFileSync(f), f);
    } catch (e) {
      return { ...inspectModel(new Uint8Array(), f), error: { code: "io-error", message: e.message } };
    }
  });
  for (const u of unreadable)
    results.push({ ...inspectModel(new Uint8Array(), u.path), error: { code: "io-error", message: u.reason } });
  if (values.format === "json") process.stdout.write(JSON.stringify({ models: results }, null, 2) + "\n");
  else process.stdout.write(renderInspectTable(results));
  return results.some((r) => r.error && !r.velaCompiled) ? 2 : 0;
}
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UsageError || e.code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(
        `ethos-gate: ${sanitizeTerminal(e.message)}
Run "ethos-gate --help" for usage.
`
      );
      process.exitCode = 2;
    } else {
      process.stderr.write(`ethos-gate: internal error: ${e.stack ?? String(e)}
`);
      process.exitCode = 2;
    }
  }
);
