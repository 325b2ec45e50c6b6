// Bytes read and written per memory area, and the keys the report names the areas by.
import type { MemArea } from '../targets/types.js';

export type AreaKey = 'sram' | 'dram' | 'onChipFlash' | 'offChipFlash';

export const AREA_KEY: Record<MemArea, AreaKey> = {
  Sram: 'sram',
  Dram: 'dram',
  OnChipFlash: 'onChipFlash',
  OffChipFlash: 'offChipFlash',
};

export interface Traffic {
  read: number;
  write: number;
  cycles: number;
}

export const emptyTraffic = (): Record<AreaKey, Traffic> => ({
  sram: { read: 0, write: 0, cycles: 0 },
  dram: { read: 0, write: 0, cycles: 0 },
  onChipFlash: { read: 0, write: 0, cycles: 0 },
  offChipFlash: { read: 0, write: 0, cycles: 0 },
});

/** Adds `from`'s traffic per memory area into `into`. */
export function addTraffic(into: Record<AreaKey, Traffic>, from: Record<AreaKey, Traffic>): void {
  for (const [area, tr] of Object.entries(from) as [AreaKey, Traffic][]) {
    into[area].read += tr.read;
    into[area].write += tr.write;
    into[area].cycles += tr.cycles;
  }
}
