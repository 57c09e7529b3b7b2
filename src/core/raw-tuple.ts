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

export function newRawLabels(): RawLabels {
  const raw: RawLabels = { bufs: new Array(RAW_FIELDS).fill(NO_BYTES), starts: new Int32Array(RAW_FIELDS), ends: new Int32Array(RAW_FIELDS), strs: new Array(RAW_FIELDS).fill("") };
  return raw;
}

/** Every field empty (""). */
export function clearRawLabels(raw: RawLabels): void {
  for (let f = 0; f < RAW_FIELDS; f++) setRawBytes(raw, f, NO_BYTES, 0, 0);
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

/** Keys with more bytes than this are not cached (rare, and they would pin memory). */
export const MAX_KEY_BYTES = 512;
/** Bytes of one field hashed at most; longer ones are sampled evenly (the comparison checks all). */
const HASH_SAMPLES = 24;

export interface TupleCache {
  /** Slots, a power of two. */
  readonly slots: number;
  /** Which fields take part in the key (bit f: field f); the others do not change the outcome. */
  mask: number;
  /** Entries whose epoch differs are misses; 0 marks a never-used slot. */
  epoch: number;
  readonly epochs: Int32Array;
  readonly hashes: Int32Array;
  readonly codes: Int32Array;
  /** Per slot and field: byte length, or -1 when the key held a string there (in keyStrs). */
  readonly lens: Int32Array;
  readonly keys: Uint8Array[];
  readonly keyStrs: string[];
  /** Scratch of the last lookup: the key's hash and the total bytes of its byte fields. */
  hash: number;
  bytes: number;
  hits: number;
  misses: number;
}

export function newTupleCache(slots: number): TupleCache {
  const n = 1 << Math.ceil(Math.log2(Math.max(1, slots)));
  return {
    slots: n,
    mask: (1 << RAW_FIELDS) - 1,
    epoch: 1,
    epochs: new Int32Array(n),
    hashes: new Int32Array(n),
    codes: new Int32Array(n),
    lens: new Int32Array(n * RAW_FIELDS),
    keys: new Array<Uint8Array>(n).fill(NO_BYTES),
    keyStrs: new Array<string>(n * RAW_FIELDS).fill(""),
    hash: 0,
    bytes: 0,
    hits: 0,
    misses: 0,
  };
}

/** Forgets every entry (cheaply: they become misses). */
export function invalidateTuples(c: TupleCache, mask: number): void {
  c.mask = mask;
  if (++c.epoch === 0x7fffffff) {
    c.epochs.fill(0);
    c.epoch = 1;
  }
}

function hashString(h: number, s: string): number {
  const n = s.length;
  h = Math.imul(h ^ n, 0x01000193);
  if (n > 0) h = Math.imul(h ^ s.charCodeAt(0) ^ (s.charCodeAt(n >> 1) << 8) ^ (s.charCodeAt(n - 1) << 16), 0x01000193);
  return h;
}

/** Hashes the key of `raw` and `code`; leaves hash and byte count in the cache's scratch. */
function hashKey(c: TupleCache, raw: RawLabels, code: number): number {
  let h = Math.imul(code, 0x9e3779b1) ^ 0x811c9dc5;
  let bytes = 0;
  const mask = c.mask;
  for (let f = 0; f < RAW_FIELDS; f++) {
    if ((mask & (1 << f)) === 0) continue;
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
    const step = len <= HASH_SAMPLES ? 1 : Math.ceil(len / HASH_SAMPLES);
    for (let i = start; i < end; i += step) h = Math.imul(h ^ buf[i], 0x01000193);
    if (step > 1) h = Math.imul(h ^ buf[end - 1], 0x01000193);
  }
  c.bytes = bytes;
  return h ^ (h >>> 15);
}

/** The slot holding the key of `raw` and `code` in the current epoch, or -1. */
export function findTuple(c: TupleCache, raw: RawLabels, code: number): number {
  const h = hashKey(c, raw, code);
  c.hash = h;
  const slot = h & (c.slots - 1);
  if (c.epochs[slot] !== c.epoch || c.hashes[slot] !== h || c.codes[slot] !== code) return miss(c);
  const key = c.keys[slot];
  const mask = c.mask;
  let k = 0;
  for (let f = 0; f < RAW_FIELDS; f++) {
    if ((mask & (1 << f)) === 0) continue;
    const len = c.lens[slot * RAW_FIELDS + f];
    const buf = raw.bufs[f];
    if (buf === null) {
      if (len !== -1 || c.keyStrs[slot * RAW_FIELDS + f] !== raw.strs[f]) return miss(c);
      continue;
    }
    const start = raw.starts[f];
    if (len !== raw.ends[f] - start) return miss(c);
    for (let i = 0; i < len; i++) if (key[k + i] !== buf[start + i]) return miss(c);
    k += len;
  }
  c.hits++;
  return slot;
}

function miss(c: TupleCache): number {
  c.misses++;
  return -1;
}

/**
 * After a findTuple miss for the same `raw` and `code`: takes the key's slot (evicting its
 * occupant) and stores a copy of the key. Returns the slot, or -1 when the key is not cached.
 */
export function claimTuple(c: TupleCache, raw: RawLabels, code: number): number {
  if (c.bytes > MAX_KEY_BYTES) return -1;
  const slot = c.hash & (c.slots - 1);
  let key = c.keys[slot];
  if (key.length < c.bytes) key = c.keys[slot] = new Uint8Array(Math.max(c.bytes, 32));
  const mask = c.mask;
  let k = 0;
  for (let f = 0; f < RAW_FIELDS; f++) {
    if ((mask & (1 << f)) === 0) continue;
    const buf = raw.bufs[f];
    if (buf === null) {
      c.lens[slot * RAW_FIELDS + f] = -1;
      c.keyStrs[slot * RAW_FIELDS + f] = raw.strs[f];
      continue;
    }
    const start = raw.starts[f];
    const len = raw.ends[f] - start;
    c.lens[slot * RAW_FIELDS + f] = len;
    c.keyStrs[slot * RAW_FIELDS + f] = "";
    key.set(buf.subarray(start, start + len), k);
    k += len;
  }
  c.epochs[slot] = c.epoch;
  c.hashes[slot] = c.hash;
  c.codes[slot] = code;
  return slot;
}
