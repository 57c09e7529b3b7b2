// A record's label fields as the decoder found them: byte ranges in the message (no copy), or
// strings where the decoder only has those (a method from an enum). The tuple cache (tuple-cache.ts)
// resolves such a tuple with one hash and compare instead of a decode and lookup per field; a
// string field is never cached.
import { MAX_EXTRA_LABELS } from "./catalog.ts";
import type { AccessRecord } from "./record.ts";

export const RAW_GATEWAY = 0, RAW_HOST = 1, RAW_PATH = 2, RAW_METHOD = 3, RAW_ROUTE_NAME = 4, RAW_UPSTREAM = 5;
/** Extra label k's value (AccessRecord.extra[k]) is field RAW_EXTRA + k. */
export const RAW_EXTRA = 6;
export const RAW_FIELDS = RAW_EXTRA + MAX_EXTRA_LABELS;

// Lenient like the reference decoders (protobufjs): invalid UTF-8 becomes U+FFFD rather than
// costing the whole message. The readers decode with this too, so both paths give equal strings.
const loose = new TextDecoder("utf-8", { ignoreBOM: true });

/** Decodes buf[start, end) as UTF-8, invalid bytes as U+FFFD (a leading BOM is kept). */
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  return loose.decode(buf.subarray(start, end));
}

const NO_BYTES = new Uint8Array(0);

export interface RawLabels {
  /** Per field: the buffer holding its bytes, or null when the field is the string in `strs`. */
  readonly bufs: (Uint8Array | null)[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly strs: string[];
  /** Per field: 1 when the bytes are an array its owner never changes (setRawStable). */
  readonly stable: Uint8Array;
}

/** Every field empty (""). */
export function newRawLabels(): RawLabels {
  return {
    bufs: new Array(RAW_FIELDS).fill(NO_BYTES), starts: new Int32Array(RAW_FIELDS), ends: new Int32Array(RAW_FIELDS),
    strs: new Array(RAW_FIELDS).fill(""), stable: new Uint8Array(RAW_FIELDS),
  };
}

export function setRawBytes(raw: RawLabels, f: number, buf: Uint8Array, start: number, end: number): void {
  raw.bufs[f] = buf;
  raw.starts[f] = start;
  raw.ends[f] = end;
  raw.stable[f] = 0;
}

/** Field f is all of `bytes`, an array never changed (a per-stream value): known again by identity. */
export function setRawStable(raw: RawLabels, f: number, bytes: Uint8Array): void {
  raw.bufs[f] = bytes;
  raw.starts[f] = 0;
  raw.ends[f] = bytes.length;
  raw.stable[f] = 1;
}

/**
 * Ends the path field at its query or fragment (`?`, `#`): neither changes the route, and a query
 * (a session id, a cache buster) would otherwise make nearly every request a tuple of its own.
 */
export function cutQuery(raw: RawLabels): void {
  const buf = raw.bufs[RAW_PATH];
  if (buf === null) return;
  const end = raw.ends[RAW_PATH];
  for (let i = raw.starts[RAW_PATH]; i < end; i++) {
    const b = buf[i];
    if (b === 0x3f || b === 0x23) {
      raw.ends[RAW_PATH] = i;
      return;
    }
  }
}

export function setRawString(raw: RawLabels, f: number, s: string): void {
  raw.bufs[f] = null;
  raw.strs[f] = s;
  raw.stable[f] = 0;
}

const encoder = new TextEncoder();

/** `s` as bytes that decode back to `s`, or null (a lone surrogate: give the string instead). */
export function stringBytes(s: string): Uint8Array | null {
  const b = encoder.encode(s);
  return decodeUtf8(b, 0, b.length) === s ? b : null;
}

function rawText(raw: RawLabels, f: number): string {
  const buf = raw.bufs[f];
  if (buf === null) return raw.strs[f];
  const start = raw.starts[f], end = raw.ends[f];
  return start === end ? "" : decodeUtf8(buf, start, end);
}

/** Fills the label fields of `rec`, and its first `extras` extra values, with the strings the raw fields stand for. */
export function rawToRecord(raw: RawLabels, rec: AccessRecord, extras: number): void {
  rec.gateway = rawText(raw, RAW_GATEWAY);
  rec.host = rawText(raw, RAW_HOST);
  rec.path = rawText(raw, RAW_PATH);
  rec.method = rawText(raw, RAW_METHOD);
  rec.routeName = rawText(raw, RAW_ROUTE_NAME);
  rec.upstreamCluster = rawText(raw, RAW_UPSTREAM);
  for (let k = 0; k < extras; k++) rec.extra[k] = rawText(raw, RAW_EXTRA + k);
}
