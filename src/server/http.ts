// The HTTP listener: /metrics for Prometheus (text 0.0.4 or OpenMetrics 1.0.0 by Accept, gzip by
// Accept-Encoding), /healthz and /readyz for Kubernetes probes, /debug/routes for operators.
import type { Server } from "bun";
import { acceptsGzip, negotiateFormat } from "../expose/negotiate.ts";
import { contentType, type SliceOptions } from "../expose/render.ts";
import { newScraper } from "../expose/scrape.ts";
import type { Registry } from "../store/registry.ts";

export interface HttpOptions {
  host: string;
  port: number;
  registry: Registry;
  ready: () => boolean;
  /** JSON for /debug/routes; the endpoint answers 404 without it. */
  routes?: () => unknown;
  slices?: SliceOptions;
}

/**
 * A large exposition goes out chunk by chunk: a Blob of the chunks would be one synchronous copy
 * of all of them (measured 100 ms for 200 MB), which is what the sliced render avoids.
 */
function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
}

export function startHttp(opts: HttpOptions): Server<undefined> {
  const scraper = newScraper(opts.registry, opts.slices);
  return Bun.serve({
    hostname: opts.host,
    port: opts.port,
    async fetch(req) {
      const path = new URL(req.url).pathname;
      if (req.method !== "GET" && req.method !== "HEAD") {
        return new Response("method not allowed\n", { status: 405, headers: { allow: "GET, HEAD" } });
      }
      switch (path) {
        case "/metrics": {
          const format = negotiateFormat(req.headers.get("accept"));
          const gzip = acceptsGzip(req.headers.get("accept-encoding"));
          const chunks = await scraper.scrape(format, gzip);
          const headers: Record<string, string> = { "content-type": contentType(format), vary: "Accept, Accept-Encoding" };
          if (gzip) headers["content-encoding"] = "gzip";
          return new Response(chunks.length === 1 ? chunks[0] : streamOf(chunks), { headers });
        }
        case "/debug/routes":
          if (!opts.routes) break;
          return Response.json(opts.routes(), { headers: { "cache-control": "no-store" } });
        case "/healthz":
          return new Response("ok\n");
        case "/readyz":
          return opts.ready() ? new Response("ready\n") : new Response("not ready\n", { status: 503 });
        case "/":
          return new Response("gatewaymetric: see /metrics, /healthz, /readyz, /debug/routes\n");
      }
      return new Response("not found\n", { status: 404 });
    },
  });
}
