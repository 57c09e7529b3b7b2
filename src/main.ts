// Entry point: configuration, logging, the adapter, and signals.
// First of all: the allocator setting (may restart the process with it; see allocator-env.ts).
import { allocatorNote } from "./allocator-env.ts";
import { readFileSync } from "node:fs";
import { ConfigError, helpText, type LoadInput, loadConfig } from "./config/config.ts";
import { log, setLogLevel } from "./log.ts";
import { startAdapter } from "./server/adapter.ts";
import { watchConfig } from "./server/reload.ts";
import { COMMIT, VERSION } from "./version.ts";

async function main(): Promise<number> {
  let loaded;
  const input: LoadInput = { argv: process.argv.slice(2), env: process.env, readFile: (p) => readFileSync(p, "utf8") };
  try {
    loaded = loadConfig(input);
  } catch (e) {
    if (e instanceof ConfigError) {
      log("error", "invalid configuration", { error: e.message });
      return 2;
    }
    throw e;
  }
  if (loaded.kind !== "run") {
    process.stdout.write(loaded.kind === "help" ? helpText() : `gatewaymetric ${VERSION} (commit ${COMMIT})\n`);
    return 0;
  }
  const { config, configFile } = loaded;
  setLogLevel(config.logLevel);
  const adapter = await startAdapter(config).catch((e: Error) => {
    log("error", "cannot start", { error: e.message });
    return null;
  });
  if (!adapter) return 1;
  if (allocatorNote) log("warn", allocatorNote);
  const unwatch = watchConfig(adapter, input, config, configFile);
  log("info", "gatewaymetric started", {
    version: VERSION,
    commit: COMMIT,
    config_file: configFile,
    grpc_addr: config.grpcAddr,
    grpc_port: adapter.grpcPort,
    http_addr: config.httpAddr,
    http_port: adapter.httpPort,
  });
  process.on("uncaughtException", (e) => log("error", "uncaught exception", { error: String(e), stack: (e as Error)?.stack }));
  process.on("unhandledRejection", (e) => log("error", "unhandled rejection", { error: String(e) }));
  return await new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      log("info", "shutting down", { signal, grace_seconds: config.shutdownGraceSeconds });
      unwatch();
      adapter.shutdown().then(() => {
        log("info", "stopped");
        resolve(0);
      });
    };
    for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => stop(signal));
  });
}

process.exit(await main());
