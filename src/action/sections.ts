// Extra sections (optimization, quantization) appended to the gate's markdown. Each comes at several levels
// of detail; within a character budget they shed detail first (largest first), and only when even their
// shortest forms do not fit beside the full report is the gate report itself shortened.

export interface ExtraSection {
  /** The section from most to least detailed; the last is its shortest form (one line or so). */
  levels: string[];
}

/** At most this share of a budget goes to the extra sections' shortest forms when the gate report needs the rest. */
const MIN_GATE_SHARE = 0.75;

const joined = (parts: readonly string[]) => parts.filter((p) => p.length > 0).join('\n\n');

/**
 * The gate markdown (`render(maxLength)`) followed by the sections, within `limit` characters. `render` must
 * honour its budget (renderMarkdown does).
 */
export function appendSections(
  render: (maxLength: number) => string,
  sections: readonly ExtraSection[],
  limit: number,
): string {
  const gate = render(limit);
  if (!sections.length) return gate;
  const level = sections.map(() => 0);
  const extras = () => joined(sections.map((s, i) => s.levels[level[i]] ?? ''));
  const total = (g: string, e: string) => g.trimEnd().length + (e ? 2 + e.length : 0) + 1;
  const assemble = (g: string, e: string) => (e ? `${g.trimEnd()}\n\n${e}\n` : g);

  while (total(gate, extras()) > limit) {
    // The largest section that can still shrink gives up one level.
    let pick = -1;
    for (let i = 0; i < sections.length; i++) {
      if (level[i] >= sections[i].levels.length - 1) continue;
      if (pick < 0 || sections[i].levels[level[i]].length > sections[pick].levels[level[pick]].length) pick = i;
    }
    if (pick < 0) break;
    level[pick]++;
  }
  let e = extras();
  if (total(gate, e) <= limit) return assemble(gate, e);
  // The shortest forms still do not fit beside the full report: give them a bounded share, shorten the report.
  const share = Math.floor(limit * (1 - MIN_GATE_SHARE));
  if (e.length > share) {
    const note = '\n\n… (more optimization results in the job summary and the artifacts)';
    e = e.slice(0, Math.max(0, share - note.length)).replace(/\n[^\n]*$/, '') + note;
  }
  return assemble(render(limit - e.length - 3), e);
}
