// OTLP logs (`LogsService/Export`) → access records, as Istio's `envoyOtelAls` provider makes Envoy send
// them: by default each LogRecord's body is one line of Istio's default text format (envoy-text-bytes.ts);
// `logFormat.labels` adds attributes, named as in Istio's JSON access-log format, which win over the
// body field by field. A record naming no gateway takes its resource's.
//
// One walk accepts, rejects and yields exactly what the codecs and test/reference/otlp-logs.ts do
// (test/otlp-reader.test.ts), merging repeated messages as protobuf does. Records in Envoy's order (one
// body part, then attributes) are applied as read, others again from their bytes once read. Labels and
// trace ids stay byte ranges in the request. Nothing is counted until the whole request has been read;
// at most BATCH_ENTRIES records (nothing per KeyValue) are kept: a larger request is checked whole, then read in batches.
import { MAX_EXTRA_LABELS } from "../core/catalog.ts";
import { recordAccessRaw, recordTcp } from "../core/gateway-metrics.ts";
import type { Pipeline } from "../core/pipeline.ts";
import {
  newRawLabels, RAW_EXTRA, RAW_GATEWAY, RAW_HOST, RAW_METHOD, RAW_PATH, RAW_ROUTE_NAME, RAW_UPSTREAM, type RawLabels, setRawBytes,
  setRawStable, setRawString, stringBytes,
} from "../core/raw-tuple.ts";
import { type AccessRecord, newRecord, newTcpRecord, parseResponseFlags, resetRecord, type TcpRecord } from "../core/record.ts";
import type { RejectReason } from "../core/self-metrics.ts";
import { opentelemetry } from "../generated/codecs.js";
import { decodeBody } from "./body.ts";
import { gatewayFromNodeId } from "./envoy-node.ts";
import {
  digits, N_CODE, N_DURATION, N_RECEIVED, N_SENT, N_UPSTREAM, newTextLineAt, parseEnvoyTextBytes, T_AUTHORITY, T_CLUSTER, T_FLAGS, T_METHOD,
  T_PATH, T_PROTOCOL, T_ROUTE,
} from "./envoy-text-bytes.ts";
import { type ExtraSources, NO_EXTRAS } from "./extra-values.ts";
import { BATCH_ENTRIES, flushTally, newTally, reject, type Tally } from "./tally.ts";
import {
  decodeUtf8, enterMessage, newWire, RECURSION_LIMIT, rangeIs, readBool, readDouble, readInt64, readStringRange, readTag, releaseWire,
  resetWire, skipField, type Wire, WireError, WT_I64, WT_LEN, WT_VARINT,
} from "./wire.ts";

export const OTLP_LOGS_PATH = "/opentelemetry.proto.collector.logs.v1.LogsService/Export";

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
  /** A TCP connection: the protocol (from the body or a `protocol` attribute) is known and `-`. */
  tcp: boolean;
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
  /** Why the record is not counted (the first problem found); "" if it is. */
  bad: string;
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
  f.tcp = false;
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

export function setBad(f: Fields, why: string, reason: RejectReason): void {
  if (f.bad !== "") return;
  f.bad = why;
  f.badReason = reason;
}

export const NO_BODY = "no body and no Istio access-log attributes";

export function badLine(why: string): string {
  return "body is not in Istio's default access-log format (" + why + ") and has no Istio access-log attributes";
}

/** Why a record with these fields and body problem is not counted (the text then in f.bad), or null. */
export function refusal(f: Fields, bodyProblem: string | null): RejectReason | null {
  // A body's code field is any run of up to 15 digits; an attribute's was checked already.
  if (f.code > 999) setBad(f, "response code in the body is not an HTTP status code", "bad_code");
  if (bodyProblem !== null && !f.fromAttributes) setBad(f, bodyProblem, "unparseable");
  return f.bad === "" ? null : f.badReason;
}

export function countTcp(p: Pipeline, tcp: TcpRecord, f: Fields, gateway: string, upstreamCluster: string): void {
  tcp.gateway = gateway;
  tcp.upstreamCluster = upstreamCluster;
  tcp.receivedBytes = f.bytesReceived >= 0 ? f.bytesReceived : 0;
  tcp.sentBytes = f.bytesSent >= 0 ? f.bytesSent : 0;
  recordTcp(p.metrics, tcp);
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

const EMPTY = new Uint8Array(0);

/** The call's result; partial_success names the first refused record's problem. */
export function exportResult(accepted: number, rejected: number, firstReason: string): OtlpResult {
  if (rejected === 0) return { accepted, rejected, response: EMPTY };
  const response = opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.encode({
    partial_success: {
      rejected_log_records: rejected,
      error_message: `${rejected} of ${accepted + rejected} log records not counted; first: ${firstReason}`,
    },
  }).finish();
  return { accepted, rejected, response };
}

// AnyValue members (field numbers); 0: none set.
const K_NONE = 0, K_STRING = 1, K_BOOL = 2, K_INT = 3, K_DOUBLE = 4, K_KVLIST = 6, K_BYTES = 7;
const MEMBER_WIRE_TYPE = [-1, WT_LEN, WT_VARINT, WT_VARINT, WT_I64, WT_LEN, WT_LEN, WT_LEN];

// The keys of Istio's JSON access-log format we read, then the resource keys that name the gateway.
const KEYS = [
  "gateway", "method", "path", "authority", "protocol", "response_code", "response_flags", "route_name",
  "upstream_cluster", "duration", "upstream_service_time", "bytes_received", "bytes_sent",
  "cluster_name", "node_name", "log_name",
] as const;
const KEY_BYTES = KEYS.map((k) => new TextEncoder().encode(k));
const A_GATEWAY = 0, A_METHOD = 1, A_PATH = 2, A_AUTHORITY = 3, A_PROTOCOL = 4, A_CODE = 5, A_FLAGS = 6, A_ROUTE = 7;
const A_CLUSTER = 8, A_DURATION = 9, A_UPSTREAM = 10, A_RECEIVED = 11, A_SENT = 12;
const R_CLUSTER = 13;
/** Key ids by key length. */
const KEYS_OF_LENGTH: number[][] = [];
KEY_BYTES.forEach((b, k) => (KEYS_OF_LENGTH[b.length] ??= []).push(k));

/** Label fields whose byte ranges `labelAt` keeps per record: 2 ints (start, end) each; extra label k's is L_EXTRA + k. */
export const L_HOST = 0, L_PATH = 1, L_METHOD = 2, L_GATEWAY = 3, L_ROUTE = 4, L_CLUSTER = 5, L_EXTRA = 6;
export const LABEL_SLOTS = L_EXTRA + MAX_EXTRA_LABELS;

/** One AnyValue as protobuf's merge leaves it: the member set last and its scalar. */
const newAny = () => ({ kind: K_NONE, start: 0, end: 0, num: 0 });
type AnyScratch = ReturnType<typeof newAny>;

export type OtlpReader = ReturnType<typeof newOtlpReader>;

export function newOtlpReader(extras: ExtraSources = NO_EXTRAS) {
  return {
    /** The attributes whose values are the extra labels' (set again on a config reload). */
    extras,
    w: newWire(),
    /** False: walk only, make no strings and apply nothing (the benchmark's lower bound). */
    resolve: true,
    n: 0,
    /** Takes the batch when it is full and more records follow; null: the batch starts over (a checking read). */
    sink: null as (() => void) | null,
    /** Whether the last request had more records than one batch holds. */
    spilled: false,
    /** Per record: its fields; a label field with bytes in the request (labelAt) is left "". */
    fields: Array.from({ length: BATCH_ENTRIES }, newFields),
    bodyProblem: new Array<string | null>(BATCH_ENTRIES).fill(null),
    /** Per record: where its trace id's 16 bytes start in the request; -1: none (or all zero). */
    traceAt: new Int32Array(BATCH_ENTRIES),
    /** Per record, the gateway its ResourceLogs names (for records that name none). */
    fallback: new Array<string>(BATCH_ENTRIES).fill(""),
    /** Per record, LABEL_SLOTS (start, end) pairs of request bytes ("-": empty); -1, -1: the text is in `fields`. */
    labelAt: new Int32Array(BATCH_ENTRIES * 2 * LABEL_SLOTS),
    /** The gateway the ResourceLogs being read names, from its attributes cluster_name, node_name, log_name. */
    resourceGateway: "",
    resource: ["", "", ""],
    /** The last fallback gateway given as bytes, and those bytes (one array while it stays: setRawStable). */
    lastFallback: "",
    lastFallbackBytes: null as Uint8Array | null,
    /** The KeyValue last read: its key is buf[keyStart, keyEnd); its value, if present, as merged. */
    keyStart: 0,
    keyEnd: 0,
    valuePresent: false,
    value: newAny(),
    /** The record's body as merged; a kvlist body's members start at bodyRunAt. */
    body: newAny(),
    bodyRunAt: 0,
    /** A scratch for values that are checked but not used. */
    spare: newAny(),
    raw: newRawLabels(),
    rec: newRecord(),
    tcp: newTcpRecord(),
  };
}

function tooDeep(w: Wire, depth: number): void {
  if (depth > RECURSION_LIMIT) throw new WireError(`nesting too deep at byte ${w.pos}`);
}

/** KeyValue (at `depth`), checked: key #1, value #2 (an AnyValue one deeper). */
function checkKeyValue(r: OtlpReader, w: Wire, depth: number): void {
  tooDeep(w, depth);
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x12) readAnyValue(r, w, depth + 1, r.spare);
    else skipField(w, tag & 7, tag >>> 3, depth);
  }
  w.end = outer;
}

/** ArrayValue / KeyValueList (at `depth`), checked: repeated #1, AnyValue or KeyValue one deeper. */
function checkList(r: OtlpReader, w: Wire, depth: number, ofKeyValues: boolean): void {
  tooDeep(w, depth);
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag !== 0x0a) skipField(w, tag & 7, tag >>> 3, depth);
    else if (ofKeyValues) checkKeyValue(r, w, depth + 1);
    else readAnyValue(r, w, depth + 1, r.spare);
  }
  w.end = outer;
}

/** An AnyValue (at `depth`) merged into `a`; for the body, where its kvlist starts is noted. */
function readAnyValue(r: OtlpReader, w: Wire, depth: number, a: AnyScratch): void {
  tooDeep(w, depth);
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const at = w.pos;
    const tag = readTag(w);
    const f = tag >>> 3;
    const wt = tag & 7;
    if (f > K_BYTES || MEMBER_WIRE_TYPE[f] !== wt) {
      skipField(w, wt, f, depth);
      continue;
    }
    if (f === K_STRING || f === K_BYTES) {
      a.start = readStringRange(w);
      a.end = w.pos;
    } else if (f === K_BOOL) a.num = readBool(w) ? 1 : 0;
    else if (f === K_INT) a.num = readInt64(w);
    else if (f === K_DOUBLE) a.num = readDouble(w);
    else {
      // A kvlist following another member starts empty (the codec decodes into a fresh list).
      if (f === K_KVLIST && a === r.body && a.kind !== K_KVLIST) r.bodyRunAt = at;
      checkList(r, w, depth + 1, f === K_KVLIST);
    }
    a.kind = f;
  }
  w.end = outer;
}

/** Which known key buf[start, end) is (-1: another). */
function keyId(buf: Uint8Array, start: number, end: number): number {
  const ids = KEYS_OF_LENGTH[end - start];
  if (ids !== undefined) for (let j = 0; j < ids.length; j++) if (rangeIs(buf, start, end, KEY_BYTES[ids[j]])) return ids[j];
  return -1;
}

/** Reads and checks one KeyValue (at `depth`): its key's id (-1: unknown), its value in r.value (if r.valuePresent). */
function readKeyValue(r: OtlpReader, w: Wire, depth: number): number {
  tooDeep(w, depth);
  const outer = enterMessage(w);
  const k = keyValueFields(r, w, depth);
  w.end = outer;
  return k;
}

function keyValueFields(r: OtlpReader, w: Wire, depth: number): number {
  const buf = w.buf;
  const s = w.pos;
  const e = w.end;
  const v = r.value;
  r.valuePresent = true;
  // Envoy's layout without the general loop: key #1, then value #2 of one string #1 or int #3, one-byte lengths.
  const ke = s + 2 + buf[s + 1];
  if (buf[s] === 0x0a && buf[s + 1] < 128 && ke + 2 <= e && buf[ke] === 0x12 && buf[ke + 1] < 128 && ke + 2 + buf[ke + 1] === e && e - ke >= 4) {
    const vs = ke + 2;
    r.keyStart = s + 2;
    r.keyEnd = ke;
    if (buf[vs] === 0x0a && buf[vs + 1] < 128 && vs + 2 + buf[vs + 1] === e) {
      v.kind = K_STRING;
      v.start = vs + 2;
      v.end = e;
      w.pos = e;
      return keyId(buf, s + 2, ke);
    }
    if (buf[vs] === 0x18) {
      w.pos = vs + 1;
      const n = readInt64(w);
      if (w.pos === e) {
        v.kind = K_INT;
        v.num = n;
        return keyId(buf, s + 2, ke);
      }
      w.pos = s;
    }
  }
  v.kind = K_NONE;
  let present = false;
  r.keyStart = r.keyEnd = 0;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) {
      r.keyStart = readStringRange(w);
      r.keyEnd = w.pos;
    } else if (tag === 0x12) {
      present = true;
      readAnyValue(r, w, depth + 1, v);
    } else skipField(w, tag & 7, tag >>> 3, depth);
  }
  r.valuePresent = present;
  return keyId(buf, r.keyStart, r.keyEnd);
}

function setLabel(r: OtlpReader, at: number, slot: number, start: number, end: number): void {
  r.labelAt[at + 2 * slot] = start;
  r.labelAt[at + 2 * slot + 1] = end;
}

/** Whether the value just read is a string (then a `-`, Envoy's absent value, is made an empty range). */
function valueIsString(r: OtlpReader): boolean {
  const v = r.value;
  if (!r.valuePresent || v.kind !== K_STRING) return false;
  if (v.end - v.start === 1 && r.w.buf[v.start] === 45) v.start = v.end;
  return true;
}

/** The value just read as text; `slot` ≥ 0: a string's bytes are noted as that label of record `at` and "" returned. */
function valueText(r: OtlpReader, at: number, slot: number): string {
  const v = r.value;
  if (valueIsString(r)) {
    if (slot >= 0) setLabel(r, at, slot, v.start, v.end);
    return slot >= 0 || v.start === v.end ? "" : decodeUtf8(r.w.buf, v.start, v.end);
  }
  if (slot >= 0) setLabel(r, at, slot, -1, -1);
  if (!r.valuePresent) return "";
  switch (v.kind) {
    case K_INT:
    case K_DOUBLE:
      return String(v.num);
    case K_BOOL:
      return v.num !== 0 ? "true" : "false";
    default:
      return "";
  }
}

/** The value just read as a non-negative number: NaN when absent (`-`), -1 when not such a number. */
function valueNumber(r: OtlpReader): number {
  if (!r.valuePresent) return NaN;
  const v = r.value;
  switch (v.kind) {
    case K_INT:
      return v.num >= 0 ? v.num : -1;
    case K_DOUBLE:
      return v.num >= 0 && v.num < Infinity ? v.num : -1;
    case K_STRING: {
      // Plain digits are what Envoy writes; anything else goes through Number().
      const d = digits(r.w.buf, v.start, v.end);
      if (d >= 0) return d;
      const s = decodeUtf8(r.w.buf, v.start, v.end).trim();
      if (s === "-" || s === "") return NaN;
      const n = Number(s);
      return n >= 0 && n < Infinity ? n : -1;
    }
    default:
      return -1;
  }
}

function number(r: OtlpReader, f: Fields, key: string, reason: RejectReason): number {
  const n = valueNumber(r);
  if (n === -1) setBad(f, `attribute ${key} is not a non-negative number`, reason);
  return n;
}

/** Applies the KeyValue just read (key `k`) to record `at`'s fields `f`; unknown keys are ignored. */
function applyKey(r: OtlpReader, f: Fields, k: number, at: number): void {
  switch (k) {
    case A_GATEWAY: f.gateway = valueText(r, at, L_GATEWAY); break;
    case A_METHOD: f.method = valueText(r, at, L_METHOD); f.fromAttributes = true; break;
    case A_PATH: f.path = valueText(r, at, L_PATH); f.fromAttributes = true; break;
    case A_AUTHORITY: f.authority = valueText(r, at, L_HOST); f.fromAttributes = true; break;
    case A_PROTOCOL: f.tcp = valueIsString(r) ? r.value.start === r.value.end : valueText(r, at, -1) === ""; f.fromAttributes = true; break;
    case A_CODE: {
      const c = number(r, f, "response_code", "bad_code");
      f.fromAttributes = true;
      if (Number.isNaN(c)) f.code = 0;
      else if (Number.isInteger(c) && c <= 999) f.code = c;
      else setBad(f, "attribute response_code is not an HTTP status code", "bad_code");
      break;
    }
    case A_FLAGS: f.flags = valueText(r, at, -1); break;
    case A_ROUTE: f.routeName = valueText(r, at, L_ROUTE); break;
    case A_CLUSTER: f.upstreamCluster = valueText(r, at, L_CLUSTER); break;
    case A_DURATION: f.durationMs = number(r, f, "duration", "bad_duration"); break;
    case A_UPSTREAM: f.upstreamMs = number(r, f, "upstream_service_time", "bad_duration"); break;
    case A_RECEIVED: f.bytesReceived = number(r, f, "bytes_received", "bad_size"); break;
    case A_SENT: f.bytesSent = number(r, f, "bytes_sent", "bad_size"); break;
  }
  const names = r.extras.attributeBytes;
  for (let j = 0; j < names.length; j++) if (rangeIs(r.w.buf, r.keyStart, r.keyEnd, names[j])) f.extra[j] = valueText(r, at, L_EXTRA + j);
}

/** Applies the body's kvlist as merged (members from r.bodyRunAt on), read again from [start, end). */
function applyBodyKvList(r: OtlpReader, w: Wire, f: Fields, at: number, start: number, end: number): void {
  const pos = w.pos, outer = w.end;
  w.pos = start;
  w.end = end;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag !== 0x2a) {
      skipField(w, tag & 7, tag >>> 3, 3);
      continue;
    }
    const part = enterMessage(w);
    while (w.pos < w.end) {
      const member = w.pos;
      const t = readTag(w);
      if (t !== 0x32 || member < r.bodyRunAt) {
        skipField(w, t & 7, t >>> 3, 4);
        continue;
      }
      const list = enterMessage(w);
      while (w.pos < w.end) {
        const t2 = readTag(w);
        if (t2 === 0x0a) applyKey(r, f, readKeyValue(r, w, 6), at);
        else skipField(w, t2 & 7, t2 >>> 3, 5);
      }
      w.end = list;
    }
    w.end = part;
  }
  w.pos = pos;
  w.end = outer;
}

/** Applies the attributes (#6) among the LogRecord fields from `start` to w.end, in order; w.pos is kept. */
function applyAttributes(r: OtlpReader, w: Wire, f: Fields, at: number, start: number): void {
  const pos = w.pos;
  w.pos = start;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x32) applyKey(r, f, readKeyValue(r, w, 4), at);
    else skipField(w, tag & 7, tag >>> 3, 3);
  }
  w.pos = pos;
}

const line = newTextLineAt();

/** Applies the body as merged from the record's fields in [start, end) to fresh `f`; returns its problem, or null. */
function applyBody(r: OtlpReader, w: Wire, f: Fields, at: number, start: number, end: number): string | null {
  const body = r.body;
  if (body.kind === K_KVLIST) applyBodyKvList(r, w, f, at, start, end);
  if (body.kind !== K_STRING) return NO_BODY;
  const why = parseEnvoyTextBytes(w.buf, body.start, body.end, line);
  if (why !== null) return badLine(why);
  const num = line.num;
  const t = line.at;
  setLabel(r, at, L_METHOD, t[T_METHOD], t[T_METHOD + 1]);
  setLabel(r, at, L_PATH, t[T_PATH], t[T_PATH + 1]);
  setLabel(r, at, L_HOST, t[T_AUTHORITY], t[T_AUTHORITY + 1]);
  setLabel(r, at, L_ROUTE, t[T_ROUTE], t[T_ROUTE + 1]);
  setLabel(r, at, L_CLUSTER, t[T_CLUSTER], t[T_CLUSTER + 1]);
  f.tcp = t[T_PROTOCOL] === t[T_PROTOCOL + 1];
  f.code = num[N_CODE];
  f.flags = t[T_FLAGS] === t[T_FLAGS + 1] ? "" : decodeUtf8(w.buf, t[T_FLAGS], t[T_FLAGS + 1]);
  f.durationMs = num[N_DURATION];
  f.upstreamMs = num[N_UPSTREAM];
  f.bytesReceived = num[N_RECEIVED];
  f.bytesSent = num[N_SENT];
  return null;
}

/** Resets record `at`'s fields and marks its label slots in use as having no bytes. */
function clearRecord(r: OtlpReader, f: Fields, at: number): void {
  resetFields(f);
  r.labelAt.fill(-1, at, at + 2 * (L_EXTRA + r.extras.attributes.length));
}

/** Where the trace id in buf[start, end) starts; -1 when it is not 16 bytes or all zero (W3C: invalid). */
function traceStart(buf: Uint8Array, start: number, end: number): number {
  if (end - start !== 16) return -1;
  let any = 0;
  for (let i = start; i < end; i++) any |= buf[i];
  return any === 0 ? -1 : start;
}

/** LogRecord (depth 3) → the next record of the batch. */
function readLogRecord(r: OtlpReader, w: Wire): void {
  const outer = enterMessage(w);
  const start = w.pos;
  if (r.n === BATCH_ENTRIES) {
    // The batch is full and another record follows: hand it on (or drop it, when only checking).
    if (r.sink !== null) r.sink();
    r.spilled = true;
    r.n = 0;
  }
  const i = r.n++;
  r.fallback[i] = r.resourceGateway;
  const resolve = r.resolve;
  const f = r.fields[i];
  const at = i * 2 * LABEL_SLOTS;
  if (resolve) clearRecord(r, f, at);
  r.body.kind = K_NONE;
  // In Envoy's order (at most one body part, before any attribute) each part is applied as read.
  let inOrder = true;
  let partsRead = false;
  let bodyProblem: string | null = NO_BODY;
  let traceFrom = 0, traceEnd = 0;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x32) {
      partsRead = true;
      if (resolve && inOrder) applyKey(r, f, readKeyValue(r, w, 4), at);
      else checkKeyValue(r, w, 4);
    } else if (tag === 0x2a) {
      if (partsRead) inOrder = false;
      partsRead = true;
      readAnyValue(r, w, 4, r.body);
      if (resolve && inOrder) bodyProblem = applyBody(r, w, f, at, start, w.pos);
    } else if (tag === 0x4a) {
      traceFrom = readStringRange(w);
      traceEnd = w.pos;
    } else skipField(w, tag & 7, tag >>> 3, 3);
  }
  if (resolve) {
    if (!inOrder) {
      clearRecord(r, f, at);
      bodyProblem = applyBody(r, w, f, at, start, w.end);
      applyAttributes(r, w, f, at, start);
    }
    r.bodyProblem[i] = bodyProblem;
    r.traceAt[i] = traceStart(w.buf, traceFrom, traceEnd);
  }
  w.pos = w.end;
  w.end = outer;
}

/** Resource (depth 2): attributes #1 name the gateway when records do not. */
function readResource(r: OtlpReader, w: Wire): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag !== 0x0a) skipField(w, tag & 7, tag >>> 3, 2);
    else if (!r.resolve) checkKeyValue(r, w, 3);
    else {
      const k = readKeyValue(r, w, 3);
      if (k >= R_CLUSTER) r.resource[k - R_CLUSTER] = valueText(r, 0, -1);
    }
  }
  w.end = outer;
}

/** ScopeLogs (depth 2): the scope #1 is checked, log_records #2 read. */
function readScopeLogs(r: OtlpReader, w: Wire): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x12) readLogRecord(r, w);
    else if (tag === 0x0a) {
      // InstrumentationScope (depth 3): attributes #3 are KeyValues.
      const o2 = enterMessage(w);
      while (w.pos < w.end) {
        const t2 = readTag(w);
        if (t2 === 0x1a) checkKeyValue(r, w, 4);
        else skipField(w, t2 & 7, t2 >>> 3, 3);
      }
      w.end = o2;
    } else skipField(w, tag & 7, tag >>> 3, 2);
  }
  w.end = outer;
}

/** ResourceLogs (depth 1): its resource (#1, merged, wherever it is) first, so records know their fallback gateway. */
function readResourceLogs(r: OtlpReader, w: Wire): void {
  const outer = enterMessage(w);
  const start = w.pos;
  r.resource.fill("");
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) readResource(r, w);
    else skipField(w, tag & 7, tag >>> 3, 1);
  }
  const [cluster, node, logName] = r.resource;
  r.resourceGateway = cluster || (node ? gatewayFromNodeId(node) : "") || logName;
  w.pos = start;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x12) readScopeLogs(r, w);
    else skipField(w, tag & 7, tag >>> 3, 1);
  }
  w.end = outer;
}

/** Reads one request into the batch (throws if malformed); full batches go to r.sink, else are only checked (r.spilled). */
export function readOtlpRequest(r: OtlpReader, body: Uint8Array): void {
  const w = r.w;
  resetWire(w, body);
  r.n = 0;
  r.spilled = false;
  try {
    while (w.pos < w.end) {
      const tag = readTag(w);
      if (tag === 0x0a) readResourceLogs(r, w);
      else skipField(w, tag & 7, tag >>> 3, 0);
    }
  } finally {
    releaseWire(w);
  }
}

/** Counts one Export call through `reader` (shared by all calls; they are synchronous). */
export function ingestOtlpLogs(p: Pipeline, body: Uint8Array, reader: OtlpReader): OtlpResult {
  const r = reader;
  decodeBody(p, "otlp", () => readOtlpRequest(r, body), body);
  const t = newTally();
  const first = { reason: "" };
  if (r.spilled) {
    r.sink = () => countBatch(p, r, body, t, first);
    try {
      readOtlpRequest(r, body);
    } finally {
      r.sink = null;
    }
  }
  countBatch(p, r, body, t, first);
  // The scratch record must not keep the request alive.
  r.rec.traceBytes = null;
  flushTally(p, "otlp", t);
  return exportResult(t.accepted, t.rejected, first.reason);
}

/** Counts the batch's records into the metrics and `t`; the first rejection's text goes to `first`. */
function countBatch(p: Pipeline, r: OtlpReader, body: Uint8Array, t: Tally, first: { reason: string }): void {
  const rec = r.rec;
  for (let i = 0; i < r.n; i++) {
    const f = r.fields[i];
    const reason = refusal(f, r.bodyProblem[i]);
    if (reason !== null) {
      reject(t, reason);
      if (first.reason === "") first.reason = f.bad;
      continue;
    }
    t.accepted++;
    if (f.tcp) {
      const gateway = labelText(r, i, body, L_GATEWAY, f.gateway) || r.fallback[i];
      countTcp(p, r.tcp, f, gateway, labelText(r, i, body, L_CLUSTER, f.upstreamCluster));
      continue;
    }
    resetRecord(rec);
    recordAmounts(rec, f);
    const tr = r.traceAt[i];
    if (tr >= 0) {
      rec.traceBytes = body;
      rec.traceStart = tr;
      rec.traceEnd = tr + 16;
    }
    recordLabels(r, i, body, r.raw);
    recordAccessRaw(p.metrics, r.raw, rec);
  }
}

/** Label field `slot` of record `i` as text: its bytes in `buf` (the request), else `text`. */
function labelText(r: OtlpReader, i: number, buf: Uint8Array, slot: number, text: string): string {
  const at = i * 2 * LABEL_SLOTS + 2 * slot;
  const start = r.labelAt[at];
  if (start < 0) return text;
  const end = r.labelAt[at + 1];
  return start === end ? "" : decodeUtf8(buf, start, end);
}

function rawField(raw: RawLabels, rf: number, r: OtlpReader, i: number, buf: Uint8Array, slot: number, text: string): void {
  const at = i * 2 * LABEL_SLOTS + 2 * slot;
  const start = r.labelAt[at];
  if (start >= 0) setRawBytes(raw, rf, buf, start, r.labelAt[at + 1]);
  // Unset: an empty range, which the tuple cache keys (a string field is never cached).
  else if (text === "") setRawBytes(raw, rf, buf, 0, 0);
  else setRawString(raw, rf, text);
}

/** Record `i`'s label fields from request `buf` into `raw`; an empty gateway is its resource's. */
export function recordLabels(r: OtlpReader, i: number, buf: Uint8Array, raw: RawLabels): void {
  const f = r.fields[i];
  rawField(raw, RAW_HOST, r, i, buf, L_HOST, f.authority);
  rawField(raw, RAW_PATH, r, i, buf, L_PATH, f.path);
  rawField(raw, RAW_METHOD, r, i, buf, L_METHOD, f.method);
  rawField(raw, RAW_ROUTE_NAME, r, i, buf, L_ROUTE, f.routeName);
  rawField(raw, RAW_UPSTREAM, r, i, buf, L_CLUSTER, f.upstreamCluster);
  for (let k = 0; k < r.extras.attributes.length; k++) rawField(raw, RAW_EXTRA + k, r, i, buf, L_EXTRA + k, f.extra[k] ?? "");
  const at = i * 2 * LABEL_SLOTS + 2 * L_GATEWAY;
  const start = r.labelAt[at], end = r.labelAt[at + 1];
  if (start < end) setRawBytes(raw, RAW_GATEWAY, buf, start, end);
  else if (start < 0 && f.gateway !== "") setRawString(raw, RAW_GATEWAY, f.gateway);
  else {
    const g = r.fallback[i];
    if (g !== r.lastFallback || r.lastFallbackBytes === null) {
      r.lastFallback = g;
      r.lastFallbackBytes = stringBytes(g);
    }
    if (r.lastFallbackBytes !== null) setRawStable(raw, RAW_GATEWAY, r.lastFallbackBytes);
    else setRawString(raw, RAW_GATEWAY, g);
  }
}
