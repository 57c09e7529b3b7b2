// Certificate rotation: replacing the certificate and key files (as Kubernetes does with a mounted
// Secret) makes both ports serve the new certificate within secretRefreshSeconds, without a restart
// and without losing what was counted. The served certificate is read from the TLS handshake.
import { afterAll, beforeAll, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { X509Certificate } from "node:crypto";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "node:tls";
import type { Adapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { type Certs, makeCerts } from "./helpers/certs.ts";
import { parseExposition, sample } from "./helpers/exposition.ts";
import { unary } from "./helpers/grpc-client.ts";
import { seedRequest } from "./helpers/mixer-fixtures.ts";
import { until } from "./helpers/ports.ts";

setDefaultTimeout(60_000);

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
let first: Certs;
let second: Certs;
let dir: string;
let a: Adapter;
const cert = () => join(dir, "tls.crt");
const key = () => join(dir, "tls.key");

function install(c: Certs): void {
  copyFileSync(c.serverCert, cert());
  copyFileSync(c.serverKey, key());
}

const fingerprint = (c: Certs) => new X509Certificate(c.read(c.serverCert)).fingerprint256;

/** The fingerprint of the certificate a TLS handshake on `port` presents (ALPN h2 for gRPC). */
function served(port: number, alpn: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: "127.0.0.1", port, servername: "localhost", rejectUnauthorized: false, ALPNProtocols: alpn }, () => {
      resolve(s.getPeerCertificate().fingerprint256);
      s.end();
    });
    s.on("error", reject);
  });
}

/** Polls for the new certificate; a handshake caught by the listener swap is reset, and retried. */
const servedNow = (port: number, alpn: string[]) => served(port, alpn).catch(() => "");

const grpcClient = (c: Certs) => new grpc.Client(`localhost:${a.grpcPort}`, grpc.credentials.createSsl(c.read(c.ca)), { "grpc.use_local_subchannel_pool": 1 });
const scrapeWith = async (c: Certs) => {
  const res = await fetch(`https://localhost:${a.httpPort}/metrics`, { tls: { ca: c.read(c.ca).toString() } });
  expect(res.status).toBe(200);
  return parseExposition(await res.text());
};

beforeAll(async () => {
  first = makeCerts();
  second = makeCerts();
  dir = mkdtempSync(join(tmpdir(), "gm-rotate-"));
  install(first);
  a = await startTestAdapter({
    secretRefreshSeconds: 1,
    grpcTls: { certFile: cert(), keyFile: key(), clientCaFile: "" },
    httpTls: { certFile: cert(), keyFile: key() },
  });
});
afterAll(() => a.shutdown());

test("both ports serve the replaced certificate; counts and self-metrics carry over", async () => {
  expect(fingerprint(first)).not.toBe(fingerprint(second));
  expect(await served(a.httpPort, ["http/1.1"])).toBe(fingerprint(first));
  expect(await served(a.grpcPort, ["h2"])).toBe(fingerprint(first));
  const before = grpcClient(first);
  expect((await unary(before, PATH, seedRequest())).code).toBe(grpc.status.OK);
  before.close();
  const scraped = await scrapeWith(first);
  expect(sample(scraped, "gatewaymetric_scrapes_total", { format: "text" })).toBe(1);

  install(second);
  await until(async () => (await servedNow(a.httpPort, ["http/1.1"])) === fingerprint(second), "the new certificate on the HTTP port", 15_000);
  await until(async () => (await servedNow(a.grpcPort, ["h2"])) === fingerprint(second), "the new certificate on the gRPC port", 15_000);

  // Clients that trust only the new CA are served on both ports; nothing counted was lost, and the
  // scraper's own counters continue (one scraper, handed to the new listener).
  const after = grpcClient(second);
  expect((await unary(after, PATH, seedRequest())).code).toBe(grpc.status.OK);
  after.close();
  const e = await scrapeWith(second);
  expect(sample(e, "gateway_requests_total", { host: "192.168.101.6:31380", route: "/productpage", method: "GET", code: "200" })).toBe(8);
  expect(sample(e, "gatewaymetric_scrapes_total", { format: "text" })).toBe(2);
  expect(e.types.get("gatewaymetric_scrapes_total")).toBe("counter");
});
