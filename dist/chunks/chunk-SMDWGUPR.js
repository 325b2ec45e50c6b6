import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/report/format.ts
function formatInt(value) {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value);
  const sign = rounded < 0 ? "-" : "";
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatRate(perSecond) {
  if (!Number.isFinite(perSecond)) return String(perSecond);
  return Math.abs(perSecond) >= 100 ? formatInt(perSecond) : perSecond.toFixed(1);
}
function formatBytes(bytes) {
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${formatInt(bytes)} B`;
  if (abs < 1024 * 1024) return `${(bytes / 1024).toFixed(abs < 10 * 1024 ? 2 : 1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
}
function formatMs(ms) {
  if (!Number.isFinite(ms)) return "\u2013";
  const abs = Math.abs(ms);
  if (abs === 0) return "0 ms";
  if (abs < 0.01) return `${(ms * 1e3).toFixed(abs < 1e-3 ? 3 : 2)} \xB5s`;
  if (abs >= 1e3) return `${formatInt(ms)} ms`;
  if (abs >= 10) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(3)} ms`;
}
function formatPercent(ratio, digits = 1) {
  if (!Number.isFinite(ratio)) return "\u2013";
  return `${(ratio * 100).toFixed(digits)}%`;
}
function signed(text, value) {
  return value > 0 ? `+${text}` : text;
}
function relativeChange(base, head) {
  if (base === 0) return head === 0 ? 0 : void 0;
  return (head - base) / Math.abs(base);
}
function formatRelative(base, head) {
  const rel = relativeChange(base, head);
  if (rel === void 0) return "new";
  if (rel === 0) return "\xB10%";
  return signed(`${(rel * 100).toFixed(1)}%`, rel);
}
function formatPointsChange(baseRatio, headRatio) {
  const pp = (headRatio - baseRatio) * 100;
  if (Math.abs(pp) < 0.05) return "\xB10 pp";
  return signed(`${pp.toFixed(1)} pp`, pp);
}
function formatBytesChange(base, head) {
  const d = head - base;
  if (d === 0) return "\xB10 B";
  return signed(formatBytes(d), d);
}
function operatorRef(subgraph, index) {
  if (index < 0) return "added";
  return subgraph ? `${subgraph}:${index}` : String(index);
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// src/report/check-report.ts
function checkReport(results, opts = {}) {
  return {
    schemaVersion: 1,
    tool: opts.tool ?? { name: "ethos-gate", version: "", engine: "builtin", engineVersion: "" },
    targets: opts.targets ?? [...new Set(results.flatMap((r) => r.targets.map((t) => t.target)))],
    models: results.map((r) => ({ path: r.path, status: "unchanged", head: r })),
    findings: results.filter((r) => r.error && !r.velaCompiled).map((r) => ({ path: r.path, rule: "model-error", message: `${r.error.code}: ${r.error.message}` })),
    regressed: false,
    informational: false
  };
}

// src/report/escape.ts
function flatten(text) {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ");
}
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function defuseMentions(text) {
  return text.replace(/@/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B").replace(/(:\/\/|\bwww)(?=[.\w])/gi, "$1\u200B");
}
function escapeHtml(text) {
  return defuseMentions(flatten(text)).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
function escapeMarkdown(text) {
  return defuseMentions(flatten(text)).replace(/[\\`*_[\]#!|~$]/g, (c) => `\\${c}`).replace(/[&<>]/g, (c) => HTML_ENTITIES[c]);
}
function truncateMiddle(text, max) {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return chars.slice(0, head).join("") + "\u2026" + (tail > 0 ? chars.slice(chars.length - tail).join("") : "");
}

// src/report/advice.ts
var UTILISATION = { convVeryLow: 0.3, convLow: 0.55, depthwiseLow: 0.03 };
var CHANNEL_GRANULE = 16;
var HIGH_IMPACT_SHARE = 0.1;
var CONV_TYPES = /* @__PURE__ */ new Set(["CONV_2D", "CONV_3D", "FULLY_CONNECTED", "TRANSPOSE_CONV", "BATCH_MATMUL"]);
var DEPTHWISE_TYPES = /* @__PURE__ */ new Set(["DEPTHWISE_CONV_2D"]);
var LUT_ACTIVATIONS = {
  LOGISTIC: "a ReLU/ReLU6 where a gate is not needed, or HARD_SWISH",
  TANH: "a ReLU6 or clamp where the range allows",
  HARD_SWISH: "ReLU6, which fuses into the producing layer for free",
  GELU: "ReLU or ReLU6",
  EXP: "a formulation without exponentials where possible",
  LOG: "a formulation without logarithms where possible",
  ELU: "ReLU",
  LEAKY_RELU: "ReLU (an 8-bit LEAKY_RELU becomes a lookup table)",
  RSQRT: "a precomputed scale where the input is constant"
};
var EXPENSIVE_OPS = {
  SOFTMAX: "about 28 NPU operations for 8-bit data; keep it at the end of the model or replace it by an ARG_MAX"
};
function isOperatorTypeReason(rule, message) {
  return rule === "op.unsupported" || /unsupported op ?type/i.test(message);
}
function isFloatReason(rule, message) {
  return /float/i.test(message) || /(^|[._-])float/i.test(rule);
}
function adviseModel(input, options = {}) {
  const listLimit = options.listLimit ?? 5;
  const { result } = input;
  const advice = [];
  const ops = result.operators;
  const cpuOps = ops.filter((o) => o.placement === "CPU");
  const byId = new Map(ops.map((o) => [`${o.subgraph}:${o.index}`, o]));
  const list = (items) => describeOps(items, listLimit);
  const cpuOnly = cpuOps.filter((o) => o.reasons.some((r) => isOperatorTypeReason(r.rule, r.message)));
  if (cpuOnly.length) {
    const types = [...new Set(cpuOnly.map((o) => o.type))].sort();
    advice.push({
      id: "cpu-only-operators",
      severity: "warning",
      category: "compatibility",
      message: `${plural(cpuOnly.length, "operator")} ${cpuOnly.length === 1 ? "is" : "are"} CPU-only on ${result.target}: ${types.join(", ")}. Using operators the NPU supports instead will improve performance.`,
      operators: cpuOnly.map(adviceOperator)
    });
  }
  if (cpuOps.length && ops.length) {
    advice.push({
      id: "unsupported-ratio",
      severity: cpuOps.length === ops.length ? "error" : "warning",
      category: "compatibility",
      message: `${formatPercent(cpuOps.length / ops.length, 0)} of the operators (${cpuOps.length} of ${ops.length}) cannot be placed on the NPU of ${result.target}. Review the reasons in the operator table and adjust the model where possible.`,
      operators: cpuOps.map(adviceOperator)
    });
  } else if (ops.length) {
    advice.push({
      id: "all-on-npu",
      severity: "info",
      category: "compatibility",
      message: `${ops.length === 1 ? "The one operator runs" : `All ${ops.length} operators run`} on the NPU of ${result.target}; check the performance figures for the next gains.`
    });
  }
  const floatOps = cpuOps.filter((o) => o.reasons.some((r) => isFloatReason(r.rule, r.message)));
  if (floatOps.length && floatOps.length >= cpuOps.length / 2) {
    advice.push({
      id: "quantize-model",
      severity: "warning",
      category: "optimization",
      message: `${plural(floatOps.length, "operator")} ${floatOps.length === 1 ? "stays" : "stay"} on the CPU of ${result.target} because of floating-point tensors. Ethos-U runs 8-bit and 16-bit quantized operators only: quantize the model (full-integer post-training quantization, int8 or int16x8).`,
      operators: floatOps.map(adviceOperator)
    });
  }
  for (const other of input.otherTargets ?? []) {
    if (other.target === result.target) continue;
    const otherById = new Map(other.operators.map((o) => [`${o.subgraph}:${o.index}`, o]));
    const movable = cpuOps.filter((o) => otherById.get(`${o.subgraph}:${o.index}`)?.placement === "NPU");
    if (movable.length) {
      advice.push({
        id: "npu-on-other-target",
        severity: "info",
        category: "compatibility",
        message: `${plural(movable.length, "operator")} on the CPU of ${result.target} would run on the NPU of ${other.target}: ${list(movable)}.`,
        operators: movable.map(adviceOperator)
      });
    }
  }
  const { npu, cpu } = result.partitions;
  if (cpu > 0 && npu > 0 && npu + cpu > 2) {
    advice.push({
      id: "partitions",
      severity: npu + cpu > 4 ? "warning" : "info",
      category: "performance",
      message: `The model is split into ${plural(npu, "NPU partition")} and ${plural(cpu, "CPU partition")} on ${result.target}; each hand-over between NPU and CPU costs time. Moving CPU operators to the start or end of the model, or replacing them, reduces the splits.`
    });
  }
  const npuOps = ops.filter((o) => o.placement === "NPU");
  const lutTypes = [...new Set(npuOps.map((o) => o.type).filter((t) => t in LUT_ACTIVATIONS || t in EXPENSIVE_OPS))];
  for (const type of lutTypes.sort()) {
    const users = npuOps.filter((o) => o.type === type);
    const isLut = type in LUT_ACTIVATIONS;
    advice.push({
      id: isLut ? "lut-activation" : "expensive-operator",
      severity: "info",
      category: "performance",
      message: isLut ? `${plural(users.length, `${type} operator`)} run${users.length === 1 ? "s" : ""} on the NPU through a lookup table loaded for each use; if accuracy allows, consider ${LUT_ACTIVATIONS[type]}.` : `${plural(users.length, `${type} operator`)} expand${users.length === 1 ? "s" : ""} into ${EXPENSIVE_OPS[type]}.`,
      operators: users.map(adviceOperator)
    });
  }
  const perf = result.performance;
  if (perf && perf.layers.length) {
    const totalCycles = perf.layers.reduce((a, l) => a + l.cycles, 0) || 1;
    const opOf = (l) => {
      const o = byId.get(`${l.subgraph}:${l.operatorIndex}`);
      return { subgraph: l.subgraph, index: l.operatorIndex, type: l.type, name: o?.name ?? "" };
    };
    const share = (l) => l.cycles / totalCycles;
    const sorted = [...perf.layers].sort((a, b) => b.cycles - a.cycles);
    const top = sorted.slice(0, options.topLayers ?? 3).filter((l) => share(l) >= HIGH_IMPACT_SHARE);
    if (top.length) {
      advice.push({
        id: "high-impact-layers",
        severity: "info",
        category: "performance",
        message: `The layers with the most cycles on ${result.target}: ` + top.map((l) => `${layerLabel(opOf(l))} (${formatPercent(share(l))})`).join(", ") + ". Optimizing these gives the largest gains.",
        operators: top.map(opOf)
      });
    }
    const withMacs = sorted.filter((l) => l.macs > 0);
    const veryLow = withMacs.filter((l) => CONV_TYPES.has(l.type) && l.macUtilisation < UTILISATION.convVeryLow);
    const low = withMacs.filter(
      (l) => CONV_TYPES.has(l.type) && l.macUtilisation >= UTILISATION.convVeryLow && l.macUtilisation < UTILISATION.convLow
    );
    const dwLow = withMacs.filter((l) => DEPTHWISE_TYPES.has(l.type) && l.macUtilisation < UTILISATION.depthwiseLow);
    const utilAdvice = (id, severity, layers, kind, what) => {
      if (!layers.length) return;
      advice.push({
        id,
        severity,
        category: "performance",
        message: `${plural(layers.length, "layer")}${kind} ${layers.length === 1 ? "uses" : "use"} ${what} on ${result.target}: ` + describeLayers(layers, opOf, listLimit) + ". Channel counts that fill the NPU (multiples of 16) and larger feature maps raise utilisation.",
        operators: layers.map(opOf)
      });
    };
    utilAdvice(
      "mac-utilisation-very-low",
      "warning",
      veryLow,
      "",
      `under ${formatPercent(UTILISATION.convVeryLow, 0)} of the NPU's MACs (very low)`
    );
    utilAdvice(
      "mac-utilisation-low",
      "info",
      low,
      "",
      `under ${formatPercent(UTILISATION.convLow, 0)} of the NPU's MACs (low)`
    );
    utilAdvice(
      "depthwise-utilisation-low",
      "info",
      dwLow,
      " (depthwise)",
      `under ${formatPercent(UTILISATION.depthwiseLow, 0)} of the NPU's MACs`
    );
    const memBound = sorted.filter((l) => l.memoryBound);
    if (memBound.length) {
      const memShare = memBound.reduce((a, l) => a + share(l), 0);
      advice.push({
        id: "memory-bound-layers",
        severity: memShare >= 0.5 ? "warning" : "info",
        category: "performance",
        message: `${plural(memBound.length, "layer")} ${memBound.length === 1 ? "is" : "are"} memory-bound on ${result.target} (${formatPercent(memShare)} of the cycles): ${describeLayers(memBound, opOf, listLimit)}. Smaller weights (pruning, clustering) or feature maps that fit in SRAM help more than extra MACs.`,
        operators: memBound.map(opOf)
      });
    }
  }
  if (input.model) {
    const wasteful = channelWaste(input.model, npuOps).sort((a, b) => b.wastedMacs - a.wastedMacs);
    if (wasteful.length) {
      advice.push({
        id: "channel-granularity",
        severity: "info",
        category: "performance",
        message: `${plural(wasteful.length, "NPU layer")} ${wasteful.length === 1 ? "has" : "have"} an output channel count that is not a multiple of ${CHANNEL_GRANULE}: ` + wasteful.slice(0, listLimit).map((w) => `${layerLabel(adviceOperator(w.op))} (${w.channels} channels computed as ${w.padded})`).join(", ") + (wasteful.length > listLimit ? ` and ${wasteful.length - listLimit} more` : "") + `. The NPU computes channels in blocks of ${CHANNEL_GRANULE}: rounding the count up costs nothing extra in time.`,
        operators: wasteful.map((w) => adviceOperator(w.op))
      });
    }
  }
  if (input.optimization) advice.push(...optimizationAdvice(input.optimization, result.target));
  return advice;
}
function channelWaste(model, npuOps) {
  const out = [];
  for (const o of npuOps) {
    if (o.macs <= 0) continue;
    const sg = model.subgraphs[o.subgraph];
    const op = sg?.operators[o.index];
    const shape = op ? sg.tensors[op.outputs[0]]?.shape : void 0;
    const channels = shape?.[shape.length - 1];
    if (!channels || channels <= 0 || channels % CHANNEL_GRANULE === 0) continue;
    const padded = Math.ceil(channels / CHANNEL_GRANULE) * CHANNEL_GRANULE;
    out.push({ op: o, channels, padded, wastedMacs: o.macs * (padded - channels) / channels });
  }
  return out;
}
function optimizationAdvice(opt, target) {
  const metrics = [
    { label: "inference time", before: opt.before.inferenceTimeMs, after: opt.after.inferenceTimeMs },
    { label: "NPU cycles", before: opt.before.npuCycles, after: opt.after.npuCycles },
    { label: "SRAM used", before: opt.before.sramUsedBytes, after: opt.after.sramUsedBytes },
    { label: "DRAM used", before: opt.before.dramUsedBytes, after: opt.after.dramUsedBytes },
    {
      label: "flash used",
      before: opt.before.onChipFlashUsedBytes + opt.before.offChipFlashUsedBytes,
      after: opt.after.onChipFlashUsedBytes + opt.after.offChipFlashUsedBytes
    }
  ].filter((m) => m.before > 0 && m.before !== m.after);
  const improved = metrics.filter((m) => m.after < m.before);
  const degraded = metrics.filter((m) => m.after > m.before);
  const pct = (m) => formatPercent(Math.abs(m.after - m.before) / m.before);
  const applied = opt.techniques.join(", ") || "the optimization";
  const parts = [`With ${applied} on ${target}:`];
  const changes = [];
  if (improved.length) changes.push(`improved ${improved.map((m) => `${m.label} by ${pct(m)}`).join(", ")}`);
  if (degraded.length) changes.push(`degraded ${degraded.map((m) => `${m.label} by ${pct(m)}`).join(", ")}`);
  parts.push(changes.length ? `${changes.join("; ")}.` : "no change in the estimated figures.");
  if (improved.length && opt.nextTechniques?.length) {
    parts.push(
      `Try pushing further (${opt.nextTechniques.join(" and/or ")}) to check whether the results improve more.`
    );
  } else if (degraded.length && !improved.length) {
    parts.push("Try other optimization types or targets.");
  }
  return [
    {
      id: "optimization-results",
      severity: degraded.length && !improved.length ? "warning" : "info",
      category: "optimization",
      message: parts.join(" ")
    },
    {
      id: "optimization-accuracy",
      severity: "warning",
      category: "optimization",
      message: "Optimizations change the model numerically: check its accuracy, and tune or fine-tune it again if needed."
    }
  ];
}
function adviceOperator(o) {
  return { subgraph: o.subgraph, index: o.index, type: o.type, name: o.name };
}
function layerLabel(o) {
  const where = o.subgraph ? `${o.subgraph}:${o.index}` : `${o.index}`;
  return `#${where} ${o.type}${o.name ? ` "${truncateMiddle(o.name, 48)}"` : ""}`;
}
function describeOps(items, limit) {
  const shown = items.slice(0, limit).map((o) => layerLabel(adviceOperator(o)));
  return shown.join(", ") + (items.length > limit ? ` and ${items.length - limit} more` : "");
}
function describeLayers(layers, opOf, limit) {
  const shown = layers.slice(0, limit).map((l) => `${layerLabel(opOf(l))} ${formatPercent(l.macUtilisation)} utilisation`);
  return shown.join(", ") + (layers.length > limit ? ` and ${layers.length - limit} more` : "");
}

// src/report/summary-rows.ts
function flashBytes(t) {
  const s = t?.performance?.summary;
  return s ? s.onChipFlashUsedBytes + s.offChipFlashUsedBytes : void 0;
}
function dramBytes(t) {
  return t?.performance?.summary.dramUsedBytes;
}
function anyDram(rows) {
  return rows.some((r) => (dramBytes(r.head) ?? 0) > 0 || (dramBytes(r.base) ?? 0) > 0);
}
function modelTargets(report, m) {
  const ids = /* @__PURE__ */ new Set();
  for (const r of [m.head, m.base]) for (const t of r?.targets ?? []) ids.add(t.target);
  const ordered = report.targets.filter((t) => ids.has(t));
  for (const t of ids) if (!ordered.includes(t)) ordered.push(t);
  return ordered;
}
function summaryRows(report) {
  const rows = [];
  for (const m of report.models) {
    const findings = report.findings.filter(
      (f) => f.path === m.path || m.basePath !== void 0 && f.path === m.basePath
    );
    const error = m.head?.error ?? (m.head ? void 0 : m.base?.error);
    const targets = modelTargets(report, m);
    if (!targets.length) {
      rows.push({ path: m.path, target: "", status: m.status, error, findings });
      continue;
    }
    for (const target of targets) {
      rows.push({
        path: m.path,
        target,
        status: m.status,
        head: m.head?.targets.find((t) => t.target === target),
        base: m.base?.targets.find((t) => t.target === target),
        error,
        findings: findings.filter((f) => f.target === void 0 || f.target === target)
      });
    }
  }
  return rows;
}
function countModels(report) {
  const counts = { added: 0, modified: 0, renamed: 0, removed: 0, unchanged: 0, errors: 0 };
  for (const m of report.models) {
    counts[m.status]++;
    if (m.head?.error) counts.errors++;
  }
  return counts;
}

// src/report/terminal.ts
var ANSI = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39]
};
function sanitizeTerminal(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}
function visibleLength(text) {
  return Array.from(text.replace(/\u001b\[[0-9;]*m/g, "")).length;
}
function layout(rows, rightAligned, indent = "  ") {
  const widths = [];
  for (const row of rows) row.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, visibleLength(c)));
  return rows.map(
    (row) => (indent + row.map((c, i) => {
      const pad = " ".repeat(widths[i] - visibleLength(c));
      return rightAligned[i] ? pad + c : c + pad;
    }).join("  ")).trimEnd()
  );
}
function renderTerminal(report, opts) {
  const paint = (style, text) => opts.color ? `\x1B[${ANSI[style][0]}m${text}\x1B[${ANSI[style][1]}m` : text;
  const lines = [];
  const failed = report.findings.length;
  const verdict = !failed ? paint("green", "\u2713 all checks passed") : report.informational ? paint("yellow", `! ${plural(failed, "check")} would fail (informational)`) : paint("red", `\u2717 ${plural(failed, "check")} failed`);
  const name = [report.tool.name, report.tool.version].filter(Boolean).join(" ");
  lines.push(`${paint("bold", name)}  ${verdict}`);
  for (const f of report.findings) {
    const where = `${sanitizeTerminal(f.path)}${f.target ? ` on ${sanitizeTerminal(f.target)}` : ""}`;
    lines.push(`  ${paint(report.informational ? "yellow" : "red", "\u2717")} ${where}: ${sanitizeTerminal(f.message)}`);
  }
  const rows = summaryRows(report);
  for (const m of report.models) {
    lines.push(
      "",
      ...renderModel(
        m,
        rows.filter((r) => r.path === m.path),
        opts,
        paint
      )
    );
  }
  return lines.join("\n") + "\n";
}
function renderResultsTerminal(results, opts) {
  return renderTerminal(checkReport(results, opts), opts);
}
function renderModel(m, rows, opts, paint) {
  const out = [];
  const result = m.head ?? m.base;
  const status = m.basePath ? `${m.status} from ${sanitizeTerminal(m.basePath)}` : m.status;
  const tag = m.base || m.status !== "unchanged" ? paint("dim", ` (${status})`) : "";
  out.push(paint("bold", sanitizeTerminal(m.path)) + tag);
  if (!result) return out;
  if (m.status === "removed") return [...out, "  removed"];
  if (result.error) {
    return [
      ...out,
      `  ${paint("yellow", sanitizeTerminal(result.error.code))}: ${sanitizeTerminal(result.error.message)}`
    ];
  }
  const compared = rows.some((r) => r.base && r.head);
  const withDram = anyDram(rows);
  const header = [
    "Target",
    "NPU",
    "CPU",
    "Coverage",
    ...compared ? ["\u0394 cov."] : [],
    "Time",
    ...compared ? ["\u0394 time"] : [],
    "SRAM",
    "Flash",
    ...withDram ? ["DRAM"] : []
  ];
  const table = [header.map((h) => paint("dim", h))];
  for (const r of rows) {
    const t = r.head ?? r.base;
    if (!t) continue;
    const s = r.head?.performance?.summary;
    const b = r.base?.performance?.summary;
    const covChange = r.base && r.head ? formatPointsChange(r.base.npuCoverage, r.head.npuCoverage) : "";
    const timeChange = s && b ? formatRelative(b.inferenceTimeMs, s.inferenceTimeMs) : "";
    const worse = (text, bad) => text && bad ? paint("red", text) : text;
    const withChange = (now, before) => now !== void 0 ? formatBytes(now) + (before !== void 0 && before !== now ? ` (${formatBytesChange(before, now)})` : "") : "\u2013";
    table.push([
      sanitizeTerminal(r.target) + (r.findings.length ? ` ${paint("red", "\u2717")}` : ""),
      String(t.npuOperators),
      t.cpuOperators ? paint("yellow", String(t.cpuOperators)) : "0",
      formatPercent(t.npuCoverage),
      ...compared ? [worse(covChange, !!(r.base && r.head && r.head.npuCoverage < r.base.npuCoverage))] : [],
      s ? formatMs(s.inferenceTimeMs) : "\u2013",
      ...compared ? [worse(timeChange, !!(s && b && s.inferenceTimeMs > b.inferenceTimeMs))] : [],
      withChange(s?.sramUsedBytes, b?.sramUsedBytes),
      withChange(flashBytes(r.head), flashBytes(r.base)),
      ...withDram ? [withChange(dramBytes(r.head), dramBytes(r.base))] : []
    ]);
  }
  const right = header.map((_, i) => i > 0);
  out.push(...layout(table, right));
  const targets = rows.map((r) => r.head).filter((t) => t !== void 0);
  out.push(...cpuOperatorLines(targets, opts, paint));
  for (const t of targets) {
    const layers = [...t.performance?.layers ?? []].sort((a, b) => b.cycles - a.cycles).slice(0, opts.topLayers ?? 5);
    if (!layers.length) continue;
    const total = t.performance.layers.reduce((a, l) => a + l.cycles, 0) || 1;
    const list = layers.map(
      (l) => `#${operatorRef(l.subgraph, l.operatorIndex)} ${l.type} ${formatPercent(l.cycles / total)}${l.memoryBound ? " (memory)" : ""}`
    ).join(", ");
    out.push(`  ${paint("dim", `top layers ${sanitizeTerminal(t.target)}:`)} ${list}`);
  }
  if (opts.advice !== false) {
    const seen = /* @__PURE__ */ new Set();
    for (const t of targets) {
      for (const a of adviseModel({ result: t, otherTargets: targets.filter((o) => o !== t) })) {
        if (a.severity === "info" || seen.has(a.id)) continue;
        seen.add(a.id);
        out.push(`  ${paint("yellow", "!")} ${sanitizeTerminal(a.message)}`);
      }
    }
  }
  return out;
}
function cpuOperatorLines(targets, opts, paint) {
  const byOp = /* @__PURE__ */ new Map();
  for (const t of targets) {
    for (const o of t.operators) {
      if (o.placement !== "CPU") continue;
      const key = `${o.subgraph}:${o.index}`;
      const entry = byOp.get(key) ?? {
        label: `#${o.subgraph ? key : o.index} ${o.type}${o.name ? ` ${truncateMiddle(sanitizeTerminal(o.name), 50)}` : ""}`,
        reasons: /* @__PURE__ */ new Map()
      };
      const reason = sanitizeTerminal(o.reasons.map((r) => r.message).join("; ") || "no reason given");
      entry.reasons.set(reason, [...entry.reasons.get(reason) ?? [], t.target]);
      byOp.set(key, entry);
    }
  }
  if (!byOp.size) return [];
  const limit = opts.cpuOperatorLimit ?? 20;
  const lines = [`  ${paint("yellow", `CPU operators (${byOp.size}):`)}`];
  for (const { label, reasons } of [...byOp.values()].slice(0, limit)) {
    const why = [...reasons.entries()].map(
      ([reason, ts]) => reasons.size > 1 || ts.length < targets.length ? `${reason} [${ts.map(sanitizeTerminal).join(", ")}]` : reason
    ).join(" | ");
    lines.push(`    ${label}: ${why}`);
  }
  if (byOp.size > limit) lines.push(`    \u2026 and ${byOp.size - limit} more`);
  return lines;
}

export {
  formatInt,
  formatRate,
  formatBytes,
  formatMs,
  formatPercent,
  formatRelative,
  formatPointsChange,
  formatBytesChange,
  operatorRef,
  plural,
  escapeHtml,
  escapeMarkdown,
  truncateMiddle,
  adviseModel,
  flashBytes,
  dramBytes,
  anyDram,
  modelTargets,
  summaryRows,
  countModels,
  checkReport,
  sanitizeTerminal,
  renderTerminal,
  renderResultsTerminal
};
