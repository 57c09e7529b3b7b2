// One real adapter and one gRPC client per describe block: started before its tests, stopped after.
import { afterAll, beforeAll } from "bun:test";
import type * as grpc from "@grpc/grpc-js";
import type { Adapter } from "../../src/server/adapter.ts";
import { type Overrides, startTestAdapter } from "./adapter.ts";
import { newClient } from "./grpc-client.ts";

export interface Suite {
  a: Adapter;
  client: grpc.Client;
}

/** Call inside describe(); the fields are set once beforeAll has run. */
export function useAdapter(overrides: Overrides = {}): Suite {
  const s = {} as Suite;
  beforeAll(async () => {
    s.a = await startTestAdapter(overrides);
    s.client = newClient(s.a.grpcPort);
  });
  afterAll(async () => {
    s.client.close();
    await s.a.shutdown();
  });
  return s;
}
