// Bad input in Mixer logentry calls, through the real gRPC interface: a bad instance is skipped and
// counted with its reason while its batch-mates are counted; awkward text becomes valid labels.
import { describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import Long from "long";
import type { istio } from "../src/generated/codecs.js";
import type { RejectReason } from "../src/core/self-metrics.ts";
import { AWKWARD_TEXT, INVALID_UTF8, labelOf, lenientText, patchBytes, placeholder, runCase } from "./helpers/bad-input.ts";
import { sample, total } from "./helpers/exposition.ts";
import { unary } from "./helpers/grpc-client.ts";
import { dbl, dur, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";
import { useAdapter } from "./helpers/suite.ts";

type V = istio.policy.v1beta1.IValue;
type Vars = Record<string, V>;

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
const PARAMS_TYPE_URL = "type.googleapis.com/adapter.gatewaymetric.config.Params";
const bool = (b: boolean): V => ({ bool_value: b });
const long = (l: Long): V => ({ int64_value: l });
const negDur = (seconds: number, nanos: number): V => ({ duration_value: { value: { seconds: Long.fromNumber(seconds), nanos } } });

function good(host: string): Vars {
  return { host: str(host), url: str("/ok"), method: str("GET"), responseCode: int(200), latency: dur(12), requestSize: int(100), responseSize: int(2000) };
}

/** An instance variable override that makes the instance uncountable, and the reason it is counted under. */
const REJECTED: [string, RejectReason, Vars][] = [
  ["code 1000", "bad_code", { responseCode: int(1000) }],
  ["code -1", "bad_code", { responseCode: int(-1) }],
  ["code 2^40", "bad_code", { responseCode: int(2 ** 40) }],
  ["code int64 max", "bad_code", { responseCode: long(Long.MAX_VALUE) }],
  ["code int64 min", "bad_code", { responseCode: long(Long.MIN_VALUE) }],
  ["code 200.5", "bad_code", { responseCode: dbl(200.5) }],
  ["code NaN", "bad_code", { responseCode: dbl(NaN) }],
  ["code Infinity", "bad_code", { responseCode: dbl(Infinity) }],
  ["code as words", "bad_code", { responseCode: str("two hundred") }],
  ["code as empty string", "bad_code", { responseCode: str("") }],
  ["code as 1e400", "bad_code", { responseCode: str("1e400") }],
  ["code as a bool", "bad_code", { responseCode: bool(true) }],
  ["code as a duration", "bad_code", { responseCode: dur(200) }],
  ["latency -1 ms as a double", "bad_duration", { latency: dbl(-0.001) }],
  ["latency NaN", "bad_duration", { latency: dbl(NaN) }],
  ["latency Infinity", "bad_duration", { latency: dbl(Infinity) }],
  ["latency -1 as int64", "bad_duration", { latency: int(-1) }],
  ["latency negative Duration (seconds)", "bad_duration", { latency: negDur(-1, 0) }],
  ["latency negative Duration (nanos)", "bad_duration", { latency: negDur(0, -1) }],
  ["latency -3s as Go text", "bad_duration", { latency: str("-3s") }],
  ["latency as words", "bad_duration", { latency: str("soon") }],
  ["latency 1e400", "bad_duration", { latency: str("1e400") }],
  ["latency as a bool", "bad_duration", { latency: bool(false) }],
  // A long digit run once made the duration parser backtrack quadratically (minutes per call).
  ["latency of 300000 digits and no unit", "bad_duration", { latency: str("1".repeat(300_000) + "x") }],
  ["latency of 300000 digits", "bad_duration", { latency: str("9".repeat(300_000) + "ms") }],
  ["request size -1", "bad_size", { requestSize: int(-1) }],
  ["request size NaN", "bad_size", { requestSize: dbl(NaN) }],
  ["request size -Infinity", "bad_size", { requestSize: dbl(-Infinity) }],
  ["request size as words", "bad_size", { requestSize: str("big") }],
  ["request size as a bool", "bad_size", { requestSize: bool(true) }],
  ["response size Infinity", "bad_size", { responseSize: dbl(Infinity) }],
  ["response size -1 as text", "bad_size", { responseSize: str("-1") }],
  ["response size of 300000 digits", "bad_size", { responseSize: str("9".repeat(300_000)) }],
];

/** Variables of the wrong type for a text field: counted, with the value's text form as the label. */
const WRONG_TYPE_TEXT: [string, V, string][] = [
  ["an int64", int(42), "42"],
  ["a double", dbl(1.5), "1.5"],
  ["a bool", bool(true), "true"],
  ["an IPv4 address", { ip_address_value: { value: new Uint8Array([10, 1, 2, 3]) } }, "10.1.2.3"],
  ["an IP address of 5 bytes", { ip_address_value: { value: new Uint8Array([1, 2, 3, 4, 5]) } }, ""],
  ["a DNS name", { dns_name_value: { value: "dns.example" } }, "dns.example"],
  ["a string map", { string_map_value: { value: { a: "b" } } }, ""],
  ["a timestamp", { timestamp_value: { value: { seconds: Long.fromNumber(1), nanos: 0 } } }, ""],
  ["a duration", dur(5), ""],
];

describe("Mixer logentry: bad instances in a good batch", () => {
  const t = useAdapter();
  let n = 0;
  const marker = () => `mixer-${++n}.example`;

  for (const [name, reason, override] of REJECTED) {
    test(`${name} → rejected as ${reason}, batch-mates counted`, async () => {
      const m = marker();
      const body = logEntryRequest([good(m), { ...good(m), ...override }, good(m)]);
      const e = await runCase(t.a.httpPort, "mixer", m, () => unary(t.client, PATH, body), { code: grpc.status.OK, accepted: 2, rejected: { [reason]: 1 } });
      expect(sample(e, "gateway_requests_total", { host: m })).toBe(2);
      expect(sample(e, "gateway_request_duration_seconds_count", { host: m })).toBe(2);
    });
  }

  test("every bad field of one instance: it is rejected once, under the first reason (code)", async () => {
    const m = marker();
    const body = logEntryRequest([{ ...good(m), responseCode: int(-5), latency: dbl(NaN), requestSize: int(-1) }, good(m)]);
    await runCase(t.a.httpPort, "mixer", m, () => unary(t.client, PATH, body), { code: grpc.status.OK, accepted: 1, rejected: { bad_code: 1 } });
  });

  for (const [name, value, text] of WRONG_TYPE_TEXT) {
    test(`host as ${name} → counted, host label ${JSON.stringify(text)}`, async () => {
      const m = marker();
      const body = logEntryRequest([good(m), { ...good(m), host: value, url: str(`/${m}`) }, good(m)]);
      const e = await runCase(t.a.httpPort, "mixer", m, () => unary(t.client, PATH, body), { code: grpc.status.OK, accepted: 3 });
      const s = e.samples.filter((x) => x.name === "gateway_requests_total" && x.labels.route === `/${m}`);
      expect(s.map((x) => [x.labels.host ?? "", x.value])).toEqual([[text, 1]]);
    });
  }

  for (const [name, text] of Object.entries(AWKWARD_TEXT)) {
    test(`${name} in host, path, method and gateway → counted, exposition valid, labels read back`, async () => {
      const m = marker();
      const odd = { ...good(m + text), url: str(`/${m}/${text}`), method: str(text), gateway: str(m + text) };
      const body = logEntryRequest([good(m), odd, good(m)]);
      const e = await runCase(t.a.httpPort, "mixer", m, () => unary(t.client, PATH, body), { code: grpc.status.OK, accepted: 3 });
      expect(sample(e, "gateway_requests_total", { host: m })).toBe(2);
      const labels = { gateway: labelOf(m + text), host: labelOf(m + text), route: labelOf(`/${m}/${text}`), method: "_OTHER", code: "200" };
      expect(sample(e, "gateway_requests_total", labels)).toBe(1);
    });
  }

  for (const [name, invalid] of Object.entries(INVALID_UTF8)) {
    test(`invalid UTF-8 (${name}) in host and path → counted with U+FFFD in the labels`, async () => {
      const m = marker();
      const bytes = [...new TextEncoder().encode("utf8-"), ...invalid];
      const [ph1, ph2] = [placeholder(2 * n, bytes.length), placeholder(2 * n + 1, bytes.length)];
      const body = patchBytes(patchBytes(logEntryRequest([good(m), { ...good(m + ph1), url: str(`/${m}/${ph2}`) }, good(m)]), ph1, bytes), ph2, bytes);
      const e = await runCase(t.a.httpPort, "mixer", m, () => unary(t.client, PATH, body), { code: grpc.status.OK, accepted: 3 });
      const text = lenientText(bytes);
      expect(text).toContain("\uFFFD");
      expect(sample(e, "gateway_requests_total", { host: labelOf(m + text), route: labelOf(`/${m}/${text}`) })).toBe(1);
    });
  }

  test("empty host, path and method → counted, those labels left out", async () => {
    const m = marker();
    const body = logEntryRequest([good(m), { ...good(""), url: str(""), method: str(""), gateway: str(m) }, good(m)]);
    const e = await runCase(t.a.httpPort, "mixer", m, () => unary(t.client, PATH, body), { code: grpc.status.OK, accepted: 3 });
    const s = e.samples.find((x) => x.name === "gateway_requests_total" && x.labels.gateway === m)!;
    expect(s.labels).toEqual({ gateway: m, method: "_OTHER", code: "200" });
  });

  test("unreadable handler params → logged and ignored, entries counted with the configured variables", async () => {
    const m = marker();
    const body = logEntryRequest([good(m), good(m)], { type_url: PARAMS_TYPE_URL, value: new Uint8Array([0x0a, 0x7f]) });
    const e = await runCase(t.a.httpPort, "mixer", m, () => unary(t.client, PATH, body), { code: grpc.status.OK, accepted: 2 });
    expect(sample(e, "gateway_requests_total", { host: m })).toBe(2);
  });
});

describe("Mixer logentry: strings up to the message limit (4 MiB)", () => {
  const t = useAdapter();

  test("a path of 4 MiB less 1 KiB is counted and the exposition stays valid", async () => {
    const m = "huge.example";
    const huge = "/" + "p".repeat(4 * 1024 * 1024 - 1024);
    const body = logEntryRequest([{ host: str(m), url: str(huge), responseCode: int(200) }, { host: str(m), url: str("/small"), responseCode: int(200) }]);
    expect(body.length).toBeLessThan(4 * 1024 * 1024);
    const e = await runCase(t.a.httpPort, "mixer", m, () => unary(t.client, PATH, body), { code: grpc.status.OK, accepted: 2 });
    expect(sample(e, "gateway_requests_total", { host: m, route: labelOf(huge) })).toBe(1);
    expect(total(e, "gateway_requests_total", { host: m })).toBe(2);
  });

  test("a host just past the limit → RESOURCE_EXHAUSTED, nothing counted", async () => {
    const body = logEntryRequest([{ host: str("h".repeat(4 * 1024 * 1024)), url: str("/"), responseCode: int(200) }]);
    await runCase(t.a.httpPort, "mixer", "", () => unary(t.client, PATH, body), { code: grpc.status.RESOURCE_EXHAUSTED });
  });
});
