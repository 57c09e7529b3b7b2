// Differential tests: the hand-written Mixer reader against the reference decoder (protobufjs) on
// generated and mutated requests. Same records, same rejections, same handler-params state.
import { describe, expect, test } from "bun:test";
import { defaults } from "../src/config/config.ts";
import { newPipeline } from "../src/core/pipeline.ts";
import { type AccessRecord, newRecord } from "../src/core/record.ts";
import { rawToRecord } from "../src/core/raw-tuple.ts";
import { render } from "../src/expose/render.ts";
import { adapter as paramsPb } from "../src/generated/codecs.js";
import { extraLabelOptions, extraSources } from "../src/ingest/extra-values.ts";
import { type MixerLogEntryState, newMixerLogEntryState } from "../src/ingest/mixer-logentry.ts";
import { decodeLogEntry, ingestLogEntryReference } from "./reference/mixer-logentry.ts";
import { ingestLogEntry, instanceLabels, instanceRecord, type MixerReader, newMixerReader, readBatchAt, readLogEntry } from "../src/ingest/mixer-reader.ts";
import { BATCH_ENTRIES } from "../src/ingest/tally.ts";
import { newRegistry } from "../src/store/registry.ts";
import { dbl, dur, int, logEntryRequest, SEED_ADAPTER_CONFIG, seedRequest, str } from "./helpers/mixer-fixtures.ts";
import { genRequest, mutate, newRng } from "./helpers/mixer-gen.ts";
import { bytes, lenField, strField, varint, varintField } from "./helpers/protowire.ts";

interface Outcome {
  error: boolean;
  records: string;
  state: string;
}

/** JSON that keeps NaN, ±Infinity and -0 apart, so "same" means the same numbers. */
function show(v: unknown): string {
  return JSON.stringify(v, (_, x) => (typeof x === "number" ? `#${Object.is(x, -0) ? "-0" : String(x)}` : x));
}

function stateOf(s: MixerLogEntryState): string {
  return show({ vars: s.vars, gateway: s.gateway, lastConfig: s.lastConfig && Array.from(s.lastConfig) });
}

// Extra labels from variables the generator sends: one no field reads, one a field reads too, a non-ASCII one.
const SPECS = ["userAgent", "host", "ключ"].map((variable, i) => ({ name: `x${i}`, header: "h", attribute: "", variable, maxValues: 50 }));

function newState(): MixerLogEntryState {
  return newMixerLogEntryState(defaults().mixer.variables, () => {}, extraSources(SPECS));
}

function viaReference(state: MixerLogEntryState, body: Uint8Array): Outcome {
  const records: unknown[] = [];
  let error = false;
  try {
    decodeLogEntry(state, body, (rec, why) => records.push({ ...rec, extra: [...rec.extra], why }));
  } catch {
    error = true;
  }
  return { error, records: show(records), state: stateOf(state) };
}

/** Instance i of the reader's batch as a record with every field a string, as the reference has it. */
function batchRecord(r: MixerReader, i: number, rec: AccessRecord): string | null {
  const why = instanceRecord(r, i, rec);
  rawToRecord(instanceLabels(r, i), rec, rec.extra.length);
  if (rec.traceBytes !== null) {
    rec.traceId = Buffer.from(rec.traceBytes.subarray(rec.traceStart, rec.traceEnd)).toString("hex");
    rec.traceBytes = null;
    rec.traceStart = rec.traceEnd = 0;
  }
  return why;
}

function viaReader(r: MixerReader, state: MixerLogEntryState, body: Uint8Array): Outcome {
  const records: unknown[] = [];
  let error = false;
  try {
    const rec = newRecord();
    rec.extra = new Array(state.extras.variables.length).fill("");
    const collect = () => {
      for (let i = 0; i < r.n; i++) {
        const why = batchRecord(r, i, rec);
        records.push({ ...rec, extra: [...rec.extra], why });
      }
    };
    readLogEntry(r, state, body);
    collect();
    // More instances than one batch: read again in batches, as ingestLogEntry does.
    for (let at = r.spilled ? 0 : -1; at >= 0; collect()) at = readBatchAt(r, state, body, at);
  } catch {
    error = true;
  }
  return { error, records: show(records), state: stateOf(state) };
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

interface Tally {
  messages: number;
  rejected: number;
  records: number;
  usable: number;
}

/** Feeds the same sequence to both decoders (each with its own state); returns the first disagreement. */
function compare(bodies: Uint8Array[]): { mismatch: string | null; tally: Tally } {
  const refState = newState();
  const fastState = newState();
  const reader = newMixerReader();
  const tally: Tally = { messages: 0, rejected: 0, records: 0, usable: 0 };
  for (let i = 0; i < bodies.length; i++) {
    // The server hands decoders Buffers; tests and benchmarks hand them plain Uint8Arrays.
    const body = i % 2 === 0 ? Buffer.from(bodies[i]) : bodies[i];
    const a = viaReference(refState, body);
    const b = viaReader(reader, fastState, body);
    if (a.error !== b.error || a.records !== b.records || a.state !== b.state) {
      return { mismatch: `message ${i} ${hex(bodies[i])}\nreference: ${show(a)}\nreader:    ${show(b)}`, tally };
    }
    tally.messages++;
    if (a.error) tally.rejected++;
    const recs = JSON.parse(a.records) as { why: string | null }[];
    tally.records += recs.length;
    tally.usable += recs.filter((r) => r.why === null).length;
  }
  return { mismatch: null, tally };
}

describe("Mixer reader against the reference decoder", () => {
  test("the seed's request and the e2e fixtures give the same records", () => {
    const bodies = [
      seedRequest(),
      logEntryRequest([
        { httpAuthority: str("shop.example.com"), url: str("/ratings/0?x=1"), method: str("get"), responseCode: str("503"), latency: str("25.1ms"), requestSize: int(300), responseSize: int(70), sourceWorkload: str("istio-ingressgateway") },
        { destinationServiceHost: str("shop.example.com"), url: str("/ratings/1"), method: str("GET"), responseCode: int(503), latency: dbl(0.0251) },
        { host: str("bad.example"), url: str("/a"), method: str("GET"), responseCode: str("two hundred"), latency: dur(1000) },
      ]),
      seedRequest([1, 2]),
      // Trace ids: carried as binary (lowercase hex, traceparent) or as text (uppercase, odd, request id).
      logEntryRequest([
        { url: str("/a"), method: str("GET"), responseCode: int(200), traceparent: str("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01") },
        { url: str("/a"), method: str("GET"), responseCode: int(200), traceId: str("463ac35c9f6413ad"), requestId: str("x") },
        { url: str("/a"), method: str("GET"), responseCode: int(200), traceId: str("463AC35C9F6413AD") },
        { url: str("/a"), method: str("GET"), responseCode: int(200), traceId: str("463ac35c9") },
        { url: str("/a"), method: str("GET"), responseCode: int(200), requestId: str("84961386-6d84-929d-98bd-c5aee93b5c88") },
      ]),
    ];
    const { mismatch, tally } = compare(bodies);
    expect(mismatch).toBeNull();
    expect(tally.usable).toBe(13);
  });

  test("requests of more instances than one batch (read in batches): the same records", () => {
    const inst = (i: number) => ({ host: str(`h${i % 1500}.example.com`), url: str(`/p/${i % 13}`), method: str("GET"), responseCode: i % 9 === 0 ? str("bad") : int(200 + (i % 4)), latency: dbl(i / 1000) });
    const bodies = [logEntryRequest(Array.from({ length: 2 * BATCH_ENTRIES + 5 }, (_, i) => inst(i))), logEntryRequest(Array.from({ length: BATCH_ENTRIES + 1 }, (_, i) => inst(3 * i)))];
    const { mismatch, tally } = compare(bodies);
    expect(mismatch).toBeNull();
    expect(tally.records).toBe(3 * BATCH_ENTRIES + 6);
  });

  test("3000 generated requests: same records, same rejections, same params state", () => {
    const rng = newRng(0x5eed);
    const bodies = Array.from({ length: 3000 }, () => genRequest(rng));
    const { mismatch, tally } = compare(bodies);
    expect(mismatch).toBeNull();
    // Not vacuous: most generated requests decode, and many of their records are usable.
    expect(tally.rejected).toBeLessThan(tally.messages * 0.2);
    expect(tally.usable).toBeGreaterThan(2000);
    expect(tally.records - tally.usable).toBeGreaterThan(500);
  });

  test("3000 mutated requests: same records or both rejected", () => {
    const rng = newRng(0xbadb17e);
    const bodies = Array.from({ length: 3000 }, () => mutate(rng, genRequest(rng)));
    const { mismatch, tally } = compare(bodies);
    expect(mismatch).toBeNull();
    expect(tally.rejected).toBeGreaterThan(1000);
    expect(tally.messages - tally.rejected).toBeGreaterThan(300);
  });

  test("counted through the pipeline, both give the same exposition", () => {
    const rng = newRng(42);
    const opts = { defaultGateway: "default-gw", maxSeries: 500, extraLabels: extraLabelOptions(SPECS) };
    const regA = newRegistry();
    const regB = newRegistry();
    const pA = newPipeline(regA, opts, ["mixer"]);
    const pB = newPipeline(regB, opts, ["mixer"]);
    const sA = newState();
    const sB = newState();
    const reader = newMixerReader();
    let accepted = 0;
    for (let i = 0; i < 1500; i++) {
      const body = i % 3 === 0 ? mutate(rng, genRequest(rng)) : genRequest(rng);
      let a: unknown, b: unknown;
      try {
        a = ingestLogEntryReference(sA, pA, body);
      } catch {
        a = "error";
      }
      try {
        b = ingestLogEntry(reader, sB, pB, body);
      } catch {
        b = "error";
      }
      expect(show(b)).toBe(show(a));
      if (typeof a === "object") accepted += (a as { accepted: number }).accepted;
    }
    expect(accepted).toBeGreaterThan(1000);
    expect(Buffer.from(render(regB, "text")).toString()).toBe(Buffer.from(render(regA, "text")).toString());
  });
});

describe("Mixer reader semantics, stated explicitly", () => {
  const entry = (key: string, value: number[]) => lenField([], 1, [...strField([], 1, key), ...lenField([], 2, value)]);
  const request = (...instances: number[][]) => bytes(instances.flatMap((i) => lenField([], 1, i)));

  test("a key repeated in the map: the last entry wins", () => {
    const body = request([...entry("host", strField([], 1, "first")), ...entry("host", strField([], 1, "second"))]);
    const r = newMixerReader();
    expect(readLogEntry(r, newState(), body)).toBe(1);
    const rec = newRecord();
    batchRecord(r, 0, rec);
    expect(rec.host).toBe("second");
    expect(viaReference(newState(), body).records).toBe(viaReader(newMixerReader(), newState(), body).records);
  });

  test("several oneof members in one Value: the last one read wins; a repeated Duration merges", () => {
    const duration = (seconds: number, nanos: number) => {
      const d: number[] = [];
      if (seconds) varintField(d, 1, seconds);
      if (nanos) varintField(d, 2, nanos);
      return lenField([], 7, lenField([], 1, d));
    };
    const body = request([
      ...entry("latency", [...varintField([], 2, 9), ...duration(1, 0), ...duration(0, 500_000_000)]),
      ...entry("responseCode", [...duration(3, 0), ...strField([], 1, "204")]),
    ]);
    const r = newMixerReader();
    readLogEntry(r, newState(), body);
    expect(r.duration[0]).toBe(1.5);
    expect(r.code[0]).toBe(204);
    expect(viaReference(newState(), body).records).toBe(viaReader(newMixerReader(), newState(), body).records);
  });

  test("a malformed instance after good ones: rejected and counted as malformed, no entry counted, params state untouched", () => {
    const good = lenField([], 1, [...entry("host", strField([], 1, "a.example")), ...entry("responseCode", varintField([], 2, 200))]);
    const params = paramsPb.gatewaymetric.config.Params.encode({ gateway: "edge" }).finish();
    const any = lenField([], 2, [...strField([], 1, SEED_ADAPTER_CONFIG.type_url), ...lenField([], 2, params)]);
    const body = bytes([...good, ...good, 0x0a, 0x05, 0x0a, 0x03, 0x0a, 0x09, 0x41, ...any]);
    const state = newState();
    const before = stateOf(state);
    const reg = newRegistry();
    const p = newPipeline(reg, { defaultGateway: "", maxSeries: 100 }, ["mixer"]);
    const before2 = Buffer.from(render(reg, "text")).toString();
    expect(() => ingestLogEntry(newMixerReader(), state, p, body)).toThrow(/runs past the end/);
    expect(stateOf(state)).toBe(before);
    const malformed = 'gatewaymetric_messages_rejected_total{source="mixer",reason="malformed"}';
    expect(Buffer.from(render(reg, "text")).toString()).toBe(before2.replace(`${malformed} 0`, `${malformed} 1`));
    expect(viaReference(newState(), body).error).toBe(true);
  });

  test("label tuples seen before are not decoded again", () => {
    const r = newMixerReader();
    const state = newState();
    const p = newPipeline(newRegistry(), { defaultGateway: "", maxSeries: 100 }, ["mixer"]);
    const cache = p.metrics.tuples!;
    ingestLogEntry(r, state, p, seedRequest());
    const misses = cache.misses;
    expect(misses).toBe(1);
    ingestLogEntry(r, state, p, seedRequest([5, 6, 7]));
    expect(cache.misses).toBe(misses);
    expect(cache.hits).toBeGreaterThan(3);
  });

  test("the one deliberate difference: a skipped varint longer than 10 bytes is rejected", () => {
    // protobufjs skips any run of continuation bytes; protoc and protobuf-go reject more than 10.
    const overlong = [...varint([], 99 * 8), ...Array(11).fill(0x80), 0x01];
    const body = bytes([...lenField([], 1, entry("host", strField([], 1, "a"))), ...overlong]);
    expect(viaReference(newState(), body).error).toBe(false);
    expect(() => readLogEntry(newMixerReader(), newState(), body)).toThrow(/longer than 10 bytes/);
  });
});
