// The report formats, from the result contract (types.ts) to text or JSON-ready data.
export { renderMarkdown, GITHUB_COMMENT_LIMIT, JOB_SUMMARY_LIMIT, MARKER, type MarkdownOptions } from './markdown.js';
export { renderTerminal, renderResultsTerminal, sanitizeTerminal, type TerminalOptions } from './terminal.js';
export { checkReport } from './check-report.js';
export { toCheckJson, toReportJson, renderJson, REPORT_SCHEMA_ID, type CheckJson } from './json.js';
export {
  toMliaJson,
  toMliaJsonDocuments,
  renderMliaJson,
  MLIA_SCHEMA_VERSION,
  type MliaDocument,
  type MliaOptions,
} from './mlia.js';
export { adviseModel, type Advice, type AdviceInput, type OptimizationOutcome } from './advice.js';
export { compareTargets, type TargetComparison } from './compare.js';
export { escapeMarkdown, escapeHtml } from './escape.js';
