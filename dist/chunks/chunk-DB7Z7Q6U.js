import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-K42QXW5D.js";

// node_modules/flatbuffers/js/constants.js
var require_constants = __commonJS({
  "node_modules/flatbuffers/js/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SIZE_PREFIX_LENGTH = exports.FILE_IDENTIFIER_LENGTH = exports.SIZEOF_INT = exports.SIZEOF_SHORT = void 0;
    exports.SIZEOF_SHORT = 2;
    exports.SIZEOF_INT = 4;
    exports.FILE_IDENTIFIER_LENGTH = 4;
    exports.SIZE_PREFIX_LENGTH = 4;
  }
});

// node_modules/flatbuffers/js/utils.js
var require_utils = __commonJS({
  "node_modules/flatbuffers/js/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isLittleEndian = exports.float64 = exports.float32 = exports.int32 = void 0;
    exports.int32 = new Int32Array(2);
    exports.float32 = new Float32Array(exports.int32.buffer);
    exports.float64 = new Float64Array(exports.int32.buffer);
    exports.isLittleEndian = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;
  }
});

// node_modules/flatbuffers/js/encoding.js
var require_encoding = __commonJS({
  "node_modules/flatbuffers/js/encoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Encoding = void 0;
    var Encoding;
    (function(Encoding2) {
      Encoding2[Encoding2["UTF8_BYTES"] = 1] = "UTF8_BYTES";
      Encoding2[Encoding2["UTF16_STRING"] = 2] = "UTF16_STRING";
    })(Encoding || (exports.Encoding = Encoding = {}));
  }
});

// node_modules/flatbuffers/js/byte-buffer.js
var require_byte_buffer = __commonJS({
  "node_modules/flatbuffers/js/byte-buffer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ByteBuffer = void 0;
    var constants_js_1 = require_constants();
    var encoding_js_1 = require_encoding();
    var utils_js_1 = require_utils();
    var ByteBuffer3 = class _ByteBuffer {
      /**
       * Create a new ByteBuffer with a given array of bytes (`Uint8Array`)
       */
      constructor(bytes_) {
        this.bytes_ = bytes_;
        this.position_ = 0;
        this.text_decoder_ = new TextDecoder();
      }
      /**
       * Create and allocate a new ByteBuffer with a given size.
       */
      static allocate(byte_size) {
        return new _ByteBuffer(new Uint8Array(byte_size));
      }
      clear() {
        this.position_ = 0;
      }
      /**
       * Get the underlying `Uint8Array`.
       */
      bytes() {
        return this.bytes_;
      }
      /**
       * Get the buffer's position.
       */
      position() {
        return this.position_;
      }
      /**
       * Set the buffer's position.
       */
      setPosition(position) {
        this.position_ = position;
      }
      /**
       * Get the buffer's capacity.
       */
      capacity() {
        return this.bytes_.length;
      }
      readInt8(offset) {
        return this.readUint8(offset) << 24 >> 24;
      }
      readUint8(offset) {
        return this.bytes_[offset];
      }
      readInt16(offset) {
        return this.readUint16(offset) << 16 >> 16;
      }
      readUint16(offset) {
        return this.bytes_[offset] | this.bytes_[offset + 1] << 8;
      }
      readInt32(offset) {
        return this.bytes_[offset] | this.bytes_[offset + 1] << 8 | this.bytes_[offset + 2] << 16 | this.bytes_[offset + 3] << 24;
      }
      readUint32(offset) {
        return this.readInt32(offset) >>> 0;
      }
      readInt64(offset) {
        return BigInt.asIntN(64, BigInt(this.readUint32(offset)) + (BigInt(this.readUint32(offset + 4)) << BigInt(32)));
      }
      readUint64(offset) {
        return BigInt.asUintN(64, BigInt(this.readUint32(offset)) + (BigInt(this.readUint32(offset + 4)) << BigInt(32)));
      }
      readFloat32(offset) {
        utils_js_1.int32[0] = this.readInt32(offset);
        return utils_js_1.float32[0];
      }
      readFloat64(offset) {
        utils_js_1.int32[utils_js_1.isLittleEndian ? 0 : 1] = this.readInt32(offset);
        utils_js_1.int32[utils_js_1.isLittleEndian ? 1 : 0] = this.readInt32(offset + 4);
        return utils_js_1.float64[0];
      }
      writeInt8(offset, value) {
        this.bytes_[offset] = value;
      }
      writeUint8(offset, value) {
        this.bytes_[offset] = value;
      }
      writeInt16(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
      }
      writeUint16(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
      }
      writeInt32(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
        this.bytes_[offset + 2] = value >> 16;
        this.bytes_[offset + 3] = value >> 24;
      }
      writeUint32(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
        this.bytes_[offset + 2] = value >> 16;
        this.bytes_[offset + 3] = value >> 24;
      }
      writeInt64(offset, value) {
        this.writeInt32(offset, Number(BigInt.asIntN(32, value)));
        this.writeInt32(offset + 4, Number(BigInt.asIntN(32, value >> BigInt(32))));
      }
      writeUint64(offset, value) {
        this.writeUint32(offset, Number(BigInt.asUintN(32, value)));
        this.writeUint32(offset + 4, Number(BigInt.asUintN(32, value >> BigInt(32))));
      }
      writeFloat32(offset, value) {
        utils_js_1.float32[0] = value;
        this.writeInt32(offset, utils_js_1.int32[0]);
      }
      writeFloat64(offset, value) {
        utils_js_1.float64[0] = value;
        this.writeInt32(offset, utils_js_1.int32[utils_js_1.isLittleEndian ? 0 : 1]);
        this.writeInt32(offset + 4, utils_js_1.int32[utils_js_1.isLittleEndian ? 1 : 0]);
      }
      /**
       * Return the file identifier.   Behavior is undefined for FlatBuffers whose
       * schema does not include a file_identifier (likely points at padding or the
       * start of a the root vtable).
       */
      getBufferIdentifier() {
        if (this.bytes_.length < this.position_ + constants_js_1.SIZEOF_INT + constants_js_1.FILE_IDENTIFIER_LENGTH) {
          throw new Error("FlatBuffers: ByteBuffer is too short to contain an identifier.");
        }
        let result = "";
        for (let i = 0; i < constants_js_1.FILE_IDENTIFIER_LENGTH; i++) {
          result += String.fromCharCode(this.readInt8(this.position_ + constants_js_1.SIZEOF_INT + i));
        }
        return result;
      }
      /**
       * Look up a field in the vtable, return an offset into the object, or 0 if the
       * field is not present.
       */
      __offset(bb_pos, vtable_offset) {
        const vtable = bb_pos - this.readInt32(bb_pos);
        return vtable_offset < this.readInt16(vtable) ? this.readInt16(vtable + vtable_offset) : 0;
      }
      /**
       * Initialize any Table-derived type to point to the union at the given offset.
       */
      __union(t, offset) {
        t.bb_pos = offset + this.readInt32(offset);
        t.bb = this;
        return t;
      }
      /**
       * Create a JavaScript string from UTF-8 data stored inside the FlatBuffer.
       * This allocates a new string and converts to wide chars upon each access.
       *
       * To avoid the conversion to string, pass Encoding.UTF8_BYTES as the
       * "optionalEncoding" argument. This is useful for avoiding conversion when
       * the data will just be packaged back up in another FlatBuffer later on.
       *
       * @param offset
       * @param opt_encoding Defaults to UTF16_STRING
       */
      __string(offset, opt_encoding) {
        offset += this.readInt32(offset);
        const length = this.readInt32(offset);
        offset += constants_js_1.SIZEOF_INT;
        const utf8bytes = this.bytes_.subarray(offset, offset + length);
        if (opt_encoding === encoding_js_1.Encoding.UTF8_BYTES)
          return utf8bytes;
        else
          return this.text_decoder_.decode(utf8bytes);
      }
      /**
       * Handle unions that can contain string as its member, if a Table-derived type then initialize it,
       * if a string then return a new one
       *
       * WARNING: strings are immutable in JS so we can't change the string that the user gave us, this
       * makes the behaviour of __union_with_string different compared to __union
       */
      __union_with_string(o, offset) {
        if (typeof o === "string") {
          return this.__string(offset);
        }
        return this.__union(o, offset);
      }
      /**
       * Retrieve the relative offset stored at "offset"
       */
      __indirect(offset) {
        return offset + this.readInt32(offset);
      }
      /**
       * Get the start of data of a vector whose offset is stored at "offset" in this object.
       */
      __vector(offset) {
        return offset + this.readInt32(offset) + constants_js_1.SIZEOF_INT;
      }
      /**
       * Get the length of a vector whose offset is stored at "offset" in this object.
       */
      __vector_len(offset) {
        return this.readInt32(offset + this.readInt32(offset));
      }
      __has_identifier(ident) {
        if (ident.length != constants_js_1.FILE_IDENTIFIER_LENGTH) {
          throw new Error("FlatBuffers: file identifier must be length " + constants_js_1.FILE_IDENTIFIER_LENGTH);
        }
        for (let i = 0; i < constants_js_1.FILE_IDENTIFIER_LENGTH; i++) {
          if (ident.charCodeAt(i) != this.readInt8(this.position() + constants_js_1.SIZEOF_INT + i)) {
            return false;
          }
        }
        return true;
      }
      /**
       * A helper function for generating list for obj api
       */
      createScalarList(listAccessor, listLength) {
        const ret = [];
        for (let i = 0; i < listLength; ++i) {
          const val = listAccessor(i);
          if (val !== null) {
            ret.push(val);
          }
        }
        return ret;
      }
      /**
       * A helper function for generating list for obj api
       * @param listAccessor function that accepts an index and return data at that index
       * @param listLength listLength
       * @param res result list
       */
      createObjList(listAccessor, listLength) {
        const ret = [];
        for (let i = 0; i < listLength; ++i) {
          const val = listAccessor(i);
          if (val !== null) {
            ret.push(val.unpack());
          }
        }
        return ret;
      }
    };
    exports.ByteBuffer = ByteBuffer3;
  }
});

// node_modules/flatbuffers/js/builder.js
var require_builder = __commonJS({
  "node_modules/flatbuffers/js/builder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Builder = void 0;
    var byte_buffer_js_1 = require_byte_buffer();
    var constants_js_1 = require_constants();
    var Builder = class _Builder {
      /**
       * Create a FlatBufferBuilder.
       */
      constructor(opt_initial_size) {
        this.minalign = 1;
        this.vtable = null;
        this.vtable_in_use = 0;
        this.isNested = false;
        this.object_start = 0;
        this.vtables = [];
        this.vector_num_elems = 0;
        this.force_defaults = false;
        this.string_maps = null;
        this.text_encoder = new TextEncoder();
        let initial_size;
        if (!opt_initial_size) {
          initial_size = 1024;
        } else {
          initial_size = opt_initial_size;
        }
        this.bb = byte_buffer_js_1.ByteBuffer.allocate(initial_size);
        this.space = initial_size;
      }
      clear() {
        this.bb.clear();
        this.space = this.bb.capacity();
        this.minalign = 1;
        this.vtable = null;
        this.vtable_in_use = 0;
        this.isNested = false;
        this.object_start = 0;
        this.vtables = [];
        this.vector_num_elems = 0;
        this.force_defaults = false;
        this.string_maps = null;
      }
      /**
       * In order to save space, fields that are set to their default value
       * don't get serialized into the buffer. Forcing defaults provides a
       * way to manually disable this optimization.
       *
       * @param forceDefaults true always serializes default values
       */
      forceDefaults(forceDefaults) {
        this.force_defaults = forceDefaults;
      }
      /**
       * Get the ByteBuffer representing the FlatBuffer. Only call this after you've
       * called finish(). The actual data starts at the ByteBuffer's current position,
       * not necessarily at 0.
       */
      dataBuffer() {
        return this.bb;
      }
      /**
       * Get the bytes representing the FlatBuffer. Only call this after you've
       * called finish().
       */
      asUint8Array() {
        return this.bb.bytes().subarray(this.bb.position(), this.bb.position() + this.offset());
      }
      /**
       * Prepare to write an element of `size` after `additional_bytes` have been
       * written, e.g. if you write a string, you need to align such the int length
       * field is aligned to 4 bytes, and the string data follows it directly. If all
       * you need to do is alignment, `additional_bytes` will be 0.
       *
       * @param size This is the of the new element to write
       * @param additional_bytes The padding size
       */
      prep(size, additional_bytes) {
        if (size > this.minalign) {
          this.minalign = size;
        }
        const align_size = ~(this.bb.capacity() - this.space + additional_bytes) + 1 & size - 1;
        while (this.space < align_size + size + additional_bytes) {
          const old_buf_size = this.bb.capacity();
          this.bb = _Builder.growByteBuffer(this.bb);
          this.space += this.bb.capacity() - old_buf_size;
        }
        this.pad(align_size);
      }
      pad(byte_size) {
        for (let i = 0; i < byte_size; i++) {
          this.bb.writeInt8(--this.space, 0);
        }
      }
      writeInt8(value) {
        this.bb.writeInt8(this.space -= 1, value);
      }
      writeInt16(value) {
        this.bb.writeInt16(this.space -= 2, value);
      }
      writeInt32(value) {
        this.bb.writeInt32(this.space -= 4, value);
      }
      writeInt64(value) {
        this.bb.writeInt64(this.space -= 8, value);
      }
      writeFloat32(value) {
        this.bb.writeFloat32(this.space -= 4, value);
      }
      writeFloat64(value) {
        this.bb.writeFloat64(this.space -= 8, value);
      }
      /**
       * Add an `int8` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int8` to add the buffer.
       */
      addInt8(value) {
        this.prep(1, 0);
        this.writeInt8(value);
      }
      /**
       * Add an `int16` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int16` to add the buffer.
       */
      addInt16(value) {
        this.prep(2, 0);
        this.writeInt16(value);
      }
      /**
       * Add an `int32` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int32` to add the buffer.
       */
      addInt32(value) {
        this.prep(4, 0);
        this.writeInt32(value);
      }
      /**
       * Add an `int64` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int64` to add the buffer.
       */
      addInt64(value) {
        this.prep(8, 0);
        this.writeInt64(value);
      }
      /**
       * Add a `float32` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `float32` to add the buffer.
       */
      addFloat32(value) {
        this.prep(4, 0);
        this.writeFloat32(value);
      }
      /**
       * Add a `float64` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `float64` to add the buffer.
       */
      addFloat64(value) {
        this.prep(8, 0);
        this.writeFloat64(value);
      }
      addFieldInt8(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addInt8(value);
          this.slot(voffset);
        }
      }
      addFieldInt16(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addInt16(value);
          this.slot(voffset);
        }
      }
      addFieldInt32(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addInt32(value);
          this.slot(voffset);
        }
      }
      addFieldInt64(voffset, value, defaultValue) {
        if (this.force_defaults || value !== defaultValue) {
          this.addInt64(value);
          this.slot(voffset);
        }
      }
      addFieldFloat32(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addFloat32(value);
          this.slot(voffset);
        }
      }
      addFieldFloat64(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addFloat64(value);
          this.slot(voffset);
        }
      }
      addFieldOffset(voffset, value, defaultValue) {
        if (this.force_defaults || value != defaultValue) {
          this.addOffset(value);
          this.slot(voffset);
        }
      }
      /**
       * Structs are stored inline, so nothing additional is being added. `d` is always 0.
       */
      addFieldStruct(voffset, value, defaultValue) {
        if (value != defaultValue) {
          this.nested(value);
          this.slot(voffset);
        }
      }
      /**
       * Structures are always stored inline, they need to be created right
       * where they're used.  You'll get this assertion failure if you
       * created it elsewhere.
       */
      nested(obj) {
        if (obj != this.offset()) {
          throw new TypeError("FlatBuffers: struct must be serialized inline.");
        }
      }
      /**
       * Should not be creating any other object, string or vector
       * while an object is being constructed
       */
      notNested() {
        if (this.isNested) {
          throw new TypeError("FlatBuffers: object serialization must not be nested.");
        }
      }
      /**
       * Set the current vtable at `voffset` to the current location in the buffer.
       */
      slot(voffset) {
        if (this.vtable !== null)
          this.vtable[voffset] = this.offset();
      }
      /**
       * @returns Offset relative to the end of the buffer.
       */
      offset() {
        return this.bb.capacity() - this.space;
      }
      /**
       * Doubles the size of the backing ByteBuffer and copies the old data towards
       * the end of the new buffer (since we build the buffer backwards).
       *
       * @param bb The current buffer with the existing data
       * @returns A new byte buffer with the old data copied
       * to it. The data is located at the end of the buffer.
       *
       * uint8Array.set() formally takes {Array<number>|ArrayBufferView}, so to pass
       * it a uint8Array we need to suppress the type check:
       * @suppress {checkTypes}
       */
      static growByteBuffer(bb) {
        const old_buf_size = bb.capacity();
        if (old_buf_size & 3221225472) {
          throw new Error("FlatBuffers: cannot grow buffer beyond 2 gigabytes.");
        }
        const new_buf_size = old_buf_size << 1;
        const nbb = byte_buffer_js_1.ByteBuffer.allocate(new_buf_size);
        nbb.setPosition(new_buf_size - old_buf_size);
        nbb.bytes().set(bb.bytes(), new_buf_size - old_buf_size);
        return nbb;
      }
      /**
       * Adds on offset, relative to where it will be written.
       *
       * @param offset The offset to add.
       */
      addOffset(offset) {
        this.prep(constants_js_1.SIZEOF_INT, 0);
        this.writeInt32(this.offset() - offset + constants_js_1.SIZEOF_INT);
      }
      /**
       * Start encoding a new object in the buffer.  Users will not usually need to
       * call this directly. The FlatBuffers compiler will generate helper methods
       * that call this method internally.
       */
      startObject(numfields) {
        this.notNested();
        if (this.vtable == null) {
          this.vtable = [];
        }
        this.vtable_in_use = numfields;
        for (let i = 0; i < numfields; i++) {
          this.vtable[i] = 0;
        }
        this.isNested = true;
        this.object_start = this.offset();
      }
      /**
       * Finish off writing the object that is under construction.
       *
       * @returns The offset to the object inside `dataBuffer`
       */
      endObject() {
        if (this.vtable == null || !this.isNested) {
          throw new Error("FlatBuffers: endObject called without startObject");
        }
        this.addInt32(0);
        const vtableloc = this.offset();
        let i = this.vtable_in_use - 1;
        for (; i >= 0 && this.vtable[i] == 0; i--) {
        }
        const trimmed_size = i + 1;
        for (; i >= 0; i--) {
          this.addInt16(this.vtable[i] != 0 ? vtableloc - this.vtable[i] : 0);
        }
        const standard_fields = 2;
        this.addInt16(vtableloc - this.object_start);
        const len = (trimmed_size + standard_fields) * constants_js_1.SIZEOF_SHORT;
        this.addInt16(len);
        let existing_vtable = 0;
        const vt1 = this.space;
        outer_loop: for (i = 0; i < this.vtables.length; i++) {
          const vt2 = this.bb.capacity() - this.vtables[i];
          if (len == this.bb.readInt16(vt2)) {
            for (let j = constants_js_1.SIZEOF_SHORT; j < len; j += constants_js_1.SIZEOF_SHORT) {
              if (this.bb.readInt16(vt1 + j) != this.bb.readInt16(vt2 + j)) {
                continue outer_loop;
              }
            }
            existing_vtable = this.vtables[i];
            break;
          }
        }
        if (existing_vtable) {
          this.space = this.bb.capacity() - vtableloc;
          this.bb.writeInt32(this.space, existing_vtable - vtableloc);
        } else {
          this.vtables.push(this.offset());
          this.bb.writeInt32(this.bb.capacity() - vtableloc, this.offset() - vtableloc);
        }
        this.isNested = false;
        return vtableloc;
      }
      /**
       * Finalize a buffer, poiting to the given `root_table`.
       */
      finish(root_table, opt_file_identifier, opt_size_prefix) {
        const size_prefix = opt_size_prefix ? constants_js_1.SIZE_PREFIX_LENGTH : 0;
        if (opt_file_identifier) {
          const file_identifier = opt_file_identifier;
          this.prep(this.minalign, constants_js_1.SIZEOF_INT + constants_js_1.FILE_IDENTIFIER_LENGTH + size_prefix);
          if (file_identifier.length != constants_js_1.FILE_IDENTIFIER_LENGTH) {
            throw new TypeError("FlatBuffers: file identifier must be length " + constants_js_1.FILE_IDENTIFIER_LENGTH);
          }
          for (let i = constants_js_1.FILE_IDENTIFIER_LENGTH - 1; i >= 0; i--) {
            this.writeInt8(file_identifier.charCodeAt(i));
          }
        }
        this.prep(this.minalign, constants_js_1.SIZEOF_INT + size_prefix);
        this.addOffset(root_table);
        if (size_prefix) {
          this.addInt32(this.bb.capacity() - this.space);
        }
        this.bb.setPosition(this.space);
      }
      /**
       * Finalize a size prefixed buffer, pointing to the given `root_table`.
       */
      finishSizePrefixed(root_table, opt_file_identifier) {
        this.finish(root_table, opt_file_identifier, true);
      }
      /**
       * This checks a required field has been set in a given table that has
       * just been constructed.
       */
      requiredField(table, field) {
        const table_start = this.bb.capacity() - table;
        const vtable_start = table_start - this.bb.readInt32(table_start);
        const ok = field < this.bb.readInt16(vtable_start) && this.bb.readInt16(vtable_start + field) != 0;
        if (!ok) {
          throw new TypeError("FlatBuffers: field " + field + " must be set");
        }
      }
      /**
       * Start a new array/vector of objects.  Users usually will not call
       * this directly. The FlatBuffers compiler will create a start/end
       * method for vector types in generated code.
       *
       * @param elem_size The size of each element in the array
       * @param num_elems The number of elements in the array
       * @param alignment The alignment of the array
       */
      startVector(elem_size, num_elems, alignment) {
        this.notNested();
        this.vector_num_elems = num_elems;
        this.prep(constants_js_1.SIZEOF_INT, elem_size * num_elems);
        this.prep(alignment, elem_size * num_elems);
      }
      /**
       * Finish off the creation of an array and all its elements. The array must be
       * created with `startVector`.
       *
       * @returns The offset at which the newly created array
       * starts.
       */
      endVector() {
        this.writeInt32(this.vector_num_elems);
        return this.offset();
      }
      /**
       * Encode the string `s` in the buffer using UTF-8. If the string passed has
       * already been seen, we return the offset of the already written string
       *
       * @param s The string to encode
       * @return The offset in the buffer where the encoded string starts
       */
      createSharedString(s) {
        if (!s) {
          return 0;
        }
        if (!this.string_maps) {
          this.string_maps = /* @__PURE__ */ new Map();
        }
        if (this.string_maps.has(s)) {
          return this.string_maps.get(s);
        }
        const offset = this.createString(s);
        this.string_maps.set(s, offset);
        return offset;
      }
      /**
       * Encode the string `s` in the buffer using UTF-8. If a Uint8Array is passed
       * instead of a string, it is assumed to contain valid UTF-8 encoded data.
       *
       * @param s The string to encode
       * @return The offset in the buffer where the encoded string starts
       */
      createString(s) {
        if (s === null || s === void 0) {
          return 0;
        }
        let utf8;
        if (s instanceof Uint8Array) {
          utf8 = s;
        } else {
          utf8 = this.text_encoder.encode(s);
        }
        this.addInt8(0);
        this.startVector(1, utf8.length, 1);
        this.bb.setPosition(this.space -= utf8.length);
        this.bb.bytes().set(utf8, this.space);
        return this.endVector();
      }
      /**
       * Create a byte vector.
       *
       * @param v The bytes to add
       * @returns The offset in the buffer where the byte vector starts
       */
      createByteVector(v) {
        if (v === null || v === void 0) {
          return 0;
        }
        this.startVector(1, v.length, 1);
        this.bb.setPosition(this.space -= v.length);
        this.bb.bytes().set(v, this.space);
        return this.endVector();
      }
      /**
       * A helper function to pack an object
       *
       * @returns offset of obj
       */
      createObjectOffset(obj) {
        if (obj === null) {
          return 0;
        }
        if (typeof obj === "string") {
          return this.createString(obj);
        } else {
          return obj.pack(this);
        }
      }
      /**
       * A helper function to pack a list of object
       *
       * @returns list of offsets of each non null object
       */
      createObjectOffsetList(list) {
        const ret = [];
        for (let i = 0; i < list.length; ++i) {
          const val = list[i];
          if (val !== null) {
            ret.push(this.createObjectOffset(val));
          } else {
            throw new TypeError("FlatBuffers: Argument for createObjectOffsetList cannot contain null.");
          }
        }
        return ret;
      }
      createStructOffsetList(list, startFunc) {
        startFunc(this, list.length);
        this.createObjectOffsetList(list.slice().reverse());
        return this.endVector();
      }
    };
    exports.Builder = Builder;
  }
});

// node_modules/flatbuffers/js/flatbuffers.js
var require_flatbuffers = __commonJS({
  "node_modules/flatbuffers/js/flatbuffers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Encoding = exports.ByteBuffer = exports.Builder = exports.isLittleEndian = exports.int32 = exports.float64 = exports.float32 = exports.SIZE_PREFIX_LENGTH = exports.SIZEOF_SHORT = exports.SIZEOF_INT = exports.FILE_IDENTIFIER_LENGTH = void 0;
    var constants_js_1 = require_constants();
    Object.defineProperty(exports, "FILE_IDENTIFIER_LENGTH", { enumerable: true, get: function() {
      return constants_js_1.FILE_IDENTIFIER_LENGTH;
    } });
    Object.defineProperty(exports, "SIZEOF_INT", { enumerable: true, get: function() {
      return constants_js_1.SIZEOF_INT;
    } });
    Object.defineProperty(exports, "SIZEOF_SHORT", { enumerable: true, get: function() {
      return constants_js_1.SIZEOF_SHORT;
    } });
    Object.defineProperty(exports, "SIZE_PREFIX_LENGTH", { enumerable: true, get: function() {
      return constants_js_1.SIZE_PREFIX_LENGTH;
    } });
    var utils_js_1 = require_utils();
    Object.defineProperty(exports, "float32", { enumerable: true, get: function() {
      return utils_js_1.float32;
    } });
    Object.defineProperty(exports, "float64", { enumerable: true, get: function() {
      return utils_js_1.float64;
    } });
    Object.defineProperty(exports, "int32", { enumerable: true, get: function() {
      return utils_js_1.int32;
    } });
    Object.defineProperty(exports, "isLittleEndian", { enumerable: true, get: function() {
      return utils_js_1.isLittleEndian;
    } });
    var builder_js_1 = require_builder();
    Object.defineProperty(exports, "Builder", { enumerable: true, get: function() {
      return builder_js_1.Builder;
    } });
    var byte_buffer_js_1 = require_byte_buffer();
    Object.defineProperty(exports, "ByteBuffer", { enumerable: true, get: function() {
      return byte_buffer_js_1.ByteBuffer;
    } });
    var encoding_js_1 = require_encoding();
    Object.defineProperty(exports, "Encoding", { enumerable: true, get: function() {
      return encoding_js_1.Encoding;
    } });
  }
});

// src/tflite/errors.ts
var ModelFileError = class extends Error {
  file;
  code;
  constructor(file, code, message) {
    super(`${file}: ${message}`);
    this.name = "ModelFileError";
    this.file = file;
    this.code = code;
    this.detail = message;
  }
  detail;
};
function isModelFileError(e) {
  return e instanceof ModelFileError;
}

// src/tflite/read.ts
var flatbuffers172 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/tflite/model.ts
var flatbuffers170 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/tflite/buffer.ts
var flatbuffers = __toESM(require_flatbuffers(), 1);
var Buffer = class _Buffer {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsBuffer(bb, obj) {
    return (obj || new _Buffer()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsBuffer(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers.SIZE_PREFIX_LENGTH);
    return (obj || new _Buffer()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  data(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readUint8(this.bb.__vector(this.bb_pos + offset) + index) : 0;
  }
  dataLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  dataArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Uint8Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  offset() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt("0");
  }
  size() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt("0");
  }
  static startBuffer(builder) {
    builder.startObject(3);
  }
  static addData(builder, dataOffset) {
    builder.addFieldOffset(0, dataOffset, 0);
  }
  static createDataVector(builder, data) {
    builder.startVector(1, data.length, 1);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt8(data[i]);
    }
    return builder.endVector();
  }
  static startDataVector(builder, numElems) {
    builder.startVector(1, numElems, 1);
  }
  static addOffset(builder, offset) {
    builder.addFieldInt64(1, offset, BigInt("0"));
  }
  static addSize(builder, size) {
    builder.addFieldInt64(2, size, BigInt("0"));
  }
  static endBuffer(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createBuffer(builder, dataOffset, offset, size) {
    _Buffer.startBuffer(builder);
    _Buffer.addData(builder, dataOffset);
    _Buffer.addOffset(builder, offset);
    _Buffer.addSize(builder, size);
    return _Buffer.endBuffer(builder);
  }
  unpack() {
    return new BufferT(
      this.bb.createScalarList(this.data.bind(this), this.dataLength()),
      this.offset(),
      this.size()
    );
  }
  unpackTo(_o) {
    _o.data = this.bb.createScalarList(this.data.bind(this), this.dataLength());
    _o.offset = this.offset();
    _o.size = this.size();
  }
};
var BufferT = class {
  constructor(data = [], offset = BigInt("0"), size = BigInt("0")) {
    this.data = data;
    this.offset = offset;
    this.size = size;
  }
  pack(builder) {
    const data = Buffer.createDataVector(builder, this.data);
    return Buffer.createBuffer(
      builder,
      data,
      this.offset,
      this.size
    );
  }
};

// src/tflite/generated/tflite/external-buffer.ts
var flatbuffers2 = __toESM(require_flatbuffers(), 1);
var ExternalBuffer = class _ExternalBuffer {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsExternalBuffer(bb, obj) {
    return (obj || new _ExternalBuffer()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsExternalBuffer(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers2.SIZE_PREFIX_LENGTH);
    return (obj || new _ExternalBuffer()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  id() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
  }
  group() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
  }
  offset() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt("0");
  }
  length() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt("0");
  }
  packing(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  static startExternalBuffer(builder) {
    builder.startObject(5);
  }
  static addId(builder, id) {
    builder.addFieldInt32(0, id, 0);
  }
  static addGroup(builder, group) {
    builder.addFieldInt32(1, group, 0);
  }
  static addOffset(builder, offset) {
    builder.addFieldInt64(2, offset, BigInt("0"));
  }
  static addLength(builder, length) {
    builder.addFieldInt64(3, length, BigInt("0"));
  }
  static addPacking(builder, packingOffset) {
    builder.addFieldOffset(4, packingOffset, 0);
  }
  static endExternalBuffer(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createExternalBuffer(builder, id, group, offset, length, packingOffset) {
    _ExternalBuffer.startExternalBuffer(builder);
    _ExternalBuffer.addId(builder, id);
    _ExternalBuffer.addGroup(builder, group);
    _ExternalBuffer.addOffset(builder, offset);
    _ExternalBuffer.addLength(builder, length);
    _ExternalBuffer.addPacking(builder, packingOffset);
    return _ExternalBuffer.endExternalBuffer(builder);
  }
  unpack() {
    return new ExternalBufferT(
      this.id(),
      this.group(),
      this.offset(),
      this.length(),
      this.packing()
    );
  }
  unpackTo(_o) {
    _o.id = this.id();
    _o.group = this.group();
    _o.offset = this.offset();
    _o.length = this.length();
    _o.packing = this.packing();
  }
};
var ExternalBufferT = class {
  constructor(id = 0, group = 0, offset = BigInt("0"), length = BigInt("0"), packing = null) {
    this.id = id;
    this.group = group;
    this.offset = offset;
    this.length = length;
    this.packing = packing;
  }
  pack(builder) {
    const packing = this.packing !== null ? builder.createString(this.packing) : 0;
    return ExternalBuffer.createExternalBuffer(
      builder,
      this.id,
      this.group,
      this.offset,
      this.length,
      packing
    );
  }
};

// src/tflite/generated/tflite/external-buffer-group.ts
var flatbuffers3 = __toESM(require_flatbuffers(), 1);
var ExternalBufferGroup = class _ExternalBufferGroup {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsExternalBufferGroup(bb, obj) {
    return (obj || new _ExternalBufferGroup()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsExternalBufferGroup(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers3.SIZE_PREFIX_LENGTH);
    return (obj || new _ExternalBufferGroup()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  name(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  static startExternalBufferGroup(builder) {
    builder.startObject(1);
  }
  static addName(builder, nameOffset) {
    builder.addFieldOffset(0, nameOffset, 0);
  }
  static endExternalBufferGroup(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createExternalBufferGroup(builder, nameOffset) {
    _ExternalBufferGroup.startExternalBufferGroup(builder);
    _ExternalBufferGroup.addName(builder, nameOffset);
    return _ExternalBufferGroup.endExternalBufferGroup(builder);
  }
  unpack() {
    return new ExternalBufferGroupT(
      this.name()
    );
  }
  unpackTo(_o) {
    _o.name = this.name();
  }
};
var ExternalBufferGroupT = class {
  constructor(name = null) {
    this.name = name;
  }
  pack(builder) {
    const name = this.name !== null ? builder.createString(this.name) : 0;
    return ExternalBufferGroup.createExternalBufferGroup(
      builder,
      name
    );
  }
};

// src/tflite/generated/tflite/metadata.ts
var flatbuffers4 = __toESM(require_flatbuffers(), 1);
var Metadata = class _Metadata {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsMetadata(bb, obj) {
    return (obj || new _Metadata()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsMetadata(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers4.SIZE_PREFIX_LENGTH);
    return (obj || new _Metadata()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  name(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  buffer() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
  }
  static startMetadata(builder) {
    builder.startObject(2);
  }
  static addName(builder, nameOffset) {
    builder.addFieldOffset(0, nameOffset, 0);
  }
  static addBuffer(builder, buffer) {
    builder.addFieldInt32(1, buffer, 0);
  }
  static endMetadata(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createMetadata(builder, nameOffset, buffer) {
    _Metadata.startMetadata(builder);
    _Metadata.addName(builder, nameOffset);
    _Metadata.addBuffer(builder, buffer);
    return _Metadata.endMetadata(builder);
  }
  unpack() {
    return new MetadataT(
      this.name(),
      this.buffer()
    );
  }
  unpackTo(_o) {
    _o.name = this.name();
    _o.buffer = this.buffer();
  }
};
var MetadataT = class {
  constructor(name = null, buffer = 0) {
    this.name = name;
    this.buffer = buffer;
  }
  pack(builder) {
    const name = this.name !== null ? builder.createString(this.name) : 0;
    return Metadata.createMetadata(
      builder,
      name,
      this.buffer
    );
  }
};

// src/tflite/generated/tflite/operator-code.ts
var flatbuffers5 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/tflite/builtin-operator.ts
var BuiltinOperator = /* @__PURE__ */ ((BuiltinOperator2) => {
  BuiltinOperator2[BuiltinOperator2["ADD"] = 0] = "ADD";
  BuiltinOperator2[BuiltinOperator2["AVERAGE_POOL_2D"] = 1] = "AVERAGE_POOL_2D";
  BuiltinOperator2[BuiltinOperator2["CONCATENATION"] = 2] = "CONCATENATION";
  BuiltinOperator2[BuiltinOperator2["CONV_2D"] = 3] = "CONV_2D";
  BuiltinOperator2[BuiltinOperator2["DEPTHWISE_CONV_2D"] = 4] = "DEPTHWISE_CONV_2D";
  BuiltinOperator2[BuiltinOperator2["DEPTH_TO_SPACE"] = 5] = "DEPTH_TO_SPACE";
  BuiltinOperator2[BuiltinOperator2["DEQUANTIZE"] = 6] = "DEQUANTIZE";
  BuiltinOperator2[BuiltinOperator2["EMBEDDING_LOOKUP"] = 7] = "EMBEDDING_LOOKUP";
  BuiltinOperator2[BuiltinOperator2["FLOOR"] = 8] = "FLOOR";
  BuiltinOperator2[BuiltinOperator2["FULLY_CONNECTED"] = 9] = "FULLY_CONNECTED";
  BuiltinOperator2[BuiltinOperator2["HASHTABLE_LOOKUP"] = 10] = "HASHTABLE_LOOKUP";
  BuiltinOperator2[BuiltinOperator2["L2_NORMALIZATION"] = 11] = "L2_NORMALIZATION";
  BuiltinOperator2[BuiltinOperator2["L2_POOL_2D"] = 12] = "L2_POOL_2D";
  BuiltinOperator2[BuiltinOperator2["LOCAL_RESPONSE_NORMALIZATION"] = 13] = "LOCAL_RESPONSE_NORMALIZATION";
  BuiltinOperator2[BuiltinOperator2["LOGISTIC"] = 14] = "LOGISTIC";
  BuiltinOperator2[BuiltinOperator2["LSH_PROJECTION"] = 15] = "LSH_PROJECTION";
  BuiltinOperator2[BuiltinOperator2["LSTM"] = 16] = "LSTM";
  BuiltinOperator2[BuiltinOperator2["MAX_POOL_2D"] = 17] = "MAX_POOL_2D";
  BuiltinOperator2[BuiltinOperator2["MUL"] = 18] = "MUL";
  BuiltinOperator2[BuiltinOperator2["RELU"] = 19] = "RELU";
  BuiltinOperator2[BuiltinOperator2["RELU_N1_TO_1"] = 20] = "RELU_N1_TO_1";
  BuiltinOperator2[BuiltinOperator2["RELU6"] = 21] = "RELU6";
  BuiltinOperator2[BuiltinOperator2["RESHAPE"] = 22] = "RESHAPE";
  BuiltinOperator2[BuiltinOperator2["RESIZE_BILINEAR"] = 23] = "RESIZE_BILINEAR";
  BuiltinOperator2[BuiltinOperator2["RNN"] = 24] = "RNN";
  BuiltinOperator2[BuiltinOperator2["SOFTMAX"] = 25] = "SOFTMAX";
  BuiltinOperator2[BuiltinOperator2["SPACE_TO_DEPTH"] = 26] = "SPACE_TO_DEPTH";
  BuiltinOperator2[BuiltinOperator2["SVDF"] = 27] = "SVDF";
  BuiltinOperator2[BuiltinOperator2["TANH"] = 28] = "TANH";
  BuiltinOperator2[BuiltinOperator2["CONCAT_EMBEDDINGS"] = 29] = "CONCAT_EMBEDDINGS";
  BuiltinOperator2[BuiltinOperator2["SKIP_GRAM"] = 30] = "SKIP_GRAM";
  BuiltinOperator2[BuiltinOperator2["CALL"] = 31] = "CALL";
  BuiltinOperator2[BuiltinOperator2["CUSTOM"] = 32] = "CUSTOM";
  BuiltinOperator2[BuiltinOperator2["EMBEDDING_LOOKUP_SPARSE"] = 33] = "EMBEDDING_LOOKUP_SPARSE";
  BuiltinOperator2[BuiltinOperator2["PAD"] = 34] = "PAD";
  BuiltinOperator2[BuiltinOperator2["UNIDIRECTIONAL_SEQUENCE_RNN"] = 35] = "UNIDIRECTIONAL_SEQUENCE_RNN";
  BuiltinOperator2[BuiltinOperator2["GATHER"] = 36] = "GATHER";
  BuiltinOperator2[BuiltinOperator2["BATCH_TO_SPACE_ND"] = 37] = "BATCH_TO_SPACE_ND";
  BuiltinOperator2[BuiltinOperator2["SPACE_TO_BATCH_ND"] = 38] = "SPACE_TO_BATCH_ND";
  BuiltinOperator2[BuiltinOperator2["TRANSPOSE"] = 39] = "TRANSPOSE";
  BuiltinOperator2[BuiltinOperator2["MEAN"] = 40] = "MEAN";
  BuiltinOperator2[BuiltinOperator2["SUB"] = 41] = "SUB";
  BuiltinOperator2[BuiltinOperator2["DIV"] = 42] = "DIV";
  BuiltinOperator2[BuiltinOperator2["SQUEEZE"] = 43] = "SQUEEZE";
  BuiltinOperator2[BuiltinOperator2["UNIDIRECTIONAL_SEQUENCE_LSTM"] = 44] = "UNIDIRECTIONAL_SEQUENCE_LSTM";
  BuiltinOperator2[BuiltinOperator2["STRIDED_SLICE"] = 45] = "STRIDED_SLICE";
  BuiltinOperator2[BuiltinOperator2["BIDIRECTIONAL_SEQUENCE_RNN"] = 46] = "BIDIRECTIONAL_SEQUENCE_RNN";
  BuiltinOperator2[BuiltinOperator2["EXP"] = 47] = "EXP";
  BuiltinOperator2[BuiltinOperator2["TOPK_V2"] = 48] = "TOPK_V2";
  BuiltinOperator2[BuiltinOperator2["SPLIT"] = 49] = "SPLIT";
  BuiltinOperator2[BuiltinOperator2["LOG_SOFTMAX"] = 50] = "LOG_SOFTMAX";
  BuiltinOperator2[BuiltinOperator2["DELEGATE"] = 51] = "DELEGATE";
  BuiltinOperator2[BuiltinOperator2["BIDIRECTIONAL_SEQUENCE_LSTM"] = 52] = "BIDIRECTIONAL_SEQUENCE_LSTM";
  BuiltinOperator2[BuiltinOperator2["CAST"] = 53] = "CAST";
  BuiltinOperator2[BuiltinOperator2["PRELU"] = 54] = "PRELU";
  BuiltinOperator2[BuiltinOperator2["MAXIMUM"] = 55] = "MAXIMUM";
  BuiltinOperator2[BuiltinOperator2["ARG_MAX"] = 56] = "ARG_MAX";
  BuiltinOperator2[BuiltinOperator2["MINIMUM"] = 57] = "MINIMUM";
  BuiltinOperator2[BuiltinOperator2["LESS"] = 58] = "LESS";
  BuiltinOperator2[BuiltinOperator2["NEG"] = 59] = "NEG";
  BuiltinOperator2[BuiltinOperator2["PADV2"] = 60] = "PADV2";
  BuiltinOperator2[BuiltinOperator2["GREATER"] = 61] = "GREATER";
  BuiltinOperator2[BuiltinOperator2["GREATER_EQUAL"] = 62] = "GREATER_EQUAL";
  BuiltinOperator2[BuiltinOperator2["LESS_EQUAL"] = 63] = "LESS_EQUAL";
  BuiltinOperator2[BuiltinOperator2["SELECT"] = 64] = "SELECT";
  BuiltinOperator2[BuiltinOperator2["SLICE"] = 65] = "SLICE";
  BuiltinOperator2[BuiltinOperator2["SIN"] = 66] = "SIN";
  BuiltinOperator2[BuiltinOperator2["TRANSPOSE_CONV"] = 67] = "TRANSPOSE_CONV";
  BuiltinOperator2[BuiltinOperator2["SPARSE_TO_DENSE"] = 68] = "SPARSE_TO_DENSE";
  BuiltinOperator2[BuiltinOperator2["TILE"] = 69] = "TILE";
  BuiltinOperator2[BuiltinOperator2["EXPAND_DIMS"] = 70] = "EXPAND_DIMS";
  BuiltinOperator2[BuiltinOperator2["EQUAL"] = 71] = "EQUAL";
  BuiltinOperator2[BuiltinOperator2["NOT_EQUAL"] = 72] = "NOT_EQUAL";
  BuiltinOperator2[BuiltinOperator2["LOG"] = 73] = "LOG";
  BuiltinOperator2[BuiltinOperator2["SUM"] = 74] = "SUM";
  BuiltinOperator2[BuiltinOperator2["SQRT"] = 75] = "SQRT";
  BuiltinOperator2[BuiltinOperator2["RSQRT"] = 76] = "RSQRT";
  BuiltinOperator2[BuiltinOperator2["SHAPE"] = 77] = "SHAPE";
  BuiltinOperator2[BuiltinOperator2["POW"] = 78] = "POW";
  BuiltinOperator2[BuiltinOperator2["ARG_MIN"] = 79] = "ARG_MIN";
  BuiltinOperator2[BuiltinOperator2["FAKE_QUANT"] = 80] = "FAKE_QUANT";
  BuiltinOperator2[BuiltinOperator2["REDUCE_PROD"] = 81] = "REDUCE_PROD";
  BuiltinOperator2[BuiltinOperator2["REDUCE_MAX"] = 82] = "REDUCE_MAX";
  BuiltinOperator2[BuiltinOperator2["PACK"] = 83] = "PACK";
  BuiltinOperator2[BuiltinOperator2["LOGICAL_OR"] = 84] = "LOGICAL_OR";
  BuiltinOperator2[BuiltinOperator2["ONE_HOT"] = 85] = "ONE_HOT";
  BuiltinOperator2[BuiltinOperator2["LOGICAL_AND"] = 86] = "LOGICAL_AND";
  BuiltinOperator2[BuiltinOperator2["LOGICAL_NOT"] = 87] = "LOGICAL_NOT";
  BuiltinOperator2[BuiltinOperator2["UNPACK"] = 88] = "UNPACK";
  BuiltinOperator2[BuiltinOperator2["REDUCE_MIN"] = 89] = "REDUCE_MIN";
  BuiltinOperator2[BuiltinOperator2["FLOOR_DIV"] = 90] = "FLOOR_DIV";
  BuiltinOperator2[BuiltinOperator2["REDUCE_ANY"] = 91] = "REDUCE_ANY";
  BuiltinOperator2[BuiltinOperator2["SQUARE"] = 92] = "SQUARE";
  BuiltinOperator2[BuiltinOperator2["ZEROS_LIKE"] = 93] = "ZEROS_LIKE";
  BuiltinOperator2[BuiltinOperator2["FILL"] = 94] = "FILL";
  BuiltinOperator2[BuiltinOperator2["FLOOR_MOD"] = 95] = "FLOOR_MOD";
  BuiltinOperator2[BuiltinOperator2["RANGE"] = 96] = "RANGE";
  BuiltinOperator2[BuiltinOperator2["RESIZE_NEAREST_NEIGHBOR"] = 97] = "RESIZE_NEAREST_NEIGHBOR";
  BuiltinOperator2[BuiltinOperator2["LEAKY_RELU"] = 98] = "LEAKY_RELU";
  BuiltinOperator2[BuiltinOperator2["SQUARED_DIFFERENCE"] = 99] = "SQUARED_DIFFERENCE";
  BuiltinOperator2[BuiltinOperator2["MIRROR_PAD"] = 100] = "MIRROR_PAD";
  BuiltinOperator2[BuiltinOperator2["ABS"] = 101] = "ABS";
  BuiltinOperator2[BuiltinOperator2["SPLIT_V"] = 102] = "SPLIT_V";
  BuiltinOperator2[BuiltinOperator2["UNIQUE"] = 103] = "UNIQUE";
  BuiltinOperator2[BuiltinOperator2["CEIL"] = 104] = "CEIL";
  BuiltinOperator2[BuiltinOperator2["REVERSE_V2"] = 105] = "REVERSE_V2";
  BuiltinOperator2[BuiltinOperator2["ADD_N"] = 106] = "ADD_N";
  BuiltinOperator2[BuiltinOperator2["GATHER_ND"] = 107] = "GATHER_ND";
  BuiltinOperator2[BuiltinOperator2["COS"] = 108] = "COS";
  BuiltinOperator2[BuiltinOperator2["WHERE"] = 109] = "WHERE";
  BuiltinOperator2[BuiltinOperator2["RANK"] = 110] = "RANK";
  BuiltinOperator2[BuiltinOperator2["ELU"] = 111] = "ELU";
  BuiltinOperator2[BuiltinOperator2["REVERSE_SEQUENCE"] = 112] = "REVERSE_SEQUENCE";
  BuiltinOperator2[BuiltinOperator2["MATRIX_DIAG"] = 113] = "MATRIX_DIAG";
  BuiltinOperator2[BuiltinOperator2["QUANTIZE"] = 114] = "QUANTIZE";
  BuiltinOperator2[BuiltinOperator2["MATRIX_SET_DIAG"] = 115] = "MATRIX_SET_DIAG";
  BuiltinOperator2[BuiltinOperator2["ROUND"] = 116] = "ROUND";
  BuiltinOperator2[BuiltinOperator2["HARD_SWISH"] = 117] = "HARD_SWISH";
  BuiltinOperator2[BuiltinOperator2["IF"] = 118] = "IF";
  BuiltinOperator2[BuiltinOperator2["WHILE"] = 119] = "WHILE";
  BuiltinOperator2[BuiltinOperator2["NON_MAX_SUPPRESSION_V4"] = 120] = "NON_MAX_SUPPRESSION_V4";
  BuiltinOperator2[BuiltinOperator2["NON_MAX_SUPPRESSION_V5"] = 121] = "NON_MAX_SUPPRESSION_V5";
  BuiltinOperator2[BuiltinOperator2["SCATTER_ND"] = 122] = "SCATTER_ND";
  BuiltinOperator2[BuiltinOperator2["SELECT_V2"] = 123] = "SELECT_V2";
  BuiltinOperator2[BuiltinOperator2["DENSIFY"] = 124] = "DENSIFY";
  BuiltinOperator2[BuiltinOperator2["SEGMENT_SUM"] = 125] = "SEGMENT_SUM";
  BuiltinOperator2[BuiltinOperator2["BATCH_MATMUL"] = 126] = "BATCH_MATMUL";
  BuiltinOperator2[BuiltinOperator2["PLACEHOLDER_FOR_GREATER_OP_CODES"] = 127] = "PLACEHOLDER_FOR_GREATER_OP_CODES";
  BuiltinOperator2[BuiltinOperator2["CUMSUM"] = 128] = "CUMSUM";
  BuiltinOperator2[BuiltinOperator2["CALL_ONCE"] = 129] = "CALL_ONCE";
  BuiltinOperator2[BuiltinOperator2["BROADCAST_TO"] = 130] = "BROADCAST_TO";
  BuiltinOperator2[BuiltinOperator2["RFFT2D"] = 131] = "RFFT2D";
  BuiltinOperator2[BuiltinOperator2["CONV_3D"] = 132] = "CONV_3D";
  BuiltinOperator2[BuiltinOperator2["IMAG"] = 133] = "IMAG";
  BuiltinOperator2[BuiltinOperator2["REAL"] = 134] = "REAL";
  BuiltinOperator2[BuiltinOperator2["COMPLEX_ABS"] = 135] = "COMPLEX_ABS";
  BuiltinOperator2[BuiltinOperator2["HASHTABLE"] = 136] = "HASHTABLE";
  BuiltinOperator2[BuiltinOperator2["HASHTABLE_FIND"] = 137] = "HASHTABLE_FIND";
  BuiltinOperator2[BuiltinOperator2["HASHTABLE_IMPORT"] = 138] = "HASHTABLE_IMPORT";
  BuiltinOperator2[BuiltinOperator2["HASHTABLE_SIZE"] = 139] = "HASHTABLE_SIZE";
  BuiltinOperator2[BuiltinOperator2["REDUCE_ALL"] = 140] = "REDUCE_ALL";
  BuiltinOperator2[BuiltinOperator2["CONV_3D_TRANSPOSE"] = 141] = "CONV_3D_TRANSPOSE";
  BuiltinOperator2[BuiltinOperator2["VAR_HANDLE"] = 142] = "VAR_HANDLE";
  BuiltinOperator2[BuiltinOperator2["READ_VARIABLE"] = 143] = "READ_VARIABLE";
  BuiltinOperator2[BuiltinOperator2["ASSIGN_VARIABLE"] = 144] = "ASSIGN_VARIABLE";
  BuiltinOperator2[BuiltinOperator2["BROADCAST_ARGS"] = 145] = "BROADCAST_ARGS";
  BuiltinOperator2[BuiltinOperator2["RANDOM_STANDARD_NORMAL"] = 146] = "RANDOM_STANDARD_NORMAL";
  BuiltinOperator2[BuiltinOperator2["BUCKETIZE"] = 147] = "BUCKETIZE";
  BuiltinOperator2[BuiltinOperator2["RANDOM_UNIFORM"] = 148] = "RANDOM_UNIFORM";
  BuiltinOperator2[BuiltinOperator2["MULTINOMIAL"] = 149] = "MULTINOMIAL";
  BuiltinOperator2[BuiltinOperator2["GELU"] = 150] = "GELU";
  BuiltinOperator2[BuiltinOperator2["DYNAMIC_UPDATE_SLICE"] = 151] = "DYNAMIC_UPDATE_SLICE";
  BuiltinOperator2[BuiltinOperator2["RELU_0_TO_1"] = 152] = "RELU_0_TO_1";
  BuiltinOperator2[BuiltinOperator2["UNSORTED_SEGMENT_PROD"] = 153] = "UNSORTED_SEGMENT_PROD";
  BuiltinOperator2[BuiltinOperator2["UNSORTED_SEGMENT_MAX"] = 154] = "UNSORTED_SEGMENT_MAX";
  BuiltinOperator2[BuiltinOperator2["UNSORTED_SEGMENT_SUM"] = 155] = "UNSORTED_SEGMENT_SUM";
  BuiltinOperator2[BuiltinOperator2["ATAN2"] = 156] = "ATAN2";
  BuiltinOperator2[BuiltinOperator2["UNSORTED_SEGMENT_MIN"] = 157] = "UNSORTED_SEGMENT_MIN";
  BuiltinOperator2[BuiltinOperator2["SIGN"] = 158] = "SIGN";
  BuiltinOperator2[BuiltinOperator2["BITCAST"] = 159] = "BITCAST";
  BuiltinOperator2[BuiltinOperator2["BITWISE_XOR"] = 160] = "BITWISE_XOR";
  BuiltinOperator2[BuiltinOperator2["RIGHT_SHIFT"] = 161] = "RIGHT_SHIFT";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_LOGISTIC"] = 162] = "STABLEHLO_LOGISTIC";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_ADD"] = 163] = "STABLEHLO_ADD";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_DIVIDE"] = 164] = "STABLEHLO_DIVIDE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_MULTIPLY"] = 165] = "STABLEHLO_MULTIPLY";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_MAXIMUM"] = 166] = "STABLEHLO_MAXIMUM";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_RESHAPE"] = 167] = "STABLEHLO_RESHAPE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_CLAMP"] = 168] = "STABLEHLO_CLAMP";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_CONCATENATE"] = 169] = "STABLEHLO_CONCATENATE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_BROADCAST_IN_DIM"] = 170] = "STABLEHLO_BROADCAST_IN_DIM";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_CONVOLUTION"] = 171] = "STABLEHLO_CONVOLUTION";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_SLICE"] = 172] = "STABLEHLO_SLICE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_CUSTOM_CALL"] = 173] = "STABLEHLO_CUSTOM_CALL";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_REDUCE"] = 174] = "STABLEHLO_REDUCE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_ABS"] = 175] = "STABLEHLO_ABS";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_AND"] = 176] = "STABLEHLO_AND";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_COSINE"] = 177] = "STABLEHLO_COSINE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_EXPONENTIAL"] = 178] = "STABLEHLO_EXPONENTIAL";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_FLOOR"] = 179] = "STABLEHLO_FLOOR";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_LOG"] = 180] = "STABLEHLO_LOG";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_MINIMUM"] = 181] = "STABLEHLO_MINIMUM";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_NEGATE"] = 182] = "STABLEHLO_NEGATE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_OR"] = 183] = "STABLEHLO_OR";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_POWER"] = 184] = "STABLEHLO_POWER";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_REMAINDER"] = 185] = "STABLEHLO_REMAINDER";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_RSQRT"] = 186] = "STABLEHLO_RSQRT";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_SELECT"] = 187] = "STABLEHLO_SELECT";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_SUBTRACT"] = 188] = "STABLEHLO_SUBTRACT";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_TANH"] = 189] = "STABLEHLO_TANH";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_SCATTER"] = 190] = "STABLEHLO_SCATTER";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_COMPARE"] = 191] = "STABLEHLO_COMPARE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_CONVERT"] = 192] = "STABLEHLO_CONVERT";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_DYNAMIC_SLICE"] = 193] = "STABLEHLO_DYNAMIC_SLICE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_DYNAMIC_UPDATE_SLICE"] = 194] = "STABLEHLO_DYNAMIC_UPDATE_SLICE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_PAD"] = 195] = "STABLEHLO_PAD";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_IOTA"] = 196] = "STABLEHLO_IOTA";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_DOT_GENERAL"] = 197] = "STABLEHLO_DOT_GENERAL";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_REDUCE_WINDOW"] = 198] = "STABLEHLO_REDUCE_WINDOW";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_SORT"] = 199] = "STABLEHLO_SORT";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_WHILE"] = 200] = "STABLEHLO_WHILE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_GATHER"] = 201] = "STABLEHLO_GATHER";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_TRANSPOSE"] = 202] = "STABLEHLO_TRANSPOSE";
  BuiltinOperator2[BuiltinOperator2["DILATE"] = 203] = "DILATE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_RNG_BIT_GENERATOR"] = 204] = "STABLEHLO_RNG_BIT_GENERATOR";
  BuiltinOperator2[BuiltinOperator2["REDUCE_WINDOW"] = 205] = "REDUCE_WINDOW";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_COMPOSITE"] = 206] = "STABLEHLO_COMPOSITE";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_SHIFT_LEFT"] = 207] = "STABLEHLO_SHIFT_LEFT";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_CBRT"] = 208] = "STABLEHLO_CBRT";
  BuiltinOperator2[BuiltinOperator2["STABLEHLO_CASE"] = 209] = "STABLEHLO_CASE";
  return BuiltinOperator2;
})(BuiltinOperator || {});

// src/tflite/generated/tflite/operator-code.ts
var OperatorCode = class _OperatorCode {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsOperatorCode(bb, obj) {
    return (obj || new _OperatorCode()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsOperatorCode(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers5.SIZE_PREFIX_LENGTH);
    return (obj || new _OperatorCode()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  deprecatedBuiltinCode() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0;
  }
  customCode(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  version() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
  }
  builtinCode() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0 /* ADD */;
  }
  static startOperatorCode(builder) {
    builder.startObject(4);
  }
  static addDeprecatedBuiltinCode(builder, deprecatedBuiltinCode) {
    builder.addFieldInt8(0, deprecatedBuiltinCode, 0);
  }
  static addCustomCode(builder, customCodeOffset) {
    builder.addFieldOffset(1, customCodeOffset, 0);
  }
  static addVersion(builder, version) {
    builder.addFieldInt32(2, version, 1);
  }
  static addBuiltinCode(builder, builtinCode) {
    builder.addFieldInt32(3, builtinCode, 0 /* ADD */);
  }
  static endOperatorCode(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createOperatorCode(builder, deprecatedBuiltinCode, customCodeOffset, version, builtinCode) {
    _OperatorCode.startOperatorCode(builder);
    _OperatorCode.addDeprecatedBuiltinCode(builder, deprecatedBuiltinCode);
    _OperatorCode.addCustomCode(builder, customCodeOffset);
    _OperatorCode.addVersion(builder, version);
    _OperatorCode.addBuiltinCode(builder, builtinCode);
    return _OperatorCode.endOperatorCode(builder);
  }
  unpack() {
    return new OperatorCodeT(
      this.deprecatedBuiltinCode(),
      this.customCode(),
      this.version(),
      this.builtinCode()
    );
  }
  unpackTo(_o) {
    _o.deprecatedBuiltinCode = this.deprecatedBuiltinCode();
    _o.customCode = this.customCode();
    _o.version = this.version();
    _o.builtinCode = this.builtinCode();
  }
};
var OperatorCodeT = class {
  constructor(deprecatedBuiltinCode = 0, customCode = null, version = 1, builtinCode = 0 /* ADD */) {
    this.deprecatedBuiltinCode = deprecatedBuiltinCode;
    this.customCode = customCode;
    this.version = version;
    this.builtinCode = builtinCode;
  }
  pack(builder) {
    const customCode = this.customCode !== null ? builder.createString(this.customCode) : 0;
    return OperatorCode.createOperatorCode(
      builder,
      this.deprecatedBuiltinCode,
      customCode,
      this.version,
      this.builtinCode
    );
  }
};

// src/tflite/generated/tflite/signature-def.ts
var flatbuffers7 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/tflite/tensor-map.ts
var flatbuffers6 = __toESM(require_flatbuffers(), 1);
var TensorMap = class _TensorMap {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsTensorMap(bb, obj) {
    return (obj || new _TensorMap()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsTensorMap(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers6.SIZE_PREFIX_LENGTH);
    return (obj || new _TensorMap()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  name(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  tensorIndex() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
  }
  static startTensorMap(builder) {
    builder.startObject(2);
  }
  static addName(builder, nameOffset) {
    builder.addFieldOffset(0, nameOffset, 0);
  }
  static addTensorIndex(builder, tensorIndex) {
    builder.addFieldInt32(1, tensorIndex, 0);
  }
  static endTensorMap(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createTensorMap(builder, nameOffset, tensorIndex) {
    _TensorMap.startTensorMap(builder);
    _TensorMap.addName(builder, nameOffset);
    _TensorMap.addTensorIndex(builder, tensorIndex);
    return _TensorMap.endTensorMap(builder);
  }
  unpack() {
    return new TensorMapT(
      this.name(),
      this.tensorIndex()
    );
  }
  unpackTo(_o) {
    _o.name = this.name();
    _o.tensorIndex = this.tensorIndex();
  }
};
var TensorMapT = class {
  constructor(name = null, tensorIndex = 0) {
    this.name = name;
    this.tensorIndex = tensorIndex;
  }
  pack(builder) {
    const name = this.name !== null ? builder.createString(this.name) : 0;
    return TensorMap.createTensorMap(
      builder,
      name,
      this.tensorIndex
    );
  }
};

// src/tflite/generated/tflite/signature-def.ts
var SignatureDef = class _SignatureDef {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSignatureDef(bb, obj) {
    return (obj || new _SignatureDef()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSignatureDef(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers7.SIZE_PREFIX_LENGTH);
    return (obj || new _SignatureDef()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  inputs(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? (obj || new TensorMap()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  inputsLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  outputs(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? (obj || new TensorMap()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  outputsLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  signatureKey(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  deprecatedTag(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  subgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
  }
  static startSignatureDef(builder) {
    builder.startObject(5);
  }
  static addInputs(builder, inputsOffset) {
    builder.addFieldOffset(0, inputsOffset, 0);
  }
  static createInputsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startInputsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addOutputs(builder, outputsOffset) {
    builder.addFieldOffset(1, outputsOffset, 0);
  }
  static createOutputsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startOutputsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addSignatureKey(builder, signatureKeyOffset) {
    builder.addFieldOffset(2, signatureKeyOffset, 0);
  }
  static addDeprecatedTag(builder, deprecatedTagOffset) {
    builder.addFieldOffset(3, deprecatedTagOffset, 0);
  }
  static addSubgraphIndex(builder, subgraphIndex) {
    builder.addFieldInt32(4, subgraphIndex, 0);
  }
  static endSignatureDef(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSignatureDef(builder, inputsOffset, outputsOffset, signatureKeyOffset, deprecatedTagOffset, subgraphIndex) {
    _SignatureDef.startSignatureDef(builder);
    _SignatureDef.addInputs(builder, inputsOffset);
    _SignatureDef.addOutputs(builder, outputsOffset);
    _SignatureDef.addSignatureKey(builder, signatureKeyOffset);
    _SignatureDef.addDeprecatedTag(builder, deprecatedTagOffset);
    _SignatureDef.addSubgraphIndex(builder, subgraphIndex);
    return _SignatureDef.endSignatureDef(builder);
  }
  unpack() {
    return new SignatureDefT(
      this.bb.createObjList(this.inputs.bind(this), this.inputsLength()),
      this.bb.createObjList(this.outputs.bind(this), this.outputsLength()),
      this.signatureKey(),
      this.deprecatedTag(),
      this.subgraphIndex()
    );
  }
  unpackTo(_o) {
    _o.inputs = this.bb.createObjList(this.inputs.bind(this), this.inputsLength());
    _o.outputs = this.bb.createObjList(this.outputs.bind(this), this.outputsLength());
    _o.signatureKey = this.signatureKey();
    _o.deprecatedTag = this.deprecatedTag();
    _o.subgraphIndex = this.subgraphIndex();
  }
};
var SignatureDefT = class {
  constructor(inputs = [], outputs = [], signatureKey = null, deprecatedTag = null, subgraphIndex = 0) {
    this.inputs = inputs;
    this.outputs = outputs;
    this.signatureKey = signatureKey;
    this.deprecatedTag = deprecatedTag;
    this.subgraphIndex = subgraphIndex;
  }
  pack(builder) {
    const inputs = SignatureDef.createInputsVector(builder, builder.createObjectOffsetList(this.inputs));
    const outputs = SignatureDef.createOutputsVector(builder, builder.createObjectOffsetList(this.outputs));
    const signatureKey = this.signatureKey !== null ? builder.createString(this.signatureKey) : 0;
    const deprecatedTag = this.deprecatedTag !== null ? builder.createString(this.deprecatedTag) : 0;
    return SignatureDef.createSignatureDef(
      builder,
      inputs,
      outputs,
      signatureKey,
      deprecatedTag,
      this.subgraphIndex
    );
  }
};

// src/tflite/generated/tflite/sub-graph.ts
var flatbuffers169 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/tflite/operator.ts
var flatbuffers157 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/tflite/atan2options.ts
var flatbuffers8 = __toESM(require_flatbuffers(), 1);
var ATan2Options = class _ATan2Options {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsATan2Options(bb, obj) {
    return (obj || new _ATan2Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsATan2Options(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers8.SIZE_PREFIX_LENGTH);
    return (obj || new _ATan2Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startATan2Options(builder) {
    builder.startObject(0);
  }
  static endATan2Options(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createATan2Options(builder) {
    _ATan2Options.startATan2Options(builder);
    return _ATan2Options.endATan2Options(builder);
  }
  unpack() {
    return new ATan2OptionsT();
  }
  unpackTo(_o) {
  }
};
var ATan2OptionsT = class {
  constructor() {
  }
  pack(builder) {
    return ATan2Options.createATan2Options(builder);
  }
};

// src/tflite/generated/tflite/abs-options.ts
var flatbuffers9 = __toESM(require_flatbuffers(), 1);
var AbsOptions = class _AbsOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsAbsOptions(bb, obj) {
    return (obj || new _AbsOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsAbsOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers9.SIZE_PREFIX_LENGTH);
    return (obj || new _AbsOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startAbsOptions(builder) {
    builder.startObject(0);
  }
  static endAbsOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createAbsOptions(builder) {
    _AbsOptions.startAbsOptions(builder);
    return _AbsOptions.endAbsOptions(builder);
  }
  unpack() {
    return new AbsOptionsT();
  }
  unpackTo(_o) {
  }
};
var AbsOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return AbsOptions.createAbsOptions(builder);
  }
};

// src/tflite/generated/tflite/add-noptions.ts
var flatbuffers10 = __toESM(require_flatbuffers(), 1);
var AddNOptions = class _AddNOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsAddNOptions(bb, obj) {
    return (obj || new _AddNOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsAddNOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers10.SIZE_PREFIX_LENGTH);
    return (obj || new _AddNOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startAddNOptions(builder) {
    builder.startObject(0);
  }
  static endAddNOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createAddNOptions(builder) {
    _AddNOptions.startAddNOptions(builder);
    return _AddNOptions.endAddNOptions(builder);
  }
  unpack() {
    return new AddNOptionsT();
  }
  unpackTo(_o) {
  }
};
var AddNOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return AddNOptions.createAddNOptions(builder);
  }
};

// src/tflite/generated/tflite/add-options.ts
var flatbuffers11 = __toESM(require_flatbuffers(), 1);
var AddOptions = class _AddOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsAddOptions(bb, obj) {
    return (obj || new _AddOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsAddOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers11.SIZE_PREFIX_LENGTH);
    return (obj || new _AddOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  potScaleInt16() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : true;
  }
  static startAddOptions(builder) {
    builder.startObject(2);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(0, fusedActivationFunction, 0 /* NONE */);
  }
  static addPotScaleInt16(builder, potScaleInt16) {
    builder.addFieldInt8(1, +potScaleInt16, 1);
  }
  static endAddOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createAddOptions(builder, fusedActivationFunction, potScaleInt16) {
    _AddOptions.startAddOptions(builder);
    _AddOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _AddOptions.addPotScaleInt16(builder, potScaleInt16);
    return _AddOptions.endAddOptions(builder);
  }
  unpack() {
    return new AddOptionsT(
      this.fusedActivationFunction(),
      this.potScaleInt16()
    );
  }
  unpackTo(_o) {
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.potScaleInt16 = this.potScaleInt16();
  }
};
var AddOptionsT = class {
  constructor(fusedActivationFunction = 0 /* NONE */, potScaleInt16 = true) {
    this.fusedActivationFunction = fusedActivationFunction;
    this.potScaleInt16 = potScaleInt16;
  }
  pack(builder) {
    return AddOptions.createAddOptions(
      builder,
      this.fusedActivationFunction,
      this.potScaleInt16
    );
  }
};

// src/tflite/generated/tflite/arg-max-options.ts
var flatbuffers12 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/tflite/tensor-type.ts
var TensorType = /* @__PURE__ */ ((TensorType2) => {
  TensorType2[TensorType2["FLOAT32"] = 0] = "FLOAT32";
  TensorType2[TensorType2["FLOAT16"] = 1] = "FLOAT16";
  TensorType2[TensorType2["INT32"] = 2] = "INT32";
  TensorType2[TensorType2["UINT8"] = 3] = "UINT8";
  TensorType2[TensorType2["INT64"] = 4] = "INT64";
  TensorType2[TensorType2["STRING"] = 5] = "STRING";
  TensorType2[TensorType2["BOOL"] = 6] = "BOOL";
  TensorType2[TensorType2["INT16"] = 7] = "INT16";
  TensorType2[TensorType2["COMPLEX64"] = 8] = "COMPLEX64";
  TensorType2[TensorType2["INT8"] = 9] = "INT8";
  TensorType2[TensorType2["FLOAT64"] = 10] = "FLOAT64";
  TensorType2[TensorType2["COMPLEX128"] = 11] = "COMPLEX128";
  TensorType2[TensorType2["UINT64"] = 12] = "UINT64";
  TensorType2[TensorType2["RESOURCE"] = 13] = "RESOURCE";
  TensorType2[TensorType2["VARIANT"] = 14] = "VARIANT";
  TensorType2[TensorType2["UINT32"] = 15] = "UINT32";
  TensorType2[TensorType2["UINT16"] = 16] = "UINT16";
  TensorType2[TensorType2["INT4"] = 17] = "INT4";
  TensorType2[TensorType2["BFLOAT16"] = 18] = "BFLOAT16";
  TensorType2[TensorType2["INT2"] = 19] = "INT2";
  TensorType2[TensorType2["UINT4"] = 20] = "UINT4";
  TensorType2[TensorType2["FLOAT8_E4M3FN"] = 21] = "FLOAT8_E4M3FN";
  TensorType2[TensorType2["FLOAT8_E5M2"] = 22] = "FLOAT8_E5M2";
  return TensorType2;
})(TensorType || {});

// src/tflite/generated/tflite/arg-max-options.ts
var ArgMaxOptions = class _ArgMaxOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsArgMaxOptions(bb, obj) {
    return (obj || new _ArgMaxOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsArgMaxOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers12.SIZE_PREFIX_LENGTH);
    return (obj || new _ArgMaxOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  outputType() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  static startArgMaxOptions(builder) {
    builder.startObject(1);
  }
  static addOutputType(builder, outputType) {
    builder.addFieldInt8(0, outputType, 0 /* FLOAT32 */);
  }
  static endArgMaxOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createArgMaxOptions(builder, outputType) {
    _ArgMaxOptions.startArgMaxOptions(builder);
    _ArgMaxOptions.addOutputType(builder, outputType);
    return _ArgMaxOptions.endArgMaxOptions(builder);
  }
  unpack() {
    return new ArgMaxOptionsT(
      this.outputType()
    );
  }
  unpackTo(_o) {
    _o.outputType = this.outputType();
  }
};
var ArgMaxOptionsT = class {
  constructor(outputType = 0 /* FLOAT32 */) {
    this.outputType = outputType;
  }
  pack(builder) {
    return ArgMaxOptions.createArgMaxOptions(
      builder,
      this.outputType
    );
  }
};

// src/tflite/generated/tflite/arg-min-options.ts
var flatbuffers13 = __toESM(require_flatbuffers(), 1);
var ArgMinOptions = class _ArgMinOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsArgMinOptions(bb, obj) {
    return (obj || new _ArgMinOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsArgMinOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers13.SIZE_PREFIX_LENGTH);
    return (obj || new _ArgMinOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  outputType() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  static startArgMinOptions(builder) {
    builder.startObject(1);
  }
  static addOutputType(builder, outputType) {
    builder.addFieldInt8(0, outputType, 0 /* FLOAT32 */);
  }
  static endArgMinOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createArgMinOptions(builder, outputType) {
    _ArgMinOptions.startArgMinOptions(builder);
    _ArgMinOptions.addOutputType(builder, outputType);
    return _ArgMinOptions.endArgMinOptions(builder);
  }
  unpack() {
    return new ArgMinOptionsT(
      this.outputType()
    );
  }
  unpackTo(_o) {
    _o.outputType = this.outputType();
  }
};
var ArgMinOptionsT = class {
  constructor(outputType = 0 /* FLOAT32 */) {
    this.outputType = outputType;
  }
  pack(builder) {
    return ArgMinOptions.createArgMinOptions(
      builder,
      this.outputType
    );
  }
};

// src/tflite/generated/tflite/assign-variable-options.ts
var flatbuffers14 = __toESM(require_flatbuffers(), 1);
var AssignVariableOptions = class _AssignVariableOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsAssignVariableOptions(bb, obj) {
    return (obj || new _AssignVariableOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsAssignVariableOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers14.SIZE_PREFIX_LENGTH);
    return (obj || new _AssignVariableOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startAssignVariableOptions(builder) {
    builder.startObject(0);
  }
  static endAssignVariableOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createAssignVariableOptions(builder) {
    _AssignVariableOptions.startAssignVariableOptions(builder);
    return _AssignVariableOptions.endAssignVariableOptions(builder);
  }
  unpack() {
    return new AssignVariableOptionsT();
  }
  unpackTo(_o) {
  }
};
var AssignVariableOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return AssignVariableOptions.createAssignVariableOptions(builder);
  }
};

// src/tflite/generated/tflite/batch-mat-mul-options.ts
var flatbuffers15 = __toESM(require_flatbuffers(), 1);
var BatchMatMulOptions = class _BatchMatMulOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsBatchMatMulOptions(bb, obj) {
    return (obj || new _BatchMatMulOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsBatchMatMulOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers15.SIZE_PREFIX_LENGTH);
    return (obj || new _BatchMatMulOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  adjX() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  adjY() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  asymmetricQuantizeInputs() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startBatchMatMulOptions(builder) {
    builder.startObject(3);
  }
  static addAdjX(builder, adjX) {
    builder.addFieldInt8(0, +adjX, 0);
  }
  static addAdjY(builder, adjY) {
    builder.addFieldInt8(1, +adjY, 0);
  }
  static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
    builder.addFieldInt8(2, +asymmetricQuantizeInputs, 0);
  }
  static endBatchMatMulOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createBatchMatMulOptions(builder, adjX, adjY, asymmetricQuantizeInputs) {
    _BatchMatMulOptions.startBatchMatMulOptions(builder);
    _BatchMatMulOptions.addAdjX(builder, adjX);
    _BatchMatMulOptions.addAdjY(builder, adjY);
    _BatchMatMulOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
    return _BatchMatMulOptions.endBatchMatMulOptions(builder);
  }
  unpack() {
    return new BatchMatMulOptionsT(
      this.adjX(),
      this.adjY(),
      this.asymmetricQuantizeInputs()
    );
  }
  unpackTo(_o) {
    _o.adjX = this.adjX();
    _o.adjY = this.adjY();
    _o.asymmetricQuantizeInputs = this.asymmetricQuantizeInputs();
  }
};
var BatchMatMulOptionsT = class {
  constructor(adjX = false, adjY = false, asymmetricQuantizeInputs = false) {
    this.adjX = adjX;
    this.adjY = adjY;
    this.asymmetricQuantizeInputs = asymmetricQuantizeInputs;
  }
  pack(builder) {
    return BatchMatMulOptions.createBatchMatMulOptions(
      builder,
      this.adjX,
      this.adjY,
      this.asymmetricQuantizeInputs
    );
  }
};

// src/tflite/generated/tflite/batch-to-space-ndoptions.ts
var flatbuffers16 = __toESM(require_flatbuffers(), 1);
var BatchToSpaceNDOptions = class _BatchToSpaceNDOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsBatchToSpaceNDOptions(bb, obj) {
    return (obj || new _BatchToSpaceNDOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsBatchToSpaceNDOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers16.SIZE_PREFIX_LENGTH);
    return (obj || new _BatchToSpaceNDOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startBatchToSpaceNDOptions(builder) {
    builder.startObject(0);
  }
  static endBatchToSpaceNDOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createBatchToSpaceNDOptions(builder) {
    _BatchToSpaceNDOptions.startBatchToSpaceNDOptions(builder);
    return _BatchToSpaceNDOptions.endBatchToSpaceNDOptions(builder);
  }
  unpack() {
    return new BatchToSpaceNDOptionsT();
  }
  unpackTo(_o) {
  }
};
var BatchToSpaceNDOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return BatchToSpaceNDOptions.createBatchToSpaceNDOptions(builder);
  }
};

// src/tflite/generated/tflite/bidirectional-sequence-lstmoptions.ts
var flatbuffers17 = __toESM(require_flatbuffers(), 1);
var BidirectionalSequenceLSTMOptions = class _BidirectionalSequenceLSTMOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsBidirectionalSequenceLSTMOptions(bb, obj) {
    return (obj || new _BidirectionalSequenceLSTMOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsBidirectionalSequenceLSTMOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers17.SIZE_PREFIX_LENGTH);
    return (obj || new _BidirectionalSequenceLSTMOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  cellClip() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  projClip() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  mergeOutputs() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  timeMajor() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : true;
  }
  asymmetricQuantizeInputs() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startBidirectionalSequenceLSTMOptions(builder) {
    builder.startObject(6);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(0, fusedActivationFunction, 0 /* NONE */);
  }
  static addCellClip(builder, cellClip) {
    builder.addFieldFloat32(1, cellClip, 0);
  }
  static addProjClip(builder, projClip) {
    builder.addFieldFloat32(2, projClip, 0);
  }
  static addMergeOutputs(builder, mergeOutputs) {
    builder.addFieldInt8(3, +mergeOutputs, 0);
  }
  static addTimeMajor(builder, timeMajor) {
    builder.addFieldInt8(4, +timeMajor, 1);
  }
  static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
    builder.addFieldInt8(5, +asymmetricQuantizeInputs, 0);
  }
  static endBidirectionalSequenceLSTMOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createBidirectionalSequenceLSTMOptions(builder, fusedActivationFunction, cellClip, projClip, mergeOutputs, timeMajor, asymmetricQuantizeInputs) {
    _BidirectionalSequenceLSTMOptions.startBidirectionalSequenceLSTMOptions(builder);
    _BidirectionalSequenceLSTMOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _BidirectionalSequenceLSTMOptions.addCellClip(builder, cellClip);
    _BidirectionalSequenceLSTMOptions.addProjClip(builder, projClip);
    _BidirectionalSequenceLSTMOptions.addMergeOutputs(builder, mergeOutputs);
    _BidirectionalSequenceLSTMOptions.addTimeMajor(builder, timeMajor);
    _BidirectionalSequenceLSTMOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
    return _BidirectionalSequenceLSTMOptions.endBidirectionalSequenceLSTMOptions(builder);
  }
  unpack() {
    return new BidirectionalSequenceLSTMOptionsT(
      this.fusedActivationFunction(),
      this.cellClip(),
      this.projClip(),
      this.mergeOutputs(),
      this.timeMajor(),
      this.asymmetricQuantizeInputs()
    );
  }
  unpackTo(_o) {
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.cellClip = this.cellClip();
    _o.projClip = this.projClip();
    _o.mergeOutputs = this.mergeOutputs();
    _o.timeMajor = this.timeMajor();
    _o.asymmetricQuantizeInputs = this.asymmetricQuantizeInputs();
  }
};
var BidirectionalSequenceLSTMOptionsT = class {
  constructor(fusedActivationFunction = 0 /* NONE */, cellClip = 0, projClip = 0, mergeOutputs = false, timeMajor = true, asymmetricQuantizeInputs = false) {
    this.fusedActivationFunction = fusedActivationFunction;
    this.cellClip = cellClip;
    this.projClip = projClip;
    this.mergeOutputs = mergeOutputs;
    this.timeMajor = timeMajor;
    this.asymmetricQuantizeInputs = asymmetricQuantizeInputs;
  }
  pack(builder) {
    return BidirectionalSequenceLSTMOptions.createBidirectionalSequenceLSTMOptions(
      builder,
      this.fusedActivationFunction,
      this.cellClip,
      this.projClip,
      this.mergeOutputs,
      this.timeMajor,
      this.asymmetricQuantizeInputs
    );
  }
};

// src/tflite/generated/tflite/bidirectional-sequence-rnnoptions.ts
var flatbuffers18 = __toESM(require_flatbuffers(), 1);
var BidirectionalSequenceRNNOptions = class _BidirectionalSequenceRNNOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsBidirectionalSequenceRNNOptions(bb, obj) {
    return (obj || new _BidirectionalSequenceRNNOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsBidirectionalSequenceRNNOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers18.SIZE_PREFIX_LENGTH);
    return (obj || new _BidirectionalSequenceRNNOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  timeMajor() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  mergeOutputs() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  asymmetricQuantizeInputs() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startBidirectionalSequenceRNNOptions(builder) {
    builder.startObject(4);
  }
  static addTimeMajor(builder, timeMajor) {
    builder.addFieldInt8(0, +timeMajor, 0);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(1, fusedActivationFunction, 0 /* NONE */);
  }
  static addMergeOutputs(builder, mergeOutputs) {
    builder.addFieldInt8(2, +mergeOutputs, 0);
  }
  static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
    builder.addFieldInt8(3, +asymmetricQuantizeInputs, 0);
  }
  static endBidirectionalSequenceRNNOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createBidirectionalSequenceRNNOptions(builder, timeMajor, fusedActivationFunction, mergeOutputs, asymmetricQuantizeInputs) {
    _BidirectionalSequenceRNNOptions.startBidirectionalSequenceRNNOptions(builder);
    _BidirectionalSequenceRNNOptions.addTimeMajor(builder, timeMajor);
    _BidirectionalSequenceRNNOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _BidirectionalSequenceRNNOptions.addMergeOutputs(builder, mergeOutputs);
    _BidirectionalSequenceRNNOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
    return _BidirectionalSequenceRNNOptions.endBidirectionalSequenceRNNOptions(builder);
  }
  unpack() {
    return new BidirectionalSequenceRNNOptionsT(
      this.timeMajor(),
      this.fusedActivationFunction(),
      this.mergeOutputs(),
      this.asymmetricQuantizeInputs()
    );
  }
  unpackTo(_o) {
    _o.timeMajor = this.timeMajor();
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.mergeOutputs = this.mergeOutputs();
    _o.asymmetricQuantizeInputs = this.asymmetricQuantizeInputs();
  }
};
var BidirectionalSequenceRNNOptionsT = class {
  constructor(timeMajor = false, fusedActivationFunction = 0 /* NONE */, mergeOutputs = false, asymmetricQuantizeInputs = false) {
    this.timeMajor = timeMajor;
    this.fusedActivationFunction = fusedActivationFunction;
    this.mergeOutputs = mergeOutputs;
    this.asymmetricQuantizeInputs = asymmetricQuantizeInputs;
  }
  pack(builder) {
    return BidirectionalSequenceRNNOptions.createBidirectionalSequenceRNNOptions(
      builder,
      this.timeMajor,
      this.fusedActivationFunction,
      this.mergeOutputs,
      this.asymmetricQuantizeInputs
    );
  }
};

// src/tflite/generated/tflite/bitcast-options.ts
var flatbuffers19 = __toESM(require_flatbuffers(), 1);
var BitcastOptions = class _BitcastOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsBitcastOptions(bb, obj) {
    return (obj || new _BitcastOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsBitcastOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers19.SIZE_PREFIX_LENGTH);
    return (obj || new _BitcastOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startBitcastOptions(builder) {
    builder.startObject(0);
  }
  static endBitcastOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createBitcastOptions(builder) {
    _BitcastOptions.startBitcastOptions(builder);
    return _BitcastOptions.endBitcastOptions(builder);
  }
  unpack() {
    return new BitcastOptionsT();
  }
  unpackTo(_o) {
  }
};
var BitcastOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return BitcastOptions.createBitcastOptions(builder);
  }
};

// src/tflite/generated/tflite/bitwise-xor-options.ts
var flatbuffers20 = __toESM(require_flatbuffers(), 1);
var BitwiseXorOptions = class _BitwiseXorOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsBitwiseXorOptions(bb, obj) {
    return (obj || new _BitwiseXorOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsBitwiseXorOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers20.SIZE_PREFIX_LENGTH);
    return (obj || new _BitwiseXorOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startBitwiseXorOptions(builder) {
    builder.startObject(0);
  }
  static endBitwiseXorOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createBitwiseXorOptions(builder) {
    _BitwiseXorOptions.startBitwiseXorOptions(builder);
    return _BitwiseXorOptions.endBitwiseXorOptions(builder);
  }
  unpack() {
    return new BitwiseXorOptionsT();
  }
  unpackTo(_o) {
  }
};
var BitwiseXorOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return BitwiseXorOptions.createBitwiseXorOptions(builder);
  }
};

// src/tflite/generated/tflite/broadcast-to-options.ts
var flatbuffers21 = __toESM(require_flatbuffers(), 1);
var BroadcastToOptions = class _BroadcastToOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsBroadcastToOptions(bb, obj) {
    return (obj || new _BroadcastToOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsBroadcastToOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers21.SIZE_PREFIX_LENGTH);
    return (obj || new _BroadcastToOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startBroadcastToOptions(builder) {
    builder.startObject(0);
  }
  static endBroadcastToOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createBroadcastToOptions(builder) {
    _BroadcastToOptions.startBroadcastToOptions(builder);
    return _BroadcastToOptions.endBroadcastToOptions(builder);
  }
  unpack() {
    return new BroadcastToOptionsT();
  }
  unpackTo(_o) {
  }
};
var BroadcastToOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return BroadcastToOptions.createBroadcastToOptions(builder);
  }
};

// src/tflite/generated/tflite/bucketize-options.ts
var flatbuffers22 = __toESM(require_flatbuffers(), 1);
var BucketizeOptions = class _BucketizeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsBucketizeOptions(bb, obj) {
    return (obj || new _BucketizeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsBucketizeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers22.SIZE_PREFIX_LENGTH);
    return (obj || new _BucketizeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  boundaries(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readFloat32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  boundariesLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  boundariesArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Float32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startBucketizeOptions(builder) {
    builder.startObject(1);
  }
  static addBoundaries(builder, boundariesOffset) {
    builder.addFieldOffset(0, boundariesOffset, 0);
  }
  static createBoundariesVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addFloat32(data[i]);
    }
    return builder.endVector();
  }
  static startBoundariesVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static endBucketizeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createBucketizeOptions(builder, boundariesOffset) {
    _BucketizeOptions.startBucketizeOptions(builder);
    _BucketizeOptions.addBoundaries(builder, boundariesOffset);
    return _BucketizeOptions.endBucketizeOptions(builder);
  }
  unpack() {
    return new BucketizeOptionsT(
      this.bb.createScalarList(this.boundaries.bind(this), this.boundariesLength())
    );
  }
  unpackTo(_o) {
    _o.boundaries = this.bb.createScalarList(this.boundaries.bind(this), this.boundariesLength());
  }
};
var BucketizeOptionsT = class {
  constructor(boundaries = []) {
    this.boundaries = boundaries;
  }
  pack(builder) {
    const boundaries = BucketizeOptions.createBoundariesVector(builder, this.boundaries);
    return BucketizeOptions.createBucketizeOptions(
      builder,
      boundaries
    );
  }
};

// src/tflite/generated/tflite/call-once-options.ts
var flatbuffers23 = __toESM(require_flatbuffers(), 1);
var CallOnceOptions = class _CallOnceOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsCallOnceOptions(bb, obj) {
    return (obj || new _CallOnceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsCallOnceOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers23.SIZE_PREFIX_LENGTH);
    return (obj || new _CallOnceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  initSubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startCallOnceOptions(builder) {
    builder.startObject(1);
  }
  static addInitSubgraphIndex(builder, initSubgraphIndex) {
    builder.addFieldInt32(0, initSubgraphIndex, 0);
  }
  static endCallOnceOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createCallOnceOptions(builder, initSubgraphIndex) {
    _CallOnceOptions.startCallOnceOptions(builder);
    _CallOnceOptions.addInitSubgraphIndex(builder, initSubgraphIndex);
    return _CallOnceOptions.endCallOnceOptions(builder);
  }
  unpack() {
    return new CallOnceOptionsT(
      this.initSubgraphIndex()
    );
  }
  unpackTo(_o) {
    _o.initSubgraphIndex = this.initSubgraphIndex();
  }
};
var CallOnceOptionsT = class {
  constructor(initSubgraphIndex = 0) {
    this.initSubgraphIndex = initSubgraphIndex;
  }
  pack(builder) {
    return CallOnceOptions.createCallOnceOptions(
      builder,
      this.initSubgraphIndex
    );
  }
};

// src/tflite/generated/tflite/call-options.ts
var flatbuffers24 = __toESM(require_flatbuffers(), 1);
var CallOptions = class _CallOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsCallOptions(bb, obj) {
    return (obj || new _CallOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsCallOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers24.SIZE_PREFIX_LENGTH);
    return (obj || new _CallOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  subgraph() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
  }
  static startCallOptions(builder) {
    builder.startObject(1);
  }
  static addSubgraph(builder, subgraph) {
    builder.addFieldInt32(0, subgraph, 0);
  }
  static endCallOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createCallOptions(builder, subgraph) {
    _CallOptions.startCallOptions(builder);
    _CallOptions.addSubgraph(builder, subgraph);
    return _CallOptions.endCallOptions(builder);
  }
  unpack() {
    return new CallOptionsT(
      this.subgraph()
    );
  }
  unpackTo(_o) {
    _o.subgraph = this.subgraph();
  }
};
var CallOptionsT = class {
  constructor(subgraph = 0) {
    this.subgraph = subgraph;
  }
  pack(builder) {
    return CallOptions.createCallOptions(
      builder,
      this.subgraph
    );
  }
};

// src/tflite/generated/tflite/cast-options.ts
var flatbuffers25 = __toESM(require_flatbuffers(), 1);
var CastOptions = class _CastOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsCastOptions(bb, obj) {
    return (obj || new _CastOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsCastOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers25.SIZE_PREFIX_LENGTH);
    return (obj || new _CastOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  inDataType() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  outDataType() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  static startCastOptions(builder) {
    builder.startObject(2);
  }
  static addInDataType(builder, inDataType) {
    builder.addFieldInt8(0, inDataType, 0 /* FLOAT32 */);
  }
  static addOutDataType(builder, outDataType) {
    builder.addFieldInt8(1, outDataType, 0 /* FLOAT32 */);
  }
  static endCastOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createCastOptions(builder, inDataType, outDataType) {
    _CastOptions.startCastOptions(builder);
    _CastOptions.addInDataType(builder, inDataType);
    _CastOptions.addOutDataType(builder, outDataType);
    return _CastOptions.endCastOptions(builder);
  }
  unpack() {
    return new CastOptionsT(
      this.inDataType(),
      this.outDataType()
    );
  }
  unpackTo(_o) {
    _o.inDataType = this.inDataType();
    _o.outDataType = this.outDataType();
  }
};
var CastOptionsT = class {
  constructor(inDataType = 0 /* FLOAT32 */, outDataType = 0 /* FLOAT32 */) {
    this.inDataType = inDataType;
    this.outDataType = outDataType;
  }
  pack(builder) {
    return CastOptions.createCastOptions(
      builder,
      this.inDataType,
      this.outDataType
    );
  }
};

// src/tflite/generated/tflite/concat-embeddings-options.ts
var flatbuffers26 = __toESM(require_flatbuffers(), 1);
var ConcatEmbeddingsOptions = class _ConcatEmbeddingsOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsConcatEmbeddingsOptions(bb, obj) {
    return (obj || new _ConcatEmbeddingsOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsConcatEmbeddingsOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers26.SIZE_PREFIX_LENGTH);
    return (obj || new _ConcatEmbeddingsOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  numChannels() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  numColumnsPerChannel(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  numColumnsPerChannelLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  numColumnsPerChannelArray() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  embeddingDimPerChannel(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  embeddingDimPerChannelLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  embeddingDimPerChannelArray() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startConcatEmbeddingsOptions(builder) {
    builder.startObject(3);
  }
  static addNumChannels(builder, numChannels) {
    builder.addFieldInt32(0, numChannels, 0);
  }
  static addNumColumnsPerChannel(builder, numColumnsPerChannelOffset) {
    builder.addFieldOffset(1, numColumnsPerChannelOffset, 0);
  }
  static createNumColumnsPerChannelVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startNumColumnsPerChannelVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addEmbeddingDimPerChannel(builder, embeddingDimPerChannelOffset) {
    builder.addFieldOffset(2, embeddingDimPerChannelOffset, 0);
  }
  static createEmbeddingDimPerChannelVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startEmbeddingDimPerChannelVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static endConcatEmbeddingsOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createConcatEmbeddingsOptions(builder, numChannels, numColumnsPerChannelOffset, embeddingDimPerChannelOffset) {
    _ConcatEmbeddingsOptions.startConcatEmbeddingsOptions(builder);
    _ConcatEmbeddingsOptions.addNumChannels(builder, numChannels);
    _ConcatEmbeddingsOptions.addNumColumnsPerChannel(builder, numColumnsPerChannelOffset);
    _ConcatEmbeddingsOptions.addEmbeddingDimPerChannel(builder, embeddingDimPerChannelOffset);
    return _ConcatEmbeddingsOptions.endConcatEmbeddingsOptions(builder);
  }
  unpack() {
    return new ConcatEmbeddingsOptionsT(
      this.numChannels(),
      this.bb.createScalarList(this.numColumnsPerChannel.bind(this), this.numColumnsPerChannelLength()),
      this.bb.createScalarList(this.embeddingDimPerChannel.bind(this), this.embeddingDimPerChannelLength())
    );
  }
  unpackTo(_o) {
    _o.numChannels = this.numChannels();
    _o.numColumnsPerChannel = this.bb.createScalarList(this.numColumnsPerChannel.bind(this), this.numColumnsPerChannelLength());
    _o.embeddingDimPerChannel = this.bb.createScalarList(this.embeddingDimPerChannel.bind(this), this.embeddingDimPerChannelLength());
  }
};
var ConcatEmbeddingsOptionsT = class {
  constructor(numChannels = 0, numColumnsPerChannel = [], embeddingDimPerChannel = []) {
    this.numChannels = numChannels;
    this.numColumnsPerChannel = numColumnsPerChannel;
    this.embeddingDimPerChannel = embeddingDimPerChannel;
  }
  pack(builder) {
    const numColumnsPerChannel = ConcatEmbeddingsOptions.createNumColumnsPerChannelVector(builder, this.numColumnsPerChannel);
    const embeddingDimPerChannel = ConcatEmbeddingsOptions.createEmbeddingDimPerChannelVector(builder, this.embeddingDimPerChannel);
    return ConcatEmbeddingsOptions.createConcatEmbeddingsOptions(
      builder,
      this.numChannels,
      numColumnsPerChannel,
      embeddingDimPerChannel
    );
  }
};

// src/tflite/generated/tflite/concatenation-options.ts
var flatbuffers27 = __toESM(require_flatbuffers(), 1);
var ConcatenationOptions = class _ConcatenationOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsConcatenationOptions(bb, obj) {
    return (obj || new _ConcatenationOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsConcatenationOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers27.SIZE_PREFIX_LENGTH);
    return (obj || new _ConcatenationOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  axis() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  static startConcatenationOptions(builder) {
    builder.startObject(2);
  }
  static addAxis(builder, axis) {
    builder.addFieldInt32(0, axis, 0);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(1, fusedActivationFunction, 0 /* NONE */);
  }
  static endConcatenationOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createConcatenationOptions(builder, axis, fusedActivationFunction) {
    _ConcatenationOptions.startConcatenationOptions(builder);
    _ConcatenationOptions.addAxis(builder, axis);
    _ConcatenationOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    return _ConcatenationOptions.endConcatenationOptions(builder);
  }
  unpack() {
    return new ConcatenationOptionsT(
      this.axis(),
      this.fusedActivationFunction()
    );
  }
  unpackTo(_o) {
    _o.axis = this.axis();
    _o.fusedActivationFunction = this.fusedActivationFunction();
  }
};
var ConcatenationOptionsT = class {
  constructor(axis = 0, fusedActivationFunction = 0 /* NONE */) {
    this.axis = axis;
    this.fusedActivationFunction = fusedActivationFunction;
  }
  pack(builder) {
    return ConcatenationOptions.createConcatenationOptions(
      builder,
      this.axis,
      this.fusedActivationFunction
    );
  }
};

// src/tflite/generated/tflite/conv2doptions.ts
var flatbuffers28 = __toESM(require_flatbuffers(), 1);
var Conv2DOptions = class _Conv2DOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsConv2DOptions(bb, obj) {
    return (obj || new _Conv2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsConv2DOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers28.SIZE_PREFIX_LENGTH);
    return (obj || new _Conv2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  padding() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* SAME */;
  }
  strideW() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  strideH() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  dilationWFactor() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
  }
  dilationHFactor() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
  }
  quantizedBiasType() {
    const offset = this.bb.__offset(this.bb_pos, 16);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  static startConv2DOptions(builder) {
    builder.startObject(7);
  }
  static addPadding(builder, padding) {
    builder.addFieldInt8(0, padding, 0 /* SAME */);
  }
  static addStrideW(builder, strideW) {
    builder.addFieldInt32(1, strideW, 0);
  }
  static addStrideH(builder, strideH) {
    builder.addFieldInt32(2, strideH, 0);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(3, fusedActivationFunction, 0 /* NONE */);
  }
  static addDilationWFactor(builder, dilationWFactor) {
    builder.addFieldInt32(4, dilationWFactor, 1);
  }
  static addDilationHFactor(builder, dilationHFactor) {
    builder.addFieldInt32(5, dilationHFactor, 1);
  }
  static addQuantizedBiasType(builder, quantizedBiasType) {
    builder.addFieldInt8(6, quantizedBiasType, 0 /* FLOAT32 */);
  }
  static endConv2DOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createConv2DOptions(builder, padding, strideW, strideH, fusedActivationFunction, dilationWFactor, dilationHFactor, quantizedBiasType) {
    _Conv2DOptions.startConv2DOptions(builder);
    _Conv2DOptions.addPadding(builder, padding);
    _Conv2DOptions.addStrideW(builder, strideW);
    _Conv2DOptions.addStrideH(builder, strideH);
    _Conv2DOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _Conv2DOptions.addDilationWFactor(builder, dilationWFactor);
    _Conv2DOptions.addDilationHFactor(builder, dilationHFactor);
    _Conv2DOptions.addQuantizedBiasType(builder, quantizedBiasType);
    return _Conv2DOptions.endConv2DOptions(builder);
  }
  unpack() {
    return new Conv2DOptionsT(
      this.padding(),
      this.strideW(),
      this.strideH(),
      this.fusedActivationFunction(),
      this.dilationWFactor(),
      this.dilationHFactor(),
      this.quantizedBiasType()
    );
  }
  unpackTo(_o) {
    _o.padding = this.padding();
    _o.strideW = this.strideW();
    _o.strideH = this.strideH();
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.dilationWFactor = this.dilationWFactor();
    _o.dilationHFactor = this.dilationHFactor();
    _o.quantizedBiasType = this.quantizedBiasType();
  }
};
var Conv2DOptionsT = class {
  constructor(padding = 0 /* SAME */, strideW = 0, strideH = 0, fusedActivationFunction = 0 /* NONE */, dilationWFactor = 1, dilationHFactor = 1, quantizedBiasType = 0 /* FLOAT32 */) {
    this.padding = padding;
    this.strideW = strideW;
    this.strideH = strideH;
    this.fusedActivationFunction = fusedActivationFunction;
    this.dilationWFactor = dilationWFactor;
    this.dilationHFactor = dilationHFactor;
    this.quantizedBiasType = quantizedBiasType;
  }
  pack(builder) {
    return Conv2DOptions.createConv2DOptions(
      builder,
      this.padding,
      this.strideW,
      this.strideH,
      this.fusedActivationFunction,
      this.dilationWFactor,
      this.dilationHFactor,
      this.quantizedBiasType
    );
  }
};

// src/tflite/generated/tflite/conv3doptions.ts
var flatbuffers29 = __toESM(require_flatbuffers(), 1);
var Conv3DOptions = class _Conv3DOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsConv3DOptions(bb, obj) {
    return (obj || new _Conv3DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsConv3DOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers29.SIZE_PREFIX_LENGTH);
    return (obj || new _Conv3DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  padding() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* SAME */;
  }
  strideD() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  strideW() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  strideH() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  dilationDFactor() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
  }
  dilationWFactor() {
    const offset = this.bb.__offset(this.bb_pos, 16);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
  }
  dilationHFactor() {
    const offset = this.bb.__offset(this.bb_pos, 18);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
  }
  static startConv3DOptions(builder) {
    builder.startObject(8);
  }
  static addPadding(builder, padding) {
    builder.addFieldInt8(0, padding, 0 /* SAME */);
  }
  static addStrideD(builder, strideD) {
    builder.addFieldInt32(1, strideD, 0);
  }
  static addStrideW(builder, strideW) {
    builder.addFieldInt32(2, strideW, 0);
  }
  static addStrideH(builder, strideH) {
    builder.addFieldInt32(3, strideH, 0);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(4, fusedActivationFunction, 0 /* NONE */);
  }
  static addDilationDFactor(builder, dilationDFactor) {
    builder.addFieldInt32(5, dilationDFactor, 1);
  }
  static addDilationWFactor(builder, dilationWFactor) {
    builder.addFieldInt32(6, dilationWFactor, 1);
  }
  static addDilationHFactor(builder, dilationHFactor) {
    builder.addFieldInt32(7, dilationHFactor, 1);
  }
  static endConv3DOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createConv3DOptions(builder, padding, strideD, strideW, strideH, fusedActivationFunction, dilationDFactor, dilationWFactor, dilationHFactor) {
    _Conv3DOptions.startConv3DOptions(builder);
    _Conv3DOptions.addPadding(builder, padding);
    _Conv3DOptions.addStrideD(builder, strideD);
    _Conv3DOptions.addStrideW(builder, strideW);
    _Conv3DOptions.addStrideH(builder, strideH);
    _Conv3DOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _Conv3DOptions.addDilationDFactor(builder, dilationDFactor);
    _Conv3DOptions.addDilationWFactor(builder, dilationWFactor);
    _Conv3DOptions.addDilationHFactor(builder, dilationHFactor);
    return _Conv3DOptions.endConv3DOptions(builder);
  }
  unpack() {
    return new Conv3DOptionsT(
      this.padding(),
      this.strideD(),
      this.strideW(),
      this.strideH(),
      this.fusedActivationFunction(),
      this.dilationDFactor(),
      this.dilationWFactor(),
      this.dilationHFactor()
    );
  }
  unpackTo(_o) {
    _o.padding = this.padding();
    _o.strideD = this.strideD();
    _o.strideW = this.strideW();
    _o.strideH = this.strideH();
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.dilationDFactor = this.dilationDFactor();
    _o.dilationWFactor = this.dilationWFactor();
    _o.dilationHFactor = this.dilationHFactor();
  }
};
var Conv3DOptionsT = class {
  constructor(padding = 0 /* SAME */, strideD = 0, strideW = 0, strideH = 0, fusedActivationFunction = 0 /* NONE */, dilationDFactor = 1, dilationWFactor = 1, dilationHFactor = 1) {
    this.padding = padding;
    this.strideD = strideD;
    this.strideW = strideW;
    this.strideH = strideH;
    this.fusedActivationFunction = fusedActivationFunction;
    this.dilationDFactor = dilationDFactor;
    this.dilationWFactor = dilationWFactor;
    this.dilationHFactor = dilationHFactor;
  }
  pack(builder) {
    return Conv3DOptions.createConv3DOptions(
      builder,
      this.padding,
      this.strideD,
      this.strideW,
      this.strideH,
      this.fusedActivationFunction,
      this.dilationDFactor,
      this.dilationWFactor,
      this.dilationHFactor
    );
  }
};

// src/tflite/generated/tflite/cos-options.ts
var flatbuffers30 = __toESM(require_flatbuffers(), 1);
var CosOptions = class _CosOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsCosOptions(bb, obj) {
    return (obj || new _CosOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsCosOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers30.SIZE_PREFIX_LENGTH);
    return (obj || new _CosOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startCosOptions(builder) {
    builder.startObject(0);
  }
  static endCosOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createCosOptions(builder) {
    _CosOptions.startCosOptions(builder);
    return _CosOptions.endCosOptions(builder);
  }
  unpack() {
    return new CosOptionsT();
  }
  unpackTo(_o) {
  }
};
var CosOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return CosOptions.createCosOptions(builder);
  }
};

// src/tflite/generated/tflite/cumsum-options.ts
var flatbuffers31 = __toESM(require_flatbuffers(), 1);
var CumsumOptions = class _CumsumOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsCumsumOptions(bb, obj) {
    return (obj || new _CumsumOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsCumsumOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers31.SIZE_PREFIX_LENGTH);
    return (obj || new _CumsumOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  exclusive() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  reverse() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startCumsumOptions(builder) {
    builder.startObject(2);
  }
  static addExclusive(builder, exclusive) {
    builder.addFieldInt8(0, +exclusive, 0);
  }
  static addReverse(builder, reverse) {
    builder.addFieldInt8(1, +reverse, 0);
  }
  static endCumsumOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createCumsumOptions(builder, exclusive, reverse) {
    _CumsumOptions.startCumsumOptions(builder);
    _CumsumOptions.addExclusive(builder, exclusive);
    _CumsumOptions.addReverse(builder, reverse);
    return _CumsumOptions.endCumsumOptions(builder);
  }
  unpack() {
    return new CumsumOptionsT(
      this.exclusive(),
      this.reverse()
    );
  }
  unpackTo(_o) {
    _o.exclusive = this.exclusive();
    _o.reverse = this.reverse();
  }
};
var CumsumOptionsT = class {
  constructor(exclusive = false, reverse = false) {
    this.exclusive = exclusive;
    this.reverse = reverse;
  }
  pack(builder) {
    return CumsumOptions.createCumsumOptions(
      builder,
      this.exclusive,
      this.reverse
    );
  }
};

// src/tflite/generated/tflite/densify-options.ts
var flatbuffers32 = __toESM(require_flatbuffers(), 1);
var DensifyOptions = class _DensifyOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsDensifyOptions(bb, obj) {
    return (obj || new _DensifyOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsDensifyOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers32.SIZE_PREFIX_LENGTH);
    return (obj || new _DensifyOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startDensifyOptions(builder) {
    builder.startObject(0);
  }
  static endDensifyOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createDensifyOptions(builder) {
    _DensifyOptions.startDensifyOptions(builder);
    return _DensifyOptions.endDensifyOptions(builder);
  }
  unpack() {
    return new DensifyOptionsT();
  }
  unpackTo(_o) {
  }
};
var DensifyOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return DensifyOptions.createDensifyOptions(builder);
  }
};

// src/tflite/generated/tflite/depth-to-space-options.ts
var flatbuffers33 = __toESM(require_flatbuffers(), 1);
var DepthToSpaceOptions = class _DepthToSpaceOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsDepthToSpaceOptions(bb, obj) {
    return (obj || new _DepthToSpaceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsDepthToSpaceOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers33.SIZE_PREFIX_LENGTH);
    return (obj || new _DepthToSpaceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  blockSize() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startDepthToSpaceOptions(builder) {
    builder.startObject(1);
  }
  static addBlockSize(builder, blockSize) {
    builder.addFieldInt32(0, blockSize, 0);
  }
  static endDepthToSpaceOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createDepthToSpaceOptions(builder, blockSize) {
    _DepthToSpaceOptions.startDepthToSpaceOptions(builder);
    _DepthToSpaceOptions.addBlockSize(builder, blockSize);
    return _DepthToSpaceOptions.endDepthToSpaceOptions(builder);
  }
  unpack() {
    return new DepthToSpaceOptionsT(
      this.blockSize()
    );
  }
  unpackTo(_o) {
    _o.blockSize = this.blockSize();
  }
};
var DepthToSpaceOptionsT = class {
  constructor(blockSize = 0) {
    this.blockSize = blockSize;
  }
  pack(builder) {
    return DepthToSpaceOptions.createDepthToSpaceOptions(
      builder,
      this.blockSize
    );
  }
};

// src/tflite/generated/tflite/depthwise-conv2doptions.ts
var flatbuffers34 = __toESM(require_flatbuffers(), 1);
var DepthwiseConv2DOptions = class _DepthwiseConv2DOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsDepthwiseConv2DOptions(bb, obj) {
    return (obj || new _DepthwiseConv2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsDepthwiseConv2DOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers34.SIZE_PREFIX_LENGTH);
    return (obj || new _DepthwiseConv2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  padding() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* SAME */;
  }
  strideW() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  strideH() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  depthMultiplier() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  dilationWFactor() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
  }
  dilationHFactor() {
    const offset = this.bb.__offset(this.bb_pos, 16);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
  }
  static startDepthwiseConv2DOptions(builder) {
    builder.startObject(7);
  }
  static addPadding(builder, padding) {
    builder.addFieldInt8(0, padding, 0 /* SAME */);
  }
  static addStrideW(builder, strideW) {
    builder.addFieldInt32(1, strideW, 0);
  }
  static addStrideH(builder, strideH) {
    builder.addFieldInt32(2, strideH, 0);
  }
  static addDepthMultiplier(builder, depthMultiplier) {
    builder.addFieldInt32(3, depthMultiplier, 0);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(4, fusedActivationFunction, 0 /* NONE */);
  }
  static addDilationWFactor(builder, dilationWFactor) {
    builder.addFieldInt32(5, dilationWFactor, 1);
  }
  static addDilationHFactor(builder, dilationHFactor) {
    builder.addFieldInt32(6, dilationHFactor, 1);
  }
  static endDepthwiseConv2DOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createDepthwiseConv2DOptions(builder, padding, strideW, strideH, depthMultiplier, fusedActivationFunction, dilationWFactor, dilationHFactor) {
    _DepthwiseConv2DOptions.startDepthwiseConv2DOptions(builder);
    _DepthwiseConv2DOptions.addPadding(builder, padding);
    _DepthwiseConv2DOptions.addStrideW(builder, strideW);
    _DepthwiseConv2DOptions.addStrideH(builder, strideH);
    _DepthwiseConv2DOptions.addDepthMultiplier(builder, depthMultiplier);
    _DepthwiseConv2DOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _DepthwiseConv2DOptions.addDilationWFactor(builder, dilationWFactor);
    _DepthwiseConv2DOptions.addDilationHFactor(builder, dilationHFactor);
    return _DepthwiseConv2DOptions.endDepthwiseConv2DOptions(builder);
  }
  unpack() {
    return new DepthwiseConv2DOptionsT(
      this.padding(),
      this.strideW(),
      this.strideH(),
      this.depthMultiplier(),
      this.fusedActivationFunction(),
      this.dilationWFactor(),
      this.dilationHFactor()
    );
  }
  unpackTo(_o) {
    _o.padding = this.padding();
    _o.strideW = this.strideW();
    _o.strideH = this.strideH();
    _o.depthMultiplier = this.depthMultiplier();
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.dilationWFactor = this.dilationWFactor();
    _o.dilationHFactor = this.dilationHFactor();
  }
};
var DepthwiseConv2DOptionsT = class {
  constructor(padding = 0 /* SAME */, strideW = 0, strideH = 0, depthMultiplier = 0, fusedActivationFunction = 0 /* NONE */, dilationWFactor = 1, dilationHFactor = 1) {
    this.padding = padding;
    this.strideW = strideW;
    this.strideH = strideH;
    this.depthMultiplier = depthMultiplier;
    this.fusedActivationFunction = fusedActivationFunction;
    this.dilationWFactor = dilationWFactor;
    this.dilationHFactor = dilationHFactor;
  }
  pack(builder) {
    return DepthwiseConv2DOptions.createDepthwiseConv2DOptions(
      builder,
      this.padding,
      this.strideW,
      this.strideH,
      this.depthMultiplier,
      this.fusedActivationFunction,
      this.dilationWFactor,
      this.dilationHFactor
    );
  }
};

// src/tflite/generated/tflite/dequantize-options.ts
var flatbuffers35 = __toESM(require_flatbuffers(), 1);
var DequantizeOptions = class _DequantizeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsDequantizeOptions(bb, obj) {
    return (obj || new _DequantizeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsDequantizeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers35.SIZE_PREFIX_LENGTH);
    return (obj || new _DequantizeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startDequantizeOptions(builder) {
    builder.startObject(0);
  }
  static endDequantizeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createDequantizeOptions(builder) {
    _DequantizeOptions.startDequantizeOptions(builder);
    return _DequantizeOptions.endDequantizeOptions(builder);
  }
  unpack() {
    return new DequantizeOptionsT();
  }
  unpackTo(_o) {
  }
};
var DequantizeOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return DequantizeOptions.createDequantizeOptions(builder);
  }
};

// src/tflite/generated/tflite/div-options.ts
var flatbuffers36 = __toESM(require_flatbuffers(), 1);
var DivOptions = class _DivOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsDivOptions(bb, obj) {
    return (obj || new _DivOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsDivOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers36.SIZE_PREFIX_LENGTH);
    return (obj || new _DivOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  static startDivOptions(builder) {
    builder.startObject(1);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(0, fusedActivationFunction, 0 /* NONE */);
  }
  static endDivOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createDivOptions(builder, fusedActivationFunction) {
    _DivOptions.startDivOptions(builder);
    _DivOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    return _DivOptions.endDivOptions(builder);
  }
  unpack() {
    return new DivOptionsT(
      this.fusedActivationFunction()
    );
  }
  unpackTo(_o) {
    _o.fusedActivationFunction = this.fusedActivationFunction();
  }
};
var DivOptionsT = class {
  constructor(fusedActivationFunction = 0 /* NONE */) {
    this.fusedActivationFunction = fusedActivationFunction;
  }
  pack(builder) {
    return DivOptions.createDivOptions(
      builder,
      this.fusedActivationFunction
    );
  }
};

// src/tflite/generated/tflite/dynamic-update-slice-options.ts
var flatbuffers37 = __toESM(require_flatbuffers(), 1);
var DynamicUpdateSliceOptions = class _DynamicUpdateSliceOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsDynamicUpdateSliceOptions(bb, obj) {
    return (obj || new _DynamicUpdateSliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsDynamicUpdateSliceOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers37.SIZE_PREFIX_LENGTH);
    return (obj || new _DynamicUpdateSliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startDynamicUpdateSliceOptions(builder) {
    builder.startObject(0);
  }
  static endDynamicUpdateSliceOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createDynamicUpdateSliceOptions(builder) {
    _DynamicUpdateSliceOptions.startDynamicUpdateSliceOptions(builder);
    return _DynamicUpdateSliceOptions.endDynamicUpdateSliceOptions(builder);
  }
  unpack() {
    return new DynamicUpdateSliceOptionsT();
  }
  unpackTo(_o) {
  }
};
var DynamicUpdateSliceOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return DynamicUpdateSliceOptions.createDynamicUpdateSliceOptions(builder);
  }
};

// src/tflite/generated/tflite/embedding-lookup-sparse-options.ts
var flatbuffers38 = __toESM(require_flatbuffers(), 1);
var EmbeddingLookupSparseOptions = class _EmbeddingLookupSparseOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsEmbeddingLookupSparseOptions(bb, obj) {
    return (obj || new _EmbeddingLookupSparseOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsEmbeddingLookupSparseOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers38.SIZE_PREFIX_LENGTH);
    return (obj || new _EmbeddingLookupSparseOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  combiner() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* SUM */;
  }
  static startEmbeddingLookupSparseOptions(builder) {
    builder.startObject(1);
  }
  static addCombiner(builder, combiner) {
    builder.addFieldInt8(0, combiner, 0 /* SUM */);
  }
  static endEmbeddingLookupSparseOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createEmbeddingLookupSparseOptions(builder, combiner) {
    _EmbeddingLookupSparseOptions.startEmbeddingLookupSparseOptions(builder);
    _EmbeddingLookupSparseOptions.addCombiner(builder, combiner);
    return _EmbeddingLookupSparseOptions.endEmbeddingLookupSparseOptions(builder);
  }
  unpack() {
    return new EmbeddingLookupSparseOptionsT(
      this.combiner()
    );
  }
  unpackTo(_o) {
    _o.combiner = this.combiner();
  }
};
var EmbeddingLookupSparseOptionsT = class {
  constructor(combiner = 0 /* SUM */) {
    this.combiner = combiner;
  }
  pack(builder) {
    return EmbeddingLookupSparseOptions.createEmbeddingLookupSparseOptions(
      builder,
      this.combiner
    );
  }
};

// src/tflite/generated/tflite/equal-options.ts
var flatbuffers39 = __toESM(require_flatbuffers(), 1);
var EqualOptions = class _EqualOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsEqualOptions(bb, obj) {
    return (obj || new _EqualOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsEqualOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers39.SIZE_PREFIX_LENGTH);
    return (obj || new _EqualOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startEqualOptions(builder) {
    builder.startObject(0);
  }
  static endEqualOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createEqualOptions(builder) {
    _EqualOptions.startEqualOptions(builder);
    return _EqualOptions.endEqualOptions(builder);
  }
  unpack() {
    return new EqualOptionsT();
  }
  unpackTo(_o) {
  }
};
var EqualOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return EqualOptions.createEqualOptions(builder);
  }
};

// src/tflite/generated/tflite/exp-options.ts
var flatbuffers40 = __toESM(require_flatbuffers(), 1);
var ExpOptions = class _ExpOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsExpOptions(bb, obj) {
    return (obj || new _ExpOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsExpOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers40.SIZE_PREFIX_LENGTH);
    return (obj || new _ExpOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startExpOptions(builder) {
    builder.startObject(0);
  }
  static endExpOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createExpOptions(builder) {
    _ExpOptions.startExpOptions(builder);
    return _ExpOptions.endExpOptions(builder);
  }
  unpack() {
    return new ExpOptionsT();
  }
  unpackTo(_o) {
  }
};
var ExpOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return ExpOptions.createExpOptions(builder);
  }
};

// src/tflite/generated/tflite/expand-dims-options.ts
var flatbuffers41 = __toESM(require_flatbuffers(), 1);
var ExpandDimsOptions = class _ExpandDimsOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsExpandDimsOptions(bb, obj) {
    return (obj || new _ExpandDimsOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsExpandDimsOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers41.SIZE_PREFIX_LENGTH);
    return (obj || new _ExpandDimsOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startExpandDimsOptions(builder) {
    builder.startObject(0);
  }
  static endExpandDimsOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createExpandDimsOptions(builder) {
    _ExpandDimsOptions.startExpandDimsOptions(builder);
    return _ExpandDimsOptions.endExpandDimsOptions(builder);
  }
  unpack() {
    return new ExpandDimsOptionsT();
  }
  unpackTo(_o) {
  }
};
var ExpandDimsOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return ExpandDimsOptions.createExpandDimsOptions(builder);
  }
};

// src/tflite/generated/tflite/fake-quant-options.ts
var flatbuffers42 = __toESM(require_flatbuffers(), 1);
var FakeQuantOptions = class _FakeQuantOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsFakeQuantOptions(bb, obj) {
    return (obj || new _FakeQuantOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsFakeQuantOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers42.SIZE_PREFIX_LENGTH);
    return (obj || new _FakeQuantOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  min() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  max() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  numBits() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  narrowRange() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startFakeQuantOptions(builder) {
    builder.startObject(4);
  }
  static addMin(builder, min) {
    builder.addFieldFloat32(0, min, 0);
  }
  static addMax(builder, max) {
    builder.addFieldFloat32(1, max, 0);
  }
  static addNumBits(builder, numBits) {
    builder.addFieldInt32(2, numBits, 0);
  }
  static addNarrowRange(builder, narrowRange) {
    builder.addFieldInt8(3, +narrowRange, 0);
  }
  static endFakeQuantOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createFakeQuantOptions(builder, min, max, numBits, narrowRange) {
    _FakeQuantOptions.startFakeQuantOptions(builder);
    _FakeQuantOptions.addMin(builder, min);
    _FakeQuantOptions.addMax(builder, max);
    _FakeQuantOptions.addNumBits(builder, numBits);
    _FakeQuantOptions.addNarrowRange(builder, narrowRange);
    return _FakeQuantOptions.endFakeQuantOptions(builder);
  }
  unpack() {
    return new FakeQuantOptionsT(
      this.min(),
      this.max(),
      this.numBits(),
      this.narrowRange()
    );
  }
  unpackTo(_o) {
    _o.min = this.min();
    _o.max = this.max();
    _o.numBits = this.numBits();
    _o.narrowRange = this.narrowRange();
  }
};
var FakeQuantOptionsT = class {
  constructor(min = 0, max = 0, numBits = 0, narrowRange = false) {
    this.min = min;
    this.max = max;
    this.numBits = numBits;
    this.narrowRange = narrowRange;
  }
  pack(builder) {
    return FakeQuantOptions.createFakeQuantOptions(
      builder,
      this.min,
      this.max,
      this.numBits,
      this.narrowRange
    );
  }
};

// src/tflite/generated/tflite/fill-options.ts
var flatbuffers43 = __toESM(require_flatbuffers(), 1);
var FillOptions = class _FillOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsFillOptions(bb, obj) {
    return (obj || new _FillOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsFillOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers43.SIZE_PREFIX_LENGTH);
    return (obj || new _FillOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startFillOptions(builder) {
    builder.startObject(0);
  }
  static endFillOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createFillOptions(builder) {
    _FillOptions.startFillOptions(builder);
    return _FillOptions.endFillOptions(builder);
  }
  unpack() {
    return new FillOptionsT();
  }
  unpackTo(_o) {
  }
};
var FillOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return FillOptions.createFillOptions(builder);
  }
};

// src/tflite/generated/tflite/floor-div-options.ts
var flatbuffers44 = __toESM(require_flatbuffers(), 1);
var FloorDivOptions = class _FloorDivOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsFloorDivOptions(bb, obj) {
    return (obj || new _FloorDivOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsFloorDivOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers44.SIZE_PREFIX_LENGTH);
    return (obj || new _FloorDivOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startFloorDivOptions(builder) {
    builder.startObject(0);
  }
  static endFloorDivOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createFloorDivOptions(builder) {
    _FloorDivOptions.startFloorDivOptions(builder);
    return _FloorDivOptions.endFloorDivOptions(builder);
  }
  unpack() {
    return new FloorDivOptionsT();
  }
  unpackTo(_o) {
  }
};
var FloorDivOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return FloorDivOptions.createFloorDivOptions(builder);
  }
};

// src/tflite/generated/tflite/floor-mod-options.ts
var flatbuffers45 = __toESM(require_flatbuffers(), 1);
var FloorModOptions = class _FloorModOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsFloorModOptions(bb, obj) {
    return (obj || new _FloorModOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsFloorModOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers45.SIZE_PREFIX_LENGTH);
    return (obj || new _FloorModOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startFloorModOptions(builder) {
    builder.startObject(0);
  }
  static endFloorModOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createFloorModOptions(builder) {
    _FloorModOptions.startFloorModOptions(builder);
    return _FloorModOptions.endFloorModOptions(builder);
  }
  unpack() {
    return new FloorModOptionsT();
  }
  unpackTo(_o) {
  }
};
var FloorModOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return FloorModOptions.createFloorModOptions(builder);
  }
};

// src/tflite/generated/tflite/fully-connected-options.ts
var flatbuffers46 = __toESM(require_flatbuffers(), 1);
var FullyConnectedOptions = class _FullyConnectedOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsFullyConnectedOptions(bb, obj) {
    return (obj || new _FullyConnectedOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsFullyConnectedOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers46.SIZE_PREFIX_LENGTH);
    return (obj || new _FullyConnectedOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  weightsFormat() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* DEFAULT */;
  }
  keepNumDims() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  asymmetricQuantizeInputs() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  quantizedBiasType() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  static startFullyConnectedOptions(builder) {
    builder.startObject(5);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(0, fusedActivationFunction, 0 /* NONE */);
  }
  static addWeightsFormat(builder, weightsFormat) {
    builder.addFieldInt8(1, weightsFormat, 0 /* DEFAULT */);
  }
  static addKeepNumDims(builder, keepNumDims) {
    builder.addFieldInt8(2, +keepNumDims, 0);
  }
  static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
    builder.addFieldInt8(3, +asymmetricQuantizeInputs, 0);
  }
  static addQuantizedBiasType(builder, quantizedBiasType) {
    builder.addFieldInt8(4, quantizedBiasType, 0 /* FLOAT32 */);
  }
  static endFullyConnectedOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createFullyConnectedOptions(builder, fusedActivationFunction, weightsFormat, keepNumDims, asymmetricQuantizeInputs, quantizedBiasType) {
    _FullyConnectedOptions.startFullyConnectedOptions(builder);
    _FullyConnectedOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _FullyConnectedOptions.addWeightsFormat(builder, weightsFormat);
    _FullyConnectedOptions.addKeepNumDims(builder, keepNumDims);
    _FullyConnectedOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
    _FullyConnectedOptions.addQuantizedBiasType(builder, quantizedBiasType);
    return _FullyConnectedOptions.endFullyConnectedOptions(builder);
  }
  unpack() {
    return new FullyConnectedOptionsT(
      this.fusedActivationFunction(),
      this.weightsFormat(),
      this.keepNumDims(),
      this.asymmetricQuantizeInputs(),
      this.quantizedBiasType()
    );
  }
  unpackTo(_o) {
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.weightsFormat = this.weightsFormat();
    _o.keepNumDims = this.keepNumDims();
    _o.asymmetricQuantizeInputs = this.asymmetricQuantizeInputs();
    _o.quantizedBiasType = this.quantizedBiasType();
  }
};
var FullyConnectedOptionsT = class {
  constructor(fusedActivationFunction = 0 /* NONE */, weightsFormat = 0 /* DEFAULT */, keepNumDims = false, asymmetricQuantizeInputs = false, quantizedBiasType = 0 /* FLOAT32 */) {
    this.fusedActivationFunction = fusedActivationFunction;
    this.weightsFormat = weightsFormat;
    this.keepNumDims = keepNumDims;
    this.asymmetricQuantizeInputs = asymmetricQuantizeInputs;
    this.quantizedBiasType = quantizedBiasType;
  }
  pack(builder) {
    return FullyConnectedOptions.createFullyConnectedOptions(
      builder,
      this.fusedActivationFunction,
      this.weightsFormat,
      this.keepNumDims,
      this.asymmetricQuantizeInputs,
      this.quantizedBiasType
    );
  }
};

// src/tflite/generated/tflite/gather-nd-options.ts
var flatbuffers47 = __toESM(require_flatbuffers(), 1);
var GatherNdOptions = class _GatherNdOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsGatherNdOptions(bb, obj) {
    return (obj || new _GatherNdOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsGatherNdOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers47.SIZE_PREFIX_LENGTH);
    return (obj || new _GatherNdOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startGatherNdOptions(builder) {
    builder.startObject(0);
  }
  static endGatherNdOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createGatherNdOptions(builder) {
    _GatherNdOptions.startGatherNdOptions(builder);
    return _GatherNdOptions.endGatherNdOptions(builder);
  }
  unpack() {
    return new GatherNdOptionsT();
  }
  unpackTo(_o) {
  }
};
var GatherNdOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return GatherNdOptions.createGatherNdOptions(builder);
  }
};

// src/tflite/generated/tflite/gather-options.ts
var flatbuffers48 = __toESM(require_flatbuffers(), 1);
var GatherOptions = class _GatherOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsGatherOptions(bb, obj) {
    return (obj || new _GatherOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsGatherOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers48.SIZE_PREFIX_LENGTH);
    return (obj || new _GatherOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  axis() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  batchDims() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startGatherOptions(builder) {
    builder.startObject(2);
  }
  static addAxis(builder, axis) {
    builder.addFieldInt32(0, axis, 0);
  }
  static addBatchDims(builder, batchDims) {
    builder.addFieldInt32(1, batchDims, 0);
  }
  static endGatherOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createGatherOptions(builder, axis, batchDims) {
    _GatherOptions.startGatherOptions(builder);
    _GatherOptions.addAxis(builder, axis);
    _GatherOptions.addBatchDims(builder, batchDims);
    return _GatherOptions.endGatherOptions(builder);
  }
  unpack() {
    return new GatherOptionsT(
      this.axis(),
      this.batchDims()
    );
  }
  unpackTo(_o) {
    _o.axis = this.axis();
    _o.batchDims = this.batchDims();
  }
};
var GatherOptionsT = class {
  constructor(axis = 0, batchDims = 0) {
    this.axis = axis;
    this.batchDims = batchDims;
  }
  pack(builder) {
    return GatherOptions.createGatherOptions(
      builder,
      this.axis,
      this.batchDims
    );
  }
};

// src/tflite/generated/tflite/gelu-options.ts
var flatbuffers49 = __toESM(require_flatbuffers(), 1);
var GeluOptions = class _GeluOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsGeluOptions(bb, obj) {
    return (obj || new _GeluOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsGeluOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers49.SIZE_PREFIX_LENGTH);
    return (obj || new _GeluOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  approximate() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startGeluOptions(builder) {
    builder.startObject(1);
  }
  static addApproximate(builder, approximate) {
    builder.addFieldInt8(0, +approximate, 0);
  }
  static endGeluOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createGeluOptions(builder, approximate) {
    _GeluOptions.startGeluOptions(builder);
    _GeluOptions.addApproximate(builder, approximate);
    return _GeluOptions.endGeluOptions(builder);
  }
  unpack() {
    return new GeluOptionsT(
      this.approximate()
    );
  }
  unpackTo(_o) {
    _o.approximate = this.approximate();
  }
};
var GeluOptionsT = class {
  constructor(approximate = false) {
    this.approximate = approximate;
  }
  pack(builder) {
    return GeluOptions.createGeluOptions(
      builder,
      this.approximate
    );
  }
};

// src/tflite/generated/tflite/greater-equal-options.ts
var flatbuffers50 = __toESM(require_flatbuffers(), 1);
var GreaterEqualOptions = class _GreaterEqualOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsGreaterEqualOptions(bb, obj) {
    return (obj || new _GreaterEqualOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsGreaterEqualOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers50.SIZE_PREFIX_LENGTH);
    return (obj || new _GreaterEqualOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startGreaterEqualOptions(builder) {
    builder.startObject(0);
  }
  static endGreaterEqualOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createGreaterEqualOptions(builder) {
    _GreaterEqualOptions.startGreaterEqualOptions(builder);
    return _GreaterEqualOptions.endGreaterEqualOptions(builder);
  }
  unpack() {
    return new GreaterEqualOptionsT();
  }
  unpackTo(_o) {
  }
};
var GreaterEqualOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return GreaterEqualOptions.createGreaterEqualOptions(builder);
  }
};

// src/tflite/generated/tflite/greater-options.ts
var flatbuffers51 = __toESM(require_flatbuffers(), 1);
var GreaterOptions = class _GreaterOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsGreaterOptions(bb, obj) {
    return (obj || new _GreaterOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsGreaterOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers51.SIZE_PREFIX_LENGTH);
    return (obj || new _GreaterOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startGreaterOptions(builder) {
    builder.startObject(0);
  }
  static endGreaterOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createGreaterOptions(builder) {
    _GreaterOptions.startGreaterOptions(builder);
    return _GreaterOptions.endGreaterOptions(builder);
  }
  unpack() {
    return new GreaterOptionsT();
  }
  unpackTo(_o) {
  }
};
var GreaterOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return GreaterOptions.createGreaterOptions(builder);
  }
};

// src/tflite/generated/tflite/hard-swish-options.ts
var flatbuffers52 = __toESM(require_flatbuffers(), 1);
var HardSwishOptions = class _HardSwishOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsHardSwishOptions(bb, obj) {
    return (obj || new _HardSwishOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsHardSwishOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers52.SIZE_PREFIX_LENGTH);
    return (obj || new _HardSwishOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startHardSwishOptions(builder) {
    builder.startObject(0);
  }
  static endHardSwishOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createHardSwishOptions(builder) {
    _HardSwishOptions.startHardSwishOptions(builder);
    return _HardSwishOptions.endHardSwishOptions(builder);
  }
  unpack() {
    return new HardSwishOptionsT();
  }
  unpackTo(_o) {
  }
};
var HardSwishOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return HardSwishOptions.createHardSwishOptions(builder);
  }
};

// src/tflite/generated/tflite/hashtable-find-options.ts
var flatbuffers53 = __toESM(require_flatbuffers(), 1);
var HashtableFindOptions = class _HashtableFindOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsHashtableFindOptions(bb, obj) {
    return (obj || new _HashtableFindOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsHashtableFindOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers53.SIZE_PREFIX_LENGTH);
    return (obj || new _HashtableFindOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startHashtableFindOptions(builder) {
    builder.startObject(0);
  }
  static endHashtableFindOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createHashtableFindOptions(builder) {
    _HashtableFindOptions.startHashtableFindOptions(builder);
    return _HashtableFindOptions.endHashtableFindOptions(builder);
  }
  unpack() {
    return new HashtableFindOptionsT();
  }
  unpackTo(_o) {
  }
};
var HashtableFindOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return HashtableFindOptions.createHashtableFindOptions(builder);
  }
};

// src/tflite/generated/tflite/hashtable-import-options.ts
var flatbuffers54 = __toESM(require_flatbuffers(), 1);
var HashtableImportOptions = class _HashtableImportOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsHashtableImportOptions(bb, obj) {
    return (obj || new _HashtableImportOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsHashtableImportOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers54.SIZE_PREFIX_LENGTH);
    return (obj || new _HashtableImportOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startHashtableImportOptions(builder) {
    builder.startObject(0);
  }
  static endHashtableImportOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createHashtableImportOptions(builder) {
    _HashtableImportOptions.startHashtableImportOptions(builder);
    return _HashtableImportOptions.endHashtableImportOptions(builder);
  }
  unpack() {
    return new HashtableImportOptionsT();
  }
  unpackTo(_o) {
  }
};
var HashtableImportOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return HashtableImportOptions.createHashtableImportOptions(builder);
  }
};

// src/tflite/generated/tflite/hashtable-options.ts
var flatbuffers55 = __toESM(require_flatbuffers(), 1);
var HashtableOptions = class _HashtableOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsHashtableOptions(bb, obj) {
    return (obj || new _HashtableOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsHashtableOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers55.SIZE_PREFIX_LENGTH);
    return (obj || new _HashtableOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  tableId() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  keyDtype() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  valueDtype() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  static startHashtableOptions(builder) {
    builder.startObject(3);
  }
  static addTableId(builder, tableId) {
    builder.addFieldInt32(0, tableId, 0);
  }
  static addKeyDtype(builder, keyDtype) {
    builder.addFieldInt8(1, keyDtype, 0 /* FLOAT32 */);
  }
  static addValueDtype(builder, valueDtype) {
    builder.addFieldInt8(2, valueDtype, 0 /* FLOAT32 */);
  }
  static endHashtableOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createHashtableOptions(builder, tableId, keyDtype, valueDtype) {
    _HashtableOptions.startHashtableOptions(builder);
    _HashtableOptions.addTableId(builder, tableId);
    _HashtableOptions.addKeyDtype(builder, keyDtype);
    _HashtableOptions.addValueDtype(builder, valueDtype);
    return _HashtableOptions.endHashtableOptions(builder);
  }
  unpack() {
    return new HashtableOptionsT(
      this.tableId(),
      this.keyDtype(),
      this.valueDtype()
    );
  }
  unpackTo(_o) {
    _o.tableId = this.tableId();
    _o.keyDtype = this.keyDtype();
    _o.valueDtype = this.valueDtype();
  }
};
var HashtableOptionsT = class {
  constructor(tableId = 0, keyDtype = 0 /* FLOAT32 */, valueDtype = 0 /* FLOAT32 */) {
    this.tableId = tableId;
    this.keyDtype = keyDtype;
    this.valueDtype = valueDtype;
  }
  pack(builder) {
    return HashtableOptions.createHashtableOptions(
      builder,
      this.tableId,
      this.keyDtype,
      this.valueDtype
    );
  }
};

// src/tflite/generated/tflite/hashtable-size-options.ts
var flatbuffers56 = __toESM(require_flatbuffers(), 1);
var HashtableSizeOptions = class _HashtableSizeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsHashtableSizeOptions(bb, obj) {
    return (obj || new _HashtableSizeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsHashtableSizeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers56.SIZE_PREFIX_LENGTH);
    return (obj || new _HashtableSizeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startHashtableSizeOptions(builder) {
    builder.startObject(0);
  }
  static endHashtableSizeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createHashtableSizeOptions(builder) {
    _HashtableSizeOptions.startHashtableSizeOptions(builder);
    return _HashtableSizeOptions.endHashtableSizeOptions(builder);
  }
  unpack() {
    return new HashtableSizeOptionsT();
  }
  unpackTo(_o) {
  }
};
var HashtableSizeOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return HashtableSizeOptions.createHashtableSizeOptions(builder);
  }
};

// src/tflite/generated/tflite/if-options.ts
var flatbuffers57 = __toESM(require_flatbuffers(), 1);
var IfOptions = class _IfOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsIfOptions(bb, obj) {
    return (obj || new _IfOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsIfOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers57.SIZE_PREFIX_LENGTH);
    return (obj || new _IfOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  thenSubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  elseSubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startIfOptions(builder) {
    builder.startObject(2);
  }
  static addThenSubgraphIndex(builder, thenSubgraphIndex) {
    builder.addFieldInt32(0, thenSubgraphIndex, 0);
  }
  static addElseSubgraphIndex(builder, elseSubgraphIndex) {
    builder.addFieldInt32(1, elseSubgraphIndex, 0);
  }
  static endIfOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createIfOptions(builder, thenSubgraphIndex, elseSubgraphIndex) {
    _IfOptions.startIfOptions(builder);
    _IfOptions.addThenSubgraphIndex(builder, thenSubgraphIndex);
    _IfOptions.addElseSubgraphIndex(builder, elseSubgraphIndex);
    return _IfOptions.endIfOptions(builder);
  }
  unpack() {
    return new IfOptionsT(
      this.thenSubgraphIndex(),
      this.elseSubgraphIndex()
    );
  }
  unpackTo(_o) {
    _o.thenSubgraphIndex = this.thenSubgraphIndex();
    _o.elseSubgraphIndex = this.elseSubgraphIndex();
  }
};
var IfOptionsT = class {
  constructor(thenSubgraphIndex = 0, elseSubgraphIndex = 0) {
    this.thenSubgraphIndex = thenSubgraphIndex;
    this.elseSubgraphIndex = elseSubgraphIndex;
  }
  pack(builder) {
    return IfOptions.createIfOptions(
      builder,
      this.thenSubgraphIndex,
      this.elseSubgraphIndex
    );
  }
};

// src/tflite/generated/tflite/l2norm-options.ts
var flatbuffers58 = __toESM(require_flatbuffers(), 1);
var L2NormOptions = class _L2NormOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsL2NormOptions(bb, obj) {
    return (obj || new _L2NormOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsL2NormOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers58.SIZE_PREFIX_LENGTH);
    return (obj || new _L2NormOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  static startL2NormOptions(builder) {
    builder.startObject(1);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(0, fusedActivationFunction, 0 /* NONE */);
  }
  static endL2NormOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createL2NormOptions(builder, fusedActivationFunction) {
    _L2NormOptions.startL2NormOptions(builder);
    _L2NormOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    return _L2NormOptions.endL2NormOptions(builder);
  }
  unpack() {
    return new L2NormOptionsT(
      this.fusedActivationFunction()
    );
  }
  unpackTo(_o) {
    _o.fusedActivationFunction = this.fusedActivationFunction();
  }
};
var L2NormOptionsT = class {
  constructor(fusedActivationFunction = 0 /* NONE */) {
    this.fusedActivationFunction = fusedActivationFunction;
  }
  pack(builder) {
    return L2NormOptions.createL2NormOptions(
      builder,
      this.fusedActivationFunction
    );
  }
};

// src/tflite/generated/tflite/lshprojection-options.ts
var flatbuffers59 = __toESM(require_flatbuffers(), 1);
var LSHProjectionOptions = class _LSHProjectionOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsLSHProjectionOptions(bb, obj) {
    return (obj || new _LSHProjectionOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsLSHProjectionOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers59.SIZE_PREFIX_LENGTH);
    return (obj || new _LSHProjectionOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  type() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* UNKNOWN */;
  }
  static startLSHProjectionOptions(builder) {
    builder.startObject(1);
  }
  static addType(builder, type) {
    builder.addFieldInt8(0, type, 0 /* UNKNOWN */);
  }
  static endLSHProjectionOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createLSHProjectionOptions(builder, type) {
    _LSHProjectionOptions.startLSHProjectionOptions(builder);
    _LSHProjectionOptions.addType(builder, type);
    return _LSHProjectionOptions.endLSHProjectionOptions(builder);
  }
  unpack() {
    return new LSHProjectionOptionsT(
      this.type()
    );
  }
  unpackTo(_o) {
    _o.type = this.type();
  }
};
var LSHProjectionOptionsT = class {
  constructor(type = 0 /* UNKNOWN */) {
    this.type = type;
  }
  pack(builder) {
    return LSHProjectionOptions.createLSHProjectionOptions(
      builder,
      this.type
    );
  }
};

// src/tflite/generated/tflite/lstmoptions.ts
var flatbuffers60 = __toESM(require_flatbuffers(), 1);
var LSTMOptions = class _LSTMOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsLSTMOptions(bb, obj) {
    return (obj || new _LSTMOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsLSTMOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers60.SIZE_PREFIX_LENGTH);
    return (obj || new _LSTMOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  cellClip() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  projClip() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  kernelType() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FULL */;
  }
  asymmetricQuantizeInputs() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startLSTMOptions(builder) {
    builder.startObject(5);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(0, fusedActivationFunction, 0 /* NONE */);
  }
  static addCellClip(builder, cellClip) {
    builder.addFieldFloat32(1, cellClip, 0);
  }
  static addProjClip(builder, projClip) {
    builder.addFieldFloat32(2, projClip, 0);
  }
  static addKernelType(builder, kernelType) {
    builder.addFieldInt8(3, kernelType, 0 /* FULL */);
  }
  static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
    builder.addFieldInt8(4, +asymmetricQuantizeInputs, 0);
  }
  static endLSTMOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createLSTMOptions(builder, fusedActivationFunction, cellClip, projClip, kernelType, asymmetricQuantizeInputs) {
    _LSTMOptions.startLSTMOptions(builder);
    _LSTMOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _LSTMOptions.addCellClip(builder, cellClip);
    _LSTMOptions.addProjClip(builder, projClip);
    _LSTMOptions.addKernelType(builder, kernelType);
    _LSTMOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
    return _LSTMOptions.endLSTMOptions(builder);
  }
  unpack() {
    return new LSTMOptionsT(
      this.fusedActivationFunction(),
      this.cellClip(),
      this.projClip(),
      this.kernelType(),
      this.asymmetricQuantizeInputs()
    );
  }
  unpackTo(_o) {
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.cellClip = this.cellClip();
    _o.projClip = this.projClip();
    _o.kernelType = this.kernelType();
    _o.asymmetricQuantizeInputs = this.asymmetricQuantizeInputs();
  }
};
var LSTMOptionsT = class {
  constructor(fusedActivationFunction = 0 /* NONE */, cellClip = 0, projClip = 0, kernelType = 0 /* FULL */, asymmetricQuantizeInputs = false) {
    this.fusedActivationFunction = fusedActivationFunction;
    this.cellClip = cellClip;
    this.projClip = projClip;
    this.kernelType = kernelType;
    this.asymmetricQuantizeInputs = asymmetricQuantizeInputs;
  }
  pack(builder) {
    return LSTMOptions.createLSTMOptions(
      builder,
      this.fusedActivationFunction,
      this.cellClip,
      this.projClip,
      this.kernelType,
      this.asymmetricQuantizeInputs
    );
  }
};

// src/tflite/generated/tflite/leaky-relu-options.ts
var flatbuffers61 = __toESM(require_flatbuffers(), 1);
var LeakyReluOptions = class _LeakyReluOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsLeakyReluOptions(bb, obj) {
    return (obj || new _LeakyReluOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsLeakyReluOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers61.SIZE_PREFIX_LENGTH);
    return (obj || new _LeakyReluOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  alpha() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  static startLeakyReluOptions(builder) {
    builder.startObject(1);
  }
  static addAlpha(builder, alpha) {
    builder.addFieldFloat32(0, alpha, 0);
  }
  static endLeakyReluOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createLeakyReluOptions(builder, alpha) {
    _LeakyReluOptions.startLeakyReluOptions(builder);
    _LeakyReluOptions.addAlpha(builder, alpha);
    return _LeakyReluOptions.endLeakyReluOptions(builder);
  }
  unpack() {
    return new LeakyReluOptionsT(
      this.alpha()
    );
  }
  unpackTo(_o) {
    _o.alpha = this.alpha();
  }
};
var LeakyReluOptionsT = class {
  constructor(alpha = 0) {
    this.alpha = alpha;
  }
  pack(builder) {
    return LeakyReluOptions.createLeakyReluOptions(
      builder,
      this.alpha
    );
  }
};

// src/tflite/generated/tflite/less-equal-options.ts
var flatbuffers62 = __toESM(require_flatbuffers(), 1);
var LessEqualOptions = class _LessEqualOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsLessEqualOptions(bb, obj) {
    return (obj || new _LessEqualOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsLessEqualOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers62.SIZE_PREFIX_LENGTH);
    return (obj || new _LessEqualOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startLessEqualOptions(builder) {
    builder.startObject(0);
  }
  static endLessEqualOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createLessEqualOptions(builder) {
    _LessEqualOptions.startLessEqualOptions(builder);
    return _LessEqualOptions.endLessEqualOptions(builder);
  }
  unpack() {
    return new LessEqualOptionsT();
  }
  unpackTo(_o) {
  }
};
var LessEqualOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return LessEqualOptions.createLessEqualOptions(builder);
  }
};

// src/tflite/generated/tflite/less-options.ts
var flatbuffers63 = __toESM(require_flatbuffers(), 1);
var LessOptions = class _LessOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsLessOptions(bb, obj) {
    return (obj || new _LessOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsLessOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers63.SIZE_PREFIX_LENGTH);
    return (obj || new _LessOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startLessOptions(builder) {
    builder.startObject(0);
  }
  static endLessOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createLessOptions(builder) {
    _LessOptions.startLessOptions(builder);
    return _LessOptions.endLessOptions(builder);
  }
  unpack() {
    return new LessOptionsT();
  }
  unpackTo(_o) {
  }
};
var LessOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return LessOptions.createLessOptions(builder);
  }
};

// src/tflite/generated/tflite/local-response-normalization-options.ts
var flatbuffers64 = __toESM(require_flatbuffers(), 1);
var LocalResponseNormalizationOptions = class _LocalResponseNormalizationOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsLocalResponseNormalizationOptions(bb, obj) {
    return (obj || new _LocalResponseNormalizationOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsLocalResponseNormalizationOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers64.SIZE_PREFIX_LENGTH);
    return (obj || new _LocalResponseNormalizationOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  radius() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  bias() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  alpha() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  beta() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  static startLocalResponseNormalizationOptions(builder) {
    builder.startObject(4);
  }
  static addRadius(builder, radius) {
    builder.addFieldInt32(0, radius, 0);
  }
  static addBias(builder, bias) {
    builder.addFieldFloat32(1, bias, 0);
  }
  static addAlpha(builder, alpha) {
    builder.addFieldFloat32(2, alpha, 0);
  }
  static addBeta(builder, beta) {
    builder.addFieldFloat32(3, beta, 0);
  }
  static endLocalResponseNormalizationOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createLocalResponseNormalizationOptions(builder, radius, bias, alpha, beta) {
    _LocalResponseNormalizationOptions.startLocalResponseNormalizationOptions(builder);
    _LocalResponseNormalizationOptions.addRadius(builder, radius);
    _LocalResponseNormalizationOptions.addBias(builder, bias);
    _LocalResponseNormalizationOptions.addAlpha(builder, alpha);
    _LocalResponseNormalizationOptions.addBeta(builder, beta);
    return _LocalResponseNormalizationOptions.endLocalResponseNormalizationOptions(builder);
  }
  unpack() {
    return new LocalResponseNormalizationOptionsT(
      this.radius(),
      this.bias(),
      this.alpha(),
      this.beta()
    );
  }
  unpackTo(_o) {
    _o.radius = this.radius();
    _o.bias = this.bias();
    _o.alpha = this.alpha();
    _o.beta = this.beta();
  }
};
var LocalResponseNormalizationOptionsT = class {
  constructor(radius = 0, bias = 0, alpha = 0, beta = 0) {
    this.radius = radius;
    this.bias = bias;
    this.alpha = alpha;
    this.beta = beta;
  }
  pack(builder) {
    return LocalResponseNormalizationOptions.createLocalResponseNormalizationOptions(
      builder,
      this.radius,
      this.bias,
      this.alpha,
      this.beta
    );
  }
};

// src/tflite/generated/tflite/log-softmax-options.ts
var flatbuffers65 = __toESM(require_flatbuffers(), 1);
var LogSoftmaxOptions = class _LogSoftmaxOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsLogSoftmaxOptions(bb, obj) {
    return (obj || new _LogSoftmaxOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsLogSoftmaxOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers65.SIZE_PREFIX_LENGTH);
    return (obj || new _LogSoftmaxOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startLogSoftmaxOptions(builder) {
    builder.startObject(0);
  }
  static endLogSoftmaxOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createLogSoftmaxOptions(builder) {
    _LogSoftmaxOptions.startLogSoftmaxOptions(builder);
    return _LogSoftmaxOptions.endLogSoftmaxOptions(builder);
  }
  unpack() {
    return new LogSoftmaxOptionsT();
  }
  unpackTo(_o) {
  }
};
var LogSoftmaxOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return LogSoftmaxOptions.createLogSoftmaxOptions(builder);
  }
};

// src/tflite/generated/tflite/logical-and-options.ts
var flatbuffers66 = __toESM(require_flatbuffers(), 1);
var LogicalAndOptions = class _LogicalAndOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsLogicalAndOptions(bb, obj) {
    return (obj || new _LogicalAndOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsLogicalAndOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers66.SIZE_PREFIX_LENGTH);
    return (obj || new _LogicalAndOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startLogicalAndOptions(builder) {
    builder.startObject(0);
  }
  static endLogicalAndOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createLogicalAndOptions(builder) {
    _LogicalAndOptions.startLogicalAndOptions(builder);
    return _LogicalAndOptions.endLogicalAndOptions(builder);
  }
  unpack() {
    return new LogicalAndOptionsT();
  }
  unpackTo(_o) {
  }
};
var LogicalAndOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return LogicalAndOptions.createLogicalAndOptions(builder);
  }
};

// src/tflite/generated/tflite/logical-not-options.ts
var flatbuffers67 = __toESM(require_flatbuffers(), 1);
var LogicalNotOptions = class _LogicalNotOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsLogicalNotOptions(bb, obj) {
    return (obj || new _LogicalNotOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsLogicalNotOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers67.SIZE_PREFIX_LENGTH);
    return (obj || new _LogicalNotOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startLogicalNotOptions(builder) {
    builder.startObject(0);
  }
  static endLogicalNotOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createLogicalNotOptions(builder) {
    _LogicalNotOptions.startLogicalNotOptions(builder);
    return _LogicalNotOptions.endLogicalNotOptions(builder);
  }
  unpack() {
    return new LogicalNotOptionsT();
  }
  unpackTo(_o) {
  }
};
var LogicalNotOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return LogicalNotOptions.createLogicalNotOptions(builder);
  }
};

// src/tflite/generated/tflite/logical-or-options.ts
var flatbuffers68 = __toESM(require_flatbuffers(), 1);
var LogicalOrOptions = class _LogicalOrOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsLogicalOrOptions(bb, obj) {
    return (obj || new _LogicalOrOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsLogicalOrOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers68.SIZE_PREFIX_LENGTH);
    return (obj || new _LogicalOrOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startLogicalOrOptions(builder) {
    builder.startObject(0);
  }
  static endLogicalOrOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createLogicalOrOptions(builder) {
    _LogicalOrOptions.startLogicalOrOptions(builder);
    return _LogicalOrOptions.endLogicalOrOptions(builder);
  }
  unpack() {
    return new LogicalOrOptionsT();
  }
  unpackTo(_o) {
  }
};
var LogicalOrOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return LogicalOrOptions.createLogicalOrOptions(builder);
  }
};

// src/tflite/generated/tflite/matrix-diag-options.ts
var flatbuffers69 = __toESM(require_flatbuffers(), 1);
var MatrixDiagOptions = class _MatrixDiagOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsMatrixDiagOptions(bb, obj) {
    return (obj || new _MatrixDiagOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsMatrixDiagOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers69.SIZE_PREFIX_LENGTH);
    return (obj || new _MatrixDiagOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startMatrixDiagOptions(builder) {
    builder.startObject(0);
  }
  static endMatrixDiagOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createMatrixDiagOptions(builder) {
    _MatrixDiagOptions.startMatrixDiagOptions(builder);
    return _MatrixDiagOptions.endMatrixDiagOptions(builder);
  }
  unpack() {
    return new MatrixDiagOptionsT();
  }
  unpackTo(_o) {
  }
};
var MatrixDiagOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return MatrixDiagOptions.createMatrixDiagOptions(builder);
  }
};

// src/tflite/generated/tflite/matrix-set-diag-options.ts
var flatbuffers70 = __toESM(require_flatbuffers(), 1);
var MatrixSetDiagOptions = class _MatrixSetDiagOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsMatrixSetDiagOptions(bb, obj) {
    return (obj || new _MatrixSetDiagOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsMatrixSetDiagOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers70.SIZE_PREFIX_LENGTH);
    return (obj || new _MatrixSetDiagOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startMatrixSetDiagOptions(builder) {
    builder.startObject(0);
  }
  static endMatrixSetDiagOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createMatrixSetDiagOptions(builder) {
    _MatrixSetDiagOptions.startMatrixSetDiagOptions(builder);
    return _MatrixSetDiagOptions.endMatrixSetDiagOptions(builder);
  }
  unpack() {
    return new MatrixSetDiagOptionsT();
  }
  unpackTo(_o) {
  }
};
var MatrixSetDiagOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return MatrixSetDiagOptions.createMatrixSetDiagOptions(builder);
  }
};

// src/tflite/generated/tflite/maximum-minimum-options.ts
var flatbuffers71 = __toESM(require_flatbuffers(), 1);
var MaximumMinimumOptions = class _MaximumMinimumOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsMaximumMinimumOptions(bb, obj) {
    return (obj || new _MaximumMinimumOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsMaximumMinimumOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers71.SIZE_PREFIX_LENGTH);
    return (obj || new _MaximumMinimumOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startMaximumMinimumOptions(builder) {
    builder.startObject(0);
  }
  static endMaximumMinimumOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createMaximumMinimumOptions(builder) {
    _MaximumMinimumOptions.startMaximumMinimumOptions(builder);
    return _MaximumMinimumOptions.endMaximumMinimumOptions(builder);
  }
  unpack() {
    return new MaximumMinimumOptionsT();
  }
  unpackTo(_o) {
  }
};
var MaximumMinimumOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return MaximumMinimumOptions.createMaximumMinimumOptions(builder);
  }
};

// src/tflite/generated/tflite/mirror-pad-options.ts
var flatbuffers72 = __toESM(require_flatbuffers(), 1);
var MirrorPadOptions = class _MirrorPadOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsMirrorPadOptions(bb, obj) {
    return (obj || new _MirrorPadOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsMirrorPadOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers72.SIZE_PREFIX_LENGTH);
    return (obj || new _MirrorPadOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  mode() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* REFLECT */;
  }
  static startMirrorPadOptions(builder) {
    builder.startObject(1);
  }
  static addMode(builder, mode) {
    builder.addFieldInt8(0, mode, 0 /* REFLECT */);
  }
  static endMirrorPadOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createMirrorPadOptions(builder, mode) {
    _MirrorPadOptions.startMirrorPadOptions(builder);
    _MirrorPadOptions.addMode(builder, mode);
    return _MirrorPadOptions.endMirrorPadOptions(builder);
  }
  unpack() {
    return new MirrorPadOptionsT(
      this.mode()
    );
  }
  unpackTo(_o) {
    _o.mode = this.mode();
  }
};
var MirrorPadOptionsT = class {
  constructor(mode = 0 /* REFLECT */) {
    this.mode = mode;
  }
  pack(builder) {
    return MirrorPadOptions.createMirrorPadOptions(
      builder,
      this.mode
    );
  }
};

// src/tflite/generated/tflite/mul-options.ts
var flatbuffers73 = __toESM(require_flatbuffers(), 1);
var MulOptions = class _MulOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsMulOptions(bb, obj) {
    return (obj || new _MulOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsMulOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers73.SIZE_PREFIX_LENGTH);
    return (obj || new _MulOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  static startMulOptions(builder) {
    builder.startObject(1);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(0, fusedActivationFunction, 0 /* NONE */);
  }
  static endMulOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createMulOptions(builder, fusedActivationFunction) {
    _MulOptions.startMulOptions(builder);
    _MulOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    return _MulOptions.endMulOptions(builder);
  }
  unpack() {
    return new MulOptionsT(
      this.fusedActivationFunction()
    );
  }
  unpackTo(_o) {
    _o.fusedActivationFunction = this.fusedActivationFunction();
  }
};
var MulOptionsT = class {
  constructor(fusedActivationFunction = 0 /* NONE */) {
    this.fusedActivationFunction = fusedActivationFunction;
  }
  pack(builder) {
    return MulOptions.createMulOptions(
      builder,
      this.fusedActivationFunction
    );
  }
};

// src/tflite/generated/tflite/neg-options.ts
var flatbuffers74 = __toESM(require_flatbuffers(), 1);
var NegOptions = class _NegOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsNegOptions(bb, obj) {
    return (obj || new _NegOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsNegOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers74.SIZE_PREFIX_LENGTH);
    return (obj || new _NegOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startNegOptions(builder) {
    builder.startObject(0);
  }
  static endNegOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createNegOptions(builder) {
    _NegOptions.startNegOptions(builder);
    return _NegOptions.endNegOptions(builder);
  }
  unpack() {
    return new NegOptionsT();
  }
  unpackTo(_o) {
  }
};
var NegOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return NegOptions.createNegOptions(builder);
  }
};

// src/tflite/generated/tflite/non-max-suppression-v4options.ts
var flatbuffers75 = __toESM(require_flatbuffers(), 1);
var NonMaxSuppressionV4Options = class _NonMaxSuppressionV4Options {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsNonMaxSuppressionV4Options(bb, obj) {
    return (obj || new _NonMaxSuppressionV4Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsNonMaxSuppressionV4Options(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers75.SIZE_PREFIX_LENGTH);
    return (obj || new _NonMaxSuppressionV4Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startNonMaxSuppressionV4Options(builder) {
    builder.startObject(0);
  }
  static endNonMaxSuppressionV4Options(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createNonMaxSuppressionV4Options(builder) {
    _NonMaxSuppressionV4Options.startNonMaxSuppressionV4Options(builder);
    return _NonMaxSuppressionV4Options.endNonMaxSuppressionV4Options(builder);
  }
  unpack() {
    return new NonMaxSuppressionV4OptionsT();
  }
  unpackTo(_o) {
  }
};
var NonMaxSuppressionV4OptionsT = class {
  constructor() {
  }
  pack(builder) {
    return NonMaxSuppressionV4Options.createNonMaxSuppressionV4Options(builder);
  }
};

// src/tflite/generated/tflite/non-max-suppression-v5options.ts
var flatbuffers76 = __toESM(require_flatbuffers(), 1);
var NonMaxSuppressionV5Options = class _NonMaxSuppressionV5Options {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsNonMaxSuppressionV5Options(bb, obj) {
    return (obj || new _NonMaxSuppressionV5Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsNonMaxSuppressionV5Options(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers76.SIZE_PREFIX_LENGTH);
    return (obj || new _NonMaxSuppressionV5Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startNonMaxSuppressionV5Options(builder) {
    builder.startObject(0);
  }
  static endNonMaxSuppressionV5Options(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createNonMaxSuppressionV5Options(builder) {
    _NonMaxSuppressionV5Options.startNonMaxSuppressionV5Options(builder);
    return _NonMaxSuppressionV5Options.endNonMaxSuppressionV5Options(builder);
  }
  unpack() {
    return new NonMaxSuppressionV5OptionsT();
  }
  unpackTo(_o) {
  }
};
var NonMaxSuppressionV5OptionsT = class {
  constructor() {
  }
  pack(builder) {
    return NonMaxSuppressionV5Options.createNonMaxSuppressionV5Options(builder);
  }
};

// src/tflite/generated/tflite/not-equal-options.ts
var flatbuffers77 = __toESM(require_flatbuffers(), 1);
var NotEqualOptions = class _NotEqualOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsNotEqualOptions(bb, obj) {
    return (obj || new _NotEqualOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsNotEqualOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers77.SIZE_PREFIX_LENGTH);
    return (obj || new _NotEqualOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startNotEqualOptions(builder) {
    builder.startObject(0);
  }
  static endNotEqualOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createNotEqualOptions(builder) {
    _NotEqualOptions.startNotEqualOptions(builder);
    return _NotEqualOptions.endNotEqualOptions(builder);
  }
  unpack() {
    return new NotEqualOptionsT();
  }
  unpackTo(_o) {
  }
};
var NotEqualOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return NotEqualOptions.createNotEqualOptions(builder);
  }
};

// src/tflite/generated/tflite/one-hot-options.ts
var flatbuffers78 = __toESM(require_flatbuffers(), 1);
var OneHotOptions = class _OneHotOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsOneHotOptions(bb, obj) {
    return (obj || new _OneHotOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsOneHotOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers78.SIZE_PREFIX_LENGTH);
    return (obj || new _OneHotOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  axis() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startOneHotOptions(builder) {
    builder.startObject(1);
  }
  static addAxis(builder, axis) {
    builder.addFieldInt32(0, axis, 0);
  }
  static endOneHotOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createOneHotOptions(builder, axis) {
    _OneHotOptions.startOneHotOptions(builder);
    _OneHotOptions.addAxis(builder, axis);
    return _OneHotOptions.endOneHotOptions(builder);
  }
  unpack() {
    return new OneHotOptionsT(
      this.axis()
    );
  }
  unpackTo(_o) {
    _o.axis = this.axis();
  }
};
var OneHotOptionsT = class {
  constructor(axis = 0) {
    this.axis = axis;
  }
  pack(builder) {
    return OneHotOptions.createOneHotOptions(
      builder,
      this.axis
    );
  }
};

// src/tflite/generated/tflite/pack-options.ts
var flatbuffers79 = __toESM(require_flatbuffers(), 1);
var PackOptions = class _PackOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsPackOptions(bb, obj) {
    return (obj || new _PackOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsPackOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers79.SIZE_PREFIX_LENGTH);
    return (obj || new _PackOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  valuesCount() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  axis() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startPackOptions(builder) {
    builder.startObject(2);
  }
  static addValuesCount(builder, valuesCount) {
    builder.addFieldInt32(0, valuesCount, 0);
  }
  static addAxis(builder, axis) {
    builder.addFieldInt32(1, axis, 0);
  }
  static endPackOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createPackOptions(builder, valuesCount, axis) {
    _PackOptions.startPackOptions(builder);
    _PackOptions.addValuesCount(builder, valuesCount);
    _PackOptions.addAxis(builder, axis);
    return _PackOptions.endPackOptions(builder);
  }
  unpack() {
    return new PackOptionsT(
      this.valuesCount(),
      this.axis()
    );
  }
  unpackTo(_o) {
    _o.valuesCount = this.valuesCount();
    _o.axis = this.axis();
  }
};
var PackOptionsT = class {
  constructor(valuesCount = 0, axis = 0) {
    this.valuesCount = valuesCount;
    this.axis = axis;
  }
  pack(builder) {
    return PackOptions.createPackOptions(
      builder,
      this.valuesCount,
      this.axis
    );
  }
};

// src/tflite/generated/tflite/pad-options.ts
var flatbuffers80 = __toESM(require_flatbuffers(), 1);
var PadOptions = class _PadOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsPadOptions(bb, obj) {
    return (obj || new _PadOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsPadOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers80.SIZE_PREFIX_LENGTH);
    return (obj || new _PadOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startPadOptions(builder) {
    builder.startObject(0);
  }
  static endPadOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createPadOptions(builder) {
    _PadOptions.startPadOptions(builder);
    return _PadOptions.endPadOptions(builder);
  }
  unpack() {
    return new PadOptionsT();
  }
  unpackTo(_o) {
  }
};
var PadOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return PadOptions.createPadOptions(builder);
  }
};

// src/tflite/generated/tflite/pad-v2options.ts
var flatbuffers81 = __toESM(require_flatbuffers(), 1);
var PadV2Options = class _PadV2Options {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsPadV2Options(bb, obj) {
    return (obj || new _PadV2Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsPadV2Options(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers81.SIZE_PREFIX_LENGTH);
    return (obj || new _PadV2Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startPadV2Options(builder) {
    builder.startObject(0);
  }
  static endPadV2Options(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createPadV2Options(builder) {
    _PadV2Options.startPadV2Options(builder);
    return _PadV2Options.endPadV2Options(builder);
  }
  unpack() {
    return new PadV2OptionsT();
  }
  unpackTo(_o) {
  }
};
var PadV2OptionsT = class {
  constructor() {
  }
  pack(builder) {
    return PadV2Options.createPadV2Options(builder);
  }
};

// src/tflite/generated/tflite/pool2doptions.ts
var flatbuffers82 = __toESM(require_flatbuffers(), 1);
var Pool2DOptions = class _Pool2DOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsPool2DOptions(bb, obj) {
    return (obj || new _Pool2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsPool2DOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers82.SIZE_PREFIX_LENGTH);
    return (obj || new _Pool2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  padding() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* SAME */;
  }
  strideW() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  strideH() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  filterWidth() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  filterHeight() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  static startPool2DOptions(builder) {
    builder.startObject(6);
  }
  static addPadding(builder, padding) {
    builder.addFieldInt8(0, padding, 0 /* SAME */);
  }
  static addStrideW(builder, strideW) {
    builder.addFieldInt32(1, strideW, 0);
  }
  static addStrideH(builder, strideH) {
    builder.addFieldInt32(2, strideH, 0);
  }
  static addFilterWidth(builder, filterWidth) {
    builder.addFieldInt32(3, filterWidth, 0);
  }
  static addFilterHeight(builder, filterHeight) {
    builder.addFieldInt32(4, filterHeight, 0);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(5, fusedActivationFunction, 0 /* NONE */);
  }
  static endPool2DOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createPool2DOptions(builder, padding, strideW, strideH, filterWidth, filterHeight, fusedActivationFunction) {
    _Pool2DOptions.startPool2DOptions(builder);
    _Pool2DOptions.addPadding(builder, padding);
    _Pool2DOptions.addStrideW(builder, strideW);
    _Pool2DOptions.addStrideH(builder, strideH);
    _Pool2DOptions.addFilterWidth(builder, filterWidth);
    _Pool2DOptions.addFilterHeight(builder, filterHeight);
    _Pool2DOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    return _Pool2DOptions.endPool2DOptions(builder);
  }
  unpack() {
    return new Pool2DOptionsT(
      this.padding(),
      this.strideW(),
      this.strideH(),
      this.filterWidth(),
      this.filterHeight(),
      this.fusedActivationFunction()
    );
  }
  unpackTo(_o) {
    _o.padding = this.padding();
    _o.strideW = this.strideW();
    _o.strideH = this.strideH();
    _o.filterWidth = this.filterWidth();
    _o.filterHeight = this.filterHeight();
    _o.fusedActivationFunction = this.fusedActivationFunction();
  }
};
var Pool2DOptionsT = class {
  constructor(padding = 0 /* SAME */, strideW = 0, strideH = 0, filterWidth = 0, filterHeight = 0, fusedActivationFunction = 0 /* NONE */) {
    this.padding = padding;
    this.strideW = strideW;
    this.strideH = strideH;
    this.filterWidth = filterWidth;
    this.filterHeight = filterHeight;
    this.fusedActivationFunction = fusedActivationFunction;
  }
  pack(builder) {
    return Pool2DOptions.createPool2DOptions(
      builder,
      this.padding,
      this.strideW,
      this.strideH,
      this.filterWidth,
      this.filterHeight,
      this.fusedActivationFunction
    );
  }
};

// src/tflite/generated/tflite/pow-options.ts
var flatbuffers83 = __toESM(require_flatbuffers(), 1);
var PowOptions = class _PowOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsPowOptions(bb, obj) {
    return (obj || new _PowOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsPowOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers83.SIZE_PREFIX_LENGTH);
    return (obj || new _PowOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startPowOptions(builder) {
    builder.startObject(0);
  }
  static endPowOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createPowOptions(builder) {
    _PowOptions.startPowOptions(builder);
    return _PowOptions.endPowOptions(builder);
  }
  unpack() {
    return new PowOptionsT();
  }
  unpackTo(_o) {
  }
};
var PowOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return PowOptions.createPowOptions(builder);
  }
};

// src/tflite/generated/tflite/quantize-options.ts
var flatbuffers84 = __toESM(require_flatbuffers(), 1);
var QuantizeOptions = class _QuantizeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsQuantizeOptions(bb, obj) {
    return (obj || new _QuantizeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsQuantizeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers84.SIZE_PREFIX_LENGTH);
    return (obj || new _QuantizeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startQuantizeOptions(builder) {
    builder.startObject(0);
  }
  static endQuantizeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createQuantizeOptions(builder) {
    _QuantizeOptions.startQuantizeOptions(builder);
    return _QuantizeOptions.endQuantizeOptions(builder);
  }
  unpack() {
    return new QuantizeOptionsT();
  }
  unpackTo(_o) {
  }
};
var QuantizeOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return QuantizeOptions.createQuantizeOptions(builder);
  }
};

// src/tflite/generated/tflite/rnnoptions.ts
var flatbuffers85 = __toESM(require_flatbuffers(), 1);
var RNNOptions = class _RNNOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsRNNOptions(bb, obj) {
    return (obj || new _RNNOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsRNNOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers85.SIZE_PREFIX_LENGTH);
    return (obj || new _RNNOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  asymmetricQuantizeInputs() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startRNNOptions(builder) {
    builder.startObject(2);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(0, fusedActivationFunction, 0 /* NONE */);
  }
  static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
    builder.addFieldInt8(1, +asymmetricQuantizeInputs, 0);
  }
  static endRNNOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createRNNOptions(builder, fusedActivationFunction, asymmetricQuantizeInputs) {
    _RNNOptions.startRNNOptions(builder);
    _RNNOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _RNNOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
    return _RNNOptions.endRNNOptions(builder);
  }
  unpack() {
    return new RNNOptionsT(
      this.fusedActivationFunction(),
      this.asymmetricQuantizeInputs()
    );
  }
  unpackTo(_o) {
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.asymmetricQuantizeInputs = this.asymmetricQuantizeInputs();
  }
};
var RNNOptionsT = class {
  constructor(fusedActivationFunction = 0 /* NONE */, asymmetricQuantizeInputs = false) {
    this.fusedActivationFunction = fusedActivationFunction;
    this.asymmetricQuantizeInputs = asymmetricQuantizeInputs;
  }
  pack(builder) {
    return RNNOptions.createRNNOptions(
      builder,
      this.fusedActivationFunction,
      this.asymmetricQuantizeInputs
    );
  }
};

// src/tflite/generated/tflite/random-options.ts
var flatbuffers86 = __toESM(require_flatbuffers(), 1);
var RandomOptions = class _RandomOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsRandomOptions(bb, obj) {
    return (obj || new _RandomOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsRandomOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers86.SIZE_PREFIX_LENGTH);
    return (obj || new _RandomOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  seed() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  seed2() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  static startRandomOptions(builder) {
    builder.startObject(2);
  }
  static addSeed(builder, seed) {
    builder.addFieldInt64(0, seed, BigInt("0"));
  }
  static addSeed2(builder, seed2) {
    builder.addFieldInt64(1, seed2, BigInt("0"));
  }
  static endRandomOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createRandomOptions(builder, seed, seed2) {
    _RandomOptions.startRandomOptions(builder);
    _RandomOptions.addSeed(builder, seed);
    _RandomOptions.addSeed2(builder, seed2);
    return _RandomOptions.endRandomOptions(builder);
  }
  unpack() {
    return new RandomOptionsT(
      this.seed(),
      this.seed2()
    );
  }
  unpackTo(_o) {
    _o.seed = this.seed();
    _o.seed2 = this.seed2();
  }
};
var RandomOptionsT = class {
  constructor(seed = BigInt("0"), seed2 = BigInt("0")) {
    this.seed = seed;
    this.seed2 = seed2;
  }
  pack(builder) {
    return RandomOptions.createRandomOptions(
      builder,
      this.seed,
      this.seed2
    );
  }
};

// src/tflite/generated/tflite/range-options.ts
var flatbuffers87 = __toESM(require_flatbuffers(), 1);
var RangeOptions = class _RangeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsRangeOptions(bb, obj) {
    return (obj || new _RangeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsRangeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers87.SIZE_PREFIX_LENGTH);
    return (obj || new _RangeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startRangeOptions(builder) {
    builder.startObject(0);
  }
  static endRangeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createRangeOptions(builder) {
    _RangeOptions.startRangeOptions(builder);
    return _RangeOptions.endRangeOptions(builder);
  }
  unpack() {
    return new RangeOptionsT();
  }
  unpackTo(_o) {
  }
};
var RangeOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return RangeOptions.createRangeOptions(builder);
  }
};

// src/tflite/generated/tflite/rank-options.ts
var flatbuffers88 = __toESM(require_flatbuffers(), 1);
var RankOptions = class _RankOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsRankOptions(bb, obj) {
    return (obj || new _RankOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsRankOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers88.SIZE_PREFIX_LENGTH);
    return (obj || new _RankOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startRankOptions(builder) {
    builder.startObject(0);
  }
  static endRankOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createRankOptions(builder) {
    _RankOptions.startRankOptions(builder);
    return _RankOptions.endRankOptions(builder);
  }
  unpack() {
    return new RankOptionsT();
  }
  unpackTo(_o) {
  }
};
var RankOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return RankOptions.createRankOptions(builder);
  }
};

// src/tflite/generated/tflite/read-variable-options.ts
var flatbuffers89 = __toESM(require_flatbuffers(), 1);
var ReadVariableOptions = class _ReadVariableOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsReadVariableOptions(bb, obj) {
    return (obj || new _ReadVariableOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsReadVariableOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers89.SIZE_PREFIX_LENGTH);
    return (obj || new _ReadVariableOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startReadVariableOptions(builder) {
    builder.startObject(0);
  }
  static endReadVariableOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createReadVariableOptions(builder) {
    _ReadVariableOptions.startReadVariableOptions(builder);
    return _ReadVariableOptions.endReadVariableOptions(builder);
  }
  unpack() {
    return new ReadVariableOptionsT();
  }
  unpackTo(_o) {
  }
};
var ReadVariableOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return ReadVariableOptions.createReadVariableOptions(builder);
  }
};

// src/tflite/generated/tflite/reducer-options.ts
var flatbuffers90 = __toESM(require_flatbuffers(), 1);
var ReducerOptions = class _ReducerOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsReducerOptions(bb, obj) {
    return (obj || new _ReducerOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsReducerOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers90.SIZE_PREFIX_LENGTH);
    return (obj || new _ReducerOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  keepDims() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startReducerOptions(builder) {
    builder.startObject(1);
  }
  static addKeepDims(builder, keepDims) {
    builder.addFieldInt8(0, +keepDims, 0);
  }
  static endReducerOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createReducerOptions(builder, keepDims) {
    _ReducerOptions.startReducerOptions(builder);
    _ReducerOptions.addKeepDims(builder, keepDims);
    return _ReducerOptions.endReducerOptions(builder);
  }
  unpack() {
    return new ReducerOptionsT(
      this.keepDims()
    );
  }
  unpackTo(_o) {
    _o.keepDims = this.keepDims();
  }
};
var ReducerOptionsT = class {
  constructor(keepDims = false) {
    this.keepDims = keepDims;
  }
  pack(builder) {
    return ReducerOptions.createReducerOptions(
      builder,
      this.keepDims
    );
  }
};

// src/tflite/generated/tflite/reshape-options.ts
var flatbuffers91 = __toESM(require_flatbuffers(), 1);
var ReshapeOptions = class _ReshapeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsReshapeOptions(bb, obj) {
    return (obj || new _ReshapeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsReshapeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers91.SIZE_PREFIX_LENGTH);
    return (obj || new _ReshapeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  newShape(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  newShapeLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  newShapeArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startReshapeOptions(builder) {
    builder.startObject(1);
  }
  static addNewShape(builder, newShapeOffset) {
    builder.addFieldOffset(0, newShapeOffset, 0);
  }
  static createNewShapeVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startNewShapeVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static endReshapeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createReshapeOptions(builder, newShapeOffset) {
    _ReshapeOptions.startReshapeOptions(builder);
    _ReshapeOptions.addNewShape(builder, newShapeOffset);
    return _ReshapeOptions.endReshapeOptions(builder);
  }
  unpack() {
    return new ReshapeOptionsT(
      this.bb.createScalarList(this.newShape.bind(this), this.newShapeLength())
    );
  }
  unpackTo(_o) {
    _o.newShape = this.bb.createScalarList(this.newShape.bind(this), this.newShapeLength());
  }
};
var ReshapeOptionsT = class {
  constructor(newShape = []) {
    this.newShape = newShape;
  }
  pack(builder) {
    const newShape = ReshapeOptions.createNewShapeVector(builder, this.newShape);
    return ReshapeOptions.createReshapeOptions(
      builder,
      newShape
    );
  }
};

// src/tflite/generated/tflite/resize-bilinear-options.ts
var flatbuffers92 = __toESM(require_flatbuffers(), 1);
var ResizeBilinearOptions = class _ResizeBilinearOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsResizeBilinearOptions(bb, obj) {
    return (obj || new _ResizeBilinearOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsResizeBilinearOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers92.SIZE_PREFIX_LENGTH);
    return (obj || new _ResizeBilinearOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  newHeight() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  newWidth() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  alignCorners() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  halfPixelCenters() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startResizeBilinearOptions(builder) {
    builder.startObject(4);
  }
  static addNewHeight(builder, newHeight) {
    builder.addFieldInt32(0, newHeight, 0);
  }
  static addNewWidth(builder, newWidth) {
    builder.addFieldInt32(1, newWidth, 0);
  }
  static addAlignCorners(builder, alignCorners) {
    builder.addFieldInt8(2, +alignCorners, 0);
  }
  static addHalfPixelCenters(builder, halfPixelCenters) {
    builder.addFieldInt8(3, +halfPixelCenters, 0);
  }
  static endResizeBilinearOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createResizeBilinearOptions(builder, newHeight, newWidth, alignCorners, halfPixelCenters) {
    _ResizeBilinearOptions.startResizeBilinearOptions(builder);
    _ResizeBilinearOptions.addNewHeight(builder, newHeight);
    _ResizeBilinearOptions.addNewWidth(builder, newWidth);
    _ResizeBilinearOptions.addAlignCorners(builder, alignCorners);
    _ResizeBilinearOptions.addHalfPixelCenters(builder, halfPixelCenters);
    return _ResizeBilinearOptions.endResizeBilinearOptions(builder);
  }
  unpack() {
    return new ResizeBilinearOptionsT(
      this.newHeight(),
      this.newWidth(),
      this.alignCorners(),
      this.halfPixelCenters()
    );
  }
  unpackTo(_o) {
    _o.newHeight = this.newHeight();
    _o.newWidth = this.newWidth();
    _o.alignCorners = this.alignCorners();
    _o.halfPixelCenters = this.halfPixelCenters();
  }
};
var ResizeBilinearOptionsT = class {
  constructor(newHeight = 0, newWidth = 0, alignCorners = false, halfPixelCenters = false) {
    this.newHeight = newHeight;
    this.newWidth = newWidth;
    this.alignCorners = alignCorners;
    this.halfPixelCenters = halfPixelCenters;
  }
  pack(builder) {
    return ResizeBilinearOptions.createResizeBilinearOptions(
      builder,
      this.newHeight,
      this.newWidth,
      this.alignCorners,
      this.halfPixelCenters
    );
  }
};

// src/tflite/generated/tflite/resize-nearest-neighbor-options.ts
var flatbuffers93 = __toESM(require_flatbuffers(), 1);
var ResizeNearestNeighborOptions = class _ResizeNearestNeighborOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsResizeNearestNeighborOptions(bb, obj) {
    return (obj || new _ResizeNearestNeighborOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsResizeNearestNeighborOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers93.SIZE_PREFIX_LENGTH);
    return (obj || new _ResizeNearestNeighborOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  alignCorners() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  halfPixelCenters() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startResizeNearestNeighborOptions(builder) {
    builder.startObject(2);
  }
  static addAlignCorners(builder, alignCorners) {
    builder.addFieldInt8(0, +alignCorners, 0);
  }
  static addHalfPixelCenters(builder, halfPixelCenters) {
    builder.addFieldInt8(1, +halfPixelCenters, 0);
  }
  static endResizeNearestNeighborOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createResizeNearestNeighborOptions(builder, alignCorners, halfPixelCenters) {
    _ResizeNearestNeighborOptions.startResizeNearestNeighborOptions(builder);
    _ResizeNearestNeighborOptions.addAlignCorners(builder, alignCorners);
    _ResizeNearestNeighborOptions.addHalfPixelCenters(builder, halfPixelCenters);
    return _ResizeNearestNeighborOptions.endResizeNearestNeighborOptions(builder);
  }
  unpack() {
    return new ResizeNearestNeighborOptionsT(
      this.alignCorners(),
      this.halfPixelCenters()
    );
  }
  unpackTo(_o) {
    _o.alignCorners = this.alignCorners();
    _o.halfPixelCenters = this.halfPixelCenters();
  }
};
var ResizeNearestNeighborOptionsT = class {
  constructor(alignCorners = false, halfPixelCenters = false) {
    this.alignCorners = alignCorners;
    this.halfPixelCenters = halfPixelCenters;
  }
  pack(builder) {
    return ResizeNearestNeighborOptions.createResizeNearestNeighborOptions(
      builder,
      this.alignCorners,
      this.halfPixelCenters
    );
  }
};

// src/tflite/generated/tflite/reverse-sequence-options.ts
var flatbuffers94 = __toESM(require_flatbuffers(), 1);
var ReverseSequenceOptions = class _ReverseSequenceOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsReverseSequenceOptions(bb, obj) {
    return (obj || new _ReverseSequenceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsReverseSequenceOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers94.SIZE_PREFIX_LENGTH);
    return (obj || new _ReverseSequenceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  seqDim() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  batchDim() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startReverseSequenceOptions(builder) {
    builder.startObject(2);
  }
  static addSeqDim(builder, seqDim) {
    builder.addFieldInt32(0, seqDim, 0);
  }
  static addBatchDim(builder, batchDim) {
    builder.addFieldInt32(1, batchDim, 0);
  }
  static endReverseSequenceOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createReverseSequenceOptions(builder, seqDim, batchDim) {
    _ReverseSequenceOptions.startReverseSequenceOptions(builder);
    _ReverseSequenceOptions.addSeqDim(builder, seqDim);
    _ReverseSequenceOptions.addBatchDim(builder, batchDim);
    return _ReverseSequenceOptions.endReverseSequenceOptions(builder);
  }
  unpack() {
    return new ReverseSequenceOptionsT(
      this.seqDim(),
      this.batchDim()
    );
  }
  unpackTo(_o) {
    _o.seqDim = this.seqDim();
    _o.batchDim = this.batchDim();
  }
};
var ReverseSequenceOptionsT = class {
  constructor(seqDim = 0, batchDim = 0) {
    this.seqDim = seqDim;
    this.batchDim = batchDim;
  }
  pack(builder) {
    return ReverseSequenceOptions.createReverseSequenceOptions(
      builder,
      this.seqDim,
      this.batchDim
    );
  }
};

// src/tflite/generated/tflite/reverse-v2options.ts
var flatbuffers95 = __toESM(require_flatbuffers(), 1);
var ReverseV2Options = class _ReverseV2Options {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsReverseV2Options(bb, obj) {
    return (obj || new _ReverseV2Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsReverseV2Options(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers95.SIZE_PREFIX_LENGTH);
    return (obj || new _ReverseV2Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startReverseV2Options(builder) {
    builder.startObject(0);
  }
  static endReverseV2Options(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createReverseV2Options(builder) {
    _ReverseV2Options.startReverseV2Options(builder);
    return _ReverseV2Options.endReverseV2Options(builder);
  }
  unpack() {
    return new ReverseV2OptionsT();
  }
  unpackTo(_o) {
  }
};
var ReverseV2OptionsT = class {
  constructor() {
  }
  pack(builder) {
    return ReverseV2Options.createReverseV2Options(builder);
  }
};

// src/tflite/generated/tflite/rfft2d-options.ts
var flatbuffers96 = __toESM(require_flatbuffers(), 1);
var Rfft2dOptions = class _Rfft2dOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsRfft2dOptions(bb, obj) {
    return (obj || new _Rfft2dOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsRfft2dOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers96.SIZE_PREFIX_LENGTH);
    return (obj || new _Rfft2dOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startRfft2dOptions(builder) {
    builder.startObject(0);
  }
  static endRfft2dOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createRfft2dOptions(builder) {
    _Rfft2dOptions.startRfft2dOptions(builder);
    return _Rfft2dOptions.endRfft2dOptions(builder);
  }
  unpack() {
    return new Rfft2dOptionsT();
  }
  unpackTo(_o) {
  }
};
var Rfft2dOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return Rfft2dOptions.createRfft2dOptions(builder);
  }
};

// src/tflite/generated/tflite/right-shift-options.ts
var flatbuffers97 = __toESM(require_flatbuffers(), 1);
var RightShiftOptions = class _RightShiftOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsRightShiftOptions(bb, obj) {
    return (obj || new _RightShiftOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsRightShiftOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers97.SIZE_PREFIX_LENGTH);
    return (obj || new _RightShiftOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startRightShiftOptions(builder) {
    builder.startObject(0);
  }
  static endRightShiftOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createRightShiftOptions(builder) {
    _RightShiftOptions.startRightShiftOptions(builder);
    return _RightShiftOptions.endRightShiftOptions(builder);
  }
  unpack() {
    return new RightShiftOptionsT();
  }
  unpackTo(_o) {
  }
};
var RightShiftOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return RightShiftOptions.createRightShiftOptions(builder);
  }
};

// src/tflite/generated/tflite/svdfoptions.ts
var flatbuffers98 = __toESM(require_flatbuffers(), 1);
var SVDFOptions = class _SVDFOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSVDFOptions(bb, obj) {
    return (obj || new _SVDFOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSVDFOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers98.SIZE_PREFIX_LENGTH);
    return (obj || new _SVDFOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  rank() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  asymmetricQuantizeInputs() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startSVDFOptions(builder) {
    builder.startObject(3);
  }
  static addRank(builder, rank) {
    builder.addFieldInt32(0, rank, 0);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(1, fusedActivationFunction, 0 /* NONE */);
  }
  static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
    builder.addFieldInt8(2, +asymmetricQuantizeInputs, 0);
  }
  static endSVDFOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSVDFOptions(builder, rank, fusedActivationFunction, asymmetricQuantizeInputs) {
    _SVDFOptions.startSVDFOptions(builder);
    _SVDFOptions.addRank(builder, rank);
    _SVDFOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _SVDFOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
    return _SVDFOptions.endSVDFOptions(builder);
  }
  unpack() {
    return new SVDFOptionsT(
      this.rank(),
      this.fusedActivationFunction(),
      this.asymmetricQuantizeInputs()
    );
  }
  unpackTo(_o) {
    _o.rank = this.rank();
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.asymmetricQuantizeInputs = this.asymmetricQuantizeInputs();
  }
};
var SVDFOptionsT = class {
  constructor(rank = 0, fusedActivationFunction = 0 /* NONE */, asymmetricQuantizeInputs = false) {
    this.rank = rank;
    this.fusedActivationFunction = fusedActivationFunction;
    this.asymmetricQuantizeInputs = asymmetricQuantizeInputs;
  }
  pack(builder) {
    return SVDFOptions.createSVDFOptions(
      builder,
      this.rank,
      this.fusedActivationFunction,
      this.asymmetricQuantizeInputs
    );
  }
};

// src/tflite/generated/tflite/scatter-nd-options.ts
var flatbuffers99 = __toESM(require_flatbuffers(), 1);
var ScatterNdOptions = class _ScatterNdOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsScatterNdOptions(bb, obj) {
    return (obj || new _ScatterNdOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsScatterNdOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers99.SIZE_PREFIX_LENGTH);
    return (obj || new _ScatterNdOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startScatterNdOptions(builder) {
    builder.startObject(0);
  }
  static endScatterNdOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createScatterNdOptions(builder) {
    _ScatterNdOptions.startScatterNdOptions(builder);
    return _ScatterNdOptions.endScatterNdOptions(builder);
  }
  unpack() {
    return new ScatterNdOptionsT();
  }
  unpackTo(_o) {
  }
};
var ScatterNdOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return ScatterNdOptions.createScatterNdOptions(builder);
  }
};

// src/tflite/generated/tflite/segment-sum-options.ts
var flatbuffers100 = __toESM(require_flatbuffers(), 1);
var SegmentSumOptions = class _SegmentSumOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSegmentSumOptions(bb, obj) {
    return (obj || new _SegmentSumOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSegmentSumOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers100.SIZE_PREFIX_LENGTH);
    return (obj || new _SegmentSumOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startSegmentSumOptions(builder) {
    builder.startObject(0);
  }
  static endSegmentSumOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSegmentSumOptions(builder) {
    _SegmentSumOptions.startSegmentSumOptions(builder);
    return _SegmentSumOptions.endSegmentSumOptions(builder);
  }
  unpack() {
    return new SegmentSumOptionsT();
  }
  unpackTo(_o) {
  }
};
var SegmentSumOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return SegmentSumOptions.createSegmentSumOptions(builder);
  }
};

// src/tflite/generated/tflite/select-options.ts
var flatbuffers101 = __toESM(require_flatbuffers(), 1);
var SelectOptions = class _SelectOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSelectOptions(bb, obj) {
    return (obj || new _SelectOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSelectOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers101.SIZE_PREFIX_LENGTH);
    return (obj || new _SelectOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startSelectOptions(builder) {
    builder.startObject(0);
  }
  static endSelectOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSelectOptions(builder) {
    _SelectOptions.startSelectOptions(builder);
    return _SelectOptions.endSelectOptions(builder);
  }
  unpack() {
    return new SelectOptionsT();
  }
  unpackTo(_o) {
  }
};
var SelectOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return SelectOptions.createSelectOptions(builder);
  }
};

// src/tflite/generated/tflite/select-v2options.ts
var flatbuffers102 = __toESM(require_flatbuffers(), 1);
var SelectV2Options = class _SelectV2Options {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSelectV2Options(bb, obj) {
    return (obj || new _SelectV2Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSelectV2Options(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers102.SIZE_PREFIX_LENGTH);
    return (obj || new _SelectV2Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startSelectV2Options(builder) {
    builder.startObject(0);
  }
  static endSelectV2Options(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSelectV2Options(builder) {
    _SelectV2Options.startSelectV2Options(builder);
    return _SelectV2Options.endSelectV2Options(builder);
  }
  unpack() {
    return new SelectV2OptionsT();
  }
  unpackTo(_o) {
  }
};
var SelectV2OptionsT = class {
  constructor() {
  }
  pack(builder) {
    return SelectV2Options.createSelectV2Options(builder);
  }
};

// src/tflite/generated/tflite/sequence-rnnoptions.ts
var flatbuffers103 = __toESM(require_flatbuffers(), 1);
var SequenceRNNOptions = class _SequenceRNNOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSequenceRNNOptions(bb, obj) {
    return (obj || new _SequenceRNNOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSequenceRNNOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers103.SIZE_PREFIX_LENGTH);
    return (obj || new _SequenceRNNOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  timeMajor() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  asymmetricQuantizeInputs() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startSequenceRNNOptions(builder) {
    builder.startObject(3);
  }
  static addTimeMajor(builder, timeMajor) {
    builder.addFieldInt8(0, +timeMajor, 0);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(1, fusedActivationFunction, 0 /* NONE */);
  }
  static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
    builder.addFieldInt8(2, +asymmetricQuantizeInputs, 0);
  }
  static endSequenceRNNOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSequenceRNNOptions(builder, timeMajor, fusedActivationFunction, asymmetricQuantizeInputs) {
    _SequenceRNNOptions.startSequenceRNNOptions(builder);
    _SequenceRNNOptions.addTimeMajor(builder, timeMajor);
    _SequenceRNNOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _SequenceRNNOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
    return _SequenceRNNOptions.endSequenceRNNOptions(builder);
  }
  unpack() {
    return new SequenceRNNOptionsT(
      this.timeMajor(),
      this.fusedActivationFunction(),
      this.asymmetricQuantizeInputs()
    );
  }
  unpackTo(_o) {
    _o.timeMajor = this.timeMajor();
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.asymmetricQuantizeInputs = this.asymmetricQuantizeInputs();
  }
};
var SequenceRNNOptionsT = class {
  constructor(timeMajor = false, fusedActivationFunction = 0 /* NONE */, asymmetricQuantizeInputs = false) {
    this.timeMajor = timeMajor;
    this.fusedActivationFunction = fusedActivationFunction;
    this.asymmetricQuantizeInputs = asymmetricQuantizeInputs;
  }
  pack(builder) {
    return SequenceRNNOptions.createSequenceRNNOptions(
      builder,
      this.timeMajor,
      this.fusedActivationFunction,
      this.asymmetricQuantizeInputs
    );
  }
};

// src/tflite/generated/tflite/shape-options.ts
var flatbuffers104 = __toESM(require_flatbuffers(), 1);
var ShapeOptions = class _ShapeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsShapeOptions(bb, obj) {
    return (obj || new _ShapeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsShapeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers104.SIZE_PREFIX_LENGTH);
    return (obj || new _ShapeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  outType() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  static startShapeOptions(builder) {
    builder.startObject(1);
  }
  static addOutType(builder, outType) {
    builder.addFieldInt8(0, outType, 0 /* FLOAT32 */);
  }
  static endShapeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createShapeOptions(builder, outType) {
    _ShapeOptions.startShapeOptions(builder);
    _ShapeOptions.addOutType(builder, outType);
    return _ShapeOptions.endShapeOptions(builder);
  }
  unpack() {
    return new ShapeOptionsT(
      this.outType()
    );
  }
  unpackTo(_o) {
    _o.outType = this.outType();
  }
};
var ShapeOptionsT = class {
  constructor(outType = 0 /* FLOAT32 */) {
    this.outType = outType;
  }
  pack(builder) {
    return ShapeOptions.createShapeOptions(
      builder,
      this.outType
    );
  }
};

// src/tflite/generated/tflite/sign-options.ts
var flatbuffers105 = __toESM(require_flatbuffers(), 1);
var SignOptions = class _SignOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSignOptions(bb, obj) {
    return (obj || new _SignOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSignOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers105.SIZE_PREFIX_LENGTH);
    return (obj || new _SignOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startSignOptions(builder) {
    builder.startObject(0);
  }
  static endSignOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSignOptions(builder) {
    _SignOptions.startSignOptions(builder);
    return _SignOptions.endSignOptions(builder);
  }
  unpack() {
    return new SignOptionsT();
  }
  unpackTo(_o) {
  }
};
var SignOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return SignOptions.createSignOptions(builder);
  }
};

// src/tflite/generated/tflite/skip-gram-options.ts
var flatbuffers106 = __toESM(require_flatbuffers(), 1);
var SkipGramOptions = class _SkipGramOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSkipGramOptions(bb, obj) {
    return (obj || new _SkipGramOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSkipGramOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers106.SIZE_PREFIX_LENGTH);
    return (obj || new _SkipGramOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  ngramSize() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  maxSkipSize() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  includeAllNgrams() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startSkipGramOptions(builder) {
    builder.startObject(3);
  }
  static addNgramSize(builder, ngramSize) {
    builder.addFieldInt32(0, ngramSize, 0);
  }
  static addMaxSkipSize(builder, maxSkipSize) {
    builder.addFieldInt32(1, maxSkipSize, 0);
  }
  static addIncludeAllNgrams(builder, includeAllNgrams) {
    builder.addFieldInt8(2, +includeAllNgrams, 0);
  }
  static endSkipGramOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSkipGramOptions(builder, ngramSize, maxSkipSize, includeAllNgrams) {
    _SkipGramOptions.startSkipGramOptions(builder);
    _SkipGramOptions.addNgramSize(builder, ngramSize);
    _SkipGramOptions.addMaxSkipSize(builder, maxSkipSize);
    _SkipGramOptions.addIncludeAllNgrams(builder, includeAllNgrams);
    return _SkipGramOptions.endSkipGramOptions(builder);
  }
  unpack() {
    return new SkipGramOptionsT(
      this.ngramSize(),
      this.maxSkipSize(),
      this.includeAllNgrams()
    );
  }
  unpackTo(_o) {
    _o.ngramSize = this.ngramSize();
    _o.maxSkipSize = this.maxSkipSize();
    _o.includeAllNgrams = this.includeAllNgrams();
  }
};
var SkipGramOptionsT = class {
  constructor(ngramSize = 0, maxSkipSize = 0, includeAllNgrams = false) {
    this.ngramSize = ngramSize;
    this.maxSkipSize = maxSkipSize;
    this.includeAllNgrams = includeAllNgrams;
  }
  pack(builder) {
    return SkipGramOptions.createSkipGramOptions(
      builder,
      this.ngramSize,
      this.maxSkipSize,
      this.includeAllNgrams
    );
  }
};

// src/tflite/generated/tflite/slice-options.ts
var flatbuffers107 = __toESM(require_flatbuffers(), 1);
var SliceOptions = class _SliceOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSliceOptions(bb, obj) {
    return (obj || new _SliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSliceOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers107.SIZE_PREFIX_LENGTH);
    return (obj || new _SliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startSliceOptions(builder) {
    builder.startObject(0);
  }
  static endSliceOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSliceOptions(builder) {
    _SliceOptions.startSliceOptions(builder);
    return _SliceOptions.endSliceOptions(builder);
  }
  unpack() {
    return new SliceOptionsT();
  }
  unpackTo(_o) {
  }
};
var SliceOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return SliceOptions.createSliceOptions(builder);
  }
};

// src/tflite/generated/tflite/softmax-options.ts
var flatbuffers108 = __toESM(require_flatbuffers(), 1);
var SoftmaxOptions = class _SoftmaxOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSoftmaxOptions(bb, obj) {
    return (obj || new _SoftmaxOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSoftmaxOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers108.SIZE_PREFIX_LENGTH);
    return (obj || new _SoftmaxOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  beta() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  static startSoftmaxOptions(builder) {
    builder.startObject(1);
  }
  static addBeta(builder, beta) {
    builder.addFieldFloat32(0, beta, 0);
  }
  static endSoftmaxOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSoftmaxOptions(builder, beta) {
    _SoftmaxOptions.startSoftmaxOptions(builder);
    _SoftmaxOptions.addBeta(builder, beta);
    return _SoftmaxOptions.endSoftmaxOptions(builder);
  }
  unpack() {
    return new SoftmaxOptionsT(
      this.beta()
    );
  }
  unpackTo(_o) {
    _o.beta = this.beta();
  }
};
var SoftmaxOptionsT = class {
  constructor(beta = 0) {
    this.beta = beta;
  }
  pack(builder) {
    return SoftmaxOptions.createSoftmaxOptions(
      builder,
      this.beta
    );
  }
};

// src/tflite/generated/tflite/space-to-batch-ndoptions.ts
var flatbuffers109 = __toESM(require_flatbuffers(), 1);
var SpaceToBatchNDOptions = class _SpaceToBatchNDOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSpaceToBatchNDOptions(bb, obj) {
    return (obj || new _SpaceToBatchNDOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSpaceToBatchNDOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers109.SIZE_PREFIX_LENGTH);
    return (obj || new _SpaceToBatchNDOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startSpaceToBatchNDOptions(builder) {
    builder.startObject(0);
  }
  static endSpaceToBatchNDOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSpaceToBatchNDOptions(builder) {
    _SpaceToBatchNDOptions.startSpaceToBatchNDOptions(builder);
    return _SpaceToBatchNDOptions.endSpaceToBatchNDOptions(builder);
  }
  unpack() {
    return new SpaceToBatchNDOptionsT();
  }
  unpackTo(_o) {
  }
};
var SpaceToBatchNDOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return SpaceToBatchNDOptions.createSpaceToBatchNDOptions(builder);
  }
};

// src/tflite/generated/tflite/space-to-depth-options.ts
var flatbuffers110 = __toESM(require_flatbuffers(), 1);
var SpaceToDepthOptions = class _SpaceToDepthOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSpaceToDepthOptions(bb, obj) {
    return (obj || new _SpaceToDepthOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSpaceToDepthOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers110.SIZE_PREFIX_LENGTH);
    return (obj || new _SpaceToDepthOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  blockSize() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startSpaceToDepthOptions(builder) {
    builder.startObject(1);
  }
  static addBlockSize(builder, blockSize) {
    builder.addFieldInt32(0, blockSize, 0);
  }
  static endSpaceToDepthOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSpaceToDepthOptions(builder, blockSize) {
    _SpaceToDepthOptions.startSpaceToDepthOptions(builder);
    _SpaceToDepthOptions.addBlockSize(builder, blockSize);
    return _SpaceToDepthOptions.endSpaceToDepthOptions(builder);
  }
  unpack() {
    return new SpaceToDepthOptionsT(
      this.blockSize()
    );
  }
  unpackTo(_o) {
    _o.blockSize = this.blockSize();
  }
};
var SpaceToDepthOptionsT = class {
  constructor(blockSize = 0) {
    this.blockSize = blockSize;
  }
  pack(builder) {
    return SpaceToDepthOptions.createSpaceToDepthOptions(
      builder,
      this.blockSize
    );
  }
};

// src/tflite/generated/tflite/sparse-to-dense-options.ts
var flatbuffers111 = __toESM(require_flatbuffers(), 1);
var SparseToDenseOptions = class _SparseToDenseOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSparseToDenseOptions(bb, obj) {
    return (obj || new _SparseToDenseOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSparseToDenseOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers111.SIZE_PREFIX_LENGTH);
    return (obj || new _SparseToDenseOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  validateIndices() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startSparseToDenseOptions(builder) {
    builder.startObject(1);
  }
  static addValidateIndices(builder, validateIndices) {
    builder.addFieldInt8(0, +validateIndices, 0);
  }
  static endSparseToDenseOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSparseToDenseOptions(builder, validateIndices) {
    _SparseToDenseOptions.startSparseToDenseOptions(builder);
    _SparseToDenseOptions.addValidateIndices(builder, validateIndices);
    return _SparseToDenseOptions.endSparseToDenseOptions(builder);
  }
  unpack() {
    return new SparseToDenseOptionsT(
      this.validateIndices()
    );
  }
  unpackTo(_o) {
    _o.validateIndices = this.validateIndices();
  }
};
var SparseToDenseOptionsT = class {
  constructor(validateIndices = false) {
    this.validateIndices = validateIndices;
  }
  pack(builder) {
    return SparseToDenseOptions.createSparseToDenseOptions(
      builder,
      this.validateIndices
    );
  }
};

// src/tflite/generated/tflite/split-options.ts
var flatbuffers112 = __toESM(require_flatbuffers(), 1);
var SplitOptions = class _SplitOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSplitOptions(bb, obj) {
    return (obj || new _SplitOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSplitOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers112.SIZE_PREFIX_LENGTH);
    return (obj || new _SplitOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  numSplits() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startSplitOptions(builder) {
    builder.startObject(1);
  }
  static addNumSplits(builder, numSplits) {
    builder.addFieldInt32(0, numSplits, 0);
  }
  static endSplitOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSplitOptions(builder, numSplits) {
    _SplitOptions.startSplitOptions(builder);
    _SplitOptions.addNumSplits(builder, numSplits);
    return _SplitOptions.endSplitOptions(builder);
  }
  unpack() {
    return new SplitOptionsT(
      this.numSplits()
    );
  }
  unpackTo(_o) {
    _o.numSplits = this.numSplits();
  }
};
var SplitOptionsT = class {
  constructor(numSplits = 0) {
    this.numSplits = numSplits;
  }
  pack(builder) {
    return SplitOptions.createSplitOptions(
      builder,
      this.numSplits
    );
  }
};

// src/tflite/generated/tflite/split-voptions.ts
var flatbuffers113 = __toESM(require_flatbuffers(), 1);
var SplitVOptions = class _SplitVOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSplitVOptions(bb, obj) {
    return (obj || new _SplitVOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSplitVOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers113.SIZE_PREFIX_LENGTH);
    return (obj || new _SplitVOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  numSplits() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startSplitVOptions(builder) {
    builder.startObject(1);
  }
  static addNumSplits(builder, numSplits) {
    builder.addFieldInt32(0, numSplits, 0);
  }
  static endSplitVOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSplitVOptions(builder, numSplits) {
    _SplitVOptions.startSplitVOptions(builder);
    _SplitVOptions.addNumSplits(builder, numSplits);
    return _SplitVOptions.endSplitVOptions(builder);
  }
  unpack() {
    return new SplitVOptionsT(
      this.numSplits()
    );
  }
  unpackTo(_o) {
    _o.numSplits = this.numSplits();
  }
};
var SplitVOptionsT = class {
  constructor(numSplits = 0) {
    this.numSplits = numSplits;
  }
  pack(builder) {
    return SplitVOptions.createSplitVOptions(
      builder,
      this.numSplits
    );
  }
};

// src/tflite/generated/tflite/square-options.ts
var flatbuffers114 = __toESM(require_flatbuffers(), 1);
var SquareOptions = class _SquareOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSquareOptions(bb, obj) {
    return (obj || new _SquareOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSquareOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers114.SIZE_PREFIX_LENGTH);
    return (obj || new _SquareOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startSquareOptions(builder) {
    builder.startObject(0);
  }
  static endSquareOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSquareOptions(builder) {
    _SquareOptions.startSquareOptions(builder);
    return _SquareOptions.endSquareOptions(builder);
  }
  unpack() {
    return new SquareOptionsT();
  }
  unpackTo(_o) {
  }
};
var SquareOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return SquareOptions.createSquareOptions(builder);
  }
};

// src/tflite/generated/tflite/squared-difference-options.ts
var flatbuffers115 = __toESM(require_flatbuffers(), 1);
var SquaredDifferenceOptions = class _SquaredDifferenceOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSquaredDifferenceOptions(bb, obj) {
    return (obj || new _SquaredDifferenceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSquaredDifferenceOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers115.SIZE_PREFIX_LENGTH);
    return (obj || new _SquaredDifferenceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startSquaredDifferenceOptions(builder) {
    builder.startObject(0);
  }
  static endSquaredDifferenceOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSquaredDifferenceOptions(builder) {
    _SquaredDifferenceOptions.startSquaredDifferenceOptions(builder);
    return _SquaredDifferenceOptions.endSquaredDifferenceOptions(builder);
  }
  unpack() {
    return new SquaredDifferenceOptionsT();
  }
  unpackTo(_o) {
  }
};
var SquaredDifferenceOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return SquaredDifferenceOptions.createSquaredDifferenceOptions(builder);
  }
};

// src/tflite/generated/tflite/squeeze-options.ts
var flatbuffers116 = __toESM(require_flatbuffers(), 1);
var SqueezeOptions = class _SqueezeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSqueezeOptions(bb, obj) {
    return (obj || new _SqueezeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSqueezeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers116.SIZE_PREFIX_LENGTH);
    return (obj || new _SqueezeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  squeezeDims(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  squeezeDimsLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  squeezeDimsArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startSqueezeOptions(builder) {
    builder.startObject(1);
  }
  static addSqueezeDims(builder, squeezeDimsOffset) {
    builder.addFieldOffset(0, squeezeDimsOffset, 0);
  }
  static createSqueezeDimsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startSqueezeDimsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static endSqueezeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSqueezeOptions(builder, squeezeDimsOffset) {
    _SqueezeOptions.startSqueezeOptions(builder);
    _SqueezeOptions.addSqueezeDims(builder, squeezeDimsOffset);
    return _SqueezeOptions.endSqueezeOptions(builder);
  }
  unpack() {
    return new SqueezeOptionsT(
      this.bb.createScalarList(this.squeezeDims.bind(this), this.squeezeDimsLength())
    );
  }
  unpackTo(_o) {
    _o.squeezeDims = this.bb.createScalarList(this.squeezeDims.bind(this), this.squeezeDimsLength());
  }
};
var SqueezeOptionsT = class {
  constructor(squeezeDims = []) {
    this.squeezeDims = squeezeDims;
  }
  pack(builder) {
    const squeezeDims = SqueezeOptions.createSqueezeDimsVector(builder, this.squeezeDims);
    return SqueezeOptions.createSqueezeOptions(
      builder,
      squeezeDims
    );
  }
};

// src/tflite/generated/tflite/strided-slice-options.ts
var flatbuffers117 = __toESM(require_flatbuffers(), 1);
var StridedSliceOptions = class _StridedSliceOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStridedSliceOptions(bb, obj) {
    return (obj || new _StridedSliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStridedSliceOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers117.SIZE_PREFIX_LENGTH);
    return (obj || new _StridedSliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  beginMask() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  endMask() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  ellipsisMask() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  newAxisMask() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  shrinkAxisMask() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  offset() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startStridedSliceOptions(builder) {
    builder.startObject(6);
  }
  static addBeginMask(builder, beginMask) {
    builder.addFieldInt32(0, beginMask, 0);
  }
  static addEndMask(builder, endMask) {
    builder.addFieldInt32(1, endMask, 0);
  }
  static addEllipsisMask(builder, ellipsisMask) {
    builder.addFieldInt32(2, ellipsisMask, 0);
  }
  static addNewAxisMask(builder, newAxisMask) {
    builder.addFieldInt32(3, newAxisMask, 0);
  }
  static addShrinkAxisMask(builder, shrinkAxisMask) {
    builder.addFieldInt32(4, shrinkAxisMask, 0);
  }
  static addOffset(builder, offset) {
    builder.addFieldInt8(5, +offset, 0);
  }
  static endStridedSliceOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStridedSliceOptions(builder, beginMask, endMask, ellipsisMask, newAxisMask, shrinkAxisMask, offset) {
    _StridedSliceOptions.startStridedSliceOptions(builder);
    _StridedSliceOptions.addBeginMask(builder, beginMask);
    _StridedSliceOptions.addEndMask(builder, endMask);
    _StridedSliceOptions.addEllipsisMask(builder, ellipsisMask);
    _StridedSliceOptions.addNewAxisMask(builder, newAxisMask);
    _StridedSliceOptions.addShrinkAxisMask(builder, shrinkAxisMask);
    _StridedSliceOptions.addOffset(builder, offset);
    return _StridedSliceOptions.endStridedSliceOptions(builder);
  }
  unpack() {
    return new StridedSliceOptionsT(
      this.beginMask(),
      this.endMask(),
      this.ellipsisMask(),
      this.newAxisMask(),
      this.shrinkAxisMask(),
      this.offset()
    );
  }
  unpackTo(_o) {
    _o.beginMask = this.beginMask();
    _o.endMask = this.endMask();
    _o.ellipsisMask = this.ellipsisMask();
    _o.newAxisMask = this.newAxisMask();
    _o.shrinkAxisMask = this.shrinkAxisMask();
    _o.offset = this.offset();
  }
};
var StridedSliceOptionsT = class {
  constructor(beginMask = 0, endMask = 0, ellipsisMask = 0, newAxisMask = 0, shrinkAxisMask = 0, offset = false) {
    this.beginMask = beginMask;
    this.endMask = endMask;
    this.ellipsisMask = ellipsisMask;
    this.newAxisMask = newAxisMask;
    this.shrinkAxisMask = shrinkAxisMask;
    this.offset = offset;
  }
  pack(builder) {
    return StridedSliceOptions.createStridedSliceOptions(
      builder,
      this.beginMask,
      this.endMask,
      this.ellipsisMask,
      this.newAxisMask,
      this.shrinkAxisMask,
      this.offset
    );
  }
};

// src/tflite/generated/tflite/sub-options.ts
var flatbuffers118 = __toESM(require_flatbuffers(), 1);
var SubOptions = class _SubOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSubOptions(bb, obj) {
    return (obj || new _SubOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSubOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers118.SIZE_PREFIX_LENGTH);
    return (obj || new _SubOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  potScaleInt16() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : true;
  }
  static startSubOptions(builder) {
    builder.startObject(2);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(0, fusedActivationFunction, 0 /* NONE */);
  }
  static addPotScaleInt16(builder, potScaleInt16) {
    builder.addFieldInt8(1, +potScaleInt16, 1);
  }
  static endSubOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSubOptions(builder, fusedActivationFunction, potScaleInt16) {
    _SubOptions.startSubOptions(builder);
    _SubOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _SubOptions.addPotScaleInt16(builder, potScaleInt16);
    return _SubOptions.endSubOptions(builder);
  }
  unpack() {
    return new SubOptionsT(
      this.fusedActivationFunction(),
      this.potScaleInt16()
    );
  }
  unpackTo(_o) {
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.potScaleInt16 = this.potScaleInt16();
  }
};
var SubOptionsT = class {
  constructor(fusedActivationFunction = 0 /* NONE */, potScaleInt16 = true) {
    this.fusedActivationFunction = fusedActivationFunction;
    this.potScaleInt16 = potScaleInt16;
  }
  pack(builder) {
    return SubOptions.createSubOptions(
      builder,
      this.fusedActivationFunction,
      this.potScaleInt16
    );
  }
};

// src/tflite/generated/tflite/tile-options.ts
var flatbuffers119 = __toESM(require_flatbuffers(), 1);
var TileOptions = class _TileOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsTileOptions(bb, obj) {
    return (obj || new _TileOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsTileOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers119.SIZE_PREFIX_LENGTH);
    return (obj || new _TileOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startTileOptions(builder) {
    builder.startObject(0);
  }
  static endTileOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createTileOptions(builder) {
    _TileOptions.startTileOptions(builder);
    return _TileOptions.endTileOptions(builder);
  }
  unpack() {
    return new TileOptionsT();
  }
  unpackTo(_o) {
  }
};
var TileOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return TileOptions.createTileOptions(builder);
  }
};

// src/tflite/generated/tflite/top-kv2options.ts
var flatbuffers120 = __toESM(require_flatbuffers(), 1);
var TopKV2Options = class _TopKV2Options {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsTopKV2Options(bb, obj) {
    return (obj || new _TopKV2Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsTopKV2Options(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers120.SIZE_PREFIX_LENGTH);
    return (obj || new _TopKV2Options()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startTopKV2Options(builder) {
    builder.startObject(0);
  }
  static endTopKV2Options(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createTopKV2Options(builder) {
    _TopKV2Options.startTopKV2Options(builder);
    return _TopKV2Options.endTopKV2Options(builder);
  }
  unpack() {
    return new TopKV2OptionsT();
  }
  unpackTo(_o) {
  }
};
var TopKV2OptionsT = class {
  constructor() {
  }
  pack(builder) {
    return TopKV2Options.createTopKV2Options(builder);
  }
};

// src/tflite/generated/tflite/transpose-conv-options.ts
var flatbuffers121 = __toESM(require_flatbuffers(), 1);
var TransposeConvOptions = class _TransposeConvOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsTransposeConvOptions(bb, obj) {
    return (obj || new _TransposeConvOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsTransposeConvOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers121.SIZE_PREFIX_LENGTH);
    return (obj || new _TransposeConvOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  padding() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* SAME */;
  }
  strideW() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  strideH() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  quantizedBiasType() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  static startTransposeConvOptions(builder) {
    builder.startObject(5);
  }
  static addPadding(builder, padding) {
    builder.addFieldInt8(0, padding, 0 /* SAME */);
  }
  static addStrideW(builder, strideW) {
    builder.addFieldInt32(1, strideW, 0);
  }
  static addStrideH(builder, strideH) {
    builder.addFieldInt32(2, strideH, 0);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(3, fusedActivationFunction, 0 /* NONE */);
  }
  static addQuantizedBiasType(builder, quantizedBiasType) {
    builder.addFieldInt8(4, quantizedBiasType, 0 /* FLOAT32 */);
  }
  static endTransposeConvOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createTransposeConvOptions(builder, padding, strideW, strideH, fusedActivationFunction, quantizedBiasType) {
    _TransposeConvOptions.startTransposeConvOptions(builder);
    _TransposeConvOptions.addPadding(builder, padding);
    _TransposeConvOptions.addStrideW(builder, strideW);
    _TransposeConvOptions.addStrideH(builder, strideH);
    _TransposeConvOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _TransposeConvOptions.addQuantizedBiasType(builder, quantizedBiasType);
    return _TransposeConvOptions.endTransposeConvOptions(builder);
  }
  unpack() {
    return new TransposeConvOptionsT(
      this.padding(),
      this.strideW(),
      this.strideH(),
      this.fusedActivationFunction(),
      this.quantizedBiasType()
    );
  }
  unpackTo(_o) {
    _o.padding = this.padding();
    _o.strideW = this.strideW();
    _o.strideH = this.strideH();
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.quantizedBiasType = this.quantizedBiasType();
  }
};
var TransposeConvOptionsT = class {
  constructor(padding = 0 /* SAME */, strideW = 0, strideH = 0, fusedActivationFunction = 0 /* NONE */, quantizedBiasType = 0 /* FLOAT32 */) {
    this.padding = padding;
    this.strideW = strideW;
    this.strideH = strideH;
    this.fusedActivationFunction = fusedActivationFunction;
    this.quantizedBiasType = quantizedBiasType;
  }
  pack(builder) {
    return TransposeConvOptions.createTransposeConvOptions(
      builder,
      this.padding,
      this.strideW,
      this.strideH,
      this.fusedActivationFunction,
      this.quantizedBiasType
    );
  }
};

// src/tflite/generated/tflite/transpose-options.ts
var flatbuffers122 = __toESM(require_flatbuffers(), 1);
var TransposeOptions = class _TransposeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsTransposeOptions(bb, obj) {
    return (obj || new _TransposeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsTransposeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers122.SIZE_PREFIX_LENGTH);
    return (obj || new _TransposeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startTransposeOptions(builder) {
    builder.startObject(0);
  }
  static endTransposeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createTransposeOptions(builder) {
    _TransposeOptions.startTransposeOptions(builder);
    return _TransposeOptions.endTransposeOptions(builder);
  }
  unpack() {
    return new TransposeOptionsT();
  }
  unpackTo(_o) {
  }
};
var TransposeOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return TransposeOptions.createTransposeOptions(builder);
  }
};

// src/tflite/generated/tflite/unidirectional-sequence-lstmoptions.ts
var flatbuffers123 = __toESM(require_flatbuffers(), 1);
var UnidirectionalSequenceLSTMOptions = class _UnidirectionalSequenceLSTMOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsUnidirectionalSequenceLSTMOptions(bb, obj) {
    return (obj || new _UnidirectionalSequenceLSTMOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsUnidirectionalSequenceLSTMOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers123.SIZE_PREFIX_LENGTH);
    return (obj || new _UnidirectionalSequenceLSTMOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  fusedActivationFunction() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* NONE */;
  }
  cellClip() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  projClip() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0;
  }
  timeMajor() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  asymmetricQuantizeInputs() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  diagonalRecurrentTensors() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startUnidirectionalSequenceLSTMOptions(builder) {
    builder.startObject(6);
  }
  static addFusedActivationFunction(builder, fusedActivationFunction) {
    builder.addFieldInt8(0, fusedActivationFunction, 0 /* NONE */);
  }
  static addCellClip(builder, cellClip) {
    builder.addFieldFloat32(1, cellClip, 0);
  }
  static addProjClip(builder, projClip) {
    builder.addFieldFloat32(2, projClip, 0);
  }
  static addTimeMajor(builder, timeMajor) {
    builder.addFieldInt8(3, +timeMajor, 0);
  }
  static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
    builder.addFieldInt8(4, +asymmetricQuantizeInputs, 0);
  }
  static addDiagonalRecurrentTensors(builder, diagonalRecurrentTensors) {
    builder.addFieldInt8(5, +diagonalRecurrentTensors, 0);
  }
  static endUnidirectionalSequenceLSTMOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createUnidirectionalSequenceLSTMOptions(builder, fusedActivationFunction, cellClip, projClip, timeMajor, asymmetricQuantizeInputs, diagonalRecurrentTensors) {
    _UnidirectionalSequenceLSTMOptions.startUnidirectionalSequenceLSTMOptions(builder);
    _UnidirectionalSequenceLSTMOptions.addFusedActivationFunction(builder, fusedActivationFunction);
    _UnidirectionalSequenceLSTMOptions.addCellClip(builder, cellClip);
    _UnidirectionalSequenceLSTMOptions.addProjClip(builder, projClip);
    _UnidirectionalSequenceLSTMOptions.addTimeMajor(builder, timeMajor);
    _UnidirectionalSequenceLSTMOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
    _UnidirectionalSequenceLSTMOptions.addDiagonalRecurrentTensors(builder, diagonalRecurrentTensors);
    return _UnidirectionalSequenceLSTMOptions.endUnidirectionalSequenceLSTMOptions(builder);
  }
  unpack() {
    return new UnidirectionalSequenceLSTMOptionsT(
      this.fusedActivationFunction(),
      this.cellClip(),
      this.projClip(),
      this.timeMajor(),
      this.asymmetricQuantizeInputs(),
      this.diagonalRecurrentTensors()
    );
  }
  unpackTo(_o) {
    _o.fusedActivationFunction = this.fusedActivationFunction();
    _o.cellClip = this.cellClip();
    _o.projClip = this.projClip();
    _o.timeMajor = this.timeMajor();
    _o.asymmetricQuantizeInputs = this.asymmetricQuantizeInputs();
    _o.diagonalRecurrentTensors = this.diagonalRecurrentTensors();
  }
};
var UnidirectionalSequenceLSTMOptionsT = class {
  constructor(fusedActivationFunction = 0 /* NONE */, cellClip = 0, projClip = 0, timeMajor = false, asymmetricQuantizeInputs = false, diagonalRecurrentTensors = false) {
    this.fusedActivationFunction = fusedActivationFunction;
    this.cellClip = cellClip;
    this.projClip = projClip;
    this.timeMajor = timeMajor;
    this.asymmetricQuantizeInputs = asymmetricQuantizeInputs;
    this.diagonalRecurrentTensors = diagonalRecurrentTensors;
  }
  pack(builder) {
    return UnidirectionalSequenceLSTMOptions.createUnidirectionalSequenceLSTMOptions(
      builder,
      this.fusedActivationFunction,
      this.cellClip,
      this.projClip,
      this.timeMajor,
      this.asymmetricQuantizeInputs,
      this.diagonalRecurrentTensors
    );
  }
};

// src/tflite/generated/tflite/unique-options.ts
var flatbuffers124 = __toESM(require_flatbuffers(), 1);
var UniqueOptions = class _UniqueOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsUniqueOptions(bb, obj) {
    return (obj || new _UniqueOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsUniqueOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers124.SIZE_PREFIX_LENGTH);
    return (obj || new _UniqueOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  idxOutType() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 2 /* INT32 */;
  }
  static startUniqueOptions(builder) {
    builder.startObject(1);
  }
  static addIdxOutType(builder, idxOutType) {
    builder.addFieldInt8(0, idxOutType, 2 /* INT32 */);
  }
  static endUniqueOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createUniqueOptions(builder, idxOutType) {
    _UniqueOptions.startUniqueOptions(builder);
    _UniqueOptions.addIdxOutType(builder, idxOutType);
    return _UniqueOptions.endUniqueOptions(builder);
  }
  unpack() {
    return new UniqueOptionsT(
      this.idxOutType()
    );
  }
  unpackTo(_o) {
    _o.idxOutType = this.idxOutType();
  }
};
var UniqueOptionsT = class {
  constructor(idxOutType = 2 /* INT32 */) {
    this.idxOutType = idxOutType;
  }
  pack(builder) {
    return UniqueOptions.createUniqueOptions(
      builder,
      this.idxOutType
    );
  }
};

// src/tflite/generated/tflite/unpack-options.ts
var flatbuffers125 = __toESM(require_flatbuffers(), 1);
var UnpackOptions = class _UnpackOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsUnpackOptions(bb, obj) {
    return (obj || new _UnpackOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsUnpackOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers125.SIZE_PREFIX_LENGTH);
    return (obj || new _UnpackOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  num() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  axis() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startUnpackOptions(builder) {
    builder.startObject(2);
  }
  static addNum(builder, num) {
    builder.addFieldInt32(0, num, 0);
  }
  static addAxis(builder, axis) {
    builder.addFieldInt32(1, axis, 0);
  }
  static endUnpackOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createUnpackOptions(builder, num, axis) {
    _UnpackOptions.startUnpackOptions(builder);
    _UnpackOptions.addNum(builder, num);
    _UnpackOptions.addAxis(builder, axis);
    return _UnpackOptions.endUnpackOptions(builder);
  }
  unpack() {
    return new UnpackOptionsT(
      this.num(),
      this.axis()
    );
  }
  unpackTo(_o) {
    _o.num = this.num();
    _o.axis = this.axis();
  }
};
var UnpackOptionsT = class {
  constructor(num = 0, axis = 0) {
    this.num = num;
    this.axis = axis;
  }
  pack(builder) {
    return UnpackOptions.createUnpackOptions(
      builder,
      this.num,
      this.axis
    );
  }
};

// src/tflite/generated/tflite/unsorted-segment-max-options.ts
var flatbuffers126 = __toESM(require_flatbuffers(), 1);
var UnsortedSegmentMaxOptions = class _UnsortedSegmentMaxOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsUnsortedSegmentMaxOptions(bb, obj) {
    return (obj || new _UnsortedSegmentMaxOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsUnsortedSegmentMaxOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers126.SIZE_PREFIX_LENGTH);
    return (obj || new _UnsortedSegmentMaxOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startUnsortedSegmentMaxOptions(builder) {
    builder.startObject(0);
  }
  static endUnsortedSegmentMaxOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createUnsortedSegmentMaxOptions(builder) {
    _UnsortedSegmentMaxOptions.startUnsortedSegmentMaxOptions(builder);
    return _UnsortedSegmentMaxOptions.endUnsortedSegmentMaxOptions(builder);
  }
  unpack() {
    return new UnsortedSegmentMaxOptionsT();
  }
  unpackTo(_o) {
  }
};
var UnsortedSegmentMaxOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return UnsortedSegmentMaxOptions.createUnsortedSegmentMaxOptions(builder);
  }
};

// src/tflite/generated/tflite/unsorted-segment-min-options.ts
var flatbuffers127 = __toESM(require_flatbuffers(), 1);
var UnsortedSegmentMinOptions = class _UnsortedSegmentMinOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsUnsortedSegmentMinOptions(bb, obj) {
    return (obj || new _UnsortedSegmentMinOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsUnsortedSegmentMinOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers127.SIZE_PREFIX_LENGTH);
    return (obj || new _UnsortedSegmentMinOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startUnsortedSegmentMinOptions(builder) {
    builder.startObject(0);
  }
  static endUnsortedSegmentMinOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createUnsortedSegmentMinOptions(builder) {
    _UnsortedSegmentMinOptions.startUnsortedSegmentMinOptions(builder);
    return _UnsortedSegmentMinOptions.endUnsortedSegmentMinOptions(builder);
  }
  unpack() {
    return new UnsortedSegmentMinOptionsT();
  }
  unpackTo(_o) {
  }
};
var UnsortedSegmentMinOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return UnsortedSegmentMinOptions.createUnsortedSegmentMinOptions(builder);
  }
};

// src/tflite/generated/tflite/unsorted-segment-prod-options.ts
var flatbuffers128 = __toESM(require_flatbuffers(), 1);
var UnsortedSegmentProdOptions = class _UnsortedSegmentProdOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsUnsortedSegmentProdOptions(bb, obj) {
    return (obj || new _UnsortedSegmentProdOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsUnsortedSegmentProdOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers128.SIZE_PREFIX_LENGTH);
    return (obj || new _UnsortedSegmentProdOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startUnsortedSegmentProdOptions(builder) {
    builder.startObject(0);
  }
  static endUnsortedSegmentProdOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createUnsortedSegmentProdOptions(builder) {
    _UnsortedSegmentProdOptions.startUnsortedSegmentProdOptions(builder);
    return _UnsortedSegmentProdOptions.endUnsortedSegmentProdOptions(builder);
  }
  unpack() {
    return new UnsortedSegmentProdOptionsT();
  }
  unpackTo(_o) {
  }
};
var UnsortedSegmentProdOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return UnsortedSegmentProdOptions.createUnsortedSegmentProdOptions(builder);
  }
};

// src/tflite/generated/tflite/unsorted-segment-sum-options.ts
var flatbuffers129 = __toESM(require_flatbuffers(), 1);
var UnsortedSegmentSumOptions = class _UnsortedSegmentSumOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsUnsortedSegmentSumOptions(bb, obj) {
    return (obj || new _UnsortedSegmentSumOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsUnsortedSegmentSumOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers129.SIZE_PREFIX_LENGTH);
    return (obj || new _UnsortedSegmentSumOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startUnsortedSegmentSumOptions(builder) {
    builder.startObject(0);
  }
  static endUnsortedSegmentSumOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createUnsortedSegmentSumOptions(builder) {
    _UnsortedSegmentSumOptions.startUnsortedSegmentSumOptions(builder);
    return _UnsortedSegmentSumOptions.endUnsortedSegmentSumOptions(builder);
  }
  unpack() {
    return new UnsortedSegmentSumOptionsT();
  }
  unpackTo(_o) {
  }
};
var UnsortedSegmentSumOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return UnsortedSegmentSumOptions.createUnsortedSegmentSumOptions(builder);
  }
};

// src/tflite/generated/tflite/var-handle-options.ts
var flatbuffers130 = __toESM(require_flatbuffers(), 1);
var VarHandleOptions = class _VarHandleOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsVarHandleOptions(bb, obj) {
    return (obj || new _VarHandleOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsVarHandleOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers130.SIZE_PREFIX_LENGTH);
    return (obj || new _VarHandleOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  container(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  sharedName(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  static startVarHandleOptions(builder) {
    builder.startObject(2);
  }
  static addContainer(builder, containerOffset) {
    builder.addFieldOffset(0, containerOffset, 0);
  }
  static addSharedName(builder, sharedNameOffset) {
    builder.addFieldOffset(1, sharedNameOffset, 0);
  }
  static endVarHandleOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createVarHandleOptions(builder, containerOffset, sharedNameOffset) {
    _VarHandleOptions.startVarHandleOptions(builder);
    _VarHandleOptions.addContainer(builder, containerOffset);
    _VarHandleOptions.addSharedName(builder, sharedNameOffset);
    return _VarHandleOptions.endVarHandleOptions(builder);
  }
  unpack() {
    return new VarHandleOptionsT(
      this.container(),
      this.sharedName()
    );
  }
  unpackTo(_o) {
    _o.container = this.container();
    _o.sharedName = this.sharedName();
  }
};
var VarHandleOptionsT = class {
  constructor(container = null, sharedName = null) {
    this.container = container;
    this.sharedName = sharedName;
  }
  pack(builder) {
    const container = this.container !== null ? builder.createString(this.container) : 0;
    const sharedName = this.sharedName !== null ? builder.createString(this.sharedName) : 0;
    return VarHandleOptions.createVarHandleOptions(
      builder,
      container,
      sharedName
    );
  }
};

// src/tflite/generated/tflite/where-options.ts
var flatbuffers131 = __toESM(require_flatbuffers(), 1);
var WhereOptions = class _WhereOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsWhereOptions(bb, obj) {
    return (obj || new _WhereOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsWhereOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers131.SIZE_PREFIX_LENGTH);
    return (obj || new _WhereOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startWhereOptions(builder) {
    builder.startObject(0);
  }
  static endWhereOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createWhereOptions(builder) {
    _WhereOptions.startWhereOptions(builder);
    return _WhereOptions.endWhereOptions(builder);
  }
  unpack() {
    return new WhereOptionsT();
  }
  unpackTo(_o) {
  }
};
var WhereOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return WhereOptions.createWhereOptions(builder);
  }
};

// src/tflite/generated/tflite/while-options.ts
var flatbuffers132 = __toESM(require_flatbuffers(), 1);
var WhileOptions = class _WhileOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsWhileOptions(bb, obj) {
    return (obj || new _WhileOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsWhileOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers132.SIZE_PREFIX_LENGTH);
    return (obj || new _WhileOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  condSubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  bodySubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startWhileOptions(builder) {
    builder.startObject(2);
  }
  static addCondSubgraphIndex(builder, condSubgraphIndex) {
    builder.addFieldInt32(0, condSubgraphIndex, 0);
  }
  static addBodySubgraphIndex(builder, bodySubgraphIndex) {
    builder.addFieldInt32(1, bodySubgraphIndex, 0);
  }
  static endWhileOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createWhileOptions(builder, condSubgraphIndex, bodySubgraphIndex) {
    _WhileOptions.startWhileOptions(builder);
    _WhileOptions.addCondSubgraphIndex(builder, condSubgraphIndex);
    _WhileOptions.addBodySubgraphIndex(builder, bodySubgraphIndex);
    return _WhileOptions.endWhileOptions(builder);
  }
  unpack() {
    return new WhileOptionsT(
      this.condSubgraphIndex(),
      this.bodySubgraphIndex()
    );
  }
  unpackTo(_o) {
    _o.condSubgraphIndex = this.condSubgraphIndex();
    _o.bodySubgraphIndex = this.bodySubgraphIndex();
  }
};
var WhileOptionsT = class {
  constructor(condSubgraphIndex = 0, bodySubgraphIndex = 0) {
    this.condSubgraphIndex = condSubgraphIndex;
    this.bodySubgraphIndex = bodySubgraphIndex;
  }
  pack(builder) {
    return WhileOptions.createWhileOptions(
      builder,
      this.condSubgraphIndex,
      this.bodySubgraphIndex
    );
  }
};

// src/tflite/generated/tflite/zeros-like-options.ts
var flatbuffers133 = __toESM(require_flatbuffers(), 1);
var ZerosLikeOptions = class _ZerosLikeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsZerosLikeOptions(bb, obj) {
    return (obj || new _ZerosLikeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsZerosLikeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers133.SIZE_PREFIX_LENGTH);
    return (obj || new _ZerosLikeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startZerosLikeOptions(builder) {
    builder.startObject(0);
  }
  static endZerosLikeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createZerosLikeOptions(builder) {
    _ZerosLikeOptions.startZerosLikeOptions(builder);
    return _ZerosLikeOptions.endZerosLikeOptions(builder);
  }
  unpack() {
    return new ZerosLikeOptionsT();
  }
  unpackTo(_o) {
  }
};
var ZerosLikeOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return ZerosLikeOptions.createZerosLikeOptions(builder);
  }
};

// src/tflite/generated/tflite/builtin-options.ts
var BuiltinOptions = /* @__PURE__ */ ((BuiltinOptions3) => {
  BuiltinOptions3[BuiltinOptions3["NONE"] = 0] = "NONE";
  BuiltinOptions3[BuiltinOptions3["Conv2DOptions"] = 1] = "Conv2DOptions";
  BuiltinOptions3[BuiltinOptions3["DepthwiseConv2DOptions"] = 2] = "DepthwiseConv2DOptions";
  BuiltinOptions3[BuiltinOptions3["ConcatEmbeddingsOptions"] = 3] = "ConcatEmbeddingsOptions";
  BuiltinOptions3[BuiltinOptions3["LSHProjectionOptions"] = 4] = "LSHProjectionOptions";
  BuiltinOptions3[BuiltinOptions3["Pool2DOptions"] = 5] = "Pool2DOptions";
  BuiltinOptions3[BuiltinOptions3["SVDFOptions"] = 6] = "SVDFOptions";
  BuiltinOptions3[BuiltinOptions3["RNNOptions"] = 7] = "RNNOptions";
  BuiltinOptions3[BuiltinOptions3["FullyConnectedOptions"] = 8] = "FullyConnectedOptions";
  BuiltinOptions3[BuiltinOptions3["SoftmaxOptions"] = 9] = "SoftmaxOptions";
  BuiltinOptions3[BuiltinOptions3["ConcatenationOptions"] = 10] = "ConcatenationOptions";
  BuiltinOptions3[BuiltinOptions3["AddOptions"] = 11] = "AddOptions";
  BuiltinOptions3[BuiltinOptions3["L2NormOptions"] = 12] = "L2NormOptions";
  BuiltinOptions3[BuiltinOptions3["LocalResponseNormalizationOptions"] = 13] = "LocalResponseNormalizationOptions";
  BuiltinOptions3[BuiltinOptions3["LSTMOptions"] = 14] = "LSTMOptions";
  BuiltinOptions3[BuiltinOptions3["ResizeBilinearOptions"] = 15] = "ResizeBilinearOptions";
  BuiltinOptions3[BuiltinOptions3["CallOptions"] = 16] = "CallOptions";
  BuiltinOptions3[BuiltinOptions3["ReshapeOptions"] = 17] = "ReshapeOptions";
  BuiltinOptions3[BuiltinOptions3["SkipGramOptions"] = 18] = "SkipGramOptions";
  BuiltinOptions3[BuiltinOptions3["SpaceToDepthOptions"] = 19] = "SpaceToDepthOptions";
  BuiltinOptions3[BuiltinOptions3["EmbeddingLookupSparseOptions"] = 20] = "EmbeddingLookupSparseOptions";
  BuiltinOptions3[BuiltinOptions3["MulOptions"] = 21] = "MulOptions";
  BuiltinOptions3[BuiltinOptions3["PadOptions"] = 22] = "PadOptions";
  BuiltinOptions3[BuiltinOptions3["GatherOptions"] = 23] = "GatherOptions";
  BuiltinOptions3[BuiltinOptions3["BatchToSpaceNDOptions"] = 24] = "BatchToSpaceNDOptions";
  BuiltinOptions3[BuiltinOptions3["SpaceToBatchNDOptions"] = 25] = "SpaceToBatchNDOptions";
  BuiltinOptions3[BuiltinOptions3["TransposeOptions"] = 26] = "TransposeOptions";
  BuiltinOptions3[BuiltinOptions3["ReducerOptions"] = 27] = "ReducerOptions";
  BuiltinOptions3[BuiltinOptions3["SubOptions"] = 28] = "SubOptions";
  BuiltinOptions3[BuiltinOptions3["DivOptions"] = 29] = "DivOptions";
  BuiltinOptions3[BuiltinOptions3["SqueezeOptions"] = 30] = "SqueezeOptions";
  BuiltinOptions3[BuiltinOptions3["SequenceRNNOptions"] = 31] = "SequenceRNNOptions";
  BuiltinOptions3[BuiltinOptions3["StridedSliceOptions"] = 32] = "StridedSliceOptions";
  BuiltinOptions3[BuiltinOptions3["ExpOptions"] = 33] = "ExpOptions";
  BuiltinOptions3[BuiltinOptions3["TopKV2Options"] = 34] = "TopKV2Options";
  BuiltinOptions3[BuiltinOptions3["SplitOptions"] = 35] = "SplitOptions";
  BuiltinOptions3[BuiltinOptions3["LogSoftmaxOptions"] = 36] = "LogSoftmaxOptions";
  BuiltinOptions3[BuiltinOptions3["CastOptions"] = 37] = "CastOptions";
  BuiltinOptions3[BuiltinOptions3["DequantizeOptions"] = 38] = "DequantizeOptions";
  BuiltinOptions3[BuiltinOptions3["MaximumMinimumOptions"] = 39] = "MaximumMinimumOptions";
  BuiltinOptions3[BuiltinOptions3["ArgMaxOptions"] = 40] = "ArgMaxOptions";
  BuiltinOptions3[BuiltinOptions3["LessOptions"] = 41] = "LessOptions";
  BuiltinOptions3[BuiltinOptions3["NegOptions"] = 42] = "NegOptions";
  BuiltinOptions3[BuiltinOptions3["PadV2Options"] = 43] = "PadV2Options";
  BuiltinOptions3[BuiltinOptions3["GreaterOptions"] = 44] = "GreaterOptions";
  BuiltinOptions3[BuiltinOptions3["GreaterEqualOptions"] = 45] = "GreaterEqualOptions";
  BuiltinOptions3[BuiltinOptions3["LessEqualOptions"] = 46] = "LessEqualOptions";
  BuiltinOptions3[BuiltinOptions3["SelectOptions"] = 47] = "SelectOptions";
  BuiltinOptions3[BuiltinOptions3["SliceOptions"] = 48] = "SliceOptions";
  BuiltinOptions3[BuiltinOptions3["TransposeConvOptions"] = 49] = "TransposeConvOptions";
  BuiltinOptions3[BuiltinOptions3["SparseToDenseOptions"] = 50] = "SparseToDenseOptions";
  BuiltinOptions3[BuiltinOptions3["TileOptions"] = 51] = "TileOptions";
  BuiltinOptions3[BuiltinOptions3["ExpandDimsOptions"] = 52] = "ExpandDimsOptions";
  BuiltinOptions3[BuiltinOptions3["EqualOptions"] = 53] = "EqualOptions";
  BuiltinOptions3[BuiltinOptions3["NotEqualOptions"] = 54] = "NotEqualOptions";
  BuiltinOptions3[BuiltinOptions3["ShapeOptions"] = 55] = "ShapeOptions";
  BuiltinOptions3[BuiltinOptions3["PowOptions"] = 56] = "PowOptions";
  BuiltinOptions3[BuiltinOptions3["ArgMinOptions"] = 57] = "ArgMinOptions";
  BuiltinOptions3[BuiltinOptions3["FakeQuantOptions"] = 58] = "FakeQuantOptions";
  BuiltinOptions3[BuiltinOptions3["PackOptions"] = 59] = "PackOptions";
  BuiltinOptions3[BuiltinOptions3["LogicalOrOptions"] = 60] = "LogicalOrOptions";
  BuiltinOptions3[BuiltinOptions3["OneHotOptions"] = 61] = "OneHotOptions";
  BuiltinOptions3[BuiltinOptions3["LogicalAndOptions"] = 62] = "LogicalAndOptions";
  BuiltinOptions3[BuiltinOptions3["LogicalNotOptions"] = 63] = "LogicalNotOptions";
  BuiltinOptions3[BuiltinOptions3["UnpackOptions"] = 64] = "UnpackOptions";
  BuiltinOptions3[BuiltinOptions3["FloorDivOptions"] = 65] = "FloorDivOptions";
  BuiltinOptions3[BuiltinOptions3["SquareOptions"] = 66] = "SquareOptions";
  BuiltinOptions3[BuiltinOptions3["ZerosLikeOptions"] = 67] = "ZerosLikeOptions";
  BuiltinOptions3[BuiltinOptions3["FillOptions"] = 68] = "FillOptions";
  BuiltinOptions3[BuiltinOptions3["BidirectionalSequenceLSTMOptions"] = 69] = "BidirectionalSequenceLSTMOptions";
  BuiltinOptions3[BuiltinOptions3["BidirectionalSequenceRNNOptions"] = 70] = "BidirectionalSequenceRNNOptions";
  BuiltinOptions3[BuiltinOptions3["UnidirectionalSequenceLSTMOptions"] = 71] = "UnidirectionalSequenceLSTMOptions";
  BuiltinOptions3[BuiltinOptions3["FloorModOptions"] = 72] = "FloorModOptions";
  BuiltinOptions3[BuiltinOptions3["RangeOptions"] = 73] = "RangeOptions";
  BuiltinOptions3[BuiltinOptions3["ResizeNearestNeighborOptions"] = 74] = "ResizeNearestNeighborOptions";
  BuiltinOptions3[BuiltinOptions3["LeakyReluOptions"] = 75] = "LeakyReluOptions";
  BuiltinOptions3[BuiltinOptions3["SquaredDifferenceOptions"] = 76] = "SquaredDifferenceOptions";
  BuiltinOptions3[BuiltinOptions3["MirrorPadOptions"] = 77] = "MirrorPadOptions";
  BuiltinOptions3[BuiltinOptions3["AbsOptions"] = 78] = "AbsOptions";
  BuiltinOptions3[BuiltinOptions3["SplitVOptions"] = 79] = "SplitVOptions";
  BuiltinOptions3[BuiltinOptions3["UniqueOptions"] = 80] = "UniqueOptions";
  BuiltinOptions3[BuiltinOptions3["ReverseV2Options"] = 81] = "ReverseV2Options";
  BuiltinOptions3[BuiltinOptions3["AddNOptions"] = 82] = "AddNOptions";
  BuiltinOptions3[BuiltinOptions3["GatherNdOptions"] = 83] = "GatherNdOptions";
  BuiltinOptions3[BuiltinOptions3["CosOptions"] = 84] = "CosOptions";
  BuiltinOptions3[BuiltinOptions3["WhereOptions"] = 85] = "WhereOptions";
  BuiltinOptions3[BuiltinOptions3["RankOptions"] = 86] = "RankOptions";
  BuiltinOptions3[BuiltinOptions3["ReverseSequenceOptions"] = 87] = "ReverseSequenceOptions";
  BuiltinOptions3[BuiltinOptions3["MatrixDiagOptions"] = 88] = "MatrixDiagOptions";
  BuiltinOptions3[BuiltinOptions3["QuantizeOptions"] = 89] = "QuantizeOptions";
  BuiltinOptions3[BuiltinOptions3["MatrixSetDiagOptions"] = 90] = "MatrixSetDiagOptions";
  BuiltinOptions3[BuiltinOptions3["HardSwishOptions"] = 91] = "HardSwishOptions";
  BuiltinOptions3[BuiltinOptions3["IfOptions"] = 92] = "IfOptions";
  BuiltinOptions3[BuiltinOptions3["WhileOptions"] = 93] = "WhileOptions";
  BuiltinOptions3[BuiltinOptions3["DepthToSpaceOptions"] = 94] = "DepthToSpaceOptions";
  BuiltinOptions3[BuiltinOptions3["NonMaxSuppressionV4Options"] = 95] = "NonMaxSuppressionV4Options";
  BuiltinOptions3[BuiltinOptions3["NonMaxSuppressionV5Options"] = 96] = "NonMaxSuppressionV5Options";
  BuiltinOptions3[BuiltinOptions3["ScatterNdOptions"] = 97] = "ScatterNdOptions";
  BuiltinOptions3[BuiltinOptions3["SelectV2Options"] = 98] = "SelectV2Options";
  BuiltinOptions3[BuiltinOptions3["DensifyOptions"] = 99] = "DensifyOptions";
  BuiltinOptions3[BuiltinOptions3["SegmentSumOptions"] = 100] = "SegmentSumOptions";
  BuiltinOptions3[BuiltinOptions3["BatchMatMulOptions"] = 101] = "BatchMatMulOptions";
  BuiltinOptions3[BuiltinOptions3["CumsumOptions"] = 102] = "CumsumOptions";
  BuiltinOptions3[BuiltinOptions3["CallOnceOptions"] = 103] = "CallOnceOptions";
  BuiltinOptions3[BuiltinOptions3["BroadcastToOptions"] = 104] = "BroadcastToOptions";
  BuiltinOptions3[BuiltinOptions3["Rfft2dOptions"] = 105] = "Rfft2dOptions";
  BuiltinOptions3[BuiltinOptions3["Conv3DOptions"] = 106] = "Conv3DOptions";
  BuiltinOptions3[BuiltinOptions3["HashtableOptions"] = 107] = "HashtableOptions";
  BuiltinOptions3[BuiltinOptions3["HashtableFindOptions"] = 108] = "HashtableFindOptions";
  BuiltinOptions3[BuiltinOptions3["HashtableImportOptions"] = 109] = "HashtableImportOptions";
  BuiltinOptions3[BuiltinOptions3["HashtableSizeOptions"] = 110] = "HashtableSizeOptions";
  BuiltinOptions3[BuiltinOptions3["VarHandleOptions"] = 111] = "VarHandleOptions";
  BuiltinOptions3[BuiltinOptions3["ReadVariableOptions"] = 112] = "ReadVariableOptions";
  BuiltinOptions3[BuiltinOptions3["AssignVariableOptions"] = 113] = "AssignVariableOptions";
  BuiltinOptions3[BuiltinOptions3["RandomOptions"] = 114] = "RandomOptions";
  BuiltinOptions3[BuiltinOptions3["BucketizeOptions"] = 115] = "BucketizeOptions";
  BuiltinOptions3[BuiltinOptions3["GeluOptions"] = 116] = "GeluOptions";
  BuiltinOptions3[BuiltinOptions3["DynamicUpdateSliceOptions"] = 117] = "DynamicUpdateSliceOptions";
  BuiltinOptions3[BuiltinOptions3["UnsortedSegmentProdOptions"] = 118] = "UnsortedSegmentProdOptions";
  BuiltinOptions3[BuiltinOptions3["UnsortedSegmentMaxOptions"] = 119] = "UnsortedSegmentMaxOptions";
  BuiltinOptions3[BuiltinOptions3["UnsortedSegmentMinOptions"] = 120] = "UnsortedSegmentMinOptions";
  BuiltinOptions3[BuiltinOptions3["UnsortedSegmentSumOptions"] = 121] = "UnsortedSegmentSumOptions";
  BuiltinOptions3[BuiltinOptions3["ATan2Options"] = 122] = "ATan2Options";
  BuiltinOptions3[BuiltinOptions3["SignOptions"] = 123] = "SignOptions";
  BuiltinOptions3[BuiltinOptions3["BitcastOptions"] = 124] = "BitcastOptions";
  BuiltinOptions3[BuiltinOptions3["BitwiseXorOptions"] = 125] = "BitwiseXorOptions";
  BuiltinOptions3[BuiltinOptions3["RightShiftOptions"] = 126] = "RightShiftOptions";
  return BuiltinOptions3;
})(BuiltinOptions || {});
function unionToBuiltinOptions(type, accessor) {
  switch (BuiltinOptions[type]) {
    case "NONE":
      return null;
    case "Conv2DOptions":
      return accessor(new Conv2DOptions());
    case "DepthwiseConv2DOptions":
      return accessor(new DepthwiseConv2DOptions());
    case "ConcatEmbeddingsOptions":
      return accessor(new ConcatEmbeddingsOptions());
    case "LSHProjectionOptions":
      return accessor(new LSHProjectionOptions());
    case "Pool2DOptions":
      return accessor(new Pool2DOptions());
    case "SVDFOptions":
      return accessor(new SVDFOptions());
    case "RNNOptions":
      return accessor(new RNNOptions());
    case "FullyConnectedOptions":
      return accessor(new FullyConnectedOptions());
    case "SoftmaxOptions":
      return accessor(new SoftmaxOptions());
    case "ConcatenationOptions":
      return accessor(new ConcatenationOptions());
    case "AddOptions":
      return accessor(new AddOptions());
    case "L2NormOptions":
      return accessor(new L2NormOptions());
    case "LocalResponseNormalizationOptions":
      return accessor(new LocalResponseNormalizationOptions());
    case "LSTMOptions":
      return accessor(new LSTMOptions());
    case "ResizeBilinearOptions":
      return accessor(new ResizeBilinearOptions());
    case "CallOptions":
      return accessor(new CallOptions());
    case "ReshapeOptions":
      return accessor(new ReshapeOptions());
    case "SkipGramOptions":
      return accessor(new SkipGramOptions());
    case "SpaceToDepthOptions":
      return accessor(new SpaceToDepthOptions());
    case "EmbeddingLookupSparseOptions":
      return accessor(new EmbeddingLookupSparseOptions());
    case "MulOptions":
      return accessor(new MulOptions());
    case "PadOptions":
      return accessor(new PadOptions());
    case "GatherOptions":
      return accessor(new GatherOptions());
    case "BatchToSpaceNDOptions":
      return accessor(new BatchToSpaceNDOptions());
    case "SpaceToBatchNDOptions":
      return accessor(new SpaceToBatchNDOptions());
    case "TransposeOptions":
      return accessor(new TransposeOptions());
    case "ReducerOptions":
      return accessor(new ReducerOptions());
    case "SubOptions":
      return accessor(new SubOptions());
    case "DivOptions":
      return accessor(new DivOptions());
    case "SqueezeOptions":
      return accessor(new SqueezeOptions());
    case "SequenceRNNOptions":
      return accessor(new SequenceRNNOptions());
    case "StridedSliceOptions":
      return accessor(new StridedSliceOptions());
    case "ExpOptions":
      return accessor(new ExpOptions());
    case "TopKV2Options":
      return accessor(new TopKV2Options());
    case "SplitOptions":
      return accessor(new SplitOptions());
    case "LogSoftmaxOptions":
      return accessor(new LogSoftmaxOptions());
    case "CastOptions":
      return accessor(new CastOptions());
    case "DequantizeOptions":
      return accessor(new DequantizeOptions());
    case "MaximumMinimumOptions":
      return accessor(new MaximumMinimumOptions());
    case "ArgMaxOptions":
      return accessor(new ArgMaxOptions());
    case "LessOptions":
      return accessor(new LessOptions());
    case "NegOptions":
      return accessor(new NegOptions());
    case "PadV2Options":
      return accessor(new PadV2Options());
    case "GreaterOptions":
      return accessor(new GreaterOptions());
    case "GreaterEqualOptions":
      return accessor(new GreaterEqualOptions());
    case "LessEqualOptions":
      return accessor(new LessEqualOptions());
    case "SelectOptions":
      return accessor(new SelectOptions());
    case "SliceOptions":
      return accessor(new SliceOptions());
    case "TransposeConvOptions":
      return accessor(new TransposeConvOptions());
    case "SparseToDenseOptions":
      return accessor(new SparseToDenseOptions());
    case "TileOptions":
      return accessor(new TileOptions());
    case "ExpandDimsOptions":
      return accessor(new ExpandDimsOptions());
    case "EqualOptions":
      return accessor(new EqualOptions());
    case "NotEqualOptions":
      return accessor(new NotEqualOptions());
    case "ShapeOptions":
      return accessor(new ShapeOptions());
    case "PowOptions":
      return accessor(new PowOptions());
    case "ArgMinOptions":
      return accessor(new ArgMinOptions());
    case "FakeQuantOptions":
      return accessor(new FakeQuantOptions());
    case "PackOptions":
      return accessor(new PackOptions());
    case "LogicalOrOptions":
      return accessor(new LogicalOrOptions());
    case "OneHotOptions":
      return accessor(new OneHotOptions());
    case "LogicalAndOptions":
      return accessor(new LogicalAndOptions());
    case "LogicalNotOptions":
      return accessor(new LogicalNotOptions());
    case "UnpackOptions":
      return accessor(new UnpackOptions());
    case "FloorDivOptions":
      return accessor(new FloorDivOptions());
    case "SquareOptions":
      return accessor(new SquareOptions());
    case "ZerosLikeOptions":
      return accessor(new ZerosLikeOptions());
    case "FillOptions":
      return accessor(new FillOptions());
    case "BidirectionalSequenceLSTMOptions":
      return accessor(new BidirectionalSequenceLSTMOptions());
    case "BidirectionalSequenceRNNOptions":
      return accessor(new BidirectionalSequenceRNNOptions());
    case "UnidirectionalSequenceLSTMOptions":
      return accessor(new UnidirectionalSequenceLSTMOptions());
    case "FloorModOptions":
      return accessor(new FloorModOptions());
    case "RangeOptions":
      return accessor(new RangeOptions());
    case "ResizeNearestNeighborOptions":
      return accessor(new ResizeNearestNeighborOptions());
    case "LeakyReluOptions":
      return accessor(new LeakyReluOptions());
    case "SquaredDifferenceOptions":
      return accessor(new SquaredDifferenceOptions());
    case "MirrorPadOptions":
      return accessor(new MirrorPadOptions());
    case "AbsOptions":
      return accessor(new AbsOptions());
    case "SplitVOptions":
      return accessor(new SplitVOptions());
    case "UniqueOptions":
      return accessor(new UniqueOptions());
    case "ReverseV2Options":
      return accessor(new ReverseV2Options());
    case "AddNOptions":
      return accessor(new AddNOptions());
    case "GatherNdOptions":
      return accessor(new GatherNdOptions());
    case "CosOptions":
      return accessor(new CosOptions());
    case "WhereOptions":
      return accessor(new WhereOptions());
    case "RankOptions":
      return accessor(new RankOptions());
    case "ReverseSequenceOptions":
      return accessor(new ReverseSequenceOptions());
    case "MatrixDiagOptions":
      return accessor(new MatrixDiagOptions());
    case "QuantizeOptions":
      return accessor(new QuantizeOptions());
    case "MatrixSetDiagOptions":
      return accessor(new MatrixSetDiagOptions());
    case "HardSwishOptions":
      return accessor(new HardSwishOptions());
    case "IfOptions":
      return accessor(new IfOptions());
    case "WhileOptions":
      return accessor(new WhileOptions());
    case "DepthToSpaceOptions":
      return accessor(new DepthToSpaceOptions());
    case "NonMaxSuppressionV4Options":
      return accessor(new NonMaxSuppressionV4Options());
    case "NonMaxSuppressionV5Options":
      return accessor(new NonMaxSuppressionV5Options());
    case "ScatterNdOptions":
      return accessor(new ScatterNdOptions());
    case "SelectV2Options":
      return accessor(new SelectV2Options());
    case "DensifyOptions":
      return accessor(new DensifyOptions());
    case "SegmentSumOptions":
      return accessor(new SegmentSumOptions());
    case "BatchMatMulOptions":
      return accessor(new BatchMatMulOptions());
    case "CumsumOptions":
      return accessor(new CumsumOptions());
    case "CallOnceOptions":
      return accessor(new CallOnceOptions());
    case "BroadcastToOptions":
      return accessor(new BroadcastToOptions());
    case "Rfft2dOptions":
      return accessor(new Rfft2dOptions());
    case "Conv3DOptions":
      return accessor(new Conv3DOptions());
    case "HashtableOptions":
      return accessor(new HashtableOptions());
    case "HashtableFindOptions":
      return accessor(new HashtableFindOptions());
    case "HashtableImportOptions":
      return accessor(new HashtableImportOptions());
    case "HashtableSizeOptions":
      return accessor(new HashtableSizeOptions());
    case "VarHandleOptions":
      return accessor(new VarHandleOptions());
    case "ReadVariableOptions":
      return accessor(new ReadVariableOptions());
    case "AssignVariableOptions":
      return accessor(new AssignVariableOptions());
    case "RandomOptions":
      return accessor(new RandomOptions());
    case "BucketizeOptions":
      return accessor(new BucketizeOptions());
    case "GeluOptions":
      return accessor(new GeluOptions());
    case "DynamicUpdateSliceOptions":
      return accessor(new DynamicUpdateSliceOptions());
    case "UnsortedSegmentProdOptions":
      return accessor(new UnsortedSegmentProdOptions());
    case "UnsortedSegmentMaxOptions":
      return accessor(new UnsortedSegmentMaxOptions());
    case "UnsortedSegmentMinOptions":
      return accessor(new UnsortedSegmentMinOptions());
    case "UnsortedSegmentSumOptions":
      return accessor(new UnsortedSegmentSumOptions());
    case "ATan2Options":
      return accessor(new ATan2Options());
    case "SignOptions":
      return accessor(new SignOptions());
    case "BitcastOptions":
      return accessor(new BitcastOptions());
    case "BitwiseXorOptions":
      return accessor(new BitwiseXorOptions());
    case "RightShiftOptions":
      return accessor(new RightShiftOptions());
    default:
      return null;
  }
}

// src/tflite/generated/tflite/dilate-options.ts
var flatbuffers134 = __toESM(require_flatbuffers(), 1);
var DilateOptions = class _DilateOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsDilateOptions(bb, obj) {
    return (obj || new _DilateOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsDilateOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers134.SIZE_PREFIX_LENGTH);
    return (obj || new _DilateOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startDilateOptions(builder) {
    builder.startObject(0);
  }
  static endDilateOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createDilateOptions(builder) {
    _DilateOptions.startDilateOptions(builder);
    return _DilateOptions.endDilateOptions(builder);
  }
  unpack() {
    return new DilateOptionsT();
  }
  unpackTo(_o) {
  }
};
var DilateOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return DilateOptions.createDilateOptions(builder);
  }
};

// src/tflite/generated/tflite/reduce-window-options.ts
var flatbuffers135 = __toESM(require_flatbuffers(), 1);
var ReduceWindowOptions = class _ReduceWindowOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsReduceWindowOptions(bb, obj) {
    return (obj || new _ReduceWindowOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsReduceWindowOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers135.SIZE_PREFIX_LENGTH);
    return (obj || new _ReduceWindowOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  reduceFunction() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0 /* UNSUPPORTED */;
  }
  static startReduceWindowOptions(builder) {
    builder.startObject(1);
  }
  static addReduceFunction(builder, reduceFunction) {
    builder.addFieldInt32(0, reduceFunction, 0 /* UNSUPPORTED */);
  }
  static endReduceWindowOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createReduceWindowOptions(builder, reduceFunction) {
    _ReduceWindowOptions.startReduceWindowOptions(builder);
    _ReduceWindowOptions.addReduceFunction(builder, reduceFunction);
    return _ReduceWindowOptions.endReduceWindowOptions(builder);
  }
  unpack() {
    return new ReduceWindowOptionsT(
      this.reduceFunction()
    );
  }
  unpackTo(_o) {
    _o.reduceFunction = this.reduceFunction();
  }
};
var ReduceWindowOptionsT = class {
  constructor(reduceFunction = 0 /* UNSUPPORTED */) {
    this.reduceFunction = reduceFunction;
  }
  pack(builder) {
    return ReduceWindowOptions.createReduceWindowOptions(
      builder,
      this.reduceFunction
    );
  }
};

// src/tflite/generated/tflite/stable-hlocomposite-options.ts
var flatbuffers136 = __toESM(require_flatbuffers(), 1);
var StableHLOCompositeOptions = class _StableHLOCompositeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStableHLOCompositeOptions(bb, obj) {
    return (obj || new _StableHLOCompositeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStableHLOCompositeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers136.SIZE_PREFIX_LENGTH);
    return (obj || new _StableHLOCompositeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  name(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  decompositionSubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  compositeAttributes(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readUint8(this.bb.__vector(this.bb_pos + offset) + index) : 0;
  }
  compositeAttributesLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  compositeAttributesArray() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? new Uint8Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  compositeAttributesFormat() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLEXBUFFERS */;
  }
  version() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startStableHLOCompositeOptions(builder) {
    builder.startObject(5);
  }
  static addName(builder, nameOffset) {
    builder.addFieldOffset(0, nameOffset, 0);
  }
  static addDecompositionSubgraphIndex(builder, decompositionSubgraphIndex) {
    builder.addFieldInt32(1, decompositionSubgraphIndex, 0);
  }
  static addCompositeAttributes(builder, compositeAttributesOffset) {
    builder.addFieldOffset(2, compositeAttributesOffset, 0);
  }
  static createCompositeAttributesVector(builder, data) {
    builder.startVector(1, data.length, 1);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt8(data[i]);
    }
    return builder.endVector();
  }
  static startCompositeAttributesVector(builder, numElems) {
    builder.startVector(1, numElems, 1);
  }
  static addCompositeAttributesFormat(builder, compositeAttributesFormat) {
    builder.addFieldInt8(3, compositeAttributesFormat, 0 /* FLEXBUFFERS */);
  }
  static addVersion(builder, version) {
    builder.addFieldInt32(4, version, 0);
  }
  static endStableHLOCompositeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStableHLOCompositeOptions(builder, nameOffset, decompositionSubgraphIndex, compositeAttributesOffset, compositeAttributesFormat, version) {
    _StableHLOCompositeOptions.startStableHLOCompositeOptions(builder);
    _StableHLOCompositeOptions.addName(builder, nameOffset);
    _StableHLOCompositeOptions.addDecompositionSubgraphIndex(builder, decompositionSubgraphIndex);
    _StableHLOCompositeOptions.addCompositeAttributes(builder, compositeAttributesOffset);
    _StableHLOCompositeOptions.addCompositeAttributesFormat(builder, compositeAttributesFormat);
    _StableHLOCompositeOptions.addVersion(builder, version);
    return _StableHLOCompositeOptions.endStableHLOCompositeOptions(builder);
  }
  unpack() {
    return new StableHLOCompositeOptionsT(
      this.name(),
      this.decompositionSubgraphIndex(),
      this.bb.createScalarList(this.compositeAttributes.bind(this), this.compositeAttributesLength()),
      this.compositeAttributesFormat(),
      this.version()
    );
  }
  unpackTo(_o) {
    _o.name = this.name();
    _o.decompositionSubgraphIndex = this.decompositionSubgraphIndex();
    _o.compositeAttributes = this.bb.createScalarList(this.compositeAttributes.bind(this), this.compositeAttributesLength());
    _o.compositeAttributesFormat = this.compositeAttributesFormat();
    _o.version = this.version();
  }
};
var StableHLOCompositeOptionsT = class {
  constructor(name = null, decompositionSubgraphIndex = 0, compositeAttributes = [], compositeAttributesFormat = 0 /* FLEXBUFFERS */, version = 0) {
    this.name = name;
    this.decompositionSubgraphIndex = decompositionSubgraphIndex;
    this.compositeAttributes = compositeAttributes;
    this.compositeAttributesFormat = compositeAttributesFormat;
    this.version = version;
  }
  pack(builder) {
    const name = this.name !== null ? builder.createString(this.name) : 0;
    const compositeAttributes = StableHLOCompositeOptions.createCompositeAttributesVector(builder, this.compositeAttributes);
    return StableHLOCompositeOptions.createStableHLOCompositeOptions(
      builder,
      name,
      this.decompositionSubgraphIndex,
      compositeAttributes,
      this.compositeAttributesFormat,
      this.version
    );
  }
};

// src/tflite/generated/tflite/stablehlo-broadcast-in-dim-options.ts
var flatbuffers137 = __toESM(require_flatbuffers(), 1);
var StablehloBroadcastInDimOptions = class _StablehloBroadcastInDimOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloBroadcastInDimOptions(bb, obj) {
    return (obj || new _StablehloBroadcastInDimOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloBroadcastInDimOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers137.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloBroadcastInDimOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  broadcastDimensions(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  broadcastDimensionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  static startStablehloBroadcastInDimOptions(builder) {
    builder.startObject(1);
  }
  static addBroadcastDimensions(builder, broadcastDimensionsOffset) {
    builder.addFieldOffset(0, broadcastDimensionsOffset, 0);
  }
  static createBroadcastDimensionsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startBroadcastDimensionsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static endStablehloBroadcastInDimOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloBroadcastInDimOptions(builder, broadcastDimensionsOffset) {
    _StablehloBroadcastInDimOptions.startStablehloBroadcastInDimOptions(builder);
    _StablehloBroadcastInDimOptions.addBroadcastDimensions(builder, broadcastDimensionsOffset);
    return _StablehloBroadcastInDimOptions.endStablehloBroadcastInDimOptions(builder);
  }
  unpack() {
    return new StablehloBroadcastInDimOptionsT(
      this.bb.createScalarList(this.broadcastDimensions.bind(this), this.broadcastDimensionsLength())
    );
  }
  unpackTo(_o) {
    _o.broadcastDimensions = this.bb.createScalarList(this.broadcastDimensions.bind(this), this.broadcastDimensionsLength());
  }
};
var StablehloBroadcastInDimOptionsT = class {
  constructor(broadcastDimensions = []) {
    this.broadcastDimensions = broadcastDimensions;
  }
  pack(builder) {
    const broadcastDimensions = StablehloBroadcastInDimOptions.createBroadcastDimensionsVector(builder, this.broadcastDimensions);
    return StablehloBroadcastInDimOptions.createStablehloBroadcastInDimOptions(
      builder,
      broadcastDimensions
    );
  }
};

// src/tflite/generated/tflite/stablehlo-case-options.ts
var flatbuffers138 = __toESM(require_flatbuffers(), 1);
var StablehloCaseOptions = class _StablehloCaseOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloCaseOptions(bb, obj) {
    return (obj || new _StablehloCaseOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloCaseOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers138.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloCaseOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  branchSubgraphIndices(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  branchSubgraphIndicesLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  branchSubgraphIndicesArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startStablehloCaseOptions(builder) {
    builder.startObject(1);
  }
  static addBranchSubgraphIndices(builder, branchSubgraphIndicesOffset) {
    builder.addFieldOffset(0, branchSubgraphIndicesOffset, 0);
  }
  static createBranchSubgraphIndicesVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startBranchSubgraphIndicesVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static endStablehloCaseOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloCaseOptions(builder, branchSubgraphIndicesOffset) {
    _StablehloCaseOptions.startStablehloCaseOptions(builder);
    _StablehloCaseOptions.addBranchSubgraphIndices(builder, branchSubgraphIndicesOffset);
    return _StablehloCaseOptions.endStablehloCaseOptions(builder);
  }
  unpack() {
    return new StablehloCaseOptionsT(
      this.bb.createScalarList(this.branchSubgraphIndices.bind(this), this.branchSubgraphIndicesLength())
    );
  }
  unpackTo(_o) {
    _o.branchSubgraphIndices = this.bb.createScalarList(this.branchSubgraphIndices.bind(this), this.branchSubgraphIndicesLength());
  }
};
var StablehloCaseOptionsT = class {
  constructor(branchSubgraphIndices = []) {
    this.branchSubgraphIndices = branchSubgraphIndices;
  }
  pack(builder) {
    const branchSubgraphIndices = StablehloCaseOptions.createBranchSubgraphIndicesVector(builder, this.branchSubgraphIndices);
    return StablehloCaseOptions.createStablehloCaseOptions(
      builder,
      branchSubgraphIndices
    );
  }
};

// src/tflite/generated/tflite/stablehlo-compare-options.ts
var flatbuffers139 = __toESM(require_flatbuffers(), 1);
var StablehloCompareOptions = class _StablehloCompareOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloCompareOptions(bb, obj) {
    return (obj || new _StablehloCompareOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloCompareOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers139.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloCompareOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  comparisonDirection() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0 /* STABLEHLO_COMPARISON_DIRECTION_EQ */;
  }
  compareType() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0 /* STABLEHLO_COMPARISON_TYPE_NOTYPE */;
  }
  static startStablehloCompareOptions(builder) {
    builder.startObject(2);
  }
  static addComparisonDirection(builder, comparisonDirection) {
    builder.addFieldInt32(0, comparisonDirection, 0 /* STABLEHLO_COMPARISON_DIRECTION_EQ */);
  }
  static addCompareType(builder, compareType) {
    builder.addFieldInt32(1, compareType, 0 /* STABLEHLO_COMPARISON_TYPE_NOTYPE */);
  }
  static endStablehloCompareOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloCompareOptions(builder, comparisonDirection, compareType) {
    _StablehloCompareOptions.startStablehloCompareOptions(builder);
    _StablehloCompareOptions.addComparisonDirection(builder, comparisonDirection);
    _StablehloCompareOptions.addCompareType(builder, compareType);
    return _StablehloCompareOptions.endStablehloCompareOptions(builder);
  }
  unpack() {
    return new StablehloCompareOptionsT(
      this.comparisonDirection(),
      this.compareType()
    );
  }
  unpackTo(_o) {
    _o.comparisonDirection = this.comparisonDirection();
    _o.compareType = this.compareType();
  }
};
var StablehloCompareOptionsT = class {
  constructor(comparisonDirection = 0 /* STABLEHLO_COMPARISON_DIRECTION_EQ */, compareType = 0 /* STABLEHLO_COMPARISON_TYPE_NOTYPE */) {
    this.comparisonDirection = comparisonDirection;
    this.compareType = compareType;
  }
  pack(builder) {
    return StablehloCompareOptions.createStablehloCompareOptions(
      builder,
      this.comparisonDirection,
      this.compareType
    );
  }
};

// src/tflite/generated/tflite/stablehlo-concatenate-options.ts
var flatbuffers140 = __toESM(require_flatbuffers(), 1);
var StablehloConcatenateOptions = class _StablehloConcatenateOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloConcatenateOptions(bb, obj) {
    return (obj || new _StablehloConcatenateOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloConcatenateOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers140.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloConcatenateOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  dimension() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  static startStablehloConcatenateOptions(builder) {
    builder.startObject(1);
  }
  static addDimension(builder, dimension) {
    builder.addFieldInt64(0, dimension, BigInt("0"));
  }
  static endStablehloConcatenateOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloConcatenateOptions(builder, dimension) {
    _StablehloConcatenateOptions.startStablehloConcatenateOptions(builder);
    _StablehloConcatenateOptions.addDimension(builder, dimension);
    return _StablehloConcatenateOptions.endStablehloConcatenateOptions(builder);
  }
  unpack() {
    return new StablehloConcatenateOptionsT(
      this.dimension()
    );
  }
  unpackTo(_o) {
    _o.dimension = this.dimension();
  }
};
var StablehloConcatenateOptionsT = class {
  constructor(dimension = BigInt("0")) {
    this.dimension = dimension;
  }
  pack(builder) {
    return StablehloConcatenateOptions.createStablehloConcatenateOptions(
      builder,
      this.dimension
    );
  }
};

// src/tflite/generated/tflite/stablehlo-convolution-options.ts
var flatbuffers141 = __toESM(require_flatbuffers(), 1);
var StablehloConvolutionOptions = class _StablehloConvolutionOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloConvolutionOptions(bb, obj) {
    return (obj || new _StablehloConvolutionOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloConvolutionOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers141.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloConvolutionOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  windowStrides(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  windowStridesLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  padding(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  paddingLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  lhsDilation(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  lhsDilationLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  rhsDilation(index) {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  rhsDilationLength() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  windowReversal(index) {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? !!this.bb.readInt8(this.bb.__vector(this.bb_pos + offset) + index) : false;
  }
  windowReversalLength() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  windowReversalArray() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? new Int8Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  inputBatchDimension() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  inputFeatureDimension() {
    const offset = this.bb.__offset(this.bb_pos, 16);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  inputSpatialDimensions(index) {
    const offset = this.bb.__offset(this.bb_pos, 18);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  inputSpatialDimensionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 18);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  kernelInputFeatureDimension() {
    const offset = this.bb.__offset(this.bb_pos, 20);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  kernelOutputFeatureDimension() {
    const offset = this.bb.__offset(this.bb_pos, 22);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  kernelSpatialDimensions(index) {
    const offset = this.bb.__offset(this.bb_pos, 24);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  kernelSpatialDimensionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 24);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  outputBatchDimension() {
    const offset = this.bb.__offset(this.bb_pos, 26);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  outputFeatureDimension() {
    const offset = this.bb.__offset(this.bb_pos, 28);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  outputSpatialDimensions(index) {
    const offset = this.bb.__offset(this.bb_pos, 30);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  outputSpatialDimensionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 30);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  featureGroupCount() {
    const offset = this.bb.__offset(this.bb_pos, 32);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  batchGroupCount() {
    const offset = this.bb.__offset(this.bb_pos, 34);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  precisionConfig(index) {
    const offset = this.bb.__offset(this.bb_pos, 36);
    return offset ? this.bb.readUint32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  precisionConfigLength() {
    const offset = this.bb.__offset(this.bb_pos, 36);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  precisionConfigArray() {
    const offset = this.bb.__offset(this.bb_pos, 36);
    return offset ? new Uint32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startStablehloConvolutionOptions(builder) {
    builder.startObject(17);
  }
  static addWindowStrides(builder, windowStridesOffset) {
    builder.addFieldOffset(0, windowStridesOffset, 0);
  }
  static createWindowStridesVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startWindowStridesVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addPadding(builder, paddingOffset) {
    builder.addFieldOffset(1, paddingOffset, 0);
  }
  static createPaddingVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startPaddingVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addLhsDilation(builder, lhsDilationOffset) {
    builder.addFieldOffset(2, lhsDilationOffset, 0);
  }
  static createLhsDilationVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startLhsDilationVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addRhsDilation(builder, rhsDilationOffset) {
    builder.addFieldOffset(3, rhsDilationOffset, 0);
  }
  static createRhsDilationVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startRhsDilationVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addWindowReversal(builder, windowReversalOffset) {
    builder.addFieldOffset(4, windowReversalOffset, 0);
  }
  static createWindowReversalVector(builder, data) {
    builder.startVector(1, data.length, 1);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt8(+data[i]);
    }
    return builder.endVector();
  }
  static startWindowReversalVector(builder, numElems) {
    builder.startVector(1, numElems, 1);
  }
  static addInputBatchDimension(builder, inputBatchDimension) {
    builder.addFieldInt64(5, inputBatchDimension, BigInt("0"));
  }
  static addInputFeatureDimension(builder, inputFeatureDimension) {
    builder.addFieldInt64(6, inputFeatureDimension, BigInt("0"));
  }
  static addInputSpatialDimensions(builder, inputSpatialDimensionsOffset) {
    builder.addFieldOffset(7, inputSpatialDimensionsOffset, 0);
  }
  static createInputSpatialDimensionsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startInputSpatialDimensionsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addKernelInputFeatureDimension(builder, kernelInputFeatureDimension) {
    builder.addFieldInt64(8, kernelInputFeatureDimension, BigInt("0"));
  }
  static addKernelOutputFeatureDimension(builder, kernelOutputFeatureDimension) {
    builder.addFieldInt64(9, kernelOutputFeatureDimension, BigInt("0"));
  }
  static addKernelSpatialDimensions(builder, kernelSpatialDimensionsOffset) {
    builder.addFieldOffset(10, kernelSpatialDimensionsOffset, 0);
  }
  static createKernelSpatialDimensionsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startKernelSpatialDimensionsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addOutputBatchDimension(builder, outputBatchDimension) {
    builder.addFieldInt64(11, outputBatchDimension, BigInt("0"));
  }
  static addOutputFeatureDimension(builder, outputFeatureDimension) {
    builder.addFieldInt64(12, outputFeatureDimension, BigInt("0"));
  }
  static addOutputSpatialDimensions(builder, outputSpatialDimensionsOffset) {
    builder.addFieldOffset(13, outputSpatialDimensionsOffset, 0);
  }
  static createOutputSpatialDimensionsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startOutputSpatialDimensionsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addFeatureGroupCount(builder, featureGroupCount) {
    builder.addFieldInt64(14, featureGroupCount, BigInt("0"));
  }
  static addBatchGroupCount(builder, batchGroupCount) {
    builder.addFieldInt64(15, batchGroupCount, BigInt("0"));
  }
  static addPrecisionConfig(builder, precisionConfigOffset) {
    builder.addFieldOffset(16, precisionConfigOffset, 0);
  }
  static createPrecisionConfigVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startPrecisionConfigVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static endStablehloConvolutionOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloConvolutionOptions(builder, windowStridesOffset, paddingOffset, lhsDilationOffset, rhsDilationOffset, windowReversalOffset, inputBatchDimension, inputFeatureDimension, inputSpatialDimensionsOffset, kernelInputFeatureDimension, kernelOutputFeatureDimension, kernelSpatialDimensionsOffset, outputBatchDimension, outputFeatureDimension, outputSpatialDimensionsOffset, featureGroupCount, batchGroupCount, precisionConfigOffset) {
    _StablehloConvolutionOptions.startStablehloConvolutionOptions(builder);
    _StablehloConvolutionOptions.addWindowStrides(builder, windowStridesOffset);
    _StablehloConvolutionOptions.addPadding(builder, paddingOffset);
    _StablehloConvolutionOptions.addLhsDilation(builder, lhsDilationOffset);
    _StablehloConvolutionOptions.addRhsDilation(builder, rhsDilationOffset);
    _StablehloConvolutionOptions.addWindowReversal(builder, windowReversalOffset);
    _StablehloConvolutionOptions.addInputBatchDimension(builder, inputBatchDimension);
    _StablehloConvolutionOptions.addInputFeatureDimension(builder, inputFeatureDimension);
    _StablehloConvolutionOptions.addInputSpatialDimensions(builder, inputSpatialDimensionsOffset);
    _StablehloConvolutionOptions.addKernelInputFeatureDimension(builder, kernelInputFeatureDimension);
    _StablehloConvolutionOptions.addKernelOutputFeatureDimension(builder, kernelOutputFeatureDimension);
    _StablehloConvolutionOptions.addKernelSpatialDimensions(builder, kernelSpatialDimensionsOffset);
    _StablehloConvolutionOptions.addOutputBatchDimension(builder, outputBatchDimension);
    _StablehloConvolutionOptions.addOutputFeatureDimension(builder, outputFeatureDimension);
    _StablehloConvolutionOptions.addOutputSpatialDimensions(builder, outputSpatialDimensionsOffset);
    _StablehloConvolutionOptions.addFeatureGroupCount(builder, featureGroupCount);
    _StablehloConvolutionOptions.addBatchGroupCount(builder, batchGroupCount);
    _StablehloConvolutionOptions.addPrecisionConfig(builder, precisionConfigOffset);
    return _StablehloConvolutionOptions.endStablehloConvolutionOptions(builder);
  }
  unpack() {
    return new StablehloConvolutionOptionsT(
      this.bb.createScalarList(this.windowStrides.bind(this), this.windowStridesLength()),
      this.bb.createScalarList(this.padding.bind(this), this.paddingLength()),
      this.bb.createScalarList(this.lhsDilation.bind(this), this.lhsDilationLength()),
      this.bb.createScalarList(this.rhsDilation.bind(this), this.rhsDilationLength()),
      this.bb.createScalarList(this.windowReversal.bind(this), this.windowReversalLength()),
      this.inputBatchDimension(),
      this.inputFeatureDimension(),
      this.bb.createScalarList(this.inputSpatialDimensions.bind(this), this.inputSpatialDimensionsLength()),
      this.kernelInputFeatureDimension(),
      this.kernelOutputFeatureDimension(),
      this.bb.createScalarList(this.kernelSpatialDimensions.bind(this), this.kernelSpatialDimensionsLength()),
      this.outputBatchDimension(),
      this.outputFeatureDimension(),
      this.bb.createScalarList(this.outputSpatialDimensions.bind(this), this.outputSpatialDimensionsLength()),
      this.featureGroupCount(),
      this.batchGroupCount(),
      this.bb.createScalarList(this.precisionConfig.bind(this), this.precisionConfigLength())
    );
  }
  unpackTo(_o) {
    _o.windowStrides = this.bb.createScalarList(this.windowStrides.bind(this), this.windowStridesLength());
    _o.padding = this.bb.createScalarList(this.padding.bind(this), this.paddingLength());
    _o.lhsDilation = this.bb.createScalarList(this.lhsDilation.bind(this), this.lhsDilationLength());
    _o.rhsDilation = this.bb.createScalarList(this.rhsDilation.bind(this), this.rhsDilationLength());
    _o.windowReversal = this.bb.createScalarList(this.windowReversal.bind(this), this.windowReversalLength());
    _o.inputBatchDimension = this.inputBatchDimension();
    _o.inputFeatureDimension = this.inputFeatureDimension();
    _o.inputSpatialDimensions = this.bb.createScalarList(this.inputSpatialDimensions.bind(this), this.inputSpatialDimensionsLength());
    _o.kernelInputFeatureDimension = this.kernelInputFeatureDimension();
    _o.kernelOutputFeatureDimension = this.kernelOutputFeatureDimension();
    _o.kernelSpatialDimensions = this.bb.createScalarList(this.kernelSpatialDimensions.bind(this), this.kernelSpatialDimensionsLength());
    _o.outputBatchDimension = this.outputBatchDimension();
    _o.outputFeatureDimension = this.outputFeatureDimension();
    _o.outputSpatialDimensions = this.bb.createScalarList(this.outputSpatialDimensions.bind(this), this.outputSpatialDimensionsLength());
    _o.featureGroupCount = this.featureGroupCount();
    _o.batchGroupCount = this.batchGroupCount();
    _o.precisionConfig = this.bb.createScalarList(this.precisionConfig.bind(this), this.precisionConfigLength());
  }
};
var StablehloConvolutionOptionsT = class {
  constructor(windowStrides = [], padding = [], lhsDilation = [], rhsDilation = [], windowReversal = [], inputBatchDimension = BigInt("0"), inputFeatureDimension = BigInt("0"), inputSpatialDimensions = [], kernelInputFeatureDimension = BigInt("0"), kernelOutputFeatureDimension = BigInt("0"), kernelSpatialDimensions = [], outputBatchDimension = BigInt("0"), outputFeatureDimension = BigInt("0"), outputSpatialDimensions = [], featureGroupCount = BigInt("0"), batchGroupCount = BigInt("0"), precisionConfig = []) {
    this.windowStrides = windowStrides;
    this.padding = padding;
    this.lhsDilation = lhsDilation;
    this.rhsDilation = rhsDilation;
    this.windowReversal = windowReversal;
    this.inputBatchDimension = inputBatchDimension;
    this.inputFeatureDimension = inputFeatureDimension;
    this.inputSpatialDimensions = inputSpatialDimensions;
    this.kernelInputFeatureDimension = kernelInputFeatureDimension;
    this.kernelOutputFeatureDimension = kernelOutputFeatureDimension;
    this.kernelSpatialDimensions = kernelSpatialDimensions;
    this.outputBatchDimension = outputBatchDimension;
    this.outputFeatureDimension = outputFeatureDimension;
    this.outputSpatialDimensions = outputSpatialDimensions;
    this.featureGroupCount = featureGroupCount;
    this.batchGroupCount = batchGroupCount;
    this.precisionConfig = precisionConfig;
  }
  pack(builder) {
    const windowStrides = StablehloConvolutionOptions.createWindowStridesVector(builder, this.windowStrides);
    const padding = StablehloConvolutionOptions.createPaddingVector(builder, this.padding);
    const lhsDilation = StablehloConvolutionOptions.createLhsDilationVector(builder, this.lhsDilation);
    const rhsDilation = StablehloConvolutionOptions.createRhsDilationVector(builder, this.rhsDilation);
    const windowReversal = StablehloConvolutionOptions.createWindowReversalVector(builder, this.windowReversal);
    const inputSpatialDimensions = StablehloConvolutionOptions.createInputSpatialDimensionsVector(builder, this.inputSpatialDimensions);
    const kernelSpatialDimensions = StablehloConvolutionOptions.createKernelSpatialDimensionsVector(builder, this.kernelSpatialDimensions);
    const outputSpatialDimensions = StablehloConvolutionOptions.createOutputSpatialDimensionsVector(builder, this.outputSpatialDimensions);
    const precisionConfig = StablehloConvolutionOptions.createPrecisionConfigVector(builder, this.precisionConfig);
    return StablehloConvolutionOptions.createStablehloConvolutionOptions(
      builder,
      windowStrides,
      padding,
      lhsDilation,
      rhsDilation,
      windowReversal,
      this.inputBatchDimension,
      this.inputFeatureDimension,
      inputSpatialDimensions,
      this.kernelInputFeatureDimension,
      this.kernelOutputFeatureDimension,
      kernelSpatialDimensions,
      this.outputBatchDimension,
      this.outputFeatureDimension,
      outputSpatialDimensions,
      this.featureGroupCount,
      this.batchGroupCount,
      precisionConfig
    );
  }
};

// src/tflite/generated/tflite/stablehlo-custom-call-options.ts
var flatbuffers142 = __toESM(require_flatbuffers(), 1);
var StablehloCustomCallOptions = class _StablehloCustomCallOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloCustomCallOptions(bb, obj) {
    return (obj || new _StablehloCustomCallOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloCustomCallOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers142.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloCustomCallOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  callTargetName(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  hasSideEffect() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  backendConfig(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  apiVersion() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  calledComputations(index) {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  calledComputationsLength() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  calledComputationsArray() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  customAttributes(index) {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.readUint8(this.bb.__vector(this.bb_pos + offset) + index) : 0;
  }
  customAttributesLength() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  customAttributesArray() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? new Uint8Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startStablehloCustomCallOptions(builder) {
    builder.startObject(6);
  }
  static addCallTargetName(builder, callTargetNameOffset) {
    builder.addFieldOffset(0, callTargetNameOffset, 0);
  }
  static addHasSideEffect(builder, hasSideEffect) {
    builder.addFieldInt8(1, +hasSideEffect, 0);
  }
  static addBackendConfig(builder, backendConfigOffset) {
    builder.addFieldOffset(2, backendConfigOffset, 0);
  }
  static addApiVersion(builder, apiVersion) {
    builder.addFieldInt32(3, apiVersion, 0);
  }
  static addCalledComputations(builder, calledComputationsOffset) {
    builder.addFieldOffset(4, calledComputationsOffset, 0);
  }
  static createCalledComputationsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startCalledComputationsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addCustomAttributes(builder, customAttributesOffset) {
    builder.addFieldOffset(5, customAttributesOffset, 0);
  }
  static createCustomAttributesVector(builder, data) {
    builder.startVector(1, data.length, 1);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt8(data[i]);
    }
    return builder.endVector();
  }
  static startCustomAttributesVector(builder, numElems) {
    builder.startVector(1, numElems, 1);
  }
  static endStablehloCustomCallOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloCustomCallOptions(builder, callTargetNameOffset, hasSideEffect, backendConfigOffset, apiVersion, calledComputationsOffset, customAttributesOffset) {
    _StablehloCustomCallOptions.startStablehloCustomCallOptions(builder);
    _StablehloCustomCallOptions.addCallTargetName(builder, callTargetNameOffset);
    _StablehloCustomCallOptions.addHasSideEffect(builder, hasSideEffect);
    _StablehloCustomCallOptions.addBackendConfig(builder, backendConfigOffset);
    _StablehloCustomCallOptions.addApiVersion(builder, apiVersion);
    _StablehloCustomCallOptions.addCalledComputations(builder, calledComputationsOffset);
    _StablehloCustomCallOptions.addCustomAttributes(builder, customAttributesOffset);
    return _StablehloCustomCallOptions.endStablehloCustomCallOptions(builder);
  }
  unpack() {
    return new StablehloCustomCallOptionsT(
      this.callTargetName(),
      this.hasSideEffect(),
      this.backendConfig(),
      this.apiVersion(),
      this.bb.createScalarList(this.calledComputations.bind(this), this.calledComputationsLength()),
      this.bb.createScalarList(this.customAttributes.bind(this), this.customAttributesLength())
    );
  }
  unpackTo(_o) {
    _o.callTargetName = this.callTargetName();
    _o.hasSideEffect = this.hasSideEffect();
    _o.backendConfig = this.backendConfig();
    _o.apiVersion = this.apiVersion();
    _o.calledComputations = this.bb.createScalarList(this.calledComputations.bind(this), this.calledComputationsLength());
    _o.customAttributes = this.bb.createScalarList(this.customAttributes.bind(this), this.customAttributesLength());
  }
};
var StablehloCustomCallOptionsT = class {
  constructor(callTargetName = null, hasSideEffect = false, backendConfig = null, apiVersion = 0, calledComputations = [], customAttributes = []) {
    this.callTargetName = callTargetName;
    this.hasSideEffect = hasSideEffect;
    this.backendConfig = backendConfig;
    this.apiVersion = apiVersion;
    this.calledComputations = calledComputations;
    this.customAttributes = customAttributes;
  }
  pack(builder) {
    const callTargetName = this.callTargetName !== null ? builder.createString(this.callTargetName) : 0;
    const backendConfig = this.backendConfig !== null ? builder.createString(this.backendConfig) : 0;
    const calledComputations = StablehloCustomCallOptions.createCalledComputationsVector(builder, this.calledComputations);
    const customAttributes = StablehloCustomCallOptions.createCustomAttributesVector(builder, this.customAttributes);
    return StablehloCustomCallOptions.createStablehloCustomCallOptions(
      builder,
      callTargetName,
      this.hasSideEffect,
      backendConfig,
      this.apiVersion,
      calledComputations,
      customAttributes
    );
  }
};

// src/tflite/generated/tflite/stablehlo-dot-general-options.ts
var flatbuffers143 = __toESM(require_flatbuffers(), 1);
var StablehloDotGeneralOptions = class _StablehloDotGeneralOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloDotGeneralOptions(bb, obj) {
    return (obj || new _StablehloDotGeneralOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloDotGeneralOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers143.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloDotGeneralOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  lhsBatchingDimensions(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  lhsBatchingDimensionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  rhsBatchingDimensions(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  rhsBatchingDimensionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  lhsContractingDimensions(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  lhsContractingDimensionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  rhsContractingDimensions(index) {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  rhsContractingDimensionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  precisionConfig(index) {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readUint32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  precisionConfigLength() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  precisionConfigArray() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? new Uint32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startStablehloDotGeneralOptions(builder) {
    builder.startObject(5);
  }
  static addLhsBatchingDimensions(builder, lhsBatchingDimensionsOffset) {
    builder.addFieldOffset(0, lhsBatchingDimensionsOffset, 0);
  }
  static createLhsBatchingDimensionsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startLhsBatchingDimensionsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addRhsBatchingDimensions(builder, rhsBatchingDimensionsOffset) {
    builder.addFieldOffset(1, rhsBatchingDimensionsOffset, 0);
  }
  static createRhsBatchingDimensionsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startRhsBatchingDimensionsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addLhsContractingDimensions(builder, lhsContractingDimensionsOffset) {
    builder.addFieldOffset(2, lhsContractingDimensionsOffset, 0);
  }
  static createLhsContractingDimensionsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startLhsContractingDimensionsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addRhsContractingDimensions(builder, rhsContractingDimensionsOffset) {
    builder.addFieldOffset(3, rhsContractingDimensionsOffset, 0);
  }
  static createRhsContractingDimensionsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startRhsContractingDimensionsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addPrecisionConfig(builder, precisionConfigOffset) {
    builder.addFieldOffset(4, precisionConfigOffset, 0);
  }
  static createPrecisionConfigVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startPrecisionConfigVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static endStablehloDotGeneralOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloDotGeneralOptions(builder, lhsBatchingDimensionsOffset, rhsBatchingDimensionsOffset, lhsContractingDimensionsOffset, rhsContractingDimensionsOffset, precisionConfigOffset) {
    _StablehloDotGeneralOptions.startStablehloDotGeneralOptions(builder);
    _StablehloDotGeneralOptions.addLhsBatchingDimensions(builder, lhsBatchingDimensionsOffset);
    _StablehloDotGeneralOptions.addRhsBatchingDimensions(builder, rhsBatchingDimensionsOffset);
    _StablehloDotGeneralOptions.addLhsContractingDimensions(builder, lhsContractingDimensionsOffset);
    _StablehloDotGeneralOptions.addRhsContractingDimensions(builder, rhsContractingDimensionsOffset);
    _StablehloDotGeneralOptions.addPrecisionConfig(builder, precisionConfigOffset);
    return _StablehloDotGeneralOptions.endStablehloDotGeneralOptions(builder);
  }
  unpack() {
    return new StablehloDotGeneralOptionsT(
      this.bb.createScalarList(this.lhsBatchingDimensions.bind(this), this.lhsBatchingDimensionsLength()),
      this.bb.createScalarList(this.rhsBatchingDimensions.bind(this), this.rhsBatchingDimensionsLength()),
      this.bb.createScalarList(this.lhsContractingDimensions.bind(this), this.lhsContractingDimensionsLength()),
      this.bb.createScalarList(this.rhsContractingDimensions.bind(this), this.rhsContractingDimensionsLength()),
      this.bb.createScalarList(this.precisionConfig.bind(this), this.precisionConfigLength())
    );
  }
  unpackTo(_o) {
    _o.lhsBatchingDimensions = this.bb.createScalarList(this.lhsBatchingDimensions.bind(this), this.lhsBatchingDimensionsLength());
    _o.rhsBatchingDimensions = this.bb.createScalarList(this.rhsBatchingDimensions.bind(this), this.rhsBatchingDimensionsLength());
    _o.lhsContractingDimensions = this.bb.createScalarList(this.lhsContractingDimensions.bind(this), this.lhsContractingDimensionsLength());
    _o.rhsContractingDimensions = this.bb.createScalarList(this.rhsContractingDimensions.bind(this), this.rhsContractingDimensionsLength());
    _o.precisionConfig = this.bb.createScalarList(this.precisionConfig.bind(this), this.precisionConfigLength());
  }
};
var StablehloDotGeneralOptionsT = class {
  constructor(lhsBatchingDimensions = [], rhsBatchingDimensions = [], lhsContractingDimensions = [], rhsContractingDimensions = [], precisionConfig = []) {
    this.lhsBatchingDimensions = lhsBatchingDimensions;
    this.rhsBatchingDimensions = rhsBatchingDimensions;
    this.lhsContractingDimensions = lhsContractingDimensions;
    this.rhsContractingDimensions = rhsContractingDimensions;
    this.precisionConfig = precisionConfig;
  }
  pack(builder) {
    const lhsBatchingDimensions = StablehloDotGeneralOptions.createLhsBatchingDimensionsVector(builder, this.lhsBatchingDimensions);
    const rhsBatchingDimensions = StablehloDotGeneralOptions.createRhsBatchingDimensionsVector(builder, this.rhsBatchingDimensions);
    const lhsContractingDimensions = StablehloDotGeneralOptions.createLhsContractingDimensionsVector(builder, this.lhsContractingDimensions);
    const rhsContractingDimensions = StablehloDotGeneralOptions.createRhsContractingDimensionsVector(builder, this.rhsContractingDimensions);
    const precisionConfig = StablehloDotGeneralOptions.createPrecisionConfigVector(builder, this.precisionConfig);
    return StablehloDotGeneralOptions.createStablehloDotGeneralOptions(
      builder,
      lhsBatchingDimensions,
      rhsBatchingDimensions,
      lhsContractingDimensions,
      rhsContractingDimensions,
      precisionConfig
    );
  }
};

// src/tflite/generated/tflite/stablehlo-dynamic-slice-options.ts
var flatbuffers144 = __toESM(require_flatbuffers(), 1);
var StablehloDynamicSliceOptions = class _StablehloDynamicSliceOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloDynamicSliceOptions(bb, obj) {
    return (obj || new _StablehloDynamicSliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloDynamicSliceOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers144.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloDynamicSliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  sliceSizes(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  sliceSizesLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  static startStablehloDynamicSliceOptions(builder) {
    builder.startObject(1);
  }
  static addSliceSizes(builder, sliceSizesOffset) {
    builder.addFieldOffset(0, sliceSizesOffset, 0);
  }
  static createSliceSizesVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startSliceSizesVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static endStablehloDynamicSliceOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloDynamicSliceOptions(builder, sliceSizesOffset) {
    _StablehloDynamicSliceOptions.startStablehloDynamicSliceOptions(builder);
    _StablehloDynamicSliceOptions.addSliceSizes(builder, sliceSizesOffset);
    return _StablehloDynamicSliceOptions.endStablehloDynamicSliceOptions(builder);
  }
  unpack() {
    return new StablehloDynamicSliceOptionsT(
      this.bb.createScalarList(this.sliceSizes.bind(this), this.sliceSizesLength())
    );
  }
  unpackTo(_o) {
    _o.sliceSizes = this.bb.createScalarList(this.sliceSizes.bind(this), this.sliceSizesLength());
  }
};
var StablehloDynamicSliceOptionsT = class {
  constructor(sliceSizes = []) {
    this.sliceSizes = sliceSizes;
  }
  pack(builder) {
    const sliceSizes = StablehloDynamicSliceOptions.createSliceSizesVector(builder, this.sliceSizes);
    return StablehloDynamicSliceOptions.createStablehloDynamicSliceOptions(
      builder,
      sliceSizes
    );
  }
};

// src/tflite/generated/tflite/stablehlo-gather-options.ts
var flatbuffers145 = __toESM(require_flatbuffers(), 1);
var StablehloGatherOptions = class _StablehloGatherOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloGatherOptions(bb, obj) {
    return (obj || new _StablehloGatherOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloGatherOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers145.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloGatherOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  offsetDims(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  offsetDimsLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  collapsedSliceDims(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  collapsedSliceDimsLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  startIndexMap(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  startIndexMapLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  indexVectorDim() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  sliceSizes(index) {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  sliceSizesLength() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  indicesAreSorted() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startStablehloGatherOptions(builder) {
    builder.startObject(6);
  }
  static addOffsetDims(builder, offsetDimsOffset) {
    builder.addFieldOffset(0, offsetDimsOffset, 0);
  }
  static createOffsetDimsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startOffsetDimsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addCollapsedSliceDims(builder, collapsedSliceDimsOffset) {
    builder.addFieldOffset(1, collapsedSliceDimsOffset, 0);
  }
  static createCollapsedSliceDimsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startCollapsedSliceDimsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addStartIndexMap(builder, startIndexMapOffset) {
    builder.addFieldOffset(2, startIndexMapOffset, 0);
  }
  static createStartIndexMapVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startStartIndexMapVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addIndexVectorDim(builder, indexVectorDim) {
    builder.addFieldInt64(3, indexVectorDim, BigInt("0"));
  }
  static addSliceSizes(builder, sliceSizesOffset) {
    builder.addFieldOffset(4, sliceSizesOffset, 0);
  }
  static createSliceSizesVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startSliceSizesVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addIndicesAreSorted(builder, indicesAreSorted) {
    builder.addFieldInt8(5, +indicesAreSorted, 0);
  }
  static endStablehloGatherOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloGatherOptions(builder, offsetDimsOffset, collapsedSliceDimsOffset, startIndexMapOffset, indexVectorDim, sliceSizesOffset, indicesAreSorted) {
    _StablehloGatherOptions.startStablehloGatherOptions(builder);
    _StablehloGatherOptions.addOffsetDims(builder, offsetDimsOffset);
    _StablehloGatherOptions.addCollapsedSliceDims(builder, collapsedSliceDimsOffset);
    _StablehloGatherOptions.addStartIndexMap(builder, startIndexMapOffset);
    _StablehloGatherOptions.addIndexVectorDim(builder, indexVectorDim);
    _StablehloGatherOptions.addSliceSizes(builder, sliceSizesOffset);
    _StablehloGatherOptions.addIndicesAreSorted(builder, indicesAreSorted);
    return _StablehloGatherOptions.endStablehloGatherOptions(builder);
  }
  unpack() {
    return new StablehloGatherOptionsT(
      this.bb.createScalarList(this.offsetDims.bind(this), this.offsetDimsLength()),
      this.bb.createScalarList(this.collapsedSliceDims.bind(this), this.collapsedSliceDimsLength()),
      this.bb.createScalarList(this.startIndexMap.bind(this), this.startIndexMapLength()),
      this.indexVectorDim(),
      this.bb.createScalarList(this.sliceSizes.bind(this), this.sliceSizesLength()),
      this.indicesAreSorted()
    );
  }
  unpackTo(_o) {
    _o.offsetDims = this.bb.createScalarList(this.offsetDims.bind(this), this.offsetDimsLength());
    _o.collapsedSliceDims = this.bb.createScalarList(this.collapsedSliceDims.bind(this), this.collapsedSliceDimsLength());
    _o.startIndexMap = this.bb.createScalarList(this.startIndexMap.bind(this), this.startIndexMapLength());
    _o.indexVectorDim = this.indexVectorDim();
    _o.sliceSizes = this.bb.createScalarList(this.sliceSizes.bind(this), this.sliceSizesLength());
    _o.indicesAreSorted = this.indicesAreSorted();
  }
};
var StablehloGatherOptionsT = class {
  constructor(offsetDims = [], collapsedSliceDims = [], startIndexMap = [], indexVectorDim = BigInt("0"), sliceSizes = [], indicesAreSorted = false) {
    this.offsetDims = offsetDims;
    this.collapsedSliceDims = collapsedSliceDims;
    this.startIndexMap = startIndexMap;
    this.indexVectorDim = indexVectorDim;
    this.sliceSizes = sliceSizes;
    this.indicesAreSorted = indicesAreSorted;
  }
  pack(builder) {
    const offsetDims = StablehloGatherOptions.createOffsetDimsVector(builder, this.offsetDims);
    const collapsedSliceDims = StablehloGatherOptions.createCollapsedSliceDimsVector(builder, this.collapsedSliceDims);
    const startIndexMap = StablehloGatherOptions.createStartIndexMapVector(builder, this.startIndexMap);
    const sliceSizes = StablehloGatherOptions.createSliceSizesVector(builder, this.sliceSizes);
    return StablehloGatherOptions.createStablehloGatherOptions(
      builder,
      offsetDims,
      collapsedSliceDims,
      startIndexMap,
      this.indexVectorDim,
      sliceSizes,
      this.indicesAreSorted
    );
  }
};

// src/tflite/generated/tflite/stablehlo-iota-options.ts
var flatbuffers146 = __toESM(require_flatbuffers(), 1);
var StablehloIotaOptions = class _StablehloIotaOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloIotaOptions(bb, obj) {
    return (obj || new _StablehloIotaOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloIotaOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers146.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloIotaOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  iotaDimension() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  static startStablehloIotaOptions(builder) {
    builder.startObject(1);
  }
  static addIotaDimension(builder, iotaDimension) {
    builder.addFieldInt64(0, iotaDimension, BigInt("0"));
  }
  static endStablehloIotaOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloIotaOptions(builder, iotaDimension) {
    _StablehloIotaOptions.startStablehloIotaOptions(builder);
    _StablehloIotaOptions.addIotaDimension(builder, iotaDimension);
    return _StablehloIotaOptions.endStablehloIotaOptions(builder);
  }
  unpack() {
    return new StablehloIotaOptionsT(
      this.iotaDimension()
    );
  }
  unpackTo(_o) {
    _o.iotaDimension = this.iotaDimension();
  }
};
var StablehloIotaOptionsT = class {
  constructor(iotaDimension = BigInt("0")) {
    this.iotaDimension = iotaDimension;
  }
  pack(builder) {
    return StablehloIotaOptions.createStablehloIotaOptions(
      builder,
      this.iotaDimension
    );
  }
};

// src/tflite/generated/tflite/stablehlo-pad-options.ts
var flatbuffers147 = __toESM(require_flatbuffers(), 1);
var StablehloPadOptions = class _StablehloPadOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloPadOptions(bb, obj) {
    return (obj || new _StablehloPadOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloPadOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers147.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloPadOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  edgePaddingLow(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  edgePaddingLowLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  edgePaddingHigh(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  edgePaddingHighLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  interiorPadding(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  interiorPaddingLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  static startStablehloPadOptions(builder) {
    builder.startObject(3);
  }
  static addEdgePaddingLow(builder, edgePaddingLowOffset) {
    builder.addFieldOffset(0, edgePaddingLowOffset, 0);
  }
  static createEdgePaddingLowVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startEdgePaddingLowVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addEdgePaddingHigh(builder, edgePaddingHighOffset) {
    builder.addFieldOffset(1, edgePaddingHighOffset, 0);
  }
  static createEdgePaddingHighVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startEdgePaddingHighVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addInteriorPadding(builder, interiorPaddingOffset) {
    builder.addFieldOffset(2, interiorPaddingOffset, 0);
  }
  static createInteriorPaddingVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startInteriorPaddingVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static endStablehloPadOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloPadOptions(builder, edgePaddingLowOffset, edgePaddingHighOffset, interiorPaddingOffset) {
    _StablehloPadOptions.startStablehloPadOptions(builder);
    _StablehloPadOptions.addEdgePaddingLow(builder, edgePaddingLowOffset);
    _StablehloPadOptions.addEdgePaddingHigh(builder, edgePaddingHighOffset);
    _StablehloPadOptions.addInteriorPadding(builder, interiorPaddingOffset);
    return _StablehloPadOptions.endStablehloPadOptions(builder);
  }
  unpack() {
    return new StablehloPadOptionsT(
      this.bb.createScalarList(this.edgePaddingLow.bind(this), this.edgePaddingLowLength()),
      this.bb.createScalarList(this.edgePaddingHigh.bind(this), this.edgePaddingHighLength()),
      this.bb.createScalarList(this.interiorPadding.bind(this), this.interiorPaddingLength())
    );
  }
  unpackTo(_o) {
    _o.edgePaddingLow = this.bb.createScalarList(this.edgePaddingLow.bind(this), this.edgePaddingLowLength());
    _o.edgePaddingHigh = this.bb.createScalarList(this.edgePaddingHigh.bind(this), this.edgePaddingHighLength());
    _o.interiorPadding = this.bb.createScalarList(this.interiorPadding.bind(this), this.interiorPaddingLength());
  }
};
var StablehloPadOptionsT = class {
  constructor(edgePaddingLow = [], edgePaddingHigh = [], interiorPadding = []) {
    this.edgePaddingLow = edgePaddingLow;
    this.edgePaddingHigh = edgePaddingHigh;
    this.interiorPadding = interiorPadding;
  }
  pack(builder) {
    const edgePaddingLow = StablehloPadOptions.createEdgePaddingLowVector(builder, this.edgePaddingLow);
    const edgePaddingHigh = StablehloPadOptions.createEdgePaddingHighVector(builder, this.edgePaddingHigh);
    const interiorPadding = StablehloPadOptions.createInteriorPaddingVector(builder, this.interiorPadding);
    return StablehloPadOptions.createStablehloPadOptions(
      builder,
      edgePaddingLow,
      edgePaddingHigh,
      interiorPadding
    );
  }
};

// src/tflite/generated/tflite/stablehlo-reduce-options.ts
var flatbuffers148 = __toESM(require_flatbuffers(), 1);
var StablehloReduceOptions = class _StablehloReduceOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloReduceOptions(bb, obj) {
    return (obj || new _StablehloReduceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloReduceOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers148.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloReduceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  dimensions(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  dimensionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  bodySubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startStablehloReduceOptions(builder) {
    builder.startObject(2);
  }
  static addDimensions(builder, dimensionsOffset) {
    builder.addFieldOffset(0, dimensionsOffset, 0);
  }
  static createDimensionsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startDimensionsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addBodySubgraphIndex(builder, bodySubgraphIndex) {
    builder.addFieldInt32(1, bodySubgraphIndex, 0);
  }
  static endStablehloReduceOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloReduceOptions(builder, dimensionsOffset, bodySubgraphIndex) {
    _StablehloReduceOptions.startStablehloReduceOptions(builder);
    _StablehloReduceOptions.addDimensions(builder, dimensionsOffset);
    _StablehloReduceOptions.addBodySubgraphIndex(builder, bodySubgraphIndex);
    return _StablehloReduceOptions.endStablehloReduceOptions(builder);
  }
  unpack() {
    return new StablehloReduceOptionsT(
      this.bb.createScalarList(this.dimensions.bind(this), this.dimensionsLength()),
      this.bodySubgraphIndex()
    );
  }
  unpackTo(_o) {
    _o.dimensions = this.bb.createScalarList(this.dimensions.bind(this), this.dimensionsLength());
    _o.bodySubgraphIndex = this.bodySubgraphIndex();
  }
};
var StablehloReduceOptionsT = class {
  constructor(dimensions = [], bodySubgraphIndex = 0) {
    this.dimensions = dimensions;
    this.bodySubgraphIndex = bodySubgraphIndex;
  }
  pack(builder) {
    const dimensions = StablehloReduceOptions.createDimensionsVector(builder, this.dimensions);
    return StablehloReduceOptions.createStablehloReduceOptions(
      builder,
      dimensions,
      this.bodySubgraphIndex
    );
  }
};

// src/tflite/generated/tflite/stablehlo-reduce-window-options.ts
var flatbuffers149 = __toESM(require_flatbuffers(), 1);
var StablehloReduceWindowOptions = class _StablehloReduceWindowOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloReduceWindowOptions(bb, obj) {
    return (obj || new _StablehloReduceWindowOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloReduceWindowOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers149.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloReduceWindowOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  windowDimensions(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  windowDimensionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  windowStrides(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  windowStridesLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  baseDilations(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  baseDilationsLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  windowDilations(index) {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  windowDilationsLength() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  padding(index) {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  paddingLength() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  bodySubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startStablehloReduceWindowOptions(builder) {
    builder.startObject(6);
  }
  static addWindowDimensions(builder, windowDimensionsOffset) {
    builder.addFieldOffset(0, windowDimensionsOffset, 0);
  }
  static createWindowDimensionsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startWindowDimensionsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addWindowStrides(builder, windowStridesOffset) {
    builder.addFieldOffset(1, windowStridesOffset, 0);
  }
  static createWindowStridesVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startWindowStridesVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addBaseDilations(builder, baseDilationsOffset) {
    builder.addFieldOffset(2, baseDilationsOffset, 0);
  }
  static createBaseDilationsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startBaseDilationsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addWindowDilations(builder, windowDilationsOffset) {
    builder.addFieldOffset(3, windowDilationsOffset, 0);
  }
  static createWindowDilationsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startWindowDilationsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addPadding(builder, paddingOffset) {
    builder.addFieldOffset(4, paddingOffset, 0);
  }
  static createPaddingVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startPaddingVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addBodySubgraphIndex(builder, bodySubgraphIndex) {
    builder.addFieldInt32(5, bodySubgraphIndex, 0);
  }
  static endStablehloReduceWindowOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloReduceWindowOptions(builder, windowDimensionsOffset, windowStridesOffset, baseDilationsOffset, windowDilationsOffset, paddingOffset, bodySubgraphIndex) {
    _StablehloReduceWindowOptions.startStablehloReduceWindowOptions(builder);
    _StablehloReduceWindowOptions.addWindowDimensions(builder, windowDimensionsOffset);
    _StablehloReduceWindowOptions.addWindowStrides(builder, windowStridesOffset);
    _StablehloReduceWindowOptions.addBaseDilations(builder, baseDilationsOffset);
    _StablehloReduceWindowOptions.addWindowDilations(builder, windowDilationsOffset);
    _StablehloReduceWindowOptions.addPadding(builder, paddingOffset);
    _StablehloReduceWindowOptions.addBodySubgraphIndex(builder, bodySubgraphIndex);
    return _StablehloReduceWindowOptions.endStablehloReduceWindowOptions(builder);
  }
  unpack() {
    return new StablehloReduceWindowOptionsT(
      this.bb.createScalarList(this.windowDimensions.bind(this), this.windowDimensionsLength()),
      this.bb.createScalarList(this.windowStrides.bind(this), this.windowStridesLength()),
      this.bb.createScalarList(this.baseDilations.bind(this), this.baseDilationsLength()),
      this.bb.createScalarList(this.windowDilations.bind(this), this.windowDilationsLength()),
      this.bb.createScalarList(this.padding.bind(this), this.paddingLength()),
      this.bodySubgraphIndex()
    );
  }
  unpackTo(_o) {
    _o.windowDimensions = this.bb.createScalarList(this.windowDimensions.bind(this), this.windowDimensionsLength());
    _o.windowStrides = this.bb.createScalarList(this.windowStrides.bind(this), this.windowStridesLength());
    _o.baseDilations = this.bb.createScalarList(this.baseDilations.bind(this), this.baseDilationsLength());
    _o.windowDilations = this.bb.createScalarList(this.windowDilations.bind(this), this.windowDilationsLength());
    _o.padding = this.bb.createScalarList(this.padding.bind(this), this.paddingLength());
    _o.bodySubgraphIndex = this.bodySubgraphIndex();
  }
};
var StablehloReduceWindowOptionsT = class {
  constructor(windowDimensions = [], windowStrides = [], baseDilations = [], windowDilations = [], padding = [], bodySubgraphIndex = 0) {
    this.windowDimensions = windowDimensions;
    this.windowStrides = windowStrides;
    this.baseDilations = baseDilations;
    this.windowDilations = windowDilations;
    this.padding = padding;
    this.bodySubgraphIndex = bodySubgraphIndex;
  }
  pack(builder) {
    const windowDimensions = StablehloReduceWindowOptions.createWindowDimensionsVector(builder, this.windowDimensions);
    const windowStrides = StablehloReduceWindowOptions.createWindowStridesVector(builder, this.windowStrides);
    const baseDilations = StablehloReduceWindowOptions.createBaseDilationsVector(builder, this.baseDilations);
    const windowDilations = StablehloReduceWindowOptions.createWindowDilationsVector(builder, this.windowDilations);
    const padding = StablehloReduceWindowOptions.createPaddingVector(builder, this.padding);
    return StablehloReduceWindowOptions.createStablehloReduceWindowOptions(
      builder,
      windowDimensions,
      windowStrides,
      baseDilations,
      windowDilations,
      padding,
      this.bodySubgraphIndex
    );
  }
};

// src/tflite/generated/tflite/stablehlo-rng-bit-generator-options.ts
var flatbuffers150 = __toESM(require_flatbuffers(), 1);
var StablehloRngBitGeneratorOptions = class _StablehloRngBitGeneratorOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloRngBitGeneratorOptions(bb, obj) {
    return (obj || new _StablehloRngBitGeneratorOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloRngBitGeneratorOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers150.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloRngBitGeneratorOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  algorithm() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* DEFAULT */;
  }
  static startStablehloRngBitGeneratorOptions(builder) {
    builder.startObject(1);
  }
  static addAlgorithm(builder, algorithm) {
    builder.addFieldInt8(0, algorithm, 0 /* DEFAULT */);
  }
  static endStablehloRngBitGeneratorOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloRngBitGeneratorOptions(builder, algorithm) {
    _StablehloRngBitGeneratorOptions.startStablehloRngBitGeneratorOptions(builder);
    _StablehloRngBitGeneratorOptions.addAlgorithm(builder, algorithm);
    return _StablehloRngBitGeneratorOptions.endStablehloRngBitGeneratorOptions(builder);
  }
  unpack() {
    return new StablehloRngBitGeneratorOptionsT(
      this.algorithm()
    );
  }
  unpackTo(_o) {
    _o.algorithm = this.algorithm();
  }
};
var StablehloRngBitGeneratorOptionsT = class {
  constructor(algorithm = 0 /* DEFAULT */) {
    this.algorithm = algorithm;
  }
  pack(builder) {
    return StablehloRngBitGeneratorOptions.createStablehloRngBitGeneratorOptions(
      builder,
      this.algorithm
    );
  }
};

// src/tflite/generated/tflite/stablehlo-scatter-options.ts
var flatbuffers151 = __toESM(require_flatbuffers(), 1);
var StablehloScatterOptions = class _StablehloScatterOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloScatterOptions(bb, obj) {
    return (obj || new _StablehloScatterOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloScatterOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers151.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloScatterOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  indicesAreSorted() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  updateWindowDims(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  updateWindowDimsLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  insertedWindowDims(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  insertedWindowDimsLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  scatterDimsToOperandDims(index) {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  scatterDimsToOperandDimsLength() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  indexVectorDim() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  uniqueIndices() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  updateComputationSubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 16);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startStablehloScatterOptions(builder) {
    builder.startObject(7);
  }
  static addIndicesAreSorted(builder, indicesAreSorted) {
    builder.addFieldInt8(0, +indicesAreSorted, 0);
  }
  static addUpdateWindowDims(builder, updateWindowDimsOffset) {
    builder.addFieldOffset(1, updateWindowDimsOffset, 0);
  }
  static createUpdateWindowDimsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startUpdateWindowDimsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addInsertedWindowDims(builder, insertedWindowDimsOffset) {
    builder.addFieldOffset(2, insertedWindowDimsOffset, 0);
  }
  static createInsertedWindowDimsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startInsertedWindowDimsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addScatterDimsToOperandDims(builder, scatterDimsToOperandDimsOffset) {
    builder.addFieldOffset(3, scatterDimsToOperandDimsOffset, 0);
  }
  static createScatterDimsToOperandDimsVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startScatterDimsToOperandDimsVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addIndexVectorDim(builder, indexVectorDim) {
    builder.addFieldInt64(4, indexVectorDim, BigInt("0"));
  }
  static addUniqueIndices(builder, uniqueIndices) {
    builder.addFieldInt8(5, +uniqueIndices, 0);
  }
  static addUpdateComputationSubgraphIndex(builder, updateComputationSubgraphIndex) {
    builder.addFieldInt32(6, updateComputationSubgraphIndex, 0);
  }
  static endStablehloScatterOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloScatterOptions(builder, indicesAreSorted, updateWindowDimsOffset, insertedWindowDimsOffset, scatterDimsToOperandDimsOffset, indexVectorDim, uniqueIndices, updateComputationSubgraphIndex) {
    _StablehloScatterOptions.startStablehloScatterOptions(builder);
    _StablehloScatterOptions.addIndicesAreSorted(builder, indicesAreSorted);
    _StablehloScatterOptions.addUpdateWindowDims(builder, updateWindowDimsOffset);
    _StablehloScatterOptions.addInsertedWindowDims(builder, insertedWindowDimsOffset);
    _StablehloScatterOptions.addScatterDimsToOperandDims(builder, scatterDimsToOperandDimsOffset);
    _StablehloScatterOptions.addIndexVectorDim(builder, indexVectorDim);
    _StablehloScatterOptions.addUniqueIndices(builder, uniqueIndices);
    _StablehloScatterOptions.addUpdateComputationSubgraphIndex(builder, updateComputationSubgraphIndex);
    return _StablehloScatterOptions.endStablehloScatterOptions(builder);
  }
  unpack() {
    return new StablehloScatterOptionsT(
      this.indicesAreSorted(),
      this.bb.createScalarList(this.updateWindowDims.bind(this), this.updateWindowDimsLength()),
      this.bb.createScalarList(this.insertedWindowDims.bind(this), this.insertedWindowDimsLength()),
      this.bb.createScalarList(this.scatterDimsToOperandDims.bind(this), this.scatterDimsToOperandDimsLength()),
      this.indexVectorDim(),
      this.uniqueIndices(),
      this.updateComputationSubgraphIndex()
    );
  }
  unpackTo(_o) {
    _o.indicesAreSorted = this.indicesAreSorted();
    _o.updateWindowDims = this.bb.createScalarList(this.updateWindowDims.bind(this), this.updateWindowDimsLength());
    _o.insertedWindowDims = this.bb.createScalarList(this.insertedWindowDims.bind(this), this.insertedWindowDimsLength());
    _o.scatterDimsToOperandDims = this.bb.createScalarList(this.scatterDimsToOperandDims.bind(this), this.scatterDimsToOperandDimsLength());
    _o.indexVectorDim = this.indexVectorDim();
    _o.uniqueIndices = this.uniqueIndices();
    _o.updateComputationSubgraphIndex = this.updateComputationSubgraphIndex();
  }
};
var StablehloScatterOptionsT = class {
  constructor(indicesAreSorted = false, updateWindowDims = [], insertedWindowDims = [], scatterDimsToOperandDims = [], indexVectorDim = BigInt("0"), uniqueIndices = false, updateComputationSubgraphIndex = 0) {
    this.indicesAreSorted = indicesAreSorted;
    this.updateWindowDims = updateWindowDims;
    this.insertedWindowDims = insertedWindowDims;
    this.scatterDimsToOperandDims = scatterDimsToOperandDims;
    this.indexVectorDim = indexVectorDim;
    this.uniqueIndices = uniqueIndices;
    this.updateComputationSubgraphIndex = updateComputationSubgraphIndex;
  }
  pack(builder) {
    const updateWindowDims = StablehloScatterOptions.createUpdateWindowDimsVector(builder, this.updateWindowDims);
    const insertedWindowDims = StablehloScatterOptions.createInsertedWindowDimsVector(builder, this.insertedWindowDims);
    const scatterDimsToOperandDims = StablehloScatterOptions.createScatterDimsToOperandDimsVector(builder, this.scatterDimsToOperandDims);
    return StablehloScatterOptions.createStablehloScatterOptions(
      builder,
      this.indicesAreSorted,
      updateWindowDims,
      insertedWindowDims,
      scatterDimsToOperandDims,
      this.indexVectorDim,
      this.uniqueIndices,
      this.updateComputationSubgraphIndex
    );
  }
};

// src/tflite/generated/tflite/stablehlo-shift-left-options.ts
var flatbuffers152 = __toESM(require_flatbuffers(), 1);
var StablehloShiftLeftOptions = class _StablehloShiftLeftOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloShiftLeftOptions(bb, obj) {
    return (obj || new _StablehloShiftLeftOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloShiftLeftOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers152.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloShiftLeftOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static startStablehloShiftLeftOptions(builder) {
    builder.startObject(0);
  }
  static endStablehloShiftLeftOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloShiftLeftOptions(builder) {
    _StablehloShiftLeftOptions.startStablehloShiftLeftOptions(builder);
    return _StablehloShiftLeftOptions.endStablehloShiftLeftOptions(builder);
  }
  unpack() {
    return new StablehloShiftLeftOptionsT();
  }
  unpackTo(_o) {
  }
};
var StablehloShiftLeftOptionsT = class {
  constructor() {
  }
  pack(builder) {
    return StablehloShiftLeftOptions.createStablehloShiftLeftOptions(builder);
  }
};

// src/tflite/generated/tflite/stablehlo-slice-options.ts
var flatbuffers153 = __toESM(require_flatbuffers(), 1);
var StablehloSliceOptions = class _StablehloSliceOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloSliceOptions(bb, obj) {
    return (obj || new _StablehloSliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloSliceOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers153.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloSliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  startIndices(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  startIndicesLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  limitIndices(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  limitIndicesLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  strides(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  stridesLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  static startStablehloSliceOptions(builder) {
    builder.startObject(3);
  }
  static addStartIndices(builder, startIndicesOffset) {
    builder.addFieldOffset(0, startIndicesOffset, 0);
  }
  static createStartIndicesVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startStartIndicesVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addLimitIndices(builder, limitIndicesOffset) {
    builder.addFieldOffset(1, limitIndicesOffset, 0);
  }
  static createLimitIndicesVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startLimitIndicesVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addStrides(builder, stridesOffset) {
    builder.addFieldOffset(2, stridesOffset, 0);
  }
  static createStridesVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startStridesVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static endStablehloSliceOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloSliceOptions(builder, startIndicesOffset, limitIndicesOffset, stridesOffset) {
    _StablehloSliceOptions.startStablehloSliceOptions(builder);
    _StablehloSliceOptions.addStartIndices(builder, startIndicesOffset);
    _StablehloSliceOptions.addLimitIndices(builder, limitIndicesOffset);
    _StablehloSliceOptions.addStrides(builder, stridesOffset);
    return _StablehloSliceOptions.endStablehloSliceOptions(builder);
  }
  unpack() {
    return new StablehloSliceOptionsT(
      this.bb.createScalarList(this.startIndices.bind(this), this.startIndicesLength()),
      this.bb.createScalarList(this.limitIndices.bind(this), this.limitIndicesLength()),
      this.bb.createScalarList(this.strides.bind(this), this.stridesLength())
    );
  }
  unpackTo(_o) {
    _o.startIndices = this.bb.createScalarList(this.startIndices.bind(this), this.startIndicesLength());
    _o.limitIndices = this.bb.createScalarList(this.limitIndices.bind(this), this.limitIndicesLength());
    _o.strides = this.bb.createScalarList(this.strides.bind(this), this.stridesLength());
  }
};
var StablehloSliceOptionsT = class {
  constructor(startIndices = [], limitIndices = [], strides = []) {
    this.startIndices = startIndices;
    this.limitIndices = limitIndices;
    this.strides = strides;
  }
  pack(builder) {
    const startIndices = StablehloSliceOptions.createStartIndicesVector(builder, this.startIndices);
    const limitIndices = StablehloSliceOptions.createLimitIndicesVector(builder, this.limitIndices);
    const strides = StablehloSliceOptions.createStridesVector(builder, this.strides);
    return StablehloSliceOptions.createStablehloSliceOptions(
      builder,
      startIndices,
      limitIndices,
      strides
    );
  }
};

// src/tflite/generated/tflite/stablehlo-sort-options.ts
var flatbuffers154 = __toESM(require_flatbuffers(), 1);
var StablehloSortOptions = class _StablehloSortOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloSortOptions(bb, obj) {
    return (obj || new _StablehloSortOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloSortOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers154.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloSortOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  dimension() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb_pos + offset) : BigInt("0");
  }
  isStable() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  comparatorSubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startStablehloSortOptions(builder) {
    builder.startObject(3);
  }
  static addDimension(builder, dimension) {
    builder.addFieldInt64(0, dimension, BigInt("0"));
  }
  static addIsStable(builder, isStable) {
    builder.addFieldInt8(1, +isStable, 0);
  }
  static addComparatorSubgraphIndex(builder, comparatorSubgraphIndex) {
    builder.addFieldInt32(2, comparatorSubgraphIndex, 0);
  }
  static endStablehloSortOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloSortOptions(builder, dimension, isStable, comparatorSubgraphIndex) {
    _StablehloSortOptions.startStablehloSortOptions(builder);
    _StablehloSortOptions.addDimension(builder, dimension);
    _StablehloSortOptions.addIsStable(builder, isStable);
    _StablehloSortOptions.addComparatorSubgraphIndex(builder, comparatorSubgraphIndex);
    return _StablehloSortOptions.endStablehloSortOptions(builder);
  }
  unpack() {
    return new StablehloSortOptionsT(
      this.dimension(),
      this.isStable(),
      this.comparatorSubgraphIndex()
    );
  }
  unpackTo(_o) {
    _o.dimension = this.dimension();
    _o.isStable = this.isStable();
    _o.comparatorSubgraphIndex = this.comparatorSubgraphIndex();
  }
};
var StablehloSortOptionsT = class {
  constructor(dimension = BigInt("0"), isStable = false, comparatorSubgraphIndex = 0) {
    this.dimension = dimension;
    this.isStable = isStable;
    this.comparatorSubgraphIndex = comparatorSubgraphIndex;
  }
  pack(builder) {
    return StablehloSortOptions.createStablehloSortOptions(
      builder,
      this.dimension,
      this.isStable,
      this.comparatorSubgraphIndex
    );
  }
};

// src/tflite/generated/tflite/stablehlo-transpose-options.ts
var flatbuffers155 = __toESM(require_flatbuffers(), 1);
var StablehloTransposeOptions = class _StablehloTransposeOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloTransposeOptions(bb, obj) {
    return (obj || new _StablehloTransposeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloTransposeOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers155.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloTransposeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  permutation(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  permutationLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  static startStablehloTransposeOptions(builder) {
    builder.startObject(1);
  }
  static addPermutation(builder, permutationOffset) {
    builder.addFieldOffset(0, permutationOffset, 0);
  }
  static createPermutationVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startPermutationVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static endStablehloTransposeOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloTransposeOptions(builder, permutationOffset) {
    _StablehloTransposeOptions.startStablehloTransposeOptions(builder);
    _StablehloTransposeOptions.addPermutation(builder, permutationOffset);
    return _StablehloTransposeOptions.endStablehloTransposeOptions(builder);
  }
  unpack() {
    return new StablehloTransposeOptionsT(
      this.bb.createScalarList(this.permutation.bind(this), this.permutationLength())
    );
  }
  unpackTo(_o) {
    _o.permutation = this.bb.createScalarList(this.permutation.bind(this), this.permutationLength());
  }
};
var StablehloTransposeOptionsT = class {
  constructor(permutation = []) {
    this.permutation = permutation;
  }
  pack(builder) {
    const permutation = StablehloTransposeOptions.createPermutationVector(builder, this.permutation);
    return StablehloTransposeOptions.createStablehloTransposeOptions(
      builder,
      permutation
    );
  }
};

// src/tflite/generated/tflite/stablehlo-while-options.ts
var flatbuffers156 = __toESM(require_flatbuffers(), 1);
var StablehloWhileOptions = class _StablehloWhileOptions {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsStablehloWhileOptions(bb, obj) {
    return (obj || new _StablehloWhileOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsStablehloWhileOptions(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers156.SIZE_PREFIX_LENGTH);
    return (obj || new _StablehloWhileOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  condSubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  bodySubgraphIndex() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startStablehloWhileOptions(builder) {
    builder.startObject(2);
  }
  static addCondSubgraphIndex(builder, condSubgraphIndex) {
    builder.addFieldInt32(0, condSubgraphIndex, 0);
  }
  static addBodySubgraphIndex(builder, bodySubgraphIndex) {
    builder.addFieldInt32(1, bodySubgraphIndex, 0);
  }
  static endStablehloWhileOptions(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createStablehloWhileOptions(builder, condSubgraphIndex, bodySubgraphIndex) {
    _StablehloWhileOptions.startStablehloWhileOptions(builder);
    _StablehloWhileOptions.addCondSubgraphIndex(builder, condSubgraphIndex);
    _StablehloWhileOptions.addBodySubgraphIndex(builder, bodySubgraphIndex);
    return _StablehloWhileOptions.endStablehloWhileOptions(builder);
  }
  unpack() {
    return new StablehloWhileOptionsT(
      this.condSubgraphIndex(),
      this.bodySubgraphIndex()
    );
  }
  unpackTo(_o) {
    _o.condSubgraphIndex = this.condSubgraphIndex();
    _o.bodySubgraphIndex = this.bodySubgraphIndex();
  }
};
var StablehloWhileOptionsT = class {
  constructor(condSubgraphIndex = 0, bodySubgraphIndex = 0) {
    this.condSubgraphIndex = condSubgraphIndex;
    this.bodySubgraphIndex = bodySubgraphIndex;
  }
  pack(builder) {
    return StablehloWhileOptions.createStablehloWhileOptions(
      builder,
      this.condSubgraphIndex,
      this.bodySubgraphIndex
    );
  }
};

// src/tflite/generated/tflite/builtin-options2.ts
var BuiltinOptions2 = /* @__PURE__ */ ((BuiltinOptions22) => {
  BuiltinOptions22[BuiltinOptions22["NONE"] = 0] = "NONE";
  BuiltinOptions22[BuiltinOptions22["StablehloConcatenateOptions"] = 1] = "StablehloConcatenateOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloBroadcastInDimOptions"] = 2] = "StablehloBroadcastInDimOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloSliceOptions"] = 3] = "StablehloSliceOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloConvolutionOptions"] = 4] = "StablehloConvolutionOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloCustomCallOptions"] = 5] = "StablehloCustomCallOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloReduceOptions"] = 6] = "StablehloReduceOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloScatterOptions"] = 7] = "StablehloScatterOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloCompareOptions"] = 8] = "StablehloCompareOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloDynamicSliceOptions"] = 9] = "StablehloDynamicSliceOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloPadOptions"] = 10] = "StablehloPadOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloIotaOptions"] = 11] = "StablehloIotaOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloDotGeneralOptions"] = 12] = "StablehloDotGeneralOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloReduceWindowOptions"] = 13] = "StablehloReduceWindowOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloSortOptions"] = 14] = "StablehloSortOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloWhileOptions"] = 15] = "StablehloWhileOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloGatherOptions"] = 16] = "StablehloGatherOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloTransposeOptions"] = 17] = "StablehloTransposeOptions";
  BuiltinOptions22[BuiltinOptions22["DilateOptions"] = 18] = "DilateOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloRngBitGeneratorOptions"] = 19] = "StablehloRngBitGeneratorOptions";
  BuiltinOptions22[BuiltinOptions22["ReduceWindowOptions"] = 20] = "ReduceWindowOptions";
  BuiltinOptions22[BuiltinOptions22["StableHLOCompositeOptions"] = 21] = "StableHLOCompositeOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloShiftLeftOptions"] = 22] = "StablehloShiftLeftOptions";
  BuiltinOptions22[BuiltinOptions22["StablehloCaseOptions"] = 23] = "StablehloCaseOptions";
  return BuiltinOptions22;
})(BuiltinOptions2 || {});
function unionToBuiltinOptions2(type, accessor) {
  switch (BuiltinOptions2[type]) {
    case "NONE":
      return null;
    case "StablehloConcatenateOptions":
      return accessor(new StablehloConcatenateOptions());
    case "StablehloBroadcastInDimOptions":
      return accessor(new StablehloBroadcastInDimOptions());
    case "StablehloSliceOptions":
      return accessor(new StablehloSliceOptions());
    case "StablehloConvolutionOptions":
      return accessor(new StablehloConvolutionOptions());
    case "StablehloCustomCallOptions":
      return accessor(new StablehloCustomCallOptions());
    case "StablehloReduceOptions":
      return accessor(new StablehloReduceOptions());
    case "StablehloScatterOptions":
      return accessor(new StablehloScatterOptions());
    case "StablehloCompareOptions":
      return accessor(new StablehloCompareOptions());
    case "StablehloDynamicSliceOptions":
      return accessor(new StablehloDynamicSliceOptions());
    case "StablehloPadOptions":
      return accessor(new StablehloPadOptions());
    case "StablehloIotaOptions":
      return accessor(new StablehloIotaOptions());
    case "StablehloDotGeneralOptions":
      return accessor(new StablehloDotGeneralOptions());
    case "StablehloReduceWindowOptions":
      return accessor(new StablehloReduceWindowOptions());
    case "StablehloSortOptions":
      return accessor(new StablehloSortOptions());
    case "StablehloWhileOptions":
      return accessor(new StablehloWhileOptions());
    case "StablehloGatherOptions":
      return accessor(new StablehloGatherOptions());
    case "StablehloTransposeOptions":
      return accessor(new StablehloTransposeOptions());
    case "DilateOptions":
      return accessor(new DilateOptions());
    case "StablehloRngBitGeneratorOptions":
      return accessor(new StablehloRngBitGeneratorOptions());
    case "ReduceWindowOptions":
      return accessor(new ReduceWindowOptions());
    case "StableHLOCompositeOptions":
      return accessor(new StableHLOCompositeOptions());
    case "StablehloShiftLeftOptions":
      return accessor(new StablehloShiftLeftOptions());
    case "StablehloCaseOptions":
      return accessor(new StablehloCaseOptions());
    default:
      return null;
  }
}

// src/tflite/generated/tflite/operator.ts
var Operator = class _Operator {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsOperator(bb, obj) {
    return (obj || new _Operator()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsOperator(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers157.SIZE_PREFIX_LENGTH);
    return (obj || new _Operator()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  opcodeIndex() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
  }
  inputs(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  inputsLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  inputsArray() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  outputs(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  outputsLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  outputsArray() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  builtinOptionsType() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readUint8(this.bb_pos + offset) : 0 /* NONE */;
  }
  builtinOptions(obj) {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
  }
  customOptions(index) {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.readUint8(this.bb.__vector(this.bb_pos + offset) + index) : 0;
  }
  customOptionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  customOptionsArray() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? new Uint8Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  customOptionsFormat() {
    const offset = this.bb.__offset(this.bb_pos, 16);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLEXBUFFERS */;
  }
  mutatingVariableInputs(index) {
    const offset = this.bb.__offset(this.bb_pos, 18);
    return offset ? !!this.bb.readInt8(this.bb.__vector(this.bb_pos + offset) + index) : false;
  }
  mutatingVariableInputsLength() {
    const offset = this.bb.__offset(this.bb_pos, 18);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  mutatingVariableInputsArray() {
    const offset = this.bb.__offset(this.bb_pos, 18);
    return offset ? new Int8Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  intermediates(index) {
    const offset = this.bb.__offset(this.bb_pos, 20);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  intermediatesLength() {
    const offset = this.bb.__offset(this.bb_pos, 20);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  intermediatesArray() {
    const offset = this.bb.__offset(this.bb_pos, 20);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  largeCustomOptionsOffset() {
    const offset = this.bb.__offset(this.bb_pos, 22);
    return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt("0");
  }
  largeCustomOptionsSize() {
    const offset = this.bb.__offset(this.bb_pos, 24);
    return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt("0");
  }
  builtinOptions2Type() {
    const offset = this.bb.__offset(this.bb_pos, 26);
    return offset ? this.bb.readUint8(this.bb_pos + offset) : 0 /* NONE */;
  }
  builtinOptions2(obj) {
    const offset = this.bb.__offset(this.bb_pos, 28);
    return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
  }
  debugMetadataIndex() {
    const offset = this.bb.__offset(this.bb_pos, 30);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : -1;
  }
  static startOperator(builder) {
    builder.startObject(14);
  }
  static addOpcodeIndex(builder, opcodeIndex) {
    builder.addFieldInt32(0, opcodeIndex, 0);
  }
  static addInputs(builder, inputsOffset) {
    builder.addFieldOffset(1, inputsOffset, 0);
  }
  static createInputsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startInputsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addOutputs(builder, outputsOffset) {
    builder.addFieldOffset(2, outputsOffset, 0);
  }
  static createOutputsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startOutputsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addBuiltinOptionsType(builder, builtinOptionsType) {
    builder.addFieldInt8(3, builtinOptionsType, 0 /* NONE */);
  }
  static addBuiltinOptions(builder, builtinOptionsOffset) {
    builder.addFieldOffset(4, builtinOptionsOffset, 0);
  }
  static addCustomOptions(builder, customOptionsOffset) {
    builder.addFieldOffset(5, customOptionsOffset, 0);
  }
  static createCustomOptionsVector(builder, data) {
    builder.startVector(1, data.length, 1);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt8(data[i]);
    }
    return builder.endVector();
  }
  static startCustomOptionsVector(builder, numElems) {
    builder.startVector(1, numElems, 1);
  }
  static addCustomOptionsFormat(builder, customOptionsFormat) {
    builder.addFieldInt8(6, customOptionsFormat, 0 /* FLEXBUFFERS */);
  }
  static addMutatingVariableInputs(builder, mutatingVariableInputsOffset) {
    builder.addFieldOffset(7, mutatingVariableInputsOffset, 0);
  }
  static createMutatingVariableInputsVector(builder, data) {
    builder.startVector(1, data.length, 1);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt8(+data[i]);
    }
    return builder.endVector();
  }
  static startMutatingVariableInputsVector(builder, numElems) {
    builder.startVector(1, numElems, 1);
  }
  static addIntermediates(builder, intermediatesOffset) {
    builder.addFieldOffset(8, intermediatesOffset, 0);
  }
  static createIntermediatesVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startIntermediatesVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addLargeCustomOptionsOffset(builder, largeCustomOptionsOffset) {
    builder.addFieldInt64(9, largeCustomOptionsOffset, BigInt("0"));
  }
  static addLargeCustomOptionsSize(builder, largeCustomOptionsSize) {
    builder.addFieldInt64(10, largeCustomOptionsSize, BigInt("0"));
  }
  static addBuiltinOptions2Type(builder, builtinOptions2Type) {
    builder.addFieldInt8(11, builtinOptions2Type, 0 /* NONE */);
  }
  static addBuiltinOptions2(builder, builtinOptions2Offset) {
    builder.addFieldOffset(12, builtinOptions2Offset, 0);
  }
  static addDebugMetadataIndex(builder, debugMetadataIndex) {
    builder.addFieldInt32(13, debugMetadataIndex, -1);
  }
  static endOperator(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createOperator(builder, opcodeIndex, inputsOffset, outputsOffset, builtinOptionsType, builtinOptionsOffset, customOptionsOffset, customOptionsFormat, mutatingVariableInputsOffset, intermediatesOffset, largeCustomOptionsOffset, largeCustomOptionsSize, builtinOptions2Type, builtinOptions2Offset, debugMetadataIndex) {
    _Operator.startOperator(builder);
    _Operator.addOpcodeIndex(builder, opcodeIndex);
    _Operator.addInputs(builder, inputsOffset);
    _Operator.addOutputs(builder, outputsOffset);
    _Operator.addBuiltinOptionsType(builder, builtinOptionsType);
    _Operator.addBuiltinOptions(builder, builtinOptionsOffset);
    _Operator.addCustomOptions(builder, customOptionsOffset);
    _Operator.addCustomOptionsFormat(builder, customOptionsFormat);
    _Operator.addMutatingVariableInputs(builder, mutatingVariableInputsOffset);
    _Operator.addIntermediates(builder, intermediatesOffset);
    _Operator.addLargeCustomOptionsOffset(builder, largeCustomOptionsOffset);
    _Operator.addLargeCustomOptionsSize(builder, largeCustomOptionsSize);
    _Operator.addBuiltinOptions2Type(builder, builtinOptions2Type);
    _Operator.addBuiltinOptions2(builder, builtinOptions2Offset);
    _Operator.addDebugMetadataIndex(builder, debugMetadataIndex);
    return _Operator.endOperator(builder);
  }
  unpack() {
    return new OperatorT(
      this.opcodeIndex(),
      this.bb.createScalarList(this.inputs.bind(this), this.inputsLength()),
      this.bb.createScalarList(this.outputs.bind(this), this.outputsLength()),
      this.builtinOptionsType(),
      (() => {
        let temp = unionToBuiltinOptions(this.builtinOptionsType(), this.builtinOptions.bind(this));
        if (temp === null) {
          return null;
        }
        return temp.unpack();
      })(),
      this.bb.createScalarList(this.customOptions.bind(this), this.customOptionsLength()),
      this.customOptionsFormat(),
      this.bb.createScalarList(this.mutatingVariableInputs.bind(this), this.mutatingVariableInputsLength()),
      this.bb.createScalarList(this.intermediates.bind(this), this.intermediatesLength()),
      this.largeCustomOptionsOffset(),
      this.largeCustomOptionsSize(),
      this.builtinOptions2Type(),
      (() => {
        let temp = unionToBuiltinOptions2(this.builtinOptions2Type(), this.builtinOptions2.bind(this));
        if (temp === null) {
          return null;
        }
        return temp.unpack();
      })(),
      this.debugMetadataIndex()
    );
  }
  unpackTo(_o) {
    _o.opcodeIndex = this.opcodeIndex();
    _o.inputs = this.bb.createScalarList(this.inputs.bind(this), this.inputsLength());
    _o.outputs = this.bb.createScalarList(this.outputs.bind(this), this.outputsLength());
    _o.builtinOptionsType = this.builtinOptionsType();
    _o.builtinOptions = (() => {
      let temp = unionToBuiltinOptions(this.builtinOptionsType(), this.builtinOptions.bind(this));
      if (temp === null) {
        return null;
      }
      return temp.unpack();
    })();
    _o.customOptions = this.bb.createScalarList(this.customOptions.bind(this), this.customOptionsLength());
    _o.customOptionsFormat = this.customOptionsFormat();
    _o.mutatingVariableInputs = this.bb.createScalarList(this.mutatingVariableInputs.bind(this), this.mutatingVariableInputsLength());
    _o.intermediates = this.bb.createScalarList(this.intermediates.bind(this), this.intermediatesLength());
    _o.largeCustomOptionsOffset = this.largeCustomOptionsOffset();
    _o.largeCustomOptionsSize = this.largeCustomOptionsSize();
    _o.builtinOptions2Type = this.builtinOptions2Type();
    _o.builtinOptions2 = (() => {
      let temp = unionToBuiltinOptions2(this.builtinOptions2Type(), this.builtinOptions2.bind(this));
      if (temp === null) {
        return null;
      }
      return temp.unpack();
    })();
    _o.debugMetadataIndex = this.debugMetadataIndex();
  }
};
var OperatorT = class {
  constructor(opcodeIndex = 0, inputs = [], outputs = [], builtinOptionsType = 0 /* NONE */, builtinOptions = null, customOptions = [], customOptionsFormat = 0 /* FLEXBUFFERS */, mutatingVariableInputs = [], intermediates = [], largeCustomOptionsOffset = BigInt("0"), largeCustomOptionsSize = BigInt("0"), builtinOptions2Type = 0 /* NONE */, builtinOptions2 = null, debugMetadataIndex = -1) {
    this.opcodeIndex = opcodeIndex;
    this.inputs = inputs;
    this.outputs = outputs;
    this.builtinOptionsType = builtinOptionsType;
    this.builtinOptions = builtinOptions;
    this.customOptions = customOptions;
    this.customOptionsFormat = customOptionsFormat;
    this.mutatingVariableInputs = mutatingVariableInputs;
    this.intermediates = intermediates;
    this.largeCustomOptionsOffset = largeCustomOptionsOffset;
    this.largeCustomOptionsSize = largeCustomOptionsSize;
    this.builtinOptions2Type = builtinOptions2Type;
    this.builtinOptions2 = builtinOptions2;
    this.debugMetadataIndex = debugMetadataIndex;
  }
  pack(builder) {
    const inputs = Operator.createInputsVector(builder, this.inputs);
    const outputs = Operator.createOutputsVector(builder, this.outputs);
    const builtinOptions = builder.createObjectOffset(this.builtinOptions);
    const customOptions = Operator.createCustomOptionsVector(builder, this.customOptions);
    const mutatingVariableInputs = Operator.createMutatingVariableInputsVector(builder, this.mutatingVariableInputs);
    const intermediates = Operator.createIntermediatesVector(builder, this.intermediates);
    const builtinOptions2 = builder.createObjectOffset(this.builtinOptions2);
    return Operator.createOperator(
      builder,
      this.opcodeIndex,
      inputs,
      outputs,
      this.builtinOptionsType,
      builtinOptions,
      customOptions,
      this.customOptionsFormat,
      mutatingVariableInputs,
      intermediates,
      this.largeCustomOptionsOffset,
      this.largeCustomOptionsSize,
      this.builtinOptions2Type,
      builtinOptions2,
      this.debugMetadataIndex
    );
  }
};

// src/tflite/generated/tflite/tensor.ts
var flatbuffers168 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/tflite/quantization-parameters.ts
var flatbuffers161 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/tflite/blockwise-quantization.ts
var flatbuffers158 = __toESM(require_flatbuffers(), 1);
var BlockwiseQuantization = class _BlockwiseQuantization {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsBlockwiseQuantization(bb, obj) {
    return (obj || new _BlockwiseQuantization()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsBlockwiseQuantization(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers158.SIZE_PREFIX_LENGTH);
    return (obj || new _BlockwiseQuantization()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  scales() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  zeroPoints() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  blockSize() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startBlockwiseQuantization(builder) {
    builder.startObject(3);
  }
  static addScales(builder, scales) {
    builder.addFieldInt32(0, scales, 0);
  }
  static addZeroPoints(builder, zeroPoints) {
    builder.addFieldInt32(1, zeroPoints, 0);
  }
  static addBlockSize(builder, blockSize) {
    builder.addFieldInt32(2, blockSize, 0);
  }
  static endBlockwiseQuantization(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createBlockwiseQuantization(builder, scales, zeroPoints, blockSize) {
    _BlockwiseQuantization.startBlockwiseQuantization(builder);
    _BlockwiseQuantization.addScales(builder, scales);
    _BlockwiseQuantization.addZeroPoints(builder, zeroPoints);
    _BlockwiseQuantization.addBlockSize(builder, blockSize);
    return _BlockwiseQuantization.endBlockwiseQuantization(builder);
  }
  unpack() {
    return new BlockwiseQuantizationT(
      this.scales(),
      this.zeroPoints(),
      this.blockSize()
    );
  }
  unpackTo(_o) {
    _o.scales = this.scales();
    _o.zeroPoints = this.zeroPoints();
    _o.blockSize = this.blockSize();
  }
};
var BlockwiseQuantizationT = class {
  constructor(scales = 0, zeroPoints = 0, blockSize = 0) {
    this.scales = scales;
    this.zeroPoints = zeroPoints;
    this.blockSize = blockSize;
  }
  pack(builder) {
    return BlockwiseQuantization.createBlockwiseQuantization(
      builder,
      this.scales,
      this.zeroPoints,
      this.blockSize
    );
  }
};

// src/tflite/generated/tflite/custom-quantization.ts
var flatbuffers159 = __toESM(require_flatbuffers(), 1);
var CustomQuantization = class _CustomQuantization {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsCustomQuantization(bb, obj) {
    return (obj || new _CustomQuantization()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsCustomQuantization(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers159.SIZE_PREFIX_LENGTH);
    return (obj || new _CustomQuantization()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  custom(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readUint8(this.bb.__vector(this.bb_pos + offset) + index) : 0;
  }
  customLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  customArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Uint8Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startCustomQuantization(builder) {
    builder.startObject(1);
  }
  static addCustom(builder, customOffset) {
    builder.addFieldOffset(0, customOffset, 0);
  }
  static createCustomVector(builder, data) {
    builder.startVector(1, data.length, 1);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt8(data[i]);
    }
    return builder.endVector();
  }
  static startCustomVector(builder, numElems) {
    builder.startVector(1, numElems, 1);
  }
  static endCustomQuantization(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createCustomQuantization(builder, customOffset) {
    _CustomQuantization.startCustomQuantization(builder);
    _CustomQuantization.addCustom(builder, customOffset);
    return _CustomQuantization.endCustomQuantization(builder);
  }
  unpack() {
    return new CustomQuantizationT(
      this.bb.createScalarList(this.custom.bind(this), this.customLength())
    );
  }
  unpackTo(_o) {
    _o.custom = this.bb.createScalarList(this.custom.bind(this), this.customLength());
  }
};
var CustomQuantizationT = class {
  constructor(custom = []) {
    this.custom = custom;
  }
  pack(builder) {
    const custom = CustomQuantization.createCustomVector(builder, this.custom);
    return CustomQuantization.createCustomQuantization(
      builder,
      custom
    );
  }
};

// src/tflite/generated/tflite/multi-axis-quantization.ts
var flatbuffers160 = __toESM(require_flatbuffers(), 1);
var MultiAxisQuantization = class _MultiAxisQuantization {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsMultiAxisQuantization(bb, obj) {
    return (obj || new _MultiAxisQuantization()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsMultiAxisQuantization(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers160.SIZE_PREFIX_LENGTH);
    return (obj || new _MultiAxisQuantization()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  scales() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  zeroPoints() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  blockSize() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  quantizedDimensions(index) {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  quantizedDimensionsLength() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  quantizedDimensionsArray() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startMultiAxisQuantization(builder) {
    builder.startObject(4);
  }
  static addScales(builder, scales) {
    builder.addFieldInt32(0, scales, 0);
  }
  static addZeroPoints(builder, zeroPoints) {
    builder.addFieldInt32(1, zeroPoints, 0);
  }
  static addBlockSize(builder, blockSize) {
    builder.addFieldInt32(2, blockSize, 0);
  }
  static addQuantizedDimensions(builder, quantizedDimensionsOffset) {
    builder.addFieldOffset(3, quantizedDimensionsOffset, 0);
  }
  static createQuantizedDimensionsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startQuantizedDimensionsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static endMultiAxisQuantization(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createMultiAxisQuantization(builder, scales, zeroPoints, blockSize, quantizedDimensionsOffset) {
    _MultiAxisQuantization.startMultiAxisQuantization(builder);
    _MultiAxisQuantization.addScales(builder, scales);
    _MultiAxisQuantization.addZeroPoints(builder, zeroPoints);
    _MultiAxisQuantization.addBlockSize(builder, blockSize);
    _MultiAxisQuantization.addQuantizedDimensions(builder, quantizedDimensionsOffset);
    return _MultiAxisQuantization.endMultiAxisQuantization(builder);
  }
  unpack() {
    return new MultiAxisQuantizationT(
      this.scales(),
      this.zeroPoints(),
      this.blockSize(),
      this.bb.createScalarList(this.quantizedDimensions.bind(this), this.quantizedDimensionsLength())
    );
  }
  unpackTo(_o) {
    _o.scales = this.scales();
    _o.zeroPoints = this.zeroPoints();
    _o.blockSize = this.blockSize();
    _o.quantizedDimensions = this.bb.createScalarList(this.quantizedDimensions.bind(this), this.quantizedDimensionsLength());
  }
};
var MultiAxisQuantizationT = class {
  constructor(scales = 0, zeroPoints = 0, blockSize = 0, quantizedDimensions = []) {
    this.scales = scales;
    this.zeroPoints = zeroPoints;
    this.blockSize = blockSize;
    this.quantizedDimensions = quantizedDimensions;
  }
  pack(builder) {
    const quantizedDimensions = MultiAxisQuantization.createQuantizedDimensionsVector(builder, this.quantizedDimensions);
    return MultiAxisQuantization.createMultiAxisQuantization(
      builder,
      this.scales,
      this.zeroPoints,
      this.blockSize,
      quantizedDimensions
    );
  }
};

// src/tflite/generated/tflite/quantization-details.ts
var QuantizationDetails = /* @__PURE__ */ ((QuantizationDetails2) => {
  QuantizationDetails2[QuantizationDetails2["NONE"] = 0] = "NONE";
  QuantizationDetails2[QuantizationDetails2["CustomQuantization"] = 1] = "CustomQuantization";
  QuantizationDetails2[QuantizationDetails2["BlockwiseQuantization"] = 2] = "BlockwiseQuantization";
  QuantizationDetails2[QuantizationDetails2["MultiAxisQuantization"] = 3] = "MultiAxisQuantization";
  return QuantizationDetails2;
})(QuantizationDetails || {});
function unionToQuantizationDetails(type, accessor) {
  switch (QuantizationDetails[type]) {
    case "NONE":
      return null;
    case "CustomQuantization":
      return accessor(new CustomQuantization());
    case "BlockwiseQuantization":
      return accessor(new BlockwiseQuantization());
    case "MultiAxisQuantization":
      return accessor(new MultiAxisQuantization());
    default:
      return null;
  }
}

// src/tflite/generated/tflite/quantization-parameters.ts
var QuantizationParameters = class _QuantizationParameters {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsQuantizationParameters(bb, obj) {
    return (obj || new _QuantizationParameters()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsQuantizationParameters(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers161.SIZE_PREFIX_LENGTH);
    return (obj || new _QuantizationParameters()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  min(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readFloat32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  minLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  minArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Float32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  max(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readFloat32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  maxLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  maxArray() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? new Float32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  scale(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readFloat32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  scaleLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  scaleArray() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? new Float32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  zeroPoint(index) {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
  }
  zeroPointLength() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  detailsType() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readUint8(this.bb_pos + offset) : 0 /* NONE */;
  }
  details(obj) {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
  }
  quantizedDimension() {
    const offset = this.bb.__offset(this.bb_pos, 16);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  static startQuantizationParameters(builder) {
    builder.startObject(7);
  }
  static addMin(builder, minOffset) {
    builder.addFieldOffset(0, minOffset, 0);
  }
  static createMinVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addFloat32(data[i]);
    }
    return builder.endVector();
  }
  static startMinVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addMax(builder, maxOffset) {
    builder.addFieldOffset(1, maxOffset, 0);
  }
  static createMaxVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addFloat32(data[i]);
    }
    return builder.endVector();
  }
  static startMaxVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addScale(builder, scaleOffset) {
    builder.addFieldOffset(2, scaleOffset, 0);
  }
  static createScaleVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addFloat32(data[i]);
    }
    return builder.endVector();
  }
  static startScaleVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addZeroPoint(builder, zeroPointOffset) {
    builder.addFieldOffset(3, zeroPointOffset, 0);
  }
  static createZeroPointVector(builder, data) {
    builder.startVector(8, data.length, 8);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt64(data[i]);
    }
    return builder.endVector();
  }
  static startZeroPointVector(builder, numElems) {
    builder.startVector(8, numElems, 8);
  }
  static addDetailsType(builder, detailsType) {
    builder.addFieldInt8(4, detailsType, 0 /* NONE */);
  }
  static addDetails(builder, detailsOffset) {
    builder.addFieldOffset(5, detailsOffset, 0);
  }
  static addQuantizedDimension(builder, quantizedDimension) {
    builder.addFieldInt32(6, quantizedDimension, 0);
  }
  static endQuantizationParameters(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createQuantizationParameters(builder, minOffset, maxOffset, scaleOffset, zeroPointOffset, detailsType, detailsOffset, quantizedDimension) {
    _QuantizationParameters.startQuantizationParameters(builder);
    _QuantizationParameters.addMin(builder, minOffset);
    _QuantizationParameters.addMax(builder, maxOffset);
    _QuantizationParameters.addScale(builder, scaleOffset);
    _QuantizationParameters.addZeroPoint(builder, zeroPointOffset);
    _QuantizationParameters.addDetailsType(builder, detailsType);
    _QuantizationParameters.addDetails(builder, detailsOffset);
    _QuantizationParameters.addQuantizedDimension(builder, quantizedDimension);
    return _QuantizationParameters.endQuantizationParameters(builder);
  }
  unpack() {
    return new QuantizationParametersT(
      this.bb.createScalarList(this.min.bind(this), this.minLength()),
      this.bb.createScalarList(this.max.bind(this), this.maxLength()),
      this.bb.createScalarList(this.scale.bind(this), this.scaleLength()),
      this.bb.createScalarList(this.zeroPoint.bind(this), this.zeroPointLength()),
      this.detailsType(),
      (() => {
        let temp = unionToQuantizationDetails(this.detailsType(), this.details.bind(this));
        if (temp === null) {
          return null;
        }
        return temp.unpack();
      })(),
      this.quantizedDimension()
    );
  }
  unpackTo(_o) {
    _o.min = this.bb.createScalarList(this.min.bind(this), this.minLength());
    _o.max = this.bb.createScalarList(this.max.bind(this), this.maxLength());
    _o.scale = this.bb.createScalarList(this.scale.bind(this), this.scaleLength());
    _o.zeroPoint = this.bb.createScalarList(this.zeroPoint.bind(this), this.zeroPointLength());
    _o.detailsType = this.detailsType();
    _o.details = (() => {
      let temp = unionToQuantizationDetails(this.detailsType(), this.details.bind(this));
      if (temp === null) {
        return null;
      }
      return temp.unpack();
    })();
    _o.quantizedDimension = this.quantizedDimension();
  }
};
var QuantizationParametersT = class {
  constructor(min = [], max = [], scale = [], zeroPoint = [], detailsType = 0 /* NONE */, details = null, quantizedDimension = 0) {
    this.min = min;
    this.max = max;
    this.scale = scale;
    this.zeroPoint = zeroPoint;
    this.detailsType = detailsType;
    this.details = details;
    this.quantizedDimension = quantizedDimension;
  }
  pack(builder) {
    const min = QuantizationParameters.createMinVector(builder, this.min);
    const max = QuantizationParameters.createMaxVector(builder, this.max);
    const scale = QuantizationParameters.createScaleVector(builder, this.scale);
    const zeroPoint = QuantizationParameters.createZeroPointVector(builder, this.zeroPoint);
    const details = builder.createObjectOffset(this.details);
    return QuantizationParameters.createQuantizationParameters(
      builder,
      min,
      max,
      scale,
      zeroPoint,
      this.detailsType,
      details,
      this.quantizedDimension
    );
  }
};

// src/tflite/generated/tflite/sparsity-parameters.ts
var flatbuffers166 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/tflite/dimension-metadata.ts
var flatbuffers165 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/tflite/int32vector.ts
var flatbuffers162 = __toESM(require_flatbuffers(), 1);
var Int32Vector = class _Int32Vector {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsInt32Vector(bb, obj) {
    return (obj || new _Int32Vector()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsInt32Vector(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers162.SIZE_PREFIX_LENGTH);
    return (obj || new _Int32Vector()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  values(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  valuesLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  valuesArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startInt32Vector(builder) {
    builder.startObject(1);
  }
  static addValues(builder, valuesOffset) {
    builder.addFieldOffset(0, valuesOffset, 0);
  }
  static createValuesVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startValuesVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static endInt32Vector(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createInt32Vector(builder, valuesOffset) {
    _Int32Vector.startInt32Vector(builder);
    _Int32Vector.addValues(builder, valuesOffset);
    return _Int32Vector.endInt32Vector(builder);
  }
  unpack() {
    return new Int32VectorT(
      this.bb.createScalarList(this.values.bind(this), this.valuesLength())
    );
  }
  unpackTo(_o) {
    _o.values = this.bb.createScalarList(this.values.bind(this), this.valuesLength());
  }
};
var Int32VectorT = class {
  constructor(values = []) {
    this.values = values;
  }
  pack(builder) {
    const values = Int32Vector.createValuesVector(builder, this.values);
    return Int32Vector.createInt32Vector(
      builder,
      values
    );
  }
};

// src/tflite/generated/tflite/uint16vector.ts
var flatbuffers163 = __toESM(require_flatbuffers(), 1);
var Uint16Vector = class _Uint16Vector {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsUint16Vector(bb, obj) {
    return (obj || new _Uint16Vector()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsUint16Vector(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers163.SIZE_PREFIX_LENGTH);
    return (obj || new _Uint16Vector()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  values(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readUint16(this.bb.__vector(this.bb_pos + offset) + index * 2) : 0;
  }
  valuesLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  valuesArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Uint16Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startUint16Vector(builder) {
    builder.startObject(1);
  }
  static addValues(builder, valuesOffset) {
    builder.addFieldOffset(0, valuesOffset, 0);
  }
  static createValuesVector(builder, data) {
    builder.startVector(2, data.length, 2);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt16(data[i]);
    }
    return builder.endVector();
  }
  static startValuesVector(builder, numElems) {
    builder.startVector(2, numElems, 2);
  }
  static endUint16Vector(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createUint16Vector(builder, valuesOffset) {
    _Uint16Vector.startUint16Vector(builder);
    _Uint16Vector.addValues(builder, valuesOffset);
    return _Uint16Vector.endUint16Vector(builder);
  }
  unpack() {
    return new Uint16VectorT(
      this.bb.createScalarList(this.values.bind(this), this.valuesLength())
    );
  }
  unpackTo(_o) {
    _o.values = this.bb.createScalarList(this.values.bind(this), this.valuesLength());
  }
};
var Uint16VectorT = class {
  constructor(values = []) {
    this.values = values;
  }
  pack(builder) {
    const values = Uint16Vector.createValuesVector(builder, this.values);
    return Uint16Vector.createUint16Vector(
      builder,
      values
    );
  }
};

// src/tflite/generated/tflite/uint8vector.ts
var flatbuffers164 = __toESM(require_flatbuffers(), 1);
var Uint8Vector = class _Uint8Vector {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsUint8Vector(bb, obj) {
    return (obj || new _Uint8Vector()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsUint8Vector(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers164.SIZE_PREFIX_LENGTH);
    return (obj || new _Uint8Vector()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  values(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readUint8(this.bb.__vector(this.bb_pos + offset) + index) : 0;
  }
  valuesLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  valuesArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Uint8Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  static startUint8Vector(builder) {
    builder.startObject(1);
  }
  static addValues(builder, valuesOffset) {
    builder.addFieldOffset(0, valuesOffset, 0);
  }
  static createValuesVector(builder, data) {
    builder.startVector(1, data.length, 1);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt8(data[i]);
    }
    return builder.endVector();
  }
  static startValuesVector(builder, numElems) {
    builder.startVector(1, numElems, 1);
  }
  static endUint8Vector(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createUint8Vector(builder, valuesOffset) {
    _Uint8Vector.startUint8Vector(builder);
    _Uint8Vector.addValues(builder, valuesOffset);
    return _Uint8Vector.endUint8Vector(builder);
  }
  unpack() {
    return new Uint8VectorT(
      this.bb.createScalarList(this.values.bind(this), this.valuesLength())
    );
  }
  unpackTo(_o) {
    _o.values = this.bb.createScalarList(this.values.bind(this), this.valuesLength());
  }
};
var Uint8VectorT = class {
  constructor(values = []) {
    this.values = values;
  }
  pack(builder) {
    const values = Uint8Vector.createValuesVector(builder, this.values);
    return Uint8Vector.createUint8Vector(
      builder,
      values
    );
  }
};

// src/tflite/generated/tflite/sparse-index-vector.ts
var SparseIndexVector = /* @__PURE__ */ ((SparseIndexVector2) => {
  SparseIndexVector2[SparseIndexVector2["NONE"] = 0] = "NONE";
  SparseIndexVector2[SparseIndexVector2["Int32Vector"] = 1] = "Int32Vector";
  SparseIndexVector2[SparseIndexVector2["Uint16Vector"] = 2] = "Uint16Vector";
  SparseIndexVector2[SparseIndexVector2["Uint8Vector"] = 3] = "Uint8Vector";
  return SparseIndexVector2;
})(SparseIndexVector || {});
function unionToSparseIndexVector(type, accessor) {
  switch (SparseIndexVector[type]) {
    case "NONE":
      return null;
    case "Int32Vector":
      return accessor(new Int32Vector());
    case "Uint16Vector":
      return accessor(new Uint16Vector());
    case "Uint8Vector":
      return accessor(new Uint8Vector());
    default:
      return null;
  }
}

// src/tflite/generated/tflite/dimension-metadata.ts
var DimensionMetadata = class _DimensionMetadata {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsDimensionMetadata(bb, obj) {
    return (obj || new _DimensionMetadata()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsDimensionMetadata(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers165.SIZE_PREFIX_LENGTH);
    return (obj || new _DimensionMetadata()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  format() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* DENSE */;
  }
  denseSize() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
  }
  arraySegmentsType() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readUint8(this.bb_pos + offset) : 0 /* NONE */;
  }
  arraySegments(obj) {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
  }
  arrayIndicesType() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.readUint8(this.bb_pos + offset) : 0 /* NONE */;
  }
  arrayIndices(obj) {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
  }
  static startDimensionMetadata(builder) {
    builder.startObject(6);
  }
  static addFormat(builder, format) {
    builder.addFieldInt8(0, format, 0 /* DENSE */);
  }
  static addDenseSize(builder, denseSize) {
    builder.addFieldInt32(1, denseSize, 0);
  }
  static addArraySegmentsType(builder, arraySegmentsType) {
    builder.addFieldInt8(2, arraySegmentsType, 0 /* NONE */);
  }
  static addArraySegments(builder, arraySegmentsOffset) {
    builder.addFieldOffset(3, arraySegmentsOffset, 0);
  }
  static addArrayIndicesType(builder, arrayIndicesType) {
    builder.addFieldInt8(4, arrayIndicesType, 0 /* NONE */);
  }
  static addArrayIndices(builder, arrayIndicesOffset) {
    builder.addFieldOffset(5, arrayIndicesOffset, 0);
  }
  static endDimensionMetadata(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createDimensionMetadata(builder, format, denseSize, arraySegmentsType, arraySegmentsOffset, arrayIndicesType, arrayIndicesOffset) {
    _DimensionMetadata.startDimensionMetadata(builder);
    _DimensionMetadata.addFormat(builder, format);
    _DimensionMetadata.addDenseSize(builder, denseSize);
    _DimensionMetadata.addArraySegmentsType(builder, arraySegmentsType);
    _DimensionMetadata.addArraySegments(builder, arraySegmentsOffset);
    _DimensionMetadata.addArrayIndicesType(builder, arrayIndicesType);
    _DimensionMetadata.addArrayIndices(builder, arrayIndicesOffset);
    return _DimensionMetadata.endDimensionMetadata(builder);
  }
  unpack() {
    return new DimensionMetadataT(
      this.format(),
      this.denseSize(),
      this.arraySegmentsType(),
      (() => {
        let temp = unionToSparseIndexVector(this.arraySegmentsType(), this.arraySegments.bind(this));
        if (temp === null) {
          return null;
        }
        return temp.unpack();
      })(),
      this.arrayIndicesType(),
      (() => {
        let temp = unionToSparseIndexVector(this.arrayIndicesType(), this.arrayIndices.bind(this));
        if (temp === null) {
          return null;
        }
        return temp.unpack();
      })()
    );
  }
  unpackTo(_o) {
    _o.format = this.format();
    _o.denseSize = this.denseSize();
    _o.arraySegmentsType = this.arraySegmentsType();
    _o.arraySegments = (() => {
      let temp = unionToSparseIndexVector(this.arraySegmentsType(), this.arraySegments.bind(this));
      if (temp === null) {
        return null;
      }
      return temp.unpack();
    })();
    _o.arrayIndicesType = this.arrayIndicesType();
    _o.arrayIndices = (() => {
      let temp = unionToSparseIndexVector(this.arrayIndicesType(), this.arrayIndices.bind(this));
      if (temp === null) {
        return null;
      }
      return temp.unpack();
    })();
  }
};
var DimensionMetadataT = class {
  constructor(format = 0 /* DENSE */, denseSize = 0, arraySegmentsType = 0 /* NONE */, arraySegments = null, arrayIndicesType = 0 /* NONE */, arrayIndices = null) {
    this.format = format;
    this.denseSize = denseSize;
    this.arraySegmentsType = arraySegmentsType;
    this.arraySegments = arraySegments;
    this.arrayIndicesType = arrayIndicesType;
    this.arrayIndices = arrayIndices;
  }
  pack(builder) {
    const arraySegments = builder.createObjectOffset(this.arraySegments);
    const arrayIndices = builder.createObjectOffset(this.arrayIndices);
    return DimensionMetadata.createDimensionMetadata(
      builder,
      this.format,
      this.denseSize,
      this.arraySegmentsType,
      arraySegments,
      this.arrayIndicesType,
      arrayIndices
    );
  }
};

// src/tflite/generated/tflite/sparsity-parameters.ts
var SparsityParameters = class _SparsityParameters {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSparsityParameters(bb, obj) {
    return (obj || new _SparsityParameters()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSparsityParameters(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers166.SIZE_PREFIX_LENGTH);
    return (obj || new _SparsityParameters()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  traversalOrder(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  traversalOrderLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  traversalOrderArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  blockMap(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  blockMapLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  blockMapArray() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  dimMetadata(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? (obj || new DimensionMetadata()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  dimMetadataLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  static startSparsityParameters(builder) {
    builder.startObject(3);
  }
  static addTraversalOrder(builder, traversalOrderOffset) {
    builder.addFieldOffset(0, traversalOrderOffset, 0);
  }
  static createTraversalOrderVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startTraversalOrderVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addBlockMap(builder, blockMapOffset) {
    builder.addFieldOffset(1, blockMapOffset, 0);
  }
  static createBlockMapVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startBlockMapVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addDimMetadata(builder, dimMetadataOffset) {
    builder.addFieldOffset(2, dimMetadataOffset, 0);
  }
  static createDimMetadataVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startDimMetadataVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static endSparsityParameters(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSparsityParameters(builder, traversalOrderOffset, blockMapOffset, dimMetadataOffset) {
    _SparsityParameters.startSparsityParameters(builder);
    _SparsityParameters.addTraversalOrder(builder, traversalOrderOffset);
    _SparsityParameters.addBlockMap(builder, blockMapOffset);
    _SparsityParameters.addDimMetadata(builder, dimMetadataOffset);
    return _SparsityParameters.endSparsityParameters(builder);
  }
  unpack() {
    return new SparsityParametersT(
      this.bb.createScalarList(this.traversalOrder.bind(this), this.traversalOrderLength()),
      this.bb.createScalarList(this.blockMap.bind(this), this.blockMapLength()),
      this.bb.createObjList(this.dimMetadata.bind(this), this.dimMetadataLength())
    );
  }
  unpackTo(_o) {
    _o.traversalOrder = this.bb.createScalarList(this.traversalOrder.bind(this), this.traversalOrderLength());
    _o.blockMap = this.bb.createScalarList(this.blockMap.bind(this), this.blockMapLength());
    _o.dimMetadata = this.bb.createObjList(this.dimMetadata.bind(this), this.dimMetadataLength());
  }
};
var SparsityParametersT = class {
  constructor(traversalOrder = [], blockMap = [], dimMetadata = []) {
    this.traversalOrder = traversalOrder;
    this.blockMap = blockMap;
    this.dimMetadata = dimMetadata;
  }
  pack(builder) {
    const traversalOrder = SparsityParameters.createTraversalOrderVector(builder, this.traversalOrder);
    const blockMap = SparsityParameters.createBlockMapVector(builder, this.blockMap);
    const dimMetadata = SparsityParameters.createDimMetadataVector(builder, builder.createObjectOffsetList(this.dimMetadata));
    return SparsityParameters.createSparsityParameters(
      builder,
      traversalOrder,
      blockMap,
      dimMetadata
    );
  }
};

// src/tflite/generated/tflite/variant-sub-type.ts
var flatbuffers167 = __toESM(require_flatbuffers(), 1);
var VariantSubType = class _VariantSubType {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsVariantSubType(bb, obj) {
    return (obj || new _VariantSubType()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsVariantSubType(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers167.SIZE_PREFIX_LENGTH);
    return (obj || new _VariantSubType()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  shape(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  shapeLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  shapeArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  type() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  hasRank() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  static startVariantSubType(builder) {
    builder.startObject(3);
  }
  static addShape(builder, shapeOffset) {
    builder.addFieldOffset(0, shapeOffset, 0);
  }
  static createShapeVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startShapeVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addType(builder, type) {
    builder.addFieldInt8(1, type, 0 /* FLOAT32 */);
  }
  static addHasRank(builder, hasRank) {
    builder.addFieldInt8(2, +hasRank, 0);
  }
  static endVariantSubType(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createVariantSubType(builder, shapeOffset, type, hasRank) {
    _VariantSubType.startVariantSubType(builder);
    _VariantSubType.addShape(builder, shapeOffset);
    _VariantSubType.addType(builder, type);
    _VariantSubType.addHasRank(builder, hasRank);
    return _VariantSubType.endVariantSubType(builder);
  }
  unpack() {
    return new VariantSubTypeT(
      this.bb.createScalarList(this.shape.bind(this), this.shapeLength()),
      this.type(),
      this.hasRank()
    );
  }
  unpackTo(_o) {
    _o.shape = this.bb.createScalarList(this.shape.bind(this), this.shapeLength());
    _o.type = this.type();
    _o.hasRank = this.hasRank();
  }
};
var VariantSubTypeT = class {
  constructor(shape = [], type = 0 /* FLOAT32 */, hasRank = false) {
    this.shape = shape;
    this.type = type;
    this.hasRank = hasRank;
  }
  pack(builder) {
    const shape = VariantSubType.createShapeVector(builder, this.shape);
    return VariantSubType.createVariantSubType(
      builder,
      shape,
      this.type,
      this.hasRank
    );
  }
};

// src/tflite/generated/tflite/tensor.ts
var Tensor = class _Tensor {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsTensor(bb, obj) {
    return (obj || new _Tensor()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsTensor(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers168.SIZE_PREFIX_LENGTH);
    return (obj || new _Tensor()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  shape(index) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  shapeLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  shapeArray() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  type() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt8(this.bb_pos + offset) : 0 /* FLOAT32 */;
  }
  buffer() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
  }
  name(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  quantization(obj) {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? (obj || new QuantizationParameters()).__init(this.bb.__indirect(this.bb_pos + offset), this.bb) : null;
  }
  isVariable() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  sparsity(obj) {
    const offset = this.bb.__offset(this.bb_pos, 16);
    return offset ? (obj || new SparsityParameters()).__init(this.bb.__indirect(this.bb_pos + offset), this.bb) : null;
  }
  shapeSignature(index) {
    const offset = this.bb.__offset(this.bb_pos, 18);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  shapeSignatureLength() {
    const offset = this.bb.__offset(this.bb_pos, 18);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  shapeSignatureArray() {
    const offset = this.bb.__offset(this.bb_pos, 18);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  hasRank() {
    const offset = this.bb.__offset(this.bb_pos, 20);
    return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
  }
  variantTensors(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 22);
    return offset ? (obj || new VariantSubType()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  variantTensorsLength() {
    const offset = this.bb.__offset(this.bb_pos, 22);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  externalBuffer() {
    const offset = this.bb.__offset(this.bb_pos, 24);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
  }
  static startTensor(builder) {
    builder.startObject(11);
  }
  static addShape(builder, shapeOffset) {
    builder.addFieldOffset(0, shapeOffset, 0);
  }
  static createShapeVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startShapeVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addType(builder, type) {
    builder.addFieldInt8(1, type, 0 /* FLOAT32 */);
  }
  static addBuffer(builder, buffer) {
    builder.addFieldInt32(2, buffer, 0);
  }
  static addName(builder, nameOffset) {
    builder.addFieldOffset(3, nameOffset, 0);
  }
  static addQuantization(builder, quantizationOffset) {
    builder.addFieldOffset(4, quantizationOffset, 0);
  }
  static addIsVariable(builder, isVariable) {
    builder.addFieldInt8(5, +isVariable, 0);
  }
  static addSparsity(builder, sparsityOffset) {
    builder.addFieldOffset(6, sparsityOffset, 0);
  }
  static addShapeSignature(builder, shapeSignatureOffset) {
    builder.addFieldOffset(7, shapeSignatureOffset, 0);
  }
  static createShapeSignatureVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startShapeSignatureVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addHasRank(builder, hasRank) {
    builder.addFieldInt8(8, +hasRank, 0);
  }
  static addVariantTensors(builder, variantTensorsOffset) {
    builder.addFieldOffset(9, variantTensorsOffset, 0);
  }
  static createVariantTensorsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startVariantTensorsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addExternalBuffer(builder, externalBuffer) {
    builder.addFieldInt32(10, externalBuffer, 0);
  }
  static endTensor(builder) {
    const offset = builder.endObject();
    return offset;
  }
  unpack() {
    return new TensorT(
      this.bb.createScalarList(this.shape.bind(this), this.shapeLength()),
      this.type(),
      this.buffer(),
      this.name(),
      this.quantization() !== null ? this.quantization().unpack() : null,
      this.isVariable(),
      this.sparsity() !== null ? this.sparsity().unpack() : null,
      this.bb.createScalarList(this.shapeSignature.bind(this), this.shapeSignatureLength()),
      this.hasRank(),
      this.bb.createObjList(this.variantTensors.bind(this), this.variantTensorsLength()),
      this.externalBuffer()
    );
  }
  unpackTo(_o) {
    _o.shape = this.bb.createScalarList(this.shape.bind(this), this.shapeLength());
    _o.type = this.type();
    _o.buffer = this.buffer();
    _o.name = this.name();
    _o.quantization = this.quantization() !== null ? this.quantization().unpack() : null;
    _o.isVariable = this.isVariable();
    _o.sparsity = this.sparsity() !== null ? this.sparsity().unpack() : null;
    _o.shapeSignature = this.bb.createScalarList(this.shapeSignature.bind(this), this.shapeSignatureLength());
    _o.hasRank = this.hasRank();
    _o.variantTensors = this.bb.createObjList(this.variantTensors.bind(this), this.variantTensorsLength());
    _o.externalBuffer = this.externalBuffer();
  }
};
var TensorT = class {
  constructor(shape = [], type = 0 /* FLOAT32 */, buffer = 0, name = null, quantization = null, isVariable = false, sparsity = null, shapeSignature = [], hasRank = false, variantTensors = [], externalBuffer = 0) {
    this.shape = shape;
    this.type = type;
    this.buffer = buffer;
    this.name = name;
    this.quantization = quantization;
    this.isVariable = isVariable;
    this.sparsity = sparsity;
    this.shapeSignature = shapeSignature;
    this.hasRank = hasRank;
    this.variantTensors = variantTensors;
    this.externalBuffer = externalBuffer;
  }
  pack(builder) {
    const shape = Tensor.createShapeVector(builder, this.shape);
    const name = this.name !== null ? builder.createString(this.name) : 0;
    const quantization = this.quantization !== null ? this.quantization.pack(builder) : 0;
    const sparsity = this.sparsity !== null ? this.sparsity.pack(builder) : 0;
    const shapeSignature = Tensor.createShapeSignatureVector(builder, this.shapeSignature);
    const variantTensors = Tensor.createVariantTensorsVector(builder, builder.createObjectOffsetList(this.variantTensors));
    Tensor.startTensor(builder);
    Tensor.addShape(builder, shape);
    Tensor.addType(builder, this.type);
    Tensor.addBuffer(builder, this.buffer);
    Tensor.addName(builder, name);
    Tensor.addQuantization(builder, quantization);
    Tensor.addIsVariable(builder, this.isVariable);
    Tensor.addSparsity(builder, sparsity);
    Tensor.addShapeSignature(builder, shapeSignature);
    Tensor.addHasRank(builder, this.hasRank);
    Tensor.addVariantTensors(builder, variantTensors);
    Tensor.addExternalBuffer(builder, this.externalBuffer);
    return Tensor.endTensor(builder);
  }
};

// src/tflite/generated/tflite/sub-graph.ts
var SubGraph = class _SubGraph {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsSubGraph(bb, obj) {
    return (obj || new _SubGraph()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsSubGraph(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers169.SIZE_PREFIX_LENGTH);
    return (obj || new _SubGraph()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  tensors(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? (obj || new Tensor()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  tensorsLength() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  inputs(index) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  inputsLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  inputsArray() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  outputs(index) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  outputsLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  outputsArray() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  operators(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? (obj || new Operator()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  operatorsLength() {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  name(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  debugMetadataIndex() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.readInt32(this.bb_pos + offset) : -1;
  }
  static startSubGraph(builder) {
    builder.startObject(6);
  }
  static addTensors(builder, tensorsOffset) {
    builder.addFieldOffset(0, tensorsOffset, 0);
  }
  static createTensorsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startTensorsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addInputs(builder, inputsOffset) {
    builder.addFieldOffset(1, inputsOffset, 0);
  }
  static createInputsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startInputsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addOutputs(builder, outputsOffset) {
    builder.addFieldOffset(2, outputsOffset, 0);
  }
  static createOutputsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startOutputsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addOperators(builder, operatorsOffset) {
    builder.addFieldOffset(3, operatorsOffset, 0);
  }
  static createOperatorsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startOperatorsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addName(builder, nameOffset) {
    builder.addFieldOffset(4, nameOffset, 0);
  }
  static addDebugMetadataIndex(builder, debugMetadataIndex) {
    builder.addFieldInt32(5, debugMetadataIndex, -1);
  }
  static endSubGraph(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static createSubGraph(builder, tensorsOffset, inputsOffset, outputsOffset, operatorsOffset, nameOffset, debugMetadataIndex) {
    _SubGraph.startSubGraph(builder);
    _SubGraph.addTensors(builder, tensorsOffset);
    _SubGraph.addInputs(builder, inputsOffset);
    _SubGraph.addOutputs(builder, outputsOffset);
    _SubGraph.addOperators(builder, operatorsOffset);
    _SubGraph.addName(builder, nameOffset);
    _SubGraph.addDebugMetadataIndex(builder, debugMetadataIndex);
    return _SubGraph.endSubGraph(builder);
  }
  unpack() {
    return new SubGraphT(
      this.bb.createObjList(this.tensors.bind(this), this.tensorsLength()),
      this.bb.createScalarList(this.inputs.bind(this), this.inputsLength()),
      this.bb.createScalarList(this.outputs.bind(this), this.outputsLength()),
      this.bb.createObjList(this.operators.bind(this), this.operatorsLength()),
      this.name(),
      this.debugMetadataIndex()
    );
  }
  unpackTo(_o) {
    _o.tensors = this.bb.createObjList(this.tensors.bind(this), this.tensorsLength());
    _o.inputs = this.bb.createScalarList(this.inputs.bind(this), this.inputsLength());
    _o.outputs = this.bb.createScalarList(this.outputs.bind(this), this.outputsLength());
    _o.operators = this.bb.createObjList(this.operators.bind(this), this.operatorsLength());
    _o.name = this.name();
    _o.debugMetadataIndex = this.debugMetadataIndex();
  }
};
var SubGraphT = class {
  constructor(tensors = [], inputs = [], outputs = [], operators = [], name = null, debugMetadataIndex = -1) {
    this.tensors = tensors;
    this.inputs = inputs;
    this.outputs = outputs;
    this.operators = operators;
    this.name = name;
    this.debugMetadataIndex = debugMetadataIndex;
  }
  pack(builder) {
    const tensors = SubGraph.createTensorsVector(builder, builder.createObjectOffsetList(this.tensors));
    const inputs = SubGraph.createInputsVector(builder, this.inputs);
    const outputs = SubGraph.createOutputsVector(builder, this.outputs);
    const operators = SubGraph.createOperatorsVector(builder, builder.createObjectOffsetList(this.operators));
    const name = this.name !== null ? builder.createString(this.name) : 0;
    return SubGraph.createSubGraph(
      builder,
      tensors,
      inputs,
      outputs,
      operators,
      name,
      this.debugMetadataIndex
    );
  }
};

// src/tflite/generated/tflite/model.ts
var Model = class _Model {
  bb = null;
  bb_pos = 0;
  __init(i, bb) {
    this.bb_pos = i;
    this.bb = bb;
    return this;
  }
  static getRootAsModel(bb, obj) {
    return (obj || new _Model()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static getSizePrefixedRootAsModel(bb, obj) {
    bb.setPosition(bb.position() + flatbuffers170.SIZE_PREFIX_LENGTH);
    return (obj || new _Model()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
  }
  static bufferHasIdentifier(bb) {
    return bb.__has_identifier("TFL3");
  }
  version() {
    const offset = this.bb.__offset(this.bb_pos, 4);
    return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
  }
  operatorCodes(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? (obj || new OperatorCode()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  operatorCodesLength() {
    const offset = this.bb.__offset(this.bb_pos, 6);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  subgraphs(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? (obj || new SubGraph()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  subgraphsLength() {
    const offset = this.bb.__offset(this.bb_pos, 8);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  description(optionalEncoding) {
    const offset = this.bb.__offset(this.bb_pos, 10);
    return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
  }
  buffers(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? (obj || new Buffer()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  buffersLength() {
    const offset = this.bb.__offset(this.bb_pos, 12);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  metadataBuffer(index) {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
  }
  metadataBufferLength() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  metadataBufferArray() {
    const offset = this.bb.__offset(this.bb_pos, 14);
    return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
  }
  metadata(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 16);
    return offset ? (obj || new Metadata()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  metadataLength() {
    const offset = this.bb.__offset(this.bb_pos, 16);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  signatureDefs(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 18);
    return offset ? (obj || new SignatureDef()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  signatureDefsLength() {
    const offset = this.bb.__offset(this.bb_pos, 18);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  externalBufferGroups(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 20);
    return offset ? (obj || new ExternalBufferGroup()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  externalBufferGroupsLength() {
    const offset = this.bb.__offset(this.bb_pos, 20);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  externalBuffers(index, obj) {
    const offset = this.bb.__offset(this.bb_pos, 22);
    return offset ? (obj || new ExternalBuffer()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
  }
  externalBuffersLength() {
    const offset = this.bb.__offset(this.bb_pos, 22);
    return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
  }
  static startModel(builder) {
    builder.startObject(10);
  }
  static addVersion(builder, version) {
    builder.addFieldInt32(0, version, 0);
  }
  static addOperatorCodes(builder, operatorCodesOffset) {
    builder.addFieldOffset(1, operatorCodesOffset, 0);
  }
  static createOperatorCodesVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startOperatorCodesVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addSubgraphs(builder, subgraphsOffset) {
    builder.addFieldOffset(2, subgraphsOffset, 0);
  }
  static createSubgraphsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startSubgraphsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addDescription(builder, descriptionOffset) {
    builder.addFieldOffset(3, descriptionOffset, 0);
  }
  static addBuffers(builder, buffersOffset) {
    builder.addFieldOffset(4, buffersOffset, 0);
  }
  static createBuffersVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startBuffersVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addMetadataBuffer(builder, metadataBufferOffset) {
    builder.addFieldOffset(5, metadataBufferOffset, 0);
  }
  static createMetadataBufferVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addInt32(data[i]);
    }
    return builder.endVector();
  }
  static startMetadataBufferVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addMetadata(builder, metadataOffset) {
    builder.addFieldOffset(6, metadataOffset, 0);
  }
  static createMetadataVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startMetadataVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addSignatureDefs(builder, signatureDefsOffset) {
    builder.addFieldOffset(7, signatureDefsOffset, 0);
  }
  static createSignatureDefsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startSignatureDefsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addExternalBufferGroups(builder, externalBufferGroupsOffset) {
    builder.addFieldOffset(8, externalBufferGroupsOffset, 0);
  }
  static createExternalBufferGroupsVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startExternalBufferGroupsVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static addExternalBuffers(builder, externalBuffersOffset) {
    builder.addFieldOffset(9, externalBuffersOffset, 0);
  }
  static createExternalBuffersVector(builder, data) {
    builder.startVector(4, data.length, 4);
    for (let i = data.length - 1; i >= 0; i--) {
      builder.addOffset(data[i]);
    }
    return builder.endVector();
  }
  static startExternalBuffersVector(builder, numElems) {
    builder.startVector(4, numElems, 4);
  }
  static endModel(builder) {
    const offset = builder.endObject();
    return offset;
  }
  static finishModelBuffer(builder, offset) {
    builder.finish(offset, "TFL3");
  }
  static finishSizePrefixedModelBuffer(builder, offset) {
    builder.finish(offset, "TFL3", true);
  }
  static createModel(builder, version, operatorCodesOffset, subgraphsOffset, descriptionOffset, buffersOffset, metadataBufferOffset, metadataOffset, signatureDefsOffset, externalBufferGroupsOffset, externalBuffersOffset) {
    _Model.startModel(builder);
    _Model.addVersion(builder, version);
    _Model.addOperatorCodes(builder, operatorCodesOffset);
    _Model.addSubgraphs(builder, subgraphsOffset);
    _Model.addDescription(builder, descriptionOffset);
    _Model.addBuffers(builder, buffersOffset);
    _Model.addMetadataBuffer(builder, metadataBufferOffset);
    _Model.addMetadata(builder, metadataOffset);
    _Model.addSignatureDefs(builder, signatureDefsOffset);
    _Model.addExternalBufferGroups(builder, externalBufferGroupsOffset);
    _Model.addExternalBuffers(builder, externalBuffersOffset);
    return _Model.endModel(builder);
  }
  unpack() {
    return new ModelT(
      this.version(),
      this.bb.createObjList(this.operatorCodes.bind(this), this.operatorCodesLength()),
      this.bb.createObjList(this.subgraphs.bind(this), this.subgraphsLength()),
      this.description(),
      this.bb.createObjList(this.buffers.bind(this), this.buffersLength()),
      this.bb.createScalarList(this.metadataBuffer.bind(this), this.metadataBufferLength()),
      this.bb.createObjList(this.metadata.bind(this), this.metadataLength()),
      this.bb.createObjList(this.signatureDefs.bind(this), this.signatureDefsLength()),
      this.bb.createObjList(this.externalBufferGroups.bind(this), this.externalBufferGroupsLength()),
      this.bb.createObjList(this.externalBuffers.bind(this), this.externalBuffersLength())
    );
  }
  unpackTo(_o) {
    _o.version = this.version();
    _o.operatorCodes = this.bb.createObjList(this.operatorCodes.bind(this), this.operatorCodesLength());
    _o.subgraphs = this.bb.createObjList(this.subgraphs.bind(this), this.subgraphsLength());
    _o.description = this.description();
    _o.buffers = this.bb.createObjList(this.buffers.bind(this), this.buffersLength());
    _o.metadataBuffer = this.bb.createScalarList(this.metadataBuffer.bind(this), this.metadataBufferLength());
    _o.metadata = this.bb.createObjList(this.metadata.bind(this), this.metadataLength());
    _o.signatureDefs = this.bb.createObjList(this.signatureDefs.bind(this), this.signatureDefsLength());
    _o.externalBufferGroups = this.bb.createObjList(this.externalBufferGroups.bind(this), this.externalBufferGroupsLength());
    _o.externalBuffers = this.bb.createObjList(this.externalBuffers.bind(this), this.externalBuffersLength());
  }
};
var ModelT = class {
  constructor(version = 0, operatorCodes = [], subgraphs = [], description = null, buffers = [], metadataBuffer = [], metadata = [], signatureDefs = [], externalBufferGroups = [], externalBuffers = []) {
    this.version = version;
    this.operatorCodes = operatorCodes;
    this.subgraphs = subgraphs;
    this.description = description;
    this.buffers = buffers;
    this.metadataBuffer = metadataBuffer;
    this.metadata = metadata;
    this.signatureDefs = signatureDefs;
    this.externalBufferGroups = externalBufferGroups;
    this.externalBuffers = externalBuffers;
  }
  pack(builder) {
    const operatorCodes = Model.createOperatorCodesVector(builder, builder.createObjectOffsetList(this.operatorCodes));
    const subgraphs = Model.createSubgraphsVector(builder, builder.createObjectOffsetList(this.subgraphs));
    const description = this.description !== null ? builder.createString(this.description) : 0;
    const buffers = Model.createBuffersVector(builder, builder.createObjectOffsetList(this.buffers));
    const metadataBuffer = Model.createMetadataBufferVector(builder, this.metadataBuffer);
    const metadata = Model.createMetadataVector(builder, builder.createObjectOffsetList(this.metadata));
    const signatureDefs = Model.createSignatureDefsVector(builder, builder.createObjectOffsetList(this.signatureDefs));
    const externalBufferGroups = Model.createExternalBufferGroupsVector(builder, builder.createObjectOffsetList(this.externalBufferGroups));
    const externalBuffers = Model.createExternalBuffersVector(builder, builder.createObjectOffsetList(this.externalBuffers));
    return Model.createModel(
      builder,
      this.version,
      operatorCodes,
      subgraphs,
      description,
      buffers,
      metadataBuffer,
      metadata,
      signatureDefs,
      externalBufferGroups,
      externalBuffers
    );
  }
};

// src/graph/shape.ts
var sameDims = (a, b) => a.length === b.length && a.every((d, i) => d === b[i]);
function velaDims(t) {
  const sig = t.shapeSignature;
  if (!sig || sig.length === 0) return t.shape;
  const dims = sig[0] === -1 ? [1, ...sig.slice(1)] : sig;
  return dims.some((d) => d < 0) ? t.shape : dims;
}

// src/graph/macs.ts
var product = (dims) => dims.reduce((a, d) => a * Math.max(d, 0), 1);
function computeMacs(op, sg) {
  const macs = countMacs(op, sg);
  return Number.isSafeInteger(macs) ? macs : 0;
}
function countMacs(op, sg) {
  const tensor = (i = -1) => i >= 0 && i < sg.tensors.length ? sg.tensors[i] : void 0;
  const dims = (i) => {
    const t = tensor(i);
    return t ? velaDims(t) : [];
  };
  const ofm = tensor(op.outputs[0]);
  if (!ofm) return 0;
  const ofmElems = product(velaDims(ofm));
  const opt = op.options ?? {};
  switch (op.type) {
    case "CONV_2D":
    case "TRANSPOSE_CONV": {
      const w = dims(op.inputs[1]);
      return w.length === 4 ? ofmElems * w[1] * w[2] * w[3] : 0;
    }
    case "DEPTHWISE_CONV_2D": {
      const w = dims(op.inputs[1]);
      return w.length === 4 ? ofmElems * w[1] * w[2] : 0;
    }
    case "CONV_3D": {
      const w = dims(op.inputs[1]);
      return w.length === 5 ? ofmElems * w[0] * w[1] * w[2] * w[3] : 0;
    }
    case "FULLY_CONNECTED": {
      const w = dims(op.inputs[1]);
      return w.length >= 2 ? ofmElems * w[w.length - 1] : 0;
    }
    case "BATCH_MATMUL": {
      const a = dims(op.inputs[0]);
      if (a.length < 2) return 0;
      return ofmElems * (opt.adjX === true ? a[a.length - 2] : a[a.length - 1]);
    }
    case "AVERAGE_POOL_2D":
    case "MAX_POOL_2D":
    case "L2_POOL_2D": {
      const fw = Number(opt.filterWidth ?? 1);
      const fh = Number(opt.filterHeight ?? 1);
      return ofmElems * fw * fh;
    }
    default:
      return 0;
  }
}

// src/tflite/verify.ts
var flatbuffers171 = __toESM(require_flatbuffers(), 1);

// src/tflite/generated/layout.ts
var SCALAR_SIZE = {
  bool: 1,
  int8: 1,
  uint8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  int64: 8,
  uint64: 8,
  float32: 4,
  float64: 8
};
var FILE_IDENTIFIER = "TFL3";
var ROOT_TABLE = 169;
var TABLES = [
  /* 0 */
  { name: "CustomQuantization", slots: [
    { name: "custom", js: "custom", kind: "vector-scalar", scalar: "uint8", align: 16 }
  ] },
  /* 1 */
  { name: "BlockwiseQuantization", slots: [
    { name: "scales", js: "scales", kind: "scalar", scalar: "int32" },
    { name: "zero_points", js: "zeroPoints", kind: "scalar", scalar: "int32" },
    { name: "block_size", js: "blockSize", kind: "scalar", scalar: "int32" }
  ] },
  /* 2 */
  { name: "MultiAxisQuantization", slots: [
    { name: "scales", js: "scales", kind: "scalar", scalar: "int32" },
    { name: "zero_points", js: "zeroPoints", kind: "scalar", scalar: "int32" },
    { name: "block_size", js: "blockSize", kind: "scalar", scalar: "int32" },
    { name: "quantized_dimensions", js: "quantizedDimensions", kind: "vector-scalar", scalar: "int32" }
  ] },
  /* 3 */
  { name: "QuantizationParameters", slots: [
    { name: "min", js: "min", kind: "vector-scalar", scalar: "float32" },
    { name: "max", js: "max", kind: "vector-scalar", scalar: "float32" },
    { name: "scale", js: "scale", kind: "vector-scalar", scalar: "float32" },
    { name: "zero_point", js: "zeroPoint", kind: "vector-scalar", scalar: "int64" },
    { name: "details_type", js: "detailsType", kind: "union-type", scalar: "uint8", ref: 0 },
    { name: "details", js: "details", kind: "union", ref: 0 },
    { name: "quantized_dimension", js: "quantizedDimension", kind: "scalar", scalar: "int32" }
  ] },
  /* 4 */
  { name: "Int32Vector", slots: [
    { name: "values", js: "values", kind: "vector-scalar", scalar: "int32" }
  ] },
  /* 5 */
  { name: "Uint16Vector", slots: [
    { name: "values", js: "values", kind: "vector-scalar", scalar: "uint16", align: 4 }
  ] },
  /* 6 */
  { name: "Uint8Vector", slots: [
    { name: "values", js: "values", kind: "vector-scalar", scalar: "uint8", align: 4 }
  ] },
  /* 7 */
  { name: "DimensionMetadata", slots: [
    { name: "format", js: "format", kind: "scalar", scalar: "int8" },
    { name: "dense_size", js: "denseSize", kind: "scalar", scalar: "int32" },
    { name: "array_segments_type", js: "arraySegmentsType", kind: "union-type", scalar: "uint8", ref: 1 },
    { name: "array_segments", js: "arraySegments", kind: "union", ref: 1 },
    { name: "array_indices_type", js: "arrayIndicesType", kind: "union-type", scalar: "uint8", ref: 1 },
    { name: "array_indices", js: "arrayIndices", kind: "union", ref: 1 }
  ] },
  /* 8 */
  { name: "SparsityParameters", slots: [
    { name: "traversal_order", js: "traversalOrder", kind: "vector-scalar", scalar: "int32" },
    { name: "block_map", js: "blockMap", kind: "vector-scalar", scalar: "int32" },
    { name: "dim_metadata", js: "dimMetadata", kind: "vector-table", ref: 7 }
  ] },
  /* 9 */
  { name: "VariantSubType", slots: [
    { name: "shape", js: "shape", kind: "vector-scalar", scalar: "int32" },
    { name: "type", js: "type", kind: "scalar", scalar: "int8" },
    { name: "has_rank", js: "hasRank", kind: "scalar", scalar: "bool" }
  ] },
  /* 10 */
  { name: "Tensor", slots: [
    { name: "shape", js: "shape", kind: "vector-scalar", scalar: "int32" },
    { name: "type", js: "type", kind: "scalar", scalar: "int8" },
    { name: "buffer", js: "buffer", kind: "scalar", scalar: "uint32" },
    { name: "name", js: "name", kind: "string" },
    { name: "quantization", js: "quantization", kind: "table", ref: 3 },
    { name: "is_variable", js: "isVariable", kind: "scalar", scalar: "bool" },
    { name: "sparsity", js: "sparsity", kind: "table", ref: 8 },
    { name: "shape_signature", js: "shapeSignature", kind: "vector-scalar", scalar: "int32" },
    { name: "has_rank", js: "hasRank", kind: "scalar", scalar: "bool" },
    { name: "variant_tensors", js: "variantTensors", kind: "vector-table", ref: 9 },
    { name: "external_buffer", js: "externalBuffer", kind: "scalar", scalar: "uint32" }
  ] },
  /* 11 */
  { name: "StablehloGatherOptions", slots: [
    { name: "offset_dims", js: "offsetDims", kind: "vector-scalar", scalar: "int64" },
    { name: "collapsed_slice_dims", js: "collapsedSliceDims", kind: "vector-scalar", scalar: "int64" },
    { name: "start_index_map", js: "startIndexMap", kind: "vector-scalar", scalar: "int64" },
    { name: "index_vector_dim", js: "indexVectorDim", kind: "scalar", scalar: "int64" },
    { name: "slice_sizes", js: "sliceSizes", kind: "vector-scalar", scalar: "int64" },
    { name: "indices_are_sorted", js: "indicesAreSorted", kind: "scalar", scalar: "bool" }
  ] },
  /* 12 */
  { name: "StablehloTransposeOptions", slots: [
    { name: "permutation", js: "permutation", kind: "vector-scalar", scalar: "int64" }
  ] },
  /* 13 */
  { name: "StablehloDotGeneralOptions", slots: [
    { name: "lhs_batching_dimensions", js: "lhsBatchingDimensions", kind: "vector-scalar", scalar: "int64" },
    { name: "rhs_batching_dimensions", js: "rhsBatchingDimensions", kind: "vector-scalar", scalar: "int64" },
    { name: "lhs_contracting_dimensions", js: "lhsContractingDimensions", kind: "vector-scalar", scalar: "int64" },
    { name: "rhs_contracting_dimensions", js: "rhsContractingDimensions", kind: "vector-scalar", scalar: "int64" },
    { name: "precision_config", js: "precisionConfig", kind: "vector-scalar", scalar: "uint32" }
  ] },
  /* 14 */
  { name: "StablehloReduceWindowOptions", slots: [
    { name: "window_dimensions", js: "windowDimensions", kind: "vector-scalar", scalar: "int64" },
    { name: "window_strides", js: "windowStrides", kind: "vector-scalar", scalar: "int64" },
    { name: "base_dilations", js: "baseDilations", kind: "vector-scalar", scalar: "int64" },
    { name: "window_dilations", js: "windowDilations", kind: "vector-scalar", scalar: "int64" },
    { name: "padding", js: "padding", kind: "vector-scalar", scalar: "int64" },
    { name: "body_subgraph_index", js: "bodySubgraphIndex", kind: "scalar", scalar: "int32" }
  ] },
  /* 15 */
  { name: "StablehloWhileOptions", slots: [
    { name: "cond_subgraph_index", js: "condSubgraphIndex", kind: "scalar", scalar: "int32" },
    { name: "body_subgraph_index", js: "bodySubgraphIndex", kind: "scalar", scalar: "int32" }
  ] },
  /* 16 */
  { name: "StablehloSortOptions", slots: [
    { name: "dimension", js: "dimension", kind: "scalar", scalar: "int64" },
    { name: "is_stable", js: "isStable", kind: "scalar", scalar: "bool" },
    { name: "comparator_subgraph_index", js: "comparatorSubgraphIndex", kind: "scalar", scalar: "int32" }
  ] },
  /* 17 */
  { name: "StablehloConcatenateOptions", slots: [
    { name: "dimension", js: "dimension", kind: "scalar", scalar: "int64" }
  ] },
  /* 18 */
  { name: "StablehloBroadcastInDimOptions", slots: [
    { name: "broadcast_dimensions", js: "broadcastDimensions", kind: "vector-scalar", scalar: "int64" }
  ] },
  /* 19 */
  { name: "StablehloCompareOptions", slots: [
    { name: "comparison_direction", js: "comparisonDirection", kind: "scalar", scalar: "uint32" },
    { name: "compare_type", js: "compareType", kind: "scalar", scalar: "uint32" }
  ] },
  /* 20 */
  { name: "StablehloDynamicSliceOptions", slots: [
    { name: "slice_sizes", js: "sliceSizes", kind: "vector-scalar", scalar: "int64" }
  ] },
  /* 21 */
  { name: "StablehloPadOptions", slots: [
    { name: "edge_padding_low", js: "edgePaddingLow", kind: "vector-scalar", scalar: "int64" },
    { name: "edge_padding_high", js: "edgePaddingHigh", kind: "vector-scalar", scalar: "int64" },
    { name: "interior_padding", js: "interiorPadding", kind: "vector-scalar", scalar: "int64" }
  ] },
  /* 22 */
  { name: "StablehloIotaOptions", slots: [
    { name: "iota_dimension", js: "iotaDimension", kind: "scalar", scalar: "int64" }
  ] },
  /* 23 */
  { name: "StablehloCustomCallOptions", slots: [
    { name: "call_target_name", js: "callTargetName", kind: "string" },
    { name: "has_side_effect", js: "hasSideEffect", kind: "scalar", scalar: "bool" },
    { name: "backend_config", js: "backendConfig", kind: "string" },
    { name: "api_version", js: "apiVersion", kind: "scalar", scalar: "int32" },
    { name: "called_computations", js: "calledComputations", kind: "vector-scalar", scalar: "int32" },
    { name: "custom_attributes", js: "customAttributes", kind: "vector-scalar", scalar: "uint8" }
  ] },
  /* 24 */
  { name: "StablehloReduceOptions", slots: [
    { name: "dimensions", js: "dimensions", kind: "vector-scalar", scalar: "int64" },
    { name: "body_subgraph_index", js: "bodySubgraphIndex", kind: "scalar", scalar: "int32" }
  ] },
  /* 25 */
  { name: "StablehloSliceOptions", slots: [
    { name: "start_indices", js: "startIndices", kind: "vector-scalar", scalar: "int64" },
    { name: "limit_indices", js: "limitIndices", kind: "vector-scalar", scalar: "int64" },
    { name: "strides", js: "strides", kind: "vector-scalar", scalar: "int64" }
  ] },
  /* 26 */
  { name: "StablehloConvolutionOptions", slots: [
    { name: "window_strides", js: "windowStrides", kind: "vector-scalar", scalar: "int64" },
    { name: "padding", js: "padding", kind: "vector-scalar", scalar: "int64" },
    { name: "lhs_dilation", js: "lhsDilation", kind: "vector-scalar", scalar: "int64" },
    { name: "rhs_dilation", js: "rhsDilation", kind: "vector-scalar", scalar: "int64" },
    { name: "window_reversal", js: "windowReversal", kind: "vector-scalar", scalar: "bool" },
    { name: "input_batch_dimension", js: "inputBatchDimension", kind: "scalar", scalar: "int64" },
    { name: "input_feature_dimension", js: "inputFeatureDimension", kind: "scalar", scalar: "int64" },
    { name: "input_spatial_dimensions", js: "inputSpatialDimensions", kind: "vector-scalar", scalar: "int64" },
    { name: "kernel_input_feature_dimension", js: "kernelInputFeatureDimension", kind: "scalar", scalar: "int64" },
    { name: "kernel_output_feature_dimension", js: "kernelOutputFeatureDimension", kind: "scalar", scalar: "int64" },
    { name: "kernel_spatial_dimensions", js: "kernelSpatialDimensions", kind: "vector-scalar", scalar: "int64" },
    { name: "output_batch_dimension", js: "outputBatchDimension", kind: "scalar", scalar: "int64" },
    { name: "output_feature_dimension", js: "outputFeatureDimension", kind: "scalar", scalar: "int64" },
    { name: "output_spatial_dimensions", js: "outputSpatialDimensions", kind: "vector-scalar", scalar: "int64" },
    { name: "feature_group_count", js: "featureGroupCount", kind: "scalar", scalar: "int64" },
    { name: "batch_group_count", js: "batchGroupCount", kind: "scalar", scalar: "int64" },
    { name: "precision_config", js: "precisionConfig", kind: "vector-scalar", scalar: "uint32" }
  ] },
  /* 27 */
  { name: "StablehloScatterOptions", slots: [
    { name: "indices_are_sorted", js: "indicesAreSorted", kind: "scalar", scalar: "bool" },
    { name: "update_window_dims", js: "updateWindowDims", kind: "vector-scalar", scalar: "int64" },
    { name: "inserted_window_dims", js: "insertedWindowDims", kind: "vector-scalar", scalar: "int64" },
    { name: "scatter_dims_to_operand_dims", js: "scatterDimsToOperandDims", kind: "vector-scalar", scalar: "int64" },
    { name: "index_vector_dim", js: "indexVectorDim", kind: "scalar", scalar: "int64" },
    { name: "unique_indices", js: "uniqueIndices", kind: "scalar", scalar: "bool" },
    { name: "update_computation_subgraph_index", js: "updateComputationSubgraphIndex", kind: "scalar", scalar: "int32" }
  ] },
  /* 28 */
  { name: "StablehloCaseOptions", slots: [
    { name: "branch_subgraph_indices", js: "branchSubgraphIndices", kind: "vector-scalar", scalar: "int32" }
  ] },
  /* 29 */
  { name: "StablehloRngBitGeneratorOptions", slots: [
    { name: "algorithm", js: "algorithm", kind: "scalar", scalar: "int8" }
  ] },
  /* 30 */
  { name: "Conv2DOptions", slots: [
    { name: "padding", js: "padding", kind: "scalar", scalar: "int8" },
    { name: "stride_w", js: "strideW", kind: "scalar", scalar: "int32" },
    { name: "stride_h", js: "strideH", kind: "scalar", scalar: "int32" },
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "dilation_w_factor", js: "dilationWFactor", kind: "scalar", scalar: "int32" },
    { name: "dilation_h_factor", js: "dilationHFactor", kind: "scalar", scalar: "int32" },
    { name: "quantized_bias_type", js: "quantizedBiasType", kind: "scalar", scalar: "int8" }
  ] },
  /* 31 */
  { name: "Conv3DOptions", slots: [
    { name: "padding", js: "padding", kind: "scalar", scalar: "int8" },
    { name: "stride_d", js: "strideD", kind: "scalar", scalar: "int32" },
    { name: "stride_w", js: "strideW", kind: "scalar", scalar: "int32" },
    { name: "stride_h", js: "strideH", kind: "scalar", scalar: "int32" },
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "dilation_d_factor", js: "dilationDFactor", kind: "scalar", scalar: "int32" },
    { name: "dilation_w_factor", js: "dilationWFactor", kind: "scalar", scalar: "int32" },
    { name: "dilation_h_factor", js: "dilationHFactor", kind: "scalar", scalar: "int32" }
  ] },
  /* 32 */
  { name: "Pool2DOptions", slots: [
    { name: "padding", js: "padding", kind: "scalar", scalar: "int8" },
    { name: "stride_w", js: "strideW", kind: "scalar", scalar: "int32" },
    { name: "stride_h", js: "strideH", kind: "scalar", scalar: "int32" },
    { name: "filter_width", js: "filterWidth", kind: "scalar", scalar: "int32" },
    { name: "filter_height", js: "filterHeight", kind: "scalar", scalar: "int32" },
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" }
  ] },
  /* 33 */
  { name: "DepthwiseConv2DOptions", slots: [
    { name: "padding", js: "padding", kind: "scalar", scalar: "int8" },
    { name: "stride_w", js: "strideW", kind: "scalar", scalar: "int32" },
    { name: "stride_h", js: "strideH", kind: "scalar", scalar: "int32" },
    { name: "depth_multiplier", js: "depthMultiplier", kind: "scalar", scalar: "int32" },
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "dilation_w_factor", js: "dilationWFactor", kind: "scalar", scalar: "int32" },
    { name: "dilation_h_factor", js: "dilationHFactor", kind: "scalar", scalar: "int32" }
  ] },
  /* 34 */
  { name: "ConcatEmbeddingsOptions", slots: [
    { name: "num_channels", js: "numChannels", kind: "scalar", scalar: "int32" },
    { name: "num_columns_per_channel", js: "numColumnsPerChannel", kind: "vector-scalar", scalar: "int32" },
    { name: "embedding_dim_per_channel", js: "embeddingDimPerChannel", kind: "vector-scalar", scalar: "int32" }
  ] },
  /* 35 */
  { name: "LSHProjectionOptions", slots: [
    { name: "type", js: "type", kind: "scalar", scalar: "int8" }
  ] },
  /* 36 */
  { name: "SVDFOptions", slots: [
    { name: "rank", js: "rank", kind: "scalar", scalar: "int32" },
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "asymmetric_quantize_inputs", js: "asymmetricQuantizeInputs", kind: "scalar", scalar: "bool" }
  ] },
  /* 37 */
  { name: "RNNOptions", slots: [
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "asymmetric_quantize_inputs", js: "asymmetricQuantizeInputs", kind: "scalar", scalar: "bool" }
  ] },
  /* 38 */
  { name: "SequenceRNNOptions", slots: [
    { name: "time_major", js: "timeMajor", kind: "scalar", scalar: "bool" },
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "asymmetric_quantize_inputs", js: "asymmetricQuantizeInputs", kind: "scalar", scalar: "bool" }
  ] },
  /* 39 */
  { name: "BidirectionalSequenceRNNOptions", slots: [
    { name: "time_major", js: "timeMajor", kind: "scalar", scalar: "bool" },
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "merge_outputs", js: "mergeOutputs", kind: "scalar", scalar: "bool" },
    { name: "asymmetric_quantize_inputs", js: "asymmetricQuantizeInputs", kind: "scalar", scalar: "bool" }
  ] },
  /* 40 */
  { name: "FullyConnectedOptions", slots: [
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "weights_format", js: "weightsFormat", kind: "scalar", scalar: "int8" },
    { name: "keep_num_dims", js: "keepNumDims", kind: "scalar", scalar: "bool" },
    { name: "asymmetric_quantize_inputs", js: "asymmetricQuantizeInputs", kind: "scalar", scalar: "bool" },
    { name: "quantized_bias_type", js: "quantizedBiasType", kind: "scalar", scalar: "int8" }
  ] },
  /* 41 */
  { name: "SoftmaxOptions", slots: [
    { name: "beta", js: "beta", kind: "scalar", scalar: "float32" }
  ] },
  /* 42 */
  { name: "ConcatenationOptions", slots: [
    { name: "axis", js: "axis", kind: "scalar", scalar: "int32" },
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" }
  ] },
  /* 43 */
  { name: "AddOptions", slots: [
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "pot_scale_int16", js: "potScaleInt16", kind: "scalar", scalar: "bool" }
  ] },
  /* 44 */
  { name: "MulOptions", slots: [
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" }
  ] },
  /* 45 */
  { name: "L2NormOptions", slots: [
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" }
  ] },
  /* 46 */
  { name: "LocalResponseNormalizationOptions", slots: [
    { name: "radius", js: "radius", kind: "scalar", scalar: "int32" },
    { name: "bias", js: "bias", kind: "scalar", scalar: "float32" },
    { name: "alpha", js: "alpha", kind: "scalar", scalar: "float32" },
    { name: "beta", js: "beta", kind: "scalar", scalar: "float32" }
  ] },
  /* 47 */
  { name: "LSTMOptions", slots: [
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "cell_clip", js: "cellClip", kind: "scalar", scalar: "float32" },
    { name: "proj_clip", js: "projClip", kind: "scalar", scalar: "float32" },
    { name: "kernel_type", js: "kernelType", kind: "scalar", scalar: "int8" },
    { name: "asymmetric_quantize_inputs", js: "asymmetricQuantizeInputs", kind: "scalar", scalar: "bool" }
  ] },
  /* 48 */
  { name: "UnidirectionalSequenceLSTMOptions", slots: [
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "cell_clip", js: "cellClip", kind: "scalar", scalar: "float32" },
    { name: "proj_clip", js: "projClip", kind: "scalar", scalar: "float32" },
    { name: "time_major", js: "timeMajor", kind: "scalar", scalar: "bool" },
    { name: "asymmetric_quantize_inputs", js: "asymmetricQuantizeInputs", kind: "scalar", scalar: "bool" },
    { name: "diagonal_recurrent_tensors", js: "diagonalRecurrentTensors", kind: "scalar", scalar: "bool" }
  ] },
  /* 49 */
  { name: "BidirectionalSequenceLSTMOptions", slots: [
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "cell_clip", js: "cellClip", kind: "scalar", scalar: "float32" },
    { name: "proj_clip", js: "projClip", kind: "scalar", scalar: "float32" },
    { name: "merge_outputs", js: "mergeOutputs", kind: "scalar", scalar: "bool" },
    { name: "time_major", js: "timeMajor", kind: "scalar", scalar: "bool" },
    { name: "asymmetric_quantize_inputs", js: "asymmetricQuantizeInputs", kind: "scalar", scalar: "bool" }
  ] },
  /* 50 */
  { name: "ResizeBilinearOptions", slots: [
    { name: "new_height", js: "newHeight", kind: "scalar", scalar: "int32" },
    { name: "new_width", js: "newWidth", kind: "scalar", scalar: "int32" },
    { name: "align_corners", js: "alignCorners", kind: "scalar", scalar: "bool" },
    { name: "half_pixel_centers", js: "halfPixelCenters", kind: "scalar", scalar: "bool" }
  ] },
  /* 51 */
  { name: "ResizeNearestNeighborOptions", slots: [
    { name: "align_corners", js: "alignCorners", kind: "scalar", scalar: "bool" },
    { name: "half_pixel_centers", js: "halfPixelCenters", kind: "scalar", scalar: "bool" }
  ] },
  /* 52 */
  { name: "CallOptions", slots: [
    { name: "subgraph", js: "subgraph", kind: "scalar", scalar: "uint32" }
  ] },
  /* 53 */
  { name: "PadOptions", slots: [] },
  /* 54 */
  { name: "PadV2Options", slots: [] },
  /* 55 */
  { name: "ReshapeOptions", slots: [
    { name: "new_shape", js: "newShape", kind: "vector-scalar", scalar: "int32" }
  ] },
  /* 56 */
  { name: "SpaceToBatchNDOptions", slots: [] },
  /* 57 */
  { name: "BatchToSpaceNDOptions", slots: [] },
  /* 58 */
  { name: "SkipGramOptions", slots: [
    { name: "ngram_size", js: "ngramSize", kind: "scalar", scalar: "int32" },
    { name: "max_skip_size", js: "maxSkipSize", kind: "scalar", scalar: "int32" },
    { name: "include_all_ngrams", js: "includeAllNgrams", kind: "scalar", scalar: "bool" }
  ] },
  /* 59 */
  { name: "SpaceToDepthOptions", slots: [
    { name: "block_size", js: "blockSize", kind: "scalar", scalar: "int32" }
  ] },
  /* 60 */
  { name: "DepthToSpaceOptions", slots: [
    { name: "block_size", js: "blockSize", kind: "scalar", scalar: "int32" }
  ] },
  /* 61 */
  { name: "SubOptions", slots: [
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "pot_scale_int16", js: "potScaleInt16", kind: "scalar", scalar: "bool" }
  ] },
  /* 62 */
  { name: "DivOptions", slots: [
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" }
  ] },
  /* 63 */
  { name: "TopKV2Options", slots: [] },
  /* 64 */
  { name: "EmbeddingLookupSparseOptions", slots: [
    { name: "combiner", js: "combiner", kind: "scalar", scalar: "int8" }
  ] },
  /* 65 */
  { name: "GatherOptions", slots: [
    { name: "axis", js: "axis", kind: "scalar", scalar: "int32" },
    { name: "batch_dims", js: "batchDims", kind: "scalar", scalar: "int32" }
  ] },
  /* 66 */
  { name: "TransposeOptions", slots: [] },
  /* 67 */
  { name: "ExpOptions", slots: [] },
  /* 68 */
  { name: "CosOptions", slots: [] },
  /* 69 */
  { name: "ReducerOptions", slots: [
    { name: "keep_dims", js: "keepDims", kind: "scalar", scalar: "bool" }
  ] },
  /* 70 */
  { name: "SqueezeOptions", slots: [
    { name: "squeeze_dims", js: "squeezeDims", kind: "vector-scalar", scalar: "int32" }
  ] },
  /* 71 */
  { name: "SplitOptions", slots: [
    { name: "num_splits", js: "numSplits", kind: "scalar", scalar: "int32" }
  ] },
  /* 72 */
  { name: "SplitVOptions", slots: [
    { name: "num_splits", js: "numSplits", kind: "scalar", scalar: "int32" }
  ] },
  /* 73 */
  { name: "StridedSliceOptions", slots: [
    { name: "begin_mask", js: "beginMask", kind: "scalar", scalar: "int32" },
    { name: "end_mask", js: "endMask", kind: "scalar", scalar: "int32" },
    { name: "ellipsis_mask", js: "ellipsisMask", kind: "scalar", scalar: "int32" },
    { name: "new_axis_mask", js: "newAxisMask", kind: "scalar", scalar: "int32" },
    { name: "shrink_axis_mask", js: "shrinkAxisMask", kind: "scalar", scalar: "int32" },
    { name: "offset", js: "offset", kind: "scalar", scalar: "bool" }
  ] },
  /* 74 */
  { name: "LogSoftmaxOptions", slots: [] },
  /* 75 */
  { name: "CastOptions", slots: [
    { name: "in_data_type", js: "inDataType", kind: "scalar", scalar: "int8" },
    { name: "out_data_type", js: "outDataType", kind: "scalar", scalar: "int8" }
  ] },
  /* 76 */
  { name: "DequantizeOptions", slots: [] },
  /* 77 */
  { name: "MaximumMinimumOptions", slots: [] },
  /* 78 */
  { name: "TileOptions", slots: [] },
  /* 79 */
  { name: "ArgMaxOptions", slots: [
    { name: "output_type", js: "outputType", kind: "scalar", scalar: "int8" }
  ] },
  /* 80 */
  { name: "ArgMinOptions", slots: [
    { name: "output_type", js: "outputType", kind: "scalar", scalar: "int8" }
  ] },
  /* 81 */
  { name: "GreaterOptions", slots: [] },
  /* 82 */
  { name: "GreaterEqualOptions", slots: [] },
  /* 83 */
  { name: "LessOptions", slots: [] },
  /* 84 */
  { name: "LessEqualOptions", slots: [] },
  /* 85 */
  { name: "NegOptions", slots: [] },
  /* 86 */
  { name: "SelectOptions", slots: [] },
  /* 87 */
  { name: "SliceOptions", slots: [] },
  /* 88 */
  { name: "TransposeConvOptions", slots: [
    { name: "padding", js: "padding", kind: "scalar", scalar: "int8" },
    { name: "stride_w", js: "strideW", kind: "scalar", scalar: "int32" },
    { name: "stride_h", js: "strideH", kind: "scalar", scalar: "int32" },
    { name: "fused_activation_function", js: "fusedActivationFunction", kind: "scalar", scalar: "int8" },
    { name: "quantized_bias_type", js: "quantizedBiasType", kind: "scalar", scalar: "int8" }
  ] },
  /* 89 */
  { name: "ExpandDimsOptions", slots: [] },
  /* 90 */
  { name: "SparseToDenseOptions", slots: [
    { name: "validate_indices", js: "validateIndices", kind: "scalar", scalar: "bool" }
  ] },
  /* 91 */
  { name: "EqualOptions", slots: [] },
  /* 92 */
  { name: "NotEqualOptions", slots: [] },
  /* 93 */
  { name: "ShapeOptions", slots: [
    { name: "out_type", js: "outType", kind: "scalar", scalar: "int8" }
  ] },
  /* 94 */
  { name: "RankOptions", slots: [] },
  /* 95 */
  { name: "PowOptions", slots: [] },
  /* 96 */
  { name: "FakeQuantOptions", slots: [
    { name: "min", js: "min", kind: "scalar", scalar: "float32" },
    { name: "max", js: "max", kind: "scalar", scalar: "float32" },
    { name: "num_bits", js: "numBits", kind: "scalar", scalar: "int32" },
    { name: "narrow_range", js: "narrowRange", kind: "scalar", scalar: "bool" }
  ] },
  /* 97 */
  { name: "PackOptions", slots: [
    { name: "values_count", js: "valuesCount", kind: "scalar", scalar: "int32" },
    { name: "axis", js: "axis", kind: "scalar", scalar: "int32" }
  ] },
  /* 98 */
  { name: "LogicalOrOptions", slots: [] },
  /* 99 */
  { name: "OneHotOptions", slots: [
    { name: "axis", js: "axis", kind: "scalar", scalar: "int32" }
  ] },
  /* 100 */
  { name: "AbsOptions", slots: [] },
  /* 101 */
  { name: "HardSwishOptions", slots: [] },
  /* 102 */
  { name: "LogicalAndOptions", slots: [] },
  /* 103 */
  { name: "LogicalNotOptions", slots: [] },
  /* 104 */
  { name: "UnpackOptions", slots: [
    { name: "num", js: "num", kind: "scalar", scalar: "int32" },
    { name: "axis", js: "axis", kind: "scalar", scalar: "int32" }
  ] },
  /* 105 */
  { name: "FloorDivOptions", slots: [] },
  /* 106 */
  { name: "SquareOptions", slots: [] },
  /* 107 */
  { name: "ZerosLikeOptions", slots: [] },
  /* 108 */
  { name: "FillOptions", slots: [] },
  /* 109 */
  { name: "FloorModOptions", slots: [] },
  /* 110 */
  { name: "RangeOptions", slots: [] },
  /* 111 */
  { name: "LeakyReluOptions", slots: [
    { name: "alpha", js: "alpha", kind: "scalar", scalar: "float32" }
  ] },
  /* 112 */
  { name: "SquaredDifferenceOptions", slots: [] },
  /* 113 */
  { name: "MirrorPadOptions", slots: [
    { name: "mode", js: "mode", kind: "scalar", scalar: "int8" }
  ] },
  /* 114 */
  { name: "UniqueOptions", slots: [
    { name: "idx_out_type", js: "idxOutType", kind: "scalar", scalar: "int8" }
  ] },
  /* 115 */
  { name: "ReverseV2Options", slots: [] },
  /* 116 */
  { name: "AddNOptions", slots: [] },
  /* 117 */
  { name: "GatherNdOptions", slots: [] },
  /* 118 */
  { name: "WhereOptions", slots: [] },
  /* 119 */
  { name: "ReverseSequenceOptions", slots: [
    { name: "seq_dim", js: "seqDim", kind: "scalar", scalar: "int32" },
    { name: "batch_dim", js: "batchDim", kind: "scalar", scalar: "int32" }
  ] },
  /* 120 */
  { name: "MatrixDiagOptions", slots: [] },
  /* 121 */
  { name: "QuantizeOptions", slots: [] },
  /* 122 */
  { name: "MatrixSetDiagOptions", slots: [] },
  /* 123 */
  { name: "IfOptions", slots: [
    { name: "then_subgraph_index", js: "thenSubgraphIndex", kind: "scalar", scalar: "int32" },
    { name: "else_subgraph_index", js: "elseSubgraphIndex", kind: "scalar", scalar: "int32" }
  ] },
  /* 124 */
  { name: "CallOnceOptions", slots: [
    { name: "init_subgraph_index", js: "initSubgraphIndex", kind: "scalar", scalar: "int32" }
  ] },
  /* 125 */
  { name: "WhileOptions", slots: [
    { name: "cond_subgraph_index", js: "condSubgraphIndex", kind: "scalar", scalar: "int32" },
    { name: "body_subgraph_index", js: "bodySubgraphIndex", kind: "scalar", scalar: "int32" }
  ] },
  /* 126 */
  { name: "NonMaxSuppressionV4Options", slots: [] },
  /* 127 */
  { name: "NonMaxSuppressionV5Options", slots: [] },
  /* 128 */
  { name: "ScatterNdOptions", slots: [] },
  /* 129 */
  { name: "SelectV2Options", slots: [] },
  /* 130 */
  { name: "DensifyOptions", slots: [] },
  /* 131 */
  { name: "SegmentSumOptions", slots: [] },
  /* 132 */
  { name: "BatchMatMulOptions", slots: [
    { name: "adj_x", js: "adjX", kind: "scalar", scalar: "bool" },
    { name: "adj_y", js: "adjY", kind: "scalar", scalar: "bool" },
    { name: "asymmetric_quantize_inputs", js: "asymmetricQuantizeInputs", kind: "scalar", scalar: "bool" }
  ] },
  /* 133 */
  { name: "CumsumOptions", slots: [
    { name: "exclusive", js: "exclusive", kind: "scalar", scalar: "bool" },
    { name: "reverse", js: "reverse", kind: "scalar", scalar: "bool" }
  ] },
  /* 134 */
  { name: "BroadcastToOptions", slots: [] },
  /* 135 */
  { name: "Rfft2dOptions", slots: [] },
  /* 136 */
  { name: "HashtableOptions", slots: [
    { name: "table_id", js: "tableId", kind: "scalar", scalar: "int32" },
    { name: "key_dtype", js: "keyDtype", kind: "scalar", scalar: "int8" },
    { name: "value_dtype", js: "valueDtype", kind: "scalar", scalar: "int8" }
  ] },
  /* 137 */
  { name: "HashtableFindOptions", slots: [] },
  /* 138 */
  { name: "HashtableImportOptions", slots: [] },
  /* 139 */
  { name: "HashtableSizeOptions", slots: [] },
  /* 140 */
  { name: "VarHandleOptions", slots: [
    { name: "container", js: "container", kind: "string" },
    { name: "shared_name", js: "sharedName", kind: "string" }
  ] },
  /* 141 */
  { name: "ReadVariableOptions", slots: [] },
  /* 142 */
  { name: "AssignVariableOptions", slots: [] },
  /* 143 */
  { name: "RandomOptions", slots: [
    { name: "seed", js: "seed", kind: "scalar", scalar: "int64" },
    { name: "seed2", js: "seed2", kind: "scalar", scalar: "int64" }
  ] },
  /* 144 */
  { name: "BucketizeOptions", slots: [
    { name: "boundaries", js: "boundaries", kind: "vector-scalar", scalar: "float32" }
  ] },
  /* 145 */
  { name: "GeluOptions", slots: [
    { name: "approximate", js: "approximate", kind: "scalar", scalar: "bool" }
  ] },
  /* 146 */
  { name: "DynamicUpdateSliceOptions", slots: [] },
  /* 147 */
  { name: "UnsortedSegmentProdOptions", slots: [] },
  /* 148 */
  { name: "UnsortedSegmentMaxOptions", slots: [] },
  /* 149 */
  { name: "UnsortedSegmentSumOptions", slots: [] },
  /* 150 */
  { name: "ATan2Options", slots: [] },
  /* 151 */
  { name: "UnsortedSegmentMinOptions", slots: [] },
  /* 152 */
  { name: "SignOptions", slots: [] },
  /* 153 */
  { name: "BitcastOptions", slots: [] },
  /* 154 */
  { name: "BitwiseXorOptions", slots: [] },
  /* 155 */
  { name: "RightShiftOptions", slots: [] },
  /* 156 */
  { name: "DilateOptions", slots: [] },
  /* 157 */
  { name: "ReduceWindowOptions", slots: [
    { name: "reduce_function", js: "reduceFunction", kind: "scalar", scalar: "int32" }
  ] },
  /* 158 */
  { name: "OperatorCode", slots: [
    { name: "deprecated_builtin_code", js: "deprecatedBuiltinCode", kind: "scalar", scalar: "int8" },
    { name: "custom_code", js: "customCode", kind: "string" },
    { name: "version", js: "version", kind: "scalar", scalar: "int32" },
    { name: "builtin_code", js: "builtinCode", kind: "scalar", scalar: "int32" }
  ] },
  /* 159 */
  { name: "StableHLOCompositeOptions", slots: [
    { name: "name", js: "name", kind: "string" },
    { name: "decomposition_subgraph_index", js: "decompositionSubgraphIndex", kind: "scalar", scalar: "int32" },
    { name: "composite_attributes", js: "compositeAttributes", kind: "vector-scalar", scalar: "uint8" },
    { name: "composite_attributes_format", js: "compositeAttributesFormat", kind: "scalar", scalar: "int8" },
    { name: "version", js: "version", kind: "scalar", scalar: "int32" }
  ] },
  /* 160 */
  { name: "StablehloShiftLeftOptions", slots: [] },
  /* 161 */
  { name: "Operator", slots: [
    { name: "opcode_index", js: "opcodeIndex", kind: "scalar", scalar: "uint32" },
    { name: "inputs", js: "inputs", kind: "vector-scalar", scalar: "int32" },
    { name: "outputs", js: "outputs", kind: "vector-scalar", scalar: "int32" },
    { name: "builtin_options_type", js: "builtinOptionsType", kind: "union-type", scalar: "uint8", ref: 2 },
    { name: "builtin_options", js: "builtinOptions", kind: "union", ref: 2 },
    { name: "custom_options", js: "customOptions", kind: "vector-scalar", scalar: "uint8" },
    { name: "custom_options_format", js: "customOptionsFormat", kind: "scalar", scalar: "int8" },
    { name: "mutating_variable_inputs", js: "mutatingVariableInputs", kind: "vector-scalar", scalar: "bool" },
    { name: "intermediates", js: "intermediates", kind: "vector-scalar", scalar: "int32" },
    { name: "large_custom_options_offset", js: "largeCustomOptionsOffset", kind: "scalar", scalar: "uint64" },
    { name: "large_custom_options_size", js: "largeCustomOptionsSize", kind: "scalar", scalar: "uint64" },
    { name: "builtin_options_2_type", js: "builtinOptions2Type", kind: "union-type", scalar: "uint8", ref: 3 },
    { name: "builtin_options_2", js: "builtinOptions2", kind: "union", ref: 3 },
    { name: "debug_metadata_index", js: "debugMetadataIndex", kind: "scalar", scalar: "int32" }
  ] },
  /* 162 */
  { name: "SubGraph", slots: [
    { name: "tensors", js: "tensors", kind: "vector-table", ref: 10 },
    { name: "inputs", js: "inputs", kind: "vector-scalar", scalar: "int32" },
    { name: "outputs", js: "outputs", kind: "vector-scalar", scalar: "int32" },
    { name: "operators", js: "operators", kind: "vector-table", ref: 161 },
    { name: "name", js: "name", kind: "string" },
    { name: "debug_metadata_index", js: "debugMetadataIndex", kind: "scalar", scalar: "int32" }
  ] },
  /* 163 */
  { name: "Buffer", slots: [
    { name: "data", js: "data", kind: "vector-scalar", scalar: "uint8", align: 16 },
    { name: "offset", js: "offset", kind: "scalar", scalar: "uint64" },
    { name: "size", js: "size", kind: "scalar", scalar: "uint64" }
  ] },
  /* 164 */
  { name: "ExternalBufferGroup", slots: [
    { name: "name", js: "name", kind: "string" }
  ] },
  /* 165 */
  { name: "ExternalBuffer", slots: [
    { name: "id", js: "id", kind: "scalar", scalar: "uint32" },
    { name: "group", js: "group", kind: "scalar", scalar: "uint32" },
    { name: "offset", js: "offset", kind: "scalar", scalar: "uint64" },
    { name: "length", js: "length", kind: "scalar", scalar: "uint64" },
    { name: "packing", js: "packing", kind: "string" }
  ] },
  /* 166 */
  { name: "Metadata", slots: [
    { name: "name", js: "name", kind: "string" },
    { name: "buffer", js: "buffer", kind: "scalar", scalar: "uint32" }
  ] },
  /* 167 */
  { name: "TensorMap", slots: [
    { name: "name", js: "name", kind: "string" },
    { name: "tensor_index", js: "tensorIndex", kind: "scalar", scalar: "uint32" }
  ] },
  /* 168 */
  { name: "SignatureDef", slots: [
    { name: "inputs", js: "inputs", kind: "vector-table", ref: 167 },
    { name: "outputs", js: "outputs", kind: "vector-table", ref: 167 },
    { name: "signature_key", js: "signatureKey", kind: "string" },
    { name: "deprecated_tag", js: "deprecatedTag", kind: "string" },
    { name: "subgraph_index", js: "subgraphIndex", kind: "scalar", scalar: "uint32" }
  ] },
  /* 169 */
  { name: "Model", slots: [
    { name: "version", js: "version", kind: "scalar", scalar: "uint32" },
    { name: "operator_codes", js: "operatorCodes", kind: "vector-table", ref: 158 },
    { name: "subgraphs", js: "subgraphs", kind: "vector-table", ref: 162 },
    { name: "description", js: "description", kind: "string" },
    { name: "buffers", js: "buffers", kind: "vector-table", ref: 163 },
    { name: "metadata_buffer", js: "metadataBuffer", kind: "vector-scalar", scalar: "int32" },
    { name: "metadata", js: "metadata", kind: "vector-table", ref: 166 },
    { name: "signature_defs", js: "signatureDefs", kind: "vector-table", ref: 168 },
    { name: "external_buffer_groups", js: "externalBufferGroups", kind: "vector-table", ref: 164 },
    { name: "external_buffers", js: "externalBuffers", kind: "vector-table", ref: 165 }
  ] }
];
var UNIONS = [
  /* 0 */
  { name: "QuantizationDetails", members: [0, 1, 2] },
  /* 1 */
  { name: "SparseIndexVector", members: [4, 5, 6] },
  /* 2 */
  { name: "BuiltinOptions", members: [30, 33, 34, 35, 32, 36, 37, 40, 41, 42, 43, 45, 46, 47, 50, 52, 55, 58, 59, 64, 44, 53, 65, 57, 56, 66, 69, 61, 62, 70, 38, 73, 67, 63, 71, 74, 75, 76, 77, 79, 83, 85, 54, 81, 82, 84, 86, 87, 88, 90, 78, 89, 91, 92, 93, 95, 80, 96, 97, 98, 99, 102, 103, 104, 105, 106, 107, 108, 49, 39, 48, 109, 110, 51, 111, 112, 113, 100, 72, 114, 115, 116, 117, 68, 118, 94, 119, 120, 121, 122, 101, 123, 125, 60, 126, 127, 128, 129, 130, 131, 132, 133, 124, 134, 135, 31, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 151, 149, 150, 152, 153, 154, 155] },
  /* 3 */
  { name: "BuiltinOptions2", members: [17, 18, 25, 26, 23, 24, 27, 19, 20, 21, 22, 13, 14, 16, 15, 11, 12, 156, 29, 157, 159, 160, 28] }
];
var TABLE_INDEX = new Map(TABLES.map((t, i) => [t.name, i]));

// src/tflite/verify.ts
var MAX_DEPTH = 64;
var VISITS_PER_BYTE = 1;
var MIN_VISIT_BUDGET = 1e4;
var MAX_OFFSET = 2147483647;
var K_SCALAR = 0;
var K_UNION_TYPE = 1;
var K_STRING = 2;
var K_TABLE = 3;
var K_UNION = 4;
var K_VECTOR_SCALAR = 5;
var K_VECTOR_STRING = 6;
var K_VECTOR_TABLE = 7;
var KIND_CODE = {
  scalar: K_SCALAR,
  "union-type": K_UNION_TYPE,
  string: K_STRING,
  table: K_TABLE,
  union: K_UNION,
  "vector-scalar": K_VECTOR_SCALAR,
  "vector-string": K_VECTOR_STRING,
  "vector-table": K_VECTOR_TABLE
};
var COMPILED = TABLES.map((t) => ({
  name: t.name,
  names: t.slots.map((s) => s.js),
  kinds: Uint8Array.from(t.slots, (s) => KIND_CODE[s.kind]),
  sizes: Uint8Array.from(t.slots, (s) => s.scalar ? SCALAR_SIZE[s.scalar] : 4),
  // Scalar vectors wider than a byte are read through typed-array views, which need aligned starts; 64-bit vectors
  // are read element by element (no typed-array view), and real files leave them unaligned.
  aligns: Uint8Array.from(
    t.slots,
    (s) => s.kind === "vector-scalar" && s.scalar && SCALAR_SIZE[s.scalar] < 8 ? SCALAR_SIZE[s.scalar] : 1
  ),
  refs: Int32Array.from(t.slots, (s) => s.ref ?? -1)
}));
var UNION_MEMBERS = UNIONS.map((u) => [...u.members]);
var Walker = class {
  constructor(bytes, file) {
    this.bytes = bytes;
    this.file = file;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.length = bytes.length;
    this.maxVisits = MIN_VISIT_BUDGET + VISITS_PER_BYTE * bytes.length;
  }
  view;
  length;
  visits = 0;
  maxVisits;
  path = [];
  /** Length of the vector vector() checked last (returned this way to keep that hot call allocation-free). */
  lastLength = 0;
  fail(code, what) {
    const where = this.path.length ? `${this.pathText()}: ` : "";
    throw new ModelFileError(this.file, code, `${where}${what}`);
  }
  pathText() {
    let s = "";
    for (const p of this.path) s += typeof p === "number" ? `[${p}]` : s ? `.${p}` : p;
    return s;
  }
  countVisit() {
    if (++this.visits > this.maxVisits)
      this.fail(
        "bad-value",
        `more than ${this.maxVisits} tables, vectors and strings reached from a ${this.length}-byte file: objects shared pathologically often`
      );
  }
  /** Follows the uoffset stored at `at` (the accessors add it as a signed int); returns the target position. */
  follow(at, what) {
    if (at + 4 > this.length) this.fail("truncated", `${what} offset at byte ${at} lies past the end of the file`);
    const rel = this.view.getUint32(at, true);
    const target = at + rel;
    if (rel === 0 || rel > MAX_OFFSET || target >= this.length)
      this.fail("bad-offset", `${what} offset ${rel} at byte ${at} points outside the file (${this.length} bytes)`);
    return target;
  }
  /** Checks a vector's header and extent; returns the position of its first element (its length is `lastLength`). */
  vector(at, elemSize, align, what) {
    this.countVisit();
    const pos = this.follow(at, what);
    if (pos + 4 > this.length) this.fail("truncated", `${what} length at byte ${pos} lies past the end of the file`);
    const len = this.view.getUint32(pos, true);
    const start = pos + 4;
    if (len > MAX_OFFSET || start + len * elemSize > this.length)
      this.fail(
        "bad-length",
        `${what} claims ${len} elements of ${elemSize} bytes from byte ${start}, past the end of the file (${this.length} bytes)`
      );
    if (align > 1 && (this.bytes.byteOffset + start) % align !== 0)
      this.fail("bad-offset", `${what} at byte ${start} is not aligned to ${align} bytes`);
    this.lastLength = len;
    return start;
  }
  table(pos, tableIndex, depth) {
    this.countVisit();
    const layout = COMPILED[tableIndex];
    if (depth > MAX_DEPTH) this.fail("bad-value", `tables nested deeper than ${MAX_DEPTH} levels`);
    const view = this.view;
    const length = this.length;
    if (pos + 4 > length) this.fail("truncated", `${layout.name} table at byte ${pos} lies past the end of the file`);
    const vtable = pos - view.getInt32(pos, true);
    if (vtable < 0 || vtable + 4 > length)
      this.fail("bad-offset", `${layout.name} table at byte ${pos} has its vtable outside the file (at ${vtable})`);
    const vtSize = view.getUint16(vtable, true);
    const inlineSize = view.getUint16(vtable + 2, true);
    if (vtSize < 4 || (vtSize & 1) !== 0 || vtSize > 32767 || vtable + vtSize > length)
      this.fail("bad-length", `${layout.name} vtable at byte ${vtable} has an invalid size ${vtSize}`);
    if (pos + inlineSize > length)
      this.fail("truncated", `${layout.name} table at byte ${pos} (${inlineSize} bytes) runs past the end of the file`);
    const { kinds, sizes, aligns, refs, names } = layout;
    const slotsInVtable = vtSize - 4 >> 1;
    const present = kinds.length < slotsInVtable ? kinds.length : slotsInVtable;
    for (let s = 0; s < present; s++) {
      const fieldOffset = view.getInt16(vtable + 4 + 2 * s, true);
      if (fieldOffset === 0) continue;
      const at = pos + fieldOffset;
      const kind = kinds[s];
      if (fieldOffset < 0 || at + sizes[s] > length) {
        this.path.push(names[s]);
        this.fail(
          fieldOffset < 0 ? "bad-offset" : "truncated",
          `field at offset ${fieldOffset} of the table at byte ${pos} lies outside the file`
        );
      }
      if (kind === K_SCALAR) continue;
      if (kind === K_UNION_TYPE) {
        const value = view.getUint8(at);
        if (value > UNION_MEMBERS[refs[s]].length) {
          this.path.push(names[s]);
          this.fail("bad-value", `union type ${value} is not a member of ${UNIONS[refs[s]].name}`);
        }
        continue;
      }
      this.path.push(names[s]);
      switch (kind) {
        case K_STRING:
          this.vector(at, 1, 1, "string");
          break;
        case K_TABLE:
          this.table(this.follow(at, "table"), refs[s], depth + 1);
          break;
        case K_UNION: {
          const typeOffset = view.getInt16(vtable + 4 + 2 * (s - 1), true);
          const type = typeOffset > 0 ? view.getUint8(pos + typeOffset) : 0;
          if (type !== 0) this.table(this.follow(at, "union value"), UNION_MEMBERS[refs[s]][type - 1], depth + 1);
          break;
        }
        case K_VECTOR_SCALAR:
          this.vector(at, sizes[s], aligns[s], "vector");
          break;
        case K_VECTOR_STRING: {
          const start = this.vector(at, 4, 1, "vector");
          const len = this.lastLength;
          for (let k = 0; k < len; k++) {
            this.path.push(k);
            this.vector(start + 4 * k, 1, 1, "string");
            this.path.pop();
          }
          break;
        }
        case K_VECTOR_TABLE: {
          const start = this.vector(at, 4, 1, "vector");
          const len = this.lastLength;
          for (let k = 0; k < len; k++) {
            this.path.push(k);
            this.table(this.follow(start + 4 * k, "table"), refs[s], depth + 1);
            this.path.pop();
          }
          break;
        }
      }
      this.path.pop();
    }
  }
  root() {
    if (this.length < 8) this.fail("truncated", `only ${this.length} bytes, too short for a TFLite flatbuffer`);
    const ident = String.fromCharCode(this.bytes[4], this.bytes[5], this.bytes[6], this.bytes[7]);
    if (ident !== FILE_IDENTIFIER)
      this.fail("not-tflite", `file identifier is not "${FILE_IDENTIFIER}": not a TFLite model`);
    const rootPos = this.view.getUint32(0, true);
    if (rootPos < 8 || rootPos + 4 > this.length)
      this.fail(
        rootPos >= this.length ? "truncated" : "bad-offset",
        `root table offset ${rootPos} is outside the file (${this.length} bytes)`
      );
    this.path.push("Model");
    this.table(rootPos, ROOT_TABLE, 0);
    this.path.pop();
  }
};
function verifyModelBuffer(bytes, file, fileSize = bytes.length) {
  new Walker(bytes, file).root();
  verifyIndices(bytes, file, fileSize);
}
function verifyIndices(bytes, file, fileSize) {
  const fail = (what, code = "bad-index") => {
    throw new ModelFileError(file, code, what);
  };
  const fm = Model.getRootAsModel(new flatbuffers171.ByteBuffer(bytes));
  const nBuffers = fm.buffersLength();
  const nCodes = fm.operatorCodesLength();
  const nSubgraphs = fm.subgraphsLength();
  const size = fileSize;
  for (let b = 0; b < nBuffers; b++) {
    const buf = fm.buffers(b);
    const offset = buf.offset();
    if (offset > 1n) {
      const end = offset + buf.size();
      if (end > BigInt(size))
        fail(
          `buffer ${b} claims ${buf.size()} bytes at file offset ${offset}, past the end of the file (${size} bytes)`,
          "bad-offset"
        );
    }
  }
  for (let s = 0; s < nSubgraphs; s++) {
    const sg = fm.subgraphs(s);
    const nTensors = sg.tensorsLength();
    const where = `subgraph ${s}`;
    for (let t = 0; t < nTensors; t++) {
      const buffer = sg.tensors(t).buffer();
      if (buffer >= nBuffers)
        fail(`tensor ${t} of ${where} refers to buffer ${buffer} but the model has ${nBuffers} buffers`);
    }
    const checkTensorList = (list, what, allowOmitted) => {
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
      const op = sg.operators(o);
      const code = op.opcodeIndex();
      if (code >= nCodes)
        fail(`operator ${o} of ${where} uses operator code ${code} but the model has ${nCodes} operator codes`);
      checkTensorList(op.inputsArray(), `operator ${o} of ${where}: inputs`, true);
      checkTensorList(op.outputsArray(), `operator ${o} of ${where}: outputs`, false);
      checkTensorList(op.intermediatesArray(), `operator ${o} of ${where}: intermediates`, true);
      const customOffset = op.largeCustomOptionsOffset();
      if (customOffset > 1n && customOffset + op.largeCustomOptionsSize() > BigInt(size))
        fail(`operator ${o} of ${where} has custom options past the end of the file (${size} bytes)`, "bad-offset");
    }
  }
  for (let m = 0; m < fm.metadataLength(); m++) {
    const buffer = fm.metadata(m).buffer();
    if (buffer >= nBuffers) fail(`metadata ${m} refers to buffer ${buffer} but the model has ${nBuffers} buffers`);
  }
  for (let d = 0; d < fm.signatureDefsLength(); d++) {
    const sd = fm.signatureDefs(d);
    const sub = sd.subgraphIndex();
    if (sub >= nSubgraphs) fail(`signature ${d} refers to subgraph ${sub} but the model has ${nSubgraphs} subgraphs`);
    const nTensors = fm.subgraphs(sub).tensorsLength();
    const maps = [
      ...Array.from({ length: sd.inputsLength() }, (_, k) => ({ kind: "input", k, map: sd.inputs(k) })),
      ...Array.from({ length: sd.outputsLength() }, (_, k) => ({ kind: "output", k, map: sd.outputs(k) }))
    ];
    for (const { kind, k, map } of maps) {
      const idx = map.tensorIndex();
      if (idx >= nTensors)
        fail(`signature ${d} ${kind} ${k} refers to tensor ${idx} but subgraph ${sub} has ${nTensors} tensors`);
    }
  }
}

// src/tflite/sniff.ts
var LFS_PREFIX = "version https://git-lfs.github.com/spec/";
var LFS_POINTER_MAX_BYTES = 1024;
function isLfsPointer(bytes) {
  if (bytes.length >= LFS_POINTER_MAX_BYTES || bytes.length < LFS_PREFIX.length) return false;
  for (let i = 0; i < LFS_PREFIX.length; i++) if (bytes[i] !== LFS_PREFIX.charCodeAt(i)) return false;
  return true;
}
function sniffModelFile(bytes, file) {
  if (bytes.length === 0) throw new ModelFileError(file, "empty-file", "the file is empty");
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, Math.min(bytes.length, 200)));
  if (head.startsWith(LFS_PREFIX)) {
    throw new ModelFileError(
      file,
      "lfs-pointer",
      "this is a Git LFS pointer, not the model; fetch the LFS content (`git lfs pull`, or actions/checkout with `lfs: true`)"
    );
  }
  if (bytes.length < 8)
    throw new ModelFileError(file, "truncated", `only ${bytes.length} bytes, too short for a TFLite flatbuffer`);
  const ident = String.fromCharCode(bytes[4], bytes[5], bytes[6], bytes[7]);
  if (ident !== "TFL3") {
    const printable = /^[\x20-\x7e]{4}$/.test(ident) ? `"${ident}"` : "binary bytes";
    throw new ModelFileError(
      file,
      "not-tflite",
      `not a TFLite model: file identifier is ${printable}, expected "TFL3"`
    );
  }
}

// src/tflite/read.ts
var MAX_FLATBUFFER_BYTES = 2147483647;
function readModel(bytes, options = {}) {
  const file = options.file ?? "<model>";
  const checked = verifiedModelBytes(bytes, file);
  return buildChecked(checked, file, checked.length, null);
}
function verifiedModelBytes(bytes, file) {
  sniffModelFile(bytes, file);
  const aligned = bytes.byteOffset % 16 === 0 ? bytes : new Uint8Array(bytes);
  verifyModelBuffer(aligned, file);
  return aligned;
}
function buildChecked(bytes, file, fileSize, lazy) {
  try {
    return buildModel(bytes, fileSize, lazy);
  } catch (e) {
    if (e instanceof ModelFileError) throw e;
    throw new ModelFileError(file, "bad-value", `unreadable model: ${e.message}`);
  }
}
function readModelPrefix(prefix, options) {
  const file = options.file ?? "<model>";
  const { fileSize } = options;
  if (!Number.isSafeInteger(fileSize) || fileSize < prefix.length)
    throw new RangeError(`readModelPrefix: fileSize ${fileSize} is smaller than the ${prefix.length} bytes given`);
  sniffModelFile(prefix, file);
  if (prefix.length === fileSize) return { model: readModel(prefix, options) };
  const view = prefix.byteOffset % 16 === 0 ? prefix : new Uint8Array(prefix);
  const canGrow = prefix.length < Math.min(fileSize, MAX_FLATBUFFER_BYTES);
  try {
    verifyModelBuffer(view, file, fileSize);
  } catch (e) {
    if (e instanceof ModelFileError && canGrow) return { needBytes: grow(prefix.length, fileSize) };
    throw e;
  }
  const start = firstExternalOffset(view);
  if (start === null) {
    if (canGrow) return { needBytes: grow(prefix.length, fileSize) };
    throw new ModelFileError(file, "too-large", `${fileSize} bytes without external buffers: a flatbuffer is < 2 GB`);
  }
  if (start > prefix.length) {
    if (start > MAX_FLATBUFFER_BYTES)
      throw new ModelFileError(file, "too-large", `the flatbuffer part (${start} bytes) exceeds 2 GB`);
    return { needBytes: start };
  }
  return { model: buildChecked(view, file, fileSize, new LazyBuffers(options.load, file)) };
}
var grow = (have, fileSize) => Math.min(fileSize, MAX_FLATBUFFER_BYTES, Math.max(4 * have, 4096));
function firstExternalOffset(bytes) {
  const fm = Model.getRootAsModel(new flatbuffers172.ByteBuffer(bytes));
  let first = null;
  for (let i = 0; i < fm.buffersLength(); i++) {
    const b = fm.buffers(i);
    const offset = Number(b.offset());
    if (offset > 1 && b.size() > 0n && (first === null || offset < first)) first = offset;
  }
  return first;
}
var LazyBuffers = class {
  constructor(load, file) {
    this.load = load;
    this.file = file;
  }
  lastIndex = -1;
  lastData;
  attach(buffer) {
    const { index, offset, size } = buffer;
    Object.defineProperty(buffer, "data", {
      enumerable: true,
      configurable: true,
      get: () => {
        if (this.lastIndex === index && this.lastData) return this.lastData;
        this.lastData = void 0;
        this.lastIndex = -1;
        const data = this.load(offset, size);
        if (data.length !== size)
          throw new ModelFileError(this.file, "truncated", `buffer ${index}: read ${data.length} of ${size} bytes`);
        this.lastIndex = index;
        this.lastData = data;
        return data;
      }
    });
  }
};
function dtypeName(t) {
  const name = TensorType[t];
  return name ? name.toLowerCase() : "unknown";
}
function builtinName(code) {
  return BuiltinOperator[code] ?? `UNKNOWN_${code}`;
}
function plain(value) {
  if (typeof value === "bigint") return Number(value);
  if (value === null || typeof value !== "object") return value;
  if (ArrayBuffer.isView(value)) return Array.from(value, (v) => Number(v));
  if (Array.isArray(value)) return value.map(plain);
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = plain(v);
  return out;
}
function buildModel(bytes, fileSize, lazy) {
  const bb = new flatbuffers172.ByteBuffer(bytes);
  const fm = Model.getRootAsModel(bb);
  const operatorCodes = [];
  for (let i = 0; i < fm.operatorCodesLength(); i++) {
    const oc = fm.operatorCodes(i);
    const code = Math.max(oc.deprecatedBuiltinCode(), oc.builtinCode());
    const customCode = oc.customCode() ?? void 0;
    operatorCodes.push({ type: builtinName(code), builtinCode: code, customCode, version: oc.version() });
  }
  const buffers = [];
  for (let i = 0; i < fm.buffersLength(); i++) {
    const b = fm.buffers(i);
    const offset = Number(b.offset());
    const extSize = Number(b.size());
    if (offset > 1) {
      if (offset + extSize <= bytes.length) {
        buffers.push({ index: i, offset, size: extSize, data: bytes.subarray(offset, offset + extSize) });
      } else {
        const buffer = { index: i, offset, size: extSize };
        if (lazy && extSize > 0) lazy.attach(buffer);
        else buffer.data = void 0;
        buffers.push(buffer);
      }
    } else {
      const data = b.dataArray() ?? void 0;
      buffers.push({ index: i, size: data?.length ?? 0, data: data && data.length > 0 ? data : void 0 });
    }
  }
  const subgraphs = [];
  for (let s = 0; s < fm.subgraphsLength(); s++) {
    const sg = fm.subgraphs(s);
    const tensors = [];
    for (let t = 0; t < sg.tensorsLength(); t++) {
      const ft = sg.tensors(t);
      const q = ft.quantization();
      let quantization;
      if (q) {
        const scale = Array.from(q.scaleArray() ?? []);
        const zeroPoint = [];
        for (let z = 0; z < q.zeroPointLength(); z++) zeroPoint.push(Number(q.zeroPoint(z)));
        const min = q.minArray();
        const max = q.maxArray();
        const custom = q.detailsType() !== 0;
        if (scale.length || zeroPoint.length || min || max || custom) {
          quantization = {
            scale,
            zeroPoint,
            quantizedDimension: q.quantizedDimension(),
            ...min ? { min: Array.from(min) } : {},
            ...max ? { max: Array.from(max) } : {},
            ...custom ? { custom } : {}
          };
        }
      }
      const sig = ft.shapeSignatureArray();
      const shape = Array.from(ft.shapeArray() ?? []);
      const unknownRank = shape.length === 0 && !ft.hasRank() && !(buffers[ft.buffer()]?.size ?? 0);
      tensors.push({
        index: t,
        name: ft.name() ?? "",
        shape,
        ...sig ? { shapeSignature: Array.from(sig) } : {},
        ...unknownRank ? { unknownRank } : {},
        dtype: dtypeName(ft.type()),
        buffer: ft.buffer(),
        quantization,
        isVariable: ft.isVariable(),
        hasSparsity: ft.sparsity() !== null
      });
    }
    const operators = [];
    for (let o = 0; o < sg.operatorsLength(); o++) {
      const fo = sg.operators(o);
      const oc = operatorCodes[fo.opcodeIndex()];
      const optType = fo.builtinOptionsType();
      let options = null;
      if (optType !== 0 /* NONE */) {
        const table = unionToBuiltinOptions(optType, (obj) => fo.builtinOptions(obj));
        options = table ? plain(table.unpack()) : null;
      }
      const opt2Type = fo.builtinOptions2Type();
      let options2 = null;
      if (opt2Type !== 0 /* NONE */) {
        const table = unionToBuiltinOptions2(opt2Type, (obj) => fo.builtinOptions2(obj));
        options2 = table ? plain(table.unpack()) : null;
      }
      const custom = fo.customOptionsArray();
      operators.push({
        index: o,
        opcodeIndex: fo.opcodeIndex(),
        type: oc.type,
        ...oc.customCode !== void 0 ? { customCode: oc.customCode } : {},
        inputs: Array.from(fo.inputsArray() ?? []),
        outputs: Array.from(fo.outputsArray() ?? []),
        intermediates: Array.from(fo.intermediatesArray() ?? []),
        optionsType: optType !== 0 /* NONE */ ? BuiltinOptions[optType] ?? null : null,
        options,
        options2Type: opt2Type !== 0 /* NONE */ ? BuiltinOptions2[opt2Type] ?? null : null,
        options2,
        ...custom && custom.length ? { customOptions: custom } : {},
        macs: 0
      });
    }
    const subgraph = {
      index: s,
      name: sg.name() ?? "",
      tensors,
      inputs: Array.from(sg.inputsArray() ?? []),
      outputs: Array.from(sg.outputsArray() ?? []),
      operators
    };
    for (const op of operators) op.macs = computeMacs(op, subgraph);
    subgraphs.push(subgraph);
  }
  const metadata = [];
  for (let i = 0; i < fm.metadataLength(); i++) {
    const m = fm.metadata(i);
    metadata.push({ name: m.name() ?? "", buffer: m.buffer() });
  }
  const signatureDefs = [];
  for (let i = 0; i < fm.signatureDefsLength(); i++) {
    const sd = fm.signatureDefs(i);
    const inputs = [];
    for (let j = 0; j < sd.inputsLength(); j++)
      inputs.push({ name: sd.inputs(j).name() ?? "", tensorIndex: sd.inputs(j).tensorIndex() });
    const outputs = [];
    for (let j = 0; j < sd.outputsLength(); j++)
      outputs.push({ name: sd.outputs(j).name() ?? "", tensorIndex: sd.outputs(j).tensorIndex() });
    signatureDefs.push({ key: sd.signatureKey() ?? "", subgraphIndex: sd.subgraphIndex(), inputs, outputs });
  }
  return {
    version: fm.version(),
    description: fm.description() ?? "",
    subgraphs,
    buffers,
    operatorCodes,
    metadata,
    signatureDefs,
    fileSize
  };
}

export {
  ModelFileError,
  isModelFileError,
  require_flatbuffers,
  BuiltinOperator,
  TensorType,
  ArgMaxOptions,
  ArgMinOptions,
  Model,
  sameDims,
  velaDims,
  computeMacs,
  SCALAR_SIZE,
  FILE_IDENTIFIER,
  ROOT_TABLE,
  TABLES,
  UNIONS,
  LFS_POINTER_MAX_BYTES,
  isLfsPointer,
  readModel,
  verifiedModelBytes,
  readModelPrefix
};
