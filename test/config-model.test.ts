// The metric-model part of the configuration: the example file, the structured sections and their
// validation (every error names the key path), and the new scalar options from every source.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { ConfigError, type Config, loadConfig } from "../src/config/config.ts";
import { expandBuckets } from "../src/core/catalog.ts";

const EXAMPLE = "examples/gatewaymetric.yaml";

function load(yaml: string, argv: string[] = [], env: Record<string, string> = {}): Config {
  const r = loadConfig({ argv: ["--config", "c.yaml", ...argv], env, readFile: () => yaml });
  if (r.kind !== "run") throw new Error("not a run");
  return r.config;
}

function loadError(yaml: string): string {
  try {
    load(yaml);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("the example config file", () => {
  test("loads, with every section", () => {
    const r = loadConfig({ argv: ["--config", EXAMPLE], env: {}, readFile: (p) => readFileSync(p, "utf8") });
    if (r.kind !== "run") throw new Error("not a run");
    const c = r.config;
    expect(c.expiry.ttl).toBe(600);
    expect(c.limits).toEqual({ hosts: 1000, routes: 2000, labelValues: 1000, labelValueBytes: 256 });
    expect(c.route.templates).toHaveLength(5);
    expect(c.route.templates[3]).toEqual({ path: "/v2/items/{sku}", host: "api.example.com" });
    expect(c.route.templates[4]).toEqual({ path: "/healthz", name: "health" });
    expect(c.metrics.requestSize).toEqual({ enabled: false });
    expect(c.metrics.requestDuration.native).toEqual({ schema: 3, maxBuckets: 160 });
    expect(c.metrics.responseSize.native).toEqual({ enabled: false });
    expect(expandBuckets(c.metrics.responseSize.buckets!)).toEqual([64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216]);
    expect(c.metrics.upstreamDuration.statusClasses).toBe(true);
    expect(c.mixer.variables.traceId).toEqual(["traceId", "traceparent", "clientTraceId", "requestId"]);
  });
});

describe("structured sections are validated and errors name the key", () => {
  const cases: [string, string, RegExp][] = [
    ["non-increasing buckets", "metrics:\n  requestDuration:\n    buckets: [0.1, 0.5, 0.5, 1]\n", /metrics\.requestDuration\.buckets\[2\]: bounds must increase/],
    ["decreasing buckets", "metrics:\n  requestDuration:\n    buckets: [1, 0.5]\n", /metrics\.requestDuration\.buckets\[1\]/],
    ["empty buckets", "metrics:\n  requestDuration:\n    buckets: []\n", /metrics\.requestDuration\.buckets: expected 1 to 100 bounds/],
    ["a bound that is not a number", "metrics:\n  requestDuration:\n    buckets: [0.1, fast]\n", /metrics\.requestDuration\.buckets\[1\]: expected a finite number/],
    ["linear width", "metrics:\n  requestDuration:\n    buckets: {linear: {start: 0, width: 0, count: 5}}\n", /metrics\.requestDuration\.buckets\.linear\.width/],
    ["exponential factor", "metrics:\n  requestDuration:\n    buckets: {exponential: {start: 1, factor: 1, count: 5}}\n", /metrics\.requestDuration\.buckets\.exponential\.factor/],
    ["bucket count", "metrics:\n  requestDuration:\n    buckets: {exponential: {start: 1, factor: 2, count: 0}}\n", /metrics\.requestDuration\.buckets\.exponential\.count/],
    ["two bucket kinds", "metrics:\n  requestDuration:\n    buckets: {linear: {start: 0, width: 1, count: 2}, exponential: {start: 1, factor: 2, count: 2}}\n", /metrics\.requestDuration\.buckets: expected exactly one/],
    ["buckets on a counter", "metrics:\n  requests:\n    buckets: [1, 2]\n", /metrics\.requests\.buckets: requests is a counter/],
    ["unknown label", "metrics:\n  requests:\n    labels: [host, path]\n", /metrics\.requests\.labels\[1\]: unknown label "path"/],
    ["label of another kind", "metrics:\n  tcpConnections:\n    labels: [gateway, host]\n", /metrics\.tcpConnections\.labels\[1\]: unknown label "host"/],
    ["label twice", "metrics:\n  requests:\n    labels: [host, host]\n", /metrics\.requests\.labels\[1\]: label host listed twice/],
    ["invalid metric name", "metrics:\n  requests:\n    name: 9lives_total\n", /metrics\.requests\.name: "9lives_total" is not a valid Prometheus metric name/],
    ["name with a dash", "metrics:\n  requestDuration:\n    name: request-duration\n", /metrics\.requestDuration\.name: .* not a valid/],
    ["counter without _total", "metrics:\n  requests:\n    name: edge_requests\n", /metrics\.requests\.name: .*must end in _total/],
    ["histogram with a reserved suffix", "metrics:\n  requestDuration:\n    name: edge_latency_bucket\n", /metrics\.requestDuration\.name: .*must not end in _bucket/],
    ["reserved prefix", "metrics:\n  requests:\n    name: gatewaymetric_requests_total\n", /metrics\.requests\.name: .*prefix gatewaymetric_ is reserved/],
    ["two metrics, one name", "metrics:\n  requestSize:\n    name: edge_bytes\n  responseSize:\n    name: edge_bytes\n", /metrics\.responseSize\.name: edge_bytes is also the name of metrics\.requestSize/],
    ["unknown metric", "metrics:\n  latency:\n    enabled: false\n", /metrics\.latency: unknown metric \(known: requests, requestDuration/],
    ["unknown setting", "metrics:\n  requests:\n    colour: blue\n", /metrics\.requests\.colour: unknown key/],
    ["statusClasses without code", "metrics:\n  requests:\n    labels: [host]\n    statusClasses: true\n", /metrics\.requests\.statusClasses: requests has no code label/],
    ["maxSeries", "metrics:\n  requests:\n    maxSeries: 0\n", /metrics\.requests\.maxSeries: expected an integer of at least 1/],
    ["enabled not a bool", "metrics:\n  requests:\n    enabled: no way\n", /metrics\.requests\.enabled: expected true or false/],
    ["native on a counter", "metrics:\n  requests:\n    native: {enabled: true}\n", /metrics\.requests\.native: requests is a counter, not a histogram/],
    ["native schema", "metrics:\n  requestDuration:\n    native: {schema: 9}\n", /metrics\.requestDuration\.native\.schema: expected an integer from -4 to 8/],
    ["native maxBuckets", "metrics:\n  requestDuration:\n    native: {maxBuckets: 0}\n", /metrics\.requestDuration\.native\.maxBuckets: expected an integer from 1 to 10000/],
    ["native key", "metrics:\n  requestDuration:\n    native: {resolution: 3}\n", /metrics\.requestDuration\.native\.resolution: unknown key/],
    ["template without a slash", "route:\n  templates: [api/users]\n", /route\.templates\[0\]: "api\/users" must start with \//],
    ["star in the middle", "route:\n  templates: [/ok, /a/*/b]\n", /route\.templates\[1\]: "\/a\/\*\/b" \* may only be the last segment/],
    ["bad parameter", "route:\n  templates:\n    - path: /a/{bad-name}\n", /route\.templates\[0\]\.path: .*bad parameter/],
    ["partial wildcard", "route:\n  templates: [/static/*.js]\n", /route\.templates\[0\]: .*must be whole segments/],
    ["duplicate template", "route:\n  templates:\n    - /u/{id}\n    - /u/{user}\n", /route\.templates\[1\]: "\/u\/\{user\}" duplicates an earlier template/],
    ["template key", "route:\n  templates:\n    - {path: /a, hostname: x}\n", /route\.templates\[0\]\.hostname: unknown key/],
    ["templates not a list", "route:\n  templates: {path: /a}\n", /route\.templates: expected a list/],
    ["ttl", "expiry:\n  ttl: ten minutes\n", /expiry\.ttl: expected a duration/],
    ["bool option", "route:\n  fromRouteName: yes please\n", /route\.fromRouteName: expected true or false/],
    ["host budget", "limits:\n  hosts: 0\n", /limits\.hosts: must be at least 1/],
  ];
  for (const [what, yaml, pattern] of cases) {
    test(what, () => expect(loadError(yaml)).toMatch(pattern));
  }

  test("the same template for two hosts is fine", () => {
    const c = load("route:\n  templates:\n    - {path: '/u/{id}', host: a.example}\n    - {path: '/u/{id}', host: b.example}\n    - /u/{id}\n");
    expect(c.route.templates).toHaveLength(3);
  });
});

describe("new scalar options from every source", () => {
  test("durations, booleans and lists from file, environment and flags", () => {
    expect(load("expiry:\n  ttl: 1h30m\n").expiry.ttl).toBe(5400);
    expect(load("expiry:\n  ttl: 0\n").expiry.ttl).toBe(0);
    expect(load("expiry:\n  ttl: 45\n").expiry.ttl).toBe(45);
    expect(load("", [], { GATEWAYMETRIC_EXPIRY_TTL: "90s" }).expiry.ttl).toBe(90);
    expect(load("route:\n  fromRouteName: false\n", ["--route-from-route-name", "true"]).route.fromRouteName).toBe(true);
    expect(load("", [], { GATEWAYMETRIC_HOSTS_ALLOW: "a.example, b.example" }).hosts.allow).toEqual(["a.example", "b.example"]);
    expect(load("", ["--limits-routes=50"]).limits.routes).toBe(50);
  });

  test("defaults", () => {
    const c = load("");
    expect(c.expiry.ttl).toBe(600);
    expect(c.limits).toEqual({ hosts: 1000, routes: 2000, labelValues: 1000, labelValueBytes: 256 });
    expect(c.route).toEqual({ fromRouteName: false, maxSegments: 10, templates: [] });
    expect(c.hosts.allow).toEqual([]);
    expect(c.metrics).toEqual({});
    expect(c.maxSeries).toBe(20000);
  });
});

describe("bucket definitions", () => {
  test("linear and exponential expand like the Mixer adapter's, without float noise", () => {
    expect(expandBuckets({ linear: { start: 0.1, width: 0.1, count: 5 } })).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(expandBuckets({ exponential: { start: 1, factor: 10, count: 4 } })).toEqual([1, 10, 100, 1000]);
    expect(expandBuckets({ exponential: { start: 0.001, factor: 2, count: 3 } })).toEqual([0.001, 0.002, 0.004]);
    expect(expandBuckets([0.5, 1])).toEqual([0.5, 1]);
  });
});
