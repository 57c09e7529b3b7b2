// The reference for src/ingest/otlp-reader.ts: an OTLP Export request decoded by the protobufjs
// codecs, each LogRecord mapped to fields by plain code on the decoded objects (the body's Istio text
// line by the string parser in envoy-text-format.ts), then counted. test/otlp-reader.test.ts holds
// the reader to it field by field, and compares what both count.
import { recordAccess } from "../../src/core/gateway-metrics.ts";
import type { Pipeline } from "../../src/core/pipeline.ts";
import { newRecord, newTcpRecord, resetRecord } from "../../src/core/record.ts";
import type { RejectReason } from "../../src/core/self-metrics.ts";
import { opentelemetry } from "../../src/generated/codecs.js";
import { decodeBody } from "../../src/ingest/body.ts";
import { gatewayFromNodeId } from "../../src/ingest/envoy-node.ts";
import { type ExtraSources, NO_EXTRAS } from "../../src/ingest/extra-values.ts";
import { int64ToNumber } from "../../src/ingest/mixer-values.ts";
import {
  badLine, countTcp, exportResult, type Fields, NO_BODY, newFields, type OtlpResult, recordAmounts, refusal, resetFields, setBad,
} from "../../src/ingest/otlp-reader.ts";
import { flushTally, newTally, reject } from "../../src/ingest/tally.ts";
import { type EnvoyTextLine, newEnvoyTextLine, parseEnvoyTextLine } from "./envoy-text-format.ts";

type AnyValue = opentelemetry.proto.common.v1.AnyValue.$Properties;
type KeyValue = opentelemetry.proto.common.v1.KeyValue.$Properties;
type LogRecord = opentelemetry.proto.logs.v1.LogRecord.$Properties;

function fromLine(f: Fields, l: EnvoyTextLine): void {
  f.method = l.method;
  f.path = l.path;
  f.tcp = l.protocol === "";
  f.authority = l.authority;
  f.code = l.responseCode;
  f.flags = l.responseFlags;
  f.routeName = l.routeName;
  f.upstreamCluster = l.upstreamCluster;
  f.durationMs = l.durationMs;
  f.upstreamMs = l.upstreamServiceTimeMs;
  f.bytesReceived = l.bytesReceived;
  f.bytesSent = l.bytesSent;
}

/** An attribute value as text: Envoy formats every attribute as a string, `-` when absent. */
function anyText(v: AnyValue | null | undefined): string {
  if (!v) return "";
  switch (v.value) {
    case "string_value": return v.string_value === "-" ? "" : (v.string_value ?? "");
    case "int_value": return String(int64ToNumber(v.int_value));
    case "double_value": return String(v.double_value);
    case "bool_value": return v.bool_value ? "true" : "false";
    default: return "";
  }
}

/** A non-negative number attribute; NaN when absent (`-`), -1 when present but not a number. */
function anyNumber(v: AnyValue | null | undefined): number {
  if (!v) return NaN;
  switch (v.value) {
    case "int_value": {
      const n = int64ToNumber(v.int_value);
      return n >= 0 ? n : -1;
    }
    case "double_value": {
      const n = v.double_value ?? NaN;
      return n >= 0 && n < Infinity ? n : -1;
    }
    case "string_value": {
      const s = (v.string_value ?? "").trim();
      if (s === "-" || s === "") return NaN;
      const n = Number(s);
      return n >= 0 && n < Infinity ? n : -1;
    }
    default: return -1;
  }
}

function number(f: Fields, key: string, v: AnyValue | null | undefined, reason: RejectReason): number {
  const n = anyNumber(v);
  if (n === -1) setBad(f, `attribute ${key} is not a non-negative number`, reason);
  return n;
}

/** Applies the key/value pairs with Istio JSON-format names, and those naming an extra label's value. */
function applyKeyValues(f: Fields, kvs: KeyValue[] | null | undefined, extras: ExtraSources): void {
  if (!kvs) return;
  const names = extras.attributes;
  for (let i = 0; i < kvs.length; i++) {
    const kv = kvs[i];
    const v = kv.value;
    for (let k = 0; k < names.length; k++) if (kv.key === names[k]) f.extra[k] = anyText(v);
    switch (kv.key) {
      case "gateway": f.gateway = anyText(v); break;
      case "method": f.method = anyText(v); f.fromAttributes = true; break;
      case "path": f.path = anyText(v); f.fromAttributes = true; break;
      case "authority": f.authority = anyText(v); f.fromAttributes = true; break;
      case "protocol": f.tcp = anyText(v) === ""; f.fromAttributes = true; break;
      case "response_code": {
        const n = number(f, "response_code", v, "bad_code");
        f.fromAttributes = true;
        if (Number.isNaN(n)) f.code = 0;
        else if (Number.isInteger(n) && n <= 999) f.code = n;
        else setBad(f, "attribute response_code is not an HTTP status code", "bad_code");
        break;
      }
      case "response_flags": f.flags = anyText(v); break;
      case "route_name": f.routeName = anyText(v); break;
      case "upstream_cluster": f.upstreamCluster = anyText(v); break;
      case "duration": f.durationMs = number(f, "duration", v, "bad_duration"); break;
      case "upstream_service_time": f.upstreamMs = number(f, "upstream_service_time", v, "bad_duration"); break;
      case "bytes_received": f.bytesReceived = number(f, "bytes_received", v, "bad_size"); break;
      case "bytes_sent": f.bytesSent = number(f, "bytes_sent", v, "bad_size"); break;
    }
  }
}

/** The gateway a ResourceLogs names when its records do not: Envoy's built-in resource labels. */
export function resourceGateway(attrs: KeyValue[] | null | undefined): string {
  let cluster = "", node = "", logName = "";
  for (const kv of attrs ?? []) {
    if (kv.key === "cluster_name") cluster = anyText(kv.value);
    else if (kv.key === "node_name") node = anyText(kv.value);
    else if (kv.key === "log_name") logName = anyText(kv.value);
  }
  return cluster || (node ? gatewayFromNodeId(node) : "") || logName;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** A 16-byte trace id as 32 hex digits; "" when absent or all zero (W3C: invalid). */
export function traceIdHex(b: Uint8Array | null | undefined): string {
  if (!b || b.length !== 16) return "";
  let zero = true;
  for (let i = 0; i < 16; i++) if (b[i] !== 0) zero = false;
  if (zero) return "";
  let s = "";
  for (let i = 0; i < 16; i++) s += HEX[b[i]];
  return s;
}

const line = newEnvoyTextLine();

/** Fills `f` from one LogRecord's body, then its attributes; returns why the body is unusable, or null. */
export function logRecordFields(lr: LogRecord, f: Fields, extras: ExtraSources = NO_EXTRAS): string | null {
  resetFields(f);
  let bodyProblem: string | null = NO_BODY;
  const body = lr.body;
  if (body?.value === "string_value") {
    bodyProblem = parseEnvoyTextLine(body.string_value ?? "", line);
    if (bodyProblem === null) fromLine(f, line);
    else bodyProblem = badLine(bodyProblem);
  } else if (body?.value === "kvlist_value") {
    applyKeyValues(f, body.kvlist_value?.values, extras);
  }
  applyKeyValues(f, lr.attributes, extras);
  return bodyProblem;
}

const fields = newFields();
const rec = newRecord();
const tcp = newTcpRecord();

/** Counts one LogRecord; returns null, or the reason it was not counted (the text in `fields.bad`). */
function countLogRecord(p: Pipeline, lr: LogRecord, fallbackGateway: string, extras: ExtraSources): RejectReason | null {
  const f = fields;
  const why = refusal(f, logRecordFields(lr, f, extras));
  if (why !== null) return why;
  const gateway = f.gateway !== "" ? f.gateway : fallbackGateway;
  if (f.tcp) {
    countTcp(p, tcp, f, gateway, f.upstreamCluster);
    return null;
  }
  resetRecord(rec);
  recordAmounts(rec, f);
  rec.gateway = gateway;
  rec.host = f.authority;
  rec.path = f.path;
  rec.method = f.method;
  rec.routeName = f.routeName;
  rec.upstreamCluster = f.upstreamCluster;
  rec.traceId = traceIdHex(lr.trace_id);
  for (let k = 0; k < f.extra.length; k++) rec.extra[k] = f.extra[k];
  recordAccess(p.metrics, rec);
  return null;
}

/** Decodes, counts and answers one Export call. Throws (counted as malformed) if the body is not an ExportLogsServiceRequest. */
export function ingestOtlpLogsReference(p: Pipeline, body: Uint8Array, extras: ExtraSources = NO_EXTRAS): OtlpResult {
  const req = decodeBody(p, "otlp", (r) => opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.decode(r), body);
  const t = newTally();
  let firstReason = "";
  for (const rl of req.resource_logs) {
    const fallbackGateway = resourceGateway(rl.resource?.attributes);
    for (const sl of rl.scope_logs ?? []) {
      for (const lr of sl.log_records ?? []) {
        const reason = countLogRecord(p, lr, fallbackGateway, extras);
        if (reason === null) t.accepted++;
        else {
          reject(t, reason);
          if (firstReason === "") firstReason = fields.bad;
        }
      }
    }
  }
  flushTally(p, "otlp", t);
  return exportResult(t.accepted, t.rejected, firstReason);
}
