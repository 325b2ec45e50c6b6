// The action's start-up must not pay for optimize / quantize: the bundle's entry reaches the optimizer, the
// quantizer and the TFLite runtime only through dynamic import(), so the default path never loads them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { projectRoot } from '../helpers/shared.js';

const dist = process.env.ETHOS_GATE_DIST ?? join(projectRoot, 'dist');

/** Code that only the optimize and quantize paths need, by a string each module is sure to carry. */
const LAZY_CODE = {
  'optimize settings': 'pruning must be a sparsity in [0, 1)',
  quantizer: 'not a float model: it already computes with integer activations',
  'TFLite runtime loader': 'TFLite runtime not found',
};

function imports(file: string, kind: 'static' | 'dynamic'): string[] {
  const text = readFileSync(file, 'utf8');
  const re = kind === 'static' ? /^\s*(?:import|export)\b[^;'"]*?from\s*"(\.[^"]+)"/gm : /\bimport\("(\.[^"]+)"\)/g;
  return [...text.matchAll(re)].map((m) => resolve(dirname(file), m[1]));
}

/** Every file loaded with `file` before any code runs: its static imports, transitively. */
function staticClosure(file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const g of imports(f, 'static')) visit(g);
  };
  visit(file);
  return seen;
}

const contains = (files: Iterable<string>, needle: string) =>
  [...files].filter((f) => readFileSync(f, 'utf8').includes(needle));

(existsSync(join(dist, 'index.js')) ? describe : describe.skip)(`the bundle at ${dist}`, () => {
  const entry = join(dist, 'index.js');

  test('the entry loads none of the optimize / quantize code at start-up', () => {
    const loaded = staticClosure(entry);
    expect(loaded.size).toBeGreaterThan(1);
    for (const [what, needle] of Object.entries(LAZY_CODE))
      expect([what, contains(loaded, needle)]).toEqual([what, []]);
  });

  test('that code is reachable from the entry through dynamic import()', () => {
    const lazy = new Set<string>();
    for (const f of staticClosure(entry))
      for (const d of imports(f, 'dynamic')) for (const g of staticClosure(d)) lazy.add(g);
    // The runtime is imported dynamically again by the chunks that need it.
    for (const f of [...lazy]) for (const d of imports(f, 'dynamic')) for (const g of staticClosure(d)) lazy.add(g);
    for (const [what, needle] of Object.entries(LAZY_CODE))
      expect([what, contains(lazy, needle).length]).toEqual([what, 1]);
  });
});
