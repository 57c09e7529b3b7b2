// The reference parser of Istio's default Envoy text line (the format is described in
// src/ingest/envoy-text-bytes.ts): the same anchors on the decoded line, every field made a string.
// test/envoy-text-bytes.test.ts and the fuzz targets hold the byte parser the OTLP reader uses to it.

/** One parsed line. `-` (absent) reads as "" for text and NaN for numbers. */
export interface EnvoyTextLine {
  startTime: string;
  method: string;
  path: string;
  protocol: string;
  /** %RESPONSE_CODE%: 0 when Envoy had none. */
  responseCode: number;
  responseFlags: string;
  responseCodeDetails: string;
  connectionTerminationDetails: string;
  upstreamTransportFailureReason: string;
  bytesReceived: number;
  bytesSent: number;
  durationMs: number;
  upstreamServiceTimeMs: number;
  xForwardedFor: string;
  userAgent: string;
  requestId: string;
  authority: string;
  upstreamHost: string;
  upstreamCluster: string;
  upstreamLocalAddress: string;
  downstreamLocalAddress: string;
  downstreamRemoteAddress: string;
  requestedServerName: string;
  routeName: string;
}

export function newEnvoyTextLine(): EnvoyTextLine {
  return {
    startTime: "", method: "", path: "", protocol: "", responseCode: 0, responseFlags: "",
    responseCodeDetails: "", connectionTerminationDetails: "", upstreamTransportFailureReason: "",
    bytesReceived: NaN, bytesSent: NaN, durationMs: NaN, upstreamServiceTimeMs: NaN,
    xForwardedFor: "", userAgent: "", requestId: "", authority: "", upstreamHost: "",
    upstreamCluster: "", upstreamLocalAddress: "", downstreamLocalAddress: "",
    downstreamRemoteAddress: "", requestedServerName: "", routeName: "",
  };
}

const QUOTE = 34, SPACE = 32, ZERO = 48, NINE = 57, DASH = 45;

function text(s: string): string {
  return s === "-" ? "" : s;
}

/** `-` → NaN; a run of digits → its value; anything else → -1 (not a number field). */
function count(s: string, from: number, to: number): number {
  if (to - from === 1 && s.charCodeAt(from) === DASH) return NaN;
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < ZERO || c > NINE) return -1;
    n = n * 10 + (c - ZERO);
  }
  return n;
}

/**
 * True if `total` space-separated tokens start at `i`, the first `numeric` of them numbers (or `-`),
 * and a quote follows them. Each call reads at most `total` tokens, so scanning every candidate of a
 * line stays linear.
 */
function tokensThenQuote(s: string, i: number, numeric: number, total: number): boolean {
  for (let k = 0; k < total; k++) {
    const sp = s.indexOf(" ", i);
    if (sp < 0 || (k < numeric && count(s, i, sp) === -1)) return false;
    i = sp + 1;
  }
  return s.charCodeAt(i) === QUOTE;
}

/**
 * Parses one line into `out` (every field set on success; unspecified after a failure). Returns null
 * on success, else why the line is not in Istio's default format (a constant string, so rejecting
 * allocates nothing).
 */
export function parseEnvoyTextLine(line: string, out: EnvoyTextLine): string | null {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 10 || line.charCodeAt(end - 1) === 13)) end--;
  const s = end === line.length ? line : line.slice(0, end);
  if (s.charCodeAt(0) !== 91 /* [ */) return "does not start with [START_TIME]";
  const tEnd = s.indexOf('] "', 1);
  if (tEnd < 0) return "no request line after [START_TIME]";
  out.startTime = s.slice(1, tEnd);

  // "METHOD PATH PROTOCOL": ends at the first `" ` followed by CODE FLAGS DETAILS TERMINATION "…
  const reqStart = tEnd + 3;
  const sp1 = s.indexOf(" ", reqStart);
  if (sp1 < 0) return "truncated request line";
  let q = s.indexOf('" ', sp1);
  while (q >= 0 && !tokensThenQuote(s, q + 2, 1, 4)) q = s.indexOf('" ', q + 1);
  if (q < 0) return "no response code after the request line";
  const sp2 = s.lastIndexOf(" ", q - 1);
  if (sp2 <= sp1) return "request line is not METHOD PATH PROTOCOL";
  out.method = text(s.slice(reqStart, sp1));
  out.path = text(s.slice(sp1 + 1, sp2));
  out.protocol = text(s.slice(sp2 + 1, q));

  // CODE FLAGS DETAILS TERMINATION_DETAILS: four unquoted tokens.
  const t0 = q + 2;
  const t1 = s.indexOf(" ", t0) + 1;
  const t2 = t1 > 0 ? s.indexOf(" ", t1) + 1 : 0;
  const t3 = t2 > 0 ? s.indexOf(" ", t2) + 1 : 0;
  const t4 = t3 > 0 ? s.indexOf(" ", t3) + 1 : 0;
  if (t4 === 0) return "truncated after the response code";
  const code = count(s, t0, t1 - 1);
  if (code < 0) return "response code is not a number";
  out.responseCode = Number.isNaN(code) ? 0 : code;
  out.responseFlags = text(s.slice(t1, t2 - 1));
  out.responseCodeDetails = text(s.slice(t2, t3 - 1));
  out.connectionTerminationDetails = text(s.slice(t3, t4 - 1));

  // "TRANSPORT_FAILURE" is Envoy's free text: it ends at the `" ` the four byte/time numbers follow.
  if (s.charCodeAt(t4) !== QUOTE) return "upstream transport failure reason is not quoted";
  let fq = s.indexOf('" ', t4 + 1);
  while (fq >= 0 && !tokensThenQuote(s, fq + 2, 4, 4)) fq = s.indexOf('" ', fq + 1);
  if (fq < 0) return "no byte counts and duration after the transport failure reason";
  out.upstreamTransportFailureReason = text(s.slice(t4 + 1, fq));
  // tokensThenQuote checked these four tokens.
  const n0 = fq + 2;
  const n1 = s.indexOf(" ", n0) + 1;
  const n2 = s.indexOf(" ", n1) + 1;
  const n3 = s.indexOf(" ", n2) + 1;
  const headersStart = s.indexOf(" ", n3) + 1; // the opening quote of "XFF"
  out.bytesReceived = count(s, n0, n1 - 1);
  out.bytesSent = count(s, n1, n2 - 1);
  out.durationMs = count(s, n2, n3 - 1);
  out.upstreamServiceTimeMs = count(s, n3, headersStart - 1);

  // From the right: "UPSTREAM_HOST" then six unquoted tokens.
  const r6 = s.length;
  const r5 = s.lastIndexOf(" ", r6 - 1) + 1;
  const r4 = r5 > headersStart ? s.lastIndexOf(" ", r5 - 2) + 1 : 0;
  const r3 = r4 > headersStart ? s.lastIndexOf(" ", r4 - 2) + 1 : 0;
  const r2 = r3 > headersStart ? s.lastIndexOf(" ", r3 - 2) + 1 : 0;
  const r1 = r2 > headersStart ? s.lastIndexOf(" ", r2 - 2) + 1 : 0;
  const r0 = r1 > headersStart ? s.lastIndexOf(" ", r1 - 2) + 1 : 0;
  if (r0 <= headersStart) return "fewer than six fields after the upstream host";
  out.upstreamCluster = text(s.slice(r0, r1 - 1));
  out.upstreamLocalAddress = text(s.slice(r1, r2 - 1));
  out.downstreamLocalAddress = text(s.slice(r2, r3 - 1));
  out.downstreamRemoteAddress = text(s.slice(r3, r4 - 1));
  out.requestedServerName = text(s.slice(r4, r5 - 1));
  out.routeName = text(s.slice(r5, r6));
  const hostClose = r0 - 2;
  if (s.charCodeAt(hostClose) !== QUOTE) return "upstream host is not quoted";
  const hostOpen = s.lastIndexOf('"', hostClose - 1);
  if (hostOpen <= headersStart || s.charCodeAt(hostOpen - 1) !== SPACE) return "upstream host is not quoted";
  out.upstreamHost = text(s.slice(hostOpen + 1, hostClose));

  // "XFF" "USER_AGENT" "REQUEST_ID" "AUTHORITY" between headersStart and hostOpen - 2.
  const segEnd = hostOpen - 2; // the closing quote of "AUTHORITY"
  if (s.charCodeAt(headersStart) !== QUOTE || s.charCodeAt(segEnd) !== QUOTE || segEnd <= headersStart) {
    return "client header fields are not quoted";
  }
  const a = s.indexOf('" "', headersStart + 1);
  const c = s.lastIndexOf('" "', segEnd - 1);
  const b = c > 0 ? s.lastIndexOf('" "', c - 1) : -1;
  if (a < 0 || b <= a || c <= b) return "fewer than four client header fields";
  out.xForwardedFor = text(s.slice(headersStart + 1, a));
  out.userAgent = text(s.slice(a + 3, b));
  out.requestId = text(s.slice(b + 3, c));
  out.authority = text(s.slice(c + 3, segEnd));
  return null;
}
