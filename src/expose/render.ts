// Exposition: a snapshot of the registry rendered as Prometheus text 0.0.4 or OpenMetrics 1.0.0.
//
// A scrape first copies every family's numbers (a handful of typed-array copies, synchronous, so
// every histogram's buckets, _sum and _count, and every family, come from the same instant), then
// writes bytes from the copy. renderChunks writes in slices and yields to the event loop between
// them, so a large scrape does not hold up ingestion; what it renders cannot change meanwhile.
import { escapeHelp, escapeLabelValue } from "../store/escape.ts";
import { markScraped } from "../store/expiry.ts";
import type { Family, Registry } from "../store/registry.ts";
import { DELETED, type SeriesTable } from "../store/series.ts";
import { type ByteWriter, newByteWriter, writeAscii, writeByte, writeBytes, writeNumber, writeText, written } from "./bytes.ts";

export type Format = "text" | "openmetrics";

export const TEXT_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
export const OPENMETRICS_CONTENT_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";

export function contentType(format: Format): string {
  return format === "openmetrics" ? OPENMETRICS_CONTENT_TYPE : TEXT_CONTENT_TYPE;
}

const NL = 10, SP = 32, LBRACE = 123, RBRACE = 125, COMMA = 44;

interface TableSnap {
  readonly size: number;
  readonly live: Uint8Array;
  readonly fragments: Uint8Array[];
  readonly created: Float64Array;
}

interface ExemplarSnap {
  readonly stride: number;
  readonly traces: string[];
  readonly values: Float64Array;
  readonly times: Float64Array;
  /** Series covered; ids past it have none. */
  readonly series: number;
}

interface FamilySnap {
  readonly f: Family;
  readonly t: TableSnap;
  /** Counter and gauge values; ids past its length are 0. */
  readonly values: Float64Array | null;
  readonly buckets: Float64Array | null;
  readonly sums: Float64Array | null;
  readonly counts: Float64Array | null;
  readonly ex: ExemplarSnap | null;
}

export interface Snapshot {
  readonly families: FamilySnap[];
}

function snapTable(t: SeriesTable): TableSnap {
  const size = t.size;
  const live = new Uint8Array(size);
  for (let id = 0; id < size; id++) live[id] = t.values[id] !== DELETED ? 1 : 0;
  const created = new Float64Array(size);
  created.set(t.created.length >= size ? t.created.subarray(0, size) : t.created);
  return { size, live, fragments: t.fragments.slice(0, size), created };
}

function snapFamily(f: Family, t: TableSnap): FamilySnap {
  const size = t.size;
  let ex: ExemplarSnap | null = null;
  if (f.exemplars && f.exemplars.capacity > 0) {
    const e = f.exemplars;
    const n = Math.min(size, e.capacity);
    ex = { stride: e.stride, traces: e.traces.slice(0, n * e.stride), values: e.values.slice(0, n * e.stride), times: e.times.slice(0, n * e.stride), series: n };
  }
  if (f.type === "histogram") {
    const h = f.hist;
    const n = Math.min(size, h.capacity);
    return { f, t, values: null, buckets: h.buckets.slice(0, n * h.stride), sums: h.sums.slice(0, n), counts: h.counts.slice(0, n), ex };
  }
  return { f, t, values: f.values.data.slice(0, Math.min(size, f.values.data.length)), buckets: null, sums: null, counts: null, ex };
}

/**
 * Runs the collectors and copies every family's numbers. The copied series count as scraped (their
 * final values were served), which is what lets expiry remove them.
 */
export function takeSnapshot(reg: Registry): Snapshot {
  for (const collect of reg.collectors) collect();
  const tables = new Map<SeriesTable, TableSnap>();
  const families = reg.families.map((f) => {
    let t = tables.get(f.table);
    if (t === undefined) {
      t = snapTable(f.table);
      tables.set(f.table, t);
    }
    return snapFamily(f, t);
  });
  for (const t of tables.keys()) markScraped(t);
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

/** `le` values, formatted once per bound list and format. */
const leCache = new WeakMap<Float64Array, { text: string[]; om: string[] }>();

function leValues(bounds: Float64Array, om: boolean): string[] {
  let le = leCache.get(bounds);
  if (!le) {
    le = { text: [...Array.from(bounds, (b) => String(b)), "+Inf"], om: [...Array.from(bounds, canonicalFloat), "+Inf"] };
    leCache.set(bounds, le);
  }
  return om ? le.om : le.text;
}

/** OpenMetrics' canonical float text: integers keep a `.0` (`1.0`, `16384.0`). */
export function canonicalFloat(v: number): string {
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  const s = String(v);
  return Number.isInteger(v) && !s.includes("e") ? s + ".0" : s;
}

function writeLabels(w: ByteWriter, frag: Uint8Array): void {
  if (frag.length === 0) return;
  writeByte(w, LBRACE);
  writeBytes(w, frag);
  writeByte(w, RBRACE);
}

function writeSample(w: ByteWriter, name: string, frag: Uint8Array, v: number): void {
  writeAscii(w, name);
  writeLabels(w, frag);
  writeByte(w, SP);
  writeNumber(w, v);
}

function writeExemplar(w: ByteWriter, ex: ExemplarSnap, i: number): void {
  const trace = ex.traces[i];
  if (trace === "") return;
  writeAscii(w, ' # {trace_id="');
  writeText(w, escapeLabelValue(trace));
  writeAscii(w, '"} ');
  writeNumber(w, ex.values[i]);
  writeByte(w, SP);
  writeNumber(w, ex.times[i]);
}

/** Writes the series `from <= id < to` of one family. */
function writeSeries(w: ByteWriter, fs: FamilySnap, om: boolean, from: number, to: number): void {
  if (fs.f.type === "histogram") writeHistogramSeries(w, fs, om, from, to);
  else writeScalarSeries(w, fs, om, from, to);
}

function writeScalarSeries(w: ByteWriter, fs: FamilySnap, om: boolean, from: number, to: number): void {
  const { t, ex } = fs;
  const values = fs.values!;
  const counter = om && fs.f.type === "counter";
  const base = familyName(fs.f, om);
  const name = counter ? base + "_total" : fs.f.name;
  const createdName = base + "_created";
  for (let id = from; id < to; id++) {
    if (t.live[id] === 0) continue;
    const frag = t.fragments[id];
    writeSample(w, name, frag, id < values.length ? values[id] : 0);
    if (counter && ex !== null && id < ex.series) writeExemplar(w, ex, id);
    writeByte(w, NL);
    if (counter && t.created[id] > 0) {
      writeSample(w, createdName, frag, t.created[id]);
      writeByte(w, NL);
    }
  }
}

function writeHistogramSeries(w: ByteWriter, fs: FamilySnap, om: boolean, from: number, to: number): void {
  const { f, t, ex } = fs;
  if (f.type !== "histogram") return;
  const buckets = fs.buckets!, sums = fs.sums!, counts = fs.counts!;
  const stride = f.hist.stride;
  const le = leValues(f.hist.bounds, om);
  const bucketName = f.name + "_bucket{";
  const sumName = f.name + "_sum", countName = f.name + "_count", createdName = f.name + "_created";
  const end = Math.min(to, counts.length);
  for (let id = from; id < end; id++) {
    const count = counts[id];
    // A tuple this histogram never observed (e.g. no size was reported) is not a series of it.
    if (count === 0 || t.live[id] === 0) continue;
    const frag = t.fragments[id];
    const base = id * stride;
    const withEx = om && ex !== null && id < ex.series;
    let cumulative = 0;
    for (let i = 0; i < stride; i++) {
      cumulative += buckets[base + i];
      writeAscii(w, bucketName);
      if (frag.length > 0) {
        writeBytes(w, frag);
        writeByte(w, COMMA);
      }
      writeAscii(w, 'le="');
      writeAscii(w, le[i]);
      writeAscii(w, '"} ');
      writeNumber(w, cumulative);
      if (withEx) writeExemplar(w, ex, base + i);
      writeByte(w, NL);
    }
    writeSample(w, sumName, frag, sums[id]);
    writeByte(w, NL);
    writeSample(w, countName, frag, count);
    writeByte(w, NL);
    if (om && t.created[id] > 0) {
      writeSample(w, createdName, frag, t.created[id]);
      writeByte(w, NL);
    }
  }
}

/** Renders a snapshot in one go; the result is a copy the caller owns. */
export function renderSnapshot(snap: Snapshot, format: Format): Uint8Array {
  const om = format === "openmetrics";
  const w = newByteWriter(1 << 16);
  for (const fs of snap.families) {
    writeHeader(w, fs, om);
    writeSeries(w, fs, om, 0, fs.t.size);
  }
  if (om) writeAscii(w, "# EOF\n");
  return written(w).slice();
}

/** Snapshot and render synchronously (small registries, tests, benchmarks). */
export function render(reg: Registry, format: Format): Uint8Array {
  return renderSnapshot(takeSnapshot(reg), format);
}

export interface SliceOptions {
  /** Longest stretch of rendering between two yields to the event loop. */
  sliceMs: number;
  /** Output is handed over in chunks of about this size. */
  chunkBytes: number;
}

export const DEFAULT_SLICES: SliceOptions = { sliceMs: 10, chunkBytes: 1 << 20 };

/** Series written between two looks at the clock. */
const STEP = 256;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Snapshot now, then render in slices that yield to the event loop; returns the output chunks. */
export async function renderChunks(reg: Registry, format: Format, opts: SliceOptions = DEFAULT_SLICES): Promise<Uint8Array[]> {
  const snap = takeSnapshot(reg);
  const om = format === "openmetrics";
  const chunks: Uint8Array[] = [];
  const w = newByteWriter(Math.min(opts.chunkBytes * 2, 1 << 22));
  let started = performance.now();
  for (const fs of snap.families) {
    writeHeader(w, fs, om);
    for (let from = 0; from < fs.t.size; from += STEP) {
      writeSeries(w, fs, om, from, Math.min(from + STEP, fs.t.size));
      if (w.pos >= opts.chunkBytes) {
        chunks.push(written(w).slice());
        w.pos = 0;
      }
      if (performance.now() - started >= opts.sliceMs) {
        await nextTurn();
        started = performance.now();
      }
    }
  }
  if (om) writeAscii(w, "# EOF\n");
  if (w.pos > 0 || chunks.length === 0) chunks.push(written(w).slice());
  return chunks;
}
