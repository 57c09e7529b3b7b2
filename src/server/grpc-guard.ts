// One server interceptor in front of every gRPC call: the bearer-token check, the limits on calls in
// flight (in all and per client connection), and counting each call's final status. Rejections
// happen before any body is decoded.
import * as grpc from "@grpc/grpc-js";
import { safeEqual, type Secret } from "./secrets.ts";

/** What a reload may change while the server runs; the guard reads it on every call. */
export interface GuardSettings {
  /** Required token; null: no token check. */
  token: Secret | null;
  maxConcurrentCalls: number;
  /** Calls one client connection may have in flight, so one connection cannot hold every slot. */
  maxCallsPerConnection: number;
}

/** The option behind a refusal: the `limit` label of gatewaymetric_grpc_limited_total. */
export type CallLimit = "grpcLimits.maxConcurrentCalls" | "grpcLimits.maxCallsPerConnection";

export interface GuardOptions {
  settings: GuardSettings;
  /** Called once per finished call with its path and final status. */
  onStatus: (path: string, code: grpc.status) => void;
  /** Called once per call refused by a limit. */
  onLimit: (limit: CallLimit) => void;
  /** Paths that skip the token check (health checks from kubelet or load balancers). */
  open: ReadonlySet<string>;
}

function tokenMatches(header: string, token: string): boolean {
  // Mixer sends `Bearer <token>` (auth_header BEARER) or the bare token (PLAIN).
  const presented = header.startsWith("Bearer ") ? header.slice(7) : header;
  return safeEqual(presented, token);
}

export function newGuard(opts: GuardOptions): grpc.ServerInterceptor {
  const s = opts.settings;
  let active = 0;
  // Calls in flight per connection, keyed by the peer's address and port (one per TCP connection).
  const perConnection = new Map<string, number>();
  return (desc, call) => {
    const path = desc.path;
    let connection: string | null = null;
    let finished = false;
    const done = (code: grpc.status) => {
      if (finished) return;
      finished = true;
      if (connection !== null) {
        active--;
        const n = perConnection.get(connection)! - 1;
        if (n === 0) perConnection.delete(connection);
        else perConnection.set(connection, n);
      }
      opts.onStatus(path, code);
    };
    const refuse = (code: grpc.status, details: string) => {
      done(code);
      call.sendStatus({ code, details });
    };
    // Rejections go straight to `call`, past this interceptor's own sendStatus, so they count themselves.
    return new grpc.ServerInterceptingCall(call, {
      start(next) {
        next({
          onReceiveMetadata(metadata, mdNext) {
            if (s.token && !opts.open.has(path)) {
              const want = s.token.get();
              const got = metadata.get("authorization")[0];
              if (want === null || typeof got !== "string" || !tokenMatches(got, want)) {
                refuse(grpc.status.UNAUTHENTICATED, "missing or wrong authorization token");
                return;
              }
            }
            const peer = call.getPeer();
            const mine = perConnection.get(peer) ?? 0;
            if (mine >= s.maxCallsPerConnection) {
              opts.onLimit("grpcLimits.maxCallsPerConnection");
              refuse(grpc.status.RESOURCE_EXHAUSTED, `more than ${s.maxCallsPerConnection} calls in flight on this connection (grpcLimits.maxCallsPerConnection)`);
              return;
            }
            if (active >= s.maxConcurrentCalls) {
              opts.onLimit("grpcLimits.maxConcurrentCalls");
              refuse(grpc.status.RESOURCE_EXHAUSTED, `more than ${s.maxConcurrentCalls} calls in flight (grpcLimits.maxConcurrentCalls)`);
              return;
            }
            active++;
            perConnection.set(peer, mine + 1);
            connection = peer;
            mdNext(metadata);
          },
          onCancel() {
            done(grpc.status.CANCELLED);
          },
        });
      },
      sendStatus(status, next) {
        done(status.code);
        next(status);
      },
    });
  };
}
