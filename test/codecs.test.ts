// The generated codecs are the reference decoder: they must round-trip every shape we rely on.
import { expect, test } from "bun:test";
import Long from "long";
import { adapter, grpc as healthPb, logentry } from "../src/generated/codecs.js";
import { valueNumber, valueSeconds, valueText } from "../src/ingest/mixer-values.ts";
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
