import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  TARGET_OPTIONS,
  ioError,
  loadTargets,
  makeFolder,
  onUserPath,
  renderJson,
  renderMliaJson,
  toCheckJson,
  toMliaJsonDocuments,
  wantColor,
  writeNamedFile
} from "./chunk-XRRRXEAU.js";
import {
  UsageError,
  collectModelPaths
} from "./chunk-SICVBO2A.js";
import {
  analyzeModelFile,
  builtinTargets,
  renderMarkdown
} from "./chunk-XUHGTX2Z.js";
import {
  VERSION,
  builtinTool,
  fsReason
} from "./chunk-E2KYLUGO.js";
import "./chunk-SLRNASFL.js";
import "./chunk-CIWQW54I.js";
import {
  checkReport,
  formatBytes,
  renderResultsTerminal,
  sanitizeTerminal
} from "./chunk-SMDWGUPR.js";
import {
  analyzeModel
} from "./chunk-CSLGV3ZU.js";
import {
  isModelFileError,
  readModel
} from "./chunk-DB7Z7Q6U.js";
import "./chunk-K42QXW5D.js";

// src/cli/commands.ts
import { parseArgs } from "node:util";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
var CHECK_USAGE = `Usage: ethos-gate check MODEL|DIR... [options]

Decides, per Ethos-U target, which operators run on the NPU and which fall back to the CPU (and why),
and estimates cycles, time per inference and memory use as Vela 5.1.0 does.

Options:
  --target ID[,ID...]   built-in target ids (see "ethos-gate targets"), or ACCEL:SYSTEM:MODE with a
                        Vela .ini given by --target-file; repeatable (default ethos-u55-256)
  --target-file FILE    an MLIA target-profile .toml or a Vela .ini; repeatable
  --format FORMAT       table (default), markdown, json or mlia-json
  --no-performance      placement only, no performance estimate
  --exact-weights       encode every weight tensor exactly (default: large tensors are sized from an
                        exact encoding of a spread sample of their blocks, within a fraction of a percent)
  --engine ENGINE       builtin (default), vela (run Arm's vela from PATH or --vela-path once per model
                        and target, as MLIA does), or auto (vela when it runs, else builtin)
  --vela-path FILE      the vela executable for --engine vela|auto
  --output FILE         write the report to FILE instead of standard output
  --color / --no-color  force colour on or off (default: on for a terminal unless NO_COLOR is set)

Exit codes: 0 fine, 2 an unreadable model or a usage error.
`;
var TARGETS_USAGE = `Usage: ethos-gate targets [--format table|json]

Lists the built-in Ethos-U targets: MACs, system configuration, memory mode, clock, and the SRAM a
Dedicated_Sram target's NPU may use as a cache (Vela's arena cache size).
`;
var OPTIMIZE_USAGE = `Usage: ethos-gate optimize MODEL [options]

Prunes and/or clusters the constant weights of the model's NPU layers (no retraining), writes the optimized
models, and reports per target what changes (MLIA's layout: Metric | Original | Optimized | Unit | Improvement).
Every weight tensor is encoded exactly for the encoded sizes (as check --exact-weights).

Options:
  --pruning S           magnitude pruning to sparsity S (0 <= S < 1), e.g. 0.5
  --clustering N        cluster each weight tensor (each output channel when per-axis) to N values, e.g. 16
  --settings LIST       several settings compared side by side: "pruning=0.5,clustering=16;clustering=32"
  --target ID[,ID...]   targets to estimate on (default ethos-u55-256); the first picks the NPU layers
  --target-file FILE    an MLIA .toml or a Vela .ini; repeatable
  --out DIR             write the optimized models and reports here (default: the model's folder)
  --format FORMAT       table (default), markdown or json, for what is printed
  --no-drift            skip the output-drift measurement in the TFLite runtime
  --samples N           random inputs for the drift measurement (default 8)

Exit codes: 0 fine, 2 an unreadable model or a usage error.
`;
var QUANTIZE_USAGE = `Usage: ethos-gate quantize MODEL.tflite --out Q.tflite [options]

Converts a float model to a full-integer one (int8, or int16 activations with --int16x8) without TensorFlow,
calibrating activation ranges in the TFLite runtime, then checks the result on the NPU targets.

Options:
  --out FILE            where to write the quantized model (required)
  --calibration DIR     .npy files (one per sample and input, in name order) to calibrate on
  --random              calibrate on random data (the default; accuracy may suffer, as MLIA warns)
  --samples N           how many samples to calibrate on (default 100)
  --int16x8             16-bit activations with 8-bit weights
  --io int8|float       integer inputs/outputs (default int8), or float I/O with QUANTIZE/DEQUANTIZE at the edges
  --target ID[,ID...]   targets to check the quantized model on (default ethos-u55-256)

Exit codes: 0 fine, 2 an unreadable model or a usage error.
`;
async function run(command, args) {
  switch (command) {
    case "quantize":
      return await quantize(args);
    case "optimize":
      return await optimize(args);
    case "check":
      return await check(args);
    case "targets":
      return targets(args);
    default:
      throw new UsageError(`"${command}" is not available yet`);
  }
}
async function check(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      ...TARGET_OPTIONS,
      format: { type: "string", default: "table" },
      performance: { type: "boolean", default: true },
      "exact-weights": { type: "boolean", default: false },
      output: { type: "string", short: "o" },
      color: { type: "boolean" },
      engine: { type: "string", default: "builtin" },
      "vela-path": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(CHECK_USAGE);
    return 0;
  }
  const format = values.format ?? "table";
  if (!["table", "markdown", "json", "mlia-json"].includes(format)) {
    throw new UsageError(`--format must be table, markdown, json or mlia-json, not "${format}"`);
  }
  if (!positionals.length) throw new UsageError("check needs at least one model file or directory");
  const targets2 = loadTargets(values.target ?? [], values["target-file"] ?? []);
  const { files, unreadable } = collectModelPaths(positionals);
  if (!files.length && !unreadable.length) throw new UsageError(`no .tflite files found in ${positionals.join(", ")}`);
  const engine = values.engine ?? "builtin";
  if (!["builtin", "vela", "auto"].includes(engine))
    throw new UsageError(`--engine must be builtin, vela or auto, not "${engine}"`);
  const results = [];
  let tool = builtinTool();
  if (engine === "builtin") {
    const options = { performance: values.performance, exactWeights: values["exact-weights"] };
    for (const f of files) results.push(analyzeModelFile(f, targets2, options));
  } else {
    const inputs = [];
    for (const f of files) {
      try {
        inputs.push({ path: f, bytes: readFileSync(f) });
      } catch (e) {
        results.push(ioError(f, fsReason(e)));
      }
    }
    const { analyzeModelsWithEngine } = await import("./vela-YAQ3BODH.js");
    const runs = await analyzeModelsWithEngine(inputs, targets2, {
      engine,
      builtinVersion: VERSION,
      velaPath: values["vela-path"],
      performance: values.performance,
      exactWeights: values["exact-weights"]
    });
    for (const r of runs) {
      for (const w of r.warnings) process.stderr.write(`ethos-gate: warning: ${sanitizeTerminal(w)}
`);
      results.push(r.result);
    }
    const vela = runs.find((r) => r.engine.engine === "vela");
    if (vela) tool = { ...tool, engine: "vela", engineVersion: vela.engine.version };
  }
  for (const u of unreadable) results.push(ioError(u.path, u.reason));
  let text;
  if (format === "json") text = renderJson(toCheckJson(results, tool));
  else if (format === "mlia-json") {
    const docs = toMliaJsonDocuments(results, {
      timestamp: /* @__PURE__ */ new Date(),
      toolVersion: tool.version,
      engine: "builtin",
      engineVersion: tool.engineVersion,
      profiles: targets2,
      targets: targets2.map((t) => t.id),
      cliArguments: process.argv.slice(2)
    });
    text = renderMliaJson(docs);
  } else if (format === "markdown") {
    const report = checkReport(results, { tool, targets: targets2.map((t) => t.id) });
    text = renderMarkdown(report, { now: /* @__PURE__ */ new Date(), maxLength: Number.MAX_SAFE_INTEGER });
  } else {
    text = renderResultsTerminal(results, {
      color: wantColor(values.color, Boolean(values.output)),
      tool,
      targets: targets2.map((t) => t.id)
    });
  }
  if (values.output) writeNamedFile(values.output, text.endsWith("\n") ? text : text + "\n", "the report");
  else process.stdout.write(text.endsWith("\n") ? text : text + "\n");
  return results.some((r) => r.error && !r.velaCompiled) ? 2 : 0;
}
function targets(args) {
  const { values } = parseArgs({
    args,
    options: { format: { type: "string", default: "table" }, help: { type: "boolean", short: "h" } }
  });
  if (values.help) {
    process.stdout.write(TARGETS_USAGE);
    return 0;
  }
  if (values.format !== "table" && values.format !== "json")
    throw new UsageError(`--format must be table or json, not "${values.format}"`);
  const list = builtinTargets();
  if (values.format === "json") {
    process.stdout.write(renderJson(list) + "\n");
    return 0;
  }
  const rows = [
    ["Target", "MACs", "System config", "Memory mode", "Clock", "SRAM cache"],
    ...list.map((t) => [
      t.id,
      String(t.macs),
      t.systemConfig.name,
      t.memoryMode.name,
      `${t.systemConfig.coreClockHz / 1e6} MHz`,
      // Dedicated_Sram: the SRAM Vela may use for weights and fast feature maps (its arena cache); else none.
      t.memoryMode.arenaCacheSize === void 0 ? "-" : formatBytes(t.memoryMode.arenaCacheSize)
    ])
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows)
    process.stdout.write(
      r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd() + "\n"
    );
  return 0;
}
async function optimize(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      pruning: { type: "string" },
      clustering: { type: "string" },
      settings: { type: "string" },
      ...TARGET_OPTIONS,
      out: { type: "string", short: "o" },
      format: { type: "string", default: "table" },
      drift: { type: "boolean", default: true },
      samples: { type: "string", default: "8" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(OPTIMIZE_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("optimize takes exactly one model file");
  const given = values.format ?? "table";
  const format = given === "table" ? "terminal" : given;
  if (!["terminal", "markdown", "json"].includes(format))
    throw new UsageError(`--format must be table, markdown or json, not "${given}"`);
  const samples = Number(values.samples);
  if (!Number.isInteger(samples) || samples < 1 || samples > 1e3)
    throw new UsageError(`--samples must be a whole number from 1 to 1000`);
  const opt = await import("./optimize-BPBFAY5N.js");
  let settings;
  try {
    if (values.settings) {
      if (values.pruning || values.clustering) throw new UsageError("use either --settings or --pruning/--clustering");
      settings = opt.parseSettings(values.settings);
    } else {
      if (!values.pruning && !values.clustering)
        throw new UsageError("optimize needs --pruning, --clustering or --settings");
      const num = (flag, v) => {
        if (v === void 0) return void 0;
        const n = Number(v);
        if (!Number.isFinite(n)) throw new UsageError(`--${flag} must be a number, not "${v}"`);
        return n;
      };
      settings = [
        opt.validateSetting({
          pruning: num("pruning", values.pruning),
          clustering: num("clustering", values.clustering)
        })
      ];
    }
  } catch (e) {
    if (opt.isOptimizeError(e)) throw new UsageError(values.settings ? `--settings: ${e.detail}` : e.detail);
    throw e;
  }
  const targets2 = loadTargets(values.target ?? [], values["target-file"] ?? []);
  const file = positionals[0];
  const bytes = readModelArgument(file);
  if (!bytes) return 2;
  let run2;
  try {
    run2 = opt.optimizeModel(bytes, settings, targets2, { file });
  } catch (e) {
    if (isModelFileError(e) || opt.isOptimizeError(e)) {
      process.stderr.write(`ethos-gate: ${sanitizeTerminal(e.message)}
`);
      return 2;
    }
    throw e;
  }
  if (values.drift) run2 = await opt.withDrift(run2, bytes, { samples });
  const outDir = values.out ?? dirname(file);
  onUserPath(`create the output folder ${outDir}`, () => makeFolder(outDir));
  const written = [];
  for (const o of opt.optimizationOutputs(run2)) {
    const p = join(outDir, o.name);
    writeNamedFile(p, o.bytes, "the optimized model");
    written.push(p);
  }
  const text = opt.renderOptimizationReport(run2, format);
  process.stdout.write(text.endsWith("\n") ? text : text + "\n");
  if (format !== "json") process.stderr.write(`wrote ${sanitizeTerminal(written.join(", "))}
`);
  return 0;
}
async function quantize(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      calibration: { type: "string" },
      random: { type: "boolean", default: false },
      samples: { type: "string", default: "100" },
      int16x8: { type: "boolean", default: false },
      io: { type: "string", default: "int8" },
      ...TARGET_OPTIONS,
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(QUANTIZE_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("quantize takes exactly one model file");
  if (!values.out) throw new UsageError("quantize needs --out FILE");
  if (values.calibration && values.random) throw new UsageError("use either --calibration DIR or --random");
  if (values.io !== "int8" && values.io !== "float")
    throw new UsageError(`--io must be int8 or float, not "${values.io}"`);
  const samples = Number(values.samples);
  if (!Number.isInteger(samples) || samples < 1 || samples > 1e5)
    throw new UsageError("--samples must be a whole number from 1 to 100000");
  const targets2 = loadTargets(values.target ?? [], values["target-file"] ?? []);
  const file = positionals[0];
  const bytes = readModelArgument(file);
  if (!bytes) return 2;
  const q = await import("./quantize-F2O4QIDN.js");
  try {
    let calibration;
    if (values.calibration) {
      const dir = values.calibration;
      const names = onUserPath(`read the calibration folder ${dir}`, () => readdirSync(dir)).filter((n) => n.endsWith(".npy")).sort();
      if (!names.length) throw new UsageError(`no .npy files in ${dir}`);
      const npy = names.map((name) => {
        const path = join(dir, name);
        return {
          name: path,
          bytes: new Uint8Array(onUserPath(`read the calibration sample ${path}`, () => readFileSync(path)))
        };
      });
      calibration = q.samplesFromNpyFiles(npy, readModel(bytes, { file }), samples);
    }
    const result = await q.quantize(bytes, {
      file,
      io: values.io,
      int16x8: values.int16x8,
      ...calibration ? { samples: calibration } : { randomCount: samples }
    });
    const tracking = await q.compareOutputs(bytes, result.bytes, result.samples, { file });
    writeNamedFile(values.out, result.bytes, "the quantized model");
    const lines = [`${file} \u2192 ${values.out}`, ...q.describeQuantization(result.report, tracking).map((l) => `  ${l}`)];
    for (const t of targets2) {
      const r = analyzeModel(result.bytes, values.out, [t], { performance: false });
      const tr = r.targets[0];
      if (tr)
        lines.push(
          `  ${t.id}: ${tr.npuOperators} of ${tr.npuOperators + tr.cpuOperators} operators on the NPU (${(tr.npuCoverage * 100).toFixed(1)}%)`
        );
      else if (r.error) lines.push(`  ${t.id}: ${r.error.message}`);
    }
    process.stdout.write(lines.map(sanitizeTerminal).join("\n") + "\n");
    return 0;
  } catch (e) {
    if (e instanceof q.QuantizeError || isModelFileError(e) || e.name === "InterpreterError") {
      process.stderr.write(`ethos-gate: ${sanitizeTerminal(e.message)}
`);
      return 2;
    }
    throw e;
  }
}
function readModelArgument(file) {
  try {
    return readFileSync(file);
  } catch (e) {
    process.stderr.write(`ethos-gate: ${sanitizeTerminal(file)}: cannot read: ${fsReason(e)}
`);
    return void 0;
  }
}
export {
  run
};
