// Plain-text summary of a quantization, for the CLI and logs.
import type { QuantizeReport } from './types.js';
import type { TrackingResult } from './verify.js';

export function describeQuantization(report: QuantizeReport, tracking?: TrackingResult): string[] {
  const lines = [
    `${report.quantizedOps} operator(s) quantized, ${report.floatOps.length} left float, ` +
      `${report.conversionOps} QUANTIZE/DEQUANTIZE added`,
  ];
  for (const f of report.floatOps) lines.push(`  float: operator ${f.index} ${f.type}: ${f.reason}`);
  if (tracking) {
    const at = tracking.comparedAt === 'outputs' ? 'outputs' : 'detection heads (before non-maximum suppression)';
    const indices = new Map((tracking.indexAgreement ?? []).map((a) => [a.output, a.share]));
    const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
    if (tracking.error) lines.push(`tracking: not measured: ${tracking.error}`);
    else if (!Number.isNaN(tracking.cosine))
      lines.push(
        `tracking: cosine similarity ${tracking.cosine.toFixed(4)} of the ${at} over ${tracking.samples} sample(s)`,
      );
    else if (!indices.size) lines.push(`tracking: not measurable (the ${at} were empty on every sample)`);
    // Outputs of class indices (ARG_MAX): how many indices the quantized model keeps.
    for (const [output, share] of indices)
      lines.push(
        `tracking: ${pct(share)} of the class indices of output ${output} (ARG_MAX/ARG_MIN) equal the float model's over ${tracking.samples} sample(s)`,
      );
    // With several outputs the overall figure is dominated by the largest: say how each one tracks.
    if (tracking.perOutput.length > 1 && !Number.isNaN(tracking.cosine)) {
      const each = tracking.perOutput
        .map(
          (c, i) =>
            `${i}: ${indices.has(i) ? `${pct(indices.get(i)!)} equal` : Number.isNaN(c) ? 'empty' : c.toFixed(4)}`,
        )
        .join(', ');
      lines.push(`tracking per output: ${each}`);
    }
  }
  for (const c of report.caveats) lines.push(`note: ${c}`);
  return lines;
}
