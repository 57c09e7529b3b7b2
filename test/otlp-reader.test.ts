// Differential tests: the hand-written OTLP reader against the reference decoder
// (test/reference/otlp-logs.ts: protobufjs and a LogRecord → fields mapping) on generated and
// mutated requests. Same fields, same body problems, same trace ids and gateways per record; same
// rejections, the same partial_success bytes, and the same exposition after both ingest paths.
import { describe, expect, test } from "bun:test";
import { newPipeline } from "../src/core/pipeline.ts";
import { render } from "../src/expose/render.ts";
import { opentelemetry } from "../src/generated/codecs.js";
import { lenientReader } from "../src/ingest/body.ts";
import { extraLabelOptions, extraSources } from "../src/ingest/extra-values.ts";
import { ingestOtlpLogsReference, logRecordFields, resourceGateway, traceIdHex } from "./reference/otlp-logs.ts";
import {
  type Fields,
  ingestOtlpLogs,
  L_CLUSTER,
  L_GATEWAY,
  L_HOST,
  L_METHOD,
  L_PATH,
  L_ROUTE,
  LABEL_SLOTS,
  newFields,
  newOtlpReader,
  type OtlpReader,
  readOtlpRequest,
  recordLabels,
} from "../src/ingest/otlp-reader.ts";
import { newRawLabels, rawToRecord } from "../src/core/raw-tuple.ts";
import { newRecord } from "../src/core/record.ts";
import { BATCH_ENTRIES } from "../src/ingest/tally.ts";
import { newRegistry } from "../src/store/registry.ts";
import { mutate, newRng } from "./helpers/mixer-gen.ts";
import { genOtlpRequest } from "./helpers/otlp-gen.ts";
import { attrs, exportRequest, GATEWAY_RESOURCE, istioLine, iv, logRecord, sv } from "./helpers/otlp-fixtures.ts";
import { bytes, lenField, strField, varint } from "./helpers/protowire.ts";

const Req = opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;

/** JSON that keeps NaN, ±Infinity and -0 apart, so "same" means the same numbers. */
function show(v: unknown): string {
  return JSON.stringify(v, (_, x) => (typeof x === "number" ? `#${Object.is(x, -0) ? "-0" : String(x)}` : x));
}

interface Outcome {
  error: boolean;
  records: unknown[];
}

// Extra labels from attributes the generator sends: one no field reads, one a field reads too, a near miss.
const SPECS = ["user_agent", "path", "methoD"].map((attribute, i) => ({ name: `x${i}`, header: "h", attribute, variable: "", maxValues: 50 }));
const EXTRAS = extraSources(SPECS);

function viaReference(body: Uint8Array): Outcome {
  let req;
  try {
    req = Req.decode(lenientReader(body));
  } catch {
    return { error: true, records: [] };
  }
  const records: unknown[] = [];
  for (const rl of req.resource_logs) {
    const gateway = resourceGateway(rl.resource?.attributes);
    for (const sl of rl.scope_logs ?? []) {
      for (const lr of sl.log_records ?? []) {
        const f = newFields();
        const bodyProblem = logRecordFields(lr, f, EXTRAS);
        records.push({ ...f, extra: SPECS.map((_, k) => f.extra[k] ?? ""), gateway: f.gateway || gateway, bodyProblem, fallback: gateway, traceId: traceIdHex(lr.trace_id) });
      }
    }
  }
  return { error: false, records };
}

function viaReader(r: OtlpReader, body: Uint8Array): Outcome {
  try {
    readOtlpRequest(r, body);
  } catch {
    return { error: true, records: [] };
  }
  const records: unknown[] = [];
  const collect = () => {
    for (let i = 0; i < r.n; i++) records.push({ ...materialized(r, i, body), bodyProblem: r.bodyProblem[i], fallback: r.fallback[i], traceId: traceOf(r, i, body) });
  };
  if (r.spilled) {
    // More records than one batch: read again in batches, as ingestOtlpLogs does.
    r.sink = collect;
    readOtlpRequest(r, body);
    r.sink = null;
  }
  collect();
  return { error: false, records };
}

/** Record i's fields with the label fields the core is given (recordLabels) decoded as rawToRecord does. */
function materialized(r: OtlpReader, i: number, body: Uint8Array): Fields {
  const raw = newRawLabels();
  const rec = newRecord();
  recordLabels(r, i, body, raw);
  rawToRecord(raw, rec, r.extras.attributes.length);
  return {
    ...r.fields[i], gateway: rec.gateway, method: rec.method, path: rec.path, authority: rec.host, routeName: rec.routeName, upstreamCluster: rec.upstreamCluster,
    extra: [...rec.extra],
  };
}

/** Record i's trace id as the hex the core makes of its bytes. */
function traceOf(r: OtlpReader, i: number, body: Uint8Array): string {
  const at = r.traceAt[i];
  return at < 0 ? "" : hex(body.subarray(at, at + 16));
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

const LABEL_FIELDS: [number, keyof Fields][] = [[L_HOST, "authority"], [L_PATH, "path"], [L_METHOD, "method"], [L_GATEWAY, "gateway"], [L_ROUTE, "routeName"], [L_CLUSTER, "upstreamCluster"]];

/** A label field with bytes leaves its string "" (no string is made per record); one without has no range. */
function labelRangesWrong(r: OtlpReader, body: Uint8Array): string | null {
  for (let i = 0; i < r.n; i++) {
    for (const [slot, name] of LABEL_FIELDS) {
      const at = i * 2 * LABEL_SLOTS + 2 * slot;
      const start = r.labelAt[at], end = r.labelAt[at + 1];
      if (start === -1 && end === -1) continue;
      if (!(start >= 0 && start <= end && end <= body.length)) return `record ${i} ${name}: range ${start}, ${end}`;
      if (r.fields[i][name] !== "") return `record ${i} ${name}: has bytes and the string ${JSON.stringify(r.fields[i][name])}`;
    }
  }
  return null;
}

function compare(bodies: Uint8Array[]) {
  const reader = newOtlpReader(EXTRAS);
  const tally = { requests: 0, rejected: 0, records: 0, usable: 0, bad: 0, fromBody: 0 };
  for (let i = 0; i < bodies.length; i++) {
    const body = i % 2 === 0 ? Buffer.from(bodies[i]) : bodies[i];
    const a = viaReference(body);
    const b = viaReader(reader, body);
    if (show(a) !== show(b)) return { mismatch: `request ${i} ${hex(bodies[i])}\nreference: ${show(a)}\nreader:    ${show(b)}`, tally };
    const wrong = b.error ? null : labelRangesWrong(reader, body);
    if (wrong !== null) return { mismatch: `request ${i} ${hex(bodies[i])}: ${wrong}`, tally };
    tally.requests++;
    if (a.error) tally.rejected++;
    tally.records += a.records.length;
    for (const rec of a.records as { bad: string; bodyProblem: string | null; fromAttributes: boolean }[]) {
      if (rec.bad !== "") tally.bad++;
      else if (rec.bodyProblem === null || rec.fromAttributes) tally.usable++;
      if (rec.bodyProblem === null) tally.fromBody++;
    }
  }
  return { mismatch: null, tally };
}

describe("OTLP reader against the reference decoder", () => {
  test("the fixtures' requests give the same records", () => {
    const line = istioLine({ method: "GET", path: "/productpage", protocol: "HTTP/1.1", code: 200, received: 0, sent: 4183, durationMs: 35, authority: "a.example" });
    const bodies = [
      exportRequest([{ attributes: GATEWAY_RESOURCE, records: [logRecord(sv(line)), logRecord(sv(line), [], new Uint8Array(16).fill(7))] }]),
      exportRequest([{ records: [logRecord(null, attrs({ method: "POST", path: "/x", response_code: iv(503), duration: iv(12), gateway: "edge" }))] }]),
      exportRequest([{ attributes: { log_name: "otel" }, records: [logRecord(null), logRecord(sv("garbage")), logRecord(null, attrs({ response_code: iv(1000) }))] }]),
    ];
    const { mismatch, tally } = compare(bodies);
    expect(mismatch).toBeNull();
    expect(tally.usable).toBe(3);
    expect(tally.bad).toBe(1);
  });

  test("requests of more records than one batch (read in batches): the same records and gateways", () => {
    const RL = opentelemetry.proto.logs.v1.ResourceLogs;
    const rec = (i: number) => {
      const a = { method: "GET", path: `/p/${i % 9}`, authority: `h${i % 700}.example`, response_code: iv(200 + (i % 3)) };
      if (i % 3 === 0) return logRecord(sv(istioLine({ method: "GET", path: `/q/${i % 5}`, protocol: "HTTP/1.1", code: 200, authority: `l${i % 300}` })));
      if (i % 3 === 1) return logRecord(null, attrs(i % 2 ? { ...a, gateway: "edge" } : a));
      return logRecord({ kvlist_value: { values: attrs(a) } });
    };
    const recs = (n: number, from: number) => Array.from({ length: n }, (_, i) => rec(from + i));
    // The resource after the records it names; then one before them; then none.
    const late = [...RL.encode({ scope_logs: [{ log_records: recs(1500, 0) }] }).finish(), ...RL.encode({ resource: { attributes: attrs({ cluster_name: "gw.late" }) } }).finish()];
    const body = bytes([
      ...lenField([], 1, late),
      ...exportRequest([{ attributes: { cluster_name: "gw.early" }, records: recs(700, 1500) }, { records: recs(BATCH_ENTRIES, 2200) }]),
    ]);
    const { mismatch, tally } = compare([body, exportRequest([{ attributes: GATEWAY_RESOURCE, records: recs(BATCH_ENTRIES + 1, 7) }])]);
    expect(mismatch).toBeNull();
    expect(tally.records).toBe(2200 + 2 * BATCH_ENTRIES + 1);
    expect(tally.usable).toBe(tally.records);
  });

  test("3000 generated requests: same records, same problems, same gateways", () => {
    const rng = newRng(0x07e1);
    const { mismatch, tally } = compare(Array.from({ length: 3000 }, () => genOtlpRequest(rng)));
    expect(mismatch).toBeNull();
    expect(tally.rejected).toBeLessThan(tally.requests * 0.2);
    expect(tally.usable).toBeGreaterThan(5000);
    expect(tally.bad).toBeGreaterThan(500);
    expect(tally.fromBody).toBeGreaterThan(1000);
  });

  test("3000 mutated requests: same records or both rejected", () => {
    const rng = newRng(0x0bad07e1);
    const { mismatch, tally } = compare(Array.from({ length: 3000 }, () => mutate(rng, genOtlpRequest(rng))));
    expect(mismatch).toBeNull();
    expect(tally.rejected).toBeGreaterThan(500);
    expect(tally.requests - tally.rejected).toBeGreaterThan(300);
  });

  for (const maxSeries of [100000, 300]) {
    test(`counted through both ingest paths (series limit ${maxSeries}): same responses, same exposition`, () => {
      const rng = newRng(11 + maxSeries);
      const opts = { defaultGateway: "default-gw", maxSeries, extraLabels: extraLabelOptions(SPECS) };
      const regA = newRegistry();
      const regB = newRegistry();
      const pA = newPipeline(regA, opts, ["otlp"]);
      const pB = newPipeline(regB, opts, ["otlp"]);
      const reader = newOtlpReader(EXTRAS);
      let errors = 0, partial = 0;
      for (let i = 0; i < 1500; i++) {
        const body = i % 3 === 0 ? mutate(rng, genOtlpRequest(rng)) : genOtlpRequest(rng);
        let a = "error", b = "error";
        try {
          const out = ingestOtlpLogsReference(pA, body, EXTRAS);
          a = `${out.accepted} ${out.rejected} ${hex(out.response)}`;
        } catch {}
        try {
          const out = ingestOtlpLogs(pB, body, reader);
          b = `${out.accepted} ${out.rejected} ${hex(out.response)}`;
        } catch {}
        expect(b).toBe(a);
        if (a === "error") errors++;
        else if (!a.endsWith(" ")) partial++;
      }
      expect(errors).toBeGreaterThan(50);
      expect(partial).toBeGreaterThan(100);
      const text = Buffer.from(render(regA, "text")).toString();
      expect(text).toContain('gatewaymetric_entries_total{source="otlp",outcome="accepted"}');
      expect(text).toContain('gatewaymetric_messages_rejected_total{source="otlp",reason="malformed"}');
      expect(Buffer.from(render(regB, "text")).toString()).toBe(text);
    });
  }
});

describe("OTLP reader semantics, stated explicitly", () => {
  test("attributes apply after the body whatever their order on the wire", () => {
    const line = istioLine({ method: "GET", path: "/from-body", protocol: "HTTP/1.1", code: 200 });
    const body = lenField([], 5, strField([], 1, line));
    const attr = lenField([], 6, [...strField([], 1, "path"), ...lenField([], 2, strField([], 1, "/from-attr"))]);
    const req = (rec: number[]) => bytes(lenField([], 1, lenField([], 2, lenField([], 2, rec))));
    const r = newOtlpReader();
    for (const rec of [[...body, ...attr], [...attr, ...body]]) {
      const b = req(rec);
      readOtlpRequest(r, b);
      expect(materialized(r, 0, b).path).toBe("/from-attr");
      expect(materialized(r, 0, b).method).toBe("GET");
    }
  });

  test("a kvlist body is dropped when a later body part sets another member of the oneof", () => {
    const kv = lenField([], 6, lenField([], 1, [...strField([], 1, "method"), ...lenField([], 2, strField([], 1, "PUT"))]));
    const rec = [...lenField([], 5, kv), ...lenField([], 5, varint([0x18], 7)), ...lenField([], 5, kv)];
    const r = newOtlpReader();
    const b = bytes(lenField([], 1, lenField([], 2, lenField([], 2, rec))));
    readOtlpRequest(r, b);
    expect(materialized(r, 0, b).method).toBe("PUT");
    expect(viaReference(bytes(lenField([], 1, lenField([], 2, lenField([], 2, rec)))))).toEqual(viaReader(newOtlpReader(EXTRAS), bytes(lenField([], 1, lenField([], 2, lenField([], 2, rec))))));
  });

  test("label values go to the core as bytes: a tuple seen before is found in its tuple cache, not decoded again", () => {
    // Alternating paths, gateways from attributes and from the resource.
    const rec = (path: string, gateway?: string) => logRecord(null, attrs({ method: "GET", path, authority: "h", ...(gateway ? { gateway } : {}) }));
    const body = exportRequest([{ attributes: GATEWAY_RESOURCE, records: [rec("/a"), rec("/b", "edge"), rec("/a"), rec("/b", "edge")] }]);
    const p = newPipeline(newRegistry(), { defaultGateway: "d", maxSeries: 100 }, ["otlp"]);
    const r = newOtlpReader();
    ingestOtlpLogs(p, body, r);
    expect(r.fields.slice(0, 4).map((f) => [f.path, f.gateway])).toEqual(Array(4).fill(["", ""]));
    const cache = p.metrics.tuples!;
    const misses = cache.misses;
    ingestOtlpLogs(p, body, r);
    expect(cache.misses).toBe(misses);
    expect(cache.hits).toBeGreaterThanOrEqual(6);
  });

  test("the one deliberate difference: a skipped varint longer than 10 bytes is rejected", () => {
    const overlong = [...varint([], 99 * 8), ...Array(11).fill(0x80), 0x01];
    const body = bytes([...exportRequest([{ records: [logRecord(null, attrs({ method: "GET" }))] }]), ...overlong]);
    expect(viaReference(body).error).toBe(false);
    expect(() => readOtlpRequest(newOtlpReader(), body)).toThrow(/longer than 10 bytes/);
  });
});
