// Exposition: a snapshot of the registry rendered as Prometheus text 0.0.4 or OpenMetrics 1.0.0.
//
// Every scrape renders a snapshot: each histogram's buckets, _sum and _count, and every family, as
// they were at one instant. A served scrape (renderChunks) takes it in slices that yield to the
// event loop: at the instant it begins, it copies the series tables' small per-id arrays and arms a
// write barrier on every family (store/vector.ts, store/histogram.ts); then it copies the numbers a
// bounded number of series at a time, while any write to a series not yet copied first saves the
// series' old slots into the snapshot. It then writes bytes from the copy, also in slices. The
// synchronous takeSnapshot copies everything at once (small registries, tests).
import { escapeHelp, escapeLabelValue } from "../store/escape.ts";
import { markScraped } from "../store/expiry.ts";
import type { Exemplars } from "../store/exemplars.ts";
import { beginHistogramCopy, copyHistogram, endHistogramCopy, stepHistogramCopy } from "../store/histogram.ts";
import type { NativeCopy } from "../store/native-histogram.ts";
import type { Family, Registry } from "../store/registry.ts";
import { type Fragments, fragmentOf, type SeriesTable, snapFragments } from "../store/series.ts";
import { beginVectorCopy, endVectorCopy, stepVectorCopy } from "../store/vector.ts";
import {
  asciiBytes, type ByteWriter, ensure, newByteWriter, NUMBER_ROOM, putBytes, putNumber, writeAscii, writeByte, writeNumber, writeText, pending, take,
} from "./bytes.ts";
import { closeFamily, openFamily, PROTOBUF_CONTENT_TYPE, spillFamily, writeProtobufSeries } from "./protobuf.ts";

export type Format = "text" | "openmetrics" | "protobuf";

export const TEXT_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
export const OPENMETRICS_CONTENT_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";

export function contentType(format: Format): string {
  return format === "openmetrics" ? OPENMETRICS_CONTENT_TYPE : format === "protobuf" ? PROTOBUF_CONTENT_TYPE : TEXT_CONTENT_TYPE;
}

const NL = 10, SP = 32, LBRACE = 123, RBRACE = 125, COMMA = 44;

interface TableSnap {
  readonly size: number;
  readonly live: Uint8Array;
  readonly fragments: Fragments;
  readonly created: Float64Array;
}

/**
 * Exemplars are not copied (at 100k histogram series that would be over a million string
 * references): the render reads the live arrays and shows only exemplars stamped no later than the
 * snapshot. Stamps are ticks of the coarse clock (store/clock.ts), up to a tick behind real time, so
 * an exemplar set after the snapshot within the same tick still shows: a real trace of that series
 * and bucket, whose observation the copied counts may lack. Expiry runs right after a tick and
 * clears a series' exemplars before its id is reused, so a later series' exemplar at that id is
 * stamped after the snapshot and left out.
 */
export interface ExemplarSnap {
  readonly live: Exemplars;
  /** Unix seconds of the snapshot. */
  readonly until: number;
}

export interface FamilySnap {
  readonly f: Family;
  readonly t: TableSnap;
  /** Counter and gauge values; ids past its length are 0. */
  readonly values: Float64Array | null;
  readonly buckets: Float64Array | null;
  readonly sums: Float64Array | null;
  readonly counts: Float64Array | null;
  /** Native histogram buckets (protobuf output only), null without them. */
  readonly native: NativeCopy | null;
  readonly ex: ExemplarSnap | null;
}

export interface Snapshot {
  readonly families: FamilySnap[];
}

/**
 * A table's part of a snapshot. Without `copy` it reads the table's own arrays: only for a render
 * that ends before the event loop turns, so that nothing can change them meanwhile.
 */
function snapTable(t: SeriesTable, copy: boolean): TableSnap {
  const size = t.size;
  if (!copy) return { size, live: t.alive, fragments: { frag: t.frag, fragStart: t.fragStart, fragLen: t.fragLen }, created: t.created };
  const live = t.alive.slice(0, size);
  const created = new Float64Array(size);
  created.set(t.created.length >= size ? t.created.subarray(0, size) : t.created);
  return { size, live, fragments: snapFragments(t, size), created };
}

function snapFamily(f: Family, t: TableSnap, now: number, copy: boolean): FamilySnap {
  const size = t.size;
  const ex = f.exemplars ? { live: f.exemplars, until: now } : null;
  if (f.type === "histogram") {
    // Always a copy: the store keeps 32-bit slots plus wraps and no counts (store/histogram.ts).
    const c = copyHistogram(f.hist, size);
    return { f, t, values: null, buckets: c.buckets, sums: c.sums, counts: c.counts, native: c.native, ex };
  }
  const data = f.values.data;
  return { f, t, values: copy ? data.slice(0, Math.min(size, data.length)) : data, buckets: null, sums: null, counts: null, native: null, ex };
}

/**
 * Runs the collectors and copies every family's numbers. The copied series count as scraped (their
 * final values were served), which is what lets expiry remove them.
 */
export function takeSnapshot(reg: Registry): Snapshot {
  return snapshotOf(reg, true);
}

function snapshotOf(reg: Registry, copy: boolean): Snapshot {
  for (const collect of reg.collectors) collect();
  const now = Date.now() / 1000;
  const tables = new Map<SeriesTable, TableSnap>();
  const families = reg.families.map((f) => {
    let t = tables.get(f.table);
    if (t === undefined) {
      t = snapTable(f.table, copy);
      tables.set(f.table, t);
    }
    return snapFamily(f, t, now, copy);
  });
  for (const t of tables.keys()) markScraped(t);
  return { families };
}

/** Sliced snapshots of a registry run one after another: a family has one write barrier at a time. */
const snapshotting = new WeakMap<Registry, Promise<unknown>>();

/**
 * takeSnapshot in slices: the same snapshot (the values at the instant it begins, which is before
 * it first yields unless another sliced snapshot of `reg` is still running), but no step copies
 * more than `step` series of one family before it checks the clock against `sliceMs`.
 */
export function takeSnapshotSliced(reg: Registry, sliceMs: number, step = SNAPSHOT_STEP): Promise<Snapshot> {
  const before = snapshotting.get(reg);
  const go = () => sliced(reg, sliceMs, step);
  const run = before ? before.then(go, go) : go();
  const tail = run.then(() => {}, () => {});
  snapshotting.set(reg, tail);
  tail.then(() => {
    if (snapshotting.get(reg) === tail) snapshotting.delete(reg);
  });
  return run;
}

async function sliced(reg: Registry, sliceMs: number, step: number): Promise<Snapshot> {
  for (const collect of reg.collectors) collect();
  const now = Date.now() / 1000;
  const tables = new Map<SeriesTable, TableSnap>();
  const fams = reg.families.slice();
  const snaps: TableSnap[] = [];
  try {
    for (const f of fams) {
      let t = tables.get(f.table);
      if (t === undefined) {
        t = snapTable(f.table, true);
        tables.set(f.table, t);
      }
      if (f.type === "histogram") beginHistogramCopy(f.hist, t.size);
      else beginVectorCopy(f.values, t.size);
      snaps.push(t);
    }
  } catch (e) {
    // Disarm the barriers already set (a family whose copy was under way elsewhere) before failing.
    for (let i = 0; i < snaps.length; i++) {
      const f = fams[i];
      if (f.type === "histogram") endHistogramCopy(f.hist);
      else endVectorCopy(f.values);
    }
    throw e;
  }
  for (const t of tables.keys()) markScraped(t);
  // From here every family holds the instant above; the barriers keep it while the copy proceeds.
  const families: FamilySnap[] = [];
  try {
    let started = performance.now();
    for (let i = 0; i < fams.length; i++) {
      const f = fams[i];
      for (let to = step; to < snaps[i].size; to += step) {
        if (f.type === "histogram") stepHistogramCopy(f.hist, to);
        else stepVectorCopy(f.values, to);
        if (performance.now() - started >= sliceMs) {
          await nextTurn();
          started = performance.now();
        }
      }
    }
  } finally {
    for (let i = 0; i < fams.length; i++) {
      const f = fams[i];
      const ex = f.exemplars ? { live: f.exemplars, until: now } : null;
      if (f.type === "histogram") {
        const c = endHistogramCopy(f.hist);
        families.push({ f, t: snaps[i], values: null, buckets: c.buckets, sums: c.sums, counts: c.counts, native: c.native, ex });
      } else {
        families.push({ f, t: snaps[i], values: endVectorCopy(f.values), buckets: null, sums: null, counts: null, native: null, ex });
      }
    }
  }
  return { families };
}

/** OpenMetrics names a counter family without its `_total`. */
function familyName(f: Family, om: boolean): string {
  return om && f.type === "counter" && f.name.endsWith("_total") ? f.name.slice(0, -6) : f.name;
}

/** OpenMetrics UNIT: only for families whose name ends in the unit, as the spec requires. */
function unitOf(name: string): string | null {
  if (name.endsWith("_seconds")) return "seconds";
  if (name.endsWith("_bytes")) return "bytes";
  return null;
}

function escapeHelpOpenMetrics(v: string): string {
  return /["\\\n]/.test(v) ? v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"') : v;
}

function writeHeader(w: ByteWriter, fs: FamilySnap, om: boolean): void {
  const f = fs.f;
  const name = familyName(f, om);
  writeAscii(w, "# HELP ");
  writeAscii(w, name);
  writeByte(w, SP);
  writeText(w, om ? escapeHelpOpenMetrics(f.help) : escapeHelp(f.help));
  writeAscii(w, "\n# TYPE ");
  writeAscii(w, name);
  writeByte(w, SP);
  writeAscii(w, f.type);
  writeByte(w, NL);
  const unit = om ? unitOf(name) : null;
  if (unit !== null) {
    writeAscii(w, "# UNIT ");
    writeAscii(w, name);
    writeByte(w, SP);
    writeAscii(w, unit);
    writeByte(w, NL);
  }
}

/** OpenMetrics' canonical float text: integers keep a `.0` (`1.0`, `16384.0`). */
export function canonicalFloat(v: number): string {
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  const s = String(v);
  return Number.isInteger(v) && !s.includes("e") ? s + ".0" : s;
}

/** A family's fixed bytes for one format, encoded once per render: sample names and `le="…"} ` per bucket. */
interface Names {
  /** Counter/gauge sample name (`x_total` for an OpenMetrics counter). */
  readonly sample: Uint8Array;
  readonly created: Uint8Array;
  readonly bucket: Uint8Array;
  readonly sum: Uint8Array;
  readonly count: Uint8Array;
  readonly le: Uint8Array[];
}

function namesOf(f: Family, om: boolean): Names {
  const base = familyName(f, om);
  const bounds = f.type === "histogram" ? Array.from(f.hist.bounds, (b) => (om ? canonicalFloat(b) : String(b))) : [];
  return {
    sample: asciiBytes(om && f.type === "counter" ? base + "_total" : f.name),
    created: asciiBytes(base + "_created"),
    bucket: asciiBytes(f.name + "_bucket{"),
    sum: asciiBytes(f.name + "_sum"),
    count: asciiBytes(f.name + "_count"),
    le: [...bounds, "+Inf"].map((b) => asciiBytes(`le="${b}"} `)),
  };
}

/** A series' label text: long enough that the engine's copy beats a byte loop. */
function putFragment(w: ByteWriter, frag: Uint8Array): void {
  w.buf.set(frag, w.pos);
  w.pos += frag.length;
}

/** Metric names: from about 20 bytes on, the engine's copy beats a byte loop. */
function putName(w: ByteWriter, name: Uint8Array): void {
  if (name.length < 20) putBytes(w, name);
  else putFragment(w, name);
}

/** `name{labels} value` without the newline; reserves its own room. */
function putSample(w: ByteWriter, name: Uint8Array, frag: Uint8Array, v: number): void {
  ensure(w, name.length + frag.length + 3 + NUMBER_ROOM);
  putName(w, name);
  if (frag.length > 0) {
    w.buf[w.pos++] = LBRACE;
    putFragment(w, frag);
    w.buf[w.pos++] = RBRACE;
  }
  w.buf[w.pos++] = SP;
  putNumber(w, v);
}

/** The exemplar of slot `i` (series id × stride + bucket), if it predates the snapshot. */
function writeExemplar(w: ByteWriter, snap: ExemplarSnap, i: number): void {
  const ex = snap.live;
  if (i >= ex.traces.length) return;
  const trace = ex.traces[i];
  if (trace === "" || ex.times[i] > snap.until) return;
  writeAscii(w, ' # {trace_id="');
  writeText(w, escapeLabelValue(trace));
  writeAscii(w, '"} ');
  writeNumber(w, ex.values[i]);
  writeByte(w, SP);
  writeNumber(w, ex.times[i]);
}

/** Writes the series `from <= id < to` of one family. */
function writeSeries(w: ByteWriter, fs: FamilySnap, names: Names, om: boolean, from: number, to: number): void {
  if (fs.f.type === "histogram") writeHistogramSeries(w, fs, names, om, from, to);
  else writeScalarSeries(w, fs, names, om, from, to);
}

function writeScalarSeries(w: ByteWriter, fs: FamilySnap, names: Names, om: boolean, from: number, to: number): void {
  const { t, ex } = fs;
  const values = fs.values!;
  const counter = om && fs.f.type === "counter";
  const since = fs.f.since ?? 0;
  for (let id = from; id < to; id++) {
    if (t.live[id] === 0) continue;
    const frag = fragmentOf(t.fragments, id);
    putSample(w, names.sample, frag, id < values.length ? values[id] : 0);
    if (counter && ex !== null) writeExemplar(w, ex, id);
    writeByte(w, NL);
    if (counter && t.created[id] > 0) {
      putSample(w, names.created, frag, Math.max(t.created[id], since));
      writeByte(w, NL);
    }
  }
}

function writeHistogramSeries(w: ByteWriter, fs: FamilySnap, names: Names, om: boolean, from: number, to: number): void {
  const { f, t, ex } = fs;
  if (f.type !== "histogram") return;
  const buckets = fs.buckets!, sums = fs.sums!, counts = fs.counts!;
  const stride = f.hist.stride;
  const { bucket, le } = names;
  const end = Math.min(to, counts.length);
  for (let id = from; id < end; id++) {
    const count = counts[id];
    // A tuple this histogram never observed (e.g. no size was reported) is not a series of it.
    if (count === 0 || t.live[id] === 0) continue;
    const frag = fragmentOf(t.fragments, id);
    const base = id * stride;
    const withEx = om && ex !== null;
    // Room for every bucket line of the series at once; exemplars reserve their own.
    ensure(w, stride * (bucket.length + frag.length + 24 + NUMBER_ROOM));
    // Every bucket line starts `name_bucket{labels,`: write it once, then let the engine copy it.
    // Its place counts from w.start, which stays put when an exemplar makes the buffer grow.
    const lineStart = w.pos - w.start;
    putName(w, bucket);
    if (frag.length > 0) {
      putFragment(w, frag);
      w.buf[w.pos++] = COMMA;
    }
    const prefix = w.pos - w.start - lineStart;
    let cumulative = 0;
    // The lines' bytes go through locals; w is brought up to date around what else writes to it.
    let buf = w.buf;
    let p = w.pos;
    for (let i = 0; i < stride; i++) {
      if (i > 0) {
        const src = w.start + lineStart;
        buf.copyWithin(p, src, src + prefix);
        p += prefix;
      }
      cumulative += buckets[base + i];
      const l = le[i];
      for (let j = 0; j < l.length; j++) buf[p++] = l[j];
      // Most cumulative counts of most series are single digits.
      if (cumulative < 10 && (cumulative >>> 0) === cumulative) buf[p++] = 48 + cumulative;
      else {
        w.pos = p;
        putNumber(w, cumulative);
        p = w.pos;
      }
      if (withEx) {
        w.pos = p;
        writeExemplar(w, ex, base + i);
        ensure(w, (stride - i) * (bucket.length + frag.length + 24 + NUMBER_ROOM));
        buf = w.buf;
        p = w.pos;
      }
      buf[p++] = NL;
    }
    w.pos = p;
    putSample(w, names.sum, frag, sums[id]);
    writeByte(w, NL);
    putSample(w, names.count, frag, count);
    writeByte(w, NL);
    if (om && t.created[id] > 0) {
      putSample(w, names.created, frag, Math.max(t.created[id], f.since ?? 0));
      writeByte(w, NL);
    }
  }
}

/**
 * About the most bytes a snapshot renders to, counted from its fragments with every number at its
 * widest (exemplars aside: a writer grows past the estimate if it must). Sizing the output from it
 * saves growing a buffer by copying everything written so far, which for a big registry costs more
 * than the render; room left over is address space the render never touches. Counting stops once
 * the estimate reaches `enough`.
 */
function estimateSize(snap: Snapshot, om: boolean, enough = Infinity): number {
  let n = 1 << 12;
  for (const fs of snap.families) {
    const { f, t } = fs;
    const names = namesOf(f, om);
    n += 3 * f.name.length + 2 * f.help.length + 64;
    const { live, fragments } = t;
    if (f.type === "histogram") {
      let le = 0;
      for (const l of names.le) le += l.length;
      const counts = fs.counts!;
      const end = Math.min(t.size, counts.length);
      const fixed = le + names.sum.length + names.count.length + names.created.length + f.hist.stride * (names.bucket.length + 2 + NUMBER_ROOM) + 4 * (NUMBER_ROOM + 4);
      for (let id = 0; id < end && n < enough; id++) if (live[id] !== 0 && counts[id] !== 0) n += fixed + (f.hist.stride + 3) * fragments.fragLen[id];
    } else {
      const fixed = names.sample.length + names.created.length + 2 * (NUMBER_ROOM + 4);
      for (let id = 0; id < t.size && n < enough; id++) if (live[id] !== 0) n += fixed + 2 * fragments.fragLen[id];
    }
  }
  return n;
}

/** Renders a snapshot in one go into fresh memory the caller owns. */
export function renderSnapshot(snap: Snapshot, format: Format): Uint8Array {
  const om = format === "openmetrics";
  const w = newByteWriter(estimateSize(snap, om));
  for (const fs of snap.families) {
    if (format === "protobuf") {
      const opened = openFamily(w, fs);
      writeProtobufSeries(w, fs, 0, fs.t.size);
      // Never spilled, the family stays in the writer: nothing goes to the list.
      closeFamily(w, opened, []);
      continue;
    }
    writeHeader(w, fs, om);
    writeSeries(w, fs, namesOf(fs.f, om), om, 0, fs.t.size);
  }
  if (om) writeAscii(w, "# EOF\n");
  return take(w);
}

/**
 * Renders synchronously (small registries, tests, benchmarks). The event loop does not turn before
 * it ends, so it reads the live arrays instead of copying them.
 */
export function render(reg: Registry, format: Format): Uint8Array {
  return renderSnapshot(snapshotOf(reg, false), format);
}

export interface SliceOptions {
  /** Longest stretch of rendering between two yields to the event loop. */
  sliceMs: number;
  /** Output is handed over in chunks of about this size. */
  chunkBytes: number;
  /** Series per copy step of the snapshot (SNAPSHOT_STEP when absent). */
  snapshotStep?: number;
  /** Size of the buffers chunks are written into (BLOCK when absent; tests make it tiny). */
  blockBytes?: number;
  /** Series written between two looks at the clock and the chunk size (STEP when absent). */
  seriesStep?: number;
}

export const DEFAULT_SLICES: SliceOptions = { sliceMs: 5, chunkBytes: 1 << 20 };

/** Series written between two looks at the clock. */
const STEP = 256;

/** Series of one family a sliced snapshot copies between two looks at the clock. */
export const SNAPSHOT_STEP = 4096;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A sliced render writes into blocks of fresh memory this large (see pages.ts on huge pages). */
const BLOCK = 8 << 20;

/**
 * Snapshot now, then render in slices that yield to the event loop; returns the output chunks:
 * views into a few large buffers, each chunk handed over once written, so nothing is copied.
 */
export async function renderChunks(reg: Registry, format: Format, opts: SliceOptions = DEFAULT_SLICES): Promise<Uint8Array[]> {
  const snap = await takeSnapshotSliced(reg, opts.sliceMs, opts.snapshotStep);
  const om = format === "openmetrics";
  const chunks: Uint8Array[] = [];
  const block = opts.blockBytes ?? BLOCK;
  const w = newByteWriter(Math.min(block, estimateSize(snap, om, block)), block);
  const proto = format === "protobuf";
  const step = opts.seriesStep ?? STEP;
  let started = performance.now();
  for (const fs of snap.families) {
    // A protobuf family's length goes in front of it once written: its parts wait for it.
    const family = proto ? openFamily(w, fs) : null;
    if (!proto) writeHeader(w, fs, om);
    const names = proto ? null : namesOf(fs.f, om);
    for (let from = 0; from < fs.t.size; from += step) {
      if (proto) writeProtobufSeries(w, fs, from, Math.min(from + step, fs.t.size));
      else writeSeries(w, fs, names!, om, from, Math.min(from + step, fs.t.size));
      if (pending(w) >= opts.chunkBytes) {
        if (family !== null) spillFamily(w, family, chunks);
        else chunks.push(take(w));
      }
      if (performance.now() - started >= opts.sliceMs) {
        await nextTurn();
        started = performance.now();
      }
    }
    if (family !== null) closeFamily(w, family, chunks);
  }
  if (om) writeAscii(w, "# EOF\n");
  if (pending(w) > 0 || chunks.length === 0) chunks.push(take(w));
  return chunks;
}
