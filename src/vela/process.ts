// Runs an executable without a shell, with a time limit, collecting its output. The child stays in
// our process group, so that cancelling the job (the runner ends the group) also ends Vela; a
// timeout kills it outright.
import { spawn } from 'node:child_process';

export interface ProcessOutcome {
  stdout: string;
  stderr: string;
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

export class SpawnFailure extends Error {
  constructor(
    readonly errno: string,
    message: string,
  ) {
    super(message);
    this.name = 'SpawnFailure';
  }
}

/** Output beyond this is dropped (a runaway process must not exhaust memory). */
const MAX_OUTPUT_CHARS = 64 * 1024 * 1024;

export function runProcess(
  file: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<ProcessOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      if (stdout.length < MAX_OUTPUT_CHARS) stdout += d;
    });
    child.stderr.on('data', (d: string) => {
      if (stderr.length < MAX_OUTPUT_CHARS) stderr += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new SpawnFailure(e.code ?? 'UNKNOWN', e.message));
    });
    // A killed Vela's helpers could keep its pipes open; after a timeout stop waiting for them.
    child.on('exit', () => {
      if (timedOut) {
        child.stdout.destroy();
        child.stderr.destroy();
      }
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code, signal, timedOut });
    });
  });
}
