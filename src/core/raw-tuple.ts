// A record's label fields as the decoder found them: byte ranges in the message (no copy, no
// string), or strings for values the decoder only has in that form (a gateway derived once per
// stream, a method from an enum). The core resolves such a tuple through its tuple cache
// (gateway-metrics.ts recordAccessRaw): a tuple seen before costs one hash and one comparison
// instead of a UTF-8 decode per field and a lookup per label.
//
// The tuple cache here is keyed by those bytes and strings plus the status code; what a key maps
// to is kept by the caller in arrays indexed by the slot. Direct-mapped and fixed in size: a new
// key evicts whatever shared its slot, so memory stays bounded whatever the traffic. Entries of an
// older epoch are misses: the caller moves the epoch on whenever what it decided may have changed.
import type { AccessRecord } from "./record.ts";

export const RAW_GATEWAY = 0, RAW_HOST = 1, RAW_PATH = 2, RAW_METHOD = 3, RAW_ROUTE_NAME = 4, RAW_UPSTREAM = 5;
export const RAW_FIELDS = 6;

// Lenient like the reference decoders (protobufjs): invalid UTF-8 becomes U+FFFD rather than
// costing the whole message. The readers decode with this too, so both paths give equal strings.
const loose = new TextDecoder("utf-8", { ignoreBOM: true });

/** Decodes buf[start, end) as UTF-8, invalid bytes as U+FFFD (a leading BOM is kept). */
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  return loose.decode(buf.subarray(start, end));
}

const NO_BYTES = new Uint8Array(0);

export interface RawLabels {
  /** Per field: the buffer holding its bytes, or null when the field is the string in `strs`. */
  readonly bufs: (Uint8Array | null)[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly strs: string[];
}

/** Every field empty (""). */
export function newRawLabels(): RawLabels {
  const raw: RawLabels = { bufs: new Array(RAW_FIELDS).fill(NO_BYTES), starts: new Int32Array(RAW_FIELDS), ends: new Int32Array(RAW_FIELDS), strs: new Array(RAW_FIELDS).fill("") };
  return raw;
}

export function setRawBytes(raw: RawLabels, f: number, buf: Uint8Array, start: number, end: number): void {
  raw.bufs[f] = buf;
  raw.starts[f] = start;
  raw.ends[f] = end;
}

export function setRawString(raw: RawLabels, f: number, s: string): void {
  raw.bufs[f] = null;
  raw.strs[f] = s;
}

/** The string field f stands for. */
export function rawText(raw: RawLabels, f: number): string {
  const buf = raw.bufs[f];
  if (buf === null) return raw.strs[f];
  const start = raw.starts[f], end = raw.ends[f];
  return start === end ? "" : decodeUtf8(buf, start, end);
}

/** Fills the label fields of `rec` with the strings the raw fields stand for. */
export function rawToRecord(raw: RawLabels, rec: AccessRecord): void {
  rec.gateway = rawText(raw, RAW_GATEWAY);
  rec.host = rawText(raw, RAW_HOST);
  rec.path = rawText(raw, RAW_PATH);
  rec.method = rawText(raw, RAW_METHOD);
  rec.routeName = rawText(raw, RAW_ROUTE_NAME);
  rec.upstreamCluster = rawText(raw, RAW_UPSTREAM);
}

// --- the tuple cache ----------------------------------------------------------------------------

/** Key bytes kept inline per slot; longer keys are not cached (rare, and they would cost memory). */
export const MAX_KEY_BYTES = 160;
/** Bytes of one field hashed at most; longer ones are sampled evenly (the comparison checks all). */
const HASH_SAMPLES = 32;
/** Slots per set: a key may sit in any slot of its set. */
const WAYS = 4;

// A slot's ints: epoch, status code, each field's byte length (-1: a string, kept in objs), then
// the caller's payload. Everything a hit reads sits together, so a lookup touches few cache lines.
const I_EPOCH = 0, I_CODE = 1, I_LENS = 2;
/** Where the caller's ints start in a slot (ints[slot * stride + TUPLE_INTS + i]). */
export const TUPLE_INTS = I_LENS + RAW_FIELDS;
/** Where the caller's objects start in a slot (objs[slot * objStride + TUPLE_OBJS + i]); before them, the key's strings. */
export const TUPLE_OBJS = RAW_FIELDS;

export interface TupleCache {
  /** Slots, a multiple of WAYS. */
  readonly slots: number;
  /** The fields that take part in the key, in order; the others do not change the outcome. */
  fields: Int32Array;
  /** Entries whose epoch differs are misses; 0 marks a never-used slot. */
  epoch: number;
  /** Per slot the key's hash: a set's hashes share a cache line. */
  readonly hashes: Int32Array;
  readonly stride: number;
  readonly ints: Int32Array;
  readonly objStride: number;
  readonly objs: unknown[];
  /** Per slot, MAX_KEY_BYTES: the key's byte fields one after another. */
  readonly keyBytes: Uint8Array;
  /** Per set: the way the next new key takes (round robin). */
  readonly next: Uint8Array;
  /** Scratch of the last lookup: the key's hash and the total bytes of its byte fields. */
  hash: number;
  bytes: number;
  hits: number;
  misses: number;
}

/** A cache of about `slots` keys, each with `ints` ints and `objs` objects of the caller's. */
export function newTupleCache(slots: number, ints: number, objs: number): TupleCache {
  const n = Math.max(WAYS, 1 << Math.ceil(Math.log2(Math.max(1, slots))));
  const stride = TUPLE_INTS + ints;
  const objStride = TUPLE_OBJS + objs;
  return {
    slots: n,
    fields: fieldList((1 << RAW_FIELDS) - 1),
    epoch: 1,
    hashes: new Int32Array(n),
    stride,
    ints: new Int32Array(n * stride),
    objStride,
    objs: new Array<unknown>(n * objStride).fill(null),
    keyBytes: new Uint8Array(n * MAX_KEY_BYTES),
    next: new Uint8Array(n / WAYS),
    hash: 0,
    bytes: 0,
    hits: 0,
    misses: 0,
  };
}

function fieldList(mask: number): Int32Array {
  const out: number[] = [];
  for (let f = 0; f < RAW_FIELDS; f++) if ((mask & (1 << f)) !== 0) out.push(f);
  return Int32Array.from(out);
}

/** Forgets every entry (cheaply: they become misses); from now on the key holds the fields in `mask` (bit f: field f). */
export function invalidateTuples(c: TupleCache, mask: number): void {
  c.fields = fieldList(mask);
  if (++c.epoch === 0x7fffffff) {
    for (let slot = 0; slot < c.slots; slot++) c.ints[slot * c.stride + I_EPOCH] = 0;
    c.epoch = 1;
  }
  c.objs.fill(null);
}

function hashString(h: number, s: string): number {
  const n = s.length;
  h = Math.imul(h ^ n, 0x01000193);
  if (n > 0) h = Math.imul(h ^ s.charCodeAt(0) ^ (s.charCodeAt(n >> 1) << 8) ^ (s.charCodeAt(n - 1) << 16), 0x01000193);
  return h;
}

/** Hashes the key of `raw` and `code`; leaves the total bytes of its byte fields in the scratch. */
function hashKey(c: TupleCache, raw: RawLabels, code: number): number {
  let h = Math.imul(code, 0x9e3779b1) ^ 0x811c9dc5;
  let bytes = 0;
  const fields = c.fields;
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k];
    const buf = raw.bufs[f];
    if (buf === null) {
      h = hashString(h, raw.strs[f]);
      continue;
    }
    const start = raw.starts[f];
    const end = raw.ends[f];
    const len = end - start;
    bytes += len;
    h = Math.imul(h ^ len, 0x01000193);
    if (len <= HASH_SAMPLES) {
      let i = start;
      for (; i + 1 < end; i += 2) h = Math.imul(h ^ (buf[i] | (buf[i + 1] << 8)), 0x01000193);
      if (i < end) h = Math.imul(h ^ buf[i], 0x01000193);
    } else {
      const step = Math.ceil(len / HASH_SAMPLES);
      for (let i = start; i < end; i += step) h = Math.imul(h ^ buf[i], 0x01000193);
      h = Math.imul(h ^ buf[end - 1], 0x01000193);
    }
  }
  c.bytes = bytes;
  // Multiplying only carries upwards: mix the high bits down before the low ones pick the set.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** True when slot holds the key of `raw` and `code` (its hash already matched). */
function sameKey(c: TupleCache, slot: number, raw: RawLabels, code: number): boolean {
  const ints = c.ints;
  const o = slot * c.stride;
  if (ints[o + I_CODE] !== code || ints[o + I_EPOCH] !== c.epoch) return false;
  const key = c.keyBytes;
  const fields = c.fields;
  let k = slot * MAX_KEY_BYTES;
  for (let j = 0; j < fields.length; j++) {
    const f = fields[j];
    const len = ints[o + I_LENS + f];
    const buf = raw.bufs[f];
    if (buf === null) {
      if (len !== -1 || c.objs[slot * c.objStride + f] !== raw.strs[f]) return false;
      continue;
    }
    const start = raw.starts[f];
    if (len !== raw.ends[f] - start) return false;
    for (let i = 0; i < len; i++) if (key[k + i] !== buf[start + i]) return false;
    k += len;
  }
  return true;
}

/** The slot holding the key of `raw` and `code` in the current epoch, or -1. */
export function findTuple(c: TupleCache, raw: RawLabels, code: number): number {
  const h = hashKey(c, raw, code);
  c.hash = h;
  const first = h & (c.slots - WAYS);
  const hashes = c.hashes;
  for (let slot = first; slot < first + WAYS; slot++) {
    if (hashes[slot] === h && sameKey(c, slot, raw, code)) {
      c.hits++;
      return slot;
    }
  }
  c.misses++;
  return -1;
}

/**
 * After a findTuple miss for the same `raw` and `code`: takes a slot of the key's set (a free one,
 * else the next in turn) and stores a copy of the key. Returns the slot, or -1 when the key is not
 * cached.
 */
export function claimTuple(c: TupleCache, raw: RawLabels, code: number): number {
  if (c.bytes > MAX_KEY_BYTES) return -1;
  const set = (c.hash & (c.slots - WAYS)) / WAYS;
  const ints = c.ints;
  let slot = -1;
  for (let s = set * WAYS; s < set * WAYS + WAYS; s++) {
    if (ints[s * c.stride + I_EPOCH] !== c.epoch) {
      slot = s;
      break;
    }
  }
  if (slot < 0) {
    slot = set * WAYS + c.next[set];
    c.next[set] = (c.next[set] + 1) % WAYS;
  }
  const o = slot * c.stride;
  const fields = c.fields;
  const key = c.keyBytes;
  let k = slot * MAX_KEY_BYTES;
  for (let f = 0; f < RAW_FIELDS; f++) ints[o + I_LENS + f] = 0;
  for (let f = 0; f < c.objStride; f++) c.objs[slot * c.objStride + f] = null;
  for (let j = 0; j < fields.length; j++) {
    const f = fields[j];
    const buf = raw.bufs[f];
    if (buf === null) {
      ints[o + I_LENS + f] = -1;
      c.objs[slot * c.objStride + f] = raw.strs[f];
      continue;
    }
    const start = raw.starts[f];
    const len = raw.ends[f] - start;
    ints[o + I_LENS + f] = len;
    for (let i = 0; i < len; i++) key[k + i] = buf[start + i];
    k += len;
  }
  ints[o + I_EPOCH] = c.epoch;
  ints[o + I_CODE] = code;
  c.hashes[slot] = c.hash;
  return slot;
}
