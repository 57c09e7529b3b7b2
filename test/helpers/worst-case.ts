// Worst-case messages for every ingest method, each as large as the default message limit allows:
// what a hostile (or broken) sender can make the adapter hold at once. Used by the `worstcase`
// bench section (peak RSS per case) and test/worst-case.test.ts (answers, counts, RSS given back).
import { readFileSync, writeFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import { adapter as adapterpb } from "../../src/generated/codecs.js";

export const LIMIT = 4 * 1024 * 1024;
/** Room left under the limit for the wrappers around the repeated entries. */
const SLACK = 256;

export const LOGENTRY = "/logentry.HandleLogEntryService/HandleLogEntry";
export const METRIC = "/metric.HandleMetricService/HandleMetric";
export const ALS_V3 = "/envoy.service.accesslog.v3.AccessLogService/StreamAccessLogs";
export const ALS_V2 = "/envoy.service.accesslog.v2.AccessLogService/StreamAccessLogs";
export const OTLP = "/opentelemetry.proto.collector.logs.v1.LogsService/Export";

export type Source = "mixer" | "mixer_metric" | "als" | "otlp";

export interface WorstCase {
  name: string;
  path: string;
  stream: boolean;
  source: Source;
  body: Uint8Array;
  /** Entries in the message, and how many of them gatewaymetric_entries_total counts as accepted. */
  entries: number;
  accepted: number;
  /** The gRPC status expected: OK, or INVALID_ARGUMENT for a message nested past the limit. */
  ok: boolean;
}

// --- a small protobuf writer ----------------------------------------------------------------------

function varint(out: number[], v: number): number[] {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

const tag = (field: number, wt: number): number[] => varint([], field * 8 + wt);

/** A length-delimited field holding `parts`, concatenated. */
export function len(field: number, ...parts: (Uint8Array | number[] | string)[]): Uint8Array {
  const bodies = parts.map((p) => (typeof p === "string" ? new TextEncoder().encode(p) : p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const size = bodies.reduce((n, b) => n + b.length, 0);
  const head = [...tag(field, 2), ...varint([], size)];
  const out = new Uint8Array(head.length + size);
  out.set(head);
  let at = head.length;
  for (const b of bodies) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

const vint = (field: number, v: number): Uint8Array => Uint8Array.from([...tag(field, 0), ...varint([], v)]);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** `entry` repeated as often as fits in `room` bytes. */
function repeat(entry: Uint8Array, room: number): { bytes: Uint8Array; n: number } {
  const n = Math.floor(room / entry.length);
  const bytes = new Uint8Array(n * entry.length);
  for (let i = 0; i < n; i++) bytes.set(entry, i * entry.length);
  return { bytes, n };
}

/** Entries made by `make(i)` until `room` bytes are used. */
function fill(room: number, make: (i: number) => Uint8Array): { bytes: Uint8Array; n: number } {
  const parts: Uint8Array[] = [];
  let used = 0;
  for (let i = 0; ; i++) {
    const e = make(i);
    if (used + e.length > room) break;
    parts.push(e);
    used += e.length;
  }
  return { bytes: concat(parts), n: parts.length };
}

/** Distinct short hosts: "0", "1", …, "z", "10", … (base 36). */
const host = (i: number): string => i.toString(36);

/** An unknown field (#99) holding groups nested `depth` deep (each level: a start and an end tag). */
function nestedGroups(depth: number): Uint8Array {
  const start = tag(99, 3), end = tag(99, 4);
  const out: number[] = [];
  for (let i = 0; i < depth; i++) out.push(...start);
  for (let i = 0; i < depth; i++) out.push(...end);
  return Uint8Array.from(out);
}

/** One unknown length-delimited field nested `depth` deep (unknown messages are skipped, never entered). */
function nestedLen(depth: number): Uint8Array {
  let m: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < depth; i++) m = len(99, m);
  return m;
}

/** A string of `n` bytes, all "a". */
const longText = (n: number): Uint8Array => new Uint8Array(n).fill(0x61);

// --- per method: a message holding `entries` (the repeated part) ---------------------------------

interface Method {
  label: string;
  path: string;
  stream: boolean;
  source: Source;
  /** Wraps the repeated entries into the method's message. */
  wrap(entries: Uint8Array): Uint8Array;
  empty: Uint8Array;
  withHost(h: string | Uint8Array): Uint8Array;
  withUnknown(u: Uint8Array): Uint8Array;
  /** Whether an entry with nothing in it is counted as accepted. */
  emptyAccepted: boolean;
  /** Most new label tuples its metric takes (Infinity: past its budgets they are counted under __overflow__). */
  seriesBudget: number;
}

/** An entry whose first field announces 5 bytes and has none: malformed at the entry's own level. */
const TRUNCATED = Uint8Array.of(0x0a, 0x05);

// Mixer logentry: instances #1 with variables #1 map<string, Value{string_value #1}>.
const mixerVar = (key: string, v: string | Uint8Array) => len(1, len(1, key), len(2, len(1, v)));
const mixer: Method = {
  label: "Mixer logentry",
  path: LOGENTRY,
  stream: false,
  source: "mixer",
  wrap: (entries) => entries,
  empty: len(1),
  withHost: (h) => len(1, mixerVar("host", h)),
  withUnknown: (u) => len(1, u),
  emptyAccepted: true,
  seriesBudget: Infinity,
};

// Mixer metric: one counter `m` labelled by host; instances name it and carry value 1.
const METRIC_INSTANCE = "m.instance.istio-system";
const METRIC_PARAMS = adapterpb.prometheus.config.Params.encode({
  metrics: [{ name: "worst_case_total", instance_name: METRIC_INSTANCE, kind: adapterpb.prometheus.config.Params.MetricInfo.Kind.COUNTER, label_names: ["host"] }],
}).finish();
const INSTANCE_NAME = (() => {
  // InstanceMsg.name is field 72295727.
  const b = len(72295727, METRIC_INSTANCE);
  return b;
})();
const metricValue = len(1, vint(2, 1));
const metricMethod: Method = {
  label: "Mixer metric",
  path: METRIC,
  stream: false,
  source: "mixer_metric",
  wrap: (entries) => concat([entries, len(2, len(1, "type.googleapis.com/adapter.prometheus.config.Params"), len(2, METRIC_PARAMS))]),
  // An instance naming no metric: counted as rejected (unknown_instance).
  empty: len(1),
  withHost: (h) => len(1, INSTANCE_NAME, metricValue, len(2, len(1, "host"), len(2, len(1, h)))),
  withUnknown: (u) => len(1, u),
  emptyAccepted: false,
  // The family's maxSeries (20000 by default); instances past it are rejected as series_budget.
  seriesBudget: 20000,
};

// ALS: identifier #1, http_logs #2 { log_entry #1: HTTPAccessLogEntry { request #3 { authority #3 } } }.
const ALS_ID = len(1, len(1, len(1, "router~10.0.0.1~gw-1.istio-system~istio-system.svc.cluster.local")), len(2, "http_envoy_accesslog"));
const alsMethod = (path: string, label: string): Method => ({
  label,
  path,
  stream: true,
  source: "als",
  wrap: (entries) => concat([ALS_ID, len(2, entries)]),
  empty: len(1),
  withHost: (h) => len(1, len(3, len(3, h))),
  withUnknown: (u) => len(1, u),
  emptyAccepted: true,
  seriesBudget: Infinity,
});

// OTLP: resource_logs #1 { scope_logs #2 { log_records #2: LogRecord { attributes #6 } } }.
const otlpAttr = (key: string, v: string | Uint8Array) => len(6, len(1, key), len(2, len(1, v)));
const otlp: Method = {
  label: "OTLP Export",
  path: OTLP,
  stream: false,
  source: "otlp",
  wrap: (entries) => len(1, len(2, entries)),
  // A record with neither body nor attributes: rejected as unparseable.
  empty: len(2),
  withHost: (h) => len(2, otlpAttr("authority", h), otlpAttr("protocol", "HTTP/1.1")),
  withUnknown: (u) => len(2, u),
  emptyAccepted: false,
  seriesBudget: Infinity,
};

export const METHODS: readonly Method[] = [mixer, metricMethod, alsMethod(ALS_V3, "ALS v3"), alsMethod(ALS_V2, "ALS v2"), otlp];

function make(m: Method, kind: string, entries: { bytes: Uint8Array; n: number }, accepted: number, ok = true): WorstCase {
  return { name: `${m.label}: ${kind}`, path: m.path, stream: m.stream, source: m.source, body: m.wrap(entries.bytes), entries: ok ? entries.n : 0, accepted: ok ? accepted : 0, ok };
}

/**
 * Every worst case of one method, in the order they are meant to be sent to one adapter (the
 * expected counts of the later ones assume the earlier ones spent the series budget).
 */
export function worstCases(m: Method, limit = LIMIT): WorstCase[] {
  const room = limit - SLACK;
  const empty = repeat(m.empty, room);
  const hosts = fill(room, (i) => m.withHost(host(i)));
  // Unknown groups nested 60 deep inside every entry: walked (groups cannot be skipped by length).
  const nested = repeat(m.withUnknown(nestedGroups(60)), room);
  // One unknown field 2,000 length-delimited levels deep: skipped by its length, accepted.
  const deepLen = repeat(m.withUnknown(nestedLen(2000)), room);
  // Groups nested a million deep: past the nesting limit, the whole message is refused.
  const tooDeep = { bytes: m.withUnknown(nestedGroups(Math.floor(room / 4))), n: 1 };
  // Host labels as long as the message allows, a few of them.
  const longHost = fill(room, (i) => m.withHost(concat([Uint8Array.of(0x62 + i), longText(room / 4 - 64)])));
  // A few batches of good entries, then a malformed one: refused whole, none of them counted.
  const good = fill(3000 * m.withHost("x").length, () => m.withHost("x"));
  const badTail = { bytes: concat([good.bytes, m.withUnknown(TRUNCATED)]), n: good.n + 1 };
  return [
    make(m, `${empty.n} empty entries`, empty, m.emptyAccepted ? empty.n : 0),
    make(m, `${hosts.n} distinct short hosts`, hosts, Math.min(hosts.n, m.seriesBudget)),
    make(m, `${nested.n} entries with unknown groups 60 deep`, nested, m.emptyAccepted ? nested.n : 0),
    make(m, `${deepLen.n} entries with an unknown field 2,000 deep`, deepLen, m.emptyAccepted ? deepLen.n : 0),
    make(m, "one entry with groups nested 1M deep (refused)", tooDeep, 0, false),
    make(m, `${badTail.n - 1} good entries, then a malformed one (refused)`, badTail, 0, false),
    make(m, `${longHost.n} hosts of ${Math.round(room / 4 / 1024)} KiB`, longHost, hosts.n >= m.seriesBudget ? 0 : longHost.n),
  ];
}

// --- resident memory of a process under test (Linux /proc) -----------------------------------------

function statusField(pid: number, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!m) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(m[1]) * 1024;
}

export const rssOf = (pid: number): number => statusField(pid, "VmRSS");
/** The highest RSS since the last resetPeak (or the start). */
export const peakOf = (pid: number): number => statusField(pid, "VmHWM");
/** Starts a new peak (VmHWM) measurement: writing 5 to clear_refs resets it to the current RSS. */
export const resetPeak = (pid: number): void => writeFileSync(`/proc/${pid}/clear_refs`, "5");

// --- sending ---------------------------------------------------------------------------------------

const identity = (b: Buffer) => b;

/** One case as its sender makes it (a client stream of one message for ALS); resolves to the status. */
export function send(client: grpc.Client, c: WorstCase): Promise<grpc.status> {
  // A loaded machine takes seconds over 400k new hosts: the deadline is not what is tested.
  const deadline = Date.now() + 120_000;
  return new Promise((resolve) => {
    const done = (err: grpc.ServiceError | null) => resolve(err ? err.code : grpc.status.OK);
    if (!c.stream) {
      client.makeUnaryRequest(c.path, identity, identity, Buffer.from(c.body), new grpc.Metadata(), { deadline }, done);
      return;
    }
    const call = client.makeClientStreamRequest(c.path, identity, identity, new grpc.Metadata(), { deadline }, done);
    call.write(Buffer.from(c.body));
    call.end();
  });
}
