// A bounded memo for raw value → derived label. Two generations: when the current map is full it
// becomes the old one and a fresh map starts; a hit in the old map is promoted. Frequent keys stay,
// one-off keys age out, and memory never exceeds two full maps whatever arrives.

export interface Memo<V> {
  cur: Map<string, V>;
  old: Map<string, V>;
  readonly limit: number;
}

/** Keys longer than this are not memoized (they are rare, and would pin large strings). */
const MEMO_MAX_KEY = 1024;

export function newMemo<V>(limit: number): Memo<V> {
  return { cur: new Map(), old: new Map(), limit };
}

export function memoGet<V>(m: Memo<V>, key: string): V | undefined {
  const v = m.cur.get(key);
  if (v !== undefined) return v;
  const o = m.old.get(key);
  if (o !== undefined) memoSet(m, key, o);
  return o;
}

export function memoSet<V>(m: Memo<V>, key: string, v: V): void {
  if (key.length > MEMO_MAX_KEY) return;
  if (m.cur.size >= m.limit) {
    m.old = m.cur;
    m.cur = new Map();
  }
  m.cur.set(key, v);
}

export function memoSize(m: Memo<unknown>): number {
  return m.cur.size + m.old.size;
}
