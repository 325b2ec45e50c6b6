// The Vela .ini reader follows Python configparser, which is what Vela reads its config files with.
import { parseIni } from '../../src/targets/ini.js';
import { TargetError } from '../../src/targets/errors.js';

function syntaxError(text: string): TargetError {
  try {
    parseIni(text, 'bad.ini');
  } catch (e) {
    if (e instanceof TargetError) return e;
    throw e;
  }
  throw new Error('expected a TargetError');
}

describe('parseIni', () => {
  test('sections, both delimiters, comments, case-insensitive keys, verbatim values', () => {
    const doc = parseIni(
      [
        '\uFEFF; leading comment',
        '# another comment',
        '[System_Config.A]',
        'core_clock = 500e6',
        'Sram_Clock_Scale: 0.5',
        '  ; an indented comment line',
        'axi0_port=Sram ; not a comment in configparser',
        '',
        '[Memory_Mode.B]   ',
        'const_mem_area=Axi1',
      ].join('\r\n'),
      'a.ini',
    );
    expect(doc.sections.map((s) => [s.name, s.line])).toEqual([
      ['System_Config.A', 3],
      ['Memory_Mode.B', 9],
    ]);
    const a = doc.byName.get('System_Config.A');
    expect(a?.entries.get('core_clock')).toEqual({ key: 'core_clock', value: '500e6', line: 4 });
    expect(a?.entries.get('sram_clock_scale')).toEqual({ key: 'Sram_Clock_Scale', value: '0.5', line: 5 });
    expect(a?.entries.get('axi0_port')?.value).toBe('Sram ; not a comment in configparser');
    expect(doc.byName.get('Memory_Mode.B')?.entries.get('const_mem_area')?.value).toBe('Axi1');
  });

  test('indented lines continue the previous value', () => {
    const doc = parseIni('[S]\nkey=first\n  second\nother=1\n', 'a.ini');
    expect(doc.byName.get('S')?.entries.get('key')?.value).toBe('first\nsecond');
    expect(doc.byName.get('S')?.entries.get('other')?.value).toBe('1');
  });

  test.each([
    ['a key before any section', 'core_clock=1\n[S]\n', 1, /before any \[section\]/],
    ['a line without a delimiter', '[S]\njunk\n', 2, /neither a \[section\]/],
    ['a key that appears twice, in any case', '[S]\nSram_max_reads=1\nsram_MAX_reads=2\n', 3, /appears twice.*line 2/],
    ['a section that appears twice', '[S]\na=1\n[T]\n[S]\n', 4, /section \[S\] appears twice/],
    ['an empty section header', '[]\n', 1, /bad section header/],
    ['a value without a key', '[S]\n=3\n', 2, /without a key/],
  ])('rejects %s, naming file and line', (_what, text, line, message) => {
    const e = syntaxError(text);
    expect(e.code).toBe('syntax');
    expect(e.file).toBe('bad.ini');
    expect(e.line).toBe(line);
    expect(e.message).toMatch(new RegExp(`^bad\\.ini:${line}: `));
    expect(e.detail).toMatch(message);
  });
});
