// Envoy gRPC Access Log Service: StreamAccessLogs client streams (v3, and v2 which is
// wire-identical) → access records and TCP records. Envoy keeps one stream open for hours and
// names itself only in the stream's first message, so the gateway name is kept per stream.
//
// Decoding uses the generated codecs (the reference decoder). Turning a decoded entry into a record
// is done by the small exported functions below, so a faster decoder can be checked against them.
import { recordAccess, recordTcp } from "../core/gateway-metrics.ts";
import type { Pipeline } from "../core/pipeline.ts";
import { type AccessRecord, newRecord, newTcpRecord, resetRecord, resetTcpRecord, type TcpRecord } from "../core/record.ts";
import { closeStream, openStream, streamDelta, streamEntries } from "../core/self-metrics.ts";
import { envoy, type google } from "../generated/codecs.js";
import { log } from "../log.ts";
import { type ExtraSources, NO_EXTRAS } from "./extra-values.ts";
import { int64ToNumber } from "./mixer-values.ts";
import { gatewayFromNodeId } from "./envoy-node.ts";
import { flushTally, newTally, reject } from "./tally.ts";
import { decodeBody } from "./body.ts";

export const ALS_V3_PATH = "/envoy.service.accesslog.v3.AccessLogService/StreamAccessLogs";
export const ALS_V2_PATH = "/envoy.service.accesslog.v2.AccessLogService/StreamAccessLogs";

const als = envoy.service.accesslog.v3;
const data = envoy.data.accesslog.v3;
type Identifier = envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Properties;
export type HttpEntry = envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties;
export type TcpEntry = envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties;
type Common = envoy.data.accesslog.v3.AccessLogCommon.$Properties;
type Flags = envoy.data.accesslog.v3.ResponseFlags.$Properties;
type Duration = google.protobuf.Duration.$Properties;
type UInt64 = number | { toNumber(): number } | null | undefined;

// ---------------------------------------------------------------------------------------------
// Gateway name

/**
 * The `gateway` label for a stream: `node.cluster` (Istio sets `<workload>.<namespace>`, e.g.
 * `istio-ingressgateway.istio-system`), else a name derived from `node.id`, else `log_name`.
 */
export function gatewayOf(id: Identifier | null | undefined): string {
  const node = id?.node;
  if (node?.cluster) return node.cluster;
  if (node?.id) return gatewayFromNodeId(node.id);
  return id?.log_name ?? "";
}

// ---------------------------------------------------------------------------------------------
// Entry → record

/** RequestMethod enum value → method; 0 (METHOD_UNSPECIFIED) and unknown values → "" (`_OTHER`). */
export const METHOD_NAMES = ["", "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"];

/** ResponseFlags fields in field-number order: index i (field i + 1) is bit i of the record's mask. */
export const RESPONSE_FLAG_FIELDS = [
  "failed_local_healthcheck", "no_healthy_upstream", "upstream_request_timeout", "local_reset",
  "upstream_remote_reset", "upstream_connection_failure", "upstream_connection_termination",
  "upstream_overflow", "no_route_found", "delay_injected", "fault_injected", "rate_limited",
  "unauthorized_details", "rate_limit_service_error", "downstream_connection_termination",
  "upstream_retry_limit_exceeded", "stream_idle_timeout", "invalid_envoy_request_headers",
  "downstream_protocol_error", "upstream_max_stream_duration_reached", "response_from_cache_filter",
  "no_filter_config_found", "duration_timeout", "upstream_protocol_error", "no_cluster_found",
  "overload_manager", "dns_resolution_failure", "downstream_remote_reset",
] as const satisfies readonly (keyof Flags)[];

/** Bitmask of the set flags; `unauthorized_details` is a message and counts as set when present. */
function responseFlagBits(f: Flags | null | undefined): number {
  if (f == null) return 0;
  let bits = 0;
  for (let i = 0; i < RESPONSE_FLAG_FIELDS.length; i++) {
    if (f[RESPONSE_FLAG_FIELDS[i]]) bits |= 1 << i;
  }
  return bits;
}

/** A google.protobuf.Duration in seconds; NaN when absent. */
export function durationSeconds(d: Duration | null | undefined): number {
  if (d == null) return NaN;
  return int64ToNumber(d.seconds as UInt64) + (d.nanos ?? 0) / 1e9;
}

const HEX_TRACE_ID = /^(?:[0-9a-f]{16}|[0-9a-f]{32})$/i;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}/i;

/**
 * Trace id from the logged request headers (only those named in the logger's
 * additional_request_headers_to_log arrive): B3 `x-b3-traceid`, else W3C `traceparent`.
 * `request_id` (x-request-id) is not a trace id and is not used.
 */
function traceIdOf(headers: { [k: string]: string } | null | undefined): string {
  if (headers == null) return "";
  return traceIdFromHeaders(headers["x-b3-traceid"], headers["traceparent"]);
}

/** An ASCII hex digit's value; -1 for any other byte. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

function allHex(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (hexValue(buf[i]) < 0) return false;
  return true;
}

/** The hex digits buf[start, end) (an even count) as bytes into out[at…]; false unless all are hex digits. */
function hexInto(buf: Uint8Array, start: number, end: number, out: Uint8Array, at: number): boolean {
  for (let i = start; i < end; i += 2) {
    const h = hexValue(buf[i]), l = hexValue(buf[i + 1]);
    if (h < 0 || l < 0) return false;
    out[at++] = (h << 4) | l;
  }
  return true;
}

/**
 * traceIdFromHeaders on the headers' bytes (start -1: not logged) without making strings: writes
 * the trace id as binary into out[at…] and returns its length in bytes, 0 for none. Its lowercase
 * hex is the string traceIdFromHeaders gives (a byte that is not ASCII fails the same checks).
 */
export function traceBytesFromHeaders(
  buf: Uint8Array, b3Start: number, b3End: number, tpStart: number, tpEnd: number, out: Uint8Array, at: number,
): number {
  if (b3Start >= 0) {
    const n = b3End - b3Start;
    if ((n === 16 || n === 32) && hexInto(buf, b3Start, b3End, out, at)) return n / 2;
  }
  // traceparent: version (2) "-" trace id (32) "-" parent id (16) "-" flags (2), then anything.
  const s = tpStart;
  if (s < 0 || tpEnd - s < 55 || buf[s + 2] !== 45 || buf[s + 35] !== 45 || buf[s + 52] !== 45) return 0;
  if (!allHex(buf, s, s + 2) || !allHex(buf, s + 36, s + 52) || !allHex(buf, s + 53, s + 55)) return 0;
  if (!hexInto(buf, s + 3, s + 35, out, at)) return 0;
  let any = 0;
  for (let i = at; i < at + 16; i++) any |= out[i];
  return any === 0 ? 0 : 16;
}

/** traceIdOf given the two header values (undefined: not logged). */
export function traceIdFromHeaders(b3: string | undefined, tp: string | undefined): string {
  if (b3 !== undefined && HEX_TRACE_ID.test(b3)) return b3.toLowerCase();
  const m = tp === undefined ? null : TRACEPARENT.exec(tp);
  return m && !/^0+$/.test(m[1]) ? m[1].toLowerCase() : "";
}

/**
 * Whether an entry describes a finished request or connection. Envoy ≥ 1.26 can also log at the
 * start of a request, periodically, and per upstream attempt; counting those would count a request
 * several times, so only `NotSet` (older Envoys, and the default) and the end-of-life types count.
 */
export function isFinalEntry(c: Common | null | undefined, tcp: boolean): boolean {
  if (c == null) return true;
  if (c.intermediate_log_entry) return false;
  const t = c.access_log_type ?? data.AccessLogType.NotSet;
  return t === data.AccessLogType.NotSet || t === (tcp ? data.AccessLogType.TcpConnectionEnd : data.AccessLogType.DownstreamEnd);
}

/**
 * Fills `r` (already reset) from one HTTP entry. Returns false for an entry that cannot be a real
 * request: a status code above 999 or a negative duration.
 */
export function httpEntryToRecord(e: HttpEntry, r: AccessRecord, extras: ExtraSources = NO_EXTRAS): boolean {
  const q = e.request;
  const names = extras.headers;
  const logged = q?.request_headers;
  // hasOwn: the map is a plain object, whose inherited keys (`constructor`) are no header.
  for (let k = 0; k < names.length; k++) r.extra[k] = logged != null && Object.hasOwn(logged, names[k]) ? logged[names[k]] : "";
  if (q != null) {
    r.host = q.authority ?? "";
    r.path = q.original_path || q.path || "";
    r.method = METHOD_NAMES[q.request_method ?? 0] ?? "";
    r.requestBytes = int64ToNumber(q.request_body_bytes as UInt64);
    r.traceId = traceIdOf(q.request_headers);
  }
  const s = e.response;
  if (s != null) {
    r.code = s.response_code?.value ?? 0;
    r.responseBytes = int64ToNumber(s.response_body_bytes as UInt64);
  }
  const c = e.common_properties;
  if (c != null) {
    r.durationSeconds = durationSeconds(c.duration ?? c.time_to_last_downstream_tx_byte);
    // Upstream service time: request sent upstream → first response byte back. Negative when the
    // upstream answered before the whole request went out; Envoy sends no service time then either.
    const lastTx = c.time_to_last_upstream_tx_byte;
    const firstRx = c.time_to_first_upstream_rx_byte;
    if (lastTx != null && firstRx != null) {
      const up = durationSeconds(firstRx) - durationSeconds(lastTx);
      if (up >= 0) r.upstreamSeconds = up;
    }
    r.responseFlags = responseFlagBits(c.response_flags);
    r.routeName = c.route_name ?? "";
    r.upstreamCluster = c.upstream_cluster ?? "";
  }
  return r.code <= 999 && !(r.durationSeconds < 0);
}

/** Fills `r` (already reset) from one TCP entry. */
export function tcpEntryToRecord(e: TcpEntry, r: TcpRecord): void {
  r.upstreamCluster = e.common_properties?.upstream_cluster ?? "";
  r.receivedBytes = int64ToNumber(e.connection_properties?.received_bytes as UInt64);
  r.sentBytes = int64ToNumber(e.connection_properties?.sent_bytes as UInt64);
}

// ---------------------------------------------------------------------------------------------
// Streams

export interface AlsStream {
  /** Decodes and counts one StreamAccessLogsMessage; throws if it is malformed. */
  message(body: Uint8Array): void;
  /** The client half-closed: the (empty) StreamAccessLogsResponse. */
  end(): Buffer;
  /** Exactly once per stream, however it ended. */
  close(): void;
}

/** The one answer to every ALS stream (an empty StreamAccessLogsResponse), encoded once. */
export const EMPTY_RESPONSE = Buffer.from(als.StreamAccessLogsResponse.encode({}).finish());

/** The protobufjs reference for als-reader.ts: one StreamAccessLogs call; counts itself in gatewaymetric_streams_active{source="als"}. */
export function openAlsStreamReference(p: Pipeline, peer: string, extras: ExtraSources = NO_EXTRAS): AlsStream {
  const rec = newRecord();
  const tcp = newTcpRecord();
  let gateway = "";
  let identified = false;
  let accepted = 0;
  let rejected = 0;
  const stream = openStream(p.self, "als", peer);
  return {
    message(body) {
      const msg = decodeBody(p, "als", (r) => als.StreamAccessLogsMessage.decode(r), body);
      if (msg.identifier != null) {
        gateway = gatewayOf(msg.identifier);
        if (!identified) log("debug", "ALS stream identified", { peer, gateway, node_id: msg.identifier.node?.id ?? "", log_name: msg.identifier.log_name ?? "" });
        stream.gateway = gateway;
        identified = true;
      }
      const t = newTally();
      for (const e of msg.http_logs?.log_entry ?? []) {
        if (!isFinalEntry(e.common_properties, false)) {
          t.accepted++;
          continue;
        }
        resetRecord(rec);
        rec.gateway = gateway;
        // httpEntryToRecord refuses only a code above 999 or a negative duration.
        if (!httpEntryToRecord(e, rec, extras)) reject(t, rec.code > 999 ? "bad_code" : "bad_duration");
        else {
          recordAccess(p.metrics, rec);
          t.accepted++;
        }
      }
      for (const e of msg.tcp_logs?.log_entry ?? []) {
        if (!isFinalEntry(e.common_properties, true)) {
          t.accepted++;
          continue;
        }
        resetTcpRecord(tcp);
        tcp.gateway = gateway;
        tcpEntryToRecord(e, tcp);
        recordTcp(p.metrics, tcp);
        t.accepted++;
      }
      if (t.accepted + t.rejected > 0) {
        flushTally(p, "als", t);
        streamEntries(stream, t.accepted + t.rejected);
      }
      accepted += t.accepted;
      rejected += t.rejected;
    },
    end: () => EMPTY_RESPONSE,
    close() {
      closeStream(p.self, stream);
      log("debug", "ALS stream closed", { peer, gateway, accepted, rejected });
    },
  };
}

/** Lists the ALS stream gauge at zero before the first stream, so it can be alerted on at once. */
export function registerAls(p: Pipeline): void {
  streamDelta(p.self, "als", 0);
}
