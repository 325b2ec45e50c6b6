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
} from "./chunk-AKH2YOEG.js";
import "./chunk-HVS4SXWS.js";
import "./chunk-AUU6RFPC.js";
import "./chunk-T5TLINFM.js";
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
