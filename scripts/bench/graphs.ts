// Synthetic graphs for scale measurements (bench and __tests__/scale): a chain of small int8 layers that cycles
// through common NPU operator kinds, so cost grows with the operator count and nothing else. Output scales are fixed
// so they do not drift over thousands of layers (every operator stays on the NPU).
import { ModelBuilder } from '../../src/tflite/builder.js';

export interface ChainOptions {
  /** Feature map channels (default 16); weight bytes per layer grow with its square. */
  channels?: number;
  /** Feature map height and width (default 16). */
  size?: number;
  /**
   * 'mixed' (default): conv 1x1, depthwise 3x3, add, max pool, conv 3x3 — three weighted layers in five.
   * 'light': conv 1x1, add, max pool, average pool, add — one in five, for time-bounded tests (pricing weights with
   * the exact encoder dominates the cost of a layer).
   */
  mix?: 'mixed' | 'light';
  seed?: number;
}

const FIXED = { scale: 0.05, zeroPoint: -128 };

/** A chain of exactly `operators` operators (>= 1) on a 1 x size x size x channels int8 feature map. */
export function chainModel(operators: number, opts: ChainOptions = {}): Uint8Array {
  const channels = opts.channels ?? 16;
  const size = opts.size ?? 16;
  const light = opts.mix === 'light';
  const mb = new ModelBuilder({ quant: 'int8', seed: opts.seed ?? 1, description: `chain of ${operators} operators` });
  let x = mb.input([1, size, size, channels], { quant: FIXED });
  for (let i = 0; i < operators; i++) {
    switch (i % 5) {
      case 0:
        x = mb.conv2d(x, { filters: channels, kernel: 1, activation: 'relu', out: FIXED });
        break;
      case 1:
        x = light ? mb.add(x, x, { out: FIXED }) : mb.depthwiseConv2d(x, { kernel: 3 });
        break;
      case 2:
        x = mb.add(x, x, { out: FIXED });
        break;
      case 3:
        x = mb.maxPool2d(x, { filter: 3, stride: 1, padding: 'same' });
        break;
      default:
        x = light
          ? mb.avgPool2d(x, { filter: 3, stride: 1, padding: 'same' })
          : mb.conv2d(x, { filters: channels, kernel: 3, activation: 'relu6', out: FIXED });
    }
  }
  mb.output(x);
  return mb.build();
}
