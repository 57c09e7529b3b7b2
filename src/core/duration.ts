// Durations and numbers as text, read one way for config values and Mixer string values alike.

/** A number in text, surrounding white space allowed; NaN for empty text. */
export function parseNumber(s: string): number {
  const t = s.trim();
  return t === "" ? NaN : Number(t);
}

const GO_UNITS: Record<string, number> = { ns: 1e-9, us: 1e-6, "µs": 1e-6, "μs": 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
// No optional part before a repeated one: `[0-9]*\.?[0-9]+` backtracks quadratically over a long run
// of digits with no unit, which let one Mixer string value stall the process.
const GO_PART = /([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)/y;

/** Go's time.Duration text (`1h2m3.5s`, `25.1ms`, `-3s`, `0`) in seconds; NaN if it is not one. */
export function parseGoDuration(s: string): number {
  if (s === "0" || s === "-0" || s === "+0") return 0;
  const sign = s[0] === "-" ? -1 : 1;
  const i = s[0] === "-" || s[0] === "+" ? 1 : 0;
  if (i >= s.length) return NaN;
  let total = 0;
  GO_PART.lastIndex = i;
  while (GO_PART.lastIndex < s.length) {
    const m = GO_PART.exec(s);
    if (!m) return NaN;
    total += Number(m[1]) * GO_UNITS[m[2]];
  }
  return sign * total;
}

/** A Go duration (`1h30m`, `250ms`) or a plain number of seconds; NaN if neither. */
export function parseSeconds(s: string): number {
  const g = parseGoDuration(s);
  return Number.isNaN(g) ? parseNumber(s) : g;
}
