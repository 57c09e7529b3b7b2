// Bad input on the wire, for every sender's method: bodies that are not protobuf, truncated messages,
// gRPC frames cut short or announcing more than the limit. Each is refused as a whole (nothing of it
// counted, the refusal counted) and leaves everything counted before as it was.
import { describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import type { Source } from "../src/core/self-metrics.ts";
import { httpEntry, identifier, message, V2_PATH, V3_PATH } from "./helpers/als-fixtures.ts";
import { frame, MALFORMED, rawCall, runCase, truncated } from "./helpers/bad-input.ts";
import { total } from "./helpers/exposition.ts";
import { clientStream, unary } from "./helpers/grpc-client.ts";
import { int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";
import { METRIC_PATH, metricRequest, params, STOCK_METRICS, stockDimensions } from "./helpers/mixer-metric-fixtures.ts";
import { exportRequest, istioLine, logRecord, OTLP_PATH, sv } from "./helpers/otlp-fixtures.ts";
import { useAdapter } from "./helpers/suite.ts";

const LOGENTRY_PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
const MAX = 64 * 1024;

interface Method {
  path: string;
  source: Source;
  stream: boolean;
  /** A valid body counting one entry whose labels contain `marker`. */
  valid(marker: string): Uint8Array;
}

const METHODS: Method[] = [
  {
    path: LOGENTRY_PATH, source: "mixer", stream: false,
    valid: (m) => logEntryRequest([{ host: str(m), url: str("/wire"), responseCode: int(200) }]),
  },
  {
    path: METRIC_PATH, source: "mixer_metric", stream: false,
    valid: (m) => metricRequest([{ name: "requestcount.instance.istio-system", value: int(1), dimensions: { ...stockDimensions(200), destination_app: str(m) } }], params(STOCK_METRICS)),
  },
  {
    path: OTLP_PATH, source: "otlp", stream: false,
    valid: (m) => exportRequest([{ records: [logRecord(sv(istioLine({ method: "GET", path: "/wire", protocol: "HTTP/1.1", code: 200, authority: m })))] }]),
  },
  { path: V3_PATH, source: "als", stream: true, valid: (m) => message({ id: identifier(), http: [httpEntry({ authority: m })] }) },
  { path: V2_PATH, source: "als", stream: true, valid: (m) => message({ id: identifier(), http: [httpEntry({ authority: m })] }) },
];

describe("bad input on the wire", () => {
  const t = useAdapter({ maxMessageBytes: MAX });
  let n = 0;
  const marker = () => `wire-${++n}.example`;
  const send = (m: Method, bodies: Uint8Array[]) => (m.stream ? clientStream(t.client, m.path, bodies) : unary(t.client, m.path, bodies[0]));

  for (const m of METHODS) {
    describe(m.path, () => {
      test("a valid body is counted (the baseline for the cases below)", async () => {
        const mk = marker();
        await runCase(t.a.httpPort, m.source, mk, () => send(m, [m.valid(mk)]), { code: grpc.status.OK, accepted: 1 });
      });

      const bodies = { ...MALFORMED, "a valid body cut in half": truncated(m.valid("cut.example")) };
      for (const [name, body] of Object.entries(bodies)) {
        test(`malformed protobuf: ${name} → INVALID_ARGUMENT, counted as malformed`, async () => {
          await runCase(t.a.httpPort, m.source, marker(), () => send(m, [body]), { code: grpc.status.INVALID_ARGUMENT, messages: { malformed: 1 } });
        });
      }

      test("a message, or a frame announcing one, over maxMessageBytes → RESOURCE_EXHAUSTED, nothing counted", async () => {
        const body = m.valid(marker());
        await runCase(t.a.httpPort, m.source, "", () => rawCall(t.a.grpcPort, m.path, [frame(body, MAX + 1)]), { code: grpc.status.RESOURCE_EXHAUSTED });
        const big = new Uint8Array(MAX + 1).fill(0x20);
        await runCase(t.a.httpPort, m.source, "", () => send(m, [big]), { code: grpc.status.RESOURCE_EXHAUSTED });
      });

      if (!m.stream) {
        // grpc-js answers a unary call whose only frame is incomplete as if no message came.
        test("a frame cut short (prefix, then body) is refused and counts nothing", async () => {
          for (const f of [new Uint8Array([0, 0, 0]), frame(m.valid(marker())).subarray(0, 12)]) {
            await runCase(t.a.httpPort, m.source, marker(), () => rawCall(t.a.grpcPort, m.path, [f]), { code: grpc.status.UNIMPLEMENTED });
          }
        });
      } else {
        test("a malformed message after good ones ends the stream with INVALID_ARGUMENT; the good ones stay counted", async () => {
          const mk = marker();
          const bodies = [m.valid(mk), m.valid(mk), MALFORMED["wire type 7"], m.valid(mk)];
          const r = await runCase(t.a.httpPort, "als", mk, () => send(m, bodies), { code: grpc.status.INVALID_ARGUMENT, accepted: 2, messages: { malformed: 1 } });
          expect(total(r, "gateway_requests_total", { host: mk })).toBe(2);
        });

        // grpc-js drops an incomplete last frame when the client half-closes: it never arrived whole.
        test("a last frame cut short: the complete messages before it are counted, the stream ends OK", async () => {
          const mk = marker();
          const whole = frame(m.valid(mk));
          const cut = frame(m.valid(mk)).subarray(0, 20);
          const r = await runCase(t.a.httpPort, "als", mk, () => rawCall(t.a.grpcPort, m.path, [whole, cut]), { code: grpc.status.OK, accepted: 1 });
          expect(total(r, "gateway_requests_total", { host: mk })).toBe(1);
        });
      }
    });
  }
});
