// The structured parts of the config file: `metrics:` (per-metric settings), `extraLabels:` and
// `route.templates:`. Config-file only: they do not fit a flag. Every error names the key path
// (`metrics.requestDuration.buckets[3]`) so an operator can find it.
import { AVAILABLE_LABELS, type BucketSpec, MAX_EXTRA_LABELS, METRIC_DEFS, type MetricSettings, RESERVED_LABELS } from "../core/catalog.ts";
import type { ExtraLabelSpec } from "../ingest/extra-values.ts";
import { MAX_SCHEMA, MIN_SCHEMA } from "../store/native-histogram.ts";
import { type RouteTemplate, templateProblem, templateShape } from "../core/route-templates.ts";
import { LABEL_NAME, MAX_BUCKETS, metricNameProblem, RESERVED_PREFIXES } from "../store/metric-rules.ts";

/** Defined here rather than in config.ts, which imports this module; config.ts exports it. */
export class ConfigError extends Error {}

/** Checks one value and returns it as Config holds it; `where` names its key path. */
type Check = (v: unknown, where: string) => unknown;
type Obj = Record<string, unknown>;

/** Most native buckets a series may be allowed before its resolution halves. */
const MAX_NATIVE_BUCKETS = 10000;
const DEFAULT_EXTRA_VALUES = 100;
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function fail(where: string, msg: string): never {
  throw new ConfigError(`${where}: ${msg}`);
}

const str = (v: unknown, where: string): string =>
  typeof v === "string" && v !== "" ? v : fail(where, `expected a non-empty string, got ${JSON.stringify(v)}`);

const bool = (v: unknown, where: string): boolean =>
  typeof v === "boolean" ? v : fail(where, `expected true or false, got ${JSON.stringify(v)}`);

function num(v: unknown, where: string, check: (n: number) => boolean = () => true, what = "a number"): number {
  if (typeof v !== "number" || !Number.isFinite(v) || !check(v)) fail(where, `expected ${what}, got ${JSON.stringify(v)}`);
  return v;
}

const above = (min: number): Check => (v, where) => num(v, where, (n) => n > min, `a number above ${min}`);

function int(min: number, max = Infinity): Check {
  const what = max === Infinity ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
  return (v, where) => num(v, where, (n) => Number.isInteger(n) && n >= min && n <= max, what);
}

/** An optional key: absent stays absent. */
const opt = (check: Check): Check => (v, where) => (v === undefined ? undefined : check(v, where));

/**
 * A mapping with the keys of `fields` only. Each field's check runs in table order, on undefined
 * when the key is absent (so a check not wrapped in opt() makes its key required).
 */
function mapping(v: unknown, where: string, fields: Record<string, Check>, what: string): Obj {
  if (!isObj(v)) fail(where, what);
  const allowed = Object.keys(fields);
  for (const k of Object.keys(v)) if (!allowed.includes(k)) fail(`${where}.${k}`, `unknown key (allowed: ${allowed.join(", ")})`);
  const out: Obj = {};
  for (const k of allowed) {
    const x = fields[k](v[k], `${where}.${k}`);
    if (x !== undefined) out[k] = x;
  }
  return out;
}

const count = int(1, MAX_BUCKETS);

function buckets(v: unknown, where: string): BucketSpec {
  if (Array.isArray(v)) {
    if (v.length === 0 || v.length > MAX_BUCKETS) fail(where, `expected 1 to ${MAX_BUCKETS} bounds, got ${v.length}`);
    v.forEach((b, i) => {
      num(b, `${where}[${i}]`, undefined, "a finite number");
      if (i > 0 && !(b > v[i - 1])) fail(`${where}[${i}]`, `bounds must increase: ${b} is not above ${v[i - 1]}`);
    });
    return v as number[];
  }
  if (!isObj(v)) fail(where, "expected a list of bounds, {linear: {start, width, count}} or {exponential: {start, factor, count}}");
  const kind = Object.keys(v);
  if (kind.length !== 1 || (kind[0] !== "linear" && kind[0] !== "exponential"))
    fail(where, "expected exactly one of linear or exponential (or a list of bounds)");
  const fields: Record<string, Check> =
    kind[0] === "linear" ? { start: num, width: above(0), count } : { start: above(0), factor: above(1), count };
  return { [kind[0]]: mapping(v[kind[0]], `${where}.${kind[0]}`, fields, "expected a mapping") } as BucketSpec;
}

const native: Check = (v, where) =>
  mapping(v, where, { enabled: opt(bool), schema: opt(int(MIN_SCHEMA, MAX_SCHEMA)), maxBuckets: opt(int(1, MAX_NATIVE_BUCKETS)) },
    "expected a mapping {enabled, schema, maxBuckets}");

function metricName(v: unknown, where: string, type: "counter" | "histogram"): string {
  const name = str(v, where);
  const problem = metricNameProblem(name, RESERVED_PREFIXES);
  if (problem !== null) fail(where, problem);
  if (type === "counter" && !name.endsWith("_total")) fail(where, `${JSON.stringify(name)}: a counter's name must end in _total`);
  if (type === "histogram" && /_(bucket|count|sum|total|created)$/.test(name))
    fail(where, `${JSON.stringify(name)}: a histogram's name must not end in _bucket, _count, _sum, _total or _created`);
  return name;
}

function metrics(raw: unknown, where: string, read: ReadSoFar): Record<string, MetricSettings> {
  if (raw === null || raw === undefined) return {};
  if (!isObj(raw)) fail(where, "expected a mapping of metric id to settings");
  const out: Record<string, MetricSettings> = {};
  for (const [id, v] of Object.entries(raw)) {
    const def = METRIC_DEFS.find((d) => d.id === id);
    const w = `${where}.${id}`;
    if (!def) fail(w, `unknown metric (known: ${METRIC_DEFS.map((d) => d.id).join(", ")})`);
    const histogram = (check: Check): Check =>
      opt((x, wk) => (def.type === "histogram" ? check(x, wk) : fail(wk, `${id} is a ${def.type}, not a histogram`)));
    // The metric's own labels or (not on TCP metrics) extra labels.
    const available = [...AVAILABLE_LABELS[def.kind], ...(def.kind === "tcp" ? [] : read.extraLabels.map((x) => x.name))];
    const labels: Check = (x, wk) => {
      if (!Array.isArray(x)) fail(wk, `expected a list of labels from: ${available.join(", ")}`);
      x.forEach((l, i) => {
        if (!available.includes(l)) fail(`${wk}[${i}]`, `unknown label ${JSON.stringify(l)} (available: ${available.join(", ")})`);
        if (x.indexOf(l) < i) fail(`${wk}[${i}]`, `label ${l} listed twice`);
      });
      return x;
    };
    const ms: MetricSettings = mapping(v, w, {
      enabled: opt(bool),
      name: opt((x, wk) => metricName(x, wk, def.type)),
      help: opt(str),
      labels: opt(labels),
      buckets: histogram(buckets),
      native: histogram(native),
      statusClasses: opt(bool),
      maxSeries: opt(int(1)),
      exemplars: opt(bool),
    }, "expected a mapping of settings");
    if (ms.statusClasses && !(ms.labels ?? def.labels).includes("code")) fail(`${w}.statusClasses`, `${id} has no code label`);
    out[id] = ms;
  }
  const names = new Map<string, string>();
  for (const def of METRIC_DEFS) {
    const ms = out[def.id] ?? {};
    if (ms.enabled === false) continue;
    const name = ms.name ?? def.name;
    const other = names.get(name);
    if (other !== undefined) fail(`${where}.${def.id}.name`, `${name} is also the name of metrics.${other}`);
    names.set(name, def.id);
  }
  return out;
}

function extraLabels(raw: unknown, where: string): ExtraLabelSpec[] {
  if (raw === null || raw === undefined) return [];
  const what = "{name, header, attribute, variable, maxValues}";
  if (!Array.isArray(raw)) fail(where, `expected a list of ${what}`);
  if (raw.length > MAX_EXTRA_LABELS) fail(where, `at most ${MAX_EXTRA_LABELS} extra labels, got ${raw.length}`);
  const seen: string[] = [];
  return raw.map((item, i) => {
    let name = "";
    const orName = (x: unknown, wk: string) => (x === undefined ? name : str(x, wk));
    const spec = mapping(item, `${where}[${i}]`, {
      name: (x, wn) => {
        name = str(x, wn);
        if (!LABEL_NAME.test(name)) fail(wn, `${JSON.stringify(name)} is not a valid Prometheus label name`);
        if (name.startsWith("__")) fail(wn, `${JSON.stringify(name)}: names starting with __ are reserved`);
        if (RESERVED_LABELS.includes(name)) fail(wn, `${JSON.stringify(name)} is a built-in label`);
        if (seen.includes(name)) fail(wn, `${JSON.stringify(name)} is already an extra label`);
        seen.push(name);
        return name;
      },
      header: (x, wk) => {
        const header = orName(x, wk);
        if (!HEADER_NAME.test(header)) fail(wk, `${JSON.stringify(header)} is not an HTTP header name`);
        return header;
      },
      attribute: orName,
      variable: orName,
      maxValues: (x, wk) => (x === undefined ? DEFAULT_EXTRA_VALUES : int(1)(x, wk)),
    }, `expected ${what}`);
    return spec as unknown as ExtraLabelSpec;
  });
}

function templates(raw: unknown, where: string): RouteTemplate[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) fail(where, "expected a list of templates (a path, or {path, host, name})");
  const shapes = new Set<string>();
  return raw.map((item, i) => {
    const w = `${where}[${i}]`;
    const t: RouteTemplate = typeof item === "string" ? { path: item }
      : (mapping(item, w, { path: str, host: opt(str), name: opt(str) }, "expected a path or {path, host, name}") as { path: string });
    const problem = templateProblem(t.path);
    if (problem) fail(typeof item === "string" ? w : `${w}.path`, `${JSON.stringify(t.path)} ${problem}`);
    const shape = `${(t.host ?? "").toLowerCase()} ${templateShape(t.path)}`;
    if (shapes.has(shape)) fail(w, `${JSON.stringify(t.path)} duplicates an earlier template${t.host ? ` for host ${t.host}` : ""}`);
    shapes.add(shape);
    return t;
  });
}

/** The sections read before the one being checked. */
type ReadSoFar = { extraLabels: ExtraLabelSpec[] };

/**
 * Structured sections by their dotted key, checked in this order (metrics may name extra labels);
 * each returns its empty value for an absent section.
 */
type Section = (raw: unknown, where: string, read: ReadSoFar) => unknown;
export const STRUCTURED: ReadonlyMap<string, Section> = new Map<string, Section>([
  ["extraLabels", extraLabels],
  ["metrics", metrics],
  ["route.templates", templates],
]);
