import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/cli/usage-error.ts
var UsageError = class extends Error {
};

export {
  UsageError
};
