// Metric families an operator defines at runtime (names, labels, buckets arrive in a sender's
// configuration), kept beside the fixed gateway_* families. Definitions are applied as a set: all
// are checked first, so a bad set changes nothing; a family whose definition is unchanged keeps its
// numbers; one whose definition changed is replaced (its numbers start over).
import { newHistogram, observe } from "../store/histogram.ts";
import { type Family, type Registry, register, unregister } from "../store/registry.ts";
import { GATEWAY_PREFIX, LABEL_NAME, MAX_BUCKETS, metricNameProblem, RESERVED_PREFIXES } from "../store/metric-rules.ts";
import { internSeries, newSeriesTable } from "../store/series.ts";
import { cleanLabel } from "./labels.ts";
import { newVector, vectorAdd, vectorSet } from "../store/vector.ts";

export type DynamicKind = "counter" | "gauge" | "histogram";

export interface DynamicDef {
  name: string;
  help: string;
  kind: DynamicKind;
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
  /** Most label tuples per family; updates past it are refused. */
  readonly maxSeries: number;
  readonly byName: Map<string, DynamicFamily>;
  /** Bumped whenever a family is replaced, so holders of DynamicFamily references re-resolve them. */
  generation: number;
}

export { MAX_BUCKETS };

export function newDynamicMetrics(reg: Registry, maxSeries: number): DynamicMetrics {
  return { reg, maxSeries, byName: new Map(), generation: 0 };
}

/** Why a definition was refused: which definition, which part of it, and the reason. */
export interface DefError {
  index: number;
  part: "name" | "labelNames" | "buckets";
  /** Index into labelNames or buckets, when one entry is at fault. */
  item?: number;
  reason: string;
}

function defKey(d: DynamicDef): string {
  return JSON.stringify([d.name, d.kind, d.help, d.labelNames, d.buckets]);
}

/** The sample names a family writes: a histogram also owns name_bucket, name_sum and name_count. */
function ownedNames(name: string, kind: string): string[] {
  return kind === "histogram" ? [name, name + "_bucket", name + "_sum", name + "_count"] : [name];
}

function checkDef(d: DynamicDef, index: number): DefError | null {
  const problem = metricNameProblem(d.name, [GATEWAY_PREFIX, ...RESERVED_PREFIXES]);
  if (problem !== null) return { index, part: "name", reason: problem };
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
 * Checks every definition (valid names, no clash with each other or with families registered
 * outside this set), then applies them. Returns each definition's family, in order, or the first
 * error, in which case nothing changed. The same name may appear twice only with equal definitions
 * (both then share one family). Families not named in `defs` are left as they are.
 */
export function defineFamilies(d: DynamicMetrics, defs: readonly DynamicDef[]): DynamicFamily[] | DefError {
  const own = new Set<Family>();
  for (const f of d.byName.values()) own.add(f.family);
  const fixed = new Map<string, string>();
  for (const f of d.reg.families) {
    if (own.has(f)) continue;
    for (const n of ownedNames(f.name, f.type)) fixed.set(n, f.name);
  }
  const keys: string[] = [];
  const firstByName = new Map<string, number>();
  const claimed = new Map<string, number>();
  for (let i = 0; i < defs.length; i++) {
    const def = defs[i];
    const bad = checkDef(def, i);
    if (bad) return bad;
    keys.push(defKey(def));
    const first = firstByName.get(def.name);
    if (first !== undefined) {
      if (keys[first] !== keys[i]) return { index: i, part: "name", reason: `${def.name} is defined again with a different kind, help, labels or buckets` };
      continue;
    }
    firstByName.set(def.name, i);
    for (const n of ownedNames(def.name, def.kind)) {
      const f = fixed.get(n);
      if (f !== undefined) return { index: i, part: "name", reason: `${def.name} clashes with gatewaymetric's metric ${f}` };
      const other = claimed.get(n);
      if (other !== undefined) return { index: i, part: "name", reason: `${def.name} clashes with ${defs[other].name} (its ${n} series)` };
      claimed.set(n, i);
    }
  }

  const out: DynamicFamily[] = [];
  for (let i = 0; i < defs.length; i++) {
    const def = defs[i];
    const existing = d.byName.get(def.name);
    if (existing && existing.key === keys[i]) {
      out.push(existing);
      continue;
    }
    // Replace the old family of this name, and any other whose series names the new one needs.
    for (const [name, f] of d.byName) {
      if (name === def.name || ownedNames(def.name, def.kind).some((n) => ownedNames(name, f.def.kind).includes(n))) {
        unregister(d.reg, f.family);
        d.byName.delete(name);
        d.generation++;
      }
    }
    const created: DynamicFamily = { def: copyDef(def), key: keys[i], family: register(d.reg, newFamily(def, d.maxSeries)) };
    d.byName.set(def.name, created);
    out.push(created);
  }
  return out;
}

function copyDef(def: DynamicDef): DynamicDef {
  return { name: def.name, help: def.help, kind: def.kind, labelNames: [...def.labelNames], buckets: [...def.buckets] };
}

function newFamily(def: DynamicDef, maxSeries: number): Family {
  const table = newSeriesTable([...def.labelNames], maxSeries);
  if (def.kind === "histogram") return { name: def.name, help: def.help, type: "histogram", table, hist: newHistogram(def.buckets) };
  return { name: def.name, help: def.help, type: def.kind, table, values: newVector() };
}

/** Longest label value of an operator-defined family, in UTF-8 bytes (the default limits.labelValueBytes). */
export const DYNAMIC_LABEL_VALUE_BYTES = 256;
const cleaned: string[] = [];

/**
 * Applies one value to the series named by `labelValues` (in labelNames order): counters add it,
 * gauges take it, histograms observe it. Returns null, or why the value was refused.
 */
export function updateFamily(f: DynamicFamily, labelValues: readonly string[], v: number): string | null {
  if (!Number.isFinite(v)) return "value is not a finite number";
  const fam = f.family;
  if (fam.type === "counter" && v < 0) return "a counter cannot decrease";
  // Same label hygiene as the gateway metrics: valid UTF-8, no control characters, bounded length.
  for (let i = 0; i < labelValues.length; i++) cleaned[i] = cleanLabel(labelValues[i], DYNAMIC_LABEL_VALUE_BYTES);
  cleaned.length = labelValues.length;
  const id = internSeries(fam.table, cleaned);
  if (id < 0) return "series limit reached";
  if (fam.type === "histogram") observe(fam.hist, id, v);
  else if (fam.type === "counter") vectorAdd(fam.values, id, v);
  else vectorSet(fam.values, id, v);
  return null;
}
