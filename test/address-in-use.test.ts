// Two processes on one address: the second must fail to start with a clear "address in use" error
// and a non-zero exit, never share the port (scrapes would alternate between two sets of counters).
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { Child } from "./helpers/child.ts";
import { freePort } from "./helpers/ports.ts";

setDefaultTimeout(60_000);

describe("a second gatewaymetric on a taken address", () => {
  let first: Child;
  let grpcPort = 0;
  let httpPort = 0;
  beforeAll(async () => {
    first = new Child(["--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0"]);
    const started = await first.waitFor("gatewaymetric started");
    grpcPort = started.grpc_port as number;
    httpPort = started.http_port as number;
  });
  afterAll(async () => {
    first.proc.kill("SIGTERM");
    await first.proc.exited;
  });

  async function second(args: string[]): Promise<{ code: number; error: string }> {
    const c = new Child(args);
    const code = await c.proc.exited;
    const line = await c.waitFor("cannot start");
    return { code, error: String(line.error) };
  }

  test("the same --http-addr: exit 1, 'address in use' naming the HTTP address", async () => {
    const r = await second(["--grpc-addr", `127.0.0.1:${await freePort()}`, "--http-addr", `127.0.0.1:${httpPort}`]);
    expect(r.code).toBe(1);
    expect(r.error).toStartWith(`cannot listen for HTTP on 127.0.0.1:${httpPort}: address in use`);
  });

  test("the same --grpc-addr: exit 1, 'address in use' naming the gRPC address", async () => {
    const r = await second(["--grpc-addr", `127.0.0.1:${grpcPort}`, "--http-addr", `127.0.0.1:${await freePort()}`]);
    expect(r.code).toBe(1);
    expect(r.error).toStartWith(`cannot listen for gRPC on 127.0.0.1:${grpcPort}: address in use`);
  });

  test("the first process still answers every scrape alone", async () => {
    const res = await fetch(`http://127.0.0.1:${httpPort}/readyz`);
    expect(res.status).toBe(200);
    expect(first.proc.exitCode).toBeNull();
  });
});
