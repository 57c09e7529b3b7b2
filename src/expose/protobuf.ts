// Exposition as a stream of length-delimited io.prometheus.client.MetricFamily messages
// (proto/prometheus/metrics.proto). Fields go out in field-number order, as protobufjs' encoder
// writes them, so the bytes equal the generated codec's (test/protobuf-exposition.test.ts).
//
// A message's length comes before it but is known only after it: `fork` reserves the bytes it is
// expected to take and `join` writes it there, shifting the message if the varint is longer or
// shorter (lengths are minimal varints: no padding). Forks count from w.start, which stays put when
// the buffer grows; nothing is handed over while one is open. A family (up to tens of MB) that a
// sliced render hands over in parts (`spillFamily`) gets its length in room reserved before them.
import { escapeLabelValue } from "../store/escape.ts";
import { bucketOf, isNegativeKey, type NativeCopy, ZERO_THRESHOLD } from "../store/native-histogram.ts";
import { fragmentOf } from "../store/series.ts";
import { type ByteWriter, ensure, take } from "./bytes.ts";
import type { FamilySnap } from "./render.ts";

const VARINT = 0, FIXED64 = 1, LEN = 2;
/** MetricType values. */
const COUNTER = 0, GAUGE = 1, HISTOGRAM = 4;

const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);

/** Bytes a varint of `v` (0 ≤ v < 2^64, an integer) takes. */
function varintSize(v: number): number {
  let n = 1;
  while (v >= 128) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

/** A non-negative integer (exact up to 2^53, as every count here is) as a varint. Room ensured. */
function putVarint(w: ByteWriter, v: number): void {
  const buf = w.buf;
  let p = w.pos;
  while (v >= 128) {
    buf[p++] = (v & 127) | 128;
    v = Math.floor(v / 128);
  }
  buf[p++] = v;
  w.pos = p;
}

/** A field key (field number < 2^11 here, so at most two bytes). */
function putKey(w: ByteWriter, field: number, wire: number): void {
  putVarint(w, field * 8 + wire);
}

/** zigzag(v) = 2v for v ≥ 0, -2v - 1 below: small magnitudes of either sign stay short. */
function putSint(w: ByteWriter, v: number): void {
  putVarint(w, v >= 0 ? 2 * v : -2 * v - 1);
}

function putDouble(w: ByteWriter, v: number): void {
  f64[0] = v;
  const buf = w.buf;
  const p = w.pos;
  for (let i = 0; i < 8; i++) buf[p + i] = f64Bytes[i];
  w.pos = p + 8;
}

/** Opens a length-delimited field: writes its key, reserves `reserve` (< 8) bytes for the length. */
function fork(w: ByteWriter, field: number, reserve: number): number {
  ensure(w, 2 + reserve);
  putKey(w, field, LEN);
  const mark = w.pos - w.start;
  w.pos += reserve;
  return mark * 8 + reserve;
}

/** Closes the field `fork` opened: its length goes in front, the message moving if need be. */
function join(w: ByteWriter, forked: number): void {
  const reserve = forked % 8;
  const mark = (forked - reserve) / 8;
  const len = w.pos - w.start - mark - reserve;
  const size = varintSize(len);
  if (size !== reserve) {
    // Growing moves the bytes not yet handed over: the body is found from w.start after it.
    ensure(w, size - reserve);
    const body = w.start + mark + reserve;
    w.buf.copyWithin(body + size - reserve, body, w.pos);
    w.pos += size - reserve;
  }
  const end = w.pos;
  w.pos = w.start + mark;
  putVarint(w, len);
  w.pos = end;
}

function putString(w: ByteWriter, field: number, s: string): void {
  const bytes = encoder.encode(s);
  ensure(w, 12 + bytes.length);
  putKey(w, field, LEN);
  putVarint(w, bytes.length);
  w.buf.set(bytes, w.pos);
  w.pos += bytes.length;
}

const encoder = new TextEncoder();
const QUOTE = 34, BACKSLASH = 92, COMMA = 44, EQUALS = 61, LOWER_N = 110, NEWLINE = 10;

/** LabelPair fields read from a series' escaped text `a="x",b="y"` (store/series.ts), values unescaped. */
function putLabels(w: ByteWriter, field: number, frag: Uint8Array): void {
  ensure(w, 2 * frag.length + 16);
  let p = 0;
  while (p < frag.length) {
    const name = p;
    while (frag[p] !== EQUALS) p++;
    const nameLen = p - name;
    p += 2;
    const value = p;
    let escapes = 0;
    while (frag[p] !== QUOTE) {
      if (frag[p] === BACKSLASH) {
        escapes++;
        p++;
      }
      p++;
    }
    const valueEnd = p;
    p++;
    if (frag[p] === COMMA) p++;
    const valueLen = valueEnd - value - escapes;
    putKey(w, field, LEN);
    putVarint(w, 2 + varintSize(nameLen) + nameLen + varintSize(valueLen) + valueLen);
    const buf = w.buf;
    buf[w.pos++] = 1 * 8 + LEN;
    putVarint(w, nameLen);
    for (let i = name; i < name + nameLen; i++) buf[w.pos++] = frag[i];
    buf[w.pos++] = 2 * 8 + LEN;
    putVarint(w, valueLen);
    let q = w.pos;
    for (let i = value; i < valueEnd; i++) {
      let c = frag[i];
      if (c === BACKSLASH) {
        c = frag[++i];
        if (c === LOWER_N) c = NEWLINE;
      }
      buf[q++] = c;
    }
    w.pos = q;
  }
}

/** A google.protobuf.Timestamp field for unix seconds `t`, to the millisecond (zero parts left out). */
function putTimestamp(w: ByteWriter, field: number, t: number): void {
  const ms = Math.round(t * 1000);
  const seconds = Math.floor(ms / 1000);
  const nanos = (ms - seconds * 1000) * 1e6;
  ensure(w, 24);
  putKey(w, field, LEN);
  putVarint(w, (seconds !== 0 ? 1 + varintSize(seconds) : 0) + (nanos !== 0 ? 1 + varintSize(nanos) : 0));
  if (seconds !== 0) {
    putKey(w, 1, VARINT);
    putVarint(w, seconds);
  }
  if (nanos !== 0) {
    putKey(w, 2, VARINT);
    putVarint(w, nanos);
  }
}

function putExemplar(w: ByteWriter, field: number, fs: FamilySnap, i: number): void {
  if (!hasExemplar(fs, i)) return;
  const ex = fs.ex!;
  const f = fork(w, field, 1);
  putLabels(w, 1, encoder.encode(`trace_id="${escapeLabelValue(ex.traces[i])}"`));
  ensure(w, 9);
  putKey(w, 2, FIXED64);
  putDouble(w, ex.values[i]);
  putTimestamp(w, 3, ex.times[i]);
  join(w, f);
}

/** Whether slot `i` has an exemplar stamped no later than the snapshot. */
export function hasExemplar(fs: FamilySnap, i: number): boolean {
  const ex = fs.ex!;
  return i < ex.traces.length && ex.traces[i] !== "" && ex.times[i] <= fs.until;
}

type OpenFamily = ReturnType<typeof openFamily>;

/** Room for a family's delimiter: a varint of up to 2^35 - 1 bytes. */
const DELIMITER_ROOM = 5;

/**
 * Starts a MetricFamily: room for its delimiter (a bare varint) at `mark` from w.start, name, help,
 * type. A family spilled in `parts` gets its delimiter in the room's tail, where the first part starts.
 */
export function openFamily(w: ByteWriter, fs: FamilySnap) {
  const f = fs.f;
  ensure(w, DELIMITER_ROOM);
  const mark = w.pos - w.start;
  w.pos += DELIMITER_ROOM;
  putString(w, 1, f.name);
  putString(w, 2, f.help);
  ensure(w, 2);
  putKey(w, 3, VARINT);
  putVarint(w, f.type === "histogram" ? HISTOGRAM : f.type === "counter" ? COUNTER : GAUGE);
  return { mark, parts: [] as Uint8Array[] };
}

/** Hands over what came before the family into `out` and its bytes so far into its parts: none is ever moved. */
export function spillFamily(w: ByteWriter, fam: OpenFamily, out: Uint8Array[]): void {
  if (fam.parts.length === 0 && fam.mark > 0) {
    out.push(w.buf.subarray(w.start, w.start + fam.mark));
    w.start += fam.mark;
    fam.mark = 0;
  }
  fam.parts.push(take(w));
}

/** Puts the family's length in front: joined in the writer if unspilled, else in the room before its parts. */
export function closeFamily(w: ByteWriter, fam: OpenFamily, out: Uint8Array[]): void {
  if (fam.parts.length === 0) {
    join(w, fam.mark * 8 + DELIMITER_ROOM);
    return;
  }
  if (w.pos > w.start) fam.parts.push(take(w));
  let len = -DELIMITER_ROOM;
  for (const p of fam.parts) len += p.length;
  const size = varintSize(len);
  const first = fam.parts[0];
  const head = { buf: first, pos: DELIMITER_ROOM - size, start: 0, block: 0 };
  putVarint(head, len);
  fam.parts[0] = first.subarray(DELIMITER_ROOM - size);
  for (const p of fam.parts) out.push(p);
}

export function writeProtobufSeries(w: ByteWriter, fs: FamilySnap, from: number, to: number): void {
  const { f, t } = fs;
  if (f.type === "histogram") {
    writeHistograms(w, fs, from, to);
    return;
  }
  const values = fs.values!;
  const ex = f.type === "counter" ? fs.ex : null;
  for (let id = from; id < to; id++) {
    if (t.alive[id] === 0) continue;
    const m = fork(w, 4, 1);
    putLabels(w, 1, fragmentOf(t, id));
    const v = fork(w, f.type === "counter" ? 3 : 2, 1);
    ensure(w, 9);
    putKey(w, 1, FIXED64);
    putDouble(w, id < values.length ? values[id] : 0);
    if (ex !== null) putExemplar(w, 2, fs, id);
    if (f.type === "counter" && t.created[id] > 0) putTimestamp(w, 3, Math.max(t.created[id], f.since ?? 0));
    join(w, v);
    join(w, m);
  }
}

function writeHistograms(w: ByteWriter, fs: FamilySnap, from: number, to: number): void {
  const { f, t, ex } = fs;
  if (f.type !== "histogram") return;
  const { buckets, sums, counts, native } = fs.hist!;
  const bounds = f.hist.bounds;
  const stride = f.hist.stride;
  const end = Math.min(to, counts.length);
  for (let id = from; id < end; id++) {
    const count = counts[id];
    // Never observed: not a series of this histogram (as in the text formats).
    if (count === 0 || t.alive[id] === 0) continue;
    const m = fork(w, 4, 2);
    putLabels(w, 1, fragmentOf(t, id));
    const h = fork(w, 7, 2);
    ensure(w, 20 + stride * 24);
    putKey(w, 1, VARINT);
    putVarint(w, count);
    putKey(w, 2, FIXED64);
    putDouble(w, sums[id]);
    const base = id * stride;
    let cumulative = 0;
    for (let i = 0; i < stride; i++) {
      cumulative += buckets[base + i];
      const last = i === stride - 1;
      const withEx = ex !== null && hasExemplar(fs, base + i);
      // +Inf is implied by the count; it goes out only to carry an exemplar (as the Go client does).
      if (last && !withEx) break;
      const b = fork(w, 3, 1);
      ensure(w, 20);
      putKey(w, 1, VARINT);
      putVarint(w, cumulative);
      putKey(w, 2, FIXED64);
      putDouble(w, last ? Infinity : bounds[i]);
      if (withEx) putExemplar(w, 3, fs, base + i);
      join(w, b);
    }
    if (native !== null) putNative(w, native, id);
    if (t.created[id] > 0) putTimestamp(w, 15, Math.max(t.created[id], f.since ?? 0));
    // The exemplars once more as the native histogram's: classic slots increase with the value.
    if (native !== null && ex !== null) for (let i = 0; i < stride; i++) putExemplar(w, 16, fs, base + i);
    join(w, h);
    join(w, m);
  }
}

/** Schema, zero bucket, then the negative and the positive buckets as spans and deltas. */
function putNative(w: ByteWriter, c: NativeCopy, id: number): void {
  const at = c.at[id];
  const n = c.n[id];
  ensure(w, 24);
  putKey(w, 5, VARINT);
  putSint(w, c.schema[id]);
  putKey(w, 6, FIXED64);
  putDouble(w, ZERO_THRESHOLD);
  putKey(w, 7, VARINT);
  putVarint(w, c.zero[id]);
  let split = at;
  while (split < at + n && isNegativeKey(c.keys[split])) split++;
  // Negative buckets: stored by increasing key, which is what spans want too.
  if (split > at) putSide(w, c, at, split, 9);
  if (at + n > split) putSide(w, c, split, at + n, 12);
}

/**
 * Buckets [from, to) (sorted by index) as spans (`spanField`), then deltas (the next field). As the
 * Go client does, a gap of one or two empty buckets continues the span with zero counts.
 */
function putSide(w: ByteWriter, c: NativeCopy, from: number, to: number, spanField: number): void {
  const keys = c.keys;
  // The first span's offset is its first bucket's index (the gap after "bucket -1").
  let next = 0;
  let spanLen = 0;
  let spanOffset = 0;
  for (let p = from; p < to; p++) {
    const k = bucketOf(keys[p]);
    const gap = k - next;
    if (p === from || gap > 2) {
      if (p > from) putSpan(w, spanField, spanOffset, spanLen);
      spanOffset = gap;
      spanLen = 0;
    } else {
      spanLen += gap;
    }
    spanLen++;
    next = k + 1;
  }
  putSpan(w, spanField, spanOffset, spanLen);
  // Deltas are packed zigzag varints.
  const d = fork(w, spanField + 1, 2);
  let prev = 0;
  next = 0;
  for (let p = from; p < to; p++) {
    const k = bucketOf(keys[p]);
    ensure(w, 3 * 10);
    if (p > from) {
      // Filled gaps: each empty bucket's delta takes the count down to zero once.
      for (let g = k - next; g > 0 && g <= 2; g--) {
        putSint(w, -prev);
        prev = 0;
      }
    }
    const count = c.counts[p];
    putSint(w, count - prev);
    prev = count;
    next = k + 1;
  }
  join(w, d);
}

function putSpan(w: ByteWriter, field: number, offset: number, length: number): void {
  ensure(w, 16);
  putKey(w, field, LEN);
  putVarint(w, 1 + varintSize(offset >= 0 ? 2 * offset : -2 * offset - 1) + 1 + varintSize(length));
  putKey(w, 1, VARINT);
  putSint(w, offset);
  putKey(w, 2, VARINT);
  putVarint(w, length);
}
