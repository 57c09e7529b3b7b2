// The normalized records every sender's decoder produces. Decoders reuse one record per batch
// (reset between entries) so no object is allocated per entry.

/** One HTTP request as the gateway saw it. */
export interface AccessRecord {
  /** Which gateway saw the request (e.g. `istio-ingressgateway.istio-system`); "" if unknown. */
  gateway: string;
  /** Host / :authority as sent, port included (the core makes the label: core/label-map.ts hostLabel). */
  host: string;
  /** Raw request path, query string included; the route label is derived from it. */
  path: string;
  method: string;
  /** HTTP status code; 0 when the sender had none (e.g. the downstream reset first). */
  code: number;
  /** Total request duration in seconds; NaN when unknown. */
  durationSeconds: number;
  /** Request body bytes (headers excluded); NaN when unknown. */
  requestBytes: number;
  /** Response body bytes; NaN when unknown. */
  responseBytes: number;
  /** Upstream service time (request sent upstream → first response byte back), seconds; NaN when unknown. */
  upstreamSeconds: number;
  /** Set response flags, bit i = RESPONSE_FLAGS[i]; 0 when none or unknown. */
  responseFlags: number;
  /** The sender's route name (Envoy route_name); "" when none. */
  routeName: string;
  /** Upstream cluster that served the request; "" when none. */
  upstreamCluster: string;
  /** Trace id (hex) of the request, for exemplars; "" when none (see traceBytes). */
  traceId: string;
  /**
   * Where traceId is "": the trace id as bytes [traceStart, traceEnd), or null. The core makes the
   * hex only when it stores an exemplar, which is rare.
   */
  traceBytes: Uint8Array | null;
  traceStart: number;
  traceEnd: number;
  /** Extra label k's value at k ("" when absent); empty when no extra labels are configured. */
  extra: string[];
}

export function newRecord(): AccessRecord {
  const r = { extra: [] as string[] } as AccessRecord;
  resetRecord(r);
  return r;
}

export function resetRecord(r: AccessRecord): void {
  r.gateway = "";
  r.host = "";
  r.path = "";
  r.method = "";
  r.code = 0;
  r.durationSeconds = NaN;
  r.requestBytes = NaN;
  r.responseBytes = NaN;
  r.upstreamSeconds = NaN;
  r.responseFlags = 0;
  r.routeName = "";
  r.upstreamCluster = "";
  r.traceId = "";
  r.traceBytes = null;
  r.traceStart = 0;
  r.traceEnd = 0;
  if (r.extra.length !== 0) r.extra.fill("");
}

/** One finished TCP connection through the gateway; bytes received from and sent to the downstream client. */
export type TcpRecord = ReturnType<typeof newTcpRecord>;

export function newTcpRecord() {
  return { gateway: "", upstreamCluster: "", receivedBytes: 0, sentBytes: 0 };
}

export function resetTcpRecord(r: TcpRecord): void {
  r.gateway = "";
  r.upstreamCluster = "";
  r.receivedBytes = 0;
  r.sentBytes = 0;
}

/**
 * Envoy's response flags by their short codes. Index i is bit i of AccessRecord.responseFlags and
 * is also Envoy ALS `ResponseFlags` field number i + 1, so decoders map either form directly.
 */
export const RESPONSE_FLAGS: readonly string[] = [
  "LH", "UH", "UT", "LR", "UR", "UF", "UC", "UO", "NR", "DI", "FI", "RL", "UAEX", "RLSE",
  "DC", "URX", "SI", "IH", "DPE", "UMSDR", "RFCF", "NFCF", "DT", "UPE", "NC", "OM", "DF", "DR",
];

const FLAG_BITS = new Map(RESPONSE_FLAGS.map((c, i) => [c, i]));

/** `UH,UF` (Envoy's %RESPONSE_FLAGS%; `-` for none) → bitmask; unknown codes are ignored. */
export function parseResponseFlags(text: string): number {
  if (text === "" || text === "-") return 0;
  let bits = 0;
  for (const code of text.split(",")) {
    const i = FLAG_BITS.get(code.trim());
    if (i !== undefined) bits |= 1 << i;
  }
  return bits;
}
