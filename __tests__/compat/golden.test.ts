// Golden test: every TFLite operator Vela reports (mostly subgraph 0) of every corpus and synthetic model, on every target
// Vela 5.1.0 was run on, placed as Vela placed it (shared/vela-ref, shared/synthetic/vela-ref).
// Prints one agreement table per suite; the known, explained disagreements are listed in EXCEPTIONS.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPlacement } from '../../src/compat/index.js';
import type { OperatorResult } from '../../src/report/types.js';
import { readModel } from '../../src/tflite/read.js';
import { corpusBytes, corpusManifest, describeShared, sharedDir, MLIA_TARGET_IDS } from '../helpers/shared.js';
import { target } from './ir.js';

/** `<reference dir>/<target>#[<subgraph>:]<operator index>` -> why we knowingly disagree with Vela there. */
const EXCEPTIONS: Record<string, string> = {};

interface RefOperator {
  subgraph?: number;
  index: number;
  op_type: string;
  placement: 'NPU' | 'CPU';
  cpu_reasons: { reason?: string }[];
}
interface Reference {
  vela_failed?: boolean;
  operators: RefOperator[];
}
interface Case {
  modelPath: string;
  refDir: string;
}

interface Tally {
  compared: number;
  agreeing: number;
}

/** Vela's reason texts -> the rule id we must give for the same failure. */
const REASON_RULES: [RegExp, RegExp][] = [
  [/unsupported DataType/, /^generic\.dtype$/],
  [/^Unsupported opType/, /^op\.unsupported$/],
  [/missing quantization/, /^generic\.quantization$/],
  [/shapeless tensor/, /^generic\.shape$/],
  [/Dynamic non-batch dimension/, /^generic\.dynamic-shape$/],
  [/per-axis quantization/, /^generic\.per-axis$/],
  [/^Unsupported dataType Int32/, /^u55\.32bit$/],
  [/absolute sum of weight-tensor/, /^weights\.sum$/],
  [/Unsupported kernel stride/, /^u55\.\w+\.stride$/],
  [/zero ?point/i, /^u(55|85)\.zero-point$/],
  [/^kernel (width|height|product)/, /^(averagepool2d|maxpool2d)\.kernel$/],
  [/mismatching quantization/, /^(maximum|minimum)\.quantization$/],
  [/depth-reduction/, /^mean\.depth$/],
  [/reduced elements/, /^mean\.elements$/],
  [/W \* H =/, /^softmax\.size$/],
  [/negative stride/, /^stridedslice\.negative-stride$/],
  [/transpose-type/, /^u55\.transpose\.int32$/],
  [/scale-factor/, /^u(55|85)\.resize\w+\.scale$/],
  [/^(stride out of range|unsupported stride combination)/, /^u55\.transposeconv\.stride$/],
  [/batch_dims/, /^u85\.gather\.axis$/],
  [/^Axis is .* Only last axis/, /^u55\.argmax\.axis$/],
];

function cases(suite: 'corpus' | 'synthetic'): Case[] {
  if (suite === 'corpus')
    return corpusManifest().flatMap((e) => {
      const m = /^models\/([^/]+)\/(.+)\.(tflite|bin)$/.exec(e.file);
      return m
        ? [{ modelPath: join(sharedDir, 'corpus', e.file), refDir: join(sharedDir, 'vela-ref', `${m[1]}__${m[2]}`) }]
        : [];
    });
  const manifest = JSON.parse(readFileSync(join(sharedDir, 'synthetic/models/manifest.json'), 'utf8')) as {
    models: { file: string; vref_name: string }[];
  };
  return manifest.models.map((m) => ({
    modelPath: join(sharedDir, 'synthetic/models', m.file),
    refDir: join(sharedDir, 'synthetic/vela-ref', m.vref_name),
  }));
}

function compareSuite(suite: 'corpus' | 'synthetic') {
  const perTarget = new Map<string, Tally>();
  const disagreements: string[] = [];
  const agreedExceptions: string[] = [];
  const badReasons: string[] = [];
  let references = 0;
  for (const c of cases(suite)) {
    if (!existsSync(c.refDir)) continue; // cases held back from the suite
    const model = readModel(readFileSync(c.modelPath), { file: c.modelPath });
    for (const f of readdirSync(c.refDir).filter((n) => n.endsWith('.json'))) {
      const ref = JSON.parse(readFileSync(join(c.refDir, f), 'utf8')) as Reference;
      if (ref.vela_failed) continue;
      references++;
      const targetId = f.slice(0, -'.json'.length);
      const ours = new Map<string, OperatorResult>();
      for (const o of checkPlacement(model, target(targetId))) ours.set(`${o.subgraph}:${o.index}`, o);
      const tally = perTarget.get(targetId) ?? { compared: 0, agreeing: 0 };
      perTarget.set(targetId, tally);
      for (const r of ref.operators) {
        const sg = r.subgraph ?? 0;
        const mine = ours.get(`${sg}:${r.index}`);
        const key = `${c.refDir.split('/').pop()}/${targetId}#${sg > 0 ? `${sg}:` : ''}${r.index}`;
        tally.compared++;
        if (mine?.placement === r.placement) {
          tally.agreeing++;
          if (key in EXCEPTIONS) agreedExceptions.push(key);
        } else if (!(key in EXCEPTIONS))
          disagreements.push(
            `${key} ${r.op_type}: Vela ${r.placement}, ours ${mine?.placement} ${JSON.stringify(mine?.reasons)}`,
          );
        const velaReason = r.cpu_reasons[0]?.reason;
        if (mine?.placement === 'CPU' && r.placement === 'CPU' && velaReason) {
          const rule = mine.reasons[mine.reasons.length - 1].rule;
          const expected = REASON_RULES.find(([re]) => re.test(velaReason))?.[1];
          if (!expected || !expected.test(rule))
            badReasons.push(`${key} ${r.op_type}: Vela "${velaReason}", ours ${rule}`);
        }
      }
    }
  }
  return { perTarget, disagreements, agreedExceptions, badReasons, references };
}

function table(title: string, perTarget: Map<string, Tally>): string {
  const rows = [...perTarget.entries()].sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce((a, [, t]) => ({ compared: a.compared + t.compared, agreeing: a.agreeing + t.agreeing }), {
    compared: 0,
    agreeing: 0,
  });
  const line = (name: string, t: Tally) =>
    `${name.padEnd(16)} ${String(t.compared).padStart(8)} ${String(t.agreeing).padStart(8)} ${((100 * t.agreeing) / Math.max(t.compared, 1)).toFixed(2).padStart(7)}%`;
  const exceptions = Object.entries(EXCEPTIONS).map(([k, why]) => `  ${k}: ${why}`);
  return [
    `Placement agreement with Vela 5.1.0 (${title})`,
    `${'target'.padEnd(16)} ${'compared'.padStart(8)} ${'agreeing'.padStart(8)} ${'agree'.padStart(8)}`,
    ...rows.map(([id, t]) => line(id, t)),
    line('all', total),
    `exceptions: ${exceptions.length ? '\n' + exceptions.join('\n') : 'none'}`,
  ].join('\n');
}

describeShared('placement agrees with Vela 5.1.0', () => {
  test.each(['corpus', 'synthetic'] as const)('%s models, every target', (suite) => {
    const res = compareSuite(suite);
    console.log(table(suite, res.perTarget));
    expect(res.references).toBeGreaterThan(suite === 'corpus' ? 300 : 1000);
    expect(res.disagreements).toEqual([]);
    // An exception that now agrees is stale and must be removed from the list.
    expect(res.agreedExceptions).toEqual([]);
    // Where both put an operator on the CPU, our rule names the same failure as Vela's reason.
    expect(res.badReasons).toEqual([]);
  });
});

describeShared('placement speed', () => {
  const TARGETS = MLIA_TARGET_IDS.map(target);
  test('the whole corpus on nine targets takes well under a second (generous bound for a shared machine)', () => {
    const models = corpusManifest()
      .filter((e) => !e.vela_compiled)
      .map((e) => readModel(corpusBytes(e), { file: e.file }));
    const run = () => {
      const t0 = performance.now();
      let placed = 0;
      for (const m of models) for (const t of TARGETS) placed += checkPlacement(m, t).length;
      return { ms: performance.now() - t0, placed };
    };
    const cold = run(); // includes the per-model preparation shared by all targets
    const warm = run();
    console.log(
      `placement: ${models.length} models x ${TARGETS.length} targets = ${cold.placed} operator placements, ` +
        `first pass ${cold.ms.toFixed(0)} ms, repeated ${warm.ms.toFixed(0)} ms`,
    );
    expect(cold.placed).toBeGreaterThan(50000);
    expect(cold.ms).toBeLessThan(5000);
  });
});
