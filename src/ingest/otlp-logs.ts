// OTLP logs (`LogsService/Export`) → access records. What Envoy's OpenTelemetry access logger sends as
// configured by Istio's `envoyOtelAls` provider (istio/istio pilot/pkg/model/telemetry_logging.go;
// Envoy's open_telemetry access logger): by default each LogRecord's body is one line in Istio's
// default text format and there are no attributes; with `logFormat.labels` the operator adds
// attributes, which we read under the key names of Istio's JSON access-log format. Attributes win over
// the body, field by field.
import { opentelemetry } from "../generated/codecs.js";
import { recordAccess, recordTcp } from "../core/gateway-metrics.ts";
import type { Pipeline } from "../core/pipeline.ts";
import { type AccessRecord, newRecord, newTcpRecord, parseResponseFlags, resetRecord, resetTcpRecord } from "../core/record.ts";
import type { RejectReason } from "../core/self-metrics.ts";
import { type EnvoyTextLine, newEnvoyTextLine, parseEnvoyTextLine } from "./envoy-text-format.ts";
import { int64ToNumber } from "./mixer-values.ts";
import { gatewayFromNodeId } from "./envoy-node.ts";
import { type ExtraSources, NO_EXTRAS } from "./extra-values.ts";
import { flushTally, newTally, reject } from "./tally.ts";
import { decodeBody } from "./body.ts";

export const OTLP_LOGS_PATH = "/opentelemetry.proto.collector.logs.v1.LogsService/Export";

const otlp = opentelemetry.proto;
type AnyValue = opentelemetry.proto.common.v1.AnyValue.$Properties;
type KeyValue = opentelemetry.proto.common.v1.KeyValue.$Properties;

export interface OtlpResult {
  accepted: number;
  rejected: number;
  /** The encoded ExportLogsServiceResponse. */
  response: Uint8Array;
}

/** The fields one log record yields before it becomes an HTTP or a TCP record. */
export interface Fields {
  gateway: string;
  method: string;
  path: string;
  protocol: string;
  /** True once the protocol is known (from the body or a `protocol` attribute), even if `-`. */
  protocolKnown: boolean;
  authority: string;
  code: number;
  flags: string;
  routeName: string;
  upstreamCluster: string;
  durationMs: number;
  upstreamMs: number;
  bytesReceived: number;
  bytesSent: number;
  /** An attribute naming a request field was present, so the record is usable without a body. */
  fromAttributes: boolean;
  /** Why an attribute value was unusable; "" if none was. */
  bad: string;
  /** The rejection reason that goes with `bad`. */
  badReason: RejectReason;
  /** Extra label k's value (the attribute extras.attributes[k]); "" for none. */
  extra: string[];
}

export function newFields(): Fields {
  const f = { extra: [] as string[] } as Fields;
  resetFields(f);
  return f;
}

export function resetFields(f: Fields): void {
  f.gateway = "";
  f.method = "";
  f.path = "";
  f.protocol = "";
  f.protocolKnown = false;
  f.authority = "";
  f.code = 0;
  f.flags = "";
  f.routeName = "";
  f.upstreamCluster = "";
  f.durationMs = NaN;
  f.upstreamMs = NaN;
  f.bytesReceived = NaN;
  f.bytesSent = NaN;
  f.fromAttributes = false;
  f.bad = "";
  f.badReason = "unparseable";
  if (f.extra.length !== 0) f.extra.fill("");
}

export function fromLine(f: Fields, l: EnvoyTextLine): void {
  f.method = l.method;
  f.path = l.path;
  f.protocol = l.protocol;
  f.protocolKnown = true;
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

/** Keeps the first problem of a record. */
export function setBad(f: Fields, why: string, reason: RejectReason): void {
  if (f.bad !== "") return;
  f.bad = why;
  f.badReason = reason;
}

/**
 * Applies the key/value pairs with Istio JSON-format names, and those naming an extra label's
 * value; other keys are ignored.
 */
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
      case "protocol": f.protocol = anyText(v); f.protocolKnown = true; f.fromAttributes = true; break;
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

/** Scratch objects reused for every record of every call. */
const line = newEnvoyTextLine();
const fields = newFields();
const rec = newRecord();
const tcp = newTcpRecord();

const EMPTY = new Uint8Array(0);

/** The protobufjs reference for otlp-reader.ts: decodes, counts and answers one Export call. Throws (counted as malformed) if the body is not an ExportLogsServiceRequest. */
export function ingestOtlpLogsReference(p: Pipeline, body: Uint8Array, extras: ExtraSources = NO_EXTRAS): OtlpResult {
  const req = decodeBody(p, "otlp", (r) => otlp.collector.logs.v1.ExportLogsServiceRequest.decode(r), body);
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
          if (firstReason === "") firstReason = problem.text;
        }
      }
    }
  }
  flushTally(p, "otlp", t);
  return exportResult(t.accepted, t.rejected, firstReason);
}

/** The call's result; partial_success names the first refused record's problem. */
export function exportResult(accepted: number, rejected: number, firstReason: string): OtlpResult {
  if (rejected === 0) return { accepted, rejected, response: EMPTY };
  const response = otlp.collector.logs.v1.ExportLogsServiceResponse.encode({
    partial_success: {
      rejected_log_records: rejected,
      error_message: `${rejected} of ${accepted + rejected} log records not counted; first: ${firstReason}`,
    },
  }).finish();
  return { accepted, rejected, response };
}

export const NO_BODY = "no body and no Istio access-log attributes";

export function badLine(why: string): string {
  return "body is not in Istio's default access-log format (" + why + ") and has no Istio access-log attributes";
}

/** Why the last record countLogRecord refused was refused, for the partial_success message. */
export const problem = { text: "" };

function refuse(why: string, reason: RejectReason): RejectReason {
  problem.text = why;
  return reason;
}

/** Counts one LogRecord; returns null, or the reason it was not counted (the text in `problem`). */
function countLogRecord(
  p: Pipeline, lr: opentelemetry.proto.logs.v1.LogRecord.$Properties, fallbackGateway: string, extras: ExtraSources,
): RejectReason | null {
  const bodyProblem = logRecordFields(lr, fields, extras);
  return countFields(p, fields, bodyProblem, fallbackGateway, traceIdHex(lr.trace_id));
}

/** Fills `f` from one LogRecord's body, then its attributes; returns why the body is unusable, or null. */
export function logRecordFields(lr: opentelemetry.proto.logs.v1.LogRecord.$Properties, f: Fields, extras: ExtraSources = NO_EXTRAS): string | null {
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

/**
 * Counts the record one LogRecord's fields describe (body then attributes applied); returns null,
 * or the reason it was not counted (the text in `problem`).
 */
export function countFields(p: Pipeline, f: Fields, bodyProblem: string | null, fallbackGateway: string, traceId: string): RejectReason | null {
  const why = fieldsProblem(f, bodyProblem);
  if (why !== null) return why;
  const gateway = f.gateway !== "" ? f.gateway : fallbackGateway;
  if (isTcp(f)) return countTcpFields(p, f, gateway, f.upstreamCluster);
  resetRecord(rec);
  recordAmounts(rec, f);
  rec.gateway = gateway;
  rec.host = f.authority;
  rec.path = f.path;
  rec.method = f.method;
  rec.routeName = f.routeName;
  rec.upstreamCluster = f.upstreamCluster;
  rec.traceId = traceId;
  for (let k = 0; k < f.extra.length; k++) rec.extra[k] = f.extra[k];
  recordAccess(p.metrics, rec);
  return null;
}

/** Why a record with these fields is not counted (the text in `problem`), or null. */
export function fieldsProblem(f: Fields, bodyProblem: string | null): RejectReason | null {
  // A body's code field is any run of up to 15 digits; an attribute's was checked already.
  if (f.code > 999) setBad(f, "response code in the body is not an HTTP status code", "bad_code");
  if (f.bad !== "") return refuse(f.bad, f.badReason);
  if (bodyProblem !== null && !f.fromAttributes) return refuse(bodyProblem, "unparseable");
  return null;
}

/** A TCP connection logs `"- - -"`: no protocol, but the fields are known. */
export function isTcp(f: Fields): boolean {
  return f.protocolKnown && f.protocol === "";
}

export function countTcpFields(p: Pipeline, f: Fields, gateway: string, upstreamCluster: string): RejectReason | null {
  resetTcpRecord(tcp);
  tcp.gateway = gateway;
  tcp.upstreamCluster = upstreamCluster;
  tcp.receivedBytes = f.bytesReceived >= 0 ? f.bytesReceived : 0;
  tcp.sentBytes = f.bytesSent >= 0 ? f.bytesSent : 0;
  recordTcp(p.metrics, tcp);
  return null;
}

/** The record's code, amounts and flags from `f` (its labels and trace id are the caller's). */
export function recordAmounts(r: AccessRecord, f: Fields): void {
  r.code = f.code;
  r.durationSeconds = f.durationMs / 1000;
  r.requestBytes = f.bytesReceived;
  r.responseBytes = f.bytesSent;
  r.upstreamSeconds = f.upstreamMs / 1000;
  r.responseFlags = parseResponseFlags(f.flags);
}
