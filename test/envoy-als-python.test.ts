// Done-means check with an independent gRPC stack: Debian's python3-grpcio streams ALS v3 and v2
// (hand-built protobuf bytes, test/python/als_client.py), then the scrape must show exactly that.
import { afterAll, beforeAll, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import type { Adapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { promtoolCheck, promtoolPath, sample, scrape, total } from "./helpers/exposition.ts";

const PYTHON = "/usr/bin/python3";
const hasGrpc = spawnSync(PYTHON, ["-c", "import grpc"]).status === 0;
if (!hasGrpc) console.warn(`SKIPPED Python ALS client test: ${PYTHON} cannot import grpc (apt-get install python3-grpcio)`);

let a: Adapter;
beforeAll(async () => {
  a = await startTestAdapter();
});
afterAll(() => a.shutdown());

test.skipIf(!hasGrpc)("python3-grpcio streams ALS v3 and v2; /metrics shows exactly what it sent", async () => {
  // Asynchronous: the adapter answering the script runs in this process.
  const proc = Bun.spawn([PYTHON, `${import.meta.dir}/python/als_client.py`, String(a.grpcPort)], { stdout: "pipe", stderr: "pipe" });
  const [out, err, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  expect(code, err).toBe(0);
  expect(JSON.parse(out)).toEqual({ v3: "OK", v2: "OK", malformed: "INVALID_ARGUMENT" });

  const e = await scrape(a.httpPort);
  const v3 = { gateway: "py-gateway.istio-system", host: "py.example", route: "/py/items/{id}", method: "GET" };
  expect(sample(e, "gateway_requests_total", { ...v3, code: "200" })).toBe(9);
  expect(sample(e, "gateway_requests_total", { ...v3, code: "503" })).toBe(3);
  expect(sample(e, "gateway_request_duration_seconds_sum", { ...v3, code: "200" })).toBeCloseTo(9 * 0.05, 9);
  expect(sample(e, "gateway_upstream_duration_seconds_sum", { ...v3, code: "200" })).toBeCloseTo(9 * 0.04, 9);
  expect(sample(e, "gateway_request_size_bytes_sum", { ...v3, code: "503" })).toBe(3 * 20);
  expect(sample(e, "gateway_response_size_bytes_sum", { ...v3, code: "200" })).toBe(9 * 300);
  expect(sample(e, "gateway_response_flags_total", { gateway: v3.gateway, flag: "UH" })).toBe(3);
  expect(total(e, "gateway_response_flags_total")).toBe(3);

  const v2 = { gateway: "py-v2-gateway.edge", host: "py.example", route: "/orig", method: "POST", code: "201" };
  expect(sample(e, "gateway_requests_total", v2)).toBe(5);
  expect(sample(e, "gateway_request_duration_seconds_sum", v2)).toBeCloseTo(5 * 0.03, 9);
  const tcp = { gateway: "py-v2-gateway.edge", upstream_cluster: "outbound|5432||pg" };
  expect(sample(e, "gateway_tcp_connections_total", tcp)).toBe(2);
  expect(sample(e, "gateway_tcp_received_bytes_total", tcp)).toBe(20);
  expect(sample(e, "gateway_tcp_sent_bytes_total", tcp)).toBe(40);

  expect(sample(e, "gateway_requests_total", { gateway: "py-bad", host: "py-bad.example" })).toBe(1);
  expect(total(e, "gateway_requests_total")).toBe(18);
  expect(sample(e, "gatewaymetric_entries_total", { source: "als", outcome: "accepted" })).toBe(20);
  expect(total(e, "gatewaymetric_entries_total", { source: "als", outcome: "rejected" })).toBe(0);
  expect(sample(e, "gatewaymetric_streams_active", { source: "als" })).toBe(0);
  if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
});
