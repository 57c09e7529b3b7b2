// One message's accounting of its entries: each accepted, or rejected with one reason. Added to
// gatewaymetric_entries_total once the whole message is through, not per entry.
import type { Pipeline } from "../core/pipeline.ts";
import { countEntries, type RejectReason, type Source } from "../core/self-metrics.ts";

// The most entries a reader keeps at once (a message with more is checked, then read again in batches),
// so no sender decides how much scratch memory a reader holds.
export const BATCH_ENTRIES = 1024;

// Lets other work run, then resumes; called after each SLICE_MS of counting a message of many batches,
// since counting a batch of new label values takes milliseconds, a 4 MiB message seconds.
export type Pause = () => Promise<void>;
export const SLICE_MS = 5;

export interface Tally {
  accepted: number;
  rejected: number;
  readonly byReason: Map<RejectReason, number>;
}

export function newTally(): Tally {
  return { accepted: 0, rejected: 0, byReason: new Map() };
}

export function reject(t: Tally, reason: RejectReason, n = 1): void {
  t.rejected += n;
  t.byReason.set(reason, (t.byReason.get(reason) ?? 0) + n);
}

export function flushTally(p: Pipeline, source: Source, t: Tally): void {
  countEntries(p.self, source, "accepted", t.accepted);
  for (const [reason, n] of t.byReason) countEntries(p.self, source, "rejected", n, reason);
}
