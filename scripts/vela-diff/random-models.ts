// Random small models for `npm run vela-diff`: 2-7 layers drawn from the operators Vela places on the NPU (with
// random shapes, strides, activations, int8 or int16x8), deterministic per seed: a probe for differences from Vela
// 5.1.0 on shapes the reference corpus does not have. A few seeds are pinned by tests with Vela's figures for them
// (__tests__/perf/built-models.ts): changing how a seed draws its model changes those models.
// Seeds from EXTENDED_SEEDS on draw from a wider set (makeExtendedModel): skip connections over several layers,
// split branches left as extra outputs, and operators the first set lacks (HARD_SWISH, SUB, MAXIMUM/MINIMUM,
// strided slices, transposes, requantizing QUANTIZE, reshapes of the spatial axes, one-axis MEANs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelBuilder, type TensorRef, type Activation } from '../../src/tflite/builder.js';

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

/** Seeds from here on draw from the extended set (makeExtendedModel). */
export const EXTENDED_SEEDS = 100_000;

/** One random model and a line saying what it holds. */
export function makeModel(seed: number): { bytes: Uint8Array; about: string } {
  if (seed >= EXTENDED_SEEDS) return makeExtendedModel(seed);
  const r = rng(seed * 7919 + 13);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const quant = r() < 0.8 ? 'int8' : 'int16x8';
  const mb = new ModelBuilder({ quant, seed, description: `diff ${seed}` });
  const H = pick([1, 4, 7, 8, 13, 16, 24, 32, 49, 64]);
  const W = pick([1, 3, 8, 10, 16, 17, 32, 40, 64]);
  const C = pick([1, 3, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128]);
  let x: TensorRef = mb.input([1, H, W, C]);
  const about: string[] = [`${quant} in ${H}x${W}x${C}`];
  const n = int(2, 7);
  const act = (): Activation => pick(['none', 'relu', 'relu6', 'none', 'relu_n1_to_1'] as const);
  for (let k = 0; k < n; k++) {
    const [, h, w, c] = x.shape.length === 4 ? x.shape : [1, 1, 1, x.shape[x.shape.length - 1]];
    if (x.shape.length !== 4) break;
    const kind = pick([
      'conv',
      'conv',
      'conv',
      'dw',
      'dw',
      'pool',
      'add',
      'mul',
      'concat',
      'fc',
      'pad',
      'mean',
      'resize',
      'act',
      'slice',
      'tconv',
    ]);
    try {
      if (kind === 'conv') {
        const kh = Math.min(h, pick([1, 1, 3, 3, 5, 7])),
          kw = Math.min(w, pick([1, 1, 3, 3, 5, 7]));
        const s = pick([1, 1, 1, 2, 2, 3]);
        const d = kh > 1 && kw > 1 && r() < 0.15 ? 2 : 1;
        const f = pick([1, 4, 8, 15, 16, 24, 32, 33, 64, 96, 128, 256]);
        const padding = pick(['same', 'valid'] as const);
        if (padding === 'valid' && (h < (kh - 1) * d + 1 || w < (kw - 1) * d + 1)) continue;
        x = mb.conv2d(x, { filters: f, kernel: [kh, kw], stride: s, dilation: d, padding, activation: act() });
        about.push(`conv${kh}x${kw}s${s}d${d}${padding[0]}->${f}`);
      } else if (kind === 'dw') {
        const kh = Math.min(h, pick([1, 3, 3, 5])),
          kw = Math.min(w, pick([1, 3, 3, 5]));
        const s = pick([1, 1, 2, 3]);
        const m = r() < 0.15 ? 2 : 1;
        x = mb.depthwiseConv2d(x, { kernel: [kh, kw], stride: s, multiplier: m, padding: 'same', activation: act() });
        about.push(`dw${kh}x${kw}s${s}m${m}`);
      } else if (kind === 'pool') {
        const fh = Math.min(h, pick([2, 3, h])),
          fw = Math.min(w, pick([2, 3, w]));
        const s = pick([1, 2]);
        x =
          r() < 0.5
            ? mb.maxPool2d(x, { filter: [fh, fw], stride: s, padding: 'valid' })
            : mb.avgPool2d(x, { filter: [fh, fw], stride: s, padding: pick(['same', 'valid'] as const) });
        about.push(`pool${fh}x${fw}s${s}`);
      } else if (kind === 'add' || kind === 'mul') {
        const other =
          r() < 0.5
            ? mb.conv2d(x, { filters: c, kernel: 1 })
            : r() < 0.5
              ? mb.input([1, 1, 1, c])
              : mb.input([1, h, w, c]);
        x = kind === 'add' ? mb.add(x, other, { activation: act() }) : mb.mul(x, other);
        about.push(`${kind}${other.shape.join('x')}`);
      } else if (kind === 'concat') {
        const other = mb.conv2d(x, { filters: pick([8, 16, 3]), kernel: 1 });
        x = mb.concatenation([x, other], 3);
        about.push('concat');
      } else if (kind === 'fc') {
        if (h * w * c > 8192) continue;
        const flat = mb.reshape(x, [1, h * w * c]);
        const u = pick([1, 10, 16, 32, 100, 128]);
        const y = mb.fullyConnected(flat, { units: u, activation: act() });
        about.push(`fc${h * w * c}->${u}`);
        x = mb.reshape(y, [1, 1, 1, u]);
      } else if (kind === 'pad') {
        x = mb.pad(x, [
          [0, 0],
          [int(0, 2), int(0, 2)],
          [int(0, 2), int(0, 2)],
          [0, 0],
        ]);
        about.push('pad');
      } else if (kind === 'mean') {
        if (h * w < 2) continue;
        x = mb.mean(x, [1, 2], { keepDims: true });
        about.push('mean');
      } else if (kind === 'resize') {
        if (h * 2 > 128 || w * 2 > 128) continue;
        x = mb.resize(x, [h * 2, w * 2], { method: pick(['bilinear', 'nearest'] as const) });
        about.push('resize');
      } else if (kind === 'act') {
        const t = pick(['logistic', 'tanh', 'leaky', 'softmax']);
        x =
          t === 'logistic'
            ? mb.logistic(x)
            : t === 'tanh'
              ? mb.tanh(x)
              : t === 'leaky'
                ? mb.leakyRelu(x, 0.1)
                : mb.softmax(x);
        about.push(t);
      } else if (kind === 'slice') {
        if (h < 2) continue;
        x = mb.slice(x, [0, 1, 0, 0], [1, h - 1, w, c]);
        about.push('slice');
      } else if (kind === 'tconv') {
        if (h * 2 > 64 || w * 2 > 64) continue;
        x = mb.transposeConv(x, { filters: pick([8, 16]), kernel: pick([2, 3]), stride: 2, padding: 'same' });
        about.push('tconv');
      }
    } catch (e) {
      about.push(`(${kind} failed: ${(e as Error).message.slice(0, 40)})`);
    }
  }
  mb.output(x);
  return { bytes: mb.build(), about: about.join(' ') };
}

/**
 * A random model of 3-9 layers from the extended set: every map a layer makes stays available, so an ADD, MUL,
 * MAXIMUM or CONCATENATION may join the current map with one made several layers before (as residual and U-Net
 * skips do, keeping that map alive across them); a SPLIT's other half and maps no layer reads become outputs.
 */
function makeExtendedModel(seed: number): { bytes: Uint8Array; about: string } {
  const r = rng(seed * 7919 + 13);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const quant = r() < 0.85 ? 'int8' : 'int16x8';
  const mb = new ModelBuilder({ quant, seed, description: `diff ${seed}` });
  const H = pick([1, 4, 7, 8, 13, 16, 24, 32, 49, 64]);
  const W = pick([1, 3, 8, 10, 16, 17, 32, 40, 64]);
  const C = pick([1, 3, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128]);
  let x: TensorRef = mb.input([1, H, W, C]);
  const about: string[] = [`ext ${quant} in ${H}x${W}x${C}`];
  // Maps made so far, and those some layer reads: the rest become outputs.
  const made: TensorRef[] = [x];
  const read = new Set<TensorRef>();
  const use = (...ts: TensorRef[]) => ts.forEach((t) => read.add(t));
  const act = (): Activation => pick(['none', 'relu', 'relu6', 'none'] as const);
  const sameShape = (t: TensorRef) => t !== x && t.shape.join() === x.shape.join();
  const sameArea = (t: TensorRef) => t !== x && t.shape[1] === x.shape[1] && t.shape[2] === x.shape[2];
  const n = int(3, 9);
  for (let k = 0; k < n; k++) {
    if (x.shape.length !== 4) break;
    const [, h, w, c] = x.shape;
    const kind = pick([
      'conv',
      'conv',
      'conv',
      'dw',
      'dw',
      'skip-add',
      'skip-add',
      'skip-concat',
      'skip-max',
      'skip-mul',
      'hswish',
      'sub',
      'sslice',
      'transpose',
      'split',
      'requant',
      'reshape',
      'pool',
      'mean-axis',
      'resize',
      'act',
      'pad',
    ]);
    const before = x;
    try {
      if (kind === 'conv') {
        const kh = Math.min(h, pick([1, 1, 3, 3, 5])),
          kw = Math.min(w, pick([1, 1, 3, 3, 5]));
        const s = pick([1, 1, 1, 2]);
        const f = pick([4, 8, 16, 24, 32, 40, 64, 96, 128]);
        x = mb.conv2d(x, { filters: f, kernel: [kh, kw], stride: s, padding: 'same', activation: act() });
        about.push(`conv${kh}x${kw}s${s}->${f}`);
      } else if (kind === 'dw') {
        const kh = Math.min(h, pick([3, 3, 5])),
          kw = Math.min(w, pick([3, 3, 5]));
        const s = pick([1, 1, 2]);
        x = mb.depthwiseConv2d(x, { kernel: [kh, kw], stride: s, padding: 'same', activation: act() });
        about.push(`dw${kh}x${kw}s${s}`);
      } else if (kind === 'skip-add' || kind === 'skip-max' || kind === 'skip-mul') {
        // An earlier map of the same shape, or one of the same area brought to this depth by a 1x1 convolution.
        let other = made.filter(sameShape).at(-1 - int(0, 1)) ?? made.filter(sameShape).at(-1);
        let how = 'skip';
        if (!other) {
          const src = made.filter(sameArea).at(-1);
          if (!src) continue;
          use(src);
          other = mb.conv2d(src, { filters: c, kernel: 1 });
          how = 'proj';
        }
        use(other);
        x =
          kind === 'skip-add'
            ? mb.add(x, other, { activation: act() })
            : kind === 'skip-mul'
              ? mb.mul(x, other)
              : mb.elementwise(pick(['MAXIMUM', 'MINIMUM']), x, other);
        about.push(`${kind}-${how}${made.length - 1 - made.indexOf(other)}`);
      } else if (kind === 'skip-concat') {
        const other = made.filter(sameArea).at(-1);
        if (!other) continue;
        use(other);
        x = mb.concatenation(r() < 0.5 ? [x, other] : [other, x], 3);
        about.push('skip-concat');
      } else if (kind === 'hswish') {
        x = mb.unary('HARD_SWISH', x);
        about.push('hswish');
      } else if (kind === 'sub') {
        const other = r() < 0.5 ? mb.input([1, 1, 1, c]) : mb.input([1, h, w, c]);
        x = mb.sub(x, other);
        about.push(`sub${other.shape.join('x')}`);
      } else if (kind === 'sslice') {
        const axis = r() < 0.5 ? 1 : 2;
        if (x.shape[axis] < 2) continue;
        const end = [1, h, w, c];
        const strides = [1, 1, 1, 1];
        strides[axis] = 2;
        x = mb.stridedSlice(x, [0, 0, 0, 0], end, strides);
        about.push(`sslice${axis === 1 ? 'h' : 'w'}`);
      } else if (kind === 'transpose') {
        x = mb.transpose(
          x,
          pick([
            [0, 2, 1, 3],
            [0, 1, 3, 2],
          ] as const),
        );
        about.push('transpose');
      } else if (kind === 'split') {
        if (c % 2 !== 0) continue;
        const [a, b] = mb.split(x, 3, 2);
        made.push(b);
        x = a;
        about.push('split');
      } else if (kind === 'requant') {
        const q = x.quantization;
        if (!q) continue;
        x = mb.quantize(x, {
          dtype: x.dtype,
          out: { scale: q.scale[0] * pick([0.5, 1.7, 3]), zeroPoint: q.zeroPoint[0] },
        });
        about.push('requant');
      } else if (kind === 'reshape') {
        const shape = pick([
          [1, h * w, 1, c],
          [1, 1, h * w, c],
          [1, h, 1, w * c],
        ]);
        x = mb.reshape(x, shape);
        about.push(`reshape${shape.join('x')}`);
      } else if (kind === 'pool') {
        const s = pick([1, 2]);
        x =
          r() < 0.5
            ? mb.maxPool2d(x, { filter: [Math.min(h, 3), Math.min(w, 3)], stride: s, padding: 'same' })
            : mb.avgPool2d(x, { filter: [Math.min(h, 3), Math.min(w, 3)], stride: s, padding: 'same' });
        about.push(`pool s${s}`);
      } else if (kind === 'mean-axis') {
        const axis = r() < 0.5 ? 1 : 2;
        if (x.shape[axis] < 2) continue;
        x = mb.mean(x, [axis], { keepDims: true });
        about.push(`mean${axis === 1 ? 'h' : 'w'}`);
      } else if (kind === 'resize') {
        if (h * 2 > 96 || w * 2 > 96) continue;
        x = mb.resize(x, [h * 2, w * 2], {
          method: pick(['bilinear', 'nearest'] as const),
          halfPixelCenters: r() < 0.3,
        });
        about.push('resize');
      } else if (kind === 'act') {
        const t = pick(['logistic', 'tanh', 'leaky', 'softmax']);
        x =
          t === 'logistic'
            ? mb.logistic(x)
            : t === 'tanh'
              ? mb.tanh(x)
              : t === 'leaky'
                ? mb.leakyRelu(x, 0.2)
                : mb.softmax(x);
        about.push(t);
      } else if (kind === 'pad') {
        x = mb.pad(x, [
          [0, 0],
          [int(0, 1), int(0, 2)],
          [int(0, 1), int(0, 2)],
          [0, 0],
        ]);
        about.push('pad');
      }
    } catch (e) {
      about.push(`(${kind} failed: ${(e as Error).message.slice(0, 40)})`);
      continue;
    }
    if (x !== before) {
      use(before);
      made.push(x);
    }
  }
  const outputs = [x, ...made.filter((t) => t !== x && !read.has(t) && t !== made[0])];
  mb.output(...outputs);
  if (outputs.length > 1) about.push(`outputs ${outputs.length}`);
  return { bytes: mb.build(), about: about.join(' ') };
}

/** Writes models `from` .. `from + count - 1` into `dir` (m<seed>.tflite); returns what each holds. */
export function generate(dir: string, from: number, count: number): { file: string; about: string }[] {
  mkdirSync(dir, { recursive: true });
  const out: { file: string; about: string }[] = [];
  for (let s = from; s < from + count; s++) {
    try {
      const m = makeModel(s);
      const file = `m${s}.tflite`;
      writeFileSync(join(dir, file), m.bytes);
      out.push({ file, about: m.about });
    } catch (e) {
      out.push({ file: '', about: `seed ${s} failed: ${(e as Error).message}` });
    }
  }
  return out;
}
