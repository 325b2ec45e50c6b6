// `ethos-gate compare BASE HEAD`: the pull-request gate without GitHub. Two versions of a model, or two folders of
// models matched by their path inside each folder, go through the same comparison, thresholds and settings file as
// the action's, so a change can be judged before it is pushed (or in another CI system).
import { parseArgs } from 'node:util';
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { applySettings, DEFAULT_SETTINGS, parseGateConfig, SETTING_NAMES, type RawSettings } from '../gate/config.js';
import { buildGateReport } from '../gate/report.js';
import { isGateConfigError } from '../gate/thresholds.js';
import { analyzeModelFile } from '../io/analyze-file.js';
import { sha256OfFile } from '../io/model-file.js';
import { builtinTool, VERSION } from '../engine/version.js';
import { renderJson, renderMarkdown, renderTerminal, sanitizeTerminal, toReportJson } from '../report/index.js';
import type { ModelComparison, ModelResult } from '../report/types.js';
import type { TargetProfile } from '../targets/types.js';
import { ioError, loadTargets, onUserPath, TARGET_OPTIONS, wantColor, writeNamedFile } from './common.js';
import { collectModelPaths } from './files.js';
import { compareSince, defaultSettingsFile, openWorkTree } from './compare-since.js';
import { UsageError } from './usage-error.js';

export const COMPARE_USAGE = `Usage: ethos-gate compare BASE HEAD [options]
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

const THRESHOLDS = [
  'min-npu-coverage',
  'max-coverage-drop',
  'max-latency-increase',
  'max-sram-increase',
  'max-flash-increase',
  'max-dram-increase',
] as const;

export async function compare(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      ...TARGET_OPTIONS,
      config: { type: 'string' },
      since: { type: 'string' },
      models: { type: 'string', multiple: true },
      ...Object.fromEntries(THRESHOLDS.map((n) => [n, { type: 'string' as const }])),
      'fail-on-new-cpu-ops': { type: 'boolean' },
      informational: { type: 'boolean' },
      'exact-weights': { type: 'boolean', default: false },
      format: { type: 'string', default: 'table' },
      output: { type: 'string', short: 'o' },
      color: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(COMPARE_USAGE);
    return 0;
  }
  const format = String(values.format ?? 'table');
  if (!['table', 'markdown', 'json'].includes(format))
    throw new UsageError(`--format must be table, markdown or json, not "${format}"`);
  const since = values.since;
  if (since !== undefined && positionals.length)
    throw new UsageError(
      `compare --since takes no paths (it compares the git work tree), not ${positionals.join(' ')}`,
    );
  if (since === undefined && positionals.length !== 2)
    throw new UsageError(
      `compare needs two paths, BASE and HEAD (two model files or two folders), not ${positionals.length}`,
    );
  if (values.models && since === undefined) throw new UsageError('--models goes with --since');
  const repo = since === undefined ? undefined : await openWorkTree(since);

  // Settings first: a bad threshold fails before any analysis.
  const raw: RawSettings = {};
  for (const name of SETTING_NAMES) {
    const v = (values as Record<string, unknown>)[name];
    if (typeof v === 'string' || typeof v === 'boolean') raw[name] = v;
  }
  // As the action: .github/ethos-gate.yml of the work tree when there is one.
  const settingsFile = values.config ?? (repo ? defaultSettingsFile(repo.root) : undefined);
  let config;
  try {
    const defaults = applySettings(DEFAULT_SETTINGS, raw, '--');
    config = settingsFile
      ? parseGateConfig(
          onUserPath(`read the settings file ${settingsFile}`, () => readFileSync(settingsFile, 'utf8')),
          settingsFile,
          defaults,
        )
      : { defaults, overrides: [] };
  } catch (e) {
    if (isGateConfigError(e)) throw new UsageError(e.message);
    throw e;
  }
  const targets = loadTargets(values.target ?? [], values['target-file'] ?? []);
  const options = { exactWeights: values['exact-weights'] };
  if (repo) {
    const from = settingsFile ? `; settings from ${relative(repo.root, settingsFile) || settingsFile}` : '';
    process.stderr.write(
      `ethos-gate: the models changed since ${sanitizeTerminal(repo.rev)} (merge base ${repo.base.slice(0, 12)})${sanitizeTerminal(from)}\n`,
    );
  }
  const models = repo
    ? await compareSince(repo, values.models ?? [], targets, options)
    : compareSides(pairModels(positionals[0], positionals[1]), targets, options);

  const outcome = buildGateReport({
    version: VERSION,
    engineVersion: builtinTool().engineVersion,
    targets: targets.map((t) => t.id),
    models,
    config,
  });
  // What the gate skipped and why (a base it could not read, a model already compiled), as the action logs it.
  for (const note of outcome.notes) process.stderr.write(`ethos-gate: note: ${sanitizeTerminal(note)}\n`);
  let text: string;
  if (format === 'json') text = renderJson(toReportJson(outcome.report));
  else if (format === 'markdown')
    text = renderMarkdown(outcome.report, { now: new Date(), maxLength: Number.MAX_SAFE_INTEGER });
  else text = renderTerminal(outcome.report, { color: wantColor(values.color, Boolean(values.output)) });
  if (!text.endsWith('\n')) text += '\n';
  if (values.output) writeNamedFile(values.output, text, 'the report');
  else process.stdout.write(text);

  const unreadable = models.some((m) => [m.head, m.base].some((r) => r?.error && !r.velaCompiled));
  return unreadable ? 2 : outcome.failed ? 1 : 0;
}

/** One model as the report names it, with the file of each side that has it. */
interface ModelPair {
  path: string;
  /** The base side's name when it is not `path` (two files compared). */
  baseName?: string;
  base?: string;
  head?: string;
  /** Why a side's file found in its folder cannot be read as a model file. */
  unreadable?: { base?: string; head?: string };
}

/** Two files make one pair; two folders pair their models by the path inside each folder. */
export function pairModels(base: string, head: string): ModelPair[] {
  const isFolder = (p: string) => onUserPath(`read ${p}`, () => statSync(p)).isDirectory();
  const [baseIsFolder, headIsFolder] = [isFolder(base), isFolder(head)];
  if (baseIsFolder !== headIsFolder)
    throw new UsageError(`compare needs two model files or two folders: ${base} and ${head} are one of each`);
  if (!headIsFolder) return [{ path: head, ...(base !== head ? { baseName: base } : {}), base, head }];

  // Paths inside a folder, with / as the separator whatever the system's (the settings file's globs use it).
  const inside = (root: string, file: string) => relative(root, file).split(sep).join('/');
  const pairs = new Map<string, ModelPair>();
  const pair = (path: string) => pairs.get(path) ?? pairs.set(path, { path }).get(path)!;
  for (const [side, root] of [
    ['base', base],
    ['head', head],
  ] as const) {
    const { files, unreadable } = collectModelPaths([root]);
    for (const f of files) pair(inside(root, f))[side] = f;
    for (const u of unreadable) {
      const p = pair(inside(root, u.path));
      p.unreadable = { ...p.unreadable, [side]: u.reason };
    }
  }
  if (!pairs.size) throw new UsageError(`no .tflite files found in ${base} or ${head}`);
  return [...pairs.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Analyses both sides of each pair on the same targets. A model in HEAD only is added, in BASE only removed (not
 * analysed, as in a pull request); the same bytes on both sides are unchanged.
 */
function compareSides(
  pairs: readonly ModelPair[],
  targets: readonly TargetProfile[],
  options: { exactWeights: boolean },
): ModelComparison[] {
  const analyse = (file: string, shown: string): ModelResult =>
    analyzeModelFile(file, targets, { displayPath: shown, exactWeights: options.exactWeights });
  const side = (p: ModelPair, which: 'base' | 'head'): ModelResult | undefined => {
    const reason = p.unreadable?.[which];
    if (reason !== undefined) return ioError(p.path, reason);
    const file = p[which];
    return file === undefined ? undefined : analyse(file, which === 'base' ? (p.baseName ?? p.path) : p.path);
  };
  return pairs.map((p): ModelComparison => {
    const head = side(p, 'head');
    if (!head) return { path: p.path, status: 'removed' };
    // The same bytes give the same answer: an unchanged model (most of two folders' models) is analysed once.
    if (p.base && !p.unreadable?.base && head.sha256 !== '' && sameDigest(p.base, head.sha256))
      return { path: p.path, status: 'unchanged', head, base: { ...head, path: p.baseName ?? p.path } };
    const base = side(p, 'base');
    if (!base) return { path: p.path, status: 'added', head };
    const same = head.sha256 !== '' && head.sha256 === base.sha256;
    return { path: p.path, status: same ? 'unchanged' : 'modified', head, base };
  });
}

/** Whether the file's SHA-256 is `digest` (a file that cannot be read is left to the analysis to report). */
function sameDigest(file: string, digest: string): boolean {
  try {
    return sha256OfFile(file) === digest;
  } catch {
    return false;
  }
}
