// Protobuf wire encoding by hand, for bytes the generated encoders would never write (values past a
// field's range, fields repeated, invalid UTF-8), and for reading messages apart in the fuzzer.

export const VARINT = 0, I64 = 1, LEN = 2, SGROUP = 3, EGROUP = 4, I32 = 5;

/** A varint of any size (BigInt for values past 2^53; negative numbers as 64-bit two's complement). */
export function varint(v: number | bigint): number[] {
  let x = BigInt.asUintN(64, BigInt(v));
  const out: number[] = [];
  do {
    let b = Number(x & 0x7fn);
    x >>= 7n;
    if (x !== 0n) b |= 0x80;
    out.push(b);
  } while (x !== 0n);
  return out;
}

export function tag(field: number, wire: number): number[] {
  return varint((field << 3) | wire);
}

/** A varint field. */
export function vfield(field: number, v: number | bigint): number[] {
  return [...tag(field, VARINT), ...varint(v)];
}

/** A length-delimited field. */
export function lfield(field: number, body: ArrayLike<number>): number[] {
  return [...tag(field, LEN), ...varint(body.length), ...Array.from(body)];
}

export interface WireField {
  field: number;
  wire: number;
  /** Offset of the tag. */
  start: number;
  /** Offset of the value (after the tag, and after the length for LEN fields). */
  valueStart: number;
  end: number;
}

/** Reads a varint at `pos`; null if it runs past the end or over 10 bytes. */
export function readVarint(b: Uint8Array, pos: number): { value: bigint; next: number } | null {
  let v = 0n;
  for (let i = 0; i < 10; i++) {
    if (pos + i >= b.length) return null;
    const c = b[pos + i];
    v |= BigInt(c & 0x7f) << BigInt(7 * i);
    if (c < 0x80) return { value: v, next: pos + i + 1 };
  }
  return null;
}

/** The top-level fields of `b` from `from` to `to`, as far as they parse; groups end the walk. */
export function fields(b: Uint8Array, from = 0, to = b.length): WireField[] {
  const out: WireField[] = [];
  let pos = from;
  while (pos < to) {
    const t = readVarint(b, pos);
    if (!t || t.next > to) break;
    const field = Number(t.value >> 3n);
    const wire = Number(t.value & 7n);
    let valueStart = t.next;
    let end: number;
    if (wire === VARINT) {
      const v = readVarint(b, t.next);
      if (!v) break;
      end = v.next;
    } else if (wire === I64) end = t.next + 8;
    else if (wire === I32) end = t.next + 4;
    else if (wire === LEN) {
      const l = readVarint(b, t.next);
      if (!l) break;
      valueStart = l.next;
      end = l.next + Number(l.value);
    } else break;
    if (end > to) break;
    out.push({ field, wire, start: pos, valueStart, end });
    pos = end;
  }
  return out;
}
