// The hot-path decoder for Envoy ALS streams. It walks StreamAccessLogsMessage bytes once, keeps
// only what envoy-als.ts httpEntryToRecord / tcpEntryToRecord map (as byte ranges and numbers),
// and hands an HTTP entry's label fields to the core as those byte ranges (core/raw-tuple.ts), which
// makes strings only for a label tuple it has not seen (TCP entries still go as strings). Istio's
// entries are mostly peer-metadata filter state, addresses and timestamps; the decode protos leave those out,
// so to the reference decoder they are unknown fields, and here too they are stepped over by their
// length (wire.ts skipField does what protobufjs's skipType does, groups and bad wire types included).
//
// It accepts and rejects exactly what the reference decoder (protobufjs, envoy-als.ts) does and
// produces the same records: every nested message the decode protos declare (durations, flags,
// map entries, wrappers) is entered and checked even where nothing in it is needed, repeated
// occurrences of a message field merge as protobuf merges them, and the http_logs / tcp_logs oneof
// keeps only the member read last. The identifier (once per stream) is decoded by the generated
// codec itself. test/als-reader.test.ts holds the two decoders to that.
//
// Nothing is counted until the whole message has been read, so a malformed one changes nothing.
// The reader keeps at most BATCH_ENTRIES entries: a message with more is checked whole first, then
// read again from where its last http_logs / tcp_logs run starts, handing each full batch to `sink`.
import { MAX_EXTRA_LABELS } from "../core/catalog.ts";
import { recordAccessRaw, recordTcp } from "../core/gateway-metrics.ts";
import type { Pipeline } from "../core/pipeline.ts";
import {
  newRawLabels, RAW_EXTRA, RAW_GATEWAY, RAW_HOST, RAW_METHOD, RAW_PATH, RAW_ROUTE_NAME, RAW_UPSTREAM, type RawLabels, rawToRecord, setRawBytes,
  setRawStable, setRawString, stringBytes,
} from "../core/raw-tuple.ts";
import { type AccessRecord, newRecord, newTcpRecord, resetRecord, resetTcpRecord, type TcpRecord } from "../core/record.ts";
import { closeStream, countMessageRejected, openStream, type RejectReason, streamEntries } from "../core/self-metrics.ts";
import { envoy } from "../generated/codecs.js";
import { log } from "../log.ts";
import { lenientReader } from "./body.ts";
import { type AlsStream, EMPTY_RESPONSE, gatewayOf, METHOD_NAMES, traceBytesFromHeaders } from "./envoy-als.ts";
import { type ExtraSources, NO_EXTRAS } from "./extra-values.ts";
import { BATCH_ENTRIES, flushTally, newTally, reject, type Tally } from "./tally.ts";
import {
  checkMessage,
  decodeUtf8,
  enterMessage,
  newWire,
  rangeIs,
  readBool,
  readInt64,
  readLength,
  readStringRange,
  readTag,
  readUint64,
  readVarint32,
  releaseWire,
  resetWire,
  skipField,
  type Wire,
  WT_LEN,
  WT_VARINT,
} from "./wire.ts";

const als = envoy.service.accesslog.v3;
type Identifier = envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier;
// The generated decode also takes (end group, depth, merge target); its typings list only two.
const decodeIdentifier = als.StreamAccessLogsMessage.Identifier.decode as unknown as (
  r: ReturnType<typeof lenientReader>, length: number, end: undefined, depth: number, target: Identifier | undefined,
) => Identifier;

const METHOD_BYTES = METHOD_NAMES.map((m) => new TextEncoder().encode(m));

// AccessLogType values the reference counts as final (envoy-als.ts isFinalEntry).
const TCP_CONNECTION_END = 3;
const DOWNSTREAM_END = 6;

// Durations of AccessLogCommon kept, by slot.
const D_DURATION = 0, D_LAST_DOWN_TX = 1, D_LAST_UP_TX = 2, D_FIRST_UP_RX = 3;

/** Why an entry cannot be counted (0: it can). */
const WHY: readonly (RejectReason | null)[] = [null, "bad_code", "bad_duration"];
const OK = 0, BAD_CODE = 1, BAD_DURATION = 2;

const B3 = new TextEncoder().encode("x-b3-traceid");
const TRACEPARENT = new TextEncoder().encode("traceparent");

export interface AlsReader {
  readonly w: Wire;
  /** The identifier of the last message read, decoded by the codec; null when it had none. */
  identifier: Identifier | null;
  /** The last message's entries (only the oneof member read last has any). */
  nHttp: number;
  /** Per HTTP entry the record without its label fields, which are byte ranges in `labels`. */
  http: AccessRecord[];
  /** Per HTTP entry, 16 bytes: its trace id as binary (the record's traceBytes), hex made only for an exemplar. */
  traceBin: Uint8Array;
  /** Per HTTP entry, LABEL_INTS: ranges into `body` (host, path, route name, upstream cluster), the method's index. */
  labels: Int32Array;
  /** The request headers whose values are the extra labels' (set again on a config reload). */
  extras: ExtraSources;
  /** Per HTTP entry, EXTRA_INTS: the range into `body` of each extra label's header value. */
  extraRanges: Int32Array;
  /** The entry being read: each extra label's header value range (start -1: not logged). */
  readonly xStart: Int32Array;
  readonly xEnd: Int32Array;
  /** The last message read (its entries' label bytes); dropped once counted. */
  body: Uint8Array;
  readonly raw: RawLabels;
  /** Per HTTP entry: 1 when it is final (counted), and why it cannot be counted. */
  httpFinal: Uint8Array;
  httpWhy: Uint8Array;
  nTcp: number;
  tcp: TcpRecord[];
  tcpFinal: Uint8Array;
  /** False: walk only, make no strings (the benchmark's lower bound). */
  resolve: boolean;
  /** Takes the batch when it is full and more entries follow; null: the batch starts over (a checking read). */
  sink: ((r: AlsReader) => void) | null;
  /** Whether the last message had more entries than one batch holds. */
  spilled: boolean;
  /** Where the message's last run of http_logs (or tcp_logs) fields starts: the oneof member that counts. */
  runStart: number;
  runTag: number;
  // Scratch for the entry being read; message fields read again merge into it.
  hasCommon: number;
  intermediate: number;
  logType: number;
  dHas: Uint8Array;
  dSec: Float64Array;
  dNanos: Int32Array;
  flags: number;
  routeStart: number;
  routeEnd: number;
  clusterStart: number;
  clusterEnd: number;
  hasReq: number;
  method: number;
  authStart: number;
  authEnd: number;
  pathStart: number;
  pathEnd: number;
  origStart: number;
  origEnd: number;
  bodyBytes: number;
  b3Start: number;
  b3End: number;
  tpStart: number;
  tpEnd: number;
  hasResp: number;
  code: number;
  respBytes: number;
  received: number;
  sent: number;
}

export function newAlsReader(extras: ExtraSources = NO_EXTRAS): AlsReader {
  return {
    w: newWire(),
    identifier: null,
    nHttp: 0,
    http: Array.from({ length: BATCH_ENTRIES }, newRecord),
    traceBin: new Uint8Array(BATCH_ENTRIES * 16),
    labels: new Int32Array(BATCH_ENTRIES * LABEL_INTS),
    extras,
    extraRanges: new Int32Array(BATCH_ENTRIES * EXTRA_INTS),
    xStart: new Int32Array(MAX_EXTRA_LABELS),
    xEnd: new Int32Array(MAX_EXTRA_LABELS),
    body: NO_BODY,
    raw: newRawLabels(),
    httpFinal: new Uint8Array(BATCH_ENTRIES),
    httpWhy: new Uint8Array(BATCH_ENTRIES),
    nTcp: 0,
    tcp: Array.from({ length: BATCH_ENTRIES }, newTcpRecord),
    tcpFinal: new Uint8Array(BATCH_ENTRIES),
    resolve: true,
    sink: null,
    spilled: false,
    runStart: 0,
    runTag: 0,
    hasCommon: 0,
    intermediate: 0,
    logType: 0,
    dHas: new Uint8Array(4),
    dSec: new Float64Array(4),
    dNanos: new Int32Array(4),
    flags: 0,
    routeStart: 0,
    routeEnd: 0,
    clusterStart: 0,
    clusterEnd: 0,
    hasReq: 0,
    method: 0,
    authStart: 0,
    authEnd: 0,
    pathStart: 0,
    pathEnd: 0,
    origStart: 0,
    origEnd: 0,
    bodyBytes: 0,
    b3Start: -1,
    b3End: -1,
    tpStart: -1,
    tpEnd: -1,
    hasResp: 0,
    code: 0,
    respBytes: 0,
    received: 0,
    sent: 0,
  };
}

const NO_BODY = new Uint8Array(0);
// Layout of one entry's label ranges in AlsReader.labels (start, end of each).
const L_HOST = 0, L_PATH = 2, L_ROUTE = 4, L_CLUSTER = 6, L_METHOD = 8, LABEL_INTS = 9;
/** Extra label k's value range is extraRanges[i * EXTRA_INTS + 2k, + 2k + 1]. */
const EXTRA_INTS = 2 * MAX_EXTRA_LABELS;

/** The batch is full and another entry follows: hand it on (or drop it, when only checking). */
function spill(r: AlsReader): void {
  if (r.sink !== null) r.sink(r);
  r.spilled = true;
  r.nHttp = r.nTcp = 0;
}

function resetEntry(r: AlsReader): void {
  r.hasCommon = r.intermediate = r.logType = r.flags = 0;
  // dSec / dNanos are zeroed by readDuration when a slot is first set.
  const has = r.dHas;
  has[0] = has[1] = has[2] = has[3] = 0;
  r.routeStart = r.routeEnd = r.clusterStart = r.clusterEnd = 0;
  r.hasReq = r.method = 0;
  r.authStart = r.authEnd = r.pathStart = r.pathEnd = r.origStart = r.origEnd = 0;
  r.bodyBytes = 0;
  r.b3Start = r.b3End = r.tpStart = r.tpEnd = -1;
  for (let k = 0; k < r.extras.headers.length; k++) r.xStart[k] = r.xEnd[k] = 0;
  r.hasResp = r.code = r.respBytes = 0;
  r.received = r.sent = 0;
}

// --- walking -------------------------------------------------------------------------------------

/** A google.protobuf.Duration (depth 4) into slot k, merged into what the entry already has. */
function readDuration(r: AlsReader, w: Wire, k: number): void {
  const outer = enterMessage(w);
  if (r.dHas[k] === 0) {
    r.dHas[k] = 1;
    r.dSec[k] = 0;
    r.dNanos[k] = 0;
  }
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x08) r.dSec[k] = readInt64(w);
    else if (tag === 0x10) r.dNanos[k] = readVarint32(w) | 0;
    else skipField(w, tag & 7, tag >>> 3, 4);
  }
  w.end = outer;
}

/** ResponseFlags (depth 4): bool i + 1 is bit i; unauthorized_details (#13) counts when present. */
function readFlags(r: AlsReader, w: Wire): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    const f = tag >>> 3;
    const wt = tag & 7;
    if (f === 13) {
      if (wt === WT_LEN) {
        r.flags |= 1 << 12;
        checkMessage(w, 5); // ResponseFlags.Unauthorized: no field we read
        continue;
      }
    } else if (f <= 28 && wt === WT_VARINT) {
      if (readBool(w)) r.flags |= 1 << (f - 1);
      else r.flags &= ~(1 << (f - 1));
      continue;
    }
    skipField(w, wt, f, 4);
  }
  w.end = outer;
}

/**
 * AccessLogCommon (depth 3), for HTTP and TCP entries alike. Only the fields of the decode proto are
 * entered; the rest (filter state #21, addresses #2 #3 #13 #14 #20, timestamps, ...) are skipped.
 */
function readCommon(r: AlsReader, w: Wire): void {
  const outer = enterMessage(w);
  r.hasCommon = 1;
  while (w.pos < w.end) {
    const tag = readTag(w);
    const f = tag >>> 3;
    const wt = tag & 7;
    if (wt === WT_LEN) {
      switch (f) {
        case 23:
          readDuration(r, w, D_DURATION);
          continue;
        case 12:
          readDuration(r, w, D_LAST_DOWN_TX);
          continue;
        case 8:
          readDuration(r, w, D_LAST_UP_TX);
          continue;
        case 9:
          readDuration(r, w, D_FIRST_UP_RX);
          continue;
        case 15:
          r.clusterStart = readStringRange(w);
          r.clusterEnd = w.pos;
          continue;
        case 19:
          r.routeStart = readStringRange(w);
          r.routeEnd = w.pos;
          continue;
        case 16:
          readFlags(r, w);
          continue;
      }
      // Filter state, addresses, timestamps: most of an Istio entry. skipField's wire type 2 case.
      const len = readLength(w);
      w.pos += len;
      continue;
    } else if (wt === WT_VARINT) {
      if (f === 27) {
        r.intermediate = readBool(w) ? 1 : 0;
        continue;
      }
      if (f === 33) {
        r.logType = readVarint32(w) | 0;
        continue;
      }
    }
    skipField(w, wt, f, 3);
  }
  w.end = outer;
}

/**
 * One request_headers entry (depth 3); only the two trace headers and the extra labels' headers
 * are kept, the last of each (as a protobuf map keeps the last value of a repeated key).
 */
function readHeader(r: AlsReader, w: Wire): void {
  const outer = enterMessage(w);
  let keyStart = 0, keyEnd = 0, valStart = 0, valEnd = 0;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) {
      keyStart = readStringRange(w);
      keyEnd = w.pos;
    } else if (tag === 0x12) {
      valStart = readStringRange(w);
      valEnd = w.pos;
    } else skipField(w, tag & 7, tag >>> 3, 3);
  }
  w.end = outer;
  const buf = w.buf;
  if (rangeIs(buf, keyStart, keyEnd, B3)) {
    r.b3Start = valStart;
    r.b3End = valEnd;
  } else if (rangeIs(buf, keyStart, keyEnd, TRACEPARENT)) {
    r.tpStart = valStart;
    r.tpEnd = valEnd;
  }
  const names = r.extras.headerBytes;
  for (let k = 0; k < names.length; k++) {
    if (!rangeIs(buf, keyStart, keyEnd, names[k])) continue;
    r.xStart[k] = valStart;
    r.xEnd[k] = valEnd;
  }
}

/** HTTPRequestProperties (depth 3). */
function readRequest(r: AlsReader, w: Wire): void {
  const outer = enterMessage(w);
  r.hasReq = 1;
  while (w.pos < w.end) {
    const tag = readTag(w);
    const f = tag >>> 3;
    const wt = tag & 7;
    if (wt === WT_LEN) {
      switch (f) {
        case 3:
          r.authStart = readStringRange(w);
          r.authEnd = w.pos;
          continue;
        case 5:
          r.pathStart = readStringRange(w);
          r.pathEnd = w.pos;
          continue;
        case 10:
          r.origStart = readStringRange(w);
          r.origEnd = w.pos;
          continue;
        case 13:
          readHeader(r, w);
          continue;
      }
      // scheme, user agent, forwarded-for, request id, ...: skipField's wire type 2 case.
      const len = readLength(w);
      w.pos += len;
      continue;
    } else if (wt === WT_VARINT) {
      if (f === 1) {
        r.method = readVarint32(w) | 0;
        continue;
      }
      if (f === 12) {
        r.bodyBytes = readUint64(w);
        continue;
      }
    }
    skipField(w, wt, f, 3);
  }
  w.end = outer;
}

/** HTTPResponseProperties (depth 3). */
function readResponse(r: AlsReader, w: Wire): void {
  const outer = enterMessage(w);
  r.hasResp = 1;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) {
      // response_code: UInt32Value (depth 4), merged.
      const o2 = enterMessage(w);
      while (w.pos < w.end) {
        const t2 = readTag(w);
        if (t2 === 0x08) r.code = readVarint32(w);
        else skipField(w, t2 & 7, t2 >>> 3, 4);
      }
      w.end = o2;
      continue;
    }
    if (tag === 0x18) {
      r.respBytes = readUint64(w);
      continue;
    }
    skipField(w, tag & 7, tag >>> 3, 3);
  }
  w.end = outer;
}

function seconds(r: AlsReader, k: number): number {
  return r.dHas[k] !== 0 ? r.dSec[k] + r.dNanos[k] / 1e9 : NaN;
}

function text(buf: Uint8Array, start: number, end: number): string {
  return start === end ? "" : decodeUtf8(buf, start, end);
}

function isFinal(r: AlsReader, tcp: boolean): boolean {
  if (r.hasCommon === 0) return true;
  if (r.intermediate !== 0) return false;
  return r.logType === 0 || r.logType === (tcp ? TCP_CONNECTION_END : DOWNSTREAM_END);
}

/** HTTPAccessLogEntry (depth 2) → the next record of the batch. */
function readHttpEntry(r: AlsReader, w: Wire): void {
  const outer = enterMessage(w);
  resetEntry(r);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) readCommon(r, w);
    else if (tag === 0x1a) readRequest(r, w);
    else if (tag === 0x22) readResponse(r, w);
    else skipField(w, tag & 7, tag >>> 3, 2);
  }
  w.end = outer;
  if (r.nHttp === BATCH_ENTRIES) spill(r);
  const i = r.nHttp++;
  const final = isFinal(r, false);
  r.httpFinal[i] = final ? 1 : 0;
  r.httpWhy[i] = OK;
  if (!final) return;
  const rec = r.http[i];
  resetRecord(rec);
  const buf = w.buf;
  const resolve = r.resolve;
  const lab = r.labels;
  const o = i * LABEL_INTS;
  // Each field is written once: its range, or an empty one when its message was absent.
  if (r.hasReq === 0) lab[o + L_HOST] = lab[o + L_HOST + 1] = lab[o + L_PATH] = lab[o + L_PATH + 1] = lab[o + L_METHOD] = 0;
  else {
    lab[o + L_HOST] = r.authStart;
    lab[o + L_HOST + 1] = r.authEnd;
    const orig = r.origEnd > r.origStart;
    lab[o + L_PATH] = orig ? r.origStart : r.pathStart;
    lab[o + L_PATH + 1] = orig ? r.origEnd : r.pathEnd;
    if (resolve && (r.b3Start >= 0 || r.tpStart >= 0)) {
      const n = traceBytesFromHeaders(buf, r.b3Start, r.b3End, r.tpStart, r.tpEnd, r.traceBin, i * 16);
      if (n > 0) {
        rec.traceBytes = r.traceBin;
        rec.traceStart = i * 16;
        rec.traceEnd = i * 16 + n;
      }
    }
    const m = r.method >= 0 && r.method < METHOD_NAMES.length ? r.method : 0;
    rec.method = METHOD_NAMES[m];
    lab[o + L_METHOD] = m;
    rec.requestBytes = r.bodyBytes;
  }
  const xo = i * EXTRA_INTS;
  for (let k = 0; k < r.extras.headers.length; k++) {
    r.extraRanges[xo + 2 * k] = r.xStart[k];
    r.extraRanges[xo + 2 * k + 1] = r.xEnd[k];
  }
  if (r.hasResp !== 0) {
    rec.code = r.code;
    rec.responseBytes = r.respBytes;
  }
  if (r.hasCommon === 0) lab[o + L_ROUTE] = lab[o + L_ROUTE + 1] = lab[o + L_CLUSTER] = lab[o + L_CLUSTER + 1] = 0;
  else {
    rec.durationSeconds = seconds(r, r.dHas[D_DURATION] !== 0 ? D_DURATION : D_LAST_DOWN_TX);
    if (r.dHas[D_LAST_UP_TX] !== 0 && r.dHas[D_FIRST_UP_RX] !== 0) {
      const up = seconds(r, D_FIRST_UP_RX) - seconds(r, D_LAST_UP_TX);
      if (up >= 0) rec.upstreamSeconds = up;
    }
    rec.responseFlags = r.flags;
    lab[o + L_ROUTE] = r.routeStart;
    lab[o + L_ROUTE + 1] = r.routeEnd;
    lab[o + L_CLUSTER] = r.clusterStart;
    lab[o + L_CLUSTER + 1] = r.clusterEnd;
  }
  if (rec.code > 999) r.httpWhy[i] = BAD_CODE;
  else if (rec.durationSeconds < 0) r.httpWhy[i] = BAD_DURATION;
}

/** TCPAccessLogEntry (depth 2) → the next TCP record of the batch. */
function readTcpEntry(r: AlsReader, w: Wire): void {
  const outer = enterMessage(w);
  resetEntry(r);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) readCommon(r, w);
    else if (tag === 0x12) {
      const o2 = enterMessage(w);
      while (w.pos < w.end) {
        const t2 = readTag(w);
        if (t2 === 0x08) r.received = readUint64(w);
        else if (t2 === 0x10) r.sent = readUint64(w);
        else skipField(w, t2 & 7, t2 >>> 3, 3);
      }
      w.end = o2;
    } else skipField(w, tag & 7, tag >>> 3, 2);
  }
  w.end = outer;
  if (r.nTcp === BATCH_ENTRIES) spill(r);
  const i = r.nTcp++;
  const final = isFinal(r, true);
  r.tcpFinal[i] = final ? 1 : 0;
  if (!final) return;
  const rec = r.tcp[i];
  resetTcpRecord(rec);
  if (r.resolve) rec.upstreamCluster = text(w.buf, r.clusterStart, r.clusterEnd);
  rec.receivedBytes = r.received;
  rec.sentBytes = r.sent;
}

/** HTTPAccessLogEntries / TCPAccessLogEntries (depth 1): repeated log_entry #1. */
function readEntries(r: AlsReader, w: Wire, tcp: boolean): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) {
      if (tcp) readTcpEntry(r, w);
      else readHttpEntry(r, w);
    } else skipField(w, tag & 7, tag >>> 3, 1);
  }
  w.end = outer;
}

/**
 * Reads one StreamAccessLogsMessage into the reader's batch (nHttp / nTcp entries, identifier).
 * Throws on malformed bytes; the batch is then meaningless and nothing should be counted.
 */
export function readAlsMessage(r: AlsReader, body: Uint8Array): void {
  const w = r.w;
  resetWire(w, body);
  r.body = body;
  r.nHttp = r.nTcp = 0;
  r.identifier = null;
  r.spilled = false;
  r.runStart = r.runTag = 0;
  try {
    while (w.pos < w.end) {
      const at = w.pos;
      const tag = readTag(w);
      if ((tag === 0x12 || tag === 0x1a) && tag !== r.runTag) {
        r.runStart = at;
        r.runTag = tag;
      }
      if (tag === 0x12) {
        readEntries(r, w, false);
        r.nTcp = 0; // the oneof: reading http_logs drops tcp_logs
      } else if (tag === 0x1a) {
        readEntries(r, w, true);
        r.nHttp = 0;
      } else if (tag === 0x0a) {
        // Once per stream: the codec decodes it, merging repeats as the reference does.
        const rd = lenientReader(body);
        rd.pos = w.pos;
        r.identifier = decodeIdentifier(rd, rd.size(), undefined, 1, r.identifier ?? undefined);
        w.pos = rd.pos;
      } else skipField(w, tag & 7, tag >>> 3, 0);
    }
  } finally {
    releaseWire(w);
  }
}

/**
 * After readAlsMessage spilled: reads the message's last run again (it was checked whole), handing
 * each full batch to r.sink; the last part stays in the batch.
 */
export function rereadAlsRun(r: AlsReader, body: Uint8Array): void {
  const w = r.w;
  resetWire(w, body);
  r.body = body;
  w.pos = r.runStart;
  r.nHttp = r.nTcp = 0;
  try {
    while (w.pos < w.end) {
      const tag = readTag(w);
      if (tag === 0x12) readEntries(r, w, false);
      else if (tag === 0x1a) readEntries(r, w, true);
      else skipField(w, tag & 7, tag >>> 3, 0);
    }
  } finally {
    releaseWire(w);
  }
}

/** HTTP entry i's label fields of the last message into r.raw (the gateway is the caller's). */
function entryLabels(r: AlsReader, i: number): RawLabels {
  const raw = r.raw;
  const lab = r.labels;
  const o = i * LABEL_INTS;
  const buf = r.body;
  setRawBytes(raw, RAW_HOST, buf, lab[o + L_HOST], lab[o + L_HOST + 1]);
  setRawBytes(raw, RAW_PATH, buf, lab[o + L_PATH], lab[o + L_PATH + 1]);
  setRawStable(raw, RAW_METHOD, METHOD_BYTES[lab[o + L_METHOD]]);
  setRawBytes(raw, RAW_ROUTE_NAME, buf, lab[o + L_ROUTE], lab[o + L_ROUTE + 1]);
  setRawBytes(raw, RAW_UPSTREAM, buf, lab[o + L_CLUSTER], lab[o + L_CLUSTER + 1]);
  const xr = r.extraRanges;
  const xo = i * EXTRA_INTS;
  for (let k = 0; k < r.extras.headers.length; k++) setRawBytes(raw, RAW_EXTRA + k, buf, xr[xo + 2 * k], xr[xo + 2 * k + 1]);
  return raw;
}

/** HTTP entry i of the last message as a whole record, its label fields decoded as the core decodes them. */
export function httpRecord(r: AlsReader, i: number): AccessRecord {
  const rec = r.http[i];
  const raw = entryLabels(r, i);
  setRawString(raw, RAW_GATEWAY, rec.gateway);
  rawToRecord(raw, rec, r.extras.headers.length);
  if (rec.traceBytes !== null) {
    // As the codec path has it: the hex the core would make.
    rec.traceId = Buffer.from(rec.traceBytes.subarray(rec.traceStart, rec.traceEnd)).toString("hex");
    rec.traceBytes = null;
    rec.traceStart = rec.traceEnd = 0;
  }
  return rec;
}

/** Reason HTTP entry i of the last message cannot be counted, or null. */
export function httpWhy(r: AlsReader, i: number): RejectReason | null {
  return WHY[r.httpWhy[i]];
}

/** Counts the reader's batch into the metrics and `t`. */
function countBatch(p: Pipeline, r: AlsReader, gateway: string, gatewayBytes: Uint8Array | null, t: Tally): void {
  for (let i = 0; i < r.nHttp; i++) {
    if (r.httpFinal[i] === 0) {
      t.accepted++;
      continue;
    }
    const why = WHY[r.httpWhy[i]];
    if (why !== null) {
      reject(t, why);
      continue;
    }
    const raw = entryLabels(r, i);
    if (gatewayBytes !== null) setRawStable(raw, RAW_GATEWAY, gatewayBytes);
    else setRawString(raw, RAW_GATEWAY, gateway);
    recordAccessRaw(p.metrics, raw, r.http[i]);
    t.accepted++;
  }
  for (let i = 0; i < r.nTcp; i++) {
    if (r.tcpFinal[i] === 0) {
      t.accepted++;
      continue;
    }
    const rec = r.tcp[i];
    rec.gateway = gateway;
    recordTcp(p.metrics, rec);
    t.accepted++;
  }
}

/** One StreamAccessLogs call read by `reader` (shared by all streams; calls are synchronous). */
export function openAlsStream(p: Pipeline, peer: string, reader: AlsReader): AlsStream {
  let gateway = "";
  let gatewayBytes: Uint8Array | null = NO_BODY;
  let identified = false;
  let accepted = 0;
  let rejected = 0;
  const stream = openStream(p.self, "als", peer);
  return {
    message(body) {
      const r = reader;
      try {
        readAlsMessage(r, body);
      } catch (e) {
        countMessageRejected(p.self, "als", "malformed");
        throw new Error(`malformed protobuf: ${e instanceof Error ? e.message : String(e)}`);
      }
      const id = r.identifier;
      if (id !== null) {
        r.identifier = null;
        gateway = gatewayOf(id);
        gatewayBytes = stringBytes(gateway);
        if (!identified) log("debug", "ALS stream identified", { peer, gateway, node_id: id.node?.id ?? "", log_name: id.log_name ?? "" });
        stream.gateway = gateway;
        identified = true;
      }
      const t = newTally();
      const count = (r: AlsReader) => countBatch(p, r, gateway, gatewayBytes, t);
      if (r.spilled) {
        r.sink = count;
        try {
          rereadAlsRun(r, body);
        } finally {
          r.sink = null;
        }
      }
      count(r);
      r.body = NO_BODY;
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

