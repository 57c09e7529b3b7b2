// Bad input in OTLP log exports, through the real gRPC interface: a record that cannot be counted is
// skipped and counted with its reason (and in partial_success) while its batch-mates are counted;
// awkward and invalid-UTF-8 text becomes valid labels; nesting past the decoder's limit is refused.
import { describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import type { RejectReason } from "../src/core/self-metrics.ts";
import { AWKWARD_TEXT, INVALID_UTF8, labelOf, lenientText, patchBytes, placeholder, runCase } from "./helpers/bad-input.ts";
import { sample, total } from "./helpers/exposition.ts";
import { unary } from "./helpers/grpc-client.ts";
import { attrs, decodeResponse, dv, exportRequest, istioLine, iv, type Line, logRecord, OTLP_PATH, sv } from "./helpers/otlp-fixtures.ts";
import { useAdapter } from "./helpers/suite.ts";
import { lfield } from "./helpers/wire.ts";

type Record_ = ReturnType<typeof logRecord>;

const line = (m: string, l: Line = {}) => istioLine({ method: "GET", path: "/ok", protocol: "HTTP/1.1", code: 200, durationMs: 7, received: 10, sent: 20, authority: m, ...l });
const good = (m: string): Record_ => logRecord(sv(line(m)));
const withAttrs = (m: string, a: Parameters<typeof attrs>[0]): Record_ => logRecord(null, attrs({ method: "GET", path: "/ok", authority: m, response_code: "200", ...a }));

/** A record that cannot be counted, and the reason it is counted under. */
const REJECTED: [string, RejectReason, (m: string) => Record_][] = [
  ["code 1000 in the body", "bad_code", (m) => logRecord(sv(line(m, { code: 1000 })))],
  ["code 999999999999999 in the body", "bad_code", (m) => logRecord(sv(line(m).replace(" 200 ", " 999999999999999 ")))],
  ["code as words in the body", "unparseable", (m) => logRecord(sv(line(m).replace(" 200 ", " OK ")))],
  ["a body in another format", "unparseable", () => logRecord(sv("GET /ok 200 5ms"))],
  ["an empty body", "unparseable", () => logRecord(sv(""))],
  ["a bytes body", "unparseable", () => logRecord({ bytes_value: new Uint8Array([1, 2, 3]) })],
  ["an array body", "unparseable", () => logRecord({ array_value: { values: [sv("x")] } })],
  ["a kvlist body without Istio keys", "unparseable", () => logRecord({ kvlist_value: { values: attrs({ foo: "bar" }) } })],
  ["no body and no attributes", "unparseable", () => logRecord(null)],
  ["response_code -1", "bad_code", (m) => withAttrs(m, { response_code: iv(-1) })],
  ["response_code 1000", "bad_code", (m) => withAttrs(m, { response_code: iv(1000) })],
  ["response_code 2^40", "bad_code", (m) => withAttrs(m, { response_code: iv(2 ** 40) })],
  ["response_code 200.5", "bad_code", (m) => withAttrs(m, { response_code: dv(200.5) })],
  ["response_code NaN", "bad_code", (m) => withAttrs(m, { response_code: dv(NaN) })],
  ["response_code as words", "bad_code", (m) => withAttrs(m, { response_code: "two hundred" })],
  ["response_code as a bool", "bad_code", (m) => withAttrs(m, { response_code: { bool_value: true } })],
  ["duration -4", "bad_duration", (m) => withAttrs(m, { duration: dv(-4) })],
  ["duration NaN as text", "bad_duration", (m) => withAttrs(m, { duration: "NaN" })],
  ["duration Infinity as text", "bad_duration", (m) => withAttrs(m, { duration: "Infinity" })],
  ["duration 1e400", "bad_duration", (m) => withAttrs(m, { duration: "1e400" })],
  ["duration as an array", "bad_duration", (m) => withAttrs(m, { duration: { array_value: { values: [] } } })],
  ["upstream_service_time -1", "bad_duration", (m) => withAttrs(m, { upstream_service_time: iv(-1) })],
  ["bytes_received -5", "bad_size", (m) => withAttrs(m, { bytes_received: iv(-5) })],
  ["bytes_received as words", "bad_size", (m) => withAttrs(m, { bytes_received: "lots" })],
  ["bytes_sent Infinity", "bad_size", (m) => withAttrs(m, { bytes_sent: dv(Infinity) })],
];

describe("OTLP: bad records in a good batch", () => {
  const t = useAdapter();
  let n = 0;
  const marker = () => `otlp-${++n}.example`;
  const send = (body: Uint8Array) => () => unary(t.client, OTLP_PATH, body);

  for (const [name, reason, bad] of REJECTED) {
    test(`${name} → rejected as ${reason}, in partial_success, batch-mates counted`, async () => {
      const m = marker();
      const body = exportRequest([{ records: [good(m), bad(m), good(m)] }]);
      let answer: Uint8Array | null = null;
      const e = await runCase(t.a.httpPort, "otlp", m, async () => {
        const r = await unary(t.client, OTLP_PATH, body);
        answer = r.response;
        return r;
      }, { code: grpc.status.OK, accepted: 2, rejected: { [reason]: 1 } });
      expect(sample(e, "gateway_requests_total", { host: m })).toBe(2);
      expect(Number(decodeResponse(answer!).partial_success!.rejected_log_records)).toBe(1);
    });
  }

  for (const [name, text] of Object.entries(AWKWARD_TEXT)) {
    test(`${name} in the body's path and authority and in attributes → counted, labels read back`, async () => {
      const m = marker();
      const body = exportRequest([{
        attributes: { cluster_name: m + text },
        records: [good(m), logRecord(sv(line(m + text, { path: `/${m}/${text}` }))), withAttrs(m + text, { path: `/${m}/a/${text}`, gateway: m + text })],
      }]);
      const e = await runCase(t.a.httpPort, "otlp", m, send(body), { code: grpc.status.OK, accepted: 3 });
      expect(sample(e, "gateway_requests_total", { gateway: labelOf(m + text), host: labelOf(m + text), route: labelOf(`/${m}/${text}`) })).toBe(1);
      expect(sample(e, "gateway_requests_total", { gateway: labelOf(m + text), host: labelOf(m + text), route: labelOf(`/${m}/a/${text}`) })).toBe(1);
    });
  }

  for (const [name, invalid] of Object.entries(INVALID_UTF8)) {
    test(`invalid UTF-8 (${name}) in the body line and an attribute → counted with U+FFFD`, async () => {
      const m = marker();
      const bytes = [...new TextEncoder().encode("utf8-"), ...invalid];
      const [p1, p2] = [placeholder(2 * n, bytes.length), placeholder(2 * n + 1, bytes.length)];
      const raw = exportRequest([{ records: [good(m), logRecord(sv(line(m + p1))), withAttrs(m, { path: `/${p2}` })] }]);
      const body = patchBytes(patchBytes(raw, p1, bytes), p2, bytes);
      const e = await runCase(t.a.httpPort, "otlp", m, send(body), { code: grpc.status.OK, accepted: 3 });
      const text = lenientText(bytes);
      expect(sample(e, "gateway_requests_total", { host: labelOf(m + text) })).toBe(1);
      expect(sample(e, "gateway_requests_total", { host: m, route: labelOf(`/${text}`) })).toBe(1);
    });
  }

  test("a trace id of the wrong length is ignored; the record is counted", async () => {
    const m = marker();
    const odd = logRecord(sv(line(m)), [], new Uint8Array(15).fill(7));
    await runCase(t.a.httpPort, "otlp", m, send(exportRequest([{ records: [good(m), odd] }])), { code: grpc.status.OK, accepted: 2 });
  });

  test("a body nested past the decoder's depth limit → INVALID_ARGUMENT, counted as malformed", async () => {
    // AnyValue{kvlist_value: KeyValueList{values: KeyValue{key, value: AnyValue{...}}}}, 120 levels.
    let any: number[] = lfield(1, new TextEncoder().encode("deep"));
    for (let i = 0; i < 120; i++) any = lfield(6, lfield(1, [...lfield(1, [0x6b]), ...lfield(2, any)]));
    const record = lfield(5, any);
    const body = new Uint8Array(lfield(1, lfield(2, lfield(2, record))));
    await runCase(t.a.httpPort, "otlp", "", send(body), { code: grpc.status.INVALID_ARGUMENT, messages: { malformed: 1 } });
  });
});

describe("OTLP: lines up to the message limit (4 MiB)", () => {
  const t = useAdapter();

  // No duration or sizes, so only gateway_requests_total holds the 4 MiB label: a histogram repeats
  // it on each of its bucket lines (~40 copies, 170 MB per scrape) until labels are capped.
  test("a line with a path of 4 MiB less 1 KiB is counted", async () => {
    const m = "huge.example";
    const path = "/" + "q".repeat(4 * 1024 * 1024 - 1024);
    const body = exportRequest([{ records: [logRecord(sv(istioLine({ method: "GET", path, protocol: "HTTP/1.1", code: 200, authority: m })))] }]);
    const e = await runCase(t.a.httpPort, "otlp", m, () => unary(t.client, OTLP_PATH, body), { code: grpc.status.OK, accepted: 1 });
    expect(sample(e, "gateway_requests_total", { host: m, route: labelOf(path) })).toBe(1);
  });

  test("a 4 MiB line made of the parser's anchors is rejected promptly as unparseable", async () => {
    // Every `" ` could end the request line and every run of numbers could be the byte counts.
    const hostile = '[t] "GET /' + '" 1 1 1 1 "'.repeat(380_000);
    const body = exportRequest([{ records: [logRecord(sv(hostile))] }]);
    expect(body.length).toBeLessThan(4 * 1024 * 1024);
    await runCase(t.a.httpPort, "otlp", "", () => unary(t.client, OTLP_PATH, body), { code: grpc.status.OK, rejected: { unparseable: 1 } });
  });
});

describe("OTLP: the series budget", () => {
  const t = useAdapter({ maxSeries: 2 });

  test("a new label tuple past maxSeries is counted in the __overflow__ series; existing tuples keep theirs", async () => {
    const records = ["budget-1", "budget-2", "budget-3", "budget-1"].map((h) => good(h));
    const e = await runCase(t.a.httpPort, "otlp", "budget", () => unary(t.client, OTLP_PATH, exportRequest([{ records }])), {
      code: grpc.status.OK, accepted: 4,
    });
    expect(sample(e, "gateway_requests_total", { host: "budget-1" })).toBe(2);
    expect(sample(e, "gateway_requests_total", { host: "__overflow__", route: "__overflow__" })).toBe(1);
    expect(total(e, "gateway_requests_total")).toBe(4);
    expect(sample(e, "gatewaymetric_overflow_total", { metric: "gateway_requests_total", label: "series" })).toBe(1);
  });
});
