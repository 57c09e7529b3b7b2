// Serves the status page: the HTML, its stylesheet and script (embedded in the executable, no CDN),
// and /api/status. The Content-Security-Policy allows only same-origin script, style and fetches:
// no inline script can run even if a value slipped into markup, and the script inserts every value
// as text anyway. GET only: the page changes nothing.
import html from "./status/page.html" with { type: "text" };
import css from "./status/page.css" with { type: "text" };
import js from "./status/page.js" with { type: "text" };
import icon from "./status/favicon.svg" with { type: "text" };
import { pollStatus, type Status } from "./status.ts";

const CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
  "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join("; ");

const HEADERS = {
  "content-security-policy": CSP,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cache-control": "no-store",
};

const FILES: Record<string, { body: string; type: string }> = {
  "/": { body: html as unknown as string, type: "text/html; charset=utf-8" },
  "/status.css": { body: css, type: "text/css; charset=utf-8" },
  "/status.js": { body: js, type: "text/javascript; charset=utf-8" },
  "/favicon.svg": { body: icon, type: "image/svg+xml" },
};

const STATUS_API = "/api/status";

export const STATUS_PATHS: readonly string[] = [STATUS_API, ...Object.keys(FILES)];

export function statusResponse(st: Status, path: string): Response {
  if (path === STATUS_API) return Response.json(pollStatus(st), { headers: HEADERS });
  const f = FILES[path];
  return new Response(f.body, { headers: { ...HEADERS, "content-type": f.type } });
}
