// Files the optimize and quantize steps produce: written to one folder per step (the `optimized-path`
// output), one subfolder per model, each uploaded as its own artifact. Without the runner's artifact
// service (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL: a local run, some GHES runners) the files
// stay on disk and the run warns once.
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunContext } from './event.js';

/** A file to write: a bare name (no folders) and its bytes. */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

export type UploadOutcome =
  | { status: 'uploaded'; name: string; id?: number; url?: string }
  | { status: 'kept'; name: string; dir: string }
  | { status: 'failed'; name: string; dir: string; message: string };

/** Days the optimized models are kept: long enough to review a pull request. */
const RETENTION_DAYS = 14;
/** Artifact names are capped by GitHub; the path part is cut to leave room for the prefix and hash. */
const NAME_PART_MAX = 80;

export const hasArtifactService = (env: NodeJS.ProcessEnv = process.env) =>
  Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);

/**
 * `ethos-gate-<kind>-<sanitised path>-<hash>`: unique per model path and job (`salt`: the check name and
 * targets, so two jobs of a matrix optimising one model do not collide), and free of the characters artifact
 * names refuse (`" : < > | * ? \ /` and control characters).
 */
export function artifactName(kind: string, path: string, salt: string): string {
  const readable =
    path
      .replace(/\.tflite$/i, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(-NAME_PART_MAX)
      .replace(/^[-.]+/, '') || 'model';
  const hash = createHash('sha256').update(`${path}\n${salt}`).digest('hex').slice(0, 8);
  return `ethos-gate-${kind}-${readable}-${hash}`;
}

/** The artifact's page on GitHub, when the run and the artifact id are known. */
export function artifactUrl(ctx: RunContext, id: number | undefined, env: NodeJS.ProcessEnv = process.env) {
  const server = env.GITHUB_SERVER_URL;
  const run = env.GITHUB_RUN_ID;
  if (id === undefined || !server || !run) return undefined;
  return `${server}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${run}/artifacts/${id}`;
}

/** One step's output folder and its uploads. */
export class ArtifactOutputs {
  private root: string | undefined;
  private warned = false;

  constructor(
    private readonly ctx: RunContext,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /** The folder holding every model's subfolder (created on first use): under RUNNER_TEMP, else the workspace's `.ethos-gate/`. */
  get dir(): string {
    if (!this.root) {
      const base = this.env.RUNNER_TEMP || join(this.ctx.workspace, '.ethos-gate');
      mkdirSync(base, { recursive: true });
      this.root = mkdtempSync(join(base, 'ethos-gate-optimized-'));
    }
    return this.root;
  }

  get used(): boolean {
    return this.root !== undefined;
  }

  /** Writes the files to `<dir>/<name>/` and uploads them as the artifact `name` when the runner can. */
  async publish(name: string, files: readonly NamedFile[]): Promise<UploadOutcome> {
    const dir = join(this.dir, name);
    mkdirSync(dir, { recursive: true });
    const paths = files.map((f) => {
      // The artifact client refuses these in file names; a model may be called anything.
      const p = join(dir, f.name.replace(/[":<>|*?\r\n\\/]/g, '_'));
      writeFileSync(p, f.bytes);
      return p;
    });
    if (!hasArtifactService(this.env)) {
      if (!this.warned)
        core.warning(
          'No artifact service on this runner (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set): the ' +
            `optimized and quantized models stay on disk under ${this.dir} (the optimized-path output).`,
        );
      this.warned = true;
      return { status: 'kept', name, dir };
    }
    try {
      // Loaded on demand: the artifact client is most of the bundle and most runs never need it.
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const { id } = await new DefaultArtifactClient().uploadArtifact(name, paths, dir, {
        retentionDays: RETENTION_DAYS,
      });
      const url = artifactUrl(this.ctx, id, this.env);
      core.info(`Uploaded artifact "${name}"${url ? `: ${url}` : ''}.`);
      return { status: 'uploaded', name, ...(id !== undefined ? { id } : {}), ...(url ? { url } : {}) };
    } catch (e) {
      const message = (e as Error).message;
      core.warning(`Could not upload the artifact "${name}" (the files are in ${dir}): ${message}`);
      return { status: 'failed', name, dir, message };
    }
  }
}

/** Where a model's files went, as markdown: the artifact link, or why there is none. */
export function describeOutcome(o: UploadOutcome): string {
  const code = `\`${o.name}\``;
  if (o.status === 'uploaded') return o.url ? `Artifact: [${code}](${o.url})` : `Artifact: ${code}`;
  if (o.status === 'kept') return `Files kept on the runner (no artifact service): ${code}`;
  return `Artifact ${code} could not be uploaded; the files are on the runner`;
}
