import { GateConfigError, parseBoolean, parseIncrease, parsePoints, parseRatio } from '../../src/gate/thresholds.js';

const error = (fn: () => unknown): GateConfigError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof GateConfigError) return e;
    throw e;
  }
  throw new Error('expected a GateConfigError');
};

describe('threshold values as users write them', () => {
  test('coverage: percentages and fractions', () => {
    expect(parseRatio('min-npu-coverage', '100%')).toBe(1);
    expect(parseRatio('min-npu-coverage', '95 %')).toBeCloseTo(0.95);
    expect(parseRatio('min-npu-coverage', '0.95')).toBe(0.95);
    expect(parseRatio('min-npu-coverage', 1)).toBe(1);
    expect(parseRatio('min-npu-coverage', '0')).toBe(0);
  });

  test('coverage: refuses ambiguous, out-of-range and non-numbers, naming the input', () => {
    const e = error(() => parseRatio('min-npu-coverage', '95'));
    expect(e.setting).toBe('min-npu-coverage');
    expect(e.message).toMatch(/^min-npu-coverage: "95" is ambiguous/);
    expect(error(() => parseRatio('min-npu-coverage', '101%')).message).toMatch(/above 100%/);
    expect(error(() => parseRatio('min-npu-coverage', 'most')).message).toMatch(/not a number/);
    expect(error(() => parseRatio('min-npu-coverage', '-5%')).message).toMatch(/not a number/);
    expect(error(() => parseRatio('min-npu-coverage', '10 pp')).message).toMatch(/coverage/);
    expect(error(() => parseRatio('min-npu-coverage', ' ')).message).toMatch(/empty/);
  });

  test('coverage drop: percentage points', () => {
    expect(parsePoints('max-coverage-drop', '10 pp')).toBeCloseTo(0.1);
    expect(parsePoints('max-coverage-drop', '10pp')).toBeCloseTo(0.1);
    expect(parsePoints('max-coverage-drop', '2.5')).toBeCloseTo(0.025);
    expect(parsePoints('max-coverage-drop', '0')).toBe(0);
    expect(parsePoints('max-coverage-drop', '5%')).toBeCloseTo(0.05);
    expect(error(() => parsePoints('max-coverage-drop', '150 pp')).setting).toBe('max-coverage-drop');
  });

  test('increases: relative, as a percentage or a fraction', () => {
    expect(parseIncrease('max-latency-increase', '5%')).toBeCloseTo(0.05);
    expect(parseIncrease('max-latency-increase', '150%')).toBeCloseTo(1.5);
    expect(parseIncrease('max-latency-increase', '0.05')).toBe(0.05);
    expect(parseIncrease('max-sram-increase', '0')).toBe(0);
    expect(error(() => parseIncrease('max-sram-increase', '5')).message).toMatch(
      /^max-sram-increase: "5" is ambiguous/,
    );
    expect(error(() => parseIncrease('max-flash-increase', '5 pp')).message).toMatch(/relative/);
  });

  test('booleans', () => {
    expect(parseBoolean('informational', 'true')).toBe(true);
    expect(parseBoolean('informational', 'False')).toBe(false);
    expect(parseBoolean('informational', false)).toBe(false);
    expect(parseBoolean('informational', 1)).toBe(true);
    expect(parseBoolean('informational', 0)).toBe(false);
    expect(error(() => parseBoolean('informational', 2)).message).toBe('informational: "2" is not true or false');
    expect(error(() => parseBoolean('fail-on-error', 'maybe')).message).toBe(
      'fail-on-error: "maybe" is not true or false',
    );
  });
});
