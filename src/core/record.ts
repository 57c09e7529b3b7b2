// The one normalized access record every sender's decoder produces. Decoders reuse one record per
// batch (resetRecord between entries) so no object is allocated per entry.

export interface AccessRecord {
  /** Which gateway saw the request (e.g. `istio-ingressgateway.istio-system`); "" if unknown. */
  gateway: string;
  /** Host / :authority as sent, port included. */
  host: string;
  /** Raw request path, query string included; the route label is derived from it. */
  path: string;
  /** Method as sent; normalized later. */
  method: string;
  /** HTTP status code; 0 when the sender had none (e.g. the downstream reset first). */
  code: number;
  /** Total request duration in seconds; NaN when unknown. */
  durationSeconds: number;
  /** Request bytes; NaN when unknown. */
  requestBytes: number;
  /** Response body bytes; NaN when unknown. */
  responseBytes: number;
}

export function newRecord(): AccessRecord {
  return { gateway: "", host: "", path: "", method: "", code: 0, durationSeconds: NaN, requestBytes: NaN, responseBytes: NaN };
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
}
