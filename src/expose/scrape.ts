// Serving scrapes: concurrent scrapes of the same format share one render (and one gzip), and the
// render itself runs in slices (render.ts). gzip runs on libuv's thread pool, off the event loop.
import { createGzip } from "node:zlib";
import { type Registry, register, type ScalarFamily } from "../store/registry.ts";
import { internSeries, newSeriesTable } from "../store/series.ts";
import { newVector, vectorAdd } from "../store/vector.ts";
import { type Format, renderChunks } from "./render.ts";

/** zlib level 1: metrics text compresses ~10× even so, at a fraction of the CPU of level 6. */
const GZIP_LEVEL = 1;

type Rendered = { readonly chunks: Uint8Array[]; gzip: Promise<Uint8Array[]> | null };
export type Scraper = ReturnType<typeof newScraper>;

export function gzipChunks(chunks: readonly Uint8Array[]): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const out: Uint8Array[] = [];
    const gz = createGzip({ level: GZIP_LEVEL });
    gz.on("data", (b: Buffer) => out.push(b));
    gz.on("end", () => resolve(out));
    gz.on("error", reject);
    for (const c of chunks) gz.write(c);
    gz.end();
  });
}

function counter(reg: Registry, name: string, help: string): ScalarFamily {
  return register(reg, { name, help, type: "counter", table: newSeriesTable(["format"]), values: newVector() });
}

export function newScraper(reg: Registry) {
  const scrapes = counter(reg, "gatewaymetric_scrapes_total", "Scrapes of /metrics served, by format.");
  const renders = counter(reg, "gatewaymetric_renders_total", "Renders of the exposition, by format; concurrent scrapes share one.");
  const label = [""];
  const count = (f: ScalarFamily, format: Format) => {
    label[0] = format;
    vectorAdd(f.values, internSeries(f.table, label), 1);
  };
  for (const format of ["text", "openmetrics", "protobuf"] as const) {
    label[0] = format;
    internSeries(scrapes.table, label);
    internSeries(renders.table, label);
  }
  const inflight = new Map<Format, Promise<Rendered>>();

  function shared(format: Format): Promise<Rendered> {
    const running = inflight.get(format);
    if (running) return running;
    const p = (async (): Promise<Rendered> => {
      // Let the other requests that arrived in this turn of the event loop join.
      await new Promise<void>((resolve) => setImmediate(resolve));
      count(renders, format);
      return { chunks: await renderChunks(reg, format), gzip: null };
    })();
    inflight.set(format, p);
    const forget = () => setImmediate(() => {
      if (inflight.get(format) === p) inflight.delete(format);
    });
    p.then(forget, forget);
    return p;
  }

  return {
    /** The exposition in `format`, gzipped when asked; shares a render already under way. */
    async scrape(format: Format, gzip: boolean): Promise<Uint8Array[]> {
      count(scrapes, format);
      const r = await shared(format);
      if (!gzip) return r.chunks;
      r.gzip ??= gzipChunks(r.chunks);
      return r.gzip;
    },
  };
}
