import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  adviseModel,
  flashBytes,
  formatBytes,
  formatBytesChange,
  formatMs,
  formatPercent,
  formatPointsChange,
  formatRelative,
  operatorRef,
  summaryRows,
  truncateMiddle
} from "./chunk-FFCLES4W.js";

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
  const tag = m.base || m.status !== "unchanged" ? paint("dim", ` (${m.status})`) : "";
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
  const header = [
    "Target",
    "NPU",
    "CPU",
    "Coverage",
    ...compared ? ["\u0394 cov."] : [],
    "Time",
    ...compared ? ["\u0394 time"] : [],
    "SRAM",
    "Flash"
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
    const flash = flashBytes(r.head);
    table.push([
      sanitizeTerminal(r.target) + (r.findings.length ? ` ${paint("red", "\u2717")}` : ""),
      String(t.npuOperators),
      t.cpuOperators ? paint("yellow", String(t.cpuOperators)) : "0",
      formatPercent(t.npuCoverage),
      ...compared ? [worse(covChange, !!(r.base && r.head && r.head.npuCoverage < r.base.npuCoverage))] : [],
      s ? formatMs(s.inferenceTimeMs) : "\u2013",
      ...compared ? [worse(timeChange, !!(s && b && s.inferenceTimeMs > b.inferenceTimeMs))] : [],
      s ? formatBytes(s.sramUsedBytes) + (b && b.sramUsedBytes !== s.sramUsedBytes ? ` (${formatBytesChange(b.sramUsedBytes, s.sramUsedBytes)})` : "") : "\u2013",
      flash !== void 0 ? formatBytes(flash) : "\u2013"
    ]);
  }
  const right = [false, true, true, true, ...compared ? [true] : [], true, ...compared ? [true] : [], true, true];
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
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

export {
  checkReport,
  sanitizeTerminal,
  renderResultsTerminal
};
