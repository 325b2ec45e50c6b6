import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  AXI_PORTS,
  MEM_AREAS,
  TargetError,
  maxAddressOffset,
  memoryRolesOf,
  parseAccelerator,
  usesOnePort
} from "./chunk-CSLGV3ZU.js";

// src/targets/profile.ts
var ROLE_NAMES = {
  const: "const_mem_area (constants, i.e. weights)",
  arena: "arena_mem_area (the tensor arena: feature maps)",
  cache: "cache_mem_area (the staging cache)"
};
function assembleProfile(parts, where = {}) {
  const { accelerator, systemConfig: sys, memoryMode: mode } = parts;
  const { const: constArea, featureMaps: arenaArea, staging: cacheArea } = memoryRolesOf(sys, mode);
  const combo = `Memory_Mode.${mode.name} with System_Config.${sys.name}`;
  const bad2 = (detail) => new TargetError("bad-memory-mode", `${combo}: ${detail}`, where);
  const placed = (role, port, area) => `${ROLE_NAMES[role]} is ${port}, which is ${area}`;
  if (constArea === "Sram" && !usesOnePort(mode)) {
    throw bad2(
      `${placed("const", mode.constMemArea, constArea)}; constants must be in Dram, OnChipFlash or OffChipFlash`
    );
  }
  if (arenaArea !== "Sram" && arenaArea !== "Dram") {
    throw bad2(`${placed("arena", mode.arenaMemArea, arenaArea)}; the arena must be in Sram or Dram`);
  }
  if (cacheArea !== "Sram") {
    throw bad2(`${placed("cache", mode.cacheMemArea, cacheArea)}; the cache must be in Sram`);
  }
  const limit = maxAddressOffset(accelerator.family);
  if (mode.arenaCacheSize !== void 0 && mode.arenaCacheSize > limit) {
    throw bad2(
      `arena_cache_size=${mode.arenaCacheSize} is beyond the ${accelerator.config} address space (${limit} bytes)`
    );
  }
  for (const area of /* @__PURE__ */ new Set([constArea, arenaArea, cacheArea])) {
    if (!sys.memories[area]) {
      throw bad2(`the mode uses ${area}, but the system config sets nothing for it (no ${area}_* keys)`);
    }
  }
  return {
    id: parts.id,
    family: accelerator.family,
    macs: accelerator.macs,
    acceleratorConfig: accelerator.config,
    description: parts.description ?? describeTarget(accelerator, sys, mode),
    systemConfig: sys,
    memoryMode: mode,
    source: parts.source
  };
}
function describeTarget(acc, sys, mode) {
  return `Ethos-${acc.family.toUpperCase()} with ${acc.macs} MACs, ${mode.name} memory mode, ${sys.name} system config`;
}

// targets/ethos-u55-32.json
var ethos_u55_32_default = {
  id: "ethos-u55-32",
  family: "u55",
  macs: 32,
  acceleratorConfig: "ethos-u55-32",
  description: "Ethos-U55 with 32 MACs, Shared SRAM, High End Embedded configuration",
  systemConfig: {
    name: "Ethos_U55_High_End_Embedded",
    coreClockHz: 5e8,
    axi0Port: "Sram",
    axi1Port: "OffChipFlash",
    memories: {
      Sram: {
        clockScale: 1,
        burstLength: 32,
        readLatency: 32,
        writeLatency: 32,
        maxReads: 4,
        maxWrites: 4,
        portsUsed: 1
      },
      OffChipFlash: {
        clockScale: 0.125,
        burstLength: 128,
        readLatency: 64,
        writeLatency: 64,
        maxReads: 2,
        maxWrites: 2,
        portsUsed: 1
      }
    }
  },
  memoryMode: {
    name: "Shared_Sram",
    constMemArea: "Axi1",
    arenaMemArea: "Axi0",
    cacheMemArea: "Axi0"
  }
};

// targets/ethos-u55-64.json
var ethos_u55_64_default = {
  id: "ethos-u55-64",
  family: "u55",
  macs: 64,
  acceleratorConfig: "ethos-u55-64",
  description: "Ethos-U55 with 64 MACs, Shared SRAM, High End Embedded configuration",
  systemConfig: {
    name: "Ethos_U55_High_End_Embedded",
    coreClockHz: 5e8,
    axi0Port: "Sram",
    axi1Port: "OffChipFlash",
    memories: {
      Sram: {
        clockScale: 1,
        burstLength: 32,
        readLatency: 32,
        writeLatency: 32,
        maxReads: 4,
        maxWrites: 4,
        portsUsed: 1
      },
      OffChipFlash: {
        clockScale: 0.125,
        burstLength: 128,
        readLatency: 64,
        writeLatency: 64,
        maxReads: 2,
        maxWrites: 2,
        portsUsed: 1
      }
    }
  },
  memoryMode: {
    name: "Shared_Sram",
    constMemArea: "Axi1",
    arenaMemArea: "Axi0",
    cacheMemArea: "Axi0"
  }
};

// targets/ethos-u55-128.json
var ethos_u55_128_default = {
  id: "ethos-u55-128",
  family: "u55",
  macs: 128,
  acceleratorConfig: "ethos-u55-128",
  description: "Ethos-U55 with 128 MACs, Shared SRAM, High End Embedded configuration",
  systemConfig: {
    name: "Ethos_U55_High_End_Embedded",
    coreClockHz: 5e8,
    axi0Port: "Sram",
    axi1Port: "OffChipFlash",
    memories: {
      Sram: {
        clockScale: 1,
        burstLength: 32,
        readLatency: 32,
        writeLatency: 32,
        maxReads: 4,
        maxWrites: 4,
        portsUsed: 1
      },
      OffChipFlash: {
        clockScale: 0.125,
        burstLength: 128,
        readLatency: 64,
        writeLatency: 64,
        maxReads: 2,
        maxWrites: 2,
        portsUsed: 1
      }
    }
  },
  memoryMode: {
    name: "Shared_Sram",
    constMemArea: "Axi1",
    arenaMemArea: "Axi0",
    cacheMemArea: "Axi0"
  }
};

// targets/ethos-u55-256.json
var ethos_u55_256_default = {
  id: "ethos-u55-256",
  family: "u55",
  macs: 256,
  acceleratorConfig: "ethos-u55-256",
  description: "Ethos-U55 with 256 MACs, Shared SRAM, High End Embedded configuration",
  systemConfig: {
    name: "Ethos_U55_High_End_Embedded",
    coreClockHz: 5e8,
    axi0Port: "Sram",
    axi1Port: "OffChipFlash",
    memories: {
      Sram: {
        clockScale: 1,
        burstLength: 32,
        readLatency: 32,
        writeLatency: 32,
        maxReads: 4,
        maxWrites: 4,
        portsUsed: 1
      },
      OffChipFlash: {
        clockScale: 0.125,
        burstLength: 128,
        readLatency: 64,
        writeLatency: 64,
        maxReads: 2,
        maxWrites: 2,
        portsUsed: 1
      }
    }
  },
  memoryMode: {
    name: "Shared_Sram",
    constMemArea: "Axi1",
    arenaMemArea: "Axi0",
    cacheMemArea: "Axi0"
  }
};

// targets/ethos-u65-256.json
var ethos_u65_256_default = {
  id: "ethos-u65-256",
  family: "u65",
  macs: 256,
  acceleratorConfig: "ethos-u65-256",
  description: "Ethos-U65 with 256 MACs, Dedicated SRAM, High End configuration",
  systemConfig: {
    name: "Ethos_U65_High_End",
    coreClockHz: 1e9,
    axi0Port: "Sram",
    axi1Port: "Dram",
    memories: {
      Sram: {
        clockScale: 1,
        burstLength: 32,
        readLatency: 32,
        writeLatency: 32,
        maxReads: 16,
        maxWrites: 16,
        portsUsed: 1
      },
      Dram: {
        clockScale: 0.234375,
        burstLength: 128,
        readLatency: 500,
        writeLatency: 250,
        maxReads: 24,
        maxWrites: 12,
        portsUsed: 1
      }
    }
  },
  memoryMode: {
    name: "Dedicated_Sram",
    constMemArea: "Axi1",
    arenaMemArea: "Axi1",
    cacheMemArea: "Axi0",
    arenaCacheSize: 393216
  }
};

// targets/ethos-u65-512.json
var ethos_u65_512_default = {
  id: "ethos-u65-512",
  family: "u65",
  macs: 512,
  acceleratorConfig: "ethos-u65-512",
  description: "Ethos-U65 with 512 MACs, Dedicated SRAM, High End configuration",
  systemConfig: {
    name: "Ethos_U65_High_End",
    coreClockHz: 1e9,
    axi0Port: "Sram",
    axi1Port: "Dram",
    memories: {
      Sram: {
        clockScale: 1,
        burstLength: 32,
        readLatency: 32,
        writeLatency: 32,
        maxReads: 16,
        maxWrites: 16,
        portsUsed: 1
      },
      Dram: {
        clockScale: 0.234375,
        burstLength: 128,
        readLatency: 500,
        writeLatency: 250,
        maxReads: 24,
        maxWrites: 12,
        portsUsed: 1
      }
    }
  },
  memoryMode: {
    name: "Dedicated_Sram",
    constMemArea: "Axi1",
    arenaMemArea: "Axi1",
    cacheMemArea: "Axi0",
    arenaCacheSize: 393216
  }
};

// targets/ethos-u85-128.json
var ethos_u85_128_default = {
  id: "ethos-u85-128",
  family: "u85",
  macs: 128,
  acceleratorConfig: "ethos-u85-128",
  description: "Ethos-U85 with 128 MACs, Dedicated SRAM, System DRAM Low configuration",
  systemConfig: {
    name: "Ethos_U85_SYS_DRAM_Low",
    coreClockHz: 5e8,
    axi0Port: "Sram",
    axi1Port: "Dram",
    memories: {
      Sram: {
        clockScale: 1,
        burstLength: 64,
        readLatency: 16,
        writeLatency: 16,
        maxReads: 8,
        maxWrites: 8,
        portsUsed: 2
      },
      Dram: {
        clockScale: 0.46875,
        burstLength: 128,
        readLatency: 500,
        writeLatency: 250,
        maxReads: 24,
        maxWrites: 12,
        portsUsed: 1
      }
    }
  },
  memoryMode: {
    name: "Dedicated_Sram",
    constMemArea: "Axi1",
    arenaMemArea: "Axi1",
    cacheMemArea: "Axi0",
    arenaCacheSize: 393216
  }
};

// targets/ethos-u85-256.json
var ethos_u85_256_default = {
  id: "ethos-u85-256",
  family: "u85",
  macs: 256,
  acceleratorConfig: "ethos-u85-256",
  description: "Ethos-U85 with 256 MACs, Dedicated SRAM, System DRAM Mid configuration",
  systemConfig: {
    name: "Ethos_U85_SYS_DRAM_Mid",
    coreClockHz: 1e9,
    axi0Port: "Sram",
    axi1Port: "Dram",
    memories: {
      Sram: {
        clockScale: 1,
        burstLength: 64,
        readLatency: 32,
        writeLatency: 32,
        maxReads: 8,
        maxWrites: 8,
        portsUsed: 2
      },
      Dram: {
        clockScale: 0.75,
        burstLength: 128,
        readLatency: 500,
        writeLatency: 250,
        maxReads: 64,
        maxWrites: 32,
        portsUsed: 1
      }
    }
  },
  memoryMode: {
    name: "Dedicated_Sram",
    constMemArea: "Axi1",
    arenaMemArea: "Axi1",
    cacheMemArea: "Axi0",
    arenaCacheSize: 393216
  }
};

// targets/ethos-u85-512.json
var ethos_u85_512_default = {
  id: "ethos-u85-512",
  family: "u85",
  macs: 512,
  acceleratorConfig: "ethos-u85-512",
  description: "Ethos-U85 with 512 MACs, Dedicated SRAM, System DRAM Mid configuration",
  systemConfig: {
    name: "Ethos_U85_SYS_DRAM_Mid",
    coreClockHz: 1e9,
    axi0Port: "Sram",
    axi1Port: "Dram",
    memories: {
      Sram: {
        clockScale: 1,
        burstLength: 64,
        readLatency: 32,
        writeLatency: 32,
        maxReads: 8,
        maxWrites: 8,
        portsUsed: 2
      },
      Dram: {
        clockScale: 0.75,
        burstLength: 128,
        readLatency: 500,
        writeLatency: 250,
        maxReads: 64,
        maxWrites: 32,
        portsUsed: 1
      }
    }
  },
  memoryMode: {
    name: "Dedicated_Sram",
    constMemArea: "Axi1",
    arenaMemArea: "Axi1",
    cacheMemArea: "Axi0",
    arenaCacheSize: 393216
  }
};

// targets/ethos-u85-1024.json
var ethos_u85_1024_default = {
  id: "ethos-u85-1024",
  family: "u85",
  macs: 1024,
  acceleratorConfig: "ethos-u85-1024",
  description: "Ethos-U85 with 1024 MACs, Dedicated SRAM, System DRAM High configuration",
  systemConfig: {
    name: "Ethos_U85_SYS_DRAM_High",
    coreClockHz: 1e9,
    axi0Port: "Sram",
    axi1Port: "Dram",
    memories: {
      Sram: {
        clockScale: 1,
        burstLength: 64,
        readLatency: 32,
        writeLatency: 32,
        maxReads: 8,
        maxWrites: 8,
        portsUsed: 4
      },
      Dram: {
        clockScale: 0.75,
        burstLength: 128,
        readLatency: 500,
        writeLatency: 250,
        maxReads: 64,
        maxWrites: 32,
        portsUsed: 2
      }
    }
  },
  memoryMode: {
    name: "Dedicated_Sram",
    constMemArea: "Axi1",
    arenaMemArea: "Axi1",
    cacheMemArea: "Axi0",
    arenaCacheSize: 393216
  }
};

// targets/ethos-u85-2048.json
var ethos_u85_2048_default = {
  id: "ethos-u85-2048",
  family: "u85",
  macs: 2048,
  acceleratorConfig: "ethos-u85-2048",
  description: "Ethos-U85 with 2048 MACs, Dedicated SRAM, System DRAM High configuration",
  systemConfig: {
    name: "Ethos_U85_SYS_DRAM_High",
    coreClockHz: 1e9,
    axi0Port: "Sram",
    axi1Port: "Dram",
    memories: {
      Sram: {
        clockScale: 1,
        burstLength: 64,
        readLatency: 32,
        writeLatency: 32,
        maxReads: 8,
        maxWrites: 8,
        portsUsed: 4
      },
      Dram: {
        clockScale: 0.75,
        burstLength: 128,
        readLatency: 500,
        writeLatency: 250,
        maxReads: 64,
        maxWrites: 32,
        portsUsed: 2
      }
    }
  },
  memoryMode: {
    name: "Dedicated_Sram",
    constMemArea: "Axi1",
    arenaMemArea: "Axi1",
    cacheMemArea: "Axi0",
    arenaCacheSize: 393216
  }
};

// targets/mlia-vela.json
var mlia_vela_default = {
  about: "The System_Config and Memory_Mode sections of the vela.ini Arm MLIA passes to Vela (Apache-2.0, Copyright Arm Limited and/or its affiliates), as data with inherit= resolved and Vela's defaults filled in. Custom targets resolve system-config and memory-mode names against these unless a target file provides them.",
  systemConfigs: [
    {
      name: "Ethos_U55_Deep_Embedded",
      coreClockHz: 2e8,
      axi0Port: "Sram",
      axi1Port: "OffChipFlash",
      memories: {
        Sram: {
          clockScale: 1,
          burstLength: 32,
          readLatency: 32,
          writeLatency: 32,
          maxReads: 8,
          maxWrites: 8,
          portsUsed: 1
        },
        OffChipFlash: {
          clockScale: 0.0625,
          burstLength: 128,
          readLatency: 64,
          writeLatency: 64,
          maxReads: 2,
          maxWrites: 2,
          portsUsed: 1
        }
      }
    },
    {
      name: "Ethos_U55_High_End_Embedded",
      coreClockHz: 5e8,
      axi0Port: "Sram",
      axi1Port: "OffChipFlash",
      memories: {
        Sram: {
          clockScale: 1,
          burstLength: 32,
          readLatency: 32,
          writeLatency: 32,
          maxReads: 4,
          maxWrites: 4,
          portsUsed: 1
        },
        OffChipFlash: {
          clockScale: 0.125,
          burstLength: 128,
          readLatency: 64,
          writeLatency: 64,
          maxReads: 2,
          maxWrites: 2,
          portsUsed: 1
        }
      }
    },
    {
      name: "Ethos_U65_Embedded",
      coreClockHz: 5e8,
      axi0Port: "Sram",
      axi1Port: "OffChipFlash",
      memories: {
        Sram: {
          clockScale: 1,
          burstLength: 32,
          readLatency: 32,
          writeLatency: 32,
          maxReads: 8,
          maxWrites: 8,
          portsUsed: 1
        },
        OffChipFlash: {
          clockScale: 0.0625,
          burstLength: 128,
          readLatency: 64,
          writeLatency: 64,
          maxReads: 2,
          maxWrites: 2,
          portsUsed: 1
        }
      }
    },
    {
      name: "Ethos_U65_Mid_End",
      coreClockHz: 5e8,
      axi0Port: "Sram",
      axi1Port: "Dram",
      memories: {
        Sram: {
          clockScale: 1,
          burstLength: 32,
          readLatency: 32,
          writeLatency: 32,
          maxReads: 8,
          maxWrites: 8,
          portsUsed: 1
        },
        Dram: {
          clockScale: 0.46875,
          burstLength: 128,
          readLatency: 500,
          writeLatency: 250,
          maxReads: 12,
          maxWrites: 6,
          portsUsed: 1
        }
      }
    },
    {
      name: "Ethos_U65_High_End",
      coreClockHz: 1e9,
      axi0Port: "Sram",
      axi1Port: "Dram",
      memories: {
        Sram: {
          clockScale: 1,
          burstLength: 32,
          readLatency: 32,
          writeLatency: 32,
          maxReads: 16,
          maxWrites: 16,
          portsUsed: 1
        },
        Dram: {
          clockScale: 0.234375,
          burstLength: 128,
          readLatency: 500,
          writeLatency: 250,
          maxReads: 24,
          maxWrites: 12,
          portsUsed: 1
        }
      }
    },
    {
      name: "Ethos_U65_Client_Server",
      coreClockHz: 1e9,
      axi0Port: "Sram",
      axi1Port: "Dram",
      memories: {
        Sram: {
          clockScale: 1,
          burstLength: 32,
          readLatency: 32,
          writeLatency: 32,
          maxReads: 16,
          maxWrites: 16,
          portsUsed: 1
        },
        Dram: {
          clockScale: 0.75,
          burstLength: 128,
          readLatency: 500,
          writeLatency: 250,
          maxReads: 24,
          maxWrites: 12,
          portsUsed: 1
        }
      }
    },
    {
      name: "Ethos_U85_SYS_Flash_Low",
      coreClockHz: 2e8,
      axi0Port: "Sram",
      axi1Port: "OffChipFlash",
      memories: {
        Sram: {
          clockScale: 1,
          burstLength: 64,
          readLatency: 8,
          writeLatency: 8,
          maxReads: 8,
          maxWrites: 8,
          portsUsed: 2
        },
        OffChipFlash: {
          clockScale: 0.0625,
          burstLength: 128,
          readLatency: 32,
          writeLatency: 0,
          maxReads: 2,
          maxWrites: 0,
          portsUsed: 1
        }
      }
    },
    {
      name: "Ethos_U85_SYS_Flash_High",
      coreClockHz: 5e8,
      axi0Port: "Sram",
      axi1Port: "OffChipFlash",
      memories: {
        Sram: {
          clockScale: 1,
          burstLength: 64,
          readLatency: 32,
          writeLatency: 32,
          maxReads: 8,
          maxWrites: 8,
          portsUsed: 2
        },
        OffChipFlash: {
          clockScale: 0.0625,
          burstLength: 128,
          readLatency: 64,
          writeLatency: 0,
          maxReads: 2,
          maxWrites: 0,
          portsUsed: 1
        }
      }
    },
    {
      name: "Ethos_U85_SYS_DRAM_Low",
      coreClockHz: 5e8,
      axi0Port: "Sram",
      axi1Port: "Dram",
      memories: {
        Sram: {
          clockScale: 1,
          burstLength: 64,
          readLatency: 16,
          writeLatency: 16,
          maxReads: 8,
          maxWrites: 8,
          portsUsed: 2
        },
        Dram: {
          clockScale: 0.46875,
          burstLength: 128,
          readLatency: 500,
          writeLatency: 250,
          maxReads: 24,
          maxWrites: 12,
          portsUsed: 1
        }
      }
    },
    {
      name: "Ethos_U85_SYS_DRAM_Mid",
      coreClockHz: 1e9,
      axi0Port: "Sram",
      axi1Port: "Dram",
      memories: {
        Sram: {
          clockScale: 1,
          burstLength: 64,
          readLatency: 32,
          writeLatency: 32,
          maxReads: 8,
          maxWrites: 8,
          portsUsed: 2
        },
        Dram: {
          clockScale: 0.75,
          burstLength: 128,
          readLatency: 500,
          writeLatency: 250,
          maxReads: 64,
          maxWrites: 32,
          portsUsed: 1
        }
      }
    },
    {
      name: "Ethos_U85_SYS_DRAM_High",
      coreClockHz: 1e9,
      axi0Port: "Sram",
      axi1Port: "Dram",
      memories: {
        Sram: {
          clockScale: 1,
          burstLength: 64,
          readLatency: 32,
          writeLatency: 32,
          maxReads: 8,
          maxWrites: 8,
          portsUsed: 4
        },
        Dram: {
          clockScale: 0.75,
          burstLength: 128,
          readLatency: 500,
          writeLatency: 250,
          maxReads: 64,
          maxWrites: 32,
          portsUsed: 2
        }
      }
    }
  ],
  memoryModes: [
    {
      name: "Sram_Only",
      constMemArea: "Axi0",
      arenaMemArea: "Axi0",
      cacheMemArea: "Axi0"
    },
    {
      name: "Shared_Sram",
      constMemArea: "Axi1",
      arenaMemArea: "Axi0",
      cacheMemArea: "Axi0"
    },
    {
      name: "Dedicated_Sram",
      constMemArea: "Axi1",
      arenaMemArea: "Axi1",
      cacheMemArea: "Axi0",
      arenaCacheSize: 393216
    },
    {
      name: "Dedicated_Sram_256KB",
      constMemArea: "Axi1",
      arenaMemArea: "Axi1",
      cacheMemArea: "Axi0",
      arenaCacheSize: 262144
    },
    {
      name: "Dedicated_Sram_384KB",
      constMemArea: "Axi1",
      arenaMemArea: "Axi1",
      cacheMemArea: "Axi0",
      arenaCacheSize: 393216
    },
    {
      name: "Dedicated_Sram_512KB",
      constMemArea: "Axi1",
      arenaMemArea: "Axi1",
      cacheMemArea: "Axi0",
      arenaCacheSize: 524288
    }
  ]
};

// src/targets/builtin.ts
var PROFILE_DATA = [
  ["ethos-u55-32.json", ethos_u55_32_default],
  ["ethos-u55-64.json", ethos_u55_64_default],
  ["ethos-u55-128.json", ethos_u55_128_default],
  ["ethos-u55-256.json", ethos_u55_256_default],
  ["ethos-u65-256.json", ethos_u65_256_default],
  ["ethos-u65-512.json", ethos_u65_512_default],
  ["ethos-u85-128.json", ethos_u85_128_default],
  ["ethos-u85-256.json", ethos_u85_256_default],
  ["ethos-u85-512.json", ethos_u85_512_default],
  ["ethos-u85-1024.json", ethos_u85_1024_default],
  ["ethos-u85-2048.json", ethos_u85_2048_default]
];
var BUNDLED_INI_NAME = "built-in MLIA vela.ini";
var cache;
function load() {
  if (!cache) {
    const mliaFile = "targets/mlia-vela.json";
    const raw = record(mlia_vela_default, mliaFile, "the file");
    const mlia = {
      systemConfigs: new Map(
        array(raw.systemConfigs, mliaFile, "systemConfigs").map((s) => {
          const sys = systemConfigData(s, mliaFile);
          return [sys.name, sys];
        })
      ),
      memoryModes: new Map(
        array(raw.memoryModes, mliaFile, "memoryModes").map((m) => {
          const mode = memoryModeData(m, mliaFile);
          return [mode.name, mode];
        })
      )
    };
    const profiles = PROFILE_DATA.map(([name, data]) => profileData(data, `targets/${name}`));
    cache = { profiles, mlia };
  }
  return cache;
}
function builtinProfiles() {
  return load().profiles.map((p) => structuredClone(p));
}
function bundledMliaConfig() {
  return load().mlia;
}
function profileData(data, file) {
  const r = record(data, file, "the file");
  const id = str(r.id, file, "id");
  const accelerator = parseAccelerator(str(r.acceleratorConfig, file, "acceleratorConfig"), { file });
  if (r.family !== accelerator.family || r.macs !== accelerator.macs || id !== accelerator.config) {
    throw new TargetError("bad-data", "id, family and macs disagree with acceleratorConfig", { file });
  }
  return assembleProfile(
    {
      id,
      accelerator,
      systemConfig: systemConfigData(r.systemConfig, file),
      memoryMode: memoryModeData(r.memoryMode, file),
      description: str(r.description, file, "description"),
      source: `builtin:${id}`
    },
    { file }
  );
}
function systemConfigData(data, file) {
  const r = record(data, file, "systemConfig");
  const memories = {};
  for (const [area, t] of Object.entries(record(r.memories, file, "memories"))) {
    const tr = record(t, file, `memories.${area}`);
    const n = (k) => num(tr[k], file, `memories.${area}.${k}`);
    memories[oneOf(area, MEM_AREAS, file, "memories")] = {
      clockScale: n("clockScale"),
      burstLength: n("burstLength"),
      readLatency: n("readLatency"),
      writeLatency: n("writeLatency"),
      maxReads: n("maxReads"),
      maxWrites: n("maxWrites"),
      portsUsed: n("portsUsed")
    };
  }
  return {
    name: str(r.name, file, "systemConfig.name"),
    coreClockHz: num(r.coreClockHz, file, "coreClockHz"),
    axi0Port: oneOf(r.axi0Port, MEM_AREAS, file, "axi0Port"),
    axi1Port: oneOf(r.axi1Port, MEM_AREAS, file, "axi1Port"),
    memories
  };
}
function memoryModeData(data, file) {
  const r = record(data, file, "memoryMode");
  const mode = {
    name: str(r.name, file, "memoryMode.name"),
    constMemArea: oneOf(r.constMemArea, AXI_PORTS, file, "constMemArea"),
    arenaMemArea: oneOf(r.arenaMemArea, AXI_PORTS, file, "arenaMemArea"),
    cacheMemArea: oneOf(r.cacheMemArea, AXI_PORTS, file, "cacheMemArea")
  };
  if (r.arenaCacheSize !== void 0) mode.arenaCacheSize = num(r.arenaCacheSize, file, "arenaCacheSize");
  return mode;
}
function bad(file, field, why) {
  return new TargetError("bad-data", `${field} ${why}`, { file });
}
function record(v, file, field) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw bad(file, field, "is not an object");
  return v;
}
function array(v, file, field) {
  if (!Array.isArray(v)) throw bad(file, field, "is not an array");
  return v;
}
function str(v, file, field) {
  if (typeof v !== "string" || v === "") throw bad(file, field, "is not a non-empty string");
  return v;
}
function num(v, file, field) {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw bad(file, field, "is not a number >= 0");
  return v;
}
function oneOf(v, allowed, file, field) {
  if (!allowed.includes(v))
    throw bad(file, field, `is ${JSON.stringify(v)}, expected one of ${allowed.join(", ")}`);
  return v;
}

export {
  assembleProfile,
  describeTarget,
  BUNDLED_INI_NAME,
  builtinProfiles,
  bundledMliaConfig
};
