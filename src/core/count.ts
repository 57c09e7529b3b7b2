// Counting a resolved record: series ids → each view's families (value, exemplar, and every budget
// that sent the record to `__overflow__` in gatewaymetric_overflow_total).
import { clock } from "../store/clock.ts";
import { offerExemplar, setExemplar } from "../store/exemplars.ts";
import { observe } from "../store/histogram.ts";
import { internOrOverflow, touchSeries } from "../store/series.ts";
import { vectorAdd } from "../store/vector.ts";
import { SRC_COUNT, SRC_DURATION, SRC_ONE, SRC_REQUEST_BYTES, SRC_RESPONSE_BYTES, SRC_TCP_RECEIVED, SRC_TCP_SENT, SRC_UPSTREAM } from "./catalog.ts";
import { COL_FLAG, COLUMNS, type Model, type ModelFamily, OV_SERIES, type View } from "./gateway-model.ts";
import { type AccessRecord, RESPONSE_FLAGS, type TcpRecord } from "./record.ts";
import type { SelfMetrics } from "./self-metrics.ts";

/** Exemplar label sets are limited to 128 characters; `trace_id` takes 8. */
const MAX_TRACE_ID = 120;

/** The model, and scratch reused for every record. */
export interface Counting {
  model: Model;
  readonly self: SelfMetrics | null;
  /** The record's full label tuple, indexed by gateway-model.ts COL_*. */
  readonly full: string[];
  /** The record's values, indexed by catalog.ts SRC_*. */
  readonly vals: Float64Array;
  /** The record being counted, and its trace id as text once traceText made it ("" before). */
  traced: AccessRecord | null;
  trace: string;
}

export function newCounting(model: Model, self: SelfMetrics | null): Counting {
  return { model, self, full: new Array<string>(COLUMNS).fill(""), vals: new Float64Array(SRC_COUNT), traced: null, trace: "" };
}

/**
 * Counts an HTTP record into HTTP view i's series ids[at + i] (internOrOverflow's answer), then into
 * the flag views once per response flag (label columns already in `full`), with overflow bits `ov`.
 */
export function countAccess(c: Counting, r: AccessRecord, ids: Int32Array, at: number, ov: number): void {
  const traced = takeValues(c, r);
  const now = clock.now;
  const http = c.model.http;
  for (let i = 0; i < http.length; i++) {
    const v = http[i];
    const id = ids[at + i];
    touchSeries(v.table, id < 0 ? ~id : id);
    countSeries(c, v, id, ov, traced, now);
  }
  let flags = r.responseFlags;
  const flagViews = c.model.flag;
  if (flags === 0 || flagViews.length === 0) return;
  for (let bit = 0; flags !== 0; bit++, flags >>>= 1) {
    if ((flags & 1) === 0) continue;
    c.full[COL_FLAG] = RESPONSE_FLAGS[bit];
    for (const v of flagViews) countSeries(c, v, seriesOf(v, c.full), ov, false, 0);
  }
}

/** Counts a TCP record whose label columns are in `full`. */
export function countTcp(c: Counting, r: TcpRecord, ov: number): void {
  const vals = c.vals;
  vals[SRC_ONE] = 1;
  vals[SRC_TCP_RECEIVED] = r.receivedBytes;
  vals[SRC_TCP_SENT] = r.sentBytes;
  for (const v of c.model.tcp) countSeries(c, v, seriesOf(v, c.full), ov, false, 0);
}

/** The view's series for the label columns in `full`: internOrOverflow's answer. */
export function seriesOf(v: View, full: readonly string[]): number {
  const t = v.tuple;
  const cols = v.cols;
  for (let i = 0; i < cols.length; i++) t[i] = full[cols[i]];
  return internOrOverflow(v.table, t);
}

/** The record's amounts into the value scratch; returns whether it has a trace id for exemplars. */
function takeValues(c: Counting, r: AccessRecord): boolean {
  const vals = c.vals;
  vals[SRC_ONE] = 1;
  vals[SRC_DURATION] = r.durationSeconds;
  vals[SRC_REQUEST_BYTES] = r.requestBytes;
  vals[SRC_RESPONSE_BYTES] = r.responseBytes;
  vals[SRC_UPSTREAM] = r.upstreamSeconds;
  c.traced = r;
  c.trace = r.traceId;
  if (r.traceId !== "") return r.traceId.length <= MAX_TRACE_ID;
  return r.traceBytes !== null && r.traceEnd > r.traceStart && 2 * (r.traceEnd - r.traceStart) <= MAX_TRACE_ID;
}

/** Each family of the view adds the record's value to series `found` (internOrOverflow's answer). */
function countSeries(c: Counting, v: View, found: number, ov: number, traced: boolean, now: number): void {
  let id = found;
  let bits = ov & v.ovMask;
  if (id < 0) {
    id = ~id;
    bits |= OV_SERIES;
  }
  const vals = c.vals;
  const fams = v.families;
  for (let i = 0; i < fams.length; i++) {
    const f = fams[i];
    const x = vals[f.src];
    if (!(x >= 0 && x < Infinity)) continue;
    let bucket = 0;
    if (f.hist !== null) bucket = observe(f.hist, id, x);
    else vectorAdd(f.values!, id, x);
    if (traced && f.ex !== null && offerExemplar(f.ex, id, bucket, now)) setExemplar(f.ex, id, bucket, traceText(c), x, now);
    if (bits !== 0) countOverflow(c, f, bits);
  }
}

function countOverflow(c: Counting, f: ModelFamily, bits: number): void {
  const self = c.self;
  if (self === null) return;
  for (let b = 0; bits !== 0; b++, bits >>>= 1) {
    if ((bits & 1) !== 0 && f.ovIds[b] >= 0) vectorAdd(self.overflow.values, f.ovIds[b], 1);
  }
}

const hexOf = Buffer.prototype.toString;

/** The trace id of the record being counted, made into text the first time an exemplar takes it. */
function traceText(c: Counting): string {
  if (c.trace === "") {
    const r = c.traced!;
    c.trace = hexOf.call(r.traceBytes!, "hex", r.traceStart, r.traceEnd);
  }
  return c.trace;
}
