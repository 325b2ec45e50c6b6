import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  BUNDLED_INI_NAME,
  bundledMliaConfig
} from "./chunk-SLRNASFL.js";
import {
  analyzeModel,
  sha256,
  summarisePlacement,
  velaCompiledReason
} from "./chunk-CSLGV3ZU.js";
import {
  ModelFileError,
  isModelFileError,
  readModel
} from "./chunk-DB7Z7Q6U.js";

// src/vela/errors.ts
var VelaError = class extends Error {
  model;
  target;
  code;
  /** The cause without the model prefix. */
  detail;
  constructor(code, model, detail, target) {
    super(`${model}${target ? ` (${target})` : ""}: ${detail}`);
    this.name = "VelaError";
    this.code = code;
    this.model = model;
    this.target = target;
    this.detail = detail;
  }
};
function isVelaError(e) {
  return e instanceof VelaError;
}
var VelaOutputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "VelaOutputError";
  }
};

// src/vela/run.ts
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";

// src/vela/command.ts
var MLIA_FIXED = {
  tensorAllocator: "HillClimb",
  cpuTensorAlignment: "16",
  maxBlockDependency: "3",
  optimise: "Performance"
};
function velaArguments({ target, modelFile, outputDir, configFile }) {
  return [
    "--output-dir",
    outputDir,
    "--tensor-allocator",
    MLIA_FIXED.tensorAllocator,
    "--cpu-tensor-alignment",
    MLIA_FIXED.cpuTensorAlignment,
    "--accelerator-config",
    target.acceleratorConfig,
    "--system-config",
    target.systemConfig.name,
    "--memory-mode",
    target.memoryMode.name,
    "--max-block-dependency",
    MLIA_FIXED.maxBlockDependency,
    "--optimise",
    MLIA_FIXED.optimise,
    "--output-format",
    "tflite",
    modelFile,
    "--config",
    configFile,
    "--verbose-performance",
    "--show-cpu-operations",
    "--enable-debug-db"
  ];
}
function velaOutputNames(net, systemConfig) {
  return {
    summaryCsv: `${net}_summary_${systemConfig}.csv`,
    perLayerCsv: `${net}_per-layer.csv`,
    debugDb: `${net}_debug.xml`
  };
}

// src/vela/summary.ts
function parseSummaryCsv(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length < 2) throw new VelaOutputError("summary CSV has no data row");
  const header = splitQuotedCsvLine(lines[0]);
  const values = splitQuotedCsvLine(lines[1]);
  if (header.length !== values.length) {
    throw new VelaOutputError(`summary CSV has ${header.length} columns in its header but ${values.length} in its row`);
  }
  const row = {};
  header.forEach((h, i) => row[h] = values[i]);
  return row;
}
function splitQuotedCsvLine(line) {
  const out = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(field);
      field = "";
    } else field += ch;
  }
  out.push(field);
  return out;
}
function num(row, key) {
  const raw = row[key];
  if (raw === void 0) throw new VelaOutputError(`summary CSV lacks the column "${key}"`);
  const v = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(v)) {
    throw new VelaOutputError(`summary CSV column "${key}" is not a number: "${raw}"`);
  }
  return v;
}
var KIB = 1024;
function kibToBytes(kib) {
  return Math.round(kib * KIB);
}
function traffic(row, area) {
  const writeBytes = num(row, `${area}_feature_map_write_bytes`) + num(row, `${area}_weight_write_bytes`);
  const readBytes = num(row, `${area}_total_bytes`) - writeBytes;
  return { readBytes, writeBytes, accessCycles: num(row, `cycles_${area}_access`) };
}
function toPerfSummary(row) {
  return {
    npuCycles: num(row, "cycles_npu"),
    totalCycles: num(row, "cycles_total"),
    inferenceTimeMs: num(row, "inference_time") * 1e3,
    // Vela writes nan when the network has no NPU time; JSON has no NaN, and 0 reads as "no figure".
    inferencesPerSecond: row.inferences_per_second?.trim() === "nan" ? 0 : num(row, "inferences_per_second"),
    macs: num(row, "nn_macs"),
    sramUsedBytes: kibToBytes(num(row, "sram_memory_used")),
    dramUsedBytes: kibToBytes(num(row, "dram_memory_used")),
    onChipFlashUsedBytes: kibToBytes(num(row, "on_chip_flash_memory_used")),
    offChipFlashUsedBytes: kibToBytes(num(row, "off_chip_flash_memory_used")),
    weightsOriginalBytes: num(row, "total_original_weights"),
    weightsEncodedBytes: num(row, "total_npu_encoded_weights"),
    memory: {
      sram: traffic(row, "sram"),
      dram: traffic(row, "dram"),
      onChipFlash: traffic(row, "on_chip_flash"),
      offChipFlash: traffic(row, "off_chip_flash")
    }
  };
}

// src/vela/debug-db.ts
function readDbTable(xml, name) {
  const open = `<table name="${name}">`;
  const start = xml.indexOf(open);
  if (start < 0) return null;
  const cdata = xml.indexOf("<![CDATA[", start);
  const end = xml.indexOf("]]>", cdata);
  if (cdata < 0 || end < 0) throw new VelaOutputError(`debug database table "${name}" is not terminated`);
  const lines = xml.slice(cdata + "<![CDATA[".length, end).split(/\r?\n/).filter((l) => l !== "");
  if (lines.length === 0) throw new VelaOutputError(`debug database table "${name}" has no header`);
  return { header: splitQuotedCsvLine(lines[0]), rows: lines.slice(1).map(splitQuotedCsvLine) };
}
function column(table, tableName, col) {
  const i = table.header.indexOf(col);
  if (i < 0) throw new VelaOutputError(`debug database table "${tableName}" lacks the column "${col}"`);
  return i;
}
function int(raw, what) {
  const v = Number(raw);
  if (raw === void 0 || raw === "" || !Number.isInteger(v)) {
    throw new VelaOutputError(`debug database: ${what} is not an integer: "${raw ?? ""}"`);
  }
  return v;
}
function parseDebugDb(xml) {
  if (!xml.includes("<debug")) throw new VelaOutputError("debug database is not a Vela debug XML file");
  const source = readDbTable(xml, "source");
  const perf = readDbTable(xml, "perf");
  if (!source) throw new VelaOutputError('debug database has no "source" table');
  const sId = column(source, "source", "id");
  const sOp = column(source, "source", "operator");
  const sKey = column(source, "source", "ext_key");
  const sources = source.rows.map((r) => ({
    id: int(r[sId], "source id"),
    operator: r[sOp] ?? "",
    extKey: int(r[sKey], "source ext_key")
  }));
  if (!perf) return { sources, perf: [] };
  const pSrc = column(perf, "perf", "source_id");
  const pOp = column(perf, "perf", "operator");
  const pName = column(perf, "perf", "name");
  return {
    sources,
    perf: perf.rows.map((r) => ({
      // Rows Vela added with no source (rare) have an empty source id.
      sourceId: r[pSrc] === "" || r[pSrc] === void 0 ? -1 : int(r[pSrc], "perf source_id"),
      operator: r[pOp] ?? "",
      name: r[pName] ?? ""
    }))
  };
}

// src/vela/fold.ts
function sourceOperators(db, model) {
  const out = /* @__PURE__ */ new Map();
  const sources = [...db.sources].sort((a, b) => a.id - b.id);
  let sg = 0;
  let prevKey = -1;
  for (const s of sources) {
    if (s.extKey <= prevKey) sg++;
    while (sg < model.subgraphs.length && s.extKey >= model.subgraphs[sg].operators.length) sg++;
    if (sg >= model.subgraphs.length) break;
    out.set(s.id, { subgraph: sg, index: s.extKey });
    prevKey = s.extKey;
  }
  return out;
}
function mapRowsWithDb(rows, db, model) {
  if (db.perf.length !== rows.length) {
    throw new VelaOutputError(
      `the per-layer CSV has ${rows.length} rows but the debug database has ${db.perf.length} perf rows`
    );
  }
  const bySource = sourceOperators(db, model);
  return rows.map((row, i) => {
    const p = db.perf[i];
    if (p.operator !== row.internalOperator) {
      throw new VelaOutputError(
        `per-layer row ${i + 1} is ${row.internalOperator} but the debug database has ${p.operator} there`
      );
    }
    return bySource.get(p.sourceId) ?? null;
  });
}
function mapRowsByName(rows, model) {
  const byName = /* @__PURE__ */ new Map();
  for (const sg of model.subgraphs) {
    for (const op of sg.operators) {
      const name = sg.tensors[op.outputs[0]]?.name;
      if (name === void 0) continue;
      const list = byName.get(name) ?? [];
      list.push({ subgraph: sg.index, index: op.index });
      byName.set(name, list);
    }
  }
  const key = (r) => `${r.subgraph}:${r.index}`;
  const used = /* @__PURE__ */ new Set();
  const refs = rows.map(() => null);
  rows.forEach((row, i) => {
    const candidates = byName.get(row.name) ?? [];
    const prev = i > 0 ? refs[i - 1] : null;
    if (prev && rows[i - 1].originalOperator === row.originalOperator && candidates.some((c) => key(c) === key(prev))) {
      refs[i] = prev;
      return;
    }
    const fresh = candidates.find((c) => !used.has(key(c))) ?? null;
    if (fresh) used.add(key(fresh));
    refs[i] = fresh;
  });
  const named = refs.slice();
  rows.forEach((row, i) => {
    if (named[i]) return;
    const near = (step) => {
      for (let j = i + step; j >= 0 && j < rows.length; j += step) {
        if (rows[j].originalOperator !== row.originalOperator) return null;
        if (named[j]) return named[j];
      }
      return null;
    };
    refs[i] = near(1) ?? near(-1);
  });
  return refs;
}
function ruleId(warning) {
  const basis = warning.constraint[0]?.trim() || warning.reason || "unsupported";
  const words = basis.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "").slice(0, 8);
  return `vela.${words.join("-") || "unsupported"}`;
}
function warningReason(warning) {
  const constraint = warning.constraint.map((l) => l.trim()).join(" ");
  const reason = warning.reason || `${warning.operator} is not supported`;
  return { rule: ruleId(warning), message: constraint ? `${reason}. ${constraint}` : reason };
}
function warningNames(ofm) {
  const bases = ofm.endsWith("_act") ? [ofm, ofm.slice(0, -"_act".length)] : [ofm];
  return bases.flatMap((n) => n === "<unnamed>" ? [n, ""] : [n]);
}
var NO_WARNING = {
  rule: "vela.passthrough",
  message: "Vela runs this operator on the CPU (Passthrough) and printed no reason for it"
};
function foldVelaOutput({ model, rows, refs, warnings, summary, macsPerCycle }) {
  const key = (sg, i) => `${sg}:${i}`;
  const rowsByOp = /* @__PURE__ */ new Map();
  rows.forEach((row, i) => {
    const ref = refs[i];
    if (!ref) return;
    const k = key(ref.subgraph, ref.index);
    const list = rowsByOp.get(k) ?? [];
    list.push(row);
    rowsByOp.set(k, list);
  });
  const operators = model.subgraphs.flatMap(
    (sg) => sg.operators.map((op) => ({
      subgraph: sg.index,
      index: op.index,
      type: op.type,
      name: sg.tensors[op.outputs[0]]?.name ?? "",
      placement: (rowsByOp.get(key(sg.index, op.index)) ?? []).some((r) => r.target === "CPU") ? "CPU" : "NPU",
      reasons: [],
      macs: op.macs
    }))
  );
  const unmatchedWarnings = [];
  for (const w of warnings) {
    const names = warningNames(w.ofm);
    let candidates = operators.filter((o) => names.includes(o.name));
    if (candidates.length === 0) {
      const last = (n) => n.slice(n.lastIndexOf("/") + 1);
      candidates = operators.filter((o) => o.type === w.operator && names.some((n) => last(n) === last(o.name)));
    }
    const unexplained = (o) => o.reasons.length === 0;
    const target = candidates.find((o) => o.placement === "CPU" && unexplained(o) && o.type === w.operator) ?? candidates.find((o) => o.placement === "CPU" && unexplained(o)) ?? candidates.find(unexplained) ?? candidates[0];
    if (!target) {
      unmatchedWarnings.push(w);
      continue;
    }
    target.placement = "CPU";
    target.reasons.push(warningReason(w));
  }
  for (const o of operators) if (o.placement === "CPU" && o.reasons.length === 0) o.reasons.push({ ...NO_WARNING });
  const layers = [];
  for (const o of operators) {
    if (o.placement !== "NPU") continue;
    const opRows = rowsByOp.get(key(o.subgraph, o.index));
    if (!opRows || opRows.length === 0) continue;
    const sum = (f) => opRows.reduce((a, r) => a + f(r), 0);
    const cycles = sum((r) => r.opCycles);
    const npuCycles = sum((r) => r.npuCycles);
    const macs = sum((r) => r.macs);
    layers.push({
      subgraph: o.subgraph,
      operatorIndex: o.index,
      type: o.type,
      cycles,
      npuCycles,
      macs,
      macUtilisation: cycles > 0 && macsPerCycle > 0 ? macs / (cycles * macsPerCycle) : 0,
      accessCycles: {
        sram: sum((r) => r.sramAccessCycles),
        dram: sum((r) => r.dramAccessCycles),
        onChipFlash: sum((r) => r.onChipFlashAccessCycles),
        offChipFlash: sum((r) => r.offChipFlashAccessCycles)
      },
      // Each row costs max(compute, memories); more than compute means a memory set the cost.
      memoryBound: cycles > npuCycles
    });
  }
  const cpuOperators = operators.filter((o) => o.placement === "CPU").map((o) => ({ subgraph: o.subgraph, operatorIndex: o.index, type: o.type, macs: o.macs }));
  return { operators, performance: { summary, layers, cpuOperators }, unmatchedWarnings };
}

// src/vela/ini.ts
function hasSection(ini, section) {
  const escaped = section.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^\\s*\\[${escaped}\\]\\s*$`, "m").test(ini);
}
var AREAS = ["Sram", "Dram", "OnChipFlash", "OffChipFlash"];
function systemConfigSection(sys) {
  const lines = [
    `[System_Config.${sys.name}]`,
    `core_clock=${sys.coreClockHz}`,
    `axi0_port=${sys.axi0Port}`,
    `axi1_port=${sys.axi1Port}`
  ];
  for (const area of AREAS) {
    const m = sys.memories[area];
    if (!m) continue;
    lines.push(
      `${area}_clock_scale=${m.clockScale}`,
      `${area}_burst_length=${m.burstLength}`,
      `${area}_read_latency=${m.readLatency}`,
      `${area}_write_latency=${m.writeLatency}`,
      `${area}_max_reads=${m.maxReads}`,
      `${area}_max_writes=${m.maxWrites}`
    );
    if (m.portsUsed !== 1) lines.push(`${area}_ports_used=${m.portsUsed}`);
  }
  return lines.join("\n");
}
function memoryModeSection(mode) {
  const lines = [
    `[Memory_Mode.${mode.name}]`,
    `const_mem_area=${mode.constMemArea}`,
    `arena_mem_area=${mode.arenaMemArea}`,
    `cache_mem_area=${mode.cacheMemArea}`
  ];
  if (mode.arenaCacheSize !== void 0) lines.push(`arena_cache_size=${mode.arenaCacheSize}`);
  return lines.join("\n");
}
function isBundledProfile(target) {
  return target.source.split(", ").every((part) => part.startsWith("builtin:") || part === BUNDLED_INI_NAME);
}
function velaIniFor(target, base) {
  if (base === void 0) {
    if (isBundledProfile(target)) return withMissingSections(target, bundledVelaIni());
    return [
      "; Written by ethos-gate from the target profile",
      `; ${target.id} (${target.source})`,
      systemConfigSection(target.systemConfig),
      "",
      memoryModeSection(target.memoryMode),
      ""
    ].join("\n");
  }
  return withMissingSections(target, base);
}
function withMissingSections(target, base) {
  const extra = [];
  if (!hasSection(base, `System_Config.${target.systemConfig.name}`))
    extra.push(systemConfigSection(target.systemConfig));
  if (!hasSection(base, `Memory_Mode.${target.memoryMode.name}`)) extra.push(memoryModeSection(target.memoryMode));
  if (extra.length === 0) return base;
  return `${base.trimEnd()}

; Written by ethos-gate from the target profile ${target.id}
${extra.join("\n\n")}
`;
}
var bundled;
function bundledVelaIni() {
  if (bundled === void 0) {
    const { systemConfigs, memoryModes } = bundledMliaConfig();
    bundled = [
      `; Written by ethos-gate from ${BUNDLED_INI_NAME} (targets/mlia-vela.json)`,
      ...[...systemConfigs.values()].map((sys) => `
${systemConfigSection(sys)}`),
      ...[...memoryModes.values()].map((mode) => `
${memoryModeSection(mode)}`),
      ""
    ].join("\n");
  }
  return bundled;
}

// src/vela/per-layer.ts
var COLUMNS = {
  originalOperator: "Original Operator",
  internalOperator: "NNG Operator",
  target: "Target",
  stagingUsage: "Staging Usage",
  opCycles: "Op Cycles",
  npuCycles: "NPU",
  sramAccessCycles: "SRAM AC",
  dramAccessCycles: "DRAM AC",
  onChipFlashAccessCycles: "OnFlash AC",
  offChipFlashAccessCycles: "OffFlash AC",
  macs: "MAC Count",
  name: "Name"
};
var NUMERIC = [
  "stagingUsage",
  "opCycles",
  "npuCycles",
  "sramAccessCycles",
  "dramAccessCycles",
  "onChipFlashAccessCycles",
  "offChipFlashAccessCycles",
  "macs"
];
function parsePerLayerCsv(text) {
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  if (lines.length === 0) throw new VelaOutputError("per-layer CSV is empty");
  const header = lines[0].split(",");
  const at = {};
  for (const [key, title] of Object.entries(COLUMNS)) {
    const i = header.indexOf(title);
    if (i < 0) throw new VelaOutputError(`per-layer CSV lacks the column "${title}"`);
    at[key] = i;
  }
  const nameLast = at.name === header.length - 1;
  return lines.slice(1).map((line, n) => {
    let fields = line.split(",");
    if (fields.length !== header.length) {
      if (!nameLast || fields.length < header.length) {
        throw new VelaOutputError(`per-layer CSV row ${n + 1} has ${fields.length} fields, expected ${header.length}`);
      }
      fields = [...fields.slice(0, header.length - 1), fields.slice(header.length - 1).join(",")];
    }
    const target = fields[at.target];
    if (target !== "NPU" && target !== "CPU") {
      throw new VelaOutputError(`per-layer CSV row ${n + 1} has target "${target}", expected NPU or CPU`);
    }
    const row = {
      originalOperator: fields[at.originalOperator],
      internalOperator: fields[at.internalOperator],
      target,
      name: fields[at.name],
      stagingUsage: 0,
      opCycles: 0,
      npuCycles: 0,
      sramAccessCycles: 0,
      dramAccessCycles: 0,
      onChipFlashAccessCycles: 0,
      offChipFlashAccessCycles: 0,
      macs: 0
    };
    for (const key of NUMERIC) {
      const raw = fields[at[key]];
      const v = Number(raw);
      if (raw === "" || !Number.isFinite(v)) {
        throw new VelaOutputError(`per-layer CSV row ${n + 1} column "${COLUMNS[key]}" is not a number: "${raw}"`);
      }
      row[key] = v;
    }
    return row;
  });
}

// src/vela/process.ts
import { spawn } from "node:child_process";
var SpawnFailure = class extends Error {
  constructor(errno, message) {
    super(message);
    this.errno = errno;
    this.name = "SpawnFailure";
  }
};
var MAX_OUTPUT_CHARS = 64 * 1024 * 1024;
function runProcess(file, args, options) {
  return new Promise((resolve2, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: false,
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (d) => {
      if (stdout.length < MAX_OUTPUT_CHARS) stdout += d;
    });
    child.stderr.on("data", (d) => {
      if (stderr.length < MAX_OUTPUT_CHARS) stderr += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new SpawnFailure(e.code ?? "UNKNOWN", e.message));
    });
    child.on("exit", () => {
      if (timedOut) {
        child.stdout.destroy();
        child.stderr.destroy();
      }
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve2({ stdout, stderr, code, signal, timedOut });
    });
  });
}

// src/vela/stdout.ts
var WARNING = /^Warning \(supported operators\) operator: ([^,]+), ofm: '(.*)'\s*$/;
var CPU_COUNT = /^CPU operators = (\d+)/;
var CPU_LINE = /^\s+CPU: (\S+) = (.*) \(outputs \[[^\]]*\]\)\s*$/;
function parseVelaStdout(text) {
  const lines = text.split(/\r?\n/);
  const warnings = [];
  const cpuOperators = [];
  let cpuOperatorCount = null;
  for (let i = 0; i < lines.length; i++) {
    const w = WARNING.exec(lines[i]);
    if (w) {
      const warning = { operator: w[1].trim(), ofm: w[2], reason: "", constraint: [] };
      let j = i + 1;
      if (j < lines.length && lines[j].startsWith("Reason: ")) {
        warning.reason = lines[j].slice("Reason: ".length).trim();
        j++;
      }
      for (; j < lines.length && lines[j].trim() !== "" && !WARNING.test(lines[j]); j++) {
        warning.constraint.push(lines[j].trimEnd());
      }
      warnings.push(warning);
      i = j - 1;
      continue;
    }
    const count = CPU_COUNT.exec(lines[i]);
    if (count) {
      cpuOperatorCount = Number(count[1]);
      continue;
    }
    const cpu = CPU_LINE.exec(lines[i]);
    if (cpu) cpuOperators.push({ operator: cpu[1], name: cpu[2] });
  }
  return { warnings, cpuOperatorCount, cpuOperators };
}
function parseVelaVersion(text) {
  const m = /(\d+\.\d+\.\d+(?:[.\-+][0-9A-Za-z.\-+]*)?)/.exec(text.trim());
  return m ? m[1] : null;
}

// src/vela/run.ts
var DEFAULT_VELA_TIMEOUT_MS = 10 * 60 * 1e3;
var VERSION_TIMEOUT_MS = 60 * 1e3;
function tail(text, lines = 8) {
  return text.trimEnd().split(/\r?\n/).slice(-lines).join("\n");
}
function spawnError(e, velaPath, model, target) {
  if (e instanceof SpawnFailure) {
    const why = e.errno === "ENOENT" ? `the Vela executable "${velaPath}" was not found (install Arm's ethos-u-vela, e.g. pip install ethos-u-vela==5.1.0, or set vela-path)` : `the Vela executable "${velaPath}" could not be started: ${e.message}`;
    return new VelaError("missing", model, why, target);
  }
  return new VelaError("crashed", model, `running Vela failed: ${e.message}`, target);
}
async function velaVersion(velaPath = "vela", options = {}) {
  const model = options.model ?? velaPath;
  let out;
  try {
    out = await runProcess(velaPath, ["--version"], {
      timeoutMs: options.timeoutMs ?? VERSION_TIMEOUT_MS,
      env: options.env
    });
  } catch (e) {
    throw spawnError(e, velaPath, model);
  }
  if (out.timedOut) throw new VelaError("timeout", model, `"${velaPath} --version" did not answer`);
  const version = out.code === 0 ? parseVelaVersion(out.stdout) : null;
  if (!version) {
    throw new VelaError(
      "missing",
      model,
      `"${velaPath} --version" did not print a version (exit ${out.code ?? out.signal}): ${tail(out.stdout + out.stderr, 3)}`
    );
  }
  return version;
}
function networkName(modelName) {
  const stem = basename(modelName, extname(modelName)).replace(/[^A-Za-z0-9_.-]/g, "_");
  return stem === "" || stem.startsWith(".") ? "model" : stem;
}
async function readOptional(path) {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}
async function findOutput(dir, expected, suffix) {
  const exact = await readOptional(join(dir, expected));
  if (exact !== null) return exact;
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return null;
  }
  const found = names.find((n) => suffix.test(n));
  return found ? readOptional(join(dir, found)) : null;
}
function executable(velaPath) {
  return /[\\/]/.test(velaPath) ? resolve(velaPath) : velaPath;
}
async function runVela(options) {
  const velaPath = executable(options.velaPath ?? "vela");
  const timeoutMs = options.timeoutMs ?? DEFAULT_VELA_TIMEOUT_MS;
  const modelName = options.modelName ?? options.modelPath ?? "model";
  const targetId = options.target.id;
  let bytes = options.modelBytes;
  if (!bytes) {
    if (!options.modelPath) throw new TypeError("runVela needs modelPath or modelBytes");
    try {
      bytes = await readFile(options.modelPath);
    } catch (e) {
      throw new ModelFileError(modelName, "io-error", `cannot read the model: ${e.message}`);
    }
  }
  const model = options.model ?? readModel(bytes, { file: modelName });
  const version = options.version ?? await velaVersion(velaPath, { model: modelName, env: options.env });
  const dir = await mkdtemp(join(tmpdir(), "ethos-gate-vela-"));
  try {
    const net = networkName(modelName);
    const modelFile = `${net}.tflite`;
    const configFile = "mlia_vela.ini";
    const outputDir = "out";
    await writeFile(join(dir, modelFile), bytes);
    await writeFile(join(dir, configFile), velaIniFor(options.target, options.iniText));
    const args = velaArguments({ target: options.target, modelFile, outputDir, configFile });
    let out;
    try {
      out = await runProcess(velaPath, args, {
        cwd: dir,
        timeoutMs,
        env: options.env
      });
    } catch (e) {
      throw spawnError(e, velaPath, modelName, targetId);
    }
    if (out.timedOut) {
      throw new VelaError(
        "timeout",
        modelName,
        `Vela did not finish within ${timeoutMs / 1e3} s and was stopped`,
        targetId
      );
    }
    if (out.code !== 0) {
      const how = out.code === null ? `was killed by ${out.signal}` : `exited with code ${out.code}`;
      const said = tail(out.stderr) || tail(out.stdout);
      throw new VelaError("crashed", modelName, `Vela ${how}${said ? `:
${said}` : ""}`, targetId);
    }
    const outDir = join(dir, outputDir);
    const names = velaOutputNames(net, options.target.systemConfig.name);
    const files = {};
    try {
      const summaryText = await findOutput(outDir, names.summaryCsv, /_summary_.*\.csv$/);
      if (summaryText === null) throw new VelaOutputError(`Vela wrote no summary CSV (${names.summaryCsv})`);
      files.summaryCsv = summaryText;
      const perLayerText = await findOutput(outDir, names.perLayerCsv, /_per-layer\.csv$/);
      if (perLayerText === null) throw new VelaOutputError(`Vela wrote no per-layer CSV (${names.perLayerCsv})`);
      files.perLayerCsv = perLayerText;
      const dbText = await findOutput(outDir, names.debugDb, /_debug\.xml$/);
      const summary = toPerfSummary(parseSummaryCsv(summaryText));
      const rows = parsePerLayerCsv(perLayerText);
      const stdout = parseVelaStdout(`${out.stdout}
${out.stderr}`);
      let mapping = "names";
      let refs = null;
      if (dbText !== null) {
        refs = mapRowsWithDb(rows, parseDebugDb(dbText), model);
        mapping = "debug-db";
      } else {
        refs = mapRowsByName(rows, model);
      }
      const folded = foldVelaOutput({
        model,
        rows,
        refs,
        warnings: stdout.warnings,
        summary,
        macsPerCycle: options.target.macs
      });
      return {
        version,
        target: targetId,
        operators: folded.operators,
        performance: folded.performance,
        mapping,
        unmatchedWarnings: folded.unmatchedWarnings,
        raw: { stdout: out.stdout, stderr: out.stderr, files }
      };
    } catch (e) {
      if (e instanceof VelaOutputError) {
        throw new VelaError("unparsable", modelName, `cannot read Vela's output: ${e.message}`, targetId);
      }
      throw e;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function runPool(jobs, worker, concurrency) {
  const results = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      try {
        results[i] = { ok: true, value: await worker(jobs[i]) };
      } catch (error) {
        results[i] = { ok: false, error };
      }
    }
  };
  const lanes = Math.max(1, Math.min(concurrency, jobs.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
async function runVelaMany(jobs, options = {}) {
  const versions = /* @__PURE__ */ new Map();
  const versionOf = (job) => {
    const path = job.velaPath ?? "vela";
    let v = versions.get(path);
    if (!v) {
      v = velaVersion(path, { env: job.env });
      versions.set(path, v);
    }
    return v;
  };
  return runPool(
    jobs,
    async (job) => {
      let version = job.version;
      if (version === void 0) {
        try {
          version = await versionOf(job);
        } catch (e) {
          if (e instanceof VelaError) {
            throw new VelaError(e.code, job.modelName ?? job.modelPath ?? "model", e.detail, job.target.id);
          }
          throw e;
        }
      }
      return runVela({ ...job, version });
    },
    options.concurrency ?? availableParallelism()
  );
}

// src/vela/engine.ts
var ENGINE_CHOICES = ["builtin", "vela", "auto"];
function parseEngineChoice(value) {
  const v = value.trim().toLowerCase();
  if (ENGINE_CHOICES.includes(v)) return v;
  throw new TypeError(`engine must be one of ${ENGINE_CHOICES.join(", ")}, not "${value}"`);
}
function describeEngine(stamp) {
  return stamp.engine === "vela" ? `Vela ${stamp.version}` : `built-in engine ${stamp.version}`;
}
function assertComparable(path, base, head) {
  if (base.engine === head.engine && base.version === head.version) return;
  throw new VelaError(
    "mismatch",
    path,
    `base figures come from ${describeEngine(base)} but head figures from ${describeEngine(head)}; they are not compared (run both with the same engine and version)`
  );
}
function builtin(input, targets, options, warnings) {
  return {
    result: analyzeModel(input.bytes, input.path, targets, {
      performance: options.performance,
      exactWeights: options.exactWeights
    }),
    engine: { engine: "builtin", version: options.builtinVersion },
    warnings
  };
}
function targetResult(run, withPerformance) {
  const res = { target: run.target, ...summarisePlacement(run.operators), operators: run.operators };
  if (withPerformance) res.performance = run.performance;
  return res;
}
function errorMessage(e) {
  return isVelaError(e) ? e.message : e.message;
}
async function analyzeModelsWithEngine(inputs, targets, options) {
  if (options.engine === "builtin") return inputs.map((m) => builtin(m, targets, options, []));
  const velaPath = options.velaPath ?? "vela";
  let version;
  try {
    version = await velaVersion(velaPath, { env: options.env });
  } catch (e) {
    if (options.engine === "auto") {
      const why = `engine auto: Vela is not usable (${errorMessage(e)}); using the built-in engine`;
      return inputs.map((m) => builtin(m, targets, options, [why]));
    }
    const err = isVelaError(e) ? e : new VelaError("missing", velaPath, errorMessage(e));
    return inputs.map((m) => ({
      result: {
        path: m.path,
        sha256: sha256(m.bytes),
        velaCompiled: false,
        targets: [],
        error: { code: `vela-${err.code}`, message: `${m.path}: ${err.detail}` }
      },
      engine: { engine: "vela", version: "unknown" },
      warnings: []
    }));
  }
  const stamp = { engine: "vela", version };
  const models = inputs.map((m) => {
    try {
      const model = readModel(m.bytes, { file: m.path });
      return velaCompiledReason(model) ? null : model;
    } catch (e) {
      if (isModelFileError(e)) return null;
      throw e;
    }
  });
  const jobs = [];
  inputs.forEach((m, i) => {
    const model = models[i];
    if (!model) return;
    for (const target of targets) {
      jobs.push({
        model: i,
        job: {
          modelBytes: m.bytes,
          modelName: m.path,
          model,
          target,
          velaPath,
          version,
          timeoutMs: options.timeoutMs,
          iniText: options.iniText,
          env: options.env
        }
      });
    }
  });
  const settled = await runVelaMany(
    jobs.map((j) => j.job),
    { concurrency: options.concurrency }
  );
  return inputs.map((m, i) => {
    if (!models[i]) {
      const res = builtin(m, targets, options, []);
      return { ...res, engine: stamp };
    }
    const mine = jobs.map((j, k) => ({ j, s: settled[k] })).filter((x) => x.j.model === i);
    const failures = mine.flatMap((x) => x.s.ok ? [] : [x.s.error]);
    if (failures.length > 0 && options.engine === "auto") {
      const why = `engine auto: Vela failed on ${m.path} (${errorMessage(failures[0])}); using the built-in engine for this model`;
      return builtin(m, targets, options, [why]);
    }
    const result = {
      path: m.path,
      sha256: sha256(m.bytes),
      velaCompiled: false,
      description: models[i].description,
      targets: []
    };
    const warnings = [];
    for (const x of mine) {
      if (!x.s.ok) continue;
      const run = x.s.value;
      result.targets.push(targetResult(run, options.performance !== false));
      for (const w of run.unmatchedWarnings) {
        warnings.push(
          `${m.path} (${run.target}): Vela warned about ${w.operator} '${w.ofm}', which names no operator of the model: ${w.reason}`
        );
      }
      if (run.mapping === "names") {
        warnings.push(
          `${m.path} (${run.target}): Vela wrote no debug database; per-operator figures were matched by tensor name`
        );
      }
    }
    if (failures.length > 0) {
      const first = failures[0];
      const code = isVelaError(first) ? `vela-${first.code}` : "vela-crashed";
      result.error = { code, message: failures.map(errorMessage).join("\n") };
    }
    return { result, engine: stamp, warnings };
  });
}

export {
  VelaError,
  isVelaError,
  velaArguments,
  bundledVelaIni,
  DEFAULT_VELA_TIMEOUT_MS,
  velaVersion,
  runVela,
  runPool,
  runVelaMany,
  ENGINE_CHOICES,
  parseEngineChoice,
  describeEngine,
  assertComparable,
  analyzeModelsWithEngine
};
