// The transport alone, for the end-to-end section: our gRPC listener (src/server/grpc.ts, grpc-js)
// with the adapter's guard interceptor (src/server/grpc-guard.ts, default limits, no token) in
// front, serving the given paths with handlers that decode nothing and only count messages, which
// /metrics reports as `null_messages_total`. What is left of a call's cost is grpc-js, HTTP/2 and
// the per-call work of our listener.
//   bun bench/null-server.ts --unary /a/B,… --stream /c/D,… --grpc-addr 127.0.0.1:P --http-addr 127.0.0.1:Q
import { defaults, parseAddress } from "../src/config/config.ts";
import { EMPTY_RESPONSE, startGrpc, type StreamSession } from "../src/server/grpc.ts";

function flag(name: string, fallback?: string): string {
  const i = process.argv.indexOf(name);
  if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
  if (fallback !== undefined) return fallback;
  throw new Error(`missing ${name}`);
}

const list = (name: string) => flag(name, "").split(",").filter((p) => p !== "");
const http = parseAddress(flag("--http-addr"))!;
let messages = 0;
let calls = 0;
const count = () => {
  messages++;
  return EMPTY_RESPONSE;
};
const session = (): StreamSession => ({ message: () => void messages++, end: () => EMPTY_RESPONSE, close: () => {} });
const config = { ...defaults(), grpcAddr: flag("--grpc-addr"), maxMessageBytes: 16 << 20 };
const limits = config.grpcLimits;
await startGrpc(
  { unary: new Map(list("--unary").map((p) => [p, count])), clientStream: new Map(list("--stream").map((p) => [p, session])) },
  config,
  {
    ready: () => true,
    guard: {
      settings: { token: null, maxConcurrentCalls: limits.maxConcurrentCalls, maxCallsPerConnection: limits.maxCallsPerConnection },
      onStatus: () => void calls++,
      onLimit: () => {},
    },
  },
);
Bun.serve({ hostname: http.host, port: http.port, fetch: () => new Response(`null_messages_total ${messages}\nnull_calls_total ${calls}\n`) });
