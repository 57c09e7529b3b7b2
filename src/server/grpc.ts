// The gRPC listener: every sender's service on one port. Bodies arrive as raw bytes and each
// ingest module decodes them itself, so a malformed message becomes INVALID_ARGUMENT, not INTERNAL.
import * as grpc from "@grpc/grpc-js";
import { grpc as healthpb } from "../generated/codecs.js";
import { log } from "../log.ts";

const identity = (b: Buffer) => b;
const EMPTY = Buffer.alloc(0);

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
  clientStream?: Map<string, (peer: string) => StreamSession>;
}

export interface GrpcOptions {
  addr: string;
  maxMessageBytes: number;
  ready: () => boolean;
  /** Plaintext when absent. */
  credentials?: grpc.ServerCredentials;
  interceptors?: grpc.ServerInterceptor[];
  /** Extra grpc-js server options (limits, keepalive). */
  serverOptions?: grpc.ServerOptions;
  /** GOAWAY each connection after about this long (0 or absent: never), then cut it after the grace. */
  maxConnectionAgeMs?: number;
  maxConnectionAgeGraceMs?: number;
  /** End a client stream with OK once it has sent nothing for this long (0 or absent: never). */
  streamIdleMs?: number;
  /** Called once per client stream ended for being idle. */
  onStreamIdle?: (path: string) => void;
}

/** One open client stream, able to end itself with OK (on shutdown, or when idle). */
interface OpenStream {
  readonly path: string;
  end(): void;
  /** Date.now() of its last message (or of its start). */
  lastMessage: number;
}

export interface GrpcListener {
  server: grpc.Server;
  port: number;
  streams: Set<OpenStream>;
  /** Idle limit for client streams in ms (0: none); a reload may change it. */
  streamIdleMs: number;
  /** Stops the idle check; stopGrpc calls it. */
  stopIdleCheck(): void;
}

/** How often open streams are checked for idleness. */
const IDLE_CHECK_MS = 250;

export const HEALTH_PATH = "/grpc.health.v1.Health/Check";

function method(path: string, requestStream: boolean): grpc.MethodDefinition<Buffer, Buffer> {
  return {
    path,
    requestStream,
    responseStream: false,
    requestSerialize: identity,
    requestDeserialize: identity,
    responseSerialize: identity,
    responseDeserialize: identity,
  };
}

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

// grpc-js arms a setTimeout with the age plus up to 10% jitter; past 2^31-1 ms Node fires it at once.
const MAX_TIMER_MS = Math.floor((2 ** 31 - 1) / 1.1);

/** ALS streams stay open for hours: without an age limit a new replica would get no traffic. */
function connectionAgeOptions(opts: GrpcOptions): grpc.ServerOptions {
  const age = opts.maxConnectionAgeMs ?? 0;
  if (!(age > 0)) return {};
  return {
    "grpc.max_connection_age_ms": Math.min(Math.ceil(age), MAX_TIMER_MS),
    "grpc.max_connection_age_grace_ms": Math.min(Math.ceil(opts.maxConnectionAgeGraceMs ?? 0), MAX_TIMER_MS),
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

export async function startGrpc(services: GrpcServices, opts: GrpcOptions): Promise<GrpcListener> {
  const server = new grpc.Server({
    ...opts.serverOptions,
    "grpc.max_receive_message_length": opts.maxMessageBytes,
    "grpc.max_send_message_length": 1024 * 1024,
    // Channelz (per-call and per-socket trackers and timestamps) is never queried here; off, each call costs less.
    "grpc.enable_channelz": 0,
    interceptors: opts.interceptors ?? [],
    ...connectionAgeOptions(opts),
  });
  const known = new Set<string>([""]);
  for (const [path, handle] of services.unary) {
    known.add(path.split("/")[1]);
    const def = { [path]: method(path, false) } as grpc.ServiceDefinition;
    server.addService(def, {
      [path]: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => {
        const refuse = (e: unknown) => {
          log("warn", "rejected a malformed request", { path, error: errorMessage(e), peer: call.getPeer() });
          cb({ code: grpc.status.INVALID_ARGUMENT, details: `${path}: ${errorMessage(e)}` });
        };
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
      },
    });
  }
  const streams = new Set<OpenStream>();
  const onIdle = opts.onStreamIdle ?? (() => {});
  for (const [path, open] of services.clientStream ?? []) {
    known.add(path.split("/")[1]);
    const def = { [path]: method(path, true) } as grpc.ServiceDefinition;
    server.addService(def, {
      [path]: (call: grpc.ServerReadableStream<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => serveClientStream(path, open, call, cb, streams),
    });
  }
  const healthPath = HEALTH_PATH;
  server.addService({ Check: method(healthPath, false) } as grpc.ServiceDefinition, {
    Check: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => {
      let service: string;
      try {
        service = healthpb.health.v1.HealthCheckRequest.decode(call.request).service ?? "";
      } catch (e) {
        cb({ code: grpc.status.INVALID_ARGUMENT, details: `malformed HealthCheckRequest: ${errorMessage(e)}` });
        return;
      }
      if (!known.has(service)) {
        cb({ code: grpc.status.NOT_FOUND, details: `unknown service ${service}` });
        return;
      }
      const status = opts.ready()
        ? healthpb.health.v1.HealthCheckResponse.ServingStatus.SERVING
        : healthpb.health.v1.HealthCheckResponse.ServingStatus.NOT_SERVING;
      cb(null, Buffer.from(healthpb.health.v1.HealthCheckResponse.encode({ status }).finish()));
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(opts.addr, opts.credentials ?? grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
  });
  const listener: GrpcListener = { server, port, streams, streamIdleMs: opts.streamIdleMs ?? 0, stopIdleCheck: () => clearInterval(idleCheck) };
  // An idle stream holds a call slot: ending it lets the sender reopen one when it has entries again.
  const idleCheck = setInterval(() => {
    if (!(listener.streamIdleMs > 0)) return;
    const before = Date.now() - listener.streamIdleMs;
    for (const s of [...streams]) {
      if (s.lastMessage >= before) continue;
      s.end();
      onIdle(s.path);
    }
  }, IDLE_CHECK_MS);
  idleCheck.unref();
  return listener;
}

export { EMPTY as EMPTY_RESPONSE };

function serveClientStream(
  path: string,
  open: (peer: string) => StreamSession,
  call: grpc.ServerReadableStream<Buffer, Buffer>,
  cb: grpc.sendUnaryData<Buffer>,
  streams: Set<OpenStream>,
): void {
  const peer = call.getPeer();
  const session = open(peer);
  let done = false;
  const finish = () => {
    if (done) return false;
    done = true;
    streams.delete(entry);
    session.close();
    return true;
  };
  // A sender's stream may stay open for hours: on shutdown (or when idle) answer it now with OK, so
  // the sender reconnects (on shutdown to another replica) instead of being cut off later.
  const entry: OpenStream = {
    path,
    lastMessage: Date.now(),
    end() {
      if (done) return;
      let out: Buffer;
      try {
        out = session.end();
      } catch {
        out = EMPTY;
      }
      finish();
      cb(null, out);
    },
  };
  streams.add(entry);
  call.on("data", (body: Buffer) => {
    if (done) return;
    entry.lastMessage = Date.now();
    try {
      session.message(body);
      if (body.length >= LARGE_MESSAGE) collectSoon();
    } catch (e) {
      if (!finish()) return;
      log("warn", "rejected a malformed stream message", { path, error: errorMessage(e), peer });
      cb({ code: grpc.status.INVALID_ARGUMENT, details: `${path}: ${errorMessage(e)}` });
    }
  });
  call.on("end", () => {
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
  });
  call.on("cancelled", finish);
  call.on("error", finish);
  call.on("close", finish);
}

/**
 * Stops accepting calls, ends open client streams with OK (everything they delivered is counted),
 * lets unary calls finish for up to graceMs, then cuts the rest.
 */
export function stopGrpc(l: GrpcListener, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      l.server.forceShutdown();
      resolve();
    }, graceMs);
    l.server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
    l.stopIdleCheck();
    for (const s of [...l.streams]) s.end();
  });
}
