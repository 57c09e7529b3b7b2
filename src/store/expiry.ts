// Expiry of idle series. A series idle for longer than its table's ttl is removed only once a scrape
// has taken its final values (the table's dirty flag is clear), so a counter's last increments are
// never lost; with nobody scraping, a series idle for twice the ttl goes anyway, which bounds memory.
import { type Family, clearSeriesSlots, type Registry } from "./registry.ts";
import { deleteSeries, isDirty, isLive, lastSeen, type SeriesTable } from "./series.ts";

/** How many ttls an unscraped series may stay idle before it is removed regardless. */
const UNSCRAPED_TTL_FACTOR = 2;

/** Tables of the registry's families, each with the families that keep numbers for it. */
function tablesOf(reg: Registry): Map<SeriesTable, Family[]> {
  const byTable = new Map<SeriesTable, Family[]>();
  for (const f of reg.families) {
    const list = byTable.get(f.table);
    if (list) list.push(f);
    else byTable.set(f.table, [f]);
  }
  return byTable;
}

/** Removes expired series from every table with a ttl; returns how many were removed. */
export function sweepExpired(reg: Registry, now: number): number {
  let removed = 0;
  for (const [t, families] of tablesOf(reg)) {
    if (t.ttl > 0) removed += sweepTable(t, families, now);
  }
  return removed;
}

function sweepTable(t: SeriesTable, families: readonly Family[], now: number): number {
  const ttl = t.ttl;
  const hard = ttl * UNSCRAPED_TTL_FACTOR;
  let removed = 0;
  for (let id = 0; id < t.size; id++) {
    const idle = now - lastSeen(t, id);
    if (idle <= ttl || !isLive(t, id)) continue;
    if (isDirty(t, id) && idle <= hard) continue;
    for (const f of families) clearSeriesSlots(f, id);
    deleteSeries(t, id);
    removed++;
  }
  return removed;
}

/** A scrape snapshot took every series' current values: they now count as served (see SeriesTable.seen). */
export function markScraped(t: SeriesTable): void {
  const seen = t.seen;
  for (let id = 0; id < t.size; id++) seen[id] = Math.abs(seen[id]);
}
