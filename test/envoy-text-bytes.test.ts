// Differential test: the byte-level parser of Istio's default line (envoy-text-bytes.ts, used by the
// OTLP reader) against the reference (reference/envoy-text-format.ts on the decoded line). Lines as Envoy
// writes them, then mutated at the byte level with what moves anchors (spaces, quotes, `-`, digits,
// brackets, line ends) and what decodes differently (multi-byte characters cut anywhere, invalid
// UTF-8, a BOM), placed inside other bytes so reading past the line would show.
import { describe, expect, test } from "bun:test";
import {
  N_CODE,
  N_DURATION,
  N_RECEIVED,
  N_SENT,
  N_UPSTREAM,
  newTextLineAt,
  parseEnvoyTextBytes,
  T_AUTHORITY,
  T_CLUSTER,
  T_FLAGS,
  T_METHOD,
  T_PATH,
  T_PROTOCOL,
  T_ROUTE,
} from "../src/ingest/envoy-text-bytes.ts";
import { newEnvoyTextLine, parseEnvoyTextLine } from "./reference/envoy-text-format.ts";
import { decodeUtf8 } from "../src/ingest/wire.ts";
import { newRng } from "./helpers/mixer-gen.ts";
import { lineBytes } from "./helpers/otlp-gen.ts";

function show(v: unknown): string {
  return JSON.stringify(v, (_, x) => (typeof x === "number" ? `#${String(x)}` : x));
}

/** What the definition makes of the line's bytes: the fields the OTLP reader counts, or the reason. */
function viaString(bytes: Uint8Array): unknown {
  const l = newEnvoyTextLine();
  const why = parseEnvoyTextLine(decodeUtf8(bytes, 0, bytes.length), l);
  if (why !== null) return why;
  return [l.method, l.path, l.protocol, l.authority, l.responseFlags, l.routeName, l.upstreamCluster,
    l.responseCode, l.bytesReceived, l.bytesSent, l.durationMs, l.upstreamServiceTimeMs];
}

/** The same from the byte parser, the line placed at `pad` inside junk that looks like a line. */
function viaBytes(bytes: Uint8Array, pad: number): unknown {
  const junk = new TextEncoder().encode(' "- 1 [x] "');
  const buf = new Uint8Array(bytes.length + 2 * pad);
  for (let i = 0; i < buf.length; i++) buf[i] = junk[i % junk.length];
  buf.set(bytes, pad);
  const out = newTextLineAt();
  const why = parseEnvoyTextBytes(buf, pad, pad + bytes.length, out);
  if (why !== null) return why;
  const t = (k: number) => decodeUtf8(buf, out.at[k], out.at[k + 1]);
  const n = out.num;
  return [t(T_METHOD), t(T_PATH), t(T_PROTOCOL), t(T_AUTHORITY), t(T_FLAGS), t(T_ROUTE), t(T_CLUSTER),
    n[N_CODE], n[N_RECEIVED], n[N_SENT], n[N_DURATION], n[N_UPSTREAM]];
}

describe("Istio's default line parsed on bytes", () => {
  test("the same fields or the same reason as the string parser, on 20000 generated and mutated lines", () => {
    const rng = newRng(0x7e47);
    let parsed = 0;
    for (let i = 0; i < 20000; i++) {
      const line = lineBytes(rng);
      const a = show(viaString(line));
      const b = show(viaBytes(line, i % 3));
      if (a !== b) throw new Error(`line ${JSON.stringify(Buffer.from(line).toString("latin1"))}\nstring: ${a}\nbytes:  ${b}`);
      if (a.startsWith("[")) parsed++;
    }
    // Both outcomes are well represented.
    expect(parsed).toBeGreaterThan(3000);
    expect(parsed).toBeLessThan(19000);
  });
});
