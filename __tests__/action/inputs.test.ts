// The inputs of phase 2 (shard, merge, engine, timeouts) as the runner passes them: INPUT_* variables.
import { readInputs } from '../../src/action/inputs.js';
import { GateConfigError } from '../../src/gate/thresholds.js';

function withInputs<T>(inputs: Record<string, string>, fn: () => T): T {
  const keys = Object.keys(inputs).map((k) => `INPUT_${k.toUpperCase()}`);
  Object.values(inputs).forEach((v, i) => (process.env[keys[i]] = v));
  try {
    return fn();
  } finally {
    for (const k of keys) delete process.env[k];
  }
}

describe('action inputs', () => {
  test('defaults: no shard, no merge, the built-in engine, 30 s per API request', () => {
    const inputs = withInputs({}, () => readInputs('pull_request'));
    expect(inputs).toMatchObject({
      merge: false,
      reportsPath: '',
      engine: { choice: 'builtin' },
      apiTimeoutMs: 30_000,
    });
    expect(inputs.shard).toBeUndefined();
    expect([inputs.optimize, inputs.quantize]).toEqual(['', false]);
  });

  test('optimize settings are kept as written (the optimize module parses them); quantize is a boolean', () => {
    const inputs = withInputs({ optimize: ' pruning=0.5,clustering=16; clustering=32 ', quantize: 'true' }, () =>
      readInputs('pull_request'),
    );
    expect([inputs.optimize, inputs.quantize]).toEqual(['pruning=0.5,clustering=16; clustering=32', true]);
  });

  test('a shard, the Vela engine with its path and timeout', () => {
    const inputs = withInputs(
      { shard: '2/3', engine: 'Vela', 'vela-path': '/opt/vela/bin/vela', 'vela-timeout': '90', 'api-timeout': '2.5s' },
      () => readInputs('pull_request'),
    );
    expect(inputs.shard).toEqual({ index: 2, total: 3 });
    expect(inputs.engine).toEqual({ choice: 'vela', velaPath: '/opt/vela/bin/vela', timeoutMs: 90_000 });
    expect(inputs.apiTimeoutMs).toBe(2500);
  });

  test.each([
    [{ shard: '4/3' }, /^shard: "4\/3": k must be 1 to 3/],
    [{ shard: '1/2', merge: 'true' }, /^merge: a job either analyses a shard/],
    [{ merge: 'true', mode: 'comment-from-report' }, /^mode: comment-from-report takes neither shard nor merge/],
    [{ quantize: 'yes please' }, /^quantize: /],
    [{ optimize: 'clustering=16', merge: 'true' }, /^optimize: works where the models are analysed/],
    [{ quantize: 'true', mode: 'comment-from-report' }, /^quantize: works where the models are analysed/],
    [{ engine: 'tvm' }, /^engine: "tvm" is not one of builtin, vela, auto/],
    [{ 'api-timeout': '0' }, /^api-timeout: "0" is not a number of seconds/],
    [{ 'vela-timeout': 'ten minutes' }, /^vela-timeout: "ten minutes" is not a number of seconds/],
  ])('%o is refused, naming the input', (inputs, why) => {
    const read = () => withInputs(inputs, () => readInputs('pull_request'));
    expect(read).toThrow(GateConfigError);
    expect(read).toThrow(why);
  });
});
