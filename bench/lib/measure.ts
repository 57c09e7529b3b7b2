// Timing helpers: variants run in interleaved time slices (so drift and thermal effects hit all of
// them alike), after one discarded warm-up slice each; the median slice is reported. Rates are per
// second of this process's CPU time, so other load on the machine does not lower them.

export interface RateVariant {
  name: string;
  /** Does one unit of work and returns how many items (entries, series…) it covered. */
  run: () => number;
}

export interface RateOptions {
  sliceMs: number;
  rounds: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const nowMs = () => Bun.nanoseconds() / 1e6;

/** User + system CPU time of this process, in milliseconds. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Items per CPU-second of each variant: the median over `rounds` slices. */
export function rates(variants: RateVariant[], opts: RateOptions): Map<string, number> {
  const samples = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (let round = -1; round < opts.rounds; round++) {
    for (const v of variants) {
      Bun.gc(true);
      let items = 0;
      const t0 = nowMs();
      const c0 = cpuMs();
      do items += v.run();
      while (nowMs() - t0 < opts.sliceMs);
      if (round >= 0) samples.get(v.name)!.push((items / (cpuMs() - c0)) * 1000);
    }
  }
  return new Map([...samples].map(([k, xs]) => [k, median(xs)]));
}

/** Median wall time of `repeat` calls of an (optionally async) function, in milliseconds. */
export async function timeMs(fn: () => unknown, repeat: number): Promise<{ ms: number; result: unknown }> {
  let result: unknown = await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    Bun.gc(true);
    const t0 = nowMs();
    result = await fn();
    times.push(nowMs() - t0);
  }
  return { ms: median(times), result };
}
