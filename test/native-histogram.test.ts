// Native histograms end to end: the bucket math (index and bounds agree at every schema, on the
// edges too), negotiation of Prometheus' protobuf format from the Accept headers Prometheus
// versions send, and a real adapter fed over gRPC whose /metrics protobuf Python decodes and checks
// bucket by bucket (test/python/native_check.py). Text and OpenMetrics stay classic-only.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { gunzipSync } from "node:zlib";
import { negotiateFormat } from "../src/expose/negotiate.ts";
import type { Adapter } from "../src/server/adapter.ts";
import { histogramClear, newHistogram, observe } from "../src/store/histogram.ts";
import { histogramCount } from "./reference/histogram-count.ts";
import { bucketIndex, MAX_SCHEMA, MIN_SCHEMA } from "../src/store/native-histogram.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { newRng } from "./helpers/mixer-gen.ts";
import { dbl, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";
import { nativeCheckerPresent, pythonNativeCheck } from "./helpers/native.ts";
import { bucketUpperBound } from "./reference/native-bounds.ts";

setDefaultTimeout(60_000);

/** Accept headers as Prometheus sends them. */
const ACCEPT = {
  /** 2.40–2.48 with --enable-feature=native-histograms: protobuf first, no q. */
  v242native: "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited,application/openmetrics-text;version=1.0.0;q=0.8,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1",
  /** 2.49+ with native histograms: scrape_protocols weighed. */
  v249native: "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited;q=0.5,application/openmetrics-text;version=1.0.0;q=0.4,application/openmetrics-text;version=0.0.1;q=0.3,text/plain;version=0.0.4;q=0.2,*/*;q=0.1",
  /** 3.x with scrape_native_histograms. */
  v3native: "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited;q=0.6,application/openmetrics-text;version=1.0.0;escaping=allow-utf-8;q=0.5,application/openmetrics-text;version=0.0.1;q=0.4,text/plain;version=1.0.0;escaping=allow-utf-8;q=0.3,text/plain;version=0.0.4;q=0.2,*/*;q=0.1",
  /** 2.49+ without: no protobuf at all. */
  v249: "application/openmetrics-text;version=1.0.0;q=0.5,application/openmetrics-text;version=0.0.1;q=0.4,text/plain;version=0.0.4;q=0.3,*/*;q=0.2",
};

describe("negotiation", () => {
  test("protobuf when Prometheus asks for it first, never through a wildcard", () => {
    expect(negotiateFormat(ACCEPT.v242native)).toBe("protobuf");
    expect(negotiateFormat(ACCEPT.v249native)).toBe("protobuf");
    expect(negotiateFormat(ACCEPT.v3native)).toBe("protobuf");
    expect(negotiateFormat(ACCEPT.v249)).toBe("openmetrics");
    expect(negotiateFormat("*/*")).toBe("text");
    expect(negotiateFormat("application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited;q=0.3,application/openmetrics-text;q=0.5")).toBe("openmetrics");
    // Only the delimited MetricFamily stream is served.
    expect(negotiateFormat("application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=text")).toBe("text");
    expect(negotiateFormat("application/vnd.google.protobuf")).toBe("text");
    expect(negotiateFormat("application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited;q=0")).toBe("text");
  });
});

describe("bucket math", () => {
  test("bucket k holds (bound(k-1), bound(k)]: the bounds themselves, their neighbours, random values, every schema", () => {
    const r = newRng(7);
    for (let s = MIN_SCHEMA; s <= MAX_SCHEMA; s++) {
      for (let k = -300; k <= 300; k++) {
        const b = bucketUpperBound(k, s);
        if (!(b > 0 && b < Infinity)) continue;
        expect(bucketIndex(b, s)).toBe(k);
        // The next float up is in the next bucket.
        const up = new Float64Array([b]);
        new BigUint64Array(up.buffer)[0] += 1n;
        expect(bucketIndex(up[0], s)).toBe(k + 1);
      }
      for (let i = 0; i < 2000; i++) {
        const v = Math.exp((r.next() - 0.5) * 200);
        const k = bucketIndex(v, s);
        expect(v > bucketUpperBound(k - 1, s) && v <= bucketUpperBound(k, s)).toBe(true);
      }
      // The smallest subnormal is 2^-1074; +Inf is one bucket above the largest float.
      expect(bucketIndex(5e-324, s)).toBe(Math.ceil(-1074 * 2 ** s));
      expect(bucketIndex(Infinity, s)).toBe(bucketIndex(Number.MAX_VALUE, s) + 1);
    }
  });

  test("powers of two at schema 0 and below, and bucket widths of schema 3", () => {
    expect(bucketIndex(1, 0)).toBe(0);
    expect(bucketIndex(2, 0)).toBe(1);
    expect(bucketIndex(2.0000000000000004, 0)).toBe(2);
    expect(bucketIndex(16, -2)).toBe(1);
    expect(bucketIndex(17, -2)).toBe(2);
    expect(bucketIndex(1, 3)).toBe(0);
    expect(bucketUpperBound(1, 3) / bucketUpperBound(0, 3)).toBeCloseTo(2 ** (1 / 8), 12);
  });

  test("past maxBuckets the resolution halves; nothing is dropped; a cleared series starts over", () => {
    const h = newHistogram([1], { schema: 3, maxBuckets: 20 });
    const r = newRng(3);
    for (let i = 0; i < 5000; i++) observe(h, 0, Math.exp((r.next() - 0.5) * 40));
    const nh = h.native!;
    expect(nh.n[0]).toBeLessThanOrEqual(20);
    expect(nh.schema[0]).toBeLessThan(3);
    let total = 0;
    for (let p = nh.at[0]; p < nh.at[0] + nh.n[0]; p++) total += nh.counts[p];
    expect(total + nh.zero[0]).toBe(histogramCount(h, 0));
    histogramClear(h, 0);
    expect([nh.n[0], nh.zero[0], nh.schema[0], histogramCount(h, 0)]).toEqual([0, 0, 3, 0]);
    observe(h, 0, 1);
    expect([nh.n[0], nh.keys[nh.at[0]], nh.counts[nh.at[0]]]).toEqual([1, 0, 1]);
  });
});

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
const KEY = "host=native.example,route=/native,method=GET,code=200";

describe("a real adapter's protobuf /metrics", () => {
  let a: Adapter;
  let client: grpc.Client;
  const latencies: number[] = [];
  const sizes: number[] = [];
  beforeAll(async () => {
    a = await startTestAdapter({
      metrics: { responseSize: { native: { schema: -1, maxBuckets: 4 } }, requestSize: { native: { enabled: false } } },
    });
    client = newClient(a.grpcPort);
    // Edges: bucket bounds at schema 3 and just above them, zero, tiny, subnormal, huge; sizes cross powers of two.
    for (let k = -40; k <= 40; k += 3) latencies.push(bucketUpperBound(k, 3), bucketUpperBound(k, 3) * (1 + 2 ** -52));
    latencies.push(0, 1e-300, 5e-324, 2 ** -128, 2 ** -127, 1e300, 0.25, 0.5, 1, 2, 30);
    for (let i = 0; i < latencies.length; i++) sizes.push([0, 1, 2, 3, 4, 1023, 1024, 1025, 2 ** 20, 2 ** 40][i % 10]);
    const entries = latencies.map((latency, i) => ({
      host: str("native.example"), url: str("/native"), method: str("GET"), responseCode: int(200), latency: dbl(latency), responseSize: int(sizes[i]),
      traceId: str(`${(i % 16).toString(16)}${"0".repeat(31)}`),
    }));
    expect((await unary(client, PATH, logEntryRequest(entries))).code).toBe(grpc.status.OK);
  });
  afterAll(async () => {
    client?.close();
    await a?.shutdown();
  });

  test("Prometheus 2.42's native-histogram Accept gets the protobuf content type, gzipped when asked", async () => {
    for (const gzip of [false, true]) {
      const res = await fetch(`http://127.0.0.1:${a.httpPort}/metrics`, { headers: { accept: ACCEPT.v242native, "accept-encoding": gzip ? "gzip" : "identity" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited");
      const body = new Uint8Array(await res.arrayBuffer());
      // fetch inflates gzip itself; the header says which way it came.
      expect(res.headers.get("content-encoding") === "gzip").toBe(gzip);
      expect(body.length).toBeGreaterThan(100);
    }
  });

  test("text and OpenMetrics stay classic: no trace of the native part", async () => {
    const text = await (await fetch(`http://127.0.0.1:${a.httpPort}/metrics`)).text();
    expect(text).toContain('gateway_request_duration_seconds_bucket{host="native.example",route="/native",method="GET",code="200",le="+Inf"} ' + latencies.length);
    expect(text).not.toContain("schema");
  });

  test.skipIf(!nativeCheckerPresent)("Python decodes it: counts, sums, classic and native buckets as sent", async () => {
    const res = await fetch(`http://127.0.0.1:${a.httpPort}/metrics`, { headers: { accept: ACCEPT.v3native, "accept-encoding": "gzip" }, decompress: false } as RequestInit);
    const body = new Uint8Array(await res.arrayBuffer());
    const raw = res.headers.get("content-encoding") === "gzip" ? gunzipSync(body) : body;
    const check = pythonNativeCheck(raw, {
      families: {
        gateway_request_duration_seconds: { schema: 3, maxBuckets: 160, bounds: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], series: { [KEY]: latencies } },
        gateway_response_size_bytes: { schema: -1, maxBuckets: 4, bounds: [64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216], series: { [KEY]: sizes } },
      },
    });
    expect(check.errors).toEqual([]);
    expect(check.families).toContain("gateway_requests_total");
    expect(check.families).toContain("gatewaymetric_scrapes_total");
    expect(check.families).toContain("process_resident_memory_bytes");
    expect(check.checked).toBeGreaterThan(40);
  });
});
