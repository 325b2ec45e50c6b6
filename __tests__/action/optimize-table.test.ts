// The compact table the action's comment shows per optimized model: its last column is the worst output cosine,
// or, for a model whose outputs are class indices (a segmentation's ARG_MAX), the share of classes kept.
import { compactTable } from '../../src/action/optimize.js';
import type { OptimizationReportData, VariantReportData } from '../../src/optimize/index.js';
import type { DriftResult } from '../../src/optimize/drift.js';

function data(drift: DriftResult): OptimizationReportData {
  const variant: VariantReportData = {
    label: 'pruning=0.5',
    setting: { pruning: 0.5 },
    weights: {
      tensors: 1,
      elements: 100,
      sparsity: { original: 0, optimized: 0.5 },
      maxGroupDistinct: { original: 100, optimized: 50 },
    },
    tensors: [],
    targets: [
      {
        target: 'ethos-u55-256',
        rows: [
          { metric: 'Encoded weights', original: 10, optimized: 6, unit: 'KiB', improvementPercent: 40 },
          { metric: 'Inference time', original: 1, optimized: 0.9, unit: 'ms', improvementPercent: 10 },
        ],
        placementUnchanged: true,
        npuOperators: { original: 3, optimized: 3 },
      },
    ],
    drift,
    hints: [],
  };
  return {
    schemaVersion: 1,
    file: 'models/seg.tflite',
    selectionTarget: 'ethos-u55-256',
    optimizedTensors: [],
    skipped: [],
    variants: [variant],
    caveat: '',
  };
}

const lastCell = (table: string) => table.trim().split('\n').at(-1)!.split('|').at(-2)!.trim();
const output = (o: Partial<DriftResult['outputs'][number]>) => ({
  name: 'out',
  maxAbsDiff: 0.5,
  cosine: 0.987654,
  top1Agreement: null,
  ...o,
});

test('the worst cosine of the outputs that have one; class indices alone give the share kept', () => {
  const base = { samples: 8, seed: 1 };
  expect(lastCell(compactTable(data({ ...base, outputs: [output({}), output({ cosine: 0.999 })] })))).toBe('0.9877');
  const indices = output({ name: 'ArgMax', cosine: 0, maxAbsDiff: 19, top1Agreement: 0.78, indices: true });
  expect(lastCell(compactTable(data({ ...base, outputs: [indices] })))).toBe('78.0% of classes kept');
  // With a real output beside them, the cosine of that output.
  expect(lastCell(compactTable(data({ ...base, outputs: [indices, output({})] })))).toBe('0.9877');
  expect(lastCell(compactTable(data({ ...base, outputs: [], error: 'refused', failed: 'original' })))).toBe(
    'not measured',
  );
});
