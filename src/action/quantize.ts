// `quantize: true` — each float head model is quantized to int8 (random calibration: the action has no
// representative data), analysed with the same targets and engine, and shown beside the float result in its
// own section. The quantized result is not part of the GateReport: the thresholds judge the real model only,
// and report.json keeps describing the files of the pull request. The quantizer and the TFLite runtime it
// calibrates with are imported only when the input is set.
import * as core from '@actions/core';
import { sanitizeTerminal as oneLine } from '../report/terminal.js';
import { readModel } from '../tflite/read.js';
import { escapeMarkdown, truncateMiddle } from '../report/escape.js';
import { formatBytes, formatMs, formatPercent } from '../report/format.js';
import { markdownTable } from '../report/markdown-table.js';
import type { ModelComparison, ModelResult, TargetResult } from '../report/types.js';
import type { TargetProfile } from '../targets/types.js';
import { analyzeBytes, type EngineSettings } from './analyze.js';
import { artifactName, describeOutcome, type ArtifactOutputs } from './artifacts.js';
import { headBytes } from './models.js';
import type { LfsAuth } from '../io/git.js';
import type { ExtraSection } from './sections.js';

/** Random calibration samples per model (MLIA draws 100). */
const CALIBRATION_SAMPLES = 100;
const NAME_WIDTH = 60;

export const QUANTIZED_SUFFIX = ' (quantized int8)';

const RANDOM_CAVEAT =
  'Calibrated on random inputs (the action has no representative data): placement and performance are ' +
  'those of the int8 model, but its accuracy is not. Quantize with real calibration data ' +
  '(`ethos-gate quantize --calibration DIR`) before relying on it.';

/** Quantizes and analyses every float head model; one section per model. Failures are warnings. */
export async function quantizeModels(
  models: readonly ModelComparison[],
  targets: readonly TargetProfile[],
  engine: EngineSettings,
  workspace: string,
  outputs: ArtifactOutputs,
  salt: string,
  lfsAuth?: LfsAuth,
): Promise<ExtraSection[]> {
  const q = await import('../optimize/quantize/index.js');
  const sections: ExtraSection[] = [];
  let integer = 0;
  for (const m of models) {
    if (!m.head || m.head.error || m.head.velaCompiled) continue;
    const bytes = await headBytes(workspace, m.path, lfsAuth);
    if (!(bytes instanceof Uint8Array)) continue;
    if (!q.isFloatModel(readModel(bytes, { file: m.path }))) {
      integer++;
      continue;
    }
    const started = Date.now();
    const label = m.path + QUANTIZED_SUFFIX;
    const name = escapeMarkdown(truncateMiddle(m.path, NAME_WIDTH));
    try {
      const result = await q.quantize(bytes, { io: 'int8', file: m.path, randomCount: CALIBRATION_SAMPLES });
      const tracking = await q.compareOutputs(bytes, result.bytes, result.samples, { file: m.path });
      const quantized = await analyzeBytes(label, result.bytes, targets, engine);
      const notes = q.describeQuantization(result.report, tracking);
      const stem = (m.path.split('/').pop() ?? 'model').replace(/\.tflite$/i, '');
      const table = comparisonTable(m.head, quantized);
      const text = (s: string) => new TextEncoder().encode(s);
      const outcome = await outputs.publish(artifactName('quantized', m.path, salt), [
        { name: `${stem}.int8.tflite`, bytes: result.bytes },
        {
          name: `${stem}.quantization.md`,
          bytes: text(`# ${m.path}${QUANTIZED_SUFFIX}\n\n${table}\n\n${notes.map((l) => `    ${l}`).join('\n')}\n`),
        },
        {
          name: `${stem}.quantization.json`,
          bytes: text(
            JSON.stringify({ file: m.path, report: result.report, tracking, float: m.head, quantized }, null, 2) + '\n',
          ),
        },
      ]);
      // Notes name tensors of the model: one log line each, whatever the names hold.
      core.info(
        `quantize ${oneLine(m.path)}: ${Date.now() - started} ms\n${notes.map((l) => `  ${oneLine(l)}`).join('\n')}`,
      );
      const title = `#### Quantized to int8: **${name}**`;
      const where = describeOutcome(outcome);
      const details = `<details><summary>Quantization</summary>\n\n${notes.map((l) => `- ${escapeMarkdown(l)}`).join('\n')}\n\n</details>`;
      sections.push({
        levels: [
          [title, table, `> ${RANDOM_CAVEAT}`, where, details].join('\n\n'),
          [title, table, `> ${RANDOM_CAVEAT}`, where].join('\n\n'),
          `Quantized to int8: **${name}**${summaryLine(m.head, quantized)}. ${where}.`,
        ],
      });
    } catch (e) {
      const message = (e as Error).message;
      core.warning(`quantize: ${m.path}: ${message}`);
      sections.push({ levels: [`Quantized to int8: **${name}**: failed: ${escapeMarkdown(message)}`] });
    }
  }
  if (integer) core.info(`quantize: ${integer} model(s) already integer, left as they are.`);
  return sections;
}

/** Float and int8 side by side, per target. */
function comparisonTable(float: ModelResult, quantized: ModelResult): string {
  const rows: string[][] = [];
  for (const f of float.targets) {
    const q = quantized.targets.find((t) => t.target === f.target);
    const cells = (t: TargetResult | undefined): string[] => {
      if (!t) return ['–', '–', '–', '–'];
      const p = t.performance?.summary;
      return [
        `${t.npuOperators}/${t.npuOperators + t.cpuOperators} (${formatPercent(t.npuCoverage)})`,
        // No NPU operator: no estimate (Vela times the NPU only), not zero time.
        !p ? '–' : t.npuOperators === 0 ? 'CPU only' : formatMs(p.inferenceTimeMs),
        p ? formatBytes(p.sramUsedBytes) : '–',
        p ? formatBytes(p.onChipFlashUsedBytes + p.offChipFlashUsedBytes) : '–',
      ];
    };
    const a = cells(f);
    const b = cells(q);
    rows.push([escapeMarkdown(f.target), ...a.map((x, i) => `${x} → ${b[i]}`)]);
  }
  const error = quantized.error
    ? `\n\nThe quantized model could not be analysed: ${escapeMarkdown(quantized.error.message)}`
    : '';
  return (
    markdownTable(
      ['Target (float → int8)', 'NPU operators', 'Inference time', 'SRAM', 'Flash'],
      ['left', 'right', 'right', 'right', 'right'],
      rows,
    ) + error
  );
}

function summaryLine(float: ModelResult, quantized: ModelResult): string {
  const f = float.targets[0];
  const q = quantized.targets.find((t) => t.target === f?.target);
  if (!f || !q) return '';
  return ` — NPU coverage on ${escapeMarkdown(f.target)} ${formatPercent(f.npuCoverage)} → ${formatPercent(q.npuCoverage)}`;
}
