// Finds the models a run is about and reads both versions of each: head from the checked-out
// workspace, base from git history or, in shallow clones, from the contents API.
import * as core from '@actions/core';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNameStatus, type ChangedFile, type ModelChange } from '../gate/changes.js';
import { diffNameStatus, hasCommit, lfsContent, showFile, type LfsAuth } from '../io/git.js';
import { isLfsPointer } from '../tflite/sniff.js';
import { fsReason } from '../io/fs-reason.js';
import type { GitHubApi } from './github.js';
import type { RunContext } from './event.js';

/** Folders never searched for models in `mode: all`. */
const SKIP_DIRS = new Set(['.git', 'node_modules']);

/** Every file under `root` that `isModel` accepts, as sorted POSIX paths relative to root. */
export function allModels(root: string, isModel: (path: string) => boolean): ModelChange[] {
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), path);
      } else if (entry.isFile() && isModel(path)) found.push(path);
    }
  };
  walk(root, '');
  return found.sort().map((path) => ({ path, status: 'unchanged' as const }));
}

/**
 * The changed files between base and head: the pull request files API first (it knows renames as GitHub
 * shows them), then `git diff base...head` when the API fails or its list is cut at 3,000 files.
 */
export async function changedFiles(
  ctx: RunContext,
  api: GitHubApi | undefined,
  baseSha: string,
): Promise<{ files: ChangedFile[]; source: string }> {
  let partial: ChangedFile[] | undefined;
  if (ctx.pull && api) {
    try {
      const { files, truncated } = await api.pullRequestFiles(ctx.pull.number);
      if (!truncated) return { files, source: 'the pull request files API' };
      partial = files;
      core.info(`The pull request files API stops at ${files.length} files; asking git for the full list.`);
    } catch (e) {
      core.info(`The pull request files API is not available (${(e as Error).message}); using git diff.`);
    }
  }
  try {
    const head = ctx.sha && (await hasCommit(ctx.workspace, ctx.sha)) ? ctx.sha : 'HEAD';
    return {
      files: parseNameStatus(await diffNameStatus(ctx.workspace, baseSha, head)),
      source: `git diff ${baseSha}...${head}`,
    };
  } catch (e) {
    if (partial) {
      core.warning(
        `Only the first ${partial.length} changed files were checked: git diff failed (${(e as Error).message}).`,
      );
      return { files: partial, source: 'the pull request files API (first 3,000 files)' };
    }
    throw new Error(
      `cannot list the changed files: ${(e as Error).message}. Check out with \`fetch-depth: 0\` or grant \`pull-requests: read\`.`,
      { cause: e },
    );
  }
}

/** Head files larger than this are analysed from disk, lazily (the > 2 GB layout cannot be read whole). */
export const HEAD_WHOLE_READ_LIMIT = 1024 * 1024 * 1024;

/**
 * The head version from the workspace: its bytes; `missing`; `symlink` (never followed: it could point anywhere);
 * `large` with its size, for a file to analyse from disk (analyzeModelFile reads it lazily); or why it cannot be
 * read. A Git LFS pointer (a checkout without `lfs: true`) is returned as it is: see headBytes.
 */
export function readHead(
  workspace: string,
  path: string,
): Uint8Array | 'missing' | 'symlink' | { large: number } | { error: string } {
  const file = join(workspace, path);
  try {
    const st = lstatSync(file);
    if (st.isSymbolicLink()) return 'symlink';
    // A pipe or a device would block the reading or never end.
    if (!st.isFile()) return { error: `${path} is not a regular file` };
    if (st.size > HEAD_WHOLE_READ_LIMIT) return { large: st.size };
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    return { error: `cannot read ${path}: ${fsReason(e)}` };
  }
}

/** Reads base versions from git when the base commit is in the clone, else from the contents API. */
export class BaseReader {
  private local: Promise<boolean> | undefined;

  constructor(
    private readonly workspace: string,
    private readonly api: GitHubApi | undefined,
    readonly sha: string,
    /** For a model stored with Git LFS: the token git-lfs may use where the checkout kept no credentials. */
    private readonly lfsAuth?: LfsAuth,
  ) {}

  async read(path: string): Promise<Uint8Array> {
    this.local ??= hasCommit(this.workspace, this.sha);
    let bytes: Uint8Array;
    if (await this.local) bytes = await showFile(this.workspace, this.sha, path);
    else if (!this.api) throw new Error(`base commit ${this.sha} is not in the clone and no token was given`);
    else bytes = await this.api.fileAt(path, this.sha);
    // git and the contents API give what the repository stores: for a model tracked with LFS, its pointer.
    return isLfsPointer(bytes) ? lfsContent(this.workspace, path, bytes, this.lfsAuth) : bytes;
  }
}

/** What the head version is for analysis: its bytes, a file too large to hold whole (its size), or why neither. */
export type HeadRead = Uint8Array | { large: number } | { code: string; message: string };

/**
 * The head version, ready for the analysis and the steps that rework a model (optimize, quantize): a Git LFS
 * pointer left by the checkout is fetched with git-lfs; what cannot be read gets a code and a message naming it.
 */
export async function headBytes(workspace: string, path: string, lfsAuth?: LfsAuth): Promise<HeadRead> {
  const read = readHead(workspace, path);
  if (read === 'missing') return { code: 'missing', message: `${path} is not in the checked-out workspace` };
  if (read === 'symlink') return { code: 'symlink', message: `${path} is a symbolic link; it is not followed` };
  if (!(read instanceof Uint8Array)) return 'error' in read ? { code: 'io-error', message: read.error } : read;
  if (!isLfsPointer(read)) return read;
  try {
    return await lfsContent(workspace, path, read, lfsAuth);
  } catch (e) {
    const message = `${path}: ${(e as Error).message}; check out the LFS content (actions/checkout with \`lfs: true\`)`;
    return { code: 'lfs-pointer', message };
  }
}
