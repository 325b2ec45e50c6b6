import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEFAULT_VELA_TIMEOUT_MS,
  ENGINE_CHOICES,
  MLIA_VELA_INI,
  VelaError,
  analyzeModelsWithEngine,
  assertComparable,
  describeEngine,
  isVelaError,
  parseEngineChoice,
  runPool,
  runVela,
  runVelaMany,
  velaArguments,
  velaVersion
} from "./chunk-PSLDNYQL.js";
import "./chunk-4SBK6T56.js";
import "./chunk-F6YFBCF2.js";
import "./chunk-H6KYKLVA.js";
import "./chunk-K42QXW5D.js";
export {
  DEFAULT_VELA_TIMEOUT_MS,
  ENGINE_CHOICES,
  MLIA_VELA_INI,
  VelaError,
  analyzeModelsWithEngine,
  assertComparable,
  describeEngine,
  isVelaError,
  parseEngineChoice,
  runPool,
  runVela,
  runVelaMany,
  velaArguments,
  velaVersion
};
