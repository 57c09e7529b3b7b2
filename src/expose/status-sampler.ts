// What the status page samples while it is open: request counters and latency buckets per (host,
// route, method), response flags per flag, and sender outcomes, each into its ring (status-ring.ts).
//
// A series' group is worked out from its label values once and cached by id, per series table and
// grouping. A table only appends label text, and moves it all to a new buffer when it compacts or
// grows, so an id whose text starts at the same place in the same buffer is the same series.
import type { Family, HistogramFamily, ScalarFamily } from "../store/registry.ts";
import { isLive, type SeriesTable, seriesValues } from "../store/series.ts";
import { grown } from "../store/vector.ts";
import { beginSample, endSample, feed, newRates, newRing, type Rates, slotOf } from "./status-ring.ts";

interface SeriesCache {
  frag: Uint8Array | null;
  /** Per id: where its label text started when its group was worked out. */
  start: Uint32Array;
  /** Per id: its group's slot (-1: not worked out). */
  slot: Int32Array;
  /** Per id: the grouping's flag (a 5xx code). */
  flag: Uint8Array;
}

/** Sizes the cache for `t`'s ids; forgets everything when the table's label text moved. */
function fitCache(c: SeriesCache, t: SeriesTable): void {
  const moved = c.frag !== t.frag;
  if (!moved && c.slot.length >= t.size) return;
  const n = Math.max(t.size + (t.size >> 1), 64);
  const keep = moved ? 0 : c.slot.length;
  c.frag = t.frag;
  c.start = grown(c.start.subarray(0, keep), new Uint32Array(n));
  c.slot = grown(c.slot.subarray(0, keep), new Int32Array(n).fill(-1));
  c.flag = grown(c.flag.subarray(0, keep), new Uint8Array(n));
}

/**
 * Calls `fn` for each live series of `f` with its group's slot in `r` (keyed by its `labels` values;
 * a key of "" leaves it out) and whether its `flagLabel` value is 5xx. Every live series is visited
 * in every sample, so a slot endSample frees has no live series the cache maps to it.
 */
function eachGrouped(
  s: Sampler, f: Family, r: Rates, labels: readonly string[], flagLabel: string, fn: (id: number, slot: number, flag: boolean) => void,
): void {
  const t = f.table;
  const byTable = s.caches.get(r) ?? new Map<SeriesTable, SeriesCache>();
  s.caches.set(r, byTable);
  let c = byTable.get(t);
  if (c === undefined) byTable.set(t, (c = { frag: null, start: new Uint32Array(0), slot: new Int32Array(0), flag: new Uint8Array(0) }));
  fitCache(c, t);
  const cols = labels.map((l) => t.labelNames.indexOf(l));
  const flagCol = t.labelNames.indexOf(flagLabel);
  for (let id = 0; id < t.size; id++) {
    if (!isLive(t, id)) continue;
    let slot = c.slot[id];
    if (slot === -1 || c.start[id] !== t.fragStart[id]) {
      const values = seriesValues(t, id);
      const key = cols.map((k) => (k >= 0 ? values[k] : "")).join(SEP);
      c.start[id] = t.fragStart[id];
      c.flag[id] = flagCol >= 0 && values[flagCol].startsWith("5") ? 1 : 0;
      slot = c.slot[id] = key === "" ? -2 : slotOf(r, key);
    }
    if (slot >= 0) fn(id, slot, c.flag[id] !== 0);
  }
}

/** Seconds over which the latency buckets' weight falls to 1/e: p50 and p99 are "about the last minute". */
const LATENCY_DECAY_SECONDS = 60;

export interface Sources {
  /** gateway_requests_total or what it is called now. */
  requests: ScalarFamily | null;
  duration: HistogramFamily | null;
  flags: ScalarFamily | null;
  entries: ScalarFamily;
}

export type Sampler = ReturnType<typeof newSampler>;
type Latency = NonNullable<Sampler["latency"]>;

/** Joins the label values of a group key. */
export const SEP = "\u0000";
const ROUTE_LABELS = ["host", "route", "method"];

export function newSampler(sources: Sources) {
  const ring = newRing();
  const d = sources.duration;
  return {
    sources,
    ring,
    // Per (host, route, method), and for one key "": requests, 5xx responses.
    routes: newRates(ring, 2),
    totals: newRates(ring, 2),
    flags: newRates(ring, 1),
    // Per (source, outcome, reason) of gatewaymetric_entries_total.
    entries: newRates(ring, 1),
    // Latency buckets per route slot (`stride` each): now, at the last sample, and decayed growth.
    latency: d === null ? null : {
      family: d, stride: d.hist.stride, cur: new Float64Array(0), prev: new Float64Array(0), decayed: new Float64Array(0),
    },
    // Per Rates and series table (the request counter and the histograms usually share one).
    caches: new Map<Rates, Map<SeriesTable, SeriesCache>>(),
    // process.cpuUsage() total at the last sample (µs), and the CPU share since the one before.
    cpuMicros: -1,
    cpuShare: 0,
  };
}

export function sample(s: Sampler, now: number): void {
  const prevAt = s.ring.last;
  beginSample(s.ring, now);
  const { requests, flags, entries } = s.sources;
  const totals = s.totals;
  const all = slotOf(totals, "");
  feed(totals, all, 0, 0);
  if (requests !== null) {
    const data = requests.values.data;
    eachGrouped(s, requests, s.routes, ROUTE_LABELS, "code", (id, slot, err) => {
      const x = id < data.length ? data[id] : 0;
      feed(s.routes, slot, 0, x);
      feed(totals, all, 0, x);
      if (err) {
        feed(s.routes, slot, 1, x);
        feed(totals, all, 1, x);
      }
    });
  }
  if (s.latency !== null) sampleLatency(s, s.latency, now - prevAt);
  endSample(s.routes);
  endSample(totals);
  if (flags !== null) {
    const data = flags.values.data;
    eachGrouped(s, flags, s.flags, ["flag"], "", (id, slot) => {
      feed(s.flags, slot, 0, id < data.length ? data[id] : 0);
    });
  }
  endSample(s.flags);
  const ed = entries.values.data;
  eachGrouped(s, entries, s.entries, entries.table.labelNames, "", (id, slot) => {
    feed(s.entries, slot, 0, id < ed.length ? ed[id] : 0);
  });
  endSample(s.entries);
  const u = process.cpuUsage();
  const cpu = u.user + u.system;
  if (s.cpuMicros >= 0 && prevAt > 0) s.cpuShare = (cpu - s.cpuMicros) / 1e6 / Math.max(1e-3, now - prevAt);
  s.cpuMicros = cpu;
}

/** Sums each route's buckets and decays the growth since the last sample into its recent buckets. */
function sampleLatency(s: Sampler, lat: Latency, dt: number): void {
  const st = lat.stride;
  const routes = s.routes;
  const h = lat.family.hist;
  lat.cur.fill(0);
  eachGrouped(s, lat.family, routes, ROUTE_LABELS, "code", (id, slot) => {
    // A route only the histogram has keeps its slot too.
    feed(routes, slot, 0, 0);
    if (slot * st >= lat.cur.length) {
      const n = routes.fed.length * st;
      lat.cur = grown(lat.cur, new Float64Array(n));
      lat.prev = grown(lat.prev, new Float64Array(n));
      lat.decayed = grown(lat.decayed, new Float64Array(n));
    }
    if (id >= h.capacity) return;
    // Slots that wrapped past 2^32 lose the wraps here: a status estimate, not an exposition.
    const from = id * st, to = slot * st;
    for (let k = 0; k < st; k++) lat.cur[to + k] += h.buckets[from + k];
  });
  const first = s.ring.filled === 0;
  const keep = first ? 1 : Math.exp(-dt / LATENCY_DECAY_SECONDS);
  for (let slot = 0, o = 0; o < lat.cur.length; slot++, o += st) {
    // A slot nothing fed has no series left: endSample frees it.
    if (routes.fed[slot] !== s.ring.sample) continue;
    if (routes.born[slot] === s.ring.sample) {
      // A new route, or a slot reused by one: it had no buckets at the previous sample.
      lat.prev.fill(0, o, o + st);
      lat.decayed.fill(0, o, o + st);
    }
    for (let k = 0; k < st; k++) {
      const grew = first ? 0 : Math.max(0, lat.cur[o + k] - lat.prev[o + k]);
      lat.decayed[o + k] = lat.decayed[o + k] * keep + grew;
      lat.prev[o + k] = lat.cur[o + k];
    }
  }
}

