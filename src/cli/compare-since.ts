// `ethos-gate compare --since REV`: the pull request a branch would open, found with git. The models the work tree
// changes since the merge base of REV and HEAD (committed, staged or not, and new files git does not track yet), each
// against its version at the merge base, read from git; git runs without a shell, so any file name is safe.
import { existsSync, lstatSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { analyzeModel } from '../engine/analyze.js';
import { modelMatcher, parseNameStatus, selectChangedModels } from '../gate/changes.js';
import { DEFAULT_CONFIG_PATH } from '../gate/config.js';
import { analyzeModelFile } from '../io/analyze-file.js';
import { diffWorkTree, lfsContent, mergeBase, showFile, untrackedFiles, workTreeRoot } from '../io/git.js';
import { isLfsPointer, LFS_POINTER_MAX_BYTES } from '../tflite/sniff.js';
import type { ModelComparison } from '../report/types.js';
import type { TargetProfile } from '../targets/types.js';
import { ioError } from './common.js';
import { UsageError } from './usage-error.js';

export interface WorkTree {
  root: string;
  rev: string;
  /** The merge base of `rev` and HEAD: where the branch left `rev`. */
  base: string;
}

/** The work tree holding the current folder and the commit to compare with; usage errors say what is wrong. */
export async function openWorkTree(rev: string): Promise<WorkTree> {
  // A revision starting with "-" would reach git as an option.
  if (rev === '' || rev.startsWith('-')) throw new UsageError(`--since needs a git revision, not "${rev}"`);
  let root: string;
  try {
    root = await workTreeRoot(process.cwd());
  } catch (e) {
    throw new UsageError(`--since needs a git work tree: ${(e as Error).message}`);
  }
  try {
    return { root, rev, base: await mergeBase(root, rev) };
  } catch (e) {
    throw new UsageError(`--since ${rev}: no common commit with HEAD (${(e as Error).message})`);
  }
}

/** The action's default settings file, when the work tree has one. */
export function defaultSettingsFile(root: string): string | undefined {
  const file = join(root, DEFAULT_CONFIG_PATH);
  return existsSync(file) ? file : undefined;
}

export async function compareSince(
  repo: WorkTree,
  globs: readonly string[],
  targets: readonly TargetProfile[],
  options: { exactWeights: boolean },
): Promise<ModelComparison[]> {
  const files = parseNameStatus(await diffWorkTree(repo.root, repo.base));
  for (const f of await untrackedFiles(repo.root)) files.push({ filename: f, status: 'added' });
  const changes = selectChangedModels(files, modelMatcher(globs));
  const out: ModelComparison[] = [];
  for (const c of changes) {
    const comparison: ModelComparison = {
      path: c.path,
      ...(c.basePath ? { basePath: c.basePath } : {}),
      status: c.status,
    };
    // As in a pull request, a removed model is named, not analysed.
    if (c.status !== 'removed') comparison.head = await analyzeHead(repo.root, c.path, targets, options);
    if (c.status === 'modified' || c.status === 'renamed') {
      const basePath = c.basePath ?? c.path;
      try {
        const stored = await showFile(repo.root, repo.base, basePath);
        // git stores a pointer for a model tracked with LFS: git-lfs gives the model.
        const bytes = isLfsPointer(stored) ? await lfsContent(repo.root, basePath, stored) : stored;
        comparison.base = analyzeModel(bytes, basePath, targets, options);
      } catch (e) {
        comparison.base = ioError(basePath, `cannot read it at ${repo.base.slice(0, 12)}: ${(e as Error).message}`);
      }
    }
    out.push(comparison);
  }
  return out;
}

/**
 * The work tree's version. A symbolic link is not followed, as the action does not follow one: this command may run
 * as the gate of another CI system, on a change that could point a link anywhere. A Git LFS pointer (LFS content
 * not pulled) is fetched with git-lfs, as the base version is.
 */
async function analyzeHead(
  root: string,
  path: string,
  targets: readonly TargetProfile[],
  options: { exactWeights: boolean },
): Promise<ModelComparison['head']> {
  const file = join(root, path);
  let st: Stats | undefined;
  try {
    st = lstatSync(file);
  } catch {
    // Missing: analyzeModelFile names it.
  }
  if (st?.isSymbolicLink()) return ioError(path, `${path} is a symbolic link; it is not followed`, 'symlink');
  if (st?.isFile() && st.size < LFS_POINTER_MAX_BYTES) {
    const bytes = readFileSync(file);
    if (isLfsPointer(bytes)) {
      try {
        return analyzeModel(await lfsContent(root, path, bytes), path, targets, options);
      } catch (e) {
        return ioError(path, `${path}: ${(e as Error).message}; run \`git lfs pull\``, 'lfs-pointer');
      }
    }
  }
  return analyzeModelFile(file, targets, { displayPath: path, ...options });
}
