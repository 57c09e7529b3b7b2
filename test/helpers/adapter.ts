// Starts a real adapter (in process, real listeners) on free loopback ports.
import { type Config, defaults } from "../../src/config/config.ts";
import { type Adapter, startAdapter } from "../../src/server/adapter.ts";

export type Overrides = Partial<Omit<Config, "mixer">> & { mixer?: Config["mixer"] };

export async function startTestAdapter(overrides: Overrides = {}): Promise<Adapter> {
  const config: Config = { ...defaults(), grpcAddr: "127.0.0.1:0", httpAddr: "127.0.0.1:0", shutdownGraceSeconds: 2, ...overrides };
  return startAdapter(config);
}

/** Defaults on free loopback ports with `metrics` as given: what a reload in a test hands the adapter. */
export function withMetrics(metrics: Config["metrics"]): Config {
  return { ...defaults(), grpcAddr: "127.0.0.1:0", httpAddr: "127.0.0.1:0", metrics };
}
