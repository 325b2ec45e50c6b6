// Expands command-line arguments into model files: files as given, directories searched for .tflite. What cannot be
// read is kept with its reason, to be reported by name beside the other models.
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { fsReason } from '../io/fs-reason.js';

export interface ModelPaths {
  files: string[];
  /** Paths named or found that cannot be read as a model file, and why. */
  unreadable: { path: string; reason: string }[];
}

export function collectModelPaths(args: readonly string[]): ModelPaths {
  const files: string[] = [];
  const unreadable: ModelPaths['unreadable'] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      unreadable.push({ path: dir, reason: `cannot list the folder: ${fsReason(e)}` });
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      let st: Stats;
      try {
        st = lstatSync(p);
      } catch (e) {
        unreadable.push({ path: p, reason: fsReason(e) });
        continue;
      }
      // Links to folders are not followed (as find does): a link back up would loop.
      if (st.isDirectory()) {
        if (name !== 'node_modules' && name !== '.git') walk(p);
        continue;
      }
      if (!name.endsWith('.tflite')) continue;
      if (st.isSymbolicLink()) {
        try {
          st = statSync(p);
        } catch (e) {
          unreadable.push({ path: p, reason: `a broken link: ${fsReason(e)}` });
          continue;
        }
      }
      // A pipe or a device found in a folder would block the reading or never end.
      if (st.isFile()) files.push(p);
      else unreadable.push({ path: p, reason: 'not a regular file' });
    }
  };
  for (const a of args) {
    let st: Stats;
    try {
      st = statSync(a);
    } catch (e) {
      unreadable.push({ path: a, reason: fsReason(e) });
      continue;
    }
    // A path named on the command line is read whatever it is (a pipe from <(...) included).
    if (st.isDirectory()) walk(a);
    else files.push(a);
  }
  return { files, unreadable };
}
