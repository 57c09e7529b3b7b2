// The tuple cache: a record's raw label tuple (core/raw-tuple.ts) and status code → what resolving
// them decided, so a tuple seen before skips resolving and only counts.
//
// Two fixed-size set-associative tables: a value table gives each field's bytes a value id, then
// the ids and the code find the tuple's slot. A value id is never reused, so a slot keyed by ids
// only matches the very bytes it was stored for.
//
// A decision holds within one budget generation and until a series is deleted (a tuple keeps its
// series id or overflow redirect till then): a reload, a generation change or a series deletion
// forgets all tuples (resetTuples moves the epoch).
import { type Model, OV_EXTRA, OV_GATEWAY, OV_HOST, OV_UPSTREAM } from "./gateway-model.ts";
import { type RouteEntry, routeHit } from "./label-map.ts";
import { RAW_EXTRA, RAW_FIELDS, RAW_PATH, RAW_ROUTE_NAME, RAW_UPSTREAM, type RawLabels } from "./raw-tuple.ts";

/** Value table slots (a power of two). */
const VALUE_SLOTS = 8192;
/** Longer field values are not cached (rare as label values, and they would pin memory). */
const MAX_VALUE_BYTES = 256;
/** Bytes of one value hashed at most; longer ones are sampled evenly (the comparison checks all). */
const HASH_SAMPLES = 32;
/**
 * Slots per set; a new key takes a free way, else the set's next in turn. Eight, not four: with some
 * 6400 tuples in 16384 slots, sets of four that drew five or more tuples evicted one another for ever
 * (about 1.3% of lookups missed, each costing a full resolve); a set's hashes still share a cache line.
 */
const WAYS = 8;

/**
 * A tuple slot's ints, `stride` of them (a slot's ints share a cache line or two):
 *   I_EPOCH    the epoch it was stored in (0: never used)
 *   I_CODE     the status code
 *   I_OV       the label columns' overflow bits (gateway-model.ts OV_*)
 *   I_HINT     the sketch slot the tuple's route sample last took (the route entry's own guess
 *              fails when its samples alternate, as a route name's paths do)
 *   I_KEY + j  the value id of key field j (room for `keyFields`)
 *   then       HTTP view i's series (internOrOverflow's answer) at idsAt(c, slot) + i
 */
const I_EPOCH = 0, I_CODE = 1, I_OV = 2, I_HINT = 3, I_KEY = 4;

export interface TupleCache {
  /** A multiple of WAYS. */
  readonly slots: number;
  /** The model's HTTP views and label columns (Model.labelColumns), as sized for. */
  readonly views: number;
  readonly width: number;
  /** RAW_EXTRA + the model's extra labels. */
  readonly keyFields: number;
  /** The fields in the key; the others cannot change the outcome. */
  fields: Int32Array;
  epoch: number;
  readonly stride: number;
  readonly hashes: Int32Array;
  readonly ints: Int32Array;
  /** Per slot: the route entry counted (null without a route label), and its sketch key. */
  readonly routes: (RouteEntry | null)[];
  readonly samples: string[];
  /** Per slot, `width` label columns, apart from the ints: only records with response flags read them. */
  readonly columns: string[];
  /** Per set: the way the next new tuple takes. */
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
  /** Per field: the stable array its last value came from, and 1 when that value repeated the one before. */
  readonly lastStable: (Uint8Array | null)[];
  readonly repeated: Uint8Array;
  /** Scratch of the last lookup: the key's value ids (-1 in ids[0]: not cacheable) and hash. */
  readonly ids: Int32Array;
  hash: number;
  hits: number;
  misses: number;
}

/** What resolving one record found, as recordAccess leaves it (ids: per HTTP view, internOrOverflow's answer). */
export interface Resolved {
  readonly full: string[];
  ids: Int32Array;
  ov: number;
  route: RouteEntry | null;
}

const NO_KEY = new Uint8Array(0);

/** About `slots` tuples for `model`, keyed by the fields it needs; null when `slots` is 0. */
export function newTupleCache(slots: number, model: Model): TupleCache | null {
  if (slots <= 0) return null;
  const n = Math.max(WAYS, 1 << Math.ceil(Math.log2(slots)));
  const keyFields = RAW_EXTRA + model.extras;
  const stride = I_KEY + keyFields + model.http.length;
  const c: TupleCache = {
    slots: n,
    views: model.http.length,
    width: model.labelColumns,
    keyFields,
    fields: new Int32Array(0),
    epoch: 1,
    stride,
    hashes: new Int32Array(n),
    ints: new Int32Array(n * stride),
    routes: new Array<RouteEntry | null>(n).fill(null),
    samples: new Array<string>(n).fill(""),
    columns: new Array<string>(n * model.labelColumns).fill(""),
    next: new Uint8Array(n / WAYS),
    valueHashes: new Int32Array(VALUE_SLOTS),
    valueKeys: new Array<Uint8Array>(VALUE_SLOTS).fill(NO_KEY),
    valueIds: new Int32Array(VALUE_SLOTS),
    valueNext: new Uint8Array(VALUE_SLOTS / WAYS),
    nextValueId: 1,
    matched: NO_KEY,
    lastKeys: new Array<Uint8Array>(RAW_FIELDS).fill(NO_KEY),
    lastIds: new Int32Array(RAW_FIELDS),
    lastStable: new Array<Uint8Array | null>(RAW_FIELDS).fill(null),
    repeated: new Uint8Array(RAW_FIELDS).fill(1),
    ids: new Int32Array(RAW_FIELDS),
    hash: 0,
    hits: 0,
    misses: 0,
  };
  return resetTuples(c, model);
}

/** Forgets every tuple; returns `c`, or a new cache when the model's views or label columns changed in number. */
export function resetTuples(c: TupleCache | null, model: Model): TupleCache | null {
  if (c === null) return null;
  if (c.views !== model.http.length || c.width !== model.labelColumns) return newTupleCache(c.slots, model);
  const fields: number[] = [];
  for (let f = 0; f < c.keyFields; f++) {
    if ((f === RAW_PATH || f === RAW_ROUTE_NAME) && !model.needRoute) continue;
    if (f === RAW_ROUTE_NAME && !model.labels.settings.route.fromRouteName) continue;
    if (f === RAW_UPSTREAM && !model.needUpstream) continue;
    fields.push(f);
  }
  c.fields = Int32Array.from(fields);
  forget(c);
  return c;
}

function forget(c: TupleCache): void {
  if (++c.epoch === 0x7fffffff) {
    for (let slot = 0; slot < c.slots; slot++) c.ints[slot * c.stride + I_EPOCH] = 0;
    c.epoch = 1;
  }
  c.routes.fill(null);
  c.columns.fill("");
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
    if (key.length === len && sameBytes(key, buf, start, len)) {
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
    forget(c);
    return -1;
  }
  // A value evicted here keeps its id where lastIds has it: still its own, as ids are never reused.
  let slot = first;
  while (slot < first + WAYS && c.valueKeys[slot] !== NO_KEY) slot++;
  if (slot === first + WAYS) slot = nextWay(c.valueNext, first);
  hashes[slot] = h;
  // A copy: Buffer#slice is a view, and a view would pin the whole message (up to maxMessageBytes)
  // for as long as the value stays, and change with it if its owner reused the buffer.
  c.matched = c.valueKeys[slot] = new Uint8Array(buf.subarray(start, end));
  c.valueIds[slot] = c.nextValueId++;
  return c.valueIds[slot];
}

/** The way a full set gives up next, in turn. */
function nextWay(next: Uint8Array, first: number): number {
  const set = first / WAYS;
  const way = next[set];
  next[set] = (way + 1) % WAYS;
  return first + way;
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

/** The slot holding the decision for `raw` and `code` in the current epoch, or -1. */
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
    while (j < fields.length && ints[o + I_KEY + j] === ids[j]) j++;
    if (j === fields.length) {
      c.hits++;
      return slot;
    }
  }
  c.misses++;
  return -1;
}

/** After findTuple missed for the same tuple and `res` resolved it: keeps the decision, if cacheable. */
export function keepTuple(c: TupleCache, code: number, res: Resolved, sample: string): void {
  if (c.ids[0] < 0) return;
  const ints = c.ints;
  const stride = c.stride;
  const first = c.hash & (c.slots - WAYS);
  let slot = first;
  while (slot < first + WAYS && ints[slot * stride + I_EPOCH] === c.epoch) slot++;
  if (slot === first + WAYS) slot = nextWay(c.next, first);
  const o = slot * stride;
  ints[o + I_EPOCH] = c.epoch;
  ints[o + I_CODE] = code;
  for (let j = 0; j < c.fields.length; j++) ints[o + I_KEY + j] = c.ids[j];
  c.hashes[slot] = c.hash;
  const re = res.route;
  ints[o + I_OV] = res.ov;
  ints[o + I_HINT] = re !== null ? re.slot : -1;
  ints.set(res.ids, idsAt(c, slot));
  c.routes[slot] = re;
  c.samples[slot] = re !== null ? sample : "";
  const w = c.width;
  for (let k = 0; k < w; k++) c.columns[slot * w + k] = res.full[k];
}

/**
 * Replays the bookkeeping resolving the tuple of `slot` would have done (budget overflows, the
 * route's sketch) and, when the record has response flags, puts its label columns into `full`.
 * Returns the overflow bits; the series ids are ints[idsAt(c, slot) + i].
 */
export function replayTuple(c: TupleCache, slot: number, model: Model, full: string[], flags: number): number {
  const lm = model.labels;
  const ints = c.ints;
  const o = slot * c.stride;
  const ov = ints[o + I_OV];
  if ((ov & OV_GATEWAY) !== 0) lm.gateways.overflows++;
  if ((ov & OV_HOST) !== 0) lm.hosts.overflows++;
  if ((ov & OV_UPSTREAM) !== 0) lm.upstreams.overflows++;
  if (ov >= OV_EXTRA) for (let k = 0; k < model.extras; k++) if ((ov & (OV_EXTRA << k)) !== 0) lm.extras[k].overflows++;
  const re = c.routes[slot];
  if (re !== null) {
    const hint = ints[o + I_HINT];
    const took = routeHit(lm, re, c.samples[slot], hint);
    if (took !== hint) ints[o + I_HINT] = took;
  }
  if (flags !== 0 && model.flag.length > 0) {
    const w = c.width;
    for (let k = 0; k < w; k++) full[k] = c.columns[slot * w + k];
  }
  return ov;
}

/** Where the series ids of `slot` start in the cache's ints. */
export function idsAt(c: TupleCache, slot: number): number {
  return slot * c.stride + I_KEY + c.keyFields;
}
