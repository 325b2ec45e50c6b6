// The Vela command line for one model and target: the options Arm MLIA passes for a target profile
// (see `vela_command` in the references), plus `--enable-debug-db`, which writes Vela's optimiser
// database. That database is the only output that ties each per-layer row to its TFLite operator
// (the per-layer CSV has no operator index); it changes no figure.
import type { TargetProfile } from '../targets/types.js';

export interface VelaCommandInput {
  target: TargetProfile;
  /** The model file, relative to the working directory Vela runs in. */
  modelFile: string;
  /** The output directory, relative to the working directory. */
  outputDir: string;
  /** The vela.ini file, relative to the working directory. */
  configFile: string;
}

/** MLIA's fixed compiler settings for every Ethos-U profile. */
const MLIA_FIXED = {
  tensorAllocator: 'HillClimb',
  cpuTensorAlignment: '16',
  maxBlockDependency: '3',
  optimise: 'Performance',
} as const;

export function velaArguments({ target, modelFile, outputDir, configFile }: VelaCommandInput): string[] {
  return [
    '--output-dir',
    outputDir,
    '--tensor-allocator',
    MLIA_FIXED.tensorAllocator,
    '--cpu-tensor-alignment',
    MLIA_FIXED.cpuTensorAlignment,
    '--accelerator-config',
    target.acceleratorConfig,
    '--system-config',
    target.systemConfig.name,
    '--memory-mode',
    target.memoryMode.name,
    '--max-block-dependency',
    MLIA_FIXED.maxBlockDependency,
    '--optimise',
    MLIA_FIXED.optimise,
    '--output-format',
    'tflite',
    modelFile,
    '--config',
    configFile,
    '--verbose-performance',
    '--show-cpu-operations',
    '--enable-debug-db',
  ];
}

/** The file names Vela 5.1.0 writes for network `net` (the model file name without its extension). */
export function velaOutputNames(net: string, systemConfig: string) {
  return {
    summaryCsv: `${net}_summary_${systemConfig}.csv`,
    perLayerCsv: `${net}_per-layer.csv`,
    debugDb: `${net}_debug.xml`,
  };
}
