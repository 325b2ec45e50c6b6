import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  indexOutputPositions,
  runtimeCopy,
  seededRandom
} from "./chunk-DDUPMNEX.js";
import {
  readModel
} from "./chunk-DB7Z7Q6U.js";

// src/optimize/drift.ts
function outputCosines(drift) {
  return (drift?.outputs ?? []).filter((o) => !o.indices).map((o) => o.cosine);
}
function randomInputs(interp, random) {
  return interp.inputs.map((t) => {
    const n = t.shape.reduce((a, d) => a * d, 1);
    const ints = (lo, hi) => () => lo + Math.floor(random() * (hi - lo + 1));
    const fill = (arr, gen) => {
      for (let i = 0; i < n; i++) arr[i] = gen(i);
      return arr;
    };
    switch (t.dtype) {
      case "int8":
        return fill(new Int8Array(n), ints(-128, 127));
      case "uint8":
        return fill(new Uint8Array(n), ints(0, 255));
      case "bool":
        return fill(new Uint8Array(n), ints(0, 1));
      case "int16":
        return fill(new Int16Array(n), ints(-32768, 32767));
      // Wider integers are usually indices or lengths: keep them small and valid.
      case "int32":
        return fill(new Int32Array(n), ints(0, 3));
      case "uint32":
        return fill(new Uint32Array(n), ints(0, 3));
      case "float64":
        return fill(new Float64Array(n), () => random() * 2 - 1);
      default:
        return fill(new Float32Array(n), () => random() * 2 - 1);
    }
  });
}
async function measureDrift(originalBytes, optimizedBytes, opts = {}) {
  const samples = Math.max(1, Math.floor(opts.samples ?? 3));
  const seed = opts.seed ?? 1;
  const file = opts.file ?? "<model>";
  const result = { samples, seed, outputs: [] };
  const { loadInterpreter } = await import("./interpreter-JTB4UR5K.js");
  let original;
  let optimized;
  let stage = "original";
  try {
    const fixed = runtimeCopy(originalBytes, file);
    const { quantizedDimensions, indexOutputs } = fixed.fixes;
    if (quantizedDimensions.length) result.runtimeFixes = quantizedDimensions.length;
    if (indexOutputs.length) result.indexOutputFixes = indexOutputs.length;
    original = await loadInterpreter(fixed.bytes, { file });
    const model = readModel(originalBytes, { file });
    const dequantize = outputDequantizers(model, original.outputs.length);
    const indexOutput = indexOutputPositions(model);
    const random = seededRandom(seed);
    const acc = original.outputs.map(() => ({ maxAbs: 0, dot: 0, na: 0, nb: 0, rows: 0, sameTop1: 0 }));
    for (let s = 0; s < samples; s++) {
      const inputs = randomInputs(original, random);
      stage = "original";
      const a = original.run(inputs);
      stage = "optimized";
      const optimizedFile = `${file} (optimized)`;
      optimized ??= await loadInterpreter(
        fixed.bytes !== originalBytes ? runtimeCopy(optimizedBytes, optimizedFile).bytes : optimizedBytes,
        { file: optimizedFile }
      );
      const b = optimized.run(inputs);
      a.forEach((outA, o) => {
        const outB = b[o];
        const m = acc[o];
        for (let i = 0; i < outA.length; i++) {
          const x = dequantize[o](Number(outA[i]));
          const y = dequantize[o](Number(outB[i]));
          m.maxAbs = Math.max(m.maxAbs, Math.abs(x - y));
          m.dot += x * y;
          m.na += x * x;
          m.nb += y * y;
        }
        if (indexOutput.has(o)) {
          for (let i = 0; i < outA.length; i++) {
            m.rows++;
            if (outA[i] === outB[i]) m.sameTop1++;
          }
          return;
        }
        const shape = original.outputs[o].shape;
        const width = shape[shape.length - 1] ?? 1;
        if (width < 2) return;
        for (let r = 0; r + width <= outA.length; r += width) {
          m.rows++;
          if (argmax(outA, r, width) === argmax(outB, r, width)) m.sameTop1++;
        }
      });
    }
    result.outputs = acc.map((m, o) => ({
      name: original.outputs[o].name,
      maxAbsDiff: m.maxAbs,
      cosine: cosine(m.dot, m.na, m.nb),
      top1Agreement: m.rows ? m.sameTop1 / m.rows : null,
      ...indexOutput.has(o) ? { indices: true } : {}
    }));
  } catch (e) {
    result.failed = stage;
    result.error = stage === "original" ? `the original model does not run in the bundled TFLite runtime either: ${e.message}` : e.message;
  } finally {
    original?.dispose();
    optimized?.dispose();
  }
  return result;
}
function argmax(values, start, width) {
  let best = 0;
  for (let i = 1; i < width; i++) if (values[start + i] > values[start + best]) best = i;
  return best;
}
function cosine(dot, na, nb) {
  if (na === 0 && nb === 0) return 1;
  if (na === 0 || nb === 0) return 0;
  return Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb)));
}
function outputDequantizers(model, count) {
  const sg = model.subgraphs[0];
  return Array.from({ length: count }, (_, o) => {
    const t = sg?.tensors[sg.outputs[o]];
    const q = t?.quantization;
    const quantized = t && t.dtype !== "float32" && t.dtype !== "float64" && t.dtype !== "float16";
    if (!quantized || !q || q.scale.length !== 1) return (v) => v;
    const [scale] = q.scale;
    const zp = q.zeroPoint[0] ?? 0;
    return (v) => (v - zp) * scale;
  });
}

export {
  outputCosines,
  measureDrift
};
