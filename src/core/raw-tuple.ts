// A record's label fields as the decoder found them: byte ranges in the message (no copy, no
// string), or strings for values the decoder only has in that form (a gateway derived once per
// stream, a method from an enum). The core resolves such a tuple through its tuple cache
// (gateway-metrics.ts recordAccessRaw): a tuple seen before costs one hash and one comparison
// instead of a UTF-8 decode per field and a lookup per label.
//
// The tuple cache here works in two steps: each field's bytes resolve to a value id (an 8-way value
// table), then the value ids plus the status code to a tuple slot (an 8-way tuple table); what a
// slot maps to is kept by the caller in arrays indexed by the slot. Fixed in size: a new key evicts
// a way of its set in turn, so memory stays bounded whatever the traffic. Entries of an
// older epoch are misses: the caller moves the epoch on whenever what it decided may have changed.
import { MAX_EXTRA_LABELS } from "./catalog.ts";
import type { AccessRecord } from "./record.ts";

export const RAW_GATEWAY = 0, RAW_HOST = 1, RAW_PATH = 2, RAW_METHOD = 3, RAW_ROUTE_NAME = 4, RAW_UPSTREAM = 5;
/** Extra label k's value (AccessRecord.extra[k]) is field RAW_EXTRA + k. */
export const RAW_EXTRA = 6;
const RAW_FIELDS = RAW_EXTRA + MAX_EXTRA_LABELS;

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
  /** Per field: 1 when the bytes are an array its owner never changes (setRawStable). */
  readonly stable: Uint8Array;
}

/** Every field empty (""). */
export function newRawLabels(): RawLabels {
  return {
    bufs: new Array(RAW_FIELDS).fill(NO_BYTES), starts: new Int32Array(RAW_FIELDS), ends: new Int32Array(RAW_FIELDS),
    strs: new Array(RAW_FIELDS).fill(""), stable: new Uint8Array(RAW_FIELDS),
  };
}

export function setRawBytes(raw: RawLabels, f: number, buf: Uint8Array, start: number, end: number): void {
  raw.bufs[f] = buf;
  raw.starts[f] = start;
  raw.ends[f] = end;
  raw.stable[f] = 0;
}

/**
 * Field f is all of `bytes`, an array the caller never changes (a value derived once per stream,
 * a constant): the core may know it again by identity, without reading it.
 */
export function setRawStable(raw: RawLabels, f: number, bytes: Uint8Array): void {
  raw.bufs[f] = bytes;
  raw.starts[f] = 0;
  raw.ends[f] = bytes.length;
  raw.stable[f] = 1;
}

export function setRawString(raw: RawLabels, f: number, s: string): void {
  raw.bufs[f] = null;
  raw.strs[f] = s;
  raw.stable[f] = 0;
}

const encoder = new TextEncoder();

/**
 * `s` as bytes that decode back to `s`, for a reader to give a value it has as a string (once per
 * stream, say) as a byte field; null when no bytes do (a lone surrogate): give the string then.
 */
export function stringBytes(s: string): Uint8Array | null {
  const b = encoder.encode(s);
  return decodeUtf8(b, 0, b.length) === s ? b : null;
}

/** The string field f stands for. */
function rawText(raw: RawLabels, f: number): string {
  const buf = raw.bufs[f];
  if (buf === null) return raw.strs[f];
  const start = raw.starts[f], end = raw.ends[f];
  return start === end ? "" : decodeUtf8(buf, start, end);
}

/** Fills the label fields of `rec`, and its first `extras` extra values, with the strings the raw fields stand for. */
export function rawToRecord(raw: RawLabels, rec: AccessRecord, extras: number): void {
  rec.gateway = rawText(raw, RAW_GATEWAY);
  rec.host = rawText(raw, RAW_HOST);
  rec.path = rawText(raw, RAW_PATH);
  rec.method = rawText(raw, RAW_METHOD);
  rec.routeName = rawText(raw, RAW_ROUTE_NAME);
  rec.upstreamCluster = rawText(raw, RAW_UPSTREAM);
  for (let k = 0; k < extras; k++) rec.extra[k] = rawText(raw, RAW_EXTRA + k);
}

// --- the tuple cache ----------------------------------------------------------------------------
//
// Two levels, so that what a lookup touches stays small and hot however many tuples there are:
// each field's bytes resolve to a value id through a value table (a gateway's label
// values are few: hosts, paths, methods), then the ids and the status code find the tuple's slot.
// A value id is never reused (a value that loses its table slot comes back under a new id), so a
// tuple slot keyed by ids can only match the very bytes it was stored for.

/** Value table slots (a power of two). */
const VALUE_SLOTS = 8192;
/** Longer field values are not cached (rare as label values, and they would pin memory). */
const MAX_VALUE_BYTES = 256;
/** Bytes of one value hashed at most; longer ones are sampled evenly (the comparison checks all). */
const HASH_SAMPLES = 32;
/**
 * Slots per set: a tuple (a value) may sit in any slot of its set. Eight, not four: with some 6400
 * tuples in 16384 slots, sets of four that drew five or more tuples evicted one another for ever
 * (about 1.3% of lookups missed, each costing a full resolve); a set's hashes still share a line.
 */
const WAYS = 8;

// A tuple slot's ints: epoch, status code, the key's value ids (one per field of `fields`, room for
// `keyFields`), then the caller's payload from `payload` on. A set's hashes share a cache line, a
// slot's ints another.
const I_EPOCH = 0, I_CODE = 1, I_IDS = 2;

export interface TupleCache {
  /** Tuple slots, a multiple of WAYS. */
  readonly slots: number;
  /** The fields that take part in the key, in order; the others do not change the outcome. */
  fields: Int32Array;
  /** Most fields a key may hold: the fields below this one (invalidateTuples' mask stays within). */
  readonly keyFields: number;
  /** Where the caller's ints start in a slot (ints[slot * stride + payload + i]). */
  readonly payload: number;
  /** Entries whose epoch differs are misses; 0 marks a never-used slot. */
  epoch: number;
  readonly hashes: Int32Array;
  readonly stride: number;
  readonly ints: Int32Array;
  /** Per slot, the caller's objects (objs[slot * objStride + i]). */
  readonly objStride: number;
  readonly objs: unknown[];
  /** Per set: the way the next new tuple takes (round robin). */
  readonly next: Uint8Array;
  // The value table: per slot the hash, the bytes and the id of the value it holds.
  readonly valueHashes: Int32Array;
  readonly valueKeys: Uint8Array[];
  readonly valueIds: Int32Array;
  readonly valueNext: Uint8Array;
  nextValueId: number;
  /** The stored bytes valueId last matched or stored. */
  matched: Uint8Array;
  /** Per field, its last value's stored bytes and id (a value keeps its id even once evicted). */
  readonly lastKeys: Uint8Array[];
  readonly lastIds: Int32Array;
  /** Per field: the stable array its last value came from, or null. */
  readonly lastStable: (Uint8Array | null)[];
  /** Per field: 1 when its last value repeated the one before. */
  readonly repeated: Uint8Array;
  /** Scratch of the last lookup: the key's value ids (-1 in ids[0]: not cacheable) and hash. */
  readonly ids: Int32Array;
  hash: number;
  hits: number;
  misses: number;
}

const NO_KEY = new Uint8Array(0);

/**
 * A cache of about `slots` tuples keyed by (at most) the fields below `keyFields`, each with `ints`
 * ints and `objs` objects of the caller's. Sized by `keyFields` so that fields no key uses (extra
 * labels not configured) cost no room.
 */
export function newTupleCache(slots: number, ints: number, objs: number, keyFields: number): TupleCache {
  const n = Math.max(WAYS, 1 << Math.ceil(Math.log2(Math.max(1, slots))));
  const payload = I_IDS + keyFields;
  const stride = payload + ints;
  return {
    slots: n,
    fields: fieldList((1 << keyFields) - 1),
    keyFields,
    payload,
    epoch: 1,
    hashes: new Int32Array(n),
    stride,
    ints: new Int32Array(n * stride),
    objStride: objs,
    objs: new Array<unknown>(n * objs).fill(null),
    next: new Uint8Array(n / WAYS),
    valueHashes: new Int32Array(VALUE_SLOTS),
    valueKeys: new Array<Uint8Array>(VALUE_SLOTS).fill(NO_KEY),
    valueIds: new Int32Array(VALUE_SLOTS),
    valueNext: new Uint8Array(VALUE_SLOTS / WAYS),
    matched: NO_KEY,
    lastKeys: new Array<Uint8Array>(RAW_FIELDS).fill(NO_KEY),
    lastIds: new Int32Array(RAW_FIELDS),
    lastStable: new Array<Uint8Array | null>(RAW_FIELDS).fill(null),
    repeated: new Uint8Array(RAW_FIELDS).fill(1),
    nextValueId: 1,
    ids: new Int32Array(RAW_FIELDS),
    hash: 0,
    hits: 0,
    misses: 0,
  };
}

function fieldList(mask: number): Int32Array {
  const out: number[] = [];
  for (let f = 0; f < RAW_FIELDS; f++) if ((mask & (1 << f)) !== 0) out.push(f);
  return Int32Array.from(out);
}

/** Forgets every tuple (cheaply: they become misses); from now on the key holds the fields in `mask` (bit f: field f). */
export function invalidateTuples(c: TupleCache, mask: number): void {
  c.fields = fieldList(mask & ((1 << c.keyFields) - 1));
  if (++c.epoch === 0x7fffffff) {
    for (let slot = 0; slot < c.slots; slot++) c.ints[slot * c.stride + I_EPOCH] = 0;
    c.epoch = 1;
  }
  c.objs.fill(null);
}

/** The id of the value buf[start, end): 0 for "", -1 when too long to cache. */
function valueId(c: TupleCache, buf: Uint8Array, start: number, end: number): number {
  const len = end - start;
  if (len === 0) return 0;
  if (len > MAX_VALUE_BYTES) return -1;
  let h = Math.imul(len, 0x9e3779b1) ^ 0x811c9dc5;
  if (len <= HASH_SAMPLES) {
    let i = start;
    for (; i + 1 < end; i += 2) h = Math.imul(h ^ (buf[i] | (buf[i + 1] << 8)), 0x01000193);
    if (i < end) h = Math.imul(h ^ buf[i], 0x01000193);
  } else {
    const step = Math.ceil(len / HASH_SAMPLES);
    for (let i = start; i < end; i += step) h = Math.imul(h ^ buf[i], 0x01000193);
    h = Math.imul(h ^ buf[end - 1], 0x01000193);
  }
  h = fmix(h);
  const first = h & (VALUE_SLOTS - WAYS);
  const hashes = c.valueHashes;
  for (let slot = first; slot < first + WAYS; slot++) {
    if (hashes[slot] !== h) continue;
    const key = c.valueKeys[slot];
    if (key.length !== len) continue;
    if (sameBytes(key, buf, start, len)) {
      c.matched = key;
      return c.valueIds[slot];
    }
  }
  if (c.nextValueId === 0x7fffffff) {
    // Ids would repeat: start over, tuples and values alike (the tuple being looked up holds old ids).
    c.valueKeys.fill(NO_KEY);
    c.lastKeys.fill(NO_KEY);
    c.lastStable.fill(null);
    c.lastIds.fill(0);
    c.nextValueId = 1;
    invalidateTuples(c, maskOf(c.fields));
    return -1;
  }
  // A value evicted here keeps its id where lastIds has it: still its own, as ids are never reused.
  let slot = first;
  while (slot < first + WAYS && c.valueKeys[slot] !== NO_KEY) slot++;
  if (slot === first + WAYS) {
    const set = first / WAYS;
    slot = first + c.valueNext[set];
    c.valueNext[set] = (c.valueNext[set] + 1) % WAYS;
  }
  hashes[slot] = h;
  c.matched = c.valueKeys[slot] = buf.slice(start, end);
  c.valueIds[slot] = c.nextValueId++;
  return c.valueIds[slot];
}

function sameBytes(key: Uint8Array, buf: Uint8Array, start: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (key[i] !== buf[start + i]) return false;
  return true;
}

/** Multiplying only carries upwards: mixes the high bits down before the low ones pick a slot. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function maskOf(fields: Int32Array): number {
  let mask = 0;
  for (let j = 0; j < fields.length; j++) mask |= 1 << fields[j];
  return mask;
}

/** The slot holding the tuple of `raw` and `code` in the current epoch, or -1. */
export function findTuple(c: TupleCache, raw: RawLabels, code: number): number {
  const fields = c.fields;
  const ids = c.ids;
  let h = Math.imul(code, 0x9e3779b1) ^ 0x811c9dc5;
  for (let j = 0; j < fields.length; j++) {
    const f = fields[j];
    const buf = raw.bufs[f];
    let id = -1;
    if (buf !== null) {
      // Consecutive records often repeat a field (one gateway, one upstream): a stable array
      // seen last time is known by identity; a field that repeated last time is compared with
      // its last value before hashing.
      const start = raw.starts[f];
      const len = raw.ends[f] - start;
      const last = c.lastKeys[f];
      if (len === 0) id = 0;
      else if (raw.stable[f] !== 0 && buf === c.lastStable[f]) id = c.lastIds[f];
      else if (c.repeated[f] !== 0 && last.length === len && sameBytes(last, buf, start, len)) id = c.lastIds[f];
      else {
        id = valueId(c, buf, start, start + len);
        if (id > 0) {
          c.repeated[f] = id === c.lastIds[f] ? 1 : 0;
          c.lastKeys[f] = c.matched;
          c.lastIds[f] = id;
          c.lastStable[f] = raw.stable[f] !== 0 ? buf : null;
        }
      }
    }
    if (id < 0) {
      ids[0] = -1;
      c.misses++;
      return -1;
    }
    ids[j] = id;
    h = Math.imul(h ^ id, 0x01000193);
  }
  h = fmix(h);
  c.hash = h;
  const first = h & (c.slots - WAYS);
  const hashes = c.hashes;
  const ints = c.ints;
  const stride = c.stride;
  for (let slot = first; slot < first + WAYS; slot++) {
    if (hashes[slot] !== h) continue;
    const o = slot * stride;
    if (ints[o + I_EPOCH] !== c.epoch || ints[o + I_CODE] !== code) continue;
    let j = 0;
    while (j < fields.length && ints[o + I_IDS + j] === ids[j]) j++;
    if (j === fields.length) {
      c.hits++;
      return slot;
    }
  }
  c.misses++;
  return -1;
}

/**
 * After a findTuple miss for the same `raw` and `code`: takes a slot of the tuple's set (a free
 * one, else the next in turn) and keys it. Returns the slot, or -1 when the tuple is not cached.
 */
export function claimTuple(c: TupleCache, code: number): number {
  if (c.ids[0] < 0) return -1;
  const first = c.hash & (c.slots - WAYS);
  const ints = c.ints;
  const stride = c.stride;
  let slot = -1;
  for (let s = first; s < first + WAYS; s++) {
    if (ints[s * stride + I_EPOCH] !== c.epoch) {
      slot = s;
      break;
    }
  }
  if (slot < 0) {
    const set = first / WAYS;
    slot = first + c.next[set];
    c.next[set] = (c.next[set] + 1) % WAYS;
  }
  const o = slot * stride;
  ints[o + I_EPOCH] = c.epoch;
  ints[o + I_CODE] = code;
  for (let j = 0; j < c.fields.length; j++) ints[o + I_IDS + j] = c.ids[j];
  c.hashes[slot] = c.hash;
  for (let k = 0; k < c.objStride; k++) c.objs[slot * c.objStride + k] = null;
  return slot;
}
