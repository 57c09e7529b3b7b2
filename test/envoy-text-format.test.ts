// The parser of Istio's default Envoy text line, on lines as Envoy writes them (client-controlled
// fields with quotes and spaces included).
import { describe, expect, test } from "bun:test";
import { newEnvoyTextLine, parseEnvoyTextLine } from "./reference/envoy-text-format.ts";
import { traceIdHex } from "./reference/otlp-logs.ts";

// A line in the shape of Istio's documented sample output (httpbin through a sidecar).
const SAMPLE =
  '[2020-11-25T21:26:18.409Z] "GET /status/418 HTTP/1.1" 418 - via_upstream - "-" 0 135 4 4 "-" "curl/7.73.0-DEV" ' +
  '"84961386-6d84-929d-98bd-c5aee93b5c88" "httpbin:8000" "10.44.1.27:80" outbound|8000||httpbin.foo.svc.cluster.local ' +
  "10.44.1.23:37652 10.0.45.184:8000 10.44.1.23:46520 - default\n";

describe("parseEnvoyTextLine", () => {
  test("every field of a typical line; `-` is absent", () => {
    const l = newEnvoyTextLine();
    expect(parseEnvoyTextLine(SAMPLE, l)).toBeNull();
    expect(l).toEqual({
      startTime: "2020-11-25T21:26:18.409Z", method: "GET", path: "/status/418", protocol: "HTTP/1.1", responseCode: 418,
      responseFlags: "", responseCodeDetails: "via_upstream", connectionTerminationDetails: "", upstreamTransportFailureReason: "",
      bytesReceived: 0, bytesSent: 135, durationMs: 4, upstreamServiceTimeMs: 4, xForwardedFor: "", userAgent: "curl/7.73.0-DEV",
      requestId: "84961386-6d84-929d-98bd-c5aee93b5c88", authority: "httpbin:8000", upstreamHost: "10.44.1.27:80",
      upstreamCluster: "outbound|8000||httpbin.foo.svc.cluster.local", upstreamLocalAddress: "10.44.1.23:37652",
      downstreamLocalAddress: "10.0.45.184:8000", downstreamRemoteAddress: "10.44.1.23:46520", requestedServerName: "",
      routeName: "default",
    });
  });

  test("quotes and spaces inside quoted fields do not shift the fields we count by", () => {
    const line =
      '[2024-05-01T10:00:00.000Z] "POST /a%20b"c/" 200 x HTTP/2" 503 UF,URX upstream_reset_before_response_started{connection_failure} - ' +
      '"delayed connect error: 111" 12 91 30 - "1.2.3.4, 5.6.7.8" "Evil" "UA" "with" "quotes" "rid-1" "api.example.com" "-" ' +
      "outbound|80||api.default.svc.cluster.local - 10.0.0.1:8443 1.2.3.4:5555 api.example.com -";
    const l = newEnvoyTextLine();
    expect(parseEnvoyTextLine(line, l)).toBeNull();
    expect(l.method).toBe("POST");
    expect(l.path).toBe('/a%20b"c/" 200 x');
    expect(l.protocol).toBe("HTTP/2");
    expect(l.responseCode).toBe(503);
    expect(l.responseFlags).toBe("UF,URX");
    expect(l.upstreamTransportFailureReason).toBe("delayed connect error: 111");
    expect([l.bytesReceived, l.bytesSent, l.durationMs]).toEqual([12, 91, 30]);
    expect(l.upstreamServiceTimeMs).toBeNaN();
    expect(l.xForwardedFor).toBe("1.2.3.4, 5.6.7.8");
    expect(l.userAgent).toBe('Evil" "UA" "with" "quotes');
    expect(l.requestId).toBe("rid-1");
    expect(l.authority).toBe("api.example.com");
    expect(l.upstreamHost).toBe("");
    expect(l.requestedServerName).toBe("api.example.com");
    expect(l.routeName).toBe("");
  });

  test("a TCP connection line and empty quoted fields", () => {
    const line = '[2024-05-01T10:00:00.000Z] "- - -" 0 - - - "" 1200 3400 5000 - "" "" "" "" "10.1.0.9:3306" outbound|3306||mysql - - - - -';
    const l = newEnvoyTextLine();
    expect(parseEnvoyTextLine(line, l)).toBeNull();
    expect([l.method, l.path, l.protocol, l.responseCode]).toEqual(["", "", "", 0]);
    expect([l.bytesReceived, l.bytesSent, l.durationMs]).toEqual([1200, 3400, 5000]);
    expect([l.xForwardedFor, l.userAgent, l.requestId, l.authority]).toEqual(["", "", "", ""]);
    expect(l.upstreamHost).toBe("10.1.0.9:3306");
    expect(l.upstreamCluster).toBe("outbound|3306||mysql");
  });

  test("lines in other formats are refused with a reason", () => {
    const l = newEnvoyTextLine();
    const cut = SAMPLE.slice(0, SAMPLE.indexOf('"httpbin:8000"'));
    for (const bad of [
      "",
      "GET /status/418 200",
      '{"method":"GET","path":"/"}',
      "[2020-11-25T21:26:18.409Z] GET /status/418 HTTP/1.1 418",
      cut,
      SAMPLE.replace(" 418 - via_upstream", " abc - via_upstream"),
      SAMPLE.replace('"-" 0 135 4 4', '"-" 0 135 four 4'),
      SAMPLE.replace(" - default\n", " default\n"),
    ]) {
      expect(typeof parseEnvoyTextLine(bad, l)).toBe("string");
    }
  });

  test("hostile client fields full of quote-space runs still parse to the right fields", () => {
    // 50 000 false field ends in the path and the user agent: a backtracking parser would not
    // finish within the test timeout; this one scans each candidate once.
    const l = newEnvoyTextLine();
    const ua = '" "'.repeat(50_000);
    const path = '" 1 '.repeat(50_000);
    const line = SAMPLE.replace("curl/7.73.0-DEV", ua).replace("/status/418", path);
    expect(parseEnvoyTextLine(line, l)).toBeNull();
    expect(l.responseCode).toBe(418);
    expect(l.path).toBe(path);
    expect(l.authority).toBe("httpbin:8000");
    expect(l.requestId).toBe("84961386-6d84-929d-98bd-c5aee93b5c88");
  });
});

describe("traceIdHex", () => {
  test("16 bytes are 32 hex digits; all-zero and wrong lengths are none", () => {
    const id = new Uint8Array([0x4b, 0xf9, 0x2f, 0x35, 0x77, 0xb3, 0x4d, 0xa6, 0xa3, 0xce, 0x92, 0x9d, 0x0e, 0x0e, 0x47, 0x36]);
    expect(traceIdHex(id)).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    expect(traceIdHex(new Uint8Array(16))).toBe("");
    expect(traceIdHex(new Uint8Array(8).fill(1))).toBe("");
    expect(traceIdHex(undefined)).toBe("");
  });
});
