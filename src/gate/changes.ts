// Which models a pull request touches: the changed-file list (from the API or git) filtered by the
// model globs. Pure; the action fetches the list.
import picomatch from 'picomatch';
import type { ChangeStatus } from '../report/types.js';

/** One changed file as the pull request files API reports it (`git diff --name-status` maps onto it). */
export interface ChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previousFilename?: string;
}

export interface ModelChange {
  path: string;
  status: ChangeStatus;
  /** Where the base version lives when it differs from `path` (renames). */
  basePath?: string;
}

/** A matcher for the `models` input: one or more globs, `!glob` to exclude. */
export function modelMatcher(globs: readonly string[]): (path: string) => boolean {
  const include = globs.filter((g) => !g.startsWith('!'));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const inc = picomatch(include.length ? include : ['**/*.tflite'], { dot: true });
  const exc = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
  return (path) => inc(path) && !exc(path);
}

/** The models among the changed files, each with the status and base path it is compared with. */
export function selectChangedModels(files: readonly ChangedFile[], isModel: (path: string) => boolean): ModelChange[] {
  const out: ModelChange[] = [];
  for (const f of files) {
    const previous = f.previousFilename;
    switch (f.status) {
      case 'added':
      case 'copied':
        if (isModel(f.filename)) out.push({ path: f.filename, status: 'added' });
        break;
      case 'modified':
      case 'changed':
        if (isModel(f.filename)) out.push({ path: f.filename, status: 'modified' });
        break;
      case 'removed':
        if (isModel(f.filename)) out.push({ path: f.filename, status: 'removed' });
        break;
      case 'renamed':
        if (isModel(f.filename))
          out.push(
            previous
              ? { path: f.filename, status: 'renamed', basePath: previous }
              : { path: f.filename, status: 'added' },
          );
        else if (previous && isModel(previous)) out.push({ path: previous, status: 'removed' });
        break;
      case 'unchanged':
        break;
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Parses `git diff --name-status -z` output (NUL-separated: status, path[, new path]). */
export function parseNameStatus(output: string): ChangedFile[] {
  const parts = output.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const kind = code[0];
    if (kind === 'R' || kind === 'C') {
      const from = parts[i++];
      const to = parts[i++];
      files.push({ filename: to, status: kind === 'R' ? 'renamed' : 'copied', previousFilename: from });
    } else {
      const path = parts[i++];
      const status = kind === 'A' ? 'added' : kind === 'D' ? 'removed' : kind === 'T' ? 'changed' : 'modified';
      files.push({ filename: path, status });
    }
  }
  return files;
}
