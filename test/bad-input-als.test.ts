// Bad input in Envoy ALS streams, through the real gRPC interface: an impossible entry is skipped
// and counted with its reason while its batch-mates are counted; awkward and invalid-UTF-8 text
// (Envoy copies request headers byte for byte) becomes valid labels without costing the batch.
import { describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import Long from "long";
import type { RejectReason } from "../src/core/self-metrics.ts";
import { ALS, type HttpEntry, httpEntry, identifier, message, tcpEntry, V3_PATH } from "./helpers/als-fixtures.ts";
import { AWKWARD_TEXT, INVALID_UTF8, labelOf, lenientText, patchBytes, placeholder, runCase } from "./helpers/bad-input.ts";
import { sample, total } from "./helpers/exposition.ts";
import { clientStream } from "./helpers/grpc-client.ts";
import { useAdapter } from "./helpers/suite.ts";
import { lfield, vfield } from "./helpers/wire.ts";

const Entry = ALS.HTTPAccessLogEntry;
const dur = (seconds: number | Long, nanos = 0) => ({ seconds: typeof seconds === "number" ? Long.fromNumber(seconds) : seconds, nanos });

/** An entry no request can have produced, and the reason it is counted under. */
const REJECTED: [string, RejectReason, (m: string) => HttpEntry][] = [
  ["code 1000", "bad_code", (m) => httpEntry({ authority: m, code: 1000 })],
  ["code -1 (2^32-1 as uint32)", "bad_code", (m) => httpEntry({ authority: m, code: -1 })],
  ["code 2^31", "bad_code", (m) => httpEntry({ authority: m, code: 2 ** 31 })],
  ["duration -1 s", "bad_duration", (m) => ({ ...httpEntry({ authority: m }), common_properties: { ...httpEntry().common_properties, duration: dur(-1) } })],
  ["duration -1 ns", "bad_duration", (m) => ({ ...httpEntry({ authority: m }), common_properties: { ...httpEntry().common_properties, duration: dur(0, -1) } })],
  ["duration -2^63 s", "bad_duration", (m) => ({ ...httpEntry({ authority: m }), common_properties: { ...httpEntry().common_properties, duration: dur(Long.MIN_VALUE) } })],
  ["no duration and a negative time to last byte", "bad_duration", (m) => ({
    ...httpEntry({ authority: m, durationMs: null }), common_properties: { ...httpEntry({ durationMs: null }).common_properties, time_to_last_downstream_tx_byte: dur(-5) },
  })],
];

/** Entries that look odd but are counted. */
const ACCEPTED: [string, (m: string) => HttpEntry, (m: string) => Record<string, string>][] = [
  ["code 999", (m) => httpEntry({ authority: m, code: 999 }), (m) => ({ host: m, code: "999" })],
  ["no response code", (m) => httpEntry({ authority: m, code: null }), (m) => ({ host: m, code: "0" })],
  ["no response at all", (m) => httpEntry({ authority: m, response: false }), (m) => ({ host: m, code: "0" })],
  ["duration 2^62 s", (m) => ({ ...httpEntry({ authority: m }), common_properties: { ...httpEntry().common_properties, duration: dur(2 ** 62) } }), (m) => ({ host: m })],
  ["sizes of 2^64-1 (-1 as uint64)", (m) => httpEntry({ authority: m, requestBodyBytes: -1, responseBodyBytes: -1 }), (m) => ({ host: m })],
  ["upstream finished before it started", (m) => httpEntry({ authority: m, lastUpstreamTxMs: 20, firstUpstreamRxMs: 1 }), (m) => ({ host: m })],
  ["method 99", (m) => httpEntry({ authority: m, method: 99 }), (m) => ({ host: m, method: "_OTHER" })],
  ["empty authority and path", (m) => httpEntry({ authority: "", path: "", routeName: m }), () => ({ method: "GET", code: "200" })],
];

describe("ALS: bad entries in a good batch", () => {
  const t = useAdapter();
  let n = 0;
  const marker = () => `als-${++n}.example`;
  const stream = (bodies: Uint8Array[]) => () => clientStream(t.client, V3_PATH, bodies);

  for (const [name, reason, bad] of REJECTED) {
    test(`${name} → rejected as ${reason}, batch-mates counted`, async () => {
      const m = marker();
      const body = message({ id: identifier(), http: [httpEntry({ authority: m }), bad(m), httpEntry({ authority: m })] });
      const e = await runCase(t.a.httpPort, "als", m, stream([body]), { code: grpc.status.OK, accepted: 2, rejected: { [reason]: 1 } });
      expect(sample(e, "gateway_requests_total", { host: m })).toBe(2);
    });
  }

  for (const [name, entry, labels] of ACCEPTED) {
    test(`${name} → counted`, async () => {
      const m = marker();
      const body = message({ id: identifier({ cluster: m }), http: [httpEntry({ authority: m }), entry(m)] });
      const e = await runCase(t.a.httpPort, "als", m, stream([body]), { code: grpc.status.OK, accepted: 2 });
      expect(total(e, "gateway_requests_total", { gateway: m, ...labels(m) })).toBeGreaterThanOrEqual(1);
      expect(total(e, "gateway_requests_total", { gateway: m })).toBe(2);
    });
  }

  test("code 2^32+503 on the wire is read as 503 (protobuf truncates uint32 fields)", async () => {
    const m = marker();
    const odd = [...Entry.encode(httpEntry({ authority: m, response: false })).finish(), ...lfield(4, lfield(1, vfield(1, 2n ** 32n + 503n)))];
    const entries = [...lfield(1, Entry.encode(httpEntry({ authority: m })).finish()), ...lfield(1, odd)];
    const body = new Uint8Array([...lfield(1, ALS.StreamAccessLogsMessage.Identifier.encode(identifier()).finish()), ...lfield(2, entries)]);
    const e = await runCase(t.a.httpPort, "als", m, stream([body]), { code: grpc.status.OK, accepted: 2 });
    expect(sample(e, "gateway_requests_total", { host: m, code: "503" })).toBe(1);
  });

  test("TCP entries with byte counts of 2^64-1 are counted", async () => {
    const m = marker();
    const body = message({ id: identifier(), tcp: [tcpEntry(m, -1, -1), tcpEntry(m, 1, 2)] });
    const e = await runCase(t.a.httpPort, "als", m, stream([body]), { code: grpc.status.OK, accepted: 2 });
    expect(sample(e, "gateway_tcp_connections_total", { upstream_cluster: m })).toBe(2);
    expect(sample(e, "gateway_tcp_received_bytes_total", { upstream_cluster: m })).toBe(2 ** 64 + 1);
  });

  for (const [name, text] of Object.entries(AWKWARD_TEXT)) {
    test(`${name} in authority, path, route and gateway → counted, exposition valid, labels read back`, async () => {
      const m = marker();
      const odd = httpEntry({ authority: m + text, path: `/${m}/${text}`, routeName: text, upstreamCluster: text });
      const body = message({ id: identifier({ cluster: m + text }), http: [httpEntry({ authority: m }), odd] });
      const e = await runCase(t.a.httpPort, "als", m, stream([body]), { code: grpc.status.OK, accepted: 2 });
      expect(sample(e, "gateway_requests_total", { gateway: labelOf(m + text), host: labelOf(m + text), route: labelOf(`/${m}/${text}`) })).toBe(1);
    });
  }

  for (const [name, invalid] of Object.entries(INVALID_UTF8)) {
    // The user agent is not read: the decoders step over it (an unknown field) without looking at its bytes.
    test(`invalid UTF-8 (${name}) in authority, path, user agent, a header and the node → counted, not the whole batch lost`, async () => {
      const m = marker();
      const bytes = [...new TextEncoder().encode("utf8-"), ...invalid];
      const ph = [0, 1, 2, 3, 4].map((i) => placeholder(10 * n + i, bytes.length));
      let body = message({
        id: identifier({ cluster: m + ph[0] }),
        http: [httpEntry({ authority: m }), { ...httpEntry({ authority: m + ph[1], path: `/${m}/${ph[2]}`, requestHeaders: { "x-b3-traceid": ph[3] } }) }, httpEntry({ authority: m })],
      });
      const agent = ALS.HTTPRequestProperties.encode({ user_agent: ph[4] }).finish();
      body = new Uint8Array([...body, ...lfield(2, lfield(1, [...lfield(3, agent), ...lfield(1, [])]))]);
      for (const p of ph) body = patchBytes(body, p, bytes);
      const e = await runCase(t.a.httpPort, "als", m, stream([body]), { code: grpc.status.OK, accepted: 4 });
      const text = lenientText(bytes);
      expect(sample(e, "gateway_requests_total", { gateway: labelOf(m + text), host: labelOf(m + text), route: labelOf(`/${m}/${text}`) })).toBe(1);
      expect(total(e, "gateway_requests_total", { gateway: labelOf(m + text) })).toBe(4);
    });
  }

  test("a later message with no identifier keeps the stream's gateway; a first one without is counted without it", async () => {
    const m = marker();
    const e = await runCase(t.a.httpPort, "als", m, stream([message({ http: [httpEntry({ authority: m })] }), message({ id: identifier({ cluster: m }), http: [] }), message({ http: [httpEntry({ authority: m })] })]), {
      code: grpc.status.OK, accepted: 2,
    });
    expect(e.samples.filter((s) => s.name === "gateway_requests_total" && s.labels.host === m).map((s) => s.labels.gateway ?? "").sort()).toEqual(["", m]);
  });
});

describe("ALS: the series budget", () => {
  const t = useAdapter({ maxSeries: 2 });

  test("a new label tuple past maxSeries is counted in the __overflow__ series; existing tuples keep theirs", async () => {
    const http = ["budget-1", "budget-2", "budget-3", "budget-1"].map((h) => httpEntry({ authority: h }));
    const e = await runCase(t.a.httpPort, "als", "budget", () => clientStream(t.client, V3_PATH, [message({ id: identifier(), http })]), {
      code: grpc.status.OK, accepted: 4,
    });
    expect(sample(e, "gateway_requests_total", { host: "budget-1" })).toBe(2);
    expect(sample(e, "gateway_requests_total", { host: "__overflow__", route: "__overflow__" })).toBe(1);
    expect(total(e, "gateway_requests_total")).toBe(4);
    expect(sample(e, "gatewaymetric_overflow_total", { metric: "gateway_requests_total", label: "series" })).toBe(1);
  });
});
