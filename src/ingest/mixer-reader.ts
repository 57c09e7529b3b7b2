// The hot-path decoder for Mixer logentry calls: one walk over HandleLogEntryRequest bytes keeps the
// configured variables as byte ranges and numbers, and label values reach the core as byte ranges
// (core/raw-tuple.ts), so a label tuple seen before costs no UTF-8 decode and no label lookup.
// It accepts, rejects and yields exactly what test/reference/mixer-logentry.ts (protobufjs) does,
// checking every field the reference decodes even when its value is not needed
// (test/mixer-reader.test.ts). Nothing is counted until the whole body has been read; at most
// BATCH_ENTRIES instances are kept: a larger request is checked whole, then read again in batches.
import { MAX_EXTRA_LABELS } from "../core/catalog.ts";
import { recordAccessRaw } from "../core/gateway-metrics.ts";
import type { Pipeline } from "../core/pipeline.ts";
import { newRawLabels, RAW_EXTRA, RAW_GATEWAY, RAW_HOST, RAW_METHOD, RAW_PATH, type RawLabels, setRawBytes, setRawStable, setRawString, stringBytes } from "../core/raw-tuple.ts";
import { traceIdFrom } from "../core/labels.ts";
import { type AccessRecord, newRecord, resetRecord } from "../core/record.ts";
import { countMessageRejected, type RejectReason } from "../core/self-metrics.ts";
import type { ExtraSources } from "./extra-values.ts";
import { applyAdapterConfig, type MixerLogEntryState, type MixerVariables, VARIABLE_FIELDS as FIELDS } from "./mixer-logentry.ts";
import { parseNumber, parseSeconds } from "../core/duration.ts";
import { ipText, millisUpstreamSeconds, textUpstreamSeconds } from "./mixer-values.ts";
import { BATCH_ENTRIES, flushTally, newTally, type Pause, reject, SLICE_MS, type Tally } from "./tally.ts";
import {
  checkMessage, decodeUtf8, enterMessage, isAscii, newWire, rangeIs, readBool, readDouble, readInt64, readLength, readStringRange, readTag,
  readVarint32, releaseWire, resetWire, skipField, type Wire, WT_I64, WT_LEN, WT_VARINT,
} from "./wire.ts";

// istio.policy.v1beta1.Value members; a slot's kind is the member's field number (0: none set).
const K_STRING = 1, K_INT64 = 2, K_DOUBLE = 3, K_BOOL = 4, K_IP = 5, K_TIMESTAMP = 6, K_DURATION = 7;
const K_EMAIL = 8, K_DNS = 9, K_URI = 10, K_STRING_MAP = 11;

/** Indices into VARIABLE_FIELDS. */
const GATEWAY = 0, HOST = 1, PATH = 2, METHOD = 3, CODE = 4, DURATION = 5, REQUEST_BYTES = 6, RESPONSE_BYTES = 7, TRACE_ID = 8, UPSTREAM = 9;

/** Why an instance cannot be counted, as stored per instance (0: it can); the reference's order. */
const WHY: readonly (RejectReason | null)[] = [null, "bad_code", "bad_duration", "bad_size"];
const OK = 0, BAD_CODE = 1, BAD_DURATION = 2, BAD_SIZE = 3;

/** How slotAmount reads a value: as a number, as seconds, as upstream service time (numbers in ms). */
const AS_NUMBER = 0, AS_SECONDS = 1, AS_UPSTREAM = 2;

/** Label fields kept per instance: gateway, host, path, method, then extra label k's at EXTRA + k. */
const EXTRA = 4;
const LABELS = EXTRA + MAX_EXTRA_LABELS;
const RAW_OF = [RAW_GATEWAY, RAW_HOST, RAW_PATH, RAW_METHOD, ...Array.from({ length: MAX_EXTRA_LABELS }, (_, k) => RAW_EXTRA + k)];
const NO_BODY = new Uint8Array(0);
/** traceIdFrom keeps at most 64 characters: 32 bytes of binary. */
const TRACE_BYTES = 32;
/** Layout of one name's slot in MixerReader.slots (generation at 0). */
const KIND = 1, HAS = 2, START = 3, END = 4, SLOT = 8;
const BUCKETS = 256;

/** The configured variable names, as UTF-8 bytes, with a small hash index on (length, first, last byte). */
interface NameTable {
  readonly vars: MixerVariables;
  readonly extras: ExtraSources;
  readonly bytes: Uint8Array[];
  readonly buckets: Int16Array;
  readonly chain: Int16Array;
  /** Per record field, the name indices to try in order; then per extra label, its variable's. */
  readonly fields: Int16Array[];
}

export type MixerReader = ReturnType<typeof newMixerReader>;

export function newMixerReader() {
  return {
    w: newWire(),
    table: null as NameTable | null,
    /** Per configured name, its last entry in this instance (SLOT ints, 2 numbers); set while its generation is `gen`. */
    gen: 0,
    slots: new Int32Array(0),
    slotNums: new Float64Array(0),
    /** The Value of the map entry being read (entries merge repeated value fields). */
    vKind: 0,
    vNum: 0,
    vNanos: 0,
    vHas: 0,
    vStart: 0,
    vEnd: 0,
    n: 0,
    /** Whether the last call had more instances than one batch holds (its first readLogEntry keeps none). */
    spilled: false,
    instStart: new Int32Array(BATCH_ENTRIES),
    instEnd: new Int32Array(BATCH_ENTRIES),
    /** Per instance and label field: the byte range in `body`, or start -1 and the text in labelStr. */
    labelStart: new Int32Array(BATCH_ENTRIES * LABELS),
    labelEnd: new Int32Array(BATCH_ENTRIES * LABELS),
    labelStr: new Array<string>(BATCH_ENTRIES * LABELS).fill(""),
    /** The call being read (its instances' label bytes); dropped once counted. */
    body: NO_BODY as Uint8Array,
    raw: newRawLabels(),
    /** The last string label given as bytes, and its bytes (null: it has none that decode back). */
    lastStr: "",
    lastBytes: NO_BODY as Uint8Array | null,
    code: new Float64Array(BATCH_ENTRIES),
    duration: new Float64Array(BATCH_ENTRIES),
    requestBytes: new Float64Array(BATCH_ENTRIES),
    responseBytes: new Float64Array(BATCH_ENTRIES),
    upstream: new Float64Array(BATCH_ENTRIES),
    /** Per instance: its trace id as text, or "" with the id as binary in traceBin (traceLen bytes). */
    traceId: new Array<string>(BATCH_ENTRIES).fill(""),
    traceBin: new Uint8Array(BATCH_ENTRIES * TRACE_BYTES),
    traceLen: new Uint8Array(BATCH_ENTRIES),
    why: new Uint8Array(BATCH_ENTRIES),
    /** adapter_config: seen at all, and the last type_url and value ranges. */
    anySeen: false,
    typeStart: 0,
    typeEnd: 0,
    valueStart: 0,
    valueEnd: 0,
    rec: newRecord(),
  };
}

const encoder = new TextEncoder();
const roundTrip = new TextDecoder();

function bucketOf(buf: Uint8Array, start: number, len: number): number {
  if (len === 0) return 0;
  return ((len * 31) ^ (buf[start] * 7) ^ (buf[start + len - 1] << 4)) & (BUCKETS - 1);
}

/** The name table for these variables, built (with slots for its names) when they changed. */
function useTable(r: MixerReader, vars: MixerVariables, extras: ExtraSources): NameTable {
  if (r.table !== null && r.table.vars === vars && r.table.extras === extras) return r.table;
  const names: string[] = [];
  const index = new Map<string, number>();
  const lists: (readonly string[])[] = [...FIELDS.map((f) => vars[f]), ...extras.variables.map((v) => [v])];
  const fields = lists.map((list) =>
    Int16Array.from(list, (name) => {
      if (!index.has(name)) index.set(name, names.push(name) - 1);
      return index.get(name)!;
    }),
  );
  const bytes = names.map((n) => encoder.encode(n));
  const buckets = new Int16Array(BUCKETS).fill(-1);
  const chain = new Int16Array(names.length).fill(-1);
  for (let i = 0; i < names.length; i++) {
    // A name with a lone surrogate can never equal a decoded key; its UTF-8 form would be U+FFFD's.
    if (roundTrip.decode(bytes[i]) !== names[i]) continue;
    const b = bucketOf(bytes[i], 0, bytes[i].length);
    chain[i] = buckets[b];
    buckets[b] = i;
  }
  r.table = { vars, extras, bytes, buckets, chain, fields };
  r.slots = new Int32Array(names.length * SLOT);
  r.slotNums = new Float64Array(names.length * 2);
  r.gen = 0;
  return r.table;
}

function findName(t: NameTable, buf: Uint8Array, start: number, end: number): number {
  let i = t.buckets[bucketOf(buf, start, end - start)];
  while (i >= 0 && !rangeIs(buf, start, end, t.bytes[i])) i = t.chain[i];
  return i;
}

/** google.protobuf.Timestamp / Duration body (int64 seconds #1, int32 nanos #2) into the entry value. */
function readSecondsNanos(r: MixerReader, w: Wire, depth: number): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x08) r.vNum = readInt64(w);
    else if (tag === 0x10) r.vNanos = readVarint32(w) | 0;
    else skipField(w, tag & 7, tag >>> 3, depth);
  }
  w.end = outer;
}

/** A one-field wrapper (`value = 1`: IPAddress, DNSName, EmailAddress, Uri, TimeStamp, Duration) into the entry value. */
function readWrapper(r: MixerReader, w: Wire, kind: number, depth: number): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag !== 0x0a) skipField(w, tag & 7, tag >>> 3, depth);
    else if (kind === K_DURATION || kind === K_TIMESTAMP) {
      r.vHas = 1;
      readSecondsNanos(r, w, depth + 1);
    } else {
      r.vStart = readStringRange(w);
      r.vEnd = w.pos;
    }
  }
  w.end = outer;
}

/** One Value, merged as protobuf merges: the member read last wins; a wrapper read again merges into itself. */
function readValue(r: MixerReader, w: Wire): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    const f = tag >>> 3;
    const wt = tag & 7;
    switch (f) {
      case K_STRING:
        if (wt !== WT_LEN) break;
        r.vStart = readStringRange(w);
        r.vEnd = w.pos;
        r.vKind = K_STRING;
        continue;
      case K_INT64:
        if (wt !== WT_VARINT) break;
        r.vNum = readInt64(w);
        r.vKind = K_INT64;
        continue;
      case K_DOUBLE:
        if (wt !== WT_I64) break;
        r.vNum = readDouble(w);
        r.vKind = K_DOUBLE;
        continue;
      case K_BOOL:
        if (wt !== WT_VARINT) break;
        r.vNum = readBool(w) ? 1 : 0;
        r.vKind = K_BOOL;
        continue;
      case K_IP:
      case K_TIMESTAMP:
      case K_DURATION:
      case K_EMAIL:
      case K_DNS:
      case K_URI:
        if (wt !== WT_LEN) break;
        if (r.vKind !== f) r.vHas = r.vNum = r.vNanos = r.vStart = r.vEnd = 0;
        readWrapper(r, w, f, 3);
        r.vKind = f;
        continue;
      case K_STRING_MAP:
        if (wt !== WT_LEN) break;
        readStringMap(w, 3);
        r.vKind = K_STRING_MAP;
        continue;
    }
    skipField(w, wt, f, 2);
  }
  w.end = outer;
}

/** istio.policy.v1beta1.StringMap: its entries only checked, never used. */
function readStringMap(w: Wire, depth: number): void {
  const outer = enterMessage(w);
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) checkMessage(w, depth);
    else skipField(w, tag & 7, tag >>> 3, depth);
  }
  w.end = outer;
}

/** An ASCII key and a Value of only an ASCII string, int64 or Duration, one-byte lengths, in one go; else false. */
function simpleEntry(r: MixerReader, w: Wire): boolean {
  const buf = w.buf;
  const p = w.pos;
  const end = w.end;
  if (end - p < 6 || buf[p] !== 0x0a || buf[p + 1] >= 128) return false;
  const keyEnd = p + 2 + buf[p + 1];
  if (keyEnd + 4 > end || buf[keyEnd] !== 0x12 || buf[keyEnd + 1] !== end - keyEnd - 2 || buf[keyEnd + 1] >= 128) return false;
  const member = buf[keyEnd + 2];
  if (member === 0x0a) {
    // string_value: key, framing bytes and string are all ASCII, so one pass checks them all.
    if (buf[keyEnd + 3] !== end - keyEnd - 4 || !isAscii(w, p + 2, end)) return false;
    r.vKind = K_STRING;
    r.vStart = keyEnd + 4;
    r.vEnd = end;
    w.pos = end;
    return true;
  }
  if (member === 0x3a) {
    // duration_value: Duration{google.protobuf.Duration{seconds?, nanos?}}, one-byte lengths.
    if (buf[keyEnd + 3] !== end - keyEnd - 4 || buf[keyEnd + 4] !== 0x0a || buf[keyEnd + 5] !== end - keyEnd - 6) return false;
    if (!isAscii(w, p + 2, keyEnd)) return false;
    w.pos = keyEnd + 6;
    let seconds = 0;
    let nanos = 0;
    if (w.pos < end && buf[w.pos] === 0x08) {
      w.pos++;
      seconds = readInt64(w);
    }
    if (w.pos < end && buf[w.pos] === 0x10) {
      w.pos++;
      nanos = readVarint32(w) | 0;
    }
    if (w.pos !== end) {
      w.pos = p;
      return false;
    }
    r.vKind = K_DURATION;
    r.vHas = 1;
    r.vNum = seconds;
    r.vNanos = nanos;
    return true;
  }
  if (member === 0x10 && isAscii(w, p + 2, keyEnd)) {
    w.pos = keyEnd + 3;
    const v = readInt64(w);
    if (w.pos !== end) {
      w.pos = p;
      return false;
    }
    r.vKind = K_INT64;
    r.vNum = v;
    return true;
  }
  return false;
}

/** One map<string, Value> entry; kept in its name's slot when `keep` and the key is configured. */
function readMapEntry(r: MixerReader, w: Wire, t: NameTable, keep: boolean): void {
  const outer = enterMessage(w);
  let keyStart = 0;
  let keyEnd = 0;
  r.vKind = r.vHas = r.vNum = r.vNanos = r.vStart = r.vEnd = 0;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) {
      keyStart = readStringRange(w);
      keyEnd = w.pos;
    } else if (tag === 0x12) readValue(r, w);
    else skipField(w, tag & 7, tag >>> 3, 1);
  }
  w.end = outer;
  if (keep) keepEntry(r, t, w.buf, keyStart, keyEnd);
}

function keepEntry(r: MixerReader, t: NameTable, buf: Uint8Array, keyStart: number, keyEnd: number): void {
  const j = findName(t, buf, keyStart, keyEnd);
  if (j < 0) return;
  const o = j * SLOT;
  r.slots[o] = r.gen;
  r.slots[o + KIND] = r.vKind;
  r.slots[o + HAS] = r.vHas;
  r.slots[o + START] = r.vStart;
  r.slots[o + END] = r.vEnd;
  r.slotNums[j * 2] = r.vNum;
  r.slotNums[j * 2 + 1] = r.vNanos;
}

/** InstanceMsg.timestamp as Mixer writes it (one-byte lengths), checked in one go; false (nothing consumed) else. */
function simpleTimestamp(w: Wire, start: number, end: number): boolean {
  const buf = w.buf;
  if (end - start < 2 || buf[start] !== 0x0a || buf[start + 1] !== end - start - 2) return false;
  const outer = w.end;
  const at = w.pos;
  w.pos = start + 2;
  w.end = end;
  if (w.pos < end && buf[w.pos] === 0x08) {
    w.pos++;
    readInt64(w);
  }
  if (w.pos < end && buf[w.pos] === 0x10) {
    w.pos++;
    readVarint32(w);
  }
  w.end = outer;
  if (w.pos === end) return true;
  w.pos = at;
  return false;
}

function readInstance(r: MixerReader, w: Wire, t: NameTable, start: number, end: number): void {
  w.pos = start;
  w.end = end;
  if (++r.gen === 0x7fffffff) {
    r.slots.fill(0);
    r.gen = 1;
  }
  const buf = w.buf;
  while (w.pos < end) {
    const p = w.pos;
    const len = buf[p + 1];
    if (buf[p] === 0x0a && len < 128 && p + 2 + len <= end) {
      // A variables entry with a one-byte length: try the one-pass read before the general one.
      w.pos = p + 2;
      w.end = p + 2 + len;
      const simple = simpleEntry(r, w);
      w.end = end;
      if (simple) {
        keepEntry(r, t, buf, p + 4, p + 4 + buf[p + 3]);
        continue;
      }
      w.pos = p;
    }
    if (buf[p] === 0x12 && len < 128 && p + 2 + len <= end && simpleTimestamp(w, p + 2, p + 2 + len)) continue;
    const tag = readTag(w);
    // variables (1), monitored_resource_dimensions (5): maps; timestamp (2): a wrapper; the rest strings.
    if (tag === 0x0a) readMapEntry(r, w, t, true);
    else if (tag === 0x2a) readMapEntry(r, w, t, false);
    else if (tag === 0x12) readWrapper(r, w, K_TIMESTAMP, 2);
    else if ((tag & 7) === WT_LEN) readStringRange(w);
    else skipField(w, tag & 7, tag >>> 3, 1);
  }
}

/** google.protobuf.Any adapter_config: the last type_url and value, as protobuf merges them. */
function readAny(r: MixerReader, w: Wire): void {
  const outer = enterMessage(w);
  r.anySeen = true;
  while (w.pos < w.end) {
    const tag = readTag(w);
    if (tag === 0x0a) {
      r.typeStart = readStringRange(w);
      r.typeEnd = w.pos;
    } else if (tag === 0x12) {
      r.valueStart = readStringRange(w);
      r.valueEnd = w.pos;
    } else skipField(w, tag & 7, tag >>> 3, 1);
  }
  w.end = outer;
}

/** The top level from `at` on, into a new batch: returns where the first instance that did not fit starts, or -1. */
function readRequest(r: MixerReader, body: Uint8Array, at: number): number {
  const w = r.w;
  resetWire(w, body);
  w.pos = at;
  r.n = 0;
  while (w.pos < w.end) {
    const start = w.pos;
    const tag = readTag(w);
    if (tag === 0x0a) {
      if (r.n === BATCH_ENTRIES) {
        r.spilled = true;
        return start;
      }
      const len = readLength(w);
      r.instStart[r.n] = w.pos;
      r.instEnd[r.n++] = w.pos += len;
    } else if (tag === 0x12) readAny(r, w);
    else skipField(w, tag & 7, tag >>> 3, 0);
  }
  return -1;
}

/** Mixer sends the same adapter_config bytes on every call: compare them before building anything. */
function configure(r: MixerReader, state: MixerLogEntryState, buf: Uint8Array): void {
  if (!r.anySeen) {
    applyAdapterConfig(state, null);
    return;
  }
  if (state.lastConfig !== null && rangeIs(buf, r.valueStart, r.valueEnd, state.lastConfig)) return;
  const typeUrl = r.typeEnd > r.typeStart ? decodeUtf8(buf, r.typeStart, r.typeEnd) : "";
  applyAdapterConfig(state, { type_url: typeUrl, value: buf.subarray(r.valueStart, r.valueEnd) });
}

/** The first of `names` set in this instance, or -1. */
function present(r: MixerReader, names: Int16Array): number {
  for (let i = 0; i < names.length; i++) if (r.slots[names[i] * SLOT] === r.gen) return names[i];
  return -1;
}

function slotString(r: MixerReader, buf: Uint8Array, j: number): string {
  return decodeUtf8(buf, r.slots[j * SLOT + START], r.slots[j * SLOT + END]);
}

function isText(kind: number): boolean {
  return kind === K_STRING || kind === K_DNS || kind === K_URI || kind === K_EMAIL;
}

/** What mixer-values.ts valueText gives for the slot's value. */
function slotText(r: MixerReader, buf: Uint8Array, j: number): string {
  const kind = r.slots[j * SLOT + KIND];
  if (isText(kind)) return slotString(r, buf, j);
  if (kind === K_INT64 || kind === K_DOUBLE) return String(r.slotNums[j * 2]);
  if (kind === K_BOOL) return r.slotNums[j * 2] !== 0 ? "true" : "false";
  if (kind === K_IP) return ipText(buf.subarray(r.slots[j * SLOT + START], r.slots[j * SLOT + END]));
  return "";
}

/** What valueNumber (AS_NUMBER), valueSeconds (AS_SECONDS) or the upstream time (AS_UPSTREAM) gives. */
function slotAmount(r: MixerReader, buf: Uint8Array, j: number, as: number): number {
  const num = r.slotNums[j * 2];
  switch (r.slots[j * SLOT + KIND]) {
    case K_INT64:
    case K_DOUBLE:
      return as === AS_UPSTREAM ? millisUpstreamSeconds(num) : num;
    case K_STRING: {
      const s = slotString(r, buf, j);
      return as === AS_NUMBER ? parseNumber(s) : as === AS_SECONDS ? parseSeconds(s) : textUpstreamSeconds(s);
    }
    case K_DURATION:
      if (as === AS_NUMBER) return NaN;
      return r.slots[j * SLOT + HAS] !== 0 ? num + r.slotNums[j * 2 + 1] / 1e9 : 0;
    default:
      return as === AS_UPSTREAM ? -1 : NaN;
  }
}

/** Keeps label field `field` of instance i: a string value's byte range, else its text. */
function labelOf(r: MixerReader, buf: Uint8Array, names: Int16Array, absent: string, i: number, field: number): void {
  const o = i * LABELS + field;
  const j = present(r, names);
  if (j >= 0 && isText(r.slots[j * SLOT + KIND])) {
    r.labelStart[o] = r.slots[j * SLOT + START];
    r.labelEnd[o] = r.slots[j * SLOT + END];
    return;
  }
  r.labelStart[o] = -1;
  r.labelStr[o] = j >= 0 ? slotText(r, buf, j) : absent;
}

/** NaN when no variable is present; records `bad` as instance i's reason when one is but is no amount. */
function amountOf(r: MixerReader, buf: Uint8Array, names: Int16Array, as: number, i: number, bad: number): number {
  const j = present(r, names);
  if (j < 0) return NaN;
  const x = slotAmount(r, buf, j, as);
  // An upstream time of NaN is "" (Envoy sent no service time): no reason to refuse the entry.
  if (!(x >= 0 && x < Infinity) && !(as === AS_UPSTREAM && Number.isNaN(x)) && r.why[i] === OK) r.why[i] = bad;
  return x;
}

function resolveInstance(r: MixerReader, state: MixerLogEntryState, t: NameTable, buf: Uint8Array, i: number): void {
  const f = t.fields;
  for (let k = GATEWAY; k <= METHOD; k++) labelOf(r, buf, f[k], k === GATEWAY ? state.gateway : "", i, k);
  for (let k = FIELDS.length; k < f.length; k++) labelOf(r, buf, f[k], "", i, EXTRA + k - FIELDS.length);
  r.why[i] = OK;
  let code = 0;
  const j = present(r, f[CODE]);
  if (j >= 0) {
    const c = slotAmount(r, buf, j, AS_NUMBER);
    if (Number.isInteger(c) && c >= 0 && c <= 999) code = c;
    else r.why[i] = BAD_CODE;
  }
  r.code[i] = code;
  r.duration[i] = amountOf(r, buf, f[DURATION], AS_SECONDS, i, BAD_DURATION);
  r.upstream[i] = amountOf(r, buf, f[UPSTREAM], AS_UPSTREAM, i, BAD_DURATION);
  r.requestBytes[i] = amountOf(r, buf, f[REQUEST_BYTES], AS_NUMBER, i, BAD_SIZE);
  r.responseBytes[i] = amountOf(r, buf, f[RESPONSE_BYTES], AS_NUMBER, i, BAD_SIZE);
  const tj = present(r, f[TRACE_ID]);
  r.traceLen[i] = 0;
  r.traceId[i] = tj < 0 ? "" : isText(r.slots[tj * SLOT + KIND]) ? traceOf(r, buf, tj, i) : traceIdFrom(slotText(r, buf, tj));
}

// Byte classes for traceIdFrom's patterns: lowercase hex digit, any hex digit, request id character.
const C_LOWER = 1, C_HEX = 2, C_ID = 4;
const CLASS = new Uint8Array(256);
/** A lowercase hex digit's value (0 for any other byte: only read once CLASS has vouched for it). */
const NIBBLE = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[0-9a-f]/.test(ch)) NIBBLE[c] = parseInt(ch, 16);
  CLASS[c] = (/[0-9a-f]/.test(ch) ? C_LOWER : 0) | (/[0-9a-fA-F]/.test(ch) ? C_HEX : 0) | (/[0-9a-zA-Z-]/.test(ch) ? C_ID : 0);
}

/** Bytes CLASS vouched for are ASCII, which latin1 decodes as UTF-8 does at half the cost (per record). */
const asciiText = Buffer.prototype.toString as (this: Uint8Array, enc: "latin1", start: number, end: number) => string;

/** The lowercase hex digits buf[start, end) (an even count) as binary, instance i's trace id. */
function traceBinary(r: MixerReader, buf: Uint8Array, start: number, end: number, i: number): void {
  let at = i * TRACE_BYTES;
  for (let k = start; k < end; k += 2) r.traceBin[at++] = (NIBBLE[buf[k]] << 4) | NIBBLE[buf[k + 1]];
  r.traceLen[i] = (end - start) / 2;
}

// traceIdFrom on a text slot's bytes: even lowercase hex or a traceparent's id goes to traceBin (returns ""),
// other ids come back as text. A non-ASCII byte fails every pattern, as its character would.
function traceOf(r: MixerReader, buf: Uint8Array, j: number, i: number): string {
  const start = r.slots[j * SLOT + START], end = r.slots[j * SLOT + END];
  const len = end - start;
  if (len === 0 || len > 64) return "";
  let all = C_LOWER | C_HEX | C_ID;
  for (let k = start; k < end; k++) all &= CLASS[buf[k]];
  if (len >= 8 && (all & C_HEX) !== 0) {
    if ((all & C_LOWER) !== 0 && len % 2 === 0) {
      traceBinary(r, buf, start, end, i);
      return "";
    }
    return asciiText.call(buf, "latin1", start, end);
  }
  if (len === 55 && isTraceparent(buf, start)) {
    traceBinary(r, buf, start + 3, start + 35, i);
    return "";
  }
  return len >= 8 && (all & C_ID) !== 0 ? asciiText.call(buf, "latin1", start, end) : "";
}

/** `^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$` on the 55 bytes at s. */
function isTraceparent(buf: Uint8Array, s: number): boolean {
  let all = C_LOWER;
  for (let k = s; k < s + 55; k++) {
    const dash = k === s + 2 || k === s + 35 || k === s + 52;
    all &= dash ? (buf[k] === 45 ? C_LOWER : 0) : CLASS[buf[k]];
  }
  return all !== 0;
}

/**
 * Checks one whole call and applies its adapter_config (throws on malformed bytes, leaving `state` as it was);
 * returns the instances read and resolved (unless `resolve` is false: the benchmark's bare walk); 0 if spilled.
 */
export function readLogEntry(r: MixerReader, state: MixerLogEntryState, body: Uint8Array, resolve = true): number {
  r.body = body;
  r.spilled = r.anySeen = false;
  r.typeStart = r.typeEnd = r.valueStart = r.valueEnd = 0;
  const { lastConfig, vars, gateway } = state;
  try {
    // Only the top level past the first batch here: adapter_config may follow the instances.
    for (let at = readRequest(r, body, 0); at >= 0;) at = readRequest(r, body, at);
    configure(r, state, body);
    if (!r.spilled) readInstances(r, state, body, resolve);
    else for (let at = 0; at >= 0;) at = readBatchAt(r, state, body, at, false);
  } catch (e) {
    // The reference decoder applies adapter_config only to a request it could decode.
    state.lastConfig = lastConfig;
    state.vars = vars;
    state.gateway = gateway;
    throw e;
  } finally {
    releaseWire(r.w);
  }
  if (r.spilled) r.n = 0;
  return r.n;
}

/** After readLogEntry spilled: reads the batch starting at `at` (0: the first); returns the next's start, -1 at the end. */
export function readBatchAt(r: MixerReader, state: MixerLogEntryState, body: Uint8Array, at: number, resolve = true): number {
  r.body = body;
  try {
    const next = readRequest(r, body, at);
    readInstances(r, state, body, resolve);
    return next;
  } finally {
    releaseWire(r.w);
  }
}

function readInstances(r: MixerReader, state: MixerLogEntryState, body: Uint8Array, resolve: boolean): void {
  // With the current variables: a reload between two batches may have changed them.
  const t = useTable(r, state.vars, state.extras);
  for (let i = 0; i < r.n; i++) {
    readInstance(r, r.w, t, r.instStart[i], r.instEnd[i]);
    if (resolve) resolveInstance(r, state, t, body, i);
  }
}

/** Instance i's label fields, into r.raw. */
export function instanceLabels(r: MixerReader, i: number): RawLabels {
  const raw = r.raw;
  const labels = EXTRA + r.table!.extras.variables.length;
  for (let f = 0; f < labels; f++) {
    const o = i * LABELS + f;
    const start = r.labelStart[o];
    if (start >= 0) {
      setRawBytes(raw, RAW_OF[f], r.body, start, r.labelEnd[o]);
      continue;
    }
    // A default or a non-string value: as the same bytes while the string repeats, for the tuple cache.
    const s = r.labelStr[o];
    if (s !== r.lastStr) {
      r.lastStr = s;
      r.lastBytes = stringBytes(s);
    }
    if (r.lastBytes !== null) setRawStable(raw, RAW_OF[f], r.lastBytes);
    else setRawString(raw, RAW_OF[f], s);
  }
  return raw;
}

/** Fills `rec` with instance i's fields but its labels (instanceLabels); returns why it cannot be counted, or null. */
export function instanceRecord(r: MixerReader, i: number, rec: AccessRecord): RejectReason | null {
  resetRecord(rec);
  rec.code = r.code[i];
  rec.durationSeconds = r.duration[i];
  rec.requestBytes = r.requestBytes[i];
  rec.responseBytes = r.responseBytes[i];
  rec.upstreamSeconds = r.upstream[i];
  const tl = r.traceLen[i];
  if (tl === 0) rec.traceId = r.traceId[i];
  else {
    rec.traceBytes = r.traceBin;
    rec.traceStart = i * TRACE_BYTES;
    rec.traceEnd = i * TRACE_BYTES + tl;
  }
  return WHY[r.why[i]];
}

/**
 * Reads and counts one call (throws if malformed). Once a slice of batches took SLICE_MS, `pause` lets other
 * work run: the result is then a promise, and the reader must not be given another call until it settles.
 */
export function ingestLogEntry(r: MixerReader, state: MixerLogEntryState, p: Pipeline, body: Uint8Array): Tally;
export function ingestLogEntry(r: MixerReader, state: MixerLogEntryState, p: Pipeline, body: Uint8Array, pause: Pause): Tally | Promise<Tally>;
export function ingestLogEntry(r: MixerReader, state: MixerLogEntryState, p: Pipeline, body: Uint8Array, pause: Pause | null = null): Tally | Promise<Tally> {
  try {
    readLogEntry(r, state, body);
  } catch (e) {
    countMessageRejected(p.self, "mixer", "malformed");
    throw new Error(`malformed protobuf: ${e instanceof Error ? e.message : String(e)}`);
  }
  const t = newTally();
  countBatch(p, r, t);
  let at = r.spilled ? 0 : -1;
  const slice = (): boolean => {
    const end = performance.now() + SLICE_MS;
    while (at >= 0) {
      at = readBatchAt(r, state, body, at);
      countBatch(p, r, t);
      if (pause !== null && performance.now() >= end) break;
    }
    return at < 0;
  };
  const finish = () => {
    r.body = NO_BODY;
    flushTally(p, "mixer", t);
    return t;
  };
  if (at < 0 || slice()) return finish();
  return (async () => {
    do await pause!();
    while (!slice());
    return finish();
  })();
}

function countBatch(p: Pipeline, r: MixerReader, t: Tally): void {
  for (let i = 0; i < r.n; i++) {
    const why = instanceRecord(r, i, r.rec);
    if (why !== null) reject(t, why);
    else {
      recordAccessRaw(p.metrics, instanceLabels(r, i), r.rec);
      t.accepted++;
    }
  }
}
