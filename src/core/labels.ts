// Label values derived from a record's raw fields, each kept to a small fixed set.

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]);

/** Upper-cased standard HTTP method, or `_OTHER` (so a client cannot mint label values). */
export function methodLabel(method: string): string {
  if (METHODS.has(method)) return method;
  const upper = method.toUpperCase();
  return METHODS.has(upper) ? upper : "_OTHER";
}

const CODES: string[] = Array.from({ length: 1000 }, (_, i) => String(i));

/** The status code as text; codes outside 0..999 are not HTTP codes and become "0". */
export function codeLabel(code: number): string {
  return code >= 0 && code < 1000 && Number.isInteger(code) ? CODES[code] : "0";
}
