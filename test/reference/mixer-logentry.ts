// The reference for src/ingest/mixer-reader.ts: Mixer logentry calls decoded by the generated codecs
// (strings read leniently) and mapped to access records field by field. Only tests, the fuzzer and
// the benchmark use it; test/mixer-reader.test.ts holds the hand-written reader equal to it.
import { recordAccess } from "../../src/core/gateway-metrics.ts";
import { traceIdFrom } from "../../src/core/labels.ts";
import type { Pipeline } from "../../src/core/pipeline.ts";
import { type AccessRecord, newRecord, resetRecord } from "../../src/core/record.ts";
import type { RejectReason } from "../../src/core/self-metrics.ts";
import { logentry } from "../../src/generated/codecs.js";
import type { istio } from "../../src/generated/codecs.js";
import { decodeBody, lenientReader } from "../../src/ingest/body.ts";
import { applyAdapterConfig, type MixerLogEntryState, type MixerVariables } from "../../src/ingest/mixer-logentry.ts";
import { int64ToNumber, millisUpstreamSeconds, textUpstreamSeconds, valueSeconds, valueText } from "../../src/ingest/mixer-values.ts";
import { parseNumber } from "../../src/core/duration.ts";
import { flushTally, newTally, reject, type Tally } from "../../src/ingest/tally.ts";

type Value = istio.policy.v1beta1.IValue;
type Vars = { [k: string]: Value };

/** A Value as a plain number (codes, byte counts); NaN when it is not one. */
export function valueNumber(v: Value | null | undefined): number {
  if (!v) return NaN;
  switch (v.value) {
    case "int64_value": return int64ToNumber(v.int64_value);
    case "double_value": return v.double_value!;
    case "string_value": return parseNumber(v.string_value!);
    default: return NaN;
  }
}

function pick(vars: Vars, names: readonly string[]): Value | undefined {
  for (let i = 0; i < names.length; i++) {
    if (Object.hasOwn(vars, names[i])) return vars[names[i]];
  }
  return undefined;
}

/** Receives each instance's record in order, with why it cannot be counted (null: it can). */
export type RecordVisitor = (rec: AccessRecord, why: RejectReason | null) => void;

/**
 * Decodes the whole body, then visits one record per instance, reusing `rec`. Throws, visiting
 * nothing, if the body is not a HandleLogEntryRequest (counted as malformed when a pipeline is given).
 */
export function decodeLogEntry(state: MixerLogEntryState, body: Uint8Array, visit: RecordVisitor, rec: AccessRecord = newRecord(), p?: Pipeline): void {
  const req = p
    ? decodeBody(p, "mixer", (r) => logentry.HandleLogEntryRequest.decode(r), body)
    : logentry.HandleLogEntryRequest.decode(lenientReader(body));
  applyAdapterConfig(state, req.adapter_config);
  const vars = state.vars;
  for (const inst of req.instances) {
    resetRecord(rec);
    visit(rec, fillRecord(state, vars, (inst.variables ?? {}) as Vars, rec));
  }
}

/** Decodes and counts one call. Throws (counted as malformed) if the body is not a HandleLogEntryRequest. */
export function ingestLogEntryReference(state: MixerLogEntryState, p: Pipeline, body: Uint8Array): Tally {
  const t = newTally();
  decodeLogEntry(state, body, (rec, why) => {
    if (why !== null) reject(t, why);
    else {
      recordAccess(p.metrics, rec);
      t.accepted++;
    }
  }, newRecord(), p);
  flushTally(p, "mixer", t);
  return t;
}

/**
 * Fills `rec` from one instance's variables; returns why the entry cannot be counted (the first
 * unusable value in code, duration, upstream time, request size, response size order), or null. Every field is
 * filled either way, so the wire reader can be compared with this field for field.
 */
function fillRecord(state: MixerLogEntryState, vars: MixerVariables, v: Vars, rec: AccessRecord): RejectReason | null {
  let why: RejectReason | null = null;
  const gw = pick(v, vars.gateway);
  rec.gateway = gw ? valueText(gw) : state.gateway;
  rec.host = valueText(pick(v, vars.host));
  rec.path = valueText(pick(v, vars.path));
  rec.method = valueText(pick(v, vars.method));
  const code = pick(v, vars.code);
  if (code) {
    const c = valueNumber(code);
    if (Number.isInteger(c) && c >= 0 && c <= 999) rec.code = c;
    else why = "bad_code";
  }
  const dur = pick(v, vars.duration);
  if (dur) {
    rec.durationSeconds = valueSeconds(dur);
    if (!(rec.durationSeconds >= 0 && rec.durationSeconds < Infinity)) why ??= "bad_duration";
  }
  const up = pick(v, vars.upstreamDuration);
  if (up) {
    rec.upstreamSeconds = valueUpstreamSeconds(up);
    if (!(rec.upstreamSeconds >= 0 && rec.upstreamSeconds < Infinity) && !Number.isNaN(rec.upstreamSeconds)) why ??= "bad_duration";
  }
  const rq = pick(v, vars.requestBytes);
  if (rq) {
    rec.requestBytes = valueNumber(rq);
    if (!(rec.requestBytes >= 0 && rec.requestBytes < Infinity)) why ??= "bad_size";
  }
  const rs = pick(v, vars.responseBytes);
  if (rs) {
    rec.responseBytes = valueNumber(rs);
    if (!(rec.responseBytes >= 0 && rec.responseBytes < Infinity)) why ??= "bad_size";
  }
  const trace = pick(v, vars.traceId);
  if (trace) rec.traceId = traceIdFrom(valueText(trace));
  const names = state.extras.variables;
  for (let k = 0; k < names.length; k++) rec.extra[k] = Object.hasOwn(v, names[k]) ? valueText(v[names[k]]) : "";
  return why;
}

/**
 * A Value as upstream service time in seconds: a Duration or Go duration string as it says, a plain
 * number in milliseconds (the unit of Envoy's x-envoy-upstream-service-time header, which an
 * instance can only pass on as it is). NaN for "" (`response.headers[…] | ""`: Envoy sent no such
 * header); -1 for anything else that is not a non-negative amount.
 */
function valueUpstreamSeconds(v: Value): number {
  switch (v.value) {
    case "duration_value": return valueSeconds(v);
    case "string_value": return textUpstreamSeconds(v.string_value!);
    case "int64_value":
    case "double_value": return millisUpstreamSeconds(valueNumber(v));
    default: return -1;
  }
}

