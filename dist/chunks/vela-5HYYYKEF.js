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
} from "./chunk-SFMXJF67.js";
import "./chunk-TU5WHCR6.js";
import "./chunk-JRE7LBPB.js";
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
