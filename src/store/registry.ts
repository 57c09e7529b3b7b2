// The families a scrape exposes, in exposition order. A family is a name, its help and type, the
// series table that names its series, and the typed arrays holding its numbers.
import type { Exemplars } from "./exemplars.ts";
import type { Histogram } from "./histogram.ts";
import { assertFamilyNames, exposedNames } from "./metric-rules.ts";
import type { SeriesTable } from "./series.ts";
import type { Vector } from "./vector.ts";

interface FamilyBase {
  readonly name: string;
  readonly help: string;
  readonly table: SeriesTable;
  /** Latest trace per series (or bucket), shown in OpenMetrics output only. */
  readonly exemplars?: Exemplars;
  /** Unix seconds the family started, when its (shared) table's series may be older: `_created` takes the later. */
  readonly since?: number;
}

export interface ScalarFamily extends FamilyBase {
  readonly type: "counter" | "gauge";
  readonly values: Vector;
}

export interface HistogramFamily extends FamilyBase {
  readonly type: "histogram";
  readonly hist: Histogram;
}

export type Family = ScalarFamily | HistogramFamily;

export interface Registry {
  readonly families: Family[];
  /** Run before each render, for values read at scrape time (process metrics, live series counts). */
  readonly collectors: (() => void)[];
}

export function newRegistry(): Registry {
  return { families: [], collectors: [] };
}

export function register<F extends Family>(reg: Registry, family: F): F {
  replaceFamilies(reg, [], [family]);
  return family;
}

/**
 * Swaps families `old` for `next`, placed where the first of `old` was, or at `at` when none is registered.
 * Throws, changing nothing, when two families would write one name in either format (exposedNames).
 */
export function replaceFamilies(reg: Registry, old: readonly Family[], next: readonly Family[], at = reg.families.length): void {
  const leaving = new Set(old);
  const staying = reg.families.filter((f) => !leaving.has(f));
  const taken = new Map<string, string>();
  for (const f of staying) for (const n of exposedNames(f.name, f.type)) taken.set(n, f.name);
  for (const f of next) {
    assertFamilyNames(f.name, f.table.labelNames);
    if (taken.get(f.name) === f.name) throw new Error(`metric ${f.name} registered twice`);
    for (const n of exposedNames(f.name, f.type)) {
      const other = taken.get(n);
      if (other !== undefined) throw new Error(`metric ${f.name} clashes with ${other}: both would write ${n}`);
      taken.set(n, f.name);
    }
  }
  // No family before the first leaving one leaves, so its index is the same in `staying`.
  const first = reg.families.findIndex((f) => leaving.has(f));
  staying.splice(first >= 0 ? first : Math.min(at, staying.length), 0, ...next);
  reg.families.length = 0;
  reg.families.push(...staying);
}
