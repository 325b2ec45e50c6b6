// The files one optimize run produces, as names and bytes: each optimised model plus the report in markdown and
// JSON. The CLI writes them under --out DIR; the action uploads the same list as an artifact. No I/O here.
import type { OptimizationRun } from './engine.js';
import { renderOptimizationReport } from './report.js';
import { optimizedFileName } from './settings.js';

export interface OutputFile {
  /** A bare file name (no directories), distinct within one run. */
  name: string;
  bytes: Uint8Array;
}

export function optimizationOutputs(run: OptimizationRun): OutputFile[] {
  const stem = (run.file.split(/[\\/]/).pop() || 'model.tflite').replace(/\.tflite$/i, '');
  const text = (s: string) => new TextEncoder().encode(s);
  return [
    ...run.variants.map((v) => ({ name: optimizedFileName(run.file, v.setting), bytes: v.bytes })),
    { name: `${stem}.optimization.md`, bytes: text(renderOptimizationReport(run, 'markdown')) },
    { name: `${stem}.optimization.json`, bytes: text(renderOptimizationReport(run, 'json')) },
  ];
}
