// GitHub-flavoured markdown tables. Cells arrive already escaped (escape.ts); this only lays them out.

export type Align = 'left' | 'right' | 'center';

const ALIGN_ROW: Record<Align, string> = { left: ':--', right: '--:', center: ':-:' };

/** A table with a header row, an alignment row and one line per row; short rows are padded with empty cells. */
export function markdownTable(headers: readonly string[], align: readonly Align[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) =>
    `| ${headers.map((_, i) => (cells[i] ?? '').replace(/\r?\n/g, ' ')).join(' | ')} |`;
  return [line(headers), `|${headers.map((_, i) => ALIGN_ROW[align[i] ?? 'left']).join('|')}|`, ...rows.map(line)].join(
    '\n',
  );
}
