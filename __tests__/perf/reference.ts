// Test helper: runs the estimator on a model with Vela's own placement from a reference JSON,
// so perf tests judge the estimate independently of src/compat.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readModel } from '../../src/tflite/read.js';
import { estimatePerformance, type PerfOptions } from '../../src/perf/index.js';
import { builtinTarget } from '../../src/targets/index.js';
import type { OperatorResult, PerfResult } from '../../src/report/types.js';
import { sharedDir } from '../helpers/shared.js';

export interface VelaRef {
  target: string;
  vela_failed?: boolean;
  summary: {
    total_cycles: number;
    npu_cycles: number;
    sram_used_kib: number;
    /** DRAM and off-chip flash used, in KiB with two decimals. */
    dram_used_kib: number;
    off_chip_flash_used_kib: number;
    weights_npu_encoded_bytes: number;
    /** Per memory area (sram, dram, on_chip_flash, off_chip_flash). */
    memory?: Record<
      string,
      { access_cycles: number; total_bytes: number; feature_map_write_bytes: number; weight_write_bytes: number }
    >;
  };
  operators: { index: number; subgraph?: number; placement: string }[];
  per_op: { index: number; subgraph?: number; npu_cycles: number; op_cycles: number; macs: number }[];
}

export function readRef(path: string): VelaRef | null {
  if (!existsSync(path)) return null;
  const ref = JSON.parse(readFileSync(path, 'utf8')) as VelaRef;
  return ref.vela_failed || !ref.summary ? null : ref;
}

/** Estimates `modelFile` on the reference's target with the reference's placement. */
export function estimateWithRefPlacement(modelFile: string, ref: VelaRef, options: PerfOptions = {}): PerfResult {
  const model = readModel(readFileSync(modelFile), { file: modelFile });
  const placement = new Map(ref.operators.map((o) => [`${o.subgraph ?? 0}:${o.index}`, o.placement]));
  const operators: OperatorResult[] = [];
  for (const sg of model.subgraphs) {
    for (const op of sg.operators) {
      operators.push({
        subgraph: sg.index,
        index: op.index,
        type: op.type,
        name: '',
        placement: placement.get(`${sg.index}:${op.index}`) === 'NPU' ? 'NPU' : 'CPU',
        reasons: [],
        macs: op.macs,
      });
    }
  }
  return estimatePerformance(model, builtinTarget(ref.target), operators, options);
}

/** A corpus model file, and Vela's reference for it on a target (`<source>__<model>`), by name. */
export const corpusFile = (source: string, model: string): string =>
  join(sharedDir, 'corpus/models', source, `${model}.tflite`);
export const corpusRef = (name: string, target: string): VelaRef | null =>
  readRef(join(sharedDir, 'vela-ref', name, `${target}.json`));

/** Our estimate of a corpus model on a target with Vela's placement, with Vela's reference (throws without one). */
export function estimateCorpusPair(
  source: string,
  model: string,
  target: string,
  options: PerfOptions = {},
): { perf: PerfResult; ref: VelaRef } {
  const ref = corpusRef(`${source}__${model}`, target);
  if (!ref) throw new Error(`no Vela reference for ${source}/${model} on ${target}`);
  return { perf: estimateWithRefPlacement(corpusFile(source, model), ref, options), ref };
}

/** Vela's bytes read and written in a memory area (sram, dram, on_chip_flash, off_chip_flash): weights included. */
export function velaTraffic(ref: VelaRef, area: string): { read: number; written: number } {
  const m = ref.summary.memory?.[area];
  if (!m) return { read: 0, written: 0 };
  const written = m.feature_map_write_bytes + m.weight_write_bytes;
  return { read: m.total_bytes - written, written };
}

/**
 * Vela's memory holding the read-only data (off-chip flash in Shared_Sram, the U55's mode; DRAM, with the feature
 * maps that do not fit the SRAM, in Dedicated_Sram) minus ours, less the encoded weights' own difference: what
 * the rest of the read-only data (scale records, LUTs, constants) and the maps there leave.
 */
export function readOnlyGap(perf: PerfResult, ref: VelaRef): number {
  const flash = ref.target.startsWith('ethos-u55');
  const theirs = Math.round((flash ? ref.summary.off_chip_flash_used_kib : ref.summary.dram_used_kib) * 1024);
  const ours = flash ? perf.summary.offChipFlashUsedBytes : perf.summary.dramUsedBytes;
  return theirs - ours + (perf.summary.weightsEncodedBytes - ref.summary.weights_npu_encoded_bytes);
}

/** Vela prints memory use in KiB with two decimals: a figure is known to within about 5 bytes. */
export const KIB_ROUNDING = 8;

/** Relative error of our SRAM use against Vela's. */
export const sramError = (perf: PerfResult, ref: VelaRef): number =>
  relErr(perf.summary.sramUsedBytes, ref.summary.sram_used_kib * 1024);

export const syntheticModel = (name: string): string => {
  const [family, ...rest] = name.split('__');
  return join(sharedDir, 'synthetic/models', family, `${rest.join('__')}.tflite`);
};

/** Our estimate of a conformance-suite model on a target with Vela's placement, with Vela's reference (throws without one). */
export function estimateSyntheticPair(name: string, target: string): { perf: PerfResult; ref: VelaRef } {
  const ref = readRef(join(sharedDir, 'synthetic/vela-ref', name, `${target}.json`));
  if (!ref) throw new Error(`no Vela reference for synthetic ${name} on ${target}`);
  return { perf: estimateWithRefPlacement(syntheticModel(name), ref), ref };
}

export const relErr = (est: number, ref: number): number =>
  ref === 0 ? (est === 0 ? 0 : 1) : Math.abs(est - ref) / Math.abs(ref);

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
