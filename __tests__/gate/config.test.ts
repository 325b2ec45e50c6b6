import { SETTING_NAMES, applySettings, DEFAULT_SETTINGS, parseGateConfig, settingsFor } from '../../src/gate/config.js';
import { GateConfigError } from '../../src/gate/thresholds.js';

describe('gate settings from inputs and .github/ethos-gate.yml', () => {
  const fromInputs = applySettings(DEFAULT_SETTINGS, {
    'min-npu-coverage': '90%',
    'max-latency-increase': '5%',
    'fail-on-new-cpu-ops': 'true',
    'max-sram-increase': '',
  });

  test('inputs: parsed, empty inputs leave the defaults', () => {
    expect(fromInputs).toEqual({
      minNpuCoverage: 0.9,
      maxLatencyIncrease: 0.05,
      failOnNewCpuOps: true,
      failOnError: true,
      informational: false,
    });
  });

  test('file: top-level settings, then per-path overrides in order, later entries winning', () => {
    const yaml = [
      'min-npu-coverage: 0.95',
      'max-coverage-drop: 5 pp',
      'overrides:',
      "  - paths: ['models/experimental/**']",
      '    informational: true',
      '    min-npu-coverage: off',
      '  - paths: models/kws/*.tflite',
      '    max-latency-increase: 2%',
      "  - paths: ['models/kws/tiny.tflite', '**/*.bin']",
      '    max-latency-increase: 10%',
      '    fail-on-error: false',
    ].join('\n');
    const config = parseGateConfig(yaml, '.github/ethos-gate.yml', fromInputs);
    expect(settingsFor(config, 'models/vision/a.tflite')).toMatchObject({
      minNpuCoverage: 0.95,
      maxCoverageDrop: 0.05,
      maxLatencyIncrease: 0.05,
      informational: false,
    });
    const experimental = settingsFor(config, 'models/experimental/deep/x.tflite');
    expect(experimental.informational).toBe(true);
    expect(experimental.minNpuCoverage).toBeUndefined();
    expect(settingsFor(config, 'models/kws/big.tflite').maxLatencyIncrease).toBeCloseTo(0.02);
    expect(settingsFor(config, 'models/kws/tiny.tflite')).toMatchObject({
      maxLatencyIncrease: 0.1,
      failOnError: false,
    });
    expect(settingsFor(config, '.hidden/m.bin').failOnError).toBe(false);
  });

  test('switches written as YAML numbers (1, 0) read as true and false', () => {
    const config = parseGateConfig('fail-on-new-cpu-ops: 1\ninformational: 0\nfail-on-error: 0', 'c.yml', fromInputs);
    expect(config.defaults).toMatchObject({ failOnNewCpuOps: true, informational: false, failOnError: false });
  });

  test('any YAML value for any setting, at the top or in an override, is a setting or a config error', () => {
    const values = [
      '1',
      '0',
      '-1',
      '2',
      '0.5',
      '1e9',
      '.nan',
      '.inf',
      '-.inf',
      'true',
      'no',
      'null',
      '~',
      "''",
      "' '",
      '95%',
      '5 pp',
      'off',
      'OFF',
      '150%',
      '-5%',
      '1%%',
      'pp',
      '%',
      '0x10',
      '2024-01-01',
      '[]',
      '[1]',
      '{}',
      '{a: 1}',
      '"\\u0000"',
      '!!binary aGk=',
    ];
    for (const name of SETTING_NAMES)
      for (const value of values)
        for (const text of [`${name}: ${value}`, `overrides:\n  - paths: a/**\n    ${name}: ${value}`]) {
          try {
            parseGateConfig(text, 'c.yml', DEFAULT_SETTINGS);
          } catch (e) {
            expect([text, e instanceof GateConfigError]).toEqual([text, true]);
          }
        }
  });

  test('an override glob of nested extglob quantifiers matches in linear time (the file comes from the pull request)', () => {
    // picomatch before 4.0.4 backtracks exponentially on such globs (CVE-2026-33671): 4 s for a
    // 29-character path, 35 s for this one.
    const config = parseGateConfig(
      "overrides:\n  - paths: '+(a|aa)+(a|aa)+(a|aa)!'\n    informational: true",
      'c.yml',
      fromInputs,
    );
    const t0 = process.hrtime.bigint();
    expect(settingsFor(config, `${'a'.repeat(32)}c`)).toEqual(fromInputs);
    expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(1000);
  });

  test('an empty file changes nothing', () => {
    expect(parseGateConfig('', 'c.yml', fromInputs)).toEqual({ defaults: fromInputs, overrides: [] });
  });

  test.each([
    ['min-npu-coverage: lots', /^c\.yml: min-npu-coverage: "lots" is not a number/],
    ['max-latency: 5%', /^c\.yml: unknown setting "max-latency"/],
    ['- a\n- b', /^c\.yml: must be a mapping/],
    ['min-npu-coverage: [1, 2]', /^c\.yml: min-npu-coverage: must be a single value/],
    ['overrides: {paths: x}', /^c\.yml: overrides: must be a list/],
    ['overrides:\n  - informational: true', /^c\.yml: overrides\[0\]\.paths: must be a glob/],
    [
      'overrides:\n  - paths: a/**\n    max-flash-increase: 7',
      /^c\.yml: overrides\[0\]\.max-flash-increase: "7" is ambiguous/,
    ],
    ['overrides:\n  - paths: a/**\n    fast: yes', /^c\.yml: overrides\[0\]: unknown setting "fast"/],
    [
      'overrides:\n  - paths: a/**\n    informational: perhaps',
      /^c\.yml: overrides\[0\]\.informational: "perhaps" is not true or false/,
    ],
    ['min-npu-coverage: true', /^c\.yml: min-npu-coverage: true is not a threshold/],
    ['fail-on-error: 2', /^c\.yml: fail-on-error: "2" is not true or false/],
    ['key: [unclosed', /^c\.yml: not valid YAML/],
  ])('a bad file names the file and the setting: %s', (text, message) => {
    expect(() => parseGateConfig(text, 'c.yml', DEFAULT_SETTINGS)).toThrow(GateConfigError);
    expect(() => parseGateConfig(text, 'c.yml', DEFAULT_SETTINGS)).toThrow(message);
  });
});
