// Vela's summary CSV (`<net>_summary_<sysconfig>.csv`): a header line and one row of network figures.
// Units as Vela writes them: `*_memory_used` in KiB, `inference_time` in seconds, `*_bytes` in bytes
// per inference, cycles per batch (batch 1). PerfSummary wants bytes and milliseconds.
import type { MemoryTraffic, PerfSummary } from '../report/types.js';
import { VelaOutputError } from './errors.js';

export type SummaryRow = Record<string, string>;

/** Splits Vela's summary CSV. Vela writes it with Python's csv module, so fields may be quoted. */
export function parseSummaryCsv(text: string): SummaryRow {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) throw new VelaOutputError('summary CSV has no data row');
  const header = splitQuotedCsvLine(lines[0]);
  const values = splitQuotedCsvLine(lines[1]);
  if (header.length !== values.length) {
    throw new VelaOutputError(`summary CSV has ${header.length} columns in its header but ${values.length} in its row`);
  }
  const row: SummaryRow = {};
  header.forEach((h, i) => (row[h] = values[i]));
  return row;
}

/** One CSV line with RFC 4180 quoting ("" inside quotes is a quote). */
export function splitQuotedCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

function num(row: SummaryRow, key: string): number {
  const raw = row[key];
  if (raw === undefined) throw new VelaOutputError(`summary CSV lacks the column "${key}"`);
  const v = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(v)) {
    throw new VelaOutputError(`summary CSV column "${key}" is not a number: "${raw}"`);
  }
  return v;
}

const KIB = 1024;

/** KiB as Vela prints them are exact multiples of 1/1024 for whole bytes; round away float noise. */
function kibToBytes(kib: number): number {
  return Math.round(kib * KIB);
}

function traffic(row: SummaryRow, area: string): MemoryTraffic {
  const writeBytes = num(row, `${area}_feature_map_write_bytes`) + num(row, `${area}_weight_write_bytes`);
  // Scale and LUT reads appear only in the total, so reads are the total less the writes.
  const readBytes = num(row, `${area}_total_bytes`) - writeBytes;
  return { readBytes, writeBytes, accessCycles: num(row, `cycles_${area}_access`) };
}

export function toPerfSummary(row: SummaryRow): PerfSummary {
  return {
    npuCycles: num(row, 'cycles_npu'),
    totalCycles: num(row, 'cycles_total'),
    inferenceTimeMs: num(row, 'inference_time') * 1000,
    // Vela writes nan when the network has no NPU time; JSON has no NaN, and 0 reads as "no figure".
    inferencesPerSecond: row.inferences_per_second?.trim() === 'nan' ? 0 : num(row, 'inferences_per_second'),
    macs: num(row, 'nn_macs'),
    sramUsedBytes: kibToBytes(num(row, 'sram_memory_used')),
    dramUsedBytes: kibToBytes(num(row, 'dram_memory_used')),
    onChipFlashUsedBytes: kibToBytes(num(row, 'on_chip_flash_memory_used')),
    offChipFlashUsedBytes: kibToBytes(num(row, 'off_chip_flash_memory_used')),
    weightsOriginalBytes: num(row, 'total_original_weights'),
    weightsEncodedBytes: num(row, 'total_npu_encoded_weights'),
    memory: {
      sram: traffic(row, 'sram'),
      dram: traffic(row, 'dram'),
      onChipFlash: traffic(row, 'on_chip_flash'),
      offChipFlash: traffic(row, 'off_chip_flash'),
    },
  };
}
