// Istio's default Envoy access-log line (envoy-text-format.ts) parsed where it lies in the request
// bytes: the same anchors in the same order, on bytes instead of UTF-16 code units, yielding the
// byte ranges of the fields that become labels and the values of the numbers, with no string or
// array made. envoy-text-format.ts stays the definition; the two agree on every input because
// every anchor is an ASCII byte, UTF-8 never uses ASCII bytes inside a multi-byte sequence, and the
// lenient decoder never folds an ASCII byte into a replacement character: the anchors fall between
// the same characters in both, and a field's bytes decode to the same text as its slice of the
// decoded line. test/envoy-text-bytes.test.ts compares the two on generated and mutated lines.

const QUOTE = 34, SPACE = 32, ZERO = 48, NINE = 57, DASH = 45, BRACKET = 91, CLOSE = 93;

/** Byte ranges (absolute start, end pairs; "-" as an empty range) of the fields we count. */
export const T_METHOD = 0, T_PATH = 2, T_PROTOCOL = 4, T_FLAGS = 6, T_AUTHORITY = 8, T_CLUSTER = 10, T_ROUTE = 12;
/** Numbers: `-` is NaN; the code is 0 when `-`. */
export const N_CODE = 0, N_RECEIVED = 1, N_SENT = 2, N_DURATION = 3, N_UPSTREAM = 4;

export interface TextLineAt {
  readonly at: Int32Array;
  readonly num: Float64Array;
}

export function newTextLineAt(): TextLineAt {
  return { at: new Int32Array(14), num: new Float64Array(5) };
}

// The line being parsed: buf[lo, lo + n). Positions below are relative to lo, like string indices.
let b: Uint8Array = new Uint8Array(0);
let lo = 0;
let n = 0;

/** charCodeAt: -1 outside the line. */
function at(i: number): number {
  return i >= 0 && i < n ? b[lo + i] : -1;
}

// The scans copy the line's bounds into locals: module variables are reloaded on every iteration.
function indexOf1(c: number, from: number): number {
  const buf = b, base = lo, end = lo + n;
  for (let i = base + (from < 0 ? 0 : from); i < end; i++) if (buf[i] === c) return i - base;
  return -1;
}

function indexOf2(c0: number, c1: number, from: number): number {
  const buf = b, base = lo, end = lo + n - 1;
  for (let i = base + (from < 0 ? 0 : from); i < end; i++) if (buf[i] === c0 && buf[i + 1] === c1) return i - base;
  return -1;
}

function indexOf3(c0: number, c1: number, c2: number, from: number): number {
  const buf = b, base = lo, end = lo + n - 2;
  for (let i = base + (from < 0 ? 0 : from); i < end; i++) {
    if (buf[i] === c0 && buf[i + 1] === c1 && buf[i + 2] === c2) return i - base;
  }
  return -1;
}

/** String.prototype.lastIndexOf of one character, fromIndex clamped as JavaScript clamps it. */
function lastIndexOf1(c: number, from: number): number {
  const buf = b, base = lo;
  let i = from < 0 ? 0 : from;
  if (i > n - 1) i = n - 1;
  for (i += base; i >= base; i--) if (buf[i] === c) return i - base;
  return -1;
}

function lastIndexOf3(c0: number, c1: number, c2: number, from: number): number {
  const buf = b, base = lo;
  let i = from < 0 ? 0 : from;
  if (i > n - 3) i = n - 3;
  for (i += base; i >= base; i--) if (buf[i] === c0 && buf[i + 1] === c1 && buf[i + 2] === c2) return i - base;
  return -1;
}

/** `-` → NaN; a run of digits → its value; anything else → -1 (not a number field). */
function count(from: number, to: number): number {
  if (to - from === 1 && at(from) === DASH) return NaN;
  if (to <= from || to - from > 15) return -1;
  const buf = b, base = lo;
  let v = 0;
  for (let i = base + from; i < base + to; i++) {
    const c = buf[i];
    if (c < ZERO || c > NINE) return -1;
    v = v * 10 + (c - ZERO);
  }
  return v;
}

function tokensThenQuote(i: number, numeric: number, total: number): boolean {
  for (let k = 0; k < total; k++) {
    const sp = indexOf1(SPACE, i);
    if (sp < 0 || (k < numeric && count(i, sp) === -1)) return false;
    i = sp + 1;
  }
  return at(i) === QUOTE;
}

/** Notes field [from, to) at `k`: absolute, "-" as empty (and an inverted slice as empty, as slice gives ""). */
function field(out: Int32Array, k: number, from: number, to: number): void {
  if (to < from || (to - from === 1 && b[lo + from] === DASH)) to = from;
  out[k] = lo + from;
  out[k + 1] = lo + to;
}

/**
 * parseEnvoyTextLine on the line in buf[start, end): null on success (every T_ and N_ slot of
 * `out` set), else the same reason string.
 */
export function parseEnvoyTextBytes(buf: Uint8Array, start: number, end: number, out: TextLineAt): string | null {
  b = buf;
  lo = start;
  let e = end;
  while (e > start && (buf[e - 1] === 10 || buf[e - 1] === 13)) e--;
  n = e - start;
  const why = parse(out);
  b = NOTHING;
  return why;
}

const NOTHING = new Uint8Array(0);

function parse(out: TextLineAt): string | null {
  const o = out.at;
  const num = out.num;
  if (at(0) !== BRACKET) return "does not start with [START_TIME]";
  const tEnd = indexOf3(CLOSE, SPACE, QUOTE, 1);
  if (tEnd < 0) return "no request line after [START_TIME]";

  const reqStart = tEnd + 3;
  const sp1 = indexOf1(SPACE, reqStart);
  if (sp1 < 0) return "truncated request line";
  let q = indexOf2(QUOTE, SPACE, sp1);
  while (q >= 0 && !tokensThenQuote(q + 2, 1, 4)) q = indexOf2(QUOTE, SPACE, q + 1);
  if (q < 0) return "no response code after the request line";
  const sp2 = lastIndexOf1(SPACE, q - 1);
  if (sp2 <= sp1) return "request line is not METHOD PATH PROTOCOL";
  field(o, T_METHOD, reqStart, sp1);
  field(o, T_PATH, sp1 + 1, sp2);
  field(o, T_PROTOCOL, sp2 + 1, q);

  const t0 = q + 2;
  const t1 = indexOf1(SPACE, t0) + 1;
  const t2 = t1 > 0 ? indexOf1(SPACE, t1) + 1 : 0;
  const t3 = t2 > 0 ? indexOf1(SPACE, t2) + 1 : 0;
  const t4 = t3 > 0 ? indexOf1(SPACE, t3) + 1 : 0;
  if (t4 === 0) return "truncated after the response code";
  const code = count(t0, t1 - 1);
  if (code < 0) return "response code is not a number";
  num[N_CODE] = Number.isNaN(code) ? 0 : code;
  field(o, T_FLAGS, t1, t2 - 1);

  if (at(t4) !== QUOTE) return "upstream transport failure reason is not quoted";
  let fq = indexOf2(QUOTE, SPACE, t4 + 1);
  while (fq >= 0 && !tokensThenQuote(fq + 2, 4, 4)) fq = indexOf2(QUOTE, SPACE, fq + 1);
  if (fq < 0) return "no byte counts and duration after the transport failure reason";
  const n0 = fq + 2;
  const n1 = indexOf1(SPACE, n0) + 1;
  const n2 = indexOf1(SPACE, n1) + 1;
  const n3 = indexOf1(SPACE, n2) + 1;
  const headersStart = indexOf1(SPACE, n3) + 1;
  num[N_RECEIVED] = count(n0, n1 - 1);
  num[N_SENT] = count(n1, n2 - 1);
  num[N_DURATION] = count(n2, n3 - 1);
  num[N_UPSTREAM] = count(n3, headersStart - 1);

  const r6 = n;
  const r5 = lastIndexOf1(SPACE, r6 - 1) + 1;
  const r4 = r5 > headersStart ? lastIndexOf1(SPACE, r5 - 2) + 1 : 0;
  const r3 = r4 > headersStart ? lastIndexOf1(SPACE, r4 - 2) + 1 : 0;
  const r2 = r3 > headersStart ? lastIndexOf1(SPACE, r3 - 2) + 1 : 0;
  const r1 = r2 > headersStart ? lastIndexOf1(SPACE, r2 - 2) + 1 : 0;
  const r0 = r1 > headersStart ? lastIndexOf1(SPACE, r1 - 2) + 1 : 0;
  if (r0 <= headersStart) return "fewer than six fields after the upstream host";
  field(o, T_CLUSTER, r0, r1 - 1);
  field(o, T_ROUTE, r5, r6);
  const hostClose = r0 - 2;
  if (at(hostClose) !== QUOTE) return "upstream host is not quoted";
  const hostOpen = lastIndexOf1(QUOTE, hostClose - 1);
  if (hostOpen <= headersStart || at(hostOpen - 1) !== SPACE) return "upstream host is not quoted";

  const segEnd = hostOpen - 2;
  if (at(headersStart) !== QUOTE || at(segEnd) !== QUOTE || segEnd <= headersStart) {
    return "client header fields are not quoted";
  }
  const a = indexOf3(QUOTE, SPACE, QUOTE, headersStart + 1);
  const c = lastIndexOf3(QUOTE, SPACE, QUOTE, segEnd - 1);
  const bq = c > 0 ? lastIndexOf3(QUOTE, SPACE, QUOTE, c - 1) : -1;
  if (a < 0 || bq <= a || c <= bq) return "fewer than four client header fields";
  field(o, T_AUTHORITY, c + 3, segEnd);
  return null;
}
