// Two replicas share nothing; a real Prometheus scrapes both and sum() over them is what was sent.
// Each replica is a separate `bun src/main.ts` process, as in a Deployment; Prometheus is Debian's.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import type { Subprocess } from "bun";
import { LOGENTRY_PATH } from "../src/ingest/mixer-logentry.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { dur, int, logEntryRequest, seedRequest, str } from "./helpers/mixer-fixtures.ts";
import { freePort, waitForOk } from "./helpers/ports.ts";

const ROOT = join(import.meta.dir, "..");
const prometheusBin = (() => {
  const r = spawnSync("sh", ["-c", "command -v prometheus"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
})();
if (!prometheusBin) console.warn("SKIPPED scale-out test: prometheus not installed (apt-get install prometheus)");

interface Replica {
  proc: Subprocess<"ignore", "ignore", "pipe">;
  grpcPort: number;
  httpPort: number;
}

/** Environment without GATEWAYMETRIC_* settings, so each replica runs on its flags alone. */
function cleanEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter(([k, v]) => !k.startsWith("GATEWAYMETRIC_") && v !== undefined)) as Record<string, string>;
}

async function startReplica(): Promise<Replica> {
  const [grpcPort, httpPort] = [await freePort(), await freePort()];
  const proc = Bun.spawn(
    [process.execPath, "src/main.ts", "--grpc-addr", `127.0.0.1:${grpcPort}`, "--http-addr", `127.0.0.1:${httpPort}`,
      "--max-connection-age-seconds", "300", "--shutdown-grace-seconds", "1"],
    { cwd: ROOT, env: cleanEnv(), stdin: "ignore", stdout: "ignore", stderr: "pipe" },
  );
  if (!(await waitForOk(`http://127.0.0.1:${httpPort}/readyz`, 20_000))) {
    proc.kill();
    throw new Error(`replica did not become ready: ${await new Response(proc.stderr).text()}`);
  }
  return { proc, grpcPort, httpPort };
}

async function stop(proc: Subprocess): Promise<void> {
  proc.kill("SIGTERM");
  const exited = await Promise.race([proc.exited.then(() => true), Bun.sleep(10_000).then(() => false)]);
  if (!exited) proc.kill("SIGKILL");
}

describe.skipIf(!prometheusBin)("two replicas behind one Prometheus", () => {
  const replicas: Replica[] = [];
  let prometheus: Subprocess<"ignore", "ignore", "pipe"> | null = null;
  let promPort = 0;
  let dir = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "gatewaymetric-prometheus-"));
    replicas.push(await startReplica(), await startReplica());
    promPort = await freePort();
    const targets = replicas.map((r) => `127.0.0.1:${r.httpPort}`);
    writeFileSync(
      join(dir, "prometheus.yml"),
      JSON.stringify({
        global: { scrape_interval: "1s", evaluation_interval: "1s" },
        scrape_configs: [{ job_name: "gatewaymetric", static_configs: [{ targets }] }],
      }),
    );
    prometheus = Bun.spawn(
      [prometheusBin!, `--config.file=${join(dir, "prometheus.yml")}`, `--storage.tsdb.path=${join(dir, "data")}`,
        `--web.listen-address=127.0.0.1:${promPort}`, "--log.level=warn"],
      { stdin: "ignore", stdout: "ignore", stderr: "pipe" },
    );
    if (!(await waitForOk(`http://127.0.0.1:${promPort}/-/ready`, 30_000))) {
      throw new Error(`prometheus did not become ready: ${await new Response(prometheus.stderr).text()}`);
    }
  }, 90_000);

  afterAll(async () => {
    await Promise.all([...replicas.map((r) => stop(r.proc)), ...(prometheus ? [stop(prometheus)] : [])]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Polls an instant query until `check` accepts its result or `ms` pass; returns the last result. */
  async function query(q: string, check: (r: Array<{ metric: Record<string, string>; value: [number, string] }>) => boolean, ms = 30_000) {
    const end = Date.now() + ms;
    let last: Array<{ metric: Record<string, string>; value: [number, string] }> = [];
    while (Date.now() < end) {
      const res = await fetch(`http://127.0.0.1:${promPort}/api/v1/query?query=${encodeURIComponent(q)}`);
      const body = (await res.json()) as { status: string; data: { result: typeof last } };
      if (body.status !== "success") throw new Error(`query ${q}: ${JSON.stringify(body)}`);
      last = body.data.result;
      if (check(last)) return last;
      await Bun.sleep(250);
    }
    return last;
  }

  test("sum(gateway_requests_total) over both replicas equals what was sent, split unevenly", async () => {
    const clients = replicas.map((r) => newClient(r.grpcPort));
    try {
      // Replica 0: 7 seed requests (4 entries each) = 28; replica 1: 5 seed requests = 20, plus 3 entries
      // for another host. Different counts per replica, so a lost or double-counted target shows.
      for (let i = 0; i < 7; i++) expect((await unary(clients[0], LOGENTRY_PATH, seedRequest())).code).toBe(grpc.status.OK);
      for (let i = 0; i < 5; i++) expect((await unary(clients[1], LOGENTRY_PATH, seedRequest())).code).toBe(grpc.status.OK);
      const other = { host: str("api.example.com"), url: str("/v1/items"), method: str("GET"), responseCode: int(503), latency: dur(12) };
      expect((await unary(clients[1], LOGENTRY_PATH, logEntryRequest([other, other, other]))).code).toBe(grpc.status.OK);
    } finally {
      for (const c of clients) c.close();
    }

    const total = await query("sum(gateway_requests_total)", (r) => r.length === 1 && r[0].value[1] === "51");
    expect(total.map((s) => s.value[1])).toEqual(["51"]);

    const up = await query('sum(up{job="gatewaymetric"})', (r) => r[0]?.value[1] === "2");
    expect(up[0].value[1]).toBe("2");
    const perReplica = await query("sum by (instance) (gateway_requests_total)", (r) => r.length === 2);
    const byInstance = Object.fromEntries(perReplica.map((s) => [s.metric.instance, s.value[1]]));
    expect(byInstance).toEqual({ [`127.0.0.1:${replicas[0].httpPort}`]: "28", [`127.0.0.1:${replicas[1].httpPort}`]: "23" });
    const errors = await query('sum(gateway_requests_total{code=~"5.."})', (r) => r[0]?.value[1] === "3");
    expect(errors[0].value[1]).toBe("3");
    // Histogram counts add up the same way.
    const counts = await query("sum(gateway_request_duration_seconds_count)", (r) => r[0]?.value[1] === "51");
    expect(counts[0].value[1]).toBe("51");
  }, 60_000);
});
