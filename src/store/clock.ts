// A coarse clock for "last updated" stamps and exemplar times: the hot path reads a number instead
// of calling Date.now() per entry. The adapter advances it every second; expiry works in whole
// seconds anyway, and an exemplar's time is its tick (store/exemplars.ts).

export const clock = { now: Date.now() / 1000 };

/** Sets the clock (unix seconds); without an argument, to the current time. */
export function tickClock(now = Date.now() / 1000): void {
  clock.now = now;
}
