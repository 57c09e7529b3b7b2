// Benchmark payloads, encoded once with the generated codecs (the reference encoder) and reused.
// Label values repeat the way a gateway's do: a few hosts, a few dozen routes (some with ids),
// a handful of methods and codes, so a run touches a few hundred series, not millions.
import Long from "long";
import { logentry } from "../../src/generated/codecs.js";
import type { istio } from "../../src/generated/codecs.js";

type V = istio.policy.v1beta1.IValue;

/** mulberry32: reproducible payloads from a seed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)];

/**
 * How a payload's label values spread, so a figure does not hang on one mix: "usual" draws from
 * the lists below (a few hundred tuples); "few" sends one host, two paths and 200s (a dozen
 * tuples); "many" spreads over 200 hosts and 5,000 ids per id path (thousands of tuples, each
 * seen rarely). `longUrls` adds a ~1 KiB query string to every path (larger entries).
 */
export interface Mix {
  readonly tuples: "few" | "usual" | "many";
  readonly longUrls?: boolean;
}
export const USUAL: Mix = { tuples: "usual" };

export function mixLabel(m: Mix): string {
  const t = m.tuples === "few" ? "few tuples" : m.tuples === "many" ? "many tuples" : "usual tuples";
  return m.longUrls ? `${t}, ~1 KiB URLs` : t;
}

const MANY_HOSTS = Array.from({ length: 200 }, (_, i) => `svc-${i}.shop.example.com`);
const LONG_QUERY = `?session=${"a1b2c3d4".repeat(128)}`;

/** Draws of host, path and code from a sender's lists, spread as `mix` says. */
export function labelDraws<C>(mix: Mix, lists: { hosts: readonly string[]; paths: readonly string[]; idPaths: readonly string[]; codes: readonly C[] }) {
  const { hosts, paths, idPaths, codes } = lists;
  const few = mix.tuples === "few";
  const ids = mix.tuples === "many" ? 5000 : 50;
  const tail = mix.longUrls ? LONG_QUERY : "";
  return {
    host: (r: () => number): string => (few ? hosts[0] : pick(r, mix.tuples === "many" ? MANY_HOSTS : hosts)),
    path: (r: () => number): string =>
      (few ? paths[Math.floor(r() * 2)] : r() < 0.6 ? pick(r, paths) : pick(r, idPaths) + Math.floor(r() * ids)) + tail,
    code: (r: () => number): C => (few ? codes[0] : pick(r, codes)),
  };
}

const str = (s: string): V => ({ string_value: s });
const int = (n: number): V => ({ int64_value: Long.fromNumber(n) });
const ip = (...b: number[]): V => ({ ip_address_value: { value: Uint8Array.from(b) } });
const durationMs = (ms: number): V => {
  const nanos = Math.round(ms * 1e6);
  return { duration_value: { value: { seconds: Long.fromNumber(Math.floor(nanos / 1e9)), nanos: nanos % 1e9 } } };
};
const timestamp = (seconds: number): V => ({ timestamp_value: { value: { seconds: Long.fromNumber(seconds), nanos: 123_456_000 } } });

const HOSTS = ["192.168.101.6:31380", "shop.example.com", "api.example.com", "bookinfo.example.com:8080"];
const PATHS = [
  "/productpage", "/productpage?u=normal", "/login", "/logout", "/static/bootstrap/css/bootstrap.min.css",
  "/static/jquery.min.js", "/api/v1/products", "/api/v1/cart", "/api/v1/checkout", "/healthz", "/favicon.ico",
];
const ID_PATHS = ["/api/v1/products/", "/ratings/", "/reviews/", "/details/", "/api/v1/orders/"];
const METHODS = ["GET", "GET", "GET", "GET", "POST", "PUT", "DELETE"];
const CODES = [200, 200, 200, 200, 200, 201, 204, 301, 304, 404, 500, 503];

type Draws = ReturnType<typeof labelDraws<number>>;
const draws = (mix: Mix): Draws => labelDraws(mix, { hosts: HOSTS, paths: PATHS, idPaths: ID_PATHS, codes: CODES });

function latencyMs(r: () => number): number {
  return 0.5 + -Math.log(1 - r()) * 30;
}

/** The seed's i1metric instance variables (i1metric in the original adapter's article), with varied values. */
function seedVariables(r: () => number, d: Draws): Record<string, V> {
  const body = Math.floor(r() * 20000);
  return {
    host: str(d.host(r)),
    method: str(pick(r, METHODS)),
    url: str(d.path(r)),
    responseCode: int(d.code(r)),
    responseBodySize: int(body),
    responseTotalSize: int(body + 232),
    latency: durationMs(latencyMs(r)),
  };
}

/** Istio 1.4's stock `accesslog` variables (istio/istio 1.4.0 install/kubernetes/helm/istio/charts/mixer/templates/config.yaml) as an ingress gateway fills them. */
function accesslogVariables(r: () => number, d: Draws): Record<string, V> {
  const host = d.host(r);
  const code = d.code(r);
  const size = Math.floor(r() * 20000);
  const reqId = `${Math.floor(r() * 2 ** 32).toString(16).padStart(8, "0")}-7f3a-4c1e-9b2d-${Math.floor(r() * 2 ** 48).toString(16).padStart(12, "0")}`;
  return {
    sourceIp: ip(10, 44, Math.floor(r() * 256), Math.floor(r() * 256)),
    sourceApp: str("istio-ingressgateway"),
    sourcePrincipal: str("spiffe://cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account"),
    sourceName: str("istio-ingressgateway-6f9d7c8b5-x2x9q"),
    sourceWorkload: str("istio-ingressgateway"),
    sourceNamespace: str("istio-system"),
    sourceOwner: str("kubernetes://apis/apps/v1/namespaces/istio-system/deployments/istio-ingressgateway"),
    destinationApp: str("productpage"),
    destinationIp: ip(10, 44, 1, Math.floor(r() * 256)),
    destinationServiceHost: str("productpage.default.svc.cluster.local"),
    destinationWorkload: str("productpage-v1"),
    destinationName: str("productpage-v1-596598f447-nn64q"),
    destinationNamespace: str("default"),
    destinationOwner: str("kubernetes://apis/apps/v1/namespaces/default/deployments/productpage-v1"),
    destinationPrincipal: str("spiffe://cluster.local/ns/default/sa/bookinfo-productpage"),
    apiClaims: str(""),
    apiKey: str(""),
    protocol: str("http"),
    method: str(pick(r, METHODS)),
    url: str(d.path(r)),
    responseCode: int(code),
    responseFlags: str("-"),
    responseSize: int(size),
    permissiveResponseCode: str("none"),
    permissiveResponsePolicyID: str("none"),
    requestSize: int(Math.floor(r() * 2000)),
    requestId: str(reqId),
    clientTraceId: str(""),
    latency: durationMs(latencyMs(r)),
    connection_security_policy: str("none"),
    requestedServerName: str(""),
    userAgent: str("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.108 Safari/537.36"),
    responseTimestamp: timestamp(1_574_000_000 + Math.floor(r() * 1000)),
    receivedBytes: int(Math.floor(r() * 2000) + 300),
    sentBytes: int(size + 250),
    referer: str(`http://${host}/productpage`),
    httpAuthority: str(host),
    xForwardedFor: str(`10.0.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}`),
    reporter: str("source"),
    grpcStatus: str(""),
    grpcMessage: str(""),
  };
}

export type MixerShape = "seed" | "accesslog";

export const MIXER_SHAPES: Record<MixerShape, { label: string; variables: (r: () => number, d: Draws) => Record<string, V> }> = {
  seed: { label: "seed's variables (7)", variables: seedVariables },
  accesslog: { label: "Istio accesslog variables (42)", variables: accesslogVariables },
};

/** One HandleLogEntryRequest of `n` instances, shaped as Mixer sends it (adapter_config after them). */
export function mixerRequest(shape: MixerShape, seed: number, n = 100, mix = USUAL): Uint8Array {
  const r = rng(seed);
  const d = draws(mix);
  const instances = Array.from({ length: n }, () => ({
    name: shape === "seed" ? "i1metric.instance.istio-system" : "accesslog.instance.istio-system",
    variables: MIXER_SHAPES[shape].variables(r, d),
    severity: shape === "seed" ? "warning" : "Info",
    monitored_resource_type: shape === "seed" ? "UNSPECIFIED" : "global",
    timestamp: { value: { seconds: Long.fromNumber(1_574_000_000 + Math.floor(r() * 1000)), nanos: 0 } },
  }));
  return logentry.HandleLogEntryRequest.encode({
    instances,
    adapter_config: {
      type_url: "type.googleapis.com/adapter.gatewaymetric.config.Params",
      value: Uint8Array.from([0x0a, 0x07, ...new TextEncoder().encode("out.txt")]),
    },
    dedup_id: String(5577006791947779410n + BigInt(seed)),
  }).finish();
}

/** `count` different requests of `n` instances each. */
export function mixerRequests(shape: MixerShape, count: number, n = 100, mix = USUAL): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => mixerRequest(shape, 1000 + i, n, mix));
}
