// dist/ redistributes the code of the packages it bundles: the build lists each with its license text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/shared.js';

const notices = readFileSync(join(projectRoot, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
const packageJson = (name: string) =>
  JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
    license: string;
  };

test('every runtime dependency the bundle holds is listed with its version, license and license text', () => {
  const { dependencies } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const name of Object.keys(dependencies)) {
    const pkg = packageJson(name);
    const head = `${name} ${pkg.version} (${pkg.license})`;
    expect([name, notices.includes(`\n${head}\n`)]).toEqual([name, true]);
  }
  // The text itself, not only the name: MIT's grant and Apache's terms.
  const core = notices.slice(notices.indexOf(`\n@actions/core `));
  expect(core.slice(0, 2000)).toContain('Permission is hereby granted, free of charge');
  const fb = notices.slice(notices.indexOf(`\nflatbuffers `));
  expect(fb.slice(0, 3000)).toContain('Apache License');
});
