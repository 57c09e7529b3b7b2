// Recent history for the status page: per key (a route, a sender's outcome, a response flag), how
// much its counters grew in each of the last RING_SAMPLES sampling intervals.
//
// A sample feeds every key's cumulative values, summed over its series. A key new since the last
// sample grew by all it has; in the first sample nothing grew. A sum that went down (a series
// expired or was recreated) grew by 0, as rate() treats a reset. A key fed nothing is freed.
import { grown } from "../store/vector.ts";

/** Intervals kept: with a sample every 2 s, three minutes. */
const RING_SAMPLES = 90;
/** Rates are over this many sampling intervals (about 10 s). */
export const RATE_INTERVALS = 5;

type Ring = ReturnType<typeof newRing>;

/**
 * The sampling clock every Rates of one sampler shares: seconds each interval lasted by ring
 * position, the newest's position, intervals recorded, samples taken (slots remember the last that
 * fed them), unix seconds of the last sample (0: none), seconds the last RATE_INTERVALS lasted.
 */
export function newRing() {
  return { dt: new Float64Array(RING_SAMPLES), head: 0, filled: 0, sample: 0, last: 0, recent: 0 };
}

/** Ring positions of the last `n` intervals, newest first. */
function* positions(ring: Ring, n: number): Generator<number> {
  for (let i = 0, p = ring.head; i < Math.min(n, ring.filled); i++, p = (p + RING_SAMPLES - 1) % RING_SAMPLES) yield p;
}

/** Starts a sample at unix seconds `now`. */
export function beginSample(ring: Ring, now: number): void {
  ring.sample++;
  if (ring.last > 0) {
    ring.head = (ring.head + 1) % RING_SAMPLES;
    ring.dt[ring.head] = Math.max(1e-3, now - ring.last);
    ring.filled = Math.min(ring.filled + 1, RING_SAMPLES);
  }
  ring.last = now;
  ring.recent = 0;
  for (const p of positions(ring, RATE_INTERVALS)) ring.recent += ring.dt[p];
}

export type Rates = ReturnType<typeof newRates>;

/** Keys, each with `channels` counters (a route: requests and 5xx responses). */
export function newRates(ring: Ring, channels: number) {
  return {
    ring, channels, slots: new Map<string, number>(), keys: [] as string[], free: [] as number[],
    // Per slot and channel: the cumulative value fed in this sample, and at the previous one.
    cur: new Float64Array(0), prev: new Float64Array(0),
    // Per slot, channel and ring position: the growth over that interval.
    deltas: new Float32Array(0),
    // Per slot: the sample that last fed it (0: free), and the one that created it (tells reuses apart).
    fed: new Uint32Array(0), born: new Uint32Array(0),
  };
}

/** The slot of `key`, created (with no history) when new. */
export function slotOf(r: Rates, key: string): number {
  let s = r.slots.get(key);
  if (s !== undefined) return s;
  const reused = r.free.length > 0;
  s = reused ? r.free.pop()! : r.keys.length;
  if (s >= r.fed.length) {
    const cap = Math.max(s + 1, 16, r.fed.length * 2);
    const ch = r.channels;
    r.cur = grown(r.cur, new Float64Array(cap * ch));
    r.prev = grown(r.prev, new Float64Array(cap * ch));
    r.deltas = grown(r.deltas, new Float32Array(cap * ch * RING_SAMPLES));
    r.fed = grown(r.fed, new Uint32Array(cap));
    r.born = grown(r.born, new Uint32Array(cap));
  }
  r.slots.set(key, s);
  r.keys[s] = key;
  r.born[s] = r.ring.sample;
  if (reused) {
    // A slot never used is all zeros already.
    r.prev.fill(0, s * r.channels, (s + 1) * r.channels);
    r.deltas.fill(0, s * r.channels * RING_SAMPLES, (s + 1) * r.channels * RING_SAMPLES);
  }
  return s;
}

/** Adds `x` to channel `c` of slot `s` for the sample under way. */
export function feed(r: Rates, s: number, c: number, x: number): void {
  const ring = r.ring;
  if (r.fed[s] !== ring.sample) {
    r.fed[s] = ring.sample;
    r.cur.fill(0, s * r.channels, (s + 1) * r.channels);
  }
  r.cur[s * r.channels + c] += x;
}

/** Ends the sample: records each fed slot's growth, frees the slots nothing fed. */
export function endSample(r: Rates): void {
  const ring = r.ring;
  const ch = r.channels;
  for (let s = 0; s < r.keys.length; s++) {
    if (r.fed[s] === 0) continue;
    if (r.fed[s] !== ring.sample) {
      r.slots.delete(r.keys[s]);
      r.keys[s] = "";
      r.fed[s] = 0;
      r.free.push(s);
      continue;
    }
    for (let c = 0; c < ch; c++) {
      const k = s * ch + c;
      const grew = ring.filled === 0 ? 0 : Math.max(0, r.cur[k] - r.prev[k]);
      r.deltas[k * RING_SAMPLES + ring.head] = grew;
      r.prev[k] = r.cur[k];
    }
  }
}

export function liveSlots(r: Rates): number[] {
  const out: number[] = [];
  for (let s = 0; s < r.keys.length; s++) if (r.fed[s] !== 0) out.push(s);
  return out;
}

/** Growth of channel `c` of slot `s` over the last RATE_INTERVALS intervals. */
export function growthOf(r: Rates, s: number, c: number): number {
  const base = (s * r.channels + c) * RING_SAMPLES;
  const n = Math.min(RATE_INTERVALS, r.ring.filled);
  let sum = 0;
  for (let i = 0, p = r.ring.head; i < n; i++, p = (p + RING_SAMPLES - 1) % RING_SAMPLES) sum += r.deltas[base + p];
  return sum;
}

/** Growth per second over the last RATE_INTERVALS intervals (0 before there are any). */
export function rateOf(r: Rates, s: number, c: number): number {
  return r.ring.recent > 0 ? growthOf(r, s, c) / r.ring.recent : 0;
}

/** Per second in each recorded interval, oldest first, rounded to three decimals. */
export function historyOf(r: Rates, s: number, c: number): number[] {
  const base = (s * r.channels + c) * RING_SAMPLES;
  return Array.from(positions(r.ring, RING_SAMPLES), (p) => Math.round((r.deltas[base + p] / r.ring.dt[p]) * 1000) / 1000).reverse();
}
