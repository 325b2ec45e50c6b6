// Reports on real engine output (src/engine/analyze.ts on shared/synthetic models), whatever stage the
// compat and perf engines are at: every format must render, stay well formed and validate, and the
// operators it lists must be the model's operators as Vela 5.1.0 counted them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeModel } from '../../src/engine/analyze.js';
import { toCheckJson, renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { toMliaJsonDocuments } from '../../src/report/mlia.js';
import { renderResultsTerminal } from '../../src/report/terminal.js';
import type { ModelResult } from '../../src/report/types.js';
import type { TargetProfile } from '../../src/targets/types.js';
import { describeShared, sharedDir } from '../helpers/shared.js';
import { gateReport } from './fixtures.js';
import { tableProblems, tables } from './markdown-structure.js';
import { errorsOf, mliaValidator, reportValidator } from './schema-validators.js';

function profile(id: string, family: 'u55' | 'u85', macs: number): TargetProfile {
  return {
    id,
    family,
    macs,
    acceleratorConfig: id,
    description: id,
    systemConfig: {
      name: family === 'u55' ? 'Ethos_U55_High_End_Embedded' : 'Ethos_U85_SYS_DRAM_Mid',
      coreClockHz: family === 'u55' ? 500e6 : 1e9,
      axi0Port: 'Sram',
      axi1Port: family === 'u55' ? 'OffChipFlash' : 'Dram',
      memories: {},
    },
    memoryMode: {
      name: family === 'u55' ? 'Shared_Sram' : 'Dedicated_Sram_384KB',
      constMemArea: 'Axi1',
      arenaMemArea: family === 'u55' ? 'Axi0' : 'Axi1',
      cacheMemArea: 'Axi0',
    },
    source: 'test',
  };
}

const TARGETS = [profile('ethos-u55-256', 'u55', 256), profile('ethos-u85-256', 'u85', 256)];

describeShared('reports on real engine output (shared/synthetic/models/chains)', () => {
  const dir = join(sharedDir, 'synthetic/models/chains');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tflite'))
    .sort()
    .slice(0, 8);
  const bytes = files.map((f) => readFileSync(join(dir, f)));
  // Placement alone, and placement plus performance (which may still fail while the estimator is being built).
  const placed: ModelResult[] = files.map((f, i) =>
    analyzeModel(bytes[i], `chains/${f}`, TARGETS, { performance: false }),
  );
  const full: ModelResult[] = files.map((f, i) => analyzeModel(bytes[i], `chains/${f}`, TARGETS));
  const results = [...placed, ...full];

  test('check JSON validates and lists every operator Vela counted', () => {
    const validate = reportValidator();
    const json = JSON.parse(renderJson(toCheckJson(results))) as unknown;
    expect(validate(json) ? '' : errorsOf(validate)).toBe('');
    let compared = 0;
    for (const r of placed) {
      if (r.error) continue; // the engine's own tests cover its failures; here only the reports are checked
      for (const t of r.targets) {
        const ref = join(
          sharedDir,
          'synthetic/vela-ref',
          r.path.replace('chains/', 'chains__').replace('.tflite', ''),
          `${t.target}.json`,
        );
        if (!existsSync(ref)) continue;
        const vela = JSON.parse(readFileSync(ref, 'utf8')) as { operators?: unknown[]; vela_failed?: boolean };
        if (vela.vela_failed || !vela.operators) continue;
        expect(t.operators.filter((o) => o.subgraph === 0)).toHaveLength(vela.operators.length);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  test('markdown is well formed and within budget; terminal renders', () => {
    const report = gateReport(
      results.map((r) => ({ path: r.path, status: 'added' as const, head: r })),
      { targets: TARGETS.map((t) => t.id) },
    );
    const md = renderMarkdown(report);
    expect(md.length).toBeLessThanOrEqual(65_536);
    for (const t of tables(md)) expect(tableProblems(t)).toEqual([]);
    expect(tables(md)[0].rows.length).toBe(results.reduce((a, r) => a + Math.max(1, r.targets.length), 0));
    expect(renderResultsTerminal(results, { color: false })).toContain(results[0].path);
  });

  test('MLIA JSON validates, one entity per operator', () => {
    const validate = mliaValidator()!;
    const docs = toMliaJsonDocuments(results, {
      timestamp: '2026-01-01T00:00:00Z',
      toolVersion: '0.1.0',
      profiles: TARGETS,
      targets: TARGETS.map((t) => t.id),
    });
    for (const doc of docs) {
      expect(validate(JSON.parse(JSON.stringify(doc))) ? '' : errorsOf(validate)).toBe('');
    }
    const placedDocs = docs.slice(0, placed.length * TARGETS.length);
    placedDocs.forEach((doc, i) => {
      const result = placed[Math.floor(i / TARGETS.length)].targets[i % TARGETS.length];
      const compat = doc.results.find((r) => r.kind === 'compatibility') as { entities: unknown[]; checks: unknown[] };
      expect(compat.entities).toHaveLength(result.operators.length);
      expect(compat.checks).toHaveLength(result.operators.length);
    });
  });
});
