// Wires one adapter together: the metric pipeline, every sender's gRPC service, and HTTP.
import * as grpc from "@grpc/grpc-js";
import type { Server } from "bun";
import type { Config } from "../config/config.ts";
import { parseAddress } from "../config/config.ts";
import { newDynamicMetrics } from "../core/dynamic-metrics.ts";
import { type GatewayMetricsOptions, gatewayRouteReport, reconfigureGatewayMetrics, sweepGatewayMetrics } from "../core/gateway-metrics.ts";
import { newPipeline, type Pipeline } from "../core/pipeline.ts";
import { countCall } from "../core/self-metrics.ts";
import { registerProcessMetrics } from "../expose/process-metrics.ts";
import { newReloadState, newStatus, type ReloadState, stopStatus } from "../expose/status.ts";
import { statusResponse } from "../expose/status-page.ts";
import { LOGENTRY_PATH, newMixerLogEntryState } from "../ingest/mixer-logentry.ts";
import { ingestLogEntryFast, newMixerReader } from "../ingest/mixer-reader.ts";
import { ALS_V2_PATH, ALS_V3_PATH, registerAls } from "../ingest/envoy-als.ts";
import { newAlsReader, openAlsStreamFast } from "../ingest/als-reader.ts";
import { ingestMetric, METRIC_PATH, newMixerMetricState, reconfigureMixerMetric, sweepMixerMetric } from "../ingest/mixer-metric.ts";
import { OTLP_LOGS_PATH } from "../ingest/otlp-logs.ts";
import { ingestOtlpLogsFast, newOtlpReader } from "../ingest/otlp-reader.ts";
import { log } from "../log.ts";
import { clock, tickClock } from "../store/clock.ts";
import { newRegistry, type Registry } from "../store/registry.ts";
import { newGuard } from "./grpc-guard.ts";
import { EMPTY_RESPONSE, type GrpcListener, HEALTH_PATH, type StreamSession, startGrpc, stopGrpc } from "./grpc.ts";
import type { HttpAuth } from "./http-guard.ts";
import { startHttp } from "./http.ts";
import { type Secret, watchSecret } from "./secrets.ts";
import { grpcCredentials, readTls, watchTls } from "./tls.ts";

export interface Adapter {
  readonly grpcPort: number;
  readonly httpPort: number;
  readonly registry: Registry;
  readonly pipeline: Pipeline;
  ready(): boolean;
  /** Configuration reloads so far (server/reload.ts keeps it), for the status page. */
  readonly reloads: ReloadState;
  /** Applies a new configuration's metric model (a reload); throws, changing nothing, if it cannot. */
  reload(config: Config): void;
  /** Readiness off, stop accepting, let open calls finish within the grace period, close. */
  shutdown(): Promise<void>;
}

const STATUS_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(grpc.status).filter(([, v]) => typeof v === "number").map(([k, v]) => [v as number, k]),
);

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

/** `host:port`, an IPv6 host in brackets. */
function hostPort(host: string, port: number): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

/** How often the clock advances and expiry runs. */
const SWEEP_INTERVAL_MS = 1000;

export async function startAdapter(config: Config): Promise<Adapter> {
  const registry = newRegistry();
  const pipeline = newPipeline(registry, modelOptions(config), ["mixer", "mixer_metric", "als", "otlp"]);
  // The hand-written OTLP reader, shared by all calls (each is handled synchronously);
  // test/otlp-reader.test.ts proves it equal to the codec path (ingestOtlpLogs).
  const otlpReader = newOtlpReader();
  registerProcessMetrics(registry);
  tickClock();
  const sweeper = setInterval(() => {
    tickClock();
    sweepGatewayMetrics(pipeline.metrics, clock.now);
    sweepMixerMetric(mixerMetric, clock.now);
  }, SWEEP_INTERVAL_MS);
  sweeper.unref();

  const mixer = newMixerLogEntryState(config.mixer.variables, (msg, fields) => log("warn", msg, fields));
  const mixerMetric = newMixerMetricState(
    newDynamicMetrics(registry, config.maxSeries), (msg, fields) => log("warn", msg, fields), config.mixer.maxMetrics, config.expiry.ttl,
  );
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
    [
      METRIC_PATH,
      (body: Buffer) => {
        ingestMetric(mixerMetric, pipeline, body);
        return EMPTY_RESPONSE;
      },
    ],
    [
      OTLP_LOGS_PATH,
      (body: Buffer) => {
        const out = ingestOtlpLogsFast(pipeline, body, otlpReader).response;
        return Buffer.from(out.buffer, out.byteOffset, out.length);
      },
    ],
  ]);
  registerAls(pipeline);
  // v2 and v3 are wire-identical: Istio ≤ 1.9 proxies call v2, later ones v3.
  // The hand-written reader, shared by all streams (messages are handled one at a time);
  // test/als-reader.test.ts proves it equal to the codec path (openAlsStream).
  const alsReader = newAlsReader();
  const alsStream = (peer: string): StreamSession => openAlsStreamFast(pipeline, peer, alsReader);
  const clientStream = new Map([
    [ALS_V3_PATH, alsStream],
    [ALS_V2_PATH, alsStream],
  ]);

  const refreshMs = config.secretRefreshSeconds * 1000;
  const secrets: Secret[] = [];
  const secret = (path: string, what: string) => {
    if (!path) return null;
    const s = watchSecret(path, refreshMs, what);
    secrets.push(s);
    return s;
  };
  const stopSecrets = () => secrets.forEach((s) => s.stop());

  let up = false;
  let stopping = false;
  const ready = () => up && !stopping;
  const httpAddr = parseAddress(config.httpAddr)!;
  const guard = newGuard({
    token: secret(config.grpcAuth.tokenFile, "grpcAuth.tokenFile"),
    maxConcurrentCalls: config.grpcLimits.maxConcurrentCalls,
    open: new Set([HEALTH_PATH]),
    onStatus: (path, code) => countCall(pipeline.self, path, STATUS_NAMES[code] ?? String(code)),
  });
  const auth: HttpAuth = {
    bearer: secret(config.httpAuth.bearerTokenFile, "httpAuth.bearerTokenFile"),
    basicUser: config.httpAuth.basicUser,
    basicPassword: secret(config.httpAuth.basicPasswordFile, "httpAuth.basicPasswordFile"),
  };
  let grpcListener: GrpcListener;
  try {
    grpcListener = await startGrpc(
      { unary, clientStream },
      {
        addr: config.grpcAddr,
        maxMessageBytes: config.maxMessageBytes,
        ready,
        credentials: grpcCredentials(config.grpcTls, refreshMs),
        interceptors: [guard.interceptor],
        maxConnectionAgeMs: config.maxConnectionAgeSeconds * 1000,
        maxConnectionAgeGraceMs: config.shutdownGraceSeconds * 1000,
        serverOptions: {
          "grpc.max_concurrent_streams": config.grpcLimits.maxConcurrentStreams,
          "grpc.keepalive_time_ms": config.grpcLimits.keepaliveTimeSeconds * 1000,
          "grpc.keepalive_timeout_ms": config.grpcLimits.keepaliveTimeoutSeconds * 1000,
          ...(config.grpcLimits.maxConnectionIdleSeconds > 0 ? { "grpc.max_connection_idle_ms": config.grpcLimits.maxConnectionIdleSeconds * 1000 } : {}),
        },
      },
    );
  } catch (e) {
    stopSecrets();
    clearInterval(sweeper);
    throw new Error(`cannot listen for gRPC on ${config.grpcAddr}: ${(e as Error).message}`);
  }
  const reloads = newReloadState();
  let http: Server<undefined>;
  const status = newStatus({
    registry, pipeline, debug: config.debugEndpoints,
    facts: () => ({
      grpcListen: hostPort(parseAddress(config.grpcAddr)!.host, grpcListener.port),
      httpListen: hostPort(httpAddr.host, http?.port ?? httpAddr.port),
      grpcTls: config.grpcTls.certFile !== "",
      httpTls: config.httpTls.certFile !== "",
      httpAuth: auth.bearer !== null ? "bearer token" : auth.basicPassword !== null ? "basic" : "none",
      ready: ready(),
      reload: reloads,
    }),
  });
  const httpOptions = {
    host: httpAddr.host, port: httpAddr.port, registry, ready, auth, debug: config.debugEndpoints,
    routes: () => gatewayRouteReport(pipeline.metrics),
    status: (path: string) => statusResponse(status, path),
  };
  let stopTlsWatch = () => {};
  try {
    http = startHttp({ ...httpOptions, tls: readTls(config.httpTls) });
    if (config.httpTls.certFile) {
      const port = http.port ?? httpAddr.port;
      stopTlsWatch = watchTls(config.httpTls, refreshMs, (tls) => {
        // Bun cannot swap certificates on a live listener: bind a new one beside it, then retire the old.
        const old = http;
        http = startHttp({ ...httpOptions, port, tls });
        old.stop(false);
      });
    }
  } catch (e) {
    clearInterval(sweeper);
    grpcListener.server.forceShutdown();
    stopSecrets();
    throw new Error(`cannot listen for HTTP on ${config.httpAddr}: ${(e as Error).message}`);
  }
  up = true;
  return {
    grpcPort: grpcListener.port,
    httpPort: http.port ?? httpAddr.port,
    registry,
    pipeline,
    ready,
    reloads,
    reload(next) {
      reconfigureGatewayMetrics(pipeline.metrics, modelOptions(next));
      reconfigureMixerMetric(mixerMetric, { maxSeries: next.maxSeries, maxMetrics: next.mixer.maxMetrics, ttl: next.expiry.ttl });
    },
    async shutdown() {
      if (stopping) return;
      stopping = true;
      clearInterval(sweeper);
      stopStatus(status);
      await stopGrpc(grpcListener, config.shutdownGraceSeconds * 1000);
      stopTlsWatch();
      stopSecrets();
      http.stop(true);
    },
  };
}
