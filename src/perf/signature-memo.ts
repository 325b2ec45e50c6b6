// A memo keyed by a short list of numbers. Unrolled sequences (LSTM steps) cost thousands of operations that
// repeat a few shapes; a numeric signature is hashed and compared in place, where a string key would be
// built, hashed and collected for every step.

/** Strings as small numbers, for signatures (one table per memo: ids are only compared within it). */
export class Interner {
  private readonly ids = new Map<string, number>();
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.ids.size));
    return id;
  }
}

interface Entry<V> {
  sig: Float64Array;
  value: V;
}

/**
 * Values by signature. Fill the signature with reset() and push(), then get() or set(); the signature is
 * copied only when a value is stored.
 */
export class SignatureMemo<V> {
  private readonly buckets = new Map<number, Entry<V>[]>();
  private sig = new Float64Array(32);
  private length = 0;

  reset(): void {
    this.length = 0;
  }

  /** How many fields the signature holds (to return to with truncate). */
  get size(): number {
    return this.length;
  }

  /** Drops the fields past the first n. */
  truncate(n: number): void {
    this.length = Math.min(this.length, n);
  }

  push(x: number): void {
    if (this.length === this.sig.length) {
      const grown = new Float64Array(this.sig.length * 2);
      grown.set(this.sig);
      this.sig = grown;
    }
    this.sig[this.length++] = x;
  }

  /** The current signature's value, or undefined. */
  get(): V | undefined {
    const bucket = this.buckets.get(this.hash());
    if (!bucket) return undefined;
    for (const e of bucket) if (this.matches(e.sig)) return e.value;
    return undefined;
  }

  /** Stores a value under the current signature (replacing an earlier one). */
  set(value: V): void {
    const h = this.hash();
    let bucket = this.buckets.get(h);
    if (!bucket) this.buckets.set(h, (bucket = []));
    for (const e of bucket) {
      if (this.matches(e.sig)) {
        e.value = value;
        return;
      }
    }
    bucket.push({ sig: this.sig.slice(0, this.length), value });
  }

  private hash(): number {
    let h = 0x811c9dc5 ^ this.length;
    // By each field's integer part (fields are integers but for a slack): signatures that differ only in
    // fractions share a bucket, where the comparison tells them apart.
    for (let i = 0; i < this.length; i++) h = Math.imul(h ^ (this.sig[i] | 0), 0x01000193);
    return h;
  }

  private matches(stored: Float64Array): boolean {
    if (stored.length !== this.length) return false;
    for (let i = 0; i < this.length; i++) if (stored[i] !== this.sig[i]) return false;
    return true;
  }
}
