// Differential tests: the hand-written ALS reader against the reference decoder (protobufjs and
// test/reference/envoy-als.ts's entry → record functions) on generated and mutated messages. Same records, same
// reasons, same rejections, and the same exposition after both stream sessions.
import { describe, expect, test } from "bun:test";
import { newPipeline } from "../src/core/pipeline.ts";
import { type AccessRecord, newRecord, newTcpRecord } from "../src/core/record.ts";
import { render } from "../src/expose/render.ts";
import { envoy } from "../src/generated/codecs.js";
import {
  type AlsReader, entryLabels, gatewayOf, newAlsReader, NOT_FINAL, openAlsStream, readAlsMessage, traceBytesFromHeaders,
} from "../src/ingest/als-reader.ts";
import { httpEntryToRecord, isFinalEntry, openAlsStreamReference, tcpEntryToRecord, traceIdFromHeaders } from "./reference/envoy-als.ts";
import { decodeUtf8, RAW_GATEWAY, rawToRecord, setRawString } from "../src/core/raw-tuple.ts";
import { lenientReader } from "../src/ingest/body.ts";
import { BATCH_ENTRIES } from "../src/ingest/tally.ts";
import { newRegistry } from "../src/store/registry.ts";
import { extraLabelOptions, extraSources } from "../src/ingest/extra-values.ts";
import { ALS, httpEntry, identifier, message, tcpEntry } from "./helpers/als-fixtures.ts";
import { genAlsMessage } from "./helpers/als-gen.ts";
import { mutate, newRng } from "./helpers/mixer-gen.ts";
import { type Bytes, bytes, lenField, strField, tag, varint } from "./helpers/protowire.ts";

const Msg = envoy.service.accesslog.v3.StreamAccessLogsMessage; // the reference decoder

// Extra labels from headers the generator logs (trace headers with hostile values), and one it never does.
const SPECS = ["x-b3-traceid", "traceparent", "x-tenant"].map((header, i) => ({ name: `x${i}`, header, attribute: "", variable: "", maxValues: 50 }));
const EXTRAS = extraSources(SPECS);

/** JSON that keeps NaN, ±Infinity and -0 apart, so "same" means the same numbers. */
function show(v: unknown): string {
  return JSON.stringify(v, (_, x) => (typeof x === "number" ? `#${Object.is(x, -0) ? "-0" : String(x)}` : x));
}

interface Outcome {
  error: boolean;
  gateway: string | null;
  entries: unknown[];
}

function viaReference(body: Uint8Array): Outcome {
  let msg;
  try {
    msg = Msg.decode(lenientReader(body));
  } catch {
    return { error: true, gateway: null, entries: [] };
  }
  const entries: unknown[] = [];
  for (const e of msg.http_logs?.log_entry ?? []) {
    if (!isFinalEntry(e.common_properties, false)) {
      entries.push("http-not-final");
      continue;
    }
    const r = newRecord();
    const ok = httpEntryToRecord(e, r, EXTRAS);
    entries.push({ ...r, extra: [...r.extra], why: ok ? null : r.code > 999 ? "bad_code" : "bad_duration" });
  }
  for (const e of msg.tcp_logs?.log_entry ?? []) {
    if (!isFinalEntry(e.common_properties, true)) {
      entries.push("tcp-not-final");
      continue;
    }
    const r = newTcpRecord();
    tcpEntryToRecord(e, r);
    entries.push({ ...r });
  }
  return { error: false, gateway: msg.identifier != null ? gatewayOf(msg.identifier) : null, entries };
}

/** HTTP entry i of the reader's batch as a whole record, its label fields decoded as the core decodes them. */
function readerRecord(r: AlsReader, i: number): AccessRecord {
  const rec = r.http[i];
  const raw = entryLabels(r, i);
  setRawString(raw, RAW_GATEWAY, rec.gateway);
  rawToRecord(raw, rec, r.extras.headers.length);
  if (rec.traceBytes !== null) {
    // As the codec path has it: the hex the core would make.
    rec.traceId = Buffer.from(rec.traceBytes.subarray(rec.traceStart, rec.traceEnd)).toString("hex");
    rec.traceBytes = null;
    rec.traceStart = rec.traceEnd = 0;
  }
  return rec;
}

function viaReader(r: AlsReader, body: Uint8Array): Outcome {
  try {
    readAlsMessage(r, body);
  } catch {
    return { error: true, gateway: null, entries: [] };
  }
  const entries: unknown[] = [];
  const collect = () => {
    for (let i = 0; i < r.n; i++) {
      const why = r.outcome[i];
      if (why === NOT_FINAL) entries.push(r.tcp ? "tcp-not-final" : "http-not-final");
      else if (r.tcp) entries.push({ ...r.tcpRecords[i] });
      else {
        const rec = readerRecord(r, i);
        entries.push({ ...rec, extra: [...rec.extra], why });
      }
    }
  };
  if (r.spilled) {
    // More entries than one batch: read again in batches, as the stream session does.
    r.sink = collect;
    readAlsMessage(r, body, r.runStart);
    r.sink = null;
  }
  collect();
  return { error: false, gateway: r.identifier != null ? gatewayOf(r.identifier) : null, entries };
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function compare(bodies: Uint8Array[]) {
  const reader = newAlsReader(EXTRAS);
  const tally = { messages: 0, rejected: 0, entries: 0, usable: 0, refused: 0 };
  for (let i = 0; i < bodies.length; i++) {
    const body = i % 2 === 0 ? Buffer.from(bodies[i]) : bodies[i];
    const a = viaReference(body);
    const b = viaReader(reader, body);
    if (show(a) !== show(b)) return { mismatch: `message ${i} ${hex(bodies[i])}\nreference: ${show(a)}\nreader:    ${show(b)}`, tally };
    tally.messages++;
    if (a.error) tally.rejected++;
    tally.entries += a.entries.length;
    for (const e of a.entries) {
      if (typeof e !== "object" || e === null) continue;
      const why = (e as { why?: string | null }).why;
      if (why == null) tally.usable++;
      else tally.refused++;
    }
  }
  return { mismatch: null, tally };
}

describe("ALS reader against the reference decoder", () => {
  test("the fixtures' messages give the same records", () => {
    const bodies = [
      message({ id: identifier(), http: [httpEntry(), httpEntry({ code: null, durationMs: null, requestHeaders: { "x-b3-traceid": "463ac35c9f6413ad" } })] }),
      message({ id: identifier({ cluster: "" }), tcp: [tcpEntry("outbound|3306||db", 10, 20)] }),
      message({ http: [httpEntry({ code: 1000 }), httpEntry({ durationMs: -5 })] }),
    ];
    const { mismatch, tally } = compare(bodies);
    expect(mismatch).toBeNull();
    expect(tally.usable).toBe(3);
    expect(tally.refused).toBe(2);
  });

  test("messages of more entries than one batch (read in batches): the same records", () => {
    const http = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) => httpEntry({ authority: `h${(i * seed) % 1500}.example.com`, code: i % 7 === 0 ? 1000 : 200 + (i % 5) }));
    const tcp = (n: number) => Array.from({ length: n }, (_, i) => tcpEntry(`c${i % 40}`, i, 2 * i));
    const enc = (m: Parameters<typeof message>[0]) => Array.from(message(m));
    // The oneof counts only its last run: http_logs, then tcp_logs, then http_logs twice (merged).
    const mixed = [...enc({ id: identifier(), http: http(1100, 3) }), ...enc({ tcp: tcp(1030) }), ...enc({ http: http(1050, 7) }), ...enc({ http: http(5, 1) })];
    const bodies = [message({ id: identifier(), http: http(2 * BATCH_ENTRIES + 17, 1) }), message({ tcp: tcp(BATCH_ENTRIES + 1) }), bytes(mixed)];
    const { mismatch, tally } = compare(bodies);
    expect(mismatch).toBeNull();
    expect(tally.entries).toBe(2 * BATCH_ENTRIES + 17 + BATCH_ENTRIES + 1 + 1055);
  });

  test("3000 generated messages: same records, same reasons, same identifiers", () => {
    const rng = newRng(0xa15);
    const { mismatch, tally } = compare(Array.from({ length: 3000 }, () => genAlsMessage(rng)));
    expect(mismatch).toBeNull();
    expect(tally.rejected).toBeLessThan(tally.messages * 0.2);
    expect(tally.usable).toBeGreaterThan(5000);
    expect(tally.refused).toBeGreaterThan(500);
  });

  test("3000 mutated messages: same records or both rejected", () => {
    const rng = newRng(0xbad5eed);
    const { mismatch, tally } = compare(Array.from({ length: 3000 }, () => mutate(rng, genAlsMessage(rng))));
    expect(mismatch).toBeNull();
    expect(tally.rejected).toBeGreaterThan(500);
    expect(tally.messages - tally.rejected).toBeGreaterThan(300);
  });

  test("counted through both stream sessions, the expositions are the same", () => {
    const rng = newRng(7);
    const opts = { defaultGateway: "default-gw", maxSeries: 400, extraLabels: extraLabelOptions(SPECS) };
    const regA = newRegistry();
    const regB = newRegistry();
    const pA = newPipeline(regA, opts, ["als"]);
    const pB = newPipeline(regB, opts, ["als"]);
    const reader = newAlsReader(EXTRAS);
    let sA = openAlsStreamReference(pA, "test", EXTRAS);
    let sB = openAlsStream(pB, "test", reader);
    let errors = 0;
    for (let i = 0; i < 1500; i++) {
      const body = i % 3 === 0 ? mutate(rng, genAlsMessage(rng)) : genAlsMessage(rng);
      let a = "ok", b = "ok";
      try {
        sA.message(body);
      } catch {
        a = "error";
      }
      try {
        sB.message(body);
      } catch {
        b = "error";
      }
      expect(b).toBe(a);
      if (a === "error") {
        // The gRPC layer ends a stream on a malformed message; so do we.
        errors++;
        sA.close();
        sB.close();
        sA = openAlsStreamReference(pA, "test", EXTRAS);
        sB = openAlsStream(pB, "test", reader);
      }
    }
    sA.close();
    sB.close();
    expect(errors).toBeGreaterThan(50);
    const text = Buffer.from(render(regA, "text")).toString();
    expect(text).toContain('gatewaymetric_entries_total{source="als",outcome="accepted"}');
    expect(Buffer.from(render(regB, "text")).toString()).toBe(text);
  });
});

describe("ALS reader semantics, stated explicitly", () => {
  test("http_logs then tcp_logs: only the member read last counts (protobuf oneof)", () => {
    const http = ALS.StreamAccessLogsMessage.encode({ http_logs: { log_entry: [httpEntry()] } }).finish();
    const tcp = ALS.StreamAccessLogsMessage.encode({ tcp_logs: { log_entry: [tcpEntry("c", 1, 2)] } }).finish();
    const r = newAlsReader();
    readAlsMessage(r, bytes([...http, ...tcp]));
    expect([r.tcp, r.n]).toEqual([true, 1]);
    readAlsMessage(r, bytes([...tcp, ...http, ...http]));
    expect([r.tcp, r.n]).toEqual([false, 2]);
  });

  test("filter state is an unknown field: stepped over by its length, a broken Any inside it accepted, as the reference does", () => {
    const entry = ALS.HTTPAccessLogEntry.encode(httpEntry()).finish();
    // common_properties { filter_state_objects { key: "k", value: Any with a length running past its end } }
    const common = lenField([], 21, [...strField([], 1, "k"), ...lenField([], 2, [0x0a, 0x09, 0x41])]);
    const body = bytes(lenField([], 2, lenField([], 1, [...entry, ...lenField([], 1, common)])));
    expect(viaReference(body).error).toBe(false);
    expect(compare([body]).mismatch).toBeNull();
    // The same field running past the end of common_properties is still malformed.
    const past = [...tag([], 21, 2), ...varint([], 40), 0x0a];
    const bad = bytes(lenField([], 2, lenField([], 1, [...entry, ...lenField([], 1, past)])));
    expect(viaReference(bad).error).toBe(true);
    expect(() => readAlsMessage(newAlsReader(), bad)).toThrow(/runs past the end/);
  });

  // Every field number upstream has and the decode protos leave out, at its own level, with a value
  // of every wire type, well-formed or not: the reader does what protobufjs's skipType does.
  // [where, the entry's field holding it (0: the entry itself), its depth as protobufjs counts, fields]
  const UNREAD: [string, number, number, number[]][] = [
    ["entry", 0, 2, [2]],
    ["common", 1, 3, [1, 2, 3, 5, 6, 7, 10, 11, 13, 14, 18, 20, 21, 22, 24, 25, 26, 28, 29, 30, 31, 32]],
    ["request", 3, 3, [2, 4, 6, 7, 8, 9, 11, 14, 15]],
    ["response", 4, 3, [2, 4, 6, 7, 8]],
  ];
  const group = (f: number, depth: number, end = f): Bytes => {
    const out: Bytes = [];
    for (let i = 0; i < depth; i++) tag(out, f, 3);
    varint(tag(out, 1, 0), 7);
    for (let i = 0; i < depth; i++) tag(out, i === depth - 1 ? end : f, 4);
    return out;
  };
  // Groups nest up to protobufjs's recursion limit (100) counted from the enclosing message's depth.
  const values = (depth: number): [string, boolean, (f: number) => Bytes][] => [
    ["varint", true, (f) => varint(tag([], f, 0), 2 ** 40)],
    ["varint, truncated", false, (f) => [...tag([], f, 0), 0x80]],
    ["fixed64", true, (f) => [...tag([], f, 1), 1, 2, 3, 4, 5, 6, 7, 8]],
    ["fixed64, truncated", false, (f) => [...tag([], f, 1), 1, 2, 3]],
    ["length-delimited, not a valid message inside", true, (f) => lenField([], f, [0x0a, 0x09, 0x41, 0xff])],
    ["length-delimited, past the end", false, (f) => [...tag([], f, 2), 9, 1]],
    ["group", true, (f) => group(f, 1)],
    [`groups nested ${100 - depth} deep`, true, (f) => group(f, 100 - depth)],
    [`groups nested ${101 - depth} deep`, false, (f) => group(f, 101 - depth)],
    ["group closed by another field's end", false, (f) => group(f, 1, f + 1)],
    ["group never closed", false, (f) => [...tag([], f, 3), ...varint(tag([], 1, 0), 1)]],
    ["end group with no group", false, (f) => tag([], f, 4)],
    ["fixed32", true, (f) => [...tag([], f, 5), 1, 2, 3, 4]],
    ["fixed32, truncated", false, (f) => [...tag([], f, 5), 1]],
    ["wire type 6", false, (f) => [...tag([], f, 6), 0]],
    ["wire type 7", false, (f) => [...tag([], f, 7), 0]],
  ];
  for (const [where, parent, depth, fields] of UNREAD) {
    test(`fields the decode protos leave out of the ${where}, every wire type: same outcome as the reference`, () => {
      const e = httpEntry({ requestHeaders: { "x-b3-traceid": "463ac35c9f6413ad" } });
      const parts = {
        1: ALS.AccessLogCommon.encode(e.common_properties!).finish(),
        3: ALS.HTTPRequestProperties.encode(e.request!).finish(),
        4: ALS.HTTPResponseProperties.encode(e.response!).finish(),
      } as Record<number, Uint8Array>;
      const bodies: Uint8Array[] = [];
      const VALUES = values(depth);
      for (const f of fields) {
        for (const [name, ok, value] of VALUES) {
          // The odd value last in its message, so a truncated one runs into the message's end.
          const entry: Bytes = [];
          for (const k of [1, 3, 4]) lenField(entry, k, k === parent ? [...parts[k], ...value(f)] : parts[k]);
          if (parent === 0) entry.push(...value(f));
          const body = bytes(lenField([], 2, lenField([], 1, entry)));
          expect([f, name, viaReference(body).error]).toEqual([f, name, !ok]);
          bodies.push(body);
        }
      }
      const { mismatch, tally } = compare(bodies);
      expect(mismatch).toBeNull();
      expect(tally.usable).toBe(fields.length * VALUES.filter(([, ok]) => ok).length);
    });
  }

  test("label tuples seen before are not decoded again", () => {
    const p = newPipeline(newRegistry(), { defaultGateway: "gw", maxSeries: 100 }, ["als"]);
    const s = openAlsStream(p, "test", newAlsReader());
    const cache = p.metrics.tuples!;
    s.message(message({ http: [httpEntry(), httpEntry()] }));
    const misses = cache.misses;
    s.message(message({ http: [httpEntry(), httpEntry()] }));
    expect(cache.misses).toBe(misses);
    expect(cache.hits).toBe(3);
    s.close();
  });

  test("paths that differ only in a long query or fragment share one cached tuple and one route", () => {
    const reg = newRegistry();
    const p = newPipeline(reg, { defaultGateway: "gw", maxSeries: 100 }, ["als"]);
    const s = openAlsStream(p, "test", newAlsReader());
    const cache = p.metrics.tuples!;
    const long = (i: number) => `/ratings/7?session=${String(i).repeat(400)}#top`;
    s.message(message({ http: [httpEntry({ path: long(1) })] }));
    const misses = cache.misses;
    s.message(message({ http: [1, 2, 3, 4].map((i) => httpEntry({ path: i % 2 ? long(i) : `/ratings/7#f${i}` })) }));
    expect(cache.misses).toBe(misses);
    expect(cache.hits).toBe(4);
    const text = Buffer.from(render(reg, "text")).toString();
    expect(text).toContain('route="/ratings/{id}"');
    expect(text).not.toContain("session=");
    s.close();
  });

  test("the tuple cache keeps copies of label bytes, not views that pin the message", () => {
    const p = newPipeline(newRegistry(), { defaultGateway: "gw", maxSeries: 100 }, ["als"]);
    const s = openAlsStream(p, "test", newAlsReader());
    // A Buffer, as grpc-js hands over, inside a larger allocation: Buffer#slice is a view into it.
    const body = Buffer.from(message({ http: [httpEntry({ authority: "aaa.example.com" }), httpEntry({ authority: "bbb.example.com" })] }));
    s.message(body);
    const cache = p.metrics.tuples!;
    const kept = [...cache.valueKeys, ...cache.lastKeys].filter((k) => k.length > 0);
    expect(kept.length).toBeGreaterThanOrEqual(3);
    expect(kept.filter((k) => k.buffer === body.buffer)).toEqual([]);
    s.close();
  });

  test("trace ids read from the header bytes are the ones the codec path reads from the strings", () => {
    const rng = newRng(0x7ace);
    const TP = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    const seeds = [
      "463AC35C9F6413AD48485A3953BB6124", "463ac35c9f6413ad", "463ac35c9f6413a", "463ac35c9f6413adf", "0000000000000000", "nothex",
      TP, TP.toUpperCase(), `${TP}-extra`, TP.slice(0, 54), "00-00000000000000000000000000000000-b7ad6b7169203331-01", "", "\ufeff463ac35c9f6413ad",
    ];
    const enc = new TextEncoder();
    const out = new Uint8Array(40);
    let found = 0;
    for (let k = 0; k < 4000; k++) {
      const pick = () => {
        if (rng.next() < 0.15) return null;
        const b = enc.encode(seeds[Math.floor(rng.next() * seeds.length)]);
        return rng.next() < 0.5 ? b : mutate(rng, b);
      };
      const b3 = pick(), tp = pick();
      const buf = new Uint8Array([...(b3 ?? []), ...(tp ?? [])]);
      const b3End = b3 ? b3.length : -1, tpStart = tp ? b3?.length ?? 0 : -1;
      const want = traceIdFromHeaders(b3 ? decodeUtf8(buf, 0, b3End) : undefined, tp ? decodeUtf8(buf, tpStart, buf.length) : undefined);
      const n = traceBytesFromHeaders(buf, b3 ? 0 : -1, b3End, tpStart, tp ? buf.length : -1, out, 3);
      expect([k, Buffer.from(out.subarray(3, 3 + n)).toString("hex")]).toEqual([k, want]);
      if (want !== "") found++;
    }
    expect(found).toBeGreaterThan(600);
  });

  test("the one deliberate difference: a skipped varint longer than 10 bytes is rejected", () => {
    const overlong = [...varint([], 99 * 8), ...Array(11).fill(0x80), 0x01];
    const body = bytes([...message({ http: [httpEntry()] }), ...overlong]);
    expect(viaReference(body).error).toBe(false);
    expect(() => readAlsMessage(newAlsReader(), body)).toThrow(/longer than 10 bytes/);
  });
});
