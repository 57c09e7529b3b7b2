// Where each sender carries the configured extra labels' values (config `extraLabels`). Readers put value k
// into AccessRecord.extra[k] or raw field RAW_EXTRA + k, in GatewayMetricsOptions.extraLabels order.
import type { ExtraLabelOptions } from "../core/gateway-metrics.ts";

/** One `extraLabels` entry as configured (config/model-sections.ts checks it). */
export interface ExtraLabelSpec {
  name: string;
  header: string; // ALS request header, lower-case (Envoy logs header names lower-cased)
  attribute: string; // OTLP log record attribute
  variable: string; // Mixer logentry instance variable
  maxValues: number;
}

/** Per extra label k, what each sender reads; every list has one entry per extra label. */
export interface ExtraSources {
  readonly headers: readonly string[];
  readonly headerBytes: readonly Uint8Array[]; // `headers` as UTF-8, for readers that compare bytes
  readonly attributes: readonly string[];
  readonly attributeBytes: readonly Uint8Array[];
  readonly variables: readonly string[];
}

const utf8 = new TextEncoder();

export function extraSources(specs: readonly ExtraLabelSpec[]): ExtraSources {
  const headers = specs.map((s) => s.header.toLowerCase());
  const attributes = specs.map((s) => s.attribute);
  const variables = specs.map((s) => s.variable);
  const enc = (l: string[]) => l.map((x) => utf8.encode(x));
  return { headers, headerBytes: enc(headers), attributes, attributeBytes: enc(attributes), variables };
}

export const NO_EXTRAS: ExtraSources = extraSources([]);

/** The core's view of the specs: a name, a budget, and where the value comes from as one opaque string. */
export function extraLabelOptions(specs: readonly ExtraLabelSpec[]): ExtraLabelOptions[] {
  return specs.map((s) => ({ name: s.name, maxValues: s.maxValues, source: JSON.stringify([s.header.toLowerCase(), s.attribute, s.variable]) }));
}
