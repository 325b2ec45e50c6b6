// Expands command-line arguments into model files: files as given, directories searched for .tflite.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function collectModelPaths(args: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        if (name !== 'node_modules' && name !== '.git') walk(p);
      } else if (name.endsWith('.tflite')) files.push(p);
    }
  };
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      missing.push(a);
      continue;
    }
    if (st.isDirectory()) walk(a);
    else files.push(a);
  }
  return { files, missing };
}
