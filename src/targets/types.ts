// An Ethos-U target as data: the NPU configuration plus the system it sits in.
// Built-in profiles live in the top-level targets/ folder (MLIA's names and Vela's vela.ini facts);
// users may add their own as MLIA TOML profiles or Vela .ini system configs.

export type NpuFamily = 'u55' | 'u65' | 'u85';
export type MemArea = 'Sram' | 'Dram' | 'OnChipFlash' | 'OffChipFlash';

export interface MemoryTiming {
  /** Memory clock relative to the NPU core clock. */
  clockScale: number;
  burstLength: number;
  readLatency: number;
  writeLatency: number;
  maxReads: number;
  maxWrites: number;
  /** AXI ports used (U85 system configs set 2 for SRAM). */
  portsUsed: number;
}

export interface SystemConfig {
  name: string;
  coreClockHz: number;
  axi0Port: MemArea;
  axi1Port: MemArea;
  /** Timing per memory area; areas not named by the config use Vela's defaults. */
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
  /** Size limit of the arena cache (staging) in bytes, when set. */
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
  /** Where the profile came from: a built-in name or a user file path. */
  source: string;
}
