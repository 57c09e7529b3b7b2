// Label values derived from a record's raw fields, each kept to a small fixed set or made safe.

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]);

/** Upper-cased standard HTTP method, or `_OTHER` (so a client cannot mint label values). */
export function methodLabel(method: string): string {
  if (METHODS.has(method)) return method;
  const upper = method.toUpperCase();
  return METHODS.has(upper) ? upper : "_OTHER";
}

const CODES: string[] = Array.from({ length: 1000 }, (_, i) => String(i));
const CLASSES: string[] = Array.from({ length: 10 }, (_, i) => `${i}xx`);

/** The status code as text; codes outside 0..999 are not HTTP codes and become "0". */
export function codeLabel(code: number): string {
  return code >= 0 && code < 1000 && Number.isInteger(code) ? CODES[code] : "0";
}

/** `2xx` for 200..299 and so on; "0" (no response was sent) stays "0", like anything not a code. */
export function codeClassLabel(code: number): string {
  return code >= 100 && code < 1000 && Number.isInteger(code) ? CLASSES[Math.floor(code / 100)] : "0";
}

export const TRUNCATED = "…";

/**
 * Valid UTF-8 of at most `maxBytes` bytes: control characters and lone surrogates become U+FFFD, a
 * longer value is cut at a character boundary and ends with `…`. Printable ASCII returns as is.
 */
export function cleanLabel(s: string, maxBytes: number): string {
  const n = s.length;
  if (n <= maxBytes) {
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e) break;
      i++;
    }
    if (i === n) return s;
  }
  let out = "";
  let bytes = 0;
  let fit = -1; // out.length when bytes last fitted with room left for the marker
  const room = maxBytes - 3;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let ch: string;
    let len: number;
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) {
      ch = "\uFFFD";
      len = 3;
    } else if (c < 0x80) {
      ch = s[i];
      len = 1;
    } else if (c < 0x800) {
      ch = s[i];
      len = 2;
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < n && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) < 0xe000) {
      ch = s.slice(i, i + 2);
      len = 4;
      i++;
    } else if (c >= 0xd800 && c < 0xe000) {
      ch = "\uFFFD";
      len = 3;
    } else {
      ch = s[i];
      len = 3;
    }
    if (bytes + len <= room) fit = out.length + ch.length;
    bytes += len;
    out += ch;
    if (bytes > maxBytes) return out.slice(0, Math.max(fit, 0)) + TRUNCATED;
  }
  return out;
}

const HEX_ID = /^[0-9a-fA-F]{8,64}$/;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;
const REQUEST_ID = /^[0-9a-zA-Z-]{8,64}$/;

/**
 * An exemplar trace id from a hex id (B3, W3C, OTLP), a W3C `traceparent`, or a request id (UUID);
 * "" otherwise. At most 64 characters, within OpenMetrics' 128-character exemplar label limit.
 */
export function traceIdFrom(s: string): string {
  if (s === "" || s.length > 64) return "";
  if (HEX_ID.test(s)) return s;
  const tp = TRACEPARENT.exec(s);
  if (tp) return tp[1];
  return REQUEST_ID.test(s) ? s : "";
}
