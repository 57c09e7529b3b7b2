// Random HandleLogEntryRequests for differential tests: every Value shape Mixer can send and many it
// cannot (several oneof members, repeated wrappers, wrong wire types), unknown fields of every wire
// type at every level, repeated and missing map keys, adapter_config present, absent, renamed or
// broken, and byte-level mutations of all of that. Deterministic for a given seed.
import { adapter } from "../../src/generated/codecs.js";
import { type Bytes, doubleField, fixed32Field, groupField, lenField, strField, varint, varintField } from "./protowire.ts";

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(a: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: small, fast, and good enough to drive a fuzzer reproducibly. */
export function newRng(seed: number): Rng {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (a) => a[Math.floor(next() * a.length)],
    chance: (p) => next() < p,
  };
}

/** Default variable names (config.ts), names only handler params use, and names nobody reads. */
export const NAMES = [
  "gateway", "sourceWorkload", "host", "httpAuthority", "destinationServiceHost", "url", "path", "method",
  "responseCode", "latency", "duration", "requestSize", "responseBodySize", "responseSize",
  "vhost", "status", "edgeName", "", "__proto__", "toString", "ключ", "userAgent", "responseTotalSize",
  "traceId", "traceparent", "clientTraceId", "requestId", "upstreamServiceTime", "upstreamTime",
];

const STRINGS = [
  "shop.example.com", "192.168.101.6:31380", "/productpage", "/ratings/7?x=1", "/reviews/3f2a9c1e-aa00-4bcd-9def-0123456789ab",
  "GET", "get", "POST", "BREW", "200", " 404 ", "503", "1e3", "0x1f", "-5", "2000", "abc", "", "25.1ms", "1h2m3.5s", "-3s",
  "0", "0.25", " ", "-0", "12", "-12", "1.5µs", "héllo wörld", "日本語/パス", "\u{1F600}", "a\"b\\c\nd", "istio-ingressgateway", "Infinity", "NaN",
  "x".repeat(300), "/".repeat(70) + "é",
  // Trace ids as senders log them, and near misses of each shape traceIdFrom accepts.
  "463ac35c9f6413ad48485a3953bb6124", "463AC35c9f6413ad", "0af76519", "0af7651", "0af765191", "f".repeat(64), "a".repeat(65),
  "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01",
  "00-00000000000000000000000000000000-b7ad6b7169203331-01", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01x",
  "84961386-6d84-929d-98bd-c5aee93b5c88", "req-ID-ZZ", "84961386_6d84", "0af76519é",
];

const INT64S: (number | bigint)[] = [0, 1, 7, 200, 204, 404, 503, 999, 1000, -1, -200, 4183, 2 ** 31, 2 ** 32 + 5, 2 ** 40, 2n ** 53n + 1n, -(2n ** 63n), 2n ** 63n - 1n];
const DOUBLES = [0, 0.0251, 0.2, 1, 10, -1, NaN, Infinity, -Infinity, -0, 200, 200.5, 1e-9, 1e300, 4183];

const utf8 = new TextEncoder();

function randomBytes(rng: Rng, n: number): Bytes {
  return Array.from({ length: n }, () => rng.int(256));
}

/** An unknown (or wrong-wire-type known) field: numbers from `fields`, any valid wire type. */
export function junkField(rng: Rng, out: Bytes, fields: readonly number[], depth = 0, strings: readonly string[] = STRINGS): void {
  const f = rng.pick(fields);
  switch (rng.int(depth < 2 ? 5 : 4)) {
    case 0:
      varintField(out, f, rng.chance(0.3) ? -1 : rng.int(1 << 20));
      return;
    case 1:
      doubleField(out, f, rng.next());
      return;
    case 2:
      lenField(out, f, rng.chance(0.5) ? utf8.encode(rng.pick(strings)) : randomBytes(rng, rng.int(12)));
      return;
    case 3:
      fixed32Field(out, f, rng.int(2 ** 31));
      return;
    default: {
      const body: Bytes = [];
      for (let i = rng.int(3); i > 0; i--) junkField(rng, body, fields, depth + 1, strings);
      groupField(out, f, body);
    }
  }
}

const JUNK_FIELDS = [12, 15, 99, 1000, 536870911];

function maybeJunk(rng: Rng, out: Bytes, p: number, known: readonly number[] = []): void {
  while (rng.chance(p)) junkField(rng, out, known.length > 0 && rng.chance(0.3) ? known : JUNK_FIELDS);
}

function secondsNanos(rng: Rng): Bytes {
  const m: Bytes = [];
  if (rng.chance(0.8)) varintField(m, 1, rng.pick<number | bigint>([0, 0, 1, 2, 59, -1, 2n ** 40n]));
  if (rng.chance(0.8)) varintField(m, 2, rng.pick([0, 1, 24084598, 34547407, 999999999, -5]));
  maybeJunk(rng, m, 0.1, [1, 2]);
  return m;
}

function wrapper(rng: Rng, inner: () => Bytes | null): Bytes {
  const m: Bytes = [];
  const times = rng.chance(0.15) ? 2 : rng.chance(0.1) ? 0 : 1;
  for (let i = 0; i < times; i++) {
    const b = inner();
    if (b !== null) lenField(m, 1, b);
  }
  maybeJunk(rng, m, 0.1, [1]);
  return m;
}

function valueMember(rng: Rng, out: Bytes): void {
  const kind = rng.pick([1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11]);
  switch (kind) {
    case 1:
      strField(out, 1, rng.pick(STRINGS));
      return;
    case 2:
      varintField(out, 2, rng.pick(INT64S));
      return;
    case 3:
      doubleField(out, 3, rng.pick(DOUBLES));
      return;
    case 4:
      varintField(out, 4, rng.pick([0, 1, 2, 2n ** 40n]));
      return;
    case 5:
      lenField(out, 5, wrapper(rng, () => rng.pick([[10, 0, 0, 1], [1, 2, 3], [], Array.from({ length: 16 }, (_, i) => i * 17)])));
      return;
    case 6:
    case 7:
      lenField(out, kind, wrapper(rng, () => secondsNanos(rng)));
      return;
    case 8:
    case 9:
    case 10:
      lenField(out, kind, wrapper(rng, () => Array.from(utf8.encode(rng.pick(STRINGS)))));
      return;
    default: {
      const m: Bytes = [];
      for (let i = rng.int(3); i > 0; i--) {
        const e: Bytes = [];
        strField(e, 1, rng.pick(STRINGS));
        strField(e, 2, rng.pick(STRINGS));
        lenField(m, 1, e);
      }
      lenField(out, 11, m);
    }
  }
}

export function genValue(rng: Rng): Bytes {
  const v: Bytes = [];
  const members = rng.chance(0.08) ? 0 : rng.chance(0.12) ? 2 + rng.int(2) : 1;
  for (let i = 0; i < members; i++) valueMember(rng, v);
  maybeJunk(rng, v, 0.08, [1, 2, 3, 4, 5, 7]);
  return v;
}

function mapEntry(rng: Rng, out: Bytes, field: number, name: string): void {
  const e: Bytes = [];
  const keyFirst = rng.chance(0.85);
  const key = () => {
    if (rng.chance(0.04)) return; // no key: the key is ""
    strField(e, 1, name);
  };
  const value = () => {
    const n = rng.chance(0.05) ? 0 : rng.chance(0.08) ? 2 : 1;
    for (let i = 0; i < n; i++) lenField(e, 2, genValue(rng));
  };
  if (keyFirst) {
    key();
    value();
  } else {
    value();
    key();
  }
  if (rng.chance(0.03)) strField(e, 1, rng.pick(NAMES)); // a second key: the last one counts
  maybeJunk(rng, e, 0.05, [1, 2]);
  lenField(out, field, e);
}

export function genInstance(rng: Rng): Bytes {
  const m: Bytes = [];
  const parts: (() => void)[] = [];
  if (rng.chance(0.8)) parts.push(() => strField(m, 72295727, "accesslog.instance.istio-system"));
  const nvars = rng.chance(0.05) ? 0 : 1 + rng.int(10);
  for (let i = 0; i < nvars; i++) {
    const name = rng.chance(0.8) ? rng.pick(NAMES.slice(0, 14)) : rng.pick(NAMES);
    parts.push(() => mapEntry(rng, m, 1, name));
  }
  if (rng.chance(0.5)) parts.push(() => lenField(m, 2, wrapper(rng, () => secondsNanos(rng))));
  if (rng.chance(0.4)) parts.push(() => strField(m, 3, rng.pick(["warning", "Info", ""])));
  if (rng.chance(0.3)) parts.push(() => strField(m, 4, rng.pick(["global", "UNSPECIFIED"])));
  if (rng.chance(0.2)) parts.push(() => mapEntry(rng, m, 5, rng.pick(NAMES)));
  parts.push(() => maybeJunk(rng, m, 0.1, [1, 2, 3, 4, 5, 72295727]));
  // Mixer writes fields in order; shuffling still must not change the result.
  if (rng.chance(0.3)) {
    // Fisher–Yates: Array#sort with a random comparator is not reproducible across JIT tiers.
    for (let i = parts.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [parts[i], parts[j]] = [parts[j], parts[i]];
    }
  }
  for (const p of parts) p();
  return m;
}

const PARAMS_TYPE_URL = "type.googleapis.com/adapter.gatewaymetric.config.Params";

function genParams(rng: Rng): Uint8Array {
  const P = adapter.gatewaymetric.config.Params;
  switch (rng.int(5)) {
    case 0:
      return P.encode({ file_path: "out.txt" }).finish();
    case 1:
      return P.encode({ file_path: "out.txt", gateway: "edge", host_variables: ["vhost", "host"], code_variables: ["status", "responseCode"] }).finish();
    case 2:
      return P.encode({ gateway: "gw-from-params", gateway_variables: ["edgeName"], path_variables: ["ключ", "url"], method_variables: ["__proto__", "toString", "method"] }).finish();
    case 3:
      return P.encode({ host_variables: [""], response_bytes_variables: ["responseTotalSize"], duration_variables: ["duration"], upstream_duration_variables: ["upstreamTime", "latency"] }).finish();
    default:
      return Uint8Array.from([0x0a, 0xff, 0x01]); // not decodable as Params: logged, configured names used
  }
}

function genAny(rng: Rng, out: Bytes): void {
  const a: Bytes = [];
  if (rng.chance(0.9)) strField(a, 1, rng.chance(0.9) ? PARAMS_TYPE_URL : "type.googleapis.com/other.Params");
  if (rng.chance(0.9)) lenField(a, 2, genParams(rng));
  maybeJunk(rng, a, 0.05, [1, 2]);
  lenField(out, 2, a);
}

/** A HandleLogEntryRequest with `instances` (random when omitted) instances. */
export function genRequest(rng: Rng, instances = rng.chance(0.05) ? 0 : 1 + rng.int(8)): Uint8Array {
  const m: Bytes = [];
  const cfg = rng.int(4); // 0: absent, 1: after the instances (as Mixer sends it), 2: before, 3: twice
  if (cfg === 2 || cfg === 3) genAny(rng, m);
  for (let i = 0; i < instances; i++) {
    lenField(m, 1, genInstance(rng));
    if (rng.chance(0.03)) junkField(rng, m, JUNK_FIELDS);
  }
  if (cfg === 1 || cfg === 3) genAny(rng, m);
  if (rng.chance(0.5)) strField(m, 3, String(rng.int(2 ** 31)));
  maybeJunk(rng, m, 0.1, [1, 2, 3]);
  return Uint8Array.from(m);
}

/** 1–3 byte-level mutations: flips, overwrites, insertions, deletions, truncation, duplication. */
export function mutate(rng: Rng, src: Uint8Array): Uint8Array {
  let b = Array.from(src);
  for (let k = rng.chance(0.6) ? 1 : 2 + rng.int(2); k > 0; k--) {
    const at = rng.int(b.length + 1);
    switch (rng.int(8)) {
      case 0:
        if (at < b.length) b[at] ^= 1 << rng.int(8);
        break;
      case 1:
        if (at < b.length) b[at] = rng.pick([0, 0x7f, 0x80, 0xff, rng.int(256)]);
        break;
      case 2:
        b.splice(at, 0, rng.int(256));
        break;
      case 3:
        b.splice(at, 1);
        break;
      case 4:
        if (rng.chance(0.5)) b = b.slice(0, at);
        else b[at] ^= 1 << rng.int(8); // inside strings and numbers: often still well-formed
        break;
      case 5: {
        const len = rng.int(8);
        b.splice(at, 0, ...b.slice(at, at + len));
        break;
      }
      case 6:
        b.splice(at, 0, ...varint([], rng.pick([0x80, 0x3fff, 2 ** 31, -1])));
        break;
      default:
        if (at < b.length) b[at] = rng.pick([0x30, 0x41, 0x2f, 0x3f, 0x2e]); // printable: '0', 'A', '/', '?', '.'

    }
  }
  return Uint8Array.from(b);
}
