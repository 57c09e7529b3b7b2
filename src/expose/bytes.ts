// An output buffer numbers and ASCII are written into directly: no large intermediate string.
// Renderers reserve room per line (`ensure`); the `put*` writers do not check capacity. Output is
// handed over as views (`take`), never copied; growing moves only the bytes not yet handed over.
import { freshBytes } from "./pages.ts";

export interface ByteWriter {
  buf: Uint8Array;
  pos: number;
  /** Bytes before this were handed over (`take`); only [start, pos) moves when the buffer grows. */
  start: number;
  /** Least size of a buffer that growing allocates (0: just double). */
  readonly block: number;
}

const encoder = new TextEncoder();

export function newByteWriter(size: number, block: number): ByteWriter {
  return { buf: freshBytes(size), pos: 0, start: 0, block };
}

export function ensure(w: ByteWriter, n: number): void {
  if (w.pos + n <= w.buf.length) return;
  grow(w, n);
}

function grow(w: ByteWriter, n: number): void {
  const keep = w.pos - w.start;
  let size = Math.max(w.block, w.buf.length);
  while (size < 2 * (keep + n)) size *= 2;
  const next = freshBytes(size);
  next.set(w.buf.subarray(w.start, w.pos));
  w.buf = next;
  w.pos = keep;
  w.start = 0;
}

/** What was written since the last take, as a view the writer never writes again. */
export function take(w: ByteWriter): Uint8Array {
  const out = w.buf.subarray(w.start, w.pos);
  w.start = w.pos;
  return out;
}

/** Copies bytes; the caller has ensured room. A plain loop beats `set` for the short runs here. */
export function putBytes(w: ByteWriter, b: Uint8Array): void {
  const buf = w.buf;
  let p = w.pos;
  const n = b.length;
  for (let i = 0; i < n; i++) buf[p++] = b[i];
  w.pos = p;
}

/** Writes a string known to be ASCII (metric names, numbers, fixed syntax). */
export function writeAscii(w: ByteWriter, s: string): void {
  const n = s.length;
  ensure(w, n);
  const buf = w.buf;
  let p = w.pos;
  for (let i = 0; i < n; i++) buf[p++] = s.charCodeAt(i);
  w.pos = p;
}

export function writeText(w: ByteWriter, s: string): void {
  ensure(w, s.length * 3);
  w.pos += encoder.encodeInto(s, w.buf.subarray(w.pos)).written;
}

export function writeByte(w: ByteWriter, c: number): void {
  ensure(w, 1);
  w.buf[w.pos++] = c;
}

/** Room a number takes at most as text (`-1.2345678901234567e-308` and the like). */
export const NUMBER_ROOM = 32;

/** A sample value as the Prometheus text format spells it (Go's ParseFloat reads all of these). Room ensured. */
export function putNumber(w: ByteWriter, v: number): void {
  if (v >= 0 && v < 2147483648 && (v | 0) === v) {
    putSmallUint(w, v);
    return;
  }
  let s: string;
  if (Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER) s = v.toFixed(0);
  else if (v === Infinity) s = "+Inf";
  else if (v === -Infinity) s = "-Inf";
  else s = String(v); // "NaN", decimals, or exponent form such as 1e-7
  const buf = w.buf;
  let p = w.pos;
  for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
  w.pos = p;
}

/** 0 ≤ v < 2^31, integer: 32-bit division is several times faster than Math.floor on doubles. */
function putSmallUint(w: ByteWriter, v: number): void {
  const buf = w.buf;
  if (v < 10) {
    buf[w.pos++] = 48 + v;
    return;
  }
  const digits = v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : v < 1000000 ? 6 : v < 10000000 ? 7 : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
  let p = w.pos + digits;
  w.pos = p;
  while (v >= 10) {
    const q = (v / 10) | 0;
    buf[--p] = 48 + v - q * 10;
    v = q;
  }
  buf[--p] = 48 + v;
}
