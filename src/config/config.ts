// Configuration: built-in defaults < YAML file (--config) < GATEWAYMETRIC_* environment < flags.
// One table of options drives all four sources, --help, validation and the Config type, so they
// cannot disagree.
// The structured sections (config file only) have validators of their own in model-sections.ts.
import type { MetricSettings } from "../core/catalog.ts";
import { parseSeconds } from "../core/duration.ts";
import type { RouteTemplate } from "../core/route-templates.ts";
import type { ExtraLabelSpec } from "../ingest/extra-values.ts";
import { ConfigError, isObj, STRUCTURED } from "./model-sections.ts";

export { ConfigError };

export type LogLevel = "debug" | "info" | "warn" | "error";

/** The value each kind of option holds in Config. */
type KindValue = {
  string: string;
  address: string;
  level: LogLevel;
  int: number;
  number: number;
  bool: boolean;
  duration: number;
  list: string[];
};
type Kind = keyof KindValue;

interface Option {
  /** Dotted path in the YAML file and in Config. */
  key: string;
  kind: Kind;
  default: unknown;
  help: string;
  min?: number;
  /** A reload cannot apply it (listeners, grpc-js server options, timers): it needs a restart. */
  restart?: true;
}

const TABLE = [
  { key: "grpcAddr", kind: "address", default: "[::]:41543", help: "gRPC listen address (host:port) for every sender; [::] takes IPv6 and IPv4 (0.0.0.0: IPv4 only, for kernels without IPv6)", restart: true },
  { key: "httpAddr", kind: "address", default: "[::]:9145", help: "HTTP listen address for /metrics, /healthz and /readyz; [::] takes IPv6 and IPv4", restart: true },
  { key: "logLevel", kind: "level", default: "info", help: "log level: debug, info, warn or error" },
  { key: "gateway", kind: "string", default: "", help: "`gateway` label for entries that name no gateway (empty: label left out)" },
  { key: "maxSeries", kind: "int", default: 20000, min: 1, help: "series budget of each metric (metrics.<id>.maxSeries overrides); past it new series are counted in one __overflow__ series" },
  { key: "maxMessageBytes", kind: "int", default: 4 * 1024 * 1024, min: 1024, help: "largest gRPC message accepted, in bytes (larger: RESOURCE_EXHAUSTED)", restart: true },
  { key: "shutdownGraceSeconds", kind: "number", default: 10, min: 0, help: "on SIGTERM, how long open calls may take to finish", restart: true },
  { key: "debugEndpoints", kind: "bool", default: false, help: "serve /debug/* on the HTTP port (behind the same auth as /metrics)" },
  { key: "secretRefreshSeconds", kind: "number", default: 10, min: 1, help: "how often certificate, key, token and password files are re-read", restart: true },
  { key: "grpcLimits.maxConcurrentCalls", kind: "int", default: 50, min: 1, help: "most gRPC calls (streams included) in flight at once, each able to hold one message of maxMessageBytes (see Memory); more get RESOURCE_EXHAUSTED" },
  { key: "grpcLimits.maxCallsPerConnection", kind: "int", default: 10, min: 1, help: "most gRPC calls (streams included) one client connection may have in flight, so one connection cannot hold every slot; more get RESOURCE_EXHAUSTED" },
  { key: "grpcLimits.streamIdleSeconds", kind: "number", default: 300, min: 0, help: "end a client stream (Envoy ALS) with OK once it has sent nothing for this long, freeing its slot; the sender reopens one when it has entries (0: never)" },
  { key: "grpcLimits.maxConcurrentStreams", kind: "int", default: 10, min: 1, help: "most concurrent gRPC streams per HTTP/2 connection (SETTINGS_MAX_CONCURRENT_STREAMS); at or below maxCallsPerConnection, a client that honours it waits instead of being refused", restart: true },
  { key: "grpcLimits.keepaliveTimeSeconds", kind: "number", default: 60, min: 1, help: "ping an idle client connection after this long, to find dead peers", restart: true },
  { key: "grpcLimits.keepaliveTimeoutSeconds", kind: "number", default: 20, min: 1, help: "close a connection whose ping is not answered within this long", restart: true },
  { key: "grpcLimits.maxConnectionIdleSeconds", kind: "number", default: 0, min: 0, help: "close a gRPC connection with no calls for this long (0: never)", restart: true },
  { key: "grpcTls.certFile", kind: "string", default: "", help: "PEM certificate chain for TLS on the gRPC port (empty: plaintext)", restart: true },
  { key: "grpcTls.keyFile", kind: "string", default: "", help: "PEM private key for TLS on the gRPC port", restart: true },
  { key: "grpcTls.clientCaFile", kind: "string", default: "", help: "PEM CA bundle: when set, gRPC clients must present a certificate it signed (mutual TLS)", restart: true },
  { key: "grpcAuth.tokenFile", kind: "string", default: "", help: "file holding a token every gRPC call must send as `authorization: Bearer <token>` (health checks exempt)" },
  { key: "httpTls.certFile", kind: "string", default: "", help: "PEM certificate chain for TLS on the HTTP port (empty: plaintext)", restart: true },
  { key: "httpTls.keyFile", kind: "string", default: "", help: "PEM private key for TLS on the HTTP port", restart: true },
  { key: "httpAuth.bearerTokenFile", kind: "string", default: "", help: "file holding a bearer token required for /metrics and /debug/* (probes exempt)" },
  { key: "httpAuth.basicUser", kind: "string", default: "", help: "basic-auth user name required for /metrics and /debug/*" },
  { key: "httpAuth.basicPasswordFile", kind: "string", default: "", help: "file holding the basic-auth password" },
  { key: "mixer.maxSeries", kind: "int", default: 80000, min: 1, help: "series budget of all Mixer metric families together (each also has maxSeries); past it a new label tuple is rejected (reason series_budget)" },
  { key: "mixer.maxMetrics", kind: "int", default: 300, min: 1, help: "most metrics one Mixer metric handler's params may define; params with more are refused (INVALID_ARGUMENT)" },
  { key: "mixer.variables.gateway", kind: "list", default: ["gateway", "sourceWorkload"], help: "Mixer instance variables holding the gateway name, tried in order" },
  { key: "mixer.variables.host", kind: "list", default: ["host", "httpAuthority", "destinationServiceHost"], help: "variables holding the host" },
  { key: "mixer.variables.path", kind: "list", default: ["url", "path"], help: "variables holding the request path" },
  { key: "mixer.variables.method", kind: "list", default: ["method"], help: "variables holding the method" },
  { key: "mixer.variables.code", kind: "list", default: ["responseCode"], help: "variables holding the status code" },
  { key: "mixer.variables.duration", kind: "list", default: ["latency", "duration"], help: "variables holding the request duration" },
  { key: "mixer.variables.requestBytes", kind: "list", default: ["requestSize"], help: "variables holding the request body size" },
  { key: "mixer.variables.responseBytes", kind: "list", default: ["responseBodySize", "responseSize"], help: "variables holding the response body size" },
  { key: "mixer.variables.upstreamDuration", kind: "list", default: ["upstreamServiceTime"], help: "variables holding the upstream service time (x-envoy-upstream-service-time: a plain number is milliseconds)" },
  { key: "maxConnectionAgeSeconds", kind: "number", default: 0, min: 0, help: "close each gRPC connection (GOAWAY) after about this many seconds, open calls then get shutdownGraceSeconds to finish, so long-lived sender streams spread over replicas again; 0: never", restart: true },
  { key: "mixer.variables.traceId", kind: "list", default: ["traceId", "traceparent", "clientTraceId", "requestId"], help: "variables holding the trace id for exemplars (hex, W3C traceparent or request id)" },
  { key: "limits.hosts", kind: "int", default: 1000, min: 1, help: "distinct host label values; past it new hosts are __overflow__" },
  { key: "limits.routes", kind: "int", default: 2000, min: 1, help: "distinct route label values (templates not counted); past it new routes are __overflow__" },
  { key: "limits.labelValues", kind: "int", default: 1000, min: 1, help: "distinct values of each other free-form label (gateway, upstream_cluster)" },
  { key: "limits.labelValueBytes", kind: "int", default: 256, min: 16, help: "longest label value in UTF-8 bytes; longer ones are cut and end with …" },
  { key: "hosts.allow", kind: "list", default: [], help: "if set, the only host label values kept (port and case ignored); others become __other__" },
  { key: "route.fromRouteName", kind: "bool", default: false, help: "use the sender's route name (Envoy route_name) as the route label when present" },
  { key: "route.maxSegments", kind: "int", default: 10, min: 1, help: "folded routes keep this many path segments, then /…" },
  { key: "expiry.ttl", kind: "duration", default: 600, help: "series idle this long (90s, 10m, 1h; a plain number is seconds) are removed once a scrape has read them, unscraped ones after twice as long; 0 = never; default in seconds" },
] as const satisfies readonly Option[];

export const OPTIONS: readonly Option[] = TABLE;

/** One option as Config holds it: `{ key: "a.b", kind: "int" }` → `{ a: { b: number } }`. */
type Nested<Key extends string, V> = Key extends `${infer Head}.${infer Rest}` ? { [P in Head]: Nested<Rest, V> } : { [P in Key]: V };
type OptionValue<O> = O extends { key: infer K extends string; kind: infer T extends Kind } ? Nested<K, KindValue[T]> : never;
/** The intersection of a union's members: the options' nested objects merged into one. */
type AllOf<U> = (U extends unknown ? (u: U) => void : never) extends (u: infer I) => void ? I : never;

/** Every option of OPTIONS at its key path, and the structured sections. */
export type Config = AllOf<OptionValue<(typeof TABLE)[number]>> & {
  route: { templates: RouteTemplate[] };
  /** Per-metric settings by metric id (requests, requestDuration, …). */
  metrics: Record<string, MetricSettings>;
  /** Labels taken from each request (a tenant header), under a value budget. */
  extraLabels: ExtraLabelSpec[];
};

/** `mixer.variables.host` → `mixer-variables-host`; `grpcAddr` → `grpc-addr`. */
export function flagName(key: string): string {
  return key.replace(/\./g, "-").replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

/** `mixer.variables.host` → `GATEWAYMETRIC_MIXER_VARIABLES_HOST`. */
export function envName(key: string): string {
  return "GATEWAYMETRIC_" + flagName(key).replace(/-/g, "_").toUpperCase();
}

function setPath(obj: Record<string, unknown>, key: string, v: unknown): void {
  const parts = key.split(".");
  let o = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    o[parts[i]] ??= {};
    o = o[parts[i]] as Record<string, unknown>;
  }
  o[parts[parts.length - 1]] = v;
}

function getPath(obj: unknown, key: string): unknown {
  return key.split(".").reduce((o, k) => (o as Record<string, unknown>)[k], obj);
}

/**
 * A reload's configuration in force: sets each option that needs a restart in `next` back to its
 * running value in `current`, and returns the keys of those whose new value is therefore ignored.
 */
export function keepRestartOptions(current: Config, next: Config): string[] {
  const ignored: string[] = [];
  for (const o of OPTIONS) {
    if (!o.restart) continue;
    const was = getPath(current, o.key);
    if (JSON.stringify(getPath(next, o.key)) !== JSON.stringify(was)) ignored.push(o.key);
    setPath(next as unknown as Record<string, unknown>, o.key, was);
  }
  return ignored;
}

export function defaults(): Config {
  const c: Record<string, unknown> = {};
  for (const o of OPTIONS) setPath(c, o.key, structuredClone(o.default));
  for (const [key, validate] of STRUCTURED) setPath(c, key, validate(undefined, key, { extraLabels: [] }));
  return c as unknown as Config;
}

/**
 * Checks and converts one value: typed from the YAML file, text from the environment or a flag.
 * `where` names the key and its source in the error.
 */
function convert(o: Option, raw: unknown, where: string): unknown {
  const text = typeof raw === "string" ? raw.trim() : null;
  const bad = (what: string) => new ConfigError(`${where}: expected ${what}, got ${JSON.stringify(raw)}`);
  switch (o.kind) {
    case "string":
      if (typeof raw !== "string") throw bad("a string");
      return raw;
    case "address":
      if (typeof raw !== "string" || parseAddress(raw) === null) throw bad("host:port (e.g. 0.0.0.0:9145 or [::]:9145)");
      return raw;
    case "level":
      if (!["debug", "info", "warn", "error"].includes(raw as string)) throw bad("debug, info, warn or error");
      return raw;
    case "bool":
      if (raw === true || raw === "true" || raw === "1") return true;
      if (raw === false || raw === "false" || raw === "0") return false;
      throw bad("true or false");
    case "int":
    case "number": {
      const n = text === null ? raw : text === "" ? NaN : Number(text);
      if (typeof n !== "number" || !Number.isFinite(n)) throw bad("a number");
      if (o.kind === "int" && !Number.isInteger(n)) throw bad("an integer");
      if (o.min !== undefined && n < o.min) throw new ConfigError(`${where}: must be at least ${o.min}, got ${n}`);
      return n;
    }
    case "duration": {
      const secs = text === null ? raw : parseSeconds(text);
      if (typeof secs !== "number" || !(secs >= 0 && secs < Infinity)) throw bad("a duration such as 90s, 10m or 1h (or seconds)");
      return secs;
    }
    case "list": {
      const list = text === null ? raw : text.split(",").map((s) => s.trim()).filter((s) => s !== "");
      if (!Array.isArray(list) || list.some((s) => typeof s !== "string" || s === "")) throw bad("a list of names");
      return list;
    }
  }
}

/** `host:port`, `[v6]:port` or `:port` (all interfaces); null if malformed. */
export function parseAddress(s: string): { host: string; port: number } | null {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:\[\]]*)):(\d{1,5})$/.exec(s);
  if (!m) return null;
  const port = Number(m[3]);
  if (port > 65535) return null;
  const host = m[1] ?? (m[2] === "" ? "0.0.0.0" : m[2]);
  return { host, port };
}

function flattenYaml(v: unknown, prefix: string, out: Map<string, unknown>): void {
  if (isObj(v) && !STRUCTURED.has(prefix)) {
    for (const [k, x] of Object.entries(v)) flattenYaml(x, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, v);
  }
}

export interface LoadInput {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  readFile: (path: string) => string;
}

type LoadResult = { kind: "run"; config: Config; configFile: string | null } | { kind: "help" } | { kind: "version" };

export function loadConfig(input: LoadInput): LoadResult {
  const byFlag = new Map(OPTIONS.map((o) => [flagName(o.key), o]));
  const byKey = new Map(OPTIONS.map((o) => [o.key, o]));
  const flags = new Map<string, string>();
  let configFile: string | null = input.env.GATEWAYMETRIC_CONFIG || null;
  const args = input.argv;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-h" || a === "--help") return { kind: "help" };
    if (a === "--version") return { kind: "version" };
    if (!a.startsWith("--")) throw new ConfigError(`unexpected argument ${JSON.stringify(a)} (see --help)`);
    const eq = a.indexOf("=");
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (eq < 0 && i + 1 >= args.length) throw new ConfigError(`--${name}: missing value`);
    const value = eq < 0 ? args[++i] : a.slice(eq + 1);
    if (name === "config") configFile = value;
    else if (byFlag.has(name)) flags.set(name, value);
    else throw new ConfigError(`unknown flag --${name} (see --help)`);
  }

  const c = defaults() as unknown as Record<string, unknown>;
  if (configFile) {
    let doc: unknown;
    let step = "cannot read";
    try {
      const text = input.readFile(configFile);
      step = "invalid YAML";
      doc = Bun.YAML.parse(text);
    } catch (e) {
      throw new ConfigError(`config file ${configFile}: ${step}: ${(e as Error).message}`);
    }
    if (doc !== null && doc !== undefined) {
      if (!isObj(doc)) throw new ConfigError(`config file ${configFile}: expected a mapping at the top`);
      const flat = new Map<string, unknown>();
      flattenYaml(doc, "", flat);
      for (const [k, v] of flat) {
        const o = byKey.get(k);
        if (o) setPath(c, k, convert(o, v, `config file ${configFile}: ${k}`));
        else if (!STRUCTURED.has(k)) throw new ConfigError(`config file ${configFile}: unknown key ${k}`);
      }
      for (const [k, validate] of STRUCTURED) {
        if (flat.has(k)) setPath(c, k, validate(flat.get(k), `config file ${configFile}: ${k}`, c as unknown as Config));
      }
    }
  }
  for (const o of OPTIONS) {
    const v = input.env[envName(o.key)];
    if (v !== undefined) setPath(c, o.key, convert(o, v, `environment ${envName(o.key)} (${o.key})`));
  }
  for (const [name, v] of flags) {
    const o = byFlag.get(name)!;
    setPath(c, o.key, convert(o, v, `--${name} (${o.key})`));
  }
  for (const k of Object.keys(input.env)) {
    if (k.startsWith("GATEWAYMETRIC_") && k !== "GATEWAYMETRIC_CONFIG" && !OPTIONS.some((o) => envName(o.key) === k))
      throw new ConfigError(`unknown environment variable ${k}`);
  }
  // Options that only make sense together.
  const config = c as unknown as Config;
  const { grpcTls, httpTls, httpAuth } = config;
  if (!grpcTls.certFile !== !grpcTls.keyFile) throw new ConfigError("grpcTls.certFile and grpcTls.keyFile must be set together");
  if (grpcTls.clientCaFile && !grpcTls.certFile) throw new ConfigError("grpcTls.clientCaFile needs grpcTls.certFile and grpcTls.keyFile");
  if (!httpTls.certFile !== !httpTls.keyFile) throw new ConfigError("httpTls.certFile and httpTls.keyFile must be set together");
  if (!httpAuth.basicUser !== !httpAuth.basicPasswordFile)
    throw new ConfigError("httpAuth.basicUser and httpAuth.basicPasswordFile must be set together");
  return { kind: "run", config, configFile };
}

export function helpText(): string {
  const options = OPTIONS.map((o) => {
    const d = Array.isArray(o.default) ? (o.default as string[]).join(",") : JSON.stringify(o.default);
    return `  --${flagName(o.key)}  (key ${o.key}, env ${envName(o.key)})\n      ${o.help}; default ${d}\n`;
  });
  return `gatewaymetric: Prometheus metrics for Istio ingress-gateway traffic, from access logs over gRPC.

Usage: gatewaymetric [--config FILE] [--FLAG VALUE ...]

Every option can be set in the YAML file (key), the environment (GATEWAYMETRIC_...) or a flag;
flags win over the environment, which wins over the file, which wins over the defaults.

  --config FILE  (GATEWAYMETRIC_CONFIG)  YAML configuration file
  --help         this text
  --version      print the version and exit

  Config file only: \`route.templates\` (route templates), \`metrics\` (per-metric settings) and
  \`extraLabels\` (labels from each request's header, attribute or variable, under a budget);
  see the README's Configuration section and examples/gatewaymetric.yaml.

${options.join("")}`;
}
