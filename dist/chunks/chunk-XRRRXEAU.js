import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UsageError
} from "./chunk-SICVBO2A.js";
import {
  resolveTargets
} from "./chunk-XUHGTX2Z.js";
import {
  fsReason
} from "./chunk-E2KYLUGO.js";
import {
  adviseModel
} from "./chunk-SMDWGUPR.js";
import {
  isTargetError
} from "./chunk-CSLGV3ZU.js";

// src/cli/common.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
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
var TARGET_OPTIONS = {
  target: { type: "string", multiple: true, short: "t" },
  "target-file": { type: "string", multiple: true }
};
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
function ioError(path, message, code = "io-error") {
  return { path, sha256: "", velaCompiled: false, targets: [], error: { code, message } };
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
    models: results.map(({ targets, ...model }) => ({ ...model, targets: targets.map(toCheckTarget) }))
  };
}
function toReportJson(report) {
  return {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    targets: report.targets,
    regressed: report.regressed,
    informational: report.informational,
    findings: report.findings,
    models: report.models,
    ...report.pullRequest ? { pullRequest: report.pullRequest } : {}
  };
}
function renderJson(value) {
  return JSON.stringify(value, null, 2) + "\n";
}

// src/report/mlia.ts
import { createHash } from "node:crypto";
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
  const h = createHash("sha256").update(name).digest("hex").slice(0, 32).split("");
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

export {
  onUserPath,
  writeNamedFile,
  makeFolder,
  TARGET_OPTIONS,
  loadTargets,
  wantColor,
  ioError,
  toCheckJson,
  toReportJson,
  renderJson,
  renderMliaJson,
  toMliaJsonDocuments
};
