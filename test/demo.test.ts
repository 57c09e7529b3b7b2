// `npm run demo` must show a newcomer real traffic from all three senders.
import { expect, test } from "bun:test";
import { join } from "node:path";
import { parseExposition, promtoolCheck, promtoolPath, sample, total } from "./helpers/exposition.ts";

test("the demo feeds the adapter through Mixer, ALS and OTLP and prints where to look", async () => {
  const script = join(import.meta.dir, "..", "scripts", "demo.ts");
  const proc = Bun.spawn([process.execPath, script, "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0"], { stdout: "pipe", env: { ...process.env, DEMO_SECONDS: "20" } });
  const reader = proc.stdout.getReader();
  let out = "";
  while (!out.includes("Ctrl-C")) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`demo exited early: ${out}`);
    out += new TextDecoder().decode(value);
  }
  const url = /serves (http:\/\/\S+\/metrics)/.exec(out)![1];
  expect(out).toContain("curl -s " + url);
  let e = parseExposition(await (await fetch(url)).text());
  for (let i = 0; i < 100; i++) {
    const ok = ["mixer", "als", "otlp"].every((source) => sample(e, "gatewaymetric_entries_total", { source, outcome: "accepted" }) >= 20);
    if (ok) break;
    await Bun.sleep(50);
    e = parseExposition(await (await fetch(url)).text());
  }
  for (const source of ["mixer", "als", "otlp"]) {
    expect(sample(e, "gatewaymetric_entries_total", { source, outcome: "accepted" })).toBeGreaterThanOrEqual(20);
    expect(total(e, "gatewaymetric_entries_total", { source, outcome: "rejected" })).toBe(0);
  }
  const hosts = new Set(e.samples.filter((s) => s.name === "gateway_requests_total").map((s) => s.labels.host));
  expect([...hosts].sort()).toEqual(["api.example.com", "auth.example.com", "shop.example.com"]);
  if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
  // The status page it names shows the same traffic.
  const page = /Status page: (http:\/\/\S+\/)\n/.exec(out)![1];
  const status = (await (await fetch(`${page}api/status`)).json()) as { routes: { rows: { host: string }[] } };
  expect(new Set(status.routes.rows.map((r) => r.host))).toEqual(hosts);
  proc.kill("SIGINT");
  expect(await proc.exited).toBe(0);
  reader.releaseLock();
});
