// The rule book for metric families, in one place: config (gateway metrics an operator renames),
// Mixer metric definitions and the registry, which asserts the syntax for every family it takes.

/** Prometheus metric name syntax. */
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** Prometheus label name syntax; names starting with `__` are Prometheus' own on top. */
export const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Most finite bounds one histogram may have (each series costs 8 bytes per bucket). */
export const MAX_BUCKETS = 100;

/** Prefixes no configured or sender-defined metric may take: our own and process metrics', and Prometheus' `__`. */
export const RESERVED_PREFIXES: readonly string[] = ["gatewaymetric_", "process_", "__"];
/** Refused to senders' (Mixer) metrics, so they never clash with a gateway metric enabled later. */
export const GATEWAY_PREFIX = "gateway_";

/** Why `name` cannot name a family chosen from outside, or null; `reserved` are the prefixes refused. */
export function metricNameProblem(name: string, reserved: readonly string[]): string | null {
  if (!METRIC_NAME.test(name)) return `${JSON.stringify(name)} is not a valid Prometheus metric name`;
  for (const p of reserved) if (name.startsWith(p)) return `${name}: the prefix ${p} is reserved`;
  return null;
}

/**
 * Every name a family takes in either format, as a strict OpenMetrics parser counts them (a counter
 * family is named without `_total`); two families may not share any.
 */
export function exposedNames(name: string, type: "counter" | "gauge" | "histogram"): string[] {
  if (type === "counter") {
    const base = name.endsWith("_total") ? name.slice(0, -6) : name;
    return [base, base + "_total", base + "_created"];
  }
  if (type === "histogram") return [name, name + "_bucket", name + "_sum", name + "_count", name + "_created"];
  return [name];
}

/** Throws when a family about to be registered breaks the syntax: callers check names first, so it is a bug. */
export function assertFamilyNames(name: string, labelNames: readonly string[]): void {
  if (!METRIC_NAME.test(name)) throw new Error(`BUG: metric name ${JSON.stringify(name)} is invalid`);
  for (const l of labelNames) if (!LABEL_NAME.test(l)) throw new Error(`BUG: metric ${name}: label name ${JSON.stringify(l)} is invalid`);
}
