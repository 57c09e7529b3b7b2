// The families a scrape exposes, in exposition order. A family is a name, its help and type, the
// series table that names its series, and the typed arrays holding its numbers.
import type { Histogram } from "./histogram.ts";
import type { SeriesTable } from "./series.ts";
import type { Vector } from "./vector.ts";

interface FamilyBase {
  readonly name: string;
  readonly help: string;
  readonly table: SeriesTable;
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
  if (reg.families.some((f) => f.name === family.name)) throw new Error(`metric ${family.name} registered twice`);
  reg.families.push(family);
  return family;
}

/** Removes a family from exposition (a runtime-defined family being replaced); false if absent. */
export function unregister(reg: Registry, family: Family): boolean {
  const i = reg.families.indexOf(family);
  if (i < 0) return false;
  reg.families.splice(i, 1);
  return true;
}
