// Wires one adapter together: the metric pipeline, every sender's gRPC service, and HTTP.
import type { Server } from "bun";
import type { Config } from "../config/config.ts";
import { parseAddress } from "../config/config.ts";
import { type GatewayMetricsOptions, gatewayRouteReport, reconfigureGatewayMetrics, sweepGatewayMetrics } from "../core/gateway-metrics.ts";
import { newPipeline, type Pipeline } from "../core/pipeline.ts";
import { registerProcessMetrics } from "../expose/process-metrics.ts";
import { ingestLogEntry, LOGENTRY_PATH, newMixerLogEntryState } from "../ingest/mixer-logentry.ts";
import { log } from "../log.ts";
import { clock, tickClock } from "../store/clock.ts";
import { newRegistry, type Registry } from "../store/registry.ts";
import { EMPTY_RESPONSE, type GrpcListener, startGrpc, stopGrpc } from "./grpc.ts";
import { startHttp } from "./http.ts";

export interface Adapter {
  readonly grpcPort: number;
  readonly httpPort: number;
  readonly registry: Registry;
  readonly pipeline: Pipeline;
  ready(): boolean;
  /** Applies a new configuration's metric model (a reload); throws, changing nothing, if it cannot. */
  reload(config: Config): void;
  /** Readiness off, stop accepting, let open calls finish within the grace period, close. */
  shutdown(): Promise<void>;
}

/** The metric-model part of the configuration: what a reload can change. */
export function modelOptions(config: Config): GatewayMetricsOptions {
  return {
    defaultGateway: config.gateway,
    maxSeries: config.maxSeries,
    limits: config.limits,
    hostAllow: config.hosts.allow,
    route: config.route,
    ttlSeconds: config.expiry.ttl,
    metrics: config.metrics,
  };
}

/** How often the clock advances and expiry runs. */
const SWEEP_INTERVAL_MS = 1000;

export async function startAdapter(config: Config): Promise<Adapter> {
  const registry = newRegistry();
  const pipeline = newPipeline(registry, modelOptions(config), ["mixer"]);
  registerProcessMetrics(registry);
  tickClock();
  const sweeper = setInterval(() => {
    tickClock();
    sweepGatewayMetrics(pipeline.metrics, clock.now);
  }, SWEEP_INTERVAL_MS);
  sweeper.unref();

  const mixer = newMixerLogEntryState(config.mixer.variables, (msg, fields) => log("warn", msg, fields));
  const unary = new Map([
    [
      LOGENTRY_PATH,
      (body: Buffer) => {
        ingestLogEntry(mixer, pipeline, body);
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
    clearInterval(sweeper);
    throw new Error(`cannot listen for gRPC on ${config.grpcAddr}: ${(e as Error).message}`);
  }
  try {
    http = startHttp({ host: httpAddr.host, port: httpAddr.port, registry, ready, routes: () => gatewayRouteReport(pipeline.metrics) });
  } catch (e) {
    clearInterval(sweeper);
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
    reload(next) {
      reconfigureGatewayMetrics(pipeline.metrics, modelOptions(next));
    },
    async shutdown() {
      if (stopping) return;
      stopping = true;
      clearInterval(sweeper);
      await stopGrpc(grpcListener, config.shutdownGraceSeconds * 1000);
      http.stop(true);
    },
  };
}
