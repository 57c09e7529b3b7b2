// A series table interns label-value tuples into dense ids. Every metric that shares the table keeps
// its numbers in typed arrays indexed by that id, so the hot path resolves a tuple once per entry and
// then only does array arithmetic. Ids of deleted series go on a free list and are reused, so the
// arrays stay as large as the most series ever live at once.
import { clock } from "./clock.ts";
import { escapeLabelValue } from "./escape.ts";

/** The label value every label of a table's overflow series carries. */
export const OVERFLOW = "__overflow__";

/** values[id] of a deleted id; compare by identity. */
export const DELETED: string[] = Object.freeze([]) as unknown as string[];
const NO_BYTES = new Uint8Array(0);

export interface SeriesTable {
  readonly labelNames: readonly string[];
  /** Most live tuples; internSeries returns -1 past it (internOrOverflow redirects instead). */
  limit: number;
  /** Seconds a series may stay idle before expiry removes it; 0 = never (see store/expiry.ts). */
  ttl: number;
  /**
   * One level per label: cheaper than building a joined key string per entry. Levels with few
   * values (most below the first labels: a route's methods, a method's codes) are flat
   * `[value, child, value, child, …]` arrays, a fraction of a Map's memory; see Level.
   */
  readonly root: Map<string, unknown>;
  /** Label values of each id; DELETED for a free id. */
  readonly values: string[][];
  /** Each id's `name="value",...` text, escaped once here so exposition only copies bytes. */
  readonly fragments: Uint8Array[];
  /** Ids handed out so far, live or free: iterate `0 <= id < size` and skip `!isLive`. */
  size: number;
  /** Live series. */
  live: number;
  /** Free ids, reused before new ones. */
  readonly free: number[];
  /** Per id: clock.now at the last update (0 for a free id). */
  seen: Float64Array;
  /** Per id: 1 if updated since the last scrape snapshot took its values. */
  dirty: Uint8Array;
  /** Per id: unix seconds the series was created (OpenMetrics `_created`). */
  created: Float64Array;
  /** Id of the all-OVERFLOW tuple, -1 while there is none. */
  overflowId: number;
}

const CHUNK = 1024;

/** A level of the index: a Map, or while it has at most SMALL values a flat key/child array. */
type Level = Map<string, unknown> | unknown[];
const SMALL = 8;

function levelGet(level: Level, key: string): unknown {
  if (level instanceof Map) return level.get(key);
  for (let i = 0; i < level.length; i += 2) if (level[i] === key) return level[i + 1];
  return undefined;
}

function levelSize(level: Level): number {
  return level instanceof Map ? level.size : level.length >> 1;
}

/**
 * Adds `key → value` to `level` (under `parentKey` in `parent`); returns the level, which is a new
 * Map put in the parent's place when a flat level outgrows SMALL.
 */
function levelAdd(parent: Level, parentKey: string, level: Level, key: string, value: unknown): Level {
  if (level instanceof Map) {
    level.set(key, value);
    return level;
  }
  if (level.length < 2 * SMALL) {
    level.push(key, value);
    return level;
  }
  const m = new Map<string, unknown>();
  for (let i = 0; i < level.length; i += 2) m.set(level[i] as string, level[i + 1]);
  m.set(key, value);
  levelReplace(parent, parentKey, m);
  return m;
}

function levelReplace(level: Level, key: string, value: unknown): void {
  if (level instanceof Map) {
    level.set(key, value);
    return;
  }
  for (let i = 0; i < level.length; i += 2) if (level[i] === key) level[i + 1] = value;
}

function levelDelete(level: Level, key: string): void {
  if (level instanceof Map) {
    level.delete(key);
    return;
  }
  for (let i = 0; i < level.length; i += 2) {
    if (level[i] === key) {
      level.splice(i, 2);
      return;
    }
  }
}

const encoder = new TextEncoder();

export function newSeriesTable(labelNames: readonly string[], limit = 1_000_000, ttl = 0): SeriesTable {
  return {
    labelNames,
    limit,
    ttl,
    root: new Map(),
    values: [],
    fragments: [],
    size: 0,
    live: 0,
    free: [],
    seen: new Float64Array(CHUNK),
    dirty: new Uint8Array(CHUNK),
    created: new Float64Array(CHUNK),
    overflowId: -1,
  };
}

export function isLive(t: SeriesTable, id: number): boolean {
  return id < t.size && t.values[id] !== DELETED;
}

function touch(t: SeriesTable, id: number): void {
  t.seen[id] = clock.now;
  t.dirty[id] = 1;
}

/** Marks series `id` updated now, as internSeries does for a tuple it finds. */
export function touchSeries(t: SeriesTable, id: number): void {
  touch(t, id);
}

/** Returns the id of the tuple, creating it if new; -1 if the table is full. `values` is not retained. */
export function internSeries(t: SeriesTable, values: readonly string[]): number {
  const n = t.labelNames.length;
  if (n === 0) return internEmpty(t);
  let level: Level = t.root;
  for (let i = 0; i < n - 1; i++) {
    const next = levelGet(level, values[i]) as Level | undefined;
    if (next === undefined) return t.live >= t.limit ? -1 : insert(t, values);
    level = next;
  }
  const found = levelGet(level, values[n - 1]) as number | undefined;
  if (found !== undefined) {
    touch(t, found);
    return found;
  }
  return t.live >= t.limit ? -1 : insert(t, values);
}

/**
 * Like internSeries, but never fails: once the table is full, a new tuple is counted in the table's
 * one overflow series (every label `__overflow__`, allowed beyond the limit). Returns the id, or
 * `~id` (a negative number) when the entry was redirected to the overflow series.
 */
export function internOrOverflow(t: SeriesTable, values: readonly string[]): number {
  const id = internSeries(t, values);
  if (id >= 0) return id;
  if (t.overflowId < 0) t.overflowId = insert(t, t.labelNames.map(() => OVERFLOW));
  else touch(t, t.overflowId);
  return ~t.overflowId;
}

/** A table without labels has at most one series, id 0 (also when filled in by hand). */
function internEmpty(t: SeriesTable): number {
  if (t.size > 0 && t.values[0] !== DELETED) {
    touch(t, 0);
    return 0;
  }
  return t.live < t.limit ? insert(t, []) : -1;
}

/** Adds a tuple known to be absent (also past the limit: callers check it). */
function insert(t: SeriesTable, values: readonly string[]): number {
  const n = t.labelNames.length;
  const id = t.free.length > 0 ? t.free.pop()! : t.size++;
  if (id >= t.seen.length) growTable(t, id + 1);
  const copy = values.slice(0, n);
  t.values[id] = copy;
  t.fragments[id] = encoder.encode(labelFragment(t.labelNames, copy));
  t.created[id] = Date.now() / 1000;
  touch(t, id);
  t.live++;
  if (n === 0) return id;
  let parent: Level = t.root;
  let level: Level = t.root;
  for (let i = 0; i < n - 1; i++) {
    let next = levelGet(level, copy[i]) as Level | undefined;
    if (next === undefined) {
      next = [];
      level = levelAdd(parent, i > 0 ? copy[i - 1] : "", level, copy[i], next);
    }
    parent = level;
    level = next;
  }
  levelAdd(parent, n > 1 ? copy[n - 2] : "", level, copy[n - 1], id);
  return id;
}

function growTable(t: SeriesTable, need: number): void {
  const cap = Math.max(need + CHUNK, t.seen.length * 2);
  const seen = new Float64Array(cap);
  seen.set(t.seen);
  const dirty = new Uint8Array(cap);
  dirty.set(t.dirty);
  const created = new Float64Array(cap);
  created.set(t.created);
  t.seen = seen;
  t.dirty = dirty;
  t.created = created;
}

/**
 * Forgets a series: its tuple leaves the index and its id goes on the free list. The caller zeroes
 * the id's slots in every family of the table first (store/expiry.ts clearSeriesSlots).
 */
export function deleteSeries(t: SeriesTable, id: number): void {
  if (!isLive(t, id)) return;
  const values = t.values[id];
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
  t.values[id] = DELETED;
  t.fragments[id] = NO_BYTES;
  t.seen[id] = 0;
  t.dirty[id] = 0;
  t.created[id] = 0;
  t.free.push(id);
  t.live--;
  if (id === t.overflowId) t.overflowId = -1;
}

/** `a="x",b="y"`; labels with an empty value are left out, which Prometheus reads the same way. */
export function labelFragment(names: readonly string[], values: readonly string[]): string {
  let s = "";
  for (let i = 0; i < names.length; i++) {
    const v = values[i];
    if (v === "") continue;
    if (s !== "") s += ",";
    s += names[i] + '="' + escapeLabelValue(v) + '"';
  }
  return s;
}
