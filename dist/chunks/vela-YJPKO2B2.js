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
} from "./chunk-DTLOHXXR.js";
import "./chunk-DHICGBIJ.js";
import "./chunk-D2IK3OCQ.js";
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
