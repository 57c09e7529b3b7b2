// The floor under the transport, for the end-to-end section: Bun's node:http2 alone, no grpc-js.
// It walks the gRPC length prefixes of each request body without copying, counts messages (as
// `null_messages_total` on /metrics, like bench/null-server.ts) and answers every stream with an
// empty message and grpc-status 0. What a call costs here is HTTP/2 in Bun; what "transport only"
// costs above it is grpc-js and our listener.
//   bun bench/h2-floor-server.ts --grpc-addr 127.0.0.1:P --http-addr 127.0.0.1:Q
import * as http2 from "node:http2";
import { parseAddress } from "../src/config/config.ts";

function flag(name: string): string {
  const i = process.argv.indexOf(name);
  if (i < 0 || i + 1 >= process.argv.length) throw new Error(`missing ${name}`);
  return process.argv[i + 1];
}

const grpcAddr = parseAddress(flag("--grpc-addr"))!;
const httpAddr = parseAddress(flag("--http-addr"))!;
const EMPTY_MESSAGE = Buffer.alloc(5);
let messages = 0;

const server = http2.createServer({ maxSessionMemory: Number.MAX_SAFE_INTEGER });
server.on("stream", (stream: http2.ServerHttp2Stream) => {
  // Bytes of the 5-byte prefix still to read, the length being assembled, body bytes still to skip.
  let prefixLeft = 5;
  let length = 0;
  let bodyLeft = 0;
  stream.on("error", () => {});
  stream.respond({ ":status": 200, "content-type": "application/grpc+proto" }, { waitForTrailers: true });
  stream.on("wantTrailers", () => stream.sendTrailers({ "grpc-status": "0" }));
  stream.on("data", (chunk: Buffer) => {
    let p = 0;
    while (p < chunk.length) {
      if (prefixLeft > 0) {
        if (prefixLeft <= 4) length = length * 256 + chunk[p];
        p++;
        if (--prefixLeft > 0) continue;
        bodyLeft = length;
        length = 0;
      } else {
        const take = Math.min(bodyLeft, chunk.length - p);
        bodyLeft -= take;
        p += take;
      }
      if (prefixLeft === 0 && bodyLeft === 0) {
        messages++;
        prefixLeft = 5;
      }
    }
  });
  stream.on("end", () => stream.end(EMPTY_MESSAGE));
});
server.listen(grpcAddr.port, grpcAddr.host);
Bun.serve({ hostname: httpAddr.host, port: httpAddr.port, fetch: () => new Response(`null_messages_total ${messages}\n`) });
