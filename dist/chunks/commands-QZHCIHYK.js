import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UsageError
} from "./chunk-Q5TJQ6RO.js";
import "./chunk-OFKXKJD5.js";

// src/cli/commands.ts
async function run(command, _args) {
  throw new UsageError(`"${command}" is not available yet`);
}
export {
  run
};
