import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  measureDrift,
  outputCosines
} from "./chunk-5LRAGWZQ.js";
import {
  writeModel
} from "./chunk-UEGGIV6F.js";
import "./chunk-DDUPMNEX.js";
import {
  markdownTable
} from "./chunk-CIWQW54I.js";
import {
  adviseModel,
  escapeMarkdown,
  formatInt,
  formatPercent,
  plural,
  sanitizeTerminal
} from "./chunk-SMDWGUPR.js";
import {
  analyzeModel,
  checkPlacement,
  velaCompiledReason
} from "./chunk-CSLGV3ZU.js";
import {
  readModel
} from "./chunk-DB7Z7Q6U.js";
import "./chunk-K42QXW5D.js";

// src/optimize/replace.ts
var tensorKey = (subgraph, tensor) => `${subgraph}:${tensor}`;
function replaceTensorData(model, data) {
  const refs = /* @__PURE__ */ new Map();
  for (const sg of model.subgraphs)
    for (const t of sg.tensors) {
      const list = refs.get(t.buffer) ?? [];
      list.push(tensorKey(sg.index, t.index));
      refs.set(t.buffer, list);
    }
  for (const m of model.metadata) refs.set(m.buffer, [...refs.get(m.buffer) ?? [], `metadata:${m.name}`]);
  const buffers = model.buffers.slice();
  const newBufferOf = /* @__PURE__ */ new Map();
  const handled = /* @__PURE__ */ new Set();
  for (const sg of model.subgraphs)
    for (const t of sg.tensors) {
      const key = tensorKey(sg.index, t.index);
      const bytes = data.get(key);
      if (!bytes || handled.has(t.buffer)) continue;
      const sharers = refs.get(t.buffer) ?? [key];
      const sameForAll = sharers.every((k) => {
        const other = data.get(k);
        return other !== void 0 && equalBytes(other, bytes);
      });
      if (sameForAll) {
        handled.add(t.buffer);
        buffers[t.buffer] = { index: t.buffer, data: bytes, size: bytes.length };
      } else {
        newBufferOf.set(key, buffers.length);
        buffers.push({ index: buffers.length, data: bytes, size: bytes.length });
      }
    }
  const subgraphs = model.subgraphs.map((sg) => ({
    ...sg,
    tensors: sg.tensors.map((t) => {
      const b = newBufferOf.get(tensorKey(sg.index, t.index));
      return b === void 0 ? t : { ...t, buffer: b };
    })
  }));
  return { ...model, subgraphs, buffers };
}
function equalBytes(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// src/optimize/weights.ts
var WEIGHT_OPERATORS = /* @__PURE__ */ new Set([
  "CONV_2D",
  "DEPTHWISE_CONV_2D",
  "FULLY_CONNECTED",
  "TRANSPOSE_CONV"
]);
var WEIGHT_INPUT = 1;
function selectWeights(model, placement) {
  const onCpu = /* @__PURE__ */ new Map();
  for (const o of placement ?? []) if (o.placement === "CPU") onCpu.set(`${o.subgraph}:${o.index}`, o);
  const weights = [];
  const skipped = [];
  for (const sg of model.subgraphs) {
    const users = /* @__PURE__ */ new Map();
    for (const op of sg.operators) {
      if (!WEIGHT_OPERATORS.has(op.type)) continue;
      const t = op.inputs[WEIGHT_INPUT] ?? -1;
      if (t < 0) {
        skipped.push({
          subgraph: sg.index,
          tensor: -1,
          name: "",
          users: [{ index: op.index, type: op.type }],
          reason: "the operator has no weights"
        });
        continue;
      }
      const list = users.get(t) ?? [];
      list.push({ index: op.index, type: op.type });
      users.set(t, list);
    }
    for (const [t, list] of users) {
      const tensor = sg.tensors[t];
      const ops = list.map((u) => ({ index: u.index, type: u.type }));
      const cpu = ops.map((u) => onCpu.get(`${sg.index}:${u.index}`)).find((o) => o !== void 0);
      const reason = cpu ? `#${cpu.index} ${cpu.type} runs on the CPU${cpu.reasons[0] ? ` (${cpu.reasons[0].message})` : ""}` : unsupportedReason(model, tensor);
      const ref = { subgraph: sg.index, tensor: t, name: tensor?.name ?? "", users: ops };
      if (reason) skipped.push({ ...ref, reason });
      else weights.push(ref);
    }
  }
  return { weights, skipped };
}
function unsupportedReason(model, t) {
  if (!t) return "the weight tensor index is out of range";
  const data = model.buffers[t.buffer]?.data;
  if (!data || data.length === 0) return "the weights are not constant (computed at run time)";
  if (t.dtype === "float32" || t.dtype === "float16" || t.dtype === "bfloat16" || t.dtype === "float64")
    return `${t.dtype} weights: pruning and clustering here work on quantized values only`;
  if (t.dtype !== "int8" && t.dtype !== "uint8") return `${t.dtype} weights are not supported (only int8 and uint8)`;
  if (t.hasSparsity) return "the weights are already stored in a sparse format";
  const q = t.quantization;
  if (!q || q.scale.length === 0) return "the weights carry no quantization parameters";
  if (q.custom) return "the weights use a custom quantization scheme";
  const n = elementCount(t.shape);
  if (data.length < n) return `the weight buffer holds ${data.length} bytes for ${n} values`;
  if (q.scale.length > 1 && t.shape[q.quantizedDimension] !== q.scale.length)
    return `${q.scale.length} scales do not match dimension ${q.quantizedDimension} of shape [${t.shape.join(", ")}]`;
  return null;
}
var elementCount = (shape) => shape.reduce((a, d) => a * Math.max(d, 0), 1);
function readQuantizedWeights(model, t) {
  const data = model.buffers[t.buffer].data;
  const q = t.quantization;
  const n = elementCount(t.shape);
  const perAxis = q.scale.length > 1;
  const groups = perAxis ? q.scale.length : 1;
  const axis = q.quantizedDimension;
  const stride = perAxis ? elementCount(t.shape.slice(axis + 1)) : 1;
  const signed = t.dtype === "int8";
  const centred = new Int32Array(n);
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const g = perAxis ? Math.floor(i / stride) % groups : 0;
    const raw = signed ? data[i] << 24 >> 24 : data[i];
    group[i] = g;
    centred[i] = raw - (q.zeroPoint[g] ?? q.zeroPoint[0] ?? 0);
  }
  return { centred, group, groups, zeroPoints: q.zeroPoint, perAxis };
}
function encodeQuantizedWeights(w) {
  const out = new Uint8Array(w.centred.length);
  for (let i = 0; i < out.length; i++) {
    const g = w.group[i];
    out[i] = w.centred[i] + (w.zeroPoints[g] ?? w.zeroPoints[0] ?? 0) & 255;
  }
  return out;
}

// src/optimize/cluster.ts
var MAX_ITERATIONS = 100;
function clusterModel(model, opts) {
  if (!(Number.isInteger(opts.clusters) && opts.clusters >= 2))
    throw new RangeError(`clusters must be a whole number >= 2, not ${opts.clusters}`);
  const layers = opts.layers ?? selectWeights(model).weights;
  const data = /* @__PURE__ */ new Map();
  for (const ref of layers) {
    const tensor = model.subgraphs[ref.subgraph].tensors[ref.tensor];
    const w = readQuantizedWeights(model, tensor);
    clusterGroups(w.centred, w.group, w.groups, opts.clusters, opts.preserveZeros ?? false);
    data.set(tensorKey(ref.subgraph, ref.tensor), encodeQuantizedWeights(w));
  }
  return replaceTensorData(model, data);
}
function clusterValues(values, clusters, preserveZeros) {
  clusterGroups(values, new Int32Array(values.length), 1, clusters, preserveZeros);
}
function clusterGroups(values, group, groups, clusters, preserveZeros) {
  if (!values.length) return;
  let lo = values[0];
  let hi = values[0];
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const range = hi - lo + 1;
  const counts = new Float64Array(groups * range);
  for (let i = 0; i < values.length; i++) counts[group[i] * range + values[i] - lo]++;
  const table = new Int32Array(groups * range);
  for (let g = 0; g < groups; g++) {
    const base = g * range;
    for (let r = 0; r < range; r++) table[base + r] = r + lo;
    const keepZero = preserveZeros && lo <= 0 && hi >= 0 && counts[base - lo] > 0;
    const distinct = [];
    const weight = [];
    for (let r = 0; r < range; r++)
      if (counts[base + r] > 0 && !(keepZero && r + lo === 0)) {
        distinct.push(r + lo);
        weight.push(counts[base + r]);
      }
    const budget = clusters - (keepZero ? 1 : 0);
    if (distinct.length <= budget) continue;
    const hist = new Histogram(distinct, weight);
    for (const [start, end] of kMeansRuns(hist, budget)) {
      const mean = hist.mean(start, end);
      let c = Math.round(mean);
      if (preserveZeros && c === 0) c = mean < 0 ? -1 : 1;
      for (let j = start; j < end; j++) table[base + distinct[j] - lo] = c;
    }
  }
  for (let i = 0; i < values.length; i++) values[i] = table[group[i] * range + values[i] - lo];
}
var Histogram = class {
  constructor(sorted, weight) {
    this.sorted = sorted;
    const m = sorted.length;
    this.w = new Float64Array(m + 1);
    this.s = new Float64Array(m + 1);
    this.ss = new Float64Array(m + 1);
    for (let j = 0; j < m; j++) {
      this.w[j + 1] = this.w[j] + weight[j];
      this.s[j + 1] = this.s[j] + weight[j] * sorted[j];
      this.ss[j + 1] = this.ss[j] + weight[j] * sorted[j] * sorted[j];
    }
  }
  w;
  s;
  ss;
  mean(start, end) {
    return (this.s[end] - this.s[start]) / (this.w[end] - this.w[start]);
  }
  squaredError(start, end) {
    const n = this.w[end] - this.w[start];
    const sum = this.s[end] - this.s[start];
    return Math.max(0, this.ss[end] - this.ss[start] - sum * sum / n);
  }
};
function kMeansRuns(h, k) {
  const { sorted } = h;
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  let centroids = Array.from({ length: k }, (_, i) => k === 1 ? (lo + hi) / 2 : lo + (hi - lo) * i / (k - 1));
  let runs = [];
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    const next = fillRuns(assign(sorted, centroids), h, k);
    if (sameRuns(next, runs)) break;
    runs = next;
    centroids = runs.map(([s, e]) => h.mean(s, e));
  }
  return runs;
}
function assign(sorted, centroids) {
  const runs = [];
  let c = 0;
  let start = 0;
  for (let j = 0; j < sorted.length; j++) {
    let best = c;
    const v = sorted[j];
    while (best + 1 < centroids.length && Math.abs(v - centroids[best + 1]) < Math.abs(v - centroids[best])) best++;
    if (best !== c) {
      if (j > start) runs.push([start, j]);
      start = j;
      c = best;
    }
  }
  runs.push([start, sorted.length]);
  return runs;
}
function fillRuns(runs, h, k) {
  const out = runs.slice();
  while (out.length < k) {
    let worst = -1;
    let worstCost = -1;
    out.forEach(([s2, e2], i) => {
      if (e2 - s2 < 2) return;
      const cost = h.squaredError(s2, e2);
      if (cost > worstCost) [worst, worstCost] = [i, cost];
    });
    const [s, e] = out[worst];
    let bestSplit = s + 1;
    let bestCost = Infinity;
    for (let p = s + 1; p < e; p++) {
      const cost = h.squaredError(s, p) + h.squaredError(p, e);
      if (cost < bestCost) [bestSplit, bestCost] = [p, cost];
    }
    out.splice(worst, 1, [s, bestSplit], [bestSplit, e]);
  }
  return out;
}
function sameRuns(a, b) {
  return a.length === b.length && a.every(([s, e], i) => s === b[i][0] && e === b[i][1]);
}

// src/optimize/errors.ts
var OptimizeError = class extends Error {
  constructor(code, file, detail) {
    super(`${file}: ${detail}`);
    this.code = code;
    this.file = file;
    this.detail = detail;
    this.name = "OptimizeError";
  }
};
function isOptimizeError(e) {
  return e instanceof OptimizeError;
}

// src/optimize/prune.ts
function pruneModel(model, opts) {
  if (!(opts.sparsity >= 0 && opts.sparsity < 1))
    throw new RangeError(`sparsity must be in [0, 1), not ${opts.sparsity}`);
  const layers = opts.layers ?? selectWeights(model).weights;
  const data = /* @__PURE__ */ new Map();
  for (const ref of layers) {
    const tensor = model.subgraphs[ref.subgraph].tensors[ref.tensor];
    const w = readQuantizedWeights(model, tensor);
    pruneValues(w.centred, opts.sparsity);
    data.set(tensorKey(ref.subgraph, ref.tensor), encodeQuantizedWeights(w));
  }
  return replaceTensorData(model, data);
}
function pruneValues(centred, sparsity) {
  const n = centred.length;
  const k = Math.round(sparsity * n);
  if (k === 0) return;
  let maxMagnitude = 0;
  for (let i = 0; i < n; i++) maxMagnitude = Math.max(maxMagnitude, Math.abs(centred[i]));
  const counts = new Float64Array(maxMagnitude + 1);
  for (let i = 0; i < n; i++) counts[Math.abs(centred[i])]++;
  let threshold = 0;
  let below = 0;
  for (; threshold <= maxMagnitude; threshold++) {
    if (below + counts[threshold] >= k) break;
    below += counts[threshold];
  }
  let atThreshold = k - below;
  for (let i = 0; i < n; i++) {
    const m = Math.abs(centred[i]);
    if (m < threshold) centred[i] = 0;
    else if (m === threshold && atThreshold > 0) {
      centred[i] = 0;
      atThreshold--;
    }
  }
}

// src/optimize/settings.ts
var MAX_CLUSTERS = 256;
function validateSetting(s, where = "<setting>") {
  if (s.pruning === void 0 && s.clustering === void 0)
    throw new OptimizeError("bad-setting", where, "a setting needs pruning=<sparsity> and/or clustering=<clusters>");
  if (s.pruning !== void 0 && !(Number.isFinite(s.pruning) && s.pruning >= 0 && s.pruning < 1))
    throw new OptimizeError("bad-setting", where, `pruning must be a sparsity in [0, 1), not ${s.pruning}`);
  if (s.clustering !== void 0 && !(Number.isInteger(s.clustering) && s.clustering >= 2 && s.clustering <= MAX_CLUSTERS))
    throw new OptimizeError(
      "bad-setting",
      where,
      `clustering must be a whole number of clusters from 2 to ${MAX_CLUSTERS}, not ${s.clustering}`
    );
  return s;
}
function parseSettings(text) {
  const settings = [];
  for (const part of text.split(";")) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const setting = {};
    for (const item of trimmed.split(",")) {
      const [rawKey, rawValue, ...extra] = item.split("=").map((s) => s.trim());
      const key = rawKey.toLowerCase();
      if (rawValue === void 0 || rawValue === "" || extra.length)
        throw new OptimizeError("bad-setting", "<setting>", `"${item.trim()}" in "${trimmed}" is not <name>=<value>`);
      const value = Number(rawValue);
      if (!Number.isFinite(value) && (key === "pruning" || key === "sparsity" || key === "clustering" || key === "clusters"))
        throw new OptimizeError("bad-setting", "<setting>", `${key} must be a number, not "${rawValue}"`);
      if (key === "pruning" || key === "sparsity") setting.pruning = value;
      else if (key === "clustering" || key === "clusters") setting.clustering = value;
      else
        throw new OptimizeError(
          "bad-setting",
          "<setting>",
          `unknown optimization "${rawKey}" in "${trimmed}" (known: pruning, clustering)`
        );
    }
    settings.push(validateSetting(setting, "<setting>"));
  }
  if (!settings.length) throw new OptimizeError("bad-setting", "<setting>", `no optimization setting in "${text}"`);
  return settings;
}
function settingTechniques(s) {
  const out = [];
  if (s.pruning !== void 0) out.push(`pruning ${s.pruning}`);
  if (s.clustering !== void 0) out.push(`clustering ${s.clustering}`);
  return out;
}
function formatSetting(s) {
  const out = [];
  if (s.pruning !== void 0) out.push(`pruning=${s.pruning}`);
  if (s.clustering !== void 0) out.push(`clustering=${s.clustering}`);
  return out.join(",");
}
function optimizedFileName(modelPath, s) {
  const base = modelPath.split(/[\\/]/).pop() || "model.tflite";
  const stem = base.replace(/\.tflite$/i, "");
  const parts = [];
  if (s.pruning !== void 0) parts.push(`pruning-${s.pruning}`);
  if (s.clustering !== void 0) parts.push(`clustering-${s.clustering}`);
  return `${stem}.${parts.join(".")}.tflite`;
}

// src/optimize/stats.ts
function weightStats(model, refs) {
  return refs.map((ref) => {
    const t = model.subgraphs[ref.subgraph].tensors[ref.tensor];
    const w = readQuantizedWeights(model, t);
    const data = model.buffers[t.buffer].data;
    let zeros = 0;
    const all = /* @__PURE__ */ new Set();
    const perGroup = Array.from({ length: w.groups }, () => /* @__PURE__ */ new Set());
    for (let i = 0; i < w.centred.length; i++) {
      if (w.centred[i] === 0) zeros++;
      all.add(data[i]);
      perGroup[w.group[i]].add(data[i]);
    }
    const elements = w.centred.length;
    return {
      subgraph: ref.subgraph,
      tensor: ref.tensor,
      name: t.name,
      layers: ref.users.map((u) => `#${u.index} ${u.type}`),
      shape: [...t.shape],
      elements,
      zeros,
      sparsity: elements ? zeros / elements : 0,
      distinct: all.size,
      groups: w.groups,
      maxGroupDistinct: Math.max(0, ...perGroup.map((s) => s.size))
    };
  });
}

// src/optimize/engine.ts
function applySetting(model, setting, layers) {
  let out = model;
  if (setting.pruning !== void 0) out = pruneModel(out, { sparsity: setting.pruning, layers });
  if (setting.clustering !== void 0)
    out = clusterModel(out, { clusters: setting.clustering, preserveZeros: setting.pruning !== void 0, layers });
  return out;
}
function optimizeModel(bytes, settings, targets, opts = {}) {
  const file = opts.file ?? "model.tflite";
  settings.forEach((s) => validateSetting(s, file));
  if (!targets.length) throw new OptimizeError("no-target", file, "optimize needs at least one target");
  const selectionTarget = opts.selectionTarget ? targets.find((t) => t.id === opts.selectionTarget) : targets[0];
  if (!selectionTarget)
    throw new OptimizeError("no-target", file, `selection target ${opts.selectionTarget} is not among the targets`);
  const model = readModel(bytes, { file });
  const vela = velaCompiledReason(model);
  if (vela) throw new OptimizeError("bad-model", file, `already compiled by Vela, nothing left to optimise (${vela})`);
  const { weights, skipped } = selectWeights(model, checkPlacement(model, selectionTarget));
  const exactWeights = opts.exactWeights ?? true;
  const analyse = (b) => analyzeModel(b, file, targets, { performance: opts.performance, exactWeights });
  const variants = settings.map((setting) => {
    const out = writeModel(applySetting(model, setting, weights));
    const written = readModel(out, { file });
    return {
      setting,
      label: formatSetting(setting),
      bytes: out,
      stats: weightStats(written, weights),
      result: analyse(out)
    };
  });
  return {
    file,
    selectionTarget: selectionTarget.id,
    weights,
    skipped,
    original: analyse(bytes),
    originalStats: weightStats(model, weights),
    variants
  };
}
async function withDrift(run, originalBytes, opts = {}) {
  const variants = [];
  for (const v of run.variants)
    variants.push({ ...v, drift: await measureDrift(originalBytes, v.bytes, { ...opts, file: run.file }) });
  return { ...run, variants };
}

// src/optimize/report-data.ts
var ACCURACY_CAVEAT = "These weights were pruned/clustered after training, with no retraining: the model may lose accuracy. Check it on your validation data, and if it dropped, fine-tune with pruning or clustering in the loop (TensorFlow Model Optimization Toolkit) before quantizing again.";
var NOTHING_CHANGED_CAVEAT = "No weights were changed: the written model computes exactly what the original does, so its accuracy is the same.";
var DRIFT_COSINE_WARNING = 0.99;
var DRIFT_INDICES_WARNING = 0.99;
var SMALL_IMPROVEMENT_PERCENT = 5;
var KIB = 1024;
function metricRows(before, after) {
  const kib = (n) => n / KIB;
  const rows = [
    ["Encoded weights", kib(before.weightsEncodedBytes), kib(after.weightsEncodedBytes), "KiB", true],
    ["SRAM used", kib(before.sramUsedBytes), kib(after.sramUsedBytes), "KiB", false],
    ["DRAM used", kib(before.dramUsedBytes), kib(after.dramUsedBytes), "KiB", false],
    ["On-chip flash used", kib(before.onChipFlashUsedBytes), kib(after.onChipFlashUsedBytes), "KiB", false],
    ["Off-chip flash used", kib(before.offChipFlashUsedBytes), kib(after.offChipFlashUsedBytes), "KiB", false],
    ["NPU cycles", before.npuCycles, after.npuCycles, "cycles", true],
    ["Total cycles", before.totalCycles, after.totalCycles, "cycles", true],
    ["Inference time", before.inferenceTimeMs, after.inferenceTimeMs, "ms", true]
  ];
  return rows.filter(([, o, n, , always]) => always || o !== 0 || n !== 0).map(([metric, original, optimized, unit]) => ({
    metric,
    original,
    optimized,
    unit,
    improvementPercent: original === 0 ? null : (original - optimized) / original * 100
  }));
}
function compareTarget(before, after) {
  const target = before?.target ?? after?.target ?? "";
  const placementOf = (t) => (t?.operators ?? []).map((o) => `${o.subgraph}:${o.index}:${o.placement}`).join(",");
  const res = {
    target,
    rows: [],
    placementUnchanged: !!before && !!after && placementOf(before) === placementOf(after),
    npuOperators: { original: before?.npuOperators ?? 0, optimized: after?.npuOperators ?? 0 }
  };
  const b = before?.performance?.summary;
  const a = after?.performance?.summary;
  if (b && a) res.rows = metricRows(b, a);
  else res.error = `no performance estimate for ${before ? "the optimized model" : "the original model"}`;
  return res;
}
function summariseWeights(before, after) {
  const sum = (s, f) => s.reduce((a, t) => a + f(t), 0);
  const elements = sum(after, (t) => t.elements);
  const maxDistinct = (s) => Math.max(0, ...s.map((t) => t.maxGroupDistinct));
  return {
    tensors: after.length,
    elements,
    sparsity: {
      original: elements ? sum(before, (t) => t.zeros) / elements : 0,
      optimized: elements ? sum(after, (t) => t.zeros) / elements : 0
    },
    maxGroupDistinct: { original: maxDistinct(before), optimized: maxDistinct(after) }
  };
}
function nextTechniques(s) {
  const out = [];
  if (s.pruning !== void 0 && s.pruning < 0.9)
    out.push(`pruning ${Math.min(0.9, Math.round((s.pruning + 0.1) * 100) / 100)}`);
  if (s.clustering !== void 0 && s.clustering >= 8) out.push(`clustering ${Math.floor(s.clustering / 2)}`);
  return out;
}
function variantHints(run, v, targets) {
  const hints = [];
  const sel = run.selectionTarget;
  const before = run.original.targets.find((t) => t.target === sel);
  const after = v.result.targets.find((t) => t.target === sel);
  if (!run.weights.length) {
    hints.push(
      `No weights were optimised: no CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED or TRANSPOSE_CONV layer with 8-bit quantized constant weights runs on the NPU on ${sel}.`
    );
  }
  const worst = Math.min(1, ...outputCosines(v.drift));
  const indicesDrift = (v.drift?.outputs ?? []).flatMap(
    (o) => o.indices && o.top1Agreement !== null && o.top1Agreement < DRIFT_INDICES_WARNING ? [{ name: o.name, agreement: o.top1Agreement }] : []
  );
  const drifts = worst < DRIFT_COSINE_WARNING || indicesDrift.length > 0;
  if (before?.performance && after?.performance) {
    const outcome = {
      techniques: settingTechniques(v.setting),
      before: before.performance.summary,
      after: after.performance.summary,
      nextTechniques: drifts ? [] : nextTechniques(v.setting)
    };
    const results = run.weights.length ? adviseModel({ result: after, optimization: outcome }).find((a) => a.id === "optimization-results") : void 0;
    if (results) hints.push(results.message);
    const row = targets.find((t) => t.target === sel)?.rows;
    const gain = (m) => row?.find((r) => r.metric === m)?.improvementPercent ?? 0;
    if (run.weights.length && gain("Inference time") < SMALL_IMPROVEMENT_PERCENT && gain("Encoded weights") >= SMALL_IMPROVEMENT_PERCENT)
      hints.push(
        `On ${sel} the weights shrink but the inference time barely moves: the model is not bound by weight traffic, so more aggressive settings would mostly save memory, not time.`
      );
  }
  const biggest = [...v.stats].sort((a, b) => b.elements - b.zeros - (a.elements - a.zeros) || a.tensor - b.tensor).slice(0, 3).filter((t) => t.elements > t.zeros);
  if (biggest.length && run.weights.length > biggest.length) {
    hints.push(
      "The largest remaining weight tensors: " + biggest.map((t) => `${t.layers.join(", ")} (${t.elements - t.zeros} non-zero weights)`).join("; ") + ". They gain the most from stronger per-layer settings."
    );
  }
  if (run.skipped.length) {
    hints.push(
      `${run.skipped.length} weight tensor${run.skipped.length === 1 ? " was left as it is" : "s were left as they are"} (${[...new Set(run.skipped.map((s) => s.reason.replace(/ \(.*\)$/, "")))].slice(0, 3).join("; ")}).`
    );
  }
  if (worst < DRIFT_COSINE_WARNING) {
    hints.push(
      `The outputs drift noticeably on random inputs (cosine similarity down to ${worst.toFixed(4)}): expect an accuracy drop without fine-tuning; milder settings keep the model closer to the original.`
    );
  }
  for (const o of indicesDrift) {
    hints.push(
      `${formatPercent(1 - o.agreement)} of the indices in ${o.name} change on random inputs (each a class decision, such as a pixel of a segmentation): expect an accuracy drop without fine-tuning; milder settings keep the model closer to the original.`
    );
  }
  return hints;
}
function optimizationReportData(run) {
  const variants = run.variants.map((v) => {
    const ids = [...new Set([...run.original.targets, ...v.result.targets].map((t) => t.target))];
    const targets = ids.map(
      (id) => compareTarget(
        run.original.targets.find((t) => t.target === id),
        v.result.targets.find((t) => t.target === id)
      )
    );
    return {
      label: v.label,
      setting: v.setting,
      weights: summariseWeights(run.originalStats, v.stats),
      tensors: v.stats,
      targets,
      drift: v.drift,
      hints: variantHints(run, v, targets)
    };
  });
  return {
    schemaVersion: 1,
    file: run.file,
    selectionTarget: run.selectionTarget,
    optimizedTensors: run.originalStats.map((t) => ({
      subgraph: t.subgraph,
      tensor: t.tensor,
      name: t.name,
      layers: t.layers
    })),
    skipped: run.skipped,
    variants,
    caveat: run.weights.length ? ACCURACY_CAVEAT : NOTHING_CHANGED_CAVEAT
  };
}

// src/optimize/report.ts
var DRIFT_HEADERS = ["Output", "Max abs difference", "Cosine similarity", "Same top-1"];
var METRIC_HEADERS = ["Metric", "Original", "Optimized", "Unit", "Improvement (%)"];
function formatMetric(value, unit) {
  if (!Number.isFinite(value)) return "\u2013";
  if (unit === "KiB") return value.toFixed(2);
  if (unit === "cycles") return formatInt(value);
  const abs = Math.abs(value);
  if (abs >= 10) return value.toFixed(2);
  return value.toFixed(abs === 0 ? 3 : Math.min(8, Math.max(3, 2 - Math.floor(Math.log10(abs)))));
}
function formatImprovement(percent) {
  return percent === null || !Number.isFinite(percent) ? "\u2013" : percent.toFixed(2);
}
function metricCells(r) {
  return [
    r.metric,
    formatMetric(r.original, r.unit),
    formatMetric(r.optimized, r.unit),
    r.unit,
    formatImprovement(r.improvementPercent)
  ];
}
function weightLine(v) {
  const w = v.weights;
  const parts = [`${w.tensors} weight tensor${w.tensors === 1 ? "" : "s"} (${formatInt(w.elements)} values)`];
  parts.push(`sparsity ${formatPercent(w.sparsity.original)} \u2192 ${formatPercent(w.sparsity.optimized)}`);
  parts.push(
    `at most ${w.maxGroupDistinct.original} \u2192 ${w.maxGroupDistinct.optimized} distinct values per tensor or channel`
  );
  return parts.join(", ");
}
function driftRows(v) {
  return (v.drift?.outputs ?? []).map((o) => [
    o.name,
    // Class indices have no meaningful difference or cosine: their top-1 share says it.
    o.indices ? "\u2013" : o.maxAbsDiff.toPrecision(4),
    o.indices ? "\u2013" : o.cosine.toFixed(6),
    o.top1Agreement === null ? "\u2013" : formatPercent(o.top1Agreement)
  ]);
}
function driftIntro(v) {
  const d = v.drift;
  if (!d) return void 0;
  if (d.error) return `Output drift not measured: ${d.error}`;
  const notes = [
    d.runtimeFixes ? `with quantized_dimension set to the only possible axis on ${plural(d.runtimeFixes, "tensor")}, which it refuses past the tensor's rank and TFLite Micro ignores` : "",
    d.indexOutputFixes ? `with ${plural(d.indexOutputFixes, "ARG_MAX/ARG_MIN output")} made int32 from int64, which it cannot hand out (the same indices; their "Same top-1" is the share of equal ones)` : ""
  ].filter(Boolean);
  const fixes = notes.length ? ` (the runtime ran both ${notes.join(", and ")})` : "";
  return `Output drift against the original in the TFLite runtime, ${d.samples} random input set${d.samples === 1 ? "" : "s"} (seed ${d.seed}), dequantized outputs${fixes}:`;
}
function comparisonRows(data) {
  const rows = [];
  for (const v of data.variants) {
    const cosines = outputCosines(v.drift);
    const worst = cosines.length ? Math.min(...cosines) : void 0;
    for (const t of v.targets) {
      const get = (m) => t.rows.find((r) => r.metric === m);
      const cell = (m) => {
        const r = get(m);
        return r ? `${formatMetric(r.optimized, r.unit)} (${formatImprovement(r.improvementPercent)}%)` : "\u2013";
      };
      rows.push([
        v.label,
        t.target,
        cell("Encoded weights"),
        cell("Inference time"),
        formatPercent(v.weights.sparsity.optimized),
        worst === void 0 ? "\u2013" : worst.toFixed(4)
      ]);
    }
  }
  return rows;
}
var COMPARISON_HEADERS = [
  "Setting",
  "Target",
  "Encoded weights KiB (improvement)",
  "Inference time ms (improvement)",
  "Sparsity",
  "Min cosine"
];
function renderMarkdown(data) {
  const out = [];
  const md = escapeMarkdown;
  out.push(`## Optimization of \`${data.file.replace(/`/g, "'")}\``, "");
  out.push(
    `Layers optimised: ${data.optimizedTensors.length} weight tensor${data.optimizedTensors.length === 1 ? "" : "s"} of NPU layers on ${md(data.selectionTarget)}; ${data.skipped.length} skipped.`
  );
  if (data.skipped.length) {
    out.push("", "<details><summary>Skipped weights</summary>", "");
    out.push(
      markdownTable(
        ["Layer", "Tensor", "Reason"],
        ["left", "left", "left"],
        data.skipped.map((s) => [md(s.users.map((u) => `#${u.index} ${u.type}`).join(", ")), md(s.name), md(s.reason)])
      )
    );
    out.push("", "</details>");
  }
  if (data.variants.length > 1) {
    out.push("", "### Settings compared", "");
    out.push(
      markdownTable(
        [...COMPARISON_HEADERS],
        ["left", "left", "right", "right", "right", "right"],
        comparisonRows(data).map(([setting, target, ...rest]) => [md(setting), md(target), ...rest])
      )
    );
  }
  for (const v of data.variants) {
    out.push("", `### ${md(v.label)}`, "", `Weights: ${weightLine(v)}.`);
    if (v.tensors.length) {
      out.push("", "<details><summary>Per weight tensor</summary>", "");
      out.push(
        markdownTable(
          ["Layer", "Tensor", "Values", "Sparsity", "Distinct", "Max distinct per group", "Groups"],
          ["left", "left", "right", "right", "right", "right", "right"],
          v.tensors.map((t) => [
            md(t.layers.join(", ")),
            md(t.name),
            formatInt(t.elements),
            formatPercent(t.sparsity),
            formatInt(t.distinct),
            formatInt(t.maxGroupDistinct),
            formatInt(t.groups)
          ])
        )
      );
      out.push("", "</details>");
    }
    for (const t of v.targets) {
      out.push("", `#### ${md(t.target)}`, "");
      if (t.error) {
        out.push(`No comparison: ${md(t.error)}.`);
        continue;
      }
      out.push(
        markdownTable([...METRIC_HEADERS], ["left", "right", "right", "left", "right"], t.rows.map(metricCells))
      );
      out.push(
        "",
        t.placementUnchanged ? `Placement unchanged: ${plural(t.npuOperators.optimized, "operator")} on the NPU.` : `**Placement changed**: ${t.npuOperators.original} \u2192 ${plural(t.npuOperators.optimized, "operator")} on the NPU.`
      );
    }
    const intro = driftIntro(v);
    if (intro) {
      out.push("", md(intro));
      const rows = driftRows(v);
      if (rows.length)
        out.push(
          "",
          markdownTable(
            [...DRIFT_HEADERS],
            ["left", "right", "right", "right"],
            rows.map(([n, ...rest]) => [md(n), ...rest])
          )
        );
    }
    if (v.hints.length) out.push("", "**Next steps**", "", ...v.hints.map((h) => `- ${md(h)}`));
  }
  out.push("", `> **Accuracy:** ${md(data.caveat)}`, "");
  return out.join("\n");
}
function columns(rows, right, indent = "  ") {
  const widths = [];
  for (const row of rows) row.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, Array.from(c).length));
  return rows.map(
    (row) => indent + row.map((c, i) => {
      const pad = " ".repeat(widths[i] - Array.from(c).length);
      return right[i] ? pad + c : c + pad;
    }).join("  ").trimEnd()
  );
}
function renderTerminal(data) {
  const s = sanitizeTerminal;
  const out = [];
  out.push(`Optimization of ${s(data.file)}`);
  out.push(
    `  ${data.optimizedTensors.length} weight tensors of NPU layers on ${s(data.selectionTarget)} optimised, ${data.skipped.length} skipped`
  );
  for (const k of data.skipped)
    out.push(`    skipped ${k.users.map((u) => `#${u.index} ${u.type}`).join(", ")}: ${s(k.reason)}`);
  if (data.variants.length > 1) {
    out.push("", "Settings compared");
    const rows = comparisonRows(data).map((r) => r.map((c) => s(c)));
    out.push(...columns([[...COMPARISON_HEADERS], ...rows], [false, false, true, true, true, true]));
  }
  for (const v of data.variants) {
    out.push("", `${s(v.label)}`, `  Weights: ${weightLine(v)}`);
    for (const t of v.targets) {
      out.push("", `  ${s(t.target)}`);
      if (t.error) {
        out.push(`    no comparison: ${s(t.error)}`);
        continue;
      }
      const header = [...METRIC_HEADERS];
      out.push(...columns([header, ...t.rows.map(metricCells)], [false, true, true, false, true], "    "));
      out.push(
        t.placementUnchanged ? `    placement unchanged: ${plural(t.npuOperators.optimized, "operator")} on the NPU` : `    PLACEMENT CHANGED: ${t.npuOperators.original} -> ${plural(t.npuOperators.optimized, "operator")} on the NPU`
      );
    }
    const intro = driftIntro(v);
    if (intro) {
      out.push("", `  ${s(intro)}`);
      const rows = driftRows(v).map(([n, ...rest]) => [s(n), ...rest]);
      if (rows.length) out.push(...columns([[...DRIFT_HEADERS], ...rows], [false, true, true, true], "    "));
    }
    if (v.hints.length) out.push("", "  Next steps:", ...v.hints.map((h) => `    - ${s(h)}`));
  }
  out.push("", `Accuracy: ${data.caveat}`, "");
  return out.join("\n");
}
function renderOptimizationReport(run, format) {
  const data = "schemaVersion" in run ? run : optimizationReportData(run);
  if (format === "json") return JSON.stringify(data, null, 2) + "\n";
  return format === "markdown" ? renderMarkdown(data) : renderTerminal(data);
}

// src/optimize/outputs.ts
function optimizationOutputs(run) {
  const stem = (run.file.split(/[\\/]/).pop() || "model.tflite").replace(/\.tflite$/i, "");
  const text = (s) => new TextEncoder().encode(s);
  return [
    ...run.variants.map((v) => ({ name: optimizedFileName(run.file, v.setting), bytes: v.bytes })),
    { name: `${stem}.optimization.md`, bytes: text(renderOptimizationReport(run, "markdown")) },
    { name: `${stem}.optimization.json`, bytes: text(renderOptimizationReport(run, "json")) }
  ];
}
export {
  ACCURACY_CAVEAT,
  MAX_CLUSTERS,
  NOTHING_CHANGED_CAVEAT,
  OptimizeError,
  WEIGHT_OPERATORS,
  applySetting,
  clusterModel,
  clusterValues,
  formatSetting,
  isOptimizeError,
  measureDrift,
  nextTechniques,
  optimizationOutputs,
  optimizationReportData,
  optimizeModel,
  optimizedFileName,
  outputCosines,
  parseSettings,
  pruneModel,
  pruneValues,
  renderOptimizationReport,
  selectWeights,
  settingTechniques,
  validateSetting,
  weightStats,
  withDrift
};
