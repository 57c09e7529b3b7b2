// Bad input in Mixer metric-template calls, through the real gRPC interface: a bad instance is
// skipped and counted with its reason while its batch-mates are counted; refused handler params
// refuse the call; awkward dimension text and help text become a valid exposition.
import { describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import Long from "long";
import type { adapter, istio } from "../src/generated/codecs.js";
import type { RejectReason } from "../src/core/self-metrics.ts";
import { AWKWARD_TEXT, INVALID_UTF8, labelOf, lenientText, MALFORMED, patchBytes, placeholder, runCase } from "./helpers/bad-input.ts";
import { sample } from "./helpers/exposition.ts";
import { unary } from "./helpers/grpc-client.ts";
import { bool, dbl, dur, int, Kind, METRIC_PATH, metricRequest, params, PROM_TYPE_URL, str } from "./helpers/mixer-metric-fixtures.ts";
import { useAdapter } from "./helpers/suite.ts";

type V = istio.policy.v1beta1.IValue;
type MetricInfo = adapter.prometheus.config.Params.MetricInfo.$Properties;
type Instance = { name: string; value: V; dimensions?: Record<string, V> };

const COUNTER = "rc.instance.default";
const GAUGE = "g.instance.default";
const HIST = "h.instance.default";
const METRICS: MetricInfo[] = [
  { name: "fuzz_requests_total", instance_name: COUNTER, kind: Kind.COUNTER, label_names: ["host", "code"] },
  { name: "fuzz_level", instance_name: GAUGE, kind: Kind.GAUGE, label_names: ["host"] },
  { name: "fuzz_latency_seconds", instance_name: HIST, kind: Kind.DISTRIBUTION, label_names: ["host"], buckets: { explicit_buckets: { bounds: [0.1, 1] } } },
];
const P = params(METRICS);

const good = (host: string): Instance => ({ name: COUNTER, value: int(1), dimensions: { host: str(host), code: int(200) } });

/** An instance the params cannot count, and the reason it is counted under. */
const REJECTED: [string, RejectReason, (m: string) => Instance][] = [
  ["an instance no MetricInfo names", "unknown_instance", (m) => ({ ...good(m), name: "other.instance.default" })],
  ["an instance with no name", "unknown_instance", (m) => ({ ...good(m), name: "" })],
  ["a missing dimension", "missing_dimension", (m) => ({ ...good(m), dimensions: { host: str(m) } })],
  ["no dimensions at all", "missing_dimension", (m) => ({ ...good(m), dimensions: {} })],
  ["value NaN", "bad_value", (m) => ({ ...good(m), value: dbl(NaN) })],
  ["value Infinity", "bad_value", (m) => ({ ...good(m), value: dbl(Infinity) })],
  ["value -Infinity on a histogram", "bad_value", (m) => ({ name: HIST, value: dbl(-Infinity), dimensions: { host: str(m) } })],
  ["value NaN on a gauge", "bad_value", (m) => ({ name: GAUGE, value: dbl(NaN), dimensions: { host: str(m) } })],
  ["a negative counter increment", "bad_value", (m) => ({ ...good(m), value: int(-1) })],
  ["a counter increment of -2^63", "bad_value", (m) => ({ ...good(m), value: { int64_value: Long.MIN_VALUE } })],
  ["value as words", "bad_value", (m) => ({ ...good(m), value: str("one") })],
  ["value as text with spaces", "bad_value", (m) => ({ ...good(m), value: str(" 1") })],
  ["value 1e400 as text", "bad_value", (m) => ({ ...good(m), value: str("1e400") })],
  ["value as a bool", "bad_value", (m) => ({ ...good(m), value: bool(true) })],
  ["no value", "bad_value", (m) => ({ name: COUNTER, value: {}, dimensions: { host: str(m), code: int(200) } })],
  // A long digit run once made the numeric-text check backtrack quadratically (minutes per call).
  ["value of 300000 digits and a letter", "bad_value", (m) => ({ ...good(m), value: str("1".repeat(300_000) + "x") })],
];

/** Dimension values of other types: counted, the label is the value's text form. */
const WRONG_TYPE_TEXT: [string, V, string][] = [
  ["an int64", int(-7), "-7"],
  ["a double NaN", dbl(NaN), "NaN"],
  ["a bool", bool(false), "false"],
  ["an IPv6 address", { ip_address_value: { value: new Uint8Array(16).fill(0xab) } }, "abab:abab:abab:abab:abab:abab:abab:abab"],
  ["a duration", dur(3), ""],
  ["a string map", { string_map_value: { value: { k: "v" } } }, ""],
];

describe("Mixer metric: bad instances in a good batch", () => {
  const t = useAdapter();
  let n = 0;
  const marker = () => `metric-${++n}.example`;
  const send = (instances: Instance[], p = P) => () => unary(t.client, METRIC_PATH, metricRequest(instances, p));

  for (const [name, reason, bad] of REJECTED) {
    test(`${name} → rejected as ${reason}, batch-mates counted`, async () => {
      const m = marker();
      const e = await runCase(t.a.httpPort, "mixer_metric", m, send([good(m), bad(m), good(m)]), { code: grpc.status.OK, accepted: 2, rejected: { [reason]: 1 } });
      expect(sample(e, "istio_fuzz_requests_total", { host: m })).toBe(2);
    });
  }

  test("huge finite values are counted; the counter stays a number", async () => {
    const m = marker();
    const big = { ...good(m), value: dbl(1.7e308) };
    const e = await runCase(t.a.httpPort, "mixer_metric", m, send([big, big, { name: GAUGE, value: dbl(-1e308), dimensions: { host: str(m) } }]), { code: grpc.status.OK, accepted: 3 });
    expect(sample(e, "istio_fuzz_requests_total", { host: m })).toBe(Infinity);
    expect(sample(e, "istio_fuzz_level", { host: m })).toBe(-1e308);
  });

  for (const [name, value, text] of WRONG_TYPE_TEXT) {
    test(`a dimension as ${name} → counted, label ${JSON.stringify(text)}`, async () => {
      const m = marker();
      const e = await runCase(t.a.httpPort, "mixer_metric", m, send([good(m), { ...good(m), dimensions: { host: str(m), code: value } }]), { code: grpc.status.OK, accepted: 2 });
      const s = e.samples.filter((x) => x.name === "istio_fuzz_requests_total" && x.labels.host === m);
      expect(s.map((x) => [x.labels.code ?? "", x.value]).sort()).toEqual([["200", 1], [text, 1]].sort());
    });
  }

  for (const [name, text] of Object.entries(AWKWARD_TEXT)) {
    test(`${name} in a dimension → counted, exposition valid, label reads back`, async () => {
      const m = marker();
      const e = await runCase(t.a.httpPort, "mixer_metric", m, send([good(m + text), { name: HIST, value: dbl(0.5), dimensions: { host: str(m + text) } }]), { code: grpc.status.OK, accepted: 2 });
      expect(sample(e, "istio_fuzz_requests_total", { host: labelOf(m + text), code: "200" })).toBe(1);
      expect(sample(e, "istio_fuzz_latency_seconds_bucket", { host: labelOf(m + text), le: "1" })).toBe(1);
    });
  }

  for (const [name, invalid] of Object.entries(INVALID_UTF8)) {
    test(`invalid UTF-8 (${name}) in a dimension → counted with U+FFFD in the label`, async () => {
      const m = marker();
      const bytes = [...new TextEncoder().encode("utf8-"), ...invalid];
      const ph = placeholder(n, bytes.length);
      const body = patchBytes(metricRequest([good(m), good(m + ph)], P), ph, bytes);
      const e = await runCase(t.a.httpPort, "mixer_metric", m, () => unary(t.client, METRIC_PATH, body), { code: grpc.status.OK, accepted: 2 });
      expect(sample(e, "istio_fuzz_requests_total", { host: labelOf(m + lenientText(bytes)) })).toBe(1);
    });
  }
});

/** Handler params that refuse the whole call. */
const REFUSED: [string, () => { type_url: string; value: Uint8Array } | undefined][] = [
  ["no adapter_config", () => undefined],
  ["another type_url", () => ({ type_url: "type.googleapis.com/other.Params", value: P.value })],
  ["params that are not protobuf", () => ({ type_url: PROM_TYPE_URL, value: MALFORMED["wire type 7"] })],
  ["a metric name that is not a Prometheus name", () => params([{ name: "bad name!", instance_name: COUNTER, kind: Kind.COUNTER }])],
  ["a label name starting with a digit", () => params([{ name: "x_total", instance_name: COUNTER, kind: Kind.COUNTER, label_names: ["0host"] }])],
  ["two label names equal once sanitized", () => params([{ name: "x_total", instance_name: COUNTER, kind: Kind.COUNTER, label_names: ["a-b", "ab"] }])],
  ["kind 99", () => params([{ name: "x_total", instance_name: COUNTER, kind: 99 as MetricInfo["kind"] }])],
  ["a NaN bucket bound", () => params([{ name: "x_seconds", instance_name: COUNTER, kind: Kind.DISTRIBUTION, buckets: { explicit_buckets: { bounds: [0.1, NaN] } } }])],
  ["a -Infinity bucket bound", () => params([{ name: "x_seconds", instance_name: COUNTER, kind: Kind.DISTRIBUTION, buckets: { explicit_buckets: { bounds: [-Infinity, 1] } } }])],
  ["equal bucket bounds", () => params([{ name: "x_seconds", instance_name: COUNTER, kind: Kind.DISTRIBUTION, buckets: { explicit_buckets: { bounds: [1, 1] } } }])],
  ["2^31-1 linear buckets", () => params([{ name: "x_seconds", instance_name: COUNTER, kind: Kind.DISTRIBUTION, buckets: { linear_buckets: { num_finite_buckets: 2 ** 31 - 1, width: 1, offset: 0 } } }])],
  ["negative linear bucket count", () => params([{ name: "x_seconds", instance_name: COUNTER, kind: Kind.DISTRIBUTION, buckets: { linear_buckets: { num_finite_buckets: -1, width: 1, offset: 0 } } }])],
  ["linear width NaN", () => params([{ name: "x_seconds", instance_name: COUNTER, kind: Kind.DISTRIBUTION, buckets: { linear_buckets: { num_finite_buckets: 3, width: NaN, offset: 0 } } }])],
  ["linear buckets that overflow to Infinity", () => params([{ name: "x_seconds", instance_name: COUNTER, kind: Kind.DISTRIBUTION, buckets: { linear_buckets: { num_finite_buckets: 3, width: 1e308, offset: 1e308 } } }])],
  ["exponential buckets that overflow to Infinity", () => params([{ name: "x_seconds", instance_name: COUNTER, kind: Kind.DISTRIBUTION, buckets: { exponential_buckets: { num_finite_buckets: 50, scale: 1, growth_factor: 1e300 } } }])],
  ["exponential scale 0", () => params([{ name: "x_seconds", instance_name: COUNTER, kind: Kind.DISTRIBUTION, buckets: { exponential_buckets: { num_finite_buckets: 3, scale: 0, growth_factor: 2 } } }])],
];

describe("Mixer metric: refused handler params", () => {
  const t = useAdapter();
  let n = 0;

  for (const [name, config] of REFUSED) {
    test(`${name} → INVALID_ARGUMENT, the message and each instance counted as bad_params`, async () => {
      const m = `refused-${++n}.example`;
      const body = metricRequest([good(m), good(m), good(m)], config());
      await runCase(t.a.httpPort, "mixer_metric", m, () => unary(t.client, METRIC_PATH, body), { code: grpc.status.INVALID_ARGUMENT, rejected: { bad_params: 3 }, messages: { bad_params: 1 } });
    });
  }

  test("a refusal quoting a 100 000-character name is still INVALID_ARGUMENT, its details cut short", async () => {
    const m = `refused-${++n}.example`;
    const body = metricRequest([good(m)], params([{ name: "é".repeat(100_000), instance_name: COUNTER, kind: Kind.COUNTER }]));
    let details = "";
    await runCase(t.a.httpPort, "mixer_metric", m, async () => {
      const r = await unary(t.client, METRIC_PATH, body);
      details = r.details;
      return r;
    }, { code: grpc.status.INVALID_ARGUMENT, rejected: { bad_params: 1 }, messages: { bad_params: 1 } });
    expect(details).toStartWith(`${METRIC_PATH}: adapter_config: metrics[0].name: "istio_ééé`);
    expect(details.length).toBeLessThan(1000);
  });

  test("awkward help text and label names are accepted and escaped", async () => {
    const help = Object.values(AWKWARD_TEXT).join(" | ");
    const p = params([{ name: "odd_total", instance_name: "odd.instance.default", kind: Kind.COUNTER, description: help, label_names: ["source.app", "dest-app"] }]);
    const inst = { name: "odd.instance.default", value: int(1), dimensions: { "source.app": str("a"), "dest-app": str("b") } };
    const e = await runCase(t.a.httpPort, "mixer_metric", "", () => unary(t.client, METRIC_PATH, metricRequest([inst], p)), { code: grpc.status.OK, accepted: 1 });
    expect(sample(e, "istio_odd_total", { source_app: "a", destapp: "b" })).toBe(1);
  });
});

describe("Mixer metric: the series budget", () => {
  const t = useAdapter({ maxSeries: 2 });

  test("a new label tuple past maxSeries → rejected as series_budget; existing tuples still count", async () => {
    const e = await runCase(t.a.httpPort, "mixer_metric", "budget", () => unary(t.client, METRIC_PATH, metricRequest([good("budget-1"), good("budget-2"), good("budget-3"), good("budget-1")], P)), {
      code: grpc.status.OK, accepted: 3, rejected: { series_budget: 1 },
    });
    expect(sample(e, "istio_fuzz_requests_total", { host: "budget-1" })).toBe(2);
  });
});

test("cached handler params, accepted or refused, are copies that do not pin the request they came in", async () => {
  const { newDynamicMetrics } = await import("../src/core/dynamic-metrics.ts");
  const { newPipeline } = await import("../src/core/pipeline.ts");
  const { newRegistry } = await import("../src/store/registry.ts");
  const { ingestMetric, newMixerMetricState } = await import("../src/ingest/mixer-metric.ts");
  const reg = newRegistry();
  const state = newMixerMetricState(newDynamicMetrics(reg, 1000, 1000), () => {});
  const p = newPipeline(reg, { defaultGateway: "", maxSeries: 1000 }, ["mixer_metric"]);
  // Buffers, as grpc-js hands them over: Buffer#slice is a view into the whole request.
  const accepted = Buffer.from(metricRequest([good("a")], P));
  const refused = Buffer.from(metricRequest([good("a")], { type_url: PROM_TYPE_URL, value: new Uint8Array([0x0a, 0x02, 0x08]) }));
  ingestMetric(state, p, accepted);
  expect(() => ingestMetric(state, p, refused)).toThrow();
  expect(state.cache.length).toBe(1);
  expect(state.refused.length).toBe(1);
  expect([...state.cache, ...state.refused].filter((c) => c.bytes.buffer === accepted.buffer || c.bytes.buffer === refused.buffer)).toEqual([]);
});
