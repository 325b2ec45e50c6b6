// The Vela adapter against Vela 5.1.0's recorded answers: the stand-in `vela` replays the outputs
// recorded for each model and target, and what runVela parses must equal the reference figures
// (summary, per-operator cycles, placement and reasons) in shared/vela-ref.
//
// By default every other corpus model runs on one target (rotating through the nine), plus both
// recorded targets of the models with real Vela output files in vela-ref/raw; VELA_GOLDEN_ALL=1 runs
// every (model, target) pair (392 runs, all passing; about 3 to 5 minutes).
import { readModel } from '../../src/tflite/read.js';
import { builtinTarget } from '../../src/targets/index.js';
import { runVelaMany, type RunVelaOptions } from '../../src/vela/run.js';
import { corpusBytes, describeShared, sharedDir } from '../helpers/shared.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fakeEnv, fakeVelaPath, readRef, referencePairs, type VelaRef } from './fake.js';

const FULL = process.env.VELA_GOLDEN_ALL === '1';

function selectPairs() {
  const all = referencePairs();
  if (FULL) return all;
  // Every other model, each on one target (rotating through the nine), plus the raw recordings: about
  // 30 Vela runs, so that the suite stays fast on a shared machine.
  const models = [...new Set(all.map((p) => p.model))];
  return all.filter((p) => {
    if (existsSync(join(sharedDir, 'vela-ref/raw', p.model, p.target))) return true;
    const m = models.indexOf(p.model);
    if (m % 2 !== 0) return false;
    const targets = all.filter((q) => q.model === p.model).map((q) => q.target);
    return targets[(m / 2) % targets.length] === p.target;
  });
}

describeShared('runVela reproduces the Vela 5.1.0 references', () => {
  const pairs = selectPairs();
  const cases = pairs.map((p) => ({ ...p, ref: readRef(p.model, p.target) }));
  const ok = cases.filter((c) => !c.ref.vela_failed);
  let results: Awaited<ReturnType<typeof runVelaMany>> = [];

  beforeAll(
    async () => {
      const velaPath = fakeVelaPath();
      const models = new Map<string, ReturnType<typeof readModel>>();
      const jobs: RunVelaOptions[] = ok.map((c) => {
        const bytes = corpusBytes(c.entry);
        let model = models.get(c.model);
        if (!model) {
          model = readModel(bytes, { file: c.entry.file });
          models.set(c.model, model);
        }
        return {
          modelBytes: bytes,
          modelName: c.entry.file,
          model,
          target: builtinTarget(c.target),
          velaPath,
          env: fakeEnv(),
          timeoutMs: 60_000,
        };
      });
      results = await runVelaMany(jobs, { concurrency: 2 });
    },
    FULL ? 60 * 60_000 : 120_000,
  );

  test('covers many models, every target and the raw recordings', () => {
    expect(new Set(ok.map((c) => c.model)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(ok.map((c) => c.target)).size).toBe(9);
  });

  const run = (i: number) => {
    const r = results[i];
    if (!r.ok) throw r.error;
    return r.value;
  };

  test.each(ok.map((c, i) => [`${c.model} on ${c.target}`, i] as const))('%s', (_name, i) => {
    const ref: VelaRef = ok[i].ref;
    const res = run(i);
    expect(res.version).toBe('5.1.0');
    expect(res.mapping).toBe('debug-db');
    expect(res.unmatchedWarnings).toEqual([]);

    // Summary: Vela's KiB and seconds become bytes and milliseconds.
    const s = res.performance.summary;
    const rs = ref.summary;
    expect(s.totalCycles).toBe(rs.total_cycles);
    expect(s.npuCycles).toBe(rs.npu_cycles);
    expect(s.macs).toBe(rs.nn_macs);
    expect(s.inferenceTimeMs).toBeCloseTo(rs.inference_time_s * 1000, 9);
    // Vela writes nan (null in the reference) for a network with no NPU time; we report 0.
    expect(s.inferencesPerSecond).toBeCloseTo(rs.inferences_per_second ?? 0, 6);
    expect(s.sramUsedBytes).toBe(rs.sram_used_kib * 1024);
    expect(s.dramUsedBytes).toBe(rs.dram_used_kib * 1024);
    expect(s.onChipFlashUsedBytes).toBe(rs.on_chip_flash_used_kib * 1024);
    expect(s.offChipFlashUsedBytes).toBe(rs.off_chip_flash_used_kib * 1024);
    expect(s.weightsOriginalBytes).toBe(rs.weights_original_bytes);
    expect(s.weightsEncodedBytes).toBe(rs.weights_npu_encoded_bytes);
    const areas = [
      ['sram', 'sram'],
      ['dram', 'dram'],
      ['onChipFlash', 'on_chip_flash'],
      ['offChipFlash', 'off_chip_flash'],
    ] as const;
    for (const [ours, theirs] of areas) {
      const m = rs.memory[theirs];
      const writes = m.feature_map_write_bytes + m.weight_write_bytes;
      expect(s.memory[ours]).toEqual({
        readBytes: m.total_bytes - writes,
        writeBytes: writes,
        accessCycles: m.access_cycles,
      });
    }

    // Placement and reasons, operator by operator.
    const key = (sg: number, i: number) => `${sg}:${i}`;
    const ops = new Map(res.operators.map((o) => [key(o.subgraph, o.index), o]));
    for (const ro of ref.operators) {
      const o = ops.get(key(ro.subgraph, ro.index));
      expect(o).toBeDefined();
      expect([o!.index, o!.type, o!.placement]).toEqual([ro.index, ro.op_type, ro.placement]);
      if (ro.placement === 'CPU') {
        expect(o!.reasons.length).toBeGreaterThan(0);
        for (const r of ro.cpu_reasons) {
          const found = o!.reasons.find((x) => x.message.startsWith(r.reason));
          expect(found).toBeDefined();
          expect(found!.rule).toMatch(/^vela\.[a-z0-9-]+$/);
          for (const line of r.constraint) expect(found!.message).toContain(line.trim());
        }
      } else {
        expect(o!.reasons).toEqual([]);
      }
    }

    // Per-operator cycles: Vela's rows folded back per TFLite operator, as the reference's per_op.
    const layers = new Map(res.performance.layers.map((l) => [key(l.subgraph, l.operatorIndex), l]));
    for (const p of ref.per_op) {
      const o = ops.get(key(p.subgraph, p.index))!;
      const layer = layers.get(key(p.subgraph, p.index));
      if (o.placement === 'CPU') {
        expect(layer).toBeUndefined();
        expect(p.op_cycles).toBe(0);
        continue;
      }
      expect(layer).toBeDefined();
      expect({
        cycles: layer!.cycles,
        npuCycles: layer!.npuCycles,
        macs: layer!.macs,
        ...layer!.accessCycles,
      }).toEqual({
        cycles: p.op_cycles,
        npuCycles: p.npu_cycles,
        macs: p.macs,
        sram: p.sram_access_cycles,
        dram: p.dram_access_cycles,
        onChipFlash: p.on_chip_flash_access_cycles,
        offChipFlash: p.off_chip_flash_access_cycles,
      });
      expect(layer!.memoryBound).toBe(p.op_cycles > p.npu_cycles);
    }
    // Every NPU layer comes from a reference per_op entry.
    expect(res.performance.layers.length).toBe(
      ref.per_op.filter((p) => ops.get(key(p.subgraph, p.index))!.placement === 'NPU').length,
    );
    expect(res.performance.cpuOperators.map((c) => key(c.subgraph, c.operatorIndex))).toEqual(
      ref.operators.filter((o) => o.placement === 'CPU').map((o) => key(o.subgraph, o.index)),
    );
  });
});
