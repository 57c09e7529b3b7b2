// Wires one adapter together: the metric pipeline, every sender's gRPC service, and HTTP.
import type { Server } from "bun";
import type { Config } from "../config/config.ts";
import { parseAddress } from "../config/config.ts";
import { newPipeline, type Pipeline } from "../core/pipeline.ts";
import { registerProcessMetrics } from "../expose/process-metrics.ts";
import { LOGENTRY_PATH, newMixerLogEntryState } from "../ingest/mixer-logentry.ts";
import { ingestLogEntryFast, newMixerReader } from "../ingest/mixer-reader.ts";
import { log } from "../log.ts";
import { newRegistry, type Registry } from "../store/registry.ts";
import { EMPTY_RESPONSE, type GrpcListener, startGrpc, stopGrpc } from "./grpc.ts";
import { startHttp } from "./http.ts";

export interface Adapter {
  readonly grpcPort: number;
  readonly httpPort: number;
  readonly registry: Registry;
  readonly pipeline: Pipeline;
  ready(): boolean;
  /** Readiness off, stop accepting, let open calls finish within the grace period, close. */
  shutdown(): Promise<void>;
}

export async function startAdapter(config: Config): Promise<Adapter> {
  const registry = newRegistry();
  const pipeline = newPipeline(registry, { defaultGateway: config.gateway, maxSeries: config.maxSeries }, ["mixer"]);
  registerProcessMetrics(registry);

  const mixer = newMixerLogEntryState(config.mixer.variables, (msg, fields) => log("warn", msg, fields));
  // The hand-written reader; test/mixer-reader.test.ts proves it equal to the codec path (ingestLogEntry).
  const mixerReader = newMixerReader();
  const unary = new Map([
    [
      LOGENTRY_PATH,
      (body: Buffer) => {
        ingestLogEntryFast(mixerReader, mixer, pipeline, body);
        return EMPTY_RESPONSE;
      },
    ],
  ]);

  let up = false;
  let stopping = false;
  const ready = () => up && !stopping;
  const httpAddr = parseAddress(config.httpAddr)!;
  let grpcListener: GrpcListener;
  let http: Server<undefined>;
  try {
    grpcListener = await startGrpc({ unary }, { addr: config.grpcAddr, maxMessageBytes: config.maxMessageBytes, ready });
  } catch (e) {
    throw new Error(`cannot listen for gRPC on ${config.grpcAddr}: ${(e as Error).message}`);
  }
  try {
    http = startHttp({ host: httpAddr.host, port: httpAddr.port, registry, ready });
  } catch (e) {
    grpcListener.server.forceShutdown();
    throw new Error(`cannot listen for HTTP on ${config.httpAddr}: ${(e as Error).message}`);
  }
  up = true;
  return {
    grpcPort: grpcListener.port,
    httpPort: http.port ?? httpAddr.port,
    registry,
    pipeline,
    ready,
    async shutdown() {
      if (stopping) return;
      stopping = true;
      await stopGrpc(grpcListener, config.shutdownGraceSeconds * 1000);
      http.stop(true);
    },
  };
}
