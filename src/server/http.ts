// The HTTP listener: /metrics for Prometheus, /healthz and /readyz for Kubernetes probes.
import type { Server } from "bun";
import { renderText, TEXT_CONTENT_TYPE } from "../expose/text.ts";
import type { Registry } from "../store/registry.ts";
import { authorized, type HttpAuth, unauthorized } from "./http-guard.ts";
import type { TlsFiles } from "./tls.ts";

export interface HttpOptions {
  host: string;
  port: number;
  registry: Registry;
  ready: () => boolean;
  auth: HttpAuth;
  tls?: TlsFiles;
  /** Whether /debug/* is served at all. */
  debug: boolean;
}

export function startHttp(opts: HttpOptions): Server<undefined> {
  return Bun.serve({
    hostname: opts.host,
    port: opts.port,
    // Lets a replacement listener (new TLS certificate) bind the port before this one closes.
    reusePort: true,
    tls: opts.tls,
    fetch(req) {
      const path = new URL(req.url).pathname;
      if (req.method !== "GET" && req.method !== "HEAD") {
        return new Response("method not allowed\n", { status: 405, headers: { allow: "GET, HEAD" } });
      }
      if (path === "/healthz") return new Response("ok\n");
      if (path === "/readyz") return opts.ready() ? new Response("ready\n") : new Response("not ready\n", { status: 503 });
      if (path === "/") return new Response("gatewaymetric: see /metrics, /healthz, /readyz\n");
      const isDebug = path.startsWith("/debug/");
      if (path !== "/metrics" && !(isDebug && opts.debug)) return new Response("not found\n", { status: 404 });
      if (!authorized(opts.auth, req.headers.get("authorization"))) return unauthorized(opts.auth);
      if (path === "/metrics") {
        return new Response(renderText(opts.registry), { headers: { "content-type": TEXT_CONTENT_TYPE } });
      }
      return new Response("not found\n", { status: 404 });
    },
  });
}
