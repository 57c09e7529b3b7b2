// Route labels: a raw path folded into a bounded template, so per-request ids do not become series.

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const HEX16 = /^[0-9a-fA-F]{16,}$/;
const DIGITS = /^[0-9]+$/;

export const ID_SEGMENT = "{id}";

/** True for a path segment that names one object rather than a route: digits, a UUID, long hex. */
export function isIdSegment(seg: string): boolean {
  return DIGITS.test(seg) || UUID.test(seg) || HEX16.test(seg);
}

/**
 * `/ratings/7?x=1#f` → `/ratings/{id}`. Query and fragment are dropped, an absolute-form target
 * (`http://host/p`) keeps only its path, and id-like segments become `{id}`.
 */
export function normalizePath(raw: string): string {
  let end = raw.length;
  const q = raw.indexOf("?");
  if (q >= 0) end = q;
  const h = raw.indexOf("#");
  if (h >= 0 && h < end) end = h;
  let start = 0;
  if (raw.startsWith("http://") || raw.startsWith("https://")) {
    const slash = raw.indexOf("/", raw.indexOf("//") + 2);
    start = slash >= 0 && slash < end ? slash : end;
    if (start === end) return "/";
  }
  const path = start === 0 && end === raw.length ? raw : raw.slice(start, end);
  if (path === "") return "";
  const segs = path.split("/");
  let changed = false;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (s !== "" && isIdSegment(s)) {
      segs[i] = ID_SEGMENT;
      changed = true;
    }
  }
  return changed ? segs.join("/") : path;
}

/**
 * normalizePath behind a bounded memo: gateways see the same few thousand paths over and over.
 * The memo is cleared when full, which bounds memory whatever the paths are.
 */
export function newRouteCache(limit = 10_000): (raw: string) => string {
  let memo = new Map<string, string>();
  return (raw) => {
    let r = memo.get(raw);
    if (r === undefined) {
      r = normalizePath(raw);
      if (memo.size >= limit) memo = new Map();
      memo.set(raw, r);
    }
    return r;
  };
}
