import { renderMliaJson, toMliaJson, toMliaJsonDocuments, type MliaDocument } from '../../src/report/mlia.js';
import type { TargetProfile } from '../../src/targets/types.js';
import { describeShared } from '../helpers/shared.js';
import { modelResult, performance, smallModelOps, target } from './fixtures.js';
import { errorsOf, mliaValidator } from './schema-validators.js';

const U55: TargetProfile = {
  id: 'ethos-u55-256',
  family: 'u55',
  macs: 256,
  acceleratorConfig: 'ethos-u55-256',
  description: 'Ethos-U55 with 256 MACs, Shared SRAM, High End Embedded configuration',
  systemConfig: {
    name: 'Ethos_U55_High_End_Embedded',
    coreClockHz: 500e6,
    axi0Port: 'Sram',
    axi1Port: 'OffChipFlash',
    memories: {},
  },
  memoryMode: { name: 'Shared_Sram', constMemArea: 'Axi1', arenaMemArea: 'Axi0', cacheMemArea: 'Axi0' },
  source: 'builtin',
};

const opts = { timestamp: new Date('2026-01-02T03:04:05Z'), toolVersion: '0.1.0', engineVersion: '5.1.0' };

function model() {
  const ops = smallModelOps();
  return modelResult('models/kws.tflite', [
    target('ethos-u55-256', ops, performance(ops, [5000, 800, 12000, 900, 3000], { inferenceTimeMs: 0.24 })),
    target('ethos-u85-256', ops),
  ]);
}

type Result = { kind: string; status: string; metrics?: Metric[]; entities?: unknown[]; checks?: Check[] };
type Metric = { name: string; value?: number; unit: string; qualifiers?: Record<string, unknown> };
type Check = { id: string; status: string; details: { reasons: unknown[] } };

function results(doc: MliaDocument): Record<string, Result> {
  return Object.fromEntries((doc.results as Result[]).map((r) => [r.kind, r]));
}

describe('MLIA JSON', () => {
  test('an entity and a check per operator, with placement and reasons', () => {
    const doc = toMliaJson(model(), model().targets[0], { ...opts, profiles: [U55] });
    const compat = results(doc).compatibility;
    expect(compat.status).toBe('partial');
    expect(compat.entities).toHaveLength(6);
    expect(compat.entities![3]).toMatchObject({
      id: 'subgraph0/operator3',
      scope: 'operator',
      name: 'postproc/nms',
      placement: 'CPU',
    });
    expect(compat.checks!.map((c) => c.status)).toEqual(['pass', 'pass', 'pass', 'fail', 'pass', 'pass']);
    expect(compat.checks![3].details.reasons).toEqual([
      { rule: 'op.unsupported', message: 'Unsupported operator type CUSTOM' },
    ]);
    expect(doc.target).toMatchObject({
      profile_name: 'ethos-u55-256',
      target_type: 'ethos-u55',
      components: [{ type: 'npu', family: 'ethos-u', model: 'u55', variant: '256' }],
      configuration: { mac: 256, system_config: 'Ethos_U55_High_End_Embedded', memory_mode: 'Shared_Sram' },
    });
  });

  test('metrics carry true units: milliseconds as ms, sizes in bytes', () => {
    const perf = results(toMliaJson(model(), model().targets[0], opts)).performance;
    const metric = (name: string) => perf.metrics!.find((m) => m.name === name && !m.qualifiers?.memory);
    expect(metric('inference_time')).toMatchObject({ value: 0.24, unit: 'ms' });
    expect(metric('sram_used')).toMatchObject({ value: 200 * 1024, unit: 'bytes' });
    expect(metric('off_chip_flash_used')).toMatchObject({ value: 300 * 1024, unit: 'bytes' });
    expect(metric('npu_cycles')).toMatchObject({ unit: 'cycles' });
    expect(perf.metrics!.some((m) => m.unit === 's' || m.unit === 'KiB')).toBe(false);
  });

  test('run ids are stable for the same run and differ between targets', () => {
    const a = toMliaJson(model(), model().targets[0], opts);
    const b = toMliaJson(model(), model().targets[0], opts);
    const c = toMliaJson(model(), model().targets[1], opts);
    expect(a.run_id).toBe(b.run_id);
    expect(a.run_id).not.toBe(c.run_id);
    expect(a.run_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.timestamp).toBe('2026-01-02T03:04:05.000Z');
  });
});

describeShared('MLIA JSON against MLIA output schema 1.1.0 (shared/mlia)', () => {
  const validate = mliaValidator()!;

  test('every document of a run validates: full, compatibility-only, failed model', () => {
    const broken = modelResult('bad.tflite', [], { error: { code: 'not-tflite', message: 'bad magic' } });
    const docs = toMliaJsonDocuments([model(), broken], {
      ...opts,
      profiles: [U55],
      targets: ['ethos-u55-256', 'ethos-u85-256'],
      cliArguments: ['check', 'models/kws.tflite'],
      modelSizes: { 'models/kws.tflite': 12345 },
    });
    expect(docs).toHaveLength(4);
    for (const doc of docs) {
      const json = JSON.parse(JSON.stringify(doc)) as unknown;
      expect(validate(json) ? '' : errorsOf(validate)).toBe('');
    }
    expect(results(docs[1]).performance.status).toBe('skipped');
    // The CLI text: one document per line, each valid on its own.
    const lines = renderMliaJson(docs).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(validate(JSON.parse(line)) ? '' : errorsOf(validate)).toBe('');
    expect(results(docs[2]).compatibility.status).toBe('failed');
  });

  test('the schema catches a broken document (the validator is live)', () => {
    const doc = JSON.parse(JSON.stringify(toMliaJson(model(), model().targets[0], opts))) as Record<string, unknown>;
    doc.schema_version = '1.0.0';
    expect(validate(doc)).toBe(false);
  });
});
