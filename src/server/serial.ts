// Calls that share state (a reader's batch) and may pause half-way (a large message counted in
// slices, so scrapes and probes answer meanwhile) must not overlap: each waits for the one before.

/** Lets timers and I/O (HTTP requests, other gRPC calls) run, then resumes. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Returns a runner of calls one after another, in the order they came: a call runs at once while
 * none is pending (a synchronous answer stays synchronous), else after every earlier one settled.
 */
export function serial(): <T>(call: () => T | Promise<T>) => T | Promise<T> {
  let pending = 0;
  let tail: Promise<unknown> = Promise.resolve();
  const settled = () => void pending--;
  return <T>(call: () => T | Promise<T>) => {
    const out = pending > 0 ? tail.then(call) : call();
    if (!(out instanceof Promise)) return out;
    pending++;
    tail = out.then(settled, settled);
    return out;
  };
}
