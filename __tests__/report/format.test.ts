import {
  formatBytes,
  formatInt,
  formatMs,
  formatPointsChange,
  formatRate,
  formatRelative,
  operatorRef,
} from '../../src/report/format.js';
import { escapeHtml, escapeMarkdown, truncateMiddle } from '../../src/report/escape.js';

describe('number formatting', () => {
  test('times read well at every scale', () => {
    expect(formatMs(0)).toBe('0 ms');
    expect(formatMs(0.000_25)).toBe('0.250 µs');
    expect(formatMs(0.006_144)).toBe('6.14 µs');
    expect(formatMs(0.24)).toBe('0.240 ms');
    expect(formatMs(12.345)).toBe('12.35 ms');
    expect(formatMs(12_345.6)).toBe('12,346 ms');
  });

  test('rates: whole numbers with separators from 100 per second, one decimal below', () => {
    expect(formatRate(44_014.06)).toBe('44,014');
    expect(formatRate(100)).toBe('100');
    expect(formatRate(99.94)).toBe('99.9');
    expect(formatRate(12.46)).toBe('12.5');
    expect(formatRate(0)).toBe('0.0');
  });

  test('bytes in binary units, counts with separators, signed changes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.00 KiB');
    expect(formatBytes(300 * 1024)).toBe('300.0 KiB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.00 MiB');
    expect(formatInt(-1234567)).toBe('-1,234,567');
    expect(formatRelative(0.2, 0.3)).toBe('+50.0%');
    expect(formatRelative(0, 5)).toBe('new');
    expect(formatRelative(5, 5)).toBe('±0%');
    expect(formatPointsChange(1, 5 / 6)).toBe('-16.7 pp');
  });
});

describe('escaping', () => {
  test('markdown: table pipes, HTML, emphasis, code, links, math and mentions are neutralised', () => {
    const out = escapeMarkdown('a|b <img src=x> *em* `c` [l](u) $x$ @user #1\nnext');
    expect(out).not.toMatch(/[^\\]\|/);
    expect(out).toContain('&lt;img src=x&gt;');
    expect(out).toContain('\\*em\\*');
    expect(out).toContain('\\`c\\`');
    expect(out).toContain('\\[l\\](u)');
    expect(out).toContain('\\$x\\$');
    expect(out).toContain('@\u200buser');
    expect(out).not.toContain('\n');
  });

  test('HTML contexts get entities only (backslashes would show there)', () => {
    expect(escapeHtml('</summary><b>"x"</b>')).toBe('&lt;/summary&gt;&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
  });

  test('long names keep their start and end', () => {
    expect(truncateMiddle('abcdefghij', 5)).toBe('ab…ij');
    expect(truncateMiddle('short', 10)).toBe('short');
  });
});

test('operator references: subgraph 0 bare, others prefixed, compiler-inserted work named', () => {
  expect(operatorRef(0, 12)).toBe('12');
  expect(operatorRef(2, 5)).toBe('2:5');
  expect(operatorRef(0, -1)).toBe('added');
});
