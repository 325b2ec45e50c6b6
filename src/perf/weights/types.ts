// Shared vocabulary of the weight encoder.

export type NpuFamily = 'u55' | 'u65' | 'u85';
export type Traversal = 'depth-first' | 'part-kernel' | 'depthwise';
export type WeightKind = 'conv' | 'depthwise' | 'fully-connected';
/** Encoded weight formats: MLW ("default"), U85 fast weight decoder, each optionally 2:4 sparse (U85). */
export type WeightFormatName = 'default' | 'fast' | 'sparse' | 'fast-sparse';

export interface WeightFormat {
  fast: boolean;
  sparse: boolean;
}

export const formatName = (f: WeightFormat): WeightFormatName =>
  f.fast ? (f.sparse ? 'fast-sparse' : 'fast') : f.sparse ? 'sparse' : 'default';

export type WeightEncodingErrorCode = 'bad-shape' | 'bad-config' | 'bad-data' | 'not-sparse';

/** Bad input to the encoder; `detail` says which input and why. */
export class WeightEncodingError extends Error {
  readonly code: WeightEncodingErrorCode;
  readonly detail: string;
  constructor(code: WeightEncodingErrorCode, detail: string) {
    super(`weight encoding: ${detail}`);
    this.name = 'WeightEncodingError';
    this.code = code;
    this.detail = detail;
  }
}
