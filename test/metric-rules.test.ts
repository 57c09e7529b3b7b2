// One rule book for metric names (store/metric-rules.ts): the config refuses a reserved prefix for a
// renamed gateway metric, a Mixer metric refuses the same prefixes and `gateway_` over gRPC, and the
// registry refuses a family whose names break the syntax, whoever registers it.
import { describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { ConfigError, loadConfig } from "../src/config/config.ts";
import { newRegistry, register } from "../src/store/registry.ts";
import { newSeriesTable } from "../src/store/series.ts";
import { newVector } from "../src/store/vector.ts";
import { unary } from "./helpers/grpc-client.ts";
import { int, Kind, METRIC_PATH, metricRequest, params, str } from "./helpers/mixer-metric-fixtures.ts";
import { useAdapter } from "./helpers/suite.ts";

function configError(yaml: string): string {
  try {
    loadConfig({ argv: ["--config", "c.yaml"], env: {}, readFile: () => yaml });
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("reserved prefixes", () => {
  for (const p of ["gatewaymetric_", "process_", "__"]) {
    test(`config: a gateway metric renamed to ${p}… is refused`, () => {
      expect(configError(`metrics:\n  requests:\n    name: ${p}x_total\n`)).toContain(`the prefix ${p} is reserved`);
    });
  }

  const t = useAdapter();
  for (const [namespace, prefix] of [["gateway", "gateway_"], ["gatewaymetric", "gatewaymetric_"], ["process", "process_"]]) {
    test(`Mixer metric: a name starting ${prefix} → INVALID_ARGUMENT naming the prefix`, async () => {
      const config = params([{ name: "x_total", namespace, instance_name: "c.instance.default", kind: Kind.COUNTER, label_names: ["host"] }]);
      const r = await unary(t.client, METRIC_PATH, metricRequest([{ name: "c.instance.default", value: int(1), dimensions: { host: str("h") } }], config));
      expect(r.code).toBe(grpc.status.INVALID_ARGUMENT);
      expect(r.details).toContain(`the prefix ${prefix} is reserved`);
    });
  }
});

describe("the registry asserts the syntax", () => {
  test.each([
    ["9lives_total", ["host"]],
    ["ok_total", ["bad-label"]],
  ])("%p with labels %p is a bug, refused at registration", (name, labels) => {
    const reg = newRegistry();
    expect(() => register(reg, { name, help: "", type: "counter", table: newSeriesTable(labels), values: newVector() })).toThrow(/^BUG: /);
    expect(reg.families).toHaveLength(0);
  });
});
