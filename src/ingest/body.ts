// Strings are read leniently (invalid UTF-8 → U+FFFD): Envoy logs request headers byte for byte, and one
// client sending Latin-1 must not cost the whole batch and end the stream (envoyproxy/envoy#5141).
// Anything else malformed is counted in gatewaymetric_messages_rejected_total{reason="malformed"} and
// thrown (gRPC answers INVALID_ARGUMENT); nothing of such a message has been counted.
import { Reader } from "protobufjs/minimal.js";
import type { Pipeline } from "../core/pipeline.ts";
import { countMessageRejected, type Source } from "../core/self-metrics.ts";

/** A reader for `bytes` whose proto3 string fields take invalid UTF-8 as U+FFFD. */
export function lenientReader(bytes: Uint8Array): Reader {
  const r = Reader.create(bytes);
  // The generated decoders call stringVerify for proto3 strings; both readers' string() replace.
  r.stringVerify = r.string;
  return r;
}

/** `decode(body)`, or a counted, thrown rejection if the body is not that message. */
export function decodeBody<T>(p: Pipeline, source: Source, decode: (r: Reader) => T, body: Uint8Array): T {
  return readBody(p, source, () => decode(lenientReader(body)));
}

/** `read()` (a hand-written reader's or a codec's), or a counted, thrown rejection if it throws. */
export function readBody<T>(p: Pipeline, source: Source, read: () => T): T {
  try {
    return read();
  } catch (e) {
    countMessageRejected(p.self, source, "malformed");
    throw new Error(`malformed protobuf: ${e instanceof Error ? e.message : String(e)}`);
  }
}
