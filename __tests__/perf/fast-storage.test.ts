// Golden tests of which feature maps Vela 5.1.0 keeps in the SRAM on Dedicated_Sram (regor's
// FastStorageAllocator and what feeds it: the live ranges, the element-access scores, the U85 chains) and of
// the map sizes the SRAM peak adds up. Each bound failed before the rule its comment names.
import { describeShared } from '../helpers/shared.js';
import { estimateCorpusPair, estimateSyntheticPair, relErr, sramError, velaTraffic } from './reference.js';

describeShared('fast-storage allocation after regor vs Vela 5.1.0', () => {
  // ElementwiseSanitizer: an operation that reads one map from the DRAM takes from the SRAM no other map that only
  // elementwise operations read. MoveNet's upsampling ADDs read a DRAM map, so the resize output they add goes to
  // the DRAM too: 5.2% and 9.0% under before.
  test.each(['ethos-u65-256', 'ethos-u65-512'])('MoveNet on %s: total within 2.5%%', (target) => {
    const { perf, ref } = estimateCorpusPair('coral', 'movenet_single_pose_lightning_ptq', target);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.025);
  });

  // An operation reading one map through both inputs (MoveNet's squared offsets, x * x) is that map's consumer twice
  // in regor, so its output cannot take over the map's allocation: the map stays in the SRAM while the square, whose
  // range spans a CPU operator, goes to the DRAM. Taken over, both went to the DRAM (0.9% over on U65-512).
  test.each([
    ['ethos-u65-512', 0.001],
    ['ethos-u85-128', 0.002],
  ] as const)('MoveNet on %s: total within %f', (target, bound) => {
    const { perf, ref } = estimateCorpusPair('coral', 'movenet_single_pose_lightning_ptq', target);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(bound);
  });

  // The PReLU sum reads the scaled negatives first (regor's ConvertPrelu), and the output that takes over an
  // input's allocation makes one live range with it (LiveRangeGraph::FuseRanges): Palm Detection's PReLU outputs
  // then stay in the SRAM with the maps their sums read. 5.4% and 3.7% under before.
  test.each(['ethos-u65-512', 'ethos-u85-256'])('Palm Detection on %s: total within 0.5%%', (target) => {
    const { perf, ref } = estimateCorpusPair('openmv', 'palm_detection_full_192', target);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.005);
  });

  // A U85 chain whose primary has weights (a convolution with its residual ADD chained) scores its output as if
  // nothing wrote it, and a chained operation's reads are its own: face_landmarks keeps the depthwise outputs in
  // the SRAM as Vela, not the residual sums. 3.6% and 4.8% under before.
  test.each(['ethos-u85-512', 'ethos-u85-1024'])('face_landmarks on %s: total within 1.5%%', (target) => {
    const { perf, ref } = estimateCorpusPair('openmv', 'face_landmarks_192', target);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.015);
  });

  // A chain without weights (the SiLU: a LUT with its Mul chained) counts its output as written: YOLOv8n 320's
  // head convolutions keep their SiLU outputs and the concatenation goes to the DRAM. 9.3% over when no chain
  // output counted. (2.3% since the chaining buffer's block is priced at DRAM, which brings the corpus's NPU p90
  // from 2.3% to 1.3%: a bar of 3%.)
  test('YOLOv8n 320 on ethos-u85-2048: total within 3%', () => {
    const { perf, ref } = estimateCorpusPair('misc', 'yolov8n_320_int8', 'ethos-u85-2048');
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.03);
  });

  // A map a chained operation reads is read by two operations, so the output of the chain's primary cannot take
  // over its allocation: YOLOv8n's SiLU input stays allocated beside its output. 1.3% under before.
  test.each(['ethos-u85-256', 'ethos-u85-2048'])('YOLOv8n 192 on %s: SRAM within 0.5%%', (target) => {
    const { perf, ref } = estimateCorpusPair('openmv', 'yolov8n_192', target);
    expect(sramError(perf, ref)).toBeLessThanOrEqual(0.005);
  });
});

// The element-access scores as regor adds them (checked with prints in a local Vela 5.1.0 build): every consumer
// counts, a chain's sub-operations too (a SiLU's MUL reading the convolution output); a U85 operation with
// sub-operations (a chain, or a LUT activation) counts no write. SSD MobileNet v3's hard-swish outputs on U85-512
// then go where Vela puts them: 1.2% under in total cycles and 1.4% under in SRAM before.
describeShared('element-access scores of the fast-storage allocation vs Vela 5.1.0', () => {
  test('SSD MobileNet v3 on ethos-u85-512: total and SRAM within 0.5%', () => {
    const { perf, ref } = estimateCorpusPair('nuvoton', 'ssd_mobilenetv3_small_int8', 'ethos-u85-512');
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.005);
    expect(sramError(perf, ref)).toBeLessThanOrEqual(0.005);
  });

  // 1.8% and 1.3% over before.
  test.each([
    ['ethos-u85-128', 0.015],
    ['ethos-u85-256', 0.01],
  ] as const)('YOLOv8n 320 on %s: total within %f', (target, bound) => {
    const { perf, ref } = estimateCorpusPair('misc', 'yolov8n_320_int8', target);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(bound);
  });

  // Any LUT activation is a sub-operation on U85, the softmax's exp table too (regor chains a LUT operation onto
  // its SUB): the SUB counts no write of the 32-bit exp map, which then loses the SRAM to YOLOv8n's output
  // concatenation, as in Vela. Written to the DRAM instead, that concatenation's copies ran 0.4-0.8% over in total.
  test.each(['ethos-u85-128', 'ethos-u85-512', 'ethos-u85-2048'])(
    'YOLOv8n 192 on %s: total within 0.2%%, DRAM writes exact',
    (target) => {
      const { perf, ref } = estimateCorpusPair('openmv', 'yolov8n_192', target);
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.002);
      expect(perf.summary.memory.dram.writeBytes).toBe(velaTraffic(ref, 'dram').written);
    },
  );
});

describeShared('map sizes in the SRAM peak vs Vela 5.1.0', () => {
  // An elementwise pass viewed deeper (ReshapeToIncreaseDepth) keeps its map's own shape and brick layout: the
  // softmax reciprocal of YOLOv8n's box head works on 4x756x1 int32 maps that take 16 channels each in bricks.
  // 42-45% under while the views made them linear.
  test.each([
    ['yolov8n_192', 'openmv'],
    ['yolov8n_320_int8', 'misc'],
  ])('%s on ethos-u55-128: SRAM within 0.5%%', (model, source) => {
    const { perf, ref } = estimateCorpusPair(source, model, 'ethos-u55-128');
    expect(sramError(perf, ref)).toBeLessThanOrEqual(0.005);
  });

  // A copy's output takes over its input's storage only when the two are stored alike, and regor compares their
  // shapes whole: the 5D output of a reshape copy does not take over its 4D input of the same bytes (half Vela's
  // SRAM while our 3D views of the two matched).
  test.each(['ethos-u55-128', 'ethos-u55-256'])('a 4D-to-5D reshape on %s: SRAM equal to Vela', (target) => {
    const { perf, ref } = estimateSyntheticPair('negative__reshape_4d_to_5d', target);
    expect(sramError(perf, ref)).toBe(0);
  });

  // An LSTM's states are variables, allocated for the whole inference: DTLN's two LSTMs keep 768 bytes of state
  // in the SRAM beside every other map. 28% under while they lived only from their first to their last use.
  test.each(['ethos-u55-128', 'ethos-u55-256'])('DTLN on %s: SRAM equal to Vela', (target) => {
    const { perf, ref } = estimateCorpusPair('tflite-micro', 'dtln_noise_suppression', target);
    expect(sramError(perf, ref)).toBe(0);
  });
});
