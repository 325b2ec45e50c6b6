import { renderResultsTerminal, renderTerminal } from '../../src/report/terminal.js';
import { gateReport, modelResult, operators, performance, smallModelOps, target } from './fixtures.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

function report() {
  const ops = smallModelOps();
  const head = modelResult('models/kws.tflite', [
    target('ethos-u55-256', ops, performance(ops, [5000, 800, 12000, 900, 3000], { inferenceTimeMs: 0.3 })),
    target('ethos-u65-512', ops, performance(ops, [3000, 600, 8000, 500, 2000])),
  ]);
  const baseOps = operators([{ type: 'CONV_2D', name: 'stem/conv', macs: 1_000_000 }]);
  const base = modelResult('models/kws.tflite', [
    target('ethos-u55-256', baseOps, performance(baseOps, [5000], { inferenceTimeMs: 0.2 })),
    target('ethos-u65-512', baseOps, performance(baseOps, [3000])),
  ]);
  return gateReport([{ path: head.path, status: 'modified', head, base }], {
    findings: [{ path: head.path, target: 'ethos-u55-256', rule: 'max-latency-increase', message: 'time +50%' }],
    regressed: true,
  });
}

describe('renderTerminal', () => {
  test('no colour unless asked; colour when asked', () => {
    expect(renderTerminal(report(), { color: false })).not.toMatch(ANSI);
    expect(renderTerminal(report(), { color: true })).toMatch(ANSI);
  });

  test('verdict, findings, one aligned row per target, CPU operators with reasons, top layers', () => {
    const lines = renderTerminal(report(), { color: false }).split('\n');
    expect(lines[0]).toBe('ethos-gate 0.1.0  ✗ 1 check failed');
    expect(lines[1]).toBe('  ✗ models/kws.tflite on ethos-u55-256: time +50%');
    const header = lines.findIndex((l) => /^\s+Target\s+NPU\s+CPU\s+Coverage/.test(l));
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 1, header + 3);
    expect(rows[0]).toMatch(/ethos-u55-256 ✗\s+5\s+1\s+83\.3%\s+-16\.7 pp\s+0\.300 ms\s+\+50\.0%/);
    expect(rows[1]).toMatch(/^\s+ethos-u65-512\s/);
    // Columns line up: the coverage column ends at the same place on every row.
    const end = (l: string) => l.indexOf('%') + 1;
    expect(end(rows[0])).toBe(end(rows[1]));
    expect(lines).toContain('    #3 CUSTOM postproc/nms: Unsupported operator type CUSTOM');
    expect(lines.some((l) => /top layers ethos-u55-256: #2 CONV_2D 55\.3%/.test(l))).toBe(true);
  });

  test('a compared row shows the SRAM and the flash change beside each; an unchanged one shows none', () => {
    const ops = smallModelOps();
    const head = modelResult('models/kws.tflite', [
      target(
        'ethos-u55-256',
        ops,
        performance(ops, [5000], { sramUsedBytes: 100 * 1024, offChipFlashUsedBytes: 155 * 1024 }),
      ),
      target('ethos-u65-512', ops, performance(ops, [3000])),
    ]);
    const base = modelResult('models/kws.tflite', [
      target(
        'ethos-u55-256',
        ops,
        performance(ops, [5000], { sramUsedBytes: 101 * 1024, offChipFlashUsedBytes: 227 * 1024 }),
      ),
      target('ethos-u65-512', ops, performance(ops, [3000])),
    ]);
    const lines = renderTerminal(gateReport([{ path: head.path, status: 'modified', head, base }]), {
      color: false,
    }).split('\n');
    const row = (id: string) => lines.find((l) => l.trimStart().startsWith(`${id} `)) ?? '';
    expect(row('ethos-u55-256')).toMatch(/100\.0 KiB \(-1\.00 KiB\)\s+155\.0 KiB \(-72\.0 KiB\)$/);
    expect(row('ethos-u65-512')).toMatch(/200\.0 KiB\s+300\.0 KiB$/);
  });

  test('a DRAM column appears when a target uses DRAM (Dedicated_Sram), with its change against base', () => {
    const ops = smallModelOps();
    const u65 = (dram: number) => target('ethos-u65-512', ops, performance(ops, [3000], { dramUsedBytes: dram }));
    const head = modelResult('models/kws.tflite', [
      target('ethos-u55-256', ops, performance(ops, [5000])),
      u65(60 * 1024),
    ]);
    const base = modelResult('models/kws.tflite', [
      target('ethos-u55-256', ops, performance(ops, [5000])),
      u65(50 * 1024),
    ]);
    const lines = renderTerminal(gateReport([{ path: head.path, status: 'modified', head, base }]), {
      color: false,
    }).split('\n');
    expect(lines.some((l) => /^\s+Target\s+NPU\s+CPU\s+Coverage.*\sSRAM\s+Flash\s+DRAM$/.test(l))).toBe(true);
    const row = (id: string) => lines.find((l) => l.trimStart().startsWith(`${id} `)) ?? '';
    expect(row('ethos-u55-256')).toMatch(/300\.0 KiB\s+0 B$/);
    expect(row('ethos-u65-512')).toMatch(/300\.0 KiB\s+60\.0 KiB \(\+10\.0 KiB\)$/);
    // Without DRAM anywhere, no column.
    const u55Only = modelResult('a.tflite', [target('ethos-u55-256', ops, performance(ops, [5000]))]);
    expect(
      renderTerminal(gateReport([{ path: 'a.tflite', status: 'added', head: u55Only }]), { color: false }),
    ).not.toMatch(/DRAM/);
  });

  test('control characters from model text are removed', () => {
    const ops = operators([{ type: 'CUSTOM', name: 'a\u001b[2Jb', cpu: 'bad\u001b]0;title\u0007' }]);
    const r = modelResult('m\u001b[31m.tflite', [target('ethos-u55-256', ops)]);
    const text = renderResultsTerminal([r], { color: false });
    expect(text).not.toMatch(ANSI);
    expect(text.includes('\u0007')).toBe(false);
    expect(text).toMatch(/m \[31m\.tflite/);
  });

  test('check output without a base shows no change columns; model errors are one line', () => {
    const ops = smallModelOps();
    const text = renderResultsTerminal(
      [
        modelResult('a.tflite', [target('ethos-u55-256', ops, performance(ops, [1, 1, 1, 1, 1]))]),
        modelResult('b.tflite', [], { error: { code: 'not-tflite', message: 'bad magic' } }),
      ],
      { color: false },
    );
    expect(text).not.toMatch(/Δ|\d pp\b/);
    // An unreadable model is the one failure a check without thresholds has: the headline must not say "passed".
    expect(text.split('\n')[0]).toBe('ethos-gate  ✗ 1 check failed');
    expect(text).toMatch(/✗ b\.tflite: not-tflite: bad magic/);
    expect(text).toMatch(/b\.tflite\n {2}not-tflite: bad magic/);
  });

  test('check output of readable models only, and of a model already compiled by Vela, passes', () => {
    const ops = smallModelOps();
    const text = renderResultsTerminal(
      [
        modelResult('a.tflite', [target('ethos-u55-256', ops, performance(ops, [1, 1, 1, 1, 1]))]),
        modelResult('v.tflite', [], {
          velaCompiled: true,
          error: { code: 'vela-compiled', message: 'already compiled' },
        }),
      ],
      { color: false },
    );
    expect(text.split('\n')[0]).toBe('ethos-gate  ✓ all checks passed');
  });
});
