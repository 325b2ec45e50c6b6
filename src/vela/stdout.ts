// What Vela prints on stdout that no output file holds: the supported-operator warnings (why an
// operator stays on the CPU) and, with `--show-cpu-operations`, the list of CPU operators.
//
// A warning block:
//   Warning (supported operators) operator: MINIMUM, ofm: 'clip_by_value/Minimum'
//   Reason: Unsupported dataType Int32
//   32-bit feature-maps are not supported.        <- the constraint's documentation, 0..n lines
// and ends at the next empty line.

export interface VelaWarning {
  /** The TFLite builtin name Vela reported, e.g. MINIMUM (may be a fused activation, e.g. RELU). */
  operator: string;
  /** The output tensor name Vela reported. */
  ofm: string;
  /** The `Reason:` text, naming the offending value. */
  reason: string;
  /** The documented constraint, one entry per printed line (empty for "Unsupported opType"). */
  constraint: string[];
}

export interface CpuOperatorLine {
  /** Vela's internal operation (Passthrough for CPU operators). */
  operator: string;
  name: string;
}

export interface VelaStdout {
  warnings: VelaWarning[];
  /** `CPU operators = n`, or null when Vela printed no such line. */
  cpuOperatorCount: number | null;
  cpuOperators: CpuOperatorLine[];
}

const WARNING = /^Warning \(supported operators\) operator: ([^,]+), ofm: '(.*)'\s*$/;
const CPU_COUNT = /^CPU operators = (\d+)/;
const CPU_LINE = /^\s+CPU: (\S+) = (.*) \(outputs \[[^\]]*\]\)\s*$/;

export function parseVelaStdout(text: string): VelaStdout {
  const lines = text.split(/\r?\n/);
  const warnings: VelaWarning[] = [];
  const cpuOperators: CpuOperatorLine[] = [];
  let cpuOperatorCount: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const w = WARNING.exec(lines[i]);
    if (w) {
      const warning: VelaWarning = { operator: w[1].trim(), ofm: w[2], reason: '', constraint: [] };
      let j = i + 1;
      if (j < lines.length && lines[j].startsWith('Reason: ')) {
        warning.reason = lines[j].slice('Reason: '.length).trim();
        j++;
      }
      for (; j < lines.length && lines[j].trim() !== '' && !WARNING.test(lines[j]); j++) {
        warning.constraint.push(lines[j].trimEnd());
      }
      warnings.push(warning);
      i = j - 1;
      continue;
    }
    const count = CPU_COUNT.exec(lines[i]);
    if (count) {
      cpuOperatorCount = Number(count[1]);
      continue;
    }
    const cpu = CPU_LINE.exec(lines[i]);
    if (cpu) cpuOperators.push({ operator: cpu[1], name: cpu[2] });
  }
  return { warnings, cpuOperatorCount, cpuOperators };
}

/** `vela --version` prints the bare version, e.g. 5.1.0; tolerate a leading program name. */
export function parseVelaVersion(text: string): string | null {
  const m = /(\d+\.\d+\.\d+(?:[.\-+][0-9A-Za-z.\-+]*)?)/.exec(text.trim());
  return m ? m[1] : null;
}
