// PLACEHOLDER until the schema-driven verifier lands: only the root offset is checked.
import { ModelFileError } from './errors.js';

export function verifyModelBuffer(bytes: Uint8Array, file: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const root = view.getUint32(0, true);
  if (root + 4 > bytes.length)
    throw new ModelFileError(file, 'bad-offset', `root table offset ${root} is outside the file`);
}
