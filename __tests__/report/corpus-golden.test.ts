// Every report format on real corpus models, against what Vela 5.1.0 said about them (shared/vela-ref):
// the placement each format shows per operator, and the NPU/CPU counts in the summaries, are Vela's.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeModel } from '../../src/engine/analyze.js';
import { builtinTarget } from '../../src/targets/index.js';
import { toCheckJson, renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { toMliaJsonDocuments } from '../../src/report/mlia.js';
import { renderResultsTerminal } from '../../src/report/terminal.js';
import type { ModelResult } from '../../src/report/types.js';
import { describeShared, sharedDir } from '../helpers/shared.js';
import { gateReport } from './fixtures.js';
import { tableProblems, tables } from './markdown-structure.js';
import { errorsOf, mliaValidator, reportValidator } from './schema-validators.js';

// int8, float, mixed (quantized core with float edges), int16x8: all single-subgraph, with references.
const MODELS = [
  'tflite-micro/person_detect',
  'mlperf-tiny/kws_ref_model_int8',
  'tflite-micro/hello_world_float',
  'coral/keras_lstm_mnist_ptq',
  'ml-zoo/ds_cnn_s_int16',
];
const TARGET_IDS = ['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-256'];

interface VelaRef {
  vela_failed?: boolean;
  operators: { index: number; placement: 'NPU' | 'CPU' }[];
}

describeShared('report formats on corpus models agree with Vela 5.1.0', () => {
  const targets = TARGET_IDS.map(builtinTarget);
  const results: ModelResult[] = MODELS.map((m) =>
    analyzeModel(readFileSync(join(sharedDir, 'corpus/models', `${m}.tflite`)), `${m}.tflite`, targets),
  );
  const refs = new Map<string, VelaRef>();
  for (const m of MODELS)
    for (const t of TARGET_IDS) {
      const p = join(sharedDir, 'vela-ref', m.replace('/', '__'), `${t}.json`);
      if (existsSync(p)) {
        const ref = JSON.parse(readFileSync(p, 'utf8')) as VelaRef;
        if (!ref.vela_failed) refs.set(`${m}.tflite|${t}`, ref);
      }
    }

  test('references exist for the chosen models', () => {
    expect(refs.size).toBeGreaterThanOrEqual(MODELS.length * TARGET_IDS.length - 2);
    for (const r of results) expect(r.error).toBeUndefined();
  });

  test('check JSON validates; each operator placement is Vela’s', () => {
    const validate = reportValidator();
    const json = JSON.parse(renderJson(toCheckJson(results))) as {
      models: { path: string; targets: { target: string; operators: { index: number; placement: string }[] }[] }[];
    };
    expect(validate(json) ? '' : errorsOf(validate)).toBe('');
    let compared = 0;
    for (const m of json.models)
      for (const t of m.targets) {
        const ref = refs.get(`${m.path}|${t.target}`);
        if (!ref) continue;
        const ours = new Map(t.operators.map((o) => [o.index, o.placement]));
        for (const op of ref.operators) {
          expect(`${m.path} ${t.target} #${op.index} ${ours.get(op.index)}`).toBe(
            `${m.path} ${t.target} #${op.index} ${op.placement}`,
          );
          compared++;
        }
      }
    expect(compared).toBeGreaterThan(100);
  });

  test('markdown summary rows carry Vela’s NPU counts; tables well formed', () => {
    const report = gateReport(
      results.map((r) => ({ path: r.path, status: 'added' as const, head: r })),
      { targets: TARGET_IDS },
    );
    const md = renderMarkdown(report);
    for (const t of tables(md)) expect(tableProblems(t)).toEqual([]);
    // One row per model and target; the model cell is only filled on its first row.
    const rows: { model: string; cells: string[] }[] = [];
    let model = '';
    for (const r of tables(md)[0].rows) {
      const cells = r.map((c) => c.text);
      if (cells[0]) model = cells[0];
      rows.push({ model, cells });
    }
    for (const [key, ref] of refs) {
      const [path, target] = key.split('|');
      const npu = ref.operators.filter((o) => o.placement === 'NPU').length;
      const name = path.split('/').pop()!.replace(/_/g, '\\_');
      const row = rows.find((r) => r.model.includes(name) && r.cells[1] === target);
      expect(`${key}: ${row?.cells[2]}`).toContain(`(${npu}/${ref.operators.length})`);
    }
  });

  test('MLIA JSON validates; each operator check passes exactly where Vela used the NPU', () => {
    const validate = mliaValidator()!;
    const docs = toMliaJsonDocuments(results, {
      timestamp: '2026-01-01T00:00:00Z',
      toolVersion: '0.1.0',
      profiles: targets,
    });
    expect(docs).toHaveLength(MODELS.length * TARGET_IDS.length);
    docs.forEach((doc, i) => {
      expect(validate(JSON.parse(JSON.stringify(doc))) ? '' : errorsOf(validate)).toBe('');
      const ref = refs.get(`${results[Math.floor(i / TARGET_IDS.length)].path}|${TARGET_IDS[i % TARGET_IDS.length]}`);
      if (!ref) return;
      const compat = doc.results.find((r) => r.kind === 'compatibility') as unknown as {
        checks: { status: string; details: { placement: string } }[];
      };
      expect(compat.checks.map((c) => c.details.placement)).toEqual(ref.operators.map((o) => o.placement));
      expect(compat.checks.map((c) => c.status)).toEqual(
        ref.operators.map((o) => (o.placement === 'NPU' ? 'pass' : 'fail')),
      );
    });
  });

  test('terminal report lists Vela’s NPU and CPU counts per target', () => {
    const text = renderResultsTerminal(results, { color: false, targets: TARGET_IDS });
    for (const [key, ref] of refs) {
      const [path, target] = key.split('|');
      const npu = ref.operators.filter((o) => o.placement === 'NPU').length;
      const cpu = ref.operators.length - npu;
      const section = text.slice(text.indexOf(path), text.indexOf('\n\n', text.indexOf(path)) >>> 0);
      expect(section).toMatch(new RegExp(`${target}\\s+${npu}\\s+${cpu}\\s`));
    }
  });
});
