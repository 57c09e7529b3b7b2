// Faults: shutdown with streams open, clients vanishing mid-stream, too many calls, stalled scrapers.
import { expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { connect } from "node:net";
import { join } from "node:path";
import { defaults } from "../src/config/config.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { hostBatch, httpEntry, identifier, message, V3_PATH } from "./helpers/als-fixtures.ts";
import { sample, scrape, total } from "./helpers/exposition.ts";
import { newClient, openStream, unary } from "./helpers/grpc-client.ts";
import { seedRequest } from "./helpers/mixer-fixtures.ts";
import { until } from "./helpers/ports.ts";

// A spawned process and servers on a loaded 2-core machine: generous limits.
setDefaultTimeout(30_000);

const LOGENTRY = "/logentry.HandleLogEntryService/HandleLogEntry";

/** An ALS stream left open; `result` settles when the server answers. */
const openAls = (client: grpc.Client) => openStream(client, V3_PATH);

const counted = async (port: number, host: string) => total(await scrape(port), "gateway_requests_total", { host });

test("a client that disconnects mid-stream loses nothing already received", async () => {
  const a = await startTestAdapter();
  const c = newClient(a.grpcPort);
  const { call, result } = openAls(c);
  call.write(hostBatch(50, "gone.example", true));
  call.write(hostBatch(50, "gone.example", false));
  await until(async () => (await counted(a.httpPort, "gone.example")) === 100, "100 entries counted");
  call.cancel();
  expect((await result).code).toBe(grpc.status.CANCELLED);
  await until(async () => sample(await scrape(a.httpPort), "gatewaymetric_streams_active", { source: "als" }) === 0, "stream closed");
  expect(await counted(a.httpPort, "gone.example")).toBe(100);
  c.close();
  await a.shutdown();
});

test("past the call limit new calls get RESOURCE_EXHAUSTED, counted; open streams keep working", async () => {
  const a = await startTestAdapter({ grpcLimits: { ...defaults().grpcLimits, maxConcurrentCalls: 2, maxCallsPerConnection: 10 } });
  const c = newClient(a.grpcPort);
  const s1 = openAls(c);
  const s2 = openAls(c);
  s1.call.write(hostBatch(1, "limit.example", true));
  s2.call.write(hostBatch(1, "limit.example", true));
  await until(async () => (await counted(a.httpPort, "limit.example")) === 2, "both streams counted");
  const refused = await unary(c, LOGENTRY, seedRequest());
  expect(refused.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
  expect(refused.details).toBe("more than 2 calls in flight (grpcLimits.maxConcurrentCalls)");
  s1.call.write(hostBatch(3, "limit.example", false));
  s1.call.end();
  expect((await s1.result).code).toBe(grpc.status.OK);
  expect((await unary(c, LOGENTRY, seedRequest())).code).toBe(grpc.status.OK);
  s2.call.end();
  expect((await s2.result).code).toBe(grpc.status.OK);
  const e = await scrape(a.httpPort);
  expect(await counted(a.httpPort, "limit.example")).toBe(5);
  expect(sample(e, "gatewaymetric_grpc_calls_total", { method: LOGENTRY, code: "RESOURCE_EXHAUSTED" })).toBe(1);
  expect(sample(e, "gatewaymetric_grpc_limited_total", { limit: "grpcLimits.maxConcurrentCalls" })).toBe(1);
  c.close();
  await a.shutdown();
});

test("a stalled scraper does not block ingestion", async () => {
  const a = await startTestAdapter();
  const c = newClient(a.grpcPort);
  // Enough series that /metrics does not fit in socket buffers (within the 1,000-host budget).
  const { call, result } = openAls(c);
  for (let i = 0; i < 20; i++) {
    call.write(Buffer.from(message({ id: i === 0 ? identifier() : undefined, http: Array.from({ length: 100 }, (_, j) => httpEntry({ authority: `h${j % 45}-${i}.example`, path: `/p/${j % 3}x` })) })));
  }
  call.end();
  expect((await result).code).toBe(grpc.status.OK);
  const sock = connect(a.httpPort, "127.0.0.1");
  await new Promise<void>((r) => sock.once("connect", () => r()));
  sock.write(`GET /metrics HTTP/1.1\r\nhost: x\r\n\r\n`);
  sock.pause(); // never read
  for (let i = 0; i < 5; i++) expect((await unary(c, LOGENTRY, seedRequest())).code).toBe(grpc.status.OK);
  expect(sample(await scrape(a.httpPort), "gateway_requests_total", { route: "/productpage", host: "192.168.101.6:31380" })).toBe(20);
  sock.destroy();
  c.close();
  await a.shutdown();
});

test("SIGTERM: not ready, open streams answered OK, new calls refused, exit 0", async () => {
  const main = join(import.meta.dir, "..", "src", "main.ts");
  const proc = Bun.spawn([process.execPath, main, "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0", "--shutdown-grace-seconds", "30"], { stderr: "pipe" });
  const reader = proc.stderr.getReader();
  let buf = "";
  let started: { grpc_port: number; http_port: number } | undefined;
  while (!started) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`exited early: ${buf}`);
    buf += new TextDecoder().decode(value);
    for (const l of buf.split("\n")) if (l.includes('"gatewaymetric started"')) started = JSON.parse(l);
  }
  const c = newClient(started.grpc_port);
  const { call, result } = openAls(c);
  call.write(hostBatch(10, "term.example", true));
  await until(async () => (await counted(started!.http_port, "term.example")) === 10, "entries counted");
  proc.kill("SIGTERM");
  // The open stream is answered with OK rather than cut when the 30 s grace period ends.
  expect((await result).code).toBe(grpc.status.OK);
  const late = newClient(started.grpc_port);
  expect((await unary(late, LOGENTRY, seedRequest())).code).toBe(grpc.status.UNAVAILABLE);
  expect(await proc.exited).toBe(0);
  late.close();
  c.close();
  reader.releaseLock();
});

test("shutdown turns readiness off at once", async () => {
  const a = await startTestAdapter();
  expect(a.ready()).toBe(true);
  const stopping = a.shutdown();
  expect(a.ready()).toBe(false);
  await stopping;
});
