// A minimal protobuf wire reader for the hot entry loops, bounds-checked against the end of the enclosing
// message; it returns positions and numbers, never objects (strings stay byte ranges).
// Acceptance follows protobufjs so the two can be compared byte for byte: a tag is at most 5 bytes, a
// length at most 5 bytes and below 2^31, any other varint at most 10 bytes; field number 0, wire types
// 4, 6 and 7 outside a group, unmatched end-group tags and groups nested past RECURSION_LIMIT are errors.
// Unlike protobufjs (as protoc and protobuf-go), a skipped varint longer than 10 bytes is an error.

export const WT_VARINT = 0;
export const WT_I64 = 1;
export const WT_LEN = 2;
export const WT_SGROUP = 3;
export const WT_EGROUP = 4;
export const WT_I32 = 5;

/** protobufjs's (and protoc's) nesting limit, applied to skipped groups. */
export const RECURSION_LIMIT = 100;

export class WireError extends Error {}

export interface Wire {
  buf: Uint8Array;
  pos: number;
  end: number; // end of the message being read; reads never pass it
  words: Uint32Array; // the underlying buffer as 32-bit words (word k is bytes 4k..4k+3), for scans
  base: number; // buf's offset in the underlying buffer
}

function wordsOf(buf: Uint8Array): Uint32Array {
  return new Uint32Array(buf.buffer, 0, buf.buffer.byteLength >>> 2);
}

export function newWire(buf: Uint8Array = new Uint8Array(0)): Wire {
  return { buf, pos: 0, end: buf.length, words: wordsOf(buf), base: buf.byteOffset };
}

const NOTHING = new Uint8Array(0);
const NO_WORDS = new Uint32Array(0);

/** Drops the reader's references to the last message, so it does not outlive its request. */
export function releaseWire(w: Wire): void {
  w.buf = NOTHING;
  w.words = NO_WORDS;
  w.pos = w.end = w.base = 0;
}

export function resetWire(w: Wire, buf: Uint8Array): void {
  w.buf = buf;
  w.pos = 0;
  w.end = buf.length;
  if (w.words.buffer !== buf.buffer) w.words = wordsOf(buf);
  w.base = buf.byteOffset;
}

function fail(what: string, offset: number): never {
  throw new WireError(`${what} at byte ${offset}`);
}

/** Reads a tag (field number << 3 | wire type); throws on truncation, > 5 bytes or field number 0. */
export function readTag(w: Wire): number {
  const buf = w.buf;
  const end = w.end;
  const start = w.pos;
  if (start < end) {
    // Fast path: field numbers below 16 fit one byte.
    const b0 = buf[start];
    if (b0 < 128 && b0 > 7) {
      w.pos = start + 1;
      return b0;
    }
  }
  let p = start;
  let v = 0;
  for (let shift = 0; ; shift += 7) {
    if (p >= end) fail("truncated tag", start);
    const b = buf[p++];
    if (shift === 28 && b > 15) fail("tag longer than 32 bits", start);
    v |= (b & 127) << shift;
    if (b < 128) {
      w.pos = p;
      if (v >>> 3 === 0) fail("field number 0", start);
      return v >>> 0;
    }
  }
}

/** Reads a length prefix, checking the bytes it announces are there. */
export function readLength(w: Wire): number {
  const buf = w.buf;
  const end = w.end;
  const start = w.pos;
  if (start < end) {
    const b0 = buf[start];
    if (b0 < 128 && b0 < end - start) {
      w.pos = start + 1;
      return b0;
    }
  }
  let p = start;
  let v = 0;
  for (let shift = 0; ; shift += 7) {
    if (p >= end) fail("truncated length", start);
    const b = buf[p++];
    if (shift === 28 && b > 7) fail("length of 2 GiB or more", start);
    v |= (b & 127) << shift;
    if (b < 128) break;
  }
  if (v > end - p) fail(`length ${v} runs past the end of its message (${end - p} bytes left)`, start);
  w.pos = p;
  return v;
}

/** Limits reads to an embedded message; returns the outer end, restored (`w.end = outer`) once `w.pos` reaches it. */
export function enterMessage(w: Wire): number {
  const len = readLength(w);
  const outer = w.end;
  w.end = w.pos + len;
  return outer;
}

/** Low 32 bits of a varint of at most 10 bytes, unsigned (int32 callers apply `| 0`). */
export function readVarint32(w: Wire): number {
  const buf = w.buf;
  const end = w.end;
  const start = w.pos;
  let p = start;
  let v = 0;
  for (let i = 0; i < 10; i++) {
    if (p >= end) fail("truncated varint", start);
    const b = buf[p++];
    if (i < 5) v |= (b & 127) << (7 * i);
    if (b < 128) {
      w.pos = p;
      return v >>> 0;
    }
  }
  return fail("varint longer than 10 bytes", start);
}

/** A 64-bit varint, signed (int64) or not (uint64), as the nearest double (what Long#toNumber gives). */
function readVarint64(w: Wire, signed: boolean): number {
  const buf = w.buf;
  const end = w.end;
  const start = w.pos;
  let p = start;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < 10; i++) {
    if (p >= end) fail("truncated varint", start);
    const b = buf[p++];
    const x = b & 127;
    if (i < 4) lo |= x << (7 * i);
    else if (i === 4) {
      lo |= x << 28;
      hi |= x >>> 4;
    } else hi |= x << (7 * i - 32);
    if (b < 128) {
      w.pos = p;
      return (signed ? hi | 0 : hi >>> 0) * 4294967296 + (lo >>> 0);
    }
  }
  return fail("varint longer than 10 bytes", start);
}

export function readInt64(w: Wire): number {
  return readVarint64(w, true);
}

export function readUint64(w: Wire): number {
  return readVarint64(w, false);
}

/** A bool varint: true when any of its bits is set. */
export function readBool(w: Wire): boolean {
  const buf = w.buf;
  const end = w.end;
  const start = w.pos;
  let p = start;
  let any = 0;
  for (let i = 0; i < 10; i++) {
    if (p >= end) fail("truncated varint", start);
    const b = buf[p++];
    any |= b & 127;
    if (b < 128) {
      w.pos = p;
      return any !== 0;
    }
  }
  return fail("varint longer than 10 bytes", start);
}

const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A little-endian double (wire type 1). */
export function readDouble(w: Wire): number {
  const p = w.pos;
  if (w.end - p < 8) fail("truncated fixed64", p);
  const buf = w.buf;
  for (let i = 0; i < 8; i++) f64Bytes[LITTLE_ENDIAN ? i : 7 - i] = buf[p + i];
  w.pos = p + 8;
  return f64[0];
}

function skipVarint(w: Wire): void {
  const buf = w.buf;
  const end = w.end;
  const start = w.pos;
  let p = start;
  for (let i = 0; i < 10; i++) {
    if (p >= end) fail("truncated varint", start);
    if (buf[p++] < 128) {
      w.pos = p;
      return;
    }
  }
  fail("varint longer than 10 bytes", start);
}

function skipBytes(w: Wire, n: number, what: string): void {
  if (w.end - w.pos < n) fail(`truncated ${what}`, w.pos);
  w.pos += n;
}

/** Skips a field's value; `depth` is the enclosing message's (0: the top), counted as protobufjs counts it. */
export function skipField(w: Wire, wireType: number, field: number, depth: number): void {
  if (depth > RECURSION_LIMIT) fail("nesting too deep", w.pos);
  switch (wireType) {
    case WT_VARINT:
      skipVarint(w);
      return;
    case WT_I64:
      skipBytes(w, 8, "fixed64");
      return;
    case WT_LEN: {
      const len = readLength(w);
      w.pos += len;
      return;
    }
    case WT_SGROUP:
      for (;;) {
        const at = w.pos;
        const tag = readTag(w);
        const wt = tag & 7;
        if (wt === WT_EGROUP) {
          if (tag >>> 3 !== field) fail(`end of group ${tag >>> 3} does not match group ${field}`, at);
          return;
        }
        skipField(w, wt, tag >>> 3, depth + 1);
      }
    case WT_I32:
      skipBytes(w, 4, "fixed32");
      return;
    default:
      fail(`invalid wire type ${wireType} for field ${field}`, w.pos);
  }
}

/** Walks an embedded message whose fields are not needed: each checked, none kept. */
export function checkMessage(w: Wire, depth: number): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    skipField(w, tag & 7, tag >>> 3, depth);
  }
  w.end = outer;
}

/** True when every byte of buf[start, end) is below 0x80; scans whole aligned words where it can. */
export function isAscii(w: Wire, start: number, end: number): boolean {
  const buf = w.buf;
  let acc = 0;
  let i = start;
  const base = w.base;
  if (end - start >= 8) {
    while (((base + i) & 3) !== 0) acc |= buf[i++];
    const words = w.words;
    const last = (base + end) >>> 2;
    let k = (base + i) >>> 2;
    for (; k < last; k++) acc |= words[k];
    i = (k << 2) - base;
  }
  for (; i < end; i++) acc |= buf[i];
  return (acc & 0x80808080) === 0;
}

// The core's lenient decoder (invalid UTF-8 → U+FFFD), so readers' strings equal the core's from raw label bytes.
export { decodeUtf8 } from "../core/raw-tuple.ts";

/** Whether buf[start, end) holds exactly `bytes`. */
export function rangeIs(buf: Uint8Array, start: number, end: number, bytes: Uint8Array): boolean {
  if (end - start !== bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[start + i] !== bytes[i]) return false;
  return true;
}

/** Reads a length-delimited string field; returns its start (end is w.pos). Any bytes are accepted. */
export function readStringRange(w: Wire): number {
  const len = readLength(w);
  const start = w.pos;
  w.pos = start + len;
  return start;
}
