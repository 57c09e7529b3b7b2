// The HTTP listener: /metrics for Prometheus (text 0.0.4 or OpenMetrics 1.0.0 by Accept, gzip by
// Accept-Encoding), /healthz and /readyz for Kubernetes probes, the status page (/ and
// /api/status) and /debug/routes for operators. All but the probes sit behind the configured auth;
// the probes stay open for kubelet.
import type { Server } from "bun";
import { acceptsGzip, negotiateFormat } from "../expose/negotiate.ts";
import { contentType, type SliceOptions } from "../expose/render.ts";
import { isStatusPath } from "../expose/status-page.ts";
import { newScraper } from "../expose/scrape.ts";
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
  /** Whether /debug/* is served at all (off by default: it shows raw paths). */
  debug: boolean;
  /** JSON for /debug/routes; the endpoint answers 404 without it. */
  routes?: () => unknown;
  slices?: SliceOptions;
  /** The status page's answer for a status path (expose/status-page.ts); without it / is a line of text. */
  status?: (path: string) => Response;
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

const NOT_FOUND = () => new Response("not found\n", { status: 404 });

export function startHttp(opts: HttpOptions): Server<undefined> {
  const scraper = newScraper(opts.registry, opts.slices);
  return Bun.serve({
    hostname: opts.host,
    port: opts.port,
    // Lets a replacement listener (new TLS certificate) bind the port before this one closes.
    reusePort: true,
    tls: opts.tls,
    async fetch(req) {
      const path = new URL(req.url).pathname;
      if (req.method !== "GET" && req.method !== "HEAD") {
        return new Response("method not allowed\n", { status: 405, headers: { allow: "GET, HEAD" } });
      }
      switch (path) {
        case "/healthz":
          return new Response("ok\n");
        case "/readyz":
          return opts.ready() ? new Response("ready\n") : new Response("not ready\n", { status: 503 });
      }
      const isStatus = opts.status !== undefined && isStatusPath(path);
      if (path === "/" && !isStatus) {
        return new Response(`gatewaymetric: see /metrics, /healthz, /readyz${opts.debug ? ", /debug/routes" : ""}\n`);
      }
      const isDebug = path.startsWith("/debug/");
      if (path !== "/metrics" && !isStatus && !(isDebug && opts.debug)) return NOT_FOUND();
      if (!authorized(opts.auth, req.headers.get("authorization"))) return unauthorized(opts.auth);
      if (isStatus) return opts.status!(path);
      if (path === "/metrics") {
        const format = negotiateFormat(req.headers.get("accept"));
        const gzip = acceptsGzip(req.headers.get("accept-encoding"));
        const chunks = await scraper.scrape(format, gzip);
        const headers: Record<string, string> = { "content-type": contentType(format), vary: "Accept, Accept-Encoding" };
        if (gzip) headers["content-encoding"] = "gzip";
        return new Response(chunks.length === 1 ? chunks[0] : streamOf(chunks), { headers });
      }
      if (path === "/debug/routes" && opts.routes) {
        return Response.json(opts.routes(), { headers: { "cache-control": "no-store" } });
      }
      return NOT_FOUND();
    },
  });
}
