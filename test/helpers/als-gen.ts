// Random StreamAccessLogsMessages for differential tests: entries shaped like als-fixtures.ts
// (Istio's filter state, addresses, timings) with random values, plus what Envoy never sends but a
// decoder must survive the same way: entry parts repeated (protobuf merges them), both oneof members,
// unknown fields of every wire type at every level (among them the numbers of the upstream fields
// the decode protos leave out), wrong wire types for known fields, odd UTF-8.
// Deterministic for a given seed.
import type { envoy, testdata } from "../generated/fixture-codecs.js";
import { ALS, httpEntry, type HttpOptions, identifier, ms, tcpEntry } from "./als-fixtures.ts";
import { junkField, type Rng } from "./mixer-gen.ts";
import { type Bytes, lenField } from "./protowire.ts";

const D = ALS;
const S = ALS.StreamAccessLogsMessage;

// Field numbers of upstream's messages (all of them, read or not: the decode protos hold only some).
const COMMON_FIELDS = Array.from({ length: 33 }, (_, i) => i + 1).filter((f) => f !== 4 && f !== 17);
const REQUEST_FIELDS = Array.from({ length: 15 }, (_, i) => i + 1);
const RESPONSE_FIELDS = [1, 2, 3, 4, 6, 7, 8];

const HOSTS = ["shop.example.com", "shop.example.com:443", "api.example.com", "", "héllo.example", "x".repeat(300)];
const PATHS = ["/productpage", "/ratings/7?x=1", "/reviews/3f2a9c1e-aa00-4bcd-9def-0123456789ab", "", "/日本語", "/" + "a".repeat(280)];
const CLUSTERS = ["outbound|9080||productpage.shop.svc.cluster.local", "outbound|9080|v2|reviews.shop.svc.cluster.local", "", "BlackHoleCluster"];
const ROUTES = ["productpage-route", "reviews", "", "default"];
const TRACE_HEADERS: Record<string, string>[] = [
  {},
  { "x-b3-traceid": "463AC35C9F6413AD48485A3953BB6124" },
  { "x-b3-traceid": "463ac35c9f6413ad" },
  { "x-b3-traceid": "nothex", traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" },
  { traceparent: "00-00000000000000000000000000000000-b7ad6b7169203331-01" },
  { traceparent: "00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01", "x-other": "1" },
  { "x-b3-traceid": "" },
];
const CODES: (number | null)[] = [200, 200, 204, 404, 503, 0, 999, 1000, 4294967295, null];
const MSS: (number | null)[] = [25, 0.2, 1500, 0, -3, null, 1e9];

/** An unknown (or wrong-wire-type known) field, with request paths as its text. */
export function junk(rng: Rng, out: Bytes, fields: readonly number[]): void {
  junkField(rng, out, fields, 0, PATHS);
}

/** Appends unknown fields (or known numbers with any wire type) to an encoded message. */
export function withJunk(rng: Rng, msg: Uint8Array, p: number, known: readonly number[]): Uint8Array {
  if (!rng.chance(p)) return msg;
  const out: Bytes = Array.from(msg);
  for (let i = 1 + rng.int(2); i > 0; i--) junk(rng, out, rng.chance(0.5) ? known : [99, 1000, 536870911]);
  return Uint8Array.from(out);
}

function randomFlags(rng: Rng): testdata.als.ResponseFlags.$Properties | undefined {
  if (!rng.chance(0.3)) return undefined;
  const f: Record<string, unknown> = {};
  for (const k of ["no_healthy_upstream", "upstream_request_timeout", "downstream_remote_reset", "rate_limited", "no_route_found"]) if (rng.chance(0.3)) f[k] = true;
  if (rng.chance(0.2)) f.unauthorized_details = { reason: rng.int(2) };
  return f as testdata.als.ResponseFlags.$Properties;
}

function httpOptions(rng: Rng): HttpOptions {
  const common: testdata.als.AccessLogCommon.$Properties = {};
  if (rng.chance(0.15)) common.access_log_type = rng.pick([0, 4, 5, 6, 9, 3, -1]) as envoy.data.accesslog.v3.AccessLogType;
  if (rng.chance(0.08)) common.intermediate_log_entry = true;
  if (rng.chance(0.1)) common.custom_tags = { a: "b", "": "x" };
  return {
    authority: rng.pick(HOSTS),
    path: rng.pick(PATHS),
    originalPath: rng.chance(0.2) ? rng.pick(PATHS) : "",
    method: rng.pick([1, 1, 1, 3, 2, 9, 0, 12, -4]),
    code: rng.pick(CODES),
    response: !rng.chance(0.05),
    requestHeadersBytes: rng.pick([600, 0, 2 ** 40, 2 ** 63]),
    requestBodyBytes: rng.pick([0, 8, 1234]),
    responseBodyBytes: rng.pick([4183, 0, 2 ** 53 + 2]),
    durationMs: rng.pick(MSS),
    lastDownstreamTxMs: rng.pick(MSS),
    lastUpstreamTxMs: rng.pick(MSS),
    firstUpstreamRxMs: rng.pick(MSS),
    routeName: rng.pick(ROUTES),
    upstreamCluster: rng.pick(CLUSTERS),
    responseFlags: randomFlags(rng),
    requestHeaders: rng.pick(TRACE_HEADERS),
    common,
  };
}

/** An HTTPAccessLogEntry encoded part by part, sometimes with junk inside common, request or response. */
function encodeHttpEntry(rng: Rng, e: testdata.als.HTTPAccessLogEntry.$Properties): Uint8Array {
  const { common_properties: c, request: q, response: s, ...rest } = e;
  const w = D.HTTPAccessLogEntry.encode(rest);
  if (c != null) w.uint32(0x0a).bytes(withJunk(rng, D.AccessLogCommon.encode(c).finish(), 0.08, COMMON_FIELDS));
  if (q != null) w.uint32(0x1a).bytes(withJunk(rng, D.HTTPRequestProperties.encode(q).finish(), 0.05, REQUEST_FIELDS));
  if (s != null) w.uint32(0x22).bytes(withJunk(rng, D.HTTPResponseProperties.encode(s).finish(), 0.05, RESPONSE_FIELDS));
  return w.finish();
}

/** One encoded HTTPAccessLogEntry; sometimes in two parts that protobuf merges. */
function httpEntryBytes(rng: Rng): Uint8Array {
  const e = httpEntry(httpOptions(rng));
  if (rng.chance(0.05)) e.request = null;
  if (rng.chance(0.05)) e.common_properties = null;
  let b = encodeHttpEntry(rng, e);
  if (rng.chance(0.15)) {
    // A second, partial entry appended: merges request, response, common field by field.
    const o = httpOptions(rng);
    const part: testdata.als.HTTPAccessLogEntry.$Properties = {};
    if (rng.chance(0.5)) part.request = { authority: o.authority, request_headers: o.requestHeaders, request_body_bytes: 5 };
    if (rng.chance(0.5)) part.response = { response_code: rng.chance(0.5) ? { value: 418 } : {} };
    if (rng.chance(0.5)) part.common_properties = { duration: rng.chance(0.5) ? { nanos: 5 } : ms(3), route_name: o.routeName, response_flags: randomFlags(rng) };
    b = Uint8Array.from([...b, ...D.HTTPAccessLogEntry.encode(part).finish()]);
  }
  return withJunk(rng, b, 0.1, [1, 2, 3, 4]);
}

function tcpEntryBytes(rng: Rng): Uint8Array {
  const common: testdata.als.AccessLogCommon.$Properties = {};
  if (rng.chance(0.2)) common.access_log_type = rng.pick([0, 1, 2, 3, 14]);
  if (rng.chance(0.05)) common.intermediate_log_entry = true;
  const e = tcpEntry(rng.pick(CLUSTERS), rng.pick([0, 10, 2 ** 33]), rng.pick([0, 99, 2 ** 60]), common);
  if (rng.chance(0.05)) e.connection_properties = null;
  const { common_properties: c, ...rest } = e;
  const w = D.TCPAccessLogEntry.encode(rest);
  if (c != null) w.uint32(0x0a).bytes(withJunk(rng, D.AccessLogCommon.encode(c).finish(), 0.1, COMMON_FIELDS));
  return withJunk(rng, w.finish(), 0.1, [1, 2]);
}

function entries(rng: Rng, tcp: boolean): Uint8Array {
  const m: Bytes = [];
  for (let i = rng.chance(0.05) ? 0 : 1 + rng.int(tcp ? 4 : 10); i > 0; i--) lenField(m, 1, tcp ? tcpEntryBytes(rng) : httpEntryBytes(rng));
  return withJunk(rng, Uint8Array.from(m), 0.05, [1]);
}

/** A StreamAccessLogsMessage: identifier sometimes, mostly HTTP entries, sometimes both oneof members. */
export function genAlsMessage(rng: Rng): Uint8Array {
  const m: Bytes = [];
  if (rng.chance(0.3)) {
    const id = rng.pick([{}, { cluster: "" }, { cluster: "", id: "" }, { cluster: "edge.ns" }]);
    lenField(m, 1, S.Identifier.encode(identifier(id)).finish());
  }
  const parts = rng.chance(0.1) ? 2 + rng.int(2) : 1;
  for (let i = 0; i < parts; i++) {
    const tcp = rng.chance(0.15);
    lenField(m, tcp ? 3 : 2, entries(rng, tcp));
  }
  if (rng.chance(0.05)) lenField(m, 1, S.Identifier.encode({ log_name: "second" }).finish());
  return withJunk(rng, Uint8Array.from(m), 0.05, [1, 2, 3]);
}
