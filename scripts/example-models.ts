// The bundled example models (examples/models/*.tflite), made with the synthetic builder. Run through
// scripts/gen-examples.mjs (`npm run gen:examples`). Deterministic: the same bytes on every run.
// Placement notes are what Vela 5.1.0 does with such operators (shared/notes/vela-map.md §1.3, checked on the
// shared synthetic references for the stride-4 depthwise case).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelBuilder } from '../src/tflite/builder.js';

interface Example {
  file: string;
  about: string;
  make: () => Uint8Array;
}

/** An int8 keyword-spotting CNN (DS-CNN style): every operator runs on the NPU of every target. */
function kwsInt8(): Uint8Array {
  const mb = new ModelBuilder({ quant: 'int8', seed: 101, description: 'ethos-gate example: int8 keyword spotting' });
  const x = mb.input([1, 49, 10, 1], { quant: { scale: 0.35, zeroPoint: -28 }, name: 'mfcc' });
  let h = mb.conv2d(x, {
    filters: 64,
    kernel: [10, 4],
    stride: 2,
    padding: 'same',
    activation: 'relu',
    name: 'conv_1',
  });
  for (let block = 1; block <= 3; block++) {
    const dw = mb.depthwiseConv2d(h, { kernel: 3, padding: 'same', activation: 'relu', name: `dw_${block}` });
    h = mb.conv2d(dw, { filters: 64, kernel: 1, activation: 'relu', name: `pw_${block}` });
  }
  const pooled = mb.avgPool2d(h, { filter: [h.shape[1], h.shape[2]], padding: 'valid', name: 'pool' });
  const flat = mb.reshape(pooled, [1, 64], { name: 'flatten' });
  const logits = mb.fullyConnected(flat, { units: 12, name: 'logits' });
  mb.output(mb.softmax(logits, { name: 'scores' }));
  return mb.build();
}

/**
 * An int8 detector backbone with one depthwise convolution of stride 4: the Ethos-U55 and U65 run depthwise
 * strides up to 3 only, so that operator falls to the CPU there; the Ethos-U85 has no stride limit.
 */
function strideFourInt8(): Uint8Array {
  const mb = new ModelBuilder({ quant: 'int8', seed: 202, description: 'ethos-gate example: stride-4 depthwise' });
  const x = mb.input([1, 64, 64, 3], { quant: { scale: 1 / 128, zeroPoint: 0 }, name: 'image' });
  const stem = mb.conv2d(x, { filters: 16, kernel: 3, stride: 2, padding: 'same', activation: 'relu6', name: 'stem' });
  const down = mb.depthwiseConv2d(stem, { kernel: 3, stride: 4, padding: 'valid', name: 'dw_stride4' });
  const expand = mb.conv2d(down, { filters: 32, kernel: 1, activation: 'relu6', name: 'expand' });
  const head = mb.conv2d(expand, { filters: 8, kernel: 3, padding: 'same', name: 'head' });
  mb.output(head);
  return mb.build();
}

/** An int8 feature extractor with a float32 classifier head: the float operators run on the CPU everywhere. */
function floatHead(): Uint8Array {
  const mb = new ModelBuilder({ quant: 'int8', seed: 303, description: 'ethos-gate example: float classifier head' });
  const x = mb.input([1, 32, 32, 3], { dtype: 'float32', name: 'image' });
  const q = mb.quantize(x, { out: { scale: 1 / 128, zeroPoint: 0 }, name: 'quantize' });
  const c1 = mb.conv2d(q, { filters: 16, kernel: 3, stride: 2, activation: 'relu', name: 'conv_1' });
  const c2 = mb.conv2d(c1, { filters: 32, kernel: 3, stride: 2, activation: 'relu', name: 'conv_2' });
  const pooled = mb.avgPool2d(c2, { filter: [c2.shape[1], c2.shape[2]], padding: 'valid', name: 'pool' });
  const features = mb.dequantize(mb.reshape(pooled, [1, 32], { name: 'flatten' }), { name: 'features' });
  const logits = mb.fullyConnected(features, { units: 10, name: 'logits_float' });
  mb.output(mb.softmax(logits, { name: 'scores_float' }));
  return mb.build();
}

/** An int16x8 denoiser block (int16 activations, int8 weights): NPU on every target. */
function denoiseInt16(): Uint8Array {
  const mb = new ModelBuilder({ quant: 'int16x8', seed: 404, description: 'ethos-gate example: int16x8 denoiser' });
  const x = mb.input([1, 1, 64, 16], { name: 'spectrum' });
  const e = mb.conv2d(x, { filters: 32, kernel: [1, 3], padding: 'same', activation: 'relu', name: 'encode' });
  const d = mb.depthwiseConv2d(e, { kernel: [1, 5], padding: 'same', name: 'context' });
  const mask = mb.logistic(mb.conv2d(d, { filters: 16, kernel: 1, name: 'mask_logits' }), { name: 'mask' });
  mb.output(mb.mul(x, mask, { name: 'denoised' }));
  return mb.build();
}

export const EXAMPLES: Example[] = [
  { file: 'kws_int8.tflite', about: 'int8 keyword spotting, all NPU', make: kwsInt8 },
  { file: 'dw_stride4_int8.tflite', about: 'stride-4 depthwise: CPU on U55/U65, NPU on U85', make: strideFourInt8 },
  { file: 'float_head_int8.tflite', about: 'int8 core with a float32 head on the CPU', make: floatHead },
  { file: 'denoise_int16x8.tflite', about: 'int16x8 denoiser, all NPU', make: denoiseInt16 },
];

export function generateExamples(outDir: string): { file: string; bytes: number; about: string }[] {
  mkdirSync(outDir, { recursive: true });
  return EXAMPLES.map((ex) => {
    const bytes = ex.make();
    if (bytes.length >= 100 * 1024) throw new Error(`${ex.file} is ${bytes.length} bytes; examples stay under 100 KB`);
    writeFileSync(join(outDir, ex.file), bytes);
    return { file: ex.file, bytes: bytes.length, about: ex.about };
  });
}
