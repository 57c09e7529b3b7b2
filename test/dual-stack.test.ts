// The default listen addresses serve IPv4 and IPv6 clients alike (an IPv6-only or dual-stack cluster
// reaches the pod over IPv6, kubelet and IPv4 clusters over IPv4): the adapter started on the default
// hosts takes gRPC calls and scrapes through 127.0.0.1 and through ::1.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createServer } from "node:net";
import * as grpc from "@grpc/grpc-js";
import { defaults, parseAddress } from "../src/config/config.ts";
import { LOGENTRY_PATH } from "../src/ingest/mixer-logentry.ts";
import type { Adapter } from "../src/server/adapter.ts";
import { parseExposition, total } from "./helpers/exposition.ts";
import { unary } from "./helpers/grpc-client.ts";
import { seedRequest, SEED_LATENCIES_MS } from "./helpers/mixer-fixtures.ts";
import { startTestAdapter } from "./helpers/adapter.ts";

/** Whether this machine has an IPv6 loopback to listen on. */
async function hasIpv6Loopback(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(false));
    s.listen(0, "::1", () => s.close(() => resolve(true)));
  });
}

const ipv6 = await hasIpv6Loopback();
if (!ipv6) console.warn("SKIPPED dual-stack listening test: this machine has no IPv6 loopback (::1)");

/** The default address with the port swapped for 0, so the OS picks a free one. */
const anyPort = (addr: string) => {
  const { host } = parseAddress(addr)!;
  return `${host.includes(":") ? `[${host}]` : host}:0`;
};

describe.skipIf(!ipv6)("the default listen addresses", () => {
  let a: Adapter;
  beforeAll(async () => {
    a = await startTestAdapter({ grpcAddr: anyPort(defaults().grpcAddr), httpAddr: anyPort(defaults().httpAddr) });
  });
  afterAll(() => a?.shutdown());

  test("are the IPv6 wildcard, which also takes IPv4", () => {
    expect(parseAddress(defaults().grpcAddr)!.host).toBe("::");
    expect(parseAddress(defaults().httpAddr)!.host).toBe("::");
  });

  test("take gRPC calls from 127.0.0.1 and from ::1, and serve /metrics to both", async () => {
    const perCall = SEED_LATENCIES_MS.length;
    for (const [i, target] of [`127.0.0.1:${a.grpcPort}`, `[::1]:${a.grpcPort}`].entries()) {
      const client = new grpc.Client(target, grpc.credentials.createInsecure());
      try {
        expect([target, (await unary(client, LOGENTRY_PATH, seedRequest())).code]).toEqual([target, grpc.status.OK]);
      } finally {
        client.close();
      }
      for (const host of ["127.0.0.1", "[::1]"]) {
        const r = await fetch(`http://${host}:${a.httpPort}/metrics`);
        expect([host, r.status]).toEqual([host, 200]);
        expect([host, total(parseExposition(await r.text()), "gateway_requests_total")]).toEqual([host, (i + 1) * perCall]);
      }
    }
  });
});
