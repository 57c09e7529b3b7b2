// Runs fuzz targets: a fixed number of cases or until a deadline, each case derived from (seed,
// target, index) so a failure replays alone; properties checked per case, over the registry every
// `checkEvery` cases, and with promtool on the exposition at the end.
import { promtoolCheck, promtoolParseErrors, promtoolPath } from "../helpers/exposition.ts";
import { caseSeed, newRng } from "./prng.ts";
import type { Target } from "./targets.ts";

export interface RunOptions {
  seed: number;
  /** Cases to run; with `deadline`, whichever ends first. */
  cases?: number;
  /** Date.now() after which no new case starts. */
  deadline?: number;
  /** Largest input, in bytes or characters. */
  maxLen: number;
  checkEvery: number;
  /** A new context (registry, decoder state) every so many cases, so runs stay bounded in memory. */
  resetEvery: number;
  /** promtool on the exposition of every context before it is dropped (targets with one). */
  promtool: boolean;
  /** Told which case is about to run (for the hang watchdog). */
  onCase?: (index: number) => void;
  /** Stop after this many failures. */
  maxFailures?: number;
}

export interface Failure {
  target: string;
  seed: number;
  /** Case index; -1 for a failure of the whole-context check. */
  index: number;
  problem: string;
  /** The input (hex or JSON), for replay. */
  input: string;
}

export interface RunResult {
  target: string;
  cases: number;
  ms: number;
  /** Slowest case: its time, input size and index. */
  maxMs: number;
  maxSize: number;
  maxIndex: number;
  promtoolRuns: number;
  failures: Failure[];
}

/** Time a case may take: generous, so only a hang or superlinear work trips it. */
export function caseBudgetMs(size: number): number {
  return 2000 + size / 1024 * 5;
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.name === "Violation" ? e.message : `${e.name}: ${e.message}\n${e.stack ?? ""}`;
  return `non-Error thrown: ${String(e)}`;
}

export function runTarget<I, C>(t: Target<I, C>, o: RunOptions): RunResult {
  const r: RunResult = { target: t.name, cases: 0, ms: 0, maxMs: 0, maxSize: 0, maxIndex: -1, promtoolRuns: 0, failures: [] };
  const maxFailures = o.maxFailures ?? 5;
  const start = performance.now();
  let ctx = t.newContext();
  const wholeContext = (final: boolean) => {
    try {
      t.check(ctx);
    } catch (e) {
      r.failures.push({ target: t.name, seed: o.seed, index: -1, problem: `after case ${r.cases - 1}: ${describe(e)}`, input: "" });
    }
    const text = o.promtool && promtoolPath ? t.exposition(ctx) : null;
    if (text !== null && (final || r.promtoolRuns < 3)) {
      r.promtoolRuns++;
      const complaint = t.lint ? promtoolCheck(text) : promtoolParseErrors(text);
      if (complaint !== "") r.failures.push({ target: t.name, seed: o.seed, index: -1, problem: `promtool after case ${r.cases - 1}: ${complaint.slice(0, 2000)}`, input: "" });
    }
  };
  for (let i = 0; o.cases === undefined || i < o.cases; i++) {
    if (o.deadline !== undefined && Date.now() >= o.deadline) break;
    if (r.failures.length >= maxFailures) break;
    o.onCase?.(i);
    const input = t.input(newRng(caseSeed(o.seed, t.name, i)), o.maxLen);
    const t0 = performance.now();
    try {
      t.run(ctx, input);
    } catch (e) {
      r.failures.push({ target: t.name, seed: o.seed, index: i, problem: describe(e), input: t.show(input) });
      // The context may be half-updated now; later cases start from a clean one.
      ctx = t.newContext();
    }
    const dt = performance.now() - t0;
    const size = t.size(input);
    if (dt > r.maxMs) {
      r.maxMs = dt;
      r.maxSize = size;
      r.maxIndex = i;
    }
    if (dt > caseBudgetMs(size)) r.failures.push({ target: t.name, seed: o.seed, index: i, problem: `took ${dt.toFixed(0)} ms for ${size} bytes`, input: t.show(input) });
    r.cases++;
    if (r.cases % o.checkEvery === 0) wholeContext(false);
    if (r.cases % o.resetEvery === 0) ctx = t.newContext();
  }
  wholeContext(true);
  r.ms = performance.now() - start;
  return r;
}

/** Runs case `index` alone on a fresh context: what a failure report's replay command does. */
export function replayCase<I, C>(t: Target<I, C>, seed: number, index: number, maxLen: number): { input: string; problem: string | null; ms: number } {
  const input = t.input(newRng(caseSeed(seed, t.name, index)), maxLen);
  const ctx = t.newContext();
  const t0 = performance.now();
  let problem: string | null = null;
  try {
    t.run(ctx, input);
    t.check(ctx);
  } catch (e) {
    problem = describe(e);
  }
  const ms = performance.now() - t0;
  if (problem === null && ms > caseBudgetMs(t.size(input))) problem = `took ${ms.toFixed(0)} ms for ${t.size(input)} bytes`;
  return { input: t.show(input), problem, ms };
}

/** The command that replays a failure (with the same input size bound, which shapes the input). */
export function replayCommand(f: Failure, maxLen: number): string {
  return `bun test/fuzz/run.ts --target ${f.target} --seed ${f.seed} --max-len ${maxLen} --replay ${f.index}`;
}
