// The few git commands the action and the CLI need, run without a shell (execFile) so that any file name is safe.
import { execFile } from 'node:child_process';

/**
 * Runs git in `cwd` (with `input` on its stdin, `env` added, stopped after `timeoutMs`); resolves with stdout as
 * bytes, rejects with git's stderr in the message.
 */
export function git(
  cwd: string,
  args: readonly string[],
  { input, env = {}, timeoutMs = 0 }: { input?: Uint8Array; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args as string[],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 1024 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env },
        timeout: timeoutMs,
      },
      (error, stdout, stderr) => {
        const stopped = error?.killed && timeoutMs ? ` (stopped after ${timeoutMs / 1000} s)` : '';
        if (error) reject(new Error(`git ${args[0]} failed${stopped}: ${stderr.toString().trim() || error.message}`));
        else resolve(stdout);
      },
    );
    // A git that exits before reading all of its input closes the pipe: its exit status tells what went wrong.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}

/** How long one model's download from LFS may take. */
const LFS_TIMEOUT_MS = 10 * 60 * 1000;

/** A token git-lfs may give the LFS server of `serverUrl` (and no other) when it asks for credentials. */
export interface LfsAuth {
  serverUrl: string;
  token: string;
}

/**
 * The file a Git LFS pointer stands for, as git-lfs gives it: from the clone's LFS store, else downloaded from
 * the LFS server of the remote the clone came from (with the credentials git has, or `auth`). `path` is where the
 * file lives in the repository. Throws with git-lfs's own words when it cannot.
 */
export async function lfsContent(cwd: string, path: string, pointer: Uint8Array, auth?: LfsAuth): Promise<Buffer> {
  try {
    // A checkout that kept its credentials already sends them: a second Authorization header is refused.
    const env = auth && !(await hasAuthHeader(cwd, auth.serverUrl)) ? authHeaderEnv(auth) : {};
    return await git(cwd, ['lfs', 'smudge', '--', path], { input: pointer, env, timeoutMs: LFS_TIMEOUT_MS });
  } catch (e) {
    const detail = (e as Error).message;
    const why = /'lfs' is not a git command/.test(detail) ? 'git-lfs is not installed' : detail;
    throw new Error(`it is stored with Git LFS and git-lfs could not fetch it: ${why}`, { cause: e });
  }
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
export function diffNameStatus(cwd: string, base: string, head: string): Promise<string> {
  return nameStatus(cwd, `${base}...${head}`);
}

/** `git diff --name-status -z -M` (renames found) of `range`: a commit range, or one commit against the work tree. */
async function nameStatus(cwd: string, range: string): Promise<string> {
  const args = ['-c', 'core.quotePath=false', 'diff', '--name-status', '-z', '-M', '--no-ext-diff', range, '--'];
  return (await git(cwd, args)).toString('utf8');
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
export function diffWorkTree(cwd: string, base: string): Promise<string> {
  return nameStatus(cwd, base);
}

/** Files in the work tree git does not track and does not ignore (new files not yet added). */
export async function untrackedFiles(cwd: string): Promise<string[]> {
  const out = await git(cwd, ['ls-files', '-z', '--others', '--exclude-standard']);
  return out.toString('utf8').split('\0').filter(Boolean);
}

/**
 * The token as an Authorization header for `auth.serverUrl` alone, through git's GIT_CONFIG_* variables (as
 * actions/checkout sets it up): never on a command line or in a file, never sent to another host (a pull request's
 * .lfsconfig can point LFS anywhere). Not a credential helper: git-lfs asks a helper again after every refusal, and
 * a token the server refuses would be offered for ever.
 */
function authHeaderEnv(auth: LfsAuth): NodeJS.ProcessEnv {
  const origin = new URL(auth.serverUrl).origin;
  const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
  return {
    GIT_CONFIG_COUNT: String(n + 1),
    [`GIT_CONFIG_KEY_${n}`]: `http.${origin}/.extraheader`,
    [`GIT_CONFIG_VALUE_${n}`]: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${auth.token}`).toString('base64')}`,
  };
}

/** Whether git already sends an extra header (a checkout's persisted credentials) to `serverUrl`. */
async function hasAuthHeader(cwd: string, serverUrl: string): Promise<boolean> {
  try {
    const out = await git(cwd, ['config', '--get-urlmatch', 'http.extraheader', `${new URL(serverUrl).origin}/`]);
    return out.toString('utf8').trim() !== '';
  } catch {
    return false; // exit status 1: none
  }
}
