// The memories the estimator costs are the C++ core's: the AXI width from the system-config name (case as
// written), settings clamped as the core clamps them, bandwidth as the float32 the core reads back.
import { archFor } from '../../src/perf/arch.js';
import { resolveTargets } from '../../src/targets/index.js';

const board = (name: string, dram: string): string => `[System_Config.${name}]
core_clock=500e6
axi0_port=Sram
axi1_port=Dram
Sram_clock_scale=1.0
${dram}

[Memory_Mode.Weights_In_Dram]
const_mem_area=Axi1
arena_mem_area=Axi0
cache_mem_area=Axi0
`;

const archOf = (name: string, dram: string) => {
  const [t] = resolveTargets([`ethos-u55-256:${name}:Weights_In_Dram`], [{ path: 'b.ini', text: board(name, dram) }]);
  return archFor(t);
};

describe('estimator memories', () => {
  test('the AXI width comes from the system-config name as written: 8 bytes only after "Ethos_U55"', () => {
    const dram = 'Dram_clock_scale=0.5';
    expect(archOf('Ethos_U55_Board', dram).constMem.bandwidth).toBe(4);
    // A lower-case name is not a U55 name to the core: 16-byte ports, on the same U55 accelerator.
    expect(archOf('ethos_u55_board', dram).constMem.bandwidth).toBe(8);
    expect(archOf('My_Board', dram).constMem.bandwidth).toBe(8);
  });

  test('bandwidth is the float32 the core reads back; no outstanding reads or writes run as one', () => {
    const arch = archOf('My_Board', 'Dram_clock_scale=0.1\nDram_ports_used=2\nDram_max_reads=0\nDram_max_writes=0');
    // 0.1 x 16 bytes x 2 ports, as float32 (not the double 3.2).
    expect(arch.constMem.bandwidth).toBe(Math.fround(3.2));
    expect(arch.constMem.bandwidth).not.toBe(3.2);
    expect(arch.constMem.portsUsed).toBe(2);
    expect(arch.constMem.maxReads).toBe(1);
    expect(arch.constMem.maxWrites).toBe(1);
    expect(arch.arenaMem.area).toBe('Sram');
    expect(arch.arenaMem.bandwidth).toBe(16);
  });
});
