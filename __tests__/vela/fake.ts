// The stand-in `vela` (helpers/fake-vela/vela) and the Vela 5.1.0 references it replays.
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, sharedDir, corpusManifest, type CorpusEntry } from '../helpers/shared.js';

export const fakeVela = join(projectRoot, '__tests__/helpers/fake-vela/vela');

/** Makes the stand-in executable (git may not keep the mode) and returns its path. */
export function fakeVelaPath(): string {
  chmodSync(fakeVela, 0o755);
  return fakeVela;
}

export function fakeEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, FAKE_VELA_SHARED: sharedDir, ...extra };
}

export interface RefOperator {
  subgraph: number;
  index: number;
  op_type: string;
  placement: 'NPU' | 'CPU';
  cpu_reasons: { reason: string; constraint: string[]; ofm: string; warned_as: string }[];
}

export interface RefPerOp {
  subgraph: number;
  index: number;
  op_cycles: number;
  npu_cycles: number;
  macs: number;
  sram_access_cycles: number;
  dram_access_cycles: number;
  on_chip_flash_access_cycles: number;
  off_chip_flash_access_cycles: number;
}

interface RefMemory {
  feature_map_read_bytes: number;
  feature_map_write_bytes: number;
  weight_read_bytes: number;
  weight_write_bytes: number;
  total_bytes: number;
  access_cycles: number;
}

export interface VelaRef {
  model: string;
  target: string;
  model_sha256: string;
  vela_version: string;
  vela_failed?: boolean;
  vela_error?: string;
  config: { system_config: string; memory_mode: string };
  summary: {
    total_cycles: number;
    npu_cycles: number;
    inference_time_s: number;
    inferences_per_second: number | null;
    nn_macs: number;
    sram_used_kib: number;
    dram_used_kib: number;
    on_chip_flash_used_kib: number;
    off_chip_flash_used_kib: number;
    weights_original_bytes: number;
    weights_npu_encoded_bytes: number;
    tflite_ops_npu: number;
    tflite_ops_cpu: number;
    tflite_ops_total: number;
    memory: Record<'sram' | 'dram' | 'on_chip_flash' | 'off_chip_flash', RefMemory>;
  };
  operators: RefOperator[];
  per_op: RefPerOp[];
}

export function readRef(model: string, target: string): VelaRef {
  return JSON.parse(readFileSync(join(sharedDir, 'vela-ref', model, `${target}.json`), 'utf8')) as VelaRef;
}

/** Reference folder name of a corpus entry: `<source>__<model>`. */
export function refName(entry: CorpusEntry): string | null {
  const parts = entry.file.split('/');
  if (parts.length !== 3 || parts[0] !== 'models') return null;
  return `${parts[1]}__${parts[2].replace(/\.[^.]+$/, '')}`;
}

/** (corpus entry, target) pairs that have a reference, Vela-failed ones included. */
export function referencePairs(): { entry: CorpusEntry; model: string; target: string }[] {
  const out: { entry: CorpusEntry; model: string; target: string }[] = [];
  for (const entry of corpusManifest()) {
    const model = refName(entry);
    if (model === null) continue;
    const dir = join(sharedDir, 'vela-ref', model);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.json')) out.push({ entry, model, target: f.slice(0, -'.json'.length) });
    }
  }
  return out;
}
