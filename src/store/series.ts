// A series table interns label-value tuples into dense ids. Every metric that shares the table keeps
// its numbers in typed arrays indexed by that id, so the hot path resolves a tuple once per entry and
// then only does array arithmetic.
import { escapeLabelValue } from "./escape.ts";

export interface SeriesTable {
  readonly labelNames: readonly string[];
  /** Maximum number of tuples; internSeries returns -1 past it. */
  readonly limit: number;
  /** Nested maps, one level per label: cheaper than building a joined key string per entry. */
  readonly root: Map<string, unknown>;
  /** Label values of each id. */
  readonly values: string[][];
  /** Each id's `name="value",...` text, escaped once here so exposition only copies bytes. */
  readonly fragments: Uint8Array[];
  size: number;
}

const encoder = new TextEncoder();

export function newSeriesTable(labelNames: readonly string[], limit = 1_000_000): SeriesTable {
  return { labelNames, limit, root: new Map(), values: [], fragments: [], size: 0 };
}

/** Returns the id of the tuple, creating it if new; -1 if the table is full. `values` is not retained. */
export function internSeries(t: SeriesTable, values: readonly string[]): number {
  const n = t.labelNames.length;
  if (n === 0) return t.size === 0 ? createSeries(t, values) : 0;
  let level = t.root;
  for (let i = 0; i < n - 1; i++) {
    let next = level.get(values[i]) as Map<string, unknown> | undefined;
    if (next === undefined) {
      next = new Map();
      level.set(values[i], next);
    }
    level = next;
  }
  const found = level.get(values[n - 1]) as number | undefined;
  if (found !== undefined) return found;
  if (t.size >= t.limit) return -1;
  const id = createSeries(t, values);
  level.set(values[n - 1], id);
  return id;
}

function createSeries(t: SeriesTable, values: readonly string[]): number {
  const id = t.size++;
  const copy = values.slice(0, t.labelNames.length);
  t.values.push(copy);
  t.fragments.push(encoder.encode(labelFragment(t.labelNames, copy)));
  return id;
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
