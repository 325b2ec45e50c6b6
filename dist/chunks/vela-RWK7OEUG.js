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
} from "./chunk-QB2U2IMQ.js";
import "./chunk-2M6X5S4X.js";
import "./chunk-2YXWPUR7.js";
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
