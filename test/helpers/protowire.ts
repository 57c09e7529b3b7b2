// A tiny protobuf wire writer for tests that need bytes no codec would produce: unknown fields of
// every wire type, groups, repeated keys, wrong wire types, overlong varints.

export type Bytes = number[];

const utf8 = new TextEncoder();

/** Appends a varint; numbers and bigints are taken as 64-bit two's complement. */
export function varint(out: Bytes, v: number | bigint): Bytes {
  let x = BigInt.asUintN(64, BigInt(v));
  while (x >= 0x80n) {
    out.push(Number(x & 0x7fn) | 0x80);
    x >>= 7n;
  }
  out.push(Number(x));
  return out;
}

export function tag(out: Bytes, field: number, wireType: number): Bytes {
  return varint(out, BigInt(field) * 8n + BigInt(wireType));
}

export function lenField(out: Bytes, field: number, body: ArrayLike<number>): Bytes {
  tag(out, field, 2);
  varint(out, body.length);
  for (let i = 0; i < body.length; i++) out.push(body[i]);
  return out;
}

export function strField(out: Bytes, field: number, s: string): Bytes {
  return lenField(out, field, utf8.encode(s));
}

export function varintField(out: Bytes, field: number, v: number | bigint): Bytes {
  return varint(tag(out, field, 0), v);
}

export function doubleField(out: Bytes, field: number, v: number): Bytes {
  tag(out, field, 1);
  const b = new Uint8Array(new Float64Array([v]).buffer);
  for (const x of b) out.push(x);
  return out;
}

export function fixed32Field(out: Bytes, field: number, v: number): Bytes {
  tag(out, field, 5);
  out.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255);
  return out;
}

export function groupField(out: Bytes, field: number, body: Bytes): Bytes {
  tag(out, field, 3);
  out.push(...body);
  return tag(out, field, 4);
}

export const bytes = (b: Bytes): Uint8Array => Uint8Array.from(b);
