// In process: decode + aggregate of 100-instance Mixer logentry requests, per decoder design.
import { defaults } from "../../src/config/config.ts";
import { newPipeline } from "../../src/core/pipeline.ts";
import { newMixerLogEntryState } from "../../src/ingest/mixer-logentry.ts";
import { decodeLogEntry, ingestLogEntryReference } from "../../test/reference/mixer-logentry.ts";
import { ingestLogEntry, newMixerReader, readLogEntry } from "../../src/ingest/mixer-reader.ts";
import { newRegistry } from "../../src/store/registry.ts";
import { newAlsReader, openAlsStream, readAlsMessage } from "../../src/ingest/als-reader.ts";
import { httpEntryToRecord, isFinalEntry, openAlsStreamReference } from "../../test/reference/envoy-als.ts";
import { lenientReader } from "../../src/ingest/body.ts";
import { extraLabelOptions, extraSources } from "../../src/ingest/extra-values.ts";
import { newRecord, resetRecord } from "../../src/core/record.ts";
import { envoy } from "../../src/generated/codecs.js";
import { ALS_SHAPES, type AlsShape, alsEntryBytes, alsStream, otlpLineRequests, otlpRequests } from "../lib/log-payloads.ts";
import { ingestOtlpLogsReference } from "../../test/reference/otlp-logs.ts";
import { ingestOtlpLogs, newOtlpReader, readOtlpRequest } from "../../src/ingest/otlp-reader.ts";
import { rates } from "../lib/measure.ts";
import { newPromGateway } from "../lib/naive.ts";
import { type Mix, MIXER_SHAPES, type MixerShape, mixLabel, mixerRequests } from "../lib/payloads.ts";
import type { BenchContext, Section, SectionResult, Target } from "../lib/section.ts";
import { pct, ratio, si, table } from "../lib/table.ts";

const ENTRIES = 100;

function newState() {
  return newMixerLogEntryState(defaults().mixer.variables, () => {});
}

function newOurPipeline() {
  return newPipeline(newRegistry(), { defaultGateway: "", maxSeries: 100_000 }, ["mixer"]);
}

/** Round-robin over pre-encoded requests; each call handles one and returns its entry count. */
function cycling(bodies: Uint8Array[], handle: (body: Uint8Array) => void, entries = ENTRIES): () => number {
  let i = 0;
  return () => {
    handle(bodies[i]);
    i = (i + 1) % bodies.length;
    return entries;
  };
}

const OURS = "ours: wire reader → pipeline";
const CODEC = "codec path: protobufjs → pipeline";
const NAIVE = "naive: protobufjs + prom-client";
const WALK = "bare walk of the wire reader (limit)";
// The walk's CPU per entry, and ours beyond it (counting, and what the reader keeps): with the e2e
// section's "room for decode + count" they show which end-to-end goals a decoder can reach at all.
const WALK_US = "bare walk: CPU µs per entry";
const BEYOND_US = "ours beyond the walk: CPU µs per entry";
/** CPU µs per entry at `rate` entries per CPU-second, less that at `minus` when given. */
const us = (rate: number, minus = Infinity) => (1e6 / rate - 1e6 / minus).toFixed(2);

function variants(shape: MixerShape) {
  const bodies = mixerRequests(shape, 64, ENTRIES);
  const reader = newMixerReader();
  const oursState = newState();
  const ours = newOurPipeline();
  const codecState = newState();
  const codec = newOurPipeline();
  const naiveState = newState();
  const prom = newPromGateway();
  const visit = (rec: Parameters<typeof prom.record>[0], why: string | null) => {
    if (why === null) prom.record(rec);
  };
  const walkReader = newMixerReader();
  const walkState = newState();
  // Sanity: every variant must count every entry, or the rates compare different work.
  const check = ingestLogEntry(newMixerReader(), newState(), newOurPipeline(), bodies[0]);
  if (check.accepted !== ENTRIES) throw new Error(`payload ${shape}: only ${check.accepted} of ${ENTRIES} entries accepted`);
  return [
    { name: OURS, run: cycling(bodies, (b) => ingestLogEntry(reader, oursState, ours, b)) },
    { name: CODEC, run: cycling(bodies, (b) => ingestLogEntryReference(codecState, codec, b)) },
    { name: NAIVE, run: cycling(bodies, (b) => decodeLogEntry(naiveState, b, visit)) },
    { name: WALK, run: cycling(bodies, (b) => readLogEntry(walkReader, walkState, b, false)) },
  ];
}

const alsPipeline = () => newPipeline(newRegistry(), { defaultGateway: "", maxSeries: 100_000 }, ["als"]);

/** ALS: one StreamAccessLogsMessage (~16 KiB) per call, each variant on its own long-lived stream. */
function alsVariants(shape: AlsShape) {
  const { messages, entriesPerMessage } = alsStream(shape, 64);
  const each = (handle: (body: Uint8Array) => void) => cycling(messages, handle, entriesPerMessage);
  const ours = openAlsStream(alsPipeline(), "bench", newAlsReader());
  const codec = openAlsStreamReference(alsPipeline(), "bench");
  const prom = newPromGateway();
  const rec = newRecord();
  const Msg = envoy.service.accesslog.v3.StreamAccessLogsMessage;
  const walker = newAlsReader();
  walker.resolve = false;
  return [
    { name: OURS, run: each((b) => ours.message(b)) },
    { name: CODEC, run: each((b) => codec.message(b)) },
    {
      name: NAIVE,
      run: each((b) => {
        for (const e of Msg.decode(lenientReader(b)).http_logs?.log_entry ?? []) {
          if (!isFinalEntry(e.common_properties, false)) continue;
          resetRecord(rec);
          if (httpEntryToRecord(e, rec)) prom.record(rec);
        }
      }),
    },
    { name: WALK, run: each((b) => readAlsMessage(walker, b)) },
  ];
}

/**
 * ALS Istio-shaped entries that log an `x-tenant` header (8 tenants), counted without extra labels
 * and with one (tenant from x-tenant): the same messages, so the difference is the label's cost.
 * A third stream has one tenant only: the label's mechanism without the series it multiplies.
 */
function alsExtraVariants() {
  const tenant = [{ name: "tenant", header: "x-tenant", attribute: "tenant", variable: "tenant", maxValues: 100 }];
  const stream = (extra: boolean, tenants = 8) => {
    const { messages, entriesPerMessage } = alsStream("istio", 64, 11, tenants);
    const p = newPipeline(newRegistry(), { defaultGateway: "", maxSeries: 100_000, extraLabels: extra ? extraLabelOptions(tenant) : [] }, ["als"]);
    const s = openAlsStream(p, "bench", newAlsReader(extraSources(extra ? tenant : [])));
    let i = 0;
    return () => {
      s.message(messages[i]);
      i = (i + 1) % messages.length;
      return entriesPerMessage;
    };
  };
  return [
    { name: NO_EXTRA, run: stream(false) },
    { name: ONE_EXTRA, run: stream(true) },
    { name: ONE_VALUE, run: stream(true, 1) },
  ];
}

const NO_EXTRA = "no extra labels";
const ONE_EXTRA = "one extra label (tenant ← x-tenant, 8 values)";
const ONE_VALUE = "one extra label, every entry the same tenant";

const otlpPipeline = () => newPipeline(newRegistry(), { defaultGateway: "", maxSeries: 100_000 }, ["otlp"]);

/**
 * OTLP: Export requests of 100 records with Istio attributes (the e2e sender's payload), or with
 * Istio's default text line as the body (what envoyOtelAls sends unless configured otherwise).
 */
function otlpVariants(make: (count: number, n: number) => Uint8Array[] = otlpRequests) {
  const bodies = make(64, ENTRIES);
  const check = ingestOtlpLogs(otlpPipeline(), bodies[0], newOtlpReader());
  if (check.accepted !== ENTRIES) throw new Error(`OTLP payload: only ${check.accepted} of ${ENTRIES} records accepted`);
  const reader = newOtlpReader();
  const ours = otlpPipeline();
  const codec = otlpPipeline();
  const walker = newOtlpReader();
  walker.resolve = false;
  return [
    { name: OURS, run: cycling(bodies, (b) => ingestOtlpLogs(ours, b, reader)) },
    { name: CODEC, run: cycling(bodies, (b) => ingestOtlpLogsReference(codec, b)) },
    { name: WALK, run: cycling(bodies, (b) => readOtlpRequest(walker, b)) },
  ];
}

/** Other payload mixes than the tables' (which use the usual one), for the spread of ours / bare walk. */
const MIXES: Mix[] = [{ tuples: "few" }, { tuples: "many" }, { tuples: "usual", longUrls: true }];
const SPREAD_SENDERS = ["Mixer, Istio accesslog variables", "ALS, Istio-shaped entries", "OTLP, 100 records with attributes"] as const;

/** Ours and the bare walk of one sender on the messages of one mix. */
function mixVariants(sender: (typeof SPREAD_SENDERS)[number], mix: Mix) {
  if (sender === SPREAD_SENDERS[1]) {
    const { messages, entriesPerMessage } = alsStream("istio", 64, 11, 0, mix);
    const ours = openAlsStream(alsPipeline(), "bench", newAlsReader());
    const walker = newAlsReader();
    walker.resolve = false;
    return [
      { name: OURS, run: cycling(messages, (b) => ours.message(b), entriesPerMessage) },
      { name: WALK, run: cycling(messages, (b) => readAlsMessage(walker, b), entriesPerMessage) },
    ];
  }
  if (sender === SPREAD_SENDERS[2]) {
    const bodies = otlpRequests(64, ENTRIES, 13, mix);
    const reader = newOtlpReader();
    const ours = otlpPipeline();
    const walker = newOtlpReader();
    walker.resolve = false;
    return [{ name: OURS, run: cycling(bodies, (b) => ingestOtlpLogs(ours, b, reader)) }, { name: WALK, run: cycling(bodies, (b) => readOtlpRequest(walker, b)) }];
  }
  const bodies = mixerRequests("accesslog", 64, ENTRIES, mix);
  const reader = newMixerReader();
  const state = newState();
  const ours = newOurPipeline();
  const walkReader = newMixerReader();
  const walkState = newState();
  return [
    { name: OURS, run: cycling(bodies, (b) => ingestLogEntry(reader, state, ours, b)) },
    { name: WALK, run: cycling(bodies, (b) => readLogEntry(walkReader, walkState, b, false)) },
  ];
}

export const ingestSection: Section = {
  name: "ingest",
  title: "In process: decode + aggregate of Mixer logentry and OTLP requests of 100 entries and ALS messages (entries per CPU-second, one thread)",
  async run(ctx: BenchContext): Promise<SectionResult> {
    const opts = ctx.quick ? { sliceMs: 250, rounds: 3 } : { sliceMs: 700, rounds: 5 };
    const shapes = Object.keys(MIXER_SHAPES) as MixerShape[];
    const results = new Map<MixerShape, Map<string, number>>();
    for (const shape of shapes) {
      ctx.progress(`ingest: ${shape}`);
      results.set(shape, rates(variants(shape), opts));
    }
    const col = (name: string) => shapes.map((s) => si(results.get(s)!.get(name)!) + "/s");
    const rel = (a: string, b: string, fmt: (x: number) => string) => shapes.map((s) => fmt(results.get(s)!.get(a)! / results.get(s)!.get(b)!));
    const bytesPerEntry = shapes.map((s) => `${Math.round(mixerRequests(s, 1, ENTRIES)[0].length / ENTRIES)} B`);
    const text = table(
      ["Mixer logentry, 100 entries per request", ...shapes.map((s) => MIXER_SHAPES[s].label)],
      [
        ["bytes per entry on the wire", ...bytesPerEntry],
        [OURS, ...col(OURS)],
        [CODEC, ...col(CODEC)],
        [NAIVE, ...col(NAIVE)],
        [WALK, ...col(WALK)],
        ["ours / naive", ...rel(OURS, NAIVE, ratio)],
        ["ours / codec path", ...rel(OURS, CODEC, ratio)],
        ["ours / bare walk (target ≥ 50%)", ...rel(OURS, WALK, pct)],
        [WALK_US, ...shapes.map((s) => us(results.get(s)!.get(WALK)!))],
        [BEYOND_US, ...shapes.map((s) => us(results.get(s)!.get(OURS)!, results.get(s)!.get(WALK)!))],
      ],
    );
    const targets: Target[] = shapes.map((s) => {
      const r = results.get(s)!.get(OURS)! / results.get(s)!.get(WALK)!;
      return { what: `in-process decode+aggregate vs bare walk, Mixer, ${MIXER_SHAPES[s].label}`, goal: "≥ 50%", measured: pct(r), met: r >= 0.5 };
    });

    const alsShapes = Object.keys(ALS_SHAPES) as AlsShape[];
    const alsResults = new Map<AlsShape, Map<string, number>>();
    for (const shape of alsShapes) {
      ctx.progress(`ingest: ALS ${shape}`);
      alsResults.set(shape, rates(alsVariants(shape), opts));
    }
    const aCol = (name: string) => alsShapes.map((s) => si(alsResults.get(s)!.get(name)!) + "/s");
    const aRel = (a: string, b: string, fmt: (x: number) => string) => alsShapes.map((s) => fmt(alsResults.get(s)!.get(a)! / alsResults.get(s)!.get(b)!));
    const alsText = table(
      ["ALS v3, ~16 KiB StreamAccessLogsMessages", ...alsShapes.map((s) => ALS_SHAPES[s].label)],
      [
        ["bytes per entry on the wire", ...alsShapes.map((s) => `${alsEntryBytes(s)} B`)],
        [OURS, ...aCol(OURS)],
        [CODEC, ...aCol(CODEC)],
        [NAIVE, ...aCol(NAIVE)],
        [WALK, ...aCol(WALK)],
        ["ours / naive", ...aRel(OURS, NAIVE, ratio)],
        ["ours / codec path", ...aRel(OURS, CODEC, ratio)],
        ["ours / bare walk (target ≥ 50%)", ...aRel(OURS, WALK, pct)],
        [WALK_US, ...alsShapes.map((s) => us(alsResults.get(s)!.get(WALK)!))],
        [BEYOND_US, ...alsShapes.map((s) => us(alsResults.get(s)!.get(OURS)!, alsResults.get(s)!.get(WALK)!))],
      ],
    );
    for (const s of alsShapes) {
      const r = alsResults.get(s)!.get(OURS)! / alsResults.get(s)!.get(WALK)!;
      targets.push({ what: `in-process decode+aggregate vs bare walk, ALS, ${ALS_SHAPES[s].label}`, goal: "≥ 50%", measured: pct(r), met: r >= 0.5 });
    }
    ctx.progress("ingest: ALS extra labels");
    const extra = rates(alsExtraVariants(), opts);
    const x = extra.get(ONE_EXTRA)! / extra.get(NO_EXTRA)!;
    const extraText = table(
      ["ALS v3, Istio-shaped entries logging x-tenant", "entries/s"],
      [
        [NO_EXTRA, si(extra.get(NO_EXTRA)!) + "/s"],
        [ONE_EXTRA, si(extra.get(ONE_EXTRA)!) + "/s"],
        [ONE_VALUE, si(extra.get(ONE_VALUE)!) + "/s"],
        ["one / none (target ≥ 90%)", pct(x)],
        ["one, same tenant / none", pct(extra.get(ONE_VALUE)! / extra.get(NO_EXTRA)!)],
      ],
    );
    targets.push({ what: "ALS Istio-shaped entries with one extra label vs none", goal: "≥ 90%", measured: pct(x), met: x >= 0.9 });
    ctx.progress("ingest: OTLP");
    const otlp = rates(otlpVariants(), opts);
    ctx.progress("ingest: OTLP text-line bodies");
    const lines = rates(otlpVariants(otlpLineRequests), opts);
    const both = (name: string) => [si(otlp.get(name)!) + "/s", si(lines.get(name)!) + "/s"];
    const otlpText = table(
      ["OTLP Export, 100 records", "with attributes", "Istio default text-line body"],
      [
        ["bytes per record on the wire", ...[otlpRequests, otlpLineRequests].map((m) => `${Math.round(m(1, ENTRIES)[0].length / ENTRIES)} B`)],
        [OURS, ...both(OURS)],
        [CODEC, ...both(CODEC)],
        [WALK, ...both(WALK)],
        ["ours / codec path", ratio(otlp.get(OURS)! / otlp.get(CODEC)!), ratio(lines.get(OURS)! / lines.get(CODEC)!)],
        ["ours / bare walk (target ≥ 50%)", pct(otlp.get(OURS)! / otlp.get(WALK)!), pct(lines.get(OURS)! / lines.get(WALK)!)],
        [WALK_US, us(otlp.get(WALK)!), us(lines.get(WALK)!)],
        [BEYOND_US, us(otlp.get(OURS)!, otlp.get(WALK)!), us(lines.get(OURS)!, lines.get(WALK)!)],
      ],
    ) + "\n\nThe bare walk steps over a text-line body; parsing the line is part of ours.";
    const o = otlp.get(OURS)! / otlp.get(WALK)!;
    targets.push({ what: "in-process decode+aggregate vs bare walk, OTLP, 100 records with attributes", goal: "≥ 50%", measured: pct(o), met: o >= 0.5 });

    // Shorter than the tables above: these rows give the spread, not a target.
    const spreadOpts = ctx.quick ? opts : { sliceMs: 400, rounds: 3 };
    const spreadRows: string[][] = [];
    for (const sender of SPREAD_SENDERS) {
      const row: string[] = [sender];
      for (const mix of MIXES) {
        ctx.progress(`ingest: ${sender}, ${mixLabel(mix)}`);
        const r = rates(mixVariants(sender, mix), spreadOpts);
        row.push(`${si(r.get(OURS)!)}/s, ${pct(r.get(OURS)! / r.get(WALK)!)}`);
      }
      spreadRows.push(row);
    }
    const spreadText = table(["other payload mixes: ours, and ours / bare walk", ...MIXES.map(mixLabel)], spreadRows) +
      "\n\nMany tuples: each of the 6,400 entries that cycle is nearly its own tuple, so these rates include making series." +
      "\n~1 KiB URLs: the walk steps over the bytes; ours reads the path (and its route) from them.";
    return { text: `${text}\n\n${alsText}\n\n${extraText}\n\n${otlpText}\n\n${spreadText}`, targets };
  },
};
