// The hot-path decoder for OTLP `LogsService/Export`. It walks the ExportLogsServiceRequest bytes
// once and keeps only what otlp-logs.ts maps: the resource attributes that name the gateway, each
// LogRecord's body (a string → Istio's text line; a kvlist → Istio JSON keys), attributes and
// trace_id. Attribute keys are recognised on their length and bytes, never decoded; the few other
// texts (protocol, flags, resource labels) are decoded unless they repeat the key's last value;
// numbers are read from the varint or, in a string, from the digits.
//
// It accepts and rejects exactly what the reference decoder (protobufjs, otlp-logs.ts) does and
// yields the same fields: every nested message the reference decodes (scopes, array and kvlist
// values at any depth) is entered and checked, repeated message fields merge as protobuf merges
// them (a body's kvlist keeps growing until another member of its oneof replaces it), the last of
// a repeated scalar wins, and a field with an unexpected wire type is skipped. Within a LogRecord
// the body applies before the attributes whatever their order on the wire. Envoy writes the body
// (#5) before the attributes (#6) and once, so each part is applied as it is read, in one pass;
// a record whose parts come otherwise (a body after an attribute, a body in two parts) is applied
// again from its bytes once it ends. test/otlp-reader.test.ts holds the two decoders to the same
// results.
//
// The label fields (host, path, method, gateway, route name, upstream cluster) are not made into
// strings: each record keeps where its text is in the request (`labelAt`), and the count hands
// those bytes to the core (recordAccessRaw), whose tuple cache knows a tuple seen before without
// decoding it. The trace id stays bytes too (`traceAt`); the core makes its hex only for an exemplar.
//
// Nothing is counted until the whole request has been read, so a malformed one changes nothing.
// The reader keeps at most BATCH_ENTRIES records, and nothing per KeyValue or per ResourceLogs: a
// request with more records is checked whole first, then read again in batches, each counted
// before the next is read.
import { MAX_EXTRA_LABELS } from "../core/catalog.ts";
import { recordAccessRaw } from "../core/gateway-metrics.ts";
import type { Pipeline } from "../core/pipeline.ts";
import {
  newRawLabels, RAW_EXTRA, RAW_GATEWAY, RAW_HOST, RAW_METHOD, RAW_PATH, RAW_ROUTE_NAME, RAW_UPSTREAM, type RawLabels, setRawBytes, setRawStable,
  setRawString, stringBytes,
} from "../core/raw-tuple.ts";
import { type AccessRecord, newRecord, resetRecord } from "../core/record.ts";
import { countMessageRejected } from "../core/self-metrics.ts";
import { gatewayFromNodeId } from "./envoy-node.ts";
import {
  N_CODE,
  N_DURATION,
  N_RECEIVED,
  N_SENT,
  N_UPSTREAM,
  newTextLineAt,
  parseEnvoyTextBytes,
  T_AUTHORITY,
  T_CLUSTER,
  T_FLAGS,
  T_METHOD,
  T_PATH,
  T_PROTOCOL,
  T_ROUTE,
} from "./envoy-text-bytes.ts";
import { type ExtraSources, NO_EXTRAS } from "./extra-values.ts";
import {
  badLine,
  countTcpFields,
  exportResult,
  type Fields,
  fieldsProblem,
  isTcp,
  NO_BODY,
  newFields,
  type OtlpResult,
  problem,
  recordAmounts,
  resetFields,
  setBad,
} from "./otlp-logs.ts";
import { BATCH_ENTRIES, flushTally, newTally, reject, type Tally } from "./tally.ts";
import {
  decodeUtf8,
  enterMessage,
  newWire,
  RECURSION_LIMIT,
  rangeIs,
  readBool,
  readDouble,
  readInt64,
  readStringRange,
  readTag,
  releaseWire,
  resetWire,
  skipField,
  type Wire,
  WireError,
  WT_I64,
  WT_LEN,
  WT_VARINT,
} from "./wire.ts";

// AnyValue members (field numbers); 0: none set.
const K_NONE = 0, K_STRING = 1, K_BOOL = 2, K_INT = 3, K_DOUBLE = 4, K_ARRAY = 5, K_KVLIST = 6, K_BYTES = 7;

// Keys otlp-logs.ts applyKeyValues reads, then the resource keys resourceGateway reads.
const KEYS = [
  "gateway", "method", "path", "authority", "protocol", "response_code", "response_flags", "route_name",
  "upstream_cluster", "duration", "upstream_service_time", "bytes_received", "bytes_sent",
  "cluster_name", "node_name", "log_name",
] as const;
const KEY_BYTES = KEYS.map((k) => new TextEncoder().encode(k));
const A_GATEWAY = 0, A_METHOD = 1, A_PATH = 2, A_AUTHORITY = 3, A_PROTOCOL = 4, A_CODE = 5, A_FLAGS = 6, A_ROUTE = 7;
const A_CLUSTER = 8, A_DURATION = 9, A_UPSTREAM = 10, A_RECEIVED = 11, A_SENT = 12;
const R_CLUSTER = 13, R_NODE = 14, R_LOG = 15;

/** Label fields whose byte ranges `labelAt` keeps per record: 2 ints (start, end) each; extra label k's is L_EXTRA + k. */
export const L_HOST = 0, L_PATH = 1, L_METHOD = 2, L_GATEWAY = 3, L_ROUTE = 4, L_CLUSTER = 5, L_EXTRA = 6;
export const LABEL_SLOTS = L_EXTRA + MAX_EXTRA_LABELS;

/** One AnyValue as the reference's merge leaves it: the member set last and its scalar. */
interface AnyScratch {
  kind: number;
  start: number;
  end: number;
  num: number;
}

const newAny = (): AnyScratch => ({ kind: K_NONE, start: 0, end: 0, num: 0 });

/**
 * The last text one attribute key gave, with its bytes. Most of a gateway's records repeat the
 * previous record's protocol, route, cluster, flags and often method and host: comparing the bytes
 * with the last value is cheaper than decoding them.
 */
interface LastText {
  readonly bytes: Uint8Array;
  len: number;
  text: string;
}

const LAST_MAX = 128;
const newLast = (): LastText => ({ bytes: new Uint8Array(LAST_MAX), len: -1, text: "" });

export interface OtlpReader {
  readonly w: Wire;
  /** False: walk only, make no strings and apply nothing (the benchmark's lower bound). */
  resolve: boolean;
  /** The batch's records, in wire order. */
  n: number;
  /** Takes the batch when it is full and more records follow; null: the batch starts over (a checking read). */
  sink: ((r: OtlpReader) => void) | null;
  /** Whether the last request had more records than one batch holds. */
  spilled: boolean;
  /**
   * Per record, its fields; a label field whose text is in the request (labelAt) is left "" (see
   * recordLabels), the others are as otlp-logs.ts makes them.
   */
  fields: Fields[];
  bodyProblem: (string | null)[];
  /** Per record: where its trace id's 16 bytes start in the request; -1: none (or all zero). */
  traceAt: Int32Array;
  /** Per record, the gateway its ResourceLogs names (for records that name none). */
  fallback: string[];
  /** The gateway the ResourceLogs being read names. */
  resourceGateway: string;
  /** The last fallback gateway given as bytes, and those bytes (one array while it stays: setRawStable). */
  lastFallback: string;
  lastFallbackBytes: Uint8Array | null;
  /**
   * Per record, LABEL_SLOTS (start, end) pairs: the request bytes its field's text is ("-" and
   * absent: an empty range), or -1, -1 when the text has no bytes of its own (a number or bool
   * rendered, or unset: "") and is the string in `fields`.
   */
  labelAt: Int32Array;
  /** The attributes whose values are the extra labels' (set again on a config reload). */
  extras: ExtraSources;
  /** The key of the KeyValue last read: buf[keyStart, keyEnd). */
  keyStart: number;
  keyEnd: number;
  /** Scratch of the count: one record's labels and the record. */
  readonly raw: RawLabels;
  readonly rec: AccessRecord;
  /**
   * Where the body's kvlist as merged so far starts: the kvlist member at bodyRunAt inside the body
   * part ending at bodyRunEnd; later body parts add their kvlist members to it.
   */
  bodyRunAt: number;
  bodyRunEnd: number;
  body: AnyScratch;
  value: AnyScratch;
  /** Whether the KeyValue last read had a value (absent: text "", number NaN). */
  valuePresent: boolean;
  /** Where the KeyValue last read by readKeyValue starts (its end is w.pos). */
  kvStart: number;
  /** Per attribute key id, its last text. */
  readonly last: LastText[];
  // Resource attributes of the ResourceLogs being read.
  cluster: string;
  node: string;
  logName: string;
}

export function newOtlpReader(extras: ExtraSources = NO_EXTRAS): OtlpReader {
  return {
    extras,
    keyStart: 0,
    keyEnd: 0,
    w: newWire(),
    resolve: true,
    n: 0,
    sink: null,
    spilled: false,
    fields: Array.from({ length: BATCH_ENTRIES }, newFields),
    bodyProblem: new Array<string | null>(BATCH_ENTRIES).fill(null),
    traceAt: new Int32Array(BATCH_ENTRIES),
    fallback: new Array<string>(BATCH_ENTRIES).fill(""),
    resourceGateway: "",
    lastFallback: "",
    lastFallbackBytes: null,
    labelAt: new Int32Array(BATCH_ENTRIES * 2 * LABEL_SLOTS),
    raw: newRawLabels(),
    rec: newRecord(),
    bodyRunAt: 0,
    bodyRunEnd: 0,
    body: newAny(),
    value: newAny(),
    valuePresent: false,
    kvStart: 0,
    last: KEYS.map(newLast),
    cluster: "",
    node: "",
    logName: "",
  };
}

function tooDeep(w: Wire, depth: number): void {
  if (depth > RECURSION_LIMIT) throw new WireError(`nesting too deep at byte ${w.pos}`);
}

// --- checking what is decoded but not needed -----------------------------------------------------

/** KeyValue (at `depth`): key #1, value #2 (an AnyValue one deeper). */
function checkKeyValue(w: Wire, depth: number): void {
  tooDeep(w, depth);
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x12) checkAnyValue(w, depth + 1);
    else skipField(w, tag & 7, tag >>> 3, depth);
  }
  w.end = outer;
}

/** ArrayValue / KeyValueList (at `depth`): repeated #1, AnyValue or KeyValue one deeper. */
function checkList(w: Wire, depth: number, ofKeyValues: boolean): void {
  tooDeep(w, depth);
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) {
      if (ofKeyValues) checkKeyValue(w, depth + 1);
      else checkAnyValue(w, depth + 1);
    } else skipField(w, tag & 7, tag >>> 3, depth);
  }
  w.end = outer;
}

function checkAnyValue(w: Wire, depth: number): void {
  tooDeep(w, depth);
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x2a) checkList(w, depth + 1, false);
    else if (tag === 0x32) checkList(w, depth + 1, true);
    else skipField(w, tag & 7, tag >>> 3, depth);
  }
  w.end = outer;
}

// --- reading what is needed ----------------------------------------------------------------------

/** An AnyValue (at `depth`) merged into `a`; for the body, its kvlist's KeyValues are noted. */
function readAnyValue(r: OtlpReader, w: Wire, depth: number, a: AnyScratch): void {
  tooDeep(w, depth);
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const at = w.pos;
    const tag = readTag(w);
    const f = tag >>> 3;
    const wt = tag & 7;
    switch (f) {
      case K_STRING:
      case K_BYTES:
        if (wt !== WT_LEN) break;
        a.kind = f;
        a.start = readStringRange(w);
        a.end = w.pos;
        continue;
      case K_BOOL:
        if (wt !== WT_VARINT) break;
        a.kind = f;
        a.num = readBool(w) ? 1 : 0;
        continue;
      case K_INT:
        if (wt !== WT_VARINT) break;
        a.kind = f;
        a.num = readInt64(w);
        continue;
      case K_DOUBLE:
        if (wt !== WT_I64) break;
        a.kind = f;
        a.num = readDouble(w);
        continue;
      case K_ARRAY:
        if (wt !== WT_LEN) break;
        checkList(w, depth + 1, false);
        a.kind = f;
        continue;
      case K_KVLIST:
        if (wt !== WT_LEN) break;
        // A kvlist following another member starts empty (the reference decodes into a fresh list).
        if (a === r.body && a.kind !== K_KVLIST) {
          r.bodyRunAt = at;
          r.bodyRunEnd = w.end;
        }
        checkList(w, depth + 1, true);
        a.kind = f;
        continue;
    }
    skipField(w, wt, f, depth);
  }
  w.end = outer;
}

/** Whether buf[start, …) holds key `k`'s bytes (its length already matched). */
function is(buf: Uint8Array, start: number, k: number): boolean {
  const name = KEY_BYTES[k];
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name[i]) return false;
  return true;
}

/** Which known key buf[start, end) is (-1: another): on its length, then its bytes. */
function keyId(buf: Uint8Array, start: number, end: number): number {
  switch (end - start) {
    case 4: return is(buf, start, A_PATH) ? A_PATH : -1;
    case 6: return is(buf, start, A_METHOD) ? A_METHOD : -1;
    case 7: return is(buf, start, A_GATEWAY) ? A_GATEWAY : -1;
    case 8: {
      const k = buf[start] === 0x70 ? A_PROTOCOL : buf[start] === 0x64 ? A_DURATION : R_LOG;
      return is(buf, start, k) ? k : -1;
    }
    case 9: {
      const k = buf[start] === 0x61 ? A_AUTHORITY : R_NODE;
      return is(buf, start, k) ? k : -1;
    }
    case 10: {
      const k = buf[start] === 0x72 ? A_ROUTE : A_SENT;
      return is(buf, start, k) ? k : -1;
    }
    case 12: return is(buf, start, R_CLUSTER) ? R_CLUSTER : -1;
    case 13: return is(buf, start, A_CODE) ? A_CODE : -1;
    case 14: {
      const k = buf[start] === 0x72 ? A_FLAGS : A_RECEIVED;
      return is(buf, start, k) ? k : -1;
    }
    case 16: return is(buf, start, A_CLUSTER) ? A_CLUSTER : -1;
    case 21: return is(buf, start, A_UPSTREAM) ? A_UPSTREAM : -1;
    default: return -1;
  }
}

/**
 * Reads one KeyValue (at `depth`) in one pass, checking it as the reference decodes it: returns
 * its key's id (-1: none we read), its value merged into r.value (r.valuePresent false when it has
 * none); r.kvStart is where its bytes start.
 */
function readKeyValue(r: OtlpReader, w: Wire, depth: number): number {
  tooDeep(w, depth);
  const outer = enterMessage(w);
  r.kvStart = w.pos;
  const k = keyValueFields(r, w, depth);
  w.end = outer;
  return k;
}

/** The fields of the KeyValue (at `depth`) from w.pos to w.end; returns its key's id. */
function keyValueFields(r: OtlpReader, w: Wire, depth: number): number {
  const buf = w.buf;
  const s = w.pos;
  const e = w.end;
  const v = r.value;
  r.valuePresent = true;
  // Envoy's layout, read without the general loop: key #1, then value #2 holding one string #1 or
  // one int #3, short enough for one-byte lengths. What it reads is what the loop would.
  const ke = s + 2 + buf[s + 1];
  if (buf[s] === 0x0a && buf[s + 1] < 128 && ke + 2 <= e && buf[ke] === 0x12 && buf[ke + 1] < 128 && ke + 2 + buf[ke + 1] === e && e - ke >= 4) {
    const vs = ke + 2;
    if (buf[vs] === 0x0a && buf[vs + 1] < 128 && vs + 2 + buf[vs + 1] === e) {
      v.kind = K_STRING;
      v.start = vs + 2;
      v.end = e;
      w.pos = e;
      r.keyStart = s + 2;
      r.keyEnd = ke;
      return keyId(buf, s + 2, ke);
    }
    if (buf[vs] === 0x18) {
      w.pos = vs + 1;
      const n = readInt64(w);
      if (w.pos === e) {
        v.kind = K_INT;
        v.num = n;
        r.keyStart = s + 2;
        r.keyEnd = ke;
        return keyId(buf, s + 2, ke);
      }
      w.pos = s;
    }
  }
  v.kind = K_NONE;
  let present = false;
  let keyStart = 0, keyEnd = 0;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) {
      keyStart = readStringRange(w);
      keyEnd = w.pos;
    } else if (tag === 0x12) {
      present = true;
      readAnyValue(r, w, depth + 1, v);
    } else skipField(w, tag & 7, tag >>> 3, depth);
  }
  r.valuePresent = present;
  r.keyStart = keyStart;
  r.keyEnd = keyEnd;
  return keyId(buf, keyStart, keyEnd);
}

/** The text buf[start, end) decodes to, for key `k`: its last text when the bytes are the same. */
function textOf(r: OtlpReader, k: number, buf: Uint8Array, start: number, end: number): string {
  const len = end - start;
  const c = r.last[k];
  if (c.len === len) {
    const b = c.bytes;
    let i = 0;
    while (i < len && b[i] === buf[start + i]) i++;
    if (i === len) return c.text;
  }
  const text = decodeUtf8(buf, start, end);
  if (len <= LAST_MAX) {
    const b = c.bytes;
    for (let i = 0; i < len; i++) b[i] = buf[start + i];
    c.len = len;
    c.text = text;
  }
  return text;
}

/**
 * otlp-logs.ts anyText on the value just read for key `k`; `slot` (≥ 0): its bytes are noted in
 * labelAt at `at`.
 */
function valueText(r: OtlpReader, k: number, at: number, slot: number): string {
  const v = r.value;
  if (r.valuePresent && v.kind === K_STRING) {
    let start = v.start;
    const end = v.end;
    // "-" is Envoy's absent value.
    if (end - start === 1 && r.w.buf[start] === 45) start = end;
    if (slot >= 0) {
      r.labelAt[at + 2 * slot] = start;
      r.labelAt[at + 2 * slot + 1] = end;
      return "";
    }
    return start === end ? "" : textOf(r, k, r.w.buf, start, end);
  }
  if (slot >= 0) r.labelAt[at + 2 * slot] = r.labelAt[at + 2 * slot + 1] = -1;
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

/** A run of 1 to 15 ASCII digits in buf[start, end) as its value; -1 for anything else. */
function digits(buf: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i] - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** otlp-logs.ts anyNumber on the value just read: NaN when absent, -1 when not a non-negative number. */
function valueNumber(r: OtlpReader): number {
  if (!r.valuePresent) return NaN;
  const v = r.value;
  switch (v.kind) {
    case K_INT:
      return v.num >= 0 ? v.num : -1;
    case K_DOUBLE:
      return v.num >= 0 && v.num < Infinity ? v.num : -1;
    case K_STRING: {
      // Plain digits are what Envoy writes; anything else goes through Number() as the reference does.
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

function number(r: OtlpReader, f: Fields, key: string, reason: "bad_duration" | "bad_size"): number {
  const n = valueNumber(r);
  if (n === -1) setBad(f, `attribute ${key} is not a non-negative number`, reason);
  return n;
}

/** Applies the KeyValue just read (key `k`) to `f`, as otlp-logs.ts applyKeyValues does. */
function applyKey(r: OtlpReader, f: Fields, k: number, at: number): void {
  switch (k) {
    case A_GATEWAY: f.gateway = valueText(r, k, at, L_GATEWAY); break;
    case A_METHOD: f.method = valueText(r, k, at, L_METHOD); f.fromAttributes = true; break;
    case A_PATH: f.path = valueText(r, k, at, L_PATH); f.fromAttributes = true; break;
    case A_AUTHORITY: f.authority = valueText(r, k, at, L_HOST); f.fromAttributes = true; break;
    case A_PROTOCOL: f.protocol = valueText(r, k, at, -1); f.protocolKnown = true; f.fromAttributes = true; break;
    case A_CODE: {
      const c = valueNumber(r);
      f.fromAttributes = true;
      if (c === -1) setBad(f, "attribute response_code is not a non-negative number", "bad_code");
      if (Number.isNaN(c)) f.code = 0;
      else if (Number.isInteger(c) && c <= 999) f.code = c;
      else setBad(f, "attribute response_code is not an HTTP status code", "bad_code");
      break;
    }
    case A_FLAGS: f.flags = valueText(r, k, at, -1); break;
    case A_ROUTE: f.routeName = valueText(r, k, at, L_ROUTE); break;
    case A_CLUSTER: f.upstreamCluster = valueText(r, k, at, L_CLUSTER); break;
    case A_DURATION: f.durationMs = number(r, f, "duration", "bad_duration"); break;
    case A_UPSTREAM: f.upstreamMs = number(r, f, "upstream_service_time", "bad_duration"); break;
    case A_RECEIVED: f.bytesReceived = number(r, f, "bytes_received", "bad_size"); break;
    case A_SENT: f.bytesSent = number(r, f, "bytes_sent", "bad_size"); break;
  }
  const names = r.extras.attributeBytes;
  for (let j = 0; j < names.length; j++) if (rangeIs(r.w.buf, r.keyStart, r.keyEnd, names[j])) f.extra[j] = valueText(r, 0, at, L_EXTRA + j);
}

// Applying again what was checked: the bytes read once more, so nothing per KeyValue is kept.

/** Applies the KeyValues of the kvlist members among the body's AnyValue fields from w.pos to `end`. */
function applyKvLists(r: OtlpReader, w: Wire, f: Fields, at: number, end: number): void {
  const outer = w.end;
  w.end = end;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag !== 0x32) {
      skipField(w, tag & 7, tag >>> 3, 4);
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
  w.end = outer;
}

/**
 * Applies the body's kvlist: its members from r.bodyRunAt on, in that body part and in the body
 * parts that follow it up to `recordEnd` (only kvlist members can follow: another would have
 * started the run over).
 */
function applyBodyKvList(r: OtlpReader, w: Wire, f: Fields, at: number, recordEnd: number): void {
  const pos = w.pos, outer = w.end;
  w.pos = r.bodyRunAt;
  applyKvLists(r, w, f, at, r.bodyRunEnd);
  w.end = recordEnd;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag !== 0x2a) {
      skipField(w, tag & 7, tag >>> 3, 3);
      continue;
    }
    const part = enterMessage(w);
    applyKvLists(r, w, f, at, w.end);
    w.end = part;
  }
  w.pos = pos;
  w.end = outer;
}

/** Applies the attributes (#6) of the LogRecord fields from `start` to w.end, in order; w.pos is kept. */
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

/** A field of the line just parsed, for key `k`: its text. */
function lineText(r: OtlpReader, k: number, t: number): string {
  const start = line.at[t];
  const end = line.at[t + 1];
  return start === end ? "" : textOf(r, k, r.w.buf, start, end);
}

/** A label field of the line just parsed: its bytes noted at labelAt `slot`; its text is left "". */
function lineLabel(r: OtlpReader, t: number, at: number, slot: number): string {
  r.labelAt[at + 2 * slot] = line.at[t];
  r.labelAt[at + 2 * slot + 1] = line.at[t + 1];
  return "";
}

/**
 * Applies the body as the reference does (r.body as merged from the parts before `recordEnd`);
 * returns its problem, or null.
 */
function applyBody(r: OtlpReader, w: Wire, f: Fields, at: number, recordEnd: number): string | null {
  const body = r.body;
  if (body.kind === K_STRING) {
    const why = parseEnvoyTextBytes(w.buf, body.start, body.end, line);
    if (why !== null) return badLine(why);
    // otlp-logs.ts fromLine.
    const num = line.num;
    f.method = lineLabel(r, T_METHOD, at, L_METHOD);
    f.path = lineLabel(r, T_PATH, at, L_PATH);
    f.protocol = lineText(r, A_PROTOCOL, T_PROTOCOL);
    f.protocolKnown = true;
    f.authority = lineLabel(r, T_AUTHORITY, at, L_HOST);
    f.code = num[N_CODE];
    f.flags = lineText(r, A_FLAGS, T_FLAGS);
    f.routeName = lineLabel(r, T_ROUTE, at, L_ROUTE);
    f.upstreamCluster = lineLabel(r, T_CLUSTER, at, L_CLUSTER);
    f.durationMs = num[N_DURATION];
    f.upstreamMs = num[N_UPSTREAM];
    f.bytesReceived = num[N_RECEIVED];
    f.bytesSent = num[N_SENT];
    return null;
  }
  if (body.kind === K_KVLIST) applyBodyKvList(r, w, f, at, recordEnd);
  return NO_BODY;
}

/** Marks record `at`'s label slots (those in use: the extra labels configured) as having no bytes. */
function clearLabels(r: OtlpReader, at: number): void {
  const a = r.labelAt;
  const end = at + 2 * (L_EXTRA + r.extras.attributes.length);
  for (let j = at; j < end; j++) a[j] = -1;
}

/** The batch is full and another record follows: hand it on (or drop it, when only checking). */
function spill(r: OtlpReader): void {
  if (r.sink !== null) r.sink(r);
  r.spilled = true;
  r.n = 0;
}

/** Where the trace id in buf[start, end) starts; -1 where otlp-logs.ts traceIdHex gives "" (not 16 bytes, or all zero). */
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
  if (r.n === BATCH_ENTRIES) spill(r);
  const i = r.n++;
  r.fallback[i] = r.resourceGateway;
  const resolve = r.resolve;
  const f = r.fields[i];
  const at = i * 2 * LABEL_SLOTS;
  if (resolve) {
    resetFields(f);
    clearLabels(r, at);
  }
  const body = r.body;
  body.kind = K_NONE;
  let bodyParts = 0;
  // Still in Envoy's order (at most one body part, before any attribute): parts applied as read.
  let inOrder = true;
  let bodyProblem: string | null = NO_BODY;
  let traceFrom = 0, traceEnd = 0;
  let attributes = 0;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x32) {
      attributes++;
      if (resolve && inOrder) applyKey(r, f, readKeyValue(r, w, 4), at);
      else checkKeyValue(w, 4);
    } else if (tag === 0x2a) {
      if (bodyParts++ > 0 || attributes > 0) inOrder = false;
      readAnyValue(r, w, 4, body);
      if (resolve && inOrder) bodyProblem = applyBody(r, w, f, at, w.pos);
    } else if (tag === 0x4a) {
      traceFrom = readStringRange(w);
      traceEnd = w.pos;
    } else skipField(w, tag & 7, tag >>> 3, 3);
  }
  const end = w.end;
  if (resolve) {
    if (!inOrder) {
      resetFields(f);
      clearLabels(r, at);
      bodyProblem = applyBody(r, w, f, at, end);
      applyAttributes(r, w, f, at, start);
    }
    r.bodyProblem[i] = bodyProblem;
    r.traceAt[i] = traceStart(w.buf, traceFrom, traceEnd);
  }
  w.pos = end;
  w.end = outer;
}

/** Resource (depth 2): attributes #1 name the gateway when records do not. */
function readResource(r: OtlpReader, w: Wire): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) {
      if (!r.resolve) {
        checkKeyValue(w, 3);
        continue;
      }
      const k = readKeyValue(r, w, 3);
      if (k === R_CLUSTER) r.cluster = valueText(r, k, 0, -1);
      else if (k === R_NODE) r.node = valueText(r, k, 0, -1);
      else if (k === R_LOG) r.logName = valueText(r, k, 0, -1);
    } else skipField(w, tag & 7, tag >>> 3, 2);
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
        if (t2 === 0x1a) checkKeyValue(w, 4);
        else skipField(w, t2 & 7, t2 >>> 3, 3);
      }
      w.end = o2;
    } else skipField(w, tag & 7, tag >>> 3, 2);
  }
  w.end = outer;
}

/**
 * ResourceLogs (depth 1). Its resource (#1, wherever it is, merged) is read first, so that each
 * record knows its fallback gateway as it is read.
 */
function readResourceLogs(r: OtlpReader, w: Wire): void {
  const outer = enterMessage(w);
  const start = w.pos;
  r.cluster = r.node = r.logName = "";
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) readResource(r, w);
    else skipField(w, tag & 7, tag >>> 3, 1);
  }
  r.resourceGateway = r.cluster || (r.node ? gatewayFromNodeId(r.node) : "") || r.logName;
  w.pos = start;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x12) readScopeLogs(r, w);
    else skipField(w, tag & 7, tag >>> 3, 1);
  }
  w.end = outer;
}

/**
 * Reads one ExportLogsServiceRequest into the reader's batch; throws on malformed bytes. With
 * r.sink set, each full batch goes to it; without, a request of more records than one batch holds
 * is only checked (r.spilled: read it again with a sink).
 */
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

/** Counts one Export call as ingestOtlpLogsReference does, through `reader` (shared by all calls; they are synchronous). */
export function ingestOtlpLogs(p: Pipeline, body: Uint8Array, reader: OtlpReader): OtlpResult {
  const r = reader;
  try {
    readOtlpRequest(r, body);
  } catch (e) {
    r.n = 0;
    countMessageRejected(p.self, "otlp", "malformed");
    throw new Error(`malformed protobuf: ${e instanceof Error ? e.message : String(e)}`);
  }
  const t = newTally();
  const first = { reason: "" };
  if (r.spilled) {
    r.sink = (r) => countBatch(p, r, body, t, first);
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
  const raw = r.raw;
  const rec = r.rec;
  for (let i = 0; i < r.n; i++) {
    // otlp-logs.ts countFields, with the label fields as bytes.
    const f = r.fields[i];
    let reason = fieldsProblem(f, r.bodyProblem[i]);
    if (reason === null) {
      if (isTcp(f)) {
        reason = countTcpFields(p, f, labelText(r, i, body, L_GATEWAY, f.gateway) || r.fallback[i], labelText(r, i, body, L_CLUSTER, f.upstreamCluster));
      } else {
        resetRecord(rec);
        recordAmounts(rec, f);
        const tr = r.traceAt[i];
        if (tr >= 0) {
          rec.traceBytes = body;
          rec.traceStart = tr;
          rec.traceEnd = tr + 16;
        }
        recordLabels(r, i, body, raw);
        recordAccessRaw(p.metrics, raw, rec);
      }
    }
    if (reason === null) t.accepted++;
    else {
      reject(t, reason);
      if (first.reason === "") first.reason = problem.text;
    }
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

/** Label field `slot` of record `i` into raw field `rf`: its bytes in `buf`, else its string (a number rendered). */
function rawField(raw: RawLabels, rf: number, r: OtlpReader, i: number, buf: Uint8Array, slot: number, text: string): void {
  const at = i * 2 * LABEL_SLOTS + 2 * slot;
  const start = r.labelAt[at];
  if (start >= 0) setRawBytes(raw, rf, buf, start, r.labelAt[at + 1]);
  // Unset: an empty range, which the tuple cache keys (a string field is never cached).
  else if (text === "") setRawBytes(raw, rf, buf, 0, 0);
  else setRawString(raw, rf, text);
}

/**
 * Record `i`'s label fields into `raw` as otlp-logs.ts countFields gives them to the core, `buf`
 * being the request it was read from: a field's bytes where it has them, else its string; an
 * empty gateway is its resource's (as bytes kept while the resource's gateway stays the same).
 */
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
