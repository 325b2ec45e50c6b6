import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_VELA_TIMEOUT_MS,
  ENGINE_CHOICES,
  VelaError,
  analyzeModelsWithEngine,
  assertComparable,
  bundledVelaIni,
  describeEngine,
  isVelaError,
  parseEngineChoice,
  runPool,
  runVela,
  runVelaMany,
  velaArguments,
  velaVersion
} from "./chunk-CAODNUPW.js";
import "./chunk-WBQG4O5W.js";
import "./chunk-PHWG64RG.js";
import "./chunk-RYSECW75.js";
import "./chunk-K42QXW5D.js";
export {
  DEFAULT_VELA_TIMEOUT_MS,
  ENGINE_CHOICES,
  VelaError,
  analyzeModelsWithEngine,
  assertComparable,
  bundledVelaIni,
  describeEngine,
  isVelaError,
  parseEngineChoice,
  runPool,
  runVela,
  runVelaMany,
  velaArguments,
  velaVersion
};
