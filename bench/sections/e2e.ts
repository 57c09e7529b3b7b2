// End to end over gRPC on loopback: h2load sends pre-encoded gRPC frames to one adapter process,
// then the same load goes to the Go baseline. Entries are counted by each server's own counter
// (h2load counts a gRPC error as a success) and CPU time is read from /proc/PID/stat.
//
// A sender is one table entry: a gRPC path, how to build the messages of one stream, and the
// `source` label both servers count it under. Client-streaming senders (ALS) put many messages
// in one stream; h2load sends the concatenated frames as one request body.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALS_V3_PATH } from "../../src/ingest/als-reader.ts";
import { LOGENTRY_PATH } from "../../src/ingest/mixer-logentry.ts";
import { OTLP_LOGS_PATH } from "../../src/ingest/otlp-reader.ts";
import { ALS_SHAPES, type AlsShape, alsEntryBytes, alsStream, otlpRequests } from "../lib/log-payloads.ts";
import { median } from "../lib/measure.ts";
import { type Mix, MIXER_SHAPES, type MixerShape, mixLabel, mixerRequest } from "../lib/payloads.ts";
import type { BenchContext, Section, SectionResult, Target } from "../lib/section.ts";
import { cpuSeconds, goSeed, type Server, startFloor, startGo, startNull, startOurs } from "../lib/servers.ts";
import { pct, ratio, si, table } from "../lib/table.ts";

export interface Sender {
  name: string;
  path: string;
  /** Client-streaming (ALS) rather than unary. */
  streaming: boolean;
  /** The messages of one stream (one, for unary calls). */
  messages: () => Uint8Array[];
  /** Entries in one message. */
  entriesPerMessage: number;
  /** `source` label of gatewaymetric_entries_total and of go-seed's peer_entries_total. */
  source: string;
  /** Target ratio ours / Go per server CPU-second (issue 15). */
  goal: number;
  /** Other payload mixes of the same sender, run against ours and Go only: the spread of the ratio. */
  variants: Variant[];
}

export interface Variant {
  label: string;
  messages: () => Uint8Array[];
  entriesPerMessage: number;
}

const MANY: Mix = { tuples: "many" };
const FEW: Mix = { tuples: "few" };
/** Entries in a small unary batch (about what a 16 KiB exporter buffer holds of short records). */
const SMALL = 25;

function mixerSender(shape: MixerShape): Sender {
  return {
    name: `Mixer logentry unary, 100 entries, ${MIXER_SHAPES[shape].label}`,
    path: LOGENTRY_PATH,
    streaming: false,
    messages: () => [mixerRequest(shape, 7)],
    entriesPerMessage: 100,
    source: "mixer",
    goal: 4,
    variants: [
      { label: `${mixLabel(MANY)}, 100 entries`, messages: () => [mixerRequest(shape, 7, 100, MANY)], entriesPerMessage: 100 },
      { label: `${mixLabel(FEW)}, ${SMALL} entries`, messages: () => [mixerRequest(shape, 7, SMALL, FEW)], entriesPerMessage: SMALL },
    ],
  };
}

function alsSender(shape: AlsShape): Sender {
  const { entriesPerMessage } = alsStream(shape, 1);
  return {
    name: `ALS v3 stream, 50 × ~16 KiB messages, ${ALS_SHAPES[shape].label} (${alsEntryBytes(shape)} B)`,
    path: ALS_V3_PATH,
    streaming: true,
    messages: () => alsStream(shape).messages,
    entriesPerMessage,
    source: "als",
    goal: shape === "istio" ? 4 : 5,
    variants: [
      alsVariant(shape, MANY, 50),
      alsVariant(shape, FEW, 5),
      ...(shape === "istio" ? [alsVariant(shape, { tuples: "usual", longUrls: true }, 50)] : []),
    ],
  };
}

function alsVariant(shape: AlsShape, mix: Mix, count: number): Variant {
  const { entriesPerMessage } = alsStream(shape, 1, 11, 0, mix);
  return {
    label: `${mixLabel(mix)} (${alsEntryBytes(shape, mix)} B), ${count} messages`,
    messages: () => alsStream(shape, count, 11, 0, mix).messages,
    entriesPerMessage,
  };
}

const otlpSender: Sender = {
  name: "OTLP logs unary, 100 records with attributes",
  path: OTLP_LOGS_PATH,
  streaming: false,
  messages: () => otlpRequests(1),
  entriesPerMessage: 100,
  source: "otlp",
  goal: 4,
  variants: [
    { label: `${mixLabel(MANY)}, 100 records`, messages: () => otlpRequests(1, 100, 13, MANY), entriesPerMessage: 100 },
    { label: `${mixLabel(FEW)}, ${SMALL} records`, messages: () => otlpRequests(1, SMALL, 13, FEW), entriesPerMessage: SMALL },
  ],
};

/** The load table. */
export const SENDERS: Sender[] = [alsSender("istio"), alsSender("minimal"), mixerSender("seed"), mixerSender("accesslog"), otlpSender];

/** gRPC length-prefixed messages: flag 0, uint32 big-endian length, the bytes. */
export function grpcFrames(messages: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(messages.reduce((n, m) => n + 5 + m.length, 0));
  const view = new DataView(out.buffer);
  let p = 0;
  for (const m of messages) {
    out[p] = 0;
    view.setUint32(p + 1, m.length);
    out.set(m, p + 5);
    p += 5 + m.length;
  }
  return out;
}

interface Load {
  seconds: number;
  connections: number;
  streams: number;
}

interface RunResult {
  entries: number;
  wall: number;
  cpu: number;
  h2loadSucceeded: number;
}

function h2load(body: string, server: Server, path: string, load: Load): { succeeded: number; output: string } {
  const r = Bun.spawnSync(
    [
      "h2load", "-c", String(load.connections), "-m", String(load.streams), "-D", String(load.seconds),
      "-d", body, "-H", "content-type: application/grpc", "-H", "te: trailers",
      `http://127.0.0.1:${server.grpcPort}${path}`,
    ],
    { stdout: "pipe", stderr: "pipe" },
  );
  const output = r.stdout.toString() + r.stderr.toString();
  const m = /requests: \d+ total, \d+ started, \d+ done, (\d+) succeeded/.exec(output);
  if (r.exitCode !== 0 || !m) throw new Error(`h2load failed (exit ${r.exitCode}): ${output.slice(-500)}`);
  return { succeeded: Number(m[1]), output };
}

async function measure(server: Server, body: string, sender: Sender, load: Load): Promise<RunResult> {
  const n0 = await server.counted();
  const c0 = cpuSeconds(server.proc.pid);
  const t0 = performance.now();
  const { succeeded } = h2load(body, server, sender.path, load);
  const wall = (performance.now() - t0) / 1000;
  const c1 = cpuSeconds(server.proc.pid);
  const n1 = await server.counted();
  return { entries: n1 - n0, wall, cpu: c1 - c0, h2loadSucceeded: succeeded };
}

function tool(name: string): boolean {
  return Bun.spawnSync(["sh", "-c", `command -v ${name}`]).exitCode === 0;
}

export const e2eSection: Section = {
  name: "e2e",
  title: "End to end: gRPC on loopback, load from h2load (2 connections × 16 streams), one server process each",
  async run(ctx: BenchContext): Promise<SectionResult> {
    const skip = (why: string): SectionResult => ({
      text: `skipped: ${why}`,
      targets: SENDERS.map((s) => ({ what: `end to end per server CPU-second vs Go, ${s.name}`, goal: `≥ ${s.goal}×`, measured: "skipped", met: null })),
    });
    if (!tool("h2load")) return skip("h2load not found (apt-get install nghttp2-client)");
    const go = goSeed(ctx.progress);
    if ("skipped" in go) return skip(go.skipped);

    const load: Load = { seconds: ctx.quick ? 3 : 8, connections: 2, streams: 16 };
    const warm: Load = { ...load, seconds: ctx.quick ? 1 : 2 };
    const rounds = ctx.quick ? 1 : 2;
    // Variants give the spread of ours / Go and the transport's ceiling on each mix: shorter runs, as many.
    const variantLoad: Load = { ...load, seconds: ctx.quick ? 2 : 4 };
    const variantWarm = warm;
    const dir = mkdtempSync(join(tmpdir(), "gm-bench-bodies-"));
    const rows: string[][] = [];
    const spreadRows: string[][] = [];
    const targets: Target[] = [];
    const warnings: string[] = [];
    let bodies = 0;
    // The four request histograms without their native part (on by default), for what it costs end to end.
    const nativeOff = join(dir, "native-off.yaml");
    writeFileSync(nativeOff, `metrics:\n${["requestDuration", "requestSize", "responseSize", "upstreamDuration"].map((m) => `  ${m}: {native: {enabled: false}}\n`).join("")}`);
    const nativeRows: string[][] = [];

    /** Runs one payload against fresh servers; per server: entries/s, cores busy, entries per CPU-second. */
    const runMix = async (label: string, sender: Sender, messages: Uint8Array[], perMessage: number, kinds: "all" | "native-off", l: Load, w: Load, n: number) => {
      const body = join(dir, `body-${bodies++}.bin`);
      writeFileSync(body, grpcFrames(messages));
      const perStream = messages.length * perMessage;
      // Fresh servers per payload: one payload's series and heap do not weigh on the next.
      const servers = kinds === "native-off"
        ? [await startOurs(sender.source, ["--config", nativeOff], "gatewaymetric, native off")]
        : [await startOurs(sender.source), await startGo(go.binary, sender.source)];
      if (kinds === "all") servers.push(await startNull(sender.path, sender.streaming, perMessage), await startFloor(perMessage));
      const results = new Map<string, RunResult[]>(servers.map((s) => [s.name, []]));
      try {
        for (const s of servers) {
          ctx.progress(`e2e: ${label}: warm-up ${s.name}`);
          h2load(body, s, sender.path, w);
        }
        for (let round = 0; round < n; round++) {
          for (const s of servers) {
            ctx.progress(`e2e: ${label}: ${s.name}, round ${round + 1}/${n}`);
            const r = await measure(s, body, sender, l);
            const expected = r.h2loadSucceeded * perStream;
            if (r.entries < expected * 0.99) {
              warnings.push(`warning: ${label}: ${s.name} counted ${r.entries} entries, h2load reports ${expected} sent (gRPC errors?)`);
            }
            results.get(s.name)!.push(r);
          }
        }
      } finally {
        for (const s of servers) await s.stop();
      }
      return servers.map((s) => {
        const rs = results.get(s.name)!;
        return { name: s.name, perCpu: median(rs.map((r) => r.entries / r.cpu)), perWall: median(rs.map((r) => r.entries / r.wall)), cores: median(rs.map((r) => r.cpu / r.wall)) };
      });
    };

    for (const sender of SENDERS) {
      const figures = await runMix(sender.name, sender, sender.messages(), sender.entriesPerMessage, "all", load, warm, rounds);
      const [ours, goFig] = figures;
      const rel = ours.perCpu / goFig.perCpu;
      for (const f of figures) {
        rows.push([
          f === ours ? sender.name : "",
          f.name,
          si(f.perWall) + "/s",
          f.cores.toFixed(2),
          si(f.perCpu),
          f === ours ? ratio(rel) : "",
          f === goFig ? "" : (1e6 / f.perCpu).toFixed(2),
        ]);
      }
      const [off] = await runMix(`${sender.name}: native off`, sender, sender.messages(), sender.entriesPerMessage, "native-off", variantLoad, variantWarm, rounds);
      nativeRows.push([sender.name, si(ours.perCpu), si(off.perCpu), pct(off.perCpu / ours.perCpu - 1)]);
      // Per mix: ours / Go; what a server that decodes nothing reaches against Go there (the ceiling
      // grpc-js on Bun's HTTP/2 leaves, and Bun's HTTP/2 alone); and the CPU per entry a decoder may
      // spend above that transport and still meet the goal (negative: out of reach), beside ours.
      const mixes: { ratio: number; ceiling: number; room: number }[] = [];
      const addMix = (label: string, [o, g, transport, h2]: { perCpu: number }[]) => {
        const m = { ratio: o.perCpu / g.perCpu, ceiling: transport.perCpu / g.perCpu, room: 1e6 / (sender.goal * g.perCpu) - 1e6 / transport.perCpu };
        mixes.push(m);
        spreadRows.push([
          mixes.length === 1 ? sender.name : "", label, si(o.perCpu), si(g.perCpu), ratio(m.ratio), ratio(m.ceiling), ratio(h2.perCpu / g.perCpu),
          m.room.toFixed(2), (1e6 / o.perCpu - 1e6 / transport.perCpu).toFixed(2),
        ]);
      };
      addMix("as above", figures);
      for (const v of sender.variants) {
        addMix(v.label, await runMix(`${sender.name}: ${v.label}`, sender, v.messages(), v.entriesPerMessage, "all", variantLoad, variantWarm, rounds));
      }
      const low = mixes.reduce((a, b) => (b.ratio < a.ratio ? b : a));
      const high = Math.max(...mixes.map((m) => m.ratio));
      targets.push({
        what: `end to end per server CPU-second vs Go, ${sender.name} (lowest of ${mixes.length} payload mixes)`,
        goal: `≥ ${sender.goal}×`,
        measured: `${ratio(low.ratio)} (mixes ${ratio(low.ratio)}–${ratio(high)}; transport ceiling there ${ratio(low.ceiling)}, room for decode + count ${low.room.toFixed(2)} µs/entry)`,
        met: low.ratio >= sender.goal,
      });
    }
    const text = table(["sender", "server", "entries/s", "server CPU cores busy", "entries per server CPU-second", "ours / Go per CPU-second", "server CPU µs per entry"], rows);
    const spread = table(["sender", "payload mix", "ours: entries per CPU-second", "Go: entries per CPU-second", "ours / Go", "transport only / Go", "HTTP/2 only / Go", "room for decode + count at the goal: µs per entry", "ours: decode + count µs per entry"], spreadRows);
    rmSync(dir, { recursive: true, force: true });
    const notes = [
      ...warnings,
      `h2load ${load.seconds} s per run after a ${warm.seconds} s warm-up, median of ${rounds} run(s) per server; entries counted by the servers.`,
      `"transport only" is our gRPC listener (src/server/grpc.ts on grpc-js, behind the adapter's guard interceptor) with handlers that decode nothing (bench/null-server.ts):`,
      `its CPU per entry is what a call costs before any decoding, so ours minus it is the decode + aggregate share.`,
      `"HTTP/2 only" is Bun's node:http2 without grpc-js, walking the gRPC length prefixes without copying (bench/h2-floor-server.ts): the floor under the transport.`,
      "",
      `The same senders with other payload mixes (label spread, entry size, entries per message or messages per stream), all four servers,`,
      `${variantLoad.seconds} s per run after ${variantWarm.seconds} s of warm-up, median of ${rounds} run(s); each target takes the lowest ratio of its sender's mixes.`,
      `"transport only / Go" is the ratio a server that decoded and counted nothing would reach on that mix: no decoder on this transport can`,
      `beat it, so a target above it cannot be met on grpc-js; "HTTP/2 only / Go" is the same without grpc-js. "Room … at the goal" is the CPU per entry`,
      `a server may spend above "transport only" and still reach the goal; ours spends "ours − transport only". Compare the room with the`,
      `ingest section's bare walk (the least any decoder spends: it only steps over the fields) to see whether a mix can meet its goal at all.`,
      "",
      spread,
      "",
      `Native histograms' cost end to end: ours as above (native on, the default) and with them off (${variantLoad.seconds} s runs, median of ${rounds}, usual mix):`,
      "",
      table(["sender", "native on: entries per CPU-second", "native off", "on slower by (issue 12: ≤ 15%)"], nativeRows),
    ];
    return { text: `${text}\n\n${notes.join("\n")}`, targets };
  },
};
