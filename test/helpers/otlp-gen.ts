// Random ExportLogsServiceRequests for differential tests: records shaped like otlp-fixtures.ts
// (Istio text-line bodies, Istio JSON-key attributes, Envoy's resource labels, trace ids) with random
// values, plus what Envoy never sends but a decoder must survive the same way: bodies and values
// repeated (protobuf merges them, a oneof keeps its last member), kvlist bodies, nested array and
// kvlist values, unknown fields and wrong wire types at every level, invalid UTF-8. Deterministic
// for a given seed.
import { GATEWAY_RESOURCE, istioLine, type Line } from "./otlp-fixtures.ts";
import { withJunk } from "./als-gen.ts";
import { type Rng } from "./mixer-gen.ts";
import { type Bytes, doubleField, lenField, strField, varintField } from "./protowire.ts";

const UTF8 = new TextEncoder();
const KEYS = [
  "gateway", "method", "path", "authority", "protocol", "response_code", "response_flags", "route_name",
  "upstream_cluster", "duration", "upstream_service_time", "bytes_received", "bytes_sent", "user_agent", "", "method\u00e9",
  // Keys of the same length and first byte as keys we read (the reader matches length, then bytes).
  "patH", "bath", "methoD", "gatewaY", "protocoL", "duratioN", "log_nam3", "authorit_", "node_namE", "route_nam_", "bytes_sen_",
  "cluster_nam_", "response_cod_", "response_flag_", "bytes_receive_", "upstream_cluste_", "upstream_service_tim_",
  // Resource keys where record keys belong.
  "cluster_name", "node_name", "log_name",
];
const RESOURCE_KEYS = ["cluster_name", "node_name", "log_name", "zone_name", "other", "cluster_namE", "node_nam_", "log_namE", "path", "gateway"];
const TEXTS = [
  "GET", "POST", "/productpage", "/ratings/7?x=1", "shop.example.com", "HTTP/1.1", "HTTP/2", "-", "", " 42 ", "200", "404",
  "1e3", "-5", "12.5", "abc", "outbound|9080||productpage.shop.svc.cluster.local", "UH", "default", "edge.ns", "/日本語",
  "x".repeat(300), "router~10.1.0.5~gw-1.ns~ns.svc.cluster.local",
];
const BAD_UTF8: Bytes[] = [[0x2f, 0xff, 0x61], [0xc3], [0xe6, 0x97], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf, 0x41]];
const NUMS = [0, 200, 503, 999, 1000, -1, 25, 2 ** 40, -(2 ** 62)];
const DOUBLES = [0, 12.5, -0, -3, Infinity, NaN, 200, 1e300];

function textBytes(rng: Rng): ArrayLike<number> {
  return rng.chance(0.05) ? rng.pick(BAD_UTF8) : UTF8.encode(rng.pick(TEXTS));
}

function anyValue(rng: Rng, depth = 0): Bytes {
  const v: Bytes = [];
  const parts = rng.chance(0.08) ? 2 : 1;
  for (let i = 0; i < parts; i++) {
    switch (rng.int(depth > 1 ? 5 : 8)) {
      case 0:
      case 1:
        lenField(v, 1, textBytes(rng));
        break;
      case 2:
        varintField(v, 3, rng.pick(NUMS));
        break;
      case 3:
        doubleField(v, 4, rng.pick(DOUBLES));
        break;
      case 4:
        varintField(v, 2, rng.int(2));
        break;
      case 5:
        lenField(v, 7, [1, 2, 3]);
        break;
      case 6: {
        const a: Bytes = [];
        for (let k = rng.int(3); k > 0; k--) lenField(a, 1, anyValue(rng, depth + 1));
        lenField(v, 5, a);
        break;
      }
      default: {
        const l: Bytes = [];
        for (let k = rng.int(3); k > 0; k--) lenField(l, 1, keyValue(rng, KEYS, depth + 1));
        lenField(v, 6, l);
      }
    }
  }
  if (rng.chance(0.03)) v.length = 0; // an AnyValue with no member
  return Array.from(withJunk(rng, Uint8Array.from(v), 0.03, [1, 2, 3, 4]));
}

function keyValue(rng: Rng, keys: readonly string[], depth = 0): Bytes {
  const kv: Bytes = [];
  strField(kv, 1, rng.pick(keys));
  if (!rng.chance(0.05)) lenField(kv, 2, anyValue(rng, depth));
  if (rng.chance(0.05)) lenField(kv, 2, anyValue(rng, depth));
  if (rng.chance(0.03)) strField(kv, 1, rng.pick(keys));
  return Array.from(withJunk(rng, Uint8Array.from(kv), 0.03, [1, 2]));
}

function line(rng: Rng): string {
  const l: Line = {
    method: rng.pick(["GET", "POST", "", "DELETE"]),
    path: rng.pick(["/productpage", '/a" "b', "", "/日本語"]),
    protocol: rng.pick(["HTTP/1.1", "HTTP/2", ""]),
    code: rng.pick([200, 404, 0, 503, 1000]),
    flags: rng.pick(["-", "UH", "UF,URX"]),
    received: rng.pick([0, 15, undefined]),
    sent: rng.pick([4183, 0, undefined]),
    durationMs: rng.pick([25, 0, undefined]),
    upstreamMs: rng.pick([20, undefined]),
    ua: rng.pick(["curl/8.0", 'evil" "x', ""]),
    authority: rng.pick(["shop.example.com", "api.example.com", ""]),
    cluster: rng.pick(["outbound|9080||productpage.shop.svc.cluster.local", ""]),
    route: rng.pick(["default", ""]),
  };
  const s = istioLine(l);
  return rng.chance(0.1) ? s.slice(0, rng.int(s.length)) : s;
}

const LINE_TEXTS = ["-", "", "GET", "/a b", 'x" "y', '" ', " ", "日本語", "é", "\u{1f600}", "12", "-1", "1234567890123456", "a\"b", "\r", "\n"];
const LINE_BYTES: number[][] = [[0x20], [0x22], [0x2d], [0x30 + 7], [0x5b], [0x5d], [0x0a], [0x0d], [0xe6, 0x97], [0xc3], [0x80], [0xff], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf], [0x22, 0x20, 0x22], [0x20, 0x22]];

/**
 * An Istio default line with random fields (quotes, spaces, `-`, multi-byte characters), then
 * perhaps cut or changed at the byte level: spaces, quotes, line ends, cut and invalid UTF-8.
 */
export function lineBytes(rng: Rng): Uint8Array {
  const txt = () => (rng.chance(0.5) ? rng.pick(LINE_TEXTS) : rng.pick(["shop.example.com", "/productpage?x=1", "HTTP/1.1", "UH,UF", "outbound|9080||p.ns.svc.cluster.local", "default"]));
  const num = () => rng.pick([0, 15, 4183, undefined, 999, 100000]);
  const s = istioLine({
    method: txt(), path: txt(), protocol: txt(), code: rng.pick([200, 0, 503, 1000]), flags: txt(), details: txt(), termination: txt(),
    failure: txt(), received: num(), sent: num(), durationMs: num(), upstreamMs: num(), xff: txt(), ua: txt(), requestId: txt(),
    authority: txt(), upstreamHost: txt(), cluster: txt(), upstreamLocal: txt(), downstreamLocal: txt(), downstreamRemote: txt(),
    sni: txt(), route: txt(),
  });
  let b = Array.from(UTF8.encode(rng.chance(0.2) ? s.trimEnd() + rng.pick(["", "\r\n", "\n\n", " "]) : s));
  for (let k = rng.chance(0.5) ? 0 : 1 + rng.int(3); k > 0; k--) {
    const at = rng.int(b.length + 1);
    switch (rng.int(4)) {
      case 0:
        b.splice(at, 0, ...rng.pick(LINE_BYTES));
        break;
      case 1:
        b.splice(at, 1 + rng.int(3));
        break;
      case 2:
        if (at < b.length) b[at] = rng.pick(LINE_BYTES)[0];
        break;
      default:
        b = b.slice(0, at);
    }
  }
  return Uint8Array.from(b);
}

function body(rng: Rng): Bytes {
  const v: Bytes = [];
  switch (rng.int(6)) {
    case 0:
    case 1:
      strField(v, 1, line(rng));
      break;
    case 2:
      lenField(v, 1, lineBytes(rng));
      break;
    case 3: {
      const l: Bytes = [];
      for (let k = 1 + rng.int(5); k > 0; k--) lenField(l, 1, keyValue(rng, KEYS));
      lenField(v, 6, l);
      break;
    }
    default:
      return anyValue(rng);
  }
  return v;
}

function logRecord(rng: Rng): Bytes {
  const r: Bytes = [];
  r.push(0x09, 0, 0, 0x4a, 0x5c, 0x1f, 0x5e, 0xcb, 0x17); // time_unix_nano (fixed64)
  const attrsFirst = rng.chance(0.2);
  const attrs: Bytes = [];
  const nAttrs = rng.chance(0.4) ? 0 : 1 + rng.int(8);
  for (let k = 0; k < nAttrs; k++) lenField(attrs, 6, keyValue(rng, KEYS));
  if (attrsFirst) r.push(...attrs);
  if (!rng.chance(0.1)) lenField(r, 5, body(rng));
  if (rng.chance(0.08)) lenField(r, 5, body(rng));
  if (!attrsFirst) r.push(...attrs);
  if (rng.chance(0.7)) {
    const n = rng.pick([16, 16, 16, 8, 0]);
    lenField(r, 9, rng.chance(0.1) ? new Array(n).fill(0) : Array.from({ length: n }, () => rng.int(256)));
  }
  if (rng.chance(0.05)) lenField(r, 9, Array.from({ length: 16 }, () => rng.int(256)));
  return Array.from(withJunk(rng, Uint8Array.from(r), 0.1, [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12]));
}

function resource(rng: Rng): Bytes {
  const r: Bytes = [];
  if (rng.chance(0.6)) {
    for (const [k, v] of Object.entries(GATEWAY_RESOURCE)) {
      if (rng.chance(0.15)) continue;
      const kv: Bytes = [];
      strField(kv, 1, k);
      lenField(kv, 2, strField([], 1, v));
      lenField(r, 1, kv);
    }
  }
  for (let k = rng.int(3); k > 0; k--) lenField(r, 1, keyValue(rng, RESOURCE_KEYS));
  return Array.from(withJunk(rng, Uint8Array.from(r), 0.05, [1, 2]));
}

function scopeLogs(rng: Rng): Bytes {
  const s: Bytes = [];
  if (rng.chance(0.2)) {
    const scope: Bytes = [];
    strField(scope, 1, "envoy");
    if (rng.chance(0.5)) lenField(scope, 3, keyValue(rng, KEYS));
    lenField(s, 1, scope);
  }
  for (let k = rng.chance(0.05) ? 0 : 1 + rng.int(10); k > 0; k--) lenField(s, 2, logRecord(rng));
  return Array.from(withJunk(rng, Uint8Array.from(s), 0.05, [1, 2, 3]));
}

/** An ExportLogsServiceRequest: mostly one ResourceLogs with one ScopeLogs, as Envoy sends. */
export function genOtlpRequest(rng: Rng): Uint8Array {
  const m: Bytes = [];
  for (let i = rng.chance(0.15) ? 2 + rng.int(2) : 1; i > 0; i--) {
    const rl: Bytes = [];
    if (!rng.chance(0.1)) lenField(rl, 1, resource(rng));
    for (let k = rng.chance(0.1) ? 2 : 1; k > 0; k--) lenField(rl, 2, scopeLogs(rng));
    if (rng.chance(0.05)) lenField(rl, 1, resource(rng));
    lenField(m, 1, withJunk(rng, Uint8Array.from(rl), 0.05, [1, 2, 3]));
  }
  return withJunk(rng, Uint8Array.from(m), 0.05, [1]);
}
