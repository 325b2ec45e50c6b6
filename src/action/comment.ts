// One sticky pull-request comment per gate, found by a hidden marker and edited in place.
// Concurrent runs may both create one; after creating, we look again and keep only the oldest.
import type { GitHubApi, IssueComment } from './github.js';

export type CommentMode = 'update' | 'recreate' | 'off';

/**
 * The hidden marker the renderer puts on the first line (`<!-- ethos-gate -->` or `<!-- ethos-gate:KEY -->`);
 * read back from the body so the two never disagree.
 */
export function markerOf(body: string): string {
  const nl = body.indexOf('\n');
  const first = nl < 0 ? body : body.slice(0, nl);
  if (!/^<!-- ethos-gate(:[^>]*)? -->$/.test(first))
    throw new Error('the rendered report does not start with the ethos-gate marker');
  return first;
}

export interface CommentOutcome {
  id: number;
  action: 'created' | 'updated' | 'unchanged';
  /** Duplicates carrying our marker that were removed. */
  removed: number;
}

// GitHub may store CRLF line endings or trim trailing space; compare what a reader sees.
const normalise = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();

/** Creates, updates or recreates the gate's comment on `issue`; `body` starts with the marker. */
export async function publishComment(
  api: GitHubApi,
  issue: number,
  body: string,
  mode: 'update' | 'recreate',
): Promise<CommentOutcome> {
  const marker = markerOf(body);
  let removed = 0;
  let existing = await api.commentsWithMarker(issue, marker);
  if (mode === 'recreate') {
    removed += await removeAll(api, existing);
    existing = [];
  }
  if (existing.length) {
    const [keep, ...duplicates] = existing;
    removed += await removeAll(api, duplicates);
    if (normalise(keep.body) === normalise(body)) return { id: keep.id, action: 'unchanged', removed };
    await api.updateComment(keep.id, body);
    return { id: keep.id, action: 'updated', removed };
  }
  const created = await api.createComment(issue, body);
  // A concurrent run may have created its own meanwhile: keep the oldest, with our body.
  const again = await api.commentsWithMarker(issue, marker);
  if (again.length <= 1) return { id: created.id, action: 'created', removed };
  const [keep, ...duplicates] = again;
  removed += await removeAll(api, duplicates);
  if (keep.id === created.id) return { id: created.id, action: 'created', removed };
  if (normalise(keep.body) !== normalise(body)) await api.updateComment(keep.id, body);
  return { id: keep.id, action: 'updated', removed };
}

async function removeAll(api: GitHubApi, comments: IssueComment[]): Promise<number> {
  let n = 0;
  for (const c of comments) {
    try {
      await api.deleteComment(c.id);
      n++;
    } catch (e) {
      // Another run may have deleted it first.
      if ((e as { status?: number }).status !== 404) throw e;
    }
  }
  return n;
}
