// Resident memory per live label tuple (counter + 3 histograms), each size in a fresh process.
import { join } from "node:path";
import type { BenchContext, Section, SectionResult, Target } from "../lib/section.ts";
import { bytes, ratio, si, table } from "../lib/table.ts";

interface Growth {
  rss: number;
  heap: number;
}

async function measure(impl: "ours" | "prom", tuples: number): Promise<Growth> {
  const child = Bun.spawn([process.execPath, join(import.meta.dir, "..", "memory-child.ts"), impl, String(tuples)], { stdout: "pipe", stderr: "inherit" });
  const out = await new Response(child.stdout).text();
  if ((await child.exited) !== 0) throw new Error(`memory child ${impl} ${tuples} failed`);
  return JSON.parse(out) as Growth;
}

export const memorySection: Section = {
  name: "memory",
  title: "Memory per live label tuple (1 counter + 3 histograms), fresh process per size, after a 10k-tuple warm-up and Bun.gc(true)",
  async run(ctx: BenchContext): Promise<SectionResult> {
    const rows: string[][] = [];
    const targets: Target[] = [];
    for (const n of [10_000, 100_000]) {
      ctx.progress(`memory: ${n} tuples`);
      const ours = await measure("ours", n);
      const prom = await measure("prom", n);
      rows.push([`${si(n)} tuples`, bytes(ours.rss / n), bytes(ours.heap / n), bytes(prom.rss / n), bytes(prom.heap / n), ratio(prom.rss / ours.rss)]);
      targets.push({ what: `resident memory per live tuple at ${si(n)}`, goal: "≤ 1 KiB", measured: bytes(ours.rss / n), met: ours.rss / n <= 1024 });
    }
    const text = table(["live tuples", "ours: RSS/tuple", "ours: JS heap/tuple", "prom-client: RSS/tuple", "prom-client: JS heap/tuple", "prom-client / ours (RSS)"], rows);
    return { text, targets };
  },
};
