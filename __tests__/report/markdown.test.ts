import type { Tokens } from 'marked';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../src/report/markdown.js';
import { checkReport } from '../../src/report/check-report.js';
import { renderResultsTerminal } from '../../src/report/terminal.js';
import type { GateReport, ModelComparison, OperatorResult } from '../../src/report/types.js';
import { gateReport, modelResult, operators, performance, smallModelOps, target } from './fixtures.js';
import { detailsRanges, tableProblems, tables, tokens } from './markdown-structure.js';

const U55 = 'ethos-u55-256';
const U65 = 'ethos-u65-512';

function comparedReport(): GateReport {
  const headOps = smallModelOps();
  const baseOps = operators([
    { type: 'CONV_2D', name: 'stem/conv', macs: 1_000_000 },
    { type: 'DEPTHWISE_CONV_2D', name: 'block1/dw', macs: 200_000 },
    { type: 'CONV_2D', name: 'block1/pw', macs: 2_000_000 },
    { type: 'RESHAPE', name: 'head/flatten' },
    { type: 'FULLY_CONNECTED', name: 'head/fc', macs: 100_000 },
    { type: 'SOFTMAX', name: 'head/softmax' },
  ]);
  const head = modelResult('models/kws.tflite', [
    target(U55, headOps, performance(headOps, [5000, 800, 12000, 900, 3000], { inferenceTimeMs: 0.3 })),
    target(U65, headOps, performance(headOps, [3000, 600, 8000, 500, 2000])),
  ]);
  const base = modelResult('models/kws.tflite', [
    target(U55, baseOps, performance(baseOps, [5000, 800, 6000, 10, 900, 3000], { inferenceTimeMs: 0.2 })),
    target(U65, baseOps, performance(baseOps, [3000, 600, 4000, 10, 500, 2000])),
  ]);
  return gateReport([{ path: head.path, status: 'modified', head, base }], {
    findings: [
      { path: head.path, target: U55, rule: 'max-latency-increase', message: 'inference time +50% (limit 10%)' },
    ],
    regressed: true,
  });
}

describe('renderMarkdown', () => {
  test('starts with the sticky-comment marker, then the verdict', () => {
    const md = renderMarkdown(comparedReport());
    expect(md.startsWith('<!-- ethos-gate -->\n')).toBe(true);
    expect(renderMarkdown(comparedReport(), { markerKey: 'models' }).startsWith('<!-- ethos-gate:models -->')).toBe(
      true,
    );
    const heading = tokens(md).find((t) => t.type === 'heading');
    expect(heading?.raw).toMatch(/❌ ethos-gate: 1 check failed/);
    const ok = renderMarkdown({ ...comparedReport(), findings: [], regressed: false });
    expect(ok).toMatch(/### ✅ ethos-gate: all checks passed/);
    const info = renderMarkdown({ ...comparedReport(), informational: true });
    expect(info).toMatch(/would fail \(informational run\)/);
  });

  test('every table is well formed: header, alignment row and rows with the same column count', () => {
    const md = renderMarkdown(comparedReport());
    const all = tables(md);
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const t of all) expect(tableProblems(t)).toEqual([]);
  });

  test('summary table: one row per model and target with coverage, change, time, SRAM, flash and status', () => {
    const [summary] = tables(renderMarkdown(comparedReport()));
    expect(summary.header.map((h) => h.text)).toEqual([
      'Model',
      'Target',
      'NPU coverage',
      'vs base',
      'Est. time',
      'vs base',
      'SRAM',
      'Flash',
      'Status',
    ]);
    expect(summary.rows).toHaveLength(2);
    const [u55, u65] = summary.rows.map((r) => r.map((c) => c.text));
    expect(u55[1]).toBe(U55);
    expect(u55[2]).toBe('83.3% (5/6)');
    expect(u55[3]).toBe('-16.7 pp'); // 6/6 -> 5/6
    expect(u55[4]).toBe('0.300 ms');
    expect(u55[5]).toBe('+50.0%');
    expect(u55[6]).toBe('200.0 KiB');
    expect(u55[7]).toBe('300.0 KiB');
    expect(u55[8]).toMatch(/❌ failed · modified/);
    expect(u65[8]).toMatch(/✅ · modified/);
  });

  test('summary table: a DRAM column, with its change, only when some target uses DRAM', () => {
    const ops = smallModelOps();
    const u65 = (dram: number) => target('ethos-u65-512', ops, performance(ops, [3000], { dramUsedBytes: dram }));
    const head = modelResult('a.tflite', [target('ethos-u55-256', ops, performance(ops, [5000])), u65(60 * 1024)]);
    const base = modelResult('a.tflite', [target('ethos-u55-256', ops, performance(ops, [5000])), u65(50 * 1024)]);
    const [summary] = tables(renderMarkdown(gateReport([{ path: 'a.tflite', status: 'modified', head, base }])));
    expect(tableProblems(summary)).toEqual([]);
    const headers = summary.header.map((h) => h.text);
    expect(headers.slice(6)).toEqual(['SRAM', 'Flash', 'DRAM', 'Status']);
    const [u55Row, u65Row] = summary.rows.map((r) => r.map((c) => c.text));
    expect(u55Row[8]).toBe('0 B');
    expect(u65Row[8]).toBe('60.0 KiB (+10.0 KiB)');
    const [flashOnly] = tables(renderMarkdown(comparedReport()));
    expect(flashOnly.header.map((h) => h.text)).not.toContain('DRAM');
  });

  test('per model: chart outside <details>, operator table CPU rows first, top layers inside', () => {
    const md = renderMarkdown(comparedReport());
    const ranges = detailsRanges(md);
    expect(ranges).toHaveLength(1);
    const chartAt = md.indexOf('```mermaid\nxychart-beta');
    expect(chartAt).toBeGreaterThan(0);
    expect(ranges.some(([a, b]) => chartAt > a && chartAt < b)).toBe(false);
    expect(md).toMatch(/bar \[12000, 5000, 3000, 900, 800\]/);

    const inside = md.slice(ranges[0][0], ranges[0][1]);
    const ops = tables(inside).find((t) => t.header.some((h) => h.text === 'Reasons') && t.header[3]?.text === U55);
    expect(ops).toBeDefined();
    const placements = ops!.rows.map((r) => r[3].text);
    expect(placements[0]).toBe('**CPU**');
    expect(placements.slice(1).every((p) => p === 'NPU')).toBe(true);
    expect(ops!.rows[0][2].text).toBe('CUSTOM');
    const top = tables(inside).find((t) => t.header.some((h) => h.text === 'MAC util.'));
    expect(top!.rows[0].map((c) => c.text).slice(3, 5)).toEqual(['12,000', '55.3%']);
  });

  test('base vs head: placement moves NPU->CPU first, new and removed operators, layer and figure changes', () => {
    const md = renderMarkdown(comparedReport());
    expect(md).toMatch(/1 new operator: CUSTOM postproc\/nms/);
    expect(md).toMatch(/1 removed operator: RESHAPE head\/flatten/);
    const layerTable = tables(md).find((t) => t.raw.includes('6,000 → 12,000'));
    expect(layerTable?.rows[0][1].text).toBe('block1/pw');
    const figures = tables(md).find((t) => t.header[0].text === 'Figure');
    const time = figures!.rows.find((r) => r[0].text === 'Inference time');
    expect(time![1].text).toBe('0.200 ms → 0.300 ms (+50.0%)');
    expect(figures!.rows.map((r) => r[0].text)).toEqual(
      expect.arrayContaining(['NPU coverage (operators)', 'SRAM used', 'Off-chip flash used', 'NPU partitions']),
    );

    const moved = operators([
      { type: 'CONV_2D', name: 'a' },
      { type: 'ADD', name: 'b', cpu: 'int32 not supported' },
    ]);
    const was = operators([
      { type: 'CONV_2D', name: 'a', cpu: 'stride 4' },
      { type: 'ADD', name: 'b' },
    ]);
    const r = gateReport([
      {
        path: 'm.tflite',
        status: 'modified',
        head: modelResult('m.tflite', [target(U55, moved)]),
        base: modelResult('m.tflite', [target(U55, was)]),
      },
    ]);
    const change = tables(renderMarkdown(r)).find((t) => t.raw.includes('NPU → **CPU**'));
    expect(change!.rows.map((row) => row[3].text)).toEqual(['NPU → **CPU**', 'CPU → NPU']);
  });

  test('layer changes say where an operator appeared, vanished or moved to or from the CPU', () => {
    // Head on U55: a moved to the CPU, b moved to the NPU, c new on the CPU, d new on the NPU; e removed from the
    // NPU, f removed from the CPU. U65 runs all of them on the NPU, with cycles that changed, so every row shows.
    const headU55 = operators([
      { type: 'CONV_2D', name: 'a', cpu: 'stride 4' },
      { type: 'CONV_2D', name: 'b' },
      { type: 'CONV_2D', name: 'c', cpu: 'stride 4' },
      { type: 'CONV_2D', name: 'd' },
    ]);
    const baseU55 = operators([
      { type: 'CONV_2D', name: 'a' },
      { type: 'CONV_2D', name: 'b', cpu: 'stride 4' },
      { type: 'CONV_2D', name: 'e' },
      { type: 'CONV_2D', name: 'f', cpu: 'stride 4' },
    ]);
    const headU65 = operators(['a', 'b', 'c', 'd'].map((name) => ({ type: 'CONV_2D', name })));
    const baseU65 = operators(['a', 'b', 'e', 'f'].map((name) => ({ type: 'CONV_2D', name })));
    const r = gateReport([
      {
        path: 'm.tflite',
        status: 'modified',
        head: modelResult('m.tflite', [
          target(U55, headU55, performance(headU55, [700, 0])),
          target(U65, headU65, performance(headU65, [100, 200, 300, 400])),
        ]),
        base: modelResult('m.tflite', [
          target(U55, baseU55, performance(baseU55, [600, 500])),
          target(U65, baseU65, performance(baseU65, [150, 250, 350, 450])),
        ]),
      },
    ]);
    // The layer table: per-target columns and no reasons (the placement table has them).
    const table = tables(renderMarkdown(r)).find(
      (t) => t.header.map((h) => h.text).join('|') === `#|Name|Type|${U55}|${U65}`,
    );
    const cells = Object.fromEntries(table!.rows.map((row) => [row[1].text, row[3].text]));
    expect(cells).toEqual({
      a: '600 → CPU',
      b: 'CPU → 700',
      c: 'new: CPU',
      d: 'new: 0',
      e: '500 → removed',
      f: 'CPU → removed',
    });
    const u65 = Object.fromEntries(table!.rows.map((row) => [row[1].text, row[4].text]));
    expect(u65.a).toBe('150 → 100 (-33.3%)');
    expect(u65.c).toBe('new: 300');
    expect(u65.f).toBe('450 → removed');
  });

  test('model text cannot inject markdown, HTML or mentions', () => {
    const evil = 'x|y</summary><script>alert(1)</script>`code`\n## heading [link](http://e.vil) @octocat #12 $x$';
    const ops: OperatorResult[] = operators([
      { type: 'CONV_2D', name: evil, macs: 10 },
      { type: 'CUSTOM', name: evil, cpu: { rule: 'op.unsupported', message: evil } },
    ]);
    const res = modelResult(`models/${evil}.tflite`, [target(U55, ops, performance(ops, [100]))], {
      description: evil,
    });
    const r = gateReport([{ path: res.path, status: 'added', head: res }], {
      findings: [{ path: res.path, rule: 'new-cpu-ops', message: evil }],
      regressed: true,
    });
    const md = renderMarkdown(r);
    expect(md).not.toMatch(/<script>/);
    expect(md).not.toMatch(/<\/summary><script/);
    expect(md).not.toMatch(/@octocat/);
    expect(md).not.toMatch(/(^|[^\\])`code/);
    expect(md).not.toMatch(/\n## heading/);
    const toks = tokens(md);
    expect(toks.filter((t): t is Tokens.Heading => t.type === 'heading').map((t) => t.depth)).toEqual([3, 4]);
    const html = toks.filter((t) => t.type === 'html').map((t) => t.raw.trim());
    for (const h of html) expect(h).toMatch(/^(<!-- ethos-gate -->|<details><summary>[^<]*<\/summary>|<\/details>)$/);
    for (const t of tables(md)) expect(tableProblems(t)).toEqual([]);
    const inlineLinks = JSON.stringify(toks).match(/"type":"link"/g) ?? [];
    expect(inlineLinks).toHaveLength(0);
  });

  test('errors, removed and added models are reported without crashing', () => {
    const ok = modelResult('a.tflite', [target(U55, smallModelOps())]);
    const broken = modelResult('broken.tflite', [], { error: { code: 'not-tflite', message: 'not a TFLite file' } });
    const models: ModelComparison[] = [
      { path: 'a.tflite', status: 'added', head: ok },
      { path: 'broken.tflite', status: 'modified', head: broken },
      { path: 'old.tflite', status: 'removed', base: ok },
    ];
    const md = renderMarkdown(gateReport(models));
    expect(md).toMatch(/not a TFLite file/);
    expect(md).toMatch(/Removed in this pull request/);
    for (const t of tables(md)) expect(tableProblems(t)).toEqual([]);
    expect(tables(md)[0].rows.map((r) => r[8].text)).toEqual(['✅ · added', '⚠️ not-tflite', '✅ · removed']);
  });

  test(`a 40-model x 3-target report with long names fits ${GITHUB_COMMENT_LIMIT} characters and says it was shortened`, () => {
    const targets = ['ethos-u55-128', 'ethos-u65-512', 'ethos-u85-256'];
    const longName = (i: number) => `${'very_long_scope/'.repeat(12)}block_${i}/conv2d/BiasAdd;fused|relu6<${i}>`;
    const models: ModelComparison[] = [];
    for (let m = 0; m < 40; m++) {
      const ops = operators(
        Array.from({ length: 150 }, (_, i) => ({
          type: i % 7 === 3 ? 'CUSTOM' : 'CONV_2D',
          name: longName(i),
          macs: 1000 * (i + 1),
          ...(i % 7 === 3 ? { cpu: `Unsupported operator type CUSTOM in ${longName(i)}` } : {}),
        })),
      );
      const path = `models/${'deeply/nested/'.repeat(8)}model_${m}_with_a_rather_long_file_name.tflite`;
      const cycles = ops.filter((o) => o.placement === 'NPU').map((_, i) => 1000 + ((i * 7919 + m) % 5000));
      const head = modelResult(
        path,
        targets.map((t) => target(t, ops, performance(ops, cycles))),
      );
      const base = modelResult(
        path,
        targets.map((t) =>
          target(
            t,
            ops,
            performance(
              ops,
              cycles.map((c) => c - 10),
            ),
          ),
        ),
      );
      models.push({ path, status: 'modified', head, base });
    }
    const report = gateReport(models, { targets });
    const url = 'https://github.com/o/r/actions/runs/42#summary';
    const md = renderMarkdown(report, { fullReportUrl: url, fullReportLabel: 'job summary' });
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md).toMatch(/shortened to fit GitHub's 65,536-character comment limit/);
    expect(md).toContain(`[job summary](${url})`);
    expect(md.startsWith('<!-- ethos-gate -->')).toBe(true);
    // The summary table survives whole: every model on every target.
    const summary = tables(md)[0];
    expect(summary.rows).toHaveLength(120);
    for (const t of tables(md)) expect(tableProblems(t)).toEqual([]);
    // Charts outlive details, and each kept chart is backed by its data table.
    const sections = md.split(/\n#### /).slice(1);
    const withChart = sections.filter((s) => s.includes('```mermaid'));
    expect(withChart.length).toBeGreaterThan(0);
    for (const s of withChart) expect(tables(s).some((t) => t.header.some((h) => h.text === 'Cycles'))).toBe(true);

    const small = renderMarkdown(report, { maxLength: 20_000 });
    expect(small.length).toBeLessThanOrEqual(20_000);
    expect(small).toMatch(/job summary and the report artifact/);
  });

  test('details are dropped from the largest model first; the small ones keep theirs', () => {
    const model = (path: string, n: number, cpuEvery = 0): ModelComparison => {
      const ops = operators(
        Array.from({ length: n }, (_, i) => ({
          type: 'CONV_2D',
          name: `op${i}`,
          macs: 10,
          ...(cpuEvery && i % cpuEvery === 0 ? { cpu: 'stride 4 exceeds 3' } : {}),
        })),
      );
      const head = modelResult(path, [
        target(
          U55,
          ops,
          performance(
            ops,
            ops.map((_, i) => 100 + i),
          ),
        ),
      ]);
      return { path, status: 'added', head };
    };
    const sectionOf = (md: string, name: string) => md.split('\n#### ').find((s) => s.startsWith(name)) ?? '';

    // Only NPU rows to shed: the large model keeps its details without them.
    const npuOnly = renderMarkdown(
      gateReport([model('smallA.tflite', 5), model('big.tflite', 3000), model('smallB.tflite', 5)]),
      {
        maxLength: 20_000,
      },
    );
    expect(npuOnly.length).toBeLessThanOrEqual(20_000);
    expect(sectionOf(npuOnly, 'smallA.tflite')).toContain('| op4 |');
    expect(sectionOf(npuOnly, 'big.tflite')).not.toContain('| op1500 |');
    expect(sectionOf(npuOnly, 'big.tflite')).toMatch(/3000 NPU operators not listed here/);

    // Too many CPU rows as well: the large model loses its details but keeps its chart and the chart's table.
    const md = renderMarkdown(
      gateReport([model('smallA.tflite', 5), model('huge.tflite', 3000, 2), model('smallB.tflite', 5)]),
      {
        maxLength: 20_000,
      },
    );
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(sectionOf(md, 'smallA.tflite')).toContain('<details>');
    expect(sectionOf(md, 'smallB.tflite')).toContain('<details>');
    const huge = sectionOf(md, 'huge.tflite');
    expect(huge).not.toContain('<details>');
    expect(huge).toContain('```mermaid');
    expect(tables(huge)[0].header.map((h) => h.text)).toEqual(['#', 'Type', 'Cycles', 'Share']);
    expect(md).toMatch(/shortened to fit the 20,000-character limit/);
  });

  test('an untruncated report has no truncation notice', () => {
    expect(renderMarkdown(comparedReport())).not.toMatch(/shortened/);
  });

  test('the footer says when encoded weight sizes come from samples, and only then', () => {
    const ops = smallModelOps();
    const report = (sizing: 'exact' | 'sampled') =>
      gateReport([
        {
          path: 'models/a.tflite',
          status: 'added',
          head: modelResult('models/a.tflite', [target(U55, ops, performance(ops, [1000], { weightsSizing: sizing }))]),
        },
      ]);
    expect(renderMarkdown(report('sampled'))).toMatch(/spread sample of their blocks \(`exact-weights: true`/);
    expect(renderMarkdown(report('exact'))).not.toMatch(/sample/);
  });
});

describe('a plain check rendered as markdown', () => {
  test('reports a model that could not be analysed as the failed check, as the terminal does', () => {
    const ops = smallModelOps();
    const results = [
      modelResult('a.tflite', [target('ethos-u55-256', ops, performance(ops, [1, 1, 1, 1, 1]))]),
      modelResult('b.tflite', [], { error: { code: 'not-tflite', message: 'bad magic' } }),
    ];
    const md = renderMarkdown(checkReport(results), { now: new Date(0) });
    expect(md).toMatch(/### ❌ ethos-gate: 1 check failed/);
    expect(md).toMatch(/❌ \*\*b\.tflite\*\*: not-tflite: bad magic/);
    expect(renderResultsTerminal(results, { color: false }).split('\n')[0]).toBe('ethos-gate  ✗ 1 check failed');
  });

  test("each model's details count its operators in words that agree ('1 operator', '6 operators')", () => {
    const one = operators([{ type: 'CONV_2D' }]);
    const six = smallModelOps();
    const md = renderMarkdown(
      checkReport([
        modelResult('one.tflite', [target('ethos-u55-256', one, performance(one, [1]))]),
        modelResult('six.tflite', [target('ethos-u55-256', six, performance(six, [1, 1, 1, 1, 1]))]),
      ]),
      { now: new Date(0) },
    );
    expect(md).toContain('<summary>one.tflite: 1 operator (ethos-u55-256: 0 CPU)</summary>');
    expect(md).toContain('<summary>six.tflite: 6 operators (ethos-u55-256: 1 CPU)</summary>');
    expect(md).toContain('**Top 1 layer by cycles on ethos-u55-256**');
    expect(md).toContain('title "Top 1 layer by cycles on ethos-u55-256"');
  });

  test('has no "vs base" columns and no "unchanged" status: nothing was compared', () => {
    const ops = smallModelOps();
    const md = renderMarkdown(
      checkReport([modelResult('a.tflite', [target('ethos-u55-256', ops, performance(ops, [1, 1, 1, 1, 1]))])]),
      { now: new Date(0) },
    );
    const [summary] = tables(md);
    expect(tableProblems(summary)).toEqual([]);
    expect(summary.header.map((h) => h.text)).toEqual([
      'Model',
      'Target',
      'NPU coverage',
      'Est. time',
      'SRAM',
      'Flash',
      'Status',
    ]);
    expect(summary.rows.map((r) => r[6].text)).toEqual(['✅']);
    expect(md).not.toMatch(/unchanged|vs base/);
  });

  test('passes when every model was analysed (an already-compiled one is a note)', () => {
    const ops = smallModelOps();
    const md = renderMarkdown(
      checkReport([
        modelResult('a.tflite', [target('ethos-u55-256', ops, performance(ops, [1, 1, 1, 1, 1]))]),
        modelResult('v.tflite', [], { velaCompiled: true, error: { code: 'vela-compiled', message: 'compiled' } }),
      ]),
      { now: new Date(0) },
    );
    expect(md).toMatch(/### ✅ ethos-gate: all checks passed/);
  });
});
