// The rule book for metric families, in one place: config (gateway metrics an operator renames),
// Mixer metric definitions and the registry, which asserts the syntax for every family it takes.

/** Prometheus metric name syntax. */
export const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** Prometheus label name syntax; names starting with `__` are Prometheus' own on top. */
export const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Most finite bounds one histogram may have (each series costs 8 bytes per bucket). */
export const MAX_BUCKETS = 100;

/**
 * Prefixes no configured or sender-defined metric name may take: gatewaymetric's own metrics and
 * the process metrics (refused even where such a family is not registered yet), and `__`, which
 * Prometheus keeps for itself.
 */
export const RESERVED_PREFIXES: readonly string[] = ["gatewaymetric_", "process_", "__"];
/**
 * The gateway metrics' prefix. A sender's (Mixer) metric may not take it either, so it can never
 * clash with a gateway metric the config enables later; an operator renaming a gateway metric may.
 */
export const GATEWAY_PREFIX = "gateway_";

/** Why `name` cannot name a family chosen from outside, or null; `reserved` are the prefixes refused. */
export function metricNameProblem(name: string, reserved: readonly string[]): string | null {
  if (!METRIC_NAME.test(name)) return `${JSON.stringify(name)} is not a valid Prometheus metric name`;
  for (const p of reserved) if (name.startsWith(p)) return `${name}: the prefix ${p} is reserved`;
  return null;
}

/** Throws when a family about to be registered breaks the syntax: callers check names first, so it is a bug. */
export function assertFamilyNames(name: string, labelNames: readonly string[]): void {
  if (!METRIC_NAME.test(name)) throw new Error(`BUG: metric name ${JSON.stringify(name)} is invalid`);
  for (const l of labelNames) if (!LABEL_NAME.test(l)) throw new Error(`BUG: metric ${name}: label name ${JSON.stringify(l)} is invalid`);
}
