// An Ethos-U target as data: the NPU configuration plus the system it sits in.
// Built-in profiles live in the top-level targets/ folder (MLIA's names and Vela's vela.ini facts);
// users may add their own as MLIA TOML profiles or Vela .ini system configs.

export type NpuFamily = 'u55' | 'u65' | 'u85';
export type MemArea = 'Sram' | 'Dram' | 'OnChipFlash' | 'OffChipFlash';

// Values are as the .ini states them (Vela's defaults filled in); use effectiveMemory()/memoryBandwidth()
// from src/targets for what Vela's core computes with (bandwidth, lower bounds).
export interface MemoryTiming {
  /** Memory clock relative to the NPU core clock. */
  clockScale: number;
  /** Bytes. */
  burstLength: number;
  /** NPU cycles. */
  readLatency: number;
  /** NPU cycles. */
  writeLatency: number;
  /** Outstanding reads (0 in vela.ini's U85 flash entries; the core runs it as 1). */
  maxReads: number;
  maxWrites: number;
  /** AXI ports used (U85 system configs set 2 for SRAM). */
  portsUsed: number;
}

export interface SystemConfig {
  name: string;
  /** Used only for inference time and GB/s; Vela's estimate is in NPU cycles. */
  coreClockHz: number;
  axi0Port: MemArea;
  axi1Port: MemArea;
  /**
   * Timing per memory area the config names with at least one `<Memory>_*` key (Vela's core knows only
   * those); memoryTiming() gives Vela's defaults for any other.
   */
  memories: Partial<Record<MemArea, MemoryTiming>>;
}

export interface MemoryMode {
  name: string;
  /** Which AXI port holds the constant data (weights). */
  constMemArea: 'Axi0' | 'Axi1';
  /** Which AXI port holds the tensor arena (feature maps). */
  arenaMemArea: 'Axi0' | 'Axi1';
  /** Which AXI port holds the staging/cache area. */
  cacheMemArea: 'Axi0' | 'Axi1';
  /** Size limit of the arena cache (staging) in bytes, when the ini sets it; arenaSizeLimit() gives the default. */
  arenaCacheSize?: number;
}

export interface TargetProfile {
  /** e.g. ethos-u55-256 */
  id: string;
  family: NpuFamily;
  /** MACs per cycle of the configuration (the number in the accelerator name). */
  macs: number;
  /** Vela's accelerator config name, e.g. ethos-u65-512. */
  acceleratorConfig: string;
  description: string;
  systemConfig: SystemConfig;
  memoryMode: MemoryMode;
  /**
   * Where the profile came from: `builtin:<id>`, the path of the user's .toml, or, for an
   * `accelerator:system:mode` id, the .ini path(s) the sections came from ("built-in MLIA vela.ini" for ours).
   */
  source: string;
}
