// Reading istio.policy.v1beta1.Value variables the way Mixer really sends them: the same attribute
// can arrive as int64, double, string or a typed wrapper depending on the instance's expression.
import type { istio } from "../generated/codecs.js";

type Value = istio.policy.v1beta1.IValue;
type Int64 = number | { toNumber(): number } | null | undefined;

export function int64ToNumber(v: Int64): number {
  if (v == null) return 0;
  return typeof v === "number" ? v : v.toNumber();
}

/** A Value as label text; "" for values with no sensible text form. */
export function valueText(v: Value | null | undefined): string {
  if (!v) return "";
  switch (v.value) {
    case "string_value": return v.string_value ?? "";
    case "int64_value": return String(int64ToNumber(v.int64_value));
    case "double_value": return String(v.double_value);
    case "bool_value": return v.bool_value ? "true" : "false";
    case "dns_name_value": return v.dns_name_value?.value ?? "";
    case "uri_value": return v.uri_value?.value ?? "";
    case "email_address_value": return v.email_address_value?.value ?? "";
    case "ip_address_value": return ipText(v.ip_address_value?.value);
    default: return "";
  }
}

export function ipText(b: Uint8Array | null | undefined): string {
  if (!b) return "";
  if (b.length === 4) return b.join(".");
  if (b.length === 16) {
    const parts: string[] = [];
    for (let i = 0; i < 16; i += 2) parts.push(((b[i] << 8) | b[i + 1]).toString(16));
    return parts.join(":");
  }
  return "";
}

/** A Value as a plain number (codes, byte counts); NaN when it is not one. */
export function valueNumber(v: Value | null | undefined): number {
  if (!v) return NaN;
  switch (v.value) {
    case "int64_value": return int64ToNumber(v.int64_value);
    case "double_value": return v.double_value ?? NaN;
    case "string_value": return parseNumber(v.string_value ?? "");
    default: return NaN;
  }
}

/** A Value as seconds: a Duration, a Go duration string ("25.1ms"), or a number taken as seconds. */
export function valueSeconds(v: Value | null | undefined): number {
  if (!v) return NaN;
  switch (v.value) {
    case "duration_value": {
      const d = v.duration_value?.value;
      return d ? int64ToNumber(d.seconds as Int64) + (d.nanos ?? 0) / 1e9 : 0;
    }
    case "string_value": {
      const s = v.string_value ?? "";
      const g = parseGoDuration(s);
      return Number.isNaN(g) ? parseNumber(s) : g;
    }
    case "int64_value": return int64ToNumber(v.int64_value);
    case "double_value": return v.double_value ?? NaN;
    default: return NaN;
  }
}

export function parseNumber(s: string): number {
  const t = s.trim();
  return t === "" ? NaN : Number(t);
}

const GO_UNITS: Record<string, number> = { ns: 1e-9, us: 1e-6, "µs": 1e-6, "μs": 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
const GO_PART = /([0-9]*\.?[0-9]+)(ns|us|µs|μs|ms|s|m|h)/y;

/** Go's time.Duration text (`1h2m3.5s`, `25.1ms`, `-3s`, `0`) in seconds; NaN if it is not one. */
export function parseGoDuration(s: string): number {
  if (s === "0" || s === "-0" || s === "+0") return 0;
  let i = 0;
  let sign = 1;
  if (s[0] === "-" || s[0] === "+") {
    sign = s[0] === "-" ? -1 : 1;
    i = 1;
  }
  if (i >= s.length) return NaN;
  let total = 0;
  GO_PART.lastIndex = i;
  while (GO_PART.lastIndex < s.length) {
    const m = GO_PART.exec(s);
    if (!m) return NaN;
    total += Number(m[1]) * GO_UNITS[m[2]];
  }
  return sign * total;
}
