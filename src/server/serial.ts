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
  const follow = <T>(p: Promise<T>): Promise<T> => {
    pending++;
    const settle = () => {
      pending--;
    };
    tail = p.then(settle, settle);
    return p;
  };
  return <T>(call: () => T | Promise<T>) => {
    if (pending > 0) return follow(tail.then(call));
    const out = call();
    return out instanceof Promise ? follow(out) : out;
  };
}
