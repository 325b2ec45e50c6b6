// ajv validators for our report schema and for MLIA's output schema 1.1.0 (read from ../shared).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { hasShared, projectRoot, sharedDir } from '../helpers/shared.js';

// ajv-formats is CommonJS: under ESM its default export arrives wrapped.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

export function reportValidator(): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(readJson(join(projectRoot, 'schemas/ethos-gate-report.schema.json')));
}

/** MLIA's schema refers to its target schema by $id; both are in shared/mlia. Undefined without ../shared. */
export function mliaValidator(): ValidateFunction | undefined {
  if (!hasShared) return undefined;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(readJson(join(sharedDir, 'mlia/mlia-target-schema-1.0.0.json')));
  return ajv.compile(readJson(join(sharedDir, 'mlia/mlia-output-schema-1.1.0.json')));
}

export function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');
}
