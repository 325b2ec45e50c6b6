// LSB-first bit writer: the Ethos-U weight decoders read each byte from its least significant bit,
// so a field of `len` bits lands in the stream low bit first, exactly like a little-endian word store.

export class BitWriter {
  private buf: Uint8Array;
  private bytePos = 0;
  private acc = 0;
  private accBits = 0;

  constructor(initialBytes = 1024) {
    this.buf = new Uint8Array(Math.max(16, initialBytes));
  }

  /** Bits written so far. */
  get bitLength(): number {
    return this.bytePos * 8 + this.accBits;
  }

  /** Appends the low `len` bits of `value` (len <= 24). */
  put(len: number, value: number): void {
    if (len === 0) return;
    // Work on locals (one capacity check per call: at most 3 whole bytes are completed by a put).
    let acc = this.acc | ((value & ((1 << len) - 1)) << this.accBits);
    let accBits = this.accBits + len;
    let pos = this.bytePos;
    if (pos + 4 > this.buf.length) this.grow();
    const buf = this.buf;
    while (accBits >= 8) {
      buf[pos++] = acc & 0xff;
      acc >>>= 8;
      accBits -= 8;
    }
    this.acc = acc;
    this.accBits = accBits;
    this.bytePos = pos;
  }

  /** Pads to a byte boundary with `bit`, then with whole `fillByte` bytes up to a multiple of `alignBytes`. */
  align(alignBytes: number, bit: 0 | 1, fillByte: number): void {
    const partial = (8 - this.accBits) & 7;
    if (partial) this.put(partial, bit ? 0xff : 0);
    while (this.bytePos % alignBytes !== 0) this.put(8, fillByte);
  }

  /** The written bytes (the stream must be byte-aligned). */
  bytes(): Uint8Array {
    if (this.accBits !== 0) throw new Error('BitWriter.bytes: stream is not byte-aligned');
    return this.buf.slice(0, this.bytePos);
  }

  private grow(): void {
    const next = new Uint8Array(this.buf.length * 2);
    next.set(this.buf);
    this.buf = next;
  }
}

/** The writer's interface as the encoder uses it. */
export type BitSink = Pick<BitWriter, 'put' | 'align' | 'bitLength'>;

/** Counts the bits a BitWriter would write, without writing them (for sizes only). */
export class BitCounter implements BitSink {
  private bits = 0;

  get bitLength(): number {
    return this.bits;
  }

  put(len: number, _value: number): void {
    this.bits += len;
  }

  /** Adds bits counted elsewhere (a whole slice, sized without simulating its fields). */
  skip(bits: number): void {
    this.bits += bits;
  }

  align(alignBytes: number, _bit: 0 | 1, _fillByte: number): void {
    this.bits = Math.ceil(this.bits / 8) * 8;
    this.bits = Math.ceil(this.bits / (alignBytes * 8)) * alignBytes * 8;
  }
}

/** The folded form both weight formats code a value in: |v| << 1, plus 1 when v is negative. */
export const foldValue = (v: number): number => (Math.abs(v) << 1) | (v < 0 ? 1 : 0);
