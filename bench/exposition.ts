// Exposition and hot-path figures for the metric model. Prints timings; asserts nothing.
//   npx bun bench/exposition.ts
// For each size: one-go render time of each format, the snapshot a sliced render takes (in one
// slice), the sliced render's total time and the longest event-loop stall while it runs (measured by
// a 1 ms timer), and gzip (off the event loop). Then the ingest hot path in entries/s.
import { defaults } from "../src/config/config.ts";
import { recordAccess } from "../src/core/gateway-metrics.ts";
import { newPipeline, type Pipeline } from "../src/core/pipeline.ts";
import { newRecord } from "../src/core/record.ts";
import { type Format, render, renderChunks, takeSnapshot } from "../src/expose/render.ts";
import { gzipChunks } from "../src/expose/scrape.ts";
import { modelOptions } from "../src/server/adapter.ts";
import { newRegistry, type Registry } from "../src/store/registry.ts";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(f: () => unknown, runs: number): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    t.push(performance.now() - t0);
  }
  return median(t);
}

function build(series: number, allFamilies: boolean): { reg: Registry; p: Pipeline } {
  const reg = newRegistry();
  const c = defaults();
  c.maxSeries = series + 10;
  c.limits = { ...c.limits, hosts: 10_000, routes: 100_000 };
  if (!allFamilies) c.metrics = { requestSize: { enabled: false }, responseSize: { enabled: false }, upstreamDuration: { enabled: false } };
  const p = newPipeline(reg, modelOptions(c), ["mixer"]);
  const r = newRecord();
  for (let i = 0; i < series; i++) {
    r.host = `host-${i % 100}.example.com`;
    r.path = `/api/v1/resource-${Math.floor(i / 100)}/items`;
    r.method = "GET";
    r.code = 200;
    r.durationSeconds = (i % 1000) / 1000;
    r.requestBytes = i % 5000;
    r.responseBytes = i % 70000;
    r.upstreamSeconds = (i % 900) / 1000;
    r.traceId = i % 3 === 0 ? "4bf92f3577b34da6a3ce929d0e0e4736" : "";
    recordAccess(p.metrics, r);
  }
  return { reg, p };
}

async function sliced(reg: Registry, format: Format): Promise<{ total: number; stall: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 1);
  await Bun.sleep(5);
  stall = 0;
  last = performance.now();
  const t0 = performance.now();
  await renderChunks(reg, format);
  const total = performance.now() - t0;
  await Bun.sleep(3);
  clearInterval(timer);
  return { total, stall };
}

const mb = (n: number) => (n / 1e6).toFixed(1);

console.log("size | format | bytes | one-go render | snapshot | sliced total | longest stall | gzip (off-loop) → bytes");
for (const [series, all] of [[1_000, true], [10_000, true], [20_000, true], [100_000, false]] as const) {
  const { reg } = build(series, all);
  Bun.gc(true);
  const runs = series >= 100_000 ? 3 : 7;
  for (const format of ["text", "openmetrics"] as const) {
    const bytes = render(reg, format).length;
    const oneGo = await time(() => render(reg, format), runs);
    const snap = await time(() => takeSnapshot(reg, Infinity, Infinity), runs);
    const s = await sliced(reg, format);
    const chunks = await renderChunks(reg, format);
    const g0 = performance.now();
    const gz = await gzipChunks(chunks);
    const gzMs = performance.now() - g0;
    const gzBytes = gz.reduce((n, c) => n + c.length, 0);
    const label = `${series} series${all ? " (all families)" : " (requests + duration)"}`;
    console.log(`${label} | ${format} | ${mb(bytes)} MB | ${oneGo.toFixed(1)} ms | ${snap.toFixed(1)} ms | ${s.total.toFixed(1)} ms | ${s.stall.toFixed(1)} ms | ${gzMs.toFixed(0)} ms → ${mb(gzBytes)} MB`);
  }
}

// Hot path: records for existing series (the steady state), with and without trace ids.
{
  const { p } = build(10_000, true);
  const r = newRecord();
  const N = 2_000_000;
  for (const withTrace of [false, true]) {
    const t0 = performance.now();
    for (let i = 0; i < N; i++) {
      const k = i % 10_000;
      r.host = `host-${k % 100}.example.com`;
      r.path = `/api/v1/resource-${Math.floor(k / 100)}/items`;
      r.method = "GET";
      r.code = 200;
      r.durationSeconds = (i % 1000) / 1000;
      r.requestBytes = 300;
      r.responseBytes = 5000;
      r.upstreamSeconds = 0.01;
      r.traceId = withTrace ? "4bf92f3577b34da6a3ce929d0e0e4736" : "";
      recordAccess(p.metrics, r);
    }
    const s = (performance.now() - t0) / 1000;
    console.log(`hot path, 10k series, 4 histograms + counter${withTrace ? ", with exemplars" : ""}: ${(N / s / 1e6).toFixed(2)} M entries/s (includes building the test strings)`);
  }
}
