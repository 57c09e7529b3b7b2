// Route labels: a raw path folded into a bounded template, so per-request ids do not become series.

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const HEX16 = /^[0-9a-fA-F]{16,}$/;
const ULID = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;

const ID_SEGMENT = "{id}";
const MORE_SEGMENTS = "…";
export const DEFAULT_MAX_SEGMENTS = 10;

/**
 * A segment naming one object: digits, UUID, 16+ hex digits, ULID, e-mail, 10+ alphanumerics with 3+
 * digits (`SKU12345678`), or a 20+ character token mixing cases and digits, switching at least every
 * third character, with ≤ 2 separators (JWT parts). Words, slugs, CamelCase and `v1beta1` stay.
 */
export function isIdSegment(seg: string): boolean {
  const n = seg.length;
  if (n === 0) return false;
  let digits = 0, lower = 0, upper = 0, separators = 0, other = 0, switches = 0;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = seg.charCodeAt(i);
    let cls = 0;
    if (c >= 48 && c <= 57) {
      digits++;
      cls = 1;
    } else if (c >= 97 && c <= 122) {
      lower++;
      cls = 2;
    } else if (c >= 65 && c <= 90) {
      upper++;
      cls = 3;
    } else if (c === 45 || c === 95 || c === 46 || c === 126 || c === 61) separators++; // - _ . ~ =
    else other++;
    if (cls !== 0) {
      if (prev !== 0 && cls !== prev) switches++;
      prev = cls;
    }
  }
  if (digits === n) return true;
  if (other > 0) return seg.includes("@") && EMAIL.test(seg);
  if (n >= 16 && separators === 0 && HEX16.test(seg)) return true;
  if (n === 36 && UUID.test(seg)) return true;
  if (n === 26 && ULID.test(seg)) return true;
  if (separators === 0 && n >= 10 && digits >= 3 && lower + upper > 0) return true;
  if (n >= 20 && digits > 0 && lower > 0 && upper > 0 && separators <= 2 && switches * 3 >= n) return true;
  return false;
}

/** Where a request target's query or fragment starts (its length without either). */
export function queryStart(raw: string): number {
  let end = raw.length;
  const q = raw.indexOf("?");
  if (q >= 0) end = q;
  const h = raw.indexOf("#");
  if (h >= 0 && h < end) end = h;
  return end;
}

/** The path part of a request target: query and fragment dropped, `http://host/p` → `/p`. */
export function pathOnly(raw: string): string {
  const end = queryStart(raw);
  let start = 0;
  if (raw.startsWith("http://") || raw.startsWith("https://")) {
    const slash = raw.indexOf("/", raw.indexOf("//") + 2);
    start = slash >= 0 && slash < end ? slash : end;
    if (start === end) return "/";
  }
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

/**
 * `/ratings/7?x=1#f` → `/ratings/{id}`: the path only (see pathOnly), id-like segments become
 * `{id}`, and a path deeper than `maxSegments` keeps its first ones followed by `/…`.
 */
export function normalizePath(raw: string, maxSegments = DEFAULT_MAX_SEGMENTS): string {
  const path = pathOnly(raw);
  if (path === "") return "";
  const segs = path.split("/");
  let changed = false;
  // segs[0] is what precedes the leading slash ("" for every origin-form path).
  if (segs.length - 1 > maxSegments) {
    segs.length = maxSegments + 1;
    segs.push(MORE_SEGMENTS);
    changed = true;
  }
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (s !== "" && s !== MORE_SEGMENTS && isIdSegment(s)) {
      segs[i] = ID_SEGMENT;
      changed = true;
    }
  }
  return changed ? segs.join("/") : path;
}
