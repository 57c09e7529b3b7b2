// A worker that ends the fuzz process when a case hangs: the main thread, stuck inside a decoder,
// cannot report anything itself. It reads the case in progress from shared memory, writes the
// replay command straight to stderr, and kills the process.
import { writeSync } from "node:fs";

declare const self: Worker;

/** `describe[k]`: the replay command of target k, less the case index. */
self.onmessage = (ev: MessageEvent<{ shared: SharedArrayBuffer; hangSeconds: number; describe: string[] }>) => {
  const state = new Int32Array(ev.data.shared);
  let lastBeat = -1;
  let still = 0;
  setInterval(() => {
    // [0] heartbeat (bumped per case), [1] target index, [2] case index.
    const beat = Atomics.load(state, 0);
    if (beat !== lastBeat) {
      lastBeat = beat;
      still = 0;
      return;
    }
    if (++still < ev.data.hangSeconds) return;
    const replay = ev.data.describe[Atomics.load(state, 1)] ?? "?";
    const index = Atomics.load(state, 2);
    writeSync(2, `\nHANG: case ${index} ran over ${ev.data.hangSeconds} s; replay: ${replay} ${index}\n`);
    process.kill(process.pid, "SIGKILL");
  }, 1000);
};
