// action.yml is the action's public interface: it must declare what the code reads, run the bundle,
// and the workflows must pin third-party actions by commit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../src/action/inputs.js';
import { projectRoot } from '../helpers/shared.js';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as ActionYml;

test('action.yml declares exactly the inputs the action reads, each described', () => {
  expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  for (const [name, input] of Object.entries(action.inputs))
    expect([name, input.description.length > 20]).toEqual([name, true]);
  expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
  expect(action.inputs.models.default).toBe('**/*.tflite');
});

test('the README names every input and output of action.yml', () => {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const missing = [...Object.keys(action.inputs), ...Object.keys(action.outputs)].filter(
    (name) => !readme.includes(`\`${name}\``),
  );
  expect(missing).toEqual([]);
});

test('action.yml declares the outputs the action sets and runs the bundle on a current Node', () => {
  const dir = join(projectRoot, 'src/action');
  const setOutputs = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const set = [...setOutputs.matchAll(/core\.setOutput\(\s*'([\w-]+)'/g)].map((m) => m[1]);
  expect(Object.keys(action.outputs).sort()).toEqual([...new Set(set)].sort());
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
});

test('workflows pin every third-party action to a full commit SHA and set permissions', () => {
  const dir = join(projectRoot, '.github/workflows');
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, ref] of text.matchAll(/uses:\s*(\S+)/g))
      expect([file, ref]).toEqual([file, expect.stringMatching(/^(\.\/.*|[\w.-]+\/[\w./-]+@[0-9a-f]{40})$/)]);
    expect((parse(text) as { permissions?: unknown }).permissions).toBeDefined();
  }
});
