// Golden tests for weight buffering and persistent state on Dedicated_Sram targets (U65, U85), where weights
// sit in DRAM and are copied into SRAM when that pays. Vela plans the copies on its reference schedule, where
// every feature map is still in DRAM (the fast-storage allocator moves them to SRAM afterwards), and hides a
// copy under the previous operation's reference cycles; an LSTM's state tensors are persistent and stay in DRAM.
import { describeShared } from '../helpers/shared.js';
import { estimateCorpusPair, estimateSyntheticPair, relErr, sramError } from './reference.js';

function layerErrors(source: string, model: string, target: string, operators: number[]) {
  const { perf, ref: r } = estimateCorpusPair(source, model, target);
  return operators.map((index) => {
    const est = perf.layers.find((l) => l.subgraph === 0 && l.operatorIndex === index);
    const want = r.per_op.find((o) => o.index === index);
    expect(est).toBeDefined();
    expect(want).toBeDefined();
    return relErr(est?.npuCycles ?? 0, want?.npu_cycles ?? 0);
  });
}

describeShared('weight buffering on Dedicated_Sram vs Vela 5.1.0', () => {
  test('hello_world_int8 on ethos-u85-256: the 2nd and 3rd FC copy their weights behind the previous FC', () => {
    // Deciding on the SRAM-resident schedule kept both unbuffered or mis-hid the copy: 149 vs 385 cycles.
    for (const e of layerErrors('tflite-micro', 'hello_world_int8', 'ethos-u85-256', [0, 1, 2]))
      expect(e).toBeLessThanOrEqual(0.02);
  });

  test('autoencoder_example_int8 on ethos-u65-256: a chain of small FCs, each buffered behind the one before', () => {
    // Operator 6 is double-buffered in depth slices by Vela, which the estimate does not model.
    for (const e of layerErrors('mltk', 'autoencoder_example_int8', 'ethos-u65-256', [1, 2, 3, 4, 5]))
      expect(e).toBeLessThanOrEqual(0.05);
  });

  test.each(['ethos-u85-256', 'ethos-u85-1024', 'ethos-u85-2048'])(
    'a weight buffer filled under the previous operation counts from then on: SRAM as Vela (hello_world_int8, %s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('tflite-micro', 'hello_world_int8', target);
      // Counting each buffer only while its operation runs left 31-42% of the peak out.
      expect(sramError(perf, r)).toBeLessThanOrEqual(0.01);
    },
  );

  test.each(['ethos-u65-256', 'ethos-u85-128', 'ethos-u85-512'])(
    'an LSTM keeps its state in DRAM and copies the cell state once (trained_lstm_int8, %s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('tflite-micro', 'trained_lstm_int8', target);
      // Measured 0.4%, 7.0% and 1.2% on totals; with the states in SRAM and a copy per step, 12–16%.
      expect(relErr(perf.summary.totalCycles, r.summary.total_cycles)).toBeLessThanOrEqual(0.08);
      const lstm = perf.layers.find((l) => l.subgraph === 0 && l.operatorIndex === 0);
      const want = r.per_op.find((o) => o.index === 0);
      expect(relErr(lstm?.npuCycles ?? 0, want?.npu_cycles ?? 0)).toBeLessThanOrEqual(0.1);
    },
  );
});

// Vela decides weight buffering before it places the feature maps, so its fast-storage allocator finds the
// buffers taken. SSD MobileNet v3's class head concatenates six parts into 2034x91: with the 31 KB buffer of the
// largest part's convolution counted, the concatenation stays in SRAM and that part and the backbone map the
// heads share go to DRAM, as in Vela. Placed as if the buffers took nothing, the choice was the opposite: the
// concatenation's copies and its LOGISTIC ran from DRAM, 6-9% under Vela's total on U65-512 and U85-512.
describeShared('feature maps placed beside the weight buffers vs Vela 5.1.0', () => {
  test.each(['ethos-u65-512', 'ethos-u85-128', 'ethos-u85-512'])(
    'SSD MobileNet v3 keeps its class concatenation in SRAM (%s)',
    (target) => {
      const { perf, ref: r } = estimateCorpusPair('nuvoton', 'ssd_mobilenetv3_small_int8', target);
      expect(relErr(perf.summary.totalCycles, r.summary.total_cycles)).toBeLessThanOrEqual(0.015);
      const concat = perf.layers.find((l) => l.operatorIndex === 154)!;
      const want = r.per_op.find((o) => o.index === 154)!;
      expect(relErr(concat.cycles, want.op_cycles)).toBeLessThanOrEqual(0.01);
    },
  );
});

// A weight buffer in OFM-depth slices is read back one fetch per slice, each with its memory's latency, and
// regor tests weights read once with that figure (EstimateSlicedOpPerformance): AD01's fully connected layers on
// U65-256 pass the test unsliced but not in two slices, so Vela reads them in place. Tested unsliced, we
// buffered them: total 3.2% under, SRAM 16.5% over. The micro_speech LSTM's 80-input gates on U65-512 likewise
// (2,402 cycles of copy and 510 of reads against 2,899): SRAM 144% over and total 3.2% under before.
describeShared('weights read once, buffered in slices vs Vela 5.1.0', () => {
  test.each([
    ['mlperf-tiny', 'ad01_int8', 'ethos-u65-256'],
    ['tflite-micro', 'micro_speech_lstm', 'ethos-u65-512'],
  ])('%s/%s on %s reads its fully connected weights in place: total and SRAM as Vela', (source, model, target) => {
    const { perf, ref } = estimateCorpusPair(source, model, target);
    expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.005);
    expect(sramError(perf, ref)).toBeLessThanOrEqual(0.01);
  });
});

// regor's test of a sliced buffering compares both schedules at the IFM read of the sliced run, in which every
// slice reads the whole IFM again (EstimateSlicedOpPerformance sums the slices' reads). Against the single read,
// a convolution reading its input from DRAM looked no faster in slices and kept its weights in place: a 7x7x320
// 1x1 convolution on U85-256 was 32% under in NPU cycles with nothing in SRAM, where Vela double-buffers four
// slices (20 KB). When another operation wrote the IFM and it fits in staging beside the weight buffers, regor
// compares at its read from staging: MobileNet v2's expansions on U85-256 then stay unbuffered, as in Vela.
describeShared('a sliced weight buffering is tested at the IFM read of the sliced run vs Vela 5.1.0', () => {
  test.each([
    ['conv2d__ifm_7x7x320_k1_s1', 'ethos-u85-256'],
    ['depthwise_conv2d__k3_s2', 'ethos-u85-256'],
    ['depthwise_conv2d__c512_7x7', 'ethos-u65-512'],
  ])('%s on %s: NPU cycles and SRAM as Vela', (name, target) => {
    const { perf, ref } = estimateSyntheticPair(name, target);
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.002);
    expect(sramError(perf, ref)).toBeLessThanOrEqual(0.002);
  });

  test.each([
    ['coral', 'tf2_mobilenet_v2_1.0_224_ptq'],
    ['tflite-micro', 'mobilenet_v2_pytorch_1x3x224x224_int8'],
  ])('%s/%s on ethos-u85-256: NPU cycles within 0.1%% of Vela', (source, model) => {
    // 2.6-2.7% over with the IFM read from DRAM in the test.
    const { perf, ref } = estimateCorpusPair(source, model, 'ethos-u85-256');
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.001);
  });
});

describeShared('scale records of weights buffered in depth slices vs Vela 5.1.0', () => {
  // DS-CNN's first convolution on U85-1024/2048 buffers its weights in two OFM-depth slices (16 and 48
  // channels). regor encodes each slice's scale records apart, rounded up to the 32- or 64-deep microblock, so
  // the records it refetches from DRAM per block row are 1.5-2x the unsliced tensor's; over a 16-byte read
  // buffer that DRAM channel sets the layer's time. Sized unsliced, the layer was 33-50% under.
  test.each(['ethos-u85-512', 'ethos-u85-1024', 'ethos-u85-2048'])(
    "DS-CNN (int16) on %s: the first convolution at Vela's cycles, the network within 0.1%%",
    (target) => {
      const { perf, ref } = estimateCorpusPair('ml-zoo', 'ds_cnn_s_int16', target);
      const conv = perf.layers.find((l) => l.operatorIndex === 1);
      const vela = ref.per_op.find((o) => o.index === 1);
      expect(conv && vela && relErr(conv.cycles, vela.op_cycles)).toBeLessThanOrEqual(0.001);
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.001);
    },
  );
});

describeShared('weights buffered in depth slices are encoded per slice vs Vela 5.1.0', () => {
  // An LSTM's gate weights on U85-128 are double-buffered in OFM-depth slices, and regor encodes each slice as
  // streams of its own (each padded to 16 bytes, with its own palette): 624 bytes where the whole tensor takes
  // 592. Sized whole, the networks' encoded weights were 0.9% under.
  test.each([
    ['tflite-micro', 'trained_lstm_int8'],
    ['coral', 'keras_lstm_mnist_ptq'],
  ])('%s/%s on ethos-u85-128: encoded weights as Vela', (source, model) => {
    const { perf, ref } = estimateCorpusPair(source, model, 'ethos-u85-128');
    expect(perf.summary.weightsEncodedBytes).toBe(ref.summary.weights_npu_encoded_bytes);
  });

  test('a 17-channel 3x3 convolution on ethos-u55-128 (4,896 weights, past the sample budget) in slices [0, 16, 17]', () => {
    // The last slice is one channel padded to a microblock: its own stream codes the padding as zero runs.
    // Sized whole (the tensor is larger than the sample budget) it was 13% over.
    const { perf, ref } = estimateSyntheticPair('conv2d__ofm_c17', 'ethos-u55-128');
    expect(perf.summary.weightsEncodedBytes).toBe(ref.summary.weights_npu_encoded_bytes);
    // The slicing is planned on each slice's own encoded size, as regor encodes each proposal: the first slice's
    // copy (4,528 bytes, not 16/17 of the whole) and the two buffers. Proportional sizes put the cycles 3.8% over
    // and the SRAM 3.5% over.
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThan(0.002);
    expect(sramError(perf, ref)).toBeLessThan(0.002);
  });
});

describeShared('LUT loads vs Vela 5.1.0', () => {
  // The autoencoder's last FULLY_CONNECTED fuses a LOGISTIC. regor leaves the LUT on the fused activation (a
  // sub-operation), so the operation is never charged for loading it; we added the whole LUT copy to an
  // operation whose weights are buffered (no slack to hide it under): 3-12% over.
  test.each(['ethos-u55-128', 'ethos-u65-256', 'ethos-u65-512', 'ethos-u85-256', 'ethos-u85-1024'])(
    'autoencoder on %s: total within 0.2%%',
    (target) => {
      const { perf, ref } = estimateCorpusPair('mltk', 'autoencoder_example_int8', target);
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.002);
    },
  );
});

// regor decides weight buffering operation by operation, each buffer taking from the staging of its time step, so
// the later operations of a cascade (one time step) see the buffers its earlier ones chose in the same pass.
// PoseNet's cascades of depthwise and pointwise layers on U85-1024: the first depthwise layer buffers its weights,
// which leaves too little staging for the next ones, so those read their weights and scale records from DRAM (the
// records' latency per block sets their time: 103,509 NPU cycles, not 28,112). Each deciding on the staging the
// cascade's other buffers left before this pass, all buffered: the network's NPU cycles were 7.9% under.
describeShared('buffers decided earlier in the same pass take staging from later operations vs Vela 5.1.0', () => {
  test.each(['ethos-u85-1024', 'ethos-u85-2048'])(
    "PoseNet on %s: depthwise layers 17 and 19 at Vela's NPU cycles",
    (target) => {
      const errors = layerErrors(
        'coral',
        'posenet_mobilenet_v1_075_353_481_quant_decoder',
        target,
        [15, 17, 19, 21, 23],
      );
      for (const e of errors) expect(e).toBeLessThanOrEqual(0.002);
    },
  );
});

// A first weight slice is copied ahead, under the previous operation, only when it fits in the staging that
// operation left free (regor's slackBufferingMemory); otherwise its copy runs with the operation. AutoML's
// convolution 168 on U65-256 follows one that leaves little SRAM: copied ahead, its DRAM traffic hid under the
// previous layer and the layer was 36% under Vela's cycles.
describeShared('a weight copy goes ahead only into the staging the previous operation left vs Vela 5.1.0', () => {
  test('AutoML traffic model on ethos-u65-256: convolution 168 within 1% of Vela', () => {
    const { perf, ref } = estimateCorpusPair('coral', 'automl_traffic_model_uint8', 'ethos-u65-256');
    const ours = perf.layers.find((l) => l.operatorIndex === 168);
    const vela = ref.per_op.find((o) => o.index === 168);
    expect(ours && vela && relErr(ours.cycles, vela.op_cycles)).toBeLessThanOrEqual(0.01);
    expect(ours && vela && relErr(ours.npuCycles, vela.npu_cycles)).toBeLessThanOrEqual(0.01);
  });
});

// The SRAM peak counts in regor's half steps: a map from its first operation to the half step after its last; a
// weight buffer until the half step after its operation (the first of a double buffer only to its operation), a
// copied-ahead one from the half step before. Counted in whole steps, the next operation's copy sat on top of both
// of ResNet-8's double buffers, 4.2% over Vela's peak on U65-256. (AutoML on U85-128 was a second case until its
// nested concatenation's copies were found writing a map nothing read: its peak is no longer where half steps
// matter.)
describeShared('weight buffers in the SRAM peak, in half steps vs Vela 5.1.0', () => {
  test.each([['mlperf-tiny', 'ic_resnet8_int8', 'ethos-u65-256']])(
    '%s/%s on %s: SRAM within 1%% of Vela',
    (source, model, target) => {
      const { perf, ref } = estimateCorpusPair(source, model, target);
      expect(sramError(perf, ref)).toBeLessThanOrEqual(0.01);
    },
  );
});

// A CPU operator's cost keeps regor's default slack memory of 0, so the NPU operation after it copies nothing
// ahead (its buffer is filled as it starts). Taken as the whole staging, it let face_landmarks copy weights ahead
// under a CPU operator: 0.14% over Vela's SRAM peak on U55.
describeShared('nothing is copied ahead under a CPU operator vs Vela 5.1.0', () => {
  test.each(['ethos-u55-128', 'ethos-u55-256'])("face_landmarks_192 on %s: Vela's SRAM peak", (target) => {
    const { perf, ref } = estimateCorpusPair('openmv', 'face_landmarks_192', target);
    expect(sramError(perf, ref)).toBe(0);
  });
});

// The buffering test weighs the copy against the reference run in the chosen weight format: a Sparse2_4
// convolution's halved MAC work (regor's perf.opRunCycles), while the slack it leaves an operation after it stays
// the default format's (regor's cycles.opCycles). Against the dense figure, an all-zero 3x3 convolution on U85-1024
// looked slow enough to buffer its weights, which Vela leaves in DRAM (3.5% over in NPU cycles).
describeShared('a sparse operation is weighed in its own format vs Vela 5.1.0', () => {
  test('weight_encoding__conv_all_zero on ethos-u85-1024: weights read in place, as in Vela', () => {
    const { perf, ref } = estimateSyntheticPair('weight_encoding__conv_all_zero', 'ethos-u85-1024');
    expect(perf.summary.sramUsedBytes).toBe(0);
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.001);
  });

  test.each(['ethos-u85-256', 'ethos-u85-1024'])(
    'magic_wand on %s: its sparse first convolution still buffered, total within 0.5%%',
    (target) => {
      const { perf, ref } = estimateCorpusPair('mltk', 'magic_wand_int8', target);
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.005);
    },
  );
});

// regor weighs moving an IFM another operation wrote, a CPU operator too, and then the operation after
// (PreferFutureOpPerformance): when that one reads its IFM slowly against its weights and the maps and buffers
// cannot all fit in what the previous operation left (nothing after a CPU operator), buffering is given up.
// YAMNet's first convolution, after its CPU front end, reads its weights in place as in Vela: on U85-1024 its
// sliced copy had read the scale records twice (2.5% over in total cycles).
describeShared("the next operation's reads weighed against buffering vs Vela 5.1.0", () => {
  test.each(['ethos-u85-256', 'ethos-u85-512', 'ethos-u85-1024', 'ethos-u85-2048'])(
    'YAMNet on %s: NPU cycles within 0.2%%, total within 0.5%%',
    (target) => {
      const { perf, ref } = estimateCorpusPair('tflite-support', 'yamnet_audio_classifier', target);
      expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.002);
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.005);
    },
  );
});

// In a cascade, the next operation's figures are one stripe's times the stripes (its IFM is the stripe's rows, its
// weights fetched again per stripe), and weights not sized yet are read at their default format's size. PoseNet's
// depthwise 25 feeds a cascaded 1x1 convolution: on U85-1024 its IFM reads outweigh its 140 KB of weights and the
// copy is given up (unbuffered, 104,344 NPU cycles, as in Vela; buffered it was 28,879, 2.7% under Vela's NPU
// total); on U85-512 and U85-2048 they do not, and it is buffered as in Vela.
describeShared("a cascaded next operation's reads weighed per stripe vs Vela 5.1.0", () => {
  test.each(['ethos-u85-512', 'ethos-u85-1024', 'ethos-u85-2048'])(
    'PoseNet depthwise 25 on %s: NPU cycles within 1%% of Vela',
    (target) => {
      const [e] = layerErrors('coral', 'posenet_mobilenet_v1_075_353_481_quant_decoder', target, [25]);
      expect(e).toBeLessThanOrEqual(0.01);
    },
  );
});

// In a cascade regor weighs a weight copy on one stripe times the stripes (EstimateSlicedOpPerformance): the
// reference run, its weight reads (one stripe's fetches, not the whole operation's per stripe) and the IFM read
// from its rolling buffer in staging; a buffered operation leaves the next one its last stripe's run as slack, and
// its own buffer out of the staging it leaves free. Each cascade's buffering is proposed on its own, so its
// first operation sees the one before on the reference schedule. AutoML's FPN cascade on U85-128 then leaves its
// 1x1 convolution's 48 KB unbuffered and runs 6-row stripes, as in Vela (buffered, 5-row stripes, 3.1% over
// Vela's SRAM peak); on U85-512 its peak is Vela's (3.3% under).
describeShared("a cascaded operation's weight copy weighed per stripe vs Vela 5.1.0", () => {
  test.each(['ethos-u85-128', 'ethos-u85-512'])('AutoML traffic model on %s: SRAM within 0.5%% of Vela', (target) => {
    const { perf, ref } = estimateCorpusPair('coral', 'automl_traffic_model_uint8', target);
    expect(sramError(perf, ref)).toBeLessThanOrEqual(0.005);
  });
  test('AutoML traffic model on ethos-u85-128: the FPN cascade (operators 165-167) within 0.02% of Vela', () => {
    for (const e of layerErrors('coral', 'automl_traffic_model_uint8', 'ethos-u85-128', [165, 166, 167]))
      expect(e).toBeLessThanOrEqual(0.0002);
  });
});

// The estimator encodes a layer's weights in the order its own kernel gives them: U85 walks a strided depthwise
// or part-kernel kernel by stride phase (PalmDetection's stride-2 5x5 depthwise layers were 96-320 bytes over on
// U85-1024/2048, DS-CNN int16's and YOLOv8n 320's strided layers off too), and both families split dilated
// kernels. And regor decides double buffering against the tensor as encoded in its depth slices, each slice's
// streams padded on their own: PalmDetection's 1x1 convolution 123 on U85-1024/2048, whose larger slice is
// bigger than the whole tensor encoded at once, is double-buffered in slices [0, 16, 128] as in Vela (it had
// stayed unbuffered). Every weight encoded: the sizes and total cycles are Vela's.
describeShared(
  'weights encoded in their kernel order, double buffering against the sliced encoding vs Vela 5.1.0',
  () => {
    test.each([
      ['openmv', 'palm_detection_full_192', 'ethos-u85-1024'],
      ['openmv', 'palm_detection_full_192', 'ethos-u85-2048'],
      ['ml-zoo', 'ds_cnn_s_int16', 'ethos-u85-512'],
      ['misc', 'yolov8n_320_int8', 'ethos-u85-128'],
    ])('%s/%s on %s (--exact-weights): encoded weights and total cycles as Vela', (source, model, target) => {
      const { perf, ref } = estimateCorpusPair(source, model, target, { weightSampleValues: Infinity });
      expect(perf.summary.weightsEncodedBytes).toBe(ref.summary.weights_npu_encoded_bytes);
      expect(relErr(perf.summary.totalCycles, ref.summary.total_cycles)).toBeLessThanOrEqual(0.0002);
    });
  },
);

// Weights read once are weighed only after slicing, as regor weighs them: with the sliced run's figures (every
// slice reads the IFM again), not the whole tensor's before any slicing. SSD MobileNet v3's depthwise layers 116 and
// 118 and convolution 110 on U55-256 had been turned down by that early test; Vela buffers them in depth slices.
describeShared('weights read once, weighed on the sliced run vs Vela 5.1.0', () => {
  test.each([
    ['nuvoton', 'ssd_mobilenetv3_small_int8', 'ethos-u55-256'],
    ['coral', 'movenet_single_pose_lightning_ptq', 'ethos-u55-256'],
  ])('%s/%s on %s (--exact-weights): encoded weights and NPU cycles as Vela', (source, model, target) => {
    const { perf, ref } = estimateCorpusPair(source, model, target, { weightSampleValues: Infinity });
    expect(perf.summary.weightsEncodedBytes).toBe(ref.summary.weights_npu_encoded_bytes);
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.00002);
  });
});

// regor weighs moving the IFM instead of buffering the weights only when the IFM's first producer is not a
// data-layout operation (IsDataLayout: copies, transposes); an operation writing into a concatenation in place comes
// before its copies, unless its fused activation carries the write (then it comes last: the built model random_1704
// in vela-vs-built.test.ts). AutoML's convolution 128 reads a concatenation made by copies alone: its IFM is not weighed,
// and its weights are double-buffered in depth slices as in Vela (NPU 0.27% under on U85-512 when the IFM was
// weighed). YOLOv8n's convolution 76 reads a concatenation an ADD writes into in place: its IFM is weighed, and the
// weights stay in place as in Vela.
describeShared('an IFM a data-layout operation produced first is not weighed against buffering vs Vela 5.1.0', () => {
  test.each([
    ['coral', 'automl_traffic_model_uint8', 'ethos-u85-512', 128],
    ['openmv', 'yolov8n_192', 'ethos-u85-2048', 76],
  ])('%s/%s on %s: convolution %d within 0.5%% of Vela', (source, model, target, index) => {
    // AutoML's was 31% under with its IFM weighed (22,392 against 32,400 NPU cycles); 0.4% over now.
    const [e] = layerErrors(source, model, target, [index]);
    expect(e).toBeLessThanOrEqual(0.005);
  });
  test('AutoML traffic model on ethos-u85-512: NPU cycles within 0.01% of Vela', () => {
    const { perf, ref } = estimateCorpusPair('coral', 'automl_traffic_model_uint8', 'ethos-u85-512');
    expect(relErr(perf.summary.npuCycles, ref.summary.npu_cycles)).toBeLessThanOrEqual(0.0001);
  });
});
