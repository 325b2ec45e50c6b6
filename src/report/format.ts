// Number formatting shared by every human-readable report, so the terminal and markdown agree to the digit.

/** 1234567 -> "1,234,567" (fixed locale: reports must not depend on the machine's). */
export function formatInt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value);
  const sign = rounded < 0 ? '-' : '';
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A rate per second: whole numbers with separators from 100 up ("44,014"), one decimal below ("12.5"). */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return String(perSecond);
  return Math.abs(perSecond) >= 100 ? formatInt(perSecond) : perSecond.toFixed(1);
}

/** Bytes in binary units: "512 B", "12.3 KiB", "1.50 MiB". */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${formatInt(bytes)} B`;
  if (abs < 1024 * 1024) return `${(bytes / 1024).toFixed(abs < 10 * 1024 ? 2 : 1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
}

/** Milliseconds, readable at every scale: "3.25 µs", "0.412 ms", "12.35 ms", "1,234 ms". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  const abs = Math.abs(ms);
  if (abs === 0) return '0 ms';
  // Single-operator models take microseconds: "0.000 ms" would hide the figure.
  if (abs < 0.01) return `${(ms * 1000).toFixed(abs < 0.001 ? 3 : 2)} µs`;
  if (abs >= 1000) return `${formatInt(ms)} ms`;
  if (abs >= 10) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(3)} ms`;
}

/** A 0..1 ratio as a percentage: "87.5%". */
export function formatPercent(ratio: number, digits = 1): string {
  if (!Number.isFinite(ratio)) return '–';
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** A signed difference with an explicit + so an increase is never mistaken for an absolute value. */
export function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

/** Relative change head vs base as a signed percentage, or undefined when the base is zero. */
export function relativeChange(base: number, head: number): number | undefined {
  if (base === 0) return head === 0 ? 0 : undefined;
  return (head - base) / Math.abs(base);
}

/** "+12.5%" / "-3.0%" / "±0%" / "new" for a change from zero. */
export function formatRelative(base: number, head: number): string {
  const rel = relativeChange(base, head);
  if (rel === undefined) return 'new';
  if (rel === 0) return '±0%';
  return signed(`${(rel * 100).toFixed(1)}%`, rel);
}

/** Coverage change in percentage points: "+4.2 pp". */
export function formatPointsChange(baseRatio: number, headRatio: number): string {
  const pp = (headRatio - baseRatio) * 100;
  if (Math.abs(pp) < 0.05) return '±0 pp';
  return signed(`${pp.toFixed(1)} pp`, pp);
}

/** Signed byte difference: "+1.25 KiB". */
export function formatBytesChange(base: number, head: number): string {
  const d = head - base;
  if (d === 0) return '±0 B';
  return signed(formatBytes(d), d);
}

/** Signed millisecond difference: "+0.120 ms". */
export function formatMsChange(base: number, head: number): string {
  const d = head - base;
  if (d === 0) return '±0 ms';
  return signed(formatMs(d), d);
}

/** Signed integer difference: "+1,024". */
export function formatIntChange(base: number, head: number): string {
  const d = head - base;
  if (d === 0) return '±0';
  return signed(formatInt(d), d);
}

/**
 * How a layer or operator is referred to: its TFLite operator number (`12`, or `1:12` outside subgraph 0), or
 * `added` for work the compiler inserts that belongs to no operator (e.g. U85 conversions of bool graph I/O).
 */
export function operatorRef(subgraph: number, index: number): string {
  if (index < 0) return 'added';
  return subgraph ? `${subgraph}:${index}` : String(index);
}

/** "1 layer", "2 layers": a count and its noun (plural by adding s). */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
