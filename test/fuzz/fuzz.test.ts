// The short, fixed-seed fuzz run of `npm test`: every target for a few thousand cases, then mutated
// messages through real gRPC. The long run is `npm run fuzz` (test/fuzz/run.ts), which also
// replays a failing case from its seed and index.
import { describe, expect, test } from "bun:test";
import { replayCommand, runTarget } from "./engine.ts";
import { fuzzOverGrpc } from "./grpc.ts";
import { DECODERS, TARGETS } from "./targets.ts";

const SEED = 20240501;
const MAX_LEN = 64 * 1024;

/** Cases per target: decoders cost most per case. */
function casesFor(name: string): number {
  if (DECODERS.some((d) => d.name === name)) return 3000;
  return name === "exposition_writer" ? 2000 : 30_000;
}

describe(`fuzz, seed ${SEED}`, () => {
  for (const t of TARGETS) {
    test(`${t.name}: ${casesFor(t.name)} cases hold every property`, () => {
      const r = runTarget(t, { seed: SEED, cases: casesFor(t.name), maxLen: MAX_LEN, checkEvery: 200, resetEvery: 1000, promtool: true });
      const replay = r.failures.map((f) => `${f.problem.split("\n")[0]}\n  replay: ${replayCommand(f, MAX_LEN)}\n  input: ${f.input.slice(0, 300)}`);
      expect(replay).toEqual([]);
      expect(r.cases).toBe(casesFor(t.name));
    });
  }

  test("mutated messages through real gRPC: OK or INVALID_ARGUMENT, each refusal counted, exposition valid", async () => {
    const r = await fuzzOverGrpc(SEED, 30, MAX_LEN);
    expect(r.failures).toEqual([]);
    expect(r.calls).toBe(30 * DECODERS.length);
    // The run reaches both answers, or it proves little.
    expect(r.codes.OK).toBeGreaterThan(0);
    expect(r.codes.INVALID_ARGUMENT).toBeGreaterThan(0);
  });
});
