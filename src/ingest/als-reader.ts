// Envoy ALS StreamAccessLogs client streams (v3; v2 is wire-identical) → access and TCP records.
// Envoy names itself only in a stream's first message, so the gateway name is kept per stream.
// HTTP label fields stay byte ranges until the core meets a new label tuple (core/raw-tuple.ts).
// Accepts, rejects and maps exactly as test/reference/envoy-als.ts (test/als-reader.test.ts):
// declared nested messages are checked even where nothing is read, repeated message fields merge,
// and only the http_logs / tcp_logs oneof member read last counts.
// Nothing is counted until the whole message is read. A message of more than BATCH_ENTRIES entries
// is checked whole, then read again from its last run's start, counting each batch as it fills.
import { MAX_EXTRA_LABELS } from "../core/catalog.ts";
import { recordAccessRaw, recordTcp } from "../core/gateway-metrics.ts";
import type { Pipeline } from "../core/pipeline.ts";
import {
  newRawLabels, RAW_EXTRA, RAW_GATEWAY, RAW_HOST, RAW_METHOD, RAW_PATH, RAW_ROUTE_NAME, RAW_UPSTREAM, type RawLabels, setRawBytes,
  setRawStable, setRawString, stringBytes,
} from "../core/raw-tuple.ts";
import { type AccessRecord, newRecord, newTcpRecord, resetRecord, resetTcpRecord } from "../core/record.ts";
import { closeStream, openStream, type RejectReason, streamDelta, streamEntries } from "../core/self-metrics.ts";
import { envoy } from "../generated/codecs.js";
import { log } from "../log.ts";
import { lenientReader, readBody } from "./body.ts";
import { gatewayFromNodeId } from "./envoy-node.ts";
import { type ExtraSources, NO_EXTRAS } from "./extra-values.ts";
import { BATCH_ENTRIES, flushTally, newTally, reject, type Tally } from "./tally.ts";
import {
  checkMessage, decodeUtf8, enterMessage, newWire, rangeIs, readBool, readInt64, readStringRange, readTag, readUint64, readVarint32,
  releaseWire, resetWire, skipField, type Wire, WT_LEN, WT_VARINT,
} from "./wire.ts";

export const ALS_V3_PATH = "/envoy.service.accesslog.v3.AccessLogService/StreamAccessLogs";
export const ALS_V2_PATH = "/envoy.service.accesslog.v2.AccessLogService/StreamAccessLogs";

type Identifier = envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier;
type IdentifierFields = envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Properties;
// The generated decode also takes (end group, depth, merge target); its typings list only two.
const decodeIdentifier = envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.decode as unknown as (
  r: ReturnType<typeof lenientReader>, length: number, end: undefined, depth: number, target: Identifier | undefined,
) => Identifier;

/** The `gateway` label: `node.cluster` (Istio: `<workload>.<namespace>`), else from `node.id`, else `log_name`. */
export function gatewayOf(id: IdentifierFields): string {
  const node = id.node;
  if (node?.cluster) return node.cluster;
  if (node?.id) return gatewayFromNodeId(node.id);
  return id.log_name ?? "";
}

/** RequestMethod enum value → method; 0 (METHOD_UNSPECIFIED) and unknown values → "" (`_OTHER`). */
export const METHOD_NAMES = ["", "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"];
const utf8 = new TextEncoder();
const METHOD_BYTES = METHOD_NAMES.map((m) => utf8.encode(m));
const B3 = utf8.encode("x-b3-traceid");
const TRACEPARENT = utf8.encode("traceparent");

// Envoy ≥ 1.26 also logs at the start of a request, periodically and per upstream attempt; only
// entries of AccessLogType NotSet (0) or the end of a connection / request are counted.
const TCP_CONNECTION_END = 3;
const DOWNSTREAM_END = 6;

/** An entry that is accepted but not counted: not the last record of its request or connection. */
export const NOT_FINAL = "not_final";

// Durations of AccessLogCommon kept, by slot.
const D_DURATION = 0, D_LAST_DOWN_TX = 1, D_LAST_UP_TX = 2, D_FIRST_UP_RX = 3;

// An entry's slot in AlsReader.labels: ranges (start, end into the body) and the method's index.
// Extra label k's header value is L_EXTRA + 2k.
const L_HOST = 0, L_PATH = 2, L_ROUTE = 4, L_CLUSTER = 6, L_ORIG_PATH = 8, L_B3 = 10, L_TRACEPARENT = 12, L_METHOD = 14, L_EXTRA = 15;
const LABEL_INTS = L_EXTRA + 2 * MAX_EXTRA_LABELS;

const NO_BODY = new Uint8Array(0);

export function newAlsReader(extras: ExtraSources = NO_EXTRAS) {
  return {
    w: newWire(),
    extras, // the extra labels' request headers (set again on a config reload)
    identifier: null as Identifier | null, // the last message's, decoded by the codec
    body: NO_BODY as Uint8Array, // the last message read (its entries' label bytes); dropped once counted
    raw: newRawLabels(),
    resolve: true, // false: walk only, make no strings (the benchmark's lower bound)
    n: 0, // the batch: n entries of the oneof member read last, TCP entries when `tcp`
    tcp: false,
    /** Per entry: null (count it), NOT_FINAL, or why it is rejected. */
    outcome: Array.from({ length: BATCH_ENTRIES }, (): RejectReason | typeof NOT_FINAL | null => null),
    http: Array.from({ length: BATCH_ENTRIES }, newRecord), // per HTTP entry: the record but its labels (ranges in `labels`)
    labels: new Int32Array((BATCH_ENTRIES + 1) * LABEL_INTS), // a slot per HTTP entry; one more holds a TCP entry's while read
    traceBin: new Uint8Array(BATCH_ENTRIES * 16), // per HTTP entry its trace id as binary; hex is made only for an exemplar
    tcpRecords: Array.from({ length: BATCH_ENTRIES }, newTcpRecord),
    sink: null as (() => void) | null, // counts a full batch when more entries follow; null: drop it (a checking read)
    spilled: false, // the last message had more entries than one batch holds
    runStart: 0, // where the last run of http_logs (or tcp_logs) starts: the oneof member that counts
    runTag: 0,
    // The entry being read, its ranges at `at` in `labels`; message fields read again merge into it.
    at: 0,
    intermediate: 0,
    logType: 0,
    dSec: new Float64Array(4), // per duration slot: NaN while the entry has none (dNanos 0)
    dNanos: new Int32Array(4),
    flags: 0,
  };
}

export type AlsReader = ReturnType<typeof newAlsReader>;

function startEntry(r: AlsReader): number {
  if (r.n === BATCH_ENTRIES) {
    if (r.sink !== null) r.sink();
    r.spilled = true;
    r.n = 0;
  }
  const i = r.n++;
  const at = (r.at = r.tcp ? BATCH_ENTRIES * LABEL_INTS : i * LABEL_INTS);
  const lab = r.labels;
  const end = at + L_EXTRA + 2 * r.extras.headerBytes.length;
  for (let k = at; k < end; k++) lab[k] = 0;
  r.intermediate = r.logType = r.flags = 0;
  const d = r.dSec, n = r.dNanos;
  d[0] = d[1] = d[2] = d[3] = NaN;
  n[0] = n[1] = n[2] = n[3] = 0;
  return i;
}

function readRange(r: AlsReader, w: Wire, k: number): void {
  r.labels[r.at + k] = readStringRange(w);
  r.labels[r.at + k + 1] = w.pos;
}

/** A google.protobuf.Duration (depth 4) into slot k, merged into what the entry already has. */
function readDuration(r: AlsReader, w: Wire, k: number): void {
  const outer = enterMessage(w);
  if (Number.isNaN(r.dSec[k])) r.dSec[k] = 0;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x08) r.dSec[k] = readInt64(w);
    else if (tag === 0x10) r.dNanos[k] = readVarint32(w) | 0;
    else skipField(w, tag & 7, tag >>> 3, 4);
  }
  w.end = outer;
}

/** ResponseFlags (depth 4): bool i + 1 is bit i; unauthorized_details (#13), a message, counts when present. */
function readFlags(r: AlsReader, w: Wire): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    const f = tag >>> 3;
    const wt = tag & 7;
    if (f === 13 && wt === WT_LEN) {
      r.flags |= 1 << 12;
      checkMessage(w, 5); // ResponseFlags.Unauthorized: no field we read
    } else if (f !== 13 && f <= 28 && wt === WT_VARINT) {
      r.flags = readBool(w) ? r.flags | (1 << (f - 1)) : r.flags & ~(1 << (f - 1));
    } else skipField(w, wt, f, 4);
  }
  w.end = outer;
}

/** AccessLogCommon (depth 3) of an HTTP or TCP entry; what the decode proto leaves out is skipped. */
function readCommon(r: AlsReader, w: Wire): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    const f = tag >>> 3;
    const wt = tag & 7;
    if (wt === WT_LEN) {
      if (f === 23) readDuration(r, w, D_DURATION);
      else if (f === 12) readDuration(r, w, D_LAST_DOWN_TX);
      else if (f === 8) readDuration(r, w, D_LAST_UP_TX);
      else if (f === 9) readDuration(r, w, D_FIRST_UP_RX);
      else if (f === 15) readRange(r, w, L_CLUSTER);
      else if (f === 19) readRange(r, w, L_ROUTE);
      else if (f === 16) readFlags(r, w);
      else readStringRange(w); // filter state, addresses, timestamps: most of an Istio entry
    } else if (wt === WT_VARINT && f === 27) r.intermediate = readBool(w) ? 1 : 0;
    else if (wt === WT_VARINT && f === 33) r.logType = readVarint32(w) | 0;
    else skipField(w, wt, f, 3);
  }
  w.end = outer;
}

/** One request_headers entry (depth 3): trace and extra-label headers kept, the last of each as a map keeps it. */
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
  const lab = r.labels;
  let at = rangeIs(buf, keyStart, keyEnd, B3) ? L_B3 : rangeIs(buf, keyStart, keyEnd, TRACEPARENT) ? L_TRACEPARENT : -1;
  if (at >= 0) {
    lab[r.at + at] = valStart;
    lab[r.at + at + 1] = valEnd;
  }
  const names = r.extras.headerBytes;
  for (let k = 0; k < names.length; k++) {
    if (!rangeIs(buf, keyStart, keyEnd, names[k])) continue;
    at = r.at + L_EXTRA + 2 * k;
    lab[at] = valStart;
    lab[at + 1] = valEnd;
  }
}

/** HTTPRequestProperties (depth 3). */
function readRequest(r: AlsReader, w: Wire, rec: AccessRecord): void {
  const outer = enterMessage(w);
  // NaN until the message is seen; present, an absent field reads 0.
  if (Number.isNaN(rec.requestBytes)) rec.requestBytes = 0;
  while (w.pos < w.end) {
    const tag = readTag(w);
    const f = tag >>> 3;
    const wt = tag & 7;
    if (wt === WT_LEN) {
      if (f === 3) readRange(r, w, L_HOST);
      else if (f === 5) readRange(r, w, L_PATH);
      else if (f === 10) readRange(r, w, L_ORIG_PATH);
      else if (f === 13) readHeader(r, w);
      else readStringRange(w); // scheme, user agent, forwarded-for, request id, ...
    } else if (wt === WT_VARINT && f === 1) r.labels[r.at + L_METHOD] = readVarint32(w) | 0;
    else if (wt === WT_VARINT && f === 12) rec.requestBytes = readUint64(w);
    else skipField(w, wt, f, 3);
  }
  w.end = outer;
}

/** HTTPResponseProperties (depth 3). */
function readResponse(w: Wire, rec: AccessRecord): void {
  const outer = enterMessage(w);
  if (Number.isNaN(rec.responseBytes)) rec.responseBytes = 0;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) {
      // response_code: UInt32Value (depth 4), merged.
      const o2 = enterMessage(w);
      while (w.pos < w.end) {
        const t2 = readTag(w);
        if (t2 === 0x08) rec.code = readVarint32(w);
        else skipField(w, t2 & 7, t2 >>> 3, 4);
      }
      w.end = o2;
    } else if (tag === 0x18) rec.responseBytes = readUint64(w);
    else skipField(w, tag & 7, tag >>> 3, 3);
  }
  w.end = outer;
}

/** Duration slot k in seconds; NaN when absent. */
function seconds(r: AlsReader, k: number): number {
  return r.dSec[k] + r.dNanos[k] / 1e9;
}

/** HTTPAccessLogEntry (depth 2) → the next record of the batch. */
function readHttpEntry(r: AlsReader, w: Wire): void {
  const outer = enterMessage(w);
  const i = startEntry(r);
  const o = r.at;
  const rec = r.http[i];
  resetRecord(rec);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) readCommon(r, w);
    else if (tag === 0x1a) readRequest(r, w, rec);
    else if (tag === 0x22) readResponse(w, rec);
    else skipField(w, tag & 7, tag >>> 3, 2);
  }
  w.end = outer;
  if (r.intermediate !== 0 || (r.logType !== 0 && r.logType !== DOWNSTREAM_END)) {
    r.outcome[i] = NOT_FINAL;
    return;
  }
  const lab = r.labels;
  if (lab[o + L_METHOD] < 0 || lab[o + L_METHOD] >= METHOD_NAMES.length) lab[o + L_METHOD] = 0;
  rec.method = METHOD_NAMES[lab[o + L_METHOD]];
  if (r.resolve) {
    const n = traceBytesFromHeaders(w.buf, lab[o + L_B3], lab[o + L_B3 + 1], lab[o + L_TRACEPARENT], lab[o + L_TRACEPARENT + 1], r.traceBin, i * 16);
    if (n > 0) {
      rec.traceBytes = r.traceBin;
      rec.traceStart = i * 16;
      rec.traceEnd = i * 16 + n;
    }
  }
  const d = seconds(r, D_DURATION);
  rec.durationSeconds = Number.isNaN(d) ? seconds(r, D_LAST_DOWN_TX) : d;
  // Request sent upstream → first response byte back; NaN unless both are there. Negative when the
  // upstream answered before the whole request went out; Envoy sends no service time then either.
  const up = seconds(r, D_FIRST_UP_RX) - seconds(r, D_LAST_UP_TX);
  if (up >= 0) rec.upstreamSeconds = up;
  rec.responseFlags = r.flags;
  r.outcome[i] = rec.code > 999 ? "bad_code" : rec.durationSeconds < 0 ? "bad_duration" : null;
}

/** TCPAccessLogEntry (depth 2) → the next TCP record of the batch. */
function readTcpEntry(r: AlsReader, w: Wire): void {
  const outer = enterMessage(w);
  const i = startEntry(r);
  const rec = r.tcpRecords[i];
  resetTcpRecord(rec);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) readCommon(r, w);
    else if (tag === 0x12) {
      // connection_properties (depth 3), merged.
      const o2 = enterMessage(w);
      while (w.pos < w.end) {
        const t2 = readTag(w);
        if (t2 === 0x08) rec.receivedBytes = readUint64(w);
        else if (t2 === 0x10) rec.sentBytes = readUint64(w);
        else skipField(w, t2 & 7, t2 >>> 3, 3);
      }
      w.end = o2;
    } else skipField(w, tag & 7, tag >>> 3, 2);
  }
  w.end = outer;
  if (r.intermediate !== 0 || (r.logType !== 0 && r.logType !== TCP_CONNECTION_END)) {
    r.outcome[i] = NOT_FINAL;
    return;
  }
  r.outcome[i] = null;
  const start = r.labels[r.at + L_CLUSTER], end = r.labels[r.at + L_CLUSTER + 1];
  if (r.resolve && end > start) rec.upstreamCluster = decodeUtf8(w.buf, start, end);
}

/**
 * Reads one StreamAccessLogsMessage into the batch; throws on malformed bytes. With `from` = r.runStart
 * after a read that spilled, reads the last run again, counting each full batch through r.sink.
 */
export function readAlsMessage(r: AlsReader, body: Uint8Array, from = 0): void {
  const w = r.w;
  resetWire(w, body);
  w.pos = from;
  r.body = body;
  r.n = 0;
  r.spilled = false;
  r.runStart = r.runTag = 0;
  if (from === 0) r.identifier = null;
  try {
    while (w.pos < w.end) {
      const at = w.pos;
      const tag = readTag(w);
      if (tag === 0x12 || tag === 0x1a) {
        if (tag !== r.runTag) {
          // The oneof: a run of the other member drops what the batch has.
          r.runStart = at;
          r.runTag = tag;
          r.tcp = tag === 0x1a;
          r.n = 0;
        }
        // HTTPAccessLogEntries / TCPAccessLogEntries (depth 1): repeated log_entry #1.
        const outer = enterMessage(w);
        while (w.pos < w.end) {
          const t = readTag(w);
          if (t === 0x0a && r.tcp) readTcpEntry(r, w);
          else if (t === 0x0a) readHttpEntry(r, w);
          else skipField(w, t & 7, t >>> 3, 1);
        }
        w.end = outer;
      } else if (tag === 0x0a && from === 0) {
        // The codec decodes it, merging repeats as the reference does.
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

/** HTTP entry i's label fields of the last message into r.raw (the gateway is the caller's). */
export function entryLabels(r: AlsReader, i: number): RawLabels {
  const raw = r.raw;
  const lab = r.labels;
  const o = i * LABEL_INTS;
  const buf = r.body;
  setRawBytes(raw, RAW_HOST, buf, lab[o + L_HOST], lab[o + L_HOST + 1]);
  const path = lab[o + L_ORIG_PATH + 1] > lab[o + L_ORIG_PATH] ? o + L_ORIG_PATH : o + L_PATH;
  setRawBytes(raw, RAW_PATH, buf, lab[path], lab[path + 1]);
  setRawStable(raw, RAW_METHOD, METHOD_BYTES[lab[o + L_METHOD]]);
  setRawBytes(raw, RAW_ROUTE_NAME, buf, lab[o + L_ROUTE], lab[o + L_ROUTE + 1]);
  setRawBytes(raw, RAW_UPSTREAM, buf, lab[o + L_CLUSTER], lab[o + L_CLUSTER + 1]);
  for (let k = 0; k < r.extras.headers.length; k++) {
    const x = o + L_EXTRA + 2 * k;
    setRawBytes(raw, RAW_EXTRA + k, buf, lab[x], lab[x + 1]);
  }
  return raw;
}

function countBatch(p: Pipeline, r: AlsReader, gateway: string, gatewayBytes: Uint8Array | null, t: Tally): void {
  for (let i = 0; i < r.n; i++) {
    const why = r.outcome[i];
    if (why === null && r.tcp) {
      r.tcpRecords[i].gateway = gateway;
      recordTcp(p.metrics, r.tcpRecords[i]);
    } else if (why === null) {
      const raw = entryLabels(r, i);
      if (gatewayBytes !== null) setRawStable(raw, RAW_GATEWAY, gatewayBytes);
      else setRawString(raw, RAW_GATEWAY, gateway);
      recordAccessRaw(p.metrics, raw, r.http[i]);
    }
    if (why === null || why === NOT_FINAL) t.accepted++;
    else reject(t, why);
  }
}

/** The one answer to every ALS stream: StreamAccessLogsResponse has no fields. */
export const EMPTY_RESPONSE = Buffer.alloc(0);

/** Lists the ALS stream gauge at zero before the first stream, so it can be alerted on at once. */
export function registerAls(p: Pipeline): void {
  streamDelta(p.self, "als", 0);
}

/**
 * What every ALS stream keeps whoever decodes it (this reader, or the codec path in tests): its
 * gateway from the identifier, and its entries counted per message and in all.
 */
export function alsStreamBook(p: Pipeline, peer: string) {
  const stream = openStream(p.self, "als", peer);
  let accepted = 0;
  let rejected = 0;
  let identified = false;
  const book = {
    gateway: "",
    identify(id: IdentifierFields): void {
      book.gateway = gatewayOf(id);
      if (!identified) log("debug", "ALS stream identified", { peer, gateway: book.gateway, node_id: id.node?.id ?? "", log_name: id.log_name ?? "" });
      stream.gateway = book.gateway;
      identified = true;
    },
    counted(t: Tally): void {
      if (t.accepted + t.rejected > 0) {
        flushTally(p, "als", t);
        streamEntries(stream, t.accepted + t.rejected);
      }
      accepted += t.accepted;
      rejected += t.rejected;
    },
    close(): void {
      closeStream(p.self, stream);
      log("debug", "ALS stream closed", { peer, gateway: book.gateway, accepted, rejected });
    },
  };
  return book;
}

/** One StreamAccessLogs call, read by `r` (shared by all streams: calls are synchronous). */
export function openAlsStream(p: Pipeline, peer: string, r: AlsReader) {
  const book = alsStreamBook(p, peer);
  let gatewayBytes: Uint8Array | null = NO_BODY;
  return {
    message(body: Uint8Array): void {
      readBody(p, "als", () => readAlsMessage(r, body));
      if (r.identifier !== null) {
        book.identify(r.identifier);
        r.identifier = null;
        gatewayBytes = stringBytes(book.gateway);
      }
      const t = newTally();
      const count = () => countBatch(p, r, book.gateway, gatewayBytes, t);
      if (r.spilled) {
        r.sink = count;
        try {
          readAlsMessage(r, body, r.runStart);
        } finally {
          r.sink = null;
        }
      }
      count();
      r.body = NO_BODY;
      book.counted(t);
    },
    end: () => EMPTY_RESPONSE,
    close: () => book.close(),
  };
}

export type AlsStream = ReturnType<typeof openAlsStream>;

const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 16; i++) HEX["0123456789abcdef".charCodeAt(i)] = HEX["0123456789ABCDEF".charCodeAt(i)] = i;

/** The hex digits buf[start, end) (an even count) as bytes into out[at…]; false unless all are hex digits. */
function hexInto(buf: Uint8Array, start: number, end: number, out: Uint8Array, at: number): boolean {
  for (let i = start; i < end; i += 2) {
    const h = HEX[buf[i]], l = HEX[buf[i + 1]];
    if (h < 0 || l < 0) return false;
    out[at++] = (h << 4) | l;
  }
  return true;
}

/**
 * The trace id from B3 `x-b3-traceid` buf[b3Start, b3End), else W3C `traceparent` buf[tpStart, tpEnd) (empty:
 * not logged), as binary into out[at…]; returns its length in bytes, 0 for none. x-request-id is not a trace id.
 */
export function traceBytesFromHeaders(
  buf: Uint8Array, b3Start: number, b3End: number, tpStart: number, tpEnd: number, out: Uint8Array, at: number,
): number {
  const n = b3End - b3Start;
  if ((n === 16 || n === 32) && hexInto(buf, b3Start, b3End, out, at)) return n / 2;
  // traceparent: version (2) "-" trace id (32) "-" parent id (16) "-" flags (2), then anything.
  const s = tpStart;
  if (tpEnd - s < 55) return 0;
  for (let i = 0; i < 55; i++) {
    const dash = i === 2 || i === 35 || i === 52;
    if (dash ? buf[s + i] !== 45 : HEX[buf[s + i]] < 0) return 0;
  }
  hexInto(buf, s + 3, s + 35, out, at);
  let any = 0;
  for (let i = at; i < at + 16; i++) any |= out[i];
  return any === 0 ? 0 : 16;
}
