// Models built here (built-models.ts) against the figures Vela 5.1.0 gave for them: run with MLIA's options for
// each target on a local build of the 5.1.0 tag (outside the repository), as the shared references were made.
// They hold shapes the corpus lacks, found by comparing random models with that build.
import { analyzeModel } from '../../src/engine/analyze.js';
import { builtinTarget } from '../../src/targets/index.js';
import { BUILT_MODELS } from './built-models.js';

/** Vela 5.1.0: total cycles, NPU cycles, SRAM used (bytes), encoded weights (bytes), per model and target. */
const VELA: Record<string, Record<string, [number, number, number, number]>> = {
  fc_mul_reshape_fc: {
    'ethos-u55-256': [20608, 3815, 224, 18160],
    'ethos-u65-512': [7716, 7160, 224, 18384],
    'ethos-u85-128': [7807, 7366, 224, 18576],
    'ethos-u85-256': [7819, 7355, 224, 18576],
    'ethos-u85-2048': [9372, 4204, 16624, 20400],
  },
  leaky_leaky_int16: {
    'ethos-u55-256': [43008, 43008, 86016, 0],
    'ethos-u65-512': [45874, 26430, 43008, 0],
    'ethos-u85-128': [26249, 21504, 0, 0],
    'ethos-u85-256': [16153, 10752, 0, 0],
    'ethos-u85-2048': [3281, 2688, 0, 0],
  },
  mul_reshape_fc: {
    'ethos-u55-256': [106800, 22032, 18816, 100368],
    'ethos-u65-512': [30173, 11355, 6272, 100384],
    'ethos-u85-128': [91878, 11330, 6272, 100368],
    'ethos-u85-256': [68321, 9772, 6272, 100368],
    'ethos-u85-2048': [26288, 8643, 6272, 143872],
  },
  pad_channels_mean: {
    'ethos-u55-256': [12060, 12046, 4256, 416],
    'ethos-u65-512': [9888, 9888, 3840, 448],
    'ethos-u85-128': [18687, 16396, 3808, 480],
    'ethos-u85-256': [17109, 12819, 3808, 480],
    'ethos-u85-2048': [10371, 7664, 4096, 768],
  },
  pad_mean: {
    'ethos-u55-256': [2342, 2287, 1152, 224],
    'ethos-u65-512': [1942, 1941, 64, 416],
    'ethos-u85-128': [9230, 5468, 0, 480],
    'ethos-u85-256': [9375, 5342, 0, 480],
    'ethos-u85-2048': [5624, 2171, 0, 768],
  },
  resize_bilinear_32: {
    'ethos-u55-256': [54608, 54608, 64000, 0],
    'ethos-u65-512': [158378, 41686, 0, 0],
    'ethos-u85-128': [104166, 0, 0, 0],
    'ethos-u85-256': [42666, 0, 0, 0],
    'ethos-u85-2048': [21333, 0, 0, 0],
  },
  resize_nearest_48: {
    'ethos-u55-256': [212304, 212304, 261120, 0],
    'ethos-u65-512': [609484, 126215, 0, 0],
    'ethos-u85-128': [425000, 0, 0, 0],
    'ethos-u85-256': [174080, 0, 0, 0],
    'ethos-u85-2048': [87040, 0, 0, 0],
  },
  resize_one_pixel: {
    'ethos-u55-256': [512, 512, 640, 0],
    'ethos-u65-512': [819, 263, 0, 0],
    'ethos-u85-128': [1041, 0, 0, 0],
    'ethos-u85-256': [426, 0, 0, 0],
    'ethos-u85-2048': [213, 0, 0, 0],
  },
  mul_logistic_int16: {
    'ethos-u55-256': [2880, 2880, 4608, 0],
    'ethos-u65-512': [2347, 2316, 2048, 0],
    'ethos-u85-128': [5745, 5447, 2048, 0],
    'ethos-u85-256': [4420, 4420, 2048, 0],
    'ethos-u85-2048': [3212, 3180, 2048, 0],
  },
  tconv_pad: {
    'ethos-u55-256': [9104, 9104, 15040, 2064],
    'ethos-u65-512': [30245, 10802, 0, 2576],
    'ethos-u85-128': [61824, 21195, 1376, 2112],
    'ethos-u85-256': [26306, 15734, 1376, 2112],
    'ethos-u85-2048': [16606, 11440, 1600, 2560],
  },
  slice_slice_logistic: {
    'ethos-u55-256': [1351, 1351, 2928, 80],
    'ethos-u65-512': [2911, 2911, 2960, 96],
    'ethos-u85-128': [4701, 4701, 3056, 80],
    'ethos-u85-256': [3157, 3157, 3056, 80],
    'ethos-u85-2048': [2367, 2367, 3088, 112],
  },
  dw_multiplier_relu: {
    'ethos-u55-256': [528336, 374960, 245760, 1376],
    'ethos-u65-512': [694726, 335464, 245760, 1408],
    'ethos-u85-128': [3195742, 2729531, 245760, 1360],
    'ethos-u85-256': [1702023, 1375161, 245760, 1360],
    'ethos-u85-2048': [343986, 221465, 245760, 1664],
  },
  dw_multiplier_relu_int16: {
    'ethos-u55-256': [51952, 42096, 46080, 576],
    'ethos-u65-512': [41993, 37177, 46080, 704],
    'ethos-u85-128': [338750, 335551, 46080, 576],
    'ethos-u85-256': [215464, 198004, 46080, 576],
    'ethos-u85-2048': [48034, 48034, 46080, 864],
  },
  dw_multiplier_leaky: {
    'ethos-u55-256': [44672, 33376, 18432, 544],
    'ethos-u65-512': [50367, 45375, 18432, 576],
    'ethos-u85-128': [237005, 219954, 18432, 576],
    'ethos-u85-256': [127132, 117196, 18432, 544],
    'ethos-u85-2048': [24208, 22660, 18432, 848],
  },
  dw_multiplier_relu6_leaky: {
    'ethos-u55-256': [54624, 43328, 18432, 544],
    'ethos-u65-512': [48184, 39053, 18432, 576],
    'ethos-u85-128': [255353, 231586, 18432, 576],
    'ethos-u85-256': [134919, 124983, 18432, 544],
    'ethos-u85-2048': [26157, 24609, 18432, 848],
  },
  maps_beside_weight_buffer: {
    'ethos-u55-256': [428496, 428496, 346544, 202160],
    'ethos-u65-512': [415623, 222304, 301664, 202048],
    'ethos-u85-128': [526331, 492385, 342528, 202000],
    'ethos-u85-256': [385292, 259840, 341232, 202000],
    'ethos-u85-2048': [99873, 67506, 264736, 244432],
  },
  slice_mean: {
    'ethos-u55-256': [107150, 107150, 67664, 3856],
    'ethos-u65-512': [177090, 59350, 67680, 3872],
    'ethos-u85-128': [110940, 87324, 67984, 4176],
    'ethos-u85-256': [80101, 63678, 67984, 4176],
    'ethos-u85-2048': [24161, 15185, 70528, 6720],
  },
  slice_resize: {
    'ethos-u55-256': [12936, 12936, 7680, 0],
    'ethos-u65-512': [7681, 7624, 3264, 0],
    'ethos-u85-128': [5779, 2972, 3264, 0],
    'ethos-u85-256': [3015, 1564, 3264, 0],
    'ethos-u85-2048': [1043, 278, 3264, 0],
  },
  pad_nothing: {
    'ethos-u55-256': [20704, 17308, 13312, 4624],
    'ethos-u65-512': [10053, 9204, 6656, 5760],
    'ethos-u85-128': [17307, 12511, 6656, 5152],
    'ethos-u85-256': [10228, 6802, 6656, 5152],
    'ethos-u85-2048': [3737, 1914, 6656, 5920],
  },
  conv_mean_squeeze: {
    'ethos-u55-256': [680467, 621738, 414912, 172176],
    'ethos-u65-512': [623546, 315828, 333728, 172224],
    'ethos-u85-128': [5033861, 1085813, 300848, 190304],
    'ethos-u85-256': [2227376, 694724, 347856, 190320],
    'ethos-u85-2048': [576598, 151364, 146832, 214480],
  },
  shallow_relu6_broadcast_mul: {
    'ethos-u55-256': [2864, 2864, 1936, 144],
    'ethos-u65-512': [11721, 5526, 1696, 208],
    'ethos-u85-128': [4803, 4556, 1808, 208],
    'ethos-u85-256': [3767, 3526, 1808, 208],
    'ethos-u85-2048': [1763, 1558, 1536, 336],
  },
  relu6_broadcast_mul_16: {
    'ethos-u55-256': [3728, 3728, 3088, 288],
    'ethos-u65-512': [5353, 5302, 1744, 416],
    'ethos-u85-128': [4876, 4876, 1856, 368],
    'ethos-u85-256': [3136, 3136, 1856, 368],
    'ethos-u85-2048': [1750, 1750, 1968, 592],
  },
  tconv_pad_conv: {
    'ethos-u55-256': [25434, 21796, 13056, 5392],
    'ethos-u65-512': [24140, 17734, 8064, 6000],
    'ethos-u85-128': [185467, 35966, 6400, 5792],
    'ethos-u85-256': [77790, 22793, 5632, 5792],
    'ethos-u85-2048': [23578, 15677, 6144, 6720],
  },
  mul_into_pad: {
    'ethos-u55-256': [2852, 2817, 2528, 32],
    'ethos-u65-512': [3582, 3518, 2448, 32],
    'ethos-u85-128': [3738, 3527, 2608, 48],
    'ethos-u85-256': [3181, 2940, 2608, 48],
    'ethos-u85-2048': [2726, 2434, 2640, 80],
  },
  add_relu_into_pad: {
    'ethos-u55-256': [9473, 7631, 17408, 48],
    'ethos-u65-512': [10941, 9682, 17216, 48],
    'ethos-u85-128': [27450, 21159, 17216, 176],
    'ethos-u85-256': [16139, 12796, 17216, 176],
    'ethos-u85-2048': [6281, 5770, 17216, 384],
  },
  random_948: {
    'ethos-u55-256': [42984, 38832, 83120, 4624],
    'ethos-u65-256': [139599, 53117, 15360, 4624],
    'ethos-u65-512': [123993, 40597, 15360, 4640],
    'ethos-u85-256': [190808, 20620, 15360, 5568],
    'ethos-u85-2048': [93814, 7289, 15360, 5616],
  },
  conv_logistic_int16: {
    'ethos-u55-256': [528176, 528176, 1048576, 2080],
    'ethos-u65-512': [570726, 270412, 2752, 2112],
    'ethos-u85-128': [928703, 793410, 4016, 3376],
    'ethos-u85-256': [588035, 401543, 4016, 3376],
    'ethos-u85-2048': [144998, 57046, 5072, 3792],
  },
  tconv_tanh: {
    'ethos-u55-256': [41544, 41544, 40960, 9232],
    'ethos-u65-512': [50798, 25838, 0, 11520],
    'ethos-u85-128': [1000050, 135098, 15936, 11152],
    'ethos-u85-256': [771065, 75537, 15936, 11152],
    'ethos-u85-2048': [264868, 32510, 17312, 13408],
  },
  conv1_relu6_leaky_mean: {
    'ethos-u55-256': [23204, 23204, 63648, 880],
    'ethos-u65-512': [39528, 28336, 2608, 880],
    'ethos-u85-128': [87693, 36460, 31984, 944],
    'ethos-u85-256': [72987, 24762, 31984, 944],
    'ethos-u85-2048': [28185, 12908, 34976, 3936],
  },
  softmax_map: {
    'ethos-u55-256': [98765, 98765, 199680, 0],
    'ethos-u65-512': [129224, 60631, 199680, 0],
    'ethos-u85-128': [96412, 96412, 199680, 0],
    'ethos-u85-256': [49920, 49920, 199680, 0],
    'ethos-u85-2048': [12750, 10912, 199680, 0],
  },
  slice_softmax: {
    'ethos-u55-256': [31340, 31340, 57200, 0],
    'ethos-u65-512': [32174, 19691, 57200, 0],
    'ethos-u85-128': [39879, 31506, 57200, 0],
    'ethos-u85-256': [24181, 17309, 57200, 0],
    'ethos-u85-2048': [9288, 5076, 57200, 0],
  },
  dw_multiplier_logistic_conv: {
    'ethos-u65-256': [6497, 6497, 1456, 1104],
    'ethos-u65-512': [6207, 6207, 1472, 1152],
    'ethos-u85-128': [7004, 6974, 1568, 1248],
    'ethos-u85-256': [5305, 5224, 1568, 1248],
    'ethos-u85-2048': [3131, 3131, 1600, 1376],
  },
  dw_multiplier_then_buffered_conv: {
    'ethos-u55-256': [19540, 5629, 9040, 16656],
    'ethos-u65-256': [18834, 12096, 12176, 16656],
    'ethos-u65-512': [17606, 9914, 12208, 17584],
    'ethos-u85-128': [39670, 17366, 736, 17824],
    'ethos-u85-256': [31706, 13059, 736, 17824],
    'ethos-u85-2048': [16842, 7794, 816, 19248],
  },
  dw_multiplier_relu6_pad_int16: {
    'ethos-u55-256': [31207, 26311, 17168, 176],
    'ethos-u65-512': [26073, 22954, 16384, 208],
    'ethos-u85-128': [147942, 147942, 16384, 176],
    'ethos-u85-256': [93653, 93653, 16384, 176],
  },
  dw_multiplier_relu6_pad: {
    'ethos-u85-128': [181996, 167677, 12288, 256],
    'ethos-u85-256': [101174, 92791, 12288, 256],
    'ethos-u85-2048': [23953, 20779, 12288, 384],
  },
  conv33_sliced: {
    'ethos-u55-256': [289657, 289657, 322192, 120784],
    'ethos-u65-256': [392317, 267084, 121120, 120784],
    'ethos-u65-512': [377692, 149074, 117888, 117552],
    'ethos-u85-256': [1559999, 267956, 121264, 120784],
    'ethos-u85-1024': [479999, 93873, 124704, 124224],
    'ethos-u85-2048': [281250, 57410, 124704, 124224],
  },
  conv96_sliced: {
    'ethos-u55-256': [34432, 34432, 70560, 30784],
    'ethos-u65-256': [131592, 30420, 31712, 30752],
    'ethos-u65-512': [122589, 28779, 31744, 30784],
    'ethos-u85-256': [25537, 25537, 31712, 30752],
    'ethos-u85-1024': [18750, 8655, 37120, 35840],
    'ethos-u85-2048': [14062, 8603, 31808, 30848],
  },
  resize_slice_add: {
    'ethos-u55-256': [267184, 267184, 621872, 0],
    'ethos-u65-256': [482524, 269558, 262144, 0],
    'ethos-u65-512': [406780, 156504, 262144, 0],
    'ethos-u85-256': [116201, 28576, 0, 0],
  },
  resize_slice_add_full: {
    'ethos-u55-256': [267184, 267184, 680192, 0],
    'ethos-u65-256': [535724, 271422, 0, 0],
    'ethos-u65-512': [482917, 160112, 0, 0],
    'ethos-u85-256': [405384, 28576, 0, 0],
  },
  dw_multiplier_pad_add: {
    'ethos-u55-256': [5568, 4856, 2496, 288],
    'ethos-u65-256': [10050, 8210, 1152, 288],
    'ethos-u65-512': [8148, 6852, 1152, 384],
    'ethos-u85-128': [24657, 23184, 1152, 288],
    'ethos-u85-256': [14616, 14056, 1152, 288],
    'ethos-u85-1024': [7183, 6951, 1152, 512],
  },
  conv_into_pad_then_concat: {
    'ethos-u55-256': [1211238, 1189096, 567104, 213568],
    'ethos-u65-256': [1480355, 1207860, 384512, 213568],
    'ethos-u65-512': [1311369, 684987, 313680, 213616],
    'ethos-u85-128': [2459446, 1906434, 384512, 212880],
    'ethos-u85-1024': [459488, 276172, 384512, 214176],
  },
  conv_relu_into_pad_then_concat: {
    'ethos-u65-256': [1479243, 1206748, 384512, 213568],
    'ethos-u85-128': [2731411, 1910126, 312992, 212912],
    'ethos-u85-1024': [459488, 276062, 384512, 214208],
  },
  logistic_concat: {
    'ethos-u65-256': [784456, 647111, 347056, 2608],
    'ethos-u85-128': [852524, 664079, 263952, 2704],
    'ethos-u85-256': [466458, 343139, 347296, 2704],
  },
  resize_one_channel: {
    'ethos-u55-256': [31468, 31468, 43408, 240],
    'ethos-u85-128': [14038, 12788, 27296, 256],
    'ethos-u85-256': [8664, 7352, 27296, 256],
    'ethos-u85-1024': [3909, 3253, 27424, 384],
  },
  slice_copy_then_resize: {
    'ethos-u55-256': [2287272, 2287272, 1990656, 6160],
    'ethos-u65-256': [5178667, 2288530, 258048, 6160],
    'ethos-u65-512': [4478646, 1299717, 258048, 6176],
    'ethos-u85-256': [3627318, 512049, 233488, 6416],
  },
  ifm_staging_preferred: {
    'ethos-u65-256': [2617835, 1955443, 378128, 172080],
    'ethos-u85-128': [2823325, 2407367, 376832, 180288],
    'ethos-u85-256': [1672072, 1281886, 376832, 180288],
    'ethos-u85-1024': [446429, 360573, 222528, 182208],
    'ethos-u85-2048': [261641, 203272, 376832, 182208],
  },
  pad_into_strided_depthwise_int16: {
    'ethos-u55-256': [23128, 23128, 39680, 2512],
    'ethos-u65-256': [28474, 26975, 19088, 2512],
    'ethos-u65-512': [24646, 15447, 19168, 2624],
    'ethos-u85-256': [19218, 11070, 21632, 2944],
    'ethos-u85-2048': [5971, 4480, 21728, 3200],
  },
  small_tensors_default_sizing: {
    'ethos-u55-128': [111219, 111219, 29008, 18240],
    'ethos-u55-256': [70836, 70836, 29008, 18240],
    'ethos-u65-256': [70639, 70639, 29008, 18240],
    'ethos-u85-128': [131864, 105947, 27264, 18656],
    'ethos-u85-256': [65505, 57356, 27264, 18656],
  },
  softmax_one_value: {
    'ethos-u55-256': [5758, 4111, 2592, 4080],
    'ethos-u65-256': [5672, 5399, 320, 4080],
    'ethos-u65-512': [5138, 3519, 320, 4080],
    'ethos-u85-256': [3189, 3175, 320, 4080],
  },
  conv_cascade_into_resize: {
    'ethos-u55-256': [1079354, 1079354, 1128960, 21696],
    'ethos-u65-256': [2101339, 1089372, 308624, 21680],
    'ethos-u65-512': [2021628, 760920, 308640, 21792],
    'ethos-u85-256': [1049711, 258717, 304016, 21760],
  },
  dw_relu6_into_pad: {
    'ethos-u55-256': [43464, 20646, 6432, 176],
    'ethos-u65-256': [25414, 16482, 2192, 176],
    'ethos-u85-128': [22366, 14079, 2304, 288],
    'ethos-u85-256': [19054, 11092, 2304, 288],
    'ethos-u85-512': [16742, 8107, 2368, 352],
    'ethos-u85-2048': [6817, 6397, 1536, 384],
  },
  conv_add_relu6_into_pad: {
    'ethos-u55-256': [67520, 54928, 57792, 9232],
    'ethos-u65-256': [124967, 61905, 0, 9232],
    'ethos-u85-128': [85889, 40697, 9760, 10752],
    'ethos-u85-256': [101174, 28654, 11712, 10752],
    'ethos-u85-512': [58229, 19672, 11744, 10784],
    'ethos-u85-2048': [18102, 11255, 14032, 12112],
  },
  conv_relu_concat_c: {
    'ethos-u85-128': [20133, 12115, 5696, 1536],
    'ethos-u85-256': [9658, 7333, 5728, 1568],
    'ethos-u85-512': [8439, 5831, 5760, 1600],
    'ethos-u85-2048': [4268, 3217, 3840, 1600],
  },
  tanh_into_pad: {
    'ethos-u55-256': [54352, 41508, 54224, 0],
    'ethos-u85-128': [69875, 51461, 0, 0],
    'ethos-u85-256': [54250, 32450, 0, 0],
    'ethos-u85-2048': [23472, 17177, 0, 0],
  },
  strided_conv_staged_input: {
    'ethos-u55-256': [593532, 593532, 587728, 7696],
    'ethos-u65-256': [597711, 597711, 388944, 7696],
    'ethos-u85-256': [454235, 346954, 186496, 8960],
    'ethos-u85-1024': [128264, 89347, 186496, 9024],
    'ethos-u85-2048': [83289, 48621, 186496, 9024],
  },
  strided_conv_sliced_buffer: {
    'ethos-u55-256': [110874, 68548, 48224, 106160],
    'ethos-u65-256': [556195, 138643, 32864, 106160],
    'ethos-u65-512': [555518, 131056, 130736, 106736],
    'ethos-u85-256': [771171, 73773, 85600, 109296],
    'ethos-u85-2048': [38549, 15414, 33248, 109568],
  },
  random_2244: {
    'ethos-u55-128': [249206, 88972, 17824, 180976],
    'ethos-u65-256': [109484, 86283, 17824, 180976],
    'ethos-u65-512': [88287, 51006, 17920, 181088],
    'ethos-u85-256': [146819, 106351, 17856, 181072],
    'ethos-u85-2048': [41578, 31947, 18048, 225904],
  },
  random_2024: {
    'ethos-u55-128': [160284, 152716, 72368, 8656],
    'ethos-u65-512': [232978, 106468, 48096, 8784],
    'ethos-u85-256': [133455, 73797, 50608, 9152],
    'ethos-u85-1024': [54482, 27035, 50944, 9552],
    'ethos-u85-2048': [45984, 22457, 50944, 9616],
  },
  random_1704: {
    'ethos-u55-128': [111303, 98316, 72096, 21456],
    'ethos-u65-512': [79192, 32860, 35520, 21504],
    'ethos-u85-256': [51461, 41389, 36160, 22224],
    'ethos-u85-1024': [20820, 15159, 39184, 22304],
    'ethos-u85-2048': [20375, 13233, 41088, 23568],
  },
  random_2070: {
    'ethos-u55-128': [1151046, 1151046, 604272, 79616],
    'ethos-u65-512': [314549, 310679, 282112, 79728],
    'ethos-u85-256': [592998, 590097, 387248, 82272],
    'ethos-u85-1024': [157231, 153802, 387296, 82592],
    'ethos-u85-2048': [127273, 87841, 348672, 82592],
  },
  random_2594: {
    'ethos-u55-128': [5015, 4446, 2592, 848],
    'ethos-u65-256': [8382, 8265, 2528, 848],
    'ethos-u65-512': [7102, 6984, 2528, 912],
    'ethos-u85-256': [9916, 9630, 2736, 976],
    'ethos-u85-2048': [7458, 6042, 6432, 4480],
  },
  random_100167: {
    'ethos-u55-128': [464, 464, 192, 0],
    'ethos-u65-512': [1270, 1270, 0, 0],
    'ethos-u85-256': [1044, 1044, 0, 0],
    'ethos-u85-2048': [854, 854, 0, 0],
  },
  random_100204: {
    'ethos-u55-128': [3072, 3072, 6144, 0],
    'ethos-u65-512': [26214, 1024, 0, 0],
    'ethos-u85-128': [29999, 1024, 0, 0],
    'ethos-u85-256': [18461, 512, 0, 0],
    'ethos-u85-2048': [7499, 64, 0, 0],
  },
  random_100009: {
    'ethos-u55-128': [1672, 1672, 1696, 0],
    'ethos-u65-512': [4864, 3436, 0, 0],
    'ethos-u85-256': [1924, 1924, 0, 0],
    'ethos-u85-2048': [1245, 1245, 0, 0],
  },
  random_100284: {
    'ethos-u55-128': [75264, 50208, 401408, 0],
    'ethos-u65-256': [642252, 428418, 0, 0],
    'ethos-u65-512': [428168, 214584, 0, 0],
    'ethos-u85-256': [154709, 107629, 0, 0],
    'ethos-u85-2048': [44999, 18670, 0, 0],
  },
  random_100041: {
    'ethos-u55-128': [418711, 418711, 401408, 2208],
    'ethos-u65-256': [609729, 365143, 303504, 2112],
    'ethos-u85-128': [767402, 545161, 304096, 2832],
    'ethos-u85-1024': [114816, 86292, 304128, 3200],
    'ethos-u85-2048': [79780, 62777, 304192, 3264],
  },
  random_100098: {
    'ethos-u55-128': [81353, 81353, 49536, 2192],
    'ethos-u55-256': [56330, 56330, 49536, 2192],
    'ethos-u65-256': [64291, 58096, 49536, 2176],
    'ethos-u65-512': [36215, 31912, 49536, 2240],
    'ethos-u85-128': [73092, 73092, 49344, 2256],
  },
  random_100253: {
    'ethos-u55-128': [12308, 12308, 9136, 3200],
    'ethos-u65-512': [9605, 9605, 7264, 3232],
    'ethos-u85-128': [13420, 12726, 6720, 2720],
    'ethos-u85-256': [9740, 9740, 6720, 2720],
    'ethos-u85-2048': [5565, 5355, 4608, 2880],
  },
  random_100340: {
    'ethos-u55-128': [82688, 82688, 40960, 0],
    'ethos-u55-256': [41728, 41728, 40960, 0],
    'ethos-u65-512': [54613, 22168, 0, 0],
    'ethos-u85-256': [44121, 44121, 0, 0],
    'ethos-u85-2048': [12507, 12507, 0, 0],
  },
  random_100484: {
    'ethos-u55-128': [30168, 30168, 11200, 0],
    'ethos-u65-256': [34586, 28536, 11200, 0],
    'ethos-u65-512': [27430, 19968, 11200, 0],
    'ethos-u85-256': [18214, 16538, 11200, 0],
    'ethos-u85-2048': [6135, 5179, 11200, 0],
  },
  random_100453: {
    'ethos-u55-128': [9600, 8992, 15360, 0],
    'ethos-u65-512': [13902, 13092, 5120, 0],
    'ethos-u85-128': [10416, 2560, 0, 0],
    'ethos-u85-256': [4266, 1280, 0, 0],
    'ethos-u85-2048': [2133, 160, 0, 0],
  },
};

/**
 * Models with weight tensors large enough for the default sizing (check without --exact-weights) to take from a
 * sample, which Vela buffers in OFM-depth slices: each slice is sized as streams of its own (whole units at the
 * sample's rate, a padded partial unit on its own, encoded whole when small). Sized as shares of the whole tensor,
 * their weights came out 1.4-4.2% over (conv33_sliced) and 14% under (conv96_sliced on U85-1024).
 */
const SAMPLED_SLICES = ['conv33_sliced', 'conv96_sliced'];

/** Models whose weight tensors the default sizing encodes whole (small enough): exact without --exact-weights. */
const DEFAULT_SIZING_WHOLE = ['small_tensors_default_sizing'];

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('built models vs Vela 5.1.0', () => {
  const cases = Object.entries(VELA).flatMap(([name, perTarget]) =>
    Object.entries(perTarget).map(([target, figures]) => [name, target, figures] as const),
  );
  test.each(cases)(
    '%s on %s: total and NPU cycles within 0.1%%, SRAM and encoded weights exact',
    (name, target, vela) => {
      const result = analyzeModel(BUILT_MODELS[name](), name, [builtinTarget(target)], { exactWeights: true });
      const summary = result.targets[0]?.performance?.summary;
      expect(summary).toBeDefined();
      const [total, npu, sram, weights] = vela;
      expect(relErr(summary!.totalCycles, total)).toBeLessThanOrEqual(0.001);
      expect(relErr(summary!.npuCycles, npu)).toBeLessThanOrEqual(0.001);
      expect(summary!.sramUsedBytes).toBe(sram);
      expect(summary!.weightsEncodedBytes).toBe(weights);
    },
  );
});

describe('built models vs Vela 5.1.0, weights sized from a sample', () => {
  const cases = SAMPLED_SLICES.flatMap((name) => Object.entries(VELA[name]).map(([t, v]) => [name, t, v] as const));
  test.each(cases)(
    '%s on %s: total cycles within 0.5%%, SRAM and encoded weights within 1.5%%',
    (name, target, vela) => {
      const result = analyzeModel(BUILT_MODELS[name](), name, [builtinTarget(target)]);
      const summary = result.targets[0]?.performance?.summary;
      expect(summary).toBeDefined();
      const [total, , sram, weights] = vela;
      expect(relErr(summary!.totalCycles, total)).toBeLessThanOrEqual(0.005);
      expect(relErr(summary!.sramUsedBytes, sram)).toBeLessThanOrEqual(0.015);
      expect(relErr(summary!.weightsEncodedBytes, weights)).toBeLessThanOrEqual(0.015);
    },
  );
});

describe('built models vs Vela 5.1.0, small weight tensors in the default sizing', () => {
  const cases = DEFAULT_SIZING_WHOLE.flatMap((name) =>
    Object.entries(VELA[name]).map(([t, v]) => [name, t, v] as const),
  );
  test.each(cases)('%s on %s: exact without --exact-weights', (name, target, vela) => {
    const result = analyzeModel(BUILT_MODELS[name](), name, [builtinTarget(target)]);
    const summary = result.targets[0]?.performance?.summary;
    expect(summary).toBeDefined();
    expect(summary!.weightsSizing).toBe('exact');
    const [total, npu, sram, weights] = vela;
    expect([summary!.totalCycles, summary!.npuCycles, summary!.sramUsedBytes, summary!.weightsEncodedBytes]).toEqual([
      total,
      npu,
      sram,
      weights,
    ]);
  });
});
