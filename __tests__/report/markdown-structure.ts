// Reads rendered markdown back with a real parser (marked's lexer, GFM) to check its structure.
import { marked, type Token, type Tokens } from 'marked';

export function tokens(md: string): Token[] {
  return marked.lexer(md, { gfm: true });
}

/** Every table, in document order. */
export function tables(md: string): Tokens.Table[] {
  return tokens(md).filter((t): t is Tokens.Table => t.type === 'table');
}

/** Cell count of one raw table line: pipes not escaped by a backslash, minus the outer two. */
export function rawCells(line: string): number {
  let pipes = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') pipes++;
  }
  return pipes - 1;
}

/**
 * marked pads short rows and drops extra cells, so the raw lines are checked too: the header, the
 * alignment row and every body row must have the same number of cells.
 */
export function tableProblems(table: Tokens.Table): string[] {
  const problems: string[] = [];
  if (table.header.length !== table.align.length) problems.push('header and align rows differ');
  const lines = table.raw.trimEnd().split('\n');
  if (lines.length !== table.rows.length + 2) problems.push(`raw lines ${lines.length} vs rows ${table.rows.length}`);
  if (!/^\|(\s*:?-+:?\s*\|)+$/.test(lines[1] ?? '')) problems.push(`bad align row: ${lines[1]}`);
  lines.forEach((line, i) => {
    if (rawCells(line) !== table.header.length) {
      problems.push(`line ${i} has ${rawCells(line)} cells, header ${table.header.length}: ${line.slice(0, 120)}`);
    }
  });
  return problems;
}

/** Index ranges of `<details>` … `</details>` in the text. */
export function detailsRanges(md: string): [number, number][] {
  const ranges: [number, number][] = [];
  const re = /<details>[\s\S]*?<\/details>/g;
  for (let m = re.exec(md); m; m = re.exec(md)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}
