// The HTTP listener: /metrics for Prometheus (text 0.0.4 or OpenMetrics 1.0.0 by Accept, gzip by
// Accept-Encoding), /healthz and /readyz for Kubernetes probes, the status page (/ and
// /api/status) and /debug/routes for operators. All but the probes sit behind the configured auth,
// so kubelet needs no credentials.
import type { Server } from "bun";
import { acceptsGzip, negotiateFormat } from "../expose/negotiate.ts";
import { CONTENT_TYPES } from "../expose/render.ts";
import type { Scraper } from "../expose/scrape.ts";
import { STATUS_PATHS } from "../expose/status-page.ts";
import { readTls, safeEqual, type Secret, type TlsFiles, type TlsPaths, watchTls } from "./secrets.ts";

/** What a reload may change while the listener runs. */
export interface HttpSettings {
  auth: HttpAuth;
  /** Whether /debug/* is served at all (off by default: it shows raw paths). */
  debug: boolean;
}

type Handle = (req: Request) => Response | Promise<Response>;

interface HttpAuth {
  bearer: Secret | null;
  basicUser: string;
  basicPassword: Secret | null;
}

/** True if no auth is configured or the request carries any of the accepted credentials. */
function authorized(a: HttpAuth, header: string | null): boolean {
  if (a.bearer === null && a.basicPassword === null) return true;
  if (!header) return false;
  if (a.bearer && header.startsWith("Bearer ")) {
    const want = a.bearer.get();
    return want !== null && safeEqual(header.slice(7), want);
  }
  if (a.basicPassword && header.startsWith("Basic ")) {
    const want = a.basicPassword.get();
    let decoded: string;
    try {
      decoded = atob(header.slice(6).trim());
    } catch {
      return false;
    }
    const colon = decoded.indexOf(":");
    if (colon < 0 || want === null) return false;
    const userOk = safeEqual(decoded.slice(0, colon), a.basicUser);
    const passOk = safeEqual(decoded.slice(colon + 1), want);
    return userOk && passOk;
  }
  return false;
}

function unauthorized(a: HttpAuth): Response {
  const challenges: string[] = [];
  if (a.basicPassword) challenges.push('Basic realm="gatewaymetric"');
  if (a.bearer) challenges.push('Bearer realm="gatewaymetric"');
  return new Response("unauthorized\n", { status: 401, headers: { "www-authenticate": challenges.join(", ") } });
}

/** Paths open without auth: the probes, for kubelet. /debug/* exists only with debugEndpoints. */
const OPEN = new Set(["/healthz", "/readyz"]);

export interface HttpHandlerOptions {
  scraper: Scraper;
  ready: () => boolean;
  settings: HttpSettings;
  /** JSON for /debug/routes. */
  routes: () => unknown;
  /** The status page's answer for one of STATUS_PATHS (/ among them). */
  status: (path: string) => Response;
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

export function newHttpHandler(opts: HttpHandlerOptions): Handle {
  const { scraper, ready, settings, status } = opts;
  const routes = new Map<string, Handle>([
    ["/healthz", () => new Response("ok\n")],
    ["/readyz", () => (ready() ? new Response("ready\n") : new Response("not ready\n", { status: 503 }))],
    [
      "/metrics",
      async (req) => {
        const format = negotiateFormat(req.headers.get("accept"));
        const gzip = acceptsGzip(req.headers.get("accept-encoding"));
        const chunks = await scraper.scrape(format, gzip);
        const headers: Record<string, string> = { "content-type": CONTENT_TYPES[format], vary: "Accept, Accept-Encoding" };
        if (gzip) headers["content-encoding"] = "gzip";
        return new Response(chunks.length === 1 ? chunks[0] : streamOf(chunks), { headers });
      },
    ],
    ["/debug/routes", () => Response.json(opts.routes(), { headers: { "cache-control": "no-store" } })],
    ...STATUS_PATHS.map((path): [string, Handle] => [path, () => status(path)]),
  ]);
  return (req) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return new Response("method not allowed\n", { status: 405, headers: { allow: "GET, HEAD" } });
    }
    const path = new URL(req.url).pathname;
    const handle = routes.get(path);
    if (!handle || (path.startsWith("/debug/") && !settings.debug)) return new Response("not found\n", { status: 404 });
    if (!OPEN.has(path) && !authorized(settings.auth, req.headers.get("authorization"))) return unauthorized(settings.auth);
    return handle(req);
  };
}

export interface HttpListener {
  readonly port: number;
  stop(): void;
}

function bind(host: string, port: number, tls: TlsFiles | undefined, fetch: Handle): Server<undefined> {
  // No reusePort: a second process on the same address must fail, not share (and split) scrapes.
  return Bun.serve({ hostname: host, port, tls, fetch });
}

/** Listens on `host:port`, with TLS when the files are set: a rotated certificate is served as it changes. */
export function listenHttp(host: string, port: number, files: TlsPaths, refreshMs: number, fetch: Handle): HttpListener {
  let tls = readTls(files);
  let server = bind(host, port, tls, fetch);
  const bound = server.port ?? port;
  // Bun cannot swap the certificate of a live listener. Close, then bind in the same synchronous
  // step: never two sockets on the port, and a connection attempt can only miss the port for
  // microseconds (open requests on the old listener finish).
  const stopWatch = watchTls(files, refreshMs, (next) => {
    server.stop(false);
    try {
      server = bind(host, bound, next, fetch);
      tls = next;
    } catch (e) {
      server = bind(host, bound, tls, fetch);
      throw e;
    }
  });
  return {
    port: bound,
    stop() {
      stopWatch();
      server.stop(true);
    },
  };
}
