// Locates ../shared (reference data beside the project root). Tests that need it skip with a clear
// message when it is absent, as in a user's clone; CI always has it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = resolve(projectRoot, '../shared');
export const hasShared = existsSync(join(sharedDir, 'corpus/manifest.json'));

if (!hasShared) {
  console.warn(
    `../shared not found at ${sharedDir}: tests that compare against the reference corpus and Vela are skipped.`,
  );
}

/**
 * `describe` when ../shared exists; otherwise a skipped block whose body never runs (jest runs a skipped block's
 * body to collect its tests, and a body that reads ../shared would fail the suite instead of skipping it).
 */
export const describeShared = hasShared
  ? describe
  : (name: string, _fn: () => void): void =>
      describe.skip(name, () => {
        test.skip('needs ../shared', () => {});
      });

export interface CorpusEntry {
  file: string;
  bytes: number;
  sha256: string;
  vela_compiled: boolean;
  description: string;
  subgraphs: number;
  n_operators: number;
  op_counts: Record<string, number>;
  category: string;
}

export function corpusManifest(): CorpusEntry[] {
  return hasShared ? (JSON.parse(readFileSync(join(sharedDir, 'corpus/manifest.json'), 'utf8')) as CorpusEntry[]) : [];
}

export function corpusBytes(entry: CorpusEntry): Uint8Array {
  return readFileSync(join(sharedDir, 'corpus', entry.file));
}

/** Arm MLIA's nine Ethos-U target profiles: the targets every reference in shared/vela-ref was made for. */
export const MLIA_TARGET_IDS: readonly string[] = [
  'ethos-u55-128',
  'ethos-u55-256',
  'ethos-u65-256',
  'ethos-u65-512',
  'ethos-u85-128',
  'ethos-u85-256',
  'ethos-u85-512',
  'ethos-u85-1024',
  'ethos-u85-2048',
];
