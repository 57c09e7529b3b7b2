// Extra labels (config `extraLabels`) end to end: the same request through Mixer logentry, Envoy ALS
// and OTLP gives the same tenant label; a value budget sends new values to `__overflow__` and counts
// them; absent values leave the label out; hostile values stay a clean exposition; a reload that
// adds or changes an extra label restarts the families carrying it and keeps the others.
import { afterEach, describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { type Config, defaults, loadConfig } from "../src/config/config.ts";
import type { Adapter } from "../src/server/adapter.ts";
import type { ExtraLabelSpec } from "../src/ingest/extra-values.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { httpEntry, identifier, message, METHOD, V3_PATH } from "./helpers/als-fixtures.ts";
import { type Exposition, promtoolCheck, promtoolPath, sample, samples, scrape, scrapeOpenMetrics, total } from "./helpers/exposition.ts";
import { type CallResult, clientStream, newClient, unary } from "./helpers/grpc-client.ts";
import { int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";
import { attrs, exportRequest, iv, logRecord, OTLP_PATH } from "./helpers/otlp-fixtures.ts";

const GATEWAY = "istio-ingressgateway.istio-system";
const TENANT: ExtraLabelSpec = { name: "tenant", header: "x-tenant", attribute: "tenant", variable: "tenant", maxValues: 100 };

function extra(o: Partial<ExtraLabelSpec> & { name: string }): ExtraLabelSpec {
  return { header: o.name, attribute: o.name, variable: o.name, maxValues: 100, ...o };
}

/** One request per entry: host shop.example.com, GET /orders, 200, 20 ms; `x` holds the extra values by label name. */
type Extra = Record<string, string | undefined>;

function sendMixer(c: grpc.Client, xs: Extra[]): Promise<CallResult> {
  return unary(c, "/logentry.HandleLogEntryService/HandleLogEntry", logEntryRequest(xs.map((x) => {
    const vars: Record<string, ReturnType<typeof str>> = {
      gateway: str(GATEWAY), host: str("shop.example.com"), url: str("/orders"), method: str("GET"), responseCode: int(200), latency: str("20ms"),
    };
    for (const [k, v] of Object.entries(x)) if (v !== undefined) vars[k] = str(v);
    return vars;
  })));
}

function sendAls(c: grpc.Client, xs: Extra[], headerOf: (name: string) => string = (n) => n): Promise<CallResult> {
  return clientStream(c, V3_PATH, [message({
    id: identifier(),
    http: xs.map((x) => {
      const requestHeaders: Record<string, string> = {};
      for (const [k, v] of Object.entries(x)) if (v !== undefined) requestHeaders[headerOf(k)] = v;
      return httpEntry({ authority: "shop.example.com", path: "/orders", method: METHOD.GET, code: 200, durationMs: 20, requestHeaders });
    }),
  })]);
}

function sendOtlp(c: grpc.Client, xs: Extra[]): Promise<CallResult> {
  return unary(c, OTLP_PATH, exportRequest([{
    records: xs.map((x) => {
      const a: Record<string, string> = { gateway: GATEWAY, method: "GET", path: "/orders", protocol: "HTTP/1.1", authority: "shop.example.com", response_code: "200", duration: "20" };
      for (const [k, v] of Object.entries(x)) if (v !== undefined) a[k] = v;
      return logRecord(null, attrs(a));
    }),
  }]));
}

let adapter: Adapter | null = null;
afterEach(async () => {
  await adapter?.shutdown();
  adapter = null;
});

async function start(extraLabels: ExtraLabelSpec[], more: Partial<Config> = {}): Promise<{ a: Adapter; c: grpc.Client }> {
  adapter = await startTestAdapter({ extraLabels, ...more });
  return { a: adapter, c: newClient(adapter.grpcPort) };
}

function clean(e: Exposition): void {
  if (!promtoolPath) {
    console.warn("SKIPPED promtool check of the extra-label exposition: promtool not installed");
    return;
  }
  expect(promtoolCheck(e.text)).toBe("");
}

/** The lines of the families every sender below fills: requests and durations. */
function gatewayLines(e: Exposition): string[] {
  return e.text.split("\n").filter((l) => l.startsWith("gateway_requests_total") || l.startsWith("gateway_request_duration_seconds"));
}

describe("extra labels", () => {
  test("the same request through Mixer, ALS and OTLP gets the same tenant label on every per-request metric", async () => {
    const results: string[][] = [];
    for (const send of [
      (c: grpc.Client) => sendMixer(c, [{ tenant: "acme" }]),
      (c: grpc.Client) => sendAls(c, [{ tenant: "acme" }], () => "x-tenant"),
      (c: grpc.Client) => sendOtlp(c, [{ tenant: "acme" }]),
    ]) {
      const { a, c } = await start([TENANT]);
      expect((await send(c)).code).toBe(grpc.status.OK);
      const e = await scrape(a.httpPort);
      clean(e);
      results.push(gatewayLines(e));
      c.close();
      await a.shutdown();
      adapter = null;
    }
    const [mixer, als, otlp] = results;
    const labels = `{gateway="${GATEWAY}",host="shop.example.com",route="/orders",method="GET",code="200",tenant="acme"}`;
    expect(mixer).toContain(`gateway_requests_total${labels} 1`);
    expect(mixer).toContain(`gateway_request_duration_seconds_count${labels} 1`);
    expect(als).toEqual(mixer);
    expect(otlp).toEqual(mixer);
  });

  test("response flags and sizes carry the label; a metric whose labels leave it out does not", async () => {
    const { a, c } = await start([TENANT], { metrics: { requestSize: { labels: ["gateway", "host"] } } });
    const entries = [httpEntry({
      authority: "shop.example.com", path: "/orders", method: METHOD.GET, code: 503, durationMs: 5, requestBodyBytes: 10,
      responseBodyBytes: 20, requestHeaders: { "x-tenant": "acme" }, responseFlags: { no_healthy_upstream: true },
    })];
    expect((await clientStream(c, V3_PATH, [message({ id: identifier(), http: entries })])).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    clean(e);
    expect(sample(e, "gateway_response_flags_total", { flag: "UH", tenant: "acme" })).toBe(1);
    expect(sample(e, "gateway_response_size_bytes_count", { tenant: "acme" })).toBe(1);
    expect(samples(e, "gateway_request_size_bytes_count")).toEqual([
      { name: "gateway_request_size_bytes_count", labels: { gateway: GATEWAY, host: "shop.example.com" }, value: 1 },
    ]);
    c.close();
  });

  for (const [sender, send] of [["als", sendAls], ["otlp", sendOtlp], ["mixer", sendMixer]] as const) {
    test(`${sender}: past maxValues values are __overflow__, counted in gatewaymetric_overflow_total; absent values leave the label out`, async () => {
      const { a, c } = await start([extra({ name: "tenant", maxValues: 2 }), extra({ name: "consumer" })]);
      const xs: Extra[] = [
        { tenant: "a", consumer: "app1" }, { tenant: "b" }, { tenant: "c" }, { tenant: "a" }, { tenant: "d", consumer: "app1" }, {}, { tenant: "" },
      ];
      // Twice: the second time through the tuple cache.
      for (let round = 0; round < 2; round++) expect((await send(c, xs)).code).toBe(grpc.status.OK);
      const e = await scrape(a.httpPort);
      clean(e);
      const req = (l: Record<string, string>) => samples(e, "gateway_requests_total", l).reduce((s, x) => s + x.value, 0);
      expect(total(e, "gateway_requests_total")).toBe(2 * xs.length);
      expect(req({ tenant: "a" })).toBe(4);
      expect(req({ tenant: "b" })).toBe(2);
      expect(req({ tenant: "__overflow__" })).toBe(4);
      expect(samples(e, "gateway_requests_total").filter((s) => s.labels.tenant === undefined).reduce((s, x) => s + x.value, 0)).toBe(4);
      expect(req({ consumer: "app1" })).toBe(4);
      expect(sample(e, "gatewaymetric_overflow_total", { metric: "gateway_requests_total", label: "tenant" })).toBe(4);
      expect(sample(e, "gatewaymetric_overflow_total", { metric: "gateway_request_duration_seconds", label: "tenant" })).toBe(4);
      c.close();
    });
  }

  test("hostile values are escaped and capped: the exposition stays clean", async () => {
    const { a, c } = await start([TENANT], { limits: { ...defaults().limits, labelValueBytes: 64 } });
    const hostile = ['quote"d', "back\\slash", "new\nline", "x".repeat(5000), "ünïcödé ✓", "tab\tand\rreturn", "{}=,"];
    expect((await sendAls(c, hostile.map((t) => ({ tenant: t })), () => "x-tenant")).code).toBe(grpc.status.OK);
    expect((await sendOtlp(c, hostile.map((t) => ({ tenant: t })))).code).toBe(grpc.status.OK);
    // A non-string attribute value is its text, as for the built-in attributes.
    expect((await unary(c, OTLP_PATH, exportRequest([{ records: [logRecord(null, attrs({
      gateway: GATEWAY, method: "GET", path: "/orders", protocol: "HTTP/1.1", authority: "shop.example.com", response_code: "200", tenant: iv(42),
    }))] }]))).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    clean(e);
    const values = new Set(samples(e, "gateway_requests_total").map((s) => s.labels.tenant));
    expect(values.has('quote"d')).toBe(true);
    // Control characters become U+FFFD, as in every label value.
    expect(values.has("new\uFFFDline")).toBe(true);
    expect(values.has("42")).toBe(true);
    for (const v of values) expect(new TextEncoder().encode(v).length).toBeLessThanOrEqual(64);
    expect(total(e, "gateway_requests_total")).toBe(2 * hostile.length + 1);
    c.close();
  });

  test("reload: adding or changing an extra label restarts the families carrying it, keeps the others, and the readers follow", async () => {
    const { a, c } = await start([], { metrics: { requestSize: { labels: ["gateway", "host"] } } });
    const als = (tenant: string) => sendAls(c, [{ "x-tenant": tenant }]);
    expect((await als("acme")).code).toBe(grpc.status.OK);
    let e = await scrape(a.httpPort);
    const created = async (name: string) => sample(await scrapeOpenMetrics(a.httpPort), name, { host: "shop.example.com" });
    const sizeCreated = await created("gateway_request_size_bytes_created");
    const requestsCreated = await created("gateway_requests_created");
    expect(samples(e, "gateway_requests_total")[0].labels.tenant).toBeUndefined();
    await Bun.sleep(20);

    a.reload({ ...defaults(), metrics: { requestSize: { labels: ["gateway", "host"] } }, extraLabels: [TENANT] });
    expect((await als("acme")).code).toBe(grpc.status.OK);
    e = await scrape(a.httpPort);
    clean(e);
    expect(samples(e, "gateway_requests_total").map((s) => [s.labels.tenant, s.value])).toEqual([["acme", 1]]);
    // requestSize does not carry the label: same series, same _created, both requests counted.
    expect(sample(e, "gateway_request_size_bytes_count", { host: "shop.example.com" })).toBe(2);
    expect(await created("gateway_request_size_bytes_created")).toBe(sizeCreated);
    expect(await created("gateway_requests_created")).toBeGreaterThan(requestsCreated);

    // The same label read from another header: the tenant families start again.
    a.reload({ ...defaults(), metrics: { requestSize: { labels: ["gateway", "host"] } }, extraLabels: [{ ...TENANT, header: "x-org" }] });
    expect((await sendAls(c, [{ "x-org": "org1", "x-tenant": "acme" }])).code).toBe(grpc.status.OK);
    e = await scrape(a.httpPort);
    expect(samples(e, "gateway_requests_total").map((s) => [s.labels.tenant, s.value])).toEqual([["org1", 1]]);
    expect(samples(e, "gatewaymetric_overflow_total", { metric: "gateway_requests_total", label: "tenant" })).toHaveLength(1);

    // Removed: the families lose the label and start again.
    a.reload({ ...defaults(), metrics: { requestSize: { labels: ["gateway", "host"] } } });
    expect((await sendOtlp(c, [{ tenant: "acme" }])).code).toBe(grpc.status.OK);
    e = await scrape(a.httpPort);
    clean(e);
    expect(samples(e, "gateway_requests_total").map((s) => [s.labels.tenant ?? "(none)", s.value])).toEqual([["(none)", 1]]);
    // No metric has the label: its overflow counters go too; the others stay.
    expect(samples(e, "gatewaymetric_overflow_total", { label: "tenant" })).toHaveLength(0);
    expect(samples(e, "gatewaymetric_overflow_total", { metric: "gateway_requests_total", label: "host" })).toHaveLength(1);
    // Still the same series: the OTLP request names no bytes_received, so it adds no observation.
    expect(sample(e, "gateway_request_size_bytes_count", { host: "shop.example.com" })).toBe(3);
    expect(await created("gateway_request_size_bytes_created")).toBe(sizeCreated);
    c.close();
  });
});

describe("extraLabels configuration", () => {
  const load = (yaml: string) => loadConfig({ argv: ["--config", "c.yaml"], env: {}, readFile: () => yaml });
  const run = (yaml: string) => {
    const r = load(yaml);
    if (r.kind !== "run") throw new Error("not run");
    return r.config;
  };

  test("defaults: attribute and variable are the name, the header is the name, 100 values", () => {
    expect(run("extraLabels:\n  - name: tenant\n    header: X-Tenant\n").extraLabels).toEqual([
      { name: "tenant", header: "X-Tenant", attribute: "tenant", variable: "tenant", maxValues: 100 },
    ]);
    expect(run("extraLabels:\n  - name: api_version\n    maxValues: 5\n").extraLabels[0]).toEqual(extra({ name: "api_version", maxValues: 5 }));
    expect(run("extraLabels:\n  - name: tenant\nmetrics:\n  requests:\n    labels: [host, tenant]\n").metrics.requests.labels).toEqual(["host", "tenant"]);
  });

  test("errors name the offending entry", () => {
    const bad: [string, RegExp][] = [
      ["extraLabels:\n  - name: 1tenant\n", /extraLabels\[0\]\.name: "1tenant" is not a valid Prometheus label name/],
      ["extraLabels:\n  - name: ok\n  - name: __x\n", /extraLabels\[1\]\.name: "__x": names starting with __ are reserved/],
      ["extraLabels:\n  - name: host\n", /extraLabels\[0\]\.name: "host" is a built-in label/],
      ["extraLabels:\n  - name: le\n", /extraLabels\[0\]\.name: "le" is a built-in label/],
      ["extraLabels:\n  - name: t\n  - name: t\n", /extraLabels\[1\]\.name: "t" is already an extra label/],
      ["extraLabels:\n  - name: t\n    header: 'x tenant'\n", /extraLabels\[0\]\.header: "x tenant" is not an HTTP header name/],
      ["extraLabels:\n  - name: t\n    maxValues: 0\n", /extraLabels\[0\]\.maxValues: expected an integer of at least 1/],
      ["extraLabels:\n  - name: t\n    colour: red\n", /extraLabels\[0\]\.colour: unknown key/],
      ["extraLabels:\n  - {name: a}\n  - {name: b}\n  - {name: c}\n  - {name: d}\n  - {name: e}\n", /extraLabels: at most 4 extra labels/],
      ["extraLabels: tenant\n", /extraLabels: expected a list/],
      ["metrics:\n  requests:\n    labels: [host, tenant]\n", /metrics\.requests\.labels\[1\]: unknown label "tenant"/],
      ["extraLabels:\n  - name: tenant\nmetrics:\n  tcpConnections:\n    labels: [tenant]\n", /metrics\.tcpConnections\.labels\[0\]: unknown label "tenant"/],
    ];
    for (const [yaml, re] of bad) expect(() => load(yaml)).toThrow(re);
  });
});
