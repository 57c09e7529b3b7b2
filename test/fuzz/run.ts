// The long fuzz run (`npm run fuzz`): every target for a time budget or a case count, then a batch
// of mutated messages through real gRPC. Prints cases per target and each failure with its seed,
// case index, input and the command that replays it.
//
//   bun test/fuzz/run.ts [--seconds 600 | --cases N] [--seed S] [--target NAME] [--max-len BYTES] [--grpc N]
//   bun test/fuzz/run.ts --target NAME --seed S [--max-len BYTES] --replay INDEX
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type Failure, replayCase, replayCommand, type RunResult, runTarget } from "./engine.ts";
import { fuzzOverGrpc } from "./grpc.ts";
import { DECODERS, TARGETS, targetByName } from "./targets.ts";
import { setLogLevel } from "../../src/log.ts";

// The gRPC run's adapter would log a warning per refused message.
setLogLevel("error");

const { values: a } = parseArgs({
  options: {
    seconds: { type: "string" },
    cases: { type: "string" },
    seed: { type: "string" },
    target: { type: "string" },
    "max-len": { type: "string", default: String(256 * 1024) },
    grpc: { type: "string", default: "200" },
    replay: { type: "string" },
    "hang-seconds": { type: "string", default: "60" },
    help: { type: "boolean" },
  },
});

if (a.help) {
  console.log("bun test/fuzz/run.ts [--seconds 600 | --cases N] [--seed S] [--target NAME] [--max-len BYTES] [--grpc N] [--replay INDEX]");
  console.log(`targets: ${TARGETS.map((t) => t.name).join(", ")}`);
  process.exit(0);
}

const seed = a.seed !== undefined ? Number(a.seed) >>> 0 : (Date.now() ^ (process.pid << 16)) >>> 0;
const maxLen = Number(a["max-len"]);
const targets = a.target ? [targetByName(a.target)] : TARGETS;

if (a.replay !== undefined) {
  if (!a.target || a.seed === undefined) throw new Error("--replay needs --target and --seed");
  const r = replayCase(targets[0], seed, Number(a.replay), maxLen);
  console.log(`input: ${r.input}`);
  console.log(r.problem === null ? `no property failed (${r.ms.toFixed(1)} ms)` : `FAILED: ${r.problem}`);
  process.exit(r.problem === null ? 0 : 1);
}

// Watchdog: shared [heartbeat, target index, case index].
const shared = new SharedArrayBuffer(12);
const state = new Int32Array(shared);
const dog = new Worker(new URL("./watchdog.ts", import.meta.url));
dog.postMessage({ shared, hangSeconds: Number(a["hang-seconds"]), describe: targets.map((t) => replayCommand({ target: t.name, seed, index: -1, problem: "", input: "" }, maxLen).replace(/ -1$/, "")) });
dog.unref();

const totalMs = a.seconds !== undefined ? Number(a.seconds) * 1000 : undefined;
const cases = a.cases !== undefined ? Number(a.cases) : totalMs === undefined ? 2000 : undefined;
console.log(`fuzz seed ${seed}; ${cases !== undefined ? `${cases} cases per target` : `${totalMs! / 1000} s over ${targets.length} targets`}; inputs up to ${maxLen} bytes`);

const results: RunResult[] = [];
const started = Date.now();
for (let k = 0; k < targets.length; k++) {
  const t = targets[k];
  // Each target gets an equal share of what is left of the budget.
  const deadline = totalMs === undefined ? undefined : Date.now() + (started + totalMs - Date.now()) / (targets.length - k);
  Atomics.store(state, 1, k);
  const r = runTarget(t, {
    seed, cases, deadline, maxLen, checkEvery: 256, resetEvery: 4096, promtool: true, maxFailures: 20,
    onCase: (i) => {
      Atomics.add(state, 0, 1);
      Atomics.store(state, 2, i);
    },
  });
  results.push(r);
  const d = DECODERS.find((x) => x.name === t.name)?.stats;
  const counts = d ? `  messages refused ${d.refused}, entries accepted ${d.accepted} rejected ${d.rejected}` : "";
  console.log(`${t.name.padEnd(20)} ${String(r.cases).padStart(9)} cases ${(r.ms / 1000).toFixed(1).padStart(6)} s  ` +
    `slowest ${r.maxMs.toFixed(1)} ms (${r.maxSize} bytes, case ${r.maxIndex})  promtool ${r.promtoolRuns}  failures ${r.failures.length}${counts}`);
}

const grpcMessages = Number(a.grpc);
let grpcFailures: string[] = [];
if (grpcMessages > 0 && !a.target) {
  const g = await fuzzOverGrpc(seed, grpcMessages, maxLen);
  grpcFailures = g.failures;
  console.log(`${"grpc".padEnd(20)} ${String(g.calls).padStart(9)} calls  ${Object.entries(g.codes).map(([c, n]) => `${c} ${n}`).join(", ")}  failures ${g.failures.length}`);
}

const failures: Failure[] = results.flatMap((r) => r.failures);
const total = results.reduce((s, r) => s + r.cases, 0);
console.log(`total ${total} cases in ${((Date.now() - started) / 1000).toFixed(0)} s; ${failures.length + grpcFailures.length} failures`);
if (failures.length > 0) {
  const dir = join(tmpdir(), "gatewaymetric-fuzz");
  mkdirSync(dir, { recursive: true });
  for (const f of failures) {
    const file = join(dir, `${f.target}-${f.seed}-${f.index}.txt`);
    writeFileSync(file, `${f.problem}\n${f.input}\n`);
    console.log(`\nFAIL ${f.target} seed ${f.seed} case ${f.index}: ${f.problem.split("\n")[0]}`);
    console.log(`  input (${f.input.length} chars, full in ${file}): ${f.input.slice(0, 400)}${f.input.length > 400 ? "…" : ""}`);
    if (f.index >= 0) console.log(`  replay: ${replayCommand(f, maxLen)}`);
  }
}
for (const f of grpcFailures) console.log(`FAIL grpc: ${f}`);
process.exit(failures.length + grpcFailures.length > 0 ? 1 : 0);
