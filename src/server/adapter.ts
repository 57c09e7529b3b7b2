// Wires one adapter together: the metric pipeline, every sender's gRPC service, and HTTP.
import * as grpc from "@grpc/grpc-js";
import type { Config } from "../config/config.ts";
import { parseAddress } from "../config/config.ts";
import { newDynamicMetrics } from "../core/dynamic-metrics.ts";
import { type GatewayMetricsOptions, gatewayRouteReport, reconfigureGatewayMetrics, sweepGatewayMetrics } from "../core/gateway-metrics.ts";
import { newPipeline } from "../core/pipeline.ts";
import { countCall, countLimited } from "../core/self-metrics.ts";
import { registerProcessMetrics } from "../expose/process-metrics.ts";
import { newReloadState, newStatus, stopStatus } from "../expose/status.ts";
import { statusResponse } from "../expose/status-page.ts";
import { LOGENTRY_PATH, newMixerLogEntryState } from "../ingest/mixer-logentry.ts";
import { extraLabelOptions, extraSources } from "../ingest/extra-values.ts";
import { ingestLogEntry, newMixerReader } from "../ingest/mixer-reader.ts";
import { nextTurn, serial } from "./serial.ts";
import { ALS_V2_PATH, ALS_V3_PATH, newAlsReader, openAlsStream, registerAls } from "../ingest/als-reader.ts";
import { ingestMetric, METRIC_PATH, newMixerMetricState, reconfigureMixerMetric, sweepMixerMetric } from "../ingest/mixer-metric.ts";
import { ingestOtlpLogs, newOtlpReader, OTLP_LOGS_PATH } from "../ingest/otlp-reader.ts";
import { newScraper } from "../expose/scrape.ts";
import { log, setLogLevel } from "../log.ts";
import { clock, tickClock } from "../store/clock.ts";
import { newRegistry } from "../store/registry.ts";
import type { GuardSettings } from "./grpc-guard.ts";
import { EMPTY_RESPONSE, type StreamSession, startGrpc, type UnaryBody } from "./grpc.ts";
import { type HttpListener, type HttpSettings, listenHttp, newHttpHandler } from "./http.ts";
import { type Secret, watchSecret } from "./secrets.ts";

export type Adapter = Awaited<ReturnType<typeof startAdapter>>;

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
    extraLabels: extraLabelOptions(config.extraLabels),
  };
}

/** `host:port`, an IPv6 host in brackets. */
function hostPort(host: string, port: number): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

/** How often the clock advances and expiry runs. */
const SWEEP_INTERVAL_MS = 1000;

export async function startAdapter(config: Config) {
  const registry = newRegistry();
  const pipeline = newPipeline(registry, modelOptions(config), ["mixer", "mixer_metric", "als", "otlp"]);
  // Hand-written readers, each shared by all calls (a message is handled synchronously); tests prove
  // each equal to its codec path (test/{otlp,mixer,als}-reader.test.ts against test/reference/).
  const otlpReader = newOtlpReader(extraSources(config.extraLabels));
  registerProcessMetrics(registry);
  tickClock();
  const sweeper = setInterval(() => {
    tickClock();
    sweepGatewayMetrics(pipeline.metrics, clock.now);
    sweepMixerMetric(mixerMetric, clock.now);
  }, SWEEP_INTERVAL_MS);
  sweeper.unref();

  const warn = (msg: string, fields: Record<string, unknown>) => log("warn", msg, fields);
  let mixer = newMixerLogEntryState(config.mixer.variables, warn, extraSources(config.extraLabels));
  const mixerMetric = newMixerMetricState(newDynamicMetrics(registry, config.maxSeries, config.mixer.maxSeries), warn, config.mixer.maxMetrics, config.expiry.ttl);
  const mixerReader = newMixerReader();
  // A large call pauses between slices of batches; calls after it wait, so the reader's batch is one call's.
  const mixerCalls = serial();
  const unary = new Map<string, UnaryBody>([
    [LOGENTRY_PATH, (body) => {
      const out = mixerCalls(() => ingestLogEntry(mixerReader, mixer, pipeline, body, nextTurn));
      return out instanceof Promise ? out.then(() => EMPTY_RESPONSE) : EMPTY_RESPONSE;
    }],
    [METRIC_PATH, (body) => {
      ingestMetric(mixerMetric, pipeline, body);
      return EMPTY_RESPONSE;
    }],
    [OTLP_LOGS_PATH, (body) => {
      const out = ingestOtlpLogs(pipeline, body, otlpReader).response;
      return Buffer.from(out.buffer, out.byteOffset, out.length);
    }],
  ]);
  registerAls(pipeline);
  // v2 and v3 are wire-identical: Istio ≤ 1.9 proxies call v2, later ones v3.
  // The hand-written reader, shared by all streams (messages are handled one at a time);
  // test/als-reader.test.ts proves it equal to the codec path (test/reference/envoy-als.ts).
  const alsReader = newAlsReader(extraSources(config.extraLabels));
  const alsStream = (peer: string): StreamSession => openAlsStream(pipeline, peer, alsReader);
  const clientStream = new Map([
    [ALS_V3_PATH, alsStream],
    [ALS_V2_PATH, alsStream],
  ]);

  const refreshMs = config.secretRefreshSeconds * 1000;
  // Secret files by option key; a reload that names another file replaces that watcher.
  const secrets = new Map<string, Secret>();
  const secret = (key: string, path: string): Secret | null => {
    const old = secrets.get(key);
    if (old?.path === path) return old;
    old?.stop();
    secrets.delete(key);
    if (!path) return null;
    const s = watchSecret(path, refreshMs, key);
    secrets.set(key, s);
    return s;
  };
  const stopSecrets = () => secrets.forEach((s) => s.stop());
  // What a start that fails half-way undoes.
  const started = [() => clearInterval(sweeper), stopSecrets];
  const listen = async <T>(what: string, addr: string, start: () => T | Promise<T>): Promise<T> => {
    try {
      return await start();
    } catch (e) {
      started.forEach((stop) => stop());
      const m = e instanceof Error ? e.message : String(e);
      // As an operator reads it: "address in use" rather than errno soup.
      const why = /EADDRINUSE|in use/i.test(m) ? "address in use (another process, perhaps another gatewaymetric, listens there)" : m;
      throw new Error(`cannot listen for ${what} on ${addr}: ${why}`);
    }
  };

  let up = false;
  let stopping = false;
  const ready = () => up && !stopping;
  const httpAddr = parseAddress(config.httpAddr)!;
  // Read on every call and request, so a reload applies them at once.
  const guardSettings: GuardSettings = { token: null, maxConcurrentCalls: 0, maxCallsPerConnection: 0 };
  const httpSettings: HttpSettings = { auth: { bearer: null, basicUser: "", basicPassword: null }, debug: false };
  const applyAccess = (c: Config) => {
    guardSettings.token = secret("grpcAuth.tokenFile", c.grpcAuth.tokenFile);
    guardSettings.maxConcurrentCalls = c.grpcLimits.maxConcurrentCalls;
    guardSettings.maxCallsPerConnection = c.grpcLimits.maxCallsPerConnection;
    httpSettings.auth = {
      bearer: secret("httpAuth.bearerTokenFile", c.httpAuth.bearerTokenFile),
      basicUser: c.httpAuth.basicUser,
      basicPassword: secret("httpAuth.basicPasswordFile", c.httpAuth.basicPasswordFile),
    };
    httpSettings.debug = c.debugEndpoints;
  };
  applyAccess(config);
  const grpcListener = await listen("gRPC", config.grpcAddr, () =>
    startGrpc({ unary, clientStream }, config, {
      ready,
      guard: {
        settings: guardSettings,
        onStatus: (path, code) => countCall(pipeline.self, path, grpc.status[code] ?? String(code)),
        onLimit: (limit) => countLimited(pipeline.self, limit),
      },
      onStreamIdle: () => countLimited(pipeline.self, "grpcLimits.streamIdleSeconds"),
    }),
  );
  started.push(() => void grpcListener.stop(0));
  const reloads = newReloadState();
  let http: HttpListener;
  const status = newStatus({
    registry,
    pipeline,
    // Read when the page is polled: a reload may turn debugEndpoints on or off.
    get debug() {
      return httpSettings.debug;
    },
    facts: () => ({
      grpcListen: hostPort(parseAddress(config.grpcAddr)!.host, grpcListener.port),
      httpListen: hostPort(httpAddr.host, http.port),
      // Listen addresses and TLS files need a restart: the start's values are the ones in force.
      grpcTls: config.grpcTls.certFile !== "",
      httpTls: config.httpTls.certFile !== "",
      httpAuth: httpSettings.auth.bearer !== null ? "bearer token" : httpSettings.auth.basicPassword !== null ? "basic" : "none",
      ready: ready(),
      reload: reloads,
    }),
  });
  // Made once: the scraper registers its own counters, and a new listener (rotated certificate) reuses it.
  const handler = newHttpHandler({
    scraper: newScraper(registry),
    ready,
    settings: httpSettings,
    routes: () => gatewayRouteReport(pipeline.metrics),
    status: (path) => statusResponse(status, path),
  });
  http = await listen("HTTP", config.httpAddr, () => listenHttp(httpAddr.host, httpAddr.port, config.httpTls, refreshMs, handler));
  up = true;
  return {
    grpcPort: grpcListener.port,
    httpPort: http.port,
    registry,
    pipeline,
    ready,
    /** Configuration reloads so far (server/reload.ts keeps it), for the status page. */
    reloads,
    /**
     * Applies a reloaded configuration: the metric model, log level, auth, limits, debug endpoints and
     * Mixer variables. Throws, changing nothing, if the model cannot apply. Options marked `restart`
     * in OPTIONS are not read: the caller keeps their running values (keepRestartOptions).
     */
    reload(next: Config): void {
      reconfigureGatewayMetrics(pipeline.metrics, modelOptions(next));
      // The model took them: from now on the readers give the new extra labels' values, in its order.
      const extras = extraSources(next.extraLabels);
      alsReader.extras = extras;
      otlpReader.extras = extras;
      mixer.extras = extras;
      reconfigureMixerMetric(mixerMetric, { maxSeries: next.maxSeries, maxTotalSeries: next.mixer.maxSeries, maxMetrics: next.mixer.maxMetrics, ttl: next.expiry.ttl });
      setLogLevel(next.logLevel);
      applyAccess(next);
      grpcListener.streamIdleMs = next.grpcLimits.streamIdleSeconds * 1000;
      if (JSON.stringify(next.mixer.variables) !== JSON.stringify(mixer.configured)) mixer = newMixerLogEntryState(next.mixer.variables, warn, extras);
    },
    /** Readiness off, stop accepting, let open calls finish within the grace period, close. */
    async shutdown(): Promise<void> {
      if (stopping) return;
      stopping = true;
      clearInterval(sweeper);
      stopStatus(status);
      await grpcListener.stop(config.shutdownGraceSeconds * 1000);
      stopSecrets();
      http.stop();
    },
  };
}
