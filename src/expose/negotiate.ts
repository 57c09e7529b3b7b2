// Content negotiation for /metrics: which format and whether to gzip, from Accept and
// Accept-Encoding (RFC 9110 media ranges and q-values).
import type { Format } from "./render.ts";

interface Range {
  type: string;
  params: Map<string, string>;
  q: number;
}

function parseList(header: string): Range[] {
  const out: Range[] = [];
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
 * OpenMetrics when Accept asks for `application/openmetrics-text` (version 1.0.0, 0.0.1 or none)
 * at least as strongly as for anything the text format would satisfy; else the text format 0.0.4
 * (also with no Accept at all, `*\/*`, or nothing acceptable: Prometheus' own fallback).
 */
export function negotiateFormat(accept: string | null): Format {
  if (!accept) return "text";
  let om = 0;
  let text = 0;
  for (const r of parseList(accept)) {
    if (r.type === "application/openmetrics-text") {
      if (OM_VERSIONS.has(r.params.get("version"))) om = Math.max(om, r.q);
    } else if (r.type === "text/plain") {
      const v = r.params.get("version");
      if (v === undefined || v === "0.0.4") text = Math.max(text, r.q);
    } else if (r.type === "*/*" || r.type === "text/*") {
      text = Math.max(text, r.q);
    }
  }
  return om > 0 && om >= text ? "openmetrics" : "text";
}

/** True when Accept-Encoding allows gzip (explicitly, or through `*`). */
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
