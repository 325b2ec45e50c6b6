// Fails when dist/ does not match a fresh build of the sources: GitHub runs dist/, not src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, rmSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const list = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? list(p) : [p];
      })
    : [];
const snapshot = (dir) => new Map(list(dir).map((p) => [relative(dir, p), readFileSync(p)]));

const before = snapshot(dist);
const keep = mkdtempSync(join(tmpdir(), 'ethos-gate-dist-'));
if (existsSync(dist)) cpSync(dist, keep, { recursive: true });
try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  const after = snapshot(dist);
  const diffs = [];
  for (const [k, v] of after) if (!before.has(k) || !before.get(k).equals(v)) diffs.push(k);
  for (const k of before.keys()) if (!after.has(k)) diffs.push(k);
  if (diffs.length) {
    console.error(
      `dist/ is stale (${diffs.length} files differ: ${diffs.slice(0, 5).join(', ')}). Run \`npm run build\` and commit dist/.`,
    );
    process.exitCode = 1;
  } else console.log('dist/ is up to date.');
} finally {
  rmSync(keep, { recursive: true, force: true });
}
