import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/cli/files.ts
import { lstatSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
var ERRNO_WORDS = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  EEXIST: "already exists",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files"
};
var fsReason = (e) => {
  const code = e.code;
  if (code === void 0) return e.message;
  const words = ERRNO_WORDS[code];
  return words ? `${words} (${code})` : code;
};
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
  fsReason,
  collectModelPaths,
  UsageError
};
