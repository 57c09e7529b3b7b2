// Istio's default Envoy access-log text line (EnvoyTextLogFormat in pilot/pkg/model/telemetry_logging.go),
// which `envoyOtelAls` sends as the OTLP LogRecord body unless the operator sets logFormat:
//
//   [START_TIME] "METHOD PATH PROTOCOL" CODE FLAGS DETAILS TERMINATION_DETAILS "TRANSPORT_FAILURE"
//   BYTES_RECEIVED BYTES_SENT DURATION UPSTREAM_SERVICE_TIME "XFF" "USER_AGENT" "REQUEST_ID"
//   "AUTHORITY" "UPSTREAM_HOST" UPSTREAM_CLUSTER UPSTREAM_LOCAL DOWNSTREAM_LOCAL DOWNSTREAM_REMOTE
//   SNI ROUTE_NAME
//
// Envoy does not escape quotes inside quoted fields, and path, user agent, x-forwarded-for and request
// id are client-controlled. So the line is read from both ends with fixed anchors and no backtracking:
// a hostile user agent can neither stall the parser nor shift the fields we count (authority is the
// last of the four client-header fields; any extra `" "` falls into the user agent). It is parsed in
// place, yielding byte ranges and numbers with no string made. Every anchor is ASCII, which UTF-8 never
// uses inside a multi-byte sequence, so the fields are those of the decoded line
// (test/envoy-text-bytes.test.ts holds this parser to the string one in test/reference).

const QUOTE = 34, SPACE = 32, DASH = 45, BRACKET = 91, CLOSE = 93;

/** Byte ranges (start, end pairs in the request; "-" as an empty range) of the fields we count. */
export const T_METHOD = 0, T_PATH = 2, T_PROTOCOL = 4, T_FLAGS = 6, T_AUTHORITY = 8, T_CLUSTER = 10, T_ROUTE = 12;
/** Numbers: `-` is NaN; the code is 0 when `-`. */
export const N_CODE = 0, N_RECEIVED = 1, N_SENT = 2, N_DURATION = 3, N_UPSTREAM = 4;

export type TextLineAt = ReturnType<typeof newTextLineAt>;

export function newTextLineAt() {
  return { at: new Int32Array(14), num: new Float64Array(5) };
}

// The line being parsed: b[lo, hi). Positions are absolute.
let b: Uint8Array = new Uint8Array(0);
let lo = 0;
let hi = 0;

/** The byte at `i`; -1 outside the line. */
function at(i: number): number {
  return i >= lo && i < hi ? b[i] : -1;
}

// The scans copy the line's bounds into locals: module variables are reloaded on every iteration.
function indexOf1(c: number, from: number): number {
  const buf = b, end = hi;
  for (let i = from < lo ? lo : from; i < end; i++) if (buf[i] === c) return i;
  return -1;
}

function indexOf2(c0: number, c1: number, from: number): number {
  const buf = b, end = hi - 1;
  for (let i = from < lo ? lo : from; i < end; i++) if (buf[i] === c0 && buf[i + 1] === c1) return i;
  return -1;
}

function indexOf3(c0: number, c1: number, c2: number, from: number): number {
  const buf = b, end = hi - 2;
  for (let i = from < lo ? lo : from; i < end; i++) if (buf[i] === c0 && buf[i + 1] === c1 && buf[i + 2] === c2) return i;
  return -1;
}

/** The last `c` at or before `from` (clamped to the line, as String.prototype.lastIndexOf clamps). */
function lastIndexOf1(c: number, from: number): number {
  const buf = b, base = lo;
  for (let i = from < hi - 1 ? from : hi - 1; i >= base; i--) if (buf[i] === c) return i;
  return -1;
}

function lastIndexOf3(c0: number, c1: number, c2: number, from: number): number {
  const buf = b, base = lo;
  for (let i = from < hi - 3 ? from : hi - 3; i >= base; i--) if (buf[i] === c0 && buf[i + 1] === c1 && buf[i + 2] === c2) return i;
  return -1;
}

/** A run of 1 to 15 ASCII digits in buf[start, end) as its value; -1 for anything else. */
export function digits(buf: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i] - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** `-` → NaN; a run of digits → its value; anything else → -1 (not a number field). */
function count(from: number, to: number): number {
  return to - from === 1 && b[from] === DASH ? NaN : digits(b, from, to);
}

/** `total` tokens from `i` (the first `numeric` numbers or `-`), then a quote; reading at most `total` keeps scans linear. */
function tokensThenQuote(i: number, numeric: number, total: number): boolean {
  for (let k = 0; k < total; k++) {
    const sp = indexOf1(SPACE, i);
    if (sp < 0 || (k < numeric && count(i, sp) === -1)) return false;
    i = sp + 1;
  }
  return at(i) === QUOTE;
}

/** Notes field [from, to) at `k`: "-" (and an inverted range) as empty. */
function field(out: Int32Array, k: number, from: number, to: number): void {
  out[k] = from;
  out[k + 1] = to < from || (to - from === 1 && b[from] === DASH) ? from : to;
}

/** Parses buf[start, end): null with every T_ and N_ slot of `out` set, else (a constant) why it is not Istio's default format. */
export function parseEnvoyTextBytes(buf: Uint8Array, start: number, end: number, out: TextLineAt): string | null {
  b = buf;
  lo = start;
  hi = end;
  while (hi > lo && (buf[hi - 1] === 10 || buf[hi - 1] === 13)) hi--;
  const why = parse(out.at, out.num);
  b = NOTHING;
  return why;
}

const NOTHING = new Uint8Array(0);

function parse(o: Int32Array, num: Float64Array): string | null {
  if (at(lo) !== BRACKET) return "does not start with [START_TIME]";
  const tEnd = indexOf3(CLOSE, SPACE, QUOTE, lo + 1);
  if (tEnd < 0) return "no request line after [START_TIME]";

  // "METHOD PATH PROTOCOL": ends at the first `" ` followed by CODE FLAGS DETAILS TERMINATION "…
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

  // CODE FLAGS DETAILS TERMINATION_DETAILS: four unquoted tokens.
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

  // "TRANSPORT_FAILURE" is Envoy's free text: it ends at the `" ` the four byte/time numbers follow.
  if (at(t4) !== QUOTE) return "upstream transport failure reason is not quoted";
  let fq = indexOf2(QUOTE, SPACE, t4 + 1);
  while (fq >= 0 && !tokensThenQuote(fq + 2, 4, 4)) fq = indexOf2(QUOTE, SPACE, fq + 1);
  if (fq < 0) return "no byte counts and duration after the transport failure reason";
  // tokensThenQuote checked these four tokens.
  const n0 = fq + 2;
  const n1 = indexOf1(SPACE, n0) + 1;
  const n2 = indexOf1(SPACE, n1) + 1;
  const n3 = indexOf1(SPACE, n2) + 1;
  const headersStart = indexOf1(SPACE, n3) + 1; // the opening quote of "XFF"
  num[N_RECEIVED] = count(n0, n1 - 1);
  num[N_SENT] = count(n1, n2 - 1);
  num[N_DURATION] = count(n2, n3 - 1);
  num[N_UPSTREAM] = count(n3, headersStart - 1);

  // From the right: "UPSTREAM_HOST" then six unquoted tokens.
  const r6 = hi;
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

  // "XFF" "USER_AGENT" "REQUEST_ID" "AUTHORITY" between headersStart and hostOpen - 2.
  const segEnd = hostOpen - 2; // the closing quote of "AUTHORITY"
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
