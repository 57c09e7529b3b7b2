// Mixer `logentry` template: HandleLogEntryRequest → access records. Each InstanceMsg is one request
// described by named variables; which names mean what is configurable (and overridable per Mixer
// handler through its params).
import { adapter, logentry } from "../generated/codecs.js";
import type { istio } from "../generated/codecs.js";
import { recordAccess } from "../core/gateway-metrics.ts";
import type { Pipeline } from "../core/pipeline.ts";
import { type AccessRecord, newRecord, resetRecord } from "../core/record.ts";
import { traceIdFrom } from "../core/labels.ts";
import type { RejectReason } from "../core/self-metrics.ts";
import { sameBytes, valueNumber, valueSeconds, valueText, valueUpstreamSeconds } from "./mixer-values.ts";
import { type ExtraSources, NO_EXTRAS } from "./extra-values.ts";
import { flushTally, newTally, reject } from "./tally.ts";
import { decodeBody, lenientReader } from "./body.ts";

export const LOGENTRY_PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
export const PARAMS_TYPE_URL = "type.googleapis.com/adapter.gatewaymetric.config.Params";

/** For each record field, the instance variables tried in order; the first present one wins. */
export type MixerVariables = {
  gateway: string[];
  host: string[];
  path: string[];
  method: string[];
  code: string[];
  duration: string[];
  requestBytes: string[];
  responseBytes: string[];
  /** Upstream service time: a Duration, a Go duration string, or milliseconds (see valueUpstreamSeconds). */
  upstreamDuration: string[];
  /** Trace id for exemplars: hex (B3, W3C), a W3C traceparent, or a request id. */
  traceId: string[];
};

export interface MixerLogEntryState {
  readonly configured: MixerVariables;
  /** adapter_config bytes last seen; Mixer sends the same bytes on every call of a handler. */
  lastConfig: Uint8Array | null;
  vars: MixerVariables;
  gateway: string;
  /** The instance variables whose values are the extra labels' (set again on a config reload). */
  extras: ExtraSources;
  warn: (msg: string, fields: Record<string, unknown>) => void;
}

export function newMixerLogEntryState(
  configured: MixerVariables, warn: MixerLogEntryState["warn"], extras: ExtraSources = NO_EXTRAS,
): MixerLogEntryState {
  return { configured, lastConfig: null, vars: configured, gateway: "", extras, warn };
}

export interface IngestResult {
  accepted: number;
  rejected: number;
}

type Vars = { [k: string]: istio.policy.v1beta1.IValue };

function pick(vars: Vars, names: readonly string[]): istio.policy.v1beta1.IValue | undefined {
  for (let i = 0; i < names.length; i++) {
    if (Object.hasOwn(vars, names[i])) return vars[names[i]];
  }
  return undefined;
}

/** Receives each instance's record in order, with why it cannot be counted (null: it can). */
export type RecordVisitor = (rec: AccessRecord, why: RejectReason | null) => void;

/**
 * The reference decoder (protobufjs codecs, strings read leniently): decodes the whole body, then
 * visits one record per instance, reusing `rec`. Throws, visiting nothing, if the body is not a
 * HandleLogEntryRequest (counted as malformed when a pipeline is given).
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

/** The protobufjs reference for mixer-reader.ts: decodes and counts one call. Throws (counted as malformed) if the body is not a HandleLogEntryRequest. */
export function ingestLogEntryReference(state: MixerLogEntryState, p: Pipeline, body: Uint8Array): IngestResult {
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

/** Handler params override the configured variable names; unusable params are logged and ignored. */
export function applyAdapterConfig(state: MixerLogEntryState, any: { type_url?: string | null; value?: Uint8Array | null } | null | undefined): void {
  const bytes = any?.value ?? null;
  if (bytes === null) {
    if (state.lastConfig !== null) {
      state.lastConfig = null;
      state.vars = state.configured;
      state.gateway = "";
    }
    return;
  }
  if (state.lastConfig !== null && sameBytes(state.lastConfig, bytes)) return;
  // A copy: Buffer#slice would alias the request body.
  state.lastConfig = new Uint8Array(bytes);
  state.vars = state.configured;
  state.gateway = "";
  if (any?.type_url && any.type_url !== PARAMS_TYPE_URL) {
    state.warn("adapter_config is not gatewaymetric's Params; using configured variable names", { type_url: any.type_url });
    return;
  }
  let params: adapter.gatewaymetric.config.Params;
  try {
    params = adapter.gatewaymetric.config.Params.decode(lenientReader(bytes));
  } catch (e) {
    state.warn("cannot decode handler params; using configured variable names", { error: String(e) });
    return;
  }
  const c = state.configured;
  const or = (list: string[] | null | undefined, d: string[]) => (list && list.length > 0 ? list : d);
  state.gateway = params.gateway ?? "";
  state.vars = {
    gateway: or(params.gateway_variables, c.gateway),
    host: or(params.host_variables, c.host),
    path: or(params.path_variables, c.path),
    method: or(params.method_variables, c.method),
    code: or(params.code_variables, c.code),
    duration: or(params.duration_variables, c.duration),
    requestBytes: or(params.request_bytes_variables, c.requestBytes),
    responseBytes: or(params.response_bytes_variables, c.responseBytes),
    upstreamDuration: or(params.upstream_duration_variables, c.upstreamDuration),
    traceId: c.traceId,
  };
}
