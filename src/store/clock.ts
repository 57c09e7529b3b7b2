// A coarse clock for "last updated" stamps: the hot path reads a number instead of calling
// Date.now() per entry. The adapter advances it every second; expiry works in whole seconds anyway.

export const clock = { now: Date.now() / 1000 };

/** Sets the clock (unix seconds); without an argument, to the current time. */
export function tickClock(now = Date.now() / 1000): void {
  clock.now = now;
}
