// The Vela configuration file Arm MLIA passes to Vela (`--config`), shipped here so that the
// action needs nothing beside itself. Its content is Arm MLIA's vela.ini, unchanged, under the licence
// in its own header (Apache-2.0). It defines the System_Config and Memory_Mode sections the built-in
// target profiles name.
export const MLIA_VELA_INI = `; SPDX-FileCopyrightText: Copyright 2020, 2022, 2024-2026, Arm Limited and/or its affiliates.
; SPDX-License-Identifier: Apache-2.0

; -----------------------------------------------------------------------------
; Vela configuration file

; -----------------------------------------------------------------------------
; System Configuration

; Ethos-U55 Deep Embedded: SRAM (1.6 GB/s) and Flash (0.1 GB/s)
[System_Config.Ethos_U55_Deep_Embedded]
core_clock=200e6
axi0_port=Sram
axi1_port=OffChipFlash
Sram_clock_scale=1.0
Sram_burst_length=32
Sram_read_latency=32
Sram_write_latency=32
Sram_max_reads=8
Sram_max_writes=8
OffChipFlash_clock_scale=0.0625
OffChipFlash_burst_length=128
OffChipFlash_read_latency=64
OffChipFlash_write_latency=64
OffChipFlash_max_reads=2
OffChipFlash_max_writes=2

; Ethos-U55 High-End Embedded: SRAM (4 GB/s) and Flash (0.5 GB/s)
[System_Config.Ethos_U55_High_End_Embedded]
core_clock=500e6
axi0_port=Sram
axi1_port=OffChipFlash
Sram_clock_scale=1.0
Sram_burst_length=32
Sram_read_latency=32
Sram_write_latency=32
Sram_max_reads=4
Sram_max_writes=4
OffChipFlash_clock_scale=0.125
OffChipFlash_burst_length=128
OffChipFlash_read_latency=64
OffChipFlash_write_latency=64
OffChipFlash_max_reads=2
OffChipFlash_max_writes=2

; Ethos-U65 Embedded: SRAM (8 GB/s) and Flash (0.5 GB/s)
[System_Config.Ethos_U65_Embedded]
core_clock=500e6
axi0_port=Sram
axi1_port=OffChipFlash
Sram_clock_scale=1.0
Sram_burst_length=32
Sram_read_latency=32
Sram_write_latency=32
Sram_max_reads=8
Sram_max_writes=8
OffChipFlash_clock_scale=0.0625
OffChipFlash_burst_length=128
OffChipFlash_read_latency=64
OffChipFlash_write_latency=64
OffChipFlash_max_reads=2
OffChipFlash_max_writes=2

; Ethos-U65 Mid-End: SRAM (8 GB/s) and DRAM (3.75 GB/s)
[System_Config.Ethos_U65_Mid_End]
core_clock=500e6
axi0_port=Sram
axi1_port=Dram
Sram_clock_scale=1.0
Sram_burst_length=32
Sram_read_latency=32
Sram_write_latency=32
Sram_max_reads=8
Sram_max_writes=8
Dram_clock_scale=0.46875
Dram_burst_length=128
Dram_read_latency=500
Dram_write_latency=250
Dram_max_reads=12
Dram_max_writes=6

; Ethos-U65 High-End: SRAM (16 GB/s) and DRAM (3.75 GB/s)
[System_Config.Ethos_U65_High_End]
core_clock=1e9
axi0_port=Sram
axi1_port=Dram
Sram_clock_scale=1.0
Sram_burst_length=32
Sram_read_latency=32
Sram_write_latency=32
Sram_max_reads=16
Sram_max_writes=16
Dram_clock_scale=0.234375
Dram_burst_length=128
Dram_read_latency=500
Dram_write_latency=250
Dram_max_reads=24
Dram_max_writes=12

; Ethos-U65 Client-Server: SRAM (16 GB/s) and DRAM (12 GB/s)
[System_Config.Ethos_U65_Client_Server]
core_clock=1e9
axi0_port=Sram
axi1_port=Dram
Sram_clock_scale=1.0
Sram_burst_length=32
Sram_read_latency=32
Sram_write_latency=32
Sram_max_reads=16
Sram_max_writes=16
Dram_clock_scale=0.75
Dram_burst_length=128
Dram_read_latency=500
Dram_write_latency=250
Dram_max_reads=24
Dram_max_writes=12

; SRAMx2 (6.4 GB/s) and Flash (0.2 GB/s)
[System_Config.Ethos_U85_SYS_Flash_Low]
core_clock=200e6
axi0_port=Sram
axi1_port=OffChipFlash
Sram_clock_scale=1
Sram_ports_used=2
Sram_burst_length=64
Sram_read_latency=8
Sram_write_latency=8
Sram_max_reads=8
Sram_max_writes=8
OffChipFlash_clock_scale=0.0625
OffChipFlash_ports_used=1
OffChipFlash_burst_length=128
OffChipFlash_read_latency=32
OffChipFlash_write_latency=0
OffChipFlash_max_reads=2
OffChipFlash_max_writes=0

; SRAMx2 (16 GB/s) and Flash (0.5 GB/s)
[System_Config.Ethos_U85_SYS_Flash_High]
core_clock=500e6
axi0_port=Sram
axi1_port=OffChipFlash
Sram_clock_scale=1.0
Sram_ports_used=2
Sram_burst_length=64
Sram_read_latency=32
Sram_write_latency=32
Sram_max_reads=8
Sram_max_writes=8
OffChipFlash_clock_scale=0.0625
OffChipFlash_ports_used=1
OffChipFlash_burst_length=128
OffChipFlash_read_latency=64
OffChipFlash_write_latency=0
OffChipFlash_max_reads=2
OffChipFlash_max_writes=0

; SRAMx2 (16 GB/s) and DRAMx1 (3.75 GB/s)
[System_Config.Ethos_U85_SYS_DRAM_Low]
core_clock=500e6
axi0_port=Sram
axi1_port=Dram
Sram_clock_scale=1.0
Sram_ports_used=2
Sram_burst_length=64
Sram_read_latency=16
Sram_write_latency=16
Sram_max_reads=8
Sram_max_writes=8
Dram_clock_scale=0.46875
Dram_ports_used=1
Dram_burst_length=128
Dram_read_latency=500
Dram_write_latency=250
Dram_max_reads=24
Dram_max_writes=12

; SRAMx2 (32 GB/s) and DRAM (12 GB/s)
[System_Config.Ethos_U85_SYS_DRAM_Mid]
core_clock=1e9
axi0_port=Sram
axi1_port=Dram
Sram_clock_scale=1.0
Sram_ports_used=2
Sram_burst_length=64
Sram_read_latency=32
Sram_write_latency=32
Sram_max_reads=8
Sram_max_writes=8
Dram_clock_scale=0.75
Dram_ports_used=1
Dram_burst_length=128
Dram_read_latency=500
Dram_write_latency=250
Dram_max_reads=64
Dram_max_writes=32

; SRAMx4 (64 GB/s) and DRAMx2 (24 GB/s)
[System_Config.Ethos_U85_SYS_DRAM_High]
core_clock=1e9
axi0_port=Sram
axi1_port=Dram
Sram_clock_scale=1.0
Sram_ports_used=4
Sram_burst_length=64
Sram_read_latency=32
Sram_write_latency=32
Dram_clock_scale=0.75
Sram_max_reads=8
Sram_max_writes=8
Dram_ports_used=2
Dram_burst_length=128
Dram_read_latency=500
Dram_write_latency=250
Dram_max_reads=64
Dram_max_writes=32

; -----------------------------------------------------------------------------
; Memory Mode

; SRAM Only: only one AXI port is used and the SRAM is used for all storage
[Memory_Mode.Sram_Only]
const_mem_area=Axi0
arena_mem_area=Axi0
cache_mem_area=Axi0

; Shared SRAM: the SRAM is shared between the Ethos-U and the Cortex-M software
; The non-SRAM memory is assumed to be read-only
[Memory_Mode.Shared_Sram]
const_mem_area=Axi1
arena_mem_area=Axi0
cache_mem_area=Axi0

; Dedicated SRAM: the SRAM is only for use by the Ethos-U
; The non-SRAM memory is assumed to be read-writeable
[Memory_Mode.Dedicated_Sram]
const_mem_area=Axi1
arena_mem_area=Axi1
cache_mem_area=Axi0
arena_cache_size=393216

; Dedicated SRAM 256KB: the SRAM (256KB) is only for use by the Ethos-U
; The non-SRAM memory is assumed to be read-writeable
[Memory_Mode.Dedicated_Sram_256KB]
inherit=Memory_Mode.Dedicated_Sram
arena_cache_size=262144

; Dedicated SRAM 384KB: the SRAM (384KB) is only for use by the Ethos-U
; The non-SRAM memory is assumed to be read-writeable
[Memory_Mode.Dedicated_Sram_384KB]
inherit=Memory_Mode.Dedicated_Sram
arena_cache_size=393216

; Dedicated SRAM 512KB: the SRAM (512KB) is only for use by the Ethos-U
; The non-SRAM memory is assumed to be read-writeable
[Memory_Mode.Dedicated_Sram_512KB]
inherit=Memory_Mode.Dedicated_Sram
arena_cache_size=524288
`;
