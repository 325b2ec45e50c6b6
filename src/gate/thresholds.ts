// Parsing of threshold values as users write them in action inputs and .github/ethos-gate.yml.
// Every error names the setting, so a typo points straight at the line to fix.

/** A threshold or setting that cannot be understood; `setting` is the input or config key. */
export class GateConfigError extends Error {
  constructor(
    readonly setting: string,
    readonly detail: string,
  ) {
    super(`${setting}: ${detail}`);
    this.name = 'GateConfigError';
  }
}

export function isGateConfigError(e: unknown): e is GateConfigError {
  return e instanceof GateConfigError;
}

const NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)$/;

function splitValue(setting: string, raw: string | number): { value: number; unit: '' | '%' | 'pp' } {
  const text = String(raw).trim().toLowerCase();
  if (text === '') throw new GateConfigError(setting, 'is empty');
  const m = /^(.*?)\s*(%|pp)?$/.exec(text);
  const num = m?.[1] ?? '';
  if (!NUMBER.test(num))
    throw new GateConfigError(setting, `"${String(raw)}" is not a number (examples: 95%, 0.95, 5 pp)`);
  return { value: Number(num), unit: (m?.[2] ?? '') as '' | '%' | 'pp' };
}

/**
 * A share of a whole, 0..1: `100%`, `95%`, `0.95` or `1`. Bare numbers above 1 are refused rather than
 * guessed (`95` could mean 95% or a typo for 0.95).
 */
export function parseRatio(setting: string, raw: string | number): number {
  const { value, unit } = splitValue(setting, raw);
  if (unit === 'pp') throw new GateConfigError(setting, `"${raw}" is a coverage, write it as 95% or 0.95`);
  const ratio = unit === '%' ? value / 100 : value;
  if (unit === '' && value > 1)
    throw new GateConfigError(setting, `"${raw}" is ambiguous: write ${value}% or a fraction 0..1`);
  if (ratio > 1) throw new GateConfigError(setting, `"${raw}" is above 100%`);
  return ratio;
}

/**
 * A drop in percentage points, returned as a fraction (10 pp -> 0.10): `10 pp`, `10pp`, `10%` or `10`
 * (points are the natural unit for a difference of two coverages).
 */
export function parsePoints(setting: string, raw: string | number): number {
  const { value } = splitValue(setting, raw);
  if (value > 100) throw new GateConfigError(setting, `"${raw}" is more than 100 percentage points`);
  return value / 100;
}

/** A relative increase, returned as a fraction (5% -> 0.05): `5%`, `150%` or a fraction `0.05`. */
export function parseIncrease(setting: string, raw: string | number): number {
  const { value, unit } = splitValue(setting, raw);
  if (unit === 'pp')
    throw new GateConfigError(setting, `"${raw}": an increase is relative, write it as a percentage such as 5%`);
  if (unit === '%') return value / 100;
  if (value > 1)
    throw new GateConfigError(setting, `"${raw}" is ambiguous: write ${value}% or a fraction such as 0.05`);
  return value;
}

/** `true`/`false` (also yes/no, on/off, 1/0, as YAML and people write them; YAML reads a bare 1 or 0 as a number). */
export function parseBoolean(setting: string, raw: string | boolean | number): boolean {
  if (typeof raw === 'boolean') return raw;
  const text = String(raw).trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(text)) return true;
  if (['false', 'no', 'off', '0'].includes(text)) return false;
  throw new GateConfigError(setting, `"${raw}" is not true or false`);
}

/** Formats a fraction as a percentage for messages, at most one decimal: 0.05 -> "5%", 0.6667 -> "66.7%". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}
