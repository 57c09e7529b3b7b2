// The core's raw label tuple cache (core/tuple-cache.ts, gateway-metrics.ts recordAccessRaw) must
// change nothing but speed. The same streams go through the codec path (protobufjs → strings →
// recordAccess), through the hand readers with the cache off, with a tiny cache (constant
// eviction and sharing of sets) and with the default one; the expositions (OpenMetrics, exemplars
// included) and the /debug/routes report must be the same after every step: repeated tuples,
// reloads, expiry, budgets overflowing and freed, response flags, exemplars.
import { describe, expect, test } from "bun:test";
import { defaults } from "../src/config/config.ts";
import {
  type GatewayMetricsOptions, gatewayRouteReport, reconfigureGatewayMetrics, sweepGatewayMetrics,
} from "../src/core/gateway-metrics.ts";
import { newPipeline, type Pipeline } from "../src/core/pipeline.ts";
import { render } from "../src/expose/render.ts";
import { type AlsStream, newAlsReader, openAlsStream } from "../src/ingest/als-reader.ts";
import { openAlsStreamReference } from "./reference/envoy-als.ts";
import { newMixerLogEntryState } from "../src/ingest/mixer-logentry.ts";
import { ingestLogEntryReference } from "./reference/mixer-logentry.ts";
import { ingestLogEntry, newMixerReader } from "../src/ingest/mixer-reader.ts";
import { ingestOtlpLogsReference } from "./reference/otlp-logs.ts";
import { ingestOtlpLogs, newOtlpReader } from "../src/ingest/otlp-reader.ts";
import { tickClock } from "../src/store/clock.ts";
import { newRegistry, type Registry } from "../src/store/registry.ts";
import { httpEntry, identifier, message, METHOD } from "./helpers/als-fixtures.ts";
import { int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";
import { mutate, newRng } from "./helpers/mixer-gen.ts";
import { genOtlpRequest } from "./helpers/otlp-gen.ts";
import { exportRequest, GATEWAY_RESOURCE, istioLine, logRecord, sv } from "./helpers/otlp-fixtures.ts";

/** Exemplar timestamps and `_created` are wall-clock readings: the only things allowed to differ. */
function exposition(reg: Registry): string {
  return Buffer.from(render(reg, "openmetrics"))
    .toString()
    .replace(/(# \{[^}]*\} \S+) \d+(\.\d+)?/g, "$1 T")
    .replace(/^(\S+_created(\{.*\})?) \S+$/gm, "$1 T");
}

function routes(p: Pipeline): string {
  const { memoEntries: _, ...report } = gatewayRouteReport(p.metrics);
  return JSON.stringify(report);
}

const VARIANTS = [
  { name: "codec path", slots: 0, codec: true },
  { name: "readers, cache off", slots: 0, codec: false },
  { name: "readers, 4-slot cache", slots: 4, codec: false },
  { name: "readers, default cache", slots: undefined, codec: false },
] as const;

interface Lane {
  readonly name: string;
  readonly reg: Registry;
  readonly p: Pipeline;
  als: AlsStream;
  readonly codec: boolean;
}

function lanes(opts: GatewayMetricsOptions): Lane[] {
  return VARIANTS.map((v) => {
    const reg = newRegistry();
    const p = newPipeline(reg, { ...opts, tupleCacheSlots: v.slots }, ["als", "mixer", "otlp"]);
    const als = v.codec ? openAlsStreamReference(p, "test") : openAlsStream(p, "test", newAlsReader());
    return { name: v.name, reg, p, als, codec: v.codec };
  });
}

function sendAls(ls: Lane[], body: Uint8Array): void {
  for (const l of ls) l.als.message(body);
}

/** Every lane shows what the codec path shows. */
function expectSame(ls: Lane[]): void {
  const want = exposition(ls[0].reg);
  const wantRoutes = routes(ls[0].p);
  for (const l of ls.slice(1)) {
    expect({ lane: l.name, text: exposition(l.reg) }).toEqual({ lane: l.name, text: want });
    expect({ lane: l.name, routes: routes(l.p) }).toEqual({ lane: l.name, routes: wantRoutes });
  }
}

const HOSTS = ["shop.example.com", "api.example.com:8443", "Bookinfo.example.com", "[::1]:80", "h\u00e9t\u00e9.example"];
const PATHS = ["/productpage", "/api/v1/products/1", "/api/v1/products/22?x=1", "/login", "/static/a.css", "/", ""];
const CODES = [200, 200, 201, 404, 503, 0];
const METHODS = [METHOD.GET, METHOD.GET, METHOD.POST, METHOD.PUT];

type Rng = ReturnType<typeof newRng>;

/** A message of entries drawn from a small pool, so tuples repeat, with flags and trace ids now and then. */
function alsMessage(rng: Rng, n: number, pool = 1.0): Uint8Array {
  const pick = <T>(a: readonly T[]) => a[Math.floor(rng.next() * a.length * pool) % a.length];
  const http = Array.from({ length: n }, () =>
    httpEntry({
      authority: pick(HOSTS),
      path: pick(PATHS),
      method: pick(METHODS),
      code: pick(CODES),
      durationMs: Math.floor(rng.next() * 900),
      responseBodyBytes: Math.floor(rng.next() * 10000),
      routeName: rng.next() < 0.5 ? "r1" : "",
      upstreamCluster: rng.next() < 0.5 ? "outbound|80||a" : "outbound|80||b",
      responseFlags: rng.next() < 0.15 ? { upstream_connection_failure: true, no_route_found: rng.next() < 0.5 } : undefined,
      requestHeaders: rng.next() < 0.1 ? { "x-b3-traceid": `463ac35c9f6413ad${Math.floor(rng.next() * 1e6).toString(16).padStart(16, "0")}` } : {},
    }),
  );
  return message({ id: rng.next() < 0.2 ? identifier({ cluster: rng.next() < 0.5 ? "gw-a.ns" : "gw-b.ns" }) : undefined, http });
}

const BASE: GatewayMetricsOptions = { defaultGateway: "default-gw", maxSeries: 1000 };

describe("the tuple cache changes nothing but speed", () => {
  test("repeated tuples, constant eviction in a tiny cache: same exposition and route report as the codec path", () => {
    const rng = newRng(41);
    const ls = lanes(BASE);
    for (let i = 0; i < 60; i++) sendAls(ls, alsMessage(rng, 20, i % 3 === 0 ? 1 : 0.3));
    expectSame(ls);
    const text = exposition(ls[0].reg);
    expect(/^gateway_response_flags_total\{.*flag="UF"\} \d+$/m.test(text)).toBe(true);
    expect(/# \{trace_id="463ac35c9f6413ad[0-9a-f]{16}"\}/.test(text)).toBe(true);
    const [tiny, big] = [ls[2].p.metrics.tuples!, ls[3].p.metrics.tuples!];
    expect(big.hits).toBeGreaterThan(big.misses);
    expect(tiny.misses).toBeGreaterThan(big.misses);
  });

  test("reloads that change labels, routes, templates and budgets", () => {
    const rng = newRng(42);
    const ls = lanes(BASE);
    const steps: GatewayMetricsOptions[] = [
      { ...BASE, route: { fromRouteName: true, maxSegments: 2, templates: [] } },
      { ...BASE, metrics: { requests: { labels: ["gateway", "route", "code"], statusClasses: true } } },
      { ...BASE, hostAllow: ["shop.example.com"], route: { fromRouteName: false, maxSegments: 1, templates: [{ path: "/api/v1/products/{id}" }] } },
      { ...BASE, limits: { hosts: 2, routes: 2, labelValues: 1, labelValueBytes: 8 } },
      BASE,
    ];
    for (const opts of steps) {
      for (let i = 0; i < 10; i++) sendAls(ls, alsMessage(rng, 20));
      expectSame(ls);
      for (const l of ls) reconfigureGatewayMetrics(l.p.metrics, opts);
    }
    for (let i = 0; i < 10; i++) sendAls(ls, alsMessage(rng, 20));
    expectSame(ls);
  });

  test("expiry deletes series and frees budget places; tuples seen again get new series", () => {
    const T0 = 1_700_000_000;
    const rng = newRng(43);
    const opts: GatewayMetricsOptions = { ...BASE, ttlSeconds: 60, maxSeries: 12, limits: { hosts: 2, routes: 3, labelValues: 1, labelValueBytes: 256 } };
    const ls = lanes(opts);
    try {
      for (let round = 0; round < 6; round++) {
        const t = T0 + round * 50;
        tickClock(t);
        // Each round draws from part of the pool, so some series go idle and expire.
        for (let i = 0; i < 8; i++) sendAls(ls, alsMessage(rng, 15, round % 2 === 0 ? 0.4 : 1));
        const removed = ls.map((l) => sweepGatewayMetrics(l.p.metrics, t + 30));
        expect(new Set(removed).size).toBe(1);
        expectSame(ls);
      }
    } finally {
      tickClock();
    }
  });

  test("budgets that overflow: overflow series and overflow counters count alike", () => {
    const rng = newRng(44);
    const ls = lanes({ ...BASE, maxSeries: 5, limits: { hosts: 2, routes: 2, labelValues: 1, labelValueBytes: 256 } });
    for (let i = 0; i < 30; i++) sendAls(ls, alsMessage(rng, 20));
    expectSame(ls);
    expect(exposition(ls[0].reg)).toContain("__overflow__");
  });

  test("Mixer requests through the reader and the codec path", () => {
    const rng = newRng(45);
    const vars = defaults().mixer.variables;
    const mk = () => ({ state: newMixerLogEntryState(vars, () => {}), reader: newMixerReader() });
    const ls = lanes(BASE);
    const sides = ls.map(mk);
    for (let i = 0; i < 40; i++) {
      const body = logEntryRequest(
        Array.from({ length: 25 }, () => ({
          host: str(HOSTS[Math.floor(rng.next() * HOSTS.length)]),
          method: rng.next() < 0.8 ? str(rng.next() < 0.5 ? "GET" : "post") : int(7),
          url: str(PATHS[Math.floor(rng.next() * PATHS.length)]),
          responseCode: int(CODES[Math.floor(rng.next() * CODES.length)]),
          responseBodySize: int(Math.floor(rng.next() * 5000)),
          ...(rng.next() < 0.3 ? { sourceWorkload: str(rng.next() < 0.5 ? "gw-x" : "gw-y") } : {}),
        })),
      );
      ls.forEach((l, k) => {
        if (l.codec) ingestLogEntryReference(sides[k].state, l.p, body);
        else ingestLogEntry(sides[k].reader, sides[k].state, l.p, body);
      });
    }
    expectSame(ls);
  });

  test("OTLP requests through the reader (labels and trace ids as bytes) and the codec path, across a reload", () => {
    const rng = newRng(46);
    const ls = lanes(BASE);
    const readers = ls.map(() => newOtlpReader());
    const send = (body: Uint8Array) =>
      ls.forEach((l, k) => {
        try {
          if (l.codec) ingestOtlpLogsReference(l.p, body);
          else ingestOtlpLogs(l.p, body, readers[k]);
        } catch {}
      });
    // Istio's text lines from a small pool with trace ids now and then, and generated requests
    // (attributes, numbers as labels, invalid UTF-8, TCP records, malformed bodies).
    const traced = () => {
      const t = new Uint8Array(16);
      t[0] = 0x46;
      t[15] = Math.floor(rng.next() * 256);
      return t;
    };
    const lineRecord = () =>
      logRecord(
        sv(istioLine({
          method: rng.next() < 0.7 ? "GET" : "POST", path: PATHS[Math.floor(rng.next() * PATHS.length)] || "/", protocol: "HTTP/1.1",
          code: CODES[Math.floor(rng.next() * CODES.length)], durationMs: Math.floor(rng.next() * 900), authority: HOSTS[Math.floor(rng.next() * HOSTS.length)],
          sent: Math.floor(rng.next() * 5000), received: 0,
        })),
        [],
        rng.next() < 0.3 ? traced() : undefined,
      );
    for (const opts of [BASE, { ...BASE, route: { fromRouteName: true, maxSegments: 2, templates: [] } }]) {
      for (let i = 0; i < 150; i++) {
        if (i % 3 === 0) send(exportRequest([{ attributes: rng.next() < 0.5 ? GATEWAY_RESOURCE : undefined, records: Array.from({ length: 10 }, lineRecord) }]));
        else send(i % 7 === 0 ? mutate(rng, genOtlpRequest(rng)) : genOtlpRequest(rng));
      }
      expectSame(ls);
      for (const l of ls) reconfigureGatewayMetrics(l.p.metrics, opts);
    }
    const text = exposition(ls[0].reg);
    expect(/# \{trace_id="46[0-9a-f]{30}"\}/.test(text)).toBe(true);
    expect(/gateway_tcp_connections_total|gateway_tcp_/.test(text)).toBe(true);
    // The line records repeat their tuples; the generated ones mostly do not.
    const [tiny, big] = [ls[2].p.metrics.tuples!, ls[3].p.metrics.tuples!];
    expect(big.hits).toBeGreaterThan(200);
    expect(tiny.misses).toBeGreaterThan(big.misses);
  });
});
