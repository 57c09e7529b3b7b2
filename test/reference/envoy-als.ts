// The reference for src/ingest/als-reader.ts: Envoy ALS StreamAccessLogs decoded by the generated
// codecs (protobufjs) and mapped to records by plain functions over the decoded objects. The
// hand-written reader must accept, reject and count exactly as this does (test/als-reader.test.ts);
// the fuzz targets, the tuple-cache tests and the ingest bench use it as the codec path.
import { recordAccess, recordTcp } from "../../src/core/gateway-metrics.ts";
import type { Pipeline } from "../../src/core/pipeline.ts";
import { type AccessRecord, newRecord, newTcpRecord, resetRecord, resetTcpRecord, type TcpRecord } from "../../src/core/record.ts";
import { envoy, type google } from "../../src/generated/codecs.js";
import { log } from "../../src/log.ts";
import { alsStreamBook, type AlsStream, EMPTY_RESPONSE, METHOD_NAMES } from "../../src/ingest/als-reader.ts";
import { decodeBody } from "../../src/ingest/body.ts";
import { type ExtraSources, NO_EXTRAS } from "../../src/ingest/extra-values.ts";
import { int64ToNumber } from "../../src/ingest/mixer-values.ts";
import { newTally, reject } from "../../src/ingest/tally.ts";

const als = envoy.service.accesslog.v3;
const data = envoy.data.accesslog.v3;
type HttpEntry = envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties;
type TcpEntry = envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties;
type Common = envoy.data.accesslog.v3.AccessLogCommon.$Properties;
type Flags = envoy.data.accesslog.v3.ResponseFlags.$Properties;
type Duration = google.protobuf.Duration.$Properties;
type UInt64 = number | { toNumber(): number } | null | undefined;

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
function durationSeconds(d: Duration | null | undefined): number {
  if (d == null) return NaN;
  return int64ToNumber(d.seconds as UInt64) + (d.nanos ?? 0) / 1e9;
}

const HEX_TRACE_ID = /^(?:[0-9a-f]{16}|[0-9a-f]{32})$/i;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}/i;

/**
 * The trace id from the logged request headers (undefined: not logged): B3 `x-b3-traceid`, else
 * W3C `traceparent`. `request_id` (x-request-id) is not a trace id and is not used.
 */
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
    r.traceId = logged == null ? "" : traceIdFromHeaders(logged["x-b3-traceid"], logged["traceparent"]);
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

/** One StreamAccessLogs call through the codecs; counts itself in gatewaymetric_streams_active{source="als"}. */
export function openAlsStreamReference(p: Pipeline, peer: string, extras: ExtraSources = NO_EXTRAS): AlsStream {
  const rec = newRecord();
  const tcp = newTcpRecord();
  const book = alsStreamBook(p, peer);
  return {
    message(body) {
      const msg = decodeBody(p, "als", (r) => als.StreamAccessLogsMessage.decode(r), body);
      if (msg.identifier != null) book.identify(msg.identifier);
      const gateway = book.gateway;
      const t = newTally();
      for (const e of msg.http_logs?.log_entry ?? []) {
        if (!isFinalEntry(e.common_properties, false)) {
          t.accepted++;
          continue;
        }
        resetRecord(rec);
        rec.gateway = gateway;
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
      book.counted(t);
    },
    end: () => EMPTY_RESPONSE,
    close: () => book.close(),
  };
}
