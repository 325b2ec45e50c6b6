import { renderJson, toCheckJson, toReportJson } from '../../src/report/json.js';
import type { GateReport } from '../../src/report/types.js';
import { gateReport, modelResult, performance, smallModelOps, target } from './fixtures.js';
import { errorsOf, reportValidator } from './schema-validators.js';

const validate = reportValidator();

function results() {
  const ops = smallModelOps();
  return [
    modelResult('models/a.tflite', [
      target('ethos-u55-256', ops, performance(ops, [5000, 800, 12000, 900, 3000])),
      target('ethos-u85-256', ops),
    ]),
    modelResult('models/broken.tflite', [], { error: { code: 'not-tflite', message: 'bad magic' } }),
    modelResult('models/compiled.tflite', [], {
      velaCompiled: true,
      error: { code: 'vela-compiled', message: 'already compiled by Vela' },
      description: 'vela',
    }),
  ];
}

describe('check JSON', () => {
  test('has the contract fields, with performance flattened into the target', () => {
    const json = toCheckJson(results());
    const [a] = json.models;
    expect(a).toMatchObject({ path: 'models/a.tflite', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const [u55, u85] = a.targets;
    expect(u55).toMatchObject({ target: 'ethos-u55-256', npuOperators: 5, cpuOperators: 1 });
    expect(u55.npuCoverage).toBeCloseTo(5 / 6);
    expect(u55.operators[3]).toMatchObject({
      subgraph: 0,
      index: 3,
      type: 'CUSTOM',
      placement: 'CPU',
      reasons: [{ rule: 'op.unsupported', message: 'Unsupported operator type CUSTOM' }],
    });
    expect(u55.summary?.inferenceTimeMs).toBe(0.24);
    expect(u55.layers).toHaveLength(5);
    expect(u55).not.toHaveProperty('performance');
    expect(u85).not.toHaveProperty('summary');
    expect(json.models[1].error).toEqual({ code: 'not-tflite', message: 'bad magic' });
  });

  test('validates against schemas/ethos-gate-report.schema.json', () => {
    const doc = JSON.parse(renderJson(toCheckJson(results()))) as unknown;
    expect(validate(doc) ? '' : errorsOf(validate)).toBe('');
  });

  test('the schema rejects what breaks the contract', () => {
    const doc = JSON.parse(renderJson(toCheckJson(results()))) as {
      models: { targets: { placement?: string; operators: { placement: string }[] }[] }[];
    };
    doc.models[0].targets[0].operators[0].placement = 'GPU';
    expect(validate(doc)).toBe(false);
    const missing = JSON.parse(renderJson(toCheckJson(results()))) as { models: Record<string, unknown>[] };
    delete missing.models[0].sha256;
    expect(validate(missing)).toBe(false);
    const nested = JSON.parse(renderJson(toCheckJson(results()))) as {
      models: { targets: Record<string, unknown>[] }[];
    };
    nested.models[0].targets[0].performance = {};
    expect(validate(nested)).toBe(false);
  });
});

describe('gate report JSON', () => {
  function report(): GateReport {
    const [a] = results();
    return gateReport(
      [
        { path: a.path, status: 'modified', head: a, base: a },
        { path: 'models/new.tflite', status: 'added', head: { ...a, path: 'models/new.tflite' } },
        { path: 'models/gone.tflite', status: 'removed', base: a },
        { path: 'models/moved.tflite', basePath: 'models/old.tflite', status: 'renamed', head: a, base: a },
      ],
      {
        findings: [{ path: a.path, target: 'ethos-u55-256', rule: 'new-cpu-ops', message: 'CUSTOM on CPU' }],
        regressed: true,
        pullRequest: { number: 7, repository: 'o/r', headSha: 'abc', baseSha: 'def' },
      },
    );
  }

  test('validates against the schema and round-trips', () => {
    const text = renderJson(toReportJson(report()));
    const doc = JSON.parse(text) as GateReport;
    expect(validate(doc) ? '' : errorsOf(validate)).toBe('');
    expect(doc.models).toEqual(report().models);
    expect(doc.findings).toEqual(report().findings);
  });

  test('a gate report with an unknown rule or a wrong schemaVersion is rejected', () => {
    const bad = JSON.parse(renderJson(toReportJson(report()))) as {
      findings: { rule: string }[];
      schemaVersion: number;
    };
    bad.findings[0].rule = 'max-vibes';
    expect(validate(bad)).toBe(false);
    const v2 = JSON.parse(renderJson(toReportJson(report()))) as { schemaVersion: number };
    v2.schemaVersion = 2;
    expect(validate(v2)).toBe(false);
  });
});
