// The safety boundary between untrusted bytes and the flatbuffers accessors, which trust every offset.
//
// Two passes. The structural pass walks the whole buffer along the schema (generated/layout.ts) and checks exactly
// what the generated accessors will later read, with their arithmetic: signed 32-bit offsets, signed 16-bit vtable
// entries, typed-array views that need aligned starts. The semantic pass then checks the indices the IR builder
// and everything downstream rely on (tensor, buffer, opcode and subgraph indices, external buffer ranges).
// Any failure is a ModelFileError naming the place in the model ("Model.subgraphs[0].operators[3].inputs").
import * as flatbuffers from 'flatbuffers';
import { ModelFileError, type ModelErrorCode } from './errors.js';
import { FILE_IDENTIFIER, ROOT_TABLE, SCALAR_SIZE, TABLES, UNIONS } from './generated/layout.js';
import { Model as FbModel } from './generated/tflite/model.js';

/** Deeper than any path the TFLite schema allows (Model > SubGraph > Tensor > SparsityParameters > ...). */
const MAX_DEPTH = 64;
/**
 * Tables, vectors and strings visited, per byte of file. Without sharing every visit follows its own 4-byte offset,
 * so real files stay far below one visit per byte; shared sub-objects are visited once per reference, and this
 * bound stops files built to multiply that (a vector of N references to a table holding N references, ...).
 */
const VISITS_PER_BYTE = 1;
const MIN_VISIT_BUDGET = 10_000;
/** The largest offset the accessors read correctly: they add offsets as signed 32-bit integers. */
const MAX_OFFSET = 0x7fffffff;

// The layout compiled to small integers once, so the walk's inner loop compares numbers, not strings.
const K_SCALAR = 0;
const K_UNION_TYPE = 1;
const K_STRING = 2;
const K_TABLE = 3;
const K_UNION = 4;
const K_VECTOR_SCALAR = 5;
const K_VECTOR_STRING = 6;
const K_VECTOR_TABLE = 7;
const KIND_CODE = {
  scalar: K_SCALAR,
  'union-type': K_UNION_TYPE,
  string: K_STRING,
  table: K_TABLE,
  union: K_UNION,
  'vector-scalar': K_VECTOR_SCALAR,
  'vector-string': K_VECTOR_STRING,
  'vector-table': K_VECTOR_TABLE,
} as const;

interface CompiledTable {
  name: string;
  /** Per slot: field name for messages, kind code, element or scalar size, required alignment, table/union ref. */
  names: string[];
  kinds: Uint8Array;
  sizes: Uint8Array;
  aligns: Uint8Array;
  refs: Int32Array;
}

const COMPILED: CompiledTable[] = TABLES.map((t) => ({
  name: t.name,
  names: t.slots.map((s) => s.js),
  kinds: Uint8Array.from(t.slots, (s) => KIND_CODE[s.kind]),
  sizes: Uint8Array.from(t.slots, (s) => (s.scalar ? SCALAR_SIZE[s.scalar] : 4)),
  // Scalar vectors wider than a byte are read through typed-array views, which need aligned starts; 64-bit vectors
  // are read element by element (no typed-array view), and real files leave them unaligned.
  aligns: Uint8Array.from(t.slots, (s) =>
    s.kind === 'vector-scalar' && s.scalar && SCALAR_SIZE[s.scalar] < 8 ? SCALAR_SIZE[s.scalar] : 1,
  ),
  refs: Int32Array.from(t.slots, (s) => s.ref ?? -1),
}));
const UNION_MEMBERS: number[][] = UNIONS.map((u) => [...u.members]);

/** Walk state; the path is kept as a stack so messages can name the place without building strings on the hot path. */
class Walker {
  private readonly view: DataView;
  private readonly length: number;
  private visits = 0;
  private readonly maxVisits: number;
  private readonly path: (string | number)[] = [];
  /** Length of the vector vector() checked last (returned this way to keep that hot call allocation-free). */
  private lastLength = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.length = bytes.length;
    this.maxVisits = MIN_VISIT_BUDGET + VISITS_PER_BYTE * bytes.length;
  }

  fail(code: ModelErrorCode, what: string): never {
    const where = this.path.length ? `${this.pathText()}: ` : '';
    throw new ModelFileError(this.file, code, `${where}${what}`);
  }

  private pathText(): string {
    let s = '';
    for (const p of this.path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
    return s;
  }

  private countVisit(): void {
    if (++this.visits > this.maxVisits)
      this.fail(
        'bad-value',
        `more than ${this.maxVisits} tables, vectors and strings reached from a ${this.length}-byte file: ` +
          'objects shared pathologically often',
      );
  }

  /** Follows the uoffset stored at `at` (the accessors add it as a signed int); returns the target position. */
  private follow(at: number, what: string): number {
    if (at + 4 > this.length) this.fail('truncated', `${what} offset at byte ${at} lies past the end of the file`);
    const rel = this.view.getUint32(at, true);
    const target = at + rel;
    if (rel === 0 || rel > MAX_OFFSET || target >= this.length)
      this.fail('bad-offset', `${what} offset ${rel} at byte ${at} points outside the file (${this.length} bytes)`);
    return target;
  }

  /** Checks a vector's header and extent; returns the position of its first element (its length is `lastLength`). */
  private vector(at: number, elemSize: number, align: number, what: string): number {
    this.countVisit();
    const pos = this.follow(at, what);
    if (pos + 4 > this.length) this.fail('truncated', `${what} length at byte ${pos} lies past the end of the file`);
    const len = this.view.getUint32(pos, true);
    const start = pos + 4;
    if (len > MAX_OFFSET || start + len * elemSize > this.length)
      this.fail(
        'bad-length',
        `${what} claims ${len} elements of ${elemSize} bytes from byte ${start}, past the end of the file (${this.length} bytes)`,
      );
    if (align > 1 && (this.bytes.byteOffset + start) % align !== 0)
      this.fail('bad-offset', `${what} at byte ${start} is not aligned to ${align} bytes`);
    this.lastLength = len;
    return start;
  }

  table(pos: number, tableIndex: number, depth: number): void {
    this.countVisit();
    const layout = COMPILED[tableIndex];
    if (depth > MAX_DEPTH) this.fail('bad-value', `tables nested deeper than ${MAX_DEPTH} levels`);
    const view = this.view;
    const length = this.length;
    if (pos + 4 > length) this.fail('truncated', `${layout.name} table at byte ${pos} lies past the end of the file`);
    const vtable = pos - view.getInt32(pos, true);
    if (vtable < 0 || vtable + 4 > length)
      this.fail('bad-offset', `${layout.name} table at byte ${pos} has its vtable outside the file (at ${vtable})`);
    const vtSize = view.getUint16(vtable, true);
    const inlineSize = view.getUint16(vtable + 2, true);
    if (vtSize < 4 || (vtSize & 1) !== 0 || vtSize > 0x7fff || vtable + vtSize > length)
      this.fail('bad-length', `${layout.name} vtable at byte ${vtable} has an invalid size ${vtSize}`);
    if (pos + inlineSize > length)
      this.fail('truncated', `${layout.name} table at byte ${pos} (${inlineSize} bytes) runs past the end of the file`);

    const { kinds, sizes, aligns, refs, names } = layout;
    const slotsInVtable = (vtSize - 4) >> 1;
    const present = kinds.length < slotsInVtable ? kinds.length : slotsInVtable;
    for (let s = 0; s < present; s++) {
      // The accessors read vtable entries as signed 16-bit values.
      const fieldOffset = view.getInt16(vtable + 4 + 2 * s, true);
      if (fieldOffset === 0) continue;
      const at = pos + fieldOffset;
      const kind = kinds[s];
      if (fieldOffset < 0 || at + sizes[s] > length) {
        this.path.push(names[s]);
        this.fail(
          fieldOffset < 0 ? 'bad-offset' : 'truncated',
          `field at offset ${fieldOffset} of the table at byte ${pos} lies outside the file`,
        );
      }
      if (kind === K_SCALAR) continue;
      if (kind === K_UNION_TYPE) {
        const value = view.getUint8(at);
        if (value > UNION_MEMBERS[refs[s]].length) {
          this.path.push(names[s]);
          this.fail('bad-value', `union type ${value} is not a member of ${UNIONS[refs[s]].name}`);
        }
        continue;
      }
      this.path.push(names[s]);
      switch (kind) {
        case K_STRING:
          this.vector(at, 1, 1, 'string');
          break;
        case K_TABLE:
          this.table(this.follow(at, 'table'), refs[s], depth + 1);
          break;
        case K_UNION: {
          // The type byte is the previous slot (checked above); absent means NONE, and a NONE value is never read.
          const typeOffset = view.getInt16(vtable + 4 + 2 * (s - 1), true);
          const type = typeOffset > 0 ? view.getUint8(pos + typeOffset) : 0;
          if (type !== 0) this.table(this.follow(at, 'union value'), UNION_MEMBERS[refs[s]][type - 1], depth + 1);
          break;
        }
        case K_VECTOR_SCALAR:
          this.vector(at, sizes[s], aligns[s], 'vector');
          break;
        case K_VECTOR_STRING: {
          const start = this.vector(at, 4, 1, 'vector');
          const len = this.lastLength;
          for (let k = 0; k < len; k++) {
            this.path.push(k);
            this.vector(start + 4 * k, 1, 1, 'string');
            this.path.pop();
          }
          break;
        }
        case K_VECTOR_TABLE: {
          const start = this.vector(at, 4, 1, 'vector');
          const len = this.lastLength;
          for (let k = 0; k < len; k++) {
            this.path.push(k);
            this.table(this.follow(start + 4 * k, 'table'), refs[s], depth + 1);
            this.path.pop();
          }
          break;
        }
      }
      this.path.pop();
    }
  }

  root(): void {
    if (this.length < 8) this.fail('truncated', `only ${this.length} bytes, too short for a TFLite flatbuffer`);
    const ident = String.fromCharCode(this.bytes[4], this.bytes[5], this.bytes[6], this.bytes[7]);
    if (ident !== FILE_IDENTIFIER)
      this.fail('not-tflite', `file identifier is not "${FILE_IDENTIFIER}": not a TFLite model`);
    const rootPos = this.view.getUint32(0, true);
    if (rootPos < 8 || rootPos + 4 > this.length)
      this.fail(
        rootPos >= this.length ? 'truncated' : 'bad-offset',
        `root table offset ${rootPos} is outside the file (${this.length} bytes)`,
      );
    this.path.push('Model');
    this.table(rootPos, ROOT_TABLE, 0);
    this.path.pop();
  }
}

/**
 * Checks that `bytes` is a TFLite flatbuffer every generated accessor can read safely, and that the model's indices
 * are consistent. Throws ModelFileError (truncated, bad-offset, bad-length, bad-index, bad-value) otherwise.
 * Alignment is checked where the accessors will read, so pass a view starting on a 16-byte boundary of its
 * ArrayBuffer (readModel copies other views first).
 */
export function verifyModelBuffer(bytes: Uint8Array, file: string, fileSize: number = bytes.length): void {
  new Walker(bytes, file).root();
  verifyIndices(bytes, file, fileSize);
}

/** Index checks on a structurally valid model, through the generated accessors (safe after the structural pass). */
/** `fileSize` bounds external buffer ranges: it exceeds `bytes.length` when only the flatbuffer part was read. */
function verifyIndices(bytes: Uint8Array, file: string, fileSize: number): void {
  const fail = (what: string, code: ModelErrorCode = 'bad-index'): never => {
    throw new ModelFileError(file, code, what);
  };
  const fm = FbModel.getRootAsModel(new flatbuffers.ByteBuffer(bytes));
  const nBuffers = fm.buffersLength();
  const nCodes = fm.operatorCodesLength();
  const nSubgraphs = fm.subgraphsLength();
  const size = fileSize;

  for (let b = 0; b < nBuffers; b++) {
    const buf = fm.buffers(b)!;
    const offset = buf.offset();
    // Offsets 0 and 1 mean "no external data" (1 is the converter's placeholder while the file is being written).
    if (offset > 1n) {
      const end = offset + buf.size();
      if (end > BigInt(size))
        fail(
          `buffer ${b} claims ${buf.size()} bytes at file offset ${offset}, past the end of the file (${size} bytes)`,
          'bad-offset',
        );
    }
  }

  for (let s = 0; s < nSubgraphs; s++) {
    const sg = fm.subgraphs(s)!;
    const nTensors = sg.tensorsLength();
    const where = `subgraph ${s}`;
    for (let t = 0; t < nTensors; t++) {
      const buffer = sg.tensors(t)!.buffer();
      if (buffer >= nBuffers)
        fail(`tensor ${t} of ${where} refers to buffer ${buffer} but the model has ${nBuffers} buffers`);
    }
    const checkTensorList = (list: Int32Array | null, what: string, allowOmitted: boolean) => {
      if (!list) return;
      for (const idx of list) {
        if (idx >= nTensors || idx < (allowOmitted ? -1 : 0))
          fail(`${what} refers to tensor ${idx} but ${where} has ${nTensors} tensors`);
      }
    };
    checkTensorList(sg.inputsArray(), `input list of ${where}`, false);
    checkTensorList(sg.outputsArray(), `output list of ${where}`, false);
    const nOps = sg.operatorsLength();
    for (let o = 0; o < nOps; o++) {
      const op = sg.operators(o)!;
      const code = op.opcodeIndex();
      if (code >= nCodes)
        fail(`operator ${o} of ${where} uses operator code ${code} but the model has ${nCodes} operator codes`);
      checkTensorList(op.inputsArray(), `operator ${o} of ${where}: inputs`, true);
      checkTensorList(op.outputsArray(), `operator ${o} of ${where}: outputs`, false);
      checkTensorList(op.intermediatesArray(), `operator ${o} of ${where}: intermediates`, true);
      const customOffset = op.largeCustomOptionsOffset();
      if (customOffset > 1n && customOffset + op.largeCustomOptionsSize() > BigInt(size))
        fail(`operator ${o} of ${where} has custom options past the end of the file (${size} bytes)`, 'bad-offset');
    }
  }

  for (let m = 0; m < fm.metadataLength(); m++) {
    const buffer = fm.metadata(m)!.buffer();
    if (buffer >= nBuffers) fail(`metadata ${m} refers to buffer ${buffer} but the model has ${nBuffers} buffers`);
  }
  for (let d = 0; d < fm.signatureDefsLength(); d++) {
    const sd = fm.signatureDefs(d)!;
    const sub = sd.subgraphIndex();
    if (sub >= nSubgraphs) fail(`signature ${d} refers to subgraph ${sub} but the model has ${nSubgraphs} subgraphs`);
    const nTensors = fm.subgraphs(sub)!.tensorsLength();
    const maps = [
      ...Array.from({ length: sd.inputsLength() }, (_, k) => ({ kind: 'input', k, map: sd.inputs(k)! })),
      ...Array.from({ length: sd.outputsLength() }, (_, k) => ({ kind: 'output', k, map: sd.outputs(k)! })),
    ];
    for (const { kind, k, map } of maps) {
      const idx = map.tensorIndex();
      if (idx >= nTensors)
        fail(`signature ${d} ${kind} ${k} refers to tensor ${idx} but subgraph ${sub} has ${nTensors} tensors`);
    }
  }
}
