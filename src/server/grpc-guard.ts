// One server interceptor in front of every gRPC call: the bearer-token check, the limits on calls in
// flight (in all and per client connection), and counting each call's final status. Rejections
// happen before any body is decoded.
import * as grpc from "@grpc/grpc-js";
import type { GrpcLimit } from "../core/self-metrics.ts";
import { safeEqual, type Secret } from "./secrets.ts";

/** What a reload may change while the server runs; the guard reads it on every call. */
export interface GuardSettings {
  /** Required token; null: no token check. */
  token: Secret | null;
  maxConcurrentCalls: number;
  /** Calls one client connection may have in flight, so one connection cannot hold every slot. */
  maxCallsPerConnection: number;
}

export interface GuardOptions {
  settings: GuardSettings;
  /** Called once per finished call with its path and final status. */
  onStatus: (path: string, code: grpc.status) => void;
  /** Called once per call refused by a limit, with the option that set it. */
  onLimit: (limit: GrpcLimit) => void;
}

/** Skips the token check: health checks come from kubelet or load balancers. */
export const HEALTH_PATH = "/grpc.health.v1.Health/Check";

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
    // Rejections go straight to `call`, past this interceptor's own sendStatus, so they count themselves.
    const refuse = (code: grpc.status, details: string) => {
      done(code);
      call.sendStatus({ code, details });
    };
    const limited = (limit: GrpcLimit, max: number, scope: string) => {
      opts.onLimit(limit);
      refuse(grpc.status.RESOURCE_EXHAUSTED, `more than ${max} calls in flight${scope} (${limit})`);
    };
    return new grpc.ServerInterceptingCall(call, {
      start(next) {
        next({
          onReceiveMetadata(metadata, mdNext) {
            if (s.token && path !== HEALTH_PATH) {
              const want = s.token.get();
              const got = metadata.get("authorization")[0];
              // Mixer sends `Bearer <token>` (auth_header BEARER) or the bare token (PLAIN).
              const presented = typeof got === "string" && got.startsWith("Bearer ") ? got.slice(7) : got;
              if (want === null || typeof presented !== "string" || !safeEqual(presented, want)) {
                refuse(grpc.status.UNAUTHENTICATED, "missing or wrong authorization token");
                return;
              }
            }
            const peer = call.getPeer();
            const mine = perConnection.get(peer) ?? 0;
            if (mine >= s.maxCallsPerConnection) {
              limited("grpcLimits.maxCallsPerConnection", s.maxCallsPerConnection, " on this connection");
              return;
            }
            if (active >= s.maxConcurrentCalls) {
              limited("grpcLimits.maxConcurrentCalls", s.maxConcurrentCalls, "");
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
