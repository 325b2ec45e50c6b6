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
} from "./chunk-2Y5T2DDK.js";
import "./chunk-JJPPNGGO.js";
import "./chunk-F3NYP5RV.js";
import "./chunk-257X2ZPL.js";
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
