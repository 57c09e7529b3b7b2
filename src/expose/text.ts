// Prometheus text exposition format 0.0.4: each family contiguous, one HELP and TYPE, histogram
// buckets cumulative with `le` inclusive and `+Inf` equal to `_count`.
import { escapeHelp } from "../store/escape.ts";
import type { Family, HistogramFamily, Registry, ScalarFamily } from "../store/registry.ts";
import { type ByteWriter, newByteWriter, writeAscii, writeByte, writeBytes, writeNumber, writeText, written } from "./bytes.ts";

export const TEXT_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

const NL = 10, SP = 32, LBRACE = 123, RBRACE = 125, COMMA = 44;

/** Renders every family; the result is a copy the caller owns. */
export function renderText(reg: Registry): Uint8Array {
  for (const collect of reg.collectors) collect();
  const w = newByteWriter(1 << 16);
  for (const f of reg.families) writeFamily(w, f);
  return written(w).slice();
}

function writeFamily(w: ByteWriter, f: Family): void {
  writeAscii(w, "# HELP ");
  writeAscii(w, f.name);
  writeByte(w, SP);
  writeText(w, escapeHelp(f.help));
  writeAscii(w, "\n# TYPE ");
  writeAscii(w, f.name);
  writeByte(w, SP);
  writeAscii(w, f.type);
  writeByte(w, NL);
  if (f.type === "histogram") writeHistogram(w, f);
  else writeScalar(w, f);
}

function writeScalar(w: ByteWriter, f: ScalarFamily): void {
  const { table, values } = f;
  const name = f.name;
  for (let id = 0; id < table.size; id++) {
    writeAscii(w, name);
    const frag = table.fragments[id];
    if (frag.length > 0) {
      writeByte(w, LBRACE);
      writeBytes(w, frag);
      writeByte(w, RBRACE);
    }
    writeByte(w, SP);
    writeNumber(w, id < values.data.length ? values.data[id] : 0);
    writeByte(w, NL);
  }
}

/** `le` label values, formatted once per bound list. */
const leCache = new WeakMap<Float64Array, string[]>();

function leValues(bounds: Float64Array): string[] {
  let le = leCache.get(bounds);
  if (!le) {
    le = Array.from(bounds, (b) => formatBound(b));
    le.push("+Inf");
    leCache.set(bounds, le);
  }
  return le;
}

function formatBound(b: number): string {
  if (b === Infinity) return "+Inf";
  if (b === -Infinity) return "-Inf";
  return String(b);
}

function writeHistogram(w: ByteWriter, f: HistogramFamily): void {
  const { table, hist } = f;
  const le = leValues(hist.bounds);
  const stride = hist.stride;
  const bucketName = f.name + "_bucket{";
  const sumName = f.name + "_sum";
  const countName = f.name + "_count";
  for (let id = 0; id < table.size && id < hist.capacity; id++) {
    const count = hist.counts[id];
    // A tuple this histogram never observed (e.g. no size was reported) is not a series of it.
    if (count === 0) continue;
    const frag = table.fragments[id];
    let cumulative = 0;
    const base = id * stride;
    for (let i = 0; i < stride; i++) {
      cumulative += hist.buckets[base + i];
      writeAscii(w, bucketName);
      if (frag.length > 0) {
        writeBytes(w, frag);
        writeByte(w, COMMA);
      }
      writeAscii(w, 'le="');
      writeAscii(w, le[i]);
      writeAscii(w, '"} ');
      writeNumber(w, cumulative);
      writeByte(w, NL);
    }
    writeSimple(w, sumName, frag, hist.sums[id]);
    writeSimple(w, countName, frag, count);
  }
}

function writeSimple(w: ByteWriter, name: string, frag: Uint8Array, v: number): void {
  writeAscii(w, name);
  if (frag.length > 0) {
    writeByte(w, LBRACE);
    writeBytes(w, frag);
    writeByte(w, RBRACE);
  }
  writeByte(w, SP);
  writeNumber(w, v);
  writeByte(w, NL);
}
