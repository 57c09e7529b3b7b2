// The other record kinds through the model: response flags (a counter per flag), TCP records, and
// the optional upstream_cluster label, each with their budgets.
import { describe, expect, test } from "bun:test";
import { defaults } from "../src/config/config.ts";
import { recordAccess, recordTcp } from "../src/core/gateway-metrics.ts";
import { newPipeline } from "../src/core/pipeline.ts";
import { newRecord, newTcpRecord, parseResponseFlags } from "../src/core/record.ts";
import { render } from "../src/expose/render.ts";
import { modelOptions } from "../src/server/adapter.ts";
import { newRegistry } from "../src/store/registry.ts";
import { parseExposition, promtoolCheck, promtoolPath, sample, samples } from "./helpers/exposition.ts";

function setup(edit: (c: ReturnType<typeof defaults>) => void = () => {}) {
  const reg = newRegistry();
  const c = defaults();
  edit(c);
  const p = newPipeline(reg, modelOptions(c), []);
  const scrape = () => parseExposition(new TextDecoder().decode(render(reg, "text")));
  return { p, scrape };
}

describe("response flags, TCP records and upstream_cluster", () => {
  test("a request with several flags counts once per flag, under the request's host and route", () => {
    const { p, scrape } = setup();
    const r = newRecord();
    r.host = "f.example";
    r.path = "/pay/12";
    r.method = "POST";
    r.code = 503;
    r.responseFlags = parseResponseFlags("UH,URX");
    recordAccess(p.metrics, r);
    r.responseFlags = parseResponseFlags("UH");
    recordAccess(p.metrics, r);
    const e = scrape();
    expect(sample(e, "gateway_response_flags_total", { host: "f.example", route: "/pay/{id}", flag: "UH" })).toBe(2);
    expect(sample(e, "gateway_response_flags_total", { flag: "URX" })).toBe(1);
    expect(sample(e, "gateway_requests_total", { host: "f.example" })).toBe(2);
  });

  test("TCP records count connections and bytes per gateway and upstream cluster, with a budget", () => {
    const { p, scrape } = setup((c) => {
      c.gateway = "edge";
      c.limits.labelValues = 2;
    });
    const t = newTcpRecord();
    for (const [cluster, rx, tx] of [["outbound|5432||db", 100, 2000], ["outbound|5432||db", 50, 10], ["outbound|6379||cache", 7, 8], ["outbound|9000||third", 1, 1]] as const) {
      t.upstreamCluster = cluster;
      t.receivedBytes = rx;
      t.sentBytes = tx;
      recordTcp(p.metrics, t);
    }
    const e = scrape();
    const db = { gateway: "edge", upstream_cluster: "outbound|5432||db" };
    expect(sample(e, "gateway_tcp_connections_total", db)).toBe(2);
    expect(sample(e, "gateway_tcp_received_bytes_total", db)).toBe(150);
    expect(sample(e, "gateway_tcp_sent_bytes_total", db)).toBe(2010);
    // Each free-form label has its own budget of distinct values (2 here): the third cluster overflows.
    expect(sample(e, "gateway_tcp_connections_total", { upstream_cluster: "__overflow__" })).toBe(1);
    expect(sample(e, "gatewaymetric_overflow_total", { metric: "gateway_tcp_connections_total", label: "upstream_cluster" })).toBe(1);
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
  });

  test("upstream_cluster can be added to request metrics", () => {
    const { p, scrape } = setup((c) => {
      c.metrics = { requests: { labels: ["route", "upstream_cluster"] } };
    });
    const r = newRecord();
    r.path = "/a";
    r.upstreamCluster = "outbound|80||a.default.svc.cluster.local";
    recordAccess(p.metrics, r);
    recordAccess(p.metrics, r);
    const e = scrape();
    expect(sample(e, "gateway_requests_total", { route: "/a", upstream_cluster: "outbound|80||a.default.svc.cluster.local" })).toBe(2);
    expect(Object.keys(samples(e, "gateway_requests_total")[0].labels).sort()).toEqual(["route", "upstream_cluster"]);
  });
});
