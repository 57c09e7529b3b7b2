// A real grpc-js client sending pre-encoded bodies, so tests see exactly what a sender sees.
import * as grpc from "@grpc/grpc-js";

const identity = (b: Buffer) => b;

export interface CallResult {
  code: grpc.status;
  details: string;
  response: Buffer | null;
}

/** `ownConnection`: a connection of its own (grpc-js otherwise shares one between equal clients). */
export function newClient(port: number, ownConnection = false): grpc.Client {
  return new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), ownConnection ? { "grpc.use_local_subchannel_pool": 1 } : {});
}

export function unary(client: grpc.Client, path: string, body: Uint8Array, metadata = new grpc.Metadata()): Promise<CallResult> {
  return new Promise((resolve) => {
    client.makeUnaryRequest(path, identity, identity, Buffer.from(body), metadata, { deadline: Date.now() + 10_000 }, (err, res) => {
      if (err) resolve({ code: err.code, details: err.details, response: null });
      else resolve({ code: grpc.status.OK, details: "", response: res ?? Buffer.alloc(0) });
    });
  });
}

/** A client stream carrying `bodies` in order, then half-closed. */
export function clientStream(client: grpc.Client, path: string, bodies: Uint8Array[]): Promise<CallResult> {
  return new Promise((resolve) => {
    const call = client.makeClientStreamRequest(path, identity, identity, new grpc.Metadata(), { deadline: Date.now() + 20_000 }, (err, res) => {
      if (err) resolve({ code: err.code, details: err.details, response: null });
      else resolve({ code: grpc.status.OK, details: "", response: res ?? Buffer.alloc(0) });
    });
    for (const b of bodies) call.write(Buffer.from(b));
    call.end();
  });
}

/** A client stream left open (write to `call`, end it); `result` settles when the server answers. */
export function openStream(client: grpc.Client, path: string, metadata = new grpc.Metadata()) {
  let settle!: (r: CallResult) => void;
  const result = new Promise<CallResult>((r) => (settle = r));
  const call = client.makeClientStreamRequest(path, identity, identity, metadata, {}, (err, res) =>
    settle(err ? { code: err.code, details: err.details, response: null } : { code: grpc.status.OK, details: "", response: res ?? null }),
  );
  return { call, result };
}
