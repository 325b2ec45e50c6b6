// UNIDIRECTIONAL_SEQUENCE_LSTM unrolled into the per-step operations Vela builds.
import type { Operator } from '../../graph/types.js';
import type { Shape3 } from '../arch.js';
import type { FmRef, WeightInfo } from '../ops.js';
import { type Ctx, tempFm, isConstant, weightInfo, push, lutBytesFor, lutTensor } from './context.js';
import { MAX_LSTM_STEPS, PerfLimitError } from './limits.js';

/**
 * Vela unrolls an LSTM per time step (and batch): each gate is an input and a recurrent fully
 * connected layer summed with a sigmoid/tanh LUT, then the cell and output state updates.
 */
export function lowerLstm(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  const x = ctx.sg.tensors[op.inputs[0] ?? -1];
  const inW = ctx.sg.tensors[op.inputs[2] ?? -1] ?? ctx.sg.tensors[op.inputs[1] ?? -1];
  if (!x || !inW || x.shape.length < 2) return;
  const timeMajor = op.options?.timeMajor === true;
  const dims = x.shape.map((d) => Math.max(d, 1));
  const steps = dims.length === 3 ? (timeMajor ? dims[0] : dims[1]) : 1;
  const batch = dims.length === 3 ? (timeMajor ? dims[1] : dims[0]) : dims[0];
  // Unrolling is per time step: a hostile shape would make billions of operations.
  if (steps > MAX_LSTM_STEPS) {
    throw new PerfLimitError(
      `operator ${op.index} (UNIDIRECTIONAL_SEQUENCE_LSTM) has ${steps} time steps; the estimate unrolls at most ${MAX_LSTM_STEPS}`,
    );
  }
  const nInput = dims[dims.length - 1];
  const nCell = inW.shape[0] ?? 1;
  const outW = ctx.sg.tensors[op.inputs[16] ?? -1];
  const nOut = outW ? (outW.shape[0] ?? nCell) : nCell;
  const xt: FmRef = { ...ifm, shape: { h: 1, w: batch, c: nInput } };
  const hPrev: FmRef = tempFm(ctx, { h: 1, w: batch, c: nOut }, ifm.bits);
  const gateShape: Shape3 = { h: 1, w: batch, c: nCell };
  const gateWeights: (WeightInfo | undefined)[] = [];
  for (let i = 1; i <= 8; i++) {
    const t = op.inputs[i] ?? -1;
    const w = t >= 0 ? ctx.sg.tensors[t] : undefined;
    gateWeights.push(
      w && isConstant(ctx, t) ? weightInfo(ctx, t, w.shape[0] ?? nCell, false, 'fully-connected') : undefined,
    );
  }
  const cellState = tempFm(ctx, gateShape, 16);
  // The states are the operator's variable tensors: persistent, so Vela keeps them in permanent storage
  // (linear, never moved to the staging memory).
  for (const state of [hPrev, cellState]) {
    state.buffer.external = true;
    state.buffer.linear = true;
    state.buffer.persistent = true;
  }
  // The initial output state is copied in once, before the first step.
  push(ctx, op, 'MemoryCopy', 'pool', { ...hPrev }, hPrev);
  for (let step = 0; step < steps; step++) {
    const gates: FmRef[] = [];
    const t2 = tempFm(ctx, gateShape, 16);
    let inputTimesCell = false;
    // Gate order as Vela emits them: output, input, cell, forget.
    for (const g of [3, 0, 2, 1]) {
      const wIn = gateWeights[g];
      const wRec = gateWeights[4 + g];
      if (!wIn && !wRec) continue; // CIFG: no input gate
      const a = tempFm(ctx, gateShape, 16);
      const b = tempFm(ctx, gateShape, 16);
      push(ctx, op, 'FullyConnected', 'vector', hPrev, b, { weights: wRec });
      push(ctx, op, 'FullyConnected', 'vector', xt, a, { weights: wIn });
      const gate = tempFm(ctx, gateShape, 16);
      // 16-bit sigmoid and tanh are native activations on U55/U65; U85 reads a LUT. One table of each serves every
      // gate of every LSTM in the model (the gates are fixed-point, whatever the model's quantization; the cell
      // gate's tanh shares the cell state's table). Its load is costed nowhere.
      const kind = g === 2 ? 'TANH' : 'LOGISTIC';
      const gateLut = lutBytesFor(16, kind, ctx.family);
      const table = gateLut > 0 ? lutTensor(ctx, `LSTM-${kind}`, -1, -1, gateLut) : undefined;
      push(ctx, op, 'Add', 'elementwise', a, gate, {
        ifm2: b,
        activation: 'lut',
        ...(table ? { lutTensor: table } : {}),
      });
      // The clamp is an operation of its own, with no fused activation: its output stage runs at regor's
      // no-activation rate (1 cycle per element on U55/U65).
      if (g !== 2) push(ctx, op, 'Clamp', 'pool', gate, gate);
      gates[g] = gate;
      // The input gate times the cell gate right after the cell gate, as regor's walk from the state update
      // reaches them (the forget gate comes after).
      if (g === 2 && gates[0]) {
        push(ctx, op, 'Mul', 'elementwise', gates[0], t2, { ifm2: gate });
        inputTimesCell = true;
      }
    }
    const ig = gates[0] ?? gates[1];
    const t1 = tempFm(ctx, gateShape, 16);
    if (!inputTimesCell) push(ctx, op, 'Mul', 'elementwise', ig, t2, { ifm2: gates[2] ?? ig });
    // The first step copies the initial cell state into the state itself (regor's copy writes the variable, so
    // it stays in permanent storage); every step multiplies the state, read first, by the forget gate into a new map.
    if (step === 0) push(ctx, op, 'MemoryCopy', 'pool', { ...cellState }, cellState);
    push(ctx, op, 'Mul', 'elementwise', cellState, t1, { ifm2: gates[1] ?? ig });
    push(ctx, op, 'Add', 'elementwise', t1, cellState, { ifm2: t2 });
    push(ctx, op, 'Clamp', 'pool', cellState, cellState);
    const th = tempFm(ctx, gateShape, 16);
    const tanhLut = lutBytesFor(16, 'TANH', ctx.family);
    push(ctx, op, 'Tanh', 'pool', cellState, th, {
      activation: 'lut',
      lutBytes: tanhLut,
      ...(tanhLut > 0 ? { lutTensor: lutTensor(ctx, 'LSTM-TANH', -1, -1, tanhLut) } : {}),
    });
    push(ctx, op, 'Mul', 'elementwise', gates[3] ?? ig, hPrev, { ifm2: th });
    push(ctx, op, 'MemoryCopy', 'pool', hPrev, { ...ofm, shape: hPrev.shape });
  }
}
