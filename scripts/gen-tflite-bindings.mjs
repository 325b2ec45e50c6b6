// Regenerates src/tflite/generated from the official TFLite schema.
// Needs `flatc` (Debian: flatbuffers-compiler 2.0.8) and ../shared/tflite/schema.fbs.
// flatc 2.0.8 rejects the `(deprecated)` attribute on enum values, union members and tables,
// so the script strips it from a temporary copy first. The generated code is committed; CI never runs this.
// It also writes generated/layout.ts, the schema as data (per table: each vtable slot's kind, scalar type and
// target), which drives the verifier and the writer. `--layout-only` rewrites just that file (no flatc needed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const layoutOnly = args.includes('--layout-only');
const schemaPath = args.find((a) => !a.startsWith('--')) ?? resolve(root, '../shared/tflite/schema.fbs');
const outDir = join(root, 'src/tflite/generated');

// ---- schema layout table -------------------------------------------------------------------------------------

const SCALAR_ALIASES = {
  bool: 'bool',
  byte: 'int8',
  int8: 'int8',
  ubyte: 'uint8',
  uint8: 'uint8',
  short: 'int16',
  int16: 'int16',
  ushort: 'uint16',
  uint16: 'uint16',
  int: 'int32',
  int32: 'int32',
  uint: 'uint32',
  uint32: 'uint32',
  long: 'int64',
  int64: 'int64',
  ulong: 'uint64',
  uint64: 'uint64',
  float: 'float32',
  float32: 'float32',
  double: 'float64',
  float64: 'float64',
};

/** Parses the subset of the .fbs grammar the TFLite schema uses: enums, unions, tables (no structs, no ids). */
function parseSchema(text) {
  const src = text.replace(/\/\/[^\n]*/g, '');
  const tokens = src.match(/"[^"]*"|[A-Za-z_][A-Za-z0-9_.]*|-?[0-9][0-9a-fA-FxX.]*|[{}()[\]:;,=]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const expect = (t) => {
    if (tokens[i] !== t)
      throw new Error(`schema parse: expected ${t} at token ${i} (${tokens.slice(i - 3, i + 3).join(' ')})`);
    i++;
  };
  const skipAttributes = () => {
    if (peek() !== '(') return [];
    const attrs = [];
    while (next() !== ')') attrs.push(tokens[i - 1]);
    return attrs;
  };
  const enums = new Map(); // name -> underlying scalar
  const unions = new Map(); // name -> member table names in order
  const tables = new Map(); // name -> [{name, type}]
  while (i < tokens.length) {
    const kw = next();
    if (['namespace', 'root_type', 'file_identifier', 'file_extension', 'attribute', 'include'].includes(kw)) {
      while (next() !== ';');
      if (kw === 'root_type') tables.root = tokens[i - 2];
    } else if (kw === 'enum') {
      const name = next();
      expect(':');
      enums.set(name, SCALAR_ALIASES[next()]);
      skipAttributes();
      expect('{');
      while (next() !== '}');
    } else if (kw === 'union') {
      const name = next();
      skipAttributes();
      expect('{');
      const members = [];
      while (peek() !== '}') {
        members.push(next());
        skipAttributes();
        if (peek() === ',') next();
      }
      expect('}');
      unions.set(name, members);
    } else if (kw === 'table') {
      const name = next();
      skipAttributes();
      expect('{');
      const fields = [];
      while (peek() !== '}') {
        const fname = next();
        expect(':');
        let type;
        if (peek() === '[') {
          next();
          type = { vector: next() };
          expect(']');
        } else type = { base: next() };
        if (peek() === '=') {
          next();
          next();
        }
        const attrs = skipAttributes();
        const alignAt = attrs.indexOf('force_align');
        if (alignAt >= 0) type.align = Number(attrs[alignAt + 2]);
        if (attrs.includes('id'))
          throw new Error(`schema parse: explicit field ids are not supported (${name}.${fname})`);
        expect(';');
        fields.push({ name: fname, type });
      }
      expect('}');
      tables.set(name, fields);
    } else if (kw === 'struct') {
      throw new Error('schema parse: structs are not supported by the layout generator');
    } else if (kw === ';') {
      // stray separator
    } else throw new Error(`schema parse: unexpected token ${kw}`);
  }
  return { enums, unions, tables, root: tables.root };
}

/** flatc's TypeScript field names: snake_case to lowerCamelCase. */
const jsName = (snake) => snake.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());

function buildLayout(text) {
  const { enums, unions, tables, root } = parseSchema(text);
  const tableNames = [...tables.keys()];
  const unionNames = [...unions.keys()];
  const tableIndex = (n) => {
    const k = tableNames.indexOf(n);
    if (k < 0) throw new Error(`schema: unknown table ${n}`);
    return k;
  };
  const scalarOf = (n) => SCALAR_ALIASES[n] ?? enums.get(n);
  const layoutTables = tableNames.map((name) => {
    const slots = [];
    for (const f of tables.get(name)) {
      const js = jsName(f.name);
      if (f.type.vector) {
        const el = f.type.vector;
        if (scalarOf(el))
          slots.push({ name: f.name, js, kind: 'vector-scalar', scalar: scalarOf(el), align: f.type.align });
        else if (el === 'string') slots.push({ name: f.name, js, kind: 'vector-string' });
        else if (tables.has(el)) slots.push({ name: f.name, js, kind: 'vector-table', ref: tableIndex(el) });
        else throw new Error(`schema: unsupported vector element ${el} in ${name}.${f.name}`);
      } else {
        const t = f.type.base;
        if (scalarOf(t)) slots.push({ name: f.name, js, kind: 'scalar', scalar: scalarOf(t) });
        else if (t === 'string') slots.push({ name: f.name, js, kind: 'string' });
        else if (tables.has(t)) slots.push({ name: f.name, js, kind: 'table', ref: tableIndex(t) });
        else if (unions.has(t)) {
          const u = unionNames.indexOf(t);
          slots.push({ name: `${f.name}_type`, js: `${js}Type`, kind: 'union-type', scalar: 'uint8', ref: u });
          slots.push({ name: f.name, js, kind: 'union', ref: u });
        } else throw new Error(`schema: unsupported field type ${t} in ${name}.${f.name}`);
      }
    }
    return { name, slots };
  });
  const layoutUnions = unionNames.map((name) => ({ name, members: unions.get(name).map(tableIndex) }));
  return { tables: layoutTables, unions: layoutUnions, root: tableIndex(root) };
}

function writeLayout(text) {
  const { tables, unions, root: rootIndex } = buildLayout(text);
  const q = (s) => `'${s}'`;
  const slot = (s) =>
    `{ name: ${q(s.name)}, js: ${q(s.js)}, kind: ${q(s.kind)}` +
    (s.scalar ? `, scalar: ${q(s.scalar)}` : '') +
    (s.ref !== undefined ? `, ref: ${s.ref}` : '') +
    (s.align !== undefined ? `, align: ${s.align}` : '') +
    ' }';
  const lines = [
    '/* eslint-disable */',
    '// Generated by scripts/gen-tflite-bindings.mjs from the TFLite schema. Do not edit.',
    '// The schema as data: each table lists its vtable slots in order (a union takes two: its type byte, then the',
    '// value); `ref` is a table index (table, vector-table) or a union index (union-type, union).',
    '',
    "export type ScalarType = 'bool' | 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'int64' | 'uint64' | 'float32' | 'float64';",
    "export type SlotKind = 'scalar' | 'string' | 'table' | 'union-type' | 'union' | 'vector-scalar' | 'vector-string' | 'vector-table';",
    'export interface SlotLayout {',
    "  /** Schema field name (a union's type slot is `<name>_type`). */",
    '  readonly name: string;',
    '  /** Field name in the generated TypeScript object API (camelCase). */',
    '  readonly js: string;',
    '  readonly kind: SlotKind;',
    '  readonly scalar?: ScalarType;',
    '  readonly ref?: number;',
    '  /** force_align of a vector: the alignment writers give its first element. */',
    '  readonly align?: number;',
    '}',
    'export interface TableLayout {',
    '  readonly name: string;',
    '  readonly slots: readonly SlotLayout[];',
    '}',
    'export interface UnionLayout {',
    '  readonly name: string;',
    '  /** Table index of each member; union type value v selects members[v - 1] (0 is NONE). */',
    '  readonly members: readonly number[];',
    '}',
    '',
    '/** Bytes per value of each scalar type. */',
    'export const SCALAR_SIZE: Readonly<Record<ScalarType, number>> = {',
    ...Object.entries({
      bool: 1,
      int8: 1,
      uint8: 1,
      int16: 2,
      uint16: 2,
      int32: 4,
      uint32: 4,
      int64: 8,
      uint64: 8,
      float32: 4,
      float64: 8,
    }).map(([k, v]) => `  ${k}: ${v},`),
    '};',
    '',
    `export const FILE_IDENTIFIER = 'TFL3';`,
    `export const ROOT_TABLE = ${rootIndex};`,
    '',
    'export const TABLES: readonly TableLayout[] = [',
    ...tables.map(
      (t, k) =>
        `  /* ${k} */ { name: ${q(t.name)}, slots: [${t.slots.length ? '\n' + t.slots.map((s) => `    ${slot(s)},`).join('\n') + '\n  ' : ''}] },`,
    ),
    '];',
    '',
    'export const UNIONS: readonly UnionLayout[] = [',
    ...unions.map((u, k) => `  /* ${k} */ { name: ${q(u.name)}, members: [${u.members.join(', ')}] },`),
    '];',
    '',
    '/** Table index by name. */',
    'export const TABLE_INDEX: ReadonlyMap<string, number> = new Map(TABLES.map((t, i) => [t.name, i]));',
    '',
  ];
  writeFileSync(join(outDir, 'layout.ts'), lines.join('\n'));
  console.log(`layout written to ${join(outDir, 'layout.ts')} (${tables.length} tables, ${unions.length} unions)`);
}

// ---- main ----------------------------------------------------------------------------------------------------

const schemaText = readFileSync(schemaPath, 'utf8');
if (layoutOnly) {
  writeLayout(schemaText);
  process.exit(0);
}
const schema = schemaText.replace(/\s*\(deprecated\)/g, '');
const work = mkdtempSync(join(tmpdir(), 'ethos-gate-fbs-'));
try {
  const stripped = join(work, 'schema.fbs');
  writeFileSync(stripped, schema);
  rmSync(outDir, { recursive: true, force: true });
  execFileSync('flatc', ['--ts', '--gen-object-api', '--gen-all', '-o', outDir, stripped], { stdio: 'inherit' });
  // flatc emits extension-less relative imports; Node ESM and our bundler want `.js`.
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        let text = readFileSync(p, 'utf8');
        text = text.replace(/from '(\.{1,2}\/[^']+?)(?<!\.js)'/g, "from '$1.js'");
        writeFileSync(
          p,
          '// @ts-nocheck\n/* eslint-disable */\n// Generated by scripts/gen-tflite-bindings.mjs from the TFLite schema. Do not edit.\n' +
            text,
        );
      }
    }
  };
  walk(outDir);
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeLayout(schemaText);
console.log(`bindings written to ${outDir}`);
