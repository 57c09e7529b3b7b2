// Reading istio.policy.v1beta1.Value variables (as the codecs decode them: `value` names the member
// set) the way Mixer really sends them: the same attribute can arrive as int64, double, string or a
// typed wrapper depending on the instance's expression.
import { parseGoDuration, parseNumber, parseSeconds } from "../core/duration.ts";
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
    case "string_value": return v.string_value!;
    case "int64_value": return String(int64ToNumber(v.int64_value));
    case "double_value": return String(v.double_value);
    case "bool_value": return v.bool_value ? "true" : "false";
    case "dns_name_value": return v.dns_name_value!.value ?? "";
    case "uri_value": return v.uri_value!.value ?? "";
    case "email_address_value": return v.email_address_value!.value ?? "";
    case "ip_address_value": return ipText(v.ip_address_value!.value);
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

/** A Value as seconds: a Duration, a Go duration string ("25.1ms"), or a number taken as seconds. */
export function valueSeconds(v: Value | null | undefined): number {
  if (!v) return NaN;
  switch (v.value) {
    case "duration_value": {
      const d = v.duration_value!.value;
      return d ? int64ToNumber(d.seconds as Int64) + (d.nanos ?? 0) / 1e9 : 0;
    }
    case "string_value": return parseSeconds(v.string_value!);
    case "int64_value": return int64ToNumber(v.int64_value);
    case "double_value": return v.double_value!;
    default: return NaN;
  }
}

/**
 * Upstream service time in seconds from text: a Go duration string, or a plain number in milliseconds
 * (the unit of Envoy's x-envoy-upstream-service-time header, passed on as it is). NaN for ""
 * (`response.headers[…] | ""`: no such header); -1 for anything else that is not a non-negative amount.
 */
export function textUpstreamSeconds(s: string): number {
  if (s.trim() === "") return NaN;
  const g = parseGoDuration(s);
  return Number.isNaN(g) ? millisUpstreamSeconds(parseNumber(s)) : g >= 0 ? g : -1;
}

/** Upstream service time in seconds from a number of milliseconds; -1 if negative. */
export function millisUpstreamSeconds(ms: number): number {
  return ms >= 0 ? ms / 1000 : -1;
}
