// maxConnectionAgeSeconds: the server sends GOAWAY once a connection is that old, so a sender's next
// call (or a long-lived stream's replacement) opens a new connection, which the Service may route to
// another replica. Observed from a real grpc-js client: its channel drops from READY to IDLE.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { LOGENTRY_PATH } from "../src/ingest/mixer-logentry.ts";
import type { Adapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { sample, scrape } from "./helpers/exposition.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { seedRequest } from "./helpers/mixer-fixtures.ts";

const SEED = { host: "192.168.101.6:31380", route: "/productpage", method: "GET", code: "200" };

describe("maxConnectionAgeSeconds", () => {
  let aged: Adapter;
  let unlimited: Adapter;
  beforeAll(async () => {
    aged = await startTestAdapter({ maxConnectionAgeSeconds: 0.5, shutdownGraceSeconds: 1 });
    unlimited = await startTestAdapter();
  });
  afterAll(async () => {
    await aged.shutdown();
    await unlimited.shutdown();
  });

  test("sends GOAWAY after the age; the client reconnects and nothing is lost", async () => {
    const agedClient = newClient(aged.grpcPort);
    const plainClient = newClient(unlimited.grpcPort);
    try {
      expect((await unary(agedClient, LOGENTRY_PATH, seedRequest())).code).toBe(grpc.status.OK);
      expect((await unary(plainClient, LOGENTRY_PATH, seedRequest())).code).toBe(grpc.status.OK);
      const agedChannel = agedClient.getChannel();
      const plainChannel = plainClient.getChannel();
      expect(agedChannel.getConnectivityState(false)).toBe(grpc.connectivityState.READY);
      // 0.5 s ± 10% jitter; allow a loaded machine plenty more.
      const end = Date.now() + 5_000;
      while (agedChannel.getConnectivityState(false) === grpc.connectivityState.READY && Date.now() < end) await Bun.sleep(50);
      expect(agedChannel.getConnectivityState(false)).not.toBe(grpc.connectivityState.READY);
      // Without the option the same wait leaves the connection alone.
      expect(plainChannel.getConnectivityState(false)).toBe(grpc.connectivityState.READY);

      expect((await unary(agedClient, LOGENTRY_PATH, seedRequest())).code).toBe(grpc.status.OK);
      expect(sample(await scrape(aged.httpPort), "gateway_requests_total", SEED)).toBe(8);
    } finally {
      agedClient.close();
      plainClient.close();
    }
  });
});
