// The Ethos-U accelerator configurations Vela 5.1.0 accepts (its --accelerator-config values),
// and the family facts that follow from the accelerator rather than from the system config.
import { TargetError } from './errors.js';
import type { NpuFamily } from './types.js';

/** MACs per cycle each family is built with. */
export const ACCELERATOR_MACS: Readonly<Record<NpuFamily, readonly number[]>> = {
  u55: [32, 64, 128, 256],
  u65: [256, 512],
  u85: [128, 256, 512, 1024, 2048],
};

export const ACCELERATOR_CONFIGS: readonly string[] = (Object.keys(ACCELERATOR_MACS) as NpuFamily[]).flatMap((family) =>
  ACCELERATOR_MACS[family].map((macs) => `ethos-${family}-${macs}`),
);

export interface Accelerator {
  family: NpuFamily;
  macs: number;
  /** Vela's name, lower case: ethos-u65-512. */
  config: string;
}

/** Parses an accelerator name such as `ethos-u55-128` (any case); throws a TargetError naming the valid ones. */
export function parseAccelerator(name: string, where: { file?: string; line?: number } = {}): Accelerator {
  const config = name.trim().toLowerCase();
  const m = /^ethos-(u55|u65|u85)-(\d+)$/.exec(config);
  if (m) {
    const family = m[1] as NpuFamily;
    const macs = Number(m[2]);
    if (ACCELERATOR_MACS[family].includes(macs)) return { family, macs, config };
    throw new TargetError(
      'unknown-accelerator',
      `${config} does not exist: Ethos-${family.toUpperCase()} is built with ${ACCELERATOR_MACS[family].join(', ')} MACs`,
      where,
    );
  }
  throw new TargetError(
    'unknown-accelerator',
    `"${name}" is not an Ethos-U accelerator; valid ones: ${ACCELERATOR_CONFIGS.join(', ')}`,
    where,
  );
}

/** Highest address an AXI port reaches: 32-bit on U55, 40-bit on U65 and U85. Bounds the arena cache size. */
export function maxAddressOffset(family: NpuFamily): number {
  return family === 'u55' ? 2 ** 32 : 2 ** 40;
}

/**
 * NPU cores of a configuration, as Vela 5.1.0's core models them: U65-512 is two 256-MAC cores; U85-512 has
 * 2 and U85-1024/2048 have 4 (the MAC count is for the whole NPU); every other configuration has one.
 */
export function npuCores(acc: { family: NpuFamily; macs: number }): number {
  if (acc.family === 'u65') return acc.macs === 512 ? 2 : 1;
  if (acc.family === 'u85') return acc.macs >= 1024 ? 4 : acc.macs === 512 ? 2 : 1;
  return 1;
}
