// The numeric-signature memo behind the per-operation cost memo (src/perf/signature-memo.ts).
import { Interner, SignatureMemo } from '../../src/perf/signature-memo.js';

function key(memo: SignatureMemo<unknown>, fields: number[]): void {
  memo.reset();
  for (const f of fields) memo.push(f);
}

describe('SignatureMemo', () => {
  it('finds a value only under the exact signature it was stored with', () => {
    const memo = new SignatureMemo<string>();
    key(memo, [1, 2, 3]);
    memo.set('a');
    key(memo, [1, 2, 3]);
    expect(memo.get()).toBe('a');
    key(memo, [1, 2]);
    expect(memo.get()).toBeUndefined();
    key(memo, [1, 2, 3, 0]);
    expect(memo.get()).toBeUndefined();
    key(memo, [3, 2, 1]);
    expect(memo.get()).toBeUndefined();
  });

  it('tells apart signatures that share a hash bucket (same integer parts)', () => {
    const memo = new SignatureMemo<string>();
    key(memo, [5, 0.25]);
    memo.set('quarter');
    key(memo, [5, 0.75]);
    memo.set('three quarters');
    key(memo, [5, 0.25]);
    expect(memo.get()).toBe('quarter');
    key(memo, [5, 0.75]);
    expect(memo.get()).toBe('three quarters');
    key(memo, [5, 0]);
    expect(memo.get()).toBeUndefined();
  });

  it('keeps stored signatures apart from the one being filled, and replaces a value on set', () => {
    const memo = new SignatureMemo<number>();
    key(memo, [7, 8]);
    memo.set(1);
    // Extending the live signature must not change what is stored under [7, 8].
    memo.push(9);
    memo.set(2);
    key(memo, [7, 8]);
    expect(memo.get()).toBe(1);
    memo.set(3);
    expect(memo.get()).toBe(3);
    key(memo, [7, 8, 9]);
    expect(memo.get()).toBe(2);
  });

  it('truncates back to a shorter signature', () => {
    const memo = new SignatureMemo<string>();
    key(memo, [1, 2]);
    memo.set('short');
    const size = memo.size;
    memo.push(3);
    expect(memo.get()).toBeUndefined();
    memo.truncate(size);
    expect(memo.size).toBe(2);
    expect(memo.get()).toBe('short');
  });

  it('grows past its initial capacity', () => {
    const memo = new SignatureMemo<string>();
    const long = Array.from({ length: 100 }, (_, i) => i);
    key(memo, long);
    memo.set('long');
    key(memo, long);
    expect(memo.get()).toBe('long');
    key(memo, [...long.slice(0, 99), 1000]);
    expect(memo.get()).toBeUndefined();
  });
});

describe('Interner', () => {
  it('gives equal strings one id and different strings different ids', () => {
    const names = new Interner();
    const a = names.id('Conv2D');
    expect(names.id('Add')).not.toBe(a);
    expect(names.id('Conv2D')).toBe(a);
  });
});
