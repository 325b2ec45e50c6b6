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
} from "./chunk-EIF5HB5I.js";
import "./chunk-GAUU6BYZ.js";
import "./chunk-JVDJN54R.js";
import "./chunk-3CGBJURC.js";
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
