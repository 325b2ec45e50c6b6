import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  BUNDLED_INI_NAME,
  assembleProfile,
  builtinProfiles,
  bundledMliaConfig,
  describeTarget
} from "./chunk-SLRNASFL.js";
import {
  markdownTable
} from "./chunk-CIWQW54I.js";
import {
  adviseModel,
  anyDram,
  countModels,
  dramBytes,
  escapeHtml,
  escapeMarkdown,
  flashBytes,
  formatBytes,
  formatBytesChange,
  formatInt,
  formatMs,
  formatPercent,
  formatPointsChange,
  formatRate,
  formatRelative,
  modelTargets,
  operatorRef,
  plural,
  summaryRows,
  truncateMiddle
} from "./chunk-SMDWGUPR.js";
import {
  MEMORY_MODE_PREFIX,
  SYSTEM_CONFIG_PREFIX,
  TargetError,
  analyzeReadModel,
  memoryModeNames,
  parseAccelerator,
  readMemoryMode,
  readSystemConfig,
  systemConfigNames
} from "./chunk-CSLGV3ZU.js";
import {
  ModelFileError,
  isModelFileError,
  readModel,
  readModelPrefix
} from "./chunk-DB7Z7Q6U.js";

// src/report/compare.ts
function operatorKeys(operators) {
  const seen = /* @__PURE__ */ new Map();
  const keyed = /* @__PURE__ */ new Map();
  for (const op of operators) {
    const base = `${op.subgraph}\0${op.type}\0${op.name}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keyed.set(`${base}\0${n}`, op);
  }
  return keyed;
}
function cyclesByOperator(target) {
  const cycles = /* @__PURE__ */ new Map();
  for (const layer of target.performance?.layers ?? []) {
    const id = `${layer.subgraph}:${layer.operatorIndex}`;
    cycles.set(id, (cycles.get(id) ?? 0) + layer.cycles);
  }
  return cycles;
}
var opId = (op) => `${op.subgraph}:${op.index}`;
var PERF_FIGURES = [
  { id: "inferenceTimeMs", label: "Inference time", unit: "ms" },
  { id: "inferencesPerSecond", label: "Inferences per second", unit: "per-second" },
  { id: "totalCycles", label: "Total cycles", unit: "cycles" },
  { id: "npuCycles", label: "NPU cycles", unit: "cycles" },
  { id: "macs", label: "MACs", unit: "count" },
  { id: "sramUsedBytes", label: "SRAM used", unit: "bytes" },
  { id: "dramUsedBytes", label: "DRAM used", unit: "bytes" },
  { id: "onChipFlashUsedBytes", label: "On-chip flash used", unit: "bytes" },
  { id: "offChipFlashUsedBytes", label: "Off-chip flash used", unit: "bytes" },
  { id: "weightsOriginalBytes", label: "Weights (original)", unit: "bytes" },
  { id: "weightsEncodedBytes", label: "Weights (NPU encoded)", unit: "bytes" }
];
function figureChanges(base, head) {
  const figures = [
    {
      id: "npuCoverage",
      label: "NPU coverage (operators)",
      unit: "ratio",
      base: base.npuCoverage,
      head: head.npuCoverage
    },
    { id: "macCoverage", label: "NPU coverage (MACs)", unit: "ratio", base: base.macCoverage, head: head.macCoverage },
    { id: "npuOperators", label: "NPU operators", unit: "count", base: base.npuOperators, head: head.npuOperators },
    { id: "cpuOperators", label: "CPU operators", unit: "count", base: base.cpuOperators, head: head.cpuOperators },
    {
      id: "partitions.npu",
      label: "NPU partitions",
      unit: "count",
      base: base.partitions.npu,
      head: head.partitions.npu
    },
    {
      id: "partitions.cpu",
      label: "CPU partitions",
      unit: "count",
      base: base.partitions.cpu,
      head: head.partitions.cpu
    }
  ];
  const b = base.performance?.summary;
  const h = head.performance?.summary;
  if (b && h) {
    for (const f of PERF_FIGURES) {
      figures.push({ id: f.id, label: f.label, unit: f.unit, base: b[f.id], head: h[f.id] });
    }
  }
  return figures;
}
function compareTargets(base, head) {
  const baseOps = operatorKeys(base.operators);
  const headOps = operatorKeys(head.operators);
  const placementChanges = [];
  const addedOperators = [];
  const removedOperators = [];
  for (const [key, h] of headOps) {
    const b = baseOps.get(key);
    if (!b) addedOperators.push(h);
    else if (b.placement !== h.placement) placementChanges.push({ base: b, head: h });
  }
  for (const [key, b] of baseOps) if (!headOps.has(key)) removedOperators.push(b);
  placementChanges.sort((x, y) => rankMove(x) - rankMove(y));
  const baseCycles = cyclesByOperator(base);
  const headCycles = cyclesByOperator(head);
  const layerChanges = [];
  if (base.performance && head.performance) {
    for (const [key, h] of headOps) {
      const b = baseOps.get(key);
      const hc = headCycles.get(opId(h)) ?? 0;
      const bc = b ? baseCycles.get(opId(b)) ?? 0 : 0;
      if (hc !== bc)
        layerChanges.push({
          operator: h,
          baseCycles: bc,
          headCycles: hc,
          basePlacement: b?.placement,
          headPlacement: h.placement
        });
    }
    for (const b of removedOperators) {
      const bc = baseCycles.get(opId(b)) ?? 0;
      if (bc) layerChanges.push({ operator: b, baseCycles: bc, headCycles: 0, basePlacement: b.placement });
    }
    layerChanges.sort((x, y) => Math.abs(y.headCycles - y.baseCycles) - Math.abs(x.headCycles - x.baseCycles));
  }
  return {
    target: head.target,
    placementChanges,
    addedOperators,
    removedOperators,
    layerChanges,
    cpuOperators: head.operators.filter((o) => o.placement === "CPU"),
    figures: figureChanges(base, head)
  };
}
function rankMove(c) {
  return c.head.placement === "CPU" ? 0 : 1;
}
function hasChanges(c) {
  return c.placementChanges.length > 0 || c.addedOperators.length > 0 || c.removedOperators.length > 0 || c.layerChanges.length > 0 || c.figures.some((f) => f.base !== f.head);
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var MARKER = "ethos-gate";
var NAME_WIDTH = 60;
function renderMarkdown(report, opts = {}) {
  const budget = opts.maxLength ?? GITHUB_COMMENT_LIMIT;
  const marker = `<!-- ${MARKER}${opts.markerKey ? `:${sanitizeMarkerKey(opts.markerKey)}` : ""} -->`;
  const sections = report.models.map((m) => new ModelSection(report, m, opts));
  const head = [marker, headline(report), findingsList(report)].filter(Boolean).join("\n\n");
  const foot = footer(report, opts);
  let rows = summaryRows(report);
  let rowsDropped = 0;
  const columns = { informational: report.informational, compared: report.models.some((m) => m.base) };
  let table = summaryTable(rows, rowsDropped, columns);
  const parts = (notice2) => [head, notice2, table, ...sections.map((s) => s.render()), foot].filter((p) => p.length > 0);
  const lengthOf = (notice2) => {
    const ps = parts(notice2);
    return ps.reduce((a, p) => a + p.length, 0) + 2 * (ps.length - 1) + 1;
  };
  const assemble = (notice2) => parts(notice2).join("\n\n") + "\n";
  const notice = truncationNotice(opts, budget);
  for (const s of sections) s.level = 2 /* ChartOnly */;
  let used = lengthOf("");
  if (used <= budget) {
    const bySize = [...sections].sort((x, y) => x.estimate(0 /* Full */) - y.estimate(0 /* Full */));
    const failedAt = /* @__PURE__ */ new Map();
    for (const s of bySize) {
      for (const level of [0 /* Full */, 1 /* CpuOperatorsOnly */]) {
        const estimate = s.estimate(level);
        if (used + estimate > budget || estimate >= (failedAt.get(level) ?? Infinity)) continue;
        const before = s.render().length;
        s.level = level;
        const extra = s.render().length - before;
        if (used + extra <= budget) {
          used += extra;
          break;
        }
        s.level = 2 /* ChartOnly */;
        failedAt.set(level, Math.min(estimate, failedAt.get(level) ?? Infinity));
      }
    }
    if (sections.every((s) => s.level === 0 /* Full */)) return assemble("");
    while (lengthOf(notice) > budget) {
      const detailed = sections.filter((s) => s.level < 2 /* ChartOnly */);
      if (!detailed.length) break;
      detailed.reduce((x, y) => y.render().length > x.render().length ? y : x).level++;
    }
  }
  for (; ; ) {
    if (lengthOf(notice) <= budget) return assemble(notice);
    const next = pickLargest(sections);
    if (!next) break;
    next.level++;
  }
  while (rows.length > 1) {
    const keep = Math.max(1, Math.floor(rows.length * 0.8));
    rowsDropped += rows.length - keep;
    rows = rows.slice(0, keep);
    table = summaryTable(rows, rowsDropped, columns);
    if (lengthOf(notice) <= budget) return assemble(notice);
  }
  const cut = "\n\n\u2026 (cut at the length limit)\n";
  return assemble(notice).slice(0, Math.max(0, budget - cut.length)) + cut;
}
function pickLargest(sections) {
  for (let level = 2 /* ChartOnly */; level <= 3 /* Line */; level++) {
    const candidates = sections.filter((s) => s.level === level && s.render().length > 0);
    if (candidates.length) return candidates.reduce((x, y) => y.render().length > x.render().length ? y : x);
  }
  return void 0;
}
function sanitizeMarkerKey(key) {
  return key.replace(/[^A-Za-z0-9._/:-]/g, "_").slice(0, 100);
}
function truncationNotice(opts, budget) {
  const where = opts.fullReportUrl ? `[${escapeMarkdown(opts.fullReportLabel ?? "the full report")}](${safeUrl(opts.fullReportUrl)})` : "the job summary and the report artifact of this run";
  const limit = budget === GITHUB_COMMENT_LIMIT || budget === GITHUB_COMMENT_LIMIT - 1 ? `GitHub's ${formatInt(budget)}-character comment limit` : `the ${formatInt(budget)}-character limit`;
  return `> [!NOTE]
> This report was shortened to fit ${limit}: some per-model details and charts are left out. Everything is in ${where}.`;
}
function safeUrl(url) {
  return /^https?:\/\//i.test(url) ? url.replace(/[\s()<>]/g, encodeURIComponent) : "#";
}
function headline(report) {
  const failed = report.findings.length;
  const counts = countModels(report);
  let title;
  if (failed && !report.informational) title = `### \u274C ethos-gate: ${plural(failed, "check")} failed`;
  else if (failed) title = `### \u26A0\uFE0F ethos-gate: ${plural(failed, "check")} would fail (informational run)`;
  else title = "### \u2705 ethos-gate: all checks passed";
  const changed = ["added", "modified", "renamed", "removed"].filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`);
  const facts = [
    `${plural(report.models.length, "model")}${changed.length ? ` (${changed.join(", ")})` : ""}`,
    `on ${report.targets.map((t) => `**${escapeMarkdown(t)}**`).join(", ") || "no targets"}`
  ];
  if (counts.errors) facts.push(`${plural(counts.errors, "model")} could not be analysed`);
  return `${title}

${facts.join(" \xB7 ")}`;
}
function findingsList(report) {
  if (!report.findings.length) return "";
  const icon = report.informational ? "\u26A0\uFE0F" : "\u274C";
  const limit = 30;
  const lines = report.findings.slice(0, limit).map(
    (f) => `- ${icon} **${escapeMarkdown(truncateMiddle(f.path, NAME_WIDTH))}**${f.target ? ` on ${escapeMarkdown(f.target)}` : ""}: ${escapeMarkdown(f.message)}`
  );
  if (report.findings.length > limit) lines.push(`- \u2026 and ${report.findings.length - limit} more`);
  return lines.join("\n");
}
function statusCell(row, informational) {
  if (row.error) return `\u26A0\uFE0F ${escapeMarkdown(row.error.code)}`;
  const verdict = row.findings.length ? informational ? "\u26A0\uFE0F would fail" : "\u274C failed" : "\u2705";
  return row.status === "unchanged" && !row.base ? verdict : `${verdict} \xB7 ${row.status}`;
}
function summaryTable(rows, dropped, columns) {
  const { informational, compared: withBase } = columns;
  const headers = [
    "Model",
    "Target",
    "NPU coverage",
    "vs base",
    "Est. time",
    "vs base",
    "SRAM",
    "Flash",
    "DRAM",
    "Status"
  ];
  const align = ["left", "left", "right", "right", "right", "right", "right", "right", "right", "left"];
  const withDram = anyDram(rows);
  const shown = (cells2) => cells2.filter((_, i) => (withBase || i !== 3 && i !== 5) && (withDram || i !== 8));
  let lastPath = "";
  const cells = rows.map((r) => {
    const path = r.path === lastPath ? "" : escapeMarkdown(truncateMiddle(r.path, NAME_WIDTH));
    lastPath = r.path;
    const t = r.head ?? r.base;
    const compared = r.head && r.base;
    const hs = r.head?.performance?.summary;
    const bs = r.base?.performance?.summary;
    const withChange = (value, change) => change ? `${value} (${change})` : value;
    const bytesCell = (now, before) => now !== void 0 ? withChange(
      formatBytes(now),
      before !== void 0 && before !== now ? formatBytesChange(before, now) : void 0
    ) : "\u2013";
    return [
      path,
      escapeMarkdown(r.target),
      t ? `${formatPercent(t.npuCoverage)} (${t.npuOperators}/${t.npuOperators + t.cpuOperators})` : "\u2013",
      compared ? formatPointsChange(r.base.npuCoverage, r.head.npuCoverage) : "",
      hs ? formatMs(hs.inferenceTimeMs) : r.head ? "\u2013" : bs ? `~~${formatMs(bs.inferenceTimeMs)}~~` : "\u2013",
      hs && bs ? formatRelative(bs.inferenceTimeMs, hs.inferenceTimeMs) : "",
      bytesCell(hs?.sramUsedBytes, bs?.sramUsedBytes),
      bytesCell(flashBytes(r.head), flashBytes(r.base)),
      bytesCell(dramBytes(r.head), dramBytes(r.base)),
      statusCell(r, informational)
    ];
  });
  const body = cells.map(shown);
  if (dropped) body.push([`\u2026 ${plural(dropped, "more row")} in the full report`]);
  return markdownTable(shown(headers), shown(align), body);
}
function footer(report, opts) {
  const parts = [
    `${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}`,
    `${report.tool.engine === "builtin" ? "built-in estimator" : "Vela"} (${escapeMarkdown(report.tool.engineVersion)})`
  ];
  if (opts.now) parts.push(opts.now.toISOString().replace(/\.\d+Z$/, "Z"));
  if (opts.runUrl) parts.push(`[workflow run](${safeUrl(opts.runUrl)})`);
  const sampled = report.models.some(
    (m) => [m.head, m.base].some((r) => r?.targets.some((t) => t.performance?.summary.weightsSizing === "sampled"))
  );
  const weightsNote = sampled ? " Encoded sizes of large weight tensors come from an exact encoding of a spread sample of their blocks (`exact-weights: true` encodes every weight)." : "";
  return `<sub>${parts.join(" \xB7 ")}. Estimates are for the NPU; CPU operators get no time.${weightsNote}</sub>`;
}
var ModelSection = class {
  constructor(report, model, opts) {
    this.report = report;
    this.model = model;
    this.opts = opts;
  }
  level = 0 /* Full */;
  cache = /* @__PURE__ */ new Map();
  /**
   * A cheap estimate, from below, of the characters `level` adds over the chart-only rendering (operator
   * rows, top-layer rows, the figure table; escaping only lengthens them), so hopeless upgrades are
   * skipped without building them.
   */
  estimate(level) {
    if (level >= 2 /* ChartOnly */) return 0;
    const result = this.model.head ?? this.model.base;
    const ts = result?.targets ?? [];
    const first = ts[0];
    if (!first || result?.error || this.model.status === "removed") return 0;
    const rows = level === 0 /* Full */ ? first.operators : first.operators.filter((_, i) => ts.some((t) => t.operators[i]?.placement === "CPU"));
    const operatorRows = rows.reduce(
      (a, o) => a + Math.min(o.name.length, NAME_WIDTH) + o.type.length + 10 + 6 * ts.length,
      0
    );
    const layerRows = ts.reduce((a, t) => a + Math.min(this.topLayers, t.performance?.layers.length ?? 0) * 40, 0);
    const compared = this.model.base && this.model.head && this.model.status !== "unchanged";
    const figureRows = compared ? 17 * (20 + 10 * ts.length) : 0;
    return operatorRows + layerRows + figureRows;
  }
  render() {
    let text = this.cache.get(this.level);
    if (text === void 0) {
      text = this.build(this.level);
      this.cache.set(this.level, text);
    }
    return text;
  }
  build(level) {
    const m = this.model;
    const result = m.head ?? m.base;
    const title = `#### ${escapeMarkdown(m.path)}${m.basePath ? ` (renamed from ${escapeMarkdown(m.basePath)})` : ""}`;
    if (level === 4 /* Gone */) return "";
    if (level === 3 /* Line */) return `${title}

Details left out here: see the full report.`;
    if (!result) return title;
    const parts = [title];
    if (result.description) parts.push(`<sub>${escapeMarkdown(truncateMiddle(result.description, 200))}</sub>`);
    if (m.status === "removed") {
      parts.push("Removed in this pull request.");
      return parts.join("\n\n");
    }
    if (result.error) {
      parts.push(`\u26A0\uFE0F ${escapeMarkdown(result.error.code)}: ${escapeMarkdown(result.error.message)}`);
      return parts.join("\n\n");
    }
    const targets = modelTargets(this.report, m).map((id) => result.targets.find((t) => t.target === id)).filter((t) => t !== void 0);
    const chartTarget = targets.find((t) => t.performance?.layers.length);
    const charts = this.opts.charts !== false;
    if (chartTarget && charts) parts.push(layerChart(chartTarget, this.topLayers));
    if (level === 2 /* ChartOnly */) {
      if (chartTarget && charts) parts.push(topLayersTable(chartTarget, this.topLayers, false));
      return parts.join("\n\n");
    }
    parts.push(this.details(targets, level));
    return parts.join("\n\n");
  }
  get topLayers() {
    return this.opts.topLayers ?? 10;
  }
  details(targets, level) {
    const m = this.model;
    const cpu = targets.map((t) => `${escapeHtml(t.target)}: ${t.cpuOperators} CPU`).join(", ");
    const summary = `${escapeHtml(truncateMiddle(m.path, NAME_WIDTH))}: ${plural(targets[0]?.operators.length ?? 0, "operator")}${cpu ? ` (${cpu})` : ""}`;
    const { before, after } = this.sharedDetails(targets);
    const body = [
      ...before,
      "**Operators** (CPU first)",
      operatorTable(targets, level === 1 /* CpuOperatorsOnly */),
      ...after
    ];
    return `<details><summary>${summary}</summary>

${body.join("\n\n")}

</details>`;
  }
  shared;
  /** The parts of the details every level shares (comparison, top layers, advice), built once. */
  sharedDetails(targets) {
    if (this.shared) return this.shared;
    const m = this.model;
    const before = [];
    const after = [];
    if (m.base && m.head && !m.base.error) {
      const comparisons = targets.flatMap((t) => {
        const b = m.base.targets.find((x) => x.target === t.target);
        return b ? [compareTargets(b, t)] : [];
      });
      if (comparisons.some(hasChanges)) {
        before.push(`**Changes against base**`, comparisonBlock(comparisons, this.topLayers));
      }
    }
    for (const t of targets) {
      if (t.performance?.layers.length) {
        after.push(
          `**Top ${plural(Math.min(this.topLayers, t.performance.layers.length), "layer")} by cycles on ${escapeMarkdown(t.target)}**`,
          topLayersTable(t, this.topLayers, true)
        );
      }
    }
    if (this.opts.advice !== false) {
      const advice = adviceLines(targets);
      if (advice.length) after.push("**Advice**", advice.join("\n"));
    }
    this.shared = { before, after };
    return this.shared;
  }
};
var SEVERITY_ICON = { info: "\u2139\uFE0F", warning: "\u26A0\uFE0F", error: "\u274C" };
function adviceLines(targets) {
  const groups = /* @__PURE__ */ new Map();
  for (const t of targets) {
    for (const a of adviseModel({ result: t, otherTargets: targets.filter((o) => o !== t) })) {
      const template = a.message.split(t.target).join("");
      const key = `${a.id}\0${template}`;
      const g = groups.get(key) ?? { icon: SEVERITY_ICON[a.severity], template, targets: [] };
      g.targets.push(t.target);
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => {
    const names = g.targets.length > 1 ? `${g.targets.slice(0, -1).join(", ")} and ${g.targets.at(-1)}` : g.targets[0];
    return `- ${g.icon} ${escapeMarkdown(g.template.split("").join(names))}`;
  });
}
function opNumber(o) {
  return operatorRef(o.subgraph, o.index);
}
function nameCell(name) {
  return name ? escapeMarkdown(truncateMiddle(name, NAME_WIDTH)) : "";
}
function operatorTable(targets, cpuOnly) {
  const first = targets[0];
  if (!first) return "_No targets._";
  const byTarget = targets.map((t) => new Map(t.operators.map((o) => [`${o.subgraph}:${o.index}`, o])));
  const placementsOf = (o) => byTarget.map((m) => m.get(`${o.subgraph}:${o.index}`));
  const onCpu = (o) => placementsOf(o).some((p) => p?.placement === "CPU");
  const cpuRows = first.operators.filter(onCpu);
  const npuRows = first.operators.filter((o) => !onCpu(o));
  const rows = cpuOnly ? cpuRows : [...cpuRows, ...npuRows];
  const single = targets.length === 1;
  const headers = [
    "#",
    "Name",
    "Type",
    ...single ? ["Placement"] : targets.map((t) => escapeMarkdown(t.target)),
    "Reasons"
  ];
  const align = ["right", "left", "left", ...targets.map(() => "center"), "left"];
  const cells = rows.map((o) => {
    const per = placementsOf(o);
    return [
      opNumber(o),
      nameCell(o.name),
      escapeMarkdown(o.type),
      ...per.map((p) => p ? p.placement === "CPU" ? "**CPU**" : "NPU" : "\u2013"),
      reasonsCell(targets, per)
    ];
  });
  const table = rows.length ? markdownTable(headers, [...align], cells) : "_No operators run on the CPU._";
  if (cpuOnly && npuRows.length)
    return `${table}

_${plural(npuRows.length, "NPU operator")} not listed here: see the full report._`;
  return table;
}
function reasonsCell(targets, per) {
  const groups = /* @__PURE__ */ new Map();
  per.forEach((p, i) => {
    if (!p || p.placement !== "CPU" || !p.reasons.length) return;
    const text = p.reasons.map((r) => escapeMarkdown(r.message)).join("<br>");
    groups.set(text, [...groups.get(text) ?? [], targets[i].target]);
  });
  if (groups.size === 1 && [...groups.values()][0].length === per.filter((p) => p?.placement === "CPU").length) {
    return [...groups.keys()][0];
  }
  return [...groups.entries()].map(([text, ts]) => `${ts.map((t) => `_${escapeMarkdown(t)}_`).join(", ")}: ${text}`).join("<br>");
}
function topLayers(t, n) {
  return [...t.performance?.layers ?? []].sort((a, b) => b.cycles - a.cycles).slice(0, n);
}
function layerTotal(t) {
  return (t.performance?.layers ?? []).reduce((a, l) => a + l.cycles, 0);
}
function boundBy(l) {
  if (!l.memoryBound) return "compute";
  const [area] = Object.entries(l.accessCycles).sort((a, b) => b[1] - a[1])[0] ?? ["memory"];
  const names = {
    sram: "SRAM",
    dram: "DRAM",
    onChipFlash: "on-chip flash",
    offChipFlash: "off-chip flash"
  };
  return `**memory** (${names[area] ?? area})`;
}
function topLayersTable(t, n, full) {
  const total = layerTotal(t) || 1;
  const ops = new Map(t.operators.map((o) => [`${o.subgraph}:${o.index}`, o]));
  const layers = topLayers(t, n);
  const headers = full ? ["#", "Name", "Type", "Cycles", "Share", "MAC util.", "Bound by"] : ["#", "Type", "Cycles", "Share"];
  const align = full ? ["right", "left", "left", "right", "right", "right", "left"] : ["right", "left", "right", "right"];
  const cells = layers.map((l) => {
    const id = { subgraph: l.subgraph, index: l.operatorIndex };
    const base = [opNumber(id), escapeMarkdown(l.type), formatInt(l.cycles), formatPercent(l.cycles / total)];
    if (!full) return base;
    return [
      base[0],
      nameCell(ops.get(`${l.subgraph}:${l.operatorIndex}`)?.name ?? ""),
      base[1],
      base[2],
      base[3],
      l.macs > 0 ? formatPercent(l.macUtilisation) : "\u2013",
      boundBy(l)
    ];
  });
  return markdownTable(headers, [...align], cells);
}
function chartLabel(l) {
  const type = l.type.replace(/[^A-Za-z0-9_]/g, "");
  return `#${operatorRef(l.subgraph, l.operatorIndex)} ${type}`;
}
function layerChart(t, n) {
  const layers = topLayers(t, n);
  const target = t.target.replace(/[^A-Za-z0-9._-]/g, "");
  return [
    "```mermaid",
    "xychart-beta",
    `    title "Top ${plural(layers.length, "layer")} by cycles on ${target}"`,
    `    x-axis [${layers.map((l) => `"${chartLabel(l)}"`).join(", ")}]`,
    '    y-axis "Cycles"',
    `    bar [${layers.map((l) => Math.round(l.cycles)).join(", ")}]`,
    "```"
  ].join("\n");
}
function comparisonBlock(comparisons, topN) {
  const parts = [];
  const targetHeaders = comparisons.map((c) => escapeMarkdown(c.target));
  const centre = comparisons.map(() => "center");
  const right = comparisons.map(() => "right");
  const moved = /* @__PURE__ */ new Map();
  for (const c of comparisons) {
    for (const { head } of c.placementChanges) {
      const key = `${head.subgraph}:${head.index}`;
      const prev = moved.get(key);
      moved.set(key, { op: head, toCpu: (prev?.toCpu ?? false) || head.placement === "CPU" });
    }
  }
  if (moved.size) {
    const rows = [...moved.values()].sort((a, b) => Number(b.toCpu) - Number(a.toCpu) || a.op.index - b.op.index);
    parts.push(
      `Placement changes (${moved.size}):`,
      markdownTable(
        ["#", "Name", "Type", ...targetHeaders, "Reasons"],
        ["right", "left", "left", ...centre, "left"],
        rows.map(({ op }) => [
          opNumber(op),
          nameCell(op.name),
          escapeMarkdown(op.type),
          ...comparisons.map((c) => {
            const ch = c.placementChanges.find((x) => x.head.subgraph === op.subgraph && x.head.index === op.index);
            if (!ch) return "unchanged";
            return ch.head.placement === "CPU" ? "NPU \u2192 **CPU**" : "CPU \u2192 NPU";
          }),
          op.reasons.map((r) => escapeMarkdown(r.message)).join("<br>")
        ])
      )
    );
  }
  const first = comparisons[0];
  const opList = (label, ops) => {
    if (!ops.length) return;
    const shown = ops.slice(0, 20).map((o) => `${escapeMarkdown(o.type)} ${nameCell(o.name)}`.trim());
    parts.push(`${label}: ${shown.join(", ")}${ops.length > 20 ? `, \u2026 ${ops.length - 20} more` : ""}.`);
  };
  if (first) {
    opList(plural(first.addedOperators.length, "new operator"), first.addedOperators);
    opList(plural(first.removedOperators.length, "removed operator"), first.removedOperators);
  }
  const layerRows = /* @__PURE__ */ new Map();
  for (const c of comparisons) {
    for (const l of c.layerChanges) {
      const key = `${l.operator.subgraph}\0${l.operator.type}\0${l.operator.name}\0${l.operator.index}`;
      const d = Math.abs(l.headCycles - l.baseCycles);
      const prev = layerRows.get(key);
      if (!prev || prev.worst < d) layerRows.set(key, { op: l.operator, worst: d });
    }
  }
  if (layerRows.size) {
    const rows = [...layerRows.values()].sort((a, b) => b.worst - a.worst).slice(0, topN);
    parts.push(
      `Layers whose cycles changed most${layerRows.size > topN ? ` (top ${topN} of ${layerRows.size})` : ""}:`,
      markdownTable(
        ["#", "Name", "Type", ...targetHeaders],
        ["right", "left", "left", ...right],
        rows.map(({ op }) => [
          opNumber(op),
          nameCell(op.name),
          escapeMarkdown(op.type),
          ...comparisons.map((c) => {
            const l = c.layerChanges.find((x) => x.operator === op || sameOperator(x.operator, op));
            return l ? layerChangeCell(l) : unchangedLayerCell(c, op);
          })
        ])
      )
    );
  }
  if (first) {
    parts.push(
      "Summary figures (base \u2192 head):",
      markdownTable(
        ["Figure", ...targetHeaders],
        ["left", ...right],
        first.figures.map((f, i) => [
          f.label,
          ...comparisons.map((c) => {
            const g = c.figures.find((x) => x.id === f.id) ?? c.figures[i];
            if (!g) return "\u2013";
            if (g.base === g.head) return formatFigure(g, g.head);
            return `${formatFigure(g, g.base)} \u2192 ${formatFigure(g, g.head)} (${formatFigureChange(g)})`;
          })
        ])
      )
    );
  }
  return parts.join("\n\n");
}
function layerChangeCell(l) {
  const base = l.basePlacement === "CPU" ? "CPU" : formatInt(l.baseCycles);
  const head = l.headPlacement === "CPU" ? "CPU" : formatInt(l.headCycles);
  if (!l.basePlacement) return `new: ${head}`;
  if (!l.headPlacement) return `${base} \u2192 removed`;
  if (l.basePlacement === "CPU" || l.headPlacement === "CPU") return `${base} \u2192 ${head}`;
  return `${base} \u2192 ${head} (${formatRelative(l.baseCycles, l.headCycles)})`;
}
function unchangedLayerCell(c, op) {
  const cpu = c.cpuOperators.some((o) => sameOperator(o, op));
  if (c.addedOperators.some((o) => sameOperator(o, op))) return cpu ? "new: CPU" : "new: 0";
  const removed = c.removedOperators.find((o) => sameOperator(o, op));
  if (removed) return removed.placement === "CPU" ? "CPU \u2192 removed" : "0 \u2192 removed";
  return cpu ? "CPU" : "unchanged";
}
function sameOperator(a, b) {
  return a.subgraph === b.subgraph && a.index === b.index && a.type === b.type && a.name === b.name;
}
function formatFigure(f, v) {
  switch (f.unit) {
    case "ratio":
      return formatPercent(v);
    case "ms":
      return formatMs(v);
    case "bytes":
      return formatBytes(v);
    case "per-second":
      return formatRate(v);
    default:
      return formatInt(v);
  }
}
function formatFigureChange(f) {
  if (f.base === f.head) return "\u2013";
  switch (f.unit) {
    case "ratio":
      return formatPointsChange(f.base, f.head);
    default:
      return formatRelative(f.base, f.head);
  }
}

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
function sha256OfFile(path) {
  const fd = openSync(path, "r");
  try {
    return hashFile(fd, fstatSync(fd).size, path);
  } finally {
    closeSync(fd);
  }
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
function analyzeModelFile(path, targets, options = {}) {
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
    return analyzeReadModel(opened.model, result, targets, options);
  } finally {
    opened.close();
  }
}

// src/targets/ini.ts
function parseIni(text, file) {
  const doc = { file, sections: [], byName: /* @__PURE__ */ new Map() };
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let section;
  let last;
  const fail = (line, detail) => {
    throw new TargetError("syntax", detail, { file, line });
  };
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const stripped = raw.trim();
    if (stripped === "") {
      last = void 0;
      return;
    }
    if (stripped.startsWith(";") || stripped.startsWith("#")) return;
    if (/^\s/.test(raw) && last) {
      last.value += "\n" + stripped;
      return;
    }
    last = void 0;
    if (stripped.startsWith("[")) {
      const close = stripped.lastIndexOf("]");
      const name = close > 0 ? stripped.slice(1, close).trim() : "";
      if (name === "") fail(lineNo, `bad section header "${stripped}"`);
      const earlier2 = doc.byName.get(name);
      if (earlier2) fail(lineNo, `section [${name}] appears twice (first on line ${earlier2.line})`);
      section = { name, line: lineNo, entries: /* @__PURE__ */ new Map() };
      doc.sections.push(section);
      doc.byName.set(name, section);
      return;
    }
    const delim = stripped.search(/[=:]/);
    if (delim < 0) fail(lineNo, `"${stripped}" is neither a [section], a key=value line nor a comment`);
    const key = stripped.slice(0, delim).trim();
    if (key === "") fail(lineNo, `a value without a key: "${stripped}"`);
    if (!section) fail(lineNo, `"${key}" comes before any [section] header`);
    const current = section;
    const lower = key.toLowerCase();
    const earlier = current.entries.get(lower);
    if (earlier) fail(lineNo, `key "${key}" appears twice in [${current.name}] (first on line ${earlier.line})`);
    last = { key, value: stripped.slice(delim + 1).trim(), line: lineNo };
    current.entries.set(lower, last);
  });
  return doc;
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/targets/mlia-toml.ts
function parseMliaProfile(text, file) {
  let doc;
  try {
    doc = parse(text);
  } catch (e) {
    if (e instanceof TomlError) {
      throw new TargetError("syntax", `not valid TOML: ${e.message.split("\n")[0]}`, { file, line: e.line });
    }
    throw e;
  }
  const { config: nested, ...top } = doc;
  const fields = typeof nested === "object" && nested !== null && !Array.isArray(nested) ? { ...nested, ...top } : nested === void 0 ? top : { ...top, config: nested };
  const stringField = (key) => {
    const v = fields[key];
    if (v === void 0) return void 0;
    if (typeof v !== "string" || v.trim() === "") {
      throw new TargetError("bad-value", `${key} must be a non-empty string, not ${JSON.stringify(v)}`, { file });
    }
    return v.trim();
  };
  const required = (key, example) => {
    const v = stringField(key);
    if (v === void 0) throw new TargetError("missing-value", `no ${key} (e.g. ${example})`, { file });
    return v;
  };
  const targetType = stringField("target_type") ?? stringField("target");
  if (targetType === void 0) throw new TargetError("missing-value", 'no target_type (e.g. "ethos-u55")', { file });
  if (!/^ethos-u(55|65|85)$/i.test(targetType)) {
    const why = `target_type "${targetType}" is not an Ethos-U NPU (ethos-u55, ethos-u65, ethos-u85)`;
    throw new TargetError("bad-value", why, { file });
  }
  const mac = fields.mac;
  if (mac === void 0) throw new TargetError("missing-value", "no mac (MACs per cycle, e.g. 256)", { file });
  if (typeof mac !== "number" || !Number.isInteger(mac)) {
    throw new TargetError("bad-value", `mac must be a whole number, not ${JSON.stringify(mac)}`, { file });
  }
  const accelerator = parseAccelerator(`${targetType}-${mac}`, { file });
  const fileStem = file.replace(/^.*[\\/]/, "").replace(/\.toml$/i, "");
  const id = stringField("profile_name") ?? fileStem;
  if (/[:,\s]/.test(id)) {
    const why = `profile name "${id}" may not contain ":", "," or spaces (they separate target ids)`;
    throw new TargetError("bad-value", why, { file });
  }
  const profile = {
    id,
    accelerator,
    systemConfigName: required("system_config", '"Ethos_U55_High_End_Embedded"'),
    memoryModeName: required("memory_mode", '"Shared_Sram"')
  };
  const configPath = stringField("config");
  if (configPath !== void 0) profile.configPath = configPath;
  const description = stringField("description");
  if (description !== void 0) profile.description = description;
  return profile;
}

// src/targets/index.ts
function builtinTargets() {
  return builtinProfiles();
}
function builtinTargetIds() {
  return builtinProfiles().map((p) => p.id);
}
function resolveTargets(ids, files = []) {
  const parsed = parseFiles(files);
  const wanted = [
    ...new Set(
      ids.flatMap((id) => id.split(",")).map((id) => id.trim()).filter((id) => id !== "")
    )
  ];
  if (wanted.length === 0) {
    if (parsed.tomls.length === 0) {
      throw new TargetError(
        "no-targets",
        `no target named and no MLIA .toml profile among the target files; built-in targets: ${builtinTargetIds().join(", ")}`
      );
    }
    return parsed.tomls.map((t) => fromToml(t, parsed));
  }
  const resolved = wanted.map((id) => {
    if (id.includes(":")) return fromIniId(id, parsed);
    const toml = parsed.tomls.find((t) => t.profile.id === id);
    if (toml) return fromToml(toml, parsed);
    const builtin = builtinProfiles().find((p) => p.id === id.toLowerCase());
    if (builtin) return builtin;
    throw unknownTarget(
      id,
      parsed.tomls.map((t) => t.profile.id)
    );
  });
  return resolved.filter((t, i) => resolved.findIndex((u) => u.id === t.id) === i);
}
function parseFiles(files) {
  const out = { inis: [], tomls: [] };
  for (const f of files) {
    if (/\.ini$/i.test(f.path)) out.inis.push(parseIni(f.text, f.path));
    else if (/\.toml$/i.test(f.path)) {
      const profile = parseMliaProfile(f.text, f.path);
      const twin = out.tomls.find((t) => t.profile.id === profile.id);
      if (twin) {
        throw new TargetError("duplicate", `profile "${profile.id}" is also defined by ${twin.file}`, { file: f.path });
      }
      out.tomls.push({ file: f.path, profile });
    } else {
      throw new TargetError(
        "unsupported-file",
        "not a target file: expected an MLIA target profile (.toml) or a Vela config (.ini)",
        { file: f.path }
      );
    }
  }
  return out;
}
function fromToml({ file, profile }, parsed) {
  const forced = profile.configPath === void 0 ? void 0 : findConfigFile(profile.configPath, file, parsed.inis);
  const sys = lookup(SYSTEM, profile.systemConfigName, parsed.inis, forced, file);
  const mode = lookup(MODE, profile.memoryModeName, parsed.inis, forced, file);
  return assembleProfile(
    {
      id: profile.id,
      accelerator: profile.accelerator,
      systemConfig: sys.value,
      memoryMode: mode.value,
      description: profile.description,
      source: file
    },
    { file }
  );
}
function fromIniId(id, parsed) {
  const [accName, sysName = "", modeName = "", ...rest] = id.split(":").map((s) => s.trim());
  if (rest.length > 0) {
    throw new TargetError("unknown-target", `"${id}": expected <accelerator>:<System_Config>:<Memory_Mode>`);
  }
  const accelerator = parseAccelerator(accName);
  const sys = lookup(SYSTEM, sysName || onlySection(SYSTEM, id, parsed.inis), parsed.inis);
  const mode = lookup(MODE, modeName || onlySection(MODE, id, parsed.inis), parsed.inis);
  const sources = [.../* @__PURE__ */ new Set([sys.file, mode.file])];
  return assembleProfile(
    {
      id: `${accelerator.config}:${sys.value.name}:${mode.value.name}`,
      accelerator,
      systemConfig: sys.value,
      memoryMode: mode.value,
      description: `${describeTarget(accelerator, sys.value, mode.value)} (${sources.join(", ")})`,
      source: sources.join(", ")
    },
    { file: mode.file === BUNDLED_INI_NAME ? void 0 : mode.file }
  );
}
var SYSTEM = {
  prefix: SYSTEM_CONFIG_PREFIX,
  missingCode: "unknown-system-config",
  read: readSystemConfig,
  names: systemConfigNames,
  bundled: () => bundledMliaConfig().systemConfigs
};
var MODE = {
  prefix: MEMORY_MODE_PREFIX,
  missingCode: "unknown-memory-mode",
  read: readMemoryMode,
  names: memoryModeNames,
  bundled: () => bundledMliaConfig().memoryModes
};
function onlySection(kind, id, inis) {
  const names = [...new Set(inis.flatMap(kind.names))];
  if (names.length === 1) return names[0];
  throw new TargetError(
    kind.missingCode,
    `"${id}" leaves the ${kind.prefix.slice(0, -1)} out, which needs exactly one [${kind.prefix}*] section among the .ini target files; ${names.length ? `they define ${names.join(", ")}` : "none was given"}`
  );
}
function lookup(kind, name, inis, forced, from) {
  if (forced) return { value: kind.read(forced, name), file: forced.file };
  const where = from === void 0 ? {} : { file: from };
  const holders = inis.filter((d) => d.byName.has(kind.prefix + name));
  if (holders.length > 1) {
    const files = holders.map((d) => d.file).join(", ");
    throw new TargetError(
      "ambiguous",
      `[${kind.prefix}${name}] is defined by several target files (${files}); pass only one`,
      where
    );
  }
  if (holders.length === 1) return { value: kind.read(holders[0], name), file: holders[0].file };
  const bundled = kind.bundled();
  const builtin = bundled.get(name);
  if (builtin) return { value: structuredClone(builtin), file: BUNDLED_INI_NAME };
  const known = [.../* @__PURE__ */ new Set([...inis.flatMap(kind.names), ...bundled.keys()])];
  const searched = inis.length ? `${inis.map((d) => d.file).join(", ")} or ` : "";
  throw new TargetError(
    kind.missingCode,
    `no [${kind.prefix}${name}] in ${searched}the MLIA vela.ini; known: ${known.join(", ")}`,
    where
  );
}
function findConfigFile(configPath, tomlFile, inis) {
  const tomlDir = tomlFile.replace(/\\/g, "/").replace(/[^/]*$/, "");
  const candidates = [normalizePath(configPath), normalizePath(tomlDir + configPath)];
  const exact = inis.find((d) => candidates.includes(normalizePath(d.file)));
  if (exact) return exact;
  const base = (p) => p.replace(/\\/g, "/").replace(/^.*\//, "");
  const byName = inis.filter((d) => base(d.file) === base(configPath));
  if (byName.length === 1) return byName[0];
  throw new TargetError(
    "missing-file",
    `config = "${configPath}" names a Vela ini that is not among the target files; pass it too (--target-file ${configPath})`,
    { file: tomlFile }
  );
}
function normalizePath(p) {
  const parts = [];
  for (const seg of p.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && parts.length && parts[parts.length - 1] !== "..") parts.pop();
    else parts.push(seg);
  }
  return (p.startsWith("/") ? "/" : "") + parts.join("/");
}
function unknownTarget(id, fileIds) {
  const builtins = builtinTargetIds();
  let why = "";
  if (/^ethos-u(55|65|85)-\d+$/i.test(id.trim())) {
    try {
      parseAccelerator(id);
    } catch (e) {
      if (e instanceof TargetError) why = `: ${e.detail}`;
    }
  }
  const fromFiles = fileIds.length ? `; from target files: ${fileIds.join(", ")}` : "";
  return new TargetError(
    "unknown-target",
    `unknown target "${id}"${why}; built-in targets: ${builtins.join(", ")}${fromFiles}; or <accelerator>:<System_Config>:<Memory_Mode> with sections from a Vela .ini`
  );
}

export {
  renderMarkdown,
  sha256OfFile,
  analyzeModelFile,
  builtinTargets,
  resolveTargets
};
/*! For license information please see chunk-XUHGTX2Z.js.LEGAL.txt */
