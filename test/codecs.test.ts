// The generated codecs are the reference decoder: they must round-trip every shape we rely on.
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import Long from "long";
import protobuf from "protobufjs";
import { adapter, envoy, grpc as healthPb, logentry } from "../src/generated/codecs.js";
import { valueSeconds, valueText } from "../src/ingest/mixer-values.ts";
import { valueNumber } from "./reference/mixer-logentry.ts";
import { ALS, httpEntry } from "./helpers/als-fixtures.ts";
import { SEED_ADAPTER_CONFIG, seedRequest } from "./helpers/mixer-fixtures.ts";

test("InstanceMsg.name uses field 72295727 (tag bytes fa d2 e4 93 02)", () => {
  const bytes = logentry.InstanceMsg.encode({ name: "i1metric.instance.istio-system" }).finish();
  expect(Array.from(bytes.subarray(0, 5))).toEqual([0xfa, 0xd2, 0xe4, 0x93, 0x02]);
  expect(logentry.InstanceMsg.decode(bytes).name).toBe("i1metric.instance.istio-system");
});

test("the seed's request round-trips with every variable shape intact", () => {
  const req = logentry.HandleLogEntryRequest.decode(seedRequest());
  expect(req.instances).toHaveLength(4);
  const v = req.instances[0].variables!;
  expect(valueText(v.host)).toBe("192.168.101.6:31380");
  expect(valueNumber(v.responseCode)).toBe(200);
  expect(valueSeconds(v.latency)).toBeCloseTo(0.034547407, 12);
  expect(req.adapter_config!.type_url).toBe(SEED_ADAPTER_CONFIG.type_url);
  expect(adapter.gatewaymetric.config.Params.decode(req.adapter_config!.value!).file_path).toBe("out.txt");
  const again = logentry.HandleLogEntryRequest.encode(req).finish();
  expect(Buffer.from(again).equals(Buffer.from(seedRequest()))).toBe(true);
});

test("Params keeps file_path = 1 so the original handler's bytes decode", () => {
  const p = adapter.gatewaymetric.config.Params.decode(SEED_ADAPTER_CONFIG.value);
  expect(p.file_path).toBe("out.txt");
  const full = adapter.gatewaymetric.config.Params.encode({ file_path: "x", gateway: "g", host_variables: ["a", "b"] }).finish();
  const back = adapter.gatewaymetric.config.Params.decode(full);
  expect(back.gateway).toBe("g");
  expect(back.host_variables).toEqual(["a", "b"]);
});

test("int64 values above 2^32 survive", () => {
  const b = logentry.InstanceMsg.encode({ variables: { n: { int64_value: Long.fromNumber(5_000_000_000) } } }).finish();
  expect(valueNumber(logentry.InstanceMsg.decode(b).variables!.n)).toBe(5_000_000_000);
});

test("health messages round-trip", () => {
  const H = healthPb.health.v1;
  const b = H.HealthCheckResponse.encode({ status: H.HealthCheckResponse.ServingStatus.NOT_SERVING }).finish();
  expect(H.HealthCheckResponse.decode(b).status).toBe(2);
});

// The decode protos hold only the ALS fields gatewaymetric reads; tests build Istio-shaped entries with
// proto/testdata/envoy_als.proto. Both must give each field the same number and type, or the fixtures
// would test bytes no Envoy sends.
describe("ALS decode protos against the fixture protos", () => {
  const load = (file: string) => {
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) => join(import.meta.dir, "../proto", target);
    return root.loadSync(file, { keepCase: true });
  };
  const dec = load("envoy/service/accesslog/v3/als.proto");
  const fix = load("testdata/envoy_als.proto");
  const PAIRS: [string, string][] = [
    ["envoy.service.accesslog.v3.StreamAccessLogsMessage", "testdata.als.StreamAccessLogsMessage"],
    ["envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier", "testdata.als.StreamAccessLogsMessage.Identifier"],
    ["envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries", "testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries"],
    ["envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries", "testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries"],
    ["envoy.config.core.v3.Node", "testdata.als.Node"],
    ["envoy.data.accesslog.v3.HTTPAccessLogEntry", "testdata.als.HTTPAccessLogEntry"],
    ["envoy.data.accesslog.v3.TCPAccessLogEntry", "testdata.als.TCPAccessLogEntry"],
    ["envoy.data.accesslog.v3.ConnectionProperties", "testdata.als.ConnectionProperties"],
    ["envoy.data.accesslog.v3.AccessLogCommon", "testdata.als.AccessLogCommon"],
    ["envoy.data.accesslog.v3.ResponseFlags", "testdata.als.ResponseFlags"],
    ["envoy.data.accesslog.v3.ResponseFlags.Unauthorized", "testdata.als.ResponseFlags.Unauthorized"],
    ["envoy.data.accesslog.v3.HTTPRequestProperties", "testdata.als.HTTPRequestProperties"],
    ["envoy.data.accesslog.v3.HTTPResponseProperties", "testdata.als.HTTPResponseProperties"],
  ];
  const shape = (f: protobuf.Field) => {
    const t = f.resolve().resolvedType;
    return { id: f.id, type: t ? t.name : f.type, rule: f.repeated ? "repeated" : f.map ? `map<${(f as unknown as protobuf.MapField).keyType}>` : "", oneof: f.partOf?.name ?? "" };
  };

  for (const [d, f] of PAIRS) {
    test(`${d.split(".").pop()}: every field has the fixture's number and type`, () => {
      const a = dec.lookupType(d);
      const b = fix.lookupType(f);
      expect(a.fieldsArray.length).toBeGreaterThan(d.endsWith("Unauthorized") ? -1 : 0);
      for (const field of a.fieldsArray) {
        const other = b.fields[field.name];
        expect([field.name, other ? shape(other) : null]).toEqual([field.name, shape(field)]);
      }
    });
  }

  test("an Istio-shaped entry keeps every field gatewaymetric reads and nothing else", () => {
    const e = httpEntry({ requestHeaders: { "x-b3-traceid": "463ac35c9f6413ad" }, responseFlags: { no_route_found: true, unauthorized_details: { reason: 1 } } });
    const bytes = ALS.HTTPAccessLogEntry.encode(e).finish();
    const got = envoy.data.accesslog.v3.HTTPAccessLogEntry.toObject(envoy.data.accesslog.v3.HTTPAccessLogEntry.decode(bytes), { longs: Number });
    const c = e.common_properties!;
    expect(got).toEqual({
      common_properties: {
        time_to_last_upstream_tx_byte: { nanos: 1_000_000 },
        time_to_first_upstream_rx_byte: { nanos: 21_000_000 },
        time_to_last_downstream_tx_byte: { nanos: 24_000_000 },
        upstream_cluster: c.upstream_cluster,
        route_name: c.route_name,
        response_flags: { no_route_found: true, unauthorized_details: {} },
        duration: { nanos: 25_000_000 },
      },
      request: {
        request_method: 1, authority: "shop.example.com", path: "/productpage",
        request_headers: { "x-b3-traceid": "463ac35c9f6413ad" },
      },
      response: { response_code: { value: 200 }, response_body_bytes: 4183 },
    });
    // Most of the entry's bytes are fields the decoders step over.
    expect(envoy.data.accesslog.v3.HTTPAccessLogEntry.encode(got).finish().length * 3).toBeLessThan(bytes.length);
  });
});
