import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  VERSION,
  builtinTargets,
  builtinTool,
  renderMarkdown,
  resolveTargets
} from "./chunk-WCSCBAIU.js";
import {
  UsageError,
  collectModelPaths,
  fsReason
} from "./chunk-ANVEUD6N.js";
import "./chunk-DHICGBIJ.js";
import "./chunk-CIWQW54I.js";
import {
  adviseModel,
  checkReport,
  renderResultsTerminal,
  sanitizeTerminal
} from "./chunk-BGQGWHLK.js";
import {
  analyzeModel,
  analyzeReadModel,
  isTargetError
} from "./chunk-D2IK3OCQ.js";
import {
  ModelFileError,
  isModelFileError,
  readModel,
  readModelPrefix
} from "./chunk-H6KYKLVA.js";
import "./chunk-K42QXW5D.js";

// src/cli/commands.ts
import { parseArgs } from "node:util";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

// src/io/model-file.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { createHash } from "node:crypto";
var DEFAULT_WHOLE_FILE_LIMIT = 64 * 2 ** 20;
var DEFAULT_FIRST_PREFIX = 2 ** 20;
var HASH_CHUNK = 8 * 2 ** 20;
function openModelFile(path, options = {}) {
  const file = options.file ?? path;
  const fd = openOrFail(path, file);
  let keepOpen = false;
  try {
    const size = fstatSync(fd).size;
    const hash = options.hash !== false;
    const counter = { bytesRead: 0 };
    const readRange = (offset, length) => {
      const out = readFully(fd, offset, length, file);
      counter.bytesRead += out.length;
      return out;
    };
    const sha256 = hash ? hashFile(fd, size, file) : "";
    if (size <= (options.wholeFileLimit ?? DEFAULT_WHOLE_FILE_LIMIT)) {
      const model = readModel(readRange(0, size), { file });
      return finish(model, sha256, size, false, counter, () => {
      });
    }
    let prefixSize = Math.min(size, options.firstPrefix ?? DEFAULT_FIRST_PREFIX);
    for (; ; ) {
      const result = readModelPrefix(readRange(0, prefixSize), { file, fileSize: size, load: readRange });
      if ("model" in result) {
        keepOpen = true;
        return finish(result.model, sha256, size, true, counter, () => closeSync(fd));
      }
      prefixSize = result.needBytes;
    }
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}
function finish(model, sha256, size, lazy, counter, close) {
  let closed = false;
  return {
    model,
    sha256,
    size,
    lazy,
    get bytesRead() {
      return counter.bytesRead;
    },
    close() {
      if (!closed) close();
      closed = true;
    }
  };
}
function openOrFail(path, file) {
  try {
    return openSync(path, "r");
  } catch (e) {
    throw new ModelFileError(file, "io-error", `cannot open: ${e.message}`);
  }
}
function readFully(fd, offset, length, file) {
  const out = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    let n;
    try {
      n = readSync(fd, out, done, length - done, offset + done);
    } catch (e) {
      throw new ModelFileError(file, "io-error", `read failed at byte ${offset + done}: ${e.message}`);
    }
    if (n === 0)
      throw new ModelFileError(
        file,
        "truncated",
        `the file ended at byte ${offset + done}, expected ${offset + length}`
      );
    done += n;
  }
  return out;
}
function hashFile(fd, size, file) {
  const h = createHash("sha256");
  const chunk = new Uint8Array(Math.min(HASH_CHUNK, Math.max(size, 1)));
  for (let at = 0; at < size; ) {
    const n = Math.min(chunk.length, size - at);
    let got;
    try {
      got = readSync(fd, chunk, 0, n, at);
    } catch (e) {
      throw new ModelFileError(file, "io-error", `read failed at byte ${at}: ${e.message}`);
    }
    if (got === 0) throw new ModelFileError(file, "truncated", `the file ended at byte ${at}, expected ${size}`);
    h.update(chunk.subarray(0, got));
    at += got;
  }
  return h.digest("hex");
}

// src/io/analyze-file.ts
function analyzeModelFile(path, targets2, options = {}) {
  const shown = options.displayPath ?? path;
  const result = { path: shown, sha256: "", velaCompiled: false, targets: [] };
  let opened;
  try {
    opened = openModelFile(path, { ...options, file: options.file ?? shown });
  } catch (e) {
    if (isModelFileError(e)) result.error = { code: e.code, message: e.detail };
    else result.error = { code: "internal", message: `unexpected failure while reading: ${e.message}` };
    return result;
  }
  try {
    result.sha256 = opened.sha256;
    return analyzeReadModel(opened.model, result, targets2, options);
  } finally {
    opened.close();
  }
}

// src/report/json.ts
function toCheckTarget(t) {
  const { performance, ...rest } = t;
  if (!performance) return rest;
  return { ...rest, summary: performance.summary, layers: performance.layers, cpuLayers: performance.cpuOperators };
}
function toCheckJson(results, tool) {
  return {
    schemaVersion: 1,
    kind: "check",
    ...tool ? { tool } : {},
    models: results.map(({ targets: targets2, ...model }) => ({ ...model, targets: targets2.map(toCheckTarget) }))
  };
}
function renderJson(value) {
  return JSON.stringify(value, null, 2) + "\n";
}

// src/report/mlia.ts
import { createHash as createHash2 } from "node:crypto";
var MLIA_SCHEMA_VERSION = "1.1.0";
var BACKEND_ID = "ethos-gate";
function renderMliaJson(docs) {
  return docs.map((d) => JSON.stringify(d)).join("\n") + "\n";
}
function toMliaJsonDocuments(results, opts) {
  return results.flatMap((model) => {
    if (model.targets.length) return model.targets.map((t) => toMliaJson(model, t, opts));
    const ids = opts.targets?.length ? opts.targets : ["unknown"];
    return ids.map((id) => toMliaJson(model, id, opts));
  });
}
function toMliaJson(model, target, opts) {
  const targetId = typeof target === "string" ? target : target.target;
  const result = typeof target === "string" ? void 0 : target;
  const timestamp = typeof opts.timestamp === "string" ? opts.timestamp : opts.timestamp.toISOString();
  const profile = opts.profiles?.find((p) => p.id === targetId);
  const others = model.targets.filter((t) => t !== result);
  const advice = result ? adviseModel({ result, otherTargets: others }) : [];
  const size = opts.modelSizes?.[model.path];
  return {
    schema_version: MLIA_SCHEMA_VERSION,
    run_id: opts.runId ?? derivedUuid(`${model.sha256}|${targetId}|${timestamp}`),
    timestamp,
    tool: { name: "ethos-gate", version: opts.toolVersion },
    target: mliaTarget(targetId, profile),
    model: {
      name: model.path,
      format: "tflite",
      hash: model.sha256,
      ...size !== void 0 ? { size_bytes: size } : {}
    },
    context: {
      runtime_configuration: {
        target: targetId,
        ...profile ? { system_config: profile.systemConfig.name, memory_mode: profile.memoryMode.name, source: profile.source } : {}
      },
      ...opts.cliArguments ? { cli_arguments: [...opts.cliArguments] } : {},
      notes: "Performance is estimated for the NPU only; operators placed on the CPU get no time. Times in milliseconds, sizes in bytes."
    },
    backends: [
      {
        id: BACKEND_ID,
        name: opts.engine === "vela" ? "Vela" : "ethos-gate built-in Vela model",
        version: opts.engineVersion ?? opts.toolVersion,
        configuration: {
          accelerator_config: profile?.acceleratorConfig ?? targetId,
          ...profile ? { system_config: profile.systemConfig.name, memory_mode: profile.memoryMode.name } : {},
          optimise: "Performance"
        }
      }
    ],
    results: [compatibilityResult(model, result, advice), performanceResult(model, result, advice)]
  };
}
function derivedUuid(name) {
  const h = createHash2("sha256").update(name).digest("hex").slice(0, 32).split("");
  h[12] = "5";
  h[16] = (parseInt(h[16], 16) & 3 | 8).toString(16);
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}
function mliaTarget(id, profile) {
  const parsed = /^ethos-(u\d+)-(\d+)$/i.exec(profile?.acceleratorConfig ?? id);
  const family = profile?.family ?? parsed?.[1]?.toLowerCase();
  const macs = profile?.macs ?? (parsed ? Number(parsed[2]) : void 0);
  return {
    profile_name: id,
    target_type: family ? `ethos-${family}` : "ethos-u",
    ...profile?.description ? { description: profile.description } : {},
    components: [
      {
        type: "npu",
        family: "ethos-u",
        ...family ? { model: family } : {},
        ...macs !== void 0 ? { variant: String(macs) } : {}
      }
    ],
    configuration: {
      ...macs !== void 0 ? { mac: macs } : {},
      ...profile ? {
        system_config: profile.systemConfig.name,
        memory_mode: profile.memoryMode.name,
        core_clock_hz: profile.systemConfig.coreClockHz
      } : {}
    }
  };
}
function entityId(o) {
  return `subgraph${o.subgraph}/operator${o.index}`;
}
function location(o) {
  return `subgraph ${o.subgraph}, operator ${o.index}`;
}
function identifier(o) {
  return { id: entityId(o), scope: "operator", name: o.name || o.type, location: location(o) };
}
function mliaAdvice(advice, category) {
  return advice.filter((a) => category.includes(a.category)).map((a, i) => ({
    id: `${a.id}-${i}`,
    category: a.category,
    severity: a.severity,
    message: a.message,
    ...a.operators?.length ? { affected_entities: a.operators.map(identifier) } : {},
    details: { rule: a.id }
  }));
}
function compatibilityResult(model, result, advice) {
  if (!result) {
    return {
      kind: "compatibility",
      producer: BACKEND_ID,
      status: "failed",
      mode: "predicted",
      errors: [model.error ? `${model.error.code}: ${model.error.message}` : "no result for this target"]
    };
  }
  const ops = result.operators;
  const status = result.cpuOperators === 0 ? "ok" : result.npuOperators === 0 ? "incompatible" : "partial";
  return {
    kind: "compatibility",
    producer: BACKEND_ID,
    status,
    mode: "predicted",
    ...model.error ? { warnings: [`${model.error.code}: ${model.error.message}`] } : {},
    metrics: [
      { name: "operators", value: ops.length, unit: "operators" },
      { name: "npu_operators", value: result.npuOperators, unit: "operators", qualifiers: { placement: "NPU" } },
      { name: "cpu_operators", value: result.cpuOperators, unit: "operators", qualifiers: { placement: "CPU" } },
      { name: "npu_coverage", value: round(result.npuCoverage * 100, 4), unit: "%" },
      { name: "npu_mac_coverage", value: round(result.macCoverage * 100, 4), unit: "%" },
      { name: "npu_partitions", value: result.partitions.npu, unit: "partitions", qualifiers: { placement: "NPU" } },
      { name: "cpu_partitions", value: result.partitions.cpu, unit: "partitions", qualifiers: { placement: "CPU" } }
    ],
    entities: ops.map((o) => ({
      ...identifier(o),
      placement: o.placement,
      attributes: { operator_type: o.type, subgraph: o.subgraph, index: o.index, macs: o.macs }
    })),
    checks: ops.map((o) => ({
      id: `npu-placement:${entityId(o)}`,
      status: o.placement === "NPU" ? "pass" : "fail",
      details: {
        entity_id: entityId(o),
        operator_type: o.type,
        placement: o.placement,
        reasons: o.reasons.map((r) => ({ rule: r.rule, message: r.message }))
      }
    })),
    advice: mliaAdvice(advice, ["compatibility"])
  };
}
function performanceResult(model, result, advice) {
  const perf = result?.performance;
  if (!result || !perf) {
    return {
      kind: "performance",
      producer: BACKEND_ID,
      status: result ? "skipped" : "failed",
      mode: "predicted",
      ...result ? { warnings: ["performance was not estimated (compatibility only)"] } : { errors: [model.error ? `${model.error.code}: ${model.error.message}` : "no result for this target"] }
    };
  }
  const s = perf.summary;
  const npu = { placement: "NPU" };
  const metrics = [
    { name: "inference_time", value: s.inferenceTimeMs, unit: "ms", qualifiers: npu },
    { name: "inferences_per_second", value: s.inferencesPerSecond, unit: "1/s", qualifiers: npu },
    { name: "npu_cycles", value: s.npuCycles, unit: "cycles", qualifiers: npu },
    { name: "total_cycles", value: s.totalCycles, unit: "cycles", qualifiers: npu },
    { name: "macs", value: s.macs, unit: "MACs", qualifiers: npu },
    { name: "sram_used", value: s.sramUsedBytes, unit: "bytes" },
    { name: "dram_used", value: s.dramUsedBytes, unit: "bytes" },
    { name: "on_chip_flash_used", value: s.onChipFlashUsedBytes, unit: "bytes" },
    { name: "off_chip_flash_used", value: s.offChipFlashUsedBytes, unit: "bytes" },
    { name: "weights_original_size", value: s.weightsOriginalBytes, unit: "bytes" },
    { name: "weights_encoded_size", value: s.weightsEncodedBytes, unit: "bytes" }
  ];
  for (const [memory, traffic] of Object.entries(s.memory)) {
    const q = { memory: snake(memory) };
    metrics.push(
      { name: "memory_read", value: traffic.readBytes, unit: "bytes", qualifiers: q },
      { name: "memory_write", value: traffic.writeBytes, unit: "bytes", qualifiers: q },
      { name: "memory_access_cycles", value: traffic.accessCycles, unit: "cycles", qualifiers: q }
    );
  }
  const ops = new Map(result.operators.map((o) => [`${o.subgraph}:${o.index}`, o]));
  const opFor = (sg, index, type) => ops.get(`${sg}:${index}`) ?? { subgraph: sg, index, type, name: "", placement: "NPU", reasons: [], macs: 0 };
  const breakdowns = perf.layers.map((l) => {
    const o = opFor(l.subgraph, l.operatorIndex, l.type);
    return {
      ...identifier(o),
      metrics: [
        { name: "cycles", value: l.cycles, unit: "cycles", aggregation: "sum" },
        { name: "npu_cycles", value: l.npuCycles, unit: "cycles", aggregation: "sum" },
        { name: "macs", value: l.macs, unit: "MACs", aggregation: "sum" },
        { name: "mac_utilisation", value: round(l.macUtilisation * 100, 4), unit: "%" },
        ...Object.entries(l.accessCycles).map(([memory, cycles]) => ({
          name: "memory_access_cycles",
          value: cycles,
          unit: "cycles",
          aggregation: "sum",
          qualifiers: { memory: snake(memory) }
        }))
      ],
      qualifiers: { placement: "NPU", operator_type: l.type, memory_bound: l.memoryBound }
    };
  });
  for (const c of perf.cpuOperators) {
    const o = opFor(c.subgraph, c.operatorIndex, c.type);
    breakdowns.push({
      ...identifier(o),
      metrics: [
        {
          name: "cycles",
          unit: "cycles",
          availability: "unavailable",
          reason: "the operator runs on the CPU; the NPU estimate gives CPU operators no time"
        },
        { name: "macs", value: c.macs, unit: "MACs", aggregation: "sum" }
      ],
      qualifiers: { placement: "CPU", operator_type: c.type }
    });
  }
  return {
    kind: "performance",
    producer: BACKEND_ID,
    status: "ok",
    mode: "predicted",
    ...result.cpuOperators ? { warnings: [`${result.cpuOperators} operators run on the CPU and are not included in the estimate`] } : {},
    metrics,
    breakdowns,
    advice: mliaAdvice(advice, ["performance", "optimization"])
  };
}
function snake(camel) {
  return camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
function round(v, digits) {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

// src/cli/commands.ts
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

Lists the built-in Ethos-U targets with their system configuration and memory mode.
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
  --format FORMAT       terminal (default), markdown or json, for what is printed
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
function onUserPath(what, operation) {
  try {
    return operation();
  } catch (e) {
    throw new UsageError(`cannot ${what}: ${fsReason(e)}`);
  }
}
function writeNamedFile(path, data, what) {
  onUserPath(`write ${what} ${path}`, () => writeFileSync(path, data));
}
function makeFolder(dir) {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  mkdirSync(dir);
}
function readTargetFiles(paths) {
  return paths.map((path) => ({
    path,
    text: onUserPath(`read target file ${path}`, () => readFileSync(path, "utf8"))
  }));
}
function loadTargets(ids, files) {
  const list = ids.flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
  try {
    return resolveTargets(list.length || files.length ? list : ["ethos-u55-256"], readTargetFiles(files));
  } catch (e) {
    if (isTargetError(e)) throw new UsageError(e.message);
    throw e;
  }
}
function wantColor(flag, toFile) {
  if (flag !== void 0) return flag;
  if (toFile) return false;
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}
async function check(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      target: { type: "string", multiple: true, short: "t" },
      "target-file": { type: "string", multiple: true },
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
        results.push(ioError(f, e.code ?? e.message));
      }
    }
    const { analyzeModelsWithEngine } = await import("./vela-YJPKO2B2.js");
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
function ioError(path, message) {
  return { path, sha256: "", velaCompiled: false, targets: [], error: { code: "io-error", message } };
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
  const list = builtinTargets();
  if (values.format === "json") {
    process.stdout.write(renderJson(list) + "\n");
    return 0;
  }
  const rows = list.map((t) => [
    t.id,
    `${t.macs} MACs`,
    t.systemConfig.name,
    t.memoryMode.name,
    `${t.systemConfig.coreClockHz / 1e6} MHz`
  ]);
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
      target: { type: "string", multiple: true, short: "t" },
      "target-file": { type: "string", multiple: true },
      out: { type: "string", short: "o" },
      format: { type: "string", default: "terminal" },
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
  const format = values.format ?? "terminal";
  if (!["terminal", "markdown", "json"].includes(format))
    throw new UsageError(`--format must be terminal, markdown or json, not "${format}"`);
  const samples = Number(values.samples);
  if (!Number.isInteger(samples) || samples < 1 || samples > 1e3)
    throw new UsageError(`--samples must be a whole number from 1 to 1000`);
  const opt = await import("./optimize-OQQFKFIJ.js");
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
      target: { type: "string", multiple: true, short: "t" },
      "target-file": { type: "string", multiple: true },
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
  const q = await import("./quantize-B7WVBRIU.js");
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
  loadTargets,
  run
};
