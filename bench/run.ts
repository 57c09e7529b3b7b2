// `npm run bench [-- --quick] [section…]`: prints each section's table (every figure beside a
// baseline measured in the same run) and a summary of the issue-7 targets.
// Sections: ingest, render, memory, native, worstcase, e2e, mixer-params, status (all by default). Progress goes to stderr.
import { cpus, loadavg, release, totalmem } from "node:os";
import type { BenchContext, Section, Target } from "./lib/section.ts";
import { table } from "./lib/table.ts";
import { e2eSection } from "./sections/e2e.ts";
import { ingestSection } from "./sections/ingest.ts";
import { memorySection } from "./sections/memory.ts";
import { mixerParamsSection } from "./sections/mixer-params.ts";
import { nativeSection } from "./sections/native.ts";
import { renderSection } from "./sections/render.ts";
import { statusSection } from "./sections/status.ts";
import { worstcaseSection } from "./sections/worstcase.ts";

const SECTIONS: Section[] = [ingestSection, renderSection, memorySection, nativeSection, worstcaseSection, e2eSection, mixerParamsSection, statusSection];

const USAGE = `usage: npm run bench -- [--quick] [${SECTIONS.map((s) => s.name).join("|")} ...]
  --quick   shorter runs (noisier figures), for a smoke test
  sections  run only these (default: all)
`;

function toolVersion(cmd: string[]): string {
  try {
    const r = Bun.spawnSync(cmd, { stdout: "pipe", stderr: "pipe" });
    return r.exitCode === 0 ? `${r.stdout}${r.stderr}`.trim().split("\n")[0] : "not installed";
  } catch {
    return "not installed"; // Bun throws when the executable is not on PATH
  }
}

function machine(): string {
  const c = cpus();
  return [
    `machine: ${c.length} × ${c[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Linux ${release()}`,
    `runtime: Bun ${Bun.version}; h2load: ${toolVersion(["h2load", "--version"])}; go: ${toolVersion(["go", "version"])}`,
    `load average at start: ${loadavg().map((x) => x.toFixed(2)).join(" ")} (other work on the machine skews wall-clock figures; in-process rates are per CPU-second)`,
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes("--quick");
  const names = argv.filter((a) => !a.startsWith("--"));
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = names.filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`unknown section(s): ${unknown.join(", ")}\n${USAGE}`);
    return 2;
  }
  const chosen = names.length > 0 ? SECTIONS.filter((s) => names.includes(s.name)) : SECTIONS;
  const ctx: BenchContext = { quick, progress: (msg) => process.stderr.write(`… ${msg}\n`) };
  const started = performance.now();
  console.log(`# gatewaymetric benchmarks${quick ? " (--quick)" : ""}\n\n${machine()}\n`);
  const targets: Target[] = [];
  for (const s of chosen) {
    const t0 = performance.now();
    const r = await s.run(ctx);
    console.log(`## ${s.title}\n\n${r.text}\n\n(${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
    targets.push(...r.targets);
  }
  const verdict = (t: Target) => (t.met === null ? "not measured" : t.met ? "met" : "MISSED");
  console.log(`## Issue 7 targets measured in this run\n\n${table(["target", "goal", "measured", ""], targets.map((t) => [t.what, t.goal, t.measured, verdict(t)]))}\n`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return 0;
}

process.exit(await main(process.argv.slice(2)));
