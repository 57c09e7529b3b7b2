// The transport alone, for the end-to-end section: our gRPC listener (src/server/grpc.ts, grpc-js)
// serving the given paths with handlers that decode nothing and only count messages, which
// /metrics reports as `null_messages_total`. What is left of a call's cost is grpc-js and HTTP/2.
//   bun bench/null-server.ts --unary /a/B,… --stream /c/D,… --grpc-addr 127.0.0.1:P --http-addr 127.0.0.1:Q
import { parseAddress } from "../src/config/config.ts";
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
const count = () => {
  messages++;
  return EMPTY_RESPONSE;
};
const session = (): StreamSession => ({ message: () => void messages++, end: () => EMPTY_RESPONSE, close: () => {} });
await startGrpc(
  { unary: new Map(list("--unary").map((p) => [p, count])), clientStream: new Map(list("--stream").map((p) => [p, session])) },
  { addr: flag("--grpc-addr"), maxMessageBytes: 16 << 20, ready: () => true },
);
Bun.serve({ hostname: http.host, port: http.port, fetch: () => new Response(`null_messages_total ${messages}\n`) });
