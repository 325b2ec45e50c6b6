// Operator placement per Ethos-U target, as Vela 5.1.0 decides it: each TFLite operator runs on the
// NPU unless the target's checker rejects it (first failing constraint), its fused activation is rejected
// (they share one fate), or the model breaks a TFLite semantic rule Vela enforces before compiling.
import type { Model, Operator } from '../graph/types.js';
import type { TargetProfile } from '../targets/types.js';
import type { OperatorResult, Reason } from '../report/types.js';
import { fail } from './constraint.js';
import { checkerFor, constraintsFor } from './rules.js';
import type { Checker } from './rules.js';
import { foldedSpaceToBatch } from './patterns.js';
import { semanticViolations } from './semantics.js';
import { viewOperator } from './view.js';
import type { OpView } from './view.js';

export { SUPPORTED_OPS } from './rules.js';

/** Options tables whose fused activation Vela splits into its own operator (and checks separately). */
const UNFUSED_OPTIONS = new Set([
  'Conv2DOptions',
  'DepthwiseConv2DOptions',
  'TransposeConvOptions',
  'Pool2DOptions',
  'FullyConnectedOptions',
  'ConcatenationOptions',
  'AddOptions',
  'SubOptions',
  'DivOptions',
  'MulOptions',
  'L2NormOptions',
  'SVDFOptions',
]);
const ACTIVATIONS = ['NONE', 'RELU', 'RELU_N1_TO_1', 'RELU6', 'TANH', 'SIGN_BIT'];

/** The fused activation Vela will check on its own, or null. */
function fusedActivation(op: Operator): string | null {
  if (!op.optionsType || !UNFUSED_OPTIONS.has(op.optionsType) || op.outputs.length !== 1) return null;
  const f = op.options?.fusedActivationFunction;
  return typeof f === 'number' && f > 0 ? (ACTIVATIONS[f] ?? 'UNKNOWN') : null;
}

/** Runs the target's constraints on one operator view; null when it may run on the NPU. */
export function checkView(view: OpView, checker: Checker): Reason | null {
  const constraints = constraintsFor(view.type, checker);
  if (!constraints)
    return fail(
      'op.unsupported',
      `${view.type}${view.op.customCode && view.type === 'CUSTOM' ? ` (${view.op.customCode})` : ''} is not supported on ${checker === 'u85' ? 'Ethos-U85' : 'Ethos-U55/U65'}`,
    );
  for (const c of constraints) {
    const r = c(view);
    if (r) return r;
  }
  return null;
}

/** The activation Vela splits off: it reads a copy of the operator's output and writes the output itself. */
function activationView(view: OpView, act: string): OpView {
  const out = view.outputs[0];
  // A split-off TANH gets unit output scaling; the original scale stays on the main operator.
  const conn = act === 'TANH' ? { ...out, scales: [1] } : out;
  const inputs = [{ ...conn, role: 'ifm' as const, slot: 0 }];
  return { type: act, op: view.op, inputs, outputs: [conn], connections: [...inputs, conn], options: {} };
}

function placeOperator(view: OpView, checker: Checker): Reason[] {
  const op = view.op;
  const own = checkView(view, checker);
  // The operator and its split-off activation share one fate. Vela reports the activation's failure first
  // (it visits consumers first); we report the operator's own failure when it has one, as it is the root cause.
  if (own) return [own];
  const act = fusedActivation(op);
  const r = act && view.outputs[0] ? checkView(activationView(view, act), checker) : null;
  if (!r) return [];
  return [
    fail(
      'activation.dragged',
      `the operator itself is supported, but its fused ${act} activation is not, so both run on the CPU`,
    ),
    { rule: r.rule, message: `fused ${act}: ${r.message}` },
  ];
}

/** A malformed operator must not cost the whole target its answer: it goes to the CPU, saying why. */
function safePlace(view: OpView, checker: Checker): Reason[] {
  try {
    return placeOperator(view, checker);
  } catch (e) {
    return [fail('compat.malformed', `the operator could not be checked: ${(e as Error).message}`)];
  }
}

/** What placement derives from a model: how Vela reads each operator, the semantic verdicts, and per checker the answer. */
interface Prepared {
  views: OpView[][];
  semantics: Map<number, Map<number, Reason>>;
  /** Per checker, the reasons of every operator (empty: NPU), by subgraph and operator position. */
  reasons: Map<Checker, Reason[][][]>;
}

// Models are treated as read-only once read (edit a copy, never the object in place), so the work is shared
// by all targets of one checker: nine MLIA targets need two evaluations (Ethos-U55/U65 and Ethos-U85).
const prepared = new WeakMap<Model, Prepared>();

function prepare(model: Model): Prepared {
  let p = prepared.get(model);
  if (!p) {
    p = {
      views: model.subgraphs.map((sg) => sg.operators.map((op) => viewOperator(model, sg, op))),
      semantics: semanticViolations(model),
      reasons: new Map(),
    };
    prepared.set(model, p);
  }
  return p;
}

function reasonsFor(model: Model, p: Prepared, checker: Checker): Reason[][][] {
  let all = p.reasons.get(checker);
  if (!all) {
    all = model.subgraphs.map((sg, s) => {
      const folded = foldedSpaceToBatch(model, sg, checker, (v, c) => checkView(v, c) === null);
      return sg.operators.map((op, i) => {
        const broken = p.semantics.get(sg.index)?.get(op.index);
        if (broken) return [broken];
        return folded.has(op.index) ? [] : safePlace(p.views[s][i], checker);
      });
    });
    p.reasons.set(checker, all);
  }
  return all;
}

/** One result per operator of every subgraph, in model order. */
export function checkPlacement(model: Model, target: TargetProfile): OperatorResult[] {
  const all = reasonsFor(model, prepare(model), checkerFor(target.family));
  return model.subgraphs.flatMap((sg, s) =>
    sg.operators.map((op, i) => {
      const reasons = all[s][i].map((r) => ({ ...r }));
      return {
        subgraph: sg.index,
        index: op.index,
        type: op.type,
        name: sg.tensors[op.outputs[0]]?.name ?? '',
        placement: reasons.length ? ('CPU' as const) : ('NPU' as const),
        reasons,
        macs: op.macs,
      };
    }),
  );
}
