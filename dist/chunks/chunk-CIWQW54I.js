import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/report/markdown-table.ts
var ALIGN_ROW = { left: ":--", right: "--:", center: ":-:" };
function markdownTable(headers, align, rows) {
  const line = (cells) => `| ${headers.map((_, i) => (cells[i] ?? "").replace(/\r?\n/g, " ")).join(" | ")} |`;
  return [line(headers), `|${headers.map((_, i) => ALIGN_ROW[align[i] ?? "left"]).join("|")}|`, ...rows.map(line)].join(
    "\n"
  );
}

export {
  markdownTable
};
