// Vela's optimiser database (`<net>_debug.xml`, written with `--enable-debug-db`): CSV tables inside
// CDATA sections. Two of them tie the per-layer rows to the TFLite operators:
//  - `source`: one row per TFLite operator Vela read, `ext_key` = its index in its subgraph;
//  - `perf`: one row per per-layer CSV row, in the same order, with the `source_id` it came from.
import { VelaOutputError } from './errors.js';
import { splitQuotedCsvLine } from './summary.js';

export interface SourceOp {
  id: number;
  /** Vela's operator type name, e.g. DepthwiseConv2D. */
  operator: string;
  /** Index of the operator in its TFLite subgraph. */
  extKey: number;
}

export interface PerfOp {
  sourceId: number;
  /** The internal operation, as in the per-layer CSV's NNG Operator column. */
  operator: string;
  name: string;
}

export interface DebugDb {
  /** In Vela's order: subgraph by subgraph, operators in model order. */
  sources: SourceOp[];
  perf: PerfOp[];
}

export interface DbTable {
  header: string[];
  rows: string[][];
}

/** Returns the named table, or null when the database does not have it. */
export function readDbTable(xml: string, name: string): DbTable | null {
  const open = `<table name="${name}">`;
  const start = xml.indexOf(open);
  if (start < 0) return null;
  const cdata = xml.indexOf('<![CDATA[', start);
  const end = xml.indexOf(']]>', cdata);
  if (cdata < 0 || end < 0) throw new VelaOutputError(`debug database table "${name}" is not terminated`);
  const lines = xml
    .slice(cdata + '<![CDATA['.length, end)
    .split(/\r?\n/)
    .filter((l) => l !== '');
  if (lines.length === 0) throw new VelaOutputError(`debug database table "${name}" has no header`);
  return { header: splitQuotedCsvLine(lines[0]), rows: lines.slice(1).map(splitQuotedCsvLine) };
}

function column(table: DbTable, tableName: string, col: string): number {
  const i = table.header.indexOf(col);
  if (i < 0) throw new VelaOutputError(`debug database table "${tableName}" lacks the column "${col}"`);
  return i;
}

function int(raw: string | undefined, what: string): number {
  const v = Number(raw);
  if (raw === undefined || raw === '' || !Number.isInteger(v)) {
    throw new VelaOutputError(`debug database: ${what} is not an integer: "${raw ?? ''}"`);
  }
  return v;
}

export function parseDebugDb(xml: string): DebugDb {
  if (!xml.includes('<debug')) throw new VelaOutputError('debug database is not a Vela debug XML file');
  const source = readDbTable(xml, 'source');
  const perf = readDbTable(xml, 'perf');
  if (!source) throw new VelaOutputError('debug database has no "source" table');
  // No perf table means Vela scheduled nothing (an empty network): no per-layer rows either.
  const sId = column(source, 'source', 'id');
  const sOp = column(source, 'source', 'operator');
  const sKey = column(source, 'source', 'ext_key');
  const sources = source.rows.map((r) => ({
    id: int(r[sId], 'source id'),
    operator: r[sOp] ?? '',
    extKey: int(r[sKey], 'source ext_key'),
  }));
  if (!perf) return { sources, perf: [] };
  const pSrc = column(perf, 'perf', 'source_id');
  const pOp = column(perf, 'perf', 'operator');
  const pName = column(perf, 'perf', 'name');
  return {
    sources,
    perf: perf.rows.map((r) => ({
      // Rows Vela added with no source (rare) have an empty source id.
      sourceId: r[pSrc] === '' || r[pSrc] === undefined ? -1 : int(r[pSrc], 'perf source_id'),
      operator: r[pOp] ?? '',
      name: r[pName] ?? '',
    })),
  };
}
