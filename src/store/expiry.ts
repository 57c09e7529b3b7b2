// Expiry of idle series. A series idle for longer than its table's ttl is removed only once a scrape
// has taken its final values (the table's dirty flag is clear), so a counter's last increments are
// never lost; with nobody scraping, a series idle for twice the ttl goes anyway, which bounds memory.
import { clearExemplars } from "./exemplars.ts";
import { histogramClear } from "./histogram.ts";
import type { Family, Registry } from "./registry.ts";
import { deleteSeries, isDirty, isLive, lastSeen, type SeriesTable } from "./series.ts";
import { vectorClear } from "./vector.ts";

/** How many ttls an unscraped series may stay idle before it is removed regardless. */
const UNSCRAPED_TTL_FACTOR = 2;

/** Removes expired series from every table with a ttl; returns how many were removed. */
export function sweepExpired(reg: Registry, now: number): number {
  const byTable = new Map<SeriesTable, Family[]>();
  for (const f of reg.families) {
    if (f.table.ttl === 0) continue;
    const list = byTable.get(f.table);
    if (list) list.push(f);
    else byTable.set(f.table, [f]);
  }
  let removed = 0;
  for (const [t, families] of byTable) {
    for (let id = 0; id < t.size; id++) {
      const idle = now - lastSeen(t, id);
      if (idle <= t.ttl || !isLive(t, id)) continue;
      if (isDirty(t, id) && idle <= t.ttl * UNSCRAPED_TTL_FACTOR) continue;
      for (const f of families) clearSeriesSlots(f, id);
      deleteSeries(t, id);
      removed++;
    }
  }
  return removed;
}

/** Zeroes one series' numbers and exemplars in a family, before its id is freed. */
export function clearSeriesSlots(f: Family, id: number): void {
  if (f.type === "histogram") histogramClear(f.hist, id);
  else vectorClear(f.values, id);
  if (f.exemplars) clearExemplars(f.exemplars, id);
}

/** A scrape snapshot took every series' current values: they now count as served (see SeriesTable.seen). */
export function markScraped(t: SeriesTable): void {
  const seen = t.seen;
  for (let id = 0; id < t.size; id++) seen[id] = Math.abs(seen[id]);
}
