// Models tracked with Git LFS: git stores a pointer, and lfsContent asks git-lfs for the model (from the clone's LFS
// store, else from the remote's). Real git and git-lfs in temporary repositories; skipped, saying so, without git-lfs.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lfsContent, showFile } from '../../src/io/git.js';
import { isLfsPointer } from '../../src/tflite/sniff.js';
import { projectRoot } from '../helpers/shared.js';

const hasLfs = spawnSync('git', ['lfs', 'version']).status === 0;
if (!hasLfs) console.warn('git-lfs is not installed: the Git LFS tests are skipped (apt-get install git-lfs)');
const describeLfs = hasLfs ? describe : describe.skip;

const model = readFileSync(join(projectRoot, 'examples/models/kws_int8.tflite'));
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

describe('isLfsPointer', () => {
  test('tells a pointer from a model and from text that only starts alike', () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:' + '0'.repeat(64) + '\nsize 34304\n';
    expect(isLfsPointer(new TextEncoder().encode(pointer))).toBe(true);
    expect(isLfsPointer(model)).toBe(false);
    expect(isLfsPointer(new TextEncoder().encode('version https://git-lfs'))).toBe(false);
    expect(isLfsPointer(new TextEncoder().encode(pointer + ' '.repeat(1024)))).toBe(false);
  });
});

describeLfs('lfsContent (git-lfs)', () => {
  let tmp: string;
  let repo: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ethos-gate-lfs-'));
    repo = join(tmp, 'repo');
    git(tmp, 'init', '-q', '-b', 'main', repo);
    git(repo, 'config', 'user.email', 'dev@example.com');
    git(repo, 'config', 'user.name', 'dev');
    git(repo, 'lfs', 'install', '--local');
    git(repo, 'lfs', 'track', '*.tflite');
    writeFileSync(join(repo, 'm.tflite'), model);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'model');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('git stores the pointer; git-lfs gives the model back from the clone’s store', async () => {
    const stored = await showFile(repo, 'HEAD', 'm.tflite');
    expect(isLfsPointer(stored)).toBe(true);
    expect(Buffer.compare(await lfsContent(repo, 'm.tflite', stored), model)).toBe(0);
  });

  test('a clone that skipped the LFS download fetches the model from its remote', async () => {
    const clone = join(tmp, 'clone');
    execFileSync('git', ['clone', '-q', `file://${repo}`, clone], {
      env: { ...process.env, GIT_LFS_SKIP_SMUDGE: '1' },
    });
    const pointer = readFileSync(join(clone, 'm.tflite'));
    expect(isLfsPointer(pointer)).toBe(true);
    expect(Buffer.compare(await lfsContent(clone, 'm.tflite', pointer), model)).toBe(0);
  });

  test('an object nowhere to be found is an error in git-lfs’s words', async () => {
    const missing = `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 1234\n`;
    await expect(lfsContent(repo, 'gone.tflite', new TextEncoder().encode(missing))).rejects.toThrow(
      /stored with Git LFS and git-lfs could not fetch it: git lfs failed: .+/,
    );
  });

  describe('with a token, against an LFS server that wants one', () => {
    const token = 'ghs_lfs_test_token';
    const oid = createHash('sha256').update(model).digest('hex');
    /** The Authorization headers of each request (every one kept, duplicates too). */
    let seen: { url: string; auth: string[] }[] = [];
    let server: Server;
    let url = '';
    beforeAll(async () => {
      server = createServer((req, res) => {
        const auth = req.rawHeaders.filter(
          (_, i) => i % 2 === 1 && req.rawHeaders[i - 1].toLowerCase() === 'authorization',
        );
        seen.push({ url: req.url ?? '', auth });
        req.resume();
        req.on('end', () => {
          const ok =
            auth.length === 1 && auth[0] === `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
          if (req.url === '/o/r.git/info/lfs/objects/batch' && ok) {
            res.writeHead(200, { 'content-type': 'application/vnd.git-lfs+json' });
            const href = `${url}/objects/${oid}`;
            const object = { oid, size: model.length, authenticated: true, actions: { download: { href } } };
            res.end(JSON.stringify({ transfer: 'basic', objects: [object] }));
          } else if (req.url === `/objects/${oid}` && ok) {
            res.writeHead(200);
            res.end(model);
          } else {
            res.writeHead(401, {
              'lfs-authenticate': 'Basic realm="test"',
              'content-type': 'application/vnd.git-lfs+json',
            });
            res.end('{"message":"Authentication required"}');
          }
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    /** A clone with pointers in its work tree, whose LFS server is the local one. */
    const pointerClone = (name: string) => {
      const clone = join(tmp, name);
      execFileSync('git', ['clone', '-q', `file://${repo}`, clone], {
        env: { ...process.env, GIT_LFS_SKIP_SMUDGE: '1' },
      });
      git(clone, 'remote', 'set-url', 'origin', `${url}/o/r.git`);
      return { clone, pointer: readFileSync(join(clone, 'm.tflite')) };
    };

    test('the token goes to the server as the one Authorization header', async () => {
      const { clone, pointer } = pointerClone('with-token');
      seen = [];
      const got = await lfsContent(clone, 'm.tflite', pointer, { serverUrl: url, token });
      expect(Buffer.compare(got, model)).toBe(0);
      expect(seen.map((r) => r.auth.length)).toEqual([1, 1]);
    });

    test('a checkout that kept its credentials sends those alone', async () => {
      const { clone, pointer } = pointerClone('kept-credentials');
      const kept = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
      git(clone, 'config', `http.${url}/.extraheader`, kept);
      seen = [];
      const got = await lfsContent(clone, 'm.tflite', pointer, { serverUrl: url, token: 'another-token' });
      expect(Buffer.compare(got, model)).toBe(0);
      expect(seen.every((r) => r.auth.length === 1)).toBe(true);
    });

    test('no token for another host; a refused token is one refusal, not a retry loop', async () => {
      const other = pointerClone('other-host');
      seen = [];
      await expect(
        lfsContent(other.clone, 'm.tflite', other.pointer, { serverUrl: 'https://github.com', token }),
      ).rejects.toThrow(/could not fetch it/);
      expect(seen.flatMap((r) => r.auth)).toEqual([]);

      const refused = pointerClone('refused');
      seen = [];
      await expect(
        lfsContent(refused.clone, 'm.tflite', refused.pointer, { serverUrl: url, token: 'wrong' }),
      ).rejects.toThrow(/could not fetch it: git lfs failed: .*Authentication required/s);
      expect(seen.length).toBeLessThanOrEqual(2);
    });
  });
});
