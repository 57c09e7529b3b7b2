// The wire reader's primitives against protobufjs's Reader, and its errors on malformed bytes.
import { describe, expect, test } from "bun:test";
import protobuf from "protobufjs/minimal.js";
import {
  decodeUtf8,
  isAscii,
  newWire,
  readBool,
  readDouble,
  readInt64,
  readLength,
  readTag,
  readVarint32,
  skipField,
  WireError,
} from "../src/ingest/wire.ts";
import { newRng } from "./helpers/mixer-gen.ts";
import { bytes, groupField, tag, varint } from "./helpers/protowire.ts";

const wire = (b: number[]) => newWire(bytes(b));

describe("wire reader primitives", () => {
  test("varints read as protobufjs reads them (int64 via Long#toNumber, int32, bool)", () => {
    const rng = newRng(7);
    for (let i = 0; i < 2000; i++) {
      const v = BigInt.asIntN(64, (BigInt(rng.int(2 ** 32)) << BigInt(rng.int(33))) ^ BigInt(rng.int(2 ** 31)) * (rng.chance(0.3) ? -1n : 1n));
      const b = bytes(varint([], v));
      const ref = protobuf.Reader.create(b);
      const long = ref.int64() as unknown as { toNumber(): number };
      expect(readInt64(newWire(b))).toBe(long.toNumber());
      expect(readVarint32(newWire(b)) | 0).toBe(protobuf.Reader.create(b).int32());
      expect(readBool(newWire(b))).toBe(protobuf.Reader.create(b).bool());
    }
  });

  test("doubles are little-endian", () => {
    const f = new Uint8Array(new Float64Array([-0.0251]).buffer);
    expect(readDouble(newWire(f))).toBe(-0.0251);
  });

  test("truncation and overlong encodings are clear errors", () => {
    expect(() => readTag(wire([0x80]))).toThrow(/truncated tag at byte 0/);
    expect(() => readTag(wire([0x80, 0x80, 0x80, 0x80, 0x10]))).toThrow(/tag longer than 32 bits/);
    expect(() => readTag(wire([0x02]))).toThrow(/field number 0/);
    expect(() => readLength(wire([0x05, 1, 2]))).toThrow(/length 5 runs past the end of its message \(2 bytes left\) at byte 0/);
    expect(() => readLength(wire([0x80, 0x80, 0x80, 0x80, 0x08]))).toThrow(/2 GiB/);
    expect(() => readInt64(wire(Array(10).fill(0x80).concat([1])))).toThrow(/varint longer than 10 bytes/);
    expect(() => readInt64(wire([0xff, 0xff]))).toThrow(/truncated varint/);
    expect(() => readDouble(wire([1, 2, 3]))).toThrow(/truncated fixed64/);
    expect(() => readInt64(wire([0x80]))).toThrow(WireError);
  });

  test("skipping: every wire type, nested groups, and the errors protobufjs also raises", () => {
    const skipAll = (b: number[]) => {
      const w = wire(b);
      while (w.pos < w.end) {
        const t = readTag(w);
        skipField(w, t & 7, t >>> 3, 0);
      }
      return w.pos;
    };
    const body = [
      ...varint(tag([], 1, 0), -1),
      ...tag([], 2, 1), 1, 2, 3, 4, 5, 6, 7, 8,
      ...tag([], 3, 2), 2, 0xaa, 0xbb,
      ...groupField([], 4, [...groupField([], 5, varint(tag([], 6, 0), 300)), ...tag([], 7, 5), 0, 0, 0, 0]),
      ...tag([], 8, 5), 1, 2, 3, 4,
    ];
    expect(skipAll(body)).toBe(body.length);
    expect(() => skipAll([...tag([], 4, 3), ...tag([], 5, 4)])).toThrow(/end of group 5 does not match group 4/);
    expect(() => skipAll(tag([], 4, 4))).toThrow(/invalid wire type 4/);
    expect(() => skipAll(tag([], 4, 6))).toThrow(/invalid wire type 6/);
    expect(() => skipAll(tag([], 4, 3))).toThrow(/truncated tag/);
    let deep: number[] = [];
    for (let i = 0; i < 120; i++) deep = groupField([], 1, deep);
    expect(() => skipAll(deep)).toThrow(/nesting too deep/);
  });

  test("strings are read leniently, invalid UTF-8 as U+FFFD, exactly as protobufjs's loose reader", () => {
    const cases = [new TextEncoder().encode("héllo /日本/ \u{1F600}"), bytes([0x61, 0xc3]), bytes([0xed, 0xa0, 0x80]), bytes([0xc0, 0x80]), bytes([0x41, 0xff, 0x42])];
    for (const b of cases) expect(decodeUtf8(b, 0, b.length)).toBe(protobuf.util.utf8.read(b, 0, b.length));
    expect(decodeUtf8(bytes([0x61, 0xc3]), 0, 2)).toBe("a\uFFFD");
  });

  test("ASCII scans by words agree with a byte loop at every alignment and length", () => {
    const rng = newRng(3);
    const backing = new Uint8Array(300);
    for (let i = 0; i < backing.length; i++) backing[i] = rng.int(128);
    for (let trial = 0; trial < 3000; trial++) {
      const off = rng.int(8);
      const buf = backing.subarray(off, off + 200);
      const start = rng.int(100);
      const end = start + rng.int(100);
      const hi = rng.chance(0.5) ? start + rng.int(end - start + 1) : -1;
      if (hi >= start && hi < end) buf[hi] |= 0x80;
      let expected = true;
      for (let i = start; i < end; i++) if (buf[i] >= 128) expected = false;
      expect(isAscii(newWire(buf), start, end)).toBe(expected);
      if (hi >= start && hi < end) buf[hi] &= 0x7f;
    }
  });
});
