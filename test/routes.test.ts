// Route labels: automatic folding, configured templates (compiled into a trie), label hygiene, and
// /debug/routes over real HTTP.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { defaults } from "../src/config/config.ts";
import { recordAccess } from "../src/core/gateway-metrics.ts";
import { hostLabel } from "../src/core/label-map.ts";
import { cleanLabel, traceIdFrom } from "../src/core/labels.ts";
import { newPipeline } from "../src/core/pipeline.ts";
import { newRecord, resetRecord } from "../src/core/record.ts";
import { compileTemplates, matchTemplate } from "../src/core/route-templates.ts";
import { isIdSegment, normalizePath } from "../src/core/routes.ts";
import { render } from "../src/expose/render.ts";
import { type Adapter, modelOptions } from "../src/server/adapter.ts";
import { newRegistry } from "../src/store/registry.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { parseExposition, sample, samples, scrape } from "./helpers/exposition.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";

describe("automatic folding", () => {
  test("id-like segments", () => {
    for (const id of [
      "42", "3f2a9c1e-aa00-4bcd-9def-0123456789ab", "deadbeefdeadbeef00", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "01arz3ndektsv4rrffq69g5fav",
      "jane.doe@example.com", "SKU12345678", "a1b2c3d4e5f6", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "dGhpcyBpcyBhIHRva2VuIDEyMw==",
      "AbC123xYz789QwE456rTy",
    ]) expect([id, isIdSegment(id)]).toEqual([id, true]);
  });

  test("words, slugs, versions and names stay", () => {
    for (const word of [
      "users", "v1", "v1beta1", "oauth2callback", "my-first-post-2023", "ProductCatalogService2", "index.html", "api", "2fa-setup",
      "reviews", "healthz", "TheQuickBrownFoxJumps", "internationalization", "x".repeat(40),
    ]) expect([word, isIdSegment(word)]).toEqual([word, false]);
  });

  test("paths fold, query and fragment go, deep paths are cut with /…", () => {
    expect(normalizePath("/ratings/0?x=1#f")).toBe("/ratings/{id}");
    expect(normalizePath("/users/jane.doe@example.com/orders/01ARZ3NDEKTSV4RRFFQ69G5FAV")).toBe("/users/{id}/orders/{id}");
    expect(normalizePath("http://shop.example.com/a/7?q")).toBe("/a/{id}");
    expect(normalizePath("/a/b/c/d/e/f/g/h/i/j/k/l")).toBe("/a/b/c/d/e/f/g/h/i/j/…");
    expect(normalizePath("/a/b/c/d", 2)).toBe("/a/b/…");
    expect(normalizePath("/a/b", 2)).toBe("/a/b");
    expect(normalizePath("/a/1/c/2", 3)).toBe("/a/{id}/c/…");
  });
});

describe("route templates", () => {
  const trie = compileTemplates([
    { path: "/api/v1/users/{id}" },
    { path: "/api/v1/users/me" },
    { path: "/api/v1/users/{id}/orders/{order}" },
    { path: "/static/*" },
    { path: "/api/*" },
    { path: "/" , name: "root" },
    { path: "/healthz", name: "health" },
  ]);
  const cases: [string, string | null][] = [
    ["/api/v1/users/42", "/api/v1/users/{id}"],
    ["/api/v1/users/me", "/api/v1/users/me"],
    ["/api/v1/users/42/", "/api/v1/users/{id}"],
    ["/api/v1/users/42?expand=1", "/api/v1/users/{id}"],
    ["/api/v1/users/42/orders/9", "/api/v1/users/{id}/orders/{order}"],
    ["/api/v1/users/42/orders", "/api/*"],
    ["/api/v1/users", "/api/*"],
    ["/api", "/api/*"],
    ["/static/css/site.css", "/static/*"],
    ["/static", "/static/*"],
    ["/", "root"],
    ["/healthz", "health"],
    ["/other/1", null],
    ["http://x.example/api/v1/users/7", "/api/v1/users/{id}"],
  ];
  for (const [raw, want] of cases) test(`${raw} → ${want}`, () => expect(matchTemplate(trie, raw)).toBe(want));

  test("hundreds of templates compile into one trie and each path finds its own", () => {
    const list = Array.from({ length: 600 }, (_, i) => ({ path: `/svc${i}/v${i % 3}/items/{id}/parts/{part}` }));
    const big = compileTemplates([...list, { path: "/svc7/*" }]);
    for (let i = 0; i < 600; i += 37) expect(matchTemplate(big, `/svc${i}/v${i % 3}/items/x${i}/parts/p`)).toBe(list[i].path);
    expect(matchTemplate(big, "/svc7/v2/items/1")).toBe("/svc7/*");
    expect(matchTemplate(big, "/svc8/v2/items/1/parts/2")).toBe("/svc8/v2/items/{id}/parts/{part}");
    expect(matchTemplate(big, "/svc8/v1/items/1/parts/2")).toBeNull();
  });
});

describe("label hygiene", () => {
  test("plain values are returned as they are", () => {
    const s = "shop.example.com:8080";
    expect(cleanLabel(s, 256)).toBe(s);
  });

  test("host: lower-cased, without :80 or :443, whatever the scheme", () => {
    const cases: [string, string][] = [
      ["Shop.Example.COM", "shop.example.com"], ["shop.example.com:80", "shop.example.com"], ["shop.example.com:443", "shop.example.com"],
      ["shop.example.com:8080", "shop.example.com:8080"], ["shop.example.com:4430", "shop.example.com:4430"], ["[::1]:443", "[::1]"],
      ["[::1]:8443", "[::1]:8443"], ["10.0.0.1:80", "10.0.0.1"], [":80", ":80"], ["", ""],
    ];
    for (const [raw, label] of cases) expect([raw, hostLabel(raw)]).toEqual([raw, label]);
  });

  test("control characters and unpaired surrogates become U+FFFD; the result is valid UTF-8", () => {
    expect(cleanLabel("a\u0000b\nc\u007fd", 256)).toBe("a\uFFFDb\uFFFDc\uFFFDd");
    expect(cleanLabel("x\uD800y\uDC00z", 256)).toBe("x\uFFFDy\uFFFDz");
    expect(cleanLabel("emoji 😀 ok", 256)).toBe("emoji 😀 ok");
    const bytes = new TextEncoder().encode(cleanLabel("\uD83D\uDE00\uD800", 256));
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe("😀\uFFFD");
  });

  test("long values are cut at a character boundary, within the byte limit, ending with …", () => {
    const cut = cleanLabel("é".repeat(300), 256);
    expect(cut.endsWith("…")).toBe(true);
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(256);
    expect(cut.slice(0, -1)).toBe("é".repeat(cut.length - 1));
    const ascii = cleanLabel("a".repeat(1000), 64);
    expect(ascii).toBe("a".repeat(61) + "…");
    expect(cleanLabel("a".repeat(64), 64)).toBe("a".repeat(64));
  });

  test("trace ids: hex, traceparent, request ids; anything else is dropped", () => {
    expect(traceIdFrom("4bf92f3577b34da6a3ce929d0e0e4736")).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    expect(traceIdFrom("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")).toBe("0af7651916cd43dd8448eb211c80319c");
    expect(traceIdFrom("3f2a9c1e-aa00-4bcd-9def-0123456789ab")).toBe("3f2a9c1e-aa00-4bcd-9def-0123456789ab");
    expect(traceIdFrom("")).toBe("");
    expect(traceIdFrom("a".repeat(65))).toBe("");
    expect(traceIdFrom('x"} 1 # {')).toBe("");
  });
});

describe("routes in the pipeline", () => {
  test("the sender's route name is the route when route.fromRouteName is set", () => {
    const reg = newRegistry();
    const c = defaults();
    c.route.fromRouteName = true;
    const p = newPipeline(reg, modelOptions(c), []);
    const r = newRecord();
    for (const [path, name] of [["/a/1", "users-route"], ["/a/2", "users-route"], ["/b/3", ""]]) {
      resetRecord(r);
      r.path = path;
      r.routeName = name;
      r.method = "GET";
      r.code = 200;
      recordAccess(p.metrics, r);
    }
    const e = parseExposition(new TextDecoder().decode(render(reg, "text")));
    expect(sample(e, "gateway_requests_total", { route: "users-route" })).toBe(2);
    expect(sample(e, "gateway_requests_total", { route: "/b/{id}" })).toBe(1);
  });
});

describe("route templates and /debug/routes through the adapter", () => {
  let a: Adapter;
  let client: grpc.Client;
  beforeAll(async () => {
    const route = { fromRouteName: false, maxSegments: 4, templates: [
      { path: "/api/v1/users/{id}" },
      { path: "/v2/items/{sku}", host: "api.example.com" },
      { path: "/static/*", name: "static" },
    ] };
    a = await startTestAdapter({ route, debugEndpoints: true });
    client = newClient(a.grpcPort);
    const urls: [string, string][] = [
      ...Array.from({ length: 30 }, (_, i): [string, string] => ["shop.example.com", `/api/v1/users/${i % 3}`]),
      ["shop.example.com", "/api/v1/users/alice"],
      ["api.example.com:443", "/v2/items/blue-shirt"],
      ["shop.example.com", "/v2/items/blue-shirt"],
      ["shop.example.com", "/static/js/app.js?v=3"],
      ["shop.example.com", "/reviews/7"],
      ["shop.example.com", "/a/b/c/d/e/f"],
    ];
    const body = logEntryRequest(urls.map(([host, url]) => ({ host: str(host), url: str(url), method: str("GET"), responseCode: int(200) })));
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
  });
  afterAll(async () => {
    client.close();
    await a.shutdown();
  });

  test("templates win over folding; host templates apply to their host only", async () => {
    const e = await scrape(a.httpPort);
    expect(sample(e, "gateway_requests_total", { route: "/api/v1/users/{id}" })).toBe(31);
    expect(sample(e, "gateway_requests_total", { host: "api.example.com", route: "/v2/items/{sku}" })).toBe(1);
    expect(sample(e, "gateway_requests_total", { host: "shop.example.com", route: "/v2/items/blue-shirt" })).toBe(1);
    expect(sample(e, "gateway_requests_total", { route: "static" })).toBe(1);
    expect(sample(e, "gateway_requests_total", { route: "/reviews/{id}" })).toBe(1);
    expect(sample(e, "gateway_requests_total", { route: "/a/b/c/d/…" })).toBe(1);
  });

  test("/debug/routes lists the most frequent raw paths per route", async () => {
    const res = await fetch(`http://127.0.0.1:${a.httpPort}/debug/routes`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const report = (await res.json()) as { routes: { route: string; source: string; requests: number; paths: { path: string; count: number; error: number }[] }[]; templates: number };
    expect(report.templates).toBe(3);
    const users = report.routes.find((r) => r.route === "/api/v1/users/{id}")!;
    expect(users.source).toBe("template");
    expect(users.requests).toBe(31);
    expect(users.paths.map((p) => [p.path, p.count])).toEqual([["/api/v1/users/0", 10], ["/api/v1/users/1", 10], ["/api/v1/users/2", 10], ["/api/v1/users/alice", 1]]);
    expect(report.routes[0].route).toBe("/api/v1/users/{id}");
    const reviews = report.routes.find((r) => r.route === "/reviews/{id}")!;
    expect(reviews.source).toBe("folded");
    expect(reviews.paths).toEqual([{ path: "/reviews/7", count: 1, error: 0 }]);
    // Query strings can carry secrets, and never change the route: sketches keep paths without them.
    expect(report.routes.find((r) => r.route === "static")!.paths[0].path).toBe("/static/js/app.js");
    expect(samples(await scrape(a.httpPort), "gateway_requests_total").length).toBe(report.routes.length);
  });
});
