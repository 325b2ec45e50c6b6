// Splitting a run into shards and merging their reports: every model in exactly one shard, the same
// split in every job, and a merge that refuses shards that are missing or belong to something else.
import { GateConfigError } from '../../src/gate/thresholds.js';
import {
  assignShards,
  mergeShards,
  parseShard,
  parseShardFile,
  selectionDigest,
  shardFileName,
  ShardMergeError,
  SHARD_FILE_PATTERN,
  type ShardFile,
} from '../../src/gate/shard.js';
import { ReportFileError } from '../../src/gate/report.js';
import type { ModelChange } from '../../src/gate/changes.js';
import type { GateReport } from '../../src/report/types.js';

describe('the shard input', () => {
  test('k/n, counted from 1', () => {
    expect(parseShard('shard', '2/3')).toEqual({ index: 2, total: 3 });
    expect(parseShard('shard', ' 1 / 1 ')).toEqual({ index: 1, total: 1 });
  });

  test.each([
    ['0/3', /counted from 1/],
    ['4/3', /k must be 1 to 3/],
    ['3', /is not k\/n/],
    ['1/0', /n must be 1 to 256/],
    ['1/999', /n must be 1 to 256/],
    ['a/b', /is not k\/n/],
  ])('%s is refused, naming the input', (raw, why) => {
    expect(() => parseShard('shard', raw)).toThrow(GateConfigError);
    expect(() => parseShard('shard', raw)).toThrow(why);
  });
});

describe('the split', () => {
  // Sizes like a real repository's: a few large models and many small ones.
  const items = Array.from({ length: 40 }, (_, i) => ({
    path: `models/m${String(i).padStart(2, '0')}.tflite`,
    weight: i % 7 === 0 ? 5_000_000 + i : 20_000 + 1000 * i,
  }));

  test('every model in exactly one shard, whatever order the list comes in', () => {
    const a = assignShards(items, 3);
    const b = assignShards([...items].reverse(), 3);
    expect([...a.keys()].sort()).toEqual(items.map((i) => i.path));
    expect(new Set(a.values())).toEqual(new Set([1, 2, 3]));
    for (const [path, shard] of a) expect([path, b.get(path)]).toEqual([path, shard]);
  });

  test('balanced by weight: no shard carries much more than its share', () => {
    const total = items.reduce((s, i) => s + i.weight, 0);
    const assigned = assignShards(items, 3);
    const load = [1, 2, 3].map((k) =>
      items.filter((i) => assigned.get(i.path) === k).reduce((s, i) => s + i.weight, 0),
    );
    // Greedy largest-first is within 4/3 of the best split; the best is at least total/3.
    for (const l of load) expect(l).toBeLessThanOrEqual(((4 / 3) * total) / 3);
  });

  test('a few models go to different shards, even when they cost nothing', () => {
    const few = ['c.tflite', 'a.tflite', 'b.tflite'].map((path) => ({ path, weight: 0 }));
    expect([...assignShards(few, 3).values()].sort()).toEqual([1, 2, 3]);
    expect([...assignShards(few, 5).values()].sort()).toEqual([1, 2, 3]);
  });

  test('the selection digest depends on the list, not its order', () => {
    const changes: ModelChange[] = [
      { path: 'a.tflite', status: 'added' },
      { path: 'b.tflite', status: 'renamed', basePath: 'old.tflite' },
    ];
    expect(selectionDigest(changes)).toBe(selectionDigest([...changes].reverse()));
    expect(selectionDigest(changes)).not.toBe(selectionDigest([changes[0]]));
    expect(selectionDigest(changes)).not.toBe(selectionDigest([changes[0], { ...changes[1], basePath: 'x.tflite' }]));
  });
});

describe('merging shard reports', () => {
  const report = (paths: string[], targets = ['ethos-u55-256']): GateReport => ({
    schemaVersion: 1,
    tool: { name: 'ethos-gate', version: '0.1.0', engine: 'builtin', engineVersion: 'Vela 5.1.0' },
    targets,
    models: paths.map((path) => ({
      path,
      status: 'added',
      head: { path, sha256: '', velaCompiled: false, targets: [] },
    })),
    findings: [],
    regressed: false,
    informational: false,
  });
  const shard = (index: number, paths: string[], extra: Partial<ShardFile> = {}) => ({
    file: shardFileName({ index, total: 3 }),
    data: {
      kind: 'ethos-gate-shard' as const,
      schemaVersion: 1 as const,
      shard: { index, total: 3 },
      runId: '77',
      sha: 'a'.repeat(40),
      engine: 'builtin',
      selection: { models: 4, digest: 'd' },
      report: report(paths),
      ...extra,
    },
  });
  const velaModel = (path: string, version: string) => ({
    path,
    status: 'added' as const,
    head: { path, sha256: '', velaCompiled: false, targets: [], engine: { name: 'vela' as const, version } },
  });
  const expectation = {
    runId: '77',
    describeMissing: (s: { index: number; total: number }) => `${s.index}/${s.total}`,
  };
  const three = [shard(2, ['b.tflite']), shard(1, ['d.tflite', 'a.tflite']), shard(3, ['c.tflite'])];

  test('all shards: the models of all, sorted by path', () => {
    const merged = mergeShards(three, expectation);
    expect(merged.models.map((m) => m.path)).toEqual(['a.tflite', 'b.tflite', 'c.tflite', 'd.tflite']);
    expect(merged).toMatchObject({ total: 3, targets: ['ethos-u55-256'], sha: 'a'.repeat(40), engine: 'builtin' });
  });

  test.each([
    ['a missing shard is named', [three[0], three[1]], /1 of 3 shard\(s\) missing: 3\/3/],
    ['no shard at all', [], /no shard reports were found/],
    ['a shard twice', [...three, three[0]], /shard 2\/3 was found twice/],
    [
      'another run',
      [three[0], three[1], shard(3, ['c.tflite'], { runId: '78' })],
      /belongs to workflow run 78, not to this run 77/,
    ],
    ['another commit', [three[0], three[1], shard(3, ['c.tflite'], { sha: 'b'.repeat(40) })], /has commit/],
    ['another engine', [three[0], three[1], shard(3, ['c.tflite'], { engine: 'vela' })], /has engine "vela"/],
    [
      'other targets',
      [three[0], three[1], shard(3, [], { report: report(['c.tflite'], ['ethos-u85-256']) })],
      /has targets \["ethos-u85-256"\]/,
    ],
    [
      'another model list',
      [three[0], three[1], shard(3, ['c.tflite'], { selection: { models: 5, digest: 'e' } })],
      /saw a different list of models .*did the pull request change during the run/,
    ],
    [
      'a model in two shards',
      [three[0], three[1], shard(3, ['b.tflite'])],
      /b\.tflite is in shard 2\/3 and in shard 3\/3/,
    ],
    ['a model lost', [three[0], three[1], shard(3, [])], /the shards hold 3 models, but the run has 4/],
    [
      'two Vela versions',
      [
        three[0],
        three[1],
        shard(3, [], { report: { ...report(['c.tflite']), models: [velaModel('c.tflite', '5.1.0')] } }),
        shard(4, [], { report: { ...report(['e.tflite']), models: [velaModel('e.tflite', '4.4.0')] } }),
      ].map((s) => ({ ...s, data: { ...s.data, shard: { index: s.data.shard.index, total: 4 } } })),
      /different Vela versions: 5\.1\.0 in .*, 4\.4\.0 in /,
    ],
  ])('refused: %s', (_what, shards, why) => {
    expect(() => mergeShards(shards, expectation)).toThrow(ShardMergeError);
    expect(() => mergeShards(shards, expectation)).toThrow(why);
  });

  test('shard files: unique names, read back as written, foreign files refused', () => {
    const { data, file } = three[1];
    expect(file).toBe('ethos-gate-shard-1-of-3.json');
    expect(SHARD_FILE_PATTERN.test(file)).toBe(true);
    expect(parseShardFile(JSON.stringify(data), file)).toEqual(data);
    expect(() => parseShardFile('{', file)).toThrow(ReportFileError);
    expect(() => parseShardFile(JSON.stringify(data.report), file)).toThrow(/not an ethos-gate shard report/);
    expect(() => parseShardFile(JSON.stringify({ ...data, shard: { index: 4, total: 3 } }), file)).toThrow(
      /1 <= index <= total/,
    );
    expect(() =>
      parseShardFile(JSON.stringify({ ...data, report: { ...data.report, schemaVersion: 2 } }), file),
    ).toThrow(/\(report\): schemaVersion 2 is not 1/);
  });
});
