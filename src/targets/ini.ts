// A small reader for Vela configuration files (vela.ini). Vela reads them with Python's configparser,
// so this follows its rules: `[section]` headers (case-sensitive names), `key=value` or `key: value`
// (keys case-insensitive), whole-line `;` and `#` comments, indented lines continuing the previous
// value, no inline comments (`x=1 ; y` has the value `1 ; y`), and duplicate sections or keys rejected.
import { TargetError } from './errors.js';

export interface IniEntry {
  /** The key as written in the file. */
  key: string;
  value: string;
  line: number;
}

export interface IniSection {
  name: string;
  line: number;
  /** Entries by lower-cased key, in file order. */
  entries: Map<string, IniEntry>;
}

export interface IniDocument {
  file: string;
  /** Sections in file order. */
  sections: IniSection[];
  byName: Map<string, IniSection>;
}

export function parseIni(text: string, file: string): IniDocument {
  const doc: IniDocument = { file, sections: [], byName: new Map() };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let section: IniSection | undefined;
  let last: IniEntry | undefined; // the entry an indented line would continue
  const fail = (line: number, detail: string): never => {
    throw new TargetError('syntax', detail, { file, line });
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const stripped = raw.trim();
    if (stripped === '') {
      last = undefined;
      return;
    }
    if (stripped.startsWith(';') || stripped.startsWith('#')) return;
    if (/^\s/.test(raw) && last) {
      last.value += '\n' + stripped;
      return;
    }
    last = undefined;
    if (stripped.startsWith('[')) {
      const close = stripped.lastIndexOf(']');
      const name = close > 0 ? stripped.slice(1, close).trim() : '';
      if (name === '') fail(lineNo, `bad section header "${stripped}"`);
      const earlier = doc.byName.get(name);
      if (earlier) fail(lineNo, `section [${name}] appears twice (first on line ${earlier.line})`);
      section = { name, line: lineNo, entries: new Map() };
      doc.sections.push(section);
      doc.byName.set(name, section);
      return;
    }
    const delim = stripped.search(/[=:]/);
    if (delim < 0) fail(lineNo, `"${stripped}" is neither a [section], a key=value line nor a comment`);
    const key = stripped.slice(0, delim).trim();
    if (key === '') fail(lineNo, `a value without a key: "${stripped}"`);
    if (!section) fail(lineNo, `"${key}" comes before any [section] header`);
    const current = section as IniSection;
    const lower = key.toLowerCase();
    const earlier = current.entries.get(lower);
    if (earlier) fail(lineNo, `key "${key}" appears twice in [${current.name}] (first on line ${earlier.line})`);
    last = { key, value: stripped.slice(delim + 1).trim(), line: lineNo };
    current.entries.set(lower, last);
  });
  return doc;
}
