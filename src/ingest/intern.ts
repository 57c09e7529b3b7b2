// Label values repeat endlessly (a gateway serves a few hosts, paths and methods), so decoding them
// from UTF-8 on every entry is wasted work. This cache maps a byte range to the string decoded from
// it the first time: a hit costs a hash over the bytes and one comparison, and returns the very same
// string object, whose hash the engine has already computed for the series maps downstream.
//
// Direct-mapped and fixed in size: a new value evicts whatever shared its slot, so memory is bounded
// (SLOTS copies of at most MAX_BYTES bytes) whatever the traffic, and high-cardinality values only
// cost their decode.
import { decodeUtf8 } from "./wire.ts";

const SLOTS = 4096;
/** Longer values are decoded every time: they are rarely label values and would pin memory. */
export const MAX_INTERN_BYTES = 256;
/** Bytes hashed at most; longer values are sampled evenly (the comparison still checks them all). */
const HASH_SAMPLES = 32;

export interface InternCache {
  readonly hashes: Int32Array;
  readonly keys: (Uint8Array | null)[];
  readonly strings: string[];
  hits: number;
  misses: number;
}

export function newInternCache(): InternCache {
  return { hashes: new Int32Array(SLOTS), keys: new Array(SLOTS).fill(null), strings: new Array(SLOTS).fill(""), hits: 0, misses: 0 };
}

function hashBytes(buf: Uint8Array, start: number, len: number): number {
  let h = Math.imul(len, 0x9e3779b1) ^ 0x811c9dc5;
  const step = len <= HASH_SAMPLES ? 1 : Math.ceil(len / HASH_SAMPLES);
  const end = start + len;
  for (let i = start; i < end; i += step) h = Math.imul(h ^ buf[i], 0x01000193);
  if (step > 1) h = Math.imul(h ^ buf[end - 1], 0x01000193);
  return h ^ (h >>> 15);
}

/** The string buf[start, end) decodes to (strict UTF-8); equal bytes give the same string object. */
export function internString(c: InternCache, buf: Uint8Array, start: number, end: number): string {
  const len = end - start;
  if (len === 0) return "";
  if (len > MAX_INTERN_BYTES) return decodeUtf8(buf, start, end);
  const h = hashBytes(buf, start, len);
  const slot = h & (SLOTS - 1);
  const key = c.keys[slot];
  if (key !== null && c.hashes[slot] === h && key.length === len) {
    let i = 0;
    while (i < len && key[i] === buf[start + i]) i++;
    if (i === len) {
      c.hits++;
      return c.strings[slot];
    }
  }
  const s = decodeUtf8(buf, start, end);
  c.misses++;
  c.hashes[slot] = h;
  c.keys[slot] = buf.slice(start, end);
  c.strings[slot] = s;
  return s;
}
