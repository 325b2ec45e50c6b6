// The schema layout table (generated/layout.ts, from our own .fbs parser) agrees with flatc's bindings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, UNIONS, TABLE_INDEX, ROOT_TABLE } from '../../src/tflite/generated/layout.js';
import { BuiltinOptions } from '../../src/tflite/generated/tflite/builtin-options.js';
import { BuiltinOptions2 } from '../../src/tflite/generated/tflite/builtin-options2.js';
import { projectRoot } from '../helpers/shared.js';

const dir = join(projectRoot, 'src/tflite/generated/tflite');
const sources = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));

describe('layout table vs flatc bindings', () => {
  test('root is Model', () => expect(TABLES[ROOT_TABLE].name).toBe('Model'));

  test.each(TABLES.map((t) => [t.name, t] as const))('%s: slot count and slot names', (name, table) => {
    const src = sources.find((s) => s.includes(`export class ${name} {`));
    expect(src).toBeDefined();
    // flatc: `static startX(builder) { builder.startObject(<slots>); }` and `addFieldX(<slot>, ...)` per field.
    expect(Number(/builder\.startObject\((\d+)\)/.exec(src!)![1])).toBe(table.slots.length);
    const adds = [
      ...src!.matchAll(/static add(\w+)\(builder:flatbuffers\.Builder, [^)]*\) \{\s*builder\.addField\w+\((\d+),/g),
    ];
    // Every slot has its add function (a union's type slot included), so the check is not vacuous.
    expect(adds.length).toBe(table.slots.length);
    for (const [, field, slot] of adds) {
      const js = field[0].toLowerCase() + field.slice(1);
      expect(table.slots[Number(slot)]?.js).toBe(js);
    }
  });

  test('union members are in the generated enums order', () => {
    const byName = new Map(UNIONS.map((u) => [u.name, u]));
    const check = (union: string, e: Record<number, string>) => {
      const u = byName.get(union)!;
      u.members.forEach((t, i) => expect([union, i + 1, TABLES[t].name]).toEqual([union, i + 1, e[i + 1]]));
    };
    check('BuiltinOptions', BuiltinOptions as unknown as Record<number, string>);
    check('BuiltinOptions2', BuiltinOptions2 as unknown as Record<number, string>);
  });

  test('force_align is carried for buffer data', () => {
    const buffer = TABLES[TABLE_INDEX.get('Buffer')!];
    expect(buffer.slots.find((s) => s.js === 'data')).toMatchObject({
      kind: 'vector-scalar',
      scalar: 'uint8',
      align: 16,
    });
  });
});
