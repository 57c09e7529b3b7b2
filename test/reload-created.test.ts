// A gateway family whose definition changes on reload starts over: empty, with a new `_created`
// for every series, also where its series table is kept because other families share it.
// Families whose definition did not change keep their numbers and `_created`.
import { beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { withMetrics } from "./helpers/adapter.ts";
import { useAdapter } from "./helpers/suite.ts";
import { sample, samples, scrapeOpenMetrics } from "./helpers/exposition.ts";
import { unary } from "./helpers/grpc-client.ts";
import { dbl, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";

setDefaultTimeout(60_000);

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
const HOST = { host: "c.example" };
const batch = (n: number) =>
  logEntryRequest(Array.from({ length: n }, () => ({ host: str("c.example"), url: str("/c"), method: str("GET"), responseCode: int(200), latency: dbl(0.3), responseSize: int(100) })));

describe("reload: a changed family starts empty with a new _created", () => {
  const s = useAdapter();
  beforeAll(async () => {
    expect((await unary(s.client, PATH, batch(3))).code).toBe(grpc.status.OK);
  });

  test("new buckets for one histogram, new help for the counter; the rest keeps numbers and _created", async () => {
    const before = await scrapeOpenMetrics(s.a.httpPort);
    const created = (name: string, e = before) => sample(e, `${name}_created`, HOST);
    expect(sample(before, "gateway_requests_total", HOST)).toBe(3);
    expect(sample(before, "gateway_request_duration_seconds_count", HOST)).toBe(3);
    await Bun.sleep(20);
    s.a.reload(withMetrics({ requestDuration: { buckets: [0.1, 1] }, requests: { help: "Requests, counted anew." } }));

    const after = await scrapeOpenMetrics(s.a.httpPort);
    // The counter's series stays (its table is shared with unchanged histograms) but reads 0 since the reload.
    expect(sample(after, "gateway_requests_total", HOST)).toBe(0);
    expect(created("gateway_requests", after)).toBeGreaterThan(created("gateway_requests"));
    // A histogram that observed nothing since has no series.
    expect(samples(after, "gateway_request_duration_seconds_count")).toHaveLength(0);
    // Unchanged: numbers and _created.
    expect(sample(after, "gateway_response_size_bytes_count", HOST)).toBe(3);
    expect(created("gateway_response_size_bytes", after)).toBe(created("gateway_response_size_bytes"));

    expect((await unary(s.client, PATH, batch(1))).code).toBe(grpc.status.OK);
    const more = await scrapeOpenMetrics(s.a.httpPort);
    expect(sample(more, "gateway_requests_total", HOST)).toBe(1);
    expect(sample(more, "gateway_request_duration_seconds_count", HOST)).toBe(1);
    expect(sample(more, "gateway_request_duration_seconds_bucket", { ...HOST, le: "1.0" })).toBe(1);
    expect(created("gateway_request_duration_seconds", more)).toBeGreaterThan(created("gateway_request_duration_seconds"));
    expect(created("gateway_requests", more)).toBe(created("gateway_requests", after));
    expect(sample(more, "gateway_response_size_bytes_count", HOST)).toBe(4);
    expect(created("gateway_response_size_bytes", more)).toBe(created("gateway_response_size_bytes"));
  });
});
