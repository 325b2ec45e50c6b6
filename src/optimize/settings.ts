// Optimization settings as MLIA names them: `pruning=0.5,clustering=16`; several settings to compare side by side
// are separated by `;` (the action's `optimize:` input, the CLI's --pruning/--clustering flags build the same).
import { OptimizeError } from './errors.js';

export interface OptimizationSetting {
  /** Fraction of each selected weight tensor set to its zero point, 0 <= sparsity < 1. */
  pruning?: number;
  /** Number of distinct values per tensor (per output channel with per-axis quantization), 2..256. */
  clustering?: number;
}

/** The largest cluster count that can still change 8-bit weights (there are only 256 values). */
export const MAX_CLUSTERS = 256;

/** Throws an OptimizeError when a setting is out of range or asks for nothing. */
export function validateSetting(s: OptimizationSetting, where = '<setting>'): OptimizationSetting {
  if (s.pruning === undefined && s.clustering === undefined)
    throw new OptimizeError('bad-setting', where, 'a setting needs pruning=<sparsity> and/or clustering=<clusters>');
  if (s.pruning !== undefined && !(Number.isFinite(s.pruning) && s.pruning >= 0 && s.pruning < 1))
    throw new OptimizeError('bad-setting', where, `pruning must be a sparsity in [0, 1), not ${s.pruning}`);
  if (
    s.clustering !== undefined &&
    !(Number.isInteger(s.clustering) && s.clustering >= 2 && s.clustering <= MAX_CLUSTERS)
  )
    throw new OptimizeError(
      'bad-setting',
      where,
      `clustering must be a whole number of clusters from 2 to ${MAX_CLUSTERS}, not ${s.clustering}`,
    );
  return s;
}

/** Parses `pruning=0.5,clustering=16;pruning=0.75` into settings, in order. */
export function parseSettings(text: string): OptimizationSetting[] {
  const settings: OptimizationSetting[] = [];
  for (const part of text.split(';')) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const setting: OptimizationSetting = {};
    for (const item of trimmed.split(',')) {
      const [rawKey, rawValue, ...extra] = item.split('=').map((s) => s.trim());
      const key = rawKey.toLowerCase();
      if (rawValue === undefined || rawValue === '' || extra.length)
        throw new OptimizeError('bad-setting', '<setting>', `"${item.trim()}" in "${trimmed}" is not <name>=<value>`);
      // Number('') is 0 and Number('x') NaN: a value that is no number is named as written.
      const value = Number(rawValue);
      if (
        !Number.isFinite(value) &&
        (key === 'pruning' || key === 'sparsity' || key === 'clustering' || key === 'clusters')
      )
        throw new OptimizeError('bad-setting', '<setting>', `${key} must be a number, not "${rawValue}"`);
      if (key === 'pruning' || key === 'sparsity') setting.pruning = value;
      else if (key === 'clustering' || key === 'clusters') setting.clustering = value;
      else
        throw new OptimizeError(
          'bad-setting',
          '<setting>',
          `unknown optimization "${rawKey}" in "${trimmed}" (known: pruning, clustering)`,
        );
    }
    settings.push(validateSetting(setting, '<setting>'));
  }
  if (!settings.length) throw new OptimizeError('bad-setting', '<setting>', `no optimization setting in "${text}"`);
  return settings;
}

/** `pruning 0.5, clustering 16`: the techniques applied, as report labels. */
export function settingTechniques(s: OptimizationSetting): string[] {
  const out: string[] = [];
  if (s.pruning !== undefined) out.push(`pruning ${s.pruning}`);
  if (s.clustering !== undefined) out.push(`clustering ${s.clustering}`);
  return out;
}

/** The setting in the input's own syntax, `pruning=0.5,clustering=16`, also usable in file names. */
export function formatSetting(s: OptimizationSetting): string {
  const out: string[] = [];
  if (s.pruning !== undefined) out.push(`pruning=${s.pruning}`);
  if (s.clustering !== undefined) out.push(`clustering=${s.clustering}`);
  return out.join(',');
}

/**
 * File name for a variant of `modelPath`: `kws.tflite` + pruning 0.5, clustering 16 ->
 * `kws.pruning-0.5.clustering-16.tflite`, so the CLI (--out DIR) and the action's artifact name files alike.
 */
export function optimizedFileName(modelPath: string, s: OptimizationSetting): string {
  const base = modelPath.split(/[\\/]/).pop() || 'model.tflite';
  const stem = base.replace(/\.tflite$/i, '');
  const parts: string[] = [];
  if (s.pruning !== undefined) parts.push(`pruning-${s.pruning}`);
  if (s.clustering !== undefined) parts.push(`clustering-${s.clustering}`);
  return `${stem}.${parts.join('.')}.tflite`;
}
