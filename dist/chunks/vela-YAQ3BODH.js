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
} from "./chunk-EDPCYMDN.js";
import "./chunk-SLRNASFL.js";
import "./chunk-CSLGV3ZU.js";
import "./chunk-DB7Z7Q6U.js";
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
