// One server interceptor in front of every gRPC call: the bearer-token check, the limit on calls in
// flight, and counting each call's final status. Rejections happen before any body is decoded.
import * as grpc from "@grpc/grpc-js";
import { safeEqual, type Secret } from "./secrets.ts";

export interface GuardOptions {
  /** Required token; null: no token check. */
  token: Secret | null;
  maxConcurrentCalls: number;
  /** Called once per finished call with its path and final status. */
  onStatus: (path: string, code: grpc.status) => void;
  /** Paths that skip the token check (health checks from kubelet or load balancers). */
  open: ReadonlySet<string>;
}

export function tokenMatches(header: string, token: string): boolean {
  // Mixer sends `Bearer <token>` (auth_header BEARER) or the bare token (PLAIN).
  const presented = header.startsWith("Bearer ") ? header.slice(7) : header;
  return safeEqual(presented, token);
}

export function newGuard(opts: GuardOptions): { interceptor: grpc.ServerInterceptor; active: () => number } {
  let active = 0;
  const interceptor: grpc.ServerInterceptor = (desc, call) => {
    const path = desc.path;
    let counted = false;
    let finished = false;
    const done = (code: grpc.status) => {
      if (finished) return;
      finished = true;
      if (counted) active--;
      opts.onStatus(path, code);
    };
    // Rejections below go straight to `call`, past this interceptor's own sendStatus, so they count themselves.
    return new grpc.ServerInterceptingCall(call, {
      start(next) {
        next({
          onReceiveMetadata(metadata, mdNext) {
            if (opts.token && !opts.open.has(path)) {
              const want = opts.token.get();
              const got = metadata.get("authorization")[0];
              if (want === null || typeof got !== "string" || !tokenMatches(got, want)) {
                done(grpc.status.UNAUTHENTICATED);
                call.sendStatus({ code: grpc.status.UNAUTHENTICATED, details: "missing or wrong authorization token" });
                return;
              }
            }
            if (active >= opts.maxConcurrentCalls) {
              done(grpc.status.RESOURCE_EXHAUSTED);
              call.sendStatus({ code: grpc.status.RESOURCE_EXHAUSTED, details: `more than ${opts.maxConcurrentCalls} calls in flight` });
              return;
            }
            active++;
            counted = true;
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
  return { interceptor, active: () => active };
}
