import { parseGateReport, ReportFileError } from '../../src/gate/report.js';

const valid = {
  schemaVersion: 1,
  tool: { name: 'ethos-gate', version: '0.1.0', engine: 'builtin', engineVersion: 'Vela 5.1.0' },
  targets: ['ethos-u55-256'],
  models: [
    { path: 'm.tflite', status: 'added', head: { path: 'm.tflite', sha256: '', velaCompiled: false, targets: [] } },
  ],
  findings: [],
  regressed: false,
  informational: false,
  pullRequest: { number: 3, repository: 'o/r', headSha: 'a'.repeat(40) },
};

describe('reading a report made by another run', () => {
  test('a valid report reads back as it was written', () => {
    expect(parseGateReport(JSON.stringify(valid), 'report.json')).toEqual(valid);
  });

  test.each([
    ['not json', '{', /^r\.json: not JSON/],
    ['another tool', { ...valid, tool: { name: 'x' } }, /not an ethos-gate report/],
    ['another version', { ...valid, schemaVersion: 2 }, /schemaVersion 2 is not 1/],
    ['a bad model', { ...valid, models: [{ path: 1, status: 'added' }] }, /models\[0\] needs a path/],
    [
      'a result without targets',
      { ...valid, models: [{ path: 'm', status: 'added', head: {} }] },
      /without a targets list/,
    ],
    ['a bad pull request number', { ...valid, pullRequest: { ...valid.pullRequest, number: -1 } }, /positive integer/],
    ['a bad repository', { ...valid, pullRequest: { ...valid.pullRequest, repository: 'no-slash' } }, /owner\/name/],
    ['a bad sha', { ...valid, pullRequest: { ...valid.pullRequest, headSha: 'main' } }, /commit sha/],
  ])('%s: refused with a ReportFileError naming the file', (_what, doc, message) => {
    const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
    expect(() => parseGateReport(text, 'r.json')).toThrow(ReportFileError);
    expect(() => parseGateReport(text, 'r.json')).toThrow(message);
  });
});
