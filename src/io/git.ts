// The few git commands the action and the CLI need, run without a shell (execFile) so that any file name is safe.
import { execFile } from 'node:child_process';

/** Runs git in `cwd`; resolves with stdout as bytes, rejects with git's stderr in the message. */
export function git(cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args as string[],
      { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args[0]} failed: ${stderr.toString().trim() || error.message}`));
        else resolve(stdout);
      },
    );
  });
}

/** True when `rev` names a commit present in the local clone (shallow clones often lack the base). */
export async function hasCommit(cwd: string, rev: string): Promise<boolean> {
  try {
    await git(cwd, ['cat-file', '-e', `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** A file's bytes at a commit; `path` is relative to the repository root. */
export function showFile(cwd: string, rev: string, path: string): Promise<Buffer> {
  return git(cwd, ['cat-file', 'blob', `${rev}:${path}`]);
}

/** `git diff --name-status` of what `head` changes since its merge base with `base`, NUL-separated. */
export async function diffNameStatus(cwd: string, base: string, head: string): Promise<string> {
  const out = await git(cwd, [
    '-c',
    'core.quotePath=false',
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    `${base}...${head}`,
    '--',
  ]);
  return out.toString('utf8');
}

/** The top folder of the work tree that holds `cwd`. */
export async function workTreeRoot(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
}

/** The commit a branch made from `rev` started at (a pull request's comparison base), as a full hash. */
export async function mergeBase(cwd: string, rev: string): Promise<string> {
  return (await git(cwd, ['merge-base', rev, 'HEAD'])).toString('utf8').trim();
}

/** `git diff --name-status` of the work tree (committed, staged and not) against `base`, NUL-separated. */
export async function diffWorkTree(cwd: string, base: string): Promise<string> {
  const out = await git(cwd, [
    '-c',
    'core.quotePath=false',
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    base,
    '--',
  ]);
  return out.toString('utf8');
}

/** Files in the work tree git does not track and does not ignore (new files not yet added). */
export async function untrackedFiles(cwd: string): Promise<string[]> {
  const out = await git(cwd, ['ls-files', '-z', '--others', '--exclude-standard']);
  return out.toString('utf8').split('\0').filter(Boolean);
}
