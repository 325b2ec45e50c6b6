#!/usr/bin/env node
// The `ethos-gate` executable. It turns on Node's on-disk compile cache before it loads the CLI: the second and
// later runs skip parsing and compiling the bundle's JavaScript, a fifth of a small model's check (Node >= 22.1;
// older Node has no such cache and runs as before; NODE_DISABLE_COMPILE_CACHE=1 turns it off).
import * as nodeModule from 'node:module';

const withCache = nodeModule as typeof nodeModule & { enableCompileCache?: () => unknown };
withCache.enableCompileCache?.();
await import('./main.js');
