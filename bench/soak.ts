// Soak: a bounded run at a steady high rate through every sender, scraping every 5 s. Prints RSS over
// time, entries sent versus counted, and rejects. Usage:
//   bun bench/soak.ts [--seconds 600] [--warmup 60] [--concurrency 4]
// The adapter runs as its own process (bun src/main.ts); this process is the load and the scraper.
import * as grpc from "@grpc/grpc-js";
import Long from "long";
import { join } from "node:path";
import { envoy, logentry, opentelemetry } from "../src/generated/codecs.js";

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}
const SECONDS = arg("seconds", 600);
const WARMUP = Math.min(arg("warmup", 60), SECONDS / 2);
const CONCURRENCY = arg("concurrency", 4);
const BATCH = 100;

// A fixed population of 300 requests shapes (30 hosts × 10 routes): the series set stops growing
// after the first seconds, so any later RSS growth is a leak, not new series.
const hosts = Array.from({ length: 30 }, (_, i) => `h${i}.soak.example`);
const paths = Array.from({ length: 10 }, (_, i) => `/api/v${i % 3}/items/${i * 7919}?q=${i}`);
const pick = (i: number) => ({ host: hosts[i % hosts.length], path: paths[(i * 7) % paths.length], code: [200, 200, 200, 404, 503][i % 5], ms: 1 + (i % 97) });

function mixerPayload(seed: number): Buffer {
  const str = (s: string) => ({ string_value: s });
  const int = (n: number) => ({ int64_value: Long.fromNumber(n) });
  return Buffer.from(logentry.HandleLogEntryRequest.encode({
    instances: Array.from({ length: BATCH }, (_, j) => {
      const q = pick(seed + j);
      return { name: "i1metric.instance.istio-system", variables: { host: str(q.host), url: str(q.path), method: str("GET"), responseCode: int(q.code), latency: str(`${q.ms}ms`), responseBodySize: int(1000 + j) } };
    }),
  }).finish());
}

function dur(ms: number) {
  return { seconds: Long.fromNumber(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1e6 };
}

function alsPayload(seed: number, first: boolean): Buffer {
  return Buffer.from(envoy.service.accesslog.v3.StreamAccessLogsMessage.encode({
    identifier: first ? { node: { cluster: "istio-ingressgateway.istio-system" }, log_name: "soak" } : null,
    http_logs: {
      log_entry: Array.from({ length: BATCH }, (_, j) => {
        const q = pick(seed + j);
        return {
          common_properties: { duration: dur(q.ms), time_to_last_upstream_tx_byte: dur(0), time_to_first_upstream_rx_byte: dur(q.ms) },
          request: { request_method: 1, authority: q.host, path: q.path, request_body_bytes: 300 },
          response: { response_code: { value: q.code }, response_body_bytes: 1000 + j },
        };
      }),
    },
  }).finish());
}

function otlpPayload(seed: number): Buffer {
  const sv = (s: string) => ({ string_value: s });
  return Buffer.from(opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.encode({
    resource_logs: [{
      resource: { attributes: [{ key: "cluster_name", value: sv("istio-ingressgateway.istio-system") }] },
      scope_logs: [{
        log_records: Array.from({ length: BATCH }, (_, j) => {
          const q = pick(seed + j);
          const a = { method: "GET", path: q.path, authority: q.host, response_code: String(q.code), duration: String(q.ms), bytes_received: "0", bytes_sent: String(1000 + j) };
          return { attributes: Object.entries(a).map(([key, v]) => ({ key, value: sv(v) })) };
        }),
      }],
    }],
  }).finish());
}

const identity = (b: Buffer) => b;

async function run() {
  // Start the adapter at info so its start line names the ports.
  const mainTs = join(import.meta.dir, "..", "src", "main.ts");
  const proc = Bun.spawn([process.execPath, mainTs, "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0"], { stderr: "pipe" });
  const reader = proc.stderr.getReader();
  let buf = "";
  let ports: { grpc_port: number; http_port: number } | undefined;
  while (!ports) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`adapter exited: ${buf}`);
    buf += new TextDecoder().decode(value);
    for (const l of buf.split("\n")) if (l.includes('"gatewaymetric started"')) ports = JSON.parse(l);
  }
  void reader.read().then(function drain(r): unknown { return r.done ? null : reader.read().then(drain); });
  const metricsUrl = `http://127.0.0.1:${ports.http_port}/metrics`;
  const scrapeValues = async () => {
    const text = await (await fetch(metricsUrl)).text();
    const get = (re: RegExp) => text.split("\n").filter((l) => re.test(l)).reduce((a, l) => a + Number(l.slice(l.lastIndexOf(" ") + 1)), 0);
    return {
      rss: get(/^process_resident_memory_bytes /),
      accepted: get(/^gatewaymetric_entries_total\{.*outcome="accepted"/),
      rejected: get(/^gatewaymetric_entries_total\{.*outcome="rejected"/),
      series: text.split("\n").filter((l) => l.startsWith("gateway_requests_total{")).length,
      bytes: text.length,
    };
  };

  const payloads = { mixer: [0, 1, 2, 3].map((i) => mixerPayload(i * 13)), als: [0, 1, 2, 3].map((i) => alsPayload(i * 13, false)), otlp: [0, 1, 2, 3].map((i) => otlpPayload(i * 13)) };
  const firstAls = alsPayload(0, true);
  const sent = { mixer: 0, als: 0, otlp: 0 };
  const failed = { mixer: 0, als: 0, otlp: 0 };
  const client = new grpc.Client(`127.0.0.1:${ports.grpc_port}`, grpc.credentials.createInsecure());
  const end = Date.now() + SECONDS * 1000;
  let stop = false;

  const unaryLoop = async (kind: "mixer" | "otlp", path: string) => {
    for (let i = 0; !stop; i++) {
      const body = payloads[kind][i % 4];
      const ok = await new Promise<boolean>((r) => client.makeUnaryRequest(path, identity, identity, body, (err) => r(!err)));
      if (ok) sent[kind] += BATCH;
      else failed[kind] += BATCH;
    }
  };
  const alsLoop = async () => {
    while (!stop) {
      // Streams of 200 messages, then a new one, as Envoy reconnects.
      let delivered = 0;
      const done = new Promise<boolean>((r) => {
        const call = client.makeClientStreamRequest("/envoy.service.accesslog.v3.AccessLogService/StreamAccessLogs", identity, identity, (err) => r(!err));
        const write = async () => {
          call.write(firstAls);
          delivered += BATCH;
          for (let i = 0; i < 199 && !stop; i++) {
            if (!call.write(payloads.als[i % 4])) await new Promise((res) => call.once("drain", res));
            delivered += BATCH;
          }
          call.end();
        };
        void write();
      });
      if (await done) sent.als += delivered;
      else failed.als += delivered;
    }
  };

  const loops: Promise<void>[] = [];
  for (let c = 0; c < CONCURRENCY; c++) loops.push(unaryLoop("mixer", "/logentry.HandleLogEntryService/HandleLogEntry"), unaryLoop("otlp", "/opentelemetry.proto.collector.logs.v1.LogsService/Export"), alsLoop());

  const t0 = Date.now();
  const start = await scrapeValues();
  let warm: typeof start | null = null;
  let last = start;
  console.log(`soak: ${SECONDS}s, warm-up ${WARMUP}s, ${CONCURRENCY}× (Mixer unary, OTLP unary, ALS stream) of ${BATCH}-entry messages; scrape every 5 s`);
  console.log("  t(s)   RSS(MiB)  counted/s   series  scrape(KiB)");
  let prevAccepted = start.accepted, prevT = t0;
  while (Date.now() < end) {
    await Bun.sleep(Math.min(5000, end - Date.now()));
    last = await scrapeValues();
    const now = Date.now();
    const rate = ((last.accepted - prevAccepted) * 1000) / (now - prevT);
    prevAccepted = last.accepted;
    prevT = now;
    if (!warm && now - t0 >= WARMUP * 1000) warm = last;
    console.log(`${String(Math.round((now - t0) / 1000)).padStart(6)} ${(last.rss / 2 ** 20).toFixed(1).padStart(10)} ${Math.round(rate).toString().padStart(10)} ${String(last.series).padStart(8)} ${(last.bytes / 1024).toFixed(0).padStart(12)}`);
  }
  stop = true;
  await Promise.all(loops);
  client.close();
  await Bun.sleep(200);
  const fin = await scrapeValues();
  const totalSent = sent.mixer + sent.als + sent.otlp;
  const counted = fin.accepted - start.accepted;
  warm ??= start;
  const growth = (fin.rss - warm.rss) / warm.rss;
  console.log("");
  console.log(`RSS: start ${(start.rss / 2 ** 20).toFixed(1)} MiB, after warm-up ${(warm.rss / 2 ** 20).toFixed(1)} MiB, end ${(fin.rss / 2 ** 20).toFixed(1)} MiB (${(growth * 100).toFixed(1)}% after warm-up)`);
  console.log(`sent ${totalSent} entries acknowledged (mixer ${sent.mixer}, als ${sent.als}, otlp ${sent.otlp}); failed calls carried ${failed.mixer + failed.als + failed.otlp}`);
  console.log(`counted ${counted} accepted, ${fin.rejected - start.rejected} rejected; mean ${Math.round((counted * 1000) / (Date.now() - t0))} entries/s`);
  console.log(counted === totalSent && fin.rejected === start.rejected ? "OK: counted equals sent" : "MISMATCH: counted differs from sent");
  proc.kill("SIGTERM");
  await proc.exited;
  process.exit(counted === totalSent ? 0 : 1);
}

await run();
