// End to end: a real gRPC client calls HandleMetric the way Mixer does with Istio 1.4's stock
// metric instances and prometheus handler params; a real scrape reads the result.
import { describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { adapter as paramsPb } from "../src/generated/codecs.js";
import { useAdapter } from "./helpers/suite.ts";
import { type Exposition, promtoolCheck, promtoolPath, sample, samples, scrape, total } from "./helpers/exposition.ts";
import { unary } from "./helpers/grpc-client.ts";
import {
  bool, dbl, dur, int, ISTIO_LATENCY_BOUNDS, Kind, METRIC_PATH, metricRequest, params, STOCK_LABELS, STOCK_METRICS,
  stockDimensions, stockLabels, str,
} from "./helpers/mixer-metric-fixtures.ts";

const COUNT = "requestcount.instance.istio-system";
const DURATION = "requestduration.instance.istio-system";
const SIZE = "requestsize.instance.istio-system";
const STOCK = params(STOCK_METRICS, true);

function entries(e: Exposition, outcome: string): number {
  return total(e, "gatewaymetric_entries_total", { source: "mixer_metric", outcome });
}

function istioSamples(e: Exposition) {
  return e.samples.filter((s) => s.name.startsWith("istio_"));
}

describe("Istio 1.4 stock metric instances and prometheus handler params", () => {
  const t = useAdapter();

  test("requestcount, requestduration and requestsize are answered with an empty ReportResult", async () => {
    const d200 = stockDimensions(200);
    const d503 = stockDimensions(503);
    const body = metricRequest([
      { name: COUNT, value: int(1), dimensions: d200 },
      { name: COUNT, value: int(1), dimensions: d200 },
      { name: COUNT, value: int(1), dimensions: d200 },
      { name: COUNT, value: int(1), dimensions: d503 },
      { name: DURATION, value: dur(35), dimensions: d200 },
      { name: DURATION, value: dur(120), dimensions: d200 },
      { name: DURATION, value: dur(2000), dimensions: d200 },
      { name: DURATION, value: dur(10), dimensions: d503 },
      { name: SIZE, value: int(0), dimensions: d200 },
      { name: SIZE, value: int(150), dimensions: d200 },
      { name: SIZE, value: int(2500), dimensions: d200 },
    ], STOCK);
    const r = await unary(t.client, METRIC_PATH, body);
    expect(r.code).toBe(grpc.status.OK);
    expect(r.response!.length).toBe(0);
  });

  test("exact samples, in the prometheus adapter's names, labels, help and buckets", async () => {
    const e = await scrape(t.a.httpPort);
    const l200 = stockLabels(200);
    const l503 = stockLabels(503);
    expect(sample(e, "istio_requests_total", l200)).toBe(3);
    // Label order is label_names order; the whole line is what Prometheus scrapes.
    const frag = STOCK_LABELS.map((n) => `${n}="${l503[n]}"`).join(",");
    expect(e.text).toContain(`\nistio_requests_total{${frag}} 1\n`);
    expect(e.types.get("istio_requests_total")).toBe("counter");
    expect(e.helps.get("istio_requests_total")).toBe("requests_total");

    const d = "istio_request_duration_seconds";
    expect(e.types.get(d)).toBe("histogram");
    const les = samples(e, `${d}_bucket`, l200).map((s) => s.labels.le);
    expect(les).toEqual([...ISTIO_LATENCY_BOUNDS.map(String), "+Inf"]);
    const want: Record<string, number> = { "0.025": 0, "0.05": 1, "0.1": 1, "0.25": 2, "1": 2, "2.5": 3, "+Inf": 3 };
    for (const [le, n] of Object.entries(want)) expect(sample(e, `${d}_bucket`, { ...l200, le })).toBe(n);
    expect(sample(e, `${d}_sum`, l200)).toBeCloseTo(2.155, 12);
    expect(sample(e, `${d}_count`, l200)).toBe(3);
    expect(sample(e, `${d}_bucket`, { ...l503, le: "0.01" })).toBe(1);

    // exponentialBuckets {numFiniteBuckets: 8, scale: 1, growthFactor: 10}: 9 bounds, 1 to 1e8.
    const b = "istio_request_bytes";
    expect(samples(e, `${b}_bucket`, l200).map((s) => s.labels.le)).toEqual(
      ["1", "10", "100", "1000", "10000", "100000", "1000000", "10000000", "100000000", "+Inf"],
    );
    const bytes: Record<string, number> = { "1": 1, "100": 1, "1000": 2, "10000": 3, "+Inf": 3 };
    for (const [le, n] of Object.entries(bytes)) expect(sample(e, `${b}_bucket`, { ...l200, le })).toBe(n);
    expect(sample(e, `${b}_sum`, l200)).toBe(2650);
    expect(samples(e, `${b}_count`, l503)).toHaveLength(0);

    expect(entries(e, "accepted")).toBe(11);
    expect(entries(e, "rejected")).toBe(0);
    // The operator's families do not touch the gateway_* ones.
    expect(samples(e, "gateway_requests_total")).toHaveLength(0);
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
  });

  test("changed params keep unchanged families, replace changed ones, add new ones", async () => {
    const [count, duration] = STOCK_METRICS;
    const next = params([
      count,
      { ...duration, description: "Request duration, coarse.", buckets: { explicit_buckets: { bounds: [0.1, 1] } } },
      { name: "active_sessions", instance_name: "sessions.instance.istio-system", kind: Kind.GAUGE, label_names: ["destination_app"] },
    ]);
    const d200 = stockDimensions(200);
    const r = await unary(t.client, METRIC_PATH, metricRequest([
      { name: COUNT, value: int(1), dimensions: d200 },
      { name: DURATION, value: dur(50), dimensions: d200 },
      { name: "sessions.instance.istio-system", value: dbl(7.5), dimensions: { destination_app: str("productpage") } },
      { name: "sessions.instance.istio-system", value: int(3), dimensions: { destination_app: str("productpage") } },
    ], next));
    expect(r.code).toBe(grpc.status.OK);
    const e = await scrape(t.a.httpPort);
    const l200 = stockLabels(200);
    expect(sample(e, "istio_requests_total", l200)).toBe(4);
    const d = "istio_request_duration_seconds";
    expect(e.helps.get(d)).toBe("Request duration, coarse.");
    expect(samples(e, `${d}_bucket`, l200).map((s) => [s.labels.le, s.value])).toEqual([["0.1", 1], ["1", 1], ["+Inf", 1]]);
    expect(samples(e, `${d}_count`)).toHaveLength(1);
    // A family the new params no longer name keeps its numbers while the old params are kept
    // (expiry.ttl after their last call; mixer-metric-limits.e2e.test.ts sees it go).
    expect(sample(e, "istio_request_bytes_count", l200)).toBe(3);
    expect(sample(e, "istio_active_sessions", { destination_app: "productpage" })).toBe(3);
    expect(e.types.get("istio_active_sessions")).toBe("gauge");
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
  });
});

describe("metric instances the params do not fit", () => {
  const P = params([
    { name: "requests_total", instance_name: "rc.instance.default", kind: Kind.COUNTER, label_names: ["response_code", "source.app"] },
    // No name: the instance name, sanitized as the prometheus adapter did (`.` → `_`, `-` dropped).
    { instance_name: "tcp-bytes.instance.default", namespace: "edge", kind: Kind.COUNTER, description: "TCP bytes." },
  ]);
  const t = useAdapter();

  test("values as the prometheus adapter converted them; bad ones rejected and counted", async () => {
    const dims = (code: number) => ({ response_code: int(code), "source.app": str("gw") });
    const r = await unary(t.client, METRIC_PATH, metricRequest([
      { name: "rc.instance.default", value: int(2), dimensions: dims(200) },
      { name: "rc.instance.default", value: str("0.5"), dimensions: dims(200) },
      { name: "rc.instance.default", value: dbl(1.5), dimensions: dims(200) },
      // Also accepted: the sanitized dimension key, and extra dimensions (ignored).
      { name: "rc.instance.default", value: int(1), dimensions: { response_code: int(200), source_app: str("gw"), extra: str("x") } },
      { name: "tcp-bytes.instance.default", value: int(4096) },
      // Rejected: unknown instance, non-numeric string, bool, negative counter, missing dimension.
      { name: "unknown.instance.default", value: int(1), dimensions: dims(200) },
      { name: "rc.instance.default", value: str("1.5ms"), dimensions: dims(200) },
      { name: "rc.instance.default", value: bool(true), dimensions: dims(200) },
      { name: "rc.instance.default", value: int(-1), dimensions: dims(200) },
      { name: "rc.instance.default", value: int(1), dimensions: { response_code: int(200) } },
    ], P));
    expect(r.code).toBe(grpc.status.OK);
    const e = await scrape(t.a.httpPort);
    expect(sample(e, "istio_requests_total", { response_code: "200", source_app: "gw" })).toBe(5);
    expect(sample(e, "edge_tcpbytes_instance_default")).toBe(4096);
    expect(e.helps.get("edge_tcpbytes_instance_default")).toBe("TCP bytes.");
    expect(entries(e, "accepted")).toBe(5);
    expect(entries(e, "rejected")).toBe(5);
  });

  test("refused params are INVALID_ARGUMENT naming the field, and change nothing", async () => {
    const before = istioSamples(await scrape(t.a.httpPort));
    const rejectedBefore = entries(await scrape(t.a.httpPort), "rejected");
    const bad: [unknown, string][] = [
      [[{ name: "d", instance_name: "x", kind: Kind.DISTRIBUTION, buckets: { exponential_buckets: { num_finite_buckets: 3, scale: 1, growth_factor: 1 } } }],
        "metrics[0].buckets.exponential_buckets.growth_factor"],
      [[{ name: "d", instance_name: "x", kind: Kind.DISTRIBUTION, buckets: { linear_buckets: { num_finite_buckets: 3, width: 0, offset: 1 } } }],
        "metrics[0].buckets.linear_buckets.width"],
      [[{ name: "ok", instance_name: "x", kind: Kind.COUNTER }, { name: "d", instance_name: "y", kind: Kind.DISTRIBUTION, buckets: { explicit_buckets: { bounds: [1, 0.5] } } }],
        "metrics[1].buckets.explicit_buckets.bounds[1]"],
      [[{ name: "requests_total", namespace: "gateway", instance_name: "x", kind: Kind.COUNTER }], "metrics[0].name: gateway_requests_total"],
      [[{ name: "cpu_seconds_total", namespace: "process", instance_name: "x", kind: Kind.COUNTER }], "metrics[0].name: process_cpu_seconds_total: the prefix process_ is reserved"],
      [[{ name: "x", instance_name: "x", kind: Kind.COUNTER, label_names: ["ok", "0bad"] }], "metrics[0].label_names[1]"],
      [[{ name: "x", instance_name: "x", kind: Kind.DISTRIBUTION, label_names: ["le"] }], "metrics[0].label_names[0]"],
      [[{ name: "x", instance_name: "x" }], "metrics[0].kind"],
      [[{ name: "h", instance_name: "x", kind: Kind.DISTRIBUTION }, { name: "h_count", instance_name: "y", kind: Kind.COUNTER }], "metrics[1].name"],
    ];
    for (const [metrics, field] of bad) {
      const r = await unary(t.client, METRIC_PATH, metricRequest([{ name: "x", value: int(1) }], params(metrics as never)));
      expect(r.code).toBe(grpc.status.INVALID_ARGUMENT);
      expect(r.details).toContain(field);
    }
    const wrongType = { type_url: "type.googleapis.com/adapter.gatewaymetric.config.Params", value: paramsPb.gatewaymetric.config.Params.encode({ file_path: "out.txt" }).finish() };
    const r1 = await unary(t.client, METRIC_PATH, metricRequest([{ name: "x", value: int(1) }], wrongType));
    expect(r1.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(r1.details).toContain("adapter_config.type_url");
    const r2 = await unary(t.client, METRIC_PATH, metricRequest([{ name: "x", value: int(1) }]));
    expect(r2.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(r2.details).toContain("session_based: false");
    const r3 = await unary(t.client, METRIC_PATH, new Uint8Array([0x0a, 0xff, 0xff, 0x01]));
    expect(r3.code).toBe(grpc.status.INVALID_ARGUMENT);

    const after = await scrape(t.a.httpPort);
    expect(istioSamples(after)).toEqual(before);
    // Every instance of a refused call is counted as rejected.
    expect(entries(after, "rejected")).toBe(rejectedBefore + bad.length + 2);
  });
});
