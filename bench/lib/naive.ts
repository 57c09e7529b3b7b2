// The naive design, as a baseline: decode with the generated protobufjs codecs, then update
// prom-client metrics with a labels object per observation. Label values are derived exactly as
// ours are (same route folding, method and code rules), so only decode and aggregation differ.
import client from "prom-client";
import { GATEWAY_LABELS, LATENCY_BUCKETS, SIZE_BUCKETS } from "../../src/core/catalog.ts";
import { codeLabel, methodLabel } from "../../src/core/labels.ts";
import type { AccessRecord } from "../../src/core/record.ts";
import { normalizePath } from "../../src/core/routes.ts";

export interface PromGateway {
  registry: client.Registry;
  /** Counts one record the way recordAccess does, through prom-client. */
  record(rec: AccessRecord): void;
}

export function newPromGateway(defaultGateway = ""): PromGateway {
  const registry = new client.Registry();
  const labelNames = [...GATEWAY_LABELS];
  const registers = [registry];
  const requests = new client.Counter({ name: "gateway_requests_total", help: "Requests.", labelNames, registers });
  const duration = new client.Histogram({ name: "gateway_request_duration_seconds", help: "Duration.", labelNames, buckets: LATENCY_BUCKETS, registers });
  const requestSize = new client.Histogram({ name: "gateway_request_size_bytes", help: "Request size.", labelNames, buckets: SIZE_BUCKETS, registers });
  const responseSize = new client.Histogram({ name: "gateway_response_size_bytes", help: "Response size.", labelNames, buckets: SIZE_BUCKETS, registers });
  // The naive design folds every path afresh, as a metrics-library wrapper would.
  const route = (p: string) => normalizePath(p);
  const finite = (v: number) => v >= 0 && v < Infinity;
  return {
    registry,
    record(rec) {
      const labels = {
        gateway: rec.gateway !== "" ? rec.gateway : defaultGateway,
        host: rec.host,
        route: route(rec.path),
        method: methodLabel(rec.method),
        code: codeLabel(rec.code),
      };
      requests.inc(labels);
      if (finite(rec.durationSeconds)) duration.observe(labels, rec.durationSeconds);
      if (finite(rec.requestBytes)) requestSize.observe(labels, rec.requestBytes);
      if (finite(rec.responseBytes)) responseSize.observe(labels, rec.responseBytes);
    },
  };
}
