import { modelMatcher, parseNameStatus, selectChangedModels } from '../../src/gate/changes.js';

describe('changed models of a pull request', () => {
  const isModel = modelMatcher(['**/*.tflite', '!vendor/**']);

  test('globs: include and exclude, dot folders included', () => {
    expect(isModel('a.tflite')).toBe(true);
    expect(isModel('.models/deep/x.tflite')).toBe(true);
    expect(isModel('vendor/x.tflite')).toBe(false);
    expect(isModel('x.tflite.txt')).toBe(false);
    expect(modelMatcher([])('m/x.tflite')).toBe(true);
  });

  test('statuses: adds, changes, renames (compared with the old path), removals', () => {
    const models = selectChangedModels(
      [
        { filename: 'z.tflite', status: 'added' },
        { filename: 'm/k.tflite', status: 'modified' },
        { filename: 'new name.tflite', status: 'renamed', previousFilename: 'old.tflite' },
        { filename: 'gone.tflite', status: 'removed' },
        { filename: 'README.md', status: 'modified' },
        { filename: 'notes.txt', status: 'renamed', previousFilename: 'moved-away.tflite' },
        { filename: 'vendor/v.tflite', status: 'added' },
        { filename: 'c.tflite', status: 'copied', previousFilename: 'z0.tflite' },
        { filename: 'mode.tflite', status: 'changed' },
      ],
      isModel,
    );
    expect(models).toEqual([
      { path: 'c.tflite', status: 'added' },
      { path: 'gone.tflite', status: 'removed' },
      { path: 'm/k.tflite', status: 'modified' },
      { path: 'mode.tflite', status: 'modified' },
      { path: 'moved-away.tflite', status: 'removed' },
      { path: 'new name.tflite', status: 'renamed', basePath: 'old.tflite' },
      { path: 'z.tflite', status: 'added' },
    ]);
  });

  test('git diff --name-status -z, with names git would otherwise quote', () => {
    const out = [
      'M',
      'a b.tflite',
      'R087',
      'old.tflite',
      '-$(x) ü.tflite',
      'A',
      'n\ttab.tflite',
      'D',
      'd.tflite',
      'T',
      'l.tflite',
      '',
    ].join('\0');
    expect(parseNameStatus(out)).toEqual([
      { filename: 'a b.tflite', status: 'modified' },
      { filename: '-$(x) ü.tflite', status: 'renamed', previousFilename: 'old.tflite' },
      { filename: 'n\ttab.tflite', status: 'added' },
      { filename: 'd.tflite', status: 'removed' },
      { filename: 'l.tflite', status: 'changed' },
    ]);
  });
});
