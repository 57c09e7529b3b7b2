// `npm run demo`: the adapter plus a traffic generator playing a busy ingress gateway through all
// three senders (Mixer logentry, Envoy ALS v3, OTLP), so a newcomer sees real metrics in seconds.
import * as grpc from "@grpc/grpc-js";
import Long from "long";
import { readFileSync } from "node:fs";
import { ConfigError, helpText, loadConfig, parseAddress } from "../src/config/config.ts";
import { envoy, logentry, opentelemetry } from "../src/generated/codecs.js";
import { log, setLogLevel } from "../src/log.ts";
import { startAdapter } from "../src/server/adapter.ts";

const ROUTES: { host: string; path: () => string; method: string; weight: number; medianMs: number; body: number }[] = [
  { host: "shop.example.com", path: () => "/productpage", method: "GET", weight: 30, medianMs: 35, body: 5200 },
  { host: "shop.example.com", path: () => `/api/v1/products/${rand(1, 5000)}`, method: "GET", weight: 25, medianMs: 12, body: 900 },
  { host: "shop.example.com", path: () => "/api/v1/cart", method: "POST", weight: 8, medianMs: 60, body: 300 },
  { host: "shop.example.com", path: () => `/static/app.js?v=${rand(1, 9)}`, method: "GET", weight: 10, medianMs: 3, body: 180_000 },
  { host: "api.example.com", path: () => `/v2/orders/${crypto.randomUUID()}`, method: "GET", weight: 12, medianMs: 25, body: 1500 },
  { host: "api.example.com", path: () => "/v2/orders", method: "POST", weight: 5, medianMs: 140, body: 420 },
  { host: "auth.example.com", path: () => "/oauth/token", method: "POST", weight: 10, medianMs: 80, body: 700 },
];
const TOTAL_WEIGHT = ROUTES.reduce((a, r) => a + r.weight, 0);

function rand(lo: number, hi: number): number {
  return lo + Math.floor(Math.random() * (hi - lo + 1));
}

/** Lognormal around the median: gateways have long latency tails. */
function latencyMs(median: number): number {
  const u = 1 - Math.random(), v = Math.random();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.max(0.2, median * Math.exp(0.6 * z));
}

interface Req { host: string; path: string; method: string; code: number; ms: number; reqBytes: number; respBytes: number; flags: string; upstreamMs: number }

function request(): Req {
  let pick = Math.random() * TOTAL_WEIGHT;
  const r = ROUTES.find((x) => (pick -= x.weight) < 0) ?? ROUTES[0];
  const roll = Math.random();
  let code = 200, flags = "-";
  if (roll < 0.01) { code = 503; flags = "UF"; }
  else if (roll < 0.015) { code = 503; flags = "UH"; }
  else if (roll < 0.03) code = 500;
  else if (roll < 0.07) code = 404;
  else if (roll < 0.08) code = 401;
  else if (r.method === "POST") code = 201;
  const ms = Math.round(latencyMs(r.medianMs));
  const failed = flags !== "-";
  return {
    host: r.host, path: r.path(), method: r.method, code, ms,
    reqBytes: r.method === "POST" ? rand(200, 4000) : 0, respBytes: failed ? 91 : Math.round(r.body * (0.8 + Math.random() * 0.4)),
    flags, upstreamMs: failed ? NaN : Math.max(0, ms - rand(0, 2)),
  };
}

const identity = (b: Buffer) => b;

function mixerBody(reqs: Req[]): Buffer {
  const str = (s: string) => ({ string_value: s });
  const int = (n: number) => ({ int64_value: Long.fromNumber(n) });
  return Buffer.from(logentry.HandleLogEntryRequest.encode({
    instances: reqs.map((q) => ({
      name: "i1metric.instance.istio-system",
      variables: {
        gateway: str("istio-ingressgateway.istio-system"), host: str(q.host), method: str(q.method), url: str(q.path),
        responseCode: int(q.code), requestSize: int(q.reqBytes), responseBodySize: int(q.respBytes), latency: str(`${q.ms}ms`),
        ...(Number.isNaN(q.upstreamMs) ? {} : { upstreamServiceTime: str(String(Math.round(q.upstreamMs))) }),
      },
    })),
  }).finish());
}

const METHODS: Record<string, number> = { GET: 1, POST: 3 };
const FLAG_FIELDS: Record<string, string> = { UF: "upstream_connection_failure", UH: "no_healthy_upstream" };

function duration(ms: number) {
  return { seconds: Long.fromNumber(Math.floor(ms / 1000)), nanos: Math.round((ms % 1000) * 1e6) };
}

function alsBody(reqs: Req[], first: boolean): Buffer {
  return Buffer.from(envoy.service.accesslog.v3.StreamAccessLogsMessage.encode({
    identifier: first ? { node: { id: "router~10.244.0.12~istio-ingressgateway-7d9f8c6b5-x2k4p.istio-system~istio-system.svc.cluster.local", cluster: "istio-ingressgateway.istio-system" }, log_name: "http_envoy_accesslog" } : null,
    http_logs: {
      log_entry: reqs.map((q) => ({
        common_properties: {
          duration: duration(q.ms),
          time_to_last_downstream_tx_byte: duration(q.ms),
          ...(Number.isNaN(q.upstreamMs) ? {} : { time_to_last_upstream_tx_byte: duration(0.3), time_to_first_upstream_rx_byte: duration(0.3 + q.upstreamMs) }),
          response_flags: q.flags === "-" ? null : { [FLAG_FIELDS[q.flags]]: true },
          route_name: q.host,
        },
        request: { request_method: METHODS[q.method] ?? 0, authority: q.host, path: q.path, request_body_bytes: q.reqBytes },
        response: { response_code: { value: q.code }, response_body_bytes: q.respBytes },
      })),
    },
  }).finish());
}

function otlpBody(reqs: Req[]): Buffer {
  const line = (q: Req) =>
    `[${new Date().toISOString()}] "${q.method} ${q.path} HTTP/2" ${q.code} ${q.flags} via_upstream - "-" ${q.reqBytes} ${q.respBytes} ${q.ms} ` +
    `${Number.isNaN(q.upstreamMs) ? "-" : Math.round(q.upstreamMs)} "203.0.113.7" "demo/1.0" "${crypto.randomUUID()}" "${q.host}" "10.244.1.9:8080" ` +
    `outbound|8080||${q.host} 10.244.0.12:40112 10.244.0.12:8443 203.0.113.7:52311 ${q.host} -\n`;
  return Buffer.from(opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.encode({
    resource_logs: [{
      resource: { attributes: [{ key: "cluster_name", value: { string_value: "istio-ingressgateway.istio-system" } }] },
      scope_logs: [{ log_records: reqs.map((q) => ({ body: { string_value: line(q) } })) }],
    }],
  }).finish());
}

async function main(): Promise<number> {
  let loaded;
  try {
    loaded = loadConfig({ argv: process.argv.slice(2), env: process.env, readFile: (p) => readFileSync(p, "utf8") });
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  if (loaded.kind !== "run") {
    process.stdout.write(helpText());
    return 0;
  }
  setLogLevel("warn");
  const a = await startAdapter(loaded.config);
  const bound = parseAddress(loaded.config.httpAddr)!.host;
  const host = bound === "0.0.0.0" || bound === "::" ? "127.0.0.1" : bound.includes(":") ? `[${bound}]` : bound;
  const metrics = `http://${host}:${a.httpPort}/metrics`;
  console.log(`gatewaymetric demo: the adapter listens for gRPC on port ${a.grpcPort} and serves ${metrics}`);
  console.log("A simulated istio-ingressgateway sends traffic for shop/api/auth.example.com through Mixer, Envoy ALS and OTLP.");
  console.log(`Status page: http://${host}:${a.httpPort}/`);
  console.log("Look at:");
  console.log(`  curl -s ${metrics} | grep '^gateway_requests_total'`);
  console.log(`  curl -s ${metrics} | grep 'gateway_request_duration_seconds_bucket{.*route="/api/v1/products/{id}"'`);
  console.log(`  curl -s ${metrics} | grep -E '^gateway_response_flags_total|^gatewaymetric_entries_total'`);
  console.log("Ctrl-C stops it.\n");

  const client = new grpc.Client(`127.0.0.1:${a.grpcPort}`, grpc.credentials.createInsecure());
  let stream = client.makeClientStreamRequest("/envoy.service.accesslog.v3.AccessLogService/StreamAccessLogs", identity, identity, () => {});
  let first = true;
  const sent = { mixer: 0, als: 0, otlp: 0 };
  const tick = setInterval(() => {
    const batch = (n: number) => Array.from({ length: n }, request);
    const m = batch(rand(5, 15)), l = batch(rand(5, 15)), o = batch(rand(5, 15));
    client.makeUnaryRequest("/logentry.HandleLogEntryService/HandleLogEntry", identity, identity, mixerBody(m), () => {});
    stream.write(alsBody(l, first));
    first = false;
    client.makeUnaryRequest("/opentelemetry.proto.collector.logs.v1.LogsService/Export", identity, identity, otlpBody(o), () => {});
    sent.mixer += m.length;
    sent.als += l.length;
    sent.otlp += o.length;
  }, 100);
  const report = setInterval(() => {
    console.log(`sent ${sent.mixer + sent.als + sent.otlp} requests so far (mixer ${sent.mixer}, als ${sent.als}, otlp ${sent.otlp})`);
  }, 5000);
  return await new Promise<number>((resolve) => {
    const stop = () => {
      clearInterval(tick);
      clearInterval(report);
      stream.end();
      client.close();
      a.shutdown().then(() => resolve(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    const seconds = Number(process.env.DEMO_SECONDS ?? 0);
    if (seconds > 0) setTimeout(stop, seconds * 1000);
  });
}

process.exit(await main().catch((e) => {
  log("error", "demo failed", { error: String(e) });
  return 1;
}));
