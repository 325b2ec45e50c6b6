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
} from "./chunk-NIBINDD3.js";
import "./chunk-PC63MCJW.js";
import "./chunk-5SDD6QSK.js";
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
