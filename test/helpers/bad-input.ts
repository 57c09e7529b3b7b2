// Bad-input cases through the real interface: send, then check that the scrape is still valid, that
// nothing counted before moved, and that gatewaymetric's own counters moved by exactly the case's
// accepted and rejected entries and rejected messages.
import { cleanLabel } from "../../src/core/labels.ts";
import { defaults } from "../../src/config/config.ts";
import { expect } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import * as http2 from "node:http2";
import type { MessageRejectReason, RejectReason, Source } from "../../src/core/self-metrics.ts";
import { type Exposition, promtoolCheck, promtoolPath, type Sample, scrape } from "./exposition.ts";
import type { CallResult } from "./grpc-client.ts";

export interface Expected {
  code: grpc.status;
  /** Entries of the case's source counted. */
  accepted?: number;
  rejected?: Partial<Record<RejectReason, number>>;
  /** Whole messages refused. */
  messages?: Partial<Record<MessageRejectReason, number>>;
}

/** Families every call or scrape moves whatever it carries (process figures, call and scrape counts, stream and series gauges). */
const VOLATILE = /^(process_|gatewaymetric_grpc_calls_total$|gatewaymetric_streams_active$|gatewaymetric_series$|gatewaymetric_scrapes_total$|gatewaymetric_renders_total$|gatewaymetric_overflow_total$)/;
const ENTRIES = "gatewaymetric_entries_total";
const MESSAGES = "gatewaymetric_messages_rejected_total";

function key(s: Sample): string {
  return s.name + JSON.stringify(Object.entries(s.labels).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Non-zero changes of one family between two scrapes, keyed by its label values joined with `/`. */
function deltas(before: Exposition, after: Exposition, name: string): Record<string, number> {
  const was = new Map(before.samples.filter((s) => s.name === name).map((s) => [key(s), s.value]));
  const out: Record<string, number> = {};
  for (const s of after.samples) {
    if (s.name !== name) continue;
    const d = s.value - (was.get(key(s)) ?? 0);
    if (d !== 0) out[Object.values(s.labels).join("/")] = d;
  }
  return out;
}

function expectedDeltas(source: Source, exp: Expected): { entries: Record<string, number>; messages: Record<string, number> } {
  const entries: Record<string, number> = {};
  if (exp.accepted) entries[`${source}/accepted`] = exp.accepted;
  for (const [reason, n] of Object.entries(exp.rejected ?? {})) if (n) entries[`${source}/rejected/${reason}`] = n;
  const messages: Record<string, number> = {};
  for (const [reason, n] of Object.entries(exp.messages ?? {})) if (n) messages[`${source}/${reason}`] = n;
  return { entries, messages };
}

/**
 * Runs one case: `send` must end with `exp.code`; afterwards the scrape passes promtool, every
 * sample of before is unchanged unless one of its label values contains `marker` (the case's own
 * series; "" for a case that may change none), and the entry and message counters moved by exactly
 * `exp`. Returns the scrape after.
 */
export async function runCase(httpPort: number, source: Source, marker: string, send: () => Promise<CallResult>, exp: Expected): Promise<Exposition> {
  const before = await scrape(httpPort);
  const r = await send();
  expect({ code: grpc.status[r.code], details: r.details }).toMatchObject({ code: grpc.status[exp.code] });
  const after = await scrape(httpPort);
  if (promtoolPath) expect(promtoolCheck(after.text)).toBe("");
  const now = new Map(after.samples.map((s) => [key(s), s.value]));
  const moved: string[] = [];
  for (const s of before.samples) {
    if (VOLATILE.test(s.name) || s.name === ENTRIES || s.name === MESSAGES) continue;
    if (marker !== "" && Object.values(s.labels).some((v) => v.includes(marker))) continue;
    if (now.get(key(s)) !== s.value) moved.push(`${key(s)}: ${s.value} -> ${now.get(key(s))}`);
  }
  expect(moved).toEqual([]);
  const want = expectedDeltas(source, exp);
  expect({ entries: deltas(before, after, ENTRIES), messages: deltas(before, after, MESSAGES) }).toEqual(want);
  return after;
}

/**
 * `body` with the first occurrence of the ASCII `placeholder` overwritten by `bytes` of the same
 * length: how a string field gets bytes no encoder would write (invalid UTF-8), length prefixes intact.
 */
export function patchBytes(body: Uint8Array, placeholder: string, bytes: readonly number[]): Uint8Array {
  const p = new TextEncoder().encode(placeholder);
  if (p.length !== bytes.length) throw new Error("placeholder and bytes differ in length");
  const out = body.slice();
  outer: for (let i = 0; i + p.length <= out.length; i++) {
    for (let j = 0; j < p.length; j++) if (out[i + j] !== p[j]) continue outer;
    out.set(bytes, i);
    return out;
  }
  throw new Error(`placeholder ${placeholder} not found`);
}

/** A placeholder of `n` ASCII bytes, distinct per `id`, for patchBytes. */
export function placeholder(id: number, n: number): string {
  const s = `~${id}~`.padEnd(n, "~");
  if (s.length !== n) throw new Error(`placeholder for ${id} needs more than ${n} bytes`);
  return s;
}

/** How gatewaymetric's decoders read bytes that are not UTF-8: each maximal invalid subpart is U+FFFD. */
export function lenientText(bytes: readonly number[]): string {
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Byte sequences that are not UTF-8, by what is wrong with them. */
export const INVALID_UTF8: Record<string, number[]> = {
  "lone 0xff": [0x61, 0xff, 0x62],
  "lone continuation byte": [0x61, 0x80, 0x62],
  "overlong slash": [0xc0, 0xaf, 0x61],
  "UTF-16 surrogate": [0xed, 0xa0, 0x80],
  "truncated euro sign": [0x61, 0xe2, 0x82],
  "above U+10FFFF": [0xf4, 0x90, 0x80, 0x80],
  "Latin-1 é": [0x63, 0x61, 0x66, 0xe9],
};

/** Protobuf bodies no decoder accepts, whatever the message type. */
export const MALFORMED: Record<string, Uint8Array> = {
  "incomplete tag varint": new Uint8Array([0xff, 0xff, 0xff]),
  "wire type 7": new Uint8Array([0x0f]),
  "wire type 6": new Uint8Array([0x0e, 0x00]),
  "length prefix past the end": new Uint8Array([0x0a, 0x7f, 0x00]),
  "length prefix of 2^32": new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]),
  "11-byte tag varint": new Uint8Array(11).fill(0xff),
  "field number 0": new Uint8Array([0x00, 0x00]),
  "unterminated group": new Uint8Array([0x0b]),
  "stray end group": new Uint8Array([0x0c]),
  "groups nested 200 deep": new Uint8Array([...new Array(200).fill(0x0b), ...new Array(200).fill(0x0c)]),
  "truncated fixed64": new Uint8Array([0x79, 0x01, 0x02]),
};

/** A truncated valid body: cut inside its first length-delimited field. */
export function truncated(body: Uint8Array): Uint8Array {
  return body.subarray(0, Math.max(1, Math.floor(body.length / 2)));
}

export interface RawResult extends CallResult {
  /** Whether the server answered with a grpc-status at all. */
  answered: boolean;
}

/**
 * One call over plain HTTP/2 whose body is `frames` as given, so tests can send gRPC framing no
 * client library would: a length prefix larger than the data that follows, a cut-off prefix.
 */
export function rawCall(port: number, path: string, frames: Uint8Array[]): Promise<RawResult> {
  return new Promise((resolve) => {
    const session = http2.connect(`http://127.0.0.1:${port}`);
    let headers: Record<string, unknown> = {};
    const done = (r: RawResult) => {
      session.close();
      resolve(r);
    };
    session.on("error", (e) => done({ answered: false, code: grpc.status.UNAVAILABLE, details: String(e), response: null }));
    const req = session.request({ ":method": "POST", ":path": path, "content-type": "application/grpc", te: "trailers" });
    req.on("response", (h) => (headers = { ...h }));
    req.on("trailers", (t) => (headers = { ...headers, ...t }));
    req.on("data", () => {});
    req.on("end", () => {
      const status = headers["grpc-status"];
      done({
        answered: status !== undefined,
        code: Number(status ?? grpc.status.UNKNOWN),
        details: decodeURIComponent(String(headers["grpc-message"] ?? "")),
        response: null,
      });
    });
    req.on("error", (e) => done({ answered: false, code: grpc.status.UNAVAILABLE, details: String(e), response: null }));
    for (const f of frames) req.write(f);
    req.end();
  });
}

/** A gRPC length-prefixed frame: flag byte, 4-byte big-endian length, then the message. */
export function frame(message: Uint8Array, declaredLength = message.length): Uint8Array {
  const out = new Uint8Array(5 + message.length);
  new DataView(out.buffer).setUint32(1, declaredLength);
  out.set(message, 5);
  return out;
}

/**
 * The label value a raw text field (host, path, gateway, dimension) becomes: today the text itself,
 * any valid UTF-8, escaped by the exposition writer. The one place to change should labels be
 * cleaned or capped before they are stored.
 */
export function labelOf(raw: string): string {
  return cleanLabel(raw, defaults().limits.labelValueBytes);
}

/** Text that must survive as a label value and keep the exposition valid. */
export const AWKWARD_TEXT: Record<string, string> = {
  "double quotes": '"quoted"',
  "backslashes": "a\\b\\\\c\\",
  "newline": "line1\nline2",
  "CR LF": "a\r\nb",
  "tab and NUL": "a\tb\u0000c",
  "escape sequence": "\u001b[31mred\u001b[0m",
  "DEL and C1 control": "a\u007fb\u0085c",
  "line and paragraph separators": "a\u2028b\u2029c",
  "braces, comma, equals": '}{a="b",c=d}',
  "escaped-looking text": '\\n\\"\\\\',
  "non-ASCII": "bücher.例え.ça 🚀",
  "U+FFFD itself": "a\uFFFDb",
};
