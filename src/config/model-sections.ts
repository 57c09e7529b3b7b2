// The structured parts of the config file: `metrics:` (per-metric settings), `extraLabels:` and
// `route.templates:`.
// They are validated here, whole, and every error names the key path (`metrics.requestDuration
// .buckets[3]`) so an operator can find it. Config-file only: they do not fit a flag.
import { AVAILABLE_LABELS, type BucketSpec, MAX_EXTRA_LABELS, METRIC_DEFS, type MetricSettings, RESERVED_LABELS } from "../core/catalog.ts";
import type { ExtraLabelSpec } from "../ingest/extra-values.ts";
import { MAX_SCHEMA, MIN_SCHEMA } from "../store/native-histogram.ts";
import { type RouteTemplate, templateProblem, templateShape } from "../core/route-templates.ts";
import { LABEL_NAME, MAX_BUCKETS, metricNameProblem, RESERVED_PREFIXES } from "../store/metric-rules.ts";

export class SectionError extends Error {}

interface Section {
  empty(): unknown;
  validate(raw: unknown, where: string): unknown;
}

/** Most native buckets a series may be allowed before its resolution halves. */
const MAX_NATIVE_BUCKETS = 10000;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function fail(where: string, msg: string): never {
  // config.ts turns it into a ConfigError (it imports this module, so this one cannot import it).
  throw new SectionError(`${where}: ${msg}`);
}

function onlyKeys(o: Obj, allowed: readonly string[], where: string): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) fail(`${where}.${k}`, `unknown key (allowed: ${allowed.join(", ")})`);
}

function str(v: unknown, where: string): string {
  if (typeof v !== "string" || v === "") fail(where, `expected a non-empty string, got ${JSON.stringify(v)}`);
  return v;
}

function bool(v: unknown, where: string): boolean {
  if (typeof v !== "boolean") fail(where, `expected true or false, got ${JSON.stringify(v)}`);
  return v;
}

function num(v: unknown, where: string, check: (n: number) => boolean, what: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || !check(v)) fail(where, `expected ${what}, got ${JSON.stringify(v)}`);
  return v;
}

const count = (v: unknown, where: string) =>
  num(v, where, (n) => Number.isInteger(n) && n >= 1 && n <= MAX_BUCKETS, `an integer from 1 to ${MAX_BUCKETS}`);

function buckets(v: unknown, where: string): BucketSpec {
  if (Array.isArray(v)) {
    if (v.length === 0 || v.length > MAX_BUCKETS) fail(where, `expected 1 to ${MAX_BUCKETS} bounds, got ${v.length}`);
    v.forEach((b, i) => {
      num(b, `${where}[${i}]`, () => true, "a finite number");
      if (i > 0 && !(b > v[i - 1])) fail(`${where}[${i}]`, `bounds must increase: ${b} is not above ${v[i - 1]}`);
    });
    return v as number[];
  }
  if (!isObj(v)) fail(where, "expected a list of bounds, {linear: {start, width, count}} or {exponential: {start, factor, count}}");
  const kinds = Object.keys(v);
  if (kinds.length !== 1 || (kinds[0] !== "linear" && kinds[0] !== "exponential"))
    fail(where, "expected exactly one of linear or exponential (or a list of bounds)");
  const w = `${where}.${kinds[0]}`;
  const p = v[kinds[0]];
  if (!isObj(p)) fail(w, "expected a mapping");
  if (kinds[0] === "linear") {
    onlyKeys(p, ["start", "width", "count"], w);
    return {
      linear: {
        start: num(p.start, `${w}.start`, () => true, "a number"),
        width: num(p.width, `${w}.width`, (n) => n > 0, "a number above 0"),
        count: count(p.count, `${w}.count`),
      },
    };
  }
  onlyKeys(p, ["start", "factor", "count"], w);
  return {
    exponential: {
      start: num(p.start, `${w}.start`, (n) => n > 0, "a number above 0"),
      factor: num(p.factor, `${w}.factor`, (n) => n > 1, "a number above 1"),
      count: count(p.count, `${w}.count`),
    },
  };
}

const METRIC_KEYS = ["enabled", "name", "help", "labels", "buckets", "native", "statusClasses", "maxSeries", "exemplars"];

function native(v: unknown, where: string): NonNullable<MetricSettings["native"]> {
  if (!isObj(v)) fail(where, "expected a mapping {enabled, schema, maxBuckets}");
  onlyKeys(v, ["enabled", "schema", "maxBuckets"], where);
  const out: NonNullable<MetricSettings["native"]> = {};
  if (v.enabled !== undefined) out.enabled = bool(v.enabled, `${where}.enabled`);
  if (v.schema !== undefined) {
    out.schema = num(v.schema, `${where}.schema`, (n) => Number.isInteger(n) && n >= MIN_SCHEMA && n <= MAX_SCHEMA, `an integer from ${MIN_SCHEMA} to ${MAX_SCHEMA}`);
  }
  if (v.maxBuckets !== undefined) {
    out.maxBuckets = num(v.maxBuckets, `${where}.maxBuckets`, (n) => Number.isInteger(n) && n >= 1 && n <= MAX_NATIVE_BUCKETS, `an integer from 1 to ${MAX_NATIVE_BUCKETS}`);
  }
  return out;
}

function metricName(v: unknown, where: string, type: "counter" | "histogram"): string {
  const name = str(v, where);
  const problem = metricNameProblem(name, RESERVED_PREFIXES);
  if (problem !== null) fail(where, problem);
  if (type === "counter" && !name.endsWith("_total")) fail(where, `${JSON.stringify(name)}: a counter's name must end in _total`);
  if (type === "histogram" && /_(bucket|count|sum|total|created)$/.test(name))
    fail(where, `${JSON.stringify(name)}: a histogram's name must not end in _bucket, _count, _sum, _total or _created`);
  return name;
}

function metrics(raw: unknown, where: string): Record<string, MetricSettings> {
  if (raw === null || raw === undefined) return {};
  if (!isObj(raw)) fail(where, "expected a mapping of metric id to settings");
  const out: Record<string, MetricSettings> = {};
  for (const [id, v] of Object.entries(raw)) {
    const def = METRIC_DEFS.find((d) => d.id === id);
    const w = `${where}.${id}`;
    if (!def) fail(w, `unknown metric (known: ${METRIC_DEFS.map((d) => d.id).join(", ")})`);
    if (!isObj(v)) fail(w, "expected a mapping of settings");
    onlyKeys(v, METRIC_KEYS, w);
    const ms: MetricSettings = {};
    if (v.enabled !== undefined) ms.enabled = bool(v.enabled, `${w}.enabled`);
    if (v.name !== undefined) ms.name = metricName(v.name, `${w}.name`, def.type);
    if (v.help !== undefined) ms.help = str(v.help, `${w}.help`);
    if (v.labels !== undefined) {
      if (!Array.isArray(v.labels)) fail(`${w}.labels`, `expected a list of labels from: ${AVAILABLE_LABELS[def.kind].join(", ")}`);
      const seen = new Set<string>();
      v.labels.forEach((l, i) => {
        // Another name may be an extra label's: checkExtraLabelUse decides once `extraLabels` is read too.
        const extra = def.kind !== "tcp" && typeof l === "string" && LABEL_NAME.test(l) && !RESERVED_LABELS.includes(l);
        if (typeof l !== "string" || (!AVAILABLE_LABELS[def.kind].includes(l) && !extra))
          fail(`${w}.labels[${i}]`, `unknown label ${JSON.stringify(l)} (available: ${AVAILABLE_LABELS[def.kind].join(", ")})`);
        if (seen.has(l)) fail(`${w}.labels[${i}]`, `label ${l} listed twice`);
        seen.add(l);
      });
      ms.labels = v.labels as string[];
    }
    if (v.buckets !== undefined) {
      if (def.type !== "histogram") fail(`${w}.buckets`, `${id} is a ${def.type}, not a histogram`);
      ms.buckets = buckets(v.buckets, `${w}.buckets`);
    }
    if (v.native !== undefined) {
      if (def.type !== "histogram") fail(`${w}.native`, `${id} is a ${def.type}, not a histogram`);
      ms.native = native(v.native, `${w}.native`);
    }
    if (v.statusClasses !== undefined) {
      ms.statusClasses = bool(v.statusClasses, `${w}.statusClasses`);
      if (ms.statusClasses && !(ms.labels ?? def.labels).includes("code")) fail(`${w}.statusClasses`, `${id} has no code label`);
    }
    if (v.maxSeries !== undefined) ms.maxSeries = num(v.maxSeries, `${w}.maxSeries`, (n) => Number.isInteger(n) && n >= 1, "an integer of at least 1");
    if (v.exemplars !== undefined) ms.exemplars = bool(v.exemplars, `${w}.exemplars`);
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

const EXTRA_KEYS = ["name", "header", "attribute", "variable", "maxValues"];
/** Default value budget of an extra label. */
const DEFAULT_EXTRA_VALUES = 100;
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function extraLabels(raw: unknown, where: string): ExtraLabelSpec[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) fail(where, "expected a list of {name, header, attribute, variable, maxValues}");
  if (raw.length > MAX_EXTRA_LABELS) fail(where, `at most ${MAX_EXTRA_LABELS} extra labels, got ${raw.length}`);
  const seen = new Set<string>();
  return raw.map((item, i) => {
    const w = `${where}[${i}]`;
    if (!isObj(item)) fail(w, "expected {name, header, attribute, variable, maxValues}");
    onlyKeys(item, EXTRA_KEYS, w);
    const name = str(item.name, `${w}.name`);
    const wn = `${w}.name`;
    if (!LABEL_NAME.test(name)) fail(wn, `${JSON.stringify(name)} is not a valid Prometheus label name`);
    if (name.startsWith("__")) fail(wn, `${JSON.stringify(name)}: names starting with __ are reserved`);
    if (RESERVED_LABELS.includes(name)) fail(wn, `${JSON.stringify(name)} is a built-in label`);
    if (seen.has(name)) fail(wn, `${JSON.stringify(name)} is already an extra label`);
    seen.add(name);
    const header = item.header === undefined ? name : str(item.header, `${w}.header`);
    if (!HEADER_NAME.test(header)) fail(`${w}.header`, `${JSON.stringify(header)} is not an HTTP header name`);
    return {
      name,
      header,
      attribute: item.attribute === undefined ? name : str(item.attribute, `${w}.attribute`),
      variable: item.variable === undefined ? name : str(item.variable, `${w}.variable`),
      maxValues: item.maxValues === undefined ? DEFAULT_EXTRA_VALUES
        : num(item.maxValues, `${w}.maxValues`, (n) => Number.isInteger(n) && n >= 1, "an integer of at least 1"),
    };
  });
}

/** `metrics.<id>.labels` may name extra labels only: run once both sections are read. */
export function checkExtraLabelUse(metricsSection: Record<string, MetricSettings>, extras: readonly ExtraLabelSpec[], where: string): void {
  const names = extras.map((x) => x.name);
  for (const [id, ms] of Object.entries(metricsSection)) {
    const def = METRIC_DEFS.find((d) => d.id === id)!;
    ms.labels?.forEach((l, i) => {
      if (!AVAILABLE_LABELS[def.kind].includes(l) && !names.includes(l))
        fail(`${where}metrics.${id}.labels[${i}]`, `unknown label ${JSON.stringify(l)} (available: ${[...AVAILABLE_LABELS[def.kind], ...names].join(", ")})`);
    });
  }
}

function templates(raw: unknown, where: string): RouteTemplate[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) fail(where, "expected a list of templates (a path, or {path, host, name})");
  const shapes = new Set<string>();
  return raw.map((item, i) => {
    const w = `${where}[${i}]`;
    let t: RouteTemplate;
    if (typeof item === "string") {
      t = { path: item };
    } else {
      if (!isObj(item)) fail(w, "expected a path or {path, host, name}");
      onlyKeys(item, ["path", "host", "name"], w);
      t = { path: str(item.path, `${w}.path`) };
      if (item.host !== undefined) t.host = str(item.host, `${w}.host`);
      if (item.name !== undefined) t.name = str(item.name, `${w}.name`);
    }
    const problem = templateProblem(t.path);
    if (problem) fail(typeof item === "string" ? w : `${w}.path`, `${JSON.stringify(t.path)} ${problem}`);
    const shape = `${(t.host ?? "").toLowerCase()} ${templateShape(t.path)}`;
    if (shapes.has(shape)) fail(w, `${JSON.stringify(t.path)} duplicates an earlier template${t.host ? ` for host ${t.host}` : ""}`);
    shapes.add(shape);
    return t;
  });
}

/** Structured sections by their dotted key. */
export const STRUCTURED: ReadonlyMap<string, Section> = new Map<string, Section>([
  ["metrics", { empty: () => ({}), validate: metrics }],
  ["route.templates", { empty: () => [], validate: templates }],
  ["extraLabels", { empty: () => [], validate: extraLabels }],
]);
