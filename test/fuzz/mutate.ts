// Mutations of valid inputs. Protobuf messages are read into a tree of fields (a length-delimited
// field becomes a subtree when its bytes parse as a message), mutated there (fields duplicated,
// dropped, moved, values swapped for edge cases, wire types and lengths that lie) and written back
// with correct enclosing lengths, so a mutation deep inside still reaches the decoder's deep code.
// Byte-level mutations (bit flips, inserts, deletes, truncation, overlong varints) then break the
// envelope itself; some inputs are random bytes.
import type { Rng } from "./prng.ts";
import { EGROUP, fields, I32, I64, LEN, readVarint, SGROUP, tag, VARINT, varint } from "../helpers/wire.ts";

export interface PbNode {
  field: number;
  wire: number;
  /** Value bytes: the varint, the fixed bytes, or the length-delimited body when not a subtree. */
  value: Uint8Array;
  children: PbNode[] | null;
  /** Written in place of the real tag (a wire type or field number that lies). */
  tagBytes?: number[];
  /** Added to the real length when written (a length prefix that lies). */
  lenDelta?: number;
}

const MAX_DEPTH = 16;

/** The fields of `b` as a tree; null if `b` is not a whole sequence of fields. */
export function parseTree(b: Uint8Array, depth = 0): PbNode[] | null {
  const fs = fields(b);
  const end = fs.length === 0 ? 0 : fs[fs.length - 1].end;
  if (end !== b.length) return null;
  return fs.map((f) => {
    const value = b.subarray(f.valueStart, f.end);
    const children = f.wire === LEN && value.length > 0 && depth < MAX_DEPTH ? parseTree(value, depth + 1) : null;
    return { field: f.field, wire: f.wire, value, children };
  });
}

function push(out: number[], bytes: ArrayLike<number>): void {
  for (let i = 0; i < bytes.length; i++) out.push(bytes[i]);
}

function write(nodes: PbNode[], out: number[]): void {
  for (const n of nodes) {
    push(out, n.tagBytes ?? tag(n.field, n.wire));
    if (n.wire === LEN) {
      let body: ArrayLike<number> = n.value;
      if (n.children) {
        const inner: number[] = [];
        write(n.children, inner);
        body = inner;
      }
      push(out, varint(Math.max(0, body.length + (n.lenDelta ?? 0))));
      push(out, body);
    } else push(out, n.value);
  }
}

export function serialize(nodes: PbNode[]): Uint8Array {
  const out: number[] = [];
  write(nodes, out);
  return new Uint8Array(out);
}

function clone(n: PbNode): PbNode {
  return { ...n, children: n.children ? n.children.map(clone) : null, tagBytes: n.tagBytes?.slice() };
}

interface Slot {
  node: PbNode;
  siblings: PbNode[];
}

function slots(nodes: PbNode[], out: Slot[] = []): Slot[] {
  for (const n of nodes) {
    out.push({ node: n, siblings: nodes });
    if (n.children) slots(n.children, out);
  }
  return out;
}

/** Integers at the edges of the types senders use (status codes, int32/uint32/int64/uint64). */
export const EDGE_INTS: readonly bigint[] = [
  0n, 1n, 2n, 7n, 127n, 128n, 200n, 255n, 503n, 999n, 1000n, 65535n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n - 1n,
  2n ** 32n, 2n ** 32n + 200n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n - 1n, -1n, -(2n ** 31n), -(2n ** 63n),
];

const enc = new TextEncoder();

/** Text at the edges of what the decoders read: numbers, durations, paths, separators, escapes. */
export const EDGE_TEXT: readonly string[] = [
  "", "-", "0", "-0", "1", "-1", "200", "999", "1000", "NaN", "Infinity", "-Infinity", "1e400", "1e-400", "0x1F4", " 1", "1.", ".5",
  "25.1ms", "-3s", "1h2m3.5s", "0s", "1.5µs", "9999999999999999999h", "ms", "GET", "get", "BREW", "CONNECT",
  "/", "//", "/a/1/b", "/ratings/7?x=1#f", "/r/3f2a9c1e-aa00-4bcd-9def-0123456789ab", "/h/0123456789abcdef0123", "http://h/p?q",
  "https://", "?", "#", "%2F%00", "{id}", '"', '" "', '\\', '\\"', "\n", "\r\n", "\t", "\u0000", "\u001b[0m", "\u007f", "\u0085",
  "\u2028", "\uFFFD", "é", "例", "🚀", "__proto__", "constructor", "hasOwnProperty", "x-b3-traceid", "traceparent",
  "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "0af7651916cd43dd", "istio-ingressgateway.istio-system",
  "router~10.1.2.3~istio-ingressgateway-7d9f8c6b5-x2k4p.istio-system~istio-system.svc.cluster.local", "a~b~c~d", "~~~",
  "UH,UF,URX", "-,-", "outbound|9080||productpage.default.svc.cluster.local",
  '[2024-05-01T10:00:00.000Z] "GET /p HTTP/1.1" 200 - via_upstream - "-" 0 5 3 2 "-" "curl" "id" "h" "10.0.0.1:80" c - - - - r',
];

/** Byte strings no UTF-8 encoder writes. */
export const BAD_UTF8: readonly number[][] = [[0xff], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0xfe, 0xfe]];

/** A value for a length-delimited leaf: edge text, long runs, invalid UTF-8, random bytes. */
export function edgeBytes(rng: Rng, maxLen: number): Uint8Array {
  switch (rng.int(7)) {
    case 0:
    case 1:
      return enc.encode(rng.pick(EDGE_TEXT));
    case 2: {
      // Long runs: digits (regex backtracking), separators (split), quotes (the text-line parser).
      const unit = rng.pick(["1", "9", "a", "/", "/1", '" ', " ", ",", "~", "-", "é", "1s", "\\"]);
      return enc.encode(unit.repeat(1 + rng.int(Math.max(1, Math.floor(maxLen / unit.length)))).slice(0, maxLen));
    }
    case 3: {
      const bad = rng.pick(BAD_UTF8);
      const pre = enc.encode(rng.pick(EDGE_TEXT));
      return new Uint8Array([...pre, ...bad]);
    }
    case 4:
      return rng.bytes(rng.size(Math.min(maxLen, 512)));
    case 5:
      return enc.encode(rng.pick(EDGE_TEXT) + rng.pick(EDGE_TEXT) + rng.pick(EDGE_TEXT));
    default:
      return new Uint8Array(0);
  }
}

/** An overlong varint: the same value padded with continuation bytes, up to `total` bytes (over 10 is invalid). */
function overlong(v: bigint, total: number): number[] {
  const b = varint(v);
  while (b.length < total) {
    b[b.length - 1] |= 0x80;
    b.push(0);
  }
  return b;
}

/** One structural mutation somewhere in the tree (in place). `donors` lend subtrees from other seeds. */
export function mutateTree(rng: Rng, tree: PbNode[], donors: readonly PbNode[][], maxLen: number): void {
  const all = slots(tree);
  if (all.length === 0) {
    tree.push({ field: rng.range(1, 20), wire: LEN, value: edgeBytes(rng, maxLen), children: null });
    return;
  }
  const { node, siblings } = rng.pick(all);
  const i = siblings.indexOf(node);
  // Mostly mutations that keep the wire format valid (so the decoder's deeper code runs); the ones
  // that break it (cases 4-6) a fifth of the time.
  const op = rng.chance(0.2) ? rng.range(4, 6) : rng.pick([0, 1, 2, 3, 3, 7, 8, 9, 10, 10, 11]);
  switch (op) {
    case 0: {
      // Field duplication: a repeated field gets more items; a singular one is merged or overridden.
      const copies = rng.chance(0.1) ? rng.range(2, 64) : 1;
      for (let k = 0; k < copies; k++) siblings.splice(i + 1, 0, clone(node));
      break;
    }
    case 1:
      siblings.splice(i, 1);
      break;
    case 2: {
      const j = rng.int(siblings.length);
      [siblings[i], siblings[j]] = [siblings[j], siblings[i]];
      break;
    }
    case 3:
      if (node.wire === VARINT) node.value = new Uint8Array(varint(rng.pick(EDGE_INTS)));
      else if (node.wire === I64 || node.wire === I32) {
        const b = new Uint8Array(8);
        new DataView(b.buffer).setFloat64(0, rng.pick([NaN, Infinity, -Infinity, -1, -0, 1e308, 5e-324, 0.0251]), true);
        node.value = node.wire === I64 ? b : rng.bytes(4);
      } else {
        node.children = null;
        node.value = edgeBytes(rng, maxLen);
      }
      break;
    case 4:
      // Varint overflow: the same value in more bytes, sometimes past the 10 a varint may take.
      if (node.wire === VARINT) {
        const v = readVarint(node.value, 0);
        node.value = new Uint8Array(overlong(v ? v.value : 0n, rng.range(2, 14)));
      } else node.tagBytes = overlong(BigInt((node.field << 3) | node.wire), rng.range(2, 12));
      break;
    case 5:
      // A tag that lies about the wire type.
      node.tagBytes = tag(node.field, rng.pick([VARINT, I64, LEN, SGROUP, EGROUP, I32, 6, 7].filter((w) => w !== node.wire)));
      break;
    case 6:
      // A length prefix that lies.
      if (node.wire === LEN) node.lenDelta = rng.pick([-1, 1, -2, 2, 7, -7, 1000, 2 ** 31 - 1]);
      else node.field = rng.pick([0, 1, 2, 3, 15, 16, 100, 2 ** 29 - 1]);
      break;
    case 7:
    case 8: {
      // Graft a subtree from another valid message: shapes the decoder knows in places it does not expect.
      const donorSlots = slots(rng.pick(donors));
      if (donorSlots.length === 0) break;
      const d = clone(rng.pick(donorSlots).node);
      if (rng.chance(0.5)) siblings.splice(i, 0, d);
      else if (node.wire === LEN) {
        node.children = d.children ?? [d];
        node.value = new Uint8Array(0);
      }
      break;
    }
    case 9:
      node.field = rng.chance(0.9) ? rng.range(1, 20) : rng.pick([0, 2 ** 29 - 1, 19000]);
      break;
    case 10:
      if (node.wire === LEN) {
        node.children = null;
        const v = edgeBytes(rng, maxLen);
        node.value = rng.chance(0.5) ? v : new Uint8Array([...node.value.subarray(0, rng.int(node.value.length + 1)), ...v]);
      }
      break;
    default: {
      // An unknown field, or a (deprecated, still legal) group, next to the chosen one.
      const f = rng.range(1, 20);
      const w = rng.pick([VARINT, LEN, I32, I64]);
      const value = w === VARINT ? new Uint8Array(varint(rng.pick(EDGE_INTS))) : w === I32 ? rng.bytes(4) : w === I64 ? rng.bytes(8) : edgeBytes(rng, 64);
      siblings.splice(i, 0, rng.chance(0.7)
        ? { field: rng.range(20, 200), wire: w, value, children: null }
        : { field: f, wire: SGROUP, value: new Uint8Array(0), children: null, tagBytes: [...tag(f, SGROUP), ...tag(rng.range(1, 30), VARINT), 1, ...tag(rng.chance(0.9) ? f : f + 1, EGROUP)] });
    }
  }
}

/** Byte-level damage to an encoded message. */
export function mutateBytes(rng: Rng, b: Uint8Array, donors: readonly Uint8Array[]): Uint8Array {
  if (b.length === 0) return rng.bytes(rng.size(64));
  const at = rng.int(b.length);
  switch (rng.int(8)) {
    case 0: {
      const out = b.slice();
      for (let k = rng.range(1, 8); k > 0; k--) out[rng.int(out.length)] ^= 1 << rng.int(8);
      return out;
    }
    case 1:
      return new Uint8Array([...b.subarray(0, at), ...rng.bytes(rng.size(32) + 1), ...b.subarray(at)]);
    case 2:
      return new Uint8Array([...b.subarray(0, at), ...b.subarray(Math.min(b.length, at + rng.size(32) + 1))]);
    case 3:
      return b.subarray(0, at);
    case 4: {
      const out = b.slice();
      out[at] = rng.pick([0x00, 0x01, 0x7f, 0x80, 0xff, 0x0a, 0x08, 0x12, 0x0b, 0x0c]);
      return out;
    }
    case 5: {
      // Continuation bits set on a run of bytes: varints that never end, or run past 10 bytes.
      const out = b.slice();
      for (let k = at; k < Math.min(out.length, at + rng.range(1, 12)); k++) out[k] |= 0x80;
      return out;
    }
    case 6: {
      const d = rng.pick(donors);
      const s = rng.int(d.length + 1);
      return new Uint8Array([...b.subarray(0, at), ...d.subarray(s, s + rng.size(d.length))]);
    }
    default:
      return new Uint8Array([...b.subarray(0, at), ...b.subarray(at, at + rng.size(64) + 1), ...b.subarray(at)]);
  }
}

/**
 * A mutated protobuf input: mostly a seed mutated structurally (1-3 times), some of those then
 * damaged byte-wise, and some plain random bytes. Never longer than `maxLen`.
 */
export function mutateMessage(rng: Rng, seeds: readonly Uint8Array[], trees: readonly PbNode[][], maxLen: number): Uint8Array {
  const r = rng.next();
  let out: Uint8Array;
  if (r < 0.08) out = rng.bytes(rng.size(Math.min(maxLen, 4096)));
  else {
    const k = rng.int(seeds.length);
    const tree = trees[k].map(clone);
    for (let n = rng.range(1, 3); n > 0; n--) mutateTree(rng, tree, trees, Math.min(maxLen, 65536));
    out = serialize(tree);
    if (r > 0.85) for (let n = rng.range(1, 3); n > 0; n--) out = mutateBytes(rng, out, seeds);
  }
  return out.length > maxLen ? out.subarray(0, maxLen) : out;
}

const TEXT_TOKENS: readonly string[] = [
  '"', " ", '" ', ' "', '" "', "-", "- ", "0", "1", "200", "999999999999999", "9999999999999999", "[", "]", "] \"", "\n", "\r", "\t",
  "/", "?", "#", "//", "http://", "https://", "{id}", "é", "\uFFFD", "\u0000", "\\", "1 2 3 4 ", "- - - -", '"-"', " - ", "~",
];

/** A mutated text input (a log line, a path): tokens inserted, ranges removed, repeated, swapped, cut. */
export function mutateText(rng: Rng, seeds: readonly string[], maxLen: number): string {
  let s = rng.pick(seeds);
  for (let n = rng.range(1, 5); n > 0; n--) {
    const at = rng.int(s.length + 1);
    const len = rng.size(Math.max(1, s.length - at));
    switch (rng.int(8)) {
      case 0:
      case 1:
        s = s.slice(0, at) + rng.pick(TEXT_TOKENS) + s.slice(at);
        break;
      case 2:
        s = s.slice(0, at) + s.slice(at + len);
        break;
      case 3: {
        const piece = s.slice(at, at + len);
        s = s.slice(0, at) + piece.repeat(rng.chance(0.1) ? rng.range(2, 2000) : 2) + s.slice(at + len);
        break;
      }
      case 4:
        s = s.slice(0, at);
        break;
      case 5: {
        const other = rng.pick(seeds);
        const from = rng.int(other.length + 1);
        s = s.slice(0, at) + other.slice(from, from + rng.size(other.length)) + s.slice(at);
        break;
      }
      case 6: {
        let junk = "";
        for (let k = rng.size(16) + 1; k > 0; k--) junk += String.fromCodePoint(rng.chance(0.8) ? rng.int(128) : rng.int(0x10ffff + 1));
        s = s.slice(0, at) + junk + s.slice(at + len);
        break;
      }
      default: {
        const parts = s.split(" ");
        parts[rng.int(parts.length)] = rng.pick(TEXT_TOKENS) + rng.pick(EDGE_TEXT);
        s = parts.join(" ");
      }
    }
  }
  return s.length > maxLen ? s.slice(0, maxLen) : s;
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}
