// Config reload keeps every series whose definition did not change (values and _created), rebuilds
// the changed metrics, and refuses a bad config without disturbing the running one: in process
// through Adapter.reload, and in a spawned `bun src/main.ts --config F` through SIGHUP and a file edit.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONFIG_POLL_MS, CONFIG_SETTLE_MS } from "../src/server/reload.ts";
import { withMetrics } from "./helpers/adapter.ts";
import { useAdapter } from "./helpers/suite.ts";
import { hostBatch, V3_PATH } from "./helpers/als-fixtures.ts";
import { type Certs, makeCerts } from "./helpers/certs.ts";
import { type OpenMetrics, sample, samples, scrape, scrapeOpenMetrics } from "./helpers/exposition.ts";
import { newClient, openStream, unary } from "./helpers/grpc-client.ts";
import { Child } from "./helpers/child.ts";
import { dbl, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";
import { until } from "./helpers/ports.ts";

// Servers, child processes and large inputs: generous limits for a loaded 2-core machine.
setDefaultTimeout(60_000);

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
const REQ = "gateway_requests_total";
const DUR = "gateway_request_duration_seconds";
const batch = (n: number) =>
  logEntryRequest(Array.from({ length: n }, (_, i) => ({ host: str("r.example"), url: str(`/r/${i}`), method: str("GET"), responseCode: int(200), latency: dbl(0.3), responseSize: int(100) })));

describe("Adapter.reload", () => {
  const s = useAdapter();
  beforeAll(async () => {
    expect((await unary(s.client, PATH, batch(3))).code).toBe(grpc.status.OK);
  });

  test("unchanged metrics keep their series; changed ones are rebuilt; removed ones go", async () => {
    const before = await scrapeOpenMetrics(s.a.httpPort);
    const created = sample(before, "gateway_requests_created", { host: "r.example" });
    s.a.reload(withMetrics({ requestDuration: { buckets: [0.1, 1] }, responseSize: { name: "edge_response_bytes" }, requestSize: { enabled: false } }));
    const after = await scrapeOpenMetrics(s.a.httpPort);
    expect(sample(after, REQ, { host: "r.example" })).toBe(3);
    expect(sample(after, "gateway_requests_created", { host: "r.example" })).toBe(created);
    expect(samples(after, `${DUR}_count`)).toHaveLength(0);
    expect(after.types.get("edge_response_bytes")).toBe("histogram");
    expect(after.types.has("gateway_response_size_bytes")).toBe(false);
    expect(after.types.has("gateway_request_size_bytes")).toBe(false);
    expect(samples(after, "gatewaymetric_overflow_total", { metric: "gateway_response_size_bytes" })).toHaveLength(0);
    expect((await unary(s.client, PATH, batch(1))).code).toBe(grpc.status.OK);
    const more = await scrapeOpenMetrics(s.a.httpPort);
    expect(sample(more, REQ, { host: "r.example" })).toBe(4);
    expect(sample(more, `${DUR}_bucket`, { host: "r.example", le: "1.0" })).toBe(1);
    expect(sample(more, `${DUR}_bucket`, { host: "r.example", le: "0.1" })).toBe(0);
    expect(sample(more, "edge_response_bytes_count", { host: "r.example" })).toBe(1);
  });

  test("a model that cannot apply is refused and the running one stays", async () => {
    const before = await scrapeOpenMetrics(s.a.httpPort);
    // Valid on its own, but the name belongs to a family registered outside the model.
    expect(() => s.a.reload(withMetrics({ requests: { name: "gatewaymetric_entries_total" } }))).toThrow(/registered twice/);
    const after = await scrapeOpenMetrics(s.a.httpPort);
    expect(sample(after, REQ, { host: "r.example" })).toBe(sample(before, REQ, { host: "r.example" }));
    expect([...after.types.keys()]).toEqual([...before.types.keys()]);
  });

  test("dropping a label moves only that metric to a new table that adds up over it", async () => {
    const before = await scrapeOpenMetrics(s.a.httpPort);
    s.a.reload(withMetrics({ requestDuration: { labels: ["gateway", "method"] } }));
    expect((await unary(s.client, PATH, batch(2))).code).toBe(grpc.status.OK);
    const after = await scrapeOpenMetrics(s.a.httpPort);
    expect(sample(after, REQ, { host: "r.example" })).toBe(sample(before, REQ, { host: "r.example" }) + 2);
    expect(samples(after, `${DUR}_count`)).toHaveLength(1);
    expect(sample(after, `${DUR}_count`, { method: "GET" })).toBe(2);
  });
});

describe("reload of a running gatewaymetric process", () => {
  const dir = mkdtempSync(join(tmpdir(), "gatewaymetric-reload-"));
  const file = join(dir, "gatewaymetric.yaml");
  const base = "grpcAddr: 127.0.0.1:0\nhttpAddr: 127.0.0.1:0\nlogLevel: info\n";
  let child: Child;
  let httpPort = 0;
  let client: grpc.Client;
  const om = () => scrapeOpenMetrics(httpPort);

  beforeAll(async () => {
    writeFileSync(file, base + "metrics:\n  requestDuration:\n    buckets: [0.25, 0.5]\n");
    child = new Child(["--config", file]);
    const started = await child.waitFor("gatewaymetric started");
    httpPort = started.http_port as number;
    client = newClient(started.grpc_port as number);
    expect((await unary(client, PATH, batch(5))).code).toBe(grpc.status.OK);
  });
  afterAll(async () => {
    client?.close();
    child.proc.kill("SIGTERM");
    await child.proc.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  test("SIGHUP: unchanged series keep value and _created; the changed histogram is rebuilt", async () => {
    const before: OpenMetrics = await om();
    expect(sample(before, `${DUR}_bucket`, { host: "r.example", le: "0.5" })).toBe(5);
    const created = sample(before, "gateway_requests_created", { host: "r.example" });
    const sizeCreated = sample(before, "gateway_response_size_bytes_created", { host: "r.example" });
    writeFileSync(file, base + "metrics:\n  requestDuration:\n    buckets: [0.1, 0.2, 0.4]\n");
    const mark = child.lines.length;
    child.proc.kill("SIGHUP");
    await child.waitFor("configuration reloaded", mark);
    const after = await om();
    expect(sample(after, REQ, { host: "r.example" })).toBe(5);
    expect(sample(after, "gateway_requests_created", { host: "r.example" })).toBe(created);
    expect(sample(after, "gateway_response_size_bytes_count", { host: "r.example" })).toBe(5);
    expect(sample(after, "gateway_response_size_bytes_created", { host: "r.example" })).toBe(sizeCreated);
    expect(samples(after, `${DUR}_bucket`)).toHaveLength(0);
    expect((await unary(client, PATH, batch(1))).code).toBe(grpc.status.OK);
    const more = await om();
    expect(sample(more, `${DUR}_bucket`, { host: "r.example", le: "0.4" })).toBe(1);
    expect(sample(more, `${DUR}_bucket`, { host: "r.example", le: "0.2" })).toBe(0);
    expect(sample(more, REQ, { host: "r.example" })).toBe(6);
  });

  test("editing the file reloads without a signal", async () => {
    // The previous test's edit is also seen by the file poll; let that reload pass first.
    await Bun.sleep(CONFIG_POLL_MS + CONFIG_SETTLE_MS + 500);
    const mark = child.lines.length;
    writeFileSync(file, base + "metrics:\n  requestDuration:\n    buckets: [0.1, 0.2, 0.4]\n  requestSize:\n    enabled: false\n  responseSize:\n    statusClasses: true\n");
    const line = await child.waitFor("configuration reloaded", mark);
    expect(line.reason).toBe("config file changed");
    const e = await om();
    expect(e.types.has("gateway_request_size_bytes")).toBe(false);
    expect(sample(e, REQ, { host: "r.example" })).toBe(6);
    expect(sample(e, `${DUR}_bucket`, { host: "r.example", le: "0.4" })).toBe(1);
    expect((await unary(client, PATH, batch(1))).code).toBe(grpc.status.OK);
    expect(sample(await om(), "gateway_response_size_bytes_count", { code: "2xx" })).toBe(1);
  });

  test("a bad config is refused with a log line naming the key; the process keeps serving", async () => {
    const mark = child.lines.length;
    writeFileSync(file, base + "metrics:\n  requestDuration:\n    buckets: [0.4, 0.2]\n");
    const line = await child.waitFor("configuration reload failed; the running configuration stays", mark);
    expect(String(line.error)).toContain("metrics.requestDuration.buckets[1]");
    const e = await om();
    expect(sample(e, REQ, { host: "r.example" })).toBe(7);
    expect(sample(e, `${DUR}_bucket`, { host: "r.example", le: "0.4" })).toBe(2);
    expect(child.proc.exitCode).toBeNull();
  });
});

describe("reload of listener, security and limit options", () => {
  const dir = mkdtempSync(join(tmpdir(), "gatewaymetric-reload-opts-"));
  const file = join(dir, "gatewaymetric.yaml");
  const grpcToken = join(dir, "grpc-token");
  const httpToken = join(dir, "http-token");
  const base = "grpcAddr: 127.0.0.1:0\nhttpAddr: 127.0.0.1:0\nlogLevel: info\nsecretRefreshSeconds: 1\n";
  const WARNING = "changed options not applied: they need a restart; the running values stay";
  const RESTART = ["grpcTls.certFile", "grpcTls.keyFile", "httpTls.certFile", "httpTls.keyFile", "maxConnectionAgeSeconds"];
  let certs: Certs;
  let child: Child;
  let grpcPort = 0;
  let httpPort = 0;

  /** Writes the file, sends SIGHUP and returns the log lines of that reload. */
  async function reloadWith(text: string): Promise<Record<string, unknown>[]> {
    // Let a poll of the previous write pass, so each reload is this one.
    await Bun.sleep(CONFIG_POLL_MS + CONFIG_SETTLE_MS + 200);
    writeFileSync(file, text);
    const mark = child.lines.length;
    child.proc.kill("SIGHUP");
    await child.waitFor("configuration reloaded", mark);
    return child.lines.slice(mark);
  }
  const withToken = (t: string) => {
    const m = new grpc.Metadata();
    m.set("authorization", `Bearer ${t}`);
    return m;
  };
  const metrics = (auth?: string) => fetch(`http://127.0.0.1:${httpPort}/metrics`, auth ? { headers: { authorization: auth } } : {});

  beforeAll(async () => {
    certs = makeCerts();
    writeFileSync(grpcToken, "g-token\n");
    writeFileSync(httpToken, "h-token\n");
    writeFileSync(file, base);
    child = new Child(["--config", file]);
    const started = await child.waitFor("gatewaymetric started");
    grpcPort = started.grpc_port as number;
    httpPort = started.http_port as number;
  });
  afterAll(async () => {
    child.proc.kill("SIGTERM");
    await child.proc.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  test("auth, limits, debug endpoints and log level apply; TLS and connection age are named as needing a restart", async () => {
    const changed = [
      base.replace("logLevel: info", "logLevel: debug"),
      "debugEndpoints: true",
      `httpAuth:\n  bearerTokenFile: ${httpToken}`,
      `grpcAuth:\n  tokenFile: ${grpcToken}`,
      "grpcLimits:\n  maxCallsPerConnection: 1",
      "maxConnectionAgeSeconds: 0.5",
      `grpcTls:\n  certFile: ${certs.serverCert}\n  keyFile: ${certs.serverKey}`,
      `httpTls:\n  certFile: ${certs.serverCert}\n  keyFile: ${certs.serverKey}`,
    ].join("\n") + "\n";
    expect((await metrics()).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${httpPort}/debug/routes`)).status).toBe(404);
    const lines = await reloadWith(changed);
    const warnings = lines.filter((l) => l.msg === WARNING);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].options).toEqual(RESTART);

    // Applied: HTTP auth and the debug endpoints (still plaintext: httpTls is not in force).
    expect((await metrics()).status).toBe(401);
    expect((await metrics("Bearer h-token")).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${httpPort}/debug/routes`, { headers: { authorization: "Bearer h-token" } })).status).toBe(200);
    // Applied: the gRPC token and the per-connection limit (still plaintext: grpcTls is not in force).
    const c = newClient(grpcPort, true);
    expect((await unary(c, PATH, batch(1))).code).toBe(grpc.status.UNAUTHENTICATED);
    const stream = openStream(c, V3_PATH, withToken("g-token"));
    stream.call.write(hostBatch(1, "reload.example", true));
    await until(async () => sample(await scrapeWithToken(), "gatewaymetric_streams_active", { source: "als" }) === 1, "the stream open");
    const refused = await unary(c, PATH, batch(1), withToken("g-token"));
    expect(refused.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    expect(refused.details).toContain("grpcLimits.maxCallsPerConnection");
    const mark = child.lines.length;
    stream.call.end();
    expect((await stream.result).code).toBe(grpc.status.OK);
    // Applied: logLevel debug shows the ALS stream's debug line.
    await child.waitFor("ALS stream closed", mark);
    expect((await unary(c, PATH, batch(1), withToken("g-token"))).code).toBe(grpc.status.OK);
    // Not applied: maxConnectionAgeSeconds 0.5 would have sent GOAWAY by now.
    await Bun.sleep(1_500);
    expect(c.getChannel().getConnectivityState(false)).toBe(grpc.connectivityState.READY);
    c.close();

    // The running values are what counts as current: the same file again is warned about again ...
    const again = await reloadWith(changed);
    expect(again.filter((l) => l.msg === WARNING).map((l) => l.options)).toEqual([RESTART]);
    // ... and a file with the running values of those options needs no restart.
    const back = await reloadWith(changed.slice(0, changed.indexOf("maxConnectionAgeSeconds")));
    expect(back.filter((l) => l.msg === WARNING)).toHaveLength(0);
  });

  const scrapeWithToken = () => scrape(httpPort, { authorization: "Bearer h-token" });
});
