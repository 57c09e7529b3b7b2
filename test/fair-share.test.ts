// Fair share per sender: one client connection cannot hold every call slot
// (grpcLimits.maxCallsPerConnection), and an idle client stream gives its slot back
// (grpcLimits.streamIdleSeconds). Real grpc-js clients on loopback, each on a connection of its own.
import { expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { defaults } from "../src/config/config.ts";
import { LOGENTRY_PATH } from "../src/ingest/mixer-logentry.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { hostBatch, V3_PATH } from "./helpers/als-fixtures.ts";
import { sample, scrape, total } from "./helpers/exposition.ts";
import { newClient, openStream, unary } from "./helpers/grpc-client.ts";
import { seedRequest } from "./helpers/mixer-fixtures.ts";
import { until } from "./helpers/ports.ts";

const LIMITED = "gatewaymetric_grpc_limited_total";


const counted = async (port: number, host: string) => total(await scrape(port), "gateway_requests_total", { host });

test("a connection past maxCallsPerConnection gets RESOURCE_EXHAUSTED; other connections are served", async () => {
  const a = await startTestAdapter({ grpcLimits: { ...defaults().grpcLimits, maxCallsPerConnection: 2 } });
  const greedy = newClient(a.grpcPort, true);
  const other = newClient(a.grpcPort, true);
  try {
    const s1 = openStream(greedy, V3_PATH);
    const s2 = openStream(greedy, V3_PATH);
    s1.call.write(hostBatch(1, "fair.example", true));
    s2.call.write(hostBatch(1, "fair.example", true));
    await until(async () => (await counted(a.httpPort, "fair.example")) === 2, "both streams counted");

    // A third call on the same connection: refused at once, with the option named.
    const s3 = openStream(greedy, V3_PATH);
    const third = await s3.result;
    expect(third.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    expect(third.details).toBe("more than 2 calls in flight on this connection (grpcLimits.maxCallsPerConnection)");
    const unaryRefused = await unary(greedy, LOGENTRY_PATH, seedRequest());
    expect(unaryRefused.code).toBe(grpc.status.RESOURCE_EXHAUSTED);

    // Another connection has its own share.
    expect((await unary(other, LOGENTRY_PATH, seedRequest())).code).toBe(grpc.status.OK);
    const s4 = openStream(other, V3_PATH);
    s4.call.write(hostBatch(3, "fair.example", true));
    s4.call.end();
    expect((await s4.result).code).toBe(grpc.status.OK);

    // A slot given back on the greedy connection is usable again.
    s1.call.end();
    expect((await s1.result).code).toBe(grpc.status.OK);
    expect((await unary(greedy, LOGENTRY_PATH, seedRequest())).code).toBe(grpc.status.OK);
    s2.call.end();
    expect((await s2.result).code).toBe(grpc.status.OK);

    const e = await scrape(a.httpPort);
    expect(await counted(a.httpPort, "fair.example")).toBe(5);
    expect(sample(e, LIMITED, { limit: "grpcLimits.maxCallsPerConnection" })).toBe(2);
    expect(sample(e, LIMITED, { limit: "grpcLimits.maxConcurrentCalls" })).toBe(0);
    expect(sample(e, "gatewaymetric_grpc_calls_total", { method: V3_PATH, code: "RESOURCE_EXHAUSTED" })).toBe(1);
    expect(sample(e, "gatewaymetric_grpc_calls_total", { method: LOGENTRY_PATH, code: "RESOURCE_EXHAUSTED" })).toBe(1);
  } finally {
    greedy.close();
    other.close();
    await a.shutdown();
  }
});

test("an idle ALS stream is ended with OK after streamIdleSeconds; a busy one stays open", async () => {
  const a = await startTestAdapter({ grpcLimits: { ...defaults().grpcLimits, streamIdleSeconds: 0.6 } });
  const c = newClient(a.grpcPort, true);
  try {
    const idle = openStream(c, V3_PATH);
    const busy = openStream(c, V3_PATH);
    idle.call.write(hostBatch(4, "idle.example", true));
    busy.call.write(hostBatch(1, "busy.example", true));
    const started = Date.now();
    let idleEnded = 0;
    void idle.result.then(() => (idleEnded = Date.now()));
    // The busy stream sends every 150 ms for 2 s, well past the idle limit.
    while (Date.now() - started < 2_000) {
      await Bun.sleep(150);
      busy.call.write(hostBatch(1, "busy.example", false));
    }
    const r = await idle.result;
    expect(r.code).toBe(grpc.status.OK);
    expect(idleEnded - started).toBeGreaterThanOrEqual(500);
    let e = await scrape(a.httpPort);
    expect(sample(e, "gatewaymetric_streams_active", { source: "als" })).toBe(1);
    expect(sample(e, LIMITED, { limit: "grpcLimits.streamIdleSeconds" })).toBe(1);
    expect(await counted(a.httpPort, "idle.example")).toBe(4);

    busy.call.end();
    expect((await busy.result).code).toBe(grpc.status.OK);
    e = await scrape(a.httpPort);
    expect(sample(e, "gatewaymetric_streams_active", { source: "als" })).toBe(0);
    expect(sample(e, LIMITED, { limit: "grpcLimits.streamIdleSeconds" })).toBe(1);
    expect(await counted(a.httpPort, "busy.example")).toBeGreaterThan(10);

    // The sender reopens a stream when it has entries again.
    const again = openStream(c, V3_PATH);
    again.call.write(hostBatch(2, "idle.example", true));
    again.call.end();
    expect((await again.result).code).toBe(grpc.status.OK);
    expect(await counted(a.httpPort, "idle.example")).toBe(6);
  } finally {
    c.close();
    await a.shutdown();
  }
});
