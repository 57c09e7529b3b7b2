// Mixer metric handler params under hostile sizes, names and change, through real gRPC calls and
// real scrapes: too many metrics are refused at once while /metrics answers; no accepted name can
// make either exposition format invalid; a changed family starts over with a new `_created`;
// families the params stop naming go; a reloaded series budget applies to the families.
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { type Config, defaults } from "../src/config/config.ts";
import {
  openMetricsCheck, openMetricsCheckerPresent, promtoolParseErrors, promtoolPath, sample, samples, scrape, scrapeOpenMetrics, total,
} from "./helpers/exposition.ts";
import { unary } from "./helpers/grpc-client.ts";
import { int, Kind, METRIC_PATH, metricRequest, params, str } from "./helpers/mixer-metric-fixtures.ts";
import { useAdapter } from "./helpers/suite.ts";

// Servers and 20,000-metric messages on a loaded 2-core machine.
setDefaultTimeout(60_000);

type MetricInfo = Parameters<typeof params>[0][number];

const counter = (name: string, instance = name, extra: Partial<MetricInfo> = {}): MetricInfo => ({ name, instance_name: instance, kind: Kind.COUNTER, ...extra });
const gauge = (name: string, instance = name): MetricInfo => ({ name, instance_name: instance, kind: Kind.GAUGE });
const histogram = (name: string, instance = name): MetricInfo => ({ name, instance_name: instance, kind: Kind.DISTRIBUTION, buckets: { explicit_buckets: { bounds: [1, 2] } } });

function rejected(e: Awaited<ReturnType<typeof scrape>>): { messages: number; entries: number } {
  return {
    messages: total(e, "gatewaymetric_messages_rejected_total", { source: "mixer_metric", reason: "bad_params" }),
    entries: total(e, "gatewaymetric_entries_total", { source: "mixer_metric", outcome: "rejected", reason: "bad_params" }),
  };
}

describe("mixer.maxMetrics", () => {
  const t = useAdapter({ mixer: { ...defaults().mixer, maxMetrics: 5 } });

  test("params of 20,000 metrics get INVALID_ARGUMENT, counted, while a concurrent scrape answers", async () => {
    const before = rejected(await scrape(t.a.httpPort));
    const huge = params(Array.from({ length: 20_000 }, (_, i) => histogram(`m${i}`, `i${i}`)));
    const [call, during] = await Promise.all([
      unary(t.client, METRIC_PATH, metricRequest([{ name: "i0", value: int(1) }, { name: "i1", value: int(1) }], huge)),
      scrape(t.a.httpPort),
    ]);
    expect(call.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(call.details).toContain("mixer.maxMetrics (5)");
    expect(during.types.get("gatewaymetric_entries_total")).toBe("counter");
    const after = rejected(await scrape(t.a.httpPort));
    expect(after).toEqual({ messages: before.messages + 1, entries: before.entries + 2 });
    // The same bytes again: refused the same way, counted again.
    expect((await unary(t.client, METRIC_PATH, metricRequest([{ name: "i0", value: int(1) }], huge))).code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(rejected(await scrape(t.a.httpPort)).messages).toBe(before.messages + 2);
    expect((await scrape(t.a.httpPort)).types.has("istio_m0")).toBe(false);
  });

  test("exactly maxMetrics metrics are accepted, one more is refused", async () => {
    const five = Array.from({ length: 5 }, (_, i) => counter(`five_${i}`, `five${i}`));
    expect((await unary(t.client, METRIC_PATH, metricRequest([{ name: "five0", value: int(2) }], params(five)))).code).toBe(grpc.status.OK);
    const six = [...five, counter("five_5", "five5")];
    const r = await unary(t.client, METRIC_PATH, metricRequest([{ name: "five0", value: int(2) }], params(six)));
    expect(r.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(r.details).toContain("at most mixer.maxMetrics");
    expect(sample(await scrape(t.a.httpPort), "istio_five_0")).toBe(2);
  });

  test("a metric with more than 64 label names is refused before decoding", async () => {
    const labels = Array.from({ length: 65 }, (_, i) => `l${i}`);
    const r = await unary(t.client, METRIC_PATH, metricRequest([{ name: "x", value: int(1) }], params([counter("wide", "x", { label_names: labels })])));
    expect(r.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(r.details).toContain("metrics[0].label_names: more than 64");
  });

  test("a reload lowering mixer.maxMetrics refuses params it no longer allows, and removes their families", async () => {
    const four = Array.from({ length: 4 }, (_, i) => counter(`four_${i}`, `four${i}`));
    const body = metricRequest([{ name: "four0", value: int(1) }], params(four));
    expect((await unary(t.client, METRIC_PATH, body)).code).toBe(grpc.status.OK);
    t.a.reload({ ...defaults(), mixer: { ...defaults().mixer, maxMetrics: 3 } });
    const r = await unary(t.client, METRIC_PATH, body);
    expect(r.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(r.details).toContain("mixer.maxMetrics (3)");
    expect((await scrape(t.a.httpPort)).types.has("istio_four_0")).toBe(false);
    t.a.reload({ ...defaults(), mixer: { ...defaults().mixer, maxMetrics: 5 } });
    expect((await unary(t.client, METRIC_PATH, body)).code).toBe(grpc.status.OK);
  });
});

describe("metric names in either exposition format", () => {
  const t = useAdapter();

  test("families that would share a family or sample name in either format are refused", async () => {
    const clashes: [MetricInfo[], string][] = [
      // OpenMetrics names a counter family without _total: both would be family `foo`.
      [[counter("foo_total", "a"), gauge("foo", "b")], "both would write istio_foo"],
      [[counter("bar", "a"), counter("bar_total", "b")], "both would write istio_bar"],
      [[counter("baz", "a"), gauge("baz_created", "b")], "both would write istio_baz_created"],
      [[histogram("h", "a"), gauge("h_created", "b")], "both would write istio_h_created"],
      [[histogram("h2", "a"), counter("h2_sum", "b")], "both would write istio_h2_sum"],
      [[gauge("g", "a"), histogram("g", "b")], "istio_g is defined again"],
    ];
    for (const [metrics, why] of clashes) {
      const r = await unary(t.client, METRIC_PATH, metricRequest([{ name: "a", value: int(1) }], params(metrics)));
      expect(r.code).toBe(grpc.status.INVALID_ARGUMENT);
      expect(r.details).toContain(why);
    }
  });

  test("accepted names close to each other expose text a strict OpenMetrics parser and promtool read", async () => {
    const close = [
      counter("plain", "a"), gauge("plain_count", "b"), gauge("level_total", "c"), gauge("thing_created", "d"),
      counter("c_total", "e"), gauge("c_sum", "f"), histogram("lat_seconds", "g"), gauge("lat_seconds_total", "h"),
    ];
    const instances = ["a", "b", "c", "d", "e", "f", "g", "h"].map((name) => ({ name, value: int(1), dimensions: { k: str("v") } }));
    const r = await unary(t.client, METRIC_PATH, metricRequest(instances, params(close)));
    expect(r.code).toBe(grpc.status.OK);
    const om = await scrapeOpenMetrics(t.a.httpPort);
    expect(sample(om, "istio_plain_total")).toBe(1);
    expect(sample(om, "istio_c_total")).toBe(1);
    expect(sample(om, "istio_lat_seconds_count")).toBe(1);
    if (openMetricsCheckerPresent) expect(openMetricsCheck(om.text)).toBe("");
    else console.warn("SKIPPED strict OpenMetrics parse: python3-prometheus-client is not installed");
    const text = await scrape(t.a.httpPort);
    expect(sample(text, "istio_plain")).toBe(1);
    if (promtoolPath) expect(promtoolParseErrors(text.text)).toBe("");
    else console.warn("SKIPPED promtool parse: promtool is not installed");
  });
});

describe("gateway metrics renamed by the config", () => {
  const t = useAdapter({ metrics: { requests: { name: "edge_requests_total" } } });

  test("a Mixer family may not take a name one writes in either format", async () => {
    // The counter edge_requests_total is OpenMetrics family edge_requests.
    const r = await unary(t.client, METRIC_PATH, metricRequest([{ name: "a", value: int(1) }], params([{ ...gauge("requests", "a"), namespace: "edge" }])));
    expect(r.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(r.details).toContain("clashes with gatewaymetric's metric edge_requests_total (both would write edge_requests)");
  });

  test("a reload may not rename one to a name a Mixer family writes: the reload is refused", async () => {
    expect((await unary(t.client, METRIC_PATH, metricRequest([{ name: "a", value: int(3) }], params([gauge("edge", "a")])))).code).toBe(grpc.status.OK);
    // A counter istio_edge_total is OpenMetrics family istio_edge, the gauge's name.
    const next: Config = { ...defaults(), metrics: { requests: { name: "istio_edge_total" } } };
    expect(() => t.a.reload(next)).toThrow("clashes with istio_edge");
    const om = await scrapeOpenMetrics(t.a.httpPort);
    expect(sample(om, "istio_edge")).toBe(3);
    expect(om.types.get("edge_requests")).toBe("counter");
    if (openMetricsCheckerPresent) expect(openMetricsCheck(om.text)).toBe("");
  });
});

describe("Mixer families under changing params", () => {
  const t = useAdapter({ expiry: { ttl: 1 } });

  test("a family whose definition changes starts empty with a new _created", async () => {
    const v1 = params([counter("changing_total", "ch", { description: "first" })]);
    expect((await unary(t.client, METRIC_PATH, metricRequest([{ name: "ch", value: int(5) }], v1))).code).toBe(grpc.status.OK);
    const before = await scrapeOpenMetrics(t.a.httpPort);
    expect(sample(before, "istio_changing_total")).toBe(5);
    const created = sample(before, "istio_changing_created");
    await Bun.sleep(20);
    const v2 = params([counter("changing_total", "ch", { description: "second" })]);
    expect((await unary(t.client, METRIC_PATH, metricRequest([{ name: "ch", value: int(1) }], v2))).code).toBe(grpc.status.OK);
    const after = await scrapeOpenMetrics(t.a.httpPort);
    expect(after.helps.get("istio_changing")).toBe("second");
    expect(sample(after, "istio_changing_total")).toBe(1);
    expect(sample(after, "istio_changing_created")).toBeGreaterThan(created);
  });

  test("families no params in use name are removed once their params go unused for expiry.ttl", async () => {
    const v1 = params([counter("kept_total", "kept"), histogram("dropped_seconds", "dropped")]);
    const v2 = params([counter("kept_total", "kept"), gauge("added", "added")]);
    const one = (name: string) => ({ name, value: int(1) });
    expect((await unary(t.client, METRIC_PATH, metricRequest([one("kept"), one("dropped")], v1))).code).toBe(grpc.status.OK);
    expect((await unary(t.client, METRIC_PATH, metricRequest([one("kept"), one("added")], v2))).code).toBe(grpc.status.OK);
    // Both params are in use: both define their families.
    const both = await scrape(t.a.httpPort);
    expect(sample(both, "istio_dropped_seconds_count")).toBe(1);
    expect(sample(both, "istio_kept_total")).toBe(2);
    // Only v2 keeps being sent; v1 goes unused past the ttl (1 s) and the sweep (every second).
    for (let i = 0; i < 12; i++) {
      await Bun.sleep(250);
      expect((await unary(t.client, METRIC_PATH, metricRequest([one("kept")], v2))).code).toBe(grpc.status.OK);
    }
    const after = await scrape(t.a.httpPort);
    expect(after.types.has("istio_dropped_seconds")).toBe(false);
    expect(samples(after, "istio_dropped_seconds_count")).toHaveLength(0);
    // The family v2 still names kept every count, v1's included.
    expect(sample(after, "istio_kept_total")).toBe(14);
    expect(sample(after, "istio_added")).toBe(1);
    expect(sample(after, "gatewaymetric_series", { metric: "istio_kept_total" })).toBe(1);
    if (promtoolPath) expect(promtoolParseErrors(after.text)).toBe("");
  });
});

describe("more distinct params than the cache holds", () => {
  const t = useAdapter();

  test("the least recently used are forgotten with their families; the rest keep counting", async () => {
    const nth = (i: number) => params([counter(`handler${i}_total`, `h${i}`)]);
    const send = (i: number) => unary(t.client, METRIC_PATH, metricRequest([{ name: `h${i}`, value: int(1) }], nth(i)));
    for (let i = 0; i < 8; i++) expect((await send(i)).code).toBe(grpc.status.OK);
    // Params 0 is used again, so params 1 is the least recently used when a ninth arrives.
    expect((await send(0)).code).toBe(grpc.status.OK);
    expect((await send(8)).code).toBe(grpc.status.OK);
    const e = await scrape(t.a.httpPort);
    expect(e.types.has("istio_handler1_total")).toBe(false);
    expect(sample(e, "istio_handler0_total")).toBe(2);
    for (let i = 2; i <= 8; i++) expect(sample(e, `istio_handler${i}_total`)).toBe(1);
    // Its next call defines the family again, from zero.
    expect((await send(1)).code).toBe(grpc.status.OK);
    expect(sample(await scrape(t.a.httpPort), "istio_handler1_total")).toBe(1);
  });
});

describe("reloading maxSeries", () => {
  const config = (maxSeries: number): Config => ({ ...defaults(), grpcAddr: "127.0.0.1:0", httpAddr: "127.0.0.1:0", maxSeries });
  const t = useAdapter({ maxSeries: 2 });
  const P = params([counter("budget_total", "b", { label_names: ["k"] })]);
  const send = (...keys: string[]) => unary(t.client, METRIC_PATH, metricRequest(keys.map((k) => ({ name: "b", value: int(1), dimensions: { k: str(k) } })), P));
  const budgetRejected = async () =>
    total(await scrape(t.a.httpPort), "gatewaymetric_entries_total", { source: "mixer_metric", outcome: "rejected", reason: "series_budget" });

  test("applies to existing Mixer families, up and down", async () => {
    expect((await send("a", "b", "c")).code).toBe(grpc.status.OK);
    expect(await budgetRejected()).toBe(1);
    t.a.reload(config(4));
    expect((await send("c", "d", "e")).code).toBe(grpc.status.OK);
    expect(await budgetRejected()).toBe(2);
    let e = await scrape(t.a.httpPort);
    expect(samples(e, "istio_budget_total").map((s) => s.labels.k).sort()).toEqual(["a", "b", "c", "d"]);
    // Lower than the live series: they stay and keep counting; no new tuple gets in.
    t.a.reload(config(1));
    expect((await send("a", "f")).code).toBe(grpc.status.OK);
    expect(await budgetRejected()).toBe(3);
    e = await scrape(t.a.httpPort);
    expect(sample(e, "istio_budget_total", { k: "a" })).toBe(2);
    expect(samples(e, "istio_budget_total")).toHaveLength(4);
  });
});

describe("mixer.maxSeries: one series budget for all Mixer families", () => {
  const config = (maxSeries: number): Config => ({ ...defaults(), grpcAddr: "127.0.0.1:0", httpAddr: "127.0.0.1:0", mixer: { ...defaults().mixer, maxSeries } });
  // Each family alone could hold 3 tuples; together they may hold 4.
  const t = useAdapter({ maxSeries: 3, mixer: { ...defaults().mixer, maxSeries: 4 } });
  const fams = ["c0", "c1", "c2"];
  const P = params(fams.map((f) => counter(`shared_${f}_total`, f, { label_names: ["k"] })));
  const one = (family: string, k: string) => ({ name: family, value: int(1), dimensions: { k: str(k) } });
  const send = (...instances: ReturnType<typeof one>[]) => unary(t.client, METRIC_PATH, metricRequest(instances, P));
  const tuples = (e: Awaited<ReturnType<typeof scrape>>) =>
    fams.flatMap((f) => samples(e, `istio_shared_${f}_total`).map((s) => `${f}/${s.labels.k}=${s.value}`)).sort();
  const budgetRejected = (e: Awaited<ReturnType<typeof scrape>>) =>
    total(e, "gatewaymetric_entries_total", { source: "mixer_metric", outcome: "rejected", reason: "series_budget" });

  test("new tuples past the shared budget are rejected in every family, existing ones keep counting; a reload applies it", async () => {
    // 2 + 2 tuples fill the shared budget; a family's own budget (3) is not reached.
    expect((await send(one("c0", "a"), one("c0", "b"), one("c1", "a"), one("c1", "b"))).code).toBe(grpc.status.OK);
    expect((await send(one("c2", "a"), one("c0", "c"), one("c0", "a"), one("c1", "b"))).code).toBe(grpc.status.OK);
    let e = await scrape(t.a.httpPort);
    expect(tuples(e)).toEqual(["c0/a=2", "c0/b=1", "c1/a=1", "c1/b=2"]);
    expect(budgetRejected(e)).toBe(2);
    expect(total(e, "gatewaymetric_entries_total", { source: "mixer_metric", outcome: "accepted" })).toBe(6);
    if (promtoolPath) expect(promtoolParseErrors(e.text)).toBe("");
    else console.warn("SKIPPED promtool parse: promtool is not installed");
    if (openMetricsCheckerPresent) expect(openMetricsCheck((await scrapeOpenMetrics(t.a.httpPort)).text)).toBe("");
    else console.warn("SKIPPED strict OpenMetrics parse: python3-prometheus-client is not installed");

    // Raised by a reload: room for one more tuple, wherever it comes.
    t.a.reload({ ...config(5), maxSeries: 3 });
    expect((await send(one("c2", "a"), one("c2", "b"), one("c0", "c"))).code).toBe(grpc.status.OK);
    e = await scrape(t.a.httpPort);
    expect(tuples(e)).toEqual(["c0/a=2", "c0/b=1", "c1/a=1", "c1/b=2", "c2/a=1"]);
    expect(budgetRejected(e)).toBe(4);

    // Lowered below the live tuples: they stay and count; no new one gets in.
    t.a.reload({ ...config(1), maxSeries: 3 });
    expect((await send(one("c2", "a"), one("c1", "c"))).code).toBe(grpc.status.OK);
    e = await scrape(t.a.httpPort);
    expect(tuples(e)).toEqual(["c0/a=2", "c0/b=1", "c1/a=1", "c1/b=2", "c2/a=2"]);
    expect(budgetRejected(e)).toBe(5);
  });

  test("families that go give their series back to the shared budget", async () => {
    t.a.reload({ ...config(5), maxSeries: 3 });
    // Other params, naming only a new family: the budget is full until the old families go.
    const Q = params([counter("other_total", "o", { label_names: ["k"] })]);
    const other = (k: string) => unary(t.client, METRIC_PATH, metricRequest([{ name: "o", value: int(1), dimensions: { k: str(k) } }], Q));
    expect((await other("x")).code).toBe(grpc.status.OK);
    expect(samples(await scrape(t.a.httpPort), "istio_other_total")).toHaveLength(0);
    // A lower mixer.maxMetrics forgets no params here; dropping to 0 metrics is not allowed, so push
    // the old params out of the cache instead: 8 more distinct params, none with the shared families.
    for (let i = 0; i < 8; i++) {
      const R = params([counter("other_total", "o", { label_names: ["k"], description: "same" }), counter(`filler${i}_total`, `f${i}`)]);
      expect((await unary(t.client, METRIC_PATH, metricRequest([], R))).code).toBe(grpc.status.OK);
    }
    const e = await scrape(t.a.httpPort);
    expect(e.types.has("istio_shared_c0")).toBe(false);
    expect((await other("y")).code).toBe(grpc.status.OK);
    expect(samples(await scrape(t.a.httpPort), "istio_other_total").map((s) => s.labels.k)).toContain("y");
  });
});
