// Metric families an operator defines at runtime (in a sender's configuration), beside the fixed
// gateway_* families. A set of definitions is checked whole before any applies; an unchanged family
// keeps its numbers, a changed one starts over. The caller decides when one goes (removeFamilies).
import { newHistogram, observe } from "../store/histogram.ts";
import { type Family, type Registry, replaceFamilies } from "../store/registry.ts";
import { exposedNames, GATEWAY_PREFIX, LABEL_NAME, MAX_BUCKETS, metricNameProblem, RESERVED_PREFIXES } from "../store/metric-rules.ts";
import { internSeries, newSeriesTable } from "../store/series.ts";
import { cleanLabel } from "./labels.ts";
import { newVector, vectorAdd, vectorSet } from "../store/vector.ts";

export interface DynamicDef {
  name: string;
  help: string;
  kind: "counter" | "gauge" | "histogram";
  labelNames: readonly string[];
  /** Finite upper bounds, strictly increasing; histograms only. */
  buckets: readonly number[];
}

export interface DynamicFamily {
  readonly def: DynamicDef;
  /** Identity of the definition: equal keys mean the same family. */
  readonly key: string;
  readonly family: Family;
}

export interface DynamicMetrics {
  readonly reg: Registry;
  /** Most label tuples per family; new ones past it are refused. */
  maxSeries: number;
  /** Most label tuples of all families together, so the number of families senders define does not multiply memory. */
  maxTotal: number;
  /** Live tuples of all families; recounted when families go (their series never expire: ttl 0). */
  live: number;
  readonly byName: Map<string, DynamicFamily>;
  /** Bumped when a family is replaced or removed: holders of DynamicFamily references re-resolve them. */
  generation: number;
}

export { MAX_BUCKETS };
/** Most labels a defined family may have (each label is one level of its series index). */
export const MAX_LABELS = 64;

export function newDynamicMetrics(reg: Registry, maxSeries: number, maxTotal = Infinity): DynamicMetrics {
  return { reg, maxSeries, maxTotal, live: 0, byName: new Map(), generation: 0 };
}

/** After families went: holders re-resolve, and the shared budget counts what is left. */
function familiesLeft(d: DynamicMetrics): void {
  d.generation++;
  let live = 0;
  for (const f of d.byName.values()) live += f.family.table.live;
  d.live = live;
}

/** Why a definition was refused: which definition, which part of it, and the reason. */
export interface DefError {
  index: number;
  part: "name" | "labelNames" | "buckets";
  /** Index into labelNames or buckets, when one entry is at fault. */
  item?: number;
  reason: string;
}

function checkDef(d: DynamicDef, index: number): DefError | null {
  const problem = metricNameProblem(d.name, [GATEWAY_PREFIX, ...RESERVED_PREFIXES]);
  if (problem !== null) return { index, part: "name", reason: problem };
  if (d.labelNames.length > MAX_LABELS) return { index, part: "labelNames", reason: `${d.labelNames.length} labels; at most ${MAX_LABELS} are allowed` };
  const seen = new Set<string>();
  for (let j = 0; j < d.labelNames.length; j++) {
    const l = d.labelNames[j];
    if (!LABEL_NAME.test(l)) return { index, part: "labelNames", item: j, reason: `${JSON.stringify(l)} is not a valid Prometheus label name` };
    if (l.startsWith("__")) return { index, part: "labelNames", item: j, reason: `${l}: label names starting with __ are reserved` };
    if (d.kind === "histogram" && l === "le") return { index, part: "labelNames", item: j, reason: "le is reserved for histogram buckets" };
    if (seen.has(l)) return { index, part: "labelNames", item: j, reason: `${l} is listed twice` };
    seen.add(l);
  }
  if (d.kind === "histogram") {
    if (d.buckets.length > MAX_BUCKETS) return { index, part: "buckets", reason: `${d.buckets.length} buckets; at most ${MAX_BUCKETS} are allowed` };
    for (let j = 0; j < d.buckets.length; j++) {
      const b = d.buckets[j];
      if (!Number.isFinite(b)) return { index, part: "buckets", item: j, reason: `bound ${b} is not a finite number` };
      if (j > 0 && !(b > d.buckets[j - 1])) return { index, part: "buckets", item: j, reason: `bounds must increase: ${d.buckets[j - 1]} then ${b}` };
    }
  }
  return null;
}

/**
 * Checks every definition (valid, no clash with each other or with other registered families), then
 * applies them: returns each one's family in order, or the first error and changes nothing. A name
 * may repeat only with an equal definition. Families not in `defs` stay unless a new one needs their
 * names. Linear in definitions and registered families.
 */
export function defineFamilies(d: DynamicMetrics, defs: readonly DynamicDef[]): DynamicFamily[] | DefError {
  // Exposed names taken by families registered elsewhere, and by ours.
  const fixed = new Map<string, string>();
  const ours = new Map<string, DynamicFamily>();
  for (const f of d.reg.families) {
    const own = d.byName.get(f.name);
    if (own !== undefined && own.family === f) {
      for (const n of exposedNames(f.name, f.type)) ours.set(n, own);
    } else {
      for (const n of exposedNames(f.name, f.type)) fixed.set(n, f.name);
    }
  }
  const keys: string[] = [];
  const firstByName = new Map<string, number>();
  const claimed = new Map<string, number>();
  for (let i = 0; i < defs.length; i++) {
    const def = defs[i];
    const bad = checkDef(def, i);
    if (bad) return bad;
    keys.push(JSON.stringify([def.name, def.kind, def.help, def.labelNames, def.buckets]));
    const first = firstByName.get(def.name);
    if (first !== undefined) {
      if (keys[first] !== keys[i]) return { index: i, part: "name", reason: `${def.name} is defined again with a different kind, help, labels or buckets` };
      continue;
    }
    firstByName.set(def.name, i);
    for (const n of exposedNames(def.name, def.kind)) {
      const f = fixed.get(n);
      if (f !== undefined) return { index: i, part: "name", reason: `${def.name} clashes with gatewaymetric's metric ${f} (both would write ${n})` };
      const other = claimed.get(n);
      if (other !== undefined) return { index: i, part: "name", reason: `${def.name} clashes with ${defs[other].name} (both would write ${n})` };
      claimed.set(n, i);
    }
  }

  const out: DynamicFamily[] = [];
  const leaving: Family[] = [];
  const arriving: Family[] = [];
  for (let i = 0; i < defs.length; i++) {
    const def = defs[i];
    const existing = d.byName.get(def.name);
    if (existing && existing.key === keys[i]) {
      out.push(existing);
      continue;
    }
    // Replace the old family of this name, and any other that writes a name the new one needs.
    for (const n of exposedNames(def.name, def.kind)) {
      const old = ours.get(n);
      if (old !== undefined && d.byName.get(old.def.name) === old) {
        leaving.push(old.family);
        d.byName.delete(old.def.name);
      }
    }
    const copy: DynamicDef = { name: def.name, help: def.help, kind: def.kind, labelNames: [...def.labelNames], buckets: [...def.buckets] };
    const created: DynamicFamily = { def: copy, key: keys[i], family: newFamily(def, d.maxSeries) };
    d.byName.set(def.name, created);
    arriving.push(created.family);
    out.push(created);
  }
  if (arriving.length > 0) replaceFamilies(d.reg, leaving, arriving);
  if (leaving.length > 0) familiesLeft(d);
  return out;
}

/** Removes the families of these names (unknown names are ignored); returns how many went. */
export function removeFamilies(d: DynamicMetrics, names: Iterable<string>): number {
  const leaving: Family[] = [];
  for (const name of names) {
    const f = d.byName.get(name);
    if (f === undefined) continue;
    leaving.push(f.family);
    d.byName.delete(name);
  }
  if (leaving.length === 0) return 0;
  replaceFamilies(d.reg, leaving, []);
  familiesLeft(d);
  return leaving.length;
}

/** New series budgets (a reload): existing series stay. */
export function setMaxSeries(d: DynamicMetrics, maxSeries: number, maxTotal = d.maxTotal): void {
  d.maxSeries = maxSeries;
  d.maxTotal = maxTotal;
  for (const f of d.byName.values()) f.family.table.limit = maxSeries;
}

/** Storage starts empty and grows with the family's series: a family that never observes costs no arrays. */
function newFamily(def: DynamicDef, maxSeries: number): Family {
  const table = newSeriesTable([...def.labelNames], maxSeries, 0, 0);
  if (def.kind === "histogram") return { name: def.name, help: def.help, type: "histogram", table, hist: newHistogram(def.buckets, null, 0) };
  return { name: def.name, help: def.help, type: def.kind, table, values: newVector(0) };
}

/** Longest label value of an operator-defined family, in UTF-8 bytes (the default limits.labelValueBytes). */
const DYNAMIC_LABEL_VALUE_BYTES = 256;
const cleaned: string[] = [];

/** Counters add `v`, gauges take it, histograms observe it; returns null, or why it was refused. */
export function updateFamily(d: DynamicMetrics, f: DynamicFamily, labelValues: readonly string[], v: number): string | null {
  if (!Number.isFinite(v)) return "value is not a finite number";
  const fam = f.family;
  if (fam.type === "counter" && v < 0) return "a counter cannot decrease";
  // Same label hygiene as the gateway metrics: valid UTF-8, no control characters, bounded length.
  for (let i = 0; i < labelValues.length; i++) cleaned[i] = cleanLabel(labelValues[i], DYNAMIC_LABEL_VALUE_BYTES);
  cleaned.length = labelValues.length;
  const t = fam.table;
  const before = t.live;
  // Once the shared budget is spent, this lookup only finds existing tuples.
  const limit = t.limit;
  if (d.live >= d.maxTotal) t.limit = Math.min(limit, before);
  const id = internSeries(t, cleaned);
  t.limit = limit;
  if (id < 0) return "series limit reached";
  d.live += t.live - before;
  if (fam.type === "histogram") observe(fam.hist, id, v);
  else if (fam.type === "counter") vectorAdd(fam.values, id, v);
  else vectorSet(fam.values, id, v);
  return null;
}
