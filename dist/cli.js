#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/cli/bin.ts
import * as nodeModule from "node:module";
var withCache = nodeModule;
withCache.enableCompileCache?.();
await import("./chunks/main-VFK7Y5EV.js");
