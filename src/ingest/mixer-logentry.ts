// Mixer `logentry` template: each InstanceMsg is one request described by named variables; which names
// mean what is configurable, and overridable per handler through its params. mixer-reader.ts decodes calls.
import { adapter } from "../generated/codecs.js";
import { rangeIs } from "./wire.ts";
import { type ExtraSources, NO_EXTRAS } from "./extra-values.ts";
import { lenientReader } from "./body.ts";

export const LOGENTRY_PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
export const PARAMS_TYPE_URL = "type.googleapis.com/adapter.gatewaymetric.config.Params";

/**
 * Record fields, as mixer-reader.ts indexes them. upstreamDuration: a Duration, a Go duration string or
 * milliseconds (textUpstreamSeconds); traceId (exemplars): hex (B3, W3C), a traceparent or a request id.
 */
export const VARIABLE_FIELDS = [
  "gateway", "host", "path", "method", "code", "duration", "requestBytes", "responseBytes", "traceId", "upstreamDuration",
] as const;
/** For each record field, the instance variables tried in order; the first present one wins. */
export type MixerVariables = Record<(typeof VARIABLE_FIELDS)[number], string[]>;

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

/** Handler params override the configured variable names; unusable params are logged and ignored. */
export function applyAdapterConfig(state: MixerLogEntryState, any: { type_url?: string | null; value?: Uint8Array | null } | null | undefined): void {
  const bytes = any?.value ?? null;
  const last = state.lastConfig;
  if (bytes === null ? last === null : last !== null && rangeIs(bytes, 0, bytes.length, last)) return;
  // A copy: Buffer#slice would alias the request body.
  state.lastConfig = bytes === null ? null : new Uint8Array(bytes);
  state.vars = state.configured;
  state.gateway = "";
  if (bytes === null) return;
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
