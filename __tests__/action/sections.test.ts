// Extra sections after the gate report: detail goes first from the extras, the gate report is shortened last;
// artifact names are unique per model and job and safe for the artifact service.
import { artifactName, artifactUrl, hasArtifactService } from '../../src/action/artifacts.js';
import { appendSections } from '../../src/action/sections.js';

/** A stand-in for renderMarkdown: honours its budget, says how long it was allowed to be. */
const gate = (natural: number) => (max: number) => `<!-- ethos-gate -->\n${'g'.repeat(Math.min(natural, max - 22))}\n`;
const section = (...sizes: number[]) => ({ levels: sizes.map((n, i) => String(i).repeat(n)) });

describe('appendSections', () => {
  test('everything fits: the full sections after the report', () => {
    const out = appendSections(gate(100), [section(50, 10), section(40, 5)], 1000);
    expect(out).toBe(`<!-- ethos-gate -->\n${'g'.repeat(100)}\n\n${'0'.repeat(50)}\n\n${'0'.repeat(40)}\n`);
  });

  test('too long: the largest section sheds detail first, the report stays whole', () => {
    const out = appendSections(gate(500), [section(300, 100, 10), section(150, 20)], 900);
    expect(out.length).toBeLessThanOrEqual(900);
    expect(out).toContain('g'.repeat(500));
    // 300 -> 100 is enough with the second section in full.
    expect(out).toContain(`\n\n${'1'.repeat(100)}\n\n${'0'.repeat(150)}\n`);
  });

  test('even the shortest forms do not fit: the report is shortened, the sections keep a bounded share', () => {
    const out = appendSections(gate(5000), [section(900, 60), section(700, 50)], 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.startsWith('<!-- ethos-gate -->\n')).toBe(true);
    expect(out).toContain(`${'1'.repeat(60)}\n\n${'1'.repeat(50)}\n`);
  });

  test('no sections: the report as rendered', () => {
    expect(appendSections(gate(10), [], 100)).toBe(gate(10)(100));
  });
});

describe('artifact names and links', () => {
  test('readable, safe, unique per path and job', () => {
    const a = artifactName('optimized', 'models/-$(touch pwned) ünï.tflite', 'ethos-gate\nethos-u55-256');
    expect(a).toMatch(/^ethos-gate-optimized-models-touch-pwned-n-[0-9a-f]{8}$/);
    expect(a).not.toMatch(/[":<>|*?\\/\r\n]/);
    expect(artifactName('optimized', 'a/b.tflite', 's')).not.toBe(artifactName('optimized', 'a-b.tflite', 's'));
    expect(artifactName('optimized', 'a/b.tflite', 'job 1')).not.toBe(artifactName('optimized', 'a/b.tflite', 'job 2'));
    expect(artifactName('quantized', `${'x/'.repeat(200)}m.tflite`, 's').length).toBeLessThanOrEqual(120);
  });

  test('the artifact page needs the run and the id; the service needs both variables', () => {
    const ctx = { repo: { owner: 'o', repo: 'r' } } as Parameters<typeof artifactUrl>[0];
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '12' };
    expect(artifactUrl(ctx, 5, env)).toBe('https://github.com/o/r/actions/runs/12/artifacts/5');
    expect(artifactUrl(ctx, undefined, env)).toBeUndefined();
    expect(hasArtifactService({ ACTIONS_RUNTIME_TOKEN: 't' })).toBe(false);
    expect(hasArtifactService({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://x/' })).toBe(true);
  });
});
