import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  fsReason
} from "./chunk-E2KYLUGO.js";

// src/cli/files.ts
import { lstatSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
function collectModelPaths(args) {
  const files = [];
  const unreadable = [];
  const walk = (dir) => {
    let names;
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      unreadable.push({ path: dir, reason: `cannot list the folder: ${fsReason(e)}` });
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      let st;
      try {
        st = lstatSync(p);
      } catch (e) {
        unreadable.push({ path: p, reason: fsReason(e) });
        continue;
      }
      if (st.isDirectory()) {
        if (name !== "node_modules" && name !== ".git") walk(p);
        continue;
      }
      if (!name.endsWith(".tflite")) continue;
      if (st.isSymbolicLink()) {
        try {
          st = statSync(p);
        } catch (e) {
          unreadable.push({ path: p, reason: `a broken link: ${fsReason(e)}` });
          continue;
        }
      }
      if (st.isFile()) files.push(p);
      else unreadable.push({ path: p, reason: "not a regular file" });
    }
  };
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch (e) {
      unreadable.push({ path: a, reason: fsReason(e) });
      continue;
    }
    if (st.isDirectory()) walk(a);
    else files.push(a);
  }
  return { files, unreadable };
}

// src/cli/usage-error.ts
var UsageError = class extends Error {
};

export {
  collectModelPaths,
  UsageError
};
