// The ethos-gate command line. Reads files, calls the engine, prints reports; exit codes:
// 0 fine, 1 a threshold of `compare` failed (as the action's gate fails), 2 an unreadable input or a usage error.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { inspectModel, renderInspectTable } from './inspect.js';
import { collectModelPaths } from './files.js';
import { sanitizeTerminal } from '../report/terminal.js';
import { BUILTIN_ENGINE_VERSION, VERSION } from '../engine/version.js';

const USAGE = `ethos-gate: Arm Ethos-U NPU compatibility and performance for TensorFlow Lite models

Usage:
  ethos-gate inspect MODEL|DIR... [--format table|json]
  ethos-gate check MODEL|DIR... [--target ID[,ID...]] [--target-file FILE] [--format table|markdown|json|mlia-json]
  ethos-gate compare BASE HEAD | --since REV [--target ID[,ID...]] [--config FILE] [--max-latency-increase 5%]
  ethos-gate optimize MODEL [--pruning 0.5] [--clustering 16] [--target ID] [--out DIR]
  ethos-gate quantize MODEL.tflite --out Q.tflite [--calibration DIR | --random] [--int16x8] [--io int8|float]
  ethos-gate targets
  ethos-gate <command> --help
  ethos-gate --version

Exit codes: 0 fine, 1 a threshold of compare failed, 2 an unreadable input or a usage error.
`;

const INSPECT_USAGE = `Usage: ethos-gate inspect MODEL|DIR... [--format table|json]

Lists, per model: its inputs and outputs (type, shape, quantization), subgraphs, operator counts by type,
tensor dtypes, parameter and constant bytes, MACs.
Directories are searched for .tflite files. Unreadable files get one line each and exit code 2.
`;

import { UsageError } from './usage-error.js';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-V' || command === 'version') {
    // The engine's reference release too: a report's figures are meant to match it.
    process.stdout.write(`ethos-gate ${VERSION} (engine: ${BUILTIN_ENGINE_VERSION} placement and performance)\n`);
    return 0;
  }
  switch (command) {
    case 'inspect':
      return inspect(rest);
    case 'check':
    case 'targets':
    case 'optimize':
    case 'quantize': {
      const mod = await import('./commands.js');
      return mod.run(command, rest);
    }
    case 'compare': {
      const mod = await import('./compare.js');
      return mod.compare(rest);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function inspect(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'table' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(INSPECT_USAGE);
    return 0;
  }
  if (values.format !== 'table' && values.format !== 'json')
    throw new UsageError(`--format must be table or json, not "${values.format}"`);
  if (!positionals.length) throw new UsageError('inspect needs at least one model file or directory');
  const { files, unreadable } = collectModelPaths(positionals);
  if (!files.length && !unreadable.length) throw new UsageError(`no .tflite files found in ${positionals.join(', ')}`);
  const results = files.map((f) => {
    try {
      return inspectModel(readFileSync(f), f);
    } catch (e) {
      return { ...inspectModel(new Uint8Array(), f), error: { code: 'io-error', message: (e as Error).message } };
    }
  });
  for (const u of unreadable)
    results.push({ ...inspectModel(new Uint8Array(), u.path), error: { code: 'io-error', message: u.reason } });
  if (values.format === 'json') process.stdout.write(JSON.stringify({ models: results }, null, 2) + '\n');
  else process.stdout.write(renderInspectTable(results));
  return results.some((r) => r.error && !r.velaCompiled) ? 2 : 0;
}

// A reader that stops early (ethos-gate targets | head) closes the pipe: the rest of the output has nowhere to go,
// which is no error of ours; the command goes on to its own exit code.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(
        `ethos-gate: ${sanitizeTerminal((e as Error).message)}\nRun "ethos-gate --help" for usage.\n`,
      );
      process.exitCode = 2;
    } else {
      process.stderr.write(`ethos-gate: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    }
  },
);
