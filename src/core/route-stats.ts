// Which raw paths fold into each route, for /debug/routes: per route a space-saving top-k sketch
// (Metwally et al.): k slots of (path, count, error); a path not in the sketch takes the slot with
// the lowest count and inherits that count as its error bound. Any path with more than 1/k of a
// route's requests is guaranteed a slot; memory is k strings per route.

const SKETCH_SLOTS = 8;
/** Longest raw path kept in a sketch; longer ones are cut (they still count). */
const SKETCH_KEY_CHARS = 256;

export type RouteSource = "template" | "folded" | "routeName" | "overflow" | "none";

export type Sketch = ReturnType<typeof newSketch>;

export function newSketch(source: RouteSource) {
  return {
    source,
    keys: new Array<string>(SKETCH_SLOTS).fill(""),
    counts: new Float64Array(SKETCH_SLOTS),
    errors: new Float64Array(SKETCH_SLOTS),
    used: 0,
    total: 0,
  };
}

/** The form a raw path is kept in (cut to SKETCH_KEY_CHARS). */
export function sketchKey(raw: string): string {
  return raw.length > SKETCH_KEY_CHARS ? raw.slice(0, SKETCH_KEY_CHARS) + "…" : raw;
}

/** Counts one request for `key`; returns its slot. `hint`, its slot last time or -1, is checked first. */
export function sketchHit(sk: Sketch, key: string, hint: number): number {
  sk.total++;
  if (hint >= 0 && sk.keys[hint] === key) {
    sk.counts[hint]++;
    return hint;
  }
  for (let i = 0; i < sk.used; i++) {
    if (sk.keys[i] === key) {
      sk.counts[i]++;
      return i;
    }
  }
  if (sk.used < SKETCH_SLOTS) {
    const i = sk.used++;
    sk.keys[i] = key;
    sk.counts[i] = 1;
    sk.errors[i] = 0;
    return i;
  }
  let min = 0;
  for (let i = 1; i < SKETCH_SLOTS; i++) if (sk.counts[i] < sk.counts[min]) min = i;
  sk.keys[min] = key;
  sk.errors[min] = sk.counts[min];
  sk.counts[min]++;
  return min;
}

/** Most frequent first; a count is an upper estimate, the true one at least count - error. */
export function sketchTop(sk: Sketch) {
  const out: { path: string; count: number; error: number }[] = [];
  for (let i = 0; i < sk.used; i++) out.push({ path: sk.keys[i], count: sk.counts[i], error: sk.errors[i] });
  return out.sort((a, b) => b.count - a.count);
}
