// Native histograms: what they cost (resident memory per live tuple, ingest rate) against the same
// work with them off, and how long the protobuf exposition takes beside the text one.
import { join } from "node:path";
import { render } from "../../src/expose/render.ts";
import { ingestLogEntry, newMixerReader } from "../../src/ingest/mixer-reader.ts";
import { newMixerLogEntryState } from "../../src/ingest/mixer-logentry.ts";
import { defaults } from "../../src/config/config.ts";
import { newPipeline } from "../../src/core/pipeline.ts";
import { newRegistry } from "../../src/store/registry.ts";
import { rates, timeMs } from "../lib/measure.ts";
import { mixerRequests } from "../lib/payloads.ts";
import type { BenchContext, Section, SectionResult, Target } from "../lib/section.ts";
import { nativeSettings, spreadTuples } from "../lib/spread-tuples.ts";
import { bytes, ms, pct, ratio, si, table } from "../lib/table.ts";
import { scrapePause } from "./render.ts";

interface Growth {
  rss: number;
  heap: number;
  buckets: number;
}

async function memory(mode: "on" | "off", tuples: number, perTuple: number): Promise<Growth> {
  const child = Bun.spawn([process.execPath, join(import.meta.dir, "..", "native-child.ts"), mode, String(tuples), String(perTuple)], { stdout: "pipe", stderr: "inherit" });
  const out = await new Response(child.stdout).text();
  if ((await child.exited) !== 0) throw new Error(`native child ${mode} ${tuples} failed`);
  return JSON.parse(out) as Growth;
}

/** Mixer requests (100 entries, Istio accesslog variables) decoded and counted, native on and off. */
function ingestRates(ctx: BenchContext): { on: number; off: number } {
  const bodies = mixerRequests("accesslog", 64);
  const variant = (on: boolean) => {
    const reader = newMixerReader();
    const state = newMixerLogEntryState(defaults().mixer.variables, () => {});
    const p = newPipeline(newRegistry(), { defaultGateway: "", maxSeries: 100_000, metrics: nativeSettings(on) }, ["mixer"]);
    // Steady state: every series and native bucket the payloads reach exists before timing starts.
    for (let k = 0; k < 10 * bodies.length; k++) ingestLogEntry(reader, state, p, bodies[k % bodies.length]);
    let i = 0;
    return () => {
      const n = ingestLogEntry(reader, state, p, bodies[i]).accepted;
      i = (i + 1) % bodies.length;
      return n;
    };
  };
  const r = rates([{ name: "on", run: variant(true) }, { name: "off", run: variant(false) }], { sliceMs: ctx.quick ? 150 : 400, rounds: ctx.quick ? 5 : 15 });
  return { on: r.get("on")!, off: r.get("off")! };
}

export const nativeSection: Section = {
  name: "native",
  title: "Native histograms: memory and ingest cost (on vs off), protobuf render beside text",
  async run(ctx: BenchContext): Promise<SectionResult> {
    const targets: Target[] = [];
    const perTuple = ctx.quick ? 60 : 200;
    const tuples = 10_000;
    ctx.progress(`native: memory, ${tuples} tuples × ${perTuple} requests`);
    const on = await memory("on", tuples, perTuple);
    const off = await memory("off", tuples, perTuple);
    const memText = table(
      ["live tuples (4 histograms each)", "native on: RSS/tuple", "native on: JS heap/tuple", "native buckets/tuple", "native off: RSS/tuple", "on − off"],
      [[`${si(tuples)} × ${perTuple} requests`, bytes(on.rss / tuples), bytes(on.heap / tuples), (on.buckets / tuples).toFixed(0), bytes(off.rss / tuples), bytes((on.rss - off.rss) / tuples)]],
    );
    targets.push({ what: "resident memory per live tuple, native on, realistic spread", goal: "≤ 2 KiB", measured: bytes(on.rss / tuples), met: on.rss / tuples <= 2048 });

    ctx.progress("native: ingest on vs off");
    const ing = ingestRates(ctx);
    const slower = ing.off / ing.on - 1;
    const ingText = table(["Mixer accesslog requests, in process", "native on: entries/CPU-s", "native off: entries/CPU-s", "on slower by"], [["decode + count", si(ing.on), si(ing.off), pct(slower)]]);
    targets.push({ what: "ingest cost of native histograms (in process, decode + count)", goal: "≤ 15% slower", measured: pct(slower), met: slower <= 0.15 });

    const rows: string[][] = [];
    let pauseNote = "";
    for (const n of [10_000, 100_000]) {
      ctx.progress(`native: render ${n} tuples`);
      const reg = spreadTuples(n, ctx.quick ? 10 : 30, true).registry;
      const repeat = ctx.quick ? (n >= 100_000 ? 1 : 3) : n >= 100_000 ? 3 : 7;
      const text = await timeMs(() => render(reg, "text"), repeat);
      const proto = await timeMs(() => render(reg, "protobuf"), repeat);
      rows.push([`${si(n)} tuples`, ms(text.ms), bytes((text.result as Uint8Array).length), ms(proto.ms), bytes((proto.result as Uint8Array).length), ratio(proto.ms / text.ms)]);
      if (n === 100_000) {
        await scrapePause(reg, "protobuf");
        const p = await scrapePause(reg, "protobuf");
        pauseNote = `100k tuples served as protobuf the way /metrics does (snapshot, sliced render): longest event-loop pause ${ms(p.pauseMs)} (most CPU between two turns ${ms(p.pauseCpuMs)}), whole scrape ${ms(p.totalMs)}.`;
        targets.push({ what: "longest ingestion pause for a 100k-tuple protobuf scrape (native on)", goal: "≤ 50 ms", measured: ms(p.pauseMs), met: p.pauseMs <= 50 });
      }
    }
    const renderText = table(["label tuples (native on)", "text: render", "text: bytes", "protobuf: render", "protobuf: bytes", "protobuf / text (time)"], rows);
    return { text: `${memText}\n\n${ingText}\n\n${renderText}\n\n${pauseNote}`, targets };
  },
};
