// The result contract: what the engine returns for each model and target, and what every
// report format (table, markdown, JSON, MLIA JSON) and the action read. JSON field names are public API.

export type Placement = 'NPU' | 'CPU';

export interface Reason {
  /** Stable rule id, e.g. `u55.conv2d.stride`. */
  rule: string;
  /** A sentence naming the offending value. */
  message: string;
}

export interface OperatorResult {
  subgraph: number;
  index: number;
  type: string;
  /** Name of the operator's first output tensor. */
  name: string;
  placement: Placement;
  reasons: Reason[];
  macs: number;
}

export interface MemoryTraffic {
  readBytes: number;
  writeBytes: number;
  accessCycles: number;
}

export interface PerfSummary {
  npuCycles: number;
  totalCycles: number;
  inferenceTimeMs: number;
  inferencesPerSecond: number;
  macs: number;
  sramUsedBytes: number;
  dramUsedBytes: number;
  onChipFlashUsedBytes: number;
  offChipFlashUsedBytes: number;
  weightsOriginalBytes: number;
  weightsEncodedBytes: number;
  /**
   * How weightsEncodedBytes was found: 'exact' = every weight tensor encoded; 'sampled' = large tensors sized
   * from an exact encoding of a spread sample of their blocks (within a fraction of a percent on the corpus).
   */
  weightsSizing?: 'exact' | 'sampled';
  memory: {
    sram: MemoryTraffic;
    dram: MemoryTraffic;
    onChipFlash: MemoryTraffic;
    offChipFlash: MemoryTraffic;
  };
}

export interface LayerPerf {
  subgraph: number;
  operatorIndex: number;
  type: string;
  /** The layer's cost: Vela's "maximal processing path", max(NPU cycles, each memory's access cycles). */
  cycles: number;
  npuCycles: number;
  macs: number;
  /** MACs / (cycles x MACs per cycle), 0..1. */
  macUtilisation: number;
  accessCycles: { sram: number; dram: number; onChipFlash: number; offChipFlash: number };
  /** True when a memory's access cycles, not compute, set the layer's cost. */
  memoryBound: boolean;
}

export interface PerfResult {
  summary: PerfSummary;
  layers: LayerPerf[];
  /** CPU operators get no time from Vela; they are listed with their MACs. */
  cpuOperators: { subgraph: number; operatorIndex: number; type: string; macs: number }[];
}

export interface TargetResult {
  target: string;
  npuOperators: number;
  cpuOperators: number;
  /** NPU operators / all operators (MLIA's count), 0..1. */
  npuCoverage: number;
  /** NPU MACs / all MACs, 0..1 (1 when the model has no MACs). */
  macCoverage: number;
  /** Number of contiguous NPU and CPU partitions in execution order. */
  partitions: { npu: number; cpu: number };
  operators: OperatorResult[];
  /** Absent when only compatibility was asked for, or when the estimate was refused (the model's error says why). */
  performance?: PerfResult;
}

export interface ModelError {
  code: string;
  message: string;
}

export interface ModelResult {
  path: string;
  sha256: string;
  error?: ModelError;
  /** The file was already compiled by Vela: it is reported, not analysed. */
  velaCompiled: boolean;
  description?: string;
  targets: TargetResult[];
  /**
   * The engine that produced these figures, when the run chose one (`engine: vela` or `auto`; with
   * `auto` models can mix). Absent: the built-in engine named in the report's `tool`.
   */
  engine?: { name: 'builtin' | 'vela'; version: string };
}

/** How a model changed in a pull request. */
export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'removed' | 'unchanged';

/** One model's head result next to its base version (absent for added models, or for `mode: all`). */
export interface ModelComparison {
  path: string;
  /** The base path when the model was renamed. */
  basePath?: string;
  status: ChangeStatus;
  head?: ModelResult;
  base?: ModelResult;
}

export type GateRule =
  | 'min-npu-coverage'
  | 'max-coverage-drop'
  | 'max-latency-increase'
  | 'max-sram-increase'
  | 'max-flash-increase'
  | 'max-dram-increase'
  | 'new-cpu-ops'
  | 'model-error';

/** A threshold that failed (or would have failed, when the gate is informational). */
export interface GateFinding {
  path: string;
  target?: string;
  rule: GateRule;
  message: string;
}

/** Everything a report renders for one run: what was analysed, how it compares, and the verdict. */
export interface GateReport {
  /** Report format version. */
  schemaVersion: 1;
  tool: { name: 'ethos-gate'; version: string; engine: 'builtin' | 'vela'; engineVersion: string };
  targets: string[];
  models: ModelComparison[];
  findings: GateFinding[];
  /** True when a threshold failed. */
  regressed: boolean;
  /** Informational runs report findings but never fail. */
  informational: boolean;
  /** The pull request this report belongs to, when there is one (travels to the comment-from-report workflow). */
  pullRequest?: { number: number; repository: string; headSha: string; baseSha?: string };
}
