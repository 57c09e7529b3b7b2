// Done-means check from another gRPC implementation: Debian's python3-grpcio, with protobuf bytes
// encoded by hand in test/python/independent_client.py, exports OTLP logs and calls both Mixer
// services; /metrics must show exactly what it sent.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { opentelemetry } from "../src/generated/codecs.js";
import type { Adapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { type Exposition, promtoolCheck, promtoolPath, sample, scrape, total } from "./helpers/exposition.ts";

const PYTHON = "/usr/bin/python3";
const SCRIPT = new URL("./python/independent_client.py", import.meta.url).pathname;
const hasGrpc = spawnSync(PYTHON, ["-c", "import grpc"]).status === 0;

interface Call {
  code: string;
  response_hex?: string;
  details?: string;
}

const entries = (e: Exposition, source: string, outcome: string) => total(e, "gatewaymetric_entries_total", { source, outcome });

if (!hasGrpc) console.warn(`SKIPPED independent Python gRPC client test: ${PYTHON} has no grpc module (apt-get install python3-grpcio)`);

describe.skipIf(!hasGrpc)("an independent Python gRPC client", () => {
  let a: Adapter;
  let result: Record<string, Call>;
  let e: Exposition;
  beforeAll(async () => {
    a = await startTestAdapter();
    // Asynchronous: the adapter answers in this same process while the client runs.
    const proc = Bun.spawn([PYTHON, SCRIPT, `127.0.0.1:${a.grpcPort}`], { stdout: "pipe", stderr: "pipe" });
    const [out, err, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
    if (code !== 0) throw new Error(`python client exited ${code}: ${err}`);
    result = JSON.parse(out);
    e = await scrape(a.httpPort);
  });
  afterAll(async () => {
    await a?.shutdown();
  });

  test("OTLP Export: default-format bodies and an attribute record counted, one rejected in partial_success", () => {
    expect(result.otlp.code).toBe("OK");
    const resp = opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.decode(Buffer.from(result.otlp.response_hex!, "hex"));
    expect(Number(resp.partial_success!.rejected_log_records)).toBe(1);
    const items = { gateway: "py-gateway.istio-system", host: "py.example.com", route: "/py/items/{id}", method: "GET", code: "200" };
    expect(sample(e, "gateway_requests_total", items)).toBe(2);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...items, le: "0.025" })).toBe(1);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...items, le: "0.1" })).toBe(2);
    expect(sample(e, "gateway_request_duration_seconds_sum", items)).toBeCloseTo(0.11, 12);
    expect(sample(e, "gateway_request_size_bytes_sum", items)).toBe(10);
    expect(sample(e, "gateway_response_size_bytes_sum", items)).toBe(1000);
    expect(sample(e, "gateway_upstream_duration_seconds_sum", items)).toBeCloseTo(0.095, 12);
    const post = { gateway: "py-gateway.istio-system", host: "py.example.com", route: "/py/items", method: "POST", code: "504" };
    expect(sample(e, "gateway_requests_total", post)).toBe(1);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...post, le: "10" })).toBe(0);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...post, le: "+Inf" })).toBe(1);
    expect(sample(e, "gateway_request_size_bytes_sum", post)).toBe(2048);
    expect(sample(e, "gateway_response_flags_total", { host: "py.example.com", route: "/py/items", flag: "UT" })).toBe(1);
    const attr = { gateway: "py-gateway.istio-system", host: "py.example.com", route: "/py/attr", method: "GET", code: "404" };
    expect(sample(e, "gateway_requests_total", attr)).toBe(1);
    expect(sample(e, "gateway_request_duration_seconds_sum", attr)).toBeCloseTo(0.007, 12);
    expect(sample(e, "gateway_response_size_bytes_sum", attr)).toBe(19);
    expect(entries(e, "otlp", "accepted")).toBe(4);
    expect(entries(e, "otlp", "rejected")).toBe(1);
    expect(result.malformed.code).toBe("INVALID_ARGUMENT");
  });

  test("Mixer HandleLogEntry with the seed's handler params", () => {
    expect(result.logentry).toEqual({ code: "OK", response_hex: "" });
    const s = { gateway: "py-mixer-gw", host: "mixer.py.example.com", route: "/reviews/{id}", method: "GET", code: "200" };
    expect(sample(e, "gateway_requests_total", s)).toBe(2);
    expect(sample(e, "gateway_request_duration_seconds_sum", s)).toBeCloseTo(0.0525, 12);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...s, le: "0.025" })).toBe(1);
    expect(sample(e, "gateway_response_size_bytes_sum", s)).toBe(590);
    expect(entries(e, "mixer", "accepted")).toBe(2);
  });

  test("Mixer HandleMetric with prometheus-adapter params", () => {
    expect(result.metric).toEqual({ code: "OK", response_hex: "" });
    expect(sample(e, "istio_requests_total", { response_code: "200", destination_service: "reviews.default.svc.cluster.local" })).toBe(2);
    const d = "istio_request_duration_seconds";
    expect(e.helps.get(d)).toBe("Python-sent durations.");
    for (const [le, n] of Object.entries({ "0.01": 0, "0.1": 1, "1": 2, "+Inf": 2 })) expect(sample(e, `${d}_bucket`, { response_code: "200", le })).toBe(n);
    expect(sample(e, `${d}_sum`, { response_code: "200" })).toBeCloseTo(0.55, 12);
    expect(e.types.get("istio_orphan_total")).toBe("counter");
    expect(entries(e, "mixer_metric", "accepted")).toBe(4);
    expect(entries(e, "mixer_metric", "rejected")).toBe(1);
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
  });
});

