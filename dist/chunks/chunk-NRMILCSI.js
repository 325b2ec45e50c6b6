import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/cli/files.ts
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
function collectModelPaths(args) {
  const files = [];
  const missing = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        if (name !== "node_modules" && name !== ".git") walk(p);
      } else if (name.endsWith(".tflite")) files.push(p);
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

// src/cli/usage-error.ts
var UsageError = class extends Error {
};

export {
  collectModelPaths,
  UsageError
};
