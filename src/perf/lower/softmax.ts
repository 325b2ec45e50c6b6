// SOFTMAX as Vela expands it: the 8-bit and the 16-bit chains of elementwise and LUT operations.
import type { Operator } from '../../graph/types.js';
import type { Shape3 } from '../arch.js';
import { UNIT_KERNEL, type FmRef, type Kernel } from '../ops.js';
import { type Ctx, tempFm, push, lutBytesFor, quantKey, scalarFm } from './context.js';
import { u85TransposeType } from './transpose.js';

/**
 * Vela's 8-bit softmax (regor's Softmax::GetGraph8Bit), pass by pass: the row maximum (a max pool over the
 * depth; on U85 a transpose putting the depth in H, then a max pool down it, when the rows are at least 16
 * wide), the difference through the exp LUT, a shift, the row sum; the reciprocal of the sum on one value per
 * row (count leading zeros, two subtractions, a shift, a multiply-add first guess, three Newton-Raphson steps of
 * five operations); the scaled exponentials and the final shift.
 */
function lowerSoftmax8(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  const { h, w, c } = ifm.shape;
  const rows: Shape3 = { h, w, c: 1 };
  const max = tempFm(ctx, rows, 8);
  const wide = w > 1 ? w : h;
  // What the difference from the maximum reads: the input, or the copy of it below.
  let input = ifm;
  if (ctx.family === 'u85' && c !== h * w * c && wide >= 16) {
    const perm = w > 1 ? [0, 3, 1, 2] : [0, 3, 2, 1];
    const turned = tempFm(ctx, w > 1 ? { h: c, w: h, c: w } : { h: c, w: 1, c: h }, 8);
    // A depth of 1 turns into place without moving data: regor rewrites that transpose into an identity
    // (RewriteIdentityTranspose), which stays as a copy since the softmax reads its input twice, inserted after the
    // input, so both readers read the copy (RemoveReshape).
    if (c === 1) {
      input = { ...turned, shape: ifm.shape };
      push(ctx, op, 'MemoryCopy', 'pool', ifm, input);
    } else push(ctx, op, 'Transpose', 'pool', ifm, turned, { transpose: u85TransposeType(perm) });
    const kernel: Kernel = { ...UNIT_KERNEL, h: c };
    push(
      ctx,
      op,
      'MaxPool',
      'pool',
      turned,
      { ...max, shape: { h: 1, w: turned.shape.w, c: turned.shape.c } },
      { kernel },
    );
  } else pushDepthMax(ctx, op, ifm, max);
  const exp = tempFm(ctx, ifm.shape, 32);
  // The exp LUT is its own (fused) operation in Vela, with no cycles: its transfer is costed nowhere. It is stored
  // as 256 32-bit values built from the input's scale and beta.
  push(ctx, op, 'Sub', 'elementwise', input, exp, {
    ifm2: max,
    activation: 'lut',
    lutBytes: 0,
    lutInputBits: ifm.bits,
    lutTensor: { key: `softmax8-exp:${String(op.options?.beta)}:${quantKey(ctx, op.inputs[0] ?? -1)}`, bytes: 1024 },
  });
  // regor's constants, each its own 32-bit tensor.
  const constant = (name: string, value: number) => scalarFm(ctx, `softmax-${name}`, 32, value);
  // regor's graph, operand for operand (the order Vela runs it in follows this dataflow).
  const row = (type: string, a: FmRef, b?: FmRef): FmRef => {
    const next = tempFm(ctx, rows, 32);
    push(ctx, op, type, 'elementwise', a, next, b ? { ifm2: b } : {});
    return next;
  };
  const shifted = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, 'Asr', 'elementwise', exp, shifted, { ifm2: constant('right-shift12', 12) });
  const sum = tempFm(ctx, rows, 32);
  push(ctx, op, 'ReduceSum', 'reducesum', shifted, sum);
  const headroomPlusOne = row('CLZ', sum);
  // A constant minus a value: the constant is the first operand, read from memory like any first operand.
  const rightShift = row('Sub', constant('headroom-offset', 12 + 31 - ofm.bits), headroomPlusOne);
  const headroom = row('Sub', headroomPlusOne, constant('one', 1));
  const halfDenominator = row('SHL', sum, headroom);
  let x = row(
    'Add',
    row('Mul', halfDenominator, constant('neg-32-over-17', -Math.floor(2 ** 34 / 17))),
    constant('48-over-17', Math.floor((48 * 2 ** 29) / 17)),
  );
  // Three Newton-Raphson steps: x += 4 * x * (1 - d/2 * x).
  for (let i = 0; i < 3; i++) {
    const oneMinus = row('Sub', constant('F2-one', 2 ** 29), row('Mul', x, halfDenominator));
    x = row('Add', x, row('Mul', row('Mul', x, oneMinus), constant('four', 4)));
  }
  const scaled = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, 'Mul', 'elementwise', exp, scaled, { ifm2: x });
  if (ifm.bits === 8 && ofm.bits === 16) {
    // An int16 output: the shift writes 32 bits, then an ADD of the output's zero point (a constant) narrows it.
    const shiftedOut = tempFm(ctx, ifm.shape, 32);
    push(ctx, op, 'Asr', 'elementwise', scaled, shiftedOut, { ifm2: rightShift });
    const zeroPoint = ctx.sg.tensors[op.outputs[0] ?? -1]?.quantization?.zeroPoint[0] ?? 0;
    push(ctx, op, 'Add', 'elementwise', shiftedOut, ofm, { ifm2: constant('zero-point', zeroPoint) });
  } else push(ctx, op, 'Asr', 'elementwise', scaled, ofm, { ifm2: rightShift });
}

/**
 * The maximum over the depth of each row (Vela's CreateDepthwiseMaxpool): a max pool whose kernel spans the
 * depth, read as the width of a one-channel map, so the input cannot be stored in bricks (unless it is one
 * element wide and one channel deep: then both views are the same).
 */
function pushDepthMax(ctx: Ctx, op: Operator, ifm: FmRef, max: FmRef): void {
  const { h, w, c } = ifm.shape;
  if (w !== 1 || c !== 1) ifm.buffer.linear = true;
  const view = { ...ifm, shape: { h: h * w, w: c, c: 1 } };
  const kernel: Kernel = { ...UNIT_KERNEL, w: c };
  push(ctx, op, 'MaxPool', 'pool', view, { ...max, shape: { h: h * w, w: 1, c: 1 } }, { kernel });
}

/**
 * Vela's 16-bit softmax (regor's Softmax::GetGraphInt16): the row maximum, the difference scaled and offset
 * through the exp LUT, the row sum, the reciprocal on one value per row (seven operations and a LUT), then
 * the scaling and the final shift.
 */
function lowerSoftmax16(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  const rows: Shape3 = { ...ifm.shape, c: 1 };
  const max = tempFm(ctx, rows, 16);
  pushDepthMax(ctx, op, ifm, max);
  const constant = (name: string, value: number | string) => scalarFm(ctx, `softmax16-${name}`, 32, value);
  const inQuant = `${String(op.options?.beta)}:${quantKey(ctx, op.inputs[0] ?? -1)}`;
  const diff = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, 'Sub', 'elementwise', ifm, diff, { ifm2: max });
  const scaled = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, 'Mul', 'elementwise', diff, scaled, { ifm2: constant('scale', `scale:${inQuant}`) });
  // The exp LUT, like every softmax LUT, is its own fused operation in Vela with no transfer costed; each is
  // stored as 512 32-bit values (an interpolating 16-bit LUT).
  const exp = tempFm(ctx, ifm.shape, 16);
  push(ctx, op, 'Add', 'elementwise', scaled, exp, {
    ifm2: constant('add3', 32767),
    activation: 'lut',
    lutTensor: { key: `softmax16-exp:${inQuant}`, bytes: 2048 },
  });
  const sum = tempFm(ctx, rows, 32);
  push(ctx, op, 'ReduceSum', 'reducesum', exp, sum);
  // The reciprocal on one value per row, operand for operand as regor builds it: the constants 31 and 1 are the
  // first operands of the shift count's SUB and SHL, so those read them from where constants are.
  const rowOp = (type: string, a: FmRef, b: FmRef | undefined, bits = 32, lut = false): FmRef => {
    const next = tempFm(ctx, rows, bits);
    push(ctx, op, type, 'elementwise', a, next, {
      ...(b ? { ifm2: b } : {}),
      // The reciprocal's LUT (1 / (1 + x)) is the same for every softmax.
      ...(lut ? { activation: 'lut' as const, lutTensor: { key: 'softmax16-reciprocal', bytes: 2048 } } : {}),
    });
    return next;
  };
  const headroomPlusOne = rowOp('CLZ', sum, undefined);
  const rightShift = rowOp('Sub', constant('31', 31), headroomPlusOne);
  const constantOne = rowOp('SHL', constant('one', 1), rightShift);
  const sumMinusOne = rowOp('Sub', sum, constantOne);
  const shifted = rowOp('SHL', sumMinusOne, headroomPlusOne);
  const shifted16 = rowOp('Asr', shifted, constant('shift', 15));
  const value = rowOp('Sub', shifted16, constant('sub11', 32768), 16, true);
  const product = tempFm(ctx, ifm.shape, 32);
  push(ctx, op, 'Mul', 'elementwise', exp, product, { ifm2: value });
  push(ctx, op, 'Asr', 'elementwise', product, ofm, { ifm2: rightShift });
}

export function lowerSoftmax(ctx: Ctx, op: Operator, ifm: FmRef, ofm: FmRef): void {
  if (op.type === 'SOFTMAX' && ifm.bits === 8) {
    lowerSoftmax8(ctx, op, ifm, ofm);
    return;
  }
  if (op.type === 'SOFTMAX' && ifm.bits === 16) {
    lowerSoftmax16(ctx, op, ifm, ofm);
    return;
  }
  // Vela's int8 softmax: row max, exp LUT, sum, reciprocal by Newton-Raphson, scale.
  const full = ifm.shape;
  const row: Shape3 = { h: full.h, w: full.w, c: 1 };
  const max = tempFm(ctx, row, 8);
  push(ctx, op, 'MaxPool', 'pool', { ...ifm, shape: full }, max, { kernel: UNIT_KERNEL });
  const exp = tempFm(ctx, full, 32);
  push(ctx, op, 'Sub', 'elementwise', ifm, exp, {
    ifm2: max,
    activation: 'lut',
    lutBytes: lutBytesFor(ifm.bits),
    lutInActivation: true,
  });
  const sum = tempFm(ctx, row, 32);
  push(ctx, op, 'ReduceSum', 'reducesum', exp, sum);
  const r = tempFm(ctx, row, 32);
  // Headroom, reciprocal and Newton-Raphson steps: about 18 operations on one value per row.
  for (let i = 0; i < 18; i++) push(ctx, op, i % 2 ? 'Mul' : 'Add', 'elementwise', sum, r, { ifm2: r });
  const scaled = tempFm(ctx, full, 32);
  push(ctx, op, 'Mul', 'elementwise', exp, scaled, { ifm2: r });
  push(ctx, op, 'Shr', 'elementwise', scaled, ofm);
}
