// Reads an Arm MLIA target-profile TOML for an Ethos-U target, in either of MLIA's layouts:
//   current:  profile_name, target_type = "ethos-u55", description, [config] mac / system_config / memory_mode
//   earlier:  target = "ethos-u55", mac, system_config, memory_mode at the top level
// An optional `config = "<path>.ini"` names the Vela ini to take the sections from (MLIA's own key);
// other keys ([[components]], [backend.*]) do not change what Vela is given and are ignored.
import { parse, TomlError } from 'smol-toml';
import { parseAccelerator, type Accelerator } from './accelerators.js';
import { TargetError } from './errors.js';

export interface MliaProfile {
  /** profile_name, else the file name without .toml. */
  id: string;
  accelerator: Accelerator;
  systemConfigName: string;
  memoryModeName: string;
  /** The `config` key: a Vela ini path, as written. */
  configPath?: string;
  description?: string;
}

export function parseMliaProfile(text: string, file: string): MliaProfile {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) {
      throw new TargetError('syntax', `not valid TOML: ${e.message.split('\n')[0]}`, { file, line: e.line });
    }
    throw e;
  }
  // MLIA pops the [config] table and lifts its keys to the top level; top-level keys win, as in MLIA.
  // A top-level string `config` is the ini path of MLIA's earlier layout.
  const { config: nested, ...top } = doc;
  const fields: Record<string, unknown> =
    typeof nested === 'object' && nested !== null && !Array.isArray(nested)
      ? { ...(nested as Record<string, unknown>), ...top }
      : nested === undefined
        ? top
        : { ...top, config: nested };

  const stringField = (key: string): string | undefined => {
    const v = fields[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      throw new TargetError('bad-value', `${key} must be a non-empty string, not ${JSON.stringify(v)}`, { file });
    }
    return v.trim();
  };
  const required = (key: string, example: string): string => {
    const v = stringField(key);
    if (v === undefined) throw new TargetError('missing-value', `no ${key} (e.g. ${example})`, { file });
    return v;
  };

  const targetType = stringField('target_type') ?? stringField('target');
  if (targetType === undefined) throw new TargetError('missing-value', 'no target_type (e.g. "ethos-u55")', { file });
  if (!/^ethos-u(55|65|85)$/i.test(targetType)) {
    const why = `target_type "${targetType}" is not an Ethos-U NPU (ethos-u55, ethos-u65, ethos-u85)`;
    throw new TargetError('bad-value', why, { file });
  }
  const mac = fields.mac;
  if (mac === undefined) throw new TargetError('missing-value', 'no mac (MACs per cycle, e.g. 256)', { file });
  if (typeof mac !== 'number' || !Number.isInteger(mac)) {
    throw new TargetError('bad-value', `mac must be a whole number, not ${JSON.stringify(mac)}`, { file });
  }
  const accelerator = parseAccelerator(`${targetType}-${mac}`, { file });

  const fileStem = file.replace(/^.*[\\/]/, '').replace(/\.toml$/i, '');
  const id = stringField('profile_name') ?? fileStem;
  if (/[:,\s]/.test(id)) {
    const why = `profile name "${id}" may not contain ":", "," or spaces (they separate target ids)`;
    throw new TargetError('bad-value', why, { file });
  }
  const profile: MliaProfile = {
    id,
    accelerator,
    systemConfigName: required('system_config', '"Ethos_U55_High_End_Embedded"'),
    memoryModeName: required('memory_mode', '"Shared_Sram"'),
  };
  const configPath = stringField('config');
  if (configPath !== undefined) profile.configPath = configPath;
  const description = stringField('description');
  if (description !== undefined) profile.description = description;
  return profile;
}
