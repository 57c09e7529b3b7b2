// The gRPC listener: every sender's service on one port. Bodies arrive as raw bytes and each
// ingest module decodes them itself, so a malformed message becomes INVALID_ARGUMENT, not INTERNAL.
import * as grpc from "@grpc/grpc-js";
import type { Config } from "../config/config.ts";
import { grpc as healthpb } from "../generated/codecs.js";
import { log } from "../log.ts";
import { type GuardOptions, HEALTH_PATH, newGuard } from "./grpc-guard.ts";
import { grpcCredentials } from "./secrets.ts";

const { HealthCheckRequest, HealthCheckResponse } = healthpb.health.v1;
const identity = (b: Buffer) => b;
export const EMPTY_RESPONSE = Buffer.alloc(0);

/** A handler may answer later (a large message counted in slices): its promise then settles the call. */
export type UnaryBody = (body: Buffer) => Buffer | Promise<Buffer>;

/** One open client stream. `message` may throw: the stream then ends with INVALID_ARGUMENT. */
export interface StreamSession {
  message(body: Buffer): void;
  /** The client half-closed: returns the encoded response. */
  end(): Buffer;
  /** Called exactly once, however the stream ends (end, error, cancel, rejection). */
  close(): void;
}

export interface GrpcServices {
  /** Full gRPC path → handler returning the encoded response; a thrown Error is INVALID_ARGUMENT. */
  unary: Map<string, UnaryBody>;
  /** Full gRPC path → a new session per client-streaming call. */
  clientStream: Map<string, (peer: string) => StreamSession>;
}

export interface GrpcHooks {
  ready: () => boolean;
  guard: GuardOptions;
  /** Called once per client stream ended for being idle. */
  onStreamIdle?: () => void;
}

export interface GrpcListener {
  port: number;
  /** Idle limit for client streams in ms (0: none); a reload may change it. */
  streamIdleMs: number;
  /**
   * Stops accepting calls, ends open client streams with OK (everything they delivered is counted),
   * lets unary calls finish for up to graceMs, then cuts the rest.
   */
  stop(graceMs: number): Promise<void>;
}

const IDLE_CHECK_MS = 250;

/** The fixed part of every method: bytes in and out untouched, one response. */
const RAW = {
  responseStream: false,
  requestSerialize: identity,
  requestDeserialize: identity,
  responseSerialize: identity,
  responseDeserialize: identity,
};

/**
 * Most characters of an error message sent back as grpc-message or logged. Messages may quote what
 * a sender sent (a 100 kB metric name): percent-encoded in full, that overflowed the HTTP/2 header
 * limit and the client got a reset stream (INTERNAL) instead of INVALID_ARGUMENT.
 */
const MAX_ERROR_CHARS = 512;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function errorMessage(e: unknown): string {
  let m = e instanceof Error ? e.message : String(e);
  if (m.length > MAX_ERROR_CHARS) m = `${m.slice(0, MAX_ERROR_CHARS)}… (${m.length} characters)`;
  // encodeURI, which grpc-js applies to the message, throws on a lone surrogate (as a cut may leave).
  return m.replace(LONE_SURROGATE, "\uFFFD");
}

function refuseMalformed(cb: grpc.sendUnaryData<Buffer>, path: string, peer: string, e: unknown): void {
  log("warn", "rejected a malformed request", { path, error: errorMessage(e), peer });
  cb({ code: grpc.status.INVALID_ARGUMENT, details: `${path}: ${errorMessage(e)}` });
}

// grpc-js arms a setTimeout with the age plus up to 10% jitter; past 2^31-1 ms Node fires it at once.
const MAX_TIMER_MS = Math.floor((2 ** 31 - 1) / 1.1);
const timerMs = (seconds: number) => Math.min(Math.ceil(seconds * 1000), MAX_TIMER_MS);

function serverOptions(c: Config, interceptors: grpc.ServerInterceptor[]): grpc.ServerOptions {
  const l = c.grpcLimits;
  return {
    "grpc.max_receive_message_length": c.maxMessageBytes,
    "grpc.max_send_message_length": 1024 * 1024,
    // Channelz (per-call and per-socket trackers and timestamps) is never queried here; off, each call costs less.
    "grpc.enable_channelz": 0,
    "grpc.max_concurrent_streams": l.maxConcurrentStreams,
    "grpc.keepalive_time_ms": l.keepaliveTimeSeconds * 1000,
    "grpc.keepalive_timeout_ms": l.keepaliveTimeoutSeconds * 1000,
    ...(l.maxConnectionIdleSeconds > 0 ? { "grpc.max_connection_idle_ms": l.maxConnectionIdleSeconds * 1000 } : {}),
    // ALS streams stay open for hours: without an age limit a new replica would get no traffic.
    ...(c.maxConnectionAgeSeconds > 0 && {
      "grpc.max_connection_age_ms": timerMs(c.maxConnectionAgeSeconds),
      "grpc.max_connection_age_grace_ms": timerMs(c.shutdownGraceSeconds),
    }),
    interceptors,
  };
}

/**
 * A message this large leaves megabytes of garbage behind (its bytes, grpc-js's chunks of it, the
 * strings made from it), which the engine collects only when it next needs memory: until then RSS
 * stays up by that much, once per such message in flight. One full collection shortly after gives
 * it back; at most one a second, so a flood of large messages costs a bounded share of the CPU.
 */
const LARGE_MESSAGE = 1024 * 1024;
let collecting = false;

function collectSoon(): void {
  if (collecting) return;
  collecting = true;
  setTimeout(() => {
    Bun.gc(true);
    setTimeout(() => (collecting = false), 1000).unref();
  }, 50).unref();
}

export async function startGrpc(services: GrpcServices, config: Config, hooks: GrpcHooks): Promise<GrpcListener> {
  const credentials = grpcCredentials(config.grpcTls, config.secretRefreshSeconds * 1000);
  const server = new grpc.Server(serverOptions(config, [newGuard(hooks.guard)]));
  // Every method as one service keyed by its path (grpc-js routes by the definition's path).
  const definition: Record<string, grpc.MethodDefinition<Buffer, Buffer>> = {};
  const handlers: grpc.UntypedServiceImplementation = {};
  const add = (path: string, requestStream: boolean, handler: grpc.UntypedHandleCall) => {
    definition[path] = { path, requestStream, ...RAW };
    handlers[path] = handler;
  };
  // Services a health check may name ("": the server as a whole).
  const known = new Set(["", ...[...services.unary.keys(), ...services.clientStream.keys()].map((p) => p.split("/")[1])]);
  for (const [path, handle] of services.unary) {
    add(path, false, (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => {
      const refuse = (e: unknown) => refuseMalformed(cb, path, call.getPeer(), e);
      const answer = (out: Buffer) => {
        if (call.request.length >= LARGE_MESSAGE) collectSoon();
        cb(null, out);
      };
      let out: Buffer | Promise<Buffer>;
      try {
        out = handle(call.request);
      } catch (e) {
        refuse(e);
        return;
      }
      if (out instanceof Promise) out.then(answer, refuse);
      else answer(out);
    });
  }
  // Open client streams, each able to end itself with OK (on shutdown, or when idle).
  const streams = new Set<{ end(): void; lastMessage: number }>();
  for (const [path, open] of services.clientStream) {
    add(path, true, (call: grpc.ServerReadableStream<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => {
      const peer = call.getPeer();
      const session = open(peer);
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        streams.delete(entry);
        session.close();
      };
      // The client half-closed, or (a stream may stay open for hours) shutdown or idleness ends it now
      // with OK, so the sender reconnects (on shutdown to another replica) instead of being cut off later.
      const end = () => {
        if (done) return;
        let out: Buffer;
        try {
          out = session.end();
        } catch (e) {
          finish();
          cb({ code: grpc.status.INTERNAL, details: `${path}: ${errorMessage(e)}` });
          return;
        }
        finish();
        cb(null, out);
      };
      const entry = { lastMessage: Date.now(), end };
      streams.add(entry);
      call.on("data", (body: Buffer) => {
        if (done) return;
        entry.lastMessage = Date.now();
        try {
          session.message(body);
          if (body.length >= LARGE_MESSAGE) collectSoon();
        } catch (e) {
          finish();
          refuseMalformed(cb, path, peer, e);
        }
      });
      call.on("end", end);
      call.on("cancelled", finish);
      call.on("error", finish);
      call.on("close", finish);
    });
  }
  add(HEALTH_PATH, false, (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => {
    let service: string;
    try {
      service = HealthCheckRequest.decode(call.request).service ?? "";
    } catch (e) {
      cb({ code: grpc.status.INVALID_ARGUMENT, details: `malformed HealthCheckRequest: ${errorMessage(e)}` });
      return;
    }
    if (!known.has(service)) {
      cb({ code: grpc.status.NOT_FOUND, details: `unknown service ${service}` });
      return;
    }
    const status = hooks.ready() ? HealthCheckResponse.ServingStatus.SERVING : HealthCheckResponse.ServingStatus.NOT_SERVING;
    cb(null, Buffer.from(HealthCheckResponse.encode({ status }).finish()));
  });
  server.addService(definition as grpc.ServiceDefinition, handlers);
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(config.grpcAddr, credentials, (err, p) => (err ? reject(err) : resolve(p)));
  });
  // An idle stream holds a call slot: ending it lets the sender reopen one when it has entries again.
  const idleCheck = setInterval(() => {
    if (!(listener.streamIdleMs > 0)) return;
    const before = Date.now() - listener.streamIdleMs;
    for (const s of [...streams]) {
      if (s.lastMessage >= before) continue;
      s.end();
      hooks.onStreamIdle?.();
    }
  }, IDLE_CHECK_MS);
  idleCheck.unref();
  const listener: GrpcListener = {
    port,
    streamIdleMs: config.grpcLimits.streamIdleSeconds * 1000,
    stop: (graceMs) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, graceMs);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
        clearInterval(idleCheck);
        for (const s of [...streams]) s.end();
      }),
  };
  return listener;
}
