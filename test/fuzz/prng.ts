// A small seeded PRNG (sfc32, seeded through splitmix32) so every fuzz case can be derived again
// from (seed, target, case index) alone: a failure is replayed without the cases before it.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  bytes(n: number): Uint8Array;
  /** A size biased towards small values: mostly under 16, sometimes up to `max`. */
  size(max: number): number;
}

function splitmix32(a: number): () => number {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function newRng(seed: number): Rng {
  const sm = splitmix32(seed);
  let a = sm(), b = sm(), c = sm(), d = sm();
  const u32 = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  const next = () => u32() / 4294967296;
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    range: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick: (xs) => xs[int(xs.length)],
    bytes(n) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = u32() & 0xff;
      return out;
    },
    size(max) {
      const r = next();
      if (r < 0.7) return int(Math.min(16, max + 1));
      if (r < 0.95) return int(Math.min(256, max + 1));
      return int(max + 1);
    },
  };
}

/** FNV-1a over a string, for mixing target names into seeds. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The seed of one case: independent of every other case, so it replays alone. */
export function caseSeed(seed: number, target: string, index: number): number {
  return (Math.imul(seed ^ fnv(target), 0x9e3779b1) + Math.imul(index + 1, 0x85ebca6b)) >>> 0;
}
