// A reusable output buffer that numbers and ASCII are written into directly, so a scrape of many
// series builds no large intermediate string.

export interface ByteWriter {
  buf: Uint8Array;
  pos: number;
}

const encoder = new TextEncoder();

export function newByteWriter(size = 1 << 16): ByteWriter {
  return { buf: new Uint8Array(size), pos: 0 };
}

export function ensure(w: ByteWriter, n: number): void {
  if (w.pos + n <= w.buf.length) return;
  let size = w.buf.length * 2;
  while (size < w.pos + n) size *= 2;
  const next = new Uint8Array(size);
  next.set(w.buf.subarray(0, w.pos));
  w.buf = next;
}

export function writeBytes(w: ByteWriter, b: Uint8Array): void {
  ensure(w, b.length);
  w.buf.set(b, w.pos);
  w.pos += b.length;
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

/** Writes any string as UTF-8. */
export function writeText(w: ByteWriter, s: string): void {
  ensure(w, s.length * 3);
  w.pos += encoder.encodeInto(s, w.buf.subarray(w.pos)).written;
}

export function writeByte(w: ByteWriter, c: number): void {
  ensure(w, 1);
  w.buf[w.pos++] = c;
}

/** A sample value as the Prometheus text format spells it (Go's ParseFloat reads all of these). */
export function writeNumber(w: ByteWriter, v: number): void {
  if (Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER) {
    writeUint(w, v);
  } else if (v === Infinity) {
    writeAscii(w, "+Inf");
  } else if (v === -Infinity) {
    writeAscii(w, "-Inf");
  } else {
    writeAscii(w, String(v)); // "NaN", decimals, or exponent form such as 1e-7
  }
}

function writeUint(w: ByteWriter, v: number): void {
  ensure(w, 16);
  const buf = w.buf;
  if (v < 10) {
    buf[w.pos++] = 48 + v;
    return;
  }
  let digits = 0;
  for (let t = v; t >= 1; t = Math.floor(t / 10)) digits++;
  let p = w.pos + digits;
  w.pos = p;
  while (v >= 1) {
    const q = Math.floor(v / 10);
    buf[--p] = 48 + (v - q * 10);
    v = q;
  }
}

export function written(w: ByteWriter): Uint8Array {
  return w.buf.subarray(0, w.pos);
}
