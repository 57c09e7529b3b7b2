// Exposition of a snapshot of the registry (every family as it was at one instant) as Prometheus
// text 0.0.4, OpenMetrics 1.0.0 or protobuf (protobuf.ts). A served scrape (renderChunks) copies
// the tables' per-id arrays and arms a write barrier on every family (store/vector.ts,
// store/histogram.ts) at that instant, then copies the numbers and writes bytes in slices that
// yield to the event loop. The synchronous render reads the live arrays: nothing changes them first.
import { escapeHelp, escapeLabelValue } from "../store/escape.ts";
import { markScraped } from "../store/expiry.ts";
import type { Exemplars } from "../store/exemplars.ts";
import { beginHistogramCopy, copyHistogram, endHistogramCopy, stepHistogramCopy } from "../store/histogram.ts";
import type { Family, Registry } from "../store/registry.ts";
import { type Fragments, fragmentOf, type SeriesTable, snapFragments } from "../store/series.ts";
import { beginVectorCopy, endVectorCopy, stepVectorCopy } from "../store/vector.ts";
import {
  type ByteWriter, ensure, newByteWriter, NUMBER_ROOM, putBytes, putNumber, writeAscii, writeByte, writeText, take,
} from "./bytes.ts";
import { closeFamily, hasExemplar, openFamily, spillFamily, writeProtobufSeries } from "./protobuf.ts";

export type Format = "text" | "openmetrics" | "protobuf";

export const CONTENT_TYPES: Record<Format, string> = {
  text: "text/plain; version=0.0.4; charset=utf-8",
  openmetrics: "application/openmetrics-text; version=1.0.0; charset=utf-8",
  protobuf: "application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited",
};

const NL = 10, SP = 32, LBRACE = 123, RBRACE = 125, COMMA = 44;
const encoder = new TextEncoder();

/** A series table as a snapshot holds it: the table itself, or copies of its per-id arrays. */
type TableSnap = Fragments & Pick<SeriesTable, "size" | "alive" | "created">;

export interface FamilySnap {
  readonly f: Family;
  readonly t: TableSnap;
  /** Counter and gauge values; ids past its length are 0. */
  readonly values: Float64Array | null;
  /** Histogram numbers as float64 (the store keeps 32-bit slots plus wraps and no counts). */
  readonly hist: ReturnType<typeof copyHistogram> | null;
  /**
   * Live, not copied (100k histogram series hold over a million): only exemplars stamped no later
   * than `until` (unix seconds) show. Stamps are coarse-clock ticks (store/clock.ts), so one set
   * within the snapshot's tick still shows, a real trace whose observation the copy may lack.
   * Expiry clears a series' exemplars before its id is reused, so a later series' are left out.
   */
  readonly ex: Exemplars | null;
  readonly until: number;
}

type Snapshot = FamilySnap[];

function familySnap(f: Family, t: TableSnap, now: number, values: FamilySnap["values"], hist: FamilySnap["hist"]): FamilySnap {
  return { f, t, values, hist, ex: f.exemplars ?? null, until: now };
}

/**
 * The registry now, reading the live arrays: only for a render that ends before the event loop
 * turns. The series count as scraped (their final values were served), which lets expiry remove them.
 */
function snapshotNow(reg: Registry): Snapshot {
  for (const collect of reg.collectors) collect();
  const now = Date.now() / 1000;
  const tables = new Set<SeriesTable>();
  const snap = reg.families.map((f) => {
    tables.add(f.table);
    if (f.type === "histogram") return familySnap(f, f.table, now, null, copyHistogram(f.hist, f.table.size));
    return familySnap(f, f.table, now, f.values.data, null);
  });
  for (const t of tables) markScraped(t);
  return snap;
}

/** Sliced snapshots of a registry run one after another: a family has one write barrier at a time. */
const snapshotting = new WeakMap<Registry, Promise<unknown>>();

/** snapshotNow in slices, copying every number as it was before the first yield (queued behind any other). */
export function takeSnapshot(reg: Registry, sliceMs: number, step: number): Promise<Snapshot> {
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
  const fams = reg.families.slice();
  const tables = new Map<SeriesTable, TableSnap>();
  const finish = (f: Family): FamilySnap => {
    const t = tables.get(f.table)!;
    if (f.type === "histogram") return familySnap(f, t, now, null, endHistogramCopy(f.hist));
    return familySnap(f, t, now, endVectorCopy(f.values), null);
  };
  let armed = 0;
  try {
    for (const f of fams) {
      const t = f.table;
      if (!tables.has(t)) {
        const created = new Float64Array(t.size);
        created.set(t.created.subarray(0, t.size));
        tables.set(t, { ...snapFragments(t, t.size), size: t.size, alive: t.alive.slice(0, t.size), created });
      }
      if (f.type === "histogram") beginHistogramCopy(f.hist, t.size);
      else beginVectorCopy(f.values, t.size);
      armed++;
    }
  } catch (e) {
    // Disarm the barriers already set (a family whose copy was under way elsewhere) before failing.
    fams.slice(0, armed).forEach(finish);
    throw e;
  }
  for (const t of tables.keys()) markScraped(t);
  // From here every family holds the instant above; the barriers keep it while the copy proceeds.
  let snap: Snapshot;
  try {
    let started = performance.now();
    for (const f of fams) {
      for (let to = step; to < tables.get(f.table)!.size; to += step) {
        if (f.type === "histogram") stepHistogramCopy(f.hist, to);
        else stepVectorCopy(f.values, to);
        if (performance.now() - started >= sliceMs) {
          await nextTurn();
          started = performance.now();
        }
      }
    }
  } finally {
    snap = fams.map(finish);
  }
  return snap;
}

/** OpenMetrics names a counter family without its `_total`. */
function familyName(f: Family, om: boolean): string {
  return om && f.type === "counter" && f.name.endsWith("_total") ? f.name.slice(0, -6) : f.name;
}

function writeHeader(w: ByteWriter, f: Family, om: boolean): void {
  const name = familyName(f, om);
  writeAscii(w, `# HELP ${name} `);
  // OpenMetrics also escapes quotes in HELP.
  writeText(w, om ? escapeHelp(f.help).replace(/"/g, '\\"') : escapeHelp(f.help));
  writeAscii(w, `\n# TYPE ${name} ${f.type}\n`);
  // UNIT only for families whose name ends in the unit, as the spec requires.
  const unit = om ? /_(seconds|bytes)$/.exec(name)?.[1] : undefined;
  if (unit !== undefined) writeAscii(w, `# UNIT ${name} ${unit}\n`);
}

/** OpenMetrics' canonical float text: integers keep a `.0` (`1.0`, `16384.0`). */
function canonicalFloat(v: number): string {
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  const s = String(v);
  return Number.isInteger(v) && !s.includes("e") ? s + ".0" : s;
}

type Names = ReturnType<typeof namesOf>;

/** A family's fixed bytes for one format, encoded once per render: sample names and `le="…"} ` per bucket. */
function namesOf(f: Family, om: boolean) {
  const base = familyName(f, om);
  const bounds = f.type === "histogram" ? Array.from(f.hist.bounds, (b) => (om ? canonicalFloat(b) : String(b))) : [];
  return {
    sample: encoder.encode(om && f.type === "counter" ? base + "_total" : f.name),
    created: encoder.encode(base + "_created"),
    bucket: encoder.encode(f.name + "_bucket{"),
    sum: encoder.encode(f.name + "_sum"),
    count: encoder.encode(f.name + "_count"),
    le: [...bounds, "+Inf"].map((b) => encoder.encode(`le="${b}"} `)),
  };
}

/** A series' label text: long enough that the engine's copy beats a byte loop. */
function putFragment(w: ByteWriter, frag: Uint8Array): void {
  w.buf.set(frag, w.pos);
  w.pos += frag.length;
}

/** From about 20 bytes on, the engine's copy beats a byte loop. */
function putName(w: ByteWriter, name: Uint8Array): void {
  if (name.length < 20) putBytes(w, name);
  else putFragment(w, name);
}

/** `name{labels} value` and, unless `more`, the newline; reserves its own room. */
function putSample(w: ByteWriter, name: Uint8Array, frag: Uint8Array, v: number, more = false): void {
  ensure(w, name.length + frag.length + 4 + NUMBER_ROOM);
  putName(w, name);
  if (frag.length > 0) {
    w.buf[w.pos++] = LBRACE;
    putFragment(w, frag);
    w.buf[w.pos++] = RBRACE;
  }
  w.buf[w.pos++] = SP;
  putNumber(w, v);
  if (!more) w.buf[w.pos++] = NL;
}

/** The exemplar of slot `i` (series id × stride + bucket), if it predates the snapshot. */
function writeExemplar(w: ByteWriter, fs: FamilySnap, i: number): void {
  if (!hasExemplar(fs, i)) return;
  const ex = fs.ex!;
  // Numbers as putNumber spells them.
  const num = (v: number) => (v === Infinity ? "+Inf" : v === -Infinity ? "-Inf" : String(v));
  writeText(w, ` # {trace_id="${escapeLabelValue(ex.traces[i])}"} ${num(ex.values[i])} ${num(ex.times[i])}`);
}

/** `_created` of series `id` (OpenMetrics only): the later of its own and its family's start. */
function putCreated(w: ByteWriter, fs: FamilySnap, names: Names, frag: Uint8Array, id: number): void {
  if (fs.t.created[id] > 0) putSample(w, names.created, frag, Math.max(fs.t.created[id], fs.f.since ?? 0));
}

function writeScalarSeries(w: ByteWriter, fs: FamilySnap, names: Names, om: boolean, from: number, to: number): void {
  const { t, ex } = fs;
  const values = fs.values!;
  const counter = om && fs.f.type === "counter";
  for (let id = from; id < to; id++) {
    if (t.alive[id] === 0) continue;
    const frag = fragmentOf(t, id);
    putSample(w, names.sample, frag, id < values.length ? values[id] : 0, counter && ex !== null);
    if (counter && ex !== null) {
      writeExemplar(w, fs, id);
      writeByte(w, NL);
    }
    if (counter) putCreated(w, fs, names, frag, id);
  }
}

function writeHistogramSeries(w: ByteWriter, fs: FamilySnap, names: Names, om: boolean, from: number, to: number): void {
  const { f, t, ex } = fs;
  if (f.type !== "histogram") return;
  const { buckets, sums, counts } = fs.hist!;
  const stride = f.hist.stride;
  const { bucket, le } = names;
  const withEx = om && ex !== null;
  const end = Math.min(to, counts.length);
  for (let id = from; id < end; id++) {
    const count = counts[id];
    // A tuple this histogram never observed (e.g. no size was reported) is not a series of it.
    if (count === 0 || t.alive[id] === 0) continue;
    const frag = fragmentOf(t, id);
    const base = id * stride;
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
        writeExemplar(w, fs, base + i);
        ensure(w, (stride - i) * (bucket.length + frag.length + 24 + NUMBER_ROOM));
        buf = w.buf;
        p = w.pos;
      }
      buf[p++] = NL;
    }
    w.pos = p;
    putSample(w, names.sum, frag, sums[id]);
    putSample(w, names.count, frag, count);
    if (om) putCreated(w, fs, names, frag, id);
  }
}

/**
 * About the most bytes a snapshot renders to (exemplars aside: the writer grows if it must). Growing
 * copies all written so far, which for a big registry costs more than the render; room left over is
 * address space never touched.
 */
function estimateSize(snap: Snapshot, om: boolean): number {
  let n = 1 << 12;
  for (const { f } of snap) {
    const { live, fragUsed, fragWaste } = f.table;
    const names = namesOf(f, om);
    n += 3 * f.name.length + 2 * f.help.length + 64;
    if (f.type === "histogram") {
      const stride = f.hist.stride;
      const fixed = names.sum.length + names.count.length + names.created.length + stride * (names.bucket.length + 2 + NUMBER_ROOM);
      n += live * (names.le.reduce((a, l) => a + l.length, fixed) + 4 * (NUMBER_ROOM + 4)) + (stride + 3) * (fragUsed - fragWaste);
    } else {
      n += live * (names.sample.length + names.created.length + 2 * (NUMBER_ROOM + 4)) + 2 * (fragUsed - fragWaste);
    }
  }
  return n;
}

/** Writes a snapshot, yielding after every `step` series of a family; output goes to `chunks` every `chunkBytes`. */
function* writeSnapshot(
  w: ByteWriter, snap: Snapshot, format: Format, chunks: Uint8Array[], step: number, chunkBytes: number,
): Generator<void> {
  const om = format === "openmetrics";
  for (const fs of snap) {
    const family = format === "protobuf" ? openFamily(w, fs) : null;
    if (family === null) writeHeader(w, fs.f, om);
    const names = family === null ? namesOf(fs.f, om) : null;
    for (let from = 0; from < fs.t.size; from += step) {
      const to = Math.min(from + step, fs.t.size);
      if (names === null) writeProtobufSeries(w, fs, from, to);
      else if (fs.f.type === "histogram") writeHistogramSeries(w, fs, names, om, from, to);
      else writeScalarSeries(w, fs, names, om, from, to);
      if (w.pos - w.start >= chunkBytes) {
        if (family !== null) spillFamily(w, family, chunks);
        else chunks.push(take(w));
      }
      yield;
    }
    if (family !== null) closeFamily(w, family, chunks);
  }
  if (om) writeAscii(w, "# EOF\n");
  if (w.pos > w.start || chunks.length === 0) chunks.push(take(w));
}

/** Renders synchronously, in one go (small registries, tests, benchmarks), into fresh memory the caller owns. */
export function render(reg: Registry, format: Format): Uint8Array {
  const snap = snapshotNow(reg);
  const w = newByteWriter(estimateSize(snap, format === "openmetrics"), 0);
  const chunks: Uint8Array[] = [];
  for (const _ of writeSnapshot(w, snap, format, chunks, Infinity, Infinity)) {}
  return chunks[0];
}

/**
 * sliceMs: longest stretch between two yields; chunkBytes: size of the output chunks; snapshotStep,
 * seriesStep: series copied / written between two looks at the clock; blockBytes: size of the blocks
 * of fresh memory written into (pages.ts).
 */
const DEFAULT_SLICES = { sliceMs: 5, chunkBytes: 1 << 20, snapshotStep: 4096, blockBytes: 8 << 20, seriesStep: 256 };

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Snapshot now, then render in slices; the chunks are views into a few large buffers, never copied. */
export async function renderChunks(reg: Registry, format: Format, options: Partial<typeof DEFAULT_SLICES> = {}): Promise<Uint8Array[]> {
  const opts = { ...DEFAULT_SLICES, ...options };
  const snap = await takeSnapshot(reg, opts.sliceMs, opts.snapshotStep);
  const w = newByteWriter(Math.min(opts.blockBytes, estimateSize(snap, format === "openmetrics")), opts.blockBytes);
  const chunks: Uint8Array[] = [];
  let started = performance.now();
  for (const _ of writeSnapshot(w, snap, format, chunks, opts.seriesStep, opts.chunkBytes)) {
    if (performance.now() - started >= opts.sliceMs) {
      await nextTurn();
      started = performance.now();
    }
  }
  return chunks;
}
