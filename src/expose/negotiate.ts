// Content negotiation for /metrics from Accept and Accept-Encoding (RFC 9110 media ranges, q-values).
// Prometheus 2.x asks for OpenMetrics first (q≈0.8), text below; 2.40–2.48 with native histograms put
// protobuf first (q 1); 2.49+ and 3.x weigh `scrape_protocols`, protobuf at q=0.5–0.6 above the text
// formats when native histograms are scraped. Highest q wins.
import type { Format } from "./render.ts";

/** A header's media ranges (or codings) with parameters and q (1 when absent). */
function parseList(header: string) {
  const out: { type: string; params: Map<string, string>; q: number }[] = [];
  for (const part of header.split(",")) {
    const [head, ...rest] = part.split(";");
    const type = head.trim().toLowerCase();
    if (type === "") continue;
    const params = new Map<string, string>();
    let q = 1;
    for (const p of rest) {
      const eq = p.indexOf("=");
      if (eq < 0) continue;
      const k = p.slice(0, eq).trim().toLowerCase();
      const v = p.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1");
      if (k === "q") {
        const n = Number(v);
        q = Number.isFinite(n) ? Math.min(Math.max(n, 0), 1) : 0;
      } else {
        params.set(k, v);
      }
    }
    out.push({ type, params, q });
  }
  return out;
}

/** Versions we serve OpenMetrics 1.0.0 for (0.0.1 is what older Prometheus also asks for). */
const OM_VERSIONS = new Set([undefined, "1.0.0", "0.0.1"]);

/**
 * Protobuf when Accept names the delimited MetricFamily stream (never through a wildcard) at least as
 * strongly as anything else; else OpenMetrics if asked for at least as strongly as the text format;
 * else text 0.0.4 (also for no Accept, `*\/*` or nothing acceptable: Prometheus' own fallback).
 */
export function negotiateFormat(accept: string | null): Format {
  if (!accept) return "text";
  let proto = 0;
  let om = 0;
  let text = 0;
  for (const r of parseList(accept)) {
    if (r.type === "application/vnd.google.protobuf") {
      if (r.params.get("proto") === "io.prometheus.client.MetricFamily" && (r.params.get("encoding") ?? "delimited") === "delimited") proto = Math.max(proto, r.q);
    } else if (r.type === "application/openmetrics-text") {
      if (OM_VERSIONS.has(r.params.get("version"))) om = Math.max(om, r.q);
    } else if (r.type === "text/plain") {
      const v = r.params.get("version");
      if (v === undefined || v === "0.0.4") text = Math.max(text, r.q);
    } else if (r.type === "*/*" || r.type === "text/*") {
      text = Math.max(text, r.q);
    }
  }
  if (proto > 0 && proto >= om && proto >= text) return "protobuf";
  return om > 0 && om >= text ? "openmetrics" : "text";
}

export function acceptsGzip(acceptEncoding: string | null): boolean {
  if (!acceptEncoding) return false;
  let gzip: number | null = null;
  let any: number | null = null;
  for (const r of parseList(acceptEncoding)) {
    if (r.type === "gzip" || r.type === "x-gzip") gzip = Math.max(gzip ?? 0, r.q);
    else if (r.type === "*") any = r.q;
  }
  return (gzip ?? any ?? 0) > 0;
}
