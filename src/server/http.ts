// The HTTP listener: /metrics for Prometheus, /healthz and /readyz for Kubernetes probes.
import type { Server } from "bun";
import { renderText, TEXT_CONTENT_TYPE } from "../expose/text.ts";
import type { Registry } from "../store/registry.ts";

export interface HttpOptions {
  host: string;
  port: number;
  registry: Registry;
  ready: () => boolean;
}

export function startHttp(opts: HttpOptions): Server<undefined> {
  return Bun.serve({
    hostname: opts.host,
    port: opts.port,
    fetch(req) {
      const path = new URL(req.url).pathname;
      if (req.method !== "GET" && req.method !== "HEAD") {
        return new Response("method not allowed\n", { status: 405, headers: { allow: "GET, HEAD" } });
      }
      switch (path) {
        case "/metrics":
          return new Response(renderText(opts.registry), { headers: { "content-type": TEXT_CONTENT_TYPE } });
        case "/healthz":
          return new Response("ok\n");
        case "/readyz":
          return opts.ready() ? new Response("ready\n") : new Response("not ready\n", { status: 503 });
        case "/":
          return new Response("gatewaymetric: see /metrics, /healthz, /readyz\n");
        default:
          return new Response("not found\n", { status: 404 });
      }
    },
  });
}
