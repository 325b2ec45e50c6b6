import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_CONFIG_PATH,
  DEFAULT_SETTINGS,
  SETTING_NAMES,
  applySettings,
  buildGateReport,
  diffWorkTree,
  isGateConfigError,
  lfsContent,
  mergeBase,
  modelMatcher,
  parseGateConfig,
  parseNameStatus,
  selectChangedModels,
  showFile,
  untrackedFiles,
  workTreeRoot
} from "./chunk-WGWV4ZUU.js";
import {
  TARGET_OPTIONS,
  ioError,
  loadTargets,
  onUserPath,
  renderJson,
  toReportJson,
  wantColor,
  writeNamedFile
} from "./chunk-XRRRXEAU.js";
import {
  UsageError,
  collectModelPaths
} from "./chunk-SICVBO2A.js";
import {
  analyzeModelFile,
  renderMarkdown,
  sha256OfFile
} from "./chunk-XUHGTX2Z.js";
import {
  VERSION,
  builtinTool
} from "./chunk-E2KYLUGO.js";
import "./chunk-SLRNASFL.js";
import "./chunk-CIWQW54I.js";
import {
  renderTerminal,
  sanitizeTerminal
} from "./chunk-SMDWGUPR.js";
import {
  analyzeModel
} from "./chunk-CSLGV3ZU.js";
import {
  LFS_POINTER_MAX_BYTES,
  isLfsPointer
} from "./chunk-DB7Z7Q6U.js";
import "./chunk-K42QXW5D.js";

// src/cli/compare.ts
import { parseArgs } from "node:util";
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { relative, sep } from "node:path";

// src/cli/compare-since.ts
import { existsSync, lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
async function openWorkTree(rev) {
  if (rev === "" || rev.startsWith("-")) throw new UsageError(`--since needs a git revision, not "${rev}"`);
  let root;
  try {
    root = await workTreeRoot(process.cwd());
  } catch (e) {
    throw new UsageError(`--since needs a git work tree: ${e.message}`);
  }
  try {
    return { root, rev, base: await mergeBase(root, rev) };
  } catch (e) {
    throw new UsageError(`--since ${rev}: no common commit with HEAD (${e.message})`);
  }
}
function defaultSettingsFile(root) {
  const file = join(root, DEFAULT_CONFIG_PATH);
  return existsSync(file) ? file : void 0;
}
async function compareSince(repo, globs, targets, options) {
  const files = parseNameStatus(await diffWorkTree(repo.root, repo.base));
  for (const f of await untrackedFiles(repo.root)) files.push({ filename: f, status: "added" });
  const changes = selectChangedModels(files, modelMatcher(globs));
  const out = [];
  for (const c of changes) {
    const comparison = {
      path: c.path,
      ...c.basePath ? { basePath: c.basePath } : {},
      status: c.status
    };
    if (c.status !== "removed") comparison.head = await analyzeHead(repo.root, c.path, targets, options);
    if (c.status === "modified" || c.status === "renamed") {
      const basePath = c.basePath ?? c.path;
      try {
        const stored = await showFile(repo.root, repo.base, basePath);
        const bytes = isLfsPointer(stored) ? await lfsContent(repo.root, basePath, stored) : stored;
        comparison.base = analyzeModel(bytes, basePath, targets, options);
      } catch (e) {
        comparison.base = ioError(basePath, `cannot read it at ${repo.base.slice(0, 12)}: ${e.message}`);
      }
    }
    out.push(comparison);
  }
  return out;
}
async function analyzeHead(root, path, targets, options) {
  const file = join(root, path);
  let st;
  try {
    st = lstatSync(file);
  } catch {
  }
  if (st?.isSymbolicLink()) return ioError(path, `${path} is a symbolic link; it is not followed`, "symlink");
  if (st?.isFile() && st.size < LFS_POINTER_MAX_BYTES) {
    const bytes = readFileSync(file);
    if (isLfsPointer(bytes)) {
      try {
        return analyzeModel(await lfsContent(root, path, bytes), path, targets, options);
      } catch (e) {
        return ioError(path, `${path}: ${e.message}; run \`git lfs pull\``, "lfs-pointer");
      }
    }
  }
  return analyzeModelFile(file, targets, { displayPath: path, ...options });
}

// src/cli/compare.ts
var COMPARE_USAGE = `Usage: ethos-gate compare BASE HEAD [options]
       ethos-gate compare --since REV [--models GLOB] [options]

Compares two versions of a model, or two folders of models matched by their path inside each folder, as the
action compares a pull request with its base: placement and performance on each target, what changed, and
the thresholds (none by default: give them as options or in a settings file).
With --since, in a git work tree: the models changed since the branch left REV (committed or not, new files
included), each against its version there: the pull request this branch would open against REV.

Options:
  --since REV                  compare the work tree's changed models with their versions at the merge base
                               of REV and HEAD; the settings file defaults to .github/ethos-gate.yml
  --models GLOB                with --since: which files are models (default **/*.tflite); !GLOB excludes;
                               repeatable
  --target ID[,ID...]          targets, as for check (default ethos-u55-256); repeatable
  --target-file FILE           an MLIA .toml or a Vela .ini, as for check; repeatable
  --config FILE                thresholds and per-path overrides as the action reads them (.github/ethos-gate.yml);
                               paths are matched inside the folders compared
  --min-npu-coverage R         lowest NPU coverage of a model: 95% or 0.95
  --max-coverage-drop PP       largest coverage drop against BASE, in percentage points: 2pp
  --max-latency-increase P     largest rise of the estimated inference time: 5%
  --max-sram-increase P        largest rise of SRAM use: 10%
  --max-flash-increase P       largest rise of flash use: 10%
  --max-dram-increase P        largest rise of DRAM use (Dedicated_Sram keeps the weights there): 10%
  --fail-on-new-cpu-ops        fail when an operator runs on the CPU that did not in BASE
  --informational              report threshold failures without failing
  --exact-weights              encode every weight tensor exactly, as for check
  --format FORMAT              table (default), markdown (the pull-request comment) or json (the action's report)
  --output FILE                write the report to FILE instead of standard output
  --color / --no-color         force colour on or off

Options given on the command line come first; the settings file refines them.
Exit codes: 0 passed, 1 a threshold failed, 2 an unreadable model or a usage error.
`;
var THRESHOLDS = [
  "min-npu-coverage",
  "max-coverage-drop",
  "max-latency-increase",
  "max-sram-increase",
  "max-flash-increase",
  "max-dram-increase"
];
async function compare(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      ...TARGET_OPTIONS,
      config: { type: "string" },
      since: { type: "string" },
      models: { type: "string", multiple: true },
      ...Object.fromEntries(THRESHOLDS.map((n) => [n, { type: "string" }])),
      "fail-on-new-cpu-ops": { type: "boolean" },
      informational: { type: "boolean" },
      "exact-weights": { type: "boolean", default: false },
      format: { type: "string", default: "table" },
      output: { type: "string", short: "o" },
      color: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(COMPARE_USAGE);
    return 0;
  }
  const format = String(values.format ?? "table");
  if (!["table", "markdown", "json"].includes(format))
    throw new UsageError(`--format must be table, markdown or json, not "${format}"`);
  const since = values.since;
  if (since !== void 0 && positionals.length)
    throw new UsageError(
      `compare --since takes no paths (it compares the git work tree), not ${positionals.join(" ")}`
    );
  if (since === void 0 && positionals.length !== 2)
    throw new UsageError(
      `compare needs two paths, BASE and HEAD (two model files or two folders), not ${positionals.length}`
    );
  if (values.models && since === void 0) throw new UsageError("--models goes with --since");
  const repo = since === void 0 ? void 0 : await openWorkTree(since);
  const raw = {};
  for (const name of SETTING_NAMES) {
    const v = values[name];
    if (typeof v === "string" || typeof v === "boolean") raw[name] = v;
  }
  const settingsFile = values.config ?? (repo ? defaultSettingsFile(repo.root) : void 0);
  let config;
  try {
    const defaults = applySettings(DEFAULT_SETTINGS, raw, "--");
    config = settingsFile ? parseGateConfig(
      onUserPath(`read the settings file ${settingsFile}`, () => readFileSync2(settingsFile, "utf8")),
      settingsFile,
      defaults
    ) : { defaults, overrides: [] };
  } catch (e) {
    if (isGateConfigError(e)) throw new UsageError(e.message);
    throw e;
  }
  const targets = loadTargets(values.target ?? [], values["target-file"] ?? []);
  const options = { exactWeights: values["exact-weights"] };
  if (repo) {
    const from = settingsFile ? `; settings from ${relative(repo.root, settingsFile) || settingsFile}` : "";
    process.stderr.write(
      `ethos-gate: the models changed since ${sanitizeTerminal(repo.rev)} (merge base ${repo.base.slice(0, 12)})${sanitizeTerminal(from)}
`
    );
  }
  const models = repo ? await compareSince(repo, values.models ?? [], targets, options) : compareSides(pairModels(positionals[0], positionals[1]), targets, options);
  const outcome = buildGateReport({
    version: VERSION,
    engineVersion: builtinTool().engineVersion,
    targets: targets.map((t) => t.id),
    models,
    config
  });
  for (const note of outcome.notes) process.stderr.write(`ethos-gate: note: ${sanitizeTerminal(note)}
`);
  let text;
  if (format === "json") text = renderJson(toReportJson(outcome.report));
  else if (format === "markdown")
    text = renderMarkdown(outcome.report, { now: /* @__PURE__ */ new Date(), maxLength: Number.MAX_SAFE_INTEGER });
  else text = renderTerminal(outcome.report, { color: wantColor(values.color, Boolean(values.output)) });
  if (!text.endsWith("\n")) text += "\n";
  if (values.output) writeNamedFile(values.output, text, "the report");
  else process.stdout.write(text);
  const unreadable = models.some((m) => [m.head, m.base].some((r) => r?.error && !r.velaCompiled));
  return unreadable ? 2 : outcome.failed ? 1 : 0;
}
function pairModels(base, head) {
  const isFolder = (p) => onUserPath(`read ${p}`, () => statSync(p)).isDirectory();
  const [baseIsFolder, headIsFolder] = [isFolder(base), isFolder(head)];
  if (baseIsFolder !== headIsFolder)
    throw new UsageError(`compare needs two model files or two folders: ${base} and ${head} are one of each`);
  if (!headIsFolder) return [{ path: head, ...base !== head ? { baseName: base } : {}, base, head }];
  const inside = (root, file) => relative(root, file).split(sep).join("/");
  const pairs = /* @__PURE__ */ new Map();
  const pair = (path) => pairs.get(path) ?? pairs.set(path, { path }).get(path);
  for (const [side, root] of [
    ["base", base],
    ["head", head]
  ]) {
    const { files, unreadable } = collectModelPaths([root]);
    for (const f of files) pair(inside(root, f))[side] = f;
    for (const u of unreadable) {
      const p = pair(inside(root, u.path));
      p.unreadable = { ...p.unreadable, [side]: u.reason };
    }
  }
  if (!pairs.size) throw new UsageError(`no .tflite files found in ${base} or ${head}`);
  return [...pairs.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function compareSides(pairs, targets, options) {
  const analyse = (file, shown) => analyzeModelFile(file, targets, { displayPath: shown, exactWeights: options.exactWeights });
  const side = (p, which) => {
    const reason = p.unreadable?.[which];
    if (reason !== void 0) return ioError(p.path, reason);
    const file = p[which];
    return file === void 0 ? void 0 : analyse(file, which === "base" ? p.baseName ?? p.path : p.path);
  };
  return pairs.map((p) => {
    const head = side(p, "head");
    if (!head) return { path: p.path, status: "removed" };
    if (p.base && !p.unreadable?.base && head.sha256 !== "" && sameDigest(p.base, head.sha256))
      return { path: p.path, status: "unchanged", head, base: { ...head, path: p.baseName ?? p.path } };
    const base = side(p, "base");
    if (!base) return { path: p.path, status: "added", head };
    const same = head.sha256 !== "" && head.sha256 === base.sha256;
    return { path: p.path, status: same ? "unchanged" : "modified", head, base };
  });
}
function sameDigest(file, digest) {
  try {
    return sha256OfFile(file) === digest;
  } catch {
    return false;
  }
}
export {
  COMPARE_USAGE,
  compare,
  pairModels
};
