// TLS, mutual TLS and token checks on the gRPC port; TLS and auth on /metrics.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaults } from "../src/config/config.ts";
import { grpc as healthPb } from "../src/generated/codecs.js";
import type { Adapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { type Certs, makeCerts } from "./helpers/certs.ts";
import { parseExposition, sample, scrape } from "./helpers/exposition.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { seedRequest } from "./helpers/mixer-fixtures.ts";

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
const d = defaults();
let certs: Certs;
beforeAll(() => {
  certs = makeCerts();
});

function tlsClient(port: number, withClientCert: boolean): grpc.Client {
  const creds = withClientCert
    ? grpc.credentials.createSsl(certs.read(certs.ca), certs.read(certs.clientKey), certs.read(certs.clientCert))
    : grpc.credentials.createSsl(certs.read(certs.ca));
  return new grpc.Client(`localhost:${port}`, creds);
}

async function until<T>(f: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await f();
    if (ok(v)) return v;
    await Bun.sleep(100);
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe("gRPC TLS", () => {
  let a: Adapter;
  beforeAll(async () => {
    a = await startTestAdapter({ grpcTls: { certFile: certs.serverCert, keyFile: certs.serverKey, clientCaFile: "" } });
  });
  afterAll(() => a.shutdown());

  test("a TLS client is served; a plaintext client is not", async () => {
    const c = tlsClient(a.grpcPort, false);
    expect((await unary(c, PATH, seedRequest())).code).toBe(grpc.status.OK);
    c.close();
    const plain = newClient(a.grpcPort);
    expect((await unary(plain, PATH, seedRequest())).code).toBe(grpc.status.UNAVAILABLE);
    plain.close();
    expect(sample(await scrape(a.httpPort), "gateway_requests_total")).toBe(4);
  });
});

describe("gRPC mutual TLS", () => {
  let a: Adapter;
  beforeAll(async () => {
    a = await startTestAdapter({ grpcTls: { certFile: certs.serverCert, keyFile: certs.serverKey, clientCaFile: certs.ca } });
  });
  afterAll(() => a.shutdown());

  test("only clients with a certificate from the CA get through", async () => {
    const anon = tlsClient(a.grpcPort, false);
    expect((await unary(anon, PATH, seedRequest())).code).toBe(grpc.status.UNAVAILABLE);
    anon.close();
    const mixer = tlsClient(a.grpcPort, true);
    expect((await unary(mixer, PATH, seedRequest())).code).toBe(grpc.status.OK);
    mixer.close();
  });
});

describe("gRPC bearer token", () => {
  let a: Adapter;
  let tokenFile: string;
  beforeAll(async () => {
    tokenFile = join(certs.dir, "grpc-token");
    writeFileSync(tokenFile, "s3cret\n");
    a = await startTestAdapter({ grpcAuth: { tokenFile }, secretRefreshSeconds: 1 });
  });
  afterAll(() => a.shutdown());

  const withAuth = (v: string) => {
    const m = new grpc.Metadata();
    m.set("authorization", v);
    return m;
  };

  test("calls without the token are UNAUTHENTICATED and counted; Bearer and plain tokens pass", async () => {
    const c = newClient(a.grpcPort);
    expect((await unary(c, PATH, seedRequest())).code).toBe(grpc.status.UNAUTHENTICATED);
    expect((await unary(c, PATH, seedRequest(), withAuth("Bearer wrong"))).code).toBe(grpc.status.UNAUTHENTICATED);
    expect((await unary(c, PATH, seedRequest(), withAuth("Bearer s3cret"))).code).toBe(grpc.status.OK);
    expect((await unary(c, PATH, seedRequest(), withAuth("s3cret"))).code).toBe(grpc.status.OK);
    // Health checks stay open for probes and load balancers.
    const H = healthPb.health.v1.HealthCheckRequest.encode({}).finish();
    expect((await unary(c, "/grpc.health.v1.Health/Check", H)).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    expect(sample(e, "gateway_requests_total")).toBe(8);
    expect(sample(e, "gatewaymetric_grpc_calls_total", { method: PATH, code: "UNAUTHENTICATED" })).toBe(2);
    expect(sample(e, "gatewaymetric_grpc_calls_total", { method: PATH, code: "OK" })).toBe(2);
    c.close();
  });

  test("a rotated token file takes effect without a restart", async () => {
    const c = newClient(a.grpcPort);
    writeFileSync(tokenFile, "rotated\n");
    await until(() => unary(c, PATH, seedRequest(), withAuth("Bearer rotated")), (r) => r.code === grpc.status.OK, "the new token");
    expect((await unary(c, PATH, seedRequest(), withAuth("Bearer s3cret"))).code).toBe(grpc.status.UNAUTHENTICATED);
    c.close();
  });
});

describe("HTTP auth and TLS", () => {
  test("bearer and basic auth guard /metrics, not the probes; /debug is off by default", async () => {
    const bearerFile = join(certs.dir, "http-token");
    const passFile = join(certs.dir, "http-pass");
    writeFileSync(bearerFile, "scrape-token\n");
    writeFileSync(passFile, "pw\n");
    const a = await startTestAdapter({ httpAuth: { bearerTokenFile: bearerFile, basicUser: "prom", basicPasswordFile: passFile } });
    const url = (p: string) => `http://127.0.0.1:${a.httpPort}${p}`;
    const none = await fetch(url("/metrics"));
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Basic");
    expect((await fetch(url("/metrics"), { headers: { authorization: "Bearer nope" } })).status).toBe(401);
    expect((await fetch(url("/metrics"), { headers: { authorization: "Bearer scrape-token" } })).status).toBe(200);
    expect((await fetch(url("/metrics"), { headers: { authorization: "Basic " + btoa("prom:pw") } })).status).toBe(200);
    expect((await fetch(url("/metrics"), { headers: { authorization: "Basic " + btoa("prom:bad") } })).status).toBe(401);
    expect((await fetch(url("/healthz"))).status).toBe(200);
    expect((await fetch(url("/readyz"))).status).toBe(200);
    expect((await fetch(url("/debug/routes"), { headers: { authorization: "Bearer scrape-token" } })).status).toBe(404);
    await a.shutdown();
  });

  test("/metrics over HTTPS", async () => {
    const a = await startTestAdapter({ httpTls: { certFile: certs.serverCert, keyFile: certs.serverKey } });
    const res = await fetch(`https://localhost:${a.httpPort}/metrics`, { tls: { ca: certs.read(certs.ca).toString() } });
    expect(res.status).toBe(200);
    expect(parseExposition(await res.text()).types.get("gateway_requests_total")).toBe("counter");
    await a.shutdown();
  });
});

test("defaults keep everything in plaintext and open, as the original adapter was", () => {
  expect(d.grpcTls.certFile).toBe("");
  expect(d.grpcAuth.tokenFile).toBe("");
  expect(d.httpAuth.bearerTokenFile).toBe("");
  expect(d.debugEndpoints).toBe(false);
});
