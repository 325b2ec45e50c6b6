// Vela's per-layer CSV (`<net>_per-layer.csv`, written with `--verbose-performance`): one row per
// internal operation Vela scheduled, in schedule order. Vela joins the fields with commas and no quoting,
// so only the last column (Name, a tensor name) may contain extra commas; they are joined back.
import { VelaOutputError } from './errors.js';

export interface PerLayerRow {
  /** Vela's name for the source operator type, e.g. DepthwiseConv2D. */
  originalOperator: string;
  /** The internal operation, e.g. Conv2D, Relu6, Passthrough (a CPU operator). */
  internalOperator: string;
  target: 'NPU' | 'CPU';
  stagingUsage: number;
  opCycles: number;
  npuCycles: number;
  sramAccessCycles: number;
  dramAccessCycles: number;
  onChipFlashAccessCycles: number;
  offChipFlashAccessCycles: number;
  macs: number;
  /** The internal operation's output tensor name. */
  name: string;
}

const COLUMNS = {
  originalOperator: 'Original Operator',
  internalOperator: 'NNG Operator',
  target: 'Target',
  stagingUsage: 'Staging Usage',
  opCycles: 'Op Cycles',
  npuCycles: 'NPU',
  sramAccessCycles: 'SRAM AC',
  dramAccessCycles: 'DRAM AC',
  onChipFlashAccessCycles: 'OnFlash AC',
  offChipFlashAccessCycles: 'OffFlash AC',
  macs: 'MAC Count',
  name: 'Name',
} as const;

type NumericKey = Exclude<keyof PerLayerRow, 'originalOperator' | 'internalOperator' | 'target' | 'name'>;
const NUMERIC: NumericKey[] = [
  'stagingUsage',
  'opCycles',
  'npuCycles',
  'sramAccessCycles',
  'dramAccessCycles',
  'onChipFlashAccessCycles',
  'offChipFlashAccessCycles',
  'macs',
];

export function parsePerLayerCsv(text: string): PerLayerRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  if (lines.length === 0) throw new VelaOutputError('per-layer CSV is empty');
  const header = lines[0].split(',');
  const at = {} as Record<keyof PerLayerRow, number>;
  for (const [key, title] of Object.entries(COLUMNS) as [keyof PerLayerRow, string][]) {
    const i = header.indexOf(title);
    if (i < 0) throw new VelaOutputError(`per-layer CSV lacks the column "${title}"`);
    at[key] = i;
  }
  const nameLast = at.name === header.length - 1;
  return lines.slice(1).map((line, n) => {
    let fields = line.split(',');
    if (fields.length !== header.length) {
      if (!nameLast || fields.length < header.length) {
        throw new VelaOutputError(`per-layer CSV row ${n + 1} has ${fields.length} fields, expected ${header.length}`);
      }
      fields = [...fields.slice(0, header.length - 1), fields.slice(header.length - 1).join(',')];
    }
    const target = fields[at.target];
    if (target !== 'NPU' && target !== 'CPU') {
      throw new VelaOutputError(`per-layer CSV row ${n + 1} has target "${target}", expected NPU or CPU`);
    }
    const row: PerLayerRow = {
      originalOperator: fields[at.originalOperator],
      internalOperator: fields[at.internalOperator],
      target,
      name: fields[at.name],
      stagingUsage: 0,
      opCycles: 0,
      npuCycles: 0,
      sramAccessCycles: 0,
      dramAccessCycles: 0,
      onChipFlashAccessCycles: 0,
      offChipFlashAccessCycles: 0,
      macs: 0,
    };
    for (const key of NUMERIC) {
      const raw = fields[at[key]];
      const v = Number(raw);
      if (raw === '' || !Number.isFinite(v)) {
        throw new VelaOutputError(`per-layer CSV row ${n + 1} column "${COLUMNS[key]}" is not a number: "${raw}"`);
      }
      row[key] = v;
    }
    return row;
  });
}
