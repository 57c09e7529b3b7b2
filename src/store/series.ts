// A series table interns label-value tuples into dense ids. Every metric that shares the table keeps
// its numbers in typed arrays indexed by that id, so the hot path resolves a tuple once per entry and
// then only does array arithmetic. Ids of deleted series go on a free list and are reused, so the
// arrays stay as large as the most series ever live at once.
import { clock } from "./clock.ts";
import { escapeLabelValue } from "./escape.ts";
import { CHUNK, grown, grownCapacity } from "./vector.ts";

/** The label value every label of a table's overflow series carries. */
export const OVERFLOW = "__overflow__";

export interface SeriesTable {
  readonly labelNames: readonly string[];
  /** Most live tuples; internSeries returns -1 past it (internOrOverflow redirects instead). */
  limit: number;
  /** Seconds a series may stay idle before expiry removes it; 0 = never (see store/expiry.ts). */
  ttl: number;
  /** One level per label (no joined key string per entry); small levels are flat arrays, see Level. */
  readonly root: Map<string, unknown>;
  /**
   * Every id's escaped `name="value",...` text in one buffer (an object per series cost more than its
   * bytes), at fragStart[id], fragLen[id] long; label values are read back from it (seriesValues).
   * Bytes are only appended; compaction or growth moves them to a new buffer, so a snapshot may keep its own.
   */
  frag: Uint8Array;
  fragStart: Uint32Array;
  fragLen: Uint32Array;
  /** Bytes of frag in use, and how many of them belong to deleted ids. */
  fragUsed: number;
  fragWaste: number;
  /** Values of live ids whose text does not read back as the same strings (lone surrogates). */
  readonly odd: Map<number, string[]>;
  /** Per id: 1 while live, 0 for a free id. */
  alive: Uint8Array;
  /** Ids handed out so far, live or free: iterate `0 <= id < size` and skip `!isLive`. */
  size: number;
  live: number;
  readonly free: number[];
  /** Per id: clock.now at the last update (0 if free), negated until a snapshot takes it: one array, not two. */
  seen: Float64Array;
  /** Per id: unix seconds the series was created (OpenMetrics `_created`). */
  created: Float64Array;
  /** Id of the all-OVERFLOW tuple, -1 while there is none. */
  overflowId: number;
}

/** A level of the index: a Map, or while it has at most SMALL values a flat key/child array. */
type Level = Map<string, unknown> | unknown[];
const SMALL = 8;

function levelGet(level: Level, key: string): unknown {
  if (level instanceof Map) return level.get(key);
  for (let i = 0; i < level.length; i += 2) if (level[i] === key) return level[i + 1];
  return undefined;
}

function levelSize(level: Level): number {
  return level instanceof Map ? level.size : level.length;
}

/** Adds `key → value`; a flat level past SMALL becomes a Map in its parent's place (under `parentKey`). */
function levelAdd(parent: Level, parentKey: string, level: Level, key: string, value: unknown): void {
  if (level instanceof Map) {
    level.set(key, value);
  } else if (level.length < 2 * SMALL) {
    level.push(key, value);
  } else {
    const m = new Map<string, unknown>();
    for (let i = 0; i < level.length; i += 2) m.set(level[i] as string, level[i + 1]);
    m.set(key, value);
    // Children are never strings, so indexOf finds the key.
    if (parent instanceof Map) parent.set(parentKey, m);
    else parent[parent.indexOf(parentKey) + 1] = m;
  }
}

function levelDelete(level: Level, key: string): void {
  if (level instanceof Map) {
    level.delete(key);
    return;
  }
  const i = level.indexOf(key);
  if (i >= 0) level.splice(i, 2);
}

const encoder = new TextEncoder();
/** ignoreBOM: a value that starts with U+FEFF must read back with it. */
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const FRAG_MIN = 4096;
/** Deleted bytes tolerated before compaction: at least this many, and half of the buffer's use. */
const WASTE_MIN = 64 * 1024;

/** `capacity`: ids with room before the first growth (0: the per-id arrays start empty). */
export function newSeriesTable(labelNames: readonly string[], limit = 1_000_000, ttl = 0, capacity = CHUNK): SeriesTable {
  return {
    labelNames,
    limit,
    ttl,
    root: new Map(),
    frag: new Uint8Array(capacity > 0 ? FRAG_MIN : 0),
    fragStart: new Uint32Array(capacity),
    fragLen: new Uint32Array(capacity),
    fragUsed: 0,
    fragWaste: 0,
    odd: new Map(),
    alive: new Uint8Array(capacity),
    size: 0,
    live: 0,
    free: [],
    seen: new Float64Array(capacity),
    created: new Float64Array(capacity),
    overflowId: -1,
  };
}

export function isLive(t: SeriesTable, id: number): boolean {
  return id < t.size && t.alive[id] !== 0;
}

export function touchSeries(t: SeriesTable, id: number): void {
  t.seen[id] = -clock.now;
}

export function lastSeen(t: SeriesTable, id: number): number {
  return Math.abs(t.seen[id]);
}

/** Whether series id was updated since the last scrape snapshot took its values (-0 counts). */
export function isDirty(t: SeriesTable, id: number): boolean {
  const s = t.seen[id];
  return s < 0 || Object.is(s, -0);
}

/** Returns the id of the tuple (marked updated), creating it if new; -1 if the table is full. `values` is not retained. */
export function internSeries(t: SeriesTable, values: readonly string[]): number {
  return intern(t, values, false);
}

/**
 * Like internSeries, but a new tuple past the limit goes to the table's one overflow series (every
 * label OVERFLOW); returns `~id` (negative) when the entry was redirected there.
 */
export function internOrOverflow(t: SeriesTable, values: readonly string[]): number {
  const id = intern(t, values, false);
  if (id >= 0) return id;
  if (t.overflowId < 0) t.overflowId = intern(t, t.labelNames.map(() => OVERFLOW), true);
  else touchSeries(t, t.overflowId);
  return ~t.overflowId;
}

/** internSeries; `force` adds a new tuple past the limit too. A table without labels has one series, id 0. */
function intern(t: SeriesTable, values: readonly string[], force: boolean): number {
  const n = t.labelNames.length;
  let parent: Level = t.root;
  let level: Level = t.root;
  let i = 0;
  for (; i < n - 1; i++) {
    const next = levelGet(level, values[i]) as Level | undefined;
    if (next === undefined) break;
    parent = level;
    level = next;
  }
  const found = n > 0 ? (levelGet(level, values[i]) as number | undefined) : t.live > 0 ? 0 : undefined;
  if (found !== undefined) {
    touchSeries(t, found);
    return found;
  }
  if (t.live >= t.limit && !force) return -1;
  const id = t.free.length > 0 ? t.free.pop()! : t.size++;
  if (id >= t.seen.length) growTable(t, id + 1);
  if (!putFragment(t, id, values)) t.odd.set(id, values.slice(0, n));
  t.alive[id] = 1;
  t.created[id] = Date.now() / 1000;
  touchSeries(t, id);
  t.live++;
  if (n > 0) {
    // New one-value levels as two-element literals: less memory than an empty array grown by push.
    let child: unknown = id;
    for (let j = n - 1; j > i; j--) child = [values[j], child];
    levelAdd(parent, i > 0 ? values[i - 1] : "", level, values[i], child);
  }
  return id;
}

const QUOTE = 34, BACKSLASH = 92, COMMA = 44, EQUALS = 61, LOWER_N = 110, NEWLINE = 10;

/**
 * Appends id's `a="x",b="y"` text in UTF-8, empty values left out (Prometheus reads them the same), with no
 * string built. Returns false when a value has an unpaired surrogate, whose text would not read back the same.
 */
function putFragment(t: SeriesTable, id: number, values: readonly string[]): boolean {
  const names = t.labelNames;
  // Escaping makes one byte two, UTF-8 makes one UTF-16 unit at most three: 3 per unit will do.
  let room = 0;
  for (let i = 0; i < names.length; i++) if (values[i] !== "") room += names[i].length * 3 + 4 + values[i].length * 3;
  if (t.fragUsed + room > t.frag.length) growFrag(t, t.fragUsed + room);
  const buf = t.frag;
  const at = t.fragUsed;
  let p = at;
  let same = true;
  for (let i = 0; i < names.length; i++) {
    const v = values[i];
    if (v === "") continue;
    if (p > at) buf[p++] = COMMA;
    p = putText(buf, p, names[i], false);
    buf[p++] = EQUALS;
    buf[p++] = QUOTE;
    p = putText(buf, p, v, true);
    buf[p++] = QUOTE;
    if (same && !(v as unknown as { isWellFormed(): boolean }).isWellFormed()) same = false;
  }
  t.fragStart[id] = at;
  t.fragLen[id] = p - at;
  t.fragUsed = p;
  return same;
}

/** Writes `s` at `p` (escaped as a label value if `escape`) in UTF-8; returns the end. */
function putText(buf: Uint8Array, p: number, s: string, escape: boolean): number {
  for (let j = 0; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c >= 0x80) {
      const rest = s.slice(j);
      return p + encoder.encodeInto(escape ? escapeLabelValue(rest) : rest, buf.subarray(p)).written;
    }
    if (escape && (c === BACKSLASH || c === QUOTE || c === NEWLINE)) {
      buf[p++] = BACKSLASH;
      buf[p++] = c === NEWLINE ? LOWER_N : c;
    } else {
      buf[p++] = c;
    }
  }
  return p;
}

function growFrag(t: SeriesTable, need: number): void {
  const next = new Uint8Array(Math.max(need, t.frag.length + (t.frag.length >> 1)));
  next.set(t.frag.subarray(0, t.fragUsed));
  t.frag = next;
}

function compactFrag(t: SeriesTable): void {
  const keep = t.fragUsed - t.fragWaste;
  const next = new Uint8Array(Math.max(FRAG_MIN, keep + (keep >> 2)));
  const { frag, fragStart, fragLen, alive } = t;
  let used = 0;
  for (let id = 0; id < t.size; id++) {
    if (alive[id] === 0) continue;
    const from = fragStart[id];
    next.set(frag.subarray(from, from + fragLen[id]), used);
    fragStart[id] = used;
    used += fragLen[id];
  }
  t.frag = next;
  t.fragUsed = used;
  t.fragWaste = 0;
}

/** Grows the per-id arrays by half (untouched room costs no resident memory, only address space). */
function growTable(t: SeriesTable, need: number): void {
  const cap = grownCapacity(t.seen.length, need);
  t.seen = grown(t.seen, new Float64Array(cap));
  t.created = grown(t.created, new Float64Array(cap));
  t.alive = grown(t.alive, new Uint8Array(cap));
  t.fragStart = grown(t.fragStart, new Uint32Array(cap));
  t.fragLen = grown(t.fragLen, new Uint32Array(cap));
}

/** The label values of a live id, in labelNames order; [] for a free id. A fresh array. */
export function seriesValues(t: SeriesTable, id: number): string[] {
  if (!isLive(t, id)) return [];
  const odd = t.odd.get(id);
  return odd !== undefined ? odd.slice() : readFragment(t, id);
}

/**
 * Reads `a="x",b="y"` back into values (an absent label was empty). Decoded once as a whole (values that
 * would not read back are in `odd`); escapes are ASCII, so unescaping after decoding is the same as before.
 */
function readFragment(t: SeriesTable, id: number): string[] {
  const names = t.labelNames;
  const out = new Array<string>(names.length).fill("");
  const start = t.fragStart[id];
  const text = decoder.decode(t.frag.subarray(start, start + t.fragLen[id]));
  let p = 0;
  for (let i = 0; i < names.length && p < text.length; i++) {
    const name = names[i];
    if (!text.startsWith(name, p) || text.charCodeAt(p + name.length) !== EQUALS) continue;
    p += name.length + 2;
    let v = "";
    let from = p;
    while (p < text.length && text.charCodeAt(p) !== QUOTE) {
      if (text.charCodeAt(p) === BACKSLASH) {
        v += text.slice(from, p) + (text.charCodeAt(p + 1) === LOWER_N ? "\n" : text[p + 1]);
        p += 2;
        from = p;
      } else {
        p++;
      }
    }
    out[i] = v + text.slice(from, p);
    p++;
    if (text.charCodeAt(p) === COMMA) p++;
  }
  return out;
}

/** Where each id's label text is: a table, or a scrape's copy of it (snapFragments). */
export interface Fragments {
  readonly frag: Uint8Array;
  readonly fragStart: Uint32Array;
  readonly fragLen: Uint32Array;
}

/** The label text of id, a view into the buffer (no copy). */
export function fragmentOf(f: Fragments, id: number): Uint8Array {
  const s = f.fragStart[id];
  return f.frag.subarray(s, s + f.fragLen[id]);
}

/** The label text of ids below `size` for a scrape: buffer shared (see SeriesTable.frag), offsets copied. */
export function snapFragments(t: SeriesTable, size: number): Fragments {
  return { frag: t.frag, fragStart: t.fragStart.slice(0, size), fragLen: t.fragLen.slice(0, size) };
}

/** Adds to `into` every value label `k` has among the live series, read from the index. */
export function collectLabelValues(t: SeriesTable, k: number, into: Set<string>): void {
  if (k < 0 || k >= t.labelNames.length) return;
  const walk = (level: Level, depth: number): void => {
    if (level instanceof Map) {
      for (const [key, child] of level) {
        if (depth === k) into.add(key);
        else walk(child as Level, depth + 1);
      }
      return;
    }
    for (let i = 0; i < level.length; i += 2) {
      if (depth === k) into.add(level[i] as string);
      else walk(level[i + 1] as Level, depth + 1);
    }
  };
  walk(t.root, 0);
}

/** Frees a series' id and index entry; the caller zeroes its slots first (expiry.ts clearSeriesSlots). */
export function deleteSeries(t: SeriesTable, id: number): void {
  if (!isLive(t, id)) return;
  const values = seriesValues(t, id);
  const n = t.labelNames.length;
  if (n > 0) {
    const path: Level[] = [t.root];
    for (let i = 0; i < n - 1; i++) {
      const next = levelGet(path[i], values[i]) as Level | undefined;
      if (next === undefined) break;
      path.push(next);
    }
    if (path.length === n) levelDelete(path[n - 1], values[n - 1]);
    // Drop levels left empty, so a flood of one-off values does not leave a trail behind.
    for (let i = path.length - 1; i > 0 && levelSize(path[i]) === 0; i--) levelDelete(path[i - 1], values[i - 1]);
  }
  t.odd.delete(id);
  t.alive[id] = 0;
  t.fragWaste += t.fragLen[id];
  t.fragStart[id] = 0;
  t.fragLen[id] = 0;
  t.seen[id] = 0;
  t.created[id] = 0;
  t.free.push(id);
  t.live--;
  if (id === t.overflowId) t.overflowId = -1;
  if (t.fragWaste > WASTE_MIN && 2 * t.fragWaste > t.fragUsed) compactFrag(t);
}
